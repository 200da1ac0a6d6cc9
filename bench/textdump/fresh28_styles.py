"""The `fresh28` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh28 --n 2000 --seed 127
    python3 bench/textdump/score_dumps.py --split fresh28 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH28 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by a helper who has not read the extractor, its tests, its
fixtures or its benchmark notes (nor the sealed fresh21 to fresh27 modules).
No component here is meant to be one of the tune, held-out, fresh, fresh2,
..., fresh20 ones (as far as gen_dumps.py, fresh20_styles.py and the other
readable modules' docstrings show). Only the aggregate rows of
`score_dumps.py --split fresh28` are ever reported; once the extractor is
changed because of anything learnt here, the split is spent.

The eight styles (`fresh28_1` ... `fresh28_7`, and `fresh28_mixed`, a
per-document random draw of the others' components) imitate text dumps of
kinds of pages the other splits do not: an oil-and-gas industry news portal
(crude price strips with a price clock, rig counts, a "by the numbers" box
and a spot-price line between the paragraphs, closing-price tables), a
ports-and-shipping news site (a dry-bulk index strip, sea-state lines,
numbered navigational warnings, vessel cards between the paragraphs, a table
of expected vessel arrivals), an aviation news site (a METAR line, an airport
punctuality board, Zulu clocks, flight-status cards, affected-flight lists),
a jobs-and-careers news portal (a vacancy counter in the date widget, job
cards with application deadlines, career tips, similar jobs, job seekers'
questions), the daily bulletin of a film festival (edition and festival-day
counters, a countdown to the closing night, screening cards, ratings, the
next day's schedule, the jury box, audience votes), the Arabic service of an
Afghan news agency (Dari chrome, the Afghan solar calendar with its
zodiac month names in Persian digits, Kabul time, afghani rates, Persian
digits in the body) and a crypto-asset news portal (a coin ticker, a
fear-and-greed index, block height, network fees, price cards, risk
notices). Site names, festivals, films, vessels, companies, people and the
vocabulary are invented. The corpus texts, the lede choice (abstract / teaser
/ promoted first paragraph), the inserted headings and the other articles'
titles in related blocks are the gen_dumps.py ones.

New here: widgets `الخميس ‹25 أبريل 2024›`, `ميلادي: 25/4/2024 ـ هجري:
16/10/1445`, a telex date `الخميس 25APR2024`, `LT 10:15 ⚓ 25 أبريل 2024`,
a Zulu clock before the date (`0715Z · الخميس 25 أبريل 2024`), an ICAO code
before a numeric date with the weekday after it, a date followed by the day's
vacancy count, an Arabic-Indic date with `م` and the weekday after a bar, a
festival edition and day before the date, a date with the days left to the
closing night, Dari `پنجشنبه ۶ ثور ۱۴۰۳` alone (with `هـ.ش`) or paired with
the Arabic Gregorian date, a date followed by the fear-and-greed index, a
block height before a numeric date. Publication lines: `نُشر في … ⟩ 10:15
بتوقيت الخليج`, `تاريخ النشر ⟵ 25/04/2024 ⟵ 10:15`, a date joined to the
byline after ` — `, telex `أُرسل: 25APR2024 / 1015LT`, `… — الساعة 10:15
بالتوقيت المحلي`, `صدر في … · 0715Z`, a 12-hour clock glued to `ص`/`م`
(`10:15ص`), `أُعلن في:` followed by an application deadline, a relative age
before the absolute date in brackets, a festival city before the date,
`نُشرت الرسالة يوم … عند 10:15`, Dari `نشر شده: ۶ ثور ۱۴۰۳ - ساعت ۱۰:۱۵`, a
Gregorian date with the solar date in brackets and `بتوقيت كابل`, `(UTC+4:30)`,
`تاريخ النشر ⇣ … (UTC)`, a publication and an edit stamp on one line, and
relative-only lines. Update lines: `آخر مراجعة للأرقام:`, `عُدّلت بيانات
الخبر:` (telex), a clock-only `⟲ تحديث الحالة: 0930Z`, `آخر تعديل على
الإعلان:`, `تحديث: أُضيفت صور … (HH:MM)`, Dari `به‌روزرسانی:`, the edit half
of the one-line pair. Titles: the title repeated in the body as a sticky
"now reading" bar, in a prefilled share line after the body, an audio-player
line under the title; an archive breadcrumb with year and month. Ledes: a
deck between `❝ ❞`, labels `زبدة الخبر:`, `الخبر في سطر`, `الخبر في 20
ثانية`, `لماذا يهمّك هذا؟`, `المختصر المفيد:`, `خلاصه:`, `باختصار للمستثمر:`.
Bylines: `إعداد: NAME | role`, `NAME (CITY)`, `من A وB`, `كتب القبطان NAME`,
`⚓ NAME — role`, `A بمشاركة B`, `الكابتن NAME`, `بقلم: A (مراجعة: B)`,
`تقرير مشترك: A — B`, `كتبه:`/`كتبته:`, `NAME · role`, `مقال ضيف بقلم NAME`,
`رسالة CITY: NAME`, `الناقد السينمائي NAME`, `نص: A · صور: B`, `گزارشگر:
NAME`, `NAME / CITY`, `A | ترجمة إلى العربية: B`, `NAME (@handle)`, `المحلل:
NAME`, `A + B`, and desks. Captions: `… ⟮credit⟯`, `⚓ …` over `المصدر
المرئي: credit`, `… ◂ لقطة: credit`, `… ∙ الحقوق لـcredit`, credit first
`© credit | …`, `… | عکس: credit`, `… — رسم بياني: credit`. Datelines
`CITY ◂ AGENCY ◂`, `CITY، AGENCY؛`, `AGENCY/CITY —`. Headings after `⟫`, `≋`,
`⟵`, `◘`, `🎞`, `◇`, `⬢`, or plain. Layouts: blank lines, no blank line
between paragraphs, separator lines holding an EM QUAD, `⁂` lines between
paragraphs. Noise: EN QUAD spaces in the body, EM QUAD spaces in the title,
Persian (Extended Arabic-Indic) digits in the body, tatweel in the title,
CRLF, BOM.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once. The sticky "now reading" bar, the prefilled
  share line and the archive breadcrumb are chrome; lines equal to the title
  are left out of the chrome list.
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its language, digits or calendar: with two calendars
  the Gregorian day; a Dari solar date alone gives its Gregorian day. The
  widget's clock, Zulu or local, the vacancy count, the festival edition and
  day, the countdown, the fear-and-greed index and the block height are no
  part of it. Price clocks, rig counts, METAR lines, navigational warnings,
  sea state, the airport board, the archive breadcrumb (year and month),
  application deadlines, expected arrivals, screening times, the next day's
  schedule and the footer's solar year are no widget. Pages without a widget:
  null.
- published: the publication line's date, with `THH:MM` when it shows a time
  (zones, Zulu included, kept as printed; 12-hour clocks by `ص`/`م`), wherever
  it stands in the page head, also joined to the byline after ` — ` or as an
  unlabelled date line; the Gregorian day of
  a Dari solar date; the telex `1015LT` is 10:15. A relative age before the
  absolute date does not change it; a relative age alone gives null. Update
  lines, the clock-only status update (on the publication day) and the edit
  half of the one-line pair go to the extra `modified` key (not scored);
  application deadlines are no dates of the article.
- summary: a deck under the title, a lede after the meta lines or after the
  caption, a deck between `❝ ❞` (without the marks) or a labelled lede (label
  inline or on the line before; without the label). Marked and labelled ledes
  are always ledes. An unmarked lede with nothing between it and the body (no
  meta, caption or chrome line, no dateline opening the body) stays a lede
  only when it is a teaser that the first paragraph repeats; a promoted first
  paragraph or an abstract there goes into the body. A promoted first
  paragraph under 8 words is never a lede.
- blocks: the corpus paragraphs whatever the spacing or digits; headings
  without their marks; number boxes, spot prices, vessel, flight, job,
  screening and price cards, tips, ratings, ad labels, "continue below"
  lines, risk notes, `⁂` lines and the sticky bar are no blocks.
- images: the caption without its marks, label and credit; the credit as
  written without its label (`المصدر المرئي:`, `لقطة:`, `الحقوق لـ`, `©`,
  `عکس:`, `رسم بياني:`) or brackets.
- sources: the items of `استند الخبر إلى:`, `بحسب:`, `مصادر الطيران:`,
  `مصدر الإعلان:`, `وفق:`, `منبع:`, `مصادر البيانات ↩`; tags: the items of
  `محاور الخبر:`, `🏷 موضوعات بحرية:`, `وسوم الرحلة ›`, `مجالات:`, `أفلام
  وأسماء:`, `برچسپ‌ها:`, `الرموز:`.
- authors: the byline's names as printed, in order: two for `من A وB`, `A
  بمشاركة B`, `تقرير مشترك: A — B` and `A + B`. A title or role before or
  after the name (`إعداد:`, `| محرر شؤون الطاقة`, `(CITY)`, `كتب القبطان`, `كتبت`,
  `⚓ … — محلل الشحن البحري`, `الكابتن`, `بقلم:`, `كتبه:`/`كتبته:`, `·
  مستشار الموارد البشرية`, `مقال ضيف بقلم`, `رسالة CITY:`, `الناقد
  السينمائي`, `نص:`, `گزارشگر:`, `/ CITY`, `(@handle)`, `المحلل:`) is not
  part of it. A reviewer, a photographer, a translator, a desk, an automated
  note, jury members, commenters and advisers in job cards are no authors.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the
  body, those equal to the title or the summary, and lines without a word.
"""
import datetime

from textnorm import display, fold

SPLIT = "fresh28"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
# weekday lists start on Monday, as datetime.weekday()
DARI_WD = ["دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
AF_MON = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
EN3U = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
PERS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
EN_QUAD = "\u2000"
EM_QUAD = "\u2001"
JAL_BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456,
              3178]


