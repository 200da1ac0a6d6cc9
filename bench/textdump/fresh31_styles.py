"""The `fresh31` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh31 --n 2000 --seed 139
    python3 bench/textdump/score_dumps.py --split fresh31 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH31 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by a helper who has not read the extractor, its tests, its
fixtures or its benchmark notes (nor the sealed fresh21 to fresh30 modules).
No component here is meant to be one of the tune, held-out, fresh, fresh2,
..., fresh20 ones (as far as gen_dumps.py and those modules show). Only the
aggregate rows of `score_dumps.py --split fresh31` are ever reported; once
the extractor is changed because of anything learnt here, the split is spent.

The eight styles (`fresh31_1` ... `fresh31_7`, and `fresh31_mixed`, a
per-document random draw of the others' components) imitate text dumps of
kinds of pages the other splits do not: the Arabic pages of a Muslim news
site from southern Thailand (Thai and Jawi chrome: Thai dates in the
Buddhist Era, Thai digits, Malay in Arabic script with its own letters,
rubber prices, a LINE share button), an aviation news portal (airline-style
`25APR24` dates, Zulu clocks, METAR strips, departure boards, jet-fuel
prices), an astronomy and crescent-watching society's news page (Julian day
numbers, the Moon's age and illumination, crescent-visibility tables,
upcoming sky events with future dates), the Arabic section of a Maldivian
news site (Dhivehi chrome in Thaana script, Dhivehi Gregorian and Hijri
month names, `MVT` clocks, rufiyaa rates, tourist-arrival counters), a
shipping and ports news portal (freight indices, bunker prices, navigational
warnings, date-time groups such as `251015Z APR 24`, vessel tables with
year-less ETAs), a school-exams and results portal (countdowns to the
exams, seat-number lookups, exam timetables and admission cut-offs,
downloadable past papers, students' and parents' comments) and a crypto
news site (price tickers, block heights, a fear-and-greed gauge, risk
banners, sponsored boxes, an author box after the article). Site names,
people, airlines, vessels and the vocabulary are invented. The corpus texts,
the lede choice (abstract / teaser / promoted first paragraph), the inserted
headings and the other articles' titles in related blocks are the
gen_dumps.py ones.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once. A browser-tab line, a breadcrumb ending in
  the title's first words, a title repeated after the meta lines and a share
  line quoting it are chrome; lines equal to the title are left out of the
  chrome list.
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its script, digits or calendar: a Buddhist-Era year is
  the Gregorian year + 543; with two calendars the Gregorian day. The
  widget's clock, a Julian day number, the Moon's age, a block height, a
  countdown or a navigation status are no part of it. METAR strips (day and
  clock only), upcoming events, crescent tables, exam timetables, ETAs and
  footers are no widget. Pages without a widget: null.
- published: the publication line's date, with `THH:MM` when it shows a time,
  the clock as printed (`Z`, `UT`, `UTC`, `LT`, `MVT`, `UTC+3` are kept as
  printed; 12-hour clocks by `AM`/`PM`, `ص`/`م`, `صباحًا`/`مساءً` and the Jawi
  period words `ڤاݢي` (5-11), `تڠه هاري` (12-13), `ڤتڠ` (14-18), `مالم`
  (19-4)); Buddhist-Era years converted; the Gregorian date of a
  Hijri/Gregorian pair; a date-time group `DDHHMMZ MON YY` is day, clock,
  month and year. A Julian day after the date is no part of it. A relative
  line alone gives null. Update lines go to the extra `modified` key (not
  scored).
- summary: a deck under the title, a lede after the meta lines or after the
  caption, a labelled lede (label inline or on the line before; the label is
  not part of it) or a lede behind a mark (`■`, `»`; the mark is not part of
  it). Labelled and marked ledes are always ledes. An unlabelled lede with
  nothing between it and the body (no meta, caption or chrome line, no
  dateline opening the body) stays a lede only when it is a teaser that the
  first paragraph repeats; a promoted first paragraph or an abstract there
  goes into the body. A deck that the body repeats whole is a lede when meta,
  caption or chrome lines stand between the two, and the body keeps the
  paragraph. A promoted first paragraph under 8 words is never a lede.
- blocks: the corpus paragraphs; headings without their marks; departure
  boards, flight cards, price boxes, Moon boxes, port boxes, download links,
  sponsored boxes and "read also" lines between paragraphs are no blocks;
  separator lines holding a braille blank are no blocks.
- images: the caption without its credit and label; the credit as written
  without its label (`ภาพ:`, `ݢمبر:`, `الصورة:`, `تصوير فلكي:`, `ފޮޓޯ:`,
  `ملكية الصورة:`, `رسم توضيحي:`).
- sources: the items of `سومبر:`, `مصدر البيانات:`, `بيانات الرصد من:`,
  `ސޯސް:`, `المصدر الملاحي:`, `وفق بيان:`, `المصدر ↗`; tags: the items of
  `تاݢ:`, `وسوم الطيران:`, `كلمات فلكية:`, `ޓެގް:`, `علامات ملاحية:`,
  `الكلمات الدلالية:`, `Topics:`.
- authors: the byline's names as printed, in order (Latin names kept in
  Latin script): two for `دان`, `و`, `·` or a comma list. A title or role
  before or after the name (`اوليه:`, `ข่าว/ภาพ:`, `الكابتن`, `د.`, `محلل
  شؤون الطيران`, `رصد وإعداد:`, `ލިޔުނީ:`, `مراسلنا في ماليه`, `محرر الشؤون
  البحرية:`, `القبطان`, `كتب:`/`كتبت:`, `الأستاذة`, `خبير تربوي`, a handle in
  brackets) is not part of it. A scientific reviewer, a photographer, a desk
  or a team is no author. An author box after the body names the writer:
  with no byline it gives the authors too.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the body
  and those equal to the title or the summary.
"""
import datetime
import math
import re

from textnorm import display, fold

SPLIT = "fresh31"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
# weekday lists start on Monday, as datetime.weekday()
TH_WD = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
TH_MON = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
          "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON_AB = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
JAWI_WD = ["اثنين", "ثلاث", "رابو", "خميس", "جمعة", "سبتو", "احد"]
JAWI_MON = ["جانواري", "فيبرواري", "مچ", "اڤريل", "مي", "جون", "جولاي", "اوݢوس", "سيڤتيمبر", "اوکتوبر",
            "نوۏيمبر", "ديسيمبر"]
EN_WD3 = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
EN_WD_AB = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
EN_MON_AB = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DV_WD = ["ހޯމަ", "އަންގާރަ", "ބުދަ", "ބުރާސްފަތި", "ހުކުރު", "ހޮނިހިރު", "އާދިއްތަ"]
DV_MON = ["ޖަނަވަރީ", "ފެބުރުއަރީ", "މާރިޗު", "އޭޕްރީލު", "މޭ", "ޖޫން", "ޖުލައި", "އޯގަސްޓު", "ސެޕްޓެމްބަރު",
          "އޮކްޓޯބަރު", "ނޮވެމްބަރު", "ޑިސެމްބަރު"]
DV_HIJ = ["މުޙައްރަމް", "ޞަފަރު", "ރަބީޢުލްއައްވަލް", "ރަބީޢުލްއާޚިރު", "ޖުމާދަލްއޫލާ", "ޖުމާދަލްއާޚިރާ", "ރަޖަބު",
          "ޝަޢުބާން", "ރަމަޟާން", "ޝައްވާލް", "ޛުލްޤަޢިދާ", "ޛުލްޙިއްޖާ"]
MOON_PHASES = ["محاق", "هلال متزايد", "تربيع أول", "أحدب متزايد", "بدر", "أحدب متناقص", "تربيع أخير",
               "هلال متناقص", "محاق"]
SYNODIC = 29.530588853
BRAILLE = "\u2800"
ALM = "\u061c"
FIGSP = "\u2007"
NNBSP = "\u202f"
SHY = "\u00ad"
LRI, PDI = "\u2066", "\u2069"


def hm(h, m):
    return f"{h:02d}:{m:02d}"


def jdn(d):
    """Julian day number of the civil date d (the Julian day at its noon)."""
    return d.toordinal() + 1721425


def moon_age(d):
    """The Moon's age in days at noon UT of d (mean lunation, from the new moon of 6 January 2000)."""
    return (jdn(d) - 2451550.26) % SYNODIC


def moon_phase(d):
    age = moon_age(d)
    illum = (1 - math.cos(2 * math.pi * age / SYNODIC)) / 2 * 100
    name = MOON_PHASES[int((age / SYNODIC) * 8 + 0.5) % 9]
    return age, illum, name


def block_height(d, rng):
    return 840000 + (d - datetime.date(2024, 4, 20)).days * 144 + rng.randint(-40, 40)


def jawi_period(hh):
    if 5 <= hh < 12:
        return "ڤاݢي"
    if 12 <= hh < 14:
        return "تڠه هاري"
    if 14 <= hh < 19:
        return "ڤتڠ"
    return "مالم"


def ar_period(hh):
    return "صباحًا" if hh < 12 else "مساءً"


def days_ar(n):
    """`n` days after a number, as an Arabic page writes it (n >= 3)."""
    return f"{n} أيام" if n <= 10 else f"{n} يومًا"


