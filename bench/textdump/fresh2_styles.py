"""The `fresh2` split of the text-dump benchmark: a second group of styles nobody tuned on.

    python3 bench/textdump/gen_dumps.py --styles fresh2 --n 2000 --seed 11
    python3 bench/textdump/score_dumps.py --split fresh2 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH2 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. The `fresh` split has been looked at once by the extractor's
author, so this one exists for the project's final honest numbers: styles that
nobody tuned against. Once the extractor is changed because of anything learnt
here, the split is spent and a new one has to be written. Report only the
aggregate rows of `score_dumps.py --split fresh2`.

The eight styles imitate text dumps of news sites of other kinds and
countries than the other splits (an Iraqi news network, a Sudanese daily in a
narrow print column, a Yemeni site, a pan-Arab TV channel, a wire agency, a
blog with comments, a Mauritanian paper, and a per-document random draw of all
of these components). Every component (header chrome, date widgets,
publication and update lines, kicker, title and lede forms, bylines, caption
and credit formats, inline links, ads and banners, related, most-read and
comment blocks, footers, paragraph layouts, character noise) is written anew
here and differs from the tune, held-out and fresh components as far as their
generators show; the vocabulary and every invented name were written for this
benchmark. The corpus texts, the lede choice (abstract / teaser / promoted
first paragraph), the inserted headings and the other articles' titles in
related blocks are the gen_dumps.py ones.

The truth follows gen_dumps.py and the golden fixtures
(crates/ghirbal-extract/tests/fixtures/README.md). Cases they do not spell out:

- page_date: the date of the header widget before the title (the crawl day),
  whatever its form: Levantine months in Arabic-Indic digits, Gregorian first
  with the Hijri date after `|`, Hijri first with the Gregorian after `-`
  (both with `هـ`/`م`), WordPress order `مايو 5, 2024`, weekdays without
  hamza and dashes, Mauritanian months (`أغشت`, `دجمبر`), a Gregorian month
  paired with its Levantine name. With two calendars it is the Gregorian
  date. Dates under related headlines, in comments or in image file names are
  no widget.
- published: the article's date when the page states it: a publication line
  under the title (any of the forms in fmt_publine, labelled or not,
  including a relative time followed by an absolute date, a numeric
  Hijri/Gregorian pair, time-first lines and `ت.غ` times, which are kept as
  printed), the date in a WordPress meta line (`بواسطة … | مايو 3, 2024 | …`),
  or a full date in a wire dateline (`الخرطوم 5-5-2024 (سونا) -`). A dateline
  with day and month but no year (`الكويت - 5 - 5 (كونا) --`, `مسقط في 5 مايو
  /العمانية/`) is printed only under a publication line, which gives the
  truth. Update lines (`تحديث:`, `آخر تعديل:`, `تم التحديث:`) go to the
  truth's extra `modified` key (not scored), never to published.
- summary: a lede under the title (a deck, sometimes under a label line such
  as `باختصار`, the label being chrome) or after the caption, chosen exactly as
  in gen_dumps.py; a promoted first paragraph stays a lede only when
  something sets it apart from the body (a meta line, a caption, a chrome
  block between them, a dateline opening the body, or an indented body under
  an unindented lede), else it goes back into the body and the truth has no
  summary.
- blocks: the corpus paragraphs, whatever the layout: hard-wrapped lines
  (36-52 or 95-125 characters), one sentence a line, indented with a tab or
  spaces, with or without blank lines between paragraphs; a wrapped or split
  paragraph is still one paragraph. Headings get blank lines around them in
  layouts without blank lines between paragraphs. A wrapped title is still
  one title.
- images: the caption without its credit; the credit as written, without the
  camera sign or the slashes around it. A caption between two paragraphs is
  an image too.
- sources: the items of a `مصدر الخبر:` or `المرجع:` line; tags: the items of
  `علامات:`, `Tags:` or `مواضيع:`. A trailing `(النهاية)` and editors'
  initials are chrome.
- authors (extra key, not scored): the names of `متابعة:`, `الكاتب:`,
  `تحرير:`, `حرره:` bylines and of the WordPress meta line.
- chrome: every inserted line that is not title, lede, caption or body, as in
  gen_dumps.py, minus those that also occur in the body.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh2"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ vocabularies
# Written for this benchmark; names of people and sites are invented.
MRT = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغشت", "سبتمبر", "أكتوبر", "نوفمبر", "دجمبر"]
WD_NH = ["الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الاحد"]

SITES = {
    "iraq": ["شبكة أور الإخبارية", "منصة الرصافة نيوز", "بوابة الكرخ الإخبارية"],
    "sudan": ["صحيفة صدى الضفتين", "جريدة الملتقى السودانية", "صحيفة النيلين الأزرق والأبيض"],
    "yemen": ["المرصد اليمني نت", "بوابة سبأ الجديدة", "موقع تهامة اليوم"],
    "tv": ["قناة الأفق الإخبارية", "شاشة العرب 24", "قناة المدار الفضائية"],
    "wire": ["وكالة الساحل للأنباء", "وكالة المرفأ للأنباء", "وكالة الخليج الإخبارية المستقلة"],
    "blog": ["مدونة دفاتر الزيتون", "مدونة على الهامش", "مدونة حبر المدينة"],
    "mrt": ["صحيفة الرمال اليومية", "بوابة الصحراء الكبرى", "جريدة المنارة الموريتانية"],
}
LATIN_SITES = {"iraq": "Ur News Network", "sudan": "Sada Aldiffatain", "yemen": "Yemen Observer Net",
               "tv": "Alofok TV", "wire": "Sahel News Agency", "blog": "Hibr Blog", "mrt": "Al-Rimal Daily"}
SLOGANS = ["صوت الناس منذ 2008", "أخبار على مدار الساعة", "صحيفة يومية سياسية مستقلة", "نافذتك على العالم",
           "الخبر كما هو", "رأي حر وكلمة صادقة"]
PHONES = {"iraq": "0770 {a} {b}", "sudan": "+249 91 {a} {b}", "yemen": "+967 77 {a} {b}", "tv": "+971 4 {a} {b}",
          "wire": "+968 24 {a} {b}", "blog": "+970 59 {a} {b}", "mrt": "+222 46 {a} {b}"}
HQ = {"iraq": ("بغداد", "شارع السعدون"), "sudan": ("الخرطوم", "شارع الجمهورية"), "yemen": ("صنعاء", "شارع حدة"),
      "tv": ("دبي", "مدينة الإعلام"), "wire": ("مسقط", "شارع السلطان قابوس"), "blog": ("رام الله", "حي الماصيون"),
      "mrt": ("نواكشوط", "شارع جمال عبد الناصر")}
AUTHORS = ["حيدر كاظم الموسوي", "زينب عبد الأمير", "عوض الكريم الطيب", "مها إبراهيم عثمان", "أسماء الحضرمي",
           "فارس عبده الشرعبي", "سالم بن خميس الحارثي", "دانة فهد العنزي", "ريم أبو عيشة", "سامي الترهوني",
           "محمد الأمين ولد سيدي", "مريم منت أحمد", "علي جاسم الربيعي", "نهى الصافي"]
EDITORS = {"iraq": ["د. عبد الستار الجبوري", "كريم حمزة العبيدي"], "sudan": ["الطيب إدريس", "عثمان الصديق"],
           "yemen": ["عبد الولي المقطري", "صادق الحداد"], "tv": ["هيثم السيد", "لينا قاسم"],
           "wire": ["خليفة بن ناصر الرواحي", "يعقوب الحمدان"], "blog": ["ريم عيسى", "سامي الترهوني"],
           "mrt": ["أحمد سالم ولد بابا", "الشيخ ولد محمد فال"]}
KICKERS = ["خاص", "حصري", "تقرير خاص", "تحليل إخباري", "متابعات", "بالصور", "بالفيديو", "ملف"]
NAV = ["المحافظات", "عراقيات", "الإقليم", "الولايات", "شؤون برلمانية", "تقارير مصورة", "صحافة عالمية", "ترجمات",
       "أدب وفكر", "حوار الأسبوع", "الرياضة المحلية", "مال وبورصة", "بيئة", "طب وصحة", "مجتمع مدني",
       "أخبار الجاليات"]
LATIN = ["RSS", "Archive", "Contact", "About us", "Jobs", "Advertise"]
TOPICS = ["الموازنة العامة", "أزمة الكهرباء", "امتحانات الثانوية", "أسعار الوقود", "الانتخابات المحلية",
          "موسم الأمطار", "الدوري الممتاز", "ملف النازحين"]
PROGRAMS = ["نشرة المساء", "ملف اليوم", "حوار مفتوح", "الحصاد الأسبوعي", "صباح الأفق", "المشهد الاقتصادي"]
CAPTIONS = ["صورة متداولة على مواقع التواصل", "جانب من التظاهرة", "مبنى مجلس النواب", "عناصر من قوات الأمن",
            "أحد مراكز الاقتراع", "جانب من الاحتفال", "الوزير خلال زيارته الميدانية", "طلاب في قاعة الامتحان",
            "مزارعون في حقل قمح", "ميناء تجاري على البحر"]
CREDITS = ["متداولة", "إعلام الحكومة", "سونا", "سبأ", "وكالة الأنباء الرسمية", "AP Photo", "Xinhua",
           "Anadolu Agency", "صفحة الوزارة على فيسبوك", "المصور الخاص"]
INLINE = ["اقرأ كذلك:", "يهمك أيضًا:", "تابع أيضًا:", "للمزيد:"]
RELATED = ["من نفس القسم", "أخبار أخرى", "روابط ذات علاقة", "في هذا القسم"]
MOSTREAD = ["الأكثر زيارة", "الأكثر رواجًا", "الأكثر متابعة اليوم", "الأكثر انتشارًا"]
SHARE = ["أرسل لصديق", "اطبع الخبر", "حفظ في المفضلة", "تغريد", "انشر على فيسبوك", "مشاركة عبر واتساب"]
SHARE_LATIN = ["Tweet", "Share on Facebook", "Pin it", "Reddit", "Share via WhatsApp"]
SPONSORED = ["اكتشف أفضل عروض الطيران لهذا الصيف", "طريقة سهلة لتعلم الإنجليزية في ثلاثة أشهر",
             "أسعار الشقق الجديدة قد تفاجئك", "خمس عادات صباحية يوصي بها الأطباء",
             "احجز إقامتك الآن بخصم يصل إلى 40%", "كيف تبدأ مشروعك الصغير من المنزل"]
COMMENTERS = ["أبو حيدر", "ود الحلة", "م. عادل", "بنت البلد", "متابع من الخارج", "أم يوسف", "سالم", "زائر كريم"]
COMMENTS = [
    "والله كلام صحيح، الوضع عندنا في المحافظة أسوأ بكثير مما ذكر.",
    "نرجو من الجهات المعنية التحرك قبل فوات الأوان.",
    "أول مرة أقرأ خبرًا بهذا الوضوح، أحسنتم.",
    "الخبر منقول من موقع آخر بدون ذكر المصدر.",
    "لماذا لم تذكروا أسماء المسؤولين عن هذا التقصير؟",
    "سؤال بسيط: من سيتحمل التكاليف في النهاية؟",
    "تحية للكاتب على هذا الطرح الجريء.",
    "المعلومات الواردة في الفقرة الأخيرة غير دقيقة للأسف.",
    "ننتظر منكم تغطية ميدانية من داخل الأحياء المتضررة.",
    "كل عام وأنتم بخير، ودمتم منبرًا للحقيقة.",
]
LEDE_LABELS = ["باختصار", "ملخص الخبر", "الخلاصة"]
INITIALS = "ع م ح س ر ن ق ط ب ج ش ف".split()

# ------------------------------------------------------------------ styles
# Values are lists to choose from per document unless noted; `header`, `mid`
# and `after` are ordered (component, probability) pairs.
NBASE = dict(site="iraq", header=[], nav=["comma"], widget=[None], kicker=0.0, title_wrap=False, byline=[None],
             views=0.0, readtime=0.0, listen=0.0, publine=[None], update=0.0, categories=False, caption=0.0,
             caption_fmt=["em_dash"], title_caption=0.2, img_file=0.0, gallery=0.0, lede=[None],
             lede_place=["deck"], headings=0.0, dateline=[None], mid=[], after=[], footer=[None],
             layout="blank_tabs", noise=[], eol="lf")

STYLES = {
    "fresh2_1": dict(site="iraq", header=[("banner", 1.0), ("latin", 0.5), ("hotline", 0.6), ("widget", 1.0),
                                          ("nav", 1.0), ("topics", 0.5)],
                     nav=["comma"], widget=["lev_indic"], kicker=0.5, byline=["mutabaa", "katib", None],
                     publine=["iraq_tarikh"], update=0.3, views=0.7, caption=0.8, caption_fmt=["em_dash"],
                     lede=[None, None, "abstract", "teaser"], lede_place=["deck"], headings=0.3,
                     mid=[("inline_read", 0.6), ("caption2", 0.2)],
                     after=[("tags_alamat", 0.6), ("share_ar", 1.0), ("related_dated", 1.0)],
                     footer=["local"], layout="blank_tabs", noise=["isolates"]),
    "fresh2_2": dict(site="sudan", header=[("skip", 1.0), ("widget", 1.0), ("nav", 1.0), ("crumb", 1.0)],
                     nav=["caret"], widget=["greg_hijri"], title_wrap=True, byline=["hurrir", None],
                     caption=0.7, caption_fmt=["slashes", "em_dash"], headings=0.2, dateline=["suna"],
                     mid=[("inline_read", 0.3)],
                     after=[("comments_votes", 0.7), ("comment_policy", 0.7)], footer=["local"],
                     layout="wrap_narrow", noise=["wj"]),
    "fresh2_3": dict(site="yemen", header=[("push", 0.7), ("widget", 1.0), ("latin", 0.4), ("hotline", 0.5),
                                           ("nav", 1.0)],
                     nav=["dots"], widget=["hijri_greg_indic"], kicker=0.6, byline=["tahrir", "mutabaa", None],
                     publine=["hijri_greg_num"], caption=0.9, caption_fmt=["camera_line"], img_file=0.5,
                     lede=["abstract", "teaser", "promoted"], lede_place=["after_caption"], headings=0.3,
                     mid=[("sponsored", 0.4), ("inline_read", 0.4)],
                     after=[("sources_khabar", 0.5), ("share_latin", 1.0), ("related_rel", 1.0)],
                     footer=["latin"], layout="indent_single", noise=["emsp", "rle"]),
    "fresh2_4": dict(site="tv", header=[("page_title", 0.5), ("live", 1.0), ("smartbanner", 0.5), ("nav", 1.0)],
                     nav=["hamburger"], lede=["abstract", "teaser", "promoted"], lede_place=["deck", "deck_label"],
                     publine=["tv_plain", "tv_plain", "rel_abs"], update=0.7, listen=0.6, readtime=0.6,
                     caption=0.9, caption_fmt=["em_dash", "camera_line"], gallery=0.3, headings=0.5,
                     mid=[("inline_read", 0.5), ("scroll_ad", 0.5)],
                     after=[("report_error", 0.5), ("more_in_section", 1.0), ("mostread_views", 0.7)],
                     footer=["tv"], layout="wrap_wide", noise=["feff"]),
    "fresh2_5": dict(site="wire", header=[("banner", 1.0), ("font", 0.7), ("widget", 1.0), ("nav", 0.6)],
                     nav=["slash_inline"], widget=["nohamza_dash"], publine=["time_first"], caption=0.4,
                     caption_fmt=["slashes"], dateline=["kuna", "ona"],
                     after=[("end_mark", 1.0), ("share_ar", 1.0), ("related_plain", 0.8)], footer=["latin"],
                     layout="sentence_lines", eol="mixed"),
    "fresh2_6": dict(site="blog", header=[("skip", 1.0), ("banner", 1.0), ("widget", 0.7), ("nav", 1.0),
                                          ("crumb", 0.5)],
                     nav=["brackets"], widget=["wp"], byline=["wp"], categories=True, caption=0.5,
                     caption_fmt=["em_dash"], headings=0.5, mid=[("inline_read", 0.3)],
                     after=[("tags_latin", 0.7), ("share_wp", 1.0), ("like_box", 0.6), ("postnav", 1.0),
                            ("comments_wp", 0.9)],
                     footer=["wp"], layout="nbsp_lines"),
    "fresh2_7": dict(site="mrt", header=[("banner", 1.0), ("widget", 1.0), ("nav", 1.0), ("topics", 0.5)],
                     nav=["comma"], widget=["mrt"], kicker=0.4, byline=["katib", None], publine=["mrt_pub"],
                     update=0.4, lede=[None, "abstract", "promoted"], lede_place=["deck_label"], caption=0.7,
                     caption_fmt=["em_dash"], mid=[("inline_read", 0.4)],
                     after=[("disclaimer", 0.6), ("rate", 0.5), ("mostread_views", 0.6)], footer=["local"],
                     layout="wrap_tab", noise=["kashida"]),
    "fresh2_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["page_title", "skip", "push", "smartbanner", "banner", "latin", "hotline", "live", "font", "widget",
                "nav", "topics", "crumb"]
MID_POOL = ["inline_read", "caption2", "sponsored", "scroll_ad"]
AFTER_POOL = ["tags_alamat", "tags_latin", "tags_mawadi", "sources_khabar", "sources_marja", "end_mark",
              "report_error", "disclaimer", "rate", "share_ar", "share_latin", "share_wp", "like_box", "postnav",
              "related_dated", "related_rel", "related_plain", "more_in_section", "mostread_views",
              "comments_votes", "comments_wp", "comment_policy"]
CHOICES = dict(site=list(SITES),
               widget=["lev_indic", "greg_hijri", "hijri_greg_indic", "wp", "nohamza_dash", "mrt", "eg_lev_dash",
                       None],
               nav=["comma", "caret", "dots", "hamburger", "brackets", "slash_inline"],
               byline=["mutabaa", "katib", "tahrir", "hurrir", "wp", None],
               publine=["iraq_tarikh", "hijri_greg_num", "tv_plain", "time_first", "mrt_pub", "rel_abs", "gmt_tg",
                        "lev_indic_pub", None],
               caption_fmt=["em_dash", "slashes", "camera_line"],
               dateline=["kuna", "ona", "suna", None],
               footer=["local", "latin", "wp", "tv", None],
               layout=["blank_tabs", "wrap_narrow", "indent_single", "wrap_wide", "sentence_lines", "nbsp_lines",
                       "wrap_tab"],
               noise=[[], ["isolates"], ["emsp"], ["rle"], ["feff"], ["kashida"], ["wj"]])


def style_spec(name, rng):
    spec = dict(NBASE)
    spec.update(STYLES[name])
    if not spec.pop("mixed", False):
        return spec
    for k, opts in CHOICES.items():
        v = rng.choice(opts)
        spec[k] = v if k in ("site", "layout", "noise") else [v]
    spec["header"] = [(h, 1.0) for h in HEADER_ORDER if h in ("widget", "nav") or rng.random() < 0.3]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["title_wrap"] = spec["layout"] == "wrap_narrow" and rng.random() < 0.5
    spec["views"] = rng.choice([0.0, 0.5])
    spec["readtime"] = rng.choice([0.0, 0.5])
    spec["listen"] = rng.choice([0.0, 0.3])
    spec["update"] = rng.choice([0.0, 0.5])
    spec["categories"] = rng.random() < 0.2
    spec["caption"] = 0.7
    spec["img_file"] = rng.choice([0.0, 0.3])
    spec["gallery"] = rng.choice([0.0, 0.3])
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["lede_place"] = ["deck", "deck_label", "after_caption"]
    spec["headings"] = 0.4
    spec["mid"] = [(m, 0.3) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.25]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["eol"] = "mixed" if rng.random() < 0.2 else "lf"
    return spec


# ------------------------------------------------------------------ dates
def ampm(hh):
    return "م" if hh >= 12 else "ص"


def fmt_widget(fmt, d):
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    if fmt == "lev_indic":
        return f"{wd} {day} {G.LEV[m]} {y}".translate(G.INDIC)
    if fmt == "greg_hijri":
        hy, hm, hd = G.hijri(d)
        return f"{wd} {day:02d} {G.EG[m]} {y}م | {hd} {G.HIJ[hm - 1]} {hy}هـ"
    if fmt == "hijri_greg_indic":
        hy, hm, hd = G.hijri(d)
        return f"{wd} {hd} {G.HIJ[hm - 1]} {hy}هـ - {day} {G.EG[m]} {y}م".translate(G.INDIC)
    if fmt == "wp":
        return f"{wd}, {G.EG[m]} {day}, {y}"
    if fmt == "nohamza_dash":
        return f"{WD_NH[d.weekday()]} {day:02d}-{G.EG[m]}-{y}"
    if fmt == "mrt":
        return f"{wd} {day:02d} {MRT[m]} {y}"
    if fmt == "eg_lev_dash":
        return f"{wd} {day} {G.EG[m]} - {G.LEV[m]} {y}"
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, crawl, rng):
    """(lines, truth) of a publication line."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    truth = d.isoformat() + (f"T{tm[0]:02d}:{tm[1]:02d}" if tm else "")
    if tm:
        hh, mi = tm
    if fmt == "iraq_tarikh":
        return [f"تأريخ النشر: {day} {G.LEV[m]} {y}" + (f" - {hh:02d}:{mi:02d}" if tm else "")], truth
    if fmt == "hijri_greg_num":
        hy, hm, hd = G.hijri(d)
        s = f"{hy}/{hm:02d}/{hd:02d}هـ - {y}/{m + 1:02d}/{day:02d}م" + (
            f" | {G.h12(hh)}:{mi:02d} {ampm(hh)}" if tm else "")
        return [s.translate(G.INDIC) if rng.random() < 0.5 else s], truth
    if fmt == "tv_plain":
        return [f"{day}/{m + 1}/{y}"], d.isoformat()
    if fmt == "time_first":
        date = f"{WD_NH[d.weekday()]} {day:02d}/{m + 1:02d}/{y}"
        return [f"{hh:02d}:{mi:02d} | {date}" if tm else date], truth
    if fmt == "mrt_pub":
        return [f"تاريخ الإضافة: {day:02d} {MRT[m]} {y}" + (f" - {hh:02d}:{mi:02d}" if tm else "")], truth
    if fmt == "rel_abs":
        k = (crawl - d).days
        rel = {0: f"منذ {rng.randint(2, 9)} ساعات", 1: "منذ يوم", 2: "منذ يومين"}.get(k, f"منذ {k} أيام")
        return [f"{rel} • {wd} {day} {G.EG[m]} {y}"], d.isoformat()
    if fmt == "gmt_tg":
        return [f"{day} {G.EG[m]} {y}" + (f" - {hh:02d}:{mi:02d} ت.غ" if tm else "")], truth
    if fmt == "lev_indic_pub":
        return [(f"{wd} {day} {G.LEV[m]} {y}" + (f" - {hh:02d}:{mi:02d}" if tm else "")).translate(G.INDIC)], truth
    raise ValueError(fmt)


