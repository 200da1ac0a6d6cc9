"""The `fresh12` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh12 --n 2000 --seed 47
    python3 bench/textdump/score_dumps.py --split fresh12 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH12 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by someone who has not read the extractor, its tests, its
fixtures or its benchmark notes. No component here is meant to be one of the
tune, held-out, fresh, fresh2, ..., fresh11 ones (as far as their generators
show). Only the aggregate rows of `score_dumps.py --split fresh12` are ever
reported; once the extractor is changed because of anything learnt here, the
split is spent.

The eight styles imitate text dumps of kinds of pages the other splits do not:
a news channel's video page on a video platform (the article in the expanded
description, with the channel box, comments and the suggestions column), a
news site of the Arab community in Brazil or Argentina with its interface in
Portuguese or Spanish, a news syndication portal showing a partner's story, a
photo-gallery article of an Iraqi arts and society portal (slides between the
paragraphs), an Islamic cultural portal, a metered-paywall Gulf business
daily, a press-release distribution service, and a per-document random draw
of these components. Site names, people, brands and the vocabulary are
invented. The corpus texts, the lede choice (abstract / teaser / promoted
first paragraph), the inserted headings and the other articles' titles in
related blocks are the gen_dumps.py ones.

New here: Portuguese and Spanish date widgets (`quinta-feira, 25 de abril de
2024`, `Jueves 25 de Abril de 2024`, with a city before it); a Levantine
month with its number in brackets; a numeric date followed by the weekday; a
Hijri date with `هجري` and the Gregorian after `الموافق` with `ميلادي`, and
its numeric twin; a dashed date with the month name; an English RFC-style
widget with a GMT clock. Publication lines `Publicado em … às 10h15`,
`Publicado el … a las 10:15 hs.` with `Atualizado`/`Actualizado` update lines,
an Arabic line with a Latin-American city's time; a partner line with a
month-first numeric date (only when the day cannot be a month) or a relative
time; a video's view-count line with a numeric date between RLMs, a
live-stream or premiere date, or a relative time; an album line; `تاريخ الرفع:`
with `ميلادي`/`هجري`, a Hijri-first line with the Gregorian in brackets; an
ISO date-time with seconds and `GST`; a publication date only after the body
(the print-edition note, the "first appeared" note). Cookie and consent
banners in Arabic, Portuguese and Spanish, subscription promos, paywall
meters and gift boxes, currency strips, live football scores, video-platform chrome
(player clock, channel box, chips, suggestions with durations, transcript
box), partner lines and feedback prompts, slide counters, labelled inline
ledes (`ملخص المادة:`), `###` end marks, boilerplate `نبذة عن` boxes, media
contacts, disclaimers, reading-time and visit counters; headings in
`【】` or after `◉`.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once (a plain repeat above the slides or a
  hashtag line above it are chrome). Noise (tatweel, presentation forms,
  NBSP, zero-width characters) is display-normalized away.
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its language or calendar; with two calendars it is the
  Gregorian date. Pages without such a widget (the video page, the
  syndication portal, others at random) have none: null. Currency strips,
  scores and the footer's Hijri year are no date.
- published: the publication line's date, with `THH:MM` when it shows a time
  (12-hour `م` is afternoon; zones are kept as printed): wherever it stands,
  before or after the body. A relative time alone (`منذ 3 ساعات`, `قبل
  يومين`) states no date: null. The video page: the date of its view-count
  line (the article's date, or the crawl day for SaudiNewsNet articles),
  never a time. The Hijri-first line: the Gregorian date in brackets.
  Update lines (`Atualizado em`, `Actualizado el`) go to the extra `modified`
  key (not scored), never to published.
- summary: a deck under the title, a lede after the meta lines or after the
  caption, or an inline labelled lede (`ملخص المادة: …`, without the label;
  a labelled lede is always a lede). An unlabelled lede with nothing between
  it and the body (no meta line, caption, slide or chrome line, no dateline
  opening the body) stays a lede only when it is a teaser that the first
  paragraph repeats; a promoted first paragraph or an abstract there reads
  as the first paragraph and goes into the body. A first paragraph under 8
  words is never promoted. The video page's lede is only such a teaser.
- blocks: the corpus paragraphs whatever the layout; headings without `【】`
  or `◉ `; slides, meters, `###` and spacing noise are no blocks.
- images: every caption (each slide of a gallery, in order) without its
  counter, marks and credit label; the credit as written without its label.
- sources: the items of `Fonte:`/`Fuente:`, `مصدر المادة:`, `الجهة
  المُصدِرة:` and the partner named in `نُشرت هذه القصة في الأصل على …`;
  tags: the items of `Assuntos:`/`Temas:`, `التصنيفات الموضوعية:`, `اقرأ
  المزيد حول:`, `موضوعات البيان:` and the video's hashtags (without `#`,
  `_` as a space).
- authors (extra key, not scored): the byline's names; a channel, a
  photographer, a wire or a media contact is no author.
- chrome: every inserted line that is not title, lede or body (captions
  included), minus those that also occur in the body and those equal to the
  title or the summary.
"""
import datetime

from textnorm import display, fold

SPLIT = "fresh12"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
PT_WD = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
PT_MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
EN_WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
RLM = "\u200f"

# ------------------------------------------------------------ vocabularies
# (name, domain, language, tagline)
SITES = {
    "lat": [("صدى الجالية", "ecodacomunidade.com.br", "pt", "O jornal da comunidade árabe no Brasil"),
            ("المهجر الجديد", "novomahjar.com.br", "pt", "Desde 1991 • São Paulo"),
            ("الوطن اللاتيني", "elwatanlatino.com.ar", "es", "Periódico de la colectividad árabe argentina"),
            ("جسر الأنديز", "puenteandino.cl", "es", "")],
    "syn": [("Orbit Start", "orbitstart.com", "", ""), ("Nimbus News", "nimbus.news", "", ""),
            ("بوابة سُهيل", "suhail-portal.com", "", "")],
    "gal": [("دجلة آرت", "dijla-art.iq", "", "فن • مجتمع • صور"), ("عدسة الرافدين", "rafidain-lens.iq", "", ""),
            ("بغداد لايف", "baghdadlive.net", "", "منصة الصورة العراقية")],
    "isl": [("شبكة المنار العلمية", "almanar-ilmiya.net", "", "منبر للعلم والثقافة والفكر"),
            ("موقع الروضة الثقافي", "rawdah-thaqafi.org", "", ""),
            ("مكتبة الفرقان الرقمية", "furqan-lib.com", "", "مواد مختارة بعناية")],
    "pay": [("الاقتصادي اليوم", "aliqtisadi-today.com", "", "صحيفة المال والأعمال"),
            ("مال الخليج", "malgulf.com", "", ""), ("البورصة والأعمال", "borsa-amal.com", "", "")],
    "prw": [("مينا بريس واير", "menapresswire.com", "", "توزيع البيانات الصحفية"),
            ("خدمة الخليج للبيانات", "gulfreleases.net", "", ""),
            ("نيوزلينك عربي", "newslink-arabic.com", "", "")],
    "yt": [("", "", "", "")],
}
PEOPLE = {"lat": ["جورج حداد", "سميرة معلوف", "Ricardo Nassar", "ليلى الخوري", "Jorge Saade", "نبيل عطية"],
          "syn": ["رنا الشامي", "محمد عبد الهادي", "هالة منصور", "طارق يوسف", "دينا فؤاد"],
          "gal": ["أحمد الساعدي", "نور الهدى كاظم", "علي الموسوي", "سرى عبد الأمير"],
          "isl": ["د. عبدالله بن سالم الحربي", "أ. محمد إبراهيم الفقي", "صالح بن عمر العوضي", "د. أسماء عبدالرحمن"],
          "pay": ["فيصل الدوسري", "منى القحطاني", "خالد العمر", "ريم الحمادي", "ماجد الشحي"],
          "prw": ["سارة الخطيب", "يوسف المهيري", "Layla Haddad", "عمر بن شهاب"],
          "yt": [""]}
