"""The `fresh` split of the text-dump benchmark: styles the extractor was never tuned on.

    python3 bench/textdump/gen_dumps.py --styles fresh --n 2000 --seed 7
    python3 bench/textdump/score_dumps.py --split fresh --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. The split exists so that the project can report numbers on dump
styles nobody tuned against; once someone has tuned with this file in mind the
split is spent and a new one has to be written. Report only the aggregate rows
of `score_dumps.py --split fresh`.

Every component here (header widgets, chrome vocabulary, caption and credit
formats, title, byline and publication-line forms, related and comment blocks,
paragraph layouts, character noise) differs from the tune and held-out
components of gen_dumps.py; the vocabulary was written for this benchmark.
The truth follows the conventions of gen_dumps.py and of the golden fixtures
(crates/ghirbal-extract/tests/fixtures/README.md); the cases those do not
spell out are decided as follows:

- page_date: a header date widget before the (first) title, as always. Hijri
  dates are printed in the Umm al-Qura calendar (`uq_hijri()`, the calendar
  Saudi sites print; the tabular one of gen_dumps.py outside 1434-1441 AH),
  so a widget with a Hijri date only gives the Gregorian day of that Umm
  al-Qura date; a widget
  with Hijri and Gregorian dates gives the Gregorian one; a widget in French
  or English gives its day. Relative times (`منذ 3 ساعات`) and issue numbers
  are no dates.
- published: a publication line between the title and the body in any of the
  forms below, Arabic, French-style (`14h15`) or English; a 12-hour time with
  `م`/`مساءً`/`pm` is afternoon. A relative publication line (`منذ يومين`)
  states no date: null. Comment timestamps after the body are not publication
  dates.
- summary: a deck directly under the title, or a lede between the meta lines
  and the caption, when something sets it apart from the first paragraph (a
  byline, a date line, a caption, a dateline opening the body) or when it is
  not a body paragraph at all (an abstract, or a teaser sentence that the
  first paragraph repeats), exactly as in gen_dumps.py.
- blocks: hard-wrapped text (lines cut at 66-80 characters, with or without
  indentation) stays one paragraph per original paragraph; an indented line
  starts a block.
- images: the caption without its credit; the credit is the agency or the
  photographer as written, without `صورة:`/`تصوير`/`مصدر الصورة:`.
- sources: the items of a `(المصدر: …)` or `نقلًا عن: …` line; tags: the
  items of a hashtag line or a `كلمات دالة:` line.
- chrome: every inserted line that is not title, lede, caption or body, as in
  gen_dumps.py (quoted and repeated titles included).
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ vocabularies
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_MONTHS = ["Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre",
             "Novembre", "Décembre"]
FR_WD = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]

F_NAV = ["الصفحة الأولى", "حوادث وقضايا", "برلمان", "جامعات", "سيارات", "عقارات", "أسواق", "كاريكاتير",
         "إنفوغرافيك", "تحقيقات", "حوارات", "المرأة والأسرة", "سياحة وسفر", "دين ودنيا", "ملاعب", "خليجيات", "شباب",
         "نجوم"]
F_LATIN_UI = ["Home", "Latest", "Watch", "Listen", "Log in", "Register", "Dark mode"]
F_AUTHORS = ["سامر الحلبي", "نادين خوري", "عبد الرحمن الشمري", "ليلى بن عمر", "يوسف الزعبي", "منى عبد الله",
             "طارق المهيري", "رنا السعدي", "هشام بوزيد", "دعاء فؤاد"]
F_ROLES = ["محرر الشؤون الدولية", "محرر الشؤون المحلية", "محرر الشؤون الاقتصادية", "قسم الأخبار العاجلة",
           "فريق التحرير"]
F_PHOTOGS = ["أحمد حمدي", "خليل مزراوي", "فادي أبو علي", "ماجد الهاجري", "سعيد الكعبي"]
F_CREDITS = ["فرانس برس", "الأوروبية", "غيتي إيميجز", "بلومبرغ", "Reuters", "أرشيف الموقع", "المكتب الإعلامي"]
F_CAPTIONS = ["المشاركون في الاجتماع الأخير", "صورة من الموقع", "من الأرشيف", "جلسة سابقة للمجلس", "منظر من الجو",
              "لحظة وصول الوفد", "أثناء المؤتمر", "طوابير أمام المقر", "في أحد الأسواق الشعبية", "أجواء التحضيرات"]
F_RELATED = ["مقالات مشابهة", "لا تفوتك", "قصص أخرى", "على صلة", "مواضيع مقترحة"]
F_INLINE = ["لا تفوتك:", "طالع أيضًا:", "مقال ذو صلة:"]
F_MOSTREAD = ["الأكثر مشاركة", "الأكثر تعليقًا", "الأعلى قراءة هذا الأسبوع"]
F_SHARE = ["مشاركة", "لينكد إن", "سناب شات", "إكس", "نسخ الرابط", "البريد الإلكتروني"]
F_SHARE_LATIN = ["Facebook", "X", "WhatsApp", "Telegram", "LinkedIn", "Email"]
F_COMMENTERS = ["أبو خالد", "سلمى", "محمود ع.", "ابن البلد", "متابع", "نور الهدى", "عادل"]
F_COMMENTS = [
    "كلام في الصميم، ونأمل أن يجد آذانًا صاغية لدى المسؤولين.",
    "أين كانت هذه القرارات منذ سنوات؟",
    "مقال رائع كالعادة، بارك الله فيكم.",
    "المشكلة ليست في القوانين بل في تطبيقها على الجميع.",
    "هل من رابط للمصدر الأصلي لهذه المعلومات؟",
    "تغطية متوازنة، شكرًا لفريق الموقع.",
    "أرجو تصحيح الأرقام الواردة في الفقرة الثانية.",
    "ننتظر المزيد من التفاصيل في تقارير قادمة.",
]
F_WEATHER_CITIES = ["الرياض", "جدة", "دبي", "الكويت", "عمّان", "بيروت", "القاهرة", "الدار البيضاء", "تونس", "مسقط"]
F_CLUBS = ["الهلال", "النصر", "الأهلي", "الزمالك", "الوداد", "الترجي", "الرجاء", "الفيصلي", "العين", "السد"]
F_DOMAINS = ["alkhabar-online.com", "almasar-news.net", "sadaalwatan.com", "alyawm24.com", "nabd-albalad.net"]
F_BIO_FIELDS = ["السياسية", "الاقتصادية", "الثقافية", "العربية"]


# ------------------------------------------------------------------ styles
# Values are lists to choose from per document unless noted; `header` and
# `after` are ordered (component, probability) pairs.
FBASE = dict(header=[], nav=["bullets"], widget=[None], title_mode=["once"], byline=[None], meta_order=["byline"],
             publine=[None], caption=0.0, caption_fmt=["paren_label"], caption_repeat=[0], lede=[None],
             lede_place=["deck"], headings=0.0, dateline=None, mid=[], after=[], rel_prefix=[""],
             layout="single", noise=[], trailing=0.0)

STYLES = {
    "fresh_1": dict(header=[("search", 0.5), ("widget", 1.0), ("issue", 0.5), ("weather", 0.6), ("nav", 1.0)],
                    nav=["tabs"], widget=["ahram", "ahram", "hijri_only"], byline=["biqalam", "role"],
                    caption=0.8, caption_fmt=["paren_label"], headings=0.4, mid=[("inline_link", 0.5)],
                    after=[("sources_naqlan", 0.3), ("author_box", 0.5), ("related_end", 1.0), ("footer", 1.0)],
                    layout="single_ws", trailing=0.3),
    "fresh_2": dict(header=[("ticker", 0.8), ("login", 1.0), ("search", 0.7), ("currency", 0.9), ("widget", 1.0),
                            ("updated", 1.0), ("nav", 1.0)],
                    nav=["bullets"], widget=[None, None, "today_dmy"], title_mode=["deck", "deck", "once"],
                    lede=["abstract", "teaser"], lede_place=["deck"], byline=["iadad"], publine=["comma_month"],
                    meta_order=["byline", "publine"], caption=0.9, caption_fmt=["dash_photog"],
                    mid=[("ad_ar", 0.5)],
                    after=[("share_counts", 1.0), ("related_end", 1.0), ("app_bottom", 0.7), ("footer", 1.0)],
                    rel_prefix=["◄ "], layout="single"),
    "fresh_3": dict(header=[("widget", 1.0), ("sticky_title", 1.0), ("nav", 1.0)], nav=["lynx"],
                    widget=["today_dmy"], title_mode=["three", "three", "once"], publine=["ymd_ampm"],
                    caption=0.8, caption_fmt=["credit_line"], lede=["teaser", "abstract"],
                    lede_place=["before_caption"], headings=0.3, mid=[("related_mid", 0.6)],
                    after=[("share_latin", 1.0), ("footer", 1.0), ("references", 1.0)], rel_prefix=["lynx"],
                    layout="lynx"),
    "fresh_4": dict(header=[("app_top", 1.0), ("widget", 1.0), ("sticky_title", 1.0), ("nav", 0.5)],
                    nav=["arrow_lines"], widget=["weather_date"], title_mode=["three", "quoted_end"],
                    byline=["role", "name_role"], publine=["added_lev", "relative"],
                    meta_order=["byline", "publine"], caption=0.9, caption_fmt=["credit_line"], lede=["teaser"],
                    lede_place=["before_caption"], mid=[("inline_link", 0.7), ("poll", 0.4)],
                    after=[("share_ar", 1.0), ("comments_fb", 1.0), ("mostread", 0.6)], layout="single_ws",
                    noise=["alm", "shy"], trailing=0.2),
    "fresh_5": dict(header=[("lang", 1.0), ("latin_ui", 1.0), ("widget", 1.0), ("nav", 1.0)], nav=["bullets"],
                    widget=["french", "french", "today_dmy"], title_mode=["deck", "once"],
                    lede=["abstract", "promoted"], lede_place=["deck"], byline=["taqrir"], publine=["frh"],
                    meta_order=["publine", "byline"], caption=0.8, caption_fmt=["paren_label"], headings=0.4,
                    after=[("tags_hash", 1.0), ("comments_disqus", 0.8), ("footer", 1.0)], layout="wrap"),
    "fresh_6": dict(header=[("ticker", 1.0), ("widget", 1.0), ("prayer", 0.8)],
                    widget=["en_long", "hijri_only", None], byline=["role"], publine=["masaan", "ymd_dash_time"],
                    meta_order=["publine", "byline"], dateline="paren_em", headings=0.4,
                    after=[("sources_paren", 1.0), ("footer", 1.0)], layout="wrap_indent"),
    "fresh_7": dict(header=[("latin_ui", 1.0), ("scores", 1.0), ("widget", 1.0), ("nav", 1.0)], nav=["tabs"],
                    widget=["today_dmy", "en_long", None], title_mode=["quoted_end", "three"],
                    byline=["taqrir", "name_site"], publine=["relative", "en_pub"], caption=0.8,
                    caption_fmt=["bracket"], lede=["teaser"], lede_place=["before_caption"],
                    mid=[("video", 0.6), ("ad_ar", 0.5)],
                    after=[("share_latin", 1.0), ("mostread", 1.0), ("newsletter", 0.5), ("footer", 1.0)],
                    layout="none_ws", noise=["tabs"], trailing=0.4),
    "fresh_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_POOL = ["app_top", "login", "search", "ticker", "currency", "weather", "prayer", "scores", "lang",
               "latin_ui", "issue", "updated"]
AFTER_POOL = ["sources_paren", "sources_naqlan", "tags_hash", "tags_kalimat", "author_box", "share_counts",
              "share_latin", "share_ar", "related_end", "comments_fb", "comments_disqus", "comments_form",
              "mostread", "newsletter", "channel", "app_bottom", "footer"]
MID_POOL = ["related_mid", "inline_link", "poll", "ad_ar", "video", "channel"]
CHOICES = dict(widget=["ahram", "hijri_only", "today_dmy", "weather_date", "french", "en_long", None],
               nav=["tabs", "bullets", "arrow_lines", None],
               title_mode=["once", "deck", "three", "quoted_end"],
               byline=["biqalam", "role", "iadad", "taqrir", "name_site", "name_role", None],
               publine=["ymd_ampm", "comma_month", "masaan", "frh", "added_lev", "en_pub", "ymd_dash_time",
                        "relative", None],
               caption_fmt=["paren_label", "dash_photog", "credit_line", "bracket"],
               layout=["single", "single_ws", "none_ws", "wrap", "lynx", "wrap_indent"],
               dateline=["paren_em", "comma_en", None])


def style_spec(name, rng):
    spec = dict(FBASE)
    spec.update(STYLES[name])
    if not spec.pop("mixed", False):
        return spec
    for k, opts in CHOICES.items():
        v = rng.choice(opts)
        spec[k] = v if k in ("layout", "dateline") else [v]
    if spec["nav"] == [None]:
        spec["nav"] = ["bullets"]
        nav_p = 0.0
    else:
        nav_p = 1.0
    if spec["layout"] == "lynx":
        spec["nav"] = ["lynx"]
        spec["rel_prefix"] = ["lynx"]
    else:
        spec["rel_prefix"] = [rng.choice(["", "◄ ", "» "])]
    header = [h for h in HEADER_POOL if rng.random() < 0.3]
    rng.shuffle(header)
    spec["header"] = [(h, 1.0) for h in header] + [("widget", 1.0), ("sticky_title", 1.0), ("nav", nav_p)]
    spec["meta_order"] = [rng.choice(["byline", "publine"])]
    spec["caption"] = 0.7
    spec["caption_repeat"] = [0, 0, 1]
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["lede_place"] = ["deck", "before_caption"]
    spec["headings"] = 0.4
    spec["mid"] = [(m, 0.3) for m in MID_POOL]
    after = [a for a in AFTER_POOL if a != "footer" and rng.random() < 0.3]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after] + [("footer", 0.8)]
    if spec["layout"] == "lynx":
        spec["after"].append(("references", 1.0))
    if spec["layout"] == "wrap_indent":
        # An unindented chrome line inside indented, hard-wrapped paragraphs
        # with no blank lines reads as a paragraph's continuation: keep the
        # body clean and the lede out, as in the named style.
        spec["mid"] = []
        spec["lede"] = [None]
    spec["noise"] = rng.choice([[], ["alm"], ["shy"], ["tabs"]])
    spec["trailing"] = rng.choice([0.0, 0.2, 0.4])
    return spec


# ------------------------------------------------------------------ dates
# Umm al-Qura month lengths (1 = 30 days, 0 = 29) from 1 Muharram 1434 AH =
# 2012-11-15, through Dhu al-Hijja 1441; public calendar data.
UQ_START = datetime.date(2012, 11, 15)
UQ_FIRST_YEAR = 1434
UQ_LENGTHS = ("010101101100101010101101010101010101101100101001101110010010101110101001010111010100101011011010")


def uq_hijri(d):
    """(year, month, day) of d in the Umm al-Qura calendar; tabular outside the table."""
    k = (d - UQ_START).days
    if k >= 0:
        for i, bit in enumerate(UQ_LENGTHS):
            n = 30 if bit == "1" else 29
            if k < n:
                return UQ_FIRST_YEAR + i // 12, i % 12 + 1, k + 1
            k -= n
    return G.hijri(d)


def fmt_widget(fmt, d, rng):
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    if fmt == "ahram":
        hy, hm, hd = uq_hijri(d)
        return (f"{wd} {hd} من {G.HIJ[hm - 1]} {hy} هـ - {day} من {G.EG[m]} {y} - السنة {rng.randint(20, 150)}"
                f" - العدد {rng.randint(12000, 52000)}")
    if fmt == "hijri_only":
        hy, hm, hd = uq_hijri(d)
        return f"{wd} {hd} {G.HIJ[hm - 1]} {hy} هـ"
    if fmt == "today_dmy":
        return f"اليوم: {day:02d}/{m + 1:02d}/{y}"
    if fmt == "weather_date":
        return f"{rng.choice(F_WEATHER_CITIES)} {rng.randint(8, 46)}° | {wd}، {y}/{m + 1}/{day}"
    if fmt == "french":
        return f"{FR_WD[d.weekday()]} {day} {FR_MONTHS[m]} {y}"
    if fmt == "en_long":
        return f"{EN_WD[d.weekday()]}, {EN_MONTHS[m]} {day}, {y}"
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng):
    """(lines, truth) for a publication line; truth None when no date is stated."""
    if fmt == "relative":
        return [rng.choice(["نشر: منذ يومين", "نُشر منذ 3 ساعات", "نشر: منذ أسبوع", "نُشر قبل 5 ساعات"])], None
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    truth = d.isoformat() + (f"T{tm[0]:02d}:{tm[1]:02d}" if tm else "")
    if tm:
        hh, mi = tm
        pm = hh >= 12
        h = G.h12(hh)
    if fmt == "ymd_ampm":
        return [f"تاريخ النشر {y}/{m + 1:02d}/{day:02d}" + (f" {h:02d}:{mi:02d} {'م' if pm else 'ص'}" if tm else "")], truth
    if fmt == "comma_month":
        return [f"{day} {G.EG[m]}، {y}" + (f" - {h}:{mi:02d} {'م' if pm else 'ص'}" if tm else "")], truth
    if fmt == "masaan":
        return [f"تم النشر يوم {wd} {day} {G.EG[m]} {y}"
                + (f" الساعة {h}:{mi:02d} {'مساءً' if pm else 'صباحًا'}" if tm else "")], truth
    if fmt == "frh":
        return [f"{day:02d}/{m + 1:02d}/{y}" + (f" - {hh:02d}h{mi:02d}" if tm else "")], truth
    if fmt == "added_lev":
        return [f"أضيف في: {wd}، {day} {G.LEV[m]} ({G.EG[m]}) {y}" + (f" - {hh:02d}:{mi:02d}" if tm else "")], truth
    if fmt == "en_pub":
        return [f"Published: {day} {EN_MONTHS[m]} {y}" + (f", {h}:{mi:02d} {'pm' if pm else 'am'}" if tm else "")], truth
    if fmt == "ymd_dash_time":
        return [f"التاريخ: {y}-{m + 1:02d}-{day:02d}" + (f" | الساعة: {hh:02d}:{mi:02d}" if tm else "")], truth
    raise ValueError(fmt)


# --------------------------------------------------------------- rendering
def wrap(line, width):
    out, cur = [], ""
    for w in line.split(" "):
        if not w:
            continue
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out or [line]


def noisy(text, kinds, rng):
    if "alm" in kinds:
        text = re.sub(r"([،.:؛])( )", lambda mm: mm.group(1) + ("\u061c" if rng.random() < 0.5 else "") + mm.group(2),
                      text)
    if "shy" in kinds:
        ws = text.split(" ")
        for _ in range(rng.randint(0, 3)):
            k = rng.randrange(len(ws))
            w = ws[k]
            if len(w) >= 6 and re.fullmatch(r"[\u0621-\u064a]+", w):
                p = rng.randint(2, len(w) - 2)
                ws[k] = w[:p] + "\u00ad" + w[p:]
        text = " ".join(ws)
    if "tabs" in kinds:
        text = "".join("\t" if c == " " and rng.random() < 0.05 else c for c in text)
    return text


def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict), the same schema as gen_dumps.render()."""
    groups = []  # (kind, [lines])
    chrome = []
    comp = {}
    link_no = [0]

    def pick(key):
        v = rng.choice(spec[key])
        comp[key] = v
        return v

    def add(kind, lines, is_chrome=True):
        groups.append((kind, list(lines)))
        if is_chrome:
            chrome.extend(lines)

    def link(text):
        link_no[0] += 1
        return f"[{link_no[0]}]{text}"

    def other_titles(k):
        return [o for o in rng.sample(others, k + 3) if fold(o) != fold(title)][:k]

    title = doc["title"]
    site = doc["site"] or "الموقع"
    paras = list(doc["paras"])
    truth = dict(title=title, page_date=None, published=None, summary=None, images=[], sources=[], agencies=[],
                 tags=[], dateline=None)
    layout = spec["layout"]
    rel_prefix = pick("rel_prefix")

    def rel_lines(titles):
        if rel_prefix == "lynx":
            return [link(t) for t in titles]
        return [rel_prefix + t for t in titles]

    # lede: same rules as gen_dumps.render()
    summary, lede_mode = G.choose_lede(pick("lede"), doc, paras)
    comp["lede"] = lede_mode
    title_mode = pick("title_mode")
    lede_place = "deck" if title_mode == "deck" else pick("lede_place")
    if lede_place == "deck" and title_mode != "deck":
        lede_place = "before_caption"

    # dateline opening the first paragraph
    dl = G.dateline_parts(doc["author"]) if spec["dateline"] else None
    if dl and paras and summary != paras[0]:
        place, rest = dl
        if spec["dateline"] == "paren_em":
            paras[0] = f"{place} ({rest}) — {paras[0]}"
        else:
            paras[0] = f"{place}، {rest} – {paras[0]}"
        truth["dateline"] = place
        code = G.AGENCY_CODES.get(rest)
        if code:
            truth["agencies"].append(code)
        comp["dateline"] = spec["dateline"]
    else:
        dl = None

    # header
    for kind, prob in spec["header"]:
        if rng.random() >= prob:
            continue
        if kind == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", [fmt_widget(wfmt, doc["crawl"], rng)])
                truth["page_date"] = doc["crawl"].isoformat()
        elif kind == "sticky_title":
            if title_mode == "three":
                add("title_repeat", [title])
        elif kind == "nav":
            nfmt = pick("nav")
            items = rng.sample(F_NAV, rng.randint(4, 8))
            if nfmt == "tabs":
                add("nav", ["\t".join(items)])
            elif nfmt == "bullets":
                add("nav", [" • ".join(items)])
            elif nfmt == "arrow_lines":
                add("nav", [it + (" ▾" if rng.random() < 0.4 else "") for it in items])
            elif nfmt == "lynx":
                add("nav", [" ".join(link(it) for it in items)])
        elif kind == "app_top":
            add("app", rng.choice([["حمّل تطبيقنا", "فتح"],
                                   [f"حمّل تطبيق {site} مجانًا", "App Store", "Google Play"],
                                   ["تابع آخر الأخبار عبر تطبيقنا على هاتفك", "تثبيت", "ليس الآن"]]))
        elif kind == "login":
            add("login", rng.choice([["تسجيل الدخول", "إنشاء حساب"], ["دخول | اشتراك جديد"]]))
        elif kind == "search":
            add("search", [rng.choice(["ابحث في الموقع...", "اكتب كلمة البحث ثم اضغط إدخال", "بحث متقدم"])])
        elif kind == "weather":
            add("weather", [f"{rng.choice(F_WEATHER_CITIES)} {rng.randint(8, 46)}°"
                            + rng.choice(["", " مشمس", " غائم جزئيًا", " رياح نشطة"])])
        elif kind == "prayer":
            city = rng.choice(F_WEATHER_CITIES)
            times = [("الفجر", f"4:{rng.randint(10, 59)}"), ("الشروق", f"5:{rng.randint(10, 59)}"),
                     ("الظهر", f"12:{rng.randint(0, 30):02d}"), ("العصر", f"3:{rng.randint(10, 50)}"),
                     ("المغرب", f"6:{rng.randint(0, 40):02d}"), ("العشاء", f"7:{rng.randint(10, 59)}")]
            if rng.random() < 0.5:
                add("prayer", [f"مواقيت الصلاة - {city}: " + " ".join(f"{a} {b}" for a, b in times)])
            else:
                add("prayer", ["مواقيت الصلاة"] + [f"{a} {b}" for a, b in times])
        elif kind == "currency":
            cur = [f"الدولار {rng.uniform(0.3, 16):.2f} {rng.choice('▲▼')}",
                   f"اليورو {rng.uniform(0.35, 19):.2f} {rng.choice('▲▼')}",
                   f"الذهب عيار 21: {rng.uniform(100, 3000):.2f}"]
            add("currency", [" | ".join(cur)] if rng.random() < 0.6 else ["أسعار العملات"] + cur)
        elif kind == "ticker":
            ts = other_titles(2)
            add("ticker", rng.choice([[f"عاجل | {ts[0]}"], [f"عاجل: {ts[0]}"], ["عاجل"] + ts]))
        elif kind == "scores":
            a = rng.sample(F_CLUBS, 4)
            add("scores", ["مباريات اليوم", f"{a[0]} {rng.randint(0, 4)} - {rng.randint(0, 4)} {a[1]}",
                           f"{a[2]} {rng.randint(0, 3)} - {rng.randint(0, 3)} {a[3]}", rng.choice(["انتهت", "مباشر"])])
        elif kind == "lang":
            add("lang", ["العربية | English | Français"])
        elif kind == "latin_ui":
            add("latin_ui", rng.sample(F_LATIN_UI, rng.randint(3, 4)))
        elif kind == "issue":
            if comp.get("widget") == "ahram":
                continue  # that widget already prints the issue
            add("issue", [f"السنة {rng.randint(5, 60)} - العدد {rng.randint(900, 9000)}"])
        elif kind == "updated":
            add("updated", [rng.choice([f"آخر تحديث: منذ {rng.randint(2, 9)} ساعات", "آخر تحديث: منذ ساعة",
                                        f"آخر تحديث: منذ {rng.randint(11, 50)} دقيقة"])])

    # title, deck, meta lines
    add("title", [title], is_chrome=False)
    deck_at = len(groups)
    meta = []
    bfmt = pick("byline")
    name = rng.choice(F_AUTHORS)
    if bfmt:
        role = rng.choice(F_ROLES)
        meta.append(("byline", {"biqalam": [f"بقلم الكاتب: {name}"], "role": [role], "iadad": [f"إعداد: {name}"],
                                "taqrir": [f"تقرير: {name}"], "name_site": [f"{name} - {site}"],
                                "name_role": [name, role]}[bfmt]))
    pfmt = pick("publine")
    if pfmt and (doc["pub"] or pfmt == "relative"):
        lines, val = fmt_publine(pfmt, doc["pub"], doc["time"], rng)
        meta.append(("publine", lines))
        truth["published"] = val
    if meta and pick("meta_order") == "publine":
        meta.reverse()
    for kind, lines in meta:
        add(kind, lines)

    # image
    cap_group = []
    if rng.random() < spec["caption"]:
        if rng.random() < 0.25:
            tw = [w for w in title.split() if not re.search(r"[«»\"':؟?!.،]", w)]
            tw = tw[: rng.randint(3, 6)]
            while tw and tw[-1] in G.STOP:
                tw.pop()
            cap = " ".join(tw) if len(tw) >= 3 else rng.choice(F_CAPTIONS)
            if fold(cap) == fold(title):
                cap = rng.choice(F_CAPTIONS)
        else:
            cap = rng.choice(F_CAPTIONS)
        cfmt = pick("caption_fmt")
        if cfmt == "dash_photog":
            credit = rng.choice(F_PHOTOGS)
            lines = [f"{cap} — تصوير {credit}"]
        elif cfmt == "paren_label":
            credit = rng.choice(F_CREDITS + F_PHOTOGS)
            label = "تصوير" if credit in F_PHOTOGS else rng.choice(["صورة", "الصورة"])
            lines = [f"{cap} ({label}: {credit})"]
        elif cfmt == "credit_line":
            credit = rng.choice(F_CREDITS)
            lines = [cap, f"مصدر الصورة: {credit}"]
        else:
            credit = rng.choice(F_CREDITS)
            lines = [f"{cap} [{credit}]"]
        if layout == "lynx":
            lines = ["[صورة]"] + lines
        cap_group = lines * (1 + pick("caption_repeat"))
        truth["images"].append({"caption": cap, "credit": credit})
        chrome.extend(lines)

    if summary:
        separated = bool(cap_group) or bool(dl) or (lede_place == "deck" and bool(meta))
        if lede_mode == "promoted" and not separated:
            # Nothing sets this first paragraph apart: it is body (see gen_dumps.render()).
            paras.insert(0, summary)
            summary = None
    if summary and lede_place == "deck":
        groups.insert(deck_at, ("lede", [summary]))
    elif summary:
        add("lede", [summary], is_chrome=False)
    if cap_group:
        add("caption", cap_group, is_chrome=False)
    truth["summary"] = summary
    comp["lede_place"] = lede_place if summary else None

    # body
    blocks = G.body_blocks(paras, spec, rng)
    body_fold = " " + fold(" ".join(b["text"] for b in blocks)) + " "
    positions = {}
    mids = []
    for kind, prob in spec["mid"]:
        if rng.random() >= prob or len(blocks) < 3:
            continue
        if kind == "related_mid":
            lines = [rng.choice(F_RELATED)] + rel_lines(other_titles(rng.randint(2, 3)))
        elif kind == "inline_link":
            lines = [f"{rng.choice(F_INLINE)} {other_titles(1)[0]}"]
        elif kind == "poll":
            lines = ["استطلاع الرأي", "ما رأيك في هذا الخبر؟", "مؤيد", "معارض", "محايد", "صوّت الآن", "النتائج"]
        elif kind == "ad_ar":
            lines = rng.choice([["إعلان"], ["- إعلان -"], ["محتوى مدفوع"], ["Sponsored"]])
        elif kind == "video":
            lines = rng.choice([["Your browser does not support the video tag.",
                                 f"00:00 / 0{rng.randint(1, 4)}:{rng.randint(10, 59)}"],
                                ["▶ شاهد الفيديو", f"مدة المقطع {rng.randint(1, 4)}:{rng.randint(10, 59)}"]])
        else:  # channel
            lines = ["تابعنا على يوتيوب لمشاهدة أحدث التقارير المصورة"]
        mids.append(kind)
        positions.setdefault(rng.randint(1, len(blocks) - 1), []).append((kind, lines))
    comp["mid"] = mids
    nkinds = spec["noise"]
    for i, b in enumerate(blocks):
        for kind, lines in positions.get(i, []):
            add(kind, lines)
        text = noisy(b["text"], nkinds, rng) if nkinds else b["text"]
        add("body" if b["type"] == "paragraph" else "heading", [text], is_chrome=False)

    # after the body
    afters = []
    if title_mode in ("three", "quoted_end"):
        q = "“{}”" if re.search("[«»]", title) else "«{}»"
        add("title_quoted", [q.format(title)])
    for kind, prob in spec["after"]:
        if rng.random() >= prob:
            continue
        afters.append(kind)
        if kind in ("sources_paren", "sources_naqlan"):
            if kind == "sources_naqlan":
                srcs = [site]
                add("sources", [f"نقلًا عن: {site}"])
            else:
                srcs = [rng.choice(["وكالات", site])]
                if dl and G.AGENCY_CODES.get(dl[1]):
                    srcs.append(dl[1])
                elif rng.random() < 0.4:
                    srcs.append(rng.choice(["وكالات", "رويترز", "فرانس برس", "الأناضول"]))
                srcs = list(dict.fromkeys(srcs))
                add("sources", [f"({'المصدر' if len(srcs) == 1 else 'المصادر'}: {'، '.join(srcs)})"])
            truth["sources"] = srcs
            for s in srcs:
                if G.AGENCY_CODES.get(s):
                    truth["agencies"].append(G.AGENCY_CODES[s])
        elif kind in ("tags_hash", "tags_kalimat"):
            tags = G.tags_from(title, rng)
            if tags:
                if kind == "tags_hash":
                    add("tags", [" ".join("#" + t for t in tags)])
                else:
                    add("tags", ["كلمات دالة: " + " | ".join(tags)])
                truth["tags"] = tags
        elif kind == "author_box":
            if bfmt in ("biqalam", "iadad", "taqrir", "name_site"):
                add("author_box", ["عن الكاتب", name, f"كاتب وصحفي يهتم بالشؤون {rng.choice(F_BIO_FIELDS)}",
                                   "جميع مقالات الكاتب"])
        elif kind == "share_counts":
            add("share", [f"{rng.randint(3, 900)} مشاركة"] + rng.sample(F_SHARE[1:], rng.randint(3, 4)))
        elif kind == "share_latin":
            items = rng.sample(F_SHARE_LATIN, 4)
            add("share", [" ".join(link(x) for x in items)] if layout == "lynx" else [" | ".join(items)])
        elif kind == "share_ar":
            add("share", rng.sample(F_SHARE, rng.randint(3, 5)))
        elif kind == "related_end":
            add("related", [rng.choice(F_RELATED)] + rel_lines(other_titles(rng.randint(2, 4))))
        elif kind in ("comments_fb", "comments_disqus", "comments_form"):
            n = rng.randint(0, 3) if kind == "comments_fb" else rng.randint(1, 3)
            names = rng.sample(F_COMMENTERS, n)
            texts = rng.sample(F_COMMENTS, n)
            if kind == "comments_fb":
                lines = [f"{n} تعليق", "ترتيب حسب", rng.choice(["الأقدم", "الأحدث", "الأفضل"]), "إضافة تعليق..."]
                for nm, tx in zip(names, texts):
                    lines += [nm, tx, f"أعجبني · رد · {rng.randint(1, 23)} س"]
                lines.append("مكوّن إضافي لتعليقات فيسبوك")
            elif kind == "comments_disqus":
                lines = [f"{n} تعليقات", "الأحدث أولًا"]
                for nm, tx in zip(names, texts):
                    lines += [f"{nm} • منذ {rng.randint(2, 9)} أيام", tx, "رد"]
            else:
                lines = ["شاركنا رأيك"]
                for nm, tx in zip(names, texts):
                    cd = doc["crawl"] - datetime.timedelta(days=rng.choice([0, 1]))
                    lines += [f"{nm} يقول:", f"{cd.day:02d}/{cd.month:02d}/{cd.year} الساعة "
                                             f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", tx]
                lines += ["الاسم *", "البريد الإلكتروني *", "نص التعليق", "إرسال التعليق"]
            add("comments", lines)
        elif kind == "mostread":
            add("mostread", [rng.choice(F_MOSTREAD)] + ["» " + t for t in other_titles(5)])
        elif kind == "newsletter":
            add("newsletter", ["النشرة الإخبارية اليومية", "سجّل بريدك ليصلك ملخص اليوم", "تسجيل"])
        elif kind == "channel":
            add("channel", ["تابعنا على يوتيوب لمشاهدة أحدث التقارير المصورة"])
        elif kind == "app_bottom":
            add("app", [f"حمّل تطبيق {site}", "متوفر على App Store و Google Play"])
        elif kind == "footer":
            year = doc["crawl"].year
            v = rng.randrange(3)
            if v == 0:
                lines = ["هيئة التحرير", "أعلن معنا", "شروط الاستخدام", "الأرشيف", f"{site} © {year} - كل الحقوق محفوظة"]
            elif v == 1:
                lines = ["جميع المقالات المنشورة تعبر عن رأي كتابها ولا تعبر بالضرورة عن رأي الموقع",
                         "يُمنع نسخ المحتوى أو إعادة نشره دون إذن مسبق",
                         f"Copyright © {year} {rng.choice(F_DOMAINS)}. All rights reserved."]
            else:
                lines = ["خدمة RSS", "الأرشيف", "وظائف", "Powered by NewsPress"]
            if layout == "lynx":
                lines = [link(x) if len(x.split()) <= 3 and "©" not in x else x for x in lines]
            add("footer", lines)
        elif kind == "references" and link_no[0]:
            dom = rng.choice(F_DOMAINS)
            refs = ["References", ""]
            for k in range(1, link_no[0] + 1):
                refs.append(f"{k:4d}. https://www.{dom}/" + rng.choice(["news", "article", "section", "node"])
                            + f"/{rng.randint(1000, 999999)}")
            add("references", refs)
    comp["after"] = afters

    # layout
    width = rng.randint(66, 80)
    indent = rng.choice(["\t", "    ", "  "])
    out = []
    for gi, (kind, lines) in enumerate(groups):
        if gi:
            if layout in ("single", "wrap", "lynx"):
                out.append("")
            elif layout == "single_ws":
                out.append(rng.choice(["", "", " ", "\t", "  \t"]))
        for line in lines:
            if layout in ("wrap", "lynx", "wrap_indent") and kind not in ("title", "title_repeat", "references") \
                    and line:
                parts = wrap(line, width - (3 if layout == "lynx" else 0))
            else:
                parts = [line]
            if layout == "lynx":
                # lynx -dump: text at a 3-column margin, headings flush left
                flush = kind in ("references", "title", "heading")
                parts = ["   " + p if p and not flush else p for p in parts]
            elif layout == "wrap_indent" and kind in ("body", "heading"):
                parts = [indent + parts[0]] + parts[1:]
            out += parts
    if spec["trailing"]:
        out = [x + rng.choice([" ", "  ", "\t", " \t"]) if x.strip() and rng.random() < spec["trailing"] else x
               for x in out]
    text = "\n".join(out) + "\n"
    comp.update(layout=layout, width=width if layout in ("wrap", "lynx", "wrap_indent") else None, noise=nkinds,
                kinds=[k for k, _ in groups if k not in ("body", "heading")])

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
