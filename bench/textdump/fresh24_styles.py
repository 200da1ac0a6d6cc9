"""The `fresh24` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh24 --n 2000 --seed 103
    python3 bench/textdump/score_dumps.py --split fresh24 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH24 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by a helper who has not read the extractor, its tests, its
fixtures or its benchmark notes (nor the sealed fresh21, fresh22 and fresh23
modules). No component here is meant to be one of the tune, held-out, fresh,
fresh2, ..., fresh20 ones (as far as gen_dumps.py, fresh20_styles.py and the
other readable modules' docstrings show). Only the aggregate rows of
`score_dumps.py --split fresh24` are ever reported; once the extractor is
changed because of anything learnt here, the split is spent.

The eight styles (`fresh24_1` ... `fresh24_7`, and `fresh24_mixed`, a
per-document random draw of the others' components) imitate text dumps of
kinds of pages the other splits do not: an Arabic-language Islamic news portal
from Brunei or Malaysia with its chrome in Jawi (Malay in Arabic script:
Jawi weekdays and months, Hijri dates with `ه`, a prayer-times strip, Jawi
period words on 12-hour clocks, exchange rates), a Uyghur diaspora news site
with Uyghur (Arabic-script and Latin) chrome (year-first Uyghur dates, a
weather strip, an audio player, relative Uyghur times), the Arabic pages of a
Senegalese Sufi brotherhood's news site (Wolof and French chrome, Wolof
weekdays and months, French Hijri month names, a countdown to the Grand Magal,
FCFA rates, wrestling and football scores, a radio player), an astronomy and
crescent-watch portal (solar and lunar Hijri dates with `هـ.ش`/`هـ.ق`, Julian
day numbers, moon-age and sun strips, observation tables, live-watch
timestamps, an astronomical week calendar), a maritime and ports news portal
(freight and bunker tickers, date-time groups `251015C APR 24`, `Z` clocks,
vessel ETA tables, marine weather, navigation warnings, port status, jobs at
sea), the long read of a Gulf cultural monthly (accessibility and print/font
controls, a flattened multi-column header, years in words, labels after their
values, pagination with page markers and a continued title, issue downloads)
and an Ethiopian Muslim news site (Amharic chrome in Ge'ez script, the
Ethiopian calendar `ሚያዝያ 17 ቀን 2016 ዓ.ም`, birr rates, athletics results,
an audio player). Site names, people, ships, wrestlers, runners and the
vocabulary are invented. The corpus texts, the lede choice (abstract / teaser
/ promoted first paragraph), the inserted headings and the other articles'
titles in related blocks are the gen_dumps.py ones.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once. A browser-tab line, a breadcrumb's cut title,
  a continued title at a page break (`TITLE (تابع 2/3)`) are chrome; a repeat
  equal to the title is left out of the chrome list.
- page_date: the date of the site's own header widget (the crawl day),
  whatever its language, calendar or digits, also when the widget shares a
  flattened line with other header items: with two or three calendars the
  Gregorian day. Prayer, sun and moon strips, countdowns, tickers, next new
  moons, ETAs, calendars of events and navigation warnings are no widget.
  Pages without a widget: null.
- published: the publication line's date, with `THH:MM` when it shows a time
  (Jawi period words on 12-hour clocks: `دينيهاري` 0-4, `ڤاݢي` 5-11, `تڠه
  هاري` 12-13, `ڤتڠ` 14-18, `مالم` 19-23), whatever its language or calendar
  (a Jalali-first, Hijri-first or Ethiopian-first line gives the Gregorian day
  it names); a date-time group `DDHHMMC MON YY` is the local clock. A
  label after its value is still the publication line. A relative-only line
  gives null. Update lines go to the extra `modified` key (not scored).
- summary: a deck under the title, a lede after the meta lines or after the
  caption, or a labelled lede (label inline or on the line before; the label
  is not part of it). An unlabelled lede with nothing between it and the body
  (no meta, caption or chrome line, no dateline opening the body) stays a lede
  only when it is a teaser that the first paragraph repeats; a promoted first
  paragraph or an abstract there goes into the body. A deck that the body
  repeats whole is a lede when lines stand between the two, and the body
  keeps the paragraph. A promoted first paragraph under 8 words is never a
  lede.
- blocks: the corpus paragraphs (a dateline kept at the head of the first);
  headings without their marks; page markers, continued titles, tables,
  live-watch entries, audio players, prompts and links between paragraphs are
  no blocks.
- images: the caption without its credit and label; the credit as written
  without its label.
- sources, tags: the items of the site's sources and tags lines.
- authors: the byline's names as printed, in order, in whatever script; two
  for `دان`, `ۋە`, `ak`, `و`, `እና` or `/`. A role or title before or after
  the name (`اوليه:`, `مۇخبىر:`, `Ki ko bind:`, `الفلكي`, `الربّان`, `‹ الكاتب`,
  `ዘጋቢ:`, a reporter's post, a membership) is not part of it. A photographer,
  an observer, a translator, a desk or an office is no author.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the body
  and those equal to the title or the summary.
"""
import datetime
import math
import re

from textnorm import display, fold

SPLIT = "fresh24"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
# weekday lists start on Monday, as datetime.weekday()
JW_WD = ["اثنين", "ثلاث", "رابو", "خميس", "جمعة", "سبتو", "احد"]
JW_MON = ["جانواري", "فيبرواري", "مارچ", "اڤريل", "مي", "جون", "جولاي", "اوݢوس", "سيڤتيمبر", "اوکتوبر",
          "نوۏيمبر", "ديسيمبر"]
JW_HIJ = ["محرم", "صفر", "ربيع الاول", "ربيع الاخير", "جمادل الاول", "جمادل الاخير", "رجب", "شعبان", "رمضان",
          "شوال", "ذوالقعدة", "ذوالحجة"]
UG_WD = ["دۈشەنبە", "سەيشەنبە", "چارشەنبە", "پەيشەنبە", "جۈمە", "شەنبە", "يەكشەنبە"]
UG_MON = ["يانۋار", "فېۋرال", "مارت", "ئاپرېل", "ماي", "ئىيۇن", "ئىيۇل", "ئاۋغۇست", "سېنتەبىر", "ئۆكتەبىر",
          "نويابىر", "دېكابىر"]
ULY_WD = ["düshenbe", "seyshenbe", "charshenbe", "peyshenbe", "jüme", "shenbe", "yekshenbe"]
ULY_MON = ["yanwar", "féwral", "mart", "aprél", "may", "iyun", "iyul", "awghust", "séntebir", "öktebir",
           "noyabir", "dékabir"]
