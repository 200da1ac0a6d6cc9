"""The `fresh8` split of the text-dump benchmark: a sealed never-seen group of styles.

    python3 bench/textdump/gen_dumps.py --styles fresh8 --n 2000 --seed 31
    python3 bench/textdump/score_dumps.py --split fresh8 --truth ... --pred ...

DO NOT READ THIS FILE, THE FRESH8 DUMPS OR THEIR TRUTH WHILE WORKING ON THE
EXTRACTOR. Written by someone who has not read the extractor. No component
here is meant to be one of the tune, held-out, fresh, fresh2, ..., fresh7
ones (as far as their generators show). Only the aggregate rows of
`score_dumps.py --split fresh8` are ever reported; once the extractor is
changed because of anything learnt here, the split is spent.

The eight styles imitate text dumps of kinds of pages the other splits do not
(a Kuwaiti parliament's news pages, a Jordanian university's news office, a
Syrian diaspora radio broadcasting from Turkey, a Saudi municipality's media
centre, an article copied from a news app on a phone, the text a screen
reader speaks on a news page, an Algerian sports daily, and a per-document
random draw of these components). Site names, people and the vocabulary are
invented. The corpus texts, the lede choice (abstract / teaser / promoted
first paragraph), the inserted headings and the other articles' titles in
related blocks are the gen_dumps.py ones.

New here: a widget on two labelled lines (Hijri, then Gregorian); Levantine
months between dashes; Turkish date widgets; a widget read aloud with `من`
before the month; an issue number before the widget date; year-first
slashed dates with a Hijri/Gregorian `الموافق` pair in the publication line;
`تاريخ الخبر:`, `أُضيف بتاريخ:`, time-first `🕒 2:05 م · DATE` lines, a radio
`نُشر يوم … (توقيت تركيا)` line, a `<time>` element read aloud; a phone
status bar; screen-reader role prefixes (`رابط:`, `عنوان المستوى 1:`,
`عنوان المستوى 2:`, `صورة،`, `قائمة من N عناصر`); committee boxes,
attachments, gallery counters, listening players, star ratings, page
modification lines after the body, swipe-to-next prompts, top-scorer tables,
social-plugin comment boxes; soft hyphens and a no-blank-line layout.

The truth follows gen_dumps.py and the golden fixtures. Cases they leave open:

- title: the corpus title, once, without a screen reader's `عنوان المستوى 1:`.
  The title in a phone's share line or in a screen-reader landmark is chrome.
- page_date: the date of the header widget before the title (the crawl day),
  whatever its form: with two calendars on two lines, the Gregorian line; the
  Turkish widget, its day; after an issue number, the date. The phone's
  status-bar clock, page modification lines after the body and the
  municipality's page (no widget) give none: null.
- published: the date of the publication line, with `THH:MM` when it shows a
  time (`م` is afternoon): `تاريخ الخبر:`, `أُضيف بتاريخ:` (day and month
  not zero-padded), the radio's line (the printed local time), the
  Hijri/Gregorian pair (the Gregorian date after `الموافق`), the phone's
  time-first line, the screen reader's `نُشرت في` line, the sports daily's
  byline-and-date line. A page modification line (`آخر تعديل للصفحة:`) or a
  view counter is no publication date.
- summary: a deck under the title or a lede after the meta lines. A lede with
  nothing between it and the body (no meta line, caption or chrome line, no
  dateline opening the body) stays a lede only when it is a teaser that the
  first paragraph repeats; a promoted first paragraph or an abstract there
  reads as the first paragraph and goes into the body. A first paragraph
  under 8 words is never promoted to a lede. A screen reader's lede has no
  prefix.
- blocks: the corpus paragraphs whatever the layout; headings without the
  screen reader's `عنوان المستوى 2:` prefix; soft hyphens do not change a
  paragraph (scored folded).
- images: the caption without its marks and credit; the credit as written
  (without `تصوير:` / `عدسة:`).
- sources: none; tags: the items of the sports daily's `كلمات مفتاحية` line.
- authors (extra key, not scored): the byline's name.
- chrome: every inserted line that is not title, lede or body (captions
  included), minus those that also occur in the body.
"""
import datetime
import re

