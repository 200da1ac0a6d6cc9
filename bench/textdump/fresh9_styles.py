"""The `fresh9` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh9 --n 2000 --seed 37
    python3 bench/textdump/score_dumps.py --split fresh9 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH9 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by someone who has not read the extractor, its tests or
its fixtures. No component here is one of the tune, held-out, fresh, fresh2,
fresh3, fresh4, fresh5, fresh6 or fresh7 ones (as far as their generators
show; fresh8 was not opened). Only the aggregate rows of
`score_dumps.py --split fresh9` are ever reported; once the extractor is
changed because of anything learnt here, the split is spent.

The eight styles imitate text dumps of kinds of pages: a Gulf daily with a
prayer-times box, a Maghreb (Algerian or Moroccan) daily with French UI words,
a portal mirroring wire-agency copy, the Arabic service of a foreign state
broadcaster (Russian, Turkish or Chinese), an Arabic tech-news site, a
Telegram news channel exported as text, a Levantine blogging platform with an
author box, a citation line and reader replies, and a per-document random draw
of these components. Site names, people and the vocabulary are invented. The
corpus texts, the lede choice (abstract / teaser / promoted first paragraph),
the inserted headings and the other articles' titles in related blocks are the
gen_dumps.py ones.

New here: a numeric Gregorian date with `م` and a named Hijri date after a
middle dot, followed by a prayer-times box with the next prayer's countdown
(times, no date); a French abbreviated weekday with a numeric date paired with
an Algerian- or Moroccan-month date; a weekday with a single-digit dotted date
and a UTC clock; a zero-padded dotted date with the weekday after a bar;
WordPress Levantine month-first dates (`أيار 22، 2024`); publication lines
`نُشر WEEKDAY D MONTH YYYYم – h:mm مساءً` (with a `حُدّث` update line), French
`Publié le dd/mm/yyyy à HH:MM`, Moroccan months with `HHhMM`, a tab-separated
wire slug line `توقيت البث:`, time-first lines with a foreign capital's time
zone, month-first Egyptian dates with an Arabic comma, `D/LEVMONTH/YYYY` blog
dates, and Telegram's date separator with the post time under the post;
breadcrumbs ending in the title, short links, wire slugs with rule lines and
end marks, Telegram neighbour posts, time-and-views lines and reactions, spec
boxes, a blog citation line repeating the title and the publication date,
author cards, reader replies with relative times and `&nbsp;` lines between
paragraphs; French typography (NBSP inside guillemets and before `:` `؟` `!`
`؛`), soft hyphens, trailing spaces and emoji bullets in the body.

The truth follows gen_dumps.py and the golden fixtures' conventions as the
README states them. Cases they leave open:

- title: the corpus title, once. A breadcrumb ending in the title and a
  citation line quoting it are chrome; a Telegram `🔴 ` before the title is
  not part of it.
- page_date: the date of the header widget before the title (the crawl
  day), whatever its form; with two calendars or two languages it is the
  (one) Gregorian date. The prayer-times box states no date. The Telegram
  export has no widget: its date separator is the post's date (published).
  The citation line's date and clock times in related lists are no widget.
- published: the publication line's date, with `THH:MM` when it shows a time
  (12-hour `مساءً`/`م` is afternoon; GMT and foreign-zone times are kept as
  printed). The Telegram post: the separator's date with the time under the
  post (the article's time when the corpus has one; SaudiNewsNet posts carry
  the crawl day; `معدّل` marks an edited post, the time is still the post's).
  The citation line repeats the publication date. Update lines (`حُدّث …`,
  `تمت مراجعة الخبر …`, `حُدّث قبل N ساعات`) are no publication date; the
  update time goes to the extra `modified` key when it is a full date.
- summary: a deck under the title, a lede after the meta lines or after the
  caption, or a lede under a label line (`الموجز`, `الخلاصة ⤵`, `في سطور`;
  the label is chrome), without a `◆ ` mark. An unlabelled lede with
  nothing between it and the body (no meta line, caption or chrome line, no
  dateline opening the body) stays a lede only when it is a teaser that the
  first paragraph repeats; a promoted first paragraph or an abstract there
  reads as the first paragraph and goes into the body. A labelled lede is
  always a lede. A first paragraph under 8 words is never promoted.
- blocks: the corpus paragraphs whatever the layout; emoji bullets, trailing
  spaces, soft hyphens and French spacing do not change a paragraph (scored
  folded); `&nbsp;` lines, rule lines and end marks are no blocks. Headings
  without their marks (`▌ `, `— … —`, a trailing `:`).
- images: the caption without marks and credit; the credit as written. The
  Telegram photo placeholder is no image.
- sources: the items of `المصادر —` and `عبر:` lines, the channel a Telegram
  post was forwarded from; tags: the items of keyword lines, hashtags,
  `Mots-clés :` and `مصنّفة في:`.
- authors (extra key, not scored): the byline's name (an initial and a
  surname as printed); a Telegram channel is no author.
- chrome: every inserted line that is not title, lede or body (captions
  included), minus those that also occur in the body.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh9"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ vocabularies
SITES = {
    "gulf": ["صحيفة الساحل الشرقي", "جريدة الديرة اليومية", "صحيفة النخلة الإلكترونية"],
    "mgh": ["يومية الهضاب العليا", "جريدة صدى الأوراس", "الأطلس الإخباري"],
    "wire": ["مرآة البرقيات", "بوابة الخط العاجل", "أرشيف البرقيات العربية"],
    "tech": ["عالم البِت", "مختبر الشاشة", "تقني اليوم نت"],
    "tg": ["عاجل على مدار الساعة", "نبض العواصم", "موجز الميدان"],
    "blog": ["مدونات الزيتون", "دفاتر حبر", "منصة سطور حرة"],
}
LATIN_SITES = {"gulf": "Al Sahil Daily", "mgh": "Echo des Aurès", "wire": "WireMirror", "tech": "Bit World",
               "tg": "Nabd News", "blog": "Zaytoun Blogs"}
DOMAINS = {"gulf": "alsahil-daily.sa", "mgh": "echo-aures.dz", "wire": "wiremirror.net", "tech": "bitworld.tech",
           "tg": "t.me/nabd_news", "blog": "zaytounblogs.net"}
INTL = [
    dict(site="إذاعة الفولغا بالعربية", latin="Volga Radio Arabic", dom="volgaradio.ru/ar", tz="موسكو",
         ui=["Главная", "Новости", "Эфир"], share=["VK", "OK", "Telegram"], foot="О нас · Контакты",
         people=["أليكسي بتروف", "دينيس كوزلوف", "سامر حداد"], group="مجموعة الفولغا الإعلامية"),
    dict(site="قناة البوسفور بالعربي", latin="Bosphorus Arabic", dom="bosphorus.tv/ar", tz="إسطنبول",
         ui=["Ana Sayfa", "Gündem", "CANLI"], share=["X", "Facebook", "WhatsApp"], foot="Hakkımızda · İletişim",
         people=["مراد أوزتورك", "إيليف شاهين", "رنا الخوري"], group="شبكة البوسفور للبث"),
    dict(site="راديو طريق الحرير العربي", latin="Silk Road Radio Arabic", dom="silkroadradio.cn/ar", tz="بكين",
         ui=["首页", "新闻", "直播"], share=["WeChat", "Weibo", "X"], foot="关于我们 · 联系我们",
         people=["وانغ لي", "تشانغ مينغ", "هدى شو"], group="مؤسسة طريق الحرير للإعلام"),
]
CITY = {"gulf": ["الرياض", "جدة", "الدمام", "أبها", "بريدة"], "mgh": ["الجزائر", "وهران", "قسنطينة"],
        "wire": ["القاهرة", "بيروت", "عمّان", "تونس"], "tech": ["دبي", "القاهرة"], "tg": ["الرياض"],
        "blog": ["عمّان", "إربد", "رام الله", "حمص"]}
PEOPLE = {"gulf": ["عبدالعزيز الدوسري", "هيفاء القرني", "سلطان الشهري", "منيرة العنزي", "فهد البلوي"],
          "mgh": ["كمال بوزيدي", "سليمة عمراني", "رشيد العلوي", "نادية شرفي", "يونس الإدريسي"],
          "wire": ["حسام عبد الهادي", "لينا سركيس"], "tech": ["أنس الجبوري", "مي حمدان", "طلال القحطاني", "زياد مرعي"],
          "tg": ["فريق القناة"], "blog": ["سلمى العزة", "نزار الحوراني", "ليث الطراونة", "ديما قعوار"]}
BIOS = ["كاتبة ومدوّنة مهتمة بقضايا المدينة والذاكرة.", "مهندس برمجيات يكتب في الشأن العام في أوقات فراغه.",
        "باحث في التاريخ الاجتماعي لبلاد الشام.", "معلمة لغة عربية، تكتب عن التعليم والقراءة."]
TAGLINES = ["مساحة للكتابة الحرة", "حكايات من الهامش", "نكتب لنفهم"]
NAV = {"gulf": ["محليات", "الخليج", "اقتصاد", "رياضة", "منوعات", "كتّاب وآراء", "الحج والعمرة"],
       "mgh": ["À la une", "الوطني", "Monde", "Sports", "الجهات", "Chroniques", "ثقافة"],
       "wire": ["عاجل", "سياسي", "اقتصادي", "دولي"],
       "intl": ["العالم", "روسيا والعالم", "الشرق الأوسط", "اقتصاد", "علوم وتكنولوجيا", "ثقافة وسياحة"],
       "tech": ["هواتف", "حواسيب", "ألعاب", "تطبيقات", "ذكاء اصطناعي", "مراجعات"],
       "tg": ["أخبار"],
       "blog": ["تدوينات", "قضايا", "أدب", "مدينتي", "ترجمات", "اكتب معنا"]}
SECTION = {"gulf": ["محليات", "الخليج", "اقتصاد"], "mgh": ["الوطني"], "wire": ["سياسي"], "intl": ["العالم"],
           "tech": ["هواتف"], "tg": ["أخبار"], "blog": ["تدوينات"]}
CAPTIONS = ["أعضاء المجلس البلدي خلال الاجتماع", "ساحة البريد المركزي وسط العاصمة", "هاتف ذكي على طاولة العرض",
            "مدخل مقر الوكالة", "وفود مشاركة في أعمال القمة", "ميناء تجاري على البحر الأحمر",
            "مقهى في حي شعبي قديم", "منصة إطلاق في قاعدة فضائية", "شارع تجاري مزدحم وقت الذروة",
            "قاعة المؤتمرات قبيل انطلاق الجلسة", "عمال في ورشة لتجميع الإلكترونيات"]
CREDITS = ["Unsplash", "AA Photo", "Xinhua/Li Ming", "Sputnik", "NurPhoto", "ZUMA Press", "عدسة فهد الشمري",
           "صور الصحيفة", "وكالة الأنباء الجزائرية", "Samsung Newsroom", "المكتب الإعلامي للشركة", "APS"]
FR_WD_ABBR = ["Lun.", "Mar.", "Mer.", "Jeu.", "Ven.", "Sam.", "Dim."]
PRIORITIES = ["عادية", "هامة", "عاجلة"]
WIRE_CATS = ["سياسة / دولي", "اقتصاد / طاقة", "مجتمع / محلي", "أمن / إقليمي"]
SPECS = [["الشاشة: 6.7 بوصة OLED", "المعالج: ثماني النواة بدقة 4 نانومتر", "البطارية: 5000 مللي أمبير"],
         ["الذاكرة: 12 غيغابايت", "التخزين: 256 غيغابايت", "الكاميرا: 50 ميغابكسل"],
         ["الوزن: 1.2 كغ", "المنافذ: منفذان USB-C", "نظام التشغيل: ويندوز 11"]]
COMMENTERS = ["أبو جود", "رهف", "سمير ع.", "لانا", "مجدي من الزرقاء"]
COMMENT_TEXTS = ["تدوينة جميلة وصادقة، شكرًا لكِ.", "أختلف معك في الفقرة الأخيرة، لكن الطرح مهم.",
                 "ذكرتني بأيام الجامعة، الله يسعدك.", "نحتاج مثل هذه الكتابات أكثر.", "هل من مصادر إضافية حول الموضوع؟"]
LEDE_LABEL = {"wire": "الموجز", "tech": "الخلاصة ⤵"}

# ------------------------------------------------------------------ styles
NBASE = dict(site="gulf", header=[], widget=[None], nav=[None], byline=[None], publine=[None], update=0.0,
             caption=0.0, caption_fmt=["rights"], lede=[None], lede_place=["deck"], headings=0.0,
             heading_fmt=["plain"], dateline=[None], mid=[], after=[], footer=[None], layout="blank", noise=[])

STYLES = {
    "fresh9_1": dict(site="gulf", header=[("cookie_gulf", 0.4), ("widget", 1.0), ("prayer", 1.0), ("nav", 1.0),
                                          ("crumb", 0.7)],
                     widget=["w_gulf"], nav=["nav_dot"], byline=["name_paren_city", None], publine=["p_gulf"],
                     update=0.5, caption=0.8, caption_fmt=["rights", "lens"],
                     lede=["abstract", "teaser", "promoted", None], lede_place=["after_caption", "deck"],
                     headings=0.3, dateline=["dl_paren_first", None], mid=[("dont_miss", 0.5), ("ad_space", 0.4)],
                     after=[("sources_dash", 0.5), ("search_words", 0.6), ("shortlink", 0.8), ("related_like", 0.7)],
                     footer=["f_gulf"]),
    "fresh9_2": dict(site="mgh", header=[("cookie_fr", 0.5), ("fr_top", 1.0), ("widget", 1.0), ("nav", 1.0)],
                     widget=["w_bilingual"], nav=["nav_fr_ar"], byline=["initial", None], publine=["p_fr", "p_mar"],
                     caption=0.7, caption_fmt=["angle"], lede=["teaser", "abstract", None], lede_place=["deck"],
                     headings=0.3, heading_fmt=["fr_colon"], mid=[("meme_theme", 0.6)],
                     after=[("share_fr", 0.8), ("motscles", 0.6), ("comments_closed", 0.4), ("fr_related", 0.7)],
                     footer=["f_mgh"], noise=["fr_typo"]),
    "fresh9_3": dict(site="wire", header=[("wire_top", 1.0), ("widget", 1.0)], widget=["w_utc"],
                     publine=["p_wire"], lede=[None, None, "abstract", "teaser"], lede_place=["labelled"],
                     dateline=["dl_bracket"], after=[("wire_end", 1.0), ("wire_more", 0.7)], footer=["f_wire"],
                     layout="wire", noise=["trail"]),
    "fresh9_4": dict(site="intl", header=[("intl_top", 1.0), ("widget", 1.0), ("nav", 1.0), ("cookie_intl", 0.5)],
                     widget=["w_dots_wd"], nav=["nav_tab"], byline=["correspondent", None], publine=["p_tz"],
                     update=0.4, caption=0.7, caption_fmt=["label_first"], lede=["abstract", "teaser", None],
                     lede_place=["deck", "after_meta"], headings=0.4, dateline=["dl_paren_first", None],
                     mid=[("ala_sila", 0.5), ("video_play", 0.4)],
                     after=[("share_arrow", 0.8), ("top24", 0.7), ("app_stores", 0.5)], footer=["f_intl"]),
    "fresh9_5": dict(site="tech", header=[("cookie_en", 0.6), ("tech_top", 1.0), ("nav", 1.0)], nav=["nav_caret"],
                     byline=["tech_editor"], publine=["p_tech"], update=0.5, caption=0.8, caption_fmt=["via"],
                     lede=["abstract", "teaser", None], lede_place=["labelled", "after_meta"], headings=0.6,
                     heading_fmt=["bar"], mid=[("spec_box", 0.6), ("dhu_sila", 0.5), ("newsletter_bit", 0.4)],
                     after=[("via_src", 0.6), ("bracket_tags", 0.7), ("might_interest", 0.8), ("disqus", 0.4)],
                     footer=["f_tech"], noise=["shy"]),
    "fresh9_6": dict(site="tg", header=[], publine=["p_tg"], lede=[None], layout="telegram"),
    "fresh9_7": dict(site="blog", header=[("blog_top", 1.0), ("widget", 0.8), ("nav", 1.0)], widget=["w_lev_first"],
                     nav=["nav_star4"], byline=["blog_author"], publine=["p_blog"], caption=0.5,
                     caption_fmt=["lens", "rights"], lede=["teaser", "abstract", None], lede_place=["deck"],
                     headings=0.4, heading_fmt=["dash"], mid=[("read_me_too", 0.4)],
                     after=[("cite", 0.6), ("author_box", 1.0), ("filed_in", 0.7), ("more_by", 0.7), ("replies", 0.8)],
                     footer=["f_blog"], layout="nbsp_lines"),
    "fresh9_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

HEADER_ORDER = ["cookie_gulf", "cookie_fr", "cookie_en", "fr_top", "wire_top", "intl_top", "tech_top", "blog_top",
                "widget", "prayer", "nav", "cookie_intl", "crumb"]
HEAD_POOL = ["cookie_gulf", "cookie_fr", "cookie_en", "cookie_intl", "prayer", "crumb"]
MID_POOL = ["dont_miss", "ad_space", "meme_theme", "ala_sila", "video_play", "spec_box", "dhu_sila",
            "newsletter_bit", "read_me_too"]
AFTER_POOL = ["sources_dash", "search_words", "shortlink", "related_like", "share_fr", "motscles",
              "comments_closed", "fr_related", "share_arrow", "top24", "app_stores", "via_src", "bracket_tags",
              "might_interest", "disqus", "cite", "filed_in", "more_by", "replies"]
CHOICES = dict(widget=["w_gulf", "w_bilingual", "w_utc", "w_dots_wd", "w_lev_first", None],
               nav=["nav_dot", "nav_fr_ar", "nav_tab", "nav_caret", "nav_star4"],
               byline=["name_paren_city", "initial", "correspondent", "tech_editor", "blog_author", None],
               publine=["p_gulf", "p_fr", "p_mar", "p_wire", "p_tz", "p_tech", "p_blog", None],
               caption_fmt=["rights", "lens", "angle", "label_first", "via"],
               lede_place=["deck", "after_meta", "after_caption", "labelled"],
               heading_fmt=["plain", "fr_colon", "bar", "dash"],
               dateline=["dl_paren_first", "dl_bracket", None],
               footer=["f_gulf", "f_mgh", "f_wire", "f_intl", "f_tech", "f_blog", None],
               noise=[[], ["fr_typo"], ["shy"], ["trail"]])


def style_spec(name, rng):
    spec = dict(NBASE)
    spec.update(STYLES[name])
    if not spec.pop("mixed", False):
        return spec
    base = rng.choice([f"fresh9_{k}" for k in range(1, 8)])
    spec.update(STYLES[base])
    spec.pop("mixed", None)
    spec["base"] = base
    if spec["layout"] == "telegram":
        return spec
    for k, opts in CHOICES.items():
        if rng.random() < 0.5:
            v = rng.choice(opts)
            spec[k] = v if k == "noise" else [v]
    own = [h for h, _ in spec["header"] if h not in HEAD_POOL and h not in ("widget", "nav")]
    extra = [h for h in HEAD_POOL if rng.random() < 0.25]
    names = own + extra + ["widget", "nav"]
    spec["header"] = [(h, 1.0 if h != "nav" else 0.7) for h in HEADER_ORDER if h in names]
    if spec["widget"] == [None] and rng.random() < 0.5:
        spec["widget"] = [rng.choice(CHOICES["widget"][:-1])]
    if spec["nav"] == [None]:
        spec["nav"] = ["nav_dot"]
    spec["update"] = rng.choice([0.0, 0.5])
    spec["caption"] = 0.6
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["headings"] = 0.4
    spec["mid"] = [(m, 0.3) for m in MID_POOL]
    after = [a for a in AFTER_POOL if rng.random() < 0.3]
    rng.shuffle(after)
    own_after = [a for a in spec["after"] if a[0] not in AFTER_POOL]
    spec["after"] = own_after[:-1] + [(a, 1.0) for a in after] + own_after[-1:] if own_after else \
        [(a, 1.0) for a in after]
    return spec


# ------------------------------------------------------------------ dates
def ind(s):
    return s.translate(G.INDIC)


def hm(tm):
    return f"{tm[0]:02d}:{tm[1]:02d}"


def ampm_word(hh):
    return "مساءً" if hh >= 12 else "صباحًا"


def fmt_widget(fmt, d, rng, ctx):
    """Lines of the header date widget for day d."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    if fmt == "w_gulf":
        hy, hmo, hd = G.hijri(d)
        return [f"{wd} {day}/{m + 1}/{y}م · {hd} {G.HIJ[hmo - 1]} {hy}هـ"]
    if fmt == "w_bilingual":
        months = G.MAR if ctx["country"] == "ma" else G.MAG
        return [f"{FR_WD_ABBR[d.weekday()]} {day:02d}/{m + 1:02d}/{y} | {wd} {day} {months[m]} {y}"]
    if fmt == "w_utc":
        return [f"{wd} {day}.{m + 1}.{y} ‖ {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} UTC"]
    if fmt == "w_dots_wd":
        return [f"{day:02d}.{m + 1:02d}.{y} | {wd}"]
    if fmt == "w_lev_first":
        return [(f"{wd}، " if rng.random() < 0.5 else "") + f"{G.LEV[m]} {day}، {y}"]
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng, ctx):
    """(lines, truth) of a publication line."""
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    truth = d.isoformat() + (f"T{hm(tm)}" if tm else "")
    hh, mi = tm if tm else (0, 0)
    if fmt == "p_gulf":
        return [f"نُشر {wd} {day} {G.EG[m]} {y}م" + (f" – {G.h12(hh)}:{mi:02d} {ampm_word(hh)}" if tm else "")], truth
    if fmt == "p_fr":
        return [f"Publié le {day:02d}/{m + 1:02d}/{y}" + (f" à {hh:02d}:{mi:02d}" if tm else "")], truth
    if fmt == "p_mar":
        return [f"نُشر في: {day} {G.MAR[m]} {y}" + (f" - {hh:02d}h{mi:02d}" if tm else "")], truth
    if fmt == "p_wire":
        return [f"توقيت البث:\t{day:02d}/{m + 1:02d}/{y}" + (f" {hh:02d}:{mi:02d} GMT" if tm else "")], truth
    if fmt == "p_tz":
        if tm:
            return [f"{hh:02d}:{mi:02d} بتوقيت {ctx['tz']} • {day} {G.EG[m]} {y}"], truth
        return [f"{day} {G.EG[m]} {y}"], truth
    if fmt == "p_tech":
        return [f"{G.EG[m]} {day}، {y}" + (f" — {G.h12(hh)}:{mi:02d} {'م' if hh >= 12 else 'ص'}" if tm else "")], \
            truth
    if fmt == "p_blog":
        return [f"{day}/{G.LEV[m]}/{y}" + (f" ◷ {G.h12(hh)}:{mi:02d} {ampm_word(hh)}" if tm else "")], truth
    raise ValueError(fmt)


def update_line(fmt, d, tm, crawl, rng, ctx):
    """(line, modified, before) of an update line in the family of the publication line, or None."""
    if fmt == "p_gulf" and tm:
        u = datetime.datetime(d.year, d.month, d.day, tm[0], tm[1]) + datetime.timedelta(
            minutes=rng.randint(20, 30 * 60))
        if u.date() > crawl:
            return None
        return (f"حُدّث {G.WD[u.weekday()]} {u.day} {G.EG[u.month - 1]} {u.year}م – {G.h12(u.hour)}:{u.minute:02d} "
                f"{ampm_word(u.hour)}", u.strftime("%Y-%m-%dT%H:%M"), False)
    if fmt == "p_tz" and tm and tm[0] < 22:
        h2 = rng.randint(tm[0] + 1, 23)
        return f"تمت مراجعة الخبر {h2:02d}:{rng.randint(0, 59):02d} بتوقيت {ctx['tz']}", None, False
    if fmt == "p_tech":
        k = rng.randint(3, 10)
        return f"حُدّث قبل {k} ساعات", None, True
    return None


def prayer_lines(d, rng, city):
    """A prayer-times box for a Saudi city with the next prayer's countdown: rough times, no date."""
    m = d.month - 1
    fajr = [320, 312, 290, 262, 235, 222, 228, 245, 258, 268, 282, 305][m] + rng.randint(-4, 4)
    magh = [1052, 1072, 1085, 1098, 1112, 1125, 1128, 1112, 1085, 1058, 1040, 1038][m] + rng.randint(-4, 4)
    dhuhr = 712 + rng.randint(-8, 8)
    asr = [905, 925, 932, 925, 918, 920, 928, 928, 915, 895, 880, 885][m] + rng.randint(-4, 4)
    times = [("فجر", fajr), ("شروق", fajr + 82), ("ظهر", dhuhr), ("عصر", asr), ("مغرب", magh),
             ("عشاء", magh + 90)]
    cells = [f"{n} {G.h12(t // 60)}:{t % 60:02d}" for n, t in times]
    line = " ⋄ ".join(cells)
    nxt = rng.choice([n for n, _ in times if n != "شروق"])
    left = f"{rng.randint(0, 5)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    lines = [f"🕌 {city}", f"الصلاة القادمة: {nxt} بعد {left}", line]
    if rng.random() < 0.5:
        lines = [ind(x) for x in lines]
    return lines