WO_WD = ["Altine", "Talaata", "Àllarba", "Alxames", "Àjjuma", "Gaawu", "Dibéer"]
WO_MON = ["Samwiyee", "Fewriyee", "Mars", "Awril", "Me", "Suwe", "Sulet", "Ut", "Sàttumbar", "Oktoobar",
          "Nowàmbar", "Desàmbar"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
FR_HIJ = ["Mouharram", "Safar", "Rabi' al-awwal", "Rabi' al-thani", "Joumada al-oula", "Joumada al-akhira",
          "Rajab", "Cha'bane", "Ramadan", "Chawwal", "Dhou al-qi'da", "Dhou al-hijja"]
FA_WD = ["دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
FA_MON = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
AM_WD = ["ሰኞ", "ማክሰኞ", "ረቡዕ", "ሐሙስ", "ዓርብ", "ቅዳሜ", "እሑድ"]
AM_MON = ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ",
          "ጳጉሜ"]
ET_AR_MON = ["مسكرم", "تقمت", "هدار", "تاهساس", "تِر", "يكاتيت", "مجابيت", "ميازيا", "جنبوت", "سني", "هملي", "نهاسي",
             "باجمي"]
EN_WD3 = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
EN_MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
AR_UNITS = ["", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
AR_TEENS = ["عشرة", "أحد عشر", "اثني عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر",
            "ثمانية عشر", "تسعة عشر"]
AR_TENS = ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ETH_EPOCH = 1723856
QUAD = ["\u2000", "\u2001"]
ZWSP = "\u200b"
EMSP = "\u2003"


def hm(h, m):
    return f"{h:02d}:{m:02d}"


def ind(s):
    return str(s).translate(INDIC)


def fa(s):
    return str(s).translate(PERSIAN)


def jalali(d):
    """The Iranian solar (Jalali) date of a Gregorian date: (year, month, day)."""
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
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def jdn(d):
    """Julian day number (the day starting at noon)."""
    return d.toordinal() + 1721425


def ethiopian(d):
    """The Ethiopian-calendar date of a Gregorian date: (year, month 1-13, day)."""
    j = jdn(d)
    r = (j - ETH_EPOCH) % 1461
    n = (r % 365) + 365 * (r // 1460)
    y = 4 * ((j - ETH_EPOCH) // 1461) + r // 365 - r // 1460
    return y, n // 30 + 1, n % 30 + 1


def year_words(y):
    """A year in Arabic words, as spoken: 2024 -> ألفين وأربعة وعشرين."""
    base, r = ("ألفين", y - 2000) if y >= 2000 else ("ألف وتسعمئة", y - 1900)
    if r <= 0:
        return base
    if r < 10:
        w = AR_UNITS[r]
    elif r < 20:
        w = AR_TEENS[r - 10]
    else:
        w = (AR_UNITS[r % 10] + " و" if r % 10 else "") + AR_TENS[r // 10]
    return f"{base} و{w}"


def next_hijri(d, month, day):
    """The first Gregorian day on or after d whose tabular Hijri date is (month, day)."""
    for k in range(400):
        x = d + datetime.timedelta(days=k)
        _, hm_, hd = G.hijri(x)
        if hm_ == month and hd == day:
            return x
    return d


def moon(d):
    """(age in days, illuminated percent, next new moon datetime UT) by the mean synodic month."""
    ref = datetime.datetime(2000, 1, 6, 18, 14)
    t = datetime.datetime(d.year, d.month, d.day, 12, 0)
    syn = 29.530588853
    age = ((t - ref).total_seconds() / 86400) % syn
    illum = round(50 * (1 - math.cos(2 * math.pi * age / syn)))
    return age, illum, t + datetime.timedelta(days=syn - age)


def phase_mark(age):
    return ["🌑", "🌒", "🌓", "🌔", "🌕", "🌖", "🌗", "🌘"][int((age / 29.530588853) * 8 + 0.5) % 8]


def jw_period(hh):
    """The Jawi period word of a 12-hour clock (unambiguous: 0-4, 5-11, 12-13, 14-18, 19-23)."""
    if hh < 5:
        return "دينيهاري"
    if hh < 12:
        return "ڤاݢي"
    if hh < 14:
        return "تڠه هاري"
    if hh < 19:
        return "ڤتڠ"
    return "مالم"


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city)]
SITES = {
    "jw": [("منبر الأرخبيل", "minbar-arkhabil.bn", "ڤورتل بريتا اسلام دالم بهاس عرب", "بندر سري بغاوان"),
           ("صدى الملايو", "sada-melayu.my", "", "كوالا لمبور"),
           ("نافذة كلنتن", "nafizah-kelantan.my", "بريتا دان رنچڠن", "كوتا بهارو")],
    "ug": [("منبر تاريم", "minbar-tarim.org", "ئۇيغۇرچە ۋە ئەرەبچە خەۋەرلەر", "إسطنبول"),
           ("نسيم الطاغ", "nasim-tagh.net", "", "إسطنبول"),
           ("بوابة القافلة", "qafila-portal.org", "Uyghurche we Erebche", "قيصري")],
    "sn": [("صدى طوبى", "sada-touba.sn", "Xibaar yi ci làkku araab", "طوبى"),
           ("منار كولخ", "manar-kaolack.sn", "", "كولخ"),
           ("بريد داكار العربي", "barid-dakar.sn", "L'actualité en langue arabe", "داكار")],
    "as": [("مرصد الهلال", "marsad-alhilal.org", "رصد الأهلّة والظواهر الفلكية", "عمّان"),
           ("بوابة السماء العربية", "arabsky-portal.net", "", "أبوظبي"),
           ("نادي الأفق الفلكي", "ufuq-astro.club", "نرصد معًا", "الرياض")],
    "sh": [("الملاحة اليوم", "milaha-today.com", "أخبار الموانئ والشحن", "جدة"),
           ("بوابة المرافئ", "marafi-portal.net", "", "صلالة"),
           ("مرساة نيوز", "mirsat-news.com", "Maritime news in Arabic", "العقبة")],
    "pg": [("مجلة الرواق", "alrewaq-mag.com", "شهرية ثقافية جامعة", "مسقط"),
           ("دفاتر الخليج", "dafater-gulf.net", "", "الكويت"),
           ("المسار الثقافي", "almasar-thaqafi.com", "قراءات طويلة", "المنامة")],
    "et": [("النجاشي نيوز", "najashi-news.et", "የአረብኛ ዜና አገልግሎት", "أديس أبابا"),
           ("صوت هرر", "sawt-harar.et", "", "هرر"),
           ("منارة الحبشة", "manarat-habasha.net", "أخبار المسلمين في إثيوبيا", "دير داوا")],
}
AR_PEOPLE = {"jw": ["محمد حافظ عبدالله", "نور عائشة إسماعيل", "أوانغ قمر الدين", "سيتي زليخا عمر", "هاشم يعقوب"],
             "ug": ["أركين تورسون", "غولنار عبد العزيز", "محمد أمين قادر", "آيغول ياسين", "عبد الرحيم ممتيمين"],
             "sn": ["مصطفى فال", "عائشة جوب", "إبراهيما سار", "مام جارا سين", "عثمان با"],
             "as": ["مازن العتوم", "ريم الحمادي", "خليل السعدي", "سارة القحطاني", "فراس الدباغ"],
             "sh": ["علاء بارحيم", "منى الجهني", "حسين باعبود", "ياسمين الفارسي", "وليد القبطي"],
             "pg": ["بدرية الراشدي", "سالم المعمري", "هيفاء الكندري", "يوسف البلوشي", "نادية العوضي"],
             "et": ["عبد القادر محمد", "فاطمة أحمد", "أبو بكر يوسف", "زينب عمر", "جمال الدين حسن"]}
JW_NAMES = ["محمد حافظ عبدالله", "نور عائشة اسماعيل", "اواڠ قمرالدين", "سيتي زليخا عمر", "داين نور حياتي"]
RUMI_NAMES = ["Muhammad Hafiz Abdullah", "Nur Aisyah Ismail", "Awang Kamaruddin", "Siti Zulaikha Omar",
              "Dayang Nurhayati"]
UG_NAMES = ["ئەركىن تۇرسۇن", "گۈلنار ئابلىز", "مۇھەممەت ئىمىن", "ئايگۈل ياسىن", "ئابدۇرەھىم مەمتىمىن"]
WO_NAMES = ["Moustapha Fall", "Aïssatou Diop", "Ibrahima Sarr", "Mame Diarra Sène", "Ousmane Ba"]
AM_NAMES = ["አብዱልቃድር ሙሐመድ", "ፋጡማ አሕመድ", "አቡበከር ዩሱፍ", "ዘይነብ ዑመር", "ጀማል ሐሰን"]
SECTIONS = {"jw": ["بريتا", "اݢام", "دنيا اسلام", "ايکونومي", "سوکن"],
            "ug": ["خەۋەرلەر", "دۇنيا", "مەدەنىيەت", "ئىقتىساد"],
            "sn": ["Diine", "Xibaar yi", "Politique", "Société"],
            "as": ["الأهلّة", "الكسوف والخسوف", "الشهب والمذنبات", "استكشاف الفضاء"],
            "sh": ["الموانئ", "الحاويات", "الناقلات", "الأمن البحري"],
            "pg": ["ملفات", "قراءات", "حوارات", "ذاكرة المدن"],
            "et": ["ዜና", "ሀገር ውስጥ", "ዓለም", "أخبار الحبشة"]}
NAV = {"jw": ["لامن اوتام", "بريتا", "نݢارا", "دنيا", "ايکونومي", "اݢام", "سوکن", "ۏيديو", "هوبوڠي کامي"],
       "ug": ["باش بەت", "خەۋەرلەر", "سىياسەت", "ئىقتىساد", "مەدەنىيەت", "سەھىيە", "ۋىدىيو", "ئالاقە"],
       "sn": ["Accueil", "Xibaar yi", "Diine", "Politique", "Économie", "Lamb", "Vidéos", "Jokkoo ak nun"],
       "as": ["الرئيسية", "الأهلّة", "التقويم الفلكي", "الظواهر القادمة", "معرض الصور", "برنامج الرصد",
              "تواصل معنا"],
       "sh": ["الرئيسية", "الموانئ", "الشحن والحاويات", "النفط والناقلات", "بناء السفن", "Maritime Security",
              "Jobs at Sea"],
       "pg": ["الرئيسية", "ملفات", "حوارات", "قراءات", "إصدارات", "الأرشيف", "اشترك"],
       "et": ["ዋና ገጽ", "ዜና", "ሀገር ውስጥ", "ዓለም", "ኢኮኖሚ", "ስፖርት", "أخبار الحبشة", "ያግኙን"]}
HOME = {"jw": "لامن اوتام", "ug": "باش بەت", "sn": "Accueil", "as": "الرئيسية", "sh": "الرئيسية", "pg": "الرئيسية",
        "et": "ዋና ገጽ"}
CRUMB_SEP = {"jw": " ⊳ ", "ug": " ⟩ ", "sn": " → ", "as": " ↤ ", "sh": " ⟩ ", "pg": " ⁄ ", "et": " ⊳ "}
CAPTIONS = {"jw": ["جامع بقبة ذهبية عند الغروب", "طلاب في حلقة تحفيظ", "قرية مائية على ضفاف النهر",
                   "حفل رسمي في قاعة المؤتمرات", "سوق شعبي في وسط المدينة"],
            "ug": ["مشهد من أحد أحياء المدينة القديمة", "تجمع للجالية في ساحة عامة", "جانب من ندوة ثقافية",
                   "سوق للمنتجات التقليدية", "صورة أرشيفية لجبال المنطقة"],
            "sn": ["مريدون أمام المسجد الكبير", "جانب من حلقة إنشاد", "قافلة من الحافلات على الطريق الوطني",
                   "سوق مزدحم في وسط المدينة", "لقاء رسمي في مقر الخلافة"],
            "as": ["الهلال بعد الغروب بدقائق", "تلسكوب في موقع رصد صحراوي", "درب التبانة فوق الكثبان",
                   "مراحل خسوف القمر في صورة مركّبة", "فريق الرصد يجهّز المعدات"],
            "sh": ["سفينة حاويات عند رصيف الميناء", "رافعات جسرية في محطة الحاويات", "ناقلة نفط في عرض البحر",
                   "قاطرة بحرية ترافق سفينة", "مبنى إدارة الميناء"],
            "pg": ["واجهة بيت تراثي في الحي القديم", "مخطوطة من مقتنيات مكتبة خاصة", "جانب من أمسية أدبية",
                   "سوق قديم مسقوف", "رسم بالحبر للمدينة في مطلع القرن"],
            "et": ["مسجد في حي قديم بالمدينة", "سوق البن في ساعات الصباح", "أسوار المدينة التاريخية",
                   "لقاء في مقر المجلس الإسلامي", "عدّاؤون خلال سباق محلي"]}
CREDITS = {"jw": ["جابتن ڤنرڠن", "ارکيب ڤورتل", "ڤاسوکن ميديا", "Pusat Dakwah"],
           "ug": ["ئارخىپ", "مۇخبىرىمىز", "ئىجتىمائىي تاراتقۇ", "Tarim Foto"],
           "sn": ["Service communication", "Archives", "SITE/Touba", "Pape Ndiaye"],
           "as": ["عضو النادي", "مرصد الهلال", "فريق الرصد", "ناسا"],
           "sh": ["إدارة الميناء", "الخط الملاحي", "أرشيف البوابة", "خفر السواحل"],
           "pg": ["أرشيف المجلة", "مجموعة خاصة", "المصوّر", "دار الوثائق"],
           "et": ["የዜና ክፍል", "ማህደር", "مكتب الإعلام", "ፎቶ ጋዜጠኛ"]}
LEDE_LABEL = {"jw": "رڠکومن:", "ug": "قىسقىچە:", "sn": "Ci gàttal :", "as": "الخلاصة الفلكية:", "sh": "موجز البلاغ:",
              "pg": "في سطور:", "et": "በአጭሩ፡"}
KICKER = {"jw": "{s}", "ug": "● {s}", "sn": "{s} /", "as": "☾ {s}", "sh": "{s} ▸", "pg": "{s} ·", "et": "{s} ›"}
HEAD_MARK = {"h_jw": "⬥", "h_ug": "✺", "h_sn": "⁂", "h_as": "🔭", "h_sh": "⚓", "h_et": "❂"}
COMMENTERS = {"jw": ["ابو حنيف", "Siti K.", "نور حياتي", "Awang B."],
              "ug": ["ئابدۇللا", "Gülnar", "أبو يوسف", "تۇرسۇن ئا."],
              "sn": ["Modou (Touba)", "Fatou D.", "Taalibe Baye", "أبو بكر"],
              "as": ["هشام — إربد", "لمى — العين", "ناصر — حائل", "راصد هاوٍ"],
              "pg": ["قارئة من صحار", "م. الهاشمي", "عبدالله ك.", "نوال"],
              "et": ["አብዱ", "Hanan M.", "أبو محمد الهرري", "ሰዒድ"]}
COMMENTS = {"jw": ["تريما کاسيه اتس معلومت اين", "سموݢ دڤرمودهکن", "بريتا يڠ برمنفعة", "بارك الله فيكم"],
            "ug": ["رەھمەت، ياخشى خەۋەر", "ئاللاھ رازى بولسۇن", "جزاكم الله خيرًا", "بۇ خەۋەرنى تارقىتايلى"],
            "sn": ["Jërëjëf ci xibaar bi", "Yàlla na Yàlla def barke", "Article très intéressant, merci",
                   "بارك الله فيكم"],
            "as": ["رصدته الليلة من سطح المنزل، المنظر رائع", "هل يمكن رؤيته بالمنظار العادي؟",
                   "الغيوم حجبت الرؤية عندنا للأسف", "شكرًا على الشرح الواضح"],
            "pg": ["مقالة عميقة تستحق القراءة أكثر من مرة", "أتمنى نشر الجزء الثاني قريبًا",
                   "أختلف مع الكاتب في الخلاصة", "سلمت يداك"],
            "et": ["እናመሰግናለን", "ጥሩ ዘገባ ነው", "الله يحفظ الحبشة", "شكرًا على المتابعة"]}
WRESTLERS = ["Tay Saloum", "Boy Keur Massar", "Lion de Thiès", "Gris Ndakaaru", "Sa Kaolack", "Fils de Baol"]
FOOT_SN = ["ASC Ndakaaru", "US Thiaroye", "Jaraaf Rufisque", "Étoile de Mbour", "AS Kayar", "Casa Ziguinchor"]
RUNNERS = ["ቀነኒሳ ታደሰ", "ጥሩነሽ አበበ", "ሰለሞን ደሜ", "መሰረት ገብሬ", "ሀይሌ ተስፋዬ", "ዋርካ ደጀኔ"]
SHIPS = [("نجمة البحر", "بنما"), ("MSC Aurora Bay", "ليبيريا"), ("الوفاء 3", "السعودية"),
         ("Gulf Pioneer", "جزر مارشال"), ("بحر العرب", "عُمان"), ("Sea Lantern", "مالطا"), ("درّة الشرق", "الإمارات")]
AS_EVENTS = ["ذروة زخة شهب القيثاريات", "اقتران القمر بالمشتري", "تربيع أول للقمر", "تعامد الشمس على الكعبة",
             "المحاق وولادة الهلال", "اقتران الزهرة بالثريا"]
AS_LIVE = ["تأكيد رؤية الهلال بالتلسكوب من موقع الرصد", "الغيوم تنحسر عن الأفق الغربي",
           "بدء التصوير بالكاميرا الفلكية", "الفريق يرفع التلسكوب إلى سطح المرصد", "رصد القمر قرب الأفق بعد الغروب"]
JOBS = ["ضابط أول — ناقلة منتجات", "مهندس ثانٍ — سفينة حاويات", "ربّان قاطرة بحرية", "مشرف رصيف — محطة حاويات"]


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="jw", pre=[], header=[], widget=[None], kicker=0.0, title_form=["plain"], title_noise=[None],
             byline=[None], publine=[None], update=0.0, counter=0.0, meta_join=0.0, lede=[None],
             lede_place=["deck"], caption=0.0, caption_fmt=["c_jw"], headings=0.0, heading_fmt=["h_plain"],
             dateline=[None], mid=[], after=[], footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0)

STYLES = {
    "fresh24_1": dict(site="jw", pre=[("jw_app", 0.4)],
                      header=[("jw_lang", 0.5), ("site_name", 1.0), ("widget", 0.85), ("jw_prayer", 0.5),
                              ("nav", 0.9), ("jw_rates", 0.35)],
                      widget=["w_jw_pair", "w_jw_greg", "w_jw_num"], kicker=0.35,
                      title_form=["plain", "plain", "crumb", "repeat"], title_noise=[None, None, "rlo"],
                      byline=["b_jw_oleh", "b_jw_rumi", "b_jw_two", "b_jw_report", "b_jw_desk", None],
                      publine=["p_jw_terbit", "p_jw_ar", "p_jw_iso"], update=0.3, counter=0.4, meta_join=0.3,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_caption", "dup"],
                      caption=0.7, caption_fmt=["c_jw"], headings=0.35, heading_fmt=["h_jw", "h_plain"],
                      dateline=["dl_orn", None], mid=[("jw_baca", 0.5), ("jw_video", 0.3)],
                      after=[("jw_tags", 0.55), ("jw_src", 0.5), ("jw_share", 0.65), ("jw_related", 0.55),
                             ("jw_comments", 0.35), ("jw_news", 0.3)],
                      footer=["f_jw"], layout=["blank", "blank", "single"], body_noise=[None, None, "quad"]),
    "fresh24_2": dict(site="ug", pre=[("ug_notify", 0.35)],
                      header=[("ug_lang", 0.7), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.85),
                              ("ug_weather", 0.5), ("ug_breaking", 0.45)],
                      widget=["w_ug_native", "w_ug_latin", "w_ug_pair"], kicker=0.4,
                      title_form=["plain", "plain", "tab", "crumb"], title_noise=[None, None, "tatweel"],
                      byline=["b_ug_reporter", "b_ug_ar", "b_ug_two", "b_ug_trans", "b_ug_desk", None],
                      publine=["p_ug_native", "p_ug_ar", "p_ug_native", "p_ug_rel"], update=0.3, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_meta"],
                      caption=0.7, caption_fmt=["c_ug"], headings=0.35, heading_fmt=["h_ug"],
                      dateline=["dl_lead", None], mid=[("ug_audio", 0.45), ("ug_also", 0.45)],
                      after=[("ug_tags", 0.5), ("ug_src", 0.45), ("ug_share", 0.65), ("ug_related", 0.55),
                             ("ug_comments", 0.4), ("ug_news", 0.3)],
                      footer=["f_ug"], layout=["blank", "rule"], body_noise=[None, "zwsp_end"], crlf=0.2),
    "fresh24_3": dict(site="sn", pre=[("sn_cookie", 0.35), ("sn_radio", 0.25)],
                      header=[("sn_magal", 0.5), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("sn_fcfa", 0.45)],
                      widget=["w_sn_wolof", "w_sn_fr_hij", "w_sn_ar_temp"], kicker=0.4,
                      title_form=["plain", "plain", "repeat", "tab"], title_noise=[None, None, "pf"],
                      byline=["b_sn_bind", "b_sn_corr", "b_sn_two", "b_sn_ar", "b_sn_desk", None],
                      publine=["p_sn_wolof", "p_sn_fr", "p_sn_ar"], update=0.3, counter=0.4,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_caption", "dup"],
                      caption=0.7, caption_fmt=["c_sn"], headings=0.35, heading_fmt=["h_sn"],
                      dateline=["dl_slash", "dl_orn", None], mid=[("sn_jangal", 0.5), ("sn_wa", 0.35)],
                      after=[("sn_lamb", 0.3), ("sn_foot", 0.25), ("sn_tags", 0.5), ("sn_src", 0.45),
                             ("sn_share", 0.6), ("sn_related", 0.5), ("sn_comments", 0.4)],
                      footer=["f_sn"], layout=["blank"], body_noise=[None, "quad"], bom=0.25),
    "fresh24_4": dict(site="as", pre=[("as_alert", 0.4)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 0.75), ("as_moon", 0.5),
                              ("as_sun", 0.35), ("as_sky", 0.3)],
                      widget=["w_as_triple", "w_as_jd", "w_as_lunar"], kicker=0.5,
                      title_form=["plain", "plain", "crumb", "tab"], title_noise=[None],
                      byline=["b_as_falaki", "b_as_obs", "b_as_two", "b_as_member", "b_as_desk", None],
                      publine=["p_as_ut", "p_as_triple", "p_as_lunar"], update=0.35, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_meta"],
                      caption=0.75, caption_fmt=["c_as"], headings=0.4, heading_fmt=["h_as", "h_plain"],
                      dateline=["dl_orn", None], mid=[("as_live", 0.4), ("as_table", 0.3)],
                      after=[("as_calendar", 0.3), ("as_tags", 0.5), ("as_src", 0.5), ("as_share", 0.45),
                             ("as_related", 0.35), ("as_comments", 0.3), ("as_news", 0.2)],
                      footer=["f_as"], layout=["blank", "blank", "single"], body_noise=[None]),
    "fresh24_5": dict(site="sh", pre=[("sh_navarea", 0.35)],
                      header=[("sh_ticker", 0.7), ("site_name", 1.0), ("widget", 0.8), ("nav", 0.9),
                              ("sh_bunker", 0.45)],
                      widget=["w_sh_dtg", "w_sh_ar", "w_sh_compact"], kicker=0.5,
                      title_form=["plain", "crumb", "repeat", "tab"], title_noise=[None, None, "quad"],
                      byline=["b_sh_marine", "b_sh_capt", "b_sh_two", "b_sh_desk", None],
                      publine=["p_sh_dtg", "p_sh_en", "p_sh_ar"], update=0.3, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_caption", "dup"],
                      caption=0.75, caption_fmt=["c_sh"], headings=0.45, heading_fmt=["h_sh"],
                      dateline=["dl_lead", "dl_slash", None], mid=[("sh_eta", 0.45), ("sh_weather", 0.4)],
                      after=[("sh_ports", 0.45), ("sh_jobs", 0.35), ("sh_tags", 0.5), ("sh_src", 0.5),
                             ("sh_share", 0.55), ("sh_related", 0.5)],
                      footer=["f_sh"], layout=["blank", "indent"], body_noise=[None, "zwsp_end"], crlf=0.2),
    "fresh24_6": dict(site="pg", pre=[("pg_access", 0.5)],
                      header=[("site_name", 1.0), ("pg_cols", 0.6), ("widget", 0.85), ("pg_tools", 0.6)],
                      widget=["w_pg_words", "w_pg_after", "w_pg_cols"], kicker=0.45,
                      title_form=["plain", "plain", "crumb", "repeat"], title_noise=[None, None, "rlo"],
                      byline=["b_pg_after", "b_pg_essay", "b_pg_two", "b_pg_interview", "b_pg_desk", None],
                      publine=["p_pg_after", "p_pg_words", "p_pg_mfirst"], update=0.3, counter=0.5, meta_join=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_meta", "after_caption"],
                      caption=0.65, caption_fmt=["c_pg"], headings=0.5, heading_fmt=["h_pg"],
                      dateline=[None], mid=[("pg_pages", 0.75), ("pg_quote_link", 0.35)],
                      after=[("pg_issue", 0.35), ("pg_tags", 0.5), ("pg_src", 0.45), ("pg_share", 0.5),
                             ("pg_related", 0.4), ("pg_news", 0.35), ("pg_comments", 0.35)],
                      footer=["f_pg"], layout=["blank", "indent", "single"], body_noise=[None, "quad"], bom=0.2),
    "fresh24_7": dict(site="et", pre=[("et_app", 0.4)],
                      header=[("et_lang", 0.7), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.85),
                              ("et_birr", 0.5)],
                      widget=["w_et_native", "w_et_pair", "w_et_ar"], kicker=0.4,
                      title_form=["plain", "plain", "tab", "repeat"], title_noise=[None, None, "tatweel"],
                      byline=["b_et_zegabi", "b_et_ar", "b_et_two", "b_et_photo", "b_et_desk", None],
                      publine=["p_et_native", "p_et_ar", "p_et_dots"], update=0.3, counter=0.4,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_caption", "after_meta"],
                      caption=0.7, caption_fmt=["c_et"], headings=0.35, heading_fmt=["h_et"],
                      dateline=["dl_slash", None], mid=[("et_also", 0.5), ("et_audio", 0.35)],
                      after=[("et_athletics", 0.4), ("et_tags", 0.5), ("et_src", 0.45), ("et_share", 0.6),
                             ("et_related", 0.5), ("et_comments", 0.4)],
                      footer=["f_et"], layout=["blank", "rule"], body_noise=[None, "zwsp_end"], crlf=0.15),
    "fresh24_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["jw_lang", "ug_lang", "et_lang", "sh_ticker", "sn_magal", "site_name", "pg_cols", "widget",
                "jw_prayer", "nav", "jw_rates", "ug_weather", "ug_breaking", "sn_fcfa", "as_moon", "as_sun",
                "as_sky", "sh_bunker", "pg_tools", "et_birr"]