def update_line(fmt, d, tm, crawl, rng):
    """(line, modified) of an update line in the family of the publication line, or (None, None)."""
    if tm:
        t0 = datetime.datetime(d.year, d.month, d.day, tm[0], tm[1])
        u = t0 + datetime.timedelta(minutes=rng.randint(20, 30 * 60))
        if u.date() > crawl:
            u = datetime.datetime(crawl.year, crawl.month, crawl.day, 23, rng.randint(0, 59))
            if u <= t0:
                return None, None
    else:
        u = datetime.datetime.combine(min(crawl, d + datetime.timedelta(days=rng.choice([0, 1]))),
                                      datetime.time(rng.randint(8, 22), rng.randint(0, 59)))
    hm = f"{u.hour:02d}:{u.minute:02d}"
    if fmt == "iraq_tarikh":
        line = f"آخر تعديل: {u.day} {G.LEV[u.month - 1]} {u.year} - {hm}"
    elif fmt in ("tv_plain", "rel_abs"):
        line = f"تحديث: {u.day}/{u.month}/{u.year} {hm} (بتوقيت مكة المكرمة)"
    elif fmt == "mrt_pub":
        line = f"تم التحديث: {u.day:02d} {MRT[u.month - 1]} {u.year} - {hm}"
    else:
        return None, None
    return line, u.strftime("%Y-%m-%dT%H:%M")


