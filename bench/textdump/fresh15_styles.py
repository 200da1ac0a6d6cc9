"""The `fresh15` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh15 --n 2000 --seed 61
    python3 bench/textdump/score_dumps.py --split fresh15 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH15 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by someone who has not read the extractor, its tests, its
fixtures or its benchmark notes. No component here is meant to be one of the
tune, held-out, fresh, fresh2, ..., fresh14 ones (as far as their generators
show). Only the aggregate rows of `score_dumps.py --split fresh15` are ever
reported; once the extractor is changed because of anything learnt here, the
split is spent.

The eight styles (`fresh15_1` ... `fresh15_7`, and `fresh15_8`, a
per-document random draw of the others' components) imitate text dumps of
kinds of pages the other splits do not: the Arabic service of a South Asian
state broadcaster (Urdu, Hindi or Bengali chrome, bulletin times, shortwave
frequencies, listeners' mail), an Amazigh cultural news portal from Morocco
or Kabylia (Tifinagh and Kabyle chrome, the Amazigh year and the Julian-based
agrarian calendar), a Swahili-coast Arabic news site (Zanzibar, Mombasa,
Comoros; Swahili chrome, tide and ferry strips), an Arab community news site
in the Netherlands, Belgium or Italy (Dutch or Italian chrome, a community
events agenda), a Levantine or Gulf news page dumped with a naive
`get_text()` (style sheets, scripts, JSON-LD, `noscript` texts and a
JavaScript clock in the text, deep source indentation, runs of blank lines),
a weather and climate portal's news article (forecast rows with dates, UV
and air-quality strips, alerts), and an article republished on a
professional social network (profile box, reactions, comments with job
titles). Site names, people, platforms and the vocabulary are invented. The
corpus texts, the lede choice (abstract / teaser / promoted first
paragraph), the inserted headings and the other articles' titles in related
blocks are the gen_dumps.py ones.

New here: widgets in Urdu (Latin or Urdu digits), Hindi (Devanagari),
Bengali (Bengali digits), a Gregorian date paired with the Indian national
(Saka) date, Tifinagh weekday and month names, the Amazigh year beside an
Arabic date, a Gregorian date paired with the Julian-based agrarian Amazigh
date (13 days behind, year + 950), Kabyle Latin, Swahili (day-first and
month-first, with a transliterated Hijri date and `AH`), Dutch and Italian,
an ISO week number before a dashed date, a JavaScript `Date.toString()`
clock with a zone name in brackets, an `ar-EG` `toLocaleString()` clock
(Arabic-Indic digits, RLM after the day and month), a date with sunrise and
sunset times, and a date with the day of the year and the season star.
Publication lines: a bulletin line with the bulletin clock and the capital's
time before the date, Urdu `تاریخ اشاعت:` with Urdu period words, Hindi
`प्रकाशित:` with `IST`, Bengali `প্রকাশিত:` in Bengali digits, a spelled-out
clock (`في تمام العاشرة والربع صباحًا`), a Tifinagh-month line, `حُرِّر في
CITY يوم …` with `EAT`, Swahili `Imechapishwa:`, Dutch `Geplaatst op … om`,
Italian `Pubblicato il … alle ore`, clocks with a dot (`10.15 uur`, `ore
10.15`), a `نشر بواسطة: NAME في …` line, a publication/modification pair on
one line, an SQL-style stamp after the body, `بتوقيت مكة المكرمة`, a weather
bulletin line above the title (`النشرة رقم N | صدرت الساعة …`), and the
social network's `نُشر المقال في` / `Published` lines. Chrome: language and
script switchers (Urdu, Hindi, Bengali, Pashto, Tifinagh, Latin), shortwave
schedules, listeners' mail boxes, bulletin rundowns, audio-clip
placeholders, Tifinagh lessons, translation notices, tide and ferry strips,
Swahili share/comment/related labels, Dutch and Italian cookie banners,
event agendas with dates, KvK and P.IVA footers, CSS rules, analytics and ad
scripts, JSON-LD blocks (plain or `\\u`-escaped), `noscript` and iframe
fallbacks, Disqus leftovers, forecast rows, alerts, UV and air-quality
strips, unit toggles, satellite-map placeholders, browser tabs with an
unread counter, profile boxes, reaction and action bars, comments with job
titles and follower counts. Datelines `CITY — AGENCY —`, `[CITY – AGENCY]`,
`CITY (AGENCY) ·`. Headings after `❖`, `ⵣ`, `✦` or `▸`. Noise: the Urdu
full stop `۔` in the body, loose spelling (hamza-less alefs, final `ه` for
`ة`, final `ى` for `ي`), stray U+FEFF, medium mathematical spaces, NBSP,
deep indentation with trailing blanks and tab-only lines, CRLF, BOM.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once. Browser-tab lines (`TITLE - SITE`, `(3)
  TITLE | …`), the JSON-LD headline and titles in rundowns are chrome (lines
  equal to the title are left out of the chrome list).
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its language, script or calendar; with two calendars
  the Gregorian date (the agrarian Amazigh date and the Saka date are never
  the truth); a JavaScript clock printed in the header is such a widget.
  Pages without one (the professional network never has one): null. Forecast
  rows (day and month, no year), sunrise times, agenda dates, tide and ferry
  times, comment ages and frequency schedules are no widget.
- published: the publication line's date, with `THH:MM` when it shows a
  time (12-hour clocks by `ص`/`م`, `AM`/`PM` or their period words: Urdu
  `صبح` 5-11, `دوپہر` 12-3, `شام` 4-7, `رات` 8-11 at night and 12-4 after
  midnight; Arabic `فجرًا` 1-4, `صباحًا` 5-11, `ظهرًا` 12-1, `عصرًا` 2-4,
  `مساءً` 5-7, `ليلًا` 8-11, `بعد منتصف الليل` 12; zones kept as printed;
  seconds dropped), wherever it stands: above the title, in the meta lines or after
  the body. The bulletin line gives the bulletin's clock. The JSON-LD
  `datePublished` only ever repeats a visible line. A relative age alone
  states no date: null. Update lines (`Bijgewerkt op`, `Aggiornato il`,
  `حُدّثت التوقعات:`, `آخر مراجعة للترجمة:`) and the modification half of
  the pair line go to the extra `modified` key (not scored).
- summary: a deck under the title, a lede after the meta lines or after the
  caption, or a labelled lede (label inline or on the line before; without
  the label; a labelled lede is always a lede). An unlabelled lede with
  nothing between it and the body (no meta, caption or chrome line, no
  dateline opening the body) stays a lede only when it is a teaser that the
  first paragraph repeats; a promoted first paragraph or an abstract there
  goes into the body. A promoted first paragraph under 8 words is never a
  lede.
- blocks: the corpus paragraphs whatever the indentation and spacing;
  headings without their marks; scripts, style rules, ad calls, placeholders
  and lessons between paragraphs are no blocks; spelling and character noise
  does not change a paragraph (scored folded).
- images: the caption without its credit label; the credit as written
  without its label (`فوٹو:`, `ⵜⴰⵡⵍⴰⴼⵜ/الصورة:`, `Picha kwa hisani ya`,
  `beeld:`, `foto di`, `الصورة عبر`, `تصوير المتابع:`).
- sources: the items of `المعلومات من:`, `Chanzo:`, `Bron:`, `Tratto da:`,
  `بيانات التقرير من:`; tags: the items of `وسوم النشرة:`, `مفاتيح:`, `Mada:`,
  `Trefwoorden:`, `Parole chiave:`.
- authors: the byline's names (without the Moroccan honorific `ذ.`), the
  name of a `نشر بواسطة:` line, the profile box's name; two names joined by
  `en`/`e` are two authors. A newsreader's voice, a desk, a translator into
  Tifinagh, a photographer or a commenter is no author.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the body
  and those equal to the title or the summary.
"""
import datetime
import json
import re

from textnorm import display, fold

SPLIT = "fresh15"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
# weekday lists start on Monday, as datetime.weekday()
UR_WD = ["پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"]
UR_MON = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"]
HI_WD = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
HI_MON = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर",
          "दिसंबर"]
BN_WD = ["সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"]
BN_MON = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
          "নভেম্বর", "ডিসেম্বর"]
SAKA_MON = ["تشيترا", "فايشاكا", "جيشتا", "آشادا", "شرافانا", "بهادرا", "أشفينا", "كارتيكا", "أغراهايانا",
            "بوشا", "ماغا", "فالغونا"]
TIF_WD = ["ⴰⵢⵏⴰⵙ", "ⴰⵙⵉⵏⴰⵙ", "ⴰⴽⵕⴰⵙ", "ⴰⴽⵡⴰⵙ", "ⴰⵙⵉⵎⵡⴰⵙ", "ⴰⵙⵉⴹⵢⴰⵙ", "ⴰⵙⴰⵎⴰⵙ"]
TIF_MON = ["ⵉⵏⵏⴰⵢⵔ", "ⴱⵕⴰⵢⵕ", "ⵎⴰⵕⵚ", "ⵉⴱⵔⵉⵔ", "ⵎⴰⵢⵢⵓ", "ⵢⵓⵏⵢⵓ", "ⵢⵓⵍⵢⵓⵣ", "ⵖⵓⵛⵜ", "ⵛⵓⵜⴰⵏⴱⵉⵔ", "ⴽⵜⵓⴱⵕ",
           "ⵏⵓⵡⴰⵏⴱⵉⵔ", "ⴷⵓⵊⴰⵏⴱⵉⵔ"]