HEAD_POOL = ["jw_lang", "ug_lang", "et_lang", "sh_ticker", "sn_magal", "pg_cols", "jw_prayer", "jw_rates",
             "ug_weather", "ug_breaking", "sn_fcfa", "as_moon", "as_sun", "as_sky", "sh_bunker", "pg_tools",
             "et_birr"]
PRE_POOL = ["jw_app", "ug_notify", "sn_cookie", "sn_radio", "as_alert", "sh_navarea", "pg_access", "et_app"]
MID_POOL = ["jw_baca", "jw_video", "ug_audio", "ug_also", "sn_jangal", "sn_wa", "as_live", "as_table", "sh_eta",
            "sh_weather", "pg_quote_link", "et_also", "et_audio"]
AFTER_POOL = ["jw_tags", "jw_src", "jw_share", "jw_related", "jw_comments", "jw_news", "ug_tags", "ug_src",
              "ug_share", "ug_related", "ug_comments", "ug_news", "sn_lamb", "sn_foot", "sn_tags", "sn_src",
              "sn_share", "sn_related", "sn_comments", "as_calendar", "as_tags", "as_src", "as_share",
              "as_related", "as_comments", "as_news", "sh_ports", "sh_jobs", "sh_tags", "sh_src", "sh_share",
              "sh_related", "pg_issue", "pg_tags", "pg_src", "pg_share", "pg_related", "pg_news", "pg_comments",
              "et_athletics", "et_tags", "et_src", "et_share", "et_related", "et_comments"]
