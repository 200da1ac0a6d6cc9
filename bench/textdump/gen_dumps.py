#!/usr/bin/env python3
"""Renders real Arabic news articles into text dumps of many site styles, with truth.

    python3 bench/textdump/gen_dumps.py [--out DIR] [--n 5000] [--seed 1]
                                        [--styles tune|heldout|fresh|fresh2|...|fresh32|all|a,b,c]
                                        [--corpus DIR]

Reads the corpora in ../shared/corpus (SaudiNewsNet, ANT multi-source, ANT
Jawhara FM; JSONL.zst), cleans each article (whitespace only: one paragraph a
line, empty lines dropped; SaudiNewsNet's leftover site lines are kept as
paragraphs, see README), and renders it as the text a person or a crawler gets
when copying a news page: header date widgets, menus, the title and its
repeats, captions with credits, a lede or not, the body with inserted
headings, related-headline blocks, sources lines, share bars, comments,
footers, and character noise. Every style is a fixed recipe over such
components; styles are split into `tune` and `heldout`, and the held-out ones
use component variants (date formats, chrome vocabulary, credit formats,
layouts) that no tune style uses. A third split, `fresh` (fresh_styles.py,
selected only by `--styles fresh`), uses components that neither of the
others uses and is never looked at while tuning. A fourth, `fresh2`
(fresh2_styles.py, `--styles fresh2`), is a second never-seen group for the
final numbers, with components unlike those of all three. A fifth, `fresh3`
(fresh3_styles.py, `--styles fresh3`), is a third never-seen group. A sixth,
`fresh4` (fresh4_styles.py, `--styles fresh4`), was written before a later
round of tuning on the others and scored before and after it. Two more,
`fresh5` and `fresh6` (fresh5_styles.py, fresh6_styles.py, `--styles fresh5`,
`--styles fresh6`), are independent never-seen groups written together by
someone else: fresh5 to be opened and tuned on, fresh6 to stay sealed. A
ninth, `fresh7` (fresh7_styles.py, `--styles fresh7`), is another sealed
never-seen group written later by someone else, a tenth, `fresh8`
(fresh8_styles.py, `--styles fresh8`), one more, an eleventh, `fresh9`
(fresh9_styles.py, `--styles fresh9`), another, a twelfth, `fresh10`
(fresh10_styles.py, `--styles fresh10`), one more, a thirteenth, `fresh11`
(fresh11_styles.py, `--styles fresh11`), one more again, a fourteenth,
`fresh12` (fresh12_styles.py, `--styles fresh12`), another, a fifteenth,
`fresh13` (fresh13_styles.py, `--styles fresh13`), one more, a sixteenth,
`fresh14` (fresh14_styles.py, `--styles fresh14`), another, a seventeenth,
`fresh15` (fresh15_styles.py, `--styles fresh15`), one more, an eighteenth,
`fresh16` (fresh16_styles.py, `--styles fresh16`), another, a nineteenth,
`fresh17` (fresh17_styles.py, `--styles fresh17`), one more, a twentieth,
`fresh18` (fresh18_styles.py, `--styles fresh18`), another, a twenty-first,
`fresh19` (fresh19_styles.py, `--styles fresh19`), one more, a
twenty-second, `fresh20` (fresh20_styles.py, `--styles fresh20`), another,
a twenty-third, `fresh21` (fresh21_styles.py, `--styles fresh21`), one more,
a twenty-fourth, `fresh22` (fresh22_styles.py, `--styles fresh22`), another,
a twenty-fifth, `fresh23` (fresh23_styles.py, `--styles fresh23`), one more,
a twenty-sixth, `fresh24` (fresh24_styles.py, `--styles fresh24`), another,
a twenty-seventh, `fresh25` (fresh25_styles.py, `--styles fresh25`), one
more, a twenty-eighth, `fresh26` (fresh26_styles.py, `--styles fresh26`),
another, a twenty-ninth, `fresh27` (fresh27_styles.py, `--styles fresh27`),
one more, a thirtieth, `fresh28` (fresh28_styles.py, `--styles fresh28`),
another, a thirty-first, `fresh29` (fresh29_styles.py, `--styles
fresh29`), one more, a thirty-second, `fresh30` (fresh30_styles.py,
`--styles fresh30`), another, a thirty-third, `fresh31`
(fresh31_styles.py, `--styles fresh31`), one more, and a thirty-fourth,
`fresh32` (fresh32_styles.py, `--styles fresh32`), the latest.

Writes OUT/dumps/NNNNN_<style>.txt and OUT/truth.jsonl (one line per dump).
Python 3 stdlib only; uses the `zstandard` module when installed, else `zstd -dc`.
Never write into the repository: OUT defaults to ~/.cache/ghirbal-bench/textdump.
"""
import argparse
import datetime
import email.utils
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textnorm import display, fold  # noqa: E402
import fresh_styles  # noqa: E402  (the `fresh` split: never read it while tuning, see its docstring)
import fresh2_styles  # noqa: E402  (the `fresh2` split: never read it while tuning either)
import fresh3_styles  # noqa: E402  (the `fresh3` split: never read it while tuning either)
import fresh4_styles  # noqa: E402  (the `fresh4` split: written before tuning, see its docstring)
import fresh5_styles  # noqa: E402  (the `fresh5` split: never-seen, to be opened after its first score)
import fresh6_styles  # noqa: E402  (the `fresh6` split: sealed, never read it while working on the extractor)
import fresh7_styles  # noqa: E402  (the `fresh7` split: sealed, never read it while working on the extractor)
import fresh8_styles  # noqa: E402  (the `fresh8` split: sealed, never read it while working on the extractor)
import fresh9_styles  # noqa: E402  (the `fresh9` split: sealed, never read it while working on the extractor)
import fresh10_styles  # noqa: E402  (the `fresh10` split: sealed, never read it while working on the extractor)
import fresh11_styles  # noqa: E402  (the `fresh11` split: sealed, never read it while working on the extractor)
import fresh12_styles  # noqa: E402  (the `fresh12` split: sealed, never read it while working on the extractor)
import fresh13_styles  # noqa: E402  (the `fresh13` split: sealed, never read it while working on the extractor)
import fresh14_styles  # noqa: E402  (the `fresh14` split: sealed, never read it while working on the extractor)
import fresh15_styles  # noqa: E402  (the `fresh15` split: sealed, never read it while working on the extractor)
import fresh16_styles  # noqa: E402  (the `fresh16` split: sealed, never read it while working on the extractor)
import fresh17_styles  # noqa: E402  (the `fresh17` split: sealed, never read it while working on the extractor)
import fresh18_styles  # noqa: E402  (the `fresh18` split: sealed, never read it while working on the extractor)
import fresh19_styles  # noqa: E402  (the `fresh19` split: sealed, never read it while working on the extractor)
import fresh20_styles  # noqa: E402  (the `fresh20` split: sealed, never read it while working on the extractor)
import fresh21_styles  # noqa: E402  (the `fresh21` split: sealed, never read it while working on the extractor)
import fresh22_styles  # noqa: E402  (the `fresh22` split: sealed, never read it while working on the extractor)
import fresh23_styles  # noqa: E402  (the `fresh23` split: sealed, never read it while working on the extractor)
import fresh24_styles  # noqa: E402  (the `fresh24` split: sealed, never read it while working on the extractor)
import fresh25_styles  # noqa: E402  (the `fresh25` split: sealed, never read it while working on the extractor)
import fresh26_styles  # noqa: E402  (the `fresh26` split: sealed, never read it while working on the extractor)
import fresh27_styles  # noqa: E402  (the `fresh27` split: sealed, never read it while working on the extractor)
import fresh28_styles  # noqa: E402  (the `fresh28` split: sealed, never read it while working on the extractor)
import fresh29_styles  # noqa: E402  (the `fresh29` split: sealed, never read it while working on the extractor)
import fresh30_styles  # noqa: E402  (the `fresh30` split: sealed, never read it while working on the extractor)
import fresh31_styles  # noqa: E402  (the `fresh31` split: sealed, never read it while working on the extractor)
import fresh32_styles  # noqa: E402  (the `fresh32` split: sealed, never read it while working on the extractor)

