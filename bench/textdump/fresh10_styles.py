"""The `fresh10` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh10 --n 2000 --seed 41
    python3 bench/textdump/score_dumps.py --split fresh10 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH10 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by someone who has not read the extractor, its tests, its
fixtures or its benchmark notes. No component here is meant to be one of the
tune, held-out, fresh, fresh2, ..., fresh9 ones (as far as their generators
show). Only the aggregate rows of `score_dumps.py --split fresh10` are ever
reported; once the extractor is changed because of anything learnt here, the
split is spent.

The eight styles imitate text dumps of kinds of pages the other splits do not:
a Yemeni news site seen through a web-archive capture, a feed reader's article
view of an RSS item, an article forwarded in a WhatsApp chat and exported, a
news podcast's episode page with its transcript, a ministry's press release
converted from PDF to text, a community wiki-news article, a Maghreb
(Algerian or Moroccan) news site seen through a search engine's cached copy,
and a per-document random draw of these components. Site names, people, the
ministries and the vocabulary are invented. The corpus texts, the lede choice
(abstract / teaser / promoted first paragraph), the inserted headings and the
other articles' titles in related blocks are the gen_dumps.py ones.

New here: archive and cache banners (capture counts, capture ranges, a month
and year strip, a snapshot line, an archive trailer); a Gregorian date with
spaced `م` and `هـ` markers around a kashida separator, a numeric
Hijri/Gregorian pair with spaced markers, an English date with an ordinal
day, a Levantine widget with the Egyptian month in brackets after `اليوم`,
an Algerian-month date with the Hijri date after an em dash, a Moroccan-month
date with a clock; `أُدرج في:` lines with the month name between slashes,
English feed times (`Apr 25, 2024, 10:15 AM`, ISO 8601 with an offset,
relative `5h`), Levantine emoji date lines in a chat message, episode lines
with dotted dates and a duration, a Hijri date line and a `الموافق:` line in
a letterhead, a wiki date line with `ت.ع.م`, an Algerian dashed-month line,
a Moroccan line with a comma before the year; chat exports (Android and
desktop stamps, system messages, media placeholders, WhatsApp `*bold*` and
`_italic_` marks), a feed reader's sidebar and list pane (the title and a
snippet of the first paragraph again), player controls, sponsor reads,
transcript time codes, bilingual two-column letterheads, justified lines,
form feeds and page footers, lam-alef ligatures, MediaWiki edit links glued
to headings and footnote marks glued to paragraph ends, cited-source lists,
categories, wiki tools and language lists, Tifinagh in a language switcher,
`ح.م` credits, comment forms; blank lines holding tabs.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once, without WhatsApp's `*` marks, a PDF's
  `الموضوع:` label or the chat stamp before it on the same line. Titles in a
  feed reader's list pane, in cited sources or in the archive's tab line are
  chrome; a title wrapped over two lines in the PDF is still one title.
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its form; with two calendars it is the Gregorian date.
  The archive banner (capture range, month strip, trailer) and the cache
  banner's snapshot line are not the page's widget: without a site widget,
  page_date is null. Chat stamps, letterhead dates and the wiki's edit line
  are no widget.
- published: the publication line's date, with `THH:MM` when it shows a time
  (12-hour `م`/`PM` is afternoon; offsets are kept as printed). The feed
  reader's relative time alone (`5h`) states no date: null. The chat: only a
  date line inside the forwarded text counts; the chat stamps are the time
  someone forwarded it. The podcast: the episode line's date. The PDF: the
  Gregorian date of the letterhead (`الموافق:` or the city-and-date line),
  the crawl day for SaudiNewsNet articles that have none. The wiki: its date
  line; the `آخر تعديل` line after the body goes to the extra `modified` key.
- summary: a deck under the title, a lede after the meta lines or the
  caption, a lede under a label (`عن الحلقة`; the label is chrome), or an
  italic `_..._` lede in the chat (without the marks). An unlabelled lede with
  nothing between it and the body (no meta line, caption or chrome line, no
  dateline opening the body) stays a lede only when it is a teaser that the
  first paragraph repeats; a promoted first paragraph or an abstract there
  reads as the first paragraph and goes into the body. A first paragraph
  under 8 words is never promoted. The PDF and the wiki have no lede.
- blocks: the corpus paragraphs whatever the layout: justified and wrapped
  PDF lines, lam-alef ligatures, tab-only lines and WhatsApp marks do not
  change a paragraph; transcript time codes, form feeds, page footers and
  footnote marks (`[3]` at a paragraph's end) are no blocks. Headings without
  `[عدل]`, `*` or `◈ `.
- images: the caption without marks and credit; the credit as written
  (`ح.م` included). Media placeholders in the chat are no image.
- sources: the items of a `عن:` line, of the chat's `📌 المصدر:` line and
  the publishers of cited sources; tags: the items of `الأوسمة:`, `ملفات:`
  and the wiki's categories.
- authors (extra key, not scored): the byline's name (a podcast's presenter,
  not its producer); a chat member, a media contact or a wiki are no
  authors.
- chrome: every inserted line that is not title, lede or body (captions
  included), minus those that also occur in the body.
"""
import datetime

from textnorm import display, fold

SPLIT = "fresh10"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ vocabularies
SITES = {
    "yem": [("صدى سبأ نت", "sadasaba-net.com", "صوت اليمن من الداخل"),
            ("بوابة اليمن السعيد", "yemen-saeed.net", "الخبر لحظة وقوعه"),
            ("المكلا اليوم", "mukalla-today.com", "نافذة حضرموت على العالم")],
    "pod": [("مدار بودكاست", "madar-podcasts.fm", "Madar Podcasts"),
            ("صوتيات الضفتين", "daffatain-audio.com", "Daffatain Audio")],
    "wiki": [("ويكي الخبر", "ar.wikikhabar.org", "من ويكي الخبر، الأخبار التي يكتبها قراؤها"),
             ("موسوعة الحدث الحرة", "hadathwiki.org", "من موسوعة الحدث الحرة، سجلّ الأخبار المفتوح")],
    "mgh": [("صوت الحضنة", "sawt-elhodna.dz", "dz"), ("أنباء الهضاب", "anbaa-hidab.dz", "dz"),
            ("سوس بريس 24", "souss-press24.ma", "ma"), ("الجهة الشرقية اليوم", "oriental-lyoum.ma", "ma")],
    "feed": [("FeedNest", "feednest.app"), ("Lektor Reader", "lektor.io")],
}
PEOPLE = {"yem": ["عبدالله الوصابي", "نبيل الشرجبي", "أروى الحميري", "صادق المقطري", "هدى باعباد"],
          "pod": ["ريم العبدالله", "ماجد الكعبي", "لمى سعادة", "طارق النجار", "جود الشمري"],
          "mgh_dz": ["مراد بن عيسى", "فاطمة الزهراء قاسمي", "عبد الحق مرابط", "نسيمة بوعلام"],
          "mgh_ma": ["حميد أزرقان", "سناء الوزاني", "عزيز أيت بلا", "خديجة الرايس"],
          "feed": ["منصور الحايك", "إيمان خليل", "سامي ضاهر", "رزان عويس"]}
CITIES = {"yem": ["صنعاء", "عدن", "تعز", "المكلا", "الحديدة", "مأرب"],
          "dz": ["الجزائر العاصمة", "سطيف", "بسكرة", "تلمسان", "المسيلة"],
          "ma": ["أكادير", "وجدة", "تارودانت", "الناظور", "مراكش"]}
