"""The `fresh6` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh6 --n 2000 --seed 23
    python3 bench/textdump/score_dumps.py --split fresh6 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH6 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by someone who has not read the extractor, together with
`fresh5` but independent of it: no component here is one of fresh5's (nor of
the tune, held-out, fresh, fresh2, fresh3 or fresh4 ones, as far as their
generators show). fresh5 is opened and tuned on by the extractor's author;
fresh6 stays sealed, and only the aggregate rows of
`score_dumps.py --split fresh6` are ever reported. Once the extractor is
changed because of anything learnt here, the split is spent.

The eight styles imitate text dumps of kinds of sites the other splits do not
(a pan-Arab weekly magazine's print version, a Saudi regional e-newspaper, an
Egyptian governorate portal, a news aggregator copied as Markdown, a TV
channel's live-coverage page, a fact-checking platform, a Moroccan regional
e-journal, and a per-document random draw of all of these components). Every
component was written for this module; site names, people and the vocabulary
are invented. The corpus texts, the lede choice (abstract / teaser / promoted
first paragraph), the inserted headings and the other articles' titles in
related blocks are the gen_dumps.py ones.

New here: Markdown dumps (`# title`, `## heading`, `> lede`, `![caption](url)`,
`[text](url)` links, `* ` menus, italic dates); print versions with page
numbers and running heads between paragraphs and Arabic presentation forms in
the body; live coverage with time stamps between the entries; verdict lines;
governorate pickers; e-newspaper licence lines; Gregorian dates paired with
Coptic, Hijri dates paired with Gregorian after a slash, Gregorian months
paired with Levantine ones after a slash, Moroccan months paired with Hijri
dates, dotted year-first dates; a byline and the date on one line (`كتب NAME
DATE TIME`); paragraphs separated by lines holding only an RLM; RLM at line
starts, partial vocalization (harakat) and en spaces in the body.

The truth follows gen_dumps.py and the golden fixtures. Cases they leave open:

- title: the corpus title, once, without the Markdown `# ` before it.
- page_date: the date of the header widget before the title (the crawl day),
  whatever its form. With two calendars (Hijri or Coptic with Gregorian) it is
  the Gregorian date. The magazine's issue number and the aggregator have no
  widget: null.
- published: the date of the publication line (with `THH:MM` when it shows a
  time): an issue-date line, a numeric Hijri/Gregorian pair (the Gregorian
  date), the date after a `كتب NAME` byline, an italic Markdown date, the start
  of a live coverage (`بدأت التغطية:`), a fact-check date, a time-first
  Moroccan date. Update lines (`عُدّل بتاريخ`, `محيّن على الساعة`, `آخر
  تحديث: قبل …`) are no publication date; time stamps between live entries
  are no publication date either.
- summary: a deck under the title or under the meta lines, or a Markdown
  blockquote (`> `) without its marker. A lede with nothing between it and
  the body (no meta line, caption or chrome line, no dateline opening the
  body) stays a lede only when it is a teaser that the first paragraph
  repeats; a promoted first paragraph or an abstract there reads as the first
  paragraph and goes into the body. A first paragraph under 8 words (a
  leftover site line such as `عين اليوم – موسكو`) is never promoted to a lede.
- blocks: the corpus paragraphs whatever the layout; Markdown `## ` headings
  are headings without the marks; page numbers, running heads, live time
  stamps and `📌` pins are no blocks; presentation forms, harakat, RLM and en
  spaces do not change a paragraph (scored folded).
- images: the caption without marks, URL and credit; the credit as written
  (without the Markdown `*` around it).
- sources: the items after `المصادر ▸`, or the aggregator's original
  publisher named on its `المصدر:` line.
- authors (extra key, not scored): the byline's name.
- chrome: every inserted line that is not title, lede or body (captions
  included), minus those that also occur in the body.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh6"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ vocabularies
SITES = {
    "mag": ["مجلة الأفق العربي", "مجلة المشهد الأسبوعية", "مجلة الديوان الجديد"],
    "sa": ["صحيفة الشرقية اليوم", "صحيفة جازان الإلكترونية", "صحيفة الواحة نيوز"],
    "eg": ["بوابة الدلتا نيوز", "أخبار الصعيد اليوم", "بوابة القناة الإخبارية"],
    "agg": ["نبأ جمع", "رادار الأخبار", "تطبيق ملخص"],
    "live": ["قناة الميدان الإخبارية", "شبكة الحدث الآن", "قناة المنارة 24"],
    "fc": ["منصة تبيّن", "مرصد الحقيقة", "منصة فحص"],
    "ma": ["جريدة سوس 24", "الشمال بريس", "وجدة اليوم"],
}
LATIN_SITES = {"mag": "Al Ofoq Weekly", "sa": "Sharqia Today", "eg": "Delta News Gate", "agg": "Nabaa Jam",
               "live": "Al Maidan TV", "fc": "Tabayyan", "ma": "Souss24"}
DOMAINS = {"mag": "alofoq-mag.com", "sa": "sharqiatoday.sa", "eg": "deltanews.eg", "agg": "nabaajam.app",
           "live": "almaidan.tv", "fc": "tabayyan.org", "ma": "souss24.ma"}
CITY = {"mag": "لندن", "sa": "الدمام", "eg": "المنصورة", "agg": "دبي", "live": "الدوحة", "fc": "عمّان",
        "ma": "أكادير"}
PEOPLE = ["غادة الصايغ", "وليد البحيري", "عبير الزهراني", "ماجد القحطاني", "أحمد عبد الستار",
          "نهى الشربيني", "لبنى المصمودي", "عمر أيت بها", "حسن الدسوقي", "ريم العسيري", "كريم بوطيب",
          "سهى الجمال", "فيصل الغامدي", "دينا فكري"]
EG_PEOPLE = ["أحمد عبد الستار", "نهى الشربيني", "حسن الدسوقي", "سهى الجمال", "دينا فكري", "وليد البحيري"]
EG_EDITORS = ["محمود الشاذلي", "عصام أبو العلا", "هشام الدالي", "ياسر المنياوي"]
COPTIC = ["توت", "بابه", "هاتور", "كيهك", "طوبة", "أمشير", "برمهات", "برمودة", "بشنس", "بؤونة", "أبيب", "مسرى",
          "نسيء"]
NAV = {"mag": ["ملف العدد", "حوارات", "ثقافة", "سينما", "كتب", "أرشيف الأعداد", "رسائل القراء"],
       "sa": ["محليات", "المنطقة الشرقية", "جازان", "الأحساء", "تعليم", "صحة", "رياضة"],
       "eg": ["محافظات", "حوادث", "تعليم", "مستشفيات", "خدمات", "رياضة", "فن"],
       "agg": ["آخر الأخبار", "الأكثر رواجًا", "رياضة", "تقنية", "اقتصاد", "صحة"],
       "live": ["آخر الأخبار", "تغطيات مباشرة", "برامج", "تقارير", "العالم", "رياضة"],
       "fc": ["التحقق", "تفنيد", "منهجيتنا", "أدلة", "دروس التحقق", "فريقنا"],
       "ma": ["جهات", "سوس", "مجتمع", "رياضة محلية", "فلاحة", "حوادث", "ثقافة"]}
SA_REGIONS = ["الدمام", "الخبر", "القطيف", "الأحساء", "الجبيل", "حفر الباطن"]
EG_GOVS = ["القاهرة", "الجيزة", "الإسكندرية", "الدقهلية", "الشرقية", "الغربية", "المنيا", "أسيوط", "سوهاج",
           "قنا", "أسوان", "دمياط", "بورسعيد"]
MA_REGIONS = ["سوس ماسة", "درعة تافيلالت", "جهة الشرق", "طنجة تطوان الحسيمة", "مراكش آسفي"]
CAPTIONS = ["غلاف العدد الجديد", "من الندوة الختامية للمهرجان", "مدخل مستشفى المحافظة", "كورنيش المدينة مساءً",
            "محتجون أمام مقر الولاية", "صورة متداولة جرى التحقق منها", "قافلة مساعدات على الطريق",
            "حقول الأرغان في الجنوب", "فرق الإنقاذ في موقع الانهيار", "طلاب أمام لجان الامتحانات"]
CREDITS = ["واس", "أ.ش.أ", "MAP", "Shutterstock", "عدسة المجلة", "Getty Images/Staff", "وكالة الصحافة الفرنسية",
           "خدمة تريبيون", "محمد السيد", "حسين الزهراني", "صفحة المحافظة على فيسبوك"]
VERDICTS = ["مضلّل", "زائف", "صحيح جزئيًا", "يفتقر إلى السياق"]
SA_COMMENTERS = ["أبو تركي", "بنت الشرقية", "مواطن", "سعود م.", "أم فيصل"]
SA_COMMENTS = ["الله يعطيكم العافية على المتابعة.", "ننتظر التنفيذ على أرض الواقع يا جماعة.",
               "خبر طيب، والأهم الاستمرارية.", "ليش ما يشمل القرار بقية المحافظات؟", "شكرًا للصحيفة على الخبر."]

# ------------------------------------------------------------------ styles
NBASE = dict(site="mag", header=[], nav=["nav_vbar"], widget=[None], byline=[None], publine=[None], update=0.0,
             verdict=0.0,
             caption=0.0, caption_fmt=["circ"], lede=[None], lede_place=["deck"], headings=0.0,
             heading_fmt=["plain"], dateline=[None], mid=[], after=[], footer=[None], layout="blank", noise=[])

STYLES = {
    "fresh6_1": dict(site="mag", header=[("mag_top", 1.0), ("subscribe", 0.6), ("nav", 1.0)], nav=["nav_vbar"],
                     byline=["biqalam_slash", None], publine=["p_issue"], caption=0.8, caption_fmt=["circ"],
                     lede=["abstract", "teaser", "promoted"], lede_place=["deck"], headings=0.5,
                     mid=[("page_break", 1.0), ("page_break", 0.6)],
                     after=[("mag_issue", 0.8), ("editor_picks", 0.6)], footer=["f_mag"], layout="blank",
                     noise=["pf_body"]),
    "fresh6_2": dict(site="sa", header=[("license", 1.0), ("regions", 0.7), ("widget", 1.0), ("nav", 1.0)],
                     nav=["nav_arrow"], widget=["w_sa"], byline=["name_city", None], publine=["p_sa"], update=0.4,
                     caption=0.7, caption_fmt=["credit_first"], lede=[None, "abstract", "teaser"],
                     lede_place=["after_meta"], headings=0.3, dateline=["dl_comma_paren", None],
                     mid=[("more_on", 0.5)], after=[("tags", 0.6), ("comments", 0.7), ("most_searched", 0.6)],
                     footer=["f_sa"], layout="rlm_sep", noise=["harakat"]),
    "fresh6_3": dict(site="eg", header=[("gov_picker", 0.8), ("widget", 1.0), ("nav", 1.0)], nav=["nav_semicolon"],
                     widget=["w_eg_coptic"], publine=["p_eg_byline"], caption=0.7, caption_fmt=["circ"],
                     lede=["teaser", "promoted", None], lede_place=["deck"], headings=0.4,
                     mid=[("tuhimmuk", 0.6), ("ads_google", 0.5)],
                     after=[("share", 1.0), ("editor_picks", 0.7)], footer=["f_eg"], layout="blank",
                     noise=["rlm_start"]),
    "fresh6_4": dict(site="agg", header=[("md_skip", 1.0), ("md_logo", 1.0), ("nav", 1.0)], nav=["nav_md"],
                     byline=["md_source"], publine=["p_md"], caption=0.6, caption_fmt=["md"],
                     lede=["abstract", "teaser", None], lede_place=["md_quote"], headings=0.5,
                     heading_fmt=["md"], mid=[("md_more", 0.5)], after=[("md_related", 1.0), ("md_read_at", 0.8)],
                     footer=["f_agg"], layout="markdown"),
    "fresh6_5": dict(site="live", header=[("live_badge", 1.0), ("widget", 1.0), ("nav", 0.7)], nav=["nav_vbar"],
                     widget=["w_ymd_dots"], publine=["p_live"], update=0.7, caption=0.5, caption_fmt=["credit_first"],
                     lede=["abstract", "teaser", None], lede_place=["deck"], dateline=["dl_comma_paren", None],
                     mid=[("ads_google", 0.4)], after=[("live_end", 0.7), ("share", 0.8), ("most_searched", 0.5)],
                     footer=["f_live"], layout="live"),
    "fresh6_6": dict(site="fc", header=[("fc_top", 1.0), ("widget", 1.0), ("nav", 1.0)], nav=["nav_arrow"],
                     widget=["w_eg_lev_slash"], byline=["tahaqquq"], publine=["p_fc"], verdict=1.0, caption=0.6,
                     caption_fmt=["circ", "credit_first"], lede=["teaser", "abstract", None],
                     lede_place=["after_meta"], headings=0.5, heading_fmt=["plain", "colon"],
                     mid=[("newsletter", 0.5), ("more_on", 0.3)],
                     after=[("sources", 0.8), ("fc_method", 1.0)], footer=["f_fc"], layout="blank",
                     noise=["harakat"]),
    "fresh6_7": dict(site="ma", header=[("ma_regions", 0.8), ("fr_edition", 0.5), ("widget", 1.0), ("nav", 1.0)],
                     nav=["nav_semicolon"], widget=["w_ma_hijri"], byline=["tahrir_board", None], publine=["p_ma"],
                     update=0.5, caption=0.7, caption_fmt=["circ"], lede=[None, "promoted", "teaser"],
                     lede_place=["deck", "after_meta"], headings=0.3, mid=[("gallery", 0.4), ("tuhimmuk", 0.4)],
                     after=[("tags", 0.5), ("ma_list", 0.8)], footer=["f_ma"], layout="blank", noise=["ensp"]),
    "fresh6_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["md_skip", "md_logo", "mag_top", "subscribe", "license", "live_badge", "fc_top", "regions",
                "gov_picker", "ma_regions", "fr_edition", "widget", "nav"]
MID_POOL = ["more_on", "tuhimmuk", "ads_google", "newsletter", "gallery", "page_break"]
AFTER_POOL = ["tags", "sources", "comments", "most_searched", "share", "editor_picks", "mag_issue", "live_end",
              "fc_method", "ma_list"]
CHOICES = dict(site=list(SITES),
               widget=["w_sa", "w_eg_coptic", "w_ymd_dots", "w_eg_lev_slash", "w_ma_hijri", None],
               nav=["nav_vbar", "nav_arrow", "nav_semicolon"],
               byline=["biqalam_slash", "name_city", "tahaqquq", "tahrir_board", None],
               publine=["p_issue", "p_sa", "p_eg_byline", "p_live", "p_fc", "p_ma", None],
               caption_fmt=["circ", "credit_first"],
               dateline=["dl_comma_paren", None],
               footer=["f_mag", "f_sa", "f_eg", "f_live", "f_fc", "f_ma", None],
               layout=["blank", "rlm_sep", "live"],
               noise=[[], ["harakat"], ["rlm_start"], ["ensp"], ["pf_body"]])


def style_spec(name, rng):
    spec = dict(NBASE)
    spec.update(STYLES[name])
    if not spec.pop("mixed", False):
        return spec
    if rng.random() < 0.15:
        # a Markdown page draws only Markdown-shaped components
        spec.update(STYLES["fresh6_4"])
        spec.pop("mixed", None)
        spec["site"] = rng.choice(list(SITES))
        spec["lede"] = [None, "abstract", "teaser", "promoted"]
        return spec
    for k, opts in CHOICES.items():
        v = rng.choice(opts)
        spec[k] = v if k in ("site", "layout", "noise") else [v]
    spec["header"] = [(h, 1.0) for h in HEADER_ORDER
                      if h in ("widget", "nav") or (not h.startswith("md_") and rng.random() < 0.25)]
    spec["update"] = rng.choice([0.0, 0.5])
    spec["verdict"] = 1.0 if ("fc_top", 1.0) in spec["header"] else 0.0
    spec["caption"] = 0.7
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["lede_place"] = ["deck", "after_meta"]
    spec["headings"] = 0.0 if spec["layout"] == "live" else 0.4
    spec["heading_fmt"] = ["plain", "colon"]
    spec["mid"] = [(m, 0.3) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.3]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    return spec


# ------------------------------------------------------------------ dates
def ind(s):
    return s.translate(G.INDIC)


def hm(tm):
    return f"{tm[0]:02d}:{tm[1]:02d}"


def coptic(d):
    """(year, month, day) of d in the Coptic calendar (month 13 = the epagomenal days)."""
    jdn = d.toordinal() + 1721425
    days = jdn - 1825030
    year = (4 * days + 1463) // 1461
    doy = jdn - (1825030 + 365 * (year - 1) + year // 4)
    return year, doy // 30 + 1, doy % 30 + 1


def fmt_widget(fmt, d, rng):
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    if fmt == "w_sa":
        hy, hmo, hd = G.hijri(d)
        return f"{wd} {hd} {G.HIJ[hmo - 1]} {hy}هـ / {day} {G.EG[m]} {y}م"
    if fmt == "w_eg_coptic":
        cy, cm, cd = coptic(d)
        return f"{wd} {day} {G.EG[m]} {y} - {cd} {COPTIC[cm - 1]} {cy} قبطية"
    if fmt == "w_ymd_dots":
        return f"{y}.{m + 1:02d}.{day:02d}"
    if fmt == "w_eg_lev_slash":
        return f"{wd} {day} {G.EG[m]}/{G.LEV[m]} {y}"
    if fmt == "w_ma_hijri":
        hy, hmo, hd = G.hijri(d)
        return f"{wd} {day} {G.MAR[m]} {y} ❘ {hd} {G.HIJ[hmo - 1]} {hy}"
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, name, rng):
    """(lines, truth) of a publication line."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    truth = d.isoformat() + (f"T{hm(tm)}" if tm else "")
    if fmt == "p_issue":
        return [f"تاريخ العدد: {day} {G.EG[m]} {y}"], d.isoformat()
    if fmt == "p_sa":
        hy, hmo, hd = G.hijri(d)
        return [f"{wd} {hd}-{hmo}-{hy}هـ | {day:02d}-{m + 1:02d}-{y}م" + (f" - {hm(tm)}" if tm else "")], truth
    if fmt == "p_eg_byline":
        s = f"كتب {name} {wd}، {day:02d} {G.EG[m]} {y}"
        if tm:
            s += f" {G.h12(tm[0]):02d}:{tm[1]:02d} {'م' if tm[0] >= 12 else 'ص'}"
        return [s], truth
    if fmt == "p_md":
        return [f"_{day} {G.EG[m]} {y}" + (f"، {hm(tm)}" if tm else "") + "_"], truth
    if fmt == "p_live":
        return [f"بدأت التغطية: {wd} {day} {G.EG[m]} {y}" + (f" - {hm(tm)}" if tm else "")], truth
    if fmt == "p_fc":
        return [f"تاريخ التحقق: {day}/{m + 1}/{y}"], d.isoformat()
    if fmt == "p_ma":
        return [(f"{hm(tm)} - " if tm else "") + f"{day} {G.MAR[m]} {y}"], truth
    raise ValueError(fmt)