CORPORA = {
    "snn": "saudinewsnet.jsonl.zst",
    "ant": "ant-multisource-v2.1.jsonl.zst",
    "jawhara": "ant-jawharafm-v1.1.jsonl.zst",
}

# ---------------------------------------------------------------- calendars
EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
       "تشرين الثاني", "كانون الأول"]
LEV_SHORT = ["كانون 2", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين 1", "تشرين 2",
             "كانون 1"]
MAG = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MAR = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
HIJ = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
       "ذو القعدة", "ذو الحجة"]
WD = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def hijri(d):
    """Tabular (arithmetical) Islamic date of a Gregorian date: may differ from
    Umm al-Qura by a day or two; the dumps always print the Gregorian pair."""
    jd = d.toordinal() + 1721424.5 + 0.5  # Julian day number at noon
    jd = int(jd)
    l_ = jd - 1948440 + 10632
    n = (l_ - 1) // 10631
    l_ = l_ - 10631 * n + 354
    j = ((10985 - l_) // 5316) * ((50 * l_) // 17719) + (l_ // 5670) * ((43 * l_) // 15238)
    l_ = l_ - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l_) // 709
    day = l_ - (709 * m) // 24
    year = 30 * n + j - 30
    return year, m, day


def h12(hh):
    return (hh % 12) or 12


# ------------------------------------------------------------ vocabularies
# Written for this benchmark. `T_` = used by tune styles only, `H_` = held-out only.
T_NAV = ["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات", "تكنولوجيا", "صحة", "فيديو", "رأي",
         "محليات", "عربي ودولي", "المزيد"]
H_NAV = ["وطني", "شؤون محلية", "مدونات", "فنون ومشاهير", "علوم", "الطقس", "مال وأعمال", "ميديا", "ملفات", "بودكاست",
         "أرشيف الأعداد", "إقليمي", "عالمي"]
T_ENG_TOP = ["Menu", "Search", "Login", "Subscribe"]
T_ENG_BOTTOM = ["Share", "Close"]
H_ENG_TOP = ["Skip to content", "Sign in", "Newsletter", "Trending", "Live"]
H_ENG_BOTTOM = ["Back to top", "Print", "Follow us"]
T_SHARE = ["شارك", "فيسبوك", "تويتر", "واتساب", "طباعة", "حفظ", "شارك هذا الخبر"]
H_SHARE = ["شارك عبر", "ماسنجر", "تيليجرام", "بينترست", "انسخ الرابط", "أرسل بالبريد"]
T_RELATED = ["اقرأ أيضا", "اقرأ أيضًا:", "مواضيع ذات صلة", "موضوعات متعلقة", "Read more"]
H_RELATED = ["قد يهمك أيضًا", "ذات صلة", "اخترنا لك", "المزيد من الأخبار"]
T_CREDITS = ["رويترز", "Getty", "الأناضول", "أ ف ب", "تويتر", "أرشيفية", "وكالات", "AFP"]
H_CREDITS = ["EPA", "أسوشيتد برس", "Shutterstock", "مواقع التواصل", "خاص"]
T_CAPTIONS = ["صورة أرشيفية", "صورة تعبيرية", "جانب من الحدث", "لقطة عامة للمدينة", "جانب من الاجتماع",
              "من موقع الحدث", "صورة من المؤتمر الصحفي", "مشهد عام من المنطقة", "جانب من الجلسة",
              "مسؤولون خلال الإعلان عن القرار", "من أجواء المباراة", "واجهة أحد المباني الحكومية"]
H_CAPTIONS = ["الصورة من الأرشيف", "لقطة من مكان الواقعة", "صورة مأخوذة من مقطع مصور", "جانب من الفعالية",
              "مشاركون في اللقاء", "منظر عام"]
T_COMMENTERS = ["أبو فهد", "مريم", "سالم العتيبي", "نورة", "خالد م.", "أم سارة", "زائر", "ياسر"]
H_COMMENTERS = ["مواطن غيور", "هدى ع.", "أبو يوسف", "قارئ دائم", "رامي", "سميرة ب."]
COMMENTS = [
    "شكرا على هذا التقرير المفصل، نتمنى متابعة الموضوع في الأيام القادمة.",
    "الموضوع مهم لكن ينقصه رأي المختصين من الجهة الأخرى.",
    "نحتاج إلى أفعال لا أقوال، سمعنا هذا الكلام كثيرا من قبل.",
    "خبر مفرح، والله يوفق الجميع.",
    "أتمنى أن تصل هذه الخدمات إلى القرى والمناطق البعيدة أيضا.",
    "أين الرقابة على الأسعار؟ المواطن هو من يدفع الثمن في النهاية.",
    "تحليل منطقي، وأتفق مع ما ورد في آخر الخبر.",
    "للأسف العنوان لا يعكس مضمون الخبر بدقة.",
    "متى يبدأ التطبيق الفعلي؟ لا يوجد تاريخ واضح في الخبر.",
    "كل التوفيق، وننتظر النتائج على أرض الواقع.",
]
STOP = set("في من على إلى عن مع بعد قبل بين حول خلال ضد عند منذ حتى أن إن لا لم لن ما هذا هذه ذلك تلك التي الذي الذين "
           "هو هي هم كان كانت يكون قد وقد كما أو ثم بل كل بعض غير أي".split())
CITIES = ["أبوظبي", "دبي", "القاهرة", "لندن", "واشنطن", "موسكو", "مدريد", "برلين", "الرياض", "روما", "برشلونة",
          "باريس", "بيروت", "بغداد", "دمشق", "عمان", "الرباط", "تونس", "الجزائر", "جدة", "الدوحة", "الكويت", "أنقرة",
          "إسطنبول", "طهران", "نيويورك", "جنيف", "بروكسل", "بكين", "طوكيو", "صنعاء", "عدن", "الخرطوم", "طرابلس",
          "المنامة", "مسقط", "غزة", "القدس", "رام الله", "مكة المكرمة", "المدينة المنورة", "الدمام", "أبها", "تبوك"]
AGENCY_CODES = {"رويترز": "Reuters", "د ب أ": "DPA", "د.ب.أ": "DPA", "أ ف ب": "AFP", "فرانس برس": "AFP",
                "واس": "SPA", "الأناضول": "Anadolu", "أ ب": "AP", "أسوشيتد برس": "AP", "وام": "WAM", "قنا": "QNA",
                "كونا": "KUNA", "سانا": "SANA", "وفا": "WAFA", "أ ش أ": "MENA", "بترا": "Petra", "شينخوا": "Xinhua",
                "إفي": "EFE"}
