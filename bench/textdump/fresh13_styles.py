"""The `fresh13` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh13 --n 2000 --seed 53
    python3 bench/textdump/score_dumps.py --split fresh13 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH13 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by someone who has not read the extractor, its tests, its
fixtures or its benchmark notes. No component here is meant to be one of the
tune, held-out, fresh, fresh2, ..., fresh12 ones (as far as their generators
show). Only the aggregate rows of `score_dumps.py --split fresh13` are ever
reported; once the extractor is changed because of anything learnt here, the
split is spent.

The eight styles imitate text dumps of kinds of pages the other splits do not:
an Eritrean Arabic-language news portal (Tigrinya in the chrome), a
newsroom content-management system's edit-and-preview screen copied whole, a
record page of a digitized newspaper archive (catalogue fields and the
machine-read full text), the Arabic service of a Korean or Japanese public
broadcaster, the web archive of a mailing list holding a member's message
with a pasted article, a read-later app's reader view with the reader's
highlights, the site of an Arab-Australian community weekly with its English
chrome, and a per-document random draw of these components. Site names,
lists, apps, people and the vocabulary are invented. The corpus texts, the
lede choice (abstract / teaser / promoted first paragraph), the inserted
headings and the other articles' titles in related blocks are the
gen_dumps.py ones.

New here: date widgets with Tigrinya (Ge'ez script) weekday and month names
for the Gregorian months, with an Ethiopic comma, paired with the Arabic
date after `❙`, or a numeric date under the Ge'ez label `ዕለት፡`; a
year-first dotted date with the Korean weekday in brackets and an optional
`KST` clock; a Japanese `年月日` date with the weekday in full-width
brackets, in ASCII or full-width digits; a city with an English dashed
`25-Apr-2024` date and an `AEST`/`AEDT` clock; an upper-case English
masthead date. Publication lines with a Tigrinya month and an `EAT` clock,
a clock-first line with a Tigrinya/Arabic month pair, Australian
`10.15am AEST` clocks before a Levantine date, `First published` with an
`Updated` line, a dotted year-first line with `KST` and an `عُدّل` update,
`時/分` clocks; a CMS status box (creation, publication and last-save
stamps with seconds and `(UTC+03:00)`, a revision log), catalogue dates
with Roman-numeral months or in year-month-day order, a mailing-list
`ctime` stamp with a zone abbreviation (the posting time) beside an
`عن موقع … بتاريخ …` line, and a read-later line pairing the article's date
with the day it was saved. Chrome: Ge'ez language bars, labels, comment
times and footers; labelled CMS fields, internal editorial notes between
paragraphs, SEO fields, save/publish buttons; catalogue tables with dot
leaders or box rules, ARK identifiers, subject headings joined by `--`,
citation blocks, column markers and print jump lines with a jump head
(`التتمة ص 9` … `تتمة المنشور ص 1: …`); pipermail subject tags, sender
lines with `at`, thread navigation, scrubbed-attachment notices and
signatures; reader-app toolbars, highlights quoted back after the article
(sentences of the body) with the reader's notes and an export stamp;
Acknowledgement of Country, ABN and Lifeline notices, `Picture:` and
`Words:` credits; Hangul/Japanese language bars, `(الصورة = …)` and
`…＝credit` captions, Korean-style `(city=agency)` datelines, a phrase of
the day. Noise: LRE/PDF embeddings around Latin and digit runs, typographic
quotes and dashes, ideographic spaces between words, U+2028 line
separators inside paragraphs, the `ﷲ` ligature, ASCII punctuation for
Arabic punctuation, hard-wrapped mail paragraphs, and whole dumps in NFD
(decomposed hamza and madda letters).

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once: without the CMS field label, without the
  mailing list's `[tag]` and `Fwd:` prefixes. A title row of the catalogue
  table, the title pasted again into a message, an echo of it in a share,
  comment or e-mail line, the SEO title, the citation and the jump head are
  chrome (lines equal to the title are left out of the chrome list).
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its script or calendar names; with two languages the
  (one) Gregorian date; the Korean clock and the `AEST` clock are no part of
  it. The CMS screen, the archive record, the mailing-list page and the
  read-later view have no widget: null (the mixed style never gives them
  one). The archive's `أُتيح رقميًا` date, the export stamp, the message's
  posting stamp and comment times are no widget.
- published: the publication line's date, with `THH:MM` when it shows a
  time (`pm` is afternoon; zones are kept as printed, seconds dropped). The
  CMS: the `نُشرت:` stamp of a published item; a draft or an item awaiting
  review has none (null), and creation, last-save and revision-log stamps
  are no publication date. The archive: the issue date of the record (the
  article's date, or the crawl day for SaudiNewsNet articles), never a time.
  The mailing list: only the date of the `عن موقع … بتاريخ …` line inside the
  message; the `ctime` stamp is when the member posted it (null without
  that line). The read-later view: the article's date, never the day it was
  saved. Update lines (`Updated …`, `عُدّل …`) and the CMS last-save stamp go
  to the extra `modified` key (not scored), never to published.
- summary: a deck under the title, a lede after the meta lines or after the
  caption, the CMS `الموجز` field and the catalogue's `المستخلص` (labelled
  ledes are always ledes; an empty `(فارغ)` field is none). An unlabelled
  lede with nothing between it and the body (no meta line, caption, chrome
  line or source line, no dateline opening the body) stays a lede only when
  it is a teaser that the first paragraph repeats; a promoted first
  paragraph or an abstract there reads as the first paragraph and goes into
  the body. A first paragraph under 8 words is never promoted.
- blocks: the corpus paragraphs whatever the layout; hard-wrapped mail
  paragraphs are one paragraph each; headings without `❱ `, `〔〕` or the
  `عنوان فرعي:` label; column markers, jump lines, editorial notes and
  highlights are no blocks; character noise does not change a paragraph
  (scored folded).
- images: the caption without marks, labels and credit; the credit as
  written without its label (`ስእሊ፡`, `Picture:`, `الصورة =`, `＝`,
  `حقوق الصورة محفوظة لـ`, the CMS field label).
- sources: the items of `استنادًا إلى:`, `Additional reporting:`, `المادة
  مترجمة عن:`, the CMS `المصادر` field and the site of the mailing list's
  `عن موقع …` line; tags: the items of `خيوط الخبر:`, `Filed under:`,
  `عمليات بحث ذات صلة:`, the CMS `الكلمات الدلالية` field and the catalogue's
  subject headings. A read-later app's own labels are no tags.
- authors (extra key, not scored): the byline's names, the CMS `الكاتب`
  field, the catalogue's author and the translator of the broadcaster's
  Arabic service; editors in the CMS log, list members and photographers
  are no authors.
- chrome: every inserted line that is not title, lede or body (captions
  included), minus those that also occur in the body and those equal to the
  title or the summary (compared folded).
"""
import datetime
import re
import unicodedata

from textnorm import display, fold

SPLIT = "fresh13"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
TI_WD = ["ሰኑይ", "ሰሉስ", "ረቡዕ", "ሓሙስ", "ዓርቢ", "ቀዳም", "ሰንበት"]
TI_MON = ["ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም", "ጥቅምቲ", "ሕዳር",
          "ታሕሳስ"]
KR_WD = ["월", "화", "수", "목", "금", "토", "일"]
JP_WD = ["月", "火", "水", "木", "金", "土", "日"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
EN_MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

# ------------------------------------------------------------ vocabularies
# news sites: (name, latin, domain, tagline, extra)
SITES = {
    "eri": [("نافذة أسمرا", "Nafitha Asmara", "nafitha-asmara.com", "أول موقع إخباري إريتري بالعربية", "أسمرا"),
            ("صدى الساحل الأحمر", "Sada Redsea", "sada-redsea.net", "", "مصوع"),
            ("بوابة القرن", "Qarn Gate", "qarn-gate.com", "أخبار إريتريا والقرن الأفريقي", "كرن")],
    "aus": [("صوت الجالية", "Community Voice", "communityvoice.com.au", "Sydney's Arabic weekly since 1989",
             "Sydney"),
            ("المرصد الأسترالي", "The Australian Arab Observer", "arabobserver.com.au", "", "Sydney"),
            ("النجمة الجنوبية", "Southern Star Arabic", "southernstar.com.au", "جريدة عرب ملبورن", "Melbourne")],
    "asia": [("إذاعة سيول الدولية – القسم العربي", "SIB World Arabic", "sib-world.kr", "", "kr"),
             ("شبكة هانغانغ العالمية", "Hangang World", "hangang.world", "صوت كوريا إلى العالم العربي", "kr"),
             ("الخدمة العربية لإذاعة ياماتو الدولية", "Yamato World Arabic", "yamato-world.jp", "", "jp"),
             ("شبكة ساكورا الدولية – عربي", "Sakura Network Arabic", "sakura-intl.jp", "من طوكيو إلى العالم",
              "jp")],
}
AUS_STATE = {"Sydney": ("NSW", ["Lakemba", "Bankstown", "Punchbowl", "Auburn", "Granville", "Parramatta"]),
             "Melbourne": ("VIC", ["Coburg", "Broadmeadows", "Dandenong", "Brunswick", "Fawkner"])}
AUS_STREETS = {"Lakemba": "Haldon Street", "Bankstown": "Chapel Road", "Punchbowl": "The Boulevarde",
               "Auburn": "Auburn Road", "Granville": "South Street", "Parramatta": "Church Street",
               "Coburg": "Sydney Road", "Broadmeadows": "Pearcedale Parade", "Dandenong": "Lonsdale Street",
               "Brunswick": "Lygon Street", "Fawkner": "Bonwick Street"}
PEOPLE = {"eri": ["إدريس محمد علي", "آمنة صالح حامد", "عثمان سعيد أبوبكر", "فاطمة إبراهيم إدريس", "محمود عمر نور"],
          "aus": ["Rania Khoury", "جاد سعادة", "Michael Haddad", "نادين عيسى", "سامي الحلبي"],
          "asia": ["كيم مين جي", "يو سونغ هو", "ساتو هيروشي", "تاناكا يوكو", "ريم العلي", "بارك جي يون"]}
AUS_SNAPPERS = ["Supplied", "AAP", "Facebook", "NSW Police", "Instagram"]
NAV = {"eri": ["ዜና | أخبار", "ባህሊ | ثقافة", "ስፖርት | رياضة", "ቁጠባ | اقتصاد", "ዓለም | العالم", "ቃለ-መሕተት | حوارات",
               "ዲያስፖራ | المهجر"],
       "aus": ["Home", "Community | الجالية", "Australia | أستراليا", "Middle East | الشرق الأوسط",
               "Business Directory | دليل الأعمال", "Obituaries | وفيات", "Sport | رياضة"],
       "kr": ["الأخبار", "الاقتصاد", "شبه الجزيرة الكورية", "ثقافة كورية", "تعلّم الكورية", "البرامج", "البودكاست"],
       "jp": ["الأخبار", "الاقتصاد", "الكوارث والطقس", "الثقافة اليابانية", "تعلّم اليابانية", "البرامج"]}
KICKER = {"eri": ["ዜና | خبر", "ኣፍሪቃ | القرن الأفريقي", "ዲያስፖራ | المهجر"],
          "aus": ["Community News | أخبار الجالية", "Local | محلي", "World | العالم"],
          "kr": ["كوريا اليوم", "من سيول"], "jp": ["اليابان اليوم", "من طوكيو"]}
CAPTIONS = ["طابور من المسافرين أمام مكتب الجوازات", "عمال يرممون واجهة مبنى قديم", "مزارعون في حقل قمح وقت الحصاد",
            "شاحنات محمّلة بالبضائع على طريق سريع", "أطفال في فصل دراسي بإحدى المدارس",
            "ممرضات في جناح أحد المستشفيات", "لافتة انتخابية على جدار في الشارع", "ناقلة نفط قبالة الساحل",
            "وفد رسمي لدى وصوله إلى المطار", "مشجعون في المدرجات قبل صافرة البداية", "سوق للخضار في ساعات الصباح",
            "أبراج الاتصالات فوق تلة", "قاعة محكمة خالية قبل الجلسة", "ألواح شمسية في محطة لتوليد الكهرباء"]
CREDITS = {"c_ti": ["وكالة أنباء القرن", "مكتبة الصور الوطنية", "Hdri Media", "مراسل الموقع"],
           "c_aus": AUS_SNAPPERS,
           "c_kr": ["يونهاب", "نيوسيس", "أرشيف الإذاعة", "وزارة الخارجية الكورية"],
           "c_jp": ["كيودو", "جيجي برس", "أرشيف الشبكة", "مكتب رئيس الوزراء"]}
ERI_COMMENTERS = ["أبو حامد", "سعدية ع.", "ود كرن", "صالح من جدة", "Tesfay", "مريم إدريس"]
ERI_COMMENTS = ["نتمنى أن تصل هذه الأخبار إلى أهلنا في الداخل", "شكرًا على المتابعة الدقيقة",
                "ننتظر تفاصيل أكثر من مصادر مستقلة", "الله يحفظ أهلنا في كل مكان",
                "تقرير متوازن ومهم للجالية في الخارج", "متى يعود الطريق إلى وضعه الطبيعي؟"]
AUS_COMMENTERS = ["أبو طوني", "Layla", "سمير", "Joseph K.", "أم جاد", "Hussein"]
AUS_COMMENTS = ["Great coverage as always, شكرًا للجريدة", "خبر يهم كل العائلات هنا",
                "Hope the council listens this time",
                "نحتاج مثل هذه التقارير بالعربي والإنكليزي", "Thanks for keeping the community informed",
                "الله يوفق الجميع، كلام في محله"]
PHRASES = {"kr": ["안녕하세요 — آنيونغ هاسيو — مرحبًا", "감사합니다 — كامسا هامنيدا — شكرًا", "괜찮아요 — كوينتشانايو — لا بأس"],
           "jp": ["こんにちは — كونيتشيوا — مرحبًا", "ありがとう — أريغاتو — شكرًا", "おはよう — أوهايو — صباح الخير"]}
LANG_BAR = {"eri": "ትግርኛ · العربية · English",
            "kr": "한국어 ／ English ／ 中文 ／ 日本語 ／ العربية ／ Español",
            "jp": "日本語 ／ English ／ 中文 ／ 한국어 ／ العربية ／ Français"}
MISC = {"kr": ("서울특별시 영등포구 여의공원로 13", "Seoul"), "jp": ("東京都渋谷区神南 2-2-1", "Tokyo")}

CMS_NAMES = [("نَسَق", "Nasaq CMS", "nasaq.io"), ("مِداد", "Midad Publisher", "midad.app"),
             ("رُقعة", "Ruqaa Newsroom", "ruqaa.net")]
CMS_EDITORS = ["هبة الشريف", "وليد منصور", "ديما الخطيب", "أنس القاسم", "منار يوسف", "طلال البنا"]
CMS_ROLES = ["محرر مناوب", "مدقق لغوي", "رئيس القسم", "محرر ديجيتال"]
CMS_NOTES = ["يرجى التأكد من الرقم قبل النشر", "هل لدينا تأكيد من مصدر ثانٍ؟", "أقترح نقل هذه الفقرة إلى الأعلى",
             "راجعت الأسماء مع الأرشيف", "تحتاج الجملة الأخيرة إلى صياغة أوضح", "لا تنسوا ربط المادة بالملف الخاص"]
CMS_ACTIONS = ["أنشأ المادة", "عدّل العنوان", "أضاف الصورة الرئيسية", "دقّق النص لغويًا", "غيّر القسم",
               "أضاف الكلمات الدلالية"]
CMS_SECTIONS = ["محليات", "عربي ودولي", "اقتصاد وأعمال", "رياضة", "منوعات", "سياسة"]

ARCHIVES = [("ذاكرة الصحافة", "الأرشيف الرقمي للصحف العربية", "دار الكتب والوثائق الوطنية", "61903"),
            ("مِرآة الأيام", "مشروع رقمنة الدوريات", "مكتبة الجامعة المركزية", "70214"),
            ("ديوان الصحف", "مستودع الصحافة العربية المرقمنة", "مركز التراث الوثائقي", "88435")]
ARC_PAPERS = ["البلاد", "الأخبار المسائية", "صوت الشعب", "النهضة", "الفجر الجديد"]
ARC_KINDS = ["خبر", "تقرير", "خبر محلي", "متابعة"]

LISTS = [("akhbar-l", "Akhbar-L", "arabnet-forum.org"), ("sahafa", "Sahafa", "sahafa-club.net"),
         ("nadi-alakhbar", "Nadi-alakhbar", "mashriq-mail.org")]
MEMBERS = [("سامر الحسيني", "samer.h", "gmail.com"), ("لمى عبد الله", "lama.abd", "yahoo.com"),
           ("د. خليل ناصر", "knasser", "univ-mail.edu"), ("رشا العمري", "rasha.omari", "hotmail.com"),
           ("Majed Saleh", "majed", "outlook.com")]
GREETINGS = ["السلام عليكم ورحمة الله،", "الزملاء الأعزاء،", "مساء الخير للجميع،", "أعضاء القائمة الكرام،"]
INTROS = ["أرسل لكم هذا الخبر للاطلاع، مع التحية.", "وصلني هذا الخبر اليوم وأحببت مشاركته مع أعضاء القائمة:",
          "للنقاش في لقائنا القادم، أرجو قراءة الخبر أدناه.", "خبر قد يهم المهتمين بالموضوع:"]
SIG_ROLES = ["منسق مجموعة متابعة الإعلام", "عضو هيئة تحرير النشرة", "باحث في شؤون الإعلام", "Sent from my iPhone"]
MAIL_ZONES = ["AST", "EEST", "+03", "GST", "CET"]

HOSTS = {"الشرق الأوسط": "aawsat.com", "الرياض": "alriyadh.com", "الجزيرة": "al-jazirah.com",
         "اليوم": "alyaum.com", "الاقتصادية": "aleqt.com", "عكاظ": "okaz.com.sa", "الوطن": "alwatan.com.sa",
         "المدينة": "al-madina.com", "الوئام": "alweeam.com.sa", "عين اليوم": "3alyoum.com", "سبق": "sabq.org",
         "واس": "spa.gov.sa", "سكاي نيوز عربية": "skynewsarabia.com", "العربية": "alarabiya.net",
         "فرانس 24": "france24.com", "بي بي سي عربي": "bbc.com", "سي إن إن بالعربية": "arabic.cnn.com",
         "الجوهرة أف أم": "jawharafm.net"}
APPS = [("رفّ", "Raff"), ("دفتر القراءة", "Daftar"), ("سِفر", "Sifr Reader")]
RL_NOTES = ["أعود إليها عند كتابة التقرير", "رقم مهم للمقارنة", "قارن بما نُشر الشهر الماضي", "أرسلها لفريق العمل",
            "تحقق من هذه المعلومة"]


# ------------------------------------------------------------------ styles
# `kind` news: a site rendered by render_news(); the other kinds have their own renderer and draw
# their options from `opt` (probabilities). `pre`, `header`, `mid` and `after` are ordered
# (component, probability) pairs.
NBASE = dict(kind="news", site="eri", pre=[], header=[], widget=[None], kicker=0.0, title_noise=[None],
             byline=[None], publine=[None], update=0.0, lede=[None], lede_place=["deck"], caption=0.0,
             caption_fmt=["c_ti"], headings=0.0, heading_fmt=["plain"], dateline=[None], mid=[], after=[],
             footer=[None], body_noise=[None], title_echo=0.0, opt={})

STYLES = {
    "fresh13_1": dict(site="eri", pre=[("eri_lang", 0.8)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 1.0), ("eri_live", 0.4)],
                      widget=["w_ti", "w_ti_pair", "w_ti_num"], kicker=0.5, title_noise=[None, None, "tatweel"],
                      byline=["eri", None], publine=["p_ti", "p_ti_first"],
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "after_meta"],
                      caption=0.75, caption_fmt=["c_ti"], headings=0.35, heading_fmt=["chev", "plain"],
                      dateline=["dl_br", "dl_br", None], mid=[("eri_also", 0.5), ("eri_radio", 0.35)],
                      after=[("eri_src", 0.5), ("eri_tags", 0.6), ("eri_follow", 0.7), ("eri_rel", 0.7),
                             ("eri_comments", 0.5)],
                      footer=["f_eri"], body_noise=[None, "lre"], title_echo=0.35),
    "fresh13_2": dict(kind="cms", lede=["abstract", "teaser", "promoted", None], headings=0.4,
                      opt=dict(stack=0.5, banner=0.6, published=0.75, kicker=0.4, empty_lede=0.5, caption=0.7,
                               author=0.7, notes=0.6, sources=0.5, tags=0.6, seo=0.7, stats=0.6, log=0.7,
                               buttons=0.8, lsep=0.5)),
    "fresh13_3": dict(site="aus", pre=[("aus_top", 0.7)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 1.0), ("aus_print", 0.4)],
                      widget=["w_aus", "w_aus_caps"], kicker=0.5, title_noise=[None, None, "nbsp"],
                      byline=["aus", "aus", None], publine=["p_aus", "p_aus_en"], update=0.4,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "after_caption"],
                      caption=0.8, caption_fmt=["c_aus"], headings=0.3, heading_fmt=["plain"],
                      mid=[("aus_cont", 0.5), ("aus_sub", 0.35)],
                      after=[("aus_src", 0.5), ("aus_tags", 0.6), ("aus_share", 0.7), ("aus_help", 0.25),
                             ("aus_comments", 0.5), ("aus_more", 0.7)],
                      footer=["f_aus"], body_noise=[None, "smart", "smart"], title_echo=0.3),
    "fresh13_4": dict(kind="arc", lede=["abstract", "abstract", "teaser", "promoted", None], headings=0.2,
                      opt=dict(title_row=0.6, box=0.5, roman=0.5, abstract_inline=0.5, caption=0.4, columns=0.6,
                               jump=0.5, lig=0.7, space_punct=0.4, cite=0.8, formats=0.5, pdf=0.7, issue=0.7,
                               report=0.5, licence=0.6, search=0.6, crumb=0.8, added=0.6)),
    "fresh13_5": dict(site="asia", pre=[("asia_lang", 0.85)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 1.0), ("asia_live", 0.5)],
                      widget=["w_asia"], kicker=0.5, byline=["asia", "asia", None], publine=["p_asia"], update=0.4,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "after_caption"],
                      caption=0.75, caption_fmt=["c_asia"], headings=0.35, heading_fmt=["tort", "plain"],
                      dateline=["dl_eq", "dl_eq", None], mid=[("asia_video", 0.5), ("asia_phrase", 0.4)],
                      after=[("asia_src", 0.5), ("asia_tags", 0.6), ("asia_langs", 0.6), ("asia_rank", 0.7),
                             ("asia_mail", 0.4)],
                      footer=["f_asia"], body_noise=[None, "ideo"], title_echo=0.3),
    "fresh13_6": dict(kind="mail", lede=["teaser", "abstract", None, None], headings=0.0,
                      opt=dict(fwd=0.4, srcline=0.75, paste_title=0.6, wrap=0.45, ascii=0.6, greeting=0.8,
                               intro=0.8, sig=0.8, scrubbed=0.6, nav_bottom=0.7, footer=0.9)),
    "fresh13_7": dict(kind="rl", lede=["abstract", "teaser", "promoted", None], headings=0.3,
                      opt=dict(pair=0.5, toolbar=0.8, origin=0.8, caption=0.5, highlights=0.75, notes=0.5,
                               export=0.7, nfd=0.5, reading=0.6, applabels=0.5)),
    "fresh13_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