CHOICES = dict(widget=["w_jw_pair", "w_jw_greg", "w_jw_num", "w_ug_native", "w_ug_latin", "w_ug_pair",
                       "w_sn_wolof", "w_sn_fr_hij", "w_sn_ar_temp", "w_as_triple", "w_as_jd", "w_as_lunar",
                       "w_sh_dtg", "w_sh_ar", "w_sh_compact", "w_pg_words", "w_pg_after", "w_pg_cols",
                       "w_et_native", "w_et_pair", "w_et_ar", None],
               byline=["b_jw_oleh", "b_jw_rumi", "b_jw_two", "b_jw_report", "b_jw_desk", "b_ug_reporter", "b_ug_ar",
                       "b_ug_two", "b_ug_trans", "b_ug_desk", "b_sn_bind", "b_sn_corr", "b_sn_two", "b_sn_ar",
                       "b_sn_desk", "b_as_falaki", "b_as_obs", "b_as_two", "b_as_member", "b_as_desk",
                       "b_sh_marine", "b_sh_capt", "b_sh_two", "b_sh_desk", "b_pg_after", "b_pg_essay", "b_pg_two",
                       "b_pg_interview", "b_pg_desk", "b_et_zegabi", "b_et_ar", "b_et_two", "b_et_photo",
                       "b_et_desk", None],
               publine=["p_jw_terbit", "p_jw_ar", "p_jw_iso", "p_ug_native", "p_ug_ar", "p_ug_rel", "p_sn_wolof",
                        "p_sn_fr", "p_sn_ar", "p_as_ut", "p_as_triple", "p_as_lunar", "p_sh_dtg", "p_sh_en",
                        "p_sh_ar", "p_pg_after", "p_pg_words", "p_pg_mfirst", "p_et_native", "p_et_ar", "p_et_dots",
                        None],
               caption_fmt=["c_jw", "c_ug", "c_sn", "c_as", "c_sh", "c_pg", "c_et"],
               lede_place=["deck", "after_meta", "after_caption", "label_inline", "label_line", "dup"],
               heading_fmt=["h_plain", "h_jw", "h_ug", "h_sn", "h_as", "h_sh", "h_pg", "h_et"],
               dateline=["dl_orn", "dl_lead", "dl_slash", None],
               footer=["f_jw", "f_ug", "f_sn", "f_as", "f_sh", "f_pg", "f_et", None],
               body_noise=[None, "quad", "zwsp_end"],
               title_noise=[None, "rlo", "tatweel", "pf", "quad"],
               title_form=["plain", "tab", "crumb", "repeat"])