SITE_NAMES = {
    "aawsat": "الشرق الأوسط", "alriyadh": "الرياض", "aljazirah": "الجزيرة", "alyaum": "اليوم",
    "aleqtisadiya": "الاقتصادية", "okaz": "عكاظ", "alwatan": "الوطن", "almadina": "المدينة", "alweeam": "الوئام",
    "3alyoum": "عين اليوم", "sabq": "سبق", "was": "واس", "arreyadi": "الرياضي", "arriyadiyah": "الرياضية",
    "skynews": "سكاي نيوز عربية", "alarabia": "العربية", "france24": "فرانس 24", "BBC": "بي بي سي عربي",
    "CNN": "سي إن إن بالعربية", "Jawhara FM": "الجوهرة أف أم",
}
SECTIONS = {"culture": "ثقافة", "economy": "اقتصاد", "internationalNews": "دولي", "middleEast": "الشرق الأوسط",
            "sport": "رياضة", "technology": "تكنولوجيا", "localNews": "وطنية", "politic": "سياسة",
            "society": "مجتمع", "diverse": "منوعات"}

# ------------------------------------------------------------------ styles
# Component values: see render(). Lists are chosen from per document.
BASE = dict(widget=[None], title_repeats=[0], title_noise=[None], tab_title=False, nav=None, eng=None,
            breadcrumb=None, araby_ui=False, byline=False, publine=[None], caption=0.0, caption_fmt=["paren"],
            caption_vocab="T", caption_repeat=[0], lede=[None], lede_place=["glued"], headings=0.0,
            dateline=None, related=None, related_pos=["end"], sources=None, share=None, comments=None,
            footer=None, mostread=None, cookie=None, newsletter=False, advert=False, tags=None, noise=[],
            layout="blank", crlf=False, bom=False)

STYLES = {
    # ---------------- tune
    "araby": dict(split="tune", widget=["eg_doubled"], title_repeats=[1], araby_ui=True, caption=1.0,
                  caption_repeat=[1], lede=["abstract", "teaser", "promoted"], lede_place=["glued"], headings=0.6,
                  sources="two_line"),
    "gulf": dict(split="tune", nav="T_lines", publine=["nashr"], caption=0.8, share="T", byline=True,
                 dateline="T"),
    "egypt": dict(split="tune", nav="T_lines", byline=True, publine=["eg12"], related="T", related_pos=["end"]),
    "levant": dict(split="tune", widget=["lev"], nav="T_lines", caption=0.9, caption_fmt=["paren"], share="T",
                   dateline="T", headings=0.3),
    "levant_pair": dict(split="tune", widget=["lev_pair"], nav="T_lines", publine=["tarikh_ampm"], caption=0.7,
                        share="T", sources="one_line"),
    "numeric_en": dict(split="tune", widget=["dmy_slash"], eng="T", title_repeats=[0], caption=1.0,
                       lede=["abstract", "teaser"], lede_place=["before_caption"], related="T",
                       related_pos=["end"], advert=True),
    "oneline": dict(split="tune", widget=["eg"], nav="T_lines", caption=0.8, headings=0.5, mostread="T",
                    layout="none"),
    "doubleblank": dict(split="tune", widget=["eg_comma"], title_repeats=[1], caption=1.0,
                        lede=["abstract", "promoted"], lede_place=["before_caption"], related="T",
                        related_pos=["mid"], footer="T", layout="double"),
    "comments": dict(split="tune", widget=["eg"], caption=1.0, caption_repeat=[0, 1], lede=["teaser", "abstract"],
                     lede_place=["glued"], comments="T", footer="T", share="T"),
    "noisy": dict(split="tune", widget=["eg"], title_repeats=[1], title_noise=["tatweel", "pf"], caption=0.7,
                  noise=["nbsp", "zw"], crlf=True, bom=True, publine=["nashr"]),
    "breadcrumb": dict(split="tune", breadcrumb="T", publine=["nashr", "plain"], byline=True, tags="T_line",
                       caption=0.6, related="T", related_pos=["mid", "end"], headings=0.4),
    "cookie": dict(split="tune", cookie="T", widget=["eg", "lev"], caption=1.0, lede=["abstract", "teaser"],
                   lede_place=["before_caption"], newsletter=True, share="T"),
    "mixed_tune": dict(split="tune", mixed="T"),
    # ---------------- held out: every component variant below is unused by the tune styles
    "maghreb": dict(split="heldout", widget=["mag"], nav="H_lines", publine=["mag_saa"], caption=0.8,
                    caption_fmt=["pipe"], caption_vocab="H", related="H", related_pos=["mid"], share="H"),
    "morocco": dict(split="heldout", widget=["mar"], breadcrumb="H", publine=["mar_pub"], caption=0.8,
                    caption_fmt=["copyright"], caption_vocab="H", tags="H_lines", share="H", headings=0.4),
    "hijri": dict(split="heldout", widget=["hijri"], nav="H_inline", eng="H", byline=True, caption=0.9,
                  caption_fmt=["pipe"], caption_vocab="H", lede=["abstract", "teaser"], lede_place=["glued"],
                  dateline="H", footer="H"),
    "indic": dict(split="heldout", widget=["indic"], nav="H_inline", publine=["indic_num"], title_repeats=[1],
                  caption=0.6, caption_fmt=["copyright"], caption_vocab="H", mostread="H", noise=["nnbsp"]),
    "levshort_iso": dict(split="heldout", widget=["lev_short", "iso"], publine=["lev_update"], tab_title=True,
                         comments="H", cookie="H", layout="mixed", crlf=True, noise=["rlm"], sources="H",
                         caption=0.5, caption_fmt=["pipe"], caption_vocab="H"),
    "mixed_heldout": dict(split="heldout", mixed="H"),
}

TUNE_CHOICES = dict(widget=["eg", "eg_comma", "eg_doubled", "lev", "lev_pair", "dmy_slash", None],
                    publine=["nashr", "eg12", "tarikh_ampm", "plain", None], nav=["T_lines", None],
                    eng=["T", None], breadcrumb=["T", None], caption_fmt=["paren"], related=["T", None],
                    sources=["two_line", "one_line", None], share=["T", None], comments=["T", None],
                    footer=["T", None], mostread=["T", None], cookie=["T", None], tags=["T_line", None],
                    dateline=["T", None], noise=[[], ["nbsp"], ["zw"]], layout=["blank", "none", "double"])
HELD_CHOICES = dict(widget=["mag", "mar", "hijri", "indic", "iso", "lev_short", None],
                    publine=["mag_saa", "mar_pub", "indic_num", "dots", "lev_update", None],
                    nav=["H_lines", "H_inline", None], eng=["H", None], breadcrumb=["H", None],
                    caption_fmt=["pipe", "copyright"], related=["H", None], sources=["H", None],
                    share=["H", None], comments=["H", None], footer=["H", None], mostread=["H", None],
                    cookie=["H", None], tags=["H_lines", None], dateline=["H", None],
                    noise=[[], ["nnbsp"], ["rlm"]], layout=["blank", "mixed", "double"])