def hours_ar(n):
    return "ساعة" if n == 1 else "ساعتين" if n == 2 else f"{n} ساعات" if n <= 10 else f"{n} ساعة"


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city)]
SITES = {
    "th": [("صوت فطاني", "suarapatani.co.th", "سورا ڤطاني — بريتا دالم بهاس عرب", "فطاني"),
           ("نور الجنوب", "nurselatan.net", "ข่าวภาษาอาหรับจากชายแดนใต้", "يالا"),
           ("الهلال الفطاني", "hilalpatani.org", "", "ناراتيوات")],
    "av": [("أجنحة الخليج", "ajniha.aero", "أخبار الطيران والمطارات", "دبي"),
           ("مدرج نيوز", "madraj-news.com", "", "الرياض"),
           ("بوابة الملاحة الجوية", "jawwiya.net", "من قمرة القيادة إلى صالة الوصول", "القاهرة")],
    "as": [("مرصد الأفق", "marsad-alofuq.org", "جمعية هواة الفلك", "عمّان"),
           ("بوابة الأهلة والفلك", "ahilla-portal.net", "", "الشارقة"),
           ("سماء العرب", "samaa-alarab.org", "نرصد السماء منذ 2009", "الرباط")],
    "mv": [("أخبار المالديف بالعربية", "dhivehi-akhbar.mv", "ޢަރަބި ބަހުން ޚަބަރު", "ماليه"),
           ("منارة ماليه", "manaratmale.mv", "", "ماليه"),
           ("صوت الجزر المرجانية", "sawt-aljuzur.mv", "ރާއްޖޭގެ ޚަބަރު", "أدّو")],
    "sh": [("بوابة الموانئ", "mawani-portal.com", "أخبار الشحن والموانئ واللوجستيات", "جدة"),
           ("الملاحي", "almallahi.net", "", "صلالة"),
           ("مرافئ اليوم", "marafi-today.com", "من الرصيف إلى العالم", "بورسعيد")],
    "ex": [("بوابة الثانوية", "thanawya-gate.com", "كل ما يهم الطالب", "القاهرة"),
           ("نتيجتك اليوم", "natigtak.net", "", "عمّان"),
           ("صدى المدارس", "sada-almadaris.com", "أخبار التعليم والامتحانات", "بغداد")],
    "cr": [("كريبتو العرب", "cryptoalarab.com", "أخبار وتحليلات الأصول الرقمية", ""),
           ("بلوك نيوز عربي", "blocknews-ar.io", "", ""),
           ("رمز", "ramz-crypto.net", "Web3 بالعربي", "")],
}
PEOPLE = {"th": ["إسماعيل دولوه", "نور حياتي ساما", "عبد الرحمن يوسوف", "فاطمة مامو", "زكريا عبد الله",
                 "رسنة حاجي وان", "أحمد سوهايمي", "مريم أبو بكر"],
          "av": ["طلال الحربي", "ريم السويدي", "مازن شقير", "هالة النعيمي", "باسل الرفاعي", "دانة الكعبي"],
          "as": ["عمر الزعبي", "سلمى الحمادي", "خليل النجار", "ندى العتيبي", "يزن القضاة", "آمنة البلوشي"],
          "mv": ["عائشة شفاء", "محمد نسيم", "حواء ريشا", "إبراهيم فيصل", "فاطمة نهى", "أحمد شهام"],
          "sh": ["سعيد باوزير", "منى القحطاني", "حسام الدين عمارة", "لمى الشهري", "فهد الكندي", "رانيا شعبان"],
          "ex": ["محمود عبد الستار", "أسماء فكري", "هبة الله منصور", "أيمن طلعت", "نجوى الشافعي",
                 "رامي عبد الحليم"],
          "cr": ["مروان الصايغ", "جود الخطيب", "سيف الدوسري", "ليان حداد", "عمرو ناصيف"]}
FEMALE = {"نور حياتي ساما", "فاطمة مامو", "رسنة حاجي وان", "مريم أبو بكر", "ريم السويدي", "هالة النعيمي",
          "دانة الكعبي", "سلمى الحمادي", "ندى العتيبي", "آمنة البلوشي", "عائشة شفاء", "حواء ريشا", "فاطمة نهى",
          "منى القحطاني", "لمى الشهري", "رانيا شعبان", "أسماء فكري", "هبة الله منصور", "نجوى الشافعي",
          "جود الخطيب", "ليان حداد"}
LATIN = {"th": ["Ismail Duloh", "Nurhayati Sama", "Abdulrahman Yusof", "Fatimah Mamu", "Zakariya Abdullah"],
         "mv": ["Aishath Shifa", "Mohamed Naseem", "Hawwa Reesha", "Ibrahim Faisal", "Fathimath Nuha",
                "Ahmed Shiham"]}
HANDLES = {"مروان الصايغ": "@marwan_chain", "جود الخطيب": "@jood_onchain", "سيف الدوسري": "@saif_blocks",
           "ليان حداد": "@layan_defi", "عمرو ناصيف": "@amr_sats"}
SECTIONS = {"th": ["بريتا تمڤتن", "المعاهد الدينية", "ข่าวภาคใต้", "العالم الإسلامي", "ڤنديديقن"],
            "av": ["شركات الطيران", "المطارات", "صناعة الطائرات", "السلامة الجوية", "السفر الجوي"],
            "as": ["رصد الأهلة", "أخبار الفضاء", "ظواهر فلكية", "المجموعة الشمسية"],
            "mv": ["ރާއްޖެ", "أخبار محلية", "ދުނިޔެ", "السياحة", "ވިޔަފާރި"],
            "sh": ["الموانئ", "الشحن والحاويات", "الناقلات", "القنوات والممرات", "اللوجستيات"],
            "ex": ["الثانوية العامة", "التنسيق", "الجامعات", "المراجعات النهائية", "أخبار المعلمين"],
            "cr": ["بيتكوين", "إيثريوم", "التمويل اللامركزي", "التنظيم والتشريعات", "تحليلات السوق"]}
NAV = {"th": ["لامن اوتام", "بريتا تمڤتن", "دنيا اسلام", "ڤنديديقن", "ايکونومي", "หน้าแรก", "ข่าวภาคใต้",
              "ติดต่อเรา", "أخبار فطاني", "المعاهد الدينية"],
       "av": ["الرئيسية", "شركات الطيران", "المطارات", "صناعة الطائرات", "السلامة الجوية", "السفر", "Spotters",
              "تتبع رحلتك"],
       "as": ["الرئيسية", "رصد الأهلة", "أخبار الفضاء", "تقويم السماء", "مواقيت الأهلة", "معرض الصور الفلكية",
              "انضم إلى الجمعية"],
       "mv": ["ފުރަތަމަ ޞަފްޙާ", "ރާއްޖެ", "ދުނިޔެ", "ވިޔަފާރި", "ކުޅިވަރު", "أخبار إسلامية", "ސިޔާސަތު",
              "ގުޅުއްވާ"],
       "sh": ["الرئيسية", "الموانئ", "الشحن والحاويات", "الناقلات", "القنوات والممرات", "بناء السفن",
              "اللوجستيات", "مؤشرات الشحن"],
       "ex": ["الرئيسية", "الثانوية العامة", "الشهادة الإعدادية", "التنسيق", "الجامعات", "المراجعات النهائية",
              "نماذج امتحانات", "استعلام النتائج"],
       "cr": ["الرئيسية", "أخبار", "تحليلات", "DeFi", "NFT", "تعليم", "أسعار العملات", "Podcast"]}
CAPTIONS = {"th": ["طلاب في باحة معهد ديني", "سوق صباحي في وسط المدينة", "مسجد قديم من الخشب",
                   "مزارع يجمع عصارة المطاط", "قوارب صيد ملونة عند الشاطئ", "لقاء أهلي في قاعة البلدية"],
            "av": ["طائرة ركاب عريضة البدن على المدرج", "صالة المغادرة في أحد المطارات", "برج المراقبة عند الغروب",
                   "قمرة القيادة من الداخل", "طائرة شحن خلال التحميل", "مسافرون أمام شاشة الرحلات"],
            "as": ["الهلال بعد غروب الشمس", "تلسكوب الجمعية على سطح المرصد", "سماء ليلية فوق الصحراء",
                   "كسوف جزئي عبر مرشح شمسي", "فريق الرصد خلال تحري الهلال", "درب التبانة فوق جبال البتراء"],
            "mv": ["جزيرة مرجانية من الجو", "ميناء ماليه عند الصباح", "قارب دوني تقليدي", "شاطئ أبيض وبحيرة فيروزية",
                   "مسجد الجمعة القديم في ماليه", "جسر يربط العاصمة بالمطار"],
            "sh": ["سفينة حاويات عند الرصيف", "رافعات جسرية في محطة الحاويات", "ناقلة نفط في عرض البحر",
                   "قاطرة بحرية ترافق سفينة", "ساحة تخزين الحاويات", "سفن تنتظر العبور عند المدخل الجنوبي"],
            "ex": ["طلاب أمام لجنة الامتحان", "ورقة إجابة وقلم", "طالبات خلال المراجعة النهائية",
                   "أولياء أمور أمام إحدى المدارس", "قاعة امتحانات", "معلم يشرح في الفصل"],
            "cr": ["عملات رقمية رمزية على لوحة مفاتيح", "رسم بياني لأسعار السوق", "محفظة أجهزة لتخزين المفاتيح",
                   "مزرعة تعدين في مستودع", "شعار بيتكوين على شاشة", "متداول أمام عدة شاشات"]}
CREDITS = {"th": ["Ismail Duloh", "อะหมัด สุไฮมี", "ارشيف سورا ڤطاني", "กองบรรณาธิการ"],
           "av": ["Airbus", "أرشيف المطار", "هواة التصوير الجوي", "Boeing", "المكتب الإعلامي للشركة"],
           "as": ["NASA/ESA", "مرصد الجمعية", "الراصد يزن القضاة", "عدسة أحد الأعضاء"],
           "mv": ["ޚަބަރު ފޮޓޯ", "Mohamed Naseem", "أرشيف الموقع", "ޕީއެސްއެމް"],
           "sh": ["هيئة الموانئ", "خط الشحن", "أرشيف الملاحي", "مصور الرصيف"],
           "ex": ["أرشيفية", "مصور البوابة", "وزارة التربية والتعليم", "مواقع التواصل"],
           "cr": ["بلوك نيوز", "مولّد صور", "Unsplash", "أرشيف الموقع"]}
LEDE_LABEL = {"th": "رڠکسن بريتا:", "av": "خلاصة الخبر ✈", "as": "الخبر في سطرين:", "mv": "ޚުލާޞާ:",
              "sh": "⚓ زبدة الخبر:", "ex": "🔔 أهم ما في الخبر:", "cr": "⚡ الخلاصة في 20 ثانية:"}
HOME = {"th": "لامن اوتام", "av": "الرئيسية", "as": "الرئيسية", "mv": "ފުރަތަމަ ޞަފްޙާ", "sh": "الرئيسية",
        "ex": "الرئيسية", "cr": "الرئيسية"}
COMMENTERS = {"th": ["Abu Hanif", "مق نه", "Ustaz Rosli", "أبو سلمان", "Kak Yah"],
              "av": ["مسافر دائم", "Captain_K", "أم خالد", "مهندس صيانة", "Spotter_JED"],
              "as": ["هاوي فلك", "Ahmad Astro", "أبو يحيى", "راصد من معان", "Lina S."],
              "mv": ["Shafeeq", "ޢަލީ", "أبو عبد الله", "Niuma", "ހަސަން"],
              "sh": ["ربان متقاعد", "وكيل ملاحي", "Port_Ops", "أبو ماجد"],
              "ex": ["ولي أمر", "طالبة ثانوية", "أ. محمد مدرس فيزياء", "أم يوسف", "طالب علمي رياضة"],
              "cr": ["HODL_Abu", "سلطان", "satoshi_fan", "نور", "trader_88"]}
