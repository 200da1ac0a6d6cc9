"""``ghirbal build`` as a Spark job.

    python -m ghirbal.spark build INPUT... OUTPUT [--master local[4]] [--langs ar]

Same records and same clusters as ``ghirbal build --parquet`` on the same
inputs (a test compares them), computed as Spark stages:

1. **extract + annotate** per partition of input files (Rust, GIL
   released): records, language, quality, and each record's dedup
   features (bottom-k sketch, exact key, date, length) and LSH band keys.
   Each task writes them to staging Parquet files (`OUTPUT/.staging`);
   Spark reads features and band rows back with its own reader, so the JVM
   never converts article text.
2. **candidates**: band rows hash-partitioned by key (a shuffle), grouped
   by Arrow in each task; every key held by two records or more is a
   bucket.
3. **verify and connect**: each bucket verified against its heads exactly
   as the CLI does; verified pairs joined into connected components.
4. **clusters**: each component split by the keep policy (earliest
   ``published``, then longest, then first seen; chains split off).
   Up to ``--one-task-entries`` bucket entries, 3-4 run in one task
   (the usual case: duplicates are a fraction of a corpus); above it, as
   distributed stages: buckets joined with sketches and verified per
   partition, components by min-label propagation with pointer jumping
   over DataFrames, components grouped and resolved per partition.
5. **write**: placements grouped by staging file; each task reads its
   staging file, adds ``dedup``, and writes ``OUTPUT/shards/part-N.parquet``
   (the kept records), ``OUTPUT/removed/duplicates/`` and
   ``OUTPUT/removed/filtered/``. Then ``OUTPUT/removed/errors.jsonl``
   (input, error) and ``OUTPUT/stats.json``.

Inputs and OUTPUT are paths every executor can reach (local disk in
``local[N]``; a shared or object file system that pyarrow opens, on a
cluster, where the wheel must be installed on the executors). A file is
the unit of work, so a WARC of a million records is one task. Task files
are written under temporary names and renamed, and their names and
contents depend only on the input, so a retried task rewrites the same
file.
"""

import argparse
import json
import os
import sys
import time

import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.compute as pc
import pyarrow.fs as pafs
import pyarrow.json as pajson
import pyarrow.parquet as pq

from . import _native
from .schema import DEDUP, RECORD, UNDEDUPED

#: Input files extracted per Arrow batch a task hands back to Spark:
#: bounds a task's memory to this many files' records.
FILES_PER_BATCH = 256

#: Bucket entries (a record once per band key it shares) up to this many
#: are clustered by one task, which also reads the candidates' features
#: (about 1 KB each); more, by distributed stages (label propagation over
#: DataFrames). A near-duplicate shares most of its 28 bands, so the
#: default is about 500,000 candidate records. GHIRBAL_SPARK_ONE_TASK_ENTRIES
#: overrides it.
ONE_TASK_ENTRIES = 14_000_000

#: Rounds of label propagation before giving up with an error; with pointer
#: jumping a component of diameter d takes about log2(d) rounds, and LSH
#: components are near-stars, found in 2 or 3.
MAX_ROUNDS = 64

#: Rows per Parquet row group and per batch read back from staging.
ROWS_PER_BATCH = 4096

#: Staging files: the task's records, in input order, `kept` marking the
#: ones that passed the filters.
STAGED = pa.schema([pa.field("order", pa.int64()), pa.field("kept", pa.bool_())] + list(UNDEDUPED))

#: What stage 1 hands to Spark per record (or per failed input).
FEATURES = pa.schema(
    [
        pa.field("order", pa.int64()),
        pa.field("stage", pa.int64()),
        pa.field("status", pa.string()),
        pa.field("id", pa.string()),
        pa.field("date", pa.int64()),
        pa.field("chars", pa.int64()),
        pa.field("exact", pa.binary()),
        pa.field("sketch", pa.binary()),
    ]
)

#: One row per LSH band of each kept record.
BANDS = pa.schema([pa.field("band", pa.int64()), pa.field("order", pa.int64())])

WRITTEN = "stage long, kept long, exact long, near long, filtered long"

