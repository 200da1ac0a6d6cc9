"""The `fresh25` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh25 --n 2000 --seed 107
    python3 bench/textdump/score_dumps.py --split fresh25 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH25 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by a helper who has not read the extractor, its tests, its
fixtures or its benchmark notes (nor the sealed fresh21, fresh22, fresh23 and
fresh24 modules). No component here is meant to be one of the tune, held-out,
fresh, fresh2, ..., fresh20 ones (as far as gen_dumps.py, fresh20_styles.py
and the other readable modules' docstrings show). Only the aggregate rows of
`score_dumps.py --split fresh25` are ever reported; once the extractor is
changed because of anything learnt here, the split is spent.

The eight styles (`fresh25_1` ... `fresh25_7`, and `fresh25_mixed`, a
per-document random draw of the others' components) imitate text dumps of
kinds of pages that media monitors scrape and that the other splits do not
show: the website of a Lebanese party-affiliated daily (issue numbers, a party
slogan and a quote of the day, Levantine months with their Egyptian twins in
brackets, `ق.ظ`/`ب.ظ` 12-hour clocks, the political editor's unsigned column,
the columnists' box, a caricature line), an Omani or Bahraini official news
agency (Hijri `هـ` glued to the year, Arabic-Indic numeric dates, British
day-first English dates, news numbers, `CITY في DAY MONTH /AGENCY/` datelines,
editor's initials after the body, an oil-price strip, a latest-news list with
clocks, a listen-to-the-story player), a Sudanese daily's print edition
converted from PDF to text (masthead with issue number and the issue date in
two calendars, headlines broken over two lines, lines wrapped at a column
width, form feeds with running page headers and page numbers, jump lines
`التفاصيل ص N` / `تتمة`, classified and court-notice boxes between the
paragraphs, soft hyphens and doubled spaces), a multi-sport daily (Egyptian,
Moroccan or Qatari: a live-score bar, a results strip, match cards, a poll,
standings and scorers' tables, the next fixture with its future date,
hashtag tags, `نقلاً عن:` attributions, a `14h32` clock), a North-American
Arab community outlet (Montreal with Quebec French chrome, `14 h 32` clocks
and `témoins` cookies, or Dearborn with American English chrome, AP-style
`Sept. 5, 2024, 2:32 p.m. EDT` stamps, community event and lawyer ads), a
newspaper aggregator's archive page (`نشر في PAPER يوم 25 - 04 - 2024`, an
archiving date beside the original publication date, related items each
with its own `نشر في` line, previous/next links, a "copied automatically"
disclaimer) and the text-only "lite" edition of a Libyan or Yemeni news site
for slow connections (numbered access keys, page weight, bracketed image
placeholders, `YYYY-MM-DD HH:MM:SS` stamps, a spelled clock `الساعة 14 و32
دقيقة`, pagination inside the article, bracketed tags). Site names, parties,
clubs, people and the vocabulary are invented. The corpus texts, the lede
choice (abstract / teaser / promoted first paragraph), the inserted headings
and the other articles' titles in related blocks are the gen_dumps.py ones.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once. A headline broken over two lines (print
  edition) is still the one title; the browser-tab line, a breadcrumb's cut
  title, a repeat, a jump line's title fragment and the match card are chrome
  (a repeat equal to the title is left out of the chrome list).
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its language or calendar; with two calendars the
  Gregorian day. Issue numbers, weather, oil and currency strips, live scores,
  an archiving date and event or fixture dates are no widget. The print
  edition has no widget (null) unless a mixed draw gives it one.
- published: the publication line's date, with `THH:MM` when it shows a time
  (`ق.ظ` before noon, `ب.ظ` from noon; `a.m.`/`p.m.`, `AM`/`PM`, `ص`/`م`; the
  printed clock as it stands whatever zone it names, `GMT` included). An
  issue date (masthead or `العدد N — date`) is a date without a time. The
  aggregator's `نشر في PAPER يوم DD - MM - YYYY` line is the publication
  line (date only); beside an archiving date, the original publication date
  is the one. A Hijri-first pair gives its Gregorian date. A relative age
  printed with an absolute date gives the absolute one. The day and month
  inside an agency dateline are no publication line. Update lines go to the
  extra `modified` key (not scored).
- summary: a deck under the title or after the meta lines or the caption, or
  a labelled lede (label inline or on the line before; the label is not part
  of it). An unlabelled promoted first paragraph or abstract with nothing
  between it and the body (no meta, caption or chrome line, no dateline
  opening the body) goes into the body, as in fresh20; a promoted first
  paragraph under 8 words is never a lede.
- blocks: the corpus paragraphs, whole: a paragraph wrapped over several
  lines, or cut by a page break with running headers, is still one block;
  headings without their marks. Datelines (only where the corpus author
  field is `CITY - AGENCY` or `CITY - SITE`, never a person's name) stay in
  the first paragraph as printed (`مسقط في 25 أبريل /AGENCY/ - …`). Page numbers, running headers,
  jump lines, classified ads, pagination lines, editor's initials, polls,
  match cards and players are no blocks.
- images: the caption without its credit and label; the credit as written
  without its label (`تصوير:`, `الصورة:`, `عدسة:`, `Photo :`, `Photo
  courtesy of`, `بعدسة`, or the credit printed first after `📸`).
- sources: the items of `مصادر:`, `جهة الخبر:`, `نقلاً عن:`, `Source :`,
  `Source:`, `مصدر الخبر:` and `المصدر ←`. A `نشر في PAPER يوم …` line and
  a "published simultaneously with" line are no sources line. Tags: the items
  of `مواضيع:`, `مفاتيح الخبر:`, a hashtag line (without `#`), `Étiquettes :`,
  `Topics:`, `اقرأ عن:` and `الوسوم:` with bracketed items.
- authors: the byline's names as printed, in order (Latin names in Latin
  script): two for `و`, `et`, `and`, `،` between two names. Roles and titles
  (`كتب`, `كتبت`, `بقلم`, `د.`, `تقرير:`, `متابعة:`, `المراسل:`, `Par`, `By`,
  `محرر الشؤون …`, `موفد «SITE» إلى CITY:`, `CITY:` before a name, `– CITY`
  after it, `Staff writer`) are not part of it. A photographer, an editor in
  chief on a masthead, a desk, the political editor's unsigned column and an
  agency are no author.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the body
  and those equal to the title or the summary.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh25"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
# weekday lists start on Monday, as datetime.weekday()
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
EN_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
ORD_YEAR = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة",
            "العاشرة", "الحادية عشرة", "الثانية عشرة", "الثالثة عشرة", "الرابعة عشرة", "الخامسة عشرة",
            "السادسة عشرة", "السابعة عشرة", "الثامنة عشرة", "التاسعة عشرة", "العشرون"]
SHY = "\u00ad"
EMSP = "\u2003"
ALM = "\u061c"
FSI, RLI, PDI = "\u2068", "\u2067", "\u2069"
LRE, PDF_ = "\u202a", "\u202c"
NBSP = "\u00a0"


def hm(h, m):
    return f"{h:02d}:{m:02d}"


def qz(hh):
    """Lebanese 12-hour marks: ق.ظ before noon, ب.ظ from noon."""
    return "ق.ظ" if hh < 12 else "ب.ظ"


def us_eastern(d):
    """EDT between the second Sunday of March and the first Sunday of November, else EST."""
    def nth_sunday(y, mo, n):
        first = datetime.date(y, mo, 1)
        return first + datetime.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
    return "EDT" if nth_sunday(d.year, 3, 2) <= d < nth_sunday(d.year, 11, 1) else "EST"


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city, extra)]
SITES = {
    "lb": [("النداء الجديد", "annidaa-jadid.com.lb", "يومية سياسية تصدر عن حزب التجدد الوطني", "بيروت", "party"),
           ("صوت الجبل", "sawt-aljabal.lb", "جريدة سياسية يومية — منذ 1979", "عاليه", "party"),
           ("المسيرة اليومية", "almasira-daily.com", "لسان حال الحركة الشعبية للإصلاح", "صيدا", "party"),
           ("الشراع الأحمر", "ashiraa-alahmar.lb", "", "طرابلس", "party")],
    "om": [("وكالة اللبان للأنباء", "alluban-news.om", "الوكالة الرسمية", "مسقط", "اللبان"),
           ("وكالة الشراع العُمانية", "shiraa-agency.om", "", "صلالة", "الشراع"),
           ("وكالة الدانة للأنباء", "aldana-news.bh", "وكالة الأنباء الوطنية", "المنامة", "دانة"),
           ("وكالة اللؤلؤ الإخبارية", "lulu-news.bh", "", "المحرق", "اللؤلؤ")],
    "pdf": [("صحيفة النيلين اليوم", "alnilain-today.sd", "يومية سياسية مستقلة", "الخرطوم", ""),
            ("الرائد السوداني", "alraed-sd.net", "صحيفة يومية شاملة", "بورتسودان", ""),
            ("صدى الجزيرة", "sada-gezira.sd", "يومية سياسية اجتماعية", "ود مدني", "")],
    "sp": [("الملاعب اليوم", "almalaeb-today.com", "يومية رياضية شاملة", "القاهرة", "eg"),
           ("صدى المدرجات", "sada-almudarajat.ma", "جريدة رياضية مغربية", "الدار البيضاء", "ma"),
           ("الهدف القطري", "alhadaf-qa.com", "كل الرياضات في صفحة واحدة", "الدوحة", "qa")],
    "na": [("صدى الجالية", "sadaaljalia.ca", "صحيفة العرب في كيبيك", "مونتريال", "qc"),
           ("جسور كيبيك", "jusour-quebec.ca", "", "لافال", "qc"),
           ("مرآة المهجر", "mirat-almahjar.com", "Arab-American Weekly", "ديربورن", "us"),
           ("الجسر العربي الأمريكي", "arabbridge-news.com", "", "ديربورن", "us")],
    "ag": [("أرشيف الصحافة العربية", "arshif-sahafa.com", "كل ما تنشره الصحف في مكان واحد", "", ""),
           ("مرصد العناوين", "marsad-anawin.net", "محرك بحث إخباري", "", ""),
           ("بوابة المطالعة", "mutalaa-portal.com", "", "", "")],
    "lt": [("صدى الساحل", "sada-sahel.ly", "", "طرابلس", "ly"),
           ("بوابة برقة الإخبارية", "barqa-gate.ly", "", "بنغازي", "ly"),
           ("المكلا نت", "mukalla-net.ye", "", "المكلا", "ye")],
}
PEOPLE = {"lb": ["جوزف أبو ضاهر", "ريتا صفير", "حسان الزين", "غادة حلاوي", "وليد شقير", "ندى أيوب", "مروان عبود"],
          "om": ["سالم بن حمد الحارثي", "عائشة البلوشية", "خالد الرواحي", "مريم الهنائية", "يوسف الكعبي",
                 "فاطمة الدوسري", "عيسى المحميد"],
          "pdf": ["عثمان ميرغني بابكر", "آمنة حسن الطيب", "مجدي عبد العزيز", "سارة النور", "الطاهر ساتي",
                  "هويدا سر الختم"],
          "sp": ["أحمد عبد الباسط", "ياسر الفقي", "منى العزبي", "عبد الإله المتقي", "هشام بنسعيد", "نوال الحداد",
                 "خليفة المري"],
          "na": ["سمير دعيبس", "لينا مطر", "رامي بزي", "هالة شعيتو", "إدوار نصر الله", "دانية فواز"],
          "ag": ["محمود الشاذلي", "إيمان فكري", "رشا عامر", "عادل صبري", "حسام المنشاوي"],
          "lt": ["عبد الرؤوف بن نصر", "سالمة الشريف", "فرج المسماري", "هند القماطي", "محمد باوزير", "أروى السقاف"]}
FEMALE = {"ريتا صفير", "غادة حلاوي", "ندى أيوب", "عائشة البلوشية", "مريم الهنائية", "فاطمة الدوسري",
          "آمنة حسن الطيب", "سارة النور", "هويدا سر الختم", "منى العزبي", "نوال الحداد", "لينا مطر", "هالة شعيتو",
          "دانية فواز", "إيمان فكري", "رشا عامر", "سالمة الشريف", "هند القماطي", "أروى السقاف"}
LATIN = {"qc": ["Karim Haddad", "Nadia Boukhari", "Élias Khoury-Tremblay", "Samira Benali", "Jad Nassar"],
         "us": ["Hassan Beydoun", "Layla Saad", "Tony Abraham", "Rana Hammoud", "Ali Makki"]}
SECTIONS = {"lb": ["سياسة", "محليات", "أقلام", "اقتصاد", "عربي ودولي"],
            "om": ["محليات", "اقتصاد", "الخليج", "دولي", "ثقافة"],
            "pdf": ["الأخبار", "محليات", "الاقتصاد", "تقارير", "الولايات"],
            "sp": ["كرة القدم", "كرة السلة", "كرة اليد", "ألعاب القوى", "تنس"],
            "na": ["Communauté", "الجالية", "كندا", "العالم العربي", "Community"],
            "ag": ["أخبار مصر", "أخبار الخليج", "أخبار العالم", "اقتصاد", "رياضة"],
            "lt": ["أخبار ليبيا", "محليات", "اقتصاد", "دولي"]}
NAV = {"lb": ["الصفحة الأولى", "سياسة", "محليات", "أقلام", "اقتصاد", "كاريكاتير", "العدد الورقي", "أرشيف"],
       "om": ["الرئيسية", "الأخبار المحلية", "الاقتصاد", "الخليج", "العالم", "الصور", "الفيديو", "الإنفوجرافيك"],
       "pdf": ["الصفحة الأولى", "أخبار", "تقارير", "رياضة", "الأخيرة"],
       "sp": ["كرة القدم", "كرة السلة", "كرة اليد", "ألعاب القوى", "تنس", "محركات", "رياضات قتالية", "نتائج مباشرة"],
       "qc": ["Accueil", "Communauté", "Québec", "Canada", "العالم العربي", "Immigration", "Annonces"],
       "us": ["Home", "Community", "Michigan", "Nation", "العالم العربي", "Opinion", "Classifieds"],
       "ag": ["الأهرام", "الشروق", "المصري اليوم", "الوطن", "اليوم السابع", "صحف الخليج", "صحف المغرب"],
       "lt": ["[1] الرئيسية", "[2] أخبار", "[3] اقتصاد", "[4] رياضة", "[0] بحث"]}
CAPTIONS = {"lb": ["جلسة لمجلس النواب في ساحة النجمة", "تظاهرة في وسط بيروت", "مرفأ بيروت من الجو",
                   "لقاء حزبي في قاعة المؤتمرات", "طريق الجنوب الساحلي"],
            "om": ["جانب من توقيع الاتفاقية", "ميناء الدقم", "المشاركون في الملتقى", "من أعمال الجلسة الافتتاحية",
                   "مبنى الوزارة في مسقط"],
            "pdf": ["والي الولاية يخاطب المواطنين", "جانب من الاجتماع بالخرطوم", "سوق أم درمان الكبير",
                    "مزارعون في مشروع الجزيرة"],
            "sp": ["فرحة اللاعبين بالهدف الثاني", "جماهير الفريق في المدرجات", "المدرب خلال المؤتمر الصحفي",
                   "لقطة من التدريبات الأخيرة", "كأس البطولة"],
            "na": ["مهرجان الجالية في حديقة جان دروبو", "مبنى البلدية", "افتتاح المركز الثقافي",
                   "متطوعون في بنك الطعام", "مسيرة تضامنية وسط المدينة"],
            "ag": ["صورة أرشيفية من المصدر", "من موقع الحدث", "لقطة من البث"],
            "lt": ["شارع عمر المختار", "ميناء المدينة", "مقر الحكومة", "سوق الخضار المركزي", "كورنيش المدينة"]}
CREDITS = {"lb": ["هيثم الموسوي", "مروان طحطح", "أرشيف الجريدة", "دالاتي ونهرا"],
           "om": ["قسم التصوير بالوكالة", "المكتب الإعلامي", "خلفان الريامي", "أرشيف الوكالة"],
           "pdf": ["محمد نور الدين", "أرشيف الصحيفة", "المكتب الصحفي"],
           "sp": ["أرشيف الملاعب", "Getty Images", "الموقع الرسمي للنادي", "عدسة الجريدة"],
           "qc": ["La Presse canadienne", "Karim Haddad", "Courtoisie", "Archives"],
           "us": ["Hassan Beydoun", "City of Dearborn", "Arab Bridge archives", "Courtesy"],
           "ag": ["المصدر", "الصحيفة الأصلية", "أرشيف"],
           "lt": ["أرشيف", "المراسل", "مكتب الإعلام"]}
LEDE_LABEL = {"lb": "الخلاصة:", "om": "في سطور:", "pdf": "الزبدة:", "sp": "أبرز ما في الخبر:", "qc": "En bref :",
              "us": "In brief:", "ag": "مقتطف:", "lt": "ملخص سريع:"}
HOME = {"lb": "الصفحة الأولى", "om": "الرئيسية", "pdf": "الصفحة الأولى", "sp": "الرئيسية", "qc": "Accueil",
        "us": "Home", "ag": "الرئيسية", "lt": "الرئيسية"}
PARTY_SLOGANS = ["«لبنان أولًا وأخيرًا»", "«العدالة الاجتماعية طريقنا»", "«دولة المواطنة لا دولة الطوائف»",
                 "«من أجل لبنان سيد حر مستقل»"]
QUOTES = ["«الوطن ليس فندقًا نغادره حين تسوء الخدمة»", "«لا إصلاح بلا محاسبة»", "«الحرية مسؤولية قبل أن تكون حقًا»",
          "«السياسة أخلاق أو لا تكون»"]
LEADERS = ["المؤسس الراحل", "الأمين العام", "رئيس الحزب", "القائد المؤسس"]
COLUMNS = [("على الهامش", "جوزف أبو ضاهر"), ("خارج السرب", "غادة حلاوي"), ("نقطة على السطر", "حسان الزين"),
           ("بصراحة", "وليد شقير"), ("من الذاكرة", "ريتا صفير")]
TEAMS = ["الفجر", "الشعلة", "الرواد", "الأمل", "الجزيرة الزرقاء", "نجوم المدينة", "الكواكب", "السهم", "النسور",
         "الوحدة الساحلية"]
STADIUMS = ["ملعب المدينة الرياضية", "ستاد الشهداء", "ملعب الأمير الكبير", "الصالة المغطاة"]
COMPETITIONS = ["الدوري الممتاز", "كأس الاتحاد", "دوري الأبطال العربي", "البطولة العربية للأندية", "كأس السوبر"]
PLAYERS = ["يوسف بلحاج", "مروان الدسوقي", "سعد الكعبي", "كريم الزياني", "عمر فاضل", "أنس الملولي"]
SP_COMMENTERS = ["مشجع قديم", "ابن النادي", "Hamza_10", "أبو ريان", "عاشقة الكرة"]
SP_COMMENTS = ["المدرب يتحمل المسؤولية", "أداء رائع من الدفاع", "ننتظر الصفقات الجديدة", "التحكيم كان سيئًا",
               "الفريق يستحق اللقب هذا الموسم"]
NA_EVENTS = ["إفطار جماعي للجالية", "أمسية شعرية", "يوم مفتوح للوافدين الجدد", "معرض الكتاب العربي",
             "مهرجان الطعام اللبناني"]
NA_COMMENTERS = ["Georges B.", "أم وسيم", "Ahmad K.", "جاد", "Nour"]
NA_COMMENTS = ["Merci pour l'article", "معلومات مفيدة للجالية", "Great coverage as always", "نتمنى تغطية أوسع",
               "Bravo à l'équipe"]
AG_PAPERS = ["الأهرام", "الشروق", "المصري اليوم", "الوطن", "اليوم السابع", "الخليج", "الشرق", "هسبريس"]
PDF_ADS = [["إعلان", "مطلوب فورًا لشركة كبرى: محاسبون ومهندسون مدنيون بخبرة لا تقل عن 5 سنوات",
            "للتواصل: 0912 345 678"],
           ["إعلان", "شقق للإيجار بحي الرياض — مفروشة وغير مفروشة", "الاتصال: 0123 456 789"],
           ["فقدان", "فقدت بطاقة قومية باسم/ محمد أحمد عثمان — على من يجدها تسليمها لأقرب قسم شرطة"]]
OIL = ["خام عُمان", "خام دبي", "برنت"]


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="lb", pre=[], header=[], widget=[None], kicker=0.0, title_form=["plain"], title_noise=[None],
             byline=[None], publine=[None], update=0.0, counter=0.0, lede=[None], lede_place=["deck"], caption=0.0,
             caption_fmt=["c_lb"], headings=0.0, heading_fmt=["h_plain"], dateline=[None], mid=[], after=[],
             footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0, pagebreak=0.0)

STYLES = {
    "fresh25_1": dict(site="lb", pre=[("lb_slogan", 0.5)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("lb_issue", 0.5), ("nav", 0.9),
                              ("lb_quote", 0.4), ("lb_dollar", 0.4)],
                      widget=["w_lb_brk", "w_lb_num", "w_lb_gh"], kicker=0.4,
                      title_form=["plain", "plain", "tab", "repeat"], title_noise=[None, None, "ali"],
                      byline=["b_lb_wrote", "b_lb_role", "b_lb_column", "b_lb_two", "b_lb_desk", None],
                      publine=["p_lb_qz", "p_lb_issue", "p_lb_beirut"], update=0.3, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_meta", "after_caption"],
                      caption=0.7, caption_fmt=["c_lb"], headings=0.35, heading_fmt=["h_diamond", "h_plain"],
                      dateline=["dl_guil", None], mid=[("lb_also", 0.5), ("lb_cartoon", 0.3)],
                      after=[("lb_simul", 0.3), ("lb_tags", 0.5), ("lb_src", 0.45), ("lb_share", 0.6),
                             ("lb_columns", 0.45), ("lb_related", 0.5), ("lb_pdf", 0.35)],
                      footer=["f_lb"], layout=["blank", "blank", "single"], body_noise=[None, None, "ali"]),
    "fresh25_2": dict(site="om", pre=[("om_lang", 0.6)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 0.9), ("om_oil", 0.5),
                              ("om_weather", 0.35)],
                      widget=["w_om_h", "w_om_indic", "w_om_en"], kicker=0.3,
                      title_form=["plain", "plain", "crumb", "tab"], title_noise=[None, None, "iso"],
                      byline=["b_om_report", "b_om_cover", "b_om_desk", None, None],
                      publine=["p_om_ref", "p_om_hij", "p_om_fields"], update=0.3, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_caption"],
                      caption=0.65, caption_fmt=["c_om"], headings=0.3, heading_fmt=["h_square"],
                      dateline=["dl_slash", "dl_slash", None], mid=[("om_audio", 0.35), ("om_also", 0.45)],
                      after=[("om_end", 0.7), ("om_tags", 0.5), ("om_src", 0.4), ("om_langs", 0.35),
                             ("om_share", 0.6), ("om_latest", 0.5)],
                      footer=["f_om"], layout=["blank", "nbsp"], body_noise=[None, "indic"]),
    "fresh25_3": dict(site="pdf", pre=[("pdf_viewer", 0.5)],
                      header=[("pdf_mast", 1.0), ("pdf_section", 0.6)],
                      widget=[None], kicker=0.5,
                      title_form=["plain", "split", "split"], title_noise=[None, None, "shy"],
                      byline=["b_pdf_city", "b_pdf_two", "b_pdf_dr", "b_pdf_report", "b_pdf_desk", None],
                      publine=["p_pdf_mast", "p_pdf_mast2"], update=0.0, counter=0.0,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "after_meta"],
                      caption=0.5, caption_fmt=["c_pdf"], headings=0.4, heading_fmt=["h_plain"],
                      dateline=["dl_colon_paren", None], mid=[("pdf_ad", 0.35), ("pdf_court", 0.25)],
                      after=[("pdf_jump_end", 0.3)],
                      footer=["f_pdf"], layout=["blank", "indent", "blank"], body_noise=["shy", "dblsp", None],
                      pagebreak=0.75),
    "fresh25_4": dict(site="sp", pre=[("sp_live", 0.5)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 0.9), ("sp_results", 0.5)],
                      widget=["w_sp_dash", "w_sp_last", "w_sp_fr"], kicker=0.6,
                      title_form=["plain", "plain", "card", "tab"], title_noise=[None, None, "tatweel"],
                      byline=["b_sp_kataba", "b_sp_follow", "b_sp_envoy", "b_sp_two", "b_sp_desk", None],
                      publine=["p_sp_tz", "p_sp_dot", "p_sp_dot"], update=0.3, counter=0.4,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_caption"],
                      caption=0.75, caption_fmt=["c_sp"], headings=0.4, heading_fmt=["h_bolt"],
                      dateline=["dl_guil", None], mid=[("sp_card", 0.45), ("sp_video", 0.35), ("sp_poll", 0.3)],
                      after=[("sp_hashtags", 0.5), ("sp_src", 0.45), ("sp_share", 0.6), ("sp_table", 0.45),
                             ("sp_scorers", 0.3), ("sp_next", 0.45), ("sp_related", 0.5), ("sp_comments", 0.35)],
                      footer=["f_sp"], layout=["blank", "blank", "single"], body_noise=[None, "emsp"]),
    "fresh25_5": dict(site="na", pre=[("na_cookie", 0.5), ("na_ad", 0.35)],
                      header=[("na_lang", 0.6), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("na_weather", 0.5)],
                      widget=["w_na_fr", "w_na_enabbr", "w_na_mix"], kicker=0.4,
                      title_form=["plain", "plain", "tab", "crumb"], title_noise=[None],
                      byline=["b_na_par", "b_na_city", "b_na_two", "b_na_staff", None],
                      publine=["p_na_native", "p_na_native", "p_na_ar"], update=0.35, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_meta", "after_caption"],
                      caption=0.7, caption_fmt=["c_na"], headings=0.35, heading_fmt=["h_caret"],
                      dateline=["dl_paren", None], mid=[("na_read", 0.5), ("na_event", 0.4)],
                      after=[("na_tags", 0.5), ("na_src", 0.45), ("na_share", 0.6), ("na_donate", 0.35),
                             ("na_print", 0.3), ("na_comments", 0.35)],
                      footer=["f_na"], layout=["blank", "nbsp"], body_noise=[None, "iso"], crlf=0.25),
    "fresh25_6": dict(site="ag", pre=[("ag_search", 0.6)],
                      header=[("site_name", 1.0), ("widget", 0.6), ("nav", 0.8)],
                      widget=["w_ag_ymd", "w_ag_hij"], kicker=0.0,
                      title_form=["plain", "plain", "tab", "crumb"], title_noise=[None, None, "tatweel"],
                      byline=["b_ag_kataba", None, None],
                      publine=["p_ag_nashr", "p_ag_nashr", "p_ag_arc"], update=0.0, counter=0.4,
                      lede=["abstract", "teaser", None, None],
                      lede_place=["label_inline", "after_meta"],
                      caption=0.3, caption_fmt=["c_ag"], headings=0.25, heading_fmt=["h_plain"],
                      dateline=[None], mid=[("ag_click", 0.3)],
                      after=[("ag_disclaimer", 0.6), ("ag_src", 0.5), ("ag_tags", 0.45), ("ag_prevnext", 0.5),
                             ("ag_similar", 0.6), ("ag_today", 0.4)],
                      footer=["f_ag"], layout=["blank", "single"], body_noise=[None, "lre"]),
    "fresh25_7": dict(site="lt", pre=[("lt_notice", 0.7)],
                      header=[("site_name", 1.0), ("nav", 0.9), ("widget", 0.8), ("lt_weight", 0.4)],
                      widget=["w_lt_words", "w_lt_indic"], kicker=0.2,
                      title_form=["plain", "plain", "repeat"], title_noise=[None, None, "iso"],
                      byline=["b_lt_rep", "b_lt_two", "b_lt_desk", None],
                      publine=["p_lt_iso", "p_lt_rel", "p_lt_spelled"], update=0.3, counter=0.0,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "after_meta", "label_line"],
                      caption=0.6, caption_fmt=["c_lt"], headings=0.35, heading_fmt=["h_eq"],
                      dateline=["dl_paren", None], mid=[("lt_pages", 0.45)],
                      after=[("lt_tags", 0.5), ("lt_src", 0.45), ("lt_sms", 0.4), ("lt_top", 0.5),
                             ("lt_more", 0.55)],
                      footer=["f_lt"], layout=["single", "blank"], body_noise=[None, "iso"], bom=0.2),
    "fresh25_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["na_lang", "pdf_mast", "site_name", "pdf_section", "widget", "lb_issue", "nav", "lb_quote",
                "lb_dollar", "om_oil", "om_weather", "sp_results", "na_weather", "lt_weight"]
HEAD_POOL = ["na_lang", "lb_issue", "lb_quote", "lb_dollar", "om_oil", "om_weather", "sp_results", "na_weather",
             "lt_weight"]
PRE_POOL = ["lb_slogan", "om_lang", "pdf_viewer", "sp_live", "na_cookie", "na_ad", "ag_search", "lt_notice"]
MID_POOL = ["lb_also", "lb_cartoon", "om_audio", "om_also", "pdf_ad", "pdf_court", "sp_card", "sp_video", "sp_poll",
            "na_read", "na_event", "ag_click", "lt_pages"]
AFTER_POOL = ["lb_simul", "lb_tags", "lb_src", "lb_share", "lb_columns", "lb_related", "lb_pdf", "om_end", "om_tags",
              "om_src", "om_langs", "om_share", "om_latest", "sp_hashtags", "sp_src", "sp_share", "sp_table",
              "sp_scorers", "sp_next", "sp_related", "sp_comments", "na_tags", "na_src", "na_share", "na_donate",
              "na_print", "na_comments", "ag_disclaimer", "ag_src", "ag_tags", "ag_prevnext", "ag_similar",
              "ag_today", "lt_tags", "lt_src", "lt_sms", "lt_top", "lt_more"]
CHOICES = dict(widget=["w_lb_brk", "w_lb_num", "w_lb_gh", "w_om_h", "w_om_indic", "w_om_en", "w_sp_dash",
                       "w_sp_last", "w_sp_fr", "w_na_fr", "w_na_enabbr", "w_na_mix", "w_ag_ymd", "w_ag_hij",
                       "w_lt_words", "w_lt_indic", None],
               byline=["b_lb_wrote", "b_lb_role", "b_lb_column", "b_lb_two", "b_lb_desk", "b_om_report",
                       "b_om_cover", "b_om_desk", "b_pdf_city", "b_pdf_two", "b_pdf_dr", "b_pdf_report", "b_pdf_desk",
                       "b_sp_kataba", "b_sp_follow", "b_sp_envoy", "b_sp_two", "b_sp_desk", "b_na_par", "b_na_city",
                       "b_na_two", "b_na_staff", "b_ag_kataba", "b_lt_rep", "b_lt_two", "b_lt_desk", None],
               publine=["p_lb_qz", "p_lb_issue", "p_lb_beirut", "p_om_ref", "p_om_hij", "p_om_fields", "p_pdf_mast",
                        "p_pdf_mast2", "p_sp_tz", "p_sp_dot", "p_na_native", "p_na_ar", "p_ag_nashr", "p_ag_arc",
                        "p_lt_iso", "p_lt_rel", "p_lt_spelled", None],
               caption_fmt=["c_lb", "c_om", "c_pdf", "c_sp", "c_na", "c_ag", "c_lt"],
               lede_place=["deck", "after_meta", "after_caption", "label_inline", "label_line"],
               heading_fmt=["h_plain", "h_diamond", "h_square", "h_bolt", "h_caret", "h_eq"],
               dateline=["dl_guil", "dl_slash", "dl_colon_paren", "dl_paren", None],
               footer=["f_lb", "f_om", "f_pdf", "f_sp", "f_na", "f_ag", "f_lt", None],
               body_noise=[None, "ali", "indic", "shy", "dblsp", "emsp", "iso", "lre"],
               title_noise=[None, "ali", "iso", "shy", "tatweel"],
               title_form=["plain", "tab", "crumb", "repeat", "card"])
BASES = [f"fresh25_{k}" for k in range(1, 8)]


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
    after = [a for a in AFTER_POOL if rng.random() < 0.18]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    if base != "fresh25_3":
        spec["layout"] = [rng.choice(["blank", "blank", "single", "nbsp"])]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    if fmt == "w_lb_brk":
        return [f"{wd} {day} {G.LEV[m]} ({G.EG[m]}) {y}"]
    if fmt == "w_lb_num":
        return [f"{wd}، {day:02d}-{m + 1:02d}-{y}"]
    if fmt == "w_lb_gh":
        hy, hmo, hd = G.hijri(d)
        return [f"{wd} {day} {G.LEV[m]} {y}م — {hd} {G.HIJ[hmo - 1]} {hy}هـ"]
    if fmt == "w_om_h":
        hy, hmo, hd = G.hijri(d)
        return [f"{wd} {hd} {G.HIJ[hmo - 1]} {hy}هـ | {day} {G.EG[m]} {y}م"]
    if fmt == "w_om_indic":
        return [f"{wd} {day}-{m + 1}-{y}".translate(G.INDIC)]
    if fmt == "w_om_en":
        return [f"{EN_WD[wk]}, {day} {EN_MON[m]} {y}"]
    if fmt == "w_sp_dash":
        return [f"{wd} - {day} - {G.EG[m]} - {y}"]
    if fmt == "w_sp_last":
        return [f"{day} {G.EG[m]} {y}، {wd}"]
    if fmt == "w_sp_fr":
        return [f"{FR_WD[wk].capitalize()} {day} {FR_MON[m]} {y} — {wd}"]
    if fmt == "w_na_fr":
        return [f"{FR_WD[wk]} {day} {FR_MON[m]} {y}"]
    if fmt == "w_na_enabbr":
        return [f"{EN_WD[wk][:3]}, {EN_ABBR[m]} {day}, {y}"]
    if fmt == "w_na_mix":
        return [f"{EN_WD[wk][:3]} · {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_ag_ymd":
        return [f"اليوم: {wd} {y}/{m + 1:02d}/{day:02d}"]
    if fmt == "w_ag_hij":
        hy, hmo, hd = G.hijri(d)
        return [f"{wd}، {day} {G.EG[m]} {y} — {hd} {G.HIJ[hmo - 1]} {hy}"]
    if fmt == "w_lt_words":
        return [f"اليوم {wd} {day} من {G.EG[m]} {y}"]
    if fmt == "w_lt_indic":
        return [f"{day:02d}/{m + 1:02d}/{y} - {wd}".translate(G.INDIC)]
    raise ValueError(fmt)


def rel_age(pub, tm, crawl, rng):
    """How long ago, as the page says it on the crawl day."""
    gap = (crawl - pub).days
    if gap == 0:
        n = rng.randint(1, max(1, min(9, 23 - tm[0]))) if tm and tm[0] < 23 else rng.randint(1, 3)
        return "ساعة" if n == 1 else "ساعتين" if n == 2 else f"{n} ساعات"
    if gap == 1:
        return "يوم"
    if gap == 2:
        return "يومين"
    return f"{gap} أيام"


def fmt_publine(fmt, d, tm, rng, ctx):
    """How the publication date shows: dict(meta=[lines], value=published truth or None, fmt)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(meta=[], value=full, fmt=fmt)
    if tm:
        hh, mi = tm
        h12 = G.h12(hh)
    if fmt == "p_lb_qz":
        out["meta"] = [f"{day} {G.LEV[m]}/{G.EG[m]} {y}" + (f" | {h12}:{mi:02d} {qz(hh)}" if tm else "")]
    elif fmt == "p_lb_issue":
        out["meta"] = [f"العدد {ctx['issue']} — {wd} {day} {G.LEV[m]} {y}"]
        out["value"] = d.isoformat()
    elif fmt == "p_lb_beirut":
        out["meta"] = [f"نُشر: {day:02d}/{m + 1:02d}/{y}" + (f" – {hm(*tm)} بتوقيت بيروت" if tm else "")]
    elif fmt == "p_om_ref":
        out["meta"] = [f"رقم الخبر: {ctx['newsno']} | {day} {G.EG[m]} {y}م" + (f" - {hm(*tm)}" if tm else "")]
    elif fmt == "p_om_hij":
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"{hd} {G.HIJ[hmo - 1]} {hy}هـ الموافق {day}/{m + 1}/{y}م" + (f" | {hm(*tm)}" if tm else "")]
    elif fmt == "p_om_fields":
        out["meta"] = [f"التاريخ: {day} {G.EG[m]} {y}" + (f" | الوقت: {hm(*tm)} (بتوقيت {ctx['city']})" if tm else "")]
    elif fmt == "p_pdf_mast":
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"العدد ({ctx['issue']}) — {wd} {day} {G.EG[m]} {y}م الموافق {hd} {G.HIJ[hmo - 1]} {hy}هـ"]
        out["value"] = d.isoformat()
    elif fmt == "p_pdf_mast2":
        out["meta"] = [f"{wd} {day}/{m + 1}/{y}م — العدد {ctx['issue']} — السنة {ORD_YEAR[ctx['year_no'] - 1]}"]
        out["value"] = d.isoformat()
    elif fmt == "p_sp_tz":
        out["meta"] = [f"نُشر {wd} {day}/{m + 1}/{y}" + (f" عند {hm(*tm)} بتوقيت مكة المكرمة" if tm else "")]
    elif fmt == "p_sp_dot":
        out["meta"] = [f"{day:02d}.{m + 1:02d}.{y}" + (f" ● {hh}h{mi:02d}" if tm else "")]
    elif fmt == "p_na_native":
        if ctx["na"] == "qc":
            out["meta"] = [f"Publié le {day} {FR_MON[m]} {y}" + (f" à {hh} h {mi:02d}" if tm else "")]
        else:
            out["meta"] = [f"Published {AP_MON[m]} {day}, {y}" +
                           (f", {h12}:{mi:02d} {'a.m.' if hh < 12 else 'p.m.'} {us_eastern(d)}" if tm else "")]
    elif fmt == "p_na_ar":
        out["meta"] = [f"نُشر في {day} {G.EG[m]} {y}" + (f" – {h12}:{mi:02d} {'AM' if hh < 12 else 'PM'} (ET)"
                                                          if tm else "")]
    elif fmt == "p_ag_nashr":
        out["meta"] = [f"نشر في {ctx['paper']} يوم {day:02d} - {m + 1:02d} - {y}"]
        out["value"] = d.isoformat()
    elif fmt == "p_ag_arc":
        c = ctx["crawl"]
        out["meta"] = [f"تاريخ النشر الأصلي: {day} {G.EG[m]} {y}" + (f" {hm(*tm)}" if tm else "") +
                       f" | أُضيف إلى الأرشيف: {c.day}/{c.month}/{c.year}"]
    elif fmt == "p_lt_iso":
        out["meta"] = [f"{y}-{m + 1:02d}-{day:02d}" + (f" {hm(*tm)}:{rng.randint(0, 59):02d}" if tm else "")]
    elif fmt == "p_lt_rel":
        out["meta"] = [f"قبل {rel_age(d, tm, ctx['crawl'], rng)} · {day:02d}/{m + 1:02d}/{y}" +
                       (f" {hm(*tm)}" if tm else "")]
    elif fmt == "p_lt_spelled":
        clock = ""
        if tm:
            clock = f"، الساعة {hh} تمامًا" if mi == 0 else f"، الساعة {hh} و{mi} دقيقة"
        out["meta"] = [f"{wd} {day} {G.EG[m]} {y}{clock}"]
    else:
        raise ValueError(fmt)
    return out


UPDATE_OF = {"p_lb_qz": "u_lb", "p_lb_beirut": "u_lb", "p_om_ref": "u_om", "p_om_hij": "u_om", "p_om_fields": "u_om",
             "p_sp_tz": "u_sp", "p_sp_dot": "u_sp", "p_na_native": "u_na", "p_na_ar": "u_na", "p_lt_iso": "u_lt",
             "p_lt_rel": "u_lt", "p_lt_spelled": "u_lt"}


def fmt_update(ufmt, pub, tm, crawl, rng, ctx):
    """(text, modified truth) of an update no later than the crawl day; (None, None) without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 30)))
    d, hh, mi = u.date(), u.hour, u.minute
    val = f"{d.isoformat()}T{hm(hh, mi)}"
    if ufmt == "u_lb":
        line = f"آخر تعديل: {d.day} {G.LEV[d.month - 1]} {d.year} | {G.h12(hh)}:{mi:02d} {qz(hh)}"
    elif ufmt == "u_om":
        line = f"تم التحديث: {d.day}/{d.month}/{d.year}م - {hm(hh, mi)}"
    elif ufmt == "u_sp":
        line = f"تحديث {hh}h{mi:02d} — {d.day:02d}.{d.month:02d}.{d.year}"
    elif ufmt == "u_na":
        if ctx["na"] == "qc":
            line = f"Mis à jour le {d.day} {FR_MON[d.month - 1]} {d.year} à {hh} h {mi:02d}"
        else:
            line = (f"Updated {AP_MON[d.month - 1]} {d.day}, {d.year}, {G.h12(hh)}:{mi:02d} "
                    f"{'a.m.' if hh < 12 else 'p.m.'} {us_eastern(d)}")
    else:
        line = f"عُدّل: {d.isoformat()} {hm(hh, mi)}:{rng.randint(0, 59):02d}"
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


def inside_words(text, ch, n, rng):
    """`ch` put inside up to n Arabic words of four letters or more."""
    ws = text.split(" ")
    spots = [i for i, w in enumerate(ws) if len(w) >= 4 and re.fullmatch("[\u0621-\u064a]+", w)]
    for k in sorted(rng.sample(spots, min(len(spots), n))):
        w = ws[k]
        p = rng.randint(2, len(w) - 2)
        ws[k] = w[:p] + ch + w[p:]
    return " ".join(ws)


def body_noise(text, kind, rng):
    if kind == "ali":
        return re.sub("([،.؛:])( )", lambda mm: mm.group(1) + (ALM if rng.random() < 0.5 else "") + mm.group(2), text)
    if kind == "indic":
        return text.translate(G.INDIC)
    if kind == "shy":
        return inside_words(text, SHY, rng.randint(1, 4), rng)
    if kind == "dblsp":
        return "".join("  " if c == " " and rng.random() < 0.12 else c for c in text)
    if kind == "emsp":
        return "".join(EMSP if c == " " and rng.random() < 0.08 else c for c in text)
    if kind == "iso":
        return re.sub(r"[0-9A-Za-z][0-9A-Za-z.,%/-]*", lambda mm: FSI + mm.group(0) + PDI if rng.random() < 0.6
                      else mm.group(0), text)
    if kind == "lre":
        return re.sub(r"\d+(?:[.,/]\d+)*", lambda mm: LRE + mm.group(0) + PDF_ if rng.random() < 0.5
                      else mm.group(0), text)
    return text


def title_noise(title, kind, rng):
    if kind == "ali":
        return title + ALM if rng.random() < 0.5 else ALM + title
    if kind == "iso":
        return RLI + title + PDI
    if kind == "shy":
        return inside_words(title, SHY, 1, rng)
    if kind == "tatweel":
        return G.add_tatweel(title, rng)
    return title


def heading_lines(h, fmt):
    if fmt == "h_eq":
        return [f"== {h} =="]
    mark = {"h_diamond": "◆", "h_square": "■", "h_bolt": "⚡", "h_caret": "›"}.get(fmt)
    return [f"{mark} {h}"] if mark else [h]


def caption_lines(cfmt, cap, credit, ctx):
    if cfmt == "c_lb":
        return [f"{cap} [تصوير: {credit}]"]
    if cfmt == "c_om":
        return [f"{cap} - الصورة: {credit}"]
    if cfmt == "c_pdf":
        return [f"{cap} • عدسة: {credit}"]
    if cfmt == "c_sp":
        return [f"📸 {credit} | {cap}"]
    if cfmt == "c_na":
        return [f"{cap} (Photo : {credit})" if ctx["na"] == "qc" else f"{cap} | Photo courtesy of {credit}"]
    if cfmt == "c_ag":
        return [f"{cap} — بعدسة {credit}"]
    if cfmt == "c_lt":
        return [f"[صورة: {cap} — {credit}]"]
    raise ValueError(cfmt)


def apply_dateline(form, doc, paras, truth, comp):
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl
    if rest not in G.AGENCY_CODES and rest not in G.SITE_NAMES.values():
        return None  # `CITY: NAME` is a byline, not an agency dateline: left as the corpus has it (not shown)
    if form == "dl_guil":
        paras[0] = f"{place} – «{rest}»: {paras[0]}"
    elif form == "dl_slash":
        d = doc["pub"]
        when = f" في {d.day} {G.EG[d.month - 1]}" if d else ""
        paras[0] = f"{place}{when} /{rest}/ - {paras[0]}"
    elif form == "dl_colon_paren":
        paras[0] = f"{place}: ({rest}) - {paras[0]}"
    else:
        paras[0] = f"{place} ({rest}) — {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl


def wrap(text, width):
    """Lines of at most about `width` characters, cut at spaces (print-column text)."""
    out, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        out.append(cur)
    return out


def past(d, rng, lo, hi):
    return d - datetime.timedelta(days=rng.randint(lo, hi))


def future(d, rng, lo, hi):
    return d + datetime.timedelta(days=rng.randint(lo, hi))


def score(rng):
    return rng.choice([0, 0, 1, 1, 1, 2, 2, 3, 4])


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
    site, dom, tagline, city, extra = rng.choice(SITES[key])
    year = crawl.year
    layout = pick("layout")
    section = rng.choice(SECTIONS[key])
    ctx = dict(key=key, crawl=crawl, city=city or rng.choice(["مسقط", "المنامة"]),
               na=extra if key == "na" else rng.choice(["qc", "us"]),
               issue=rng.randint(1200, 9800), newsno=rng.randint(1000000, 2999999), year_no=rng.randint(3, 20),
               paper=doc["site"] or rng.choice(AG_PAPERS))
    if key == "om":
        ctx["short"] = extra
    else:
        ctx["short"] = rng.choice(["اللبان", "دانة"])
    if key == "om" and dom.endswith(".bh"):
        ctx["city"] = city
    lkey = ctx["na"] if key == "na" else key
    people = PEOPLE[key]
    name = rng.choice(people)
    name2 = rng.choice([p for p in people if p != name])
    female = name in FEMALE
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

    if tform == "tab":
        sep = rng.choice([" | ", " - ", " « "])
        add("tab", [f"{title}{sep}{site}"])

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "lb_slogan":
            add("slogan", [PARTY_SLOGANS[rng.randrange(len(PARTY_SLOGANS))]])
        elif pname == "om_lang":
            add("lang", ["العربية | English | Français | Deutsch | 中文 | हिन्दी"])
        elif pname == "pdf_viewer":
            add("viewer", [f"{site} - العدد الورقي", f"صفحة 1 من {rng.randint(8, 16)}"])
        elif pname == "sp_live":
            a, b = rng.sample(TEAMS, 2)
            add("live", [f"🔴 مباشر | {a} {score(rng)} - {score(rng)} {b} | الدقيقة {rng.randint(2, 90)}'"])
        elif pname == "na_cookie":
            if ctx["na"] == "qc":
                add("cookie", ["Ce site utilise des témoins (cookies) pour améliorer votre expérience.",
                               "J'accepte", "Paramètres"])
            else:
                add("cookie", ["This website uses cookies. Do Not Sell or Share My Personal Information",
                               "Got it"])
        elif pname == "na_ad":
            add("ad", [f"⚖ {'Immigration?' if ctx['na'] == 'qc' else 'Immigration & Family Law'} — استشارة مجانية "
                       f"مع المحامية {rng.choice(['رنا خليل', 'سهى ناصر'])} — "
                       f"{rng.choice(['514', '313', '438'])}-555-0{rng.randint(100, 199)}"])
        elif pname == "ag_search":
            add("search", [f"ابحث في أكثر من {rng.randint(3, 9)} ملايين خبر", "بحث"])
        elif pname == "lt_notice":
            add("notice", ["النسخة الخفيفة — لتصفح أسرع على الشبكات البطيئة", "[عرض النسخة الكاملة]"])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "site_name":
            add("site_name", [site, tagline] if tagline else [site])
        elif hname == "pdf_mast":
            lines = [site] + ([tagline] if tagline else [])
            if pinfo and pinfo["fmt"].startswith("p_pdf"):
                lines += pinfo["meta"]
            else:
                lines.append(f"العدد ({ctx['issue']})")
            lines.append(f"رئيس التحرير: {rng.choice(['عادل الباز', 'ضياء الدين بلال', 'محمد لطيف'])}")
            add("mast", lines)
        elif hname == "pdf_section":
            add("section", [rng.choice(["الأخبار", "محليات", "تقارير", "الأولى"]) + f" ({rng.randint(1, 12)})"])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "lb_issue":
            add("issue", [f"العدد {ctx['issue']} | السنة {ORD_YEAR[ctx['year_no'] - 1]}"])
        elif hname == "nav":
            vocab = NAV[lkey]
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(3, len(vocab) - 1))
            if key in ("lt", "ag", "na"):
                add("nav", [" ".join(items) if key == "lt" else " | ".join(items)])
            else:
                add("nav", items)
        elif hname == "lb_quote":
            add("quote", [f"قول اليوم: {rng.choice(QUOTES)} — {rng.choice(LEADERS)}"])
        elif hname == "lb_dollar":
            add("dollar", [f"الدولار في السوق الموازية: {rng.randint(890, 899) * 100:,} ل.ل ▲"])
        elif hname == "om_oil":
            add("oil", [f"{rng.choice(OIL)}: {rng.randint(7000, 9500) / 100:.2f} دولار "
                        f"{rng.choice(['▲', '▼'])} {rng.randint(5, 190) / 100:.2f}"])
        elif hname == "om_weather":
            cs = ["مسقط", "صلالة", "نزوى", "صحار"] if not dom.endswith(".bh") else ["المنامة", "المحرق", "الرفاع"]
            add("weather", [" | ".join(f"{c} {rng.randint(18, 45)}°" for c in cs)])
        elif hname == "sp_results":
            pairs = [rng.sample(TEAMS, 2) for _ in range(3)]
            add("results", ["نتائج الأمس: " + " | ".join(f"{a} {score(rng)}-{score(rng)} {b}" for a, b in pairs)])
        elif hname == "na_lang":
            add("lang", ["FR | EN | عربي" if ctx["na"] == "qc" else "EN | عربي"])
        elif hname == "na_weather":
            if ctx["na"] == "qc":
                add("weather", [f"Montréal {rng.randint(-20, 30)}°C"])
            else:
                add("weather", [f"Dearborn, MI {rng.randint(10, 90)}°F"])
        elif hname == "lt_weight":
            add("weight", [f"حجم الصفحة: {rng.randint(8, 40)} ك.ب"])
        comp.setdefault("header", []).append(hname)

    # the article's head
    tnoise = pick("title_noise")
    shown_title = title_noise(title, tnoise, rng)

    cap_group = None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        ckey = cfmt[2:]
        if ckey == "na":
            ckey = ctx["na"]
        cap = rng.choice(CAPTIONS[key])
        credit = rng.choice(CREDITS[ckey])
        truth["images"].append({"caption": cap, "credit": credit})
        cap_group = caption_lines(cfmt, cap, credit, ctx)

    kicker = None
    if rng.random() < spec["kicker"]:
        kicker = {"lb": f"خاص «{site}»" if rng.random() < 0.5 else section,
                  "om": section, "pdf": rng.choice(["المانشيت", "تقرير", "خبر رئيسي"]),
                  "sp": f"{rng.choice(COMPETITIONS)} | الجولة {rng.randint(1, 30)}",
                  "na": section.upper() if section.isascii() else section,
                  "ag": section, "lt": f"[{section}]"}[key]

    # meta lines
    meta = []
    authors = []
    if bfmt == "b_lb_wrote":
        meta.append(f"{'كتبت' if female else 'كتب'} {name}")
        authors = [name]
    elif bfmt == "b_lb_role":
        meta.append(f"{name} — {'محررة' if female else 'محرر'} الشؤون {rng.choice(['السياسية', 'الاقتصادية', 'البلدية'])}")
        authors = [name]
    elif bfmt == "b_lb_column":
        col, who = rng.choice(COLUMNS)
        meta.append(f"«{col}» | بقلم {who}")
        authors = [who]
    elif bfmt == "b_lb_two":
        meta.append(f"كتب {name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_lb_desk":
        meta.append("المحرر السياسي")
    elif bfmt == "b_om_report":
        meta.append(f"تقرير: {name}")
        authors = [name]
    elif bfmt == "b_om_cover":
        meta.append(f"تغطية: {name} | تصوير: {name2}")
        authors = [name]
    elif bfmt == "b_om_desk":
        meta.append(rng.choice(["إعداد: قسم الأخبار المحلية", "الدائرة الاقتصادية"]))
    elif bfmt == "b_pdf_city":
        where = city if key == "pdf" else rng.choice(["الخرطوم", "ود مدني"])
        meta.append(f"{where}: {name}")
        authors = [name]
    elif bfmt == "b_pdf_two":
        where = city if key == "pdf" else "الخرطوم"
        meta.append(f"{where}: {name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_pdf_dr":
        meta.append(f"بقلم: د. {name}")
        authors = [name]
    elif bfmt == "b_pdf_report":
        meta.append(f"تقرير خاص: {name}")
        authors = [name]
    elif bfmt == "b_pdf_desk":
        meta.append(f"{city or 'الخرطوم'}: المحرر")
    elif bfmt == "b_sp_kataba":
        meta.append(f"{'كتبت' if female else 'كتب'} - {name}")
        authors = [name]
    elif bfmt == "b_sp_follow":
        meta.append(f"متابعة: {name}")
        authors = [name]
    elif bfmt == "b_sp_envoy":
        meta.append(f"{'موفدة' if female else 'موفد'} «{site}» إلى {rng.choice(['الرياض', 'الدوحة', 'تونس', 'عمّان'])}: "
                    f"{name}")
        authors = [name]
    elif bfmt == "b_sp_two":
        meta.append(f"كتب - {name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_sp_desk":
        meta.append("القسم الرياضي")
    elif bfmt == "b_na_par":
        who = rng.choice(LATIN[ctx["na"]])
        meta.append(f"{'Par' if ctx['na'] == 'qc' else 'By'} {who}")
        authors = [who]
    elif bfmt == "b_na_city":
        meta.append(f"{name} – {rng.choice(['مونتريال', 'أوتاوا']) if ctx['na'] == 'qc' else 'ديربورن'}")
        authors = [name]
    elif bfmt == "b_na_two":
        a, b = rng.sample(LATIN[ctx["na"]], 2)
        meta.append(f"Par {a} et {b}" if ctx["na"] == "qc" else f"By {a} and {b}")
        authors = [a, b]
    elif bfmt == "b_na_staff":
        meta.append("La rédaction" if ctx["na"] == "qc" else "Staff writer")
    elif bfmt == "b_ag_kataba":
        meta.append(f"{'كتبت' if female else 'كتب'}: {name}")
        authors = [name]
    elif bfmt == "b_lt_rep":
        meta.append(f"المراسل: {name}")
        authors = [name]
    elif bfmt == "b_lt_two":
        meta.append(f"{name}، {name2}")
        authors = [name, name2]
    elif bfmt == "b_lt_desk":
        meta.append(f"{site} - {city or 'طرابلس'}")
    if pinfo and not (pinfo["fmt"].startswith("p_pdf") and "pdf_mast" in comp.get("header", [])):
        meta += pinfo["meta"]
    if pinfo:
        ufmt = UPDATE_OF.get(pinfo["fmt"])
        if ufmt and pinfo["value"] and rng.random() < spec["update"]:
            line, mod = fmt_update(ufmt, pub, tm, crawl, rng, ctx)
            if line:
                meta.append(line)
                truth["modified"] = mod
                comp["update"] = True
    truth["authors"] = authors
    if rng.random() < spec["counter"]:
        n = rng.randint(2, 12)
        meta.append({"lb": f"المشاهدات: {n * 143}", "om": f"عدد القراءات: {n * 97}", "pdf": f"قراءات: {n * 31}",
                     "sp": f"👁 {n * 1211:,}", "na": (f"Temps de lecture : {n} min" if ctx["na"] == "qc"
                                                     else f"{n} min read"),
                     "ag": f"قرأ هذا الخبر {n * 59} زائرًا", "lt": f"القراءات: {n * 17}"}[key])

    label = LEDE_LABEL[lkey]
    labelled = ("label_inline", "label_line")
    if tform == "crumb":
        cut = title.split()
        crumb = [HOME[lkey], section]
        if len(cut) > 6:
            crumb.append(" ".join(cut[:4]) + " ...")
        add("crumb", [" / ".join(crumb)])
    if tform == "card":
        a, b = rng.sample(TEAMS, 2)
        add("card", [f"{a} {score(rng)} - {score(rng)} {b}", f"{rng.choice(STADIUMS)} | صافرة النهاية"])
    if kicker:
        add("kicker", [kicker])
    words_t = shown_title.split(" ")
    if tform == "split" and len(words_t) >= 6:
        k = rng.randint(max(2, len(words_t) // 2 - 1), min(len(words_t) - 2, len(words_t) // 2 + 1))
        add("title", [" ".join(words_t[:k]), " ".join(words_t[k:])], chrome=False)
        comp["title_split"] = True
    else:
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
    if cap_group:
        add("caption", cap_group)
    if summary and lede_place == "after_caption":
        add("lede", [summary], chrome=False)
    comp["lede_place"] = lede_place if summary else None
    if summary and lede_mode in ("promoted", "abstract") and lede_place not in labelled and not dl_used \
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
    width = rng.randint(38, 72) if key == "pdf" else None
    pdate = pub or None
    run_head = f"{site} — العدد ({ctx['issue']})" + (f" — {G.WD[pdate.weekday()]} {pdate.day} {G.EG[pdate.month - 1]} "
                                                   f"{pdate.year}" if pdate else "")
    page = [rng.randint(1, 3)]
    pb_at = None
    if rng.random() < spec["pagebreak"] and blocks:
        pb_at = rng.randrange(len(blocks))
        comp["pagebreak"] = True
    jump = key == "pdf" and rng.random() < 0.5

    def page_break():
        page[0] += 1
        lines = []
        if jump:
            lines.append(f"«التفاصيل ص {rng.randint(4, 11)}»")
        lines.append(f"— {page[0] - 1} —")
        lines.append(f"\f{run_head}")
        if jump:
            lines.append(f"تتمة: {' '.join(title.split()[:4])} ...")
        add("pagebreak", lines)

    for i, b in enumerate(blocks):
        for mname in positions.get(i, []):
            if mname == "lb_also":
                add("also", [f"◄ اقرأ في «{site}»: {others.pop()}"])
            elif mname == "lb_cartoon":
                add("cartoon", [f"كاريكاتير اليوم — بريشة {rng.choice(['أرمان حمصي', 'ستافرو جبرا الصغير', 'نبيل قدوح'])}"])
            elif mname == "om_audio":
                add("audio", [f"🔊 استمع إلى الخبر ({rng.randint(0, 3)}:{rng.randint(0, 59):02d})"])
            elif mname == "om_also":
                add("also", [f"ذو صلة: {others.pop()}"])
            elif mname == "pdf_ad":
                add("ad", rng.choice(PDF_ADS))
            elif mname == "pdf_court":
                add("court", ["إعلان قضائي", f"محكمة {rng.choice(['الخرطوم شمال', 'أم درمان', 'بحري'])} الجزئية — "
                                           f"الدعوى رقم {rng.randint(100, 4999)}/{year}",
                              "على المدعى عليه الحضور في الجلسة المحددة أو إرسال من ينوب عنه"])
            elif mname == "sp_card":
                a, b2 = rng.sample(TEAMS, 2)
                add("card", [f"⚽ {a} {score(rng)} - {score(rng)} {b2}",
                             f"⏱ نهاية المباراة | {rng.choice(STADIUMS)} | الحضور: {rng.randint(3, 60)} ألف متفرج"])
            elif mname == "sp_video":
                add("video", [f"🎥 فيديو: {others.pop()} ({rng.randint(1, 9):02d}:{rng.randint(0, 59):02d})"])
            elif mname == "sp_poll":
                pl = rng.sample(PLAYERS, 3)
                add("poll", ["استفتاء: من أفضل لاعب في المباراة؟"] + [f"○ {x}" for x in pl] + ["صوّت الآن"])
            elif mname == "na_read":
                add("also", [f"{'À lire aussi' if ctx['na'] == 'qc' else 'Also read'}: {others.pop()}"])
            elif mname == "na_event":
                a = future(crawl, rng, 3, 45)
                when = (f"{FR_WD[a.weekday()]} {a.day} {FR_MON[a.month - 1]}" if ctx["na"] == "qc"
                        else f"{EN_WD[a.weekday()]}, {AP_MON[a.month - 1]} {a.day}")
                add("event", [f"📢 إعلان مجتمعي: {rng.choice(NA_EVENTS)} — {when} — "
                              f"{'Centre communautaire' if ctx['na'] == 'qc' else 'Community Center'}"])
            elif mname == "ag_click":
                add("click", ["اضغط هنا لقراءة الخبر من المصدر"])
            elif mname == "lt_pages":
                add("pages", [f"« السابق | الصفحة {rng.randint(1, 2)} من {rng.randint(2, 3)} | التالي »"])
        if pb_at == i and b["type"] == "paragraph" and width is not None:
            lines = wrap(body_noise(b["text"], nkind, rng), width)
            if layout == "indent":
                lines[0] = "    " + lines[0]
            if len(lines) >= 2:
                k = rng.randint(1, len(lines) - 1)
                add("body", lines[:k], chrome=False)
                page_break()
                add("body", lines[k:], chrome=False, glue=True)
                continue
            add("body", lines, chrome=False)
            page_break()
            continue
        if pb_at == i:
            page_break()
        if b["type"] == "heading":
            add("heading", heading_lines(b["text"], hfmt), chrome=False)
            continue
        text = body_noise(b["text"], nkind, rng)
        if width is not None:
            lines = wrap(text, width)
            if layout == "indent":
                lines[0] = "    " + lines[0]
            add("body", lines, chrome=False)
        else:
            add("body", [text], chrome=False)

    # after the body
    def src_list(extra_srcs):
        srcs = [doc["site"]]
        if dl_used and truth["agencies"]:
            srcs.append(dl[1])
        elif rng.random() < 0.45:
            srcs.append(rng.choice(extra_srcs))
        return [s for s in dict.fromkeys(srcs) if s]

    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        if aname in ("lb_src", "om_src", "sp_src", "na_src", "ag_src", "lt_src"):
            if truth["sources"] or not doc["site"]:
                continue
            if aname == "lb_src":
                srcs = src_list(["وكالات", "الوكالة الوطنية للإعلام", "رويترز"])
                add("sources", ["مصادر: " + " — ".join(srcs)])
            elif aname == "om_src":
                srcs = src_list(["وكالات", "واس", "كونا", "وام"])
                add("sources", ["جهة الخبر: " + "، ".join(srcs)])
            elif aname == "sp_src":
                srcs = src_list(["وكالات", "أ ف ب", "الموقع الرسمي للاتحاد"])
                add("sources", ["نقلاً عن: " + "، ".join(srcs)])
            elif aname == "na_src":
                srcs = src_list(["La Presse canadienne", "وكالات", "AP"] if ctx["na"] == "qc"
                                else ["Associated Press", "وكالات", "Detroit Free Press"])
                add("sources", [("Source : " + ", ".join(srcs)) if ctx["na"] == "qc" else ("Source: " + "; ".join(srcs))])
            elif aname == "ag_src":
                srcs = [ctx["paper"]]
                add("sources", [f"مصدر الخبر: {ctx['paper']}"])
            else:
                srcs = src_list(["وكالات", "وكالة الأنباء الليبية", "سبأ"])
                add("sources", ["المصدر ← " + "، ".join(srcs)])
            truth["sources"] = srcs
        elif aname in ("lb_tags", "om_tags", "sp_hashtags", "na_tags", "ag_tags", "lt_tags"):
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            if aname == "lb_tags":
                add("tags", ["مواضيع: " + "، ".join(tags)])
            elif aname == "om_tags":
                add("tags", ["مفاتيح الخبر: " + " - ".join(tags)])
            elif aname == "sp_hashtags":
                add("tags", [" ".join("#" + t for t in tags)])
            elif aname == "na_tags":
                add("tags", [("Étiquettes : " + ", ".join(tags)) if ctx["na"] == "qc" else ("Topics: " + " · ".join(tags))])
            elif aname == "ag_tags":
                add("tags", ["اقرأ عن: " + " | ".join(tags)])
            else:
                add("tags", ["الوسوم: " + " ".join(f"[{t}]" for t in tags)])
            truth["tags"] = tags
        elif aname == "lb_simul":
            add("simul", [f"* يُنشر هذا المقال بالتزامن مع صحيفة «{rng.choice(['الضفة الأخرى', 'البيان الجديد', 'صوت الشعب'])}»"])
        elif aname == "lb_share":
            add("share", ["شارك: واتساب / تويتر X / فايسبوك / تلغرام"])
        elif aname == "lb_columns":
            lines = ["أقلام"]
            for col, who in rng.sample(COLUMNS, 3):
                lines.append(f"{who} | {col}: {others.pop()}")
            add("columns", lines)
        elif aname == "lb_related":
            add("related", ["في السياق نفسه"] + [f"◄ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "lb_pdf":
            add("pdf", [f"📰 تصفّح العدد {ctx['issue']} بصيغة PDF"])
        elif aname == "om_end":
            ini = rng.choice(["ع خ", "س م", "ع ر / ح ش", "م ب"])
            add("end", [f"/{ctx['short']}/ {ini}" if rng.random() < 0.6 else f"(انتهى) {ini}"])
        elif aname == "om_langs":
            add("langs", ["هذا الخبر متوفر أيضًا بـ: English | Français"])
        elif aname == "om_share":
            add("share", ["مشاركة:", "X | فيسبوك | لينكدإن | بريد إلكتروني | طباعة"])
        elif aname == "om_latest":
            lines = ["آخر الأخبار"]
            t0 = rng.randint(10 * 60, 23 * 60)
            for _ in range(rng.randint(3, 5)):
                t0 -= rng.randint(5, 45)
                lines.append(f"{hm(t0 // 60, t0 % 60)} - {others.pop()}")
            add("latest", lines)
        elif aname == "pdf_jump_end":
            add("jump", [f"(ص {rng.randint(2, 12)})"])
        elif aname == "sp_share":
            add("share", ["شارك الخبر", "فيسبوك · X · واتساب · إنستغرام"])
        elif aname == "sp_table":
            lines = [f"ترتيب {rng.choice(COMPETITIONS)}"]
            pts = sorted(rng.sample(range(8, 70), 4), reverse=True)
            for k, (t, pt) in enumerate(zip(rng.sample(TEAMS, 4), pts), 1):
                lines.append(f"{k}. {t} — {pt} نقطة")
            add("table", lines)
        elif aname == "sp_scorers":
            goals = sorted(rng.sample(range(4, 25), 3), reverse=True)
            add("scorers", ["هدافو الدوري"] + [f"{pl} ({t}) {g}" for pl, t, g in
                                               zip(rng.sample(PLAYERS, 3), rng.sample(TEAMS, 3), goals)])
        elif aname == "sp_next":
            a = future(crawl, rng, 2, 14)
            t1, t2 = rng.sample(TEAMS, 2)
            add("next", [f"المباراة المقبلة: {t1} × {t2} — {G.WD[a.weekday()]} {a.day} {G.EG[a.month - 1]} "
                         f"الساعة {rng.choice(['17:00', '19:30', '21:00'])}"])
        elif aname == "sp_related":
            add("related", ["لا يفوتك"] + [f"• {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "sp_comments":
            n = rng.randint(1, 3)
            lines = [f"تعليقات الجماهير ({n})"]
            for who in rng.sample(SP_COMMENTERS, n):
                lines += [f"{who} · قبل {rng.randint(2, 59)} دقيقة", rng.choice(SP_COMMENTS)]
            add("comments", lines)
        elif aname == "na_share":
            add("share", ["Partager : Facebook | X | Courriel" if ctx["na"] == "qc" else "Share: Facebook | X | Email"])
        elif aname == "na_donate":
            add("donate", ["Soutenez le journalisme communautaire — ادعم صحافة الجالية" if ctx["na"] == "qc"
                           else "Support community journalism — ادعم صحافة الجالية", "Donate / تبرّع"])
        elif aname == "na_print":
            add("print", ["النسخة الورقية متوفرة في المحلات العربية في مونتريال ولافال" if ctx["na"] == "qc"
                          else "Print edition available at Arab groceries across Dearborn and Dearborn Heights"])
        elif aname == "na_comments":
            n = rng.randint(1, 3)
            lines = [f"{'Commentaires' if ctx['na'] == 'qc' else 'Comments'} ({n})"]
            for who in rng.sample(NA_COMMENTERS, n):
                lines += [who, rng.choice(NA_COMMENTS)]
            add("comments", lines)
        elif aname == "ag_disclaimer":
            add("disclaimer", [f"هذا الخبر منقول آليًا من {ctx['paper']}، والموقع غير مسؤول عن محتواه"])
        elif aname == "ag_prevnext":
            add("prevnext", [f"الخبر السابق: {others.pop()}", f"الخبر التالي: {others.pop()}"])
        elif aname == "ag_similar":
            lines = ["أخبار مشابهة"]
            for _ in range(rng.randint(2, 4)):
                a = past(crawl, rng, 0, 400)
                lines += [others.pop(), f"نشر في {rng.choice(AG_PAPERS)} يوم {a.day:02d} - {a.month:02d} - {a.year}"]
            add("similar", lines)
        elif aname == "ag_today":
            add("today", [f"أخبار {ctx['paper']} اليوم"] + [f"- {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "lt_sms":
            add("sms", ["[أرسل الخبر برسالة قصيرة]"])
        elif aname == "lt_top":
            add("top", ["[↑ أعلى الصفحة]"])
        elif aname == "lt_more":
            add("more", ["عناوين أخرى:"] + [f"* {others.pop()}" for _ in range(rng.randint(2, 5))])
        comp.setdefault("after", []).append(aname)

    ffmt = pick("footer")
    if ffmt == "f_lb":
        add("footer", [f"© {year} {site} — جميع الحقوق محفوظة. يُمنع نقل المواد من دون إذن خطي",
                       f"للإعلان: 01/{rng.randint(100, 999)} {rng.randint(100, 999)}"])
    elif ffmt == "f_om":
        add("footer", [f"جميع الحقوق محفوظة © {site} {year}", "يُسمح بإعادة النشر شريطة ذكر المصدر"])
    elif ffmt == "f_pdf":
        add("footer", [f"طُبعت بمطابع {site} — {city or 'الخرطوم'}", f"البريد الإلكتروني: info@{dom}"])
    elif ffmt == "f_sp":
        add("footer", [f"© {year} {site} | سياسة الخصوصية | اتصل بنا | أعلن معنا"])
    elif ffmt == "f_na":
        if ctx["na"] == "qc":
            add("footer", [f"© {year} {site}. Tous droits réservés.", "Nous joindre · Publicité · Confidentialité"])
        else:
            add("footer", [f"© {year} {site}. All rights reserved.", "About · Advertise · Privacy Policy · Contact"])
    elif ffmt == "f_ag":
        add("footer", [f"{site} — جميع الأخبار منقولة من مصادرها ولا تعبّر عن رأي الموقع", f"© {year}"])
    elif ffmt == "f_lt":
        add("footer", ["[النسخة الكاملة] [الرئيسية] [اتصل بنا]", f"© {year} {site} — نسخة مخففة"])

    # layout
    single = layout in ("single", "indent")
    sep = NBSP if layout == "nbsp" else ""
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
