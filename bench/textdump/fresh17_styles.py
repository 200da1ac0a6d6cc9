"""The `fresh17` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh17 --n 2000 --seed 71
    python3 bench/textdump/score_dumps.py --split fresh17 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH17 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by a helper who has not read the extractor, its tests, its
fixtures or its benchmark notes (nor the sealed fresh16 module). No component
here is meant to be one of the tune, held-out, fresh, fresh2, ..., fresh15
ones (as far as their generators show). Only the aggregate rows of
`score_dumps.py --split fresh17` are ever reported; once the extractor is
changed because of anything learnt here, the split is spent.

The eight styles (`fresh17_1` ... `fresh17_7`, and `fresh17_mixed`, a
per-document random draw of the others' components) imitate text dumps of
kinds of pages the other splits do not: the Arabic-language news portal of an
Indonesian or Malaysian Islamic boarding school or university (Indonesian or
Malay chrome, the Javanese market day, WIB/WITA/MYT clocks), an Arab
community news site in Greece or Cyprus (Greek chrome, name days, Greek
12-hour clocks, EET/EEST), a Gulf heritage-sports portal (camel racing,
falconry, traditional sailing: race results, season standings, the count of
days since Suhail rose), a stock-market news and company-disclosure page
(index strips, session and settlement dates, announcement numbers built from
the date, live quotes, earlier disclosures with dates), a think-tank bulletin
converted with `pandoc -t plain` (setext headings, definition-list meta,
`-   ` lists, simple tables, lines wrapped at 72 columns, an indented lede),
a relief agency's situation-update page (emergency banners, key figures, a
coverage period beside the issue date, `© ORG/NAME` credits, a media contact
who is not the writer), and a news thread on a federated microblogging
platform (every paragraph a post between handles, relative or year-less
stamps and counters, alt text, community notes, replies, a dated URL).
Site names, platforms, companies, people and the vocabulary are invented.
The corpus texts, the lede choice (abstract / teaser / promoted first
paragraph), the inserted headings and the other articles' titles in related
blocks are the gen_dumps.py ones.

New here: widgets in Indonesian (with the Javanese five-day market day, or
a Hijri-first pair with `H`/`M`), in Malay (with `H` Hijri), in Greek (with
genitive months, in capitals without accents, or paired with a Levantine
date after `┊`), a Gulf colloquial `25 شهر 4 / 2024`, a date with the day
count since Suhail rose, a season prefix, a trading-session line, a market
status line with the index, a date with the fiscal quarter and week, a date
as a `-   ` list item, Arabic-Indic or Latin digits joined by tatweel
(`٢٥ـ٤ـ٢٠٢٤`). Publication lines: `Diterbitkan:` with a WIB/WITA clock,
`pukul 10.15 WIB`, Arabic with the Indonesian zone spelled out, Malay
`@ 10:15 pagi` (period words `pagi`, `tengah hari`, `petang`, `malam`,
`tengah malam`), Greek `Δημοσίευση:` with `π.μ.`/`μ.μ.`, a Levantine date
with `EET`/`EEST`, `الساعة 10 و15 دقيقة صباحًا`, a year-first `2024 أبريل
25 | 10:15`, an announcement date and time on two lines with the session
phase, a disclosure-system line with seconds, a pandoc definition-list date
with the time in brackets, a publication note after the body, an issue line
with `GMT+3`, a coverage period and the issue date on one line, and a post
stamp. Update lines: `Diperbarui:`, `Dikemas kini:`, `Ενημερώθηκε:`, the
official results line, a corrective announcement. Chrome: Indonesian,
Malay and Greek menus, cookie banners and share bars, admissions banners,
`Baca Juga`/`Διαβάστε επίσης`, latest-news lists with relative times,
Greek name days and a media registry number, community classifieds and
services, live race strips, race result tables with times, owners'
standings, heritage event calendars, falcon auctions, index and currency
strips, settlement dates, company boxes, announcement numbers, live quotes,
most-active tables, earlier disclosures, disclaimers, pandoc tables,
citations, footnotes, horizontal rules, emergency banners, key-figure strips,
coverage periods, donation calls, clusters, partners, media contacts, map
placeholders, platform bars, account boxes, post heads and counters, thread
counters, alt text, community notes, replies, trending tags and follow
suggestions. Datelines `CITY ⟨AGENCY⟩:`, `AGENCY، من CITY —`, `CITY …
AGENCY …`. Headings after `۞`, `◙`, `⦿` or `🔹`, after ordinal words
(`أولًا:`), or setext-underlined. Noise: six-per-em spaces and NBSP in the
body and title, CRLF, BOM.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once, without the setext underline and without
  the thread's `🧵 ` mark. A browser tab quoting the start of the title and
  a citation repeating it are chrome (lines equal to the title are left out
  of the chrome list).
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its language, script or calendar; with two calendars
  or two languages the Gregorian date; a trading-session line and the
  market status line are such widgets (their index values and clocks are no
  part of it), and so is the date item of a pandoc-converted menu. The
  settlement date, the Suhail count, name days, a coverage period, post
  stamps without a year, dates in a URL, earlier disclosures' dates and
  event calendars are no widget. The microblog page has none: null.
- published: the publication line's date, with `THH:MM` when it shows a
  time (12-hour clocks by `π.μ.`/`μ.μ.`, `ص`/`م`, the Malay period words
  and the Arabic ones: `صباحًا` 5-11, `ظهرًا` 12-13, `عصرًا` 14-16, `مساءً`
  17-19, `ليلًا` 20-23 and 0-4; zones kept as printed; seconds dropped),
  wherever it stands: in the meta lines, on two key/value lines, in a
  definition list or after the body. The coverage period beside the issue
  date is not the date. The thread: the first post's stamp (the article's
  date, with its time or a drawn one; the crawl day and a drawn time when
  the corpus has no date); later posts' year-less stamps are chrome.
  Update and corrective lines go to the extra `modified` key (not
  scored).
- summary: a deck under the title, a lede after the meta lines or after the
  caption, a labelled lede (label inline, on the line before, as a setext
  heading, or a bulleted lede under a label; without label or bullet; a
  labelled lede is always a lede), a lede indented under the title (pandoc
  block quote, wrapped: one lede), or the rest of the thread's first post.
  An unlabelled lede with nothing between it and the body (no meta, caption
  or chrome line, no dateline opening the body) stays a lede only when it
  is a teaser that the first paragraph repeats; a promoted first paragraph
  or an abstract there goes into the body. A promoted first paragraph under
  8 words is never a lede.
- blocks: the corpus paragraphs whatever the wrapping (72 columns in the
  pandoc dump: one paragraph each) or spacing; headings without their marks,
  ordinal words or underline; post heads, counters, quotes, tables and
  placeholders between paragraphs are no blocks.
- images: the caption without its credit and label; the credit as written
  without its label (`Dok.`, `Φωτ.:`, `مصدر اللقطة:`, `تصوير`, `الصورة:`),
  `ORG/NAME` for the relief agency, the handle for the thread, the credit in
  parentheses before the caption for the heritage portal.
- sources: the items of `Sumber:`, `Πηγή:`, `مصادر التغطية:`, `المصادر
  المعتمدة:`, a pandoc `مصادر البيانات` list and `المعلومات الواردة من:`;
  tags: the items of `Topik:`, `Ετικέτες:`, `وسوم الميدان:`, `تصنيف الخبر:`,
  `موضوعات الورقة:` and `وسوم الاستجابة:`.
- authors: the byline's names (a `Penulis:`/`Reporter:` name list, a Greek
  `Του`/`Της` byline as printed in Greek letters, names joined by `&`, `،`,
  `و` attached to the second name, or `بالتعاون مع`: each name); the
  thread's account when it is a reporter's, not when it is the outlet's. An
  editor, a reviewer, a photographer, a desk, a media contact, a commenter
  or a replier is no author.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the body
  and those equal to the title or the summary.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh17"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
# weekday lists start on Monday, as datetime.weekday()
ID_WD = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_MON = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
ID_MON3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
ID_HIJ = ["Muharram", "Safar", "Rabiul Awal", "Rabiul Akhir", "Jumadil Awal", "Jumadil Akhir", "Rajab", "Syakban",
          "Ramadan", "Syawal", "Zulkaidah", "Zulhijah"]
MY_WD = ["Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad"]
MY_MON = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
          "Disember"]
PASARAN = ["Legi", "Pahing", "Pon", "Wage", "Kliwon"]
PASARAN_REF = datetime.date(1945, 8, 17)  # a Jumat Legi
GR_WD = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]
GR_WD_CAP = ["ΔΕΥΤΕΡΑ", "ΤΡΙΤΗ", "ΤΕΤΑΡΤΗ", "ΠΕΜΠΤΗ", "ΠΑΡΑΣΚΕΥΗ", "ΣΑΒΒΑΤΟ", "ΚΥΡΙΑΚΗ"]
GR_MON = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
          "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
GR_MON_CAP = ["ΙΑΝΟΥΑΡΙΟΥ", "ΦΕΒΡΟΥΑΡΙΟΥ", "ΜΑΡΤΙΟΥ", "ΑΠΡΙΛΙΟΥ", "ΜΑΙΟΥ", "ΙΟΥΝΙΟΥ", "ΙΟΥΛΙΟΥ", "ΑΥΓΟΥΣΤΟΥ",
              "ΣΕΠΤΕΜΒΡΙΟΥ", "ΟΚΤΩΒΡΙΟΥ", "ΝΟΕΜΒΡΙΟΥ", "ΔΕΚΕΜΒΡΙΟΥ"]
IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
SIXPM = "\u2006"
NBSP = "\u00a0"
ORDINALS = ["أولًا", "ثانيًا", "ثالثًا", "رابعًا", "خامسًا", "سادسًا"]


def hm(h, m):
    return f"{h:02d}:{m:02d}"


def pasaran(d):
    return PASARAN[(d - PASARAN_REF).days % 5]


def last_sunday(y, month):
    d = datetime.date(y, month + 1, 1) - datetime.timedelta(days=1)
    return d - datetime.timedelta(days=(d.weekday() - 6) % 7)


def eet_zone(d):
    return "EEST" if last_sunday(d.year, 3) <= d < last_sunday(d.year, 10) else "EET"


def suhail_day(d):
    start = datetime.date(d.year, 8, 24)
    if d < start:
        start = datetime.date(d.year - 1, 8, 24)
    return (d - start).days + 1


def malay_period(hh):
    if hh == 0:
        return "tengah malam"
    if hh < 12:
        return "pagi"
    if hh < 14:
        return "tengah hari"
    if hh < 19:
        return "petang"
    return "malam"


def ar_period(hh):
    if hh < 5 or hh >= 20:
        return "ليلًا"
    if hh < 12:
        return "صباحًا"
    if hh < 14:
        return "ظهرًا"
    if hh < 17:
        return "عصرًا"
    return "مساءً"


def session_phase(hh, mi):
    if (hh, mi) < (10, 0):
        return "قبل افتتاح الجلسة"
    if (hh, mi) < (15, 0):
        return "خلال الجلسة"
    return "بعد إغلاق الجلسة"


def business_days_after(d, n):
    while n:
        d += datetime.timedelta(days=1)
        if d.weekday() not in (4, 5):  # Friday and Saturday are off
            n -= 1
    return d


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city, extra)]; extra: the Indonesian zone, the Greek/Cypriot flag, ...
SITES = {
    "id": [("نور الهدى نيوز", "nurulhuda-news.id", "Portal Berita Berbahasa Arab", "مالانغ", "WIB"),
           ("صوت الأرخبيل", "suara-nusantara-arab.id", "", "جاكرتا", "WIB"),
           ("مكاسر اليوم", "makassar-alyaum.id", "Kabar Sulawesi dalam Bahasa Arab", "مكاسر", "WITA"),
           ("المرصد الملايوي", "pemerhati-arab.my", "Portal Berita Bahasa Arab", "كوالالمبور", "MYT")],
    "gr": [("أثينا العربية", "athina-arabiya.gr", "Ειδήσεις στα αραβικά", "أثينا", "gr"),
           ("نيقوسيا اليوم", "nicosia-alyoum.com.cy", "", "نيقوسيا", "cy"),
           ("جسر سالونيك", "gisr-thessaloniki.gr", "صوت الجالية في شمال اليونان", "سالونيك", "gr"),
           ("ليماسول بالعربي", "limassol-arabi.cy", "", "ليماسول", "cy")],
    "hj": [("ميادين التراث", "mayadeen-heritage.ae", "بوابة الرياضات التراثية", "الوثبة", "ae"),
           ("شدّاد نيوز", "shiddad-news.com", "أخبار الهجن والمزاين", "الطائف", "sa"),
           ("المحالب", "almahaleb.qa", "", "الشحانية", "qa"),
           ("سنيار", "sinyar-sports.kw", "الرياضات البحرية التراثية", "الكويت", "kw")],
    "bx": [("سوق الواحة المالي", "oasis-market.net", "أخبار الأسهم والإفصاحات", "المنامة", "bh"),
           ("منصة مؤشر", "muashir-disclosures.com", "", "الرياض", "sa"),
           ("بوابة المتداول", "almutadawil-portal.com", "كل ما يهم المستثمر", "الكويت", "kw")],
    "pd": [("مركز الأفق للدراسات", "ufuq-studies.org", "أوراق وتحليلات", "عمّان", ""),
           ("معهد المرفأ للسياسات", "almarfa-policy.org", "", "بيروت", ""),
           ("مرصد التنمية العربي", "arab-dev-observatory.org", "نشرة شهرية", "تونس", "")],
    "sr": [("الهيئة العربية للإغاثة والتنمية", "arab-relief-dev.org", "", "عمّان", "الهيئة"),
           ("شبكة غوث الإنسانية", "ghawth.ngo", "معًا من أجل الكرامة", "بيروت", "غوث"),
           ("مرصد الاستجابة", "response-observatory.org", "", "القاهرة", "المرصد")],
    "mb": [("سرب", "sirb.social", "", "", "")],
}
PEOPLE = {"id": ["محمد فخر الدين", "أحمد رفيع الدين", "نور حليمة السعدية", "فتح الرحمن حسن", "سيتي عائشة رحمواتي",
                 "Ahmad Rizki Maulana", "Siti Nur Azizah", "Muhammad Ilham Syahputra"],
          "gr": ["كريم نخلة", "رشا حداد", "سمير أبو خليل", "لارا سعادة", "جورج عيسى", "ميرنا الشامي"],
          "hj": ["سيف بن راشد الكتبي", "مطلق العازمي", "حمد بن سالم المري", "فهد الشمري", "عبيد بن غانم",
                 "محمد الهاجري"],
          "bx": ["عادل المطيري", "منى الخياط", "يوسف القحطاني", "دينا السقاف", "بدر العنزي", "هالة البستكي"],
          "pd": ["د. سامي الحوراني", "ريم الخطيب", "د. نبيل العكرمي", "هند بن سليمان", "أحمد سالم", "لينا مرعي"],
          "sr": ["آمنة الزعبي", "خليل دياب", "سلمى المصري", "عمر الأحمد", "رهف القدسي", "طارق يونس"],
          "mb": ["مازن الربيعي", "شيماء عبد الواحد", "أنس الفيتوري", "دعاء حمدان", "وليد الكبيسي"]}
FEMALE = {"نور حليمة السعدية", "سيتي عائشة رحمواتي", "Siti Nur Azizah", "رشا حداد", "لارا سعادة", "ميرنا الشامي",
          "منى الخياط", "دينا السقاف", "هالة البستكي", "ريم الخطيب", "هند بن سليمان", "لينا مرعي", "آمنة الزعبي",
          "سلمى المصري", "رهف القدسي", "شيماء عبد الواحد", "دعاء حمدان"}
GR_NAMES = [("Καρίμ Νάχλε", False), ("Ράσα Χαντάντ", True), ("Σαμίρ Αμπού Χαλίλ", False), ("Λάρα Σαάντε", True),
            ("Τζορτζ Ίσα", False), ("Μίρνα Σάμι", True)]
SECTIONS = {"id": ["أخبار المعهد", "Nasional", "العالم الإسلامي", "تعليم", "Internasional"],
            "gr": ["Ελλάδα", "Κύπρος", "الجالية", "العالم العربي", "هجرة ولجوء"],
            "hj": ["الهجن", "الصقور", "الفروسية", "المحامل", "المزاين"],
            "bx": ["إفصاحات الشركات", "أخبار السوق", "اقتصاد كلي", "عقارات", "طاقة"],
            "pd": ["أوراق سياسات", "تحليلات", "تقدير موقف"],
            "sr": ["قصص من الميدان", "المستجدات", "بيانات صحفية"],
            "mb": ["منشور"]}
NAV = {"id": ["Beranda", "أخبار المعهد", "Nasional", "Internasional", "العالم الإسلامي", "Opini", "Galeri",
              "Pedoman Media Siber", "Redaksi"],
       "my": ["Utama", "أخبار المعهد", "Semasa", "Dunia", "العالم الإسلامي", "Rencana", "Hubungi Kami"],
       "gr": ["Αρχική", "Ελλάδα", "Κύπρος", "Κοινότητα", "Μεταναστευτικό", "Εργασία", "الجالية", "Επικοινωνία"],
       "hj": ["الرئيسية", "الهجن", "الصقور", "الفروسية", "المحامل", "المزاين", "النتائج", "الفيديو", "البث المباشر"],
       "bx": ["الأسواق", "الإفصاحات", "الأسهم", "الصناديق", "السندات والصكوك", "الاكتتابات", "أدوات المستثمر",
              "المحفظة"],
       "pd": ["الرئيسية", "الأوراق", "البرامج البحثية", "الفعاليات", "من نحن", "اتصل بنا"],
       "sr": ["من نحن", "أين نعمل", "المستجدات", "التقارير", "تطوّع", "تبرّع الآن"],
       "mb": ["الرئيسية", "استكشاف", "الإشعارات", "الرسائل", "الإشارات المرجعية", "الملف الشخصي"]}
CAPTIONS = ["مطية تتقدم في الأمتار الأخيرة من الشوط", "طلاب يتابعون محاضرة في قاعة كبرى", "شاشة تعرض أسعار الأسهم",
            "متطوعون يوزعون سلالًا غذائية", "مركب شراعي خشبي قرب الساحل", "ميناء صغير عند الغروب",
            "اجتماع على طاولة مستديرة", "عائلات أمام مركز لتوزيع المساعدات", "صقّار يرفع صقره أمام الحكام",
            "مبنى مقر السوق المالية", "مدرجات ممتلئة بالجمهور", "حقول زيتون على سفح تل", "خيام في مخيم مؤقت",
            "باحثون خلال ندوة عامة", "شارع تجاري في وسط المدينة"]
CREDITS = {"id": ["Humas Pesantren", "Tim Media", "Arsip Redaksi", "Biro Foto Kampus"],
           "gr": ["Ν. Κωνσταντίνου", "αρχείο της κοινότητας", "Lens Aegean", "Μ. Γεωργίου"],
           "hj": ["عدسة الميدان", "المكتب الإعلامي للمهرجان", "سالم الكعبي", "أرشيف البوابة"],
           "bx": ["أرشيف المنصة", "صور السوق", "Market Lens", "المكتب الإعلامي للشركة"],
           "pd": ["أرشيف المركز", "فريق الاتصال", "Open Lens Commons", "م. العبادي"],
           "sr": ["الهيئة/خليل دياب", "غوث/رهف القدسي", "المرصد/عمر الأحمد", "الهيئة/فريق الميدان"],
           "mb": ["@lens_field@sirb.social", "@ard_sura@sirb.social", "@wakala_lens@sirb.social"]}
LEDE_LABEL = {"id": "Intisari:", "my": "Ringkasan:", "gr": "Περίληψη | الخلاصة", "hj": "زبدة الخبر ⟵",
              "bx": "ملخص الإعلان:", "pd": "ملخص تنفيذي", "sr": "أبرز المستجدات", "mb": "في سطور:"}
COMMENT_TEXTS = {"id": ["بارك الله فيكم على هذه التغطية", "Terima kasih atas informasinya", "خبر مهم، نرجو المتابعة",
                        "Semoga bermanfaat untuk para santri", "هل من تفاصيل أكثر؟"],
                 "hj": ["مبروك للملاك، والله يعطيهم العافية", "الله يعطيكم العافية على التغطية", "هل من تفاصيل أكثر؟",
                        "ننتظر نتائج الأشواط المسائية", "الشوط الرئيسي كان قويًا هذه المرة"]}
ID_PEOPLE = ["Abdul Ghofur", "أبو زيد", "Rina Kartika", "محمد يوسف", "Santri Tebuireng", "Ummu Salma"]
GR_PEOPLE = ["Νίκος Π.", "أبو جورج", "Eleni K.", "سامي من بيرايوس", "Μαρία"]
HJ_CAMELS = ["شاهين", "الوضيحي", "مزنة", "الصاروخ", "نجلاء", "العاصفة", "ريم", "المحبوبة", "ظبية", "البرق"]
HJ_CODES = ["الحقايق", "اللقايا", "الجذاع", "الثنايا", "الحول", "الزمول"]
HJ_OWNERS = ["هجن الوثبة", "هجن الرئاسة", "هجن الشحانية", "هجن آل مسعود", "هجن البادية", "هجن العين"]
HJ_EVENTS = ["مهرجان ولي العهد للهجن", "كأس الصقارة الدولي", "سباق المحامل الشراعية", "مزاد الصقور السنوي",
             "بطولة المزاين الختامية", "سباق القدرة لمسافة 120 كم"]
BX_COMPANIES = [("شركة الواحة للإسمنت", "3047", "مواد البناء"), ("مصرف اللؤلؤة الإسلامي", "1182", "البنوك"),
                ("الخليج للبتروكيماويات", "2291", "الطاقة والبتروكيماويات"),
                ("مجموعة السنبلة الغذائية", "6034", "الأغذية"),
                ("نخيل للتطوير العقاري", "4417", "العقارات"), ("شركة الربط للاتصالات", "7063", "الاتصالات")]
BX_KINDS = ["إعلان جوهري", "نتائج مالية مرحلية", "دعوة لحضور الجمعية العامة", "توزيع أرباح نقدية",
            "توقيع اتفاقية", "تعيين عضو مجلس إدارة"]
SR_CLUSTERS = ["الأمن الغذائي", "المياه والصرف الصحي", "الصحة", "المأوى", "الحماية", "التعليم في الطوارئ"]
SR_PARTNERS = ["جمعية البيادر", "مؤسسة سنابل الخير", "اتحاد المتطوعين الشباب", "منظمة ضياء"]
MB_HANDLES = ["mazen_r", "shaimaa_aw", "anas_f", "doaa_h", "walid_k"]
MB_TRENDS = ["#سوق_الأسهم", "#الطقس_اليوم", "#كأس_الأندية", "#معرض_الكتاب", "#أسعار_الوقود", "#الدوري"]
MB_REPLIERS = [("أبو ليث", "@abulaith@sirb.social"), ("نوران", "@nouran_k@misr.town"),
               ("Samir H.", "@samirh@fedi.cafe"), ("متابع قديم", "@mutabe3@sirb.social"),
               ("هيفاء", "@haifa@khaleej.chat")]
MB_REPLIES = ["شكرًا على الشرح المفصل 🙏", "هل من مصدر رسمي لهذه الأرقام؟", "سلسلة مفيدة، حفظتها للرجوع إليها",
              "المشكلة أقدم من ذلك بكثير", "نتمنى متابعة القصة في الأيام القادمة"]


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="id", pre=[], header=[], widget=[None], kicker=0.0, title_noise=[None], byline=[None],
             publine=[None], update=0.0, counter=0.0, lede=[None], lede_place=["deck"], caption=0.0,
             caption_fmt=["c_id"], headings=0.0, heading_fmt=["h_plain"], dateline=[None], mid=[], after=[],
             footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0)

STYLES = {
    "fresh17_1": dict(site="id", pre=[("id_cookie", 0.4)],
                      header=[("id_top", 0.7), ("id_lang", 0.5), ("site_name", 1.0), ("widget", 0.85),
                              ("nav", 0.9), ("id_psb", 0.3)],
                      widget=["w_id", "w_id_jawa", "w_id_hij"], kicker=0.4, title_noise=[None, None, "nbsp"],
                      byline=["b_id_penulis", "b_id_two", "b_id_santri", "b_id_tim", None],
                      publine=["p_id_terbit", "p_id_terbit", "p_id_pukul", "p_id_ar"], update=0.3, counter=0.4,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "label_line", "after_meta"],
                      caption=0.7, caption_fmt=["c_id"], headings=0.35, heading_fmt=["h_hizb", "h_plain"],
                      dateline=["dl_angle", None], mid=[("id_baca", 0.55), ("id_banner", 0.3)],
                      after=[("id_tags", 0.6), ("id_src", 0.5), ("id_share", 0.7), ("id_latest", 0.6),
                             ("id_comments", 0.4)],
                      footer=["f_id"], layout=["blank", "blank", "single"], body_noise=[None, None, "nbsp"]),
    "fresh17_2": dict(site="gr", pre=[("gr_cookie", 0.6)],
                      header=[("gr_top", 0.6), ("site_name", 1.0), ("widget", 0.85), ("gr_names", 0.5),
                              ("nav", 0.9)],
                      widget=["w_gr", "w_gr_cap", "w_gr_lev"], kicker=0.5, title_noise=[None, None, "sixpm"],
                      byline=["b_gr_tou", "b_gr_tou", "b_gr_amp", "b_gr_desk", None],
                      publine=["p_gr_pm", "p_gr_pm", "p_gr_ar"], update=0.35, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "label_line", "after_caption"],
                      caption=0.7, caption_fmt=["c_gr"], headings=0.3, heading_fmt=["h_sq"],
                      dateline=["dl_dots", None], mid=[("gr_diavaste", 0.5), ("gr_classified", 0.35)],
                      after=[("gr_tags", 0.5), ("gr_src", 0.5), ("gr_share", 0.7), ("gr_services", 0.45),
                             ("gr_more", 0.6)],
                      footer=["f_gr"], layout=["blank"], body_noise=[None, "sixpm"], crlf=0.25),
    "fresh17_3": dict(site="hj", header=[("hj_live", 0.6), ("site_name", 1.0), ("widget", 0.85), ("nav", 1.0),
                                         ("hj_auction", 0.35)],
                      widget=["w_hj_colloq", "w_hj_suhail", "w_hj_season"], kicker=0.5, title_noise=[None],
                      byline=["b_hj_field", "b_hj_two", "b_hj_photo", "b_hj_desk", None],
                      publine=["p_hj_wa", "p_hj_wa", "p_hj_ym"], update=0.3, counter=0.4,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["deck", "after_caption", "label"],
                      caption=0.8, caption_fmt=["c_hj"], headings=0.35, heading_fmt=["h_hizb", "h_plain"],
                      dateline=["dl_from", None], mid=[("hj_result_mid", 0.45), ("hj_sponsor", 0.35)],
                      after=[("hj_results", 0.6), ("hj_standings", 0.45), ("hj_tags", 0.5), ("hj_src", 0.45),
                             ("hj_events", 0.5), ("hj_comments", 0.35)],
                      footer=["f_hj"], layout=["blank"], body_noise=[None, "nbsp"]),
    "fresh17_4": dict(site="bx", pre=[("bx_delay", 0.5)],
                      header=[("bx_ticker", 0.8), ("site_name", 1.0), ("widget", 0.9), ("bx_settle", 0.5),
                              ("nav", 0.9), ("bx_company", 0.7)],
                      widget=["w_bx_session", "w_bx_status", "w_bx_fiscal"], kicker=0.6, title_noise=[None],
                      byline=["b_bx_editor", "b_bx_analyst", "b_bx_unit", None, None],
                      publine=["p_bx_kv", "p_bx_kv", "p_bx_sys"], update=0.25, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None], lede_place=["label", "deck", "after_meta"],
                      caption=0.4, caption_fmt=["c_bx"], headings=0.4, heading_fmt=["h_ord"],
                      dateline=["dl_angle", None], mid=[("bx_quote", 0.55), ("bx_rel", 0.35)],
                      after=[("bx_prev", 0.6), ("bx_active", 0.5), ("bx_tags", 0.45), ("bx_src", 0.45),
                             ("bx_disclaimer", 0.7)],
                      footer=["f_bx"], layout=["blank", "single"], body_noise=[None], bom=0.2),
    "fresh17_5": dict(site="pd", header=[("site_name", 1.0), ("nav", 0.9), ("widget", 0.6)],
                      widget=["w_pd_item"], kicker=0.0, title_noise=[None],
                      byline=["b_pd_dl", "b_pd_two", "b_pd_rev", None],
                      publine=["p_pd_dl", "p_pd_dl", "p_pd_after"],
                      lede=["abstract", "teaser", "promoted", None], lede_place=["quote", "label_heading", "quote"],
                      caption=0.5, caption_fmt=["c_pd"], headings=0.5, heading_fmt=["h_setext"],
                      dateline=[None], mid=[("pd_fig", 0.35)],
                      after=[("pd_table", 0.5), ("pd_src", 0.5), ("pd_tags", 0.5), ("pd_cite", 0.6),
                             ("pd_notes", 0.45), ("pd_more", 0.5)],
                      footer=["f_pd"], layout=["pandoc"], body_noise=[None], crlf=0.3),
    "fresh17_6": dict(site="sr", pre=[("sr_emergency", 0.6)],
                      header=[("site_name", 1.0), ("nav", 0.9), ("widget", 0.7), ("sr_figures", 0.6),
                              ("sr_period", 0.5)],
                      widget=["w_sr_tat", "w_sr_tat_latin"], kicker=0.4, title_noise=[None, "nbsp"],
                      byline=["b_sr_role", "b_sr_with", "b_sr_team", None],
                      publine=["p_sr_issue", "p_sr_span"], counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["label_bullet", "deck", "after_caption"],
                      caption=0.75, caption_fmt=["c_sr"], headings=0.4, heading_fmt=["h_ring"],
                      dateline=["dl_dots", None], mid=[("sr_callout", 0.45), ("sr_donate_mid", 0.4)],
                      after=[("sr_src", 0.5), ("sr_tags", 0.5), ("sr_clusters", 0.5), ("sr_partners", 0.45),
                             ("sr_contact", 0.6), ("sr_map", 0.3)],
                      footer=["f_sr"], layout=["blank"], body_noise=[None, "sixpm"]),
    "fresh17_7": dict(site="mb", header=[("mb_tab", 0.6), ("mb_bar", 0.9), ("mb_back", 0.7)],
                      widget=[None], title_noise=[None], byline=["b_mb_reporter", "b_mb_outlet"],
                      publine=["p_mb_stamp"], lede=[None, "abstract", "teaser", "promoted"], lede_place=["deck"],
                      caption=0.5, caption_fmt=["c_mb"], headings=0.3, heading_fmt=["h_blue"],
                      after=[("mb_link", 0.6), ("mb_note", 0.3), ("mb_replies", 0.7), ("mb_trends", 0.5),
                             ("mb_follow", 0.4), ("mb_login", 0.5)],
                      footer=["f_mb"], layout=["posts"], body_noise=[None]),
    "fresh17_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["mb_tab", "mb_bar", "mb_back", "id_top", "id_lang", "gr_top", "hj_live", "bx_ticker", "site_name",
                "widget", "gr_names", "bx_settle", "nav", "sr_figures", "sr_period", "id_psb", "hj_auction",
                "bx_company"]
HEAD_POOL = ["id_top", "id_lang", "gr_top", "hj_live", "bx_ticker", "gr_names", "bx_settle", "sr_figures",
             "sr_period", "id_psb", "hj_auction"]
PRE_POOL = ["id_cookie", "gr_cookie", "bx_delay", "sr_emergency"]
MID_POOL = ["id_baca", "id_banner", "gr_diavaste", "gr_classified", "hj_result_mid", "hj_sponsor", "bx_quote",
            "bx_rel", "pd_fig", "sr_callout", "sr_donate_mid"]
AFTER_POOL = ["id_tags", "id_src", "id_share", "id_latest", "id_comments", "gr_tags", "gr_src", "gr_share",
              "gr_services", "gr_more", "hj_results", "hj_standings", "hj_tags", "hj_src", "hj_events",
              "hj_comments", "bx_prev", "bx_active", "bx_tags", "bx_src", "bx_disclaimer", "pd_table", "pd_src",
              "pd_tags", "pd_cite", "pd_notes", "pd_more", "sr_src", "sr_tags", "sr_clusters", "sr_partners",
              "sr_contact", "sr_map", "mb_note", "mb_replies", "mb_trends", "mb_follow"]
CHOICES = dict(widget=["w_id", "w_id_jawa", "w_id_hij", "w_gr", "w_gr_cap", "w_gr_lev", "w_hj_colloq",
                       "w_hj_suhail", "w_hj_season", "w_bx_session", "w_bx_status", "w_bx_fiscal", "w_pd_item",
                       "w_sr_tat", "w_sr_tat_latin", None],
               byline=["b_id_penulis", "b_id_two", "b_id_santri", "b_id_tim", "b_gr_tou", "b_gr_amp", "b_gr_desk",
                       "b_hj_field", "b_hj_two", "b_hj_photo", "b_hj_desk", "b_bx_editor", "b_bx_analyst",
                       "b_bx_unit", "b_pd_dl", "b_pd_two", "b_pd_rev", "b_sr_role", "b_sr_with", "b_sr_team", None],
               publine=["p_id_terbit", "p_id_pukul", "p_id_ar", "p_gr_pm", "p_gr_ar", "p_hj_wa", "p_hj_ym",
                        "p_bx_kv", "p_bx_sys", "p_pd_dl", "p_pd_after", "p_sr_issue", "p_sr_span", None],
               caption_fmt=["c_id", "c_gr", "c_hj", "c_bx", "c_pd", "c_sr", "c_mb"],
               lede_place=["deck", "after_meta", "after_caption", "label", "label_line", "label_bullet", "quote",
                           "label_heading"],
               heading_fmt=["h_plain", "h_hizb", "h_sq", "h_ord", "h_setext", "h_ring", "h_blue"],
               dateline=["dl_angle", "dl_from", "dl_dots", None],
               footer=["f_id", "f_gr", "f_hj", "f_bx", "f_pd", "f_sr", None],
               body_noise=[None, "nbsp", "sixpm"],
               title_noise=[None, "nbsp", "sixpm"])
BASES = [f"fresh17_{k}" for k in range(1, 8)]


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
    mb = spec["site"] == "mb"
    if mb:
        spec["byline"] = STYLES[base]["byline"]
        spec["publine"] = STYLES[base]["publine"]
        spec["widget"] = [None]
    own = [h for h, _ in spec["header"] if h not in HEAD_POOL]
    extra = [h for h in HEAD_POOL if rng.random() < 0.2]
    names = own + extra + ([] if mb else ["site_name", "widget", "nav"])
    spec["header"] = [(h, 1.0 if h != "widget" else 0.8) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and not mb and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    pre = [p for p in PRE_POOL if rng.random() < 0.25]
    spec["pre"] = [(p, 1.0) for p in pre[:2]]
    spec["kicker"] = 0.0 if mb else rng.choice([0.0, 0.5])
    spec["update"] = rng.choice([0.0, 0.4])
    spec["counter"] = 0.0 if mb else rng.choice([0.0, 0.4])
    spec["caption"] = 0.6
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["headings"] = 0.4
    spec["mid"] = [] if mb else [(m, 0.3) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.2]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    if not mb and spec["layout"] != ["pandoc"]:
        spec["layout"] = [rng.choice(["blank", "blank", "single"])]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    if fmt in ("w_id", "w_id_hij") and ctx["malay"]:
        fmt = "w_my"
    if fmt == "w_id":
        return [f"{ID_WD[wk]}, {day} {ID_MON[m]} {y}"]
    if fmt == "w_id_jawa":
        return [f"{ID_WD[wk]} {pasaran(d)}, {day} {ID_MON[m]} {y}"]
    if fmt == "w_id_hij":
        hy, hmo, hd = G.hijri(d)
        return [f"{ID_WD[wk]}, {hd} {ID_HIJ[hmo - 1]} {hy} H / {day} {ID_MON[m]} {y} M"]
    if fmt == "w_my":
        hy, hmo, hd = G.hijri(d)
        return [f"{MY_WD[wk]}, {day} {MY_MON[m]} {y} | {hd} {ID_HIJ[hmo - 1]} {hy}H"]
    if fmt == "w_gr":
        return [f"{GR_WD[wk]}, {day} {GR_MON[m]} {y}"]
    if fmt == "w_gr_cap":
        return [f"{GR_WD_CAP[wk]} {day} {GR_MON_CAP[m]} {y}"]
    if fmt == "w_gr_lev":
        return [f"{GR_WD[wk]} {day} {GR_MON[m]} {y} ┊ {wd} {day} {G.LEV[m]} {y}"]
    if fmt == "w_hj_colloq":
        return [f"اليوم: {wd} {day} شهر {m + 1} / {y}"]
    if fmt == "w_hj_suhail":
        return [f"{wd} {day} {G.EG[m]} {y} · اليوم {suhail_day(d)} من طلوع سهيل"]
    if fmt == "w_hj_season":
        s0 = y if d.month >= 9 else y - 1
        return [f"موسم {s0}–{s0 + 1} | {wd}، {day} {G.EG[m]} {y}"]
    if fmt == "w_bx_session":
        return [f"جلسة {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_bx_status":
        idx = rng.randint(6000, 13000) + rng.randint(0, 99) / 100
        chg = rng.randint(-180, 180) / 100
        return [f"السوق {rng.choice(['مغلق', 'مفتوح'])} — {wd} {day:02d}-{m + 1:02d}-{y} — المؤشر العام "
                f"{idx:,.2f} ({chg:+.2f}%)"]
    if fmt == "w_bx_fiscal":
        q = (d.month - 1) // 3 + 1
        return [f"{wd} {day} {G.EG[m]} {y} | {['الربع الأول', 'الربع الثاني', 'الربع الثالث', 'الربع الرابع'][q - 1]}"
                f" – الأسبوع {d.isocalendar()[1]}"]
    if fmt == "w_pd_item":
        return [f"-   {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_sr_tat":
        return [f"{wd} {day}ـ{m + 1}ـ{y}".translate(IND)]
    if fmt == "w_sr_tat_latin":
        return [f"{wd} {day}ـ{m + 1}ـ{y}"]
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng, ctx):
    """Where and how the publication date shows: dict(meta=[meta lines], after=[lines after the body],
    value=published truth or None, modified=...)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(meta=[], after=[], value=full, modified=None)
    zone = ctx["zone"]
    if fmt == "p_id_terbit":
        if ctx["malay"]:
            out["meta"] = [f"Diterbitkan pada {day} {MY_MON[m]} {y}" +
                           (f" @ {G.h12(tm[0])}:{tm[1]:02d} {malay_period(tm[0])}" if tm else "")]
        else:
            out["meta"] = [f"Diterbitkan: {ID_WD[wk]}, {day:02d} {ID_MON3[m]} {y}" +
                           (f" {hm(*tm)} {zone}" if tm else "")]
    elif fmt == "p_id_pukul":
        out["meta"] = [f"{day}/{m + 1}/{y}" + (f", pukul {tm[0]:02d}.{tm[1]:02d} {zone}" if tm else "")]
    elif fmt == "p_id_ar":
        zar = {"WIB": "غرب إندونيسيا", "WITA": "وسط إندونيسيا", "MYT": "ماليزيا"}.get(zone, "غرب إندونيسيا")
        out["meta"] = [f"نُشر يوم {wd} {day} {G.EG[m]} {y}" +
                       (f" الساعة {tm[0]}.{tm[1]:02d} بتوقيت {zar}" if tm else "")]
    elif fmt == "p_gr_pm":
        out["meta"] = [f"Δημοσίευση: {day} {GR_MON[m]} {y}" +
                       (f", {G.h12(tm[0])}:{tm[1]:02d} {'π.μ.' if tm[0] < 12 else 'μ.μ.'}" if tm else "")]
    elif fmt == "p_gr_ar":
        out["meta"] = [f"نُشر في {day} {G.LEV[m]} {y}" + (f" – {hm(*tm)} {eet_zone(d)}" if tm else "")]
    elif fmt == "p_hj_wa":
        if tm:
            hh, mi = tm
            mins = "" if not mi else f"و{mi} {'دقائق' if 3 <= mi <= 10 else 'دقيقة'} "
            clock = f"الساعة {G.h12(hh)} {mins}{ar_period(hh)}"
            out["meta"] = [f"نُشر في {day} {G.EG[m]} {y} — {clock}"]
        else:
            out["meta"] = [f"نُشر في {day} {G.EG[m]} {y}"]
    elif fmt == "p_hj_ym":
        out["meta"] = [f"رُفع الخبر: {y} {G.EG[m]} {day}" + (f" | {hm(*tm)}" if tm else "")]
    elif fmt == "p_bx_kv":
        out["meta"] = [f"تاريخ الإعلان: {day} {G.EG[m]} {y}"]
        if tm:
            out["meta"].append(f"وقت الإعلان: {hm(*tm)}:{rng.randint(0, 59):02d} ({session_phase(*tm)})")
    elif fmt == "p_bx_sys":
        out["meta"] = [f"أُعلن عبر نظام الإفصاح الإلكتروني يوم {day:02d}/{m + 1:02d}/{y}" +
                       (f" عند {hm(*tm)}:{rng.randint(0, 59):02d}" if tm else "")]
    elif fmt == "p_pd_dl":
        out["meta"] = ["تاريخ النشر", f"    {day} {G.EG[m]} {y}" + (f" ({hm(*tm)})" if tm else "")]
    elif fmt == "p_pd_after":
        out["value"] = d.isoformat()
        out["after"] = [f"نُشرت هذه الورقة في {day} {G.EG[m]} {y}."]
    elif fmt == "p_sr_issue":
        out["meta"] = [f"تحديث الوضع رقم {rng.randint(3, 60)} | صدر في {day} {G.EG[m]} {y}" +
                       (f"، {hm(*tm)} (GMT+3)" if tm else "")]
    elif fmt == "p_sr_span":
        out["value"] = d.isoformat()
        b = d - datetime.timedelta(days=1)
        a = b - datetime.timedelta(days=6)
        if a.month == b.month:
            span = f"من {a.day} إلى {b.day} {G.EG[b.month - 1]} {b.year}"
        elif a.year == b.year:
            span = f"من {a.day} {G.EG[a.month - 1]} إلى {b.day} {G.EG[b.month - 1]} {b.year}"
        else:
            span = f"من {a.day} {G.EG[a.month - 1]} {a.year} إلى {b.day} {G.EG[b.month - 1]} {b.year}"
        out["meta"] = [f"يغطي هذا التحديث الفترة {span} — نُشر في {day} {G.EG[m]} {y}"]
    elif fmt == "p_mb_stamp":
        hh, mi = tm
        out["meta"] = [f"{G.h12(hh)}:{mi:02d} {'م' if hh >= 12 else 'ص'} · {day} {G.EG[m]} {y} · "
                       f"{rng.randint(2, 300) / 10:.1f} ألف مشاهدة"]
    else:
        raise ValueError(fmt)
    return out