PROGRAMS = ["موجز الصباح", "خلاصة الأسبوع", "الخبر وما وراءه", "نشرة المساء المسموعة", "دقيقة اقتصاد"]
GUESTS = ["د. منى الخطيب، أستاذة العلوم السياسية", "م. يوسف العمري، خبير طاقة", "سلوى داود، صحفية استقصائية",
          "د. أحمد الزين، باحث في الاقتصاد", "نادر فرحات، محلل شؤون إقليمية"]
NAV = {"yem": ["الرئيسية", "شؤون المحافظات", "تقارير وتحقيقات", "الأسرة", "الوطن العربي", "حوارات", "كتابات", "رياضة"],
       "pod": ["الحلقات", "البرامج", "المقدّمون", "عن المنصة", "اشترك"],
       "mgh": ["أخبار الوطن", "ولايات", "اقتصاد", "دولي", "رياضة", "ثقافة", "مجتمع", "صوت وصورة"],
       "wiki": ["الصفحة الرئيسية", "أحداث جارية", "خبر عشوائي", "اكتب خبرًا"],
       "feed": ["Today", "All articles", "Starred", "Read later"]}
CAPTIONS = ["سوق شعبي في المدينة القديمة", "مواطنون أمام مركز توزيع المساعدات", "طريق جبلي بعد ترميمه",
            "محتجون في الساحة الرئيسية", "قارب صيد في الميناء", "قاعة الاجتماعات في مبنى الولاية",
            "محطة تحلية مياه قيد الإنشاء", "طلاب في ساحة مدرسة ريفية", "أشجار نخيل على ضفاف الوادي",
            "حافلة نقل عام في وسط المدينة", "مزارعون في حقل للقمح"]
CREDITS = {"yem": ["الأرشيف الخاص", "عبدالرحمن الغابري", "نجيب الصبري", "إبراهيم باعلوي"],
           "mgh": ["ح.م", "أرشيف", "ح.م", "مصطفى العلوي"],
           "feed": ["Reuters", "AFP", "EFE", "Getty Images"],
           "pod": ["فريق التصميم", "استوديو مدار"],
           "wiki": ["ويكيميديا كومنز"]}
REPLIES = ["الله يستر 🤲", "صحيح؟ ما شفت الخبر إلا الحين", "تأكدوا من المصدر قبل النشر يا جماعة",
           "👍👍", "شكراً على النقل", "هذا الكلام قديم ولا جديد؟", "الله يصلح الأحوال", "وصلني من مجموعة ثانية كمان"]
CHAT_OPENERS = ["صباح الخير للجميع 🌹", "مساء النور على الجميع", "السلام عليكم ورحمة الله", "جمعة مباركة 🌿",
                "حد عنده رقم الفني؟"]
CHAT_GROUPS = ["عائلة آل سالم 🌴", "دفعة هندسة 2012", "جماعة الحي", "أخبار وتطورات"]
CHAT_NAMES = ["أبو سامي", "أم عمر", "خالد", "م. فيصل", "عمو جميل", "ريما", "\u200e+967 77 314 2286",
              "\u200e+966 55 908 1142", "نواف"]
SPONSORS = ["تطبيق «وفّر» لتحويل الأموال", "منصة «تعلّم» للدورات عبر الإنترنت", "مكتبة «سطر» الصوتية"]
MINISTRIES = [
    dict(ar="وزارة التنمية الاجتماعية والأسرة", en="Ministry of Social Development and Family",
         cty_ar="سلطنة عُمان", cty_en="Sultanate of Oman", city="مسقط", dom="mosdf-gov.om"),
    dict(ar="وزارة النقل والموانئ البحرية", en="Ministry of Transport and Sea Ports",
         cty_ar="دولة الكويت", cty_en="State of Kuwait", city="الكويت", dom="motsp-gov.kw"),
    dict(ar="وزارة الشؤون الثقافية والتراث", en="Ministry of Cultural Affairs and Heritage",
         cty_ar="المملكة الأردنية الهاشمية", cty_en="The Hashemite Kingdom of Jordan", city="عمّان",
         dom="mocah-gov.jo"),
]
DEPTS = [("إدارة الإعلام والعلاقات العامة", "Media & Public Relations Department"),
         ("مكتب المتحدث الرسمي", "Office of the Spokesperson"),
         ("مكتب الاتصال الحكومي", "Government Communication Office")]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
EN_MON3 = [m[:3] for m in EN_MON]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LANGS = ["English", "Français", "Español", "Deutsch", "فارسی", "Türkçe", "Bahasa Indonesia"]

# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `prebody`, `mid`,
# `after` and `post` are ordered (component, probability) pairs.
NBASE = dict(site="yem", pre=[], header=[], widget=[None], nav=[None], kicker=0.0, byline=[None], publine=[None],
             lede=[None], lede_place=["deck"], caption=0.0, caption_fmt=["yem_copy"], prebody=[], headings=0.0,
             heading_fmt=["plain"], para_fmt=[None], dateline=[None], mid=[], after=[], footer=[None], post=[],
             layout="blank", crlf=0.0)

STYLES = {
    "fresh10_1": dict(site="yem", pre=[("wayback", 1.0)],
                      header=[("yem_social", 0.7), ("site_name", 1.0), ("widget", 0.85), ("ticker", 0.6),
                              ("nav", 1.0)],
                      widget=["w_yem_names", "w_yem_num"], nav=["nav_colons"], byline=["yem_corr", None],
                      publine=["p_yem"], caption=0.75, caption_fmt=["yem_copy"],
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "after_caption"],
                      headings=0.35, dateline=["dl_agency_first", None], mid=[("yem_also", 0.5), ("yem_ad", 0.5)],
                      after=[("yem_source", 0.5), ("yem_tools", 0.8), ("yem_tags", 0.6), ("yem_related", 0.8),
                             ("yem_comments", 0.5), ("yem_most", 0.5)],
                      footer=["f_yem"], post=[("wayback_end", 0.45)], layout="tabs"),
    "fresh10_2": dict(site="feed", header=[("feed_top", 1.0), ("feed_side", 0.8), ("feed_list", 0.7)],
                      kicker=1.0, byline=["feed_by", None], publine=["p_feed_en", "p_feed_iso", "p_feed_rel"],
                      lede=[None, None, "abstract"], lede_place=["after_meta"], prebody=[("feed_actions", 1.0)],
                      caption=0.4, caption_fmt=["feed_photo"], headings=0.2,
                      after=[("feed_visit", 1.0), ("feed_more", 0.8), ("feed_keys", 0.5)], crlf=0.4),
    "fresh10_3": dict(site="wa", layout="chat", lede=[None, None, "abstract", "teaser"], headings=0.3),
    "fresh10_4": dict(site="pod", header=[("cookie_pod", 0.5), ("pod_top", 1.0), ("site_name", 1.0),
                                          ("widget", 0.8), ("nav", 1.0)],
                      widget=["w_en_ord", "w_lev_today"], nav=["nav_dots_big"], kicker=1.0, byline=["pod_hosts"],
                      publine=["p_pod"], lede=["abstract", "teaser", None], lede_place=["labelled", "deck"],
                      caption=0.4, caption_fmt=["pod_cover"],
                      prebody=[("pod_player", 1.0), ("LEDE", 1.0), ("pod_guests", 0.5), ("pod_transcript", 1.0)],
                      headings=0.25, heading_fmt=["diamond"], para_fmt=["stamps"], mid=[("pod_sponsor", 0.5)],
                      after=[("pod_prevnext", 0.8), ("pod_also", 0.7), ("pod_subscribe", 0.9),
                             ("pod_newsletter", 0.4)],
                      footer=["f_pod"]),
    "fresh10_5": dict(site="pdf", layout="pdf", headings=0.3),
    "fresh10_6": dict(site="wiki", header=[("wiki_user", 1.0), ("site_name", 1.0), ("wiki_tabs", 1.0),
                                           ("wiki_search", 0.6)],
                      byline=["wiki_from"], publine=["p_wiki"], lede=[None], caption=0.5, caption_fmt=["wiki_thumb"],
                      prebody=[("wiki_box", 0.4)], headings=0.6, heading_fmt=["wiki_edit"], para_fmt=["cites"],
                      after=[("wiki_sources", 1.0), ("wiki_share", 0.6), ("wiki_cats", 0.9), ("wiki_edited", 0.8)],
                      footer=["f_wiki"], post=[("wiki_side", 0.7)]),
    "fresh10_7": dict(site="mgh", pre=[("gcache", 1.0)],
                      header=[("cookie_mgh", 0.4), ("mgh_lang", 0.8), ("site_name", 1.0), ("widget", 0.85),
                              ("nav", 1.0)],
                      widget=["w_mgh"], nav=["nav_brokenbar"], byline=["mgh_name", None], publine=["p_mgh"],
                      caption=0.7, caption_fmt=["mgh_credit"], lede=["teaser", "abstract", "promoted", None],
                      lede_place=["after_meta", "deck"], headings=0.3, dateline=["dl_city_paren", None],
                      mid=[("mgh_also", 0.5), ("mgh_newsletter", 0.3)],
                      after=[("mgh_share", 0.8), ("mgh_files", 0.6), ("mgh_latest", 0.8), ("mgh_form", 0.5)],
                      footer=["f_mgh"], layout="para_blank"),
    "fresh10_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["cookie_pod", "cookie_mgh", "yem_social", "pod_top", "mgh_lang", "wiki_user", "feed_top",
                "site_name", "wiki_tabs", "wiki_search", "widget", "ticker", "nav", "feed_side", "feed_list"]