KAB_WD = ["Letnayen", "Ttlata", "Larbeɛa", "Lexmis", "Lǧemɛa", "Ssebt", "Lḥed"]
KAB_MON = ["Yennayer", "Fuṛar", "Meɣres", "Yebrir", "Mayyu", "Yunyu", "Yulyu", "Ɣuct", "Ctembeṛ", "Tubeṛ",
           "Wambeṛ", "Dujembeṛ"]
SW_WD = ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"]
SW_MON = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
          "Novemba", "Desemba"]
SW_HIJ = ["Muharram", "Safar", "Rabiul Awwal", "Rabiul Akhir", "Jumadal Ula", "Jumadal Akhira", "Rajab", "Shaaban",
          "Ramadhani", "Shawwal", "Dhul Qaada", "Dhul Hijja"]
NL_WD = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
IT_WD = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_MON = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"]
EN_WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AR_WD_SHORT = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
SEASON_STAR = ["الشبط", "العقارب", "الحميمين", "الذراعين", "الثريا", "التويبع", "الجوزاء", "المرزم", "سهيل",
               "الصفري", "الوسم", "المربعانية"]
IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
URD = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
BND = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
FEFF = "\ufeff"
MMSP = "\u205f"
RLM = "\u200f"

HOURS_F = ["الثانية عشرة", "الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
           "الثامنة", "التاسعة", "العاشرة", "الحادية عشرة"]


def saka(d):
    """(year, month 1-12, day) of the Indian national calendar for a Gregorian date."""
    y = d.year
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    start = datetime.date(y, 3, 21 if leap else 22)
    if d < start:
        y -= 1
        leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        start = datetime.date(y, 3, 21 if leap else 22)
    n = (d - start).days
    lens = [31 if leap else 30, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30]
    for i, ln in enumerate(lens):
        if n < ln:
            return y - 78, i + 1, n + 1
        n -= ln
    raise ValueError(d)


def amazigh_year(d):
    return d.year + (950 if (d.month, d.day) >= (1, 14) else 949)


def agrarian(d):
    """The Julian-based Amazigh agrarian date (day, month 1-12, year): 13 days behind, year + 950."""
    j = d - datetime.timedelta(days=13)  # the Julian calendar date, valid 1900-2099
    return j.day, j.month, j.year + 950


def ar_period(hh):
    if hh == 0:
        return "بعد منتصف الليل"
    if hh < 5:
        return "فجرًا"
    if hh < 12:
        return "صباحًا"
    if hh < 14:
        return "ظهرًا"
    if hh < 17:
        return "عصرًا"
    if hh < 20:
        return "مساءً"
    return "ليلًا"


def spelled_clock(hh, mm):
    h = HOURS_F[hh % 12]
    if mm == 0:
        mid = ""
    elif mm == 15:
        mid = " والربع"
    elif mm == 20:
        mid = " والثلث"
    elif mm == 30:
        mid = " والنصف"
    elif mm == 1:
        mid = " ودقيقة واحدة"
    elif mm == 2:
        mid = " ودقيقتان"
    elif mm <= 10:
        mid = f" و{mm} دقائق"
    else:
        mid = f" و{mm} دقيقة"
    return f"{h}{mid} {ar_period(hh)}"


def ur_period(hh):
    if hh < 5 or hh >= 20:
        return "رات"
    if hh < 12:
        return "صبح"
    if hh < 16:
        return "دوپہر"
    return "شام"


def hm(h, m):
    return f"{h:02d}:{m:02d}"


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city, lang)]
SITES = {
    "sa": [("صدى إسلام آباد", "sada-islamabad.pk", "الخدمة العربية لإذاعة وادي السند", "إسلام آباد", "ur"),
           ("نافذة الهند العربية", "nafidhat-alhind.in", "من دلهي إلى العالم العربي", "نيودلهي", "hi"),
           ("بوابة لاهور الإخبارية", "lahore-gate.pk", "", "لاهور", "ur"),
           ("صوت البنغال", "sawt-albengal.bd", "الخدمة العربية", "دكا", "bn")],
    "am": [("تاويزا بريس", "tawiza-press.ma", "ⵜⴰⵡⵉⵣⴰ · Tawiza · تاويزا", "الحسيمة", "ma"),
           ("أسيف أنفو", "asif-info.ma", "البوابة الأمازيغية للأخبار", "أكادير", "ma"),
           ("إيمازيغن اليوم", "imazighen-today.com", "ⵉⵎⴰⵣⵉⵖⵏ ⵡⴰⵙⵙⴰ", "تيزي وزو", "dz")],
    "ea": [("صوت زنجبار", "sautizanzibar.co.tz", "Sauti ya Zanzibar — بالعربية", "زنجبار", "sw"),
           ("ممباسا بالعربي", "mombasa-arabi.co.ke", "", "ممباسا", "sw"),
           ("القمر اليوم", "komori-leo.km", "Komori Leo · الأرخبيل بين يديك", "موروني", "sw")],
    "eu": [("الجالية اليوم", "aljalia-vandaag.nl", "nieuws voor de Arabische gemeenschap", "روتردام", "nl"),
           ("بروكسل بالعربي", "brussel-arabi.be", "", "بروكسل", "nl"),
           ("المهجر الإيطالي", "almahjar.it", "Notizie in lingua araba dall'Italia", "ميلانو", "it"),
           ("صوت تورينو", "voce-torino-arabo.it", "", "تورينو", "it")],
    "gt": [("الميدان نيوز", "almaydan-news.com", "Almaydan News", "عمّان", "ar"),
           ("خليج 360", "khaleej360.net", "", "دبي", "ar"),
           ("لبنان الآن 24", "lebnan-alan24.com", "أخبار لبنان على مدار الساعة", "بيروت", "ar")],
    "wx": [("طقس المشرق", "taqs-almashriq.com", "الأرصاد والمناخ بين يديك", "عمّان", "ar"),
           ("منصة أنواء", "anwaa-wx.net", "", "الرياض", "ar"),
           ("مرصد السحاب", "marsad-alsahab.com", "توقعات دقيقة لكل مدينة", "الكويت", "ar")],
    "pn": [("روابط", "rawabit.pro", "", "", "ar")],
}
PEOPLE = {"sa": ["محمد عرفان قريشي", "عائشة صديقي", "ذو الفقار أحمد", "سيد حسن رضا", "فريحة نور",
                 "عبد الصمد أنصاري", "شبانة خاتون"],
          "am": ["يوبا أوسعيد", "تيليلي أمزيان", "ماسين أوحمو", "ثيزيري نايت علي", "أكسيل بوعزة",
                 "تانيرت إدبلقاسم"],
          "ea": ["Salim Juma Khamis", "Mwanaisha Abdalla", "Omar Said Ali", "Fatma Bakari", "Ali Mzee Hamad",
                 "Zuhura Salum"],
          "eu": ["كريم الزياني", "نادية بوعزاوي", "سفيان العمراني", "هدى الورياغلي", "يونس الحداد",
                 "ليلى المنصوري", "بلال القاسمي"],
          "gt": ["وسام الحلبي", "ريم القاسم", "طارق الشوبكي", "جنى فرحات", "مهند العتوم", "سارة الدباغ"],
          "wx": ["فيصل الخالدي", "منار الكعبي", "ناصر الحربي", "عبير النعيمي", "حمد السويدي"],
          "pn": ["رنا عبد الهادي", "خالد بن سعيد المحرزي", "ليان الصباغ", "مصطفى كمال الدين", "نور الهدى إسماعيل",
                 "يزن الطراونة"]}
SECTIONS = {"sa": ["نشرة جنوب آسيا", "العالم الإسلامي", "اقتصاد", "ثقافة", "العالم"],
            "am": ["ثقافة وفنون", "اللغة الأمازيغية", "مجتمع", "الأخبار", "حوارات"],
            "ea": ["أخبار الساحل", "Siasa", "اقتصاد", "Dini", "العالم"],
            "eu": ["الجالية", "أخبار هولندا", "أخبار إيطاليا", "الإقامة والجنسية", "العالم العربي"],
            "gt": ["الداخل", "الإقليم", "العالم", "مال", "فن ومجتمع"],
            "wx": ["أخبار الطقس", "المناخ", "تقارير جوية", "الظواهر الجوية"],
            "pn": ["مقالات"]}
NAV = {"sa": ["الصفحة الأولى", "نشرات الأخبار", "جنوب آسيا", "العالم الإسلامي", "اقتصاد", "ثقافة",
              "برامج الإذاعة", "ترددات البث", "راسلونا"],
       "am": ["ⴰⵙⵏⵓⴱⴳ", "الأخبار", "ثقافة وفنون", "اللغة الأمازيغية", "ⵜⴰⵙⴽⵍⴰ", "Actualités", "حوارات",
              "ركن الشعر", "ⴰⵎⵢⴰⵡⴰⴹ"],
       "ea": ["Mwanzo", "أخبار الساحل", "Siasa", "اقتصاد", "Michezo", "Dini", "ثقافة سواحلية", "Video"],
       "eu_nl": ["Home", "أخبار هولندا", "أخبار بلجيكا", "الجالية", "الإقامة والجنسية", "Werk & Inkomen",
                 "Agenda", "Contact"],
       "eu_it": ["Home", "أخبار إيطاليا", "الجالية", "تصاريح الإقامة", "Lavoro", "Eventi", "Contatti"],
       "gt": ["أول الأخبار", "الداخل", "الإقليم", "العالم", "مال", "ملاعب", "فن ومجتمع", "صحتك", "مقالات"],
       "wx": ["الطقس الآن", "توقعات 14 يومًا", "الخرائط", "الأقمار الصناعية", "أخبار الطقس", "المناخ",
              "الزلازل", "تطبيقنا"],
       "pn": ["الرئيسية", "شبكتي", "الوظائف", "المراسلة", "الإشعارات"]}