BASES = [f"fresh24_{k}" for k in range(1, 8)]


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
    spec["update"] = rng.choice([0.0, 0.4])
    spec["counter"] = rng.choice([0.0, 0.5])
    spec["meta_join"] = rng.choice([0.0, 0.0, 0.5])
    spec["caption"] = 0.65
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["headings"] = 0.4
    own = [h for h, _ in spec["header"] if h not in HEAD_POOL]
    extra = [h for h in HEAD_POOL if rng.random() < 0.07]
    names = own + extra + ["site_name", "widget", "nav"]
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    pre = [p for p in PRE_POOL if rng.random() < 0.1]
    spec["pre"] = [(p, 1.0) for p in pre[:2]]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["mid"] = [(m, 0.1) for m in MID_POOL] + [("pg_pages", rng.choice([0.0, 0.0, 0.6]))]
    after = [a for a in AFTER_POOL if rng.random() < 0.08]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["layout"] = [rng.choice(["blank", "blank", "single", "rule", "indent"])]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    hy, hmo, hd = G.hijri(d)
    if fmt == "w_jw_pair":
        return [f"{JW_WD[wk]}، {ind(hd)} {JW_HIJ[hmo - 1]} {ind(hy)}ه | {ind(day)} {JW_MON[m]} {ind(y)}م"]
    if fmt == "w_jw_greg":
        return [f"{JW_WD[wk]}، {ind(day)} {JW_MON[m]} {ind(y)}"]
    if fmt == "w_jw_num":
        return [f"📆 {ind(f'{day:02d}.{m + 1:02d}.{y}')} «{JW_WD[wk]}»"]
    if fmt == "w_ug_native":
        return [f"{y}-يىلى {day}-{UG_MON[m]}، {UG_WD[wk]}"]
    if fmt == "w_ug_latin":
        return [f"{day}-{ULY_MON[m]}, {y}-yili, {ULY_WD[wk]}"]
    if fmt == "w_ug_pair":
        return [f"{UG_WD[wk]} {day}-{UG_MON[m]} ⇋ {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_sn_wolof":
        return [f"{WO_WD[wk]} {day} {WO_MON[m]} {y}"]
    if fmt == "w_sn_fr_hij":
        return [f"{FR_WD[wk].capitalize()} {day:02d}.{m + 1:02d}.{y} — {hd} {FR_HIJ[hmo - 1]} {hy} de l'Hégire"]
    if fmt == "w_sn_ar_temp":
        return [f"{wd} {day} {G.EG[m]} {y} ∙ {ctx['city']} {rng.randint(24, 39)}°"]
    if fmt == "w_as_triple":
        jy, jm, jd = jalali(d)
        return [f"{FA_WD[wk]} {fa(jd)} {FA_MON[jm - 1]} {fa(jy)} هـ.ش | {hd} {G.HIJ[hmo - 1]} {hy} هـ.ق | "
                f"{day} {G.EG[m]} {y} م"]
    if fmt == "w_as_jd":
        return [f"{wd} {day:02d}/{m + 1:02d}/{y} · اليوم اليولياني {jdn(d)}"]
    if fmt == "w_as_lunar":
        age, _, _ = moon(d)
        return [f"{hd} {G.HIJ[hmo - 1]} {hy} هـ (حسابيًا) {phase_mark(age)} {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_sh_dtg":
        return [f"{EN_WD3[wk]} {day:02d} {EN_MON3[m]} {y} | {rng.randint(0, 23):02d}{rng.randint(0, 59):02d}Z"]
    if fmt == "w_sh_ar":
        return [f"{wd} {ind(day)} {G.EG[m]} {ind(y)} | {ind(hm(rng.randint(0, 23), rng.randint(0, 59)))} UTC"]
    if fmt == "w_sh_compact":
        return [f"{day:02d}{EN_MON3[m]}{y % 100:02d} · {wd}"]
    if fmt == "w_pg_words":
        return [f"{wd} {day} {G.LEV[m]} سنة {year_words(y)}"]
    if fmt == "w_pg_after":
        return [f"{wd} {y}/{m + 1:02d}/{day:02d} ‹ تاريخ اليوم"]
    if fmt == "w_pg_cols":
        sp = " " * rng.randint(6, 14)
        return [f"{wd} {day} {G.EG[m]} {y}{sp}الطقس: {ctx['city']} {rng.randint(18, 44)}°{sp}النسخة الورقية ⇐ اشترك"]
    ey, em, ed = ethiopian(d)
    if fmt == "w_et_native":
        return [f"{AM_WD[wk]} {AM_MON[em - 1]} {ed} ቀን {ey} ዓ.ም"]
    if fmt == "w_et_pair":
        return [f"{AM_WD[wk]}፣ {AM_MON[em - 1]} {ed}/{ey} ዓ.ም ‖ {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_et_ar":
        return [f"{wd} {day} {G.EG[m]} {y} ({ed} {ET_AR_MON[em - 1]} {ey} بالتقويم الإثيوبي)"]
    raise ValueError(fmt)


def rel_ug(pub, tm, crawl, rng):
    gap = (crawl - pub).days
    if gap == 0:
        top = max(1, min(9, 23 - tm[0])) if tm and tm[0] < 23 else 3
        return f"{rng.randint(1, top)} سائەت ئىلگىرى"
    if gap == 1:
        return "تۈنۈگۈن"
    return f"{gap} كۈن ئىلگىرى"


def fmt_publine(fmt, d, tm, rng, ctx):
    """Where and how the publication date shows: dict(meta=[meta lines], value=published truth or None)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(meta=[], value=full, fmt=fmt)
    hh, mi = tm if tm else (0, 0)
    clock = hm(hh, mi)
    if fmt == "p_jw_terbit":
        out["meta"] = [f"دتربيتکن: {JW_WD[wk]}، {ind(day)} {JW_MON[m]} {ind(y)}" +
                       (f" — {ind(G.h12(hh))}:{ind(f'{mi:02d}')} {jw_period(hh)}" if tm else "")]
    elif fmt == "p_jw_ar":
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"نُشر: {ind(day)} {G.EG[m]} {ind(y)} ({ind(hd)} {G.HIJ[hmo - 1]} {ind(hy)}هـ)" +
                       (f" – {ind(clock)} بتوقيت {ctx['city']}" if tm else "")]
    elif fmt == "p_jw_iso":
        out["meta"] = [f"⏲ {ind(d.isoformat())}" + (f" {ind(clock)}" if tm else "")]
    elif fmt == "p_ug_native":
        out["meta"] = [f"ئېلان قىلىنغان ۋاقتى: {d.isoformat()}" + (f" {clock}" if tm else "")]
    elif fmt == "p_ug_ar":
        out["meta"] = [f"نُشر في {day} {G.EG[m]} {y}" + (f" عند {clock} بتوقيت إسطنبول" if tm else "")]
    elif fmt == "p_ug_rel":
        out["value"] = None
        out["meta"] = [f"🕓 {rel_ug(d, tm, ctx['crawl'], rng)}"]
    elif fmt == "p_sn_wolof":
        out["meta"] = [f"Siiwal nañu ko {WO_WD[wk]} {day} {WO_MON[m]} {y}" + (f", ci {clock} GMT" if tm else "")]
    elif fmt == "p_sn_fr":
        out["meta"] = [f"Mis en ligne le {FR_WD[wk]} {day} {FR_MON[m]} {y}" + (f" • {clock} TU" if tm else "")]
    elif fmt == "p_sn_ar":
        out["meta"] = [f"نُشر الخبر: {day} {G.EG[m]} {y}" + (f" | {clock} (بتوقيت غرينتش)" if tm else "")]
    elif fmt == "p_as_ut":
        out["meta"] = [f"نُشر: {d.isoformat()}" + (f" | {clock} (UT+3)" if tm else "")]
    elif fmt == "p_as_triple":
        jy, jm, jd = jalali(d)
        out["meta"] = [f"{fa(jd)} {FA_MON[jm - 1]} {fa(jy)} — {day} {G.EG[m]} {y}" + (f" — {clock}" if tm else "")]
    elif fmt == "p_as_lunar":
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"تاريخ النشر: {hd} {G.HIJ[hmo - 1]} {hy} هـ ⇐ {day}/{m + 1}/{y} م" +
                       (f" ⇐ {clock}" if tm else "")]
    elif fmt == "p_sh_dtg":
        out["meta"] = [f"DTG: {day:02d}{hh:02d}{mi:02d}C {EN_MON3[m]} {y % 100:02d}" if tm else
                       f"DTG: {day:02d} {EN_MON3[m]} {y % 100:02d}"]
    elif fmt == "p_sh_en":
        out["meta"] = [f"Posted {day:02d}-{EN_MON3[m]}-{y}" + (f" / {clock} LT" if tm else "")]
    elif fmt == "p_sh_ar":
        out["meta"] = [f"تاريخ البلاغ: {day} {G.EG[m]} {y}" + (f" — الساعة {clock} بالتوقيت المحلي" if tm else "")]
    elif fmt == "p_pg_after":
        out["meta"] = [(f"{clock} — " if tm else "") + f"{y}/{m + 1:02d}/{day:02d} :نُشر في"]
    elif fmt == "p_pg_words":
        out["meta"] = [f"نُشر يوم {wd} {day} {G.LEV[m]} سنة {year_words(y)}" + (f"، الساعة {clock}" if tm else "")]
    elif fmt == "p_pg_mfirst":
        out["meta"] = [f"نُشر في {G.EG[m]} {day}، {y}" +
                       (f" - {G.h12(hh)}:{mi:02d} {'ص' if hh < 12 else 'م'}" if tm else "")]
    elif fmt == "p_et_native":
        ey, em, ed = ethiopian(d)
        out["meta"] = [f"የተለጠፈበት ቀን: {AM_MON[em - 1]} {ed}/{ey} ዓ.ም ({day:02d}/{m + 1:02d}/{y})" +
                       (f" — {clock}" if tm else "")]
    elif fmt == "p_et_ar":
        out["meta"] = [f"نُشر بتاريخ {day:02d}-{m + 1:02d}-{y}" + (f" الساعة {clock} بتوقيت أديس أبابا" if tm else "")]
    elif fmt == "p_et_dots":
        out["meta"] = [(f"⌚ {clock} ‖ " if tm else "⌚ ") + f"{day:02d}·{m + 1:02d}·{y}"]
    else:
        raise ValueError(fmt)
    return out


UPDATE_OF = {"p_jw_terbit": "u_jw", "p_jw_ar": "u_jw", "p_jw_iso": "u_jw", "p_ug_native": "u_ug", "p_ug_ar": "u_ug",
             "p_sn_wolof": "u_sn", "p_sn_fr": "u_sn_fr", "p_sn_ar": "u_sn", "p_as_ut": "u_as", "p_as_triple": "u_as",
             "p_as_lunar": "u_as", "p_sh_dtg": "u_sh_dtg", "p_sh_en": "u_sh", "p_sh_ar": "u_sh",
             "p_pg_after": "u_pg", "p_pg_words": "u_pg", "p_pg_mfirst": "u_pg", "p_et_native": "u_et",
             "p_et_ar": "u_et", "p_et_dots": "u_et"}


def fmt_update(ufmt, pub, tm, crawl, rng):
    """(text, modified truth) of an update no later than the crawl day; (None, None) without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 30)))
    d, hh, mi = u.date(), u.hour, u.minute
    val = f"{d.isoformat()}T{hm(hh, mi)}"
    if ufmt == "u_jw":
        line = f"دکمس کيني: {ind(d.day)} {JW_MON[d.month - 1]} {ind(d.year)}، {ind(G.h12(hh))}:{ind(f'{mi:02d}')} " \
               f"{jw_period(hh)}"
    elif ufmt == "u_ug":
        line = f"يېڭىلانغان ۋاقتى: {d.isoformat()} {hm(hh, mi)}"
    elif ufmt == "u_sn":
        line = f"Yeesal nañu ko: {d.day:02d}/{d.month:02d}/{d.year} – {hm(hh, mi)}"
    elif ufmt == "u_sn_fr":
        line = f"Dernière retouche le {d.day:02d}/{d.month:02d}/{d.year} • {hm(hh, mi)} TU"
    elif ufmt == "u_as":
        line = f"آخر مراجعة علمية: {d.day:02d}/{d.month:02d}/{d.year} {hm(hh, mi)}"
    elif ufmt == "u_sh_dtg":
        line = f"AMD: {d.day:02d}{hh:02d}{mi:02d}C {EN_MON3[d.month - 1]} {d.year % 100:02d}"
    elif ufmt == "u_sh":
        line = f"Amended {d.day:02d}-{EN_MON3[d.month - 1]}-{d.year} / {hm(hh, mi)} LT"
    elif ufmt == "u_pg":
        line = f"{hm(hh, mi)} — {d.year}/{d.month:02d}/{d.day:02d} :آخر تعديل"
    else:
        line = f"የተሻሻለው: {d.day:02d}/{d.month:02d}/{d.year} {hm(hh, mi)}"
    return line, val


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


def body_noise(text, kind, rng):
    if kind == "quad":
        return "".join(rng.choice(QUAD) if c == " " and rng.random() < 0.1 else c for c in text)
    if kind == "zwsp_end":
        return text + ZWSP * rng.randint(1, 2)
    return text


def title_noise(title, kind, rng):
    if kind == "rlo":
        return "\u202e" + title + "\u202c"
    if kind == "tatweel":
        return G.add_tatweel(title, rng)
    if kind == "pf" and not re.search("[\u064b-\u0652]", title):
        return G.presentation_forms(title)
    if kind == "quad":
        return "".join(rng.choice(QUAD) if c == " " and rng.random() < 0.3 else c for c in title)
    return title


def heading_lines(h, fmt):
    if fmt == "h_pg":
        return [f"{h} ◂"]
    mark = HEAD_MARK.get(fmt)
    return [f"{mark} {h}"] if mark else [h]


def caption_lines(cfmt, cap, credit):
    if cfmt == "c_jw":
        return [f"{cap} — ݢمبر: {credit}"]
    if cfmt == "c_ug":
        return [f"{cap} | سۈرەت: {credit}"]
    if cfmt == "c_sn":
        return [f"{cap} (Nataal : {credit})"]
    if cfmt == "c_as":
        return [f"{cap} ⁄ التقاط: {credit}"]
    if cfmt == "c_sh":
        return [f"{cap} — ⚓ صورة: {credit}"]
    if cfmt == "c_pg":
        return [f"{cap} ⌁ {credit} ©"]
    if cfmt == "c_et":
        return [f"{cap} • ፎቶ: {credit}"]
    raise ValueError(cfmt)


