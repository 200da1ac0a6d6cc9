"""The datatrove steps, in a real datatrove pipeline."""

import json

import pytest

datatrove = pytest.importorskip("datatrove")

from datatrove.data import Document  # noqa: E402

import ghirbal  # noqa: E402
from conftest import _article, _html  # noqa: E402
from ghirbal.datatrove import GhirbalDedup, GhirbalExtractor  # noqa: E402


def pages(n, seed=5):
    import random
    rng = random.Random(seed)
    out = []
    for i in range(n):
        title, paragraphs = _article(rng)
        out.append((title, _html(title, paragraphs, 3, 4, 2024)))
    return out


def test_extractor_replaces_trafilatura():
    htmls = [html for _, html in pages(20)]
    docs = [Document(text=html, id=f"p{i}", metadata={"url": f"https://example.org/{i}"})
            for i, html in enumerate(htmls)]
    docs.append(Document(text="<div>" * 50_000, id="deep", metadata={}))
    step = GhirbalExtractor(batch_size=8)
    out = list(step.run(iter(docs)))
    assert len(out) == 20
    titles = [t for t, _ in pages(20)]
    assert [d.metadata["ghirbal"]["title"] for d in out] == titles
    assert all("<p>" not in d.text and "الرئيسية" not in d.text for d in out)
    assert out[0].metadata["ghirbal"]["published"].startswith("2024-04-03")
    assert out[0].text == ghirbal.extract_html(htmls[0], "https://example.org/0", "p0")["text"]
    assert step.stats["clean_error"].total == 1


def test_dedup_replaces_minhash():
    items = pages(30)
    docs = []
    for i, (_, html) in enumerate(items):
        docs.append(Document(text=html, id=f"a{i}", metadata={}))
        if i % 3 == 0:
            docs.append(Document(text=html, id=f"a{i}-copy", metadata={}))
    extracted = list(GhirbalExtractor().run(iter(docs)))
    kept = list(GhirbalDedup().run(iter(extracted)))
    assert len(kept) == 30
    assert {d.id for d in kept} == {f"a{i}" for i in range(30)}
    sizes = [d.metadata["dedup"]["size"] for d in kept]
    assert sizes.count(2) == 10
    marked = list(GhirbalDedup(keep_duplicates=True).run(iter(extracted)))
    assert len(marked) == 40
    assert sum(1 for d in marked if d.metadata["dedup"]["kind"] == "exact") == 10


def test_in_a_local_pipeline(tmp_path):
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    src = tmp_path / "in"
    src.mkdir()
    with open(src / "pages.jsonl", "w", encoding="utf-8") as f:
        for i, (_, html) in enumerate(pages(12)):
            for copy in range(2 if i < 4 else 1):
                f.write(json.dumps({"text": html, "id": f"d{i}-{copy}"}, ensure_ascii=False) + "\n")
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(src), compression=None),
            GhirbalExtractor(),
            GhirbalDedup(),
            JsonlWriter(str(tmp_path / "out"), compression=None),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    written = [json.loads(line) for p in (tmp_path / "out").glob("*.jsonl")
               for line in p.read_text(encoding="utf-8").splitlines()]
    assert len(written) == 12
    assert all(r["metadata"]["dedup"]["duplicate_of"] is None for r in written)