CAPTIONS = ["قارب صيد راسٍ عند الميناء القديم", "جلسة حوارية في قاعة المكتبة الوطنية", "سحب ركامية فوق سلسلة جبلية",
            "أطفال في ساحة مدرسة ابتدائية", "بائع خضار في سوق أسبوعي", "عمال يرممون واجهة مبنى تاريخي",
            "جانب من معرض الكتاب السنوي", "طريق سريع خلال ساعة الذروة", "مزارعون في حقل قمح قبيل الحصاد",
            "وفد برلماني في جولة ميدانية", "قاعة انتظار في مستشفى عام", "ألواح شمسية في محطة صحراوية",
            "متظاهرون يحملون لافتات", "لقطة جوية لحي سكني", "لاعبون يحتفلون بهدف"]
CREDITS = {"sa": ["أرشيف الإذاعة", "قسم الصور", "وكالة أنباء السند", "NIA Photo"],
           "am": ["أرشيف الموقع", "Agraw Photo", "ي. أوسعيد", "مراسل البوابة"],
           "ea": ["Zanzibar Media", "Picha ya maktaba", "Mwandishi wetu", "Bakari Studio"],
           "eu": ["ANP", "ANSA", "Belga", "archief", "archivio"],
           "gt": ["Unsplash", "Pexels", "المكتب الإعلامي", "iStock"],
           "wx": ["@sky_chaser_jo", "@anwaa_wx", "أبو راكان", "مرصد المتابعين"],
           "pn": ["أرشيف شخصي"]}
LEDE_LABEL = {"sa": "أبرز ما في الخبر:", "am": "زبدة الخبر:", "ea": "Kwa ufupi:", "eu_nl": "Samenvatting:",
              "eu_it": "In breve:", "gt": "المختصر:", "wx": "أهم ما في النشرة:", "pn": "الفكرة باختصار:"}
ZONE_CITY = {"ur": "إسلام آباد", "hi": "نيودلهي", "bn": "دكا"}
SA_VOICES = ["أنور سليم", "نائلة فاروقي", "إقبال حسين", "روبينا شاه"]
SA_LETTERS = ["رسائل المستمعين", "نرحب بآرائكم وملاحظاتكم على برامج الخدمة العربية",
              "البريد: ص.ب {pob} – {city}", "البريد الإلكتروني: arabic@{dom}"]
AM_PEOPLE = ["Idir", "أمازيغي حر", "Tamazgha", "ماسينيسا", "تافسوت", "Amnay At Yahia"]
AM_COMMENTS = ["ⴰⵣⵓⵍ، شكرًا على هذا المقال القيم", "يجب تعميم تدريس اللغة في كل المدارس",
               "مقال جميل، ننتظر المزيد من التغطية للمناطق الجبلية", "Tanemmirt، معلومات مفيدة",
               "لماذا لا تُنشر هذه الأخبار بحرف تيفيناغ أيضًا؟"]
EA_PEOPLE = ["Abu Hamid", "Mzee Saleh", "Bi Rukia", "Ahmed - Pemba", "أم سلمى", "Yusuf wa Lamu"]
EA_COMMENTS = ["Asante kwa habari hii", "خبر مهم لأهل الساحل، جزاكم الله خيرًا", "Tunaomba habari zaidi kuhusu hili",
               "متى تصل هذه الأخبار إلى جزيرة بمبا؟", "Mungu ibariki Zanzibar"]
PN_ROLES = {False: ["محرر اقتصادي", "مستشار اتصال مؤسسي", "باحث في السياسات العامة", "مدير تحرير رقمي"],
            True: ["صحفية مستقلة", "محللة شؤون إقليمية", "محررة اقتصادية", "مستشارة اتصال مؤسسي"]}
PN_FEMALE = ["رنا عبد الهادي", "ليان الصباغ", "نور الهدى إسماعيل"]
PN_PEOPLE = [("هشام الرفاعي", "مدير مشاريع في شركة استشارات"), ("دانة العلي", "طالبة ماجستير إعلام"),
             ("Omar K.", "Senior Analyst"), ("سامر النجار", "مهندس بيانات"), ("لمى الحسن", "أخصائية تسويق رقمي"),
             ("Ahmed Fathy", "مدرّب معتمد في القيادة")]
EU_EVENTS = ["أمسية شعرية في المركز الثقافي", "ورشة حول قانون الإقامة الجديد", "سوق خيري لدعم الأسر",
             "دورة لتعليم اللغة العربية للأطفال", "لقاء مفتوح مع محامٍ متخصص", "إفطار جماعي للجالية"]
WX_MEAN = [14, 16, 20, 25, 31, 35, 37, 37, 34, 29, 22, 16]  # mean daily maxima by month, °C
PN_COMMENTS = ["طرح مهم، شكرًا على المشاركة", "أتفق مع معظم ما ورد، خاصة الجزء الأخير",
               "هل هناك أرقام محدثة حول هذا الموضوع؟", "قراءة موفقة للمشهد 👏", "Great insights, thanks for sharing",
               "يستحق المقال نقاشًا أوسع"]
WX_COND = ["صحو", "غائم جزئيًا", "غائم", "زخات مطر", "غبار", "ضباب صباحي", "عاصفة رعدية", "حار"]
WX_ALERTS = ["رياح نشطة مثيرة للغبار على المرتفعات والبادية حتى الساعة 18:00",
             "احتمال تشكل السيول في الأودية والمناطق المنخفضة",
             "انخفاض مدى الرؤية الأفقية بسبب الضباب في ساعات الصباح الباكر",
             "ارتفاع ملموس على درجات الحرارة وتحذير من التعرض المباشر لأشعة الشمس"]
CSS = [".entry-content p{margin:0 0 1.2em;line-height:1.9;font-family:'Noto Naskh Arabic',serif}",
       "@media (max-width:768px){.sidebar{display:none}.site-header{position:static}}",
       ".share-bar a{display:inline-block;padding:4px 10px;border-radius:3px}"]
JS_HEAD = ["window.dataLayer = window.dataLayer || [];", "function gtag(){dataLayer.push(arguments);}",
           "gtag('js', new Date());"]
JS_ZONES = [("GMT+0300", "توقيت شرق أوروبا الصيفي"), ("GMT+0400", "Gulf Standard Time"),
            ("GMT+0300", "Arabian Standard Time"), ("GMT+0200", "توقيت شرق أوروبا الرسمي")]


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="sa", pre=[], header=[], widget=[None], kicker=0.0, title_noise=[None], byline=[None],
             publine=[None], update=0.0, counter=0.0, meta_join=0.0, lede=[None], lede_place=["deck"],
             caption=0.0, caption_fmt=["c_sa"], headings=0.0, heading_fmt=["h_plain"], dateline=[None], mid=[],
             after=[], footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0)

