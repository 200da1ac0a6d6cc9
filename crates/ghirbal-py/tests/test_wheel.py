"""The abi3 wheel installs into a fresh venv (nothing else needed) and the
README's one-liner works there."""

import json
import os
import shutil
import subprocess
import sys
import venv

import pytest

from conftest import EXAMPLES_DUMP, REPO, SEED

CRATE = REPO / "crates" / "ghirbal-py"


@pytest.mark.skipif(shutil.which("maturin") is None and not (
    os.path.exists(os.path.join(os.path.dirname(sys.executable), "maturin"))),
    reason="maturin is not installed")
def test_wheel_installs_into_a_fresh_venv(tmp_path):
    maturin = shutil.which("maturin") or os.path.join(os.path.dirname(sys.executable), "maturin")
    dist = tmp_path / "dist"
    subprocess.run([maturin, "build", "--release", "--quiet", "-o", str(dist)],
                   cwd=CRATE, check=True, stdin=subprocess.DEVNULL)
    (wheel,) = dist.glob("ghirbal-*-cp39-abi3-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-index", str(wheel)], check=True)
    page = SEED if SEED.exists() else EXAMPLES_DUMP
    code = f"import ghirbal; print(ghirbal.extract_text(open({str(page)!r}).read())['title'])"
    out = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True,
                         cwd=tmp_path)
    title = out.stdout.strip()
    assert title
    if SEED.exists():
        expected = json.loads((SEED.parent / "000.expected.json").read_text("utf-8"))
        assert title == expected["title"]
