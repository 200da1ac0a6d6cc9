"""The `fresh22` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh22 --n 2000 --seed 97
    python3 bench/textdump/score_dumps.py --split fresh22 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH22 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by a helper who has not read the extractor, its tests, its
fixtures or its benchmark notes (nor the sealed fresh20 and fresh21 modules).
No component here is meant to be one of the tune, held-out, fresh, fresh2,
..., fresh19 ones (as far as gen_dumps.py, fresh19_styles.py and the other
modules' docstrings show). Only the aggregate rows of
`score_dumps.py --split fresh22` are ever reported; once the extractor is
changed because of anything learnt here, the split is spent.

The eight styles (`fresh22_1` ... `fresh22_7`, and `fresh22_mixed`, a
per-document random draw of the others' components) imitate text dumps of
kinds of pages the other splits do not: an astronomical observatory's news
pages (Jordanian, Saudi or Moroccan: moon-phase strips, the Julian day in the
widget, observation calendars, satellite passes), the Arabic service of an
Afghan news agency (Dari and Pashto chrome, the Afghan solar calendar with
Dari and Pashto month names, Persian digits, `UTC+04:30`), an Islamic news
site from southern Thailand (Thai chrome with Buddhist-era years and Thai
digits, Malay in Jawi script, `ICT` and `น.` clocks, LINE share links), a
Gulf automotive news portal (fuel-price strips, spec boxes, finance and
test-drive promos, English publication lines with Gulf zones), a Balkan
Islamic community site (Bosnian or Albanian chrome, dates, Hijri month names
and bylines, `CET`/`CEST`), a link-aggregator thread that reposts the
article (community bar, poster line with a relative time, votes, the post's
text, top comments with points, the community's sidebar), and an energy and
oil-market portal (price tickers, rig counts, charts, crude tables, an
agenda of future meetings). Site names, people, handles, cars and the
vocabulary are invented. The corpus texts, the lede choice (abstract /
teaser / promoted first paragraph), the inserted headings and the other
articles' titles in related blocks are the gen_dumps.py ones.

New here: widgets with the Julian day number, a Hijri-first date with the
numeric Gregorian date after `◂`, year-first Gregorian/Hijri numeric pairs in
Arabic-Indic digits without markers; Afghan solar dates in Dari (`پنجشنبه، ۶
ثور ۱۴۰۳ هـ ش`, alone, with the Gregorian date in Dari month names in
brackets, or as a numeric pair) and in Pashto beside the lunar Hijri date;
Thai dates (`วันพฤหัสบดีที่ 25 เมษายน พ.ศ. 2567`, `๒๕ เม.ย. ๒๕๖๗`), Jawi
dates with the Hijri date after a slash, an Arabic date with the Buddhist
year in brackets; dates with bullets between the parts, a full-width bar
before the weekday; Bosnian (`Četvrtak, 25. april 2024.`) and Albanian (`E
enjte, 25 prill 2024`) widgets, alone or with the Hijri date in Bosnian or
Albanian month names, Roman-numeral months; an English/Arabic widget whose
Arabic half has no year, Algerian/French pairs. Publication lines `نُشر: …
بالتوقيت العالمي`, a Hijri-first line with `من` before both months and
`الموافق`, a signature line after the body, Dari `تاریخ نشر:` with `ساعت`,
Pashto `د خپرېدو نېټه:` with `بجې`, `(UTC+04:30)`, Thai `เผยแพร่:` with `น.`,
Jawi `دتربيتکن:` with `ڤوکول`, `(ICT)`, `زمن القراءة`, English `Published:`
with `GST`/`AST`, emoji clock lines, Bosnian `Objavljeno: … u`, Albanian
`Publikuar më: … ora`, `(CET)`/`(CEST)`, Bosnian and Albanian relative times
alone, the original article's date in a repost (before or after the post's
text), `بتوقيت غرينتش`, `DD-Mon-YYYY` lines, `التاريخ: … – التوقيت:`. Update
lines in each of these languages. Chrome: moon strips, event boxes, satellite
passes, observation calls, sky calendars, donation boxes; Dari/Pashto language
bars, afghani exchange rates, weather, radio and app promos; Thai/Jawi
language bars, baht rates, LINE promos, Thai comments; fuel strips, tool bars,
spec boxes, finance and test-drive promos, rival lists, reader discussions;
Bosnian/Albanian language bars, breaking tickers, donation boxes, most-read
lists, comments; login prompts, community bars, poster lines, link domains,
vote bars, promoted posts, edit notes, sidebars with a creation date, top
comments; oil tickers, rig counts, chart placeholders, price boxes, crude
tables, energy agendas, newsletter boxes. Captions `… ✦ تصوير: …`, `📷 عکس:
CREDIT | …`, `… (ภาพ: …)`, `… — ݢمبر: …`, `… — الصورة من: …`, `… | Foto: …`,
`🖼 … · …`, `… ⟨…⟩`. Datelines `CITY (AGENCY) — `, `CITY، AGENCY ⁃ `,
`[CITY] AGENCY — `, `CITY ‹AGENCY› `. Headings after `✶`, `❖`, `◆`, `▌`, `»`
or `◼`, or between `**`. Ledes under the title, after the meta lines or the
caption, after an inline label, under a label line, between `❝ ❞` or after
`▍`. Layouts: blank lines; no blank line between paragraphs; body lines
indented with two NBSP; two trailing spaces on every line. Noise: decomposed
hamza and madda (NFD), medium mathematical spaces, a ZWNBSP at paragraph
starts, Persian digits in the body, LRE/PDF around Latin words and numbers,
six-per-em spaces before punctuation, NBSP, CRLF, BOM.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once.
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its language, script, digits or calendar (the Afghan
  solar date, the Buddhist-era year and the Julian day give the same day);
  with two calendars the Gregorian date. Moon strips, event boxes, satellite
  passes, sky calendars, energy agendas, a sidebar's creation date, tickers
  and comment times are no widget. The link-aggregator thread has none: null.
- published: the publication line's date, with `THH:MM` when it shows a time
  as printed (zones kept as printed; `صباحًا` before noon, `ظهرًا` 12, `مساءً`
  after; `ص`/`م`); also a signature line after the body and the original
  article's date in a repost. With two calendars the Gregorian date. A
  relative time alone (the poster line, Bosnian or Albanian relative lines)
  is no date: null. Update lines go to the extra `modified` key (not scored).
- summary: a deck under the title, a lede after the meta lines or after the
  caption, after an inline label, under a label line, between `❝ ❞` or after
  `▍` (such marked ledes are always ledes). An unmarked lede with nothing
  between it and the body (no meta, caption or chrome line, no dateline
  opening the body) stays a lede only when it is a teaser that the first
  paragraph repeats; a promoted first paragraph or an abstract there goes
  into the body. A promoted first paragraph under 8 words is never a lede.
- blocks: the corpus paragraphs whatever the spacing and indentation;
  headings without their marks; mid-body boxes and links are no blocks.
- images: the caption without its marker and credit; the credit as written
  without its label.
- sources: the items of the sources line, whatever the label's language;
  tags: the items of the tags line.
- authors: the byline's names as printed (Arabic, Dari, Thai, Jawi or Latin
  script) without titles or roles. A photographer, a translator, a reviewer,
  a desk, a poster on the link aggregator or a commenter is no author.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the body,
  those equal to the title or the summary, and lines without a word.
"""
import datetime
import math
import re

from textnorm import display, fold

