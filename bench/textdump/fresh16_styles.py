"""The `fresh16` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh16 --n 2000 --seed 67
    python3 bench/textdump/score_dumps.py --split fresh16 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH16 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by someone who has not read the extractor, its tests, its
fixtures or its benchmark notes. No component here is meant to be one of the
tune, held-out, fresh, fresh2, ..., fresh15 ones (as far as gen_dumps.py and
the other modules' docstrings show; only those docstrings were read). Only the
aggregate rows of `score_dumps.py --split fresh16` are ever reported; once the
extractor is changed because of anything learnt here, the split is spent.

The eight styles (`fresh16_1` ... `fresh16_7`, and `fresh16_mixed`, a
per-document random draw of the others' components) imitate text dumps of
kinds of pages the other splits do not: a Saudi seasonal Hajj-and-Umrah news
portal (Hijri-first widgets, a countdown to the day of Arafah, pilgrims'
language bar, awareness boxes, a service box, a Hijri copyright year), a
Gulf heritage-sports daily (camel racing, falconry, endurance and dhow
sailing: race-result tables with lap times, next-race strips), the news page
of an Arab embassy in Athens, Warsaw or Bucharest (Greek, Polish or
Romanian chrome, dates and publication lines, consular boxes, office hours,
a closure notice with a future date), a Gulf company's intranet page
reposting a press clipping (a SharePoint-like portal: suite bar with the
signed-in employee, last-login stamp, page toolbar, author card, classification
label, likes and colleagues' comments), a children's news site (emoji menus,
age badges, a glossary of the article's hard words, did-you-know boxes,
quizzes and reaction counts), the news section of a real-estate portal
(price-index strips, property cards and a mortgage calculator between the
paragraphs, a combined publication/update line), and a travel-and-tourism
news portal (flight-search box with year-less dates, deals, visa and hotel
cards between the paragraphs, travel tips). Site names, people, mounts,
properties, hotels and the vocabulary are invented. The corpus texts, the
lede choice (abstract / teaser / promoted first paragraph), the inserted
headings and the other articles' titles in related blocks are the
gen_dumps.py ones.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once. The title inside a breadcrumb or a share
  line is chrome (lines equal to the title are left out of the chrome
  list).
- page_date: the date of the site's own header date widget before the title
  (the crawl day), whatever its language, script, digits or calendar; with
  two calendars, the Gregorian date. Pages without a widget: null. The
  intranet's last-login stamp, the embassy's closure notice, year-less
  flight-search dates, the Hajj countdown, office hours and comment dates
  are no widget.
- published: the publication line's date, with `THH:MM` when it shows a
  time (12-hour clocks by `ص`/`م`, `صباحًا`/`مساءً` or AM/PM), wherever it
  stands in the page head; with two calendars the Gregorian date. Update
  lines (also the update half of a combined line, and the intranet's
  "last modified by" line) go to the extra `modified` key (not scored).
- summary: a deck under the title, a lede after the meta lines or after the
  caption, or a labelled lede (label inline or on the line before, or the
  children's site's speech-bubble mark before it; a labelled lede is always
  a lede, the label or mark is not part of it). An unlabelled lede with
  nothing between it and the body (no meta, caption or chrome line, no
  dateline opening the body) stays a lede only when it is a teaser that the
  first paragraph repeats; a promoted first paragraph or an abstract there
  goes into the body. A promoted first paragraph under 8 words is never a
  lede.
- blocks: the corpus paragraphs whatever the noise or digits; headings
  without their marks; glossary, tip, card and notice boxes between the
  paragraphs are no blocks.
- images: the caption without its credit and label; the credit as written
  without its label.
- authors (scored): the byline's names, in order (two for a
  joint byline); an editing desk, the signed-in employee, the last editor,
  an illustrator, commenters and race owners are no authors.
- sources: the items of the sources line after the body, or of the
  intranet's media-source line; tags: the tag lines' items without `#`.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed, minus those that also occur in the body and those
  equal to the title or the summary.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh16"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
LOCAL = {
    "el": dict(wd=["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
               mon=["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
                    "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]),
    "pl": dict(wd=["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
               mon=["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                    "października", "listopada", "grudnia"]),
    "ro": dict(wd=["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
               mon=["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
                    "octombrie", "noiembrie", "decembrie"]),
}
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
ZWSP = "\u200b"
NBSP = "\u00a0"
EMSP = "\u2003"

# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city)]
SITES = {
    "hajj": [("بوابة ضيوف الرحمن", "duyuf-alrahman.sa", "دليلك الإخباري في موسم الحج والعمرة", "مكة المكرمة"),
             ("منصة المشاعر الإخبارية", "almashaer-news.sa", "", "مكة المكرمة"),
             ("نافذة الحرمين", "nafithat-alharamain.net", "أخبار الحرمين الشريفين لحظة بلحظة", "المدينة المنورة")],
    "heritage": [("صحيفة الميدان التراثي", "almaidan-heritage.ae", "يومية الرياضات التراثية", "العين"),
                 ("الهجن والصقور اليوم", "hujun-saqur.com", "", "الشحانية"),
                 ("بوابة العرضة", "alardha-news.qa", "صوت التراث والأصالة", "الطائف")],
    "embassy": [("السفارة في أثينا – المكتب الإعلامي", "embassy-athens.gov", "", "أثينا"),
                ("البعثة الدبلوماسية لدى بولندا", "mission-warsaw.gov", "وارسو", "وارسو"),
                ("السفارة في بوخارست", "embassy-bucharest.gov", "والقنصلية الفخرية في كونستانتا", "بوخارست")],
    "intranet": [("نبض الواحة – البوابة الداخلية", "intranet.alwaha-energy.local", "شركة الواحة للطاقة", "الظهران"),
                 ("شبكتنا – مجموعة الخليج للمياه", "portal.gulfwater-grp.local", "", "أبوظبي"),
                 ("رابط – الشبكة الداخلية لهيئة النقل", "rabet.transport-auth.local", "", "الدوحة")],
    "kids": [("أخبار الصغار", "akhbar-alsighar.com", "أخبار العالم بلغة تفهمها", "عمّان"),
             ("نشرة سنابل", "sanabel-kids.net", "", "الكويت"),
             ("مجلة برعم الإخبارية", "buraem-news.org", "للقرّاء الصغار من 8 إلى 13 سنة", "الرباط")],
    "realty": [("عقارات الخليج نت", "aqarat-alkhaleej.net", "أخبار السوق وأسعار العقار", "دبي"),
               ("بوابة المسكن", "almaskan-portal.com", "", "الرياض"),
               ("دليل العقار المصري", "egy-aqar-guide.com", "كل ما يخص السكن والاستثمار", "القاهرة الجديدة")],
    "travel": [("رحّالة نيوز", "rahhala-news.com", "أخبار السفر والسياحة", "دبي"),
               ("بوابة السفر العربي", "arab-travel-gate.net", "", "جدة"),
               ("مجلة وجهات", "wejhat-mag.com", "سافر بذكاء", "مسقط")],
}
PEOPLE = {"hajj": ["عبدالرحمن الحارثي", "سعود القرشي", "هتون الزهراني", "ماجد اللحياني", "أفنان الشريف"],
          "heritage": ["سيف المنصوري", "حمد الكعبي", "راشد المري", "عبيد الشامسي", "مطر النعيمي"],
          "embassy": ["وليد السعدي", "ريم الحسيني", "يوسف العطار"],
          "intranet": ["نوف الدوسري", "طارق البنعلي", "منيرة السبيعي", "فيصل الخاطر", "عائشة الحمادي"],
          "kids": ["سلمى نور الدين", "رنا الشريف", "بشير الأيوبي", "دانة الخالدي", "أمين بركات"],
          "realty": ["كريم عبد الحميد", "شيماء الفقي", "علي الرميثي", "هند السالم", "بدر العنزي"],
          "travel": ["لمى الحربي", "زياد الفارس", "نادين عواد", "خليفة البلوشي", "سارة بن علي"]}
FEMALE = {"هتون الزهراني", "أفنان الشريف", "ريم الحسيني", "نوف الدوسري", "منيرة السبيعي", "عائشة الحمادي",
          "سلمى نور الدين", "رنا الشريف", "دانة الخالدي", "شيماء الفقي", "هند السالم", "لمى الحربي",
          "نادين عواد", "سارة بن علي"}
EMPLOYEES = ["خالد المهندي", "ندى القحطاني", "جاسم الأنصاري", "هيفاء العمودي", "ياسر الغامدي", "لولوة الكواري"]
JOB_TITLES = {False: ["أخصائي اتصال مؤسسي", "مسؤول الرصد الإعلامي", "مدير إدارة الاتصال", "محرر المحتوى الداخلي"],
              True: ["أخصائية اتصال مؤسسي", "مسؤولة الرصد الإعلامي", "مديرة إدارة الاتصال", "محررة المحتوى الداخلي"]}
ILLUSTRATORS = ["نور الهدى", "سامر الرسام", "تالا"]
SECTIONS = {"hajj": ["أخبار الحج", "العمرة", "الحرمان الشريفان", "تقارير ميدانية", "أخبار عامة"],
            "heritage": ["سباقات الهجن", "الصقارة", "القدرة", "الشراع", "أخبار عامة"],
            "embassy": ["أخبار الوطن", "أخبار السفارة", "العلاقات الثنائية", "بيانات"],
            "intranet": ["الرصد الإعلامي", "أخبار القطاع", "أخبار الصحافة"],
            "kids": ["العالم", "علوم", "مجتمع", "رياضة", "اقتصاد للصغار"],
            "realty": ["أخبار السوق", "تشريعات", "مشاريع", "تمويل", "أخبار عامة"],
            "travel": ["أخبار السفر", "طيران", "فنادق", "وجهات", "أخبار عامة"]}
NAV = {"hajj": ["الرئيسية", "أخبار الحج", "العمرة", "الحرمان الشريفان", "التوعية", "خدمات الحاج", "مرئيات",
                "الإحصاءات", "إرشادات صحية"],
       "heritage": ["الرئيسية", "سباقات الهجن", "الصقارة", "القدرة", "الفروسية", "الشراع", "المحامل", "المزاينة",
                    "منوعات"],
       "embassy": ["عن السفارة", "كلمة السفير", "الشؤون القنصلية", "التأشيرات", "أخبار السفارة", "أخبار الوطن",
                   "العلاقات الثنائية", "اتصل بنا"],
       "intranet": ["الرئيسية", "أخبار الشركة", "الرصد الإعلامي", "الموارد البشرية", "السلامة أولًا",
                    "تقنية المعلومات", "المستندات", "دليل الموظفين"],
       "kids": ["🏠 الرئيسية", "🌍 العالم", "🔬 علوم", "⚽ رياضة", "🐾 حيوانات", "🎨 فنون", "🎮 ألعاب",
                "❓ اختبارات"],
       "realty": ["شقق للبيع", "فلل", "أراضٍ", "عقار تجاري", "مشاريع جديدة", "أخبار العقار", "دليل المطورين",
                  "حاسبة التمويل"],
       "travel": ["وجهات", "طيران", "فنادق", "تأشيرات", "رحلات عائلية", "سياحة حلال", "عروض", "نصائح السفر"]}
NAV_SEP = {"hajj": " ❖ ", "heritage": " | ", "embassy": "  ‖  ", "intranet": None, "kids": "   ", "realty": " ⁄ ",
           "travel": " ◦ "}
CAPTIONS = {
    "hajj": ["حجاج يؤدون طواف القدوم", "جانب من ساحات المسجد الحرام", "مركبات قطار المشاعر", "متطوعون يوزعون المياه",
             "مخيمات الحجاج في منى", "لقطة جوية لجبل الرحمة"],
    "heritage": ["مطايا خلال أحد الأشواط", "صقار يستعد لإطلاق صقره", "جانب من منافسات القدرة",
                 "سفن شراعية في خط السباق", "جمهور ميدان الهجن", "تتويج الفائزين بالرموز"],
    "embassy": ["السفير خلال استقباله أبناء الجالية", "جانب من اللقاء الثنائي", "مبنى السفارة",
                "رفع العلم في مقر البعثة", "من حفل الاستقبال السنوي"],
    "intranet": ["صورة توضيحية", "من تغطية الوسيلة الإعلامية", "لقطة من الخبر المنشور", "شعار الجهة المعنية"],
    "kids": ["أطفال يتعلمون في الصف", "صورة توضيحية للخبر", "خريطة تبين مكان الحدث", "رسم توضيحي"],
    "realty": ["أبراج سكنية قيد الإنشاء", "واجهة مشروع سكني جديد", "رافعات في موقع بناء",
               "مجمع فلل على الواجهة البحرية",
               "مكتب مبيعات أحد المطورين"],
    "travel": ["مسافرون في صالة المغادرة", "شاطئ رملي عند الغروب", "طائرة على مدرج المطار", "سوق شعبية تقليدية",
               "بهو أحد الفنادق", "قطار سياحي بين الجبال"],
}
CREDITS = {"hajj": ["المركز الإعلامي", "رياض الثبيتي", "واس", "أرشيف البوابة"],
           "heritage": ["عدسة الميدان", "خالد الظاهري", "اللجنة المنظمة", "مصور الصحيفة"],
           "embassy": ["المكتب الإعلامي للسفارة", "Eurokinissi", "PAP", "Agerpres", "أرشيف البعثة"],
           "intranet": ["الوسيلة الإعلامية", "مكتبة الصور المؤسسية", "Shutterstock"],
           "kids": ["Unsplash", "وكالات", "رسم: فريق المجلة", "أرشيف"],
           "realty": ["المطور", "عقارات الخليج", "iStock", "مصادر إعلامية"],
           "travel": ["Pexels", "هيئة السياحة", "Unsplash", "المحرر"]}
LEDE_LABEL = {"hajj": "أبرز ما في الخبر:", "heritage": "المختصر:", "embassy": "ملخص البيان:",
              "intranet": "الخلاصة التنفيذية:", "kids": "الخبر في جملة:", "realty": "خلاصة القول:",
              "travel": "ما تحتاج إلى معرفته:"}
HJ_TIPS = ["احرص على حمل بطاقة نسك في جميع الأوقات", "اشرب الماء بانتظام واستخدم المظلة تحت الشمس",
           "التزم بمواعيد التفويج المحددة لحملتك", "لا حج بلا تصريح"]
HR_CATS = ["الحقايق", "اللقايا", "الإيذاع", "الثنايا", "الحول", "الزمول"]
HR_MOUNTS = ["الشاهين", "مزعجة", "صوغان", "البيرق", "الوسمية", "ملفاة", "الغزيّل", "نسيم"]
HR_OWNERS = ["هجن الوثبة", "مؤسسة الشقب", "فريق البداير", "ركاب الوسيل", "هجن الذيد"]
HR_GROUNDS = ["الوثبة", "الشحانية", "ميدان الطائف", "المرموم", "الذيد"]
EMB = {"athens": dict(lang="el", city_local="Αθήνα", lang_bar="العربية | Ελληνικά | English",
                      photo="Φωτογραφία", share="Κοινοποίηση:", rights="Με επιφύλαξη παντός δικαιώματος",
                      privacy="Πολιτική απορρήτου | Όροι χρήσης", phone="+30 21 0{}",
                      cookie=["Αυτός ο ιστότοπος χρησιμοποιεί cookies για τη βελτίωση της εμπειρίας σας.",
                              "Αποδοχή", "Ρυθμίσεις"],
                      pub="Δημοσίευση: {d:02d}/{m:02d}/{y}", pub_t=" {hm}",
                      upd="Τελευταία ενημέρωση: {d:02d}/{m:02d}/{y} {hm}",
                      street="Λεωφόρος Κηφισίας {n}, 115 26 Αθήνα"),
       "warsaw": dict(lang="pl", city_local="Warszawa", lang_bar="العربية | Polski | English",
                      photo="Fot.", share="Udostępnij:", rights="Wszelkie prawa zastrzeżone",
                      privacy="Polityka prywatności | Deklaracja dostępności", phone="+48 22 {}",
                      cookie=["Ta strona używa plików cookie. Korzystając z niej, wyrażasz zgodę na ich użycie.",
                              "Akceptuję", "Więcej informacji"],
                      pub="Opublikowano: {d:02d}.{m:02d}.{y}", pub_t=", {hm}",
                      upd="Aktualizacja: {d:02d}.{m:02d}.{y}, {hm}", street="ul. Wiejska {n}, 00-480 Warszawa"),
       "bucharest": dict(lang="ro", city_local="București", lang_bar="العربية | Română | English",
                         photo="Foto", share="Distribuie:", rights="Toate drepturile rezervate",
                         privacy="Politica de confidențialitate | Termeni și condiții", phone="+40 21 {}",
                         cookie=["Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.",
                                 "Accept", "Setări cookie"],
                         pub="Publicat: {d:02d}.{m:02d}.{y}", pub_t=", ora {hm}",
                         upd="Actualizat: {d:02d}.{m:02d}.{y}, ora {hm}",
                         street="Strada Aviatorilor {n}, Sector 1, București")}
EMB_OF_SITE = {"أثينا": "athens", "وارسو": "warsaw", "بوخارست": "bucharest"}
GLOSSARY = [("قمة", "اجتماع كبير يحضره قادة الدول"), ("اتفاقية", "وعد مكتوب توقّعه دولتان أو أكثر"),
            ("الحكومة", "المجموعة التي تدير شؤون الدولة"), ("الاقتصاد", "كل ما يتعلق بالمال والعمل والتجارة"),
            ("البرلمان", "مجلس يختار الناس أعضاءه ليضعوا القوانين"), ("الانتخابات", "يوم يختار فيه الناس من يمثلهم"),
            ("وزير", "مسؤول كبير في الحكومة عن مجال معين"), ("مؤتمر", "لقاء يجتمع فيه أشخاص لمناقشة موضوع"),
            ("التضخم", "ارتفاع أسعار الأشياء مع الوقت"), ("الصادرات", "البضائع التي تبيعها دولة لدول أخرى"),
            ("المفاوضات", "حوار طويل للوصول إلى اتفاق"), ("الاستثمار", "وضع المال في مشروع لكي يكبر"),
            ("العقوبات", "إجراءات تُفرض على دولة أو شخص لمعاقبته"), ("الميزانية", "خطة تبيّن كيف تُصرف الأموال"),
            ("منظمة", "مجموعة تعمل معًا من أجل هدف واحد"), ("دراسة", "بحث يقوم به العلماء لمعرفة شيء جديد"),
            ("المشروع", "عمل مخطط له يُنجز خطوة بعد خطوة"), ("السياحة", "السفر لزيارة أماكن جديدة"),
            ("الشركة", "مؤسسة تبيع منتجات أو خدمات"), ("الشرطة", "الجهة التي تحمي الناس وتطبق القانون")]
KD_FACTS = ["هل تعرف؟ يوجد في العالم أكثر من 190 دولة.", "هل تعرف؟ قلب الإنسان ينبض نحو 100 ألف مرة في اليوم.",
            "هل تعرف؟ أول صحيفة عربية صدرت قبل أكثر من 200 عام.", "هل تعرف؟ الجمل يستطيع أن يعيش أيامًا بلا ماء."]
KD_COMMENTERS = ["جود، 10 سنوات", "يامن، 12 سنة", "لين، 9 سنوات", "عمر، 11 سنة", "تيم، 8 سنوات"]
KD_COMMENTS = ["خبر مفيد جدًا، تعلمت منه كلمات جديدة", "سأحكي هذا الخبر لأصدقائي في المدرسة",
               "لم أفهم كل شيء لكن القاموس ساعدني", "أتمنى أن تكتبوا عن الفضاء أيضًا"]
RE_AREAS = ["دبي مارينا", "الخليج التجاري", "حي الملقا", "شمال الرياض", "التجمع الخامس", "الشيخ زايد", "جزيرة الريم"]
RE_KINDS = ["شقة {n} غرف نوم للبيع", "فيلا مستقلة {n} غرف للبيع", "شقة {n} غرف للإيجار السنوي", "تاون هاوس {n} غرف"]
RE_CURR = {"دبي": "درهم", "الرياض": "ريال", "القاهرة الجديدة": "جنيه"}
TR_DEST = ["إسطنبول", "جورجيا", "ماليزيا", "أذربيجان", "المالديف", "زنجبار", "البوسنة", "صلالة", "العلا", "شرم الشيخ"]
TR_AIRPORTS = ["الرياض (RUH)", "جدة (JED)", "دبي (DXB)", "الكويت (KWI)", "الدوحة (DOH)", "مسقط (MCT)"]
TR_TIPS = ["احجز تذكرتك قبل موعد السفر بستة أسابيع على الأقل", "تأكد من صلاحية جواز السفر لستة أشهر",
           "اشترِ تأمين سفر يغطي الحالات الطارئة", "احتفظ بنسخة إلكترونية من وثائقك",
           "راجع قواعد الأمتعة لشركة الطيران"]
TR_HOTELS = ["فندق لؤلؤة الساحل", "منتجع الوادي الأخضر", "فندق برج النخيل", "نُزل الجبل الأزرق"]
IN_COMMENTS = ["شكرًا على المشاركة، خبر مهم للقطاع", "نأمل متابعة أثر هذا على خطط الشركة",
               "معلومة مفيدة، تمت المشاركة مع الفريق", "هل يوجد تقرير تفصيلي مرفق؟"]


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="hajj", pre=[], header=[], widget=[None], kicker=0.0, title_noise=[None], byline=[None],
             publine=[None], update=0.0, counter=0.0, lede=[None], lede_place=["deck"], caption=0.0,
             caption_fmt=["c_hajj"], caption_pos=["head"], caption_title=0.0, headings=0.0,
             heading_fmt=["h_plain"], dateline=[None], mid=[], after=[], footer=[None], layout=["blank"],
             body_noise=[None], crlf=0.0, bom=0.0)

STYLES = {
    "fresh16_1": dict(site="hajj", header=[("hj_lang", 0.7), ("site_name", 1.0), ("widget", 0.85),
                                           ("hj_countdown", 0.6), ("nav", 1.0), ("hj_counter", 0.4)],
                      widget=["w_hj_bracket", "w_hj_words"], kicker=0.5, title_noise=[None, None, "nbsp"],
                      byline=["b_hj_city", "b_hj_two", "b_hj_desk", None], publine=["p_hj_words", "p_hj_ymd"],
                      counter=0.5, lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label", "after_meta"], caption=0.75, caption_fmt=["c_hajj"],
                      caption_title=0.15, headings=0.3, heading_fmt=["h_guillemet", "h_plain"],
                      dateline=["dl_paren", None], mid=[("hj_tip", 0.5), ("hj_also", 0.5)],
                      after=[("hj_src", 0.5), ("hj_tags", 0.5), ("hj_services", 0.5), ("hj_share", 0.7),
                             ("hj_rel", 0.7)],
                      footer=["f_hajj"], layout=["blank"], body_noise=[None, None, "nbsp"]),
    "fresh16_2": dict(site="heritage", header=[("site_name", 1.0), ("widget", 0.85), ("nav", 1.0),
                                               ("hr_next", 0.6)],
                      widget=["w_hr_eg_lev", "w_hr_iso_wd"], kicker=0.6, title_noise=[None, "tatweel", "tatweel"],
                      byline=["b_hr_pen", "b_hr_field", None], publine=["p_hr_pair", "p_hr_rel"], counter=0.5,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "after_caption"],
                      caption=0.8, caption_fmt=["c_heritage"], caption_title=0.0, headings=0.35,
                      heading_fmt=["h_dash", "h_plain"], dateline=["dl_guillemet", None],
                      mid=[("hr_results", 0.45), ("hr_video", 0.4)],
                      after=[("hr_results_end", 0.35), ("hr_sponsor", 0.5), ("hr_rel", 0.7), ("hr_share", 0.6)],
                      footer=["f_heritage"], layout=["blank", "single"], body_noise=[None, "tatweel"]),
    "fresh16_3": dict(site="embassy", pre=[("emb_cookie", 0.5)],
                      header=[("emb_lang", 0.9), ("emb_hours", 0.6), ("emb_phone", 0.5), ("site_name", 1.0),
                              ("widget", 0.85), ("nav", 1.0), ("emb_notice", 0.3), ("emb_crumb", 0.5)],
                      widget=["w_emb_local", "w_emb_pair"], kicker=0.5,
                      byline=["b_emb_attache", "b_emb_office", None], publine=["p_emb_local", "p_emb_ar"],
                      update=0.35, lede=["abstract", "teaser", "promoted", None],
                      lede_place=["label", "deck", "after_meta"], caption=0.7, caption_fmt=["c_embassy"],
                      headings=0.25, heading_fmt=["h_plain"], dateline=["dl_paren", None],
                      mid=[("emb_mid_notice", 0.35)],
                      after=[("emb_src", 0.6), ("emb_services", 0.6), ("emb_share", 0.7), ("emb_rel", 0.6),
                             ("emb_address", 0.6)],
                      footer=["f_embassy"], layout=["blank"], body_noise=[None, "emsp"], crlf=0.5),
    "fresh16_4": dict(site="intranet", header=[("in_suite", 0.9), ("in_login", 0.6), ("site_name", 1.0),
                                               ("widget", 0.8), ("nav", 0.9), ("in_crumb", 0.7),
                                               ("in_toolbar", 0.7)],
                      widget=["w_in_label", "w_in_en"], kicker=0.6, byline=["b_in_card", "b_in_by", None],
                      publine=["p_in_ar", "p_in_en"], update=0.5, counter=0.6,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["label", "label_line", "deck"],
                      caption=0.5, caption_fmt=["c_intranet"], headings=0.3, heading_fmt=["h_plain"],
                      mid=[("in_callout", 0.4)],
                      after=[("in_tags", 0.5), ("in_like", 0.8), ("in_comments", 0.5), ("in_docs", 0.4),
                             ("in_rel", 0.6), ("in_class", 0.7)],
                      footer=["f_intranet"], layout=["single", "blank"], body_noise=[None, "zw"], bom=0.3),
    "fresh16_5": dict(site="kids", header=[("kd_mascot", 0.6), ("site_name", 1.0), ("widget", 0.85), ("nav", 1.0),
                                           ("kd_parents", 0.5)],
                      widget=["w_kd_parts", "w_kd_emoji"], kicker=0.7, title_noise=[None, None, "pf"],
                      byline=["b_kd_wrote", "b_kd_pair", None], publine=["p_kd_day", "p_kd_week"], counter=0.6,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["label_line", "emoji", "deck"],
                      caption=0.8, caption_fmt=["c_kids"], headings=0.4, heading_fmt=["h_emoji"],
                      mid=[("kd_glossary", 0.6), ("kd_fact", 0.4)],
                      after=[("kd_quiz", 0.6), ("kd_react", 0.7), ("kd_comments", 0.4), ("kd_draw", 0.4),
                             ("kd_rel", 0.6), ("kd_parents_note", 0.4)],
                      footer=["f_kids"], layout=["double_body", "blank"], body_noise=[None, None, "indic"]),
    "fresh16_6": dict(site="realty", header=[("re_top", 0.7), ("site_name", 1.0), ("widget", 0.8), ("nav", 1.0),
                                             ("re_index", 0.6), ("re_search", 0.5), ("re_crumb", 0.6)],
                      widget=["w_re_city", "w_re_gh"], kicker=0.4, byline=["b_re_editor", "b_re_team", None],
                      publine=["p_re_combined", "p_re_icons"], update=0.5, counter=0.5,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "label", "after_meta"],
                      caption=0.7, caption_fmt=["c_realty"], caption_pos=["head", "inbody"], headings=0.35,
                      heading_fmt=["h_guillemet", "h_plain"], dateline=["dl_guillemet", None],
                      mid=[("re_card", 0.6), ("re_calc", 0.4)],
                      after=[("re_src", 0.5), ("re_tags", 0.6), ("re_disclaimer", 0.5), ("re_agent", 0.5),
                             ("re_rel", 0.7), ("re_share", 0.6)],
                      footer=["f_realty"], layout=["blank"], body_noise=[None, "nbsp"]),
    "fresh16_7": dict(site="travel", header=[("site_name", 1.0), ("widget", 0.8), ("nav", 1.0), ("tr_search", 0.6),
                                             ("tr_fx", 0.4)],
                      widget=["w_tr_wd_after", "w_tr_ymd_bar"], kicker=0.7, title_noise=[None, None, "zw"],
                      byline=["b_tr_name", "b_tr_team", None], publine=["p_tr_arrow", "p_tr_pubupd"], update=0.4,
                      counter=0.5, lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label", "after_caption"], caption=0.75, caption_fmt=["c_travel"],
                      caption_pos=["head", "inbody"], headings=0.35, heading_fmt=["h_dash", "h_plain"],
                      mid=[("tr_deal", 0.5), ("tr_visa", 0.4), ("tr_hotel", 0.4)],
                      after=[("tr_tips", 0.5), ("tr_tags", 0.5), ("tr_rate", 0.5), ("tr_app", 0.4),
                             ("tr_rel", 0.7), ("tr_share", 0.6)],
                      footer=["f_travel"], layout=["blank"], body_noise=[None, "emsp"], bom=0.2, crlf=0.2),
    "fresh16_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["in_suite", "in_login", "hj_lang", "emb_lang", "re_top", "kd_mascot", "emb_hours", "emb_phone",
                "site_name", "widget", "hj_countdown", "nav", "hj_counter", "hr_next", "emb_notice", "re_index",
                "re_search", "tr_search", "tr_fx", "kd_parents", "emb_crumb", "in_crumb", "re_crumb", "in_toolbar"]
HEAD_POOL = ["in_suite", "in_login", "hj_lang", "emb_lang", "re_top", "kd_mascot", "emb_hours", "emb_phone",
             "hj_countdown", "hj_counter", "hr_next", "emb_notice", "re_index", "re_search", "tr_search", "tr_fx",
             "kd_parents", "emb_crumb", "in_crumb", "re_crumb", "in_toolbar"]
PRE_POOL = ["emb_cookie"]
MID_POOL = ["hj_tip", "hj_also", "hr_results", "hr_video", "emb_mid_notice", "in_callout", "kd_glossary", "kd_fact",
            "re_card", "re_calc", "tr_deal", "tr_visa", "tr_hotel"]
AFTER_POOL = ["hj_src", "hj_tags", "hj_services", "hj_share", "hj_rel", "hr_results_end", "hr_sponsor", "hr_rel",
              "hr_share", "emb_src", "emb_services", "emb_share", "emb_rel", "emb_address", "in_tags", "in_like",
              "in_comments", "in_docs", "in_rel", "in_class", "kd_quiz", "kd_react", "kd_comments", "kd_draw",
              "kd_rel", "kd_parents_note", "re_src", "re_tags", "re_disclaimer", "re_agent", "re_rel", "re_share",
              "tr_tips", "tr_tags", "tr_rate", "tr_app", "tr_rel", "tr_share"]
CHOICES = dict(widget=["w_hj_bracket", "w_hj_words", "w_hr_eg_lev", "w_hr_iso_wd", "w_emb_local", "w_emb_pair",
                       "w_in_label", "w_in_en", "w_kd_parts", "w_kd_emoji", "w_re_city", "w_re_gh", "w_tr_wd_after",
                       "w_tr_ymd_bar", None],
               byline=["b_hj_city", "b_hj_two", "b_hj_desk", "b_hr_pen", "b_hr_field", "b_emb_attache",
                       "b_emb_office", "b_in_card", "b_in_by", "b_kd_wrote", "b_kd_pair", "b_re_editor", "b_re_team",
                       "b_tr_name", "b_tr_team", None],
               publine=["p_hj_words", "p_hj_ymd", "p_hr_pair", "p_hr_rel", "p_emb_local", "p_emb_ar", "p_in_ar",
                        "p_in_en", "p_kd_day", "p_kd_week", "p_re_combined", "p_re_icons", "p_tr_arrow",
                        "p_tr_pubupd", None],
               caption_fmt=["c_hajj", "c_heritage", "c_embassy", "c_intranet", "c_kids", "c_realty", "c_travel"],
               caption_pos=["head", "inbody"],
               lede_place=["deck", "after_meta", "after_caption", "label", "label_line", "emoji"],
               heading_fmt=["h_plain", "h_guillemet", "h_dash", "h_emoji"],
               dateline=["dl_paren", "dl_guillemet", None],
               footer=["f_hajj", "f_heritage", "f_embassy", "f_intranet", "f_kids", "f_realty", "f_travel", None],
               body_noise=[None, "nbsp", "tatweel", "emsp", "zw", "indic"],
               title_noise=[None, "nbsp", "tatweel", "pf", "zw"])
BASES = [f"fresh16_{k}" for k in range(1, 8)]


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
    extra = [h for h in HEAD_POOL if rng.random() < 0.15]
    names = own + extra + ["site_name", "widget", "nav"]
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    spec["pre"] = [(p, 1.0) for p in PRE_POOL if rng.random() < 0.15]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["update"] = rng.choice([0.0, 0.4])
    spec["counter"] = rng.choice([0.0, 0.5])
    spec["caption"] = 0.65
    spec["caption_title"] = rng.choice([0.0, 0.15])
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["headings"] = 0.4
    spec["mid"] = [(m, 0.25) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.18]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["layout"] = [rng.choice(["blank", "blank", "single", "double_body"])]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def hm(h, m):
    return f"{h:02d}:{m:02d}"


def ar12(hh, mi, words=False):
    """12-hour clock: `ص`/`م`, or `صباحًا`/`مساءً` with words."""
    if words:
        return f"{G.h12(hh)}:{mi:02d} {'مساءً' if hh >= 12 else 'صباحًا'}"
    return f"{G.h12(hh)}:{mi:02d} {'م' if hh >= 12 else 'ص'}"


def en12(hh, mi):
    return f"{G.h12(hh)}:{mi:02d} {'PM' if hh >= 12 else 'AM'}"


def since(delta, rng):
    if delta <= 0:
        n = rng.randint(2, 10)
        return "قبل ساعتين" if n == 2 else f"قبل {n} ساعات"
    if delta == 1:
        return "أمس"
    if delta == 2:
        return "قبل يومين"
    return f"قبل {delta} أيام"


def arabic_days(k):
    if k == 1:
        return "يوم واحد"
    if k == 2:
        return "يومان"
    if 3 <= k <= 10:
        return f"{k} أيام"
    return f"{k} يومًا"


def days_to_arafah(d):
    for k in range(0, 400):
        _, hmo, hd = G.hijri(d + datetime.timedelta(days=k))
        if hmo == 12 and hd == 9:
            return k
    return None


def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    hy, hmo, hd = G.hijri(d)
    if fmt == "w_hj_bracket":
        return [f"{wd} {hd} {G.HIJ[hmo - 1]} {hy}هـ ({day} {G.EG[m]} {y}م)"]
    if fmt == "w_hj_words":
        return [f"اليوم {hd} {G.HIJ[hmo - 1]} {hy} للهجرة | {day} {G.EG[m]} {y} للميلاد".translate(IND)]
    if fmt == "w_hr_eg_lev":
        return [f"{wd} {day} {G.EG[m]} ({G.LEV[m]}) {y}"]
    if fmt == "w_hr_iso_wd":
        return [f"{d.isoformat()} {wd}"]
    if fmt == "w_emb_local":
        loc = LOCAL[ctx["emb"]["lang"]]
        s = f"{loc['wd'][wk]}, {day} {loc['mon'][m]} {y}"
        if ctx["emb"]["lang"] == "pl":
            s += " r."
        return [s]
    if fmt == "w_emb_pair":
        e = ctx["emb"]
        sep = "/" if e["lang"] == "el" else "."
        return [f"{wd} {day} {G.EG[m]} {y} · {e['city_local']} {day:02d}{sep}{m + 1:02d}{sep}{y}"]
    if fmt == "w_in_label":
        return [f"تاريخ اليوم: {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_in_en":
        return [f"{EN_WD[wk]}, {day} {EN_MON[m]} {y}"]
    if fmt == "w_kd_parts":
        return [f"اليوم: {wd} | {day} | {G.EG[m]} | {y}"]
    if fmt == "w_kd_emoji":
        return [f"📅 {wd} {day} {G.EG[m]} {y}".translate(IND)]
    if fmt == "w_re_city":
        return [f"{ctx['city']} | {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_re_gh":
        return [f"{wd} {day} {G.EG[m]} {y} - {hd} {G.HIJ[hmo - 1]} {hy}"]
    if fmt == "w_tr_wd_after":
        return [f"{day} {G.EG[m]} {y}، {wd}"]
    if fmt == "w_tr_ymd_bar":
        return [f"{wd} | {y}.{m + 1:02d}.{day:02d}"]
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng, ctx):
    """dict(meta=[meta lines], value=published truth or None, upd=update format or None)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(meta=[], value=full, upd=None)
    if fmt == "p_hj_words":
        hy, hmo, hd = G.hijri(d)
        s = f"نُشر {wd} {hd} {G.HIJ[hmo - 1]} {hy} هجرية ({day} {G.EG[m]} {y} ميلادية)"
        if tm:
            s += f" – {ar12(*tm, words=True)} بتوقيت مكة المكرمة"
        out["meta"] = [s]
    elif fmt == "p_hj_ymd":
        hy, hmo, hd = G.hijri(d)
        s = f"تاريخ الإضافة: {hy}/{hmo:02d}/{hd:02d}هـ الموافق {y}/{m + 1:02d}/{day:02d}م"
        if tm:
            s += f" – {hm(*tm)}"
        out["meta"] = [s]
    elif fmt == "p_hr_pair":
        hy, hmo, hd = G.hijri(d)
        s = f"{wd} {day} {G.EG[m]} {y}م - {hd} {G.HIJ[hmo - 1]} {hy}هـ"
        if tm:
            s += f" | {hm(*tm)}"
        out["meta"] = [s]
    elif fmt == "p_hr_rel":
        out["meta"] = [f"{since((ctx['crawl'] - d).days, rng)} · {day}/{m + 1}/{y}"]
        out["value"] = d.isoformat()
    elif fmt == "p_emb_local":
        e = ctx["emb"]
        s = e["pub"].format(d=day, m=m + 1, y=y)
        if tm:
            s += e["pub_t"].format(hm=hm(*tm))
        out["meta"] = [s]
        out["upd"] = "u_emb"
    elif fmt == "p_emb_ar":
        s = f"أُدرج في {wd} {day} {G.EG[m]} {y}"
        if tm:
            s += f"، الساعة {hm(*tm)} بتوقيت {ctx['city']}"
        out["meta"] = [s]
        out["upd"] = "u_emb_ar"
    elif fmt == "p_in_ar":
        s = f"تاريخ النشر: {wd}، {day} {G.EG[m]}، {y}"
        if tm:
            s += f" {ar12(*tm)}"
        out["meta"] = [s]
        out["upd"] = "u_in"
    elif fmt == "p_in_en":
        s = f"Published {EN_MON[m]} {day}, {y}"
        if tm:
            s += f" {en12(*tm)}"
        out["meta"] = [s]
        out["upd"] = "u_in"
    elif fmt == "p_kd_day":
        s = f"نُشر يوم {wd} {day}/{m + 1}/{y}"
        if tm:
            s += f" الساعة {ar12(*tm, words=True)}"
        out["meta"] = [s]
    elif fmt == "p_kd_week":
        out["meta"] = [f"من عدد الأسبوع رقم {rng.randint(120, 480)} – {wd} {day} {G.EG[m]} {y}"]
        out["value"] = d.isoformat()
    elif fmt == "p_re_combined":
        s = f"تاريخ النشر: {day} {G.EG[m]} {y}" + (f" {hm(*tm)}" if tm else "")
        out["meta"] = [s]
        out["upd"] = "u_re_join"
    elif fmt == "p_re_icons":
        s = f"📅 {day:02d}/{m + 1:02d}/{y}" + (f"  🕒 {ar12(*tm)}" if tm else "")
        out["meta"] = [s]
    elif fmt == "p_tr_arrow":
        s = f"تاريخ النشر ⟵ {day} {G.EG[m]} {y}" + (f" | ⏱ {hm(*tm)}" if tm else "")
        out["meta"] = [s]
    elif fmt == "p_tr_pubupd":
        out["meta"] = [f"نُشر في {day}/{m + 1}/{y}"]
        out["value"] = d.isoformat()
        out["upd"] = "u_tr_join"
    else:
        raise ValueError(fmt)
    return out