def apply_dateline(form, doc, paras, truth, comp):
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl
    if form == "dl_orn":
        paras[0] = f"{place} \ufd3f{rest}\ufd3e: {paras[0]}"
    elif form == "dl_lead":
        paras[0] = f"[{rest}] {place} ‒ {paras[0]}"
    else:
        paras[0] = f"{place} ⁄ {rest} — {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl


def future(d, rng, lo, hi):
    return d + datetime.timedelta(days=rng.randint(lo, hi))


def byline(bfmt, rng, ctx):
    """(meta lines, authors) of a byline format."""
    key = bfmt.split("_")[1]
    people = AR_PEOPLE[key]
    name, name2 = rng.sample(people, 2)
    if bfmt == "b_jw_oleh":
        who = rng.choice(JW_NAMES)
        return [f"اوليه: {who}"], [who]
    if bfmt == "b_jw_rumi":
        who = rng.choice(RUMI_NAMES)
        return [f"Oleh: {who}"], [who]
    if bfmt == "b_jw_two":
        a, b = rng.sample(JW_NAMES, 2)
        return [f"{a} دان {b}"], [a, b]
    if bfmt == "b_jw_report":
        return [f"لاڤورن: {name}، ڤمبريتا کامي دي {ctx['city']}"], [name]
    if bfmt == "b_jw_desk":
        return ["ميجا بريتا"], []
    if bfmt == "b_ug_reporter":
        who = rng.choice(UG_NAMES)
        return [f"مۇخبىر: {who}"], [who]
    if bfmt == "b_ug_ar":
        return [f"كتبه: {name}، من {ctx['city']}"], [name]
    if bfmt == "b_ug_two":
        a, b = rng.sample(UG_NAMES, 2)
        return [f"{a} ۋە {b}"], [a, b]
    if bfmt == "b_ug_trans":
        who = rng.choice(UG_NAMES)
        return [f"تەييارلىغۇچى: {who} | ترجمة: {name}"], [who]
    if bfmt == "b_ug_desk":
        return ["تەھرىر بۆلۈمى"], []
    if bfmt == "b_sn_bind":
        who = rng.choice(WO_NAMES)
        return [f"Ki ko bind: {who}"], [who]
    if bfmt == "b_sn_corr":
        who = rng.choice(WO_NAMES)
        return [f"De notre correspondant à Touba, {who}"], [who]
    if bfmt == "b_sn_two":
        a, b = rng.sample(WO_NAMES, 2)
        return [f"{a} ak {b}"], [a, b]
    if bfmt == "b_sn_ar":
        return [f"حرّره: {name}"], [name]
    if bfmt == "b_sn_desk":
        return ["La Rédaction"], []
    if bfmt == "b_as_falaki":
        return [f"إعداد الفلكي {name}"], [name]
    if bfmt == "b_as_obs":
        return [f"رصد: {name2} | كتابة: {name}"], [name]
    if bfmt == "b_as_two":
        return [f"{name} و{name2}"], [name, name2]
    if bfmt == "b_as_member":
        return [f"{name} — عضو الاتحاد العربي لعلوم الفضاء والفلك"], [name]
    if bfmt == "b_as_desk":
        return ["قسم الأخبار الفلكية"], []
    if bfmt == "b_sh_marine":
        return [f"المحرر البحري: {name}"], [name]
    if bfmt == "b_sh_capt":
        return [f"بقلم الربّان {name}"], [name]
    if bfmt == "b_sh_two":
        return [f"{name} و{name2} — قسم الموانئ"], [name, name2]
    if bfmt == "b_sh_desk":
        return ["غرفة الأخبار البحرية"], []
    if bfmt == "b_pg_after":
        return [f"{name} ‹ الكاتب"], [name]
    if bfmt == "b_pg_essay":
        return [f"مقالة بقلم: {name}"], [name]
    if bfmt == "b_pg_two":
        return [f"{name} / {name2}"], [name, name2]
    if bfmt == "b_pg_interview":
        return [f"حاورته: {name}"], [name]
    if bfmt == "b_pg_desk":
        return ["أسرة التحرير"], []
    if bfmt == "b_et_zegabi":
        who = rng.choice(AM_NAMES)
        return [f"ዘጋቢ: {who}"], [who]
    if bfmt == "b_et_ar":
        return [f"تقرير: {name} – {ctx['city']}"], [name]
    if bfmt == "b_et_two":
        a, b = rng.sample(AM_NAMES, 2)
        return [f"{a} እና {b}"], [a, b]
    if bfmt == "b_et_photo":
        return [f"{name} | ፎቶ: {name2}"], [name]
    if bfmt == "b_et_desk":
        return ["የዜና ክፍል"], []
    raise ValueError(bfmt)


