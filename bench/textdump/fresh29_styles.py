"""The `fresh29` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh29 --n 2000 --seed 131
    python3 bench/textdump/score_dumps.py --split fresh29 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH29 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by a helper who has not read the extractor, its tests, its
fixtures or its benchmark notes (nor the sealed fresh21 to fresh28 modules).
No component here is meant to be one of the tune, held-out, fresh, fresh2,
..., fresh20 ones (as far as gen_dumps.py and those modules show). Only the
aggregate rows of `score_dumps.py --split fresh29` are ever reported; once
the extractor is changed because of anything learnt here, the split is spent.

The eight styles (`fresh29_1` ... `fresh29_7`, and `fresh29_mixed`, a
per-document random draw of the others' components) imitate text dumps of
kinds of pages the other splits do not: the news page of an astronomy
observatory or amateur-astronomy society (Jordan, the Emirates, Oman: moon
phase and sunrise strips, the Julian day number, crescent-sighting boxes and
sky-event calendars with future dates), a maritime and ports news portal
(Egypt, the Emirates, Oman: canal-transit, bunker-price and freight-index
strips, vessel cards with IMO numbers, navigational warnings with a
date-time group, port-call tables with year-less dates), a platform of
translated long reads (the original English title, the original writer and
the translator, the original outlet and its earlier publication date, pull
quotes, translator's notes, a disclaimer), an exams-and-education portal
(Algeria, Tunisia, Jordan, Egypt: countdowns to the exams, results search
boxes, school-week counters, exam timetables with future dates, pass-rate
tables, students' comments), a Moroccan regional news site with infinite
scroll (Moroccan months, an update-before-publication line, `SITE - NAME`
bylines, moderated comments with dates, legal-deposit footers, and the next
article appended under the first one with its own title, date and excerpt),
an aviation news site (Gulf: a METAR line, a departures mini-board, fleet
cards, new routes with start dates, Arabic-Indic digits), and the text-only
("lite") version of a Levantine site (access-key menus, page-size notes,
removed-image placeholders, previous/next links, a page-build stamp). Site
names, people, vessels, flights, outlets and the vocabulary are invented. The
corpus texts, the lede choice (abstract / teaser / promoted first paragraph),
the inserted headings and the other articles' titles in related blocks are
the gen_dumps.py ones.

New here: widgets with the Julian day number, a Hijri-first date with a moon
glyph between the calendars, a UTC clock after a dotted date, a city with
the high-tide time, a date with the weekday abbreviated in English and the
UTC offset, pipes between weekday, day-and-month and year, a countdown to the
exams or the school week after the date, the weekday after an arrow, a
Hijri-first date `الموافق` a Moroccan-month date, a Moroccan-month date with a
header clock or with commas, an anchor sign before a date with `م`,
Arabic-Indic dates with spaced slashes and `م`, a Zulu clock after the date,
a Gregorian date with the Hijri date after a pipe, a Levantine/Egyptian pair
with the weekday after it, a bracketed Levantine short month. Publication lines with `UT`, a
Hijri-first line with the Gregorian in brackets, a year-first dotted date, a
date `بتوقيت` a port city, anchors between label, date and clock, a 12-hour
clock with `ص`/`م`, the translation's own date (`نُشرت الترجمة في`) beside
the original's (`نُشر المقال الأصلي في`, `Originally published`), a reading
time before the date, ISO dates with a watch sign, a relative time alone, an
update-first `آخر تحديث : … | نشر في : …` line, bullets before a clock,
Arabic-Indic lines with a country time, `GMT+N`, a byline joined with the
date and a `ت.غ` clock. Update lines: `عُدّلت المادة:`, `⟳ تحديث`, `آخر
تحديث :`, `Updated`, `تعديل أخير`. Chrome: notification prompts, moon and
sun strips, next-event countdowns, crescent boxes, glossaries, observation
tables, sky-event calendars; canal, bunker and freight strips, vessel cards,
NAVAREA warnings, port-call tables, weekly-report boxes; donation prompts,
language-pair chips, original titles and links, pull quotes (a body sentence
again), translator's notes, disclaimers, more-by-the-writer lists; results
search boxes, countdowns, level chips, PDF links, exam timetables, pass-rate
tables, students' comments; an Arabic and a bilingual English-Arabic cookie
banner; province chips, breaking strips, share counts,
comment guidelines, like/dislike counts, legal-deposit footers, an appended
next article; METAR lines, departure boards, flight-status boxes, fleet
cards, travel tips, new-route lists; text-only banners, skip links,
access-key menus, page sizes, image-removed placeholders, previous/next
links, page-build stamps. Captions with `✶ حقوق الصورة:`, `· Photo:`,
`(الصورة: …)`, `| حقوق النشر:`, `- ملتقط الصورة:`, `✈ الصورة:`, the
placeholder `(صورة محذوفة لتوفير البيانات: … — …)`, and a caption line with
`© credit` on the next line. Datelines `CITY ◾ AGENCY ◾` and `AGENCY (CITY):`.
Headings after `✶`, `⛴`, `✎`, `◾`, `✈`, `»»`, numbered `١ —`, or plain.
Noise: tatweel, presentation forms or NBSP in the title; NBSP, zero-width,
narrow-NBSP, RLM or tatweel noise in the body (gen_dumps.py helpers); rule
lines between page regions, CRLF, BOM.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once. The browser-tab line, the original English
  title, titles in previous/next links, in the appended next article and in
  share texts are chrome; a repeat equal to the title is left out of the
  chrome list.
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its calendar or digits; with two calendars the
  Gregorian day. The Julian day number, moon and sun strips, countdowns,
  school weeks, tide times, METAR lines, boards, crescent boxes and
  timetables are no part of it. Pages without a widget: null.
- published: the page's own publication line, with `THH:MM` when it shows a
  time (12-hour `ص`/`م`; `UT`, `GMT+4` and local times kept as printed); the
  Gregorian date of a Hijri-first line. The original outlet's date on a
  translation page is never the publication date (a page that shows only it
  has null). A relative time alone gives null. The `نشر في` part of an
  update-first line is the publication date. The byline-and-date line of the
  text-only pages is the publication line. Dates in the appended next
  article, in comments, boards, tables and page-build stamps are no
  publication dates.
- modified: the update line's time (not scored); a page-build stamp is none.
- summary: a deck under the title, a lede after the meta lines or after the
  caption, or a labelled lede (label on the line before; the label is not
  part of it). An unlabelled lede with nothing between it and the body (no
  meta, caption or chrome line, no dateline opening the body) stays a lede
  only when it is a teaser that the first paragraph repeats; a promoted
  first paragraph or an abstract there goes into the body. A deck that the
  body repeats whole is a lede when something stands between the two, and
  the body keeps the paragraph. A promoted first paragraph under 8 words is
  never a lede.
- blocks: the corpus paragraphs; headings without their marks or numbers.
  Pull quotes, translator's notes, cards, boxes, placeholders and links
  between paragraphs are no blocks.
- images: the caption without its label and credit; the credit as written
  without its label (`حقوق الصورة:`, `Photo:`, `الصورة:`, `حقوق النشر:`,
  `ملتقط الصورة:`, `©`). An image between two paragraphs is an image too.
- sources: the items of the sources line; tags: the items of the tags line.
- authors: the writers named by the byline, as printed (Latin names in Latin
  script), in order; two for `و`/`&`. Titles and roles (`د.`, `الأستاذ`,
  `الأستاذة`, `الربان`, `كابتن`, `إعداد:`, `محرر …:`, `، مفتش …`, `(صحافي
  متدرب)`, a site name before ` - `, an `@handle`) are not part of a name. A
  translator, a reviewer, a desk or a team is no author.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the body
  and those equal to the title or the summary.
"""
import datetime
import math
import re

from textnorm import display, fold

SPLIT = "fresh29"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
EN_MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
EN_WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ARABIC_ORD = ["", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"]


def hm(h, m):
    return f"{h:02d}:{m:02d}"


def months(system):
    return {"eg": G.EG, "lev": G.LEV, "mag": G.MAG, "mar": G.MAR}[system]


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city, variant)]
SITES = {
    "as": [("مرصد الأفق الفلكي", "ufuq-observatory.org", "نرصد السماء العربية", "عمّان", "jo"),
           ("مركز سُهيل لعلوم الفلك", "suhail-astro.ae", "", "أبوظبي", "ae"),
           ("رابطة هواة الفلك في ظفار", "dhofar-skywatch.om", "Sky tonight", "صلالة", "om"),
           ("نادي المجرة الفلكي", "almajarra-club.org", "", "الزرقاء", "jo")],
    "mr": [("بوابة الملاحة العربية", "arabnavigation-news.com", "أخبار الموانئ والشحن", "بورسعيد", "eg"),
           ("مرافئ اليوم", "marafi-today.ae", "", "الفجيرة", "ae"),
           ("ربّان نيوز", "rubban-news.com", "Maritime news in Arabic", "صحار", "om"),
           ("صدى الأرصفة", "sada-arsifa.net", "", "العين السخنة", "eg")],
    "tr": [("منصة نُقول", "nuqool.net", "نقرأ العالم بالعربية", "", "eg"),
           ("ترجمان الأسبوع", "tarjuman-weekly.com", "مختارات من الصحافة العالمية", "", "lev"),
           ("جسور للمقالات المترجمة", "josoor-translations.org", "", "", "eg")],
    "ex": [("بوابة التلميذ الجزائري", "tilmidh-dz.com", "كل ما يخص التعليم", "الجزائر", "dz"),
           ("منصة النجاح التربوية", "najah-edu.tn", "", "صفاقس", "tn"),
           ("توجيهي نت", "tawjihi-net.jo", "دليل طلبة الثانوية العامة", "إربد", "jo"),
           ("ثانوية عامة اليوم", "thanawya-today.com", "", "المنصورة", "eg")],
    "ma": [("أصداء تادلة", "asdaa-tadla.ma", "جريدة إلكترونية جهوية", "بني ملال", "ma"),
           ("سوس بريس 24", "souss-press24.ma", "", "أكادير", "ma"),
           ("بوابة الريف اليوم", "rif-today.ma", "", "الحسيمة", "ma"),
           ("دكالة أنفو", "doukkala-info.ma", "صوت الجهة", "الجديدة", "ma")],
    "av": [("أجنحة الخليج", "ajniha-gulf.com", "أخبار الطيران والسفر", "دبي", "ae"),
           ("مدرج نيوز", "madraj-news.sa", "", "جدة", "sa"),
           ("عالم الطيران العربي", "arab-aviation-world.com", "Aviation news in Arabic", "الدوحة", "qa")],
    "lt": [("الأيام العربية", "lite.ayyam-arabia.net", "", "بيروت", "lb"),
           ("المشرق اليوم", "text.almashriq-today.com", "", "دمشق", "sy"),
           ("نبض الساحل", "lite.nabd-alsahel.net", "", "طرابلس", "lb")],
}
# the month system of a variant
MSYS = {"jo": "lev", "ae": "eg", "om": "eg", "eg": "eg", "lev": "lev", "dz": "mag", "tn": "mag", "ma": "mar",
        "sa": "eg", "qa": "eg", "lb": "lev", "sy": "lev"}
