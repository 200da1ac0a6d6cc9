"""The `fresh5` split of the text-dump benchmark: a fifth never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh5 --n 2000 --seed 19
    python3 bench/textdump/score_dumps.py --split fresh5 --truth ... --pred ...

Written by someone who has not read the extractor, as one of two new
independent groups (with `fresh6`). This one will be opened and tuned on by
the extractor's author after its first measurement; `fresh6` stays sealed.
Its components share nothing with fresh6's (nor with the tune, held-out,
fresh, fresh2, fresh3 and fresh4 components, as far as their generators show).
Once anything here has shaped the extractor, the split no longer measures
unseen layouts.

The eight styles imitate text dumps of kinds of sites the other splits do not
(a Qatari daily, a pan-Maghreb football portal, a Gulf markets portal, a
Lebanese TV channel's news pages, an Emirati government media office's press
releases, an opinion-column platform, a Syrian local news network, and a
per-document random draw of all of these components). Every component was
written for this module; site names, people and the vocabulary are invented.
The corpus texts, the lede choice (abstract / teaser / promoted first
paragraph), the inserted headings and the other articles' titles in related
blocks are the gen_dumps.py ones.

New here: a header date widget stacked one part a line (weekday, day, month,
year), a Gregorian date with its Hijri date after `الموافق` (no `هـ`),
Arabic-Indic dashed numeric dates, dotted numeric Gregorian/Hijri pairs,
English abbreviated dates, Syrian dates with a comma before the year; weather
strips one region and one temperature a line, live-score and market strips,
accessibility bars; publication lines labelled `تاريخ الإدراج:`, `نشر … في
الساعة`, `منشور` after an `محدّث` update line, key/value lines (`التاريخ` then
the date on the next line), unlabeled numeric `dd-mm-yyyy | HH:MM`, a date
with `بتوقيت دمشق`; overline kickers, `كتب:`/`تحليل:` bylines, a bare author
name over a handle; captions with the credit in guillemets, bracketed
`[caption — credit]`, `تصوير/ credit`, an `Image:` line; `city/ agency:`
datelines; `اقرأ في السياق:` and 🔗 links, Instagram embed fallbacks, audio
players, reader polls, match cards, share-price boxes, `* * *` dividers;
standings and market tables, fan comments, TV schedules, press-office
contacts; layouts with bulleted paragraphs and with every line right-aligned
(print-to-text of a press release); ZWJ inside words and Arabic-Indic digits
in the body.

The truth follows gen_dumps.py and the golden fixtures. Cases they leave open:

- title: the corpus title, once, also when the right-aligned layout wraps it
  over two lines. A kicker line above it is chrome.
- page_date: the date of the header widget before the title (the crawl day),
  whatever its form, also when stacked over four lines. With two calendars it
  is the Gregorian date. Market status, weather and scores are no date.
- published: the date of the publication line (with `THH:MM` when it shows a
  time), whatever its label or none; in a key/value block, the value under
  `التاريخ` with the time under `الوقت`. An update line (`محدّث`, `تم
  التعديل:`, `آخر تحديث`) is no publication date, even when it comes first;
  a relative time (`منذ 3 ساعات`) alone is no date: null.
- summary: a deck under the title (or under the kicker-title pair), or a lede
  after the meta lines, or after the caption. A lede with nothing between it
  and the body (no meta line, caption or chrome line, no dateline opening the
  body) stays a lede only when it is a teaser that the first paragraph
  repeats; a promoted first paragraph or an abstract there reads as the first
  paragraph and goes into the body. A first paragraph under 8 words (a
  leftover site line such as `عين اليوم – موسكو`) is never promoted to a lede.
- blocks: the corpus paragraphs whatever the layout: a bullet (`• `) before a
  paragraph, right-aligned hard-wrapped lines, Arabic-Indic digits and ZWJ do
  not change it; a wrapped paragraph is one paragraph. `* * *` dividers are
  no blocks.
- images: the caption without its credit and marks; the credit as written.
- sources: the items of a bracketed `[المصدر: …]` line; tags: the items after
  the 🏷️ sign.
- authors (extra key, not scored): the name of the byline.
- chrome: every inserted line that is not title, lede or body (captions
  included), minus those that also occur in the body.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh5"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ vocabularies
SITES = {
    "qa": ["صحيفة الخور اليومية", "جريدة الدفنة", "الوكرة اليوم"],
    "sport": ["هدف المغرب العربي", "ملاعب الشمال", "كورة مغاربية"],
    "econ": ["بوابة الأسواق الخليجية", "منصة المؤشر", "مال وأعمال اليوم"],
    "lbtv": ["قناة الشاطئ اللبنانية", "تلفزيون المتن", "شاشة الأرز"],
    "gov": ["المكتب الإعلامي لإمارة الساحل", "مركز أخبار الظفرة", "المكتب الإعلامي للحكومة المحلية"],
    "op": ["منصة أقلام حرة", "مدارات الرأي", "موقع زوايا"],
    "sy": ["شبكة العاصي الإخبارية", "صدى الفرات نت", "موقع قاسيون الإخباري"],
}
LATIN_SITES = {"qa": "Al Khor Daily", "sport": "Maghreb Goal", "econ": "Gulf Markets Gate", "lbtv": "Shatea TV",
               "gov": "Sahel Media Office", "op": "Aqlam Platform", "sy": "Al-Asi Network"}
DOMAINS = {"qa": "alkhor-daily.qa", "sport": "maghrebgoal.com", "econ": "gulfmarkets.net", "lbtv": "shatea.tv",
           "gov": "sahelmedia.ae", "op": "aqlam.net", "sy": "alasi-news.net"}
CITY = {"qa": "الدوحة", "sport": "الدار البيضاء", "econ": "دبي", "lbtv": "بيروت", "gov": "أبوظبي", "op": "عمّان",
        "sy": "حمص"}
PEOPLE = {"qa": ["عبد الله المري", "نوف الكواري", "منصور النعيمي"], "sport": ["يوسف بلحاج", "أمين الوزاني"],
          "econ": ["رشا القاسم", "طارق الحمادي", "هالة الدباغ"], "lbtv": ["كارلا عون", "إيلي فرنسيس"],
          "gov": ["شيخة الظاهري", "طارق الحمادي"], "op": ["هالة الدباغ", "بسام الجندي", "منصور النعيمي"],
          "sy": ["مازن العطار", "رهف الحمصي", "بسام الجندي"]}
ROLES = ["كاتب وأكاديمي", "باحث في الشؤون السياسية", "كاتبة وروائية", "محلل اقتصادي", "أستاذ العلوم السياسية"]
KICKERS = {"qa": ["محليات", "شؤون قطرية", "الخليج"], "sport": ["الدوري المغربي", "كرة القدم الجزائرية", "الميركاتو"],
           "econ": ["أسواق", "طاقة", "عقارات"], "lbtv": ["أخبار لبنان", "تقارير النشرة", "أمن وقضاء"],
           "gov": ["بيان صحفي", "أخبار حكومية"], "op": ["مقال رأي", "وجهة نظر"], "sy": ["ريف حمص", "خدمات"]}
NAV = {"qa": ["محليات", "الخليج", "دوليات", "اقتصاد", "منوعات", "ثقافة وفنون", "رياضة", "الرأي"],
       "sport": ["الدوري", "المنتخبات", "الميركاتو", "كرة عالمية", "رياضات أخرى", "فيديو", "الترتيب"],
       "econ": ["أسهم", "عملات", "طاقة", "عقارات", "شركات", "اقتصاد كلي", "تحليلات"],
       "lbtv": ["نشرة الأخبار", "برامج", "أمن وقضاء", "فنّ", "حال الطقس", "صحة وتغذية", "أخبار دولية"],
       "gov": ["بيانات صحفية", "مبادرات", "الفعاليات", "المركز الإعلامي", "الخدمات", "عن الإمارة"],
       "op": ["مقالات", "كتّاب", "قضايا", "فكر", "ترجمات", "حوارات"],
       "sy": ["ريف", "خدمات", "محافظات", "اقتصاد محلي", "تقارير", "مجتمع", "منوعات"]}
CAPTIONS = ["لقطة من اجتماع مجلس الإدارة", "لاعبون خلال الحصة التدريبية", "شاشة تداول في السوق المالي",
            "طريق ساحلي شمال العاصمة", "مراسم توقيع مذكرة التفاهم", "متسوقون في سوق شعبي",
            "حافلات النقل العام في المحطة", "عمال صيانة في محطة كهرباء", "جمهور المدرجات قبل صافرة البداية",
            "مبنى البلدية في وسط المدينة", "ناقلة نفط في الميناء"]
CREDITS = ["قنا", "AFP via Getty Images", "EPA/STR", "المكتب الإعلامي للنادي", "Sportsfile", "Bloomberg",
           "الوكالة الوطنية للإعلام", "سامر بدوي", "ريم الكعبي", "أرشيف الصحيفة", "المكتب الإعلامي"]
CLUBS = ["الرجاء", "الوداد", "شباب بلوزداد", "مولودية الجزائر", "النادي الإفريقي", "الصفاقسي", "الجيش الملكي",
         "وفاق سطيف", "نهضة بركان", "اتحاد العاصمة"]
INDICES = ["مؤشر بورصة قطر", "تاسي", "سوق دبي المالي", "سوق أبوظبي", "بورصة الكويت", "برنت", "الذهب"]
COMPANIES = ["الخليج للملاحة", "الريان القابضة", "الوطنية للإسمنت", "الشرق للاتصالات", "إعمار الساحل"]
PROGRAMS = ["نشرة الأخبار المسائية", "صباح الخير يا لبنان", "حوار الأحد", "ملف الأسبوع", "الرياضة اليوم"]
REGIONS = ["بيروت", "البقاع", "الجنوب", "الشمال", "جبل لبنان", "كسروان", "المتن"]
FAN_COMMENTS = ["الفريق يستحق الفوز، أداء رجولي من الجميع.", "المدرب لازم يرحل، هذا مستوى ما يليق بالنادي.",
                "ديما رجاء!", "الحكم ظلمنا في ضربة الجزاء.", "نحتاج مهاجم حقيقي في الميركاتو.",
                "مبروك للجماهير، الله يوفق الفريق في المباراة القادمة."]
FANS = ["عاشق الأخضر", "ولد الحومة", "سمير 1987", "مشجعة وفية", "Yassine_K", "أبو ريان"]
POLL_Q = ["هل تتوقع انخفاض الأسعار خلال الأشهر المقبلة؟", "هل أنت راضٍ عن الخدمات في منطقتك؟",
          "هل يكفي هذا القرار لحل الأزمة؟", "من سيفوز بلقب الموسم برأيك؟"]

# ------------------------------------------------------------------ styles
NBASE = dict(site="qa", header=[], nav=["nav_sq"], widget=[None], kicker=0.0, byline=[None], publine=[None],
             update=0.0, caption=0.0, caption_fmt=["guill"], lede=[None], lede_place=["deck"], headings=0.0,
             heading_mark=[""], dateline=[None], mid=[], after=[], footer=[None], layout="blank", noise=[])

STYLES = {
    "fresh5_1": dict(site="qa", header=[("edition", 0.7), ("widget", 1.0), ("nav", 1.0)], nav=["nav_label"],
                     widget=["w_qa"], kicker=0.5, byline=["kataba", None], publine=["p_idraj"], update=0.4,
                     caption=0.8, caption_fmt=["guill"], lede=["abstract", "teaser", None],
                     lede_place=["deck"], headings=0.4, heading_mark=["", "■ "], dateline=["dl_slash", None],
                     mid=[("context_link", 0.5), ("poll", 0.3)],
                     after=[("tags", 0.7), ("context_list", 0.8), ("login_comment", 0.5)], footer=["f_qa"],
                     layout="blank"),
    "fresh5_2": dict(site="sport", header=[("scores", 1.0), ("widget", 1.0), ("nav", 1.0)], nav=["nav_star"],
                     widget=["w_indic_dash"], kicker=0.6, byline=["sport_editor", None],
                     publine=["p_sport", "p_sport", "p_rel"], caption=0.8, caption_fmt=["tasweer_slash"],
                     lede=[None, "teaser", "promoted"], lede_place=["deck"], headings=0.3,
                     mid=[("match_card", 0.5), ("insta", 0.4), ("link_emoji", 0.4)],
                     after=[("standings", 0.7), ("fan_comments", 0.8), ("mostbrowsed", 0.5)], footer=["f_sport"],
                     layout="bullets"),
    "fresh5_3": dict(site="econ", header=[("latin", 1.0), ("markets", 1.0), ("widget", 1.0), ("nav", 0.7)],
                     nav=["nav_label"], widget=["w_market"], kicker=0.4, byline=["tahlil", None],
                     publine=["p_econ"], update=0.6, caption=0.6, caption_fmt=["image_line"],
                     lede=["abstract", "teaser", "promoted"], lede_place=["after_meta"], headings=0.4,
                     mid=[("quote_box", 0.6), ("ad_continue", 0.5)],
                     after=[("sources", 0.5), ("market_table", 0.8), ("share_on", 1.0)], footer=["f_econ"],
                     layout="none"),
    "fresh5_4": dict(site="lbtv", header=[("weather", 1.0), ("now", 0.8), ("nav", 1.0), ("widget", 1.0)],
                     nav=["nav_sq"], widget=["w_stack"], kicker=0.5, byline=["correspondent", None],
                     publine=["p_lb"], update=0.5, caption=0.5, caption_fmt=["bracket_dash"],
                     lede=[None, "abstract", "teaser"], lede_place=["deck", "after_caption"], headings=0.3,
                     mid=[("video_lb", 0.6), ("context_link", 0.4)],
                     after=[("schedule", 0.8), ("mostbrowsed", 0.7)], footer=["f_lbtv"], layout="blank",
                     noise=["indic_body"]),
    "fresh5_5": dict(site="gov", header=[("access", 1.0), ("gov_name", 1.0), ("widget", 1.0), ("nav", 0.6)],
                     nav=["nav_star"], widget=["w_dotted_pair"], publine=["p_kv"], caption=0.5,
                     caption_fmt=["guill"], lede=["abstract", "promoted", None], lede_place=["after_meta"],
                     headings=0.3, dateline=["dl_slash"], mid=[("audio", 0.4)],
                     after=[("gov_media", 1.0), ("share_on", 0.6)], footer=["f_gov"], layout="right"),
    "fresh5_6": dict(site="op", header=[("op_brand", 1.0), ("widget", 1.0), ("nav", 0.8)], nav=["nav_sq"],
                     widget=["w_en_abbr"], kicker=0.7, byline=["handle"], publine=["p_op"],
                     lede=["abstract", "teaser", None], lede_place=["deck"], headings=0.2,
                     mid=[("divider", 0.7), ("audio", 0.3)],
                     after=[("op_disclaimer", 0.7), ("more_author", 1.0), ("login_comment", 0.4)],
                     footer=["f_op"], layout="blank"),
    "fresh5_7": dict(site="sy", header=[("fx", 0.8), ("widget", 1.0), ("nav", 1.0)], nav=["nav_star"],
                     widget=["w_sy"], byline=["khass", None], publine=["p_sy"], caption=0.7,
                     caption_fmt=["tasweer_slash", "bracket_dash"], lede=["teaser", "promoted", None],
                     lede_place=["after_meta", "after_caption"], headings=0.3, dateline=["dl_slash", None],
                     mid=[("link_emoji", 0.5), ("poll", 0.3)], after=[("tags", 0.6), ("app", 0.7)],
                     footer=["f_sy"], layout="blank", noise=["zwj", "indic_body"]),
    "fresh5_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["access", "gov_name", "op_brand", "edition", "latin", "weather", "now", "scores", "markets", "fx",
                "widget", "nav"]
MID_POOL = ["context_link", "link_emoji", "poll", "match_card", "insta", "quote_box", "ad_continue", "video_lb",
            "audio"]
AFTER_POOL = ["tags", "sources", "context_list", "login_comment", "standings", "fan_comments", "mostbrowsed",
              "market_table", "share_on", "schedule", "gov_media", "op_disclaimer", "more_author", "app"]
CHOICES = dict(site=list(SITES),
               widget=["w_qa", "w_indic_dash", "w_market", "w_stack", "w_dotted_pair", "w_en_abbr", "w_sy", None],
               nav=["nav_sq", "nav_label", "nav_star"],
               byline=["kataba", "sport_editor", "tahlil", "correspondent", "handle", "khass", None],
               publine=["p_idraj", "p_sport", "p_rel", "p_econ", "p_lb", "p_kv", "p_op", "p_sy", None],
               caption_fmt=["guill", "tasweer_slash", "image_line", "bracket_dash"],
               dateline=["dl_slash", None],
               footer=["f_qa", "f_sport", "f_econ", "f_lbtv", "f_gov", "f_op", "f_sy", None],
               layout=["blank", "bullets", "none", "right"],
               noise=[[], ["zwj"], ["indic_body"]])

EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def style_spec(name, rng):
    spec = dict(NBASE)
    spec.update(STYLES[name])
    if not spec.pop("mixed", False):
        return spec
    for k, opts in CHOICES.items():
        v = rng.choice(opts)
        spec[k] = v if k in ("site", "layout", "noise") else [v]
    spec["header"] = [(h, 1.0) for h in HEADER_ORDER if h in ("widget", "nav") or rng.random() < 0.25]
    if spec["widget"] == ["w_stack"]:
        # the stacked widget comes after the menu, as on the TV site
        spec["header"] = [h for h in spec["header"] if h[0] != "widget"] + [("widget", 1.0)]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["update"] = rng.choice([0.0, 0.5])
    spec["caption"] = 0.7
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["lede_place"] = ["deck", "after_meta", "after_caption"]
    spec["headings"] = 0.4
    spec["heading_mark"] = ["", "■ "]
    mids = [m for m in MID_POOL if rng.random() < 0.3]
    if spec["layout"] != "none" and rng.random() < 0.3:
        mids.append("divider")
    spec["mid"] = [(m, 0.7) for m in mids]
    after = [a for a in AFTER_POOL if rng.random() < 0.3]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    return spec


# ------------------------------------------------------------------ dates
def ind(s):
    return s.translate(G.INDIC)


def hm(tm):
    return f"{tm[0]:02d}:{tm[1]:02d}"


def fmt_widget(fmt, d, rng):
    """Lines of the header date widget for day d."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    if fmt == "w_qa":
        hy, hmo, hd = G.hijri(d)
        return [f"اليوم {wd}، {day} {G.EG[m]} {y} الموافق {hd} {G.HIJ[hmo - 1]} {hy}"]
    if fmt == "w_indic_dash":
        return [ind(f"{wd} {day:02d}-{m + 1:02d}-{y}")]
    if fmt == "w_market":
        status = rng.choice(["السوق مغلق", "التداول مفتوح", "ما قبل الافتتاح"])
        return [f"{status} • {day:02d} {G.EG[m]} {y}"]
    if fmt == "w_stack":
        return [wd, f"{day:02d}", G.LEV[m], str(y)]
    if fmt == "w_dotted_pair":
        hy, hmo, hd = G.hijri(d)
        return [f"{day:02d}.{m + 1:02d}.{y} | {hd:02d}.{hmo:02d}.{hy} هـ"]
    if fmt == "w_en_abbr":
        return [f"{EN_WD3[d.weekday()]} {day:02d} {EN_MON[m]} {y}"]
    if fmt == "w_sy":
        return [f"{wd}، {day} {G.LEV[m]}، {y}"]
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng):
    """(lines, truth) of a publication line; truth None when it states no date."""
    if fmt == "p_rel":
        k = rng.randint(2, 11)
        return [rng.choice([f"منذ {k} ساعات", "منذ ساعتين", f"منذ {k * 5} دقيقة"])], None
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    truth = d.isoformat() + (f"T{hm(tm)}" if tm else "")
    if fmt == "p_idraj":
        return [f"تاريخ الإدراج: {day} {G.EG[m]} {y}" + (f" - {hm(tm)}" if tm else "")], truth
    if fmt == "p_sport":
        return [f"نشر {wd} {day:02d} {G.MAG[m]} {y}" + (f" في الساعة {hm(tm)}" if tm else "")], truth
    if fmt == "p_econ":
        return [f"منشور {day:02d}/{m + 1:02d}/{y}" + (f" {hm(tm)}" if tm else "")], truth
    if fmt == "p_lb":
        return [f"{day:02d}-{m + 1:02d}-{y}" + (f" | {hm(tm)}" if tm else "")], truth
    if fmt == "p_kv":
        lines = ["التاريخ", f"{day} {G.EG[m]} {y}"]
        if tm:
            lines += ["الوقت", hm(tm)]
        return lines, truth
    if fmt == "p_op":
        return [f"{wd} {day} {G.EG[m]} {y}م"], d.isoformat()
    if fmt == "p_sy":
        return [f"{wd}، {day} {G.LEV[m]}، {y}" + (f" - {hm(tm)} بتوقيت دمشق" if tm else "")], truth
    raise ValueError(fmt)


