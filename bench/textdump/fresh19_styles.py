"""The `fresh19` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh19 --n 2000 --seed 79
    python3 bench/textdump/score_dumps.py --split fresh19 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH19 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by a helper who has not read the extractor, its tests, its
fixtures or its benchmark notes (nor the sealed fresh18 module). No component
here is meant to be one of the tune, held-out, fresh, fresh2, ..., fresh17
ones (as far as gen_dumps.py, fresh17_styles.py and the other modules'
docstrings show). Only the aggregate rows of `score_dumps.py --split fresh19`
are ever reported; once the extractor is changed because of anything learnt
here, the split is spent.

The eight styles (`fresh19_1` ... `fresh19_7`, and `fresh19_mixed`, a
per-document random draw of the others' components) imitate text dumps of
kinds of pages the other splits do not: the media centre of an Iraqi shrine
and its endowment (Hijri months with their honorific epithets, `للهجرة` /
`للميلاد`, the Iraqi spelling `تأريخ`, visitor counters, the next occasion
with its Hijri date, the centre's publications), the official website of a
football club (Moroccan, Tunisian, Saudi or Egyptian: the next-match box with
its date and a countdown, the last result, the standings, the kit shop,
sponsors, fans' comments), the Arabic service of a Central Asian state news
agency (Uzbek Latin or Kazakh Cyrillic chrome, dates and publication lines,
official exchange rates, reuse notices), a celebrity and entertainment
portal (Egyptian or Lebanese: trending searches, a born-on-this-day box, a
star card with a birth date, horoscopes with date ranges, tonight's TV
schedule, polls), a video-game and esports news site (English chrome,
platform chips, release dates, review scores, tournament results, Discord
promos, gamers' comments), an agricultural extension portal (Levantine,
Iraqi or Egyptian: market prices, seasonal rainfall, frost warnings, feed
prices in tab-separated rows, the farmer's calendar, an adviser's Q&A), and
a legal news portal (Egyptian, Jordanian or Emirati: case boxes with the
next hearing date, gazette notices, quoted articles of law, related rulings
with their session dates, a lawyers' directory, readers' legal questions).
Site names, clubs, players, stars, games, teams, people and the vocabulary
are invented. The corpus texts, the lede choice (abstract / teaser /
promoted first paragraph), the inserted headings and the other articles'
titles in related blocks are the gen_dumps.py ones.

New here: widgets `الخميس ١٦ شوال المكرم ١٤٤٥ للهجرة — ٢٥ نيسان ٢٠٢٤
للميلاد`, `الخميس | 16 شوال المكرم 1445 | 25 نيسان 2024`, an unlabelled
Hijri line over a Gregorian line with spaced slashes (`١٦ / شوال المكرم /
١٤٤٥ هـ`), a Moroccan-month date with an unmarked Hijri date after a dash,
`الخميس 25/أفريل/2024` and `الخميس 25/نيسان/2024` (the month name between
slashes), year-first numeric Hijri and Gregorian pairs (`1445/10/16هـ -
2024/04/25م`), a weekday after the date, Uzbek `Payshanba, 25-aprel,
2024-yil`, Kazakh `2024 жылғы 25 сәуір, бейсенбі`, a dotted date with the
weekday after an em dash, `الخميس الموافق 25 أبريل 2024` (`الموافق` with no
second calendar), `اليوم الخميس 25 نيسان 2024`, a numeric date with a
page-refresh note, `🗓 25 / 04 / 2024`, a Levantine date with the weather and
humidity, `تاريخ اليوم:` labels, a numeric Gregorian date with `م` and the
numeric Hijri date after `الموافق`. Publication lines: `تأريخ النشر:` with
`صباحاً`/`ظهراً`/`مساءً`, a Hijri-epithet date `الموافق` a Levantine date,
a signature line after the body, a clock-first dotted line, `نُشر يوم …
على 10:15` in the club's month system, relative times before the absolute
date (`قبل 3 ساعات · …`, `نُشر أمس (…)`), a relative time alone, dotted
dates `بتوقيت طشقند`/`بتوقيت أستانا`, Uzbek `Nashr etildi:`, Kazakh
`Жарияланды:`, a dashed ISO date with `(GMT+5)`, a date with `⏰` and `ص`/`م`,
a date and clock `بتوقيت` the site's city, `📅 2024-04-25 · ⏱ 6 دقائق
قراءة`, English `Apr 25, 2024 · 10:15 AM AST`, `أُضيف في 25/نيسان/2024
الساعة`, `تاريخ الخبر ⇠`, numeric lines with an Arabic comma and `ص`/`م`,
year-first `تاريخ النشر: 2024/04/25 - الساعة 10:15`, `نُشر بتاريخ … م`, a
numeric Gregorian/Hijri `الموافق` pair. Update lines: `تم التحديث بتأريخ:`,
`آخر تعديل ↻`, `Yangilandi:`, `Жаңартылды:`, `حُدِّث الخبر:`, `✏️ عُدّل
في`, `عُدّل الخبر في`, `آخر تحديث للخبر:`. Chrome: live-stream and visitor
strips, service lists, occasion boxes, publication lists with Hijri years;
club top bars, next-match boxes with countdowns, last results, hashtag
kickers, vote boxes, kit and ticket promos, standings, sponsors, fans'
comments; Uzbek/Kazakh language bars, exchange-rate strips, native `Surat:`
/ `Фото:` credits, `Shuningdek o‘qing:` / `Сондай-ақ оқыңыз:` links,
`Teglar:` / `Тегтер:` and `Manba:` / `Дереккөз:` lines, reuse notices,
media-licence footers; notification prompts, trending searches, born-on-
this-day boxes, star cards, horoscopes, TV schedules, polls, video links
with durations; age gates, English top bars, live-stream strips, platform
chips, title prefixes (`حصري | `), `TL;DR:` ledes, release-date boxes,
trailers, deals, review boxes, tournament results, Discord promos, `Tags:`
and `Source:` lines, gamers' comments with `3h` stamps; market-price strips,
rainfall and frost boxes, adviser's tips, feed-price tables with tabs,
farmer's calendars, Q&A boxes; free-consultation bars, gazette notices, case
boxes with hearing dates, quoted articles of law, related rulings, lawyers'
directories, disclaimers, readers' legal questions. Captions `… — بعدسة:
…`, `… (📸 …)`, `… / Surat: …`, `… 〔…〕`, `🎮 … — المصدر: …`, `الصورة: … (…)`,
`[صورة] … ‖ …`. Datelines `(AGENCY) CITY – `, `CITY | AGENCY | `, `CITY --
AGENCY -- `. Headings after `◈`, `▶`, `♦`, `◢`, `🌿` or `§`, or between em
dashes. Ledes between `┈` rules, after `✨`, under a label line or after an
inline label. Layouts: blank lines; no blank line between paragraphs;
paragraphs separated by lines holding U+2800 BRAILLE PATTERN BLANK; U+2029
PARAGRAPH SEPARATOR at paragraph ends. Noise: superscript alef and shadda in
common words (`هٰذا`, `ذٰلك`, `اللّٰه`), ZWNJ after words, hair spaces,
NBSP, doubled spaces, CRLF, BOM.

The truth follows gen_dumps.py and the conventions the README states. Cases
they leave open:

- title: the corpus title, once, without a `حصري | `-like prefix.
- page_date: the date of the site's own header widget before the title (the
  crawl day), whatever its language, script or calendar; with two calendars
  (also on two lines) the Gregorian date. The next-match box, countdowns,
  occasion boxes, born-on-this-day boxes, gazette notices, rainfall seasons,
  exchange rates and a page-refresh note are no widget (nor their dates).
  The game site usually has none: null.
- published: the publication line's date, with `THH:MM` when it shows a
  time (12-hour clocks by `ص`/`م`, `AM`/`PM`, `صباحاً` before noon, `ظهراً`
  12-13, `مساءً` from 14; zones kept as printed), also when it is a
  signature line after the body. With two calendars, the Gregorian date. A
  relative time before the absolute date does not change it; a relative time
  alone is no date: null. Update lines go to the extra `modified` key (not
  scored).
- summary: a deck under the title, a lede after the meta lines or after the
  caption, a lede between `┈` rules, after `✨`, under a label line or after
  an inline label (such marked ledes are always ledes). An unmarked lede with
  nothing between it and the body (no meta, caption or chrome line, no
  dateline opening the body) stays a lede only when it is a teaser that the
  first paragraph repeats; a promoted first paragraph or an abstract there
  goes into the body. A promoted first paragraph under 8 words is never a
  lede.
- blocks: the corpus paragraphs whatever the spacing; headings without their
  marks or dashes; mid-body boxes and links are no blocks.
- images: the caption without its marker and credit; the credit as written
  without its label (`بعدسة:`, `📸`, `Surat:`, `Фото:`, `الصورة:`,
  `المصدر:`).
- sources: the items of `مصدر الخبر ⇐`, `بالاستناد إلى:`, `Manba:`,
  `Дереккөз:`, `مصدر المعلومات:`, `المصادر ←`, `Source:`, `مصادر الخبر:`
  (split at `؛`) and `مرجع الخبر:`; tags: the items of `الكلمات الدلالية:`,
  a hashtag line (without `#`), `Teglar:`, `Тегтер:`, `الوسوم:`, `تاغات:`,
  `Tags:`, `مواضيع:` and `تصنيفات:`.
- authors: the byline's names without their titles or roles (`المهندس
  الزراعي:`, `بقلم المحامية:`, `مراسل الوكالة:`, `Muallif:`, `Автор:`),
  each name of `،`, `/`, `و` pairs; Latin and Cyrillic names as printed. A
  photographer, a translator, a scientific or legal reviewer, a desk, a
  media centre, a directory's lawyer, a lawyer answering a reader or a
  commenter is no author.
- chrome: every inserted line that is not title, lede or body (captions
  included), as printed and stripped, minus those that also occur in the body,
  those equal to the title or the summary, and lines without a word.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh19"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ calendars
# weekday lists start on Monday, as datetime.weekday()
IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
IQ_HIJ = ["محرم الحرام", "صفر الخير", "ربيع الأول", "ربيع الثاني", "جمادى الأولى", "جمادى الثانية", "رجب الأصب",
          "شعبان المعظم", "شهر رمضان المبارك", "شوال المكرم", "ذي القعدة الحرام", "ذي الحجة الحرام"]
UZ_WD = ["Dushanba", "Seshanba", "Chorshanba", "Payshanba", "Juma", "Shanba", "Yakshanba"]
UZ_MON = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr", "noyabr",
          "dekabr"]
KZ_WD = ["дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"]
KZ_MON = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
          "желтоқсан"]
EN_MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
NBSP, HAIR, ZWNJ, BRL, PSEP = "\u00a0", "\u200a", "\u200c", "\u2800", "\u2029"
ZODIAC = [((1, 20), "الدلو"), ((2, 19), "الحوت"), ((3, 21), "الحمل"), ((4, 20), "الثور"), ((5, 21), "الجوزاء"),
          ((6, 21), "السرطان"), ((7, 23), "الأسد"), ((8, 23), "العذراء"), ((9, 23), "الميزان"),
          ((10, 23), "العقرب"), ((11, 22), "القوس"), ((12, 22), "الجدي")]


def hm(h, m):
    return f"{h:02d}:{m:02d}"


def months_of(country):
    return {"iq": G.LEV, "sy": G.LEV, "jo": G.LEV, "lb": G.LEV, "ma": G.MAR, "tn": G.MAG}.get(country, G.EG)


def sh_period(hh):
    if hh < 12:
        return "صباحاً"
    if hh < 14:
        return "ظهراً"
    return "مساءً"


def rel_ar(pub, crawl, rng, word="قبل"):
    """A relative time as printed on the crawl day for something of day `pub`."""
    days = (crawl - pub).days
    if days <= 0:
        k = rng.randint(1, 10)
        unit = "ساعة" if k == 1 else "ساعتين" if k == 2 else f"{k} ساعات"
        return f"{word} {unit}"
    if days == 1:
        return "أمس"
    if days == 2:
        return f"{word} يومين"
    return f"{word} {days} أيام" if days <= 10 else f"{word} {days} يومًا"


def zodiac(month, day):
    sign = "الجدي"
    for (mo, da), name in ZODIAC:
        if (month, day) >= (mo, da):
            sign = name
    return sign


def zodiac_range(i):
    (m0, d0), name = ZODIAC[i]
    (m1, d1), _ = ZODIAC[(i + 1) % 12]
    return name, f"{d0} {G.EG[m0 - 1]} – {d1 - 1} {G.EG[m1 - 1]}"


# ------------------------------------------------------------ vocabularies
# key: [(site, domain, tagline, city, country)]
SITES = {
    "sh": [("المركز الإعلامي لمزار السيدة نور", "noor-shrine.iq", "الأمانة العامة لمزار السيدة نور", "كربلاء المقدسة",
            "iq"),
           ("شبكة الضفاف الإعلامية", "aldhifaf.net", "تصدر عن قسم الإعلام والاتصال", "النجف الأشرف", "iq"),
           ("وكالة الرواق للأنباء", "alrewaq-news.iq", "", "الكاظمية المقدسة", "iq")],
    "fc": [("نادي اتحاد الأطلس", "ittihad-atlas.ma", "تأسس سنة 1946", "الدار البيضاء", "ma"),
           ("نادي شباب الواحة الرياضي", "chabab-waha.tn", "الموقع الرسمي", "قابس", "tn"),
           ("نادي الفيصلية الجديد", "alfaisaliya-club.sa", "", "الأحساء", "sa"),
           ("نادي المنارة السكندري", "manara-club.eg", "الموقع الرسمي للنادي", "الإسكندرية", "eg")],
    "ca": [("وكالة طوران للأنباء", "turon-axborot.uz", "الخدمة العربية", "طشقند", "uz"),
           ("وكالة سمرقند الإعلامية", "samarqand-media.uz", "", "سمرقند", "uz"),
           ("وكالة دالا الوطنية للأنباء", "dala-akparat.kz", "النسخة العربية", "أستانا", "kz")],
    "cl": [("نجوم وسهرة", "nujoom-sahra.com", "كل ما يخص النجوم", "القاهرة", "eg"),
           ("كواليس بيروت", "kawalees-beirut.com", "", "بيروت", "lb"),
           ("لمّة فن", "lammet-fan.net", "أخبار الفن والمشاهير", "القاهرة", "eg")],
    "gm": [("بكسل عربي", "pixel-arabi.gg", "أخبار الألعاب والرياضات الإلكترونية", "الرياض", "sa"),
           ("ساحة اللاعبين", "sahat-gamers.com", "", "دبي", "ae"),
           ("عالم الكونسول", "console-world.net", "Console World Arabia", "جدة", "sa")],
    "ag": [("البيدر الزراعي", "albaydar-agri.sy", "نشرة زراعية إرشادية", "حمص", "sy"),
           ("صوت الفلاح", "sawt-alfallah.jo", "", "إربد", "jo"),
           ("الحقل اليوم", "alhaql-today.iq", "جريدة زراعية إلكترونية", "الحلة", "iq"),
           ("الأرض الطيبة", "ard-tayba.eg", "بوابة الزراعة المصرية", "المنصورة", "eg")],
    "lg": [("بوابة الميزان القانونية", "almizan-law.com", "أخبار المحاكم والتشريعات", "القاهرة", "eg"),
           ("دفتر القضاء", "daftar-alqada.jo", "", "عمّان", "jo"),
           ("منصة حيثيات", "haythiyat.ae", "القانون بلغة بسيطة", "دبي", "ae")],
}
PEOPLE = {"sh": ["حيدر عبد الأمير", "زينب الموسوي", "علي حسين الخفاجي", "سجاد كاظم الياسري", "نور الهدى الحسناوي",
                 "مرتضى جبار الزيدي", "فاطمة رحيم الجبوري"],
          "fc": ["ياسين بنعلي", "مهدي الزياني", "سارة القباج", "أنس الهلالي", "خليل بن عمار", "ريم الطرابلسي",
                 "فيصل العمري", "عمرو شعبان"],
          "ca": ["شاهرخ تورسونوف", "ديلنوزا رحيموفا", "أوتابيك سعيدوف", "كامولا نزاروفا", "أسيلبيك نورلانوف",
                 "أيغيريم سارسينبايفا", "دانيار قاسيموف"],
          "cl": ["مي الشريف", "رنا خوري", "محمد عبد الرازق", "هبة فوزي", "جاد نصار", "ندى الحلبي", "أحمد سمير"],
          "gm": ["أحمد الزهراني", "فارس العتيبي", "لمى الشهري", "يزن الخطيب", "عبدالله القرني", "سلمان الحربي"],
          "ag": ["عدنان الحسن", "سمر العلي", "محمود الزعبي", "رائد الخزاعي", "هالة عبد الحميد", "إبراهيم الدسوقي"],
          "lg": ["أحمد عبد الفتاح", "منى الصاوي", "طارق الحديدي", "رولا المجالي", "خالد النقبي", "سوسن العبادي"]}
FEMALE = {"زينب الموسوي", "نور الهدى الحسناوي", "فاطمة رحيم الجبوري", "سارة القباج", "ريم الطرابلسي",
          "ديلنوزا رحيموفا", "كامولا نزاروفا", "أيغيريم سارسينبايفا", "مي الشريف", "رنا خوري", "هبة فوزي",
          "ندى الحلبي", "لمى الشهري", "سمر العلي", "هالة عبد الحميد", "منى الصاوي", "رولا المجالي", "سوسن العبادي"}
GM_HANDLES = {"أحمد الزهراني": "ghost_sa", "فارس العتيبي": "fares_plays", "لمى الشهري": "lama.gg",
              "يزن الخطيب": "yazan_rpg", "عبدالله القرني": "abood_q", "سلمان الحربي": "salman_fps"}
CA_TRANSLATORS = ["سامر الحلبي", "نادية العمري", "محمود السيد", "ليلى بن يوسف"]
CA_LATIN = ["Shahrux Tursunov", "Dilnoza Rahimova", "Otabek Saidov", "Kamola Nazarova", "Jasur Karimov"]
CA_CYRILLIC = ["Әсел Нұрланқызы", "Данияр Қасымов", "Айгерім Сәрсенбаева", "Асылбек Нұрланов", "Мәдина Жұмабаева"]
SECTIONS = {"sh": ["أخبار المزار", "نشاطات ثقافية", "الخدمات", "تقارير مصورة"],
            "fc": ["بيان رسمي", "الفريق الأول", "الأكاديمية", "أخبار النادي"],
            "ca": ["سياسة", "اقتصاد", "آسيا الوسطى", "العالم"],
            "cl": ["خاص", "دراما", "سينما", "موسيقى"],
            "gm": ["أخبار", "رياضات إلكترونية", "مراجعات", "تسريبات"],
            "ag": ["إنتاج نباتي", "ثروة حيوانية", "ري ومياه", "أسواق"],
            "lg": ["أخبار المحاكم", "تشريعات", "أحكام", "قضايا الرأي العام"]}
NAV = {"sh": ["الرئيسية", "الأخبار", "الزيارة", "البث المباشر", "المكتبة", "المتحف", "الإصدارات", "اتصل بنا"],
       "fc": ["الرئيسية", "الفريق الأول", "الأكاديمية", "الفئات السنية", "كرة اليد", "الجماهير", "الوسائط", "النادي"],
       "ca": ["الرئيسية", "سياسة", "اقتصاد", "مجتمع", "ثقافة", "رياضة", "آسيا الوسطى", "العالم"],
       "cl": ["أخبار النجوم", "سينما", "دراما", "موسيقى", "تلفزيون", "موضة وجمال", "فيديو", "أبراج"],
       "gm": ["أخبار", "مراجعات", "رياضات إلكترونية", "أدلة", "عروض", "فيديو", "عتاد"],
       "ag": ["الرئيسية", "إنتاج نباتي", "ثروة حيوانية", "ري ومياه", "أسعار", "إرشاد", "طقس زراعي",
              "آفات وأمراض"],
       "lg": ["أخبار المحاكم", "تشريعات", "أحكام ومبادئ", "مقالات قانونية", "نماذج وعقود", "دليل المحامين",
              "اسأل محاميًا"]}
CAPTIONS = {"sh": ["زائرون في الصحن خلال ساعات الصباح", "جانب من الجلسة الافتتاحية للمؤتمر", "متطوعون في مفرزة خدمية",
                   "واجهة المكتبة المركزية", "القبة عند الغروب"],
            "fc": ["لاعبو الفريق خلال الحصة التدريبية", "المدرب يوجه لاعبيه من خط التماس", "جماهير النادي في المدرجات",
                   "لحظة توقيع العقد في مقر النادي", "الفريق قبل انطلاق المباراة"],
            "ca": ["جانب من المحادثات الرسمية", "ساحة الاستقلال وسط العاصمة", "مشاركون في المنتدى الاقتصادي",
                   "قطار سريع في محطة المدينة", "حقل قطن في ضواحي المدينة"],
            "cl": ["الفنانة خلال حضورها العرض الخاص", "لقطة من كواليس التصوير", "النجم على السجادة الحمراء",
                   "ملصق العمل الجديد", "جانب من الحفل"],
            "gm": ["لقطة من أسلوب اللعب", "شعار البطولة على المسرح الرئيسي", "جانب من منصة العرض في المعرض",
                   "واجهة قائمة اللعبة", "لاعبون خلال النهائي"],
            "ag": ["حقل قمح قبيل الحصاد", "مزارع يتفقد أشجار الزيتون", "قطيع أغنام في مرعى",
                   "بيوت بلاستيكية لزراعة الخضار", "قناة ري فرعية"],
            "lg": ["مبنى المحكمة", "ميزان العدالة", "قاعة جلسات", "مطرقة القاضي على المنصة", "واجهة قصر العدل"]}
CREDITS = {"c_sh": ["مصطفى الطائي", "وحدة التصوير", "أرشيف المركز", "حسنين العبيدي"],
           "c_fc": ["المركز الإعلامي للنادي", "عدسة النادي", "صفحة النادي الرسمية", "مصور النادي"],
           "c_ca": {"uz": ["UzA", "Prezident matbuot xizmati", "agentlik arxivi"],
                    "kz": ["Ақорда баспасөз қызметі", "агенттік мұрағаты", "Dala Photo"],
                    "": ["أرشيف الوكالة", "الخدمة الصحفية للرئاسة"]},
           "c_cl": ["إنستغرام", "مواقع التواصل الاجتماعي", "الشركة المنتجة", "المكتب الإعلامي للفنان"],
           "c_gm": ["Press Kit", "الناشر", "استوديو التطوير", "حساب اللعبة الرسمي"],
           "c_ag": ["المرشد الزراعي", "أرشيف الموقع", "مديرية الزراعة", "مزارعون من المنطقة"],
           "c_lg": ["أرشيفية", "خاص", "موقع المحكمة", "أرشيف البوابة"]}
LEDE_LABEL = {"sh": "خلاصة الخبر", "fc": "ملخص البيان", "ca": "موجز الخبر", "cl": "الحكاية باختصار",
              "gm": "TL;DR", "ag": "الخلاصة للمزارع", "lg": "الخلاصة القانونية"}
SRC_EXTRA = {"sh": ["وكالات", "دائرة الإعلام", "مراسل المركز"],
             "fc": ["المركز الإعلامي للنادي", "الجامعة الوطنية لكرة القدم", "وكالات"],
             "ca": ["وكالات", "الخدمة الصحفية للرئاسة", "وزارة الخارجية"],
             "cl": ["مواقع التواصل الاجتماعي", "وكالات", "الشركة المنتجة"],
             "gm": ["الموقع الرسمي للعبة", "حساب الناشر على X", "وكالات"],
             "ag": ["وزارة الزراعة", "مديرية الزراعة", "الأرصاد الجوية"],
             "lg": ["حيثيات الحكم", "مصادر قضائية", "الجريدة الرسمية"]}
SHORT_CITY = {"كربلاء المقدسة": "كربلاء", "النجف الأشرف": "النجف", "الكاظمية المقدسة": "الكاظمية"}
SH_EVENTS = ["المؤتمر العلمي السنوي", "معرض الكتاب الدولي", "مهرجان الشعر", "الملتقى الثقافي للشباب"]
SH_BOOKS = ["تاريخ المدينة في الوثائق", "صفحات من تراث الخط العربي", "رحلات الزائرين", "فهرس المخطوطات"]
FC_OPP = ["نهضة السهل", "الرجاء الساحلي", "أولمبيك الجنوب", "النجم الأزرق", "الاتحاد الجبلي", "شباب المدينة",
          "الهلال البحري"]
FC_PLAYERS = ["يونس الحداد", "أمين بلقاسم", "عمر النفاتي", "سعيد المالكي", "كريم عبد السلام", "إلياس الرامي",
              "حمزة الصغير"]
FC_COMP = {"ma": "البطولة الاحترافية", "tn": "الرابطة المحترفة الأولى", "sa": "دوري الدرجة الأولى",
           "eg": "الدوري الممتاز"}
FC_SPONSORS = [("شركة الأطلس للاتصالات", "الراعي الرسمي"), ("جوال بلس", "الراعي الرسمي"),
               ("مصرف الواحة", "الشريك المصرفي"), ("بنك السنابل", "الشريك المصرفي"),
               ("رياضة برو", "المورد الرسمي للتجهيزات"), ("مياه الينابيع", "المياه الرسمية"),
               ("طيران الساحل", "الناقل الرسمي")]
FC_FANS = ["أطلسي حتى النخاع", "ولد الدرب", "مشجع من الجنوب", "أبو ريان", "عاشق الأزرق"]
FC_FAN_TEXTS = ["الله يوفق الفريق في المباراة القادمة", "نريد صفقات قوية في فترة الانتقالات",
                "الجمهور دائمًا في الموعد",
                "شكرًا للمركز الإعلامي على التغطية", "المدرب يحتاج إلى الوقت"]
CL_STARS = ["ليلى صبري", "كريم نعمان", "سارة الحلو", "يوسف الشامي", "نادين فارس", "مروان عادل"]
CL_WORKS = ["ليالي الحي القديم", "قلب من حجر", "آخر المشوار", "بيت الجيران", "صدى الأيام", "على ضفاف النهر"]
CL_TRENDS = ["#حفل_الختام", "#مسلسلات_الموسم", "#السجادة_الحمراء", "#ألبوم_جديد", "#مهرجان_السينما", "#كواليس"]
CL_CHANNELS = ["سهرة تي في", "الشاشة الذهبية", "دراما بلس"]
CL_HORO = ["يوم مناسب لبدء مشروع جديد، لكن تجنب التسرع في القرارات المالية.", "قد تتلقى خبرًا سارًا من شخص بعيد.",
           "امنح نفسك وقتًا للراحة وابتعد عن الجدال."]
CL_COMMENTERS = ["بنت الأصول", "مها", "عاشقة الدراما", "أحمد م.", "زائر"]
CL_COMMENTS = ["ربنا يوفقها، فنانة محترمة", "مستنيين العمل الجديد بفارغ الصبر", "الخبر ده اتقال قبل كده",
               "أحلى حاجة في الموضوع التفاصيل", "بالتوفيق للجميع"]
GM_TEAMS = ["Team Sahm", "Desert Wolves", "Najm Gaming", "Oasis Esports", "Falak Club", "Red Dunes"]
GM_TOURS = ["كأس الصحراء للرياضات الإلكترونية", "دوري النخبة العربي", "بطولة الخليج المفتوحة"]
GM_GAMES = ["Shadow Dunes", "Legends of Qamar", "Speed Souq", "Falcon Strike", "Kingdom Sands"]
GM_STORES = ["PlayStation Store", "Steam", "Xbox Store", "Nintendo eShop"]
GM_GAMERS = ["xX_Saqr_Xx", "noob_master_sa", "Lama.GG", "Abu3bed", "ProGamer966"]
GM_COMMENTS = ["أخيرًا خبر يستاهل", "الأسعار في المنطقة مبالغ فيها", "مين جرب النسخة التجريبية؟",
               "شكرًا على التغطية السريعة", "ننتظر المراجعة الكاملة"]
GM_PROS = ["عالم مفتوح واسع", "موسيقى تصويرية رائعة", "أداء ثابت", "نظام قتال عميق"]
GM_CONS = ["مهام جانبية مكررة", "شاشات تحميل طويلة", "قصة قصيرة", "واجهة مزدحمة"]
GM_PLATFORMS = ["PS5", "Xbox Series X|S", "PC", "Switch"]
AG_VEG = {"eg": ["طماطم", "خيار", "بطاطس", "بصل", "كوسة", "باذنجان"],
          "": ["بندورة", "خيار", "بطاطا", "بصل", "كوسا", "باذنجان"]}
AG_UNIT = {"sy": ("ل.س/كغ", 2000, 9000, 100), "jo": ("قرش/كغ", 20, 120, 5), "iq": ("دينار/كغ", 500, 3000, 250),
           "eg": ("جنيه/كغ", 5, 40, 1)}
AG_FEED = ["شعير علفي", "نخالة", "ذرة صفراء", "كسبة قطن", "تبن"]
AG_TIPS = ["ري الأشجار المثمرة في الصباح الباكر يقلل الفاقد بالتبخر.",
           "افحص الأوراق من الأسفل للكشف المبكر عن الذبابة البيضاء.",
           "لا تضف السماد الآزوتي قبل هطول المطر مباشرة.", "نظّف قنوات الري الفرعية قبل بدء موسم السقاية."]
AG_TASKS = {"cool": ["• تقليم أشجار العنب قبل انتفاخ البراعم", "• رش وقائي لأشجار الزيتون ضد عين الطاووس",
                     "• تحضير المشاتل لزراعة الخضار الصيفية", "• تحصين الأغنام ضد الجدري",
                     "• زراعة البطاطا الربيعية في المناطق الدافئة", "• مكافحة الأعشاب في حقول القمح"],
            "warm": ["• ري الأشجار المثمرة ليلًا خلال موجات الحر", "• جني محصول البطاطا الربيعية وتخزينه في الظل",
                     "• مكافحة دودة ثمار البندورة", "• تظليل حظائر الدواجن وتأمين مياه الشرب",
                     "• تحضير التربة للزراعات الشتوية", "• قطاف التين والعنب في الصباح الباكر"]}
# mean day temperature by month, for the weather widget
AG_TEMP = [10, 12, 16, 21, 27, 31, 34, 34, 31, 25, 17, 12]
AG_QA = [("س: ما سبب اصفرار أوراق الليمون رغم الري المنتظم؟",
          "ج: غالبًا نقص في الحديد أو زيادة في الري، وننصح بتحليل التربة قبل التسميد."),
         ("س: متى أبدأ بتسميد أشجار الزيتون؟", "ج: مع بداية النشاط الربيعي وبعد هطول أمطار كافية."),
         ("س: هل يمكن زراعة الفريز في البيوت البلاستيكية؟",
          "ج: نعم، مع الانتباه إلى التهوية وتجنب الرطوبة الزائدة.")]
LG_TOPICS = ["تنظيم الإيجار", "حماية البيانات الشخصية", "الأحوال الشخصية", "مكافحة الجرائم الإلكترونية",
             "التحكيم التجاري"]
LG_COURTS = {"eg": ["محكمة جنايات القاهرة", "محكمة النقض", "محكمة الأسرة بمصر الجديدة"],
             "jo": ["محكمة بداية عمّان", "محكمة استئناف عمّان", "محكمة التمييز"],
             "ae": ["محكمة دبي الابتدائية", "محكمة الاستئناف الاتحادية", "المحكمة الاتحادية العليا"]}
LG_KINDS = ["جنايات", "جنح مستأنف", "مدني كلي", "أسرة", "عمالي"]
LG_ARTICLES = ["يعاقب بالحبس مدة لا تقل عن ستة أشهر كل من أفشى سرًا اؤتمن عليه بحكم مهنته",
               "لا جريمة ولا عقوبة إلا بناءً على قانون",
               "يجوز للمحكمة أن تأمر بوقف تنفيذ العقوبة إذا رأت من ظروف الدعوى ما يبعث على الاعتقاد بعدم العودة"]
LG_QUESTIONS = [("س: هل يجوز الطعن على الحكم بعد فوات الميعاد؟",
                 "ج: الأصل أن الميعاد من النظام العام، ولا يقبل الطعن بعد فواته إلا في حالات استثنائية."),
                ("س: ما المستندات المطلوبة لرفع دعوى نفقة؟",
                 "ج: عقد الزواج وما يثبت دخل الزوج إن وجد، مع صحيفة الدعوى."),
                ("س: هل تُقبل الرسائل الإلكترونية دليلًا أمام المحكمة؟",
                 "ج: نعم، متى أمكن التحقق من مصدرها وسلامتها وفقًا لقانون الإثبات.")]
LG_FIELDS = ["قضايا الأسرة", "القضايا التجارية", "القضايا الجنائية", "قضايا العمل"]
LG_LAWYERS = ["المحامي شريف الدمرداش", "المحامية لبنى الزيات", "المستشار هاني البنا", "المحامي زياد الطراونة"]
DAGGER = {"هذا": "هٰذا", "هذه": "هٰذه", "ذلك": "ذٰلك", "لكن": "لٰكن", "الله": "اللّٰه"}
DAGGER_RE = re.compile(r"(?<!\w)(هذا|هذه|ذلك|لكن|الله)(?!\w)")


# ------------------------------------------------------------------ styles
# Lists are chosen from per document; `pre`, `header`, `posthead`, `mid` and
# `after` are ordered (component, probability) pairs.
NBASE = dict(site="sh", pre=[], header=[], widget=[None], kicker=0.0, title_noise=[None], title_mark=0.0,
             byline=[None], publine=[None], update=0.0, counter=0.0, lede=[None], lede_place=["deck"], caption=0.0,
             caption_fmt=["c_sh"], posthead=[], headings=0.0, heading_fmt=["h_sh"], dateline=[None], mid=[],
             after=[], footer=[None], layout=["blank"], body_noise=[None], crlf=0.0, bom=0.0)
LEDES = ["abstract", "teaser", "promoted", None]

STYLES = {
    "fresh19_1": dict(site="sh", header=[("sh_live", 0.6), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                                         ("sh_occasion", 0.45), ("sh_services", 0.35)],
                      widget=["w_sh_hijra", "w_sh_bars", "w_sh_two"], kicker=0.5,
                      byline=["b_sh_report", "b_sh_photo", "b_sh_two", "b_sh_desk", None],
                      publine=["p_sh_tarikh", "p_sh_tarikh", "p_sh_hij", "p_sh_sign"], update=0.3, counter=0.5,
                      lede=LEDES, lede_place=["deck", "boxed", "after_meta", "after_caption"],
                      caption=0.75, caption_fmt=["c_sh"], headings=0.35, heading_fmt=["h_sh"],
                      dateline=["dl_agfirst", None], mid=[("sh_also", 0.45), ("sh_live_mid", 0.25)],
                      after=[("sh_tags", 0.5), ("sh_src", 0.45), ("sh_share", 0.7), ("sh_more", 0.6),
                             ("sh_books", 0.35)],
                      footer=["f_sh"], layout=["blank"], body_noise=["dagger", "dagger", "zwnj", None]),
    "fresh19_2": dict(site="fc", pre=[("fc_app", 0.4)],
                      header=[("fc_top", 0.8), ("site_name", 1.0), ("widget", 0.7), ("nav", 0.9), ("fc_next", 0.6),
                              ("fc_result", 0.4)],
                      widget=["w_fc_club"], kicker=0.6, title_noise=[None, None, "nbsp"],
                      byline=["b_fc_media", "b_fc_name", "b_fc_photo", "b_fc_two"],
                      publine=["p_fc_dot", "p_fc_club", "p_fc_rel"], update=0.25, counter=0.4,
                      lede=LEDES, lede_place=["deck", "after_caption", "label_above"],
                      caption=0.85, caption_fmt=["c_fc"], headings=0.3, heading_fmt=["h_fc"],
                      mid=[("fc_vote", 0.3), ("fc_store", 0.35), ("fc_tickets", 0.3)],
                      after=[("fc_table", 0.45), ("fc_tags", 0.4), ("fc_share", 0.7), ("fc_sponsors", 0.5),
                             ("fc_more", 0.55), ("fc_fans", 0.35), ("fc_src", 0.3)],
                      footer=["f_fc"], layout=["single", "single", "blank"], crlf=0.2),
    "fresh19_3": dict(site="ca", header=[("ca_lang", 0.8), ("ca_rates", 0.6), ("site_name", 1.0), ("widget", 0.85),
                                         ("nav", 0.9)],
                      widget=["w_ca_native", "w_ca_native", "w_ca_dot"], kicker=0.4,
                      byline=["b_ca_corr", "b_ca_tr", "b_ca_native", "b_ca_desk", None],
                      publine=["p_ca_local", "p_ca_native", "p_ca_gmt"], update=0.3, counter=0.5,
                      lede=LEDES, lede_place=["deck", "after_meta", "label_inline"],
                      caption=0.7, caption_fmt=["c_ca"], headings=0.3, heading_fmt=["h_ca"],
                      dateline=["dl_pipe", "dl_pipe", None], mid=[("ca_also", 0.5)],
                      after=[("ca_tags", 0.5), ("ca_src", 0.5), ("ca_share", 0.7), ("ca_more", 0.6),
                             ("ca_reuse", 0.5)],
                      footer=["f_ca"], layout=["ps", "blank"], body_noise=[None, "hair"]),
    "fresh19_4": dict(site="cl", pre=[("cl_notify", 0.4)],
                      header=[("cl_trend", 0.7), ("site_name", 1.0), ("widget", 0.8), ("nav", 0.9),
                              ("cl_bday", 0.4)],
                      widget=["w_cl_native", "w_cl_native", "w_cl_stamp"], kicker=0.5,
                      byline=["b_cl_katab", "b_cl_city", "b_cl_two", "b_cl_desk"],
                      publine=["p_cl_abs", "p_cl_relabs", "p_cl_rel", "p_cl_zone"], update=0.25, counter=0.4,
                      lede=LEDES, lede_place=["deck", "star", "after_caption"],
                      caption=0.8, caption_fmt=["c_cl"], headings=0.3, heading_fmt=["h_cl"],
                      mid=[("cl_poll", 0.3), ("cl_watch", 0.4)],
                      after=[("cl_card", 0.45), ("cl_horo", 0.35), ("cl_tv", 0.35), ("cl_tags", 0.5),
                             ("cl_src", 0.35), ("cl_share", 0.6), ("cl_comments", 0.45)],
                      footer=["f_cl"], layout=["brl", "brl", "blank"], bom=0.2),
    "fresh19_5": dict(site="gm", pre=[("gm_age", 0.15)],
                      header=[("gm_top", 0.8), ("site_name", 1.0), ("widget", 0.35), ("gm_live", 0.5), ("nav", 0.9),
                              ("gm_platforms", 0.5)],
                      widget=["w_gm_spaced"], kicker=0.5, title_mark=0.2,
                      byline=["b_gm_handle", "b_gm_by", "b_gm_staff", "b_gm_two"],
                      publine=["p_gm_iso", "p_gm_agoabs", "p_gm_en"], update=0.3, counter=0.4,
                      lede=LEDES, lede_place=["label_inline", "deck", "after_meta"],
                      caption=0.8, caption_fmt=["c_gm"], posthead=[("gm_release", 0.3)], headings=0.45,
                      heading_fmt=["h_gm"], mid=[("gm_trailer", 0.4), ("gm_deal", 0.3)],
                      after=[("gm_review", 0.35), ("gm_bracket", 0.35), ("gm_tags", 0.5), ("gm_src", 0.45),
                             ("gm_discord", 0.45), ("gm_more", 0.5), ("gm_comments", 0.45)],
                      footer=["f_gm"], layout=["blank"], body_noise=[None, "nbsp"], crlf=0.3),
    "fresh19_6": dict(site="ag", header=[("ag_prices", 0.65), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                                         ("ag_rain", 0.45), ("ag_frost", 0.25)],
                      widget=["w_ag_native", "w_ag_native", "w_ag_weather"], kicker=0.45,
                      byline=["b_ag_eng", "b_ag_corr", "b_ag_two", "b_ag_desk", None],
                      publine=["p_ag_added", "p_ag_arrow", "p_ag_num"], update=0.2, counter=0.4,
                      lede=LEDES, lede_place=["deck", "label_above", "after_meta"],
                      caption=0.7, caption_fmt=["c_ag"], headings=0.4, heading_fmt=["h_ag"],
                      dateline=["dl_dash2", None], mid=[("ag_tip", 0.45)],
                      after=[("ag_feed", 0.4), ("ag_calendar", 0.4), ("ag_qa", 0.4), ("ag_tags", 0.45),
                             ("ag_src", 0.5), ("ag_share", 0.6), ("ag_more", 0.5)],
                      footer=["f_ag"], layout=["blank", "single"]),
    "fresh19_7": dict(site="lg", header=[("lg_ask", 0.6), ("site_name", 1.0), ("widget", 0.85), ("nav", 0.9),
                                         ("lg_gazette", 0.4)],
                      widget=["w_lg_label", "w_lg_hijnum"], kicker=0.5,
                      byline=["b_lg_adv", "b_lg_court", "b_lg_rev", "b_lg_desk"],
                      publine=["p_lg_num", "p_lg_m", "p_lg_pair"], update=0.3, counter=0.4,
                      lede=LEDES, lede_place=["deck", "after_meta", "label_above"],
                      caption=0.55, caption_fmt=["c_lg"], posthead=[("lg_case", 0.5)], headings=0.4,
                      heading_fmt=["h_lg"], dateline=["dl_dash2", None],
                      mid=[("lg_article", 0.4), ("lg_ask_mid", 0.3)],
                      after=[("lg_rulings", 0.45), ("lg_more", 0.35), ("lg_tags", 0.5), ("lg_src", 0.45),
                             ("lg_disclaimer", 0.7), ("lg_lawyers", 0.35), ("lg_questions", 0.35)],
                      footer=["f_lg"], layout=["blank"], body_noise=[None, "dblspace"], crlf=0.15),
    "fresh19_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["fc_top", "gm_top", "ca_lang", "lg_ask", "sh_live", "ca_rates", "ag_prices", "cl_trend", "site_name",
                "widget", "gm_live", "nav", "gm_platforms", "fc_next", "fc_result", "sh_occasion", "sh_services",
                "cl_bday", "ag_rain", "ag_frost", "lg_gazette"]
HEAD_POOL = [h for h in HEADER_ORDER if h not in ("site_name", "widget", "nav")]
PRE_POOL = ["fc_app", "cl_notify", "gm_age"]
POSTHEAD_POOL = ["gm_release", "lg_case"]
MID_POOL = ["sh_also", "sh_live_mid", "fc_vote", "fc_store", "fc_tickets", "ca_also", "cl_poll", "cl_watch",
            "gm_trailer", "gm_deal", "ag_tip", "lg_article", "lg_ask_mid"]
AFTER_POOL = ["sh_tags", "sh_src", "sh_share", "sh_more", "sh_books", "fc_table", "fc_tags", "fc_share",
              "fc_sponsors", "fc_more", "fc_fans", "fc_src", "ca_tags", "ca_src", "ca_share", "ca_more", "ca_reuse",
              "cl_card", "cl_horo", "cl_tv", "cl_tags", "cl_src", "cl_share", "cl_comments", "gm_review",
              "gm_bracket", "gm_tags", "gm_src", "gm_discord", "gm_more", "gm_comments", "ag_feed", "ag_calendar",
              "ag_qa", "ag_tags", "ag_src", "ag_share", "ag_more", "lg_rulings", "lg_more", "lg_tags", "lg_src",
              "lg_disclaimer", "lg_lawyers", "lg_questions"]
CHOICES = dict(widget=["w_sh_hijra", "w_sh_bars", "w_sh_two", "w_fc_marhij", "w_fc_slashmon", "w_fc_hijnum",
                       "w_fc_wdafter", "w_ca_uz", "w_ca_kz", "w_ca_dot", "w_cl_muwafiq", "w_cl_lb", "w_cl_stamp",
                       "w_gm_spaced", "w_ag_slashmon", "w_ag_eg", "w_ag_weather", "w_lg_label", "w_lg_hijnum", None],
               byline=["b_sh_report", "b_sh_photo", "b_sh_two", "b_sh_desk", "b_fc_media", "b_fc_name",
                       "b_fc_photo", "b_fc_two", "b_ca_corr", "b_ca_tr", "b_ca_native", "b_ca_desk", "b_cl_katab",
                       "b_cl_city", "b_cl_two", "b_cl_desk", "b_gm_handle", "b_gm_by", "b_gm_staff", "b_gm_two",
                       "b_ag_eng", "b_ag_corr", "b_ag_two", "b_ag_desk", "b_lg_adv", "b_lg_court", "b_lg_rev",
                       "b_lg_desk", None],
               publine=["p_sh_tarikh", "p_sh_hij", "p_sh_sign", "p_fc_dot", "p_fc_club", "p_fc_rel", "p_ca_local",
                        "p_ca_native", "p_ca_gmt", "p_cl_abs", "p_cl_relabs", "p_cl_rel", "p_cl_zone", "p_gm_iso",
                        "p_gm_agoabs", "p_gm_en", "p_ag_added", "p_ag_arrow", "p_ag_num", "p_lg_num", "p_lg_m",
                        "p_lg_pair", None],
               caption_fmt=["c_sh", "c_fc", "c_ca", "c_cl", "c_gm", "c_ag", "c_lg"],
               lede_place=["deck", "after_meta", "after_caption", "boxed", "star", "label_inline", "label_above"],
               heading_fmt=["h_sh", "h_fc", "h_ca", "h_cl", "h_gm", "h_ag", "h_lg"],
               dateline=["dl_agfirst", "dl_pipe", "dl_dash2", None],
               footer=["f_sh", "f_fc", "f_ca", "f_cl", "f_gm", "f_ag", "f_lg", None],
               body_noise=[None, "dagger", "zwnj", "hair", "nbsp", "dblspace"],
               title_noise=[None, "nbsp"])
BASES = [f"fresh19_{k}" for k in range(1, 8)]
MARKED_LEDES = ("boxed", "star", "label_inline", "label_above")


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
    own = [h for h, _ in STYLES[base]["header"] if h in HEAD_POOL and rng.random() < 0.6]
    extra = [h for h in HEAD_POOL if rng.random() < 0.1]
    names = own + extra + ["site_name", "widget", "nav"]
    spec["header"] = [(h, 0.8 if h == "widget" else 1.0) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    spec["pre"] = [(p, 1.0) for p in PRE_POOL if rng.random() < 0.2]
    spec["kicker"] = rng.choice([0.0, 0.5])
    spec["title_mark"] = rng.choice([0.0, 0.0, 0.2])
    spec["update"] = rng.choice([0.0, 0.4])
    spec["counter"] = rng.choice([0.0, 0.4])
    spec["caption"] = 0.65
    spec["lede"] = list(LEDES)
    spec["headings"] = 0.4
    spec["posthead"] = [(p, 0.25) for p in POSTHEAD_POOL]
    spec["mid"] = [(m, 0.12) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.1]
    rng.shuffle(after)
    spec["after"] = [(a, 1.0) for a in after]
    spec["layout"] = [rng.choice(["blank", "blank", "single", "brl", "ps"])]
    spec["crlf"] = rng.choice([0.0, 0.0, 0.4])
    spec["bom"] = rng.choice([0.0, 0.0, 0.3])
    return spec


# ------------------------------------------------------------------ dates
NATIVE_WIDGET = {"w_fc_club": ({"ma": "w_fc_marhij", "tn": "w_fc_slashmon", "sa": "w_fc_hijnum"}, "w_fc_wdafter"),
                 "w_ca_native": ({"uz": "w_ca_uz", "kz": "w_ca_kz"}, "w_ca_dot"),
                 "w_cl_native": ({"lb": "w_cl_lb"}, "w_cl_muwafiq"),
                 "w_ag_native": ({"eg": "w_ag_eg"}, "w_ag_slashmon")}


def fmt_widget(fmt, d, rng, ctx):
    """(format used, lines) of the site's header date widget for day d (the crawl day)."""
    if fmt in NATIVE_WIDGET:
        table, default = NATIVE_WIDGET[fmt]
        fmt = table.get(ctx["country"], default)
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    hy, hmo, hd = G.hijri(d)
    if fmt == "w_sh_hijra":
        return fmt, [f"{wd} {hd} {IQ_HIJ[hmo - 1]} {hy} للهجرة — {day} {G.LEV[m]} {y} للميلاد".translate(IND)]
    if fmt == "w_sh_bars":
        return fmt, [f"{wd} | {hd} {IQ_HIJ[hmo - 1]} {hy} | {day} {G.LEV[m]} {y}"]
    if fmt == "w_sh_two":
        return fmt, [f"{hd} / {IQ_HIJ[hmo - 1]} / {hy} هـ".translate(IND),
                     f"{day} / {G.LEV[m]} / {y} م".translate(IND)]
    if fmt == "w_fc_marhij":
        return fmt, [f"{wd} {day} {G.MAR[m]} {y} — {hd} {G.HIJ[hmo - 1]} {hy}"]
    if fmt == "w_fc_slashmon":
        return fmt, [f"{wd} {day}/{G.MAG[m]}/{y}"]
    if fmt == "w_fc_hijnum":
        return fmt, [f"{wd} {hy}/{hmo:02d}/{hd:02d}هـ - {y}/{m + 1:02d}/{day:02d}م"]
    if fmt == "w_fc_wdafter":
        return fmt, [f"{day} {G.EG[m]} {y} - {wd}"]
    if fmt == "w_ca_uz":
        return fmt, [f"{UZ_WD[wk]}, {day}-{UZ_MON[m]}, {y}-yil"]
    if fmt == "w_ca_kz":
        return fmt, [f"{y} жылғы {day} {KZ_MON[m]}, {KZ_WD[wk]}"]
    if fmt == "w_ca_dot":
        return fmt, [f"{day:02d}.{m + 1:02d}.{y} — {wd}"]
    if fmt == "w_cl_muwafiq":
        return fmt, [f"{wd} الموافق {day} {G.EG[m]} {y}"]
    if fmt == "w_cl_lb":
        return fmt, [f"اليوم {wd} {day} {G.LEV[m]} {y}"]
    if fmt == "w_cl_stamp":
        return fmt, [f"{day}/{m + 1}/{y} ● آخر تحديث للصفحة قبل {rng.randint(2, 9)} دقائق"]
    if fmt == "w_gm_spaced":
        return fmt, [f"🗓 {day:02d} / {m + 1:02d} / {y}"]
    if fmt == "w_ag_slashmon":
        return fmt, [f"{wd} {day}/{G.LEV[m]}/{y}"]
    if fmt == "w_ag_eg":
        return fmt, [f"{wd} {day} {G.EG[m]} {y} م"]
    if fmt == "w_ag_weather":
        mon = months_of(ctx["country"])
        t = AG_TEMP[m] + rng.randint(-5, 5)
        return fmt, [f"{wd} {day} {mon[m]} {y} · {ctx['city']} {t}° · رطوبة {rng.randint(20, 90)}٪"]
    if fmt == "w_lg_label":
        mon = months_of(ctx["country"])
        return fmt, [f"تاريخ اليوم: {wd} {day} {mon[m]} {y}"]
    if fmt == "w_lg_hijnum":
        return fmt, [f"{day:02d}/{m + 1:02d}/{y}م الموافق {hd:02d}/{hmo:02d}/{hy}هـ"]
    raise ValueError(fmt)


RELATIVE_ONLY = ("p_cl_rel",)


def fmt_publine(fmt, d, tm, rng, ctx):
    """Where and how the publication date shows: dict(meta=[meta lines], after=[lines after the body],
    value=published truth or None)."""
    crawl = ctx["crawl"]
    if fmt == "p_cl_rel":
        return dict(meta=[rel_ar(d or crawl, crawl, rng, "منذ")], after=[], value=None)
    wk, y, m, day = d.weekday(), d.year, d.month - 1, d.day
    wd = G.WD[wk]
    full = d.isoformat() + (f"T{hm(*tm)}" if tm else "")
    out = dict(meta=[], after=[], value=full)
    mon = months_of(ctx["country"])
    if tm:
        hh, mi = tm
        ampm = "م" if hh >= 12 else "ص"
    if fmt == "p_sh_tarikh":
        out["meta"] = [f"تأريخ النشر: {day} / {m + 1} / {y}" +
                       (f" — {G.h12(hh)}:{mi:02d} {sh_period(hh)}" if tm else "")]
    elif fmt == "p_sh_hij":
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"نُشر بتأريخ {hd} {IQ_HIJ[hmo - 1]} {hy}هـ الموافق {day} {G.LEV[m]} {y}م" +
                       (f"، الساعة {hm(hh, mi)}" if tm else "")]
    elif fmt == "p_sh_sign":
        out["value"] = d.isoformat()
        out["after"] = [f"— {ctx['site']}، {ctx['city_full']}، {day} {G.LEV[m]} {y}"]
    elif fmt == "p_fc_dot":
        out["meta"] = [(f"{hm(hh, mi)} | " if tm else "") + f"{day:02d}.{m + 1:02d}.{y}"]
    elif fmt == "p_fc_club":
        out["meta"] = [f"نُشر يوم {wd} {day} {mon[m]} {y}" + (f" على {hm(hh, mi)}" if tm else "")]
    elif fmt == "p_fc_rel":
        out["value"] = d.isoformat()
        out["meta"] = [f"{rel_ar(d, crawl, rng)} · {day} {G.EG[m]} {y}"]
    elif fmt == "p_ca_local":
        out["meta"] = [f"نُشر في {day:02d}.{m + 1:02d}.{y}" + (f"، {hm(hh, mi)} بتوقيت {ctx['tzcity']}" if tm else "")]
    elif fmt == "p_ca_native":
        if ctx["country"] == "kz":
            out["meta"] = [f"Жарияланды: {day:02d}.{m + 1:02d}.{y}" + (f", {hm(hh, mi)}" if tm else "")]
        else:
            out["meta"] = [f"Nashr etildi: {day:02d}.{m + 1:02d}.{y}" + (f" | {hm(hh, mi)}" if tm else "")]
    elif fmt == "p_ca_gmt":
        out["meta"] = [f"{y}-{m + 1:02d}-{day:02d}" + (f" {hm(hh, mi)} (GMT+5)" if tm else "")]
    elif fmt == "p_cl_abs":
        out["meta"] = [f"{wd} {day} {G.EG[m]} {y}" + (f" ⏰ {G.h12(hh)}:{mi:02d} {ampm}" if tm else "")]
    elif fmt == "p_cl_relabs":
        out["value"] = d.isoformat()
        out["meta"] = [f"{rel_ar(d, crawl, rng, 'منذ')} | {day} {G.EG[m]} {y}"]
    elif fmt == "p_cl_zone":
        out["meta"] = [f"{day} {mon[m]} {y}" + (f" - {hm(hh, mi)} بتوقيت {ctx['city']}" if tm else "")]
    elif fmt == "p_gm_iso":
        out["value"] = d.isoformat()
        out["meta"] = [f"📅 {y}-{m + 1:02d}-{day:02d} · ⏱ {rng.randint(3, 12)} دقائق قراءة"]
    elif fmt == "p_gm_agoabs":
        out["value"] = d.isoformat()
        rel = rel_ar(d, crawl, rng)
        out["meta"] = [f"نُشر {rel} ({day} {G.EG[m]} {y})"]
    elif fmt == "p_gm_en":
        out["meta"] = [f"{EN_MON3[m]} {day}, {y}" +
                       (f" · {G.h12(hh)}:{mi:02d} {'PM' if hh >= 12 else 'AM'} AST" if tm else "")]
    elif fmt == "p_ag_added":
        out["meta"] = [f"أُضيف في {day}/{mon[m]}/{y}" + (f" الساعة {hm(hh, mi)}" if tm else "")]
    elif fmt == "p_ag_arrow":
        out["value"] = d.isoformat()
        out["meta"] = [f"تاريخ الخبر ⇠ {day} {mon[m]} {y}"]
    elif fmt == "p_ag_num":
        out["meta"] = [f"{day:02d}-{m + 1:02d}-{y}" + (f" ، {G.h12(hh)}:{mi:02d} {ampm}" if tm else "")]
    elif fmt == "p_lg_num":
        out["meta"] = [f"تاريخ النشر: {y}/{m + 1:02d}/{day:02d}" + (f" - الساعة {hm(hh, mi)}" if tm else "")]
    elif fmt == "p_lg_m":
        out["value"] = d.isoformat()
        out["meta"] = [f"نُشر بتاريخ {wd} {day} {mon[m]} {y}م"]
    elif fmt == "p_lg_pair":
        hy, hmo, hd = G.hijri(d)
        out["meta"] = [f"نُشر في {day:02d}/{m + 1:02d}/{y}م الموافق {hd}/{hmo}/{hy}هـ" +
                       (f" - {hm(hh, mi)}" if tm else "")]
    else:
        raise ValueError(fmt)
    return out


UPDATE_OF = {"p_sh_tarikh": "u_sh", "p_sh_hij": "u_sh", "p_fc_dot": "u_fc", "p_fc_club": "u_fc",
             "p_ca_local": "u_ca", "p_ca_native": "u_ca", "p_ca_gmt": "u_ca", "p_cl_abs": "u_cl",
             "p_cl_zone": "u_cl", "p_gm_iso": "u_gm", "p_gm_en": "u_gm", "p_ag_added": "u_ag", "p_ag_num": "u_ag",
             "p_lg_num": "u_lg", "p_lg_pair": "u_lg"}


def fmt_update(ufmt, pub, tm, crawl, rng, ctx):
    """(line, modified truth) of an update line no later than the crawl day; (None, None) without room."""
    start = datetime.datetime(pub.year, pub.month, pub.day, *(tm or (rng.randint(7, 12), rng.randint(0, 59))))
    room = int((datetime.datetime(crawl.year, crawl.month, crawl.day, 23, 59) - start).total_seconds() // 60)
    if room < 20:
        return None, None
    u = start + datetime.timedelta(minutes=rng.randint(15, min(room, 60 * 30)))
    d, hh, mi = u.date(), u.hour, u.minute
    if ufmt == "u_sh":
        line = f"تم التحديث بتأريخ: {d.day}/{d.month}/{d.year} — {hm(hh, mi)}"
    elif ufmt == "u_fc":
        line = f"آخر تعديل ↻ {hm(hh, mi)} {d.day:02d}.{d.month:02d}.{d.year}"
    elif ufmt == "u_ca":
        if ctx["country"] == "kz":
            line = f"Жаңартылды: {d.day:02d}.{d.month:02d}.{d.year}, {hm(hh, mi)}"
        else:
            line = f"Yangilandi: {d.day:02d}.{d.month:02d}.{d.year} | {hm(hh, mi)}"
    elif ufmt == "u_cl":
        line = f"حُدِّث الخبر: {d.day} {G.EG[d.month - 1]} {d.year} {hm(hh, mi)}"
    elif ufmt == "u_gm":
        line = f"✏️ عُدّل في {d.year}-{d.month:02d}-{d.day:02d} {hm(hh, mi)}"
    elif ufmt == "u_ag":
        line = f"عُدّل الخبر في {d.day}/{months_of(ctx['country'])[d.month - 1]}/{d.year} {hm(hh, mi)}"
    else:
        line = f"آخر تحديث للخبر: {d.year}/{d.month:02d}/{d.day:02d} {hm(hh, mi)}"
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
    """Body or title noise that display normalization or word folding removes."""
    if kind == "nbsp":
        return spaces_to(text, NBSP, 0.1, rng)
    if kind == "hair":
        return spaces_to(text, HAIR, 0.08, rng)
    if kind == "dblspace":
        return spaces_to(text, "  ", 0.1, rng)
    if kind == "dagger":
        return DAGGER_RE.sub(lambda mt: DAGGER[mt.group(1)], text)
    if kind == "zwnj":
        return re.sub("(?<=[\u0621-\u064a]) ", lambda mt: ZWNJ + " " if rng.random() < 0.06 else " ", text)
    return text


def heading_lines(h, fmt):
    return [{"h_sh": f"◈ {h}", "h_fc": f"▶ {h}", "h_ca": f"— {h} —", "h_cl": f"♦ {h}", "h_gm": f"◢ {h}",
             "h_ag": f"🌿 {h}", "h_lg": f"§ {h}"}.get(fmt, h)]


def caption_line(cfmt, cap, credit, ctx):
    if cfmt == "c_sh":
        return f"{cap} — بعدسة: {credit}"
    if cfmt == "c_fc":
        return f"{cap} (📸 {credit})"
    if cfmt == "c_ca":
        label = {"uz": "Surat:", "kz": "Фото:"}.get(ctx["country"], "الصورة:")
        return f"{cap} / {label} {credit}"
    if cfmt == "c_cl":
        return f"{cap} 〔{credit}〕"
    if cfmt == "c_gm":
        return f"🎮 {cap} — المصدر: {credit}"
    if cfmt == "c_ag":
        return f"الصورة: {cap} ({credit})"
    if cfmt == "c_lg":
        return f"[صورة] {cap} ‖ {credit}"
    raise ValueError(cfmt)


def apply_dateline(form, doc, paras, truth, comp):
    dl = G.dateline_parts(doc["author"]) if form else None
    if not dl or not paras:
        return None
    place, rest = dl
    if form == "dl_agfirst":
        paras[0] = f"({rest}) {place} – {paras[0]}"
    elif form == "dl_pipe":
        paras[0] = f"{place} | {rest} | {paras[0]}"
    else:
        paras[0] = f"{place} -- {rest} -- {paras[0]}"
    truth["dateline"] = place
    if G.AGENCY_CODES.get(rest):
        truth["agencies"].append(G.AGENCY_CODES[rest])
    comp["dateline"] = form
    return dl


def short_club(site):
    return site.replace("نادي ", "", 1).replace(" الرياضي", "")


# --------------------------------------------------------------- rendering
def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict), the same schema as gen_dumps.render()."""
    key = spec["site"]
    comp = {"site": key, "base": spec.get("base")}
    others = Pool([o for o in rng.sample(others, min(len(others), 60)) if fold(o) != fold(doc["title"])], rng)
    groups = []  # dicts: kind, lines, chrome (bool), glue (no separator line before)

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
    site, dom, tagline, city, country = rng.choice(SITES[key])
    year = crawl.year
    layout = pick("layout")
    people = PEOPLE[key]
    name = rng.choice(people)
    name2 = rng.choice([p for p in people if p != name])
    female = name in FEMALE
    ctx = dict(key=key, site=site, city=SHORT_CITY.get(city, city), city_full=city, country=country, crawl=crawl,
               tzcity={"kz": "أستانا"}.get(country, "طشقند"))
    mon = months_of(country)

    summary, lede_mode = take_lede(spec, doc, paras, rng, comp)
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine")
    if pfmt and not pub and pfmt not in RELATIVE_ONLY:
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
    opp = rng.choice(FC_OPP)

    # before the page
    for pname, p in spec["pre"]:
        if rng.random() >= p:
            continue
        comp.setdefault("pre", []).append(pname)
        if pname == "fc_app":
            add("app", [f"حمّل التطبيق الرسمي لـ{site} وتابع المباريات مباشرة", "تحميل", "ليس الآن"])
        elif pname == "cl_notify":
            add("notify", ["هل تريد تلقي إشعارات فورية بآخر أخبار النجوم؟", "سماح", "لاحقًا"])
        elif pname == "gm_age":
            add("age", ["يحتوي هذا الخبر على مواد من لعبة مصنفة للبالغين (+18).", "أؤكد أن عمري 18 عامًا أو أكثر",
                        "رجوع"])

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "sh_live":
            n = f"{rng.randint(8000, 240000):,}".replace(",", "٬").translate(IND)
            add("live", [f"🔴 البث المباشر من الصحن | عدد الزائرين اليوم: {n}"])
        elif hname == "sh_occasion":
            d2 = crawl + datetime.timedelta(days=rng.randint(5, 60))
            hy, hmo, hd = G.hijri(d2)
            add("occasion", [f"المناسبة القادمة: {rng.choice(SH_EVENTS)} — "
                             f"{hd} {IQ_HIJ[hmo - 1]} {hy}هـ".translate(IND)])
        elif hname == "sh_services":
            add("services", ["خدمات الزائرين: " + " ◦ ".join(rng.sample(
                ["الإرشاد الديني", "المفقودات", "النقل المجاني", "المفارز الطبية", "حفظ الأمانات"], 4))])
        elif hname == "fc_top":
            add("top", [f"المتجر الرسمي | التذاكر | العضوية | الأكاديمية | "
                        f"{'Français' if country in ('ma', 'tn') else 'English'}"])
        elif hname == "fc_next":
            d2 = crawl + datetime.timedelta(days=rng.randint(2, 9))
            rnd = rng.randint(5, 29)
            add("next", ["المباراة القادمة", f"{short_club(site)} × {opp}",
                         f"{FC_COMP.get(country, 'الدوري الممتاز')} — الجولة {rnd}",
                         f"{G.WD[d2.weekday()]} {d2.day} {mon[d2.month - 1]} {d2.year} — "
                         f"{rng.choice([16, 17, 19, 20, 21])}:00",
                         f"⏳ {(d2 - crawl).days - 1:02d} يوم : {rng.randint(0, 23):02d} ساعة : "
                         f"{rng.randint(0, 59):02d} دقيقة"])
        elif hname == "fc_result":
            add("result", [f"آخر نتيجة: {short_club(site)} {rng.randint(0, 4)} - {rng.randint(0, 3)} "
                           f"{rng.choice([o for o in FC_OPP if o != opp])}"])
        elif hname == "ca_lang":
            add("lang", ["Қазақша | Русский | English | العربية | 中文" if country == "kz" else
                         "Oʻzbekcha | Ўзбекча | Русский | English | العربية"])
        elif hname == "ca_rates":
            if country == "kz":
                cur, vals = "تنغي", (rng.randint(43000, 48000) / 100, rng.randint(47000, 52000) / 100,
                                     rng.randint(450, 520) / 100)
            else:
                cur, vals = "سوم", (rng.randint(1180000, 1290000) / 100, rng.randint(1280000, 1400000) / 100,
                                    rng.randint(12500, 14500) / 100)
            add("rates", [f"أسعار الصرف الرسمية ({cur}): الدولار {vals[0]:.2f} | اليورو {vals[1]:.2f} | "
                          f"الروبل {vals[2]:.2f}", f"{ctx['tzcity']} {rng.randint(-8, 36):+d}°C"])
        elif hname == "cl_trend":
            add("trend", ["🔥 الأكثر بحثًا: " + " · ".join(rng.sample(CL_TRENDS, 3))])
        elif hname == "cl_bday":
            add("bday", [f"🎂 وُلد في مثل هذا اليوم: {rng.choice(CL_STARS)} ({crawl.day} {G.EG[crawl.month - 1]} "
                         f"{crawl.year - rng.randint(24, 60)})"])
        elif hname == "gm_top":
            add("top", ["News | Reviews | Esports | Guides | Deals | 🌙"])
        elif hname == "gm_live":
            add("live", [f"🔴 LIVE على Twitch: {rng.choice(GM_TOURS)} — {rng.randint(12, 480) / 10:.1f}K مشاهد"])
        elif hname == "gm_platforms":
            add("platforms", ["  ".join(rng.sample(GM_PLATFORMS, rng.randint(2, 4)))])
        elif hname == "ag_prices":
            unit, lo, hi, step = AG_UNIT.get(country, AG_UNIT["sy"])
            veg = AG_VEG.get(country, AG_VEG[""])
            add("prices", [f"أسعار سوق الهال اليوم ({unit}): " + " | ".join(
                f"{v} {rng.randrange(lo, hi, step)}" for v in rng.sample(veg, 4))])
        elif hname == "ag_rain":
            add("rain", [f"📏 الهطول المطري منذ بداية الموسم (1 {mon[8]}): "
                         f"{rng.randint(5, 120) if country == 'eg' else rng.randint(40, 600)} مم — "
                         f"{rng.randint(30, 140)}٪ من المعدل العام"])
        elif hname == "ag_frost":
            nxt = G.WD[(crawl.weekday() + 1) % 7]
            if crawl.month in (11, 12, 1, 2, 3):
                alert = f"احتمال تشكل الصقيع ليلة {nxt} في المناطق المرتفعة"
            elif crawl.month in (5, 6, 7, 8, 9):
                alert = f"موجة حارة متوقعة يوم {nxt}، يُنصح بالري في ساعات المساء"
            else:
                alert = f"رياح نشطة مثيرة للغبار يوم {nxt}، يُنصح بتأجيل الرش"
            add("frost", [f"⚠ تحذير: {alert}"])
        elif hname == "lg_ask":
            add("ask", [f"⚖ استشارة قانونية مجانية — اتصل على {rng.randint(16000, 19999)}"])
        elif hname == "lg_gazette":
            d3 = crawl - datetime.timedelta(days=rng.randint(3, 40))
            add("gazette", [f"آخر التشريعات: قانون رقم {rng.randint(2, 60)} لسنة {d3.year} بشأن "
                            f"{rng.choice(LG_TOPICS)} — نُشر في الجريدة الرسمية بتاريخ {d3.day} "
                            f"{mon[d3.month - 1]} {d3.year}"])
        elif hname == "site_name":
            add("site_name", [site, tagline] if tagline else [site])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                used, lines = fmt_widget(wfmt, crawl, rng, ctx)
                comp["widget"] = used
                add("widget", lines)
                truth["page_date"] = crawl.isoformat()
        elif hname == "nav":
            vocab = NAV[key]
            items = vocab[:1] + rng.sample(vocab[1:], rng.randint(3, len(vocab) - 1))
            if key == "sh":
                add("nav", ["  ❘  ".join(items)])
            elif key == "fc":
                add("nav", [" / ".join(items)])
            elif key == "gm":
                add("nav", ["  /  ".join(items)])
            elif key == "lg":
                add("nav", [" ¦ ".join(items)])
            elif key == "ca":
                add("nav", [" · ".join(items)])
            else:
                add("nav", items)
        comp.setdefault("header", []).append(hname)

    # the article's head
    tnoise = pick("title_noise")
    shown_title = noise(title, tnoise, rng)
    if rng.random() < spec["title_mark"]:
        shown_title = rng.choice(["حصري | ", "فيديو | ", "تقرير | "]) + shown_title
        comp["title_mark"] = True

    cap_line = None
    if rng.random() < spec["caption"]:
        cfmt = pick("caption_fmt")
        cap = rng.choice(CAPTIONS[key])
        credits = CREDITS[cfmt]
        if isinstance(credits, dict):
            credits = credits.get(country, credits[""])
        credit = rng.choice(credits)
        truth["images"].append({"caption": cap, "credit": credit})
        cap_line = caption_line(cfmt, cap, credit, ctx)

    kicker = None
    if rng.random() < spec["kicker"]:
        section = rng.choice(SECTIONS[key])
        kicker = {"fc": "#" + section.replace(" ", "_"), "cl": f"● {section}", "gm": f"[{section}]",
                  "lg": f"قسم: {section}"}.get(key, section)

    # meta lines
    meta = []
    authors = []
    if bfmt == "b_sh_report":
        meta.append(f"تقرير: {name}")
        authors = [name]
    elif bfmt == "b_sh_photo":
        meta.append(f"متابعة: {name} ـ تصوير: {name2}")
        authors = [name]
    elif bfmt == "b_sh_two":
        meta.append(f"تحرير: {name} ، {name2}")
        authors = [name, name2]
    elif bfmt == "b_sh_desk":
        meta.append("وحدة الأخبار — قسم الإعلام")
    elif bfmt == "b_fc_media":
        meta.append("المركز الإعلامي للنادي")
    elif bfmt == "b_fc_name":
        meta.append(f"بقلم: {name} — المركز الإعلامي")
        authors = [name]
    elif bfmt == "b_fc_photo":
        meta.append(f"تحرير: {name} | صور: {name2}")
        authors = [name]
    elif bfmt == "b_fc_two":
        meta.append(f"إعداد: {name} / {name2}")
        authors = [name, name2]
    elif bfmt == "b_ca_corr":
        meta.append(f"{'مراسلة' if female else 'مراسل'} الوكالة: {name}")
        authors = [name]
    elif bfmt == "b_ca_tr":
        meta.append(f"إعداد: {name} | الترجمة إلى العربية: {rng.choice(CA_TRANSLATORS)}")
        authors = [name]
    elif bfmt == "b_ca_native":
        if country == "kz":
            who = rng.choice(CA_CYRILLIC)
            meta.append(f"Автор: {who}")
        else:
            who = rng.choice(CA_LATIN)
            meta.append(f"Muallif: {who}")
        authors = [who]
    elif bfmt == "b_ca_desk":
        meta.append("قسم الأخبار الدولية")
    elif bfmt == "b_cl_katab":
        meta.append(f"{'كتبت' if female else 'كتب'}: {name}")
        authors = [name]
    elif bfmt == "b_cl_city":
        meta.append(f"{ctx['city']} - {name}")
        authors = [name]
    elif bfmt == "b_cl_two":
        meta.append(f"{'كتبت' if female and name2 in FEMALE else 'كتب'}: {name} و{name2}")
        authors = [name, name2]
    elif bfmt == "b_cl_desk":
        meta.append(f"خاص - {site}")
    elif bfmt == "b_gm_handle":
        meta.append(f"{name} (@{GM_HANDLES.get(name, 'pixel_' + str(rng.randint(10, 99)))})")
        authors = [name]
    elif bfmt == "b_gm_by":
        meta.append(f"بواسطة {name}")
        authors = [name]
    elif bfmt == "b_gm_staff":
        meta.append(f"فريق {site}")
    elif bfmt == "b_gm_two":
        meta.append(f"{name}، {name2}")
        authors = [name, name2]
    elif bfmt == "b_ag_eng":
        meta.append(f"{'المهندسة الزراعية' if female else 'المهندس الزراعي'}: {name}")
        authors = [name]
    elif bfmt == "b_ag_corr":
        meta.append(f"{'مراسلة' if female else 'مراسل'} {site} في {ctx['city']}: {name}")
        authors = [name]
    elif bfmt == "b_ag_two":
        meta.append(f"إعداد: {name} — مراجعة علمية: {name2}")
        authors = [name]
    elif bfmt == "b_ag_desk":
        meta.append("قسم الإرشاد الزراعي")
    elif bfmt == "b_lg_adv":
        meta.append(f"بقلم {'المحامية' if female else 'المحامي'}: {name}")
        authors = [name]
    elif bfmt == "b_lg_court":
        meta.append(f"{'كتبت' if female else 'كتب'}: {name} من داخل قاعة المحكمة")
        authors = [name]
    elif bfmt == "b_lg_rev":
        meta.append(f"{name} | راجعه قانونيًا: {name2}")
        authors = [name]
    elif bfmt == "b_lg_desk":
        meta.append("قسم أخبار المحاكم")
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
        n = rng.randint(40, 9000)
        meta.append({"sh": f"عدد القراءات: {n}".translate(IND), "fc": f"👁 {n}", "ca": f"المشاهدات: {n}",
                     "cl": f"🔥 {n} مشاهدة", "gm": f"💬 {n % 97} · 👁 {n / 100:.1f}K", "ag": f"قرأه {n} مزارعًا",
                     "lg": f"مرات القراءة: {n}"}[key])

    label = LEDE_LABEL[key]
    if kicker:
        add("kicker", [kicker])
    add("title", [shown_title], chrome=False)
    if summary and lede_place == "deck":
        add("lede", [summary], chrome=False)
    if meta:
        add("meta", meta)
    if summary and lede_place == "after_meta":
        add("lede", [summary], chrome=False)
    if summary and lede_place == "label_inline":
        add("lede", [f"{label}: {summary}"], chrome=False)
    if summary and lede_place == "label_above":
        add("lede_label", [label])
        add("lede", [summary], chrome=False, glue=True)
    if summary and lede_place == "boxed":
        add("rule", ["┈" * 24])
        add("lede", [summary], chrome=False, glue=True)
        add("rule", ["┈" * 24], glue=True)
    if summary and lede_place == "star":
        add("lede", [f"✨ {summary}"], chrome=False)
    if cap_line:
        add("caption", [cap_line])
    if summary and lede_place == "after_caption":
        add("lede", [summary], chrome=False)
    comp["lede_place"] = lede_place if summary else None
    for phname, p in spec["posthead"]:
        if rng.random() >= p:
            continue
        comp.setdefault("posthead", []).append(phname)
        if phname == "gm_release":
            d4 = crawl + datetime.timedelta(days=rng.randint(20, 240))
            add("release", [f"📆 موعد الإصدار: {d4.day} {G.EG[d4.month - 1]} {d4.year} | المنصات: "
                            f"{'، '.join(rng.sample(GM_PLATFORMS, 2))}"])
        elif phname == "lg_case":
            d2 = crawl + datetime.timedelta(days=rng.randint(7, 60))
            courts = LG_COURTS.get(country, LG_COURTS["eg"])
            add("case", [f"رقم القضية: {rng.randint(100, 9999)} لسنة {crawl.year - rng.randint(0, 1)} "
                         f"{rng.choice(LG_KINDS)}",
                         f"المحكمة: {rng.choice(courts)} — الدائرة {rng.randint(1, 12)}",
                         f"الجلسة القادمة: {G.WD[d2.weekday()]} {d2.day} {mon[d2.month - 1]} {d2.year}"])
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
            if mname == "sh_also":
                add("also", [f"اقرأ كذلك ⟵ {others.pop()}"])
            elif mname == "sh_live_mid":
                add("promo", ["📡 تابعوا البث المباشر من المزار على مدار الساعة عبر موقعنا"])
            elif mname == "fc_vote":
                add("vote", ["🗳 صوّت لأفضل لاعب في المباراة الأخيرة: " + " · ".join(rng.sample(FC_PLAYERS, 3))])
            elif mname == "fc_store":
                add("store", [f"👕 قميص موسم {year}/{year + 1} متوفر الآن في المتجر الرسمي — اطلبه الآن"])
            elif mname == "fc_tickets":
                add("tickets", [f"🎟 تذاكر المباراة المقبلة أمام {opp} متاحة عبر التطبيق الرسمي"])
            elif mname == "ca_also":
                lab = {"uz": "Shuningdek o‘qing:", "kz": "Сондай-ақ оқыңыз:"}.get(country, "اقرأ كذلك:")
                if rng.random() < 0.5:
                    lab = "اقرأ كذلك:"
                add("also", [f"{lab} {others.pop()}"])
            elif mname == "cl_poll":
                a = rng.randint(40, 80)
                b2 = rng.randint(5, 100 - a - 1)
                add("poll", [f"📊 استفتاء: هل تنتظر العمل الجديد؟ نعم {a}% · لا {b2}% · لا يهمني {100 - a - b2}%"])
            elif mname == "cl_watch":
                add("watch", [f"▶ شاهد: {others.pop()} ({rng.randint(0, 9)}:{rng.randint(0, 59):02d})"])
            elif mname == "gm_trailer":
                add("trailer", [f"▶ شاهد العرض الدعائي ({rng.randint(1, 4)}:{rng.randint(0, 59):02d})"])
            elif mname == "gm_deal":
                add("deal", [f"💸 عرض اليوم: خصم {rng.choice([20, 30, 40, 50, 75])}% على «{rng.choice(GM_GAMES)}» "
                             f"في {rng.choice(GM_STORES)}"])
            elif mname == "ag_tip":
                add("tip", [f"💡 نصيحة المرشد: {rng.choice(AG_TIPS)}"])
            elif mname == "lg_article":
                add("article", [f"📜 نص المادة {rng.randint(12, 350)}: «{rng.choice(LG_ARTICLES)}»"])
            elif mname == "lg_ask_mid":
                add("ask", ["⚖ هل لديك سؤال قانوني؟ أرسله إلينا ويجيب عنه محامٍ مختص"])
        if b["type"] == "heading":
            add("heading", heading_lines(b["text"], hfmt), chrome=False)
        else:
            add("body", [noise(b["text"], nkind, rng)], chrome=False)

    if pinfo and pinfo["after"]:
        add("signature", pinfo["after"])

    # after the body
    def src_list():
        srcs = [doc["site"]]
        if dl_used and truth["agencies"]:
            srcs.append(dl[1])
        elif rng.random() < 0.4:
            srcs.append(rng.choice(SRC_EXTRA[key]))
        return [s for s in dict.fromkeys(srcs) if s]

    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        kind = aname.split("_", 1)[1]
        if kind == "src":
            if truth["sources"] or not doc["site"]:
                continue
            srcs = src_list()
            if aname == "sh_src":
                line = "مصدر الخبر ⇐ " + "، ".join(srcs)
            elif aname == "fc_src":
                line = "بالاستناد إلى: " + "، ".join(srcs)
            elif aname == "ca_src":
                line = {"uz": "Manba: ", "kz": "Дереккөз: "}.get(country, "مصدر المعلومات: ") + ", ".join(srcs)
            elif aname == "cl_src":
                line = "المصادر ← " + "، ".join(srcs)
            elif aname == "gm_src":
                line = "Source: " + " / ".join(srcs)
            elif aname == "ag_src":
                line = "مصادر الخبر: " + "؛ ".join(srcs)
            else:
                line = "مرجع الخبر: " + "، ".join(srcs)
            add("sources", [line])
            truth["sources"] = srcs
        elif kind == "tags":
            tags = G.tags_from(title, rng)
            if not tags or truth["tags"]:
                continue
            if aname == "sh_tags":
                line = "الكلمات الدلالية: " + " ◦ ".join(tags)
            elif aname == "fc_tags":
                line = " ".join("#" + t for t in tags)
            elif aname == "ca_tags":
                line = {"uz": "Teglar: ", "kz": "Тегтер: "}.get(country, "الوسوم: ") + ", ".join(tags)
            elif aname == "cl_tags":
                line = "تاغات: " + " - ".join(tags)
            elif aname == "gm_tags":
                line = "Tags: " + ", ".join(tags)
            elif aname == "ag_tags":
                line = "مواضيع: " + " | ".join(tags)
            else:
                line = "تصنيفات: " + " ، ".join(tags)
            add("tags", [line])
            truth["tags"] = tags
        elif aname == "sh_share":
            add("share", ["شارك الخبر: تلغرام ◦ واتساب ◦ فيسبوك ◦ نسخ الرابط"])
        elif aname == "sh_more":
            lines = ["من أخبار المزار"]
            for k in range(rng.randint(2, 4)):
                hy, hmo, hd = G.hijri(crawl - datetime.timedelta(days=k + rng.randint(0, 3)))
                lines.append(f"• {others.pop()} — {str(hd).translate(IND)} {IQ_HIJ[hmo - 1]}")
            add("related", lines)
        elif aname == "sh_books":
            hy = G.hijri(crawl)[0]
            add("books", [f"من إصدارات المركز: كتاب «{rng.choice(SH_BOOKS)}» — الطبعة الثانية "
                          f"{str(hy - rng.randint(1, 3)).translate(IND)}هـ"])
        elif aname == "fc_table":
            rnd = rng.randint(10, 29)
            teams = [short_club(site)] + rng.sample(FC_OPP, 3)
            rng.shuffle(teams)
            pts = sorted(rng.sample(range(18, 70), 4), reverse=True)
            add("table", [f"ترتيب {FC_COMP.get(country, 'الدوري الممتاز')} بعد الجولة {rnd}"] +
                [f"{k}. {t} — {pt} نقطة" for k, (t, pt) in enumerate(zip(teams, pts), 1)])
        elif aname == "fc_share":
            add("share", ["شارك: Facebook · Instagram · X · TikTok · WhatsApp"])
        elif aname == "fc_sponsors":
            picked, roles = [], set()
            for sp, role in rng.sample(FC_SPONSORS, len(FC_SPONSORS)):
                if role not in roles and len(picked) < 3:
                    picked.append(f"{sp} ({role})")
                    roles.add(role)
            add("sponsors", ["شركاؤنا: " + " · ".join(picked)])
        elif aname == "fc_more":
            lines = ["آخر أخبار النادي"]
            for _ in range(rng.randint(2, 4)):
                d0 = crawl - datetime.timedelta(days=rng.randint(0, 20))
                lines.append(f"{others.pop()} · {d0.day:02d}/{d0.month:02d}")
            add("related", lines)
        elif aname == "fc_fans":
            n = rng.randint(1, 3)
            lines = [f"تعليقات الجماهير ({n})"]
            for who, said in zip(rng.sample(FC_FANS, n), rng.sample(FC_FAN_TEXTS, n)):
                lines += [f"{who} · منذ {rng.choice(['ساعة', 'ساعتين', '5 ساعات', 'يومين'])}", said]
            add("comments", lines)
        elif aname == "ca_share":
            add("share", [{"uz": "Ulashish: Telegram · Facebook · X", "kz": "Бөлісу: Telegram · Facebook · WhatsApp"}
                          .get(country, "مشاركة: Telegram · Facebook")])
        elif aname == "ca_more":
            lines = ["أخبار أخرى"]
            for _ in range(rng.randint(2, 4)):
                lines.append(f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d} {others.pop()}")
            add("related", lines)
        elif aname == "ca_reuse":
            add("reuse", ["يُسمح بإعادة النشر بشرط ذكر اسم الوكالة والإشارة إلى رابط الخبر."])
        elif aname == "cl_card":
            star = rng.choice(CL_STARS)
            bm, bd = rng.randint(1, 12), rng.randint(1, 28)
            add("card", ["بطاقة فنية", f"الاسم: {star}",
                         f"تاريخ الميلاد: {bd} {G.EG[bm - 1]} {year - rng.randint(24, 60)}",
                         f"البرج: {zodiac(bm, bd)}",
                         "أبرز الأعمال: " + "، ".join(f"«{w}»" for w in rng.sample(CL_WORKS, 2))])
        elif aname == "cl_horo":
            sign, span = zodiac_range(rng.randrange(12))
            add("horoscope", ["حظك اليوم", f"{sign} ({span}): {rng.choice(CL_HORO)}"])
        elif aname == "cl_tv":
            lines = ["على الشاشة الليلة"]
            for hh, work in zip(sorted(rng.sample(range(19, 24), 2)), rng.sample(CL_WORKS, 2)):
                lines.append(f"{hh}:00 | «{work}» | قناة {rng.choice(CL_CHANNELS)}")
            add("tv", lines)
        elif aname == "cl_share":
            add("share", ["شارك الخبر عبر: واتساب | ماسنجر | إكس"])
        elif aname == "cl_comments":
            n = rng.randint(1, 3)
            lines = [f"التعليقات ({n})"]
            for who, said in zip(rng.sample(CL_COMMENTERS, n), rng.sample(CL_COMMENTS, n)):
                lines += [f"{who} · منذ {rng.randint(3, 9)} ساعات", said,
                          f"❤ {rng.randint(0, 80)} · رد"]
            add("comments", lines)
        elif aname == "gm_review":
            add("review", [f"التقييم النهائي: {rng.randint(50, 98) / 10:.1f}/10",
                           "الإيجابيات: " + "، ".join(rng.sample(GM_PROS, 2)),
                           "السلبيات: " + "، ".join(rng.sample(GM_CONS, 2))])
        elif aname == "gm_bracket":
            t = rng.sample(GM_TEAMS, 4)
            add("bracket", [f"نتائج ربع النهائي — {rng.choice(GM_TOURS)}",
                            f"{t[0]} 2 - {rng.randint(0, 1)} {t[1]}", f"{t[2]} {rng.randint(0, 1)} - 2 {t[3]}"])
        elif aname == "gm_discord":
            add("discord", [f"انضم إلى مجتمع {site} على Discord — {rng.randint(12, 480) / 10:.1f}K عضو"])
        elif aname == "gm_more":
            add("related", ["Trending 🔥"] + [f"{others.pop()} (💬 {rng.randint(2, 300)})"
                                              for _ in range(rng.randint(2, 4))])
        elif aname == "gm_comments":
            n = rng.randint(1, 3)
            lines = [f"💬 {n} تعليقات"]
            for who, said in zip(rng.sample(GM_GAMERS, n), rng.sample(GM_COMMENTS, n)):
                lines += [f"{who} · {rng.randint(1, 23)}h", said,
                          f"👍 {rng.randint(0, 60)}  👎 {rng.randint(0, 9)}"]
            add("comments", lines)
        elif aname == "ag_feed":
            unit = {"eg": "جنيه/طن", "jo": "دينار/طن", "iq": "ألف دينار/طن"}.get(country, "ألف ل.س/طن")
            lines = ["أسعار الأعلاف هذا الأسبوع"]
            for item in rng.sample(AG_FEED, 3):
                lines.append(f"{item}\t{rng.randint(150, 9000)}\t{unit}")
            add("feed", lines)
        elif aname == "ag_calendar":
            tasks = AG_TASKS["warm" if crawl.month in (5, 6, 7, 8, 9, 10) else "cool"]
            add("calendar", [f"رزنامة المزارع لشهر {mon[crawl.month - 1]}"] + rng.sample(tasks, 3))
        elif aname == "ag_qa":
            q, a = rng.choice(AG_QA)
            add("qa", ["المرشد الزراعي يجيب", q, a])
        elif aname == "ag_share":
            add("share", ["شارك المزارعين: واتساب | فيسبوك | تلغرام"])
        elif aname == "ag_more":
            add("related", ["اقرأ في الإرشاد"] + [f"🌱 {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "lg_rulings":
            lines = ["أحكام ذات صلة"]
            for _ in range(rng.randint(2, 3)):
                d5 = crawl - datetime.timedelta(days=rng.randint(100, 2500))
                when = f"{d5.day} {mon[d5.month - 1]} {d5.year}"
                if country == "jo":
                    lines.append(f"⇦ تمييز حقوق رقم {rng.randint(100, 6000)}/{d5.year} — تاريخ {when}")
                elif country == "ae":
                    lines.append(f"⇦ الطعن رقم {rng.randint(10, 900)} لسنة {d5.year} "
                                 f"{rng.choice(['تجاري', 'مدني', 'جزائي'])} — جلسة {when}")
                else:
                    lines.append(f"⇦ الطعن رقم {rng.randint(100, 20000)} لسنة {rng.randint(60, 93)} ق — جلسة {when}")
            add("rulings", lines)
        elif aname == "lg_more":
            add("related", ["المزيد من أخبار المحاكم"] + [f"⇦ {others.pop()}" for _ in range(rng.randint(2, 4))])
        elif aname == "lg_disclaimer":
            add("disclaimer", ["تنويه: ما ورد في هذا الخبر لأغراض إعلامية ولا يُعد استشارة قانونية."])
        elif aname == "lg_lawyers":
            add("lawyers", [f"دليل المحامين: متخصصون في {rng.choice(LG_FIELDS)}"] + rng.sample(LG_LAWYERS, 2))
        elif aname == "lg_questions":
            q, a = rng.choice(LG_QUESTIONS)
            add("questions", ["أسئلة القراء", q, a, f"أجاب عن السؤال: {rng.choice(LG_LAWYERS)}"])
        comp.setdefault("after", []).append(aname)

    ffmt = pick("footer")
    hyc = G.hijri(crawl)[0]
    if ffmt == "f_sh":
        add("footer", [f"جميع الحقوق محفوظة © {site} {hyc}هـ - {year}م".translate(IND),
                       "سياسة الخصوصية  ❘  اتصل بنا  ❘  خريطة الموقع"])
    elif ffmt == "f_fc":
        add("footer", [f"© {year} {site} — جميع الحقوق محفوظة", "حمّل تطبيق النادي: App Store | Google Play"])
    elif ffmt == "f_ca":
        if country == "kz":
            add("footer", [f"© {year} {site}. Барлық құқықтар қорғалған.", f"Куәлік № {rng.randint(10000, 19999)}-Аа"])
        elif country == "uz":
            add("footer", [f"© {year} {site}. Barcha huquqlar himoyalangan.",
                           f"OAV guvohnomasi № {rng.randint(100, 1999):04d}"])
        else:
            add("footer", [f"© {year} {site}. جميع الحقوق محفوظة.", "يُرجى ذكر المصدر عند إعادة النشر"])
    elif ffmt == "f_cl":
        add("footer", [f"جميع الحقوق محفوظة © {site} {year}", "اتصل بنا | سياسة الاستخدام | أعلن معنا"])
    elif ffmt == "f_gm":
        add("footer", [f"© {year} {site} · جميع العلامات التجارية ملك لأصحابها", "Privacy · Terms · Contact"])
    elif ffmt == "f_ag":
        add("footer", [f"{site} © {year} — منصة إرشادية مستقلة",
                       f"للإعلان عن المشاتل والمستلزمات الزراعية: ads@{dom}"])
    elif ffmt == "f_lg":
        add("footer", [f"جميع الحقوق محفوظة © {year} {site} — يُحظر النسخ دون إذن كتابي",
                       "شروط الاستخدام ¦ سياسة الخصوصية ¦ اتصل بنا"])

    # layout
    body_kinds = ("body", "heading")
    out = []
    chrome_lines = []
    prev = None
    for g in groups:
        kind = g["kind"]
        if out and not g["glue"]:
            if layout == "single" and kind in body_kinds and prev in body_kinds:
                pass
            elif layout == "brl" and kind in body_kinds and prev in body_kinds:
                out.append(BRL)
            else:
                out.append("")
        lines = g["lines"]
        if layout == "ps" and kind == "body":
            lines = [x + PSEP for x in lines]
        out += lines
        if g["chrome"]:
            chrome_lines += [x.strip() for x in lines if re.search(r"\w", x)]
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
