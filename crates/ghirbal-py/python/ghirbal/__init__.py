"""ghirbal: Arabic news and web pages to clean, structured article records.

The functions here run the same Rust code as the ``ghirbal`` command, so a
record made from Python is the record ``ghirbal extract`` makes. Records
are plain dicts shaped like the JSON Schema (``ghirbal schema``): ``id``,
``input``, ``url``, ``site``, ``lang``, ``title``, ``page_date``,
``published``, ``modified``, ``authors``, ``dateline``, ``summary``,
``blocks``, ``images``, ``sources``, ``agencies``, ``tags``, ``text``,
``warnings``, ``source_format``.

Extraction::

    ghirbal.extract_html(html, url=None)     # one page
    ghirbal.extract_text(text)               # one text dump
    ghirbal.extract_warc(path)               # iterator over a WARC/WET file
    ghirbal.extract_file(path)               # any input `ghirbal extract` reads
    ghirbal.extract_html_batch(pages)        # many, in parallel, GIL released
    ghirbal.extract_text_batch(texts)

Arabic text::

    ghirbal.normalize(text)    # display form: spelling and diacritics kept
    ghirbal.search_key(text)   # folded key for search and dedup (lossy)
    ghirbal.parse_date(text)   # every Arabic month system, Hijri -> ISO 8601

Corpus::

    ghirbal.minhash(text)      # signature, LSH band keys, sketch, exact key
    ghirbal.dedup(texts, ids)  # clusters, as `ghirbal dedup` makes them
    ghirbal.annotate(record)   # language and quality, as `ghirbal build`

Engines: ``ghirbal.spark`` (``python -m ghirbal.spark build INPUT OUTPUT``)
and ``ghirbal.datatrove`` (pipeline steps).

Failures raise ``ghirbal.InputError`` (a ``ValueError``) whose message
starts with the input's name.
"""

from ._native import (
    FileRecords,
    InputError,
    __version__,
    annotate,
    dedup,
    extract_file,
    extract_html,
    extract_html_batch,
    extract_text,
    extract_text_batch,
    extract_warc,
    minhash,
    minhash_batch,
    normalize,
    normalize_batch,
    parse_date,
    search_key,
    search_key_batch,
    similarity,
)

__all__ = [
    "FileRecords",
    "InputError",
    "__version__",
    "annotate",
    "dedup",
    "extract_file",
    "extract_html",
    "extract_html_batch",
    "extract_text",
    "extract_text_batch",
    "extract_warc",
    "minhash",
    "minhash_batch",
    "normalize",
    "normalize_batch",
    "parse_date",
    "search_key",
    "search_key_batch",
    "similarity",
]
