"""Type stubs of the Rust extension; see ``ghirbal``'s docstring."""

from typing import Any, Iterator, Optional, TypedDict

__version__: str

class Block(TypedDict):
    type: str
    text: str

class Image(TypedDict):
    caption: Optional[str]
    credit: Optional[str]
    src: Optional[str]

class DedupInfo(TypedDict):
    cluster: str
    size: int
    duplicate_of: Optional[str]
    kind: Optional[str]

class Record(TypedDict, total=False):
    id: str
    input: str
    url: Optional[str]
    site: Optional[str]
    lang: Optional[str]
    title: Optional[str]
    page_date: Optional[str]
    published: Optional[str]
    modified: Optional[str]
    authors: list[str]
    dateline: Optional[str]
    summary: Optional[str]
    blocks: list[Block]
    images: list[Image]
    sources: list[str]
    agencies: list[str]
    tags: list[str]
    text: str
    warnings: list[str]
    source_format: Optional[str]
    dedup: DedupInfo
    quality: dict[str, Any]

class MinHash(TypedDict):
    signature: list[int]
    bands: list[int]
    sketch: list[int]
    exact: str
    words: int

class InputError(ValueError):
    """An input that could not become a record; the message starts with its name."""

class FileRecords(Iterator[Record]):
    def __iter__(self) -> "FileRecords": ...
    def __next__(self) -> Record: ...

def extract_html(html: str, url: Optional[str] = None, input: str = "<html>") -> Record:
    """The article in an HTML page. ``input`` names it in the record and in errors."""

def extract_text(text: str, input: str = "<text>") -> Record:
    """The article in a text dump of a page."""

def extract_html_batch(
    pages: list[str],
    urls: Optional[list[Optional[str]]] = None,
    inputs: Optional[list[str]] = None,
    threads: Optional[int] = None,
    errors: str = "raise",
) -> list[Optional[Record]]:
    """``extract_html`` over many pages in parallel, GIL released, in order.
    ``errors="skip"`` puts None where a page fails instead of raising."""

def extract_text_batch(
    texts: list[str],
    inputs: Optional[list[str]] = None,
    threads: Optional[int] = None,
    errors: str = "raise",
) -> list[Optional[Record]]:
    """``extract_text`` over many dumps in parallel, GIL released, in order."""

def extract_warc(path: str, errors: str = "raise") -> FileRecords:
    """The records of a WARC or WET file (plain, gzip or zstd), lazily."""

def extract_file(path: str, errors: str = "raise") -> FileRecords:
    """The records of any input ``ghirbal extract`` reads, lazily."""

def normalize(text: str) -> str:
    """Display normalization; never changes spelling or diacritics."""

def search_key(text: str) -> str:
    """Folded key for search and dedup (alef/hamza, ى/ي, ة/ه, diacritics, digits)."""

def normalize_batch(texts: list[str], threads: Optional[int] = None) -> list[str]: ...
def search_key_batch(texts: list[str], threads: Optional[int] = None) -> list[str]: ...

def parse_date(text: str) -> Optional[str]:
    """The first date in ``text`` as ISO 8601 (``YYYY-MM-DD[THH:MM]``), or None."""

def minhash(text: str) -> MinHash:
    """The dedup fingerprint ``ghirbal dedup`` computes for ``text``."""

def minhash_batch(texts: list[str], threads: Optional[int] = None) -> list[MinHash]: ...

def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two ``minhash(...)["sketch"]``."""

def annotate(record: Record, langs: list[str] = ["ar"]) -> tuple[Record, list[str]]:
    """Language and quality as ``ghirbal build`` sets them; the reasons it
    would filter the record out (empty: kept)."""

def dedup(
    texts: list[str],
    ids: list[str],
    published: Optional[list[Optional[str]]] = None,
    memory: int = 1 << 30,
) -> list[DedupInfo]:
    """Clusters texts as ``ghirbal dedup`` does; one dict per text."""