def update_line(fmt, d, tm, crawl, rng):
    """(line, modified) of an update line, or (None, None)."""
    if fmt == "p_live":
        k = rng.randint(2, 50)
        return f"آخر تحديث: قبل {k} دقيقة" if k > 10 else f"آخر تحديث: قبل {k} دقائق", None
    if fmt == "p_sa":
        u = min(crawl, d + datetime.timedelta(days=rng.choice([0, 1, 2])))
        return f"عُدّل بتاريخ {u.day:02d}-{u.month:02d}-{u.year}م", u.isoformat()
    if fmt == "p_ma":
        return f"محيّن على الساعة {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}", None
    return None, None


# --------------------------------------------------------------- helpers
HARAKAT = ["\u0651", "\u0651", "\u064e", "\u064f", "\u0650"]  # shadda most often, then a short vowel
CONSONANTS = set("بتثجحخدذرزسشصضطظعغفقكلمنه")


def noisy(text, kinds, rng):
    if "harakat" in kinds:
        # partial vocalization, as some sites print it: a shadda or a short
        # vowel on one consonant inside some longer words
        ws = text.split(" ")
        for k, w in enumerate(ws):
            if len(w) >= 4 and re.fullmatch(r"[\u0621-\u064a]+", w) and rng.random() < 0.1:
                start = 2 if w.startswith("ال") else 1
                spots = [i for i in range(start, len(w) - 1) if w[i] in CONSONANTS]
                if spots:
                    p = rng.choice(spots) + 1
                    ws[k] = w[:p] + rng.choice(HARAKAT) + w[p:]
        text = " ".join(ws)
    if "ensp" in kinds:
        text = "".join("\u2002" if c == " " and rng.random() < 0.08 else c for c in text)
    if "pf_body" in kinds:
        pf = G.presentation_forms(text)
        if fold(pf) == fold(text):
            text = pf
    if "rlm_start" in kinds:
        text = "\u200f" + text
    return text


