"""The `fresh11` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh11 --n 2000 --seed 43
    python3 bench/textdump/score_dumps.py --split fresh11 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH11 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by someone who has not read the extractor, its tests, its
fixtures or its benchmark notes. No component here is meant to be one of the
tune, held-out, fresh, fresh2, ..., fresh10 ones (as far as their generators
show). Only the aggregate rows of `score_dumps.py --split fresh11` are ever
reported; once the extractor is changed because of anything learnt here, the
split is spent.

The eight styles imitate text dumps of kinds of pages the other splits do not:
a Somali Arabic-language news portal, a Chadian Arabic-language weekly, an
Iranian Arabic-language news agency, a local news portal of Arab citizens of
Israel (Galilee and Triangle), an Assyrian/Chaldean community news site from
Iraq, an English-language news page read through a machine-translation proxy,
a news outlet's Facebook page post with its link card, reactions and
comments, and a per-document random draw of these components. Site names,
people and the vocabulary are invented. The corpus texts, the lede choice
(abstract / teaser / promoted first paragraph), the inserted headings and the
other articles' titles in related blocks are the gen_dumps.py ones.

New here: Somali weekday and month names in a widget and a Somali
publication label; a widget with the day spelled as an Arabic ordinal
(`الخامس والعشرون من أبريل`); a three-calendar widget (Iranian solar months
in Extended Arabic-Indic digits, Hijri, Gregorian); dotted dates with a
two-digit year; a Levantine widget with the Assyrian year, and a widget with
Syriac-script month names; machine-translated English dates (`نُشرت … بتوقيت
شرق الولايات المتحدة`); `المصادف` and `من شهر … لعام` publication lines; a
numeric solar publication line with the Gregorian date after `الموافق`;
Facebook post stamps; translation toolbars, Hebrew ad labels and an
accessibility statement, a masthead box, a classified-ads box, short links,
link cards, reaction counters; blank lines holding ideographic spaces or a
lone NBSP, rule lines between page regions, four-per-em and figure spaces.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once, without a kicker or an emoji before it. The
  title in a breadcrumb, in a link card or in a tab line is chrome (and is
  left out of the chrome list, which never holds the title itself).
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its calendar or script: with several calendars the
  Gregorian date; Somali or Syriac month names give their Gregorian month; a
  two-digit year is 20YY. The translation toolbar and the Facebook post have
  no widget: null (unless the mixed style gives them one).
- published: the publication line's date, with `THH:MM` when it shows a time
  as printed (12-hour `م`/`مساءً` is afternoon; foreign zones are kept as
  printed). The solar line: the Gregorian date after `الموافق` with the
  printed time. The Facebook post: its stamp (the article's date when the
  corpus has one, else the crawl day). A view counter or a read counter is no
  date.
- summary: a deck under the title (or the kicker-title pair), a lede after the
  meta lines or after the caption. A lede with nothing between it and the
  body (no meta line, caption or chrome line, no dateline opening the body)
  stays a lede only when it is a teaser that the first paragraph repeats; a
  promoted first paragraph or an abstract there reads as the first paragraph
  and goes into the body. A first paragraph under 8 words is never promoted.
  The Facebook post has a lede only as such a teaser line.
- blocks: the corpus paragraphs whatever the layout; headings without the
  `⫸`/`⟢` marks; separator lines (ideographic spaces, NBSP, rules) are no
  blocks; spacing noise does not change a paragraph (scored folded).
- images: the caption without credit and marks; the credit as written.
- sources: the items of an `استُقي الخبر من:` line and the site of `المادة منشورة
  أصلًا في:`; tags: the items of `وسوم الصفحة:`, `مفاتيح الخبر:`, `الموضوعات ذات
  الصلة:` and a post's hashtags (without `#`, `_` as a space).
- authors (extra key, not scored): the byline's names.
- chrome: every inserted line that is not title, lede or body (captions
  included), minus those that also occur in the body and those equal to the
  title or the summary.
"""
import datetime

from textnorm import display, fold

SPLIT = "fresh11"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
SOM_MON = ["Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luulyo", "Ogoosto", "Sebtembar",
           "Oktoobar", "Nofembar", "Desembar"]
SOM_WD = ["Isniin", "Talaado", "Arbaco", "Khamiis", "Jimco", "Sabti", "Axad"]
JAL_MON = ["فروردين", "أرديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر", "آبان", "آذر", "دي", "بهمن", "إسفند"]
SYR_MON = ["ܟܢܘܢ ܐܚܪܝ", "ܫܒܛ", "ܐܕܪ", "ܢܝܣܢ", "ܐܝܪ", "ܚܙܝܪܢ", "ܬܡܘܙ", "ܐܒ", "ܐܝܠܘܠ", "ܬܫܪܝܢ ܩܕܝܡ",
           "ܬܫܪܝܢ ܐܚܪܝ", "ܟܢܘܢ ܩܕܝܡ"]
FA_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_UNITS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]


def ordinal_day(n):
    if n <= 9:
        return _UNITS[n - 1]
    if n == 10:
        return "العاشر"
    if n == 11:
        return "الحادي عشر"
    if n < 20:
        return _UNITS[n - 11] + " عشر"
    if n == 20:
        return "العشرون"
    if n == 21:
        return "الحادي والعشرون"
    if n < 30:
        return _UNITS[n - 21] + " والعشرون"
    if n == 30:
        return "الثلاثون"
    return "الحادي والثلاثون"


def jalali(d):
    """Iranian solar (Jalali) date of a Gregorian date."""
    gy, gm, gd = d.year, d.month, d.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm, jd = 1 + days // 31, 1 + days % 31
    else:
        jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return jy, jm, jd