from textnorm import display, fold

SPLIT = "fresh8"
G = None  # the gen_dumps module, set by bind()


def bind(module):
    global G
    G = module


# ------------------------------------------------------------ vocabularies
SITES = {
    "kw": ["بوابة مجلس الشورى الإلكترونية", "نافذة البرلمان", "أخبار المجلس"],
    "jo": ["جامعة البلقاء الشمالية", "جامعة وادي الأردن", "جامعة مؤتة الجديدة"],
    "sy": ["راديو سنابل", "إذاعة الشام الحرة", "راديو جسور FM"],
    "sa": ["أمانة منطقة الأفلاج", "بلدية محافظة الدرب", "أمانة محافظة الخرج الجديدة"],
    "app": ["تطبيق خبرك", "نبض الآن", "عاجل بلس"],
    "sr": ["موقع الحدث الرقمي", "منصة المسار", "بوابة الرصد"],
    "dz": ["الهداف الرياضي", "الملاعب اليوم", "صدى الميادين"],
}
LATIN = {"kw": "Shura Portal", "jo": "BNU News", "sy": "Radio Sanabel", "sa": "Amanah Media", "app": "Khabarak",
         "sr": "Almasar", "dz": "El Haddaf Sport"}
PEOPLE = ["فهد العجمي", "دانة المطيري", "بشار الحوراني", "لينا العبادي", "ميس الزعبي", "عبد الكريم القاسم",
          "رهف الأحمد", "ماجد الشهري", "نوف القحطاني", "سفيان بن عيسى", "ياسين بلعيد", "وليد قاسمي"]
TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
             "Aralık"]
TR_DAYS = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
CAPTIONS = ["أعضاء المجلس خلال الجلسة العامة", "طلبة في ساحة الحرم الجامعي", "فريق العمل الميداني",
            "آليات الأمانة في أحد الشوارع", "لقطة من الاستوديو", "لاعبون خلال الحصة التدريبية",
            "واجهة المبنى الرئيسي", "جمهور في المدرجات", "جانب من ورشة العمل", "حديقة عامة بعد التأهيل"]
CREDITS = ["إدارة الإعلام", "المركز الإعلامي", "أحمد الرشيدي", "وحدة التصوير", "صفحة النادي", "مراسل الإذاعة",
           "Unsplash", "Anadolu"]
COMMITTEES = ["لجنة الشؤون المالية والاقتصادية", "لجنة الشؤون التشريعية والقانونية", "لجنة العرائض والشكاوى",
              "لجنة الميزانيات والحساب الختامي"]
PROGRAMS = ["صباح الخير يا بلد", "حكايات من المهجر", "نشرة السادسة", "ملف الأسبوع", "على الهواء"]
FACULTIES = ["كلية الهندسة", "كلية الطب", "كلية الآداب", "عمادة شؤون الطلبة", "مركز اللغات"]
SCORERS = ["بلعيد", "زروقي", "حمادي", "بن سالم", "قادري", "مزيان"]
CLUBS = ["شباب بلوزداد", "مولودية الجزائر", "وفاق سطيف", "اتحاد العاصمة", "شبيبة القبائل", "شباب قسنطينة"]
NAV = {"kw": ["الجلسات", "اللجان", "الأسئلة البرلمانية", "الأعضاء", "التشريعات", "المركز الإعلامي"],
       "jo": ["عن الجامعة", "الكليات", "القبول والتسجيل", "البحث العلمي", "أخبار الجامعة", "الفعاليات"],
       "sy": ["الأخبار", "البرامج", "بودكاست", "سوريا", "تركيا", "أوروبا"],
       "sa": ["عن الأمانة", "الخدمات الإلكترونية", "المركز الإعلامي", "الأخبار", "المشاريع", "تواصل معنا"],
       "app": [],
       "sr": ["الرئيسية", "محلي", "دولي", "اقتصاد", "منوعات"],
       "dz": ["البطولة المحترفة", "الخضر", "المحترفون", "كرة اليد", "رياضات أخرى", "فيديو"]}

