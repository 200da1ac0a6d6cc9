"""The `fresh27` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh27 --n 2000 --seed 113
    python3 bench/textdump/score_dumps.py --split fresh27 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH27 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by a helper who has not read the extractor, its tests, its
fixtures or its benchmark notes (nor the sealed fresh21 ... fresh26 modules).
No component here is meant to be one of the tune, held-out, fresh, fresh2,
..., fresh20 ones (as far as gen_dumps.py and those modules show). Only the
aggregate rows of `score_dumps.py --split fresh27` are ever reported; once
the extractor is changed because of anything learnt here, the split is spent.

The eight styles (`fresh27_1` ... `fresh27_7`, and `fresh27_mixed`, a
per-document random draw of the others' components) imitate text dumps of
kinds of pages the other splits up to fresh20 do not render: a popular-science
news site (ISO-week and day-of-year widgets, a moon-phase widget, versioned
publication lines, study cards with the journal's own date and a DOI, an
evidence scale, a glossary and figure placeholders between paragraphs,
licence-bearing photo credits, a scientific reviewer beside the writer, a
correction notice after the body), an Arab community news portal in Montreal
or Laval (French chrome, Quebec times `14 h 32` with HAE/HNE, `1er` days,
`Photo :` and `Courtoisie` credits, metro and weather strips, a community
agenda and classified ads with future dates), an exams-and-results news
portal (Jordanian, Egyptian or Iraqi: a seat-number lookup, a countdown to
the results, the term week in the widget, spelled-out clock times,
ordinal-word headings, exam timetables with year-less dates, admission
cut-off tables, FAQs), a crypto-currency news site (price tickers, a
fear-and-greed index, gas fees, a block height beside the date, UTC widgets,
English month-first `a.m.`/`p.m.` publication lines, relative-only
publication lines, editors beside writers, disclaimers, author boxes), an
aviation and airports news site (METAR lines with the day and a Zulu time,
`25APR24`-style compact dates, Zulu publication lines, registrations in
captions, flight cards, departure boards, NOTAMs with `YYMMDDhhmm` times,
aircraft spec cards, captains' titles), a books and literary news site
(month-first Arabic dates, a quote of the day, bestseller strips, book cards
naming the book's author and its publisher, ISBNs, reader ratings, prize
shortlists, signing events with future dates, excerpt boxes) and a careers
and labour-market news site (a CV-upload prompt, a job search box, numeric
Gregorian/Hijri pairs with `م`/`هـ`, a Hijri-first publication line with the
Gregorian date in brackets, job cards with application deadlines, salary
tables, course ads with start dates, job alerts). Site names, people,
studies, books, airlines, flights, jobs and the vocabulary are invented
(journal names and airport codes are real ones). The corpus texts, the lede
choice (abstract / teaser / promoted first paragraph), the inserted headings
and the other articles' titles in related blocks are the gen_dumps.py ones.

Other things new here: title forms with ` ∙ `, ` // ` and ` — ` browser-tab
lines, a breadcrumb of sections only (`›` or `⟩`), a plain title repeated
after the meta lines, and an address line (`domain/ar/YYYY/MM/DD/id`, the
publication day or no date) before the title; ledes marked with `┃ ` or
labelled (`الخلاصة:`, `En bref :`, `باختصار:`, `TL;DR:`, `في سطور:`, `في
سطرين:`, `أبرز ما في الخبر:`, inline or on the line before); datelines
`CITY • AGENCY • ` and `AGENCY/CITY — `; headings after `◆`, `■`, `▍`, `✈`,
`❋`, `●`, behind Arabic ordinal words (`أولًا:`, `ثانيًا:` ...), or with a
trailing colon; noise: hamza and madda written as combining marks after the
alef (NFC recomposes them), first-strong isolates around Latin and digit runs,
en and em quads for some spaces; separator lines holding a no-break space or
a tab; CRLF; BOM.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once. Browser-tab lines, the address line, the
  breadcrumb and a repeat are chrome (a repeat equal to the title is left out
  of the chrome list).
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its form: ISO week or day-of-year widgets give their
  ISO or Gregorian date, `25APR24` gives 2024-04-25, a Gregorian/Hijri pair
  the Gregorian day, a widget with a clock (UTC, Zulu, GST) the day as
  printed (no time-zone arithmetic). The moon phase, the academic year and
  term week, the block height, METAR and NOTAM lines, study dates, exam
  timetables, countdowns, deadlines, agendas, events and fairs are no part of
  it. Pages without a widget: null.
- published: the publication line's date, with `THH:MM` when it shows a time,
  the clock taken as printed (local, UTC or Zulu: no conversion; 12-hour
  clocks by `ص`/`م`, `a.m.`/`p.m.` and the period words `فجرًا`, `صباحًا`,
  `ظهرًا`, `عصرًا`, `مساءً`, `ليلًا`; `الساعة الثانية والنصف عصرًا` is 14:30).
  A versioned line gives version 1's date; a Hijri-first line the Gregorian
  date in brackets; `على الموقع منذ DATE` is a publication line; a relative
  age beside an absolute date gives the absolute one; a relative-only line
  gives null. Update, version-2 and correction lines go
  to the extra `modified` key (not scored). The address line's date is no
  publication line (it always equals it when shown).
- summary: a deck under the title, a lede after the meta lines or after the
  caption, a lede marked with `┃ `, or a labelled lede (label inline or on
  the line before). A marked or labelled lede is always a lede; the mark and
  the label are no part of it. An unlabelled lede with nothing between it
  and the body (no meta, caption or chrome line, no dateline opening the
  body) stays a lede only when it is a teaser that the first paragraph
  repeats; a promoted first paragraph or an abstract there goes into the
  body. A promoted first paragraph under 8 words is never a lede.
- dateline: printed only when the corpus `author` field names an agency or a
  site after the city (never a person); the paragraph keeps it, as in
  gen_dumps.py.
- blocks: the corpus paragraphs; headings without their marks, ordinal words
  or trailing colon; glossary boxes, figure placeholders, price boxes, ads,
  flight cards, fleet lines, excerpt boxes, buy links, job cards, tips,
  links and event lines between paragraphs are no blocks.
- images: the caption without its credit and label; the credit as written
  without its label (`الصورة:`, `Photo :`, `Image:`, `©`, `عدسة:`, `صورة:`),
  without a licence (`CC BY 4.0`, `ملكية عامة` ...) and without an aircraft
  registration.
- sources: the items of `المصدر:`/`المصادر:`-like lines (`Source :`,
  `Sources:`, `مصدر البيانات:`, `نقلًا عن:` ...); tags: the items of the tag
  lines (`وسوم:`, `Mots-clés :`, `Tags:`, `كلمات دالة:` ...).
- authors: the byline's names as printed, in order (Latin names kept in Latin
  script): two for `و`, `et`, `&` or `بالاشتراك مع`. A lead word (`Par`,
  `بقلم`, `بواسطة`, `كتب:`, `كتبته:`, `متابعة:`, `إعداد:`, `Guest post ·`), a
  title before the name (`د.`, `الأستاذ`, `الأستاذة`, `الكابتن`, `المهندس`,
  `المهندسة`) and a role after it (after a comma, a dash, `|`, in brackets,
  `collaboration spéciale`, an `@handle`, a place after `من`) are no part of
  it. A scientific reviewer (`راجعه علميًا:`), an editor (`تحرير:`), a
  translator, a desk or a team and an agency (`avec La Presse Canadienne`)
  are no authors. The book's author in a book card, a study's researchers
  and the name in an author box are no byline (the author box only ever
  repeats a byline name). An interviewer (`حاوره:`, `حاورته:`) and a
  reviewer of a book (`عرض:`, `قراءة:`) are the authors of their article.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the body
  and those equal to the title or the summary.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh27"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
# weekday lists start on Monday, as datetime.weekday()
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
EN_MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_BARE = ["إثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت", "أحد"]
HOUR_WORDS = ["الثانية عشرة", "الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
              "الثامنة", "التاسعة", "العاشرة", "الحادية عشرة"]
ORDINALS = ["أولًا", "ثانيًا", "ثالثًا", "رابعًا", "خامسًا", "سادسًا"]
MOON = [(1.0, "🌑 محاق"), (6.4, "🌒 هلال متزايد"), (8.4, "🌓 تربيع أول"), (13.8, "🌔 أحدب متزايد"),
        (15.8, "🌕 بدر"), (21.1, "🌖 أحدب متناقص"), (23.1, "🌗 تربيع أخير"), (28.5, "🌘 هلال متناقص"),
        (30.0, "🌑 محاق")]
NBSP = "\u00a0"
FSI = "\u2068"
PDI = "\u2069"
ENQUAD = "\u2000"
EMQUAD = "\u2001"


def hm(h, m):
    return f"{h:02d}:{m:02d}"


def fr_day(day):
    return "1er" if day == 1 else str(day)


def qc_zone(d):
    """Quebec's clock label, roughly: daylight time from March to October."""
    return "HAE" if 3 <= d.month <= 10 else "HNE"


def period(hh):
    """Period word of a 12-hour Arabic clock (unambiguous with the hour: 1-4, 5-11, 12-13, 14-16, 17-20, 21-23)."""
    if hh < 5:
        return "فجرًا"
    if hh < 12:
        return "صباحًا"
    if hh < 14:
        return "ظهرًا"
    if hh < 17:
        return "عصرًا"
    if hh < 21:
        return "مساءً"
    return "ليلًا"


def spoken_clock(hh, mi):
    """`الساعة الثانية والنصف عصرًا`, or None when the clock has no spoken form here."""
    if hh == 0 or mi not in (0, 15, 30):
        return None
    frac = {0: "", 15: " والربع", 30: " والنصف"}[mi]
    return f"الساعة {HOUR_WORDS[hh % 12]}{frac} {period(hh)}"


def moon_phase(d):
    age = (d - datetime.date(2000, 1, 6)).days % 29.530588
    for top, label in MOON:
        if age < top:
            return label
    return MOON[-1][1]


def academic_year(d):
    y = d.year if d.month >= 9 else d.year - 1
    return f"{y}/{y + 1}"