PHOTOGS = ["حيدر الربيعي", "صفاء كريم", "مصطفى العبيدي", "زينب ياسين", "مرتضى الخفاجي"]
PAY_ROLES = ["محرر شؤون الطاقة", "كاتب متخصص في الأسواق المالية", "مراسل الصحيفة في دبي", "محللة اقتصادية",
             "رئيس قسم الشركات"]
NAV = {"lat": {"pt": ["Comunidade | الجالية", "Brasil | البرازيل", "Mundo Árabe | العالم العربي",
                      "Economia | اقتصاد", "Cultura | ثقافة", "Esportes | رياضة"],
               "es": ["Colectividad | الجالية", "Argentina | الأرجنتين", "Mundo Árabe | العالم العربي",
                      "Opinión | رأي", "Cultura | ثقافة", "Deportes | رياضة"]},
       "gal": ["أخبار", "صور", "فيديو", "إنفوغراف", "فن", "مجتمع", "ملاعب"],
       "isl": ["الرئيسية", "المقالات", "الفتاوى", "المكتبة", "الصوتيات", "الأخبار", "الأسرة", "التاريخ"],
       "pay": ["الأسواق", "الطاقة", "العقار", "الشركات", "التقنية", "الاقتصاد الكلي", "رأي"],
       "syn": ["الرئيسية", "الأخبار", "الطقس", "المال", "الرياضة", "الترفيه", "أسلوب الحياة"]}
CAPTIONS = ["مشهد من الحي التجاري وسط المدينة", "أعلام مرفوعة أمام مبنى رسمي", "سيارات تعبر جسرًا عند الغروب",
            "طاولة اجتماعات قبل بدء الجلسة", "متطوعون يوزّعون مساعدات غذائية", "لوحة إرشادية على مدخل المطار",
            "رافعات في ميناء الحاويات", "حضور في قاعة المؤتمرات", "واجهة متجر في سوق شعبي",
            "عناصر أمن عند نقطة تفتيش", "ملعب كرة قدم قبل المباراة", "موظفون أمام شاشات التداول"]
GAL_CAPTIONS = ["لقطة بانورامية للموقع", "الزوار يلتقطون الصور التذكارية", "تفاصيل من المعرض",
                "الحضور في الصفوف الأمامية", "الأطفال خلال الفعالية", "المنصة قبل انطلاق الحفل",
                "الإضاءة الليلية للساحة", "فريق التنظيم في الكواليس", "ازدحام عند البوابة الرئيسية",
                "مشهد جوي للمنطقة", "الضيوف لدى وصولهم", "ختام الفعالية", "شارع المتنبي صباح الجمعة",
                "قارب على ضفة النهر"]
CREDITS = {"lat_pt": ["Divulgação", "Agência Brasil", "Arquivo pessoal", "Reprodução/TV"],
           "lat_es": ["Télam", "Archivo", "Prensa Club Sirio Libanés", "AFP"],
           "syn": ["Getty Images", "صور رويترز", "أسوشيتد برس", "EPA-EFE"],
           "isl": ["أرشيف الموقع", "بيكساباي", "مكتبة الصور"],
           "pay": ["بلومبرغ", "أرشيف الصحيفة", "رويترز", "شترستوك"],
           "prw": ["المكتب الإعلامي", "الجهة المُصدِرة", "خدمة الوسائط"]}
GAL_SCORES = [("الزوراء", "الشرطة"), ("القوة الجوية", "نفط البصرة"), ("الطلبة", "الكرخ"), ("زاخو", "أربيل"),
              ("النجف", "الميناء")]
COUNTRY = {"أبوظبي": "الإمارات العربية المتحدة", "دبي": "الإمارات العربية المتحدة", "القاهرة": "مصر",
           "الرياض": "المملكة العربية السعودية", "جدة": "المملكة العربية السعودية", "الدوحة": "قطر",
           "الكويت": "الكويت", "المنامة": "البحرين", "مسقط": "سلطنة عُمان", "عمان": "الأردن", "بيروت": "لبنان",
           "لندن": "المملكة المتحدة", "واشنطن": "الولايات المتحدة", "نيويورك": "الولايات المتحدة"}
YT_COMMENTS = ["الله يحفظ البلاد وأهلها", "تقرير ممتاز وشامل، شكرًا للقناة", "متى نشوف حلول حقيقية؟",
               "أول تعليق 😅", "الصوت منخفض في أول دقيقة", "المذيعة ممتازة ما شاء الله", "خبر محزن جدًا 💔",
               "نريد تغطية أكثر لهذا الموضوع", "من يتابع من المغرب؟ 🇲🇦", "الحقيقة غير كذا تمامًا",
               "كلام منطقي ويستحق النقاش"]
YT_HANDLES = ["@abu.faisal_1987", "@noura-k", "@m.alhashimi", "@salem.tv7", "@rawan_xr", "@user-qp4kz9bt2m",
              "@hussein.iraq", "@mona.says"]
LAT_COMMENTERS = ["Jorge H.", "سليم الحاج", "Maria Khoury", "أبو جورج", "Samir Abdo", "Claudia Ayub"]
LAT_COMMENTS = ["أخبار مهمة للجالية، شكرًا لكم", "Parabéns pela matéria!", "نتمنى الخير لبلادنا الأم",
                "¡Excelente nota!", "متى ستكون هناك تغطية لأخبار الجالية في الجنوب؟", "Muito bom, compartilhei."]
SYN_ADS = ["اكتشف أحدث عروض السيارات الكهربائية هذا الموسم", "هكذا تختار بطاقة السفر الأنسب لعائلتك",
           "خمسة أخطاء شائعة عند شراء أول منزل", "تخفيضات على رحلات الصيف تصل إلى 40٪"]
ISL_NOTES = ["الآراء الواردة في المواد المنشورة تعبّر عن أصحابها ولا تعبّر بالضرورة عن رأي الموقع",
             "للاستفسار العلمي يرجى التواصل مع إدارة الموقع عبر نموذج المراسلة"]
PRW_BOILER = ["{site} مؤسسة إعلامية تقدّم الأخبار والتحليلات لجمهورها في المنطقة والعالم عبر منصاتها الرقمية.",
              "تأسست {site} بهدف تقديم محتوى موثوق، وتصل منصاتها إلى ملايين القراء شهريًا."]
PAY_PARTNERS = [95, 132, 214, 317, 486]

# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="lat", pre=[], header=[], widget=[None], kicker=0.0, title_noise=[None], title_repeat=0.0,
             byline=[None], publine=[None], update=0.0, endline=[None], lede=[None], lede_place=["deck"],
             caption=0.0, caption_fmt=["syn"], gallery=False, slide_fmt=["gal_a"], headings=0.0,
             heading_fmt=["plain"], dateline=[None], mid=[], after=[], footer=[None], layout="blank",
             body_noise=[None], endmark=0.0, crlf=0.0)