UPDATE_OF = {"p_id_terbit": "u_id", "p_id_pukul": "u_id", "p_id_ar": "u_id", "p_gr_pm": "u_gr", "p_gr_ar": "u_gr",
             "p_hj_wa": "u_hj", "p_hj_ym": "u_hj", "p_bx_kv": "u_bx", "p_bx_sys": "u_bx"}


def fmt_update(ufmt, pub, tm, crawl, rng, ctx):
    """(line, modified truth) of an update line no later than the crawl day; (None, None) without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 30)))
    d, hh, mi = u.date(), u.hour, u.minute
    if ufmt == "u_id":
        if ctx["malay"]:
            line = f"Dikemas kini: {d.day} {MY_MON[d.month - 1]} {d.year}, {hm(hh, mi)}"
        else:
            line = f"Diperbarui: {d.day:02d} {ID_MON3[d.month - 1]} {d.year} {hm(hh, mi)} {ctx['zone']}"
    elif ufmt == "u_gr":
        line = f"Ενημερώθηκε: {d.day:02d}/{d.month:02d}/{d.year} {hm(hh, mi)}"
    elif ufmt == "u_hj":
        line = f"أُضيفت النتائج الرسمية: {d.day} {G.EG[d.month - 1]} {d.year} {hm(hh, mi)}"
    else:
        line = f"إعلان تصحيحي صدر في {d.day:02d}/{d.month:02d}/{d.year} {hm(hh, mi)}"
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


def spaces_to(text, ch, share, rng):
    return "".join(ch if c == " " and rng.random() < share else c for c in text)


def noise(text, kind, rng):
    if kind == "nbsp":
        return spaces_to(text, NBSP, 0.12, rng)
    if kind == "sixpm":
        return spaces_to(text, SIXPM, 0.1, rng)
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


def heading_lines(h, fmt, state):
    if fmt == "h_hizb":
        return [f"۞ {h}"]
    if fmt == "h_sq":
        return [f"◙ {h}"]
    if fmt == "h_ring":
        return [f"⦿ {h}"]
    if fmt == "h_blue":
        return [f"🔹 {h}"]
    if fmt == "h_ord":
        k = state.get("ord", 0)
        state["ord"] = k + 1
        return [f"{ORDINALS[min(k, len(ORDINALS) - 1)]}: {h}"]
    if fmt == "h_setext":
        return [h, "-" * max(3, len(h))]
    return [h]


def caption_lines(cfmt, cap, credit):
    if cfmt == "c_id":
        return [f"{cap} ▪ Dok. {credit}"]
    if cfmt == "c_gr":
        return [f"{cap} · Φωτ.: {credit}"]
    if cfmt == "c_hj":
        return [f"({credit}) {cap}"]
    if cfmt == "c_bx":
        return [f"{cap} ⁄ مصدر اللقطة: {credit}"]
    if cfmt == "c_pd":
        return [f"[{cap}]", f"  تصوير {credit}"]
    if cfmt == "c_sr":
        return [f"{cap}. © {credit}"]
    if cfmt == "c_mb":
        return [f"🖼️ نص بديل: {cap}", f"الصورة: {credit}"]
    raise ValueError(cfmt)


def apply_dateline(form, doc, paras, truth, comp):
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl
    if form == "dl_angle":
        paras[0] = f"{place} ⟨{rest}⟩: {paras[0]}"
    elif form == "dl_from":
        paras[0] = f"{rest}، من {place} — {paras[0]}"
    else:
        paras[0] = f"{place} … {rest} … {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl


def handle_of(dom):
    return "@" + dom.split(".")[0].replace("-", "_") + "@sirb.social"


# --------------------------------------------------------------- rendering
def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict), the same schema as gen_dumps.render()."""
    key = spec["site"]
    comp = {"site": key, "base": spec.get("base")}
    others = Pool([o for o in rng.sample(others, min(len(others), 60)) if fold(o) != fold(doc["title"])], rng)
    groups = []  # dicts: kind, lines, chrome (bool), glue (no blank line before), wrap (pandoc wrapping)

    def pick(k):
        v = rng.choice(spec[k])
        comp[k] = v
        return v

    def add(kind, lines, chrome=True, glue=False, wrap_as=None):
        groups.append(dict(kind=kind, lines=list(lines), chrome=chrome, glue=glue, wrap=wrap_as))

    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub, tm = doc["crawl"], doc["pub"], doc["time"]
    truth = new_truth(title)
    site, dom, tagline, city, extra = rng.choice(SITES[key])
    year = crawl.year
    layout = pick("layout")
    pandoc = layout == "pandoc"
    posts = layout == "posts"
    section = rng.choice(SECTIONS[key])
    people = PEOPLE[key]
    name = rng.choice(people)
    name2 = rng.choice([p for p in people if p != name])
    name3 = rng.choice([p for p in people if p not in (name, name2)])
    gr_name, gr_female = rng.choice(GR_NAMES)
    ctx = dict(key=key, site=site, city=city, crawl=crawl,
               zone=extra if key == "id" else rng.choice(["WIB", "WIB", "WITA", "MYT"]),
               malay=(key == "id" and extra == "MYT"))
    if key != "id":
        ctx["malay"] = ctx["zone"] == "MYT"
    lkey = "my" if ctx["malay"] and key == "id" else key

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    lede_place = pick("lede_place")
    if posts:
        lede_place = "deck"
        comp["lede_place"] = lede_place
    bfmt = pick("byline")
    pfmt = pick("publine")
    if pfmt == "p_mb_stamp":
        if pub is None:
            pub, tm = crawl, (rng.randint(6, 23), rng.randint(0, 59))
        elif tm is None:
            tm = (rng.randint(6, 23), rng.randint(0, 59))
    elif not pub:
        pfmt = None
    comp["publine"] = pfmt
    pinfo = fmt_publine(pfmt, pub, tm, rng, ctx) if pfmt else None
    if pinfo:
        truth["published"] = pinfo["value"]
        if pinfo["modified"]:
            truth["modified"] = pinfo["modified"]
    nkind = pick("body_noise")

    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dl = apply_dateline(dform, doc, paras, truth, comp) if (not summary or summary != paras[0]) else None
    dl_used = dl is not None

    # the account of a thread
    account, handle, reporter = site, handle_of(dom), False
    if key == "mb":
        outlet = doc["site"] or rng.choice(["أخبار الساحل", "الخبر اليقين"])
        if bfmt == "b_mb_reporter":
            account, reporter = name, True
            handle = "@" + MB_HANDLES[PEOPLE["mb"].index(name)] + f"_{rng.randint(10, 99)}@sirb.social"
        else:
            account, handle = outlet, "@" + rng.choice(["akhbar", "alkhabar", "news24", "alaan"]) + \
                f"{rng.randint(1, 9)}@sirb.social"

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "id_cookie":
            if ctx["malay"]:
                add("cookie", ["Laman web ini menggunakan kuki untuk pengalaman yang lebih baik.", "Setuju",
                               "Tetapan kuki"])
            else:
                add("cookie", ["Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.", "Setuju",
                               "Pelajari lebih lanjut"])
        elif pname == "gr_cookie":
            add("cookie", ["Αυτός ο ιστότοπος χρησιμοποιεί cookies για να βελτιώσει την εμπειρία σας.",
                           "Αποδοχή όλων", "Απόρριψη", "Ρυθμίσεις cookies"])
        elif pname == "bx_delay":
            add("delay", ["تنبيه: الأسعار المعروضة متأخرة 15 دقيقة عن السوق، والبيانات لأغراض إعلامية فقط."])
        elif pname == "sr_emergency":
            add("emergency", [f"⚠ حالة طوارئ من المستوى {rng.choice(['الثاني', 'الثالث'])} — "
                              f"نداء عاجل لجمع {rng.randint(2, 40)} مليون دولار"])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "mb_tab":
            cut = " ".join(title.split()[:6])
            add("tab", [f"{account} على سرب: «{cut}…» / سرب"])
        elif hname == "mb_bar":
            add("bar", ["سرب"] + rng.sample(NAV["mb"], 4))
        elif hname == "mb_back":
            add("back", ["← المنشور"])
        elif hname == "id_top":
            add("top", ["Tentang Kami | Redaksi | Pedoman Media Siber | Kontak" if not ctx["malay"]
                        else "Mengenai Kami | Sidang Pengarang | Hubungi Kami"])
        elif hname == "id_lang":
            add("lang", ["العربية | Bahasa Indonesia | English" if not ctx["malay"] else
                         "العربية | Bahasa Melayu | English"])
        elif hname == "gr_top":
            add("top", [f"Λευκωσία {rng.randint(8, 34)}°C | Αθήνα {rng.randint(8, 34)}°C | "
                        f"EUR/USD {rng.randint(105, 112) / 100:.2f}"])
        elif hname == "hj_live":
            add("live", [f"🔴 بث مباشر: ميدان {rng.choice(['الوثبة', 'الشحانية', 'الطائف', 'كتارا'])} — "
                         f"الشوط {rng.randint(1, 20)} «{rng.choice(HJ_CODES)}»"])
        elif hname == "bx_ticker":
            rows = []
            for co, code, _ in rng.sample(BX_COMPANIES, 3):
                chg = rng.randint(-450, 450) / 100
                rows.append(f"{code} {rng.randint(500, 9000) / 100:.2f} {'▲' if chg >= 0 else '▼'} {abs(chg):.2f}%")
            add("ticker", [" | ".join(rows)])
        elif hname == "site_name":
            lines = [site, tagline] if tagline else [site]
            add("site_name", [f"-   {x}" for x in lines] if pandoc else lines)
        elif hname == "widget":
            wfmt = pick("widget")
            if key == "mb":
                wfmt = None
                comp["widget"] = None
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "gr_names":
            add("names", ["Γιορτάζουν σήμερα: " + ", ".join(rng.sample(
                ["Μάρκος", "Γεώργιος", "Ειρήνη", "Αθανάσιος", "Ελένη", "Νικόλαος", "Σοφία", "Παναγιώτης"], 2))])
        elif hname == "bx_settle":
            add("settle", [f"تاريخ تسوية صفقات اليوم: {business_days_after(crawl, 2).strftime('%d-%m-%Y')}"])
        elif hname == "nav":
            vocab = NAV[lkey] if lkey in NAV else NAV["pd"]
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(3, len(vocab) - 1))
            if pandoc:
                add("nav", [f"-   {x}" for x in items])
            elif key in ("id", "gr"):
                add("nav", [" | ".join(items)])
            elif key == "hj":
                add("nav", [" ◇ ".join(items)])
            else:
                add("nav", items)
        elif hname == "sr_figures":
            add("figures", [f"👥 {rng.randint(11, 48) / 10:.1f} مليون شخص بحاجة إلى المساعدة",
                            f"🏥 {rng.randint(8, 90)} مرفقًا صحيًا خارج الخدمة",
                            f"⛺ {rng.randint(20, 600)} ألف نازح"])
        elif hname == "sr_period":
            b = crawl - datetime.timedelta(days=rng.randint(1, 3))
            a = b - datetime.timedelta(days=6)
            add("period", [f"فترة التغطية: {a.day}/{a.month} – {b.day}/{b.month}/{b.year}"])
        elif hname == "id_psb":
            add("psb", [f"📢 Penerimaan Santri Baru {year}/{year + 1} telah dibuka — Daftar sekarang!"])
        elif hname == "hj_auction":
            add("auction", [f"مزاد الصقور: أعلى سعر اليوم {rng.randint(40, 400)} ألف درهم لصقر "
                            f"{rng.choice(['حر', 'شاهين', 'جير'])} {rng.choice(['فرخ', 'قرناس'])}"])
        elif hname == "bx_company":
            co, code, sector = rng.choice(BX_COMPANIES)
            add("company", [f"الشركة: {co} | الرمز: {code} | القطاع: {sector}",
                            f"نوع الإفصاح: {rng.choice(BX_KINDS)}",
                            f"رقم الإعلان: {(pub or crawl).strftime('%Y%m%d')}-{rng.randint(1, 999):04d}"])
        comp.setdefault("header", []).append(hname)

    # the article's head
    tnoise = pick("title_noise")
    shown_title = noise(title, tnoise, rng)

    cap_group = None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        ckey = cfmt[2:]
        cap = rng.choice(CAPTIONS)
        credit = rng.choice(CREDITS[ckey])
        if cfmt == "c_sr" and key == "sr":
            credit = f"{extra}/{rng.choice(PEOPLE['sr'] + ['فريق الميدان'])}"
        truth["images"].append({"caption": cap, "credit": credit})
        cap_group = caption_lines(cfmt, cap, credit)

    kicker = None
    if rng.random() < spec["kicker"]:
        kicker = {"id": section.upper() if section.isascii() else section, "gr": f"{section} ›",
                  "hj": f"{section} ›", "bx": section, "pd": section, "sr": f"▌{section}", "mb": None}[key]

    # meta lines
    meta = []
    authors = []
    female = name in FEMALE
    if bfmt == "b_id_penulis":
        meta.append(f"Penulis: {name} | Editor: {name2}")
        authors = [name]
    elif bfmt == "b_id_two":
        meta.append(f"Reporter: {name}, {name2} | Editor: {name3}")
        authors = [name, name2]
    elif bfmt == "b_id_santri":
        meta.append(f"بقلم {'الطالبة' if female else 'الطالب'}: {name}")
        authors = [name]
    elif bfmt == "b_id_tim":
        meta.append("Tim Redaksi")
    elif bfmt == "b_gr_tou":
        meta.append(f"{'Της' if gr_female else 'Του'} {gr_name}")
        authors = [gr_name]
    elif bfmt == "b_gr_amp":
        meta.append(f"إعداد: {name} & {name2}")
        authors = [name, name2]
    elif bfmt == "b_gr_desk":
        meta.append("Σύνταξη · هيئة التحرير")
    elif bfmt == "b_hj_field":
        meta.append(f"تغطية ميدانية: {name}")
        authors = [name]
    elif bfmt == "b_hj_two":
        meta.append(f"رصد وتغطية: {name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_hj_photo":
        meta.append(f"{name} — عدسة: {name2}")
        authors = [name]
    elif bfmt == "b_hj_desk":
        meta.append("القسم الرياضي التراثي")
    elif bfmt == "b_bx_editor":
        meta.append(f"{'المحررة المالية' if female else 'المحرر المالي'}: {name}")
        authors = [name]
    elif bfmt == "b_bx_analyst":
        meta.append(f"{name}، {'محللة' if female else 'محلل'} أسواق المال")
        authors = [name]
    elif bfmt == "b_bx_unit":
        meta.append("إعداد: وحدة الأبحاث والإفصاح")
    elif bfmt == "b_pd_dl":
        meta += ["الكاتبة" if female else "الكاتب", f"    {name}"]
        authors = [name]
    elif bfmt == "b_pd_two":
        meta += ["إعداد", f"    {name} و{name2}"]
        authors = [name, name2]
    elif bfmt == "b_pd_rev":
        meta += ["الكاتبة" if female else "الكاتب", f"    {name}", "مراجعة", f"    {name3}"]
        authors = [name]
    elif bfmt == "b_sr_role":
        role = rng.choice(["منسقة الاتصال في المكتب الإقليمي", "مسؤولة الإعلام الميداني"] if female else
                          ["منسق الاتصال في المكتب الإقليمي", "مسؤول الإعلام الميداني"])
        meta.append(f"{name}، {role}")
        authors = [name]
    elif bfmt == "b_sr_with":
        meta.append(f"{'كتبته' if female else 'كتبه'} {name} بالتعاون مع {name2}")
        authors = [name, name2]
    elif bfmt == "b_sr_team":
        meta.append("إعداد: فريق الاتصال والمناصرة")
    elif bfmt == "b_mb_reporter":
        authors = [name]
    if pinfo:
        meta += pinfo["meta"]
        ufmt = UPDATE_OF.get(pfmt)
        if ufmt and pinfo["value"] and rng.random() < spec["update"]:
            line, mod = fmt_update(ufmt, pub, tm, crawl, rng, ctx)
            if line:
                meta.append(line)
                truth["modified"] = mod
                comp["update"] = True
    truth["authors"] = authors
    if rng.random() < spec["counter"]:
        n = rng.randint(2, 12)
        meta.append({"id": f"Dibaca {n * 137:,} kali".replace(",", "."), "gr": f"Αναγνώσεις: {n * 71}",
                     "hj": f"👁 {n * 211:,}", "bx": f"قراءات: {n * 43}", "pd": f"مدة القراءة: {n} دقائق",
                     "sr": f"⏱ {n} دقائق قراءة", "mb": f"{n * 9} إعجاب"}[key])

    label = LEDE_LABEL[lkey]
    if posts:
        # the first post: account, title, lede, picture, stamp and counters
        add("account", [account + (" ✔" if not reporter else ""), handle] +
            ([f"صحفي في {doc['site'] or 'أخبار الساحل'}" if not female else f"صحفية في {doc['site'] or 'أخبار الساحل'}"]
             if reporter else []))
        add("title", [f"🧵 {shown_title}"], chrome=False)
        if summary:
            add("lede", [summary], chrome=False, glue=True)
        if cap_group:
            add("caption", cap_group)
        add("meta", meta)
        add("counts", [f"{rng.randint(2, 900)} إعادة نشر  {rng.randint(0, 90)} اقتباس  {rng.randint(10, 5000)} "
                       f"إعجاب  {rng.randint(0, 400)} إشارة مرجعية"])
    else:
        if kicker:
            add("kicker", [f"-   {kicker}" if pandoc else kicker])
        if pandoc:
            add("title", [shown_title, "=" * len(title)], chrome=False)
        else:
            add("title", [shown_title], chrome=False)
        if summary and lede_place == "deck":
            add("lede", [summary], chrome=False, wrap_as="para")
        if summary and lede_place == "quote":
            add("lede", [summary], chrome=False, wrap_as="quote")
        if meta:
            add("meta", meta)
        if summary and lede_place == "after_meta":
            add("lede", [summary], chrome=False, wrap_as="para")
        if summary and lede_place == "label":
            add("lede", [f"{label} {summary}"], chrome=False, wrap_as="para")
        if summary and lede_place == "label_line":
            add("lede_label", [label])
            add("lede", [summary], chrome=False, glue=True, wrap_as="para")
        if summary and lede_place == "label_bullet":
            add("lede_label", [label])
            add("lede", [f"◂ {summary}"], chrome=False, glue=True, wrap_as="para")
        if summary and lede_place == "label_heading":
            add("lede_label", [label, "-" * len(label)])
            add("lede", [summary], chrome=False, wrap_as="quote")
        if cap_group:
            add("caption", cap_group)
        if summary and lede_place == "after_caption":
            add("lede", [summary], chrome=False, wrap_as="para")
        comp["lede_place"] = lede_place if summary else None
        if summary and lede_mode in ("promoted", "abstract") and groups[-1]["kind"] == "lede" \
                and lede_place not in ("label", "label_line", "label_bullet", "label_heading") and not dl_used:
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
    hstate = {}
    npar = sum(1 for b in blocks if b["type"] == "paragraph") + 1
    k_post = 1
    post_open = False
    for i, b in enumerate(blocks):
        for mname in positions.get(i, []):
            if mname == "id_baca":
                add("also", [f"{'Baca Juga' if not ctx['malay'] else 'Baca Juga Ini'}: {others.pop()}"])
            elif mname == "id_banner":
                add("banner", ["🎓 Beasiswa Tahfiz & Bahasa Arab — Info lengkap di halaman pendaftaran"])
            elif mname == "gr_diavaste":
                add("also", [f"Διαβάστε επίσης: {others.pop()}"])
            elif mname == "gr_classified":
                add("classified", [f"إعلان مبوّب: {rng.choice(['شقة للإيجار', 'مطلوب عامل', 'محل للبيع'])} في "
                                   f"{rng.choice(['كيبسيلي', 'بيرايوس', 'لارنكا', 'أومونيا'])} — Τηλ. "
                                   f"69{rng.randint(10000000, 99999999)}"])
            elif mname == "hj_result_mid":
                add("result", [f"🏁 الشوط {rng.randint(1, 20)}: المركز الأول «{rng.choice(HJ_CAMELS)}» بزمن "
                               f"{rng.randint(5, 12)}:{rng.randint(0, 59):02d}.{rng.randint(0, 99):02d}"])
            elif mname == "hj_sponsor":
                add("sponsor", [f"الراعي الرسمي للموسم: {rng.choice(['مجموعة الريم', 'بنك السدرة', 'ناقلات الغاف'])}"])
            elif mname == "bx_quote":
                co, code, _ = rng.choice(BX_COMPANIES)
                chg = rng.randint(-400, 400) / 100
                add("quote", [f"{'▲' if chg >= 0 else '▼'} {code} الآن {rng.randint(500, 9000) / 100:.2f} "
                              f"({chg:+.2f}%) · حجم التداول {rng.randint(1, 90) / 10:.1f} مليون سهم"])
            elif mname == "bx_rel":
                add("also", [f"ذات صلة بالسهم: {others.pop()}"])
            elif mname == "pd_fig":
                what = rng.choice(["تطور المؤشر بين 2015 و2023", "توزيع العينة حسب المنطقة", "مقارنة الإنفاق العام"])
                add("fig", [f"[شكل {rng.randint(1, 4)}: {what}]"])
            elif mname == "sr_callout":
                add("callout", [f"📊 {rng.randint(2, 90)} ألف شخص تلقوا مساعدات نقدية منذ بداية الشهر"])
            elif mname == "sr_donate_mid":
                add("donate", [f"💚 {rng.choice([10, 25, 50])} دولارًا توفر سلة غذائية لأسرة — تبرّع الآن"])
        if posts:
            if b["type"] == "heading" or not post_open:
                k_post += 1
                when = pub or crawl
                add("post_head", [f"{account} {handle} · {when.day} {G.EG[when.month - 1]}"])
            if b["type"] == "heading":
                add("heading", heading_lines(b["text"], hfmt, hstate), chrome=False, glue=True)
                post_open = True
                continue
            add("body", [noise(b["text"], nkind, rng)], chrome=False, glue=True)
            add("post_foot", [f"{k_post}/{npar} · 💬 {rng.randint(0, 40)}  🔁 {rng.randint(0, 200)}  "
                              f"❤ {rng.randint(3, 900)}"], glue=True)
            post_open = False
            continue
        if b["type"] == "heading":
            add("heading", heading_lines(b["text"], hfmt, hstate), chrome=False)
        else:
            add("body", [noise(b["text"], nkind, rng)], chrome=False, wrap_as="para")

    if pinfo and pinfo["after"]:
        add("postfoot", pinfo["after"])

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
        if aname in ("id_src", "gr_src", "hj_src", "bx_src", "pd_src", "sr_src"):
            if truth["sources"] or not doc["site"]:
                continue
            if aname == "id_src":
                srcs = src_list(["Antara", "وكالات", "Humas Kemenag"])
                add("sources", ["Sumber: " + ", ".join(srcs)])
            elif aname == "gr_src":
                srcs = src_list(["ΚΥΠΕ", "وكالات", "ERT News"])
                add("sources", ["Πηγή: " + " / ".join(srcs)])
            elif aname == "hj_src":
                srcs = src_list(["اتحاد سباقات الهجن", "اللجنة المنظمة", "وكالات"])
                add("sources", ["مصادر التغطية: " + " | ".join(srcs)])
            elif aname == "bx_src":
                srcs = src_list(["نظام الإفصاح الإلكتروني", "بيانات السوق", "وكالات"])
                add("sources", ["المصادر المعتمدة: " + "، ".join(srcs)])
            elif aname == "pd_src":
                srcs = src_list(["قاعدة بيانات البنك الدولي", "الجهاز المركزي للإحصاء", "مسوح المركز"])
                add("sources", ["مصادر البيانات", "-" * 12] + [f"-   {s}" for s in srcs])
            else:
                srcs = src_list(["فرق الرصد الميداني", "مجموعة تنسيق الحماية", "السلطات المحلية"])
                add("sources", ["المعلومات الواردة من: " + "، ".join(srcs)])
            truth["sources"] = srcs
        elif aname in ("id_tags", "gr_tags", "hj_tags", "bx_tags", "pd_tags", "sr_tags"):
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            prefix = {"id_tags": ("Topik: ", ", "), "gr_tags": ("Ετικέτες: ", ", "),
                      "hj_tags": ("وسوم الميدان: ", " ◇ "), "bx_tags": ("تصنيف الخبر: ", "، "),
                      "pd_tags": ("موضوعات الورقة: ", " · "), "sr_tags": ("وسوم الاستجابة: ", " / ")}[aname]
            add("tags", [prefix[0] + prefix[1].join(tags)])
            truth["tags"] = tags
        elif aname == "id_share":
            add("share", ["Bagikan:" if not ctx["malay"] else "Kongsi:", "WhatsApp · Facebook · X · Salin tautan"])
        elif aname == "id_latest":
            lines = ["Berita Terkini" if not ctx["malay"] else "Berita Terkini | Terbaru"]
            for _ in range(rng.randint(2, 4)):
                lines.append(f"{others.pop()} · {rng.randint(1, 23)} jam lalu")
            add("latest", lines)
        elif aname == "id_comments":
            n = rng.randint(1, 3)
            lines = [f"Komentar ({n})"]
            for who in rng.sample(ID_PEOPLE, n):
                lines += [who, rng.choice(COMMENT_TEXTS["id"]), "Balas"]
            add("comments", lines)
        elif aname == "gr_share":
            add("share", ["Κοινοποίηση: Facebook | Viber | Email", "شارك الخبر"])
        elif aname == "gr_services":
            add("services", ["خدمات الجالية | Υπηρεσίες",
                             "◦ مواعيد تجديد الإقامة — Άδεια διαμονής",
                             "◦ مترجمون معتمدون — Επίσημοι μεταφραστές",
                             f"◦ الخط الساخن للجالية: 2{rng.randint(100000000, 999999999)}"])
        elif aname == "gr_more":
            add("related", ["Περισσότερα νέα"] + [f"» {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "hj_results":
            code = rng.choice(HJ_CODES)
            lines = [f"نتائج الشوط الرئيسي — «{code}» — مسافة {rng.choice([4, 6, 8])} كم"]
            t = rng.randint(360, 700)
            for k, (camel, owner) in enumerate(zip(rng.sample(HJ_CAMELS, 3), rng.sample(HJ_OWNERS, 3)), 1):
                t += rng.randint(1, 6)
                lines.append(f"{k}. «{camel}» — {owner} — {t // 60}:{t % 60:02d}.{rng.randint(0, 99):02d}")
            add("results", lines)
        elif aname == "hj_standings":
            lines = ["ترتيب الملاك — نقاط الموسم"]
            pts = sorted(rng.sample(range(40, 400), 4), reverse=True)
            for k, (owner, pt) in enumerate(zip(rng.sample(HJ_OWNERS, 4), pts), 1):
                lines.append(f"{k}  {owner}  {pt}")
            add("standings", lines)
        elif aname == "hj_events":
            lines = ["فعاليات قادمة"]
            for what in rng.sample(HJ_EVENTS, 2):
                a = crawl + datetime.timedelta(days=rng.randint(3, 40))
                b = a + datetime.timedelta(days=rng.randint(2, 9))
                lines.append(f"{what}: من {a.day} {G.EG[a.month - 1]} إلى {b.day} {G.EG[b.month - 1]}")
            add("events", lines)
        elif aname == "hj_comments":
            n = rng.randint(1, 3)
            lines = [f"آراء الجمهور ({n})"]
            for who in rng.sample(["ابن البادية", "راعي الهجن", "أبو مطلق", "صقار قديم"], n):
                lines += [f"{who} — قبل {rng.randint(1, 9)} ساعات", rng.choice(COMMENT_TEXTS["hj"])]
            add("comments", lines)
        elif aname == "bx_prev":
            lines = ["الإفصاحات السابقة للشركة"]
            d0 = crawl
            for _ in range(rng.randint(2, 4)):
                d0 = d0 - datetime.timedelta(days=rng.randint(5, 60))
                lines.append(f"{d0.year}/{d0.month:02d}/{d0.day:02d} — {others.pop()}")
            add("prev", lines)
        elif aname == "bx_active":
            lines = ["الأكثر نشاطًا بالقيمة"]
            for co, code, _ in rng.sample(BX_COMPANIES, 3):
                lines.append(f"{co} ({code})  {rng.randint(500, 9000) / 100:.2f}  {rng.randint(10, 400)} مليون")
            add("active", lines)
        elif aname == "bx_disclaimer":
            add("disclaimer", ["إخلاء مسؤولية: المعلومات الواردة لأغراض إعلامية فقط ولا تُعد توصية بالشراء أو "
                               "البيع أو الاحتفاظ بأي ورقة مالية."])
        elif aname == "pd_table":
            lines = ["  ----------------------- ------------", "  المؤشر                   القيمة",
                     "  ----------------------- ------------"]
            for ind in rng.sample(["معدل البطالة", "نسبة التضخم السنوية", "الدين العام إلى الناتج",
                                   "نمو الناتج المحلي"], 3):
                lines.append(f"  {ind:<24}{rng.randint(10, 990) / 10:.1f}٪")
            lines.append("  ----------------------- ------------")
            add("table", lines)
        elif aname == "pd_cite":
            who = truth["authors"][0] if truth["authors"] else site
            add("cite", ["للاقتباس", f"    {who}، «{title}»، {site}، {year}."])
        elif aname == "pd_notes":
            lines = ["الهوامش", "-" * 7]
            for k in range(1, rng.randint(2, 3) + 1):
                lines.append(f"[{k}] {others.pop()}، {rng.choice(['تقرير سنوي', 'ورقة عمل', 'دراسة ميدانية'])}، "
                             f"{year - rng.randint(0, 4)}.")
            add("notes", lines)
        elif aname == "pd_more":
            add("related", ["أوراق ذات صلة", "-" * 13] + [f"-   {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "sr_clusters":
            add("clusters", ["قطاعات الاستجابة: " + " · ".join(rng.sample(SR_CLUSTERS, 3))])
        elif aname == "sr_partners":
            add("partners", ["الشركاء المنفذون: " + "، ".join(rng.sample(SR_PARTNERS, 2))])
        elif aname == "sr_contact":
            who = rng.choice([p for p in PEOPLE["sr"] if p not in authors])
            add("contact", ["للتواصل الإعلامي", f"{who} — media@{dom}", f"+962 7{rng.randint(10000000, 99999999)}"])
        elif aname == "sr_map":
            add("map", ["[خريطة تفاعلية: مناطق التدخل ونقاط التوزيع]"])
        elif aname == "mb_link":
            slug = "-".join(w for w in re.findall(r"[\w]+", " ".join(title.split()[:4])))
            d0 = pub or crawl
            add("link", [f"التفاصيل كاملة: https://{dom.split('.')[0]}-news.example/{d0.year}/{d0.month:02d}/"
                         f"{d0.day:02d}/{slug}"])
        elif aname == "mb_note":
            add("note", ["ملاحظات القرّاء", "أضاف القرّاء سياقًا قد يرغب الآخرون في معرفته",
                         "الأرقام الواردة في المنشور الثالث تعود إلى تقديرات أولية لم تُحدَّث بعد.",
                         "هل هذه الملاحظة مفيدة؟"])
        elif aname == "mb_replies":
            n = rng.randint(1, 3)
            lines = []
            for (who, h), said in zip(rng.sample(MB_REPLIERS, n), rng.sample(MB_REPLIES, n)):
                lines += [f"{who} {h} · {rng.randint(1, 20)}س", said,
                          f"💬 {rng.randint(0, 9)}  🔁 {rng.randint(0, 9)}  ❤ {rng.randint(0, 90)}"]
            lines.append("اعرض المزيد من الردود")
            add("replies", lines)
        elif aname == "mb_trends":
            lines = ["المتداول الآن"]
            for t in rng.sample(MB_TRENDS, 3):
                lines.append(f"{t} · {rng.randint(12, 990) / 10:.1f} ألف منشور")
            add("trends", lines)
        elif aname == "mb_follow":
            add("follow", ["قد يعجبك أيضًا"] + [f"{w} {h} · متابعة" for w, h in rng.sample(MB_REPLIERS, 2)])
        elif aname == "mb_login":
            add("login", ["سجّل الدخول إلى سرب لتنضم إلى المحادثة", "تسجيل الدخول | إنشاء حساب"])
        comp.setdefault("after", []).append(aname)

    ffmt = pick("footer")
    if ffmt == "f_id":
        add("footer", [f"© {year} {site}. Hak Cipta Dilindungi Undang-Undang." if not ctx["malay"] else
                       f"Hak Cipta © {year} {site}. Semua hak terpelihara.",
                       "Pedoman Media Siber · Kebijakan Privasi · Disclaimer"])
    elif ffmt == "f_gr":
        add("footer", [f"© {year} {site} · Όροι χρήσης · Πολιτική απορρήτου",
                       f"Αρ. Μητρώου Ηλεκτρονικού Τύπου {rng.randint(100000, 999999)}"])
    elif ffmt == "f_hj":
        add("footer", [f"{site} © {year} — جميع الحقوق محفوظة", "أعلن معنا ◇ سياسة الخصوصية ◇ تواصل معنا"])
    elif ffmt == "f_bx":
        add("footer", [f"© {year} {site}. المحتوى مرخّص للاستخدام الشخصي غير التجاري.",
                       "شروط الاستخدام | سياسة الخصوصية | بيانات السوق مقدمة من مزوّد معتمد"])
    elif ffmt == "f_pd":
        add("footer", ["-" * 72, f"© {year} {site}. يُسمح بالاقتباس مع ذكر المصدر.",
                       f"الآراء الواردة تعبّر عن {'كاتبيها' if len(authors) > 1 else 'كاتبها'} ولا تعبّر بالضرورة "
                       f"عن موقف {site}."])
    elif ffmt == "f_sr":
        add("footer", [f"{site} — جمعية غير ربحية مسجلة تحت رقم {rng.randint(1000, 9999)}/{rng.randint(1990, 2015)}",
                       "الشفافية المالية | الوظائف | اتصل بنا"])
    elif ffmt == "f_mb":
        add("footer", ["شروط الخدمة · سياسة الخصوصية · سياسة ملفات الارتباط · إمكانية الوصول",
                       f"© {year} سرب"])

    # layout
    out = []
    chrome_lines = []
    prev = None
    for g in groups:
        kind = g["kind"]
        if out and not g["glue"]:
            if not (layout == "single" and kind in ("body", "heading") and prev in ("body", "heading")):
                out.append("")
        rendered = []
        for line in g["lines"]:
            if pandoc and g["wrap"] == "para":
                rendered += wrap(line, 72)
            elif pandoc and g["wrap"] == "quote":
                rendered += ["  " + x for x in wrap(line, 70)]
            elif g["wrap"] == "quote":
                rendered.append("  " + line)
            else:
                rendered.append(line)
        out += rendered
        if g["chrome"]:
            chrome_lines += [x.strip() for x in rendered if x.strip(" -=")]
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