# --------------------------------------------------------------- helpers
def noisy(text, kinds, rng):
    if "fr_typo" in kinds:
        text = text.replace("« ", "«").replace(" »", "»").replace("«", "«\u00a0").replace("»", "\u00a0»")
        text = re.sub(r"(?<=[\u0621-\u064a]) ?([:؟!؛])", "\u00a0\\1", text)
    if "shy" in kinds:
        ws = text.split(" ")
        for k, w in enumerate(ws):
            if len(w) >= 7 and re.fullmatch(r"[\u0621-\u064a]+", w) and rng.random() < 0.15:
                p = rng.randint(3, len(w) - 3)
                ws[k] = w[:p] + "\u00ad" + w[p:]
        text = " ".join(ws)
    if "trail" in kinds and rng.random() < 0.6:
        text = text + rng.choice(["  ", " ", "   "])
    return text


def views(rng):
    v = rng.randint(800, 98000)
    return f"{v / 1000:.1f}K" if v >= 1000 else str(v)


class Others(list):
    """Other articles' titles for related blocks; pop() never runs dry (it then repeats one)."""

    def __init__(self, items, rng):
        super().__init__(items)
        self.spare = list(items)
        self.rng = rng

    def pop(self, *args):
        if self:
            return super().pop(*args)
        return self.rng.choice(self.spare)