STYLES = {
    "fresh12_1": dict(site="yt", layout="yt",
                      yt=dict(top=0.7, player=0.5, tags_above=0.35, tags_views=0.3, teaser=0.35, modes=["num", "num",
                              "live", "prem", "rel"], links=0.6, transcript=0.5, comments=0.8, related=0.85,
                              less=0.7, arabic_digits=0.3)),
    "fresh12_2": dict(site="lat", pre=[("lat_cookie", 0.5)],
                      header=[("lat_top", 0.8), ("site_name", 1.0), ("widget", 0.85), ("lat_fx", 0.4), ("nav", 1.0)],
                      widget=["w_lat"], byline=["lat", None], publine=["p_lat", "p_lat", "p_lat_ar"], update=0.4,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck"], caption=0.75,
                      caption_fmt=["lat"], headings=0.3, title_noise=[None, None, "nbsp"],
                      mid=[("lat_leia", 0.6), ("lat_pub", 0.4)],
                      after=[("lat_src", 0.5), ("lat_tags", 0.6), ("lat_share", 0.8), ("lat_wa", 0.4),
                             ("lat_comments", 0.5), ("lat_more", 0.6)],
                      footer=["f_lat"], body_noise=[None, None, "nbsp"]),
    "fresh12_3": dict(site="syn", header=[("syn_top", 1.0), ("syn_wx", 0.6), ("syn_tabs", 0.7), ("syn_partner", 1.0)],
                      kicker=0.5, byline=["syn", "syn", None], publine=["p_syn"],
                      lede=["abstract", "teaser", None, None], lede_place=["deck", "after_meta"], caption=0.8,
                      caption_fmt=["syn"], headings=0.35, heading_fmt=["plain"],
                      mid=[("syn_ad", 0.6), ("syn_cont", 0.4)],
                      after=[("syn_orig", 0.6), ("syn_feedback", 0.7), ("syn_react", 0.6), ("syn_more", 0.8),
                             ("syn_foryou", 0.6)],
                      footer=["f_syn"], body_noise=[None, "zw"]),
    "fresh12_4": dict(site="gal", header=[("site_name", 1.0), ("widget", 0.85), ("nav", 1.0), ("gal_scores", 0.45)],
                      widget=["w_gal", "w_gal_num"], kicker=0.6, title_noise=[None, None, "tatweel"],
                      title_repeat=0.3, byline=["gal", None], publine=["p_gal", "p_gal_cnt"],
                      lede=["abstract", "teaser", "promoted", None], lede_place=["after_meta"], gallery=True,
                      slide_fmt=["gal_a", "gal_b"], headings=0.2, heading_fmt=["box", "plain"],
                      after=[("gal_share", 0.7), ("gal_nav", 0.6), ("gal_more", 0.8), ("gal_top", 0.5)],
                      footer=["f_gal"]),
    "fresh12_5": dict(site="isl", header=[("isl_basmala", 0.5), ("site_name", 1.0), ("widget", 0.85),
                                          ("nav", 1.0), ("isl_search", 0.5)],
                      widget=["w_isl", "w_isl_num"], title_noise=[None, None, "pf"], byline=["isl", None],
                      publine=["p_isl", "p_isl_h"], lede=["abstract", "teaser", "promoted", None, None],
                      lede_place=["label", "label", "after_meta"], caption=0.3, caption_fmt=["isl"],
                      headings=0.45, heading_fmt=["dot", "plain"], mid=[("isl_also", 0.4)],
                      after=[("isl_src", 0.6), ("isl_tags", 0.6), ("isl_tools", 0.8), ("isl_note", 0.5),
                             ("isl_rel", 0.7), ("isl_form", 0.5)],
                      footer=["f_isl"], crlf=0.4),
    "fresh12_6": dict(site="pay", pre=[("pay_cmp", 0.6)],
                      header=[("pay_promo", 0.7), ("site_name", 1.0), ("widget", 0.85), ("nav", 1.0),
                              ("pay_login", 0.6)],
                      widget=["w_pay"], kicker=0.5, byline=["pay", "pay", None], publine=["p_pay_rel", None],
                      endline=["e_print", "e_web"], lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck"], caption=0.7, caption_fmt=["pay"], headings=0.4,
                      heading_fmt=["plain", "box"], mid=[("pay_meter", 0.7), ("pay_ad", 0.4)],
                      after=[("pay_tags", 0.6), ("pay_author", 0.5), ("pay_gift", 0.5), ("pay_sub", 0.6)],
                      footer=["f_pay"], body_noise=[None, "zw"]),
    "fresh12_7": dict(site="prw", header=[("prw_top", 1.0), ("prw_lang", 0.6), ("widget", 0.45), ("prw_crumb", 0.7)],
                      widget=["w_prw"], kicker=0.8, byline=[None], publine=["p_prw_iso", "p_prw_us"],
                      lede=["abstract", "abstract", "teaser", None], lede_place=["deck"], caption=0.5,
                      caption_fmt=["prw"], headings=0.3, dateline=["dl_prw", "dl_prw", None], endmark=0.8,
                      after=[("prw_about", 0.8), ("prw_contact", 0.7), ("prw_src", 0.6), ("prw_tags", 0.5),
                             ("prw_orig", 0.6), ("prw_disc", 0.5)],
                      footer=["f_prw"], body_noise=[None, "nbsp"], crlf=0.35),
    "fresh12_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["lat_top", "syn_top", "prw_top", "prw_lang", "isl_basmala", "pay_promo", "site_name", "syn_wx",
                "widget", "lat_fx", "nav", "syn_tabs", "gal_scores", "isl_search", "pay_login", "prw_crumb",
                "syn_partner"]
HEAD_POOL = ["lat_top", "prw_lang", "isl_basmala", "pay_promo", "syn_wx", "lat_fx", "gal_scores", "isl_search",
             "pay_login", "prw_crumb"]
PRE_POOL = ["lat_cookie", "pay_cmp"]
MID_POOL = ["lat_leia", "lat_pub", "syn_ad", "syn_cont", "isl_also", "pay_meter", "pay_ad"]
AFTER_POOL = ["lat_src", "lat_tags", "lat_share", "lat_wa", "lat_comments", "lat_more", "syn_orig", "syn_feedback",
              "syn_react", "syn_more", "syn_foryou", "gal_share", "gal_nav", "gal_more", "gal_top", "isl_src",
              "isl_tags", "isl_tools", "isl_note", "isl_rel", "isl_form", "pay_tags", "pay_author", "pay_gift",
              "pay_sub", "prw_about", "prw_contact", "prw_src", "prw_tags", "prw_orig", "prw_disc"]
CHOICES = dict(widget=["w_lat", "w_gal", "w_gal_num", "w_isl", "w_isl_num", "w_pay", "w_prw", None],
               byline=["lat", "syn", "gal", "isl", "pay", None],
               publine=["p_lat", "p_lat_ar", "p_syn", "p_gal", "p_gal_cnt", "p_isl", "p_isl_h", "p_pay_rel",
                        "p_prw_iso", "p_prw_us", None],
               endline=["e_print", "e_web", None],
               caption_fmt=["lat", "syn", "isl", "pay", "prw"],
               slide_fmt=["gal_a", "gal_b"],
               lede_place=["deck", "after_meta", "after_caption", "label"],
               heading_fmt=["plain", "box", "dot"],
               dateline=["dl_paren", "dl_rev", "dl_prw", None],
               footer=["f_lat", "f_syn", "f_gal", "f_isl", "f_pay", "f_prw", None],
               body_noise=[None, "nbsp", "zw"],
               title_noise=[None, "tatweel", "pf", "nbsp"])