STYLES = {
    "fresh15_1": dict(site="sa", header=[("sa_lang", 0.8), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9)],
                      widget=["w_native", "w_native", "w_saka"], kicker=0.5, title_noise=[None, None, "mmsp"],
                      byline=["b_sa_text", "b_sa_corr", "b_sa_desk", None],
                      publine=["p_sa_bulletin", "p_native", "p_native"], update=0.25, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "after_meta", "label"],
                      caption=0.7, caption_fmt=["c_sa"], headings=0.35, heading_fmt=["h_diamond4", "h_plain"],
                      dateline=["dl_dash", None], mid=[("sa_clip", 0.45)],
                      after=[("sa_src", 0.5), ("sa_tags", 0.5), ("sa_rundown", 0.7), ("sa_freq", 0.5),
                             ("sa_letters", 0.4)],
                      footer=["f_sa"], layout=["blank"], body_noise=[None, None, "urdu_stop", "nbsp"]),
    "fresh15_2": dict(site="am", header=[("am_script", 0.7), ("site_name", 1.0), ("widget", 0.85), ("nav", 1.0),
                                         ("am_lesson", 0.4)],
                      widget=["w_tif", "w_am_year", "w_agrarian", "w_kab"], kicker=0.4,
                      title_noise=[None, None, "nbsp"], byline=["b_am_ustadh", "b_am_trans", "b_am_plain", None],
                      publine=["p_am_spelled", "p_am_spelled", "p_am_tif"], meta_join=0.5,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "label", "label_line"],
                      caption=0.75, caption_fmt=["c_am"], headings=0.35, heading_fmt=["h_yaz"],
                      dateline=["dl_bracket", None], mid=[("am_lesson_mid", 0.35)],
                      after=[("am_avail", 0.5), ("am_tags", 0.6), ("am_rel", 0.6), ("am_comments", 0.5)],
                      footer=["f_am"], layout=["blank", "single"], body_noise=[None, "mmsp"]),
    "fresh15_3": dict(site="ea", header=[("ea_karibu", 0.7), ("ea_tide", 0.5), ("site_name", 1.0),
                                         ("widget", 0.85), ("nav", 0.9), ("ea_ferry", 0.4)],
                      widget=["w_sw", "w_sw_mfirst", "w_sw_hij"], kicker=0.4, title_noise=[None],
                      byline=["b_ea_na", "b_ea_mwandishi", "b_ea_desk", None],
                      publine=["p_ea_edited", "p_ea_sw"], counter=0.4,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "label_line", "after_caption"],
                      caption=0.7, caption_fmt=["c_ea"], headings=0.3, heading_fmt=["h_star4", "h_plain"],
                      dateline=["dl_bracket", "dl_bracket", None], mid=[("ea_soma", 0.5)],
                      after=[("ea_src", 0.5), ("ea_tags", 0.5), ("ea_share", 0.7), ("ea_rel", 0.6),
                             ("ea_comments", 0.45)],
                      footer=["f_ea"], layout=["blank"], body_noise=[None, "nbsp"], crlf=0.3),
    "fresh15_4": dict(site="eu", pre=[("eu_cookie", 0.6)],
                      header=[("eu_top", 0.6), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9)],
                      widget=["w_native", "w_native", "w_week"], kicker=0.5, title_noise=[None, None, "nbsp"],
                      byline=["b_eu_door", "b_eu_door", "b_eu_two", "b_eu_desk", None],
                      publine=["p_native", "p_eu_dot"], update=0.35, counter=0.4, meta_join=0.3,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "label_line", "after_meta"],
                      caption=0.65, caption_fmt=["c_eu"], headings=0.3, heading_fmt=["h_plain"],
                      dateline=["dl_dot", None], mid=[("eu_lees", 0.5)],
                      after=[("eu_tags", 0.5), ("eu_src", 0.5), ("eu_share", 0.7), ("eu_agenda", 0.5),
                             ("eu_rel", 0.6)],
                      footer=["f_eu"], layout=["blank"], body_noise=[None]),
    "fresh15_5": dict(site="gt", pre=[("gt_css", 0.7), ("gt_js", 0.8)],
                      header=[("gt_tab", 0.8), ("gt_noscript", 0.5), ("site_name", 1.0), ("widget", 0.8),
                              ("nav", 1.0), ("gt_loading", 0.4)],
                      widget=["w_js_en", "w_js_ar"], kicker=0.4, title_noise=[None],
                      byline=["b_gt_by", None, None], publine=["p_gt_posted", "p_gt_pair", "p_gt_sql"],
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "after_meta"],
                      caption=0.6, caption_fmt=["c_gt"], headings=0.35, heading_fmt=["h_plain"],
                      mid=[("gt_ads", 0.6), ("gt_gpt", 0.4)],
                      after=[("gt_share", 0.7), ("gt_dontmiss", 0.6), ("gt_json", 0.6), ("gt_disqus", 0.5)],
                      footer=["f_gt"], layout=["deep"], body_noise=[None, "loose", "feff"], bom=0.2),
    "fresh15_6": dict(site="wx", header=[("wx_units", 0.6), ("site_name", 1.0), ("widget", 0.85),
                                         ("wx_now", 0.6), ("wx_forecast_top", 0.4), ("nav", 0.9),
                                         ("wx_alert", 0.4)],
                      widget=["w_wx_sun", "w_wx_star"], kicker=0.5, title_noise=[None, None, "mmsp"],
                      byline=["b_wx_fc", "b_wx_desk", None], publine=["p_wx_makkah", "p_wx_issue"], update=0.35,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "label", "after_caption"],
                      caption=0.7, caption_fmt=["c_wx"], headings=0.4, heading_fmt=["h_tri"],
                      mid=[("wx_sat", 0.45), ("wx_report", 0.35)],
                      after=[("wx_src", 0.5), ("wx_forecast", 0.6), ("wx_uv", 0.5), ("wx_rel", 0.6)],
                      footer=["f_wx"], layout=["blank"], body_noise=[None, "nbsp"]),
    "fresh15_7": dict(site="pn", header=[("pn_tab", 0.6), ("pn_top", 0.9), ("pn_signin", 0.4)],
                      widget=[None], title_noise=[None], byline=["b_pn"], publine=["p_pn"],
                      lede=[None, None, "abstract", "teaser"], lede_place=["deck"], caption=0.0,
                      headings=0.3, heading_fmt=["h_plain"],
                      after=[("pn_react", 0.9), ("pn_actions", 0.8), ("pn_comments", 0.6), ("pn_more", 0.6),
                             ("pn_follow", 0.5)],
                      footer=["f_pn"], layout=["blank"], body_noise=[None]),
    "fresh15_8": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["pn_tab", "gt_tab", "sa_lang", "am_script", "ea_karibu", "eu_top", "wx_units", "pn_top",
                "pn_signin", "gt_noscript", "ea_tide", "site_name", "widget", "wx_now", "wx_forecast_top", "nav",
                "ea_ferry", "am_lesson", "wx_alert", "gt_loading"]
HEAD_POOL = ["gt_tab", "sa_lang", "am_script", "ea_karibu", "eu_top", "wx_units", "gt_noscript", "ea_tide",
             "wx_now", "wx_forecast_top", "ea_ferry", "am_lesson", "wx_alert", "gt_loading"]
PRE_POOL = ["eu_cookie", "gt_css", "gt_js"]
MID_POOL = ["sa_clip", "am_lesson_mid", "ea_soma", "eu_lees", "gt_ads", "gt_gpt", "wx_sat", "wx_report"]
AFTER_POOL = ["sa_src", "sa_tags", "sa_rundown", "sa_freq", "sa_letters", "am_avail", "am_tags", "am_rel",
              "am_comments", "ea_src", "ea_tags", "ea_share", "ea_rel", "ea_comments", "eu_tags", "eu_src",
              "eu_share", "eu_agenda", "eu_rel", "gt_share", "gt_dontmiss", "gt_json", "gt_disqus", "wx_src",
              "wx_forecast", "wx_uv", "wx_rel", "pn_react", "pn_actions", "pn_comments", "pn_more"]
CHOICES = dict(widget=["w_native", "w_saka", "w_tif", "w_am_year", "w_agrarian", "w_kab", "w_sw", "w_sw_mfirst",
                       "w_sw_hij", "w_week", "w_js_en", "w_js_ar", "w_wx_sun", "w_wx_star", None],
               byline=["b_sa_text", "b_sa_corr", "b_sa_desk", "b_am_ustadh", "b_am_trans", "b_am_plain", "b_ea_na",
                       "b_ea_mwandishi", "b_ea_desk", "b_eu_door", "b_eu_two", "b_eu_desk", "b_gt_by", "b_wx_fc",
                       "b_wx_desk", "b_pn", None],
               publine=["p_sa_bulletin", "p_native", "p_am_spelled", "p_am_tif", "p_ea_edited", "p_ea_sw",
                        "p_eu_dot", "p_gt_posted", "p_gt_pair", "p_gt_sql", "p_wx_makkah", "p_wx_issue", "p_pn",
                        None],
               caption_fmt=["c_sa", "c_am", "c_ea", "c_eu", "c_gt", "c_wx"],
               lede_place=["deck", "after_meta", "after_caption", "label", "label_line"],
               heading_fmt=["h_plain", "h_diamond4", "h_yaz", "h_star4", "h_tri"],
               dateline=["dl_dash", "dl_bracket", "dl_dot", None],
               footer=["f_sa", "f_am", "f_ea", "f_eu", "f_gt", "f_wx", "f_pn", None],
               body_noise=[None, "nbsp", "urdu_stop", "mmsp", "loose", "feff"],
               title_noise=[None, "nbsp", "mmsp"])