NEWS_BASES = ["fresh13_1", "fresh13_3", "fresh13_5"]
HEADER_ORDER = ["eri_lang", "asia_lang", "aus_top", "site_name", "widget", "nav", "eri_live", "asia_live",
                "aus_print"]
HEAD_POOL = ["eri_lang", "asia_lang", "aus_top", "eri_live", "asia_live", "aus_print"]
MID_POOL = ["eri_also", "eri_radio", "aus_cont", "aus_sub", "asia_video", "asia_phrase"]
AFTER_POOL = ["eri_src", "eri_tags", "eri_follow", "eri_rel", "eri_comments", "aus_src", "aus_tags", "aus_share",
              "aus_help", "aus_comments", "aus_more", "asia_src", "asia_tags", "asia_langs", "asia_rank",
              "asia_mail"]
CHOICES = dict(widget=["w_ti", "w_ti_pair", "w_ti_num", "w_aus", "w_aus_caps", "w_asia", None],
               byline=["eri", "aus", "asia", None],
               publine=["p_ti", "p_ti_first", "p_aus", "p_aus_en", "p_asia"],
               caption_fmt=["c_ti", "c_aus", "c_asia"],
               lede_place=["deck", "after_meta", "after_caption"],
               heading_fmt=["plain", "chev", "tort"],
               dateline=["dl_br", "dl_eq", None],
               footer=["f_eri", "f_aus", "f_asia", None],
               body_noise=[None, "lre", "smart", "ideo"],
               title_noise=[None, "tatweel", "nbsp"])


def style_spec(name, rng):
    spec = dict(NBASE)
    spec.update(STYLES[name])
    if not spec.pop("mixed", False):
        return spec
    base = rng.choice([f"fresh13_{k}" for k in range(1, 8)])
    spec.update(STYLES[base])
    spec.pop("mixed", None)
    spec["base"] = base
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    if spec["kind"] != "news":
        # the same page kind, with every optional part drawn anew
        spec["opt"] = {k: rng.choice([0.0, 0.5, 1.0]) for k in spec["opt"]}
        spec["headings"] = rng.choice([0.0, 0.4])
        if spec["kind"] == "mail":
            spec["lede"] = [None, "abstract", "teaser"]
        return spec
    for k, opts in CHOICES.items():
        if rng.random() < 0.5:
            spec[k] = [rng.choice(opts)]
    own = [h for h, _ in spec["header"] if h not in HEAD_POOL]
    extra = [h for h in HEAD_POOL if rng.random() < 0.25]
    names = own + extra + ["site_name", "widget", "nav"]
    spec["pre"] = []
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["update"] = rng.choice([0.0, 0.4])
    spec["caption"] = 0.6
    spec["headings"] = 0.4
    spec["title_echo"] = rng.choice([0.0, 0.4])
    spec["mid"] = [(m, 0.3) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.25]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    return spec


# ------------------------------------------------------------------ dates
def hm(tm):
    return f"{tm[0]:02d}:{tm[1]:02d}"


def aus_zone(d):
    return "AEDT" if d.month in (1, 2, 3, 10, 11, 12) else "AEST"