SPLIT = "fresh22"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
# weekday lists start on Monday, as datetime.weekday()
IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PER = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
THD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
AF_SOLAR = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
PS_SOLAR = ["وری", "غویی", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب"]
DARI_WD = ["دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
DARI_GMON = ["جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتمبر", "اکتوبر", "نومبر",
             "دسمبر"]
TH_WD = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
TH_MON = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
          "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON_AB = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
JAWI_WD = ["اثنين", "ثلاث", "رابو", "خميس", "جومعات", "سبتو", "احد"]
JAWI_MON = ["جانواري", "فيبرواري", "مچ", "اڤريل", "مي", "جون", "جولاي", "اوݢوس", "سيڤتيمبر", "اوکتوبر",
            "نوۏيمبر", "ديسيمبر"]
BS_WD = ["Ponedjeljak", "Utorak", "Srijeda", "Četvrtak", "Petak", "Subota", "Nedjelja"]
BS_MON = ["januar", "februar", "mart", "april", "maj", "juni", "juli", "august", "septembar", "oktobar",
          "novembar", "decembar"]
BS_HIJ = ["muharrem", "safer", "rebiu-l-evvel", "rebiu-l-ahir", "džumade-l-ula", "džumade-l-uhra", "redžeb",
          "ša'ban", "ramazan", "ševval", "zu-l-ka'de", "zu-l-hidždže"]
SQ_WD = ["E hënë", "E martë", "E mërkurë", "E enjte", "E premte", "E shtunë", "E diel"]
SQ_MON = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
          "dhjetor"]
SQ_HIJ = ["muharrem", "safer", "rebiul evel", "rebiul ahir", "xhumadel ula", "xhumadel ahire", "rexheb", "shaban",
          "ramazan", "sheval", "dhulkade", "dhulhixhe"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
EN_WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
NBSP = "\u00a0"
SYNODIC = 29.530588853

JAL_BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
              2456, 3178]


def _nowruz_day(jy):
    """Day of March (Gregorian year jy + 621) on which solar year jy begins."""
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
    """(year, month, day) of the solar Hijri calendar (Afghanistan and Iran) for date d."""
    jy = d.year - 621
    start = datetime.date(d.year, 3, _nowruz_day(jy))
    if d < start:
        jy -= 1
        start = datetime.date(d.year - 1, 3, _nowruz_day(jy))
    k = (d - start).days
    if k < 186:
        return jy, k // 31 + 1, k % 31 + 1
    k -= 186
    return jy, 7 + k // 30, k % 30 + 1


def moon(d):
    """(age in days, illuminated percent, phase name) of the moon in the evening of day d."""
    jd = d.toordinal() + 1721424.5 + 0.75
    age = (jd - 2451550.1) % SYNODIC
    illum = round((1 - math.cos(2 * math.pi * age / SYNODIC)) / 2 * 100)
    for limit, name in ((1.8, "محاق"), (7.4, "هلال متزايد"), (9.2, "تربيع أول"), (14.0, "أحدب متزايد"),
                        (16.0, "بدر"), (22.1, "أحدب متناقص"), (23.9, "تربيع أخير"), (28.0, "هلال متناقص")):
        if age < limit:
            return int(age), illum, name
    return int(age), illum, "محاق"


def jdn(d):
    """Julian day number of day d (the Julian day at its noon)."""
    return d.toordinal() + 1721425


def cet_zone(d):
    """CEST between the last Sundays of March and October, else CET."""
    def last_sunday(y, mo):
        x = datetime.date(y, mo, 31)
        return x - datetime.timedelta(days=(x.weekday() + 1) % 7)
    return "CEST" if last_sunday(d.year, 3) <= d < last_sunday(d.year, 10) else "CET"


def hm(h, m):
    return f"{h:02d}:{m:02d}"


def months_of(country):
    return {"jo": G.LEV, "iq": G.LEV, "ma": G.MAR, "dz": G.MAG}.get(country, G.EG)


def period(hh):
    if hh < 12:
        return "صباحًا"
    if hh == 12:
        return "ظهرًا"
    return "مساءً"


def days_ar(n):
    return "يوم واحد" if n == 1 else "يومان" if n == 2 else f"{n} أيام" if 3 <= n <= 10 else f"{n} يومًا"


def hours_ar(n):
    return "ساعة" if n == 1 else "ساعتين" if n == 2 else f"{n} ساعات" if 3 <= n <= 10 else f"{n} ساعة"


def rel_ar(pub, crawl, rng):
    days = (crawl - pub).days
    if days <= 0:
        k = rng.randint(1, 10)
        return "منذ ساعة" if k == 1 else "منذ ساعتين" if k == 2 else f"منذ {k} ساعات"
    if days == 1:
        return "منذ يوم"
    if days == 2:
        return "منذ يومين"
    return f"منذ {days} أيام" if days <= 10 else f"منذ {days} يومًا"


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city, country)]
SITES = {
    "as": [("مرصد الأفق الفلكي", "ufuq-observatory.org", "رصد الأهلة والظواهر السماوية", "عمّان", "jo"),
           ("مركز الجوزاء لعلوم الفلك", "jawzaa-astro.sa", "", "بريدة", "sa"),
           ("نادي نجوم الصحراء الفلكي", "sahara-stars.ma", "عضو الاتحاد المغربي لهواة الفلك", "ورزازات", "ma")],
    "af": [("وكالة هندوكش للأنباء", "hindukush-news.af", "القسم العربي", "كابل", "af"),
           ("شبكة سپین غر الإخبارية", "spinghar-news.af", "", "جلال آباد", "af"),
           ("بوابة هرات اليوم", "herat-today.af", "النسخة العربية", "هرات", "af")],
    "th": [("صوت فطاني", "suara-patani.net", "منبر أخبار مسلمي جنوب تايلاند", "فطاني", "th"),
           ("مجلة ناراتيوات الإسلامية", "narathiwat-islam.net", "", "ناراتيوات", "th"),
           ("شبكة يالا للأخبار", "yala-news.org", "بالعربية والملايوية", "يالا", "th")],
    "au": [("أوتو الخليج", "autokhaleej.ae", "دليلك لعالم السيارات", "دبي", "ae"),
           ("مضمار", "midmar-cars.com", "", "الكويت", "kw"),
           ("سيارتي اليوم", "sayyarati-today.sa", "أخبار السيارات وتجارب القيادة", "الرياض", "sa")],
    "bk": [("بوابة البلقان الإسلامية", "balkan-islam.ba", "", "سراييفو", "ba"),
           ("صوت كوسوفا", "zerikosova-ar.net", "النسخة العربية", "بريشتينا", "xk"),
           ("نافذة سكوبيه", "skopje-window.mk", "أخبار مسلمي مقدونيا الشمالية", "سكوبيه", "mk")],
    "rd": [("منتدى دردشة", "dardasha.net", "", "", "xx"),
           ("ساحة النقاش العربي", "sahat-alnaqash.com", "", "", "xx"),
           ("منصة رأي", "ray-community.com", "", "", "xx")],
    "en": [("نبض الطاقة", "nabd-energy.com", "أخبار النفط والغاز والطاقة المتجددة", "الكويت", "kw"),
           ("منصة برميل", "barmeel.net", "", "أبوظبي", "ae"),
           ("الطاقة اليوم", "taqa-dz.com", "جريدة إلكترونية متخصصة", "الجزائر", "dz"),
           ("بوابة حقول", "hoqool-iq.com", "", "البصرة", "iq")],
}
PEOPLE = {"as": ["عماد الطراونة", "هيفاء السرحان", "فهد الشمري", "ليلى الأنصاري", "يوسف أمزيان", "سلوى بنكيران",
                 "مهند الرواشدة"],
          "af": ["أحمد شاه نوري", "فريدة كريمي", "عبد الواحد أميري", "ذبيح الله صافي", "مريم أحمدزي",
                 "نجيب الله رحيمي"],
          "th": ["عبد الرحمن ماسا", "نور هدى صالح", "إسماعيل داود", "فاطمة يوسف", "أحمد سمادي", "عائشة جه مينغ"],
          "au": ["طلال المطيري", "رامي حداد", "سارة الكعبي", "ماجد العنزي", "كريم الفارس", "دانة الرشيد"],
          "bk": ["أمير خوجيتش", "ليلى محمدوفيتش", "أدين بيغيتش", "أربن كراسنيتشي", "دريتا بريشا", "إلير شالا"],
          "rd": ["سامي الحربي", "منى عبد الحليم", "وليد القاضي", "نهى الدوسري", "حسام الشريف"],
          "en": ["عادل الهاجري", "رنا الطائي", "سمير بوزيد", "ناصر الكندري", "لينا حمدان", "عبد القادر مرابط"]}
FEMALE = {"هيفاء السرحان", "ليلى الأنصاري", "سلوى بنكيران", "فريدة كريمي", "مريم أحمدزي", "نور هدى صالح",
          "فاطمة يوسف", "عائشة جه مينغ", "سارة الكعبي", "دانة الرشيد", "ليلى محمدوفيتش", "دريتا بريشا",
          "منى عبد الحليم", "نهى الدوسري", "رنا الطائي", "لينا حمدان"}
# the same people as printed in another script
DARI_NAME = {"أحمد شاه نوري": "احمد شاه نوری", "فريدة كريمي": "فریده کریمی", "عبد الواحد أميري": "عبدالواحد امیری",
             "ذبيح الله صافي": "ذبیح\u200cالله صافی", "مريم أحمدزي": "مریم احمدزی",
             "نجيب الله رحيمي": "نجیب\u200cالله رحیمی"}
THAI_NAME = {"عبد الرحمن ماسا": "อับดุลเราะห์มาน มะสะ", "نور هدى صالح": "นูรฮูดา สาและ",
             "إسماعيل داود": "อิสมาแอ ดาวุด", "فاطمة يوسف": "ฟาตีมะห์ ยูโซะ", "أحمد سمادي": "อาหมัด สมาดี",
             "عائشة جه مينغ": "ไอชะห์ เจ๊ะมิง"}
JAWI_NAME = {"عبد الرحمن ماسا": "عبدالرحمن ماس", "نور هدى صالح": "نورهدى صالح", "إسماعيل داود": "اسماعيل داود",
             "فاطمة يوسف": "فاطمة يوسوف", "أحمد سمادي": "احمد سمادي", "عائشة جه مينغ": "عائشة چئ ميڠ"}
LATIN_NAME = {"ba": ["Amir Hodžić", "Lejla Mehmedović", "Edin Begić", "Selma Kovačević", "Haris Mujić"],
              "sq": ["Arben Krasniqi", "Drita Berisha", "Blerim Gashi", "Vjosa Hoxha", "Ilir Shala"]}
RD_HANDLES = ["u/abu_saud92", "u/desert_fox_kw", "u/cairo_reader", "u/najdi_news", "u/levantine_tea",
              "u/maghrebi404", "u/sahel_nomad", "u/qahwa_time"]
RD_COMMS = [("أخبار_الخليج", "مجتمع لنقاش أخبار دول الخليج العربي"),
            ("العالم_العربي", "أخبار ونقاشات من المحيط إلى الخليج"),
            ("اقتصاد_وأعمال", "للأخبار الاقتصادية وتحليلات الأسواق"),
            ("رياضة_عربية", "كل ما يخص الرياضة العربية")]
RD_COMMENTS = ["الخبر منقول بدقة؟ الرابط الأصلي لا يعمل عندي.", "أحسن تعليق شفته اليوم، شكرًا على النقل.",
               "هذا الموضوع نوقش الأسبوع الماضي، ابحث قبل النشر.", "العنوان مضلل شوي بس المحتوى مهم.",
               "ننتظر التفاصيل الرسمية قبل الحكم.", "شكرًا لوضع النص كاملًا، الموقع الأصلي عليه جدار دفع."]
RD_DOMAIN_OF = {"الشرق الأوسط": "aawsat.com", "الرياض": "alriyadh.com", "الجزيرة": "al-jazirah.com",
                "اليوم": "alyaum.com", "الاقتصادية": "aleqt.com", "عكاظ": "okaz.com.sa", "الوطن": "alwatan.com.sa",
                "المدينة": "al-madina.com", "الوئام": "alweeam.com.sa", "عين اليوم": "3alyoum.com", "سبق": "sabq.org",
                "واس": "spa.gov.sa", "الرياضي": "arreyadi.com.sa", "الرياضية": "arriyadiyah.com",
                "سكاي نيوز عربية": "skynewsarabia.com", "العربية": "alarabiya.net", "فرانس 24": "france24.com/ar",
                "بي بي سي عربي": "bbc.com/arabic", "سي إن إن بالعربية": "arabic.cnn.com",
                "الجوهرة أف أم": "jawharafm.net"}
RD_LINK_DOMAINS = ["aawsat.com", "alriyadh.com", "sabq.org", "okaz.com.sa", "skynewsarabia.com", "alarabiya.net",
                   "france24.com/ar", "bbc.com/arabic", "arabic.cnn.com", "jawharafm.net"]
SECTIONS = {"as": ["أخبار فلكية", "رصد الأهلة", "الفضاء", "ظواهر سماوية"],
            "af": ["سياسة", "اقتصاد", "الولايات", "المنطقة"],
            "th": ["أخبار فطاني", "تايلاند", "العالم الإسلامي", "تعليم"],
            "au": ["جديد السيارات", "تجارب قيادة", "سيارات كهربائية", "رياضة المحركات"],
            "bk": ["البوسنة والهرسك", "كوسوفا", "البلقان", "ثقافة وتراث"],
            "rd": ["سياسة", "اقتصاد", "نقاش", "عاجل", "رياضة"],
            "en": ["النفط", "الغاز", "الطاقة المتجددة", "الأسواق"]}
NAV = {"as": ["الرئيسية", "أخبار فلكية", "رصد الأهلة", "التقويم الفلكي", "الفضاء", "معرض الصور", "أدوات الرصد",
              "عن المرصد"],
       "af": ["صفحه اصلی", "سیاسی", "اقتصادی", "ولایات", "ورزشی", "فرهنگی", "ویدیو"],
       "th": ["الرئيسية", "أخبار فطاني", "تايلاند", "العالم الإسلامي", "تعليم", "مقالات", "فيديو"],
       "au": ["جديد السيارات", "تجارب قيادة", "كهربائية", "رياضة المحركات", "دليل الأسعار", "فيديو",
              "نصائح الصيانة"],
       "bk": ["الرئيسية", "البوسنة والهرسك", "كوسوفا", "البلقان", "العالم الإسلامي", "ثقافة وتراث", "حوارات"],
       "en": ["النفط", "الغاز", "الكهرباء", "الطاقة المتجددة", "الأسواق", "تقارير", "بيانات"]}
NAV_SEP = {"as": "  ⋆  ", "th": " ∙ ", "au": " — ", "bk": " / ", "en": " ‖ "}
CAPTIONS = {"as": ["الهلال بعد غروب الشمس بخمس وعشرين دقيقة", "مجموعة الراصدين خلال جلسة الرصد",
                   "القبة الرئيسية للمرصد", "صورة مركبة لمراحل الخسوف", "درب التبانة فوق الصحراء"],
            "af": ["جانب من سوق المدينة القديمة", "مشاركون في الاجتماع الموسع", "طريق جبلي في ولاية بدخشان",
                   "مبنى الولاية", "أطفال في طريقهم إلى المدرسة"],
            "th": ["مسجد فطاني المركزي", "طلاب معهد ديني خلال الدرس", "سوق السمك في ميناء فطاني",
                   "جانب من اللقاء التشاوري", "قارب صيد على الشاطئ"],
            "au": ["الطراز الجديد خلال حفل الإطلاق", "المقصورة الداخلية", "السيارة على حلبة الاختبار",
                   "جناح العلامة في المعرض", "شاحن كهربائي في محطة وقود"],
            "bk": ["الجسر القديم في موستار", "مسجد في البلدة القديمة", "جانب من الندوة",
                   "المدينة القديمة في بريزرن", "مشاركون في الفعالية"],
            "rd": ["صورة من الخبر الأصلي", "لقطة شاشة من الموقع", "صورة مرفقة بالمنشور"],
            "en": ["منصة حفر بحرية", "ناقلة نفط في ميناء التصدير", "مصفاة خلال ساعات الليل",
                   "ألواح شمسية في محطة توليد", "خزانات وقود"]}
CREDITS = {"c_as": ["فريق الرصد بالمرصد", "تلسكوب المرصد الرئيسي", "NASA/ESA", "هاوي الفلك سامر عودة"],
           "c_af": ["آرشیف خبرگزاری", "رسانه\u200cهای اجتماعی", "جاوید تنویر", "AFP"],
           "c_th": ["สำนักข่าวอามาน", "เพจชุมชน", "أرشيف الموقع", "Patani Photo"],
           "c_jw": ["ارکيب ڤورتل", "ڤوتو کومونيتي", "أرشيف الموقع"],
           "c_au": ["الشركة المصنعة", "المكتب الإعلامي للعلامة", "عدسة الموقع", "معرض السيارات"],
           "c_bk": ["AA", "Islamska zajednica", "arhiva", "Faruk Selimović"],
           "c_rd": ["imgur", "الموقع الأصلي", "لقطة شاشة"],
           "c_en": ["رويترز", "بلومبرغ", "أرشيفية", "شركة النفط الوطنية"]}
LEDE_LABEL = {"as": "الخبر في سطرين", "af": "لنډیز", "th": "สรุปข่าว", "au": "الزبدة", "bk": "Ukratko",
              "rd": "ملخص الخبر", "en": "أبرز ما في الخبر"}
SRC_EXTRA = {"as": ["ناسا", "الاتحاد الفلكي الدولي", "واس"],
             "af": ["الأناضول", "وكالات", "أ ف ب"],
             "th": ["رويترز", "وكالات", "الأناضول"],
             "au": ["الشركة المصنعة", "وكالات", "كونا"],
             "bk": ["الأناضول", "وكالات", "المشيخة الإسلامية"],
             "rd": ["رويترز", "قنا", "وكالات"],
             "en": ["رويترز", "كونا", "منظمة أوبك", "قنا"]}
AS_EVENTS = ["زخة شهب القيثاريات", "زخة شهب البرشاويات", "خسوف جزئي للقمر", "اقتران الزهرة والمشتري",
             "كسوف حلقي للشمس", "زخة شهب التوأميات"]
AS_SKY = ["اقتران القمر بالمريخ", "أقصى استطالة لعطارد", "تربيع القمر الأول", "القمر في الحضيض",
          "اقتران القمر بزحل", "مرور محطة الفضاء فوق المنطقة"]
AF_RADIO = ["FM 92.4", "FM 98.1", "FM 101.7"]
TH_COMMENTERS = ["ฮาซัน", "Nurul A.", "عبد الله", "มูฮัมหมัด", "Aminah"]
TH_COMMENTS = ["ขอบคุณสำหรับข่าวครับ", "جزاكم الله خيرا على المتابعة", "ติดตามอยู่เสมอค่ะ",
               "نرجو ترجمة الخبر إلى الملايوية أيضًا"]
AU_BRANDS = ["نيسان", "تويوتا", "هيونداي", "كيا", "فورد", "شيفروليه", "لكزس", "جيلي", "شانجان", "مرسيدس"]
AU_COMMENTERS = ["بو فيصل", "أبو نايف", "سلطان", "محب الدفع الرباعي", "مها"]
AU_COMMENTS = ["السعر مبالغ فيه مقارنة بالمنافسين", "جربتها في المعرض، المقصورة ممتازة",
               "الضمان أهم شيء عندي", "ننتظر النسخة الهجينة"]
BK_COMMENTERS = ["Emir", "Alma S.", "Besnik", "Merima", "Adnan"]
BK_COMMENTS = ["Hvala na vijesti.", "Shumë e rëndësishme, faleminderit.", "جزاكم الله خيرًا",
               "Allah ih nagradio.", "Lajm i mirë për komunitetin."]
EN_CRUDES = ["خام برنت", "غرب تكساس", "سلة أوبك", "مربان", "خام دبي", "صحارى", "البصرة المتوسط", "خام الكويت"]
EN_MEETINGS = ["اجتماع أوبك+ الوزاري", "منتدى الطاقة العالمي", "مؤتمر النفط والغاز", "قمة الطاقة المتجددة",
               "اجتماع لجنة المراقبة"]
NFD_MAP = {"أ": "ا\u0654", "إ": "ا\u0655", "آ": "ا\u0653", "ؤ": "و\u0654", "ئ": "ي\u0654"}


# ------------------------------------------------------------------ styles
NBASE = dict(site="as", pre=[], header=[], widget=[None], kicker=0.0, title_noise=[None], posttitle=[],
             byline=[None], publine=[None], update=0.0, counter=0.0, lede=[None], lede_place=["deck"], caption=0.0,
             caption_fmt=["c_as"], posthead=[], headings=0.0, heading_fmt=["h_as"], dateline=[None], mid=[],
             after=[], footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0)
LEDES = ["abstract", "teaser", "promoted", None]

STYLES = {
    "fresh22_1": dict(site="as", header=[("as_moon", 0.65), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                                         ("as_event", 0.45)],
                      widget=["w_as_jd", "w_as_hijfirst", "w_as_indic"], kicker=0.4,
                      byline=["b_as_obs", "b_as_two", "b_as_dr", "b_as_desk", None],
                      publine=["p_as_ut", "p_as_hij", "p_as_sign"], update=0.25, counter=0.4,
                      lede=LEDES, lede_place=["deck", "after_meta", "label_inline", "after_caption"],
                      caption=0.75, caption_fmt=["c_as"], headings=0.35, heading_fmt=["h_as"],
                      dateline=["dl_paren", None], mid=[("as_iss", 0.35), ("as_send", 0.3)],
                      after=[("as_sky", 0.45), ("as_tags", 0.5), ("as_src", 0.45), ("as_share", 0.65),
                             ("as_more", 0.55), ("as_donate", 0.3)],
                      footer=["f_as"], layout=["blank", "indent"], body_noise=[None, "mms"]),
    "fresh22_2": dict(site="af", header=[("af_lang", 0.8), ("af_rates", 0.5), ("site_name", 1.0), ("widget", 0.85),
                                         ("nav", 0.9), ("af_weather", 0.4)],
                      widget=["w_af_dari", "w_af_pair", "w_af_pashto", "w_af_num"], kicker=0.4,
                      title_noise=[None, "lre"],
                      byline=["b_af_dari", "b_af_pashto", "b_af_report", "b_af_tr", "b_af_desk"],
                      publine=["p_af_dari", "p_af_pashto", "p_af_utc"], update=0.25, counter=0.35,
                      lede=LEDES, lede_place=["deck", "after_meta", "label_above"],
                      caption=0.7, caption_fmt=["c_af"], headings=0.3, heading_fmt=["h_af"],
                      dateline=["dl_af", "dl_af", None], mid=[("af_also", 0.45), ("af_radio", 0.3)],
                      after=[("af_tags", 0.5), ("af_src", 0.5), ("af_share", 0.65), ("af_more", 0.55),
                             ("af_apps", 0.35)],
                      footer=["f_af"], layout=["blank", "single"], body_noise=[None, "pdig", "pdig"]),
    "fresh22_3": dict(site="th", header=[("th_lang", 0.8), ("th_rate", 0.4), ("site_name", 1.0), ("widget", 0.85),
                                         ("nav", 0.9), ("th_weather", 0.35)],
                      widget=["w_th_thai", "w_th_thdig", "w_th_jawi", "w_th_be"], kicker=0.4,
                      title_noise=[None, "nfd"],
                      byline=["b_th_thai", "b_th_jawi", "b_th_ar", "b_th_two", "b_th_desk"],
                      publine=["p_th_thai", "p_th_jawi", "p_th_ict"], update=0.25, counter=0.35,
                      lede=LEDES, lede_place=["deck", "after_caption", "quote"],
                      caption=0.75, caption_fmt=["c_th", "c_jw"], headings=0.3, heading_fmt=["h_th"],
                      dateline=["dl_bracket", None], mid=[("th_line", 0.35), ("th_also", 0.4)],
                      after=[("th_tags", 0.5), ("th_src", 0.45), ("th_share", 0.7), ("th_more", 0.55),
                             ("th_comments", 0.35)],
                      footer=["f_th"], layout=["blank", "trail"], body_noise=[None, "nfd"], bom=0.15),
    "fresh22_4": dict(site="au", header=[("au_fuel", 0.55), ("au_tools", 0.6), ("site_name", 1.0),
                                         ("widget", 0.8), ("nav", 0.9)],
                      widget=["w_au_bullets", "w_au_fw"], kicker=0.5, title_noise=[None, "lre"],
                      byline=["b_au_test", "b_au_photo", "b_au_two", "b_au_desk"],
                      publine=["p_au_read", "p_au_en", "p_au_emoji"], update=0.3, counter=0.4,
                      lede=LEDES, lede_place=["deck", "after_meta", "label_inline", "after_caption"],
                      caption=0.85, caption_fmt=["c_au"], posthead=[("au_spec", 0.45)], headings=0.4,
                      heading_fmt=["h_au"], mid=[("au_finance", 0.4), ("au_testdrive", 0.35)],
                      after=[("au_rivals", 0.45), ("au_tags", 0.5), ("au_src", 0.4), ("au_share", 0.7),
                             ("au_comments", 0.4)],
                      footer=["f_au"], layout=["blank"], body_noise=[None, "lre"], crlf=0.25),
    "fresh22_5": dict(site="bk", header=[("bk_lang", 0.8), ("bk_ticker", 0.45), ("site_name", 1.0),
                                         ("widget", 0.85), ("nav", 0.9)],
                      widget=["w_bk_native", "w_bk_hij", "w_bk_roman"], kicker=0.45, title_noise=[None, "nfd"],
                      byline=["b_bk_native", "b_bk_native", "b_bk_ar", "b_bk_two", "b_bk_desk"],
                      publine=["p_bk_native", "p_bk_native", "p_bk_cet", "p_bk_rel"], update=0.3, counter=0.35,
                      lede=LEDES, lede_place=["deck", "after_meta", "bar", "label_above"],
                      caption=0.75, caption_fmt=["c_bk"], headings=0.3, heading_fmt=["h_bk"],
                      dateline=["dl_angle", None], mid=[("bk_also", 0.45), ("bk_donate", 0.3)],
                      after=[("bk_tags", 0.5), ("bk_src", 0.45), ("bk_share", 0.7), ("bk_most", 0.45),
                             ("bk_comments", 0.35)],
                      footer=["f_bk"], layout=["blank", "single"], body_noise=[None, "nfd", "feff"]),
    "fresh22_6": dict(site="rd", pre=[("rd_login", 0.5)],
                      header=[("rd_top", 0.8), ("rd_comm", 1.0), ("rd_poster", 1.0)],
                      widget=[None], kicker=0.7,
                      posttitle=[("rd_domain", 0.9), ("rd_votes", 0.8)],
                      byline=["b_rd_orig", "b_rd_via", None],
                      publine=["p_rd_orig", "p_rd_after", None], update=0.0, counter=0.0,
                      lede=LEDES, lede_place=["label_above", "deck"],
                      caption=0.45, caption_fmt=["c_rd"], headings=0.35, heading_fmt=["h_rd"],
                      dateline=["dl_paren", None], mid=[("rd_promoted", 0.3), ("rd_edit", 0.3)],
                      after=[("rd_src", 0.45), ("rd_comments", 0.85), ("rd_more", 0.5), ("rd_rules", 0.5)],
                      footer=["f_rd"], layout=["blank", "trail"], body_noise=[None]),
    "fresh22_7": dict(site="en", header=[("en_ticker", 0.7), ("site_name", 1.0), ("widget", 0.8), ("nav", 0.9),
                                         ("en_rigs", 0.35)],
                      widget=["w_en_bi", "w_en_native"], kicker=0.5, title_noise=[None, "nbsp"],
                      byline=["b_en_analyst", "b_en_editor", "b_en_city", "b_en_two", "b_en_desk"],
                      publine=["p_en_gmt", "p_en_mon", "p_en_ar"], update=0.3, counter=0.35,
                      lede=LEDES, lede_place=["deck", "after_meta", "label_above", "after_caption"],
                      caption=0.7, caption_fmt=["c_en"], posthead=[("en_chart", 0.35)], headings=0.4,
                      heading_fmt=["h_en"], dateline=["dl_paren", None],
                      mid=[("en_quote", 0.4), ("en_newsletter", 0.3)],
                      after=[("en_table", 0.45), ("en_agenda", 0.35), ("en_tags", 0.5), ("en_src", 0.45),
                             ("en_share", 0.65), ("en_more", 0.5)],
                      footer=["f_en"], layout=["blank", "indent"], body_noise=[None, "six"], crlf=0.15),
    "fresh22_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

PRE_POOL = ["rd_login"]
HEADER_ORDER = ["rd_top", "af_lang", "th_lang", "bk_lang", "as_moon", "af_rates", "th_rate", "en_ticker", "au_fuel",
                "au_tools", "rd_comm", "site_name", "widget", "nav", "bk_ticker", "as_event", "af_weather",
                "th_weather", "en_rigs", "rd_poster"]
HEAD_POOL = [h for h in HEADER_ORDER if h not in ("site_name", "widget", "nav", "rd_poster")]
POSTTITLE_POOL = ["rd_domain", "rd_votes"]
POSTHEAD_POOL = ["au_spec", "en_chart"]
MID_POOL = ["as_iss", "as_send", "af_also", "af_radio", "th_line", "th_also", "au_finance", "au_testdrive",
            "bk_also", "bk_donate", "rd_promoted", "rd_edit", "en_quote", "en_newsletter"]
AFTER_POOL = ["as_sky", "as_tags", "as_src", "as_share", "as_more", "as_donate", "af_tags", "af_src", "af_share",
              "af_more", "af_apps", "th_tags", "th_src", "th_share", "th_more", "th_comments", "au_rivals",
              "au_tags", "au_src", "au_share", "au_comments", "bk_tags", "bk_src", "bk_share", "bk_most",
              "bk_comments", "rd_src", "rd_comments", "rd_more", "rd_rules", "en_table", "en_agenda", "en_tags",
              "en_src", "en_share", "en_more"]
CHOICES = dict(widget=["w_as_jd", "w_as_hijfirst", "w_as_indic", "w_af_dari", "w_af_pair", "w_af_pashto",
                       "w_af_num", "w_th_thai", "w_th_thdig", "w_th_jawi", "w_th_be", "w_au_bullets", "w_au_fw",
                       "w_bk_native", "w_bk_hij", "w_bk_roman", "w_en_bi", "w_en_native", None],
               byline=["b_as_obs", "b_as_two", "b_as_dr", "b_as_desk", "b_af_dari", "b_af_pashto", "b_af_report",
                       "b_af_tr", "b_af_desk", "b_th_thai", "b_th_jawi", "b_th_ar", "b_th_two", "b_th_desk",
                       "b_au_test", "b_au_photo", "b_au_two", "b_au_desk", "b_bk_native", "b_bk_ar", "b_bk_two",
                       "b_bk_desk", "b_rd_orig", "b_rd_via", "b_en_analyst", "b_en_editor", "b_en_city",
                       "b_en_two", "b_en_desk", None],
               publine=["p_as_ut", "p_as_hij", "p_as_sign", "p_af_dari", "p_af_pashto", "p_af_utc", "p_th_thai",
                        "p_th_jawi", "p_th_ict", "p_au_read", "p_au_en", "p_au_emoji", "p_bk_native", "p_bk_cet",
                        "p_bk_rel", "p_rd_orig", "p_rd_after", "p_en_gmt", "p_en_mon", "p_en_ar", None],
               caption_fmt=["c_as", "c_af", "c_th", "c_jw", "c_au", "c_bk", "c_rd", "c_en"],
               lede_place=["deck", "after_meta", "after_caption", "label_inline", "label_above", "quote", "bar"],
               heading_fmt=["h_as", "h_af", "h_th", "h_au", "h_bk", "h_rd", "h_en"],
               dateline=["dl_paren", "dl_af", "dl_bracket", "dl_angle", None],
               footer=["f_as", "f_af", "f_th", "f_au", "f_bk", "f_rd", "f_en", None],
               body_noise=[None, "nfd", "mms", "feff", "pdig", "lre", "six"],
               title_noise=[None, "nfd", "lre", "nbsp"])
BASES = [f"fresh22_{k}" for k in range(1, 8)]
MARKED_LEDES = ("label_inline", "label_above", "quote", "bar")


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
    own = [h for h, _ in STYLES[base]["header"] if h in HEAD_POOL and rng.random() < 0.6]
    extra = [h for h in HEAD_POOL if rng.random() < 0.08]
    names = own + extra + ["site_name", "widget", "nav"]
    if base == "fresh22_6":
        names.append("rd_poster")
    spec["header"] = [(h, 0.8 if h == "widget" else 1.0) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    spec["pre"] = [(p, 1.0) for p in PRE_POOL if rng.random() < 0.15]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["update"] = rng.choice([0.0, 0.4])
    spec["counter"] = rng.choice([0.0, 0.4])
    spec["caption"] = 0.65
    spec["lede"] = list(LEDES)
    spec["headings"] = 0.4
    spec["posttitle"] = [(p, 0.2) for p in POSTTITLE_POOL]
    spec["posthead"] = [(p, 0.25) for p in POSTHEAD_POOL]
    spec["mid"] = [(m, 0.1) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.1]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["layout"] = [rng.choice(["blank", "blank", "single", "indent", "trail"])]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def bk_lang(country):
    return "ba" if country == "ba" else "sq"


def fmt_widget(fmt, d, rng, ctx):
    """(format used, lines) of the site's header date widget for day d (the crawl day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    hy, hmo, hd = G.hijri(d)
    mon = months_of(ctx["country"])
    if fmt == "w_as_jd":
        return fmt, [f"{wd} {day} {mon[m]} {y} — اليوم اليولياني {jdn(d)}"]
    if fmt == "w_as_hijfirst":
        return fmt, [f"{hd} {G.HIJ[hmo - 1]} {hy}هـ ◂ {wd} {day}/{m + 1}/{y}م"]
    if fmt == "w_as_indic":
        return fmt, [f"{y}/{m + 1:02d}/{day:02d} — {hy}/{hmo:02d}/{hd:02d}".translate(IND)]
    if fmt in ("w_af_dari", "w_af_pair", "w_af_pashto", "w_af_num"):
        jy, jm, jd_ = solar(d)
        if fmt == "w_af_dari":
            return fmt, [f"{DARI_WD[wk]}، {jd_} {AF_SOLAR[jm - 1]} {jy} هـ ش".translate(PER)]
        if fmt == "w_af_pair":
            return fmt, [f"{DARI_WD[wk]} {jd_} {AF_SOLAR[jm - 1]} {jy} ({day} {DARI_GMON[m]} {y})".translate(PER)]
        if fmt == "w_af_pashto":
            return fmt, [f"{jd_} {PS_SOLAR[jm - 1]} {jy} لمریز — {hd} {G.HIJ[hmo - 1]} {hy} سپوږمیز".translate(PER)]
        return fmt, [f"{jy}/{jm}/{jd_} هـ ش | {y}/{m + 1}/{day} م".translate(PER)]
    if fmt == "w_th_thai":
        return fmt, [f"วัน{TH_WD[wk]}ที่ {day} {TH_MON[m]} พ.ศ. {y + 543}"]
    if fmt == "w_th_thdig":
        return fmt, [f"{day} {TH_MON_AB[m]} {y + 543}".translate(THD)]
    if fmt == "w_th_jawi":
        return fmt, [f"{JAWI_WD[wk]}، {day} {JAWI_MON[m]} {y} / {hd} {G.HIJ[hmo - 1]} {hy}".translate(IND)]
    if fmt == "w_th_be":
        return fmt, [f"{wd} {day} {G.EG[m]} {y}م ({y + 543} بوذية)"]
    if fmt == "w_au_bullets":
        return fmt, [f"{wd} • {day} • {mon[m]} • {y}"]
    if fmt == "w_au_fw":
        return fmt, [f"{day} {mon[m]} {y} ｜ {wd}"]
    if fmt in ("w_bk_native", "w_bk_hij", "w_bk_roman"):
        lang = bk_lang(ctx["country"])
        if fmt == "w_bk_native":
            if lang == "ba":
                return fmt, [f"{BS_WD[wk]}, {day}. {BS_MON[m]} {y}."]
            return fmt, [f"{SQ_WD[wk]}, {day} {SQ_MON[m]} {y}"]
        if fmt == "w_bk_hij":
            if lang == "ba":
                return fmt, [f"{day}. {BS_MON[m]} {y}. / {hd}. {BS_HIJ[hmo - 1]} {hy}. h.g."]
            return fmt, [f"{day} {SQ_MON[m]} {y} / {hd} {SQ_HIJ[hmo - 1]} {hy} h."]
        wdn = BS_WD[wk] if lang == "ba" else SQ_WD[wk]
        return fmt, [f"{wdn}, {day}. {ROMAN[m]}. {y}."]
    if fmt == "w_en_bi":
        return fmt, [f"{EN_WD3[wk]}, {day} {EN_MON3[m]} {y} — {wd} {day} {mon[m]}"]
    if fmt == "w_en_native":
        if ctx["country"] == "dz":
            return fmt, [f"{wd} {day} {G.MAG[m]} {y} | {FR_WD[wk].capitalize()} {day} {FR_MON[m]} {y}"]
        if ctx["country"] == "iq":
            return fmt, [f"{wd} {day} {G.LEV[m]} {y} م"]
        return fmt, [f"{day} {mon[m]} {y} | {wd}"]
    raise ValueError(fmt)


RELATIVE_ONLY = ("p_bk_rel",)
ZONE = {"ae": "GST", "om": "GST", "sa": "AST", "kw": "AST", "qa": "AST", "bh": "AST"}


def fmt_publine(fmt, d, tm, rng, ctx):
    """dict(meta=[meta lines], after=[lines after the body], value=published truth or None)."""
    crawl = ctx["crawl"]
    country = ctx["country"]
    if fmt == "p_bk_rel":
        days = ((crawl - d).days if d else 0)
        lang = bk_lang(country)
        if days <= 0:
            k = rng.randint(2, 11)
            line = f"prije {k} sati" if lang == "ba" else f"para {k} orësh"
        else:
            line = f"prije {days} dana" if lang == "ba" else f"para {days} ditësh"
        if days == 1:
            line = "jučer" if lang == "ba" else "dje"
        return dict(meta=[line], after=[], value=None)
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(meta=[], after=[], value=full)
    mon = months_of(country)
    if tm:
        hh, mi = tm
        ampm = "م" if hh >= 12 else "ص"
    if fmt == "p_as_ut":
        out["meta"] = [f"نُشر: {day}.{m + 1}.{y}" + (f" — {hm(hh, mi)} بالتوقيت العالمي" if tm else "")]
    elif fmt == "p_as_hij":
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"نُشر يوم {wd} {hd} من {G.HIJ[hmo - 1]} {hy}هـ، الموافق {day} من {mon[m]} {y}م" +
                       (f" – الساعة {G.h12(hh)}:{mi:02d} {period(hh)}" if tm else "")]
    elif fmt == "p_as_sign":
        out["value"] = d.isoformat()
        out["after"] = [f"— أُعدّ هذا التقرير في {ctx['city'] or ctx['site']} بتاريخ {day}/{m + 1}/{y}"]
    elif fmt in ("p_af_dari", "p_af_pashto"):
        jy, jm, jd_ = solar(d)
        if fmt == "p_af_dari":
            out["meta"] = [(f"تاریخ نشر: {jd_} {AF_SOLAR[jm - 1]} {jy}" +
                            (f" — ساعت {hm(hh, mi)}" if tm else "")).translate(PER)]
        else:
            line = f"د خپرېدو نېټه: {jy}/{jm:02d}/{jd_:02d}" + (f" — {hm(hh, mi)} بجې" if tm else "")
            out["meta"] = [line.translate(PER) if rng.random() < 0.5 else line]
    elif fmt == "p_af_utc":
        out["meta"] = [f"نُشر: {day:02d}.{m + 1:02d}.{y}" + (f" ◦ {hm(hh, mi)} (UTC+04:30)" if tm else "")]
    elif fmt == "p_th_thai":
        out["meta"] = [f"เผยแพร่: {day} {TH_MON_AB[m]} {y + 543}" + (f" {hm(hh, mi)} น." if tm else "")]
    elif fmt == "p_th_jawi":
        out["meta"] = [(f"دتربيتکن: {day} {JAWI_MON[m]} {y}" + (f"، ڤوکول {hh}.{mi:02d}" if tm else ""))
                       .translate(IND)]
    elif fmt == "p_th_ict":
        out["meta"] = [f"نُشر: {wd} {day} {G.EG[m]} {y}" + (f" ❘ {hm(hh, mi)} (ICT)" if tm else "")]
    elif fmt == "p_au_read":
        out["meta"] = [f"نُشر {day} {mon[m]} {y}" + (f" — {G.h12(hh)}:{mi:02d} {period(hh)}" if tm else "") +
                       f" | زمن القراءة: {rng.randint(2, 9)} د"]
    elif fmt == "p_au_en":
        out["meta"] = [f"Published: {day} {EN_MON[m]} {y}" +
                       (f", {hm(hh, mi)} {ZONE.get(country, 'AST')}" if tm else "")]
    elif fmt == "p_au_emoji":
        out["meta"] = [f"📰 {day:02d}.{m + 1:02d}.{y}" + (f" ⌚ {hm(hh, mi)}" if tm else "")]
    elif fmt == "p_bk_native":
        if bk_lang(country) == "ba":
            out["meta"] = [f"Objavljeno: {day:02d}.{m + 1:02d}.{y}." + (f" u {hm(hh, mi)}" if tm else "")]
        else:
            out["meta"] = [f"Publikuar më: {day:02d}.{m + 1:02d}.{y}" + (f", ora {hm(hh, mi)}" if tm else "")]
    elif fmt == "p_bk_cet":
        out["meta"] = [f"نُشر في {day:02d}/{m + 1:02d}/{y}" + (f" – الساعة {hm(hh, mi)} ({cet_zone(d)})" if tm else "")]
    elif fmt == "p_rd_orig":
        out["meta"] = [f"تاريخ نشر الخبر الأصلي: {day}/{m + 1}/{y}" + (f" {G.h12(hh)}:{mi:02d} {ampm}" if tm else "")]
    elif fmt == "p_rd_after":
        out["value"] = d.isoformat()
        out["after"] = [f"(نُشر الخبر في {ctx['src_site']} يوم {day} {mon[m]} {y})"]
    elif fmt == "p_en_gmt":
        out["meta"] = [f"نُشر في {day} {mon[m]} {y}" + (f" الساعة {hm(hh, mi)} بتوقيت غرينتش" if tm else "")]
    elif fmt == "p_en_mon":
        out["meta"] = [f"{day:02d}-{EN_MON3[m]}-{y}" + (f" {hm(hh, mi)}" if tm else "")]
    elif fmt == "p_en_ar":
        out["meta"] = [f"التاريخ: {wd} {day}/{m + 1}/{y}" + (f" – التوقيت: {G.h12(hh)}:{mi:02d} {ampm}" if tm else "")]
    else:
        raise ValueError(fmt)
    return out


UPDATE_OF = {"p_as_ut": "u_as", "p_as_hij": "u_as", "p_af_dari": "u_af", "p_af_pashto": "u_af", "p_af_utc": "u_af",
             "p_th_thai": "u_th", "p_th_jawi": "u_th", "p_th_ict": "u_th", "p_au_read": "u_au", "p_au_en": "u_au",
             "p_au_emoji": "u_au", "p_bk_native": "u_bk", "p_bk_cet": "u_bk", "p_en_gmt": "u_en",
             "p_en_mon": "u_en", "p_en_ar": "u_en"}


def fmt_update(ufmt, pub, tm, crawl, rng, ctx):
    """(line, modified truth) of an update line no later than the crawl day; (None, None) without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 30)))
    d, hh, mi = u.date(), u.hour, u.minute
    if ufmt == "u_as":
        line = f"تحديث: أُضيفت صور جديدة في {d.day}/{d.month}/{d.year} {hm(hh, mi)}"
    elif ufmt == "u_af":
        jy, jm, jd_ = solar(d)
        line = f"آخرین بروزرسانی: {jd_} {AF_SOLAR[jm - 1]} {jy} — {hm(hh, mi)}".translate(PER)
    elif ufmt == "u_th":
        line = f"แก้ไขล่าสุด: {d.day} {TH_MON_AB[d.month - 1]} {d.year + 543} {hm(hh, mi)} น."
    elif ufmt == "u_au":
        line = f"حُدّث: {d.day:02d}.{d.month:02d}.{d.year} ⌚ {hm(hh, mi)}"
    elif ufmt == "u_bk":
        if bk_lang(ctx["country"]) == "ba":
            line = f"Ažurirano: {d.day:02d}.{d.month:02d}.{d.year}. u {hm(hh, mi)}"
        else:
            line = f"Përditësuar: {d.day:02d}.{d.month:02d}.{d.year}, ora {hm(hh, mi)}"
    else:
        line = f"محدّث {d.day:02d}/{d.month:02d}/{d.year} {hm(hh, mi)}"
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


def noise(text, kind, rng):
    """Body or title noise that display normalization or word folding removes."""
    if kind == "nfd":
        return "".join(NFD_MAP.get(c, c) for c in text)
    if kind == "mms":
        return spaces_to(text, "\u205f", 0.08, rng)
    if kind == "feff":
        return "\ufeff" + text
    if kind == "pdig":
        return text.translate(PER)
    if kind == "lre":
        return re.sub(r"[0-9A-Za-z]+(?:[.,:/%-][0-9A-Za-z]+)*",
                      lambda mt: "\u202a" + mt.group(0) + "\u202c" if rng.random() < 0.7 else mt.group(0), text)
    if kind == "six":
        return re.sub(r"(?<=\w)([،؛؟!:])", lambda mt: "\u2006" + mt.group(1) if rng.random() < 0.6 else mt.group(1),
                      text)
    if kind == "nbsp":
        return spaces_to(text, NBSP, 0.12, rng)
    return text


def heading_lines(h, fmt):
    return [{"h_as": f"✶ {h}", "h_af": f"❖ {h}", "h_th": f"◆ {h}", "h_au": f"▌{h}", "h_bk": f"» {h}",
             "h_rd": f"**{h}**", "h_en": f"◼ {h}"}.get(fmt, h)]


def caption_line(cfmt, cap, credit):
    if cfmt == "c_as":
        return f"{cap} ✦ تصوير: {credit}"
    if cfmt == "c_af":
        return f"📷 عکس: {credit} | {cap}"
    if cfmt == "c_th":
        return f"{cap} (ภาพ: {credit})"
    if cfmt == "c_jw":
        return f"{cap} — ݢمبر: {credit}"
    if cfmt == "c_au":
        return f"{cap} — الصورة من: {credit}"
    if cfmt == "c_bk":
        return f"{cap} | Foto: {credit}"
    if cfmt == "c_rd":
        return f"🖼 {cap} · {credit}"
    if cfmt == "c_en":
        return f"{cap} ⟨{credit}⟩"
    raise ValueError(cfmt)


def apply_dateline(form, doc, paras, truth, comp):
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl[0], dl[1].rstrip(" :،-–")
    if not rest:
        return None
    dl = (place, rest)
    if form == "dl_paren":
        paras[0] = f"{place} ({rest}) — {paras[0]}"
    elif form == "dl_af":
        paras[0] = f"{place}، {rest} ⁃ {paras[0]}"
    elif form == "dl_bracket":
        paras[0] = f"[{place}] {rest} — {paras[0]}"
    else:
        paras[0] = f"{place} ‹{rest}› {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl


def fmt_k(n):
    return f"{n / 1000:.1f}k" if n >= 1000 else str(n)


# --------------------------------------------------------------- rendering
def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict), the same schema as gen_dumps.render()."""
    key = spec["site"]
    comp = {"site": key, "base": spec.get("base")}
    others = Pool([o for o in rng.sample(others, min(len(others), 60)) if fold(o) != fold(doc["title"])], rng)
    groups = []  # dicts: kind, lines, chrome (bool), glue (no separator line before)

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
    site, dom, tagline, city, country = rng.choice(SITES[key])
    year = crawl.year
    layout = pick("layout")
    people = PEOPLE[key]
    name = rng.choice(people)
    name2 = rng.choice([p for p in people if p != name])
    female = name in FEMALE
    ctx = dict(key=key, site=site, city=city, country=country, crawl=crawl, src_site=doc["site"] or site)
    mon = months_of(country)

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine")
    if pfmt and not pub and pfmt not in RELATIVE_ONLY:
        pfmt = None
    comp["publine"] = pfmt
    pinfo = fmt_publine(pfmt, pub, tm, rng, ctx) if pfmt else None
    if pinfo:
        truth["published"] = pinfo["value"]
    nkind = pick("body_noise")

    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dl = apply_dateline(dform, doc, paras, truth, comp) if (not summary or summary != paras[0]) else None
    dl_used = dl is not None
    handle = rng.choice(RD_HANDLES)
    comm, comm_about = rng.choice(RD_COMMS)

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "rd_login":
            add("login", ["سجّل الدخول لتتمكن من التصويت والتعليق", "تسجيل الدخول", "إنشاء حساب"])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "as_moon":
            age, illum, phase = moon(crawl)
            add("moon", [f"🌔 القمر الليلة: {phase} — الإضاءة {illum}٪ — العمر {days_ar(age)}"])
        elif hname == "as_event":
            d2 = crawl + datetime.timedelta(days=rng.randint(4, 90))
            add("event", [f"الحدث الفلكي القادم: {rng.choice(AS_EVENTS)} — ليلة {d2.day} {mon[d2.month - 1]}"
                          f" {d2.year}"])
        elif hname == "af_lang":
            add("lang", ["دری | پښتو | English | العربية | Русский"])
        elif hname == "af_rates":
            add("rates", [(f"نرخ اسعار: دالر {rng.randint(6800, 8800) / 100:.2f} افغانی | یورو "
                           f"{rng.randint(7400, 9600) / 100:.2f} | کلدار {rng.randint(22, 40) / 100:.2f}")
                          .translate(PER)])
        elif hname == "af_weather":
            add("weather", [f"{rng.choice(['کابل', 'هرات', 'مزار شریف'])} {rng.randint(-6, 38)}° — "
                            f"{rng.choice(['آفتابی', 'ابری', 'بارانی', 'برفی'])}".translate(PER)])
        elif hname == "th_lang":
            add("lang", ["ไทย | بهاس ملايو (جاوي) | العربية | English"])
        elif hname == "th_rate":
            add("rate", [f"อัตราแลกเปลี่ยน: 1 USD = {rng.randint(3150, 3790) / 100:.2f} บาท | 1 MYR = "
                         f"{rng.randint(720, 820) / 100:.2f} บาท"])
        elif hname == "th_weather":
            add("weather", [f"ปัตตานี {rng.randint(24, 36)}°C {rng.choice(['ฝนฟ้าคะนอง', 'มีเมฆบางส่วน', 'แดดจัด'])}"])
        elif hname == "au_fuel":
            cur = {"ae": "درهم", "kw": "فلس", "sa": "ريال"}.get(country, "ريال")
            if country == "kw":
                vals = (85, 105, 115)
            elif country == "ae":
                vals = (rng.randint(280, 340) / 100, rng.randint(290, 350) / 100, rng.randint(290, 360) / 100)
            else:
                vals = (2.18, 2.33, 1.66)
            add("fuel", [f"⛽ أسعار الوقود لشهر {G.EG[crawl.month - 1]} ({cur}/لتر): بنزين 91: {vals[0]} | "
                         f"بنزين 95: {vals[1]} | ديزل: {vals[2]}"])
        elif hname == "au_tools":
            add("tools", ["قارن السيارات | احسب قسط التمويل | أسعار المستعمل | احجز تجربة قيادة"])
        elif hname == "bk_lang":
            add("lang", ["Bosanski | Shqip | English | العربية" if country == "ba" else
                         "Shqip | Bosanski | Türkçe | English | العربية"])
        elif hname == "bk_ticker":
            lab = "NAJNOVIJE" if bk_lang(country) == "ba" else "TË FUNDIT"
            add("ticker", [f"{lab} ▸ {others.pop()}"])
        elif hname == "rd_top":
            add("top", ["الرئيسية · الشائع · استكشف · 🔍 ابحث في المنتدى"])
        elif hname == "rd_comm":
            add("comm", [f"ع/{comm} • {rng.randint(12, 480)} ألف عضو • {rng.randint(80, 2400)} متصل الآن",
                         "انضمام"])
        elif hname == "rd_poster":
            add("poster", [f"نشره {handle} • {rel_ar(pub or crawl, crawl, rng)}"])
        elif hname == "en_ticker":
            br = rng.randint(6200, 9600) / 100
            add("ticker", [f"برنت {br:.2f}$ {rng.choice(['▲', '▼'])}{rng.randint(1, 180) / 100:.2f} | غرب تكساس "
                           f"{br - rng.randint(200, 500) / 100:.2f}$ | سلة أوبك "
                           f"{br + rng.randint(-150, 150) / 100:.2f}$"
                           f" | الغاز الطبيعي {rng.randint(150, 420) / 100:.2f}$"])
        elif hname == "en_rigs":
            add("rigs", [f"عدد الحفارات النشطة (أمريكا): {rng.randint(480, 760)} {rng.choice(['▲', '▼'])}"
                         f"{rng.randint(1, 9)}"])
        elif hname == "site_name":
            add("site_name", [site, tagline] if tagline else [site])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                used, lines = fmt_widget(wfmt, crawl, rng, ctx)
                comp["widget"] = used
                add("widget", lines)
                truth["page_date"] = crawl.isoformat()
        elif hname == "nav":
            if key == "rd":
                continue
            vocab = NAV[key]
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(3, len(vocab) - 1))
            if key == "af":
                add("nav", items)
            else:
                add("nav", [NAV_SEP[key].join(items)])
        comp.setdefault("header", []).append(hname)

    # the article's head
    tnoise = pick("title_noise")
    shown_title = noise(title, tnoise, rng)

    cap_line = None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        cap = rng.choice(CAPTIONS[key])
        credit = rng.choice(CREDITS[cfmt])
        truth["images"].append({"caption": cap, "credit": credit})
        cap_line = caption_line(cfmt, cap, credit)

    kicker = None
    if rng.random() < spec["kicker"]:
        section = rng.choice(SECTIONS[key])
        kicker = {"as": f"⟡ {section}", "af": f"{section} ◂", "th": f"◇ {section}", "au": f"{section} /",
                  "bk": f"‹ {section} ›", "rd": f"[{section}]", "en": f"{section} ⟩"}[key]

    # meta lines
    meta = []
    authors = []
    lang = bk_lang(country)
    if bfmt == "b_as_obs":
        meta.append(f"رصد وإعداد: {name}")
        authors = [name]
    elif bfmt == "b_as_two":
        meta.append(f"كتبه: {name} — مراجعة فلكية: {name2}")
        authors = [name]
    elif bfmt == "b_as_dr":
        meta.append(f"د. {name}، {'عضوة' if female else 'عضو'} الاتحاد العربي لعلوم الفضاء والفلك")
        authors = [name]
    elif bfmt == "b_as_desk":
        meta.append("فريق الرصد والمتابعة")
    elif bfmt == "b_af_dari":
        who = DARI_NAME.get(name, name)
        meta.append(f"نویسنده: {who}")
        authors = [who]
    elif bfmt == "b_af_pashto":
        who = DARI_NAME.get(name, name)
        meta.append(f"لیکوال: {who}")
        authors = [who]
    elif bfmt == "b_af_report":
        meta.append(f"تقرير {name} من {city or site}")
        authors = [name]
    elif bfmt == "b_af_tr":
        meta.append(f"{name} — ترجمه به عربی: {name2}")
        authors = [name]
    elif bfmt == "b_af_desk":
        meta.append("د خبرونو څانګه")
    elif bfmt == "b_th_thai":
        who = THAI_NAME.get(name, name)
        meta.append(f"ผู้เขียน: {who}")
        authors = [who]
    elif bfmt == "b_th_jawi":
        who = JAWI_NAME.get(name, name)
        meta.append(f"اوليه: {who}")
        authors = [who]
    elif bfmt == "b_th_ar":
        meta.append(f"إعداد: {name} – مكتب {city or site}")
        authors = [name]
    elif bfmt == "b_th_two":
        meta.append(f"بقلم: {name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_th_desk":
        meta.append("กองบรรณาธิการ")
    elif bfmt == "b_au_test":
        meta.append(f"تجربة قيادة: {name}")
        authors = [name]
    elif bfmt == "b_au_photo":
        meta.append(f"بقلم {name} | تصوير {name2}")
        authors = [name]
    elif bfmt == "b_au_two":
        meta.append(f"{name} و{name2} – فريق التحرير")
        authors = [name, name2]
    elif bfmt == "b_au_desk":
        meta.append("قسم أخبار السيارات")
    elif bfmt == "b_bk_native":
        who = rng.choice(LATIN_NAME[lang])
        meta.append(f"Autor: {who}" if lang == "ba" else f"Autori: {who}")
        authors = [who]
    elif bfmt == "b_bk_ar":
        meta.append(f"{'كتبت' if female else 'كتب'}: {name}")
        authors = [name]
    elif bfmt == "b_bk_two":
        meta.append(f"{name} / {name2}")
        authors = [name, name2]
    elif bfmt == "b_bk_desk":
        meta.append("Redakcija" if lang == "ba" else "Redaksia")
    elif bfmt == "b_rd_orig":
        meta.append(f"الكاتب الأصلي: {name}")
        authors = [name]
    elif bfmt == "b_rd_via":
        meta.append(f"منقول عن {ctx['src_site']} — بقلم {name}")
        authors = [name]
    elif bfmt == "b_en_analyst":
        meta.append(f"{'محللة' if female else 'محلل'} أسواق الطاقة: {name}")
        authors = [name]
    elif bfmt == "b_en_editor":
        meta.append(f"{name}، {'محررة' if female else 'محرر'} شؤون النفط")
        authors = [name]
    elif bfmt == "b_en_city":
        meta.append(f"بقلم: {name} — {city or site}")
        authors = [name]
    elif bfmt == "b_en_two":
        meta.append(f"{name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_en_desk":
        meta.append("وحدة أبحاث الطاقة")
    if pinfo:
        meta += pinfo["meta"]
        ufmt = UPDATE_OF.get(pfmt)
        if ufmt and pinfo["value"] and rng.random() < spec["update"]:
            line, mod = fmt_update(ufmt, pub, tm, crawl, rng, ctx)
            if line:
                meta.append(line)
                truth["modified"] = mod
                comp["update"] = True
    truth["authors"] = authors
    if rng.random() < spec["counter"]:
        n = rng.randint(40, 9000)
        meta.append({"as": f"👁 {n} قراءة", "af": f"بازدید: {n}".translate(PER), "th": f"อ่าน {n:,} ครั้ง",
                     "au": f"المشاهدات: {n:,}", "bk": f"Pregleda: {n}" if lang == "ba" else f"Shikime: {n}",
                     "rd": f"{n} مشاهدة", "en": f"قرأه {n} زائر"}[key])

    label = LEDE_LABEL[key]
    if key == "bk" and lang != "ba":
        label = "Shkurt"
    if kicker:
        add("kicker", [kicker])
    add("title", [shown_title], chrome=False)
    for ptname, p in spec["posttitle"]:
        if rng.random() >= p:
            continue
        comp.setdefault("posttitle", []).append(ptname)
        if ptname == "rd_domain":
            add("domain", [f"🔗 {RD_DOMAIN_OF.get(doc['site'] or '', rng.choice(RD_LINK_DOMAINS))}"])
        elif ptname == "rd_votes":
            add("votes", [f"▲ {fmt_k(rng.randint(5, 9800))} ▼",
                          f"💬 {rng.randint(3, 900)} تعليقًا · مشاركة · حفظ · إبلاغ"])
    if summary and lede_place == "deck":
        add("lede", [summary], chrome=False)
    if meta:
        add("meta", meta)
    if summary and lede_place == "after_meta":
        add("lede", [summary], chrome=False)
    if summary and lede_place == "label_inline":
        add("lede", [f"{label}: {summary}"], chrome=False)
    if summary and lede_place == "label_above":
        add("lede_label", [label + (":" if key in ("rd", "en") else "")])
        add("lede", [summary], chrome=False, glue=True)
    if summary and lede_place == "quote":
        add("lede", [f"❝ {summary} ❞"], chrome=False)
    if summary and lede_place == "bar":
        add("lede", [f"▍ {summary}"], chrome=False)
    if cap_line:
        add("caption", [cap_line])
    if summary and lede_place == "after_caption":
        add("lede", [summary], chrome=False)
    comp["lede_place"] = lede_place if summary else None
    for phname, p in spec["posthead"]:
        if rng.random() >= p:
            continue
        comp.setdefault("posthead", []).append(phname)
        if phname == "au_spec":
            cur = {"ae": "درهم", "kw": "دينار", "sa": "ريال"}.get(country, "ريال")
            price = rng.randint(60, 450) * (100 if cur == "دينار" else 1000) + rng.choice([0, 900, 500])
            add("spec", ["المواصفات الأساسية",
                         f"المحرك: {rng.choice(['4 سلندر', 'V6', 'V8', 'كهربائي بالكامل'])} — "
                         f"{rng.randint(150, 620)} حصانًا",
                         f"ناقل الحركة: {rng.choice(['أوتوماتيكي 8 سرعات', 'CVT', 'أوتوماتيكي 6 سرعات'])}",
                         f"السعر يبدأ من: {price:,} {cur}"])
        elif phname == "en_chart":
            add("chart", [f"📈 الرسم البياني: أداء {rng.choice(EN_CRUDES[:3])} خلال {days_ar(rng.choice([7, 30, 90]))} "
                          "(انقر للتكبير)"])
    if summary and lede_mode in ("promoted", "abstract") and groups[-1]["kind"] == "lede" \
            and lede_place not in MARKED_LEDES and not dl_used:
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
            if mname == "as_iss":
                a, b2 = sorted(rng.sample(range(19 * 60, 23 * 60 + 50), 2))
                add("iss", [f"🛰 مرور محطة الفضاء الدولية فوق {city or site} الليلة: {hm(a // 60, a % 60)} و"
                            f"{hm(b2 // 60, b2 % 60)}"])
            elif mname == "as_send":
                add("send", ["📝 هل رصدت الظاهرة؟ أرسل صورك ونتائج رصدك إلى فريق المرصد"])
            elif mname == "af_also":
                add("also", [f"بیشتر بخوانید: {others.pop()}"])
            elif mname == "af_radio":
                add("radio", [f"🎧 ما را در رادیو بشنوید — {rng.choice(AF_RADIO)}"])
            elif mname == "th_line":
                add("line", [f"💬 ติดตามข่าวสารผ่าน LINE: @{dom.split('.')[0]}"])
            elif mname == "th_also":
                add("also", [f"باچ جوݢ: {others.pop()}"])
            elif mname == "au_finance":
                cur = {"ae": "درهم", "kw": "دينار"}.get(country, "ريال")
                amount = rng.randint(9, 40) * (10 if country == "kw" else 100)
                add("finance", [f"💳 احسب القسط الشهري لهذه السيارة ابتداءً من {amount:,} {cur} شهريًا"])
            elif mname == "au_testdrive":
                add("testdrive", ["🚗 احجز تجربة قيادة مجانية لدى أقرب وكيل"])
            elif mname == "bk_also":
                add("also", [f"{'Pročitajte još' if lang == 'ba' else 'Lexo edhe'}: {others.pop()}"])
            elif mname == "bk_donate":
                add("donate", ["Podržite naš rad — donirajte" if lang == "ba" else "Mbështetni punën tonë — dhuroni"])
            elif mname == "rd_promoted":
                add("promoted", ["مُروَّج", f"{rng.choice(['تطبيق سوق الخليج', 'بنك الواحة الرقمي', 'متجر تقنية'])}"
                                 " — عروض حصرية لأعضاء المنتدى", "اعرف المزيد"])
            elif mname == "rd_edit":
                add("edit", [f"تعديل: {rng.choice(['أضفت رابط المصدر', 'صححت العنوان', 'شكرًا على الجائزة!'])}"])
            elif mname == "en_quote":
                add("quote", [f"🛢 سعر برنت الآن: {rng.randint(6200, 9600) / 100:.2f} دولار للبرميل "
                              f"({rng.randint(-250, 250) / 100:+.2f}%)"])
            elif mname == "en_newsletter":
                add("newsletter", ["📩 النشرة اليومية للطاقة — اشترك مجانًا", "بريدك الإلكتروني", "اشتراك"])
        if b["type"] == "heading":
            add("heading", heading_lines(b["text"], hfmt), chrome=False)
        else:
            add("body", [noise(b["text"], nkind, rng)], chrome=False)

    if pinfo and pinfo["after"]:
        add("signature", pinfo["after"])

    # after the body
    def src_list():
        srcs = [doc["site"]]
        if dl_used and truth["agencies"]:
            srcs.append(dl[1])
        elif rng.random() < 0.45:
            srcs.append(rng.choice(SRC_EXTRA[key]))
        return [s for s in dict.fromkeys(srcs) if s]

    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        kind = aname.split("_", 1)[1]
        if kind == "src":
            if truth["sources"] or not doc["site"]:
                continue
            srcs = src_list()
            if aname == "as_src":
                line = "المراجع: " + "، ".join(srcs)
            elif aname == "af_src":
                line = "منبع: " + "، ".join(srcs)
            elif aname == "th_src":
                line = "ที่มา: " + " / ".join(srcs)
            elif aname == "au_src":
                line = "مصادر: " + " | ".join(srcs)
            elif aname == "bk_src":
                line = ("Izvor: " if lang == "ba" else "Burimi: ") + ", ".join(srcs)
            elif aname == "rd_src":
                line = "رابط المصدر: " + " + ".join(srcs)
            else:
                line = "استُند في هذا الخبر إلى: " + "، ".join(srcs)
            add("sources", [line])
            truth["sources"] = srcs
        elif kind == "tags":
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            if aname == "as_tags":
                line = "وسوم: " + " ✦ ".join(tags)
            elif aname == "af_tags":
                line = "برچسب\u200cها: " + "، ".join(tags)
            elif aname == "th_tags":
                line = "แท็ก: " + ", ".join(tags)
            elif aname == "au_tags":
                line = "موسوم بـ: " + " / ".join(tags)
            elif aname == "bk_tags":
                line = ("Tagovi: " if lang == "ba" else "Etiketat: ") + ", ".join(tags)
            else:
                line = "وسوم الخبر: " + " · ".join(tags)
            add("tags", [line])
            truth["tags"] = tags
        elif aname == "as_sky":
            lines = ["تقويم السماء لهذا الأسبوع"]
            for k, ev in zip(sorted(rng.sample(range(1, 8), 3)), rng.sample(AS_SKY, 3)):
                d5 = crawl + datetime.timedelta(days=k)
                lines.append(f"• {G.WD[d5.weekday()]} {d5.day}/{d5.month}: {ev}")
            add("sky", lines)
        elif aname == "as_share":
            add("share", ["انشر الخبر: تيليغرام · واتساب · إكس · نسخ الرابط"])
        elif aname == "as_more":
            add("related", ["من أرشيف الرصد"] + [f"• {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "as_donate":
            add("donate", ["ساهم في دعم المرصد وشراء تلسكوب جديد", "تبرّع الآن"])
        elif aname == "af_share":
            add("share", ["شریک سازی: فیسبوک | ایکس | واتساپ | تلگرام"])
        elif aname == "af_more":
            lines = ["خبرهای مرتبط"]
            for _ in range(rng.randint(2, 4)):
                jy, jm, jd_ = solar(crawl - datetime.timedelta(days=rng.randint(0, 12)))
                lines.append(f"{others.pop()} — {jd_} {AF_SOLAR[jm - 1]}".translate(PER))
            add("related", lines)
        elif aname == "af_apps":
            add("apps", ["اپلیکیشن ما را دانلود کنید: Android | iOS"])
        elif aname == "th_share":
            add("share", ["แชร์: Facebook | LINE | X | คัดลอกลิงก์"])
        elif aname == "th_more":
            add("related", ["ข่าวที่เกี่ยวข้อง"] + [f"▸ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "th_comments":
            n = rng.randint(1, 3)
            lines = [f"ความคิดเห็น ({n})"]
            for who, said in zip(rng.sample(TH_COMMENTERS, n), rng.sample(TH_COMMENTS, n)):
                lines += [f"{who} · {rng.randint(1, 20)} ชั่วโมงที่แล้ว", said]
            add("comments", lines)
        elif aname == "au_rivals":
            lines = ["اقرأ عن سيارات أخرى في الفئة نفسها"]
            for _ in range(rng.randint(2, 3)):
                lines.append(f"◂ {others.pop()}")
            add("related", lines)
        elif aname == "au_share":
            add("share", ["شارك على: واتساب · سناب شات · إكس · تيليجرام"])
        elif aname == "au_comments":
            n = rng.randint(1, 3)
            lines = [f"نقاش القراء ({n})"]
            for who, said in zip(rng.sample(AU_COMMENTERS, n), rng.sample(AU_COMMENTS, n)):
                lines += [f"{who} — {rng.choice(AU_BRANDS)} {rng.randint(2012, year)}", said]
            add("comments", lines)
        elif aname == "bk_share":
            add("share", [("Podijeli" if lang == "ba" else "Shpërndaj") + ": Facebook · X · WhatsApp · Viber"])
        elif aname == "bk_most":
            lines = ["Najčitanije" if lang == "ba" else "Më të lexuarat"]
            lines += [f"{k}. {others.pop()}" for k in range(1, rng.randint(3, 5) + 1)]
            add("mostread", lines)
        elif aname == "bk_comments":
            n = rng.randint(1, 3)
            lines = [f"{'Komentari' if lang == 'ba' else 'Komentet'} ({n})"]
            for who, said in zip(rng.sample(BK_COMMENTERS, n), rng.sample(BK_COMMENTS, n)):
                dd = crawl - datetime.timedelta(days=rng.randint(0, 1))
                lines += [f"{who} · {dd.day:02d}.{dd.month:02d}.{dd.year}. {rng.randint(6, 23):02d}:"
                          f"{rng.randint(0, 59):02d}", said]
            add("comments", lines)
        elif aname == "rd_comments":
            n = rng.randint(1, 4)
            lines = [f"أفضل التعليقات ({rng.randint(n, 400)})", "ترتيب حسب: الأفضل ▾"]
            for who, said in zip(rng.sample([h for h in RD_HANDLES if h != handle], n), rng.sample(RD_COMMENTS, n)):
                lines += [f"{who} · {fmt_k(rng.randint(1, 4000))} نقطة · منذ {hours_ar(rng.randint(2, 11))}", said,
                          "رد · مشاركة · إبلاغ"]
            add("comments", lines)
        elif aname == "rd_more":
            add("related", [f"منشورات أخرى في ع/{comm}"] +
                [f"{others.pop()} ({rng.randint(3, 400)} تعليقًا)" for _ in range(rng.randint(2, 4))])
        elif aname == "rd_rules":
            d6 = crawl - datetime.timedelta(days=rng.randint(400, 3000))
            add("rules", ["حول المجتمع", comm_about, f"تأسس في {d6.day} {G.EG[d6.month - 1]} {d6.year}",
                          "قواعد المجتمع", "1. احترم الأعضاء الآخرين", "2. ضع رابط المصدر دائمًا",
                          "3. لا للإعلانات والترويج"])
        elif aname == "en_table":
            lines = ["أسعار الخامات اليوم (دولار/برميل)"]
            for crude in rng.sample(EN_CRUDES, 3):
                lines.append(f"{crude} | {rng.randint(6000, 9800) / 100:.2f} | {rng.randint(-300, 300) / 100:+.2f}")
            add("table", lines)
        elif aname == "en_agenda":
            lines = ["أجندة الطاقة"]
            for k, meet in zip(sorted(rng.sample(range(3, 120), 2)), rng.sample(EN_MEETINGS, 2)):
                d7 = crawl + datetime.timedelta(days=k)
                lines.append(f"◦ {meet} — {d7.day} {mon[d7.month - 1]} {d7.year}")
            add("agenda", lines)
        elif aname == "en_share":
            add("share", ["شارك: لينكدإن · إكس · واتساب · البريد"])
        elif aname == "en_more":
            add("related", ["تحليلات ذات صلة"] + [f"▹ {others.pop()}" for _ in range(rng.randint(2, 4))])
        comp.setdefault("after", []).append(aname)

    ffmt = pick("footer")
    if ffmt == "f_as":
        add("footer", [f"© {year} {site} — صور الرصد ملك أصحابها ولا يجوز نقلها دون إذن",
                       "اتصل بنا ⋆ سياسة الخصوصية ⋆ انضم إلى النادي"])
    elif ffmt == "f_af":
        jy = solar(crawl)[0]
        add("footer", [f"© {jy} {site}. تمام حقوق محفوظ است.".translate(PER), "درباره ما | تماس با ما | حریم خصوصی"])
    elif ffmt == "f_th":
        add("footer", [f"© {year + 543} {site} สงวนลิขสิทธิ์", "ติดต่อเรา | นโยบายความเป็นส่วนตัว"])
    elif ffmt == "f_au":
        add("footer", [f"جميع الحقوق محفوظة {site} © {year}", "أعلن معنا — سياسة الخصوصية — الشروط والأحكام"])
    elif ffmt == "f_bk":
        if lang == "ba":
            add("footer", [f"© {year} {site}. Sva prava zadržana.", "Impressum | Kontakt | Politika privatnosti"])
        else:
            add("footer", [f"© {year} {site}. Të gjitha të drejtat e rezervuara.", "Rreth nesh | Kontakt | Privatësia"])
    elif ffmt == "f_rd":
        add("footer", ["سياسة المحتوى · اتفاقية المستخدم · الخصوصية", f"{site} © {year}. جميع الحقوق محفوظة."])
    elif ffmt == "f_en":
        add("footer", [f"© {year} {site} | الأسعار متأخرة 15 دقيقة وللاسترشاد فقط",
                       "من نحن | اتصل بنا | شروط الاستخدام"])

    # layout
    body_kinds = ("body", "heading")
    out = []
    chrome_lines = []
    prev = None
    for g in groups:
        kind = g["kind"]
        if out and not g["glue"]:
            if not (layout == "single" and kind in body_kinds and prev in body_kinds):
                out.append("")
        lines = g["lines"]
        if layout == "indent" and kind == "body":
            lines = [NBSP + NBSP + x for x in lines]
        elif layout == "trail":
            lines = [x + "  " for x in lines]
        out += lines
        if g["chrome"]:
            chrome_lines += [x.strip() for x in g["lines"] if re.search(r"\w", x)]
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