# ------------------------------------------------------------------ styles
NBASE = dict(site="kw", header=[], widget=[None], nav=[None], byline=[None], publine=[None], caption=0.0,
             caption_fmt=["dash_adasa"], lede=[None], lede_place=["deck"], headings=0.0, dateline=[None], mid=[],
             after=[], footer=[None], layout="blank", noise=[])

STYLES = {
    "fresh8_1": dict(site="kw", header=[("kw_top", 1.0), ("widget", 1.0), ("nav", 0.8)], widget=["w_twoline"],
                     nav=["nav_tri"], byline=["idad", None], publine=["p_kw"], caption=0.7,
                     caption_fmt=["dash_adasa"], lede=["abstract", "teaser", None], lede_place=["deck", "after_meta"],
                     headings=0.3, dateline=["dl_bar", None], mid=[("committee", 0.5)],
                     after=[("attach", 0.6), ("related_kw", 0.8)], footer=["f_kw"]),
    "fresh8_2": dict(site="jo", header=[("jo_top", 1.0), ("widget", 1.0), ("nav", 1.0)], widget=["w_levdash"],
                     nav=["nav_slash"], publine=["p_added"], caption=0.8, caption_fmt=["gallery"],
                     lede=["teaser", "promoted", None], lede_place=["after_meta"], headings=0.4,
                     after=[("jo_sign", 0.8), ("related_jo", 0.7)], footer=["f_jo"], layout="tight_body"),
    "fresh8_3": dict(site="sy", header=[("sy_top", 1.0), ("widget", 1.0), ("nav", 0.7)], widget=["w_tr"],
                     nav=["nav_slash"], byline=["report", None], publine=["p_radio"], caption=0.5,
                     caption_fmt=["dash_adasa"], lede=["abstract", "teaser", "promoted", None],
                     lede_place=["deck"], headings=0.2, dateline=["dl_bar", None], mid=[("listen", 0.7)],
                     after=[("programs", 0.8), ("freq", 0.7)], footer=["f_sy"], noise=["shy"]),
    "fresh8_4": dict(site="sa", header=[("sa_top", 1.0), ("nav", 1.0)], nav=["nav_tri"], byline=["markaz"],
                     publine=["p_hijri"], caption=0.6, caption_fmt=["gallery", "dash_adasa"],
                     lede=[None, "teaser"], lede_place=["after_meta"], headings=0.2,
                     after=[("rating", 0.8), ("modified", 0.8)], footer=["f_sa"]),
    "fresh8_5": dict(site="app", header=[("statusbar", 1.0), ("app_top", 1.0)], publine=["p_app"], caption=0.5,
                     caption_fmt=["dash_adasa"], lede=["abstract", "teaser", "promoted", None], lede_place=["deck"],
                     headings=0.3, after=[("app_share", 0.8), ("swipe", 1.0)], noise=["shy"]),
    "fresh8_6": dict(site="sr", header=[("sr_top", 1.0), ("widget", 1.0), ("nav", 1.0)], widget=["w_min"],
                     nav=["nav_sr"], byline=["sr_author", None], publine=["p_sr", None], caption=0.7,
                     caption_fmt=["sr_img"], lede=["abstract", "teaser", None], lede_place=["deck"], headings=0.6,
                     after=[("sr_related", 0.9)], footer=["f_sr"], layout="sr"),
    "fresh8_7": dict(site="dz", header=[("widget", 1.0), ("nav", 1.0)], widget=["w_issue"], nav=["nav_tri"],
                     byline=["biqalam_date"], publine=["p_inline"], caption=0.7, caption_fmt=["dash_adasa"],
                     lede=["teaser", "abstract", None], lede_place=["deck", "after_meta"], headings=0.3,
                     mid=[("ad_dz", 0.6)], after=[("tags_dz", 0.6), ("scorers", 0.5), ("fb_comments", 0.8),
                                                 ("related_dz", 0.7)], footer=["f_dz"]),
    "fresh8_mixed": dict(mixed=True),
}
for _s in STYLES.values():
    _s["split"] = SPLIT

