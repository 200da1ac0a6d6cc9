"""The `fresh30` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh30 --n 2000 --seed 137
    python3 bench/textdump/score_dumps.py --split fresh30 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH30 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by a helper who has not read the extractor, its tests, its
fixtures or its benchmark notes (nor the sealed fresh21 to fresh29 modules).
No component here is meant to be one of the tune, held-out, fresh, fresh2,
..., fresh20 ones (as far as gen_dumps.py and those modules show). Only the
aggregate rows of `score_dumps.py --split fresh30` are ever reported; once
the extractor is changed because of anything learnt here, the split is spent.

The eight styles (`fresh30_1` ... `fresh30_7`, and `fresh30_mixed`, a
per-document random draw of the others' components) imitate text dumps of
ordinary regional news sites with their own chrome: an Iraqi provincial news
network (dinar-rate and electricity-supply strips, Levantine months, a
backslash-separated numeric date, Iraqi spellings in the share bar), a Gulf
maritime and ports news portal (oil and freight strips, sea-state lines,
navigation warnings, vessel cards between the paragraphs, a table of ships
expected in port with year-less arrival dates, English UI words), a regional
Maghreb e-journal from Morocco or Algeria (Moroccan or Algerian month names,
pharmacies on duty, road-status strips, `تحيين` update lines, a director's
name in the footer), an Egyptian local-services portal (gold and bank-rate
strips, an exam-results search box, Arabic-Indic publication lines, comment
forms), a Sudanese news network (old Sudanese month spellings, parallel-market
rates, telecom-status and emergency-line strips, a timeline of earlier events
with their dates), a Yemeni news site (Aden and Sanaa exchange rates, fuel
prices, Hijri-first dates with `الموافق`), and an Arab-American or
Arab-Canadian community outlet (English or French chrome, AP-style and Quebec
clocks, a community calendar with coming dates, community obituaries with
dates of condolences). Site names, people and the vocabulary are invented.
The corpus texts, the lede choice (abstract / teaser / promoted first
paragraph), the inserted headings and the other articles' titles in related
blocks are the gen_dumps.py ones.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once. A browser-tab line, a breadcrumb with a cut
  title, a repeat after the meta lines and a share card after the body are
  chrome; a repeat equal to the title is left out of the chrome list.
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its calendar, script or language; with two calendars
  the Gregorian day. Strips (rates, prices, power hours, sea state), the
  community calendar and the ships' arrival dates are no widget. Pages
  without a widget: null.
- published: the publication line's date, with `THH:MM` when it shows a time
  (12-hour clocks by `ص`/`م`, `a.m.`/`p.m.` and the period words `ليلاً`
  (0-4), `صباحاً` (5-11), `ظهراً` (12-14), `عصراً` (15-17), `مساءً` (18-23);
  Sudanese lines `صباحًا`/`مساءً`), whatever its language or digits; the
  Gregorian date of a Hijri-first pair. A relative-only line gives null.
  Update lines go to the extra `modified` key (not scored).
- summary: a deck under the title, a lede after the meta lines or after the
  caption, or a labelled lede (label inline or on the line before; a
  labelled lede is always a lede, the label is not part of it). An
  unlabelled lede with nothing between it and the body (no meta, caption or
  chrome line, no dateline opening the body) stays a lede only when it is a
  teaser that the first paragraph repeats; a promoted first paragraph or an
  abstract there goes into the body. A deck that the body repeats whole is a
  lede when meta, caption or chrome lines stand between the two, and then the
  body keeps the paragraph; with nothing between, only the body's copy
  counts. A promoted first paragraph under 8 words is never a lede.
- blocks: the corpus paragraphs; headings without their marks; vessel cards,
  links, prompts, ads and captions between paragraphs are no blocks.
- images: every caption (the head one, and one between paragraphs) without
  its credit and label, in order; the credit as written without its label.
  An image's alt-text line repeating the caption is chrome.
- sources: the items of the sources line; tags: the items of the tags line,
  without `#`.
- authors: the byline's names as printed, in order (Latin names kept in
  Latin script): two for `و`, `and`, `et`, `·` or `/` between names. A role,
  a city or an office before or after the name is not part of it; a
  photographer, a proofreader, a desk or a team is no author.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the
  body and those equal to the title or the summary.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh30"
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
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
SD_MON = ["يناير", "فبراير", "مارس", "إبريل", "مايو", "يونيه", "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر"]
NBSP = "\u00a0"
ZWSP = "\u200b"
LRM = "\u200e"
WJ = "\u2060"


def hm(h, m):
    return f"{h:02d}:{m:02d}"


def period(hh):
    """The period word of a 12-hour clock (unambiguous: 0-4, 5-11, 12-14, 15-17, 18-23)."""
    if hh < 5:
        return "ليلاً"
    if hh < 12:
        return "صباحاً"
    if hh < 15:
        return "ظهراً"
    if hh < 18:
        return "عصراً"
    return "مساءً"


def sd_period(hh):
    return "صباحًا" if hh < 12 else "مساءً"


def ampm_ar(hh):
    return "ص" if hh < 12 else "م"


def ampm_ap(hh):
    return "a.m." if hh < 12 else "p.m."


def us_zone(d):
    return "EDT" if 4 <= d.month <= 10 else "EST"


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, city, variant)]
SITES = {
    "iq": [("شبكة الفرات الأوسط الإخبارية", "furat-awsat.iq", "النجف", ""),
           ("بوابة البصرة اليوم", "basra-today.iq", "البصرة", ""),
           ("موصل بوست", "mosul-post.iq", "الموصل", ""),
           ("صدى ديالى", "sada-diyala.iq", "بعقوبة", "")],
    "gm": [("المرافئ نيوز", "almarafi-news.ae", "دبي", "GMT+4"),
           ("بحّار الخليج", "bahhar-gulf.om", "مسقط", "GMT+4"),
           ("بوابة الموانئ", "mawani-gate.com.kw", "الكويت", "GMT+3"),
           ("أخبار الملاحة", "milaha-news.qa", "الدوحة", "GMT+3")],
    "mg": [("أخبار سوس", "akhbar-souss.ma", "أكادير", "ma"),
           ("الجهة الشرقية 24", "oriental24.ma", "وجدة", "ma"),
           ("صدى الهضاب", "sada-hidhab.dz", "سطيف", "dz"),
           ("وهران أونلاين", "oran-online.dz", "وهران", "dz")],
    "eg": [("بوابة المحروسة", "mahrousa-gate.com", "القاهرة", ""),
           ("الدلتا الآن", "delta-now.com", "طنطا", ""),
           ("صعيد نيوز", "saeed-news.com", "أسيوط", ""),
           ("إسكندرية 24", "alex24.net", "الإسكندرية", "")],
    "sd": [("شبكة النيلين الإخبارية", "nilain-net.com", "بورتسودان", ""),
           ("سودان الغد", "sudan-alghad.net", "كمبالا", ""),
           ("مرصد دارفور", "darfur-monitor.org", "نيالا", ""),
           ("صوت الجزيرة الخضراء", "sawt-aljazira-sd.net", "ود مدني", "")],
    "ye": [("عدن تايم", "aden-time.net", "عدن", ""),
           ("المكلا نيوز", "mukalla-news.net", "المكلا", ""),
           ("تعز أونلاين", "taiz-online.net", "تعز", ""),
           ("صوت مأرب", "sawt-marib.net", "مأرب", "")],
    "am": [("صدى المهجر", "sada-almahjar.com", "ديربورن", "us"),
           ("الجالية اليوم", "aljalia-today.ca", "مونتريال", "ca"),
           ("الأرز الكندي", "cedar-canada.ca", "أوتاوا", "ca"),
           ("ميشيغان العربية", "michigan-arabia.com", "ديربورن", "us")],
}
PEOPLE = {"iq": ["حيدر عبد الأمير", "زينب الموسوي", "مصطفى الخفاجي", "نور الهدى كاظم", "علي جبار الساعدي",
                 "هبة الربيعي", "سجاد الكعبي"],
          "gm": ["سالم الحوسني", "مريم البلوشي", "يوسف الكندي", "شيخة المري", "فهد العجمي", "عائشة الرواحي"],
          "mg": ["يوسف أيت علي", "فاطمة الزهراء بوعزة", "عبد الحق الإدريسي", "نسيمة بن عمر", "رشيد قاسمي",
                 "سميرة بلحاج", "محمد أمين زروقي"],
          "eg": ["أحمد عبد الحميد", "ياسمين فؤاد", "محمود الشناوي", "دينا سمير", "إسلام رجب", "رحاب عبد العزيز",
                 "عمرو البنا"],
          "sd": ["عثمان الطيب", "سلمى عبد الرحيم", "محجوب إدريس", "أماني حسن النور", "الطاهر بابكر", "هالة الفاضل"],
          "ye": ["عبد الله باشراحيل", "أروى الصبري", "صالح العولقي", "منى الحميري", "وضاح الشرعبي", "نبيل باوزير"],
          "am": ["ريما حداد", "طارق بزي", "نادين صعب", "علي بري", "حسين دبجة", "ليلى فواز", "جاد عيسى"]}
FEMALE = ["زينب الموسوي", "نور الهدى كاظم", "هبة الربيعي", "مريم البلوشي", "شيخة المري", "عائشة الرواحي",
          "فاطمة الزهراء بوعزة", "نسيمة بن عمر", "سميرة بلحاج", "ياسمين فؤاد", "دينا سمير", "رحاب عبد العزيز",
          "سلمى عبد الرحيم", "أماني حسن النور", "هالة الفاضل", "أروى الصبري", "منى الحميري", "ريما حداد",
          "نادين صعب", "ليلى فواز"]
LATIN_AM = ["Rima Haddad", "Tarek Bazzi", "Nadine Saab", "Ali Berro", "Hussein Dabaja", "Layla Fawaz", "Jad Issa"]
SECTIONS = {"iq": ["محليات", "المحافظات", "تقارير", "اقتصاد", "خدمات"],
            "gm": ["الموانئ", "الشحن البحري", "الطاقة", "الأسواق", "الخليج"],
            "mg": ["جهات", "مجتمع", "سياسة", "اقتصاد", "حوادث"],
            "eg": ["محافظات", "خدمات", "حوادث", "اقتصاد", "تعليم"],
            "sd": ["أخبار السودان", "الولايات", "إنساني", "اقتصاد", "تقارير"],
            "ye": ["محليات", "عدن", "حضرموت", "اقتصاد", "تقارير"],
            "am": ["أخبار الجالية", "Community", "ميشيغان", "كندا", "العالم العربي"]}
NAV = {"iq": ["الرئيسية", "محليات", "المحافظات", "سياسة", "اقتصاد", "رياضة", "تقارير", "منوعات", "Live"],
       "gm": ["Home", "الموانئ", "الشحن", "الطاقة", "الأسواق", "السفن", "Login", "Subscribe"],
       "mg": ["الرئيسية", "جهات", "مجتمع", "سياسة", "اقتصاد", "رياضة", "حوادث", "ثقافة", "كُتّاب وآراء"],
       "eg": ["الرئيسية", "أخبار مصر", "محافظات", "حوادث", "رياضة", "فن", "تعليم", "خدمات", "أسعار"],
       "sd": ["الرئيسية", "أخبار السودان", "الولايات", "إنساني", "اقتصاد", "رياضة", "مقالات", "بودكاست"],
       "ye": ["الرئيسية", "محليات", "عدن", "حضرموت", "تعز", "اقتصاد", "رياضة", "كتابات"],
       "am": ["Home", "Community", "أخبار الجالية", "Michigan", "Canada", "العالم العربي", "Events", "Obituaries"]}
CAPTIONS = {"iq": ["شارع تجاري وسط المدينة", "موظفون في دائرة حكومية", "جسر على شط العرب", "سوق شعبي قديم",
                   "مولدة أهلية في حي سكني", "حقول نخيل عند أطراف المدينة"],
            "gm": ["سفينة حاويات عند الرصيف", "رافعات في محطة الحاويات", "ناقلة نفط في عرض البحر",
                   "قوارب صيد في الميناء القديم", "مرفأ تجاري عند الغروب", "زورق إرشاد يرافق سفينة"],
            "mg": ["ساحة عمومية وسط المدينة", "مقر الجماعة الترابية", "سوق أسبوعي في البادية", "شاطئ المدينة صيفا",
                   "طريق جبلي بعد تساقط الثلوج", "واجهة مستشفى جهوي"],
            "eg": ["زحام أمام مكتب بريد", "طلاب أمام لجنة امتحان", "شارع رئيسي في وسط البلد", "كوبري على النيل",
                   "سوق الخضار الشعبي", "مبنى ديوان عام المحافظة"],
            "sd": ["نازحون في مركز إيواء", "شاحنة مساعدات على طريق ترابي", "سوق مؤقت في ساحة مدرسة",
                   "مياه النيل عند الضفة الشرقية", "مستشفى ميداني", "أطفال في فصل دراسي مؤقت"],
            "ye": ["شارع في مدينة كريتر", "قلعة تاريخية على تلة", "طوابير أمام محطة وقود", "ميناء الصيادين",
                   "سوق قديم في المدينة", "منازل طينية في الوادي"],
            "am": ["مركز الجالية الإسلامية", "مهرجان عربي في الهواء الطلق", "قاعة بلدية المدينة",
                   "متطوعون يوزعون وجبات", "شارع تجاري بلافتات عربية", "حفل تخرج طلاب الجالية"]}
CREDITS = {"iq": ["المكتب الإعلامي للمحافظة", "أرشيف الشبكة", "حيدر الأسدي", "مواقع التواصل"],
           "gm": ["Port Authority", "أرشيف الموقع", "MarineTraffic", "المكتب الإعلامي للميناء"],
           "mg": ["أرشيف الجريدة", "عبد الله أوبلا", "خاص", "السلطات المحلية"],
           "eg": ["محمد حسام", "أرشيفية", "بوابة المحروسة", "ديوان عام المحافظة"],
           "sd": ["فيسبوك", "منظمة إنسانية", "مراسل الشبكة", "أرشيف"],
           "ye": ["أرشيف الموقع", "خاص", "فريد السقاف", "نشطاء"],
           "am": ["the Islamic Center", "Staff Photo", "City of Dearborn", "Community Archive"]}
LEDE_LABEL = {"iq": "خلاصة الخبر:", "gm": "الملخص التنفيذي:", "mg": "زبدة الخبر:", "eg": "في سطور:",
              "sd": "خلاصة:", "ye": "أبرز ما في الخبر:", "am": "In brief ·"}
HOME = {"iq": "الرئيسية", "gm": "Home", "mg": "الرئيسية", "eg": "الرئيسية", "sd": "الرئيسية", "ye": "الرئيسية",
        "am": "Home"}
SHIPS = [("بحر العرب 7", "بنما"), ("نجمة الخليج", "ليبيريا"), ("MSC ALINA", "بنما"), ("الوسيط", "جزر مارشال"),
         ("ATLANTIC PEARL", "مالطا"), ("صحار إكسبرس", "عُمان"), ("مرجان", "الإمارات"), ("NORDIC STAR", "النرويج")]
PORTS = ["جبل علي", "صحار", "الدقم", "حمد", "الشويخ", "خليفة", "صلالة", "الفجيرة"]
MG_PHARM = ["صيدلية النخيل", "صيدلية الأمل", "صيدلية الأطلس", "صيدلية الشفاء", "صيدلية الفتح", "صيدلية المسيرة"]
MG_DIRECTOR = ["حسن بوفوس", "نادية المرابط", "عبد الرحيم أشبار", "خالد بن يحيى"]
MG_COMMENTERS = ["مواطن من أكادير", "سوسي حر", "أبو أيمن", "ولد البلاد", "نجاة"]
MG_COMMENTS = ["الله يجيب الخير لهاد المدينة", "خاص المسؤولين يتحركو", "مقال في المستوى شكرا", "فين كانو هادو من قبل؟",
               "نتمنى المتابعة ديال هاد الموضوع"]
EG_COMMENTERS = ["أبو مالك", "م. هشام", "زائر", "أم يوسف", "ابن البلد"]
EG_COMMENTS = ["ربنا يصلح الحال", "خبر كويس بس التنفيذ هو الأهم", "يا ريت تكملوا المتابعة", "فين دور المحافظة؟",
               "كلام جميل والله"]
YE_COMMENTERS = ["ابن عدن", "أبو سالم", "حضرمي", "زائر", "أم محمد"]
YE_COMMENTS = ["الله يفرجها على اليمن", "الكهرباء أهم من كل هذا", "أخبار مفيدة شكرًا", "نريد حلولًا لا تصريحات",
               "متى يتحسن الريال؟"]
AM_EVENTS = ["Arab American Heritage Night", "إفطار جماعي للعائلات", "معرض الكتاب العربي", "Youth Soccer Tournament",
             "أمسية شعرية", "Free Health Clinic"]
AM_HALLS = ["قاعة الجالية في شارع وارن", "مركز الجالية الإسلامية", "Fordson High School Hall", "قاعة كنيسة مار شربل",
            "Centre communautaire Laurier"]
AM_OBIT = ["حسن علي فرحات", "مريم يوسف الخطيب", "جورج نقولا سليمان", "فاطمة محمد شرارة", "كامل عبد الله حمود"]
SD_EVENTS_DAYS = [3, 9, 17, 26, 40, 61]
EXTRA_SRC = {"iq": ["وكالات", "واع", "رويترز", "مراسلو الشبكة"],
             "gm": ["وكالات", "Lloyd's List", "رويترز", "وام", "كونا"],
             "mg": ["وكالات", "و.م.ع", "الأناضول", "أ ف ب"],
             "eg": ["وكالات", "أ ش أ", "رويترز", "مصادر خاصة"],
             "sd": ["وكالات", "سونا", "أ ف ب", "شبكة أطباء السودان"],
             "ye": ["وكالات", "سبأ", "الأناضول", "مصادر محلية"],
             "am": ["Associated Press", "وكالات", "رويترز", "CBC"]}


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="iq", pre=[], header=[], widget=[None], kicker=0.0, title_form=["plain"], title_noise=[None],
             byline=[None], publine=[None], update=0.0, counter=0.0, lede=[None], lede_place=["deck"], caption=0.0,
             caption_fmt=["c_iq"], caption_alt=0.0, headings=0.0, heading_fmt=["h_plain"], dateline=[None], mid=[],
             after=[], footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0)

STYLES = {
    "fresh30_1": dict(site="iq", pre=[("iq_ticker", 0.45)],
                      header=[("site_name", 1.0), ("iq_rate", 0.55), ("widget", 0.85), ("nav", 0.9),
                              ("iq_power", 0.4)],
                      widget=["w_iq_arrow", "w_iq_hij", "w_iq_bslash"], kicker=0.3,
                      title_form=["plain", "plain", "repeat", "crumb"], title_noise=[None, None, "tatweel"],
                      byline=["b_iq_slash", "b_iq_corr", "b_iq_city", "b_iq_edit", "b_iq_desk", None],
                      publine=["p_iq_timefirst", "p_iq_bslash", "p_iq_rel"], update=0.3, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "after_meta", "label_inline", "dup"],
                      caption=0.75, caption_fmt=["c_iq"], caption_alt=0.3, headings=0.35,
                      heading_fmt=["h_bar", "h_plain"], dateline=["dl_paren", None],
                      mid=[("iq_also", 0.5), ("iq_wa", 0.35), ("img2", 0.15)],
                      after=[("iq_tags", 0.5), ("iq_src", 0.5), ("iq_share", 0.6), ("iq_related", 0.5),
                             ("iq_most", 0.35)],
                      footer=["f_iq"], layout=["blank", "blank", "single"], body_noise=[None, None, "kashida"]),
    "fresh30_2": dict(site="gm", pre=[("gm_warn", 0.35), ("gm_cookie", 0.3)],
                      header=[("gm_lang", 0.5), ("site_name", 1.0), ("widget", 0.85), ("gm_oil", 0.6),
                              ("nav", 0.9), ("gm_sea", 0.45)],
                      widget=["w_gm_bi", "w_gm_hijfirst", "w_gm_two"], kicker=0.4,
                      title_form=["plain", "plain", "tab", "repeat"], title_noise=[None, None, "zwsp"],
                      byline=["b_gm_report", "b_gm_dot", "b_gm_en", "b_gm_desk", None],
                      publine=["p_gm_en", "p_gm_ar", "p_gm_hij"], update=0.35, counter=0.4,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_caption", "after_meta"],
                      caption=0.8, caption_fmt=["c_gm"], caption_alt=0.25, headings=0.4,
                      heading_fmt=["h_anchor", "h_plain"], dateline=["dl_slash", None],
                      mid=[("gm_vessel", 0.45), ("gm_ad", 0.35), ("img2", 0.2)],
                      after=[("gm_arrivals", 0.5), ("gm_tags", 0.5), ("gm_src", 0.5), ("gm_share", 0.55),
                             ("gm_latest", 0.5), ("gm_sub", 0.35)],
                      footer=["f_gm"], layout=["blank", "blank", "double"], body_noise=[None, "nbsp"]),
    "fresh30_3": dict(site="mg", pre=[("mg_cookie", 0.4)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("nav", 0.85), ("mg_pharm", 0.45),
                              ("mg_road", 0.35)],
                      widget=["w_mg_plain", "w_mg_pair", "w_mg_city"], kicker=0.35,
                      title_form=["plain", "plain", "crumb", "card"], title_noise=[None, None, "pf"],
                      byline=["b_mg_pen", "b_mg_office", "b_mg_role", "b_mg_two", "b_mg_desk", None],
                      publine=["p_mg_pin", "p_mg_sent", "p_mg_rel"], update=0.35, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_caption", "dup"],
                      caption=0.7, caption_fmt=["c_mg"], caption_alt=0.2, headings=0.35,
                      heading_fmt=["h_lozenge", "h_plain"], dateline=["dl_comma", None],
                      mid=[("mg_also", 0.5), ("mg_fb", 0.35)],
                      after=[("mg_tags", 0.5), ("mg_src", 0.45), ("mg_share", 0.6), ("mg_region", 0.5),
                             ("mg_comments", 0.4)],
                      footer=["f_mg"], layout=["blank", "blank", "spaces"], body_noise=[None, "zwsp"], crlf=0.25),
    "fresh30_4": dict(site="eg", pre=[("eg_push", 0.4)],
                      header=[("site_name", 1.0), ("widget", 0.8), ("eg_gold", 0.55), ("nav", 0.9),
                              ("eg_fx", 0.4), ("eg_results", 0.3)],
                      widget=["w_eg_indic", "w_eg_today", "w_eg_dash"], kicker=0.45,
                      title_form=["plain", "repeat", "tab", "plain"], title_noise=[None, None, "tatweel"],
                      byline=["b_eg_kataba", "b_eg_two", "b_eg_follow", "b_eg_photo", "b_eg_desk", None],
                      publine=["p_eg_cairo", "p_eg_indic", "p_eg_pubupd"], update=0.35, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "after_meta", "label_line", "after_caption"],
                      caption=0.75, caption_fmt=["c_eg"], caption_alt=0.3, headings=0.45,
                      heading_fmt=["h_square", "h_plain"], dateline=[None],
                      mid=[("eg_also", 0.55), ("eg_video", 0.35), ("eg_ad", 0.3)],
                      after=[("eg_tags", 0.55), ("eg_src", 0.4), ("eg_share", 0.5), ("eg_more", 0.5),
                             ("eg_form", 0.35)],
                      footer=["f_eg"], layout=["blank", "single"], body_noise=[None, "lrm"], bom=0.2),
    "fresh30_5": dict(site="sd", pre=[("sd_emergency", 0.4)],
                      header=[("site_name", 1.0), ("widget", 0.85), ("sd_fx", 0.5), ("nav", 0.85),
                              ("sd_net", 0.35)],
                      widget=["w_sd_old", "w_sd_pair", "w_sd_num"], kicker=0.3,
                      title_form=["plain", "plain", "repeat", "crumb"], title_noise=[None, None, "nbsp"],
                      byline=["b_sd_city", "b_sd_title", "b_sd_rasd", "b_sd_two", "b_sd_desk", None],
                      publine=["p_sd_khartoum", "p_sd_num", "p_sd_rel"], update=0.3, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_meta", "dup"],
                      caption=0.7, caption_fmt=["c_sd"], caption_alt=0.25, headings=0.35,
                      heading_fmt=["h_ast", "h_plain"], dateline=["dl_paren", "dl_slash", None],
                      mid=[("sd_wa", 0.45), ("sd_also", 0.45), ("img2", 0.15)],
                      after=[("sd_timeline", 0.45), ("sd_tags", 0.5), ("sd_src", 0.5), ("sd_share", 0.55),
                             ("sd_donate", 0.35)],
                      footer=["f_sd"], layout=["blank", "blank", "double"], body_noise=[None, "kashida"]),
    "fresh30_6": dict(site="ye", pre=[],
                      header=[("site_name", 1.0), ("ye_fx", 0.6), ("widget", 0.85), ("nav", 0.9),
                              ("ye_fuel", 0.35)],
                      widget=["w_ye_hijfirst", "w_ye_indic", "w_ye_two"], kicker=0.35,
                      title_form=["plain", "plain", "repeat", "card"], title_noise=[None, None, "pf"],
                      byline=["b_ye_city", "b_ye_prep", "b_ye_two", "b_ye_desk", None],
                      publine=["p_ye_hij", "p_ye_label", "p_ye_rel"], update=0.3, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "after_meta", "label_line", "after_caption"],
                      caption=0.7, caption_fmt=["c_ye"], caption_alt=0.2, headings=0.4,
                      heading_fmt=["h_pin", "h_plain"], dateline=["dl_comma", None],
                      mid=[("ye_also", 0.5), ("ye_ad", 0.3)],
                      after=[("ye_tags", 0.5), ("ye_src", 0.5), ("ye_share", 0.55), ("ye_most", 0.45),
                             ("ye_comments", 0.35)],
                      footer=["f_ye"], layout=["blank", "blank", "single"], body_noise=[None, "wj"], crlf=0.2),
    "fresh30_7": dict(site="am", pre=[("am_cookie", 0.4), ("am_lang", 0.4)],
                      header=[("site_name", 1.0), ("widget", 0.8), ("am_weather", 0.45), ("nav", 0.9),
                              ("am_events", 0.4)],
                      widget=["w_am_en", "w_am_fr", "w_am_num"], kicker=0.35,
                      title_form=["plain", "tab", "repeat", "plain"], title_noise=[None, None, "zwsp"],
                      byline=["b_am_by", "b_am_staff", "b_am_city", "b_am_ar", "b_am_desk", None],
                      publine=["p_am_en", "p_am_fr", "p_am_ar"], update=0.35, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_caption", "dup"],
                      caption=0.75, caption_fmt=["c_am"], caption_alt=0.3, headings=0.35,
                      heading_fmt=["h_block", "h_plain"], dateline=[None],
                      mid=[("am_also", 0.5), ("am_ad", 0.4), ("am_donate", 0.3)],
                      after=[("am_obits", 0.4), ("am_tags", 0.5), ("am_src", 0.45), ("am_share", 0.55),
                             ("am_news", 0.45)],
                      footer=["f_am"], layout=["blank", "double", "single"], body_noise=[None, "nbsp"], bom=0.2),
    "fresh30_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

PRE_ORDER = ["iq_ticker", "gm_warn", "gm_cookie", "mg_cookie", "eg_push", "sd_emergency", "am_cookie", "am_lang"]
HEADER_ORDER = ["gm_lang", "site_name", "iq_rate", "widget", "gm_oil", "eg_gold", "sd_fx", "ye_fx", "nav",
                "iq_power", "gm_sea", "mg_pharm", "mg_road", "eg_fx", "eg_results", "sd_net", "ye_fuel",
                "am_weather", "am_events"]
HEAD_POOL = [h for h in HEADER_ORDER if h not in ("site_name", "widget", "nav")]
MID_POOL = ["iq_also", "iq_wa", "gm_vessel", "gm_ad", "mg_also", "mg_fb", "eg_also", "eg_video", "eg_ad", "sd_wa",
            "sd_also", "ye_also", "ye_ad", "am_also", "am_ad", "am_donate", "img2"]
AFTER_POOL = ["iq_tags", "iq_src", "iq_share", "iq_related", "iq_most", "gm_arrivals", "gm_tags", "gm_src",
              "gm_share", "gm_latest", "gm_sub", "mg_tags", "mg_src", "mg_share", "mg_region", "mg_comments",
              "eg_tags", "eg_src", "eg_share", "eg_more", "eg_form", "sd_timeline", "sd_tags", "sd_src", "sd_share",
              "sd_donate", "ye_tags", "ye_src", "ye_share", "ye_most", "ye_comments", "am_obits", "am_tags",
              "am_src", "am_share", "am_news"]
CHOICES = dict(widget=["w_iq_arrow", "w_iq_hij", "w_iq_bslash", "w_gm_bi", "w_gm_hijfirst", "w_gm_two",
                       "w_mg_plain", "w_mg_pair", "w_mg_city", "w_eg_indic", "w_eg_today", "w_eg_dash", "w_sd_old",
                       "w_sd_pair", "w_sd_num", "w_ye_hijfirst", "w_ye_indic", "w_ye_two", "w_am_en", "w_am_fr",
                       "w_am_num", None],
               byline=["b_iq_slash", "b_iq_corr", "b_iq_city", "b_iq_edit", "b_iq_desk", "b_gm_report", "b_gm_dot",
                       "b_gm_en", "b_gm_desk", "b_mg_pen", "b_mg_office", "b_mg_role", "b_mg_two", "b_mg_desk",
                       "b_eg_kataba", "b_eg_two", "b_eg_follow", "b_eg_photo", "b_eg_desk", "b_sd_city",
                       "b_sd_title", "b_sd_rasd", "b_sd_two", "b_sd_desk", "b_ye_city", "b_ye_prep", "b_ye_two",
                       "b_ye_desk", "b_am_by", "b_am_staff", "b_am_city", "b_am_ar", "b_am_desk", None],
               publine=["p_iq_timefirst", "p_iq_bslash", "p_iq_rel", "p_gm_en", "p_gm_ar", "p_gm_hij", "p_mg_pin",
                        "p_mg_sent", "p_mg_rel", "p_eg_cairo", "p_eg_indic", "p_eg_pubupd", "p_sd_khartoum",
                        "p_sd_num", "p_sd_rel", "p_ye_hij", "p_ye_label", "p_ye_rel", "p_am_en", "p_am_fr",
                        "p_am_ar", None],
               caption_fmt=["c_iq", "c_gm", "c_mg", "c_eg", "c_sd", "c_ye", "c_am"],
               lede_place=["deck", "after_meta", "after_caption", "label_inline", "label_line", "dup"],
               heading_fmt=["h_plain", "h_bar", "h_anchor", "h_lozenge", "h_square", "h_ast", "h_pin", "h_block"],
               dateline=["dl_paren", "dl_slash", "dl_comma", None],
               footer=["f_iq", "f_gm", "f_mg", "f_eg", "f_sd", "f_ye", "f_am", None],
               body_noise=[None, "kashida", "nbsp", "zwsp", "lrm", "wj"],
               title_noise=[None, "tatweel", "pf", "zwsp", "nbsp"],
               title_form=["plain", "tab", "crumb", "repeat", "card"])
BASES = [f"fresh30_{k}" for k in range(1, 8)]


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
    spec["caption"] = 0.65
    spec["caption_alt"] = rng.choice([0.0, 0.3])
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["headings"] = 0.4
    own = [h for h, _ in spec["header"] if h in HEAD_POOL]
    extra = [h for h in HEAD_POOL if rng.random() < 0.15]
    names = own + extra + ["site_name", "widget", "nav"]
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    pre = [p for p in PRE_ORDER if rng.random() < 0.2]
    spec["pre"] = [(p, 1.0) for p in pre[:2]]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["mid"] = [(m, 0.2) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.18]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["layout"] = [rng.choice(["blank", "blank", "single", "double", "spaces"])]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def mg_months(ctx):
    return G.MAR if ctx["mg"] == "ma" else G.MAG


def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    hy, hmo, hd = G.hijri(d)
    hij = G.HIJ[hmo - 1]
    if fmt == "w_iq_arrow":
        return [f"التاريخ ⟵ {wd} {day} {G.LEV[m]} {y}"]
    if fmt == "w_iq_hij":
        return [f"{wd} ◇ {day} {G.LEV[m]} {y} ◇ {hd} {hij} {hy}هـ"]
    if fmt == "w_iq_bslash":
        return [f"{wd} {day}\\{m + 1}\\{y}"]
    if fmt == "w_gm_bi":
        return [f"{EN_WD3[wk]} {day:02d} {EN_MON3[m]} {y} | {wd} {day} {G.EG[m]}"]
    if fmt == "w_gm_hijfirst":
        return [f"{wd} {hd:02d}-{hmo:02d}-{hy}هـ ⚓ {day:02d}-{m + 1:02d}-{y}م"]
    if fmt == "w_gm_two":
        return [wd, f"{day} {G.EG[m]} {y}م / {hd} {hij} {hy}هـ"]
    if fmt == "w_mg_plain":
        return [f"{wd}، {day} {mg_months(ctx)[m]} {y}"]
    if fmt == "w_mg_pair":
        return [f"{day} {mg_months(ctx)[m]} {y} م ❘ {hd} {hij} {hy} هـ"]
    if fmt == "w_mg_city":
        return [f"{ctx['city']} في {wd} {day} {mg_months(ctx)[m]} {y}"]
    if fmt == "w_eg_indic":
        return [f"{wd} {day} {G.EG[m]} {y} | {hd} {hij} {hy}".translate(G.INDIC)]
    if fmt == "w_eg_today":
        return [f"اليوم {wd} الموافق {day} من {G.EG[m]} {y}"]
    if fmt == "w_eg_dash":
        return [f"{day} - {G.EG[m]} - {y} ({wd})"]
    if fmt == "w_sd_old":
        return [f"{wd} {day} {SD_MON[m]} {y}م"]
    if fmt == "w_sd_pair":
        return [f"{wd} {day} {SD_MON[m]} {y} الموافق {hd} {hij} {hy}هـ"]
    if fmt == "w_sd_num":
        return [f"{day}/{m + 1}/{y}م | {hd}/{hmo}/{hy}هـ"]
    if fmt == "w_ye_hijfirst":
        return [f"{wd} {hd} {hij} {hy}هـ - {day} {G.EG[m]} {y}م"]
    if fmt == "w_ye_indic":
        return [f"{wd} {day}/{m + 1}/{y}م".translate(G.INDIC)]
    if fmt == "w_ye_two":
        return [f"{hd} {hij} {hy}هـ", f"{day} {G.EG[m]} {y}م"]
    if fmt == "w_am_num" and day <= 12:
        fmt = "w_am_en"  # month-first numeric dates only where the day cannot be a month
    if fmt == "w_am_num":
        return [f"{m + 1}/{day}/{y} · {EN_WD[wk]}"]
    if fmt == "w_am_en":
        return [f"{EN_WD[wk]} · {EN_MON[m]} {day}, {y} · {wd} {day} {G.LEV[m]}"]
    if fmt == "w_am_fr":
        return [f"{FR_WD[wk]} {day} {FR_MON[m]} {y} | {wd} {day} {G.LEV[m]} {y}"]
    raise ValueError(fmt)


def rel_age(pub, tm, crawl, rng):
    """How long ago, as the page says it on the crawl day."""
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
    """Where and how the publication date shows: dict(meta=[lines], value=published truth or None, fmt)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(meta=[], value=full, fmt=fmt)
    if tm:
        hh, mi = tm
        h12 = G.h12(hh)
    if fmt == "p_iq_timefirst":
        out["meta"] = ["وقت النشر: " + (f"{h12}:{mi:02d} {period(hh)} — " if tm else "") + f"{day} {G.LEV[m]} {y}"]
    elif fmt == "p_iq_bslash":
        out["meta"] = [f"نشر في {day}\\{m + 1}\\{y}" + (f" ⏐ {hm(*tm)}" if tm else "")]
    elif fmt in ("p_iq_rel", "p_mg_rel", "p_sd_rel", "p_ye_rel"):
        out["value"] = None
        age = rel_age(d, tm, ctx["crawl"], rng)
        out["meta"] = [{"p_iq_rel": f"🕓 {age}", "p_mg_rel": f"نُشر {age}", "p_sd_rel": f"منشور {age}",
                        "p_ye_rel": f"⏱ {age}"}[fmt]]
    elif fmt == "p_gm_en":
        out["meta"] = [f"Published · {day:02d} {EN_MON3[m]} {y}" + (f" · {hm(*tm)} {ctx['zone']}" if tm else "")]
    elif fmt == "p_gm_ar":
        out["meta"] = [f"تاريخ النشر (بتوقيت {ctx['city']}): {y}/{m + 1:02d}/{day:02d}" +
                       (f" - {hm(*tm)}" if tm else "")]
    elif fmt == "p_gm_hij":
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"{hd} {G.HIJ[hmo - 1]} {hy}هـ، {day} {G.EG[m]} {y}م" + (f"، {hm(*tm)}" if tm else "")]
    elif fmt == "p_mg_pin":
        out["meta"] = [f"📍 {ctx['city']} | {day} {mg_months(ctx)[m]} {y}" + (f" | {hm(*tm)}" if tm else "")]
    elif fmt == "p_mg_sent":
        cap = "الرباط" if ctx["mg"] == "ma" else "الجزائر"
        out["meta"] = [f"أُرسل في: {day} {mg_months(ctx)[m]} {y}" + (f" ({hm(*tm)} بتوقيت {cap})" if tm else "")]
    elif fmt == "p_eg_cairo":
        out["meta"] = [f"القاهرة في {day} {G.EG[m]} {y}" + (f" ـ الساعة {h12}:{mi:02d} {ampm_ar(hh)}" if tm else "")]
    elif fmt == "p_eg_indic":
        s = f"{day}-{m + 1}-{y}" + (f" {h12}:{mi:02d} {ampm_ar(hh)}" if tm else "")
        out["meta"] = ["🕘 " + s.translate(G.INDIC)]
    elif fmt == "p_eg_pubupd":
        out["meta"] = [f"نُشر: {day}/{m + 1}/{y}" + (f" {h12}:{mi:02d} {ampm_ar(hh)}" if tm else "")]
    elif fmt == "p_sd_khartoum":
        out["meta"] = [f"نُشر في {day} {SD_MON[m]} {y}" + (f" - {hm(*tm)} (توقيت الخرطوم)" if tm else "")]
    elif fmt == "p_sd_num":
        out["meta"] = [f"بتاريخ: {day}/{m + 1}/{y}م" + (f" الساعة {h12}:{mi:02d} {sd_period(hh)}" if tm else "")]
    elif fmt == "p_ye_hij":
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"{wd} {hd} {G.HIJ[hmo - 1]} {hy}هـ الموافق {day} {G.EG[m]} {y}م" +
                       (f" - {hm(*tm)}" if tm else "")]
    elif fmt == "p_ye_label":
        out["meta"] = [f"تاريخ الإضافة ⇦ {day:02d}/{m + 1:02d}/{y}" + (f" ⇦ {hm(*tm)}" if tm else "")]
    elif fmt == "p_am_en":
        out["meta"] = [f"Posted {AP_MON[m]} {day}, {y}" +
                       (f" at {h12}:{mi:02d} {ampm_ap(hh)} {us_zone(d)}" if tm else "")]
    elif fmt == "p_am_fr":
        out["meta"] = [f"Publié le {day} {FR_MON[m]} {y}" + (f" à {hh} h {mi:02d}" if tm else "")]
    elif fmt == "p_am_ar":
        out["meta"] = [f"نُشر في {day} {G.LEV[m]} {y}" +
                       (f" — {h12}:{mi:02d} {ampm_ar(hh)} بتوقيت {ctx['city']}" if tm else "")]
    else:
        raise ValueError(fmt)
    return out