HEAD_POOL = ["cookie_pod", "cookie_mgh", "yem_social", "ticker", "wiki_search"]
PRE_POOL = ["wayback", "gcache"]
PREBODY_POOL = ["pod_guests", "wiki_box", "feed_actions"]
MID_POOL = ["yem_also", "yem_ad", "pod_sponsor", "mgh_also", "mgh_newsletter"]
AFTER_POOL = ["yem_source", "yem_tools", "yem_tags", "yem_related", "yem_comments", "yem_most", "feed_more",
              "pod_also", "pod_subscribe", "pod_newsletter", "wiki_sources", "wiki_share", "wiki_cats",
              "mgh_share", "mgh_files", "mgh_latest", "mgh_form"]
CHOICES = dict(widget=["w_yem_names", "w_yem_num", "w_en_ord", "w_lev_today", "w_mgh", None],
               nav=["nav_colons", "nav_dots_big", "nav_brokenbar"],
               byline=["yem_corr", "feed_by", "pod_hosts", "mgh_name", None],
               publine=["p_yem", "p_feed_en", "p_feed_iso", "p_pod", "p_wiki", "p_mgh"],
               caption_fmt=["yem_copy", "feed_photo", "pod_cover", "wiki_thumb", "mgh_credit"],
               lede_place=["deck", "after_meta", "after_caption", "labelled"],
               heading_fmt=["plain", "diamond", "wiki_edit"],
               para_fmt=[None, "stamps", "cites"],
               dateline=["dl_agency_first", "dl_city_paren", None],
               footer=["f_yem", "f_pod", "f_wiki", "f_mgh", None])


def style_spec(name, rng):
    spec = dict(NBASE)
    spec.update(STYLES[name])
    if not spec.pop("mixed", False):
        return spec
    base = rng.choice([f"fresh10_{k}" for k in range(1, 8)])
    spec.update(STYLES[base])
    spec.pop("mixed", None)
    spec["base"] = base
    if spec["layout"] in ("chat", "pdf"):
        spec["headings"] = rng.choice([0.0, 0.3, 0.6])
        if spec["layout"] == "chat":
            spec["lede"] = [None, "abstract", "teaser", "promoted"]
        return spec
    for k, opts in CHOICES.items():
        if rng.random() < 0.5:
            spec[k] = [rng.choice(opts)]
    own_pre = [p for p, _ in spec["pre"]]
    if not own_pre and rng.random() < 0.3:
        own_pre = [rng.choice(PRE_POOL)]
    spec["pre"] = [(p, 1.0) for p in own_pre]
    own = [h for h, _ in spec["header"] if h not in HEAD_POOL]
    extra = [h for h in HEAD_POOL if rng.random() < 0.25]
    names = set(own + extra + ["widget", "nav"])
    spec["header"] = [(h, 1.0 if h not in ("nav", "feed_side", "feed_list") else 0.7) for h in HEADER_ORDER
                      if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    if spec["nav"] == [None]:
        spec["nav"] = ["nav_colons"]
    own_pb = [p for p in spec["prebody"] if p[0] not in PREBODY_POOL]
    spec["prebody"] = own_pb + [(p, 1.0) for p in PREBODY_POOL if rng.random() < 0.25]
    spec["kicker"] = rng.choice([0.0, spec["kicker"]])
    spec["caption"] = 0.6
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["headings"] = 0.4
    spec["mid"] = [(m, 0.3) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.25]
    rng.shuffle(after)
    own_after = [a for a in spec["after"] if a[0] not in AFTER_POOL]
    spec["after"] = [(a, 1.0) for a in after] + own_after
    spec["post"] = [p for p in spec["post"] if rng.random() < 0.7]
    spec["layout"] = rng.choice(["blank", "tabs", "para_blank", spec["layout"]])
    spec["crlf"] = rng.choice([0.0, 0.0, 0.5])
    return spec


# ------------------------------------------------------------------ dates
def hm(tm):
    return f"{tm[0]:02d}:{tm[1]:02d}"


def ar_ampm(hh):
    return "م" if hh >= 12 else "ص"


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    hy, hmo, hd = G.hijri(d)
    if fmt == "w_yem_names":
        return [f"{wd} {day} {G.EG[m]} {y} م ـ {hd} {G.HIJ[hmo - 1]} {hy} هـ"]
    if fmt == "w_yem_num":
        return [f"{hd}/{hmo}/{hy} هـ ـ {day}/{m + 1}/{y} م"]
    if fmt == "w_en_ord":
        return [f"{EN_WD[d.weekday()]} {ordinal(day)} {EN_MON[m]} {y}"]
    if fmt == "w_lev_today":
        return [f"اليوم {wd} | {day} {G.LEV[m]} ({G.EG[m]}) {y}"]
    if fmt == "w_mgh":
        if ctx["country"] == "dz":
            return [f"{wd}، {day} {G.MAG[m]} {y} — {hd} {G.HIJ[hmo - 1]} {hy}"]
        return [f"{wd} {day} {G.MAR[m]} {y} • {rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}"]
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng, ctx):
    """(lines, published truth) of a publication line; truth None when it states no date."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    truth = d.isoformat() + (f"T{hm(tm)}" if tm else "")
    hh, mi = tm if tm else (0, 0)
    if fmt == "p_yem":
        return [f"أُدرج في: {day}/{G.EG[m]}/{y}" + (f" ⌚ {G.h12(hh)}:{mi:02d} {ar_ampm(hh)}" if tm else "")], truth
    if fmt == "p_feed_en":
        if tm:
            return [f"{EN_MON3[m]} {day}, {y}, {G.h12(hh)}:{mi:02d} {'PM' if hh >= 12 else 'AM'}"], truth
        return [f"{EN_MON3[m]} {day}, {y}"], truth
    if fmt == "p_feed_iso":
        off = rng.choice(["+03:00", "+02:00", "+04:00", "+01:00"])
        return [f"Published {y}-{m + 1:02d}-{day:02d}T{hh:02d}:{mi:02d}:00{off}" if tm else
                f"Published {y}-{m + 1:02d}-{day:02d}"], truth
    if fmt == "p_feed_rel":
        return [rng.choice([f"{rng.randint(2, 23)}h", f"{rng.randint(1, 5)}d", f"{rng.randint(5, 55)}m"])], None
    if fmt == "p_pod":
        return [f"الحلقة {ctx['episode']} · {day:02d}.{m + 1:02d}.{y} · {ctx['minutes']} دقيقة"], d.isoformat()
    if fmt == "p_wiki":
        return [f"{wd} {day} {G.EG[m]} {y}" + (f"، {hm(tm)} ت.ع.م" if tm else "")], truth
    if fmt == "p_mgh":
        if ctx["country"] == "dz":
            return [f"نُشر يوم: {day}-{G.MAG[m]}-{y}" + (f" | {hm(tm)}" if tm else "")], truth
        return [f"{day} {G.MAR[m]}، {y}" + (f" - {hm(tm)}" if tm else "")], truth
    raise ValueError(fmt)


# --------------------------------------------------------------- helpers
class Others(list):
    """Other articles' titles for related blocks; pop() never runs dry (it then repeats one)."""

    def __init__(self, items, rng):
        super().__init__(items)
        self.spare = list(items)
        self.rng = rng

    def pop(self, *args):
        if self:
            return super().pop(*args)
        return self.rng.choice(self.spare)