# --------------------------------------------------------------- helpers
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
    if "isolates" in kinds:
        text = re.sub(r"[0-9A-Za-z][0-9A-Za-z.,%/:-]*", lambda mm: "\u2066" + mm.group(0) + "\u2069"
                      if rng.random() < 0.6 else mm.group(0), text)
    if "emsp" in kinds:
        text = "".join(rng.choice(["\u2003", "\u2007"]) if c == " " and rng.random() < 0.08 else c for c in text)
    if "wj" in kinds:
        ws = text.split(" ")
        for _ in range(rng.randint(0, 2)):
            k = rng.randrange(len(ws))
            w = ws[k]
            if len(w) >= 4 and re.fullmatch(r"[\u0621-\u064a]+", w):
                p = rng.randint(1, len(w) - 1)
                ws[k] = w[:p] + "\u2060" + w[p:]
        text = " ".join(ws)
    if "kashida" in kinds:
        chars = list(text)
        spots = [i for i in range(1, len(chars) - 1) if chars[i] in G.DUAL and "\u0621" <= chars[i - 1] <= "\u064a"
                 and "\u0621" <= chars[i + 1] <= "\u064a"]
        for i in sorted(rng.sample(spots, min(len(spots), rng.randint(0, 4))), reverse=True):
            chars.insert(i + 1, "\u0640" * rng.randint(2, 5))
        text = "".join(chars)
    if "rle" in kinds and rng.random() < 0.5:
        text = "\u202b" + text + "\u202c"
    if "feff" in kinds and rng.random() < 0.3:
        text = "\ufeff" + text
    return text