def aus_clock(hh, mi):
    return f"{G.h12(hh)}.{mi:02d}{'pm' if hh >= 12 else 'am'}"


def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    if fmt == "w_ti":
        return [f"{TI_WD[d.weekday()]}፣ {day} {TI_MON[m]} {y}"]
    if fmt == "w_ti_pair":
        return [f"{wd} {day} {G.EG[m]} {y} ❙ {TI_WD[d.weekday()]}፣ {day} {TI_MON[m]} {y}"]
    if fmt == "w_ti_num":
        return [f"ዕለት፡ {day}/{m + 1}/{y}"]
    if fmt == "w_aus":
        city = ctx["city"]
        state = AUS_STATE.get(city, ("NSW", []))[0]
        return [f"{city}, {state} · {day:02d}-{EN_MON3[m]}-{y} · {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} "
                f"{aus_zone(d)}"]
    if fmt == "w_aus_caps":
        return [f"{EN_WD[d.weekday()].upper()} {day} {EN_MON[m].upper()} {y}"]
    if fmt == "w_asia":
        if ctx["asia"] == "kr":
            s = f"{y}.{m + 1:02d}.{day:02d} ({KR_WD[d.weekday()]})"
            if rng.random() < 0.5:
                s += f" {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d} KST"
            return [s]
        s = f"{y}年{m + 1}月{day}日（{JP_WD[d.weekday()]}）"
        return [s.translate(FULLWIDTH) if rng.random() < 0.5 else s]
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng, ctx):
    """(lines, published truth) of a publication line before the body."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    truth = d.isoformat() + (f"T{hm(tm)}" if tm else "")
    if fmt == "p_ti":
        return [f"نُشر في {day} {TI_MON[m]} {y}" + (f" ◦ {hm(tm)} EAT" if tm else "")], truth
    if fmt == "p_ti_first":
        date = f"{wd} {day} {TI_MON[m]}/{G.EG[m]} {y}"
        return [f"{hm(tm)} EAT — {date}" if tm else date], truth
    if fmt == "p_aus":
        if tm:
            return [f"نُشر {aus_clock(*tm)} {aus_zone(d)}، {wd} {day} {G.LEV[m]} {y}"], truth
        return [f"نُشر {wd} {day} {G.LEV[m]} {y}"], truth
    if fmt == "p_aus_en":
        return [f"First published {day} {EN_MON[m]} {y}" + (f", {aus_clock(*tm)}" if tm else "")], truth
    if fmt == "p_asia":
        if ctx["asia"] == "kr":
            return [f"نُشر {y}.{m + 1:02d}.{day:02d}" + (f" {hm(tm)} KST" if tm else "")], truth
        return [f"نُشر في {y}年{m + 1}月{day}日" + (f" {tm[0]}時{tm[1]:02d}分" if tm else "")], truth
    raise ValueError(fmt)


def fmt_update(pfmt, pub, tm, crawl, rng, ctx):
    """(line, modified truth) of an update line that goes with publication line pfmt, or (None, None)."""
    if pfmt not in ("p_aus_en", "p_asia") or not tm:
        return None, None
    start = datetime.datetime(pub.year, pub.month, pub.day, *tm)
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 30:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(20, min(room, 60 * 30)))
    mod = u.strftime("%Y-%m-%dT%H:%M")
    if pfmt == "p_aus_en":
        return f"Updated {u.day} {EN_MON[u.month - 1]} {u.year}, {aus_clock(u.hour, u.minute)}", mod
    if ctx["asia"] == "kr":
        return f"عُدّل {u.year}.{u.month:02d}.{u.day:02d} {u.hour:02d}:{u.minute:02d} KST", mod
    return f"عُدّل في {u.year}年{u.month}月{u.day}日 {u.hour}時{u.minute:02d}分", mod


# --------------------------------------------------------------- helpers
class Others(list):
    """Other articles' titles for related blocks; pop() never runs dry (it then repeats one)."""

    def __init__(self, items, rng):
        super().__init__(items)
        self.spare = list(items) or ["عنوان"]
        self.rng = rng

    def pop(self, *args):
        if self:
            return super().pop(*args)
        return self.rng.choice(self.spare)


class Page:
    """Groups of lines (one blank line between groups) and the chrome strings inserted."""

    def __init__(self):
        self.groups = []
        self.chrome = []

    def add(self, kind, lines, chrome_lines=None):
        self.groups.append((kind, list(lines)))
        self.chrome.extend(lines if chrome_lines is None else chrome_lines)

    def text(self):
        out = []
        for gi, (_, lines) in enumerate(self.groups):
            if gi:
                out.append("")
            out += lines
        return "\n".join(out) + "\n"

    def kinds(self):
        return [k for k, _ in self.groups]


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


def finish(doc, style, kinds, text, chrome, blocks, truth, comp, spec):
    body_fold = " " + fold(" ".join(b["text"] for b in blocks)) + " "
    comp["kinds"] = [k for k in kinds if k not in ("body", "heading")]
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


def title_shown(title, kind, rng):
    if kind == "tatweel":
        return G.add_tatweel(title, rng)
    if kind == "nbsp":
        return G.noisy(title, ["nbsp"], rng)
    return title


def heading_shown(h, fmt):
    if fmt == "chev":
        return f"❱ {h}"
    if fmt == "tort":
        return f"〔{h}〕"
    return h


def body_noise(text, kind, rng):
    if kind == "lre":
        # a bidi-aware editor embeds Latin and digit runs left-to-right
        return re.sub(r"[A-Za-z0-9][A-Za-z0-9.,:%/\-]*",
                      lambda mm: "\u202a" + mm.group(0) + "\u202c" if rng.random() < 0.5 else mm.group(0), text)
    if kind == "smart":
        # an English CMS's typography filter: curly quotes, en dashes, ellipses
        parts = text.split('"')
        text = parts[0]
        for k, p in enumerate(parts[1:]):
            text += ("“" if k % 2 == 0 else "”") + p
        return text.replace("...", "…").replace(" - ", " – ")
    if kind == "ideo":
        return "".join("\u3000" if c == " " and rng.random() < 0.08 else c for c in text)
    if kind == "lsep":
        return re.sub(r"([.!؟?]) (?=\S)", lambda mm: mm.group(1) + ("\u2028" if rng.random() < 0.4 else " "), text)
    if kind == "lig":
        return re.sub(r"(?<![\u0621-\u064a])([وبف]?)الله(?![\u0621-\u064a\u064b-\u0652])",
                      lambda mm: mm.group(1) + "\ufdf2", text)
    if kind == "space_punct":
        return re.sub(r"(?<=\S)([.،:؛])(?=\s)", lambda mm: (" " if rng.random() < 0.6 else "") + mm.group(1), text)
    if kind == "ascii":
        return text.replace("،", ",").replace("؛", ";").replace("؟", "?")
    return text


def wrap(text, width):
    lines, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def mid_spots(blocks):
    return [i for i in range(1, len(blocks)) if blocks[i - 1]["type"] == "paragraph"]


def src_list(doc, dl_used, truth, dl, extra, rng):
    srcs = [doc["site"]]
    if dl_used and truth["agencies"]:
        srcs.append(dl[1])
    elif rng.random() < 0.5:
        srcs.append(rng.choice(extra))
    return [s for s in dict.fromkeys(srcs) if s]


def apply_dateline(form, doc, paras, summary, truth, comp):
    """Prefixes the corpus dateline to the first paragraph in form `form`; (parts, used)."""
    dl = G.dateline_parts(doc["author"]) if form else None
    comp["dateline"] = None
    if not (dl and paras and summary != paras[0]):
        return dl, False
    place, rest = dl
    if form == "dl_br":
        paras[0] = f"{place} [{rest}] — {paras[0]}"
    else:
        paras[0] = f"({place}={rest}) {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl, True


