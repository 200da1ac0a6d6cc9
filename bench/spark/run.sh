#!/usr/bin/env bash
# The Spark job against `ghirbal build --parquet` on the same input and the
# same cores, alternating, in one run; then checks that the two outputs
# hold the same records. See BENCHMARKS.md ("Spark").
#
#   bench/spark/run.sh INPUT [ROUNDS] [CORES]
#
# Per round: wall seconds and CPU seconds of each. The CLI's CPU is its
# user+sys time; the Spark job's is that of the driver's process tree
# (JVM and Python workers, local mode), for the job alone and with the
# JVM and session start-up.
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
json() { "$PY" -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$1" "$2"; }
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$OUT/cli" "$OUT/spark"
  /usr/bin/time -o "$OUT/cli.time" -f "%e %U %S" "$BIN" build "$IN" --parquet -o "$OUT/cli" -j "$CORES" --quiet || true
  read -r cli_wall cli_user cli_sys < "$OUT/cli.time"
  start=$(date +%s.%N)
  "$PY" -m ghirbal.spark build "$IN" "$OUT/spark" --master "local[$CORES]" 2>"$OUT/spark.log" || true
  spark_all=$(echo "$(date +%s.%N) - $start" | bc)
  docs=$(json "$OUT/cli/stats.json" inputs)
  echo "round $round: docs $docs cores $CORES" \
    "| cli wall ${cli_wall}s cpu $(echo "$cli_user + $cli_sys" | bc)s" \
    "| spark job wall $(json "$OUT/spark/stats.json" seconds)s cpu $(json "$OUT/spark/stats.json" cpu_seconds)s" \
    "| spark with start-up wall ${spark_all}s cpu $(json "$OUT/spark/stats.json" cpu_seconds_with_startup)s"
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