TZ = {"jo": 3, "ae": 4, "om": 4, "eg": 2, "lev": 3, "dz": 1, "tn": 1, "ma": 1, "sa": 3, "qa": 3, "lb": 3, "sy": 3}
COUNTRY_TIME = {"ae": "الإمارات", "sa": "مكة المكرمة", "qa": "الدوحة", "om": "مسقط", "jo": "عمّان",
                "eg": "القاهرة"}
PEOPLE = {"as": ["عمر الخطايبة", "ليان الحمصي", "سيف البوسعيدي", "مها الكعبي", "راشد المعمري", "دانة الزعبي"],
          "mr": ["حسام الدمنهوري", "خليفة الظهوري", "منى الشناوي", "أحمد البلوشي", "ياسمين عبد الغفار",
                 "طارق السعدي"],
          "tr": ["ريم الأتاسي", "أنس الطحان", "هبة الله مراد", "يزن الشوبكي", "سلمى القدسي", "مؤمن عبد الرازق"],
          "ex": ["عبد الحق بن سالم", "نسيمة بوزيدي", "أيمن الفرجاني", "وفاء الطرابلسي", "محمد البطاينة",
                 "شيماء الحسيني"],
          "ma": ["عبد الإله الوزاني", "خديجة أيت علي", "يونس البقالي", "سناء الإدريسي", "رشيد أمزيان",
                 "نادية الشرقاوي"],
          "av": ["فيصل المري", "نوف الشمري", "خالد الكواري", "ريما الحمادي", "بدر العتيبي", "لطيفة السويدي"],
          "lt": ["جاد الأسمر", "ندى حيدر", "وسيم الحلبي", "رولا نعمة", "كمال الساحلي", "لمى شحادة"]}
FEMALE = {"ليان الحمصي", "مها الكعبي", "دانة الزعبي", "منى الشناوي", "ياسمين عبد الغفار", "ريم الأتاسي",
          "هبة الله مراد", "سلمى القدسي", "نسيمة بوزيدي", "وفاء الطرابلسي", "شيماء الحسيني", "خديجة أيت علي",
          "سناء الإدريسي", "نادية الشرقاوي", "نوف الشمري", "ريما الحمادي", "لطيفة السويدي", "ندى حيدر",
          "رولا نعمة", "لمى شحادة"}
TR_WRITERS = ["Hannah Whitlock", "Marco Bellandi", "Claire Dufresne", "Tom Okafor", "Ingrid Solberg", "Samuel Reyes",
              "Priya Raman", "Jonas Keller"]
TR_WRITERS_AR = ["هانا ويتلوك", "ماركو بيلاندي", "كلير دوفرين", "توم أوكافور", "إنغريد سولبرغ", "صامويل رييس"]
TR_OUTLETS = ["The Harbor Review", "Meridian Weekly", "Le Courrier du Sud", "The Northern Ledger",
              "Atlas Quarterly", "The Tideline"]
TR_EN_TITLES = ["The quiet shift no one is talking about", "What the numbers leave out",
                "Inside the decision that changed everything", "Why this time may be different",
                "A long road back", "The cost of waiting", "Who really pays the price?",
                "The view from the ground", "Lessons from a difficult year", "Behind the headlines"]
TR_NOTES = ["أبقينا على أسماء المؤسسات كما وردت في النص الأصلي.",
            "حُذفت فقرة قصيرة لا تتصل بالسياق العربي.",
            "الأرقام الواردة في المقال هي أرقام الكاتب وقت النشر.",
            "استعملنا المصطلح الشائع في الصحافة العربية بدل الترجمة الحرفية.",
            "العبارات بين قوسين إضافات توضيحية من المترجم."]
NAV = {"as": ["الرئيسية", "أخبار فلكية", "رصد الأهلة", "التقويم", "صور من السماء", "الكسوف والخسوف", "مواقيت",
              "Sky tonight"],
       "mr": ["الرئيسية", "الموانئ", "الشحن", "بناء السفن", "الطاقة البحرية", "تحذيرات ملاحية", "Port calls",
              "Vessel tracker"],
       "tr": ["الرئيسية", "سياسة", "أفكار", "علوم", "اقتصاد", "ثقافة", "مطوّلات", "من نحن"],
       "ex": ["الرئيسية", "الابتدائي", "المتوسط", "الثانوي", "البكالوريا", "المسابقات", "التوظيف", "Résultats"],
       "ma": ["الرئيسية", "جهات", "سياسة", "مجتمع", "رياضة", "فن وثقافة", "كُتّاب وآراء", "فيديو"],
       "av": ["الرئيسية", "شركات الطيران", "المطارات", "السفر", "الأساطيل", "Flight status", "وظائف الطيران"],
       "lt": ["الرئيسية", "لبنان", "سوريا", "العالم", "اقتصاد", "رياضة", "منوعات"]}
CAPTIONS = {"as": ["صورة للهلال عبر التلسكوب", "القمر في طور التربيع", "سماء الصحراء ليلًا", "أعضاء الفريق أثناء الرصد",
                   "قبة المرصد عند الغروب", "مسار الشهب فوق الجبال"],
            "mr": ["سفينة حاويات عند الرصيف", "رافعات الميناء عند الفجر", "ناقلة نفط في عرض البحر",
                   "قاطرات بحرية ترافق سفينة", "مدخل القناة الملاحي", "بحارة على ظهر سفينة"],
            "tr": ["مشهد من إحدى المدن", "متظاهرون في ساحة عامة", "مقر مؤسسة دولية", "لقطة من الأرشيف",
                   "جانب من مؤتمر دولي"],
            "ex": ["تلاميذ داخل قاعة الامتحان", "مركز إجراء الامتحانات", "طلبة أمام لوحة النتائج",
                   "جانب من حفل التكريم", "أولياء أمام باب المؤسسة"],
            "ma": ["جانب من اللقاء التواصلي", "مقر العمالة", "سوق أسبوعي بالإقليم", "مشهد من المدينة العتيقة",
                   "أشغال تهيئة الطريق"],
            "av": ["طائرة عريضة البدن على المدرج", "صالة المغادرة في المطار", "برج المراقبة الجوية",
                   "مقصورة الدرجة الأولى", "طاقم الضيافة قبل الإقلاع"],
            "lt": ["مشهد عام من المدينة", "جانب من الاجتماع", "صورة من الأرشيف", "مبنى حكومي", "حركة السير"]}
CREDITS = {"as": ["فريق الرصد", "أرشيف المرصد", "عدسة أحد الهواة", "تلسكوب المرصد الرئيسي"],
           "mr": ["هيئة الميناء", "MarineShots", "أرشيف البوابة", "خط الملاحة"],
           "tr": ["وكالات", "Getty Images", "أرشيف", "المصدر الأصلي"],
           "ex": ["وزارة التربية", "أرشيف الموقع", "الديوان الوطني للامتحانات", "صفحة المؤسسة"],
           "ma": ["أرشيف الجريدة", "عمالة الإقليم", "مراسل الموقع", "متداولة"],
           "av": ["Airbus", "مطار الدولة", "الناقل الوطني", "Planespotters"],
           "lt": ["أرشيف", "وكالات", "خاص", "مواقع التواصل"]}
LEDE_LABEL = {"as": "الخلاصة الفلكية:", "mr": "أبرز النقاط ⚓", "tr": "زبدة المقال:", "ex": "📌 ملخص الخبر",
              "ma": "المختصر:", "av": "✈ على عجل:", "lt": "الخلاصة —"}
COMMENTS = {
    "as": ["هل يمكن رؤية الظاهرة من الرياض؟", "تصوير رائع، بارك الله فيكم", "متى موعد الرصد القادم؟",
           "نرجو نشر جدول الظواهر للشهر القادم"],
    "ex": ["ربي ينجحنا جميعا", "متى تظهر النتائج بالضبط؟", "الموضوع كان صعب بزاف", "شكرا على المعلومات القيمة",
           "هل يوجد تصحيح نموذجي؟"],
    "ma": ["هذا ما كنا ننتظره منذ سنوات", "أين المسؤولون من هذا الوضع؟", "تحية للصحافي على المتابعة",
           "الله يحسن العوان", "المشكل في التطبيق وليس في القوانين"],
    "av": ["جربت الخط الجديد وكانت الرحلة ممتازة", "الأسعار مرتفعة مقارنة بالموسم الماضي",
           "متى تصل الطائرات الجديدة؟", "خدمة العملاء تحتاج تحسين"],
}
COMMENTERS = {"as": ["أبو ليث", "Rawan", "هاوي فلك", "م. سامي"],
              "ex": ["تلميذة مجتهدة", "Amine", "ولي أمر", "أمين من وهران", "طالب توجيهي"],
              "ma": ["مواطن غيور", "ابن الإقليم", "Hassan", "مغربي حر", "زائر"],
              "av": ["مسافر دائم", "Abu Fahad", "عاشقة السفر", "كابتن متقاعد"]}
VESSELS = ["NORDIC PEARL", "AL HILAL STAR", "CAPE ROSALIND", "OCEAN MERIDIAN", "GULF AURORA", "SEA FALCON",
           "MARE LUMINA", "DESERT TIDE"]
FLAGS = ["بنما", "ليبيريا", "جزر مارشال", "مالطا", "سنغافورة", "هونغ كونغ"]
AIRLINES = [("GX", "طيران الغاف"), ("SQX", "سُهى للطيران"), ("NJ", "نجمة الخليج"), ("RB", "رُبى إيرويز")]
DESTS = ["القاهرة", "عمّان", "بيروت", "الرياض", "مسقط", "إسطنبول", "لندن", "ميلانو", "نيروبي", "كراتشي", "باكو",
         "مانشستر"]
AIRCRAFT = [("A350-900", 312, "15,000"), ("787-9", 290, "14,100"), ("A321neo", 196, "7,400"), ("777-300ER", 354,
                                                                                              "13,600")]
ICAO = {"ae": "OMDB", "sa": "OEJN", "qa": "OTHH", "om": "OOMS", "jo": "OJAI", "eg": "HECA"}
EX_EXAMS = {"dz": ["البكالوريا", "شهادة التعليم المتوسط"], "tn": ["الباكالوريا", "مناظرة النوفيام"],
            "jo": ["التوجيهي"], "eg": ["الثانوية العامة"]}