def md_url(dom, rng, kind="news"):
    return f"https://{dom}/{kind}/{rng.randint(10000, 999999)}"


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
    dom = DOMAINS[key]
    truth = dict(title=title, page_date=None, published=None, modified=None, summary=None, authors=[], images=[],
                 sources=[], agencies=[], tags=[], dateline=None)
    others = [o for o in rng.sample(others, 40) if fold(o) != fold(title)]
    layout = spec["layout"]
    md = layout == "markdown"
    name = rng.choice(EG_PEOPLE if key == "eg" else PEOPLE)
    issue = rng.randint(900, 2600)

    summary, lede_mode = G.choose_lede(pick("lede"), doc, paras)
    if lede_mode == "promoted" and len(summary.split()) < 8:
        # a short first line (a leftover site line such as `عين اليوم – موسكو`)
        # is no lede: it stays the first paragraph
        paras.insert(0, summary)
        summary, lede_mode = None, None
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine") if pub else None
    comp["publine"] = pfmt

    # wire dateline opening the first paragraph: `city، (agency) - …`
    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dl = G.dateline_parts(doc["author"]) if dform else None
    dl_used = False
    if dl and paras and summary != paras[0]:
        place, rest = dl
        paras[0] = f"{place}، ({rest}) - {paras[0]}"
        truth["dateline"] = place
        if G.AGENCY_CODES.get(rest):
            truth["agencies"].append(G.AGENCY_CODES[rest])
        dl_used = True
        comp["dateline"] = dform

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "md_skip":
            add("md_skip", ["[تخطَّ إلى المحتوى](#main)"])
        elif hname == "md_logo":
            add("md_logo", [f"![{LATIN_SITES[key]}](https://{dom}/static/logo.svg)"])
        elif hname == "mag_top":
            add("mag_top", [site, rng.choice(["أسبوعية عربية جامعة", "تصدر كل خميس", "مجلة الفكر والسياسة"])])
        elif hname == "subscribe":
            add("subscribe", [f"اشترك في المجلة: {rng.choice([12, 24, 52])} عددًا مع التوصيل"])
        elif hname == "license":
            add("license", [site, f"صحيفة إلكترونية مرخّصة من وزارة الإعلام برقم {rng.randint(100000, 999999)}"])
        elif hname == "live_badge":
            add("live_badge", ["🔴 تغطية مباشرة", "تحديث تلقائي: مفعّل"])
        elif hname == "fc_top":
            add("fc_top", [f"{site} | منصة مستقلة للتحقق من الأخبار", "Fact-check ❘ Explainers ❘ About"])
        elif hname == "regions":
            add("regions", [" ❘ ".join(rng.sample(SA_REGIONS, 4))])
        elif hname == "gov_picker":
            add("gov_picker", ["اختر محافظتك"] + rng.sample(EG_GOVS, rng.randint(4, 6)))
        elif hname == "ma_regions":
            add("ma_regions", ["أخبار الجهات: " + " ؛ ".join(rng.sample(MA_REGIONS, 3))])
        elif hname == "fr_edition":
            add("fr_edition", ["Version française ←"])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", [fmt_widget(wfmt, crawl, rng)])
                truth["page_date"] = crawl.isoformat()
        elif hname == "nav":
            items = rng.sample(NAV[key], rng.randint(4, 6))
            nf = pick("nav")
            if nf == "nav_md":
                lines = [f"* [{x}](/section/{k})" for k, x in enumerate(items, 1)]
            elif nf == "nav_arrow":
                lines = ["➤ " + x for x in items]
            elif nf == "nav_semicolon":
                lines = [" ؛ ".join(items)]
            else:
                lines = [" ❘ ".join(items)]
            add("nav", lines)

    # title, deck
    add("title", [f"# {title}" if md else title], chrome_lines=[])
    if summary and lede_place == "deck":
        add("lede", [summary], chrome_lines=[])

    # meta lines
    if bfmt == "biqalam_slash":
        add("byline", [f"بقلم/ {name}"])
        truth["authors"] = [name]
    elif bfmt == "name_city":
        add("byline", [f"{name} ـ {CITY[key]}"])
        truth["authors"] = [name]
    elif bfmt == "tahaqquq":
        add("byline", [f"تحقق: {name}"])
        truth["authors"] = [name]
    elif bfmt == "tahrir_board":
        add("byline", ["هيئة التحرير"])
    elif bfmt == "md_source":
        add("byline", [f"المصدر: [{doc['site']}]({md_url(rng.choice(list(DOMAINS.values())), rng, 'source')})"])
        truth["sources"] = [doc["site"]]
    if pfmt:
        lines, val = fmt_publine(pfmt, pub, tm, name, rng)
        if pfmt == "p_eg_byline":
            truth["authors"] = [name]
        if chance("update"):
            uline, mod = update_line(pfmt, pub, tm, crawl, rng)
            if uline:
                lines.append(uline)
                truth["modified"] = mod
        add("publine", lines)
        truth["published"] = val
    if chance("verdict"):
        add("verdict", [f"الحكم: {rng.choice(VERDICTS)}", f"مستوى الثقة: {rng.choice(['مرتفع', 'متوسط'])}"])
    if summary and lede_place in ("after_meta", "md_quote"):
        add("lede", ["> " + summary] if md else [summary], chrome_lines=[])

    # image
    cap_fmt = pick("caption_fmt")
    if rng.random() < spec["caption"]:
        cap, credit = rng.choice(CAPTIONS), rng.choice(CREDITS)
        if cap_fmt == "circ":
            lines = [f"{cap} ⓒ {credit}"]
        elif cap_fmt == "credit_first":
            lines = [f"الصورة: {credit}", cap]
        else:
            d0 = pub or crawl
            lines = [f"![{cap}](https://cdn.{dom}/uploads/{d0.year}/{d0.month:02d}/{rng.randint(1000, 99999)}.jpg)",
                     f"*{credit}*"]
        truth["images"].append({"caption": cap, "credit": credit})
        add("caption", lines)
    comp["lede_place"] = lede_place if summary else None

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
    page = rng.randint(12, 60)
    for mname, p in spec["mid"]:
        if rng.random() >= p or len(blocks) < 3:
            continue
        comp.setdefault("mid", []).append(mname)
        if mname == "more_on":
            mid_inserts.append(("inline", [f"المزيد حول الموضوع: {others.pop()}"]))
        elif mname == "tuhimmuk":
            mid_inserts.append(("inline", [f"موضوعات تهمك ⟵ {others.pop()}"]))
        elif mname == "md_more":
            mid_inserts.append(("inline", [f"**المزيد حول الموضوع:** [{others.pop()}]({md_url(dom, rng)})"]))
        elif mname == "ads_google":
            mid_inserts.append(("ad", ["Ads by Google"]))
        elif mname == "newsletter":
            mid_inserts.append(("newsletter", ["النشرة الأسبوعية", "ملخص الأسبوع في بريدك كل جمعة",
                                               "اشترك الآن مجانًا"]))
        elif mname == "gallery":
            mid_inserts.append(("gallery", [f"📷 ألبوم الصور ({rng.randint(4, 20)})"]))
        elif mname == "page_break":
            page += 1
            mid_inserts.append(("page_break", [f"— {page} —", f"{site} • العدد {issue}"]))
    positions = {}
    for ins in mid_inserts:
        positions.setdefault(rng.randint(1, len(blocks) - 1), []).append(ins)
    hfmt = pick("heading_fmt")
    # live coverage: a time stamp before each entry, the latest first
    stamp = datetime.datetime.combine(crawl, datetime.time(rng.randint(17, 23), rng.randint(0, 59)))
    for i, b in enumerate(blocks):
        for kind, lines in positions.get(i, []):
            add(kind, lines)
        if b["type"] == "heading":
            h = b["text"]
            add("heading", [f"## {h}" if hfmt == "md" else h + ":" if hfmt == "colon" else h], chrome_lines=[])
            continue
        if layout == "live":
            if i == 0:
                add("pin", ["📌 مثبّت"])
            add("stamp", [f"{stamp.hour:02d}:{stamp.minute:02d}"])
            stamp -= datetime.timedelta(minutes=rng.randint(4, 40))
        text = noisy(b["text"], spec["noise"], rng) if spec["noise"] else b["text"]
        add("body", [text], chrome_lines=[])

    # after the body
    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        if aname == "tags":
            tags = G.tags_from(title, rng)
            if not tags:
                continue
            add("tags", ["موضوعات الخبر: " + "، ".join(tags)])
            truth["tags"] = tags
        elif aname == "sources":
            srcs = [doc["site"]]
            if dl_used and truth["agencies"]:
                srcs.append(dl[1])
            elif rng.random() < 0.6:
                srcs.append(rng.choice(["وكالات", "واس", "مواقع إخبارية", "بيان رسمي"]))
            srcs = [s for s in dict.fromkeys(srcs) if s]
            if not srcs:
                continue
            add("sources", ["المصادر ▸ " + " • ".join(srcs)])
            truth["sources"] = srcs
            for s in srcs:
                if G.AGENCY_CODES.get(s):
                    truth["agencies"].append(G.AGENCY_CODES[s])
        elif aname == "comments":
            n = rng.randint(1, 3)
            lines = [f"تعليقاتكم ({n})"]
            for who, what in zip(rng.sample(SA_COMMENTERS, n), rng.sample(SA_COMMENTS, n)):
                lines += [who, what, "رد | إبلاغ عن إساءة"]
            add("comments", lines)
        elif aname == "most_searched":
            add("mostread", ["الأكثر بحثًا"] + [ind(f"{k}.") + f" {others.pop()}" for k in range(1, rng.randint(4, 6))])
        elif aname == "share":
            add("share", ["مشاركة الخبر", "فيسبوك ◦ إكس ◦ بريد إلكتروني ◦ نسخ الرابط"])
        elif aname == "editor_picks":
            add("related", ["اختيارات المحرر"] + ["▫ " + others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "mag_issue":
            add("mag_issue", [f"هذا المقال من العدد {issue} من {site}", "اطلب النسخة الورقية"])
        elif aname == "live_end":
            add("live_end", ["انتهت التغطية المباشرة لهذا اليوم"])
        elif aname == "fc_method":
            add("fc_method", ["كيف نعمل؟ اقرأ منهجية التحقق لدينا", "أرسل إلينا ادعاءً للتحقق منه"])
        elif aname == "ma_list":
            add("related", ["من الجهات"] + ["◇ " + others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "md_related":
            add("related", ["### أخبار ذات صلة"] + [f"- [{others.pop()}]({md_url(dom, rng)})"
                                                    for _ in range(rng.randint(2, 4))])
        elif aname == "md_read_at":
            add("read_at", [f"[اقرأ الخبر كاملًا على {doc['site']}]({md_url(dom, rng, 'out')})"])
        comp.setdefault("after", []).append(aname)
    ffmt = pick("footer")
    year = crawl.year
    if ffmt == "f_mag":
        add("footer", ["تصدر عن دار الأفق للصحافة والنشر", f"© {year} {LATIN_SITES[key]}"])
    elif ffmt == "f_sa":
        add("footer", ["سياسة الخصوصية ❘ اتصل بنا ❘ أعلن معنا", f"{site} © {year}"])
    elif ffmt == "f_eg":
        add("footer", [f"رئيس مجلس الإدارة: {rng.choice(EG_EDITORS)}", f"جميع حقوق النشر محفوظة لـ{site} {year}"])
    elif ffmt == "f_agg":
        add("footer", ["---", f"© {year} {LATIN_SITES[key]} · [سياسة الخصوصية](/privacy)"])
    elif ffmt == "f_live":
        add("footer", [f"{site} © {year} - شاهدونا مباشرة عبر التطبيق"])
    elif ffmt == "f_fc":
        add("footer", ["موقّعة على مبادئ الشبكة الدولية لتقصي الحقائق", f"© {year} {LATIN_SITES[key]}"])
    elif ffmt == "f_ma":
        add("footer", [f"جريدة إلكترونية مغربية - ملف الصحافة رقم {rng.randint(10, 99)}/{year % 100:02d}",
                       f"© {year} {site}"])

    # layout
    out = []
    for gi, (kind, lines) in enumerate(groups):
        if gi:
            out.append("\u200f" if layout == "rlm_sep" else "")
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