def _nowruz_day(jy):
    """Day in March of 1 Hamal of solar year jy (the 33-year arithmetic of the Iranian/Afghan calendar)."""
    gy = jy + 621
    leap_j = -14
    jp = JAL_BREAKS[0]
    jump = 0
    for jm in JAL_BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += (jump // 33) * 8 + (jump % 33) // 4
        jp = jm
    n = jy - jp
    leap_j += (n // 33) * 8 + ((n % 33) + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - ((gy // 100 + 1) * 3) // 4 - 150
    return 20 + leap_j - leap_g


def solar(d):
    """(year, month, day) of Gregorian date d in the Afghan solar Hijri calendar."""
    nowruz = datetime.date(d.year, 3, _nowruz_day(d.year - 621))
    if d >= nowruz:
        jy, k = d.year - 621, (d - nowruz).days
    else:
        jy = d.year - 622
        k = (d - datetime.date(d.year - 1, 3, _nowruz_day(jy))).days
    if k < 186:
        return jy, 1 + k // 31, k % 31 + 1
    k -= 186
    return jy, 7 + k // 30, k % 30 + 1


def solar_text(d, weekday=False):
    sy, sm, sd = solar(d)
    s = f"{sd} {AF_MON[sm - 1]} {sy}".translate(PERS)
    return f"{DARI_WD[d.weekday()]} {s}" if weekday else s


def hm(h, m):
    return f"{h:02d}:{m:02d}"


def ar_date(d):
    return f"{d.day} {G.EG[d.month - 1]} {d.year}"


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city)]
SITES = {
    "en": [("بوابة برميل", "barmeel.net", "أخبار الطاقة والنفط والغاز", "دبي"),
           ("منصة طاقة الخليج", "gulfenergy-ar.com", "", "الدوحة"),
           ("نشرة الحقل", "alhaql.news", "يوميات صناعة الطاقة", "الكويت")],
    "sea": [("المرسى نيوز", "almarsa.news", "أخبار الموانئ والشحن", "جدة"),
            ("بوابة الملاحة العربية", "arabnav.net", "", "الإسكندرية"),
            ("صدى الموانئ", "sadaports.com", "من الرصيف إلى العالم", "صلالة")],
    "air": [("مدرج", "madraj.aero", "أخبار الطيران والمطارات", "أبوظبي"),
            ("أجنحة عربية", "ajniha.net", "", "عمّان"),
            ("بوابة الرحلة", "rehla-aviation.com", "كل ما يطير", "الدار البيضاء")],
    "job": [("سلّم الوظائف", "sullam.jobs", "أخبار سوق العمل", "الرياض"),
            ("مسار المهنة", "masar-career.com", "", "القاهرة"),
            ("فرصتك نيوز", "forsatak.news", "دليلك إلى العمل", "مسقط")],
    "film": [("شاشة المهرجان", "shasha-fest.com", "النشرة اليومية", "طنجة"),
             ("كادر", "kadr.film", "", "الجونة"),
             ("عين السينما", "ainsinema.net", "نشرة المهرجانات", "قرطاج")],
    "af": [("وكالة هندوكش للأنباء", "hindukush-news.af", "القسم العربي", "كابل"),
           ("آمو نيوز", "amunews.af", "الخدمة العربية", "مزار شريف"),
           ("پیام هرات", "payam-herat.af", "الخدمة العربية", "هرات")],
    "cr": [("عملة 360", "omla360.com", "أخبار العملات الرقمية", "دبي"),
           ("بلوك عربي", "blockarabi.io", "", "المنامة"),
           ("سلسلة نيوز", "silsila.news", "اقتصاد البلوكتشين بالعربية", "أبوظبي")],
}
FESTIVALS = ["مهرجان ضفاف السينمائي الدولي", "مهرجان الواحة للفيلم العربي", "مهرجان نوافذ للسينما المستقلة"]
PEOPLE = {"en": ["ماجد الحارثي", "سلمى النعيمي", "عادل بوشهري", "ريم الكواري", "طارق السويدي", "هالة المطيري"],
          "sea": ["فهد الزهراني", "نادر عبد الفتاح", "سامي باعبود", "منى الشحي", "وليد الرواس", "لينا فرحات"],
          "air": ["يوسف الدرمكي", "رنا الخطيب", "عمر بنجلون", "دانة الفلاسي", "كريم العلمي", "سارة الحوسني"],
          "job": ["نوف القحطاني", "إيهاب منصور", "أسماء البلوشي", "حازم الشريف", "غدير الربيعي", "بدر العنزي"],
          "film": ["ليلى بنعيسى", "مروان الشاذلي", "هبة زكريا", "أنيس الغربي", "رشا عبد الملك", "جمال الصفدي"],
          "af": ["أحمد شاه رحيمي", "فريدون نوري", "زرغونه أحمدزي", "ناهيد سلطاني", "عبد الواحد حكيمي", "ميرويس كريمي"],
          "cr": ["معاذ الخياط", "جنى الحمادي", "سيف الكعبي", "ياسمين قاسم", "راكان الدوسري", "شهد المنصوري"]}
FEMALE = ["سلمى النعيمي", "ريم الكواري", "هالة المطيري", "منى الشحي", "لينا فرحات", "رنا الخطيب", "دانة الفلاسي",
          "سارة الحوسني", "نوف القحطاني", "أسماء البلوشي", "غدير الربيعي", "ليلى بنعيسى", "هبة زكريا", "رشا عبد الملك",
          "زرغونه أحمدزي", "ناهيد سلطاني", "جنى الحمادي", "ياسمين قاسم", "شهد المنصوري"]
HANDLES = ["crypto_moaz", "jana.chain", "saif_onchain", "yas_defi", "rakan_btc", "shahd.markets"]
SECTIONS = {"en": ["أسواق النفط", "الغاز الطبيعي", "الطاقة المتجددة", "الكهرباء", "التكرير والبتروكيماويات"],
            "sea": ["الموانئ", "الشحن والحاويات", "الصيد البحري", "السفن والملاحة", "الخدمات اللوجستية"],
            "air": ["شركات الطيران", "المطارات", "السفر", "صناعة الطائرات", "الشحن الجوي"],
            "job": ["سوق العمل", "التوظيف", "رواتب", "نصائح مهنية", "التدريب والتأهيل"],
            "film": ["أخبار المهرجان", "المسابقة الرسمية", "حوارات", "السجادة الحمراء", "الجوائز"],
            "af": ["سیاسی", "اقتصادی", "ولایات", "جهان", "فرهنگی"],
            "cr": ["بيتكوين", "إيثريوم", "التمويل اللامركزي", "التنظيم والتشريعات", "تحليل السوق"]}
NAV = {"en": ["الرئيسية", "النفط", "الغاز", "الكهرباء", "الطاقة المتجددة", "الشركات", "تقارير", "أسعار", "فيديو"],
       "sea": ["الرئيسية", "الموانئ", "الحاويات", "الناقلات", "الصيد", "اللوجستيات", "حوادث بحرية", "تقارير"],
       "air": ["الرئيسية", "الناقلات", "المطارات", "السفر", "الأساطيل", "الشحن الجوي", "السلامة", "معارض"],
       "job": ["الرئيسية", "وظائف اليوم", "سوق العمل", "رواتب", "مهارات", "تدريب", "للشركات", "دليل المقابلات"],
       "film": ["الرئيسية", "المسابقة الرسمية", "أفلام قصيرة", "عروض خاصة", "الجوائز", "لجنة التحكيم", "صور"],
       "af": ["صفحه اصلی", "سیاسی", "اقتصادی", "ورزشی", "فرهنگی", "جهان", "ولایات", "ویدیو"],
       "cr": ["الرئيسية", "أخبار", "أسعار", "تحليلات", "تعليم", "منصات", "مشاريع", "فعاليات"]}
NAV_SEP = {"en": " ⁞ ", "sea": None, "air": " ✈ ", "job": " ∙ ", "film": " ◆ ", "af": " | ", "cr": " / "}
HOME = {"en": "الرئيسية", "sea": "الرئيسية", "air": "الرئيسية", "job": "الرئيسية", "film": "الرئيسية",
        "af": "صفحه اصلی", "cr": "الرئيسية"}
CAPTIONS = {"en": ["منصة بحرية لإنتاج النفط", "خزانات وقود في منطقة صناعية", "عمال في موقع حفر", "مصفاة نفط ليلًا",
                   "محطة لتوليد الكهرباء من الشمس", "أنابيب لنقل الغاز"],
            "sea": ["سفينة حاويات تدخل الميناء", "رافعات على رصيف الحاويات", "ناقلة نفط في عرض البحر",
                    "قوارب صيد في المرفأ", "سفينة سياحية راسية"],
            "air": ["طائرة ركاب على المدرج", "صالة المغادرة في المطار", "برج المراقبة الجوية",
                    "مسافرون أمام شاشة الرحلات", "طائرة شحن أثناء التحميل"],
            "job": ["باحثون عن عمل في معرض توظيف", "موظفون في مكتب مفتوح", "جانب من مقابلة عمل",
                    "متدربون خلال ورشة مهنية", "فنيون في خط إنتاج"],
            "film": ["على السجادة الحمراء في ليلة الافتتاح", "الجمهور في صالة العرض", "فريق فيلم في المؤتمر الصحفي",
                     "لقطة من أحد أفلام المسابقة", "أعضاء لجنة التحكيم قبل العرض"],
            "af": ["سوق شعبي في المدينة", "جانب من اجتماع رسمي", "طريق جبلي في الشمال", "مزارعون في حقل قمح",
                   "مبنى حكومي في العاصمة"],
            "cr": ["عملة رقمية رمزية", "شاشة تعرض تداولات العملات الرقمية", "أجهزة تعدين في مزرعة بيانات",
                   "منحنى الأسعار خلال الأسبوع", "جانب من مؤتمر للتقنية المالية"]}
CREDITS = {"en": ["أرشيف برميل", "خدمة الصور الصناعية", "المكتب الإعلامي للشركة", "وكالات"],
           "sea": ["هيئة الموانئ", "أرشيف المرسى", "مرصد السفن", "وكالات"],
           "air": ["قسم التصوير في المطار", "الناقل الجوي", "أرشيف مدرج", "مصور هاوٍ"],
           "job": ["أرشيف سلّم", "خدمة الصور المهنية", "مكتب التوظيف"],
           "film": ["إدارة المهرجان", "المكتب الإعلامي للمهرجان", "شركة التوزيع", "أرشيف كادر"],
           "af": ["آرشیف هندوکش", "دفتر مطبوعات", "رسانه\u200cهای اجتماعی"],
           "cr": ["مِرسام للرسوم البيانية", "ChartLab", "أرشيف سلسلة"]}
