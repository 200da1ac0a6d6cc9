"""The Spark job against `ghirbal build --parquet`: same schema, records,
clusters, duplicates and errors, on a generated corpus with planted
duplicates, chains, a container and bad inputs."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import java_available

pytest.importorskip("pyspark")
pq = pytest.importorskip("pyarrow.parquet")
pa = pytest.importorskip("pyarrow")

pytestmark = pytest.mark.skipif(not java_available(), reason="Spark needs java")


def read_dir(path):
    files = sorted(Path(path).rglob("*.parquet"))
    tables = [pq.read_table(f) for f in files]
    tables = [t for t in tables if t.num_rows]
    assert tables, f"no rows under {path}"
    return pa.concat_tables(tables)


def rows(table):
    return sorted(table.to_pylist(), key=lambda r: r["id"])


@pytest.fixture(scope="module")
def cli_output(corpus, ghirbal_bin, tmp_path_factory):
    cli = tmp_path_factory.mktemp("out") / "cli"
    done = subprocess.run([ghirbal_bin, "build", str(corpus), "--parquet", "-o", str(cli), "--quiet"])
    assert done.returncode == 1  # the bad inputs failed, the rest was built
    return cli


# Candidates are clustered by one task up to --one-task-entries, by
# distributed stages (label propagation over DataFrames) above: both ways.
@pytest.fixture(scope="module", params=["one-task", "distributed"])
def outputs(request, corpus, cli_output, tmp_path_factory):
    spark = tmp_path_factory.mktemp("out") / "spark"
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    limit = "1000000" if request.param == "one-task" else "0"
    done = subprocess.run(
        [sys.executable, "-m", "ghirbal.spark", "build", str(corpus), str(spark),
         "--master", "local[2]", "--one-task-entries", limit],
        env=env, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr[-3000:]
    assert "inputs (" in done.stderr
    assert ("(one task)" in done.stderr) == (request.param == "one-task")
    return cli_output, spark


def test_same_schema(outputs):
    cli, spark = outputs
    a = read_dir(cli / "shards").schema.remove_metadata()
    b = read_dir(spark / "shards").schema.remove_metadata()
    assert a.equals(b), f"{a}\n!=\n{b}"
    from ghirbal.schema import RECORD
    assert a.equals(RECORD)


def test_same_records_and_clusters(outputs):
    cli, spark = outputs
    a, b = rows(read_dir(cli / "shards")), rows(read_dir(spark / "shards"))
    assert len(a) == len(b)
    assert [r["id"] for r in a] == [r["id"] for r in b]
    for x, y in zip(a, b):
        assert x == y, x["input"]
    # The corpus has planted duplicates: clusters exist.
    sizes = [r["dedup"]["size"] for r in a]
    assert sum(1 for s in sizes if s > 1) > 50


def test_same_duplicates(outputs):
    cli, spark = outputs
    ours = {r["id"]: r["dedup"] for r in rows(read_dir(spark / "removed" / "duplicates"))}
    with pa.CompressedInputStream(str(cli / "removed" / "duplicates.jsonl.zst"), "zstd") as f:
        lines = f.read().decode("utf-8").splitlines()
    theirs = {}
    for line in lines:
        record = json.loads(line)
        theirs[record["id"]] = record["dedup"]
    assert ours == theirs
    kinds = {d["kind"] for d in ours.values()}
    assert kinds == {"exact", "near"}


def test_same_errors(outputs):
    cli, spark = outputs
    def errors(path):
        with open(path, encoding="utf-8") as f:
            return sorted((e["input"], e["error"]) for e in map(json.loads, f))
    a, b = errors(cli / "removed" / "errors.jsonl"), errors(spark / "removed" / "errors.jsonl")
    assert a == b
    names = " ".join(name for name, _ in a)
    assert "empty.txt" in names and "binary.txt" in names
    assert "pages.jsonl.gz#" in names


def test_same_counts(outputs):
    cli, spark = outputs
    a = json.loads((cli / "stats.json").read_text())
    b = json.loads((spark / "stats.json").read_text())
    for key in ["inputs", "input_errors", "extracted", "removed_by_filter",
                "duplicates_exact", "duplicates_near", "clusters", "kept"]:
        assert a[key] == b[key], key
    assert b["duplicates_exact"] > 0 and b["duplicates_near"] > 0
