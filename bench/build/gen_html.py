#!/usr/bin/env python3
"""Renders every article of ../shared/corpus as an HTML news page with site
chrome of our own (navigation, a header date, share bar, related links,
newsletter box, footer), for `ghirbal build` benchmarks. The article text is
the corpus's; everything around it is made up here. Output is never
committed.

Usage: gen_html.py OUT_DIR [--n N] [--seed S]
"""
import argparse, html, io, json, os, random, subprocess, sys
from email.utils import parsedate_to_datetime

SHARED = os.environ.get("GHIRBAL_SHARED", os.path.join(os.path.dirname(__file__), "../../../shared"))

NAV = ["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات", "فيديو"]
RELATED = ["ارتفاع أسعار الذهب في الأسواق المحلية", "انطلاق مهرجان المسرح العربي بمشاركة واسعة",
           "الأرصاد تتوقع أمطارا غزيرة نهاية الأسبوع", "منتخب الشباب يتأهل إلى الدور النهائي",
           "افتتاح جسر جديد يربط ضفتي المدينة", "وزارة التعليم تعلن مواعيد الامتحانات"]

def read_zst(path):
    out = subprocess.run(["zstd", "-dc", path], check=True, capture_output=True).stdout
    for line in io.TextIOWrapper(io.BytesIO(out), encoding="utf-8"):
        if line.strip():
            yield json.loads(line)

def articles():
    c = os.path.join(SHARED, "corpus")
    for r in read_zst(os.path.join(c, "saudinewsnet.jsonl.zst")):
        yield {"site": r.get("source") or "", "date": (r.get("date_extracted") or "")[:10], "title": r.get("title") or "",
               "author": r.get("author") or "", "lede": "", "paras": [p.strip() for p in (r.get("content") or "").split("\n") if p.strip()],
               "url": r.get("url") or ""}
    for name in ["ant-multisource-v2.1.jsonl.zst", "ant-jawharafm-v1.1.jsonl.zst"]:
        for r in read_zst(os.path.join(c, name)):
            try:
                d = parsedate_to_datetime(r.get("time", "")).date().isoformat()
            except Exception:
                d = ""
            yield {"site": r.get("src") or "", "date": d, "title": r.get("title") or "", "author": r.get("author") or "",
                   "lede": r.get("abstract") or "", "paras": [p.strip() for p in (r.get("text") or "").split("\n") if p.strip()],
                   "url": r.get("url") or ""}

def page(a, rng):
    e = html.escape
    nav = "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(rng.sample(NAV, 6)))
    related = "".join(f'<li><a href="/r/{i}">{e(t)}</a></li>' for i, t in enumerate(rng.sample(RELATED, 4)))
    body = "".join(f"<p>{e(p)}</p>" for p in a["paras"])
    lede = f'<p class="lede"><strong>{e(a["lede"])}</strong></p>' if a["lede"] and rng.random() < 0.5 else ""
    meta = f'<meta property="article:published_time" content="{e(a["date"])}">' if a["date"] else ""
    return f"""<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{e(a['title'])} | {e(a['site'])}</title>
<meta property="og:site_name" content="{e(a['site'])}"><meta property="og:title" content="{e(a['title'])}">{meta}
<link rel="canonical" href="{e(a['url'])}"></head>
<body><header class="site-header"><div class="logo">{e(a['site'])}</div><nav><ul>{nav}</ul></nav>
<div class="today">الخميس 25 أبريل 2024</div></header>
<main><article><h1>{e(a['title'])}</h1><div class="byline">{e(a['author'])}</div>
<div class="share">شارك: <a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
{lede}<div class="article-body">{body}</div></article>
<aside class="related"><h3>اقرأ أيضا</h3><ul>{related}</ul></aside>
<div class="newsletter">اشترك في نشرتنا البريدية ليصلك أهم الأخبار يوميا</div></main>
<footer><p>جميع الحقوق محفوظة © 2024 {e(a['site'])}</p><a href="/privacy">سياسة الخصوصية</a></footer></body></html>
"""

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=0)
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    n = 0
    for art in articles():
        if not art["paras"]:
            continue
        with open(os.path.join(a.out, f"p{n:06d}.html"), "w", encoding="utf-8") as f:
            f.write(page(art, rng))
        n += 1
        if a.n and n >= a.n:
            break
    print(f"wrote {n} pages to {a.out}", file=sys.stderr)

if __name__ == "__main__":
    main()