LEDE_LABEL = {"en": "زبدة الخبر:", "sea": "الخبر في سطر", "air": "الخبر في 20 ثانية", "job": "لماذا يهمّك هذا؟",
              "film": "المختصر المفيد:", "af": "خلاصه:", "cr": "باختصار للمستثمر:"}
STICKY = {"en": "تقرأ الآن ⟩ ", "sea": "⚓ تقرأ الآن: ", "air": "✈ تقرأ الآن: ", "job": "المقال الحالي: ",
          "film": "🎬 تقرأ الآن: ", "af": "در حال خواندن: ", "cr": "📖 تقرأ الآن: "}
KICKER = {"en": "⛽", "sea": "⚓", "air": "✈", "job": "💼", "film": "🎬", "af": "▸", "cr": "₿"}
HEAD_MARK = {"h_en": "⟫", "h_sea": "≋", "h_air": "⟵", "h_job": "◘", "h_film": "🎞", "h_af": "◇", "h_cr": "⬢"}
ROLE_EN = ("محرر شؤون الطاقة", "محررة شؤون الطاقة")
ICAO = [("OMDB", "دبي الدولي"), ("OEJN", "الملك عبد العزيز الدولي"), ("HECA", "القاهرة الدولي"),
        ("OJAI", "الملكة علياء الدولي"), ("GMMN", "محمد الخامس الدولي"), ("OTHH", "حمد الدولي"),
        ("OBBI", "البحرين الدولي"), ("OOMS", "مسقط الدولي")]
IATA = ["DXB", "JED", "CAI", "AMM", "CMN", "DOH", "BAH", "MCT", "IST", "LHR", "CDG", "KUL"]
AIRLINES = ["EK", "SV", "MS", "RJ", "AT", "QR", "GF", "WY"]
VESSELS = ["نجمة الخليج", "البحر الهادئ 7", "ريم المتوسط", "أم القرى إكسبرس", "لؤلؤة صحار", "فجر العقبة"]
FLAGS = ["بنما", "ليبيريا", "جزر مارشال", "مالطا", "سنغافورة"]
PORTS = ["جدة الإسلامي", "جبل علي", "صلالة", "بورسعيد", "العقبة", "طنجة المتوسط", "الدمام", "صحار"]
JOBS = ["محاسب أول", "مهندسة مدني", "أخصائي موارد بشرية", "مطور تطبيقات", "مشرف مبيعات", "فني صيانة",
        "مصممة جرافيك", "مدير مشروع"]
COMPANIES = ["شركة الأفق للمقاولات", "مجموعة واحة التجارية", "مؤسسة السنبلة", "شركة رواسي للتقنية",
             "مصنع الخليج للتغليف"]
TIPS = ["💡 نصيحة مهنية: اجعل سيرتك الذاتية في صفحتين على الأكثر وابدأ بأحدث خبراتك.",
        "💡 نصيحة مهنية: جهّز أمثلة من عملك السابق قبل المقابلة بدل الحديث العام.",
        "💡 نصيحة مهنية: حدّث ملفك المهني على الشبكات قبل التقديم على أي وظيفة."]
SEEKERS = ["باحث عن فرصة", "خريجة 2023", "أبو عبدالله", "مهندس بلا عمل", "ريما س."]
QUESTIONS = ["هل تشمل هذه القرارات العاملين في القطاع الخاص أيضًا؟", "كيف أتقدم إذا كانت شهادتي من خارج البلد؟",
             "هل هناك سن محددة للتقديم؟", "متى تُعلن نتائج المرحلة الأولى؟", "هل يُقبل حديثو التخرج؟"]
FILMS = ["ظلال الملح", "الطريق إلى البحر", "بيت بلا نوافذ", "صيف أخير في الميناء", "أرض الحكايات", "ساعة الغروب"]
HALLS = ["الصالة الكبرى", "قاعة النخيل", "سينما الشاطئ", "المسرح المكشوف"]
JURY = ["نادية التازي", "سليم برادة", "كلارا موريتي", "عماد الصيرفي", "جيهان فوزي", "رضا الورتاني"]
COINS = [("BTC", 64210.5), ("ETH", 3120.4), ("SOL", 148.2), ("XRP", 0.52), ("BNB", 590.0), ("ADA", 0.46)]
CR_COMMENTS = ["هل هذا وقت مناسب للشراء أم ننتظر التصحيح؟", "الخبر مهم لكن السوق سبق الحدث كالعادة",
               "أتمنى ترجمة التقرير الأصلي كاملًا", "التنظيم خطوة إيجابية على المدى الطويل",
               "شكرًا على التغطية السريعة"]
CR_COMMENTERS = ["hodl_2030", "أبو ساتوشي", "trader.ksa", "مستثمر مبتدئ", "defi_lover"]
EN_FACTS = ["متوسط الإنتاج المعلن", "الطاقة التكريرية الحالية", "حجم الصادرات الشهرية", "الاحتياطي المؤكد",
            "الطلب المتوقع هذا العام"]
DL_FORMS = ["dl_arrow", "dl_semi", "dl_slash"]


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="en", pre=[], header=[], widget=[None], kicker=0.0, crumb=0.0, title_form=["plain"],
             title_noise=[None], byline=[None], publine=[None], update=0.0, lede=[None], lede_place=["deck"],
             caption=0.0, caption_fmt=["c_en"], headings=0.0, heading_fmt=["h_plain"], dateline=[None], mid=[],
             after=[], footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0)
LEDES = ["abstract", "teaser", "promoted", None]

STYLES = {
    "fresh28_1": dict(site="en", pre=[("en_cookie", 0.4)],
                      header=[("en_prices", 0.75), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("en_rigs", 0.35)],
                      widget=["w_en_angle", "w_en_labels"], kicker=0.45, crumb=0.3,
                      title_form=["plain", "plain", "sticky", "share"], title_noise=[None, None, "quad"],
                      byline=["b_en_role", "b_en_city", "b_en_from2", "b_en_unit", None],
                      publine=["p_en_gst", "p_en_arrow", "p_en_join", "p_en_rel"], update=0.3, lede=LEDES,
                      lede_place=["deck", "quote", "label_inline", "after_caption"],
                      caption=0.7, caption_fmt=["c_en"], headings=0.4, heading_fmt=["h_en", "h_plain"],
                      dateline=["dl_arrow", None], mid=[("en_numbers", 0.45), ("en_spot", 0.35)],
                      after=[("en_tags", 0.5), ("en_src", 0.5), ("en_close", 0.45), ("en_related", 0.55),
                             ("en_share", 0.6), ("en_newsletter", 0.3)],
                      footer=["f_en"], layout=["blank", "blank", "single"], body_noise=[None, None, "quad"],
                      crlf=0.15),
    "fresh28_2": dict(site="sea", pre=[("sea_app", 0.4)],
                      header=[("sea_bdi", 0.6), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("sea_state", 0.45), ("sea_warning", 0.3)],
                      widget=["w_sea_telex", "w_sea_lt"], kicker=0.4,
                      title_form=["plain", "plain", "sticky", "audio"], title_noise=[None],
                      byline=["b_sea_capt", "b_sea_anchor", "b_sea_with", "b_sea_desk", None],
                      publine=["p_sea_telex", "p_sea_local", "p_sea_rel"], update=0.3, lede=LEDES,
                      lede_place=["deck", "label_line", "after_meta", "after_caption"],
                      caption=0.7, caption_fmt=["c_sea"], headings=0.35, heading_fmt=["h_sea"],
                      dateline=["dl_semi", None], mid=[("sea_vessel", 0.5), ("sea_also", 0.45)],
                      after=[("sea_tags", 0.5), ("sea_src", 0.5), ("sea_moves", 0.5), ("sea_related", 0.5),
                             ("sea_share", 0.55)],
                      footer=["f_sea"], layout=["blank", "quad"], body_noise=[None, "quad"], bom=0.2),
    "fresh28_3": dict(site="air", pre=[("air_survey", 0.35)],
                      header=[("air_metar", 0.5), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("air_board", 0.5)],
                      widget=["w_air_zulu", "w_air_icao"], kicker=0.4,
                      title_form=["plain", "plain", "share", "audio"], title_noise=[None, None, "quad"],
                      byline=["b_air_capt", "b_air_rev", "b_air_joint", "b_air_desk", None],
                      publine=["p_air_z", "p_air_glued", "p_air_rel"], update=0.35, lede=LEDES,
                      lede_place=["deck", "label_line", "after_meta"],
                      caption=0.7, caption_fmt=["c_air"], headings=0.35, heading_fmt=["h_air", "h_plain"],
                      dateline=["dl_slash", None], mid=[("air_flight", 0.5), ("air_also", 0.4)],
                      after=[("air_tags", 0.5), ("air_src", 0.45), ("air_delays", 0.45), ("air_related", 0.5),
                             ("air_share", 0.5)],
                      footer=["f_air"], layout=["blank", "blank", "asterism"], body_noise=[None], crlf=0.25),
    "fresh28_4": dict(site="job", pre=[("job_cv", 0.45)],
                      header=[("job_search", 0.6), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("job_stats", 0.35)],
                      widget=["w_job_count", "w_job_indic"], kicker=0.35, crumb=0.35,
                      title_form=["plain", "plain", "sticky", "share"], title_noise=[None],
                      byline=["b_job_wrote", "b_job_role", "b_job_guest", "b_job_desk", None],
                      publine=["p_job_ann", "p_job_since", "p_job_rel"], update=0.3, lede=LEDES,
                      lede_place=["deck", "label_line", "after_caption", "after_meta"],
                      caption=0.65, caption_fmt=["c_job"], headings=0.4, heading_fmt=["h_job"],
                      dateline=["dl_arrow", None], mid=[("job_card", 0.5), ("job_tip", 0.4)],
                      after=[("job_tags", 0.5), ("job_src", 0.4), ("job_similar", 0.5), ("job_comments", 0.4),
                             ("job_share", 0.5)],
                      footer=["f_job"], layout=["blank", "single"], body_noise=[None, "quad"]),
    "fresh28_5": dict(site="film", pre=[("film_trailer", 0.4)],
                      header=[("film_tickets", 0.5), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9)],
                      widget=["w_film_edition", "w_film_countdown"], kicker=0.5,
                      title_form=["plain", "plain", "audio", "sticky"], title_noise=[None, None, "tatweel"],
                      byline=["b_film_dispatch", "b_film_critic", "b_film_text", "b_film_desk", None],
                      publine=["p_film_city", "p_film_on"], update=0.3, lede=LEDES,
                      lede_place=["deck", "label_inline", "after_caption"],
                      caption=0.8, caption_fmt=["c_film"], headings=0.4, heading_fmt=["h_film", "h_plain"],
                      dateline=[None], mid=[("film_screening", 0.5), ("film_rating", 0.35)],
                      after=[("film_tags", 0.5), ("film_src", 0.4), ("film_tomorrow", 0.45), ("film_jury", 0.35),
                             ("film_related", 0.5), ("film_votes", 0.3)],
                      footer=["f_film"], layout=["blank", "asterism"], body_noise=[None], bom=0.15),
    "fresh28_6": dict(site="af", pre=[("af_radio", 0.35)],
                      header=[("af_lang", 0.7), ("site_name", 1.0), ("widget", 0.85), ("af_rates", 0.5),
                              ("nav", 0.9)],
                      widget=["w_af_pair", "w_af_dari"], kicker=0.3,
                      title_form=["plain", "plain", "share"], title_noise=[None, None, "tatweel"],
                      byline=["b_af_dari", "b_af_city", "b_af_trans", "b_af_desk", None],
                      publine=["p_af_dari", "p_af_pair", "p_af_utc"], update=0.3, lede=LEDES,
                      lede_place=["deck", "label_inline", "after_meta", "after_caption"],
                      caption=0.7, caption_fmt=["c_af"], headings=0.35, heading_fmt=["h_af"],
                      dateline=["dl_semi", "dl_slash", None],
                      mid=[("af_continue", 0.4), ("af_ad", 0.35), ("af_also", 0.45)],
                      after=[("af_tags", 0.5), ("af_src", 0.5), ("af_share", 0.6), ("af_related", 0.5),
                             ("af_most", 0.4)],
                      footer=["f_af"], layout=["blank", "blank", "quad"], body_noise=[None, "persian", "persian"],
                      crlf=0.2),
    "fresh28_7": dict(site="cr", pre=[("cr_risk", 0.5)],
                      header=[("cr_ticker", 0.8), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("cr_gas", 0.4)],
                      widget=["w_cr_fng", "w_cr_block"], kicker=0.4, crumb=0.3,
                      title_form=["plain", "plain", "sticky", "share"], title_noise=[None, None, "quad"],
                      byline=["b_cr_handle", "b_cr_analyst", "b_cr_plus", "b_cr_auto", None],
                      publine=["p_cr_ar", "p_cr_pair", "p_cr_rel"], update=0.0, lede=LEDES,
                      lede_place=["deck", "label_inline", "after_meta"],
                      caption=0.6, caption_fmt=["c_cr"], headings=0.4, heading_fmt=["h_cr", "h_plain"],
                      dateline=[None], mid=[("cr_price", 0.5), ("cr_note", 0.35)],
                      after=[("cr_tags", 0.5), ("cr_src", 0.45), ("cr_table", 0.45), ("cr_related", 0.5),
                             ("cr_comments", 0.35), ("cr_disclaimer", 0.5)],
                      footer=["f_cr"], layout=["blank", "single", "quad"], body_noise=[None, "quad"]),
    "fresh28_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["af_lang", "en_prices", "sea_bdi", "air_metar", "cr_ticker", "film_tickets", "job_search",
                "site_name", "widget", "af_rates", "nav", "en_rigs", "sea_state", "sea_warning", "air_board",
                "job_stats", "cr_gas"]