CHOICES = dict(widget=["w_twoline", "w_levdash", "w_tr", "w_min", "w_issue", None],
               nav=["nav_tri", "nav_slash"],
               publine=["p_kw", "p_added", "p_radio", "p_hijri", "p_app", "p_sr"],
               caption_fmt=["dash_adasa", "gallery"],
               dateline=["dl_bar", None],
               footer=["f_kw", "f_jo", "f_sy", "f_sa", "f_dz", None],
               noise=[[], ["shy"]])
MID_POOL = ["committee", "listen", "ad_dz"]
AFTER_POOL = ["attach", "related_kw", "jo_sign", "related_jo", "programs", "freq", "rating", "modified",
              "scorers", "fb_comments", "related_dz", "tags_dz"]
HEAD_POOL = ["kw_top", "jo_top", "sy_top", "sa_top"]


def style_spec(name, rng):
    spec = dict(NBASE)
    spec.update(STYLES[name])
    if not spec.pop("mixed", False):
        return spec
    base = rng.choice([f"fresh8_{k}" for k in range(1, 8)])
    spec.update(STYLES[base])
    spec.pop("mixed", None)
    spec["base"] = base
    for k, opts in CHOICES.items():
        if rng.random() < 0.5:
            v = rng.choice(opts)
            spec[k] = v if k == "noise" else [v]
    if spec["layout"] != "sr":
        heads = [h for h, _ in spec["header"] if h not in HEAD_POOL and h not in ("widget", "nav")]
        extra = [h for h in HEAD_POOL if rng.random() < 0.25]
        spec["header"] = [(h, 1.0) for h in heads + extra] + [("widget", 1.0), ("nav", 0.6)]
        if spec["nav"] == [None]:
            spec["nav"] = ["nav_tri"]
        if spec["byline"] == [None] and rng.random() < 0.5:
            spec["byline"] = [rng.choice(["idad", "report", "markaz", "biqalam_date"])]
        spec["mid"] = [(m, 0.3) for m in MID_POOL]
        after = [a for a in AFTER_POOL if rng.random() < 0.25]
        rng.shuffle(after)
        spec["after"] = [(a, 1.0) for a in after] + [a for a in spec["after"] if a[0] not in AFTER_POOL]
        spec["layout"] = rng.choice(["blank", "tight_body"])
    spec["lede"] = [None, "abstract", "teaser", "promoted"]
    spec["caption"] = 0.6
    spec["headings"] = 0.4
    return spec


# ------------------------------------------------------------------ dates
def ind(s):
    return s.translate(G.INDIC)


def hm(tm):
    return f"{tm[0]:02d}:{tm[1]:02d}"


def ampm(tm):
    return f"{G.h12(tm[0])}:{tm[1]:02d} {'م' if tm[0] >= 12 else 'ص'}"


def fmt_widget(fmt, d, rng):
    wd, y, m, day = G.WD[d.weekday()], d.year, d.month - 1, d.day
    if fmt == "w_twoline":
        hy, hmn, hd = G.hijri(d)
        return [f"التاريخ الهجري: {hd} {G.HIJ[hmn - 1]} {hy}", f"التاريخ الميلادي: {day} {G.EG[m]} {y}"]
    if fmt == "w_levdash":
        return [f"{wd} {day:02d} - {G.LEV[m]} - {y}"]
    if fmt == "w_tr":
        return [f"{day} {TR_MONTHS[m]} {y} {TR_DAYS[d.weekday()]}"]
    if fmt == "w_min":
        return [f"{wd}، {day} من {G.EG[m]} {y}"]
    if fmt == "w_issue":
        return [f"العدد {rng.randint(3000, 9999)} — {wd} {day} {G.MAG[m]} {y}"]
    raise ValueError(fmt)


