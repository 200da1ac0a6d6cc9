"""The record as an Arrow schema: the one ``ghirbal build --parquet`` writes
(``crates/ghirbal-parquet``), so the Spark job's Parquet has the same
columns. ``quality`` is its JSON text."""

import pyarrow as pa


def _text(name):
    return pa.field(name, pa.string())


def _list(name, item):
    return pa.field(name, pa.list_(pa.field("element", item)))


BLOCK = pa.struct([_text("type"), _text("text")])
IMAGE = pa.struct([_text("caption"), _text("credit"), _text("src")])
DEDUP = pa.struct(
    [_text("cluster"), pa.field("size", pa.int32()), _text("duplicate_of"), _text("kind")]
)

_BEFORE_DEDUP = [
    _text("id"),
    _text("input"),
    _text("url"),
    _text("site"),
    _text("lang"),
    _text("title"),
    _text("page_date"),
    _text("published"),
    _text("modified"),
    _list("authors", pa.string()),
    _text("dateline"),
    _text("summary"),
    _list("blocks", BLOCK),
    _list("images", IMAGE),
    _list("sources", pa.string()),
    _list("agencies", pa.string()),
    _list("tags", pa.string()),
    _text("text"),
    _list("warnings", pa.string()),
    _text("source_format"),
]

#: A record with its dedup and quality annotations.
RECORD = pa.schema(_BEFORE_DEDUP + [pa.field("dedup", DEDUP), _text("quality")])

#: A record as extraction and annotation leave it (no ``dedup`` yet).
UNDEDUPED = pa.schema(_BEFORE_DEDUP + [_text("quality")])
