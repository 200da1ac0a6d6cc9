#!/usr/bin/env python3
"""Scores ghirbal's records for the generated text dumps against their truth.

    ghirbal extract OUT/dumps -o OUT/pred.jsonl
    python3 bench/textdump/score_dumps.py --truth OUT/truth.jsonl --pred OUT/pred.jsonl

Matches records to truth by the input's file name. Per style, per split (tune,
heldout, fresh, fresh2, ..., fresh32) and overall it reports:

  body_f1     bag-of-words F1 of the record's `text` against the truth body
              (paragraphs and headings); words are folded (display normalization,
              no diacritics or tatweel, alef forms/ى/ة unified, punctuation dropped)
  body_p/r    precision and recall of the same
  title       exact title match after display normalization
  page_date   page_date accuracy where the truth has one
  pub         published accuracy (date part) where the truth has one
  pub_leak    share of docs without a published truth whose record copies the
              header widget's date into published (the error the seed is about)
  sum_exact   summary exact (display-normalized) where the truth has one
  sum_f1.9    summary word F1 >= 0.9 where the truth has one
  sum_none    share of docs without a lede whose record has no summary
  chrome_free share of docs whose text contains none of the chrome strings
              the generator inserted (word-sequence match on folded text)
  authors     exact list of writers (display-normalized) where the truth names
              some (fresh2 and later splits; '-' for the others)

then the worst documents by body F1 (never fresh, fresh2, ..., fresh32 ones: those
splits are reported as aggregates only, see fresh_styles.py ... fresh32_styles.py;
--fresh-details lifts that for whoever maintains the generator). Python 3 stdlib only.
--baseline naive scores a trivial extractor (every line is body, first line is
title) and --baseline oracle scores the truth itself (must be 1.0 everywhere):
both need no ghirbal, and check the scorer and the data.
"""
import argparse
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textnorm import display, fold, words  # noqa: E402


# aggregate rows only, unless --fresh-details
FRESH_SPLITS = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
                "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
                "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
                "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32")


def f1(pred_words, truth_words):
    if not pred_words and not truth_words:
        return 1.0, 1.0, 1.0
    if not pred_words or not truth_words:
        return 0.0, 0.0, 0.0
    common = sum((collections.Counter(pred_words) & collections.Counter(truth_words)).values())
    if not common:
        return 0.0, 0.0, 0.0
    p = common / len(pred_words)
    r = common / len(truth_words)
    return p, r, 2 * p * r / (p + r)


def body_of(truth):
    return "\n\n".join(b["text"] for b in truth["blocks"])


def baseline(truth, kind, dump_dir):
    if kind == "oracle":
        return dict(input=truth["input"], title=truth["title"], page_date=truth["page_date"],
                    published=truth["published"], summary=truth["summary"], text=body_of(truth),
                    authors=truth.get("authors") or [])
    raw = open(os.path.join(dump_dir, truth["input"]), encoding="utf-8-sig", newline="").read()
    lines = [display(x) for x in raw.splitlines()]
    lines = [x for x in lines if x]
    return dict(input=truth["input"], title=lines[0] if lines else None, page_date=None, published=None,
                summary=None, text="\n\n".join(lines[1:]))


def score_doc(t, p):
    r = {"input": t["input"], "style": t["style"], "split": t["split"]}
    if p is None:
        p = {}
        r["missing"] = True
    tw = words(body_of(t))
    pw = words(p.get("text") or "")
    r["body_p"], r["body_r"], r["body_f1"] = f1(pw, tw)
    r["title"] = display(p.get("title") or "") == display(t["title"])
    if t["page_date"]:
        r["page_date"] = (p.get("page_date") or "") == t["page_date"]
    if t["published"]:
        r["pub"] = (p.get("published") or "")[:10] == t["published"][:10]
    else:
        r["pub_leak"] = bool(t["page_date"]) and (p.get("published") or "")[:10] == t["page_date"]
    if t["summary"]:
        ps = p.get("summary") or ""
        r["sum_exact"] = display(ps) == display(t["summary"])
        r["sum_f1.9"] = f1(words(ps), words(t["summary"]))[2] >= 0.9
    else:
        r["sum_none"] = not p.get("summary")
    text_fold = " " + fold(p.get("text") or "") + " "
    leaked = [c for c in t["chrome"] if fold(c) and " " + fold(c) + " " in text_fold]
    r["chrome_free"] = not leaked
    r["leaked"] = leaked[:3]
    # The truth of fresh2 and later splits names the writers.
    if t.get("authors"):
        r["authors"] = [display(a) for a in p.get("authors") or []] == [display(a) for a in t["authors"]]
    if r["body_f1"] < 1.0:
        tc, pc = collections.Counter(tw), collections.Counter(pw)
        r["missing_words"] = list((tc - pc).elements())[:12]
        r["extra_words"] = list((pc - tc).elements())[:12]
    return r