def count_ar(n, one, two, few, many):
    if n == 1:
        return one
    if n == 2:
        return two
    return f"{n} {few}" if n <= 10 else f"{n} {many}"


def wp_date(d):
    return f"{G.EG[d.month - 1]} {d.day}, {d.year}"


# --------------------------------------------------------------- rendering
def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict)."""
    groups = []  # (kind, [lines])
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
    sec = G.SECTIONS.get(doc["cat"] or "", "متفرقات")
    truth = dict(title=title, page_date=None, published=None, modified=None, summary=None, authors=[], images=[],
                 sources=[], agencies=[], tags=[], dateline=None)
    others = [o for o in rng.sample(others, 40) if fold(o) != fold(title)]
    layout = spec["layout"]
    indented_body = layout in ("indent_single", "wrap_tab")

    def phone():
        return PHONES[key].format(a=rng.randint(100, 999), b=rng.randint(1000, 9999))

    # lede, publication line format, dateline
    summary, lede_mode = G.choose_lede(pick("lede"), doc, paras)
    lede_place = pick("lede_place")
    byl = pick("byline")
    pfmt = pick("publine") if pub else None
    if byl == "wp":
        pfmt = None  # the WordPress meta line carries the date
    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dl = G.dateline_parts(doc["author"]) if dform else None
    dl_used = False
    if dl and paras and summary != paras[0]:
        place, rest = dl
        has_pub_line = bool(pfmt) or (byl == "wp" and pub)
        if dform in ("kuna", "ona") and not has_pub_line or dform == "suna" and not pub:
            dform = "slash"
        d = pub
        if dform == "kuna":
            paras[0] = f"{place} - {d.day} - {d.month} ({rest}) -- {paras[0]}"
        elif dform == "ona":
            paras[0] = f"{place} في {d.day} {G.EG[d.month - 1]} /{rest}/ {paras[0]}"
        elif dform == "suna":
            paras[0] = f"{place} {d.day}-{d.month}-{d.year} ({rest}) - {paras[0]}"
            truth["published"] = d.isoformat()
        else:
            paras[0] = f"{place} /{rest}/ {paras[0]}"
        truth["dateline"] = place
        if G.AGENCY_CODES.get(rest):
            truth["agencies"].append(G.AGENCY_CODES[rest])
        dl_used = True
        comp["dateline"] = dform

    # header
    for name, p in spec["header"]:
        if rng.random() >= p:
            continue
        if name == "page_title":
            add("page_title", [f"{title} – {site}"])
        elif name == "skip":
            add("skip", [rng.choice(["تخطى إلى المحتوى", "انتقل إلى المحتوى الرئيسي"])])
        elif name == "push":
            add("push", ["هل ترغب في تلقي إشعارات بآخر الأخبار؟", "لاحقًا", "سماح"])
        elif name == "smartbanner":
            add("smartbanner", [f"تطبيق {site}", "أخبار لحظة بلحظة", "مجانًا على Google Play", "فتح"])
        elif name == "banner":
            add("banner", [site, rng.choice(SLOGANS)])
        elif name == "latin":
            add("latin", [" | ".join(rng.sample(LATIN, 3))])
        elif name == "hotline":
            add("hotline", [rng.choice(["للإعلان والتواصل: ", "واتساب التحرير: "]) + phone()])
        elif name == "live":
            add("live", ["البث المباشر", f"الآن على الهواء: {rng.choice(PROGRAMS)}", "جدول البرامج"])
        elif name == "font":
            add("font", ["حجم الخط", "A+ A A-"])
        elif name == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", [fmt_widget(wfmt, crawl)])
                truth["page_date"] = crawl.isoformat()
        elif name == "nav":
            items = rng.sample(NAV, rng.randint(4, 7))
            nf = pick("nav")
            if nf == "comma":
                lines = ["، ".join(items)]
            elif nf == "caret":
                lines = [f"{x} ▾" if rng.random() < 0.4 else x for x in items]
            elif nf == "dots":
                lines = [" · ".join(items)]
            elif nf == "hamburger":
                lines = ["☰ القائمة"] + items
            elif nf == "brackets":
                lines = [" ".join(f"[ {x} ]" for x in items)]
            else:
                lines = [" / ".join(items)]
            add("nav", lines)
        elif name == "topics":
            add("topics", ["مواضيع ساخنة: " + " · ".join(rng.sample(TOPICS, 3))])
        elif name == "crumb":
            tw = title.split()
            short = title if len(tw) <= 8 else " ".join(tw[:6]) + "…"
            add("crumb", [f"أنت هنا: الرئيسية › {sec} › {short}"])

    # kicker, title, deck
    if chance("kicker"):
        add("kicker", [rng.choice(KICKERS)])
    add("title", [title], chrome_lines=[])
    if summary and lede_place in ("deck", "deck_label"):
        if lede_place == "deck_label":
            label = rng.choice(LEDE_LABELS)
            add("lede", [label, summary], chrome_lines=[label])
        else:
            add("lede", [summary], chrome_lines=[])

    # meta lines
    name = rng.choice(AUTHORS)
    n_comments = rng.randint(1, 5)
    if byl == "wp":
        parts = [f"بواسطة {name}"]
        if pub:
            when = wp_date(pub)
            if tm and rng.random() < 0.5:
                when += f" في {G.h12(tm[0])}:{tm[1]:02d} {ampm(tm[0])}"
                truth["published"] = f"{pub.isoformat()}T{tm[0]:02d}:{tm[1]:02d}"
            else:
                truth["published"] = pub.isoformat()
            parts.append(when)
        parts.append(count_ar(n_comments, "تعليق واحد", "تعليقان", "تعليقات", "تعليقًا"))
        add("byline", [" | ".join(parts)])
        truth["authors"] = [name]
    elif byl:
        label = {"mutabaa": "متابعة", "katib": "الكاتب", "tahrir": "تحرير", "hurrir": "حرره"}[byl]
        add("byline", [f"{label}: {name}"])
        truth["authors"] = [name]
    if pfmt:
        lines, val = fmt_publine(pfmt, pub, tm, crawl, rng)
        add("publine", lines)
        truth["published"] = val
        if chance("update"):
            line, mod = update_line(pfmt, pub, tm, crawl, rng)
            if line:
                add("update", [line])
                truth["modified"] = mod
    if spec["categories"]:
        add("categories", [f"التصنيفات: {sec}"])
    if chance("views"):
        n = rng.randint(120, 48000)
        add("views", [rng.choice([f"عدد المشاهدات: {n:,}", f"المشاهدات: {n}".translate(G.INDIC)])])
    if chance("readtime"):
        k = max(1, sum(len(p.split()) for p in paras) // 200)
        mins = count_ar(k, "دقيقة واحدة", "دقيقتان", "دقائق", "دقيقة")
        add("readtime", [rng.choice([f"مدة القراءة: {mins}", f"⏱ {mins}"])])
    if chance("listen"):
        k = max(1, sum(len(p.split()) for p in paras) // 150)
        add("listen", ["استمع إلى المقال", f"00:00 / {k:02d}:{rng.randint(0, 59):02d}"])

    # image
    cap_fmt = pick("caption_fmt")

    def caption_group(cap, credit):
        if cap_fmt == "em_dash":
            return [f"{cap} — {credit}"]
        if cap_fmt == "slashes":
            return [f"{cap} /{credit}/"]
        return [cap, f"📷 {credit}"]

    def new_caption(from_title):
        if from_title and rng.random() < spec["title_caption"]:
            tw = [w for w in title.split() if not re.search(r"[«»\"':؟?!.،]", w)]
            if len(tw) >= 4:
                cap = " ".join(tw[: rng.randint(3, 6)])
                if fold(cap) != fold(title):
                    return cap
        return rng.choice(CAPTIONS)

    if rng.random() < spec["caption"]:
        if chance("img_file"):
            fd = (pub or crawl) - datetime.timedelta(days=rng.choice([0, 0, 1]))
            add("img_file", [f"IMG-{fd.strftime('%Y%m%d')}-WA{rng.randint(1, 120):04d}.jpg"])
        cap, credit = new_caption(True), rng.choice(CREDITS)
        lines = caption_group(cap, credit)
        truth["images"].append({"caption": cap, "credit": credit})
        if chance("gallery"):
            n = rng.randint(3, 9)
            lines += ["‹ السابق", f"1 / {n}", "التالي ›"]
        add("caption", lines)
    if summary and lede_place == "after_caption":
        add("lede", [summary], chrome_lines=[])
    comp["lede_place"] = lede_place if summary else None

    # A promoted first paragraph that nothing sets apart from the body (no
    # meta line, caption or chrome between them, no dateline opening the
    # body, no indented body under it) reads as the first paragraph.
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
            mid_inserts.append(("inline", [f"{label} {t}"] if rng.random() < 0.5 else [label, t], None))
        elif mname == "caption2":
            cap, credit = new_caption(False), rng.choice(CREDITS)
            truth["images"].append({"caption": cap, "credit": credit})
            mid_inserts.append(("caption2", caption_group(cap, credit), None))
        elif mname == "sponsored":
            mid_inserts.append(("sponsored", [rng.choice(["محتوى ممول", "روابط إعلانية"])]
                                + rng.sample(SPONSORED, rng.randint(2, 3)), None))
        elif mname == "scroll_ad":
            mid_inserts.append(("scroll_ad", ["Sponsored", "Scroll to continue reading"], None))
    positions = {}
    for ins in mid_inserts:
        positions.setdefault(rng.randint(1, len(blocks) - 1), []).append(ins)
    for i, b in enumerate(blocks):
        for kind, lines, cl in positions.get(i, []):
            add(kind, lines, cl)
        text = noisy(b["text"], spec["noise"], rng) if spec["noise"] else b["text"]
        add("body" if b["type"] == "paragraph" else "heading", [text], chrome_lines=[])

    # after the body
    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        if aname.startswith("tags_"):
            tags = G.tags_from(title, rng)
            if not tags:
                continue
            if aname == "tags_alamat":
                add("tags", ["علامات: " + " - ".join(tags)])
            elif aname == "tags_latin":
                add("tags", ["Tags: " + "، ".join(tags)])
            else:
                add("tags", ["مواضيع: " + " | ".join(tags)])
            truth["tags"] = tags
        elif aname.startswith("sources_"):
            srcs = [doc["site"]]
            if dl_used and truth["agencies"]:
                srcs.append(dl[1])
            elif rng.random() < 0.5:
                srcs.append(rng.choice(["وكالات", "رويترز", "د ب أ", "كونا"]))
            srcs = list(dict.fromkeys(s for s in srcs if s))
            if not srcs:
                continue
            label = "مصدر الخبر: " if aname == "sources_khabar" else "المرجع: "
            add("sources", [label + "، ".join(srcs)])
            truth["sources"] = srcs
            for s in srcs:
                if G.AGENCY_CODES.get(s):
                    truth["agencies"].append(G.AGENCY_CODES[s])
        elif aname == "end_mark":
            a = rng.sample(INITIALS, 4)
            add("end_mark", ["(النهاية)", f"{a[0]} {a[1]} / {a[2]} {a[3]}"])
        elif aname == "report_error":
            add("report_error", ["هل لاحظت خطأ في هذا الخبر؟ أبلغنا"])
        elif aname == "disclaimer":
            add("disclaimer", ["الآراء الواردة في المواد المنشورة تعبر عن كتّابها ولا تعكس بالضرورة موقف الصحيفة"])
        elif aname == "rate":
            add("rate", ["قيّم هذا الخبر", "★★★★☆",
                         "(" + count_ar(rng.randint(3, 90), "تقييم واحد", "تقييمان", "تقييمات", "تقييمًا") + ")"])
        elif aname == "share_ar":
            add("share", rng.sample(SHARE, rng.randint(3, 5)))
        elif aname == "share_latin":
            add("share", [" | ".join(rng.sample(SHARE_LATIN, rng.randint(3, 4)))])
        elif aname == "share_wp":
            add("share", ["شارك هذا:"] + rng.sample(["Tweet", "Pin it", "Reddit", "Tumblr"], 3))
        elif aname == "like_box":
            add("like_box", ["أعجبك المقال؟", "إعجاب", "Loading..."])
        elif aname == "postnav":
            add("postnav", ["« التدوينة السابقة", others.pop(), "التدوينة التالية »", others.pop()])
        elif aname.startswith("related_") or aname == "more_in_section":
            items = [others.pop() for _ in range(rng.randint(2, 4))]
            label = f"المزيد في قسم {sec}" if aname == "more_in_section" else rng.choice(RELATED)
            lines = [label]
            for t in items:
                lines.append(t)
                if aname == "related_dated":
                    dd = crawl - datetime.timedelta(days=rng.randint(0, 6))
                    lines.append(f"{dd.day} {G.LEV[dd.month - 1]} {dd.year}")
                elif aname == "related_rel":
                    lines.append("منذ " + count_ar(rng.randint(1, 23), "ساعة", "ساعتين", "ساعات", "ساعة"))
            add("related", lines)
        elif aname == "mostread_views":
            lines = [rng.choice(MOSTREAD)]
            for t in [others.pop() for _ in range(rng.randint(3, 5))]:
                v = f"{rng.randint(1, 99) * 100} مشاهدة"
                lines += [t, v.translate(G.INDIC) if key in ("iraq", "yemen") else v]
            add("mostread", lines)
        elif aname == "comments_votes":
            n = rng.randint(1, 4)
            lines = [f"عدد التعليقات: {n}"]
            for who, what in zip(rng.sample(COMMENTERS, n), rng.sample(COMMENTS, n)):
                lines += [who, what,
                          f"أعجبني ({rng.randint(0, 40)}) | لم يعجبني ({rng.randint(0, 12)})"]
            lines.append("شارك برأيك")
            add("comments", lines)
        elif aname == "comments_wp":
            head = count_ar(n_comments, "تعليق واحد", "تعليقان", "تعليقات", "تعليقًا")
            lines = [f"{head} على “{title}”"]
            for who, what in zip(rng.sample(COMMENTERS, n_comments), rng.sample(COMMENTS, n_comments)):
                cd = min(crawl, (pub or crawl) + datetime.timedelta(days=rng.randint(0, 3)))
                hh = rng.randint(0, 23)
                lines += [f"{who} قال:", f"{wp_date(cd)} في {G.h12(hh)}:{rng.randint(0, 59):02d} {ampm(hh)}", what,
                          "رد"]
            lines += ["اترك رد", "لن يظهر بريدك الإلكتروني للعموم، والحقول المطلوبة مؤشرة بـ *", "الاسم *",
                      "البريد الإلكتروني *", "إرسال التعليق"]
            add("comments", lines)
        elif aname == "comment_policy":
            add("comment_policy", ["التعليقات المنشورة تعبر عن آراء أصحابها ولا تمثل رأي الموقع"])
        comp.setdefault("after", []).append(aname)
    ffmt = pick("footer")
    year = crawl.year
    if ffmt == "local":
        city, street = HQ[key]
        add("footer", [f"رئيس التحرير: {rng.choice(EDITORS[key])}", f"العنوان: {city}، {street}", f"هاتف: {phone()}",
                       f"{site} © {year} - يسمح بالاقتباس مع ذكر المصدر"])
    elif ffmt == "latin":
        add("footer", [f"Copyright © {year} {LATIN_SITES[key]}. All rights reserved.",
                       "Privacy Policy | Terms of Use"])
    elif ffmt == "wp":
        add("footer", ["العودة للأعلى", "مدعوم بواسطة ووردبريس", f"قالب {rng.choice(['أخبار برو', 'مدونتي'])}"])
    elif ffmt == "tv":
        add("footer", [f"تابع {site} على: YouTube | Instagram | TikTok", "الشروط والأحكام", "اعمل معنا",
                       f"© {year} {site}"])

    # layout
    out = []
    prev = None
    indent = rng.choice(["\t", "\t", "    "]) if layout == "indent_single" else "\t"
    width = {"wrap_narrow": rng.randint(36, 52), "wrap_wide": rng.randint(95, 125),
             "wrap_tab": rng.randint(85, 110)}.get(layout)
    for kind, lines in groups:
        if prev is not None:
            if layout in ("indent_single", "wrap_tab") and kind == "body" and prev == "body":
                pass
            elif layout == "blank_tabs":
                out.append(rng.choice(["", "", "\t", " \t"]))
            elif layout == "nbsp_lines":
                out.append(rng.choice(["", "\u00a0"]))
            else:
                out.append("")
        prev = kind
        if kind == "body":
            text = lines[0]
            if layout in ("wrap_narrow", "wrap_wide", "wrap_tab"):
                lines = wrap(text, width)
            elif layout == "sentence_lines":
                lines = G.sentences(text) or [text]
            if indented_body:
                lines = [indent + lines[0]] + lines[1:]
        elif kind in ("lede", "title") and layout in ("wrap_narrow", "wrap_wide", "wrap_tab"):
            if kind == "title" and not spec["title_wrap"]:
                pass
            else:
                lines = [x for line in lines for x in wrap(line, width)]
        out += lines
    if spec["eol"] == "mixed":
        cut = rng.randint(1, max(1, len(out) - 1))
        text = "\r\n".join(out[:cut]) + "\r\n" + "\n".join(out[cut:]) + "\n"
    else:
        text = "\n".join(out) + "\n"
    comp.update(layout=layout, noise=spec["noise"], eol=spec["eol"], kinds=[k for k, _ in groups if k != "body"])

    # chrome strings that must not reach the body text; skip those that also occur in the body
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