BASES = [f"fresh15_{k}" for k in range(1, 8)]


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
    own = [h for h, _ in spec["header"] if h not in HEAD_POOL]
    extra = [h for h in HEAD_POOL if rng.random() < 0.2]
    names = own + extra + (["site_name", "widget", "nav"] if spec["site"] != "pn" else [])
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    pre = [p for p in PRE_POOL if rng.random() < 0.25]
    spec["pre"] = [(p, 1.0) for p in pre[:2]]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["update"] = rng.choice([0.0, 0.4])
    spec["counter"] = rng.choice([0.0, 0.4])
    spec["meta_join"] = rng.choice([0.0, 0.0, 0.5])
    spec["caption"] = 0.0 if spec["site"] == "pn" else 0.6
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["headings"] = 0.4
    spec["mid"] = [(m, 0.3) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.2]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["layout"] = [rng.choice(["blank", "blank", "single", "deep"])]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    lang = ctx["lang"]
    if fmt == "w_native":
        if ctx["key"] == "eu" or lang in ("nl", "it"):
            fmt = "w_it" if lang == "it" else "w_nl"
        elif lang in ("hi", "bn"):
            fmt = "w_" + lang
        else:
            fmt = "w_ur"
        ctx["widget_native"] = fmt
    if fmt == "w_ur":
        s = f"{UR_WD[wk]}، {day} {UR_MON[m]} {y}"
        return [s.translate(URD) if ctx["udigits"] else s]
    if fmt == "w_hi":
        return [f"{HI_WD[wk]}, {day} {HI_MON[m]} {y}"]
    if fmt == "w_bn":
        return [f"{BN_WD[wk]}, {day} {BN_MON[m]} {y}".translate(BND)]
    if fmt == "w_saka":
        sy, sm, sd = saka(d)
        return [f"{wd} {day} {G.EG[m]} {y} م | {sd} {SAKA_MON[sm - 1]} {sy} (التقويم الهندي الوطني)"]
    if fmt == "w_tif":
        return [f"{TIF_WD[wk]} {day} {TIF_MON[m]} {y}"]
    if fmt == "w_am_year":
        return [f"{wd} {day} {G.EG[m]} {y} | السنة الأمازيغية {amazigh_year(d)}"]
    if fmt == "w_agrarian":
        ad, am, ay = agrarian(d)
        return [f"{wd} {day} {G.EG[m]} {y} ⵣ {ad} {TIF_MON[am - 1]} {ay}"]
    if fmt == "w_kab":
        return [f"{KAB_WD[wk]}, {day} {KAB_MON[m]} {y}"]
    if fmt == "w_sw":
        return [f"{SW_WD[wk]}, {day} {SW_MON[m]} {y}"]
    if fmt == "w_sw_mfirst":
        return [f"{SW_WD[wk]}, {SW_MON[m]} {day}, {y}"]
    if fmt == "w_sw_hij":
        hy, hmo, hd = G.hijri(d)
        return [f"{SW_WD[wk]} {day:02d}/{m + 1:02d}/{y} · {hd} {SW_HIJ[hmo - 1]} {hy} AH"]
    if fmt == "w_nl":
        return [f"{NL_WD[wk]} {day} {NL_MON[m]} {y}"]
    if fmt == "w_it":
        return [f"{IT_WD[wk].capitalize()}, {day} {IT_MON[m]} {y}"]
    if fmt == "w_week":
        wn = d.isocalendar()[1]
        label = {"nl": "Week", "it": "Settimana"}.get(lang, "الأسبوع")
        return [f"{label} {wn} · {day:02d}-{m + 1:02d}-{y}"]
    if fmt == "w_js_en":
        off, zone = rng.choice(JS_ZONES)
        return [f"{EN_WD3[wk]} {EN_MON3[m]} {day:02d} {y} {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}:"
                f"{rng.randint(0, 59):02d} {off} ({zone})"]
    if fmt == "w_js_ar":
        hh = rng.randint(6, 23)
        s = (f"{day}{RLM}/{m + 1}{RLM}/{y}، {G.h12(hh)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} "
             f"{'م' if hh >= 12 else 'ص'}")
        return [s.translate(IND)]
    if fmt == "w_wx_sun":
        return [f"{wd} {day} {G.EG[m]} {y} | الشروق {hm(rng.randint(5, 6), rng.randint(0, 59))} | الغروب "
                f"{hm(rng.randint(17, 19), rng.randint(0, 59))}"]
    if fmt == "w_wx_star":
        doy = d.timetuple().tm_yday
        return [f"{day} {G.EG[m]} {y} · اليوم {doy} من السنة · نجم {SEASON_STAR[m]}"]
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng, ctx):
    """Where and how the publication date shows: dict(above=[lines above the title], meta=[meta lines],
    after=[lines after the body], value=published truth or None, modified=..., authors=...)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(above=[], meta=[], after=[], value=full, modified=None, authors=None)
    lang = ctx["lang"]
    if fmt == "p_native":
        if ctx["key"] == "eu" or lang in ("nl", "it"):
            fmt = "p_it" if lang == "it" else "p_nl"
        elif lang in ("hi", "bn"):
            fmt = "p_" + lang
        else:
            fmt = "p_ur"
        ctx["publine_native"] = fmt
    if fmt == "p_sa_bulletin":
        zone = ZONE_CITY.get(lang, "إسلام آباد")
        if tm:
            out["meta"] = [f"ورد في نشرة الساعة {hm(*tm)} (بتوقيت {zone}) ليوم {wd} {day} {G.EG[m]} {y}"]
        else:
            out["meta"] = [f"ورد في نشرة يوم {wd} {day} {G.EG[m]} {y}"]
    elif fmt == "p_ur":
        s = f"تاریخ اشاعت: {day} {UR_MON[m]} {y}" + (f"، {G.h12(tm[0])}:{tm[1]:02d} {ur_period(tm[0])}" if tm else "")
        out["meta"] = [s.translate(URD) if ctx["udigits"] else s]
    elif fmt == "p_hi":
        out["meta"] = [f"प्रकाशित: {day} {HI_MON[m]} {y}" +
                       (f", {G.h12(tm[0]):02d}:{tm[1]:02d} {'PM' if tm[0] >= 12 else 'AM'} IST" if tm else "")]
    elif fmt == "p_bn":
        out["meta"] = [(f"প্রকাশিত: {day} {BN_MON[m]} {y}" + (f", {hm(*tm)}" if tm else "")).translate(BND)]
    elif fmt == "p_am_spelled":
        mon = (G.MAG if ctx["lang"] == "dz" else G.MAR)[m]
        out["meta"] = [f"نُشر يوم {wd} {day} {mon} {y}" + (f" في تمام {spelled_clock(*tm)}" if tm else "")]
    elif fmt == "p_am_tif":
        out["meta"] = [f"ⴰⵙⴰⴼⵓⵖ: {day} {TIF_MON[m]} {y}" + (f" · {hm(*tm)}" if tm else "")]
    elif fmt == "p_ea_edited":
        city = ctx["city"] if ctx["key"] == "ea" else "زنجبار"
        out["meta"] = [f"حُرِّر في {city} يوم {wd} {day} {G.EG[m]} {y}" + (f"، الساعة {hm(*tm)} (EAT)" if tm else "")]
    elif fmt == "p_ea_sw":
        out["meta"] = [f"Imechapishwa: {day} {SW_MON[m]} {y}" + (f" | {hm(*tm)} EAT" if tm else "")]
    elif fmt == "p_nl":
        out["meta"] = [f"Geplaatst op {day} {NL_MON[m]} {y}" + (f" om {hm(*tm)}" if tm else "")]
    elif fmt == "p_it":
        out["meta"] = [f"Pubblicato il {day:02d}/{m + 1:02d}/{y}" + (f" alle ore {hm(*tm)}" if tm else "")]
    elif fmt == "p_eu_dot":
        if tm:
            clock = f"{tm[0]}.{tm[1]:02d}"
            tail = f" - ore {clock}" if lang == "it" else f" · {clock} uur"
        else:
            tail = ""
        out["meta"] = [f"{day} {G.EG[m]} {y}{tail}"]
    elif fmt == "p_gt_posted":
        who = ctx["name"]
        out["authors"] = [who]
        out["meta"] = [f"نشر بواسطة: {who} في {day} {G.EG[m]}، {y}" +
                       (f" الساعة {G.h12(tm[0])}:{tm[1]:02d} {'م' if tm[0] >= 12 else 'ص'}" if tm else "")]
    elif fmt == "p_gt_pair":
        out["value"] = d.isoformat()
        line = f"تاريخ النشر: {day:02d}/{m + 1:02d}/{y}"
        room = (ctx["crawl"] - d).days
        if room >= 1 and rng.random() < 0.6:
            u = d + datetime.timedelta(days=rng.randint(1, room))
            line += f" | تاريخ التعديل: {u.day:02d}/{u.month:02d}/{u.year}"
            out["modified"] = u.isoformat()
        out["meta"] = [line]
    elif fmt == "p_gt_sql":
        out["after"] = [f"تم النشر في: {y}-{m + 1:02d}-{day:02d}" +
                        (f" {hm(*tm)}:{rng.randint(0, 59):02d}" if tm else "")]
    elif fmt == "p_wx_makkah":
        out["meta"] = [f"{wd} {day} {G.EG[m]} {y}" +
                       (f" - {G.h12(tm[0])}:{tm[1]:02d} {'م' if tm[0] >= 12 else 'ص'} بتوقيت مكة المكرمة" if tm
                        else "")]
    elif fmt == "p_wx_issue":
        n = rng.randint(1, 6)
        if tm:
            out["above"] = [f"النشرة رقم {n} | صدرت الساعة {hm(*tm)} من يوم {wd} {day} {G.EG[m]} {y}"]
        else:
            out["above"] = [f"النشرة رقم {n} | صدرت يوم {wd} {day} {G.EG[m]} {y}"]
    elif fmt == "p_pn":
        out["value"] = d.isoformat()
        if ctx["en"]:
            out["meta"] = [f"Published {EN_MON3[m]} {day}, {y}"]
        else:
            out["meta"] = [f"نُشر المقال في {day} {G.EG[m]} {y}".translate(IND)]
    else:
        raise ValueError(fmt)
    return out


UPDATE_OF = {"p_nl": "u_nl", "p_it": "u_it", "p_eu_dot": "u_eu", "p_wx_makkah": "u_wx", "p_wx_issue": "u_wx",
             "p_sa_bulletin": "u_sa", "p_ur": "u_sa", "p_hi": "u_sa", "p_bn": "u_sa"}


def fmt_update(ufmt, pub, tm, crawl, rng, ctx):
    """(line, modified truth) of an update line no later than the crawl day; (None, None) without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 30)))
    d, hh, mi = u.date(), u.hour, u.minute
    if ufmt == "u_eu":
        ufmt = "u_it" if ctx["lang"] == "it" else "u_nl"
    if ufmt == "u_nl":
        line = f"Bijgewerkt op {d.day} {NL_MON[d.month - 1]} {d.year} om {hm(hh, mi)}"
    elif ufmt == "u_it":
        line = f"Aggiornato il {d.day:02d}/{d.month:02d}/{d.year} alle ore {hm(hh, mi)}"
    elif ufmt == "u_wx":
        line = f"حُدّثت التوقعات: {d.day}/{d.month}/{d.year} {hm(hh, mi)}"
    else:
        line = f"آخر مراجعة للترجمة: {d.day} {G.EG[d.month - 1]} {d.year} {hm(hh, mi)}"
    return line, f"{d.isoformat()}T{hm(hh, mi)}"


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