def new_truth(title):
    return dict(title=title, page_date=None, published=None, modified=None, summary=None, authors=[], images=[],
                sources=[], agencies=[], tags=[], dateline=None)


def site_ctx(key, doc, rng):
    """Every site-specific value a component may need, whatever the style (the mixed style borrows)."""
    ctx = {}
    yem = rng.choice(SITES["yem"])
    pod = rng.choice(SITES["pod"])
    wiki = rng.choice(SITES["wiki"])
    mgh = rng.choice(SITES["mgh"])
    feed = rng.choice(SITES["feed"])
    ctx["country"] = mgh[2]
    own = {"yem": (yem[0], yem[1], yem[2]), "pod": (pod[0], pod[1], pod[2]), "wiki": (wiki[0], wiki[1], wiki[2]),
           "mgh": (mgh[0], mgh[1], ""), "feed": (doc["site"] or "RSS", feed[1], feed[0])}[key]
    ctx["site"], ctx["dom"], ctx["tagline"] = own
    ctx["reader"] = feed[0]
    ctx["pod_latin"] = pod[2]
    ctx["wiki"] = wiki[0]
    pkey = {"yem": "yem", "pod": "pod", "mgh": "mgh_" + ctx["country"], "feed": "feed", "wiki": "feed"}[key]
    ctx["name"] = rng.choice(PEOPLE[pkey])
    ctx["name2"] = rng.choice([p for p in PEOPLE["pod"] if p != ctx["name"]])
    ckey = {"yem": "yem", "mgh": ctx["country"]}.get(key, rng.choice(["yem", "dz", "ma"]))
    ctx["city"] = rng.choice(CITIES[ckey])
    ctx["program"] = rng.choice(PROGRAMS)
    ctx["episode"] = rng.randint(12, 480)
    ctx["minutes"] = rng.randint(14, 52)
    ctx["n_cites"] = rng.randint(1, 3)
    ctx["path"] = f"{rng.choice(['news', 'articles', 'post', 'node'])}/{rng.randint(10000, 999999)}"
    return ctx


def caption_lines(cfmt, cap, credit):
    if cfmt == "yem_copy":
        return [cap, f"© {credit}"]
    if cfmt == "feed_photo":
        return [f"{cap} — Credit: {credit}"]
    if cfmt == "pod_cover":
        return [f"صورة الغلاف: {cap} — تصميم {credit}"]
    if cfmt == "wiki_thumb":
        return [cap, f"({credit}، رخصة المشاع الإبداعي)"]
    if cfmt == "mgh_credit":
        return [f"{cap} – {credit}"]
    raise ValueError(cfmt)


def credit_for(cfmt, rng):
    key = {"yem_copy": "yem", "feed_photo": "feed", "pod_cover": "pod", "wiki_thumb": "wiki",
           "mgh_credit": "mgh"}[cfmt]
    return rng.choice(CREDITS[key])


def snippet(text, rng):
    ws = text.split()
    n = rng.randint(14, 22)
    if len(ws) <= n:
        return None
    return " ".join(ws[:n]) + "…"


def stamp_code(sec):
    return f"[{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}]"


def finish(doc, style, kinds, text, chrome, blocks, truth, comp, spec):
    body_fold = " " + fold(" ".join(b["text"] for b in blocks)) + " "
    comp.update(layout=spec["layout"], kinds=[k for k in kinds if k != "body"])
    checked = []
    for c in chrome:
        f = fold(c)
        if len(f) >= 3 and f" {f} " not in body_fold and display(c) not in checked:
            checked.append(display(c))
    for s in truth["sources"]:
        if G.AGENCY_CODES.get(s):
            truth["agencies"].append(G.AGENCY_CODES[s])
    truth["agencies"] = sorted(set(truth["agencies"]))
    truth.update(blocks=blocks, paragraphs=[b["text"] for b in blocks if b["type"] == "paragraph"],
                 headings=[b["text"] for b in blocks if b["type"] == "heading"], chrome=checked, style=style,
                 split=SPLIT, components=comp, corpus=doc["corpus"], doc_id=doc["id"])
    return text, truth


def take_lede(spec, doc, paras, rng, comp):
    mode = rng.choice(spec["lede"])
    summary, lede_mode = G.choose_lede(mode, doc, paras)
    if lede_mode == "promoted" and len(summary.split()) < 8:
        paras.insert(0, summary)
        summary, lede_mode = None, None
    comp["lede"] = lede_mode
    return summary, lede_mode