# --------------------------------------------------------------- rendering
def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict), the same schema as gen_dumps.render()."""
    comp = {"kind": spec["kind"], "base": spec.get("base")}
    others = Others([o for o in rng.sample(others, min(len(others), 60)) if fold(o) != fold(doc["title"])], rng)
    kind = spec["kind"]
    if kind == "cms":
        return render_cms(doc, style, spec, others, rng, comp)
    if kind == "arc":
        return render_arc(doc, style, spec, others, rng, comp)
    if kind == "mail":
        return render_mail(doc, style, spec, others, rng, comp)
    if kind == "rl":
        return render_rl(doc, style, spec, others, rng, comp)
    return render_news(doc, style, spec, others, rng, comp)


# ------------------------------------------------------------ news sites
def render_news(doc, style, spec, others, rng, comp):
    key = spec["site"]
    comp["site"] = key
    P = Page()

    def pick(k):
        v = rng.choice(spec[k])
        comp[k] = v
        return v

    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub, tm = doc["crawl"], doc["pub"], doc["time"]
    truth = new_truth(title)
    site, latin, dom, tagline, extra = rng.choice(SITES[key])
    asia = extra if key == "asia" else rng.choice(["kr", "jp"])
    city = extra if key == "aus" else rng.choice(["Sydney", "Melbourne"])
    ctx = dict(asia=asia, city=city, site=site)
    comp["asia"] = asia if key == "asia" else None
    year = crawl.year

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine") if pub else None
    comp["publine"] = pfmt
    nkind = pick("body_noise")
    hfmt = pick("heading_fmt")
    dl, dl_used = apply_dateline(pick("dateline"), doc, paras, summary, truth, comp)

    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "eri_lang":
            P.add("lang", [LANG_BAR["eri"]])
        elif pname == "asia_lang":
            P.add("lang", [LANG_BAR[asia]])
        elif pname == "aus_top":
            P.add("top", ["Advertise | Contact | Digital Edition | عن الجريدة"])

    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        comp.setdefault("header", []).append(hname)
        if hname == "site_name":
            names = [site] if key != "aus" else [f"{site} | {latin}"]
            P.add("site_name", names + ([tagline] if tagline else []))
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                P.add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "nav":
            if key == "eri":
                P.add("nav", rng.sample(NAV["eri"], rng.randint(4, 6)))
            elif key == "aus":
                P.add("nav", NAV["aus"][: rng.randint(4, len(NAV["aus"]))])
            else:
                P.add("nav", [" ／ ".join(rng.sample(NAV[asia], rng.randint(4, len(NAV[asia]))))])
        elif hname == "eri_lang":
            P.add("lang", [LANG_BAR["eri"]])
        elif hname == "asia_lang":
            P.add("lang", [LANG_BAR[asia]])
        elif hname == "aus_top":
            P.add("top", ["Advertise | Contact | Digital Edition | عن الجريدة"])
        elif hname == "eri_live":
            P.add("live", ["🔴 استمعوا إلى البث الحي لإذاعة الموقع", "ቀጥታ ስርጭት"])
        elif hname == "asia_live":
            P.add("live", ["▶ البث المباشر", "جدول البرامج"])
        elif hname == "aus_print":
            P.add("print", ["Print edition on sale every Friday at your local newsagent",
                            "العدد الورقي كل جمعة لدى المكتبات"])

    if rng.random() < spec["kicker"]:
        P.add("kicker", [rng.choice(KICKER[key if key != "asia" else asia])])
    P.add("title", [title_shown(title, pick("title_noise"), rng)], chrome_lines=[])
    if summary and lede_place == "deck":
        P.add("lede", [summary], chrome_lines=[])

    # meta lines
    meta = []
    name = rng.choice(PEOPLE[bfmt]) if bfmt else None
    if bfmt == "eri":
        meta.append(f"ጸሓፊ ⁄ كاتب المادة: {name}")
        truth["authors"] = [name]
    elif bfmt == "aus":
        meta.append(f"Words: {name}" + (f"   Pictures: {rng.choice(AUS_SNAPPERS[:3])}" if rng.random() < 0.4 else ""))
        truth["authors"] = [name]
    elif bfmt == "asia":
        meta.append(f"نقله إلى العربية: {name}")
        truth["authors"] = [name]
    if pfmt:
        lines, truth["published"] = fmt_publine(pfmt, pub, tm, rng, ctx)
        meta += lines
        if rng.random() < spec["update"]:
            line, mod = fmt_update(pfmt, pub, tm, crawl, rng, ctx)
            if line:
                meta.append(line)
                truth["modified"] = mod
                comp["update"] = True
    if meta:
        P.add("meta", meta)
    if summary and lede_place == "after_meta":
        P.add("lede", [summary], chrome_lines=[])

    # image
    cfmt = pick("caption_fmt")
    if rng.random() < spec["caption"]:
        cap = rng.choice(CAPTIONS)
        ck = cfmt if cfmt != "c_asia" else ("c_kr" if asia == "kr" else "c_jp")
        credit = rng.choice(CREDITS[ck])
        truth["images"].append({"caption": cap, "credit": credit})
        line = {"c_ti": f"▲ {cap} — ስእሊ፡ {credit}", "c_aus": f"{cap} (Picture: {credit})",
                "c_kr": f"{cap} (الصورة = {credit})", "c_jp": f"{cap}＝{credit}"}[ck]
        P.add("caption", [line])
    if summary and lede_place == "after_caption":
        P.add("lede", [summary], chrome_lines=[])
    comp["lede_place"] = lede_place if summary else None
    if summary and lede_mode in ("promoted", "abstract") and P.groups[-1][0] == "lede" and not dl_used:
        P.groups.pop()
        paras.insert(0, summary)
        summary = None
        comp["lede"] = None
        comp["lede_place"] = None
    truth["summary"] = summary

    # body
    blocks = G.body_blocks(paras, spec, rng)
    inserts = []
    for mname, p in spec["mid"]:
        if rng.random() >= p or len(blocks) < 3:
            continue
        comp.setdefault("mid", []).append(mname)
        if mname == "eri_also":
            inserts.append(("inline", [f"⊳ مادة ذات صلة: {others.pop()}"]))
        elif mname == "eri_radio":
            inserts.append(("radio", ["📻 نشرة الأخبار بالعربية يوميًا الساعة السابعة مساءً على الموجة المتوسطة "
                                      f"{rng.choice([1089, 1143, 927])} كيلوهرتز"]))
        elif mname == "aus_cont":
            inserts.append(("ad", ["— Story continues below —"]))
        elif mname == "aus_sub":
            inserts.append(("sub", ["📰 Get the print edition delivered from $2.50 an issue",
                                    "اشترك في العدد الورقي"]))
        elif mname == "asia_video":
            inserts.append(("video", [f"▶ فيديو: {others.pop()} ({rng.randint(1, 9)}:{rng.randint(0, 59):02d})"]))
        elif mname == "asia_phrase":
            inserts.append(("phrase", ["عبارة اليوم", rng.choice(PHRASES[asia])]))
    positions = {}
    spots = mid_spots(blocks)
    for ins in inserts:
        positions.setdefault(rng.choice(spots), []).append(ins)
    for i, b in enumerate(blocks):
        for k, lines in positions.get(i, []):
            P.add(k, lines)
        if b["type"] == "heading":
            P.add("heading", [heading_shown(b["text"], hfmt)], chrome_lines=[])
        else:
            P.add("body", [body_noise(b["text"], nkind, rng)], chrome_lines=[])

    # after the body
    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        if aname in ("eri_src", "aus_src", "asia_src"):
            if truth["sources"] or not doc["site"]:
                continue
            srcs = src_list(doc, dl_used, truth, dl, {"eri_src": ["وكالات", "رويترز"], "aus_src": ["AAP", "وكالات"],
                                                      "asia_src": ["يونهاب", "كيودو"]}[aname], rng)
            line = {"eri_src": "استنادًا إلى: " + "، ".join(srcs),
                    "aus_src": "Additional reporting: " + ", ".join(srcs),
                    "asia_src": "المادة مترجمة عن: " + "، ".join(srcs)}[aname]
            P.add("sources", [line])
            truth["sources"] = srcs
        elif aname in ("eri_tags", "aus_tags", "asia_tags"):
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            line = {"eri_tags": "خيوط الخبر: " + " ⟡ ".join(tags), "aus_tags": "Filed under: " + ", ".join(tags),
                    "asia_tags": "عمليات بحث ذات صلة: " + " ／ ".join(tags)}[aname]
            P.add("tags", [line])
            truth["tags"] = tags
        elif aname == "eri_follow":
            P.add("follow", ["ተኸታተሉና ⁄ تابعونا على", "Facebook ◆ Telegram ◆ YouTube ◆ TikTok"])
        elif aname == "eri_rel":
            P.add("related", ["ዝተተሓሓዘ ⁄ مواد ذات علاقة"] + [f"⊳ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "eri_comments":
            n = rng.randint(1, 3)
            lines = [f"ርእይቶታት ⁄ تعليقات القراء ({n})"]
            for _ in range(n):
                k = rng.randint(1, 20)
                when = f"ቅድሚ {k} ሰዓት" if rng.random() < 0.6 else f"ቅድሚ {rng.randint(1, 6)} መዓልቲ"
                lines += [f"{rng.choice(ERI_COMMENTERS)} · {when}", rng.choice(ERI_COMMENTS)]
            if rng.random() < spec["title_echo"]:
                lines.append(f"أضف تعليقك على: {title}")
                comp["title_echo"] = True
            P.add("comments", lines)
        elif aname == "aus_share":
            lines = ["Share this story | شارك الخبر", "Facebook   X   WhatsApp   Email   Copy link"]
            if rng.random() < spec["title_echo"]:
                lines.append(f"✉ Email this story: {title}")
                comp["title_echo"] = True
            P.add("share", lines)
        elif aname == "aus_help":
            P.add("help", ["If this story has raised concerns for you, call Lifeline on 13 11 14.",
                           "إذا كنت بحاجة إلى دعم نفسي، اتصل بخط Lifeline على الرقم 13 11 14."])
        elif aname == "aus_comments":
            n = rng.randint(1, 3)
            lines = ["Join the conversation | شاركنا رأيك",
                     "Comments are moderated and may take up to 24 hours to appear."]
            subs = AUS_STATE.get(city, AUS_STATE["Sydney"])[1]
            for _ in range(n):
                lines += [f"{rng.choice(AUS_COMMENTERS)}, {rng.choice(subs)}", rng.choice(AUS_COMMENTS)]
            P.add("comments", lines)
        elif aname == "aus_more":
            P.add("related", [rng.choice(["More from Community | المزيد من أخبار الجالية",
                                          "More from Australia | المزيد من أخبار أستراليا"])]
                  + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "asia_langs":
            lines = ["هذا الخبر متوفر أيضًا بـ:", "English ／ Español ／ 中文 ／ Русский ／ Bahasa Indonesia"]
            if rng.random() < spec["title_echo"]:
                lines.append(f"🔗 {title} - {latin}")
                comp["title_echo"] = True
            P.add("langs", lines)
        elif aname == "asia_rank":
            P.add("related", ["الأكثر مشاهدة خلال 24 ساعة"]
                  + [f"{k:02d} {others.pop()}" for k in range(1, rng.randint(4, 6))])
        elif aname == "asia_mail":
            P.add("mailbox", ["بريد المستمعين",
                              f"يسعدنا تلقي آرائكم على arabic@{dom if key == 'asia' else SITES['asia'][0][2]}"])
        comp.setdefault("after", []).append(aname)

    ffmt = pick("footer")
    if ffmt == "f_eri":
        P.add("footer", [f"{site} © {year} ▪ ኩሉ መሰል ብሕጊ ዝተሓለወ እዩ", f"أسمرا – إريتريا ◦ ص.ب {rng.randint(1000, 9999)}"])
    elif ffmt == "f_aus":
        sub = rng.choice(AUS_STATE.get(city, AUS_STATE["Sydney"])[1])
        P.add("footer", ["We acknowledge the Traditional Custodians of the lands on which we work, and pay our "
                         "respects to Elders past and present.",
                         f"© {year} {latin if key == 'aus' else 'Community Voice'} Pty Ltd · ABN "
                         f"{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} "
                         f"{rng.randint(100, 999)}",
                         f"Level {rng.randint(1, 3)}, {rng.randint(2, 180)} {AUS_STREETS[sub]}, {sub} "
                         f"{AUS_STATE.get(city, AUS_STATE['Sydney'])[0]}"])
    elif ffmt == "f_asia":
        addr, town = MISC[asia]
        who = latin if key == "asia" else ("SIB World Arabic" if asia == "kr" else "Yamato World Arabic")
        P.add("footer", [f"Copyright © {year} {who}. All rights reserved.", f"{addr} · {town}"])

    return finish(doc, style, P.kinds(), P.text(), P.chrome, blocks, truth, comp, spec)


# ------------------------------------------------------------ the CMS screen
def cms_stamp(d, t, sec):
    s = f"{d.day:02d}-{d.month:02d}-{d.year}"
    if t:
        s += f"، {t[0]:02d}:{t[1]:02d}:{sec:02d} (UTC+03:00)"
    return s


def cms_dt(dt):
    """A CMS stamp of a datetime that carries its seconds."""
    return cms_stamp(dt.date(), (dt.hour, dt.minute), dt.second)


def render_cms(doc, style, spec, others, rng, comp):
    """A newsroom CMS's edit-and-preview screen copied whole: labelled fields, the body under its label."""
    o = spec["opt"]
    P = Page()
    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub, tm = doc["crawl"], doc["pub"], doc["time"]
    truth = new_truth(title)
    cms, cms_latin, vendor = rng.choice(CMS_NAMES)
    outlet = doc["site"] or "الموقع"
    dom = rng.choice(["alkhabar-now.com", "akhbar24.net", "almashhad-news.com"])
    editor, editor2 = rng.sample(CMS_EDITORS, 2)
    item = rng.randint(100000, 999999)
    stack = rng.random() < o["stack"]
    comp["stack"] = stack

    def field(kind, label, value, is_chrome=True):
        lines = [label, value] if stack else [f"{label}: {value}"]
        P.add(kind, lines, chrome_lines=(lines if is_chrome else [label]))

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)

    P.add("top", [f"{cms} | لوحة التحرير — {outlet}", f"المواد / تحرير المادة رقم {item}"])
    P.add("user", [f"المستخدم: {editor} ({rng.choice(CMS_ROLES)})", f"الإشعارات ({rng.randint(1, 9)})",
                   "تسجيل الخروج"])
    if rng.random() < o["banner"]:
        P.add("banner", ["⚠ أنت تشاهد معاينة المادة؛ لن تظهر هذه الصفحة للقرّاء بهذا الشكل."])

    published = bool(pub) and rng.random() < o["published"]
    comp["published"] = published
    status = []
    if published:
        start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 20), rng.randint(0, 59))))
        created = start - datetime.timedelta(minutes=rng.randint(25, 60 * 20), seconds=rng.randint(0, 59))
        room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
        lo = min(5, max(room, 0))
        saved = start + datetime.timedelta(minutes=rng.randint(lo, max(lo, min(room, 60 * 30))),
                                           seconds=rng.randint(0, 59))
        status.append("الحالة: منشورة ✔")
        status.append(f"أُنشئت: {cms_dt(created)} بواسطة {editor2}")
        status.append(f"نُشرت: {cms_stamp(pub, tm, rng.randint(0, 59))}")
        truth["published"] = pub.isoformat() + (f"T{hm(tm)}" if tm else "")
    else:
        base = datetime.datetime(crawl.year, crawl.month, crawl.day, rng.randint(6, 12), rng.randint(0, 59))
        created = base - datetime.timedelta(minutes=rng.randint(60, 60 * 40), seconds=rng.randint(0, 59))
        saved = base + datetime.timedelta(minutes=rng.randint(5, 600), seconds=rng.randint(0, 59))
        status.append(f"الحالة: {rng.choice(['مسودة', 'بانتظار التدقيق'])}")
        status.append(f"أُنشئت: {cms_dt(created)} بواسطة {editor2}")
    status.append(f"آخر حفظ: {cms_dt(saved)}")
    truth["modified"] = saved.strftime("%Y-%m-%dT%H:%M")
    P.add("status", status)

    field("section", "القسم", rng.choice(CMS_SECTIONS))
    if rng.random() < o["kicker"]:
        field("kicker", "العنوان الفوقي", rng.choice(["عاجل", "متابعة", "تقرير خاص", "خاص"]))
    field("title", "العنوان الرئيسي", title, is_chrome=False)
    if summary:
        field("lede", "الموجز", summary, is_chrome=False)
    elif rng.random() < o["empty_lede"]:
        field("lede_empty", "الموجز", "(فارغ)")
    truth["summary"] = summary
    comp["lede_place"] = "field" if summary else None

    if rng.random() < o["caption"]:
        cap = rng.choice(CAPTIONS)
        credit = rng.choice(["وكالات", "أ ف ب", "رويترز", "أرشيف الصحيفة", "المصور الخاص"])
        d0 = pub or crawl
        lines = [f"الصورة الرئيسية: IMG_{d0.year}{d0.month:02d}{d0.day:02d}_{rng.randint(1000, 9999)}.jpg",
                 f"تعليق الصورة: {cap}", f"حقوق الصورة: {credit}"]
        P.add("image", lines)
        truth["images"].append({"caption": cap, "credit": credit})
    if rng.random() < o["author"]:
        name = rng.choice(["أحمد الزين", "سوسن مراد", "باسل العلي", "نجلاء حسن", "فريق التحرير"])
        field("author", "الكاتب", name)
        if name != "فريق التحرير":
            truth["authors"] = [name]

    blocks = G.body_blocks(paras, spec, rng)
    P.add("body_label", ["نص المادة"] if stack else ["نص المادة:"])
    notes = {}
    if rng.random() < o["notes"] and len(blocks) >= 3:
        for i in rng.sample(mid_spots(blocks), min(len(mid_spots(blocks)), rng.randint(1, 2))):
            notes[i] = [f"💬 ملاحظة داخلية ({rng.choice(CMS_EDITORS)}): {rng.choice(CMS_NOTES)}"]
        comp["notes"] = len(notes)
    lsep = rng.random() < o["lsep"]
    comp["lsep"] = lsep
    for i, b in enumerate(blocks):
        if i in notes:
            P.add("note", notes[i])
        if b["type"] == "heading":
            P.add("heading", [f"عنوان فرعي: {b['text']}"], chrome_lines=[])
        else:
            P.add("body", [body_noise(b["text"], "lsep" if lsep else None, rng)], chrome_lines=[])

    if rng.random() < o["sources"] and doc["site"]:
        srcs = [doc["site"]] + ([rng.choice(["وكالات", "رويترز"])] if rng.random() < 0.4 else [])
        field("sources", "المصادر", "، ".join(srcs))
        truth["sources"] = srcs
    if rng.random() < o["tags"]:
        tags = G.tags_from(title, rng)
        if tags:
            field("tags", "الكلمات الدلالية", "، ".join(tags))
            truth["tags"] = tags
    if rng.random() < o["seo"]:
        words = " ".join(paras[0].split()[:18]) if paras else ""
        P.add("seo", [f"عنوان محركات البحث (SEO): {title} | {outlet}", f"وصف محركات البحث: {words}…",
                      f"الرابط الدائم: https://{dom}/news/{item}"])
    if rng.random() < o["stats"]:
        nw = sum(len(b["text"].split()) for b in blocks)
        nc = sum(len(b["text"]) for b in blocks)
        P.add("stats", [f"عدد الكلمات: {nw} — عدد الأحرف: {nc}"])
    if rng.random() < o["log"]:
        lines = ["سجل المراجعات"]
        entries = [(created, editor2, "أنشأ المادة")]
        span = max(2, int((saved - created).total_seconds()) - 1)
        for _ in range(rng.randint(1, 3)):
            t = created + datetime.timedelta(seconds=rng.randint(1, span))
            entries.append((t, rng.choice(CMS_EDITORS), rng.choice(CMS_ACTIONS[1:])))
        entries.sort(key=lambda e: e[0])
        entries.append((saved, editor, "حفظ التعديلات"))
        for t, who, what in entries:
            lines.append(f"{cms_dt(t)} · {who} · {what}")
        P.add("log", lines)
    if rng.random() < o["buttons"]:
        P.add("buttons", ["حفظ", "معاينة", "نشر الآن" if not published else "تحديث المادة", "إرسال إلى التدقيق",
                          "نقل إلى سلة المحذوفات"])
    P.add("footer", [f"{cms_latin} {rng.randint(3, 6)}.{rng.randint(0, 9)}.{rng.randint(0, 20)} · الدعم الفني: "
                     f"support@{vendor}"])
    return finish(doc, style, P.kinds(), P.text(), P.chrome, blocks, truth, comp, spec)