def assyrian_year(d):
    return d.year + (4750 if d >= datetime.date(d.year, 4, 1) else 4749)


# ------------------------------------------------------------ vocabularies
SITES = {
    "som": [("مقديشو بوست العربية", "muqdisho-post.so", "نافذتك على القرن الأفريقي"),
            ("صوت شبيلي", "shabelle-voice.net", "أخبار الصومال ساعة بساعة"),
            ("هورن تايمز عربي", "horntimes-ar.com", "")],
    "tcd": [("الأسبوع التشادي", "alousbou-td.com", "أسبوعية مستقلة جامعة"),
            ("صدى انجمينا", "sada-ndjamena.td", "صحيفة تشادية ناطقة بالعربية"),
            ("البلاد التشادية", "albilad-tchad.com", "")],
    "irn": [("وكالة أنباء الأفق الدولية", "ofoq-agency.ir", ""), ("شبكة فجر المشرق", "fajr-mashreq.ir", ""),
            ("طهران اليوم بالعربي", "tehran-today-ar.ir", "")],
    "isr": [("الجليل نت", "aljalil-net.co.il", "موقع إخباري – الجليل والمثلث والنقب"),
            ("بانوراما المثلث", "panorama-muthallath.com", "أخبار البلدات العربية"),
            ("كل الناصرة", "kolnasra-news.co.il", "")],
    "asy": [("بيث نهرين نت", "bethnahrain-net.org", "موقع شعبنا الكلداني السرياني الآشوري"),
            ("صوت نينوى السريانية", "nineveh-voice.org", ""),
            ("عنكاوا اليوم", "ankawa-today.net", "من سهل نينوى إلى المهجر")],
    "tr": [("The Atlantic Ledger", "atlanticledger.com", "أتلانتيك ليدجر"),
           ("Global Dispatch", "globaldispatch.news", "غلوبال ديسباتش"),
           ("Northbridge Post", "northbridgepost.com", "نورثبريدج بوست")],
}
PEOPLE = {"som": ["عبدالقادر حسن فارح", "فاطمة عبدي علي", "محمد شيخ أحمد", "هودن عبدالله"],
          "tcd": ["آدم محمد صالح", "حواء يوسف عبدالكريم", "موسى أبكر إسحاق", "خديجة عيسى حسب الله"],
          "irn": ["حسين رضائي", "علي أكبر موسوي", "زهراء كريمي", "مهدي طالبي"],
          "isr": ["سامر عواودة", "رنا زعبي", "وسيم مصاروة", "هبة أبو ريا", "جمال بصول"],
          "asy": ["يوسف شمعون", "نينوس بطرس", "مارلين دنخا", "سركيس يونان"],
          "tr": ["سارة ميتشل", "دانيال أوكونور", "إميلي تشن", "جيمس رودريغيز"]}
TOWNS = {"som": ["مقديشو", "هرجيسا", "كيسمايو", "بيدوا", "غروي"],
         "tcd": ["انجمينا", "أبشة", "موندو", "سار", "فايا"],
         "irn": ["طهران", "مشهد", "الأهواز", "قم", "أصفهان"],
         "isr": ["الناصرة", "أم الفحم", "سخنين", "الطيبة", "رهط", "شفاعمرو"],
         "asy": ["عنكاوا", "قره قوش", "تلكيف", "ألقوش", "دهوك"],
         "tr": ["واشنطن", "لندن", "نيويورك", "بروكسل"]}
NAV = {"som": ["الرئيسية", "الصومال", "القرن الأفريقي", "اقتصاد", "حوارات", "رياضة", "Af-Soomaali"],
       "tcd": ["الرئيسية", "وطنيات", "الولايات", "الساحل", "اقتصاد", "ثقافة وفنون", "أقلام حرة"],
       "irn": ["الرئيسية", "إيران", "غرب آسيا", "المقاومة", "اقتصاد", "ثقافة", "صور", "فيديو"],
       "isr": ["الرئيسية", "محليات", "الجليل", "المثلث", "النقب", "رياضة محلية", "أعراس", "وفيات"],
       "asy": ["الرئيسية", "أخبار شعبنا", "كنائس", "المهجر", "لغتنا السريانية", "مقالات", "صور"],
       "tr": ["العالم", "الولايات المتحدة", "السياسة", "الأعمال", "الصحة", "الرياضة", "آراء"]}
NAV_SEP = {"som": " ∘ ", "tcd": " ⬩ ", "irn": " ▪ ", "isr": " ⦙ ", "asy": None, "tr": " ┊ "}
CAPTIONS = ["سوق الماشية في الضاحية الشمالية", "قافلة شاحنات على الطريق الصحراوي", "مبنى المجلس البلدي",
            "حشد أمام مقر المحكمة", "زوارق في المرفأ القديم", "مصلّون خارج الكنيسة بعد القداس",
            "وفد رسمي لدى وصوله إلى المطار", "طالبات في مختبر مدرسي", "مزرعة نخيل بعد موسم الأمطار",
            "عمال في ورشة لصيانة الطرق", "لافتات انتخابية على جدار", "مشهد عام للحي القديم"]
CREDITS = {"som": ["عبدالرحمن يوسف", "من أرشيفنا", "أ.ف.ب"],
           "tcd": ["الأسبوع", "محمد زكريا", "مكتب الإعلام"],
           "irn": ["إرنا", "تسنيم", "الأفق"],
           "isr": ["العائلة", "المجلس المحلي", "الشرطة", "مراسلنا"],
           "asy": ["إعلام البطريركية", "نينوس", "الموقع"],
           "tr": ["جون ميلر/جيتي إيماجز", "آنا لوبيز/رويترز", "ملف أسوشيتد برس"]}
