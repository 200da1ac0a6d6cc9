"""The `fresh18` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh18 --n 2000 --seed 73
    python3 bench/textdump/score_dumps.py --split fresh18 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH18 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by a helper who has not read the extractor, its tests, its
fixtures or its benchmark notes. No component here is meant to be one of the
tune, held-out, fresh, fresh2, ..., fresh17 ones (as far as their generators
and docstrings show). Only the aggregate rows of
`score_dumps.py --split fresh18` are ever reported; once the extractor is
changed because of anything learnt here, the split is spent.

The eight styles (`fresh18_1` ... `fresh18_7`, and `fresh18_mixed`, a
per-document random draw of the others' components) imitate text dumps of
kinds of pages the other splits do not: a courts-and-legal news portal (case
cards with case numbers, the day's court rolls, adjourned-session boxes with
future dates, legal glossaries, lawyers' directories, numbered paragraphs), a
newsroom draft exported from an online word processor as plain text (a
metadata table before the title, a labelled title, a social-media short
title, comment anchors glued into the text and the comments listed at the
end, footnotes, an end mark; BOM and CRLF), an Arabic-language Islamic news
site from Northern Nigeria or Niger with Hausa chrome (Hausa dates and
clocks, WAT, a naira rate, a breaking-news strip), an Arab community site
from Beirut's Armenian quarters or from the Libyan community in Malta
(Western Armenian or Maltese chrome, dates, bylines and credits,
obituaries, community events, job ads), a Gulf ministry's news page
(agriculture or health: an official-site banner, two-digit-year dates,
circular and statement lines, market price tables, an agricultural calendar,
infographic placeholders, hotlines, e-services), a football club's official
site (shop and next-match cards with year-less dates, fixtures, results,
squad lists, the league table, sponsors, membership), and a women's
magazine (pop-up offer, horoscope strip, trending strip, shop-the-look
cards, readers' comments, feminine imperatives in the chrome). Site names,
clubs, ministries, people and the vocabulary are invented. The corpus texts,
the lede choice (abstract / teaser / promoted first paragraph), the inserted
headings and the other articles' titles in related blocks are the
gen_dumps.py ones.

New here: widgets with abbreviated Arabic month names (`25 أبر 2024`), the
weekday in brackets after the date, Hausa (`Alhamis, 25 ga Afrilu, 2024`,
paired with an Arabic date after `⁞`, or with the naira rate), Western
Armenian (paired with a Levantine date after `⸱`), Maltese (`Il-Ħamis, 25
ta' April 2024`, paired with an Arabic date), two-digit years (`25-04-24`,
`25/4/24 الخميس`), a league round before the date, `عام` before the year, a
Levantine-Egyptian month pair joined by a hyphen. Publication lines:
`تاريخ القيد:` with the `ق.ظ`/`ب.ظ` clock, `أُدرج:` with an abbreviated
month, a scheduled-publication row with the clock first and the period
joined to the weekday (`10:15 صباح الخميس 25/4/2024`), Hausa `An wallafa:
… da ƙarfe 10:15 na safe`, `بتوقيت غرب أفريقيا`, `‖ 10:15 WAT`, Armenian
`Հրապարակուած՝ … ժամը`, Maltese `Ippubblikat: … fil-10:15`, Roman-numeral
months (`25.IV.2024`), `بتوقيت بيروت`/`فاليتا`, `تاريخ التعميم:` and
`صدر البيان:` with two-digit years, `(بتوقيت مسقط)`/`(بتوقيت المنامة)`,
a media-desk line (`المركز الإعلامي • DATE • 10:15`), a clock-emoji line with
an abbreviated month, `قبل الظهر`/`بعد الظهر` clocks, and a byline and date
joined by `✦`. Update lines: `استدراك بتاريخ`, `An sabunta:`,
`Թարմացուած՝`, `Aġġornat:`, `حُدِّثت البيانات:`, `↻ حُدّث الخبر`, `أُعيد
تحرير المقال في`. Captions: `— بإذن من:`, a three-line attachment block
(`صورة مرفقة:`, `الوصف:`, `حقوق الصورة:`), `| Hoto:`, `— Լուսանկարը՝`,
`(Ritratt: …)`, `(ت: …)`, `— الحقوق:`, `✿ بعدسة:`. Ledes between two rule
lines, after a case card, after a labelled title in a draft, with labels
`موجز القضية:`, `A taƙaice:`, `Ամփոփում՝`, `Fil-qosor:`, `نبذة:`, `⚡ أبرز ما
جاء:`, `✨ باختصار`, `الموجز:`, `المقدمة:`. Datelines `CITY – «AGENCY»:`,
`CITY • AGENCY •`, `(CITY، AGENCY) —`. Headings after `§`, `✧`, `◈`, `▣`,
`⚽`, `❀`, or plain. Noise: comment anchors `[a]` and footnote marks `[1]`
glued to words, numbered paragraphs `(1)`, em and three-per-em spaces,
an RLE/PDF embedding around the title, CRLF, BOM.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once, without the draft's title label. The
  draft's short title for social media (the title's first words and `…`) is
  chrome; lines equal to the title are left out of the chrome list.
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its language, script or digits; two-digit years are
  20YY; with two languages the same day. A league round or a naira rate in
  the widget is no part of the date. The next-match card, adjourned
  sessions, fixtures, community events, funerals, the agricultural calendar
  and the court roll are no widget. The draft has no widget: null.
- published: the publication line's date, with `THH:MM` when it shows a
  time (12-hour clocks by `ق.ظ`/`ب.ظ`, `ص`/`م`, `قبل الظهر`/`بعد الظهر`/
  `مساءً`, the Hausa `na safe`/`na rana`/`na yamma`/`na dare`, and the
  period before the weekday `صباح`/`ظهر`/`عصر`/`مساء`/`فجر`), wherever it
  stands: in the meta lines, in the draft's metadata table or key/value rows
  before the title (its scheduled publication time is the publication
  date), or joined to the byline. Update and `استدراك` lines go to the extra
  `modified` key (not scored).
- summary: a deck under the title, a lede after the meta lines, after the
  case card or after the caption, a labelled lede (label inline or on the
  line before; a labelled lede is always a lede, the label is not part of
  it), or a lede between two rule lines (always a lede). An unlabelled lede
  with nothing between it and the body (no meta, caption or chrome line, no
  dateline opening the body) stays a lede only when it is a teaser that the
  first paragraph repeats; a promoted first paragraph or an abstract there
  goes into the body. A promoted first paragraph under 8 words is never a
  lede.
- blocks: the corpus paragraphs without the paragraph numbers `(N) ` and
  without the draft's comment anchors and footnote marks; headings without
  their marks; case files, adjourned sessions, infographics, hotlines,
  quotes, tickets, shop cards and the draft's `المتن:` label are no blocks.
- images: the caption without its credit and label; the credit as written
  without its label (`بإذن من:`, `حقوق الصورة:`, `Hoto:`, `Լուսանկարը՝`,
  `Ritratt:`, `ت:`, `الحقوق:`, `بعدسة:`); the draft's file name is chrome.
- sources: the items of `استنادًا إلى:`, `Majiya:`, `Աղբիւր՝`, `Sors:`,
  `جهة الخبر:`, `مصدر المعلومات:`, `بالاستناد إلى:` and the draft's
  `المصادر:` row; tags: the items of `تصنيفات قانونية:`, `Kalmomi:`,
  `Պիտակներ՝`, `Tikketti:`, `الكلمات الدلالية:`, `وسوم:` (without `#`),
  `مواضيع:`.
- authors: the byline's names as printed, in order (script kept: Latin
  Hausa and Maltese names, Armenian names): two for `و`, `եւ`, `u`, `·` or
  the draft's `الكاتبان` row. A title or role before the name (`مندوبنا في
  المحاكم:`, `المستشار القانوني`, `الأستاذ`, `المهندس الزراعي`, `Wakilinmu
  a Kano:`, `Daga:`, `Kitba ta'`, `Հեղինակ՝`) is not part of it; `لـ«SITE»`
  after the name is not either. A reviewer, a translator, a proofreader, the
  responsible editor, a photographer, a stylist, a consultant, a desk, a
  media centre, a commenter or a player is no author.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the body
  and those equal to the title or the summary.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh18"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
# weekday lists start on Monday, as datetime.weekday()
AR_ABBR = ["ينا", "فبر", "مار", "أبر", "ماي", "يون", "يول", "أغس", "سبت", "أكت", "نوف", "ديس"]
HA_WD = ["Litinin", "Talata", "Laraba", "Alhamis", "Jumma'a", "Asabar", "Lahadi"]
HA_MON = ["Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta", "Satumba", "Oktoba",
          "Nuwamba", "Disamba"]
HY_WD = ["Երկուշաբթի", "Երեքշաբթի", "Չորեքշաբթի", "Հինգշաբթի", "Ուրբաթ", "Շաբաթ", "Կիրակի"]
HY_MON = ["Յունուար", "Փետրուար", "Մարտ", "Ապրիլ", "Մայիս", "Յունիս", "Յուլիս", "Օգոստոս", "Սեպտեմբեր",
          "Հոկտեմբեր", "Նոյեմբեր", "Դեկտեմբեր"]
MT_WD = ["It-Tnejn", "It-Tlieta", "L-Erbgħa", "Il-Ħamis", "Il-Ġimgħa", "Is-Sibt", "Il-Ħadd"]
MT_MON = ["Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru", "Ottubru",
          "Novembru", "Diċembru"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
EMSP = "\u2003"
THREEPM = "\u2004"
RULE = "┅" * 18


def hm(h, m):
    return f"{h:02d}:{m:02d}"


def ha_period(hh):
    if hh < 5 or hh >= 20:
        return "na dare"
    if hh < 12:
        return "na safe"
    if hh < 16:
        return "na rana"
    return "na yamma"


def weekday_period(hh):
    """The period word joined to the weekday (`صباح الخميس`)."""
    if hh < 5:
        return "فجر"
    if hh < 12:
        return "صباح"
    if hh < 14:
        return "ظهر"
    if hh < 17:
        return "عصر"
    return "مساء"


def wm_period(hh):
    if hh < 12:
        return "قبل الظهر"
    if hh < 18:
        return "بعد الظهر"
    return "مساءً"


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city, extra)]; extra: the variant (hy/mt, ag/hl) or the country
SITES = {
    "lg": [("بوابة الميزان القضائية", "almizan-qadaa.news", "أخبار المحاكم والتشريعات", "القاهرة", "eg"),
           ("منصة العدالة اليوم", "adala-alyoum.net", "", "عمّان", "jo"),
           ("صدى الأروقة", "sada-alarwiqa.com", "متابعات قضائية يومية", "الكويت", "kw")],
    "gd": [("جريدة الضحى", "aldhuha-daily.com", "", "", ""),
           ("شبكة المدار الإخبارية", "almadar-net.com", "", "", ""),
           ("الرائد نيوز", "alraed-news.net", "", "", "")],
    "ha": [("صوت الساحل الإسلامي", "sawt-sahel.ng", "Jaridar Larabci ta Yanar Gizo", "كانو", "Kano"),
           ("منبر نيامي", "minbar-niamey.ne", "", "نيامي", "Yamai"),
           ("أخبار زاريا", "zaria-akhbar.ng", "Labarai cikin harshen Larabci", "زاريا", "Zariya")],
    "cm": [("نور أرمينيا", "nour-armenia.lb", "Լիբանանահայ լուրեր արաբերէնով", "برج حمود", "hy"),
           ("جسر يريفان", "jisr-yerevan.lb", "", "عنجر", "hy"),
           ("ليبيون في مالطا", "libjani-malta.com.mt", "L-aħbarijiet tal-komunità Libjana", "فاليتا", "mt"),
           ("صوت الجزيرة الوسطى", "sawt-gzira.mt", "", "سليمة", "mt")],
    "mn": [("وزارة الري والإنتاج الزراعي", "irrigation-agri.gov.example", "المركز الإعلامي", "مسقط", "ag"),
           ("الهيئة الوطنية للصحة الوقائية", "preventive-health.gov.example", "", "المنامة", "hl"),
           ("وزارة الأمن الغذائي والثروة الحيوانية", "food-security.gov.example", "", "المنامة", "ag"),
           ("وزارة الصحة العامة والتوعية", "public-health.gov.example", "أخبار الوزارة", "مسقط", "hl")],
    "fc": [("نادي الشعلة الرياضي", "alshoula-fc.com", "الموقع الرسمي", "الرياض", "الشعلة"),
           ("نادي النجمة الساحلي", "najma-sahili.club", "تأسس عام 1952", "اللاذقية", "النجمة"),
           ("نادي الفرسان الرياضي", "fursan-club.com", "الموقع الرسمي", "الدوحة", "الفرسان")],
    "wm": [("مجلة ياسمينة", "yasmina-mag.com", "مجلة المرأة العربية", "دبي", ""),
           ("لمسات", "lamasat.style", "", "بيروت", ""),
           ("حواء اليوم", "hawwa-alyoum.com", "أناقة • جمال • أسرة", "القاهرة", "")],
}
PEOPLE = {"lg": ["حازم الدسوقي", "نرمين عبد الباقي", "مؤمن الشافعي", "رانيا الصيرفي", "عمرو الجندي",
                 "سوسن القباني"],
          "gd": ["باسل النعيمي", "سارة الحكيم", "يزن العموري", "تسنيم الرفاعي", "مهند الطائي", "ولاء الزين"],
          "ha": ["عبد الرحمن ثاني مودي", "فاطمة الزهراء بللو", "محمد الأمين غاربا", "عائشة عثمان كبير",
                 "إبراهيم نوح دنجوما"],
          "cm": ["كارين بوغوصيان", "ناير ديرمنجيان", "آرا هاكوبيان", "سيلفا كشيشيان", "سالم بن خليفة",
                 "نعيمة التركي"],
          "mn": ["خلفان بن سعيد الحبسي", "موزة البلوشية", "جاسم المناعي", "شيخة الرواحية", "علي حسن الجمري",
                 "بدرية الفارسية"],
          "fc": ["تركي الدوسري", "مشعل العنزي", "نايف الحربي", "ريان القرشي", "فيصل الزهراني", "هتان السبيعي"],
          "wm": ["لمى الحسيني", "ديما قباني", "ياسمين عز الدين", "نادين شهاب", "ريتا معلوف", "هبة سامي"]}
FEMALE = {"نرمين عبد الباقي", "رانيا الصيرفي", "سوسن القباني", "سارة الحكيم", "تسنيم الرفاعي", "ولاء الزين",
          "فاطمة الزهراء بللو", "عائشة عثمان كبير", "سيلفا كشيشيان", "نعيمة التركي", "موزة البلوشية",
          "شيخة الرواحية", "بدرية الفارسية", "لمى الحسيني", "ديما قباني", "ياسمين عز الدين", "نادين شهاب",
          "ريتا معلوف", "هبة سامي"}
HA_LATIN = ["Aminu Sani Kurawa", "Hauwa Ibrahim Dikko", "Bashir Lawal Gwarzo", "Zainab Umar Fagge",
            "Abubakar Musa Dutsinma"]
HY_NAMES = ["Սեւակ Տէր-Պետրոսեան", "Անի Գալուստեան", "Հրայր Մանուկեան", "Լենա Սարգիսեան", "Վահէ Քէօշկէրեան"]
MT_NAMES = ["Salem Ben Khalifa", "Naima Elturki", "Omar Abuzaid", "Rim Elsharef", "Karim Borg"]
SECTIONS = {"lg": ["جنايات", "الأحوال الشخصية", "القضاء الإداري", "تشريعات", "أحكام"],
            "gd": ["محليات", "اقتصاد", "عربي ودولي"],
            "ha": ["Labarai", "Duniya", "Addini", "أخبار العالم الإسلامي"],
            "cm": ["أخبار الجالية", "لبنان", "أرمينيا", "Komunità"],
            "mn": ["أخبار الوزارة", "التوعية", "الإرشاد"],
            "fc": ["الفريق الأول", "الأكاديمية", "أخبار النادي"],
            "wm": ["موضة", "جمال", "صحة ورشاقة", "مشاهير", "أسرة"]}
NAV = {"lg": ["الرئيسية", "أحكام", "تشريعات", "جنايات", "الأحوال الشخصية", "القضاء الإداري", "النقابة",
              "استشارات", "مكتبة قانونية"],
       "ha": ["Shafin Farko", "Labarai", "Najeriya", "Nijar", "Duniya", "Addini", "Siyasa", "Tattalin Arziki",
              "Wasanni", "أخبار العالم الإسلامي"],
       "hy": ["Գլխաւոր", "Լուրեր", "Լիբանան", "Հայաստան", "Համայնք", "Մշակոյթ", "أخبار الجالية", "Կապ"],
       "mt": ["Paġna ewlenija", "Aħbarijiet", "Libja", "Malta", "Komunità", "Xogħol", "أخبار الجالية",
              "Kuntatt"],
       "mn": ["الرئيسية", "عن الوزارة", "المركز الإعلامي", "الخدمات الإلكترونية", "البيانات المفتوحة",
              "المناقصات", "الوظائف", "تواصل معنا"],
       "fc": ["الرئيسية", "الفريق الأول", "الأكاديمية", "المباريات", "الأخبار", "الوسائط", "التذاكر", "المتجر",
              "العضوية", "عن النادي"],
       "wm": ["الرئيسية", "موضة", "جمال", "صحة ورشاقة", "مطبخ", "أمومة وطفل", "مشاهير", "أبراج", "ديكور",
              "علاقات"]}
CAPTIONS = ["قاعة محكمة خلال جلسة علنية", "مزارع يتفقد محصول الطماطم", "لاعبون خلال حصة تدريبية مسائية",
            "عارضة تقدم تصميمًا من المجموعة الجديدة", "ممرضة تقدم لقاحًا لطفل", "مدخل مجمع المحاكم",
            "سوق للخضار في الصباح الباكر", "جانب من احتفال الجالية", "كنيسة قديمة في الحي",
            "مصلون بعد صلاة الجمعة", "فريق العمل في غرفة الأخبار", "مدرجات الملعب قبل انطلاق المباراة",
            "بيوت زراعية محمية", "طاولة اجتماعات في مقر الوزارة", "مستحضرات للعناية بالبشرة على طاولة"]
CREDITS = {"lg": ["مكتب الدفاع", "أرشيف البوابة", "نقابة المحامين", "المكتب الفني للمحكمة"],
           "gd": ["قسم التصوير", "أرشيف الجريدة", "وكالة محلية — مدفوعة", "المصور المتعاون"],
           "ha": ["Sawt Sahel", "Ma'aikatar Yada Labarai", "Musa Garba", "Taskar Hotuna"],
           "hy": ["Համայնքային արխիւ", "Վ. Պետրոսեան", "Լուսանկարչական բաժին"],
           "mt": ["Arkivju tal-Komunità", "K. Vella", "Ritratti Libjani"],
           "mn": ["دائرة الإعلام", "المديرية العامة للإرشاد", "أرشيف الوزارة", "قسم التصوير الرسمي"],
           "fc": ["المركز الإعلامي للنادي", "عدسة الموقع الرسمي", "رابطة الدوري", "مصور النادي"],
           "wm": ["استوديو لمسة", "دار الأزياء", "أرشيف المجلة", "سلمى رعد"]}
LEDE_LABEL = {"lg": "موجز القضية:", "gd": "الموجز:", "ha": "A taƙaice:", "hy": "Ամփոփում՝",
              "mt": "Fil-qosor:", "mn": "نبذة:", "fc": "⚡ أبرز ما جاء:", "wm": "✨ باختصار"}
LG_COURTS = ["محكمة الجنايات", "محكمة الاستئناف", "محكمة الأسرة", "المحكمة الإدارية العليا", "محكمة الجنح"]
LG_KINDS = ["جنايات", "جنح مستأنف", "أسرة", "إداري", "مدني كلي"]
LG_STATUS = ["محجوزة للحكم", "مؤجلة", "حكم أول درجة", "حكم نهائي", "قيد التحقيق"]
LG_TERMS = [("الطعن بالنقض", "طريق غير عادي للطعن في الأحكام النهائية"),
            ("حجز الدعوى للحكم", "انتهاء المرافعة وتحديد موعد للنطق بالحكم"),
            ("الحكم الغيابي", "حكم يصدر في غياب المتهم أو المدعى عليه"),
            ("الدائرة", "هيئة من القضاة تنظر نوعًا محددًا من القضايا"),
            ("وقف التنفيذ", "تعليق أثر الحكم مؤقتًا بقرار من المحكمة")]
LG_LAWYERS = ["أ. مجدي الرملي — نقض وإداري", "أ. هالة صبري — أحوال شخصية", "أ. كمال عيسى — جنائي",
              "أ. غادة النمر — شركات وعقود"]
GD_COMMENTS = ["هل الرقم مؤكد من مصدر ثانٍ؟", "نقترح اختصار هذه الفقرة", "يحتاج إلى نسبة القول لصاحبه",
               "تم التحقق من الاسم والمنصب", "أضف رابط البيان الرسمي", "الصياغة هنا تحتاج مراجعة لغوية"]
GD_NOTES = ["البيان الرسمي المنشور على موقع الجهة المعنية", "مقابلة هاتفية أجراها الكاتب",
            "تقرير سابق للجريدة حول الموضوع نفسه", "قاعدة البيانات الإحصائية السنوية"]
HA_COMMENTERS = ["Malam Sani", "أبو بكر", "Hadiza K.", "Ustaz Bello", "عمر من كادونا"]
HA_COMMENTS = ["Allah ya saka da alheri", "بارك الله فيكم", "Mun gode da wannan labari",
               "نرجو المزيد من التفاصيل", "Labari mai muhimmanci"]
CM_EVENTS = ["حفل موسيقي لجوقة الشباب", "معرض الحرف اليدوية", "أمسية شعرية", "بازار خيري",
             "لقاء تعارف للطلاب الجدد"]
CM_HALLS = ["قاعة الكنيسة", "النادي الثقافي", "مركز الجالية", "قاعة البلدية"]
MN_PRICES = ["الطماطم", "الخيار", "البطاطا", "البصل", "الفلفل الحلو", "الباذنجان", "الليمون", "التمور"]
MN_INFO = {"ag": ["مواعيد الري المقترحة لهذا الشهر", "دورة حياة سوسة النخيل", "خطوات التسجيل في الدعم الزراعي"],
           "hl": ["مواعيد التطعيم الموسمي", "علامات الجفاف عند الأطفال", "خمس خطوات لغسل اليدين"]}
MN_CAL = {"ag": ["زراعة الشتلات الصيفية", "تقليم أشجار الحمضيات", "تسميد النخيل", "مكافحة المن على الخضار"],
          "hl": ["أسبوع التوعية بصحة الفم", "حملة الكشف المبكر", "اليوم العالمي للصحة", "حملة التبرع بالدم"]}
FC_TEAMS = ["الوحدة", "الاتحاد", "الساحل", "الجزيرة", "النصر", "الأمل", "الرمال", "البحر"]
FC_PLAYERS = ["عبدالله المالكي", "سامي الشهري", "بدر الحارثي", "زياد العمري", "خالد بن يحيى", "مهدي القحطاني",
              "وليد الصقر", "عمر المولد", "أنس الرويلي", "جابر الغامدي", "ماجد اليامي"]
FC_POS = ["حارس", "مدافع", "مدافع", "وسط", "وسط", "مهاجم"]
FC_SPONSORS = ["مياه الغدير", "مصرف الريم", "طيران الأفق", "اتصالات النخلة"]
WM_SIGNS = [("♈", "الحمل"), ("♉", "الثور"), ("♊", "الجوزاء"), ("♋", "السرطان"), ("♌", "الأسد"),
            ("♍", "العذراء"), ("♎", "الميزان"), ("♏", "العقرب")]
WM_LUCK = ["يوم مناسب للقرارات المالية", "تجنبي الانفعال في العمل", "مفاجأة سارة من صديقة قديمة",
           "اهتمي بصحتك وخذي قسطًا من الراحة"]
WM_SHOP = [("حقيبة يد جلدية", "420 درهم"), ("حذاء بكعب متوسط", "310 درهم"), ("أقراط ذهبية ناعمة", "185 دولار"),
           ("عطر بنفحات الورد", "95 دولار")]
WM_READERS = ["أم ريان", "Dana M.", "نور", "قارئة من عمّان", "سلوى"]
WM_COMMENTS = ["مقال رائع ومفيد جدًا 💕", "شكرًا على المعلومات القيمة", "أتمنى مقالًا عن الموضوع نفسه للأمهات",
               "جربت النصيحة وكانت النتيجة ممتازة", "هل يمكن نشر المصادر؟"]


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="lg", pre=[], header=[], widget=[None], kicker=0.0, title_noise=[None], byline=[None],
             publine=[None], update=0.0, counter=0.0, lede=[None], lede_place=["deck"], caption=0.0,
             caption_fmt=["c_lg"], headings=0.0, heading_fmt=["h_plain"], dateline=[None], mid=[], after=[],
             footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0)

STYLES = {
    "fresh18_1": dict(site="lg", pre=[("lg_notice", 0.4)],
                      header=[("lg_hotline", 0.5), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("lg_roll", 0.4)],
                      widget=["w_lg_abbr", "w_lg_abbr", "w_lg_paren"], kicker=0.5, title_noise=[None],
                      byline=["b_lg_mandoob", "b_lg_two", "b_lg_counsel", "b_lg_desk", None],
                      publine=["p_lg_qaid", "p_lg_qaid", "p_lg_abbr"], update=0.3, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["case", "case", "label_inline", "deck"],
                      caption=0.55, caption_fmt=["c_lg"], headings=0.35, heading_fmt=["h_section"],
                      dateline=["dl_guil", None], mid=[("lg_file", 0.45), ("lg_adjourn", 0.45)],
                      after=[("lg_terms", 0.5), ("lg_src", 0.45), ("lg_tags", 0.5), ("lg_lawyers", 0.4),
                             ("lg_more", 0.55), ("lg_disclaimer", 0.5)],
                      footer=["f_lg"], layout=["blank", "blank", "numbered"], body_noise=[None]),
    "fresh18_2": dict(site="gd", header=[], widget=[None], title_noise=[None],
                      byline=["b_gd_one", "b_gd_two", "b_gd_desk"], publine=["p_gd_row"], counter=0.6,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["gd_label", "gd_inline"],
                      caption=0.5, caption_fmt=["c_gd"], headings=0.35, heading_fmt=["h_plain"],
                      dateline=["dl_guil", "dl_paren", None], after=[("gd_src", 0.6)],
                      footer=[None], layout=["gdoc_blank", "gdoc_single"], body_noise=[None], crlf=1.0, bom=1.0),
    "fresh18_3": dict(site="ha", header=[("ha_lang", 0.6), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                                         ("ha_breaking", 0.5)],
                      widget=["w_ha", "w_ha_pair", "w_ha_naira"], kicker=0.4, title_noise=[None, None, "emsp"],
                      byline=["b_ha_daga", "b_ha_wakili", "b_ha_ar", "b_ha_desk", None],
                      publine=["p_ha_wallafa", "p_ha_wallafa", "p_ha_ar", "p_ha_wat"], update=0.3, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_meta"],
                      caption=0.7, caption_fmt=["c_ha"], headings=0.35, heading_fmt=["h_star"],
                      dateline=["dl_bullet", None], mid=[("ha_karanta", 0.5), ("ha_talla", 0.35)],
                      after=[("ha_tags", 0.5), ("ha_src", 0.5), ("ha_share", 0.7), ("ha_latest", 0.5),
                             ("ha_comments", 0.4)],
                      footer=["f_ha"], layout=["blank", "blank", "single"], body_noise=[None, None, "emsp"]),
    "fresh18_4": dict(site="cm", pre=[("cm_cookie", 0.4)],
                      header=[("cm_lang", 0.7), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9)],
                      widget=["w_cm_native", "w_cm_pair"], kicker=0.4, title_noise=[None, "rle"],
                      byline=["b_cm_native", "b_cm_native", "b_cm_trans", "b_cm_two", None],
                      publine=["p_cm_native", "p_cm_ar", "p_cm_roman"], update=0.3, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["label_line", "deck", "after_caption"],
                      caption=0.7, caption_fmt=["c_cm"], headings=0.3, heading_fmt=["h_diamond"],
                      dateline=["dl_paren", None], mid=[("cm_aqra", 0.5), ("cm_event", 0.4)],
                      after=[("cm_tags", 0.5), ("cm_src", 0.45), ("cm_share", 0.6), ("cm_obits", 0.4),
                             ("cm_jobs", 0.3), ("cm_comments", 0.35)],
                      footer=["f_cm"], layout=["blank"], body_noise=[None, None, "3pm"], crlf=0.25),
    "fresh18_5": dict(site="mn", pre=[("mn_gov", 0.8)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 0.9), ("mn_bar", 0.5)],
                      widget=["w_mn_dash2", "w_mn_slash2"], kicker=0.3, title_noise=[None, "rle"],
                      byline=["b_mn_eng", "b_mn_dept", "b_mn_desk", None],
                      publine=["p_mn_taamim", "p_mn_taamim", "p_mn_city"], update=0.3, counter=0.4,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["ruled", "ruled", "after_meta", "deck"],
                      caption=0.6, caption_fmt=["c_mn"], headings=0.4, heading_fmt=["h_square"],
                      dateline=["dl_guil", None], mid=[("mn_info", 0.45), ("mn_hotline", 0.4), ("mn_alert", 0.3)],
                      after=[("mn_prices", 0.5), ("mn_calendar", 0.4), ("mn_services", 0.45), ("mn_tags", 0.5),
                             ("mn_src", 0.5), ("mn_related", 0.5)],
                      footer=["f_mn"], layout=["blank", "single"], body_noise=[None], bom=0.2),
    "fresh18_6": dict(site="fc", pre=[("fc_shop", 0.5)],
                      header=[("site_name", 1.0), ("widget", 0.45), ("nav", 0.95), ("fc_next", 0.6)],
                      widget=["w_fc_round", "w_lg_paren"], kicker=0.4, title_noise=[None],
                      byline=["b_fc_media", "b_fc_dot", "b_fc_desk", None],
                      publine=["p_fc_desk", "p_fc_abbr"], update=0.25, counter=0.5,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "after_caption", "label_inline"],
                      caption=0.8, caption_fmt=["c_fc"], headings=0.35, heading_fmt=["h_ball"],
                      dateline=["dl_bullet", None], mid=[("fc_quote", 0.4), ("fc_video", 0.4), ("fc_ticket", 0.3)],
                      after=[("fc_fixtures", 0.5), ("fc_results", 0.45), ("fc_squad", 0.35), ("fc_table", 0.35),
                             ("fc_tags", 0.5), ("fc_sponsors", 0.5), ("fc_member", 0.35)],
                      footer=["f_fc"], layout=["blank"], body_noise=[None], crlf=0.2),
    "fresh18_7": dict(site="wm", pre=[("wm_popup", 0.5)],
                      header=[("wm_horoscope", 0.5), ("site_name", 1.0), ("widget", 0.6), ("nav", 0.9),
                              ("wm_trend", 0.5)],
                      widget=["w_wm_aam", "w_wm_hyph"], kicker=0.6, title_noise=[None, None, "emsp"],
                      byline=["b_wm_lamag", "b_wm_credits", "b_wm_consult", "b_wm_desk", None],
                      publine=["p_wm_clock", "p_wm_byd"], update=0.3, counter=0.4,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_meta"],
                      caption=0.8, caption_fmt=["c_wm"], headings=0.45, heading_fmt=["h_flower"],
                      dateline=[None], mid=[("wm_shop", 0.5), ("wm_also", 0.5), ("wm_video", 0.3)],
                      after=[("wm_tags", 0.5), ("wm_src", 0.35), ("wm_share", 0.7), ("wm_more", 0.55),
                             ("wm_recipe", 0.3), ("wm_comments", 0.45)],
                      footer=["f_wm"], layout=["blank", "blank", "single"], body_noise=[None]),
    "fresh18_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["lg_hotline", "ha_lang", "cm_lang", "wm_horoscope", "site_name", "widget", "nav", "lg_roll",
                "ha_breaking", "mn_bar", "fc_next", "wm_trend"]
HEAD_POOL = ["lg_hotline", "ha_lang", "cm_lang", "wm_horoscope", "lg_roll", "ha_breaking", "mn_bar", "fc_next",
             "wm_trend"]
PRE_POOL = ["lg_notice", "cm_cookie", "mn_gov", "fc_shop", "wm_popup"]
MID_POOL = ["lg_file", "lg_adjourn", "ha_karanta", "ha_talla", "cm_aqra", "cm_event", "mn_info", "mn_hotline",
            "mn_alert", "fc_quote", "fc_video", "fc_ticket", "wm_shop", "wm_also", "wm_video"]
AFTER_POOL = ["lg_terms", "lg_src", "lg_tags", "lg_lawyers", "lg_more", "lg_disclaimer", "ha_tags", "ha_src",
              "ha_share", "ha_latest", "ha_comments", "cm_tags", "cm_src", "cm_share", "cm_obits", "cm_jobs",
              "cm_comments", "mn_prices", "mn_calendar", "mn_services", "mn_tags", "mn_src", "mn_related",
              "fc_fixtures", "fc_results", "fc_squad", "fc_table", "fc_tags", "fc_sponsors", "fc_member",
              "wm_tags", "wm_src", "wm_share", "wm_more", "wm_recipe", "wm_comments"]
CHOICES = dict(widget=["w_lg_abbr", "w_lg_paren", "w_ha", "w_ha_pair", "w_ha_naira", "w_cm_native", "w_cm_pair",
                       "w_mn_dash2", "w_mn_slash2", "w_fc_round", "w_wm_aam", "w_wm_hyph", None],
               byline=["b_lg_mandoob", "b_lg_two", "b_lg_counsel", "b_lg_desk", "b_ha_daga", "b_ha_wakili",
                       "b_ha_ar", "b_ha_desk", "b_cm_native", "b_cm_trans", "b_cm_two", "b_mn_eng", "b_mn_dept",
                       "b_mn_desk", "b_fc_media", "b_fc_dot", "b_fc_desk", "b_wm_lamag", "b_wm_credits",
                       "b_wm_consult", "b_wm_desk", None],
               publine=["p_lg_qaid", "p_lg_abbr", "p_ha_wallafa", "p_ha_ar", "p_ha_wat", "p_cm_native", "p_cm_ar",
                        "p_cm_roman", "p_mn_taamim", "p_mn_city", "p_fc_desk", "p_fc_abbr", "p_wm_clock",
                        "p_wm_byd", None],
               caption_fmt=["c_lg", "c_ha", "c_cm", "c_mn", "c_fc", "c_wm"],
               lede_place=["deck", "after_meta", "after_caption", "label_inline", "label_line", "ruled", "case"],
               heading_fmt=["h_plain", "h_section", "h_star", "h_diamond", "h_square", "h_ball", "h_flower"],
               dateline=["dl_guil", "dl_bullet", "dl_paren", None],
               footer=["f_lg", "f_ha", "f_cm", "f_mn", "f_fc", "f_wm", None],
               body_noise=[None, "emsp", "3pm"],
               title_noise=[None, "emsp", "rle"])
BASES = [f"fresh18_{k}" for k in range(1, 8)]


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
    gd = spec["site"] == "gd"
    if gd:
        # the draft keeps its own head: metadata rows, labelled title and lede, no widget
        for k in ("byline", "publine", "widget", "lede_place", "caption_fmt"):
            spec[k] = STYLES[base][k]
    spec["update"] = rng.choice([0.0, 0.4])
    spec["counter"] = rng.choice([0.0, 0.4])
    spec["caption"] = 0.6
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["headings"] = 0.4
    if gd:
        # a draft has no site chrome around it
        spec["footer"] = [None]
        return spec
    own = [h for h, _ in spec["header"] if h not in HEAD_POOL]
    extra = [h for h in HEAD_POOL if rng.random() < 0.2]
    names = own + extra + ["site_name", "widget", "nav"]
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    pre = [p for p in PRE_POOL if rng.random() < 0.25]
    spec["pre"] = [(p, 1.0) for p in pre[:2]]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["mid"] = [(m, 0.3) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.2]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["layout"] = [rng.choice(["blank", "blank", "single", "numbered"])]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    hy = ctx["cm"] == "hy"
    if fmt == "w_lg_abbr":
        return [f"{wd} {day} {AR_ABBR[m]} {y}"]
    if fmt == "w_lg_paren":
        return [f"{day} {G.EG[m]} {y} ({wd})"]
    if fmt == "w_ha":
        return [f"{HA_WD[wk]}, {day} ga {HA_MON[m]}, {y}"]
    if fmt == "w_ha_pair":
        return [f"{HA_WD[wk]}, {day} ga {HA_MON[m]} {y} ⁞ {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_ha_naira":
        return [f"{HA_WD[wk]} {day} {HA_MON[m]} {y} | ₦{rng.randint(380, 1650):,} = $1"]
    if fmt == "w_cm_native":
        return [f"{HY_WD[wk]}, {day} {HY_MON[m]} {y}" if hy else f"{MT_WD[wk]}, {day} ta' {MT_MON[m]} {y}"]
    if fmt == "w_cm_pair":
        if hy:
            return [f"{HY_WD[wk]} {day} {HY_MON[m]} {y} ⸱ {wd} {day} {G.LEV[m]} {y}"]
        return [f"{MT_WD[wk]}, {day} ta' {MT_MON[m]} {y} — {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_mn_dash2":
        return [f"{wd} {day:02d}-{m + 1:02d}-{y % 100:02d}"]
    if fmt == "w_mn_slash2":
        return [f"{day}/{m + 1}/{y % 100:02d} {wd}"]
    if fmt == "w_fc_round":
        return [f"الجولة {rng.randint(1, 34)} ⚽ {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_wm_aam":
        return [f"{wd}، {day} {G.EG[m]} عام {y}"]
    if fmt == "w_wm_hyph":
        return [f"{wd} {day} {G.LEV[m]}-{G.EG[m]} {y}"]
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng, ctx):
    """Where and how the publication date shows: dict(meta=[meta lines], row=(label, value) for the draft,
    value=published truth, byd=date text joined to the byline)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(meta=[], row=None, value=full, byd=None)
    hy = ctx["cm"] == "hy"
    if fmt == "p_lg_qaid":
        out["meta"] = [f"تاريخ القيد: {day} {G.EG[m]} {y}" +
                       (f" الساعة {G.h12(tm[0])}:{tm[1]:02d} {'ق.ظ' if tm[0] < 12 else 'ب.ظ'}" if tm else "")]
    elif fmt == "p_lg_abbr":
        out["meta"] = [f"أُدرج: {day} {AR_ABBR[m]} {y}" + (f" – {hm(*tm)}" if tm else "")]
    elif fmt == "p_gd_row":
        label = rng.choice(["الموعد المقرر للنشر", "موعد النشر"])
        if tm:
            val = f"{G.h12(tm[0])}:{tm[1]:02d} {weekday_period(tm[0])} {wd} {day}/{m + 1}/{y}"
        else:
            val = f"{wd} {day}/{m + 1}/{y}"
        out["row"] = (label, val)
    elif fmt == "p_ha_wallafa":
        out["meta"] = [f"An wallafa: {day} ga {HA_MON[m]}, {y}" +
                       (f" da ƙarfe {G.h12(tm[0])}:{tm[1]:02d} {ha_period(tm[0])}" if tm else "")]
    elif fmt == "p_ha_ar":
        out["meta"] = [f"نُشر يوم {day} {G.EG[m]} {y}" + (f" عند {hm(*tm)} بتوقيت غرب أفريقيا" if tm else "")]
    elif fmt == "p_ha_wat":
        out["meta"] = [f"{day:02d}-{m + 1:02d}-{y}" + (f" ‖ {hm(*tm)} WAT" if tm else "")]
    elif fmt == "p_cm_native":
        if hy:
            out["meta"] = [f"Հրապարակուած՝ {day} {HY_MON[m]} {y}" + (f", ժամը {hm(*tm)}" if tm else "")]
        else:
            out["meta"] = [f"Ippubblikat: {day} ta' {MT_MON[m]} {y}" + (f", fil-{hm(*tm)}" if tm else "")]
    elif fmt == "p_cm_ar":
        out["meta"] = [f"نُشر بتاريخ {day} {G.LEV[m]} {y}" +
                       (f" — الساعة {hm(*tm)} بتوقيت {'بيروت' if hy else 'فاليتا'}" if tm else "")]
    elif fmt == "p_cm_roman":
        lab = "Հրապարակուած / نُشر:" if hy else "Ippubblikat / نُشر:"
        out["meta"] = [f"{lab} {day}.{ROMAN[m]}.{y}" + (f" {hm(*tm)}" if tm else "")]
    elif fmt == "p_mn_taamim":
        num = f"{day:02d}-{m + 1:02d}-{y % 100:02d}"
        if ctx["mn"] == "ag":
            out["meta"] = [f"تاريخ التعميم: {num}" + (f" | الساعة {hm(*tm)}" if tm else "")]
        else:
            out["meta"] = [f"صدر البيان: {num}" + (f" — {hm(*tm)}" if tm else "")]
    elif fmt == "p_mn_city":
        city = ctx["city"] if ctx["city"] in ("مسقط", "المنامة") else rng.choice(["مسقط", "المنامة"])
        out["meta"] = [f"نُشر الخبر في {day} {G.EG[m]} {y}" +
                       (f" – {G.h12(tm[0])}:{tm[1]:02d} {'ص' if tm[0] < 12 else 'م'} (بتوقيت {city})" if tm else "")]
    elif fmt == "p_fc_desk":
        out["meta"] = [f"المركز الإعلامي • {day} {G.EG[m]} {y}" + (f" • {hm(*tm)}" if tm else "")]
    elif fmt == "p_fc_abbr":
        out["meta"] = [f"🕙 {day} {AR_ABBR[m]} {y}" +
                       (f" - {G.h12(tm[0])}:{tm[1]:02d} {'ص' if tm[0] < 12 else 'م'}" if tm else "")]
    elif fmt == "p_wm_clock":
        out["meta"] = [f"نُشر بتاريخ {day} {G.EG[m]} {y}" +
                       (f" ◷ {G.h12(tm[0])}:{tm[1]:02d} {wm_period(tm[0])}" if tm else "")]
    elif fmt == "p_wm_byd":
        out["value"] = d.isoformat()
        out["byd"] = f"{day} {G.EG[m]} {y}"
    else:
        raise ValueError(fmt)
    return out