def spaces_to(text, ch, share, rng):
    return "".join(ch if c == " " and rng.random() < share else c for c in text)


def title_shown(title, kind, rng):
    if kind == "nbsp":
        return G.noisy(title, ["nbsp"], rng)
    if kind == "mmsp":
        return spaces_to(title, MMSP, 0.3, rng)
    return title


def heading_shown(h, fmt):
    return {"h_plain": h, "h_diamond4": f"❖ {h}", "h_yaz": f"ⵣ {h}", "h_star4": f"✦ {h}", "h_tri": f"▸ {h}"}[fmt]


def loose_spelling(text, rng):
    ws = text.split(" ")
    out = []
    for w in ws:
        if w[:1] in "أإآ" and rng.random() < 0.5:
            w = "ا" + w[1:]
        if w.endswith("ة") and rng.random() < 0.3:
            w = w[:-1] + "ه"
        elif w.endswith("ي") and len(w) > 2 and rng.random() < 0.3:
            w = w[:-1] + "ى"
        out.append(w)
    return " ".join(out)


def body_noise(text, kind, rng):
    if kind == "nbsp":
        return G.noisy(text, ["nbsp"], rng)
    if kind == "urdu_stop":
        return re.sub(r"(?<=[\u0621-\u064a])\.(?=\s|$)", "۔", text)
    if kind == "mmsp":
        return spaces_to(text, MMSP, 0.1, rng)
    if kind == "loose":
        return loose_spelling(text, rng)
    if kind == "feff":
        text = FEFF + text if rng.random() < 0.5 else text
        ws = text.split(" ")
        if len(ws) > 4 and rng.random() < 0.5:
            k = rng.randrange(1, len(ws))
            ws[k] = FEFF + ws[k]
        return " ".join(ws)
    return text


def caption_lines(cfmt, cap, credit, ctx):
    if cfmt == "c_sa":
        return [f"{cap} ۔ فوٹو: {credit}"]
    if cfmt == "c_am":
        return [f"{cap} (ⵜⴰⵡⵍⴰⴼⵜ/الصورة: {credit})"]
    if cfmt == "c_ea":
        return [cap, f"Picha kwa hisani ya {credit}"]
    if cfmt == "c_eu":
        return [f"{cap} – foto di {credit}" if ctx["lang"] == "it" else f"{cap} – beeld: {credit}"]
    if cfmt == "c_gt":
        return [cap, f"الصورة عبر {credit}"]
    if cfmt == "c_wx":
        return [f"{cap} ◂ تصوير المتابع: {credit}"]
    raise ValueError(cfmt)