#: What stage 1 hands to Spark: each failed input, and a row per task with
#: its record count (`order` null).
OUTCOMES = pa.schema(
    [
        pa.field("stage", pa.int64()),
        pa.field("order", pa.int64()),
        pa.field("input", pa.string()),
        pa.field("error", pa.string()),
        pa.field("records", pa.int64()),
    ]
)


def spark_type(t):
    """The Spark SQL type of an Arrow type (the subset records use)."""
    from pyspark.sql import types as T

    if pa.types.is_string(t):
        return T.StringType()
    if pa.types.is_int64(t):
        return T.LongType()
    if pa.types.is_int32(t):
        return T.IntegerType()
    if pa.types.is_binary(t):
        return T.BinaryType()
    if pa.types.is_boolean(t):
        return T.BooleanType()
    if pa.types.is_list(t):
        return T.ArrayType(spark_type(t.value_type), True)
    if pa.types.is_struct(t):
        return T.StructType([T.StructField(f.name, spark_type(f.type), True) for f in t])
    raise TypeError(f"no Spark type for {t}")


def spark_schema(schema):
    from pyspark.sql import types as T

    return T.StructType([T.StructField(f.name, spark_type(f.type), True) for f in schema])


def _fs(uri):
    """The file system and path of a local path or a URI pyarrow opens."""
    if "://" in uri:
        return pafs.FileSystem.from_uri(uri)
    return pafs.LocalFileSystem(), os.path.abspath(uri)


def _write_table(fs, path, batches, schema, compression="zstd"):
    """Writes batches to `path` via a temporary name; returns the rows."""
    tmp = path + ".tmp"
    rows = 0
    with fs.open_output_stream(tmp) as sink:
        with pq.ParquetWriter(sink, schema, compression=compression) as writer:
            for batch in batches:
                if batch.num_rows:
                    writer.write_batch(batch, row_group_size=ROWS_PER_BATCH * 16)
                    rows += batch.num_rows
    fs.move(tmp, path)
    return rows


def _i64(buf, n):
    return pa.Array.from_buffers(pa.int64(), n, [None, pa.py_buffer(buf)])


