#!/usr/bin/env bash
# The Spark job against `ghirbal build --parquet` on the same input, the
# same cores, in one run, alternating; then checks the two outputs hold the
# same records. See BENCHMARKS.md ("Spark").
#
#   bench/spark/run.sh INPUT [ROUNDS] [CORES]
#
# Needs: target/release/ghirbal (or $GHIRBAL_BIN), a Python with ghirbal,
# pyspark and pyarrow ($GHIRBAL_PYTHON; scripts/test.sh makes one), Java.
set -euo pipefail
IN=${1:?usage: bench/spark/run.sh INPUT [ROUNDS] [CORES]}
ROUNDS=${2:-3}
CORES=${3:-2}
BIN=${GHIRBAL_BIN:-${CARGO_TARGET_DIR:-target}/release/ghirbal}
PY=${GHIRBAL_PYTHON:-$HOME/.cache/ghirbal/venv/bin/python}
OUT=${BENCH_OUT:-/tmp/ghirbal-spark-bench}
mkdir -p "$OUT"
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$OUT/cli" "$OUT/spark"
  start=$(date +%s.%N)
  "$BIN" build "$IN" --parquet -o "$OUT/cli" -j "$CORES" --quiet || true
  cli=$(echo "$(date +%s.%N) - $start" | bc)
  start=$(date +%s.%N)
  "$PY" -m ghirbal.spark build "$IN" "$OUT/spark" --master "local[$CORES]" \
    2>"$OUT/spark.log" || true
  spark_all=$(echo "$(date +%s.%N) - $start" | bc)
  # The job's own time (from input listing to stats.json), without starting
  # the JVM and the Spark session, which a cluster pays once per session.
  spark_job=$("$PY" -c "import json,sys; print(json.load(open(sys.argv[1]))['seconds'])" "$OUT/spark/stats.json")
  docs=$("$PY" -c "import json,sys; print(json.load(open(sys.argv[1]))['inputs'])" "$OUT/cli/stats.json")
  echo "round $round: docs $docs cores $CORES cli ${cli}s spark_job ${spark_job}s spark_with_startup ${spark_all}s"
done
"$PY" - "$OUT/cli" "$OUT/spark" <<'PY'
import glob, sys
import pyarrow as pa, pyarrow.parquet as pq
def load(d):
    return pa.concat_tables([t for t in (pq.read_table(f) for f in sorted(glob.glob(d + "/shards/*.parquet"))) if t.num_rows])
a, b = load(sys.argv[1]), load(sys.argv[2])
same_schema = a.schema.remove_metadata().equals(b.schema.remove_metadata())
ra = sorted(a.to_pylist(), key=lambda r: r["id"])
rb = sorted(b.to_pylist(), key=lambda r: r["id"])
print(f"outputs: {len(ra)} and {len(rb)} records; same schema: {same_schema}; same records: {ra == rb}")
PY