def counter_line(key, n):
    return {"jw": f"دباچ {ind(n * 137)} کالي", "ug": f"👁 كۆرۈلۈشى: {n * 91}", "sn": f"Jàngees na ko {n * 77} yoon",
            "as": f"⭐ {n * 23} قارئًا أضافوا الخبر إلى المفضلة", "sh": f"⚓ {n * 41} متابعًا لهذا الخبر",
            "pg": f"⏳ وقت القراءة: {n + 3} دقائق · أكملت 0٪", "et": f"👁 {n * 53} ጊዜ ተነቧል"}[key]


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
    ctx = dict(key=key, city=city, crawl=crawl, site=site)
    tform = pick("title_form")

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine")
    if not pub:
        pfmt = None
    pinfo = fmt_publine(pfmt, pub, tm, rng, ctx) if pfmt else None
    comp["publine"] = pinfo["fmt"] if pinfo else None
    if pinfo:
        truth["published"] = pinfo["value"]
    nkind = pick("body_noise")

    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dup = lede_place == "dup"
    if dup:
        dform = None
    dl = apply_dateline(dform, doc, paras, truth, comp) if (not summary or summary != paras[0]) else None
    dl_used = dl is not None
    if dup and summary and lede_mode == "promoted":
        paras.insert(0, summary)  # the first paragraph printed as a deck and again at the body's head

    if tform == "tab":
        add("tab", [f"{site} ◇ {title}" if key in ("ug", "as") else f"{title} ⟫ {site}"])

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "jw_app":
            add("app", ["📱 مويت تورون اڤليکاسي کامي — App Store · Google Play · AppGallery", "توتوڤ ✕"])
        elif pname == "ug_notify":
            add("notify", ["🔔 يېڭى خەۋەرلەردىن خەۋەردار بولۇش ئۈچۈن ئۇقتۇرۇشنى قوزغىتىڭ", "ھەئە", "ياق، رەھمەت"])
        elif pname == "sn_cookie":
            add("cookie", ["Dinañu jëfandikoo ay cookies ngir gën a baax sa jàng. En poursuivant, vous acceptez "
                           "leur utilisation.", "Waaw, dëgg la", "Paramètres"])
        elif pname == "sn_radio":
            add("radio", [f"📻 Radio {site} — ci jonn ji (en direct) ▶ Déglu", "إذاعة القرآن والقصائد على مدار الساعة"])
        elif pname == "as_alert":
            a = future(crawl, rng, 2, 20)
            add("alert", [f"☄ تنبيه: {rng.choice(AS_EVENTS)} ليلة {G.WD[a.weekday()]} {a.day} {G.EG[a.month - 1]} — "
                          "جهّز منظارك!"])
        elif pname == "sh_navarea":
            a = future(crawl, rng, 2, 12)
            add("navarea", [f"⚠ NAVAREA IX {rng.randint(100, 480)}/{year % 100:02d} — تحذير ملاحي: "
                            "تمرين بالذخيرة الحية "
                            f"قرب {rng.choice(['رأس تنورة', 'جزيرة فرسان', 'رأس الحد', 'خليج العقبة'])} حتى "
                            f"{a.day:02d}{EN_MON3[a.month - 1]}{a.year % 100:02d} 1800Z"])
        elif pname == "pg_access":
            add("access", ["♿ أدوات الوصول: تكبير النص ⊕ | تصغير ⊖ | تباين عالٍ ◑ | قارئ الشاشة 🔊 | إيقاف الحركة"])
        elif pname == "et_app":
            add("app", [f"📲 የ{site} መተግበሪያን ያውርዱ — حمّل تطبيقنا من Google Play", "ዝጋ ✕"])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "jw_lang":
            add("lang", ["بهاس ملايو (جاوي) · Bahasa Melayu (Rumi) · العربية · English"])
        elif hname == "ug_lang":
            add("lang", ["ئۇيغۇرچە | Uyghurche | العربية | English | Türkçe"])
        elif hname == "et_lang":
            add("lang", ["አማርኛ | Afaan Oromoo | العربية | English"])
        elif hname == "sh_ticker":
            add("ticker", [f"BDI {rng.randint(900, 2600):,} {rng.choice(['▲', '▼'])} {rng.randint(1, 40) / 10:.1f}% | "
                           f"SCFI {rng.randint(900, 3200):,} {rng.choice(['▲', '▼'])} | برنت "
                           f"{rng.randint(620, 980) / 10:.1f}$ | الحاوية 40 قدمًا شنغهاي–جدة "
                           f"{rng.randint(9, 48) * 100:,}$"])
        elif hname == "sn_magal":
            mg = next_hijri(crawl, 2, 18)
            hy = G.hijri(mg)[0]
            add("magal", [f"⏳ Grand Magal de Touba : J-{(mg - crawl).days} | المغال الكبير: 18 صفر {hy} هـ"])
        elif hname == "site_name":
            add("site_name", [site, tagline] if tagline else [site])
        elif hname == "pg_cols":
            sp = " " * rng.randint(5, 12)
            items = rng.sample(NAV["pg"][1:], 4)
            add("cols", [sp.join([NAV["pg"][0]] + items), f"العدد {rng.randint(90, 420)}{sp}السنة "
                         f"{rng.randint(8, 35)}{sp}الأكثر قراءة ⟵ {others.pop()}"])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "jw_prayer":
            s = rng.randint(0, 25)
            times = [(4, 50 + s // 2), (6, 8 + s // 2), (12, 15 + s // 3), (3, 35 + s // 3), (6, 20 + s // 2),
                     (7, 31 + s // 2)]
            names = ["صبح", "شروق", "ظهر", "عصر", "مغرب", "عشاء"]
            add("prayer", [f"وقتو صلاة — {rng.choice(['بندر سري بݢاون', 'کوالا لومڤور', 'کوتا بهارو'])}: " +
                           " · ".join(f"{n} {ind(h)}:{ind(f'{mi:02d}')}" for n, (h, mi) in zip(names, times))])
        elif hname == "nav":
            vocab = NAV[key]
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(3, len(vocab) - 1))
            if key in ("jw", "et"):
                add("nav", [" ∣ ".join(items)])
            elif key == "sn":
                add("nav", [" ⋅ ".join(items)])
            else:
                add("nav", items)
        elif hname == "jw_rates":
            add("rates", [f"کادر تڤوکرن: 1 BND = {rng.randint(33800, 35600) / 10000:.4f} MYR ▲ | 1 USD = "
                          f"{rng.randint(13100, 13900) / 10000:.4f} BND ▼ | امس 999: RM {rng.randint(280, 390)}/g"])
        elif hname == "ug_weather":
            add("weather", [f"☁ ئۈرۈمچى {rng.randint(-12, 30)}° | قەشقەر {rng.randint(-5, 36)}° | ئىستانبۇل "
                            f"{rng.randint(3, 33)}° | ئالمۇتا {rng.randint(-10, 32)}°"])
        elif hname == "ug_breaking":
            add("breaking", [f"⚡ جىددىي خەۋەر ⟵ {others.pop()}"])
        elif hname == "sn_fcfa":
            usd = f"{rng.randint(5800, 6400) / 10:.1f}".replace(".", ",")
            add("fcfa", [f"💱 1 € = 655,957 FCFA · 1 $ = {usd} FCFA · Or 18 carats : {rng.randint(28, 46)} 000 FCFA/g"])
        elif hname == "as_moon":
            age, illum, nxt = moon(crawl)
            add("moon", [f"{phase_mark(age)} عمر القمر {age:.1f} يومًا | الإضاءة {illum}٪ | المحاق القادم "
                         f"{nxt.day} {G.EG[nxt.month - 1]} {hm(nxt.hour, nxt.minute)} UT"])
        elif hname == "as_sun":
            sr, ss = (5, rng.randint(0, 59)), (18, rng.randint(0, 59))
            add("sun", [f"☀ الشروق {hm(*sr)} | الغروب {hm(*ss)} | مكث الهلال {rng.randint(5, 60)} دقيقة"])
        elif hname == "as_sky":
            add("sky", [f"حالة السماء الليلة: {rng.choice(['صافية', 'غائمة جزئيًا', 'غبار خفيف'])} ✦ التلوث الضوئي: "
                        f"{rng.randint(2, 8)} على مقياس بورتل"])
        elif hname == "sh_bunker":
            add("bunker", [f"⛽ وقود السفن (دولار/طن): VLSFO الفجيرة {rng.randint(540, 690)} | جدة "
                           f"{rng.randint(560, 710)} | سنغافورة {rng.randint(520, 680)} | MGO "
                           f"{rng.randint(700, 990)}"])
        elif hname == "pg_tools":
            add("tools", ["حجم الخط: أ− | أ | أ+", "🖶 طباعة    ✉ إرسال    🔖 حفظ للقراءة لاحقًا"])
        elif hname == "et_birr":
            add("birr", [f"💵 የምንዛሬ ተመን: 1 USD = {rng.randint(5200, 12500) / 100:.2f} ብር | 1 SAR = "
                         f"{rng.randint(1390, 3300) / 100:.2f} ብር | 1 AED = {rng.randint(1420, 3400) / 100:.2f} ብር"])
        comp.setdefault("header", []).append(hname)

    # the article's head
    tnoise = pick("title_noise")
    shown_title = title_noise(title, tnoise, rng)

    cap_group = None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        ckey = cfmt[2:]
        cap = rng.choice(CAPTIONS[key])
        credit = rng.choice(CREDITS[ckey]).replace("SITE", site)
        truth["images"].append({"caption": cap, "credit": credit})
        cap_group = caption_lines(cfmt, cap, credit)

    kicker = KICKER[key].format(s=section) if rng.random() < spec["kicker"] else None

    # meta lines
    meta, authors = byline(bfmt, rng, ctx) if bfmt else ([], [])
    if pinfo:
        meta += pinfo["meta"]
        ufmt = UPDATE_OF.get(pinfo["fmt"])
        if ufmt and pinfo["value"] and rng.random() < spec["update"]:
            line, mod = fmt_update(ufmt, pub, tm, crawl, rng)
            if line:
                meta.append(line)
                truth["modified"] = mod
                comp["update"] = True
    truth["authors"] = authors
    if rng.random() < spec["counter"]:
        meta.append(counter_line(key, rng.randint(2, 12)))
    if len(meta) > 1 and rng.random() < spec["meta_join"]:
        meta = [(" ∣ " if key == "jw" else " ⸱ ").join(meta)]
        comp["meta_join"] = True

    label = LEDE_LABEL[key]
    labelled = ("label_inline", "label_line")
    if tform == "crumb":
        cut = title.split()
        crumb = [HOME[key], section]
        if len(cut) > 6:
            crumb.append(" ".join(cut[:4]) + "…")
        add("crumb", [CRUMB_SEP[key].join(crumb)])
    if kicker:
        add("kicker", [kicker])
    add("title", [shown_title], chrome=False)
    if summary and lede_place in ("deck", "dup"):
        add("lede", [summary], chrome=False)
    if meta:
        add("meta", meta)
    if tform == "repeat":
        add("title_repeat", [title])
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
    if summary and lede_mode in ("promoted", "abstract") and lede_place not in labelled and not dl_used \
            and groups[-1]["kind"] == "lede":
        # nothing sets it apart from the body: it reads as the first paragraph
        groups.pop()
        if not (dup and lede_mode == "promoted"):
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
    spots = [i for i in range(1, len(blocks)) if blocks[i - 1]["type"] == "paragraph"]
    positions = {}
    for mname in mids:
        if mname == "pg_pages":
            continue
        if spots:
            positions.setdefault(rng.choice(spots), []).append(mname)
    pages = {}
    if "pg_pages" in mids and len(spots) >= 2:
        breaks = sorted(rng.sample(spots, min(len(spots), rng.randint(1, 2))))
        n_pages = len(breaks) + 1
        for k, i in enumerate(breaks, 1):
            pages[i] = (k, n_pages)
    hfmt = pick("heading_fmt")
    page_marks = {}
    for i, b in enumerate(blocks):
        if i in pages:
            k, n_pages = pages[i]
            nums = " · ".join(str(x) for x in range(1, n_pages + 1))
            add("page", [f"— صفحة {k} من {n_pages} —", f"التالي ‹   {nums}"])
            add("page_title", [f"{title} (تابع {k + 1}/{n_pages})"])
            page_marks[i] = True
        for mname in positions.get(i, []):
            if mname == "jw_baca":
                add("also", [f"باچ جوݢ ⟵ {others.pop()}"])
            elif mname == "jw_video":
                add("video", [f"🎬 {others.pop()} · {ind(rng.randint(1, 6))} مينيت"])
            elif mname == "ug_audio":
                add("audio", ["🎧 ئاۋازلىق نۇسخىسى — استمع إلى الخبر", f"▷ 00:00 / {rng.randint(1, 7):02d}:"
                              f"{rng.randint(0, 59):02d}   ⏩ 1.25×"])
            elif mname == "ug_also":
                add("also", [f"ئوقۇڭ ⇦ {others.pop()}"])
            elif mname == "sn_jangal":
                add("also", [f"Jàngal itam ➜ {others.pop()}"])
            elif mname == "sn_wa":
                add("wa", ["📲 Rejoignez notre chaîne WhatsApp — انضموا إلى قناتنا على واتساب"])
            elif mname == "as_live":
                t0 = rng.randint(17 * 60, 20 * 60)
                lines = []
                for ev in rng.sample(AS_LIVE, rng.randint(2, 3)):
                    lines.append(f"🔴 {hm(t0 // 60, t0 % 60)} | {ev}")
                    t0 += rng.randint(4, 25)
                add("live", lines)
            elif mname == "as_table":
                lines = ["نتائج رصد الهلال", "الموقع | الرؤية | الوسيلة"]
                for c in rng.sample(["عمّان", "العين", "الرياض", "القاهرة", "الرباط", "مسقط"], 3):
                    lines.append(f"{c} | {rng.choice(['لم يُرَ', 'رُئي', 'رؤية صعبة'])} | "
                                 f"{rng.choice(['العين المجردة', 'منظار', 'تلسكوب', 'تصوير CCD'])}")
                add("table", lines)
            elif mname == "sh_eta":
                lines = ["السفن المتوقع وصولها", "السفينة | العلم | ETA"]
                for s, flag in rng.sample(SHIPS, 3):
                    a = future(crawl, rng, 0, 4)
                    lines.append(f"{s} | {flag} | {a.day:02d}/{a.month:02d} {rng.randint(0, 23):02d}:00")
                add("eta", lines)
            elif mname == "sh_weather":
                add("marine", [f"🌊 الطقس البحري: رياح {rng.choice(['شمالية غربية', 'جنوبية شرقية', 'شرقية'])} "
                               f"{rng.randint(5, 15)}–{rng.randint(16, 30)} عقدة | الموج "
                               f"{rng.randint(3, 20) / 10:.1f} م | "
                               f"الرؤية {rng.choice(['جيدة', 'متوسطة', 'ضعيفة'])}"])
            elif mname == "pg_quote_link":
                add("pglink", [f"↶ من أرشيف المجلة: {others.pop()}"])
            elif mname == "et_also":
                add("also", [f"ተጨማሪ ያንብቡ ▸ {others.pop()}"])
            elif mname == "et_audio":
                add("audio", [f"🔊 ዜናውን ያዳምጡ ▶ {rng.randint(1, 6):02d}:{rng.randint(0, 59):02d}"])
        if b["type"] == "heading":
            add("heading", heading_lines(b["text"], hfmt), chrome=False)
            continue
        add("body", [body_noise(b["text"], nkind, rng)], chrome=False)
    if page_marks:
        n_pages = len(page_marks) + 1
        add("page", [f"— صفحة {n_pages} من {n_pages} —", "‹ السابق"])

    # after the body
    def src_list(extra_srcs):
        srcs = [doc["site"]]
        if dl_used and truth["agencies"]:
            srcs.append(dl[1])
        elif rng.random() < 0.4:
            srcs.append(rng.choice(extra_srcs))
        return [s for s in dict.fromkeys(srcs) if s]

    SRC = {"jw_src": ("سومبر: ", "، ", ["وکالة بريتا", "Pelita Brunei", "وكالات"]),
           "ug_src": ("مەنبە: ", "، ", ["ئاگېنتلىقلار", "وكالات", "Anadolu"]),
           "sn_src": ("Xibaar bi jóge na ci : ", " · ", ["APS", "Agences", "وكالات"]),
           "as_src": ("المراجع: ", "؛ ", ["المرصد الوطني", "ناسا", "وكالات"]),
           "sh_src": ("مصدر البيانات: ", " + ", ["هيئة الموانئ", "Lloyd's List", "وكالات"]),
           "pg_src": ("المصادر ◂ ", " ◂ ", ["أرشيف المجلة", "دار الوثائق", "وكالات"]),
           "et_src": ("ምንጭ: ", " / ", ["ENA", "ኢዜአ", "وكالات"])}
    TAGS = {"jw_tags": ("تاݢ: ", "، "), "ug_tags": ("خەتكۈچلەر: ", "، "), "sn_tags": ("Baat yi : ", " · "),
            "as_tags": ("أجرام وظواهر: ", " / "), "sh_tags": ("وسوم بحرية: ", " ▸ "),
            "pg_tags": ("الموضوعات ◂ ", " ◂ "),
            "et_tags": ("መለያዎች: ", "፣ ")}
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
        elif aname == "jw_share":
            add("share", ["کوڠسي:", "Facebook ∣ WhatsApp ∣ Telegram ∣ X ∣ سالين ڤاٴوتن"])
        elif aname == "jw_related":
            add("related", ["بريتا برکاءيتن"] + [f"◂ {others.pop()}" for _ in range(rng.randint(2, 3))])
        elif aname == "jw_comments":
            n = rng.randint(1, 3)
            lines = [f"کومن ({ind(n)})"]
            for who in rng.sample(COMMENTERS["jw"], n):
                lines += [f"{who} · {ind(rng.randint(1, 9))} جم لالو", rng.choice(COMMENTS["jw"])]
            lines.append("توليس کومن اندا…")
            add("comments", lines)
        elif aname == "jw_news":
            add("newsletter", ["لاڠݢن بولتين بريتا", "عالمت اي-ميل اندا", "لاڠݢن سکارڠ"])
        elif aname == "ug_share":
            add("share", ["ھەمبەھىرلەش: Facebook · X · WhatsApp · Telegram"])
        elif aname == "ug_related":
            add("related", ["مۇناسىۋەتلىك خەۋەرلەر"] + [f"● {others.pop()}" for _ in range(rng.randint(2, 3))])
        elif aname == "ug_comments":
            n = rng.randint(1, 3)
            lines = [f"ئىنكاسلار ({n})"]
            for who in rng.sample(COMMENTERS["ug"], n):
                lines += [f"{who} · {rng.randint(1, 11)} سائەت ئىلگىرى", rng.choice(COMMENTS["ug"])]
            lines.append("ئىنكاس يېزىڭ")
            add("comments", lines)
        elif aname == "ug_news":
            add("newsletter", ["ھەپتىلىك خەۋەر خېتىگە مۇشتەرى بولۇڭ", "ئېلخەت ئادرېسىڭىز", "مۇشتەرى بولۇش"])
        elif aname == "sn_lamb":
            lines = ["🤼 Lamb — Natiji yi (نتائج المصارعة)"]
            for _ in range(rng.randint(2, 3)):
                a, b = rng.sample(WRESTLERS, 2)
                lines.append(f"{a} ✓ — ✗ {b} ({rng.choice(['Arène nationale', 'Stade Demba Diop', 'Thiès'])})")
            add("lamb", lines)
        elif aname == "sn_foot":
            lines = ["⚽ Ligue 1 — journée " + str(rng.randint(3, 26))]
            teams = rng.sample(FOOT_SN, 4)
            for a, b in (teams[:2], teams[2:]):
                lines.append(f"{a} {rng.randint(0, 3)}–{rng.randint(0, 3)} {b}")
            add("foot", lines)
        elif aname == "sn_share":
            add("share", ["Séddoo :", "WhatsApp · Facebook · X · Courriel"])
        elif aname == "sn_related":
            add("related", ["Yeneen xibaar"] + [f"› {others.pop()}" for _ in range(rng.randint(2, 3))])
        elif aname == "sn_comments":
            n = rng.randint(1, 3)
            lines = [f"Sa xalaat ({n})"]
            for who in rng.sample(COMMENTERS["sn"], n):
                lines += [f"{who} — {rng.randint(1, 20)}h", rng.choice(COMMENTS["sn"])]
            add("comments", lines)
        elif aname == "as_calendar":
            lines = ["التقويم الفلكي لهذا الأسبوع"]
            a = crawl
            for ev in rng.sample(AS_EVENTS, 3):
                a = future(a, rng, 1, 4)
                lines.append(f"◦ {G.WD[a.weekday()]} {a.day}/{a.month}: {ev}")
            add("calendar", lines)
        elif aname == "as_share":
            add("share", ["شارك الظاهرة: واتساب ◦ إكس ◦ تلغرام ◦ نسخ الرابط"])
        elif aname == "as_related":
            add("related", ["ظواهر ومقالات ذات صلة"] + [f"☾ {others.pop()}" for _ in range(rng.randint(2, 3))])
        elif aname == "as_comments":
            n = rng.randint(1, 3)
            lines = [f"تعليقات الراصدين ({n})"]
            for who in rng.sample(COMMENTERS["as"], n):
                lines += [f"{who} · قبل {rng.randint(2, 9)} ساعات", rng.choice(COMMENTS["as"])]
            add("comments", lines)
        elif aname == "as_news":
            add("newsletter", ["تنبيهات السماء في بريدك", "اشترك لتصلك مواعيد الظواهر قبل حدوثها", "بريدك الإلكتروني",
                               "فعّل التنبيهات"])
        elif aname == "sh_ports":
            lines = ["حالة الموانئ الآن"]
            for pt in rng.sample(["جدة الإسلامي", "الملك عبدالله", "صلالة", "العقبة", "جبل علي", "السخنة"], 3):
                wait = rng.randint(6, 40)
                lines.append(f"{pt}: {rng.choice(['مفتوح ✔', 'ازدحام متوسط ⚠', f'انتظار {wait} ساعة'])}")
            add("ports", lines)
        elif aname == "sh_jobs":
            add("jobs", ["وظائف في البحر"] + [f"▹ {j} | {rng.choice(['جدة', 'دبي', 'صلالة', 'العقبة'])}"
                                              for j in rng.sample(JOBS, 2)] + ["كل الوظائف ⟶"])
        elif aname == "sh_share":
            add("share", ["انشر عبر: LinkedIn | X | WhatsApp | البريد"])
        elif aname == "sh_related":
            add("related", ["أخبار من الأرصفة"] + [f"⚓ {others.pop()}" for _ in range(rng.randint(2, 3))])
        elif aname == "pg_issue":
            add("issue", [f"اقرأ العدد {rng.randint(90, 420)} كاملًا بصيغة PDF ⤓ "
                          f"({rng.randint(40, 180) / 10:.1f} م.ب)"])
        elif aname == "pg_share":
            add("share", ["شارك ⟵ فيسبوك ⟵ إكس ⟵ واتساب ⟵ نسخ"])
        elif aname == "pg_related":
            add("related", ["من العدد نفسه"] + [f"— {others.pop()}" for _ in range(rng.randint(2, 3))])
        elif aname == "pg_news":
            add("newsletter", ["النشرة الأسبوعية للمجلة", "بريدك الإلكتروني ←", "اشترك"])
        elif aname == "pg_comments":
            n = rng.randint(1, 3)
            lines = [f"حوار القرّاء ({n})"]
            for who in rng.sample(COMMENTERS["pg"], n):
                lines += [f"{rng.choice(COMMENTS['pg'])} ‹ {who}"]
            add("comments", lines)
        elif aname == "et_athletics":
            lines = ["🏃 አትሌቲክስ — نتائج"]
            for r in rng.sample(RUNNERS, 3):
                lines.append(f"{r} — {rng.choice(['ማራቶን', '10,000 ሜ', '5,000 ሜ'])} — "
                             f"{rng.randint(0, 2)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")
            add("athletics", lines)
        elif aname == "et_share":
            add("share", ["ያጋሩ: Facebook · Telegram · X · WhatsApp"])
        elif aname == "et_related":
            add("related", ["ተዛማጅ ዜናዎች"] + [f"» {others.pop()}" for _ in range(rng.randint(2, 3))])
        elif aname == "et_comments":
            n = rng.randint(1, 3)
            lines = [f"አስተያየቶች ({n})"]
            for who in rng.sample(COMMENTERS["et"], n):
                lines += [f"{who} — {rng.randint(1, 12)} ሰዓት በፊት", rng.choice(COMMENTS["et"])]
            add("comments", lines)
        comp.setdefault("after", []).append(aname)

    ffmt = pick("footer")
    if ffmt == "f_jw":
        add("footer", [f"هق چيڤتا ترڤليهارا © {ind(year)} {site}", "ڤنافين · داسر ڤريۏاسي · هوبوڠي کامي"])
    elif ffmt == "f_ug":
        add("footer", [f"© {year} {site} — بارلىق ھوقۇقى ساقلانغان", "بىز ھەققىدە · ئالاقە · مەخپىيەتلىك"])
    elif ffmt == "f_sn":
        add("footer", [f"© {year} {site} · Reproduction interdite sans autorisation",
                       "Ñoo ngi nii · Jokkoo ak nun · Mentions légales"])
    elif ffmt == "f_as":
        add("footer", [f"© {year} {site} — الأوقات بالتوقيت المحلي ما لم يُذكر غير ذلك",
                       "عن المرصد · برنامج الرصد · تواصل"])
    elif ffmt == "f_sh":
        add("footer", [f"© {year} {site} | البيانات لأغراض إخبارية ولا تصلح للملاحة",
                       "من نحن ∙ أعلن معنا ∙ سياسة الخصوصية"])
    elif ffmt == "f_pg":
        add("footer", [f"© {year} {site} — يُمنع النسخ دون إذن خطي", "الأرشيف · الاشتراكات · اتصل بنا"])
    elif ffmt == "f_et":
        add("footer", [f"© {year} {site} — መብቱ በሕግ የተጠበቀ ነው", "ስለ እኛ · ያግኙን · ማስታወቂያ"])

    # layout
    single = layout == "single"
    out = []
    chrome_lines = []
    prev = None
    for g in groups:
        kind = g["kind"]
        if out and not g["glue"]:
            if not (single and kind in ("body", "heading") and prev in ("body", "heading")):
                out.append("")
                if layout == "rule" and (kind in ("body", "heading")) != (prev in ("body", "heading")):
                    out += ["⋯ ⋯ ⋯", ""]
        lines = g["lines"]
        if layout == "indent" and kind == "body":
            lines = [EMSP * 2 + x for x in lines]
        out += lines
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
