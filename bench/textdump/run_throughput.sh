#!/usr/bin/env bash
# Single-thread throughput of `ghirbal extract` over the generated text dumps.
#
#   bench/textdump/run_throughput.sh [DUMPS_DIR] [GHIRBAL_BIN]
#
# DUMPS_DIR defaults to ~/.cache/ghirbal-bench/textdump/dumps (made by
# gen_dumps.py); GHIRBAL_BIN defaults to target/release/ghirbal (build it with
# `cargo build --release -p ghirbal-cli`). Prints input MB, CPU seconds
# (user+sys, from /usr/bin/time -v) and MB/s = input MB / CPU seconds, plus
# wall time and peak RSS. The records go to a temporary file, not stdout, so
# the terminal is not measured. With hyperfine installed, also prints its
# wall-time statistics over 5 runs (HYPERFINE=0 to skip).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
dumps="${1:-$HOME/.cache/ghirbal-bench/textdump/dumps}"
bin="${2:-${GHIRBAL_BIN:-$repo/target/release/ghirbal}}"

if [[ ! -d "$dumps" ]]; then
    echo "no dumps in $dumps: run python3 bench/textdump/gen_dumps.py first" >&2
    exit 2
fi
if [[ ! -x "$bin" ]]; then
    echo "no ghirbal binary at $bin: cargo build --release -p ghirbal-cli (or pass the path)" >&2
    exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "needs /usr/bin/time (apt-get install time)" >&2
    exit 2
fi

files=$(find "$dumps" -type f -name '*.txt' | wc -l)
bytes=$(find "$dumps" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# One warm-up run so the page cache holds the inputs.
"$bin" extract --threads 1 --quiet "$dumps" -o "$out/warm.jsonl" >/dev/null 2>&1 || true

/usr/bin/time -v -o "$out/time.txt" "$bin" extract --threads 1 --quiet "$dumps" -o "$out/pred.jsonl"

user=$(awk -F': ' '/User time \(seconds\)/ {print $2}' "$out/time.txt")
sys=$(awk -F': ' '/System time \(seconds\)/ {print $2}' "$out/time.txt")
wall=$(awk -F': ' '/Elapsed \(wall clock\) time/ {print $2}' "$out/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
records=$(wc -l < "$out/pred.jsonl")

awk -v b="$bytes" -v u="$user" -v s="$sys" -v f="$files" -v r="$records" -v w="$wall" -v m="$rss" 'BEGIN {
    cpu = u + s
    mb = b / 1e6
    printf "inputs      %d files, %.2f MB (%d records written)\n", f, mb, r
    printf "cpu         %.2f s (user %.2f + sys %.2f), wall %s\n", cpu, u, s, w
    if (cpu > 0) printf "throughput  %.2f MB/s per core (input MB / CPU seconds), %.0f docs/s\n", mb / cpu, f / cpu
    printf "peak RSS    %.1f MB\n", m / 1024
}'

if [[ "${HYPERFINE:-1}" != 0 ]] && command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs 5 \
        "$bin extract --threads 1 --quiet $dumps -o $out/hf.jsonl"
fi
