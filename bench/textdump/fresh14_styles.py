"""The `fresh14` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh14 --n 2000 --seed 59
    python3 bench/textdump/score_dumps.py --split fresh14 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH14 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by someone who has not read the extractor, its tests, its
fixtures or its benchmark notes. No component here is meant to be one of the
tune, held-out, fresh, fresh2, ..., fresh13 ones (as far as their generators
show). Only the aggregate rows of `score_dumps.py --split fresh14` are ever
reported; once the extractor is changed because of anything learnt here, the
split is spent.

The eight styles imitate text dumps of kinds of pages the other splits do not:
a Sudanese independent news site (WordPress-like, with exchange rates and a
breaking-news ticker), a Saharan/Maghreb national wire agency's dispatch page
with French and Tamazight chrome, the Arabic site of a TV channel from Iraqi
Kurdistan (Sorani Kurdish in the chrome, a live strip and a broadcast
schedule), an Algerian regional daily (prayer times, French chrome, the
`10سا15د` clock), a group blog of Syrian exiles in Germany (German legal and
cookie chrome, a Blogger-like date header above the title and the posting
time after the post, an archive tree), a Gulf government media centre
(accessibility bar, numeric Gregorian/Hijri widgets, the image before the
title, tabbed key/value rows, attachments, a page-update stamp), the page of
a Levantine daily as dumped by a text-mode browser (`lynx -dump`: numbered
links, `* [n]` menus, hard-wrapped indented paragraphs, form fields, a
`References` list), and a per-document random draw of these components.
Site names, people and the vocabulary are invented. The corpus texts, the
lede choice (abstract / teaser / promoted first paragraph), the inserted
headings and the other articles' titles in related blocks are the
gen_dumps.py ones.

New here: widgets `25 أبريل 2024م – 16 شوال 1445هـ`, `اليوم: الخميس
25-04-2024`, French `Nouakchott, le jeudi 25 avril 2024` (`1er` for the
first) and `Jeudi 25 Avril 2024 – 16 Chaoual 1445`, Sorani Kurdish
`پێنجشەممە، ٢٥ی نیسانی ٢٠٢٤`, a city temperature before a numeric date,
`… الموافق لـ 16 شوال 1445` after a Maghreb month, `سطيف في: 25/04/2024`,
German `Heute ist Donnerstag, der 25. April 2024`, dashed numeric
Gregorian/Hijri pairs, a Hijri-first pair joined by a dash, a city with a
Levantine month in Arabic-Indic digits, and a header `آخر تحديث:` clock.
Publication lines with a 12-hour clock and a period word (`صباحًا`,
`ظهرًا`, `عصرًا`, `مساءً`, `ليلًا`, `فجرًا`), a relative time beside a
numeric date, a section before a year-first slashed date, `بُثّت يوم … (ت.غ)`,
a clock-first `10:15 - 25/4/2024`, `أُذيع في … بتوقيت أربيل`, a bare relative
time, `25-04-2024 | 10سا15د`, `بتاريخ 25 أفريل 2024، 10:15`, a date header
above the title with the time in a post footer, German `Veröffentlicht am
25. April 2024 um 10:15 Uhr` before or after the post, `تاريخ الخبر` in a
tabbed row, `أُدرج بتاريخ` with a Hijri/Gregorian pair, `أُضيف في:`; update
lines (`آخر تعديل:`, `آخر تحديث:`, `عُدِّل في:`, `Aktualisiert am`) and a
footer page-update stamp. Datelines `المدينة في 25 أبريل /وكالة/` and the
official `المدينة في 16 شوال 1445هـ الموافق 25 أبريل 2024م (وكالة) – `.
Chrome: tickers, currency and prayer-time strips, weather, Tamazight and
Kurdish language bars, live and schedule strips, app promos, accessibility
bars, French and German cookie banners, `&nbsp;` leftovers, group-join
promos, `PUBLICITÉ`, pull quotes (a body sentence repeated between
paragraphs), editors' initials, related dispatches with dates, comment
forms, comments with places or dates, blog archive trees, donation boxes,
attachments with sizes, page ratings, screen-resolution footers, numbered
lynx links, `[IMG]`, banner file names, `(BUTTON)` and `____` form fields,
`References`. Headings after `▍` or `◆`, with a colon, or flush left in
the lynx dump. Noise: NBSP, spaces before Arabic punctuation,
Arabic-Indic digits in the body, soft hyphens, tatweel, RLMs around the
title, tab-indented paragraphs, hard-wrapped paragraphs, CRLF, BOM.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once. A lynx headline shown only as a link keeps
  no `[n]`. The tab line `SITE - TITLE`, a breadcrumb ending in the title,
  the title in the wire's latest-dispatches list and a caption that uses the
  title are chrome (lines equal to the title are left out of the chrome).
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its language, script or calendar; with two calendars
  the Gregorian date; a header `آخر تحديث:` clock of the site is such a
  widget. Pages without a widget: null. Exchange rates, prayer times, the
  live strip, schedules, comment dates, related-dispatch dates and the
  footer page-update stamp are no widget.
- published: the publication line's date, with `THH:MM` when it shows a
  time (12-hour clocks by their period word, zones kept as printed):
  wherever it stands, above the title, under it or after the body. The
  blog's date header and its post-footer time make one value. A relative
  time alone states no date: null; beside a numeric date, that date. Update
  lines and the footer page-update stamp go to the extra `modified` key
  (not scored). A dated dateline only occurs with a publication line (the
  same day) and stays in the paragraph.
- summary: a deck under the title, a lede after the meta lines or after
  the caption, or a labelled lede (label inline or on the line before;
  without the label; a labelled lede is always a lede). An unlabelled lede
  with nothing between it and the body (no meta, caption or chrome line, no
  dateline opening the body) stays a lede only when it is a teaser that the
  first paragraph repeats; a promoted first paragraph or an abstract there
  goes into the body. A promoted first paragraph under 8 words is never a
  lede. A deck may be repeated as the first paragraph (the TV site does
  it): then it is both the summary and the body's first paragraph.
- blocks: the corpus paragraphs whatever the wrapping, indentation or
  digits; headings without their marks or colon; pull quotes, `&nbsp;`
  lines, ads, promos and initials are no blocks.
- images: caption without its credit label; the credit as written without
  its label.
- sources: the items of `نقلًا عن:`, `المصدر:` (the media centre's line);
  tags: `الكلمات الدالة:`, `تصنيفات:`, `مصنّف تحت:`, `الكلمات الدلالية:`.
- authors (extra key, not scored): the byline's or post footer's names (an
  Algerian initials signature as printed); an editing desk, the wire's
  closing initials, a montage credit or a commenter is no author.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed (in the lynx dump also without its link numbers and
  list star), minus those that also
  occur in the body and those equal to the title or the summary.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh14"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
FR_HIJ = ["Mouharram", "Safar", "Rabie El Aouel", "Rabie Ethani", "Djoumada El Oula", "Djoumada Ethania", "Radjab",
          "Chaabane", "Ramadhane", "Chaoual", "Dhou El Kaada", "Dhou El Hidja"]
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
KU_WD = ["دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "هەینی", "شەممە", "یەکشەممە"]
KU_MON = ["کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران", "تەممووز", "ئاب", "ئەیلوول",
          "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم"]
IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
RLM = "\u200f"
SHY = "\u00ad"
LK_OPEN, LK_CLOSE = "\ue000", "\ue001"

# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city)]
SITES = {
    "sd": [("بوابة الخرطوم الآن", "khartoum-now.net", "أخبار السودان لحظة بلحظة", "الخرطوم"),
           ("صحيفة النخلة السودانية", "alnakhla-sd.com", "", "أم درمان"),
           ("أخبار كردفان اليوم", "kordofan-today.info", "صوت الأقاليم", "الأبيض")],
    "wire": [("وكالة أنباء الصحراء الكبرى", "asp-sahara.info", "Agence Saharienne de Presse", "Nouakchott"),
             ("وكالة الأطلس للأنباء", "atlas-presse.net", "Agence Atlas de Presse", "Rabat"),
             ("وكالة شنقيط للأنباء", "chinguetti-info.net", "Agence Chinguetti d'Information", "Nouakchott"),
             ("وكالة الهقار للأنباء", "hoggar-presse.net", "Agence Hoggar Presse", "Alger")],
    "krd": [("آشتي 24", "ashti24.net", "قناة إخبارية من أربيل", "أربيل"),
            ("كوردستان الآن", "kurdistan-alan.net", "", "السليمانية"),
            ("شبكة بيستون الإخبارية", "bestun-news.com", "بالعربية", "دهوك")],
    "dz": [("صوت الهضاب", "sawt-elhidhab.dz", "La Voix des Hauts Plateaux", "سطيف"),
           ("جريدة الونشريس", "elouancharis.dz", "يومية جزائرية مستقلة", "تيسمسيلت"),
           ("بوابة الساحل الجزائري", "sahel-dz.com", "", "وهران")],
    "blog": [("جسور برلين", "bruecken-blog.de", "كتابات سورية من المنفى الألماني", "Berlin"),
             ("منبر المنفى", "manbar-exil.de", "مدونة جماعية لكتّاب عرب في ألمانيا", "Köln"),
             ("دفاتر لاجئ", "dafater-blog.de", "يوميات ومقالات رأي", "Hamburg")],
    "gov": [("مركز الاتصال الحكومي", "gcomm-portal.gov", "الموقع الرسمي", "المنامة"),
            ("بوابة الإعلام الرسمية", "media-gateway.gov", "المركز الإعلامي", "مسقط"),
            ("إدارة الإعلام والعلاقات العامة", "pr-dept.gov", "الديوان العام", "الكويت")],
    "lx": [("الضفتين", "addaftain.jo", "يومية سياسية مستقلة", "عمّان"),
           ("الكرمل اليوم", "karmel-today.ps", "", "رام الله"),
           ("شرفات عمّان", "shurufat-amman.com", "صحيفة إلكترونية", "عمّان")],
}
PEOPLE = {"sd": ["عثمان ميرغني الطيب", "آمنة حسن عبد الله", "الطاهر إدريس", "هبة محجوب", "مجاهد بشير"],
          "wire": ["سيدي محمد ولد أحمد", "خديجة بنت الشيخ", "محمد الأمين ولد سيدي", "يحيى ولد عبد الله"],
          "krd": ["هيمن عبد الله", "شيرزاد حسن", "آراس محمد", "لانه كريم", "دلشاد عمر"],
          "dz": ["سمير بوزيد", "نوال حمادي", "عبد الرحيم مرابط", "ليلى بن عمار", "رشيد قاسمي"],
          "blog": ["ياسر الحلبي", "لينا عبد الرحمن", "مازن الديري", "هالة السويداوي", "عمر الشامي"],
          "gov": ["سلمان الهاجري", "مريم البلوشي", "عبدالعزيز المطيري"],
          "lx": ["رامي الخطيب", "سهى العمري", "باسل النابلسي", "رنا حداد", "فراس المجالي"]}
FEMALE = ["آمنة حسن عبد الله", "هبة محجوب", "خديجة بنت الشيخ", "لانه كريم", "نوال حمادي", "ليلى بن عمار",
          "لينا عبد الرحمن", "هالة السويداوي", "مريم البلوشي", "سهى العمري", "رنا حداد"]
DZ_INITIALS = ["ع. سمير", "م. بلقاسم", "ن. حمادي", "ر. قاسمي", "ح. يوسف"]
SECTIONS = {"sd": ["أخبار السودان", "تقارير وتحقيقات", "اقتصاد", "الولايات", "منوعات"],
            "wire": ["الأخبار الوطنية", "المغرب العربي", "إفريقيا", "اقتصاد", "العالم"],
            "krd": ["كوردستان", "العراق", "المنطقة", "العالم", "اقتصاد"],
            "dz": ["الوطني", "محلي", "دولي", "اقتصاد", "رياضة"],
            "blog": ["مقالات رأي", "قصص اللجوء", "ترجمات", "يوميات"],
            "gov": ["الأخبار", "البيانات الصحفية", "الفعاليات", "القرارات"],
            "lx": ["أخبار المملكة", "فلسطين", "شؤون عربية", "مال وأعمال", "رياضة"]}
NAV = {"sd": ["الرئيسة", "أخبار السودان", "الولايات", "اقتصاد", "حوارات", "أعمدة", "رياضة", "منوعات",
              "السودان في الصحافة العالمية"],
       "wire": ["Accueil | الرئيسية", "الأخبار الوطنية", "المغرب العربي", "إفريقيا", "العالم", "اقتصاد", "رياضة",
                "ثقافة", "صور وفيديو"],
       "krd": ["سەرەکی", "آخر الأخبار", "كوردستان", "العراق", "المنطقة", "العالم", "اقتصاد", "رياضة", "برامج",
               "ڤیدیۆ"],
       "dz": ["الواجهة", "الوطني", "محلي", "Actualités", "دولي", "اقتصاد", "Sport", "ثقافة", "ملاحق"],
       "blog": ["الصفحة الرئيسية", "مقالات", "قصص اللجوء", "ترجمات", "عن المدونة", "Deutsch"],
       "gov": ["عن المركز", "الأخبار", "البيانات الصحفية", "الفعاليات", "المكتبة الإعلامية", "الخدمات الإلكترونية",
               "تواصل معنا"],
       "lx": ["الصفحة الأولى", "أخبار المملكة", "فلسطين", "شؤون عربية", "العالم", "مال وأعمال", "رياضة",
              "كتّاب الضفتين", "كاريكاتير"]}
CAPTIONS = ["وفود رسمية خلال جلسة افتتاح الملتقى", "سوق شعبية في وسط المدينة", "آليات تعمل في مشروع لتأهيل الطرق",
            "لقطة من الاجتماع الوزاري", "متطوعون في مركز لتوزيع المساعدات", "طلاب داخل قاعة امتحانات",
            "حقل زراعي على ضفاف النهر", "سيارات إسعاف أمام مستشفى حكومي", "منظر ليلي لوسط العاصمة",
            "مؤتمر صحفي للمتحدث الرسمي", "عمال في ميناء تجاري", "لاعبون خلال حصة تدريبية",
            "وزراء يلتقطون صورة جماعية", "محطة لتوليد الكهرباء", "طابور أمام مخبز في حي سكني"]
CREDITS = {"sd": ["محمد عثمان", "أرشيف الصحيفة", "سونا", "منصات التواصل"],
           "wire": ["أرشيف الوكالة", "قسم التصوير بالوكالة", "AFP", "EFE"],
           "krd": ["عدسة القناة", "أرشيف", "وكالات", "مراسلنا"],
           "dz": ["وأج", "أرشيف", "ف. بلقاسم", "م. سليماني"],
           "blog": ["privat", "Wikimedia Commons", "dpa", "picture alliance", "Pixabay"],
           "gov": ["المكتب الإعلامي", "وكالة الأنباء الرسمية", "قسم التصوير", "الديوان"],
           "lx": ["خليل عودة", "أرشيف الصحيفة", "رويترز", "مراسلنا"]}
LEDE_LABEL = {"sd": "موجز الخبر:", "wire": "ملخص:", "krd": "في سطور:", "dz": "الملخص:", "blog": "باختصار:",
              "gov": "الخبر باختصار:", "lx": "خلاصة:"}
KRD_PROGS = ["نشرة الأخبار", "حوار الأسبوع", "ملف اليوم", "من كوردستان", "المشهد الاقتصادي", "رياضة الأسبوع",
             "نافذة على العالم"]
DZ_PEOPLE = ["مراد – سطيف", "نسيمة – بجاية", "عبد القادر – تلمسان", "سليم – عنابة", "أم إياد – البليدة",
             "Karim – Alger"]
DZ_COMMENTS = ["ربي يحفظ بلادنا", "خبر مهم، شكرا للجريدة على المتابعة", "نتمنى أن تصل هذه المشاريع إلى ولايتنا أيضا",
               "الأمور لا تتغير إلا بالعمل الجاد في الميدان", "أين المسؤولون المحليون من كل هذا؟",
               "مقال في المستوى، بالتوفيق"]
BLOG_PEOPLE = ["سلمى ك.", "Ahmad aus Leipzig", "أبو نزار", "ريما", "Hassan", "لاجئ في بريمن"]
BLOG_COMMENTS = ["شكرًا على هذه الكتابة الصادقة", "أختلف معك في بعض النقاط، لكن المقال يستحق القراءة",
                 "Danke für den Beitrag!", "كلامك يلامس ما نعيشه هنا يوميًا", "هل من ترجمة ألمانية للمقال؟",
                 "مقال مهم، شاركته مع أصدقائي"]
BLOG_BIO = {False: ["كاتب وصحفي مقيم في {city}، يكتب عن قضايا اللجوء والاندماج.",
                   "مهندس سابق وكاتب هاوٍ، يدوّن من {city} عن الحياة بين لغتين.",
                   "باحث في العلوم السياسية، يعيش في {city} منذ سنوات."],
            True: ["كاتبة وصحفية مقيمة في {city}، تكتب عن قضايا اللجوء والاندماج.",
                   "مترجمة وباحثة، تعيش في {city} منذ سنوات وتكتب في الشأن العام.",
                   "معلّمة سابقة، تدوّن من {city} عن الحياة بين لغتين."]}
DE_CITY_AR = {"Berlin": "برلين", "Köln": "كولونيا", "Hamburg": "هامبورغ"}
BANNERS = ["banner-728x90.gif", "ad_top_970.jpg", "leaderboard2.png", "sponsor-box.gif"]


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="sd", pre=[], header=[], widget=[None], kicker=0.0, title_noise=[None], title_pos=["top"],
             byline=[None], publine=[None], update=0.0, counter=0.0, lede=[None], lede_place=["deck"], caption=0.0,
             caption_fmt=["c_sd"], caption_title=0.0, headings=0.0, heading_fmt=["h_plain"], dateline=[None],
             mid=[], after=[], footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0)

STYLES = {
    "fresh14_1": dict(site="sd", header=[("sd_ticker", 0.6), ("site_name", 1.0), ("widget", 0.85), ("sd_fx", 0.5),
                                         ("nav", 1.0)],
                      widget=["w_sd_gh", "w_sd_today"], kicker=0.5, title_noise=[None, None, "nbsp"],
                      byline=["b_sd_kataba", "b_sd_report", "b_sd_desk", None],
                      publine=["p_sd_word", "p_sd_word", "p_sd_rel"], update=0.3, counter=0.6,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "label", "after_meta"],
                      caption=0.8, caption_fmt=["c_sd"], caption_title=0.2, headings=0.3, heading_fmt=["h_plain"],
                      dateline=["dl_sd", None], mid=[("sd_join", 0.5), ("sd_ad", 0.4), ("sd_nbsp", 0.5)],
                      after=[("sd_src", 0.5), ("sd_share", 0.8), ("sd_rel", 0.7), ("sd_fbc", 0.5)],
                      footer=["f_sd"], layout=["blank"], body_noise=[None, None, "space_punct", "nbsp"]),
    "fresh14_2": dict(site="wire", header=[("wire_lang", 0.8), ("site_name", 1.0), ("widget", 0.8), ("nav", 0.9),
                                           ("wire_latest", 0.6)],
                      widget=["w_fr_city", "w_fr_hij"], kicker=0.8, byline=["b_wire", None, None],
                      publine=["p_wire", "p_wire_gmt"], update=0.35, lede=[None, None, "teaser"],
                      lede_place=["deck"], caption=0.4, caption_fmt=["c_wire"], headings=0.0,
                      dateline=["dl_qna", "dl_qna", None],
                      after=[("wire_init", 0.7), ("wire_tags", 0.6), ("wire_tools", 0.7), ("wire_rel", 0.7)],
                      footer=["f_wire"], layout=["wire", "blank"], body_noise=[None], crlf=0.3),
    "fresh14_3": dict(site="krd", pre=[("krd_cookie", 0.4)],
                      header=[("krd_lang", 0.8), ("krd_live", 0.6), ("site_name", 1.0), ("widget", 0.85),
                              ("nav", 1.0)],
                      widget=["w_ku", "w_krd_city"], kicker=0.6, title_noise=[None, None, "rlm"],
                      byline=["b_krd", "b_krd_prep", None], publine=["p_krd_clock", "p_krd_aired", "p_krd_rel"],
                      counter=0.6, lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "deck_first"], caption=0.7, caption_fmt=["c_krd"], headings=0.35,
                      heading_fmt=["h_diamond", "h_plain"], mid=[("krd_watch", 0.5), ("krd_also", 0.5)],
                      after=[("krd_tags", 0.6), ("krd_app", 0.5), ("krd_most", 0.7), ("krd_sched", 0.5)],
                      footer=["f_krd"], layout=["single", "blank"], body_noise=[None, None, "indic"]),
    "fresh14_4": dict(site="dz", pre=[("dz_cookie", 0.5)],
                      header=[("dz_top", 0.7), ("dz_prayer", 0.6), ("site_name", 1.0), ("widget", 0.85),
                              ("dz_weather", 0.4), ("nav", 1.0)],
                      widget=["w_dz_hij", "w_dz_num"], kicker=0.5, title_noise=[None, None, "tatweel"],
                      byline=["b_dz_name", "b_dz_init", None], publine=["p_dz_sa", "p_dz_bt"], counter=0.5,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["after_caption", "deck"],
                      caption=0.75, caption_fmt=["c_dz"], headings=0.3, heading_fmt=["h_square", "h_plain"],
                      mid=[("dz_pub", 0.5), ("dz_also", 0.5)],
                      after=[("dz_share", 0.6), ("dz_rel", 0.7), ("dz_form", 0.5), ("dz_comments", 0.5)],
                      footer=["f_dz"], layout=["tab_indent", "blank"], body_noise=[None, "space_punct", "shy"]),
    "fresh14_5": dict(site="blog", pre=[("blog_cookie", 0.6)],
                      header=[("blog_top", 0.7), ("site_name", 1.0), ("widget", 0.4), ("nav", 0.9),
                              ("blog_crumb", 0.4)],
                      widget=["w_de_today"], byline=["b_blog_guest", None, None],
                      publine=["p_blog_head", "p_blog_head", "p_blog_de", "p_blog_de_end"], update=0.3,
                      counter=0.4, lede=[None, "abstract", "teaser", None], lede_place=["label_line", "deck"],
                      caption=0.6, caption_fmt=["c_blog"], headings=0.5, heading_fmt=["h_bar", "h_plain"],
                      mid=[("blog_pull", 0.4)],
                      after=[("blog_labels", 0.7), ("blog_nav", 0.7), ("blog_about", 0.5), ("blog_comments", 0.5),
                             ("blog_archive", 0.5), ("blog_donate", 0.4)],
                      footer=["f_blog"], layout=["blank"], body_noise=[None]),
    "fresh14_6": dict(site="gov", header=[("gov_tab", 0.4), ("gov_a11y", 0.8), ("site_name", 1.0), ("widget", 0.85),
                                          ("nav", 0.8), ("gov_crumb", 0.7)],
                      widget=["w_gov_pair", "w_gov_hfirst"], kicker=0.4, title_pos=["after_caption", "top"],
                      byline=[None], publine=["p_gov_ymd", "p_gov_pair"], counter=0.7,
                      lede=[None, "abstract", "teaser", "promoted"], lede_place=["label", "after_meta"],
                      caption=0.7, caption_fmt=["c_gov"], headings=0.25, heading_fmt=["h_colon"],
                      dateline=["dl_gov", "dl_gov", None],
                      after=[("gov_att", 0.5), ("gov_src", 0.6), ("gov_rate", 0.5), ("gov_tools", 0.7),
                             ("gov_updated", 0.6), ("gov_rel", 0.6)],
                      footer=["f_gov"], layout=["blank"], body_noise=[None, "nbsp"], crlf=0.5, bom=0.3),
    "fresh14_7": dict(site="lx", header=[("lx_rel", 0.8), ("lx_skip", 0.7), ("site_name", 1.0), ("nav", 1.0),
                                         ("widget", 0.85), ("lx_search", 0.6)],
                      widget=["w_lx_indic", "w_lx_upd"], kicker=0.6, title_noise=[None, None, "link"],
                      byline=["b_lx", None], publine=["p_lx_added"], update=0.3, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "after_meta"],
                      caption=0.6, caption_fmt=["c_lx"], headings=0.35, heading_fmt=["h_plain"],
                      mid=[("lx_ad", 0.5), ("lx_also", 0.5)],
                      after=[("lx_tags", 0.6), ("lx_share", 0.8), ("lx_rel", 0.7), ("lx_form", 0.6)],
                      footer=["f_lx"], layout=["lynx"], body_noise=[None]),
    "fresh14_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["gov_tab", "lx_rel", "krd_lang", "wire_lang", "dz_top", "blog_top", "gov_a11y", "lx_skip",
                "sd_ticker", "krd_live", "dz_prayer", "site_name", "widget", "sd_fx", "dz_weather", "nav",
                "lx_search", "wire_latest", "blog_crumb", "gov_crumb"]
HEAD_POOL = ["krd_lang", "wire_lang", "dz_top", "gov_a11y", "sd_ticker", "krd_live", "dz_prayer", "sd_fx",
             "dz_weather", "lx_search", "wire_latest", "blog_crumb", "gov_crumb", "gov_tab"]
PRE_POOL = ["krd_cookie", "dz_cookie", "blog_cookie"]
MID_POOL = ["sd_join", "sd_ad", "sd_nbsp", "krd_watch", "krd_also", "dz_pub", "dz_also", "blog_pull", "lx_ad",
            "lx_also"]
AFTER_POOL = ["sd_src", "sd_share", "sd_rel", "sd_fbc", "wire_init", "wire_tags", "wire_tools", "wire_rel",
              "krd_tags", "krd_app", "krd_most", "krd_sched", "dz_share", "dz_rel", "dz_form", "dz_comments",
              "blog_labels", "blog_nav", "blog_about", "blog_comments", "blog_archive", "blog_donate", "gov_att",
              "gov_src", "gov_rate", "gov_tools", "gov_updated", "gov_rel", "lx_tags", "lx_share", "lx_rel",
              "lx_form"]
CHOICES = dict(widget=["w_sd_gh", "w_sd_today", "w_fr_city", "w_fr_hij", "w_ku", "w_krd_city", "w_dz_hij",
                       "w_dz_num", "w_de_today", "w_gov_pair", "w_gov_hfirst", "w_lx_indic", "w_lx_upd", None],
               byline=["b_sd_kataba", "b_sd_report", "b_sd_desk", "b_wire", "b_krd", "b_krd_prep", "b_dz_name",
                       "b_dz_init", "b_blog_guest", "b_lx", None],
               publine=["p_sd_word", "p_sd_rel", "p_wire", "p_wire_gmt", "p_krd_clock", "p_krd_aired", "p_krd_rel",
                        "p_dz_sa", "p_dz_bt", "p_blog_head", "p_blog_de", "p_blog_de_end", "p_gov_ymd",
                        "p_gov_pair", "p_lx_added", None],
               caption_fmt=["c_sd", "c_wire", "c_krd", "c_dz", "c_blog", "c_gov", "c_lx"],
               lede_place=["deck", "after_meta", "after_caption", "label", "label_line", "deck_first"],
               heading_fmt=["h_plain", "h_bar", "h_diamond", "h_square", "h_colon"],
               dateline=["dl_sd", "dl_qna", "dl_gov", None],
               footer=["f_sd", "f_wire", "f_krd", "f_dz", "f_blog", "f_gov", "f_lx", None],
               body_noise=[None, "nbsp", "space_punct", "indic", "shy"],
               title_noise=[None, "nbsp", "rlm", "tatweel"],
               title_pos=["top", "after_caption"])
BASES = [f"fresh14_{k}" for k in range(1, 8)]


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
    names = own + extra + ["site_name", "widget", "nav"]
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    pre = [p for p in PRE_POOL if rng.random() < 0.2]
    spec["pre"] = [(p, 1.0) for p in pre[:1]]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["update"] = rng.choice([0.0, 0.4])
    spec["counter"] = rng.choice([0.0, 0.5])
    spec["caption"] = 0.6
    spec["caption_title"] = rng.choice([0.0, 0.2])
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["headings"] = 0.4
    spec["mid"] = [(m, 0.3) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.2]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    if spec["layout"] != ["lynx"]:
        spec["layout"] = [rng.choice(["blank", "blank", "single", "wire", "tab_indent", "lynx"])]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def hm(h, m):
    return f"{h:02d}:{m:02d}"


def period(hh):
    """The period word of a 12-hour clock."""
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


def since(delta, rng):
    """A relative time for a page seen `delta` days after it appeared."""
    if delta <= 0:
        if rng.random() < 0.25:
            return f"منذ {rng.randint(11, 55)} دقيقة"
        n = rng.randint(2, 10)
        return "منذ ساعتين" if n == 2 else f"منذ {n} ساعات"
    if delta == 1:
        return rng.choice(["منذ يوم", "منذ 24 ساعة"])
    if delta == 2:
        return "منذ يومين"
    return f"منذ {delta} أيام"


def fr_day(day):
    return "1er" if day == 1 else str(day)


def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    hy, hmo, hd = G.hijri(d)
    if fmt == "w_sd_gh":
        return [f"{day} {G.EG[m]} {y}م – {hd} {G.HIJ[hmo - 1]} {hy}هـ"]
    if fmt == "w_sd_today":
        return [f"اليوم: {wd} {day:02d}-{m + 1:02d}-{y}"]
    if fmt == "w_fr_city":
        city = ctx["city"] if ctx["key"] == "wire" else rng.choice(["Nouakchott", "Alger", "Rabat", "Tunis"])
        return [f"{city}, le {FR_WD[wk]} {fr_day(day)} {FR_MON[m]} {y}"]
    if fmt == "w_fr_hij":
        return [f"{FR_WD[wk].capitalize()} {fr_day(day)} {FR_MON[m].capitalize()} {y} – {hd} {FR_HIJ[hmo - 1]} {hy}"]
    if fmt == "w_ku":
        return [f"{KU_WD[wk]}، {str(day).translate(IND)}ی {KU_MON[m]}ی {str(y).translate(IND)}"]
    if fmt == "w_krd_city":
        city = ctx["city"] if ctx["key"] == "krd" else "أربيل"
        return [f"{city} {rng.randint(4, 44)}°  |  {wd} {day}/{m + 1}/{y}"]
    if fmt == "w_dz_hij":
        return [f"{wd} {day} {G.MAG[m]} {y} الموافق لـ {hd} {G.HIJ[hmo - 1]} {hy}"]
    if fmt == "w_dz_num":
        city = ctx["city"] if ctx["key"] == "dz" else "الجزائر"
        return [f"{city} في: {day:02d}/{m + 1:02d}/{y}"]
    if fmt == "w_de_today":
        return [f"Heute ist {DE_WD[wk]}, der {day}. {DE_MON[m]} {y}"]
    if fmt == "w_gov_pair":
        return [f"{day:02d}-{m + 1:02d}-{y}م | {hd:02d}-{hmo:02d}-{hy}هـ"]
    if fmt == "w_gov_hfirst":
        return [f"{wd} {hd} {G.HIJ[hmo - 1]} {hy}هـ - {day} {G.EG[m]} {y}م"]
    if fmt == "w_lx_indic":
        city = ctx["city"] if ctx["key"] == "lx" else "عمّان"
        return [f"{city} – {wd} {day} {G.LEV[m]} {y}".translate(IND)]
    if fmt == "w_lx_upd":
        return [f"آخر تحديث: {wd} {day} {G.LEV[m]} {y} {hm(rng.randint(6, 23), rng.randint(0, 59))}"]
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng, ctx):
    """Where and how the publication date shows: dict(above=[lines above the title], meta=[meta lines],
    after=[lines after the body], value=published truth or None)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(above=[], meta=[], after=[], value=full)
    if fmt == "p_sd_word":
        s = f"نُشر في: {wd} {day} {G.EG[m]} {y}"
        if tm:
            s += f" – {G.h12(tm[0])}:{tm[1]:02d} {period(tm[0])}"
        out["meta"] = [s]
    elif fmt == "p_sd_rel":
        out["meta"] = [f"{since((ctx['crawl'] - d).days, rng)} | {day}/{m + 1}/{y}"]
        out["value"] = d.isoformat()
    elif fmt == "p_wire":
        out["meta"] = [f"{ctx['section']} | {y}/{m + 1:02d}/{day:02d}" + (f" - {hm(*tm)}" if tm else "")]
    elif fmt == "p_wire_gmt":
        out["meta"] = [f"بُثّت يوم {day:02d}/{m + 1:02d}/{y}" + (f" على الساعة {hm(*tm)} (ت.غ)" if tm else "")]
    elif fmt == "p_krd_clock":
        out["meta"] = [(f"{hm(*tm)} - " if tm else "") + f"{day}/{m + 1}/{y}"]
    elif fmt == "p_krd_aired":
        out["meta"] = [f"أُذيع في {wd} {day} {G.LEV[m]} {y}" + (f" - الساعة {hm(*tm)} بتوقيت أربيل" if tm else "")]
    elif fmt == "p_krd_rel":
        out["meta"] = [since((ctx["crawl"] - d).days, rng)]
        out["value"] = None
    elif fmt == "p_dz_sa":
        out["meta"] = [f"{day:02d}-{m + 1:02d}-{y}" + (f" | {tm[0]:02d}سا{tm[1]:02d}د" if tm else "")]
    elif fmt == "p_dz_bt":
        out["meta"] = [f"بتاريخ {day} {G.MAG[m]} {y}" + (f"، {hm(*tm)}" if tm else "")]
    elif fmt == "p_blog_head":
        out["above"] = [f"{wd}، {day} {G.EG[m]}، {y}"]
        who = ctx["name"]
        ctx["authors"] = [who]
        if tm:
            clock = f"{G.h12(tm[0])}:{tm[1]:02d} {'م' if tm[0] >= 12 else 'ص'}"
            out["after"] = [f"{'كتبته' if who in FEMALE else 'كتبه'} {who} عند الساعة {clock}"]
        else:
            out["after"] = [f"{'كتبته' if who in FEMALE else 'كتبه'} {who}"]
    elif fmt in ("p_blog_de", "p_blog_de_end"):
        line = f"Veröffentlicht am {day}. {DE_MON[m]} {y}" + (f" um {hm(*tm)} Uhr" if tm else "")
        out["meta" if fmt == "p_blog_de" else "after"] = [line]
    elif fmt == "p_gov_ymd":
        out["meta"] = [f"تاريخ الخبر\t{y}/{m + 1:02d}/{day:02d}"]
        out["value"] = d.isoformat()
    elif fmt == "p_gov_pair":
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"أُدرج بتاريخ {hd}/{hmo}/{hy}هـ – {day}/{m + 1}/{y}م" + (f" – {hm(*tm)}" if tm else "")]
    elif fmt == "p_lx_added":
        s = f"أُضيف في: {day}/{m + 1}/{y}" + (f" الساعة {hm(*tm)}" if tm else "")
        out["meta"] = [s.translate(IND) if ctx["indic"] else s]
    else:
        raise ValueError(fmt)
    return out