def style_spec(name, rng):
    spec = dict(NBASE)
    spec.update(STYLES[name])
    if not spec.pop("mixed", False):
        return spec
    base = rng.choice([f"fresh12_{k}" for k in range(1, 8)])
    spec.update(STYLES[base])
    spec.pop("mixed", None)
    spec["base"] = base
    if spec["layout"] == "yt":
        spec["yt"] = dict(top=rng.choice([0.0, 1.0]), player=rng.choice([0.0, 1.0]),
                          tags_above=rng.choice([0.0, 0.5]), tags_views=rng.choice([0.0, 0.5]),
                          teaser=rng.choice([0.0, 0.5]), modes=[rng.choice(["num", "live", "prem", "rel"])],
                          links=rng.random(), transcript=rng.random(), comments=rng.random(),
                          related=rng.random(), less=rng.random(), arabic_digits=rng.choice([0.0, 1.0]))
        return spec
    for k, opts in CHOICES.items():
        if rng.random() < 0.5:
            spec[k] = [rng.choice(opts)]
    pre = [p for p in PRE_POOL if rng.random() < 0.2]
    spec["pre"] = [(p, 1.0) for p in pre[:1]]
    own = [h for h, _ in spec["header"] if h not in HEAD_POOL]
    extra = [h for h in HEAD_POOL if rng.random() < 0.2]
    names = set(own + extra + ["site_name", "widget", "nav"])
    if spec["site"] == "syn":
        names.discard("site_name")
    if spec["site"] == "prw":
        names.discard("nav")
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["title_repeat"] = rng.choice([0.0, 0.3])
    spec["update"] = rng.choice([0.0, 0.4])
    spec["caption"] = 0.6
    spec["gallery"] = rng.random() < 0.25
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["headings"] = 0.4
    spec["mid"] = [(m, 0.3) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.2]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["endmark"] = rng.choice([0.0, 0.0, 0.6])
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    return spec


# ------------------------------------------------------------------ dates
def hm(tm):
    return f"{tm[0]:02d}:{tm[1]:02d}"


def ampm(hh):
    return "م" if hh >= 12 else "ص"


def relative(delta, rng, word):
    """A relative time for a page seen `delta` days after it appeared (`word`: منذ or قبل)."""
    if delta <= 0:
        if rng.random() < 0.2:
            return f"{word} {rng.randint(5, 55)} دقيقة"
        return f"{word} {rng.randint(2, 10)} ساعات"
    if delta == 1:
        return rng.choice([f"{word} يوم واحد", "أمس"]) if word == "قبل" else rng.choice([f"{word} يوم", "أمس"])
    if delta == 2:
        return f"{word} يومين"
    return f"{word} {delta} أيام"


def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    if fmt == "w_lat":
        if ctx["lang"] == "pt":
            return [f"{PT_WD[d.weekday()]}, {day} de {PT_MON[m]} de {y}"]
        if rng.random() < 0.5:
            return [f"{ES_WD[d.weekday()].capitalize()} {day} de {ES_MON[m].capitalize()} de {y}"]
        city = "Santiago" if ctx["domain"].endswith(".cl") else "Buenos Aires"
        return [f"{city}, {ES_WD[d.weekday()]} {day} de {ES_MON[m]} de {y}"]
    if fmt == "w_gal":
        return [f"{wd} {day} {G.LEV[m]} ({m + 1}) {y}"]
    if fmt == "w_gal_num":
        return [f"{day}/{m + 1}/{y} - {wd}"]
    if fmt in ("w_isl", "w_isl_num"):
        hy, hmo, hd = G.hijri(d)
        if fmt == "w_isl":
            return [f"{wd} {hd} {G.HIJ[hmo - 1]} {hy} هجري الموافق {day} {G.EG[m]} {y} ميلادي"]
        return [f"{hd}/{hmo}/{hy}هـ الموافق {day}/{m + 1}/{y}م"]
    if fmt == "w_pay":
        return [f"{wd} {day:02d}-{G.EG[m]}-{y}"]
    if fmt == "w_prw":
        hh, mi = rng.randint(4, 20), rng.randint(0, 59)
        return [f"{EN_WD3[d.weekday()]}, {day:02d} {EN_MON3[m]} {y} {hh:02d}:{mi:02d} GMT"]
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng, ctx):
    """(lines, published truth) of a publication line before the body; truth None for a relative time."""
    y, m, day = d.year, d.month - 1, d.day
    truth = d.isoformat() + (f"T{hm(tm)}" if tm else "")
    if fmt == "p_lat":
        if ctx["lang"] == "pt":
            return [f"Publicado em {day:02d}/{m + 1:02d}/{y}" + (f" às {tm[0]:02d}h{tm[1]:02d}" if tm else "")], truth
        return [f"Publicado el {day:02d}/{m + 1:02d}/{y}" + (f" a las {hm(tm)} hs." if tm else "")], truth
    if fmt == "p_lat_ar":
        city = "ساو باولو" if ctx["lang"] == "pt" else "بوينس آيرس"
        return [f"نُشر في {day:02d}/{m + 1:02d}/{y}" + (f"، الساعة {hm(tm)} بتوقيت {city}" if tm else "")], truth
    if fmt == "p_syn":
        if day > 12:
            s = f"{m + 1}/{day}/{y}" + (f"، {G.h12(tm[0])}:{tm[1]:02d} {ampm(tm[0])}" if tm else "")
            return [s], truth
        return [relative((ctx["crawl"] - d).days, rng, "منذ")], None
    if fmt == "p_gal":
        return [f"أُنشئ الألبوم في {day}/{m + 1}/{y}" + (f" الساعة {hm(tm)}" if tm else "")], truth
    if fmt == "p_gal_cnt":
        return [f"{ctx['slides']} صور • {day}/{m + 1}/{y}" + (f" • {hm(tm)}" if tm else "")], truth
    if fmt == "p_isl":
        hy, hmo, hd = G.hijri(d)
        return [f"تاريخ الرفع: {day}/{m + 1}/{y} ميلادي - {hd}/{hmo}/{hy} هجري"], d.isoformat()
    if fmt == "p_isl_h":
        hy, hmo, hd = G.hijri(d)
        return [f"تاريخ النشر: {hd} {G.HIJ[hmo - 1]} {hy} هـ ({day}/{m + 1}/{y} م)"
                + (f" - الساعة {hm(tm)}" if tm else "")], truth
    if fmt == "p_pay_rel":
        return [f"نُشر {relative((ctx['crawl'] - d).days, rng, 'منذ')}"], None
    if fmt == "p_prw_us" and day > 12:
        return [f"{ctx['site']} | {m + 1}/{day}/{y}" + (f" {G.h12(tm[0])}:{tm[1]:02d} {ampm(tm[0])} بتوقيت الخليج"
                                                        if tm else "")], truth
    if fmt in ("p_prw_iso", "p_prw_us"):
        return [f"تاريخ الإصدار: {y}-{m + 1:02d}-{day:02d}"
                + (f" {hm(tm)}:{rng.randint(0, 59):02d} GST" if tm else "")], truth
    raise ValueError(fmt)


def fmt_endline(fmt, d, tm, rng):
    """(lines, published truth) of a publication note after the body."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    if fmt == "e_print":
        return [f"نُشرت هذه المادة في النسخة المطبوعة يوم {wd} {day}/{m + 1}/{y}، العدد {rng.randint(3100, 9800)}، "
                f"الصفحة {rng.randint(2, 24)}."], d.isoformat()
    if fmt == "e_web":
        return [f"ظهر هذا المقال أولًا على موقعنا في {day} {G.EG[m]} {y}" + (f" – {hm(tm)}" if tm else "")], \
            d.isoformat() + (f"T{hm(tm)}" if tm else "")
    raise ValueError(fmt)


def fmt_update(lang, pub, tm, crawl, rng):
    """(line, modified truth) of a Portuguese or Spanish update line after a publication at pub, tm, no later
    than the crawl day; (None, None) when there is no room for one."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(6, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 30:
        return None, None
    upd = start + datetime.timedelta(minutes=rng.randint(25, min(room, 60 * 40)))
    d, t = upd.date(), (upd.hour, upd.minute)
    if lang == "pt":
        line = f"Atualizado em {d.day:02d}/{d.month:02d}/{d.year} às {t[0]:02d}h{t[1]:02d}"
    else:
        line = f"Actualizado el {d.day:02d}/{d.month:02d}/{d.year} a las {hm(t)} hs."
    return line, f"{d.isoformat()}T{hm(t)}"


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