def fmt_publine(fmt, d, tm, rng, name=None):
    """(lines, truth) of a publication line."""
    y, m, day = d.year, d.month - 1, d.day
    truth = d.isoformat() + (f"T{hm(tm)}" if tm else "")
    if fmt == "p_kw":
        return [f"تاريخ الخبر: {y}/{m + 1:02d}/{day:02d}" + (f" - {hm(tm)}" if tm else "")], truth
    if fmt == "p_added":
        lines = [f"أُضيف بتاريخ: {day}/{m + 1}/{y}" + (f" {ampm(tm)}" if tm else "")]
        lines.append(f"عدد المشاهدات: {rng.randint(40, 4000)}")
        return lines, truth
    if fmt == "p_radio":
        return [f"نُشر يوم {G.WD[d.weekday()]} {day} {G.LEV[m]} {y}"
                + (f"، الساعة {hm(tm)} (توقيت تركيا)" if tm else "")], truth
    if fmt == "p_hijri":
        hy, hmn, hd = G.hijri(d)
        return [f"{hy}/{hmn:02d}/{hd:02d}هـ الموافق {y}/{m + 1:02d}/{day:02d}م"], d.isoformat()
    if fmt == "p_app":
        if tm:
            return [f"🕒 {ampm(tm)} · {day} {G.EG[m]} {y}"], truth
        return [f"🕒 {day} {G.EG[m]} {y}"], truth
    if fmt == "p_sr":
        return [f"مقالة، نُشرت في {day} {G.EG[m]} {y}" + (f"، {hm(tm)}" if tm else "")], truth
    if fmt == "p_inline":
        return [f"{day} {G.MAG[m]} {y}" + (f" ، {hm(tm)}" if tm else "")], truth
    raise ValueError(fmt)


# --------------------------------------------------------------- helpers
def noisy(text, kinds, rng):
    if "shy" in kinds:
        # soft hyphens inside some long words, as a phone's copy keeps them
        def shy(mt):
            w = mt.group(0)
            if len(w) >= 7 and rng.random() < 0.15:
                k = rng.randint(3, len(w) - 3)
                return w[:k] + "\u00ad" + w[k:]
            return w
        text = re.sub(r"[\u0621-\u064a]+", shy, text)
    return text


