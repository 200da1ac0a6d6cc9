"""The `fresh23` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh23 --n 2000 --seed 101
    python3 bench/textdump/score_dumps.py --split fresh23 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH23 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by a helper who has not read the extractor, its tests, its
fixtures or its benchmark notes (nor the sealed fresh21 and fresh22
modules). No component here is meant to be one of the tune, held-out, fresh,
fresh2, ..., fresh20 ones (as far as gen_dumps.py, fresh19_styles.py,
fresh20_styles.py and the other modules' docstrings show). Only the
aggregate rows of `score_dumps.py --split fresh23` are ever reported; once
the extractor is changed because of anything learnt here, the split is spent.

The eight styles (`fresh23_1` ... `fresh23_7`, and `fresh23_mixed`, a
per-document random draw of the others' components) imitate text dumps of
everyday Arabic news sites rather than unusual page kinds: a Lebanese news
and press-review portal (Levantine months, French bits in the chrome, `كتب
NAME في «PAPER»:` bylines, emergency numbers, a WhatsApp-group prompt), a
Tunisian bilingual online paper (French chrome and cookie banner, Tunisian
months, `Publié le` / `Mis à jour le`, `في حدود الساعة`, a byline signed at
the end), the web edition of a Saudi daily (Hijri and Gregorian dates with
Saudi spellings, Arabic-Indic numeric dates, `CITY - NAME` bylines, print
issue and page marks, Snapchat in the share bar), an Egyptian news portal
(months and weekdays without hamza, `كتب -` and `تصوير -` bylines,
governorate correspondents, gold-price strips, `اقرأ أيضًا..` links, the
comment form, the chairman and the editor-in-chief in the footer, final `ى`
for `ي` in the body), an Emirati bilingual site with English chrome
(English dates with the Hijri month in English, `GST` clocks, a "listen to
this article" strip, an English cookie banner, `Topics:`), a Moroccan portal
with reader comments (Moroccan months, relative publication times, reading
time and comment counters, numbered comments with likes, a moderation
notice), and the Arabic site of a Paris-based international radio (French
chrome, an audio player, triple month names, `نشرت في:` with its update on
the same line, podcasts and programme lists). Site names, papers, people and
the vocabulary are invented. The corpus texts, the lede choice (abstract /
teaser / promoted first paragraph), the inserted headings and the other
articles' titles in related blocks are the gen_dumps.py ones.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once. Browser-tab lines (`TITLE - SITE`, `SITE |
  TITLE`), a share preview holding the title and a caption that is the title
  are chrome (a repeat equal to the title is left out of the chrome list).
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its language, digits or calendar; with two calendars
  or languages the Gregorian date; a clock or a zone in the widget is no part
  of it. Pages without a widget: null. Relative times, comment times, print
  issue numbers and footer years are no widget.
- published: the publication line's date, with `THH:MM` when it shows a time
  (12-hour clocks by `ص`/`م` or `AM`/`PM`; `10h15` is 10:15); with two
  calendars the Gregorian date. A relative time before or after the absolute
  date does not change it; a relative time alone is no date: null. Update
  lines (also the update half of a combined line) go to the extra `modified`
  key (not scored).
- summary: a deck under the title (also glued to it), a lede after the meta
  lines or after the caption, a labelled lede (label inline; the label is not
  part of it) or a lede after a bullet mark (the mark is not part of it);
  labelled and bulleted ledes are always ledes. An unmarked lede with nothing
  between it and the body (no meta, caption or chrome line, no dateline
  opening the body) stays a lede only when it is a teaser that the first
  paragraph repeats; a promoted first paragraph or an abstract there goes
  into the body. A promoted first paragraph under 8 words is never a lede.
- blocks: the corpus paragraphs (whatever the spacing, trailing blanks, or
  the `ى` spelling, which word folding undoes); headings without their marks
  or final colon; links, ads, podcasts and prompts between paragraphs are no
  blocks.
- images: the caption without its credit and label; the credit as written
  without its label (`تصوير:`, `Crédit photo :`, `عدسة:`, `Credit:`,
  `صورة:`).
- sources: the items of a sources line (`المصدر:`, `Source :`, `المصادر:`);
  tags: the items of a tags line.
- authors: the byline's names in order, without `كتب`/`كتبت` (with or
  without a dash), `بقلم:`, `إعداد:`, `Par`, `By`, the city or the site of a
  `CITY - NAME`, `NAME - CITY`, `SITE - NAME` or `NAME من CITY` line, `في
  «PAPER»:`, `– خاص «SITE»`, `مراسلنا في CITY`, `مع وكالات` or a programme
  after `|`; two for `و` or `،`. A photographer (`تصوير:`, `تصوير -`,
  `صور:`), a translator, an editor (`تحرير:`), a desk, an agency, a commenter
  and the people named in a footer are no authors.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the
  body, those equal to the title or the summary, and those without a word.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh23"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
# weekday lists start on Monday, as datetime.weekday()
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_WD_ABBR = ["Lun.", "Mar.", "Mer.", "Jeu.", "Ven.", "Sam.", "Dim."]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_WD_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
EN_MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_HIJ = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Awwal", "Jumada al-Thani", "Rajab",
          "Shaban", "Ramadan", "Shawwal", "Dhul Qadah", "Dhul Hijjah"]
# Saudi spellings of the Hijri months
HIJ_SA = ["محرّم", "صفر", "ربيع الأول", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
          "شوّال", "ذو القعدة", "ذو الحجّة"]
# Egyptian web spellings without hamza
EG_NH = ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر",
         "ديسمبر"]
WD_NH = ["الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الاحد"]
NBSP = "\u00a0"


def hm(h, m):
    return f"{h:02d}:{m:02d}"


def ampm_ar(hh):
    return "ص" if hh < 12 else "م"


def fr_day(day):
    return "1er" if day == 1 else str(day)


def indic(s):
    return s.translate(G.INDIC)


def rel_age(pub, tm, crawl, rng, lang="ar"):
    """How long ago, as the page says it on the crawl day."""
    gap = (crawl - pub).days
    if gap <= 0:
        if tm and tm[0] < 23:
            n = rng.randint(1, max(1, min(9, 23 - tm[0])))
        else:
            n = rng.randint(1, 4)
        if lang == "fr":
            return "Il y a 1 heure" if n == 1 else f"Il y a {n} heures"
        return "منذ ساعة" if n == 1 else "منذ ساعتين" if n == 2 else f"منذ {n} ساعات"
    if lang == "fr":
        return "Il y a 1 jour" if gap == 1 else f"Il y a {gap} jours"
    if gap == 1:
        return rng.choice(["منذ يوم", "أمس"])
    if gap == 2:
        return "منذ يومين"
    return f"منذ {gap} أيام"


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city)]
SITES = {
    "lb": [("أرزة نيوز", "arza-news.com", "أخبار لبنان والعالم على مدار الساعة", "بيروت"),
           ("بيروت اليوم الإلكترونية", "beirut-alyawm.com", "", "بيروت"),
           ("المرصد اللبناني", "almarsad-lb.com", "موقع إخباري مستقل", "بيروت")],
    "tn": [("المنار التونسية", "almanar-tn.com", "L'actualité tunisienne en arabe", "تونس"),
           ("قرطاج إنفو", "carthage-info.tn", "", "تونس"),
           ("الساحل اليوم", "sahel-aujourdhui.tn", "جريدة إلكترونية مستقلة", "سوسة")],
    "sa": [("صحيفة الواحة", "alwaha-daily.sa", "صحيفة يومية شاملة", "الدمام"),
           ("الشرقية اليوم", "sharqiya-today.sa", "", "الدمام"),
           ("صحيفة نجد", "najd-news.sa", "يومية تصدر من الرياض", "الرياض")],
    "eg": [("صدى المحروسة", "sada-elmahrousa.com", "", "القاهرة"),
           ("بوابة الدلتا", "delta-gate.com", "بوابة إخبارية شاملة", "طنطا"),
           ("الخبر المصري", "elkhabar-masry.com", "", "القاهرة")],
    "ae": [("أفق الخليج", "ufuq-gulf.ae", "Ufuq Gulf | عربي", "أبوظبي"),
           ("مرآة الإمارات", "emirates-mirror.ae", "", "دبي"),
           ("صحيفة الرمال", "alremal-news.ae", "The Sands — Arabic edition", "الشارقة")],
    "ma": [("نبض المغرب", "nabd-almaghrib.ma", "جريدة إلكترونية مغربية", "الرباط"),
           ("الأطلس بريس", "atlas-press.ma", "", "الدار البيضاء"),
           ("الرباط الآن", "rabat-alan.ma", "أخبار المغرب لحظة بلحظة", "الرباط")],
    "fr": [("راديو الضفتين", "radio-deux-rives.fr", "الإذاعة العربية من باريس", "باريس"),
           ("إذاعة المتوسط الدولية", "radio-med-inter.fr", "", "باريس"),
           ("صوت باريس العربي", "voix-de-paris-ar.fr", "Radio internationale en langue arabe", "باريس")],
}
PEOPLE = {"lb": ["مروان عيسى", "ريما حمدان", "وسام الأسمر", "كارين سلامة", "هادي شمعون", "لارا دكاش",
                 "ميراي طربيه", "إيلي نخلة"],
          "tn": ["منية الغربي", "أنيس الزواري", "سلمى بن عمر", "وليد الطرابلسي", "إيمان الهمامي", "حمزة الجلاصي"],
          "sa": ["فهد الشمري", "عبدالله القحطاني", "نورة العتيبي", "سلطان الدوسري", "ريم الحربي", "ماجد الغامدي",
                 "تركي المطيري"],
          "eg": ["أحمد عبد الحميد", "محمد السيد", "منى عبد العزيز", "إسلام فتحي", "هبة سامي", "محمود شعبان",
                 "ياسمين عادل"],
          "ae": ["سالم المنصوري", "مريم الكعبي", "راشد الظاهري", "ليلى السويدي", "حمد النقبي", "عائشة الشامسي"],
          "ma": ["يونس الإدريسي", "خديجة بنعلي", "هشام العلوي", "سناء الزياني", "رشيد بوطيب", "فاطمة الزهراء أمزيان"],
          "fr": ["لينا بن سالم", "كريم الطاهر", "نادين شكري", "سمير بلقاسم", "هالة منصور", "فريد دحمان"]}
FEMALE = {"ريما حمدان", "كارين سلامة", "لارا دكاش", "ميراي طربيه", "منية الغربي", "سلمى بن عمر", "إيمان الهمامي",
          "نورة العتيبي", "ريم الحربي", "منى عبد العزيز", "هبة سامي", "ياسمين عادل", "مريم الكعبي", "ليلى السويدي",
          "عائشة الشامسي", "خديجة بنعلي", "سناء الزياني", "فاطمة الزهراء أمزيان", "لينا بن سالم", "نادين شكري",
          "هالة منصور"}
CITIES = {"lb": ["بيروت", "طرابلس", "صيدا", "زحلة", "صور", "جبيل", "بعلبك", "النبطية"],
          "tn": ["صفاقس", "سوسة", "قابس", "بنزرت", "القيروان", "نابل", "المنستير", "قفصة"],
          "sa": ["الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة", "أبها", "تبوك", "الأحساء", "حائل",
                 "جازان"],
          "eg": ["الإسكندرية", "الإسماعيلية", "أسيوط", "المنيا", "بورسعيد", "الدقهلية", "الشرقية", "سوهاج",
                 "الغربية"],
          "ae": ["أبوظبي", "دبي", "الشارقة", "عجمان", "رأس الخيمة", "الفجيرة", "العين"],
          "ma": ["الدار البيضاء", "الرباط", "فاس", "مراكش", "طنجة", "أكادير", "وجدة", "مكناس"],
          "fr": ["باريس", "مرسيليا", "ليون", "بروكسل", "جنيف", "تونس", "الجزائر", "بيروت"]}
PAPERS = ["النداء اليومي", "المشرق", "الراية اللبنانية", "صدى الساحل", "الأفق", "الميزان"]
SECTIONS = {"lb": ["لبنان", "سياسة", "أمن وقضاء", "صحف اليوم", "اقتصاد", "عربي ودولي"],
            "tn": ["وطنية", "جهات", "اقتصاد", "مجتمع", "Monde", "Culture"],
            "sa": ["محليات", "مناطق", "الاقتصاد", "الثقافية", "دولي", "الأخيرة"],
            "eg": ["أخبار مصر", "حوادث وقضايا", "محافظات", "عرب وعالم", "بنوك وبورصة", "تقارير"],
            "ae": ["الإمارات", "الخليج", "العالم", "Business", "اقتصاد", "UAE"],
            "ma": ["سياسة", "مجتمع", "جهات", "اقتصاد", "مغاربة العالم", "دولية"],
            "fr": ["الشرق الأوسط", "المغرب العربي", "فرنسا", "أوروبا", "العالم", "اقتصاد"]}
NAV = {"lb": ["الرئيسية", "لبنان", "صحف اليوم", "أمن وقضاء", "مقالات مختارة", "بلديات", "المغتربون", "عربي ودولي",
              "Français"],
       "tn": ["Accueil", "وطنية", "جهات", "Économie", "Sport", "Culture", "Monde", "Vidéos", "Opinions"],
       "sa": ["الرئيسية", "محليات", "مناطق", "الاقتصاد", "الثقافية", "الرأي", "الأخيرة", "العدد الورقي", "ملاحق"],
       "eg": ["الرئيسية", "أخبار مصر", "حوادث وقضايا", "محافظات", "برلمان", "فن وثقافة", "عرب وعالم", "بنوك وبورصة",
              "خدمات"],
       "ae": ["الرئيسية", "UAE", "Gulf", "World", "Business", "Sport", "الإمارات", "منوعات", "Opinion"],
       "ma": ["الرئيسية", "سياسة", "مجتمع", "جهات", "اقتصاد", "فن وثقافة", "مغاربة العالم", "كتاب وآراء",
              "الأمازيغية"],
       "fr": ["الرئيسية", "أخبار", "الشرق الأوسط", "المغرب العربي", "فرنسا", "برامج", "بودكاست", "ثقافة",
              "Direct"]}
CAPTIONS = {"lb": ["جلسة مجلس الوزراء في السراي", "مشهد عام لوسط بيروت", "جانب من الاعتصام أمام المصرف",
                   "آليات للجيش عند أحد المداخل", "لقطة من ساحة الشهداء", "مرفأ بيروت بعد الظهر"],
            "tn": ["جانب من الندوة الصحفية", "شارع الحبيب بورقيبة بالعاصمة", "سوق الخضر بالمدينة",
                   "ميناء رادس التجاري", "مقر البرلمان بباردو", "صابة الزيتون هذا الموسم"],
            "sa": ["جانب من اللقاء", "أمير المنطقة خلال الاجتماع", "مشروع الطريق الدائري",
                   "طلاب في أحد فصول المدرسة", "واجهة المبنى الجديد للأمانة", "فرق الميدان أثناء العمل"],
            "eg": ["جانب من الاجتماع", "محافظ الإقليم خلال الجولة", "مبنى مجلس الوزراء", "أحد شوارع وسط البلد",
                   "لجنة المتابعة أثناء التفقد", "الكورنيش في ساعات المساء"],
            "ae": ["جانب من الاجتماع", "أفق المدينة عند الغروب", "مركز المعارض في العاصمة", "طائرة على مدرج المطار",
                   "جانب من الجلسة الحوارية", "موقع المشروع الجديد"],
            "ma": ["جانب من الجلسة العمومية", "مقر البرلمان بالرباط", "ساحة جامع الفنا", "ميناء طنجة المتوسط",
                   "وقفة احتجاجية أمام العمالة", "حقول القمح في سهل سايس"],
            "fr": ["مشهد من العاصمة الفرنسية", "جانب من المؤتمر الصحفي", "مقر الاتحاد الأوروبي في بروكسل",
                   "متظاهرون في ساحة الجمهورية", "قاعة مجلس الأمن الدولي", "الاستوديو خلال البث"]}
CREDITS = {"lb": ["أرشيف", "الوكالة الوطنية للإعلام", "مروان عساف", "جوزيف عيد", "خاص"],
           "tn": ["وات", "Archives", "DR", "Facebook", "Slim Ben Youssef"],
           "sa": ["واس", "تركي العقيلي", "خالد الخميس", "أرشيف الصحيفة"],
           "eg": ["ارشيفية", "أحمد معروف", "كريم عبد العزيز", "صورة ارشيفية"],
           "ae": ["وام", "WAM", "Getty Images", "أرشيف"],
           "ma": ["نبض المغرب", "منير امحيمدات", "أرشيف", "و.م.ع"],
           "fr": ["أ ف ب", "رويترز", "AFP", "RFI"]}
HOME = {"lb": "الرئيسية", "tn": "Accueil", "sa": "أنت هنا: الرئيسية", "eg": "الرئيسية", "ae": "Home", "ma": "الرئيسية",
        "fr": "الرئيسية"}
LB_COMMENTERS = ["ابن الجبل", "ريتا", "مغترب في كندا", "أبو علي", "Joe K."]
MA_COMMENTERS = ["مغربي حر", "ابن الشعب", "أبو سلمى", "مواطنة", "متتبع", "الريفي", "Karim"]
MA_COMMENTS = ["الله يحفظ بلادنا من كل سوء", "كلام جميل ولكن الواقع شيء آخر", "أين المسؤولين من هذا المشكل؟",
               "شكرا للجريدة على المتابعة", "نطالب بفتح تحقيق في الموضوع", "ننتظر النتائج على أرض الواقع",
               "المواطن البسيط هو الضحية دائما"]
EG_HANDLES = ["@sada_mahrousa", "@deltagate", "@elkhabarmasry"]
PROGRAMS = ["ضيف اليوم", "حديث الساعة", "مجلة الاقتصاد", "من باريس", "أصوات مغاربية", "الصحافة الفرنسية"]
AGENCIES = {"وات": "TAP", "و.م.ع": "MAP", "وام": "WAM", "واس": "SPA", "أ ش أ": "MENA", "أ ف ب": "AFP",
            "رويترز": "Reuters", "الوكالة الوطنية للإعلام": "NNA", "فرانس برس": "AFP"}


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="lb", pre=[], header=[], widget=[None], crumb=0.0, kicker=0.0, title_form=["plain"],
             title_noise=[None], byline=[None], publine=[None], update=0.0, counter=[], lede=[None],
             lede_place=["deck"], caption=0.0, caption_fmt=["c_lb"], headings=0.0, heading_fmt=["h_plain"],
             dateline=[None], posthead=[], mid=[], after=[], footer=[None], layout=["blank"], body_noise=[None],
             meta_after_caption=0.0, crlf=0.0, bom=0.0)
LEDES = ["abstract", "teaser", "promoted", None]

STYLES = {
    "fresh23_1": dict(site="lb", pre=[("lb_app", 0.25)],
                      header=[("lb_lang", 0.7), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("lb_weather", 0.4), ("lb_sos", 0.35)],
                      widget=["w_lb_hij", "w_lb_fr", "w_lb_pair"], crumb=0.4, kicker=0.3,
                      title_form=["plain", "plain", "tab_dash", "repeat"], title_noise=[None, None, "nbsp"],
                      byline=["b_lb_press", "b_lb_press", "b_lb_khas", "b_lb_desk", None],
                      publine=["p_lb_num", "p_lb_fr", "p_lb_rel"], update=0.3, counter=[("views", 0.3)],
                      lede=LEDES, lede_place=["deck", "after_meta", "label_sotour"],
                      caption=0.7, caption_fmt=["c_lb"], headings=0.35, heading_fmt=["h_tri", "h_plain"],
                      dateline=["dl_paren", None], mid=[("lb_also", 0.5), ("lb_ad", 0.35), ("lb_video", 0.25)],
                      after=[("src", 0.5), ("lb_disclaimer", 0.35), ("tags", 0.5), ("lb_share", 0.6),
                             ("lb_whatsapp", 0.35), ("lb_press", 0.35), ("lb_comments", 0.3)],
                      footer=["f_lb"], layout=["blank", "blank", "tight"], body_noise=[None]),
    "fresh23_2": dict(site="tn", pre=[("tn_cookie", 0.5)],
                      header=[("tn_lang", 0.7), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("tn_social", 0.4)],
                      widget=["w_tn_frar", "w_tn_dash", "w_tn_frnum"], crumb=0.45, kicker=0.3,
                      title_form=["plain", "plain", "tab_site", "caption_title"], title_noise=[None],
                      byline=["b_tn_biqalam", "b_tn_par", "b_tn_city", "b_tn_end", "b_tn_red", None],
                      publine=["p_tn_hudud", "p_tn_fr", "p_tn_relabs"], update=0.3, counter=[],
                      lede=LEDES, lede_place=["deck", "after_meta", "label_essentiel", "after_caption"],
                      caption=0.7, caption_fmt=["c_tn"], headings=0.35, heading_fmt=["h_plain"],
                      dateline=["dl_comma", None], mid=[("tn_lire", 0.5), ("tn_pub", 0.35), ("tn_nl", 0.3)],
                      after=[("tags", 0.5), ("src", 0.45), ("tn_share", 0.6), ("tn_related", 0.5),
                             ("tn_react", 0.35)],
                      footer=["f_tn"], layout=["blank", "blank", "trail"], body_noise=[None, "frsp"], crlf=0.25),
    "fresh23_3": dict(site="sa", pre=[],
                      header=[("site_name", 1.0), ("widget", 0.9), ("sa_issue", 0.45), ("nav", 0.85)],
                      widget=["w_sa_indic", "w_sa_words", "w_sa_stack"], crumb=0.35, kicker=0.25,
                      title_form=["plain", "plain", "repeat", "tab_dash"], title_noise=[None, None, "nbsp"],
                      byline=["b_sa_city_name", "b_sa_name_city", "b_sa_two", "b_sa_photo", "b_sa_spa", None],
                      publine=["p_sa_hij", "p_sa_indic", "p_sa_yf"], update=0.25, counter=[("views", 0.35)],
                      lede=LEDES, lede_place=["deck", "deck_glued", "after_meta", "after_caption"],
                      caption=0.75, caption_fmt=["c_sa"], headings=0.35, heading_fmt=["h_square", "h_plain"],
                      dateline=["dl_paren", None], mid=[("sa_more", 0.45), ("sa_ad", 0.35)],
                      after=[("sa_print", 0.5), ("tags", 0.5), ("src", 0.4), ("sa_share", 0.65), ("sa_most", 0.4),
                             ("sa_comments", 0.35)],
                      footer=["f_sa"], layout=["blank", "tight"], body_noise=[None]),
    "fresh23_4": dict(site="eg", pre=[],
                      header=[("site_name", 1.0), ("widget", 0.8), ("nav", 0.9), ("eg_gold", 0.45)],
                      widget=["w_eg_nh", "w_eg_hij", "w_eg_slash"], crumb=0.4, kicker=0.35,
                      title_form=["plain", "plain", "share_title", "tab_dash"], title_noise=[None],
                      byline=["b_eg_dash", "b_eg_two", "b_eg_photo", "b_eg_gov", None],
                      publine=["p_eg_ampm", "p_eg_ampm", "p_eg_rel"], update=0.3, counter=[],
                      lede=LEDES, lede_place=["deck", "deck_glued", "after_meta", "after_caption"],
                      caption=0.75, caption_fmt=["c_eg"], headings=0.4, heading_fmt=["h_colon", "h_plain"],
                      dateline=["dl_enq", None], mid=[("eg_also", 0.55), ("eg_watch", 0.3), ("eg_more", 0.3)],
                      after=[("tags", 0.5), ("eg_share", 0.6), ("eg_related", 0.5), ("eg_form", 0.35),
                             ("eg_app", 0.3)],
                      footer=["f_eg"], layout=["blank", "blank", "tight"], body_noise=[None, "ya", "ya"],
                      meta_after_caption=0.3),
    "fresh23_5": dict(site="ae", pre=[("ae_cookie", 0.5)],
                      header=[("ae_top", 0.75), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9)],
                      widget=["w_ae_en", "w_ae_enhij", "w_ae_indic"], crumb=0.4, kicker=0.3,
                      title_form=["plain", "plain", "tab_site", "share_title"], title_noise=[None, None, "nbsp"],
                      byline=["b_ae_city", "b_ae_idad", "b_ae_two", "b_ae_tr", "b_ae_wam", "b_ae_by", None],
                      publine=["p_ae_en", "p_ae_ar", "p_ae_us"], update=0.35, counter=[("read", 0.35)],
                      lede=LEDES, lede_place=["deck", "after_meta", "bullet", "after_caption"],
                      caption=0.7, caption_fmt=["c_ae"], headings=0.35, heading_fmt=["h_plain"],
                      dateline=["dl_paren", None], posthead=[("ae_listen", 0.45)],
                      mid=[("ae_related", 0.5), ("ae_ad", 0.4), ("ae_nl", 0.3)],
                      after=[("tags", 0.55), ("src", 0.4), ("ae_share", 0.6), ("ae_more", 0.5)],
                      footer=["f_ae"], layout=["blank", "blank", "spaces"], body_noise=[None], bom=0.2),
    "fresh23_6": dict(site="ma", pre=[],
                      header=[("ma_lang", 0.6), ("site_name", 1.0), ("widget", 0.8), ("nav", 0.9)],
                      widget=["w_ma_hij", "w_ma_clock"], crumb=0.35, kicker=0.3,
                      title_form=["plain", "plain", "repeat", "tab_site"], title_noise=[None],
                      byline=["b_ma_site", "b_ma_photo", "b_ma_from", "b_ma_map", None],
                      publine=["p_ma_rel", "p_ma_relabs", "p_ma_num"], update=0.2,
                      counter=[("ma_read", 0.5), ("ma_ncomm", 0.45)],
                      lede=LEDES, lede_place=["deck", "after_meta", "after_caption"],
                      caption=0.7, caption_fmt=["c_ma"], headings=0.35, heading_fmt=["h_plain", "h_dot"],
                      dateline=["dl_comma", None], mid=[("ma_also", 0.5), ("ma_ad", 0.3)],
                      after=[("tags", 0.5), ("ma_share", 0.55), ("ma_comments", 0.65), ("ma_related", 0.45)],
                      footer=["f_ma"], layout=["blank", "tight", "trail"], body_noise=[None]),
    "fresh23_7": dict(site="fr", pre=[("fr_cookie", 0.35)],
                      header=[("fr_live", 0.7), ("site_name", 1.0), ("widget", 0.8), ("nav", 0.9)],
                      widget=["w_fr_triple", "w_fr_fr", "w_fr_paren"], crumb=0.35, kicker=0.35,
                      title_form=["plain", "plain", "tab_dash", "share_title"], title_noise=[None],
                      byline=["b_fr_avec", "b_fr_site_ag", "b_fr_corr", "b_fr_prog", None],
                      publine=["p_fr_rfi", "p_fr_fr", "p_fr_words"], update=0.4, counter=[],
                      lede=LEDES, lede_place=["deck", "after_meta", "after_caption"],
                      caption=0.65, caption_fmt=["c_fr"], headings=0.3, heading_fmt=["h_plain"],
                      dateline=["dl_enq", "dl_paren", None], posthead=[("fr_player", 0.5)],
                      mid=[("fr_also", 0.45), ("fr_pub", 0.35), ("fr_podcast", 0.3)],
                      after=[("tags", 0.5), ("src", 0.45), ("fr_share", 0.6), ("fr_more", 0.45),
                             ("fr_programs", 0.3), ("fr_app", 0.3)],
                      footer=["f_fr"], layout=["blank", "blank", "tight"], body_noise=[None, "frsp"]),
    "fresh23_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

PRE_POOL = ["lb_app", "tn_cookie", "ae_cookie", "fr_cookie"]
HEAD_POOL = ["lb_lang", "lb_weather", "lb_sos", "tn_lang", "tn_social", "sa_issue", "eg_gold", "ae_top", "ma_lang",
             "fr_live"]
HEADER_ORDER = ["lb_lang", "tn_lang", "ae_top", "ma_lang", "fr_live", "site_name", "widget", "sa_issue", "nav",
                "lb_weather", "lb_sos", "tn_social", "eg_gold"]
MID_POOL = ["lb_also", "lb_ad", "lb_video", "tn_lire", "tn_pub", "tn_nl", "sa_more", "sa_ad", "eg_also", "eg_watch",
            "eg_more", "ae_related", "ae_ad", "ae_nl", "ma_also", "ma_ad", "fr_also", "fr_pub", "fr_podcast"]
# after-body components of the mixed style by kind: a page gets at most one of each kind
AFTER_KINDS = [(["src"], 0.5), (["tags"], 0.5),
               (["lb_share", "tn_share", "sa_share", "eg_share", "ae_share", "ma_share", "fr_share"], 0.6),
               (["lb_press", "tn_related", "sa_most", "eg_related", "ae_more", "ma_related", "fr_more"], 0.5),
               (["lb_comments", "tn_react", "sa_comments", "eg_form", "ma_comments"], 0.4),
               (["lb_disclaimer", "lb_whatsapp", "sa_print", "eg_app", "fr_programs", "fr_app"], 0.35)]
CHOICES = dict(widget=["w_lb_hij", "w_lb_fr", "w_lb_pair", "w_tn_frar", "w_tn_dash", "w_tn_frnum", "w_sa_indic",
                       "w_sa_words", "w_sa_stack", "w_eg_nh", "w_eg_hij", "w_eg_slash", "w_ae_en", "w_ae_enhij",
                       "w_ae_indic", "w_ma_hij", "w_ma_clock", "w_fr_triple", "w_fr_fr", "w_fr_paren", None],
               byline=["b_lb_press", "b_lb_khas", "b_lb_desk", "b_tn_biqalam", "b_tn_par", "b_tn_city", "b_tn_end",
                       "b_tn_red", "b_sa_city_name", "b_sa_name_city", "b_sa_two", "b_sa_photo", "b_sa_spa",
                       "b_eg_dash", "b_eg_two", "b_eg_photo", "b_eg_gov", "b_ae_city", "b_ae_idad", "b_ae_two",
                       "b_ae_tr", "b_ae_wam", "b_ae_by", "b_ma_site", "b_ma_photo", "b_ma_from", "b_ma_map",
                       "b_fr_avec", "b_fr_site_ag", "b_fr_corr", "b_fr_prog", None],
               publine=["p_lb_num", "p_lb_fr", "p_lb_rel", "p_tn_hudud", "p_tn_fr", "p_tn_relabs", "p_sa_hij",
                        "p_sa_indic", "p_sa_yf", "p_eg_ampm", "p_eg_rel", "p_ae_en", "p_ae_ar", "p_ae_us",
                        "p_ma_rel", "p_ma_relabs", "p_ma_num", "p_fr_rfi", "p_fr_fr", "p_fr_words", None],
               caption_fmt=["c_lb", "c_tn", "c_sa", "c_eg", "c_ae", "c_ma", "c_fr"],
               lede_place=["deck", "deck_glued", "after_meta", "after_caption", "label_sotour", "label_essentiel",
                           "bullet"],
               heading_fmt=["h_plain", "h_tri", "h_square", "h_colon", "h_dot"],
               dateline=["dl_paren", "dl_comma", "dl_enq", None],
               footer=["f_lb", "f_tn", "f_sa", "f_eg", "f_ae", "f_ma", "f_fr", None],
               body_noise=[None, "ya", "frsp"],
               title_noise=[None, "nbsp"],
               title_form=["plain", "tab_dash", "tab_site", "repeat", "share_title", "caption_title"])
BASES = [f"fresh23_{k}" for k in range(1, 8)]
MARKED_LEDES = ("label_sotour", "label_essentiel", "bullet")


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
    spec["update"] = rng.choice([0.0, 0.35])
    spec["caption"] = 0.65
    spec["lede"] = list(LEDES)
    spec["headings"] = 0.4
    own = [h for h, _ in spec["header"] if h in HEAD_POOL]
    extra = [rng.choice(HEAD_POOL)] if rng.random() < 0.4 else []
    names = own + extra + ["site_name", "widget", "nav"]
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    spec["pre"] = [(p, 1.0) for p in PRE_POOL if rng.random() < 0.15][:1]
    spec["crumb"] = rng.choice([0.0, 0.5])
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["posthead"] = [(p, 0.4) for p in ("ae_listen", "fr_player") if rng.random() < 0.3][:1]
    spec["mid"] = [(m, 0.5) for m in rng.sample(MID_POOL, 2)]
    spec["after"] = [(rng.choice(names_), p) for names_, p in AFTER_KINDS]
    spec["counter"] = [(c, 0.4) for c in ("views", "read", "ma_read", "ma_ncomm") if rng.random() < 0.25]
    spec["layout"] = [rng.choice(["blank", "blank", "tight", "trail", "spaces"])]
    spec["meta_after_caption"] = rng.choice([0.0, 0.0, 0.4])
    spec["crlf"] = rng.choice([0.0, 0.0, 0.3])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    hy, hmo, hd = G.hijri(d)
    if fmt == "w_lb_hij":
        return [f"{wd} {day} {G.LEV[m]} {y} | {hd} {G.HIJ[hmo - 1]} {hy}"]
    if fmt == "w_lb_fr":
        return [f"{FR_WD[wk]} {fr_day(day)} {FR_MON[m]} {y}"]
    if fmt == "w_lb_pair":
        return [f"{wd} {day} {G.LEV[m]} {y} / {FR_WD[wk].capitalize()} {fr_day(day)} {FR_MON[m]} {y}"]
    if fmt == "w_tn_frar":
        return [f"{FR_WD[wk].capitalize()} {fr_day(day)} {FR_MON[m].capitalize()} {y} | {wd} {day} {G.MAG[m]} {y}"]
    if fmt == "w_tn_dash":
        return [f"{wd} {day}-{G.MAG[m]}-{y}"]
    if fmt == "w_tn_frnum":
        return [f"{FR_WD_ABBR[wk]} {day:02d}.{m + 1:02d}.{y}"]
    if fmt == "w_sa_indic":
        return [indic(f"{wd} {hy}/{hmo}/{hd}هـ الموافق {y}/{m + 1}/{day}م")]
    if fmt == "w_sa_words":
        return [f"{wd} {hd} {HIJ_SA[hmo - 1]} {hy}هـ - {day} {G.EG[m]} {y}م"]
    if fmt == "w_sa_stack":
        return [f"{wd} {hd} {HIJ_SA[hmo - 1]} {hy} هـ", f"{day} {G.EG[m]} {y} م"]
    if fmt == "w_eg_nh":
        return [f"{WD_NH[wk]} {day} {EG_NH[m]} {y}"]
    if fmt == "w_eg_hij":
        return [f"{WD_NH[wk]} {day} {EG_NH[m]} {y} م ({hd} {G.HIJ[hmo - 1]} {hy} هـ)"]
    if fmt == "w_eg_slash":
        return [f"{WD_NH[wk]} {day}/{m + 1}/{y}"]
    if fmt == "w_ae_en":
        return [f"{EN_WD_ABBR[wk]} {day} {EN_MON_ABBR[m]} {y}"]
    if fmt == "w_ae_enhij":
        return [f"{EN_WD[wk]} {day} {EN_MON[m]} {y} | {hd} {EN_HIJ[hmo - 1]} {hy} AH"]
    if fmt == "w_ae_indic":
        return [indic(f"{wd} {day} {G.EG[m]} {y} | {hd} {G.HIJ[hmo - 1]} {hy}هـ")]
    if fmt == "w_ma_hij":
        return [f"{wd} {day} {G.MAR[m]} {y} - {hd} {G.HIJ[hmo - 1]} {hy} هـ"]
    if fmt == "w_ma_clock":
        return [f"{wd}، {day} {G.MAR[m]} {y} | {hm(rng.randint(6, 23), rng.randint(0, 59))} GMT+1"]
    if fmt == "w_fr_triple":
        names = list(dict.fromkeys([G.EG[m], G.LEV[m], G.MAG[m]]))
        return [f"{wd} {day} {'/'.join(names)} {y}"]
    if fmt == "w_fr_fr":
        return [f"{FR_WD[wk].capitalize()} {fr_day(day)} {FR_MON[m]} {y} - "
                f"{hm(rng.randint(6, 23), rng.randint(0, 59))} heure de Paris"]
    if fmt == "w_fr_paren":
        return [f"{wd} {day} {G.EG[m]} ({G.LEV[m]}) {y}"]
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng, ctx):
    """The publication line: dict(meta=[lines], value=published truth or None, fmt)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(meta=[], value=full, fmt=fmt)
    if tm:
        hh, mi = tm
        h12 = G.h12(hh)
    if fmt == "p_lb_num":
        out["meta"] = [f"نُشر بتاريخ {day:02d}/{m + 1:02d}/{y}" + (f" | {hm(*tm)}" if tm else "")]
    elif fmt == "p_lb_fr":
        out["meta"] = [f"Mis en ligne le {fr_day(day)} {FR_MON[m]} {y}" + (f" à {hh}h{mi:02d}" if tm else "")]
    elif fmt in ("p_lb_rel", "p_eg_rel", "p_ma_rel"):
        out["value"] = None
        age = rel_age(d, tm, ctx["crawl"], rng)
        out["meta"] = [{"p_lb_rel": f"نُشر {age}", "p_eg_rel": f"{age}", "p_ma_rel": f"🕒 {age}"}[fmt]]
    elif fmt == "p_tn_hudud":
        out["meta"] = [f"تم النشر يوم {day} {G.MAG[m]} {y}" + (f" في حدود الساعة {hm(*tm)}" if tm else "")]
    elif fmt == "p_tn_fr":
        out["meta"] = [f"Publié le {fr_day(day)} {FR_MON[m]} {y}" + (f" à {hm(*tm)}" if tm else "")]
    elif fmt == "p_tn_relabs":
        age = rel_age(d, tm, ctx["crawl"], rng, lang=rng.choice(["ar", "fr"]))
        out["meta"] = [f"{age} • {day:02d}-{m + 1:02d}-{y}" + (f" {hm(*tm)}" if tm else "")]
    elif fmt == "p_sa_hij":
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"نُشر في: {hd} {HIJ_SA[hmo - 1]} {hy}هـ - {day} {G.EG[m]} {y}م" +
                       (f" الساعة {h12}:{mi:02d} {ampm_ar(hh)}" if tm else "")]
    elif fmt == "p_sa_indic":
        out["meta"] = [indic((f"{h12}:{mi:02d} {ampm_ar(hh)} - " if tm else "") + f"{day}/{m + 1}/{y}م")]
    elif fmt == "p_sa_yf":
        out["meta"] = [f"تاريخ النشر: {y}/{m + 1:02d}/{day:02d}" + (f" | {hm(*tm)}" if tm else "")]
    elif fmt == "p_eg_ampm":
        out["meta"] = [f"{WD_NH[wk]}، {day:02d} {EG_NH[m]} {y}" +
                       (f" - {h12:02d}:{mi:02d} {ampm_ar(hh)}" if tm else "")]
    elif fmt == "p_ae_en":
        out["meta"] = [f"Published: {day} {EN_MON[m]} {y}" + (f" {hm(*tm)} GST" if tm else "")]
    elif fmt == "p_ae_ar":
        out["meta"] = [f"تاريخ النشر: {day} {G.EG[m]} {y}" +
                       (f" | {h12}:{mi:02d} {ampm_ar(hh)} (بتوقيت الإمارات)" if tm else "")]
    elif fmt == "p_ae_us":
        out["meta"] = [f"{EN_MON_ABBR[m]} {day}, {y}" +
                       (f" | {h12}:{mi:02d} {'AM' if hh < 12 else 'PM'}" if tm else "")]
    elif fmt == "p_ma_relabs":
        age = rel_age(d, tm, ctx["crawl"], rng)
        out["meta"] = [f"{age} | {wd} {day} {G.MAR[m]} {y}" + (f" - {hm(*tm)}" if tm else "")]
    elif fmt == "p_ma_num":
        out["meta"] = [f"{day:02d}/{m + 1:02d}/{y}" + (f" - {hh:02d}h{mi:02d}" if tm else "")]
    elif fmt == "p_fr_rfi":
        out["meta"] = [f"نشرت في: {day:02d}/{m + 1:02d}/{y}" + (f" - {hm(*tm)}" if tm else "")]
    elif fmt == "p_fr_fr":
        out["meta"] = [f"Publié le : {day:02d}/{m + 1:02d}/{y}" + (f" - {hm(*tm)}" if tm else "")]
    elif fmt == "p_fr_words":
        out["meta"] = [f"{wd} {day} {G.EG[m]} {y}" + (f"، الساعة {hm(*tm)} بتوقيت باريس" if tm else "")]
    else:
        raise ValueError(fmt)
    return out