def apply_dateline(form, doc, paras, truth, comp):
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl
    if form == "dl_dash":
        paras[0] = f"{place} — {rest} — {paras[0]}"
    elif form == "dl_bracket":
        paras[0] = f"[{place} – {rest}] {paras[0]}"
    else:
        paras[0] = f"{place} ({rest}) · {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl


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
    site, dom, tagline, city, lang = rng.choice(SITES[key])
    year = crawl.year
    layout = pick("layout")
    section = rng.choice(SECTIONS[key])
    people = PEOPLE[key]
    name = rng.choice(people)
    name2 = rng.choice([p for p in people if p != name])
    ctx = dict(key=key, site=site, city=city, lang=lang, crawl=crawl, section=section, name=name,
               udigits=rng.random() < 0.4, en=rng.random() < 0.4)
    lkey = f"eu_{'it' if lang == 'it' else 'nl'}" if key == "eu" else key

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine") if pub else None
    comp["publine"] = pfmt
    pinfo = fmt_publine(pfmt, pub, tm, rng, ctx) if pfmt else None
    if pinfo:
        truth["published"] = pinfo["value"]
        if pinfo["modified"]:
            truth["modified"] = pinfo["modified"]
    nkind = pick("body_noise")

    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dl = apply_dateline(dform, doc, paras, truth, comp) if (not summary or summary != paras[0]) else None
    dl_used = dl is not None

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "eu_cookie":
            if lang == "it":
                add("cookie", ["Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di "
                               "terze parti.", "Accetta", "Rifiuta", "Personalizza"])
            else:
                add("cookie", ["Wij gebruiken cookies om onze website te verbeteren en advertenties af te stemmen.",
                               "Alles accepteren", "Weigeren", "Instellingen"])
        elif pname == "gt_css":
            add("css", rng.sample(CSS, rng.randint(1, 3)))
        elif pname == "gt_js":
            add("js", JS_HEAD + [f"gtag('config', 'G-{rng.randint(1000000, 9999999)}');"])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "gt_tab":
            add("tab", [f"{title} - {site}"])
        elif hname == "pn_tab":
            add("tab", [f"({rng.randint(1, 9)}) {title} | {'Rawabit' if ctx['en'] else 'روابط'}"])
        elif hname == "sa_lang":
            add("lang", ["اردو | हिन्दी | English | العربية | বাংলা | پښتو | فارسی"])
        elif hname == "am_script":
            add("lang", ["ⵜⵉⴼⵉⵏⴰⵖ | Latin | العربية | Français"])
        elif hname == "ea_karibu":
            add("greet", ["Karibu · أهلًا وسهلًا · Welcome"])
        elif hname == "eu_top":
            add("top", ["Pubblicità | Contatti | Newsletter" if lang == "it" else "Adverteren | Contact | Nieuwsbrief"])
        elif hname == "wx_units":
            add("units", ["°C | °F", "كم/س | عقدة"])
        elif hname == "pn_top":
            add("pntop", ["Rawabit", "Search", "Home", "My Network", "Jobs", "Messaging", "Notifications"]
                if ctx["en"] else ["روابط", "بحث"] + NAV["pn"])
        elif hname == "pn_signin":
            add("signin", ["Join now | Sign in" if ctx["en"] else "انضم الآن | تسجيل الدخول"])
        elif hname == "gt_noscript":
            add("noscript", ["يرجى تفعيل جافاسكريبت في متصفحك لعرض هذه الصفحة بشكل صحيح."])
        elif hname == "ea_tide":
            add("tide", [f"Mawimbi leo: Kupwa {hm(rng.randint(3, 8), rng.randint(0, 59))} · Kujaa "
                         f"{hm(rng.randint(9, 14), rng.randint(0, 59))}"])
        elif hname == "site_name":
            add("site_name", [site, tagline] if tagline else [site])
        elif hname == "widget":
            wfmt = pick("widget")
            if key == "pn":
                wfmt = None
                comp["widget"] = None
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "wx_now":
            wcity = city if key == "wx" else "عمّان"
            temp = WX_MEAN[crawl.month - 1] - rng.randint(0, 9)
            add("now", [f"الآن في {wcity}: {temp}° {rng.choice(WX_COND)} | الرطوبة "
                        f"{rng.randint(8, 90)}% | الرياح {rng.randint(5, 40)} كم/س"])
        elif hname == "wx_forecast_top":
            add("forecast", forecast_rows(crawl, rng, rng.randint(2, 3)))
        elif hname == "nav":
            vocab = NAV[lkey] if lkey in NAV else NAV["gt"]
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(3, len(vocab) - 1))
            if key == "sa":
                add("nav", [" • ".join(items)])
            elif key == "am":
                add("nav", [" ⵣ ".join(items)])
            elif key == "ea":
                add("nav", [" · ".join(items)])
            elif key == "eu":
                add("nav", [" | ".join(items)])
            else:
                add("nav", items)
        elif hname == "ea_ferry":
            add("ferry", ["مواعيد العبّارات: دار السلام ⇄ زنجبار " + " · ".join(
                hm(h, rng.choice([0, 30])) for h in sorted(rng.sample(range(7, 18), 4)))])
        elif hname == "am_lesson":
            add("lesson", [rng.choice(["تعلّم تيفيناغ: ⵣ تُنطق «ز»", "تعلّم تيفيناغ: ⵎ تُنطق «م»",
                                       "تعلّم تيفيناغ: ⵖ تُنطق «غ»"])])
        elif hname == "wx_alert":
            add("alert", [f"⚠️ تنبيه: {rng.choice(WX_ALERTS)}"])
        elif hname == "gt_loading":
            add("loading", ["جارٍ التحميل..."])
        comp.setdefault("header", []).append(hname)

    # the article's head
    tnoise = pick("title_noise")
    shown_title = title_shown(title, tnoise, rng)

    cap_group = None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        ckey = cfmt[2:]
        cap = rng.choice(CAPTIONS)
        credit = rng.choice(CREDITS[ckey])
        truth["images"].append({"caption": cap, "credit": credit})
        cap_group = caption_lines(cfmt, cap, credit, ctx)

    kicker = None
    if rng.random() < spec["kicker"]:
        kicker = {"sa": f"النشرة العربية | {section}", "am": f"{section} ⵣ", "ea": section, "eu": section,
                  "gt": f"{section} »", "wx": "تقارير الطقس", "pn": "مقال"}[key]

    # meta lines
    meta = []
    authors = []
    if bfmt == "b_sa_text":
        meta.append(f"النص العربي: {name} — الصوت: {rng.choice(SA_VOICES)}")
        authors = [name]
    elif bfmt == "b_sa_corr":
        meta.append(f"{name} | مراسل الخدمة في {ctx['city'] or 'إسلام آباد'}")
        authors = [name]
    elif bfmt == "b_sa_desk":
        meta.append("إعداد: القسم العربي")
    elif bfmt == "b_am_ustadh":
        meta.append(f"بقلم: ذ. {name}")
        authors = [name]
    elif bfmt == "b_am_trans":
        meta.append(f"{name} | النقل إلى تيفيناغ: {name2}")
        authors = [name]
    elif bfmt == "b_am_plain":
        meta.append(name)
        authors = [name]
    elif bfmt == "b_ea_na":
        meta.append(f"Na {name}")
        authors = [name]
    elif bfmt == "b_ea_mwandishi":
        meta.append(f"Mwandishi: {name}")
        authors = [name]
    elif bfmt == "b_ea_desk":
        meta.append(f"Mwandishi wetu, {ctx['city'] or 'زنجبار'}")
    elif bfmt == "b_eu_door":
        meta.append(f"di {name}" if lang == "it" else f"Door {name}")
        authors = [name]
    elif bfmt == "b_eu_two":
        meta.append(f"di {name} e {name2}" if lang == "it" else f"Door {name} en {name2}")
        authors = [name, name2]
    elif bfmt == "b_eu_desk":
        meta.append("Redazione" if lang == "it" else "Redactie")
    elif bfmt == "b_gt_by":
        meta.append(f"بواسطة {name}")
        authors = [name]
    elif bfmt == "b_wx_fc":
        meta.append(f"المتنبئ الجوي {name}")
        authors = [name]
    elif bfmt == "b_wx_desk":
        meta.append("فريق التحرير الجوي")
    elif bfmt == "b_pn":
        role = rng.choice(PN_ROLES[name in PN_FEMALE])
        degree = rng.choice(["• 2nd", "• 3rd+"]) if ctx["en"] else rng.choice(["• الدرجة الثانية", "• الدرجة الثالثة"])
        meta += [f"{name} {degree}", f"{role} في {doc['site'] or site}"]
        authors = [name]
    if pinfo:
        if pinfo["authors"]:
            if authors and authors != pinfo["authors"]:
                meta = [x for x in meta if name not in x]  # one byline: the posting line names the writer
            authors = pinfo["authors"]
        meta += pinfo["meta"]
        ufmt = UPDATE_OF.get(ctx.get("publine_native", pfmt))
        if ufmt and pinfo["value"] and rng.random() < spec["update"]:
            line, mod = fmt_update(ufmt, pub, tm, crawl, rng, ctx)
            if line:
                meta.append(line)
                truth["modified"] = mod
                comp["update"] = True
    elif key == "pn" or bfmt == "b_pn":
        meta.append(rng.choice(["3d •", "1w •"]) if ctx["en"] else
                    rng.choice(["منذ 3 أيام", "منذ أسبوع", "منذ يومين"]))
    if bfmt == "b_pn":
        meta.append("+ Follow" if ctx["en"] else "+ متابعة")
    truth["authors"] = authors
    if rng.random() < spec["counter"]:
        n = rng.randint(2, 12)
        meta.append({"sa": f"مدة الاستماع: {n} دقائق", "am": f"ⵜⵉⵖⵔⵉ: {n} د", "ea": f"Imesomwa mara {n * 97}",
                     "eu": f"Tempo di lettura: {n} min" if lang == "it" else f"Leestijd: {n} min",
                     "gt": f"{n * 311} مشاهدة", "wx": f"{n} دقائق للقراءة", "pn": f"{n * 53} مشاهدة"}[key])
    if meta and len(meta) > 1 and rng.random() < spec["meta_join"] and bfmt != "b_pn":
        meta = [(" ⵣ " if key == "am" else " · ").join(meta)]
        comp["meta_join"] = True

    if kicker:
        add("kicker", [kicker])
    if pinfo and pinfo["above"]:
        add("issue", pinfo["above"])
    add("title", [shown_title], chrome=False)
    label = LEDE_LABEL[lkey]
    if summary and lede_place == "deck":
        add("lede", [summary], chrome=False)
    if meta:
        add("meta", meta)
    if summary and lede_place == "after_meta":
        add("lede", [summary], chrome=False)
    if summary and lede_place == "label":
        add("lede", [f"{label} {summary}"], chrome=False)
    if summary and lede_place == "label_line":
        add("lede_label", [label])
        add("lede", [summary], chrome=False, glue=True)
    if cap_group:
        add("caption", cap_group)
    if summary and lede_place == "after_caption":
        add("lede", [summary], chrome=False)
    comp["lede_place"] = lede_place if summary else None
    if summary and lede_mode in ("promoted", "abstract") and groups[-1]["kind"] == "lede" \
            and lede_place not in ("label", "label_line") and not dl_used:
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
    spots = [i for i in range(1, len(blocks)) if blocks[i - 1]["type"] == "paragraph"]
    positions = {}
    for mname in mids:
        if spots:
            positions.setdefault(rng.choice(spots), []).append(mname)
    hfmt = pick("heading_fmt")
    for i, b in enumerate(blocks):
        for mname in positions.get(i, []):
            if mname == "sa_clip":
                add("clip", [f"[مقطع صوتي: تصريح باللغة {rng.choice(['الأردية', 'الهندية', 'البنغالية'])} مع "
                             f"ترجمة عربية – {rng.randint(0, 1):02d}:{rng.randint(10, 59):02d}]"])
            elif mname == "am_lesson_mid":
                add("lesson", [rng.choice(["ⵜⴰⵏⵎⵎⵉⵔⵜ = شكرًا", "ⴰⵣⵓⵍ = مرحبًا", "ⴰⵎⴰⵣⵉⵖ = الإنسان الحر"])])
            elif mname == "ea_soma":
                add("also", [f"Soma pia: {others.pop()}"])
            elif mname == "eu_lees":
                add("also", [f"{'Leggi anche' if lang == 'it' else 'Lees ook'}: {others.pop()}"])
            elif mname == "gt_ads":
                add("script", ["(adsbygoogle = window.adsbygoogle || []).push({});"])
            elif mname == "gt_gpt":
                add("script", [f"googletag.cmd.push(function() {{ googletag.display('div-gpt-ad-"
                               f"{rng.randint(1000000000000, 9999999999999)}-0'); }});"])
            elif mname == "wx_sat":
                add("sat", [f"[خريطة: صورة الأقمار الصناعية الملتقطة الساعة {rng.randint(0, 23):02d}:00 UTC]"])
            elif mname == "wx_report":
                add("report", ["📍 شارِكنا حالة الطقس في منطقتك بالصور عبر تطبيق المنصة"])
        if b["type"] == "heading":
            add("heading", [heading_shown(b["text"], hfmt)], chrome=False)
        else:
            add("body", [body_noise(b["text"], nkind, rng)], chrome=False)

    if pinfo and pinfo["after"]:
        add("postfoot", pinfo["after"])

    # after the body
    def src_list(extra):
        srcs = [doc["site"]]
        if dl_used and truth["agencies"]:
            srcs.append(dl[1])
        elif rng.random() < 0.4:
            srcs.append(rng.choice(extra))
        return [s for s in dict.fromkeys(srcs) if s]

    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        if aname in ("sa_src", "ea_src", "eu_src", "wx_src"):
            if truth["sources"] or not doc["site"]:
                continue
            if aname == "sa_src":
                srcs = src_list(["وكالات", "رويترز", "وكالة أنباء السند"])
                add("sources", ["المعلومات من: " + "، ".join(srcs)])
            elif aname == "ea_src":
                srcs = src_list(["وكالات", "Reuters", "AFP"])
                add("sources", ["Chanzo: " + " / ".join(srcs)])
            elif aname == "eu_src":
                srcs = src_list(["ANP", "ANSA", "وكالات"])
                add("sources", [("Tratto da: " + " – ".join(srcs)) if lang == "it" else ("Bron: " + ", ".join(srcs))])
            else:
                srcs = src_list(["المركز الوطني للأرصاد", "نماذج التنبؤ العددي"])
                add("sources", ["بيانات التقرير من: " + "، ".join(srcs)])
            truth["sources"] = srcs
        elif aname in ("sa_tags", "am_tags", "ea_tags", "eu_tags"):
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            if aname == "sa_tags":
                add("tags", ["وسوم النشرة: " + "، ".join(tags)])
            elif aname == "am_tags":
                add("tags", ["مفاتيح: " + " · ".join(tags)])
            elif aname == "ea_tags":
                add("tags", ["Mada: " + ", ".join(tags)])
            else:
                add("tags", [("Parole chiave: " if lang == "it" else "Trefwoorden: ") + ", ".join(tags)])
            truth["tags"] = tags
        elif aname == "sa_rundown":
            add("rundown", ["في هذه النشرة أيضًا"] + [f"◦ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "sa_freq":
            h0 = rng.randint(13, 18)
            add("freq", ["ترددات البث إلى العالم العربي",
                         f"UTC {h0:02d}:00–{h0 + 1:02d}:00 على {rng.choice([9, 11, 15, 17])}"
                         f"{rng.randint(100, 999)} kHz (موجة قصيرة)",
                         f"UTC {h0 + 2:02d}:00–{h0 + 3:02d}:00 على {rng.randint(1100, 1600)} kHz (موجة متوسطة)"])
        elif aname == "sa_letters":
            add("letters", [x.format(pob=rng.randint(1000, 9999), city=ctx["city"] or "إسلام آباد", dom=dom)
                            for x in SA_LETTERS])
        elif aname == "am_avail":
            add("avail", ["هذا المقال متوفر أيضًا بـ: ⵜⴰⵎⴰⵣⵉⵖⵜ | Français"])
        elif aname == "am_rel":
            add("related", ["ⵉⵙⴰⵍⵍⵏ ⵢⴻⵎⵙⴰⵙⴰⵏ | أخبار مشابهة"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "am_comments":
            n = rng.randint(1, 3)
            lines = [f"تعليقات الزوار ({n})"]
            for who in rng.sample(AM_PEOPLE, n):
                lines += [f"{who} ⵣ منذ {rng.randint(2, 20)} ساعة", rng.choice(AM_COMMENTS)]
            add("comments", lines)
        elif aname == "ea_share":
            add("share", ["Shiriki habari hii:", "Facebook · X · WhatsApp · Telegram"])
        elif aname == "ea_rel":
            add("related", ["Habari nyingine | أخبار أخرى"] + [f"→ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "ea_comments":
            n = rng.randint(1, 3)
            lines = [f"Maoni ({n})"]
            for who in rng.sample(EA_PEOPLE, n):
                lines += [who, rng.choice(EA_COMMENTS), "Jibu"]
            add("comments", lines)
        elif aname == "eu_share":
            add("share", ["Condividi:" if lang == "it" else "Deel dit artikel:",
                          "WhatsApp | Facebook | LinkedIn | E-mail"])
        elif aname == "eu_agenda":
            lines = ["Eventi della comunità | فعاليات الجالية" if lang == "it" else "Agenda | فعاليات الجالية"]
            for k, what in zip(sorted(rng.sample(range(1, 25), 3)), rng.sample(EU_EVENTS, 3)):
                ev = crawl + datetime.timedelta(days=k)
                lines.append(f"{ev.day:02d}/{ev.month:02d} – {what}")
            add("agenda", lines)
        elif aname == "eu_rel":
            add("related", ["Altre notizie" if lang == "it" else "Meer nieuws"] +
                [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "gt_share":
            add("share", ["Share this:", "Facebook", "Twitter", "WhatsApp", "Telegram"])
        elif aname == "gt_dontmiss":
            add("related", ["لا تفوّت"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "gt_json":
            obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title}
            if pinfo and pinfo["value"]:
                v = pinfo["value"]
                obj["datePublished"] = v + ":00" + rng.choice(["+03:00", "+04:00", "+02:00"]) if "T" in v else v
            if truth["authors"]:
                obj["author"] = {"@type": "Person", "name": truth["authors"][0]}
            obj["publisher"] = {"@type": "Organization", "name": site}
            add("jsonld", [json.dumps(obj, ensure_ascii=rng.random() < 0.4, separators=(",", ":"))])
        elif aname == "gt_disqus":
            add("disqus", ["var disqus_config = function () { this.page.url = PAGE_URL; };",
                           "Please enable JavaScript to view the comments powered by Disqus."])
        elif aname == "wx_forecast":
            add("forecast", ["توقعات الأيام القادمة"] + forecast_rows(crawl, rng, rng.randint(3, 5)))
        elif aname == "wx_uv":
            add("uv", [f"مؤشر الأشعة فوق البنفسجية: {rng.randint(3, 11)} | جودة الهواء AQI {rng.randint(20, 180)}"])
        elif aname == "wx_rel":
            add("related", ["تقارير جوية سابقة"] + [f"▹ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "pn_react":
            add("react", [f"👍❤️💡 {rng.randint(12, 900)}",
                          f"{rng.randint(0, 60)} تعليقًا · {rng.randint(0, 30)} إعادة نشر".translate(IND)
                          if not ctx["en"] else f"{rng.randint(0, 60)} comments · {rng.randint(0, 30)} reposts"])
        elif aname == "pn_actions":
            add("actions", ["Like   Comment   Repost   Send" if ctx["en"] else "أعجبني   تعليق   إعادة نشر   إرسال"])
        elif aname == "pn_comments":
            n = rng.randint(1, 3)
            lines = []
            for who, job in rng.sample(PN_PEOPLE, n):
                lines += [who, job, f"{rng.randint(1, 6)}d" if ctx["en"] else
                          f"{rng.randint(1, 6)} ي".translate(IND), rng.choice(PN_COMMENTS),
                          "Like · Reply" if ctx["en"] else "أعجبني · رد"]
            add("comments", lines)
        elif aname == "pn_more":
            add("related", [f"More articles by {name}" if ctx["en"] else f"المزيد من المقالات بقلم {name}"] +
                [others.pop() for _ in range(rng.randint(2, 3))])
        elif aname == "pn_follow":
            add("follow", [name, f"{rng.randint(300, 40000):,} followers" if ctx["en"] else
                           f"{rng.randint(300, 40000)} متابع".translate(IND), "+ Follow" if ctx["en"] else "+ متابعة"])
        comp.setdefault("after", []).append(aname)

    ffmt = pick("footer")
    if ffmt == "f_sa":
        add("footer", [f"© {year} {site} — جملہ حقوق محفوظ ہیں", "الخدمة العربية | اردو سروس | English Service"])
    elif ffmt == "f_am":
        add("footer", [f"{site} © {year} · الحقوق محفوظة", "ⴰⵙⵉⵡⵍ ⴰⵖ | اتصل بنا | Contact"])
    elif ffmt == "f_ea":
        add("footer", [f"Haki zote zimehifadhiwa © {year} {site}", "Wasiliana nasi | Sera ya faragha"])
    elif ffmt == "f_eu":
        if lang == "it":
            add("footer", [f"© {year} {site} – P.IVA {rng.randint(10 ** 10, 10 ** 11 - 1)}",
                           "Privacy Policy – Cookie Policy – Contatti"])
        else:
            add("footer", [f"© {year} {site} · KvK {rng.randint(10 ** 7, 10 ** 8 - 1)}",
                           "Privacyverklaring · Colofon · Contact"])
    elif ffmt == "f_gt":
        add("footer", [f"جميع الحقوق محفوظة لموقع {site} {year} ©", "تصميم وبرمجة: نقطة ميديا",
                       "jQuery(document).ready(function($){ $('.sticky-sidebar').theiaStickySidebar(); });"])
    elif ffmt == "f_wx":
        add("footer", ["البيانات المعروضة تقديرية ولا تُغني عن النشرات الرسمية الصادرة عن دوائر الأرصاد",
                       f"© {year} {site}"])
    elif ffmt == "f_pn":
        add("footer", [f"Rawabit © {year}" if ctx["en"] else f"روابط © {year}",
                       "About · Accessibility · User Agreement · Privacy Policy" if ctx["en"] else
                       "حول · إمكانية الوصول · اتفاقية المستخدم · سياسة الخصوصية"])

    # layout
    out = []
    chrome_lines = []
    prev = None
    for g in groups:
        kind = g["kind"]
        if out and not g["glue"]:
            if layout == "deep":
                out += rng.choice([[""], [""], ["", ""], ["", " \t", ""], ["", "", "", ""], ["\t"]])
            elif not (layout == "single" and kind in ("body", "heading") and prev in ("body", "heading")):
                out.append("")
        rendered = []
        for line in g["lines"]:
            if layout == "deep":
                ind = rng.choice(["", "    ", "        ", "\t\t", "            ", "                        "])
                trail = rng.choice(["", "", " ", "\t", "  "])
                rendered.append(ind + line + trail)
            else:
                rendered.append(line)
        out += rendered
        if g["chrome"]:
            chrome_lines += [x.strip() for x in rendered]
        prev = kind
    text = "\n".join(out) + "\n"
    if rng.random() < spec["crlf"]:
        text = text.replace("\n", "\r\n")
        comp["crlf"] = True
    if rng.random() < spec["bom"]:
        text = "\ufeff" + text
        comp["bom"] = True
    return finish(doc, style, [g["kind"] for g in groups], text, chrome_lines, blocks, truth, comp, layout)


def forecast_rows(crawl, rng, n):
    rows = []
    for k in range(1, n + 1):
        d = crawl + datetime.timedelta(days=k)
        hi = WX_MEAN[d.month - 1] + rng.randint(-4, 5)
        rows.append(f"{AR_WD_SHORT[d.weekday()]} {d.day}/{d.month} | {hi}° / {hi - rng.randint(6, 14)}° | "
                    f"{rng.choice(WX_COND)}")
    return rows


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