METRICS = ["body_f1", "body_p", "body_r", "title", "page_date", "pub", "pub_leak", "sum_exact", "sum_f1.9",
           "sum_none", "chrome_free", "authors"]


def aggregate(rows):
    out = {"docs": len(rows)}
    for m in METRICS:
        vals = [float(r[m]) for r in rows if m in r]
        out[m] = (sum(vals) / len(vals), len(vals)) if vals else (None, 0)
    return out


def fmt_row(name, agg):
    cells = [f"{name:16s}", f"{agg['docs']:5d}"]
    for m in METRICS:
        v, n = agg[m]
        cells.append(f"{'-':>7s}" if v is None else f"{v:7.3f}")
    return " ".join(cells)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_out = os.path.expanduser("~/.cache/ghirbal-bench/textdump")
    ap.add_argument("--truth", default=os.path.join(default_out, "truth.jsonl"))
    ap.add_argument("--pred", default=os.path.join(default_out, "pred.jsonl"))
    ap.add_argument("--baseline", choices=["naive", "oracle"], help="score a built-in extractor instead of --pred")
    ap.add_argument("--split", choices=["tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6",
                                        "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13",
                                        "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19",
                                        "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
                                        "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31",
                                        "fresh32", "all"],
                    default="all")
    ap.add_argument("--worst", type=int, default=10)
    ap.add_argument("--json", help="also write the aggregate numbers and per-doc rows to this file")
    ap.add_argument("--fresh-details", action="store_true",
                    help="also list fresh, fresh2, ..., fresh32 documents among the worst and in --json (for the "
                         "generator's maintainer only: whoever tunes the extractor must never see them)")
    args = ap.parse_args()

    truths = [json.loads(x) for x in open(args.truth, encoding="utf-8") if x.strip()]
    if args.split != "all":
        truths = [t for t in truths if t["split"] == args.split]
    preds = {}
    if args.baseline:
        dump_dir = os.path.join(os.path.dirname(os.path.abspath(args.truth)), "dumps")
        for t in truths:
            preds[t["input"]] = baseline(t, args.baseline, dump_dir)
    else:
        for line in open(args.pred, encoding="utf-8"):
            if not line.strip():
                continue
            rec = json.loads(line)
            key = os.path.basename(re.sub(r"#\d+$", "", rec.get("input") or ""))
            preds[key] = rec
    rows = [score_doc(t, preds.get(t["input"])) for t in truths]
    missing = sum(1 for r in rows if r.get("missing"))

    header = " ".join([f"{'style':16s}", f"{'docs':>5s}"] + [f"{m[:7]:>7s}" for m in METRICS])
    print(header)
    print("-" * len(header))
    by_style = collections.defaultdict(list)
    for r in rows:
        by_style[r["style"]].append(r)
    result = {"styles": {}, "splits": {}}
    for split in ("tune", "heldout") + FRESH_SPLITS:
        names = [s for s in by_style if by_style[s][0]["split"] == split]
        for s in names:
            agg = aggregate(by_style[s])
            result["styles"][s] = agg
            print(fmt_row(s, agg))
        srows = [r for r in rows if r["split"] == split]
        if srows:
            agg = aggregate(srows)
            result["splits"][split] = agg
            print(fmt_row(f"[{split}]", agg))
            print("-" * len(header))
    agg = aggregate(rows)
    result["overall"] = agg
    print(fmt_row("[overall]", agg))
    if missing:
        print(f"\n{missing} of {len(rows)} dumps have no record in the predictions (scored as empty)")

    shown = [r for r in rows if args.fresh_details or r["split"] not in FRESH_SPLITS]
    worst = sorted(shown, key=lambda r: (r["body_f1"], r["input"]))[: args.worst]
    if worst:
        print(f"\nworst {len(worst)} by body F1:")
        for r in worst:
            flags = [k for k in ("title", "page_date", "pub", "sum_exact", "chrome_free") if r.get(k) is False]
            print(f"  {r['input']:28s} f1={r['body_f1']:.3f} p={r['body_p']:.3f} r={r['body_r']:.3f}"
                  f" fails={','.join(flags) or '-'}")
            if r.get("leaked"):
                print(f"      leaked chrome: {' | '.join(x[:50] for x in r['leaked'])}")
            if r.get("missing_words"):
                print(f"      missing words: {' '.join(r['missing_words'])}")
            if r.get("extra_words"):
                print(f"      extra words:   {' '.join(r['extra_words'])}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"aggregate": result, "docs": shown}, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