UPDATE_OF = {"p_iq_timefirst": "u_iq", "p_iq_bslash": "u_iq", "p_gm_en": "u_gm", "p_gm_ar": "u_gm",
             "p_gm_hij": "u_gm", "p_mg_pin": "u_mg", "p_mg_sent": "u_mg", "p_eg_cairo": "u_eg",
             "p_eg_indic": "u_eg", "p_eg_pubupd": "u_eg_inline", "p_sd_khartoum": "u_sd", "p_sd_num": "u_sd",
             "p_ye_hij": "u_ye", "p_ye_label": "u_ye", "p_am_en": "u_am", "p_am_fr": "u_am_fr", "p_am_ar": "u_am"}


def fmt_update(ufmt, pub, tm, crawl, rng, ctx):
    """(text, modified truth) of an update no later than the crawl day; (None, None) without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 40)))
    d, hh, mi = u.date(), u.hour, u.minute
    val = f"{d.isoformat()}T{hm(hh, mi)}"
    h12 = G.h12(hh)
    if ufmt == "u_iq":
        line = f"آخر تحديث ⟲ {d.day}\\{d.month}\\{d.year} {hm(hh, mi)}"
    elif ufmt == "u_gm":
        line = f"Updated · {d.day:02d} {EN_MON3[d.month - 1]} {d.year} · {hm(hh, mi)}"
    elif ufmt == "u_mg":
        line = f"تم تحيين الخبر: {d.day} {mg_months(ctx)[d.month - 1]} {d.year} - {hm(hh, mi)}"
    elif ufmt == "u_eg":
        line = f"آخر تعديل: {d.day}/{d.month}/{d.year} {h12}:{mi:02d} {ampm_ar(hh)}"
    elif ufmt == "u_eg_inline":
        line = f" | آخر تحديث: {d.day}/{d.month}/{d.year} {h12}:{mi:02d} {ampm_ar(hh)}"
    elif ufmt == "u_sd":
        line = f"حُدِّث في {d.day} {SD_MON[d.month - 1]} {d.year} - {hm(hh, mi)}"
    elif ufmt == "u_ye":
        line = f"عُدّل بتاريخ {d.day:02d}/{d.month:02d}/{d.year} {hm(hh, mi)}"
    elif ufmt == "u_am":
        line = f"Updated {AP_MON[d.month - 1]} {d.day}, {d.year} {h12}:{mi:02d} {ampm_ap(hh)} {us_zone(d)}"
    else:
        line = f"Mis à jour le {d.day} {FR_MON[d.month - 1]} {d.year} à {hh} h {mi:02d}"
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
    """`ch` put inside up to n Arabic words of three letters or more."""
    ws = text.split(" ")
    spots = [i for i, w in enumerate(ws) if len(w) >= 3 and re.fullmatch("[\u0621-\u064a]+", w)]
    for k in sorted(rng.sample(spots, min(len(spots), n))):
        w = ws[k]
        p = rng.randint(1, len(w) - 1)
        ws[k] = w[:p] + ch + w[p:]
    return " ".join(ws)


def body_noise(text, kind, rng):
    if kind == "kashida":
        return G.add_tatweel(text, rng)
    if kind == "nbsp":
        return "".join(NBSP if c == " " and rng.random() < 0.12 else c for c in text)
    if kind == "zwsp":
        return inside_words(text, ZWSP, rng.randint(1, 3), rng)
    if kind == "wj":
        return inside_words(text, WJ, rng.randint(1, 2), rng)
    if kind == "lrm":
        return re.sub(r"(\d+(?:[.,]\d+)*)", lambda mm: LRM + mm.group(1) + LRM if rng.random() < 0.5
                      else mm.group(1), text)
    return text


def title_noise(title, kind, rng):
    if kind == "tatweel":
        return G.add_tatweel(title, rng)
    if kind == "pf" and not re.search("[\u064b-\u0652]", title):
        return G.presentation_forms(title)
    if kind == "zwsp":
        return inside_words(title, ZWSP, 1, rng)
    if kind == "nbsp":
        return title.replace(" ", NBSP, rng.randint(1, 3))
    return title


def heading_lines(h, fmt):
    if fmt == "h_block":
        return [f"■ {h}"]
    mark = {"h_bar": "▌", "h_anchor": "⚓", "h_lozenge": "⬥", "h_square": "◼", "h_ast": "⁂", "h_pin": "📌"}.get(fmt)
    return [f"{mark} {h}"] if mark else [h]


def caption_lines(cfmt, cap, credit):
    if cfmt == "c_iq":
        return [f"📷 {cap} — عدسة: {credit}"]
    if cfmt == "c_gm":
        return [f"{cap} — Photo: {credit}"]
    if cfmt == "c_mg":
        return [f"{cap} ـ تصوير: {credit}"]
    if cfmt == "c_eg":
        return [f"{cap} ▪ تصوير: {credit}"]
    if cfmt == "c_sd":
        return [f"{cap} ⌁ المصدر: {credit}"]
    if cfmt == "c_ye":
        return [f"{cap} | عدسة {credit}"]
    if cfmt == "c_am":
        return [f"{cap} | Photo courtesy of {credit}"]
    raise ValueError(cfmt)


def apply_dateline(form, doc, paras, truth, comp):
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl
    if form == "dl_paren":
        paras[0] = f"{place} ({rest}) ــ {paras[0]}"
    elif form == "dl_slash":
        paras[0] = f"{rest}/ {place}: {paras[0]}"
    else:
        paras[0] = f"{place}، {rest} ~ {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl


def future(d, rng, lo, hi):
    return d + datetime.timedelta(days=rng.randint(lo, hi))


def past(d, rng, lo, hi):
    return d - datetime.timedelta(days=rng.randint(lo, hi))


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
    site, dom, city, var = rng.choice(SITES[key])
    year = crawl.year
    layout = pick("layout")
    section = rng.choice(SECTIONS[key])
    people = PEOPLE[key]
    ctx = dict(key=key, city=city, crawl=crawl,
               mg=var if key == "mg" else rng.choice(["ma", "dz"]),
               zone=var if key == "gm" else rng.choice(["GMT+3", "GMT+4"]),
               am=var if key == "am" else rng.choice(["us", "ca"]))
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
    dup = lede_place == "dup"
    if dup:
        dform = None
    dl = apply_dateline(dform, doc, paras, truth, comp) if (not summary or summary != paras[0]) else None
    dl_used = dl is not None
    if dup and summary and lede_mode == "promoted":
        paras.insert(0, summary)  # the first paragraph printed as a deck and again at the body's head

    if tform == "tab":
        sep = rng.choice([" - ", " « ", " ▸ "])
        add("tab", [f"{title}{sep}{site}"])

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "iq_ticker":
            add("ticker", ["شريط الأخبار ▸ " + " ▸ ".join(others.pop() for _ in range(2))])
        elif pname == "gm_warn":
            add("warn", [f"⚠ تحذير ملاحي: رياح شمالية غربية {rng.randint(18, 30)}-{rng.randint(31, 40)} عقدة "
                         f"وارتفاع الموج حتى {rng.randint(5, 9)} أقدام"])
        elif pname == "gm_cookie":
            add("cookie", ["This website uses cookies to ensure you get the best experience.", "Got it!"])
        elif pname == "mg_cookie":
            add("cookie", ["يستعمل هذا الموقع ملفات الكوكيز لتحسين تجربتكم، بمتابعة التصفح توافقون على ذلك.",
                           "أوافق", "اقرأ المزيد"])
        elif pname == "eg_push":
            add("push", ["فعّل الإشعارات لتصلك أهم الأخبار لحظة بلحظة", "لاحقًا", "تفعيل"])
        elif pname == "sd_emergency":
            add("emergency", [f"📢 خط الطوارئ: للإبلاغ عن المفقودين أو طلب الإغاثة تواصل على 0{rng.randint(91, 99)}"
                              f"{rng.randint(1000000, 9999999)}"])
        elif pname == "am_cookie":
            add("cookie", ["We value your privacy. We use cookies to enhance your browsing experience.",
                           "Accept All | Manage Preferences"])
        elif pname == "am_lang":
            add("lang", ["English | Français | العربية"])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "site_name":
            add("site_name", [site])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "nav":
            vocab = NAV[key]
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(4, len(vocab) - 1))
            if key in ("iq", "eg", "ye"):
                add("nav", items)
            else:
                add("nav", [rng.choice([" | ", " · ", "  "]).join(items)])
        elif hname == "iq_rate":
            add("rate", [f"سعر صرف الدولار في بورصة الكفاح: 100 دولار = {rng.randint(1420, 1560) * 100:,} دينار"])
        elif hname == "iq_power":
            add("power", [f"⚡ ساعات تجهيز الكهرباء الوطنية اليوم في {city if key == 'iq' else 'البصرة'}: "
                          f"{rng.randint(8, 20)} ساعة"])
        elif hname == "gm_lang":
            add("lang", ["English | العربية", "Login"])
        elif hname == "gm_oil":
            add("oil", [f"برنت {rng.randint(7000, 9500) / 100:.2f}$ ▲ | غرب تكساس {rng.randint(6500, 9000) / 100:.2f}$ "
                        f"▼ | مؤشر البلطيق للشحن {rng.randint(900, 2600):,} نقطة"])
        elif hname == "gm_sea":
            add("sea", [f"حالة البحر: {rng.choice(['خفيف الموج', 'متوسط الموج', 'مضطرب أحياناً'])} | الرياح "
                        f"{rng.randint(5, 25)} عقدة | الرؤية {rng.randint(3, 10)} كم"])
        elif hname == "mg_pharm":
            a, b = rng.sample(MG_PHARM, 2)
            add("pharm", [f"صيدليات الحراسة الليلة بـ{city if key == 'mg' else 'أكادير'}: {a} – {b}"])
        elif hname == "mg_road":
            add("road", [f"حالة الطرق: الطريق الوطنية رقم {rng.choice([1, 6, 8, 10, 11, 13])} "
                         f"{rng.choice(['سالكة', 'مقطوعة جزئياً بسبب الأشغال', 'سالكة بحذر'])}"])
        elif hname == "eg_gold":
            g21 = rng.randint(2800, 3900)
            add("gold", [f"أسعار الذهب الآن: عيار 21 = {g21:,} جنيه | عيار 24 = {g21 * 8 // 7:,} جنيه | "
                         f"الجنيه الذهب = {g21 * 8:,} جنيه"])
        elif hname == "eg_fx":
            x = rng.randint(3080, 4900) / 100
            add("fx", [f"الدولار في البنك الأهلي: شراء {x:.2f} | بيع {x + 0.1:.2f}"])
        elif hname == "eg_results":
            add("results", [f"نتيجة الشهادة الإعدادية {year} — ابحث برقم الجلوس", "أدخل رقم الجلوس", "عرض النتيجة"])
        elif hname == "sd_fx":
            add("fx", [f"الدولار في السوق الموازي: {rng.randint(1100, 2700):,} جنيه | الريال السعودي: "
                       f"{rng.randint(290, 700)} جنيه"])
        elif hname == "sd_net":
            state = rng.choice(["انقطاع جزئي في ولايات دارفور", "الخدمة مستقرة في معظم الولايات",
                                "انقطاع الإنترنت في أجزاء من كردفان"])
            add("net", [f"حالة الاتصالات: {state}"])
        elif hname == "ye_fx":
            add("fx", [f"أسعار الصرف — عدن: الدولار {rng.randint(1400, 2100):,} ريال | صنعاء: الدولار "
                       f"{rng.randint(525, 540)} ريال"])
        elif hname == "ye_fuel":
            add("fuel", [f"سعر دبة البترول (20 لتر) في عدن: {rng.randint(18, 34) * 1000:,} ريال"])
        elif hname == "am_weather":
            where = "Dearborn, MI" if ctx["am"] == "us" else rng.choice(["Montréal, QC", "Ottawa, ON"])
            add("weather", [f"{where} {rng.randint(-12, 30)}°C"])
        elif hname == "am_events":
            a = future(crawl, rng, 3, 25)
            add("events", [f"Community Calendar ▸ {rng.choice(AM_EVENTS)} — {EN_MON3[a.month - 1]} {a.day}"])
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
        cap_group = caption_lines(cfmt, cap, credit)
        if rng.random() < spec["caption_alt"]:
            alt = rng.choice([f"صورة: {cap}", f"[صورة: {cap}]", f"Image: {cap}"])
            cap_group = [alt] + cap_group
            comp["caption_alt"] = True

    kicker = None
    if rng.random() < spec["kicker"]:
        kicker = {"iq": f"◀ {section}", "gm": f"{section} ⚓", "mg": f"{section} | {city}", "eg": f"{section} »",
                  "sd": f"● {section}", "ye": f"{section} ◂", "am": section}[key]

    # meta lines
    meta = []
    authors = []
    if bfmt == "b_iq_slash":
        meta.append(f"بقلم/ {name}")
        authors = [name]
    elif bfmt == "b_iq_corr":
        meta.append(f"{name} – {'مراسلة' if female else 'مراسل'} {site} في {city}")
        authors = [name]
    elif bfmt == "b_iq_city":
        meta.append(f"{city} / {name}")
        authors = [name]
    elif bfmt == "b_iq_edit":
        meta.append(f"تحرير: {name} | تدقيق: {name2}")
        authors = [name]
    elif bfmt == "b_iq_desk":
        meta.append("قسم الأخبار المحلية")
    elif bfmt == "b_gm_report":
        meta.append(f"{'تقرير' if rng.random() < 0.5 else 'كتب'}: {name} — محرر الشؤون البحرية")
        authors = [name]
    elif bfmt == "b_gm_dot":
        meta.append(f"✒ {name} · {name2}")
        authors = [name, name2]
    elif bfmt == "b_gm_en":
        meta.append(f"{name} | Staff Reporter")
        authors = [name]
    elif bfmt == "b_gm_desk":
        meta.append("وحدة الرصد البحري")
    elif bfmt == "b_mg_pen":
        meta.append(f"بقلم: {name}")
        authors = [name]
    elif bfmt == "b_mg_office":
        meta.append(f"{name} ـ مكتب {city}")
        authors = [name]
    elif bfmt == "b_mg_role":
        meta.append(f"{'مراسلة' if female else 'مراسل'} الجريدة بـ{city}: {name}")
        authors = [name]
    elif bfmt == "b_mg_two":
        meta.append(f"{name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_mg_desk":
        meta.append("هيئة التحرير")
    elif bfmt == "b_eg_kataba":
        meta.append(f"{'كتبت' if female else 'كتب'} - {name}")
        authors = [name]
    elif bfmt == "b_eg_two":
        meta.append(f"كتب - {name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_eg_follow":
        meta.append(f"متابعة: {name}")
        authors = [name]
    elif bfmt == "b_eg_photo":
        meta.append(f"{name} | تصوير: {name2}")
        authors = [name]
    elif bfmt == "b_eg_desk":
        meta.append(f"{site} - خاص")
    elif bfmt == "b_sd_city":
        meta.append(f"{city}: {name}")
        authors = [name]
    elif bfmt == "b_sd_title":
        meta.append(f"بقلم {'الصحفية' if female else 'الصحفي'} {name}")
        authors = [name]
    elif bfmt == "b_sd_rasd":
        meta.append(f"رصد وتحرير: {name}")
        authors = [name]
    elif bfmt == "b_sd_two":
        meta.append(f"{name} / {name2}")
        authors = [name, name2]
    elif bfmt == "b_sd_desk":
        meta.append("غرفة الأخبار")
    elif bfmt == "b_ye_city":
        meta.append(f"{city} - {name}")
        authors = [name]
    elif bfmt == "b_ye_prep":
        meta.append(f"إعداد وتحرير: {name}")
        authors = [name]
    elif bfmt == "b_ye_two":
        meta.append(f"{name} و {name2}")
        authors = [name, name2]
    elif bfmt == "b_ye_desk":
        meta.append(f"{site} - متابعات")
    elif bfmt == "b_am_by":
        a, b = rng.sample(LATIN_AM, 2)
        if rng.random() < 0.35:
            meta.append(f"By {a} and {b}" if ctx["am"] == "us" else f"Par {a} et {b}")
            authors = [a, b]
        else:
            meta.append(f"By {a}" if ctx["am"] == "us" else f"Par {a}")
            authors = [a]
    elif bfmt == "b_am_staff":
        a = rng.choice(LATIN_AM)
        meta.append(f"{a}, Staff Writer")
        authors = [a]
    elif bfmt == "b_am_city":
        meta.append(f"{name} | {'Dearborn' if ctx['am'] == 'us' else 'Montréal'}")
        authors = [name]
    elif bfmt == "b_am_ar":
        meta.append(f"{name} - {city}")
        authors = [name]
    elif bfmt == "b_am_desk":
        meta.append("The Newsroom")
    if pinfo:
        meta += pinfo["meta"]
        ufmt = UPDATE_OF.get(pinfo["fmt"])
        if ufmt and pinfo["value"] and rng.random() < spec["update"]:
            line, mod = fmt_update(ufmt, pub, tm, crawl, rng, ctx)
            if line:
                if ufmt == "u_eg_inline":
                    meta[-1] += line
                else:
                    meta.append(line)
                truth["modified"] = mod
                comp["update"] = True
    truth["authors"] = authors
    if rng.random() < spec["counter"]:
        n = rng.randint(2, 14)
        meta.append({"iq": f"👁 {n * 143} مشاهدة", "gm": f"{n} min read", "mg": f"عدد القراءات: {n * 211}",
                     "eg": f"⏱ قراءة {n} دقائق", "sd": f"المشاهدات: {n * 97}", "ye": f"👁 {n * 177}",
                     "am": f"{n} min read · قراءة في {n} دقائق"}[key])

    label = LEDE_LABEL[key]
    labelled = ("label_inline", "label_line")
    if tform == "crumb":
        cut = title.split()
        crumb = [HOME[key], section]
        if len(cut) > 6:
            crumb.append(" ".join(cut[:5]) + " ...")
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
            if mname == "iq_also":
                add("also", [f"◀ اقرأ كذلك: {others.pop()}"])
            elif mname == "iq_wa":
                add("wa", [f"تابعوا قناة {site} على واتساب"])
            elif mname == "gm_vessel":
                ship, flag = rng.choice(SHIPS)
                add("vessel", [f"🚢 {ship} | IMO {rng.randint(9100000, 9899999)} | العلم: {flag} | الحمولة "
                               f"{rng.randint(8, 220) * 1000:,} طن"])
            elif mname == "gm_ad":
                add("ad", ["Advertisement", "إعلان"])
            elif mname == "mg_also":
                add("also", [f"اقرأ أيضا ⟵ {others.pop()}"])
            elif mname == "mg_fb":
                add("fb", [f"تابعوا صفحة {site} على فيسبوك لمزيد من أخبار الجهة"])
            elif mname == "eg_also":
                add("also", [f"طالع أيضًا | {others.pop()}"])
            elif mname == "eg_video":
                add("video", [f"شاهد ▶ {others.pop()} (فيديو)"])
            elif mname == "eg_ad":
                add("ad", ["مساحة إعلانية"])
            elif mname == "sd_wa":
                add("wa", ["انضم إلى قناتنا على واتساب لتصلك الأخبار أولًا بأول"])
            elif mname == "sd_also":
                add("also", [f"ذات صلة ⇐ {others.pop()}"])
            elif mname == "ye_also":
                add("also", [f"▪️ ذات صلة: {others.pop()}"])
            elif mname == "ye_ad":
                add("ad", ["— إعلان —"])
            elif mname == "am_also":
                add("also", [f"Related | {others.pop()}"])
            elif mname == "am_ad":
                add("ad", ["ADVERTISEMENT"])
            elif mname == "am_donate":
                add("donate", ["Support independent community journalism — ادعم صحافة الجالية المستقلة", "Donate"])
            elif mname == "img2":
                ckey = rng.choice(list(CAPTIONS))
                cap2 = rng.choice(CAPTIONS[ckey])
                credit2 = rng.choice(CREDITS[ckey])
                truth["images"].append({"caption": cap2, "credit": credit2})
                add("caption2", caption_lines("c_" + ckey, cap2, credit2))
        if b["type"] == "heading":
            add("heading", heading_lines(b["text"], hfmt), chrome=False)
            continue
        add("body", [body_noise(b["text"], nkind, rng)], chrome=False)

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
        kind = aname[3:]
        akey = aname[:2]
        if kind == "src":
            if truth["sources"] or not doc["site"]:
                continue
            srcs = src_list(EXTRA_SRC[akey])
            line = {"iq": "المصدر ⬅ " + " + ".join(srcs), "gm": "Source / المصدر: " + ", ".join(srcs),
                    "mg": "المصدر: " + " – ".join(srcs), "eg": "المصدر: " + "، ".join(srcs),
                    "sd": "مصادر: " + " · ".join(srcs), "ye": "📎 المصادر: " + " / ".join(srcs),
                    "am": "Sources: " + "; ".join(srcs)}[akey]
            add("sources", [line])
            truth["sources"] = srcs
        elif kind == "tags":
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            line = {"iq": "هاشتاكات: " + " ".join("#" + t for t in tags),
                    "gm": "الوسوم ⚓ " + " · ".join(tags),
                    "mg": "الكلمات الدلالية: " + " / ".join(tags),
                    "eg": "تاجات: " + " - ".join(tags),
                    "sd": "كلمات مفتاحية | " + " | ".join(tags),
                    "ye": "🏷 " + " ، ".join(tags),
                    "am": "Topics · " + " · ".join(tags)}[akey]
            add("tags", [line])
            truth["tags"] = tags
        elif aname == "iq_share":
            add("share", ["شارك الخبر عبر: فيسبوك - تلكرام - واتساب - نسخ الرابط"])
        elif aname == "iq_related":
            add("related", ["أخبار من المحافظات"] + [f"◂ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "iq_most":
            add("most", ["الأكثر مشاهدة هذا الأسبوع"] +
                [f"{k}) {others.pop()}" for k in range(1, rng.randint(3, 5) + 1)])
        elif aname == "gm_arrivals":
            lines = ["السفن المتوقع وصولها", "السفينة | الميناء | الوصول المتوقع"]
            for (ship, _), port in zip(rng.sample(SHIPS, 3), rng.sample(PORTS, 3)):
                a = future(crawl, rng, 1, 9)
                clock = hm(rng.randint(0, 23), rng.choice([0, 30]))
                lines.append(f"{ship} | {port} | ETA {a.day:02d}/{a.month:02d} {clock}")
            add("arrivals", lines)
        elif aname == "gm_share":
            add("share", ["Share this article", "WhatsApp · LinkedIn · X · Email"])
        elif aname == "gm_latest":
            add("latest", ["Latest | آخر الأخبار"] + [f"— {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "gm_sub":
            add("sub", ["النشرة الملاحية الأسبوعية", "Your email address", "اشترك الآن"])
        elif aname == "mg_share":
            add("share", ["شارك المقال ⟶ فيسبوك | إكس | واتساب | نسخ الرابط"])
        elif aname == "mg_region":
            add("region", ["أخبار الجهة"] + [f"» {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "mg_comments":
            n = rng.randint(1, 3)
            lines = [f"تعليقات الزوار ({n})"]
            for k, who in enumerate(rng.sample(MG_COMMENTERS, n), 1):
                lines += [f"{k} - {who}", rng.choice(MG_COMMENTS)]
            lines.append("أضف تعليقك")
            add("comments", lines)
        elif aname == "eg_share":
            add("share", ["شارك الخبر", "فيسبوك تويتر واتساب تليجرام"])
        elif aname == "eg_more":
            add("more", [f"المزيد من {section}"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "eg_form":
            n = rng.randint(0, 2)
            lines = [f"التعليقات ({n})"]
            for who in rng.sample(EG_COMMENTERS, n):
                lines += [f"{who} - منذ {rng.randint(3, 9)} ساعات", rng.choice(EG_COMMENTS)]
            lines += ["أضف تعليق", "الاسم", "البريد الإلكتروني", "التعليق", "إرسال"]
            add("form", lines)
        elif aname == "sd_timeline":
            lines = ["تسلسل زمني للأحداث"]
            days = sorted(rng.sample(SD_EVENTS_DAYS, 3), reverse=True)
            for k in days:
                a = crawl - datetime.timedelta(days=k)
                lines.append(f"{a.day} {SD_MON[a.month - 1]}: {others.pop()}")
            add("timeline", lines)
        elif aname == "sd_share":
            add("share", ["شارك:", "واتساب • فيسبوك • تيليجرام"])
        elif aname == "sd_donate":
            add("donate", ["ادعم الصحافة المستقلة في السودان", "تبرّع"])
        elif aname == "ye_share":
            add("share", ["مشاركة الخبر: فيسبوك / تويتر / واتساب"])
        elif aname == "ye_most":
            add("most", ["الأكثر قراءة خلال 24 ساعة"] + [f"• {others.pop()}" for _ in range(rng.randint(3, 5))])
        elif aname == "ye_comments":
            n = rng.randint(1, 3)
            lines = [f"التعليقات ({n})"]
            for who in rng.sample(YE_COMMENTERS, n):
                lines += [f"{who} ⟨{rel_age(past(crawl, rng, 0, 0), None, crawl, rng)}⟩", rng.choice(YE_COMMENTS)]
            add("comments", lines)
        elif aname == "am_obits":
            lines = ["وفيات الجالية"]
            for who in rng.sample(AM_OBIT, rng.randint(1, 2)):
                a = future(crawl, rng, 1, 4)
                lines.append(f"انتقل إلى رحمته تعالى {who} ({rng.randint(58, 94)} عامًا)، تقبل التعازي يوم "
                             f"{G.WD[a.weekday()]} {a.day} {G.LEV[a.month - 1]} في {rng.choice(AM_HALLS)}")
            add("obits", lines)
        elif aname == "am_share":
            add("share", ["Share: Facebook · X · WhatsApp · Email"])
        elif aname == "am_news":
            add("news", ["More from the Community | المزيد"] + [f"› {others.pop()}" for _ in range(rng.randint(2, 4))])
        else:
            continue
        comp.setdefault("after", []).append(aname)

    if tform == "card":
        add("card", [f"رابط مختصر: https://{dom}/?p={rng.randint(10000, 999999)}", f"شارك: {title}"])

    ffmt = pick("footer")
    if ffmt == "f_iq":
        add("footer", [f"جميع الحقوق محفوظة © {site} {year}",
                       f"رقم الإجازة الصادرة من هيئة الإعلام والاتصالات: {rng.randint(100, 999)}"])
    elif ffmt == "f_gm":
        add("footer", [f"© {year} {site}. All Rights Reserved.", "About · Advertise · Privacy · Contact"])
    elif ffmt == "f_mg":
        add("footer", [f"المدير المسؤول: {rng.choice(MG_DIRECTOR)}", f"جميع الحقوق محفوظة {site} {year} ©"])
    elif ffmt == "f_eg":
        add("footer", [f"حقوق النشر محفوظة لـ{site} © {year}", "من نحن | اتصل بنا | سياسة الاستخدام"])
    elif ffmt == "f_sd":
        add("footer", [f"{site} © {year} — صحافة مستقلة من أجل السودان"])
    elif ffmt == "f_ye":
        add("footer", [f"جميع الحقوق محفوظة لموقع {site} {year}", "يسمح بالنقل مع ذكر المصدر"])
    elif ffmt == "f_am":
        add("footer", [f"© {year} {site} Media Inc. All rights reserved.", "About Us · Contact · Advertise"])

    # layout
    single = layout == "single"
    sep = {"blank": [""], "single": [""], "double": ["", ""], "spaces": ["  "]}[layout]
    out = []
    chrome_lines = []
    prev = None
    for g in groups:
        kind = g["kind"]
        if out and not g["glue"]:
            if not (single and kind in ("body", "heading") and prev in ("body", "heading")):
                out += sep
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