# ------------------------------------------------------------ the archive record
def arc_date(d, roman):
    if roman:
        return f"{d.day}.{ROMAN[d.month - 1]}.{d.year}"
    return f"{d.year} {G.EG[d.month - 1]} {d.day}"


def render_arc(doc, style, spec, others, rng, comp):
    """A digitized newspaper archive's record page: catalogue table, abstract, the OCR full text."""
    o = spec["opt"]
    P = Page()
    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub = doc["crawl"], doc["pub"]
    truth = new_truth(title)
    arch, tagline, partner, naan = rng.choice(ARCHIVES)
    paper = doc["site"] if doc["corpus"] == "snn" and doc["site"] else rng.choice(ARC_PAPERS)
    issue_date = pub or crawl
    issue = rng.randint(4000, 19999)
    page = rng.randint(1, 24)
    roman = rng.random() < o["roman"]
    box = rng.random() < o["box"]
    comp.update(roman=roman, box=box)

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)

    P.add("site", [arch, tagline])
    P.add("nav", ["المجموعات · البحث المتقدم · التصفح حسب التاريخ · عن المشروع · English"])
    if rng.random() < o["search"]:
        P.add("search", ["ابحث في النصوص الكاملة", f"أكثر من {rng.randint(3, 9)} ملايين صفحة مرقمنة"])
    if rng.random() < o["crumb"]:
        P.add("crumb", [f"المجموعات ◂ الصحف اليومية ◂ {paper} ◂ {issue_date.year} ◂ العدد {issue}"])
    P.add("title", [title], chrome_lines=[])

    rows = []
    if rng.random() < o["title_row"]:
        rows.append(("العنوان", title))
    rows += [("الصحيفة", paper), ("تاريخ الصدور", arc_date(issue_date, roman)), ("رقم العدد", str(issue)),
             ("الصفحة", str(page)), ("القسم", rng.choice(["محليات", "الأولى", "دوليات", "اقتصاد", "رياضة"]))]
    name = rng.choice(["محمد السالم", "هند القرشي", "عادل الفارس", "سلوى الأمين", None, None])
    rows.append(("المؤلف", name or "غير مذكور"))
    if name:
        truth["authors"] = [name]
    rows.append(("نوع المادة", rng.choice(ARC_KINDS)))
    tags = G.tags_from(title, rng)
    if tags:
        rows.append(("رؤوس الموضوعات", " -- ".join(tags)))
        truth["tags"] = tags
    rows.append(("المعرّف الدائم", f"ark:/{naan}/b{rng.randint(10, 99)}x{rng.randint(1000, 9999)}k"
                                   f"{rng.randint(10, 99)}"))
    if rng.random() < o["added"]:
        rows.append(("أُتيح رقميًا", arc_date(crawl, roman)))
    width = max(len(lb) for lb, _ in rows) + 3
    if box:
        lines = [f"{lb} │ {v}" for lb, v in rows]
    else:
        lines = [f"{lb} {'.' * (width - len(lb))} {v}" for lb, v in rows]
    P.add("record", lines, chrome_lines=[x for x in lines if display(x) != display(title)])
    truth["published"] = issue_date.isoformat()
    comp["publine"] = "issue"

    if summary:
        if rng.random() < o["abstract_inline"]:
            P.add("lede", [f"المستخلص: {summary}"], chrome_lines=["المستخلص"])
        else:
            P.add("lede_label", ["المستخلص"])
            P.add("lede", [summary], chrome_lines=[])
    truth["summary"] = summary
    comp["lede_place"] = "abstract" if summary else None

    if rng.random() < o["caption"]:
        cap = rng.choice(CAPTIONS)
        credit = rng.choice([paper, "قسم التصوير بالصحيفة", "وكالة الأنباء الرسمية"])
        P.add("caption", ["الرسوم المصاحبة:", f"◧ {cap} (حقوق الصورة محفوظة لـ{credit})"])
        truth["images"].append({"caption": cap, "credit": credit})

    P.add("ocr", ["النص الكامل (مستخرج آليًا بتقنية التعرف الضوئي على الحروف، وقد يتضمن أخطاء)"])
    blocks = G.body_blocks(paras, spec, rng)
    spots = mid_spots(blocks)
    inserts = {}
    if spots and rng.random() < o["jump"]:
        k = rng.choice(spots)
        p2 = rng.randint(page + 1, page + 12)
        head = " ".join(title.split()[: rng.randint(2, 4)])
        inserts.setdefault(k, []).append(("jump", [f"(التتمة ص {p2})"]))
        inserts[k].append(("jumphead", [f"تتمة المنشور ص {page}: {head}…"]))
        comp["jump"] = True
    if spots and rng.random() < o["columns"]:
        for c, k in enumerate(sorted(rng.sample(spots, min(len(spots), rng.randint(1, 3)))), 2):
            inserts.setdefault(k, []).insert(0, ("column", [f"[ العمود {c} ]"]))
        comp["columns"] = True
    lig = rng.random() < o["lig"]
    sp = rng.random() < o["space_punct"]
    comp.update(lig=lig, space_punct=sp)
    for i, b in enumerate(blocks):
        for k, lines in inserts.get(i, []):
            P.add(k, lines)
        if b["type"] == "heading":
            P.add("heading", [b["text"]], chrome_lines=[])
            continue
        t = b["text"]
        if lig:
            t = body_noise(t, "lig", rng)
        if sp:
            t = body_noise(t, "space_punct", rng)
        P.add("body", [t], chrome_lines=[])

    if rng.random() < o["cite"]:
        who = name or paper
        P.add("cite", ["للاستشهاد بهذه المادة:",
                       f"{who}. «{title}». {paper}، ع {issue}، ({arc_date(issue_date, roman)}): ص {page}."])
    if rng.random() < o["formats"]:
        P.add("formats", ["تصدير الاستشهاد: APA ◦ MLA ◦ BibTeX ◦ RIS"])
    if rng.random() < o["pdf"]:
        P.add("pdf", [f"⬇ تحميل الصفحة كاملة (PDF، {rng.randint(11, 59) / 10} م.ب)", "🔍 عرض صورة الصفحة الأصلية"])
    if rng.random() < o["issue"]:
        P.add("issue", ["مواد أخرى من العدد نفسه"]
              + [f"ص {rng.randint(1, 24)} ◦ {others.pop()}" for _ in range(rng.randint(2, 4))])
    if rng.random() < o["report"]:
        P.add("report", ["هل لاحظت خطأ في النص المستخرج؟ أرسل تصحيحًا"])
    if rng.random() < o["licence"]:
        P.add("licence", ["الاستخدام: مسموح للأغراض البحثية والتعليمية غير التجارية مع ذكر المصدر"])
    P.add("footer", [f"{arch} © {crawl.year}", f"بالشراكة مع {partner}"])
    return finish(doc, style, P.kinds(), P.text(), P.chrome, blocks, truth, comp, spec)