def new_truth(title):
    return dict(title=title, page_date=None, published=None, modified=None, summary=None, authors=[], images=[],
                sources=[], agencies=[], tags=[], dateline=None)


def caption_lines(cfmt, cap, credit, lang):
    if cfmt == "lat":
        if lang == "pt":
            return [f"{cap} — Crédito: {credit}"]
        return [f"{cap} – Gentileza {credit}"]
    if cfmt == "syn":
        return [cap, f"الصورة مقدّمة من {credit}"]
    if cfmt == "isl":
        return [f"{cap} ⊙ {credit}"]
    if cfmt == "pay":
        return [cap, f"مصدر اللقطة: {credit}"]
    if cfmt == "prw":
        return [f"الوسائط المرفقة: {cap}", f"الصورة بإذن من {credit}"]
    raise ValueError(cfmt)


def credit_for(cfmt, lang, rng):
    if cfmt == "lat":
        return rng.choice(CREDITS["lat_pt" if lang == "pt" else "lat_es"])
    return rng.choice(CREDITS[cfmt])


def slide_lines(sfmt, k, n, cap, credit):
    if sfmt == "gal_a":
        return [f"الصورة {k} من {n}", cap, f"المصوّر: {credit}"]
    return [f"{k}/{n}", f"{cap} ⟨{credit}⟩"]


def body_noise(text, kind, rng):
    if kind == "nbsp":
        return G.noisy(text, ["nbsp"], rng)
    if kind == "zw":
        return G.noisy(text, ["zw"], rng)
    return text


def title_shown(title, kind, rng):
    if kind == "tatweel":
        return G.add_tatweel(title, rng)
    if kind == "pf" and not any("\u064b" <= c <= "\u0652" for c in title):
        return G.presentation_forms(title)
    if kind == "nbsp":
        return G.noisy(title, ["nbsp"], rng)
    return title


def heading_shown(h, fmt):
    if fmt == "box":
        return f"【{h}】"
    if fmt == "dot":
        return f"◉ {h}"
    return h


def hashtags(tags):
    return " ".join("#" + t.replace(" ", "_") for t in tags)


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
    comp.update(layout=spec["layout"], kinds=[k for k in kinds if k not in ("body", "heading")])
    never = {display(truth["title"])}
    if truth["summary"]:
        never.add(display(truth["summary"]))
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