KICKERS = {"irn": ["في تصريح لافت", "تطورات ميدانية", "قراءة في المشهد", "على خط الأحداث"],
           "tcd": ["من ربوع تشاد", "بين الولايات", "قضية العدد"],
           "som": ["خاص"]}
FB_NAMES = ["سعيد العامري", "Mona Khaled", "أبو مصطفى", "نور الشام", "Ahmed Salah", "رزان م", "حسن الحاج",
            "Layla Aziz"]
FB_COMMENTS = ["ربنا يستر", "وين المسؤولين من هذا الكلام؟", "خبر قديم يا جماعة", "😂😂", "الله يعين الناس",
               "شكرًا على المتابعة", "ننتظر التفاصيل", "👍", "ما في شي بيتغير", "هذا المطلوب"]
CLASSIFIEDS = ["للبيع: أرض سكنية في حي أم رقيبة – الاتصال على 66 21 43 90",
               "مطلوب: محاسب بخبرة ثلاث سنوات لشركة تجارية – يرجى إرسال السيرة الذاتية",
               "شقة للإيجار قرب السوق الكبير – ثلاث غرف وصالة"]

# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="som", pre=[], header=[], widget=[None], kicker=0.0, byline=[None], publine=[None],
             lede=[None], lede_place=["deck"], caption=0.0, caption_fmt=["som"], headings=0.0,
             heading_fmt=["plain"], dateline=[None], mid=[], after=[], footer=[None], layout="blank",
             body_noise=[None], crlf=0.0)

STYLES = {
    "fresh11_1": dict(site="som", header=[("som_lang", 0.7), ("site_name", 1.0), ("widget", 0.85), ("nav", 1.0),
                                          ("som_crumb", 0.6)],
                      widget=["w_som", "w_som_paren"], kicker=0.3, byline=["som_by", None],
                      publine=["p_som_la", "p_som_ar"], lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "after_meta"], caption=0.7, caption_fmt=["som"], headings=0.3,
                      dateline=["dl_som", None], mid=[("som_also", 0.5)],
                      after=[("som_src", 0.6), ("som_topics", 0.6), ("som_share", 0.8), ("som_more", 0.8),
                             ("som_closed", 0.4)],
                      footer=["f_som"]),
    "fresh11_2": dict(site="tcd", header=[("tcd_issue", 0.9), ("site_name", 1.0), ("widget", 0.85), ("nav", 1.0)],
                      widget=["w_words", "w_words_m"], kicker=0.7, byline=["tcd_by", None], publine=["p_tcd"],
                      lede=["abstract", "teaser", "promoted", None], lede_place=["after_meta"], caption=0.6,
                      caption_fmt=["tcd"], headings=0.45, heading_fmt=["plain", "diamond"],
                      dateline=["dl_tcd", None], mid=[("tcd_ads", 0.5)],
                      after=[("tcd_next", 0.7), ("tcd_contact", 0.6), ("tcd_masthead", 0.8)],
                      footer=["f_tcd"], layout="ideo"),
    "fresh11_3": dict(site="irn", header=[("site_name", 1.0), ("widget", 0.9), ("nav", 1.0), ("irn_codes", 0.5)],
                      widget=["w_irn3", "w_irn2"], kicker=0.8, byline=[None, "irn_by"], publine=["p_irn"],
                      lede=["abstract", "teaser", "promoted", "abstract"], lede_place=["deck"], caption=0.6,
                      caption_fmt=["irn"], headings=0.4, heading_fmt=["bar"], dateline=["dl_irn", None],
                      mid=[("irn_also", 0.5)],
                      after=[("irn_keys", 0.7), ("irn_short", 0.8), ("irn_same", 0.8), ("irn_form", 0.5)],
                      footer=["f_irn"], layout="rules", body_noise=[None, "fig"]),
    "fresh11_4": dict(site="isr", header=[("isr_top", 0.6), ("site_name", 1.0), ("widget", 0.85), ("nav", 1.0)],
                      widget=["w_isr", "w_isr_clock"], byline=["isr_by", None], publine=["p_isr"],
                      lede=["teaser", "abstract", "promoted", None], lede_place=["after_caption", "after_meta"],
                      caption=0.75, caption_fmt=["isr"], headings=0.2, mid=[("isr_ad", 0.6), ("isr_wa", 0.4)],
                      after=[("isr_views", 0.6), ("isr_fbc", 0.6), ("isr_more", 0.8)],
                      footer=["f_isr"], layout="nbsp", body_noise=[None, "qsp"]),
    "fresh11_5": dict(site="asy", header=[("site_name", 1.0), ("widget", 0.85), ("nav", 1.0)],
                      widget=["w_asy", "w_asy", "w_syr"], byline=["asy_by", None], publine=["p_asy"],
                      lede=["abstract", "teaser", "promoted", None], lede_place=["after_meta"], caption=0.65,
                      caption_fmt=["asy"], headings=0.3, heading_fmt=["plain", "diamond"],
                      after=[("asy_src", 0.5), ("asy_reads", 0.7), ("asy_print", 0.6), ("asy_more", 0.8)],
                      footer=["f_asy"], layout="tight"),
    "fresh11_6": dict(site="tr", pre=[("tr_bar", 1.0)],
                      header=[("tr_ui", 0.8), ("site_name", 1.0), ("widget", 0.4), ("nav", 0.8)],
                      widget=["w_tr"], byline=["tr_by"], publine=["p_tr", "p_tr"], lede=["abstract", "teaser", None],
                      lede_place=["deck"], caption=0.8, caption_fmt=["tr"], headings=0.5,
                      mid=[("tr_ad", 0.6), ("tr_news_mid", 0.3)],
                      after=[("tr_tags", 0.6), ("tr_more", 0.8), ("tr_rate", 0.9)],
                      footer=["f_tr"], crlf=0.3),
    "fresh11_7": dict(site="fb", layout="fb", headings=0.0),
    "fresh11_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["som_lang", "tcd_issue", "isr_top", "tr_ui", "site_name", "widget", "nav", "som_crumb", "irn_codes"]