EX_REGIONS = {"dz": ["الجزائر العاصمة", "وهران", "قسنطينة", "تيزي وزو", "سطيف", "بجاية", "تلمسان"],
              "tn": ["صفاقس 1", "سوسة", "المنستير", "تونس 1", "نابل", "مدنين"],
              "jo": ["عمّان الأولى", "إربد الأولى", "الزرقاء الأولى", "الكرك", "البلقاء"],
              "eg": ["القاهرة", "الجيزة", "الإسكندرية", "الدقهلية", "أسيوط"]}
EX_SUBJECTS = ["اللغة العربية", "الرياضيات", "العلوم الطبيعية", "الفيزياء", "التاريخ والجغرافيا", "اللغة الإنجليزية",
               "الفلسفة", "التربية الإسلامية"]
EX_MINISTRY = {"dz": "وزارة التربية الوطنية", "tn": "وزارة التربية", "jo": "وزارة التربية والتعليم",
               "eg": "وزارة التربية والتعليم والتعليم الفني"}
MA_PROVINCES = ["بني ملال", "خريبكة", "أزيلال", "الفقيه بن صالح", "أكادير", "تارودانت", "تيزنيت", "الحسيمة",
                "الناظور", "الجديدة", "سيدي بنور"]
MA_EXCERPTS = ["أفادت مصادر محلية بأن السلطات الإقليمية عقدت اجتماعا موسعا لتدارس الملف",
               "عبّر عدد من المواطنين عن استيائهم من تأخر انطلاق الأشغال رغم الوعود المتكررة",
               "شهدت قاعة الاجتماعات بمقر الجماعة نقاشا حادا بين الأغلبية والمعارضة",
               "تعيش ساكنة عدد من الدواوير على وقع انقطاعات متكررة في التزود بالماء الصالح للشرب",
               "كشفت معطيات حصلت عليها الجريدة عن تعثر مشاريع مبرمجة منذ سنتين",
               "احتضنت المدينة فعاليات الدورة الجديدة من المهرجان بمشاركة فرق من مختلف الجهات"]
AS_EVENTS = ["ذروة زخة شهب الدلويات", "اقتران القمر بكوكب المشتري", "خسوف شبه ظل للقمر", "تربيع أول للقمر",
             "ذروة زخة شهب البرشاويات", "اقتران الزهرة بالقمر", "أقصى استطالة لعطارد"]
AS_GLOSS = [("الاقتران", "لحظة وقوع القمر بين الأرض والشمس على خط طول سماوي واحد."),
            ("المكث", "المدة بين غروب الشمس وغروب القمر."),
            ("الاستطالة", "البعد الزاوي بين مركزي الشمس والقمر كما يُرى من الأرض."),
            ("السمت", "زاوية الجرم الأفقية مقيسة من الشمال باتجاه الشرق.")]
AS_CITIES = ["عمّان", "العقبة", "أبوظبي", "العين", "مسقط", "صلالة", "الرياض", "القاهرة"]
AV_TIPS = ["احرص على الوصول إلى المطار قبل ثلاث ساعات من موعد الرحلات الدولية.",
           "تحقق من وزن الأمتعة المسموح به قبل التوجه إلى المطار.",
           "يمكن إنجاز إجراءات السفر عبر التطبيق قبل 24 ساعة من الإقلاع.",
           "لا تُقبل بطاريات الليثيوم الاحتياطية في الأمتعة المشحونة."]
GENERIC_SRCS = {"as": ["وكالات", "الاتحاد العربي لعلوم الفضاء", "ناسا"],
                "mr": ["وكالات", "هيئة قناة السويس", "Lloyd's List", "هيئة الموانئ"],
                "tr": ["وكالات"],
                "ex": ["وكالات", "الديوان الوطني للامتحانات", "المركز الوطني للامتحانات"],
                "ma": ["وكالات", "و.م.ع", "بلاغ رسمي"],
                "av": ["وكالات", "الهيئة العامة للطيران المدني", "بيان الشركة"],
                "lt": ["وكالات", "الوكالة الوطنية للإعلام", "رويترز"]}


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="as", pre=[], header=[], widget=[None], kicker=0.0, title_form=["plain"], title_noise=[None],
             byline=[None], publine=[None], update=0.0, counter=0.0, lede=[None], lede_place=["deck"], caption=0.0,
             caption_fmt=["c_as"], headings=0.0, heading_fmt=["h_plain"], dateline=[None], mid=[], after=[],
             footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0)

STYLES = {
    "fresh29_1": dict(site="as", pre=[("as_notify", 0.35)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("as_moon", 0.55), ("nav", 0.9),
                              ("as_sun", 0.45), ("as_next", 0.35)],
                      widget=["w_as_hijri", "w_as_jd", "w_as_utc"], kicker=0.3,
                      title_form=["plain", "plain", "tab", "repeat"], title_noise=[None, None, "tatweel"],
                      byline=["b_as_prep", "b_as_dr", "b_as_two", "b_as_desk", None],
                      publine=["p_as_ut", "p_as_hij", "p_as_num"], update=0.3, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "after_meta", "label_line", "after_caption"],
                      caption=0.75, caption_fmt=["c_as", "c_two"], headings=0.4, heading_fmt=["h_star", "h_plain"],
                      dateline=["dl_sq", None], mid=[("as_box", 0.45), ("as_fig", 0.3), ("as_gloss", 0.3)],
                      after=[("as_obs", 0.4), ("as_events", 0.45), ("as_tags", 0.5), ("as_src", 0.45),
                             ("as_share", 0.6), ("as_news", 0.3), ("as_comments", 0.35)],
                      footer=["f_as"], layout=["blank", "blank", "single"], body_noise=[None, None, "nbsp"]),
    "fresh29_2": dict(site="mr", pre=[("mr_cookie", 0.45)],
                      header=[("site_name", 1.0), ("widget", 0.8), ("nav", 0.9), ("mr_suez", 0.45),
                              ("mr_bunker", 0.45), ("mr_bdi", 0.35)],
                      widget=["w_mr_anchor", "w_mr_tide", "w_mr_en"], kicker=0.45,
                      title_form=["plain", "plain", "crumb", "repeat"], title_noise=[None, None, "nbsp"],
                      byline=["b_mr_editor", "b_mr_capt", "b_mr_check", "b_mr_desk", None],
                      publine=["p_mr_city", "p_mr_anchor", "p_mr_ampm"], update=0.35, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "after_meta", "label_line", "dup"],
                      caption=0.75, caption_fmt=["c_mr", "c_two"], headings=0.4, heading_fmt=["h_ship"],
                      dateline=["dl_sq", "dl_agency", None],
                      mid=[("mr_vessel", 0.45), ("mr_navarea", 0.35), ("mr_also", 0.45)],
                      after=[("mr_calls", 0.45), ("mr_tags", 0.5), ("mr_src", 0.5), ("mr_share", 0.55),
                             ("mr_related", 0.5), ("mr_weekly", 0.3)],
                      footer=["f_mr"], layout=["blank", "ruled"], body_noise=[None, "zw"], crlf=0.2),
    "fresh29_3": dict(site="tr", pre=[("tr_support", 0.4)],
                      header=[("site_name", 1.0), ("widget", 0.5), ("nav", 0.9), ("tr_langs", 0.4)],
                      widget=["w_tr_pipes", "w_tr_plain"], kicker=0.5,
                      title_form=["plain", "orig", "orig", "tab"], title_noise=[None, None, "pf"],
                      byline=["b_tr_latin", "b_tr_ar", "b_tr_two", "b_tr_only", None],
                      publine=["p_tr_both", "p_tr_both", "p_tr_read"], update=0.2, counter=0.0,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "after_meta", "label_line"],
                      caption=0.65, caption_fmt=["c_tr"], headings=0.5, heading_fmt=["h_num", "h_plain"],
                      dateline=[None], mid=[("tr_quote", 0.5), ("tr_note", 0.3), ("tr_also", 0.35)],
                      after=[("tr_disclaimer", 0.6), ("tr_notes", 0.35), ("tr_origlink", 0.5), ("tr_tags", 0.45),
                             ("tr_share", 0.5), ("tr_more", 0.4)],
                      footer=["f_tr"], layout=["blank", "double"], body_noise=[None, "nnbsp"], bom=0.2),
    "fresh29_4": dict(site="ex", pre=[("ex_app", 0.35)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 0.9), ("ex_levels", 0.4),
                              ("ex_search", 0.45), ("ex_count", 0.35)],
                      widget=["w_ex_count", "w_ex_week", "w_ex_plain"], kicker=0.4,
                      title_form=["plain", "plain", "repeat", "crumb"], title_noise=[None, None, "tatweel"],
                      byline=["b_ex_prof", "b_ex_by", "b_ex_two", "b_ex_team", None],
                      publine=["p_ex_iso", "p_ex_added", "p_ex_rel"], update=0.3, counter=0.4,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "after_meta", "label_line", "after_caption"],
                      caption=0.7, caption_fmt=["c_ex"], headings=0.45, heading_fmt=["h_pen", "h_plain"],
                      dateline=["dl_agency", None], mid=[("ex_pdf", 0.45), ("ex_timetable", 0.35), ("ex_also", 0.4)],
                      after=[("ex_rates", 0.4), ("ex_tags", 0.5), ("ex_src", 0.45), ("ex_share", 0.55),
                             ("ex_comments", 0.45), ("ex_related", 0.4)],
                      footer=["f_ex"], layout=["blank", "blank", "single"], body_noise=[None, "kashida"]),
    "fresh29_5": dict(site="ma", pre=[("ma_app", 0.3)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 0.9), ("ma_prov", 0.4),
                              ("ma_breaking", 0.4)],
                      widget=["w_ma_hij", "w_ma_clock", "w_ma_comma"], kicker=0.35,
                      title_form=["plain", "plain", "tab", "repeat"], title_noise=[None, None, "pf"],
                      byline=["b_ma_site", "b_ma_role", "b_ma_corr", "b_ma_desk", None],
                      publine=["p_ma_updfirst", "p_ma_updfirst", "p_ma_bullet"], update=0.0, counter=0.45,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "after_meta", "label_line", "after_caption"],
                      caption=0.75, caption_fmt=["c_ma"], headings=0.35, heading_fmt=["h_sq", "h_plain"],
                      dateline=["dl_sq", "dl_agency", None], mid=[("ma_also", 0.5), ("ma_video", 0.3)],
                      after=[("ma_tags", 0.5), ("ma_src", 0.35), ("ma_share", 0.6), ("ma_comments", 0.5),
                             ("ma_most", 0.3), ("ma_next", 0.6)],
                      footer=["f_ma"], layout=["blank", "blank", "double"], body_noise=[None, "rlm"], crlf=0.2),
    "fresh29_6": dict(site="av", pre=[("av_cookie", 0.35), ("av_offer", 0.4)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 0.9), ("av_metar", 0.4),
                              ("av_board", 0.4), ("av_status", 0.35)],
                      widget=["w_av_indic", "w_av_zulu", "w_av_pair"], kicker=0.4,
                      title_form=["plain", "plain", "crumb", "share"], title_noise=[None, None, "tatweel"],
                      byline=["b_av_editor", "b_av_capt", "b_av_handle", "b_av_desk", None],
                      publine=["p_av_indic", "p_av_gmt", "p_av_indic"], update=0.3, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "after_meta", "label_line", "dup"],
                      caption=0.8, caption_fmt=["c_av", "c_two"], headings=0.4, heading_fmt=["h_plane", "h_plain"],
                      dateline=["dl_agency", None],
                      mid=[("av_fleet", 0.4), ("av_tip", 0.35), ("av_fig", 0.3), ("av_also", 0.4)],
                      after=[("av_routes", 0.45), ("av_tags", 0.5), ("av_src", 0.45), ("av_share", 0.55),
                             ("av_comments", 0.35), ("av_related", 0.45)],
                      footer=["f_av"], layout=["blank", "blank", "ruled"], body_noise=[None, "nbsp", "zw"],
                      bom=0.2),
    "fresh29_7": dict(site="lt", pre=[("lt_banner", 0.7), ("lt_skip", 0.5)],
                      header=[("site_name", 1.0), ("widget", 0.8), ("nav", 0.9), ("lt_size", 0.45)],
                      widget=["w_lt_after", "w_lt_brk"], kicker=0.0,
                      title_form=["plain", "plain", "plain", "repeat"], title_noise=[None, None, "nbsp"],
                      byline=["b_lt_meta", "b_lt_meta", "b_lt_city", "b_lt_desk", None],
                      publine=["p_lt_tg", "p_lt_plain"], update=0.25, counter=0.0,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "after_meta", "label_line"],
                      caption=0.7, caption_fmt=["c_lt"], headings=0.35, heading_fmt=["h_gg"],
                      dateline=["dl_sq", None], mid=[("lt_img", 0.3), ("lt_also", 0.4)],
                      after=[("lt_tags", 0.45), ("lt_src", 0.45), ("lt_prevnext", 0.6), ("lt_top", 0.6),
                             ("lt_built", 0.5), ("lt_full", 0.5)],
                      footer=["f_lt"], layout=["single", "blank", "ruled"], body_noise=[None, "zw", "nnbsp"],
                      crlf=0.3),
    "fresh29_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["site_name", "widget", "as_moon", "nav", "as_sun", "as_next", "mr_suez", "mr_bunker", "mr_bdi",
                "tr_langs", "ex_levels", "ex_search", "ex_count", "ma_prov", "ma_breaking", "av_metar", "av_board",
                "av_status", "lt_size"]