def update_time(pub, tm, crawl, rng):
    """A datetime after the publication and no later than the crawl day, or None without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 30:
        return None
    return start + datetime.timedelta(minutes=rng.randint(20, min(room, 60 * 40)))


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


def zw_word(text, rng):
    ws = text.split(" ")
    idx = [k for k, w in enumerate(ws) if len(w) >= 4 and re.fullmatch(r"[\u0621-\u064a]+", w)]
    for k in rng.sample(idx, min(len(idx), rng.randint(1, 2))):
        w = ws[k]
        p = rng.randint(1, len(w) - 1)
        ws[k] = w[:p] + ZWSP + w[p:]
    return " ".join(ws)


def kashida(text, rng, rate):
    ws = text.split(" ")
    for k, w in enumerate(ws):
        if len(w) < 5 or not re.fullmatch(r"[\u0621-\u064a]+", w) or rng.random() >= rate:
            continue
        spots = [i for i in range(1, len(w) - 1) if w[i] in G.DUAL and w[i + 1] != "ء"]
        if spots:
            i = rng.choice(spots)
            ws[k] = w[:i + 1] + "\u0640" * rng.randint(1, 2) + w[i + 1:]
    return " ".join(ws)


def title_shown(title, kind, rng):
    if kind == "nbsp":
        return G.noisy(title, ["nbsp"], rng)
    if kind == "tatweel":
        return G.add_tatweel(title, rng)
    if kind == "pf" and not re.search("[\u064b-\u0652]", title):
        return G.presentation_forms(title)
    if kind == "zw":
        return zw_word(title, rng)
    return title


def heading_shown(h, fmt):
    return {"h_plain": h, "h_guillemet": f"» {h}", "h_dash": f"— {h} —", "h_emoji": f"🔹 {h}"}[fmt]


def body_noise(text, kind, rng):
    if kind == "nbsp":
        return G.noisy(text, ["nbsp"], rng)
    if kind == "tatweel":
        return kashida(text, rng, 0.06)
    if kind == "emsp":
        return re.sub(r"([.!؟])  ?(?=\S)", lambda mt: mt.group(1) + (EMSP if rng.random() < 0.5 else " "),
                      re.sub(r"([.!؟]) (?=\S)", r"\1  ", text))
    if kind == "zw":
        return zw_word(text, rng) if rng.random() < 0.5 else text
    if kind == "indic":
        return text.translate(IND)
    return text


def caption_lines(cfmt, cap, credit, ctx):
    if cfmt == "c_hajj":
        return [f"الصورة: {cap} | تصوير: {credit}"]
    if cfmt == "c_heritage":
        return [f"{cap} (الصورة بعدسة {credit})"]
    if cfmt == "c_embassy":
        return [cap, f"{ctx['emb']['photo']}: {credit}"]
    if cfmt == "c_intranet":
        return [cap, f"حقوق الصورة: {credit}"]
    if cfmt == "c_kids":
        return [f"🖼️ {cap} – الصورة من {credit}"]
    if cfmt == "c_realty":
        return [f"{cap} | صورة: {credit}"]
    if cfmt == "c_travel":
        return [f"{cap} — Photo: {credit}"]
    raise ValueError(cfmt)


def results_table(rng):
    lines = ["نتائج الأشواط الرئيسية", "الشوط | الفئة | الفائز | المالك | الزمن"]
    for k in range(1, rng.randint(3, 5) + 1):
        lines.append(f"{k} | {rng.choice(HR_CATS)} | {rng.choice(HR_MOUNTS)} | {rng.choice(HR_OWNERS)} | "
                     f"{rng.randint(5, 9)}:{rng.randint(0, 59):02d}.{rng.randint(0, 99):02d}")
    return lines


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
    emb_city = EMB_OF_SITE.get(city) or rng.choice(sorted(EMB))
    year = crawl.year
    section = rng.choice(SECTIONS[key])
    people = PEOPLE[key]
    name = rng.choice(people)
    fem = name in FEMALE
    ctx = dict(key=key, site=site, city=city, crawl=crawl, emb=EMB[emb_city])
    layout = pick("layout")

    summary, lede_mode = G.choose_lede(rng.choice(spec["lede"]), doc, paras)
    if lede_mode == "promoted" and len(summary.split()) < 8:
        paras.insert(0, summary)
        summary, lede_mode = None, None
    comp["lede"] = lede_mode
    lede_place = pick("lede_place")
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
        if dform == "dl_paren":
            paras[0] = f"{place} ({rest}) – {paras[0]}"
        else:
            paras[0] = f"{place} – «{rest}»: {paras[0]}"
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
        if pname == "emb_cookie":
            add("cookie", ctx["emb"]["cookie"])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "in_suite":
            user = rng.choice(EMPLOYEES)
            add("suite", [f"⋮⋮⋮ التطبيقات | SharePoint | البحث في هذا الموقع | ⚙ | ? | {user}"])
        elif hname == "in_login":
            ll = crawl - datetime.timedelta(days=rng.choice([0, 0, 1, 2, 3]))
            add("login", [f"مرحبًا، {rng.choice(EMPLOYEES)} | آخر دخول: {ll.day:02d}/{ll.month:02d}/{ll.year} "
                          f"{hm(rng.randint(7, 9), rng.randint(0, 59))}"])
        elif hname == "hj_lang":
            add("lang", ["العربية · English · Bahasa · اردو · Hausa · Русский"])
        elif hname == "emb_lang":
            add("lang", [ctx["emb"]["lang_bar"]])
        elif hname == "re_top":
            add("top", ["أضف إعلانك مجانًا | تسجيل الدخول | English"])
        elif hname == "kd_mascot":
            add("mascot", ["🦉 مرحبًا يا أصدقاء! أنا بومة الأخبار، هيا نقرأ معًا"])
        elif hname == "emb_hours":
            add("hours", ["ساعات العمل: الاثنين – الجمعة 09:00 – 15:00",
                          "القسم القنصلي: الاثنين – الخميس 10:00 – 13:00"])
        elif hname == "emb_phone":
            add("phone", ["هاتف الطوارئ للمواطنين: " + ctx["emb"]["phone"].format(
                f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}")])
        elif hname == "site_name":
            add("site_name", [site, tagline] if tagline else [site])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "hj_countdown":
            k = days_to_arafah(crawl)
            if k is not None:
                add("countdown", ["اليوم يوم عرفة" if k == 0 else f"يتبقى على يوم عرفة {arabic_days(k)}"])
        elif hname == "nav":
            items = NAV[key][:1] + rng.sample(NAV[key][1:], rng.randint(4, len(NAV[key]) - 1))
            sep = NAV_SEP[key]
            add("nav", items if sep is None else [sep.join(items)])
        elif hname == "hj_counter":
            add("stats", [f"عدد المعتمرين منذ بداية الموسم: {rng.randint(900000, 9000000):,}",
                          f"الرحلات الواصلة اليوم: {rng.randint(40, 320)}"])
        elif hname == "hr_next":
            add("next", [f"السباق القادم: ميدان {rng.choice(HR_GROUNDS)} – {rng.randint(8, 30)} شوطًا – "
                         f"بعد {arabic_days(rng.randint(2, 12))}"])
        elif hname == "emb_notice":
            nd = crawl + datetime.timedelta(days=rng.randint(2, 20))
            add("notice", [f"تنويه: تُغلق السفارة أبوابها يوم {G.WD[nd.weekday()]} {nd.day} {G.EG[nd.month - 1]} "
                           f"{nd.year} بمناسبة العطلة الرسمية"])
        elif hname == "re_index":
            cur = RE_CURR.get(city, "درهم")
            add("index", [f"مؤشر الأسعار: {city} {rng.randint(900, 9000):,} {cur}/م² "
                          f"{rng.choice(['▲', '▼'])} {rng.randint(1, 49) / 10}% | الإيجارات "
                          f"{rng.choice(['▲', '▼'])} {rng.randint(1, 49) / 10}%"])
        elif hname == "re_search":
            add("search", ["ابحث عن عقار: [ للبيع ▾ ] [ المدينة ▾ ] [ نوع العقار ▾ ] [ السعر ▾ ] بحث"])
        elif hname == "tr_search":
            go = crawl + datetime.timedelta(days=rng.randint(5, 40))
            back = go + datetime.timedelta(days=rng.randint(3, 14))
            a, b = rng.sample(TR_AIRPORTS, 2)
            add("search", [f"من [ {a} ] إلى [ {b} ]",
                           f"ذهاب {go.day:02d}/{go.month:02d} | عودة {back.day:02d}/{back.month:02d} | "
                           f"{rng.randint(1, 4)} مسافر | الدرجة السياحية", "ابحث عن رحلة"])
        elif hname == "tr_fx":
            add("fx", [f"محوّل العملات: 1 دولار = 3.75 ريال | 1 يورو = {rng.randint(395, 420) / 100} ريال | "
                       f"1 جنيه إسترليني = {rng.randint(460, 490) / 100} ريال"])
        elif hname == "kd_parents":
            add("parents", ["ركن الآباء والمعلمين | دخول المدارس"])
        elif hname == "emb_crumb":
            add("crumb", [f"الرئيسية › {section}"])
        elif hname == "in_crumb":
            add("crumb", [f"{site} › الرصد الإعلامي › الصفحات › item-{rng.randint(1000, 99999)}.aspx"])
        elif hname == "re_crumb":
            add("crumb", [f"الرئيسية ‹ أخبار العقار ‹ {section} ‹ {title}"])
        elif hname == "in_toolbar":
            add("toolbar", ["+ جديد | ✎ تحرير | مشاركة | ☆ متابعة | Page details"])
        comp.setdefault("header", []).append(hname)

    # the article's head
    tnoise = pick("title_noise")
    shown_title = title_shown(title, tnoise, rng)

    cap_group, cap_pos = None, None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        ckey = cfmt[2:]
        if rng.random() < spec["caption_title"]:
            tw = [w for w in title.split() if not re.search(r"[«»\"':؟?!.،]", w)]
            cap = " ".join(tw[: rng.randint(3, 6)]) if len(tw) >= 5 else rng.choice(CAPTIONS[ckey])
        else:
            cap = rng.choice(CAPTIONS[ckey])
        credit = rng.choice(CREDITS[ckey])
        truth["images"].append({"caption": cap, "credit": credit})
        cap_group = caption_lines(cfmt, cap, credit, ctx)
        cap_pos = pick("caption_pos")
        if cap_pos == "inbody" and len(paras) < 3:
            cap_pos = "head"
            comp["caption_pos"] = cap_pos

    kicker = None
    if rng.random() < spec["kicker"]:
        kicker = {"hajj": section, "heritage": f"{section} | {rng.choice(HR_GROUNDS)}", "embassy": section,
                  "intranet": "رصد إعلامي – مصدر خارجي", "kids": f"للأعمار {rng.choice([8, 9, 10])}–"
                  f"{rng.choice([12, 13])} سنة | مستوى القراءة {rng.choice(['★☆☆', '★★☆', '★★★'])}",
                  "realty": section, "travel": f"📍 {rng.choice(TR_DEST)}"}[key]

    # meta lines
    meta = []
    authors = []
    if bfmt == "b_hj_city":
        meta.append(f"{city} – {name}")
        authors = [name]
    elif bfmt == "b_hj_two":
        other = rng.choice([p for p in people if p != name])
        meta.append(f"تغطية: {name} و{other}")
        authors = [name, other]
    elif bfmt == "b_hj_desk":
        meta.append(f"المحرر الميداني – {site}")
    elif bfmt == "b_hr_pen":
        meta.append(f"✍️ {name}")
        authors = [name]
    elif bfmt == "b_hr_field":
        meta.append(f"من ميدان {rng.choice(HR_GROUNDS)}: {name}")
        authors = [name]
    elif bfmt == "b_emb_attache":
        meta.append(f"إعداد: {'الملحقة الإعلامية' if fem else 'الملحق الإعلامي'} {name}")
        authors = [name]
    elif bfmt == "b_emb_office":
        meta.append("المكتب الإعلامي للسفارة")
    elif bfmt == "b_in_card":
        meta += [name, rng.choice(JOB_TITLES[fem])]
        authors = [name]
    elif bfmt == "b_in_by":
        meta.append(f"{'نشرته' if fem else 'نشره'}: {name} – إدارة الاتصال المؤسسي")
        authors = [name]
    elif bfmt == "b_kd_wrote":
        meta.append(f"{'كتبته' if fem else 'كتبه'} لكم: {name}")
        authors = [name]
    elif bfmt == "b_kd_pair":
        meta.append(f"كتابة: {name} | رسوم: {rng.choice(ILLUSTRATORS)}")
        authors = [name]
    elif bfmt == "b_re_editor":
        meta.append(f"{name}، {'محررة' if fem else 'محرر'} الشؤون العقارية")
        authors = [name]
    elif bfmt == "b_re_team":
        meta.append(f"فريق تحرير {site}")
    elif bfmt == "b_tr_name":
        meta.append(f"{name} | {'محررة' if fem else 'محرر'} السفر")
        authors = [name]
    elif bfmt == "b_tr_team":
        meta.append(f"فريق {site}")
    truth["authors"] = authors

    if key == "intranet" and doc["site"] and rng.random() < 0.7:
        meta.append(f"المصدر الإعلامي: {doc['site']}")
        truth["sources"] = [doc["site"]]
        comp["media_source"] = True
    if pinfo:
        upd = pinfo["upd"]
        line = None
        if upd and pinfo["value"] and rng.random() < spec["update"]:
            u = update_time(pub, tm, crawl, rng)
            if u:
                ud, uh, um = u.date(), u.hour, u.minute
                if upd == "u_emb":
                    line = ctx["emb"]["upd"].format(d=ud.day, m=ud.month, y=ud.year, hm=hm(uh, um))
                    truth["modified"] = f"{ud.isoformat()}T{hm(uh, um)}"
                elif upd == "u_emb_ar":
                    line = f"آخر تحديث: {ud.day} {G.EG[ud.month - 1]} {ud.year}، {hm(uh, um)}"
                    truth["modified"] = f"{ud.isoformat()}T{hm(uh, um)}"
                elif upd == "u_in":
                    line = (f"آخر تعديل بواسطة {rng.choice(EMPLOYEES)} · {ud.day}/{ud.month}/{ud.year} "
                            f"{hm(uh, um)}")
                    truth["modified"] = f"{ud.isoformat()}T{hm(uh, um)}"
                elif upd == "u_re_join":
                    pinfo["meta"][-1] += f" • آخر تحديث: {ud.day} {G.EG[ud.month - 1]} {ud.year} {hm(uh, um)}"
                    truth["modified"] = f"{ud.isoformat()}T{hm(uh, um)}"
                elif upd == "u_tr_join":
                    pinfo["meta"][-1] += f" — حُدّث في {ud.day}/{ud.month}/{ud.year}"
                    truth["modified"] = ud.isoformat()
                comp["update"] = True
        meta += pinfo["meta"]
        if line:
            meta.append(line)
    if rng.random() < spec["counter"]:
        n = rng.randint(40, 40000)
        meta.append({"hajj": f"👁 {n:,} قراءة", "heritage": f"عدد المشاهدات ({n})", "embassy": f"المشاهدات: {n}",
                     "intranet": f"{n % 3000} مشاهدة · {rng.randint(0, 60)} إعجاب · {rng.randint(0, 12)} تعليقات",
                     "kids": f"⏱ وقت القراءة: {rng.randint(2, 7)} دقائق",
                     "realty": f"{n:,} مشاهدة", "travel": f"⏱ {rng.randint(3, 9)} دقائق قراءة"}[key])

    if kicker:
        add("kicker", [kicker])
    add("title", [shown_title], chrome=False)
    if cap_group and cap_pos == "head" and key in ("heritage", "travel") and rng.random() < 0.3:
        # the picture straight under the title, before the meta lines
        add("caption", cap_group)
        cap_group = None
    label = LEDE_LABEL[key]
    if summary and lede_place == "deck":
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
    if summary and lede_place == "emoji":
        add("lede", [f"💬 {summary}"], chrome=False)
    if cap_group and cap_pos == "head":
        add("caption", cap_group)
        cap_group = None
    if summary and lede_place == "after_caption":
        add("lede", [summary], chrome=False)
    comp["lede_place"] = lede_place if summary else None
    if summary and lede_mode in ("promoted", "abstract") and groups[-1]["kind"] == "lede" \
            and lede_place not in ("label", "label_line", "emoji") and not dl_used:
        # nothing sets it apart from the body: it reads as the first paragraph
        groups.pop()
        paras.insert(0, summary)
        summary = None
        comp["lede"] = None
        comp["lede_place"] = None
    truth["summary"] = summary

    # body
    blocks = G.body_blocks(paras, spec, rng)
    body_words = set(fold(" ".join(b["text"] for b in blocks)).split())
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
    if cap_group:  # inside the body, after the first paragraph
        positions.setdefault(1, []).insert(0, "caption")
    hfmt = pick("heading_fmt")
    for i, b in enumerate(blocks):
        for mname in positions.get(i, []):
            if mname == "caption":
                add("caption", cap_group)
            elif mname == "hj_tip":
                add("tip", ["💡 إرشاد توعوي", rng.choice(HJ_TIPS)])
            elif mname == "hj_also":
                add("also", [f"طالع أيضًا ← {others.pop()}"])
            elif mname == "hr_results":
                add("results", results_table(rng))
            elif mname == "hr_video":
                add("video", [f"🎥 شاهد ملخص الأشواط ({rng.randint(1, 9):02d}:{rng.randint(0, 59):02d})"])
            elif mname == "emb_mid_notice":
                add("notice", ["تدعو السفارة المواطنين المقيمين إلى تحديث بياناتهم عبر منصة التسجيل القنصلي."])
            elif mname == "in_callout":
                add("callout", ["📌 هذا المحتوى منقول من مصدر خارجي لأغراض الاطلاع الداخلي فقط"])
            elif mname == "kd_glossary":
                found = [(w, mean) for w, mean in GLOSSARY if fold(w) in body_words]
                rng.shuffle(found)
                picked = found[:3] or rng.sample(GLOSSARY, 2)
                add("glossary", ["📖 قاموس الخبر"] + [f"{w}: {mean}" for w, mean in picked])
            elif mname == "kd_fact":
                add("fact", ["💡 " + rng.choice(KD_FACTS)])
            elif mname == "re_card":
                cur = RE_CURR.get(city, "درهم")
                rooms = rng.randint(1, 5)
                add("card", ["عقار مميز", rng.choice(RE_KINDS).format(n=rooms) + f" في {rng.choice(RE_AREAS)}",
                             f"{rng.randint(40, 900) * 5000:,} {cur} · {rng.randint(60, 600)} م² · {rooms} غرف · "
                             f"{max(1, rooms - 1)} حمام", "عرض التفاصيل ›"])
            elif mname == "re_calc":
                add("calc", ["احسب قسطك الشهري", "سعر العقار [ ________ ] الدفعة الأولى [ 20% ] المدة [ 25 سنة ]",
                             "احسب الآن"])
            elif mname == "tr_deal":
                add("deal", [f"✈️ عرض خاص: رحلات إلى {rng.choice(TR_DEST)} ابتداءً من {rng.randint(6, 30) * 100 - 1} "
                             "ريال ذهابًا وإيابًا – احجز الآن"])
            elif mname == "tr_visa":
                add("visa", [f"🛂 معلومات التأشيرة: {rng.choice(TR_DEST)}",
                             rng.choice(["تأشيرة عند الوصول", "تأشيرة إلكترونية", "دون تأشيرة"]) +
                             f" | الإقامة حتى {rng.choice([14, 30, 60, 90])} يومًا"])
            elif mname == "tr_hotel":
                add("hotel", [f"🏨 {rng.choice(TR_HOTELS)} {'★' * rng.randint(3, 5)}",
                              f"من {rng.randint(25, 120) * 10} ريال/الليلة | تقييم {rng.randint(70, 97) / 10}/10",
                              "اعرض الأسعار"])
        if b["type"] == "heading":
            add("heading", [heading_shown(b["text"], hfmt)], chrome=False)
        else:
            add("body", [body_noise(b["text"], nkind, rng)], chrome=False)

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
        if aname in ("hj_src", "emb_src", "re_src"):
            if truth["sources"] or not doc["site"]:
                continue
            if aname == "hj_src":
                srcs = src_list(["واس", "وكالات", "الإخبارية"])
                add("sources", ["المصدر ◂ " + " + ".join(srcs)])
            elif aname == "emb_src":
                srcs = src_list(["وكالات", "رويترز", "أ ف ب"])
                add("sources", ["(المصدر: " + " و".join(srcs) + ")"])
            else:
                srcs = src_list(["وكالات", "مصادر إعلامية"])
                add("sources", ["المصادر – " + "، ".join(srcs)])
            truth["sources"] = srcs
        elif aname in ("hj_tags", "in_tags", "re_tags", "tr_tags"):
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            if aname == "hj_tags":
                add("tags", ["وسوم: " + " ".join("#" + t for t in tags)])
            elif aname == "in_tags":
                add("tags", ["الكلمات الرئيسية للمؤسسة: " + "; ".join(tags)])
            elif aname == "re_tags":
                add("tags", ["مواضيع: " + " / ".join(tags)])
            else:
                add("tags", ["🏷️ " + " · ".join(tags)])
            truth["tags"] = tags
        elif aname == "hj_services":
            add("services", ["خدمات ضيوف الرحمن", "حجز تصاريح العمرة", "مواعيد قطار الحرمين",
                             "الاستعلام عن المفقودين", "رقم الطوارئ الموحد 911"])
        elif aname == "hj_share":
            add("share", ["أرسل الخبر عبر: واتساب – سناب شات – إكس – نسخ الرابط"])
        elif aname == "hj_rel":
            add("related", ["من تغطيتنا للموسم"] + [f"◂ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "hr_results_end":
            add("results", results_table(rng))
        elif aname == "hr_sponsor":
            add("sponsor", ["الراعي الرسمي للموسم: " + rng.choice(["مجموعة الصحراء", "شركة الريم للتمور",
                                                                   "بنك الأصالة"])])
        elif aname == "hr_rel":
            add("related", ["أخبار من الميادين"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "hr_share":
            add("share", ["شارك الخبر | واتساب | إكس | إنستغرام"])
        elif aname == "emb_services":
            add("services", ["خدمات قنصلية", "تجديد جواز السفر | تصديق الوثائق | تسجيل المواليد | التأشيرات"])
        elif aname == "emb_share":
            add("share", [f"{ctx['emb']['share']} Facebook | X | Email"])
        elif aname == "emb_rel":
            add("related", ["أخبار أخرى"] + [f"• {others.pop()}" for _ in range(rng.randint(2, 3))])
        elif aname == "emb_address":
            e = ctx["emb"]
            add("address", [f"العنوان: {e['street'].format(n=rng.randint(2, 140))}",
                            "الهاتف: " + e["phone"].format(f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}")])
        elif aname == "in_like":
            add("like", ["👍 أعجبني | 💬 تعليق | 🔖 حفظ لوقت لاحق"])
        elif aname == "in_comments":
            n = rng.randint(1, 3)
            lines = [f"التعليقات ({n})"]
            for who in rng.sample(EMPLOYEES, n):
                lines += [f"{who} · {since(rng.randint(0, 1), rng)}", rng.choice(IN_COMMENTS)]
            add("comments", lines + ["أضف تعليقًا…"])
        elif aname == "in_docs":
            add("docs", ["المستندات المرفقة", f"تقرير_الرصد_اليومي_{rng.randint(100, 999)}.docx",
                         f"ملخص_التغطية.pdf ({rng.randint(120, 900)} KB)"])
        elif aname == "in_rel":
            add("related", ["صفحات ذات صلة"] + [others.pop() for _ in range(rng.randint(2, 3))])
        elif aname == "in_class":
            add("class", ["تصنيف المعلومات: داخلي – للاستخدام الداخلي فقط"])
        elif aname == "kd_quiz":
            add("quiz", ["❓ اختبر فهمك", "1. ما الفكرة الرئيسية في هذا الخبر؟",
                         "2. اكتب رأيك في ثلاث جمل قصيرة", "أرسل إجابتك"])
        elif aname == "kd_react":
            add("react", ["كيف شعرت بعد قراءة الخبر؟",
                          f"😀 {rng.randint(0, 90)}  😮 {rng.randint(0, 40)}  😢 {rng.randint(0, 30)}  "
                          f"😡 {rng.randint(0, 12)}"])
        elif aname == "kd_comments":
            n = rng.randint(1, 3)
            lines = ["ماذا قال القرّاء الصغار؟"]
            for who in rng.sample(KD_COMMENTERS, n):
                lines += [who, rng.choice(KD_COMMENTS)]
            add("comments", lines)
        elif aname == "kd_draw":
            add("draw", ["🎨 أرسل لنا رسمتك عن هذا الخبر وقد ننشرها في العدد القادم!"])
        elif aname == "kd_rel":
            add("related", ["أخبار أخرى قد تعجبك"] + [f"⭐ {others.pop()}" for _ in range(rng.randint(2, 3))])
        elif aname == "kd_parents_note":
            add("note", ["ملاحظة للأهل: ناقشوا الخبر مع أطفالكم واسألوهم عن رأيهم فيه."])
        elif aname == "re_disclaimer":
            add("disclaimer", ["إخلاء مسؤولية: المعلومات الواردة لأغراض إخبارية ولا تمثل نصيحة استثمارية."])
        elif aname == "re_agent":
            add("agent", ["هل تبحث عن عقار؟ تواصل مع وسطائنا المعتمدين", f"☎ 800 {rng.randint(1000, 9999)}"])
        elif aname == "re_rel":
            add("related", ["أخبار عقارية أخرى"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "re_share":
            add("share", ["شارك: واتساب · لينكدإن · إكس · نسخ"])
        elif aname == "tr_tips":
            add("tips", ["✔ نصائح قبل السفر"] + [f"- {t}" for t in rng.sample(TR_TIPS, 3)])
        elif aname == "tr_rate":
            add("rate", [f"هل كان هذا المقال مفيدًا؟ نعم ({rng.randint(3, 90)}) | لا ({rng.randint(0, 9)})"])
        elif aname == "tr_app":
            add("app", [f"حمّل تطبيق {site}: احجز وتابع رحلاتك", "App Store · Google Play"])
        elif aname == "tr_rel":
            add("related", ["وجهات وأخبار قد تهمك"] + [others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "tr_share":
            add("share", [f"شارك: {title}", "واتساب | فيسبوك | إكس | البريد"])
        comp.setdefault("after", []).append(aname)

    ffmt = pick("footer")
    if ffmt == "f_hajj":
        hy = G.hijri(crawl)[0]
        add("footer", [f"جميع الحقوق محفوظة لـ{site} © {hy}هـ / {year}م",
                       f"ترخيص وزارة الإعلام رقم {rng.randint(1000, 9999)}"])
    elif ffmt == "f_heritage":
        add("footer", [f"© {site} {year}", "من نحن | أعلن معنا | اتصل بنا"])
    elif ffmt == "f_embassy":
        e = ctx["emb"]
        add("footer", [f"© {year} {site} – {e['rights']}", e["privacy"]])
    elif ffmt == "f_intranet":
        add("footer", [f"© {year} {tagline or site} | الدعم الفني: تحويلة {rng.randint(2000, 7999)} | Help desk"])
    elif ffmt == "f_kids":
        add("footer", [f"{site} © {year} – موقع آمن للأطفال", "سياسة الخصوصية للأطفال | للمعلمين | اتصل بنا"])
    elif ffmt == "f_realty":
        add("footer", [f"© {year} {site}. جميع الحقوق محفوظة", "الشروط والأحكام | سياسة الخصوصية | خريطة الموقع"])
    elif ffmt == "f_travel":
        add("footer", [f"© {year} {site} | شروط الحجز | سياسة الإلغاء | اتصل بنا",
                       "الأسعار المعروضة تقريبية وقد تتغير دون إشعار"])

    # layout
    out = []
    chrome_lines = []
    prev = None
    for g in groups:
        kind = g["kind"]
        if out and not g["glue"]:
            if layout == "blank":
                out.append("")
            elif layout == "double_body":
                out += ["", ""] if kind in ("body", "heading") and prev in ("body", "heading") else [""]
        out += g["lines"]
        if g["chrome"]:
            chrome_lines += [x.strip() for x in g["lines"]]
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