UPDATE_OF = {"p_lb_num": "u_lb", "p_lb_fr": "u_lb", "p_tn_hudud": "u_tn", "p_tn_fr": "u_tn", "p_tn_relabs": "u_tn",
             "p_sa_hij": "u_sa", "p_sa_indic": "u_sa", "p_sa_yf": "u_sa", "p_eg_ampm": "u_eg", "p_ae_en": "u_ae",
             "p_ae_ar": "u_ae", "p_ae_us": "u_ae", "p_ma_relabs": "u_ma", "p_ma_num": "u_ma",
             "p_fr_rfi": "u_fr_inline", "p_fr_fr": "u_fr", "p_fr_words": "u_fr_inline"}


def fmt_update(ufmt, pub, tm, crawl, rng):
    """(text, modified truth) of an update no later than the crawl day; (None, None) without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 30)))
    d, hh, mi = u.date(), u.hour, u.minute
    val = f"{d.isoformat()}T{hm(hh, mi)}"
    if ufmt == "u_lb":
        return f"آخر تحديث: {d.day:02d}/{d.month:02d}/{d.year} | {hm(hh, mi)}", val
    if ufmt == "u_tn":
        return f"Mis à jour le {d.day:02d}/{d.month:02d}/{d.year} à {hm(hh, mi)}", val
    if ufmt == "u_sa":
        hy, hmo, hd = G.hijri(d)
        return f"آخر تحديث: {hd} {HIJ_SA[hmo - 1]} {hy}هـ - {G.h12(hh)}:{mi:02d} {ampm_ar(hh)}", val
    if ufmt == "u_eg":
        return (f"آخر تحديث: {WD_NH[d.weekday()]}، {d.day:02d} {EG_NH[d.month - 1]} {d.year} - "
                f"{G.h12(hh):02d}:{mi:02d} {ampm_ar(hh)}"), val
    if ufmt == "u_ae":
        return f"Updated: {d.day} {EN_MON[d.month - 1]} {d.year} {hm(hh, mi)} GST", val
    if ufmt == "u_ma":
        return f"تم التحديث: {d.day} {G.MAR[d.month - 1]} {d.year} - {hm(hh, mi)}", val
    if ufmt == "u_fr_inline":
        return f" آخر تحديث: {d.day:02d}/{d.month:02d}/{d.year} - {hm(hh, mi)}", val
    if ufmt == "u_fr":
        return f"Modifié le : {d.day:02d}/{d.month:02d}/{d.year} - {hm(hh, mi)}", val
    raise ValueError(ufmt)


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


def final_ya(text, rng):
    """Egyptian web spelling: a final ي written ى in some words."""
    return re.sub(r"(?<=[\u0621-\u064a])ي(?=[\s.,،:؛!؟\"»)]|$)", lambda mm: "ى" if rng.random() < 0.6 else "ي", text)


def french_spacing(text, rng):
    """French typography carried over: a no-break space before `:`, `؟`, `!` and `؛`."""
    return re.sub(r"(\S)([:؟!؛])(?=\s|$)", lambda mm: mm.group(1) + (NBSP if rng.random() < 0.7 else "") +
                  mm.group(2), text)


def body_noise(text, kind, rng):
    if kind == "ya":
        return final_ya(text, rng)
    if kind == "frsp":
        return french_spacing(text, rng)
    return text


def heading_lines(h, fmt):
    if fmt == "h_colon":
        return [f"{h}:"]
    mark = {"h_tri": "◀", "h_square": "■", "h_dot": "•"}.get(fmt)
    return [f"{mark} {h}"] if mark else [h]


def caption_line(cfmt, cap, credit):
    if cfmt == "c_lb":
        return f"{cap} (تصوير: {credit})"
    if cfmt == "c_tn":
        return f"{cap} | Crédit photo : {credit}"
    if cfmt == "c_sa":
        return f"{cap} (عدسة: {credit})"
    if cfmt == "c_eg":
        return f"{cap} - {credit}"
    if cfmt == "c_ae":
        return f"{cap} — Credit: {credit}"
    if cfmt == "c_ma":
        return f"{cap} - صورة: {credit}"
    if cfmt == "c_fr":
        return f"{cap} ▪ {credit}"
    raise ValueError(cfmt)


def apply_dateline(form, doc, paras, truth, comp):
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl[0], dl[1].rstrip(" :؛,،-–")
    dl = (place, rest)
    if not rest:
        return None
    if form == "dl_paren":
        paras[0] = f"{place} ({rest}) – {paras[0]}"
    elif form == "dl_comma":
        paras[0] = f"{place}، {rest} – {paras[0]}"
    else:
        paras[0] = f"{place} – «{rest}» – {paras[0]}"
    truth["dateline"] = place
    code = G.AGENCY_CODES.get(rest) or AGENCIES.get(rest)
    if code:
        truth["agencies"].append(code)
    comp["dateline"] = form
    return dl


def agency_code(s):
    return G.AGENCY_CODES.get(s) or AGENCIES.get(s)


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
    site, dom, tagline, city = rng.choice(SITES[key])
    year = crawl.year
    layout = pick("layout")
    section = rng.choice(SECTIONS[key])
    people = PEOPLE[key]
    name = rng.choice(people)
    name2 = rng.choice([p for p in people if p != name])
    female = name in FEMALE
    rcity = rng.choice(CITIES[key])
    paper = rng.choice(PAPERS)
    tform = pick("title_form")
    ctx = dict(key=key, crawl=crawl)

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

    # the browser tab
    if tform == "tab_dash":
        add("tab", [f"{title} - {site}"])
    elif tform == "tab_site":
        add("tab", [f"{site} | {title}"])

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "lb_app":
            add("app", [f"حمّل تطبيق «{site}» واحصل على الأخبار العاجلة فور حدوثها", "تحميل", "لاحقاً"])
        elif pname == "tn_cookie":
            add("cookie", ["Ce site utilise des cookies pour améliorer votre expérience de navigation. En poursuivant "
                           "votre navigation, vous acceptez leur utilisation.", "J'accepte", "En savoir plus"])
        elif pname == "ae_cookie":
            add("cookie", ["We use cookies to personalise content and ads and to analyse our traffic. By continuing "
                           "to browse, you agree to our Cookie Policy.", "Manage preferences", "Accept"])
        elif pname == "fr_cookie":
            add("cookie", ["نستخدم ملفات الارتباط (كوكيز) لقياس الجمهور وتقديم محتوى ملائم لك. "
                           "Vous pouvez modifier vos choix à tout moment.", "Tout accepter", "Paramétrer"])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "lb_lang":
            add("lang", ["عربي | Français | English"])
        elif hname == "tn_lang":
            add("lang", ["FR | ع | EN"])
        elif hname == "ae_top":
            add("top", [rng.choice(["English | عربي", "Sign In | Subscribe | English"])])
        elif hname == "ma_lang":
            add("lang", ["Français | English | ⵜⴰⵎⴰⵣⵉⵖⵜ"])
        elif hname == "fr_live":
            add("live", ["🔴 البث المباشر | Écouter le direct", "النشرات الإخبارية كل ساعة"])
        elif hname == "site_name":
            add("site_name", [site, tagline] if tagline else [site])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "sa_issue":
            add("issue", [f"النسخة الورقية | العدد {rng.randint(15000, 19999)}", "تصفح العدد (PDF)"])
        elif hname == "nav":
            vocab = NAV[key]
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(4, len(vocab) - 1))
            if key in ("tn", "ae", "fr"):
                add("nav", [" | ".join(items)])
            elif key == "lb":
                add("nav", [" • ".join(items)] if rng.random() < 0.5 else items)
            else:
                add("nav", items)
        elif hname == "lb_weather":
            add("weather", [f"بيروت {rng.randint(12, 33)}° | طرابلس {rng.randint(11, 32)}° | زحلة "
                            f"{rng.randint(4, 30)}° | صور {rng.randint(13, 34)}°"])
        elif hname == "lb_sos":
            add("sos", ["أرقام الطوارئ: الصليب الأحمر 140 | الدفاع المدني 125 | قوى الأمن 112"])
        elif hname == "tn_social":
            add("social", ["Suivez-nous : Facebook – Instagram – YouTube"])
        elif hname == "eg_gold":
            add("gold", [f"سعر الذهب عيار 21: {rng.randint(200, 3800)} جنيه | الدولار: "
                         f"{rng.randint(1560, 4900) / 100:.2f} جنيه"])
        comp.setdefault("header", []).append(hname)

    # the article's head
    if rng.random() < spec["crumb"]:
        crumb = {"lb": f"{HOME[key]} › {section}", "tn": f"{HOME[key]} > {section}",
                 "sa": f"{HOME[key]} / {section}", "eg": f"{HOME[key]} ← {section}",
                 "ae": f"{HOME[key]} / {section}", "ma": f"{HOME[key]} ◂ {section}",
                 "fr": f"{HOME[key]} - {section}"}[key]
        add("crumb", [crumb])
        comp["crumb"] = True
    kicker = None
    if rng.random() < spec["kicker"]:
        kicker = {"lb": f"{section} | {rcity}" if key == "lb" else section, "tn": section.upper(),
                  "sa": section, "eg": f"{section}", "ae": section, "ma": f"{section} ▸", "fr": f"● {section}"}[key]

    tnoise = pick("title_noise")
    shown_title = title
    if tnoise == "nbsp":
        shown_title = "".join(NBSP if c == " " and rng.random() < 0.2 else c for c in title)

    cap_group = None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        if tform == "caption_title":
            cap = title
        else:
            cap = rng.choice(CAPTIONS[key])
        credit = rng.choice(CREDITS[cfmt[2:]])
        truth["images"].append({"caption": cap, "credit": credit})
        cap_group = [caption_line(cfmt, cap, credit)]

    # meta lines
    meta = []
    authors = []
    end_sig = None
    if bfmt == "b_lb_press":
        meta.append(f"{'كتبت' if female else 'كتب'} {name} في «{paper}»:")
        authors = [name]
    elif bfmt == "b_lb_khas":
        meta.append(f"{name} – خاص «{site}»")
        authors = [name]
    elif bfmt == "b_lb_desk":
        meta.append(rng.choice(["المحرر السياسي", "محرر الشؤون المحلية", "فريق التحرير"]))
    elif bfmt == "b_tn_biqalam":
        meta.append(f"بقلم: {name}")
        authors = [name]
    elif bfmt == "b_tn_par":
        meta.append(f"Par {name}")
        authors = [name]
    elif bfmt == "b_tn_city":
        meta.append(f"{name} - {rcity}")
        authors = [name]
    elif bfmt == "b_tn_end":
        end_sig = f"بقلم: {name}"
        authors = [name]
    elif bfmt == "b_tn_red":
        meta.append(rng.choice(["La Rédaction", "هيئة التحرير"]))
    elif bfmt == "b_sa_city_name":
        meta.append(f"{rcity} - {name}")
        authors = [name]
    elif bfmt == "b_sa_name_city":
        meta.append(f"{name} - {rcity}")
        authors = [name]
    elif bfmt == "b_sa_two":
        meta.append(f"{rcity} - {name}، {name2}")
        authors = [name, name2]
    elif bfmt == "b_sa_photo":
        meta += [f"{rcity} - {name}", f"تصوير: {name2}"]
        authors = [name]
    elif bfmt == "b_sa_spa":
        meta.append(f"{rcity} - واس")
        truth["agencies"].append("SPA")
    elif bfmt == "b_eg_dash":
        meta.append(f"{'كتبت' if female else 'كتب'} - {name}")
        authors = [name]
    elif bfmt == "b_eg_two":
        meta.append(f"كتب - {name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_eg_photo":
        meta += [f"{'كتبت' if female else 'كتب'} - {name}", f"تصوير - {name2}"]
        authors = [name]
    elif bfmt == "b_eg_gov":
        meta.append(f"{rcity} - {name}")
        authors = [name]
    elif bfmt == "b_ae_city":
        meta.append(f"{name} - {rcity}")
        authors = [name]
    elif bfmt == "b_ae_idad":
        meta.append(f"إعداد: {name}")
        authors = [name]
    elif bfmt == "b_ae_two":
        meta.append(f"إعداد: {name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_ae_tr":
        meta.append(f"ترجمة: {name} | تحرير: {name2}")
    elif bfmt == "b_ae_wam":
        meta.append(f"{rcity} (وام)")
        truth["agencies"].append("WAM")
    elif bfmt == "b_ae_by":
        meta.append(f"By {name}")
        authors = [name]
    elif bfmt == "b_ma_site":
        meta.append(f"{site} - {name}")
        authors = [name]
    elif bfmt == "b_ma_photo":
        meta += [f"{site} - {name}", f"صور: {name2}"]
        authors = [name]
    elif bfmt == "b_ma_from":
        meta.append(f"{name} من {rcity}")
        authors = [name]
    elif bfmt == "b_ma_map":
        meta.append("و.م.ع")
        truth["agencies"].append("MAP")
    elif bfmt == "b_fr_avec":
        meta.append(f"{name} مع وكالات")
        authors = [name]
    elif bfmt == "b_fr_site_ag":
        meta.append(f"{site} / أ ف ب")
        truth["agencies"].append("AFP")
    elif bfmt == "b_fr_corr":
        meta.append(f"{'مراسلتنا' if female else 'مراسلنا'} في {rcity} {name}")
        authors = [name]
    elif bfmt == "b_fr_prog":
        meta.append(f"{name} | برنامج «{rng.choice(PROGRAMS)}»")
        authors = [name]
    if pinfo:
        meta += pinfo["meta"]
        ufmt = UPDATE_OF.get(pinfo["fmt"])
        if ufmt and pinfo["value"] and rng.random() < spec["update"]:
            line, mod = fmt_update(ufmt, pub, tm, crawl, rng)
            if line:
                if ufmt == "u_fr_inline":
                    meta[-1] += line
                else:
                    meta.append(line)
                truth["modified"] = mod
                comp["update"] = True
    truth["authors"] = authors
    for cname, p in spec["counter"]:
        if rng.random() >= p:
            continue
        n = rng.randint(2, 40)
        meta.append({"views": f"👁 {n * 97:,} مشاهدة", "read": f"{rng.randint(2, 9)} min read",
                     "ma_read": f"مدة القراءة: {rng.randint(1, 7)}'", "ma_ncomm": f"💬 {n} تعليق"}[cname])
        comp.setdefault("counter", []).append(cname)

    label = {"label_sotour": "في سطور:", "label_essentiel": "L'essentiel :", "bullet": "▪"}.get(lede_place)
    meta_later = meta and cap_group and rng.random() < spec["meta_after_caption"]
    comp["meta_after_caption"] = bool(meta_later)
    if kicker:
        add("kicker", [kicker])
    add("title", [shown_title], chrome=False)
    if summary and lede_place == "deck":
        add("lede", [summary], chrome=False)
    elif summary and lede_place == "deck_glued":
        add("lede", [summary], chrome=False, glue=True)
    if meta and not meta_later:
        add("meta", meta)
    if tform == "repeat":
        add("title_repeat", [title])
    if summary and lede_place == "after_meta":
        add("lede", [summary], chrome=False)
    if summary and label:
        add("lede", [f"{label} {summary}"], chrome=False)
    if cap_group:
        add("caption", cap_group)
    if meta_later:
        add("meta", meta)
    if summary and lede_place == "after_caption":
        add("lede", [summary], chrome=False)
    comp["lede_place"] = lede_place if summary else None
    for phname, p in spec["posthead"]:
        if rng.random() >= p:
            continue
        comp.setdefault("posthead", []).append(phname)
        if phname == "ae_listen":
            add("listen", [f"استمع إلى هذا المقال | Listen to this article ({rng.randint(2, 9)} min)"])
        elif phname == "fr_player":
            add("player", ["▶ استمع", f"00:00 / {rng.randint(1, 6):02d}:{rng.randint(0, 59):02d}"])
    if summary and lede_mode in ("promoted", "abstract") and groups[-1]["kind"] == "lede" \
            and lede_place not in MARKED_LEDES and not dl_used:
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
            if mname == "lb_also":
                add("also", [f"◀ إقرأ أيضاً | {others.pop()}"])
            elif mname == "lb_ad":
                add("ad", ["- إعلان -"])
            elif mname == "lb_video":
                add("video", [f"▶ فيديو | {others.pop()}"])
            elif mname == "tn_lire":
                add("also", [rng.choice(["Lire aussi : ", "اقرأ أيضا ➜ "]) + others.pop()])
            elif mname == "tn_pub":
                add("ad", ["Publicité"])
            elif mname == "tn_nl":
                add("newsletter", ["Newsletter : recevez l'essentiel de l'actualité chaque matin",
                                   "Votre adresse e-mail", "Je m'inscris"])
            elif mname == "sa_more":
                add("also", [f"اقرأ المزيد: {others.pop()}"])
            elif mname == "sa_ad":
                add("ad", ["مساحة إعلانية"])
            elif mname == "eg_also":
                add("also", [f"اقرأ أيضًا.. {others.pop()}"])
            elif mname == "eg_watch":
                add("video", [f"شاهد | {others.pop()}"])
            elif mname == "eg_more":
                add("more", [f"لمزيد من أخبار {section} اضغط هنا"])
            elif mname == "ae_related":
                add("also", [f"Related | ذو صلة: {others.pop()}"])
            elif mname == "ae_ad":
                add("ad", ["ADVERTISEMENT"])
            elif mname == "ae_nl":
                add("newsletter", ["اشترك في نشرتنا الإخبارية اليومية", "Sign up"])
            elif mname == "ma_also":
                add("also", [f"مواضيع مرتبطة: {others.pop()}"])
            elif mname == "ma_ad":
                add("ad", ["إشهار"])
            elif mname == "fr_also":
                add("also", [f"اقرأ أيضا على موقعنا: {others.pop()}"])
            elif mname == "fr_pub":
                add("ad", [rng.choice(["إعلان", "Publicité"])])
            elif mname == "fr_podcast":
                add("podcast", [f"🎧 بودكاست | {others.pop()} ({rng.randint(3, 29)} دقيقة)"])
        if b["type"] == "heading":
            add("heading", heading_lines(b["text"], hfmt), chrome=False)
            continue
        add("body", [body_noise(b["text"], nkind, rng)], chrome=False)

    # after the body
    if end_sig:
        add("signature", [end_sig])

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
        if aname == "src":
            if truth["sources"] or not doc["site"]:
                continue
            if key == "lb":
                srcs = [paper] if bfmt == "b_lb_press" else src_list(["الوكالة الوطنية للإعلام", "وكالات"])
                add("sources", ["المصدر: " + "، ".join(f"«{s}»" for s in srcs)])
            elif key == "tn":
                srcs = src_list(["وات", "وكالات", "Mosaïque"])
                add("sources", ["Source : " + " / ".join(srcs)])
            elif key == "sa":
                srcs = src_list(["واس", "وكالات"])
                add("sources", ["المصادر: " + " - ".join(srcs)])
            elif key == "ae":
                srcs = src_list(["وام", "وكالات", "رويترز"])
                add("sources", ["Source: " + "، ".join(srcs)])
            elif key == "fr":
                srcs = src_list(["أ ف ب", "رويترز", "فرانس برس"])
                add("sources", ["المصدر: " + " / ".join(srcs)])
            else:
                srcs = src_list(["وكالات", "أ ش أ", "و.م.ع"])
                add("sources", ["المصدر: " + "، ".join(srcs)])
            truth["sources"] = srcs
        elif aname == "tags":
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            line = {"lb": "الكلمات الدالّة: " + " / ".join(tags), "tn": "Mots-clés : " + ", ".join(tags),
                    "sa": "الموضوعات: " + " – ".join(tags), "eg": "كلمات البحث: " + " - ".join(tags),
                    "ae": "Topics: " + ", ".join(tags), "ma": "وسوم ▸ " + " ▸ ".join(tags),
                    "fr": "مواضيع ذات صلة: " + " | ".join(tags)}[key]
            add("tags", [line])
            truth["tags"] = tags
        elif aname == "lb_disclaimer":
            add("disclaimer", ["المقالات المنشورة تعبّر عن رأي كاتبها ولا تعبّر بالضرورة عن رأي الموقع"])
        elif aname == "lb_share":
            add("share", ["شارك على: واتساب | فيسبوك | تويتر | تلغرام | نسخ الرابط"])
        elif aname == "lb_whatsapp":
            add("whatsapp", [f"📲 انضمّوا إلى مجموعة «{site}» على واتساب لتصلكم الأخبار العاجلة"])
        elif aname == "lb_press":
            lines = ["أبرز ما جاء في صحف اليوم"]
            for pp in rng.sample(PAPERS, rng.randint(2, 4)):
                lines.append(f"«{pp}»: {others.pop()}")
            add("press", lines)
        elif aname == "lb_comments":
            n = rng.randint(0, 2)
            lines = [f"التعليقات ({n})"]
            if n == 0:
                lines.append("لا توجد تعليقات بعد، كن أول من يعلّق")
            for who in rng.sample(LB_COMMENTERS, n):
                lines += [f"{who} – {rel_age(crawl, None, crawl, rng)}", rng.choice(G.COMMENTS)]
            add("comments", lines)
        elif aname == "tn_share":
            add("share", ["Partager :", "Facebook | X | LinkedIn | WhatsApp"])
        elif aname == "tn_related":
            add("related", ["À lire aussi"] + [f"› {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "tn_react":
            add("react", ["Réagir à cet article", f"{rng.randint(0, 12)} commentaire(s)"])
        elif aname == "sa_print":
            add("print", [f"نُشر في العدد {rng.randint(15000, 19999)} | الصفحة {rng.randint(2, 36)} | {section}"])
        elif aname == "sa_share":
            add("share", ["مشاركة:", "تويتر | واتساب | سناب شات | نسخ الرابط"])
        elif aname == "sa_most":
            lines = ["الأكثر قراءة اليوم"]
            for k in range(1, rng.randint(3, 5) + 1):
                lines.append(indic(f"{k}- ") + others.pop())
            add("most", lines)
        elif aname == "sa_comments":
            add("comments", ["التعليقات", "أضف تعليقك... سيتم مراجعة التعليق قبل نشره", "الاسم", "إرسال"])
        elif aname == "eg_share":
            add("share", ["شارك الخبر: واتس اب - فيس بوك - تويتر - تليجرام"])
        elif aname == "eg_related":
            add("related", ["أخبار متعلقة"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "eg_form":
            add("form", ["اضف تعليق", "الاسم", "البريد الإلكتروني", "التعليق", "إرسال"])
        elif aname == "eg_app":
            add("app", [f"حمّل تطبيق {site} على أندرويد و iOS", "تابعونا على جوجل نيوز"])
        elif aname == "ae_share":
            add("share", ["Share: X · Facebook · LinkedIn · WhatsApp · Email"])
        elif aname == "ae_more":
            add("more", [f"More from {dom}"] + [f"◦ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "ma_share":
            add("share", ["شارك: فيسبوك | تويتر | واتساب | مسنجر"])
        elif aname == "ma_comments":
            n = rng.randint(1, 4)
            lines = [f"تعليقات الزوار ({n})", "تنبيه: يحتفظ الموقع بحق عدم نشر التعليقات المسيئة أو الخارجة عن "
                                               "موضوع المقال"]
            for k, who in enumerate(rng.sample(MA_COMMENTERS, n), 1):
                lines += [f"{k} - {who}", rel_age(crawl, (rng.randint(0, 20), 0), crawl, rng),
                          rng.choice(MA_COMMENTS), f"👍 {rng.randint(0, 90)} 👎 {rng.randint(0, 30)}"]
            lines.append("أضف تعليقك")
            add("comments", lines)
        elif aname == "ma_related":
            add("related", ["مقالات ذات صلة"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "fr_share":
            add("share", ["مشاركة", "Facebook Twitter WhatsApp Telegram"])
        elif aname == "fr_more":
            add("more", ["المزيد حول هذا الموضوع"] + [f"— {others.pop()}" for _ in range(rng.randint(2, 3))])
        elif aname == "fr_programs":
            add("programs", ["برامج الإذاعة"] + rng.sample(PROGRAMS, 3))
        elif aname == "fr_app":
            add("app", [f"📱 حمّل تطبيق {site} — Télécharger l'application"])
        comp.setdefault("after", []).append(aname)

    if tform == "share_title":
        handle = rng.choice(EG_HANDLES) if key == "eg" else "@" + dom.split(".")[0].replace("-", "")
        add("share_text", [f"{title} عبر {handle}" if key != "ae" else f"{title} via {handle}"])

    ffmt = pick("footer")
    if ffmt == "f_lb":
        add("footer", [f"© {year} {site} – جميع الحقوق محفوظة | Tous droits réservés"])
    elif ffmt == "f_tn":
        add("footer", [f"© {year} {site}. Tous droits réservés.", "Mentions légales | Qui sommes-nous | Contact"])
    elif ffmt == "f_sa":
        hy = G.hijri(crawl)[0]
        add("footer", [f"جميع الحقوق محفوظة © {hy}هـ - {year}م {site}", "اتصل بنا | أعلن معنا | سياسة الخصوصية"])
    elif ffmt == "f_eg":
        boss, chief = rng.sample(PEOPLE["eg"], 2)
        add("footer", [f"رئيس مجلس الإدارة: {boss}", f"رئيس التحرير: {chief}", f"© {year} {site} جميع الحقوق محفوظة"])
    elif ffmt == "f_ae":
        add("footer", [f"© {year} {site}. All rights reserved.", "Privacy Policy | Terms of Use | Contact Us"])
    elif ffmt == "f_ma":
        add("footer", [f"{site} © {year} – جميع الحقوق محفوظة", "من نحن | هيئة التحرير | اتصل بنا"])
    elif ffmt == "f_fr":
        add("footer", [f"© {year} {site} | Mentions légales | Cookies | Contact"])

    # layout
    out = []
    chrome_lines = []
    prev = None
    for g in groups:
        kind = g["kind"]
        if out and not g["glue"]:
            if layout == "tight" and kind in ("body", "heading") and prev in ("body", "heading"):
                pass
            elif layout == "spaces":
                out.append(rng.choice([" ", "  ", "\t", ""]))
            else:
                out.append("")
        out += g["lines"]
        if g["chrome"]:
            chrome_lines += [x.strip() for x in g["lines"] if x.strip()]
        prev = kind
    if layout == "trail":
        out = [x + rng.choice(["", "", " ", "  ", "\t"]) if x else x for x in out]
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
        code = agency_code(s)
        if code:
            truth["agencies"].append(code)
    truth["agencies"] = sorted(set(truth["agencies"]))
    truth.update(blocks=blocks, paragraphs=[b["text"] for b in blocks if b["type"] == "paragraph"],
                 headings=[b["text"] for b in blocks if b["type"] == "heading"], chrome=checked, style=style,
                 split=SPLIT, components=comp, corpus=doc["corpus"], doc_id=doc["id"])
    return text, truth