HEAD_POOL = ["as_moon", "as_sun", "as_next", "mr_suez", "mr_bunker", "mr_bdi", "tr_langs", "ex_levels", "ex_search",
             "ex_count", "ma_prov", "ma_breaking", "av_metar", "av_board", "av_status", "lt_size"]
PRE_POOL = ["as_notify", "mr_cookie", "tr_support", "ex_app", "ma_app", "av_cookie", "av_offer", "lt_banner",
            "lt_skip"]
MID_POOL = ["as_box", "as_fig", "as_gloss", "mr_vessel", "mr_navarea", "mr_also", "tr_quote", "tr_note", "tr_also",
            "ex_pdf", "ex_timetable", "ex_also", "ma_also", "ma_video", "av_fleet", "av_tip", "av_fig", "av_also",
            "lt_img", "lt_also"]
AFTER_POOL = ["as_obs", "as_events", "as_tags", "as_src", "as_share", "as_news", "as_comments", "mr_calls", "mr_tags",
              "mr_src", "mr_share", "mr_related", "mr_weekly", "tr_disclaimer", "tr_notes", "tr_origlink",
              "tr_tags", "tr_share", "tr_more", "ex_rates", "ex_tags", "ex_src", "ex_share", "ex_comments",
              "ex_related", "ma_tags", "ma_src", "ma_share", "ma_comments", "ma_most", "ma_next", "av_routes",
              "av_tags", "av_src", "av_share", "av_comments", "av_related", "lt_tags", "lt_src", "lt_prevnext",
              "lt_top", "lt_built", "lt_full"]
CHOICES = dict(widget=["w_as_hijri", "w_as_jd", "w_as_utc", "w_mr_anchor", "w_mr_tide", "w_mr_en", "w_tr_pipes",
                       "w_tr_plain", "w_ex_count", "w_ex_week", "w_ex_plain", "w_ma_hij", "w_ma_clock",
                       "w_ma_comma", "w_av_indic", "w_av_zulu", "w_av_pair", "w_lt_after", "w_lt_brk", None],
               byline=["b_as_prep", "b_as_dr", "b_as_two", "b_as_desk", "b_mr_editor", "b_mr_capt", "b_mr_check",
                       "b_mr_desk", "b_tr_latin", "b_tr_ar", "b_tr_two", "b_tr_only", "b_ex_prof", "b_ex_by",
                       "b_ex_two", "b_ex_team", "b_ma_site", "b_ma_role", "b_ma_corr", "b_ma_desk", "b_av_editor",
                       "b_av_capt", "b_av_handle", "b_av_desk", "b_lt_meta", "b_lt_city", "b_lt_desk", None],
               publine=["p_as_ut", "p_as_hij", "p_as_num", "p_mr_city", "p_mr_anchor", "p_mr_ampm", "p_tr_both",
                        "p_tr_read", "p_ex_iso", "p_ex_added", "p_ex_rel", "p_ma_updfirst", "p_ma_bullet",
                        "p_av_indic", "p_av_gmt", "p_lt_tg", "p_lt_plain", None],
               caption_fmt=["c_as", "c_mr", "c_tr", "c_ex", "c_ma", "c_av", "c_lt", "c_two"],
               lede_place=["deck", "after_meta", "after_caption", "label_line", "dup"],
               heading_fmt=["h_plain", "h_star", "h_ship", "h_num", "h_pen", "h_sq", "h_plane", "h_gg"],
               dateline=["dl_sq", "dl_agency", None],
               footer=["f_as", "f_mr", "f_tr", "f_ex", "f_ma", "f_av", "f_lt", None],
               body_noise=[None, "nbsp", "zw", "nnbsp", "rlm", "kashida"],
               title_noise=[None, "tatweel", "pf", "nbsp"],
               title_form=["plain", "tab", "crumb", "repeat", "orig", "share"])
BASES = [f"fresh29_{k}" for k in range(1, 8)]


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
    own = [h for h, _ in spec["header"] if h in HEAD_POOL and rng.random() < 0.5]
    extra = [h for h in HEAD_POOL if rng.random() < 0.12]
    names = own + extra + ["site_name", "widget", "nav"]
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    pre = [p for p in PRE_POOL if rng.random() < 0.2]
    spec["pre"] = [(p, 1.0) for p in pre[:2]]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["mid"] = [(m, 0.25) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.18]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["layout"] = [rng.choice(["blank", "blank", "single", "double", "ruled"])]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def julian_day(d):
    """The Julian day number at noon of a Gregorian date."""
    return d.toordinal() + 1721425


def moon_age(d):
    """Days since the last new moon (mean synodic month), at noon UT."""
    return (julian_day(d) - 2451550.1) % 29.530588853


def moon_phase(d):
    age = moon_age(d)
    lit = round((1 - math.cos(2 * math.pi * age / 29.530588853)) / 2 * 100)
    names = [(1.8, "محاق", "🌑"), (6.4, "هلال متزايد", "🌒"), (8.9, "تربيع أول", "🌓"), (13.8, "أحدب متزايد", "🌔"),
             (15.8, "بدر", "🌕"), (21.1, "أحدب متناقص", "🌖"), (23.6, "تربيع أخير", "🌗"), (28.0, "هلال متناقص", "🌘"),
             (30.0, "محاق", "🌑")]
    for lim, name, glyph in names:
        if age < lim:
            return name, glyph, lit, age
    return "محاق", "🌑", lit, age


def next_hijri_month(d):
    """(first day of the next tabular Hijri month after d, its month index 1-12, its year)."""
    x = d + datetime.timedelta(days=1)
    for _ in range(32):
        hy, hmo, hd = G.hijri(x)
        if hd == 1:
            return x, hmo, hy
        x += datetime.timedelta(days=1)
    hy, hmo, hd = G.hijri(x)
    return x, hmo, hy


def num(s, indic):
    return s.translate(INDIC) if indic else s


def future(d, rng, lo, hi):
    return d + datetime.timedelta(days=rng.randint(lo, hi))


def school_week(d):
    """The week of the school year (from 1 September to 20 June), or None in the summer holiday."""
    start = datetime.date(d.year if d.month >= 9 else d.year - 1, 9, 1)
    end = datetime.date(start.year + 1, 6, 20)
    if not (start <= d <= end):
        return None
    return (d - start).days // 7 + 1


def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    hy, hmo, hd = G.hijri(d)
    if fmt == "w_as_hijri":
        mon = months(MSYS[ctx["v"]["as"]])[m]
        glyph = moon_phase(d)[1]
        return [num(f"{wd} {hd} {G.HIJ[hmo - 1]} {hy} هـ {glyph} {day} {mon} {y} م", ctx["indic"])]
    if fmt == "w_as_jd":
        mon = months(MSYS[ctx["v"]["as"]])[m]
        return [f"{day} {mon} {y} | اليوم اليولياني: {julian_day(d)}"]
    if fmt == "w_as_utc":
        return [f"{wd} {day:02d}.{m + 1:02d}.{y} ⏲ {hm(rng.randint(0, 23), rng.randint(0, 59))} UTC"]
    if fmt == "w_mr_anchor":
        return [f"⚓ {wd} {day} {G.EG[m]} {y}م"]
    if fmt == "w_mr_tide":
        mon = months(MSYS[ctx["v"]["mr"]])[m]
        h1 = rng.randint(0, 11)
        return [f"{ctx['mr_city']}: {wd} {day} {mon} {y} — المد العالي {hm(h1, rng.randint(0, 59))} / "
                f"الجزر {hm(h1 + 6, rng.randint(0, 59))}"]
    if fmt == "w_mr_en":
        mon = months(MSYS[ctx["v"]["mr"]])[m]
        return [f"{day} {mon} {y} ({EN_WD3[wk]}) — UTC+{TZ[ctx['v']['mr']]}"]
    if fmt == "w_tr_pipes":
        mon = months(MSYS[ctx["v"]["tr"]])[m]
        return [f"{wd} | {day} {mon} | {y}"]
    if fmt == "w_tr_plain":
        mon = months(MSYS[ctx["v"]["tr"]])[m]
        return [f"{day} {mon} {y}"]
    if fmt == "w_ex_count":
        mon = months(MSYS[ctx["v"]["ex"]])[m]
        return [f"{wd} {day} {mon} {y} | باقي {ctx['exam_days']} يومًا على {ctx['exam']}"]
    if fmt == "w_ex_week":
        mon = months(MSYS[ctx["v"]["ex"]])[m]
        k = school_week(d)
        tail = f"الأسبوع {k} من السنة الدراسية" if k else "العطلة الصيفية"
        return [f"{wd} {day} {mon} {y} — {tail}"]
    if fmt == "w_ex_plain":
        mon = months(MSYS[ctx["v"]["ex"]])[m]
        return [f"{day} {mon} {y} ◂ {wd}"]
    if fmt == "w_ma_hij":
        return [f"{wd} {hd} {G.HIJ[hmo - 1]} {hy} هـ الموافق {day} {G.MAR[m]} {y}"]
    if fmt == "w_ma_clock":
        return [f"{wd} {day} {G.MAR[m]} {y} | {hm(rng.randint(6, 23), rng.randint(0, 59))} GMT+1"]
    if fmt == "w_ma_comma":
        return [f"{wd}، {day} {G.MAR[m]}، {y}"]
    if fmt == "w_av_indic":
        return [num(f"{wd} {day} / {m + 1} / {y}م", True)]
    if fmt == "w_av_zulu":
        return [f"{day} {G.EG[m]} {y} — {hm(rng.randint(0, 23), rng.randint(0, 59))}Z"]
    if fmt == "w_av_pair":
        return [f"{wd}، {day} {G.EG[m]} {y} | {hd} {G.HIJ[hmo - 1]} {hy}هـ"]
    if fmt == "w_lt_after":
        return [f"{day} {G.LEV[m]}/{G.EG[m]} {y}، {wd}"]
    if fmt == "w_lt_brk":
        return [f"[{day} {G.LEV_SHORT[m]} {y}]"]
    raise ValueError(fmt)


def rel_age(pub, tm, crawl, rng):
    gap = (crawl - pub).days
    if gap == 0:
        if tm and tm[0] < 23:
            n = rng.randint(1, max(1, min(9, 23 - tm[0])))
        else:
            n = rng.randint(1, 3)
        return "قبل ساعة" if n == 1 else "قبل ساعتين" if n == 2 else f"قبل {n} ساعات"
    if gap == 1:
        return "أمس"
    if gap == 2:
        return "قبل يومين"
    return f"قبل {gap} أيام"


def fmt_publine(fmt, d, tm, rng, ctx):
    """How the publication date shows: dict(meta=[lines], value=published truth or None, fmt)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(meta=[], value=full, fmt=fmt)
    clock = hm(*tm) if tm else ""
    if fmt == "p_as_ut":
        mon = months(MSYS[ctx["v"]["as"]])[m]
        out["meta"] = [f"📡 نُشر في {day} {mon} {y}" + (f" الساعة {clock} UT" if tm else "")]
    elif fmt == "p_as_hij":
        mon = months(MSYS[ctx["v"]["as"]])[m]
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"{wd} {hd} {G.HIJ[hmo - 1]} {hy} هـ ({day} {mon} {y} م)" + (f" – {clock}" if tm else "")]
    elif fmt == "p_as_num":
        out["meta"] = [f"تاريخ المادة: {y}.{m + 1:02d}.{day:02d}" + (f" / {clock}" if tm else "")]
    elif fmt == "p_mr_city":
        mon = months(MSYS[ctx["v"]["mr"]])[m]
        out["meta"] = [f"{wd} {day} {mon} {y}" + (f" – {clock} بتوقيت {ctx['mr_city']}" if tm else "")]
    elif fmt == "p_mr_anchor":
        out["meta"] = [f"تاريخ النشر ⚓ {day:02d}/{m + 1:02d}/{y}" + (f" ⚓ {clock}" if tm else "")]
    elif fmt == "p_mr_ampm":
        mon = months(MSYS[ctx["v"]["mr"]])[m]
        out["meta"] = [f"{day} {mon} {y}" + (f" | {G.h12(tm[0])}:{tm[1]:02d} {'ص' if tm[0] < 12 else 'م'}"
                                             if tm else "")]
    elif fmt == "p_tr_both":
        mon = months(MSYS[ctx["v"]["tr"]])[m]
        out["meta"] = [f"نُشرت الترجمة في {day} {mon} {y}" + (f"، {clock}" if tm else "")]
    elif fmt == "p_tr_read":
        mon = months(MSYS[ctx["v"]["tr"]])[m]
        out["meta"] = [f"⏳ {rng.randint(6, 22)} دقيقة قراءة · {day} {mon} {y}"]
        out["value"] = d.isoformat()
    elif fmt == "p_ex_iso":
        out["meta"] = [f"نُشر بتاريخ {d.isoformat()}" + (f" ⌚ {clock}" if tm else "")]
    elif fmt == "p_ex_added":
        mon = months(MSYS[ctx["v"]["ex"]])[m]
        out["meta"] = [f"أُضيف يوم {wd} {day} {mon} {y}" + (f" – {clock}" if tm else "")]
    elif fmt == "p_ex_rel":
        out["meta"] = [f"🕒 {rel_age(d, tm, ctx['crawl'], rng)}"]
        out["value"] = None
    elif fmt == "p_ma_updfirst":
        pub = f"نشر في : {day} {G.MAR[m]} {y}" + (f" - {clock}" if tm else "")
        out["meta"] = [pub]
        out["updfirst"] = True
    elif fmt == "p_ma_bullet":
        out["meta"] = [f"{wd} {day} {G.MAR[m]} {y}" + (f" • {clock}" if tm else "")]
    elif fmt == "p_av_indic":
        out["meta"] = [num(f"نشر: {day} {G.EG[m]} {y}" + (f" • {clock} بتوقيت {ctx['av_country']}" if tm else ""),
                           True)]
    elif fmt == "p_av_gmt":
        out["meta"] = [f"تاريخ النشر: {day} {G.EG[m]} {y}" + (f" | {clock} GMT+{TZ[ctx['v']['av']]}" if tm else "")]
    elif fmt == "p_lt_tg":
        out["meta"] = [f"{day}/{m + 1}/{y}" + (f" · {clock} ت.غ" if tm else "")]
    elif fmt == "p_lt_plain":
        out["meta"] = [f"{day} {G.LEV[m]} {y}" + (f"، {clock}" if tm else "")]
    else:
        raise ValueError(fmt)
    return out


UPDATE_OF = {"p_as_ut": "u_as", "p_as_hij": "u_as", "p_as_num": "u_as", "p_mr_city": "u_mr", "p_mr_anchor": "u_mr",
             "p_mr_ampm": "u_mr", "p_tr_both": "u_tr", "p_tr_read": "u_tr", "p_ex_iso": "u_ex", "p_ex_added": "u_ex",
             "p_ma_updfirst": "u_ma", "p_ma_bullet": "u_ma", "p_av_indic": "u_av", "p_av_gmt": "u_av",
             "p_lt_tg": "u_lt", "p_lt_plain": "u_lt"}


def fmt_update(ufmt, pub, tm, crawl, rng, ctx):
    """(text, modified truth) of an update after the publication and no later than the crawl day;
    (None, None) without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 40)))
    d, hh, mi = u.date(), u.hour, u.minute
    y, m, day = d.year, d.month - 1, d.day
    val = f"{d.isoformat()}T{hm(hh, mi)}"
    if ufmt == "u_as":
        line = f"عُدّلت المادة: {day} {months(MSYS[ctx['v']['as']])[m]} {y} {hm(hh, mi)}"
    elif ufmt == "u_mr":
        line = f"⟳ تحديث {day:02d}/{m + 1:02d}/{y} {hm(hh, mi)}"
    elif ufmt == "u_tr":
        line = f"Updated {EN_MON[m]} {day}, {y} {hm(hh, mi)}"
    elif ufmt == "u_ex":
        line = f"تعديل أخير: {day} {months(MSYS[ctx['v']['ex']])[m]} {y} – {hm(hh, mi)}"
    elif ufmt == "u_ma":
        line = f"آخر تحديث : {day} {G.MAR[m]} {y} - {hm(hh, mi)}"
    elif ufmt == "u_av":
        line = f"Updated {day:02d}.{m + 1:02d}.{y} {hm(hh, mi)}"
    else:
        line = f"عُدّل: {day}/{m + 1}/{y} · {hm(hh, mi)} ت.غ"
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
    if kind in ("nbsp", "zw", "nnbsp", "rlm"):
        return G.noisy(text, [kind], rng)
    if kind == "kashida":
        return G.add_tatweel(text, rng) if rng.random() < 0.5 else text
    return text


def title_noise(title, kind, rng):
    if kind == "tatweel":
        return G.add_tatweel(title, rng)
    if kind == "pf" and not re.search("[\u064b-\u0652]", title):
        return G.presentation_forms(title)
    if kind == "nbsp":
        return G.noisy(title, ["nbsp"], rng)
    return title


def heading_lines(h, fmt, k):
    if fmt == "h_num":
        return [f"{ARABIC_ORD[min(k, 9)]} — {h}"]
    if fmt == "h_gg":
        return [f"»» {h}"]
    mark = {"h_star": "✶", "h_ship": "⛴", "h_pen": "✎", "h_sq": "◾", "h_plane": "✈"}.get(fmt)
    return [f"{mark} {h}"] if mark else [h]


def caption_lines(cfmt, cap, credit):
    if cfmt == "c_as":
        return [f"{cap} ✶ حقوق الصورة: {credit}"]
    if cfmt == "c_mr":
        return [f"{cap} · Photo: {credit}"]
    if cfmt == "c_tr":
        return [f"{cap} (الصورة: {credit})"]
    if cfmt == "c_ex":
        return [f"{cap} | حقوق النشر: {credit}"]
    if cfmt == "c_ma":
        return [f"{cap} - ملتقط الصورة: {credit}"]
    if cfmt == "c_av":
        return [f"{cap} ✈ الصورة: {credit}"]
    if cfmt == "c_lt":
        return [f"(صورة محذوفة لتوفير البيانات: {cap} — {credit})"]
    if cfmt == "c_two":
        return [cap, f"© {credit}"]
    raise ValueError(cfmt)


def apply_dateline(form, doc, paras, truth, comp):
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl
    if form == "dl_sq":
        paras[0] = f"{place} ◾ {rest} ◾ {paras[0]}"
    else:
        paras[0] = f"{rest} ({place}): {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl


def body_sentence(paras, rng):
    """A sentence of the body (never a whole paragraph) for a pull quote, or None."""
    cands = []
    for p in paras[1:]:
        ss = G.sentences(p)
        if len(ss) < 2:
            continue
        for s in ss:
            if 8 <= len(s.split()) <= 30:
                cands.append(s)
    return rng.choice(cands) if cands else None


SECTION_OF = {"as": ["أخبار فلكية", "رصد الأهلة", "ظواهر فلكية", "علوم الفضاء"],
              "mr": ["الموانئ", "الشحن والنقل", "الطاقة البحرية", "قناة السويس"],
              "tr": ["أفكار", "سياسة دولية", "مطوّلات", "علوم ومجتمع"],
              "ex": ["أخبار التربية", "الامتحانات الرسمية", "التوجيه المدرسي", "المسابقات"],
              "ma": ["جهات", "مجتمع", "سياسة", "اقتصاد"],
              "av": ["شركات الطيران", "المطارات", "السفر", "الأساطيل"],
              "lt": ["لبنان", "سوريا", "العالم", "اقتصاد"]}
PORT_CITIES = ["بورسعيد", "الفجيرة", "صحار", "العين السخنة", "جبل علي", "الدقم"]
HANDLES = ["avgeek", "skyreporter", "runway_ar", "gate_b12", "contrail"]


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
    site, dom, tagline, city, var = rng.choice(SITES[key])
    year = crawl.year
    layout = pick("layout")
    variants = {k: rng.choice(SITES[k])[4] for k in SITES}
    variants[key] = var
    ex_var = variants["ex"]
    ctx = dict(v=variants, crawl=crawl, indic=rng.random() < 0.4,
               mr_city=city if key == "mr" else rng.choice(PORT_CITIES),
               av_country=COUNTRY_TIME[variants["av"]], exam=rng.choice(EX_EXAMS[ex_var]),
               exam_days=rng.randint(3, 120))
    msys = MSYS[var]
    mons = months(msys)
    people = PEOPLE[key]
    name, name2 = rng.sample(people, 2)
    female = name in FEMALE
    male = rng.choice([p for p in people if p not in FEMALE])
    section = rng.choice(SECTION_OF[key])
    province = city if key == "ma" else rng.choice(MA_PROVINCES)
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

    def rule():
        if layout == "ruled":
            add("rule", ["─" * rng.randint(24, 40)], chrome=False)

    # the browser tab
    if tform == "tab":
        add("tab", [f"{site} » {title}"])

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "as_notify":
            add("notify", ["🔔 فعّل التنبيهات لتصلك مواعيد الظواهر الفلكية", "ليس الآن | تفعيل"])
        elif pname == "mr_cookie":
            add("cookie", ["نستخدم ملفات الارتباط (الكوكيز) لقياس عدد الزوار وعرض إعلانات ملائمة، وبمواصلة القراءة "
                           "فإنك تقبل ذلك.", "حسنًا", "اقرأ سياسة الخصوصية"])
        elif pname == "tr_support":
            add("support", ["☕ ادعم الترجمة المستقلة: اشترِ لفريقنا كوب قهوة", "ادعمنا"])
        elif pname == "ex_app":
            add("app", [f"📲 حمّل تطبيق {site} وتابع النتائج لحظة بلحظة", "متوفر على Google Play و AppGallery"])
        elif pname == "ma_app":
            add("app", [f"تابعوا {site} على تطبيق الهاتف المحمول", "تحميل"])
        elif pname == "av_cookie":
            add("cookie", ["This site uses cookies to personalise fares and measure traffic. ملفات الارتباط تساعدنا "
                           "على تحسين خدماتنا.", "Accept | Manage"])
        elif pname == "av_offer":
            a = future(crawl, rng, 10, 50)
            add("offer", [f"✈ عروض الصيف: خصم {rng.choice([15, 20, 25, 30])}٪ على رحلات مختارة حتى {a.day} "
                          f"{G.EG[a.month - 1]}", "احجز الآن"])
        elif pname == "lt_banner":
            add("banner", [f"أنت تتصفح النسخة النصية من {site} — الانتقال إلى النسخة الكاملة"])
        elif pname == "lt_skip":
            add("skip", ["[0] تخطَّ إلى المحتوى"])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "site_name":
            if key == "lt":
                add("site_name", [f"{site} — النسخة النصية"])
            else:
                add("site_name", [site, tagline] if tagline else [site])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "nav":
            vocab = NAV[key]
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(3, len(vocab) - 1))
            if key == "lt":
                add("nav", [" ".join(f"[{i}] {x}" for i, x in enumerate(items, 1))])
            elif key == "mr":
                add("nav", [" / ".join(items)])
            elif key == "ex":
                add("nav", [" ◦ ".join(items)])
            elif key == "av":
                add("nav", [" | ".join(items)])
            else:
                add("nav", items)
        elif hname == "as_moon":
            pname_, glyph, lit, age = moon_phase(crawl)
            add("moon", [f"{glyph} طور القمر: {pname_} — نسبة الإضاءة {lit}٪ — عمر القمر {age:.1f} يوم"])
        elif hname == "as_sun":
            add("sun", [f"🌅 الشروق {hm(rng.randint(5, 6), rng.randint(0, 59))} · الغروب "
                        f"{hm(rng.randint(17, 19), rng.randint(0, 59))} ({rng.choice(AS_CITIES)})"])
        elif hname == "as_next":
            add("next", [f"الحدث القادم: {rng.choice(AS_EVENTS)} بعد {rng.randint(2, 40)} يومًا"])
        elif hname == "mr_suez":
            add("suez", [f"قناة السويس اليوم: عبور {rng.randint(38, 78)} سفينة بحمولة صافية "
                         f"{rng.randint(20, 52) / 10:.1f} مليون طن"])
        elif hname == "mr_bunker":
            add("bunker", [f"أسعار وقود السفن VLSFO ($/طن): الفجيرة {rng.randint(560, 680)} | سنغافورة "
                           f"{rng.randint(550, 670)} | روتردام {rng.randint(520, 640)}"])
        elif hname == "mr_bdi":
            ch = rng.randint(-40, 40) / 10
            add("bdi", [f"مؤشر البلطيق الجاف {rng.randint(900, 2600):,} ({'+' if ch >= 0 else '−'}{abs(ch):.1f}٪)"])
        elif hname == "tr_langs":
            add("langs", ["EN → AR · FR → AR · DE → AR"])
        elif hname == "ex_levels":
            add("levels", [" | ".join(["الابتدائي", "المتوسط", "الثانوي", ctx["exam"], "BEM" if ex_var == "dz"
                                       else "Bac"])])
        elif hname == "ex_search":
            add("search", [f"🔎 نتائج {ctx['exam']} {year}", "رقم التسجيل: __________", "[ اطّلع على النتيجة ]"])
        elif hname == "ex_count":
            add("count", [f"⏳ العد التنازلي لـ{ctx['exam']}: {ctx['exam_days']} يوم {rng.randint(0, 23)} ساعة "
                          f"{rng.randint(0, 59)} دقيقة"])
        elif hname == "ma_prov":
            add("prov", [" · ".join(rng.sample(MA_PROVINCES, rng.randint(4, 6)))])
        elif hname == "ma_breaking":
            add("breaking", [f"عاجل ◄ {others.pop()}"])
        elif hname == "av_metar":
            icao = ICAO[variants["av"]]
            t = rng.randint(18, 44)
            add("metar", [f"METAR {icao} {crawl.day:02d}{rng.randint(0, 23):02d}{rng.choice([0, 30]):02d}Z "
                          f"{rng.randint(0, 35) * 10:03d}{rng.randint(3, 22):02d}KT 9999 FEW0{rng.randint(25, 45)} "
                          f"{t}/{t - rng.randint(6, 20):02d} Q10{rng.randint(2, 16):02d}"])
        elif hname == "av_board":
            lines = [f"المغادرة — آخر تحديث {hm(rng.randint(0, 23), rng.randint(0, 59))}"]
            t0 = rng.randint(6 * 60, 20 * 60)
            for _ in range(rng.randint(2, 4)):
                code = rng.choice(AIRLINES)[0]
                t0 += rng.randint(10, 55)
                lines.append(f"{code} {rng.randint(100, 999)} | {rng.choice(DESTS)} | {hm((t0 // 60) % 24, t0 % 60)} | "
                             f"{rng.choice(['في الموعد', 'متأخرة', 'البوابة مفتوحة', 'أقلعت', 'ملغاة'])}")
            add("board", lines)
        elif hname == "av_status":
            add("status", ["Flight status — حالة الرحلة", "رقم الرحلة: ______ [بحث]"])
        elif hname == "lt_size":
            add("size", [f"حجم الصفحة: {rng.randint(9, 38)} ك.ب — وفّر بياناتك"])
        comp.setdefault("header", []).append(hname)

    # the article's head
    rule()
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
        kicker = {"as": f"✶ {section}", "mr": f"{section} ⚓", "tr": f"مترجم | {section}",
                  "ex": f"{ctx['exam']} {year}", "ma": f"{province} | {section}",
                  "av": rng.choice(AIRLINES)[1], "lt": section}[key]

    # meta lines
    meta = []
    authors = []
    if bfmt == "b_as_prep":
        meta.append(f"إعداد: {name} — {'عضوة' if female else 'عضو'} الاتحاد العربي لعلوم الفضاء والفلك")
        authors = [name]
    elif bfmt == "b_as_dr":
        meta.append(f"بقلم د. {name}")
        authors = [name]
    elif bfmt == "b_as_two":
        meta.append(f"{name} و{name2} | فريق الرصد")
        authors = [name, name2]
    elif bfmt == "b_as_desk":
        meta.append("قسم الأخبار الفلكية")
    elif bfmt == "b_mr_editor":
        meta.append(f"{'محررة' if female else 'محرر'} الشؤون البحرية: {name}")
        authors = [name]
    elif bfmt == "b_mr_capt":
        meta.append(f"الربان {male} — {ctx['mr_city']}")
        authors = [male]
    elif bfmt == "b_mr_check":
        meta.append(f"تقرير: {name} | مراجعة: {name2}")
        authors = [name]
    elif bfmt == "b_mr_desk":
        meta.append("غرفة أخبار الموانئ")
    elif bfmt == "b_tr_latin":
        w = rng.choice(TR_WRITERS)
        meta += [f"بقلم: {w}", f"ترجمة: {name}"]
        authors = [w]
    elif bfmt == "b_tr_ar":
        w = rng.choice(TR_WRITERS_AR)
        meta += [f"الكاتب: {w}", f"ترجمة وتحرير: {name}"]
        authors = [w]
    elif bfmt == "b_tr_two":
        w1, w2 = rng.sample(TR_WRITERS, 2)
        meta += [f"{w1} & {w2}", f"{'نقلته' if female else 'نقله'} إلى العربية: {name}"]
        authors = [w1, w2]
    elif bfmt == "b_tr_only":
        meta.append(f"ترجمة: {name}")
    elif bfmt == "b_ex_prof":
        meta.append(f"{'الأستاذة' if female else 'الأستاذ'} {name}، {'مفتشة' if female else 'مفتش'} التربية الوطنية")
        authors = [name]
    elif bfmt == "b_ex_by":
        meta.append(f"بقلم: {name}")
        authors = [name]
    elif bfmt == "b_ex_two":
        meta.append(f"إعداد: {name} و {name2}")
        authors = [name, name2]
    elif bfmt == "b_ex_team":
        meta.append(f"فريق تحرير {site}")
    elif bfmt == "b_ma_site":
        meta.append(f"{site} - {name}")
        authors = [name]
    elif bfmt == "b_ma_role":
        meta.append(f"{name} ({'صحافية متدربة' if female else 'صحافي متدرب'})")
        authors = [name]
    elif bfmt == "b_ma_corr":
        meta.append(f"{'مراسلة' if female else 'مراسل'} الجريدة بـ{province}: {name}")
        authors = [name]
    elif bfmt == "b_ma_desk":
        meta.append("هيئة التحرير")
    elif bfmt == "b_av_editor":
        meta.append(f"{'محررة' if female else 'محرر'} الطيران: {name}")
        authors = [name]
    elif bfmt == "b_av_capt":
        meta.append(f"كابتن {male}، طيار سابق")
        authors = [male]
    elif bfmt == "b_av_handle":
        meta.append(f"{name} @{rng.choice(HANDLES)}{rng.randint(1, 99)}")
        authors = [name]
    elif bfmt == "b_av_desk":
        meta.append("Aviation desk | قسم الطيران")
    elif bfmt == "b_lt_meta":
        if pinfo:
            meta.append(f"بقلم {name} · {pinfo['meta'][0]}")
            pinfo["meta"] = pinfo["meta"][1:]
            pinfo["joined"] = len(meta) - 1
        else:
            meta.append(f"بقلم {name}")
        authors = [name]
    elif bfmt == "b_lt_city":
        meta.append(f"{name} — {city}")
        authors = [name]
    elif bfmt == "b_lt_desk":
        meta.append("التحرير")
    truth["authors"] = authors

    orig_line = None
    if key == "tr" or tform == "orig":
        if rng.random() < 0.8:
            od = (pub or crawl) - datetime.timedelta(days=rng.randint(2, 40))
            outlet = rng.choice(TR_OUTLETS)
            if rng.random() < 0.5:
                orig_line = f"نُشر المقال الأصلي في {outlet} بتاريخ {od.day} {mons[od.month - 1]} {od.year}"
            else:
                orig_line = f"Originally published in {outlet} on {EN_MON[od.month - 1]} {od.day}, {od.year}"
            comp["orig_line"] = True
    orig_first = rng.random() < 0.5
    if orig_line and orig_first:
        meta.append(orig_line)
    if pinfo:
        pub_idx = pinfo["joined"] if "joined" in pinfo else len(meta)
        meta += pinfo["meta"]
        ufmt = UPDATE_OF.get(pinfo["fmt"])
        if pinfo.get("updfirst") and "joined" not in pinfo:
            if rng.random() < 0.65:
                line, mod = fmt_update("u_ma", pub, tm, crawl, rng, ctx)
                if line:
                    meta[pub_idx] = f"{line} | {meta[pub_idx]}"
                    truth["modified"] = mod
                    comp["update"] = True
        elif ufmt and pinfo["value"] and rng.random() < spec["update"]:
            line, mod = fmt_update(ufmt, pub, tm, crawl, rng, ctx)
            if line:
                meta.append(line)
                truth["modified"] = mod
                comp["update"] = True
    if orig_line and not orig_first:
        meta.append(orig_line)
    if rng.random() < spec["counter"] and key != "lt":
        n = rng.randint(2, 40)
        meta.append({"as": f"👁 {n * 37} مشاهدة", "mr": f"⏱ {n // 4 + 2} د قراءة", "tr": f"⏳ {n // 2 + 5} دقيقة قراءة",
                     "ex": f"📖 {n * 211} قراءة", "ma": f"{n * 143} مشاهدة · {n % 9} تعليق",
                     "av": f"{n * 97} views"}[key])

    label = LEDE_LABEL[key]
    if tform == "crumb":
        add("crumb", [f"أنت هنا: الرئيسية ← {section}"])
    if kicker:
        add("kicker", [kicker])
    add("title", [shown_title], chrome=False)
    if tform == "orig":
        en = rng.choice(TR_EN_TITLES)
        add("orig_title", [rng.choice([en, f"العنوان الأصلي: {en}"])])
    if summary and lede_place in ("deck", "dup"):
        add("lede", [summary], chrome=False)
    if meta:
        add("meta", meta)
    if tform == "repeat":
        add("title_repeat", [title])
    if summary and lede_place == "after_meta":
        add("lede", [summary], chrome=False)
    if summary and lede_place == "label_line":
        add("lede_label", [label])
        add("lede", [summary], chrome=False, glue=True)
    if cap_group:
        add("caption", cap_group)
    if summary and lede_place == "after_caption":
        add("lede", [summary], chrome=False)
    comp["lede_place"] = lede_place if summary else None
    if summary and lede_mode in ("promoted", "abstract") and lede_place != "label_line" and not dl_used \
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
    body_paras = [b["text"] for b in blocks if b["type"] == "paragraph"]
    used_caps = {c["caption"] for c in truth["images"]}
    nhead = 0
    for i, b in enumerate(blocks):
        for mname in positions.get(i, []):
            if mname == "as_box":
                nd, nmo, nhy = next_hijri_month(crawl)
                eve = nd - datetime.timedelta(days=1)
                add("box", [f"🌙 تحري هلال شهر {G.HIJ[nmo - 1]} {nhy} هـ",
                            f"موعد التحري: مساء {G.WD[eve.weekday()]} {eve.day} {mons[eve.month - 1]} {eve.year}",
                            f"الاقتران المركزي: {hm(rng.randint(0, 23), rng.randint(0, 59))} بالتوقيت العالمي",
                            f"مكث الهلال في {rng.choice(AS_CITIES)}: {rng.randint(5, 58)} دقيقة"])
            elif mname in ("as_fig", "av_fig", "lt_img"):
                k2 = {"as_fig": "as", "av_fig": "av", "lt_img": "lt"}[mname]
                caps = [c for c in CAPTIONS[k2] if c not in used_caps]
                cap = rng.choice(caps)
                used_caps.add(cap)
                credit = rng.choice(CREDITS[k2])
                truth["images"].append({"caption": cap, "credit": credit})
                add("figure", caption_lines({"as": "c_as", "av": "c_av", "lt": "c_lt"}[k2], cap, credit))
            elif mname == "as_gloss":
                term, gloss = rng.choice(AS_GLOSS)
                add("gloss", [f"📖 مصطلح: {term} — {gloss}"])
            elif mname == "mr_vessel":
                add("vessel", [f"🚢 {rng.choice(VESSELS)}",
                               f"IMO {rng.randint(9100000, 9899999)} | العلم: {rng.choice(FLAGS)} | الطول: "
                               f"{rng.randint(180, 400)} م | الحمولة: {rng.randint(30, 220) * 1000:,} طن"])
            elif mname == "mr_navarea":
                a = crawl - datetime.timedelta(days=rng.randint(0, 3))
                add("navarea", [f"⚠ تحذير ملاحي NAVAREA IX {rng.randint(20, 480)}/{a.year % 100:02d}",
                                f"{a.day:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}Z {EN_MON3[a.month - 1]} "
                                f"{a.year % 100:02d} — عمليات مسح في الممر الشمالي، يُرجى الابتعاد مسافة "
                                f"{rng.randint(2, 9)} أميال"])
            elif mname == "mr_also":
                add("also", [f"⛴ اقرأ كذلك: {others.pop()}"])
            elif mname == "tr_quote":
                q = body_sentence(body_paras, rng)
                if q:
                    add("quote", [f"«{q.rstrip('.')}»"])
            elif mname == "tr_note":
                add("note", [f"[ملاحظة المترجم: {rng.choice(TR_NOTES)}]"])
            elif mname == "tr_also":
                add("also", [f"اقرأ على {site}: {others.pop()}"])
            elif mname == "ex_pdf":
                what = rng.choice(["الموضوع مع الحل", "الرزنامة الرسمية", "قائمة الناجحين", "الدليل الكامل"])
                add("pdf", [f"📥 تحميل {what} بصيغة PDF ({rng.randint(3, 58) / 10:.1f} ميغابايت)"])
            elif mname == "ex_timetable":
                a = crawl + datetime.timedelta(days=ctx["exam_days"])
                em = months(MSYS[ex_var])
                lines = [f"رزنامة {ctx['exam']}"]
                for subj in rng.sample(EX_SUBJECTS, 3):
                    h0 = rng.choice([8, 9, 14])
                    lines.append(f"{G.WD[a.weekday()]} {a.day} {em[a.month - 1]}: {subj} ({hm(h0, 30)}–"
                                 f"{hm(h0 + rng.choice([2, 3]), 30)})")
                    a += datetime.timedelta(days=1)
                add("timetable", lines)
            elif mname == "ex_also":
                add("also", [f"✎ مواضيع قد تهمك: {others.pop()}"])
            elif mname == "ma_also":
                add("also", [f"مقالات ذات صلة ◄ {others.pop()}"])
            elif mname == "ma_video":
                add("video", [f"▶ فيديو | {others.pop()}"])
            elif mname == "av_fleet":
                t, seats, rngkm = rng.choice(AIRCRAFT)
                add("fleet", [f"✈ بطاقة الطائرة: {t}",
                              f"المقاعد: {seats} | المدى: {rngkm} كم | متوسط عمر الأسطول: {rng.randint(3, 14)} سنوات"])
            elif mname == "av_tip":
                add("tip", [f"📌 نصيحة للمسافر: {rng.choice(AV_TIPS)}"])
            elif mname == "av_also":
                add("also", [f"اقرأ في {site}: {others.pop()}"])
            elif mname == "lt_also":
                add("also", [f"[رابط] {others.pop()}"])
        if b["type"] == "heading":
            nhead += 1
            add("heading", heading_lines(b["text"], hfmt, nhead), chrome=False)
            continue
        add("body", [body_noise(b["text"], nkind, rng)], chrome=False)
    rule()

    # after the body
    def src_list(extra):
        srcs = [doc["site"]]
        if dl_used and truth["agencies"]:
            srcs.append(dl[1])
        elif rng.random() < 0.45:
            srcs.append(rng.choice(extra))
        return [s for s in dict.fromkeys(srcs) if s]

    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        kind = aname.split("_", 1)[1]
        if kind == "src":
            if truth["sources"] or not doc["site"]:
                continue
            k2 = aname.split("_", 1)[0]
            srcs = src_list(GENERIC_SRCS[k2])
            add("sources", [{"as": "المراجع: " + "، ".join(srcs), "mr": "المصادر ⚓ " + "، ".join(srcs),
                             "ex": "المصدر ◂ " + " / ".join(srcs), "ma": "استنادًا إلى: " + "، ".join(srcs),
                             "av": "المصدر / Source: " + "، ".join(srcs), "lt": "مصدر: " + "، ".join(srcs),
                             "tr": "المصدر: " + "، ".join(srcs)}[k2]])
            truth["sources"] = srcs
        elif kind == "tags":
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            k2 = aname.split("_", 1)[0]
            add("tags", [{"as": "تصنيفات: " + " · ".join(tags), "mr": "الوسوم البحرية: " + "، ".join(tags),
                          "tr": "موضوعات: " + " / ".join(tags), "ex": "الكلمات الدلالية: " + " - ".join(tags),
                          "ma": "الوسوم : " + "، ".join(tags), "av": "وسوم الطيران: " + " | ".join(tags),
                          "lt": "كلمات: " + "، ".join(tags)}[k2]])
            truth["tags"] = tags
        elif aname == "as_share":
            add("share", ["أرسل لصديق · X · Facebook · نسخ الرابط"])
        elif aname == "mr_share":
            add("share", ["Share on LinkedIn | X | WhatsApp"])
        elif aname == "tr_share":
            add("share", ["شارك الترجمة:", "X / Facebook / Telegram / Email"])
        elif aname == "ex_share":
            add("share", ["شارك الموضوع مع زملائك 👇", "Facebook | Messenger | WhatsApp"])
        elif aname == "ma_share":
            add("share", [f"شارك {rng.randint(3, 900)}", "Facebook · X · WhatsApp"])
        elif aname == "av_share":
            add("share", ["شارك الخبر ✈", "WhatsApp · X · LinkedIn · نسخ"])
        elif aname == "as_obs":
            lines = ["نتائج رصد الهلال", "المدينة | مكث الهلال | إمكانية الرؤية"]
            for c in rng.sample(AS_CITIES, 3):
                lines.append(f"{c} | {rng.randint(3, 60)} دقيقة | "
                             f"{rng.choice(['متعذرة', 'ممكنة بالتلسكوب فقط', 'ممكنة بالعين المجردة'])}")
            add("obs", lines)
        elif aname == "as_events":
            lines = ["أحداث فلكية قادمة"]
            a = crawl
            for ev in rng.sample(AS_EVENTS, 3):
                a = future(a, rng, 2, 20)
                lines.append(f"{a.day} {mons[a.month - 1]}: {ev}")
            add("events", lines)
        elif aname == "as_news":
            add("related", ["من أخبار المرصد"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "as_comments":
            n = rng.randint(1, 3)
            lines = [f"{n} {'تعليق' if n == 1 else 'تعليقات'}"]
            for who in rng.sample(COMMENTERS["as"], n):
                lines += [who, rng.choice(COMMENTS["as"]), "رد"]
            add("comments", lines)
        elif aname == "mr_calls":
            lines = ["حركة السفن المتوقعة", "السفينة | الوصول | الرصيف"]
            for vname in rng.sample(VESSELS, 3):
                a = future(crawl, rng, 1, 9)
                lines.append(f"{vname} | {a.day:02d}/{a.month:02d} {rng.randint(0, 23):02d}:00 | "
                             f"{rng.choice(['الرصيف 3', 'رصيف الحاويات', 'المخطاف الخارجي', 'الرصيف 11'])}")
            add("calls", lines)
        elif aname == "mr_related":
            add("related", ["أخبار ملاحية أخرى"] + [f"— {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "mr_weekly":
            add("weekly", ["📩 التقرير الملاحي الأسبوعي في بريدك كل أحد", "بريدك الإلكتروني", "اشترك"])
        elif aname == "tr_disclaimer":
            add("disclaimer", ["المقال مترجم، والآراء الواردة فيه تعبّر عن كاتبه ولا تعكس بالضرورة رأي المنصة."])
        elif aname == "tr_notes":
            add("notes", ["ملاحظات المترجم"] + [f"({i}) {t}" for i, t in enumerate(rng.sample(TR_NOTES, 2), 1)])
        elif aname == "tr_origlink":
            slug = "-".join(rng.choice(TR_EN_TITLES).lower().replace("?", "").split())
            outlet = rng.choice(TR_OUTLETS).lower().replace(" ", "").replace("the", "", 1)
            add("origlink", [f"رابط المادة الأصلية: {outlet}.com/{year}/{slug}"])
        elif aname == "tr_more":
            add("more", [rng.choice(["مقالات أخرى للكاتب", "مختارات أخرى"])] +
                [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "ex_rates":
            unit = {"dz": "الولايات", "tn": "المندوبيات الجهوية", "jo": "المديريات", "eg": "المحافظات"}[ex_var]
            lines = [f"نسب النجاح في {ctx['exam']} حسب {unit}"]
            for r in rng.sample(EX_REGIONS[ex_var], 3):
                lines.append(f"{r}: {rng.randint(4000, 9400) / 100:.2f}٪")
            add("rates", lines)
        elif aname == "ex_comments":
            n = rng.randint(1, 3)
            lines = [f"تعليقات التلاميذ ({n})"]
            for who in rng.sample(COMMENTERS["ex"], n):
                lines += [f"{who} — {rel_age(crawl, None, crawl, rng)}", rng.choice(COMMENTS["ex"])]
            add("comments", lines)
        elif aname == "ex_related":
            add("related", ["مواضيع مشابهة"] + [f"✎ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "ma_comments":
            n = rng.randint(1, 3)
            lines = [f"{n} {'تعليق' if n == 1 else 'تعليقات'}",
                     "المرجو من القراء الالتزام بآداب الحوار وعدم نشر تعليقات تتضمن السب أو القذف."]
            start = pub or crawl
            for k, who in enumerate(rng.sample(COMMENTERS["ma"], n), 1):
                a = start + datetime.timedelta(days=rng.randint(0, max(0, (crawl - start).days)))
                lines += [f"{k} - {who}", f"{G.WD[a.weekday()]} {a.day} {G.MAR[a.month - 1]} {a.year} - "
                          f"{hm(rng.randint(7, 23), rng.randint(0, 59))}", rng.choice(COMMENTS["ma"]),
                          f"👍 {rng.randint(0, 80)} | 👎 {rng.randint(0, 20)}"]
            add("comments", lines)
        elif aname == "ma_most":
            add("most", ["الأكثر تعليقا"] + [others.pop() for _ in range(rng.randint(3, 5))])
        elif aname == "ma_next":
            a = crawl - datetime.timedelta(days=rng.randint(0, 2))
            who = rng.choice([p for p in PEOPLE["ma"] if p != name])
            add("next", ["▼ المقال الموالي", others.pop(),
                         f"{who} | {G.WD[a.weekday()]} {a.day} {G.MAR[a.month - 1]} {a.year} - "
                         f"{hm(rng.randint(7, 23), rng.randint(0, 59))}",
                         f"{rng.choice(MA_EXCERPTS)} […]", "تابع القراءة ←"])
        elif aname == "av_routes":
            lines = ["وجهات جديدة"]
            for dest in rng.sample(DESTS, 2):
                a = future(crawl, rng, 15, 150)
                lines.append(f"{rng.choice(['دبي', 'جدة', 'الدوحة', 'الرياض'])} – {dest}: ابتداءً من {a.day} "
                             f"{G.EG[a.month - 1]} {a.year}، {rng.randint(2, 7)} رحلات أسبوعيًا")
            add("routes", lines)
        elif aname == "av_comments":
            n = rng.randint(1, 3)
            lines = [f"💬 {n} {'تعليق' if n == 1 else 'تعليقات'}"]
            for who in rng.sample(COMMENTERS["av"], n):
                lines.append(f"{who}: {rng.choice(COMMENTS['av'])}")
            add("comments", lines)
        elif aname == "av_related":
            add("related", ["أخبار طيران ذات صلة"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "lt_prevnext":
            add("prevnext", [f"« السابق: {others.pop()}", f"التالي: {others.pop()} »"])
        elif aname == "lt_top":
            add("top", ["↑ أعلى الصفحة | [0] الرئيسية"])
        elif aname == "lt_built":
            add("built", [f"أُنشئت هذه الصفحة في 0.0{rng.randint(11, 98)} ثانية — آخر تحديث للصفحة: "
                          f"{crawl.day}/{crawl.month}/{crawl.year} {hm(rng.randint(0, 23), rng.randint(0, 59))}"])
        elif aname == "lt_full":
            add("full", ["النسخة الكاملة | Text-only | English"])
        else:
            continue
        comp.setdefault("after", []).append(aname)

    if tform == "share":
        add("share_title", [f"✈ {title} — {dom}/{rng.randint(10000, 99999)}"])

    ffmt = pick("footer")
    if ffmt == "f_as":
        add("footer", [f"© {year} {site} — يُسمح بإعادة نشر الصور الفلكية مع ذكر المصدر",
                       "عن المرصد · برنامج الرصد · تواصل معنا"])
    elif ffmt == "f_mr":
        add("footer", [f"{site} © {year} | جميع الحقوق محفوظة", "Port calls · Vessel tracker · أعلن معنا"])
    elif ffmt == "f_tr":
        add("footer", [f"© {year} {site} — حقوق الترجمة محفوظة، وحقوق النصوص الأصلية لأصحابها",
                       "من نحن · انضم إلى فريق المترجمين · سياسة الاستخدام"])
    elif ffmt == "f_ex":
        add("footer", [f"{site} © {year} — موقع تربوي مستقل لا يمثل أي وزارة",
                       "اتصل بنا · شروط الاستخدام · Politique de confidentialité"])
    elif ffmt == "f_ma":
        dep = f"{rng.randint(1, 60):02d}/{(year - rng.randint(2, 9)) % 100:02d}"
        add("footer", [f"جميع الحقوق محفوظة © {site} {year}",
                       f"الإيداع القانوني: {dep} | ملف الصحافة رقم: {rng.randint(10, 99)}/{rng.randint(2014, 2020)}"])
    elif ffmt == "f_av":
        add("footer", [f"© {year} {site}. All rights reserved.", "عن الموقع · الإعلان · الخصوصية"])
    elif ffmt == "f_lt":
        add("footer", [f"© {year} {site}", "النسخة النصية مخصّصة للاتصالات البطيئة"])

    # layout
    sep_n = 2 if layout == "double" else 1
    single = layout == "single"
    out = []
    chrome_lines = []
    prev = None
    for g in groups:
        kind = g["kind"]
        if out and not g["glue"]:
            if not (single and kind in ("body", "heading") and prev in ("body", "heading")):
                out += [""] * sep_n
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
    comp.update(layout=layout, kinds=[k for k in kinds if k not in ("body", "heading", "rule")])
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
