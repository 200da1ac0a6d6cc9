"""Shared fixtures: the repository, the `ghirbal` binary, a generated corpus."""

import gzip
import json
import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SEED = REPO.parent / "shared" / "seeds" / "000_4194ee718695dc2e.txt"
EXAMPLES_DUMP = REPO / "examples" / "dumps" / "01_alaraby_libya_roadmap.txt"

# Words for generated articles (our own text, no corpus copied).
WORDS = (
    "قالت الوزارة إن الحكومة ستعلن خطة جديدة لدعم المزارعين في المناطق الريفية خلال "
    "الأسابيع المقبلة وأضاف المتحدث أن الميزانية تشمل مشاريع للطرق والمياه والكهرباء "
    "والمدارس والمستشفيات كما أشار التقرير إلى ارتفاع أسعار الغذاء والوقود في الأسواق "
    "المحلية بسبب الجفاف وتراجع الإنتاج وأكد الخبراء أن الاستثمار في الطاقة الشمسية "
    "يوفر فرص عمل للشباب ويخفض الانبعاثات بينما طالب النواب بمراجعة الضرائب على "
    "الشركات الصغيرة وتحسين الخدمات العامة في المدن والقرى وشهدت العاصمة اجتماعا "
    "موسعا للوزراء والمحافظين لمناقشة الاستعدادات لموسم الأمطار والسيول وحماية "
    "الأحياء القديمة من الفيضانات وتوسيع شبكات الصرف وإنشاء سدود صغيرة في الأودية "
    "وتعزيز التعاون مع المنظمات الدولية في مجالات الصحة والتعليم والتدريب المهني "
    "والبحث العلمي ونقل التكنولوجيا إلى الجامعات ومراكز الابتكار الناشئة"
).split()

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
          "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def _sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)) + "."


def _article(rng):
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 10)))
    paragraphs = [
        " ".join(_sentence(rng, rng.randint(10, 22)) for _ in range(rng.randint(2, 4)))
        for _ in range(rng.randint(3, 6))
    ]
    return title, paragraphs


def _edit(rng, paragraphs, rate):
    out = []
    for p in paragraphs:
        words = p.split()
        for i in range(len(words)):
            if rng.random() < rate:
                words[i] = rng.choice(WORDS)
        out.append(" ".join(words))
    return out


def _dump(title, paragraphs, day, month, year, site):
    chrome = {
        0: ["الرئيسية", "أخبار", "رياضة", "اقتصاد", "Menu"],
        1: ["تابعونا", "شارك القصة", "Close"],
        2: ["اشترك في النشرة", "الأكثر قراءة"],
    }[site % 3]
    lines = chrome + [title, f"نشر في {day} {MONTHS[month - 1]} {year}", ""]
    for p in paragraphs:
        lines += [p, ""]
    lines += ["جميع الحقوق محفوظة © 2024"]
    return "\n".join(lines) + "\n"


def _html(title, paragraphs, day, month, year):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{title} | موقع الخبر</title>"
        f'<meta property="article:published_time" content="{year}-{month:02d}-{day:02d}T09:00:00+03:00">'
        f"</head><body><nav><a href='/'>الرئيسية</a> <a href='/s'>رياضة</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer>جميع الحقوق محفوظة</footer></body></html>"
    )


def make_corpus(root: Path, n_articles: int, seed: int = 7) -> Path:
    """Dumps and pages with planted exact copies, near copies, chains,
    cross-format copies (page and dump of one story), a JSON Lines
    container, and bad inputs."""
    rng = random.Random(seed)
    dumps, pages = root / "dumps", root / "pages"
    dumps.mkdir(parents=True)
    pages.mkdir()
    container = []
    for i in range(n_articles):
        title, paragraphs = _article(rng)
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2023, 2024])
        (dumps / f"a{i:05d}.txt").write_text(_dump(title, paragraphs, day, month, year, i), "utf-8")
        kind = rng.random()
        if kind < 0.08:  # an exact copy, published later
            (dumps / f"a{i:05d}_copy.txt").write_text(
                _dump(title, paragraphs, min(day + 1, 28), month, year, i + 1), "utf-8")
        elif kind < 0.16:  # a near copy
            (dumps / f"a{i:05d}_near.txt").write_text(
                _dump(title, _edit(rng, paragraphs, 0.03), day, month, year, i + 2), "utf-8")
        elif kind < 0.20:  # a chain: each step resembles the last, the ends do not
            prev = paragraphs
            for step in range(3):
                prev = _edit(rng, prev, 0.12)
                (dumps / f"a{i:05d}_chain{step}.txt").write_text(
                    _dump(title, prev, day, month, year, i + step), "utf-8")
        elif kind < 0.26:  # the same story as a page
            (pages / f"p{i:05d}.html").write_text(_html(title, paragraphs, day, month, year), "utf-8")
        elif kind < 0.30:  # the same story in a JSON Lines container
            container.append({"url": f"https://example.org/n/{i}",
                              "html": _html(title, _edit(rng, paragraphs, 0.02), day, month, year)})
    with gzip.open(root / "pages.jsonl.gz", "wt", encoding="utf-8") as f:
        for row in container:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
        f.write("{not json\n")  # one bad line: an error, the rest still read
    (root / "bad").mkdir()
    (root / "bad" / "empty.txt").write_bytes(b"")
    (root / "bad" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "bad" / "truncated.txt.gz").write_bytes(gzip.compress("نص عربي ".encode() * 500)[:200])
    return root


@pytest.fixture(scope="session")
def ghirbal_bin():
    """The CLI binary (GHIRBAL_BIN, else built with cargo)."""
    explicit = os.environ.get("GHIRBAL_BIN")
    if explicit:
        return explicit
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "ghirbal-cli"], cwd=REPO,
                   check=True, stdin=subprocess.DEVNULL)
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    return str(target / "release" / "ghirbal")


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    n = int(os.environ.get("GHIRBAL_TEST_ARTICLES", "2500"))
    return make_corpus(tmp_path_factory.mktemp("corpus"), n)


def java_available():
    return shutil.which("java") is not None