def update_line(fmt, d, tm, crawl, rng):
    """(line, modified) of an update line in the family of the publication line, or (None, None)."""
    if tm:
        t0 = datetime.datetime(d.year, d.month, d.day, tm[0], tm[1])
        u = t0 + datetime.timedelta(minutes=rng.randint(25, 26 * 60))
        if u.date() > crawl:
            return None, None
    else:
        u = datetime.datetime.combine(min(crawl, d + datetime.timedelta(days=rng.choice([0, 1]))),
                                      datetime.time(rng.randint(8, 22), rng.randint(0, 59)))
    if fmt == "p_idraj":
        line = f"تم التعديل: {u.day} {G.EG[u.month - 1]} {u.year} - {u.hour:02d}:{u.minute:02d}"
    elif fmt == "p_econ":
        line = f"محدّث {u.day:02d}/{u.month:02d}/{u.year} {u.hour:02d}:{u.minute:02d}"
    elif fmt == "p_lb":
        return f"آخر تحديث {u.hour:02d}:{u.minute:02d}", None
    else:
        return None, None
    return line, u.strftime("%Y-%m-%dT%H:%M")


# --------------------------------------------------------------- helpers
def wrap(line, width):
    out, cur = [], ""
    for w in line.split(" "):
        if not w:
            continue
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = w if not cur else cur + " " + w
    if cur:
        out.append(cur)
    return out or [line]