UPDATE_OF = {"p_sd_word": "u_sd", "p_wire": "u_wire", "p_wire_gmt": "u_wire", "p_lx_added": "u_lx",
             "p_blog_de": "u_de", "p_blog_de_end": "u_de"}


def fmt_update(ufmt, pub, tm, crawl, rng, ctx):
    """(line, modified truth) of an update line no later than the crawl day; (None, None) without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 30)))
    d, hh, mi = u.date(), u.hour, u.minute
    if ufmt == "u_sd":
        line = (f"آخر تحديث: {G.WD[d.weekday()]} {d.day} {G.EG[d.month - 1]} {d.year} – "
                f"{G.h12(hh)}:{mi:02d} {period(hh)}")
    elif ufmt == "u_wire":
        line = f"آخر تعديل: {d.year}/{d.month:02d}/{d.day:02d} - {hm(hh, mi)}"
    elif ufmt == "u_lx":
        line = f"عُدِّل في: {d.day}/{d.month}/{d.year} الساعة {hm(hh, mi)}"
        if ctx["indic"]:
            line = line.translate(IND)
    else:
        line = f"Aktualisiert am {d.day}. {DE_MON[d.month - 1]} {d.year} um {hm(hh, mi)} Uhr"
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


def title_shown(title, kind, rng):
    if kind == "nbsp":
        return G.noisy(title, ["nbsp"], rng)
    if kind == "rlm":
        return RLM + title + RLM
    if kind == "tatweel":
        return G.add_tatweel(title, rng)
    return title


def heading_shown(h, fmt):
    return {"h_plain": h, "h_bar": f"▍{h}", "h_diamond": f"◆ {h}", "h_square": f"■ {h}", "h_colon": f"{h}:"}[fmt]


def body_noise(text, kind, rng):
    if kind == "nbsp":
        return G.noisy(text, ["nbsp"], rng)
    if kind == "space_punct":
        return re.sub(r"(?<=\S)([،؛.:])(?=\s)", lambda mt: " " + mt.group(1) if rng.random() < 0.6 else mt.group(1),
                      text)
    if kind == "indic":
        return text.translate(IND)
    if kind == "shy":
        ws = text.split(" ")
        for k in range(len(ws)):
            w = ws[k]
            if len(w) >= 7 and re.fullmatch(r"[\u0621-\u064a]+", w) and rng.random() < 0.08:
                p = rng.randint(3, len(w) - 3)
                ws[k] = w[:p] + SHY + w[p:]
        return " ".join(ws)
    return text


def caption_lines(cfmt, cap, credit):
    if cfmt == "c_sd":
        return [f"{cap} ▪ عدسة: {credit}"]
    if cfmt == "c_wire":
        return [f"{cap}. حقوق الصورة: {credit}"]
    if cfmt == "c_krd":
        return [f"{cap} — {credit}"]
    if cfmt == "c_dz":
        return [f"{cap} – ت: {credit}"]
    if cfmt == "c_blog":
        return [f"{cap} | Foto: {credit}"]
    if cfmt == "c_gov":
        return [cap, f"— {credit}"]
    if cfmt == "c_lx":
        return ["[IMG]", f"{cap} – بعدسة {credit}"]
    raise ValueError(cfmt)


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


# --------------------------------------------------------------- rendering
def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict), the same schema as gen_dumps.render()."""
    key = spec["site"]
    comp = {"site": key, "base": spec.get("base")}
    others = Pool([o for o in rng.sample(others, min(len(others), 60)) if fold(o) != fold(doc["title"])], rng)
    groups = []  # dicts: kind, lines, chrome (bool), glue (no blank line before)
    links = {}  # link id -> url

    def pick(k):
        v = rng.choice(spec[k])
        comp[k] = v
        return v

    def add(kind, lines, chrome=True, glue=False):
        groups.append(dict(kind=kind, lines=list(lines), chrome=chrome, glue=glue))

    def lk(text, url):
        """A link: `[n]text` in a lynx dump (numbered in page order at the end), plain text otherwise."""
        i = len(links)
        links[i] = url
        return f"{LK_OPEN}{i}{LK_CLOSE}{text}"

    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub, tm = doc["crawl"], doc["pub"], doc["time"]
    truth = new_truth(title)
    site, dom, tagline, city = rng.choice(SITES[key])
    year = crawl.year
    layout = pick("layout")
    lynx = layout == "lynx"
    base_url = f"https://{dom}"
    section = rng.choice(SECTIONS[key])
    name = rng.choice(PEOPLE[key])
    fem = name in FEMALE
    ctx = dict(key=key, site=site, city=city, crawl=crawl, section=section, name=name, authors=None,
               indic=rng.random() < 0.4)

    def url(path=None):
        return f"{base_url}/{path if path else rng.randint(10000, 99999)}"

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    lede_place = pick("lede_place")
    if summary and lede_place == "deck_first" and lede_mode in ("abstract", "promoted"):
        paras.insert(0, summary)  # the deck repeated as the first paragraph: summary and body both
    elif lede_place == "deck_first":
        lede_place = "deck"
        comp["lede_place"] = lede_place
    bfmt = pick("byline")
    pfmt = pick("publine") if pub else None
    comp["publine"] = pfmt
    pinfo = fmt_publine(pfmt, pub, tm, rng, ctx) if pfmt else None
    if pinfo:
        truth["published"] = pinfo["value"]
    nkind = pick("body_noise")

    # dateline opening the first paragraph
    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dl = G.dateline_parts(doc["author"]) if dform else None
    dl_used = False
    if dl and paras:
        place, rest = dl
        if dform == "dl_sd":
            paras[0] = f"{place}: {rest} – {paras[0]}"
        elif dform == "dl_qna":
            if pinfo and pinfo["value"]:
                paras[0] = f"{place} في {pub.day} {G.EG[pub.month - 1]} /{rest}/ {paras[0]}"
            else:
                paras[0] = f"{place} /{rest}/ {paras[0]}"
        else:
            if pinfo and pinfo["value"]:
                hy, hmo, hd = G.hijri(pub)
                paras[0] = (f"{place} في {hd} {G.HIJ[hmo - 1]} {hy}هـ الموافق {pub.day} {G.EG[pub.month - 1]} "
                            f"{pub.year}م ({rest}) – {paras[0]}")
            else:
                paras[0] = f"{place}، {rest} – {paras[0]}"
        truth["dateline"] = place
        if G.AGENCY_CODES.get(rest):
            truth["agencies"].append(G.AGENCY_CODES[rest])
        dl_used = True
        comp["dateline"] = dform

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "krd_cookie":
            add("cookie", ["يعتمد موقعنا على ملفات الارتباط لقياس عدد الزوار وتحسين الخدمة.", "حسنًا، فهمت"])
        elif pname == "dz_cookie":
            add("cookie", ["Ce site utilise des cookies pour mesurer l'audience et améliorer votre navigation. En "
                           "poursuivant, vous acceptez leur utilisation.", "J'accepte", "En savoir plus"])
        elif pname == "blog_cookie":
            add("cookie", ["Wir verwenden Cookies, um unsere Website für Sie zu verbessern.", "Alle akzeptieren",
                           "Nur notwendige", "Einstellungen"])

    # header
    if lynx and rng.random() < 0.3:
        add("rel", ["#" + " ".join([lk(f"{site} » الخلاصة", f"{base_url}/feed/"),
                                    lk(f"{site} » خلاصة التعليقات", f"{base_url}/comments/feed/")])])
        comp["lynx_rel"] = True
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "gov_tab":
            add("tab", [f"{site} - {title}"])
        elif hname == "lx_rel":
            if not comp.get("lynx_rel"):
                add("rel", ["#" + lk(f"{site} » الخلاصة", f"{base_url}/feed/")])
        elif hname == "krd_lang":
            add("lang", ["کوردی | عربي | English | Türkçe | فارسی"])
        elif hname == "wire_lang":
            add("lang", ["العربية | Français | English | ⵜⴰⵎⴰⵣⵉⵖⵜ"])
        elif hname == "dz_top":
            add("top", ["النسخة الورقية PDF | Version française | اتصل بنا"])
        elif hname == "blog_top":
            add("top", ["ابحث في المدونة", "Impressum | Datenschutz | Kontakt"])
        elif hname == "gov_a11y":
            add("a11y", [" | ".join(["تكبير الخط A+", "تصغير الخط A-", "تباين الألوان", "قارئ الشاشة", "English"])])
        elif hname == "lx_skip":
            add("skip", [lk("تخطَّ إلى المحتوى", f"{base_url}/#content")])
        elif hname == "sd_ticker":
            add("ticker", [f"عاجل | {others.pop()}", f"عاجل | {others.pop()}"])
        elif hname == "krd_live":
            h1 = rng.randint(8, 21)
            add("live", ["🔴 بث مباشر", f"يُعرض الآن: {rng.choice(KRD_PROGS)}",
                         f"التالي {h1 + 1:02d}:00: {rng.choice(KRD_PROGS)}"])
        elif hname == "dz_prayer":
            add("prayer", [f"مواقيت الصلاة – {city if key == 'dz' else 'الجزائر العاصمة'}",
                           f"الفجر {hm(4, rng.randint(10, 59))} | الظهر {hm(12, rng.randint(30, 59))} | "
                           f"العصر {hm(16, rng.randint(0, 45))} | المغرب {hm(19, rng.randint(0, 50))} | "
                           f"العشاء {hm(20, rng.randint(30, 59))}"])
        elif hname == "site_name":
            shown = lk(site, base_url + "/") if lynx else site
            add("site_name", [shown, tagline] if tagline else [shown])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "sd_fx":
            add("fx", [f"سعر الصرف اليوم: الدولار {rng.randint(1100, 2600)} جنيه | الريال السعودي "
                       f"{rng.randint(300, 700)} جنيه | الدرهم الإماراتي {rng.randint(300, 700)} جنيه"])
        elif hname == "dz_weather":
            add("weather", [f"الجزائر {rng.randint(8, 38)}° | وهران {rng.randint(8, 38)}° | قسنطينة "
                            f"{rng.randint(3, 36)}°"])
        elif hname == "nav":
            vocab = NAV[key]
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(4, len(vocab) - 1))
            if lynx:
                add("nav", [f"* {lk(it, url('category/' + str(k)))}" for k, it in enumerate(items, 1)])
            elif key == "sd":
                add("nav", [" ◆ ".join(items)])
            elif key == "wire":
                add("nav", [" ▪ ".join(items)])
            elif key == "dz":
                add("nav", [" / ".join(items)])
            elif key == "blog":
                add("nav", [" · ".join(items)])
            else:
                add("nav", items)
        elif hname == "lx_search":
            add("search", ["البحث: ____________________ (BUTTON) ابحث"])
        elif hname == "wire_latest":
            lines = ["آخر البرقيات"]
            items = [others.pop() for _ in range(rng.randint(2, 4))]
            if rng.random() < 0.5:
                items.insert(rng.randint(0, len(items)), title)
            for it in items:
                lines.append(f"{hm(rng.randint(6, 22), rng.randint(0, 59))} | {it}")
            add("latest", lines)
        elif hname == "blog_crumb":
            add("crumb", [f"الرئيسية » {section} » {title}"])
        elif hname == "gov_crumb":
            add("crumb", [f"أنت هنا: الرئيسية / المركز الإعلامي / {section}"])
        comp.setdefault("header", []).append(hname)

    # the article's head
    title_pos = pick("title_pos")
    tnoise = pick("title_noise")
    if tnoise == "link" and not lynx:
        tnoise = None
    shown_title = lk(title, url("article/" + str(rng.randint(100000, 999999)))) if tnoise == "link" \
        else title_shown(title, tnoise, rng)

    cap_group = None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        cap = title if rng.random() < spec["caption_title"] else rng.choice(CAPTIONS)
        ckey = cfmt[2:]
        credit = rng.choice(CREDITS[ckey])
        if ckey == "lx" and credit == "أرشيف الصحيفة":
            credit = f"أرشيف {site}"
        truth["images"].append({"caption": cap, "credit": credit})
        cap_group = caption_lines(cfmt, cap, credit)

    kicker = None
    if rng.random() < spec["kicker"]:
        kicker = {"sd": section, "wire": f"[ {section} ]", "krd": section, "dz": f"{section} | {city}",
                  "blog": section, "gov": "بيان صحفي", "lx": lk(section, url("section/" + str(rng.randint(1, 40))))
                  if lynx else section}[key]

    # meta lines
    meta = []
    authors = []
    if bfmt == "b_sd_kataba":
        meta.append(f"{'كتبت' if fem else 'كتب'}: {name}")
        authors = [name]
    elif bfmt == "b_sd_report":
        meta.append(f"تقرير: {name}")
        authors = [name]
    elif bfmt == "b_sd_desk":
        meta.append(f"متابعات – {site}")
    elif bfmt == "b_wire":
        town = rng.choice(["نواذيبو", "العيون", "أطار", "تمنراست", "ورزازات"])
        meta.append(f"{'مراسلة' if fem else 'مراسل'} الوكالة في {town}: {name}")
        authors = [name]
    elif bfmt == "b_krd":
        meta.append(f"{name} - {site}")
        authors = [name]
    elif bfmt == "b_krd_prep":
        other = rng.choice([p for p in PEOPLE["krd"] if p != name])
        meta.append(f"إعداد: {name} | مونتاج: {other}")
        authors = [name]
    elif bfmt == "b_dz_name":
        meta.append(name)
        authors = [name]
    elif bfmt == "b_dz_init":
        ini = rng.choice(DZ_INITIALS)
        meta.append(ini)
        authors = [ini]
    elif bfmt == "b_blog_guest":
        meta += [f"بقلم: {name}", "كاتبة ضيفة" if fem else "كاتب ضيف"]
        authors = [name]
    elif bfmt == "b_lx":
        meta += ["الكاتبة:" if fem else "الكاتب:",
                 lk(name, url("author/" + str(rng.randint(1, 300)))) if lynx else name]
        authors = [name]
    if pinfo:
        meta += pinfo["meta"]
        if ctx["authors"] and not authors:
            authors = ctx["authors"]
        ufmt = UPDATE_OF.get(pfmt)
        if ufmt and pinfo["value"] and rng.random() < spec["update"]:
            line, mod = fmt_update(ufmt, pub, tm, crawl, rng, ctx)
            if line:
                if pfmt == "p_blog_de_end":
                    pinfo["after"].append(line)
                else:
                    meta.append(line)
                truth["modified"] = mod
                comp["update"] = True
    truth["authors"] = authors
    if rng.random() < spec["counter"]:
        n = rng.randint(40, 25000)
        meta.append({"sd": f"عدد القراءات: {n}", "wire": f"قراءات: {n}", "krd": f"👁 {n:,}",
                     "dz": f"{n} قراءة | {rng.randint(0, 40)} تعليقات",
                     "blog": f"وقت القراءة: {rng.randint(3, 12)} دقائق",
                     "gov": f"عدد المشاهدات\t{n:,}", "lx": f"قُرئ {n} مرة"}[key])
    if key == "gov" and rng.random() < 0.6:
        meta.insert(0, f"رقم البيان\t{rng.randint(12, 260)}/{year}")

    def head_top():
        if kicker:
            add("kicker", [kicker])
        if pinfo and pinfo["above"]:
            add("dateheader", pinfo["above"])
        add("title", [shown_title], chrome=False)

    if title_pos == "after_caption" and cap_group:
        if kicker and key == "gov":
            add("kicker", [kicker])
            kicker = None
        add("caption", cap_group)
        cap_group = None
        head_top()
    else:
        head_top()
    label = LEDE_LABEL[key]
    if summary and lede_place in ("deck", "deck_first"):
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
            and lede_place not in ("label", "label_line", "deck_first") and not dl_used:
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
            if mname == "sd_join":
                add("promo", ["📢 تابعوا آخر أخبار السودان عبر قناتنا على تيليغرام – اضغط هنا"])
            elif mname == "sd_ad":
                add("ad", ["مساحة إعلانية"])
            elif mname == "sd_nbsp":
                add("nbsp", ["&nbsp;"])
            elif mname == "krd_watch":
                add("watch", [f"▶ شاهد التقرير ({rng.randint(1, 9):02d}:{rng.randint(0, 59):02d})"])
            elif mname == "krd_also":
                add("also", [f"تابع أيضًا: {lk(others.pop(), url()) if lynx else others.pop()}"])
            elif mname == "dz_pub":
                add("ad", ["– PUBLICITÉ –"])
            elif mname == "dz_also":
                add("also", [f"إقرأ كذلك: {lk(others.pop(), url()) if lynx else others.pop()}"])
            elif mname == "blog_pull":
                later = [s for bb in blocks[i:] if bb["type"] == "paragraph" for s in G.sentences(bb["text"])
                         if 6 <= len(s.split()) <= 25]
                if later:
                    add("pull", [f"«{rng.choice(later)}»"])
            elif mname == "lx_ad":
                add("ad", [f"[{rng.choice(BANNERS)}]"])
            elif mname == "lx_also":
                add("also", [f"اقرأ أيضًا: {lk(others.pop(), url()) if lynx else others.pop()}"])
        if b["type"] == "heading":
            add("heading", [b["text"] if lynx else heading_shown(b["text"], hfmt)], chrome=False)
        else:
            add("body", [body_noise(b["text"], nkind, rng)], chrome=False)

    # publication lines after the body
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
        if aname in ("sd_src", "gov_src"):
            if truth["sources"] or not doc["site"]:
                continue
            if aname == "sd_src":
                srcs = src_list(["وكالات", "سونا", "رويترز"])
                add("sources", ["نقلًا عن: " + "، ".join(srcs)])
            else:
                srcs = src_list(["وكالة الأنباء الرسمية", "المكتب الإعلامي"])
                add("sources", ["المصدر: " + " / ".join(srcs)])
            truth["sources"] = srcs
        elif aname in ("wire_tags", "krd_tags", "blog_labels", "lx_tags"):
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            if aname == "wire_tags":
                add("tags", ["الكلمات الدالة: " + " - ".join(tags)])
            elif aname == "krd_tags":
                add("tags", ["تصنيفات: " + "، ".join(tags)])
            elif aname == "blog_labels":
                add("tags", ["مصنّف تحت: " + "، ".join(tags)])
            elif lynx:
                add("tags", ["الكلمات الدلالية: " + " ".join(lk(t, url("tag/" + str(k))) for k, t in
                                                            enumerate(tags, 1))])
            else:
                add("tags", ["الكلمات الدلالية: " + " | ".join(tags)])
            truth["tags"] = tags
        elif aname == "sd_share":
            add("share", ["انشر الخبر:", "Facebook | WhatsApp | Telegram | X"])
        elif aname == "sd_rel":
            add("related", ["أخبار ذات علاقة"] + [f"■ {lk(others.pop(), url()) if lynx else others.pop()}"
                                                 for _ in range(rng.randint(2, 4))])
        elif aname == "sd_fbc":
            add("fbc", [f"{rng.randint(0, 30)} تعليقات", "ترتيب حسب: الأحدث", "أضف تعليقًا...",
                        "إضافة تعليقات فيسبوك"])
        elif aname == "wire_init":
            letters = "أبتجحدرسصطعفقلمنهي"
            a, b, c, e = (rng.choice(letters) for _ in range(4))
            add("initials", [f"({a}.{b}/ {c}.{e})"])
        elif aname == "wire_tools":
            add("tools", ["طباعة البرقية | إرسال إلى صديق | تحميل PDF"])
        elif aname == "wire_rel":
            lines = ["برقيات ذات صلة"]
            for _ in range(rng.randint(2, 4)):
                dd = crawl - datetime.timedelta(days=rng.randint(1, 40))
                t = lk(others.pop(), url()) if lynx else others.pop()
                lines.append(f"{dd.day:02d}/{dd.month:02d}/{dd.year} — {t}")
            add("related", lines)
        elif aname == "krd_app":
            add("app", [f"حمّل تطبيق {site} على هاتفك", "App Store | Google Play"])
        elif aname == "krd_most":
            add("related", ["الأكثر مشاهدة"] + [f"{rng.randint(1, 12):02d}:{rng.randint(0, 59):02d} | "
                                               f"{lk(others.pop(), url()) if lynx else others.pop()}"
                                               for _ in range(rng.randint(2, 4))])
        elif aname == "krd_sched":
            h0 = rng.randint(14, 19)
            add("sched", ["جدول البث اليوم"] + [f"{h0 + k:02d}:00 {prog}" for k, prog in
                                               enumerate(rng.sample(KRD_PROGS, 3))])
        elif aname == "dz_share":
            add("share", ["Partager :", "Facebook", "X", "WhatsApp", "E-mail"])
        elif aname == "dz_rel":
            add("related", ["مواضيع قد تعجبك"] + [lk(others.pop(), url()) if lynx else others.pop()
                                                 for _ in range(rng.randint(2, 4))])
        elif aname == "dz_form":
            add("form", ["شاركنا رأيك", "الاسم *", "البريد الإلكتروني *", "التعليق", "إرسال التعليق"])
        elif aname == "dz_comments":
            n = rng.randint(1, 3)
            lines = [f"{n} تعليقات" if n > 1 else "تعليق واحد"]
            for who in rng.sample(DZ_PEOPLE, n):
                lines += [who, rng.choice(DZ_COMMENTS), "رد"]
            add("comments", lines)
        elif aname == "blog_nav":
            add("bnav", ["« التدوينة السابقة", "التدوينة التالية »", "الصفحة الأولى"])
        elif aname == "blog_about":
            de_city = DE_CITY_AR.get(city, "برلين")
            add("about", ["عن الكاتبة" if fem else "عن الكاتب",
                          f"{name}: " + rng.choice(BLOG_BIO[fem]).format(city=de_city)])
        elif aname == "blog_comments":
            n = rng.randint(1, 3)
            lines = [f"{n} تعليقات" if n > 1 else "تعليق واحد"]
            start = pub or crawl
            for who in rng.sample(BLOG_PEOPLE, n):
                cd = start + datetime.timedelta(days=rng.randint(0, max(0, (crawl - start).days)))
                hh = rng.randint(0, 23)
                lines += [f"{who} يقول:",
                          f"{cd.day} {G.EG[cd.month - 1]} {cd.year} عند {G.h12(hh)}:{rng.randint(0, 59):02d} "
                          f"{'م' if hh >= 12 else 'ص'}",
                          rng.choice(BLOG_COMMENTS), "ردّ"]
            add("comments", lines + ["اكتب تعليقًا"])
        elif aname == "blog_archive":
            m = crawl.month - 1
            lines = ["أرشيف المدونة", f"▼ {crawl.year} ({rng.randint(8, 60)})", f"► {G.EG[m]} ({rng.randint(1, 9)})"]
            if m:
                lines.append(f"► {G.EG[m - 1]} ({rng.randint(1, 9)})")
            lines.append(f"► {crawl.year - 1} ({rng.randint(20, 90)})")
            add("archive", lines)
        elif aname == "blog_donate":
            add("donate", ["Unterstützen Sie unsere Arbeit | ادعموا استقلالية المدونة", "Spenden via PayPal"])
        elif aname == "gov_att":
            add("attach", ["المرفقات", f"نص البيان (PDF – {rng.randint(90, 900)} ك.ب)",
                           f"صور الفعالية (ZIP – {rng.randint(2, 60)} م.ب)"])
        elif aname == "gov_rate":
            k = rng.randint(2, 5)
            add("rate", ["قيّم هذا المحتوى", "★" * k + "☆" * (5 - k), f"({rng.randint(3, 400)} تقييمًا)"])
        elif aname == "gov_tools":
            add("tools", ["طباعة | إرسال بالبريد | حفظ PDF"])
        elif aname == "gov_updated":
            day0 = pub or (crawl - datetime.timedelta(days=rng.randint(0, 3)))
            start = datetime.datetime(day0.year, day0.month, day0.day, *(tm if pub and tm else (6, 0)))
            end = datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59)
            u = start + datetime.timedelta(minutes=rng.randint(1, max(1, int((end - start).total_seconds() // 60))))
            ud, hh, mi = u.date(), u.hour, u.minute
            add("updated", [f"آخر تحديث للصفحة: {ud.day:02d}/{ud.month:02d}/{ud.year} {hm(hh, mi)}"])
            if truth["modified"] is None:
                truth["modified"] = f"{ud.isoformat()}T{hm(hh, mi)}"
        elif aname == "gov_rel":
            add("related", ["أخبار أخرى من المركز"] + [f"› {lk(others.pop(), url()) if lynx else others.pop()}"
                                                      for _ in range(rng.randint(2, 4))])
        elif aname == "lx_share":
            add("share", [" ".join(lk(w, url("share/" + str(k))) if lynx else w
                                   for k, w in enumerate(["فيسبوك", "إكس", "واتساب", "بريد إلكتروني"]))])
        elif aname == "lx_rel":
            add("related", ["من الأرشيف"] + [f"* {lk(others.pop(), url())}" if lynx else others.pop()
                                             for _ in range(rng.randint(2, 4))])
        elif aname == "lx_form":
            add("form", ["أضف تعليقًا", "الاسم * ____________________", "البريد الإلكتروني * ____________________",
                         "التعليق ____________________", "(BUTTON) إرسال التعليق"])
        comp.setdefault("after", []).append(aname)

    ffmt = pick("footer")
    if ffmt == "f_sd":
        add("footer", [f"© {site} {year} – جميع الحقوق محفوظة", "تصميم وتطوير: نيل ويب للحلول الرقمية"])
    elif ffmt == "f_wire":
        add("footer", [f"جميع الحقوق محفوظة © {year} {site}", "يُرجى ذكر الوكالة عند إعادة نشر موادها",
                       "Conditions d'utilisation | Mentions légales"])
    elif ffmt == "f_krd":
        add("footer", [f"{site} © {year}", "هەموو مافەکان پارێزراون", "من نحن | اتصل بنا | أعلن معنا"])
    elif ffmt == "f_dz":
        add("footer", [f"© {year} {site} – Tous droits réservés", "Mentions légales | Publicité | Contact"])
    elif ffmt == "f_blog":
        add("footer", [f"© {year} {site}", "Impressum · Datenschutzerklärung · Kontakt", "تعمل المدونة بنظام ووردبريس"])
    elif ffmt == "f_gov":
        add("footer", [f"جميع الحقوق محفوظة © {year} {site}",
                       "يُفضَّل تصفح الموقع بدقة 1366×768 عبر أحدث المتصفحات",
                       "سياسة الخصوصية | شروط الاستخدام | إمكانية الوصول | خريطة الموقع"])
    elif ffmt == "f_lx":
        add("footer", [f"© {year} {site}. جميع الحقوق محفوظة.",
                       " ".join([lk("اتصل بنا", url("contact")), lk("أعلن لدينا", url("ads"))])])

    # layout
    out = []
    chrome_lines = []
    width = rng.randint(60, 70) if layout == "wire" else rng.randint(68, 76)
    comp["width"] = width if layout in ("wire", "lynx") else None
    prev = None
    for g in groups:
        kind = g["kind"]
        if out and not g["glue"]:
            if not (layout == "single" and kind in ("body", "heading") and prev in ("body", "heading")):
                out.append("")
        rendered = []
        for line in g["lines"]:
            if kind in ("body", "lede") and layout in ("wire", "lynx"):
                rendered += [("   " if lynx else "") + x for x in wrap(line, width - (3 if lynx else 0))]
            elif kind == "body" and layout == "tab_indent":
                rendered.append("\t" + line)
            elif lynx and kind in ("title", "heading", "rel"):
                rendered.append(line)
            elif lynx and kind == "nav":
                rendered.append("     " + line)
            elif lynx and len(line) > width:
                rendered += ["   " + x for x in wrap(line, width - 3)]
            elif lynx:
                rendered.append("   " + line)
            else:
                rendered.append(line)
        out += rendered
        if g["chrome"]:
            chrome_lines += [x.strip() for x in rendered]
        prev = kind
    text = "\n".join(out)
    order = {}
    if lynx:
        for mt in re.finditer(LK_OPEN + r"(\d+)" + LK_CLOSE, text):
            order.setdefault(int(mt.group(1)), len(order) + 1)

        def num(s):
            return re.sub(LK_OPEN + r"(\d+)" + LK_CLOSE, lambda mt: f"[{order[int(mt.group(1))]}]", s)

        text = num(text)
        bare = [re.sub(r"^\* ", "", re.sub(LK_OPEN + r"\d+" + LK_CLOSE, "", c)) for c in chrome_lines]
        chrome_lines = [num(c) for c in chrome_lines] + bare  # leaks with or without the link numbers
        refs = ["References", ""] + [f"{n:4d}. {links[i]}" for i, n in sorted(order.items(), key=lambda kv: kv[1])]
        if order:
            text += "\n\n" + "\n".join(refs)
            chrome_lines += [r.strip() for r in refs]
    else:
        text = re.sub(LK_OPEN + r"\d+" + LK_CLOSE, "", text)
        chrome_lines = [re.sub(LK_OPEN + r"\d+" + LK_CLOSE, "", c) for c in chrome_lines]
    text += "\n"
    if rng.random() < spec["crlf"]:
        text = text.replace("\n", "\r\n")
        comp["crlf"] = True
    if rng.random() < spec["bom"]:
        text = "\ufeff" + text
        comp["bom"] = True
    comp["links"] = len(order)
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