UPDATE_OF = {"p_lg_qaid": "u_lg", "p_lg_abbr": "u_lg", "p_ha_wallafa": "u_ha", "p_ha_ar": "u_ha",
             "p_ha_wat": "u_ha", "p_cm_native": "u_cm", "p_cm_ar": "u_cm", "p_cm_roman": "u_cm",
             "p_mn_taamim": "u_mn", "p_mn_city": "u_mn", "p_fc_desk": "u_fc", "p_fc_abbr": "u_fc",
             "p_wm_clock": "u_wm", "p_wm_byd": "u_wm"}


def fmt_update(ufmt, pub, tm, crawl, rng, ctx):
    """(line, modified truth) of an update line no later than the crawl day; (None, None) without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 30)))
    d, hh, mi = u.date(), u.hour, u.minute
    val = f"{d.isoformat()}T{hm(hh, mi)}"
    if ufmt == "u_lg":
        line = f"استدراك بتاريخ {d.day}-{d.month}-{d.year} الساعة {hm(hh, mi)}"
    elif ufmt == "u_ha":
        line = f"An sabunta: {d.day:02d}/{d.month:02d}/{d.year} {hm(hh, mi)}"
    elif ufmt == "u_cm":
        line = (f"Թարմացուած՝ {d.day:02d}.{d.month:02d}.{d.year} {hm(hh, mi)}" if ctx["cm"] == "hy" else
                f"Aġġornat: {d.day:02d}/{d.month:02d}/{d.year} {hm(hh, mi)}")
    elif ufmt == "u_mn":
        line = f"حُدِّثت البيانات: {d.day:02d}-{d.month:02d}-{d.year % 100:02d} {hm(hh, mi)}"
    elif ufmt == "u_fc":
        line = f"↻ حُدّث الخبر {d.day} {AR_ABBR[d.month - 1]} {d.year} {hm(hh, mi)}"
    else:
        line = f"أُعيد تحرير المقال في {d.day} {G.EG[d.month - 1]} {d.year}، {hm(hh, mi)}"
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


def spaces_to(text, ch, share, rng):
    return "".join(ch if c == " " and rng.random() < share else c for c in text)


def noise(text, kind, rng):
    if kind == "emsp":
        return spaces_to(text, EMSP, 0.1, rng)
    if kind == "3pm":
        return spaces_to(text, THREEPM, 0.12, rng)
    if kind == "rle":
        return "\u202b" + text + "\u202c"
    return text


def heading_lines(h, fmt):
    mark = {"h_section": "§", "h_star": "✧", "h_diamond": "◈", "h_square": "▣", "h_ball": "⚽",
            "h_flower": "❀"}.get(fmt)
    return [f"{mark} {h}"] if mark else [h]


def caption_lines(cfmt, cap, credit, ctx, rng):
    if cfmt == "c_lg":
        return [f"{cap} — بإذن من: {credit}"]
    if cfmt == "c_gd":
        return [f"صورة مرفقة: IMG_{rng.randint(1000, 9999)}.jpg", f"الوصف: {cap}", f"حقوق الصورة: {credit}"]
    if cfmt == "c_ha":
        return [f"{cap} | Hoto: {credit}"]
    if cfmt == "c_cm":
        return [f"{cap} — Լուսանկարը՝ {credit}" if ctx["cm"] == "hy" else f"{cap} (Ritratt: {credit})"]
    if cfmt == "c_mn":
        return [f"{cap} (ت: {credit})"]
    if cfmt == "c_fc":
        return [f"{cap} — الحقوق: {credit}"]
    if cfmt == "c_wm":
        return [f"{cap} ✿ بعدسة: {credit}"]
    raise ValueError(cfmt)


def apply_dateline(form, doc, paras, truth, comp):
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl
    if form == "dl_guil":
        paras[0] = f"{place} – «{rest}»: {paras[0]}"
    elif form == "dl_bullet":
        paras[0] = f"{place} • {rest} • {paras[0]}"
    else:
        paras[0] = f"({place}، {rest}) — {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl


def glue_anchor(text, mark, rng):
    """The text with `mark` glued to the end of one of its words (a comment anchor or a footnote mark)."""
    ws = text.split(" ")
    spots = [i for i, w in enumerate(ws) if len(w) >= 3 and re.search("[\u0621-\u064a]", w)]
    if not spots:
        return text + mark
    k = rng.choice(spots[len(spots) // 3:] or spots)
    ws[k] = ws[k] + mark
    return " ".join(ws)


def future(d, rng, lo, hi):
    return d + datetime.timedelta(days=rng.randint(lo, hi))


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
    gdoc = layout.startswith("gdoc")
    section = rng.choice(SECTIONS[key])
    people = PEOPLE[key]
    name = rng.choice(people)
    name2 = rng.choice([p for p in people if p != name])
    name3 = rng.choice([p for p in people if p not in (name, name2)])
    female = name in FEMALE
    ctx = dict(key=key, city=city,
               cm=extra if key == "cm" else rng.choice(["hy", "mt"]),
               mn=extra if key == "mn" else rng.choice(["ag", "hl"]))
    hy = ctx["cm"] == "hy"
    lkey = ctx["cm"] if key == "cm" else key
    ha_city = extra if key == "ha" else rng.choice(["Kano", "Yamai", "Zariya"])

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine")
    if not pub:
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

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "lg_notice":
            add("notice", ["تنويه: الأخبار القضائية المنشورة لا تغني عن الاطلاع على نصوص الأحكام الرسمية."])
        elif pname == "cm_cookie":
            if hy:
                add("cookie", ["Այս կայքը կը գործածէ cookies՝ ձեր փորձառութիւնը բարելաւելու համար:", "Համաձայն եմ"])
            else:
                add("cookie", ["Dan is-sit juża l-cookies biex itejjeb l-esperjenza tiegħek.", "Naqbel",
                               "Aktar informazzjoni"])
        elif pname == "mn_gov":
            add("gov", ["🔒 موقع رسمي تابع لحكومة سلطنة عُمان" if city == "مسقط" else
                        "🔒 بوابة حكومية رسمية — مملكة البحرين",
                        "كيف تتحقق؟ المواقع الرسمية تنتهي بالنطاق الحكومي"])
        elif pname == "fc_shop":
            add("shop", [f"🛒 المتجر الرسمي: قميص موسم {year}/{year + 1} متاح الآن — شحن مجاني للأعضاء"])
        elif pname == "wm_popup":
            add("popup", ["🎁 اشتركي في نشرتنا واحصلي على دليل الجمال المجاني", "اشتركي الآن", "لا شكرًا"])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "lg_hotline":
            add("hotline", [f"⚖ استشارة قانونية مجانية — اتصل بنا على 0{rng.randint(100000000, 999999999)}"])
        elif hname == "ha_lang":
            add("lang", ["العربية | Hausa | English | Français"])
        elif hname == "cm_lang":
            add("lang", ["Հայերէն | العربية | English" if hy else "Malti | العربية | English"])
        elif hname == "wm_horoscope":
            sym, sign = rng.choice(WM_SIGNS)
            add("horoscope", [f"برجكِ اليوم {sym} {sign}: {rng.choice(WM_LUCK)}"])
        elif hname == "site_name":
            add("site_name", [site, tagline] if tagline else [site])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "nav":
            vocab = NAV[lkey] if lkey in NAV else NAV["lg"]
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(3, len(vocab) - 1))
            if key in ("ha", "cm", "wm"):
                add("nav", [" · ".join(items)])
            else:
                add("nav", items)
        elif hname == "lg_roll":
            lines = ["رول جلسات اليوم"]
            for court in rng.sample(LG_COURTS, 2):
                lines.append(f"{court} — الدائرة {rng.randint(1, 12)} — {rng.randint(8, 40)} قضية")
            add("roll", lines)
        elif hname == "ha_breaking":
            add("breaking", [f"LABARI MAI ZAFI: {others.pop()}"])
        elif hname == "mn_bar":
            add("bar", ["الخدمات الإلكترونية | المركز الإعلامي | البيانات المفتوحة | مؤشرات الأداء | تواصل معنا"])
        elif hname == "fc_next":
            a = future(crawl, rng, 1, 9)
            hh = rng.choice([17, 18, 19, 20, 21])
            opp = rng.choice(FC_TEAMS)
            left = a - crawl
            club = extra if key == "fc" else "الشعلة"
            add("next", ["المباراة القادمة", f"{club} × {opp}",
                         f"{G.WD[a.weekday()]} {a.day} {G.EG[a.month - 1]} — {hh}:00 — ملعب {rng.choice(['المدينة', 'الأمير', 'الساحل'])}",
                         f"{left.days} يوم {rng.randint(0, 23):02d} ساعة {rng.randint(0, 59):02d} دقيقة"])
        elif hname == "wm_trend":
            add("trend", ["🔥 رائج: " + " | ".join(rng.sample(["فساتين السهرة", "العناية بالبشرة", "وصفات سريعة",
                                                              "تنسيق الحجاب", "إطلالات المشاهير", "رشاقة"], 3))])
        comp.setdefault("header", []).append(hname)

    # the article's head
    tnoise = pick("title_noise")
    shown_title = noise(title, tnoise, rng)

    cap_group = None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        ckey = cfmt[2:]
        if ckey == "cm":
            ckey = ctx["cm"]
        cap = rng.choice(CAPTIONS)
        credit = rng.choice(CREDITS[ckey])
        truth["images"].append({"caption": cap, "credit": credit})
        cap_group = caption_lines(cfmt, cap, credit, ctx, rng)

    kicker = None
    if rng.random() < spec["kicker"]:
        kicker = {"lg": f"⚖ {section}", "gd": None, "ha": section.upper() if section.isascii() else section,
                  "cm": section, "mn": f"{section} ›", "fc": f"{section} ⚽", "wm": f"{section} ♡"}[key]

    # meta lines
    meta = []
    rows = []  # the draft's metadata rows
    authors = []
    if bfmt == "b_lg_mandoob":
        meta.append(f"{'مندوبتنا' if female else 'مندوبنا'} في المحاكم: {name}")
        authors = [name]
    elif bfmt == "b_lg_two":
        meta.append(f"من أروقة المحاكم — {name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_lg_counsel":
        meta.append(f"بقلم {'المستشارة القانونية' if female else 'المستشار القانوني'} {name}")
        authors = [name]
    elif bfmt == "b_lg_desk":
        meta.append("القسم القضائي")
    elif bfmt == "b_gd_one":
        rows += [("الكاتب" if not female else "الكاتبة", name), ("التدقيق اللغوي", name2)]
        authors = [name]
    elif bfmt == "b_gd_two":
        rows += [("الكاتبان", f"{name}، {name2}"), ("المحرر المسؤول", name3)]
        authors = [name, name2]
    elif bfmt == "b_gd_desk":
        rows += [("الكاتب", "قسم الأخبار المحلية")]
    elif bfmt == "b_ha_daga":
        who = rng.choice(HA_LATIN)
        meta.append(f"Daga: {who}")
        authors = [who]
    elif bfmt == "b_ha_wakili":
        who = rng.choice(HA_LATIN)
        meta.append(f"Wakilinmu a {ha_city}: {who}")
        authors = [who]
    elif bfmt == "b_ha_ar":
        meta.append(f"إعداد {'الأستاذة' if female else 'الأستاذ'} {name} ومراجعة {'الشيخة' if name2 in FEMALE else 'الشيخ'} {name2}")
        authors = [name]
    elif bfmt == "b_ha_desk":
        meta.append("Sashen Labarai")
    elif bfmt == "b_cm_native":
        who = rng.choice(HY_NAMES if hy else MT_NAMES)
        meta.append(f"Հեղինակ՝ {who}" if hy else f"Kitba ta' {who}")
        authors = [who]
    elif bfmt == "b_cm_trans":
        meta.append(f"بقلم {name} — ترجمة {name2}")
        authors = [name]
    elif bfmt == "b_cm_two":
        pool = HY_NAMES if hy else MT_NAMES
        a, b = rng.sample(pool, 2)
        meta.append(f"{a} եւ {b}" if hy else f"{a} u {b}")
        authors = [a, b]
    elif bfmt == "b_mn_eng":
        if ctx["mn"] == "ag":
            meta.append(f"إعداد {'المهندسة الزراعية' if female else 'المهندس الزراعي'}: {name}")
        else:
            meta.append(f"إعداد {'أخصائية' if female else 'أخصائي'} التثقيف الصحي: {name}")
        authors = [name]
    elif bfmt == "b_mn_dept":
        dept = "مديرية الإرشاد الزراعي" if ctx["mn"] == "ag" else "دائرة التثقيف والتوعية الصحية"
        meta.append(f"{name} / {dept}")
        authors = [name]
    elif bfmt == "b_mn_desk":
        meta.append("دائرة الإعلام والعلاقات العامة")
    elif bfmt == "b_fc_media":
        meta.append(f"{'كتبت' if female else 'كتب'} للموقع الرسمي: {name}")
        authors = [name]
    elif bfmt == "b_fc_dot":
        meta.append(f"{name} · {name2}")
        authors = [name, name2]
    elif bfmt == "b_fc_desk":
        meta.append("إعلام النادي")
    elif bfmt == "b_wm_lamag":
        meta.append(f"{name} لـ«{site}»")
        authors = [name]
    elif bfmt == "b_wm_credits":
        meta.append(f"تحرير: {name} | تصوير: {name2} | تنسيق: {name3}")
        authors = [name]
    elif bfmt == "b_wm_consult":
        meta.append(f"{name} | استشارة: {name2}")
        authors = [name]
    elif bfmt == "b_wm_desk":
        meta.append(f"فريق تحرير {site}")
    if pinfo:
        if pinfo["byd"]:
            if meta:
                meta[-1] = f"{meta[-1]} ✦ {pinfo['byd']}"
            else:
                meta.append(f"{site} ✦ {pinfo['byd']}")
        meta += pinfo["meta"]
        if pinfo["row"]:
            rows.append(pinfo["row"])
        ufmt = UPDATE_OF.get(pfmt)
        if ufmt and rng.random() < spec["update"]:
            line, mod = fmt_update(ufmt, pub, tm, crawl, rng, ctx)
            if line:
                meta.append(line)
                truth["modified"] = mod
                comp["update"] = True
    truth["authors"] = authors
    if rng.random() < spec["counter"]:
        n = rng.randint(2, 12)
        if key == "gd":
            rows.append(("عدد الكلمات", str(sum(len(p.split()) for p in paras) + rng.randint(0, 40))))
        else:
            meta.append({"lg": f"قُرئ {n * 173} مرة", "ha": f"An karanta sau {n * 97}",
                         "cm": f"Դիտումներ՝ {n * 61}" if hy else f"Qari: {n * 61}",
                         "mn": f"عدد الزيارات: {n * 149}", "fc": f"👁 {n * 1013:,} مشاهدة",
                         "wm": f"⏱ تقرئينه في {n} دقائق"}[key])

    label = LEDE_LABEL[lkey]
    labelled = ("label_inline", "label_line", "ruled", "gd_label", "gd_inline")
    if gdoc:
        add("doc_head", [f"نموذج مادة إخبارية — {site}", f"القسم: {section}"])
        if rows:
            if rng.random() < 0.5:
                add("rows", ["الحقل\tالقيمة"] + [f"{k}\t{v}" for k, v in rows])
            else:
                add("rows", [f"{k}: {v}" for k, v in rows])
        add("title_label", ["العنوان الرئيسي:"])
        add("title", [shown_title], chrome=False, glue=True)
        short = " ".join(title.split()[:5])
        if len(title.split()) > 6:
            add("short", [f"عنوان مختصر للشبكات: {short}…"])
        if summary:
            if lede_place == "gd_label":
                add("lede_label", [label])
                add("lede", [summary], chrome=False, glue=True)
            else:
                add("lede", [f"المقدمة: {summary}"], chrome=False)
        if cap_group:
            add("caption", cap_group)
        add("body_label", ["المتن:"])
        comp["lede_place"] = lede_place if summary else None
    else:
        if kicker:
            add("kicker", [kicker])
        add("title", [shown_title], chrome=False)
        if summary and lede_place == "deck":
            add("lede", [summary], chrome=False)
        if meta:
            add("meta", meta)
        if lede_place == "case" or (key == "lg" and rng.random() < 0.3):
            co = rng.choice(LG_COURTS)
            add("case", [f"القضية رقم {rng.randint(100, 9999)} لسنة {year - rng.randint(0, 2)} "
                         f"{rng.choice(LG_KINDS)}",
                         f"المحكمة: {co} | الحالة: {rng.choice(LG_STATUS)}"])
        if summary and lede_place in ("after_meta", "case"):
            add("lede", [summary], chrome=False)
        if summary and lede_place == "label_inline":
            add("lede", [f"{label} {summary}"], chrome=False)
        if summary and lede_place == "label_line":
            add("lede_label", [label])
            add("lede", [summary], chrome=False, glue=True)
        if summary and lede_place == "ruled":
            add("rule", [RULE])
            add("lede", [summary], chrome=False, glue=True)
            add("rule", [RULE], glue=True)
        if cap_group:
            add("caption", cap_group)
        if summary and lede_place == "after_caption":
            add("lede", [summary], chrome=False)
        comp["lede_place"] = lede_place if summary else None
    if summary and lede_mode in ("promoted", "abstract") and lede_place not in labelled and not dl_used:
        last = [g for g in groups if g["kind"] not in ("rule",)][-1]
        if last["kind"] == "lede":
            # nothing sets it apart from the body: it reads as the first paragraph
            groups.remove(last)
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
    anchors = []  # the draft's comment anchors
    notes = []  # the draft's footnotes
    k_par = 0
    for i, b in enumerate(blocks):
        for mname in positions.get(i, []):
            if mname == "lg_file":
                add("file", [f"📁 من ملف القضية: {others.pop()}"])
            elif mname == "lg_adjourn":
                a = future(crawl, rng, 7, 60)
                add("adjourn", [f"⏳ الجلسة التالية: {G.WD[a.weekday()]} {a.day} {G.EG[a.month - 1]} {a.year} — "
                                f"الدائرة {rng.randint(1, 12)} {rng.choice(LG_KINDS)}"])
            elif mname == "ha_karanta":
                add("also", [f"Karanta Kuma: {others.pop()}"])
            elif mname == "ha_talla":
                add("ad", ["TALLA", f"Tallata kasuwancinka a shafinmu — kira 0803{rng.randint(1000000, 9999999)}"])
            elif mname == "cm_aqra":
                add("also", [f"Կարդացէք նաեւ՝ {others.pop()}" if hy else f"Aqra wkoll: {others.pop()}"])
            elif mname == "cm_event":
                a = future(crawl, rng, 3, 30)
                add("event", [f"📅 نشاط الجالية: {rng.choice(CM_EVENTS)} — {a.day} {G.LEV[a.month - 1]}، "
                              f"{rng.choice(CM_HALLS)}"])
            elif mname == "mn_info":
                add("info", [f"[إنفوجرافيك: {rng.choice(MN_INFO[ctx['mn']])}]"])
            elif mname == "mn_hotline":
                add("hotline", [f"☎ مركز الاتصال الموحد: {rng.randint(80000000, 80099999)} — على مدار الساعة"])
            elif mname == "mn_alert":
                add("alert", ["⚠ تنبيه الأرصاد الزراعية: احتمال تشكل الضباب والصقيع في ساعات الفجر"
                              if ctx["mn"] == "ag" else "⚠ موسم الإنفلونزا: سارعوا بأخذ اللقاح في أقرب مركز صحي"])
            elif mname == "fc_quote":
                add("quote", [f"🗣 «{rng.choice(['نحترم المنافس ونلعب من أجل الفوز', 'الجماهير هي سر قوتنا', 'المباراة القادمة نهائي بالنسبة لنا'])}» — "
                              f"{rng.choice(['المدير الفني', 'قائد الفريق', 'رئيس النادي'])}"])
            elif mname == "fc_video":
                add("video", [f"▶ شاهد: {rng.choice(['أهداف المباراة', 'كواليس التدريب', 'المؤتمر الصحفي'])} "
                              f"({rng.randint(1, 9):02d}:{rng.randint(0, 59):02d})"])
            elif mname == "fc_ticket":
                add("ticket", ["🎟 تذاكر المباراة القادمة متاحة عبر التطبيق الرسمي — الأولوية للأعضاء"])
            elif mname == "wm_shop":
                what, price = rng.choice(WM_SHOP)
                add("shop", ["🛍 تسوقي الإطلالة", f"{what} — {price}", "تسوقي الآن"])
            elif mname == "wm_also":
                add("also", [f"اقرئي أيضًا: {others.pop()}"])
            elif mname == "wm_video":
                add("video", [f"▶ فيديو: {rng.choice(['5 خطوات لبشرة نضرة', 'تسريحات سريعة للعمل', 'وصفة عشاء خفيف'])}"])
        if b["type"] == "heading":
            add("heading", heading_lines(b["text"], hfmt), chrome=False)
            continue
        text = noise(b["text"], nkind, rng)
        k_par += 1
        if layout == "numbered":
            text = f"({k_par}) {text}"
        if gdoc:
            if rng.random() < 0.22 and len(anchors) < 4:
                mark = "[" + "abcd"[len(anchors)] + "]"
                anchors.append(mark)
                text = glue_anchor(text, mark, rng)
            if rng.random() < 0.15 and len(notes) < 3:
                mark = f"[{len(notes) + 1}]"
                notes.append(mark)
                text = text + mark
        add("body", [text], chrome=False)

    if gdoc:
        add("end", [rng.choice(["-انتهى-", "— انتهى —"])])

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
        if aname in ("lg_src", "ha_src", "cm_src", "mn_src", "wm_src", "gd_src"):
            if truth["sources"] or not doc["site"]:
                continue
            if aname == "lg_src":
                srcs = src_list(["النيابة العامة", "وكالات", "مصادر قضائية"])
                add("sources", ["استنادًا إلى: " + "، ".join(srcs)])
            elif aname == "ha_src":
                srcs = src_list(["NAN", "وكالات", "Rediyon Kano"])
                add("sources", ["Majiya: " + " / ".join(srcs)])
            elif aname == "cm_src":
                srcs = src_list(["وكالات", "الوكالة الوطنية", "Il-Gazzetta tal-Komunità"] if not hy else
                                ["وكالات", "الوكالة الوطنية", "Համայնքային լրատու"])
                add("sources", [("Աղբիւր՝ " if hy else "Sors: ") + ", ".join(srcs)])
            elif aname == "mn_src":
                srcs = src_list(["وكالة الأنباء الرسمية", "المركز الوطني للإحصاء", "وكالات"])
                add("sources", [rng.choice(["جهة الخبر: ", "مصدر المعلومات: "]) + "، ".join(srcs)])
            elif aname == "wm_src":
                srcs = src_list(["وكالات", "مجلات عالمية", "دراسات منشورة"])
                add("sources", ["بالاستناد إلى: " + " و".join(srcs)])
            else:
                srcs = src_list(["وكالات", "مراسل الجريدة", "البيان الرسمي"])
                add("sources", ["المصادر: " + "؛ ".join(srcs)])
            truth["sources"] = srcs
        elif aname in ("lg_tags", "ha_tags", "cm_tags", "mn_tags", "fc_tags", "wm_tags"):
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            if aname == "lg_tags":
                add("tags", ["تصنيفات قانونية: " + " ⁘ ".join(tags)])
            elif aname == "ha_tags":
                add("tags", ["Kalmomi: " + ", ".join(tags)])
            elif aname == "cm_tags":
                add("tags", [("Պիտակներ՝ " if hy else "Tikketti: ") + ", ".join(tags)])
            elif aname == "mn_tags":
                add("tags", ["الكلمات الدلالية: " + "، ".join(tags)])
            elif aname == "fc_tags":
                add("tags", ["وسوم: " + " ".join("#" + t for t in tags)])
            else:
                add("tags", ["مواضيع: " + " ❘ ".join(tags)])
            truth["tags"] = tags
        elif aname == "lg_terms":
            lines = ["مصطلحات وردت في الخبر"]
            for t, d_ in rng.sample(LG_TERMS, 2):
                lines.append(f"• {t}: {d_}")
            add("terms", lines)
        elif aname == "lg_lawyers":
            add("lawyers", ["دليل المحامين المعتمدين"] + [f"{x} — 0{rng.randint(100000000, 999999999)}"
                                                         for x in rng.sample(LG_LAWYERS, 2)])
        elif aname == "lg_more":
            add("related", ["قضايا تتابعها البوابة"] + [f"▸ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "lg_disclaimer":
            add("disclaimer", ["جميع المتهمين أبرياء حتى تثبت إدانتهم بحكم قضائي نهائي، والمعلومات الواردة "
                               "مصدرها أوراق الدعوى والجلسات العلنية."])
        elif aname == "ha_share":
            add("share", ["Raba wannan labari:", "WhatsApp | Facebook | X | Telegram"])
        elif aname == "ha_latest":
            lines = ["Sabbin Labarai"]
            for _ in range(rng.randint(2, 4)):
                lines.append(f"{others.pop()} — awa {rng.randint(1, 20)} da suka wuce")
            add("latest", lines)
        elif aname == "ha_comments":
            n = rng.randint(1, 3)
            lines = [f"Sharhi ({n})"]
            for who in rng.sample(HA_COMMENTERS, n):
                lines += [who, rng.choice(HA_COMMENTS), "Amsa"]
            lines.append("Bar sharhi")
            add("comments", lines)
        elif aname == "cm_share":
            add("share", ["Կիսուիլ՝" if hy else "Aqsam:", "Facebook · WhatsApp · Email"])
        elif aname == "cm_obits":
            lines = ["🕯 وفيات الجالية"]
            for _ in range(rng.randint(1, 2)):
                a = future(crawl, rng, 1, 4)
                who = rng.choice(["المرحوم هاغوب", "المرحومة ماري", "المرحوم عبد السلام", "المرحومة زهرة"])
                lines.append(f"{who} {rng.choice(['ك.', 'س.', 'م.'])} — يُقام الجناز يوم {G.WD[a.weekday()]} "
                             f"{a.day} {G.LEV[a.month - 1]} في {rng.choice(CM_HALLS)}")
            add("obits", lines)
        elif aname == "cm_jobs":
            add("jobs", ["Xogħol | فرص عمل" if not hy else "Աշխատանք | فرص عمل",
                         f"مطلوب {rng.choice(['محاسب', 'سائق', 'مدرّسة لغة عربية', 'طباخ'])} — "
                         f"{rng.choice(['دوام كامل', 'دوام جزئي'])} — للتواصل: +{rng.choice(['356', '961'])} "
                         f"{rng.randint(1000000, 9999999)}"])
        elif aname == "cm_comments":
            n = rng.randint(1, 3)
            lines = [f"Մեկնաբանութիւններ ({n})" if hy else f"Kummenti ({n})"]
            for who in rng.sample(["Հ. Ա.", "أبو سركيس", "Maria B.", "سعاد", "Nabil"], n):
                lines += [f"{who}:", rng.choice(["خبر جميل للجالية", "شكرًا على المتابعة", "نرجو الترجمة إلى الأرمنية أيضًا"
                                                   if hy else "Grazzi tal-informazzjoni"])]
            add("comments", lines)
        elif aname == "mn_prices":
            unit = "ر.ع/كغ" if city == "مسقط" else "د.ب/كغ"
            lines = [f"أسعار السوق المركزي ليوم {G.WD[crawl.weekday()]}", "الصنف ▸ أدنى ▸ أعلى"]
            for item in rng.sample(MN_PRICES, 3):
                lo = rng.randint(90, 900)
                lines.append(f"{item} ▸ {lo / 1000:.3f} ▸ {(lo + rng.randint(20, 200)) / 1000:.3f} {unit}")
            add("prices", lines)
        elif aname == "mn_calendar":
            mon = G.EG[crawl.month - 1]
            add("calendar", [f"{'التقويم الزراعي' if ctx['mn'] == 'ag' else 'روزنامة التوعية'} لشهر {mon}"] +
                [f"◦ {x}" for x in rng.sample(MN_CAL[ctx['mn']], 2)])
        elif aname == "mn_services":
            add("services", ["خدمات ذات صلة",
                             "طلب ترخيص مزرعة | حجز موعد إرشادي | بلاغ عن آفة" if ctx["mn"] == "ag" else
                             "حجز موعد تطعيم | الاستعلام عن نتيجة فحص | بلاغ صحي"])
        elif aname == "mn_related":
            add("related", ["أخبار الوزارة"] + [f"- {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "fc_fixtures":
            lines = ["مباريات الفريق القادمة"]
            a = crawl
            for opp in rng.sample(FC_TEAMS, 3):
                a = future(a, rng, 3, 8)
                lines.append(f"{G.WD[a.weekday()]} {a.day}/{a.month} × {opp} — {rng.choice([17, 19, 20, 21])}:00")
            add("fixtures", lines)
        elif aname == "fc_results":
            club = extra if key == "fc" else "الشعلة"
            lines = ["آخر النتائج"]
            for opp in rng.sample(FC_TEAMS, 3):
                lines.append(f"{club} {rng.randint(0, 4)} - {rng.randint(0, 3)} {opp}")
            add("results", lines)
        elif aname == "fc_squad":
            lines = ["قائمة الفريق للمباراة"]
            for k, pl in enumerate(rng.sample(FC_PLAYERS, 5)):
                lines.append(f"{rng.randint(1, 40)} - {pl} ({FC_POS[min(k, len(FC_POS) - 1)]})")
            add("squad", lines)
        elif aname == "fc_table":
            lines = ["ترتيب الدوري", "الفريق | لعب | نقاط"]
            pts = sorted(rng.sample(range(20, 70), 4), reverse=True)
            for t, pt in zip(rng.sample(FC_TEAMS, 4), pts):
                lines.append(f"{t} | {rng.randint(24, 30)} | {pt}")
            add("table", lines)
        elif aname == "fc_sponsors":
            add("sponsors", ["شركاؤنا: " + " · ".join(rng.sample(FC_SPONSORS, 3))])
        elif aname == "fc_member":
            add("member", ["انضم إلى عضوية الجماهير الذهبية واحصل على أولوية التذاكر", "اشترك الآن"])
        elif aname == "wm_share":
            add("share", ["شاركي المقال", "Pinterest · WhatsApp · Instagram"])
        elif aname == "wm_more":
            add("related", ["مقالات تهمّكِ"] + [f"♡ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "wm_recipe":
            add("recipe", [f"وصفة اليوم: {rng.choice(['سلطة الكينوا بالرمان', 'شوربة العدس بالليمون', 'كيك البرتقال'])}",
                           f"⏲ {rng.randint(15, 60)} دقيقة · {rng.randint(2, 6)} أشخاص"])
        elif aname == "wm_comments":
            n = rng.randint(1, 3)
            lines = [f"تعليقات القارئات ({n})"]
            for who in rng.sample(WM_READERS, n):
                lines += [who, rng.choice(WM_COMMENTS), f"❤ {rng.randint(0, 60)}"]
            add("comments", lines)
        comp.setdefault("after", []).append(aname)

    if gdoc and (notes or anchors):
        lines = ["________________"]
        for k, mark in enumerate(notes):
            lines.append(f"{mark} {GD_NOTES[k % len(GD_NOTES)]}")
        for mark in anchors:
            who = rng.choice([p for p in PEOPLE["gd"] if p not in authors])
            lines.append(f"{mark}{who}: {rng.choice(GD_COMMENTS)}")
            if rng.random() < 0.3:
                lines.append(f"{rng.choice(authors or PEOPLE['gd'])}: تم")
        add("doc_notes", lines)

    ffmt = pick("footer")
    if ffmt == "f_lg":
        add("footer", [f"© {year} {site} | جميع الحقوق محفوظة", "سياسة النشر القضائي · اتصل بنا · أعلن لدينا"])
    elif ffmt == "f_ha":
        add("footer", [f"© {year} {site}. Duk haƙƙin mallaka a kiyaye.", "Game da Mu · Tuntube Mu · Manufofin Sirri"])
    elif ffmt == "f_cm":
        add("footer", [f"© {year} {site} · Բոլոր իրաւունքները պաշտպանուած են" if hy else
                       f"© {year} {site} · Id-drittijiet kollha riżervati"])
    elif ffmt == "f_mn":
        add("footer", [f"جميع الحقوق محفوظة © {year} {site}", "سياسة الاستخدام | إخلاء المسؤولية | خريطة الموقع"])
    elif ffmt == "f_fc":
        add("footer", [f"© {year} {site} — الموقع الرسمي", "الرعاة | التذاكر | المتجر | اتصل بنا"])
    elif ffmt == "f_wm":
        add("footer", [f"© {year} {site} — جميع الحقوق محفوظة", "اتصلي بنا · أعلني معنا · سياسة الخصوصية"])

    # layout
    single = layout in ("single", "gdoc_single")
    out = []
    chrome_lines = []
    prev = None
    for g in groups:
        kind = g["kind"]
        if out and not g["glue"]:
            if not (single and kind in ("body", "heading") and prev in ("body", "heading", "body_label")):
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