# --------------------------------------------------------------- rendering
def render(doc, style, spec, others, rng):
    """Returns (dump text, truth dict), the same schema as gen_dumps.render()."""
    groups = []
    chrome = []
    comp = {"site": spec["site"], "base": spec.get("base")}

    def pick(key):
        v = rng.choice(spec[key])
        comp[key] = v
        return v

    def add(kind, lines, chrome_lines=None):
        groups.append((kind, list(lines)))
        chrome.extend(lines if chrome_lines is None else chrome_lines)

    title = doc["title"]
    paras = list(doc["paras"])
    crawl, pub, tm = doc["crawl"], doc["pub"], doc["time"]
    key = spec["site"]
    site = rng.choice(SITES[key])
    truth = dict(title=title, page_date=None, published=None, modified=None, summary=None, authors=[], images=[],
                 sources=[], agencies=[], tags=[], dateline=None)
    others = [o for o in rng.sample(others, 40) if fold(o) != fold(title)]
    layout = spec["layout"]
    sr = layout == "sr"
    name = rng.choice(PEOPLE)

    summary, lede_mode = G.choose_lede(pick("lede"), doc, paras)
    if lede_mode == "promoted" and len(summary.split()) < 8:
        paras.insert(0, summary)
        summary, lede_mode = None, None
    lede_place = pick("lede_place")
    bfmt = pick("byline")
    pfmt = pick("publine")
    if not pub:
        pfmt = None
    if bfmt == "biqalam_date" and pfmt is None and pub:
        pfmt = "p_inline"
    comp["publine"] = pfmt

    # wire dateline opening the first paragraph: `city | agency — …`
    dform = rng.choice(spec["dateline"])
    comp["dateline"] = None
    dl = G.dateline_parts(doc["author"]) if dform else None
    dl_used = False
    if dl and paras and summary != paras[0]:
        place, rest = dl
        paras[0] = f"{place} | {rest} — {paras[0]}"
        truth["dateline"] = place
        if G.AGENCY_CODES.get(rest):
            truth["agencies"].append(G.AGENCY_CODES[rest])
        dl_used = True
        comp["dateline"] = dform

    # header
    for hname, p in spec["header"]:
        if rng.random() >= p:
            continue
        if hname == "kw_top":
            add("kw_top", [rng.choice(["● الجلسة منعقدة الآن", "لا توجد جلسة منعقدة حاليًا"]),
                           "البث المباشر للجلسات ▸ جدول الأعمال ▸ المضابط"])
        elif hname == "jo_top":
            add("jo_top", ["EN | ع", "بوابة الطالب ◦ البريد الجامعي ◦ التقويم الأكاديمي ◦ الخطط الدراسية"])
        elif hname == "sy_top":
            add("sy_top", [f"🔊 {rng.choice(['استمع إلى البث المباشر', 'البث الحي الآن'])} | Canlı Yayın",
                           rng.choice(PROGRAMS) + " — على الهواء"])
        elif hname == "sa_top":
            add("sa_top", ["English | الخدمات الإلكترونية | بلاغ 940 | البوابة الجغرافية",
                           rng.choice(["تصفح بالخط الكبير", "حجم الخط: A- A A+"])])
        elif hname == "statusbar":
            hh, mi = rng.randint(6, 23), rng.randint(0, 59)
            add("statusbar", [f"{G.h12(hh)}:{mi:02d}", f"{rng.randint(12, 99)}% ▮"])
        elif hname == "app_top":
            add("app_top", ["‹ عودة", rng.choice(["Aa", "A+ A-"]) + "   🔖   ⤴"])
        elif hname == "sr_top":
            add("sr_top", ["رابط: انتقل إلى المحتوى الرئيسي", "معلم: البانر", f"رابط: {site}",
                           "زر: القائمة، مطوي"])
        elif hname == "widget":
            wfmt = pick("widget")
            if wfmt:
                add("widget", fmt_widget(wfmt, crawl, rng))
                truth["page_date"] = crawl.isoformat()
        elif hname == "nav":
            nf = pick("nav")
            items = NAV[key] or NAV["sr"]
            items = rng.sample(items, min(len(items), rng.randint(4, 6)))
            if sr:
                add("nav", [f"معلم: التنقل، قائمة من {len(items)} عناصر"] + [f"رابط: {x}" for x in items]
                    + ["نهاية القائمة"])
            elif nf == "nav_tri":
                add("nav", [" ▸ ".join(items)] if rng.random() < 0.5 else [" ◊ ".join(items)])
            elif nf == "nav_slash":
                add("nav", [" / ".join(items)])

    # title, deck
    if sr:
        add("title", ["معلم: الرئيسي", f"عنوان المستوى 1: {title}"], chrome_lines=["معلم: الرئيسي"])
    else:
        add("title", [title], chrome_lines=[])
    if summary and lede_place == "deck":
        add("lede", [summary], chrome_lines=[])

    # meta lines
    meta = []
    if bfmt == "idad":
        meta.append(f"إعداد: {name} — قسم الأخبار البرلمانية")
        truth["authors"] = [name]
    elif bfmt == "report":
        meta.append(f"تقرير: {name}")
        truth["authors"] = [name]
    elif bfmt == "markaz":
        meta.append(f"{site} - المركز الإعلامي")
    elif bfmt == "sr_author":
        meta.append(f"رابط: {name}")
        truth["authors"] = [name]
    if pfmt:
        lines, val = fmt_publine(pfmt, pub, tm, rng)
        truth["published"] = val
        if bfmt == "biqalam_date" and pfmt == "p_inline":
            meta.append(f"بقلم: {name} — {lines[0]}")
            truth["authors"] = [name]
        else:
            if bfmt == "biqalam_date":
                meta.append(f"بقلم: {name}")
                truth["authors"] = [name]
            meta += lines
    elif bfmt == "biqalam_date":
        meta.append(f"بقلم: {name}")
        truth["authors"] = [name]
    if meta:
        add("meta", meta)
    if summary and lede_place == "after_meta":
        add("lede", [summary], chrome_lines=[])

    # image
    cap_fmt = pick("caption_fmt")
    if rng.random() < spec["caption"]:
        cap, credit = rng.choice(CAPTIONS), rng.choice(CREDITS)
        if sr:
            lines = [f"صورة، {cap} — {credit}"]
        elif cap_fmt == "gallery":
            n = rng.randint(3, 18)
            lines = [f"‹ 1 / {n} ›", f"{cap} (تصوير: {credit})"]
        else:
            lines = [f"{cap} — عدسة: {credit}"]
        truth["images"].append({"caption": cap, "credit": credit})
        add("caption", lines)
    comp["lede_place"] = lede_place if summary else None

    if summary and lede_mode in ("promoted", "abstract") and groups[-1][0] == "lede" and not dl_used:
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
        if mname == "committee":
            mid_inserts.append(("box", ["┌ اللجنة المختصة", f"│ {rng.choice(COMMITTEES)}",
                                        f"└ عدد الاجتماعات هذا الدور: {rng.randint(3, 40)}"]))
        elif mname == "listen":
            mid_inserts.append(("player", [f"🎧 استمع إلى التقرير · {rng.randint(1, 9)} د {rng.randint(0, 59)} ث",
                                           "⏯  ━━━━━━━━━━○  ⤓"]))
        elif mname == "ad_dz":
            mid_inserts.append(("ad", ["— إشهار —"]))
    positions = {}
    for ins in mid_inserts:
        positions.setdefault(rng.randint(1, len(blocks) - 1), []).append(ins)
    body_start = len(groups)
    for i, b in enumerate(blocks):
        for kind, lines in positions.get(i, []):
            add(kind, lines)
        if b["type"] == "heading":
            add("heading", [f"عنوان المستوى 2: {b['text']}" if sr else b["text"]], chrome_lines=[])
            continue
        text = noisy(b["text"], spec["noise"], rng) if spec["noise"] else b["text"]
        add("body", [text], chrome_lines=[])
    body_end = len(groups)

    # after the body
    for aname, p in spec["after"]:
        if rng.random() >= p:
            continue
        if aname == "attach":
            add("attach", ["المرفقات:", f"📎 {rng.choice(['محضر الجلسة', 'نص الاقتراح بقانون', 'تقرير اللجنة'])} "
                           f"(PDF، {rng.randint(1, 9)}.{rng.randint(0, 9)} ميغابايت)"])
        elif aname == "related_kw":
            add("related", ["أخبار برلمانية أخرى"] + ["◂ " + others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "jo_sign":
            add("sign", [f"دائرة العلاقات العامة والإعلام / {rng.choice(FACULTIES)}"])
        elif aname == "related_jo":
            add("related", ["المزيد من أخبار الجامعة"] + ["◦ " + others.pop() for _ in range(rng.randint(2, 4))])
        elif aname == "programs":
            add("programs", ["برامجنا"] + [f"♪ {x}" for x in rng.sample(PROGRAMS, 3)])
        elif aname == "freq":
            add("freq", [f"ترددات {site}: غازي عنتاب 98.6 FM — إسطنبول 101.4 FM — البث عبر الإنترنت"])
        elif aname == "rating":
            add("rating", ["قيّم هذا الخبر", f"★★★★☆ ({rng.randint(2, 60)} تقييمًا)"])
        elif aname == "modified":
            md = crawl + datetime.timedelta(days=rng.randint(0, 3))
            add("modified", [f"آخر تعديل للصفحة: {md.day:02d}/{md.month:02d}/{md.year}"])
            truth["modified"] = md.isoformat()
        elif aname == "app_share":
            add("app_share", [f"شارك: «{title}» عبر {rng.choice(['واتساب', 'تيليجرام', 'الرسائل'])}",
                              "نسخ الرابط"])
        elif aname == "swipe":
            add("swipe", ["⬆ اسحب للأعلى للخبر التالي", others.pop()])
        elif aname == "sr_related":
            items = [others.pop() for _ in range(rng.randint(2, 4))]
            add("related", ["عنوان المستوى 2: قد يعجبك أيضًا", f"قائمة من {len(items)} عناصر"]
                + [f"رابط: {x}" for x in items] + ["نهاية القائمة"])
        elif aname == "tags_dz":
            tags = G.tags_from(title, rng)
            if not tags:
                continue
            add("tags", ["كلمات مفتاحية", " ، ".join(tags)], chrome_lines=["كلمات مفتاحية"])
            truth["tags"] = tags
        elif aname == "scorers":
            rows = rng.sample(SCORERS, 3)
            add("scorers", ["ترتيب الهدافين"] + [f"{k}- {s} ({rng.choice(CLUBS)}) {9 - k} أهداف"
                                                  for k, s in enumerate(rows, 1)])
        elif aname == "fb_comments":
            add("fb", [f"{rng.randint(0, 40)} تعليقات", "ترتيب حسب: الأقدم", "إضافة تعليق...",
                       "المكون الإضافي للتعليقات على فيسبوك"])
        elif aname == "related_dz":
            add("related", ["مواضيع قد تعجبك"] + ["» " + others.pop() for _ in range(rng.randint(2, 4))])
        comp.setdefault("after", []).append(aname)
    ffmt = pick("footer")
    year = crawl.year
    if ffmt == "f_kw":
        add("footer", [f"الأمانة العامة — {site} © {year}", "خريطة الموقع ▸ اتصل بنا ▸ سياسة الخصوصية"])
    elif ffmt == "f_jo":
        add("footer", ["ص.ب 17 الرمز البريدي 19117 - المملكة الأردنية الهاشمية", f"© {year} {LATIN[key]}"])
    elif ffmt == "f_sy":
        add("footer", [f"{LATIN[key]} · Gaziantep · {year}"])
    elif ffmt == "f_sa":
        add("footer", [f"جميع الحقوق محفوظة {site} {year}", "منصة وطنية موحدة | اتفاقية مستوى الخدمة"])
    elif ffmt == "f_sr":
        add("footer", ["معلم: معلومات المحتوى", f"© {year} {site}"])
    elif ffmt == "f_dz":
        add("footer", [f"{LATIN[key]} ® {year} - يمنع نقل المحتوى دون ذكر المصدر"])

    # layout: blank lines between groups; `tight_body` drops them inside the
    # body (but keeps them around headings); `sr` has no blank lines at all
    out = []
    for gi, (kind, lines) in enumerate(groups):
        if gi:
            tight = layout == "tight_body" and body_start < gi < body_end and kind == "body" \
                and groups[gi - 1][0] == "body"
            if layout != "sr" and not tight:
                out.append("")
        out += lines
    text = "\n".join(out) + "\n"
    comp.update(layout=layout, noise=spec["noise"], kinds=[k for k, _ in groups if k != "body"])

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
