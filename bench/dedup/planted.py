#!/usr/bin/env python3
"""Builds a dedup evaluation set from ../shared/corpus: real articles as
JSON Lines records {id, site, published, text}, plus planted variants of
some of them, and a truth file naming each variant's original.

Variant kinds (our own edits; the corpus text itself is never committed):
  exact   the same text under another id
  ortho   orthographic variants on ~30% of words: hamza/alef forms, ى/ي,
          ة/ه, diacritics, tatweel, Arabic-Indic digits, Arabic/Latin comma
  edit1   1% of words substituted, inserted or deleted
  edit3   3% of words edited
  chrome  site chrome added around the body: a related-links block, a share
          bar, a copyright footer (3-8 lines)
  mixed   ortho + 2% edits + chrome

Usage: planted.py OUT_DIR [--base N] [--per-kind N] [--seed S]
Writes OUT_DIR/corpus.jsonl (base + variants, shuffled deterministically)
and OUT_DIR/truth.jsonl ({variant, original, kind}).
"""
import argparse, io, json, os, random, re, subprocess, sys
from email.utils import parsedate_to_datetime

SHARED = os.environ.get("GHIRBAL_SHARED", os.path.join(os.path.dirname(__file__), "../../../shared"))

def read_zst(path):
    out = subprocess.run(["zstd", "-dc", path], check=True, capture_output=True).stdout
    for line in io.TextIOWrapper(io.BytesIO(out), encoding="utf-8"):
        if line.strip():
            yield json.loads(line)

def corpus():
    c = os.path.join(SHARED, "corpus")
    for r in read_zst(os.path.join(c, "saudinewsnet.jsonl.zst")):
        d = r.get("date_extracted", "")[:10]
        yield {"site": r.get("source"), "published": d or None, "text": r.get("content") or ""}
    for name in ["ant-multisource-v2.1.jsonl.zst", "ant-jawharafm-v1.1.jsonl.zst"]:
        for r in read_zst(os.path.join(c, name)):
            pub = None
            try:
                pub = parsedate_to_datetime(r.get("time", "")).date().isoformat()
            except Exception:
                pass
            yield {"site": r.get("src"), "published": pub, "text": r.get("text") or ""}

ALEF = {"أ": "ا", "إ": "ا", "آ": "ا"}
DIAC = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b"]
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

def ortho_word(w, rng):
    r = rng.random()
    if r < 0.25 and w[:1] in ALEF:
        return ALEF[w[0]] + w[1:]
    if r < 0.25 and w.startswith("ا") and len(w) > 3:
        return "أ" + w[1:]
    if r < 0.4 and w.endswith("ة"):
        return w[:-1] + "ه"
    if r < 0.5 and w.endswith("ى"):
        return w[:-1] + "ي"
    if r < 0.55 and w.endswith("ي"):
        return w[:-1] + "ى"
    if r < 0.75 and len(w) > 2:
        i = rng.randrange(1, len(w))
        return w[:i] + rng.choice(DIAC) + w[i:]
    if r < 0.85 and len(w) > 3 and all("\u0621" <= ch <= "\u064a" for ch in w[1:3]):
        i = rng.randrange(1, len(w) - 1)
        return w[:i] + "\u0640" + w[i:]
    if r < 0.95:
        return w.translate(AR_DIGITS).replace(",", "،")
    return w

def ortho(text, rng, rate=0.3):
    return re.sub(r"\S+", lambda m: ortho_word(m.group(0), rng) if rng.random() < rate else m.group(0), text)

FILLER = ("قال وزير الخارجية في تصريح صحفي إن الحكومة تتابع الوضع عن كثب "
          "وأضاف المتحدث أن اللجنة ستعقد اجتماعها المقبل بعد أسبوعين").split()

def edit(text, rng, rate):
    lines = text.split("\n")
    words = [(i, j) for i, l in enumerate(lines) for j, _ in enumerate(l.split())]
    if not words:
        return text
    n = max(1, round(len(words) * rate))
    split = [l.split() for l in lines]
    for _ in range(n):
        i, _ = rng.choice(words)
        if not split[i]:
            continue
        j = rng.randrange(len(split[i]))
        op = rng.random()
        if op < 0.4:
            split[i][j] = rng.choice(FILLER)
        elif op < 0.7:
            split[i].insert(j, rng.choice(FILLER))
        elif len(split[i]) > 1:
            del split[i][j]
    return "\n".join(" ".join(ws) for ws in split)

CHROME_TOP = [
    "الرئيسية | أخبار | سياسة | اقتصاد | رياضة | منوعات",
    "شارك الخبر: فيسبوك تويتر واتساب",
    "تابعونا على قناتنا في تيليجرام",
]
CHROME_BOTTOM = [
    "اقرأ أيضا:",
    "ارتفاع أسعار النفط وسط مخاوف من تراجع الطلب العالمي",
    "الأرصاد تحذر من موجة حر تضرب المنطقة الأسبوع المقبل",
    "افتتاح معرض الكتاب بمشاركة مئات دور النشر العربية",
    "جميع الحقوق محفوظة © 2024 لصحيفتنا الإلكترونية",
    "سياسة الخصوصية | اتصل بنا | أعلن معنا",
]

def chrome(text, rng):
    top = rng.sample(CHROME_TOP, rng.randint(1, 2))
    bottom = CHROME_BOTTOM[: rng.randint(2, len(CHROME_BOTTOM))]
    return "\n".join(top + [text] + bottom)

KINDS = {
    "exact": lambda t, rng: t,
    "ortho": lambda t, rng: ortho(t, rng),
    "edit1": lambda t, rng: edit(t, rng, 0.01),
    "edit3": lambda t, rng: edit(t, rng, 0.03),
    "chrome": lambda t, rng: chrome(t, rng),
    "mixed": lambda t, rng: chrome(edit(ortho(t, rng), rng, 0.02), rng),
}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--base", type=int, default=20000, help="base articles (0 = all)")
    ap.add_argument("--per-kind", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--min-words", type=int, default=30)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    docs = [d for d in corpus() if len(d["text"].split()) >= a.min_words]
    rng.shuffle(docs)
    if a.base:
        docs = docs[: a.base]
    for i, d in enumerate(docs):
        d["id"] = f"b{i:06d}"
    picks = rng.sample(range(len(docs)), a.per_kind * len(KINDS))
    variants, truth = [], []
    for k, (kind, fn) in enumerate(KINDS.items()):
        for n, idx in enumerate(picks[k * a.per_kind:(k + 1) * a.per_kind]):
            src = docs[idx]
            vid = f"v-{kind}-{n:04d}"
            # Variants carry a later date, so the original is the one to keep.
            variants.append({"id": vid, "site": "planted", "published": "2030-01-01", "text": fn(src["text"], rng)})
            truth.append({"variant": vid, "original": src["id"], "kind": kind})
    allr = docs + variants
    rng.shuffle(allr)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in allr:
            f.write(json.dumps({"id": r["id"], "site": r["site"], "published": r["published"], "text": r["text"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t) + "\n")
    print(f"{len(docs)} base + {len(variants)} planted -> {a.out}", file=sys.stderr)

if __name__ == "__main__":
    main()