# The third split, `fresh`, lives in fresh_styles.py: styles nobody tunes on.
STYLES.update(fresh_styles.STYLES)
# The fourth, `fresh2`, in fresh2_styles.py: a second never-seen group.
STYLES.update(fresh2_styles.STYLES)
# The fifth, `fresh3`, in fresh3_styles.py: a third never-seen group.
STYLES.update(fresh3_styles.STYLES)
# The sixth, `fresh4`, in fresh4_styles.py: written before tuning on the others.
STYLES.update(fresh4_styles.STYLES)
# The seventh and eighth, `fresh5` and `fresh6`: two independent never-seen groups.
STYLES.update(fresh5_styles.STYLES)
STYLES.update(fresh6_styles.STYLES)
# The ninth, `fresh7`, in fresh7_styles.py: another sealed never-seen group.
STYLES.update(fresh7_styles.STYLES)
# The tenth, `fresh8`, in fresh8_styles.py: one more sealed never-seen group.
STYLES.update(fresh8_styles.STYLES)
# The eleventh, `fresh9`, in fresh9_styles.py: one more sealed never-seen group.
STYLES.update(fresh9_styles.STYLES)
# The twelfth, `fresh10`, in fresh10_styles.py: one more sealed never-seen group.
STYLES.update(fresh10_styles.STYLES)
# The thirteenth, `fresh11`, in fresh11_styles.py: one more sealed never-seen group.
STYLES.update(fresh11_styles.STYLES)
# The fourteenth, `fresh12`, in fresh12_styles.py: one more sealed never-seen group.
STYLES.update(fresh12_styles.STYLES)
# The fifteenth, `fresh13`, in fresh13_styles.py: one more sealed never-seen group.
STYLES.update(fresh13_styles.STYLES)
# The sixteenth, `fresh14`, in fresh14_styles.py: one more sealed never-seen group.
STYLES.update(fresh14_styles.STYLES)
# The seventeenth, `fresh15`, in fresh15_styles.py: one more sealed never-seen group.
STYLES.update(fresh15_styles.STYLES)
# The eighteenth, `fresh16`, in fresh16_styles.py: one more sealed never-seen group.
STYLES.update(fresh16_styles.STYLES)
# The nineteenth, `fresh17`, in fresh17_styles.py: one more sealed never-seen group.
STYLES.update(fresh17_styles.STYLES)
# The twentieth, `fresh18`, in fresh18_styles.py: one more sealed never-seen group.
STYLES.update(fresh18_styles.STYLES)
# The twenty-first, `fresh19`, in fresh19_styles.py: one more sealed never-seen group.
STYLES.update(fresh19_styles.STYLES)
# The twenty-second, `fresh20`, in fresh20_styles.py: one more sealed never-seen group.
STYLES.update(fresh20_styles.STYLES)
# The twenty-third, `fresh21`, in fresh21_styles.py: one more sealed never-seen group.
STYLES.update(fresh21_styles.STYLES)
# The twenty-fourth, `fresh22`, in fresh22_styles.py: one more sealed never-seen group.
STYLES.update(fresh22_styles.STYLES)
# The twenty-fifth, `fresh23`, in fresh23_styles.py: one more sealed never-seen group.
STYLES.update(fresh23_styles.STYLES)
# The twenty-sixth, `fresh24`, in fresh24_styles.py: one more sealed never-seen group.
STYLES.update(fresh24_styles.STYLES)
# The twenty-seventh, `fresh25`, in fresh25_styles.py: one more sealed never-seen group.
STYLES.update(fresh25_styles.STYLES)
# The twenty-eighth, `fresh26`, in fresh26_styles.py: one more sealed never-seen group.
STYLES.update(fresh26_styles.STYLES)
# The twenty-ninth, `fresh27`, in fresh27_styles.py: one more sealed never-seen group.
STYLES.update(fresh27_styles.STYLES)
# The thirtieth, `fresh28`, in fresh28_styles.py: one more sealed never-seen group.
STYLES.update(fresh28_styles.STYLES)
# The thirty-first, `fresh29`, in fresh29_styles.py: one more sealed never-seen group.
STYLES.update(fresh29_styles.STYLES)
# The thirty-second, `fresh30`, in fresh30_styles.py: one more sealed never-seen group.
STYLES.update(fresh30_styles.STYLES)
# The thirty-third, `fresh31`, in fresh31_styles.py: one more sealed never-seen group.
STYLES.update(fresh31_styles.STYLES)
# The thirty-fourth, `fresh32`, in fresh32_styles.py: one more sealed never-seen group.
STYLES.update(fresh32_styles.STYLES)
SPLITS = ("tune", "heldout", fresh_styles.SPLIT, fresh2_styles.SPLIT, fresh3_styles.SPLIT, fresh4_styles.SPLIT,
          fresh5_styles.SPLIT, fresh6_styles.SPLIT, fresh7_styles.SPLIT, fresh8_styles.SPLIT,
          fresh9_styles.SPLIT, fresh10_styles.SPLIT, fresh11_styles.SPLIT, fresh12_styles.SPLIT,
          fresh13_styles.SPLIT, fresh14_styles.SPLIT, fresh15_styles.SPLIT, fresh16_styles.SPLIT,
          fresh17_styles.SPLIT, fresh18_styles.SPLIT, fresh19_styles.SPLIT, fresh20_styles.SPLIT,
          fresh21_styles.SPLIT, fresh22_styles.SPLIT, fresh23_styles.SPLIT, fresh24_styles.SPLIT,
          fresh25_styles.SPLIT, fresh26_styles.SPLIT, fresh27_styles.SPLIT, fresh28_styles.SPLIT,
          fresh29_styles.SPLIT, fresh30_styles.SPLIT, fresh31_styles.SPLIT, fresh32_styles.SPLIT)
FRESH_MODULES = {fresh_styles.SPLIT: fresh_styles, fresh2_styles.SPLIT: fresh2_styles,
                 fresh3_styles.SPLIT: fresh3_styles, fresh4_styles.SPLIT: fresh4_styles,
                 fresh5_styles.SPLIT: fresh5_styles, fresh6_styles.SPLIT: fresh6_styles,
                 fresh7_styles.SPLIT: fresh7_styles, fresh8_styles.SPLIT: fresh8_styles,
                 fresh9_styles.SPLIT: fresh9_styles, fresh10_styles.SPLIT: fresh10_styles,
                 fresh11_styles.SPLIT: fresh11_styles, fresh12_styles.SPLIT: fresh12_styles,
                 fresh13_styles.SPLIT: fresh13_styles, fresh14_styles.SPLIT: fresh14_styles,
                 fresh15_styles.SPLIT: fresh15_styles, fresh16_styles.SPLIT: fresh16_styles,
                 fresh17_styles.SPLIT: fresh17_styles, fresh18_styles.SPLIT: fresh18_styles,
                 fresh19_styles.SPLIT: fresh19_styles, fresh20_styles.SPLIT: fresh20_styles,
                 fresh21_styles.SPLIT: fresh21_styles, fresh22_styles.SPLIT: fresh22_styles,
                 fresh23_styles.SPLIT: fresh23_styles, fresh24_styles.SPLIT: fresh24_styles,
                 fresh25_styles.SPLIT: fresh25_styles, fresh26_styles.SPLIT: fresh26_styles,
                 fresh27_styles.SPLIT: fresh27_styles, fresh28_styles.SPLIT: fresh28_styles,
                 fresh29_styles.SPLIT: fresh29_styles, fresh30_styles.SPLIT: fresh30_styles,
                 fresh31_styles.SPLIT: fresh31_styles, fresh32_styles.SPLIT: fresh32_styles}


def style_spec(name, rng):
    if STYLES[name]["split"] in FRESH_MODULES:
        return FRESH_MODULES[STYLES[name]["split"]].style_spec(name, rng)
    spec = dict(BASE)
    spec.update(STYLES[name])
    mixed = spec.pop("mixed", None)
    if mixed:
        choices = TUNE_CHOICES if mixed == "T" else HELD_CHOICES
        for k, opts in choices.items():
            v = rng.choice(opts)
            spec[k] = [v] if k in ("widget", "publine", "caption_fmt") else v
        spec["title_repeats"] = [0, 1, 2]
        spec["caption"] = 0.7
        spec["caption_repeat"] = [0, 1]
        spec["caption_vocab"] = mixed
        spec["lede"] = [None, "abstract", "teaser", "promoted"]
        spec["lede_place"] = ["glued", "before_caption"]
        spec["headings"] = 0.4
        spec["byline"] = rng.random() < 0.5
        spec["related_pos"] = ["mid", "end"]
        spec["newsletter"] = mixed == "T" and rng.random() < 0.3
        spec["advert"] = mixed == "T" and rng.random() < 0.3
        if mixed == "T":
            spec["title_noise"] = [None, None, "tatweel", "pf"]
            spec["crlf"] = rng.random() < 0.2
            spec["bom"] = rng.random() < 0.2
            spec["araby_ui"] = rng.random() < 0.3
        else:
            spec["tab_title"] = rng.random() < 0.5
            spec["crlf"] = rng.random() < 0.2
    return spec