def _extract_batch(paths, file_ids, langs, stage):
    """Stage 1 for some files: staged records and features as Arrow
    batches, and the failures as `(order, input, reason)`."""
    out = _native._spark_extract(paths, file_ids, langs)
    n = out["n"]
    staged = features = band_rows = None
    if n:
        data = out["json"]
        table = pajson.read_json(
            pa.BufferReader(data),
            read_options=pajson.ReadOptions(block_size=max(1 << 20, len(data) + 1)),
            parse_options=pajson.ParseOptions(
                explicit_schema=UNDEDUPED, unexpected_field_behavior="ignore"
            ),
        )
        order = _i64(out["order"], n)
        kept = pa.Array.from_buffers(pa.uint8(), n, [None, pa.py_buffer(out["kept"])]).cast(
            pa.bool_()
        )
        table = table.select(UNDEDUPED.names).cast(UNDEDUPED).combine_chunks()
        staged = pa.RecordBatch.from_arrays(
            [order, kept] + [table.column(i).chunk(0) if table.column(i).num_chunks
                             else pa.array([], f.type) for i, f in enumerate(UNDEDUPED)],
            schema=STAGED,
        )
        status = pc.if_else(kept, "kept", "filtered")
        exact_offsets = pa.array(range(0, 16 * n + 1, 16), pa.int32()).buffers()[1]
        exact = pa.Array.from_buffers(pa.binary(), n, [None, exact_offsets, pa.py_buffer(out["exact"])])
        sketch = pa.Array.from_buffers(
            pa.binary(), n, [None, pa.py_buffer(out["sketch_offsets"]), pa.py_buffer(out["sketch"])]
        )
        bands = pa.ListArray.from_arrays(
            pa.Array.from_buffers(pa.int32(), n + 1, [None, pa.py_buffer(out["band_offsets"])]),
            _i64(out["bands"], len(out["bands"]) // 8),
        )
        features = pa.RecordBatch.from_arrays(
            [
                order,
                pa.array([stage] * n, pa.int64()),
                status,
                pa.array(out["ids"], pa.string()),
                _i64(out["date"], n),
                _i64(out["chars"], n),
                exact,
                sketch,
            ],
            schema=FEATURES,
        )
        owner = pc.list_parent_indices(bands)
        keep = pc.take(kept, owner)
        band_rows = pa.RecordBatch.from_arrays(
            [bands.flatten().filter(keep), pc.take(order, owner).filter(keep)], schema=BANDS
        )
    errors = [(order, inp, err) for order, inp, err in out["errors"]]
    return staged, features, band_rows, errors


def _extract_partition(langs, staging):
    """Stage 1 over a partition of input files: writes the staging files
    named after the partition's first file (the records; the dedup features
    of the extracted ones) and hands Spark only the failures and a count."""

    def run(batches):
        fs, root = _fs(staging)
        files, paths = [], []
        for batch in batches:
            files += batch.column("file").to_pylist()
            paths += batch.column("path").to_pylist()
        if not files:
            return
        stage = files[0]
        features, band_rows, errors = [], [], []

        def staged():
            for start in range(0, len(paths), FILES_PER_BATCH):
                records, feats, bands, failed = _extract_batch(
                    paths[start : start + FILES_PER_BATCH],
                    files[start : start + FILES_PER_BATCH],
                    langs,
                    stage,
                )
                if feats is not None:
                    features.append(feats)
                    band_rows.append(bands)
                errors.extend(failed)
                if records is not None:
                    yield records

        # Staging files live until the job ends: fast compression.
        records = _write_table(fs, f"{root}/records/stage-{stage:012d}.parquet", staged(), STAGED,
                               compression="lz4")
        # Spark reads the features back with its own Parquet reader, which
        # is much cheaper than taking them from Python row by row.
        _write_table(fs, f"{root}/features/stage-{stage:012d}.parquet", features, FEATURES,
                     compression="lz4")
        _write_table(fs, f"{root}/bands/stage-{stage:012d}.parquet", band_rows, BANDS,
                     compression="lz4")
        yield pa.RecordBatch.from_arrays(
            [
                pa.array([stage] * (len(errors) + 1), pa.int64()),
                pa.array([e[0] for e in errors] + [None], pa.int64()),
                pa.array([e[1] for e in errors] + [None], pa.string()),
                pa.array([e[2] for e in errors] + [None], pa.string()),
                pa.array([0] * len(errors) + [records], pa.int64()),
            ],
            schema=OUTCOMES,
        )

    return run


PLACEMENT = pa.schema(
    [
        pa.field("order", pa.int64()),
        pa.field("cluster", pa.string()),
        pa.field("size", pa.int32()),
        pa.field("duplicate_of", pa.string()),
        pa.field("kind", pa.string()),
    ]
)


def _array(x):
    return x.combine_chunks() if isinstance(x, pa.ChunkedArray) else x


def _dedup_column(batch, placements):
    """The `dedup` column of a staged batch from its placements (a table of
    PLACEMENT); records outside every component are clusters of one."""
    n = batch.num_rows
    ids = batch.column("id")
    if placements.num_rows == 0:
        cluster, size = ids, pa.array([1] * n, pa.int32())
        dup, kind = pa.nulls(n, pa.string()), pa.nulls(n, pa.string())
    else:
        index = pc.index_in(batch.column("order"), value_set=placements.column("order"))
        cluster = pc.coalesce(pc.take(placements.column("cluster"), index), ids)
        size = pc.coalesce(pc.take(placements.column("size"), index), pa.scalar(1, pa.int32()))
        dup = pc.take(placements.column("duplicate_of"), index)
        kind = pc.take(placements.column("kind"), index)
    cluster, size, dup, kind = map(_array, (cluster, size, dup, kind))
    return pa.StructArray.from_arrays([cluster, size, dup, kind], fields=list(DEDUP)), dup


class _Outputs:
    """The Parquet files of one staging file, opened on their first row."""

    def __init__(self, fs, root, index):
        self.fs, self.root, self.index = fs, root, index
        self.writers = {}
        self.rows = {}

    def write(self, sub, batch):
        if batch.num_rows == 0:
            return
        if sub not in self.writers:
            path = f"{self.root}/{sub}/part-{self.index:05d}.parquet"
            sink = self.fs.open_output_stream(path + ".tmp")
            self.writers[sub] = (path, sink, pq.ParquetWriter(sink, RECORD, compression="zstd"))
            self.rows[sub] = 0
        self.writers[sub][2].write_batch(batch, row_group_size=ROWS_PER_BATCH * 16)
        self.rows[sub] += batch.num_rows

    def close(self):
        for path, sink, writer in self.writers.values():
            writer.close()
            sink.close()
            self.fs.move(path + ".tmp", path)


def _write_stage(fs, root, sfs, staging_file, index, placements):
    """Stage 5 for one staging file; returns (kept, exact, near, filtered)."""
    outputs = _Outputs(fs, root, index)
    counts = {"exact": 0, "near": 0, "filtered": 0}
    columns = UNDEDUPED.names[:-1]
    for batch in pq.ParquetFile(sfs.open_input_file(staging_file)).iter_batches(ROWS_PER_BATCH):
        kept = batch.column("kept")
        dedup, dup = _dedup_column(batch, placements)
        quality = batch.column("quality")
        records = pa.RecordBatch.from_arrays(
            [batch.column(c) for c in columns] + [dedup, quality], schema=RECORD
        )
        is_dup = pc.and_(kept, pc.is_valid(dup))
        outputs.write("shards", records.filter(pc.and_(kept, pc.is_null(dup))))
        duplicates = records.filter(is_dup)
        outputs.write("removed/duplicates", duplicates)
        kinds = duplicates.column("dedup").field("kind").to_pylist()
        counts["exact"] += kinds.count("exact")
        counts["near"] += kinds.count("near")
        not_kept = pc.invert(kept)
        filtered = pa.RecordBatch.from_arrays(
            [batch.column(c) for c in columns]
            + [pa.nulls(batch.num_rows, RECORD.field("dedup").type), quality],
            schema=RECORD,
        ).filter(not_kept)
        outputs.write("removed/filtered", filtered)
        counts["filtered"] += filtered.num_rows
    outputs.close()
    return outputs.rows.get("shards", 0), counts["exact"], counts["near"], counts["filtered"]


def _write_partition(output, staging):
    def run(batches):
        fs, root = _fs(output)
        sfs, sroot = _fs(staging)
        for batch in batches:
            results = []
            for row in batch.to_pylist():
                placements = pa.Table.from_pylist(row["m"] or [], schema=PLACEMENT)
                staging_file = f"{sroot}/records/stage-{row['stage']:012d}.parquet"
                results.append(
                    (row["stage"],)
                    + _write_stage(fs, root, sfs, staging_file, row["index"], placements)
                )
            yield pa.RecordBatch.from_arrays(
                [pa.array([r[i] for r in results], pa.int64()) for i in range(5)],
                names=["stage", "kept", "exact", "near", "filtered"],
            )

    return run


def _verify_partition(batches):
    """Stage 2: verified pairs of each distinct bucket."""
    for batch in batches:
        buckets = [
            ([m["order"] for m in members], [m["sketch"] for m in members])
            for members in batch.column("m").to_pylist()
        ]
        edges = _native._spark_verify(buckets)
        yield pa.RecordBatch.from_arrays(
            [pa.array([e[0] for e in edges], pa.int64()), pa.array([e[1] for e in edges], pa.int64())],
            names=["a", "b"],
        )


def _resolve_partition(batches):
    """Stage 4: each component split into clusters by the keep policy."""
    for batch in batches:
        components = []
        for members in batch.column("m").to_pylist():
            components.append(
                (
                    [m["order"] for m in members],
                    [m["id"] for m in members],
                    [m["date"] for m in members],
                    [m["chars"] for m in members],
                    [m["exact"] for m in members],
                    [m["sketch"] for m in members],
                )
            )
        rows = _native._spark_resolve(components)
        yield pa.RecordBatch.from_arrays(
            [pa.array([r[i] for r in rows], f.type) for i, f in enumerate(PLACEMENT)],
            schema=PLACEMENT,
        )


def _group_bands_partition(batches):
    """Stage 2 inside a task: the records of every band key held by two or
    more records. A task holds its share of the band rows (16 bytes each,
    28 per record) in memory."""
    batches = list(batches)
    if not batches:
        return
    table = pa.Table.from_batches(batches)
    grouped = table.group_by("band").aggregate([("order", "list")])
    lists = grouped.column("order_list")
    lists = lists.filter(pc.greater(pc.list_value_length(lists), 1))
    yield pa.RecordBatch.from_arrays([_array(lists)], names=["members"])


def _fixed_width(arr, width):
    """The value bytes of a fixed-width Arrow array (its offset honoured)."""
    arr = _array(arr)
    if len(arr) == 0:
        return b""
    return arr.buffers()[1][arr.offset * width : (arr.offset + len(arr)) * width].to_pybytes()


def _binary_parts(arr):
    """(offsets, data) bytes of an Arrow binary array."""
    arr = _array(arr)
    if len(arr) == 0:
        return (0).to_bytes(4, "little"), b""
    _, offsets, data = arr.buffers()
    offsets = offsets[arr.offset * 4 : (arr.offset + len(arr) + 1) * 4].to_pybytes()
    return offsets, (data.to_pybytes() if data is not None else b"")


def _dedup_candidates_partition(staging):
    """Stages 3-4 in one task: the buckets come through Spark; the
    candidates' features are read straight from the staging files (they
    never went through the JVM), and everything goes to Rust as Arrow
    buffers."""

    def run(batches):
        batches = [b for b in batches if b.num_rows]
        if not batches:
            return
        buckets = _array(pa.Table.from_batches(batches).column("members"))
        wanted = pc.unique(pc.list_flatten(buckets))
        fs, root = _fs(staging)
        dataset = pads.dataset(f"{root}/features", format="parquet", filesystem=fs,
                               schema=FEATURES)
        feats = dataset.to_table(
            columns=["order", "id", "date", "chars", "exact", "sketch"],
            filter=(pads.field("status") == "kept") & pads.field("order").isin(wanted),
        ).combine_chunks()
        rows = _native._spark_dedup_candidates(
            _fixed_width(pc.list_value_length(buckets).cast(pa.int32()), 4),
            _fixed_width(pc.list_flatten(buckets), 8),
            _fixed_width(feats.column("order"), 8),
            feats.column("id").to_pylist(),
            _fixed_width(feats.column("date"), 8),
            _fixed_width(feats.column("chars"), 8),
            _binary_parts(feats.column("exact")),
            _binary_parts(feats.column("sketch")),
        )
        yield pa.RecordBatch.from_arrays(
            [pa.array([r[i] for r in rows], f.type) for i, f in enumerate(PLACEMENT)],
            schema=PLACEMENT,
        )

    return run


def connected_components(edges):
    """``(v, c)`` for every vertex of the undirected graph ``edges(a, b)``:
    ``c`` is the smallest vertex of its component. Min-label propagation
    with pointer jumping; each round is checkpointed to keep the plan
    short."""
    from pyspark.sql import functions as F

    both = edges.select("a", "b").union(edges.select(F.col("b").alias("a"), F.col("a").alias("b")))
    both = both.distinct().localCheckpoint()
    labels = both.groupBy("a").agg(F.least(F.min("b"), F.first("a")).alias("c"))
    labels = labels.select(F.col("a").alias("v"), "c").localCheckpoint()
    for _ in range(MAX_ROUNDS):
        # Each vertex takes the smallest label among its neighbours' ...
        seen = (
            both.join(labels.select(F.col("v").alias("b"), F.col("c").alias("cb")), "b")
            .groupBy("a")
            .agg(F.min("cb").alias("m"))
        )
        step = labels.join(seen, labels.v == seen.a, "left").select(
            "v", F.least("c", F.coalesce("m", "c")).alias("c")
        )
        # ... then jumps to its label's label.
        parent = step.select(F.col("v").alias("p"), F.col("c").alias("pc"))
        step = (
            step.join(parent, step.c == parent.p, "left")
            .select("v", F.least("c", F.coalesce("pc", "c")).alias("c"))
            .localCheckpoint()
        )
        changed = (
            step.join(labels.select("v", F.col("c").alias("old")), "v")
            .filter(F.col("c") != F.col("old"))
            .limit(1)
            .count()
        )
        labels = step
        if changed == 0:
            return labels
    raise RuntimeError(
        f"connected components did not converge in {MAX_ROUNDS} rounds; "
        "raise ghirbal.spark.MAX_ROUNDS"
    )


def tree_cpu_seconds(root=None):
    """CPU seconds used so far by this process and everything below it: in
    local mode, the JVM and the Python workers too (Linux only, else 0)."""
    root = root or os.getpid()
    procs = {}
    try:
        names = os.listdir("/proc")
    except OSError:
        return 0.0
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks = os.sysconf("SC_CLK_TCK")
        procs[int(name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / ticks)
    total = 0.0
    for pid, (_, cpu) in procs.items():
        p, hops = pid, 0
        while p in procs and p != root and hops < 64:
            p, hops = procs[p][0], hops + 1
        if p == root:
            total += cpu
    return total


def build(spark, inputs, output, langs=("ar",), partitions=None, log=None,
          local_limit=None):
    """Runs the job; returns the stats it wrote to ``OUTPUT/stats.json``.
    Up to `local_limit` bucket entries, stages 3-4 run in one task; above
    it, as distributed stages."""
    from pyspark.sql import functions as F

    started = time.time()
    cpu_start = tree_cpu_seconds()
    if local_limit is None:
        local_limit = int(os.environ.get("GHIRBAL_SPARK_ONE_TASK_ENTRIES", ONE_TASK_ENTRIES))

    def say(message):
        if log:
            log(f"{message} ({time.time() - started:.1f} s, "
                f"{tree_cpu_seconds() - cpu_start:.1f} CPU-s)")

    out = str(output)
    fs, root = _fs(out)
    staging = out.rstrip("/") + "/.staging"
    sfs, sroot = _fs(staging)
    for sub in [".staging/records", ".staging/features", ".staging/bands", "shards",
                "removed/duplicates", "removed/filtered"]:
        fs.create_dir(f"{root}/{sub}", recursive=True)
        fs.delete_dir_contents(f"{root}/{sub}")

    listed = _native._list_inputs([str(p) for p in inputs])
    files = [(i, path) for i, (path, err) in enumerate(listed) if err is None]
    unreadable = [(i << 32, path, err) for i, (path, err) in enumerate(listed) if err is not None]
    parallelism = spark.sparkContext.defaultParallelism
    n_parts = partitions or max(1, min(len(files), parallelism * 4))
    say(f"ghirbal.spark: {len(files)} input files in {n_parts} partitions")

    files_df = spark.createDataFrame(
        spark.sparkContext.parallelize(files, n_parts) if files else spark.sparkContext.emptyRDD(),
        "file long, path string",
    )
    outcomes = files_df.mapInArrow(
        _extract_partition(list(langs), staging), spark_schema(OUTCOMES)
    ).collect()
    errors = [(r["order"], r["input"], r["error"]) for r in outcomes if r["order"] is not None]
    extracted = sum(r["records"] for r in outcomes if r["order"] is None)
    say(f"ghirbal.spark: 1/5 extracted and annotated {extracted} records, "
        f"{len(errors)} inputs failed")
    def staged(name, schema):
        path = staging.rstrip("/") + "/" + name
        if "://" not in path:
            path = "file://" + os.path.abspath(path)
        return spark.read.schema(spark_schema(schema)).parquet(path)

    kept = staged("features", FEATURES).filter(F.col("status") == "kept")
    bands = staged("bands", BANDS)

    # 2. Candidate buckets: records sharing a band key.
    # Band keys hash-partitioned, then grouped by Arrow inside each task:
    # cheaper than Spark's aggregates for the many keys that hold only one
    # record.
    members = (
        bands.repartition(spark.sparkContext.defaultParallelism * 2, "band")
        .mapInArrow(_group_bands_partition, "members array<long>")
        .localCheckpoint()
    )
    counted = members.agg(F.count("*").alias("buckets"),
                          F.sum(F.size("members")).alias("entries")).collect()[0]
    entries = counted["entries"] or 0
    say(f"ghirbal.spark: 2/5 {counted['buckets']} candidate buckets ({entries} entries)")
    features = kept.select("order", "stage", "id", "date", "chars", "exact", "sketch")
    member_fields = ["order", "id", "date", "chars", "exact", "sketch"]
    if entries <= local_limit:
        # 3-4. Few candidates (the usual case: duplicates are a fraction of
        # a corpus): one task verifies, joins and resolves them all, as the
        # CLI does, without a round of Spark jobs per propagation step.
        placed = (
            members.repartition(1)
            .mapInArrow(_dedup_candidates_partition(staging), spark_schema(PLACEMENT))
            .localCheckpoint()
        )
        say(f"ghirbal.spark: 3-4/5 {placed.count()} records in clusters (one task)")
    else:
        # Buckets holding the same records (a close pair shares most of its
        # 28 bands) are verified once.
        members = members.select(F.sort_array("members").alias("members")).distinct()
        buckets = (
            members.select("members", F.explode("members").alias("order"))
            .join(kept.select("order", "sketch"), "order")
            .groupBy("members")
            .agg(F.sort_array(F.collect_list(F.struct("order", "sketch"))).alias("m"))
            .select("m")
        )
        edges = buckets.mapInArrow(_verify_partition, "a long, b long").localCheckpoint()
        # 3. Connected components of the verified pairs.
        components = connected_components(edges)
        # 4. Clusters inside each component.
        placed = (
            components.join(features, components.v == features.order)
            .groupBy("c")
            .agg(F.sort_array(F.collect_list(F.struct(*member_fields))).alias("m"))
            .select("m")
            .mapInArrow(_resolve_partition, spark_schema(PLACEMENT))
            .localCheckpoint()
        )
        say(f"ghirbal.spark: 3-4/5 {edges.count()} verified pairs, "
            f"{placed.count()} records in clusters of candidates")

    # 5. Each staging file with its placements, written out by one task.
    stages = sorted(
        int(info.base_name[len("stage-"):-len(".parquet")])
        for info in sfs.get_file_info(pafs.FileSelector(sroot + "/records"))
        if info.base_name.startswith("stage-") and info.base_name.endswith(".parquet")
    )
    stage_df = spark.createDataFrame(
        [(stage, index) for index, stage in enumerate(stages)], "stage long, index long"
    )
    grouped = (
        placed.join(features.select("order", "stage"), "order")
        .groupBy("stage")
        .agg(F.collect_list(F.struct(*PLACEMENT.names)).alias("m"))
    )
    todo = stage_df.join(grouped, "stage", "left").repartition(max(1, min(len(stages), n_parts)))
    written = todo.mapInArrow(_write_partition(out, staging), WRITTEN).collect()
    say("ghirbal.spark: 5/5 written")

    errors = sorted(errors + unreadable)
    with fs.open_output_stream(f"{root}/removed/errors.jsonl") as f:
        for _, inp, err in errors:
            f.write((json.dumps({"input": inp, "error": err}, ensure_ascii=False) + "\n").encode())
    clusters = placed.filter(F.col("duplicate_of").isNull() & (F.col("size") > 1)).count()
    total = {k: sum(row[k] for row in written) for k in ["kept", "exact", "near", "filtered"]}
    extracted = total["kept"] + total["exact"] + total["near"] + total["filtered"]
    seconds = time.time() - started
    stats = {
        "inputs": extracted + len(errors),
        "input_errors": len(errors),
        "extracted": extracted,
        "removed_by_filter": total["filtered"],
        "duplicates_exact": total["exact"],
        "duplicates_near": total["near"],
        "clusters": clusters,
        "kept": total["kept"],
        "seconds": round(seconds, 3),
        # The job's CPU in local mode (driver, JVM, Python workers); on a
        # cluster, the driver's only.
        "cpu_seconds": round(tree_cpu_seconds() - cpu_start, 2),
        "cpu_seconds_with_startup": round(tree_cpu_seconds(), 2),
        "docs_per_second": round((extracted + len(errors)) / max(seconds, 1e-6), 1),
        "spark_parallelism": parallelism,
    }
    with fs.open_output_stream(f"{root}/stats.json") as f:
        f.write((json.dumps(stats, indent=2) + "\n").encode())
    fs.delete_dir(f"{root}/.staging")
    return stats


def _session(master, app="ghirbal build"):
    """A session for the job. Shuffles are kept small unless the user chose
    their size: the dedup stages move only band keys and candidate buckets,
    and every task costs scheduling time."""
    from pyspark.sql import SparkSession

    # Python workers must import this same package: in local mode, this
    # interpreter.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app)
    submit_args = os.environ.get("PYSPARK_SUBMIT_ARGS", "")
    if not master and not os.environ.get("SPARK_MASTER") and "--master" not in submit_args:
        master = "local[*]"
    if master:
        builder = builder.master(master)
    if (master or "").startswith("local") and "driver-memory" not in submit_args:
        # In local mode every task runs in this JVM; Spark's 1 GB default
        # is too small to hold a partition's records.
        builder = builder.config(
            "spark.driver.memory", os.environ.get("GHIRBAL_SPARK_MEMORY", "4g")
        )
    if (master or "").startswith("local") and "java-options" not in submit_args:
        # The JVM only moves features and small aggregates here: the C2
        # compiler costs more CPU than it wins back (BENCHMARKS.md, Spark).
        builder = builder.config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1")
    cores = os.cpu_count() or 2
    builder = builder.config(
        "spark.sql.shuffle.partitions",
        os.environ.get("GHIRBAL_SHUFFLE_PARTITIONS", str(max(2, 2 * cores))),
    )
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    return builder.getOrCreate()


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m ghirbal.spark",
        description="Run ghirbal build as a Spark job: extraction, language and quality "
        "annotation, MinHash near-duplicate clustering; Parquet out, the same schema and "
        "records as `ghirbal build --parquet`.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser(
        "build",
        help="build a corpus from pages, dumps, WARC/WET or JSON Lines files",
        description="Example: python -m ghirbal.spark build pages/ out/ --master local[2]",
    )
    b.add_argument("paths", nargs="+", metavar="INPUT... OUTPUT",
                   help="input files or directories (walked recursively), then the output folder")
    b.add_argument("--master", help="Spark master (default: local[*] unless spark-submit sets one)")
    b.add_argument("--langs", default="ar",
                   help="languages to keep, comma-separated (default: ar)")
    b.add_argument("--partitions", type=int,
                   help="input partitions (default: 4 per core, at most one per file)")
    b.add_argument("--one-task-entries", type=int, metavar="N",
                   help="cluster in one task when the LSH buckets of two records or more hold "
                        "up to N entries, else in distributed stages "
                        f"(default {ONE_TASK_ENTRIES:,}, about 500,000 candidate records)")
    b.add_argument("--quiet", action="store_true", help="no summary on stderr")
    args = parser.parse_args(argv)
    if len(args.paths) < 2:
        parser.error("give at least one INPUT and the OUTPUT folder")
    *inputs, output = args.paths
    spark = _session(args.master)
    spark.sparkContext.setLogLevel("WARN")
    log = None if args.quiet else (lambda m: print(m, file=sys.stderr))
    try:
        stats = build(spark, inputs, output, [l for l in args.langs.split(",") if l],
                      args.partitions, log, args.one_task_entries)
    finally:
        spark.stop()
    if not args.quiet:
        print(
            f"ghirbal.spark: {stats['inputs']} inputs ({stats['input_errors']} failed), "
            f"{stats['extracted']} extracted, {stats['removed_by_filter']} filtered out, "
            f"{stats['duplicates_exact'] + stats['duplicates_near']} duplicates, "
            f"{stats['kept']} kept; {stats['seconds']:.1f} s; see {output}/stats.json",
            file=sys.stderr,
        )
    return 1 if stats["input_errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