def noisy(text, kinds, rng):
    if "indic_body" in kinds:
        text = text.translate(G.INDIC)
    if "zwj" in kinds:
        ws = text.split(" ")
        for _ in range(rng.randint(0, 3)):
            k = rng.randrange(len(ws))
            w = ws[k]
            if len(w) >= 4 and re.fullmatch(r"[\u0621-\u064a]+", w):
                p = rng.randint(1, len(w) - 1)
                ws[k] = w[:p] + "\u200d" + w[p:]
        text = " ".join(ws)
    return text


def handle_of(name):
    tr = {"عبد الله": "abdullah", "نوف": "nouf", "يوسف": "youssef", "أمين": "amine", "رشا": "rasha", "طارق": "tarek",
          "كارلا": "carla", "إيلي": "elie", "شيخة": "sheikha", "منصور": "mansour", "هالة": "hala", "مازن": "mazen",
          "رهف": "rahaf", "بسام": "bassam"}
    first = next((v for k, v in tr.items() if name.startswith(k)), "writer")
    return f"@{first}_{len(name) * 7 % 100:02d}"


# --------------------------------------------------------------- rendering
def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict), the same schema as gen_dumps.render()."""
    groups = []
    chrome = []
    comp = {"site": spec["site"]}

    def pick(key):
        v = rng.choice(spec[key])
        comp[key] = v
        return v

    def chance(key):
        v = rng.random() < spec[key]
        if v:
            comp[key] = True
        return v

    def add(kind, lines, chrome_lines=None):
        groups.append((kind, list(lines)))
        chrome.extend(lines if chrome_lines is None else chrome_lines)

    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub, tm = doc["crawl"], doc["pub"], doc["time"]
    key = spec["site"]
    site = rng.choice(SITES[key])
    truth = dict(title=title, page_date=None, published=None, modified=None, summary=None, authors=[], images=[],
                 sources=[], agencies=[], tags=[], dateline=None)
    others = [o for o in rng.sample(others, 40) if fold(o) != fold(title)]
    layout = spec["layout"]
    name = rng.choice(PEOPLE[key])

    summary, lede_mode = G.choose_lede(pick("lede"), doc, paras)
    if lede_mode == "promoted" and len(summary.split()) < 8:
        # a short first line (a leftover site line such as `عين اليوم – موسكو`)
        # is no lede: it stays the first paragraph
        paras.insert(0, summary)
        summary, lede_mode = None, None
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine")
    if pfmt and pfmt != "p_rel" and not pub:
        pfmt = None
    comp["publine"] = pfmt

    # wire dateline opening the first paragraph: `city/ agency: …`
    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dl = G.dateline_parts(doc["author"]) if dform else None
    dl_used = False
    if dl and paras and summary != paras[0]:
        place, rest = dl
        paras[0] = f"{place}/ {rest}: {paras[0]}"
        truth["dateline"] = place
        if G.AGENCY_CODES.get(rest):
            truth["agencies"].append(G.AGENCY_CODES[rest])
        dl_used = True
        comp["dateline"] = dform

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "access":
            add("access", ["إمكانية الوصول", "تباين الألوان", "قارئ الشاشة", "EN"])
        elif hname == "gov_name":
            add("gov_name", [site, "الموقع الإعلامي الرسمي"])
        elif hname == "op_brand":
            add("op_brand", [f"{site} — {rng.choice(['مساحة للرأي الحر', 'حيث تلتقي الأفكار', 'الكلمة مسؤولية'])}"])
        elif hname == "edition":
            add("edition", ["النسخة الورقية", "تصفّح عدد اليوم (PDF)"])
        elif hname == "latin":
            add("latin", ["Markets", "Watchlist", "Pro"])
        elif hname == "weather":
            lines = []
            for r in rng.sample(REGIONS, rng.randint(3, 5)):
                lines += [r, f"{rng.randint(6, 33)}°"]
            add("weather", lines)
        elif hname == "now":
            add("now", ["تشاهدون الآن", rng.choice(PROGRAMS), "LIVE"])
        elif hname == "scores":
            a = rng.sample(CLUBS, 4)
            add("scores", ["Live Scores",
                           f"{a[0]} [{rng.randint(0, 3)}] - [{rng.randint(0, 3)}] {a[1]} ⏱ {rng.randint(5, 90)}'",
                           f"{a[2]} [{rng.randint(0, 3)}] - [{rng.randint(0, 3)}] {a[3]} ⏱ {rng.randint(5, 90)}'"])
        elif hname == "markets":
            items = rng.sample(INDICES, 3)
            moves = [rng.uniform(-2.5, 2.5) for _ in items]
            add("markets", [" ⋮ ".join(f"{x} {rng.uniform(60, 13000):,.2f} {'▲' if v >= 0 else '▼'} {v:+.2f}%"
                                       for x, v in zip(items, moves))])
        elif hname == "fx":
            b = rng.randint(12000, 15500)
            add("fx", [f"سعر صرف الدولار في دمشق: شراء {b:,} | مبيع {b + rng.randint(50, 300):,} ل.س"])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng))
                truth["page_date"] = crawl.isoformat()
        elif hname == "nav":
            items = rng.sample(NAV[key], rng.randint(4, 6))
            nf = pick("nav")
            if nf == "nav_sq":
                lines = ["▪ " + x for x in items]
            elif nf == "nav_label":
                lines = ["الأقسام: " + " ، ".join(items)]
            else:
                lines = [" ✦ ".join(items)]
            add("nav", lines)

    # kicker, title, deck
    if chance("kicker"):
        add("kicker", [rng.choice(KICKERS[key])])
    add("title", [title], chrome_lines=[])
    if summary and lede_place == "deck":
        add("lede", [summary], chrome_lines=[])

    # meta lines
    if bfmt == "kataba":
        add("byline", [f"كتب: {name}"])
    elif bfmt == "sport_editor":
        add("byline", [f"المحرر: {name}"])
    elif bfmt == "tahlil":
        add("byline", [f"تحليل: {name}"])
    elif bfmt == "correspondent":
        add("byline", [f"{name} | {rng.choice(['مراسلة القناة', 'مراسل القناة', 'محرر النشرة'])}"])
    elif bfmt == "handle":
        add("byline", [name, handle_of(name)])
    elif bfmt == "khass":
        add("byline", [f"خاص – {site}"])
    if bfmt in ("kataba", "sport_editor", "tahlil", "correspondent", "handle"):
        truth["authors"] = [name]
    if bfmt == "handle":
        add("role", [rng.choice(ROLES)])
    if pfmt:
        lines, val = fmt_publine(pfmt, pub, tm, rng)
        if pfmt in ("p_idraj", "p_econ", "p_lb") and chance("update"):
            uline, mod = update_line(pfmt, pub, tm, crawl, rng)
            if uline:
                truth["modified"] = mod
                if pfmt == "p_econ":
                    lines = [uline] + lines  # the update line comes first on this site
                else:
                    lines = lines + [uline]
        add("publine", lines)
        truth["published"] = val
    if summary and lede_place == "after_meta":
        add("lede", [summary], chrome_lines=[])

    # image
    cap_fmt = pick("caption_fmt")
    if rng.random() < spec["caption"]:
        cap, credit = rng.choice(CAPTIONS), rng.choice(CREDITS)
        if cap_fmt == "guill":
            lines = [f"{cap} «{credit}»"]
        elif cap_fmt == "bracket_dash":
            lines = [f"[{cap} — {credit}]"]
        elif cap_fmt == "tasweer_slash":
            lines = [f"{cap} - تصوير/ {credit}"]
        else:
            lines = [cap, f"Image: {credit}"]
        truth["images"].append({"caption": cap, "credit": credit})
        add("caption", lines)
    if summary and lede_place == "after_caption":
        add("lede", [summary], chrome_lines=[])
    comp["lede_place"] = lede_place if summary else None

    # A lede with nothing between it and the body (no meta line, no caption,
    # no dateline opening the body) reads as the first paragraph, unless it
    # is a teaser that the first paragraph repeats: a promoted paragraph or an
    # abstract there goes into the body.
    if summary and lede_mode in ("promoted", "abstract") and groups[-1][0] == "lede" and not dl_used:
        groups.pop()
        paras.insert(0, summary)
        summary, lede_mode = None, None
    truth["summary"] = summary
    comp["lede"] = lede_mode

    # body
    blocks = G.body_blocks(paras, spec, rng)
    body_fold = " " + fold(" ".join(b["text"] for b in blocks)) + " "
    mid_inserts = []
    for mname, p in spec["mid"]:
        if rng.random() >= p or len(blocks) < 3:
            continue
        comp.setdefault("mid", []).append(mname)
        if mname == "context_link":
            mid_inserts.append(("inline", [f"اقرأ في السياق: {others.pop()}"]))
        elif mname == "link_emoji":
            mid_inserts.append(("inline", [f"🔗 {others.pop()}"]))
        elif mname == "poll":
            mid_inserts.append(("poll", ["شارك في الاستفتاء", rng.choice(POLL_Q), "○ نعم", "○ لا", "○ لا رأي لي",
                                         "عرض النتائج"]))
        elif mname == "match_card":
            a = rng.sample(CLUBS, 2)
            mid_inserts.append(("card", [f"النتيجة النهائية: {a[0]} {rng.randint(0, 4)} – {rng.randint(0, 4)} {a[1]}",
                                         rng.choice(["الجولة 12", "ربع النهائي", "الجولة 27"])]))
        elif mname == "insta":
            nm = rng.choice(["Club Officiel", "Maghreb Goal", "Sport Daily"])
            mid_inserts.append(("embed", ["عرض هذا المنشور على Instagram",
                                          f"منشور تمت مشاركته بواسطة {nm} (@{nm.lower().replace(' ', '_')})"]))
        elif mname == "quote_box":
            mid_inserts.append(("quote", [f"سهم {rng.choice(COMPANIES)}", f"{rng.uniform(0.5, 90):.2f} "
                                          f"{rng.choice(['ريال', 'درهم', 'دينار'])}",
                                          f"{rng.uniform(-6, 6):+.2f}%"]))
        elif mname == "ad_continue":
            mid_inserts.append(("ad", ["يتابع المقال بعد الإعلان"]))
        elif mname == "video_lb":
            mid_inserts.append(("video", [f"فيديو | {rng.randint(1, 6)}:{rng.randint(0, 59):02d}",
                                          "مشاهدة ملء الشاشة"]))
        elif mname == "audio":
            mid_inserts.append(("audio", ["🎧 النسخة الصوتية", f"▶ 0:00 / {rng.randint(1, 9)}:{rng.randint(0, 59):02d}",
                                          "سرعة التشغيل 1x"]))
        elif mname == "divider":
            mid_inserts.append(("divider", ["* * *"]))
    positions = {}
    for ins in mid_inserts:
        positions.setdefault(rng.randint(1, len(blocks) - 1), []).append(ins)
    hmark = pick("heading_mark")
    for i, b in enumerate(blocks):
        for kind, lines in positions.get(i, []):
            add(kind, lines)
        if b["type"] == "heading":
            add("heading", [hmark + b["text"]], chrome_lines=[])
            continue
        text = noisy(b["text"], spec["noise"], rng) if spec["noise"] else b["text"]
        if layout == "bullets" and rng.random() < 0.35:
            text = "• " + text
        add("body", [text], chrome_lines=[])

    # after the body
    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        if aname == "tags":
            tags = G.tags_from(title, rng)
            if not tags:
                continue
            add("tags", ["🏷️ " + " ، ".join(tags)])
            truth["tags"] = tags
        elif aname == "sources":
            srcs = [doc["site"]]
            if dl_used and truth["agencies"]:
                srcs.append(dl[1])
            elif rng.random() < 0.5:
                srcs.append(rng.choice(["وكالات", "رويترز", "بلومبرغ", "وام"]))
            srcs = [s for s in dict.fromkeys(srcs) if s]
            if not srcs:
                continue
            add("sources", [f"[المصدر: {'، '.join(srcs)}]"])
            truth["sources"] = srcs
            for s in srcs:
                if G.AGENCY_CODES.get(s):
                    truth["agencies"].append(G.AGENCY_CODES[s])
        elif aname == "context_list":
            add("related", ["في السياق"] + ["← " + others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "login_comment":
            add("comments", [rng.choice(["سجّل الدخول لإضافة تعليق", "التعليقات متاحة للمشتركين فقط"])])
        elif aname == "standings":
            clubs = rng.sample(CLUBS, 4)
            pts = sorted((rng.randint(20, 60) for _ in clubs), reverse=True)
            rows = [f"{k} | {c} | {rng.randint(18, 28)} | {pt}" for k, (c, pt) in enumerate(zip(clubs, pts), 1)]
            add("standings", ["جدول الترتيب", "# | الفريق | لعب | نقاط"] + rows)
        elif aname == "fan_comments":
            n = rng.randint(1, 3)
            lines = [f"تعليقات الجماهير ({n})"]
            for who, what in zip(rng.sample(FANS, n), rng.sample(FAN_COMMENTS, n)):
                lines += [f"{who} (مشجع {rng.choice(CLUBS)})", what, f"❤ {rng.randint(0, 90)}"]
            add("comments", lines)
        elif aname == "mostbrowsed":
            add("mostread", ["الأخبار الأكثر تصفحاً"] + [f"{k}) {others.pop()}" for k in range(1, rng.randint(4, 6))])
        elif aname == "market_table":
            rows = [f"{x} | {rng.uniform(60, 13000):,.2f} | {rng.uniform(-2.5, 2.5):+.2f}%"
                    for x in rng.sample(INDICES, 3)]
            add("markets", ["أداء المؤشرات اليوم", "المؤشر | الإغلاق | التغير"] + rows)
        elif aname == "share_on":
            add("share", ["شارك على: فيسبوك / إكس / واتساب / لينكدإن"])
        elif aname == "schedule":
            lines = ["برامج الليلة"]
            h0 = rng.randint(18, 20)
            for k, prog in enumerate(rng.sample(PROGRAMS, 3)):
                lines.append(f"{h0 + k}:{rng.choice(['00', '30', '45'])} {prog}")
            add("schedule", lines)
        elif aname == "gov_media":
            add("contact", ["للتواصل الإعلامي", f"media@{DOMAINS[key]}",
                            f"هاتف: +971 2 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"])
        elif aname == "op_disclaimer":
            add("disclaimer", ["هذا المقال يعبّر عن رأي كاتبه فقط"])
        elif aname == "more_author":
            add("related", [f"المزيد من مقالات {name}"] + ["— " + others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "app":
            add("app", [f"نزّل تطبيق {site} على هاتفك", "iOS | Android"])
        comp.setdefault("after", []).append(aname)
    ffmt = pick("footer")
    year = crawl.year
    if ffmt == "f_qa":
        add("footer", [f"{site} | الدوحة - دولة قطر", f"حقوق النشر © {year}"])
    elif ffmt == "f_sport":
        add("footer", ["Live Scores | Fixtures | Transfers", f"© {year} {LATIN_SITES[key]}"])
    elif ffmt == "f_econ":
        add("footer", ["إخلاء مسؤولية: البيانات لأغراض إعلامية ولا تعد توصية استثمارية",
                       f"© {year} {LATIN_SITES[key]} Ltd."])
    elif ffmt == "f_lbtv":
        add("footer", ["البث عبر عربسات: 11.055 أفقي", f"© {year} {site}"])
    elif ffmt == "f_gov":
        add("footer", ["شروط الاستخدام | إخلاء المسؤولية | خريطة الموقع", f"جميع الحقوق محفوظة © {year} {site}"])
    elif ffmt == "f_op":
        add("footer", [f"{site} © {year}", "انشر مقالك معنا"])
    elif ffmt == "f_sy":
        add("footer", [f"{site} - صوت الشارع السوري", f"{year} ©"])

    # layout
    out = []
    width = rng.randint(70, 90)
    for gi, (kind, lines) in enumerate(groups):
        if gi and layout != "none":
            out.append("")
        if layout == "right":
            wrapped = []
            for line in lines:
                wrapped += wrap(line, width) if kind in ("body", "lede", "title") else [line]
            lines = [" " * max(0, width - len(x)) + x for x in wrapped]
        out += lines
    text = "\n".join(out) + "\n"
    comp.update(layout=layout, noise=spec["noise"], kinds=[k for k, _ in groups if k != "body"])

    checked = []
    for c in chrome:
        f = fold(c)
        if len(f) >= 3 and f" {f} " not in body_fold and display(c) not in checked:
            checked.append(display(c))
    truth["agencies"] = sorted(set(truth["agencies"]))
    truth.update(blocks=blocks, paragraphs=[b["text"] for b in blocks if b["type"] == "paragraph"],
                 headings=[b["text"] for b in blocks if b["type"] == "heading"], chrome=checked, style=style,
                 split=SPLIT, components=comp, corpus=doc["corpus"], doc_id=doc["id"])
    return text, truth