# ------------------------------------------------------------------ corpus
def read_jsonl_zst(path):
    try:
        import zstandard  # type: ignore
        with open(path, "rb") as fh:
            reader = io.TextIOWrapper(zstandard.ZstdDecompressor().stream_reader(fh), encoding="utf-8")
            for line in reader:
                if line.strip():
                    yield json.loads(line)
        return
    except ImportError:
        pass
    if not shutil.which("zstd"):
        sys.exit("need the python module zstandard or the zstd command")
    proc = subprocess.Popen(["zstd", "-dc", path], stdout=subprocess.PIPE)
    for line in io.TextIOWrapper(proc.stdout, encoding="utf-8"):
        if line.strip():
            yield json.loads(line)
    proc.wait()


def clean_lines(text):
    out = []
    for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = re.sub(r"\s+", " ", line).strip()
        if line:
            out.append(line)
    return out


def parse_time(value):
    """(date, (hh, mm) or None) from an ANT time field."""
    if not value:
        return None, None
    value = value.strip()
    m = re.match(r"^(\d{2})/(\d{2})/(\d{4})$", value)
    if m:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1))), None
    try:
        dt = datetime.datetime.fromisoformat(value)
        return dt.date(), (dt.hour, dt.minute)
    except ValueError:
        pass
    try:
        dt = email.utils.parsedate_to_datetime(value)
        return dt.date(), (dt.hour, dt.minute)
    except (TypeError, ValueError):
        return None, None


def load(corpus_dir, sources, n, rng):
    """Reads every record, shuffles, and keeps the first n usable articles."""
    raw = []
    for key in sources:
        path = os.path.join(corpus_dir, CORPORA[key])
        if not os.path.exists(path):
            sys.exit(f"missing corpus file {path}")
        for rec in read_jsonl_zst(path):
            raw.append((key, rec))
    rng.shuffle(raw)
    docs = []
    for key, rec in raw:
        if len(docs) >= n:
            break
        title = re.sub(r"\s+", " ", rec.get("title") or "").strip()
        if key == "snn":
            paras = clean_lines(rec.get("content"))
            crawl = datetime.date.fromisoformat(rec["date_extracted"][:10])
            pub, tm = None, None
            abstract = ""
            site = SITE_NAMES.get(rec.get("source"), rec.get("source"))
            ident = rec.get("url")
            cat = None
        else:
            paras = clean_lines(rec.get("text"))
            pub, tm = parse_time(rec.get("time"))
            if pub is None:
                continue
            crawl = pub + datetime.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 5]))
            abstract = re.sub(r"\s+", " ", rec.get("abstract") or "").strip()
            site = SITE_NAMES.get(rec.get("src"), rec.get("src") or "")
            ident = rec.get("docno")
            cat = rec.get("cat")
        if not title or not paras:
            continue
        if sum(len(p.split()) for p in paras) < 30:
            continue
        ftitle = fold(title)
        if any(fold(p) == ftitle for p in paras):
            continue  # a body line equal to the title is ambiguous by construction
        docs.append(dict(corpus=key, id=ident, title=title, paras=paras, abstract=abstract,
                         author=re.sub(r"\s+", " ", rec.get("author") or "").strip(), crawl=crawl, pub=pub,
                         time=tm, site=site, cat=cat))
    return docs


# --------------------------------------------------------------- rendering
RIGHT_JOIN = set("اأإآدذرزوؤةٱ")
DUAL = set("بتثجحخسشصضطظعغفقكلمنهيئى")


def _joins(ch):
    if ch == "\u0640":
        return True
    return "\u0620" <= ch <= "\u064a" and ch != "ء"


def _form(ch, f):
    try:
        return unicodedata.lookup(unicodedata.name(ch) + " " + f + " FORM")
    except (KeyError, ValueError):
        return ch


def presentation_forms(text):
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if not _joins(ch):
            out.append(ch)
            i += 1
            continue
        prev = text[i - 1] if i else ""
        pj = bool(prev) and _joins(prev) and prev not in RIGHT_JOIN
        if ch == "ل" and i + 1 < len(text) and text[i + 1] in "اأإآ":
            lig = {"ا": 0xFEFB, "أ": 0xFEF7, "إ": 0xFEF9, "آ": 0xFEF5}[text[i + 1]]
            out.append(chr(lig + 1 if pj else lig))
            i += 2
            continue
        nxt = text[i + 1] if i + 1 < len(text) else ""
        nj = bool(nxt) and _joins(nxt) and ch not in RIGHT_JOIN
        out.append(_form(ch, "MEDIAL" if pj and nj else "FINAL" if pj else "INITIAL" if nj else "ISOLATED"))
        i += 1
    return "".join(out)


def add_tatweel(text, rng):
    chars = list(text)
    spots = [i for i in range(len(chars) - 1) if chars[i] in DUAL and "\u0621" <= chars[i + 1] <= "\u064a"]
    for i in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 3))), reverse=True):
        chars.insert(i + 1, "\u0640" * rng.randint(1, 3))
    return "".join(chars)


def noisy(text, kinds, rng):
    if "nbsp" in kinds:
        text = "".join("\u00a0" if c == " " and rng.random() < 0.15 else c for c in text)
    if "nnbsp" in kinds:
        text = "".join(rng.choice(["\u202f", "\u2009"]) if c == " " and rng.random() < 0.12 else c for c in text)
    if "zw" in kinds:
        text = re.sub(r"(\d+(?:[.,]\d+)?)", lambda m: "\u200e" + m.group(1) + "\u200e" if rng.random() < 0.5
                      else m.group(1), text)
        ws = text.split(" ")
        for _ in range(rng.randint(0, 2)):
            k = rng.randrange(len(ws))
            w = ws[k]
            if len(w) > 3:
                p = rng.randint(1, len(w) - 1)
                ws[k] = w[:p] + "\u200b" + w[p:]
        text = " ".join(ws)
    if "rlm" in kinds:
        text = re.sub(r"([.،:])(\s)", lambda m: m.group(1) + ("\u200f" if rng.random() < 0.4 else "") + m.group(2),
                      text)
    return text


