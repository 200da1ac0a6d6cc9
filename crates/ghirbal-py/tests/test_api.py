"""The Python API: the same records and keys as the CLI, errors naming inputs."""

import gzip
import json
import subprocess
import threading
import time

import pytest

import ghirbal
from conftest import REPO, SEED, _article

SCHEMA = json.loads((REPO / "crates" / "ghirbal-record" / "record.schema.json").read_text())
EXAMPLES = REPO / "examples"


def check_schema(record):
    """Required fields present, and every field's JSON type allowed."""
    kinds = {"string": str, "array": list, "object": dict, "integer": int, "null": type(None),
             "number": (int, float), "boolean": bool}
    for name in SCHEMA.get("required", []):
        assert name in record, name
    for name, value in record.items():
        spec = SCHEMA["properties"].get(name)
        assert spec is not None, f"field {name} is not in the schema"
        types = spec.get("type")
        if types is None:
            continue
        types = types if isinstance(types, list) else [types]
        assert isinstance(value, tuple(kinds[t] for t in types if t in kinds)), (name, value)


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is absent")
def test_seed_title_and_fields():
    record = ghirbal.extract_text(SEED.read_text("utf-8"))
    expected = json.loads((SEED.parent / "000.expected.json").read_text("utf-8"))
    assert record["title"] == expected["title"]
    assert record["page_date"] == expected["page_date"]
    assert record["sources"] == expected["sources"]
    assert record["agencies"] == expected["agencies"]
    check_schema(record)


def test_records_equal_the_cli(ghirbal_bin):
    paths = sorted((EXAMPLES / "dumps").glob("*.txt")) + sorted((EXAMPLES / "html").glob("*.html"))
    out = subprocess.run([ghirbal_bin, "extract", "--quiet", "-j", "1", *map(str, paths)],
                         capture_output=True, check=True, cwd=REPO)
    cli = [json.loads(line) for line in out.stdout.decode().splitlines()]
    ours = [r for p in paths for r in ghirbal.extract_file(str(p))]
    assert len(ours) == len(paths) == len(cli)
    for a, b in zip(ours, cli):
        assert a == b, a["input"]
        check_schema(a)


def test_extract_html_and_text():
    html = (
        '<html lang="ar"><head><title>افتتاح معرض الكتاب | موقع</title>'
        '<meta property="article:published_time" content="2024-04-22T10:00:00+03:00"></head>'
        "<body><nav>الرئيسية رياضة</nav><article><h1>افتتاح معرض الكتاب</h1>"
        "<p>افتتح وزير الثقافة صباح اليوم معرض الكتاب الدولي بمشاركة أكثر من خمسمئة دار نشر.</p>"
        "<p>ويستمر المعرض عشرة أيام، ويضم ندوات وأمسيات شعرية وورشا للأطفال.</p>"
        "</article></body></html>"
    )
    record = ghirbal.extract_html(html, url="https://example.org/a/1", input="a.html")
    assert record["title"] == "افتتاح معرض الكتاب"
    assert record["published"].startswith("2024-04-22")
    assert "خمسمئة دار نشر" in record["text"] and "الرئيسية" not in record["text"]
    assert record["url"] == "https://example.org/a/1" and record["input"] == "a.html"
    check_schema(record)
    text = ghirbal.extract_text("عنوان الخبر هنا\n\nبيروت - (أ ف ب): " + "كلمة " * 40 + ".\n")
    assert "AFP" in text["agencies"]


def test_ids_are_stable_and_named_by_input():
    a = ghirbal.extract_text("عنوان\n\nفقرة أولى طويلة بما يكفي.\n", input="x.txt")
    b = ghirbal.extract_text("عنوان\n\nفقرة أولى طويلة بما يكفي.\n", input="x.txt")
    c = ghirbal.extract_text("عنوان\n\nفقرة أولى طويلة بما يكفي.\n", input="y.txt")
    assert a["id"] == b["id"] != c["id"]


def test_normalize_keeps_spelling_and_is_idempotent():
    # Presentation forms to letters, tatweel between letters dropped,
    # diacritics and hamza kept.
    assert ghirbal.normalize("ﻻ") == "لا"
    assert ghirbal.normalize("كتـــاب") == "كتاب"
    assert ghirbal.normalize("بيروت ـ") == "بيروت ـ"
    assert ghirbal.normalize("إِلى") == "إِلى"
    for text in ["ﻻ كتـــاب إِلى", "a\u200bb\u00a0c", "مدرسةٌ"]:
        once = ghirbal.normalize(text)
        assert ghirbal.normalize(once) == once
    assert ghirbal.normalize_batch(["ﻻ", "كتـــاب"]) == ["لا", "كتاب"]


def test_search_key_folds():
    assert ghirbal.search_key("إلى") == ghirbal.search_key("الى") == ghirbal.search_key("الي")
    assert ghirbal.search_key("مدرسة") == ghirbal.search_key("مدرسه")
    assert ghirbal.search_key("٢٠٢٤") == "2024"
    assert ghirbal.search_key_batch(["أمريكا", "امريكا"]) == ["امريكا", "امريكا"]


@pytest.mark.parametrize("text,iso", [
    ("15 نيسان/أبريل 2024", "2024-04-15"),
    ("الخميس 25 أبريل / أبريل 2024", "2024-04-25"),
    ("٣ جويلية ٢٠٢٣", "2023-07-03"),
    ("12 شتنبر 2022", "2022-09-12"),
    ("كانون 2 2021 في 5", None),
    ("1 رمضان 1445 هـ", "2024-03-11"),
    ("لا تاريخ هنا", None),
])
def test_parse_date(text, iso):
    got = ghirbal.parse_date(text)
    if iso is None and got is not None:
        # Only the unambiguous cases are pinned.
        assert "كانون" in text
    else:
        assert got == iso