HEAD_POOL = ["som_lang", "tcd_issue", "isr_top", "tr_ui", "som_crumb", "irn_codes"]
MID_POOL = ["som_also", "tcd_ads", "irn_also", "isr_ad", "isr_wa", "tr_ad", "tr_news_mid"]
AFTER_POOL = ["som_src", "som_topics", "som_share", "som_more", "som_closed", "tcd_next", "tcd_contact",
              "tcd_masthead", "irn_keys", "irn_short", "irn_same", "irn_form", "isr_views", "isr_fbc", "isr_more",
              "asy_src", "asy_reads", "asy_print", "asy_more", "tr_tags", "tr_more", "tr_rate"]
CHOICES = dict(widget=["w_som", "w_som_paren", "w_words", "w_words_m", "w_irn3", "w_irn2", "w_isr", "w_isr_clock",
                       "w_asy", "w_syr", "w_tr", None],
               byline=["som_by", "tcd_by", "irn_by", "isr_by", "asy_by", "tr_by", None],
               publine=["p_som_la", "p_som_ar", "p_tcd", "p_irn", "p_isr", "p_asy", "p_tr"],
               caption_fmt=["som", "tcd", "irn", "isr", "asy", "tr"],
               lede_place=["deck", "after_meta", "after_caption"],
               heading_fmt=["plain", "diamond", "bar"],
               dateline=["dl_som", "dl_tcd", "dl_irn", None],
               footer=["f_som", "f_tcd", "f_irn", "f_isr", "f_asy", "f_tr", None],
               body_noise=[None, "fig", "qsp"])


def style_spec(name, rng):
    spec = dict(NBASE)
    spec.update(STYLES[name])
    if not spec.pop("mixed", False):
        return spec
    base = rng.choice([f"fresh11_{k}" for k in range(1, 8)])
    spec.update(STYLES[base])
    spec.pop("mixed", None)
    spec["base"] = base
    if spec["layout"] == "fb":
        spec["fb_widget"] = rng.random() < 0.3
        return spec
    for k, opts in CHOICES.items():
        if rng.random() < 0.5:
            spec[k] = [rng.choice(opts)]
    if not spec["pre"] and rng.random() < 0.2:
        spec["pre"] = [("tr_bar", 1.0)]
    own = [h for h, _ in spec["header"] if h not in HEAD_POOL]
    extra = [h for h in HEAD_POOL if rng.random() < 0.25]
    names = set(own + extra + ["site_name", "widget", "nav"])
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["caption"] = 0.6
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["headings"] = 0.4
    spec["mid"] = [(m, 0.3) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.25]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["layout"] = rng.choice(["blank", "ideo", "rules", "nbsp", "tight"])
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    return spec


# ------------------------------------------------------------------ dates
def hm(tm):
    return f"{tm[0]:02d}:{tm[1]:02d}"


def ampm_word(hh):
    return "مساءً" if hh >= 12 else "صباحًا"


