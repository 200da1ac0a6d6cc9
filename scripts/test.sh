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

# Python: the Parquet test reads `ghirbal build --parquet` output back with
# pyarrow, and the Python package (crates/ghirbal-py) is tested with pytest,
# pyspark in local[2] and datatrove, from a venv of its own (PyPI).
VENV="${GHIRBAL_VENV:-$HOME/.cache/ghirbal/venv}"
PY_PACKAGES="pyarrow pyspark[sql] pytest datatrove orjson maturin"
if [ -z "${GHIRBAL_PYTHON:-}" ]; then
  if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import pyarrow, pyspark, pandas, pytest, datatrove, orjson" 2>/dev/null \
     || [ ! -x "$VENV/bin/maturin" ]; then
    echo "== installing $PY_PACKAGES into $VENV"
    if ! { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q $PY_PACKAGES; } >/tmp/ghirbal-pip.log 2>&1; then
      echo "warning: could not install the Python packages (see /tmp/ghirbal-pip.log); the Python tests will skip"
    fi
  fi
  if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import pyarrow" 2>/dev/null; then
    export GHIRBAL_PYTHON="$VENV/bin/python"
  fi
fi

# Spark runs on Java (17 is on the machine; install it where it is not).
if ! command -v java >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "== installing a Java runtime (for the Spark tests)"
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends openjdk-17-jre-headless; } \
    >/tmp/ghirbal-apt-java.log 2>&1 || echo "warning: could not install Java; the Spark tests will skip"
fi

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked

if [ -n "${GHIRBAL_PYTHON:-}" ] && [ -x "$(dirname "$GHIRBAL_PYTHON")/maturin" ]; then
  echo "== Python package: maturin develop, pytest (API, Spark local[2], datatrove, wheel)"
  VIRTUAL_ENV="$(dirname "$(dirname "$GHIRBAL_PYTHON")")" \
    "$(dirname "$GHIRBAL_PYTHON")/maturin" develop --release --quiet -m crates/ghirbal-py/Cargo.toml </dev/null
  PATH="$(dirname "$GHIRBAL_PYTHON"):$PATH" "$GHIRBAL_PYTHON" -m pytest -q crates/ghirbal-py/tests
elif [ "${GHIRBAL_REQUIRE_PYTHON:-0}" = 1 ]; then
  echo "error: the Python package tests need the venv (see /tmp/ghirbal-pip.log)" >&2
  exit 1
else
  echo "note: no Python venv with maturin: the Python package tests were skipped"
fi