# --------------------------------------------------------------- rendering
def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict), the same schema as gen_dumps.render()."""
    key = spec["site"]
    comp = {"site": key, "base": spec.get("base")}
    others = Others([o for o in rng.sample(others, min(len(others), 60)) if fold(o) != fold(doc["title"])], rng)
    if spec["layout"] == "chat":
        return render_chat(doc, style, spec, others, rng, comp)
    if spec["layout"] == "pdf":
        return render_pdf(doc, style, spec, others, rng, comp)

    groups = []
    chrome = []

    def pick(k):
        v = rng.choice(spec[k])
        comp[k] = v
        return v

    def add(kind, lines, chrome_lines=None):
        groups.append((kind, list(lines)))
        chrome.extend(lines if chrome_lines is None else chrome_lines)

    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub, tm = doc["crawl"], doc["pub"], doc["time"]
    truth = new_truth(title)
    ctx = site_ctx(key, doc, rng)
    site, dom, name, city = ctx["site"], ctx["dom"], ctx["name"], ctx["city"]
    year = crawl.year

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine") if pub else None
    comp["publine"] = pfmt

    # dateline opening the first paragraph
    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dl = G.dateline_parts(doc["author"]) if dform else None
    dl_used = False
    if dl and paras and summary != paras[0]:
        place, rest = dl
        if dform == "dl_agency_first":
            paras[0] = f"{rest} ـ {place}: {paras[0]}"
        else:
            paras[0] = f"{place}، ({rest}) - {paras[0]}"
        truth["dateline"] = place
        if G.AGENCY_CODES.get(rest):
            truth["agencies"].append(G.AGENCY_CODES[rest])
        dl_used = True
        comp["dateline"] = dform

    url = f"https://www.{dom}/{ctx['path']}"
    # banners of an archive or a cache before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        sec = rng.randint(0, 86399)
        clock = f"{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}"
        if pname == "wayback":
            ts = f"{crawl.year}{crawl.month:02d}{crawl.day:02d}{clock.replace(':', '')}"
            first = crawl - datetime.timedelta(days=rng.randint(40, 1500))
            last = crawl + datetime.timedelta(days=rng.randint(3, 400))
            mo = crawl.month - 1
            strip = [EN_MON3[(mo - 1) % 12].upper(), EN_MON3[mo].upper(), EN_MON3[(mo + 1) % 12].upper()]
            add("wayback", [f"The Wayback Machine - https://web.archive.org/web/{ts}/{url}",
                            url, "Go", f"{rng.randint(3, 240)} captures",
                            f"{first.day:02d} {EN_MON3[first.month - 1]} {first.year} - "
                            f"{last.day:02d} {EN_MON3[last.month - 1]} {last.year}",
                            "\t".join(strip), f"{crawl.day:02d}",
                            "\t".join(str(x) for x in (crawl.year - 1, crawl.year, crawl.year + 1)),
                            "success", "fail", "About this capture"])
            comp["wayback_ts"] = ts
        elif pname == "gcache":
            add("gcache", [f"هذه نسخة محفوظة من الصفحة {url} في ذاكرة التخزين المؤقت لمحرك البحث، كما بدت عند "
                           f"زيارتها في {crawl.day} {G.EG[crawl.month - 1]} {crawl.year} {clock} GMT.",
                           "قد تكون الصفحة الأصلية تغيّرت بعد ذلك. اعرف المزيد",
                           "الصفحة الكاملة · النص فقط · مصدر الصفحة",
                           "تلميح: استخدم Ctrl+F (أو ⌘+F على ماك) للبحث عن كلمة داخل الصفحة."])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "cookie_pod":
            add("cookie", ["We value your privacy", "We use cookies to personalise content and measure our "
                           "audience. You can change your choice at any time.", "Allow all", "Customise",
                           "Reject non-essential"])
        elif hname == "cookie_mgh":
            add("cookie", ["يعتمد موقعنا على الكوكيز لأغراض إحصائية ولعرض محتوى يناسبك. هل توافق؟", "أوافق",
                           "لا أوافق"])
        elif hname == "yem_social":
            add("social", ["تابعونا: فيسبوك ¤ إكس ¤ تلجرام ¤ يوتيوب"])
        elif hname == "pod_top":
            add("pod_top", ["Listen on: Apple Podcasts · Spotify · Anghami · YouTube Music"])
        elif hname == "mgh_lang":
            add("lang", ["العربية  ⵜⴰⵎⴰⵣⵉⵖⵜ  Français"])
        elif hname == "wiki_user":
            add("wiki_user", ["لم تسجّل الدخول", "نقاش", "مساهمات", "فتح حساب", "دخول"])
        elif hname == "feed_top":
            add("feed_top", [ctx["reader"], "Search your feeds…", "+ Follow", "⟳ Refresh", "Upgrade"])
        elif hname == "site_name":
            if key == "wiki":
                add("site_name", [site])
            elif key == "feed":
                continue
            elif ctx["tagline"] and key != "pod":
                add("site_name", [site, ctx["tagline"]])
            else:
                add("site_name", [site])
        elif hname == "wiki_tabs":
            add("wiki_tabs", ["خبر", "نقاش", "اقرأ", "عدّل", "عدّل المصدر", "تاريخ", "أدوات"])
        elif hname == "wiki_search":
            add("wiki_search", [f"ابحث في {ctx['wiki']}", "بحث"])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "ticker":
            add("ticker", [f"عاجل :: {others.pop()}"])
        elif hname == "nav":
            nf = pick("nav")
            vocab = NAV.get(key, NAV["yem"])
            items = rng.sample(vocab, min(len(vocab), rng.randint(4, 6)))
            if nf == "nav_colons":
                add("nav", [" :: ".join(items)])
            elif nf == "nav_dots_big":
                add("nav", [" ● ".join(items)])
            elif nf == "nav_brokenbar":
                add("nav", [" ¦ ".join(items)])
        elif hname == "feed_side":
            feeds = [ctx["site"]] + rng.sample([v for v in G.SITE_NAMES.values() if v != ctx["site"]], 4)
            rng.shuffle(feeds)
            lines = ["FEEDS", f"All articles  {rng.randint(200, 2400):,}"]
            lines += [f"{f}  {rng.randint(1, 140)}" for f in feeds]
            add("feed_side", lines)
        elif hname == "feed_list":
            lines = []
            own_at = rng.randint(0, 2)
            chrome_lines = []
            for k in range(3):
                if k == own_at:
                    sn = snippet(paras[0], rng)
                    lines.append(title)
                    if sn:
                        lines.append(sn)
                        chrome_lines.append(sn)
                else:
                    t = others.pop()
                    lines.append(t)
                    chrome_lines.append(t)
                ago = f"{rng.randint(1, 11)}h"
                lines.append(ago)
            add("feed_list", lines, chrome_lines=chrome_lines)
            comp["feed_list_title"] = True

    # kicker, title, deck
    if rng.random() < spec["kicker"]:
        if key == "pod":
            add("kicker", [f"برنامج: {ctx['program']}"])
        elif key == "feed":
            add("kicker", [site])
        else:
            add("kicker", [rng.choice(["من الميدان", "ملف الساعة", "قصة اليوم"])])
    add("title", [title], chrome_lines=[])
    if summary and lede_place == "deck":
        add("lede", [summary], chrome_lines=[])

    # meta lines
    meta = []
    if bfmt == "yem_corr":
        meta.append(f"{name} | مراسل الموقع – {city}")
        truth["authors"] = [name]
    elif bfmt == "feed_by":
        meta.append(f"by {name}")
        truth["authors"] = [name]
    elif bfmt == "pod_hosts":
        meta.append(f"تقديم: {name} · إنتاج: {ctx['name2']}")
        truth["authors"] = [name]
    elif bfmt == "mgh_name":
        meta.append(f"✍️ {name}")
        truth["authors"] = [name]
    elif bfmt == "wiki_from":
        meta.append(ctx["tagline"] if key == "wiki" else f"من {ctx['wiki']}")
    if pfmt:
        lines, val = fmt_publine(pfmt, pub, tm, rng, ctx)
        truth["published"] = val
        meta += lines
    elif key == "pod":
        meta.append(f"الحلقة {ctx['episode']} · {ctx['minutes']} دقيقة")
    if key == "yem" and rng.random() < 0.5:
        meta.append(f"👁 {rng.randint(120, 9800):,}")
    if meta:
        add("meta", meta)
    labelled = False
    has_lede_slot = any(p[0] == "LEDE" for p in spec["prebody"])

    def labelled_lede():
        add("lede_label", [rng.choice(["عن الحلقة", "عن هذه الحلقة"]) if key == "pod" else "نبذة"])
        add("lede", [summary], chrome_lines=[])

    if summary and lede_place == "after_meta":
        add("lede", [summary], chrome_lines=[])
    if summary and lede_place == "labelled" and not has_lede_slot:
        labelled_lede()
        labelled = True

    # image
    cfmt = pick("caption_fmt")
    if rng.random() < spec["caption"]:
        cap, credit = rng.choice(CAPTIONS), credit_for(cfmt, rng)
        truth["images"].append({"caption": cap, "credit": credit})
        add("caption", caption_lines(cfmt, cap, credit))
    if summary and lede_place == "after_caption":
        add("lede", [summary], chrome_lines=[])

    # between the header and the body
    for pname, p in spec["prebody"]:
        if pname == "LEDE":
            if summary and lede_place == "labelled":
                labelled_lede()
                labelled = True
            continue
        if rng.random() >= p:
            continue
        comp.setdefault("prebody", []).append(pname)
        if pname == "pod_player":
            add("player", ["▶︎ استمع الآن", f"00:00 / {ctx['minutes']}:{rng.randint(0, 59):02d}",
                           "⏪ 15  ·  1×  ·  15 ⏩", "⤓ تنزيل الحلقة"])
        elif pname == "pod_guests":
            gs = rng.sample(GUESTS, rng.randint(1, 2))
            add("guests", ["ضيوف الحلقة:"] + ["– " + g for g in gs])
        elif pname == "pod_transcript":
            add("transcript", ["نص الحلقة", "النص مفرّغ آليًا وراجعه فريق التحرير، وقد يختلف قليلًا عن التسجيل."])
        elif pname == "wiki_box":
            add("wiki_box", ["هذا الخبر جزء من تغطية مستمرة", f"انظر أيضًا: {others.pop()}"])
        elif pname == "feed_actions":
            add("actions", ["☆ Save   ✓ Mark as read   ↗ Open original   ⋯"])
    comp["lede_place"] = lede_place if summary else None

    if summary and lede_mode in ("promoted", "abstract") and groups[-1][0] == "lede" and not dl_used \
            and not labelled:
        groups.pop()
        paras.insert(0, summary)
        summary = None
        comp["lede"] = None
    truth["summary"] = summary

    # body
    blocks = G.body_blocks(paras, spec, rng)
    body_fold = " " + fold(" ".join(b["text"] for b in blocks)) + " "
    mid_inserts = []
    for mname, p in spec["mid"]:
        if rng.random() >= p or len(blocks) < 3:
            continue
        comp.setdefault("mid", []).append(mname)
        if mname == "yem_also":
            mid_inserts.append(("inline", [f"* طالع أيضاً: {others.pop()}"]))
        elif mname == "yem_ad":
            mid_inserts.append(("ad", ["إعـــــلان"]))
        elif mname == "pod_sponsor":
            mid_inserts.append(("sponsor", [f"[فاصل إعلاني] تُقدَّم لكم هذه الحلقة برعاية {rng.choice(SPONSORS)}. "
                                            "استخدموا الرمز «مدار» للحصول على خصم خاص."]))
        elif mname == "mgh_also":
            mid_inserts.append(("inline", [f"طالع كذلك ‹ {others.pop()} ›"]))
        elif mname == "mgh_newsletter":
            mid_inserts.append(("newsletter", ["توصّلوا بأبرز العناوين كل مساء", "عنوان بريدكم الإلكتروني",
                                               "اشترِكوا"]))
    positions = {}
    spots = [i for i in range(1, len(blocks)) if blocks[i - 1]["type"] == "paragraph"]
    for ins in mid_inserts:
        positions.setdefault(rng.choice(spots), []).append(ins)
    hfmt = pick("heading_fmt")
    pf = pick("para_fmt")
    sec = rng.randint(20, 90)
    cite_n = 0
    for i, b in enumerate(blocks):
        for kind, lines in positions.get(i, []):
            add(kind, lines)
        if b["type"] == "heading":
            h = b["text"]
            if hfmt == "diamond":
                h = "◈ " + h
            elif hfmt == "wiki_edit":
                h = h + rng.choice(["[عدل]", "[عدل | عدل المصدر]"])
            add("heading", [h], chrome_lines=[])
            continue
        text = b["text"]
        if pf == "stamps" and rng.random() < 0.45:
            add("stamp", [stamp_code(sec)])
        if pf == "cites" and rng.random() < 0.4:
            cite_n = min(ctx["n_cites"], cite_n + rng.randint(0, 1)) or 1
            text = f"{text}[{cite_n}]"
        sec += rng.randint(15, 40) + len(text.split()) // 3
        add("body", [text], chrome_lines=[])

    # after the body
    def src_list(extra):
        srcs = [doc["site"]]
        if dl_used and truth["agencies"]:
            srcs.append(dl[1])
        elif rng.random() < 0.5:
            srcs.append(rng.choice(extra))
        return [s for s in dict.fromkeys(srcs) if s]

    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        if aname == "yem_source":
            srcs = src_list(["سبأ", "وكالات", "خبر للأنباء"])
            if not srcs:
                continue
            add("sources", ["عن: " + " - ".join(srcs)])
            truth["sources"] = srcs
        elif aname == "yem_tools":
            add("tools", ["طباعة الخبر ¦ إرسال لصديق ¦ حفظ كـ PDF"])
        elif aname in ("yem_tags", "mgh_files", "wiki_cats"):
            tags = G.tags_from(title, rng)
            if not tags:
                continue
            line = {"yem_tags": "الأوسمة: " + " · ".join(tags), "mgh_files": "ملفات: " + " ‹› ".join(tags),
                    "wiki_cats": "تصنيفات: " + " | ".join(tags)}[aname]
            add("tags", [line])
            truth["tags"] = tags
        elif aname == "yem_related":
            add("related", ["أخبار من القسم نفسه"] + ["◂ " + others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "yem_comments":
            n = rng.randint(1, 3)
            lines = [f"آراء الزوّار ({n})"]
            for who, what in zip(rng.sample(["ابن اليمن", "متابع من إب", "أبو علي", "سمية"], n),
                                 rng.sample(REPLIES, n)):
                lines += [f"{who} :: {what}"]
            lines += ["* الآراء الواردة في التعليقات تعبّر عن أصحابها ولا تمثّل رأي الموقع"]
            add("comments", lines)
        elif aname == "yem_most":
            items = [others.pop() for _ in range(rng.randint(3, 5))]
            add("mostread", ["الأكثر زيارة خلال 24 ساعة"] + [f"{k} - {t}" for k, t in enumerate(items, 1)])
        elif aname == "feed_visit":
            add("visit", ["Visit website ↗"])
        elif aname == "feed_more":
            lines = [f"More from {site}"]
            for _ in range(rng.randint(2, 4)):
                lines += [others.pop(), f"{rng.randint(1, 23)}h · {rng.randint(1, 9)} min read"]
            add("related", lines)
        elif aname == "feed_keys":
            add("keys", ["j / k  next · previous    m  mark unread    s  save    ?  all shortcuts"])
        elif aname == "pod_prevnext":
            add("prevnext", ["الحلقة السابقة", others.pop(), "الحلقة التالية", others.pop()])
        elif aname == "pod_also":
            lines = ["استمع أيضًا"]
            for _ in range(rng.randint(2, 3)):
                lines += [others.pop(), f"{rng.randint(9, 59)} دقيقة"]
            add("related", lines)
        elif aname == "pod_subscribe":
            add("subscribe", ["اشترك في البودكاست", "Apple Podcasts ● Spotify ● Anghami ● RSS"])
        elif aname == "pod_newsletter":
            add("newsletter", ["رسالة مدار الأسبوعية: حلقات مختارة وملاحظات المحررين كل أحد",
                               "عنوان بريدك", "اشترك مجانًا"])
        elif aname == "wiki_sources":
            pd = pub or crawl
            srcs = [doc["site"]] if doc["site"] else []
            cites = []
            if doc["site"]:
                cites.append(f"«{title}». {doc['site']}. {pd.day} {G.EG[pd.month - 1]} {pd.year}.")
            while len(cites) < ctx["n_cites"]:
                s = rng.choice([v for v in G.SITE_NAMES.values() if v not in srcs])
                srcs.append(s)
                cites.append(f"«{others.pop()}». {s}. {pd.day} {G.EG[pd.month - 1]} {pd.year}.")
            if not cites:
                continue
            if key == "wiki":
                add("sources", ["المصادر[عدل]"] + [f"{k}. ↑ {c}" for k, c in enumerate(cites, 1)])
            else:
                add("sources", ["مصادر الخبر"] + cites)
            truth["sources"] = srcs
        elif aname == "wiki_share":
            add("share", ["شارك هذا الخبر: فيسبوك · إكس · ريديت · راسل صديقًا"])
        elif aname == "wiki_edited":
            if not pub:
                continue
            start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (9, 0)))
            room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
            if room < 40:
                continue
            u = start + datetime.timedelta(minutes=rng.randint(30, room))
            add("edited", [f"آخر تعديل لهذه الصفحة كان يوم {u.day} {G.EG[u.month - 1]} {u.year}، الساعة "
                           f"{u.hour:02d}:{u.minute:02d}.",
                           "النصوص منشورة برخصة المشاع الإبداعي – نسب المصنف؛ قد تنطبق شروط إضافية."])
            truth["modified"] = u.strftime("%Y-%m-%dT%H:%M")
        elif aname == "mgh_share":
            add("share", ["شاركوا المقال", "Facebook ¦ X ¦ WhatsApp ¦ Messenger"])
        elif aname == "mgh_latest":
            t = rng.randint(420, 1200)
            lines = ["جديد الأخبار"]
            for _ in range(rng.randint(3, 4)):
                t = max(0, t - rng.randint(10, 120))
                lines += [f"{t // 60:02d}:{t % 60:02d}", others.pop()]
            add("related", lines)
        elif aname == "mgh_form":
            add("form", ["علّق على الخبر", "الاسم المستعار", "البريد (اختياري، لن يظهر للعموم)",
                         "اكتب رأيك بكل احترام…", "أرسل الآن",
                         "التعليقات المنشورة تعبّر عن آراء كاتبيها وتخضع للمراجعة قبل النشر."])
        comp.setdefault("after", []).append(aname)

    ffmt = pick("footer")
    if ffmt == "f_yem":
        add("footer", [f"الحقوق كافة محفوظة لـ{site} © {year}", "من نحن :: هيئة التحرير :: أعلن معنا :: راسلنا"])
    elif ffmt == "f_pod":
        add("footer", [f"{ctx['pod_latin']} © {year}", "عن المنصة ● الشروط ● الخصوصية ● تواصل"])
    elif ffmt == "f_wiki":
        add("footer", ["بيان الخصوصية", f"حول {ctx['wiki']}", "تنويه قانوني", "نسخة المحمول", "مطوّرون"])
    elif ffmt == "f_mgh":
        add("footer", [f"© {year} {site}. يُمنع النسخ دون ذكر المصدر.",
                       "اتصل بنا ¦ شروط الاستخدام ¦ الإعلان ¦ فريق العمل"])
    for pname, p in spec["post"]:
        if rng.random() >= p:
            continue
        comp.setdefault("post", []).append(pname)
        if pname == "wayback_end":
            ts = comp.get("wayback_ts") or f"{crawl.year}{crawl.month:02d}{crawl.day:02d}081532"
            hh, mm, ss = ts[8:10], ts[10:12], ts[12:14]
            later = crawl + datetime.timedelta(days=rng.randint(30, 700))
            add("wayback_end", [f"FILE ARCHIVED ON {hh}:{mm}:{ss} {EN_MON3[crawl.month - 1]} {crawl.day:02d}, "
                                f"{crawl.year} AND RETRIEVED FROM THE INTERNET ARCHIVE ON "
                                f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} "
                                f"{EN_MON3[later.month - 1]} {later.day:02d}, {later.year}.",
                                "JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.",
                                "playback timings (ms):",
                                f"  captures_list: {rng.uniform(0.3, 9):.3f}",
                                f"  load_resource: {rng.uniform(40, 900):.3f}",
                                f"  PetaboxLoader3.resolve: {rng.uniform(10, 300):.3f}"])
        elif pname == "wiki_side":
            add("wiki_side", ["تصفح", *rng.sample(NAV["wiki"], 3), "أدوات", "صفحات تصل هنا",
                              "تغييرات ذات علاقة", "نسخة للطباعة", "وصلة دائمة", "استشهد بهذه الصفحة",
                              "بلغات أخرى", "  ".join(rng.sample(LANGS, rng.randint(2, 4)))])

    # layout
    layout = spec["layout"]
    out = []
    for gi, (kind, lines) in enumerate(groups):
        if gi:
            prev = groups[gi - 1][0]
            if layout == "tabs":
                out.append(rng.choice(["", "", "\t", "\t\t", " \t"]))
            elif layout == "para_blank":
                if kind in ("body", "heading") or prev in ("body", "heading"):
                    out.append("")
            else:
                out.append("")
        out += lines
    text = "\n".join(out) + "\n"
    if rng.random() < spec["crlf"]:
        text = text.replace("\n", "\r\n")
        comp["crlf"] = True
    return finish(doc, style, [k for k, _ in groups], text, chrome, blocks, truth, comp, spec)


# ------------------------------------------------------------------ chat
def render_chat(doc, style, spec, others, rng, comp):
    """An article forwarded into a WhatsApp group, with the messages around it, as exported or copied."""
    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub = doc["crawl"], doc["pub"]
    truth = new_truth(title)
    chrome = []
    kinds = []
    out = []
    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    fmt = rng.choice(["android", "desktop"])
    comp["export"] = fmt
    day = crawl
    t = rng.randint(7 * 60, 20 * 60)
    people = rng.sample(CHAT_NAMES, 5)
    forwarder = people[0]

    indic = fmt == "android" and rng.random() < 0.4
    comp["indic_stamps"] = indic

    def stamp(who, minute):
        hh, mi = divmod(minute, 60)
        if fmt == "android":
            if indic:
                s = f"{day.day}\u200f/{day.month}\u200f/{day.year} {G.h12(hh)}:{mi:02d} {ar_ampm(hh)}".translate(
                    G.INDIC)
            else:
                s = f"{day.day:02d}/{day.month:02d}/{day.year}، {G.h12(hh)}:{mi:02d} {ar_ampm(hh)}"
            return f"{s} - {who}: " if who else f"{s} - "
        s = f"[{G.h12(hh)}:{mi:02d} {ar_ampm(hh)}، {day.day}/{day.month}/{day.year}]"
        return f"{s} {who}: "

    def message(kind, who, lines, chrome_all=True):
        nonlocal t
        t = min(t + rng.randint(1, 25), 23 * 60 + 59)
        pre = stamp(who, t)
        if rng.random() < 0.3:
            pre += "\u200e"
        out.append(pre + lines[0])
        out.extend(lines[1:])
        kinds.append(kind)
        chrome.append(pre.strip())
        if chrome_all:
            chrome.extend(lines)

    if fmt == "android" and rng.random() < 0.6:
        message("system", None, ["الرسائل والمكالمات في هذه المحادثة محمية بتشفير تام بين الطرفين، فلا يمكن لأحد "
                                 "خارجها قراءتها أو الاستماع إليها. اضغط لمعرفة المزيد."])
        if rng.random() < 0.5:
            message("system", None, [f"أنشأ {people[1]} المجموعة «{rng.choice(CHAT_GROUPS)}»"])
    for _ in range(rng.randint(0, 3)):
        kind = rng.choice(["text", "media", "deleted", "other"])
        who = rng.choice(people[1:])
        if kind == "text":
            message("text", who, [rng.choice(CHAT_OPENERS)])
        elif kind == "media":
            message("media", who, ["<الوسائط غير مضمّنة>"])
        elif kind == "deleted":
            message("deleted", who, ["تم حذف هذه الرسالة"])
        else:
            message("other", who, [f"*{others.pop()}*", f"https://{rng.choice(SITES['yem'])[1]}/"
                                                       f"{rng.randint(1000, 99999)}"])

    # the forwarded article: one message over many lines
    lines = [f"*{title}*"]
    if pub and rng.random() < 0.55:
        lines.append(f"🗓️ {G.WD[pub.weekday()]} {pub.day} {G.LEV[pub.month - 1]} {pub.year}")
        truth["published"] = pub.isoformat()
        comp["publine"] = "chat_date"
        chrome.append(lines[-1])
    if summary:
        lines.append(f"_{summary}_")
    truth["summary"] = summary
    blank = rng.random() < 0.6
    blocks = G.body_blocks(paras, spec, rng)
    for b in blocks:
        if blank:
            lines.append("")
        lines.append(f"*{b['text']}*" if b["type"] == "heading" else b["text"])
    trail = []
    if rng.random() < 0.6 and doc["site"]:
        trail.append(f"📌 المصدر: {doc['site']}")
        truth["sources"] = [doc["site"]]
    if rng.random() < 0.4:
        trail.append(f"🔗 https://{rng.choice(['bit.ly', 'tinyurl.com', 'is.gd'])}/"
                     f"{''.join(rng.choice('abcdefghkmnpqrstuvwxyz23456789') for _ in range(7))}")
    if rng.random() < 0.3:
        trail.append(rng.choice(["منقول", "انشرها فالدال على الخير كفاعله", "♻️ منقول للفائدة"]))
    if trail:
        if blank:
            lines.append("")
        lines += trail
        chrome.extend(trail)
    message("article", forwarder, lines, chrome_all=False)
    for _ in range(rng.randint(1, 4)):
        who = rng.choice(people[1:])
        if rng.random() < 0.15:
            message("media", who, ["<الوسائط غير مضمّنة>"])
        else:
            message("reply", who, [rng.choice(REPLIES)])
    text = "\n".join(out) + "\n"
    comp["lede_place"] = "italic" if summary else None
    return finish(doc, style, kinds, text, chrome, blocks, truth, comp, spec)


# ------------------------------------------------------------------ pdf
def justify(words, width):
    line = " ".join(words)
    gaps = len(words) - 1
    extra = width - len(line)
    if gaps <= 0 or extra <= 0:
        return line
    spaces = [1 + extra // gaps + (1 if k < extra % gaps else 0) for k in range(gaps)]
    return "".join(w + (" " * spaces[k] if k < gaps else "") for k, w in enumerate(words))


def wrap(text, width):
    lines, cur = [], []
    for w in text.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def render_pdf(doc, style, spec, others, rng, comp):
    """A ministry's press release as `pdftotext -layout` prints it: letterhead, pages, form feeds."""
    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub = doc["crawl"], doc["pub"]
    truth = new_truth(title)
    chrome = []
    kinds = []
    width = rng.choice([66, 72, 78])
    margin = rng.choice([3, 5, 8])
    full = margin + width
    mini = rng.choice(MINISTRIES)
    dept = rng.choice(DEPTS)
    lig = rng.random() < 0.4
    comp.update(width=width, margin=margin, ligatures=lig)

    def right(s):
        return " " * max(margin, full - len(s)) + s

    def center(s):
        return " " * (margin + max(0, (width - len(s)) // 2)) + s

    def two_col(en, ar):
        return " " * margin + en + " " * max(4, full - margin - len(en) - len(ar)) + ar

    head = [two_col(mini["cty_en"], mini["cty_ar"]), two_col(mini["en"], mini["ar"]), two_col(dept[1], dept[0])]
    chrome.extend(head)
    kinds.append("letterhead")
    d = pub or crawl
    hy, hmo, hd = G.hijri(d)
    ref = f"{rng.choice(['و', 'م.إ', 'ع.ع'])}/{rng.randint(10, 99)}/{rng.randint(100, 4999)}/{d.year}"
    dfmt = rng.choice(["pair", "city"])
    if dfmt == "pair":
        dates = [right(f"الرقم: {ref}"), right(f"التاريخ: {hd} {G.HIJ[hmo - 1]} {hy}هـ"),
                 right(f"الموافق: {d.day} {G.EG[d.month - 1]} {d.year}م")]
    else:
        dates = [right(f"{mini['city']}، في {d.day} {G.EG[d.month - 1]} {d.year}م"), right(f"الرقم: {ref}")]
    truth["published"] = d.isoformat()
    comp["publine"] = "pdf_" + dfmt
    chrome.extend(dates)
    kinds.append("dates")
    kind_line = center(rng.choice(["بيان إعلامي", "خبر صحفي", "تعميم صحفي"]))
    chrome.append(kind_line)
    label = rng.random() < 0.45
    comp["title_label"] = label
    if label:
        tl = wrap("الموضوع: " + title, width)
        title_lines = [right(" ".join(w)) for w in tl]
    else:
        tl = wrap(title, width - 10)
        title_lines = [center(" ".join(w)) for w in tl]
    kinds.append("title")

    blocks = G.body_blocks(paras, spec, rng)
    blank = rng.random() < 0.7
    body = []  # list of line lists, one per block
    for b in blocks:
        if b["type"] == "heading":
            body.append([center(b["text"])])
            continue
        ws = wrap(b["text"], width)
        lines = [" " * margin + justify(w, width) for w in ws[:-1]] + [right(" ".join(ws[-1]))]
        if lig:
            lines = [x.replace("لا", "\ufefb") for x in lines]
        body.append(lines)
    end = [center(rng.choice(["-انتهى-", "«انتهى البيان»"]))]
    contact = [right(f"للتواصل: {dept[0]} – هاتف {rng.randint(2000000, 2999999)} – media@{mini['dom']}")]
    chrome.extend(end + contact)

    cap = rng.randint(34, 48)
    pages = [[""] + head + [""] + dates + ["", kind_line, ""] + title_lines + [""]]
    for lines in body:
        cur = pages[-1]
        if len(cur) + len(lines) > cap and len(cur) > 16:
            pages.append([right(f"{mini['ar']} – بيان إعلامي"), ""])
            cur = pages[-1]
        cur += lines
        if blank:
            cur.append("")
    pages[-1] += [""] + end + [""] + contact
    running = right(f"{mini['ar']} – بيان إعلامي")
    if len(pages) > 1:
        chrome.append(running)
    out = []
    n = len(pages)
    addr = center(f"ص.ب {rng.randint(100, 999)} – {mini['city']} – www.{mini['dom']}")
    chrome.append(addr)
    for k, page in enumerate(pages, 1):
        foot = ["", "", addr, center(rng.choice([f"صفحة {k} من {n}", f"{k}/{n}"]))]
        chrome.append(foot[-1])
        lines = page + foot
        if k > 1:
            lines[0] = "\f" + lines[0]
        out += lines
    comp["pages"] = n
    text = "\n".join(out) + "\n\f"
    kinds += ["body", "end", "contact", "page_footer"]
    comp["lede"] = None
    return finish(doc, style, kinds, text, chrome, blocks, truth, comp, spec)