def fmt_widget(fmt, d, rng):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    if fmt == "w_som":
        return [f"{SOM_WD[d.weekday()]}, {day} {SOM_MON[m]} {y}"]
    if fmt == "w_som_paren":
        return [f"{day} {SOM_MON[m]} {y} ({SOM_WD[d.weekday()]})"]
    if fmt == "w_words":
        return [f"{wd}، {ordinal_day(day)} من {G.EG[m]} {y}م"]
    if fmt == "w_words_m":
        return [f"اليوم هو {wd} {ordinal_day(day)} من شهر {G.EG[m]} سنة {y}"]
    if fmt in ("w_irn3", "w_irn2"):
        jy, jm, jd = jalali(d)
        sol = f"{jd} {JAL_MON[jm - 1]} {jy}".translate(FA_DIG)
        if fmt == "w_irn2":
            return [f"{wd} {sol} ه.ش ▪ {day} {G.EG[m]} {y} م"]
        hy, hmo, hd = G.hijri(d)
        return [f"{wd} {sol} - {hd} {G.HIJ[hmo - 1]} {hy} - {day} {G.EG[m]} {y}"]
    if fmt == "w_isr":
        return [f"{wd} {day}.{m + 1}.{y % 100:02d}"]
    if fmt == "w_isr_clock":
        return [f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d} ⦙ {wd} {day}.{m + 1}.{y % 100:02d}"]
    if fmt == "w_asy":
        return [f"{wd} {day} {G.LEV[m]} {y}م ~ {assyrian_year(d)} آشورية"]
    if fmt == "w_syr":
        return [f"{wd} {day} {SYR_MON[m]} {y}"]
    if fmt == "w_tr":
        return [f"{wd}، {G.EG[m]} {day}، {y}"]
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng):
    """(lines, published truth) of a publication line."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    truth = d.isoformat() + (f"T{hm(tm)}" if tm else "")
    hh, mi = tm if tm else (0, 0)
    if fmt == "p_som_la":
        return [f"La daabacay: {day:02d}/{m + 1:02d}/{y}" + (f" ∘ {hm(tm)}" if tm else "")], truth
    if fmt == "p_som_ar":
        return [f"بتاريخ {day} {G.EG[m]} {y}" + (f" ∘ الساعة {hm(tm)} بتوقيت شرق أفريقيا" if tm else "")], truth
    if fmt == "p_tcd":
        return [f"نُشر هذا المقال يوم {wd} {day} من شهر {G.EG[m]} لعام {y}"
                + (f" – {hm(tm)} بتوقيت انجمينا" if tm else "")], truth
    if fmt == "p_irn":
        jy, jm, jd = jalali(d)
        sol = f"{jy}/{jm:02d}/{jd:02d}".translate(FA_DIG)
        t = f" - {hm(tm).translate(FA_DIG)}" if tm else ""
        return [f"وقت النشر: {sol}{t} (الموافق {day}/{m + 1}/{y})"], truth
    if fmt == "p_isr":
        return [f"نُشر الخبر في {day:02d}.{m + 1:02d}.{y % 100:02d}" + (f" ⦙ {hm(tm)}" if tm else "")], truth
    if fmt == "p_asy":
        return [f"في يوم {wd} المصادف {day} {G.LEV[m]} {y}" + (f" – الساعة {hm(tm)}" if tm else "")], truth
    if fmt == "p_tr":
        if tm:
            return [f"نُشرت {G.h12(hh)}:{mi:02d} {ampm_word(hh)} بتوقيت شرق الولايات المتحدة، {wd} {day} "
                    f"{G.EG[m]} {y}"], truth
        return [f"نُشرت {wd} {day} {G.EG[m]} {y}"], truth
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


def caption_lines(cfmt, cap, credit):
    if cfmt == "som":
        return [f"{cap} — ت/ {credit}"]
    if cfmt == "tcd":
        return [f"▵ {cap} ― {credit}"]
    if cfmt == "irn":
        return [f"{cap} ⇠ {credit}"]
    if cfmt == "isr":
        return [f"{cap} (تصوير: بلطف من {credit})"]
    if cfmt == "asy":
        return [cap, f"الصورة: {credit}"]
    if cfmt == "tr":
        return [cap, f"الائتمان: {credit}"]
    raise ValueError(cfmt)


def body_noise(text, kind, rng):
    if kind == "fig":
        out = []
        for i, c in enumerate(text):
            if c == " " and i and text[i - 1].isdigit() and rng.random() < 0.6:
                out.append("\u2007")
            else:
                out.append(c)
        return "".join(out)
    if kind == "qsp":
        return "".join("\u2005" if c == " " and rng.random() < 0.1 else c for c in text)
    return text


def take_lede(spec, doc, paras, rng, comp):
    mode = rng.choice(spec["lede"])
    summary, lede_mode = G.choose_lede(mode, doc, paras)
    if lede_mode == "promoted" and len(summary.split()) < 8:
        paras.insert(0, summary)
        summary, lede_mode = None, None
    comp["lede"] = lede_mode
    return summary, lede_mode


def finish(doc, style, kinds, text, chrome, blocks, truth, comp, spec):
    body_fold = " " + fold(" ".join(b["text"] for b in blocks)) + " "
    comp.update(layout=spec["layout"], kinds=[k for k in kinds if k != "body"])
    never = {display(truth["title"])}
    if truth["summary"]:
        never.add(display(truth["summary"]))
    checked = []
    for c in chrome:
        f = fold(c)
        dc = display(c)
        if len(f) >= 3 and f" {f} " not in body_fold and dc not in checked and dc not in never:
            checked.append(dc)
    for s in truth["sources"]:
        if G.AGENCY_CODES.get(s):
            truth["agencies"].append(G.AGENCY_CODES[s])
    truth["agencies"] = sorted(set(truth["agencies"]))
    truth.update(blocks=blocks, paragraphs=[b["text"] for b in blocks if b["type"] == "paragraph"],
                 headings=[b["text"] for b in blocks if b["type"] == "heading"], chrome=checked, style=style,
                 split=SPLIT, components=comp, corpus=doc["corpus"], doc_id=doc["id"])
    return text, truth


# --------------------------------------------------------------- rendering
def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict), the same schema as gen_dumps.render()."""
    key = spec["site"]
    comp = {"site": key, "base": spec.get("base")}
    others = Others([o for o in rng.sample(others, min(len(others), 60)) if fold(o) != fold(doc["title"])], rng)
    if spec["layout"] == "fb":
        return render_fb(doc, style, spec, others, rng, comp)

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
    site, dom, tagline = rng.choice(SITES[key])
    name = rng.choice(PEOPLE[key])
    name2 = rng.choice([p for p in PEOPLE[key] if p != name])
    town = rng.choice(TOWNS[key])
    year = crawl.year

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine") if pub else None
    comp["publine"] = pfmt
    nkind = pick("body_noise")

    # dateline opening the first paragraph
    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dl = G.dateline_parts(doc["author"]) if dform else None
    dl_used = False
    if dl and paras and summary != paras[0]:
        place, rest = dl
        if dform == "dl_som":
            paras[0] = f"{place} – «{rest}» | {paras[0]}"
        elif dform == "dl_tcd":
            paras[0] = f"{place} - {rest} // {paras[0]}"
        else:
            paras[0] = f"[{place}] {rest} – {paras[0]}"
        truth["dateline"] = place
        if G.AGENCY_CODES.get(rest):
            truth["agencies"].append(G.AGENCY_CODES[rest])
        dl_used = True
        comp["dateline"] = dform

    # a translation proxy's toolbar before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "tr_bar":
            src_dom = rng.choice(SITES["tr"])[1] if key != "tr" else dom
            proxy = "https://" + src_dom.replace("-", "--").replace(".", "-") + ".translate.goog/"
            add("tr_bar", [proxy + f"{rng.choice(['world', 'politics', 'business'])}/{rng.randint(2019, 2024)}/"
                                   f"{rng.randint(1000, 99999)}",
                           "الترجمة", "الإنجليزية ← العربية", "عرض الأصل", "⚙ خيارات الترجمة",
                           "تُرجمت هذه الصفحة آليًا وقد تتضمن أخطاء. راجع النص الأصلي للتأكد."])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "som_lang":
            add("lang", ["Af-Soomaali | العربية | English"])
        elif hname == "tcd_issue":
            add("issue", [f"العدد {rng.randint(180, 940)} ⬩ السعر 500 فرنك سيفا"])
        elif hname == "isr_top":
            add("top", ["دخول", "حسابي", "أضف خبرًا", "اتصل بنا"])
        elif hname == "tr_ui":
            add("tr_ui", ["Sign In", "Subscribe", f"الطبعة: {rng.choice(['الدولية', 'الأمريكية', 'البريطانية'])}"])
        elif hname == "site_name":
            if tagline:
                add("site_name", [site, tagline])
            else:
                add("site_name", [site])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng))
                truth["page_date"] = crawl.isoformat()
        elif hname == "nav":
            vocab = NAV[key]
            items = rng.sample(vocab, min(len(vocab), rng.randint(4, 6)))
            sep = NAV_SEP[key]
            if sep is None:
                add("nav", ["◂ " + it for it in items])
            else:
                add("nav", [sep.join(items)])
        elif hname == "som_crumb":
            sec = rng.choice(NAV["som"][1:6])
            add("crumb", [f"موقعك الآن: الرئيسية ← {sec} ← {title}"])
        elif hname == "irn_codes":
            add("codes", [f"رمز الخبر: {rng.randint(1200000, 1999999)}".translate(FA_DIG)
                          + f" ▪ {rng.choice(['سياسة', 'دولي', 'اقتصاد', 'مجتمع'])}"])

    # kicker, title, deck
    if rng.random() < spec["kicker"]:
        add("kicker", [rng.choice(KICKERS.get(key, KICKERS["irn"]))])
    add("title", [title], chrome_lines=[])
    if summary and lede_place == "deck":
        add("lede", [summary], chrome_lines=[])

    # meta lines
    meta = []
    if bfmt == "som_by":
        meta.append(f"بقلم المحرر: {name} – {town}")
        truth["authors"] = [name]
    elif bfmt == "tcd_by":
        meta.append(f"أعدّ المادة: {name}")
        truth["authors"] = [name]
    elif bfmt == "irn_by":
        meta.append(f"تحرير الخبر: {name}")
        truth["authors"] = [name]
    elif bfmt == "isr_by":
        meta.append(f"من: {name}، مراسل الموقع في {town}")
        truth["authors"] = [name]
    elif bfmt == "asy_by":
        meta.append(f"رصد وتحرير: {name} – {town}")
        truth["authors"] = [name]
    elif bfmt == "tr_by":
        meta.append(f"من قبل {name} و{name2}")
        truth["authors"] = [name, name2]
    if pfmt:
        lines, val = fmt_publine(pfmt, pub, tm, rng)
        truth["published"] = val
        meta += lines
    if meta:
        add("meta", meta)
    if summary and lede_place == "after_meta":
        add("lede", [summary], chrome_lines=[])

    # image
    cfmt = pick("caption_fmt")
    if rng.random() < spec["caption"]:
        cap = rng.choice(CAPTIONS)
        credit = rng.choice(CREDITS[cfmt])
        truth["images"].append({"caption": cap, "credit": credit})
        lines = caption_lines(cfmt, cap, credit)
        if key == "som" and rng.random() < 0.3:
            lines = [title] + lines  # the image's alt text, the title again
            comp["title_alt"] = True
        add("caption", lines)
    if summary and lede_place == "after_caption":
        add("lede", [summary], chrome_lines=[])
    comp["lede_place"] = lede_place if summary else None

    if summary and lede_mode in ("promoted", "abstract") and groups[-1][0] == "lede" and not dl_used:
        groups.pop()
        paras.insert(0, summary)
        summary = None
        comp["lede"] = None
        comp["lede_place"] = None
    truth["summary"] = summary

    # body
    blocks = G.body_blocks(paras, spec, rng)
    mid_inserts = []
    for mname, p in spec["mid"]:
        if rng.random() >= p or len(blocks) < 3:
            continue
        comp.setdefault("mid", []).append(mname)
        if mname == "som_also":
            mid_inserts.append(("inline", [f"⤷ طالعوا: {others.pop()}"]))
        elif mname == "tcd_ads":
            mid_inserts.append(("ads", ["إعلانات مبوّبة"] + rng.sample(CLASSIFIEDS, 2)))
        elif mname == "irn_also":
            mid_inserts.append(("inline", [f"▫ عناوين مرتبطة: {others.pop()}"]))
        elif mname == "isr_ad":
            mid_inserts.append(("ad", [rng.choice(["פרסומת", "מודעה", "إعلان | פרסומת"])]))
        elif mname == "isr_wa":
            mid_inserts.append(("wa", ["لتصلكم الأخبار أولًا بأول انضموا إلى مجموعتنا على واتساب ←"]))
        elif mname == "tr_ad":
            mid_inserts.append(("ad", ["إعلان", "يستمر المحتوى أدناه"]))
        elif mname == "tr_news_mid":
            mid_inserts.append(("newsletter", ["احصل على نشرتنا الإخبارية المجانية كل صباح",
                                               "عنوان البريد الإلكتروني", "سجّل"]))
    positions = {}
    spots = [i for i in range(1, len(blocks)) if blocks[i - 1]["type"] == "paragraph"]
    for ins in mid_inserts:
        positions.setdefault(rng.choice(spots), []).append(ins)
    hfmt = pick("heading_fmt")
    for i, b in enumerate(blocks):
        for kind, lines in positions.get(i, []):
            add(kind, lines)
        if b["type"] == "heading":
            h = b["text"]
            if hfmt == "diamond":
                h = "⟢ " + h
            elif hfmt == "bar":
                h = "⫸ " + h
            add("heading", [h], chrome_lines=[])
            continue
        add("body", [body_noise(b["text"], nkind, rng)], chrome_lines=[])

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
        if aname == "som_src":
            srcs = src_list(["صونا", "وكالات", "رويترز"])
            if not srcs or truth["sources"]:
                continue
            add("sources", ["استُقي الخبر من: " + " ∘ ".join(srcs)])
            truth["sources"] = srcs
        elif aname == "asy_src":
            if not doc["site"] or truth["sources"]:
                continue
            add("sources", [f"المادة منشورة أصلًا في: {doc['site']}"])
            truth["sources"] = [doc["site"]]
        elif aname in ("som_topics", "irn_keys", "tr_tags"):
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            line = {"som_topics": "وسوم الصفحة: " + " ∘ ".join(tags), "irn_keys": "مفاتيح الخبر: " + "، ".join(tags),
                    "tr_tags": "الموضوعات ذات الصلة: " + " ، ".join(tags)}[aname]
            add("tags", [line])
            truth["tags"] = tags
        elif aname == "som_share":
            add("share", ["أرسل الخبر إلى: Facebook / X / WhatsApp / Telegram"])
        elif aname == "som_more":
            add("related", ["تابع أيضًا من القرن الأفريقي"] + [f"∘ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "som_closed":
            add("closed", ["التعليقات مغلقة على هذا الخبر."])
        elif aname == "tcd_next":
            add("related", ["في العدد القادم"] + [others.pop() for _ in range(rng.randint(2, 3))])
        elif aname == "tcd_contact":
            add("contact", ["رأيكم يهمنا", f"راسلونا على البريد: tahrir@{dom} أو واتساب 66 {rng.randint(10, 99)} "
                                          f"{rng.randint(10, 99)} {rng.randint(10, 99)}"])
        elif aname == "tcd_masthead":
            add("masthead", [f"المدير المسؤول: {name2}", f"رئيس التحرير: {rng.choice(PEOPLE['tcd'])}",
                             f"المقر: انجمينا – حي {rng.choice(['أم رقيبة', 'الدقيل', 'شقوا', 'أمباساتنا'])}"])
        elif aname == "irn_short":
            code = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))
            add("short", ["الرابط القصير للخبر:", f"https://{rng.choice(['ofoq.ir', 'fjr.ir', 'thr.news'])}/{code}", "نسخ"])
        elif aname == "irn_same":
            lines = ["من نفس التصنيف"]
            t = rng.randint(300, 1300)
            for _ in range(rng.randint(2, 4)):
                t = max(0, t - rng.randint(15, 150))
                lines += [others.pop(), f"{t // 60:02d}:{t % 60:02d}".translate(FA_DIG)]
            add("related", lines)
        elif aname == "irn_form":
            add("form", ["أرسل تعليقك", "الاسم", "البريد الإلكتروني", "تعليقك (500 حرف كحد أقصى)", "إرسال",
                         "* تُنشر التعليقات بعد مراجعتها، ولن يُنشر ما يتضمن إساءة."])
        elif aname == "isr_views":
            add("views", [f"شوهد {rng.randint(150, 24000):,} مرة ⦙ تعليقات: {rng.randint(0, 40)}"])
        elif aname == "isr_fbc":
            n = rng.randint(0, 12)
            add("fbc", ["ردود الزوار عبر فيسبوك", f"{n} تعليقات", "رتّب التعليقات: الأحدث أولًا", "أضف تعليقًا…",
                        "إضافة ملحق تعليقات فيسبوك"])
        elif aname == "isr_more":
            add("related", ["المزيد من المحليات"] + [f"⦙ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "asy_reads":
            add("reads", [f"عدد القراءات: {rng.randint(40, 5000)}"])
        elif aname == "asy_print":
            add("tools", ["🖨 اطبع المقال   ✉ أرسله بالبريد"])
        elif aname == "asy_more":
            add("related", ["مقالات أخرى في هذا الباب"] + ["◂ " + others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "tr_more":
            add("related", ["المزيد من التغطية"] + [others.pop() for _ in range(rng.randint(2, 3))])
        elif aname == "tr_rate":
            add("tr_rate", ["قيّم هذه الترجمة", "ستُستخدم ملاحظاتك لتحسين خدمة الترجمة"])
        comp.setdefault("after", []).append(aname)

    ffmt = pick("footer")
    if ffmt == "f_som":
        add("footer", [f"© {year} {site} – جميع الحقوق محفوظة", "من نحن ∘ اتصل بنا ∘ أعلن معنا"])
    elif ffmt == "f_tcd":
        add("footer", [f"{site} – أسبوعية تصدر كل خميس عن دار النشر الوطنية", f"الحقوق محفوظة {year} ©"])
    elif ffmt == "f_irn":
        add("footer", ["جميع الحقوق محفوظة لهذا الموقع، ويُسمح بالاقتباس مع ذكر المصدر",
                       f"حول الوكالة ▪ اتصل بنا ▪ RSS ▪ {rng.choice(['فارسی', 'English', 'Español'])}"])
    elif ffmt == "f_isr":
        add("footer", ["הצהרת נגישות", "تصريح إتاحة", f"كل الحقوق محفوظة © {site} {year}", "بناء وتطوير: ويب ستار"])
    elif ffmt == "f_asy":
        add("footer", [f"{site} © {year}", "المقالات المنشورة تعبّر عن رأي كاتبيها"])
    elif ffmt == "f_tr":
        add("footer", [f"© {year} {rng.choice(SITES['tr'])[0]}. كل الحقوق محفوظة.", "شروط الاستخدام",
                       "سياسة الخصوصية", "لا تبع معلوماتي الشخصية"])

    # layout
    layout = spec["layout"]
    out = []
    body_kinds = ("body", "heading")
    for gi, (kind, lines) in enumerate(groups):
        if gi:
            prev = groups[gi - 1][0]
            if layout == "ideo":
                out.append(rng.choice(["\u3000", "\u3000\u3000", ""]))
            elif layout == "rules":
                if (kind in body_kinds) != (prev in body_kinds):
                    out += ["", "┅┅┅┅┅┅┅┅┅┅┅┅", ""]
                else:
                    out.append("")
            elif layout == "nbsp":
                out.append("\u00a0")
            elif layout == "tight":
                if kind in body_kinds or prev in body_kinds or kind in ("title", "lede") or prev in ("title",
                                                                                                      "lede"):
                    out.append("")
            else:
                out.append("")
        out += lines
    text = "\n".join(out) + "\n"
    if rng.random() < spec["crlf"]:
        text = text.replace("\n", "\r\n")
        comp["crlf"] = True
    return finish(doc, style, [k for k, _ in groups], text, chrome, blocks, truth, comp, spec)


# ------------------------------------------------------------------ facebook
def render_fb(doc, style, spec, others, rng, comp):
    """A news outlet's Facebook page post carrying the article, as copied from a logged-out browser."""
    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub, tm = doc["crawl"], doc["pub"], doc["time"]
    truth = new_truth(title)
    chrome = []
    kinds = []
    out = []

    def block(kind, lines, chrome_lines=None):
        if out:
            out.append("")
        out.extend(lines)
        kinds.append(kind)
        chrome.extend(lines if chrome_lines is None else chrome_lines)

    spec = dict(spec)
    spec["lede"] = [None, "teaser", "teaser"]
    spec["headings"] = spec.get("headings") or 0.0
    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    page = doc["site"] or rng.choice(["أخبار الساعة", "الحدث نيوز"])
    if rng.random() < 0.6:
        block("login", ["فيسبوك", "البريد الإلكتروني أو رقم الهاتف", "كلمة السر", "تسجيل الدخول",
                        "هل نسيت الحساب؟", "إنشاء حساب جديد"])
    if spec.get("fb_widget"):
        wfmt = rng.choice(CHOICES["widget"][:-1])
        block("widget", fmt_widget(wfmt, crawl, rng))
        truth["page_date"] = crawl.isoformat()
        comp["widget"] = wfmt
    d = pub or crawl
    t = tm if (pub and tm) else (rng.randint(6, 23), rng.randint(0, 59))
    hh, mi = t
    stamp = f"{d.day} {G.EG[d.month - 1]} {d.year} في {G.h12(hh)}:{mi:02d} {'م' if hh >= 12 else 'ص'} · 🌐"
    truth["published"] = f"{d.isoformat()}T{hh:02d}:{mi:02d}"
    comp["publine"] = "fb_stamp"
    block("post_head", [page, stamp])

    # the post itself
    lines = []
    prefix = rng.choice(["", "", "📢 ", "🔻 ", "⭕ "])
    lines.append(prefix + title)
    if summary:
        lines.append(summary)
    truth["summary"] = summary
    comp["lede_place"] = "post" if summary else None
    blank = rng.random() < 0.6
    blocks = G.body_blocks(paras, spec, rng)
    for b in blocks:
        if blank:
            lines.append("")
        lines.append(b["text"])
    trail = []
    tags = G.tags_from(title, rng)
    if tags and rng.random() < 0.6:
        trail.append(" ".join("#" + tg.replace(" ", "_") for tg in tags))
        truth["tags"] = tags
    dom = rng.choice(["news-site.com", "akhbar24.net", "alkhabar-alan.com"])
    if rng.random() < 0.5:
        trail.append(f"🔗 التفاصيل على موقعنا: https://{dom}/{rng.randint(10000, 999999)}")
    if trail:
        lines.append("")
        lines += trail
    block("post", lines, chrome_lines=trail)

    # the link card
    if rng.random() < 0.7:
        card = [dom.upper(), title]
        block("card", card, chrome_lines=[card[0]])
    n = rng.randint(12, 4800)
    counts = f"{n / 1000:.1f} ألف".replace(".", "٫") if n >= 1000 else str(n)
    block("reactions", [f"👍😢😮 {counts}", f"{rng.randint(2, 900)} تعليق  {rng.randint(1, 400)} مشاركة",
                        "أعجبني", "تعليق", "مشاركة"])
    com = ["الأكثر ملاءمة ▾"]
    for who in rng.sample(FB_NAMES, rng.randint(1, 4)):
        com += [who, rng.choice(FB_COMMENTS), f"{rng.randint(1, 23)} س  أعجبني  رد"]
    com += ["عرض المزيد من التعليقات", "اكتب تعليقًا…"]
    block("comments", com)
    text = "\n".join(out) + "\n"
    return finish(doc, style, kinds, text, chrome, blocks, truth, comp, spec)
