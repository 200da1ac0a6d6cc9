"""The `fresh26` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh26 --n 2000 --seed 109
    python3 bench/textdump/score_dumps.py --split fresh26 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH26 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by a helper who has not read the extractor, its tests, its
fixtures or its benchmark notes (nor the sealed fresh21 ... fresh25 modules).
No kind of page here is meant to be one that the tune, held-out, fresh,
fresh2, ..., fresh20 styles render (as far as gen_dumps.py and those modules
show). Only the aggregate rows of `score_dumps.py --split fresh26` are ever
reported; once the extractor is changed because of anything learnt here, the
split is spent.

The eight styles (`fresh26_1` ... `fresh26_7`, and `fresh26_mixed`, a
per-document random draw of the others' components) imitate text dumps of
seven kinds of mainstream Arabic news pages:

- `fresh26_1`: the Arabic service of a European public broadcaster (German,
  Swiss or French): a language picker, German or French consent banners and
  dates, a lede under the title, the writer and a dotted date, photo credits
  in the agency/photographer form, video and audio teasers, the editors'
  initials with the agencies in brackets after the body, topic chips, a
  related list with kind labels, a short permanent link.
- `fresh26_2`: the foreign-press translation section of a pan-Arab portal:
  the translated outlet, the original writer and the translator, the
  original publication date (and an original URL with its date) beside the
  page's own, a Hijri-first or Eastern-Arabic-digit header date, a labelled
  summary, a disclaimer, comment counts.
- `fresh26_3`: a long-read of an Arab investigative-journalism network: a
  donation bar, a team credit block with roles, a contents list of the
  chapters, chapter labels over the headings, document captions, shareable
  quotes repeated from the text, charts, the methodology, the support note,
  co-publishing partners, data sources, a series box, a licence footer.
- `fresh26_4`: a book review in the cultural supplement of an Algerian,
  Moroccan or Tunisian daily: French chrome, Maghrebi and Hijri dates, the
  supplement's issue number, a book card (title, author, translator,
  publisher, year, pages), a starred byline with its footnote, pull quotes,
  other reviewed books, readers' comments.
- `fresh26_5`: the education section of an Egyptian, Jordanian or Iraqi news
  portal: exam countdowns, a results search box by seat number, Coptic and
  Hijri dates beside the Gregorian one, a temperature before the date,
  `كتب` bylines, many inline "read also" links, exam timetables with future
  dates, a follow-on-Google-News prompt, a most-read list with times.
- `fresh26_6`: the Arabic edition of a popular-science magazine: English
  dates, a writer with translator and scientific reviewer, reading time on
  the date line, figure captions with English credits, definition boxes, the
  study box (English title, journal, the study's own date, DOI), a citation
  line with its own date.
- `fresh26_7`: the Arabic news service of an intergovernmental organisation:
  the six official languages and more, `نيسان/أبريل`-style dates after a topic
  label, credits on their own line, audio reports, quoted officials, goal
  labels, related stories each with its date, a subscription box.

Site names, people, books, journals, partners and the vocabulary are
invented (names of real wire agencies, foreign newspapers, photo agencies and
scientific bodies appear as credits and sources, as on real pages). The
corpus texts, the lede choice (abstract / teaser / promoted first paragraph),
the inserted headings and the other articles' titles in related blocks are
the gen_dumps.py ones.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once. A browser-tab line (`TITLE — SITE`), a
  repeat after the meta lines, a citation line quoting it, a series box and
  an original-headline line are chrome (a repeat equal to the title is left
  out of the chrome list).
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its language, digits or calendar; with two calendars
  (Hijri, Coptic) or two languages, the Gregorian day. A temperature or a
  city before the date and the supplement's issue number beside it are no
  part of it. Exam countdowns and timetables, the original article's date,
  the study's date, the citation's date, related stories' dates and comment
  times are no widget. Pages without a widget: null.
- published: the page's own publication line, with `THH:MM` when it shows a
  time (12-hour clocks by `ص`/`م` and `صباحًا`/`مساءً`; French `à`, zones kept
  as printed), whatever its language or digits; with two calendars the
  Gregorian date; also when it stands after the body (the investigation's
  `نُشر هذا التحقيق في` line). On a translation page the original outlet's
  date (in Arabic, English or numeric form, or inside the original URL) is
  never the published date. A relative time alone is no date: null. Update
  lines (also a `عُدّلت في` half on the publication line) go to the extra
  `modified` key (not scored).
- summary: a deck under the title, a lede after the meta lines or after the
  caption, or a labelled lede (label inline or on the line before; a
  labelled lede is always a lede, the label is not part of it). An
  unlabelled lede with nothing between it and the body (no meta, caption,
  card, contents or chrome line, no dateline opening the body) stays a lede
  only when it is a teaser that the first paragraph repeats; a promoted first
  paragraph or an abstract there goes into the body. A promoted first
  paragraph under 8 words is never a lede.
- blocks: the corpus paragraphs; headings without chapter labels (the
  `الفصل الثاني` line over a heading is chrome) or marks. Pull quotes and
  shareable quotes (sentences repeated from the body), charts, definition
  boxes, inline "read also" links, video and audio teasers, scene-break
  lines (`* * *`) and ads between paragraphs are no blocks; the editors'
  initials line and a starred footnote after the body are no blocks.
- images: every captioned image in page order (the document images and
  figures between paragraphs too): the caption without its label (`الشكل 2:`)
  and credit, also when the credit stands on the next line; the credit as
  written, without brackets, dashes or its label (`صورة من:`, `Credit:`,
  `تصوير:`, `الصورة:`; a `©` printed inside the credit is kept).
- sources: the agencies in brackets after the editors' initials, the items
  of `المصدر:` (the translated outlet), `مصادر البيانات:` and `المصدر العلمي:`;
  co-publishing partners, the study box's journal, a chart's `المصدر:` line
  and the original URL are no sources. tags: the items of `المواضيع`, `Thèmes :`,
  `الوسوم:`, `كلمات بحث:`, `الكلمات الرئيسية`, `موضوعات المقال:`, `Mots-clés :`.
- authors: the byline's names as printed (Latin names kept in Latin), in
  order, without roles, titles or places (`بقلم:`, `كتب`/`كتبت`, `تحقيق:`,
  `تحقيق وكتابة:`, `إعداد:`, `، أخبار المنظمة`, `— ناقدة من تونس`, `| برلين`,
  `CITY:`, `CITY - `, `CITY/ `, the star of a starred byline); two for `و`,
  `،`, ` - `, `and`, `et`. On a translation page the original writer is the author. A
  translator, an editor, a scientific reviewer, a supervisor, a data,
  graphics or web credit, a photographer, editors' initials, the reviewed
  book's author and translator, a desk, an editorial board or a team is no
  author.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the
  body, those equal to the title or the summary, and lines without a word.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh26"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
# weekday lists start on Monday, as datetime.weekday()
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_WD_SHORT = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
COPTIC = ["توت", "بابه", "هاتور", "كيهك", "طوبة", "أمشير", "برمهات", "برمودة", "بشنس", "بؤونة", "أبيب", "مسرى",
          "النسيء"]
ORD_F = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع"]
COPTIC_EPOCH = 1825030  # Julian day number of 1 Thout 1 AM
SHY = "\u00ad"
NBSP = "\u00a0"
LRM = "\u200e"


def coptic(d):
    """(year, month, day) of the Coptic calendar for a Gregorian date."""
    jdn = d.toordinal() + 1721425

    def start(y, m):
        return COPTIC_EPOCH - 1 + 365 * (y - 1) + y // 4 + 30 * (m - 1) + 1

    y = (4 * (jdn - COPTIC_EPOCH) + 1463) // 1461
    m = (jdn - start(y, 1)) // 30 + 1
    return y, m, jdn - start(y, m) + 1


def hm(h, m):
    return f"{h:02d}:{m:02d}"


def ar_ampm(hh):
    return "ص" if hh < 12 else "م"


def ar_period(hh):
    return "صباحًا" if hh < 12 else "مساءً"


def indic(s):
    return s.translate(G.INDIC)


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city, variant)]
SITES = {
    "eu": [("صوت الراين", "rheinwelle.de", "الخدمة العربية", "بون", "de"),
           ("منبر الألب", "alpenforum.ch", "أخبار سويسرا والعالم بالعربية", "برن", "ch"),
           ("إذاعة المتوسط الدولية", "rmi-radio.fr", "", "باريس", "fr")],
    "tr": [("نافذة العالم", "nafitha-world.com", "الصحافة الدولية بالعربية", "لندن", ""),
           ("الترجمان", "altorjoman.net", "", "إسطنبول", ""),
           ("مرآة الصحافة", "mirat-press.com", "ما تكتبه صحف العالم", "الدوحة", "")],
    "inv": [("شبكة أثر للصحافة الاستقصائية", "athar-investigations.org", "صحافة استقصائية عربية مستقلة", "عمّان", ""),
            ("منصة بوصلة", "bawsala-media.org", "وحدة التحقيقات", "بيروت", ""),
            ("مرصد الخيوط", "khoyout.org", "تحقيقات وبيانات", "تونس", "")],
    "bk": [("الفجر الجديد", "elfadjr-jadid.dz", "الملحق الثقافي", "الجزائر", "dz"),
           ("أنوار المغرب", "anwar-maroc.ma", "ملحق الكتب", "الرباط", "ma"),
           ("الضحى", "doha-quotidien.tn", "الضحى الثقافي", "تونس", "tn")],
    "ed": [("بوابة التعليم اليوم", "taalim-today.com.eg", "", "القاهرة", "eg"),
           ("توجيهي نت", "tawjihi-net.jo", "أخبار التربية والتعليم", "عمّان", "jo"),
           ("الوزاري نيوز", "wizari-news.iq", "", "بغداد", "iq")],
    "sci": [("مرصد العلوم", "marsad-science.com", "النسخة العربية", "", ""),
            ("آفاق المعرفة", "afaq-ilm.org", "مجلة العلوم للجميع", "", ""),
            ("علوم بالعربي", "oloom-arabi.net", "", "", "")],
    "un": [("نشرة الأمم", "nashrat-alumam.org", "منظور عالمي، قصص من الميدان", "نيويورك", ""),
           ("أخبار المنظمة الدولية", "intl-org-news.org", "", "جنيف", "")],
}
PEOPLE = {"eu": ["كيرستن كنيب", "ماتياس فون هاين", "سمر كرم", "عماد غانم", "لويس ساندرز", "ريم ضوا", "جان فيليب شولتس",
                 "منى صالح"],
          "tr": ["سلمى الرفاعي", "محمد حسن شعبان", "نور الهدى جابر", "ياسر الزيات", "هبة عبد الرحمن", "كريم فؤاد"],
          "inv": ["رنا الصباغ", "مصعب الشوابكة", "حنان زبيس", "علي الإبراهيم", "دعاء سويدان", "ياسمين سعد",
                  "خليل العمر", "ميساء فارس"],
          "bk": ["عبد الرزاق بوكبة", "سعاد العنزي", "محمد الأشعري", "هالة بن يوسف", "نوال القاسمي", "لحسن العسبي",
                 "كمال الرياحي", "أمينة الزغلامي"],
          "ed": ["أحمد عرفة", "محمد شرقاوي", "إيمان علي", "سمر سلامة", "مصطفى الأسيوطي", "رنا الحمود", "حيدر الربيعي",
                 "زينب الموسوي"],
          "sci": ["هاني زايد", "شهد الخطيب", "عمرو الجندي", "ليلى الجزائري", "طارق قابيل", "نسرين الصايغ"],
          "un": ["خالد عبد الوهاب", "مي يعقوب", "عبد المنعم مكي", "دينا الحسيني", "يارا المصري"]}
FEMALE = ["سمر كرم", "ريم ضوا", "منى صالح", "سلمى الرفاعي", "نور الهدى جابر", "هبة عبد الرحمن", "رنا الصباغ",
          "حنان زبيس", "دعاء سويدان", "ياسمين سعد", "ميساء فارس", "سعاد العنزي", "هالة بن يوسف", "نوال القاسمي",
          "أمينة الزغلامي", "إيمان علي", "سمر سلامة", "رنا الحمود", "زينب الموسوي", "شهد الخطيب", "ليلى الجزائري",
          "نسرين الصايغ", "مي يعقوب", "دينا الحسيني", "يارا المصري"]
FOREIGN_LATIN = ["Jonathan Ellis", "Catherine Moreau", "Martin Chulov", "Hélène Sallon", "David Ignatius",
                 "Anne Applebaum", "Steven Erlanger", "Isabel Kershner", "Benoît Vitkine", "Lina Sinjab",
                 "Patrick Kingsley", "Nathalie Guibert"]
FOREIGN_AR = ["جوناثان إليس", "كاثرين مورو", "مارتن شولوف", "هيلين سالون", "ديفيد إغناتيوس", "آن أبلبوم",
              "ستيفن إرلانغر", "بنوا فيتكين", "باتريك كينغسلي", "ناتالي غيبير"]
SCI_LATIN = ["Jennifer Ouellette", "Rachel Nuwer", "Ed Yong", "Carl Zimmer", "Sarah Zhang", "Philip Ball"]
OUTLETS = [("الغارديان", "The Guardian", "theguardian.com", "en"), ("نيويورك تايمز", "The New York Times",
                                                                     "nytimes.com", "en"),
           ("واشنطن بوست", "The Washington Post", "washingtonpost.com", "en"),
           ("فايننشال تايمز", "Financial Times", "ft.com", "en"), ("فورين بوليسي", "Foreign Policy",
                                                                  "foreignpolicy.com", "en"),
           ("لوموند", "Le Monde", "lemonde.fr", "fr"), ("لوفيغارو", "Le Figaro", "lefigaro.fr", "fr"),
           ("ليبراسيون", "Libération", "liberation.fr", "fr"), ("دير شبيغل", "Der Spiegel", "spiegel.de", "de"),
           ("إل باييس", "El País", "elpais.com", "es"), ("الإيكونوميست", "The Economist", "economist.com", "en")]
EN_SLUG_WORDS = ["talks", "crisis", "inside", "how", "why", "regional", "power", "deal", "future", "war", "economy",
                 "election", "leaders", "water", "energy", "migrants", "border", "reform", "protests", "analysis"]
BOOKS = [("ذاكرة الملح", "رواية"), ("مدن من ورق", "رواية"), ("الضفة الأخرى للنهر", "رواية"),
         ("سيرة البحر الأبيض", "تاريخ"), ("أقنعة الحداثة", "نقد"), ("ما لم تقله الجدّات", "قصص"),
         ("الطريق إلى تمبكتو", "رحلات"), ("أرشيف الغياب", "رواية"), ("في مديح البطء", "مقالات"),
         ("خرائط القلق", "شعر"), ("بيت بثلاثة أبواب", "رواية"), ("المدينة والذاكرة", "دراسة")]
BOOK_AUTHORS = ["واسيني الأعرج", "سلوى بن عمر", "يوسف فاضل", "ربيعة جلطي", "الحبيب السالمي", "أمين الزاوي",
                "ليلى سليماني", "شكري المبخوت", "عبد الكريم جويطي", "إنعام بيوض"]
BOOK_TRANSLATORS = ["محمد آيت لعميم", "سعيد بنكراد", "هدى بركات", "جمال شحيّد"]
PUBLISHERS = ["دار الآداب (بيروت)", "منشورات الاختلاف (الجزائر)", "المركز الثقافي العربي (الدار البيضاء)",
              "دار التنوير (تونس)", "منشورات المتوسط (ميلانو)", "دار الساقي (بيروت)", "منشورات ضفاف (بيروت)"]
JOURNALS = ["Nature", "Science", "The Lancet", "Nature Climate Change", "Cell", "PNAS", "Nature Medicine",
            "Science Advances", "The BMJ", "Nature Astronomy"]
STUDY_TITLES = ["Long-term changes in regional water availability under warming scenarios",
                "A randomized trial of early screening in primary care", "Genomic evidence for ancient population "
                "movements in North Africa", "Urban heat islands and night-time mortality",
                "Soil microbiome responses to prolonged drought", "Dust storms and respiratory admissions: a "
                "multi-city analysis", "Detection of organic molecules in a distant exoplanet atmosphere"]
SCI_TERMS = [("التحليل التلوي", "طريقة إحصائية تجمع نتائج دراسات عدة للوصول إلى تقدير أدق"),
             ("المجموعة الضابطة", "مجموعة من المشاركين لا تتلقى العلاج، وتُقارن بها النتائج"),
             ("الجينوم", "مجموع المادة الوراثية في خلايا الكائن الحي"),
             ("الاحتباس الحراري", "ارتفاع متوسط حرارة سطح الأرض بفعل غازات الدفيئة"),
             ("مراجعة الأقران", "تقييم البحث من علماء مستقلين قبل نشره"),
             ("الدلالة الإحصائية", "احتمال ألا تكون النتيجة قد ظهرت بمحض الصدفة")]
SDGS = ["الهدف 1: القضاء على الفقر", "الهدف 2: القضاء التام على الجوع", "الهدف 3: الصحة الجيدة والرفاه",
        "الهدف 4: التعليم الجيد", "الهدف 5: المساواة بين الجنسين", "الهدف 6: المياه النظيفة والنظافة الصحية",
        "الهدف 13: العمل المناخي", "الهدف 16: السلام والعدل والمؤسسات القوية"]
UN_TOPICS = ["السلام والأمن", "الصحة", "المساعدات الإنسانية", "حقوق الإنسان", "المناخ والبيئة", "الأهداف الإنمائية",
             "المهاجرون واللاجئون", "الثقافة والتعليم", "الشؤون الاقتصادية", "المرأة"]
UN_OFFICIALS = ["المتحدث باسم الأمين العام", "منسق الشؤون الإنسانية", "المديرة التنفيذية للبرنامج",
                "المفوض السامي", "المبعوث الخاص"]
UN_QUOTES = ["لا يمكننا أن نقف مكتوفي الأيدي بينما تتفاقم معاناة المدنيين.",
             "نحتاج إلى تمويل عاجل لضمان استمرار الخدمات الأساسية.",
             "الحلول موجودة، وما ينقصنا هو الإرادة السياسية.",
             "يجب ضمان وصول المساعدات دون عوائق إلى كل من يحتاجها."]
EXAM_SUBJECTS = ["اللغة العربية", "اللغة الإنجليزية", "الرياضيات", "الفيزياء", "الكيمياء", "الأحياء", "التاريخ",
                 "الجغرافيا", "التربية الإسلامية", "اللغة الفرنسية"]
EXAM_NAMES = {"eg": "الثانوية العامة", "jo": "التوجيهي", "iq": "السادس الإعدادي"}
NAV = {"de": ["الرئيسية", "العالم العربي", "ألمانيا", "أوروبا", "اقتصاد", "علوم وتكنولوجيا", "ثقافة ومجتمع", "رياضة",
              "تعلّم الألمانية", "فيديو", "بث مباشر"],
       "ch": ["الرئيسية", "سويسرا", "أعمال", "ديمقراطية مباشرة", "ثقافة", "علوم", "السويسريون في الخارج", "العالم",
              "حوارات"],
       "fr": ["الرئيسية", "المغرب العربي", "الشرق الأوسط", "فرنسا", "أفريقيا", "اقتصاد", "ثقافة", "البرامج",
              "بودكاست", "استمع مباشر"],
       "tr": ["الرئيسية", "ترجمات", "صحافة دولية", "تحليلات", "مقالات رأي", "تقارير مترجمة", "الصحافة الفرنسية",
              "الصحافة الأمريكية", "ملفات"],
       "inv": ["تحقيقات", "بيانات", "قصص مصوّرة", "بودكاست", "تدريب", "عن الشبكة", "English"],
       "bk": ["الرئيسية", "الوطني", "اقتصاد", "دولي", "ثقافة", "كتب", "مسرح وسينما", "رياضة", "Culture", "Livres"],
       "eg": ["الرئيسية", "الثانوية العامة", "التعليم الفني", "الجامعات", "تنسيق الجامعات", "المعلمين",
              "نتائج الامتحانات", "مدارس", "فيديو"],
       "jo": ["الرئيسية", "التوجيهي", "أخبار الوزارة", "الجامعات", "المعلمون", "القبول الموحد", "منح وبعثات"],
       "iq": ["الرئيسية", "وزارة التربية", "الامتحانات الوزارية", "النتائج", "الجامعات", "القبول المركزي",
              "التعيينات"],
       "sci": ["صحة", "بيئة", "فضاء", "تكنولوجيا", "علوم الأرض", "أحياء", "فيزياء", "بودكاست", "ملفات خاصة"],
       "un": ["الرئيسية", "السلام والأمن", "الصحة", "حقوق الإنسان", "المناخ", "المساعدات الإنسانية",
              "الأهداف الإنمائية", "الصوت", "الفيديو", "مقابلات"]}
CAPTIONS = {"eu": ["جلسة في البرلمان الأوروبي", "وزراء خلال مؤتمر صحفي مشترك", "مهاجرون عند محطة قطارات",
                   "مشهد عام لمدينة عربية", "متظاهرون يرفعون لافتات", "مقر المفوضية الأوروبية"],
            "tr": ["مسؤولون خلال لقاء رسمي", "مشهد من الحياة اليومية في المدينة", "جنود عند نقطة تفتيش",
                   "لقطة جوية لمنطقة سكنية", "مؤتمر صحفي في العاصمة"],
            "inv": ["وثيقة حصل عليها فريق التحقيق", "صورة من موقع المشروع", "شاحنات عند معبر حدودي",
                    "نسخة من عقد التوريد", "موقع الردم على أطراف المدينة", "مستودع مهجور قرب الميناء"],
            "bk": ["غلاف الكتاب", "الكاتب خلال حفل توقيع", "جناح دار النشر في معرض الكتاب", "من أجواء الصالون الأدبي"],
            "ed": ["طلاب داخل لجنة الامتحان", "وزير التربية خلال تفقد المدارس", "طالبات في فناء المدرسة",
                   "أولياء أمور أمام إحدى المدارس", "قاعة امتحانات"],
            "sci": ["صورة مجهرية لخلايا بشرية", "باحثون في مختبر", "منظر للأرض من الفضاء",
                    "عينات تربة في أنابيب اختبار", "تلسكوب في مرصد جبلي", "حقل متضرر من الجفاف"],
            "un": ["أطفال في مخيم للنازحين", "توزيع مساعدات غذائية", "عيادة متنقلة في منطقة ريفية",
                   "مجلس الأمن خلال جلسة", "نساء يجلبن المياه", "مدرسة مؤقتة في خيمة"]}
CREDITS = {"de": ["Kay Nietfeld/dpa/picture alliance", "Michael Kappeler/dpa", "Thomas Koehler/photothek/IMAGO",
                  "Ahmad Gharabli/AFP/Getty Images", "Mohammed Badra/EPA"],
           "ch": ["Keystone / Peter Schneider", "Keystone / Salvatore Di Nolfi", "Keystone / AP Photo",
                  "swissinfo.ch / Thomas Kern"],
           "fr": ["AFP - Ludovic Marin", "Reuters - Benoit Tessier", "AP - Michel Euler", "RMI / Aya Nasser"],
           "tr": ["رويترز", "Getty Images", "أسوشيتد برس", "أرشيفية", "الأناضول"],
           "inv": ["خاص بالشبكة", "فريق التحقيق", "أرشيف الشبكة", "مصدر خاص"],
           "bk": ["الناشر", "أرشيف الجريدة", "ح. بلقاسم", "م. الإدريسي"],
           "ed": ["أرشيفية", "مصور البوابة", "وزارة التربية", "الصفحة الرسمية للوزارة"],
           "sci": ["NASA/JPL-Caltech", "ESA/Hubble", "Science Photo Library", "Getty Images", "University of Oxford"],
           "un": ["صور الأمم المتحدة/مارك غارتن", "© اليونيسف/عمر البابا", "© برنامج الأغذية العالمي/حسين سعيد",
                  "منظمة الصحة العالمية/كريستوفر بلاك", "صور الأمم المتحدة/إسكندر ديبيبي"]}
COMMENTERS = ["أبو إياد", "Karim", "ابن الريف", "فاطمة الزهراء", "مراد ب.", "قارئ من وهران", "Samia"]
COMMENTS = ["مقال رائع، شكرًا على الترجمة", "هل يتوفر الكتاب في المكتبات؟", "قراءة عميقة تستحق التأمل",
            "أتمنى نشر الجزء الثاني قريبًا", "الترجمة ممتازة لكن بعض الأسماء غير دقيقة", "موضوع مهم جدًا"]
ED_QUESTIONS = ["هل يحق للطالب الراسب في مادتين دخول الدور الثاني؟", "متى يبدأ التقديم للمنح الجامعية؟",
                "هل تُحتسب درجات السلوك في المجموع؟", "ما موعد صرف بطاقات الجلوس؟"]
ED_ANSWERS = ["نعم، وفق التعليمات المعمول بها هذا العام.", "يُعلن الموعد رسميًا بعد ظهور النتائج.",
              "لا، لا تُضاف إلى المجموع الكلي.", "تُوزَّع في المدارس قبل الامتحانات بأسبوع."]
INV_CHAPTERS = ["البداية", "خيوط القضية", "ماذا تقول الوثائق", "أين ذهبت الأموال", "الرد الرسمي", "الخاتمة"]
INV_PARTNERS = ["موقع المدن", "صحيفة الأيام", "منصة دَرَج", "راديو البلد", "موقع مدى"]
INV_DATA = ["سجلات الشركات الرسمية", "قواعد بيانات المناقصات الحكومية", "صور الأقمار الصناعية",
            "تقارير ديوان المحاسبة", "بيانات الجمارك"]


# ------------------------------------------------------------------ styles
NBASE = dict(fam="eu", pre=[], header=[], widget=[None], kicker=0.0, title_form=["plain"], title_noise=[None],
             byline=[None], publine=[None], update=0.0, lede=[None], lede_place=["deck"], caption=0.0,
             caption_fmt=["c_eu"], headings=0.0, heading_fmt=["h_plain"], dateline=[None], mid=[], after=[],
             footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0)

STYLES = {
    "fresh26_1": dict(fam="eu", pre=[("eu_consent", 0.5)],
                      header=[("eu_lang", 0.8), ("site_name", 1.0), ("widget", 0.5), ("nav", 0.9), ("eu_live", 0.4)],
                      widget=["w_eu_dot", "w_eu_native"], kicker=0.5,
                      title_form=["plain", "plain", "tab"], title_noise=[None, None, "tatweel"],
                      byline=["b_eu_name", "b_eu_city", "b_eu_two", "b_eu_desk", None],
                      publine=["p_eu_dw", "p_eu_rfi", "p_eu_swi"], update=0.3,
                      lede=["abstract", "abstract", "teaser", "promoted", None],
                      lede_place=["deck", "deck", "after_meta"],
                      caption=0.8, caption_fmt=["c_eu"], headings=0.4, heading_fmt=["h_plain"],
                      dateline=["dl_paren", None], mid=[("eu_video", 0.45), ("eu_audio", 0.3), ("eu_teaser", 0.4)],
                      after=[("eu_sig", 0.75), ("eu_topics", 0.6), ("eu_permalink", 0.45), ("eu_share", 0.6),
                             ("eu_related", 0.65)],
                      footer=["f_eu"], layout=["blank", "blank", "single"], body_noise=[None, None, "shy"]),
    "fresh26_2": dict(fam="tr", pre=[("tr_breaking", 0.35)],
                      header=[("site_name", 1.0), ("widget", 0.8), ("nav", 0.9), ("tr_trend", 0.45)],
                      widget=["w_tr_hijri", "w_tr_indic"], kicker=0.6,
                      title_form=["plain", "plain", "tab", "repeat"], title_noise=[None, None, "pf"],
                      byline=["b_tr_latin", "b_tr_ar", "b_tr_two", "b_tr_desk", "b_tr_board"],
                      publine=["p_tr_ampm", "p_tr_indic", "p_tr_hijri", "p_tr_rel"], update=0.2,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "label_line", "after_meta"],
                      caption=0.7, caption_fmt=["c_tr"], headings=0.35, heading_fmt=["h_square", "h_plain"],
                      dateline=[None], mid=[("tr_also", 0.55), ("tr_ad", 0.35)],
                      after=[("tr_disclaimer", 0.6), ("tr_origlink", 0.5), ("tr_src", 0.6), ("tr_tags", 0.5),
                             ("tr_share", 0.6), ("tr_comments", 0.45), ("tr_more", 0.55)],
                      footer=["f_tr"], layout=["blank", "double"], body_noise=[None, "nbsp"], crlf=0.2),
    "fresh26_3": dict(fam="inv", pre=[("inv_donate", 0.45)],
                      header=[("site_name", 1.0), ("inv_lang", 0.5), ("nav", 0.85), ("widget", 0.3)],
                      widget=["w_inv_lev"], kicker=0.7,
                      title_form=["plain", "plain", "tab"], title_noise=[None],
                      byline=["b_inv_team", "b_inv_one", "b_inv_roles", "b_inv_roles"],
                      publine=["p_inv_lev", "p_inv_upd", "p_inv_bottom"], update=0.25,
                      lede=["abstract", "teaser", "promoted", "promoted"],
                      lede_place=["deck", "deck", "after_caption"],
                      caption=0.85, caption_fmt=["c_inv"], headings=0.8, heading_fmt=["h_chapter", "h_plain"],
                      dateline=[None], mid=[("inv_quote", 0.5), ("inv_chart", 0.45), ("inv_doc", 0.4)],
                      after=[("inv_method", 0.5), ("inv_support", 0.6), ("inv_partners", 0.4), ("inv_src", 0.5),
                             ("inv_series", 0.35), ("inv_tags", 0.4), ("inv_share", 0.5)],
                      footer=["f_inv"], layout=["blank", "blank", "double"], body_noise=[None]),
    "fresh26_4": dict(fam="bk", pre=[("bk_fr_top", 0.6)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("bk_issue", 0.5), ("nav", 0.85)],
                      widget=["w_bk_hijri", "w_bk_pair", "w_bk_issue"], kicker=0.6,
                      title_form=["plain", "plain", "repeat"], title_noise=[None, None, "tatweel"],
                      byline=["b_bk_pen", "b_bk_star", "b_bk_role", "b_bk_city"],
                      publine=["p_bk_slash", "p_bk_ma", "p_bk_fr"], update=0.2,
                      lede=["teaser", "promoted", "abstract", None],
                      lede_place=["deck", "after_meta", "after_caption"],
                      caption=0.75, caption_fmt=["c_bk"], headings=0.3, heading_fmt=["h_plain"],
                      dateline=[None], mid=[("bk_quote", 0.55), ("bk_break", 0.3), ("bk_ad", 0.3)],
                      after=[("bk_card_end", 0.3), ("bk_more", 0.5), ("bk_tags", 0.5), ("bk_share", 0.5),
                             ("bk_comments", 0.45), ("bk_related", 0.45)],
                      footer=["f_bk"], layout=["blank", "single"], body_noise=[None, "nbsp_punct"], bom=0.2),
    "fresh26_5": dict(fam="ed", pre=[("ed_countdown", 0.45)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 0.9), ("ed_ticker", 0.45),
                              ("ed_search", 0.45)],
                      widget=["w_ed_native"], kicker=0.3,
                      title_form=["plain", "plain", "repeat", "tab"], title_noise=[None, None, "tatweel"],
                      byline=["b_ed_kataba", "b_ed_two", "b_ed_city", "b_ed_desk"],
                      publine=["p_ed_native", "p_ed_native", "p_ed_rel"], update=0.35,
                      lede=["teaser", "promoted", None],
                      lede_place=["deck", "after_meta"],
                      caption=0.75, caption_fmt=["c_ed"], headings=0.3, heading_fmt=["h_plain"],
                      dateline=["dl_slash", "dl_slash", None],
                      mid=[("ed_also", 0.75), ("ed_also2", 0.45), ("ed_watch", 0.3), ("ed_link", 0.35)],
                      after=[("ed_table", 0.5), ("ed_tags", 0.5), ("ed_gnews", 0.45), ("ed_related", 0.5),
                             ("ed_most", 0.45), ("ed_ask", 0.3), ("ed_share", 0.5)],
                      footer=["f_ed"], layout=["blank", "single"], body_noise=[None, "lrm"], crlf=0.25),
    "fresh26_6": dict(fam="sci", pre=[("sci_newsletter", 0.4)],
                      header=[("site_name", 1.0), ("nav", 0.9), ("widget", 0.55)],
                      widget=["w_sci_en", "w_sci_ar"], kicker=0.65,
                      title_form=["plain", "plain", "tab"], title_noise=[None, None, "pf"],
                      byline=["b_sci_pen", "b_sci_trans", "b_sci_review", "b_sci_two", None],
                      publine=["p_sci_read", "p_sci_en", "p_sci_num"], update=0.2,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_caption"],
                      caption=0.8, caption_fmt=["c_sci"], headings=0.45, heading_fmt=["h_plain"],
                      dateline=[None], mid=[("sci_def", 0.45), ("sci_fig", 0.4), ("sci_also", 0.4)],
                      after=[("sci_study", 0.6), ("sci_src", 0.5), ("sci_cite", 0.4), ("sci_tags", 0.5),
                             ("sci_related", 0.5), ("sci_share", 0.45)],
                      footer=["f_sci"], layout=["blank", "blank", "double"], body_noise=[None, "lrm"]),
    "fresh26_7": dict(fam="un", pre=[("un_banner", 0.3)],
                      header=[("un_lang", 0.85), ("site_name", 1.0), ("nav", 0.85), ("widget", 0.35),
                              ("un_search", 0.4)],
                      widget=["w_un_pair"], kicker=0.0,
                      title_form=["plain", "plain", "tab"], title_noise=[None],
                      byline=["b_un_name", None, None],
                      publine=["p_un_topic", "p_un_rev"], update=0.15,
                      lede=["abstract", "teaser", "promoted", "promoted"],
                      lede_place=["deck", "after_meta", "after_caption"],
                      caption=0.85, caption_fmt=["c_un"], headings=0.35, heading_fmt=["h_plain"],
                      dateline=["dl_un", None], mid=[("un_audio", 0.4), ("un_quote", 0.45), ("un_also", 0.4)],
                      after=[("un_sdg", 0.5), ("un_tags", 0.5), ("un_related", 0.6), ("un_share", 0.5),
                             ("un_subscribe", 0.45)],
                      footer=["f_un"], layout=["blank", "single", "double"], body_noise=[None]),
    "fresh26_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["eu_lang", "un_lang", "site_name", "inv_lang", "widget", "bk_issue", "nav", "eu_live", "tr_trend",
                "ed_ticker", "ed_search", "un_search"]
HEAD_POOL = ["eu_lang", "un_lang", "inv_lang", "bk_issue", "eu_live", "tr_trend", "ed_ticker", "ed_search",
             "un_search"]
PRE_POOL = ["eu_consent", "tr_breaking", "inv_donate", "bk_fr_top", "ed_countdown", "sci_newsletter", "un_banner"]
MID_POOL = ["eu_video", "eu_audio", "eu_teaser", "tr_also", "tr_ad", "inv_quote", "inv_chart", "inv_doc",
            "bk_quote", "bk_break", "bk_ad", "ed_also", "ed_also2", "ed_watch", "ed_link", "sci_def", "sci_fig",
            "sci_also", "un_audio", "un_quote", "un_also"]
AFTER_POOL = ["eu_sig", "eu_topics", "eu_permalink", "eu_share", "eu_related", "tr_disclaimer", "tr_origlink",
              "tr_src", "tr_tags", "tr_share", "tr_comments", "tr_more", "inv_method", "inv_support",
              "inv_partners", "inv_src", "inv_series", "inv_tags", "inv_share", "bk_card_end", "bk_more", "bk_tags",
              "bk_share", "bk_comments", "bk_related", "ed_table", "ed_tags", "ed_gnews", "ed_related", "ed_most",
              "ed_ask", "ed_share", "sci_study", "sci_src", "sci_cite", "sci_tags", "sci_related", "sci_share",
              "un_sdg", "un_tags", "un_related", "un_share", "un_subscribe"]
CHOICES = dict(widget=["w_eu_dot", "w_eu_native", "w_tr_hijri", "w_tr_indic", "w_inv_lev", "w_bk_hijri", "w_bk_pair",
                       "w_bk_issue", "w_ed_native", "w_sci_en", "w_sci_ar", "w_un_pair", None],
               byline=["b_eu_name", "b_eu_city", "b_eu_two", "b_eu_desk", "b_tr_latin", "b_tr_ar", "b_tr_two",
                       "b_tr_desk", "b_tr_board", "b_inv_team", "b_inv_one", "b_inv_roles", "b_bk_pen", "b_bk_star",
                       "b_bk_role", "b_bk_city", "b_ed_kataba", "b_ed_two", "b_ed_city", "b_ed_desk", "b_sci_pen",
                       "b_sci_trans", "b_sci_review", "b_sci_two", "b_un_name", None],
               publine=["p_eu_dw", "p_eu_rfi", "p_eu_swi", "p_tr_ampm", "p_tr_indic", "p_tr_hijri", "p_tr_rel",
                        "p_inv_lev", "p_inv_upd", "p_inv_bottom", "p_bk_slash", "p_bk_ma", "p_bk_fr", "p_ed_native",
                        "p_ed_rel", "p_sci_read", "p_sci_en", "p_sci_num", "p_un_topic", "p_un_rev", None],
               caption_fmt=["c_eu", "c_tr", "c_inv", "c_bk", "c_ed", "c_sci", "c_un"],
               lede_place=["deck", "after_meta", "after_caption", "label_inline", "label_line"],
               heading_fmt=["h_plain", "h_square", "h_chapter"],
               dateline=["dl_paren", "dl_slash", "dl_un", None],
               footer=["f_eu", "f_tr", "f_inv", "f_bk", "f_ed", "f_sci", "f_un", None],
               body_noise=[None, "shy", "nbsp", "nbsp_punct", "lrm"],
               title_noise=[None, "tatweel", "pf"],
               title_form=["plain", "tab", "repeat"])
BASES = [f"fresh26_{k}" for k in range(1, 8)]


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
    spec["update"] = rng.choice([0.0, 0.3])
    spec["caption"] = 0.65
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["headings"] = 0.4
    spec["kicker"] = rng.choice([0.0, 0.5])
    own = [h for h, _ in spec["header"] if h in HEAD_POOL]
    extra = [h for h in HEAD_POOL if rng.random() < 0.15]
    names = own + extra + ["site_name", "widget", "nav"]
    spec["header"] = [(h, 1.0 if h != "widget" else 0.75) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    pre = [p for p in PRE_POOL if rng.random() < 0.2]
    spec["pre"] = [(p, 1.0) for p in pre[:2]]
    spec["mid"] = [(m, 0.15) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.13]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["layout"] = [rng.choice(["blank", "blank", "single", "double"])]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    if fmt == "w_eu_dot":
        return [f"{wd} {day:02d}.{m + 1:02d}.{y}"]
    if fmt == "w_eu_native":
        if ctx["eu"] == "fr":
            return [f"{FR_WD[wk]} {day} {FR_MON[m]} {y}"]
        if ctx["eu"] == "ch" and rng.random() < 0.5:
            return [f"{DE_WD_SHORT[wk]} {day:02d}.{m + 1:02d}.{y}"]
        return [f"{DE_WD[wk]}, {day}. {DE_MON[m]} {y}"]
    if fmt == "w_tr_hijri":
        hy, hmo, hd = G.hijri(d)
        return [f"{wd} {hd} {G.HIJ[hmo - 1]} {hy} | {day} {G.EG[m]} {y}"]
    if fmt == "w_tr_indic":
        return [indic(f"{wd} {day:02d}-{m + 1:02d}-{y}")]
    if fmt == "w_inv_lev":
        return [f"{wd}، {day} {G.LEV[m]} ({G.EG[m]}) {y}"]
    if fmt == "w_bk_hijri":
        hy, hmo, hd = G.hijri(d)
        months = G.MAG if ctx["bk"] != "ma" else G.MAR
        return [f"{wd} {hd} {G.HIJ[hmo - 1]} {hy} هـ الموافق لـ {day} {months[m]} {y} م"]
    if fmt == "w_bk_pair":
        months = G.MAG if ctx["bk"] != "ma" else G.MAR
        return [f"{wd} {day} {months[m]} {y} — {FR_WD[wk].capitalize()} {day} {FR_MON[m]} {y}"]
    if fmt == "w_bk_issue":
        months = G.MAG if ctx["bk"] != "ma" else G.MAR
        return [f"العدد {ctx['issue']} | {wd} {day} {months[m]} {y}"]
    if fmt == "w_ed_native":
        if ctx["ed"] == "eg":
            cy, cm, cd = coptic(d)
            if rng.random() < 0.5:
                hy, hmo, hd = G.hijri(d)
                return [f"{wd} {day} {G.EG[m]} {y} - {hd} {G.HIJ[hmo - 1]} {hy} - {cd} {COPTIC[cm - 1]} {cy}"]
            return [f"{wd}، {day} {G.EG[m]} {y} م — {cd} {COPTIC[cm - 1]} {cy} ق"]
        if ctx["ed"] == "jo":
            return [f"{ctx['ed_city']} {rng.randint(8, 36)}° | {wd} {day} {G.LEV[m]} {y}"]
        return [indic(f"{wd} {day} / {m + 1} / {y}")]
    if fmt == "w_sci_en":
        return [f"{EN_WD[wk]}, {day} {EN_MON[m]} {y}"]
    if fmt == "w_sci_ar":
        return [f"{day} {G.EG[m]} {y}"]
    if fmt == "w_un_pair":
        return [f"{day} {G.LEV[m]}/{G.EG[m]} {y}"]
    raise ValueError(fmt)


def rel_age(pub, tm, crawl, rng):
    gap = (crawl - pub).days
    if gap == 0:
        n = rng.randint(1, 9)
        return "منذ ساعة" if n == 1 else "منذ ساعتين" if n == 2 else f"منذ {n} ساعات"
    if gap == 1:
        return "منذ يوم"
    if gap == 2:
        return "منذ يومين"
    return f"منذ {gap} أيام"


def fmt_publine(fmt, d, tm, rng, ctx):
    """dict(meta=[meta lines], bottom=[line after the body], value=published truth or None, fmt)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(meta=[], bottom=[], value=full, fmt=fmt, glue_upd=False)
    if tm:
        hh, mi = tm
        h12 = G.h12(hh)
    if fmt == "p_eu_dw":
        out["meta"] = ["التاريخ", f"{day:02d}.{m + 1:02d}.{y}"]
        out["value"] = d.isoformat()
    elif fmt == "p_eu_rfi":
        out["meta"] = [f"نُشرت في: {day:02d}/{m + 1:02d}/{y}" + (f" - {hm(*tm)}" if tm else "")]
        out["glue_upd"] = True
    elif fmt == "p_eu_swi":
        zone = rng.choice(["", " (بتوقيت وسط أوروبا)"]) if tm else ""
        out["meta"] = [f"{day} {G.EG[m]} {y}" + (f" - {hm(*tm)}{zone}" if tm else "")]
    elif fmt == "p_tr_ampm":
        out["meta"] = [f"تاريخ النشر: {day} {G.EG[m]} {y}" + (f" - {h12}:{mi:02d} {ar_ampm(hh)}" if tm else "")]
    elif fmt == "p_tr_indic":
        out["meta"] = [indic(f"نُشر في {wd} {day}/{m + 1}/{y}" + (f" الساعة {hm(*tm)}" if tm else ""))]
    elif fmt == "p_tr_hijri":
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"{hd} {G.HIJ[hmo - 1]} {hy} هـ | {day} {G.EG[m]} {y} م" + (f" | {hm(*tm)}" if tm else "")]
    elif fmt == "p_tr_rel":
        out["value"] = None
        out["meta"] = [f"نُشر {rel_age(d, tm, ctx['crawl'], rng)}"]
    elif fmt == "p_inv_lev":
        out["meta"] = [f"نُشر في {day} {G.LEV[m]} ({G.EG[m]}) {y}"]
        out["value"] = d.isoformat()
    elif fmt == "p_inv_upd":
        out["meta"] = [f"تاريخ النشر: {day} {G.LEV[m]} {y}"]
        out["value"] = d.isoformat()
    elif fmt == "p_inv_bottom":
        out["bottom"] = [f"نُشر هذا التحقيق في {day} {G.LEV[m]} ({G.EG[m]}) {y}"]
        out["value"] = d.isoformat()
    elif fmt == "p_bk_slash":
        out["meta"] = [f"{y}/{m + 1:02d}/{day:02d}" + (f" {hm(*tm)}" if tm else "")]
    elif fmt == "p_bk_ma":
        months = G.MAR if ctx["bk"] == "ma" else G.MAG
        out["meta"] = [f"نشر في: {wd} {day} {months[m]} {y}" + (f" - {hm(*tm)}" if tm else "")]
    elif fmt == "p_bk_fr":
        out["meta"] = [f"Publié le {day:02d}/{m + 1:02d}/{y}" + (f" à {hm(*tm)}" if tm else "")]
    elif fmt == "p_ed_native":
        if ctx["ed"] == "eg":
            out["meta"] = [f"{wd}، {day} {G.EG[m]} {y}" + (f" | {h12:02d}:{mi:02d} {ar_ampm(hh)}" if tm else "")]
        elif ctx["ed"] == "jo":
            out["meta"] = [f"تاريخ النشر : {day}-{m + 1}-{y}" + (f" {hm(*tm)}" if tm else "")]
        else:
            out["meta"] = [indic(f"{y}/{m + 1:02d}/{day:02d}") + (f" | {indic(f'{h12}:{mi:02d}')} {ar_period(hh)}"
                                                                     if tm else "")]
    elif fmt == "p_ed_rel":
        out["value"] = None
        out["meta"] = [f"آخر تحديث {rel_age(d, tm, ctx['crawl'], rng)}"]
    elif fmt == "p_sci_read":
        out["meta"] = [f"{day} {G.EG[m]} {y} · {ctx['read']} دقائق قراءة"]
        out["value"] = d.isoformat()
    elif fmt == "p_sci_en":
        out["meta"] = [f"Published {day} {EN_MON[m]} {y}" + (f", {hm(*tm)} GMT" if tm else "")]
    elif fmt == "p_sci_num":
        out["meta"] = [f"نُشر بتاريخ {day:02d}/{m + 1:02d}/{y}"]
        out["value"] = d.isoformat()
    elif fmt == "p_un_topic":
        out["meta"] = [f"{ctx['un_topic']} | {day} {G.LEV[m]}/{G.EG[m]} {y}"]
        out["value"] = d.isoformat()
    elif fmt == "p_un_rev":
        out["meta"] = [f"{day} {G.EG[m]}/{G.LEV[m]} {y}", ctx["un_topic"]]
        out["value"] = d.isoformat()
    else:
        raise ValueError(fmt)
    return out


def fmt_update(fmt, pub, tm, crawl, rng, ctx):
    """(text, modified truth) of an update no later than the crawl day; (None, None) without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 30)))
    d, hh, mi = u.date(), u.hour, u.minute
    val = f"{d.isoformat()}T{hm(hh, mi)}"
    fam = fmt.split("_")[1]
    if fmt == "p_eu_rfi":
        return f" | عُدّلت في: {d.day:02d}/{d.month:02d}/{d.year} - {hm(hh, mi)}", val
    if fam == "eu":
        return f"آخر تحديث {d.day:02d}.{d.month:02d}.{d.year} {hm(hh, mi)}", val
    if fam == "tr":
        return f"آخر تحديث: {d.day} {G.EG[d.month - 1]} {d.year} - {G.h12(hh)}:{mi:02d} {ar_ampm(hh)}", val
    if fam == "inv":
        return f"حُدّث في {d.day} {G.LEV[d.month - 1]} {d.year}", d.isoformat()
    if fam == "bk":
        return f"Mis à jour le {d.day:02d}/{d.month:02d}/{d.year} à {hm(hh, mi)}", val
    if fam == "ed":
        return f"آخر تحديث: {d.day}/{d.month}/{d.year} {G.h12(hh)}:{mi:02d} {ar_ampm(hh)}", val
    if fam == "sci":
        return f"Updated {d.day} {EN_MON[d.month - 1]} {d.year}", d.isoformat()
    return f"آخر تحديث: {d.day} {G.LEV[d.month - 1]}/{G.EG[d.month - 1]} {d.year}", d.isoformat()


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
    if kind == "shy":
        ws = text.split(" ")
        spots = [i for i, w in enumerate(ws) if len(w) >= 7 and re.fullmatch("[\u0621-\u064a]+", w)]
        for k in rng.sample(spots, min(len(spots), rng.randint(1, 3))):
            w = ws[k]
            p = rng.randint(2, len(w) - 2)
            ws[k] = w[:p] + SHY + w[p:]
        return " ".join(ws)
    if kind == "nbsp":
        return "".join(NBSP if c == " " and rng.random() < 0.08 else c for c in text)
    if kind == "nbsp_punct":
        return re.sub("([^\\s])([؟!:؛])", lambda mm: mm.group(1) + (NBSP if rng.random() < 0.7 else "") +
                      mm.group(2), text)
    if kind == "lrm":
        return re.sub(r"(\d+(?:[.,/]\d+)*)", lambda mm: LRM + mm.group(1) + LRM if rng.random() < 0.6
                      else mm.group(1), text)
    return text


def title_noise(title, kind, rng):
    if kind == "tatweel":
        return G.add_tatweel(title, rng)
    if kind == "pf" and not re.search("[\u064b-\u0652]", title):
        return G.presentation_forms(title)
    return title


def quote_from(blocks, rng):
    """A sentence of 8-30 words from a body paragraph after the first, or None."""
    cands = []
    for b in blocks[1:]:
        if b["type"] != "paragraph":
            continue
        for s in G.sentences(b["text"]):
            n = len(s.split())
            if 8 <= n <= 30 and not re.search("[«»\"]", s):
                cands.append(s)
    return rng.choice(cands) if cands else None


def apply_dateline(form, doc, paras, truth, comp):
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl
    if form == "dl_paren":
        paras[0] = f"{place} ({rest}) — {paras[0]}"
    elif form == "dl_slash":
        paras[0] = f"{place}/ {rest}: {paras[0]}"
    else:
        paras[0] = f"{place}، {rest} — {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl


def initials(rng):
    letters = "أبتجحخدرزسشصطعغفقكلمنهي"
    return ".".join(rng.choice(letters) for _ in range(rng.choice([2, 2, 3])))


def en_headline(rng):
    x = rng.choice(["regional", "quiet", "new", "long", "fragile", "uneasy", "costly"])
    y = rng.choice(["talks", "deal", "crisis", "reform", "economy", "election", "border dispute", "alliance"])
    return rng.choice([f"Inside the {x} {y}", f"Why the {x} {y} matters", f"How a {x} {y} is reshaping the region",
                       f"The {x} {y} nobody is talking about"])


def en_slug(rng):
    return "-".join(rng.sample(EN_SLUG_WORDS, rng.randint(3, 5)))


# --------------------------------------------------------------- rendering
def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict), the same schema as gen_dumps.render()."""
    fam = spec["fam"]
    comp = {"fam": fam, "base": spec.get("base")}
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
    site, dom, tagline, city, variant = rng.choice(SITES[fam])
    year = crawl.year
    # the variant (country) of each family's components; the page's own for its family
    variants = {f: (rng.choice(SITES[f]) if f != fam else (site, dom, tagline, city, variant))
                for f in ("eu", "bk", "ed")}
    ctx = dict(fam=fam, crawl=crawl, eu=variants["eu"][4], bk=variants["bk"][4], ed=variants["ed"][4],
               ed_city=variants["ed"][3], issue=rng.randint(1200, 9800), read=rng.randint(4, 14),
               un_topic=rng.choice(UN_TOPICS))
    people = PEOPLE[fam]
    name = rng.choice(people)
    name2 = rng.choice([p for p in people if p != name])
    female = name in FEMALE
    layout = pick("layout")
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

    # the translated outlet, the book, the study
    outlet = rng.choice(OUTLETS)
    orig_day = (pub or crawl) - datetime.timedelta(days=rng.choice([0, 1, 1, 2, 3]))
    book, genre = rng.choice(BOOKS)
    b_author = rng.choice(BOOK_AUTHORS)

    # the browser tab
    if tform == "tab":
        sep = rng.choice([" — ", " · ", " | "])
        add("tab", [f"{title}{sep}{site}"])

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "eu_consent":
            if ctx["eu"] == "fr":
                add("consent", ["Nous utilisons des cookies pour mesurer l’audience et améliorer nos services.",
                                "Accepter", "Paramétrer", "Continuer sans accepter"])
            else:
                add("consent", ["Wir verwenden Cookies, um unser Angebot für Sie zu verbessern.",
                                "Alle akzeptieren", "Einstellungen", "Nur notwendige"])
        elif pname == "tr_breaking":
            add("breaking", [f"عاجل | {others.pop()}"])
        elif pname == "inv_donate":
            add("donate", ["صحافتنا مستقلة وتعتمد على دعم القرّاء.", "ادعم الصحافة الاستقصائية ←"])
        elif pname == "bk_fr_top":
            add("frtop", ["Édition PDF | Abonnement | Archives | Contact | Version française"])
        elif pname == "ed_countdown":
            add("countdown", [f"⏳ باقٍ على امتحانات {EXAM_NAMES[ctx['ed']]} {rng.randint(3, 60)} يومًا"])
        elif pname == "sci_newsletter":
            add("newsletter", ["اشترك في نشرتنا العلمية الأسبوعية", "بريدك الإلكتروني", "اشترك"])
        elif pname == "un_banner":
            add("banner", [rng.choice(["يوم الأرض الدولي: اكتشف قصصنا الخاصة", "نداء إنساني عاجل: ساهم في الاستجابة",
                                       "الجمعية العامة: تابع التغطية المباشرة"])])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "eu_lang":
            add("lang", [rng.choice(["العربية | Deutsch | English | Español | Français | Русский | Türkçe | فارسی | 中文",
                                     "Deutsch · Français · Italiano · English · العربية · 日本語 · Português",
                                     "Français | English | Español | Português | العربية | فارسی | Kiswahili"])])
        elif hname == "un_lang":
            add("lang", ["العربية", "中文", "English", "Français", "Русский", "Español", "Kiswahili", "Português"])
        elif hname == "inv_lang":
            add("lang", ["English | Français"])
        elif hname == "site_name":
            add("site_name", [site, tagline] if tagline else [site])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "bk_issue":
            add("issue", [f"الملحق الثقافي — العدد {rng.randint(120, 890)}"])
        elif hname == "nav":
            nkey = {"eu": ctx["eu"], "ed": ctx["ed"]}.get(fam, fam)
            vocab = NAV[nkey]
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(3, len(vocab) - 1))
            if fam in ("eu", "sci", "un"):
                add("nav", items)
            else:
                add("nav", [rng.choice([" | ", "  ", " • "]).join(items)])
        elif hname == "eu_live":
            add("live", [rng.choice(["● بث مباشر", "▶ البث المباشر", "🎧 استمع مباشرة"])])
        elif hname == "tr_trend":
            hot = rng.sample(["غزة", "الانتخابات الأمريكية", "أسعار النفط", "أوكرانيا", "الذكاء الاصطناعي",
                              "كأس العالم", "المناخ"], 3)
            add("trend", ["الأكثر بحثًا: " + " ".join("#" + w.replace(" ", "_") for w in hot)])
        elif hname == "ed_ticker":
            add("ticker", [f"عاجل: {others.pop()}"])
        elif hname == "ed_search":
            add("search", [f"استعلم عن نتيجة {EXAM_NAMES[ctx['ed']]} {year}", "أدخل رقم الجلوس", "بحث"])
        elif hname == "un_search":
            add("search", ["ابحث في الأخبار", "🔍"])
        comp.setdefault("header", []).append(hname)

    # the article's head
    tnoise = pick("title_noise")
    shown_title = title_noise(title, tnoise, rng)

    cap_group = None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        cfam = cfmt[2:]
        cap = rng.choice(CAPTIONS[cfam])
        ckey = ctx["eu"] if cfam == "eu" else cfam
        credit = rng.choice(CREDITS[ckey])
        if cfam == "bk" and cap == "غلاف الكتاب":
            cap = f"غلاف كتاب «{book}»"
        truth["images"].append({"caption": cap, "credit": credit})
        if cfam == "eu":
            cap_group = ([f"{cap} صورة من: {credit}"] if rng.random() < 0.5 else [cap, f"صورة من: {credit}"])
        elif cfam == "tr":
            cap_group = [f"{cap} ({credit})"] if rng.random() < 0.5 else [f"{cap} - الصورة: {credit}"]
        elif cfam == "inv":
            cap_group = [f"{cap} — {credit}"]
        elif cfam == "bk":
            cap_group = [f"{cap} | تصوير: {credit}"]
        elif cfam == "ed":
            cap_group = [f"{cap}", f"تصوير: {credit}"] if rng.random() < 0.5 else [f"{cap} - {credit}"]
        elif cfam == "sci":
            cap_group = [f"{cap}. Credit: {credit}"]
        else:
            cap_group = [cap, credit]

    kicker = None
    if rng.random() < spec["kicker"]:
        kicker = {"eu": rng.choice(["سياسة", "العالم العربي", "ألمانيا", "مجتمع", "اقتصاد"]),
                  "tr": rng.choice(["ترجمات", "صحافة دولية", f"عن {outlet[0]}"]),
                  "inv": rng.choice(["تحقيق استقصائي", "تحقيق بالبيانات", "سلسلة: مال عام"]),
                  "bk": rng.choice(["قراءات", "كتب", "Livres"]),
                  "ed": rng.choice(["تعليم", EXAM_NAMES[ctx["ed"]]]),
                  "sci": rng.choice(["صحة", "بيئة", "فضاء", "علم الآثار", "أحياء"]),
                  "un": ctx["un_topic"]}[fam]

    # meta lines
    meta = []
    authors = []
    if bfmt == "b_eu_name":
        meta.append(name)
        authors = [name]
    elif bfmt == "b_eu_city":
        meta.append(f"{name} | {rng.choice(['برلين', 'بون', 'بروكسل', 'جنيف', 'باريس'])}")
        authors = [name]
    elif bfmt == "b_eu_two":
        meta.append(f"{name} و{name2}" if rng.random() < 0.5 else f"{name}، {name2}")
        authors = [name, name2]
    elif bfmt == "b_eu_desk":
        meta.append(rng.choice(["القسم العربي", "التحرير"]))
    elif bfmt == "b_tr_latin":
        who = rng.choice(FOREIGN_LATIN)
        meta += [f"بقلم: {who}", f"ترجمة: {name}"]
        authors = [who]
    elif bfmt == "b_tr_ar":
        who = rng.choice(FOREIGN_AR)
        meta.append(f"{who} — ترجمة {name}")
        authors = [who]
    elif bfmt == "b_tr_two":
        a, b = rng.sample(FOREIGN_LATIN, 2)
        conj = "and" if outlet[3] == "en" else "et" if outlet[3] == "fr" else "و"
        meta += [f"{a} {conj} {b}", f"ترجمة: {name}"]
        authors = [a, b]
    elif bfmt == "b_tr_desk":
        meta.append("ترجمة وتحرير: فريق الموقع")
    elif bfmt == "b_tr_board":
        meta.append(f"افتتاحية {outlet[0]}")
    elif bfmt == "b_inv_team":
        meta.append(f"تحقيق: {name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_inv_one":
        editor = rng.choice([p for p in PEOPLE["inv"] if p not in (name, name2)])
        meta.append(f"إعداد: {name} | تحرير: {editor}")
        authors = [name]
    elif bfmt == "b_inv_roles":
        rest = [p for p in PEOPLE["inv"] if p not in (name, name2)]
        rng.shuffle(rest)
        lines = [f"تحقيق وكتابة: {name}"]
        authors = [name]
        if rng.random() < 0.4:
            lines = [f"تحقيق وكتابة: {name}، {name2}"]
            authors = [name, name2]
        lines += [f"بيانات: {rest[0]}", f"رسوم: {rest[1]}", f"تحرير: {rest[2]}"]
        if rng.random() < 0.5:
            lines.append(f"إشراف: {rest[3]}")
        meta += lines
    elif bfmt == "b_bk_pen":
        meta.append(f"بقلم: {name}")
        authors = [name]
    elif bfmt == "b_bk_star":
        meta.append(f"{name} *")
        authors = [name]
    elif bfmt == "b_bk_role":
        role = rng.choice(["ناقدة" if female else "ناقد", "كاتبة" if female else "كاتب",
                           "أكاديمية" if female else "أكاديمي"])
        meta.append(f"{name} — {role} من {rng.choice(['تونس', 'الجزائر', 'المغرب', 'وهران', 'فاس', 'صفاقس'])}")
        authors = [name]
    elif bfmt == "b_bk_city":
        meta.append(f"{rng.choice(['الجزائر', 'الرباط', 'تونس', 'قسنطينة', 'مراكش'])}: {name}")
        authors = [name]
    elif bfmt == "b_ed_kataba":
        meta.append(f"{'كتبت' if female else 'كتب'} {name}")
        authors = [name]
    elif bfmt == "b_ed_two":
        meta.append(f"كتب {name} - {name2}")
        authors = [name, name2]
    elif bfmt == "b_ed_city":
        where = {"eg": "القاهرة", "jo": "عمّان", "iq": "بغداد"}[ctx["ed"]]
        meta.append(f"{where} - {name}" if ctx["ed"] != "iq" else f"{where}/ {name}")
        authors = [name]
    elif bfmt == "b_ed_desk":
        meta.append(rng.choice(["بوابة التعليم", "فريق التحرير", "قسم التعليم"]))
    elif bfmt == "b_sci_pen":
        meta.append(f"بقلم: {name}")
        authors = [name]
    elif bfmt == "b_sci_trans":
        who = rng.choice(SCI_LATIN)
        meta.append(f"{who} | ترجمة: {name}")
        authors = [who]
    elif bfmt == "b_sci_review":
        meta += [name, f"مراجعة علمية: د. {name2}"]
        authors = [name]
    elif bfmt == "b_sci_two":
        meta.append(f"{name}، {name2}")
        authors = [name, name2]
    elif bfmt == "b_un_name":
        meta.append(f"{name}، {site}")
        authors = [name]
    truth["authors"] = authors
    if pinfo:
        meta += pinfo["meta"]
        if pinfo["value"] and rng.random() < spec["update"]:
            line, mod = fmt_update(pinfo["fmt"], pub, tm, crawl, rng, ctx)
            if line:
                if pinfo["glue_upd"] and pinfo["meta"]:
                    meta[-1] += line
                elif pinfo["bottom"]:
                    pinfo["bottom"].append(line)
                else:
                    meta.append(line)
                truth["modified"] = mod
                comp["update"] = True
    if fam == "eu" and rng.random() < 0.4:
        meta.append(f"مدة القراءة {ctx['read']} دقائق" if rng.random() < 0.5 else f"{ctx['read']} دقائق")
    if fam == "inv" and rng.random() < 0.5:
        meta.append(f"⏱ {ctx['read'] + 8} دقيقة قراءة")
    if fam == "tr" and rng.random() < 0.6:
        o = orig_day
        form = rng.choice(["ar", "en", "num"])
        if form == "en" and outlet[3] == "en":
            meta.append(f"Originally published: {EN_MON[o.month - 1]} {o.day}, {o.year}")
        elif form == "num":
            meta.append(f"تاريخ النشر في المصدر: {o.day:02d}/{o.month:02d}/{o.year}")
        else:
            meta.append(f"نُشر المقال الأصلي في {o.day} {G.EG[o.month - 1]} {o.year}")
    if fam in ("tr", "bk") and rng.random() < 0.35:
        meta.append(f"💬 {rng.randint(0, 48)} تعليق")

    # head blocks in page order
    label = {"tr": rng.choice(["خلاصة المقال:", "باختصار:"]), "sci": "الخلاصة:"}.get(fam, "باختصار:")
    labelled = ("label_inline", "label_line")
    if kicker:
        add("kicker", [kicker])
    add("title", [shown_title], chrome=False)
    if fam == "tr" and rng.random() < 0.4:
        if outlet[3] == "en":
            add("orig_title", [f"العنوان الأصلي: {en_headline(rng)}"])
        else:
            add("orig_title", [f"{outlet[0]} | {outlet[1]}"])
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
    if cap_group:
        add("caption", cap_group)
    if summary and lede_place == "after_caption":
        add("lede", [summary], chrome=False)
    comp["lede_place"] = lede_place if summary else None

    # boxes between the head and the body
    card = None
    card_end = any(a == "bk_card_end" and rng.random() < p for a, p in spec["after"])
    if fam == "bk" or card_end:
        card = [f"الكتاب: «{book}» ({genre})", f"المؤلف: {b_author}"]
        if rng.random() < 0.35:
            card.append(f"ترجمة: {rng.choice(BOOK_TRANSLATORS)}")
        card += [f"الناشر: {rng.choice(PUBLISHERS)}", f"سنة النشر: {year - rng.randint(0, 2)}",
                 f"عدد الصفحات: {rng.randint(120, 520)}"]
    if card and not card_end:
        add("card", card)
    want_toc = fam == "inv" and rng.random() < 0.6
    if summary and lede_mode in ("promoted", "abstract") and lede_place not in labelled and not dl_used \
            and groups[-1]["kind"] == "lede" and not want_toc:
        # nothing sets it apart from the body: it reads as the first paragraph
        groups.pop()
        paras.insert(0, summary)
        summary = None
        comp["lede"] = None
        comp["lede_place"] = None
    truth["summary"] = summary

    # body
    blocks = G.body_blocks(paras, spec, rng)
    hfmt = pick("heading_fmt")
    heads = [b["text"] for b in blocks if b["type"] == "heading"]
    if want_toc:
        toc = ["محتويات التحقيق"]
        chap = heads if heads else rng.sample(INV_CHAPTERS, rng.randint(3, 5))
        for k, h in enumerate(chap):
            toc.append(f"{k + 1}. {h}" if hfmt != "h_chapter" or not heads else f"الفصل {ORD_F[min(k, 6)]}: {h}")
        add("toc", toc)
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
    hcount = 0
    for i, b in enumerate(blocks):
        for mname in positions.get(i, []):
            if mname == "eu_video":
                add("video", [f"فيديو {rng.randint(0, 4):02d}:{rng.randint(5, 59):02d}", others.pop()])
            elif mname == "eu_audio":
                add("audio", [f"ملف صوتي {rng.randint(1, 9):02d}:{rng.randint(0, 59):02d}",
                              "استمع إلى هذا التقرير"])
            elif mname == "eu_teaser":
                add("teaser", [rng.choice(["تقرير", "مقال", "خلفيات"]), others.pop()])
            elif mname == "tr_also":
                add("also", [f"اقرأ أيضا: {others.pop()}"])
            elif mname == "tr_ad":
                add("ad", ["إعلان"])
            elif mname == "inv_quote":
                q = quote_from(blocks, rng)
                if q:
                    add("quote", [f"«{q}»"])
                    add("quote_share", ["غرّد هذا الاقتباس"], glue=True)
            elif mname == "inv_chart":
                what = rng.choice(["تطور قيمة العقود", "عدد الشحنات حسب السنة", "توزيع المبالغ على الشركات"])
                add("chart", [f"📊 رسم بياني: {what} ({year - rng.randint(6, 10)}–{year - 1})",
                              f"المصدر: تحليل فريق التحقيق لـ{rng.choice(INV_DATA)}"])
            elif mname == "inv_doc":
                cap = rng.choice(["وثيقة رسمية تُظهر تحويل المبلغ", "صورة من محضر الاجتماع", "نسخة من الفاتورة"])
                cred = rng.choice(CREDITS["inv"])
                truth["images"].append({"caption": cap, "credit": cred})
                add("doc", [f"{cap} — {cred}"])
            elif mname == "bk_quote":
                q = quote_from(blocks, rng)
                if q:
                    add("quote", [f"«{q}»"])
            elif mname == "bk_break":
                add("break", ["* * *"])
            elif mname == "bk_ad":
                add("ad", ["Publicité"])
            elif mname in ("ed_also", "ed_also2"):
                add("also", [rng.choice(["اقرأ أيضًا:", "اقرأ أيضا..", "اقرأ أيضًا |"]) + " " + others.pop()])
            elif mname == "ed_watch":
                add("watch", [f"شاهد| {others.pop()}"])
            elif mname == "ed_link":
                add("link", [f"📌 للاستعلام عن نتيجة {EXAM_NAMES[ctx['ed']]} {year} اضغط هنا"])
            elif mname == "sci_def":
                term, defi = rng.choice(SCI_TERMS)
                add("define", ["ما هو؟", f"{term}: {defi}"])
            elif mname == "sci_fig":
                n = hcount + 1
                cap = rng.choice(CAPTIONS["sci"])
                cred = rng.choice(CREDITS["sci"])
                truth["images"].append({"caption": cap, "credit": cred})
                add("figure", [f"الشكل {n}: {cap}. Credit: {cred}"])
                hcount += 1
            elif mname == "sci_also":
                add("also", [f"مقالات ذات صلة: {others.pop()}"])
            elif mname == "un_audio":
                add("audio", ["🎧 استمع", f"{rng.randint(1, 6)}'{rng.randint(0, 59):02d}\"", "تنزيل"])
            elif mname == "un_quote":
                add("quote", [rng.choice(UN_QUOTES), f"— {rng.choice(UN_OFFICIALS)}"])
            elif mname == "un_also":
                add("also", ["تعرّف على المزيد:", others.pop()])
        if b["type"] == "heading":
            if hfmt == "h_chapter":
                k = sum(1 for x in blocks[:i] if x["type"] == "heading")
                add("chapter", [f"الفصل {ORD_F[min(k, 6)]}"])
                add("heading", [b["text"]], chrome=False, glue=True)
            elif hfmt == "h_square":
                add("heading", [f"■ {b['text']}"], chrome=False)
            else:
                add("heading", [b["text"]], chrome=False)
            continue
        add("body", [body_noise(b["text"], nkind, rng)], chrome=False)

    # after the body
    if pinfo and pinfo["bottom"]:
        add("bottom_pub", pinfo["bottom"])
    if bfmt == "b_bk_star":
        role = "ناقدة" if female else "ناقد"
        more = rng.choice(["وأكاديمية", "ومترجمة", "وروائية"] if female else ["وأكاديمي", "ومترجم", "وروائي"])
        add("footnote", [f"* {role} {more} من {rng.choice(['الجزائر', 'تونس', 'المغرب'])}"])
    if card and card_end:
        add("card", ["بطاقة الكتاب"] + card)

    def src_list(extra):
        srcs = [doc["site"]]
        if dl_used and truth["agencies"]:
            srcs.append(dl[1])
        elif rng.random() < 0.4:
            srcs.append(rng.choice(extra))
        return [s for s in dict.fromkeys(srcs) if s]

    for aname, p in spec["after"]:
        if aname == "bk_card_end" or rng.random() >= p:
            continue
        if aname == "eu_sig":
            if truth["sources"]:
                continue
            if dl_used and G.AGENCY_CODES.get(dl[1]):
                srcs = [dl[1]]
            else:
                srcs = rng.sample(["رويترز", "د ب أ", "أ ف ب", "أ ب"], rng.randint(1, 2))
            sig = "/".join(initials(rng) for _ in range(rng.randint(1, 2)))
            add("sig", [f"{sig} ({'، '.join(srcs)})"])
            truth["sources"] = srcs
        elif aname in ("tr_src", "inv_src", "sci_src"):
            if truth["sources"]:
                continue
            if aname == "tr_src":
                srcs = [outlet[0]]
                add("sources", [f"المصدر: {outlet[0]}"])
            elif aname == "inv_src":
                srcs = rng.sample(INV_DATA, rng.randint(1, 3))
                add("sources", ["مصادر البيانات: " + "، ".join(srcs)])
            else:
                srcs = src_list([f"مجلة {rng.choice(JOURNALS)}", "وكالات"])
                add("sources", ["المصدر العلمي: " + "، ".join(srcs)])
            truth["sources"] = srcs
        elif aname in ("eu_topics", "tr_tags", "inv_tags", "bk_tags", "ed_tags", "sci_tags", "un_tags"):
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            if aname == "eu_topics":
                if ctx["eu"] == "fr":
                    add("tags", ["Thèmes : " + " · ".join(tags)])
                else:
                    add("tags", ["المواضيع"] + tags)
            elif aname == "tr_tags":
                add("tags", ["الوسوم: " + " ، ".join(tags)])
            elif aname == "inv_tags":
                add("tags", ["موضوعات المقال: " + " / ".join(tags)])
            elif aname == "bk_tags":
                add("tags", ["Mots-clés : " + ", ".join(tags)])
            elif aname == "ed_tags":
                add("tags", ["كلمات بحث: " + " - ".join(tags)])
            elif aname == "sci_tags":
                add("tags", ["الوسوم: " + " # ".join(tags)])
            else:
                add("tags", ["الكلمات الرئيسية"] + tags)
            truth["tags"] = tags
        elif aname == "eu_permalink":
            code = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))
            add("permalink", ["الرابط الدائم", f"https://p.{dom}/p/{code}"])
        elif aname == "eu_share":
            add("share", ["شارك", "Facebook", "X", "WhatsApp", "E-Mail" if ctx["eu"] != "fr" else "Courriel"])
        elif aname == "eu_related":
            lines = [rng.choice(["المزيد من الموقع", "تقارير ذات صلة", "اخترنا لكم"])]
            for _ in range(rng.randint(2, 4)):
                lines += [others.pop(), rng.choice(["فيديو", "تقرير", "مقال", "ملف صوتي"])]
            add("related", lines)
        elif aname == "tr_disclaimer":
            add("disclaimer", [rng.choice(["المقال مترجم عن المصدر المذكور أعلاه، والآراء الواردة فيه تعبّر عن كاتبه.",
                                           "هذه المادة مترجمة ولا تعبّر بالضرورة عن رأي الموقع."])])
        elif aname == "tr_origlink":
            o = orig_day
            slug = en_slug(rng)
            mon = EN_MON[o.month - 1][:3].lower()
            add("origlink", ["رابط المقال الأصلي:", f"https://www.{outlet[2]}/world/{o.year}/{mon}/{o.day:02d}/{slug}"])
        elif aname == "tr_share":
            add("share", ["شارك المقال", "فيسبوك تويتر واتساب تلغرام"])
        elif aname == "tr_comments":
            n = rng.randint(1, 3)
            lines = [f"التعليقات ({n})"]
            for who in rng.sample(COMMENTERS, n):
                lines += [f"{who} — {rel_age(crawl, None, crawl, rng)}", rng.choice(COMMENTS)]
            add("comments", lines)
        elif aname == "tr_more":
            add("more", ["المزيد من ترجمات"] + [f"⬅ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "inv_method":
            add("method", ["منهجية التحقيق",
                           f"اعتمد الفريق على {rng.choice(INV_DATA)} ومقابلات مع {rng.randint(8, 40)} مصدرًا، "
                           f"وراجع {rng.randint(30, 400)} وثيقة على مدى {rng.randint(3, 14)} شهرًا."])
        elif aname == "inv_support":
            sup = rng.choice([p for p in PEOPLE["inv"] if p not in authors])
            add("support", [f"أُنجز هذا التحقيق بدعم من {site} وبإشراف {sup}."])
        elif aname == "inv_partners":
            add("partners", ["نُشر بالتزامن مع: " + "، ".join(rng.sample(INV_PARTNERS, rng.randint(2, 3)))])
        elif aname == "inv_series":
            add("series", ["من السلسلة نفسها", f"الجزء السابق: {others.pop()}", f"الجزء التالي: {others.pop()}"])
        elif aname == "inv_share":
            add("share", ["شارك التحقيق", "X · Facebook · LinkedIn · نسخ الرابط"])
        elif aname == "bk_more":
            lines = ["كتب أخرى في الملحق"]
            for bt, ba in zip(rng.sample([b for b, _ in BOOKS if b != book], 3), rng.sample(BOOK_AUTHORS, 3)):
                lines.append(f"«{bt}» لـ{ba}")
            add("more", lines)
        elif aname == "bk_share":
            add("share", ["Partager : Facebook | X | WhatsApp | Email"])
        elif aname == "bk_comments":
            n = rng.randint(0, 3)
            lines = [f"تعليقات القراء ({n})"]
            if not n:
                lines.append("كن أول من يعلّق")
            for who in rng.sample(COMMENTERS, n):
                lines += [who, rng.choice(COMMENTS)]
            lines.append("أضف تعليقك")
            add("comments", lines)
        elif aname == "bk_related":
            add("related", ["À lire aussi | اقرأ أيضًا"] + [others.pop() for _ in range(rng.randint(2, 3))])
        elif aname == "ed_table":
            lines = [f"جدول امتحانات {EXAM_NAMES[ctx['ed']]} {year}"]
            a = crawl + datetime.timedelta(days=rng.randint(10, 50))
            for subj in rng.sample(EXAM_SUBJECTS, rng.randint(3, 5)):
                mon = G.EG[a.month - 1] if ctx["ed"] == "eg" else G.LEV[a.month - 1]
                lines.append(f"{G.WD[a.weekday()]} {a.day} {mon} | {subj} | من 9:00 حتى "
                             f"{rng.choice(['11:00', '12:00', '12:30'])}")
                a += datetime.timedelta(days=rng.randint(1, 3))
            add("table", lines)
        elif aname == "ed_gnews":
            add("gnews", [f"تابع {site} على Google News"])
        elif aname == "ed_related":
            add("related", ["موضوعات متعلقة"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "ed_most":
            lines = ["الأكثر قراءة"]
            t0 = rng.randint(9 * 60, 23 * 60)
            for _ in range(rng.randint(3, 5)):
                t0 -= rng.randint(10, 90)
                t0 = max(t0, 0)
                lines += [others.pop(), f"{G.h12(t0 // 60)}:{t0 % 60:02d} {ar_ampm(t0 // 60)}"]
            add("most", lines)
        elif aname == "ed_ask":
            k = rng.randrange(len(ED_QUESTIONS))
            add("ask", ["اسأل المعلم", f"س: {ED_QUESTIONS[k]}", f"ج: {ED_ANSWERS[k]}", "أرسل سؤالك"])
        elif aname == "ed_share":
            add("share", ["شارك", "فيسبوك", "تويتر", "واتساب", "لينكد إن"])
        elif aname == "sci_study":
            o = (pub or crawl) - datetime.timedelta(days=rng.randint(2, 20))
            j = rng.choice(JOURNALS)
            doi = f"10.{rng.randint(1000, 1099)}/{j.split()[0].lower()}.{o.year}.{rng.randint(10000, 99999)}"
            add("study", ["الدراسة", rng.choice(STUDY_TITLES), f"{j} | {o.day} {EN_MON[o.month - 1]} {o.year}",
                          f"DOI: {doi}"])
        elif aname == "sci_cite":
            who = authors[0] if authors else site
            add("cite", ["للاستشهاد بهذا المقال:",
                         f"{who}، «{title}»، {site}، {crawl.day} {G.EG[crawl.month - 1]} {crawl.year}."])
        elif aname == "sci_related":
            add("related", ["مقالات علمية ذات صلة"] + [f"• {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "sci_share":
            add("share", ["شارك", "X | Facebook | LinkedIn | Reddit | نسخ الرابط"])
        elif aname == "un_sdg":
            add("sdg", ["أهداف التنمية المستدامة"] + rng.sample(SDGS, rng.randint(1, 3)))
        elif aname == "un_related":
            lines = ["قصص ذات صلة"]
            a = crawl
            for _ in range(rng.randint(2, 4)):
                a = a - datetime.timedelta(days=rng.randint(1, 20))
                lines += [others.pop(), f"{a.day} {G.LEV[a.month - 1]}/{G.EG[a.month - 1]} {a.year}"]
            add("related", lines)
        elif aname == "un_share":
            add("share", ["مشاركة", "Facebook", "X", "WhatsApp", "البريد الإلكتروني", "طباعة"])
        elif aname == "un_subscribe":
            add("subscribe", ["اشترك في النشرة الإخبارية اليومية", "أدخل بريدك الإلكتروني", "اشترك"])
        comp.setdefault("after", []).append(aname)

    ffmt = pick("footer")
    if ffmt == "f_eu":
        add("footer", [f"© {year} {site}", "بيان الخصوصية | Impressum | إمكانية الوصول | اتصل بنا"
                       if ctx["eu"] != "fr" else "Mentions légales | Confidentialité | Contact"])
    elif ffmt == "f_tr":
        add("footer", [f"جميع الحقوق محفوظة © {site} {year}", "من نحن | سياسة النشر | اتصل بنا"])
    elif ffmt == "f_inv":
        add("footer", [f"© {year} {site}", "هذا العمل مرخّص بموجب رخصة المشاع الإبداعي (CC BY-NC-ND 4.0)"])
    elif ffmt == "f_bk":
        add("footer", [f"© {site} {year} — Tous droits réservés", "Qui sommes-nous | Publicité | Contact"])
    elif ffmt == "f_ed":
        add("footer", [f"جميع الحقوق محفوظة لـ{site} {year} ©", "سياسة الخصوصية | اتصل بنا | أعلن معنا"])
    elif ffmt == "f_sci":
        add("footer", [f"© {year} {site}", "عن المجلة · هيئة التحرير · شروط الاستخدام · الخصوصية"])
    elif ffmt == "f_un":
        add("footer", [f"© {year} {site}", "حقوق النشر | الخصوصية | شروط الاستخدام | الاحتيال | اتصل بنا"])

    # layout
    sep_lines = {"blank": [""], "single": [""], "double": ["", ""]}[layout]
    out = []
    chrome_lines = []
    prev = None
    for g in groups:
        kind = g["kind"]
        if out and not g["glue"]:
            if not (layout == "single" and kind in ("body", "heading") and prev in ("body", "heading")):
                out += sep_lines
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
    never = [fold(truth["title"])]
    if truth["summary"]:
        never.append(fold(truth["summary"]))
    checked = []
    for c in chrome:
        f = fold(c)
        dc = display(c)
        if len(f) >= 3 and f" {f} " not in body_fold and dc not in checked and f not in never:
            checked.append(dc)
    for s in truth["sources"]:
        if G.AGENCY_CODES.get(s):
            truth["agencies"].append(G.AGENCY_CODES[s])
    truth["agencies"] = sorted(set(truth["agencies"]))
    truth.update(blocks=blocks, paragraphs=[b["text"] for b in blocks if b["type"] == "paragraph"],
                 headings=[b["text"] for b in blocks if b["type"] == "heading"], chrome=checked, style=style,
                 split=SPLIT, components=comp, corpus=doc["corpus"], doc_id=doc["id"])
    return text, truth