def fmt_widget(fmt, d):
    wd, y, m, day = WD[d.weekday()], d.year, d.month - 1, d.day
    if fmt == "eg":
        return f"{wd} {day} {EG[m]} {y}"
    if fmt == "eg_comma":
        return f"{wd}، {day:02d} {EG[m]} {y}"
    if fmt == "eg_doubled":
        return f"{wd} {day} {EG[m]} / {EG[m]} {y}"
    if fmt == "lev":
        return f"{wd} {day} {LEV[m]} {y}"
    if fmt == "lev_pair":
        return f"{wd} {day} {LEV[m]}/{EG[m]} {y}"
    if fmt == "dmy_slash":
        return f"{day:02d}/{m + 1:02d}/{y}"
    if fmt == "mag":
        return f"{wd} {day} {MAG[m]} {y}"
    if fmt == "mar":
        return f"{wd} {day} {MAR[m]} {y}"
    if fmt == "hijri":
        hy, hm, hd = hijri(d)
        return f"{wd} {hd} {HIJ[hm - 1]} {hy} هـ الموافق {day} {EG[m]} {y} م"
    if fmt == "indic":
        return f"{wd} {day} {EG[m]} {y}".translate(INDIC)
    if fmt == "iso":
        return d.isoformat()
    if fmt == "lev_short":
        return f"{wd} {day} {LEV_SHORT[m]} {y}"
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng):
    """Lines stating the publication time, and the truth value (date or date-time)."""
    wd, y, m, day = WD[d.weekday()], d.year, d.month - 1, d.day
    truth = d.isoformat() + (f"T{tm[0]:02d}:{tm[1]:02d}" if tm else "")
    if tm:
        hh, mi = tm
        ampm_ar = "م" if hh >= 12 else "ص"
        ampm_en = "PM" if hh >= 12 else "AM"
    if fmt == "nashr":
        return [f"نشر في: {day} {EG[m]} {y}" + (f" - {hh:02d}:{mi:02d}" if tm else "")], truth
    if fmt == "eg12":
        return [f"{wd}، {day:02d} {EG[m]} {y}" + (f" {h12(hh):02d}:{mi:02d} {ampm_ar}" if tm else "")], truth
    if fmt == "tarikh_ampm":
        return [f"تاريخ النشر: {day:02d}-{m + 1:02d}-{y}" + (f" {h12(hh):02d}:{mi:02d} {ampm_en}" if tm else "")], truth
    if fmt == "plain":
        return [f"{wd} {day} {EG[m]} {y}"], d.isoformat()
    if fmt == "mag_saa":
        return [f"نُشر في {day} {MAG[m]} {y}" + (f" على الساعة {hh:02d}:{mi:02d}" if tm else "")], truth
    if fmt == "mar_pub":
        return [f"{wd} {day} {MAR[m]} {y}" + (f" - {hh:02d}:{mi:02d}" if tm else "")], truth
    if fmt == "indic_num":
        s = f"نشر بتاريخ: {day:02d}/{m + 1:02d}/{y}" + (f" - {h12(hh):02d}:{mi:02d} {ampm_ar}" if tm else "")
        return [s.translate(INDIC)], truth
    if fmt == "dots":
        return [f"{day:02d}.{m + 1:02d}.{y}" + (f" | {hh:02d}:{mi:02d}" if tm else "")], truth
    if fmt == "lev_update":
        upd = d + datetime.timedelta(days=rng.choice([0, 0, 1]))
        return [f"تاريخ النشر: {day} {LEV[m]} {y}",
                f"آخر تحديث: {upd.day} {LEV[upd.month - 1]} {upd.year}"], d.isoformat()
    raise ValueError(fmt)


def sentences(p):
    return [s for s in re.split(r"(?<=[.!؟?])\s+", p) if s]


def heading_from(p, rng):
    toks = p.split()
    n = rng.randint(3, 6)
    if len(toks) < n + 2:
        return None
    starts = list(range(1, len(toks) - n))
    rng.shuffle(starts)
    for s in starts[:8]:
        win = toks[s:s + n]
        if all(re.fullmatch(r"[\u0621-\u064a\u0640\u064b-\u0652]+", w) for w in win) and win[0] not in STOP \
                and win[-1] not in STOP:
            return " ".join(win)
    return None


def dateline_parts(author):
    m = re.match(r"^(.+?)\s*[-–ـ:]\s*(.+)$", author or "")
    if not m or m.group(1).strip() not in CITIES:
        return None
    return m.group(1).strip(), m.group(2).strip()


def tags_from(title, rng):
    ws = [w.strip("«»\"'.,،:؛!؟()") for w in title.split()]
    ws = [w for w in ws if len(w) >= 4 and w not in STOP and not re.search(r"\d", w)]
    rng.shuffle(ws)
    return list(dict.fromkeys(ws))[: rng.randint(2, 4)]


def body_blocks(paras, spec, rng):
    """The body's blocks: the paragraphs, with headings made from some of
    them (`spec["headings"]` is the chance). Shared by every style module."""
    blocks = [{"type": "paragraph", "text": p} for p in paras]
    if rng.random() < spec["headings"] and len(paras) >= 5:
        spots = rng.sample(range(2, len(paras)), min(rng.randint(1, 3), len(paras) - 2))
        for i in sorted(spots, reverse=True):
            h = heading_from(paras[i], rng)
            if h:
                blocks.insert(i, {"type": "heading", "text": h})
    return blocks


def choose_lede(mode, doc, paras):
    """The lede for lede mode `mode`, falling back abstract -> teaser ->
    promoted -> none: (summary, mode used). A promoted lede is popped from
    `paras`. Shared by every style module."""
    summary = None
    if mode == "abstract":
        ab = doc["abstract"]
        fps = {fold(p) for p in paras}
        if ab and fold(ab) not in fps and not any(fold(p).startswith(fold(ab)) for p in paras) \
                and len(ab.split()) >= 6:
            summary = ab
        else:
            mode = "teaser"
    if mode == "teaser":
        ss = sentences(paras[0])
        # A teaser is a sentence; a dateline line (`القاهرة … واس`) is not one.
        if len(ss) >= 2 and 6 <= len(ss[0].split()) <= 45 and re.search(r"[.!?؟…]$", ss[0].strip()):
            summary = ss[0]
        else:
            mode = "promoted"
    if mode == "promoted":
        if len(paras) >= 3 and len(paras[0].split()) <= 60:
            summary = paras.pop(0)
        else:
            mode = None
    return summary, mode