COMMENT_TEXT = {"th": ["تريما کاسيه اتس بريتا اين", "خبر طيب لأهل المنطقة", "ขอบคุณสำหรับข่าว",
                       "نرجو نشر المزيد عن المعاهد", "ماشاء الله"],
                "av": ["الرحلة تأخرت عندي ساعتين بسبب هذا", "طراز ممتاز ومريح في الرحلات الطويلة",
                       "متى يبدأ الخط الجديد فعليًا؟", "الأسعار ما زالت مرتفعة", "شكرًا على التغطية الدقيقة"],
                "as": ["رصدته أمس بالعين المجردة", "هل يمكن رؤيته من الكويت؟", "معلومات قيمة، شكرًا",
                       "نرجو نشر جدول الأطوار كاملًا", "الصورة رائعة"],
                "mv": ["ޝުކުރިއްޔާ", "ވަރަށް ރަނގަޅު ޚަބަރެއް", "ماشاء الله", "خبر مهم للمقيمين", "ތެދެއް"],
                "sh": ["الازدحام في الميناء مستمر منذ أسبوع", "أسعار الشحن سترتفع مجددًا", "معلومة مفيدة",
                       "نحتاج إلى تحديث يومي لحركة السفن"],
                "ex": ["ربنا يوفق كل الطلاب", "الامتحان كان صعبًا جدًا", "متى تظهر النتيجة بالضبط؟",
                       "المراجعة ممتازة شكرًا", "أين رابط النموذج؟"],
                "cr": ["السوق متقلب جدًا هذه الأيام", "تحليل رائع كالعادة", "أين أشتري بأمان؟",
                       "الحذر واجب قبل الاستثمار", "to the moon 🚀"]}
AIRLINES = [("SV", "RUH", "JED"), ("EK", "DXB", "CAI"), ("QR", "DOH", "AMM"), ("MS", "CAI", "JED"),
            ("RJ", "AMM", "DXB"), ("AT", "CMN", "RUH"), ("WY", "MCT", "KWI"), ("GF", "BAH", "DOH"),
            ("KU", "KWI", "BEY"), ("XY", "JED", "DXB")]
ICAO = [("OERK", "الرياض"), ("OEJN", "جدة"), ("OMDB", "دبي"), ("OTHH", "الدوحة"), ("HECA", "القاهرة"),
        ("OJAI", "عمّان"), ("GMMN", "الدار البيضاء"), ("OKBK", "الكويت")]
VESSELS = ["MSC ALINA", "MAERSK HALIFAX", "CMA CGM RIGEL", "EVER GIVEN II", "OOCL SHENZHEN", "AL SAFAT",
           "HAMBURG EXPRESS", "NAVIOS SUN", "GULF PEARL", "ONE HARMONY"]
FLAGS = ["بنما", "ليبيريا", "جزر مارشال", "مالطا", "سنغافورة", "هونغ كونغ"]
PORTS = ["جدة الإسلامي", "صلالة", "جبل علي", "شرق بورسعيد", "العقبة", "طنجة المتوسط", "الملك عبد الله"]
EXAMS = {"eg": ("الثانوية العامة", "رقم الجلوس"), "jo": ("التوجيهي", "رقم الجلوس"),
         "iq": ("السادس الإعدادي", "الرقم الامتحاني"), "dz": ("البكالوريا", "رقم التسجيل")}
SUBJECTS = ["اللغة العربية", "اللغة الإنجليزية", "الفيزياء", "الكيمياء", "الرياضيات", "الأحياء", "التاريخ",
            "الجغرافيا", "التربية الدينية"]
FACULTIES = ["الطب البشري", "الصيدلة", "الهندسة", "طب الأسنان", "العلوم", "الحاسبات والمعلومات", "الاقتصاد"]
COINS = [("BTC", 64210), ("ETH", 3152), ("SOL", 146), ("XRP", 0.52), ("BNB", 598), ("ADA", 0.46)]
SKY_EVENTS = ["اقتران القمر بالمشتري", "زخة شهب البرشاويات", "خسوف جزئي للقمر", "كسوف حلقي للشمس",
              "تعامد الشمس على الكعبة", "اقتران الزهرة بالمريخ", "ذروة شهب الجباريات"]
CRESCENT_CITIES = ["مكة المكرمة", "عمّان", "القاهرة", "الرباط", "أبوظبي", "جاكرتا", "نواكشوط"]
SKY_TIPS = ["ابحث عن مكان مظلم بعيد عن أضواء المدينة", "استخدم منظارًا ثنائيًا بتكبير 10×50",
            "انتظر 20 دقيقة حتى تعتاد عيناك الظلام", "لا تنظر إلى الشمس مباشرة دون مرشح معتمد"]
SKY_QA = [("هل يمكن رصد الظاهرة من السعودية؟", "نعم إذا كانت السماء صافية."),
          ("ما أفضل وقت للرصد؟", "بعد الغروب بنصف ساعة تقريبًا."),
          ("هل يلزم تلسكوب أم تكفي العين المجردة؟", "يكفي منظار ثنائي بسيط."),
          ("لماذا يختلف إعلان بداية الشهر بين الدول؟", "لاختلاف المعايير بين الرؤية والحساب.")]
NAV_WARN = ["مناورات بحرية", "حطام طافٍ", "أعمال مسح هيدروغرافي", "كابل بحري قيد التمديد"]
AV_PLACES = ["مطار هيثرو", "معرض فارنبره للطيران", "مطار دبي الدولي", "مطار الملك خالد"]
CRESCENT_STATUS = ["ممكنة بالعين المجردة", "ممكنة بالتلسكوب فقط", "صعبة جدًا", "مستحيلة"]


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="th", pre=[], header=[], widget=[None], kicker=0.0, title_form=["plain"], title_noise=[None],
             byline=[None], publine=[None], update=0.0, counter=0.0, lede=[None], lede_place=["deck"],
             caption=0.0, caption_fmt=["c_th"], headings=0.0, heading_fmt=["h_plain"], dateline=[None], mid=[],
             after=[], footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0)

STYLES = {
    "fresh31_1": dict(site="th", pre=[("th_cookie", 0.45)],
                      header=[("th_lang", 0.7), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("th_rubber", 0.45)],
                      widget=["w_th_thai", "w_th_thaidig", "w_th_jawi", "w_th_arbe"], kicker=0.35,
                      title_form=["plain", "plain", "tab", "crumb"], title_noise=[None, None, "tatweel"],
                      byline=["b_th_oleh", "b_th_two", "b_th_thai", "b_th_desk", None],
                      publine=["p_th_thai", "p_th_jawi", "p_th_ar"], update=0.3, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_caption", "after_meta"],
                      caption=0.7, caption_fmt=["c_th", "c_jawi"], headings=0.35, heading_fmt=["h_flower", "h_plain"],
                      dateline=["dl_arrow", None], mid=[("th_baca", 0.5), ("th_radio", 0.3)],
                      after=[("th_tags", 0.5), ("th_src", 0.45), ("th_share", 0.65), ("th_related", 0.55),
                             ("th_comments", 0.35)],
                      footer=["f_th"], layout=["blank", "blank", "single"], body_noise=[None, None, "shy"]),
    "fresh31_2": dict(site="av", pre=[("av_app", 0.4)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 0.9), ("av_metar", 0.5),
                              ("av_fuel", 0.4)],
                      widget=["w_av_code", "w_av_ar", "w_av_pair"], kicker=0.45,
                      title_form=["plain", "plain", "repeat", "tab"], title_noise=[None, None, "nbsp"],
                      byline=["b_av_captain", "b_av_two", "b_av_from", "b_av_desk", None],
                      publine=["p_av_zulu", "p_av_utc", "p_av_gmt"], update=0.35, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_meta", "dup"],
                      caption=0.75, caption_fmt=["c_av"], headings=0.4, heading_fmt=["h_plane"],
                      dateline=["dl_dash", None], mid=[("av_flight", 0.5), ("av_runway", 0.45)],
                      after=[("av_tags", 0.5), ("av_src", 0.45), ("av_share", 0.6), ("av_board", 0.45),
                             ("av_related", 0.5), ("av_comments", 0.35), ("av_spotters", 0.3)],
                      footer=["f_av"], layout=["blank", "tight"], body_noise=[None, "fig"], crlf=0.2),
    "fresh31_3": dict(site="as", pre=[("as_live", 0.35)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 0.85), ("as_moon", 0.55),
                              ("as_next", 0.45)],
                      widget=["w_as_jd", "w_as_moon", "w_as_hij"], kicker=0.4,
                      title_form=["plain", "plain", "crumb", "repeat"], title_noise=[None, None, "pf"],
                      byline=["b_as_dr", "b_as_obs", "b_as_review", "b_as_team", None],
                      publine=["p_as_ut", "p_as_jd", "p_as_hij"], update=0.3, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "mark", "after_caption"],
                      caption=0.75, caption_fmt=["c_as"], headings=0.4, heading_fmt=["h_moon"],
                      dateline=[None], mid=[("as_tip", 0.4), ("as_also", 0.45)],
                      after=[("as_crescent", 0.45), ("as_phases", 0.4), ("as_tags", 0.5), ("as_src", 0.45),
                             ("as_share", 0.55), ("as_authorbox", 0.4), ("as_questions", 0.35)],
                      footer=["f_as"], layout=["blank", "braille"], body_noise=[None, "alm"], bom=0.2),
    "fresh31_4": dict(site="mv", pre=[("mv_cookie", 0.4)],
                      header=[("mv_lang", 0.7), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("mv_rate", 0.45), ("mv_tourists", 0.35)],
                      widget=["w_mv_thaana", "w_mv_pair", "w_mv_clock"], kicker=0.35,
                      title_form=["plain", "plain", "tab", "repeat"], title_noise=[None, None, "alm"],
                      byline=["b_mv_thaana", "b_mv_corr", "b_mv_two", "b_mv_desk", None],
                      publine=["p_mv_thaana", "p_mv_ar", "p_mv_first"], update=0.3, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_meta", "after_caption"],
                      caption=0.7, caption_fmt=["c_mv"], headings=0.35, heading_fmt=["h_half", "h_plain"],
                      dateline=["dl_comma", None], mid=[("mv_also", 0.5), ("mv_radio", 0.3)],
                      after=[("mv_tags", 0.5), ("mv_src", 0.45), ("mv_share", 0.65), ("mv_related", 0.5),
                             ("mv_comments", 0.4)],
                      footer=["f_mv"], layout=["blank", "single"], body_noise=[None, "nnbsp"]),
    "fresh31_5": dict(site="sh", pre=[("sh_navarea", 0.4)],
                      header=[("sh_index", 0.55), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("sh_bunker", 0.45)],
                      widget=["w_sh_nav", "w_sh_dots", "w_sh_en"], kicker=0.4,
                      title_form=["plain", "plain", "crumb", "share"], title_noise=[None, None, "tatweel"],
                      byline=["b_sh_editor", "b_sh_captain", "b_sh_two", "b_sh_desk", None],
                      publine=["p_sh_dtg", "p_sh_lt", "p_sh_log"], update=0.35, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_meta", "mark"],
                      caption=0.75, caption_fmt=["c_sh"], headings=0.4, heading_fmt=["h_anchor"],
                      dateline=["dl_dash", "dl_arrow", None], mid=[("sh_port", 0.45), ("sh_linked", 0.45),
                                                                 ("sh_ad", 0.3)],
                      after=[("sh_vessels", 0.5), ("sh_tags", 0.5), ("sh_src", 0.45), ("sh_share", 0.55),
                             ("sh_related", 0.5), ("sh_newsletter", 0.35)],
                      footer=["f_sh"], layout=["blank", "blank", "tight"], body_noise=[None, "kashida"], crlf=0.25),
    "fresh31_6": dict(site="ex", pre=[("ex_urgent", 0.45)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 0.9), ("ex_countdown", 0.5),
                              ("ex_search", 0.45)],
                      widget=["w_ex_count", "w_ex_spaced", "w_ex_year"], kicker=0.45,
                      title_form=["plain", "plain", "repeat", "tab"], title_noise=[None, None, "nbsp"],
                      byline=["b_ex_kutib", "b_ex_cover", "b_ex_teacher", "b_ex_desk", None],
                      publine=["p_ex_pin", "p_ex_name", "p_ex_clock"], update=0.35, counter=0.4,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_meta", "dup"],
                      caption=0.6, caption_fmt=["c_ex"], headings=0.45, heading_fmt=["h_pen"],
                      dateline=["dl_comma", None], mid=[("ex_pdf", 0.45), ("ex_related", 0.45),
                                                        ("ex_lookup", 0.35)],
                      after=[("ex_timetable", 0.45), ("ex_cutoffs", 0.4), ("ex_tags", 0.5), ("ex_src", 0.4),
                             ("ex_share", 0.6), ("ex_comments", 0.45)],
                      footer=["f_ex"], layout=["blank", "blank", "single"], body_noise=[None, "alm"], bom=0.15),
    "fresh31_7": dict(site="cr", pre=[("cr_risk", 0.45)],
                      header=[("cr_ticker", 0.7), ("site_name", 1.0), ("widget", 0.8), ("nav", 0.9),
                              ("cr_fng", 0.45)],
                      widget=["w_cr_block", "w_cr_en", "w_cr_ar"], kicker=0.4,
                      title_form=["plain", "plain", "tab", "crumb"], title_noise=[None, None, "alm"],
                      byline=["b_cr_handle", "b_cr_pen", "b_cr_two", "b_cr_desk", None],
                      publine=["p_cr_utc", "p_cr_read", "p_cr_en", "p_cr_rel"], update=0.4, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "label_inline", "after_caption"],
                      caption=0.65, caption_fmt=["c_cr"], headings=0.45, heading_fmt=["h_diamond"],
                      dateline=[None], mid=[("cr_price", 0.5), ("cr_sponsored", 0.35), ("cr_also", 0.45)],
                      after=[("cr_disclaimer", 0.55), ("cr_authorbox", 0.45), ("cr_tags", 0.5), ("cr_src", 0.4),
                             ("cr_share", 0.55), ("cr_table", 0.4), ("cr_related", 0.45), ("cr_newsletter", 0.3)],
                      footer=["f_cr"], layout=["blank", "braille", "single"], body_noise=[None, "lri"]),
    "fresh31_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["th_lang", "mv_lang", "cr_ticker", "sh_index", "site_name", "widget", "nav", "th_rubber",
                "av_metar", "av_fuel", "as_moon", "as_next", "mv_rate", "mv_tourists", "sh_bunker", "ex_countdown",
                "ex_search", "cr_fng"]
HEAD_POOL = [h for h in HEADER_ORDER if h not in ("site_name", "widget", "nav")]
PRE_POOL = ["th_cookie", "av_app", "as_live", "mv_cookie", "sh_navarea", "ex_urgent", "cr_risk"]
MID_POOL = ["th_baca", "th_radio", "av_flight", "av_runway", "as_tip", "as_also", "mv_also", "mv_radio", "sh_port",
            "sh_linked", "sh_ad", "ex_pdf", "ex_related", "ex_lookup", "cr_price", "cr_sponsored", "cr_also"]
AFTER_POOL = ["th_tags", "th_src", "th_share", "th_related", "th_comments", "av_tags", "av_src", "av_share",
              "av_board", "av_related", "av_comments", "av_spotters", "as_crescent", "as_phases", "as_tags",
              "as_src", "as_share", "as_authorbox", "as_questions", "mv_tags", "mv_src", "mv_share", "mv_related",
              "mv_comments", "sh_vessels", "sh_tags", "sh_src", "sh_share", "sh_related", "sh_newsletter",
              "ex_timetable", "ex_cutoffs", "ex_tags", "ex_src", "ex_share", "ex_comments", "cr_disclaimer",
              "cr_authorbox", "cr_tags", "cr_src", "cr_share", "cr_table", "cr_related", "cr_newsletter"]
CHOICES = dict(widget=["w_th_thai", "w_th_thaidig", "w_th_jawi", "w_th_arbe", "w_av_code", "w_av_ar", "w_av_pair",
                       "w_as_jd", "w_as_moon", "w_as_hij", "w_mv_thaana", "w_mv_pair", "w_mv_clock", "w_sh_nav",
                       "w_sh_dots", "w_sh_en", "w_ex_count", "w_ex_spaced", "w_ex_year", "w_cr_block", "w_cr_en",
                       "w_cr_ar", None],
               byline=["b_th_oleh", "b_th_two", "b_th_thai", "b_th_desk", "b_av_captain", "b_av_two", "b_av_from",
                       "b_av_desk", "b_as_dr", "b_as_obs", "b_as_review", "b_as_team", "b_mv_thaana", "b_mv_corr",
                       "b_mv_two", "b_mv_desk", "b_sh_editor", "b_sh_captain", "b_sh_two", "b_sh_desk",
                       "b_ex_kutib", "b_ex_cover", "b_ex_teacher", "b_ex_desk", "b_cr_handle", "b_cr_pen",
                       "b_cr_two", "b_cr_desk", None],
               publine=["p_th_thai", "p_th_jawi", "p_th_ar", "p_av_zulu", "p_av_utc", "p_av_gmt", "p_as_ut",
                        "p_as_jd", "p_as_hij", "p_mv_thaana", "p_mv_ar", "p_mv_first", "p_sh_dtg", "p_sh_lt",
                        "p_sh_log", "p_ex_pin", "p_ex_name", "p_ex_clock", "p_cr_utc", "p_cr_read", "p_cr_en",
                        "p_cr_rel", None],
               caption_fmt=["c_th", "c_jawi", "c_av", "c_as", "c_mv", "c_sh", "c_ex", "c_cr"],
               lede_place=["deck", "after_meta", "after_caption", "label_inline", "label_line", "dup", "mark"],
               heading_fmt=["h_plain", "h_flower", "h_plane", "h_moon", "h_half", "h_anchor", "h_pen", "h_diamond"],
               dateline=["dl_arrow", "dl_dash", "dl_comma", None],
               footer=["f_th", "f_av", "f_as", "f_mv", "f_sh", "f_ex", "f_cr", None],
               body_noise=[None, "shy", "fig", "alm", "nnbsp", "kashida", "lri"],
               title_noise=[None, "tatweel", "pf", "nbsp", "alm"],
               title_form=["plain", "tab", "crumb", "repeat", "share"],
               layout=["blank", "single", "tight", "braille"])
BASES = [f"fresh31_{k}" for k in range(1, 8)]


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
    spec["counter"] = rng.choice([0.0, 0.4])
    spec["caption"] = 0.6
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["headings"] = 0.4
    own = [h for h, _ in spec["header"] if h in HEAD_POOL]
    extra = [h for h in HEAD_POOL if rng.random() < 0.15]
    names = own + extra + ["site_name", "widget", "nav"]
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    pre = [p for p in PRE_POOL if rng.random() < 0.2]
    spec["pre"] = [(p, 1.0) for p in pre[:2]]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["mid"] = [(m, 0.18) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.12]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    if fmt == "w_th_thai":
        return [f"{TH_WD[wk]}ที่ {day} {TH_MON[m]} พ.ศ. {y + 543}"]
    if fmt == "w_th_thaidig":
        return [f"{day} {TH_MON_AB[m]} {y + 543}".translate(TH_DIG)]
    if fmt == "w_th_jawi":
        hy, hmo, hd = G.hijri(d)
        return [f"{JAWI_WD[wk]}، {day} {JAWI_MON[m]} {y} | {hd} {G.HIJ[hmo - 1]} {hy}ه"]
    if fmt == "w_th_arbe":
        return [f"{wd} {day} {G.EG[m]} {y} م — {y + 543} بالتقويم البوذي"]
    if fmt == "w_av_code":
        return [f"{EN_WD3[wk]} {day:02d}{EN_MON3[m]}{y % 100:02d} · {rng.randint(0, 23):02d}{rng.randint(0, 59):02d}Z"]
    if fmt == "w_av_ar":
        return [f"{wd} {day} {G.EG[m]} {y} | {hm(rng.randint(0, 23), rng.randint(0, 59))} UTC"]
    if fmt == "w_av_pair":
        return [f"{day:02d}{EN_MON3[m]}{y % 100:02d} — {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_as_jd":
        return [f"{wd} {day} {G.EG[m]} {y} • اليوم الجولياني {jdn(d)}"]
    if fmt == "w_as_moon":
        age = moon_age(d)
        return [f"{wd} {day:02d}.{m + 1:02d}.{y} — عمر القمر: {age:.1f} يوم"]
    if fmt == "w_as_hij":
        hy, hmo, hd = G.hijri(d)
        return [f"{hd} {G.HIJ[hmo - 1]} {hy} هـ (حسابيًا) ◐ {wd} {day} {G.EG[m]} {y} م"]
    if fmt == "w_mv_thaana":
        return [f"{DV_WD[wk]} {day} {DV_MON[m]} {y}"]
    if fmt == "w_mv_pair":
        hy, hmo, hd = G.hijri(d)
        return [f"{DV_WD[wk]}، {hd} {DV_HIJ[hmo - 1]} {hy} — {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_mv_clock":
        return [f"{day:02d}/{m + 1:02d}/{y} · {hm(rng.randint(6, 23), rng.randint(0, 59))} MVT"]
    if fmt == "w_sh_nav":
        status = rng.choice(["مفتوحة", "مفتوحة مع قيود", "حركة كثيفة", "رياح شمالية غربية 25 عقدة"])
        return [f"{wd}، {day} {G.EG[m]} {y} — حالة الملاحة: {status}"]
    if fmt == "w_sh_dots":
        return [f"⚓ {wd} {day:02d}·{m + 1:02d}·{y} ⚓"]
    if fmt == "w_sh_en":
        return [f"{wd} {day} {G.EG[m]} {y} / {EN_WD[wk]} {day} {EN_MON[m]} {y}"]
    if fmt == "w_ex_count":
        return [f"{wd} {day} {G.EG[m]} {y} | متبقٍّ على امتحانات {ctx['exam']}: {days_ar(rng.randint(3, 70))}"]
    if fmt == "w_ex_spaced":
        return [f"{wd} {day} - {m + 1} - {y}"]
    if fmt == "w_ex_year":
        ay = y if m >= 8 else y - 1
        return [f"العام الدراسي {ay}/{ay + 1} ▸ {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_cr_block":
        return [f"{day:02d}.{m + 1:02d}.{y} · الكتلة #{block_height(d, rng):,}"]
    if fmt == "w_cr_en":
        return [f"{EN_WD_AB[wk]}, {EN_MON_AB[m]} {day} {y} · {hm(rng.randint(0, 23), rng.randint(0, 59))} UTC"]
    if fmt == "w_cr_ar":
        return [f"اليوم {wd} {day} {G.EG[m]} {y} · السوق مفتوح 24/7"]
    raise ValueError(fmt)


def rel_age(pub, tm, crawl, rng):
    gap = (crawl - pub).days
    if gap == 0:
        n = rng.randint(1, max(1, min(9, 23 - tm[0]))) if tm and tm[0] < 23 else rng.randint(1, 3)
        return hours_ar(n)
    if gap == 1:
        return "يوم"
    if gap == 2:
        return "يومين"
    return days_ar(gap)


def fmt_publine(fmt, d, tm, rng, ctx):
    """How the publication date shows: dict(meta=[meta lines], value=published truth or None, fmt=format)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(meta=[], value=full, fmt=fmt, author=None)
    if tm:
        hh, mi = tm
        h12 = G.h12(hh)
    if fmt == "p_th_thai":
        out["meta"] = [f"เผยแพร่เมื่อ {day} {TH_MON_AB[m]} {y + 543}" + (f" เวลา {hm(*tm)} น." if tm else "")]
    elif fmt == "p_th_jawi":
        out["meta"] = [f"دتربيتکن: {day} {JAWI_MON[m]} {y}" + (f"، جم {h12}.{mi:02d} {jawi_period(hh)}" if tm else "")]
    elif fmt == "p_th_ar":
        out["meta"] = [f"نُشر في {day} {G.EG[m]} {y} م" + (f" — {hm(*tm)} بتوقيت بانكوك" if tm else "")]
    elif fmt == "p_av_zulu":
        out["meta"] = [f"نُشر: {day:02d}{EN_MON3[m]}{y % 100:02d}" + (f" {hh:02d}{mi:02d}Z" if tm else "")]
    elif fmt == "p_av_utc":
        out["meta"] = [f"تاريخ النشر ✈ {wd} {day} {G.EG[m]} {y}" + (f" ✈ {hm(*tm)} UTC" if tm else "")]
    elif fmt == "p_av_gmt":
        out["meta"] = [f"نُشر {day}/{m + 1}/{y}" + (f" ◂ {hm(*tm)} (توقيت غرينتش +3)" if tm else "")]
    elif fmt == "p_as_ut":
        out["meta"] = [f"نُشر: {day:02d}.{m + 1:02d}.{y}" + (f" — {hm(*tm)} UT" if tm else "")]
    elif fmt == "p_as_jd":
        jd = jdn(d) - 0.5 + ((hh * 60 + mi) / 1440 if tm else 0)
        out["meta"] = [f"📅 {day} {G.EG[m]} {y}" + (f"، {hm(*tm)}" if tm else "") + f" — JD {jd:.2f}"]
    elif fmt == "p_as_hij":
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"تاريخ النشر: {hd} {G.HIJ[hmo - 1]} {hy} هـ | {day} {G.EG[m]} {y} م" +
                       (f" | {hm(*tm)}" if tm else "")]
    elif fmt == "p_mv_thaana":
        out["meta"] = [f"ޝާއިޢުކުރީ: {day} {DV_MON[m]} {y}" + (f"، {hm(*tm)}" if tm else "")]
    elif fmt == "p_mv_ar":
        out["meta"] = [f"نُشر في {wd} {day} {G.EG[m]} {y}" + (f" الساعة {hm(*tm)} بتوقيت ماليه" if tm else "")]
    elif fmt == "p_mv_first":
        out["meta"] = [(f"{hm(*tm)} MVT ◦ " if tm else "") + f"{day:02d}.{m + 1:02d}.{y}"]
    elif fmt == "p_sh_dtg":
        out["meta"] = ["🕓 " + (f"{day:02d}{hh:02d}{mi:02d}Z {EN_MON3[m]} {y % 100:02d}" if tm else
                               f"{day:02d} {EN_MON3[m]} {y}")]
    elif fmt == "p_sh_lt":
        out["meta"] = [f"تاريخ النشر: {day} {G.EG[m]} {y}" + (f" | {hm(*tm)} LT" if tm else "")]
    elif fmt == "p_sh_log":
        out["meta"] = [f"سُجّل الخبر في {wd} {day}/{m + 1}/{y}" + (f" عند {hm(*tm)}" if tm else "")]
    elif fmt == "p_ex_pin":
        out["meta"] = [f"📌 نُشر {wd} {day} - {m + 1} - {y}" + (f" | {h12}:{mi:02d} {ar_period(hh)}" if tm else "")]
    elif fmt == "p_ex_name":
        name = ctx["name"]
        out["meta"] = [f"{'كتبت' if name in FEMALE else 'كتب'}: {name} — {wd}، {day} {G.EG[m]} {y}" +
                       (f" - {h12:02d}:{mi:02d} {'ص' if hh < 12 else 'م'}" if tm else "")]
        out["author"] = name
    elif fmt == "p_ex_clock":
        out["meta"] = [(f"⏰ {hm(*tm)} ◄ " if tm else "⏰ ") + f"{day}/{m + 1:02d}/{y}"]
    elif fmt == "p_cr_utc":
        out["meta"] = [f"نُشر {day} {G.EG[m]} {y}" + (f" ⋅ {hm(*tm)} UTC+3" if tm else "")]
    elif fmt == "p_cr_read":
        out["meta"] = [f"🕒 {day:02d}/{m + 1:02d}/{y}" + (f" {hm(*tm)} (GMT+3)" if tm else "") +
                       f" · قراءة في {rng.randint(2, 9)} دقائق"]
    elif fmt == "p_cr_en":
        out["meta"] = [f"Published {EN_MON_AB[m]} {day}, {y}" +
                       (f" at {h12}:{mi:02d} {'AM' if hh < 12 else 'PM'} UTC+3" if tm else "")]
    elif fmt == "p_cr_rel":
        out["value"] = None
        out["meta"] = [f"نُشر قبل {rel_age(d, tm, ctx['crawl'], rng)}"]
    else:
        raise ValueError(fmt)
    return out


UPDATE_OF = {"p_th_thai": "u_th", "p_th_jawi": "u_th", "p_th_ar": "u_th", "p_av_zulu": "u_av", "p_av_utc": "u_av",
             "p_av_gmt": "u_av", "p_as_ut": "u_as", "p_as_jd": "u_as", "p_as_hij": "u_as", "p_mv_thaana": "u_mv",
             "p_mv_ar": "u_mv", "p_mv_first": "u_mv", "p_sh_dtg": "u_sh", "p_sh_lt": "u_sh", "p_sh_log": "u_sh",
             "p_ex_pin": "u_ex", "p_ex_name": "u_ex", "p_ex_clock": "u_ex", "p_cr_utc": "u_cr", "p_cr_read": "u_cr",
             "p_cr_en": "u_cr"}


def fmt_update(ufmt, pub, tm, crawl, rng):
    """(text, modified truth) of an update no later than the crawl day; (None, None) without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 30)))
    d, hh, mi = u.date(), u.hour, u.minute
    val = f"{d.isoformat()}T{hm(hh, mi)}"
    m, y = d.month - 1, d.year
    if ufmt == "u_th":
        line = f"ปรับปรุงล่าสุด {d.day} {TH_MON_AB[m]} {y + 543} {hm(hh, mi)} น."
    elif ufmt == "u_av":
        line = f"تحديث: {d.day:02d}{EN_MON3[m]}{y % 100:02d} {hh:02d}{mi:02d}Z"
    elif ufmt == "u_as":
        line = f"عُدّل في {d.day:02d}.{d.month:02d}.{y} — {hm(hh, mi)} UT"
    elif ufmt == "u_mv":
        line = f"އަޕްޑޭޓް: {d.day} {DV_MON[m]} {y}، {hm(hh, mi)}"
    elif ufmt == "u_sh":
        line = f"تحديث ملاحي: {d.day}/{d.month}/{y} {hm(hh, mi)} LT"
    elif ufmt == "u_ex":
        line = f"⟳ تحديث: {G.WD[d.weekday()]} {d.day} - {d.month} - {y} | {G.h12(hh)}:{mi:02d} {ar_period(hh)}"
    else:
        line = f"Updated: {EN_MON_AB[m]} {d.day}, {y} {hm(hh, mi)} UTC+3"
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


def arabic_words(text):
    ws = text.split(" ")
    return ws, [i for i, w in enumerate(ws) if len(w) >= 4 and re.fullmatch("[\u0621-\u064a]+", w)]


def kashida(text, rng):
    """Tatweel inside 1-3 words, only between two joining letters (never after a printed tatweel)."""
    chars = list(text)
    spots = [i for i in range(len(chars) - 1) if chars[i] in G.DUAL and "\u0621" <= chars[i + 1] <= "\u064a"
             and chars[i + 1] != "\u0640"]
    for i in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 3))), reverse=True):
        chars.insert(i + 1, "\u0640" * rng.randint(1, 3))
    return "".join(chars)


def body_noise(text, kind, rng):
    if kind == "shy":
        ws, spots = arabic_words(text)
        for k in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 3)))):
            w = ws[k]
            p = rng.randint(2, len(w) - 2) if len(w) >= 5 else 2
            ws[k] = w[:p] + SHY + w[p:]
        return " ".join(ws)
    if kind == "fig":
        return re.sub(r"(?<=\d) (?=\S)|(?<=\S) (?=\d)", lambda mm: FIGSP if rng.random() < 0.7 else " ", text)
    if kind == "alm":
        return re.sub("([،؛.:])( )", lambda mm: mm.group(1) + (ALM if rng.random() < 0.5 else "") + mm.group(2), text)
    if kind == "nnbsp":
        return re.sub(" (?=[«(\"])| (?=[؟!:])", lambda mm: NNBSP if rng.random() < 0.8 else " ", text)
    if kind == "kashida":
        return kashida(text, rng)
    if kind == "lri":
        return re.sub(r"[A-Za-z0-9][A-Za-z0-9.,%$]*", lambda mm: LRI + mm.group(0) + PDI if rng.random() < 0.6
                      else mm.group(0), text)
    return text


def title_noise(title, kind, rng):
    if kind == "tatweel":
        return kashida(title, rng)
    if kind == "pf" and not re.search("[\u064b-\u0652]", title):
        return G.presentation_forms(title)
    if kind == "nbsp":
        return "".join("\u00a0" if c == " " and rng.random() < 0.3 else c for c in title)
    if kind == "alm":
        return ALM + title + ALM
    return title


def heading_lines(h, fmt):
    mark = {"h_flower": "❋", "h_plane": "✈", "h_moon": "☾", "h_half": "◗", "h_anchor": "⚓", "h_pen": "✎",
            "h_diamond": "⟐"}.get(fmt)
    return [f"{mark} {h}"] if mark else [h]


def caption_lines(cfmt, cap, credit):
    if cfmt == "c_th":
        return [f"{cap} (ภาพ: {credit})"]
    if cfmt == "c_jawi":
        return [f"{cap} — ݢمبر: {credit}"]
    if cfmt == "c_av":
        return [f"{cap} ✈ الصورة: {credit}"]
    if cfmt == "c_as":
        return [f"{cap} (تصوير فلكي: {credit})"]
    if cfmt == "c_mv":
        return [f"{cap} / ފޮޓޯ: {credit}"]
    if cfmt == "c_sh":
        return [f"{cap} ⚓ ملكية الصورة: {credit}"]
    if cfmt == "c_ex":
        return [f"{cap} ◄ {credit}"]
    if cfmt == "c_cr":
        return [f"{cap} — رسم توضيحي: {credit}"]
    raise ValueError(cfmt)


def apply_dateline(form, doc, paras, truth, comp):
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl
    if form == "dl_arrow":
        paras[0] = f"{place} ({rest}) ← {paras[0]}"
    elif form == "dl_dash":
        paras[0] = f"{place} — {rest} — {paras[0]}"
    else:
        paras[0] = f"{place}، {rest} ⁃ {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl


def future(d, rng, lo, hi):
    return d + datetime.timedelta(days=rng.randint(lo, hi))


def money(v):
    return f"{v:,.2f}" if v < 10 else f"{v:,.0f}"


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
    exam_country = rng.choice(sorted(EXAMS))
    ctx = dict(key=key, crawl=crawl, name=name, exam=EXAMS[exam_country][0])
    tform = pick("title_form")

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine")
    if not pub:
        pfmt = None
    pinfo = fmt_publine(pfmt, pub, tm, rng, ctx) if pfmt else None
    comp["publine"] = pfmt
    if pinfo:
        truth["published"] = pinfo["value"]
        if pinfo["author"]:
            bfmt = None  # the publication line names the writer
            comp["byline"] = None
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

    # the browser tab
    if tform == "tab":
        sep = rng.choice([" — ", " ‹ ", " | "])
        add("tab", [f"{title}{sep}{site}"])

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "th_cookie":
            add("cookie", ["เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน", "ยอมรับทั้งหมด",
                           "ตั้งค่าคุกกี้"])
        elif pname == "av_app":
            add("app", [f"✈ حمّل تطبيق {site} لتتبع رحلتك لحظة بلحظة", "تثبيت", "لاحقًا"])
        elif pname == "as_live":
            add("live", [f"🔴 بث مباشر: تحري الهلال من مرصد {city or 'الجمعية'} الليلة بعد الغروب", "شاهد الآن"])
        elif pname == "mv_cookie":
            add("cookie", ["މި ވެބްސައިޓުގައި ކުކީސް ބޭނުންކުރޭ", "އެއްބަސް", "ތަފްސީލު"])
        elif pname == "sh_navarea":
            add("navarea", [f"⚠ تحذير ملاحي NAVAREA IX رقم {rng.randint(40, 480)}/{year % 100:02d}: "
                            f"{rng.choice(NAV_WARN)}"
                            f" قرب {rng.choice(PORTS)}"])
        elif pname == "ex_urgent":
            add("urgent", [f"🔴 عاجل: رابط الاستعلام عن نتيجة {ctx['exam']} — احفظه الآن", "×"])
        elif pname == "cr_risk":
            add("risk", ["⚠ تحذير: تداول الأصول الرقمية ينطوي على مخاطر عالية وقد تخسر كامل رأس مالك.", "فهمت"])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "th_lang":
            add("lang", ["ไทย | جاوي | العربية | English"])
        elif hname == "mv_lang":
            add("lang", ["ދިވެހި | English | العربية"])
        elif hname == "cr_ticker":
            parts = []
            for sym, base in rng.sample(COINS, 4):
                v = base * rng.uniform(0.9, 1.1)
                ch = rng.uniform(-6, 6)
                parts.append(f"{sym} ${money(v)} {'▲' if ch >= 0 else '▼'}{abs(ch):.1f}%")
            add("ticker", [" · ".join(parts)])
        elif hname == "sh_index":
            add("index", [f"BDI {rng.randint(900, 2600):,} {rng.choice('▲▼')} | SCFI {rng.randint(800, 3500):,} "
                          f"{rng.choice('▲▼')} | WCI {rng.randint(1400, 5800):,} $/FEU"])
        elif hname == "site_name":
            add("site_name", [site, tagline] if tagline else [site])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "nav":
            vocab = NAV[key]
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(3, len(vocab) - 1))
            if key in ("th", "mv", "cr"):
                add("nav", [" ∙ ".join(items)])
            else:
                add("nav", items)
        elif hname == "th_rubber":
            add("rubber", [f"ราคายางพารา: ยางแผ่นดิบ {rng.randint(5200, 7400) / 100:.2f} บาท/กก. | น้ำยางสด "
                           f"{rng.randint(5000, 7000) / 100:.2f} บาท/กก."])
        elif hname == "av_metar":
            icao, _ = rng.choice(ICAO)
            add("metar", [f"METAR {icao} {crawl.day:02d}{rng.randint(0, 23):02d}{rng.choice(['00', '20', '50'])}Z "
                          f"{rng.randint(0, 35) * 10:03d}{rng.randint(3, 22):02d}KT "
                          f"{rng.choice(['CAVOK', '9999 FEW030', '6000 HZ', '4000 BLDU'])} "
                          f"{rng.randint(14, 44):02d}/{rng.randint(1, 18):02d} Q{rng.randint(1000, 1021)}"])
        elif hname == "av_fuel":
            add("fuel", [f"وقود الطائرات Jet A-1: {rng.randint(190, 320) / 100:.2f} $/غالون "
                         f"({rng.choice(['+', '−'])}{rng.randint(1, 30) / 10:.1f}٪)"])
        elif hname == "as_moon":
            _, illum, ph = moon_phase(crawl)
            add("moon", [f"☾ القمر الليلة: {ph} — الإضاءة {illum:.0f}٪"])
        elif hname == "as_next":
            a = future(crawl, rng, 6, 400)
            add("next", [f"الحدث الفلكي القادم: {rng.choice(SKY_EVENTS)} — {a.day} {G.EG[a.month - 1]} {a.year} "
                         f"(بعد {days_ar((a - crawl).days)})"])
        elif hname == "mv_rate":
            add("rate", [f"1 USD = {rng.randint(1538, 1546) / 100:.2f} MVR | "
                         f"1 EUR = {rng.randint(1620, 1720) / 100:.2f} MVR"])
        elif hname == "mv_tourists":
            add("tourists", [f"🏝 ފަތުރުވެރިން {year}: {rng.randint(120000, 1900000):,}"])
        elif hname == "sh_bunker":
            add("bunker", [f"أسعار الوقود البحري ({rng.choice(['سنغافورة', 'الفجيرة', 'روتردام'])}): VLSFO "
                           f"{rng.randint(520, 720)}$/طن | MGO {rng.randint(700, 980)}$/طن | "
                           f"HSFO {rng.randint(380, 520)}$/طن"])
        elif hname == "ex_countdown":
            add("countdown", [f"⏳ متبقٍّ على إعلان نتيجة {ctx['exam']}: {days_ar(rng.randint(75, 140))} و"
                              f"{hours_ar(rng.randint(1, 23))}"])
        elif hname == "ex_search":
            add("search", [f"استعلم عن نتيجتك: أدخل {EXAMS[exam_country][1]}", "[          ]", "بحث"])
        elif hname == "cr_fng":
            v = rng.randint(8, 92)
            mood = "خوف شديد" if v < 25 else "خوف" if v < 45 else "حياد" if v < 56 else "طمع" if v < 75 else "طمع شديد"
            add("fng", [f"مؤشر الخوف والطمع: {v} — {mood} | Gas: {rng.randint(4, 60)} gwei"])
        comp.setdefault("header", []).append(hname)

    # the article's head
    tnoise = pick("title_noise")
    shown_title = title_noise(title, tnoise, rng)

    cap_group = None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        cap = rng.choice(CAPTIONS[key])
        credit = rng.choice(CREDITS[key])
        truth["images"].append({"caption": cap, "credit": credit})
        cap_group = caption_lines(cfmt, cap, credit)

    kicker = None
    if rng.random() < spec["kicker"]:
        kicker = {"th": f"{section} ◂", "av": f"✈ {section}", "as": f"☾ {section}", "mv": f"{section} ▸",
                  "sh": f"⚓ {section}", "ex": f"{section} | {ctx['exam']}", "cr": f"{section} ·"}[key]

    # meta lines
    meta = []
    authors = []
    if bfmt == "b_th_oleh":
        meta.append(f"اوليه: {name}")
        authors = [name]
    elif bfmt == "b_th_two":
        meta.append(f"اوليه: {name} دان {name2}")
        authors = [name, name2]
    elif bfmt == "b_th_thai":
        who = rng.choice(LATIN["th"])
        meta.append(f"ข่าว/ภาพ: {who}")
        authors = [who]
    elif bfmt == "b_th_desk":
        meta.append("سيدڠ ڤڠارڠ")
    elif bfmt == "b_av_captain":
        meta.append(f"الكابتن {name} — {'محللة' if female else 'محلل'} شؤون الطيران")
        authors = [name]
    elif bfmt == "b_av_two":
        meta.append(f"{name} و{name2} | {site}")
        authors = [name, name2]
    elif bfmt == "b_av_from":
        meta.append(f"{name}، من {rng.choice(AV_PLACES)}")
        authors = [name]
    elif bfmt == "b_av_desk":
        meta.append(f"فريق تحرير {site}")
    elif bfmt == "b_as_dr":
        meta.append(f"د. {name}، عضو الاتحاد العربي لعلوم الفضاء والفلك")
        authors = [name]
    elif bfmt == "b_as_obs":
        meta.append(f"رصد وإعداد: {name}")
        authors = [name]
    elif bfmt == "b_as_review":
        meta.append(f"إعداد: {name} | مراجعة علمية: د. {name2}")
        authors = [name]
    elif bfmt == "b_as_team":
        meta.append("فريق رصد الأهلة في الجمعية")
    elif bfmt == "b_mv_thaana":
        who = rng.choice(LATIN["mv"])
        meta.append(f"ލިޔުނީ: {who}")
        authors = [who]
    elif bfmt == "b_mv_corr":
        meta.append(f"{'مراسلتنا' if female else 'مراسلنا'} في ماليه {name}")
        authors = [name]
    elif bfmt == "b_mv_two":
        a, b = rng.sample(LATIN["mv"], 2)
        meta.append(f"{a} · {b}")
        authors = [a, b]
    elif bfmt == "b_mv_desk":
        meta.append("ޚަބަރު ޑެސްކް")
    elif bfmt == "b_sh_editor":
        meta.append(f"{'محررة' if female else 'محرر'} الشؤون البحرية: {name}")
        authors = [name]
    elif bfmt == "b_sh_captain":
        meta.append(f"بقلم القبطان {name}")
        authors = [name]
    elif bfmt == "b_sh_two":
        meta.append(f"{name} · {name2}")
        authors = [name, name2]
    elif bfmt == "b_sh_desk":
        meta.append("وحدة الرصد الملاحي")
    elif bfmt == "b_ex_kutib":
        meta.append(f"{'كتبت' if female else 'كتب'}: {name}")
        authors = [name]
    elif bfmt == "b_ex_cover":
        third = rng.choice([p for p in people if p not in (name, name2)])
        meta.append(f"شارك في التغطية: {name}، {name2}، {third}")
        authors = [name, name2, third]
    elif bfmt == "b_ex_teacher":
        meta.append(f"{'الأستاذة' if female else 'الأستاذ'} {name}، {'خبيرة' if female else 'خبير'} تربوي"
                    + ("ة" if female else ""))
        authors = [name]
    elif bfmt == "b_ex_desk":
        meta.append("قسم التعليم")
    elif bfmt == "b_cr_handle":
        meta.append(f"{name} ({HANDLES.get(name, '@' + dom.split('.')[0])})")
        authors = [name]
    elif bfmt == "b_cr_pen":
        meta.append(f"Written by {name} · Reviewed by {name2}")
        authors = [name]
    elif bfmt == "b_cr_two":
        meta.append(f"{name}، {name2}")
        authors = [name, name2]
    elif bfmt == "b_cr_desk":
        meta.append(f"فريق تحرير {site}")
    if pinfo:
        if pinfo["author"]:
            authors = [pinfo["author"]]
        meta += pinfo["meta"]
        ufmt = UPDATE_OF.get(pinfo["fmt"])
        if ufmt and pinfo["value"] and rng.random() < spec["update"]:
            line, mod = fmt_update(ufmt, pub, tm, crawl, rng)
            if line:
                meta.append(line)
                truth["modified"] = mod
                comp["update"] = True
    if rng.random() < spec["counter"]:
        n = rng.randint(2, 40)
        meta.append({"th": f"ผู้เข้าชม {n * 97:,}", "av": f"✈ {n * 143:,} قراءة", "as": f"👁 {n * 61} مشاهدة",
                     "mv": f"ކިޔުންތެރިން {n * 37}", "sh": f"قراءات: {n * 88}",
                     "ex": f"🔥 {n * 1231:,} طالب قرأوا الخبر",
                     "cr": f"{rng.randint(2, 9)} min read · {n * 53} views"}[key])

    label = LEDE_LABEL[key]
    labelled = ("label_inline", "label_line", "mark")
    if tform == "crumb":
        cut = title.split()
        crumb = [HOME[key], section]
        if len(cut) > 6:
            crumb.append(" ".join(cut[:4]) + " …")
        add("crumb", [" ⟩ ".join(crumb)])
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
    if summary and lede_place == "mark":
        add("lede", [f"{rng.choice(['■', '»'])} {summary}"], chrome=False)
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
        if spots:
            positions.setdefault(rng.choice(spots), []).append(mname)
    hfmt = pick("heading_fmt")
    for i, b in enumerate(blocks):
        for mname in positions.get(i, []):
            if mname == "th_baca":
                add("also", [f"باچ جوݢ: {others.pop()}"])
            elif mname == "th_radio":
                add("radio", ["📻 دڠر راديو سورا ڤطاني سچارا لايو — استمع إلى البث المباشر"])
            elif mname == "av_flight":
                code, a, b2 = rng.choice(AIRLINES)
                add("flight", [f"✈ رحلة اليوم: {code} {rng.randint(100, 999)} | {a} ← {b2} | المغادرة "
                               f"{hm(rng.randint(0, 23), rng.choice([5, 15, 25, 35, 45, 55]))} | "
                               f"{rng.choice(['في موعدها', 'متأخرة 40 دقيقة', 'أقلعت', 'البوابة B12'])}"])
            elif mname == "av_runway":
                add("also", [f"من المدرج نفسه: {others.pop()}"])
            elif mname == "as_tip":
                add("tip", [f"🔭 نصيحة الراصد: {rng.choice(SKY_TIPS)}"])
            elif mname == "as_also":
                add("also", [f"☾ في السماء أيضًا: {others.pop()}"])
            elif mname == "mv_also":
                add("also", [f"މިއާ ގުޅޭ: {others.pop()}"])
            elif mname == "mv_radio":
                add("radio", ["📻 ރޭޑިއޯ — live", "استمع الآن"])
            elif mname == "sh_port":
                add("port", [f"🚢 ميناء {rng.choice(PORTS)} الآن: {rng.randint(11, 40)} سفينة على الأرصفة، "
                             f"{rng.randint(0, 18)} في الانتظار، متوسط الانتظار {hours_ar(rng.randint(3, 60))}"])
            elif mname == "sh_linked":
                add("also", [f"مرتبط: {others.pop()}"])
            elif mname == "sh_ad":
                add("ad", ["📦 احجز حاويتك أونلاين — أسعار فورية لأكثر من 300 ميناء", "إعلان"])
            elif mname == "ex_pdf":
                add("pdf", [f"📝 حمّل: نموذج امتحان {rng.choice(SUBJECTS)} بالإجابات PDF "
                            f"({rng.randint(4, 38) / 10:.1f} ميجابايت)"])
            elif mname == "ex_related":
                add("also", [f"ذات علاقة ◂ {others.pop()}"])
            elif mname == "ex_lookup":
                add("lookup", [f"🔎 اعرف نتيجتك الآن بـ{EXAMS[exam_country][1]} من هنا"])
            elif mname == "cr_price":
                sym, base = rng.choice(COINS)
                ch = rng.uniform(-8, 8)
                add("price", [f"📈 {sym}/USDT {money(base * rng.uniform(0.9, 1.1))} ({'+' if ch >= 0 else '−'}"
                              f"{abs(ch):.1f}%)"])
            elif mname == "cr_sponsored":
                add("sponsored", ["Sponsored · محتوى ممول", f"تداول {rng.choice(COINS)[0]} برسوم تبدأ من 0.1% — "
                                                             f"سجّل خلال دقيقة"])
            elif mname == "cr_also":
                add("also", [f"اقرأ كذلك ↩ {others.pop()}"])
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

    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        kind = aname[3:]
        if kind == "src":
            if truth["sources"] or not doc["site"]:
                continue
            if aname == "th_src":
                srcs = src_list(["وكالات", "สำนักข่าวอิศรา", "برناما"])
                add("sources", ["سومبر: " + "، ".join(srcs)])
            elif aname == "av_src":
                srcs = src_list(["هيئة الطيران المدني", "منصة تتبع الرحلات", "وكالات"])
                add("sources", ["مصدر البيانات: " + " / ".join(srcs)])
            elif aname == "as_src":
                srcs = src_list(["مشروع رصد الأهلة", "وكالات", "مرصد الختم الفلكي"])
                add("sources", ["بيانات الرصد من: " + "، ".join(srcs)])
            elif aname == "mv_src":
                srcs = src_list(["ޕީއެސްއެމް", "وكالات", "Sun Online"])
                add("sources", ["ސޯސް: " + "، ".join(srcs)])
            elif aname == "sh_src":
                srcs = src_list(["هيئة الموانئ", "وكالات", "Lloyd's List"])
                add("sources", ["المصدر الملاحي: " + " · ".join(srcs)])
            elif aname == "ex_src":
                srcs = src_list(["وزارة التربية والتعليم", "وكالات"])
                add("sources", ["وفق بيان: " + "، ".join(srcs)])
            else:
                srcs = src_list(["CoinDesk", "وكالات", "The Block"])
                add("sources", ["المصدر ↗ " + "، ".join(srcs)])
            truth["sources"] = srcs
        elif kind == "tags":
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            if aname == "th_tags":
                add("tags", ["تاݢ: " + "، ".join(tags)])
            elif aname == "av_tags":
                add("tags", ["وسوم الطيران: " + " ✈ ".join(tags)])
            elif aname == "as_tags":
                add("tags", ["كلمات فلكية: " + " ☆ ".join(tags)])
            elif aname == "mv_tags":
                add("tags", ["ޓެގް: " + "، ".join(tags)])
            elif aname == "sh_tags":
                add("tags", ["علامات ملاحية: " + " ⚓ ".join(tags)])
            elif aname == "ex_tags":
                add("tags", ["الكلمات الدلالية: " + " - ".join(tags)])
            else:
                add("tags", ["Topics: " + " · ".join(tags)])
            truth["tags"] = tags
        elif aname == "th_share":
            add("share", ["کوڠسي: Facebook · LINE · WhatsApp · X"])
        elif aname == "th_related":
            add("related", [rng.choice(["بريتا برکاءيتن", "ข่าวที่เกี่ยวข้อง"])] +
                [f"◂ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "th_comments":
            n = rng.randint(1, 3)
            lines = [f"کومين ({n})"]
            for who in rng.sample(COMMENTERS["th"], n):
                lines += [f"{who} · {rng.randint(1, 20)} ชั่วโมงที่แล้ว", rng.choice(COMMENT_TEXT["th"])]
            lines.append("توليس کومين اندا")
            add("comments", lines)
        elif aname == "av_share":
            add("share", ["شارك الرحلة:", "X | واتساب | تلغرام | لينكدإن | نسخ الرابط"])
        elif aname == "av_board":
            icao, cname = rng.choice(ICAO)
            lines = [f"لوحة المغادرة — {cname} ({icao})", "الرحلة | الوجهة | الموعد | الحالة"]
            for code, a, b2 in rng.sample(AIRLINES, 3):
                when = hm(rng.randint(0, 23), rng.choice([0, 10, 20, 30, 40, 50]))
                lines.append(f"{code}{rng.randint(100, 999)} | {b2} | {when} | "
                             f"{rng.choice(['في موعدها', 'متأخرة', 'ألغيت', 'الصعود الآن', 'أقلعت'])}")
            add("board", lines)
        elif aname == "av_related":
            add("related", ["رحلات إخبارية أخرى"] + [f"✈ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "av_comments":
            n = rng.randint(1, 3)
            lines = [f"تعليقات المسافرين ({n})"]
            for who in rng.sample(COMMENTERS["av"], n):
                lines += [f"{who} — قبل {rng.randint(2, 50)} دقيقة", rng.choice(COMMENT_TEXT["av"])]
            add("comments", lines)
        elif aname == "av_spotters":
            add("spotters", ["📷 ركن هواة التصوير الجوي", f"أرسل صورك إلى photos@{dom} لتُنشر مع اسمك"])
        elif aname == "as_crescent":
            a = future(crawl, rng, 2, 28)
            lines = [f"إمكانية رؤية الهلال مساء {G.WD[a.weekday()]} {a.day} {G.EG[a.month - 1]}"]
            for c in rng.sample(CRESCENT_CITIES, 4):
                lines.append(f"{c}: {rng.choice(CRESCENT_STATUS)}")
            add("crescent", lines)
        elif aname == "as_phases":
            a = crawl
            lines = ["أطوار القمر القادمة"]
            for ph in ["تربيع أول", "بدر", "تربيع أخير", "محاق"][rng.randint(0, 2):]:
                a = future(a, rng, 6, 8)
                lines.append(f"{ph}: {a.day}/{a.month} — {hm(rng.randint(0, 23), rng.randint(0, 59))} UT")
            add("phases", lines)
        elif aname == "as_share":
            add("share", ["شارك السماء مع أصدقائك: فيسبوك ◦ X ◦ واتساب ◦ بريد"])
        elif aname in ("as_authorbox", "cr_authorbox"):
            who = authors[0] if authors else name
            if not authors:
                authors = [who]
            if aname == "as_authorbox":
                fem = who in FEMALE
                add("authorbox", ["عن الكاتب", who,
                                  f"{'راصدة فلكية وعضوة' if fem else 'راصد فلكي وعضو'} في {site} منذ "
                                  f"{rng.randint(2009, max(2009, year))}، {'تهتم' if fem else 'يهتم'} برصد الأهلة "
                                  "والتصوير الفلكي."])
            else:
                fem = who in FEMALE
                add("authorbox", ["عن الكاتب", f"{who} {HANDLES.get(who, '')}".strip(),
                                  f"{'محللة' if fem else 'محلل'} أسواق رقمية منذ {rng.randint(2014, max(2014, year))}. "
                                  f"{'لا تملك' if fem else 'لا يملك'} أي مراكز في العملات المذكورة."])
        elif aname == "as_questions":
            n = rng.randint(1, 2)
            lines = [f"أسئلة القراء ({n})"]
            for who, (q, a) in zip(rng.sample(COMMENTERS["as"], n), rng.sample(SKY_QA, n)):
                lines += [f"{who} {'تسأل' if who == 'Lina S.' else 'يسأل'}:", q, f"يجيب فريق الجمعية: {a}"]
            add("questions", lines)
        elif aname == "mv_share":
            add("share", ["ޙިއްޞާކުރައްވާ: Facebook · Viber · X · Telegram"])
        elif aname == "mv_related":
            add("related", ["ގުޅުންހުރި ޚަބަރު"] + [f"▸ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "mv_comments":
            n = rng.randint(1, 3)
            lines = [f"ކޮމެންޓް ({n})"]
            for who in rng.sample(COMMENTERS["mv"], n):
                lines += [f"{who} — {rng.randint(1, 11)} ގަޑިއިރު ކުރިން", rng.choice(COMMENT_TEXT["mv"])]
            add("comments", lines)
        elif aname == "sh_vessels":
            lines = ["السفن المتوقع وصولها", "السفينة | العلم | الرصيف | الوصول المتوقع"]
            for v in rng.sample(VESSELS, 3):
                a = future(crawl, rng, 0, 6)
                lines.append(f"{v} | {rng.choice(FLAGS)} | {rng.randint(1, 42)} | {a.day:02d}/{a.month:02d} "
                             f"{hm(rng.randint(0, 23), rng.choice([0, 30]))}")
            add("vessels", lines)
        elif aname == "sh_share":
            add("share", ["انشر الخبر ⚓ لينكدإن · X · واتساب · بريد إلكتروني"])
        elif aname == "sh_related":
            add("related", ["أخبار الموانئ"] + [f"— {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "sh_newsletter":
            add("newsletter", ["النشرة الملاحية الأسبوعية", "ملخص حركة الموانئ وأسعار الشحن كل أحد في بريدك",
                               "بريدك الإلكتروني", "اشترك"])
        elif aname == "ex_timetable":
            a = future(crawl, rng, 10, 60)
            lines = [f"جدول امتحانات {ctx['exam']}", "اليوم | المادة | الموعد"]
            for s in rng.sample(SUBJECTS, 3):
                lines.append(f"{G.WD[a.weekday()]} {a.day} {G.EG[a.month - 1]} | {s} | "
                             f"{rng.choice(['9:00 صباحًا', '10:00 صباحًا', '9:30 صباحًا'])}")
                a = future(a, rng, 2, 4)
            add("timetable", lines)
        elif aname == "ex_cutoffs":
            lines = ["الحد الأدنى للقبول (المرحلة الأولى)"]
            for f in rng.sample(FACULTIES, 3):
                lines.append(f"كلية {f}: {rng.randint(850, 995) / 10:.1f}٪")
            add("cutoffs", lines)
        elif aname == "ex_share":
            add("share", ["شارك مع زملائك: واتساب · تلغرام · فيسبوك"])
        elif aname == "ex_comments":
            n = rng.randint(1, 4)
            lines = [f"تعليقات الطلاب وأولياء الأمور ({n})"]
            for who in rng.sample(COMMENTERS["ex"], n):
                lines += [who, rng.choice(COMMENT_TEXT["ex"]), f"👍 {rng.randint(0, 300)}  ·  رد"]
            add("comments", lines)
        elif aname == "cr_disclaimer":
            add("disclaimer", ["إخلاء مسؤولية: المحتوى لأغراض إعلامية فقط ولا يُعد نصيحة استثمارية. "
                               "قم ببحثك الخاص قبل اتخاذ أي قرار مالي."])
        elif aname == "cr_share":
            add("share", ["Share: X · Telegram · Reddit · Copy link"])
        elif aname == "cr_table":
            lines = ["العملة | السعر | التغير 24س"]
            for sym, base in rng.sample(COINS, 3):
                ch = rng.uniform(-9, 9)
                price = money(base * rng.uniform(0.9, 1.1))
                lines.append(f"{sym} | ${price} | {'+' if ch >= 0 else '−'}{abs(ch):.2f}%")
            add("table", lines)
        elif aname == "cr_related":
            add("related", ["قد يعجبك"] + [f"⟐ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "cr_newsletter":
            add("newsletter", ["نشرة المحفظة الأسبوعية", "أهم حركات السوق كل جمعة", "اشترك مجانًا"])
        else:
            continue
        comp.setdefault("after", []).append(aname)

    if tform == "share":
        add("share_title", [f"📤 شارك: «{title}» {dom}/{rng.randint(10000, 99999)}"])

    ffmt = pick("footer")
    if ffmt == "f_th":
        add("footer", [f"© {year + 543} {site} · สงวนลิขสิทธิ์", "هوبوڠي کامي · นโยบายความเป็นส่วนตัว"])
    elif ffmt == "f_av":
        add("footer", [f"© {year} {site} — جميع الأوقات بالتوقيت العالمي المنسق ما لم يُذكر غير ذلك",
                       "من نحن | أعلن معنا | شروط الاستخدام"])
    elif ffmt == "f_as":
        add("footer", [f"{site} — جمعية غير ربحية © {year}", "العضوية · المرصد · التقويم الفلكي · اتصل بنا"])
    elif ffmt == "f_mv":
        add("footer", [f"© {year} {site} — ހުރިހާ ޙައްޤެއް ލިބިގެންވޭ", "ގުޅުއްވާ · ހިއްސާކުރައްވާ"])
    elif ffmt == "f_sh":
        add("footer", [f"© {year} {site} | البيانات الملاحية استرشادية وليست للملاحة",
                       "من نحن · أعلن معنا · سياسة الخصوصية"])
    elif ffmt == "f_ex":
        add("footer", [f"جميع الحقوق محفوظة لـ{site} {year} — الموقع غير تابع لأي جهة حكومية",
                       "اتصل بنا · سياسة الخصوصية · إخلاء المسؤولية"])
    elif ffmt == "f_cr":
        add("footer", [f"© {year} {site}. All rights reserved.", "About · Advertise · Privacy · Terms"])

    # layout
    out = []
    chrome_lines = []
    prev = None
    for g in groups:
        kind = g["kind"]
        if out and not g["glue"] and layout != "tight":
            if not (layout == "single" and kind in ("body", "heading") and prev in ("body", "heading")):
                out.append(BRAILLE if layout == "braille" else "")
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
    truth["authors"] = authors
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
