#!/usr/bin/env bash
# The project's test command (README): formatting, lints, every test.
# Installs what the tests need on a fresh machine; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null; then
  echo "error: cargo not found; install Rust (rustup) first" >&2
  exit 2
fi

# Shared benchmark and corpus data live beside the repo; tests that need it
# skip with a message when it is absent.
if [ -d ../shared ]; then
  export GHIRBAL_SHARED="${GHIRBAL_SHARED:-$(cd ../shared && pwd)}"
fi

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked
