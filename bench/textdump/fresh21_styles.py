"""The `fresh21` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh21 --n 2000 --seed 89
    python3 bench/textdump/score_dumps.py --split fresh21 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH21 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by a helper who has not read the extractor, its tests, its
fixtures or its benchmark notes (nor the sealed fresh19 and fresh20
modules). No component here is meant to be one of the tune, held-out, fresh,
fresh2, ..., fresh18 ones (as far as their generators and docstrings show).
Only the aggregate rows of `score_dumps.py --split fresh21` are ever
reported; once the extractor is changed because of anything learnt here, the
split is spent.

The eight styles (`fresh21_1` ... `fresh21_7`, and `fresh21_mixed`, a
per-document random draw of the others' components) imitate text dumps of
ordinary news pages of the region: an Iraqi satellite news channel's site
(satellite frequencies, a live bar, a now-showing strip, a breaking ticker,
a weather strip, video placeholders, programme promos), a Moroccan news
portal (Moroccan months, region bar, font-size and print bar, comment counts,
visitors' comments with a comment form, the press-registration footer), a
Yemeni or Sudanese daily's e-paper exported from PDF to text (a masthead with
the issue number, the Hijri and Gregorian issue date, price and chief
editor, page heads, hard-wrapped paragraphs marked by indents, running heads
and feet at page breaks, kashida justification, congratulation and
classified boxes, a signature after the text), a Gulf daily's mobile AMP
page (app banner, two-line Gregorian/Hijri widget or Arabic-Indic digits,
reading time, listen button, text-size bar, hashtags, next-story link), a
London-based pan-Arab daily's opinion page (English consent popup, language
bar, a `time-date م ـ Hijri هـ` stamp with diacritized Hijri months, issue
number, a columnist's name with a bio line or a starred footnote, pull
quotes, the columnist's earlier articles with their dates, a disclaimer), a
news aggregator's web page (country bar, trending hashtags, a source card,
relative times, ISO or Arabic-Indic stamps, similar stories from other
sources, reactions, a republishing disclaimer), and a Tunisian bilingual
news site (French chrome, French/Maghreb-month widget pair, `Publié le … à
10h15`, `Mis à jour le`, `L'essentiel :`, `Crédit photo :`, `Mots-clés :`,
`Source :`, French comments and newsletter). Site names, people and the
vocabulary are invented. The corpus texts, the lede choice (abstract /
teaser / promoted first paragraph), the inserted headings and the other
articles' titles in related blocks are the gen_dumps.py ones.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once (kashida in the e-paper title is noise); a
  next-story link never names it; lines equal to the title are left out of
  the chrome list.
- page_date: the date of the site's own header widget before the title (the
  crawl day): with two calendars or two languages the Gregorian date; a
  widget clock is no part of it. The e-paper's masthead date is the issue
  date (the publication date where the corpus has one, else the crawl day);
  the running heads repeat it. The columnist's earlier articles, programme
  promos and comment times are no widget.
- published: the publication line's date, with `THH:MM` when it shows a
  time (12-hour clocks with `ص`/`م`; `10h15`; `10:15-25 أبريل 2024` is time
  first); the e-paper's issue date is its publication date (no time).
  Relative times alone (`منذ 3 ساعات`) give none. Update lines (`آخر
  تحديث`, `حُدّث في`, `Mis à jour le`) go to the extra `modified` key (not
  scored).
- summary: a deck under the title, a lede after the meta lines or after the
  caption, or a labelled lede (label inline or on the line before:
  `خلاصة الخبر:`, `ملخص:`, `📌 الزبدة:`, `باختصار شديد:`, `خلاصة:`,
  `L'essentiel :`;
  the label is not part of it; a labelled lede is always a lede). An
  unlabelled lede with nothing between it and the body (no meta, caption or
  chrome line, no dateline opening the body) stays a lede only when it is a
  teaser that the first paragraph repeats; a promoted first paragraph or an
  abstract there goes into the body. A promoted first paragraph under 8
  words is never a lede. In the e-paper the lede may be wrapped over lines.
- blocks: the corpus paragraphs in order (hard-wrapped lines of a paragraph
  are one block, also across a page break); headings without their marks
  (`●`, `▪`, a trailing colon, centring spaces); pull quotes, video and
  programme boxes, ads and the e-paper's end mark are no blocks.
- images: the caption without its credit and label; the credit as written
  without its label (`عدسة:`, `صورة:`, `عدسة/`, `الصورة من:`, `Crédit photo :`).
- sources: the items of `نقلاً عن:`, `مصدر الخبر –`, `Source :`, and the
  aggregator's source card (`المصدر: SITE`); tags: the items of `كلمات دالة:`,
  `تصنيفات:`, `Mots-clés :` and a bare hashtag line (without `#`).
- authors: the byline's names as printed, in order: two for `و`, `/`, `،`
  or `et`; a signature after the text counts (the e-paper). A title before
  the name (`د.`), a role (`مراسل القناة في …`, `كتب/`, `بقلم:`, `Par`,
  `بواسطة:`), a place before a dash, a site or a role after a dash or a
  bar, the star after a columnist's name and the bio line are not part of
  it. A photographer, an editor of montage, a
  chief editor in the masthead, a desk (`هيئة التحرير`, `La Rédaction`,
  `قسم الأخبار`) or a commenter is no author.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the body
  and those equal to the title or the summary.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh21"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
# weekday lists start on Monday, as datetime.weekday()
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
EN_MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
HIJ_D = ["مُحرَّم", "صفَر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
         "شوّال", "ذو القِعدة", "ذو الحِجّة"]
ORD_F = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة",
         "العاشرة", "الحادية عشرة", "الثانية عشرة", "الثالثة عشرة", "الرابعة عشرة", "الخامسة عشرة",
         "السادسة عشرة", "السابعة عشرة", "الثامنة عشرة", "التاسعة عشرة", "العشرون", "الحادية والعشرون",
         "الثانية والعشرون", "الثالثة والعشرون", "الرابعة والعشرون", "الخامسة والعشرون"]


def hm(h, m):
    return f"{h:02d}:{m:02d}"


def ampm(h):
    return "ص" if h < 12 else "م"


def clock12(tm):
    return f"{G.h12(tm[0])}:{tm[1]:02d} {ampm(tm[0])}"


def fr_day(day):
    return "1er" if day == 1 else str(day)


def hijri_text(d, months):
    hy, hmo, hd = G.hijri(d)
    return f"{hd} {months[hmo - 1]} {hy}"


def ago(n, unit):
    """`منذ N UNIT` with the Arabic number agreement; unit is 'h' (hours) or 'd' (days)."""
    one, two, few, many = (("ساعة", "ساعتين", "ساعات", "ساعة") if unit == "h" else
                           ("يوم", "يومين", "أيام", "يومًا"))
    if n == 1:
        return f"منذ {one}"
    if n == 2:
        return f"منذ {two}"
    return f"منذ {n} {few if n <= 10 else many}"


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city, extra)]
SITES = {
    "iq": [("شبكة النهرين الإخبارية", "nahrain-news.tv", "قناة فضائية إخبارية عراقية", "بغداد", ""),
           ("قناة الفرات الأوسط الفضائية", "furat-awsat.tv", "", "النجف", ""),
           ("قناة كهرمانة الإخبارية", "kahramana.tv", "عين على العراق", "بغداد", "")],
    "ma": [("الأطلس بريس", "atlaspress.ma", "جريدة إلكترونية مغربية", "الرباط", ""),
           ("جريدة المنعطف الإلكترونية", "almonataf.ma", "", "الدار البيضاء", ""),
           ("نبض سوس", "nabdsouss.ma", "صوت الجنوب", "أكادير", "")],
    "pdf": [("صحيفة الأيام الجديدة", "alayyam-jadida.com", "يومية سياسية مستقلة", "عدن", "ye"),
            ("صحيفة شبام اليوم", "shibam-today.com", "يومية شاملة تصدر عن مؤسسة شبام للصحافة", "المكلا", "ye"),
            ("صحيفة النيلين الحرة", "alnilain-alhurra.sd", "يومية سياسية مستقلة جامعة", "الخرطوم", "sd"),
            ("صحيفة أخبار الجزيرة الخضراء", "akhbar-aljazira.sd", "يومية تصدر من ود مدني", "ود مدني", "sd")],
    "amp": [("جريدة الصبح الكويتية", "alsubh-kw.com", "", "الكويت", "kw"),
            ("صحيفة الدانة", "aldana-news.qa", "", "الدوحة", "qa"),
            ("صحيفة الساحل", "alsahil-om.com", "", "مسقط", "om"),
            ("جريدة المرفأ الإماراتية", "almarfa-ae.com", "", "دبي", "ae")],
    "op": [("صحيفة المشرق الدولية", "almashreq-intl.com", "جريدة العرب الدولية", "لندن", ""),
           ("الضفتين", "aldiffatain.co.uk", "صحيفة عربية تصدر من لندن", "لندن", ""),
           ("المنبر العربي", "almenbar-alarabi.com", "", "لندن", "")],
    "agg": [("زاجل نيوز", "zajelnews.app", "كل الأخبار في مكان واحد", "", ""),
            ("مرصد الأخبار", "marsad-akhbar.com", "أخبارك من مصادرها", "", ""),
            ("نبأ الآن", "naba-alan.net", "", "", "")],
    "tn": [("قرطاج نيوز", "carthage-news.tn", "Carthage News — L'info au quotidien", "تونس", ""),
           ("صفاقس اليوم", "sfax-aujourdhui.tn", "Sfax Aujourd'hui", "صفاقس", ""),
           ("الساحل الإخباري", "sahel-info.tn", "Sahel Info", "سوسة", "")],
}
PEOPLE = {"iq": ["حيدر الساعدي", "زينب الموسوي", "مصطفى الربيعي", "نور الهدى الجبوري", "علي حسين العبيدي",
                 "سرى الخفاجي", "أحمد الزبيدي"],
          "ma": ["يونس الحمداوي", "سكينة بنعلي", "عبد الإله التازي", "فاطمة الزهراء أوبلا", "المهدي الإدريسي",
                 "هشام بوزيان"],
          "ye": ["محمد عبده الشرعبي", "أروى عبدالله باسلامة", "فؤاد باعباد", "مجاهد القباطي", "أمة الرحمن العزي",
                 "نبيل الصوفي الحبيشي"],
          "sd": ["عثمان الطيب حمدان", "سلمى عوض الكريم", "نفيسة محمد الأمين", "الطاهر ساتي إدريس",
                 "مزمل أبو القاسم الطيب", "هاجر سليمان دفع الله"],
          "amp": ["عبدالعزيز الفضلي", "دانة الرشيدي", "مبارك المطيري", "حصة الكندري", "سيف النعيمي",
                  "مريم الهاجري"],
          "op": ["كريم الدباغ", "هالة عبد الملك", "منصور الفايز", "سعاد بن حمودة", "عمر الأنصاري",
                 "وديع الحلبي"],
          "agg": ["سامح عبد الحميد", "ريم خليل", "أحمد فتحي", "منى الشريف", "طارق العلي"],
          "tn": ["هيثم القاسمي", "سناء الماجري", "وليد بن عثمان", "رحاب الشابي", "أنيس الغربي"]}
FEMALE = {"زينب الموسوي", "نور الهدى الجبوري", "سرى الخفاجي", "سكينة بنعلي", "فاطمة الزهراء أوبلا",
          "أروى عبدالله باسلامة", "سلمى عوض الكريم", "نفيسة محمد الأمين", "أمة الرحمن العزي",
          "هاجر سليمان دفع الله", "دانة الرشيدي", "حصة الكندري",
          "مريم الهاجري", "هالة عبد الملك", "سعاد بن حمودة", "ريم خليل", "منى الشريف", "سناء الماجري",
          "رحاب الشابي"}
TN_LATIN = ["Sami Ben Ammar", "Amel Jaziri", "Nizar Trabelsi", "Olfa Hamdi", "Mehdi Bouazizi"]
OP_BIO = {"كريم الدباغ": "كاتب وأكاديمي عراقي", "هالة عبد الملك": "كاتبة وصحافية لبنانية",
          "منصور الفايز": "باحث في الشؤون الخليجية", "سعاد بن حمودة": "وزيرة سابقة وكاتبة تونسية",
          "عمر الأنصاري": "كاتب وباحث سياسي مصري", "وديع الحلبي": "أستاذ العلاقات الدولية في جامعة باريس"}
SECTIONS = {"iq": ["سياسة", "محافظات", "أمن", "اقتصاد", "تقارير خاصة"],
            "ma": ["سياسة", "جهات", "مجتمع", "اقتصاد", "مغاربة العالم"],
            "pdf": ["محليات", "تقارير", "اقتصاد", "شؤون عربية ودولية"],
            "amp": ["محليات", "برلمان", "اقتصاد", "الخليج", "عربي وعالمي"],
            "op": ["الرأي", "آراء", "مقالات"],
            "agg": ["أخبار مصر", "أخبار السعودية", "أخبار العالم", "اقتصاد"],
            "tn": ["National", "Politique", "Économie", "Société", "Monde"]}
NAV = {"iq": ["الرئيسية", "العراق", "عربي ودولي", "سياسة", "اقتصاد", "محافظات", "رياضة", "برامج", "فيديو",
              "تقارير"],
       "ma": ["الرئيسية", "سياسة", "جهات", "مجتمع", "حوادث", "اقتصاد", "رياضة", "فن وثقافة", "مغاربة العالم",
              "كُتّاب وآراء", "فيديو"],
       "amp": ["الرئيسية", "محليات", "برلمان", "اقتصاد", "الخليج", "عربي وعالمي", "رياضة", "فنون", "كتّاب"],
       "op": ["أخبار", "العالم العربي", "الرأي", "اقتصاد", "ثقافة وفنون", "رياضة", "يوميات الشرق", "صحتك",
              "تكنولوجيا"],
       "agg": ["مصر", "السعودية", "الإمارات", "الكويت", "الأردن", "المغرب", "الجزائر", "العراق", "لبنان"],
       "tn": ["Accueil", "National", "Politique", "Économie", "Société", "Sport", "Culture", "Monde", "Vidéos"]}
CAPTIONS = {"iq": ["جانب من اجتماع مجلس الوزراء", "قوات أمنية عند نقطة تفتيش", "سوق الشورجة وسط بغداد",
                   "نهر دجلة عند جسر الجمهورية", "مزارعون في حقول الحنطة", "مبنى مجلس النواب"],
            "ma": ["واجهة مقر البرلمان بالرباط", "جانب من الدورة العادية للمجلس الجماعي", "ساحة جامع الفنا",
                   "مصطادون في ميناء أكادير", "طلبة أمام كلية الحقوق", "حافلات النقل الحضري"],
            "pdf": ["جانب من الفعالية", "المحافظ خلال زيارته الميدانية", "سوق الخضار المركزي",
                    "طلاب في قاعة الامتحانات", "مياه الأمطار تغمر أحد الشوارع", "جانب من المؤتمر الصحفي"],
            "amp": ["جانب من جلسة مجلس الأمة", "حركة السير على الطريق الدائري", "مبنى الوزارة",
                    "مشاركون في الملتقى", "الواجهة البحرية", "متسوقون في أحد المجمعات التجارية"],
            "op": ["مشهد عام للعاصمة", "صورة أرشيفية لقمة عربية", "لاجئون على الحدود", "قاعة مجلس الأمن"],
            "agg": ["صورة أرشيفية", "جانب من الاجتماع", "صورة تعبيرية", "موقع الحادث"],
            "tn": ["شارع الحبيب بورقيبة", "جانب من جلسة البرلمان", "ميناء رادس", "صابة الزيتون بصفاقس",
                   "محطة القطار بتونس العاصمة"]}
CREDITS = {"iq": ["كاميرا الشبكة", "مكتب رئيس الوزراء", "إعلام المحافظة", "أرشيف القناة"],
           "ma": ["أرشيف", "عدسة الجريدة", "ياسين التومي", "مواقع التواصل"],
           "pdf": ["خالد الحمادي", "أرشيف الصحيفة", "المكتب الإعلامي", "عصام الطيب"],
           "amp": ["أسعد عبدالله", "المكتب الإعلامي", "أرشيف الجريدة", "كونا"],
           "op": ["أرشيفية", "رويترز", "أ.ف.ب"],
           "agg": ["أرشيفية", "مواقع التواصل", "المصدر"],
           "tn": ["archives", "TAP", "Sahel Info", "DR"]}
LEDE_LABEL = {"iq": "خلاصة الخبر:", "ma": "ملخص:", "amp": "📌 الزبدة:", "agg": "باختصار شديد:",
              "tn": "L'essentiel :", "op": "خلاصة:", "pdf": "الخلاصة:"}
IQ_PROGS = ["نشرة الأخبار الرئيسية", "حوار الساعة", "الحدث العراقي", "من البرلمان", "ملف اليوم",
            "صباح الخير يا عراق", "المشهد الاقتصادي", "ستوديو الرياضة"]
IQ_CITIES = ["بغداد", "البصرة", "أربيل", "الموصل", "النجف", "كركوك", "الناصرية"]
MA_REGIONS = ["الرباط سلا القنيطرة", "الدار البيضاء سطات", "فاس مكناس", "سوس ماسة", "الجهة الشرقية",
              "طنجة تطوان الحسيمة", "مراكش آسفي"]
MA_COMMENTERS = ["مواطن مغربي", "أبو ياسين", "سعيد من طنجة", "خديجة", "مهاجر في إيطاليا", "Rachid"]
MA_COMMENTS = ["الله يهدي ما خلق، المواطن البسيط هو اللي كيخلص ديما", "مقال في المستوى، شكرا للجريدة",
               "فين هي المحاسبة؟", "نتمنى تطبيق هذا القرار على أرض الواقع", "تحية للصحافي على المتابعة"]
PDF_OCCASIONS = ["زفافه الميمون", "تخرجه من كلية الإعلام", "قدوم مولوده البكر", "عودته سالمًا من الحج"]
PDF_JOBS = ["محاسبين ذوي خبرة", "سائقين بشهادة قيادة سارية", "مهندس مدني", "معلمات للمرحلة الأساسية"]
PDF_COMPANIES = ["شركة الوادي للتجارة", "مؤسسة البركة للمقاولات", "مدارس النهضة الأهلية", "مصنع الريان للألبان"]
AGG_SOURCES = ["اليوم السابع", "الوطن", "مصراوي", "سبق", "عكاظ", "الخليج", "الرؤية", "الشروق", "هسبريس",
               "السومرية نيوز"]
TN_COMMENTERS = ["Karim", "أبو آدم", "Mouna B.", "تونسي حر", "Sami"]
TN_COMMENTS = ["Bravo pour cet article", "الله يحفظ تونس", "Et les prix alors ?", "مقال ممتاز", "On attend des actes"]
OP_DISCLAIMERS = ["المقالات المنشورة تعبر عن آراء كتّابها ولا تعكس بالضرورة رأي الصحيفة",
                  "الآراء الواردة في هذا المقال تمثل وجهة نظر الكاتب فقط"]


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="iq", pre=[], header=[], widget=[None], kicker=0.0, title_noise=[None], byline=[None],
             publine=[None], update=0.0, counter=0.0, lede=[None], lede_place=["deck"], caption=0.0,
             caption_fmt=["c_iq"], caption_repeat=[0], headings=0.0, heading_fmt=["h_plain"], dateline=[None],
             mid=[], after=[], footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0)

STYLES = {
    "fresh21_1": dict(site="iq", pre=[("iq_freq", 0.5)],
                      header=[("site_name", 1.0), ("iq_live", 0.7), ("widget", 0.85), ("nav", 0.9),
                              ("iq_ticker", 0.5), ("iq_weather", 0.35), ("iq_now", 0.45)],
                      widget=["w_iq_paren", "w_iq_paren", "w_iq_yfirst", "w_iq_label"], kicker=0.5,
                      byline=["b_iq_reporter", "b_iq_prep", "b_iq_two", "b_iq_desk", None],
                      publine=["p_iq_yfirst", "p_iq_lev", "p_iq_clock"], update=0.3, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "after_meta", "label_inline"],
                      caption=0.75, caption_fmt=["c_iq"], caption_repeat=[0, 0, 1], headings=0.4,
                      heading_fmt=["h_colon", "h_plain"], dateline=["dl_paren_dash", None],
                      mid=[("iq_video", 0.45), ("iq_also", 0.45)],
                      after=[("iq_src", 0.45), ("iq_tags", 0.55), ("iq_share", 0.6), ("iq_related", 0.55),
                             ("iq_programs", 0.4), ("iq_app", 0.45)],
                      footer=["f_iq"], layout=["blank", "blank", "single"], body_noise=[None]),
    "fresh21_2": dict(site="ma", pre=[("ma_breaking", 0.4)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 0.9), ("ma_regions", 0.45)],
                      widget=["w_ma_hij", "w_ma_clock"], kicker=0.3,
                      byline=["b_ma_bare", "b_ma_corr", "b_ma_two", "b_ma_desk", None],
                      publine=["p_ma_pipe", "p_ma_num"], update=0.25, counter=0.55,
                      lede=["abstract", "teaser", "promoted", None, None],
                      lede_place=["deck", "after_caption", "label_line"],
                      caption=0.8, caption_fmt=["c_ma"], caption_repeat=[0, 1], headings=0.35,
                      heading_fmt=["h_dot"], dateline=[None],
                      mid=[("ma_also", 0.5), ("ma_ad", 0.3)],
                      after=[("ma_tags", 0.55), ("ma_share", 0.5), ("ma_related", 0.55), ("ma_comments", 0.55),
                             ("ma_most", 0.45)],
                      footer=["f_ma"], layout=["blank"], body_noise=[None, None, "nbhy"], crlf=0.3),
    "fresh21_3": dict(site="pdf", header=[("widget", 1.0), ("pdf_pagehead", 1.0)],
                      widget=["w_pdf_hf", "w_pdf_gf", "w_pdf_indic"], kicker=0.5, title_noise=[None, "kashida"],
                      byline=["b_pdf_katab", "b_pdf_katab", "b_pdf_istitlaa", "b_pdf_two", "b_pdf_khas",
                              "b_pdf_end", None],
                      publine=[None], lede=["abstract", "teaser", "promoted", None], lede_place=["deck"],
                      caption=0.55, caption_fmt=["c_pdf"], headings=0.4, heading_fmt=["h_center"],
                      dateline=["dl_agency_first", None],
                      mid=[], after=[("pdf_site", 0.4), ("pdf_congrats", 0.4), ("pdf_ad", 0.4)],
                      footer=[None], layout=["pdf"], body_noise=[None, "kashida"]),
    "fresh21_4": dict(site="amp", header=[("amp_top", 1.0), ("amp_app", 0.6), ("widget", 0.8), ("amp_crumb", 0.7)],
                      widget=["w_amp_two", "w_amp_indic", "w_amp_en"],
                      byline=["b_amp_city", "b_amp_site", "b_amp_two", "b_amp_desk", None],
                      publine=["p_amp_label", "p_amp_indic"], update=0.35, counter=0.6,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "deck", "label_inline"],
                      caption=0.85, caption_fmt=["c_amp"], headings=0.35, heading_fmt=["h_plain"],
                      dateline=["dl_comma", None],
                      mid=[("amp_ad", 0.5), ("amp_wa", 0.4), ("amp_also", 0.4)],
                      after=[("amp_src", 0.4), ("amp_tags", 0.5), ("amp_share", 0.7), ("amp_next", 0.6),
                             ("amp_more", 0.5)],
                      footer=["f_amp"], layout=["blank", "single"], body_noise=[None, "nbhy"]),
    "fresh21_5": dict(site="op", pre=[("op_consent", 0.45)],
                      header=[("op_lang", 0.6), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.8)],
                      widget=["w_op_aaw", "w_op_aaw", "w_op_pair"], kicker=0.8,
                      byline=["b_op_bio", "b_op_dr", "b_op_star", "b_op_two"],
                      publine=["p_op_aaw", "p_op_aaw", "p_op_pair"], update=0.2, counter=0.0,
                      lede=["abstract", "teaser", None, None, None], lede_place=["deck", "after_meta"],
                      caption=0.3, caption_fmt=["c_op"], headings=0.25, heading_fmt=["h_plain"],
                      dateline=[None], mid=[("op_pull", 0.55)],
                      after=[("op_disclaimer", 0.6), ("op_share", 0.6), ("op_more_by", 0.6),
                             ("op_newsletter", 0.35), ("op_most", 0.4)],
                      footer=["f_op"], layout=["blank"], body_noise=[None]),
    "fresh21_6": dict(site="agg", header=[("site_name", 1.0), ("agg_app", 0.5), ("widget", 0.45), ("nav", 0.85),
                                          ("agg_trend", 0.5)],
                      widget=["w_agg_en"], kicker=0.3,
                      byline=["b_agg_by", "b_agg_src", None, None],
                      publine=["p_agg_iso", "p_agg_rel_abs", "p_agg_indic", "p_agg_rel"], counter=0.4,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "after_meta", "label_inline"],
                      caption=0.6, caption_fmt=["c_agg"], headings=0.3, heading_fmt=["h_plain"],
                      dateline=["dl_comma", None],
                      mid=[("agg_also", 0.4)],
                      after=[("agg_readsrc", 0.7), ("agg_disclaimer", 0.5), ("agg_react", 0.5),
                             ("agg_similar", 0.6), ("agg_comments", 0.4)],
                      footer=["f_agg"], layout=["blank", "single"], body_noise=[None, "nbhy"]),
    "fresh21_7": dict(site="tn", pre=[("tn_cookie", 0.45)],
                      header=[("tn_lang", 0.7), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("tn_market", 0.35)],
                      widget=["w_tn_pair", "w_tn_clock"], kicker=0.4,
                      byline=["b_tn_par", "b_tn_ar", "b_tn_two", "b_tn_redac", None],
                      publine=["p_tn_fr", "p_tn_ar"], update=0.3, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "label_line", "after_caption"],
                      caption=0.7, caption_fmt=["c_tn"], headings=0.35, heading_fmt=["h_square"],
                      dateline=["dl_tn", None],
                      mid=[("tn_also", 0.5)],
                      after=[("tn_src", 0.45), ("tn_tags", 0.5), ("tn_share", 0.6), ("tn_related", 0.5),
                             ("tn_newsletter", 0.35), ("tn_comments", 0.4)],
                      footer=["f_tn"], layout=["blank"], body_noise=[None], crlf=0.2, bom=0.2),
    "fresh21_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["op_lang", "tn_lang", "amp_top", "site_name", "iq_live", "agg_app", "amp_app", "widget",
                "pdf_pagehead", "amp_crumb", "nav", "ma_regions", "iq_ticker", "iq_weather", "iq_now", "agg_trend",
                "tn_market"]
HEAD_POOL = ["op_lang", "tn_lang", "iq_live", "agg_app", "amp_app", "ma_regions", "iq_ticker", "iq_weather",
             "iq_now", "agg_trend", "tn_market"]
PRE_POOL = ["iq_freq", "ma_breaking", "op_consent", "tn_cookie"]
MID_POOL = ["iq_video", "iq_also", "ma_also", "ma_ad", "amp_ad", "amp_wa", "amp_also", "op_pull", "agg_also",
            "tn_also"]
AFTER_POOL = ["iq_src", "iq_tags", "iq_share", "iq_related", "iq_programs", "iq_app", "ma_tags", "ma_share",
              "ma_related", "ma_comments", "ma_most", "pdf_site", "pdf_congrats", "pdf_ad", "amp_src", "amp_tags",
              "amp_share", "amp_next", "amp_more", "op_disclaimer", "op_share", "op_more_by", "op_newsletter",
              "op_most", "agg_readsrc", "agg_disclaimer", "agg_react", "agg_similar", "agg_comments", "tn_src",
              "tn_tags", "tn_share", "tn_related", "tn_newsletter", "tn_comments"]
CHOICES = dict(widget=["w_iq_paren", "w_iq_yfirst", "w_iq_label", "w_ma_hij", "w_ma_clock", "w_amp_two",
                       "w_amp_indic", "w_amp_en", "w_op_aaw", "w_op_pair", "w_agg_en", "w_tn_pair", "w_tn_clock",
                       None],
               byline=["b_iq_reporter", "b_iq_prep", "b_iq_two", "b_iq_desk", "b_ma_bare", "b_ma_corr", "b_ma_two",
                       "b_ma_desk", "b_amp_city", "b_amp_site", "b_amp_two", "b_amp_desk", "b_op_bio", "b_op_dr",
                       "b_op_star", "b_op_two", "b_agg_by", "b_agg_src", "b_tn_par", "b_tn_ar", "b_tn_two",
                       "b_tn_redac", None],
               publine=["p_iq_yfirst", "p_iq_lev", "p_iq_clock", "p_ma_pipe", "p_ma_num", "p_amp_label",
                        "p_amp_indic", "p_op_aaw", "p_op_pair", "p_agg_iso", "p_agg_rel_abs", "p_agg_indic",
                        "p_agg_rel", "p_tn_fr", "p_tn_ar", None],
               caption_fmt=["c_iq", "c_ma", "c_amp", "c_op", "c_agg", "c_tn"],
               lede_place=["deck", "after_meta", "after_caption", "label_inline", "label_line"],
               heading_fmt=["h_plain", "h_colon", "h_dot", "h_square"],
               dateline=["dl_paren_dash", "dl_comma", "dl_tn", None],
               footer=["f_iq", "f_ma", "f_amp", "f_op", "f_agg", "f_tn", None],
               body_noise=[None, "nbhy"])
PDF_KEEP = ("widget", "publine", "byline", "caption_fmt", "lede_place", "heading_fmt", "dateline", "layout",
            "body_noise", "title_noise")
BASES = [f"fresh21_{k}" for k in range(1, 8)]


def style_spec(name, rng):
    spec = dict(NBASE)
    spec.update(STYLES[name])
    if not spec.pop("mixed", False):
        return spec
    base = rng.choice(BASES)
    spec.update(STYLES[base])
    spec.pop("mixed", None)
    spec["base"] = base
    pdf = spec["site"] == "pdf"
    for k, opts in CHOICES.items():
        if rng.random() < 0.5 and not (pdf and k in PDF_KEEP):
            spec[k] = [rng.choice(opts)]
    spec["update"] = rng.choice([0.0, 0.3])
    spec["counter"] = rng.choice([0.0, 0.4])
    spec["caption"] = 0.6
    spec["caption_repeat"] = [0, 0, 1]
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["headings"] = 0.4
    if pdf:
        # an e-paper keeps its masthead and its print furniture; only the boxes after the text vary
        after = [a for a in ("pdf_site", "pdf_congrats", "pdf_ad") if rng.random() < 0.5]
        spec["after"] = [(a, 1.0) for a in after]
        return spec
    own = [h for h, _ in spec["header"] if h not in HEAD_POOL and h != "pdf_pagehead"]
    extra = [h for h in HEAD_POOL if rng.random() < 0.2]
    names = own + extra + ["site_name", "widget", "nav"]
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    pre = [p for p in PRE_POOL if rng.random() < 0.25]
    if "op_consent" in pre and "tn_cookie" in pre:
        pre.remove(rng.choice(["op_consent", "tn_cookie"]))  # one consent banner a page
    spec["pre"] = [(p, 1.0) for p in pre[:2]]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["mid"] = [(m, 0.3) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.2 and not a.startswith("pdf_")]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["layout"] = [rng.choice(["blank", "blank", "single"])]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day, or the e-paper's issue day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    if fmt == "w_iq_paren":
        return [f"{wd} {day} {G.LEV[m]} ({G.EG[m]}) {y}"]
    if fmt == "w_iq_yfirst":
        return [f"{wd} {y}/{m + 1}/{day}"]
    if fmt == "w_iq_label":
        return [f"التاريخ: {day} {G.LEV[m]} {y} – {wd}"]
    if fmt == "w_ma_hij":
        hy, hmo, hd = G.hijri(d)
        return [f"{wd} {day} {G.MAR[m]} {y} | {hd} {G.HIJ[hmo - 1]} {hy}"]
    if fmt == "w_ma_clock":
        return [f"{wd} {day} {G.MAR[m]} {y} - {hm(rng.randint(6, 23), rng.randint(0, 59))}"]
    if fmt == "w_pdf_hf":
        return [f"{wd} {hijri_text(d, G.HIJ)}هـ – الموافق {day} {G.EG[m]} {y}م"]
    if fmt == "w_pdf_gf":
        return [f"{wd} {day} {G.EG[m]} {y}م الموافق {hijri_text(d, G.HIJ)}هـ"]
    if fmt == "w_pdf_indic":
        return [f"{wd} {day}/{m + 1}/{y}م".translate(G.INDIC)]
    if fmt == "w_amp_two":
        return [f"{wd} {day} {G.EG[m]} {y}", f"{hijri_text(d, G.HIJ)} هـ"]
    if fmt == "w_amp_indic":
        return [f"{wd} {day} {G.EG[m]} {y}م".translate(G.INDIC)]
    if fmt == "w_amp_en":
        return [f"{EN_WD3[wk]} {day} {EN_MON3[m]} {y} | {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_op_aaw":
        return [f"{wd} - {hijri_text(d, G.HIJ)} هـ - {day} {G.EG[m]} {y} مـ", f"رقم العدد [{ctx['issue']}]"]
    if fmt == "w_op_pair":
        return [f"{wd} {day} {G.EG[m]}/{G.LEV[m]} {y}"]
    if fmt == "w_agg_en":
        return [f"{EN_WD[wk]}, {EN_MON[m]} {day}, {y}"]
    if fmt == "w_tn_pair":
        return [f"{FR_WD[wk].capitalize()} {fr_day(day)} {FR_MON[m].capitalize()} {y} / {wd} {day} {G.MAG[m]} {y}"]
    if fmt == "w_tn_clock":
        return [f"{wd} {day} {G.MAG[m]} {y} | {hm(rng.randint(6, 23), rng.randint(0, 59))}"]
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, crawl, rng, ctx):
    """The publication lines and the published truth (None when only a relative time shows)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    if fmt == "p_iq_yfirst":
        return [f"نُشر بتاريخ: {y}/{m + 1:02d}/{day:02d}" + (f" | {clock12(tm)}" if tm else "")], full
    if fmt == "p_iq_lev":
        return [f"{day} {G.LEV[m]} {y}" + (f" - {hm(*tm)} بتوقيت بغداد" if tm else "")], full
    if fmt == "p_iq_clock":
        if tm:
            return [f"🕓 {hm(*tm)} | {day:02d}-{m + 1:02d}-{y}"], full
        return [f"📅 {day:02d}-{m + 1:02d}-{y}"], full
    if fmt == "p_ma_pipe":
        return [f"{day} {G.MAR[m]} {y} | {wd}" + (f" | {hm(*tm)}" if tm else "")], full
    if fmt == "p_ma_num":
        return [f"تاريخ النشر: {day:02d}/{m + 1:02d}/{y}" + (f" على {hm(*tm)}" if tm else "")], full
    if fmt == "p_amp_label":
        return [f"تاريخ النشر: {day} {G.EG[m]} {y}" + (f" {clock12(tm)}" if tm else "")], full
    if fmt == "p_amp_indic":
        return [(f"{day} {G.EG[m]} {y}" + (f" · {clock12(tm)}" if tm else "")).translate(G.INDIC)], full
    if fmt == "p_op_aaw":
        tail = f"{day} {G.EG[m]} {y} م ـ {hijri_text(d, HIJ_D)} هـ"
        return [f"نُشر: {hm(*tm)}-{tail}" if tm else f"نُشر: {tail}"], full
    if fmt == "p_op_pair":
        return [f"{day} {G.EG[m]} ({G.LEV[m]}) {y}" + (f" | {hm(*tm)} بتوقيت غرينتش" if tm else "")], full
    if fmt == "p_agg_iso":
        return [f"{y}-{m + 1:02d}-{day:02d}" + (f" {hm(*tm)}" if tm else "")], full
    if fmt == "p_agg_indic":
        return [(f"{day:02d}-{m + 1:02d}-{y}" + (f" | {hm(*tm)}" if tm else "")).translate(G.INDIC)], full
    if fmt in ("p_agg_rel_abs", "p_agg_rel"):
        days = (crawl - d).days
        if days <= 0:
            hh = tm[0] if tm else rng.randint(6, 14)
            rel = ago(rng.randint(1, max(1, 23 - hh)), "h")
        else:
            rel = ago(days, "d")
        if fmt == "p_agg_rel":
            return [rel], None
        return [f"{rel} ({day}/{m + 1}/{y}" + (f" {clock12(tm)})" if tm else ")")], full
    if fmt == "p_tn_fr":
        return [f"Publié le {FR_WD[wk]} {fr_day(day)} {FR_MON[m]} {y}" +
                (f" à {tm[0]:02d}h{tm[1]:02d}" if tm else "")], full
    if fmt == "p_tn_ar":
        return [f"نُشر يوم {wd} {day} {G.MAG[m]} {y}" + (f" - {hm(*tm)}" if tm else "")], full
    raise ValueError(fmt)