def test_minhash_and_similarity():
    a = ghirbal.minhash("قالت الوزارة إن الأمطار ستستمر حتى يوم الأحد في المنطقة الشرقية.")
    b = ghirbal.minhash("قالت الوزاره ان الامطار ستستمر حتى يوم الاحد فى المنطقه الشرقيه")
    assert a == b
    assert len(a["signature"]) == 112 and len(a["bands"]) == 28
    c = ghirbal.minhash("خبر مختلف تماما عن الطقس والرياضة والاقتصاد في مدينة أخرى بعيدة")
    assert ghirbal.similarity(a["sketch"], b["sketch"]) == 1.0
    assert ghirbal.similarity(a["sketch"], c["sketch"]) < 0.2
    assert ghirbal.minhash_batch(["x y", "x y"])[0] == ghirbal.minhash("x y")


def test_dedup_clusters_and_keep_policy():
    base = " ".join(f"كلمة{i}" for i in range(200))
    near = base.replace("كلمة50 ", "بديل ")
    other = " ".join(f"شيء{i}" for i in range(200))
    infos = ghirbal.dedup([base, near, other, base], ["a", "b", "c", "d"],
                          ["2024-05-01", "2024-04-01", None, None])
    # The earliest published of the cluster is kept.
    assert infos[1] == {"cluster": "b", "size": 3, "duplicate_of": None, "kind": None}
    assert infos[0]["duplicate_of"] == "b" and infos[0]["kind"] == "near"
    assert infos[3]["duplicate_of"] == "b"
    assert infos[2] == {"cluster": "c", "size": 1, "duplicate_of": None, "kind": None}


def test_annotate_sets_language_and_quality():
    import random
    title, paragraphs = _article(random.Random(3))
    record = ghirbal.extract_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n")
    annotated, reasons = ghirbal.annotate(record)
    assert annotated["lang"] == "ar" and reasons == []
    assert "signals" in annotated["quality"]
    english = ghirbal.extract_text("Title\n\n" + "The ministry said the plan is new. " * 30)
    _, reasons = ghirbal.annotate(english)
    assert reasons[0] == "lang: en"


def test_batches_match_singles_and_release_the_gil():
    texts = [f"عنوان رقم {i}\n\n" + "فقرة عن الأخبار المحلية والطقس. " * 50 for i in range(400)]
    batch = ghirbal.extract_text_batch(texts, inputs=[f"t{i}" for i in range(400)], threads=2)
    assert batch[7] == ghirbal.extract_text(texts[7], input="t7")
    # While a batch runs in another thread, this one keeps running Python.
    ticks = 0
    done = threading.Event()
    worker = threading.Thread(
        target=lambda: (ghirbal.extract_text_batch(texts * 5, threads=1), done.set()))
    worker.start()
    while not done.is_set():
        ticks += 1
        time.sleep(0.001)
    worker.join()
    assert ticks > 10


def test_batch_errors_name_the_input_or_skip():
    deep = "<div>" * 100_000 + "نص" + "</div>" * 100_000
    with pytest.raises(ghirbal.InputError, match=r"^deep\.html: .*depth"):
        ghirbal.extract_html_batch(["<p>نص</p>", deep], inputs=["ok.html", "deep.html"])
    out = ghirbal.extract_html_batch(["<p>نص</p>", deep], errors="skip")
    assert out[0] is not None and out[1] is None


def _warc_record(kind, uri, payload):
    block = payload
    if kind == "response":
        block = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + payload)
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)):032x}>\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + block + b"\r\n\r\n")


def test_extract_warc(tmp_path):
    page = ("<html><head><title>خبر</title></head><body><article><h1>خبر عن المطر</h1>"
            "<p>هطلت أمطار غزيرة على المدينة صباح اليوم وأغلقت بعض الطرق.</p></article></body></html>")
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc_record("warcinfo", "", b"software: test\r\n")
                     + _warc_record("response", "https://example.org/1", page.encode())
                     + _warc_record("response", "https://example.org/2", page.replace("المطر", "الثلج").encode()))
    records = list(ghirbal.extract_warc(str(path)))
    assert [r["url"] for r in records] == ["https://example.org/1", "https://example.org/2"]
    assert records[0]["input"].startswith(str(path) + "#")
    assert "الثلج" in records[1]["title"]
    # Truncated: the records before the cut come out, then an error naming it.
    cut = tmp_path / "cut.warc.gz"
    data = path.read_bytes()
    cut.write_bytes(data[: len(data) - 40])
    got, errors = [], []
    it = ghirbal.extract_warc(str(cut))
    while True:
        try:
            got.append(next(it))
        except StopIteration:
            break
        except ghirbal.InputError as e:
            errors.append(str(e))
    assert len(got) == 1 and errors and errors[0].startswith(str(cut))
    assert len(list(ghirbal.extract_warc(str(cut), errors="skip"))) == 1


def test_file_errors_name_the_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ghirbal.InputError, match=str(empty)):
        list(ghirbal.extract_file(str(empty)))
    with pytest.raises(ghirbal.InputError, match="no-such-file"):
        list(ghirbal.extract_file(str(tmp_path / "no-such-file.html")))
    legacy = tmp_path / "cp1256.txt"
    legacy.write_bytes(("عنوان الخبر\n\n" + "هذه فقرة عربية مكتوبة بترميز قديم. " * 10).encode("cp1256"))
    (record,) = list(ghirbal.extract_file(str(legacy)))
    assert "فقرة عربية" in record["text"]