HEAD_POOL = ["af_lang", "en_prices", "sea_bdi", "air_metar", "cr_ticker", "film_tickets", "job_search", "af_rates",
             "en_rigs", "sea_state", "sea_warning", "air_board", "job_stats", "cr_gas"]
PRE_POOL = ["en_cookie", "sea_app", "air_survey", "job_cv", "film_trailer", "af_radio", "cr_risk"]
MID_POOL = ["en_numbers", "en_spot", "sea_vessel", "sea_also", "air_flight", "air_also", "job_card", "job_tip",
            "film_screening", "film_rating", "af_continue", "af_ad", "af_also", "cr_price", "cr_note"]
AFTER_POOL = ["en_tags", "en_src", "en_close", "en_related", "en_share", "en_newsletter", "sea_tags", "sea_src",
              "sea_moves", "sea_related", "sea_share", "air_tags", "air_src", "air_delays", "air_related",
              "air_share", "job_tags", "job_src", "job_similar", "job_comments", "job_share", "film_tags",
              "film_src", "film_tomorrow", "film_jury", "film_related", "film_votes", "af_tags", "af_src",
              "af_share", "af_related", "af_most", "cr_tags", "cr_src", "cr_table", "cr_related", "cr_comments",
              "cr_disclaimer"]
CHOICES = dict(widget=["w_en_angle", "w_en_labels", "w_sea_telex", "w_sea_lt", "w_air_zulu", "w_air_icao",
                       "w_job_count", "w_job_indic", "w_film_edition", "w_film_countdown", "w_af_pair", "w_af_dari",
                       "w_cr_fng", "w_cr_block", None],
               byline=["b_en_role", "b_en_city", "b_en_from2", "b_en_unit", "b_sea_capt", "b_sea_anchor",
                       "b_sea_with", "b_sea_desk", "b_air_capt", "b_air_rev", "b_air_joint", "b_air_desk",
                       "b_job_wrote", "b_job_role", "b_job_guest", "b_job_desk", "b_film_dispatch", "b_film_critic",
                       "b_film_text", "b_film_desk", "b_af_dari", "b_af_city", "b_af_trans", "b_af_desk",
                       "b_cr_handle", "b_cr_analyst", "b_cr_plus", "b_cr_auto", None],
               publine=["p_en_gst", "p_en_arrow", "p_en_join", "p_en_rel", "p_sea_telex", "p_sea_local",
                        "p_sea_rel", "p_air_z", "p_air_glued", "p_air_rel", "p_job_ann", "p_job_since", "p_job_rel",
                        "p_film_city", "p_film_on", "p_af_dari", "p_af_pair", "p_af_utc", "p_cr_ar", "p_cr_pair",
                        "p_cr_rel", None],
               caption_fmt=["c_en", "c_sea", "c_air", "c_job", "c_film", "c_af", "c_cr"],
               lede_place=["deck", "quote", "label_inline", "label_line", "after_meta", "after_caption"],
               heading_fmt=["h_plain", "h_en", "h_sea", "h_air", "h_job", "h_film", "h_af", "h_cr"],
               dateline=DL_FORMS + [None],
               footer=["f_en", "f_sea", "f_air", "f_job", "f_film", "f_af", "f_cr", None],
               body_noise=[None, "quad", "persian"],
               title_noise=[None, "quad", "tatweel"],
               title_form=["plain", "sticky", "share", "audio"],
               layout=["blank", "single", "quad", "asterism"])
BASES = [f"fresh28_{k}" for k in range(1, 8)]


