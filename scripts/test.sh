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

# The browser test (crates/ghirbal-cli/tests/cli/search/browser.rs) drives
# Debian's Chromium; install it when missing and we may, else it skips.
if ! command -v chromium >/dev/null && [ -z "${GHIRBAL_CHROMIUM:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing chromium (for the browser test)"
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -q && apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core; } >/tmp/ghirbal-apt.log 2>&1; then
      echo "warning: could not install chromium (see /tmp/ghirbal-apt.log); the browser test will skip"
    fi
  else
    echo "note: chromium not found and not root: the browser test will skip (apt-get install chromium)"
  fi
fi

# The Parquet test reads `ghirbal build --parquet` output back with pyarrow,
# from a venv of its own (PyPI); without one it skips that check.
VENV="${GHIRBAL_VENV:-$HOME/.cache/ghirbal/venv}"
if [ -z "${GHIRBAL_PYTHON:-}" ]; then
  if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import pyarrow" 2>/dev/null; then
    echo "== installing pyarrow into $VENV (for the Parquet test)"
    if ! { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q pyarrow; } >/tmp/ghirbal-pip.log 2>&1; then
      echo "warning: could not install pyarrow (see /tmp/ghirbal-pip.log); the Parquet read-back will skip"
    fi
  fi
  if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import pyarrow" 2>/dev/null; then
    export GHIRBAL_PYTHON="$VENV/bin/python"
  fi
fi

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked
