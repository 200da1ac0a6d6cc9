"""The `fresh20` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh20 --n 2000 --seed 83
    python3 bench/textdump/score_dumps.py --split fresh20 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH20 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by a helper who has not read the extractor, its tests, its
fixtures or its benchmark notes (nor the sealed fresh19 module). No component
here is meant to be one of the tune, held-out, fresh, fresh2, ..., fresh18
ones (as far as gen_dumps.py, fresh17_styles.py, fresh18_styles.py and the
other modules' docstrings show). Only the aggregate rows of
`score_dumps.py --split fresh20` are ever reported; once the extractor is
changed because of anything learnt here, the split is spent.

The eight styles (`fresh20_1` ... `fresh20_7`, and `fresh20_mixed`, a
per-document random draw of the others' components) imitate text dumps of
kinds of pages the other splits do not: the Arabic service of a Caucasian or
Central Asian state news agency (Azerbaijani or Uzbek Latin chrome, the
Uzbek year-first `2024-yil 25-aprel` date, `GMT+4`, currency strips, a news
feed with clock times), a local news site from north-eastern Syria with
Kurmanji Kurdish chrome (Kurmanji weekdays and months, an electricity-rationing
schedule, bread, fuel and dollar prices, a Telegram prompt), an Arabic-language
Muslim news site from Mindanao with Filipino and English chrome (month-first
dates, `PHT`, `Ni NAME` bylines, madrasah enrolment banners, weather
advisories), the Arabic pages of a Bosnian or Sandžak Islamic community portal
(Bosnian dates with trailing dots, Bosnian Hijri month names and `h.g.`,
`Piše:`/`Autor:` bylines, `Snimio:` credits), an election-night special on a
news site (a live banner, provisional-results and counting strips with clocks,
turnout, flash lines between paragraphs, results tables, seat bars, the date
of the final results), an automotive news and test-drive site (fuel price
strips, a car search box, quick-spec and price cards between paragraphs, a
"read more" expander, comparison tables, an editor's star rating, similar
cars) and a church diocese's news site (the Gregorian date with its Julian
"eastern" twin, the liturgical season counted from Easter, the saint of the
day, service times, the next Sunday's readings with chapter-and-verse
references, a diocesan agenda with future dates). Site names, agencies,
lists, cars, parishes, people and the vocabulary are invented. The corpus
texts, the lede choice (abstract / teaser / promoted first paragraph), the
inserted headings and the other articles' titles in related blocks are the
gen_dumps.py ones.

New here: widgets `25 aprel 2024, cümə axşamı`, `2024-yil 25-aprel,
payshanba` (alone or paired with an Arabic date after `◦`), a city clock
before a dotted date (`Bakı 14:32 · 25.04.2024`), Kurmanji `Pêncşem, 25
Nîsan 2024`, a dotted Kurmanji date paired with a Levantine one, a Levantine
month with its Kurmanji name in brackets, Filipino `Huwebes, Abril 25, 2024`
(alone or paired), an English month-first date with a `PHT` clock, Bosnian
`četvrtak, 25. april 2024.` (also in capitals) and `25. april 2024. / 16.
ševval 1445. h.g.`, an election-day count before the date (`اليوم الثاني بعد
الاقتراع | …`), an apostrophe year (`25 أبريل '24`), commas before the month
and the year, abbreviated months with a dot (`25 أبر. 2024`), a year-first
numeric Hijri/Gregorian pair with `هـ`/`م`, a Gregorian Levantine date with
the Julian day `(12 نيسان شرقي)`, a `غربي — … شرقي` pair, and the
liturgical season before the date. Publication lines: `Yayımlanıb:` with
`GMT+4`, `E’lon qilindi: 2024-yil 25-aprel, soat 14:32`, `تاريخ البث:` with
`◂`, a bracketed clock first (`[14:32] 25.04.2024`), `Hate weşandin:`, `بتوقيت
دمشق`, an absolute date with the relative age in brackets, `Inilathala:`
with `AM`/`PM`, `بتوقيت مانيلا` with period words (`بعد منتصف الليل`,
`صباحًا`, `ظهرًا`, `بعد الظهر`, `مساءً`), `Posted: 04/25/2024` (month-first,
only when the day cannot be a month), `Objavljeno: 25. 4. 2024. u 14:32`, a
Bosnian-dotted Arabic line `بتوقيت سراييفو`, a Hijri-first pair with the
Gregorian after an em dash, a published-and-updated line with a clock-only
update (`نُشر … · حُدّث 16:10`), a spelled-out ordinal day (`يوم الخميس
الخامس والعشرين من أبريل 2024`), a relative-only line, a clock-first line
with `❘`, a relative age before an absolute date, `أضيف إلى الموقع:` with a
bracketed 12-hour clock and period word, `❖`-separated lines, a Julian twin
in a publication line and an unpadded year-first `2024/4/25`. Update lines:
`Yenilənib:`, `Yangilandi:`, `Hate nûkirin:`, `Na-update:`, `Ažurirano:`,
`↺ تم تحديث الخبر:`, `أُضيفت تعديلات على النص في`, clock-only `حُدّث`.
Titles: a browser-tab line `TITLE | SITE` (or with `–`/`::`) at the top, a
breadcrumb ending in the title's first words and `…`, the title repeated
after the meta lines, a link card `TITLE — SITE` with the site's address
after the body. Ledes: a deck that the body repeats whole, labels
`Xülasə:`, `Qisqacha:`, `Bi kurtasî:`, `Buod:`, `Ukratko:`, `◉ باختصار
شديد:`, `ملخص التجربة:`, `موجز الخبر:`. Captions: `◦ Foto:`, `◦ Surat:`,
`— Wêne:`, `— Kuha ni`, `| Snimio:`, `• الصورة من:`, `⎯ حقوق الصورة محفوظة
لـ`, `✚ تصوير:`. Datelines `CITY | AGENCY |`, `CITY [AGENCY]:`, `AGENCY – CITY:`.
Headings after `▪`, `➤`, `❱`, `🗳`, `⚙`, `✚`, between em dashes, or plain.
Noise: hair spaces, punctuation spaces before Arabic punctuation, word joiners
and tatweel inside body words, ZWJ inside title words, tatweel or
presentation forms in the title, separator lines holding only a ZWSP, CRLF,
BOM.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once. The browser-tab line, the breadcrumb's cut
  title and the link card are chrome; a repeat equal to the title is left out
  of the chrome list.
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its language or calendar: with two calendars or
  languages the Gregorian day; the Julian "eastern" twin, the liturgical
  season, the election-day count, a city clock and currency or price strips
  are no part of it. Counting strips with clocks, the final-results date,
  diocesan agendas, events and flash lines are no widget. Pages without a
  widget: null.
- published: the publication line's date, with `THH:MM` when it shows a time
  (12-hour clocks by `AM`/`PM`, `ص`/`م` and the period words listed above),
  whatever its language; the Gregorian date of a Hijri-first pair, never the
  Julian twin; a month-first `MM/DD/YYYY` is printed only where the day is
  over 12. A relative-only line gives null. Update lines and the clock-only
  `حُدّث` go to the extra `modified` key (not scored; a clock-only update is on
  the publication day).
- summary: a deck under the title, a lede after the meta lines or after the
  caption, or a labelled lede (label inline or on the line before; a labelled
  lede is always a lede, the label is not part of it). An unlabelled lede with
  nothing between it and the body (no meta, caption or chrome line, no
  dateline opening the body) stays a lede only when it is a teaser that the
  first paragraph repeats; a promoted first paragraph or an abstract there goes
  into the body. A deck that the body repeats whole (the first paragraph
  printed under the title and again at the body's head) is a lede when meta,
  caption or chrome lines stand between the two, and then the body keeps the
  paragraph; with nothing between, only the body's copy counts. A promoted
  first paragraph under 8 words is never a lede.
- blocks: the corpus paragraphs; headings without their marks or dashes;
  flash lines, spec and price cards, the "read more" expander, Telegram and
  enrolment prompts, events and videos between paragraphs are no blocks.
- images: the caption without its credit and label; the credit as written
  without its label (`Foto:`, `Surat:`, `Wêne:`, `Kuha ni`, `Snimio:`,
  `الصورة من:`, `حقوق الصورة محفوظة لـ`, `تصوير:`).
- sources: the items of `Mənbə:`, `Manba:`, `Çavkanî:`, `Pinagmulan:`,
  `Izvor:`, `مصادر الأرقام:`, `🔗 المصدر الأصلي:`, `المصادر ✚`; tags: the
  items of `Teqlər:`, `Teglar:`, `Etîket:`, `Mga Tag:`, `Ključne riječi:`,
  `ملفات:`, `وسوم:`, `في هذا الخبر:`.
- authors: the byline's names as printed, in order (Latin names kept in Latin
  script): two for `û`, `at`, `i`, `و` or `إعداد A وB`. A role or title before
  or after the name (`Müxbir:`, `Muxbir:`, `Nûçegihan:`, `Ni`, `Ulat ni`,
  `Autor:`, `Piše:`, `موفدنا إلى مراكز الاقتراع:`, `تجربة وكتابة:`, `الأب`,
  `الخوري`, `الأرشمندريت`, `الأخت`, `، مراسل الوكالة في CITY`, `، أستاذ العلوم
  السياسية`, `— مكتب الإعلام في الأبرشية`) is not part of it. A photographer,
  a translator, a desk, a team or an office is no author.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the body
  and those equal to the title or the summary.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh20"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
# weekday lists start on Monday, as datetime.weekday()
AZ_WD = ["bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"]
AZ_MON = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr",
          "dekabr"]
UZ_WD = ["dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba", "yakshanba"]
UZ_MON = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr", "noyabr",
          "dekabr"]
KU_WD = ["Duşem", "Sêşem", "Çarşem", "Pêncşem", "În", "Şemî", "Yekşem"]
KU_MON = ["Çile", "Sibat", "Adar", "Nîsan", "Gulan", "Hezîran", "Tîrmeh", "Tebax", "Îlon", "Cotmeh", "Mijdar",
          "Kanûn"]
TL_WD = ["Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo"]
TL_MON = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
          "Nobyembre", "Disyembre"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
BS_WD = ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"]
BS_MON = ["januar", "februar", "mart", "april", "maj", "juni", "juli", "august", "septembar", "oktobar",
          "novembar", "decembar"]
BS_HIJ = ["muharrem", "safer", "rebiu-l-evvel", "rebiu-l-ahir", "džumade-l-ula", "džumade-l-uhra", "redžeb",
          "ša'ban", "ramazan", "ševval", "zu-l-ka'de", "zu-l-hidždže"]
AR_ABBR_DOT = ["ينا.", "فبر.", "مار.", "أبر.", "ماي.", "يون.", "يول.", "أغس.", "سبت.", "أكت.", "نوف.", "ديس."]
ORD_DAY = ["", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
           "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر", "السادس عشر", "السابع عشر",
           "الثامن عشر", "التاسع عشر", "العشرين", "الحادي والعشرين", "الثاني والعشرين", "الثالث والعشرين",
           "الرابع والعشرين", "الخامس والعشرين", "السادس والعشرين", "السابع والعشرين", "الثامن والعشرين",
           "التاسع والعشرين", "الثلاثين", "الحادي والثلاثين"]
ORD_M = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن"]
HAIR = "\u200a"
PUNCSP = "\u2008"
WJ = "\u2060"
ZWJ = "\u200d"
ZWSP = "\u200b"


def hm(h, m):
    return f"{h:02d}:{m:02d}"


def period(hh):
    """The period word of a 12-hour Arabic clock (unambiguous: 0-4, 5-11, 12-13, 14-17, 18-23)."""
    if hh < 5:
        return "بعد منتصف الليل"
    if hh < 12:
        return "صباحًا"
    if hh < 14:
        return "ظهرًا"
    if hh < 18:
        return "بعد الظهر"
    return "مساءً"


def julian(d):
    """The Julian-calendar day of a Gregorian date (1900-2099: 13 days behind)."""
    return d - datetime.timedelta(days=13)


def western_easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return datetime.date(y, month, day)


def eastern_easter(y):
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month = (d + e + 114) // 31
    day = (d + e + 114) % 31 + 1
    return datetime.date(y, month, day) + datetime.timedelta(days=13)


def season(d, rite):
    """A liturgical season label for day d, or None outside Lent and the fifty days of Easter."""
    easter = eastern_easter(d.year) if rite == "or" else western_easter(d.year)
    days = (d - easter).days
    if 0 <= days < 7:
        return "أسبوع الفصح"
    if 7 <= days < 49:
        return f"الأسبوع {ORD_M[days // 7]} بعد الفصح"
    if -46 <= days < 0:
        return "زمن الصوم الكبير" if rite == "or" else "زمن الصوم"
    return None


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city, extra)]; extra: the variant (az/uz, or/ca) or the currency
SITES = {
    "tk": [("وكالة أذر-نور للأنباء", "azernur.az", "الخدمة العربية", "باكو", "az"),
           ("وكالة قافقاز برس", "qafqazpress.az", "", "باكو", "az"),
           ("وكالة سمرقند الدولية للأنباء", "samarqand-xabar.uz", "القسم العربي", "طشقند", "uz"),
           ("بوابة طوران نيوز", "turon-news.uz", "", "طشقند", "uz")],
    "kr": [("شبكة خابور نيوز", "khabour-news.net", "Nûçeyên herêmî bi erebî", "قامشلو", ""),
           ("صدى الجزيرة السورية", "sada-cizire.org", "", "الحسكة", ""),
           ("بوابة عامودا", "amude-portal.net", "أخبار المدينة والريف", "عامودا", "")],
    "ph": [("صوت بانغسامورو", "sawt-bangsamoro.ph", "Balita sa Wikang Arabe", "كوتاباتو", ""),
           ("منارة مينداناو", "manarat-mindanao.ph", "", "مراوي", ""),
           ("أخبار الجزر الجنوبية", "southisles-akhbar.ph", "Arabic news from the southern islands", "زامبوانغا", "")],
    "bs": [("البوابة الإسلامية في البوسنة", "islamportal-bih.ba", "Islamski portal na arapskom jeziku", "سراييفو",
            "ba"),
           ("منبر موستار", "minber-mostar.ba", "", "موستار", "ba"),
           ("صوت السنجق", "glas-sandzaka.rs", "Glas Sandžaka na arapskom", "نوفي بازار", "rs")],
    "el": [("الميثاق نيوز", "almithaq-news.com", "", "", ""),
           ("شبكة الاقتراع", "iqtira-net.com", "تغطية خاصة للانتخابات", "", ""),
           ("بوابة المجلس اليوم", "majlis-today.net", "", "", "")],
    "au": [("عالم المحركات", "almuharrikat.com", "كل جديد السيارات", "دبي", "درهم"),
           ("أوتو الخليج", "autokhaleej.net", "", "الرياض", "ريال"),
           ("دواسة", "dawwasa-cars.com", "أخبار وتجارب وأسعار", "القاهرة", "جنيه")],
    "ch": [("أبرشية النور", "abrashiyat-alnour.org", "الموقع الرسمي", "بيروت", "or"),
           ("صوت الرعية", "sawt-alraiya.org", "أخبار كنسية ومسكونية", "عمّان", "ca"),
           ("مطرانية الينبوع", "yanbou-diocese.org", "", "حلب", "or"),
           ("رعية القديسة حنة", "st-hanna-parish.org", "", "الناصرة", "ca")],
}
PEOPLE = {"tk": ["إلشاد قاسيموف", "نرمين علييفا", "رشاد محمدلي", "سفدا حسنوفا", "فاروخ يوسوبوف", "ديلنوزا رحيموفا",
                 "شوخرت نازاروف", "مالوخات كريموفا"],
          "kr": ["هفال أحمد", "روجين محمد", "دلشاد عثمان", "بيريفان خليل", "آزاد حسو", "نارين عمر"],
          "ph": ["نورهايدا أمباسو", "جمال ساليك باراتو", "سيتي رحمة دالومبا", "أمين الله قاسان", "فاطمة سيري لكمان"],
          "bs": ["أمير حاجيتش", "سلمى بيغيتش", "كنان موسيتش", "أمرا جولوفيتش", "هارون مليكيتش", "أمينة كرهو"],
          "el": ["طارق بن عيسى", "منال الحوسني", "أيمن الخطابي", "رزان المومني", "سامر عودة", "هديل الشريف"],
          "au": ["كريم الصباغ", "لينا فرحات", "ماجد العوضي", "ريتا غصوب", "فارس الجابري", "نور الهدى سليم"],
          "ch": ["يوحنا الحداد", "إلياس نصّور", "جورج مخول", "ميشال عبود", "ماري تريز الخوري", "رلى شاهين",
                 "بطرس سمعان"]}
FEMALE = {"نرمين علييفا", "سفدا حسنوفا", "ديلنوزا رحيموفا", "مالوخات كريموفا", "روجين محمد", "بيريفان خليل",
          "نارين عمر", "نورهايدا أمباسو", "سيتي رحمة دالومبا", "فاطمة سيري لكمان", "سلمى بيغيتش", "أمرا جولوفيتش",
          "أمينة كرهو", "منال الحوسني", "رزان المومني", "هديل الشريف", "لينا فرحات", "ريتا غصوب",
          "نور الهدى سليم", "ماري تريز الخوري", "رلى شاهين"}
LATIN = {"az": ["Elşad Qasımov", "Nərmin Əliyeva", "Rəşad Məmmədli", "Sevda Həsənova", "Tural Abbaslı"],
         "uz": ["Farrux Yusupov", "Dilnoza Rahimova", "Shuhrat Nazarov", "Maloxat Karimova", "Jasur To‘xtayev"],
         "kr": ["Heval Ehmed", "Rojîn Mihemed", "Dilşad Osman", "Berîvan Xelîl", "Azad Heso"],
         "ph": ["Norhaida Ampaso", "Jamal Salik Barato", "Sittie Rahma Dalomba", "Aminullah Kasan",
                "Fatima Siri Lakman"],
         "bs": ["Amir Hadžić", "Selma Begić", "Kenan Musić", "Emra Džulović", "Harun Melkić"]}
SECTIONS = {"tk": ["سياسة", "اقتصاد", "العالم العربي", "ثقافة وسياحة", "طاقة"],
            "kr": ["Nûçe", "المدن والنواحي", "اقتصاد محلي", "Civak"],
            "ph": ["Balita", "Bangsamoro", "Edukasyon", "العالم الإسلامي"],
            "bs": ["Vijesti", "Bosna i Hercegovina", "Svijet", "أخبار المشيخة", "Obrazovanje"],
            "el": ["الانتخابات", "النتائج", "تحليلات", "الدوائر"],
            "au": ["أخبار السيارات", "تجارب القيادة", "السيارات الكهربائية", "مقارنات"],
            "ch": ["أخبار الأبرشية", "الكنيسة في العالم", "روحيات", "الشبيبة"]}
NAV = {"az": ["Əsas səhifə", "Siyasət", "İqtisadiyyat", "Dünya", "العالم العربي", "Mədəniyyət", "Foto", "Video",
              "Əlaqə"],
       "uz": ["Bosh sahifa", "Siyosat", "Iqtisodiyot", "Jahon", "العالم العربي", "Madaniyat", "Foto", "Video",
              "Aloqa"],
       "kr": ["Destpêk", "Nûçe", "Rojava", "Sûriye", "Aborî", "Çand", "Werzîş", "أخبار المدينة", "Têkilî"],
       "ph": ["Home", "Balita", "Bangsamoro", "Edukasyon", "Kalusugan", "Palakasan", "العالم الإسلامي",
              "Makipag-ugnayan"],
       "bs": ["Naslovna", "Vijesti", "BiH", "Svijet", "Islam", "Obrazovanje", "Kultura", "أخبار المشيخة", "Kontakt"],
       "el": ["الرئيسية", "النتائج مباشرة", "الدوائر", "المرشحون", "تحليلات", "خريطة التصويت", "أرشيف الانتخابات"],
       "au": ["الرئيسية", "أخبار", "تجارب القيادة", "الأسعار", "كهربائية", "مقارنات", "Reviews", "Specs",
              "سيارات مستعملة"],
       "ch": ["الرئيسية", "أخبار الأبرشية", "الرعايا", "روحيات", "الشبيبة", "القراءات اليومية", "التقويم الكنسي",
              "اتصل بنا"]}
CAPTIONS = {"tk": ["مشهد عام لوسط المدينة", "مؤتمر صحفي في قاعة رسمية", "مبنى البرلمان في العاصمة",
                   "واجهة بحرية عند المساء", "جانب من المعرض الدولي للطاقة", "وفد رسمي لدى وصوله إلى المطار"],
            "kr": ["سوق شعبي في ساعات الصباح", "حقول قمح عند أطراف القرية", "طابور أمام أحد الأفران",
                   "مولدة كهرباء في حي سكني", "طريق ريفي بعد المطر", "أطفال في صف دراسي"],
            "ph": ["طلاب في ساحة مدرسة دينية", "مسجد على شاطئ البحر", "قوارب صيد عند الفجر",
                   "مؤتمر صحفي في قاعة رسمية", "أطفال في صف دراسي", "سوق شعبي في ساعات الصباح"],
            "bs": ["مسجد قديم على ضفة النهر", "جسر حجري في وسط المدينة", "طلاب في ساحة مدرسة دينية",
                   "مشهد عام لوسط المدينة", "جانب من محاضرة في المركز الثقافي"],
            "el": ["ناخبون في طابور أمام مركز اقتراع", "صناديق اقتراع شفافة على طاولة", "موظفون خلال عملية الفرز",
                   "مبنى البرلمان في العاصمة", "أنصار إحدى القوائم يحتفلون"],
            "au": ["سيارة رياضية في صالة عرض", "لوحة عدادات سيارة حديثة", "مقصورة القيادة من الداخل",
                   "سيارة كهربائية أثناء الشحن", "اختبار على حلبة مغلقة"],
            "ch": ["مصلون أمام كنيسة حجرية قديمة", "جوقة الرعية خلال قداس الأحد", "شموع مضاءة أمام أيقونة",
                   "لقاء الشبيبة في قاعة الرعية", "مشهد عام لوسط المدينة"]}
CREDITS = {"tk": ["Fotoxronika", "Mətbuat xidməti", "Arxiv", "Rəsmi sayt"],
           "uz": ["Foto: arxiv", "Matbuot xizmati", "Rasmiy sayt", "Agentlik fotomuxbiri"],
           "kr": ["Arşîv", "Ajansa me", "Hevpeyvîn", "Kamera ya torê"],
           "ph": ["Bangsamoro Photo Desk", "Arkibo", "Larawan ng Opisina", "Jamal S. Barato"],
           "bs": ["Arhiv portala", "Foto služba", "H. Melkić", "Press služba"],
           "el": ["غرفة الأخبار", "أرشيف الشبكة", "مكتب الإعلام الانتخابي", "مصور الشبكة"],
           "au": ["الشركة المصنّعة", "الوكيل المحلي", "أرشيف الموقع", "فريق التجارب"],
           "ch": ["إعلام الأبرشية", "أرشيف الرعية", "مكتب الإعلام", "الشماس جوزيف"]}
LEDE_LABEL = {"az": "Xülasə:", "uz": "Qisqacha:", "kr": "Bi kurtasî:", "ph": "Buod:", "bs": "Ukratko:",
              "el": "◉ باختصار شديد:", "au": "ملخص التجربة:", "ch": "موجز الخبر:"}
HOME = {"az": "Əsas səhifə", "uz": "Bosh sahifa", "kr": "Destpêk", "ph": "Home", "bs": "Naslovna", "el": "الرئيسية",
        "au": "الرئيسية", "ch": "الرئيسية"}
KR_COMMENTERS = ["Xebat", "أبو آزاد", "Jînda", "ابن عامودا", "Şêrko"]
KR_COMMENTS = ["Spas ji bo nûçeyê", "الله يعطيكم العافية", "نرجو متابعة موضوع الكهرباء", "Bijî", "خبر مهم للأهالي"]
PH_COMMENTERS = ["Abu Hamid", "نور الهدى", "Datu M.", "Ustadz Kamid", "Bai Sahara"]
PH_COMMENTS = ["Alhamdulillah, salamat sa balita", "جزاكم الله خيرًا", "Sana ma-update pa ito",
               "نريد المزيد من أخبار المدارس", "Maraming salamat po"]
BS_COMMENTERS = ["Emir S.", "أبو عمر", "Lejla", "Nedim iz Zenice", "Mirza"]
BS_COMMENTS = ["Hvala na informaciji", "بارك الله فيكم", "Lijepo je vidjeti ovakve vijesti", "نرجو الترجمة للبوسنية",
               "Allah nagradio"]
AU_COMMENTERS = ["أبو سلطان", "Ahmad R.", "عاشق السرعة", "م. خالد", "سائق قديم"]
AU_COMMENTS = ["السعر مبالغ فيه مقارنة بالمنافسين", "هل تتوفر نسخة هجينة؟", "جربتها وكانت ممتازة على الطريق السريع",
               "متى تصل إلى الوكالة؟", "التصميم الداخلي أجمل من الخارجي"]
AU_CARS = [("نوفا جي تي", "2.0 لتر توربو", 245), ("أطلس كروس", "2.5 لتر", 190), ("ريغال إس", "3.0 لتر V6", 340),
           ("فالكو إي في", "محركان كهربائيان", 402), ("تيرا بيك أب", "2.8 لتر ديزل", 201),
           ("لونا سيتي", "1.5 لتر", 115)]
EL_LISTS = ["قائمة الأمل", "تحالف النهضة", "كتلة الوفاق", "المستقلون", "قائمة العهد", "حركة التجديد"]
EL_DISTRICTS = ["الدائرة الأولى", "الدائرة الثانية", "الدائرة الثالثة", "الدائرة الرابعة", "الدائرة الخامسة"]
EL_CANDS = ["سليم الراشد", "وداد الكبيسي", "مازن قعوار", "نجلاء السعيدي", "فيصل الدرعي", "عبير المهيري"]
CH_SAINTS = ["القديس جاورجيوس اللابس الظفر", "القديسة بربارة", "القديس يوحنا الذهبي الفم", "القديس نيقولاوس",
             "القديسة تقلا", "القديس إلياس", "القديسة مارينا", "القديس مار شربل"]
CH_EPISTLES = ["رومية 8: 28-39", "1 كورنثوس 13: 1-13", "أفسس 2: 14-22", "أعمال الرسل 2: 1-11", "غلاطية 5: 22-26",
               "عبرانيين 11: 1-6"]
CH_GOSPELS = ["يوحنا 6: 35-39", "لوقا 10: 38-42", "متى 5: 1-12", "مرقس 4: 35-41", "يوحنا 20: 19-31", "لوقا 24: 13-35"]
CH_EVENTS = ["رياضة روحية للشبيبة", "سهرة إنجيلية", "لقاء الأخويات", "قداس الشكر للطلاب", "مسيرة الشعانين",
             "حفل جوقة الرعية"]
CH_PLACES = ["دير سيدة الينبوع", "كنيسة مار إلياس", "قاعة الرعية", "مدرسة القديسة حنة"]


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `mid` and `after` are
# ordered (component, probability) pairs.
NBASE = dict(site="tk", pre=[], header=[], widget=[None], kicker=0.0, title_form=["plain"], title_noise=[None],
             byline=[None], publine=[None], update=0.0, counter=0.0, lede=[None], lede_place=["deck"], caption=0.0,
             caption_fmt=["c_tk"], headings=0.0, heading_fmt=["h_plain"], dateline=[None], mid=[], after=[],
             footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0)

STYLES = {
    "fresh20_1": dict(site="tk", pre=[("tk_app", 0.35)],
                      header=[("tk_lang", 0.8), ("site_name", 1.0), ("widget", 0.85), ("tk_rates", 0.5),
                              ("nav", 0.9), ("tk_flash", 0.4)],
                      widget=["w_tk_native", "w_tk_pair", "w_tk_clock"], kicker=0.3,
                      title_form=["plain", "plain", "tab", "crumb"], title_noise=[None, None, "zwj"],
                      byline=["b_tk_muxbir", "b_tk_city", "b_tk_photo", "b_tk_desk", None],
                      publine=["p_tk_native", "p_tk_ar", "p_tk_stamp"], update=0.3, counter=0.4,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_caption", "dup"],
                      caption=0.7, caption_fmt=["c_tk"], headings=0.35, heading_fmt=["h_square", "h_plain"],
                      dateline=["dl_pipe", "dl_first", None], mid=[("tk_also", 0.5), ("tk_video", 0.3)],
                      after=[("tk_tags", 0.55), ("tk_src", 0.5), ("tk_share", 0.6), ("tk_feed", 0.5),
                             ("tk_sub", 0.3)],
                      footer=["f_tk"], layout=["blank", "blank", "single"], body_noise=[None, None, "hair"]),
    "fresh20_2": dict(site="kr", pre=[("kr_tg_top", 0.35)],
                      header=[("kr_lang", 0.7), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.85),
                              ("kr_power", 0.5), ("kr_prices", 0.45)],
                      widget=["w_kr_native", "w_kr_pair", "w_kr_brk"], kicker=0.4,
                      title_form=["plain", "plain", "repeat", "tab"], title_noise=[None, None, "tatweel"],
                      byline=["b_kr_native", "b_kr_two", "b_kr_pen", "b_kr_desk", None],
                      publine=["p_kr_native", "p_kr_ar", "p_kr_rel"], update=0.3, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_meta"],
                      caption=0.7, caption_fmt=["c_kr"], headings=0.35, heading_fmt=["h_dashes"],
                      dateline=["dl_bracket", None], mid=[("kr_read", 0.5), ("kr_tg", 0.4)],
                      after=[("kr_tags", 0.5), ("kr_src", 0.45), ("kr_share", 0.65), ("kr_related", 0.55),
                             ("kr_comments", 0.35)],
                      footer=["f_kr"], layout=["blank", "zwsp"], body_noise=[None, "kashida"], crlf=0.2),
    "fresh20_3": dict(site="ph", pre=[("ph_cookie", 0.45)],
                      header=[("ph_lang", 0.6), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("ph_weather", 0.4)],
                      widget=["w_ph_native", "w_ph_en", "w_ph_pair"], kicker=0.4,
                      title_form=["plain", "crumb", "card"], title_noise=[None, None, "pf"],
                      byline=["b_ph_ni", "b_ph_two", "b_ph_ulat", "b_ph_ar", "b_ph_desk", None],
                      publine=["p_ph_native", "p_ph_ar", "p_ph_posted"], update=0.3, counter=0.3,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_meta", "dup"],
                      caption=0.75, caption_fmt=["c_ph"], headings=0.35, heading_fmt=["h_arrow"],
                      dateline=["dl_pipe", None], mid=[("ph_basahin", 0.5), ("ph_enroll", 0.35)],
                      after=[("ph_tags", 0.5), ("ph_src", 0.45), ("ph_share", 0.7), ("ph_related", 0.5),
                             ("ph_comments", 0.4)],
                      footer=["f_ph"], layout=["blank", "single"], body_noise=[None, "wj"]),
    "fresh20_4": dict(site="bs", pre=[("bs_cookie", 0.5)],
                      header=[("bs_lang", 0.6), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("bs_donate", 0.35)],
                      widget=["w_bs_native", "w_bs_hij", "w_bs_caps"], kicker=0.4,
                      title_form=["plain", "plain", "tab", "repeat"], title_noise=[None, None, "zwj"],
                      byline=["b_bs_autor", "b_bs_pise", "b_bs_two", "b_bs_trans", "b_bs_desk", None],
                      publine=["p_bs_native", "p_bs_ar", "p_bs_hij"], update=0.3, counter=0.4,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_caption"],
                      caption=0.7, caption_fmt=["c_bs"], headings=0.35, heading_fmt=["h_chev"],
                      dateline=["dl_bracket", "dl_first", None], mid=[("bs_procitaj", 0.5), ("bs_mekteb", 0.3)],
                      after=[("bs_tags", 0.5), ("bs_src", 0.45), ("bs_share", 0.6), ("bs_related", 0.5),
                             ("bs_most", 0.4), ("bs_comments", 0.35)],
                      footer=["f_bs"], layout=["blank"], body_noise=[None, "puncsp"], bom=0.25),
    "fresh20_5": dict(site="el", pre=[("el_alert", 0.4)],
                      header=[("el_banner", 0.8), ("site_name", 1.0), ("widget", 0.8), ("nav", 0.85),
                              ("el_strip", 0.6), ("el_count", 0.55)],
                      widget=["w_el_day", "w_el_apos", "w_el_comma"], kicker=0.5,
                      title_form=["plain", "plain", "card", "tab"], title_noise=[None],
                      byline=["b_el_envoy", "b_el_team", "b_el_analyst", "b_el_desk", None],
                      publine=["p_el_pubupd", "p_el_pubupd", "p_el_words", "p_el_rel"], update=0.45, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_meta"],
                      caption=0.55, caption_fmt=["c_el"], headings=0.4, heading_fmt=["h_ballot", "h_plain"],
                      dateline=["dl_first", None], mid=[("el_flash", 0.55), ("el_turnout", 0.4)],
                      after=[("el_table", 0.5), ("el_seats", 0.45), ("el_explain", 0.3), ("el_map", 0.3),
                             ("el_next", 0.45), ("el_tags", 0.5), ("el_src", 0.5), ("el_disclaimer", 0.5)],
                      footer=["f_el"], layout=["blank", "blank", "single"], body_noise=[None]),
    "fresh20_6": dict(site="au", pre=[("au_offer", 0.4)],
                      header=[("au_fuel", 0.6), ("site_name", 1.0), ("widget", 0.75), ("nav", 0.9),
                              ("au_search", 0.45)],
                      widget=["w_au_abbr", "w_au_gulf"], kicker=0.5,
                      title_form=["plain", "crumb", "repeat", "card"], title_noise=[None, None, "tatweel"],
                      byline=["b_au_test", "b_au_two", "b_au_photo", "b_au_desk", None],
                      publine=["p_au_tfirst", "p_au_since", "p_au_added"], update=0.3, counter=0.45,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_inline", "after_caption", "dup"],
                      caption=0.8, caption_fmt=["c_au"], headings=0.45, heading_fmt=["h_gear"],
                      dateline=[None], mid=[("au_specs", 0.5), ("au_price", 0.45), ("au_more", 0.35),
                                            ("au_book", 0.3)],
                      after=[("au_compare", 0.45), ("au_rating", 0.5), ("au_similar", 0.45), ("au_tags", 0.5),
                             ("au_src", 0.4), ("au_news", 0.4), ("au_comments", 0.4)],
                      footer=["f_au"], layout=["blank", "zwsp", "single"], body_noise=[None, "hair"], crlf=0.2),
    "fresh20_7": dict(site="ch", pre=[("ch_candle", 0.3)],
                      header=[("ch_saint", 0.6), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                              ("ch_mass", 0.45)],
                      widget=["w_ch_jul", "w_ch_wg", "w_ch_season"], kicker=0.4,
                      title_form=["plain", "plain", "crumb", "repeat"], title_noise=[None, None, "pf"],
                      byline=["b_ch_clergy", "b_ch_office", "b_ch_two", "b_ch_desk", None],
                      publine=["p_ch_star", "p_ch_jul", "p_ch_num"], update=0.25, counter=0.35,
                      lede=["abstract", "teaser", "promoted", None],
                      lede_place=["deck", "label_line", "after_meta", "after_caption"],
                      caption=0.7, caption_fmt=["c_ch"], headings=0.4, heading_fmt=["h_cross"],
                      dateline=["dl_bracket", None], mid=[("ch_also", 0.45), ("ch_event", 0.4)],
                      after=[("ch_readings", 0.45), ("ch_agenda", 0.45), ("ch_tags", 0.5), ("ch_src", 0.45),
                             ("ch_share", 0.55), ("ch_related", 0.45), ("ch_donate", 0.35)],
                      footer=["f_ch"], layout=["blank", "blank", "single"], body_noise=[None, "puncsp"], bom=0.2),
    "fresh20_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["tk_lang", "kr_lang", "ph_lang", "bs_lang", "el_banner", "au_fuel", "ch_saint", "site_name",
                "widget", "tk_rates", "nav", "tk_flash", "kr_power", "kr_prices", "ph_weather", "bs_donate",
                "el_strip", "el_count", "au_search", "ch_mass"]
HEAD_POOL = ["tk_lang", "kr_lang", "ph_lang", "bs_lang", "el_banner", "au_fuel", "ch_saint", "tk_rates", "tk_flash",
             "kr_power", "kr_prices", "ph_weather", "bs_donate", "el_strip", "el_count", "au_search", "ch_mass"]
PRE_POOL = ["tk_app", "kr_tg_top", "ph_cookie", "bs_cookie", "el_alert", "au_offer", "ch_candle"]
MID_POOL = ["tk_also", "tk_video", "kr_read", "kr_tg", "ph_basahin", "ph_enroll", "bs_procitaj", "bs_mekteb",
            "el_flash", "el_turnout", "au_specs", "au_price", "au_more", "au_book", "ch_also", "ch_event"]
AFTER_POOL = ["tk_tags", "tk_src", "tk_share", "tk_feed", "tk_sub", "kr_tags", "kr_src", "kr_share", "kr_related",
              "kr_comments", "ph_tags", "ph_src", "ph_share", "ph_related", "ph_comments", "bs_tags", "bs_src",
              "bs_share", "bs_related", "bs_most", "bs_comments", "el_table", "el_seats", "el_explain", "el_map",
              "el_next", "el_tags", "el_src", "el_disclaimer", "au_compare", "au_rating", "au_similar", "au_tags",
              "au_src", "au_news", "au_comments", "ch_readings", "ch_agenda", "ch_tags", "ch_src", "ch_share",
              "ch_related", "ch_donate"]
CHOICES = dict(widget=["w_tk_native", "w_tk_pair", "w_tk_clock", "w_kr_native", "w_kr_pair", "w_kr_brk",
                       "w_ph_native", "w_ph_en", "w_ph_pair", "w_bs_native", "w_bs_hij", "w_bs_caps", "w_el_day",
                       "w_el_apos", "w_el_comma", "w_au_abbr", "w_au_gulf", "w_ch_jul", "w_ch_wg", "w_ch_season",
                       None],
               byline=["b_tk_muxbir", "b_tk_city", "b_tk_photo", "b_tk_desk", "b_kr_native", "b_kr_two", "b_kr_pen",
                       "b_kr_desk", "b_ph_ni", "b_ph_two", "b_ph_ulat", "b_ph_ar", "b_ph_desk", "b_bs_autor",
                       "b_bs_pise", "b_bs_two", "b_bs_trans", "b_bs_desk", "b_el_envoy", "b_el_team", "b_el_analyst",
                       "b_el_desk", "b_au_test", "b_au_two", "b_au_photo", "b_au_desk", "b_ch_clergy", "b_ch_office",
                       "b_ch_two", "b_ch_desk", None],
               publine=["p_tk_native", "p_tk_ar", "p_tk_stamp", "p_kr_native", "p_kr_ar", "p_kr_rel", "p_ph_native",
                        "p_ph_ar", "p_ph_posted", "p_bs_native", "p_bs_ar", "p_bs_hij", "p_el_pubupd", "p_el_words",
                        "p_el_rel", "p_au_tfirst", "p_au_since", "p_au_added", "p_ch_star", "p_ch_jul", "p_ch_num",
                        None],
               caption_fmt=["c_tk", "c_kr", "c_ph", "c_bs", "c_el", "c_au", "c_ch"],
               lede_place=["deck", "after_meta", "after_caption", "label_inline", "label_line", "dup"],
               heading_fmt=["h_plain", "h_square", "h_dashes", "h_arrow", "h_chev", "h_ballot", "h_gear", "h_cross"],
               dateline=["dl_pipe", "dl_bracket", "dl_first", None],
               footer=["f_tk", "f_kr", "f_ph", "f_bs", "f_el", "f_au", "f_ch", None],
               body_noise=[None, "hair", "puncsp", "wj", "kashida"],
               title_noise=[None, "zwj", "tatweel", "pf"],
               title_form=["plain", "tab", "crumb", "repeat", "card"])
BASES = [f"fresh20_{k}" for k in range(1, 8)]


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
    spec["layout"] = [rng.choice(["blank", "blank", "single", "zwsp"])]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
def fmt_widget(fmt, d, rng, ctx):
    """Lines of the site's header date widget for day d (the crawl day)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    az = ctx["tk"] == "az"
    if fmt == "w_tk_native":
        return [f"{day} {AZ_MON[m]} {y}, {AZ_WD[wk]}" if az else f"{y}-yil {day}-{UZ_MON[m]}, {UZ_WD[wk]}"]
    if fmt == "w_tk_pair":
        native = f"{day} {AZ_MON[m]} {y}" if az else f"{y}-yil {day}-{UZ_MON[m]}"
        return [f"{native} ◦ {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_tk_clock":
        clock = hm(rng.randint(6, 23), rng.randint(0, 59))
        return [f"{'Bakı' if az else 'Toshkent'} {clock} · {day:02d}.{m + 1:02d}.{y}"]
    if fmt == "w_kr_native":
        return [f"{KU_WD[wk]}, {day} {KU_MON[m]} {y}"]
    if fmt == "w_kr_pair":
        return [f"{KU_WD[wk]} {day:02d}.{m + 1:02d}.{y} — {wd} {day} {G.LEV[m]} {y}"]
    if fmt == "w_kr_brk":
        return [f"{wd} {day} {G.LEV[m]} ({KU_MON[m]}) {y}"]
    if fmt == "w_ph_native":
        return [f"{TL_WD[wk]}, {TL_MON[m]} {day}, {y}"]
    if fmt == "w_ph_en":
        return [f"{EN_WD[wk]}, {EN_MON[m]} {day}, {y} | PHT {hm(rng.randint(6, 23), rng.randint(0, 59))}"]
    if fmt == "w_ph_pair":
        return [f"{TL_WD[wk]}, {TL_MON[m]} {day}, {y} • {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_bs_native":
        return [f"{BS_WD[wk]}, {day}. {BS_MON[m]} {y}."]
    if fmt == "w_bs_hij":
        hy, hmo, hd = G.hijri(d)
        return [f"{day}. {BS_MON[m]} {y}. / {hd}. {BS_HIJ[hmo - 1]} {hy}. h.g."]
    if fmt == "w_bs_caps":
        return [f"{BS_WD[wk].upper()}, {day}. {BS_MON[m].upper()} {y}."]
    if fmt == "w_el_day":
        k = ctx["vote_gap"]
        lead = "يوم الاقتراع" if k == 0 else f"اليوم {ORD_M[k - 1]} بعد الاقتراع"
        return [f"{lead} | {wd} {day} {G.EG[m]} {y}"]
    if fmt == "w_el_apos":
        return [f"{wd} {day} {G.EG[m]} '{y % 100:02d}"]
    if fmt == "w_el_comma":
        return [f"{wd}، {day} {G.EG[m]}، {y}"]
    if fmt == "w_au_abbr":
        return [f"{wd} | {day} {AR_ABBR_DOT[m]} {y}"]
    if fmt == "w_au_gulf":
        hy, hmo, hd = G.hijri(d)
        return [f"{wd} {hy}/{hmo:02d}/{hd:02d} هـ - {y}/{m + 1:02d}/{day:02d} م"]
    if fmt == "w_ch_season":
        label = season(d, ctx["ch"])
        if label:
            return [f"{wd} — {label} — {day} {G.LEV[m]} {y}"]
        fmt = "w_ch_jul"
    j = julian(d)
    if fmt == "w_ch_jul":
        return [f"{wd} {day} {G.LEV[m]} {y} ({j.day} {G.LEV[j.month - 1]} شرقي)"]
    if fmt == "w_ch_wg":
        return [f"{day} {G.LEV[m]} {y} غربي — {j.day} {G.LEV[j.month - 1]} {j.year} شرقي"]
    raise ValueError(fmt)


def rel_age(pub, tm, crawl, rng):
    """How long ago, as the page says it on the crawl day."""
    gap = (crawl - pub).days
    if gap == 0:
        if tm and tm[0] < 23:
            n = rng.randint(1, max(1, min(9, 23 - tm[0])))
        else:
            n = rng.randint(1, 3)
        return "منذ ساعة" if n == 1 else "منذ ساعتين" if n == 2 else f"منذ {n} ساعات"
    if gap == 1:
        return "منذ يوم"
    if gap == 2:
        return "منذ يومين"
    return f"منذ {gap} أيام"


def fmt_publine(fmt, d, tm, rng, ctx):
    """Where and how the publication date shows: dict(meta=[meta lines], value=published truth or None)."""
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(meta=[], value=full, fmt=fmt)
    az = ctx["tk"] == "az"
    if fmt == "p_ph_posted" and day <= 12:
        fmt = out["fmt"] = "p_ph_native"  # month-first numeric dates only where the day cannot be a month
    if tm:
        hh, mi = tm
        h12 = G.h12(hh)
    if fmt == "p_tk_native":
        if az:
            out["meta"] = [f"Yayımlanıb: {day} {AZ_MON[m]} {y}" + (f", {hm(*tm)} (GMT+4)" if tm else "")]
        else:
            out["meta"] = [f"E’lon qilindi: {y}-yil {day}-{UZ_MON[m]}" + (f", soat {hm(*tm)}" if tm else "")]
    elif fmt == "p_tk_ar":
        out["meta"] = [f"تاريخ البث: {day} {G.EG[m]} {y}" + (f" ◂ {hm(*tm)} (GMT+{4 if az else 5})" if tm else "")]
    elif fmt == "p_tk_stamp":
        out["meta"] = [(f"[{hm(*tm)}] " if tm else "") + f"{day:02d}.{m + 1:02d}.{y}"]
    elif fmt == "p_kr_native":
        out["meta"] = [f"Hate weşandin: {day:02d}.{m + 1:02d}.{y}" + (f" - {hm(*tm)}" if tm else "")]
    elif fmt == "p_kr_ar":
        out["meta"] = [f"نُشر يوم {wd} {day} {G.LEV[m]} {y}" + (f" عند {hm(*tm)} بتوقيت دمشق" if tm else "")]
    elif fmt == "p_kr_rel":
        age = rel_age(d, tm, ctx["crawl"], rng)
        out["meta"] = [f"⏱ {day} {G.LEV[m]} {y}" + (f"، {hm(*tm)}" if tm else "") + f" ({age})"]
    elif fmt == "p_ph_native":
        out["meta"] = [f"Inilathala: {TL_MON[m]} {day}, {y}" +
                       (f", {h12}:{mi:02d} {'AM' if hh < 12 else 'PM'}" if tm else "")]
    elif fmt == "p_ph_ar":
        out["meta"] = [f"نُشر في {day} {G.EG[m]} {y}" +
                       (f" الساعة {h12}:{mi:02d} {period(hh)} بتوقيت مانيلا" if tm else "")]
    elif fmt == "p_ph_posted":
        out["meta"] = [f"Posted: {m + 1:02d}/{day:02d}/{y}" + (f" {hm(*tm)} PHT" if tm else "")]
    elif fmt == "p_bs_native":
        out["meta"] = [f"Objavljeno: {day}. {m + 1}. {y}." + (f" u {hm(*tm)}" if tm else "")]
    elif fmt == "p_bs_ar":
        out["meta"] = [f"تاريخ النشر: {day}.{m + 1}.{y}." + (f" | {hm(*tm)} (بتوقيت سراييفو)" if tm else "")]
    elif fmt == "p_bs_hij":
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"{hd} {G.HIJ[hmo - 1]} {hy} هـ — {day} {G.EG[m]} {y} م" + (f"، {hm(*tm)}" if tm else "")]
    elif fmt == "p_el_pubupd":
        out["meta"] = [f"نُشر {day:02d}/{m + 1:02d}/{y}" + (f" {hm(*tm)}" if tm else "")]
    elif fmt == "p_el_words":
        out["meta"] = [f"صدر الخبر يوم {wd} {ORD_DAY[day]} من {G.EG[m]} {y}" +
                       (f" عند الساعة {hm(*tm)}" if tm else "")]
    elif fmt == "p_el_rel":
        out["value"] = None
        if (ctx["crawl"] - d).days == 0 and tm:
            out["meta"] = [f"نُشر قبل {rng.randint(5, 55)} دقيقة"]
        else:
            out["meta"] = [f"نُشر {rel_age(d, tm, ctx['crawl'], rng)}"]
    elif fmt == "p_au_tfirst":
        out["meta"] = [(f"{hm(*tm)} ❘ " if tm else "") + f"{day} {AR_ABBR_DOT[m]} {y}"]
    elif fmt == "p_au_since":
        age = rel_age(d, tm, ctx["crawl"], rng)
        out["meta"] = [f"منشور {age} — {day} {G.EG[m]} {y}" +
                       (f"، {h12}:{mi:02d} {'ص' if hh < 12 else 'م'}" if tm else "")]
    elif fmt == "p_au_added":
        out["meta"] = [f"أضيف إلى الموقع: {wd} {day} {G.EG[m]} {y}" +
                       (f" ({h12:02d}:{mi:02d} {period(hh)})" if tm else "")]
    elif fmt == "p_ch_star":
        out["meta"] = [f"تاريخ النشر ❖ {day} {G.LEV[m]} {y}" + (f" ❖ {hm(*tm)}" if tm else "")]
    elif fmt == "p_ch_jul":
        j = julian(d)
        out["meta"] = [f"في {day} {G.LEV[m]} {y} ({j.day} {G.LEV[j.month - 1]} شرقي)" + (f"، {hm(*tm)}" if tm else "")]
    elif fmt == "p_ch_num":
        out["meta"] = [f"{y}/{m + 1}/{day}" + (f" – {hm(*tm)}" if tm else "")]
    else:
        raise ValueError(fmt)
    return out


UPDATE_OF = {"p_tk_native": "u_tk", "p_tk_ar": "u_tk", "p_tk_stamp": "u_tk", "p_kr_native": "u_kr",
             "p_kr_ar": "u_kr", "p_kr_rel": "u_kr", "p_ph_native": "u_ph", "p_ph_ar": "u_ph", "p_ph_posted": "u_ph",
             "p_bs_native": "u_bs", "p_bs_ar": "u_bs", "p_bs_hij": "u_bs", "p_el_pubupd": "u_el_clock",
             "p_el_words": "u_el_line", "p_au_tfirst": "u_au", "p_au_since": "u_au", "p_au_added": "u_au",
             "p_ch_star": "u_ch", "p_ch_jul": "u_ch", "p_ch_num": "u_ch"}


def fmt_update(ufmt, pub, tm, crawl, rng, ctx):
    """(text, modified truth) of an update no later than the crawl day; (None, None) without room.
    The clock-only updates stay on the publication day."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    clock_only = ufmt in ("u_el_clock", "u_el_line")
    if clock_only and not tm:
        return None, None
    last = pub if clock_only else crawl
    room = int((datetime.datetime(last.year, last.month, last.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 30)))
    d, hh, mi = u.date(), u.hour, u.minute
    val = f"{d.isoformat()}T{hm(hh, mi)}"
    if ufmt == "u_el_clock":
        return f" · حُدّث {hm(hh, mi)}", val
    if ufmt == "u_el_line":
        return f"حُدّث عند {hm(hh, mi)}", val
    if ufmt == "u_tk":
        line = (f"Yenilənib: {d.day} {AZ_MON[d.month - 1]} {d.year}, {hm(hh, mi)}" if ctx["tk"] == "az" else
                f"Yangilandi: {d.day:02d}.{d.month:02d}.{d.year} {hm(hh, mi)}")
    elif ufmt == "u_kr":
        line = f"Hate nûkirin: {d.day:02d}.{d.month:02d}.{d.year} - {hm(hh, mi)}"
    elif ufmt == "u_ph":
        line = f"Na-update: {TL_MON[d.month - 1]} {d.day}, {d.year}, {G.h12(hh)}:{mi:02d} {'AM' if hh < 12 else 'PM'}"
    elif ufmt == "u_bs":
        line = f"Ažurirano: {d.day}. {d.month}. {d.year}. u {hm(hh, mi)}"
    elif ufmt == "u_au":
        line = f"↺ تم تحديث الخبر: {d.day} {AR_ABBR_DOT[d.month - 1]} {d.year} {hm(hh, mi)}"
    else:
        line = f"أُضيفت تعديلات على النص في {d.day} {G.LEV[d.month - 1]} {d.year} – {hm(hh, mi)}"
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
    if kind == "hair":
        return spaces_to(text, HAIR, 0.1, rng)
    if kind == "puncsp":
        return re.sub("([^\\s])([،؛؟:])", lambda mm: mm.group(1) + (PUNCSP if rng.random() < 0.6 else "") +
                      mm.group(2), text)
    if kind == "wj":
        return inside_words(text, WJ, rng.randint(1, 3), rng)
    if kind == "kashida":
        return G.add_tatweel(text, rng)
    return text


def title_noise(title, kind, rng):
    if kind == "zwj":
        return inside_words(title, ZWJ, rng.randint(1, 2), rng)
    if kind == "tatweel":
        return G.add_tatweel(title, rng)
    if kind == "pf" and not re.search("[\u064b-\u0652]", title):
        return G.presentation_forms(title)
    return title


def heading_lines(h, fmt):
    if fmt == "h_dashes":
        return [f"— {h} —"]
    mark = {"h_square": "▪", "h_arrow": "➤", "h_chev": "❱", "h_ballot": "🗳", "h_gear": "⚙",
            "h_cross": "✚"}.get(fmt)
    return [f"{mark} {h}"] if mark else [h]


def caption_lines(cfmt, cap, credit, ctx):
    if cfmt == "c_tk":
        return [f"{cap} ◦ {'Foto' if ctx['tk'] == 'az' else 'Surat'}: {credit}"]
    if cfmt == "c_kr":
        return [f"{cap} — Wêne: {credit}"]
    if cfmt == "c_ph":
        return [f"{cap} — Kuha ni {credit}"]
    if cfmt == "c_bs":
        return [f"{cap} | Snimio: {credit}"]
    if cfmt == "c_el":
        return [f"{cap} • الصورة من: {credit}"]
    if cfmt == "c_au":
        return [f"{cap} ⎯ حقوق الصورة محفوظة لـ{credit}"]
    if cfmt == "c_ch":
        return [f"{cap} ✚ تصوير: {credit}"]
    raise ValueError(cfmt)


def apply_dateline(form, doc, paras, truth, comp):
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl
    if form == "dl_pipe":
        paras[0] = f"{place} | {rest} | {paras[0]}"
    elif form == "dl_bracket":
        paras[0] = f"{place} [{rest}]: {paras[0]}"
    else:
        paras[0] = f"{rest} – {place}: {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl


def future(d, rng, lo, hi):
    return d + datetime.timedelta(days=rng.randint(lo, hi))


def price(rng, lo, hi, step=100):
    return f"{rng.randint(lo // step, hi // step) * step:,}"


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
    section = rng.choice(SECTIONS[key])
    people = PEOPLE[key]
    ctx = dict(key=key, city=city, crawl=crawl,
               tk=extra if key == "tk" else rng.choice(["az", "uz"]),
               ch=extra if key == "ch" else rng.choice(["or", "ca"]),
               cur=extra if key == "au" else rng.choice(["درهم", "ريال", "جنيه"]),
               vote_gap=min(3, (crawl - pub).days + rng.randint(0, 1)) if pub else rng.randint(0, 3))
    az = ctx["tk"] == "az"
    if key == "tk":
        people = people[:4] if az else people[4:]
    name = rng.choice(people)
    name2 = rng.choice([p for p in people if p != name])
    female = name in FEMALE
    lkey = ctx["tk"] if key == "tk" else key
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

    # the browser tab
    if tform == "tab":
        sep = rng.choice([" | ", " – ", " :: "])
        add("tab", [f"{title}{sep}{site}"])

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "tk_app":
            add("app", ["Tətbiqimizi yükləyin: App Store | Google Play" if az else
                        "Ilovamizni yuklab oling: App Store | Google Play", "✕"])
        elif pname == "kr_tg_top":
            add("tg", ["📢 Li ser Telegramê me bişopînin — تابعونا على تلغرام لحظة بلحظة"])
        elif pname == "ph_cookie":
            add("cookie", ["Gumagamit ang website na ito ng cookies para sa mas magandang karanasan.", "Tanggapin",
                           "Alamin pa"])
        elif pname == "bs_cookie":
            add("cookie", ["Ova stranica koristi kolačiće (cookies) kako bi vam pružila bolje korisničko iskustvo.",
                           "Prihvatam", "Postavke"])
        elif pname == "el_alert":
            add("alert", ["⚠ تنبيه: النتائج المعروضة أولية وتُحدَّث تلقائيًا كل 5 دقائق"])
        elif pname == "au_offer":
            add("offer", [f"🚙 عرض خاص: تمويل بدون دفعة أولى على طرازات {year + 1} — اطلب عرض سعر"])
        elif pname == "ch_candle":
            add("candle", ["🕯 أضئ شمعة إلكترونية على نية خاصة", "أضئ الآن"])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "tk_lang":
            add("lang", ["Azərbaycanca | English | Русский | Türkçe | العربية" if az else
                         "O‘zbekcha | Ўзбекча | Русский | English | العربية"])
        elif hname == "kr_lang":
            add("lang", ["Kurdî | العربية | ܣܘܪܝܝܐ | English"])
        elif hname == "ph_lang":
            add("lang", ["Filipino | English | العربية"])
        elif hname == "bs_lang":
            add("lang", ["Bosanski | English | Türkçe | العربية"])
        elif hname == "el_banner":
            add("banner", [f"🗳 الانتخابات {year} | تغطية مباشرة", "● LIVE"])
        elif hname == "au_fuel":
            add("fuel", [f"⛽ أسعار الوقود اليوم: سوبر 98 ← {rng.randint(200, 380) / 100:.2f} | خصوصي 95 ← "
                         f"{rng.randint(180, 360) / 100:.2f} | ديزل ← {rng.randint(150, 340) / 100:.2f} {ctx['cur']}"])
        elif hname == "ch_saint":
            add("saint", [f"✝ تذكار اليوم: {rng.choice(CH_SAINTS)}"])
        elif hname == "site_name":
            add("site_name", [site, tagline] if tagline else [site])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "tk_rates":
            if az:
                add("rates", [f"Məzənnə: USD {rng.randint(16990, 17010) / 10000:.4f} | EUR "
                              f"{rng.randint(17800, 19200) / 10000:.4f} | RUB {rng.randint(170, 200) / 10000:.4f}"])
            else:
                add("rates", [f"Kurs: 1 USD = {rng.randint(12400, 12900):,} so‘m | 1 EUR = "
                              f"{rng.randint(13300, 14100):,} so‘m".replace(",", " ")])
        elif hname == "nav":
            vocab = NAV.get(lkey, NAV["el"])
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(3, len(vocab) - 1))
            if key in ("tk", "bs", "ph"):
                add("nav", [" | ".join(items)])
            elif key == "kr":
                add("nav", [" • ".join(items)])
            else:
                add("nav", items)
        elif hname == "tk_flash":
            add("flash", [f"{'SON DƏQİQƏ' if az else 'SO‘NGGI XABAR'}: {others.pop()}"])
        elif hname == "kr_power":
            a, b = rng.randint(6, 11), rng.randint(16, 20)
            add("power", [f"⚡ Bernameya elektrîkê — برنامج الكهرباء اليوم: {a:02d}:00–{a + 4:02d}:00 | "
                          f"{b:02d}:00–{b + 3:02d}:00"])
        elif hname == "kr_prices":
            add("prices", [f"ربطة الخبز {rng.choice([1000, 1250, 1500])} ل.س | ليتر المازوت "
                           f"{rng.randint(30, 45) * 100:,} ل.س | الدولار {rng.randint(130, 158) * 100:,} ل.س"])
        elif hname == "ph_weather":
            what = rng.choice(["Malakas na ulan", "Thunderstorm advisory", "Mainit na panahon"])
            add("weather", [f"☔ Babala sa panahon: {what} "
                            f"sa {rng.choice(['Maguindanao', 'Lanao del Sur', 'Sulu', 'Basilan', 'Tawi-Tawi'])}"])
        elif hname == "bs_donate":
            add("donate", ["💚 Podržite rad portala — Donirajte", "ادعم الموقع"])
        elif hname == "el_strip":
            lists = rng.sample(EL_LISTS, 3)
            seats = sorted(rng.sample(range(6, 45), 3), reverse=True)
            add("strip", [f"النتائج الأولية: {lists[0]} {seats[0]} مقعدًا | {lists[1]} {seats[1]} | {lists[2]} "
                          f"{seats[2]}"])
        elif hname == "el_count":
            add("count", [f"تم فرز {rng.randint(12, 99)}٪ من الصناديق — آخر تحديث "
                          f"{hm(rng.randint(0, 23), rng.randint(0, 59))}"])
        elif hname == "au_search":
            add("search", ["ابحث عن سيارتك", "الماركة ▾ | الموديل ▾ | سنة الصنع ▾ | السعر ▾", "بحث"])
        elif hname == "ch_mass":
            add("mass", [f"مواعيد الصلوات: السَّحَرية {rng.choice(['7:00', '7:30'])} | القداس الإلهي "
                         f"{rng.choice(['9:00', '9:30', '10:30'])} | صلاة الغروب {rng.choice(['17:00', '18:00'])}"])
        comp.setdefault("header", []).append(hname)

    # the article's head
    tnoise = pick("title_noise")
    shown_title = title_noise(title, tnoise, rng)

    cap_group = None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        ckey = cfmt[2:]
        if ckey == "tk" and not az:
            ckey = "uz"
        cap = rng.choice(CAPTIONS[key])
        credit = rng.choice(CREDITS[ckey])
        truth["images"].append({"caption": cap, "credit": credit})
        cap_group = caption_lines(cfmt, cap, credit, ctx)

    kicker = None
    if rng.random() < spec["kicker"]:
        kicker = {"tk": section, "kr": f"{section} ›", "ph": section.upper() if section.isascii() else section,
                  "bs": section.upper() if section.isascii() else section, "el": f"🗳 {section}",
                  "au": f"{section} | {rng.choice(AU_CARS)[0]}", "ch": f"✚ {section}"}[key]

    # meta lines
    meta = []
    authors = []
    if bfmt == "b_tk_muxbir":
        who = rng.choice(LATIN[ctx["tk"]])
        meta.append(f"{'Müxbir' if az else 'Muxbir'}: {who}")
        authors = [who]
    elif bfmt == "b_tk_city":
        where = city if key == "tk" else ("باكو" if az else "طشقند")
        meta.append(f"{name}، {'مراسلة' if female else 'مراسل'} الوكالة في {where}")
        authors = [name]
    elif bfmt == "b_tk_photo":
        meta.append(f"{name} — تصوير: {name2}")
        authors = [name]
    elif bfmt == "b_tk_desk":
        meta.append("Xəbərlər xidməti" if az else "Axborot xizmati")
    elif bfmt == "b_kr_native":
        who = rng.choice(LATIN["kr"])
        meta.append(f"Nûçegihan: {who}")
        authors = [who]
    elif bfmt == "b_kr_two":
        a, b = rng.sample(LATIN["kr"], 2)
        meta.append(f"{a} û {b}")
        authors = [a, b]
    elif bfmt == "b_kr_pen":
        meta.append(f"✍ {name}")
        authors = [name]
    elif bfmt == "b_kr_desk":
        meta.append("Deska nûçeyan")
    elif bfmt == "b_ph_ni":
        who = rng.choice(LATIN["ph"])
        meta.append(f"Ni {who}")
        authors = [who]
    elif bfmt == "b_ph_two":
        a, b = rng.sample(LATIN["ph"], 2)
        meta.append(f"Ni {a} at {b}")
        authors = [a, b]
    elif bfmt == "b_ph_ulat":
        a, b = rng.sample(LATIN["ph"], 2)
        meta.append(f"Ulat ni {a} | Larawan ni {b}")
        authors = [a]
    elif bfmt == "b_ph_ar":
        where = city if key == "ph" else rng.choice(["مراوي", "كوتاباتو"])
        meta.append(f"{'كتبت' if female else 'كتب'} من {where}: {name}")
        authors = [name]
    elif bfmt == "b_ph_desk":
        meta.append("Balita Desk")
    elif bfmt == "b_bs_autor":
        who = rng.choice(LATIN["bs"])
        meta.append(f"Autor: {who}")
        authors = [who]
    elif bfmt == "b_bs_pise":
        who = rng.choice(LATIN["bs"])
        meta.append(f"Piše: {who}")
        authors = [who]
    elif bfmt == "b_bs_two":
        a, b = rng.sample(LATIN["bs"], 2)
        meta.append(f"{a} i {b}")
        authors = [a, b]
    elif bfmt == "b_bs_trans":
        meta.append(f"بقلم {name} | ترجمة عن البوسنية: {name2}")
        authors = [name]
    elif bfmt == "b_bs_desk":
        meta.append("Redakcija")
    elif bfmt == "b_el_envoy":
        meta.append(f"{'موفدتنا' if female else 'موفدنا'} إلى مراكز الاقتراع: {name}")
        authors = [name]
    elif bfmt == "b_el_team":
        meta.append(f"غرفة الأخبار الانتخابية — إعداد {name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_el_analyst":
        meta.append(f"تحليل: {name}، {'أستاذة' if female else 'أستاذ'} العلوم السياسية")
        authors = [name]
    elif bfmt == "b_el_desk":
        meta.append("فريق التغطية الانتخابية")
    elif bfmt == "b_au_test":
        meta.append(f"تجربة وكتابة: {name}")
        authors = [name]
    elif bfmt == "b_au_two":
        meta.append(f"{name} و{name2} — فريق التجارب")
        authors = [name, name2]
    elif bfmt == "b_au_photo":
        meta.append(f"{name} · عدسة {name2}")
        authors = [name]
    elif bfmt == "b_au_desk":
        meta.append("قسم الأخبار والتجارب")
    elif bfmt == "b_ch_clergy":
        ttl = "الأخت" if female else rng.choice(["الأب", "الخوري", "الأرشمندريت"])
        meta.append(f"بقلم {ttl} {name}")
        authors = [name]
    elif bfmt == "b_ch_office":
        meta.append(f"{name} — مكتب الإعلام في الأبرشية")
        authors = [name]
    elif bfmt == "b_ch_two":
        meta.append(f"{name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_ch_desk":
        meta.append(rng.choice(["إعلام الأبرشية", "المكتب الإعلامي"]))
    if pinfo:
        meta += pinfo["meta"]
        ufmt = UPDATE_OF.get(pinfo["fmt"])
        if ufmt and pinfo["value"] and rng.random() < spec["update"]:
            line, mod = fmt_update(ufmt, pub, tm, crawl, rng, ctx)
            if line:
                if ufmt == "u_el_clock":
                    meta[-1] += line
                else:
                    meta.append(line)
                truth["modified"] = mod
                comp["update"] = True
    truth["authors"] = authors
    if rng.random() < spec["counter"]:
        n = rng.randint(2, 12)
        meta.append({"tk": (f"Baxış: {n * 157:,}".replace(",", " ") if az else f"Ko‘rishlar: {n * 157}"),
                     "kr": f"👁 Dîtin: {n * 89}", "ph": f"👁 {n * 231:,}", "bs": f"Pregleda: {n * 113}",
                     "el": f"يتابع التغطية الآن: {n * 1201:,}", "au": f"⏱ مدة القراءة: {n} دقائق",
                     "ch": f"عدد القراءات: {n * 67}"}[key])

    label = LEDE_LABEL[lkey]
    labelled = ("label_inline", "label_line")
    if tform == "crumb":
        cut = title.split()
        crumb = [HOME[lkey], section]
        if len(cut) > 6:
            crumb.append(" ".join(cut[:5]) + "…")
        add("crumb", [" › ".join(crumb)])
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
    car, engine, hp = rng.choice(AU_CARS)
    for i, b in enumerate(blocks):
        for mname in positions.get(i, []):
            if mname == "tk_also":
                add("also", [f"{'Həmçinin oxuyun' if az else 'Shuningdek o‘qing'}: {others.pop()}"])
            elif mname == "tk_video":
                add("video", [f"▶ Video: {others.pop()} ({rng.randint(0, 4):02d}:{rng.randint(0, 59):02d})"])
            elif mname == "kr_read":
                add("also", [f"Bixwîne: {others.pop()}"])
            elif mname == "kr_tg":
                slug = dom.split(".")[0].replace("-", "")
                add("tg", [f"📲 تابعوا آخر الأخبار عبر قناتنا على تلغرام: t.me/{slug}"])
            elif mname == "ph_basahin":
                add("also", [f"Basahin din: {others.pop()}"])
            elif mname == "ph_enroll":
                add("enroll", [f"📚 Bukas na ang enrollment sa Madrasah {year}–{year + 1} — التسجيل مفتوح"])
            elif mname == "bs_procitaj":
                add("also", [f"Pročitajte i: {others.pop()}"])
            elif mname == "bs_mekteb":
                add("mekteb", ["📣 Upis polaznika u mekteb — التسجيل في المكتب القرآني مفتوح"])
            elif mname == "el_flash":
                add("flash", [f"🔴 {hm(rng.randint(0, 23), rng.randint(0, 59))} — عاجل: {others.pop()}"])
            elif mname == "el_turnout":
                add("turnout", [f"نسبة المشاركة: {rng.randint(280, 720) / 10:.1f}٪ (مقابل "
                                f"{rng.randint(280, 720) / 10:.1f}٪ في الدورة السابقة)"])
            elif mname == "au_specs":
                add("specs", [f"📋 المواصفات السريعة: {car} • {engine} • {hp} حصانًا • 0-100 كم/س في "
                              f"{rng.randint(38, 120) / 10:.1f} ثانية"])
            elif mname == "au_price":
                add("price", [f"💰 السعر يبدأ من {price(rng, 60000, 420000)} {ctx['cur']}"])
            elif mname == "au_more":
                add("more", ["اقرأ المزيد ▼"])
            elif mname == "au_book":
                add("book", ["🚗 احجز تجربة قيادة مجانية لدى أقرب وكيل"])
            elif mname == "ch_also":
                add("also", [f"✚ اقرأ في الموقع أيضًا: {others.pop()}"])
            elif mname == "ch_event":
                a = future(crawl, rng, 3, 40)
                add("event", [f"📅 {rng.choice(CH_EVENTS)} يوم {G.WD[a.weekday()]} {a.day} {G.LEV[a.month - 1]} في "
                              f"{rng.choice(CH_PLACES)}"])
        if b["type"] == "heading":
            add("heading", heading_lines(b["text"], hfmt), chrome=False)
            continue
        add("body", [body_noise(b["text"], nkind, rng)], chrome=False)

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
        if aname in ("tk_src", "kr_src", "ph_src", "bs_src", "el_src", "au_src", "ch_src"):
            if truth["sources"] or not doc["site"]:
                continue
            if aname == "tk_src":
                srcs = src_list(["وكالات", "Trend", "Report"] if az else ["وكالات", "Dunyo", "UzA"])
                add("sources", [("Mənbə: " if az else "Manba: ") + ", ".join(srcs)])
            elif aname == "kr_src":
                srcs = src_list(["وكالات", "مراسلو الشبكة", "Ajansa Hawar"])
                add("sources", ["Çavkanî: " + " / ".join(srcs)])
            elif aname == "ph_src":
                srcs = src_list(["وكالات", "Bangsamoro Information Office", "PNA"])
                add("sources", ["Pinagmulan: " + "; ".join(srcs)])
            elif aname == "bs_src":
                srcs = src_list(["وكالات", "FENA", "Preporod"])
                add("sources", ["Izvor: " + ", ".join(srcs)])
            elif aname == "el_src":
                srcs = src_list(["الهيئة المستقلة للانتخابات", "مراكز الفرز", "وكالات"])
                add("sources", ["مصادر الأرقام: " + "، ".join(srcs)])
            elif aname == "au_src":
                srcs = src_list(["بيان الشركة المصنّعة", "الوكيل المحلي", "وكالات"])
                add("sources", ["🔗 المصدر الأصلي: " + "، ".join(srcs)])
            else:
                srcs = src_list(["وكالات", "إعلام البطريركية", "الموقع الرسمي للفاتيكان"])
                add("sources", ["المصادر ✚ " + "، ".join(srcs)])
            truth["sources"] = srcs
        elif aname in ("tk_tags", "kr_tags", "ph_tags", "bs_tags", "el_tags", "au_tags", "ch_tags"):
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            if aname == "tk_tags":
                add("tags", [("Teqlər: " if az else "Teglar: ") + ", ".join(tags)])
            elif aname == "kr_tags":
                add("tags", ["Etîket: " + " · ".join(tags)])
            elif aname == "ph_tags":
                add("tags", ["Mga Tag: " + ", ".join(tags)])
            elif aname == "bs_tags":
                add("tags", ["Ključne riječi: " + ", ".join(tags)])
            elif aname == "el_tags":
                add("tags", ["ملفات: " + " | ".join(tags)])
            elif aname == "au_tags":
                add("tags", ["وسوم: " + " ◦ ".join(tags)])
            else:
                add("tags", ["في هذا الخبر: " + " • ".join(tags)])
            truth["tags"] = tags
        elif aname == "tk_share":
            add("share", ["Paylaş:" if az else "Ulashish:", "Facebook | X | Telegram | WhatsApp | Link"])
        elif aname == "tk_feed":
            lines = ["Xəbər lenti" if az else "Yangiliklar lentasi"]
            t0 = rng.randint(9 * 60, 23 * 60)
            for _ in range(rng.randint(3, 5)):
                t0 -= rng.randint(7, 50)
                lines.append(f"{hm(t0 // 60, t0 % 60)} {others.pop()}")
            add("feed", lines)
        elif aname == "tk_sub":
            add("sub", ["Xəbərlərə abunə olun" if az else "Yangiliklarga obuna bo‘ling",
                        "E-poçt ünvanınız" if az else "Elektron pochta manzilingiz",
                        "Abunə ol" if az else "Obuna bo‘lish"])
        elif aname == "kr_share":
            add("share", ["Parve bike: Facebook · Telegram · WhatsApp · X"])
        elif aname == "kr_related":
            add("related", ["Nûçeyên têkildar"] + [f"◂ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "kr_comments":
            n = rng.randint(1, 3)
            lines = [f"Şîrove ({n})"]
            for who in rng.sample(KR_COMMENTERS, n):
                lines += [f"{who} · {rng.randint(1, 11)} saet berê", rng.choice(KR_COMMENTS)]
            lines.append("Şîroveyekê binivîse")
            add("comments", lines)
        elif aname == "ph_share":
            add("share", ["Ibahagi:", "Facebook · Messenger · X · Kopyahin ang link"])
        elif aname == "ph_related":
            add("related", ["Mga Kaugnay na Balita"] + [f"• {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "ph_comments":
            n = rng.randint(1, 3)
            lines = [f"Mga Komento ({n})"]
            for who in rng.sample(PH_COMMENTERS, n):
                lines += [who, rng.choice(PH_COMMENTS), f"Sagot · 👍 {rng.randint(0, 40)}"]
            add("comments", lines)
        elif aname == "bs_share":
            add("share", ["Podijeli:", "Facebook | Viber | WhatsApp | E-mail"])
        elif aname == "bs_related":
            add("related", ["Povezane vijesti"] + [f"» {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "bs_most":
            add("most", ["Najčitanije"] + [f"{k}. {others.pop()}" for k in range(1, rng.randint(3, 5) + 1)])
        elif aname == "bs_comments":
            n = rng.randint(1, 3)
            lines = [f"Komentari ({n})"]
            for who in rng.sample(BS_COMMENTERS, n):
                lines += [f"{who} — prije {rng.randint(2, 50)} min", rng.choice(BS_COMMENTS)]
            lines.append("Ostavite komentar")
            add("comments", lines)
        elif aname == "el_table":
            lines = ["نتائج الدوائر (أولية)", "الدائرة | المرشح الأول | الأصوات | الفرز"]
            for dname, cand in zip(rng.sample(EL_DISTRICTS, 3), rng.sample(EL_CANDS, 3)):
                lines.append(f"{dname} | {cand} | {rng.randint(1200, 48000):,} | {rng.randint(40, 100)}٪")
            add("table", lines)
        elif aname == "el_seats":
            lines = ["توزيع المقاعد"]
            seats = sorted(rng.sample(range(3, 40), 4), reverse=True)
            for lst, s in zip(rng.sample(EL_LISTS, 4), seats):
                lines.append(f"{lst} {'▇' * max(1, s // 4)} {s}")
            add("seats", lines)
        elif aname == "el_explain":
            add("explain", ["كيف تقرأ النتائج؟",
                            "تُعرض الأرقام حسب ورودها من مراكز الفرز، وقد يتغير ترتيب القوائم مع تقدم العدّ."])
        elif aname == "el_map":
            add("map", ["[خريطة تفاعلية: اتجاهات التصويت حسب الدائرة]"])
        elif aname == "el_next":
            a = future(crawl, rng, 1, 6)
            add("next", [f"موعد إعلان النتائج النهائية: {G.WD[a.weekday()]} {a.day} {G.EG[a.month - 1]}"])
        elif aname == "el_disclaimer":
            add("disclaimer", ["الأرقام أولية وغير نهائية حتى إعلانها رسميًا من الهيئة المختصة."])
        elif aname == "au_compare":
            lines = ["مقارنة سريعة", "الطراز | القوة | السعر"]
            for c, _, h in rng.sample(AU_CARS, 3):
                lines.append(f"{c} | {h} حصانًا | {price(rng, 60000, 420000)} {ctx['cur']}")
            add("compare", lines)
        elif aname == "au_rating":
            stars = rng.randint(3, 5)
            add("rating", [f"تقييم المحرر: {'★' * stars}{'☆' * (5 - stars)} {stars}/5",
                           f"تقييم الزوار: {rng.randint(30, 50) / 10:.1f} ({rng.randint(5, 400)} صوتًا)"])
        elif aname == "au_similar":
            lines = ["سيارات مشابهة"]
            for c, _, _ in rng.sample(AU_CARS, 3):
                lines.append(f"{c} {year + rng.choice([0, 1])} — من {price(rng, 60000, 420000)} {ctx['cur']}")
            add("similar", lines)
        elif aname == "au_news":
            add("related", ["أخبار ذات صلة"] + [f"▸ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "au_comments":
            n = rng.randint(1, 3)
            lines = [f"آراء الزوار ({n})"]
            for who in rng.sample(AU_COMMENTERS, n):
                lines += [f"{who} — {rng.randint(1, 23)} س", rng.choice(AU_COMMENTS)]
            add("comments", lines)
        elif aname == "ch_readings":
            a = crawl + datetime.timedelta(days=(6 - crawl.weekday()) or 7)
            r1, r2 = rng.choice(CH_EPISTLES), rng.choice(CH_GOSPELS)
            add("readings", [f"قراءات الأحد المقبل ({a.day} {G.LEV[a.month - 1]})", f"الرسالة: {r1}",
                             f"الإنجيل: {r2}"])
        elif aname == "ch_agenda":
            lines = ["أجندة الأبرشية"]
            a = crawl
            for ev in rng.sample(CH_EVENTS, 2):
                a = future(a, rng, 2, 12)
                lines.append(f"◦ {a.day}/{a.month} — {ev} ({rng.choice(CH_PLACES)})")
            add("agenda", lines)
        elif aname == "ch_share":
            add("share", ["شارك الخبر: فيسبوك | واتساب | بريد إلكتروني"])
        elif aname == "ch_related":
            add("related", ["من أخبار الكنيسة"] + [f"✚ {others.pop()}" for _ in range(rng.randint(2, 3))])
        elif aname == "ch_donate":
            add("donate", ["ساهم في دعم رسالة الموقع", "تبرّع الآن"])
        comp.setdefault("after", []).append(aname)

    if tform == "card":
        add("card", [f"{title} — {site}", f"{dom}/{rng.choice(['ar/news', 'article', 'akhbar'])}/"
                                           f"{rng.randint(100000, 999999)}"])

    ffmt = pick("footer")
    if ffmt == "f_tk":
        add("footer", [f"© {year} {site}. Materiallardan istifadə edərkən istinad mütləqdir." if az else
                       f"© {year} {site}. Materiallardan foydalanilganda havola majburiy."])
    elif ffmt == "f_kr":
        add("footer", [f"© {year} {site} — Hemû maf parastî ne", "Derbarê me · Têkilî · Reklam"])
    elif ffmt == "f_ph":
        add("footer", [f"© {year} {site}. Lahat ng karapatan ay nakalaan.",
                       "Tungkol sa Amin · Makipag-ugnayan · Patakaran sa Privacy"])
    elif ffmt == "f_bs":
        add("footer", [f"© {year} {site} | Sva prava zadržana", "Impressum · Kontakt · Marketing"])
    elif ffmt == "f_el":
        add("footer", [f"جميع الحقوق محفوظة — {site} {year}", "عن التغطية | منهجية الفرز | اتصل بنا"])
    elif ffmt == "f_au":
        add("footer", [f"© {year} {site} — الأسعار استرشادية وقد تختلف حسب الوكيل",
                       "من نحن · أعلن معنا · سياسة الخصوصية"])
    elif ffmt == "f_ch":
        add("footer", [f"© {year} {site} — جميع الحقوق محفوظة", "القراءات اليومية · التقويم الكنسي · اتصل بنا"])

    # layout
    single = layout == "single"
    sep = ZWSP if layout == "zwsp" else ""
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