def initial_name(name):
    first, rest = name.split(" ", 1)
    return f"{first[0]}. {rest}"


# --------------------------------------------------------------- rendering
def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict), the same schema as gen_dumps.render()."""
    groups = []
    chrome = []
    key = spec["site"]
    comp = {"site": key, "base": spec.get("base")}

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
    truth = dict(title=title, page_date=None, published=None, modified=None, summary=None, authors=[], images=[],
                 sources=[], agencies=[], tags=[], dateline=None)
    others = Others([o for o in rng.sample(others, min(len(others), 60)) if fold(o) != fold(title)], rng)
    layout = spec["layout"]
    intl = rng.choice(INTL)
    if key == "intl":
        site, latin, dom = intl["site"], intl["latin"], intl["dom"]
        name = rng.choice(intl["people"])
        city = intl["tz"]
    else:
        site, latin, dom = rng.choice(SITES[key]), LATIN_SITES[key], DOMAINS[key]
        name = rng.choice(PEOPLE[key])
        city = rng.choice(CITY[key])
    year = crawl.year

    if layout == "telegram":
        return render_telegram(doc, style, spec, others, rng, site, comp)

    summary, lede_mode = G.choose_lede(pick("lede"), doc, paras)
    if lede_mode == "promoted" and len(summary.split()) < 8:
        paras.insert(0, summary)
        summary, lede_mode = None, None
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine")
    if not pub:
        pfmt = None
    comp["publine"] = pfmt
    country = "ma" if pfmt == "p_mar" else "dz" if pfmt == "p_fr" else rng.choice(["dz", "ma"])
    ctx = {"country": country, "tz": intl["tz"]}
    comp["country"] = country if key == "mgh" else None

    # wire dateline opening the first paragraph
    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dl = G.dateline_parts(doc["author"]) if dform else None
    dl_used = False
    if dl and paras and summary != paras[0]:
        place, rest = dl
        if dform == "dl_bracket":
            paras[0] = f"{place} [{rest}] – {paras[0]}"
        else:
            paras[0] = f"({rest}) – {place}: {paras[0]}"
        truth["dateline"] = place
        if G.AGENCY_CODES.get(rest):
            truth["agencies"].append(G.AGENCY_CODES[rest])
        dl_used = True
        comp["dateline"] = dform

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "cookie_gulf":
            add("cookie", ["نستخدم ملفات «كوكيز» لتخصيص المحتوى والإعلانات، وبمتابعتك التصفح فأنت توافق على سياستنا.",
                           "حسنًا", "اعرف المزيد"])
        elif hname == "cookie_fr":
            add("cookie", ["Ce site utilise des cookies pour améliorer votre expérience de lecture.",
                           "J'accepte", "Paramétrer"])
        elif hname == "cookie_en":
            add("cookie", ["This website uses cookies to ensure you get the best experience.", "Got it!",
                           "Learn more"])
        elif hname == "cookie_intl":
            add("cookie", ["يستعين موقعنا بملفات تعريفية لقياس الجمهور، ويمكنك تغيير الإعدادات في أي وقت.",
                           "قبول الكل", "تخصيص"])
        elif hname == "fr_top":
            add("fr_top", ["À la une ∣ Contact ∣ Édition PDF ∣ Se connecter"])
        elif hname == "wire_top":
            add("wire_top", [f"{latin} — Arabic Wire Mirror", "البرقيات ∥ الملفات ∥ البحث المتقدم ∥ RSS"])
        elif hname == "intl_top":
            add("intl_top", [" | ".join(intl["ui"]), "عربي ▾"])
        elif hname == "tech_top":
            add("tech_top", [latin, "🔍 ابحث في الموقع", "دخول الأعضاء"])
        elif hname == "blog_top":
            add("blog_top", [f"{site} — {rng.choice(TAGLINES)}"])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng, ctx))
                truth["page_date"] = crawl.isoformat()
        elif hname == "prayer":
            add("prayer", prayer_lines(crawl, rng, rng.choice(CITY["gulf"])))
        elif hname == "nav":
            nf = pick("nav")
            items = rng.sample(NAV[key], min(len(NAV[key]), rng.randint(4, 6)))
            if nf == "nav_dot":
                add("nav", [" ∙ ".join(items)])
            elif nf == "nav_fr_ar":
                add("nav", [" / ".join(items)])
            elif nf == "nav_tab":
                add("nav", ["\t".join(items)])
            elif nf == "nav_caret":
                add("nav", ["  ".join(x + " ▾" for x in items)])
            elif nf == "nav_star4":
                add("nav", [" ❖ ".join(items)])
        elif hname == "crumb":
            add("crumb", [f"الرئيسية ‹ {rng.choice(SECTION[key])} ‹ {title}"])

    # title, deck
    shown = title
    if "shy" in spec["noise"] and rng.random() < 0.5:
        shown = noisy(title, ["shy"], rng)
    add("title", [shown], chrome_lines=[])
    lede_mark = "◆ " if key == "mgh" else ""
    if summary and lede_place == "deck":
        add("lede", [lede_mark + summary], chrome_lines=[])

    # meta lines
    meta = []
    if bfmt == "name_paren_city":
        meta.append(f"{name} ({city})")
        truth["authors"] = [name]
    elif bfmt == "initial":
        meta.append(initial_name(name))
        truth["authors"] = [initial_name(name)]
    elif bfmt == "correspondent":
        meta.append(f"{name}، مراسلنا في {city}")
        truth["authors"] = [name]
    elif bfmt == "tech_editor":
        meta.append(f"{name} ∙ محرر الأجهزة")
        truth["authors"] = [name]
    elif bfmt == "blog_author":
        meta.append(f"{name} — مدوّن" + ("ة" if name.split()[0] in ("سلمى", "ديما") else ""))
        truth["authors"] = [name]
    if key == "wire":
        n = rng.randint(1000000, 9999999)
        comp["wire_no"] = n
        meta += [f"رقم البرقية:\t{n}", f"الأولوية:\t{rng.choice(PRIORITIES)}", f"التصنيف:\t{rng.choice(WIRE_CATS)}"]
    if pfmt:
        lines, val = fmt_publine(pfmt, pub, tm, rng, ctx)
        truth["published"] = val
        upd = update_line(pfmt, pub, tm, crawl, rng, ctx) if rng.random() < spec["update"] else None
        if upd:
            uline, mod, before = upd
            lines = [uline] + lines if before else lines + [uline]
            truth["modified"] = mod
            comp["update"] = True
        meta += lines
    if key == "tech" and rng.random() < 0.7:
        meta.append(f"القراءة: ~{rng.randint(3, 9)} د")
    if meta:
        if key == "wire":
            add("rule", ["=" * 38])
        add("meta", meta)
        if key == "wire":
            add("rule", ["-" * 38])
    labelled = False
    if summary and lede_place in ("after_meta", "labelled"):
        if lede_place == "labelled":
            add("lede_label", [LEDE_LABEL.get(key, "في سطور")])
            labelled = True
        add("lede", [lede_mark + summary], chrome_lines=[])

    # image
    cap_fmt = pick("caption_fmt")
    if rng.random() < spec["caption"]:
        cap, credit = rng.choice(CAPTIONS), rng.choice(CREDITS)
        if cap_fmt == "rights":
            lines = [f"{cap} • حقوق الصورة: {credit}"]
        elif cap_fmt == "lens":
            lines = [f"بعدسة {credit} — {cap}"]
        elif cap_fmt == "angle":
            lines = [f"{cap} ‹{credit}›"]
        elif cap_fmt == "label_first":
            lines = [f"صورة {credit}: {cap}"]
        else:
            lines = [f"{cap} | الصورة عبر {credit}"]
        truth["images"].append({"caption": cap, "credit": credit})
        add("caption", lines)
    if summary and lede_place == "after_caption":
        add("lede", [lede_mark + summary], chrome_lines=[])
    comp["lede_place"] = lede_place if summary else None

    if summary and lede_mode in ("promoted", "abstract") and groups[-1][0] == "lede" and not dl_used \
            and not labelled:
        groups.pop()
        paras.insert(0, summary)
        summary, lede_mode = None, None
    truth["summary"] = summary
    comp["lede"] = lede_mode

    # body
    blocks = G.body_blocks(paras, spec, rng)
    body_fold = " " + fold(" ".join(b["text"] for b in blocks)) + " "
    mid_inserts = []
    for mname, p in spec["mid"]:
        if rng.random() >= p or len(blocks) < 3:
            continue
        comp.setdefault("mid", []).append(mname)
        if mname == "dont_miss":
            mid_inserts.append(("inline", [f"خبر مرتبط ⇦ {others.pop()}"]))
        elif mname == "ad_space":
            mid_inserts.append(("ad", ["ـــ محتوى إعلاني ـــ"]))
        elif mname == "meme_theme":
            mid_inserts.append(("inline", [f"Sur le même thème : {others.pop()}"]))
        elif mname == "ala_sila":
            mid_inserts.append(("inline", [f"مادة مرتبطة | {others.pop()}"]))
        elif mname == "video_play":
            mid_inserts.append(("video", [f"▶︎ تشغيل الفيديو ∙ {rng.randint(0, 4):02d}:{rng.randint(0, 59):02d}"]))
        elif mname == "spec_box":
            mid_inserts.append(("specs", ["المواصفات الأبرز"] + ["• " + s for s in rng.choice(SPECS)]
                                + [f"السعر التقريبي: {rng.randint(9, 79) * 100 - 1:,} ريال", "تحقق من السعر على أمازون ›"]))
        elif mname == "dhu_sila":
            mid_inserts.append(("inline", [f"⚡ تغطية مرتبطة: {others.pop()}"]))
        elif mname == "newsletter_bit":
            mid_inserts.append(("newsletter", ["نشرة البِت الأسبوعية", "أهم أخبار التقنية كل خميس في بريدك",
                                               "بريدك الإلكتروني هنا", "سجّلني"]))
        elif mname == "read_me_too":
            mid_inserts.append(("inline", [f"اقرأ لي أيضاً ← {others.pop()}"]))
    positions = {}
    for ins in mid_inserts:
        positions.setdefault(rng.randint(1, len(blocks) - 1), []).append(ins)
    hfmt = pick("heading_fmt")
    for i, b in enumerate(blocks):
        for kind, lines in positions.get(i, []):
            add(kind, lines)
        if b["type"] == "heading":
            h = b["text"]
            h = {"fr_colon": h + "\u00a0:", "bar": "▌ " + h, "dash": f"— {h} —"}.get(hfmt, h)
            add("heading", [h], chrome_lines=[])
            continue
        text = noisy(b["text"], spec["noise"], rng) if spec["noise"] else b["text"]
        add("body", [text], chrome_lines=[])

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
        if aname == "sources_dash":
            srcs = src_list(["واس", "وكالات", "وام"])
            if not srcs:
                continue
            add("sources", ["المصادر — " + " | ".join(srcs)])
            truth["sources"] = srcs
        elif aname == "via_src":
            srcs = src_list(["The Verge", "Engadget", "9to5Google"])
            if not srcs:
                continue
            add("sources", ["عبر: " + "، ".join(srcs)])
            truth["sources"] = srcs
        elif aname in ("search_words", "motscles", "bracket_tags", "filed_in"):
            tags = G.tags_from(title, rng)
            if not tags:
                continue
            line = {"search_words": "🔎 كلمات البحث: " + " – ".join(tags),
                    "motscles": "Mots-clés : " + ", ".join(tags),
                    "bracket_tags": "وسوم: " + " ".join(f"[{t}]" for t in tags),
                    "filed_in": "مصنّفة في: " + " • ".join(tags)}[aname]
            add("tags", [line])
            truth["tags"] = tags
        elif aname == "shortlink":
            code = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))
            add("shortlink", ["رابط مختصر للخبر", f"https://{dom}/s/{code}", "نسخ"])
        elif aname == "related_like":
            add("related", ["مواضيع قد تعجبك"] + ["◀ " + others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "share_fr":
            add("share", ["Partagez cet article", "Facebook ∙ X ∙ LinkedIn ∙ Courriel"])
        elif aname == "comments_closed":
            add("comments", [rng.choice(["Les commentaires sont fermés pour cet article.",
                                         "أُغلق باب التعليق على هذا المقال."])])
        elif aname == "fr_related":
            add("related", ["Nos derniers articles"] + ["— " + others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "share_arrow":
            add("share", ["مشاركة ⟶ " + " / ".join(intl["share"])])
        elif aname == "top24":
            add("mostread", ["تصدّر القراءات اليوم"]
                + [f"{k:02d} {others.pop()}" for k in range(1, rng.randint(4, 6))])
        elif aname == "app_stores":
            add("app", ["نسخة الهاتف", "iPhone ∙ Android ∙ Huawei"])
        elif aname == "might_interest":
            add("related", ["مقالات قد تثير اهتمامك"] + ["▹ " + others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "disqus":
            add("comments", [f"عرض التعليقات ({rng.randint(0, 60)})", "التعليقات مدعومة بواسطة Disqus"])
        elif aname == "wire_end":
            add("wire_end", ["-#-", f"نهاية البرقية رقم {comp.get('wire_no', rng.randint(1000000, 9999999))}"])
        elif aname == "wire_more":
            t = rng.randint(300, 1300)
            lines = ["برقيات أخرى من الملف نفسه"]
            for _ in range(rng.randint(2, 4)):
                t += rng.randint(5, 90)
                lines.append(f"{(t // 60) % 24:02d}:{t % 60:02d} ◦ {others.pop()}")
            add("related", lines)
        elif aname == "author_box":
            add("author_box", ["بطاقة المدوّن", name, rng.choice(BIOS),
                               f"{rng.randint(3, 80)} تدوينة منشورة · عضو منذ {crawl.year - rng.randint(1, 6)}"])
            truth["authors"] = [name]
        elif aname == "cite":
            d0 = pub
            when = f"، {d0.day}/{G.LEV[d0.month - 1]}/{d0.year}" if d0 else ""
            add("cite", [f"للاقتباس: {name}، «{title}»، {site}{when}."])
        elif aname == "more_by":
            add("related", [f"تدوينات أخرى لـ{name}"] + ["✎ " + others.pop() for _ in range(rng.randint(2, 3))])
        elif aname == "replies":
            n = rng.randint(1, 3)
            lines = [f"💬 ردود القراء ({n})"]
            for who, what in zip(rng.sample(COMMENTERS, n), rng.sample(COMMENT_TEXTS, n)):
                lines += [f"{who} · {rng.choice(['قبل ساعة', 'قبل يوم', 'قبل يومين', 'قبل 3 أيام'])}", what]
            lines += ["اكتب ردّك هنا…"]
            add("comments", lines)
        comp.setdefault("after", []).append(aname)
    ffmt = pick("footer")
    if ffmt == "f_gulf":
        add("footer", [f"{site} — صحيفة يومية تصدر عن مؤسسة الساحل للصحافة والنشر", f"الحقوق محفوظة {year}م ©",
                       "سياسة الاستخدام ∙ الإعلانات ∙ الاشتراكات"])
    elif ffmt == "f_mgh":
        add("footer", ["Contact ∣ Publicité ∣ Mentions légales", f"© {latin} {year} — كل الحقوق محفوظة"])
    elif ffmt == "f_wire":
        add("footer", [f"© {year} {latin}. يحظر إعادة النشر دون إذن مسبق.", "شروط الخدمة ∥ المشتركون ∥ الأرشيف"])
    elif ffmt == "f_intl":
        add("footer", [f"{intl['site']} جزء من {intl['group']}", f"{intl['latin']} © {year}", intl["foot"]])
    elif ffmt == "f_tech":
        add("footer", [f"{latin} © {year} · صُنع بحب في {rng.choice(CITY['tech'])}", "Privacy · Terms · RSS"])
    elif ffmt == "f_blog":
        add("footer", ["المحتوى منشور برخصة المشاع الإبداعي", "تصميم وتطوير: استوديو زيتون"])

    # layout
    out = []
    nbsp_used = False
    for gi, (kind, lines) in enumerate(groups):
        if gi:
            out.append("")
            if layout == "nbsp_lines" and kind == "body" and groups[gi - 1][0] == "body" and rng.random() < 0.35:
                out += ["&nbsp;", ""]
                nbsp_used = True
        out += lines
    if nbsp_used:
        chrome.append("&nbsp;")
    return finish(doc, style, groups, out, chrome, blocks, body_fold, truth, comp, spec)


def render_telegram(doc, style, spec, others, rng, channel, comp):
    """A Telegram channel's messages around the article's post, copied from a text export."""
    groups = []
    chrome = []

    def add(kind, lines, chrome_lines=None):
        groups.append((kind, list(lines)))
        chrome.extend(lines if chrome_lines is None else chrome_lines)

    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub, tm = doc["crawl"], doc["pub"], doc["time"]
    truth = dict(title=title, page_date=None, published=None, modified=None, summary=None, authors=[], images=[],
                 sources=[], agencies=[], tags=[], dateline=None)
    pd = pub or crawl
    ptm = tm or (rng.randint(6, 23), rng.randint(0, 59))
    truth["published"] = pd.isoformat() + f"T{hm(ptm)}"
    t0 = ptm[0] * 60 + ptm[1]

    add("tg_top", [channel, f"{rng.randint(12, 980)}.{rng.randint(0, 9)}K مشترك"])
    if rng.random() < 0.6:
        add("tg_pinned", ["📌 رسالة مثبتة", others.pop()])
    add("publine", [f"{pd.day} {G.EG[pd.month - 1]} {pd.year}"])
    comp["publine"] = "p_tg"
    if t0 >= 60 and rng.random() < 0.6:
        tb = t0 - rng.randint(8, 55)
        add("tg_prev", [others.pop(), f"{tb // 60:02d}:{tb % 60:02d}  •  {views(rng)}"])
        comp["prev"] = True
    if rng.random() < 0.5:
        add("tg_fwd", [f"↪️ معاد توجيهه من {doc['site']}"])
        truth["sources"] = [doc["site"]]
    if rng.random() < 0.5:
        add("tg_photo", ["صورة", "غير مضمّنة، غيّر إعدادات التصدير لتنزيلها"])
    red = rng.random() < 0.3
    add("title", [("🔴 " if red else "") + title], chrome_lines=[])
    comp["red_title"] = red
    blocks = G.body_blocks(paras, spec, rng)
    body_fold = " " + fold(" ".join(b["text"] for b in blocks)) + " "
    for b in blocks:
        text = b["text"]
        if rng.random() < 0.25:
            text = rng.choice(["🔹 ", "▫️ ", "🔸 "]) + text
        add("body", [text], chrome_lines=[])
    tags = G.tags_from(title, rng)
    if tags and rng.random() < 0.7 and fold(" ".join(tags)) != fold(title):
        add("tags", [" ".join("#" + t for t in tags)])
        truth["tags"] = tags
    if rng.random() < 0.6:
        add("tg_link", [f"🔗 للتفاصيل: https://{DOMAINS['tg']}/{rng.randint(1000, 99999)}"])
    add("tg_react", [f"👍 {rng.randint(5, 900)}   🔥 {rng.randint(0, 200)}   😮 {rng.randint(0, 90)}"])
    add("tg_views", [("معدّل " if rng.random() < 0.2 else "") + f"{hm(ptm)}  •  {views(rng)}"])
    if t0 < 23 * 60 and rng.random() < 0.6:
        ta = t0 + rng.randint(6, min(50, 24 * 60 - 1 - t0))
        add("tg_next", [others.pop(), f"{ta // 60:02d}:{ta % 60:02d}  •  {views(rng)}"])
        comp["next"] = True
    add("tg_join", ["انضم إلى القناة"])
    out = []
    for gi, (kind, lines) in enumerate(groups):
        if gi:
            out.append("")
        out += lines
    comp["lede"] = None
    return finish(doc, style, groups, out, chrome, blocks, body_fold, truth, comp, spec)


def finish(doc, style, groups, out, chrome, blocks, body_fold, truth, comp, spec):
    text = "\n".join(out) + "\n"
    comp.update(layout=spec["layout"], noise=spec["noise"], kinds=[k for k, _ in groups if k != "body"])
    checked = []
    for c in chrome:
        f = fold(c)
        if len(f) >= 3 and f" {f} " not in body_fold and display(c) not in checked:
            checked.append(display(c))
    truth["agencies"] = sorted(set(truth["agencies"]))
    truth.update(blocks=blocks, paragraphs=[b["text"] for b in blocks if b["type"] == "paragraph"],
                 headings=[b["text"] for b in blocks if b["type"] == "heading"], chrome=checked, style=style,
                 split=SPLIT, components=comp, corpus=doc["corpus"], doc_id=doc["id"])
    return text, truth