def style_spec(name, rng):
    spec = dict(NBASE)
    spec.update(STYLES[name])
    if not spec.pop("mixed", False):
        return spec
    base = rng.choice(BASES)
    spec.update(STYLES[base])
    spec.pop("mixed", None)
    spec["base"] = base
    for k, opts in CHOICES.items():
        if rng.random() < 0.5:
            spec[k] = [rng.choice(opts)]
    spec["update"] = rng.choice([0.0, 0.35])
    spec["caption"] = 0.65
    spec["lede"] = list(LEDES)
    spec["headings"] = 0.4
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["crumb"] = rng.choice([0.0, 0.0, 0.5])
    own = [h for h, _ in spec["header"] if h not in HEAD_POOL]
    extra = [h for h in HEAD_POOL if rng.random() < 0.15]
    names = own + extra + ["site_name", "widget", "nav"]
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    pre = [p for p in PRE_POOL if rng.random() < 0.2]
    spec["pre"] = [(p, 1.0) for p in pre[:2]]
    spec["mid"] = [(m, 0.22) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.17]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    if fmt == "w_en_angle":
        return [f"{wd} ‹{day} {G.EG[m]} {y}›"]
    if fmt == "w_en_labels":
        hy, hmn, hd = G.hijri(d)
        return [f"ميلادي: {day}/{m + 1}/{y} ـ هجري: {hd}/{hmn}/{hy}"]
    if fmt == "w_sea_telex":
        return [f"{wd} {day:02d}{EN3U[m]}{y}"]
    if fmt == "w_sea_lt":
        return [f"LT {hm(*clock_after(rng, ctx))} ⚓ {day} {G.EG[m]} {y}"]
    if fmt == "w_air_zulu":
        zh, zm = clock_after(rng, ctx)
        return [f"{zh:02d}{zm:02d}Z · {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_air_icao":
        return [f"{ctx['icao'][0]} · {day:02d}/{m + 1:02d}/{y} · {wd}"]
    if fmt == "w_job_count":
        return [f"📌 {wd} {day} {G.EG[m]} {y} · {rng.randint(120, 2400):,} وظيفة جديدة اليوم"]
    if fmt == "w_job_indic":
        return [f"{day} {G.EG[m]} {y}م | {wd}".translate(G.INDIC)]
    if fmt == "w_film_edition":
        return [f"الدورة الـ{ctx['edition']} | اليوم {ctx['fest_day']} | {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_film_countdown":
        left = ctx["fest_len"] - ctx["fest_day"]
        if left <= 0:
            tail = "الليلة حفل الختام"
        elif left == 1:
            tail = "يوم واحد على حفل الختام"
        elif left == 2:
            tail = "يومان على حفل الختام"
        else:
            tail = f"{left} أيام على حفل الختام"
        return [f"{wd} {day} {G.EG[m]} {y} — {tail}"]
    if fmt == "w_af_pair":
        return [f"{solar_text(d, weekday=True)} | {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_af_dari":
        return [f"{DARI_WD[d.weekday()]}، {solar_text(d)} هـ.ش"]
    if fmt == "w_cr_fng":
        v = rng.randint(12, 88)
        label = "خوف شديد" if v < 25 else "خوف" if v < 45 else "محايد" if v < 56 else "طمع" if v < 76 else "طمع شديد"
        return [f"{wd} {day} {G.EG[m]} {y} · مؤشر الخوف والطمع: {v} ({label})"]
    if fmt == "w_cr_block":
        return [f"الكتلة #{ctx['block']:,} · {day:02d}/{m + 1:02d}/{y}"]
    raise ValueError(fmt)


def hours(n):
    return {1: "ساعة", 2: "ساعتين"}.get(n, f"{n} ساعات" if n <= 10 else f"{n} ساعة")


def rel_words(rng):
    return f"قبل {hours(rng.randint(1, 11))}"


def clock_after(rng, ctx):
    """A widget clock on the crawl day, later than the publication time when both are that day."""
    lo = 5
    if ctx["pub"] == ctx["crawl"] and ctx["time"]:
        lo = min(23, ctx["time"][0] + 1)
    return rng.randint(lo, 23), rng.randint(0, 59)


def fmt_publine(fmt, d, tm, rng, ctx):
    """The publication line(s) and the truth value (None for a relative-only line)."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    value = d.isoformat() + (f"T{tm[0]:02d}:{tm[1]:02d}" if tm else "")
    info = dict(fmt=fmt, lines=[], value=value, join=False, extra=[])
    hh, mi = tm if tm else (None, None)
    if fmt == "p_en_gst":
        info["lines"] = [f"نُشر في {day} {G.EG[m]} {y}" + (f" ⟩ {hm(hh, mi)} بتوقيت الخليج" if tm else "")]
    elif fmt == "p_en_arrow":
        info["lines"] = [f"تاريخ النشر ⟵ {day:02d}/{m + 1:02d}/{y}" + (f" ⟵ {hm(hh, mi)}" if tm else "")]
    elif fmt == "p_en_join":
        info["lines"] = [f"{day} {G.EG[m]} {y}" + (f"، {hm(hh, mi)}" if tm else "")]
        info["join"] = True
    elif fmt in ("p_en_rel", "p_sea_rel", "p_air_rel", "p_job_rel", "p_cr_rel"):
        if fmt == "p_en_rel":
            line = f"نُشر {rel_words(rng)} ⟩ قراءة {rng.randint(3, 9)} دقائق"
        elif fmt == "p_sea_rel":
            line = f"أُرسل {rel_words(rng)}"
        elif fmt == "p_air_rel":
            line = f"صدر {rel_words(rng)} · {rng.randint(2, 9)} د قراءة"
        elif fmt == "p_job_rel":
            line = f"أُعلن {rel_words(rng)}"
        else:
            line = f"⏱ {rel_words(rng)} · {rng.randint(3, 9)} دقائق للقراءة"
        info.update(lines=[line], value=None)
    elif fmt == "p_sea_telex":
        info["lines"] = [f"أُرسل: {day:02d}{EN3U[m]}{y}" + (f" / {hh:02d}{mi:02d}LT" if tm else "")]
    elif fmt == "p_sea_local":
        info["lines"] = [f"{wd} {day} {G.EG[m]} {y}" + (f" — الساعة {hm(hh, mi)} بالتوقيت المحلي" if tm else "")]
    elif fmt == "p_air_z":
        info["lines"] = [f"صدر في {day} {G.EG[m]} {y}" + (f" · {hh:02d}{mi:02d}Z" if tm else "")]
    elif fmt == "p_air_glued":
        clock = f" — {G.h12(hh)}:{mi:02d}{'م' if hh >= 12 else 'ص'}" if tm else ""
        info["lines"] = [f"{wd} {day}/{m + 1}/{y}{clock}"]
    elif fmt == "p_job_ann":
        info["lines"] = [f"أُعلن في: {day} {G.EG[m]} {y}" + (f" - {hm(hh, mi)}" if tm else "")]
        dl = d + datetime.timedelta(days=rng.randint(10, 45))
        info["extra"] = [f"آخر موعد للتقديم: {dl.day} {G.EG[dl.month - 1]} {dl.year}"]
    elif fmt == "p_job_since":
        age = max(0, (ctx["crawl"] - d).days)
        ago = {0: "اليوم", 1: "أمس", 2: "منذ يومين"}.get(age, f"منذ {age} أيام")
        info["lines"] = [f"{ago} ({day}/{m + 1}/{y}" + (f" {hm(hh, mi)}" if tm else "") + ")"]
    elif fmt == "p_film_city":
        info["lines"] = [f"{ctx['city']} — {day} {G.EG[m]} {y}" + (f" ({hm(hh, mi)})" if tm else "")]
    elif fmt == "p_film_on":
        info["lines"] = [f"نُشرت الرسالة يوم {wd} {day} {G.EG[m]} {y}" + (f" عند {hm(hh, mi)}" if tm else "")]
    elif fmt == "p_af_dari":
        clock = f" - ساعت {hm(hh, mi)}".translate(PERS) if tm else ""
        info["lines"] = [f"نشر شده: {solar_text(d)}{clock}"]
    elif fmt == "p_af_pair":
        info["lines"] = [f"تاريخ النشر: {day} {G.EG[m]} {y} ({solar_text(d)} هـ.ش)" +
                         (f" — {hm(hh, mi)} بتوقيت كابل" if tm else "")]
    elif fmt == "p_af_utc":
        info["lines"] = [f"{day} {G.EG[m]} {y}" + (f" | {hm(hh, mi)} (UTC+4:30)" if tm else "")]
    elif fmt == "p_cr_ar":
        info["lines"] = [f"تاريخ النشر ⇣ {wd} {day} {G.EG[m]} {y}" + (f" — {hm(hh, mi)} (UTC)" if tm else "")]
    elif fmt == "p_cr_pair":
        line = f"نُشر: {day}/{m + 1}/{y}" + (f" {hm(hh, mi)} UTC" if tm else "")
        upd = None
        if tm:
            t = hh * 60 + mi + rng.randint(20, 300)
            if t < 24 * 60:
                upd = (t // 60, t % 60)
        if upd:
            line += f" ⟳ عُدّل: {hm(*upd)} UTC"
            info["modified"] = d.isoformat() + f"T{upd[0]:02d}:{upd[1]:02d}"
        info["lines"] = [line]
    else:
        raise ValueError(fmt)
    return info


UPDATE_OF = {"p_en_gst": "u_en", "p_en_arrow": "u_en", "p_en_join": "u_en", "p_sea_telex": "u_sea",
             "p_sea_local": "u_sea", "p_air_z": "u_air", "p_air_glued": "u_air", "p_job_ann": "u_job",
             "p_job_since": "u_job", "p_film_city": "u_film", "p_film_on": "u_film", "p_af_dari": "u_af",
             "p_af_pair": "u_af", "p_af_utc": "u_af"}


def fmt_update(ufmt, pub, tm, crawl, rng):
    """(line, modified value) of an update line after the publication line, or (None, None)."""
    span = max(0, min(2, (crawl - pub).days))
    d2 = pub + datetime.timedelta(days=rng.randint(0, span))
    t2 = (rng.randint(0, 23), rng.randint(0, 59))
    if d2 == pub and tm and t2 <= tm:
        t2 = None
    if ufmt == "u_en":
        if not t2:
            return None, None
        return f"آخر مراجعة للأرقام: {ar_date(d2)} {hm(*t2)}", d2.isoformat() + f"T{hm(*t2)}"
    if ufmt == "u_sea":
        return f"عُدّلت بيانات الخبر: {d2.day:02d}{EN3U[d2.month - 1]}{d2.year}", d2.isoformat()
    if ufmt == "u_air":
        if not tm:
            return None, None
        t = tm[0] * 60 + tm[1] + rng.randint(30, 240)
        if t >= 24 * 60:
            return None, None
        return f"⟲ تحديث الحالة: {t // 60:02d}{t % 60:02d}Z", pub.isoformat() + f"T{t // 60:02d}:{t % 60:02d}"
    if ufmt == "u_job":
        return f"آخر تعديل على الإعلان: {ar_date(d2)}", d2.isoformat()
    if ufmt == "u_film":
        if not tm:
            return None, None
        t = tm[0] * 60 + tm[1] + rng.randint(30, 300)
        if t >= 24 * 60:
            return None, None
        what = rng.choice(["صور السجادة الحمراء", "تصريحات المخرج", "صور المؤتمر الصحفي"])
        return f"تحديث: أُضيفت {what} ({hm(t // 60, t % 60)})", pub.isoformat() + f"T{t // 60:02d}:{t % 60:02d}"
    if ufmt == "u_af":
        if not t2:
            return None, None
        return (f"به\u200cروزرسانی: {solar_text(d2)} - ساعت {hm(*t2)}".translate(PERS),
                d2.isoformat() + f"T{hm(*t2)}")
    raise ValueError(ufmt)


# --------------------------------------------------------------- helpers
class Pool(list):
    """Other articles' titles for related blocks; pop() never runs dry (it then repeats one)."""

    def __init__(self, items, rng):
        super().__init__(items)
        self.spare = list(items) or ["عنوان آخر"]
        self.rng = rng

    def pop(self, *args):
        if self:
            return super().pop(*args)
        return self.rng.choice(self.spare)


def new_truth(title):
    return dict(title=title, page_date=None, published=None, modified=None, summary=None, authors=[], images=[],
                sources=[], agencies=[], tags=[], dateline=None)


def take_lede(spec, doc, paras, rng, comp):
    mode = rng.choice(spec["lede"])
    summary, lede_mode = G.choose_lede(mode, doc, paras)
    if lede_mode == "promoted" and len(summary.split()) < 8:
        paras.insert(0, summary)
        summary, lede_mode = None, None
    comp["lede"] = lede_mode
    return summary, lede_mode


def quad_spaces(text, ch, share, rng):
    return "".join(ch if c == " " and rng.random() < share else c for c in text)


def body_noise(text, kind, rng):
    if kind == "quad":
        return quad_spaces(text, EN_QUAD, 0.12, rng)
    if kind == "persian":
        return text.translate(PERS)
    return text


def title_noise(title, kind, rng):
    if kind == "quad":
        return quad_spaces(title, EM_QUAD, 0.3, rng)
    if kind == "tatweel":
        return kashida(title, rng)
    return title


def kashida(text, rng):
    """Tatweel runs put only between two joining letters (never beside an existing tatweel)."""
    chars = list(text)
    spots = [i for i in range(len(chars) - 1) if chars[i] in G.DUAL and chars[i + 1] != "\u0640"
             and "\u0621" <= chars[i + 1] <= "\u064a"]
    for i in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 3))), reverse=True):
        chars.insert(i + 1, "\u0640" * rng.randint(1, 3))
    return "".join(chars)


