"""The `fresh3` split of the text-dump benchmark: a third group of styles nobody tuned on.

    python3 bench/textdump/gen_dumps.py --styles fresh3 --n 2000 --seed 13
    python3 bench/textdump/score_dumps.py --split fresh3 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH3 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Report only the aggregate rows of `score_dumps.py --split fresh3`;
once the extractor is changed because of anything learnt here, the split is
spent and a new one has to be written.

The eight styles imitate text dumps of news sites of kinds and countries
chosen apart from the other splits (a Lebanese daily, a Libyan portal, an
Algerian TV channel, a Bahraini paper, a Jordanian portal, a Palestinian
agency, a Tunisian radio, and a per-document random draw of all of these
components). Every component was written for this module; site names, people
and the vocabulary are invented. The corpus texts, the lede choice (abstract /
teaser / promoted first paragraph), the inserted headings and the other
articles' titles in related blocks are the gen_dumps.py ones.

The truth follows gen_dumps.py and the golden fixtures
(crates/ghirbal-extract/tests/fixtures/README.md). Cases they leave open:

- page_date: the date of the header widget before the title (the crawl day),
  whatever its form (Arabic-Indic digits with the weekday after the date, a
  Gregorian date with its Hijri equivalent after `الموافق لـ`, a Hijri date
  first with the Gregorian after a dash and no `هـ`/`م` markers, a Libyan month
  name in brackets, a city prefix, a clock or a zone after the date). With two
  calendars it is the Gregorian date. Dates in related blocks, comments or the
  footer are no widget.
- published: the article's date when the page states it: a publication line
  under the title (labelled or not, Maghreb `14سا30د` times, 12-hour times
  with `صباحًا`/`مساءً`, a Jerusalem-time ISO-like line, a print edition line
  `العدد N - DATE`, Arabic-Indic digits), or the full date of a wire dateline
  (`رام الله، 5 أيار 2024 (وفا) -`). A relative time alone (`قبل 3 ساعات`) is
  no date: published is null. Update lines go to the extra `modified` key
  (not scored), never to published.
- summary: a deck under the title, between rule lines, or after the meta lines;
  a promoted first paragraph stays a lede only when something sets it apart
  from the body (a meta line or caption or rule between them, a dateline
  opening the body, an indented body), else it goes back into the body.
- blocks: the corpus paragraphs whatever the layout (hard-wrapped at 60-90
  characters, first-line indents with spaces or NBSP, no blank lines between
  paragraphs, doubled blank lines); a wrapped paragraph is one paragraph.
- images: the caption without its marker and credit; the credit as written.
- authors (extra key): the name of a correspondent line, a pen-sign line or a
  signature line after the body.
- chrome: every inserted line that is not title, lede, caption or body, minus
  those that also occur in the body.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh3"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ vocabularies
LIB = ["أي النار", "النوار", "الربيع", "الطير", "الماء", "الصيف", "ناصر", "هانيبال", "الفاتح", "التمور", "الحرث",
       "الكانون"]
SITES = {
    "leb": ["جريدة الأرز اليومية", "صحيفة نداء الساحل", "جريدة الجبل والوادي"],
    "libya": ["بوابة الواحة الليبية", "منصة برقة الإخبارية", "ليبيا الغد نت"],
    "dz": ["قناة الأوراس تي في", "قناة الهضاب العليا", "تلفزيون الصومام"],
    "bh": ["صحيفة اللؤلؤة", "جريدة الجزيرتين", "أخبار المحرق"],
    "jo": ["بوابة البتراء الإخبارية", "موقع السلط اليوم", "وكالة جرش نيوز"],
    "ps": ["وكالة الكرمل للأنباء", "وكالة صدى الجليل", "شبكة الزيتونة الإخبارية"],
    "tn": ["إذاعة قرطاج الجديدة", "راديو الساحل التونسي", "إذاعة المنستير أف أم"],
}
LATIN_SITES = {"leb": "Al-Arz Daily", "libya": "Libya Alghad Net", "dz": "Aures TV", "bh": "Al-Lulu'a",
               "jo": "Petra Gate", "ps": "Carmel News Agency", "tn": "Radio Carthage Jdida"}
CITY = {"leb": "بيروت", "libya": "طرابلس", "dz": "الجزائر", "bh": "المنامة", "jo": "عمّان", "ps": "رام الله",
        "tn": "تونس"}
PEOPLE = ["جورج نخلة", "ريتا الحاج", "عبد الحكيم الورفلي", "نسرين بن سعود", "ياسين بوعلام", "فاطمة الزهراء قادري",
          "جاسم المناعي", "أمل السيد علي", "ليث العبادي", "رزان الخصاونة", "إياد أبو زيد", "هديل الشوبكي",
          "أنيس الطرابلسي", "سيرين الهمامي"]
KICKERS = ["قضية اليوم", "عين على الحدث", "جولة ميدانية", "إنفوغراف", "خبر محلي", "ترند"]
NAV = ["أخبار البلد", "سياسة محلية", "قضايا وتحقيقات", "شباب ورياضة", "صحة ومجتمع", "علوم وتقنية", "حول العالم",
       "فن ومشاهير", "المرأة والطفل", "سياحة وسفر", "عقارات وأسواق", "كتّاب وآراء", "صور وفيديو", "أخبار البلديات"]
LATIN_UI = ["E-Paper", "Podcasts", "Videos", "Photos", "Sports", "Opinion"]
CAPTIONS = ["مشهد من الساحة الرئيسية", "من الجلسة الافتتاحية", "آليات تعمل في الموقع", "صورة من داخل القاعة",
            "عائلات في السوق القديم", "لحظة وصول الوفد", "مدخل المستشفى الحكومي", "ملعب المدينة قبل المباراة",
            "واجهة البحر عند الغروب", "جانب من الوقفة الاحتجاجية"]
CREDITS = ["EPA-EFE", "dpa", "Sipa", "ANSA", "المكتب الإعلامي للبلدية", "صفحة الرئاسة", "أرشيف الجريدة",
           "مصور القناة", "نضال الشريف", "مروان طحطح"]
INLINE = ["شاهد أيضًا:", "ننصحك بقراءة:", "ذات علاقة »"]
RELATED = ["أخبار متعلقة", "قد يعجبك كذلك", "مواد ذات صلة بالموضوع"]
MOSTREAD = ["الأكثر اطلاعًا", "الأعلى مشاهدة", "الأوسع انتشارًا هذا اليوم"]
COMMENTERS = ["ابن الجنوب", "ريما", "أبو سليم", "طالب جامعي", "مغترب", "حنان م.", "كمال"]
COMMENTS = [
    "المشكلة ليست جديدة، نسمع نفس الوعود كل سنة.",
    "تقرير ممتاز ونتمنى متابعة القضية حتى النهاية.",
    "أين دور البلدية في كل هذا؟",
    "الله يحمي البلد وأهله.",
    "كلام جميل لكن التطبيق على الأرض شيء آخر.",
    "شكرًا للمراسل على نقل الصورة بأمانة.",
]
SHARE = ["شارك الخبر عبر:", "Messenger | Viber | Copy link"]
FOOT_TAIL = {"leb": "ص.ب. {n} - بيروت، لبنان", "libya": "طرابلس - ليبيا | هاتف: +218 21 {n}",
             "dz": "تردد القناة على نايل سات: 10971 أفقي", "bh": "ص.ب {n} المنامة - مملكة البحرين",
             "jo": "عمّان - الأردن | هاتف: +962 6 {n}", "ps": "رام الله - فلسطين | فاكس: +970 2 {n}",
             "tn": "استمعوا إلينا على الموجة 98.6 FM"}

# ------------------------------------------------------------------ styles
NBASE = dict(site="leb", header=[], nav=["dash_inline"], widget=[None], kicker=0.0, byline=[None], publine=[None],
             update=0.0, views=0.0, caption=0.0, caption_fmt=["arrow_paren"], title_caption=0.2, lede=[None],
             lede_place=["deck"], headings=0.0, dateline=[None], mid=[], after=[], footer=[None],
             layout="single", noise=[])

STYLES = {
    "fresh3_1": dict(site="leb", header=[("tab_title", 0.5), ("masthead", 1.0), ("widget", 1.0), ("nav", 1.0)],
                     nav=["diamond"], widget=["w_lev_indic_after"], kicker=0.4, byline=["murasil", "pen", None],
                     publine=["p_sadar"], update=0.4, caption=0.8, caption_fmt=["arrow_paren"],
                     lede=[None, "abstract", "teaser"], lede_place=["deck", "deck_rule"], headings=0.4,
                     mid=[("inline_read", 0.5), ("ad_block", 0.4)],
                     after=[("tags_dalla", 0.6), ("share", 1.0), ("related", 1.0)], footer=["rights"],
                     layout="hanging", noise=["hair"]),
    "fresh3_2": dict(site="libya", header=[("latin_ui", 0.7), ("widget", 1.0), ("nav", 1.0)], nav=["lines_more"],
                     widget=["w_libya"], byline=["pen", None], publine=["p_khabar_indic", "p_qabl"], views=0.7,
                     caption=0.7, caption_fmt=["photo_latin"], lede=[None, "promoted", "abstract"],
                     lede_place=["deck"], headings=0.3, mid=[("app_mid", 0.5), ("inline_read", 0.4)],
                     after=[("mostread", 0.8), ("comments", 0.7)], footer=["designed"], layout="single",
                     noise=["lro"]),
    "fresh3_3": dict(site="dz", header=[("live_tv", 1.0), ("lang", 0.8), ("widget", 1.0), ("nav", 1.0)],
                     nav=["dash_inline"], widget=["w_dz_hijri"], kicker=0.3, publine=["p_dz_sa"], update=0.5,
                     caption=0.9, caption_fmt=["adasa", "arrow_paren"], lede=["abstract", "teaser", "promoted"],
                     lede_place=["after_meta", "deck"], headings=0.4, mid=[("ad_block", 0.5), ("tg_mid", 0.4)],
                     after=[("share", 1.0), ("related_times", 1.0)], footer=["rights"], layout="wrap_blank",
                     noise=["trail_nbsp"]),
    "fresh3_4": dict(site="bh", header=[("masthead", 1.0), ("widget", 1.0), ("nav", 1.0)], nav=["lines_more"],
                     widget=["w_bh_hijri_first"], byline=["murasil", "sign_end", None], publine=["p_issue"],
                     caption=0.8, caption_fmt=["adasa"], lede=[None, "abstract", "promoted"],
                     lede_place=["deck_rule"], headings=0.3, mid=[("caption2", 0.3)],
                     after=[("sources", 0.4), ("related", 0.8), ("comments", 0.5)], footer=["rights"],
                     layout="nbsp_indent"),
    "fresh3_5": dict(site="jo", header=[("tab_title", 0.6), ("latin_ui", 0.5), ("widget", 1.0), ("nav", 1.0)],
                     nav=["diamond"], widget=["w_city"], byline=["pen", "murasil"], publine=["p_ampm_words"],
                     update=0.5, views=0.5, caption=0.7, caption_fmt=["photo_latin", "arrow_paren"],
                     lede=[None, "teaser", "abstract"], lede_place=["deck"], headings=0.5,
                     mid=[("inline_read", 0.7), ("app_mid", 0.3)],
                     after=[("tags_latin", 0.6), ("mostread", 1.0), ("no_comments", 0.6)], footer=["designed"],
                     layout="blank3", noise=["ideo"]),
    "fresh3_6": dict(site="ps", header=[("masthead", 1.0), ("widget", 1.0), ("nav", 0.7)], nav=["dash_inline"],
                     widget=["w_ps_clock"], publine=["p_quds", None], update=0.4, caption=0.4,
                     caption_fmt=["arrow_paren"], dateline=["dl_dated", "dl_guill"],
                     after=[("end_slash", 1.0), ("share", 0.8), ("related", 0.8)], footer=["agency"],
                     layout="single", noise=["lro"]),
    "fresh3_7": dict(site="tn", header=[("live_radio", 1.0), ("widget", 1.0), ("nav", 1.0)], nav=["diamond"],
                     widget=["w_tn_zone"], kicker=0.3, byline=["murasil", None], publine=["p_tn_pipe"],
                     caption=0.6, caption_fmt=["photo_latin"], lede=["teaser", "promoted", None],
                     lede_place=["after_meta"], headings=0.3, mid=[("tg_mid", 0.5), ("ad_block", 0.3)],
                     after=[("tags_dalla", 0.5), ("related_times", 0.8), ("comments", 0.6)], footer=["designed"],
                     layout="hanging", noise=["hair", "trail_nbsp"]),
    "fresh3_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["tab_title", "live_tv", "live_radio", "masthead", "lang", "latin_ui", "widget", "nav"]
MID_POOL = ["inline_read", "ad_block", "app_mid", "tg_mid", "caption2"]
AFTER_POOL = ["tags_dalla", "tags_latin", "sources", "end_slash", "share", "related", "related_times", "mostread",
              "comments", "no_comments"]
CHOICES = dict(site=list(SITES),
               widget=["w_lev_indic_after", "w_libya", "w_dz_hijri", "w_bh_hijri_first", "w_city", "w_ps_clock",
                       "w_tn_zone", None],
               nav=["dash_inline", "diamond", "lines_more"],
               byline=["murasil", "pen", "sign_end", None],
               publine=["p_sadar", "p_khabar_indic", "p_qabl", "p_dz_sa", "p_issue", "p_ampm_words", "p_quds",
                        "p_tn_pipe", "p_indic_iso", None],
               caption_fmt=["arrow_paren", "photo_latin", "adasa"],
               dateline=["dl_dated", "dl_guill", None],
               footer=["rights", "designed", "agency", None],
               layout=["single", "hanging", "wrap_blank", "nbsp_indent", "blank3"],
               noise=[[], ["hair"], ["lro"], ["trail_nbsp"], ["ideo"]])


def style_spec(name, rng):
    spec = dict(NBASE)
    spec.update(STYLES[name])
    if not spec.pop("mixed", False):
        return spec
    for k, opts in CHOICES.items():
        v = rng.choice(opts)
        spec[k] = v if k in ("site", "layout", "noise") else [v]
    spec["header"] = [(h, 1.0) for h in HEADER_ORDER if h in ("widget", "nav") or rng.random() < 0.3]
    spec["kicker"] = rng.choice([0.0, 0.4])
    spec["update"] = rng.choice([0.0, 0.5])
    spec["views"] = rng.choice([0.0, 0.5])
    spec["caption"] = 0.7
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["lede_place"] = ["deck", "deck_rule", "after_meta"]
    spec["headings"] = 0.4
    spec["mid"] = [(m, 0.3) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.3]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    return spec


# ------------------------------------------------------------------ dates
def ind(s):
    return s.translate(G.INDIC)


def fmt_widget(fmt, d, rng):
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    if fmt == "w_lev_indic_after":
        return ind(f"{day} {G.LEV[m]} {y}") + f"، {wd}"
    if fmt == "w_libya":
        return f"{wd} {day} {G.EG[m]} ({LIB[m]}) {y}"
    if fmt == "w_dz_hijri":
        hy, hm, hd = G.hijri(d)
        return f"{wd} {day} {G.MAG[m]} {y} الموافق لـ {hd} {G.HIJ[hm - 1]} {hy}هـ"
    if fmt == "w_bh_hijri_first":
        hy, hm, hd = G.hijri(d)
        return f"{wd} {hd} {G.HIJ[hm - 1]} {hy} - {day} {G.EG[m]} {y}"
    if fmt == "w_city":
        return f"عمّان، {wd} {day} {G.LEV[m]} {y}"
    if fmt == "w_ps_clock":
        return f"{wd}، {day:02d}/{m + 1:02d}/{y} | القدس {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}"
    if fmt == "w_tn_zone":
        return f"{wd} {day} {G.MAG[m]} {y} | {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d} GMT+1"
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng):
    """(lines, truth) of a publication line; truth None when it states no date."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    truth = d.isoformat() + (f"T{tm[0]:02d}:{tm[1]:02d}" if tm else "")
    hh, mi = tm if tm else (0, 0)
    if fmt == "p_sadar":
        return [f"صدر في {wd} {day} {G.LEV[m]} {y}" + (f" الساعة {hh:02d}:{mi:02d}" if tm else "")], truth
    if fmt == "p_khabar_indic":
        return [ind(f"تاريخ الخبر: {y}/{m + 1:02d}/{day:02d}" + (f" - {hh:02d}:{mi:02d}" if tm else ""))], truth
    if fmt == "p_qabl":
        k = rng.randint(2, 10)
        return [rng.choice([f"قبل {k} ساعات", "قبل ساعتين", f"قبل {k} دقائق"])], None
    if fmt == "p_dz_sa":
        return [f"نشر يوم {wd} {day} {G.MAG[m]} {y}" + (f" على {hh:02d}سا{mi:02d}د" if tm else "")], truth
    if fmt == "p_issue":
        return [f"العدد {rng.randint(3000, 16000)} - {wd} {day} {G.EG[m]} {y}"], d.isoformat()
    if fmt == "p_ampm_words":
        s = f"الخبر منشور بتاريخ {day}/{m + 1}/{y}"
        if tm:
            s += f" الساعة {G.h12(hh)}:{mi:02d} {'مساءً' if hh >= 12 else 'صباحًا'}"
        return [s], truth
    if fmt == "p_quds":
        return [f"{y}-{m + 1:02d}-{day:02d}" + (f" {hh:02d}:{mi:02d} بتوقيت القدس" if tm else "")], truth
    if fmt == "p_tn_pipe":
        return [f"{day:02d} {G.MAG[m]} {y}" + (f" | {hh:02d}:{mi:02d}" if tm else "")], truth
    if fmt == "p_indic_iso":
        return [ind(f"{y}-{m + 1:02d}-{day:02d}" + (f" {hh:02d}:{mi:02d}" if tm else ""))], truth
    raise ValueError(fmt)