# --------------------------------------------------------------- rendering
def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict), the same schema as gen_dumps.render()."""
    key = spec["site"]
    comp = {"site": key, "base": spec.get("base")}
    others = Others([o for o in rng.sample(others, min(len(others), 60)) if fold(o) != fold(doc["title"])], rng)
    if spec["layout"] == "yt":
        return render_yt(doc, style, spec, others, rng, comp)

    groups = []
    chrome = []

    def pick(k):
        v = rng.choice(spec[k])
        comp[k] = v
        return v

    def add(kind, lines, chrome_lines=None):
        groups.append((kind, list(lines)))
        chrome.extend(lines if chrome_lines is None else chrome_lines)

    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub, tm = doc["crawl"], doc["pub"], doc["time"]
    truth = new_truth(title)
    site, dom, lang, tagline = rng.choice(SITES[key])
    if key == "lat":
        comp["lang"] = lang
    else:
        lang = rng.choice(["pt", "es"])  # for Latin-American components drawn by the mixed style
    partner = doc["site"] or rng.choice(["وكالة الأنباء المحلية", "شبكة الخبر"])
    name = rng.choice(PEOPLE[key])
    year = crawl.year
    ctx = dict(lang=lang, domain=dom, crawl=crawl, site=site)

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine") if pub else None
    comp["publine"] = pfmt
    efmt = pick("endline") if pub else None
    nkind = pick("body_noise")
    gallery = spec["gallery"]
    comp["gallery"] = gallery

    # the slides of a gallery: slide 1 before the body, the others after some paragraphs
    n_slides = min(rng.randint(3, 8), len(paras) + 1) if gallery else 0
    ctx["slides"] = n_slides if gallery else rng.randint(4, 16)

    # dateline opening the first paragraph
    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dl = G.dateline_parts(doc["author"]) if dform else None
    dl_used = False
    if dl and paras and summary != paras[0]:
        place, rest = dl
        if dform == "dl_paren":
            paras[0] = f"{place} ({rest}) — {paras[0]}"
        elif dform == "dl_rev":
            paras[0] = f"{rest} – {place}: {paras[0]}"
        else:
            country = COUNTRY.get(place)
            paras[0] = (f"{place}، {country} - ({rest}) - " if country else f"{place} - ({rest}) - ") + paras[0]
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
        if pname == "lat_cookie":
            if lang == "pt":
                add("cookie", ["Este site usa cookies para melhorar sua experiência. Ao continuar navegando, você "
                               "concorda com a nossa Política de Privacidade.", "Aceitar"])
            else:
                add("cookie", ["Usamos cookies propias y de terceros para mejorar tu experiencia. Si seguís "
                               "navegando, aceptás su uso.", "Entendido"])
        elif pname == "pay_cmp":
            add("cmp", ["نحن نحترم خصوصيتك",
                        f"نستخدم نحن و{rng.choice(PAY_PARTNERS)} من شركائنا ملفات تعريف الارتباط وتقنيات مشابهة "
                        "لتخزين المعلومات على جهازك والوصول إليها، ولعرض إعلانات ومحتوى مخصّص وقياس أدائهما.",
                        "قبول الكل", "رفض غير الضروري", "عرض الشركاء"])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "lat_top":
            add("top", ["Assine", "Entrar", "Buscar"] if lang == "pt" else ["Suscribite", "Ingresar", "Buscar"])
        elif hname == "syn_top":
            brand = site if key == "syn" else rng.choice(SITES["syn"])[0]
            add("top", [brand, "بحث في الويب", "تسجيل الدخول"])
        elif hname == "prw_top":
            add("top", [site if key == "prw" else rng.choice(SITES["prw"])[0], "أرسل بيانك الصحفي",
                        "دخول الصحفيين"])
        elif hname == "prw_lang":
            add("lang", ["English ∙ العربية ∙ Français"])
        elif hname == "isl_basmala":
            add("basmala", ["بسم الله الرحمن الرحيم"])
        elif hname == "pay_promo":
            add("promo", [rng.choice(["عرض لفترة محدودة: اشترك بريال واحد للشهر الأول",
                                      "وفّر 50٪ على الاشتراك السنوي – العرض ينتهي قريبًا"])])
        elif hname == "site_name":
            add("site_name", [site, tagline] if tagline else [site])
        elif hname == "syn_wx":
            add("wx", [f"{rng.choice(['الرياض', 'دبي', 'القاهرة', 'عمّان', 'الدوحة'])} "
                       f"{rng.choice(['☀', '⛅', '☁'])} {rng.randint(14, 44)}°C"])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "lat_fx":
            if lang == "pt":
                add("fx", [f"Dólar R$ {rng.randint(480, 560) / 100:.2f}".replace(".", ","),
                           f"Euro R$ {rng.randint(520, 610) / 100:.2f}".replace(".", ",")])
            else:
                add("fx", [f"Dólar oficial $ {rng.randint(800, 990)},50", f"Dólar blue $ {rng.randint(1000, 1300)}"])
        elif hname == "nav":
            if key == "lat":
                add("nav", NAV["lat"][lang][: rng.randint(4, 6)])
            elif key in ("gal", "syn", "prw"):
                vocab = NAV["syn" if key == "prw" else key]
                add("nav", ["  •  ".join(rng.sample(vocab, rng.randint(4, len(vocab))))])
            elif key == "isl":
                add("nav", ["● " + it for it in rng.sample(NAV["isl"], rng.randint(4, 7))])
            else:
                add("nav", [" ⁄ ".join(rng.sample(NAV["pay"], rng.randint(4, 7)))])
        elif hname == "syn_tabs":
            add("tabs", ["  ".join(rng.sample(NAV["syn"], rng.randint(4, 7)))])
        elif hname == "gal_scores":
            lines = ["نتائج مباشرة ⚽"]
            for a, b in rng.sample(GAL_SCORES, rng.randint(2, 3)):
                lines.append(f"{a} {rng.randint(0, 3)} - {rng.randint(0, 3)} {b}   {rng.randint(2, 90)}'")
            add("scores", lines)
        elif hname == "isl_search":
            add("search", ["ابحث في الموقع", "بحث متقدم"])
        elif hname == "pay_login":
            add("login", ["حسابي", "خدمة المشتركين"])
        elif hname == "prw_crumb":
            add("crumb", [f"البيانات الصحفية › {rng.choice(['الإعلام', 'الاقتصاد', 'الحكومة', 'الرياضة', 'التقنية'])}"])
        elif hname == "syn_partner":
            add("partner", [partner, "متابعة"])
        comp.setdefault("header", []).append(hname)

    # kicker, title, repeat, deck
    if rng.random() < spec["kicker"]:
        kick = {"syn": f"الأخبار ∙ {rng.choice(['العالم العربي', 'دولي', 'اقتصاد', 'منوعات'])}",
                "gal": "معرض صور", "pay": "🔒 محتوى حصري", "prw": "بيان صحفي",
                "lat": "Comunidade | الجالية" if lang == "pt" else "Colectividad | الجالية",
                "isl": "مقالات وبحوث"}[key]
        add("kicker", [kick])
    tnoise = pick("title_noise")
    add("title", [title_shown(title, tnoise, rng)], chrome_lines=[])
    if summary and lede_place == "deck":
        add("lede", [summary], chrome_lines=[])

    # meta lines
    meta = []
    pub_line = None
    if pfmt:
        pub_line, val = fmt_publine(pfmt, pub, tm, rng, ctx)
        truth["published"] = val
    if bfmt == "syn":
        truth["authors"] = [name]
        lead = f"قصة بقلم {name}"
    else:
        lead = None
    if pfmt == "p_syn":
        meta.append(f"{lead or partner} • {pub_line[0]}")
        pub_line = None
    elif lead:
        meta.append(lead)
    if bfmt == "lat":
        meta.append(f"Por {name}, da Redação" if lang == "pt" else f"Por {name}")
        truth["authors"] = [name]
    elif bfmt == "gal":
        meta.append(f"إعداد: {name} ◦ الصور: {rng.choice(PHOTOGS)}")
        truth["authors"] = [name]
    elif bfmt == "isl":
        meta.append(f"المؤلف: {name}")
        truth["authors"] = [name]
    elif bfmt == "pay":
        meta += [name, rng.choice(PAY_ROLES)]
        truth["authors"] = [name]
    if pub_line:
        meta += pub_line
    if pfmt in ("p_lat", "p_lat_ar") and rng.random() < spec["update"]:
        line, truth["modified"] = fmt_update(lang, pub, tm, crawl, rng)
        if line:
            meta.append(line)
            comp["update"] = True
    if key == "lat" and rng.random() < 0.5:
        k = rng.randint(2, 9)
        meta.append(f"{k} min de leitura" if lang == "pt" else f"Lectura: {k} min.")
    if key == "isl" and rng.random() < 0.7:
        meta.append(f"الزيارات: {rng.randint(90, 48000)}")
    if meta:
        add("meta", meta)
    if summary and lede_place == "after_meta":
        add("lede", [summary], chrome_lines=[])
    if summary and lede_place == "label":
        add("lede", [f"ملخص المادة: {summary}"], chrome_lines=[])

    # image
    cfmt = pick("caption_fmt")
    if gallery:
        sfmt = pick("slide_fmt")
        caps = rng.sample(GAL_CAPTIONS, n_slides)
        slides = []
        for k in range(1, n_slides + 1):
            credit = rng.choice(PHOTOGS)
            truth["images"].append({"caption": caps[k - 1], "credit": credit})
            slides.append(slide_lines(sfmt, k, n_slides, caps[k - 1], credit))
        if rng.random() < spec["title_repeat"]:
            add("title_repeat", [title])
        add("slide", slides[0])
    elif rng.random() < spec["caption"]:
        cap = rng.choice(CAPTIONS)
        credit = credit_for(cfmt, lang, rng)
        truth["images"].append({"caption": cap, "credit": credit})
        add("caption", caption_lines(cfmt, cap, credit, lang))
    if summary and lede_place == "after_caption":
        add("lede", [summary], chrome_lines=[])
    comp["lede_place"] = lede_place if summary else None

    if summary and lede_mode in ("promoted", "abstract") and groups[-1][0] == "lede" and lede_place != "label" \
            and not dl_used:
        groups.pop()
        paras.insert(0, summary)
        summary = None
        comp["lede"] = None
        comp["lede_place"] = None
    truth["summary"] = summary

    # body
    blocks = G.body_blocks(paras, spec, rng)
    mid_inserts = []
    for mname, p in spec["mid"]:
        if rng.random() >= p or len(blocks) < 3:
            continue
        comp.setdefault("mid", []).append(mname)
        if mname == "lat_leia":
            mid_inserts.append(("inline", [("Leia também: " if lang == "pt" else "Lee también: ") + others.pop()]))
        elif mname == "lat_pub":
            mid_inserts.append(("ad", ["Publicidade" if lang == "pt" else "Publicidad"]))
        elif mname == "syn_ad":
            mid_inserts.append(("ad", ["إعلان", rng.choice(SYN_ADS), "اعرف المزيد"]))
        elif mname == "syn_cont":
            mid_inserts.append(("cont", ["يتواصل النص بعد الإعلان"]))
        elif mname == "isl_also":
            mid_inserts.append(("inline", [f"⇐ مقترح للقراءة: {others.pop()}"]))
        elif mname == "pay_meter":
            k = rng.randint(0, 4)
            mid_inserts.append(("meter", [f"تبقّى لديك {k} من 5 مقالات مجانية هذا الشهر",
                                          "اشترك الآن للقراءة دون حدود ←"]))
        elif mname == "pay_ad":
            mid_inserts.append(("ad", ["– إعلان –"]))
    spots = [i for i in range(1, len(blocks)) if blocks[i - 1]["type"] == "paragraph"]
    positions = {}
    for ins in mid_inserts:
        positions.setdefault(rng.choice(spots), []).append(ins)
    slide_at = {}
    if gallery and n_slides > 1:
        # after the paragraph before position i (i = len(blocks): after the last one)
        cand = [i for i in range(1, len(blocks) + 1) if blocks[i - 1]["type"] == "paragraph"]
        for k, i in enumerate(sorted(rng.sample(cand, min(len(cand), n_slides - 1))), 2):
            slide_at[i] = k
        if len(slide_at) < n_slides - 1:  # fewer places than slides: the gallery shows fewer
            truth["images"] = truth["images"][: len(slide_at) + 1]
            comp["slides_shown"] = len(slide_at) + 1
    hfmt = pick("heading_fmt")
    for i, b in enumerate(blocks):
        if i in slide_at:
            add("slide", slides[slide_at[i] - 1])
        for kind, lines in positions.get(i, []):
            add(kind, lines)
        if b["type"] == "heading":
            add("heading", [heading_shown(b["text"], hfmt)], chrome_lines=[])
            continue
        add("body", [body_noise(b["text"], nkind, rng)], chrome_lines=[])
    if len(blocks) in slide_at:
        add("slide", slides[slide_at[len(blocks)] - 1])
    if rng.random() < spec["endmark"]:
        add("endmark", ["###"])

    # the publication note after the body (only when no line before the body dated the page)
    if efmt and truth["published"] is None:
        lines, truth["published"] = fmt_endline(efmt, pub, tm, rng)
        add("endline", lines)
    else:
        comp["endline"] = None

    # after the body
    def src_list(extra):
        srcs = [doc["site"]]
        if dl_used and truth["agencies"]:
            srcs.append(dl[1])
        elif rng.random() < 0.5:
            srcs.append(rng.choice(extra))
        return [s for s in dict.fromkeys(srcs) if s]

    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        if aname in ("lat_src", "isl_src", "prw_src", "syn_orig"):
            if truth["sources"] or not doc["site"]:
                continue
            if aname == "lat_src":
                srcs = src_list(["رويترز", "وكالات", "أ ف ب"])
                add("sources", [("Fonte: " if lang == "pt" else "Fuente: ") + "، ".join(srcs)])
            elif aname == "isl_src":
                srcs = [doc["site"]]
                add("sources", [f"مصدر المادة: {doc['site']}"])
            elif aname == "prw_src":
                srcs = [doc["site"]]
                add("sources", [f"الجهة المُصدِرة: {doc['site']}"])
            else:
                srcs = [doc["site"]]
                add("sources", [f"نُشرت هذه القصة في الأصل على {doc['site']}."])
            truth["sources"] = srcs
        elif aname in ("lat_tags", "isl_tags", "pay_tags", "prw_tags"):
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            line = {"lat_tags": ("Assuntos: " if lang == "pt" else "Temas: ") + " · ".join(tags),
                    "isl_tags": "التصنيفات الموضوعية: " + " / ".join(tags),
                    "pay_tags": "اقرأ المزيد حول: " + " · ".join(tags),
                    "prw_tags": "موضوعات البيان: " + " ؛ ".join(tags)}[aname]
            add("tags", [line])
            truth["tags"] = tags
        elif aname == "lat_share":
            add("share", ["Compartilhe:" if lang == "pt" else "Compartir en:", "WhatsApp · Facebook · X · Telegram"])
        elif aname == "lat_wa":
            add("wa", ["📲 Receba as notícias da comunidade no WhatsApp" if lang == "pt"
                       else "📲 Sumate a nuestro canal de WhatsApp"])
        elif aname == "lat_comments":
            n = rng.randint(1, 3)
            lines = [f"Comentários ({n})" if lang == "pt" else f"Comentarios ({n})",
                     "Deixe seu comentário" if lang == "pt" else "Dejá tu comentario"]
            for _ in range(n):
                h = rng.randint(1, 20)
                lines += [rng.choice(LAT_COMMENTERS), f"há {h} horas" if lang == "pt" else f"hace {h} horas",
                          rng.choice(LAT_COMMENTS)]
            add("comments", lines)
        elif aname == "lat_more":
            add("related", ["Mais lidas" if lang == "pt" else "Lo más leído"]
                + [f"{k}) {others.pop()}" for k in range(1, rng.randint(3, 5))])
        elif aname == "syn_feedback":
            add("feedback", ["هل كانت هذه القصة مفيدة؟", "نعم", "لا", "شكرًا لك، ستساعدنا ملاحظاتك على تحسين تجربتك"])
        elif aname == "syn_react":
            add("react", [f"{rng.randint(3, 900)} إعجاب · {rng.randint(0, 120)} تعليق", "إعجاب", "تعليق", "مشاركة"])
        elif aname == "syn_more":
            add("related", [f"المزيد من {partner}"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "syn_foryou":
            lines = ["مقترحات لك"]
            for _ in range(rng.randint(2, 4)):
                lines += [others.pop(), f"{rng.choice(['فرانس 24', 'يورونيوز', 'الشرق', 'العين الإخبارية'])} · "
                                        f"{relative(0, rng, 'منذ')}"]
            add("related", lines)
        elif aname == "gal_share":
            add("share", ["شارك الألبوم", "فيسبوك ◦ إكس ◦ واتساب ◦ نسخ الرابط"])
        elif aname == "gal_nav":
            add("gnav", ["‹ الألبوم السابق", "الألبوم التالي ›"])
        elif aname == "gal_more":
            add("related", ["ألبومات أخرى"] + [f"{others.pop()} ({rng.randint(5, 40)} صورة)"
                                               for _ in range(rng.randint(2, 4))])
        elif aname == "gal_top":
            items = [f"{k}- {others.pop()}" for k in range(1, rng.randint(3, 6))]
            add("related", ["الأكثر تصفحًا هذا الأسبوع"] + items)
        elif aname == "isl_tools":
            add("tools", ["حفظ بصيغة PDF", "نسخة للطباعة", "أرسل لصديق", "شارك وانشر"])
        elif aname == "isl_note":
            add("note", [rng.choice(ISL_NOTES)])
        elif aname == "isl_rel":
            add("related", ["من المواد المقترحة"] + [f"◦ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "isl_form":
            add("form", ["أضف تعليقك", "الاسم", "الدولة", "عنوان التعليق", "نص التعليق", "إرسال",
                         "تنبيه: لا تُنشر التعليقات إلا بعد مراجعتها من قِبل إدارة الموقع"])
        elif aname == "pay_author":
            lines = [f"عن الكاتب: {name}", rng.choice(PAY_ROLES), "تابِع الكاتب"]
            add("author", lines)
        elif aname == "pay_gift":
            add("gift", ["🎁 أهدِ هذا المقال", f"يمكنك إهداء {rng.randint(1, 9)} مقالات أخرى هذا الشهر"])
        elif aname == "pay_sub":
            add("sub", [f"انضم إلى أكثر من {rng.choice([40, 60, 80, 120])} ألف مشترك",
                        f"الباقة الرقمية: {rng.choice([19, 29, 39])} ريالًا شهريًا", "اشترك"])
        elif aname == "prw_about":
            who = doc["site"] or site
            add("about", [f"نبذة عن {who}", rng.choice(PRW_BOILER).format(site=who)])
        elif aname == "prw_contact":
            add("contact", ["جهات الاتصال الإعلامية", rng.choice(PEOPLE["prw"]), f"البريد: media@{dom}",
                            f"الهاتف: +971 4 {rng.randint(200, 999)} {rng.randint(1000, 9999)}"])
        elif aname == "prw_orig":
            add("orig", ["عرض النسخة الأصلية على الرابط:",
                         f"https://www.{dom}/ar/releases/{crawl.year}/{rng.randint(100000, 999999)}"])
        elif aname == "prw_disc":
            add("disc", ["إخلاء مسؤولية: النص الأصلي لهذا البيان هو النسخة المعتمدة، وتُقدَّم الترجمة للتيسير فقط، "
                         "ولا يتحمّل الموزّع مسؤولية أي خطأ فيها."])
        comp.setdefault("after", []).append(aname)

    ffmt = pick("footer")
    if ffmt == "f_lat":
        if lang == "pt":
            add("footer", [f"© {year} {site}. Todos os direitos reservados.",
                           "Rua 25 de Março, 1134 – Centro, São Paulo/SP"])
        else:
            add("footer", [f"© {year} {site} – Todos los derechos reservados", "Av. Córdoba 2950, CABA"])
    elif ffmt == "f_syn":
        add("footer", [f"© {year} {rng.choice(SITES['syn'])[0]}", "الخصوصية وملفات تعريف الارتباط",
                       "شروط الاستخدام", "الإعلان", "Feedback"])
    elif ffmt == "f_gal":
        add("footer", [f"جميع الصور محمية بحقوق النشر لـ{site} © {year}", "يمنع إعادة النشر دون إذن مسبق"])
    elif ffmt == "f_isl":
        add("footer", [f"جميع الحقوق محفوظة لـ{site} © {G.hijri(crawl)[0]} هـ / {year} م",
                       "يجوز النقل والاقتباس مع الإشارة إلى المصدر"])
    elif ffmt == "f_pay":
        add("footer", [f"{site} ذ.م.م {year} ©", "اتفاقية الاشتراك", "الشروط والأحكام", "تواصل مع خدمة المشتركين"])
    elif ffmt == "f_prw":
        add("footer", [f"© {year} {site}. توزيع البيانات الصحفية في الشرق الأوسط وشمال أفريقيا.",
                       "شروط الخدمة | سياسة الخصوصية"])

    out = []
    for gi, (kind, lines) in enumerate(groups):
        if gi:
            out.append("")
        out += lines
    text = "\n".join(out) + "\n"
    if rng.random() < spec["crlf"]:
        text = text.replace("\n", "\r\n")
        comp["crlf"] = True
    return finish(doc, style, [k for k, _ in groups], text, chrome, blocks, truth, comp, spec)


# ------------------------------------------------------------------ video page
def render_yt(doc, style, spec, others, rng, comp):
    """A news channel's video page, copied whole from a desktop browser: the article is the description."""
    o = spec["yt"]
    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub = doc["crawl"], doc["pub"]
    truth = new_truth(title)
    chrome = []
    kinds = []
    out = []

    def block(kind, lines, chrome_lines=None, gap=True):
        if out and gap:
            out.append("")
        out.extend(lines)
        kinds.append(kind)
        chrome.extend(lines if chrome_lines is None else chrome_lines)

    def num(s):
        return s.translate(AR_DIG).replace(",", "٬") if indic else s

    indic = rng.random() < o["arabic_digits"]
    comp["indic"] = indic
    spec = dict(spec)
    spec["lede"] = ["teaser"] if rng.random() < o["teaser"] else [None]
    spec["headings"] = 0.0
    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    channel = doc["site"] or rng.choice(["قناة الحدث اليوم", "الشاشة الإخبارية"])
    subs = num(rng.choice([f"{rng.randint(11, 990)} ألف مشترك",
                           f"{rng.randint(1, 9)}.{rng.randint(1, 9)} مليون مشترك"])).replace(".", "٫" if indic else ".")

    if rng.random() < o["top"]:
        block("yt_top", ["تخطي التنقل", "بحث", "بحث بالصوت", "تسجيل الدخول"])
    if rng.random() < o["player"]:
        block("player", [num(f"0:00 / {rng.randint(1, 14)}:{rng.randint(0, 59):02d}")])
    tags = G.tags_from(title, rng)
    tag_line = hashtags(tags) if tags else None
    tag_pos = None
    if tag_line and rng.random() < o["tags_above"]:
        tag_pos = "above"
    elif tag_line and rng.random() < o["tags_views"]:
        tag_pos = "views"
    comp["tags"] = tag_pos
    if tag_pos:
        truth["tags"] = tags
    if tag_pos == "above":
        block("hashtags", [tag_line])
        block("title", [title], chrome_lines=[], gap=False)
    else:
        block("title", [title], chrome_lines=[])
    likes = rng.choice([str(rng.randint(12, 990)), f"{rng.randint(1, 40)} ألف"])
    block("owner", [channel, subs, "اشتراك", num(likes), "مشاركة", "تنزيل", "حفظ", "…"])

    # the description: the view-count line, then the text
    views = rng.randint(300, 980000)
    views_s = num(f"{views:,}")
    d = pub or crawl
    mode = rng.choice(o["modes"])
    comp["publine"] = mode
    day, m, y = d.day, d.month, d.year
    numeric = num(f"{day:02d}{RLM}/{m:02d}{RLM}/{y}")
    if mode == "num":
        line = f"{views_s} مشاهدة  {numeric}"
        truth["published"] = d.isoformat()
    elif mode == "live":
        line = f"{views_s} مشاهدة  تم بثه مباشرةً في {numeric}"
        truth["published"] = d.isoformat()
    elif mode == "prem":
        line = num(f"{views_s} مشاهدة  العرض الأول في {day} {G.EG[m - 1]} {y}")
        truth["published"] = d.isoformat()
    else:
        line = f"{views_s} مشاهدة  {num(relative((crawl - d).days, rng, 'قبل'))}"
    if tag_pos == "views":
        line += "  " + tag_line
    desc = [line]
    if summary:
        desc.append(summary)
    truth["summary"] = summary
    comp["lede_place"] = "description" if summary else None
    blocks = G.body_blocks(paras, spec, rng)
    for b in blocks:
        desc += ["", b["text"]]
    trail = []
    dom = rng.choice(["alhadath-today.tv", "news-screen.net", "qanat24.com"])
    if rng.random() < o["links"]:
        trail += ["", "لمزيد من الأخبار زوروا موقعنا:", f"https://www.{dom}/",
                  "تابعونا على منصات التواصل:", f"فيسبوك: https://facebook.com/{dom.split('.')[0]}",
                  f"إكس: https://x.com/{dom.split('.')[0]}"]
    if rng.random() < o["less"]:
        trail += ["", "عرض أقل"]
    block("description", desc + trail, chrome_lines=[line] + [t for t in trail if t])
    if rng.random() < o["transcript"]:
        block("transcript", ["النص", "يمكنك متابعة المحتوى من خلال النص.", "عرض النص"])
        block("channel", [channel, subs, "الفيديوهات", "لمحة"], gap=False)

    if rng.random() < o["comments"]:
        n = rng.randint(3, 600)
        lines = [num(f"{n} تعليقًا"), "ترتيب حسب", "إضافة تعليق..."]
        for who in rng.sample(YT_HANDLES, rng.randint(1, 4)):
            when = num(relative(rng.choice([0, 0, 1, 2, 4]), rng, "قبل"))
            if rng.random() < 0.2:
                when += " (تم تعديله)"
            lines += [who, when, rng.choice(YT_COMMENTS), num(str(rng.randint(0, 340))), "رد"]
            if rng.random() < 0.3:
                lines.append(num(f"{rng.randint(1, 12)} ردود"))
        block("comments", lines)
    if rng.random() < o["related"]:
        lines = ["الكل", f"من {channel}", "فيديوهات مقترحة", "تم تحميلها مؤخرًا"]
        for _ in range(rng.randint(3, 6)):
            lines += ["", num(f"{rng.randint(1, 25)}:{rng.randint(0, 59):02d}"), others.pop(),
                      rng.choice([channel, "الشاشة الإخبارية", "قناة المشهد", "نشرة المساء"]),
                      num(f"{rng.randint(2, 900)} ألف مشاهدة • " + relative(rng.randint(0, 9), rng, "قبل"))]
        block("related", lines)
    text = "\n".join(out) + "\n"
    return finish(doc, style, kinds, text, chrome, blocks, truth, comp, spec)