def heading_lines(h, fmt):
    mark = HEAD_MARK.get(fmt)
    return [f"{mark} {h}"] if mark else [h]


def caption_lines(cfmt, cap, credit):
    if cfmt == "c_en":
        return [f"{cap} ⟮{credit}⟯"]
    if cfmt == "c_sea":
        return [f"⚓ {cap}", f"المصدر المرئي: {credit}"]
    if cfmt == "c_air":
        return [f"{cap} ◂ لقطة: {credit}"]
    if cfmt == "c_job":
        return [f"{cap} ∙ الحقوق لـ{credit}"]
    if cfmt == "c_film":
        return [f"© {credit} | {cap}"]
    if cfmt == "c_af":
        return [f"{cap} | عکس: {credit}"]
    if cfmt == "c_cr":
        return [f"{cap} — رسم بياني: {credit}"]
    raise ValueError(cfmt)


def apply_dateline(form, doc, paras, truth, comp):
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl
    if form == "dl_arrow":
        paras[0] = f"{place} ◂ {rest} ◂ {paras[0]}"
    elif form == "dl_semi":
        paras[0] = f"{place}، {rest}؛ {paras[0]}"
    else:
        paras[0] = f"{rest}/{place} — {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl


def future(d, rng, lo, hi):
    return d + datetime.timedelta(days=rng.randint(lo, hi))


def coin_price(p, rng):
    v = p * rng.uniform(0.9, 1.1)
    return f"{v:,.2f}" if v < 1000 else f"{v:,.1f}"


def pct(rng, lo=-6.0, hi=6.0):
    v = rng.uniform(lo, hi)
    return f"{'▲' if v >= 0 else '▼'}{abs(v):.2f}%"