# ------------------------------------------------------------ the mailing-list archive
def render_mail(doc, style, spec, others, rng, comp):
    """A mailing-list archive page (pipermail) holding a member's message with a pasted article."""
    o = spec["opt"]
    P = Page()
    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub, tm = doc["crawl"], doc["pub"], doc["time"]
    truth = new_truth(title)
    lst, lst_cap, ldom = rng.choice(LISTS)
    who, user, mdom = rng.choice(MEMBERS)
    tag = f"[{lst_cap}]"

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)

    # the posting time: after the article appeared, no later than the crawl day
    start = datetime.datetime((pub or crawl).year, (pub or crawl).month, (pub or crawl).day,
                              *(tm or (rng.randint(6, 12), rng.randint(0, 59))))
    end = datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59)
    room = max(0, int((end - start).total_seconds() // 60))
    posted = start + datetime.timedelta(minutes=rng.randint(min(room, 10), room) if room else 0)
    stamp = (f"{EN_WD3[posted.weekday()]} {EN_MON3[posted.month - 1]} {posted.day:2d} {posted.hour:02d}:"
             f"{posted.minute:02d}:{rng.randint(0, 59):02d} {rng.choice(MAIL_ZONES)} {posted.year}")
    fwd = "Fwd: " if rng.random() < o["fwd"] else ""

    P.add("title", [f"{tag} {fwd}{title}"], chrome_lines=[tag])
    P.add("sender", [f"{who} {user} at {mdom}", stamp])
    prev_t, next_t = others.pop(), others.pop()
    nav = [f"Previous message (by thread): {tag} {prev_t}", f"Next message (by thread): {tag} {next_t}",
           "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]"]
    P.add("nav", nav)

    opening = []
    if rng.random() < o["greeting"]:
        opening.append(rng.choice(GREETINGS))
    if rng.random() < o["intro"]:
        opening.append(rng.choice(INTROS))
    if opening:
        P.add("intro", opening)
    if rng.random() < o["paste_title"]:
        P.add("title_repeat", [title])
    if summary:
        P.add("lede", [summary], chrome_lines=[])
    srcline = bool(doc["site"]) and rng.random() < o["srcline"]
    if srcline:
        line = f"عن موقع {doc['site']}"
        if pub:
            line += f" بتاريخ {pub.day} {G.EG[pub.month - 1]} {pub.year}" + (f" ({hm(tm)} غرينتش+3)" if tm else "")
            truth["published"] = pub.isoformat() + (f"T{hm(tm)}" if tm else "")
        P.add("srcline", [line])
        truth["sources"] = [doc["site"]]
    comp["srcline"] = srcline
    if summary and lede_mode in ("promoted", "abstract") and P.groups[-1][0] == "lede":
        P.groups.pop()
        paras.insert(0, summary)
        summary = None
        comp["lede"] = None
    truth["summary"] = summary
    comp["lede_place"] = "pasted" if summary else None

    blocks = G.body_blocks(paras, spec, rng)
    width = rng.randint(66, 78) if rng.random() < o["wrap"] else None
    asc = rng.random() < o["ascii"]
    comp.update(wrap=width, ascii=asc)
    for b in blocks:
        t = body_noise(b["text"], "ascii", rng) if asc and b["type"] == "paragraph" else b["text"]
        P.add("body" if b["type"] == "paragraph" else "heading", wrap(t, width) if width else [t], chrome_lines=[])
    if rng.random() < o["sig"]:
        P.add("sig", ["-- ", who, rng.choice(SIG_ROLES)])
    if rng.random() < o["scrubbed"]:
        ymd = f"{posted.year}{posted.month:02d}{posted.day:02d}"
        P.add("scrubbed", ["-------------- next part --------------", "An HTML attachment was scrubbed...",
                           f"URL: <http://lists.{ldom}/pipermail/{lst}/attachments/{ymd}/"
                           f"{rng.randint(0x10000000, 0xffffffff):08x}/attachment.html>"])
    if rng.random() < o["nav_bottom"]:
        P.add("nav", list(nav))
    if rng.random() < o["footer"]:
        P.add("footer", [f"More information about the {lst_cap} mailing list",
                         f"http://lists.{ldom}/mailman/listinfo/{lst}"])
    return finish(doc, style, P.kinds(), P.text(), P.chrome, blocks, truth, comp, spec)


# ------------------------------------------------------------ the read-later view
def render_rl(doc, style, spec, others, rng, comp):
    """A read-later app's reader view of a saved article, with the reader's highlights."""
    o = spec["opt"]
    P = Page()
    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub, tm = doc["crawl"], doc["pub"], doc["time"]
    truth = new_truth(title)
    app, app_latin = rng.choice(APPS)
    host = rng.choice(["www.", ""]) + HOSTS.get(doc["site"], "akhbar-online.net")
    saved = (pub or crawl) + datetime.timedelta(days=rng.randint(0, max(0, (crawl - (pub or crawl)).days)))

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)

    P.add("app", [f"{app} — قائمة القراءة", "‹ العودة إلى القائمة"])
    if rng.random() < o["toolbar"]:
        P.add("toolbar", ["☆ مفضلة   🗄 أرشفة   🏷 وسوم   🔊 استمع   ⋯"])
    if rng.random() < o["origin"]:
        P.add("origin", [host, "فتح الصفحة الأصلية ↗"])
    P.add("title", [title], chrome_lines=[])
    meta = []
    if doc["site"]:
        meta.append(doc["site"] + (f" · {rng.choice(['هالة سعيد', 'مازن فرح', 'عبير الكيلاني'])}"
                                   if rng.random() < 0.4 else ""))
    pair = rng.random() < o["pair"]
    comp["pair"] = pair
    if pub:
        truth["published"] = pub.isoformat() + (f"T{hm(tm)}" if tm and pair else "")
        if pair:
            meta.append(f"نُشر في {pub.day} {G.EG[pub.month - 1]} {pub.year}" + (f"، {hm(tm)}" if tm else "")
                        + f" ⋅ أُضيف إلى قائمتك في {saved.day} {G.EG[saved.month - 1]} {saved.year}")
        else:
            meta.append(f"تاريخ المقال الأصلي: {pub.year}-{pub.month:02d}-{pub.day:02d} ({G.WD[pub.weekday()]})")
    if not (pub and pair):
        k = (crawl - saved).days
        meta.append({0: "حُفظ اليوم", 1: "حُفظ أمس", 2: "حُفظ قبل يومين"}.get(k, f"حُفظ قبل {k} أيام"))
    if rng.random() < o["reading"]:
        k = max(1, sum(len(p.split()) for p in paras) // 200)
        mins = {1: "دقيقة واحدة", 2: "دقيقتان"}.get(k, f"{k} دقائق" if k <= 10 else f"{k} دقيقة")
        meta.append(f"مدة تقديرية: {mins}")
    P.add("meta", meta)
    if summary:
        P.add("lede", [summary], chrome_lines=[])
    if rng.random() < o["caption"]:
        cap = rng.choice(CAPTIONS)
        credit = rng.choice(["رويترز", "أ ف ب", "الأناضول", "أرشيف"])
        P.add("caption", [f"{cap} ⸺ {credit}"])
        truth["images"].append({"caption": cap, "credit": credit})
    if summary and lede_mode in ("promoted", "abstract") and P.groups[-1][0] == "lede":
        P.groups.pop()
        paras.insert(0, summary)
        summary = None
        comp["lede"] = None
    truth["summary"] = summary
    comp["lede_place"] = "after_meta" if summary else None

    blocks = G.body_blocks(paras, spec, rng)
    for b in blocks:
        P.add("body" if b["type"] == "paragraph" else "heading", [b["text"]], chrome_lines=[])

    if rng.random() < o["highlights"]:
        sents = [s for b in blocks if b["type"] == "paragraph" for s in G.sentences(b["text"])
                 if 6 <= len(s.split()) <= 40]
        if sents:
            picked = rng.sample(sents, min(len(sents), rng.randint(1, 3)))
            lines = [f"تظليلاتك ({len(picked)})"]
            for s in picked:
                lines.append(f"“{s}”")
                hd = saved + datetime.timedelta(days=rng.randint(0, max(0, (crawl - saved).days)))
                lines.append(f"— ظُلّل في {hd.day}/{hd.month}")
                if rng.random() < o["notes"]:
                    lines.append(f"ملاحظتي: {rng.choice(RL_NOTES)}")
            P.add("highlights", lines)
            comp["highlights"] = len(picked)
    if rng.random() < o["applabels"]:
        P.add("labels", ["وسومك: " + "، ".join(rng.sample(["للمتابعة", "عمل", "مهم", "بحث", "لاحقًا"], 2)),
                         "+ إضافة وسم"])
    if rng.random() < o["export"]:
        P.add("export", [f"صُدّر من {app_latin} في {crawl.day}/{crawl.month}/{crawl.year} "
                         f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}"])
    text = P.text()
    if rng.random() < o["nfd"]:
        text = unicodedata.normalize("NFD", text)
        comp["nfd"] = True
    return finish(doc, style, P.kinds(), text, P.chrome, blocks, truth, comp, spec)