def update_line(fmt, d, tm, crawl, rng):
    if tm:
        t0 = datetime.datetime(d.year, d.month, d.day, tm[0], tm[1])
        u = t0 + datetime.timedelta(minutes=rng.randint(15, 20 * 60))
        if u.date() > crawl:
            return None, None
    else:
        u = datetime.datetime.combine(d, datetime.time(rng.randint(9, 23), rng.randint(0, 59)))
    hm = f"{u.hour:02d}:{u.minute:02d}"
    if fmt == "p_sadar":
        line = f"عُدّل في {u.day} {G.LEV[u.month - 1]} {u.year} {hm}"
    elif fmt == "p_dz_sa":
        line = f"آخر تحيين: {u.day} {G.MAG[u.month - 1]} {u.year} على {u.hour:02d}سا{u.minute:02d}د"
    elif fmt == "p_quds":
        line = f"Updated: {u.strftime('%Y-%m-%d')} {hm}"
    elif fmt == "p_ampm_words":
        line = f"حُدّث: {u.day}/{u.month}/{u.year} {hm}"
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
    if "hair" in kinds:
        text = re.sub(r" ([،:؛])", lambda mm: ("\u200a" if rng.random() < 0.5 else " ") + mm.group(1), text)
    if "lro" in kinds:
        text = re.sub(r"\d[\d.,/%-]*", lambda mm: "\u202d" + mm.group(0) + "\u202c" if rng.random() < 0.5
                      else mm.group(0), text)
    if "ideo" in kinds:
        text = re.sub(r"([.!؟]) ", lambda mm: mm.group(1) + ("\u3000" if rng.random() < 0.5 else " "), text)
    return text