def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict)."""
    groups = []  # list of (kind, [lines])
    chrome = []
    comp = {}

    def pick(key):
        v = rng.choice(spec[key])
        comp[key] = v
        return v

    def add(kind, lines, is_chrome=True):
        groups.append((kind, lines))
        if is_chrome:
            chrome.extend(lines)

    title = doc["title"]
    paras = list(doc["paras"])
    truth = dict(title=title, page_date=None, published=None, summary=None, images=[], sources=[], agencies=[],
                 tags=[], dateline=None)

    # lede
    summary, lede_mode = choose_lede(pick("lede"), doc, paras)
    comp["lede"] = lede_mode
    lede_place = pick("lede_place")

    # dateline in the first paragraph
    dl = dateline_parts(doc["author"]) if spec["dateline"] else None
    byline_used = False
    if dl and paras and summary != paras[0]:
        place, rest = dl
        if spec["dateline"] == "T":
            paras[0] = f"{place} - {rest}: {paras[0]}"
        else:
            paras[0] = f"{place} ـ {rest} ـ {paras[0]}"
        truth["dateline"] = place
        code = AGENCY_CODES.get(rest)
        if code:
            truth["agencies"].append(code)
        byline_used = True
        comp["dateline"] = spec["dateline"]

    # header
    if spec["cookie"] == "T":
        add("cookie", ["يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربة التصفح وتحليل الزيارات، وباستمرارك في "
                       "التصفح فإنك توافق على ذلك.", "موافق", "إدارة التفضيلات"])
    elif spec["cookie"] == "H":
        add("cookie", ["We use cookies to improve your experience on our site.", "Accept all", "Reject"])
    if spec["tab_title"]:
        add("tab", [f"{title} | {doc['site']}"])
    wfmt = pick("widget")
    if wfmt:
        add("widget", [fmt_widget(wfmt, doc["crawl"])])
        truth["page_date"] = doc["crawl"].isoformat()
    if spec["eng"] == "T":
        add("eng", list(T_ENG_TOP))
    elif spec["eng"] == "H":
        add("eng", rng.sample(H_ENG_TOP, 3))
    if spec["nav"]:
        vocab = T_NAV if spec["nav"].startswith("T") else H_NAV
        items = rng.sample(vocab, rng.randint(4, 8))
        if spec["nav"].endswith("inline"):
            add("nav", [rng.choice([" | ", "  ", " - "]).join(items)])
        else:
            add("nav", items)
    if spec["breadcrumb"]:
        sec = SECTIONS.get(doc["cat"] or "", "أخبار")
        if spec["breadcrumb"] == "T":
            add("crumb", [f"الرئيسية > {sec} > {rng.choice(['عربي', 'دولي', 'محلي', 'تقارير'])}"])
        else:
            add("crumb", [rng.choice([f"الرئيسية » {sec}", f"الرئيسية / {sec} / متابعات"])])

    tnoise = pick("title_noise")
    shown = title
    if tnoise == "tatweel":
        shown = add_tatweel(title, rng)
    elif tnoise == "pf" and not re.search("[\u064b-\u0652]", title):
        shown = presentation_forms(title)
    if "nbsp" in spec["noise"]:
        shown = noisy(shown, ["nbsp"], rng)
    add("title", [shown], is_chrome=False)
    for _ in range(pick("title_repeats")):
        add("title_repeat", [title])
    if spec["araby_ui"]:
        add("ui", ["Changed"])
    if spec["byline"] and doc["author"] and not byline_used:
        add("byline", [doc["author"]])
    pfmt = pick("publine")
    if pfmt and doc["pub"]:
        lines, val = fmt_publine(pfmt, doc["pub"], doc["time"], rng)
        add("publine", lines)
        truth["published"] = val

    # image
    cap_group = []
    if rng.random() < spec["caption"]:
        vocab_caps = T_CAPTIONS if spec["caption_vocab"] == "T" else H_CAPTIONS
        credits = T_CREDITS if spec["caption_vocab"] == "T" else H_CREDITS
        if rng.random() < 0.25:
            tw = [w for w in title.split() if not re.search(r"[«»\"':؟?!.،]", w)]
            cap = " ".join(tw[: rng.randint(3, 6)]) if len(tw) >= 4 else rng.choice(vocab_caps)
            if fold(cap) == fold(title):
                cap = rng.choice(vocab_caps)
        else:
            cap = rng.choice(vocab_caps)
        credit = rng.choice(credits)
        cfmt = pick("caption_fmt")
        line = {"paren": f"{cap} ({credit})", "pipe": f"{cap} | {credit}", "copyright": f"{cap} © {credit}"}[cfmt]
        cap_group = [line] * (1 + pick("caption_repeat"))
        truth["images"].append({"caption": cap, "credit": credit})
        chrome.append(line)
    if summary and not cap_group:
        lede_place = "before_caption"
        if lede_mode == "promoted" and not (dl and paras):
            # A first paragraph with nothing to set it apart (no caption
            # between it and the body, no dateline opening the body) reads
            # as the first paragraph in a dump: no editor could call it a
            # lede, so the truth does not either.
            paras.insert(0, summary)
            summary = None
    if summary and lede_place == "before_caption":
        add("lede", [summary], is_chrome=False)
    if cap_group:
        if summary and lede_place == "glued":
            add("caption", cap_group + [summary], is_chrome=False)
        else:
            add("caption", cap_group, is_chrome=False)
    truth["summary"] = summary
    comp["lede_place"] = lede_place if summary else None
    if spec["eng"] == "T":
        add("eng", ["Share"])

    # body
    blocks = body_blocks(paras, spec, rng)
    body_fold = " " + fold(" ".join(b["text"] for b in blocks)) + " "
    mid_inserts = []
    rel_titles = [o for o in rng.sample(others, 6) if fold(o) != fold(title)][: rng.randint(2, 4)]
    rel_pos = pick("related_pos") if spec["related"] else None
    if spec["related"]:
        label = rng.choice(T_RELATED if spec["related"] == "T" else H_RELATED)
        rel_lines = [label] + rel_titles
        if rel_pos == "mid" and len(blocks) >= 3:
            mid_inserts.append(("related", rel_lines))
        else:
            rel_pos = "end"
    if spec["newsletter"] and len(blocks) >= 3:
        mid_inserts.append(("newsletter", ["اشترك في النشرة البريدية", "أهم الأخبار في بريدك كل صباح",
                                           "أدخل بريدك الإلكتروني", "اشتراك"]))
    if spec["advert"] and len(blocks) >= 2:
        mid_inserts.append(("advert", ["Advertisement"]))
    positions = {}
    for kind, lines in mid_inserts:
        positions.setdefault(rng.randint(1, len(blocks) - 1), []).append((kind, lines))
    nkinds = spec["noise"]
    for i, b in enumerate(blocks):
        for kind, lines in positions.get(i, []):
            add(kind, lines)
        text = noisy(b["text"], nkinds, rng) if nkinds else b["text"]
        add("body", [text], is_chrome=False)

    # after the body
    if spec["sources"]:
        srcs = [doc["site"]]
        if truth["agencies"] and dl:
            srcs.append(dl[1])
        elif rng.random() < 0.5:
            srcs.append(rng.choice(["وكالات", "رويترز", "أ ف ب", "الأناضول"]))
        srcs = list(dict.fromkeys(srcs))
        if spec["sources"] == "two_line":
            add("sources", ["المصادر:", "، ".join(srcs)])
        elif spec["sources"] == "one_line":
            add("sources", [("المصدر: " if len(srcs) == 1 else "المصادر: ") + "، ".join(srcs)])
        else:
            add("sources", ["المصدر : " + " / ".join(srcs)])
        truth["sources"] = srcs
        for s in srcs:
            if AGENCY_CODES.get(s):
                truth["agencies"].append(AGENCY_CODES[s])
    if spec["tags"]:
        tags = tags_from(title, rng)
        if tags:
            if spec["tags"] == "T_line":
                add("tags", ["الكلمات المفتاحية: " + "، ".join(tags)])
            else:
                add("tags", ["الوسوم"] + tags)
            truth["tags"] = tags
    if spec["araby_ui"]:
        add("ui", ["شارك القصة"])
        add("ui", ["تابع القراءة", "Close"])
    if spec["share"] == "T":
        add("share", rng.sample(T_SHARE, rng.randint(3, 5)))
    elif spec["share"] == "H":
        add("share", rng.sample(H_SHARE, rng.randint(3, 5)))
    if spec["eng"] == "T":
        add("eng", ["Read more"] + rel_titles[:2] + ["Close"])
    elif spec["eng"] == "H":
        add("eng", rng.sample(H_ENG_BOTTOM, 2))
    if spec["related"] and rel_pos == "end":
        add("related", rel_lines)
    if spec["comments"]:
        n = rng.randint(1, 4)
        if spec["comments"] == "T":
            lines = [f"التعليقات ({n})", "أضف تعليقك"]
            for _ in range(n):
                lines += [rng.choice(T_COMMENTERS), f"منذ {rng.randint(2, 10)} ساعات", rng.choice(COMMENTS)]
        else:
            lines = [f"آراء القراء ({n})", "اترك تعليقًا"]
            for _ in range(n):
                dd = doc["crawl"]
                lines += [f"{rng.choice(H_COMMENTERS)} - {dd.day:02d}/{dd.month:02d}/{dd.year}", rng.choice(COMMENTS)]
        add("comments", lines)
    if spec["mostread"]:
        items = [o for o in rng.sample(others, 7) if fold(o) != fold(title)][:5]
        if spec["mostread"] == "T":
            lines = ["الأكثر قراءة"]
            for k, t in enumerate(items, 1):
                lines += [str(k), t]
        else:
            lines = [rng.choice(["الأكثر تفاعلًا", "الأكثر تداولًا"])] + [f"{k}. {t}" for k, t in enumerate(items, 1)]
        add("mostread", lines)
    if spec["footer"] == "T":
        add("footer", ["من نحن", "اتصل بنا", "سياسة الخصوصية", f"© {doc['crawl'].year} جميع الحقوق محفوظة"])
    elif spec["footer"] == "H":
        add("footer", ["عن الموقع", "للإعلان", "خريطة الموقع",
                       f"جميع الحقوق محفوظة لـ{doc['site']} © {doc['crawl'].year}"])

    # layout
    layout = spec["layout"]
    out = []
    for gi, (kind, lines) in enumerate(groups):
        if gi:
            if layout == "blank":
                out.append("")
            elif layout == "double":
                out += ["", ""]
            elif layout == "mixed":
                out += rng.choice([[""], ["", ""], [" "]])
        out += lines
    text = "\n".join(out) + "\n"
    if spec["crlf"]:
        text = text.replace("\n", "\r\n")
    if spec["bom"]:
        text = "\ufeff" + text
    comp.update(layout=layout, crlf=spec["crlf"], bom=spec["bom"], noise=nkinds,
                kinds=[k for k, _ in groups if k != "body"])

    # chrome strings that must not reach the body text; skip those that also occur in the body
    checked = []
    for c in chrome:
        f = fold(c)
        if len(f) >= 3 and f" {f} " not in body_fold and c not in checked:
            checked.append(display(c))
    truth["agencies"] = sorted(set(truth["agencies"]))
    truth.update(blocks=blocks, paragraphs=[b["text"] for b in blocks if b["type"] == "paragraph"],
                 headings=[b["text"] for b in blocks if b["type"] == "heading"], chrome=checked, style=style,
                 split=STYLES[style]["split"], components=comp, corpus=doc["corpus"], doc_id=doc["id"])
    return text, truth


fresh_styles.bind(sys.modules[__name__])
fresh2_styles.bind(sys.modules[__name__])
fresh3_styles.bind(sys.modules[__name__])
fresh4_styles.bind(sys.modules[__name__])
fresh5_styles.bind(sys.modules[__name__])
fresh6_styles.bind(sys.modules[__name__])
fresh7_styles.bind(sys.modules[__name__])
fresh8_styles.bind(sys.modules[__name__])
fresh9_styles.bind(sys.modules[__name__])
fresh10_styles.bind(sys.modules[__name__])
fresh11_styles.bind(sys.modules[__name__])
fresh12_styles.bind(sys.modules[__name__])
fresh13_styles.bind(sys.modules[__name__])
fresh14_styles.bind(sys.modules[__name__])
fresh15_styles.bind(sys.modules[__name__])
fresh16_styles.bind(sys.modules[__name__])
fresh17_styles.bind(sys.modules[__name__])
fresh18_styles.bind(sys.modules[__name__])
fresh19_styles.bind(sys.modules[__name__])
fresh20_styles.bind(sys.modules[__name__])
fresh21_styles.bind(sys.modules[__name__])
fresh22_styles.bind(sys.modules[__name__])
fresh23_styles.bind(sys.modules[__name__])
fresh24_styles.bind(sys.modules[__name__])
fresh25_styles.bind(sys.modules[__name__])
fresh26_styles.bind(sys.modules[__name__])
fresh27_styles.bind(sys.modules[__name__])
fresh28_styles.bind(sys.modules[__name__])
fresh29_styles.bind(sys.modules[__name__])
fresh30_styles.bind(sys.modules[__name__])
fresh31_styles.bind(sys.modules[__name__])
fresh32_styles.bind(sys.modules[__name__])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_corpus = os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "corpus"))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", help="default ~/.cache/ghirbal-bench/textdump (textdump-fresh / -fresh2 / ... / "
                                  "-fresh32 with --styles fresh / fresh2 / ... / fresh32)")
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--styles", default="all",
                    help="tune, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, "
                         "fresh10, fresh11, fresh12, fresh13, fresh14, fresh15, fresh16, fresh17, fresh18, "
                         "fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28, "
                         "fresh29, fresh30, fresh31, fresh32, all (= tune and heldout), or a comma list of style "
                         "names")
    ap.add_argument("--corpus", default=os.environ.get("GHIRBAL_CORPUS", default_corpus))
    ap.add_argument("--sources", default="snn,ant,jawhara")
    ap.add_argument("--list-styles", action="store_true")
    args = ap.parse_args()

    if args.list_styles:
        for name, s in STYLES.items():
            print(f"{s['split']:8s} {name}")
        return
    if args.styles in SPLITS:
        styles = [s for s, v in STYLES.items() if v["split"] == args.styles]
    elif args.styles == "all":
        # tune and held-out only: the fresh splits are generated on their own
        # (--styles fresh, fresh2, ..., fresh32), so that default runs never show their dumps
        styles = [s for s, v in STYLES.items() if v["split"] not in FRESH_MODULES]
    else:
        styles = [s.strip() for s in args.styles.split(",") if s.strip()]
        for s in styles:
            if s not in STYLES:
                sys.exit(f"unknown style {s}; --list-styles shows them")
    if not args.out:
        args.out = "~/.cache/ghirbal-bench/textdump" + (f"-{args.styles}" if args.styles in FRESH_MODULES else "")
    out = os.path.abspath(os.path.expanduser(args.out))
    repo = os.path.normpath(os.path.join(here, "..", ".."))
    if out == repo or out.startswith(repo + os.sep):
        sys.exit(f"refusing to write into the repository ({out}); pick a directory outside it")
    if not os.path.isdir(args.corpus):
        sys.exit(f"no corpus directory {args.corpus} (set --corpus or GHIRBAL_CORPUS)")

    rng = random.Random(args.seed)
    docs = load(args.corpus, [s.strip() for s in args.sources.split(",")], args.n, rng)
    titles = [d["title"] for d in rng.sample(docs, min(len(docs), 3000))]
    dump_dir = os.path.join(out, "dumps")
    if os.path.isdir(dump_dir):
        for f in os.listdir(dump_dir):
            if f.endswith(".txt"):
                os.remove(os.path.join(dump_dir, f))
    os.makedirs(dump_dir, exist_ok=True)
    counts = {}
    nbytes = 0
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as tf:
        for i, doc in enumerate(docs):
            style = styles[i % len(styles)]
            drng = random.Random(f"{args.seed}:{i}:{style}")
            spec = style_spec(style, drng)
            mod = FRESH_MODULES.get(STYLES[style]["split"])
            text, truth = (mod.render if mod else render)(doc, style, spec, titles, drng)
            name = f"{i:05d}_{style}.txt"
            data = text.encode("utf-8")
            with open(os.path.join(dump_dir, name), "wb") as fh:
                fh.write(data)
            nbytes += len(data)
            truth = dict(input=name, **truth)
            tf.write(json.dumps(truth, ensure_ascii=False) + "\n")
            counts[style] = counts.get(style, 0) + 1
    meta = dict(n=len(docs), seed=args.seed, styles=styles, sources=args.sources, bytes=nbytes,
                split={s: STYLES[s]["split"] for s in styles})
    with open(os.path.join(out, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(docs)} dumps ({nbytes / 1e6:.1f} MB) to {dump_dir}")
    for s in styles:
        print(f"  {STYLES[s]['split']:8s} {s:14s} {counts.get(s, 0)}")


if __name__ == "__main__":
    main()
