#!/usr/bin/env bash
# Every search measurement of BENCHMARKS.md ("Search"), from the shared
# corpora. Work files (records, indexes, queries: corpus text) go to
# $WORK (default ~/.cache/ghirbal-bench/search), never into the repo.
# Needs wrk (apt-get install wrk) for the load test.
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${GHIRBAL_SHARED:-../shared}"
WORK="${WORK:-$HOME/.cache/ghirbal-bench/search}"
T="${CARGO_TARGET_DIR:-target}/release"
mkdir -p "$WORK"
cargo build --release --locked -p ghirbal-cli -p ghirbal-search --examples
C="$WORK/corpus.jsonl.zst"
[ -f "$C" ] || "$T/examples/corpus_records" "$SHARED"/corpus/*.jsonl.zst -o "$C"
B="$T/examples/bench_search"
rm -rf "$WORK/idx" "$WORK/idx-default"
echo "== index (ghirbal index, 2 threads)"
nice -n 5 "$T/ghirbal" index "$C" -o "$WORK/idx" -j 2
echo "== index with tantivy's default tokenizer (for the comparison)"
nice -n 5 "$B" index default "$C" "$WORK/idx-default"
echo "== latency"
nice -n 5 "$B" latency "$WORK/idx" "$C" 1000
echo "== spelling variants: ghirbal"
nice -n 5 "$B" variants "$WORK/idx" "$C" 1000
echo "== spelling variants: tantivy default tokenizer"
nice -n 5 "$B" variants "$WORK/idx-default" "$C" 1000
echo "== stemmer: light10 vs none"
nice -n 5 "$B" stemmer "$C" "$WORK/stem" 1000
echo "== load: 50 connections, 20 s"
zstd -dc "$C" | python3 bench/search/queries.py > "$WORK/queries.txt"
"$T/ghirbal" serve "$WORK/idx" --addr 127.0.0.1:18080 & SERVER=$!
trap 'kill $SERVER' EXIT
sleep 2
QUERIES="$WORK/queries.txt" nice -n 5 wrk -t 2 -c 50 -d 20s --timeout 5s --latency \
  -s bench/search/load.lua http://127.0.0.1:18080