UPDATE_OF = {"p_iq_yfirst": "u_iq", "p_iq_lev": "u_iq", "p_iq_clock": "u_iq", "p_ma_pipe": "u_ma",
             "p_ma_num": "u_ma", "p_amp_label": "u_amp", "p_amp_indic": "u_amp", "p_op_aaw": "u_op",
             "p_op_pair": "u_op", "p_tn_fr": "u_tn", "p_tn_ar": "u_tn"}


def fmt_update(ufmt, pub, tm, crawl, rng):
    """(line, modified truth) of an update line no later than the crawl day; (None, None) without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 30)))
    d, hh, mi = u.date(), u.hour, u.minute
    val = f"{d.isoformat()}T{hm(hh, mi)}"
    if ufmt == "u_iq":
        line = f"حُدّث في {d.year}/{d.month:02d}/{d.day:02d} | {hm(hh, mi)}"
    elif ufmt == "u_ma":
        line = f"آخر تحديث: {G.WD[d.weekday()]} {d.day} {G.MAR[d.month - 1]} {d.year} - {hm(hh, mi)}"
    elif ufmt == "u_amp":
        line = f"آخر تحديث: {d.day} {G.EG[d.month - 1]} {d.year} {clock12((hh, mi))}"
    elif ufmt == "u_op":
        line = f"آخر تحديث: {hm(hh, mi)}-{d.day} {G.EG[d.month - 1]} {d.year} م ـ {hijri_text(d, HIJ_D)} هـ"
    else:
        line = f"Mis à jour le {d.day:02d}/{d.month:02d}/{d.year} à {hh:02d}h{mi:02d}"
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


def nb_hyphens(text):
    return text.replace("-", "\u2011")


def body_noise(text, kind, rng):
    if kind == "nbhy":
        return nb_hyphens(text)
    if kind == "kashida":
        return G.add_tatweel(text, rng) if rng.random() < 0.6 else text
    return text


def heading_lines(h, fmt, rng):
    if fmt == "h_colon":
        return [f"{h}:"]
    if fmt == "h_dot":
        return [f"● {h}"]
    if fmt == "h_square":
        return [f"▪ {h}"]
    if fmt == "h_center":
        return [" " * rng.randint(8, 20) + h]
    return [h]


def caption_lines(cfmt, cap, credit, rng):
    if cfmt == "c_iq":
        return [f"{cap} | عدسة: {credit}"]
    if cfmt == "c_ma":
        return [cap, f"صورة: {credit}"]
    if cfmt == "c_pdf":
        return [f"▲ {cap} ـ عدسة/ {credit}"]
    if cfmt == "c_amp":
        return [f"{cap} (الصورة من: {credit})"]
    if cfmt == "c_op":
        return [f"{cap} - {credit}"]
    if cfmt == "c_agg":
        return [f"{cap} — {credit}"]
    if cfmt == "c_tn":
        return [f"{cap} | Crédit photo : {credit}"]
    raise ValueError(cfmt)


def apply_dateline(form, doc, paras, truth, comp):
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl
    if form == "dl_paren_dash":
        paras[0] = f"{place} ({rest}) – {paras[0]}"
    elif form == "dl_agency_first":
        paras[0] = f"({rest}) {place} – {paras[0]}"
    elif form == "dl_comma":
        paras[0] = f"{place}، {rest}: {paras[0]}"
    else:
        paras[0] = f"{place} - {rest} : {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl


def wrap(text, width):
    """Greedy word wrap at `width` characters (words are never split)."""
    lines, cur = [], ""
    for w in text.split(" "):
        if not w:
            continue
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines or [""]


def sentence_for_pull(paras, rng):
    cands = []
    for p in paras[1:]:
        for s in G.sentences(p):
            n = len(s.split())
            if 8 <= n <= 28:
                cands.append(s.strip())
    return rng.choice(cands) if cands else None


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
    site, dom, tagline, city, extra = rng.choice(SITES[key])
    year = crawl.year
    layout = pick("layout")
    pdf = layout == "pdf"
    section = rng.choice(SECTIONS[key])
    people = PEOPLE[extra] if key == "pdf" else PEOPLE[key]
    name = rng.choice(people)
    name2 = rng.choice([p for p in people if p != name])
    female = name in FEMALE
    src_site = doc["site"] or ""
    ctx = dict(issue=rng.randint(12000, 16999))
    issue_day = pub if (pdf and pub) else crawl

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine")
    if not pub or pdf:
        pfmt = None
    comp["publine"] = pfmt
    plines, pval = fmt_publine(pfmt, pub, tm, crawl, rng, ctx) if pfmt else (None, None)
    truth["published"] = pval
    nkind = pick("body_noise")

    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dl = apply_dateline(dform, doc, paras, truth, comp) if (not summary or summary != paras[0]) else None
    dl_used = dl is not None

    # ------------------------------------------------ before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "iq_freq":
            add("freq", [f"📡 تردد {site} على نايل سات: {rng.choice([10815, 11034, 11179, 11393, 12226])} "
                         f"{rng.choice(['أفقي', 'عمودي'])} — معدل الترميز 27500"])
        elif pname == "ma_breaking":
            add("breaking", [f"عاجل: {others.pop()}"])
        elif pname == "op_consent":
            add("consent", ["We value your privacy",
                            "We and our partners use cookies to store and access information on your device "
                            "to personalise content and ads.", "AGREE", "MORE OPTIONS"])
        elif pname == "tn_cookie":
            add("cookie", ["Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.",
                           "Accepter", "Paramétrer"])

    # ------------------------------------------------ header
    wfmt = None
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "site_name":
            add("site_name", [site, tagline] if tagline else [site])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                if pdf:
                    wl = fmt_widget(wfmt, issue_day, rng, ctx)
                    price = rng.choice([100, 150, 200, 250]) if extra == "ye" else rng.choice([500, 700, 1000])
                    cur = "ريال" if extra == "ye" else "جنيه"
                    chief = rng.choice([p_ for p_ in people if p_ not in (name, name2)])
                    mast = [site, tagline, f"رئيس التحرير: {chief}",
                            f"العدد ({ctx['issue'] % 9000}) – السنة {rng.choice(ORD_F)}"] + wl + \
                        [f"الثمن: {price} {cur}"]
                    add("masthead", mast)
                    truth["page_date"] = issue_day.isoformat()
                    truth["published"] = issue_day.isoformat()
                    ctx["date_short"] = wl[0]
                else:
                    add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                    truth["page_date"] = crawl.isoformat()
        elif hname == "nav":
            vocab = NAV.get(key, NAV["iq"])
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(3, len(vocab) - 1))
            if key in ("iq", "agg", "tn"):
                add("nav", [rng.choice([" | ", " • "]).join(items)])
            else:
                add("nav", items)
        elif hname == "iq_live":
            add("live", ["● البث المباشر | جدول البرامج | مذيعو القناة | اتصل بنا"])
        elif hname == "iq_ticker":
            add("ticker", ["عاجل ◄ " + " ◄ ".join(others.pop() for _ in range(rng.randint(2, 3)))])
        elif hname == "iq_weather":
            add("weather", [" | ".join(f"{c} {rng.randint(14, 48)}°" for c in rng.sample(IQ_CITIES, 4))])
        elif hname == "iq_now":
            a, b = rng.sample(IQ_PROGS, 2)
            add("now", [f"يُعرض الآن: {a} | التالي {rng.randint(13, 23)}:00 — {b}"])
        elif hname == "ma_regions":
            add("regions", ["جهات: " + " | ".join(rng.sample(MA_REGIONS, 4))])
        elif hname == "pdf_pagehead":
            ctx["page"] = rng.randint(2, 11)
            add("pagehead", [f"{ctx['page']} | {section}"])
        elif hname == "amp_top":
            add("top", ["☰ القائمة", site, "🔍"])
        elif hname == "amp_app":
            add("app", [f"📲 اقرأ الخبر على تطبيق {site}", "فتح التطبيق"])
        elif hname == "amp_crumb":
            add("crumb", [f"{site} › {section}"])
        elif hname == "op_lang":
            add("lang", ["English | فارسی | اردو | Türkçe"])
        elif hname == "agg_app":
            add("app", ["حمّل التطبيق مجانًا", "Google Play | App Store | AppGallery"])
        elif hname == "agg_trend":
            tags = [t for t in G.tags_from(others.pop(), rng) if re.fullmatch("[\u0621-\u064a]+", t)] or ["عاجل"]
            add("trend", ["🔥 الأكثر تداولاً الآن: " + " ".join("#" + t for t in tags)])
        elif hname == "tn_lang":
            add("lang", ["Français | العربية | English"])
        elif hname == "tn_market":
            add("market", [f"TUNINDEX {rng.randint(8000, 9999):,}".replace(",", " ") +
                           f",{rng.randint(10, 99)} {'▲' if rng.random() < 0.5 else '▼'} "
                           f"{rng.randint(1, 99) / 100:.2f} %".replace(".", ",")])
        comp.setdefault("header", []).append(hname)

    # ------------------------------------------------ the article's head
    tnoise = pick("title_noise")
    shown_title = G.add_tatweel(title, rng) if tnoise == "kashida" else title

    cap_group = None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        ckey = cfmt[2:]
        cap = rng.choice(CAPTIONS[ckey])
        credit = rng.choice(CREDITS[ckey])
        truth["images"].append({"caption": cap, "credit": credit})
        cap_group = caption_lines(cfmt, cap, credit, rng)
        if rng.choice(spec["caption_repeat"]):
            cap_group = cap_group + cap_group
            comp["caption_repeat"] = True

    kicker = None
    if rng.random() < spec["kicker"]:
        kicker = {"iq": section, "ma": f"{section} »", "pdf": rng.choice(["متابعات", "تقرير", "قضية اليوم",
                                                                          "استطلاع"]),
                  "amp": section, "op": rng.choice(["الرأي", "آراء", "مقالات"]),
                  "agg": f"{section} ‹", "tn": section.upper()}[key]

    # meta lines (byline, date, counters); `pre_title` are author lines over the title
    meta, pre_title, post_body = [], [], []
    authors = []
    bio = OP_BIO.get(name, "كاتب صحفي")
    if bfmt == "b_iq_reporter":
        meta.append(f"{'مراسلة' if female else 'مراسل'} القناة في {rng.choice(IQ_CITIES)} – {name}")
        authors = [name]
    elif bfmt == "b_iq_prep":
        meta.append(f"إعداد: {name} | مونتاج: {name2}")
        authors = [name]
    elif bfmt == "b_iq_two":
        meta.append(f"تقرير: {name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_iq_desk":
        meta.append(f"قسم الأخبار – {site}")
    elif bfmt == "b_ma_bare":
        meta.append(name)
        authors = [name]
    elif bfmt == "b_ma_corr":
        meta.append(f"{name} — {'مراسلة' if female else 'مراسل'} الجريدة ب{rng.choice(['أكادير', 'وجدة', 'فاس', 'طنجة'])}")
        authors = [name]
    elif bfmt == "b_ma_two":
        meta.append(f"{name} / {name2}")
        authors = [name, name2]
    elif bfmt == "b_ma_desk":
        meta.append("هيئة التحرير")
    elif bfmt == "b_pdf_katab":
        meta.append(f"{'كتبت' if female else 'كتب'}/ {name}")
        authors = [name]
    elif bfmt == "b_pdf_istitlaa":
        meta.append(f"استطلاع/ {name} – تصوير/ {name2}")
        authors = [name]
    elif bfmt == "b_pdf_two":
        meta.append(f"كتب/ {name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_pdf_khas":
        meta.append(f"{city} – خاص:")
    elif bfmt == "b_pdf_end":
        post_body.append(f"• {name}")
        authors = [name]
    elif bfmt == "b_amp_city":
        meta.append(f"{city} – {name}")
        authors = [name]
    elif bfmt == "b_amp_site":
        meta.append(f"{name} | {site}")
        authors = [name]
    elif bfmt == "b_amp_two":
        meta.append(f"{name}، {name2}")
        authors = [name, name2]
    elif bfmt == "b_amp_desk":
        meta.append("محرر الشؤون المحلية")
    elif bfmt == "b_op_bio":
        pre_title += [name, bio]
        authors = [name]
    elif bfmt == "b_op_dr":
        pre_title += [f"د. {name}", bio]
        authors = [name]
    elif bfmt == "b_op_star":
        meta.append(f"{name}*")
        post_body.append(f"* {bio}")
        authors = [name]
    elif bfmt == "b_op_two":
        meta.append(f"{name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_agg_by":
        meta.append(f"بواسطة: {name}")
        authors = [name]
    elif bfmt == "b_agg_src":
        if src_site:
            meta.append(f"{name} – {src_site}")
        else:
            meta.append(name)
        authors = [name]
    elif bfmt == "b_tn_par":
        who = rng.choice(TN_LATIN)
        meta.append(f"Par {who}")
        authors = [who]
    elif bfmt == "b_tn_ar":
        meta.append(f"بقلم: {name}")
        authors = [name]
    elif bfmt == "b_tn_two":
        a, b = rng.sample(TN_LATIN, 2)
        meta.append(f"Par {a} et {b}")
        authors = [a, b]
    elif bfmt == "b_tn_redac":
        meta.append(rng.choice(["La Rédaction", "التحرير"]))
    if key == "op" and pre_title and rng.random() < 0.4:
        # some opinion pages print the columnist under the title
        meta = pre_title + meta
        pre_title = []
    if plines:
        meta += plines
        ufmt = UPDATE_OF.get(pfmt)
        if ufmt and rng.random() < spec["update"]:
            line, mod = fmt_update(ufmt, pub, tm, crawl, rng)
            if line:
                meta.append(line)
                truth["modified"] = mod
                comp["update"] = True
    truth["authors"] = authors
    if rng.random() < spec["counter"]:
        n = rng.randint(2, 14)
        meta.append({"iq": f"👁 {n * 211} مشاهدة", "ma": f"💬 {n} تعليقات | 👁 {n * 389}",
                     "pdf": f"ص {ctx.get('page', 3)}", "amp": f"⏱ {3 + n // 4} دقائق للقراءة",
                     "op": f"{n} تعليقات", "agg": f"👁 {n * 1270:,} قراءة",
                     "tn": f"Lu {n * 143} fois"}[key])
    if key == "amp" and rng.random() < 0.5:
        meta.append(f"🔊 استمع إلى الخبر | {rng.randint(1, 6):02d}:{rng.randint(0, 59):02d}")
    toolbar = None
    if key == "ma" and rng.random() < 0.5:
        toolbar = ["حجم الخط: أ+ | أ | أ-", "طباعة | PDF | أرسل لصديق"]
    elif key == "amp" and rng.random() < 0.4:
        toolbar = ["تكبير النص | تصغير النص"]
    src_card = None
    if key == "agg" and src_site and rng.random() < 0.8:
        src_card = [f"المصدر: {src_site}", "+ متابعة"]
        truth["sources"] = [src_site]

    label = LEDE_LABEL[key]
    labelled = ("label_inline", "label_line")
    if pdf and lede_place in labelled + ("after_caption",):
        lede_place = "deck"
        comp["lede_place"] = lede_place
    if pre_title:
        add("author", pre_title)
    if kicker:
        add("kicker", [kicker])
    if src_card and rng.random() < 0.5:
        add("source_card", src_card)
        src_card = None
    add("title", [shown_title], chrome=False)
    if summary and lede_place == "deck":
        add("lede", [summary], chrome=False)
    if src_card:
        add("source_card", src_card)
    if meta:
        add("meta", meta)
    if toolbar:
        add("toolbar", toolbar)
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
    if summary and lede_mode in ("promoted", "abstract") and lede_place not in labelled and not dl_used:
        last = groups[-1]
        if last["kind"] == "lede":
            # nothing sets it apart from the body: it reads as the first paragraph
            groups.remove(last)
            paras.insert(0, summary)
            summary = None
            comp["lede"] = None
            comp["lede_place"] = None
    truth["summary"] = summary

    # ------------------------------------------------ body
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
            if mname == "iq_video":
                add("video", ["▶ فيديو", f"مدة التقرير {rng.randint(1, 6):02d}:{rng.randint(0, 59):02d} — اضغط للمشاهدة"])
            elif mname == "iq_also":
                add("also", [f"ذو صلة ← {others.pop()}"])
            elif mname == "ma_also":
                add("also", [f"اقرأ أيضا في {section}: {others.pop()}"])
            elif mname == "ma_ad":
                add("ad", ["إشهار"])
            elif mname == "amp_ad":
                add("ad", ["إعلان", "تابع القراءة أسفل الإعلان"])
            elif mname == "amp_wa":
                add("wa", [f"📢 انضم إلى قناة {site} على واتساب"])
            elif mname == "amp_also":
                add("also", [f"🔗 {others.pop()}"])
            elif mname == "op_pull":
                s = sentence_for_pull(paras, rng)
                if s:
                    add("pull", [f"❝ {s} ❞"])
            elif mname == "agg_also":
                add("also", [f"قد يعجبك أيضًا: {others.pop()}"])
            elif mname == "tn_also":
                add("also", [f"À lire aussi : {others.pop()}"])
        if b["type"] == "heading":
            add("heading", heading_lines(b["text"], hfmt, rng), chrome=False)
            continue
        add("body", [body_noise(b["text"], nkind, rng)], chrome=False)
    if post_body:
        add("signature", post_body)
    if pdf:
        add("endmark", ["■"], glue=True)

    # ------------------------------------------------ after the body
    def src_list(extra_srcs):
        srcs = [src_site]
        if dl_used and truth["agencies"]:
            srcs.append(dl[1])
        elif rng.random() < 0.4:
            srcs.append(rng.choice(extra_srcs))
        return [s for s in dict.fromkeys(srcs) if s]

    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        if aname in ("iq_src", "amp_src", "tn_src"):
            if truth["sources"] or not src_site:
                continue
            if aname == "iq_src":
                srcs = src_list(["وكالات", "وكالة الأنباء العراقية", "رويترز"])
                add("sources", ["نقلاً عن: " + "، ".join(srcs)])
            elif aname == "amp_src":
                srcs = src_list(["كونا", "وكالات", "قنا"])
                add("sources", ["مصدر الخبر – " + " و".join(srcs)])
            else:
                srcs = src_list(["وات", "Agences", "أ ف ب"])
                add("sources", ["Source : " + ", ".join(srcs)])
            truth["sources"] = srcs
        elif aname in ("iq_tags", "ma_tags", "amp_tags", "tn_tags"):
            tags = G.tags_from(title, rng)
            if aname == "amp_tags":
                # a hashtag is one plain word
                tags = [t for t in tags if re.fullmatch("[\u0621-\u064a]+", t)]
            if not tags or truth["tags"]:
                continue
            if aname == "iq_tags":
                add("tags", ["كلمات دالة: " + " - ".join(tags)])
            elif aname == "ma_tags":
                add("tags", ["تصنيفات: " + " / ".join(tags)])
            elif aname == "amp_tags":
                add("tags", [" ".join("#" + t for t in tags)])
            else:
                add("tags", ["Mots-clés : " + ", ".join(tags)])
            truth["tags"] = tags
        elif aname == "iq_share":
            add("share", ["شارك الخبر: فيسبوك | إكس | تلغرام | واتساب | نسخ الرابط"])
        elif aname == "iq_related":
            add("related", ["أخبار ذات علاقة"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "iq_programs":
            lines = ["من برامجنا"]
            for prog in rng.sample(IQ_PROGS, 2):
                lines.append(f"{prog} — كل {rng.choice(G.WD)} الساعة {rng.randint(17, 23)}:00")
            add("programs", lines)
        elif aname == "iq_app":
            add("app", ["حمّل تطبيق الشبكة", "App Store | Google Play | AppGallery"])
        elif aname == "ma_share":
            add("share", ["شارك:", "فيسبوك · تويتر · واتساب · البريد"])
        elif aname == "ma_related":
            add("related", ["اقرأ كذلك"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "ma_comments":
            n = rng.randint(1, 3)
            lines = [f"تعليقات الزوار ({n})"]
            for k, who in enumerate(rng.sample(MA_COMMENTERS, n), 1):
                lines += [f"{k} - {who}", ago(rng.randint(1, 9), "h"), rng.choice(MA_COMMENTS)]
            lines += ["المرجو عدم الإساءة، التعليقات المسيئة لن يتم نشرها", "أضف تعليقك", "الاسم",
                      "البريد الإلكتروني", "التعليق", "إرسال"]
            add("comments", lines)
        elif aname == "ma_most":
            add("most", ["الأكثر مشاهدة هذا الأسبوع"] + [f"◂ {others.pop()}" for _ in range(rng.randint(3, 5))])
        elif aname == "pdf_site":
            add("site_note", [f"• تابعوا التفاصيل على موقع الصحيفة: www.{dom}"])
        elif aname == "pdf_congrats":
            who = rng.choice([p_ for p_ in people if p_ not in (name, name2) and p_ not in FEMALE])
            add("congrats", ["تهنئة", f"تتقدم أسرة {site} بأحر التهاني والتبريكات للزميل {who} بمناسبة "
                                      f"{rng.choice(PDF_OCCASIONS)}", "ألف مبروك"])
        elif aname == "pdf_ad":
            add("classified", ["إعلان", f"{rng.choice(PDF_COMPANIES)} تعلن عن حاجتها إلى {rng.choice(PDF_JOBS)}",
                               f"للتواصل: {rng.choice(['77', '73', '71']) if extra == 'ye' else '09'}"
                               f"{rng.randint(1000000, 9999999)}"])
        elif aname == "amp_share":
            add("share", ["مشاركة: واتساب · X · تيليجرام · نسخ الرابط"])
        elif aname == "amp_next":
            add("next", ["الخبر التالي ⟵", others.pop()])
        elif aname == "amp_more":
            add("related", [f"المزيد من {section}"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "op_disclaimer":
            add("disclaimer", [rng.choice(OP_DISCLAIMERS)])
        elif aname == "op_share":
            add("share", ["مشاركة | طباعة | 🔖 حفظ"])
        elif aname == "op_more_by":
            lines = [f"مقالات أخرى لـ{authors[0]}" if authors and rng.random() < 0.5 else "مقالات أخرى للكاتب"]
            back = crawl
            for _ in range(rng.randint(2, 3)):
                back = back - datetime.timedelta(days=rng.randint(5, 16))
                lines += [others.pop(), f"{back.day} {G.EG[back.month - 1]} {back.year}"]
            add("more_by", lines)
        elif aname == "op_newsletter":
            add("newsletter", [f"النشرة اليومية من {site}", "سجّل بريدك الإلكتروني", "اشترك"])
        elif aname == "op_most":
            add("most", ["الأكثر قراءة في الرأي"] + [f"{k}. {others.pop()}" for k in range(1, rng.randint(3, 5))])
        elif aname == "agg_readsrc":
            add("readsrc", [f"اقرأ الخبر من المصدر ({src_site}) ↗" if src_site else "اقرأ الخبر من المصدر ↗"])
        elif aname == "agg_disclaimer":
            if src_site:
                add("disclaimer", [f"هذا المحتوى منقول من {src_site}، و{site} غير مسؤول عن محتواه"])
        elif aname == "agg_react":
            add("react", [f"👍 {rng.randint(0, 90)} · ❤ {rng.randint(0, 30)} · 😮 {rng.randint(0, 9)} · "
                          f"😢 {rng.randint(0, 9)}"])
        elif aname == "agg_similar":
            lines = ["أخبار مشابهة"]
            for _ in range(rng.randint(2, 4)):
                lines += [others.pop(), f"{rng.choice(AGG_SOURCES)} · {ago(rng.randint(1, 20), 'h')}"]
            add("similar", lines)
        elif aname == "agg_comments":
            add("comments", ["التعليقات (0)", "كن أول من يعلّق"])
        elif aname == "tn_share":
            add("share", ["Partager : Facebook | X | LinkedIn | WhatsApp"])
        elif aname == "tn_related":
            add("related", ["Articles similaires"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "tn_newsletter":
            add("newsletter", ["Newsletter", "Recevez l'essentiel de l'actualité chaque matin", "S'inscrire"])
        elif aname == "tn_comments":
            n = rng.randint(1, 3)
            lines = ["Réagir à cet article", f"Commentaires ({n})"]
            for who in rng.sample(TN_COMMENTERS, n):
                lines += [f"{who} — il y a {rng.randint(1, 12)} h", rng.choice(TN_COMMENTS)]
            add("comments", lines)
        comp.setdefault("after", []).append(aname)

    ffmt = pick("footer")
    if ffmt == "f_iq":
        add("footer", [f"جميع الحقوق محفوظة لـ{site} © {year}", f"بغداد – الكرادة | info@{dom}"])
    elif ffmt == "f_ma":
        add("footer", [f"© {year} {site} – جميع الحقوق محفوظة",
                       f"جريدة إلكترونية مرخصة – ملف الصحافة رقم {rng.randint(3, 60)}/{rng.randint(2015, 2021)}",
                       "من نحن | هيئة التحرير | اتصل بنا | شروط الاستخدام"])
    elif ffmt == "f_amp":
        add("footer", ["عرض النسخة الكاملة من الموقع", f"© {year} {site}"])
    elif ffmt == "f_op":
        add("footer", [f"© {year} {site} – جميع الحقوق محفوظة",
                       f"Registered in England and Wales No. {rng.randint(1000000, 9999999)}"])
    elif ffmt == "f_agg":
        add("footer", [f"© {year} {site} — جميع حقوق المحتوى محفوظة لمصادرها", "سياسة الخصوصية · اتصل بنا"])
    elif ffmt == "f_tn":
        add("footer", [f"© {year} {site}. Tous droits réservés.", "Mentions légales | Publicité | Contact"])

    # ------------------------------------------------ layout
    if pdf:
        out, chrome_lines = pdf_layout(groups, site, ctx, rng, comp)
    else:
        out, chrome_lines = [], []
        single = layout == "single"
        prev = None
        for g in groups:
            kind = g["kind"]
            if out and not g["glue"]:
                if not (single and kind in ("body", "heading") and prev in ("body", "heading")):
                    out.append("")
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


def pdf_layout(groups, site, ctx, rng, comp):
    """The e-paper as pdftotext gives it: hard-wrapped text, indented paragraph starts, and at each page
    break the page foot, a form feed and the next page's running head."""
    width = rng.randint(46, 74)
    page_len = rng.randint(34, 58)
    page = ctx.get("page", rng.randint(2, 11))
    short = ctx.get("date_short", "")
    blank_paras = rng.random() < 0.4
    comp["pdf"] = dict(width=width, page_len=page_len, blank_paras=blank_paras)
    out, chrome = [], []
    count = 0
    prev = None

    def emit(line, is_chrome):
        nonlocal count, page
        if count >= page_len:
            foot = f"— {page} —"
            page += 1
            head = f"{site} | {short} | ص {page}" if short else f"{site} | ص {page}"
            out.extend([foot, "\f" + head, ""])
            chrome.extend([foot, head])
            count = 0
        out.append(line)
        if is_chrome and line.strip():
            chrome.append(line.strip())
        count += 1

    for g in groups:
        kind = g["kind"]
        sep = not g["glue"] and out and not (kind in ("body", "heading") and prev in ("body", "heading")
                                             and not blank_paras)
        if sep:
            emit("", False)
        for line in g["lines"]:
            if kind == "body":
                for k, piece in enumerate(wrap(line, width)):
                    emit(("   " + piece) if k == 0 else piece, False)
            elif kind == "lede":
                for piece in wrap(line, width):
                    emit(piece, False)
            else:
                emit(line, g["chrome"])
        prev = kind
    return out, chrome


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