RULE = "━━━━━━━━━━━━"


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
    sec = G.SECTIONS.get(doc["cat"] or "", "منوعات")
    truth = dict(title=title, page_date=None, published=None, modified=None, summary=None, authors=[], images=[],
                 sources=[], agencies=[], tags=[], dateline=None)
    others = [o for o in rng.sample(others, 40) if fold(o) != fold(title)]
    layout = spec["layout"]
    indented_body = layout in ("hanging", "nbsp_indent")

    summary, lede_mode = G.choose_lede(pick("lede"), doc, paras)
    lede_place = pick("lede_place")
    byl = pick("byline")
    pfmt = pick("publine") if pub else None
    name = rng.choice(PEOPLE)

    # wire dateline opening the first paragraph
    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dl = G.dateline_parts(doc["author"]) if dform else None
    dl_used = False
    if dl and paras and summary != paras[0]:
        place, rest = dl
        if dform == "dl_dated" and pub:
            paras[0] = f"{place}، {pub.day} {G.LEV[pub.month - 1]} {pub.year} ({rest}) - {paras[0]}"
            truth["published"] = pub.isoformat()
        else:
            dform = "dl_guill"
            paras[0] = f"{place} «{rest}» - {paras[0]}"
        truth["dateline"] = place
        if G.AGENCY_CODES.get(rest):
            truth["agencies"].append(G.AGENCY_CODES[rest])
        dl_used = True
        comp["dateline"] = dform

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "tab_title":
            add("tab_title", [f"{title} :: {site}"])
        elif hname == "live_tv":
            add("live_tv", ["● مباشر", f"شاهد البث الحي لـ{site}"])
        elif hname == "live_radio":
            add("live_radio", ["▶ استمع للبث المباشر", "برامجنا | مذيعونا | بودكاست"])
        elif hname == "masthead":
            add("masthead", [site, rng.choice(["منذ 1987", "يومية مستقلة شاملة", "الحدث كما هو، من مصدره"])])
        elif hname == "lang":
            add("lang", ["عربي | Français | English"])
        elif hname == "latin_ui":
            add("latin_ui", [" · ".join(rng.sample(LATIN_UI, 4))])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", [fmt_widget(wfmt, crawl, rng)])
                truth["page_date"] = crawl.isoformat()
        elif hname == "nav":
            items = rng.sample(NAV, rng.randint(4, 7))
            nf = pick("nav")
            if nf == "dash_inline":
                lines = [" - ".join(items)]
            elif nf == "diamond":
                lines = [" ◆ ".join(items)]
            else:
                lines = items + ["المزيد +"]
            add("nav", lines)

    # kicker, title, deck
    if chance("kicker"):
        add("kicker", [rng.choice(KICKERS)])
    add("title", [title], chrome_lines=[])
    if summary and lede_place == "deck":
        add("lede", [summary], chrome_lines=[])
    elif summary and lede_place == "deck_rule":
        add("rule", [RULE])
        add("lede", [summary], chrome_lines=[])
        add("rule", [RULE])

    # meta lines
    if byl == "murasil":
        add("byline", [f"{'مراسلة' if rng.random() < 0.4 else 'مراسل'} {site} في {CITY[key]}: {name}"])
        truth["authors"] = [name]
    elif byl == "pen":
        add("byline", [f"✍️ {name}"])
        truth["authors"] = [name]
    if pfmt:
        lines, val = fmt_publine(pfmt, pub, tm, rng)
        add("publine", lines)
        if val:
            truth["published"] = val
        if chance("update"):
            line, mod = update_line(pfmt, pub, tm, crawl, rng)
            if line:
                add("update", [line])
                truth["modified"] = mod
    if chance("views"):
        n = rng.randint(80, 30000)
        add("views", [rng.choice([f"👁 {n}", ind(f"قرأه {n} شخصًا")])])
    if summary and lede_place == "after_meta":
        add("lede", [summary], chrome_lines=[])

    # image
    cap_fmt = pick("caption_fmt")

    def caption_group(cap, credit):
        if cap_fmt == "arrow_paren":
            return [f"▲ {cap} ({credit})"]
        if cap_fmt == "photo_latin":
            return [f"{cap} · Photo: {credit}"]
        return [f"{cap} - عدسة: {credit}"]

    def new_caption(from_title):
        if from_title and rng.random() < spec["title_caption"]:
            tw = [w for w in title.split() if not re.search(r"[«»\"':؟?!.،()]", w)]
            if len(tw) >= 4:
                cap = " ".join(tw[: rng.randint(3, 6)])
                if fold(cap) != fold(title):
                    return cap
        return rng.choice(CAPTIONS)

    if rng.random() < spec["caption"]:
        cap, credit = new_caption(True), rng.choice(CREDITS)
        truth["images"].append({"caption": cap, "credit": credit})
        add("caption", caption_group(cap, credit))
    comp["lede_place"] = lede_place if summary else None

    if summary and lede_mode == "promoted" and groups[-1][0] == "lede" and not dl_used and not indented_body:
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
        if mname == "inline_read":
            label, t = rng.choice(INLINE), others.pop()
            mid_inserts.append(("inline", [f"{label} {t}"] if rng.random() < 0.6 else [label, t], None))
        elif mname == "ad_block":
            mid_inserts.append(("ad", rng.choice([["مساحة إعلانية"], ["Publicité"], ["- مساحة إعلانية -", "Ad"]]),
                                None))
        elif mname == "app_mid":
            mid_inserts.append(("app", [f"حمّل تطبيق {site} من AppGallery وApp Store"], None))
        elif mname == "tg_mid":
            mid_inserts.append(("tg", ["تابعوا آخر المستجدات عبر قناتنا على تيليغرام"], None))
        elif mname == "caption2":
            cap, credit = new_caption(False), rng.choice(CREDITS)
            truth["images"].append({"caption": cap, "credit": credit})
            mid_inserts.append(("caption2", caption_group(cap, credit), None))
    positions = {}
    for ins in mid_inserts:
        positions.setdefault(rng.randint(1, len(blocks) - 1), []).append(ins)
    for i, b in enumerate(blocks):
        for kind, lines, cl in positions.get(i, []):
            add(kind, lines, cl)
        text = noisy(b["text"], spec["noise"], rng) if spec["noise"] else b["text"]
        add("body" if b["type"] == "paragraph" else "heading", [text], chrome_lines=[])
    if byl == "sign_end":
        add("byline", [f"— {name}"])
        truth["authors"] = [name]

    # after the body
    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        if aname.startswith("tags_"):
            tags = G.tags_from(title, rng)
            if not tags:
                continue
            add("tags", [("كلمات دالة: " + " / ".join(tags)) if aname == "tags_dalla"
                         else ("Keywords: " + ", ".join(tags))])
            truth["tags"] = tags
        elif aname == "sources":
            srcs = [s for s in dict.fromkeys([doc["site"], rng.choice(["وكالات", "بنا", None])]) if s]
            if not srcs:
                continue
            add("sources", ["المصادر: " + "، ".join(srcs)])
            truth["sources"] = srcs
            for s in srcs:
                if G.AGENCY_CODES.get(s):
                    truth["agencies"].append(G.AGENCY_CODES[s])
        elif aname == "end_slash":
            add("end_slash", [rng.choice(["/انتهى/", "(ن.ع)", "-- ت.ح --"])])
        elif aname == "share":
            add("share", list(SHARE))
        elif aname in ("related", "related_times"):
            lines = [rng.choice(RELATED)]
            for t in [others.pop() for _ in range(rng.randint(2, 4))]:
                if aname == "related_times":
                    lines.append(ind(f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}") + f" » {t}")
                else:
                    lines.append(f"» {t}")
            add("related", lines)
        elif aname == "mostread":
            lines = [rng.choice(MOSTREAD)]
            for k, t in enumerate([others.pop() for _ in range(rng.randint(3, 5))], 1):
                lines.append(f"{k}- {t}")
            add("mostread", lines)
        elif aname == "comments":
            n = rng.randint(1, 3)
            lines = [f"تعليقات الزوار ({n})"]
            for who, what in zip(rng.sample(COMMENTERS, n), rng.sample(COMMENTS, n)):
                cd = min(crawl, (pub or crawl) + datetime.timedelta(days=rng.randint(0, 2)))
                lines += [f"{who} - {cd.day}/{cd.month}/{cd.year}", what]
            lines += ["اكتب تعليقك هنا...", "الاسم", "نشر"]
            add("comments", lines)
        elif aname == "no_comments":
            add("comments", ["لا توجد تعليقات بعد، كن أول من يعلّق"])
        comp.setdefault("after", []).append(aname)
    ffmt = pick("footer")
    year = crawl.year
    tail = FOOT_TAIL[key].format(n=rng.randint(100000, 999999))
    if ffmt == "rights":
        add("footer", [f"جميع الحقوق محفوظة لـ{site} © {year}", tail])
    elif ffmt == "designed":
        add("footer", ["Sitemap | Contact | Privacy", f"{LATIN_SITES[key]} {year} - Designed by NextWeb Solutions"])
    elif ffmt == "agency":
        add("footer", [f"{site} © {year} - يمنع النسخ أو إعادة النشر دون إذن خطي", tail])

    # layout
    out = []
    prev = None
    width = rng.randint(60, 80) if layout == "wrap_blank" else rng.randint(65, 90)
    indent = rng.choice(["    ", "  "]) if layout == "hanging" else "\u00a0" * rng.randint(2, 4)
    for kind, lines in groups:
        if prev is not None:
            if layout in ("single", "hanging") and kind == "body" and prev == "body":
                pass
            elif layout == "blank3":
                out += ["", ""]
            else:
                out.append("")
        prev = kind
        if kind == "body":
            text = lines[0]
            if layout in ("wrap_blank", "hanging"):
                lines = wrap(text, width)
            if indented_body:
                lines = [indent + lines[0]] + lines[1:]
        elif kind == "lede" and layout == "wrap_blank":
            lines = wrap(lines[0], width)
        if "trail_nbsp" in spec["noise"]:
            lines = [x + rng.choice(["", "", " \u00a0", "  "]) for x in lines]
        if layout == "blank3":
            lines = [x + (" " if rng.random() < 0.3 else "") for x in lines]
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