# --------------------------------------------------------------- rendering
def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict), the same schema as gen_dumps.render()."""
    key = spec["site"]
    comp = {"site": key, "base": spec.get("base")}
    others = Pool([o for o in rng.sample(others, min(len(others), 60)) if fold(o) != fold(doc["title"])], rng)
    groups = []  # dicts: kind, lines, chrome (bool), glue (no blank line before)

    def pick(k):
        v = rng.choice(spec[k])
        comp[k] = v
        return v

    def add(kind, lines, chrome=True, glue=False):
        groups.append(dict(kind=kind, lines=list(lines), chrome=chrome, glue=glue))

    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub, tm = doc["crawl"], doc["pub"], doc["time"]
    truth = new_truth(title)
    site, dom, tagline, city = rng.choice(SITES[key])
    year = crawl.year
    layout = pick("layout")
    section = rng.choice(SECTIONS[key])
    people = PEOPLE[key]
    name = rng.choice(people)
    name2 = rng.choice([p for p in people if p != name])
    female = name in FEMALE
    fest_len = rng.choice([7, 8, 9, 10])
    ctx = dict(key=key, city=city, crawl=crawl, icao=rng.choice(ICAO), edition=rng.randint(4, 46),
               fest_len=fest_len, fest_day=rng.randint(1, fest_len), block=rng.randint(780000, 905000),
               fest=rng.choice(FESTIVALS), pub=pub, time=tm)
    tform = pick("title_form")

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine")
    if not pub and pfmt and not pfmt.endswith("_rel"):
        pfmt = None
    pinfo = fmt_publine(pfmt, pub or crawl, tm, rng, ctx) if pfmt else None
    comp["publine"] = pfmt if pinfo else None
    if pinfo and pinfo["value"]:
        truth["published"] = pinfo["value"]
    if pinfo and pinfo.get("modified"):
        truth["modified"] = pinfo["modified"]
    nkind = pick("body_noise")

    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dl = apply_dateline(dform, doc, paras, truth, comp) if (not summary or not paras or summary != paras[0]) else None
    dl_used = dl is not None

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "en_cookie":
            add("cookie", ["يعتمد الموقع على ملفات الارتباط لقياس القراءة وتخصيص الإعلانات. يمكنك تعديل اختياراتك في "
                           "أي وقت.", "قبول الكل ⁞ الإعدادات"])
        elif pname == "sea_app":
            add("app", ["📱 تابع السفن لحظة بلحظة عبر تطبيقنا — حمّله مجانًا", "لاحقًا"])
        elif pname == "air_survey":
            add("survey", ["شاركنا رأيك في آخر رحلة قمت بها — استبيان من 3 دقائق", "ابدأ الاستبيان ✕"])
        elif pname == "job_cv":
            add("cv", ["ارفع سيرتك الذاتية وتلقَّ تنبيهات بالوظائف المناسبة لك", "رفع السيرة الذاتية"])
        elif pname == "film_trailer":
            add("trailer", [f"▶ شاهد الإعلان الرسمي للدورة ({rng.randint(1, 2)}:{rng.randint(0, 59):02d})"])
        elif pname == "af_radio":
            add("radio", ["📻 رادیو زنده — البث المباشر", "گوش دهید"])
        elif pname == "cr_risk":
            add("risk", ["تداول الأصول الرقمية ينطوي على مخاطر مرتفعة وقد تخسر رأس مالك كاملًا."])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "site_name":
            add("site_name", [site, tagline] if tagline else [site])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "nav":
            vocab = NAV[key]
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(3, len(vocab) - 1))
            sep = NAV_SEP[key]
            add("nav", [sep.join(items)] if sep else [f"› {x}" for x in items])
        elif hname == "en_prices":
            add("prices", [f"برنت {rng.uniform(62, 96):.2f}$ {pct(rng, -2, 2)} ⁞ غرب تكساس {rng.uniform(58, 92):.2f}$ "
                           f"{pct(rng, -2, 2)} ⁞ مربان {rng.uniform(63, 97):.2f}$",
                           f"تحديث الأسعار {hm(rng.randint(6, 22), rng.randint(0, 59))} GST"])
        elif hname == "en_rigs":
            add("rigs", [f"عدد الحفارات النشطة هذا الأسبوع: {rng.randint(480, 780)} "
                         f"({'+' if rng.random() < 0.5 else '−'}{rng.randint(1, 9)})"])
        elif hname == "sea_bdi":
            add("bdi", [f"مؤشر البلطيق الجاف {rng.randint(900, 2900):,} نقطة {pct(rng, -4, 4)}"])
        elif hname == "sea_state":
            a = rng.randint(1, 3)
            add("sea_state", [f"حالة البحر في {rng.choice(PORTS)}: موج {a}–{a + rng.randint(1, 2)} قدم، رياح "
                              f"{rng.choice(['شمالية غربية', 'جنوبية شرقية', 'شرقية', 'متقلبة'])} "
                              f"{rng.randint(5, 25)} عقدة"])
        elif hname == "sea_warning":
            add("warning", [f"⚠ تحذير ملاحي رقم {rng.randint(20, 390)}/{year}: أعمال مسح في الممر الشمالي للقناة"])
        elif hname == "air_metar":
            icao = ctx["icao"][0]
            t = rng.randint(15, 40)
            add("metar", [f"METAR {icao} {crawl.day:02d}{rng.randint(0, 23):02d}00Z {rng.randint(0, 35) * 10:03d}"
                          f"{rng.randint(3, 22):02d}KT CAVOK {t}/{t - rng.randint(5, 20):02d} "
                          f"Q{rng.randint(998, 1022)}"])
        elif hname == "air_board":
            add("board", [f"مطار {ctx['icao'][1]}: {rng.randint(71, 98)}٪ من الرحلات في موعدها · "
                          f"الرحلات الملغاة: {rng.randint(0, 14)}"])
        elif hname == "job_search":
            add("search", [f"🔎 ابحث بين {rng.randint(4000, 60000):,} وظيفة متاحة",
                           "المسمى أو المهارة ∙ المدينة ∙ ابحث"])
        elif hname == "job_stats":
            quarter = ["الأول", "الثاني", "الثالث", "الرابع"]
            add("stats", [f"معدل البطالة المعلن: {rng.uniform(3, 14):.1f}٪ (الربع {rng.choice(quarter)})"])
        elif hname == "film_tickets":
            add("tickets", ["🎟 تذاكر عروض اليوم متاحة — احجز مقعدك"])
        elif hname == "af_lang":
            add("lang", ["دری | پښتو | English | العربية"])
        elif hname == "af_rates":
            add("rates", [f"نرخ اسعار: دالر {rng.uniform(68, 88):.2f} افغانی | یورو {rng.uniform(74, 96):.2f} افغانی"
                          .replace(".", "٫").translate(PERS)])
        elif hname == "cr_ticker":
            coins = rng.sample(COINS, 3)
            add("ticker", [" | ".join(f"{s} ${coin_price(p, rng)} {pct(rng)}" for s, p in coins)])
        elif hname == "cr_gas":
            add("gas", [f"رسوم شبكة إيثريوم: {rng.randint(4, 60)} gwei"])
        comp.setdefault("header", []).append(hname)

    # the article's head
    tnoise = pick("title_noise")
    shown_title = title_noise(title, tnoise, rng)

    cap_group = None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        ckey = cfmt[2:]
        cap = rng.choice(CAPTIONS[key])
        credit = rng.choice(CREDITS[ckey])
        truth["images"].append({"caption": cap, "credit": credit})
        cap_group = caption_lines(cfmt, cap, credit)

    # meta lines
    meta = []
    authors = []
    if bfmt == "b_en_role":
        meta.append(f"إعداد: {name} | {ROLE_EN[1] if female else ROLE_EN[0]}")
        authors = [name]
    elif bfmt == "b_en_city":
        meta.append(f"{name} ({city})")
        authors = [name]
    elif bfmt == "b_en_from2":
        meta.append(f"من {name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_en_unit":
        meta.append("وحدة أبحاث الطاقة")
    elif bfmt == "b_sea_capt":
        if female:
            meta.append(f"كتبت {name}")
        else:
            meta.append(f"كتب القبطان {name}")
        authors = [name]
    elif bfmt == "b_sea_anchor":
        meta.append(f"⚓ {name} — {'محللة' if female else 'محلل'} الشحن البحري")
        authors = [name]
    elif bfmt == "b_sea_with":
        meta.append(f"{name} بمشاركة {name2}")
        authors = [name, name2]
    elif bfmt == "b_sea_desk":
        meta.append("مكتب الأخبار البحرية")
    elif bfmt == "b_air_capt":
        meta.append(f"الكابتن {name}")
        authors = [name]
    elif bfmt == "b_air_rev":
        meta.append(f"بقلم: {name} (مراجعة: {name2})")
        authors = [name]
    elif bfmt == "b_air_joint":
        meta.append(f"تقرير مشترك: {name} — {name2}")
        authors = [name, name2]
    elif bfmt == "b_air_desk":
        meta.append("غرفة أخبار الطيران")
    elif bfmt == "b_job_wrote":
        meta.append(f"{'كتبته' if female else 'كتبه'}: {name}")
        authors = [name]
    elif bfmt == "b_job_role":
        meta.append(f"{name} · {'مستشارة' if female else 'مستشار'} الموارد البشرية")
        authors = [name]
    elif bfmt == "b_job_guest":
        meta.append(f"مقال ضيف بقلم {name}")
        authors = [name]
    elif bfmt == "b_job_desk":
        meta.append("فريق التحرير")
    elif bfmt == "b_film_dispatch":
        meta.append(f"رسالة {city}: {name}")
        authors = [name]
    elif bfmt == "b_film_critic":
        meta.append(f"{'الناقدة السينمائية' if female else 'الناقد السينمائي'} {name}")
        authors = [name]
    elif bfmt == "b_film_text":
        meta.append(f"نص: {name} · صور: {name2}")
        authors = [name]
    elif bfmt == "b_film_desk":
        meta.append("المكتب الصحفي للنشرة")
    elif bfmt == "b_af_dari":
        meta.append(f"گزارشگر: {name}")
        authors = [name]
    elif bfmt == "b_af_city":
        meta.append(f"{name} / {city}")
        authors = [name]
    elif bfmt == "b_af_trans":
        meta.append(f"{name} | ترجمة إلى العربية: {name2}")
        authors = [name]
    elif bfmt == "b_af_desk":
        meta.append("بخش عربی")
    elif bfmt == "b_cr_handle":
        meta.append(f"{name} (@{HANDLES[people.index(name)] if key == 'cr' else rng.choice(HANDLES)})")
        authors = [name]
    elif bfmt == "b_cr_analyst":
        meta.append(f"{'المحللة' if female else 'المحلل'}: {name}")
        authors = [name]
    elif bfmt == "b_cr_plus":
        meta.append(f"{name} + {name2}")
        authors = [name, name2]
    elif bfmt == "b_cr_auto":
        meta.append("أُعدّ هذا الخبر بمساعدة أدوات آلية وراجعه فريق التحرير")
    truth["authors"] = authors
    if pinfo:
        if pinfo["join"] and meta:
            meta[-1] += " — " + pinfo["lines"][0]
        else:
            meta += pinfo["lines"]
        meta += pinfo["extra"]
        ufmt = UPDATE_OF.get(pinfo["fmt"])
        if ufmt and pinfo["value"] and not truth["modified"] and rng.random() < spec["update"]:
            line, mod = fmt_update(ufmt, pub, tm, crawl, rng)
            if line:
                meta.append(line)
                truth["modified"] = mod
                comp["update"] = True

    label = LEDE_LABEL[key]
    if rng.random() < spec["crumb"]:
        base_d = pub or crawl
        add("crumb", [f"{HOME[key]} › {section} › {base_d.year} › {base_d.month:02d}"])
    if rng.random() < spec["kicker"]:
        add("kicker", [f"{KICKER[key]} {ctx['fest'] if key == 'film' else section}"])
    add("title", [shown_title], chrome=False)
    if tform == "audio":
        add("audio", [f"🔊 استمع إلى هذا الخبر · {rng.randint(1, 6)}:{rng.randint(0, 59):02d}"])
    if summary and lede_place == "deck":
        add("lede", [summary], chrome=False)
    if summary and lede_place == "quote":
        add("lede", [f"❝ {summary} ❞"], chrome=False)
    if meta:
        add("meta", meta)
    if summary and lede_place == "after_meta":
        add("lede", [summary], chrome=False)
    if summary and lede_place == "label_inline":
        add("lede", [f"{label} {summary}"], chrome=False)
    if summary and lede_place == "label_line":
        add("lede_label", [label])
        add("lede", [summary], chrome=False, glue=True)
    if cap_group:
        add("caption", cap_group)
    if summary and lede_place == "after_caption":
        add("lede", [summary], chrome=False)
    comp["lede_place"] = lede_place if summary else None
    marked = ("label_inline", "label_line", "quote")
    if summary and lede_mode in ("promoted", "abstract") and lede_place not in marked and not dl_used \
            and groups[-1]["kind"] == "lede":
        # nothing sets it apart from the body: it reads as the first paragraph
        groups.pop()
        paras.insert(0, summary)
        summary = None
        comp["lede"] = None
        comp["lede_place"] = None
    truth["summary"] = summary

    # body
    blocks = G.body_blocks(paras, spec, rng)
    mids = []
    for mname, p in spec["mid"]:
        if rng.random() >= p or len(blocks) < 3:
            continue
        comp.setdefault("mid", []).append(mname)
        mids.append(mname)
    if tform == "sticky" and len(blocks) >= 2:
        mids.append("sticky")
    spots = [i for i in range(1, len(blocks)) if blocks[i - 1]["type"] == "paragraph"]
    positions = {}
    for mname in mids:
        if spots:
            positions.setdefault(rng.choice(spots), []).append(mname)
    hfmt = pick("heading_fmt")
    for i, b in enumerate(blocks):
        if i and layout == "asterism" and b["type"] == "paragraph" and rng.random() < 0.25:
            add("divider", ["⁂"])
        for mname in positions.get(i, []):
            if mname == "sticky":
                add("sticky", [STICKY[key] + title])
            elif mname == "en_numbers":
                lines = ["بالأرقام"]
                for fact in rng.sample(EN_FACTS, rng.randint(2, 3)):
                    lines.append(f"• {rng.uniform(0.4, 12.5):.1f} مليون برميل يوميًا: {fact}")
                add("numbers", lines)
            elif mname == "en_spot":
                add("spot", [f"سعر خام برنت لحظة كتابة الخبر: {rng.uniform(62, 96):.2f} دولارًا للبرميل"])
            elif mname == "sea_vessel":
                add("vessel", [f"🚢 {rng.choice(VESSELS)} | IMO {rng.randint(9100000, 9899999)} | العلم: "
                               f"{rng.choice(FLAGS)} | الوجهة: {rng.choice(PORTS)}"])
            elif mname == "sea_also":
                add("also", [f"⚓ اقرأ كذلك: {others.pop()}"])
            elif mname == "air_flight":
                a, b2 = rng.sample(IATA, 2)
                add("flight", [f"✈ {rng.choice(AIRLINES)} {rng.randint(11, 989)} | من {a} إلى {b2} | "
                               + rng.choice(["في الموعد", f"متأخرة {rng.randint(2, 9) * 10} دقيقة", "ملغاة", "هبطت"])])
            elif mname == "air_also":
                add("also", [f"على المسار نفسه ⟵ {others.pop()}"])
            elif mname == "job_card":
                dl_d = future(crawl, rng, 5, 40)
                add("job", [f"💼 وظيفة شاغرة: {rng.choice(JOBS)} — {rng.choice(COMPANIES)} "
                            f"({rng.choice(G.CITIES[:24])})",
                            f"آخر موعد: {dl_d.day:02d}/{dl_d.month:02d}/{dl_d.year} · قدّم الآن ←"])
            elif mname == "job_tip":
                add("tip", [rng.choice(TIPS)])
            elif mname == "film_screening":
                add("screening", [f"🎬 {rng.choice(FILMS)} | {rng.choice(HALLS)} | "
                                  f"{hm(rng.choice([14, 16, 18, 19, 21, 22]), rng.choice([0, 15, 30, 45]))}"])
            elif mname == "film_rating":
                s = rng.randint(2, 5)
                add("rating", [f"تقييم النشرة: {'★' * s}{'☆' * (5 - s)} ({s}/5)"])
            elif mname == "af_continue":
                add("continue", ["ادامه مطلب در زیر"])
            elif mname == "af_ad":
                add("ad", ["تبلیغات"])
            elif mname == "af_also":
                add("also", [f"بیشتر بخوانید: {others.pop()}"])
            elif mname == "cr_price":
                s, p = rng.choice(COINS)
                add("price", [f"📊 {s}/USDT {coin_price(p, rng)} {pct(rng)} خلال 24 ساعة"])
            elif mname == "cr_note":
                add("note", ["⚠ المحتوى لأغراض تعليمية وليس توصية بالشراء أو البيع"])
        if b["type"] == "heading":
            add("heading", heading_lines(b["text"], hfmt), chrome=False)
            continue
        add("body", [body_noise(b["text"], nkind, rng)], chrome=False)

    # after the body
    def src_list(extra_srcs):
        srcs = [doc["site"]]
        if dl_used and truth["agencies"]:
            srcs.append(dl[1])
        elif rng.random() < 0.4:
            srcs.append(rng.choice(extra_srcs))
        return [s for s in dict.fromkeys(srcs) if s]

    SRC = {"en_src": ("استند الخبر إلى: ", "، ", ["وكالات", "بيانات الشركة", "أوبك"]),
           "sea_src": ("بحسب: ", " / ", ["وكالات", "هيئة الموانئ", "سجلات الملاحة"]),
           "air_src": ("مصادر الطيران: ", "، ", ["وكالات", "سلطة الطيران المدني", "الناقل الجوي"]),
           "job_src": ("مصدر الإعلان: ", "، ", ["وزارة العمل", "وكالات", "الجهة المعلنة"]),
           "film_src": ("وفق: ", "، ", ["إدارة المهرجان", "وكالات", "شركة التوزيع"]),
           "af_src": ("منبع: ", " · ", ["وكالات", "طلوع", "دفتر سخنگو"]),
           "cr_src": ("مصادر البيانات ↩ ", " | ", ["وكالات", "CoinGecko", "بيانات السلسلة"])}
    TAGS = {"en_tags": ("محاور الخبر: ", "، "), "sea_tags": ("🏷 موضوعات بحرية: ", " · "),
            "air_tags": ("وسوم الرحلة › ", " › "), "job_tags": ("مجالات: ", " ∙ "),
            "film_tags": ("أفلام وأسماء: ", "، "), "af_tags": ("برچسپ\u200cها: ", "، "), "cr_tags": ("الرموز: ", " · ")}
    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        if aname in SRC:
            if truth["sources"] or not doc["site"]:
                continue
            lab, sep, extra = SRC[aname]
            srcs = src_list(extra)
            add("sources", [lab + sep.join(srcs)])
            truth["sources"] = srcs
        elif aname in TAGS:
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            lab, sep = TAGS[aname]
            add("tags", [lab + sep.join(tags)])
            truth["tags"] = tags
        elif aname == "en_close":
            lines = ["أسعار الإغلاق (أمس)", "الخام | السعر | التغير"]
            for crude in rng.sample(["برنت", "غرب تكساس", "مربان", "دبي", "سلة أوبك"], 3):
                lines.append(f"{crude} | {rng.uniform(58, 97):.2f} | {pct(rng, -3, 3)}")
            add("close", lines)
        elif aname == "en_related":
            add("related", ["تغطيات ذات علاقة"] + [f"⟩ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "en_share":
            add("share", ["انشر الخبر ⁞ لينكدإن ⁞ إكس ⁞ واتساب ⁞ نسخ الرابط"])
        elif aname == "en_newsletter":
            add("newsletter", [f"النشرة الصباحية من {site}", "تصلك كل أحد وأربعاء قبل افتتاح الأسواق",
                               "بريدك الإلكتروني", "اشترك"])
        elif aname == "sea_moves":
            lines = ["حركة السفن المتوقعة", "السفينة | الميناء | الوصول المتوقع"]
            for v in rng.sample(VESSELS, 3):
                a = future(crawl, rng, 1, 12)
                lines.append(f"{v} | {rng.choice(PORTS)} | {a.day:02d}/{a.month:02d} {rng.randint(0, 23):02d}:00")
            add("moves", lines)
        elif aname == "sea_related":
            add("related", ["من أرشيف الموقع"] + [f"≋ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "sea_share":
            add("share", ["شارك ⚓ واتساب ⚓ تيليغرام ⚓ لينكدإن"])
        elif aname == "air_delays":
            lines = ["الرحلات المتأثرة اليوم"]
            for _ in range(rng.randint(2, 4)):
                a, b2 = rng.sample(IATA, 2)
                lines.append(f"{rng.choice(AIRLINES)}{rng.randint(11, 989)} {a}–{b2}: "
                             f"{rng.choice(['تأخير', 'إلغاء', 'تحويل إلى مطار بديل'])}")
            add("delays", lines)
        elif aname == "air_related":
            add("related", ["أخبار على المدرج"] + [f"✈ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "air_share":
            add("share", ["أرسل الخبر: واتساب · بريد · نسخ"])
        elif aname == "job_similar":
            lines = ["وظائف قد تهمك"]
            for j in rng.sample(JOBS, rng.randint(2, 4)):
                a = future(crawl, rng, 3, 30)
                lines.append(f"{j} · {rng.choice(COMPANIES)} · ينتهي {a.day} {G.EG[a.month - 1]}")
            add("similar", lines)
        elif aname == "job_comments":
            n = rng.randint(1, 3)
            lines = [f"أسئلة القرّاء ({n})"]
            for who, q in zip(rng.sample(SEEKERS, n), rng.sample(QUESTIONS, n)):
                lines += [f"{who} — قبل {hours(rng.randint(1, 10))}", q]
            lines.append("اطرح سؤالك")
            add("comments", lines)
        elif aname == "job_share":
            add("share", ["شارك الفرصة مع صديق ∙ واتساب ∙ لينكدإن ∙ بريد"])
        elif aname == "film_tomorrow":
            lines = ["جدول عروض الغد"]
            for f in rng.sample(FILMS, 3):
                lines.append(f"{hm(rng.choice([13, 15, 17, 19, 21]), rng.choice([0, 30]))} — {f} ({rng.choice(HALLS)})")
            add("tomorrow", lines)
        elif aname == "film_jury":
            j = rng.sample(JURY, 4)
            add("jury", ["لجنة التحكيم", f"رئاسة اللجنة: {j[0]}", f"الأعضاء: {j[1]}، {j[2]}، {j[3]}"])
        elif aname == "film_related":
            add("related", ["من النشرة"] + [f"🎞 {others.pop()}" for _ in range(rng.randint(2, 3))])
        elif aname == "film_votes":
            add("votes", [f"تصويت الجمهور: «{rng.choice(FILMS)}» في الصدارة بـ{rng.randint(18, 61)}٪ من الأصوات"])
        elif aname == "af_share":
            add("share", ["اشتراک\u200cگذاری: فیسبوک · توییتر · واتساپ · تلگرام"])
        elif aname == "af_related":
            add("related", ["خبرهای مرتبط"] + [f"▫ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "af_most":
            add("most", ["پربیننده\u200cترین"] + [f"{str(k).translate(PERS)}. {others.pop()}"
                                                 for k in range(1, rng.randint(3, 5) + 1)])
        elif aname == "cr_table":
            lines = ["العملات الأكثر تداولًا", "الرمز | السعر | 24 ساعة"]
            for s, p in rng.sample(COINS, 3):
                lines.append(f"{s} | ${coin_price(p, rng)} | {pct(rng)}")
            add("table", lines)
        elif aname == "cr_related":
            add("related", ["قد يهمك"] + [f"⬢ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "cr_comments":
            n = rng.randint(1, 3)
            lines = [f"💬 التعليقات ({n})"]
            for who, c in zip(rng.sample(CR_COMMENTERS, n), rng.sample(CR_COMMENTS, n)):
                lines += [f"{who} · {rng.randint(1, 20)}س", c]
            add("comments", lines)
        elif aname == "cr_disclaimer":
            add("disclaimer", ["إخلاء مسؤولية: الآراء الواردة لا تمثل نصيحة مالية، وأسعار العملات الرقمية شديدة "
                               "التقلب. ابحث جيدًا قبل اتخاذ أي قرار."])
        else:
            continue
        comp.setdefault("after", []).append(aname)

    if tform == "share":
        slug = rng.randint(10000, 99999)
        add("share_title", [rng.choice([f"أرسل عبر واتساب: «{title}» {dom}/{slug}",
                                        f"شارك على لينكدإن: {title} — {dom}/a/{slug}"])])

    ffmt = pick("footer")
    if ffmt == "f_en":
        add("footer", [f"© {year} {site} · الأسعار للاسترشاد فقط ومتأخرة 15 دقيقة",
                       "من نحن ⁞ أعلن معنا ⁞ سياسة الخصوصية"])
    elif ffmt == "f_sea":
        add("footer", [f"{site} © {year} — جميع الحقوق محفوظة",
                       "بيانات السفن لأغراض إعلامية ولا تصلح للملاحة"])
    elif ffmt == "f_air":
        add("footer", [f"© {year} {site}", "أوقات الرحلات بالتوقيت المحلي للمطار ما لم يُذكر خلاف ذلك",
                       "اتصل بنا · الشروط والأحكام"])
    elif ffmt == "f_job":
        add("footer", [f"{site} {year} ©", "لا نتقاضى أي رسوم من الباحثين عن عمل — احذر الإعلانات المزيفة",
                       "عن الموقع ∙ لأصحاب العمل ∙ الخصوصية"])
    elif ffmt == "f_film":
        add("footer", [f"© {year} {ctx['fest']} — {site}", "الاعتماد الصحفي · الأرشيف · اتصل بنا"])
    elif ffmt == "f_af":
        sy = solar(crawl)[0]
        add("footer", [f"© {sy} تمام حقوق برای {site} محفوظ است".translate(PERS), "درباره ما · تماس با ما · آرشیف"])
    elif ffmt == "f_cr":
        add("footer", [f"© {year} {site}", "لا يقدّم الموقع استشارات مالية أو استثمارية",
                       "سياسة الخصوصية / شروط الاستخدام"])

    # layout
    single = layout == "single"
    sep = EM_QUAD if layout == "quad" else ""
    out = []
    chrome_lines = []
    prev = None
    for g in groups:
        kind = g["kind"]
        if out and not g["glue"]:
            if not (single and kind in ("body", "heading") and prev in ("body", "heading")):
                out.append(sep)
        out += g["lines"]
        if g["chrome"]:
            chrome_lines += [x.strip() for x in g["lines"] if x.strip()]
        prev = kind
    text = "\n".join(out) + "\n"
    if rng.random() < spec["crlf"]:
        text = text.replace("\n", "\r\n")
        comp["crlf"] = True
    if rng.random() < spec["bom"]:
        text = "\ufeff" + text
        comp["bom"] = True
    return finish(doc, style, [g["kind"] for g in groups], text, chrome_lines, blocks, truth, comp, layout)


def finish(doc, style, kinds, text, chrome, blocks, truth, comp, layout):
    body_fold = " " + fold(" ".join(b["text"] for b in blocks)) + " "
    comp.update(layout=layout, kinds=[k for k in kinds if k not in ("body", "heading")])
    never = [display(truth["title"])]
    if truth["summary"]:
        never.append(display(truth["summary"]))
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
