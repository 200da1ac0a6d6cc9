"""datatrove pipeline steps: ghirbal's extraction in place of ``Trafilatura``,
and ghirbal's dedup in place of the four ``minhash`` stages.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from ghirbal.datatrove import GhirbalExtractor, GhirbalDedup

    LocalPipelineExecutor(pipeline=[
        WarcReader("crawl/"),
        GhirbalExtractor(),            # was: Trafilatura(favour_precision=True)
        GhirbalDedup(),                # was: MinhashDedupSignature ... MinhashDedupFilter
        JsonlWriter("out/"),
    ], tasks=1).run()

``GhirbalExtractor`` puts the article body in ``doc.text`` and the rest of
the record (title, dates, authors, lede, sources, agencies, ...) in
``doc.metadata["ghirbal"]``. ``GhirbalDedup`` clusters the documents that
reach it in one task, in bounded memory, with the CLI's fingerprints,
verification and keep policy; to cluster a whole corpus across tasks, give
the step a pipeline of its own with ``tasks=1`` (it handles tens of
thousands of documents a second), or use ``ghirbal build`` / the Spark job.
"""

from itertools import islice

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from . import _native

#: Record fields copied into ``doc.metadata["ghirbal"]``.
RECORD_FIELDS = (
    "id",
    "title",
    "page_date",
    "published",
    "modified",
    "authors",
    "dateline",
    "summary",
    "blocks",
    "images",
    "sources",
    "agencies",
    "tags",
    "site",
    "lang",
    "warnings",
)


def _batches(iterable, size):
    it = iter(iterable)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch


class GhirbalExtractor(PipelineStep):
    """Extracts the article from each document's HTML (or text dump).

    Args:
        input_format: ``"html"`` (``doc.text`` is a page, as from WarcReader)
            or ``"text"`` (``doc.text`` is a text dump).
        batch_size: documents extracted together, in parallel with the GIL
            released.
        threads: threads per batch (default: all cores).
        metadata_key: where the record's other fields go in
            ``doc.metadata`` (None: nowhere).
    """

    name = "🕸 ghirbal"
    type = "🛢 - EXTRAC"

    def __init__(self, input_format="html", batch_size=256, threads=None,
                 metadata_key="ghirbal"):
        super().__init__()
        if input_format not in ("html", "text"):
            raise ValueError(f'input_format must be "html" or "text", not {input_format!r}')
        self.input_format = input_format
        self.batch_size = batch_size
        self.threads = threads
        self.metadata_key = metadata_key

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for batch in _batches(data, self.batch_size):
            inputs = [str(doc.id) for doc in batch]
            with self.track_time(unit="batch"):
                if self.input_format == "html":
                    urls = [doc.metadata.get("url") for doc in batch]
                    records = _native.extract_html_batch(
                        [doc.text for doc in batch], urls, inputs, self.threads, "skip"
                    )
                else:
                    records = _native.extract_text_batch(
                        [doc.text for doc in batch], inputs, self.threads, "skip"
                    )
            for doc, record in zip(batch, records):
                self.stat_update("total")
                if record is None:
                    self.stat_update("clean_error")
                    continue
                self.stat_update("extracted")
                doc.text = record["text"]
                if self.metadata_key:
                    doc.metadata[self.metadata_key] = {k: record.get(k) for k in RECORD_FIELDS}
                if doc.text:
                    self.stat_update("forwarded")
                    self.update_doc_stats(doc)
                    yield doc
                else:
                    self.stat_update("dropped")


class GhirbalDedup(PipelineStep):
    """Near-duplicate clustering of the documents of one task.

    Keeps one document per cluster (earliest ``published``, then longest,
    then first seen) and drops the rest; each kept document gets
    ``doc.metadata["dedup"] = {cluster, size, duplicate_of, kind}``.

    Args:
        keep_duplicates: pass duplicates on too, marked in their metadata,
            instead of dropping them.
        memory: bytes the clustering tables may use before spilling to disk.
    """

    name = "🫂 ghirbal dedup"
    type = "🫂 - DEDUP"

    def __init__(self, keep_duplicates=False, memory=1 << 30):
        super().__init__()
        self.keep_duplicates = keep_duplicates
        self.memory = memory

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        docs = list(data)
        if not docs:
            return
        with self.track_time():
            infos = _native.dedup(
                [doc.text for doc in docs],
                [str(doc.id) for doc in docs],
                [(doc.metadata.get("ghirbal") or {}).get("published") for doc in docs],
                self.memory,
            )
        for doc, info in zip(docs, infos):
            self.stat_update("total")
            doc.metadata["dedup"] = info
            if info["duplicate_of"] is None:
                self.stat_update("forwarded")
                yield doc
            else:
                self.stat_update(f"duplicate_{info['kind']}")
                if self.keep_duplicates:
                    yield doc