def term_week(d):
    """(term name, week of term) for a school day, roughly."""
    if d.month >= 9:
        start, name = datetime.date(d.year, 9, 1), "الفصل الدراسي الأول"
    elif d.month == 1 and d.day < 20:
        start, name = datetime.date(d.year - 1, 9, 1), "الفصل الدراسي الأول"
    elif d.month <= 6:
        start, name = datetime.date(d.year, 1, 20), "الفصل الدراسي الثاني"
    else:
        start, name = datetime.date(d.year, 7, 1), "العطلة الصيفية"
    return name, max(1, (d - start).days // 7 + 1)


def rel_age(pub, tm, crawl, rng):
    """How long ago, as the page says it on the crawl day."""
    gap = (crawl - pub).days
    if gap == 0:
        n = rng.randint(1, max(1, min(9, 23 - tm[0]))) if tm and tm[0] < 23 else rng.randint(1, 3)
        return "منذ ساعة" if n == 1 else "منذ ساعتين" if n == 2 else f"منذ {n} ساعات"
    if gap == 1:
        return "منذ يوم واحد"
    if gap == 2:
        return "منذ يومين"
    return f"منذ {gap} أيام"


def future(d, rng, lo, hi):
    return d + datetime.timedelta(days=rng.randint(lo, hi))


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city, extra)]
SITES = {
    "sci": [("مرصد العلوم", "marsad-science.org", "العلم كما يحدث", "عمّان", ""),
            ("نافذة الاكتشاف", "nafidhat-discovery.net", "", "القاهرة", ""),
            ("بوابة العلوم للجميع", "oloom4all.com", "مجلة علمية مبسطة", "الرباط", "")],
    "qc": [("صدى مونتريال", "echo-montreal.ca", "Le journal de la communauté arabe du Québec", "مونتريال", "Montréal"),
           ("مرآة لافال", "miroir-laval.ca", "", "لافال", "Laval"),
           ("الجالية اليوم", "aljaliya-aujourdhui.ca", "أخبار العرب في كيبيك وكندا", "مونتريال", "Montréal")],
    "edu": [("بوابة التوجيهي", "tawjihi-bawaba.jo", "كل ما يهم طلبة الثانوية", "عمّان", "jo"),
            ("نتيجتك نت", "nateegtak.net", "", "القاهرة", "eg"),
            ("منصة السادس الإعدادي", "sadis-edadi.iq", "دليل الطالب العراقي", "بغداد", "iq")],
    "cr": [("عملة برس", "3omla-press.com", "أخبار البلوكتشين والعملات الرقمية", "دبي", ""),
           ("بلوك عربي", "blockarabi.io", "", "الرياض", ""),
           ("كريبتو الخليج", "cryptokhaleej.com", "Crypto news in Arabic", "المنامة", "")],
    "avi": [("أجنحة الخليج", "ajniha-gulf.com", "أخبار الطيران والمطارات", "دبي", "OMDB"),
            ("مدرج نيوز", "madraj-news.com", "", "القاهرة", "HECA"),
            ("آفاق الطيران", "afaq-aviation.net", "مجلة الطيران العربية", "الرياض", "OERK")],
    "bk": [("رفوف", "rufouf-mag.com", "مجلة الكتب والقراءة", "بيروت", ""),
           ("ديوان الكتب", "diwan-alkutub.com", "", "الشارقة", ""),
           ("مدار القراءة", "madar-reading.net", "كل جديد في عالم النشر", "الدار البيضاء", "")],
    "job": [("مسار المهن", "masar-careers.com", "أخبار سوق العمل والتوظيف", "الرياض", "ريال"),
            ("بوابة التوظيف اليوم", "tawzeef-today.com", "", "دبي", "درهم"),
            ("سوق العمل نيوز", "souqalamal-news.com", "", "الكويت", "دينار")],
}
PEOPLE = {"sci": ["سامي الحلبي", "ليلى منصور", "عمر الشامي", "هالة درويش", "يوسف البنا", "منى العطار", "كريم زيدان"],
          "qc": ["كريم حداد", "نادية بن علي", "سمير خوري", "ياسمين العمراني", "رشيد بوزيد", "لينا صبّاغ"],
          "edu": ["أحمد الزعبي", "سناء العمري", "محمد الطراونة", "رهف القضاة", "خالد عبد الرؤوف", "إيمان السيد"],
          "cr": ["فيصل الأنصاري", "دانة الكبيسي", "مروان الصافي", "جود الحمدان", "طلال العمر", "شيماء راشد"],
          "avi": ["عادل الشحي", "ريم المرزوقي", "ناصر العلوي", "شهد الحارثي", "وليد قباني", "سيف البلوشي"],
          "bk": ["سلمى الزين", "إياد نجار", "هيفاء الشمري", "رامي عليوة", "نوال السباعي", "زياد الرفاعي"],
          "job": ["ماجد السبيعي", "لمى الدوسري", "حسن العوضي", "غادة المطيري", "بدر الشهري", "ديما حجازي"]}
FEMALE = {"ليلى منصور", "هالة درويش", "منى العطار", "نادية بن علي", "ياسمين العمراني", "لينا صبّاغ", "سناء العمري",
          "رهف القضاة", "إيمان السيد", "دانة الكبيسي", "جود الحمدان", "شيماء راشد", "ريم المرزوقي", "شهد الحارثي",
          "سلمى الزين", "هيفاء الشمري", "نوال السباعي", "لمى الدوسري", "غادة المطيري", "ديما حجازي"}
QC_LATIN = ["Karim Haddad", "Nadia Benali", "Samir Khoury", "Yasmine El Amrani", "Rachid Bouzid", "Lina Sabbagh",
            "Mehdi Tahiri"]
HANDLES = ["@faisal_chain", "@dana_onchain", "@marwan_btc", "@jood_defi", "@talal_crypto", "@shaimaa_web3"]
RESEARCHERS = ["إلينا فارغا", "توماس بيرغر", "هيروشي تاناكا", "أماندا كولينز", "راجيف ميهتا", "صوفي لامبير"]
UNIVERSITIES = ["جامعة أوبسالا", "جامعة ملبورن", "معهد كارولينسكا", "جامعة تورنتو", "جامعة كيوتو", "جامعة إدنبرة"]
JOURNALS = ["Nature Communications", "The Lancet", "Science Advances", "Cell Reports", "PNAS",
            "Geophysical Research Letters",
            "BMJ Open", "Astrophysical Journal"]
STUDY_TITLES = ["Long-term effects of dietary fibre on the gut microbiome",
                "Seasonal variation in coastal sea-level rise",
                "A population-scale analysis of sleep duration", "Neural correlates of bilingual reading",
                "Heat stress and crop yields in arid regions", "Dust storms and respiratory admissions"]
GLOSSARY = [("الميكروبيوم", "مجموع الكائنات الدقيقة التي تعيش في جسم الإنسان"),
            ("الدراسة الرصدية", "دراسة تراقب المشاركين دون أن تتدخل في ما يفعلونه"),
            ("المجموعة الضابطة", "مشاركون لا يتلقون العلاج لتُقارن نتائجهم بغيرهم"),
            ("الاحتباس الحراري", "ارتفاع متوسط حرارة سطح الأرض بفعل غازات الدفيئة"),
            ("التحليل التلوي", "جمع نتائج دراسات عدة وتحليلها معًا"),
            ("الطيف الكهرومغناطيسي", "مدى الأطوال الموجية للضوء المرئي وغير المرئي")]
FACTS = ["يحتوي جسم الإنسان البالغ على نحو 37 تريليون خلية.",
         "يقطع الضوء المسافة من الشمس إلى الأرض في 8 دقائق تقريبًا.",
         "تنتج الأشجار الكبيرة مئات الكيلوغرامات من الأكسجين سنويًا.", "يوجد في المجرة مئات المليارات من النجوم.",
         "تستطيع بعض أنواع الطحالب العيش في الجليد القطبي."]
SKY = ["كوكب المشتري يظهر بعد الغروب جهة الغرب", "زخة شهب صغيرة بعد منتصف الليل", "الزهرة لامعة قبيل الفجر",
       "محطة الفضاء الدولية تعبر السماء لخمس دقائق"]
LICENCES = ["CC BY 4.0", "CC BY-SA 3.0", "ملكية عامة", "CC BY-NC 2.0"]
QC_EVENTS = ["Soirée culturelle libanaise", "Iftar communautaire", "Salon de l’emploi pour nouveaux arrivants",
             "Atelier d’aide aux impôts", "Tournoi de soccer des jeunes", "Soirée de poésie arabe"]
QC_PLACES = ["Centre culturel de Saint-Laurent", "Maison de la culture Ahuntsic", "Centre communautaire de Chomedey",
             "Salle paroissiale de Cartierville"]
QC_ANNONCES = ["Appartement 4 ½ à louer à Saint-Laurent — {p} $/mois",
               "Cours d’arabe pour enfants le samedi — {p} $/session",
               "Traiteur libanais pour mariages — devis gratuit",
               "Comptable bilingue : déclarations d’impôts dès {p} $",
               "Voiture Corolla 2017 à vendre — {p} $"]
QC_COMMENTERS = ["Samira L.", "أبو رامي", "Jean-François", "Nour", "Ali de Laval"]
QC_COMMENTS = ["Merci pour l’information", "خبر مهم لأبناء الجالية", "Bravo à toute l’équipe",
               "نتمنى المزيد من التغطية",
               "Très bon article"]
EDU_EXAM = {"jo": "التوجيهي", "eg": "الثانوية العامة", "iq": "السادس الإعدادي"}
EDU_SEAT = {"jo": "رقم الجلوس", "eg": "رقم الجلوس", "iq": "الرقم الامتحاني"}
EDU_HOT = {"jo": "06-5607181", "eg": "19262", "iq": "07801234567"}
EDU_SUBJECTS = ["اللغة العربية", "اللغة الإنجليزية", "الرياضيات", "الفيزياء", "الكيمياء", "الأحياء", "التاريخ",
                "التربية الإسلامية"]
EDU_FACULTIES = ["الطب", "طب الأسنان", "الصيدلة", "الهندسة", "تكنولوجيا المعلومات", "الحقوق", "إدارة الأعمال"]
EDU_TIPS = ["راجع الأسئلة الوزارية للسنوات السابقة قبل الامتحان بأسبوع", "نم ثماني ساعات في ليلة الامتحان",
            "ابدأ بالأسئلة السهلة ثم عد إلى الصعبة", "اقرأ تعليمات ورقة الأسئلة كاملة قبل الإجابة"]
EDU_COMMENTERS = ["طالب علمي", "أم يزن", "تالا", "محمود 2006", "أبو حمزة"]
EDU_COMMENTS = ["الله يوفق الجميع", "متى الرابط الرسمي؟", "الامتحان كان طويل جدًا", "دعواتكم لنا",
                "هل يوجد دورة تكميلية هذا العام؟"]
COINS = [("BTC", 58000, 71000), ("ETH", 2800, 3900), ("SOL", 120, 190), ("BNB", 520, 640), ("XRP", 0.45, 0.68)]
CR_SECTIONS = ["الأسواق", "بيتكوين", "إيثريوم", "التمويل اللامركزي", "التنظيم", "تحليلات"]
CR_EXCH = ["منصة دانة للتداول", "واحة إكسشينج", "رمال كوين"]
AVI_AIRPORTS = [("DXB", "OMDB", "دبي"), ("CAI", "HECA", "القاهرة"), ("RUH", "OERK", "الرياض"),
                ("DOH", "OTHH", "الدوحة"),
                ("AMM", "OJAI", "عمّان"), ("CMN", "GMMN", "الدار البيضاء"), ("IST", "LTFM", "إسطنبول"),
                ("LHR", "EGLL", "لندن"), ("KWI", "OKBK", "الكويت"), ("MCT", "OOMS", "مسقط")]
AVI_AIRLINES = [("XG", "طيران الواحة"), ("RM", "رمال للطيران"), ("NJ", "نجمة الخليج"), ("SB", "سحاب إير")]
AVI_TYPES = [("إيرباص A350-1000", "16,100 كم", 369), ("بوينغ 787-9", "14,010 كم", 290),
             ("إيرباص A321neo", "7,400 كم", 196),
             ("بوينغ 777-300ER", "13,650 كم", 354), ("إمبراير E195-E2", "4,800 كم", 132)]
BK_WRITERS = ["حنان العيسى", "مالك الطحان", "جميلة القاسمي", "عبد الكريم الصافي", "رؤى المهدي", "نزار الخياط"]
BK_TITLES = ["ظل النخلة الأخيرة", "مدن من ملح وورق", "رسائل لم تصل", "بيت على حافة البحر", "ذاكرة الرمل", "سيرة المطر",
             "الطريق إلى الجنوب"]
BK_PUBLISHERS = ["دار الفجر الجديد", "دار المدى الأزرق", "منشورات الضفاف", "الدار العربية للكتاب", "دار نون"]
BK_PRIZES = ["جائزة القلم الذهبي للرواية", "جائزة السرد العربي", "جائزة أفضل كتاب أول"]
BK_FAIRS = ["معرض الرياض الدولي للكتاب", "معرض الشارقة الدولي للكتاب", "معرض بيروت العربي للكتاب",
            "معرض الدار البيضاء للنشر والكتاب"]
BK_QUOTES = [("القراءة سفر لا يحتاج إلى تذكرة.", "حنان العيسى"), ("كل كتاب نافذة، وكل نافذة سؤال.", "مالك الطحان"),
             ("نكتب لنتذكر، ونقرأ لننسى وحدتنا.", "رؤى المهدي"), ("الحكاية وطن من لا وطن له.", "نزار الخياط")]
BK_EXCERPTS = ["«كان البحر يعرف اسمي قبل أن أعرفه، وكانت أمي تقول إن الموج لا يخون إلا من نسيه.»",
               "«لم تكن المدينة تنام، كانت تغمض عينًا واحدة وتراقبنا بالأخرى.»",
               "«في تلك السنة تعلمت أن الرسائل التي لا تصل هي الأصدق.»"]
BK_COMMENTERS = ["قارئة نهمة", "أبو فراس", "Mona R.", "عاشق الروايات", "سارة ك."]
BK_COMMENTS = ["قرأت الرواية وأنصح بها بشدة", "أين يمكن شراؤها في تونس؟", "عرض جميل ومشوق",
               "هل توجد نسخة إلكترونية؟", "كاتبة تستحق الجائزة"]
JOB_TITLES = ["محاسب أول", "مهندس برمجيات", "أخصائي موارد بشرية", "مدير مبيعات", "ممرض/ة قانوني/ة", "مصمم جرافيك",
              "محلل بيانات", "فني صيانة كهربائية"]
JOB_COMPANIES = ["شركة الأفق للتقنية", "مجموعة الواحة القابضة", "مستشفى الرعاية التخصصي", "شركة المدار للتجارة",
                 "مصنع الخليج للأغذية"]
JOB_CITIES = ["الرياض", "جدة", "دبي", "أبوظبي", "الكويت", "الدمام", "الشارقة"]
JOB_TIPS = ["اجعل سيرتك الذاتية في صفحة واحدة", "حضّر أمثلة من إنجازاتك قبل المقابلة",
            "تابع صاحب العمل بعد المقابلة برسالة شكر",
            "حدّث ملفك المهني كل ثلاثة أشهر"]
JOB_COURSES = ["دورة إدارة المشاريع الاحترافية", "دورة تحليل البيانات بلغة بايثون", "دورة المحاسبة المالية المتقدمة",
               "دورة مهارات المقابلة الشخصية"]
SECTIONS = {"sci": ["الفضاء", "الطب والصحة", "البيئة والمناخ", "الفيزياء", "علوم الأرض", "الدماغ والسلوك"],
            "qc": ["Communauté", "Québec", "Canada", "Immigration", "Monde arabe"],
            "edu": ["النتائج", "الامتحانات", "القبول الموحد", "المناهج", "المنح"],
            "cr": CR_SECTIONS,
            "avi": ["شركات الطيران", "المطارات", "الطائرات", "السلامة الجوية", "معارض"],
            "bk": ["روايات", "إصدارات جديدة", "جوائز", "حوارات", "معارض الكتب"],
            "job": ["أخبار التوظيف", "الرواتب", "ريادة الأعمال", "التدريب", "نصائح مهنية"]}
NAV = {"sci": ["الرئيسية", "الفضاء", "الطب والصحة", "البيئة والمناخ", "الفيزياء", "علوم الأرض", "التقنية",
               "أسئلة القراء",
               "فيديو علمي"],
       "qc": ["Accueil", "Communauté", "Québec", "Canada", "Monde arabe", "Immigration", "Emploi", "Annonces",
              "Nous joindre"],
       "edu": ["الرئيسية", "النتائج", "جدول الامتحانات", "القبول الموحد", "المنح الدراسية", "أسئلة وأجوبة",
               "ملخصات المواد"],
       "cr": ["Markets", "Learn", "الأخبار", "التحليلات", "أسعار العملات", "NFT", "التعليم", "Podcast"],
       "avi": ["الرئيسية", "شركات الطيران", "المطارات", "حالة الرحلات", "الطائرات", "السلامة", "وظائف الطيران"],
       "bk": ["الرئيسية", "إصدارات", "مراجعات", "حوارات", "جوائز", "معارض", "قوائم القراءة", "المتجر"],
       "job": ["الرئيسية", "أخبار سوق العمل", "وظائف شاغرة", "دليل الرواتب", "دورات", "نصائح مهنية", "للشركات"]}
HOME = {"sci": "الرئيسية", "qc": "Accueil", "edu": "الرئيسية", "cr": "الرئيسية", "avi": "الرئيسية", "bk": "الرئيسية",
        "job": "الرئيسية"}
CAPTIONS = {"sci": ["صورة مجهرية لخلايا بكتيرية", "منظر للمجرة التقطه تلسكوب فضائي", "باحثة داخل مختبر للأحياء الدقيقة",
                    "جليد يذوب على ساحل قطبي", "نموذج ثلاثي الأبعاد لجزيء بروتين"],
            "qc": ["Rassemblement devant l’hôtel de ville", "Des bénévoles lors d’une distribution alimentaire",
                   "Le boulevard Saint-Laurent à l’heure de pointe", "Une famille nouvellement arrivée à Montréal",
                   "جانب من فعالية الجالية في لافال"],
            "edu": ["طلبة أمام قاعة الامتحان", "مراقبون داخل إحدى القاعات", "طالبة تتفقد نتيجتها على الهاتف",
                    "مبنى وزارة التربية والتعليم"],
            "cr": ["شعار بيتكوين على شاشة تداول", "رسم بياني لأسعار العملات الرقمية", "أجهزة تعدين داخل مركز بيانات",
                   "مؤتمر للبلوكتشين في دبي"],
            "avi": ["طائرة ركاب عند الإقلاع", "صالة المغادرة في المطار", "طائرة على المدرج قبيل الهبوط",
                    "برج المراقبة الجوية", "طاقم الضيافة أمام الطائرة"],
            "bk": ["غلاف الرواية", "الكاتبة خلال حفل التوقيع", "جناح إحدى دور النشر في المعرض", "رفوف مكتبة عامة"],
            "job": ["باحثون عن عمل في معرض التوظيف", "مقابلة عمل في إحدى الشركات", "موظفون في مكتب مفتوح",
                    "طلاب في دورة تدريبية"]}
CREDITS = {"sci": ["NASA/JPL-Caltech", "ESA/Hubble", "مختبر الجامعة", "فريق البحث", "NOAA"],
           "qc": ["Courtoisie", "Archives", "La Presse Canadienne", "Karim Haddad", "Ville de Laval"],
           "edu": ["وزارة التربية والتعليم", "أرشيف البوابة", "مراسل البوابة"],
           "cr": ["Unsplash", "Pixabay", "أرشيف الموقع", "CoinDesk"],
           "avi": ["الشركة المصنّعة", "إدارة المطار", "Planespotters", "عدسة الموقع"],
           "bk": ["دار النشر", "أرشيف المجلة", "المكتب الإعلامي للمعرض", "الكاتبة"],
           "job": ["أرشيف الموقع", "المكتب الإعلامي", "Freepik", "الشركة"]}
LEDE_LABEL = {"sci": "الخلاصة:", "qc": "En bref :", "edu": "باختصار:", "cr": "TL;DR:", "avi": "في سطور:",
              "bk": "في سطرين:", "job": "أبرز ما في الخبر:"}


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="sci", pre=[], header=[], widget=[None], kicker=0.0, title_form=["plain"], title_noise=[None],
             byline=[None], publine=[None], update=0.0, counter=0.0, lede=[None], lede_place=["deck"], caption=0.0,
             caption_fmt=["c_sci"], headings=0.0, heading_fmt=["h_plain"], dateline=[None], mid=[], after=[],
             footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0)

STYLES = {
    "fresh27_1": dict(site="sci", pre=[("sci_pop", 0.35)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 0.9), ("sci_fact", 0.45),
                              ("sci_sky", 0.3)],
                      widget=["w_sci_week", "w_sci_doy", "w_sci_moon"], kicker=0.4,
                      title_form=["plain", "plain", "tab", "crumb", "addr"], title_noise=[None, None, "decomp"],
                      byline=["b_sci_rev", "b_sci_dr", "b_sci_trans", "b_sci_two", "b_sci_desk", None],
                      publine=["p_sci_online", "p_sci_iso", "p_sci_version"], update=0.35, counter=0.45,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_caption", "bar"],
                      caption=0.75, caption_fmt=["c_sci"], headings=0.4, heading_fmt=["h_diamond", "h_plain"],
                      dateline=["dl_bullet", None], mid=[("sci_gloss", 0.5), ("sci_fig", 0.35)],
                      after=[("sci_study", 0.6), ("sci_evidence", 0.45), ("sci_refs", 0.3), ("sci_tags", 0.5),
                             ("sci_src", 0.45), ("sci_share", 0.55), ("sci_related", 0.5), ("sci_ask", 0.3),
                             ("sci_licence", 0.35)],
                      footer=["f_sci"], layout=["blank", "blank", "single"], body_noise=[None, None, "fsi"]),
    "fresh27_2": dict(site="qc", pre=[("qc_cookie", 0.5)],
                      header=[("qc_lang", 0.75), ("site_name", 1.0), ("widget", 0.85), ("qc_weather", 0.45),
                              ("nav", 0.9), ("qc_stm", 0.35)],
                      widget=["w_qc_fr", "w_qc_iso", "w_qc_city"], kicker=0.45,
                      title_form=["plain", "plain", "tab", "repeat", "addr"], title_noise=[None, None, "quad"],
                      byline=["b_qc_par", "b_qc_collab", "b_qc_two", "b_qc_pc", "b_qc_ar", "b_qc_desk", None],
                      publine=["p_qc_fr", "p_qc_ar", "p_qc_bi"], update=0.35, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_meta", "after_caption"],
                      caption=0.7, caption_fmt=["c_qc"], headings=0.35, heading_fmt=["h_square"],
                      dateline=["dl_slash", None], mid=[("qc_lire", 0.5), ("qc_event", 0.4)],
                      after=[("qc_tags", 0.5), ("qc_src", 0.45), ("qc_share", 0.6), ("qc_agenda", 0.45),
                             ("qc_annonces", 0.4), ("qc_related", 0.45), ("qc_comments", 0.35)],
                      footer=["f_qc"], layout=["blank", "nbsp"], body_noise=[None, "quad"], crlf=0.25),
    "fresh27_3": dict(site="edu", pre=[("edu_lookup", 0.45)],
                      header=[("site_name", 1.0), ("edu_countdown", 0.5), ("widget", 0.85), ("nav", 0.9),
                              ("edu_today", 0.35)],
                      widget=["w_edu_term", "w_edu_acad", "w_edu_dash"], kicker=0.5,
                      title_form=["plain", "plain", "crumb", "repeat"], title_noise=[None, None, "decomp"],
                      byline=["b_edu_follow", "b_edu_editor", "b_edu_teacher", "b_edu_desk", None],
                      publine=["p_edu_dash", "p_edu_words", "p_edu_since"], update=0.3, counter=0.4,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_meta", "bar"],
                      caption=0.6, caption_fmt=["c_edu"], headings=0.45, heading_fmt=["h_ordinal"],
                      dateline=["dl_bullet", None], mid=[("edu_tip", 0.45), ("edu_link", 0.45)],
                      after=[("edu_timetable", 0.45), ("edu_cutoff", 0.4), ("edu_calc", 0.3), ("edu_hotline", 0.4),
                             ("edu_faq", 0.35), ("edu_tags", 0.5), ("edu_src", 0.45), ("edu_share", 0.55),
                             ("edu_comments", 0.4)],
                      footer=["f_edu"], layout=["blank", "blank", "single"], body_noise=[None, "decomp"], bom=0.2),
    "fresh27_4": dict(site="cr", pre=[("cr_risk", 0.4)],
                      header=[("cr_ticker", 0.75), ("site_name", 1.0), ("widget", 0.8), ("nav", 0.9),
                              ("cr_fng", 0.45), ("cr_gas", 0.3)],
                      widget=["w_cr_utc", "w_cr_dots", "w_cr_block"], kicker=0.45,
                      title_form=["plain", "plain", "tab", "addr"], title_noise=[None, None, "quad"],
                      byline=["b_cr_by", "b_cr_role", "b_cr_guest", "b_cr_edit", "b_cr_desk", None],
                      publine=["p_cr_en", "p_cr_ar", "p_cr_rel"], update=0.35, counter=0.45,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "label_inline", "after_caption"],
                      caption=0.7, caption_fmt=["c_cr"], headings=0.4, heading_fmt=["h_bar"],
                      dateline=["dl_slash", None], mid=[("cr_price", 0.5), ("cr_ad", 0.4)],
                      after=[("cr_disclaimer", 0.6), ("cr_table", 0.4), ("cr_authorbox", 0.35), ("cr_tags", 0.5),
                             ("cr_src", 0.45), ("cr_share", 0.55), ("cr_related", 0.5), ("cr_tg", 0.35)],
                      footer=["f_cr"], layout=["blank", "tab", "single"], body_noise=[None, "fsi"], crlf=0.2),
    "fresh27_5": dict(site="avi", pre=[("avi_app", 0.35)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("avi_metar", 0.5), ("nav", 0.9),
                              ("avi_ontime", 0.4)],
                      widget=["w_avi_z", "w_avi_compact", "w_avi_two"], kicker=0.45,
                      title_form=["plain", "plain", "crumb", "repeat", "tab"], title_noise=[None, None, "decomp"],
                      byline=["b_avi_editor", "b_avi_capt", "b_avi_from", "b_avi_two", "b_avi_desk", None],
                      publine=["p_avi_z", "p_avi_compact", "p_avi_local"], update=0.35, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "after_meta", "label_line", "after_caption"],
                      caption=0.8, caption_fmt=["c_avi"], headings=0.4, heading_fmt=["h_plane", "h_plain"],
                      dateline=["dl_bullet", "dl_slash", None], mid=[("avi_flight", 0.5), ("avi_fleet", 0.35)],
                      after=[("avi_board", 0.45), ("avi_specs", 0.45), ("avi_notam", 0.35), ("avi_tags", 0.5),
                             ("avi_src", 0.45), ("avi_share", 0.55), ("avi_related", 0.5)],
                      footer=["f_avi"], layout=["blank", "nbsp", "single"], body_noise=[None, "quad"], bom=0.2),
    "fresh27_6": dict(site="bk", pre=[("bk_fairpop", 0.35)],
                      header=[("bk_quote", 0.5), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("bk_best", 0.4)],
                      widget=["w_bk_mfirst", "w_bk_month", "w_bk_rev"], kicker=0.45,
                      title_form=["plain", "plain", "tab", "repeat", "crumb"], title_noise=[None, None, "quad"],
                      byline=["b_bk_review", "b_bk_interview", "b_bk_paren", "b_bk_two", "b_bk_desk", None],
                      publine=["p_bk_mfirst", "p_bk_since", "p_bk_words"], update=0.2, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_meta", "bar", "after_caption"],
                      caption=0.7, caption_fmt=["c_bk"], headings=0.4, heading_fmt=["h_star"],
                      dateline=[None], mid=[("bk_excerpt", 0.4), ("bk_buy", 0.4)],
                      after=[("bk_card", 0.6), ("bk_rating", 0.45), ("bk_prize", 0.35), ("bk_events", 0.4),
                             ("bk_tags", 0.5), ("bk_src", 0.35), ("bk_share", 0.55), ("bk_related", 0.45),
                             ("bk_comments", 0.35)],
                      footer=["f_bk"], layout=["blank", "blank", "nbsp"], body_noise=[None, "decomp"]),
    "fresh27_7": dict(site="job", pre=[("job_cv", 0.4)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 0.9), ("job_search", 0.45),
                              ("job_stats", 0.4)],
                      widget=["w_job_pair", "w_job_pipe", "w_job_bare"], kicker=0.4,
                      title_form=["plain", "plain", "tab", "addr", "crumb"], title_noise=[None, None, "decomp"],
                      byline=["b_job_consult", "b_job_editor", "b_job_with", "b_job_desk", None],
                      publine=["p_job_added", "p_job_en", "p_job_hij"], update=0.3, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_meta", "after_caption"],
                      caption=0.6, caption_fmt=["c_job"], headings=0.4, heading_fmt=["h_case", "h_colon"],
                      dateline=["dl_bullet", None], mid=[("job_card", 0.5), ("job_tip", 0.4)],
                      after=[("job_list", 0.5), ("job_salary", 0.45), ("job_course", 0.35), ("job_alert", 0.4),
                             ("job_tags", 0.5), ("job_src", 0.45), ("job_share", 0.55), ("job_related", 0.45)],
                      footer=["f_job"], layout=["blank", "tab"], body_noise=[None, "fsi"], crlf=0.2),
    "fresh27_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["qc_lang", "edu_countdown", "cr_ticker", "bk_quote", "site_name", "widget", "avi_metar", "qc_weather",
                "nav", "sci_fact", "sci_sky", "qc_stm", "edu_today", "cr_fng", "cr_gas", "avi_ontime", "bk_best",
                "job_search", "job_stats"]
HEAD_POOL = ["qc_lang", "edu_countdown", "cr_ticker", "bk_quote", "avi_metar", "qc_weather", "sci_fact", "sci_sky",
             "qc_stm", "edu_today", "cr_fng", "cr_gas", "avi_ontime", "bk_best", "job_search", "job_stats"]
PRE_POOL = ["sci_pop", "qc_cookie", "edu_lookup", "cr_risk", "avi_app", "bk_fairpop", "job_cv"]
MID_POOL = ["sci_gloss", "sci_fig", "qc_lire", "qc_event", "edu_tip", "edu_link", "cr_price", "cr_ad", "avi_flight",
            "avi_fleet", "bk_excerpt", "bk_buy", "job_card", "job_tip"]
AFTER_POOL = ["sci_study", "sci_evidence", "sci_refs", "sci_tags", "sci_src", "sci_share", "sci_related", "sci_ask",
              "sci_licence", "qc_tags", "qc_src", "qc_share", "qc_agenda", "qc_annonces", "qc_related", "qc_comments",
              "edu_timetable", "edu_cutoff", "edu_calc", "edu_hotline", "edu_faq", "edu_tags", "edu_src", "edu_share",
              "edu_comments", "cr_disclaimer", "cr_table", "cr_authorbox", "cr_tags", "cr_src", "cr_share",
              "cr_related", "cr_tg", "avi_board", "avi_specs", "avi_notam", "avi_tags", "avi_src", "avi_share",
              "avi_related", "bk_card", "bk_rating", "bk_prize", "bk_events", "bk_tags", "bk_src", "bk_share",
              "bk_related", "bk_comments", "job_list", "job_salary", "job_course", "job_alert", "job_tags", "job_src",
              "job_share", "job_related"]
CHOICES = dict(widget=["w_sci_week", "w_sci_doy", "w_sci_moon", "w_qc_fr", "w_qc_iso", "w_qc_city", "w_edu_term",
                       "w_edu_acad", "w_edu_dash", "w_cr_utc", "w_cr_dots", "w_cr_block", "w_avi_z", "w_avi_compact",
                       "w_avi_two", "w_bk_mfirst", "w_bk_month", "w_bk_rev", "w_job_pair", "w_job_pipe",
                       "w_job_bare", None],
               byline=["b_sci_rev", "b_sci_dr", "b_sci_trans", "b_sci_two", "b_sci_desk", "b_qc_par", "b_qc_collab",
                       "b_qc_two", "b_qc_pc", "b_qc_ar", "b_qc_desk", "b_edu_follow", "b_edu_editor", "b_edu_teacher",
                       "b_edu_desk", "b_cr_by", "b_cr_role", "b_cr_guest", "b_cr_edit", "b_cr_desk", "b_avi_editor",
                       "b_avi_capt", "b_avi_from", "b_avi_two", "b_avi_desk", "b_bk_review", "b_bk_interview",
                       "b_bk_paren", "b_bk_two", "b_bk_desk", "b_job_consult", "b_job_editor", "b_job_with",
                       "b_job_desk", None],
               publine=["p_sci_online", "p_sci_iso", "p_sci_version", "p_qc_fr", "p_qc_ar", "p_qc_bi", "p_edu_dash",
                        "p_edu_words", "p_edu_since", "p_cr_en", "p_cr_ar", "p_cr_rel", "p_avi_z", "p_avi_compact",
                        "p_avi_local", "p_bk_mfirst", "p_bk_since", "p_bk_words", "p_job_added", "p_job_en",
                        "p_job_hij", None],
               caption_fmt=["c_sci", "c_qc", "c_edu", "c_cr", "c_avi", "c_bk", "c_job"],
               lede_place=["deck", "after_meta", "after_caption", "label_inline", "label_line", "bar"],
               heading_fmt=["h_plain", "h_diamond", "h_square", "h_ordinal", "h_bar", "h_plane", "h_star", "h_case",
                            "h_colon"],
               dateline=["dl_bullet", "dl_slash", None],
               footer=["f_sci", "f_qc", "f_edu", "f_cr", "f_avi", "f_bk", "f_job", None],
               body_noise=[None, "decomp", "fsi", "quad"],
               title_noise=[None, "decomp", "quad"],
               title_form=["plain", "tab", "crumb", "repeat", "addr"])
BASES = [f"fresh27_{k}" for k in range(1, 8)]


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
    own = [h for h, _ in spec["header"] if h not in HEAD_POOL]
    extra = [h for h in HEAD_POOL if rng.random() < 0.15]
    names = own + extra + ["site_name", "widget", "nav"]
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    pre = [p for p in PRE_POOL if rng.random() < 0.2]
    spec["pre"] = [(p, 1.0) for p in pre[:2]]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["mid"] = [(m, 0.25) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.16]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["layout"] = [rng.choice(["blank", "blank", "single", "nbsp", "tab"])]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    if fmt == "w_sci_week":
        iy, iw, _ = d.isocalendar()
        return [f"الأسبوع {iw} · {d.isoformat()}"]
    if fmt == "w_sci_doy":
        return [f"اليوم {d.timetuple().tm_yday} من السنة — {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_sci_moon":
        return [f"{wd} {day} {G.EG[m]} {y} · {moon_phase(d)}"]
    if fmt == "w_qc_fr":
        return [f"{FR_WD[wk]} {fr_day(day)} {FR_MON[m]} {y}"]
    if fmt == "w_qc_iso":
        return [f"{d.isoformat()} | {wd}"]
    if fmt == "w_qc_city":
        temp = rng.randint(-18, 8) if d.month in (11, 12, 1, 2, 3) else rng.randint(4, 29)
        sign = "−" if temp < 0 else ""
        return [f"{ctx['qc_city']} | {FR_WD[wk]} {fr_day(day)} {FR_MON[m]} {y} | {sign}{abs(temp)} °C"]
    if fmt == "w_edu_term":
        name, week = term_week(d)
        return [f"{wd} {day}/{m + 1}/{y} — {name}، الأسبوع {week}"]
    if fmt == "w_edu_acad":
        return [f"العام الدراسي {academic_year(d)} | {wd} {day} {G.LEV[m]} {y}"]
    if fmt == "w_edu_dash":
        return [f"{wd} {day:02d}-{m + 1:02d}-{y}م"]
    if fmt == "w_cr_utc":
        return [f"{day:02d} {EN_MON3[m]} {y} · {hm(rng.randint(0, 23), rng.randint(0, 59))} UTC"]
    if fmt == "w_cr_dots":
        return [f"{y}.{m + 1:02d}.{day:02d} | {wd}"]
    if fmt == "w_cr_block":
        height = 840000 + (d - datetime.date(2024, 4, 20)).days * 144 + rng.randint(0, 140)
        return [f"Block #{height:,} · {day} {G.EG[m]} {y}"]
    if fmt == "w_avi_z":
        return [f"{day:02d} {EN_MON3[m].upper()} {y} | {rng.randint(0, 23):02d}{rng.randint(0, 59):02d}Z"]
    if fmt == "w_avi_compact":
        return [f"{day:02d}{EN_MON3[m].upper()}{y % 100:02d} · {wd}"]
    if fmt == "w_avi_two":
        hh, mi = rng.randint(0, 19), rng.randint(0, 59)
        return [f"{wd} {day} {G.EG[m]} {y} · {hm(hh, mi)} UTC / {hm(hh + 4, mi)} GST"]
    if fmt == "w_bk_mfirst":
        return [f"{G.EG[m]} {day}، {y}"]
    if fmt == "w_bk_month":
        return [f"{wd} {day} من شهر {G.EG[m]} {y}"]
    if fmt == "w_bk_rev":
        return [f"{y}/{m + 1:02d}/{day:02d} — {wd}"]
    if fmt == "w_job_pair":
        hy, hmo, hd = G.hijri(d)
        return [f"{wd} {day:02d}-{m + 1:02d}-{y} م | {hd:02d}-{hmo:02d}-{hy} هـ"]
    if fmt == "w_job_pipe":
        return [f"{day:02d} | {G.EG[m]} | {y}"]
    if fmt == "w_job_bare":
        return [f"{WD_BARE[wk]} {day}.{m + 1}.{y}"]
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng, ctx):
    """Where and how the publication date shows: dict(meta=[meta lines], value=published truth or None)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(meta=[], value=full, fmt=fmt)
    if tm:
        hh, mi = tm
        h12 = G.h12(hh)
    if fmt == "p_sci_online":
        out["meta"] = [f"نُشر على الإنترنت: {day:02d}/{m + 1:02d}/{y}" + (f" {hm(*tm)} (GMT+3)" if tm else "")]
    elif fmt == "p_sci_iso":
        out["meta"] = [f"🕓 {d.isoformat()}" + (f"T{hm(*tm)}+03:00" if tm else "")]
    elif fmt == "p_sci_version":
        out["meta"] = [f"النسخة 1 · {day} {G.EG[m]} {y}" + (f"، {hm(*tm)}" if tm else "")]
    elif fmt == "p_qc_fr":
        out["meta"] = [f"Publié le {fr_day(day)} {FR_MON[m]} {y}" + (f" à {hh} h {mi:02d}" if tm else "")]
    elif fmt == "p_qc_ar":
        out["meta"] = [f"نُشر في {d.isoformat()}" + (f" عند {hh} h {mi:02d} ({qc_zone(d)})" if tm else "")]
    elif fmt == "p_qc_bi":
        out["meta"] = [f"{day} {G.EG[m]} {y} / {fr_day(day)} {FR_MON[m]} {y}" + (f" – {hh} h {mi:02d}" if tm else "")]
    elif fmt == "p_edu_dash":
        out["meta"] = [f"نُشر: {day}-{m + 1}-{y}" + (f" | {h12}:{mi:02d} {'ص' if hh < 12 else 'م'}" if tm else "")]
    elif fmt == "p_edu_words":
        spoken = spoken_clock(*tm) if tm else None
        clock = f" {spoken}" if spoken else (f" الساعة {hm(*tm)}" if tm else "")
        out["meta"] = [f"نُشر يوم {wd} {day} {G.LEV[m]} {y}{clock}"]
    elif fmt == "p_edu_since":
        out["meta"] = [f"{rel_age(d, tm, ctx['crawl'], rng)} | {day}/{m + 1}/{y}"]
    elif fmt == "p_cr_en":
        out["meta"] = [f"Published {EN_MON3[m]} {day}, {y}" +
                       (f" at {h12}:{mi:02d} {'a.m.' if hh < 12 else 'p.m.'} UTC" if tm else "")]
    elif fmt == "p_cr_ar":
        out["meta"] = [f"آخر الأخبار · {day} {G.EG[m]} {y}" + (f" - {hm(*tm)} بتوقيت غرينتش" if tm else "")]
    elif fmt == "p_cr_rel":
        out["value"] = None
        out["meta"] = [f"⏱ {rel_age(d, tm, ctx['crawl'], rng)}"]
    elif fmt == "p_avi_z":
        out["meta"] = [f"نُشر: {day:02d}/{m + 1:02d}/{y}" + (f" – {tm[0]:02d}{tm[1]:02d}Z" if tm else "")]
    elif fmt == "p_avi_compact":
        out["meta"] = [f"PUB {day:02d}{EN_MON3[m].upper()}{y % 100:02d}" + (f" {tm[0]:02d}{tm[1]:02d}Z" if tm else "")]
    elif fmt == "p_avi_local":
        out["meta"] = [f"{wd} {day} {G.EG[m]} {y}" + (f"، {hm(*tm)} بالتوقيت المحلي" if tm else "")]
    elif fmt == "p_bk_mfirst":
        out["meta"] = [f"{G.EG[m]} {day}، {y}" + (f" — {hm(*tm)}" if tm else "")]
    elif fmt == "p_bk_since":
        out["meta"] = [f"على الموقع منذ {day} {G.EG[m]} {y}"]
        out["value"] = d.isoformat()
    elif fmt == "p_bk_words":
        out["meta"] = [f"نُشرت هذه المادة في {day} {G.EG[m]} {y}" + (f" الساعة {hm(*tm)}" if tm else "")]
    elif fmt == "p_job_added":
        out["meta"] = [f"تاريخ الإضافة: {day:02d}/{m + 1:02d}/{y}" + (f" - {hm(*tm)}" if tm else "")]
    elif fmt == "p_job_en":
        out["meta"] = [f"Posted on {day} {EN_MON[m]} {y}" + (f", {hm(*tm)}" if tm else "")]
    elif fmt == "p_job_hij":
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"{hd} {G.HIJ[hmo - 1]} {hy}هـ ({day} {G.EG[m]} {y}م)" + (f" {hm(*tm)}" if tm else "")]
    else:
        raise ValueError(fmt)
    return out


UPDATE_OF = {"p_sci_online": "u_sci", "p_sci_iso": "u_sci", "p_sci_version": "u_sci_v", "p_qc_fr": "u_qc",
             "p_qc_ar": "u_qc", "p_qc_bi": "u_qc", "p_edu_dash": "u_edu", "p_edu_words": "u_edu",
             "p_edu_since": "u_edu", "p_cr_en": "u_cr", "p_cr_ar": "u_cr", "p_avi_z": "u_avi", "p_avi_compact": "u_avi",
             "p_avi_local": "u_avi", "p_job_added": "u_job", "p_job_en": "u_job", "p_job_hij": "u_job"}


def fmt_update(ufmt, pub, tm, crawl, rng):
    """(text, modified truth, place: 'meta' or 'after') of an update no later than the crawl day; None without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 40)))
    d, hh, mi = u.date(), u.hour, u.minute
    val = f"{d.isoformat()}T{hm(hh, mi)}"
    y, m, day = d.year, d.month - 1, d.day
    if ufmt == "u_sci":
        return (f"تصحيح: عُدّل هذا المقال في {day} {G.EG[m]} {y} لتصحيح رقم ورد فيه.", d.isoformat(), "after")
    if ufmt == "u_sci_v":
        return (f"النسخة 2 · {day} {G.EG[m]} {y}، {hm(hh, mi)}", val, "meta")
    if ufmt == "u_qc":
        return (f"Modifié le {fr_day(day)} {FR_MON[m]} {y} à {hh} h {mi:02d}", val, "meta")
    if ufmt == "u_edu":
        return (f"آخر تعديل: {day}-{m + 1}-{y} | {G.h12(hh)}:{mi:02d} {'ص' if hh < 12 else 'م'}", val, "meta")
    if ufmt == "u_cr":
        return (f"Updated {EN_MON3[m]} {day}, {y} at {G.h12(hh)}:{mi:02d} {'a.m.' if hh < 12 else 'p.m.'} UTC", val,
                "meta")
    if ufmt == "u_avi":
        return (f"UPD {day:02d}{EN_MON3[m].upper()}{y % 100:02d} {hh:02d}{mi:02d}Z", val, "meta")
    return (f"آخر تحديث للخبر: {day:02d}/{m + 1:02d}/{y}", d.isoformat(), "meta")


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


DECOMP = {"أ": "ا\u0654", "إ": "ا\u0655", "آ": "ا\u0653"}


def decomposed(text, share, rng):
    """Hamza and madda on alef written as combining marks (NFC gives the letters back)."""
    return "".join(DECOMP[c] if c in DECOMP and rng.random() < share else c for c in text)


def isolated_runs(text, rng):
    """First-strong isolates around some Latin or digit runs."""
    return re.sub(r"[A-Za-z0-9][A-Za-z0-9.,%/-]*", lambda mm: FSI + mm.group(0) + PDI if rng.random() < 0.6
                  else mm.group(0), text)


def quads(text, share, rng):
    return "".join(rng.choice([ENQUAD, EMQUAD]) if c == " " and rng.random() < share else c for c in text)


def body_noise(text, kind, rng):
    if kind == "decomp":
        return decomposed(text, 0.35, rng)
    if kind == "fsi":
        return isolated_runs(text, rng)
    if kind == "quad":
        return quads(text, 0.08, rng)
    return text


def title_noise(title, kind, rng):
    if kind == "decomp":
        return decomposed(title, 1.0, rng)
    if kind == "quad":
        return quads(title, 0.3, rng)
    return title


def heading_lines(h, fmt, k):
    if fmt == "h_ordinal":
        return [f"{ORDINALS[min(k, len(ORDINALS) - 1)]}: {h}"]
    if fmt == "h_colon":
        return [f"{h}:"]
    mark = {"h_diamond": "◆", "h_square": "■", "h_bar": "▍", "h_plane": "✈", "h_star": "❋", "h_case": "●"}.get(fmt)
    if fmt == "h_bar":
        return [f"{mark}{h}"]
    return [f"{mark} {h}"] if mark else [h]


def caption_lines(cfmt, cap, credit, rng):
    if cfmt == "c_sci":
        return [f"{cap}. الصورة: {credit} / {rng.choice(LICENCES)}"]
    if cfmt == "c_qc":
        return [f"{cap} (Photo : {credit})"]
    if cfmt == "c_edu":
        return [f"📷 {cap} — {credit}"]
    if cfmt == "c_cr":
        return [f"{cap} — Image: {credit}"]
    if cfmt == "c_avi":
        reg = f"A6-{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
        return [f"{cap} | REG: {reg} | © {credit}"]
    if cfmt == "c_bk":
        return [f"{cap} ◂ عدسة: {credit}"]
    if cfmt == "c_job":
        return [f"{cap} [صورة: {credit}]"]
    raise ValueError(cfmt)


def apply_dateline(form, doc, paras, truth, comp):
    """A dateline opening the first paragraph, only when the corpus names an agency or a site after the city."""
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl
    bare = rest.strip("«»\"' ")
    if not (G.AGENCY_CODES.get(rest) or bare in G.SITE_NAMES.values() or bare == doc["site"]):
        return None
    if form == "dl_bullet":
        paras[0] = f"{place} • {rest} • {paras[0]}"
    else:
        paras[0] = f"{rest}/{place} — {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl


def coin_price(rng, lo, hi):
    v = rng.uniform(lo, hi)
    return f"{v:,.2f}" if v >= 10 else f"{v:.4f}"


def pct(rng, lo=-6.0, hi=6.0):
    v = rng.uniform(lo, hi)
    return f"{'▲' if v >= 0 else '▼'}{abs(v):.2f}%"


# --------------------------------------------------------------- rendering
def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict), the same schema as gen_dumps.render()."""
    key = spec["site"]
    comp = {"site": key, "base": spec.get("base")}
    others = Pool([o for o in rng.sample(others, min(len(others), 60)) if fold(o) != fold(doc["title"])], rng)
    groups = []  # dicts: kind, lines, chrome (bool), glue (no separator before)

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
    site, dom, tagline, city, extra = rng.choice(SITES[key])
    year = crawl.year
    layout = pick("layout")
    section = rng.choice(SECTIONS[key])
    people = PEOPLE[key]
    name = rng.choice(people)
    name2 = rng.choice([p for p in people if p != name])
    female = name in FEMALE
    latin, latin2 = rng.sample(QC_LATIN, 2)
    ctx = dict(crawl=crawl, qc_city=extra if key == "qc" else rng.choice(["Montréal", "Laval"]),
               edu=extra if key == "edu" else rng.choice(["jo", "eg", "iq"]),
               icao=extra if key == "avi" else rng.choice(["OMDB", "HECA", "OERK"]),
               cur=extra if key == "job" else rng.choice(["ريال", "درهم", "دينار"]))
    exam = EDU_EXAM[ctx["edu"]]
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
    dl = apply_dateline(dform, doc, paras, truth, comp) if (not summary or summary != paras[0]) else None
    dl_used = dl is not None

    # the address line and the browser tab
    if tform == "addr":
        ident = rng.randint(100000, 999999)
        if pinfo and pinfo["value"]:
            add("addr", [f"{dom}/ar/{pub.year}/{pub.month:02d}/{pub.day:02d}/{ident}"])
        else:
            add("addr", [f"{dom}/ar/news/{ident}"])
    if tform == "tab":
        add("tab", [f"{title}{rng.choice([' ∙ ', ' // ', ' — '])}{site}"])

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "sci_pop":
            add("popup", ["📬 انضم إلى أكثر من 40 ألف قارئ يتلقون نشرتنا العلمية كل أحد", "بريدك الإلكتروني", "اشترك",
                          "لا شكرًا"])
        elif pname == "qc_cookie":
            add("cookie", ["Ce site utilise des témoins de navigation (cookies) afin d’améliorer votre expérience.",
                           "J’accepte", "Personnaliser"])
        elif pname == "edu_lookup":
            add("lookup", ["🔎 استعلم عن نتيجتك الآن", f"أدخل {EDU_SEAT[ctx['edu']]}", "عرض النتيجة"])
        elif pname == "cr_risk":
            add("risk", ["⚠ تداول العملات الرقمية ينطوي على مخاطر عالية وقد تخسر رأس مالك بالكامل."])
        elif pname == "avi_app":
            add("app", [f"✈ حمّل تطبيق {site} لمتابعة الرحلات لحظة بلحظة", "App Store · Google Play"])
        elif pname == "bk_fairpop":
            a = future(crawl, rng, 5, 60)
            b = a + datetime.timedelta(days=rng.randint(6, 10))
            add("popup", [f"📚 {rng.choice(BK_FAIRS)}: من {a.day} {G.EG[a.month - 1]} إلى {b.day} {G.EG[b.month - 1]}"
                          f" — احجز تذكرتك"])
        elif pname == "job_cv":
            add("cv", ["📄 ارفع سيرتك الذاتية ودع أصحاب العمل يجدونك", "ارفع الآن"])

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
            sep = {"qc": " · ", "edu": " ▪ ", "cr": "  ", "bk": " / "}.get(key)
            add("nav", [sep.join(items)] if sep else items)
        elif hname == "sci_fact":
            add("fact", [f"💡 هل تعلم؟ {rng.choice(FACTS)}"])
        elif hname == "sci_sky":
            add("sky", [f"🔭 سماء الليلة: {rng.choice(SKY)}"])
        elif hname == "qc_lang":
            add("lang", ["Français | English | العربية"])
        elif hname == "qc_weather":
            cold = crawl.month in (11, 12, 1, 2, 3)
            t1 = rng.randint(-20, 6) if cold else rng.randint(5, 30)
            t2 = t1 + rng.randint(-2, 2)
            add("weather", [f"Météo : Montréal {t1} °C {'❄' if cold else '☁'} · Laval {t2} °C "
                            f"{'❄' if cold else '☀'}".replace("-", "−")])
        elif hname == "qc_stm":
            add("stm", [rng.choice(["STM : service normal sur les lignes verte, orange, jaune et bleue",
                                    "STM : interruption de service sur la ligne orange entre Berri-UQAM et "
                                    "Lionel-Groulx"])])
        elif hname == "edu_countdown":
            add("countdown", [f"⏳ متبقٍ على إعلان نتائج {exam}: {rng.randint(3, 10)} أيام {rng.randint(3, 10)} ساعات"])
        elif hname == "edu_today":
            at = rng.choice(["9:00", "10:00", "11:30"])
            add("today", [f"امتحان اليوم: {rng.choice(EDU_SUBJECTS)} — {at} صباحًا"])
        elif hname == "cr_ticker":
            add("ticker", [" | ".join(f"{c} ${coin_price(rng, lo, hi)} {pct(rng)}"
                                      for c, lo, hi in rng.sample(COINS, rng.randint(3, 5)))])
        elif hname == "cr_fng":
            v = rng.randint(8, 92)
            label = ("خوف شديد" if v < 25 else "خوف" if v < 45 else "محايد" if v < 56 else "طمع" if v < 76
                     else "طمع شديد")
            add("fng", [f"مؤشر الخوف والطمع: {v} ({label})"])
        elif hname == "cr_gas":
            add("gas", [f"⛽ رسوم الغاز على إيثريوم: {rng.randint(3, 60)} gwei"])
        elif hname == "avi_metar":
            t = rng.randint(8, 44)
            add("metar", [f"METAR {ctx['icao']} {crawl.day:02d}{rng.randint(0, 23):02d}{rng.choice([0, 30]):02d}Z "
                          f"{rng.randint(0, 35) * 10:03d}{rng.randint(3, 25):02d}KT "
                          f"{rng.choice(['CAVOK', '9999 FEW040', '8000 HZ', '6000 SCT030'])} "
                          f"{t:02d}/{max(0, t - rng.randint(5, 30)):02d} Q{rng.randint(998, 1022)} NOSIG"])
        elif hname == "avi_ontime":
            ports = rng.sample(AVI_AIRPORTS, 3)
            add("ontime", ["الالتزام بالمواعيد اليوم: " + " · ".join(f"{a[0]} {rng.randint(72, 99)}%" for a in ports)])
        elif hname == "bk_quote":
            q, who = rng.choice(BK_QUOTES)
            add("quote", [f"اقتباس اليوم: «{q}» — {who}"])
        elif hname == "bk_best":
            add("best", [f"الأكثر مبيعًا هذا الأسبوع: «{rng.choice(BK_TITLES)}» لـ{rng.choice(BK_WRITERS)}"])
        elif hname == "job_search":
            add("search", ["ابحث عن وظيفتك", "المسمى الوظيفي | المدينة | سنوات الخبرة", "بحث"])
        elif hname == "job_stats":
            add("stats", [f"📊 {rng.randint(800, 9000):,} وظيفة جديدة هذا الأسبوع"])
        comp.setdefault("header", []).append(hname)

    # the article's head
    tnoise = pick("title_noise")
    shown_title = title_noise(title, tnoise, rng)

    cap_group = None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        ckey = cfmt[2:]
        cap = rng.choice(CAPTIONS[ckey])
        credit = rng.choice(CREDITS[ckey])
        truth["images"].append({"caption": cap, "credit": credit})
        cap_group = caption_lines(cfmt, cap, credit, rng)

    kicker = None
    if rng.random() < spec["kicker"]:
        kicker = {"sci": f"🔬 {section}", "qc": section.upper(), "edu": f"{section} | {exam}",
                  "cr": f"{section} · {rng.choice(COINS)[0]}", "avi": section, "bk": f"{section} /",
                  "job": f"{section} ›"}[key]

    # meta lines
    meta = []
    authors = []
    verb = "كتبت" if female else "كتب"
    if bfmt == "b_sci_rev":
        meta.append(f"{verb}: {name} | راجعه علميًا: د. {name2}")
        authors = [name]
    elif bfmt == "b_sci_dr":
        field = rng.choice(["علم الأحياء الدقيقة", "الفيزياء الفلكية", "علوم المناخ", "علم الأعصاب"])
        meta.append(f"د. {name}، {'باحثة' if female else 'باحث'} في {field}")
        authors = [name]
    elif bfmt == "b_sci_trans":
        meta.append(f"بقلم {name} · ترجمة {name2}")
        authors = [name]
    elif bfmt == "b_sci_two":
        meta.append(f"{name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_sci_desk":
        meta.append("فريق التحرير العلمي")
    elif bfmt == "b_qc_par":
        meta.append(f"Par {latin}")
        authors = [latin]
    elif bfmt == "b_qc_collab":
        meta.append(f"{latin}, collaboration spéciale")
        authors = [latin]
    elif bfmt == "b_qc_two":
        meta.append(f"{latin} et {latin2}")
        authors = [latin, latin2]
    elif bfmt == "b_qc_pc":
        meta.append(f"Par {latin}, avec La Presse Canadienne")
        authors = [latin]
    elif bfmt == "b_qc_ar":
        where = city if key == "qc" else rng.choice(["مونتريال", "لافال"])
        meta.append(f"{name} – {'مراسلة' if female else 'مراسل'} {site} في {where}")
        authors = [name]
    elif bfmt == "b_qc_desk":
        meta.append("La rédaction")
    elif bfmt == "b_edu_follow":
        meta.append(f"متابعة: {name}")
        authors = [name]
    elif bfmt == "b_edu_editor":
        meta.append(f"{name} - {'محررة' if female else 'محرر'} الشؤون التعليمية")
        authors = [name]
    elif bfmt == "b_edu_teacher":
        meta.append(f"إعداد: {'الأستاذة' if female else 'الأستاذ'} {name}، {'مدرّسة' if female else 'مدرّس'} "
                    f"{rng.choice(EDU_SUBJECTS)}")
        authors = [name]
    elif bfmt == "b_edu_desk":
        meta.append(f"محرر {site}")
    elif bfmt == "b_cr_by":
        handle = HANDLES[people.index(name) % len(HANDLES)] if key == "cr" else rng.choice(HANDLES)
        meta.append(f"بواسطة {name} ({handle})")
        authors = [name]
    elif bfmt == "b_cr_role":
        meta.append(f"{name} — {'محللة' if female else 'محلل'} أسواق")
        authors = [name]
    elif bfmt == "b_cr_guest":
        meta.append(f"Guest post · {name}")
        authors = [name]
    elif bfmt == "b_cr_edit":
        meta.append(f"{name} | تحرير: {name2}")
        authors = [name]
    elif bfmt == "b_cr_desk":
        meta.append(f"فريق تحرير {site}")
    elif bfmt == "b_avi_editor":
        meta.append(f"{'محررة' if female else 'محرر'} الطيران: {name}")
        authors = [name]
    elif bfmt == "b_avi_capt":
        meta.append(f"الكابتن {name}")
        authors = [name]
    elif bfmt == "b_avi_from":
        where = rng.choice(["معرض دبي للطيران", "معرض فارنبورو", "مطار الملك خالد الدولي", "قمة الطيران العربي"])
        meta.append(f"{name} من {where}")
        authors = [name]
    elif bfmt == "b_avi_two":
        meta.append(f"{name} & {name2}")
        authors = [name, name2]
    elif bfmt == "b_avi_desk":
        meta.append("غرفة أخبار الطيران")
    elif bfmt == "b_bk_review":
        meta.append(f"{rng.choice(['عرض', 'قراءة'])}: {name}")
        authors = [name]
    elif bfmt == "b_bk_interview":
        meta.append(f"{'حاورته' if female else 'حاوره'}: {name}")
        authors = [name]
    elif bfmt == "b_bk_paren":
        meta.append(f"{name} ({'روائية وناقدة' if female else 'روائي وناقد'})")
        authors = [name]
    elif bfmt == "b_bk_two":
        meta.append(f"قراءة: {name} بالاشتراك مع {name2}")
        authors = [name, name2]
    elif bfmt == "b_bk_desk":
        meta.append("قسم الثقافة")
    elif bfmt == "b_job_consult":
        meta.append(f"{'كتبته' if female else 'كتبه'}: {name} — {'مستشارة' if female else 'مستشار'} موارد بشرية")
        authors = [name]
    elif bfmt == "b_job_editor":
        meta.append(f"{name}، {'محررة' if female else 'محرر'} سوق العمل")
        authors = [name]
    elif bfmt == "b_job_with":
        meta.append(f"{'المهندسة' if female else 'المهندس'} {name} بالاشتراك مع {name2}")
        authors = [name, name2]
    elif bfmt == "b_job_desk":
        meta.append("فريق المحتوى")
    correction = None
    if pinfo:
        meta += pinfo["meta"]
        ufmt = UPDATE_OF.get(pinfo["fmt"])
        if ufmt and pinfo["value"] and rng.random() < spec["update"]:
            upd = fmt_update(ufmt, pub, tm, crawl, rng)
            if upd:
                line, mod, where = upd
                if where == "meta":
                    meta.append(line)
                else:
                    correction = line
                truth["modified"] = mod
                comp["update"] = where
    truth["authors"] = authors
    if rng.random() < spec["counter"]:
        n = rng.randint(3, 10)
        meta.append({"sci": f"⏱ {n} دقائق قراءة · مستوى الصعوبة: {rng.choice(['سهل', 'متوسط', 'متقدم'])}",
                     "qc": f"Temps de lecture : {n} min", "edu": f"👁 {n * 311:,} مشاهدة", "cr": f"{n} min read",
                     "avi": f"قراءة في {n} دقائق", "bk": f"📖 {n} دقائق للقراءة", "job": f"👁 شوهد {n * 97} مرة"}[key])

    label = LEDE_LABEL[key]
    marked = ("label_inline", "label_line", "bar")
    if tform == "crumb":
        path = [HOME[key], section]
        if rng.random() < 0.4:
            path.append(rng.choice([s for s in SECTIONS[key] if s != section]))
        add("crumb", [rng.choice([" › ", " ⟩ "]).join(path)])
    if kicker:
        add("kicker", [kicker])
    add("title", [shown_title], chrome=False)
    if summary and lede_place == "deck":
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
    if summary and lede_place == "bar":
        add("lede", [f"┃ {summary}"], chrome=False)
    if cap_group:
        add("caption", cap_group)
    if summary and lede_place == "after_caption":
        add("lede", [summary], chrome=False)
    comp["lede_place"] = lede_place if summary else None
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
    spots = [i for i in range(1, len(blocks)) if blocks[i - 1]["type"] == "paragraph"]
    positions = {}
    for mname in mids:
        if spots:
            positions.setdefault(rng.choice(spots), []).append(mname)
    hfmt = pick("heading_fmt")
    nhead = 0
    for i, b in enumerate(blocks):
        for mname in positions.get(i, []):
            add("mid", mid_lines(mname, rng, ctx, others, site, dom, crawl))
        if b["type"] == "heading":
            add("heading", heading_lines(b["text"], hfmt, nhead), chrome=False)
            nhead += 1
            continue
        add("body", [body_noise(b["text"], nkind, rng)], chrome=False)
    if correction:
        add("correction", [correction])

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
        kind = aname.split("_", 1)[1]
        if kind == "src":
            if truth["sources"] or not doc["site"]:
                continue
            if aname == "sci_src":
                srcs = src_list(["بيان صحفي للجامعة", "وكالات", "EurekAlert"])
                add("sources", ["المصدر: " + "، ".join(srcs)])
            elif aname == "qc_src":
                srcs = src_list(["La Presse Canadienne", "Radio-Canada", "وكالات"])
                add("sources", ["Source : " + ", ".join(srcs)])
            elif aname == "edu_src":
                srcs = src_list(["وزارة التربية والتعليم", "وكالات"])
                add("sources", ["نقلًا عن: " + "، ".join(srcs)])
            elif aname == "cr_src":
                srcs = src_list(["CoinDesk", "The Block", "وكالات"])
                add("sources", ["Sources: " + ", ".join(srcs)])
            elif aname == "avi_src":
                srcs = src_list(["بيان الشركة", "هيئة الطيران المدني", "وكالات"])
                add("sources", ["المصادر: " + "، ".join(srcs)])
            elif aname == "bk_src":
                srcs = src_list(["دار النشر", "وكالات"])
                add("sources", ["المصدر: " + " / ".join(srcs)])
            else:
                srcs = src_list(["هيئة الإحصاء", "وزارة الموارد البشرية", "وكالات"])
                add("sources", ["مصدر البيانات: " + "، ".join(srcs)])
            truth["sources"] = srcs
        elif kind == "tags":
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            line = {"sci_tags": "وسوم: " + " · ".join(tags), "qc_tags": "Mots-clés : " + ", ".join(tags),
                    "edu_tags": "كلمات دالة: " + "، ".join(tags), "cr_tags": "Tags: " + ", ".join(tags),
                    "avi_tags": "وسوم: " + " | ".join(tags), "bk_tags": "موضوعات: " + "، ".join(tags),
                    "job_tags": "تصنيفات: " + "، ".join(tags)}[aname]
            add("tags", [line])
            truth["tags"] = tags
        else:
            lines = after_lines(aname, rng, ctx, others, site, dom, crawl, truth["authors"], exam)
            if not lines:
                continue
            add(kind, lines)
        comp.setdefault("after", []).append(aname)

    ffmt = pick("footer")
    if ffmt:
        add("footer", {
            "f_sci": [f"© {year} {site} — المحتوى العلمي مراجع من خبراء",
                      "عن المجلة · هيئة التحرير · سياسة التصحيح · اتصل بنا"],
            "f_qc": [f"© {year} {site} — Tous droits réservés",
                     "À propos · Publicité · Politique de confidentialité · Nous joindre"],
            "f_edu": [f"جميع الحقوق محفوظة © {year} {site}", "تنويه: البوابة غير تابعة لأي جهة حكومية"],
            "f_cr": [f"© {year} {site}. All rights reserved.", "تحذير المخاطر · سياسة الخصوصية · أعلن معنا"],
            "f_avi": [f"© {year} {site}", "من نحن | فريق التحرير | أعلن معنا | الخصوصية"],
            "f_bk": [f"{site} © {year} — جميع الحقوق محفوظة", "من نحن · انشر معنا · المتجر · اتصل بنا"],
            "f_job": [f"© {year} {site} — جميع الحقوق محفوظة", "للشركات: أعلن عن وظيفة · الشروط والأحكام · الخصوصية"],
        }[ffmt])

    # layout
    single = layout == "single"
    sep = {"nbsp": NBSP, "tab": "\t"}.get(layout, "")
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


def mid_lines(mname, rng, ctx, others, site, dom, crawl):
    """Lines of a box between two paragraphs."""
    if mname == "sci_gloss":
        term, definition = rng.choice(GLOSSARY)
        return [f"📖 مصطلح: {term} — {definition}."]
    if mname == "sci_fig":
        what = rng.choice(["تغير المتوسط السنوي بين 1990 و2020", "نتائج المجموعتين بعد عام من المتابعة",
                           "توزيع العينات حسب المنطقة", "مقارنة القياسات قبل التجربة وبعدها"])
        return [f"[الشكل {rng.randint(1, 4)}: رسم بياني يوضح {what}]"]
    if mname == "qc_lire":
        return [f"À lire aussi : {others.pop()}"]
    if mname == "qc_event":
        a = future(crawl, rng, 3, 30)
        return [f"📅 À l’agenda : {rng.choice(QC_EVENTS)}, {FR_WD[a.weekday()]} {fr_day(a.day)} {FR_MON[a.month - 1]}, "
                f"{rng.randint(10, 20)} h — {rng.choice(QC_PLACES)}"]
    if mname == "edu_tip":
        return [f"💡 نصيحة: {rng.choice(EDU_TIPS)}"]
    if mname == "edu_link":
        return [f"🔗 رابط النتائج الرسمي ← {dom}/results"]
    if mname == "cr_price":
        c, lo, hi = rng.choice(COINS)
        return [f"سعر {c} الآن: {coin_price(rng, lo, hi)} دولار | التغير خلال 24 ساعة: {pct(rng)}"]
    if mname == "cr_ad":
        return ["إعلان", f"تداول بأمان مع {rng.choice(CR_EXCH)} — رسوم تبدأ من 0.1%"]
    if mname == "avi_flight":
        code, _ = rng.choice(AVI_AIRLINES)
        a, b = rng.sample(AVI_AIRPORTS, 2)
        return [f"رحلة {code}{rng.randint(100, 989)} | {a[2]} ({a[0]}) ← {b[2]} ({b[0]}) | المغادرة "
                f"{hm(rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))} | "
                f"{rng.choice(['في الموعد', 'متأخرة', 'أقلعت', 'ملغاة'])}"]
    if mname == "avi_fleet":
        _, airline = rng.choice(AVI_AIRLINES)
        return [f"أسطول {airline}: {rng.randint(18, 160)} طائرة | متوسط العمر {rng.randint(30, 140) / 10:.1f} سنوات"]
    if mname == "bk_excerpt":
        return ["من أجواء الكتاب:", rng.choice(BK_EXCERPTS)]
    if mname == "bk_buy":
        return [f"🛒 اشترِ الكتاب من متجر {site} — {rng.randint(8, 30)} دولارًا"]
    if mname == "job_card":
        a = future(crawl, rng, 5, 45)
        return [f"وظيفة شاغرة: {rng.choice(JOB_TITLES)} — {rng.choice(JOB_COMPANIES)} — {rng.choice(JOB_CITIES)} — "
                f"آخر موعد للتقديم: {a.day}/{a.month}/{a.year}"]
    if mname == "job_tip":
        return [f"💼 نصيحة مهنية: {rng.choice(JOB_TIPS)}"]
    raise ValueError(mname)


def after_lines(aname, rng, ctx, others, site, dom, crawl, authors, exam):
    """Lines of a block after the body (not sources or tags); [] to skip it."""
    y = crawl.year
    if aname == "sci_study":
        jd = crawl - datetime.timedelta(days=rng.randint(2, 40))
        return ["عن الدراسة", f"العنوان: {rng.choice(STUDY_TITLES)}", f"المجلة: {rng.choice(JOURNALS)}",
                f"تاريخ النشر في المجلة: {jd.day} {G.EG[jd.month - 1]} {jd.year}",
                f"الباحث الرئيسي: {rng.choice(RESEARCHERS)} ({rng.choice(UNIVERSITIES)})",
                f"DOI: 10.{rng.randint(1000, 1099)}/s{rng.randint(41000, 41999)}-{jd.year % 100:02d}-"
                f"{rng.randint(10000, 99999)}-{rng.randint(0, 9)}"]
    if aname == "sci_evidence":
        k = rng.randint(1, 5)
        what = rng.choice(["دراسة رصدية على 1,240 مشاركًا", "تجربة سريرية عشوائية", "دراسة على الفئران",
                           "تحليل تلوي لـ23 دراسة", "نموذج حاسوبي"])
        return [f"قوة الأدلة: {'●' * k}{'○' * (5 - k)} ({what})"]
    if aname == "sci_refs":
        lines = ["المراجع"]
        for i in range(1, rng.randint(2, 4) + 1):
            lines.append(f"{i}. {rng.choice(RESEARCHERS)} وآخرون، {rng.choice(JOURNALS)}، {y - rng.randint(0, 6)}.")
        return lines
    if aname == "sci_share":
        return ["شارك المعرفة:", "فيسبوك · إكس · واتساب · نسخ الرابط"]
    if aname == "sci_related":
        return ["من الأرشيف العلمي"] + [f"🔹 {others.pop()}" for _ in range(rng.randint(2, 4))]
    if aname == "sci_ask":
        return ["هل لديك سؤال علمي؟ أرسله إلينا وسيجيب عنه أحد خبرائنا", "أرسل سؤالك"]
    if aname == "sci_licence":
        return [f"هذا المقال منشور بموجب رخصة المشاع الإبداعي {rng.choice(LICENCES[:2] + LICENCES[3:])}، ويمكن إعادة "
                f"نشره مع ذكر المصدر."]
    if aname == "qc_share":
        return ["Partager :", "Facebook | Messenger | Courriel | Imprimer"]
    if aname == "qc_agenda":
        lines = ["Agenda communautaire"]
        a = crawl
        for ev in rng.sample(QC_EVENTS, rng.randint(2, 3)):
            a = future(a, rng, 2, 12)
            lines.append(f"{FR_WD[a.weekday()]} {fr_day(a.day)} {FR_MON[a.month - 1]} — {ev} — {rng.choice(QC_PLACES)}")
        return lines
    if aname == "qc_annonces":
        lines = ["Petites annonces"]
        for ad in rng.sample(QC_ANNONCES, rng.randint(2, 3)):
            lines.append(ad.format(p=f"{rng.randint(4, 30) * 50:,}".replace(",", " ")) +
                         f" — 514-555-01{rng.randint(10, 99)}")
        return lines
    if aname == "qc_related":
        return ["À lire aussi"] + [f"→ {others.pop()}" for _ in range(rng.randint(2, 4))]
    if aname == "qc_comments":
        n = rng.randint(1, 3)
        lines = [f"Réactions ({n})"]
        for who in rng.sample(QC_COMMENTERS, n):
            lines += [f"{who} — il y a {rng.randint(1, 20)} h", rng.choice(QC_COMMENTS)]
        return lines + ["Ajouter un commentaire"]
    if aname == "edu_timetable":
        lines = [f"جدول امتحانات {exam} {y}", "اليوم | التاريخ | المادة | الوقت"]
        a = crawl
        for subj in rng.sample(EDU_SUBJECTS, rng.randint(3, 4)):
            a = future(a, rng, 1, 4)
            lines.append(f"{G.WD[a.weekday()]} | {a.day}/{a.month} | {subj} | {rng.choice(['9:00', '10:00', '11:30'])}")
        return lines
    if aname == "edu_cutoff":
        lines = [f"معدلات القبول المتوقعة {y}"]
        for fac in rng.sample(EDU_FACULTIES, rng.randint(3, 5)):
            lines.append(f"{fac} — {rng.randint(700, 995) / 10:.1f}")
        return lines
    if aname == "edu_calc":
        return ["احسب معدلك", "أدخل علامات المواد ليظهر معدلك التقريبي", "احسب"]
    if aname == "edu_hotline":
        return [f"للاستفسار: الخط الساخن {EDU_HOT[ctx['edu']]} (من 8 صباحًا حتى 3 عصرًا)"]
    if aname == "edu_faq":
        return ["أسئلة شائعة", "س: متى تُعلن النتائج؟", "ج: يُتوقع إعلانها خلال الأيام المقبلة عبر الموقع الرسمي.",
                "س: هل يمكن الاعتراض على العلامة؟", "ج: نعم، خلال أسبوع من إعلان النتائج."]
    if aname == "edu_share":
        return ["شارك الخبر مع زملائك", "واتساب | تيليجرام | فيسبوك"]
    if aname == "edu_comments":
        n = rng.randint(1, 3)
        lines = [f"تعليقات الطلبة ({n})"]
        for who in rng.sample(EDU_COMMENTERS, n):
            lines += [f"{who}:", rng.choice(EDU_COMMENTS)]
        return lines
    if aname == "cr_disclaimer":
        return ["إخلاء مسؤولية: المحتوى المنشور لأغراض إعلامية فقط ولا يُعد نصيحة استثمارية. قم ببحثك الخاص قبل "
                "اتخاذ أي قرار."]
    if aname == "cr_table":
        lines = ["أسعار العملات الرقمية الآن", "العملة | السعر (USD) | 24h"]
        for c, lo, hi in rng.sample(COINS, rng.randint(3, 5)):
            lines.append(f"{c} | {coin_price(rng, lo, hi)} | {pct(rng)}")
        return lines
    if aname == "cr_authorbox":
        if not authors:
            return []
        a = authors[0]
        return ["عن الكاتب", f"{a} {'كاتبة متخصصة' if a in FEMALE else 'كاتب متخصص'} في أسواق العملات الرقمية "
                             f"والتقنية المالية."]
    if aname == "cr_share":
        return ["شارك:", "X · Telegram · Reddit · Copy link"]
    if aname == "cr_related":
        return ["اقرأ التالي"] + [f"› {others.pop()}" for _ in range(rng.randint(2, 4))]
    if aname == "cr_tg":
        return ["📣 انضم إلى قناتنا على تيليجرام لتصلك الأخبار أولًا بأول", f"t.me/{dom.split('.')[0]}"]
    if aname == "avi_board":
        port = next((a for a in AVI_AIRPORTS if a[1] == ctx["icao"]), AVI_AIRPORTS[0])
        lines = [f"المغادرون — {port[2]} ({port[0]})", "الرحلة | الوجهة | الموعد | البوابة | الحالة"]
        for dest in rng.sample([a for a in AVI_AIRPORTS if a != port], rng.randint(3, 5)):
            code, _ = rng.choice(AVI_AIRLINES)
            lines.append(f"{code}{rng.randint(100, 989)} | {dest[2]} ({dest[0]}) | "
                         f"{hm(rng.randint(0, 23), rng.choice([0, 10, 20, 30, 40, 50]))} | "
                         f"{rng.choice('ABCD')}{rng.randint(1, 40)} | "
                         f"{rng.choice(['في الموعد', 'الصعود إلى الطائرة', 'متأخرة', 'البوابة مغلقة'])}")
        return lines
    if aname == "avi_specs":
        t, rangekm, seats = rng.choice(AVI_TYPES)
        return ["بطاقة الطائرة", f"الطراز: {t}", f"المدى: {rangekm}", f"المقاعد: {seats}"]
    if aname == "avi_notam":
        a = datetime.datetime(crawl.year, crawl.month, crawl.day, rng.randint(0, 23)) + \
            datetime.timedelta(days=rng.randint(1, 10))
        b = a + datetime.timedelta(hours=rng.randint(2, 8))
        rwy = rng.choice(["12L/30R", "16R/34L", "05/23", "09/27"])
        return [f"NOTAM A{rng.randint(1000, 4999)}/{crawl.year % 100:02d}: إغلاق المدرج {rwy} للصيانة من "
                f"{a:%y%m%d%H}00 إلى {b:%y%m%d%H}00"]
    if aname == "avi_share":
        return ["شارك الخبر ✈", "فيسبوك | إكس | لينكدإن | واتساب"]
    if aname == "avi_related":
        return ["أخبار طيران أخرى"] + [f"— {others.pop()}" for _ in range(rng.randint(2, 4))]
    if aname == "bk_card":
        return ["بطاقة الكتاب", f"العنوان: «{rng.choice(BK_TITLES)}»", f"المؤلف: {rng.choice(BK_WRITERS)}",
                f"الناشر: {rng.choice(BK_PUBLISHERS)}", f"سنة النشر: {y - rng.randint(0, 2)}",
                f"عدد الصفحات: {rng.randint(120, 520)}",
                f"ISBN: 978-{rng.randint(9948, 9960)}-{rng.randint(10, 99)}-{rng.randint(100, 999)}-"
                f"{rng.randint(0, 9)}"]
    if aname == "bk_rating":
        s = rng.randint(3, 5)
        return [f"تقييم القراء: {'★' * s}{'☆' * (5 - s)} {rng.randint(s * 10 - 9, s * 10) / 10:.1f} "
                f"({rng.randint(12, 900)} تقييمًا)"]
    if aname == "bk_prize":
        lines = [f"القائمة القصيرة لـ{rng.choice(BK_PRIZES)} {y}"]
        for i, (t, w) in enumerate(zip(rng.sample(BK_TITLES, 3), rng.sample(BK_WRITERS, 3)), 1):
            lines.append(f"{i}. «{t}» — {w}")
        return lines
    if aname == "bk_events":
        a = future(crawl, rng, 3, 40)
        return ["مواعيد", f"حفل توقيع «{rng.choice(BK_TITLES)}» يوم {G.WD[a.weekday()]} {a.day} {G.EG[a.month - 1]} في "
                          f"{rng.choice(BK_FAIRS)}"]
    if aname == "bk_share":
        return ["شارك المراجعة", "فيسبوك · إكس · غودريدز"]
    if aname == "bk_related":
        return ["مراجعات أخرى"] + [f"• {others.pop()}" for _ in range(rng.randint(2, 4))]
    if aname == "bk_comments":
        n = rng.randint(1, 3)
        lines = [f"نقاش القراء — {n} تعليقات"]
        for who in rng.sample(BK_COMMENTERS, n):
            lines += [f"{who} ({rng.randint(1, 5)}★)", rng.choice(BK_COMMENTS)]
        return lines
    if aname == "job_list":
        lines = ["أحدث الوظائف"]
        for t in rng.sample(JOB_TITLES, rng.randint(2, 4)):
            a = future(crawl, rng, 5, 45)
            lines.append(f"{t} — {rng.choice(JOB_COMPANIES)} — {rng.choice(JOB_CITIES)} — آخر موعد: "
                         f"{a.day}/{a.month}/{a.year}")
        return lines
    if aname == "job_salary":
        lines = [f"دليل الرواتب {y} ({ctx['cur']} شهريًا)"]
        for t in rng.sample(JOB_TITLES, rng.randint(3, 4)):
            lo = rng.randint(4, 25) * 1000
            lines.append(f"{t}: {lo:,} - {lo + rng.randint(2, 12) * 1000:,}")
        return lines
    if aname == "job_course":
        a = future(crawl, rng, 7, 60)
        return [f"🎓 {rng.choice(JOB_COURSES)} — تبدأ {G.WD[a.weekday()]} {a.day} {G.EG[a.month - 1]} {a.year} — "
                f"التسجيل مفتوح"]
    if aname == "job_alert":
        return ["🔔 أنشئ تنبيه وظائف وتصلك الفرص المناسبة على بريدك", "إنشاء تنبيه"]
    if aname == "job_share":
        return ["شارك الفرصة", "لينكدإن · واتساب · إكس"]
    if aname == "job_related":
        return ["قد يهمك في سوق العمل"] + [f"◦ {others.pop()}" for _ in range(rng.randint(2, 4))]
    raise ValueError(aname)


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
