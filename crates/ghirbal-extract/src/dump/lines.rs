//! One dump line and what can be told from it alone.

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::memmem::{Finder, FinderRev};

use ghirbal_arabic::agencies::{agency_code, parse_dateline, sources_label};
use ghirbal_arabic::dates::{find_dates, DateMatch};
use ghirbal_arabic::digits;
use ghirbal_arabic::keys::key_words_iter;
use ghirbal_arabic::script::{self, ScriptCounts};
use ghirbal_arabic::script::{is_alphabetic, is_alphanumeric, is_numeric};
use ghirbal_arabic::{line_text, search_key, LineText};

use crate::furniture::Furniture;
use crate::lexicon::{self, starts_with_label};

/// How a date line is labelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateLabel {
    None,
    Published,
    Modified,
    /// A reader's account stamp (`آخر دخول:`, `Last login`): neither the
    /// story's date nor the page's.
    Account,
}

/// A line's own evidence, before its neighbours are looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Shape {
    Blank,
    /// Most of the line is a date (a widget, a `نشر في:` line).
    Date {
        label: DateLabel,
        matches: Vec<DateMatch>,
    },
    /// `المصادر: …`; `rest` is what follows the label on the same line.
    SourcesLabel {
        rest: String,
    },
    /// `بقلم: فلان`.
    Byline {
        names: String,
    },
    /// `الكلمات المفتاحية: …`.
    Tags {
        list: String,
    },
    /// A copyright footer.
    Footer,
    /// A bulleted or numbered item; `body` is the item without its marker.
    ListItem {
        body: String,
    },
    /// A line wholly in quotation marks, or `>`-quoted.
    Quote {
        body: String,
    },
    /// Text with a trailing photo credit: `… (تويتر)`.
    Caption {
        caption: String,
        credit: String,
    },
    /// A photo credit alone on its line (`مصدر الصورة: غيتي`): the credit
    /// of the caption above it.
    Credit {
        credit: String,
    },
    /// A relative time (`منذ 3 ساعات`, `قبل ساعتين`): metadata with no date.
    Relative,
    /// A label that opens a block of other articles' headlines.
    RelatedLabel,
    /// A label that opens readers' comments.
    CommentsLabel,
    /// Items joined by separators (`الرئيسية > سياسة`), or a UI word.
    Menu,
    /// A line with no letters at all (`***`, `|`, `12`).
    NoLetters,
    /// `جدة: هيفاء الغامدي`, `دبي - العربية.نت`: where the story was filed
    /// and by whom. Only trusted above the body.
    Place {
        place: String,
        author: Option<String>,
        agency: Option<&'static str>,
    },
    /// Ordinary text.
    Text,
}

#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    /// 1-based line number in the input.
    pub no: usize,
    /// Display text, borrowed from the input when normalizing changed nothing.
    pub text: Cow<'a, str>,
    /// Search key of the text (for repeats and labels).
    pub key: String,
    pub counts: ScriptCounts,
    pub words: usize,
    /// Ends a sentence (`.`, `!`, `؟`, `…`, also before a closing quote).
    pub terminal: bool,
    /// The line before it was blank (or it is the first).
    pub after_blank: bool,
    /// The raw line opens with spaces (a first-line indent).
    pub indented: bool,
    /// The bullet dropped before it as the page's paragraph style (`■ …`):
    /// a mark the lede alone may bear.
    pub bullet: Option<char>,
    /// `TITLE | SITE` (a browser tab's title) or `caption | credit`: the
    /// byte where the text before the bar ends, and what follows the bar.
    pub bar: Option<(usize, String)>,
    /// The key of the text before a `| suffix`, when there is one.
    bar_key: Option<String>,
    /// The whole line is an interface word (`شارك`, `Close`).
    pub ui: bool,
    /// The line is learnt site furniture (see [`crate::furniture`]).
    pub furniture: bool,
    /// Physical lines joined into this one (a hard-wrapped paragraph):
    /// their numbers and raw text, for `--explain`.
    pub continued: Vec<(usize, &'a str)>,
    /// The Markdown mark the line came with in a Markdown dump: `#` heading
    /// levels 1–6, or a `>` quote.
    pub mark: Option<Mark>,
    pub shape: Shape,
}

/// Lines longer than this (in words) are prose: no label, title or
/// caption is that long.
const LONG_LINE: usize = crate::furniture::KEYED_WORDS;

impl Line<'_> {
    /// What titles are compared by: the key without a `| suffix`.
    pub(crate) fn title_key(&self) -> &str {
        self.bar_key.as_deref().unwrap_or(&self.key)
    }

    /// What repeats are detected by: the key of a short line, the text of a
    /// long one.
    pub(crate) fn match_key(&self) -> &str {
        if self.words <= LONG_LINE {
            &self.key
        } else {
            &self.text
        }
    }

    /// The search key of the whole text: the one kept for a short line,
    /// else folded into `scratch` (long lines keep none, see `match_key`).
    pub(crate) fn search_key<'s>(&'s self, scratch: &'s mut String) -> &'s str {
        if self.words <= LONG_LINE {
            &self.key
        } else {
            ghirbal_arabic::keys::search_key_into(&self.text, scratch);
            scratch
        }
    }

    pub(crate) fn is_blank(&self) -> bool {
        matches!(self.shape, Shape::Blank)
    }

    /// Running prose: a sentence, or too long to be anything else.
    pub(crate) fn is_prose(&self) -> bool {
        // Figures with a few labels (`برنت 82.1 ▼ -0.4% ⋮ الذهب …`) are a
        // ticker however long, unless they end a sentence.
        let figures = self.counts.digits * 3 >= self.counts.letters() * 2;
        matches!(self.shape, Shape::Text | Shape::Place { .. })
            && (!figures || self.terminal_period())
            && ((self.terminal_period() && self.words >= 5)
                || (self.terminal && self.words >= 12)
                || self.words >= 16
                || self.ends_with_colon_long())
    }

    /// A bulleted item as long as running prose, and a sentence.
    pub(crate) fn is_prose_item(&self) -> bool {
        matches!(self.shape, Shape::ListItem { .. })
            && ((self.terminal_period() && self.words >= 12) || self.words >= 30)
    }

    fn ends_with_colon_long(&self) -> bool {
        self.words >= 6 && (self.text.ends_with(':') || self.text.ends_with('：'))
    }

    /// Short enough, and unpunctuated, to be a title or a heading.
    pub(crate) fn is_headline(&self) -> bool {
        matches!(self.shape, Shape::Text | Shape::Place { .. })
            && (1..=22).contains(&self.words)
            && !self.terminal_period()
            && self.counts.arabic_letters + self.counts.latin_letters + self.counts.other_letters
                >= 2
    }

    /// Ends in a full stop (question and exclamation marks are common in headlines).
    pub(crate) fn terminal_period(&self) -> bool {
        let t = self.text.trim_end_matches(['"', '»', '”', ')', '\'', ' ']);
        (t.ends_with('.') && !t.ends_with(".."))
            || t.ends_with('۔')
            || t.ends_with('؛')
            || t.ends_with(';')
            || (t.ends_with(':') && self.words > 3)
    }

    pub(crate) fn is_ui_word(&self) -> bool {
        self.ui
    }

    /// Latin-only text: in an Arabic dump, interface words.
    pub(crate) fn is_latin_only(&self) -> bool {
        self.counts.latin_letters > 0 && self.counts.arabic_letters == 0
    }
}

/// Splits `text` into lines and reads each one's shape. In a hard-wrapped
/// dump (every paragraph cut at a fixed width) the pieces of a paragraph
/// are joined back into one line first.
pub(crate) fn read_lines<'a>(text: &'a str, furniture: Option<&Furniture>) -> Vec<Line<'a>> {
    // A final line end closes the last line; it does not open another.
    let text = text.strip_suffix('\n').unwrap_or(text);
    let mut physical: Vec<(usize, &str)> = Vec::new();
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        // Most dumps end lines with `\n` alone: one scan finds them all.
        let mut start = 0;
        for (i, end) in memchr::memchr_iter(b'\n', text.as_bytes()).enumerate() {
            physical.push((i + 1, &text[start..end]));
            start = end + 1;
        }
        physical.push((physical.len() + 1, &text[start..]));
    } else {
        for (i, raw) in text.split('\n').enumerate() {
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            // Bare `\r` line ends (old Mac dumps) become separate lines.
            physical.extend(raw.split('\r').map(|part| (i + 1, part)));
        }
    }
    // `⠀` (a blank braille pattern) or a Hangul filler alone on a line:
    // the blank line of an editor that keeps no empty ones.
    for (_, raw) in &mut physical {
        if !raw.is_empty() && is_filler(raw) {
            *raw = "";
        }
    }
    let margin = right_margin(&physical);
    let width = match margin {
        Some(margin) => {
            // The padding says nothing about paragraphs: the text starts
            // where the spaces end, and a line that starts near the margin
            // was cut there.
            for (_, raw) in &mut physical {
                *raw = raw.trim_start();
            }
            let blanks = physical.iter().filter(|(_, raw)| raw.is_empty()).count();
            Some(Wrap {
                width: margin,
                solid: blanks < 3,
                strict: false,
            })
        }
        None => wrap_width(&physical),
    };
    // (The width is read with the pages' heads and feet where they stand.)
    let physical = without_page_breaks(physical);
    // Learnt furniture stands on its own line: a letterhead or a menu set
    // to the page's width is never the head or the tail of a paragraph.
    let mut scratch = String::new();
    let mut is_furniture = |raw: &str| {
        furniture.is_some_and(|f| {
            ghirbal_arabic::keys::search_key_into(raw.trim(), &mut scratch);
            f.contains_key(&scratch)
        })
    };
    let bullets = bullet_style(&physical);
    let markdown = is_markdown(&physical);
    let spoken = !markdown && is_spoken(&physical);
    let chat = !markdown && !spoken && is_chat(&physical);
    let mut lines = Vec::with_capacity(physical.len());
    let mut after_blank = true;
    // No paragraph yet: the page's head, where the headline stands.
    let mut head_open = true;
    let mut i = 0;
    while i < physical.len() {
        let (no, raw) = physical[i];
        let mut end = i;
        if markdown || spoken || chat {
            // Markdown, screen readers and chats keep a paragraph on one line.
        } else if let Some(last) = stacked_date(&physical[i..])
            .or_else(|| labelled_date(&physical[i..]))
            .or_else(|| labelled_byline(&physical[i..]))
        {
            end = i + last;
        } else if let Some(Wrap {
            width,
            solid,
            strict,
        }) = width
        {
            while end + 1 < physical.len()
                && is_full(physical[end].1, width)
                // Less sure of the width: a cut line ends within a word of it.
                && (!strict || physical[end].1.trim_end().chars().count() + 15 >= width)
                && continues(physical[end].1, physical[end + 1].1)
                // (A line past the first was checked as the one after.)
                && (end > i || !is_furniture(physical[end].1))
                && !is_furniture(physical[end + 1].1)
                // Without blank lines a sentence end at the margin is taken
                // as a paragraph end: at worst a paragraph is cut in two.
                && !(solid && script::ends_with_sentence_punct(physical[end].1.trim_end()))
            {
                end += 1;
            }
            // A paragraph ends a sentence; two unpunctuated lines are a
            // long headline and the line under it.
            // (Unless the margin is known exactly and the first line
            // reaches it: then it was cut, as a long title is.)
            let cut_at_margin =
                margin.is_some() && physical[i].1.trim_end().chars().count() + 12 >= width;
            if end == i + 1 && !closes_paragraph(physical[end].1) && !cut_at_margin {
                end = i;
            }
            // A width found past longer lines is less sure: a short run of
            // lines that ends in no sentence is a list of headlines.
            if strict && end > i && end < i + 3 && !closes_paragraph(physical[end].1) {
                end = i;
            }
            // A print edition breaks its headline over two lines as it cuts
            // its paragraphs: in the page's head, before any paragraph,
            // two short unpunctuated lines standing alone are one headline.
            // (Not the page's first lines: those are the paper's name and motto.
            // Nor in a text browser's padded page: it breaks lines only at
            // the margin, where the cut is seen above.)
            if end == i
                && after_blank
                && margin.is_none()
                && head_open
                && lines.iter().any(|l: &Line<'_>| !l.is_blank())
                && !is_furniture(raw)
                && is_broken_headline(&physical[i..], bullets)
            {
                end = i + 1;
            }
        }
        let mut line = if markdown {
            let (text, mark) = markdown_line(raw);
            let mut line = read_line(no, text, after_blank, bullets);
            line.mark = mark;
            line
        } else if chat || spoken {
            let (text, role) = if chat {
                chat_line(raw)
            } else {
                spoken_line(raw)
            };
            let mut line = read_line(no, Cow::Borrowed(text), after_blank, bullets);
            let under_headline = lines
                .last()
                .is_some_and(|l: &Line<'_>| l.mark == Some(Mark::Heading(1)));
            line.take_role(role, spoken && under_headline);
            line
        } else if end == i {
            read_line(no, Cow::Borrowed(raw), after_blank, bullets)
        } else {
            let joined: Vec<&str> = physical[i..=end].iter().map(|(_, r)| r.trim()).collect();
            let mut line = read_line(no, Cow::Owned(joined.join(" ")), after_blank, bullets);
            line.continued = physical[i + 1..=end].to_vec();
            line
        };
        after_blank = line.is_blank();
        head_open &= line.continued.is_empty() && line.words <= LONG_LINE;
        line.indented = !after_blank && raw.starts_with([' ', '\t', '\u{a0}', '\u{3000}']);
        line.continued.shrink_to_fit();
        lines.push(line);
        i = end + 1;
    }
    archive_banner(&mut lines);
    slash_credits(&mut lines);
    key_figure_strips(&mut lines);
    setext_headings(&mut lines);
    if let Some(furniture) = furniture {
        mark_furniture(&mut lines, furniture);
    }
    lines
}

/// `منظمة الصحة العالمية/كريستوفر بلاك`, `UN Photo/Mark Garten` right under
/// a short line, the two standing alone: an agency or a desk, a slash and
/// the photographer, the credit of the caption above.
fn slash_credits(lines: &mut [Line<'_>]) {
    for i in 1..lines.len() {
        let block_alone =
            (i < 2 || lines[i - 2].is_blank()) && lines.get(i + 1).is_none_or(|l| l.is_blank());
        let above = &lines[i - 1];
        if !block_alone
            || !matches!(above.shape, Shape::Text)
            || above.is_prose()
            || !(2..=14).contains(&above.words)
            || !matches!(lines[i].shape, Shape::Text)
        {
            continue;
        }
        if let Some(credit) = slash_credit(&lines[i].text) {
            lines[i].shape = Shape::Credit { credit };
        }
    }
}

/// `ORG/First Last`: one tight slash, a photographer's name of two to four
/// words after it, and only letters.
fn slash_credit(text: &str) -> Option<String> {
    let text = text.trim();
    let (desk, name) = text.split_once('/')?;
    let tight = !desk.ends_with(' ') && !name.starts_with(' ') && !name.contains('/');
    let desk_words = desk.split_whitespace().count();
    let name_words = name.split_whitespace().count();
    (tight
        && (1..=4).contains(&desk_words)
        && (2..=4).contains(&name_words)
        && letters_and_spaces(desk)
        && letters_and_spaces(name))
    .then(|| text.to_string())
}

/// Lines the site prints on many pages are menus, whatever they say. Dates,
/// bylines, captions, sources and labels keep their shape: a byline recurs
/// on a writer's columns and still names the author, and a related-stories
/// label still opens its list.
fn mark_furniture(lines: &mut [Line<'_>], furniture: &Furniture) {
    for line in lines {
        let plain = matches!(
            line.shape,
            Shape::Text | Shape::Quote { .. } | Shape::ListItem { .. } | Shape::Place { .. }
        );
        // A label alone is a weaker sign than a whole line: not for a
        // dateline (`الرياض: …`) or anything as long as a lede.
        let labelled = || {
            matches!(line.shape, Shape::Text | Shape::ListItem { .. })
                && line.words <= 16
                && !line.terminal
                && furniture.has_label_of(&line.key)
        };
        // A stock photo's caption recurs with another photographer's name
        // after it: a template, and still the page's caption.
        let template = || furniture.is_template(&line.key) && !has_labelled_credit(&line.key);
        if plain
            && !line.key.is_empty()
            && (furniture.contains_key(&line.key) || labelled() || template())
        {
            line.furniture = true;
            line.shape = Shape::Menu;
        }
    }
}

/// `واجهة المبنى — عدسة: فلان`: a credit label (`عدسة`, `تصوير`, `photo`)
/// after the line's last dash, read from its search key.
fn has_labelled_credit(key: &str) -> bool {
    key.rfind(['—', '–', '-', '―', '|'])
        .map(|at| key[at..].trim_start_matches(['—', '–', '-', '―', '|', ' ']))
        .is_some_and(|tail| starts_with_label(tail, lexicon::CREDIT).is_some())
}

/// A web archive's banner over the page it shows (`The Wayback Machine -
/// https://web.archive.org/web/…` down to `About this capture`): its
/// capture dates and calendar are the archive's, not the page's.
fn archive_banner(lines: &mut [Line<'_>]) {
    let Some(first) = lines.iter().position(|l| !l.is_blank()) else {
        return;
    };
    if first > 2 || !lines[first].text.contains("web.archive.org/web/") {
        return;
    }
    let end = lines
        .iter()
        .take(first + 30)
        .position(|l| l.text.eq_ignore_ascii_case("about this capture"));
    if let Some(end) = end {
        for line in &mut lines[first..=end] {
            if !line.is_blank() {
                line.shape = Shape::Menu;
            }
        }
    }
}

/// `المصادر[عدل]`, `History[edit]`: a wiki's section heading with its edit
/// link glued on; the link is interface, the heading is the writer's.
fn strip_edit_link(raw: Cow<'_, str>) -> Cow<'_, str> {
    const LINKS: [&str; 5] = ["[عدل]", "[عدّل]", "[تعديل]", "[edit]", "[تعديل المصدر]"];
    let trimmed = raw.trim_end();
    if !trimmed.ends_with(']') {
        return raw;
    }
    match LINKS.iter().find_map(|l| trimmed.strip_suffix(l)) {
        Some(rest) if !rest.trim().is_empty() => Cow::Owned(rest.trim_end().to_string()),
        _ => raw,
    }
}

/// `…الماضي.[1]`, `وتم[a] استجوابه`, `[بحاجة لمصدر]`: a wiki's or an
/// editor's reference and comment marks glued to the text they annotate. They
/// point at notes the dump has lost (or lists apart), and split the word
/// they stick to. A bracket after a space is the writer's (`[sic]`, `[…]`).
fn strip_reference_marks(raw: Cow<'_, str>) -> Cow<'_, str> {
    const NEEDS_SOURCE: [&str; 3] = ["[بحاجة لمصدر]", "[بحاجة إلى مصدر]", "[citation needed]"];
    if !raw.contains('[') {
        return raw;
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = &*raw;
    let mut changed = false;
    while let Some(open) = rest.find('[') {
        let (head, tail) = rest.split_at(open);
        let glued = head.chars().next_back().is_some_and(|c| !c.is_whitespace());
        let close = tail.find(']');
        let mark_len = close.filter(|&close| {
            let inner = &tail[1..close];
            glued
                && ((1..=3).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_digit())
                    || (1..=2).contains(&inner.len())
                        && inner.bytes().all(|b| b.is_ascii_lowercase())
                    || NEEDS_SOURCE.contains(&&tail[..=close]))
        });
        out.push_str(head);
        match mark_len {
            Some(close) => {
                changed = true;
                rest = &tail[close + 1..];
            }
            None => {
                out.push('[');
                rest = &tail[1..];
            }
        }
    }
    if !changed {
        return raw;
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// A date given as label and value on lines of their own: `التاريخ` over
/// `12 يناير 2017`, then maybe `الوقت` over `10:26`. The index of the last
/// line of the block in `lines`.
fn labelled_date(lines: &[(usize, &str)]) -> Option<usize> {
    let label = |raw: &str, labels: &[&str]| {
        let key = search_key(raw.trim().trim_end_matches([':', '：']).trim_end());
        labels.contains(&key.as_str())
    };
    let date_labels = ["التاريخ", "تاريخ النشر", "تاريخ", "date", "published"];
    let (first, value) = (lines.first()?.1, lines.get(1)?.1);
    // Cheap refusals first: this is tried at every line.
    let has_digit = value.bytes().any(|b| b.is_ascii_digit() || b == 0xD9);
    if first.trim().len() > 30 || !has_digit || !label(first, &date_labels) {
        return None;
    }
    let value = value.trim();
    let dates = find_dates(value);
    let [date] = dates.as_slice() else {
        return None;
    };
    if value.split_whitespace().count() > date_words(value, date) + 1 {
        return None;
    }
    let time_labels = ["الوقت", "الساعه", "time"];
    let is_time = |raw: &str| {
        let raw = raw.trim();
        let (h, m) = raw.split_once(':').unwrap_or(("", ""));
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
    };
    match (lines.get(2), lines.get(3)) {
        (Some((_, l)), Some((_, t))) if label(l, &time_labels) && is_time(t) => Some(3),
        _ => Some(1),
    }
}

/// `الكاتب:` alone on its line, the writer's name on the next: one byline
/// (a page's label and link set as blocks). Returns the offset of the name.
fn labelled_byline(lines: &[(usize, &str)]) -> Option<usize> {
    let (label, name) = (lines.first()?.1.trim(), lines.get(1)?.1.trim());
    // Cheap refusals first: this is tried at every line. (Without its
    // colon the label is a definition list's term, `إعداد` over the names.)
    let (label, colon) = match label.strip_suffix([':', '：']) {
        Some(label) => (label, true),
        None => (label, false),
    };
    // (A term alone is a word or two.)
    if label.len() > 30 || (!colon && label.len() > 20) || name.is_empty() || name.len() > 60 {
        return None;
    }
    let words = name.split_whitespace().count();
    // Two writers joined by `و` take a word or two more.
    let most = if name.contains(" و") { 6 } else { 4 };
    // Letters, spaces and initials' dots; no figures in any script. (Read
    // only once the word count passes: this is tried at every line.)
    let plain = || {
        name.chars().all(|c| {
            if c.is_ascii() {
                c.is_ascii_alphabetic() || c == ' ' || c == '.'
            } else {
                !is_numeric(c)
            }
        })
    };
    // A term without its colon must be one of the few a definition list
    // uses (compared as written: this runs on every pair of menu lines).
    const TERMS: [&str; 9] = [
        "إعداد",
        "اعداد",
        "الكاتب",
        "الكاتبة",
        "بقلم",
        "تحرير",
        "المؤلف",
        "Author",
        "Authors",
    ];
    ((1..=most).contains(&words)
        && plain()
        && !name.contains([':', '|', '،', ','])
        && !script::ends_with_sentence_punct(name)
        && if colon {
            lexicon::is_label(&search_key(label), lexicon::BYLINE)
        } else {
            TERMS.contains(&label)
        })
    .then_some(1)
}

fn date_words(text: &str, date: &DateMatch) -> usize {
    text[date.start..date.end].split_whitespace().count()
}

/// A Markdown mark at the head of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// `#` … `######`.
    Heading(u8),
    /// `> `.
    Quote,
    /// A screen reader's `صورة،` / `image,`: the text describes a picture.
    Image,
}

impl Line<'_> {
    /// Marks or shapes the line as its role in a transcript or chat says.
    /// `may_sign` lets a link right under the headline be its writer's name,
    /// as a screen reader announces the byline.
    fn take_role(&mut self, role: Role, may_sign: bool) {
        let name_like = (2..=4).contains(&self.words)
            && self.counts.digits == 0
            && self.counts.arabic_letters > 0
            && !self.terminal;
        match role {
            Role::Heading(level) => self.mark = Some(Mark::Heading(level)),
            Role::Control if may_sign && name_like => {
                self.shape = Shape::Byline {
                    names: self.text.to_string(),
                }
            }
            Role::Control => self.shape = Shape::Menu,
            Role::Image => self.mark = Some(Mark::Image),
            Role::Text => {}
        }
    }
}

/// What a screen reader's or a chat export's line prefix says the line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// `عنوان المستوى 2:`, `heading level 2,`.
    Heading(u8),
    /// Links, buttons, landmarks and list bounds: the page's controls.
    Control,
    /// An image's description (and maybe its credit).
    Image,
    /// Text read out.
    Text,
}

/// Role prefixes of a screen reader's transcript, after which the line's
/// own text follows. Links stand on lines of their own there, so a link is
/// navigation, not a sentence of the story.
const CONTROL_ROLES: [&str; 12] = [
    "رابط:",
    "رابط،",
    "معلم:",
    "زر:",
    "زر،",
    "link,",
    "link:",
    "visited link,",
    "button,",
    "button:",
    "landmark,",
    "landmark:",
];
const IMAGE_ROLES: [&str; 6] = ["صورة،", "صورة:", "رسم،", "graphic,", "image,", "image:"];

/// A dump that is a screen reader's transcript (the accessibility tree read
/// out): role prefixes on many lines, a heading among them.
fn is_spoken(physical: &[(usize, &str)]) -> bool {
    let (mut headings, mut controls) = (0, 0);
    for (_, raw) in physical {
        match spoken_line(raw).1 {
            Role::Heading(_) => headings += 1,
            Role::Control => controls += 1,
            Role::Image | Role::Text => {}
        }
    }
    headings >= 1 && controls >= 3
}

/// A transcript line without its role prefix, and the role.
fn spoken_line(raw: &str) -> (&str, Role) {
    let text = raw.trim();
    // Every role word opens with one of these: most lines stop here.
    let role_initial = |c: char| {
        matches!(
            c,
            'ع' | 'ر'
                | 'م'
                | 'ز'
                | 'ص'
                | 'ق'
                | 'ن'
                | 'h'
                | 'l'
                | 'v'
                | 'b'
                | 'g'
                | 'i'
                | 'o'
                | 'H'
                | 'L'
                | 'V'
                | 'B'
                | 'G'
                | 'I'
                | 'O'
        )
    };
    if !text.starts_with(role_initial) {
        return (text, Role::Text);
    }
    for prefix in ["عنوان المستوى ", "heading level "] {
        if let Some(rest) = text.strip_prefix(prefix) {
            let level = rest
                .chars()
                .next()
                .and_then(ghirbal_arabic::digits::digit_value);
            let rest = rest.trim_start_matches(is_numeric).trim_start();
            if let (Some(level @ 1..=6), Some(rest)) = (level, rest.strip_prefix([':', ',', '،']))
            {
                return (rest.trim(), Role::Heading(level as u8));
            }
        }
    }
    let starts_with = |prefix: &str| {
        text.get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    if let Some(prefix) = CONTROL_ROLES.iter().find(|p| starts_with(p)) {
        return (text[prefix.len()..].trim(), Role::Control);
    }
    if let Some(prefix) = IMAGE_ROLES.iter().find(|p| starts_with(p)) {
        return (text[prefix.len()..].trim(), Role::Image);
    }
    // List bounds: `قائمة من 3 عناصر`, `نهاية القائمة`, `list with 3 items`, `out of list`.
    let list_bound = (text.starts_with("قائمة من ") && text.split_whitespace().count() <= 4)
        || text == "نهاية القائمة"
        || (starts_with("list with ") && text.split_whitespace().count() <= 4)
        || text.eq_ignore_ascii_case("out of list");
    if list_bound {
        return (text, Role::Control);
    }
    (text, Role::Text)
}

/// A chat app's export (`11/8/2015 11:15 ص - نواف: …`): a story forwarded
/// into a group, among greetings and replies.
fn is_chat(physical: &[(usize, &str)]) -> bool {
    // A stamp opens with a digit or a bracket (after bidi marks): most lines
    // are refused by their first byte.
    let may_be_stamped = |raw: &str| {
        raw.trim_start_matches(['\u{200e}', '\u{200f}', ' '])
            .chars()
            .next()
            .is_some_and(|c| c == '[' || ghirbal_arabic::digits::digit_value(c).is_some())
    };
    physical
        .iter()
        .filter(|(_, raw)| may_be_stamped(raw) && chat_stamp(raw).is_some())
        .take(3)
        .count()
        >= 3
}

/// The message after a chat line's `DATE TIME - ` stamp, if it has one.
fn chat_stamp(raw: &str) -> Option<&str> {
    let raw = raw.trim_start_matches(['\u{200e}', '\u{200f}', ' ']);
    // `DATE TIME - message` (Android) or `[TIME, DATE] message` (iOS).
    let (stamp, message) = if let Some(inner) = raw.strip_prefix('[') {
        let close = inner.find(']').filter(|&c| c < 60)?;
        (&inner[..close], &inner[close + 1..])
    } else {
        let cut = raw
            .char_indices()
            .take_while(|(i, _)| *i < 60)
            .find(|(i, _)| raw[*i..].starts_with(" - "))
            .map(|(i, _)| i)?;
        (&raw[..cut], &raw[cut + 3..])
    };
    let stamp_char = |c: char| {
        ghirbal_arabic::digits::digit_value(c).is_some()
            || matches!(
                c,
                '/' | '.' | ',' | '،' | ':' | ' ' | '\u{200e}' | '\u{200f}' | '\u{202f}'
            )
            || matches!(c, 'ص' | 'م' | 'a' | 'p' | 'm' | 'A' | 'P' | 'M')
    };
    let dated = stamp.matches(['/', '.']).count() >= 2 && stamp.contains(':');
    (dated && stamp.chars().all(stamp_char)).then_some(message)
}

/// A chat line without its stamp and sender, and its role: the story's
/// bold first line (`*TITLE*`) is its headline, other bold lines its
/// subheadings, short messages and the app's notices are chatter.
fn chat_line(raw: &str) -> (&str, Role) {
    let Some(message) = chat_stamp(raw) else {
        let text = raw.trim();
        return match bold(text) {
            Some(inner) => (inner, Role::Heading(2)),
            None => (text, Role::Text),
        };
    };
    // `نواف: …`, `+966 55 908 1142: …`: a sender; none on the app's notices.
    let sender_end = message
        .char_indices()
        .take_while(|(i, _)| *i < 48)
        .find(|&(_, c)| c == ':')
        .map(|(i, _)| i);
    let Some(end) = sender_end else {
        return (message.trim(), Role::Control);
    };
    let text = message[end + 1..].trim_matches(['\u{200e}', '\u{200f}', ' ']);
    if let Some(inner) = bold(text) {
        return (inner, Role::Heading(1));
    }
    if text.split_whitespace().nth(11).is_some() {
        (text, Role::Text)
    } else {
        (text, Role::Control)
    }
}

/// `*نص*`: a chat's bold, around a whole line.
fn bold(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('*')?.strip_suffix('*')?.trim();
    (!inner.is_empty() && !inner.contains('*')).then_some(inner)
}

/// A dump saved as Markdown (a reader mode, a scraper's output): headings
/// marked `# `, and images or links in Markdown form.
fn is_markdown(physical: &[(usize, &str)]) -> bool {
    let mut headings = 0;
    let mut links = 0;
    for (_, raw) in physical {
        let raw = raw.trim_start();
        headings += usize::from(raw.starts_with("# ") || raw.starts_with("## "));
        // (`[` first: a one-byte search refuses nearly every line.)
        links += usize::from(raw.contains('[') && raw.contains("]("));
    }
    headings >= 1 && links >= 2
}

/// A Markdown line as it reads: marks, link targets and whole-line emphasis
/// dropped. `![caption](url)` keeps its caption, `[text](url)` its text, and
/// a `* [link]` list item loses its bullet; a `---` rule becomes blank.
fn markdown_line(raw: &str) -> (Cow<'_, str>, Option<Mark>) {
    let mut text = raw.trim();
    let mut mark = None;
    let hashes = text.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && text[hashes..].starts_with(' ') {
        mark = Some(Mark::Heading(hashes as u8));
        text = text[hashes..].trim_start();
    } else if let Some(rest) = text.strip_prefix("> ") {
        mark = Some(Mark::Quote);
        text = rest.trim_start();
    } else if let Some(rest) = text.strip_prefix("* ").or_else(|| text.strip_prefix("- ")) {
        // A Markdown list item keeps a plain bullet.
        if rest.starts_with('[') {
            text = rest;
        }
    }
    if text == "---" || text == "***" {
        return (Cow::Borrowed(""), None);
    }
    // Whole-line emphasis: `*Shutterstock*`, `_6 أبريل 2018_`, `**نص**`.
    for wrap in ["**", "*", "_"] {
        if let Some(inner) = text.strip_prefix(wrap).and_then(|t| t.strip_suffix(wrap)) {
            if !inner.is_empty() && !inner.contains(wrap) {
                text = inner.trim();
                break;
            }
        }
    }
    if !text.contains("](") {
        return (Cow::Borrowed(text), mark);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|c| open + c) else {
            break;
        };
        let Some(end) = rest[close + 2..].find(')').map(|e| close + 2 + e) else {
            break;
        };
        let before = &rest[..open];
        let image = before.ends_with('!');
        out.push_str(if image {
            &before[..before.len() - 1]
        } else {
            before
        });
        out.push_str(&rest[open + 1..close]);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    (Cow::Owned(out.trim().to_string()), mark)
}

/// A date widget stacked one part a line (`الجمعة` / `13` / `تموز` /
/// `2018`): the index of its last line in `lines`, when the first two to
/// four lines are each a word or a number, one is a year, and together they
/// are a date and nothing else.
fn stacked_date(lines: &[(usize, &str)]) -> Option<usize> {
    let part = |raw: &str| {
        let raw = raw.trim();
        !raw.is_empty() && raw.chars().count() <= 12 && raw.split_whitespace().nth(2).is_none()
    };
    let is_year = |raw: &str| {
        let raw = raw.trim();
        raw.chars().count() == 4 && raw.chars().all(|c| digits::digit_value(c).is_some())
    };
    // Cheap refusal first: this is tried at every line.
    if lines.first()?.1.trim().len() > 40 || lines.get(1)?.1.trim().len() > 40 {
        return None;
    }
    let run = lines
        .iter()
        .take(4)
        .take_while(|(_, raw)| part(raw))
        .count();
    if run < 2 || !lines[..run].iter().any(|(_, raw)| is_year(raw)) {
        return None;
    }
    (2..=run).rev().find_map(|n| {
        let joined: Vec<&str> = lines[..n].iter().map(|(_, raw)| raw.trim()).collect();
        let joined = joined.join(" ");
        let dates = find_dates(&joined);
        let [date] = dates.as_slice() else {
            return None;
        };
        // The parts read as one date: at most a weekday besides it.
        let outside = joined[..date.start].split_whitespace().count()
            + joined[date.end..].split_whitespace().count();
        (outside <= 1 && is_year(lines[n - 1].1) || outside == 0).then_some(n - 1)
    })
}

/// Every line padded with spaces to end at one column, as a right-to-left
/// page printed to text gives: three in four non-blank lines or more have
/// the same length (the margin, returned), and most start with spaces.
fn right_margin(physical: &[(usize, &str)]) -> Option<usize> {
    // Padding first: it is cheap and refuses nearly every dump.
    let filled = || {
        physical
            .iter()
            .map(|(_, raw)| raw.trim_end())
            .filter(|r| !r.is_empty())
    };
    let padded = filled().filter(|r| r.starts_with(' ')).count();
    if padded < 4 || padded * 2 < filled().count() {
        return None;
    }
    let lengths: Vec<usize> = filled().map(|r| r.chars().count()).collect();
    if lengths.len() < 8 {
        return None;
    }
    // The margin is the length most lines share; a few lines that were not
    // wrapped (a ticker, a menu) may run past it.
    let mut sorted = lengths.clone();
    sorted.sort_unstable();
    let (margin, shared) = sorted
        .chunk_by(|a, b| a == b)
        .map(|run| (run[0], run.len()))
        .max_by_key(|&(n, count)| (count, n))?;
    (margin >= 30 && shared * 4 >= lengths.len() * 3).then_some(margin)
}

/// The width a dump was hard-wrapped at, if it was: most longer lines end
/// just short of one width and none goes past it.
/// How a dump was hard-wrapped.
#[derive(Debug, Clone, Copy)]
struct Wrap {
    width: usize,
    /// No blank lines between paragraphs.
    solid: bool,
    /// The width was found under a few longer lines, not at the widest.
    strict: bool,
}

fn wrap_width(physical: &[(usize, &str)]) -> Option<Wrap> {
    let lengths: Vec<usize> = physical
        .iter()
        .map(|(_, raw)| raw.trim_end().chars().count())
        .collect();
    // The width is the widest line, unless a few lines that were never
    // wrapped (a menu, a tab title, a footer) stand out past it: then the
    // next widths down are tried, skipping at most an eighth of the longer lines.
    // A line printed twice (a mail archive's thread links over and under
    // the message) is one unwrapped line, not two.
    // (Sorted by length, a line's copies lie side by side: only lines of
    // one length are compared.)
    let mut long: Vec<(usize, &str)> = physical
        .iter()
        .zip(&lengths)
        .filter(|&(_, &n)| n >= 30)
        .map(|(&(_, raw), &n)| (n, raw.trim_end()))
        .collect();
    long.sort_unstable_by(|a, b| b.cmp(a));
    long.dedup();
    let widths: Vec<usize> = long.iter().map(|&(n, _)| n).collect();
    let skippable = 3.max(widths.len() / 8);
    // A mail's headers and footers (thread links, list addresses) may stand
    // out past its wrapped text in greater numbers: when nothing passes
    // within the first few widths, the search goes on further down.
    let (skippable_far, tries_far) = (6.max(widths.len() / 6), 10);
    let mut tried = 0;
    let mut previous = usize::MAX;
    // Below the widest line, of the widths that pass, the one most cut
    // lines end just short of (tightest), the narrower on a tie.
    let mut best: Option<(Wrap, usize, usize)> = None;
    for (skipped, &width) in widths.iter().enumerate() {
        let near = skipped <= skippable && tried < 6;
        if !near && (best.is_some() || skipped > skippable_far || tried >= tries_far) {
            break;
        }
        if width == previous {
            continue;
        }
        previous = width;
        tried += 1;
        // Past the widest line, the lines cut at the width must hold most
        // of the text: one long paragraph over a list of headlines is no wrap.
        if skipped > 0 {
            let total: usize = lengths.iter().sum();
            let full: usize = (0..lengths.len())
                .filter(|&i| fills(lengths[i], width))
                .map(|i| lengths[i])
                .sum();
            // Cut lines end within a word's length of the width; headlines
            // that merely fit under it have lengths of all sizes.
            let (mut cut, mut fitting) = (0, 0);
            for &n in lengths
                .iter()
                .filter(|&&n| n <= width && n * 100 >= width * 60)
            {
                fitting += 1;
                cut += usize::from(n + 15 >= width);
            }
            if full * 100 < total * 35 || cut < 3 || cut * 2 < fitting {
                continue;
            }
            // Far down, only paragraphs set apart by blank lines, as mails
            // are, and of many cut lines.
            let far_ok = |wrap: &Wrap| !wrap.solid && wrapped_blocks(&lengths, width) >= 3;
            let wrap = wrap_at(physical, &lengths, width).filter(|wrap| near || far_ok(wrap));
            if let Some(wrap) = wrap {
                let tighter = best
                    .as_ref()
                    .is_none_or(|&(_, c, f)| cut * f >= c * fitting);
                if tighter {
                    best = Some((
                        Wrap {
                            strict: true,
                            ..wrap
                        },
                        cut,
                        fitting,
                    ));
                }
            }
            continue;
        }
        if let Some(wrap) = wrap_at(physical, &lengths, width) {
            return Some(wrap);
        }
    }
    best.map(|(wrap, _, _)| wrap)
}

/// How many blocks (lines between blank lines) read as one paragraph cut at
/// `width`: two lines or more, each but the last filling the width.
fn wrapped_blocks(lengths: &[usize], width: usize) -> usize {
    lengths
        .split(|&n| n == 0)
        .filter(|block| {
            block.len() >= 2
                && block[..block.len() - 1].iter().all(|&n| fills(n, width))
                && block[block.len() - 1] <= width
        })
        .count()
}

/// The wrap at `widest`, if the lines read as cut at that width.
fn wrap_at(physical: &[(usize, &str)], lengths: &[usize], widest: usize) -> Option<Wrap> {
    if !(30..=200).contains(&widest) {
        return None;
    }
    let longer = lengths.iter().filter(|&&n| n >= 30).count();
    // Lines that reached the width, and how many of them the paragraph
    // continues below (in an unwrapped dump a long line ends its paragraph).
    let full: Vec<usize> = (0..lengths.len())
        .filter(|&i| fills(lengths[i], widest))
        .collect();
    let carried = full
        .iter()
        .filter(|&&i| {
            physical
                .get(i + 1)
                .is_some_and(|(_, next)| !next.trim().is_empty())
        })
        .count();
    // A wrapped line breaks mid-sentence; an unwrapped long line is a whole
    // paragraph and ends one.
    let mid_sentence = full
        .iter()
        .filter(|&&i| !closes_paragraph(physical[i].1))
        .count();
    if mid_sentence * 10 < full.len() * 6 {
        return None;
    }
    let blanks = lengths.iter().filter(|&&n| n == 0).count();
    let blank_separated = blanks >= 3
        && full.len() >= 5
        && full.len() * 100 >= longer * 35
        && carried * 10 >= full.len() * 4;
    // Without blank lines a paragraph ends where a line stops short of the
    // width. One-paragraph-a-line dumps also have lines of many lengths, so
    // demand a narrow width that most lines reach.
    let solid = blanks < 3 && widest <= 120 && full.len() >= 8 && full.len() * 100 >= longer * 50;
    (blank_separated || solid).then_some(Wrap {
        width: widest,
        solid,
        strict: false,
    })
}

/// Whether `next` carries on the paragraph `line` was cut from: not blank,
/// not a repeat of it, not a new list item or quote, and `line` not closed
/// by a bracket (a caption's credit: `… (رويترز)`).
fn continues(line: &str, next: &str) -> bool {
    // An indented line opens a paragraph (typewriter style).
    let indented = |l: &str| l.starts_with([' ', '\t', '\u{a0}', '\u{3000}']);
    if indented(next) && !indented(line) {
        return false;
    }
    let (line, next) = (line.trim(), next.trim());
    // Table rows and bar-joined menus are laid out a line each.
    let cells = |l: &str| l.matches('|').count() >= 2;
    if cells(line) || cells(next) {
        return false;
    }
    let next_opens_item = next.starts_with(['>', '←', '→', '⬅', '➡', '🔗', '▶'])
        || list_item(next).is_some()
        || opens_with_clock(next);
    !next.is_empty() && next != line && !line.ends_with([')', ']']) && !next_opens_item
}

/// `14:10 | headline`, `٠٦:٠٥ - headline`: a ticker's or a listing's
/// timed headline, never the page's own title.
pub(crate) fn opens_with_clock(text: &str) -> bool {
    text.find(':')
        .and_then(|colon| clock_at(text, colon))
        .is_some_and(|(_, _, span)| span.start == 0 && text[span.end..].starts_with([' ', '|']))
}

/// `8:36`, `٨:٣٦`: an hour and its minutes somewhere in the text.
pub(crate) fn has_clock(text: &str) -> bool {
    memchr::memchr_iter(b':', text.as_bytes())
        .any(|colon| clock_at(text, colon).is_some_and(|(h, m, _)| h <= 23 && m <= 59))
}

/// The clock whose colon is at byte `colon`: one or two digits before it
/// and exactly two after (`04:28`, `٠٤:٢٨`). Its hour and minute, unchecked,
/// and its span.
fn clock_at(text: &str, colon: usize) -> Option<(u32, u32, std::ops::Range<usize>)> {
    let is_digit = |c: char| digits::digit_value(c).is_some();
    let start = text[..colon].trim_end_matches(is_digit).len();
    let tail = &text[colon + 1..];
    let minute_len = tail.len() - tail.trim_start_matches(is_digit).len();
    let (hour, minute) = (&text[start..colon], &tail[..minute_len]);
    if !(1..=2).contains(&hour.chars().count()) || minute.chars().count() != 2 {
        return None;
    }
    let span = start..colon + 1 + minute_len;
    Some((
        digits::parse_number(hour)?,
        digits::parse_number(minute)?,
        span,
    ))
}

/// A print edition turned into text (`pdftotext`) marks each new page
/// with a form feed, and prints around it the page number (`— 3 —`), a
/// jump line (`«التفاصيل ص 8»`), the running head (`الصحيفة — العدد
/// (9545) — الخميس …`) and the story's continuation line (`تتمة: …`). They
/// are taken out of the text and set after the paragraph the break cut,
/// which is joined again over it.
fn without_page_breaks(physical: Vec<(usize, &str)>) -> Vec<(usize, &str)> {
    if !physical.iter().any(|(_, raw)| raw.contains('\u{c}')) {
        return physical;
    }
    let is_blank = |raw: &str| raw.trim().is_empty();
    // The paper's name opens its running head as it opens the first page.
    let top: Vec<&str> = physical
        .iter()
        .map(|(_, raw)| raw.trim_start_matches('\u{c}').trim())
        .filter(|raw| !raw.is_empty())
        .take(8)
        .collect();
    let opening = |raw: &str| raw.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    let is_running_head = |raw: &str| {
        let raw = raw.trim();
        let words = raw.split_whitespace().count();
        let signed = [" — ", " | ", " - "].iter().any(|s| raw.contains(s));
        (1..=14).contains(&words)
            && !closes_paragraph(raw)
            && ((words >= 2 && top.iter().any(|t| opening(t) == opening(raw) && *t != raw))
                || (signed && raw.chars().any(is_numeric)))
    };
    let mut out: Vec<(usize, &str)> = Vec::with_capacity(physical.len() + 2);
    // Page furniture waiting for the end of the cut paragraph.
    let mut held: Vec<(usize, &str)> = Vec::new();
    let mut page_top = false;
    for (no, raw) in physical {
        let Some(at) = raw.find('\u{c}') else {
            if page_top && is_continuation_line(raw) {
                held.push((no, raw));
                continue;
            }
            page_top = false;
            if !held.is_empty() && is_blank(raw) {
                // Each on its own: no two are one paragraph.
                for line in held.drain(..) {
                    out.push((no, raw));
                    out.push(line);
                }
            }
            out.push((no, raw));
            continue;
        };
        if !is_blank(&raw[..at]) {
            out.push((no, &raw[..at]));
        }
        // Back over the page's foot: its number, its jump line, blanks.
        while let Some(&(_, last)) = out.last() {
            if !(is_blank(last) || is_page_number(last) || is_jump_line(last)) {
                break;
            }
            if let Some(line) = out.pop().filter(|(_, l)| !is_blank(l)) {
                held.insert(0, line);
            }
        }
        let head = raw[at..].trim_start_matches('\u{c}');
        let cut_paragraph = out.last().is_some_and(|&(_, last)| !closes_paragraph(last));
        if !cut_paragraph && !out.is_empty() {
            out.push((no, ""));
        }
        if is_running_head(head) || is_continuation_line(head) {
            held.push((no, head));
        } else if !is_blank(head) {
            out.push((no, head));
        }
        page_top = true;
    }
    for line in held {
        out.push((line.0, ""));
        out.push(line);
    }
    out
}

/// `— 3 —`, `- 12 -`, `صفحة 3`, `ص 4`: a page's number at its foot.
fn is_page_number(raw: &str) -> bool {
    let raw = raw.trim();
    let bare = raw
        .strip_prefix("صفحة")
        .or_else(|| raw.strip_prefix("ص "))
        .or_else(|| raw.strip_prefix("Page"))
        .unwrap_or(raw);
    bare.chars().any(is_numeric)
        && bare.chars().count() <= 12
        && bare.chars().all(|c| is_numeric(c) || !is_alphabetic(c))
}

/// `«التفاصيل ص 8»`, `(ص 12)`, `تابع ص 5`: where the story goes on.
fn is_jump_line(raw: &str) -> bool {
    let bare = raw.trim().trim_matches(['«', '»', '(', ')', '[', ']', ' ']);
    bare.split_whitespace().count() <= 4
        && bare.chars().any(is_numeric)
        && ["التفاصيل", "تابع", "التتمة", "تتمة", "البقية", "ص "]
            .iter()
            .any(|w| bare.starts_with(w))
}

/// `تتمة: فريق التحقيق: تحطم …`: the story's title again at the top of
/// the page it goes on to.
fn is_continuation_line(raw: &str) -> bool {
    let raw = raw.trim();
    ["تتمة", "تابع"].iter().any(|w| raw.starts_with(w))
        && raw.ends_with(['…', '.'])
        && raw.split_whitespace().count() <= 16
}

/// `رئيس التحرير: فلان`, `مدير التحرير: فلانة`: a masthead's editor.
pub(crate) fn is_masthead_role(line: &Line<'_>) -> bool {
    line.words <= 9
        && line.text.contains([':', '：'])
        && starts_with_label(&line.key, lexicon::NOT_WRITER).is_some()
}

/// A masthead's first word: the paper's kind (folded).
const PERIODICAL: [&str; 7] = [
    "جريده",
    "صحيفه",
    "مجله",
    "يوميه",
    "اسبوعيه",
    "شهريه",
    "نشره",
];

/// `إطلاق ناجح للنسخة` over `المطورة من "فالكون 9"`, standing alone: a
/// headline broken in two at no width, as a print edition sets it. Each
/// half reads as a headline of its own, and the first ends in no sign.
fn is_broken_headline(rest: &[(usize, &str)], bullets: Bullets) -> bool {
    let [(no, first), (next_no, second), after @ ..] = rest else {
        return false;
    };
    if !after.first().is_none_or(|(_, raw)| raw.trim().is_empty()) {
        return false;
    }
    // A site's name and motto stand over its menu; a headline does not.
    let next = after
        .iter()
        .map(|(_, raw)| raw.trim())
        .find(|raw| !raw.is_empty());
    if next.is_some_and(is_menu) {
        return false;
    }
    let (first, second) = (first.trim(), second.trim());
    // (`وزير الداخلية التركي: لدي قناعات` reads as a place and a writer;
    // a byline under a headline is no second half.)
    let half = |no: usize, raw: &str, opens: bool| {
        // A tab title, a breadcrumb or a credit joins its parts by a sign.
        let signed =
            raw.contains(['|', '•', '·', '—', '–', '/', '›', '‹', '◄', '►']) || raw.contains(" - ");
        let line = read_line(no, Cow::Borrowed(raw), false, bullets);
        let place_ok = opens && line.words >= 5;
        // A headline opens with a word, a figure or a quotation mark, not
        // a menu's arrow or a player's sign (`▶ البث المباشر`).
        let worded = raw
            .chars()
            .next()
            .is_some_and(|c| is_alphanumeric(c) || matches!(c, '«' | '"' | '“' | '\'' | '('));
        let ok = (matches!(line.shape, Shape::Text)
            || (place_ok && matches!(line.shape, Shape::Place { .. })))
            && line.is_headline()
            && (2..=12).contains(&line.words)
            && worded
            && !line.ui
            && !signed
            && !raw.ends_with(':')
            // `العنوان الرئيسي` over the headline labels it.
            && !(opens && lexicon::is_label(&line.key, lexicon::TITLE))
            // `جريدة الونشريس` over `يومية جزائرية مستقلة`: a masthead.
            && !line.key.split(' ').next().is_some_and(|w| PERIODICAL.contains(&w));
        ok.then_some((line.words, line.is_latin_only()))
    };
    let (Some((a, latin_a)), Some((b, latin_b))) =
        (half(*no, first, true), half(*next_no, second, false))
    else {
        return false;
    };
    // (A bilingual notice runs its English line over its Arabic one.)
    a + b <= 22
        && latin_a == latin_b
        && !closes_paragraph(first)
        && !first.ends_with(['!', '؟', '?'])
}

/// How a paragraph's last line ends: a sentence, or a colon before a list.
fn closes_paragraph(raw: &str) -> bool {
    let raw = raw.trim_end();
    script::ends_with_sentence_punct(raw) || raw.ends_with([':', '؛', ';', '…'])
}

/// A line that reached the wrap width: the paragraph goes on below it.
fn is_full(raw: &str, width: usize) -> bool {
    fills(raw.trim_end().chars().count(), width)
}

/// [`is_full`] for a line of `n` chars (trailing spaces not counted).
fn fills(n: usize, width: usize) -> bool {
    n <= width && n * 100 >= width * 60 && n + 25 >= width
}

fn read_line(no: usize, raw: Cow<'_, str>, after_blank: bool, bullets: Bullets) -> Line<'_> {
    let raw_len = raw.len();
    let first = raw.trim_start().chars().next();
    let raw = strip_prose_bullet(raw, bullets);
    let bullet = first.filter(|_| bullets != Bullets::Numbers && raw.len() < raw_len);
    let raw = strip_edit_link(raw);
    let raw = strip_reference_marks(raw);
    let spaced_menu = is_spaced_menu(&raw);
    // (Only spaced strips pay for this copy; they are few.)
    let spaced_pieces: Vec<String> = if spaced_menu {
        spaced_items(&raw)
            .filter(|piece| piece.chars().any(is_numeric))
            .map(str::to_string)
            .collect()
    } else {
        Vec::new()
    };
    // Display text, counts and (for lines short enough to be labels, titles
    // or captions: long prose is compared as written, see `match_key`) the
    // search key, in one pass over a clean line.
    let (text, counts, key) = match raw {
        Cow::Borrowed(raw) => {
            let line = line_text(raw, LONG_LINE);
            (line.text, line.counts, line.key)
        }
        Cow::Owned(joined) => {
            let LineText { text, counts, key } = line_text(&joined, LONG_LINE);
            let normalized = match text {
                Cow::Borrowed(_) => None,
                Cow::Owned(text) => Some(text),
            };
            // A joined line already clean is kept as it is, not copied.
            (Cow::Owned(normalized.unwrap_or(joined)), counts, key)
        }
    };
    if text.is_empty() {
        return Line {
            no,
            text,
            key: String::new(),
            counts: ScriptCounts::default(),
            words: 0,
            terminal: false,
            after_blank,
            indented: false,
            bullet: None,
            bar: None,
            bar_key: None,
            ui: false,
            furniture: false,
            continued: Vec::new(),
            mark: None,
            shape: Shape::Blank,
        };
    }
    let words = counts.words;
    let terminal = script::ends_with_sentence_punct(&text);
    let bar = if words <= 30 { bar_split(&text) } else { None };
    let ui = words <= 6 && lexicon::is_label(&key, lexicon::UI);
    let bar_key = bar.as_ref().map(|(end, _)| search_key(&text[..*end]));
    let mut line = Line {
        no,
        text,
        key,
        counts,
        words,
        terminal,
        after_blank,
        indented: false,
        bullet,
        bar,
        bar_key,
        ui,
        furniture: false,
        continued: Vec::new(),
        mark: None,
        shape: Shape::Text,
    };
    line.shape = if spaced_menu {
        // `دهوك 16°  |  الجمعة 20/4/2018`: a widget spaced like a menu.
        date_shape(&line)
            .or_else(|| {
                spaced_pieces
                    .iter()
                    .find_map(|piece| dated_item(&line, piece))
            })
            .unwrap_or(Shape::Menu)
    } else {
        shape_of(&line)
    };
    line
}

fn shape_of(line: &Line<'_>) -> Shape {
    let text = &*line.text;
    let key = line.key.as_str();
    let letters =
        line.counts.arabic_letters + line.counts.latin_letters + line.counts.other_letters;
    if letters == 0 {
        // Digits and punctuation alone can still be a numeric date.
        if let Some(shape) = date_shape(line) {
            return shape;
        }
        return Shape::NoLetters;
    }
    // Every footer label holds `حقوق` or `right`: one search refuses most lines.
    static RIGHTS: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("حقوق"));
    static RIGHT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("right"));
    let footer_word = RIGHTS.find(key.as_bytes()).is_some() || RIGHT.find(key.as_bytes()).is_some();
    if footer_word && line.words <= 25 && lexicon::FOOTER.iter().any(|f| key.contains(f)) {
        return Shape::Footer;
    }
    if line.words <= 25 && has_copyright_sign(text) {
        // `caption © EPA` credits a photo; `© 2024 الموقع` is a footer.
        return match caption(line).or_else(|| sentence_before_copyright(text)) {
            Some((caption, credit)) if !credit.chars().any(|c| c.is_ascii_digit()) => {
                Shape::Caption { caption, credit }
            }
            _ => Shape::Footer,
        };
    }
    // `⤷ طالعوا: headline`, `اقرأ أيضا: headline`: a link to another story
    // set inside the body, label and headline on one line.
    if line.words <= 26 && !line.text.ends_with(['.', '۔']) {
        // The key keeps a leading pictograph (`⤷`, `▫`): the label follows it.
        let bare = key.trim_start_matches(|c: char| !is_alphanumeric(c));
        if let Some(len) = starts_with_label(bare, lexicon::RELATED) {
            let after = bare[len..].trim_start();
            // (`اقرأ أيضًا.. headline`: dots for the colon; `اقرأ كذلك ↩
            // headline`, `ذات علاقة ◂ headline`: an arrow.)
            let dotted = after.starts_with("..")
                || after.starts_with(['…', '↩', '↪', '◂', '▸', '◄', '►', '⟵', '←', '⇐', '⬅']);
            if (dotted
                || text.find([':', '：']).is_some_and(|colon| {
                    // (The pictograph before the label is no word.)
                    text[..colon]
                        .split_whitespace()
                        .filter(|w| w.chars().any(is_alphanumeric))
                        .count()
                        <= 4
                }))
                && after.len() > 1
            {
                return Shape::Menu;
            }
        }
    }
    // `☾ في السماء أيضًا: headline`, `من المدرج نفسه: headline`: "also in
    // …", "from the same …": a short label links another story.
    if line.words <= 26 && !line.text.ends_with(['.', '۔']) && also_label(key) {
        return Shape::Menu;
    }
    // `لمزيد من أخبار الرياضة اضغط هنا`: a link's line, ending with "click here".
    if line.words <= 12 && !line.terminal {
        let tail = key.trim_end_matches(|c: char| !is_alphanumeric(c));
        const CLICK: [&str; 3] = ["اضغط هنا", "انقر هنا", "click here"];
        if CLICK.iter().any(|l| {
            tail.strip_suffix(l)
                .is_some_and(|head| head.is_empty() || head.ends_with(' '))
        }) {
            return Shape::Menu;
        }
        // `اضغط هنا لقراءة الخبر من المصدر`: the link first, then its purpose.
        if CLICK
            .iter()
            .any(|l| key.starts_with(l) && key[l.len()..].starts_with(' '))
        {
            return Shape::Menu;
        }
    }
    if line.words <= 30 {
        if let Some(rest) = sources_label(text) {
            return Shape::SourcesLabel {
                rest: rest.trim().to_string(),
            };
        }
    }
    if line.words <= 4 && lexicon::is_label(key, lexicon::TAGS) {
        return Shape::Tags {
            list: String::new(),
        };
    }
    if line.words <= 40 {
        if let Some(len) = starts_with_label(key, lexicon::TAGS) {
            let after = key[len..].trim_start();
            // `تصنيفات قانونية: …`: one word may qualify the label.
            let qualified = after
                .split_once(':')
                .is_some_and(|(word, _)| word.split_whitespace().count() == 1);
            if after.starts_with(':') || after.starts_with('-') || qualified {
                return Shape::Tags {
                    list: after_label(text),
                };
            }
        }
    }
    if line.words <= 10 && !line.terminal {
        // `الأكثر قراءة/مشاهدة/تفاعلا…`: "the most …" heads a ranking of other stories.
        let most = (key.starts_with("الاكثر ") || key.starts_with("most ")) && line.words <= 3;
        // `More from the Community | المزيد`.
        let more_from = key.starts_with("more from ") && line.words <= 8;
        // `أخبار ملاحية أخرى`: other stories of a kind.
        let others = (3..=4).contains(&line.words)
            && ["اخبار ", "مقالات ", "قصص ", "تقارير ", "مواضيع "]
                .iter()
                .any(|w| key.starts_with(w))
            && key.ends_with(" اخري");
        // (`[عاجل]` in brackets is a post's flair on its own story.)
        let flair = text.starts_with('[') && text.ends_with(']') && line.words == 1;
        if most
            || more_from
            || others
            || (lexicon::is_label(key, lexicon::RELATED) && !flair)
            || lexicon::is_label(key, lexicon::CONTENTS)
        {
            return Shape::RelatedLabel;
        }
        if lexicon::is_label(strip_count(key), lexicon::COMMENTS) {
            return Shape::CommentsLabel;
        }
    }
    if let Some(shape) = date_shape(line) {
        return shape;
    }
    if let Some(shape) = joined_meta(line) {
        return shape;
    }
    if line.words <= 8 {
        if let Some(credit) = credit_line(line) {
            return Shape::Credit { credit };
        }
        if is_relative_time(line) {
            return Shape::Relative;
        }
    }
    if line.words <= 12 && line.counts.digits >= 3 {
        if let Some((names, _)) = signed_at(line) {
            return Shape::Byline {
                names: names.to_string(),
            };
        }
    }
    // `تحرير: فلانة | تصوير: فلان | تنسيق: …`: credits in fields, the
    // writer's first.
    if (5..=24).contains(&line.words) && !line.terminal {
        if let Some(names) = first_field_byline(text) {
            return Shape::Byline { names };
        }
    }
    if let Some(names) = byline_after_dash(line) {
        return Shape::Byline { names };
    }
    // (Three writers in a list under their label run to a dozen words.)
    if line.words <= 9 || (line.words <= 14 && line.text.matches('،').count() >= 2) {
        // `من: سامر عواودة، مراسل الموقع`: "from", but only with its colon.
        let from = key
            .strip_prefix("من")
            .filter(|rest| rest.trim_start().starts_with(':'))
            .map(|_| "من".len());
        let editor = starts_with_label(key, lexicon::NOT_WRITER).is_some();
        if let Some(len) = from
            .or_else(|| starts_with_label(key, lexicon::BYLINE))
            .filter(|_| !editor)
        {
            let after = key[len..].trim_start();
            let label_words = key[..len].split_whitespace().count();
            // `بقلم فلان | تصوير فلانة`: the writer, then another field;
            // `Par X, avec La Presse Canadienne`: then the agency that helped.
            if !after.starts_with(':') && !line.terminal && len > 0 {
                let names = after_label_words(text, label_words);
                let cut = [" | ", " • ", " · ", ", avec ", ", with ", "، مع "]
                    .iter()
                    .filter_map(|sep| names.find(sep))
                    .min();
                if let Some(name) = cut.map(|c| names[..c].trim()).filter(|name| {
                    (1..=4).contains(&name.split_whitespace().count()) && letters_and_spaces(name)
                }) {
                    return Shape::Byline {
                        names: name.to_string(),
                    };
                }
            }
            if let Some(name) = writer_in_paper(text, label_words) {
                return Shape::Byline { names: name };
            }
            // `كتب` also starts sentences: a byline names someone and stops.
            if after.starts_with(':') || (!line.terminal && line.words <= 6 && len > 0) {
                let names = after_label_or_words(text, label_words);
                if !names.is_empty() {
                    return Shape::Byline { names };
                }
            }
            // `المؤلف │ فلان`, `المؤلف ........ فلان`: a record table's row.
            if !line.terminal && after.starts_with(LABEL_RULES) {
                let names = after_label_words(text, label_words);
                if !names.is_empty() {
                    return Shape::Byline { names };
                }
            }
        }
        // `نقله إلى العربية: فلان`, `Words: فلان`: labels that sign only
        // with their colon.
        if !line.terminal && lexicon::opens_with_colon_label(key, lexicon::BYLINE_COLON) {
            let names = after_label(text);
            // `نشرته: فلانة – إدارة الاتصال`: the label says a name follows;
            // what comes after a spaced dash or bar is the writer's desk.
            let names = match [" – ", " — ", " - ", " | "]
                .iter()
                .filter_map(|sep| names.find(sep))
                .min()
            {
                Some(cut) => names[..cut].trim().to_string(),
                None => names,
            };
            // (Two writers joined by `و` or Jawi's `دان` take a few words
            // more; three in a list, a few more again.)
            let most = if names.matches('،').count() >= 2 {
                11
            } else if names.contains(" و") || names.contains(" دان ") {
                8
            } else {
                5
            };
            if !names.is_empty() && names.split_whitespace().count() <= most {
                return Shape::Byline { names };
            }
        }
        // `فلان ∙ محرر الأجهزة`, `فلانة — مدوّنة`, `فلان، مراسلنا في موسكو`,
        // `فلان | وقت القراءة: 5 د`: a name, then the writer's role; `فلان
        // (@handle)`: a name and its account; `مراسلتنا في ماليه فلانة`: the
        // role, its town, then the name.
        if !line.terminal {
            if let Some(name) = name_before_role(text)
                .or_else(|| name_and_handle(text))
                .or_else(|| correspondent_then_name(text))
            {
                return Shape::Byline {
                    names: name.to_string(),
                };
            }
        }
        // `تقرير: فلانة — محرر الشؤون البحرية`: "report" signs only with a
        // name and its role after it (`تقرير: إسرائيل تخطط …` is a headline).
        if !line.terminal
            && key
                .strip_prefix("تقرير")
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        {
            if let Some(name) = name_before_role(&after_label(text)) {
                return Shape::Byline {
                    names: name.to_string(),
                };
            }
        }
        // `مراسل الوكالة في العيون: فلان`, `مراسلتنا في باريس: فلانة`: the
        // writer's role, then the name after the colon.
        if !line.terminal && starts_with_label(key, lexicon::ROLE).is_some() {
            if let Some((role, name)) = text.split_once([':', '：']) {
                let name = name.trim();
                let words = name.split_whitespace().count();
                let plain = letters_and_spaces(name);
                if role.split_whitespace().count() <= 5 && (2..=5).contains(&words) && plain {
                    return Shape::Byline {
                        names: name.to_string(),
                    };
                }
            }
        }
        // `✍️ فلان الفلاني`: a writing hand or a pen before a name signs it.
        if let Some(rest) = text.strip_prefix(['✍', '🖊', '🖋', '✒']) {
            let name = rest.trim_start_matches(['\u{fe0f}', ' ', ':']).trim();
            // (`✒ فلان · فلانة`: two writers, parted by a dot.)
            let words = name
                .split_whitespace()
                .filter(|w| w.chars().any(is_alphabetic))
                .count();
            let most = if name.contains(['·', '،']) { 8 } else { 4 };
            if (1..=most).contains(&words) && !line.terminal && !name.contains([':', '|', '•']) {
                return Shape::Byline {
                    names: name.to_string(),
                };
            }
        }
    }
    // A role may run long: `فلانة – مراسلة شبكة الفرات الأوسط الإخبارية في النجف`.
    if (10..=16).contains(&line.words) && !line.terminal {
        if let Some(name) = name_before_role(text) {
            return Shape::Byline {
                names: name.to_string(),
            };
        }
    }
    // `قد تكون الصفحة تغيّرت. اعرف المزيد`: a banner's sentence, then its link.
    // (`،` is D8 8C: a vector search for the three bytes refuses most keys.)
    if line.words <= 30 && memchr::memchr3(b'.', b'!', 0x8C, key.as_bytes()).is_some() {
        if let Some((_, link)) = key.rsplit_once(['.', '،', '!']) {
            if !link.trim().is_empty() && lexicon::is_label(link, lexicon::UI) {
                return Shape::Menu;
            }
        }
    }
    if line.words <= 30 && lexicon::opens_with_colon_label(key, lexicon::TIP) {
        return Shape::Menu;
    }
    // `أُنجز هذا التحقيق بدعم من شبكة …`: the grant or network behind an
    // investigation, set under it; a credit of the work, not a sentence of it.
    if line.words <= 40 && is_production_credit(key) {
        return Shape::Menu;
    }
    // `💡 هل تعرف؟ …`, `Did you know? …`: a fact box beside the story.
    if line.words <= 30 && asks_did_you_know(key) {
        return Shape::Menu;
    }
    // `⚠️ هذا المحتوى للتوعية…`: a warning or information sign opens the
    // site's standing notice, not the story.
    if text.starts_with(['⚠', 'ℹ']) && line.words <= 40 {
        return Shape::Menu;
    }
    if line.words <= 6 && is_marker(text) {
        return Shape::Menu;
    }
    // Metadata like a relative time, not a menu: it may stand under the title.
    if line.words <= 6 && line.counts.digits > 0 && (is_duration(key) || is_counter(key)) {
        return Shape::Relative;
    }
    // `عدد المعتمرين منذ بداية الموسم: 6,355,114`, `عدد المشاهدات: 10,219`:
    // a figure under its label is a counter or a fact, not a headline (a
    // count of thousands: small figures also fill fact boxes between
    // paragraphs, where they are context, not metadata);
    // so is a rating drawn in stars (`للأعمار 9–13 سنة | مستوى القراءة ★★☆`).
    if line.words <= 12
        && ((line.counts.digits > 0 && is_labelled_figure(text, 4))
            || (line.counts.other >= 2 && is_star_rating(text)))
    {
        return Shape::Relative;
    }
    if line.words <= 8 && !line.terminal && is_ad_break(key) {
        return Shape::Menu;
    }
    // `Shuningdek o‘qing: …`, `SON DƏQİQƏ: …`, `Video: …`: a label in the
    // site's other language over an Arabic headline links another story.
    if line.words <= 26 && !line.terminal && foreign_label_headline(text) {
        return Shape::Menu;
    }
    if let Some(body) = list_item(text) {
        return Shape::ListItem { body };
    }
    // A caption's bracketed credit looks like a dateline's: try it first.
    if let Some((caption, credit)) = caption(line) {
        return Shape::Caption { caption, credit };
    }
    // `[شكل 2: مقارنة الإنفاق العام]`, `[خريطة تفاعلية]`: a placeholder
    // for a figure, map or embed, in brackets of its own (a caption with
    // its credit in them was taken above).
    if line.words <= 12
        && text.starts_with('[')
        && text.ends_with(']')
        && text.matches('[').count() == 1
        && !script::ends_with_sentence_punct(text.trim_end_matches(']'))
    {
        return Shape::Menu;
    }
    // `رئيس التحرير: فلان` under the masthead: the paper's editor, who
    // signs no story (`رئيس التحرير: خاص` would read as place and writer).
    if is_masthead_role(line) {
        return Shape::Menu;
    }
    if let Some(shape) = place_line(line) {
        return shape;
    }
    if let Some(body) = quote(text) {
        return Shape::Quote { body };
    }
    if line.words <= 30 && is_cut_crumb(text) {
        return Shape::Menu;
    }
    if (line.words <= 30 && is_menu(text)) || (line.words <= 4 && !line.terminal && line.ui) {
        return Shape::Menu;
    }
    if line.words <= 40 && is_horoscope_row(key) {
        return Shape::Menu;
    }
    Shape::Text
}

/// `شارع تجاري في وسط المدينة. © الهيئة/رهف القدسي`: a caption written as
/// a sentence, then the photo's copyright (no year: `© 2018 الموقع` is a
/// footer).
fn sentence_before_copyright(text: &str) -> Option<(String, String)> {
    let (caption, credit) = text.rsplit_once(['©', 'ⓒ'])?;
    let (caption, credit) = (caption.trim(), credit.trim());
    let caption_words = caption.split_whitespace().count();
    let credit_words = credit.split_whitespace().count();
    ((3..=25).contains(&caption_words)
        && caption.ends_with(['.', '۔'])
        && (1..=4).contains(&credit_words)
        && !credit.chars().any(is_numeric))
    .then(|| {
        (
            caption.trim_end_matches(['.', '۔']).trim().to_string(),
            credit.to_string(),
        )
    })
}

/// `©` or `ⓒ`, found by their last bytes (`A9`, `92`) rather than by
/// decoding every char: this runs on most lines.
fn has_copyright_sign(text: &str) -> bool {
    memchr::memchr2_iter(0xA9, 0x92, text.as_bytes()).any(|i| {
        text.as_bytes()[..=i].ends_with("©".as_bytes())
            || text.as_bytes()[..=i].ends_with("ⓒ".as_bytes())
    })
}

/// A line that is mostly a date: at most a few words besides it.
fn date_shape(line: &Line<'_>) -> Option<Shape> {
    // Every date holds a number (a day, a year).
    if line.counts.digits == 0 {
        return None;
    }
    let statement = line.words <= 24 && states_its_publication(&line.key);
    let correction = !statement && line.words <= 24 && is_correction_notice(&line.text);
    // A widget with two calendars and an issue number runs past 16 words.
    if !statement
        && !correction
        && (line.words > 22
            || (line.words > 16 && line.terminal)
            || line.terminal && line.words > 8)
    {
        return None;
    }
    let mut matches = find_dates(&line.text);
    if matches.is_empty() && line.text.contains('|') {
        // `اليوم: السبت | 25 | يوليو | 2015`: a widget that bars its parts
        // apart. (A bar and a space are one byte each: offsets hold.)
        matches = find_dates(&line.text.replace('|', " "));
    }
    if matches.is_empty() {
        return None;
    }
    // `نشرة الساعة 04:28 ليوم الخميس 3 مايو 2018`: the clock before the date.
    if let [only] = matches.as_mut_slice() {
        if only.time.is_none() {
            only.time = lone_clock(&line.text, only.start..only.end);
        }
    }
    let covered: usize = matches
        .iter()
        .map(|m| line.text[m.start..m.end].chars().count())
        .sum();
    let total = line.text.chars().count();
    // Words outside the dates; figures and dashes do not count, so that a
    // second calendar's date (`- 13 طوبة 1733 قبطية`) is not prose.
    let mut rest_words = 0;
    let mut from = 0;
    for m in &matches {
        rest_words += lettered_words(&line.text[from..m.start]);
        from = m.end;
    }
    rest_words += lettered_words(&line.text[from..]);
    let key = line.key.as_str();
    if statement || correction {
        let label = if correction {
            DateLabel::Modified
        } else {
            DateLabel::Published
        };
        return (rest_words <= 16).then_some(Shape::Date { label, matches });
    }
    let mut label = date_label(key);
    if label == DateLabel::Account {
        return None;
    }
    if label == DateLabel::None && dated_at_place(&line.text[..matches[0].start]) {
        label = DateLabel::Published;
    }
    // A line that opens with its label may say more around the date (`نُشرت
    // 6:04 مساءً بتوقيت شرق الولايات المتحدة، السبت 31 مارس 2018`).
    // (`تم النشر يوم …`: "the publishing was done on …".)
    let unled = key.strip_prefix("تم ").unwrap_or(key);
    let led = label != DateLabel::None
        && !line.terminal
        && lexicon::PUBLISHED.iter().chain(lexicon::MODIFIED).any(|l| {
            unled
                .strip_prefix(l)
                .is_some_and(|rest| rest.starts_with(' '))
        });
    if led {
        return (rest_words <= 10).then_some(Shape::Date { label, matches });
    }
    // `عن موقع العربية بتاريخ 1 يونيو 2018 (19:52 غرينتش+3)`: a label right
    // before the date, a few words before that, a clock or zone after it.
    if label != DateLabel::None && !line.terminal && rest_words <= 10 {
        let before = &line.text[..matches[0].start];
        let after = &line.text[matches[matches.len() - 1].end..];
        if lettered_words(after) <= 2 && lettered_words(before) <= 7 && ends_with_date_label(before)
        {
            return Some(Shape::Date { label, matches });
        }
    }
    if covered * 2 < total && rest_words > 4 {
        return widget_item(line, &matches).map(|label| Shape::Date { label, matches });
    }
    // (Figures with a word or two beside the dates, `السنة 27 - العدد 12345`,
    // are a masthead's issue line, not a sentence.)
    if line.words > 16 && covered * 3 < total * 2 && rest_words > 3 {
        return None;
    }
    // A sentence that happens to hold a date and little else ("في 12 مارس.")
    // still reads as a date line; anything wordier is prose.
    if rest_words > 6 {
        return None;
    }
    Some(Shape::Date { label, matches })
}

/// `9/5/2018 ● آخر تحديث للصفحة قبل 5 دقائق`: a strip of items set apart
/// by bullets, bars or dashes, one of them the date alone (a weekday or a label
/// may stand beside it), the others short and undated: the date's label is
/// what its own item says.
fn widget_item(line: &Line<'_>, matches: &[DateMatch]) -> Option<DateLabel> {
    const SEPARATORS: [&str; 7] = [" ● ", " · ", " • ", " | ", " ¦ ", " ◆ ", " — "];
    let text = &*line.text;
    let sep = SEPARATORS.iter().find(|sep| text.contains(*sep))?;
    let (first, last) = (matches.first()?, matches.last()?);
    let mut own = None;
    let mut at = 0;
    for item in text.split(sep) {
        let span = at..at + item.len();
        at += item.len() + sep.len();
        if span.contains(&first.start) && last.end <= span.end {
            own = Some(span);
        } else if matches.iter().any(|m| span.contains(&m.start))
            // (A labelled reading after the day may run longer: `… —
            // حالة الملاحة: رياح شمالية غربية 25 عقدة`.)
            || item.split_whitespace().count()
                > if own.is_some() && item.contains(':') { 9 } else { 6 }
            || lexicon::starts_with_label(&search_key(item), lexicon::BYLINE).is_some()
        {
            return None;
        }
    }
    let own = own?;
    let around = text[own.start..first.start]
        .split_whitespace()
        .chain(text[last.end..own.end].split_whitespace())
        .filter(|w| w.chars().any(is_alphabetic))
        .count();
    (around <= 3).then(|| date_label(&search_key(&text[own])))
}

/// The one clock (`04:28`, `٠٤:٢٨`) a line holds before `date` and
/// nowhere else, if it holds exactly one. (A clock after a date is read
/// with it, or belongs to something else.)
fn lone_clock(text: &str, date: std::ops::Range<usize>) -> Option<(u8, u8)> {
    let mut found = None;
    for (i, _) in text.match_indices(':') {
        if date.contains(&i) {
            continue;
        }
        if i > date.start {
            return None;
        }
        let Some((h, m, _)) = clock_at(text, i).filter(|&(h, m, _)| h <= 23 && m <= 59) else {
            continue;
        };
        if found.is_some() {
            return None;
        }
        found = Some((h as u8, m as u8));
    }
    found
}

/// True when `before` (the text before a date) ends with a date label as
/// a word of its own: `… بتاريخ`, `… نشر في`.
fn ends_with_date_label(before: &str) -> bool {
    let key = search_key(before.trim_end_matches([' ', ':', '：', '،', ',']));
    // (`نشر يوم 5 أفريل`: "published on the day of".)
    let key = key.strip_suffix(" يوم").unwrap_or(&key);
    lexicon::PUBLISHED.iter().chain(lexicon::MODIFIED).any(|l| {
        key.strip_suffix(l)
            .is_some_and(|head| head.is_empty() || head.ends_with(' '))
    })
}

/// `نُشرت هذه المادة في النسخة المطبوعة يوم الأحد 12/8/2018.`, `تم نشر هذا
/// المقال في …`, `This article was published on …`: the page saying, in a
/// sentence, when it was published. A story's own sentence about something
/// published (`نشرت الصحيفة في 12 مايو تقريرا`) names what, not "this".
fn states_its_publication(key: &str) -> bool {
    // (`(نُشر الخبر في سكاي نيوز عربية يوم 28 أبريل 2018)`: a forum post
    // saying when the story it copies came out.)
    let key = key.strip_prefix('(').unwrap_or(key);
    let key = key.strip_prefix("تم ").unwrap_or(key);
    if let Some(len) = starts_with_label(key, lexicon::PUBLISHED) {
        let rest = key[len..].trim_start();
        return ["هذه ", "هذا ", "الخبر ", "المقال ", "التقرير "]
            .iter()
            .any(|this| rest.starts_with(this));
    }
    [
        "this article was",
        "this story was",
        "this article first",
        "this story first",
    ]
    .iter()
    .any(|l| key.starts_with(l))
}

/// `تصحيح: عُدّل هذا المقال في 7 مارس 2018 لتصحيح رقم ورد فيه.`: a dated
/// correction notice says when the story last changed.
fn is_correction_notice(text: &str) -> bool {
    const LABELS: [&str; 6] = [
        "تصحيح",
        "تصويب",
        "استدراك",
        "تنويه",
        "correction",
        "clarification",
    ];
    text.split_once([':', '：'])
        .is_some_and(|(label, _)| LABELS.contains(&search_key(label).as_str()))
}

/// `مسقط، في 1 مايو 2018م`, `الرياض في 12/5/2018`: where and when a letter
/// or a press release was issued, as letters head themselves. A header
/// widget gives the day, not a place "on" a date.
pub(crate) fn dated_at_place(before_date: &str) -> bool {
    let Some(place) = before_date.trim_end().strip_suffix("في") else {
        return false;
    };
    let place = place.trim_end_matches([' ', '،', ',']);
    // `في` must be a word of its own, set off from the place.
    if place.len() == before_date.trim_end().len() - "في".len() {
        return false;
    }
    let words = place.split_whitespace().count();
    (1..=2).contains(&words)
        && letters_and_spaces(place)
        && ghirbal_arabic::dates::find_weekdays(place).is_empty()
}

/// `بواسطة فلان | مارس 17, 2018 في 6:14 ص | 4 تعليقات`: a meta line whose
/// items (writer, date, reading time, comments) are joined by bars or
/// bullets, one of them a date.
fn joined_meta(line: &Line<'_>) -> Option<Shape> {
    const BARS: [char; 4] = ['|', '•', '·', '✦'];
    if line.words > 24 || line.terminal || line.counts.digits == 0 || !line.text.contains(BARS) {
        return None;
    }
    let text = &*line.text;
    let mut bounds = Vec::new();
    let mut piece_start = 0;
    for (i, c) in text.char_indices() {
        if BARS.contains(&c) {
            bounds.push((piece_start, i));
            piece_start = i + c.len_utf8();
        }
    }
    bounds.push((piece_start, text.len()));
    let found = bounds.iter().find_map(|&(a, b)| {
        let piece = &text[a..b];
        if piece.split_whitespace().count() > 12 {
            return None;
        }
        let mut matches = find_dates(piece);
        let covered: usize = matches
            .iter()
            .map(|m| piece[m.start..m.end].chars().count())
            .sum();
        if matches.is_empty() || covered * 2 < piece.trim().chars().count() {
            return None;
        }
        for m in &mut matches {
            m.start += a;
            m.end += a;
        }
        Some(matches)
    })?;
    let key = line.key.as_str();
    let label = date_label(key);
    (label != DateLabel::Account).then_some(Shape::Date {
        label,
        matches: found,
    })
}

/// What a date line's words say its date is. A label that names the
/// calendar (`التاريخ الهجري:`, `التاريخ الميلادي:`) belongs to a widget
/// giving today's date in each calendar, not to the story.
fn date_label(key: &str) -> DateLabel {
    const CALENDARS: [&str; 4] = ["الهجري", "الميلادي", "hijri", "gregorian"];
    // Labels are looked for where a word may start: after the key's start
    // or a char that is neither letter nor digit. Date lines are short, so
    // a scan from each start beats building a substring searcher per label.
    let mut starts = Vec::with_capacity(16);
    let mut boundary = true;
    for (i, c) in key.char_indices() {
        if boundary {
            starts.push(i);
        }
        boundary = !is_alphanumeric(c);
    }
    let has_word = |word: &str| {
        starts.iter().any(|&i| {
            key[i..].starts_with(word)
                && key[i + word.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !is_alphanumeric(c))
        })
    };
    // (The label lists are long: looked up by each start's first char.)
    let has_label = |labels| {
        starts
            .iter()
            .any(|&i| starts_with_label(&key[i..], labels).is_some())
    };
    // `تاريخ اليوم:`, `… ‹ تاريخ اليوم`, `اليوم:`, `Today:`: a widget naming today's date.
    let today = has_word("تاريخ اليوم")
        || ["اليوم", "today"].iter().any(|t| {
            key.strip_prefix(t)
                .is_some_and(|rest| rest.trim_start().starts_with([':', '|']))
        });
    // Where a label last starts: with both kinds on the line, the later one
    // labels the date (`تحديث الوضع رقم 8 | صدر في 15 مايو`: a report
    // named "update", issued on the day).
    let last_label = |labels| {
        starts
            .iter()
            .rev()
            .find(|&&i| starts_with_label(&key[i..], labels).is_some())
            .copied()
    };
    if today || CALENDARS.iter().any(|c| has_word(c)) {
        return DateLabel::None;
    }
    if has_label(lexicon::ACCOUNT) {
        return DateLabel::Account;
    }
    match (
        last_label(lexicon::MODIFIED),
        last_label(lexicon::PUBLISHED),
    ) {
        // (A bare `بتاريخ` only says "dated": `استدراك بتاريخ`, `تم التحديث
        // بتاريخ` are updates.)
        (Some(modified), Some(published))
            if published > modified && !only_says_dated(&key[published..]) =>
        {
            DateLabel::Published
        }
        (Some(_), _) => DateLabel::Modified,
        (None, Some(_)) => DateLabel::Published,
        (None, None) => DateLabel::None,
    }
}

/// `نُشر المقال الأصلي في … بتاريخ …`: the date of the original a
/// translation or a repost was made from; the story's own date when the
/// page gives no other.
pub(crate) fn names_an_original(key: &str) -> bool {
    key.split(|c: char| !is_alphanumeric(c))
        .any(|w| matches!(w, "الاصلي" | "الاصليه" | "originally" | "original"))
}

/// Whether the publication label `key` opens with is one that only says
/// "dated" (`بتاريخ`, `التاريخ`), not "published".
pub(crate) fn only_says_dated(key: &str) -> bool {
    dated_label_len(key).is_some()
}

/// The byte length of a label that only says "dated" (`بتاريخ`, `تاريخ`,
/// `التاريخ`) opening `key`.
pub(crate) fn dated_label_len(key: &str) -> Option<usize> {
    starts_with_label(key, lexicon::PUBLISHED)
        .filter(|&len| matches!(&key[..len], "بتاريخ" | "تاريخ" | "التاريخ"))
}

/// `يتابع المقال بعد الإعلان`, `Story continues below advertisement`: the
/// page saying an ad interrupts the article. An ad word alone can head a
/// story (`إعلان الدوحة`), so a word of going on must be there too.
fn is_ad_break(key: &str) -> bool {
    const AD: [&str; 5] = ["الاعلان", "اعلان", "الاعلانات", "advertisement", "ad"];
    const GOES_ON: [&str; 9] = [
        "يتابع",
        "يتبع",
        "تابع",
        "يستكمل",
        "تكمله",
        "اكمل",
        "continue",
        "continues",
        "continued",
    ];
    // (`advert` holds `ad`: one search stands for both.)
    static AD_WORD: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("اعلان"));
    static AD_LETTERS: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("ad"));
    let bytes = key.as_bytes();
    if !(AD_WORD.find(bytes).is_some() || AD_LETTERS.find(bytes).is_some()) {
        return false;
    }
    let words = || key_words_iter(key);
    words().any(|w| AD.contains(&w)) && words().any(|w| GOES_ON.contains(&w))
}

/// `مصدر الصورة: غيتي`, `📸 تصوير: فلان`, `(Photo: AP)`: a credit label,
/// a colon and a short credit, alone on the line.
fn credit_line(line: &Line<'_>) -> Option<String> {
    // A camera sign stands for the label: `📷 وكالة الأنباء`.
    if let Some(rest) = line.text.strip_prefix(['📷', '📸']) {
        let rest = rest.trim_start_matches(['\u{fe0f}', ' ', ':']).trim();
        let words = rest.split_whitespace().count();
        if (1..=5).contains(&words) && !rest.contains([':', '—']) {
            return Some(rest.to_string());
        }
    }
    if !line.text.contains([':', '：']) {
        return None;
    }
    let text = line
        .text
        .trim_matches(|c: char| !is_alphanumeric(c) && c != ':' && c != '：');
    let (label, credit) = text.split_once([':', '：'])?;
    let label = search_key(label);
    let label = label.trim_start_matches(|c: char| !is_alphanumeric(c));
    let credit = credit.trim();
    let words = credit.split_whitespace().count();
    (lexicon::is_label(label, lexicon::CREDIT) && (1..=5).contains(&words))
        .then(|| credit.to_string())
}

/// A line underlined with `===` (or `---`) right under it, as Setext and
/// `pandoc -t plain` write headings: the page's title (or a section's).
fn setext_headings(lines: &mut [Line<'_>]) {
    for i in 1..lines.len() {
        let rule = &lines[i].text;
        let level = if rule.len() >= 3 && rule.bytes().all(|b| b == b'=') {
            1
        } else if rule.len() >= 3 && rule.bytes().all(|b| b == b'-') {
            2
        } else {
            continue;
        };
        let above = &mut lines[i - 1];
        if matches!(above.shape, Shape::Text) && above.mark.is_none() {
            above.mark = Some(Mark::Heading(level));
        }
    }
}

/// `👥 4.3 مليون شخص بحاجة إلى المساعدة` over `⛺ 112 ألف نازح`: two or more
/// key figures under their icons, line after line, are a page's strip of
/// figures. (One alone, `🔴 30 لوحة توعوية بأملج`, may be a headline.)
fn key_figure_strips(lines: &mut [Line<'_>]) {
    let figure = |l: &Line<'_>| {
        l.words <= 7
            && l.counts.digits > 0
            && matches!(l.shape, Shape::Text)
            && is_key_figure(&l.text)
    };
    let mut i = 0;
    while i < lines.len() {
        let run = lines[i..].iter().take_while(|l| figure(l)).count();
        // (One alone between two paragraphs is an insert as well.)
        let between_prose = run == 1 && {
            let prev = lines[..i].iter().rev().find(|l| !l.is_blank());
            let next = lines[i + 1..].iter().find(|l| !l.is_blank());
            prev.is_some_and(Line::is_prose) && next.is_some_and(Line::is_prose)
        };
        if run >= 2 || between_prose {
            for line in &mut lines[i..i + run] {
                line.shape = Shape::Menu;
            }
        }
        i += run.max(1);
    }
}

/// A pictograph, then a figure: `👥 4.3 مليون شخص`. (Emoji and the
/// symbols and dingbats blocks; geometric shapes, `▫ 5 طلاب …`, are
/// bullets of a headline list.)
fn is_key_figure(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(icon) = chars.next() else {
        return false;
    };
    let pictograph = matches!(icon as u32, 0x2600..=0x27BF | 0x1F000..);
    let rest = chars.as_str().trim_start_matches(['\u{FE0F}', ' ']);
    pictograph && rest.chars().next().is_some_and(is_numeric)
}

/// A key opening (after any sign) with "did you know" and its question
/// mark or colon.
fn asks_did_you_know(key: &str) -> bool {
    let bare = key.trim_start_matches(|c: char| !is_alphanumeric(c));
    [
        "هل تعرف",
        "هل تعلم",
        "هل تعرفون",
        "هل تعلمون",
        "هل كنت تعلم",
        "did you know",
    ]
    .iter()
    .any(|q| {
        bare.strip_prefix(q)
            .is_some_and(|rest| rest.trim_start().starts_with(['?', ':', '؟']))
    })
}

/// `👁 34,389 قراءة`, `1.2K views`, `تعليقات 12`: a count of readers,
/// views, comments or shares, with at most an icon besides.
fn is_counter(key: &str) -> bool {
    const COUNTED: [&str; 18] = [
        "قراءه",
        "قراءات",
        "مشاهده",
        "مشاهدات",
        "زياره",
        "زيارات",
        "تعليق",
        "تعليقات",
        "اعجاب",
        "مشاركه",
        "مشاركات",
        "views",
        "reads",
        "visits",
        "likes",
        "comments",
        "shares",
        "قارئ",
    ];
    let mut figure = false;
    let mut noun = false;
    for word in key.split_whitespace() {
        if word.bytes().any(|b| b.is_ascii_digit()) {
            let unit = word.trim_end_matches(['k', 'm', 'K', 'M']);
            if !unit
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            {
                return false;
            }
            figure = true;
        } else if COUNTED.contains(&word) {
            noun = true;
        } else if word.chars().any(is_alphanumeric) {
            return false;
        }
    }
    figure && noun
}

/// `label: 6,355,114`: words, a colon, and a figure of at least
/// `min_digits` digits alone after it.
pub(crate) fn is_labelled_figure(text: &str, min_digits: usize) -> bool {
    let Some((label, value)) = text.split_once([':', '：']) else {
        return false;
    };
    let value = value.trim();
    // (`مدة المقطع 3:44` is a clock, not a label and its figure.)
    !value.is_empty()
        && label
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(is_alphabetic)
        && value.chars().filter(|&c| is_numeric(c)).count() >= min_digits
        && value
            .chars()
            .all(|c| is_numeric(c) || matches!(c, ',' | '.' | '٬' | '٫' | ' ' | '%' | '+'))
}

/// `حالة السماء الليلة: صافية ✦ التلوث الضوئي: 7`: two or more short
/// labels, each with its value, joined by signs: a strip of readings. A
/// headline has one label at most (`كيري: توصلنا لاتفاق`).
pub(crate) fn is_label_strip(text: &str) -> bool {
    if memchr::memchr(b':', text.as_bytes()).is_none() {
        return false;
    }
    // Items are joined by signs (`✦`, `|`, `•`), not by a sentence's
    // punctuation: `ترامب: لن نتراجع.. وبوتين: سنرد` is a headline.
    let is_sign = |c: char| {
        c == '|'
            || !(c.is_alphanumeric()
                || c.is_whitespace()
                || c.is_ascii_punctuation()
                || "،؛؟«»…–—“”‘’\u{64B}\u{64C}\u{64D}\u{64E}\u{64F}\u{650}\u{651}\u{652}"
                    .contains(c))
    };
    let mut labels = 0;
    let mut parts = text.split(':').enumerate().peekable();
    while let Some((k, part)) = parts.next() {
        let Some((_, next)) = parts.peek() else { break };
        // `20:33` is a clock, not a label.
        if part.ends_with(|c: char| c.is_ascii_digit())
            && next.starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let label = match part.rfind(is_sign) {
            Some(at) => &part[at..],
            None if k == 0 => part,
            None => continue,
        };
        let words = label
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        if (1..=3).contains(&words) {
            labels += 1;
        }
    }
    labels >= 2
}

/// `أسعار الصرف (سوم): الدولار 12423.87 | اليورو 13498.76`, `الهطول منذ
/// بداية الموسم: 490 مم — 65٪ من المعدل العام`: a label, then mostly
/// figures: a strip of data, not a headline (`مصر: 30 قتيلا و50 جريحا` is one).
pub(crate) fn is_figure_strip(text: &str) -> bool {
    let Some((_, value)) = text.split_once([':', '：']) else {
        return false;
    };
    let (mut figures, mut words) = (0usize, 0usize);
    for word in value.split_whitespace() {
        if !word.chars().any(is_alphanumeric) {
            continue;
        }
        words += 1;
        let figure = word
            .trim_start_matches(['(', '+', '-', '−'])
            .chars()
            .next()
            .is_some_and(is_numeric);
        figures += usize::from(figure);
    }
    let per_cent = value.contains(['٪', '%']);
    figures >= 2 && (figures * 2 >= words || (per_cent && figures * 3 >= words))
}

/// `الفجر 1 - 1 الوحدة الساحلية`, `⚽ الشعلة 0 - 1 الوحدة الساحلية`: a
/// match card's teams and score, spaced as scoreboards set them.
/// A strip of results (`نتائج الأمس: الفجر 0-2 السهم | الرواد 1-1 الأمل`)
/// holds two scores or more, whatever its length.
pub(crate) fn is_match_score(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let goals = |w: &str| (1..=2).contains(&w.chars().count()) && w.chars().all(is_numeric);
    let tight = words
        .iter()
        .filter(|w| {
            w.split_once(['-', '–'])
                .is_some_and(|(a, b)| goals(a) && goals(b))
        })
        .count();
    if tight >= 2 {
        return true;
    }
    // (`3 - 4 بالمئة`, `3 - 5 أشخاص`: a range of a measure, no score.)
    const MEASURES: [&str; 17] = [
        "بالمئة",
        "بالمائة",
        "في",
        "%",
        "٪",
        "أشخاص",
        "اشخاص",
        "قتلى",
        "درجات",
        "سنوات",
        "أيام",
        "ايام",
        "ساعات",
        "دقائق",
        "ملايين",
        "آلاف",
        "الاف",
    ];
    words.len() <= 9
        && words.windows(3).enumerate().any(|(at, w)| {
            goals(w[0])
                && matches!(w[1], "-" | "–" | "—")
                && goals(w[2])
                && at >= 1
                && words
                    .get(at + 3)
                    .is_some_and(|next| !MEASURES.contains(next))
        })
}

/// `📊 استفتاء: هل …؟ نعم 45% · لا 30%`, `💡 نصيحة المرشد: …`, `📜 نص
/// المادة 12: «…»`: a pictograph, a short label and its colon open a box
/// the page sets in the story (poll, tip, quoted law, deal), not the
/// writer's paragraph.
pub(crate) fn is_pictograph_box(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    if !script::is_pictograph(first) {
        return false;
    }
    let rest = text[first.len_utf8()..].trim_start_matches(['\u{FE0F}', ' ']);
    rest.split_once([':', '：']).is_some_and(|(label, value)| {
        (1..=6).contains(&label.split_whitespace().count())
            && value.split_whitespace().nth(1).is_some()
    })
}

/// A label of one to three Latin-script words, its colon, then a headline
/// in Arabic: the link or ticker of a site that runs its furniture in its
/// own language (Uzbek, Azeri, Kurdish, English). A lone acronym (`CNN:`,
/// `AFP:`) is a source quoted before its words, not a label.
fn foreign_label_headline(text: &str) -> bool {
    let Some(colon) = text.find(':') else {
        return false;
    };
    // (`▶ Video:`: a pictograph may lead the label.)
    let label = text[..colon]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim();
    let rest = &text[colon + 1..];
    let label_words = label.split_whitespace().count();
    let latin_label = (1..=3).contains(&label_words)
        && label.chars().any(|c| c.is_alphabetic())
        && label
            .chars()
            .all(|c| (c.is_alphabetic() && !script::is_arabic_letter(c)) || " ‘’'ʻʼ-".contains(c));
    if !latin_label {
        return false;
    }
    let acronym =
        label_words == 1 && label.chars().count() <= 5 && !label.chars().any(char::is_lowercase);
    let rest_words = rest.split_whitespace().count();
    !acronym
        && (3..=24).contains(&rest_words)
        && rest
            .chars()
            .filter(|&c| script::is_arabic_letter(c))
            .count()
            >= 8
}

/// `🚗 احجز تجربة قيادة مجانية`, `⛽ أسعار الوقود اليوم`: a pictograph
/// opens a promo or a widget's line; a writer's subheading does not wear one.
pub(crate) fn opens_with_pictograph(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| script::is_pictograph(c) || matches!(c, '\u{2600}'..='\u{26FF}'))
}

/// `العذراء (23 أغسطس – 22 سبتمبر): …`: a horoscope row, the sign and its
/// days, then the day's advice.
fn is_horoscope_row(key: &str) -> bool {
    const SIGNS: [&str; 12] = [
        "الحمل",
        "الثور",
        "الجوزاء",
        "السرطان",
        "الاسد",
        "العذراء",
        "الميزان",
        "العقرب",
        "القوس",
        "الجدي",
        "الدلو",
        "الحوت",
    ];
    let Some((sign, rest)) = key.split_once(' ') else {
        return false;
    };
    SIGNS.contains(&sign)
        && rest.starts_with('(')
        && rest.split_once(')').is_some_and(|(days, after)| {
            days.chars().any(|c| c.is_ascii_digit()) && after.starts_with(':')
        })
}

/// Two or more rating stars (`★★☆`, `⭐⭐⭐`).
fn is_star_rating(text: &str) -> bool {
    text.chars()
        .filter(|c| matches!(c, '★' | '☆' | '⭐'))
        .count()
        >= 2
}

/// `مدة الاستماع: 8 دقائق`, `وقت القراءة 5 د`, `4 min read`: how long the
/// story takes to read or hear.
fn is_duration(key: &str) -> bool {
    // (Keys fold `ئ` to `ء`: `دقائق` is looked up as `دقاءق`.)
    const UNITS: [&str; 7] = ["دقيقه", "دقاءق", "دقايق", "د", "min", "mins", "minutes"];
    let words: Vec<&str> = key
        .split(|c: char| c.is_whitespace() || c == ':')
        .filter(|w| !w.is_empty())
        .collect();
    // After the unit, only reading's words (`4 دقائق قراءة`): `10 دقائق مع
    // توفيق الربيعة` is a headline. (Other scripts' words pass: `2 min de leitura`.)
    const AFTER: [&str; 4] = ["قراءه", "للقراءه", "القراءه", "استماع"];
    words.iter().enumerate().any(|(i, w)| {
        UNITS.contains(w)
            && i > 0
            && words[i - 1].bytes().all(|b| b.is_ascii_digit())
            && words[i + 1..].iter().all(|w| {
                !w.chars().any(ghirbal_arabic::script::is_arabic_letter) || AFTER.contains(w)
            })
    }) && !words.iter().any(|w| matches!(*w, "منذ" | "قبل" | "ago"))
}

/// `منذ 3 ساعات`, `قبل ساعتين`, `نشر: منذ أسبوع`, `2 hours ago`: how long
/// ago, not when.
fn is_relative_time(line: &Line<'_>) -> bool {
    const UNITS: &[&str] = &[
        "ثانيه",
        "ثواني",
        "دقيقه",
        "دقيقتين",
        "دقايق",
        "دقاءق",
        "ساعه",
        "ساعتين",
        "ساعات",
        "يوم",
        "يومين",
        "ايام",
        "اسبوع",
        "اسبوعين",
        "اسابيع",
        "شهر",
        "شهرين",
        "اشهر",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
    ];
    // (A line of more than nine words never is: refused before any search.)
    if line.words > 9 || line.terminal_period() {
        return false;
    }
    let key = line.key.as_str();
    static SINCE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("منذ"));
    static BEFORE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("قبل"));
    static AGO: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("ago"));
    let bytes = key.as_bytes();
    if !(SINCE.find(bytes).is_some() || BEFORE.find(bytes).is_some() || AGO.find(bytes).is_some()) {
        return false;
    }
    // `صدر قبل 7 ساعات · 6 د قراءة`: the reading time may follow.
    if line.words > 6 && !(key.contains("قراءه") || key.contains(" read")) {
        return false;
    }
    let words: Vec<&str> = key.split_whitespace().collect();
    let ago = words.iter().position(|w| {
        let w = w.trim_matches(|c: char| !is_alphanumeric(c));
        w == "منذ" || w == "قبل" || w == "ago"
    });
    let Some(ago) = ago else { return false };
    let near = &words[ago.saturating_sub(3)..(ago + 4).min(words.len())];
    near.iter()
        .any(|w| UNITS.contains(&w.trim_matches(|c: char| !is_alphanumeric(c))))
}

/// `انجز هذا التحقيق بدعم من …`, `اعد هذا التقرير باشراف …` (search keys):
/// who made, funded or oversaw the piece.
pub(crate) fn is_production_credit(key: &str) -> bool {
    const MADE: [&str; 8] = [
        "انجز هذا ",
        "اعد هذا ",
        "انتج هذا ",
        "نفذ هذا ",
        "تم انجاز هذا ",
        "تم اعداد هذا ",
        "انجزت هذه ",
        "اعدت هذه ",
    ];
    const WORK: [&str; 8] = [
        "التحقيق",
        "التقرير",
        "الفيلم",
        "العمل",
        "القصه",
        "الماده",
        "الخبر",
        "المقال",
    ];
    // (`بمساعدة أدوات آلية`: a machine's help, disclosed.)
    const BACKING: [&str; 5] = ["بدعم", "باشراف", "بالتعاون", "بالشراكه", "بمساعده"];
    MADE.iter()
        .find_map(|made| key.strip_prefix(made))
        .is_some_and(|rest| {
            WORK.iter().any(|w| rest.starts_with(w))
                && rest
                    .split_whitespace()
                    .any(|w| BACKING.iter().any(|b| w.starts_with(b)))
        })
}

/// `الفصل الثاني`, `الجزء 3`, `Chapter 2` (search keys): the number of a
/// long read's chapter.
pub(crate) fn is_chapter_label(key: &str) -> bool {
    const PARTS: [&str; 7] = [
        "الفصل",
        "الجزء",
        "القسم",
        "المحور",
        "الحلقه",
        "chapter",
        "part",
    ];
    const ORDINALS: [&str; 11] = [
        "الاول",
        "الثاني",
        "الثالث",
        "الرابع",
        "الخامس",
        "السادس",
        "السابع",
        "الثامن",
        "التاسع",
        "العاشر",
        "الاخير",
    ];
    let mut words = key.split_whitespace();
    let (Some(part), Some(number), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    PARTS.contains(&part)
        && (ORDINALS.contains(&number) || number.bytes().all(|b| b.is_ascii_digit()))
}

/// `التعليقات (3)` → `التعليقات`.
fn strip_count(key: &str) -> &str {
    key.trim_end_matches(|c: char| c.is_ascii_digit() || "()[] :-".contains(c))
}

/// The text after a `label:`.
fn after_label(text: &str) -> String {
    match text.find([':', '：']) {
        Some(i) => text[i + 1..].trim().to_string(),
        None => String::new(),
    }
}

/// The writer's name in the first of several ` | `-joined credit fields,
/// when that field is a byline label, a colon and a name or two.
fn first_field_byline(text: &str) -> Option<String> {
    // (`متابعة: فلان ـ تصوير: فلان`: a dash may part the fields too.)
    const SEPARATORS: [&str; 5] = [" | ", " ـ ", " — ", " – ", " - "];
    // Every separator opens with a space: the first space that opens one
    // cuts the first field (no two separators start alike).
    let (at, sep) = memchr::memchr_iter(b' ', text.as_bytes()).find_map(|i| {
        SEPARATORS
            .iter()
            .find(|sep| text[i..].starts_with(*sep))
            .map(|sep| (i, sep.len()))
    })?;
    let (first, rest) = (&text[..at], &text[at + sep..]);
    let key = search_key(first);
    let len = starts_with_label(&key, lexicon::BYLINE)
        .or_else(|| starts_with_label(&key, lexicon::BYLINE_COLON))?;
    if !key[len..].trim_start().starts_with(':') || !rest.contains([':', '：']) {
        return None;
    }
    let names = after_label(first);
    let words = names.split_whitespace().count();
    ((1..=8).contains(&words) && !names.contains(['|', ':'])).then_some(names)
}

/// `فلان ∙ محرر الأجهزة`: the name before a separator and a writer's role
/// (or the reading time a byline shows beside the name).
fn name_before_role(text: &str) -> Option<&str> {
    // Each separator holds one of these bytes (`،` is D8 8C, `·` C2 B7, the
    // others E2 …): vector searches refuse most lines without decoding.
    let bytes = text.as_bytes();
    if memchr::memchr3(b'|', b'/', 0xE2, bytes).is_none()
        && memchr::memchr3(0x8C, 0xC2, b',', bytes).is_none()
        && !text.contains(" ـ ")
    {
        return None;
    }
    // (`Layla Fawaz, Staff Writer`: a Latin comma; `فلانة – مراسلة …`: an
    // en dash; `فلان ـ مكتب وهران`: a tatweel set apart.)
    let (name, role) = text
        .split_once(" ـ ")
        .or_else(|| text.split_once(['∙', '—', '–', '|', '،', ',', '•', '·', '/']))?;
    // (`د. فلانة، عضو الجمعية`, `الكابتن فلان — محلل`: the title before
    // the name is no part of it.)
    let name = without_honorific(name.trim());
    let words = name.split_whitespace().count();
    if !(2..=4).contains(&words) || !letters_and_spaces(name) {
        return None;
    }
    let role = search_key(role.trim());
    // (`مسؤول` and `منسق` only after a name: before a colon they open
    // headlines, `مسؤول أميركي: …`; so do a member, an expert, an analyst
    // and a researcher: `د. فلانة، عضو الجمعية`, `خبير أمني: …`.)
    let officer = ["مسءول", "منسق", "عضو", "خبير", "محلل", "باحث"]
        .iter()
        .any(|r| role.starts_with(r));
    // `فلانة / مديرية الإرشاد الزراعي`: the writer's department after a
    // slash (after a dash, a department credits a photo).
    // (`فلان ـ مكتب وهران`: a paper's bureau, after any separator.)
    let desk = words <= 3
        && (role.starts_with("مكتب ")
            || (text.contains('/')
                && ["مديريه ", "دائره ", "اداره ", "قسم ", "المكتب "]
                    .iter()
                    .any(|d| role.starts_with(d))));
    // `فلانة، من مطار دبي الدولي`: the reporter, then where they report
    // from (not a journey, `… من ليفربول إلى مدريد`).
    let reporting_from = text.contains('،')
        && role.starts_with("من ")
        && role.split_whitespace().count() <= 5
        && !role.contains(" الي ")
        && !role.contains(" حتي ");
    (starts_with_label(&role, lexicon::ROLE).is_some()
        || officer
        || desk
        || reporting_from
        || role.contains("للقراءه"))
    .then_some(name)
}

/// Nothing but spaces and invisible fillers (`⠀` U+2800, `ㅤ` U+3164).
fn is_filler(raw: &str) -> bool {
    raw.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{2800}' | '\u{3164}' | '\u{FFA0}' | '\u{200B}'
                    ..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
            )
    })
    .is_empty()
}

/// `عمرو ناصيف (@amr_sats)`, `عمرو ناصيف @amr_sats`: a writer's name and
/// their account, alone on the line.
fn name_and_handle(text: &str) -> Option<&str> {
    let at = text.find(" (@").or_else(|| text.find(" @"))?;
    let (name, handle) = (text[..at].trim(), text[at..].trim());
    let handle = handle
        .strip_prefix('(')
        .map_or(Some(handle), |h| h.strip_suffix(')'))?;
    let handle = handle.strip_prefix('@')?;
    let account = !handle.is_empty()
        && handle
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.'));
    (account && (2..=4).contains(&name.split_whitespace().count()) && letters_and_spaces(name))
        .then_some(name)
}

/// `مراسلتنا في ماليه فاطمة نهى`: "our correspondent in" a town of one
/// word, then the name of two to four words.
fn correspondent_then_name(text: &str) -> Option<&str> {
    const CORRESPONDENTS: [&str; 4] =
        ["مراسلنا في ", "مراسلتنا في ", "مندوبنا في ", "مندوبتنا في "];
    let rest = CORRESPONDENTS.iter().find_map(|c| text.strip_prefix(c))?;
    let (_town, name) = rest.split_once(' ')?;
    let name = name.trim();
    ((2..=4).contains(&name.split_whitespace().count()) && letters_and_spaces(name)).then_some(name)
}

/// `د. فلانة` → `فلانة`, `الكابتن فلان` → `فلان`: a name without the
/// honorific before it: a dotted abbreviation or a doctor's or an
/// engineer's title, then the lexicon's roles and titles
/// ([`without_role_before_name`]).
fn without_honorific(name: &str) -> &str {
    const HONORIFICS: [&str; 9] = [
        "د.",
        "أ.",
        "م.",
        "الدكتور",
        "الدكتورة",
        "المهندس",
        "المهندسة",
        "Dr.",
        "Capt.",
    ];
    HONORIFICS
        .iter()
        .find_map(|h| name.strip_prefix(h))
        .filter(|rest| rest.starts_with(' ') && rest.split_whitespace().count() >= 2)
        .map_or_else(|| without_role_before_name(name), str::trim)
}

/// `الملحق الإعلامي وليد السعدي` → `وليد السعدي`: a title or desk before
/// the name goes.
pub(crate) fn without_role_before_name(name: &str) -> &str {
    let key = search_key(name);
    let Some(len) = lexicon::starts_with_label(&key, lexicon::NAME_PREFIX) else {
        return name;
    };
    let role_words = key[..len].split_whitespace().count();
    let rest = name.split_whitespace().skip(role_words).count();
    if rest < 2 || !key[len..].starts_with(' ') {
        return name;
    }
    let mut cut = name;
    for _ in 0..role_words {
        cut = cut.trim_start().split_once(' ').map_or("", |(_, r)| r);
    }
    cut.trim()
}

/// What separates a label from its value in a table drawn in text.
// (`كتب - فلان`: a dash too.)
const LABEL_RULES: [char; 9] = ['│', '|', '.', '…', '=', '：', '-', '–', '—'];

/// The value after a label of `label_words` words and any rule after it
/// (`بقلم فلان`, `المؤلف │ فلان`, `المؤلف ....... فلان`).
fn after_label_words(text: &str, label_words: usize) -> String {
    let mut rest = text.trim_start();
    for _ in 0..label_words {
        rest = rest
            .trim_start()
            .split_once(char::is_whitespace)
            .map_or("", |(_, r)| r);
    }
    rest.trim_start_matches(|c: char| c.is_whitespace() || LABEL_RULES.contains(&c))
        .trim()
        .to_string()
}

/// `كتب فلان في «الميزان»:`: a press review's line naming the writer and
/// the paper the piece comes from, over the piece.
fn writer_in_paper(text: &str, label_words: usize) -> Option<String> {
    let rest = after_label_words(text, label_words);
    let (name, paper) = rest.strip_suffix(':')?.rsplit_once(" في ")?;
    let paper = paper.trim();
    let quoted = paper.starts_with(['«', '"', '“']) && paper.ends_with(['»', '"', '”']);
    let name = name.trim();
    (quoted && (1..=4).contains(&name.split_whitespace().count()) && letters_and_spaces(name))
        .then(|| name.to_string())
}

/// `كتبته لينا عبد الرحمن عند الساعة 10:26 ص`, `Posted by Sami at 9:05
/// PM`: a blog post's signature under it, the writer and the post's time
/// (24-hour).
pub(crate) fn signed_at<'l>(line: &'l Line<'_>) -> Option<(&'l str, (u8, u8))> {
    const LEADS: [&str; 6] = [
        " عند الساعة ",
        " في الساعة ",
        " الساعة ",
        " في ",
        " at ",
        " um ",
    ];
    let key = line.key.as_str();
    let label = starts_with_label(key, lexicon::BYLINE)?;
    let label_words = key[..label].split_whitespace().count();
    let mut rest = line.text.trim_start();
    for _ in 0..label_words {
        rest = rest.split_once(' ')?.1;
    }
    let (names, clock) = LEADS
        .iter()
        .filter_map(|lead| rest.split_once(lead))
        .min_by_key(|(names, _)| names.len())?;
    let names = names.trim().trim_start_matches([':', ' ']);
    let clock = clock.trim();
    let (hour, minute, span) = clock_at(clock, clock.find(':')?).filter(|c| c.2.start == 0)?;
    let after = clock[span.end..].trim();
    if !(1..=4).contains(&names.split_whitespace().count())
        || names.contains([':', '|', '،', ','])
        || hour > 23
        || minute > 59
        || after.split_whitespace().count() > 1
    {
        return None;
    }
    let pm = matches!(after, "م" | "مساء" | "مساءً" | "PM" | "pm" | "p.m.");
    let am = matches!(
        after,
        "ص" | "صباحا" | "صباحًا" | "AM" | "am" | "a.m." | "Uhr" | ""
    );
    let hour = match (pm, am, hour) {
        (true, _, 1..=11) => hour + 12,
        (false, true, 12) if !after.is_empty() && after != "Uhr" => 0,
        (true, _, _) | (_, true, _) => hour,
        _ => return None,
    };
    Some((names, (hour as u8, minute as u8)))
}

/// The text after `label:` or, with no colon, after the label's words.
/// `منقول عن الرياض — بقلم فلان`, `خاص بالموقع | كتبت فلانة`: where the
/// story comes from, a spaced dash or bar, then the byline label and the
/// writer's name alone.
fn byline_after_dash(line: &Line<'_>) -> Option<String> {
    if line.words > 12 || line.terminal {
        return None;
    }
    let text = &*line.text;
    // Each separator holds one of these bytes (the dashes lead with E2,
    // `·` with C2): byte searches refuse most short lines, which all pass here.
    let bytes = text.as_bytes();
    if memchr::memchr3(b'-', b'|', 0xE2, bytes).is_none() && memchr::memchr(0xC2, bytes).is_none() {
        return None;
    }
    let (at, sep) = [" — ", " – ", " - ", " | ", " · "]
        .iter()
        .filter_map(|sep| text.rfind(sep).map(|i| (i, sep.len())))
        .max()?;
    let tail = &text[at + sep..];
    let key = search_key(tail);
    let len = starts_with_label(&key, lexicon::BYLINE)?;
    if starts_with_label(&key, lexicon::NOT_WRITER).is_some() {
        return None;
    }
    let names = after_label_or_words(tail, key[..len].split_whitespace().count());
    let words = names.split_whitespace().count();
    ((1..=5).contains(&words) && letters_and_spaces(&names)).then_some(names)
}

fn after_label_or_words(text: &str, label_words: usize) -> String {
    if text.contains(':') {
        return after_label(text);
    }
    after_label_words(text, label_words.max(1))
}

/// `- إعلان -`, `-- ت.ح --`, `*** نهاية ***`: a short text fenced by the
/// same marks on both sides, a page's marker rather than a list item.
fn is_marker(text: &str) -> bool {
    const FENCE: &[char] = &['-', '–', '—', '*', '=', '~', '_', '•'];
    let head = text.chars().take_while(|c| FENCE.contains(c)).count();
    let tail = text.chars().rev().take_while(|c| FENCE.contains(c)).count();
    head > 0 && tail > 0 && text.chars().count() > head + tail + 1
}

/// A bulleted or numbered item: `- …`, `• …`, `1. …`, `١- …`, `(2) …`.
fn list_item(text: &str) -> Option<String> {
    let mut chars = text.char_indices();
    let (_, first) = chars.next()?;
    let body = if "-•*▪●◦–—·■►✓✔▫◇◆➤➢".contains(first) {
        &text[first.len_utf8()..]
    } else if ghirbal_arabic::digits::digit_value(first).is_some() || first == '(' {
        let digits_end = text
            .char_indices()
            .skip_while(|(_, c)| *c == '(')
            .find(|(_, c)| ghirbal_arabic::digits::digit_value(*c).is_none())?;
        if digits_end.0 > 4 {
            return None;
        }
        let after = &text[digits_end.0..];
        let mark = after.chars().next()?;
        if !".-)–:".contains(mark) {
            return None;
        }
        // `25-04-2024` and `10.5` are numbers, not list markers.
        if after[mark.len_utf8()..]
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace())
        {
            return None;
        }
        &after[mark.len_utf8()..]
    } else {
        return None;
    };
    let body = body.trim();
    // Separators (`---`) and a lone dash are not items.
    let has_letters = body.chars().any(is_alphabetic);
    (has_letters && body.split_whitespace().count() >= 1).then(|| body.to_string())
}

/// How a dump uses bullets (`•`, `▪`, `●`, `◦`, `■`, `►`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bullets {
    /// For list items, and maybe before a paragraph now and then.
    Items,
    /// Before most paragraphs: the page's paragraph style.
    Paragraphs,
    /// No bullets, but every paragraph numbered, `(1) `, `(2) `, … in
    /// order, as legal portals print rulings: the numbers are layout.
    Numbers,
}

const BULLETS: &str = "•▪●◦■►";

/// The text after a leading bullet and its space, if the line has one.
fn after_bullet(raw: &str) -> Option<&str> {
    // An Arabic letter or a visible ASCII char first is neither a space
    // nor a bullet: most lines stop here, before any trimming.
    if raw
        .as_bytes()
        .first()
        .is_some_and(|&b| matches!(b, b'!'..=b'~' | 0xD8..=0xDB))
    {
        return None;
    }
    let trimmed = raw.trim();
    let first = trimmed.chars().next()?;
    if !BULLETS.contains(first) {
        return None;
    }
    let rest = &trimmed[first.len_utf8()..];
    let spaced = rest.trim_start();
    (spaced.len() < rest.len()).then_some(spaced)
}

/// Whether `text` is a long sentence (25 words or more, ending one).
fn long_prose(text: &str) -> bool {
    text.split_whitespace().nth(24).is_some() && script::ends_with_sentence_punct(text)
}

/// Whether the item opening line `k` (its text after the mark: `rest`) is
/// long prose, counted with the lines under it up to a blank line or the
/// next item (`next_item`): a hard-wrapped paragraph is not joined yet here.
fn long_item(
    physical: &[(usize, &str)],
    k: usize,
    rest: &str,
    next_item: impl Fn(&str) -> bool,
) -> bool {
    let mut words = rest.split_whitespace().count();
    let mut last = rest;
    for (_, below) in physical[k + 1..].iter().take(20) {
        if below.trim().is_empty() || next_item(below) {
            break;
        }
        words += below.split_whitespace().count();
        last = below;
    }
    words >= 25 && script::ends_with_sentence_punct(last.trim_end())
}

/// Paragraphs, when most bulleted lines are long prose (at least two).
/// A bulleted line counts with the lines under it up to a blank line or
/// the next bullet: a hard-wrapped paragraph is not joined yet here.
fn bullet_style(physical: &[(usize, &str)]) -> Bullets {
    if numbers_paragraphs(physical) {
        return Bullets::Numbers;
    }
    let (mut bulleted, mut long) = (0, 0);
    for (k, (_, raw)) in physical.iter().enumerate() {
        let Some(rest) = after_bullet(raw) else {
            continue;
        };
        bulleted += 1;
        long += usize::from(long_item(physical, k, rest, |l| after_bullet(l).is_some()));
    }
    if long >= 2 && long * 2 >= bulleted {
        Bullets::Paragraphs
    } else {
        Bullets::Items
    }
}

/// `(7) ` opening a line: the number and the text after its space.
fn paragraph_number(raw: &str) -> Option<(u32, &str)> {
    let rest = raw.trim_start().strip_prefix('(')?;
    let (digits, rest) = rest.split_once(") ")?;
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((digits.parse().ok()?, rest.trim_start()))
}

/// Whether the dump numbers its paragraphs: at least three numbered lines,
/// counting 1, 2, 3… with no gap, most of them long prose.
fn numbers_paragraphs(physical: &[(usize, &str)]) -> bool {
    let (mut count, mut long) = (0u32, 0u32);
    for (k, (_, raw)) in physical.iter().enumerate() {
        if !raw.trim_start().starts_with('(') {
            continue;
        }
        let Some((n, rest)) = paragraph_number(raw) else {
            continue;
        };
        if n != count + 1 {
            return false;
        }
        count = n;
        long += u32::from(long_item(physical, k, rest, |l| {
            paragraph_number(l).is_some()
        }));
    }
    count >= 3 && long * 2 >= count
}

/// A bullet before a whole paragraph (`• ينظّم النادي … مساء اليوم.`) is
/// the page's paragraph style, not a list: long prose that ends a sentence
/// loses it, and so does any sentence of 8 words or more where bullets open
/// most paragraphs. Short items stay list items.
fn strip_prose_bullet(raw: Cow<'_, str>, bullets: Bullets) -> Cow<'_, str> {
    if bullets == Bullets::Numbers {
        let Some((_, rest)) = paragraph_number(&raw) else {
            return raw;
        };
        let start = raw.len() - rest.len();
        return match raw {
            Cow::Borrowed(raw) => Cow::Borrowed(&raw[start..]),
            Cow::Owned(raw) => Cow::Owned(raw[start..].to_string()),
        };
    }
    let Some(rest) = after_bullet(&raw) else {
        return raw;
    };
    let paragraph = long_prose(rest)
        || (bullets == Bullets::Paragraphs
            && rest.split_whitespace().nth(7).is_some()
            && script::ends_with_sentence_punct(rest));
    if !paragraph {
        return raw;
    }
    let start = raw.len() - rest.len() - (raw.len() - raw.trim_end().len());
    match raw {
        Cow::Borrowed(raw) => Cow::Borrowed(raw[start..].trim_end()),
        Cow::Owned(raw) => Cow::Owned(raw[start..].trim_end().to_string()),
    }
}

/// A `>` quote or a line wholly inside quotation marks.
fn quote(text: &str) -> Option<String> {
    if let Some(rest) = text.strip_prefix('>') {
        let rest = rest.trim();
        return (!rest.is_empty()).then(|| rest.to_string());
    }
    let trimmed = text.trim_end_matches(['.', '،', ',', '!', '؟', '?']);
    for (open, close) in [('«', '»'), ('“', '”'), ('"', '"')] {
        if trimmed.len() > 2
            && trimmed.starts_with(open)
            && trimmed.ends_with(close)
            && trimmed[open.len_utf8()..trimmed.len() - close.len_utf8()]
                .chars()
                .all(|c| c != open && c != close)
            && trimmed.split_whitespace().count() >= 6
            // `« السابق | الصفحة 2 من 2 | التالي »`: a pager, in arrows.
            && !(open == '«' && trimmed.contains(" | "))
        {
            return Some(text.to_string());
        }
    }
    None
}

/// Bracket pairs besides `()` and `[]` that close a caption on its credit:
/// East Asian tortoise-shell, lenticular, white and fullwidth brackets, the
/// mathematical angle, flattened and white ones, ornamental parentheses.
const OTHER_BRACKETS: [(char, char); 14] = [
    ('〔', '〕'),
    ('【', '】'),
    ('〖', '〗'),
    ('〘', '〙'),
    ('⟨', '⟩'),
    ('〈', '〉'),
    ('⟮', '⟯'),
    ('⦅', '⦆'),
    ('⟦', '⟧'),
    ('⦗', '⦘'),
    ('（', '）'),
    ('［', '］'),
    ('❨', '❩'),
    ('❪', '❫'),
];

/// `caption (credit)` or `caption - تصوير: credit`: a line with a trailing
/// photo credit and no sentence end before it.
fn caption(line: &Line<'_>) -> Option<(String, String)> {
    // `caption ⌁ المصوّر ©`: the sign closing a credit adds nothing to it.
    let text = line.text.trim_end();
    let text = text
        .strip_suffix(['©', 'ⓒ'])
        .map_or(text, |rest| rest.trim_end());
    // Captions are a line or two; a long line ending in brackets is prose.
    // Bracketed items in a row (`[ date ] [ thread ] [ author ]`) are links.
    if line.words > 28
        || memchr::memchr_iter(b'[', line.text.as_bytes())
            .nth(2)
            .is_some()
    {
        return None;
    }
    if let Some((caption, credit)) = sentence_credit(text) {
        return Some((caption.to_string(), credit.to_string()));
    }
    let (caption, credit) = if let Some(credit) = picture_credit(text) {
        credit
    } else if let Some(credit) = guillemet_credit(text) {
        credit
    } else if let Some(credit) = symbol_credit(text) {
        credit
    } else if let Some(credit) = bracketed_caption(text) {
        credit
    } else if let Some(credit) = credit_first(text) {
        credit
    } else if let Some(credit) = bracketed_credit_first(text) {
        credit
    } else if let Some(credit) = labelled_credit(text) {
        credit
    } else if let Some(stripped) = text.strip_suffix(')') {
        let open = stripped.rfind('(')?;
        (stripped[..open].trim(), stripped[open + 1..].trim())
    } else if let Some(stripped) = text.strip_suffix(']') {
        let open = stripped.rfind('[')?;
        (stripped[..open].trim(), stripped[open + 1..].trim())
    } else if let Some((open, close)) = text
        .chars()
        .next_back()
        .and_then(|last| OTHER_BRACKETS.iter().find(|(_, close)| *close == last))
    {
        // `… 〔مواقع التواصل〕`, `… ⟨رويترز⟩`, `… ⟮وكالات⟯`: the brackets
        // of other scripts and of mathematics hold credits too.
        let stripped = &text[..text.len() - close.len_utf8()];
        let at = stripped.rfind(*open)?;
        (
            stripped[..at].trim(),
            stripped[at + open.len_utf8()..].trim(),
        )
    } else if let Some(stripped) = text.strip_suffix('›') {
        // `… ‹صور الصحيفة›`: single guillemets, as Maghreb pages set credits.
        let open = stripped.rfind('‹')?;
        (
            stripped[..open].trim(),
            stripped[open + '‹'.len_utf8()..].trim(),
        )
    } else if let Some(stripped) = text.strip_suffix('/') {
        // Wire style: `… /رويترز/`.
        let open = stripped.rfind('/')?;
        (stripped[..open].trim(), stripped[open + 1..].trim())
    } else if let Some(i) = may_hold_credit_marker(text)
        .then(|| last_credit_marker(text))
        .flatten()
    {
        (
            text[..i.0].trim_end_matches([' ', '-', '–', '|', '/']),
            text[i.0 + i.1..].trim(),
        )
    } else {
        return None;
    };
    let credit = strip_credit_label(credit);
    let credit_words = credit.split_whitespace().count();
    // `بيروت - (أ ف ب)` is a dateline: a caption describes in words.
    let caption_words = caption
        .split_whitespace()
        .filter(|w| w.chars().any(is_alphabetic));
    if caption.is_empty()
        || credit.is_empty()
        || credit_words > 4
        || caption_words.count() < 2
        || caption.ends_with(['-', '–', '—', 'ـ', ':'])
    {
        return None;
    } // A sentence ending before the credit is prose with a parenthesis.
    if script::ends_with_sentence_punct(caption) || caption.ends_with('،') || caption.ends_with(',')
    {
        return None;
    }
    // (`(2014–2018)`: a chart's years, not its credit.)
    if credit.chars().all(|c| {
        c.is_ascii_digit()
            || ghirbal_arabic::digits::digit_value(c).is_some()
            || matches!(c, '–' | '-' | '—' | '/' | ' ')
    }) {
        return None;
    }
    // `(@sport_daily)` is an account: an embedded post, not a photo credit.
    if credit.starts_with('@') {
        return None;
    }
    // `… (صور)`, `… (فيديو)`: a headline's tag for its media, not a credit.
    if matches!(
        search_key(credit).as_str(),
        "صور"
            | "بالصور"
            | "فيديو"
            | "بالفيديو"
            | "صور وفيديو"
            | "فيديو وصور"
            | "شاهد"
            | "انفوجراف"
    ) {
        return None;
    }
    // `متابعة: فلان ـ تصوير: فلان`: a byline with the photographer's credit.
    let caption_key = search_key(caption);
    if lexicon::opens_with_colon_label(&caption_key, lexicon::BYLINE_COLON)
        || lexicon::opens_with_colon_label(&caption_key, lexicon::BYLINE)
    {
        return None;
    }
    Some((caption.to_string(), credit.to_string()))
}

/// Whether `text` holds `:`, `-` or a sign of the marks
/// [`last_credit_marker`] looks for (`©`, `ⓒ`, dashes, bars, arrows).
/// Those signs open with the byte C2 or E2: two vector searches refuse most
/// lines before any char is decoded.
fn may_hold_credit_marker(text: &str) -> bool {
    let bytes = text.as_bytes();
    let candidate =
        memchr::memchr3(b':', b'-', 0xE2, bytes).is_some() || memchr::memchr(0xC2, bytes).is_some();
    candidate && text.contains([':', '©', 'ⓒ', '-', '—', '–', '⁞', '―', '⇠'])
}

/// `طابور أمام مخبز ▪ عدسة: فلان`, `… – ت: ف. بلقاسم`, `… — بعدسة أرشيف
/// الصحيفة`: a caption, a spaced separator, then a photo label and its
/// credit.
/// `بإذن من: …`, `Hoto: …`, `Լուսանկարը՝ …`: a credit label of the
/// lexicon with its colon (or the Armenian `՝`).
fn colon_credit_label(rest: &str) -> bool {
    let Some(colon) = rest.find([':', '：', '՝']) else {
        return false;
    };
    if rest[..colon].split_whitespace().count() > 3 {
        return false;
    }
    lexicon::is_label(&search_key(&rest[..colon]), lexicon::CREDIT)
}

fn labelled_credit(text: &str) -> Option<(&str, &str)> {
    const LABELS: [&str; 17] = [
        "Photo courtesy of",
        "Courtesy of",
        "عدسة",
        "بعدسة",
        "تصوير",
        "ت:",
        "الصورة:",
        "صورة:",
        "فوٹو:",
        "Foto:",
        "foto:",
        "beeld:",
        "Photo:",
        "Φωτ.:",
        "Φωτογραφία:",
        "Zdjęcie:",
        "مصدر اللقطة:",
    ];
    let (at, separator) = spaced_chars(text)
        .filter(|&(i, c)| {
            (matches!(c, '-' | '–' | '—' | '|' | '/')
                || (!is_alphanumeric(c) && !c.is_ascii() && !"«»“”‘’".contains(c)))
                && (LABELS.iter().any(|label| {
                    text[i + c.len_utf8() + 1..]
                        .strip_prefix(label)
                        .is_some_and(|rest| label.ends_with(':') || rest.starts_with([' ', ':']))
                }) || colon_credit_label(&text[i + c.len_utf8() + 1..]))
        })
        .last()?;
    Some((text[..at].trim(), text[at + separator.len_utf8()..].trim()))
}

/// `عينات تربة في أنابيب اختبار. Credit: NASA/JPL`, `مقر المفوضية صورة من:
/// dpa`: a credit label after the caption's full stop, or (`صورة من:`, which
/// opens no sentence) after a plain space.
fn sentence_credit(text: &str) -> Option<(&str, &str)> {
    // Every label ends in a colon: one vector search refuses most lines
    // before the label searches.
    memchr::memchr(b':', text.as_bytes())?;
    const LABELS: [&str; 7] = [
        " Credit:",
        " Photo:",
        " Image:",
        " صورة من:",
        " صورة من :",
        " الصورة:",
        " تصوير:",
    ];
    let (at, label) = LABELS
        .iter()
        .filter_map(|label| text.find(label).map(|at| (at, label)))
        .min()?;
    let caption = text[..at].trim_end();
    let credit = text[at + label.len()..].trim();
    if !caption.ends_with('.') && !label.starts_with(" صورة من") {
        return None;
    }
    ((2..=24).contains(&caption.split_whitespace().count())
        && (1..=6).contains(&credit.split_whitespace().count()))
    .then_some((caption, credit))
}

/// `🖼️ أطفال في الصف – الصورة من Unsplash`: a picture sign opens a
/// caption, and its credit follows the last spaced dash or bar.
fn picture_credit(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix(['🖼', '📷', '📸'])?;
    let rest = rest.trim_start_matches(['\u{fe0f}', ' ']);
    let cut = [" – ", " — ", " - ", " | ", " · "]
        .iter()
        .filter_map(|sep| rest.rfind(sep).map(|at| (at, sep.len())))
        .max()?;
    Some((rest[..cut.0].trim(), rest[cut.0 + cut.1..].trim()))
}

/// `حقوق الصورة محفوظة لفريق التجارب` → `فريق التجارب`: the holder a
/// rights notice names, the preposition `ل` (and its tatweel) left off.
fn rights_holder(credit: &str) -> Option<&str> {
    let rest = match ["حقوق الصورة", "حقوق الصور"]
        .iter()
        .find_map(|label| credit.strip_prefix(label))
    {
        Some(rest) => rest,
        // `الحقوق لمكتب التوظيف`: bare "the rights", then to whom.
        None => {
            let rest = credit.strip_prefix("الحقوق ")?;
            if rest.starts_with("محفوظة") {
                rest
            } else {
                rest.strip_prefix('ل')?
            }
        }
    };
    let rest = rest.trim_start_matches([' ', ':']);
    // `محفوظة لـ…` "reserved to": the holder follows the preposition; after
    // a bare colon (`حقوق الصورة: لبنان 24`) the name is whole.
    let rest = match rest.strip_prefix("محفوظة") {
        Some(reserved) => {
            let reserved = reserved.trim_start();
            reserved.strip_prefix('ل').unwrap_or(reserved)
        }
        None => rest,
    };
    let rest = rest.trim_start_matches(['ـ', ' ', ':']);
    (!rest.is_empty()).then_some(rest)
}

/// A credit without its label: `تصوير: بلطف من المجلس` → `بلطف من المجلس`.
pub(crate) fn strip_credit_label(credit: &str) -> &str {
    if let Some(holder) = rights_holder(credit) {
        return holder;
    }
    let credit = [
        "Photo courtesy of",
        "Courtesy of",
        "Photo :",
        "الصورة من",
        "صورة من",
        "الصورة عبر:",
        "الصورة عبر",
        "بعدسة",
        "ت:",
        "صورة عبر",
        "Photo via",
        "تصوير/",
        "تصوير:",
        "عدسة:",
        "مصدر الصورة:",
        "تصوير",
        "الصورة:",
        "صورة:",
        "صورة :",
        "المصدر:",
        "Photo:",
        "Foto:",
        "foto:",
        "beeld:",
        "فوٹو:",
        "Φωτ.:",
        "Φωτογραφία:",
        "Zdjęcie:",
        "مصدر اللقطة:",
        "©",
        "ⓒ",
    ]
    .iter()
    .fold(credit, |c, prefix| c.strip_prefix(prefix).unwrap_or(c))
    .trim();
    // Any other label of the lexicon with its colon: `بإذن من: …`, `Hoto: …`.
    match credit.find([':', '：', '՝']) {
        Some(colon) if colon_credit_label(credit) => {
            let sep = credit[colon..].chars().next().map_or(1, char::len_utf8);
            credit[colon + sep..].trim()
        }
        _ => credit,
    }
}

/// `صورة AP: منصة إطلاق في قاعدة فضائية`: the photo label and its credit
/// before a colon, then the caption.
fn credit_first(text: &str) -> Option<(&str, &str)> {
    let rest = ["صورة ", "الصورة ", "صوره ", "Photo "]
        .iter()
        .find_map(|label| text.strip_prefix(label))?;
    let (credit, caption) = rest.split_once(':')?;
    let credit = credit.trim();
    // `صورة اليوم: …` is a column's name ("photo of the day"), no credit.
    const TIMES: [&str; 6] = ["اليوم", "الأسبوع", "الاسبوع", "الشهر", "العام", "السنة"];
    let timed = credit.split_whitespace().any(|w| TIMES.contains(&w));
    (!credit.is_empty()
        && !timed
        && credit.split_whitespace().count() <= 4
        && !credit.contains(['،', ',']))
    .then_some((caption.trim(), credit))
}

/// `(عدسة الميدان) مطية تتقدم في الأمتار الأخيرة`: the credit in brackets
/// before a caption of a few words that ends no sentence. The brackets must
/// hold a photo word, an archive, a press office or an agency: headlines
/// open with a bracketed subject too (`(الأهلي) يصدر صكوكًا`).
fn bracketed_credit_first(text: &str) -> Option<(&str, &str)> {
    const PHOTO_WORDS: [&str; 8] = [
        "ارشيف",
        "الارشيف",
        "المكتب",
        "مكتب",
        "وكالات",
        "متداوله",
        "خاص",
        "الاعلامي",
    ];
    let (credit, caption) = text.strip_prefix('(')?.split_once(')')?;
    let (credit, caption) = (credit.trim(), caption.trim());
    let key = search_key(credit);
    let credit_like = starts_with_label(&key, lexicon::CREDIT).is_some()
        || key.split_whitespace().any(|w| PHOTO_WORDS.contains(&w))
        || agency_code(credit).is_some();
    let caption_words = caption.split_whitespace().count();
    (credit_like
        && (1..=4).contains(&credit.split_whitespace().count())
        && (2..=12).contains(&caption_words)
        && !credit.chars().any(is_numeric)
        && !script::ends_with_sentence_punct(caption)
        && !caption.starts_with([':', '-', '–', '—']))
    .then_some((caption, credit))
}

/// `[جانب من الاجتماع — رويترز]`: caption and credit in one pair of
/// brackets, split at the last spaced dash.
fn bracketed_caption(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_prefix('[')?.strip_suffix(']')?;
    let cut = [" — ", " – ", " - ", " | "]
        .iter()
        .filter_map(|d| inner.rfind(d).map(|i| (i, d.len())))
        .max()?;
    Some((inner[..cut.0].trim(), inner[cut.0 + cut.1..].trim()))
}

/// The last credit marker in a caption line (`تصوير:`, `©`, `- عدسة:` …):
/// its byte offset and length; the longer marker when two end alike.
fn last_credit_marker(text: &str) -> Option<(usize, usize)> {
    // Grouped by a word every marker of the group holds, so that most lines
    // are refused by a few searches instead of one per marker.
    const GROUPS: [(&str, &[&str]); 5] = [
        (
            "تصوير",
            &[
                "تصوير:",
                "تصوير :",
                "- تصوير ",
                "— تصوير ",
                "– تصوير ",
                "- تصوير/",
                "— تصوير/",
                "– تصوير/",
                "| تصوير/",
            ],
        ),
        ("الصورة:", &["الصورة:", "- مصدر الصورة:"]),
        (":", &["Photo:", "Credit:"]),
        ("ⓒ", &["©", "ⓒ"]),
        ("عدسة", &["- عدسة:", "- عدسة :"]),
    ];
    // The group words' searchers, built once: this runs on many lines.
    static GROUP_WORDS: LazyLock<[Finder<'static>; 5]> =
        LazyLock::new(|| GROUPS.map(|(word, _)| Finder::new(word)));
    let mut best = None;
    for ((word, markers), finder) in GROUPS.iter().zip(GROUP_WORDS.iter()) {
        // `©` is not in `ⓒ`: its group word is tested apart.
        let has_word = finder.find(text.as_bytes()).is_some();
        if !(has_word || (*word == "ⓒ" && text.contains('©'))) {
            continue;
        }
        for m in *markers {
            if let Some(i) = text.rfind(m) {
                best = best.max(Some((i, m.len())));
            }
        }
    }
    // A horizontal bar or a drawn arrow before the credit: `… ― محمد زكريا`,
    // `… ⇠ الأفق`.
    // (All three lead with byte E2: most lines skip the searches.)
    if memchr::memchr(0xE2, text.as_bytes()).is_some() {
        for mark in [" ⁞ ", " ― ", " ⇠ "] {
            // (Set twice or more, the mark parts a menu's items.)
            if let Some(i) = text.rfind(mark).filter(|&i| text.find(mark) == Some(i)) {
                best = best.max(Some((i, mark.len())));
            }
        }
    }
    // `… — حقوق الصورة محفوظة لـ…`: a dash, then a rights notice (kept in
    // the credit: `strip_credit_label` reads the holder out of it).
    static NOTICE: LazyLock<FinderRev<'static>> = LazyLock::new(|| FinderRev::new("حقوق الصور"));
    if let Some(notice) = NOTICE.rfind(text.as_bytes()) {
        let before = text[..notice].trim_end_matches(' ');
        if let Some(dash) = before.strip_suffix(['-', '—', '–', '|']) {
            let at = dash.trim_end_matches(' ').len();
            best = best.max(Some((at, notice - at)));
        }
    }
    best
}

/// `ناقلة نفط في الميناء «AFP via Getty Images»`: a credit in guillemets
/// after the caption. Headlines end in quoted names too (`… تطلق «الرسالة»`),
/// so only credits that read as one: Latin names, a wire agency, an archive.
fn guillemet_credit(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_suffix('»')?;
    let open = inner.rfind('«')?;
    let (caption, credit) = (inner[..open].trim(), inner[open + '«'.len_utf8()..].trim());
    reads_as_credit(credit).then_some((caption, credit))
}

/// Whether a short text set after a caption names a photo's source rather
/// than ending a headline: Latin names, a wire agency, an archive or a photo
/// library.
pub(crate) fn reads_as_credit(credit: &str) -> bool {
    // (And who shot or handed it out: `مصور البوابة`, `مواقع التواصل`.)
    const LIBRARIES: [&str; 12] = [
        "ارشيف",
        "المكتب الاعلامي",
        "مكتبه الصور",
        "بيكساباي",
        "شترستوك",
        "غيتي",
        "مصور ",
        "المصور ",
        "مواقع التواصل",
        "وساءل التواصل",
        "منصات التواصل",
        "وزاره ",
    ];
    // A Latin credit is names (`AFP/Getty Images`), not an identifier or
    // an address (`ark:/51234/x7k2p9`).
    let latin = credit.chars().any(|c| c.is_ascii_alphabetic())
        && !credit.chars().any(ghirbal_arabic::script::is_arabic_letter)
        && !credit
            .chars()
            .any(|c| c.is_ascii_digit() || c == ':' || c == '@');
    let credit_key = search_key(credit);
    // (`صورة أرشيفية`: "an archive photo".)
    let library = ["صوره ", "الصوره "]
        .iter()
        .fold(credit_key.as_str(), |key, photo| {
            key.strip_prefix(photo).unwrap_or(key)
        });
    latin
        || LIBRARIES.iter().any(|l| library.starts_with(l))
        || agency_code(credit).is_some()
        // `الصورة من: …`, `حقوق الصورة محفوظة لـ…`: a photo label says so.
        || strip_credit_label(credit).len() < credit.len()
}

/// `رافعات في الميناء ⊙ بيكساباي`: a credit after a symbol set between
/// spaces, when it reads as one.
fn symbol_credit(text: &str) -> Option<(&str, &str)> {
    // Latin-1 signs (`·`, `©`) and the symbols from U+2000 on (`⊙`), not
    // Arabic-block chars nor ASCII.
    let (at, symbol) = spaced_chars(text)
        .filter(|&(_, c)| {
            (matches!(u32::from(c), 0x80..=0xFF) || u32::from(c) >= 0x2000)
                && !is_alphanumeric(c)
                && !c.is_whitespace()
                && !"«»…–—‘’“”".contains(c)
        })
        .last()
        .or_else(|| fullwidth_sign(text))?;
    // Once: a separator that recurs cuts a menu's items (`ثقافة ❘ كتب ❘ أرشيف`).
    if text.matches(symbol).nth(1).is_some() {
        return None;
    }
    let (caption, credit) = (text[..at].trim(), text[at + symbol.len_utf8()..].trim());
    let named = strip_credit_label(credit);
    (named.split_whitespace().count() <= 4 && reads_as_credit(credit)).then_some((caption, credit))
}

/// The last fullwidth sign (`＝`, `／`, not a bracket) in `text`, which CJK
/// pages set between words without spaces: `ناقلة نفط＝كيودو`.
fn fullwidth_sign(text: &str) -> Option<(usize, char)> {
    // Fullwidth forms are U+FF01–FF5E, EF BC 81 – EF BD 9E in UTF-8.
    memchr::memrchr_iter(0xEF, text.as_bytes()).find_map(|i| {
        let c = text[i..].chars().next()?;
        let sign = matches!(c, '\u{FF01}'..='\u{FF5E}')
            && !is_alphanumeric(c)
            && !"（）［］｛｝＜＞＂＇".contains(c);
        sign.then_some((i, c))
    })
}

/// `Accueil / العالم العربي / بومبيو إلى بيونغيانع للقاء ...`: a
/// breadcrumb whose last item is the story's title cut short.
fn is_cut_crumb(text: &str) -> bool {
    let Some(trail) = text.strip_suffix("...").or_else(|| text.strip_suffix('…')) else {
        return false;
    };
    let Some(sep) = [" / ", " › ", " » ", " > ", " ← "]
        .into_iter()
        .find(|sep| trail.matches(sep).count() >= 2)
    else {
        return false;
    };
    let Some((sections, last)) = trail.rsplit_once(sep) else {
        return false;
    };
    // (The items before the cut title are the home page and sections.)
    sections
        .split(sep)
        .all(|item| (1..=3).contains(&item.split_whitespace().count()))
        && last.split_whitespace().count() >= 2
}

/// Several short items joined by separators: menus and breadcrumbs.
/// Guillemets and slashes also occur in headlines (`«داعش»`, `اقتصادي /`),
/// so they only separate when spaced and every item is short.
fn is_menu(text: &str) -> bool {
    let colon = memchr::memchr(b':', text.as_bytes()).is_some();
    if colon && text.contains(" :: ") {
        // `الوطن العربي :: الأسرة :: كتابات`: a double colon cuts items too.
        return is_menu(&text.replace(" :: ", " | "));
    }
    menu_items(text)
        || (colon
            && text.split_once(':').is_some_and(|(label, items)| {
                // `ترددات الإذاعة: غازي عنتاب 98.6 FM — إسطنبول 101.4 FM — …`:
                // a short label, then the items.
                (1..=4).contains(&label.split_whitespace().count()) && menu_items(items.trim())
            }))
}

/// The arrows between a breadcrumb's items (`‹`: an RTL page's `›` as the
/// dump writes it).
const BREADCRUMB_ARROWS: [char; 5] = ['»', '›', '‹', '⟩', '⟨'];

/// [`is_menu`] without a label before the items.
fn menu_items(text: &str) -> bool {
    // Cheap refusals first: this runs on every short line.
    if text.len() > 400 {
        return false;
    }
    let (has_separator, has_cut) = menu_marks(text);
    // Any other symbol set between spaces twice or more (`◆`, `★`, `::`).
    let symbol = spaced_symbol(text);
    if !has_separator && symbol.is_none() {
        return false;
    }
    if is_listed_menu(text) {
        return true;
    }
    if symbol.is_none() && !has_cut {
        // One piece: neither a menu nor a breadcrumb.
        return false;
    }
    // Items are cut at a tight separator anywhere, at a spaced one (` » `)
    // only between spaces; one pass, no copies.
    let bytes = text.as_bytes();
    let mut separators = 0usize;
    let mut arrow_separators = 0usize;
    let mut pieces = 0usize;
    let mut all_short = true;
    let mut leading_short = true;
    let mut long_inner = 0usize;
    let mut last_words = 0usize;
    let mut piece_start = 0usize;
    let mut close_piece = |piece: &str, pieces: &mut usize| {
        let piece = piece.trim();
        if piece.is_empty() {
            return;
        }
        let words = piece.split_whitespace().count();
        if *pieces > 0 && last_words > 3 {
            leading_short = false;
            long_inner += 1;
        }
        all_short &= words <= 4;
        last_words = words;
        *pieces += 1;
    };
    // Every separator is ASCII or starts with C2 or E2 (`»`, `•`, `—`) but
    // the spaced symbol: other chars are skipped by their lead byte.
    let symbol_lead = symbol.map(|c| {
        let mut buf = [0; 4];
        c.encode_utf8(&mut buf).as_bytes()[0]
    });
    for (i, &b) in bytes.iter().enumerate() {
        if !(b < 0x80 || b == 0xC2 || b == 0xE2 || Some(b) == symbol_lead) {
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let tight = matches!(c, '|' | '>' | '•' | '·' | '\t' | '<') || Some(c) == symbol;
        let spaced = !tight
            && matches!(c, '»' | '«' | '›' | '‹' | '⟩' | '⟨' | '/' | '-' | '–' | '—')
            && i > 0
            && bytes[i - 1] == b' '
            && bytes.get(i + c.len_utf8()) == Some(&b' ');
        if tight || spaced {
            separators += 1;
            arrow_separators += usize::from(c == '>' || BREADCRUMB_ARROWS.contains(&c));
            close_piece(&text[piece_start..i], &mut pieces);
            piece_start = i + c.len_utf8();
        }
    }
    close_piece(&text[piece_start..], &mut pieces);
    // Breadcrumb arrows make a menu of two items (`الرئيسية » أخبار`), and
    // the last item may be the article's own long title.
    // (`‹` too: an RTL page's `›` as the dump writes it; and drawn arrows,
    // `الرئيسية ← رياضة ← …`; angle brackets, `الرئيسية ⟩ رياضة`.)
    let arrows = text.contains(BREADCRUMB_ARROWS)
        || text.contains('>')
        || symbol.is_some_and(|c| matches!(c, '←' | '→' | '⇠' | '⇢' | '⟵' | '⟶' | '⇐' | '⇒'));
    // (One item before the last may be long, the site's name: `رابط –
    // الشبكة الداخلية لهيئة النقل › الرصد الإعلامي › الصفحات › item-6`.)
    if arrows && pieces >= 2 {
        return leading_short || (arrow_separators >= 2 && long_inner <= 1);
    }
    pieces >= 3 && separators >= 2 && all_short
}

/// Each char standing alone between two spaces (` ◆ `), with its byte
/// offset. Only a space can open ` X `: this jumps from space to space and
/// decodes X only when its lead byte says a space follows it.
fn spaced_chars(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b' ', bytes).filter_map(move |i| {
        let len = match *bytes.get(i + 1)? {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        if bytes.get(i + 1 + len) != Some(&b' ') {
            return None;
        }
        Some((i + 1, text[i + 1..].chars().next()?))
    })
}

/// A symbol (neither letter, digit, sentence punctuation, quote nor
/// bracket) standing between spaces at least twice: a menu's separator.
fn spaced_symbol(text: &str) -> Option<char> {
    let mut found: [(char, usize); 4] = [(' ', 0); 4];
    for (_, b) in spaced_chars(text) {
        // A letter of a script the page is not written in can serve as a
        // sign too: the Amazigh flag's `ⵣ` between a portal's sections.
        let sign = !is_alphanumeric(b) || is_emblem_letter(b);
        if sign && !b.is_whitespace() && !".,،:;؛!?؟\"'()[]{}«»“”%+&*#@$".contains(b) {
            if let Some(slot) = found.iter_mut().find(|(s, n)| *s == b || *n == 0) {
                *slot = (b, slot.1 + 1);
            }
        }
    }
    found
        .iter()
        .filter(|&&(_, n)| n >= 2)
        .max_by_key(|&&(_, n)| n)
        .map(|&(s, _)| s)
}

/// Letters that stand alone as an emblem between words: Tifinagh (`ⵣ`).
fn is_emblem_letter(c: char) -> bool {
    ('\u{2D30}'..='\u{2D7F}').contains(&c)
}

/// Whether `text` holds a char that can separate menu items (`| > < / - ,
/// ; [ • · » « › ‹ – — ، ؛ ▾`), and whether the item loop of [`is_menu`]
/// would cut it anywhere: at a tight separator, or at a spaced one between
/// two spaces. One pass over the bytes that steps over Arabic letters two
/// bytes at a time (no separator starts with D9–DB).
fn menu_marks(text: &str) -> (bool, bool) {
    let bytes = text.as_bytes();
    let spaced =
        |i: usize, len: usize| i > 0 && bytes[i - 1] == b' ' && bytes.get(i + len) == Some(&b' ');
    let mut separator = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            0xD9..=0xDB => {
                i += 2;
                continue;
            }
            b'|' | b'>' | b'\t' | b'<' => return (true, true),
            b'/' | b'-' => {
                if spaced(i, 1) {
                    return (true, true);
                }
                separator = true;
            }
            b',' | b';' | b'[' => separator = true,
            0xD8 => separator |= matches!(bytes.get(i + 1), Some(&0x8C | &0x9B)),
            0xC2 | 0xE2 => match text[i..].chars().next() {
                Some('•' | '·') => return (true, true),
                Some(c @ ('»' | '«' | '›' | '‹' | '⟩' | '⟨' | '–' | '—')) => {
                    if spaced(i, c.len_utf8()) {
                        return (true, true);
                    }
                    separator = true;
                }
                Some('▾') => separator = true,
                _ => {}
            },
            _ => {}
        }
        i += 1;
    }
    (separator, false)
}

/// `سياسة، اقتصاد، رياضة، ثقافة` or `[ محليات ] [ دوليات ] [ رياضة ]`: three
/// or more items of at most three words, joined by commas or brackets, with
/// no sentence among them.
fn is_listed_menu(text: &str) -> bool {
    if script::ends_with_sentence_punct(text) {
        return false;
    }
    let bracketed = text.starts_with('[') && text.matches('[').count() >= 3;
    let short_items = |items: &mut dyn Iterator<Item = &str>| {
        let mut n = 0;
        for item in items.map(str::trim).filter(|p| !p.is_empty()) {
            if item.split_whitespace().nth(3).is_some() {
                return false;
            }
            n += 1;
        }
        n >= 3
    };
    if bracketed {
        return short_items(&mut text.split(['[', ']']));
    }
    // `أخبار الجهات: جهة الشرق ؛ مراكش آسفي ؛ سوس ماسة`: a short label
    // may head the list.
    let items = match text.split_once(':') {
        Some((label, rest)) if label.split_whitespace().count() <= 2 => rest,
        _ => text,
    };
    // (`&#8220;`, `&quot;`: a semicolon that closes an escaped character.)
    if items.contains('&') {
        return short_items(&mut items.split(['،', ',', '▾', '·', '؛']));
    }
    short_items(&mut items.split(['،', ',', '▾', '·', '؛', ';']))
}

/// A short `place - credit` or `place: writer` line.
fn place_line(line: &Line<'_>) -> Option<Shape> {
    if line.words > 7 || line.terminal_period() {
        return None;
    }
    // Place and credit are always set apart by a dash, colon, bracket or slash.
    if !line.text.contains(['-', '–', '—', 'ـ', ':', '(', '/']) {
        return None;
    }
    let text = &*line.text;
    if let Some(d) = parse_dateline(text) {
        // `لندن: رنيم حنوش` names a writer; a longer "author" is a headline
        // with a colon (`كرة اليد : جمّال تستضيف النجم الساحلي`).
        let author_ok = d.author.is_none_or(|a| a.split_whitespace().count() <= 3);
        if d.rest.is_empty() && author_ok {
            return Some(Shape::Place {
                place: d.place.to_string(),
                author: d.author.map(str::to_string),
                agency: d.agency,
            });
        }
        return None;
    }
    // `مكة المكرمة – ماجد اللحياني`: a place, a dash and a writer's name.
    if let Some(shape) = place_and_writer(text) {
        return Some(shape);
    }
    // `دبي - العربية.نت`: a publisher, not a person, after the dash.
    let (place, credit) = text.split_once([' ', '\u{a0}']).and_then(|(place, rest)| {
        let rest = rest.trim_start();
        let credit = rest.strip_prefix(['-', '–', '—', 'ـ'])?;
        Some((place, credit.trim()))
    })?;
    let publisher_like = credit.contains('.') || credit.split_whitespace().count() <= 3;
    (publisher_like && !credit.is_empty() && place.chars().all(is_alphabetic)).then(|| {
        Shape::Place {
            place: place.to_string(),
            author: None,
            agency: agency_code(credit),
        }
    })
}

/// Words of a publisher's name (`سكاي نيوز عربية`, `العربية.نت`), not a person's.
const PUBLISHER_WORDS: [&str; 24] = [
    "نيوز",
    "عربيه",
    "تي",
    "في",
    "نت",
    "news",
    "tv",
    "اونلاين",
    "online",
    "اليوم",
    "بوست",
    "post",
    "تايمز",
    "times",
    "برس",
    "press",
    "موقع",
    "منصه",
    "شبكه",
    "صحيفه",
    "جريده",
    "مجله",
    "قناه",
    "وكاله",
];

/// `مكة المكرمة – ماجد اللحياني`: a place of one or two words, a spaced
/// dash, and two or three words that read as a person's name rather than
/// a publisher's (`سكاي نيوز عربية`, `العربية.نت`): no word of a
/// publisher's name, no agency, no article on the given name.
fn place_and_writer(text: &str) -> Option<Shape> {
    // (`النجف / سجاد الكعبي`: a slash too, after a one-word place: `فلان
    // الفلاني / فلانة الفلانية` are two writers.)
    let (place, name) = [" – ", " - ", " — ", " ـ ", " / "]
        .iter()
        .find_map(|dash| text.split_once(dash))?;
    let (place, name) = (place.trim(), name.trim());
    let place_words = place.split_whitespace().count();
    // (Nor a section's trail, `عام / اهتمامات الصحف المغربية`: a name
    // holds one `ال` word at most, the family's.)
    let slashed = text.contains(" / ");
    let al_words = name
        .split_whitespace()
        .filter(|w| w.starts_with("ال"))
        .count();
    if slashed && (place_words > 1 || al_words > 1) {
        return None;
    }
    let name_words = name.split_whitespace().count();
    if !(1..=2).contains(&place_words)
        || !(2..=3).contains(&name_words)
        || !letters_and_spaces(place)
        || !letters_and_spaces(name)
        || agency_code(name).is_some()
    {
        return None;
    }
    let key = search_key(name);
    let place_key = search_key(place);
    // `عين اليوم – فلانة`, `خاص – موقع`, `بعدسة APS — مدخل`: the site or
    // a label before the dash, not a place.
    let publisher = key
        .split_whitespace()
        .chain(place_key.split_whitespace())
        .any(|w| PUBLISHER_WORDS.contains(&w));
    let label = ["خاص", "حصري", "حصريا", "exclusive"].contains(&place_key.as_str())
        || lexicon::starts_with_label(&place_key, lexicon::CREDIT).is_some();
    // (`عبدالرحمن الشهري – مكة المكرمة`: the writer first, the place after;
    // `إيمان السيد - محررة الشؤون التعليمية`: the writer, then her role.)
    let reversed = key
        .split_whitespace()
        .next()
        .is_some_and(|w| lexicon::PLACE_WORDS.contains(&w) || w == "مكتب")
        || opens_with_trade(&key);
    (!publisher && !label && !reversed && !key.starts_with("ال")).then(|| Shape::Place {
        place: place.to_string(),
        author: Some(name.to_string()),
        agency: None,
    })
}

/// Whether `text` holds only letters and spaces: no digit, mark or
/// punctuation, as a name or a place is written.
pub(crate) fn letters_and_spaces(text: &str) -> bool {
    text.chars().all(|c| is_alphabetic(c) || c == ' ')
}

/// Whether a folded key of `words` words reads as a person's name: two or
/// three words, none a preposition, a publisher's or a photo's word, not
/// opening with a place word, a credit label or an agency.
fn name_like(key: &str, words: usize) -> bool {
    // Words no name holds: a caption's prepositions, a photo's labels.
    const NOT_NAME: [&str; 18] = [
        "من", "في", "علي", "عن", "الي", "بعد", "قبل", "امام", "خلال", "مع", "عند", "بين", "داخل",
        "جانب", "لقطه", "صوره", "احد", "مبني",
    ];
    (2..=3).contains(&words)
        && !key.starts_with("ال")
        && key
            .split_whitespace()
            .all(|w| !NOT_NAME.contains(&w) && !PUBLISHER_WORDS.contains(&w))
        && key
            .split_whitespace()
            .next()
            .is_some_and(|w| !lexicon::PLACE_WORDS.contains(&w))
        && lexicon::starts_with_label(key, lexicon::CREDIT).is_none()
        && agency_code(key).is_none()
}

/// The writers a line under the title names without a byline label, as
/// `split_names` in `classify` reads them: a name beside its desk
/// ([`writer_beside_desk`]), two names joined (`فلان / فلانة`, `فلان
/// وفلانة – فريق التحرير`), `تقرير فلان من كابل`, a doctor's name before
/// their trade (`د. فلان، عضو الاتحاد …`), or a name before another
/// credit's field (`فلان — ترجمه به عربی: فلانة`).
pub(crate) fn writers_under_title(text: &str) -> Option<String> {
    const HONORIFICS: [&str; 6] = ["د.", "د", "الدكتور", "الدكتوره", "dr.", "dr"];
    const OTHER_FIELDS: [&str; 7] = [
        "ترجمه",
        "مراجعه",
        "تدقيق",
        "تصوير",
        "تحرير",
        "translated",
        "translation",
    ];
    if let Some(name) = writer_beside_desk(text) {
        return Some(name.to_string());
    }
    let lettered = |t: &str| !t.is_empty() && letters_and_spaces(t);
    let is_name = |t: &str| {
        let key = search_key(t);
        lettered(t.trim()) && name_like(&key, key.split_whitespace().count())
    };
    let (left, right) = match [" – ", " — ", " - "]
        .iter()
        .filter_map(|sep| text.split_once(sep))
        .min_by_key(|(left, _)| left.len())
    {
        Some((left, right)) => (left.trim(), Some(right.trim())),
        None => (text.trim(), None),
    };
    if let Some(right) = right {
        // `فلان — ترجمه به عربی: فلانة`
        if let Some((field, _)) = right.split_once([':', '：']) {
            let field = search_key(field);
            let other = field.split_whitespace().count() <= 4
                && OTHER_FIELDS.iter().any(|f| field.starts_with(f));
            return (other && is_name(left)).then(|| left.to_string());
        }
    }
    // `فلان / فلانة`, `فلان وفلانة`, `فلان · فلانة`, `فلان، فلانة`, then at
    // most a desk after a dash.
    let parts: Vec<&str> = match [" / ", " · ", "، "].iter().find(|sep| left.contains(*sep)) {
        Some(sep) => left.split(sep).collect(),
        None => left.split(" و").collect(),
    };
    let desk_ok = right.is_none_or(|desk| {
        let key = search_key(desk);
        lettered(desk)
            && (1..=4).contains(&key.split_whitespace().count())
            && lexicon::starts_with_label(&key, lexicon::CREDIT).is_none()
            && agency_code(&key).is_none()
    });
    // (After a comma, a trade: `كابتن فلان، طيار سابق`, read below.)
    let comma_ok = !left.contains("، ")
        || (parts.len() == 2
            && without_honorific(parts[0].trim()) == parts[0].trim()
            && !opens_with_trade(&search_key(parts[1])));
    if parts.len() == 2 && desk_ok && comma_ok && parts.iter().all(|p| is_name(p)) {
        return Some(left.replace(" · ", "، "));
    }
    let key = search_key(text);
    // `تقرير فلان من كابل`: a report by the writer, from a place.
    if let Some(rest) = key.strip_prefix("تقرير ") {
        if let Some((name, place)) = rest.split_once(" من ") {
            let place_words = place.split_whitespace().count();
            if name_like(name, name.split_whitespace().count()) && (1..=3).contains(&place_words) {
                let words = text.split_whitespace().skip(1);
                let name_words = name.split_whitespace().count();
                return Some(words.take(name_words).collect::<Vec<_>>().join(" "));
            }
        }
    }
    // `د. فلان، عضو الاتحاد العربي …`: a doctor's name, then their trade;
    // so with a title (`كابتن فلان، طيار سابق`, `الأستاذ فلان، مفتش …`).
    let mut words = text.split_whitespace();
    let first = words.next()?;
    let first_key = search_key(first);
    if HONORIFICS.contains(&first)
        || HONORIFICS.contains(&first_key.as_str())
        || lexicon::is_label(&first_key, lexicon::NAME_PREFIX)
    {
        let rest = words.collect::<Vec<_>>().join(" ");
        if let Some((name, trade)) = rest.split_once(['،', ',']) {
            let trade_words = trade.split_whitespace().count();
            if is_name(name) && (1..=8).contains(&trade_words) {
                return Some(name.trim().to_string());
            }
        }
    }
    None
}

/// `ريم خليل – عكاظ`, `دانة الرشيدي | صحيفة الدانة`, `مراسل القناة في
/// بغداد – أحمد الزبيدي`: under a title, a name set beside the paper or
/// place it writes from, or the writer's role and then the name. Returns
/// the name. (Only the page's head asks: the same shape in a caption is a
/// place and its photographer.)
pub(crate) fn writer_beside_desk(text: &str) -> Option<&str> {
    // A photo's source after a caption: the archive, an agency, a
    // photographer, a social network.
    const PHOTO: [&str; 17] = [
        "ارشيف",
        "ارشيفيه",
        "تعبيريه",
        "توضيحيه",
        "صوره",
        "خاص",
        "وكاله",
        "وكالات",
        "agency",
        "المصور",
        "مصور",
        "متداوله",
        "فيسبوك",
        "facebook",
        "تويتر",
        "twitter",
        "اعلام",
    ];
    // (A dot sets off a role only: `أسماء البلوشي · مستشارة الموارد البشرية`;
    // menus run on dots.)
    let dotted = || {
        text.split_once(" · ")
            .filter(|(_, right)| opens_with_trade(&search_key(right)))
    };
    let (left, right) = [" – ", " — ", " - ", " | ", " ـ "]
        .iter()
        .filter_map(|sep| text.split_once(sep))
        .min_by_key(|(left, _)| left.len())
        .or_else(dotted)?;
    let (left, right) = (left.trim(), right.trim());
    let lettered = |t: &str| !t.is_empty() && letters_and_spaces(t);
    if !lettered(left) || !lettered(right) {
        return None;
    }
    let (left_key, right_key) = (search_key(left), search_key(right));
    let left_words = left_key.split_whitespace().count();
    let right_words = right_key.split_whitespace().count();
    // The role first: `مراسل القناة في بغداد – فلان`.
    if left_words <= 5 && starts_with_label(&left_key, lexicon::ROLE).is_some() {
        return name_like(&right_key, right_words).then_some(right);
    }
    // The role after, however long: `فلان – مراسل الجالية في مونتريال`.
    if right_words <= 8 && opens_with_trade(&right_key) {
        return name_like(&left_key, left_words).then_some(left);
    }
    let desk_ok = (1..=4).contains(&right_words)
        && lexicon::starts_with_label(&right_key, lexicon::CREDIT).is_none()
        && !right_key
            .split_whitespace()
            .any(|w| PHOTO.contains(&w) || lexicon::is_label(w, lexicon::CREDIT))
        && agency_code(right).is_none();
    // (`ليان الحمصي وعمر الخطايبة | فريق الرصد`: two writers joined by و.)
    let two_names = || {
        left_key.split_once(" و").is_some_and(|(a, b)| {
            let (a_words, b_words) = (a.split_whitespace().count(), b.split_whitespace().count());
            (2..=3).contains(&a_words)
                && (2..=3).contains(&b_words)
                && name_like(a, a_words)
                && name_like(b, b_words)
        })
    };
    (desk_ok && (name_like(&left_key, left_words) || two_names())).then_some(left)
}

/// Trades a writer's note or role opens with (`كاتب`, `محلل`, `مدرّسة`),
/// folded.
const TRADES: [&str; 38] = [
    "ناقد",
    "ناقده",
    "مترجم",
    "مترجمه",
    "كاتب",
    "كاتبه",
    "باحث",
    "باحثه",
    "استاذ",
    "استاذه",
    "صحافي",
    "صحافيه",
    "صحفي",
    "صحفيه",
    "محلل",
    "محلله",
    "اكاديمي",
    "اكاديميه",
    "خبير",
    "خبيره",
    "وزير",
    "وزيره",
    "سفير",
    "سفيره",
    "دبلوماسي",
    "اعلامي",
    "اعلاميه",
    "روائي",
    "روائيه",
    "شاعر",
    "شاعره",
    "نائب",
    "مستشار",
    "مستشاره",
    "مدرس",
    "مدرسه",
    "معلم",
    "معلمه",
];

/// Whether a folded key opens with a trade or a newsroom role:
/// `محللة أسواق`, `مراسل القناة في مونتريال`.
pub(crate) fn opens_with_trade(key: &str) -> bool {
    key.split_whitespace()
        .find(|w| w.chars().any(is_alphanumeric))
        .is_some_and(|w| TRADES.contains(&w))
        || starts_with_label(key, lexicon::ROLE).is_some()
}

/// `كاتبة وصحافية لبنانية`, `* أستاذ العلاقات الدولية في جامعة …`: what a
/// column says of its writer, by the trade the line opens with.
pub(crate) fn is_writer_bio(line: &Line<'_>) -> bool {
    (2..=14).contains(&line.words)
        && !line.terminal_period()
        && line
            .key
            .split_whitespace()
            .find(|w| w.chars().any(is_alphanumeric))
            .is_some_and(|w| TRADES.contains(&w))
}

/// `سعاد بن حمودة*`: a columnist's name starred for the note on the
/// writer under the column. Returns the name.
pub(crate) fn starred_name(text: &str) -> Option<&str> {
    let name = text.strip_suffix('*')?.trim_end();
    let words = name.split_whitespace().count();
    ((2..=4).contains(&words)
        && name
            .chars()
            .all(|c| is_alphabetic(c) || c == ' ' || c == '.'))
    .then_some(name)
}

/// `TITLE | SITE`, `TITLE |`, `caption | credit`: a short text after a bar
/// (at most four words) following a longer one (at least two words).
fn bar_split(text: &str) -> Option<(usize, String)> {
    if !text.contains(['|', ':']) {
        return None;
    }
    let trimmed = text.trim_end();
    let (head, tail) = if let Some(head) = trimmed.strip_suffix('|') {
        (head.trim_end(), "")
    } else {
        let at = ["| ", "||", "::"]
            .iter()
            .filter_map(|bar| trimmed.rfind(bar))
            .max()?;
        let bar_len = if trimmed[at..].starts_with("| ") {
            1
        } else {
            2
        };
        (trimmed[..at].trim_end(), trimmed[at + bar_len..].trim())
    };
    let head = head.trim_end_matches('|').trim_end();
    let head_words = head.split_whitespace().count();
    let tail_words = tail.split_whitespace().count();
    (head_words >= 2 && tail_words <= 4 && !head.contains(" | "))
        .then(|| (head.len(), tail.to_string()))
}

/// Items set apart by runs of spaces or tabs (`ميديا  ملفات  عالمي`): inline
/// menu links dumped side by side. Normalization folds the runs, so this
/// reads the raw line.
fn is_spaced_menu(raw: &str) -> bool {
    let raw = raw.trim();
    // (A searcher built once: this runs on every line.)
    static TWO_SPACES: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("  "));
    let gap = TWO_SPACES.find(raw.as_bytes()).is_some() || raw.contains('\t');
    if !gap || raw.len() > 400 {
        return false;
    }
    let pieces: Vec<&str> = spaced_items(raw).collect();
    // (`الأحد 20 مايو 2018     الطقس: الكويت 19°`: a day takes four words.)
    pieces.len() >= 3 && pieces.iter().all(|p| p.split_whitespace().count() <= 4)
}

/// Words holding a letter: figures, dates' digits and dashes do not count.
fn lettered_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(is_alphabetic))
        .count()
}

/// The items of a line spaced like a menu: what runs of two spaces or tabs part.
fn spaced_items(raw: &str) -> impl Iterator<Item = &str> {
    raw.split("  ")
        .flat_map(|p| p.split('\t'))
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// `الأحد 20 مايو 2018     الطقس: الكويت 19°     النسخة الورقية`: a
/// flattened header, one of whose spaced items is the date alone (a
/// weekday or a label beside it at most).
fn dated_item(line: &Line<'_>, item: &str) -> Option<Shape> {
    let item = line_text(item, LONG_LINE).text;
    let offset = line.text.find(&*item)?;
    let mut matches = find_dates(&item);
    let (first, last) = (matches.first()?, matches.last()?);
    if lettered_words(&item[..first.start]) + lettered_words(&item[last.end..]) > 3 {
        return None;
    }
    let label = date_label(&search_key(&item));
    if label == DateLabel::Account {
        return None;
    }
    for m in &mut matches {
        m.start += offset;
        m.end += offset;
    }
    Some(Shape::Date { label, matches })
}

/// `☾ في السماء أيضًا: …`, `من المدرج نفسه: …` (search key): a label of a
/// few words saying "also in …" or "from the same …" before its colon.
/// (Not `وأضاف أيضًا: …`, a quotation: the label opens with a pictograph,
/// `في` or `من`.)
fn also_label(key: &str) -> bool {
    let Some((label, rest)) = key.split_once(':') else {
        return false;
    };
    let pictograph = label.starts_with(|c: char| !is_alphanumeric(c));
    let words: Vec<&str> = label
        .trim_start_matches(|c: char| !is_alphanumeric(c))
        .split_whitespace()
        .collect();
    let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
        return false;
    };
    (2..=4).contains(&words.len())
        && rest.split_whitespace().nth(1).is_some()
        && ((last == "ايضا" && (pictograph || matches!(first, "في" | "من")))
            || (first == "من" && matches!(last, "نفسه" | "ذاته")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writers_by_handle_by_town_by_honorific_and_from_an_event() {
        assert_eq!(
            name_and_handle("عمرو ناصيف (@amr_sats)"),
            Some("عمرو ناصيف")
        );
        assert_eq!(name_and_handle("عمرو ناصيف @amr_sats"), Some("عمرو ناصيف"));
        assert_eq!(name_and_handle("تابعونا على @site_news الآن"), None);
        assert_eq!(
            correspondent_then_name("مراسلتنا في ماليه فاطمة نهى"),
            Some("فاطمة نهى")
        );
        assert_eq!(
            name_before_role("د. آمنة البلوشي، عضو الاتحاد العربي لعلوم الفضاء"),
            Some("آمنة البلوشي")
        );
        assert_eq!(
            name_before_role("الكابتن مازن شقير — محلل شؤون الطيران"),
            Some("مازن شقير")
        );
        assert_eq!(
            name_before_role("ريم السويدي، من مطار الملك خالد"),
            Some("ريم السويدي")
        );
        assert_eq!(name_before_role("محمد صلاح، من ليفربول إلى مدريد"), None);
    }

    #[test]
    fn also_labels_fillers_and_credits_in_other_scripts() {
        assert!(also_label(&search_key(
            "☾ في السماء أيضًا: إضراب يشل حركة القطارات"
        )));
        assert!(also_label(&search_key(
            "من المدرج نفسه: ماذا فعلت باربي؟ سؤال آخر"
        )));
        assert!(!also_label(&search_key(
            "وأضاف أيضًا: إن الحكومة ستعلن القرار"
        )));
        assert!(is_filler("\u{2800}"));
        assert!(is_filler(" \u{3164} "));
        assert!(!is_filler("\u{2800} نص"));
        let shape = |text: &str| read_lines(text, None).remove(0).shape;
        for text in [
            "جسر يربط العاصمة بالمطار / ފޮޓޯ: ޚަބަރު ފޮޓޯ",
            "قاعة امتحانات ◄ مصور البوابة",
            "طلاب في باحة معهد ديني (ภาพ: กองบรรณาธิการ)",
        ] {
            assert!(matches!(shape(text), Shape::Caption { .. }), "{text}");
        }
        assert!(matches!(
            shape("اقرأ كذلك ↩ افتتاح سوق السمك الجديد على الواجهة البحرية"),
            Shape::Menu
        ));
        assert!(matches!(
            shape("الخميس، 16 أغسطس 2018 — حالة البحر: هادئ مع رياح غربية 8 عقد"),
            Shape::Date { .. }
        ));
        // Wolof's "it was published" labels the date.
        assert!(matches!(
            shape("Siiwal nañu ko Talaata 10 Awril 2018, ci 20:01 GMT"),
            Shape::Date {
                label: DateLabel::Published,
                ..
            }
        ));
    }

    #[test]
    fn a_grant_line_under_an_investigation_is_a_credit_but_a_sentence_about_one_is_not() {
        let key = |text: &str| search_key(text);
        assert!(is_production_credit(&key(
            "أُنجز هذا التحقيق بدعم من شبكة أريج وبإشراف الزميلة فلانة."
        )));
        assert!(is_production_credit(&key(
            "أعد هذا التقرير بالتعاون مع مرصد البيانات."
        )));
        assert!(!is_production_credit(&key(
            "أنجز هذا الفريق عمله في ثلاثة أشهر بدعم من الوزارة."
        )));
        assert!(!is_production_credit(&key(
            "أنجز هذا التحقيق في ثلاثة أشهر."
        )));
    }

    #[test]
    fn a_credit_label_after_a_full_stop_or_a_photo_from_label_ends_a_caption() {
        assert_eq!(
            sentence_credit("عينات تربة في أنابيب اختبار. Credit: NASA/JPL-Caltech"),
            Some(("عينات تربة في أنابيب اختبار.", "NASA/JPL-Caltech"))
        );
        assert_eq!(
            sentence_credit("مقر المفوضية الأوروبية صورة من: Kay Nietfeld/dpa"),
            Some(("مقر المفوضية الأوروبية", "Kay Nietfeld/dpa"))
        );
        // Without a full stop a `Credit:` may be a sentence's word.
        assert_eq!(sentence_credit("قال إن الرقم Credit: غير صحيح"), None);
    }

    #[test]
    fn an_agency_slash_photographer_line_is_a_credit_but_a_path_or_date_is_not() {
        assert!(slash_credit("منظمة الصحة العالمية/كريستوفر بلاك").is_some());
        assert!(slash_credit("UN Photo/Mark Garten").is_some());
        assert!(slash_credit("أخبار / سياسة").is_none());
        assert!(slash_credit("الرئيسية/محليات").is_none());
        assert!(slash_credit("12/5/2018").is_none());
    }

    #[test]
    fn chapter_numbers_are_labels() {
        assert!(is_chapter_label(&search_key("الفصل الثاني")));
        assert!(is_chapter_label(&search_key("الجزء 3")));
        assert!(is_chapter_label("chapter 2"));
        assert!(!is_chapter_label(&search_key("الفصل الثاني من المسرحية")));
        assert!(!is_chapter_label(&search_key("الفصل الدراسي")));
    }

    #[test]
    fn an_escaped_quotation_mark_splits_no_listed_menu() {
        assert!(!is_listed_menu(
            "بالصور.. زائر لمتحف &#8220;بن علي&#8221; بأم الدوم"
        ));
        assert!(is_listed_menu("سياسة؛ اقتصاد؛ رياضة؛ ثقافة"));
    }

    #[test]
    fn labelled_readings_in_a_row_are_a_strip_but_a_quoted_headline_is_not() {
        assert!(is_label_strip(
            "حالة السماء الليلة: صافية ✦ التلوث الضوئي: 7 على مقياس بورتل"
        ));
        assert!(is_label_strip("الحرارة: 31° | الرطوبة: 60٪"));
        assert!(is_correction_notice(
            "تصحيح: عُدّل هذا المقال في 7 مارس 2018 لتصحيح رقم ورد فيه."
        ));
        assert!(is_correction_notice(
            "Correction: this story was updated on 7 March 2018."
        ));
        assert!(!is_correction_notice(
            "تصحيح المسار: الحكومة تعيد النظر في خطتها"
        ));
        // Angle brackets are a breadcrumb's arrows.
        assert!(is_menu("الرئيسية ⟩ ريادة الأعمال"));
        assert!(!is_label_strip("كيري: توصلنا لاتفاق مع روسيا على قرار دولي"));
        assert!(!is_label_strip("ترامب: لن نتراجع.. وبوتين: سنرد"));
        assert!(!is_label_strip("نشر في 10 أبريل 2018 الساعة 20:33"));
    }

    #[test]
    fn a_name_beside_its_paper_is_a_writer_but_a_caption_beside_its_credit_is_not() {
        assert_eq!(writer_beside_desk("ريم خليل – عكاظ"), Some("ريم خليل"));
        assert_eq!(
            writer_beside_desk("دانة الرشيدي | صحيفة الدانة"),
            Some("دانة الرشيدي")
        );
        assert_eq!(
            writer_beside_desk("مراسل القناة في بغداد – أحمد الزبيدي"),
            Some("أحمد الزبيدي")
        );
        // A caption and its credit, a site and its city, a place and a writer.
        assert_eq!(writer_beside_desk("مبنى مجلس النواب — AP Photo"), None);
        assert_eq!(writer_beside_desk("جانب من الجلسة – أرشيفية"), None);
        assert_eq!(writer_beside_desk("عين اليوم – مدريد"), None);
        assert_eq!(writer_beside_desk("الملك سلمان – واس"), None);
        assert_eq!(writer_beside_desk("جدة – ماجد اللحياني"), None);
        assert_eq!(writer_beside_desk("سوق الخضار | تصوير: فلان"), None);
    }

    #[test]
    fn writers_under_the_title_without_a_label() {
        let names = |t: &str| writers_under_title(t);
        // Two writers beside their desk's bar; a titled name and its trade.
        assert_eq!(
            names("ليان الحمصي وعمر الخطايبة | فريق الرصد").as_deref(),
            Some("ليان الحمصي وعمر الخطايبة")
        );
        assert_eq!(
            names("كابتن فيصل المري، طيار سابق").as_deref(),
            Some("فيصل المري")
        );
        assert_eq!(
            names("أدين بيغيتش / ليلى محمدوفيتش").as_deref(),
            Some("أدين بيغيتش / ليلى محمدوفيتش")
        );
        assert_eq!(
            names("لينا حمدان وسمير بوزيد").as_deref(),
            Some("لينا حمدان وسمير بوزيد")
        );
        assert_eq!(
            names("كريم الفارس وماجد العنزي – فريق التحرير").as_deref(),
            Some("كريم الفارس وماجد العنزي")
        );
        assert_eq!(
            names("تقرير أحمد شاه نوري من كابل").as_deref(),
            Some("أحمد شاه نوري")
        );
        assert_eq!(
            names("د. عماد الطراونة، عضو الاتحاد العربي لعلوم الفضاء").as_deref(),
            Some("عماد الطراونة")
        );
        assert_eq!(
            names("ذبيح الله صافي — ترجمه به عربی: فريدة كريمي").as_deref(),
            Some("ذبيح الله صافي")
        );
        // Captions, places and officials are no writers.
        assert_eq!(names("مبنى البلدية – أرشيف"), None);
        assert_eq!(names("الملك سلمان وولي العهد"), None);
        assert_eq!(names("سوق الخضار / تصوير: فلان"), None);
        assert_eq!(names("تقرير اللجنة من الداخل"), None);
        assert_eq!(names("جانب من الجلسة — تصوير: فلان"), None);
    }

    #[test]
    fn a_starred_name_is_a_columnist_and_a_trade_is_its_note() {
        assert_eq!(starred_name("سعاد بن حمودة*"), Some("سعاد بن حمودة"));
        assert_eq!(
            starred_name("د. هالة عبد الملك *"),
            Some("د. هالة عبد الملك")
        );
        assert_eq!(starred_name("سعاد*"), None);
        assert_eq!(starred_name("ارتفاع الأسعار 5%*"), None);
        let lines = read_lines(
            "* كاتب وأكاديمي عراقي\nكاتبة وصحافية لبنانية\nكاتب المقال قال إن الوضع صعب.\n",
            None,
        );
        let bio: Vec<bool> = lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(is_writer_bio)
            .collect();
        assert_eq!(bio, [true, true, false]);
    }

    #[test]
    fn clocks_stamp_tickers_not_headlines() {
        assert!(opens_with_clock("14:10 | أوباميانغ يسجل ثنائية"));
        assert!(opens_with_clock("٠٦:٠٥ | الجدل.. ضعف أم قوة"));
        assert!(!opens_with_clock("2018: عام الانتخابات"));
        assert!(!opens_with_clock("10 أسباب للقلق"));
    }

    #[test]
    fn durations_are_read_as_metadata() {
        // (Keys fold `ئ`: `دقائق` is looked up as `دقاءق`.)
        for text in [
            "مدة الاستماع: 8 دقائق",
            "4 دقائق",
            "⏱ 4 دقائق قراءة",
            "وقت القراءة 5 د",
            "2 min de leitura",
        ] {
            assert!(is_duration(&search_key(text)), "{text}");
        }
        for text in [
            "منذ 5 دقائق",
            "قال إن 5 وزراء استقالوا",
            "10 دقائق مع توفيق الربيعة",
        ] {
            assert!(!is_duration(&search_key(text)), "{text}");
        }
    }

    #[test]
    fn a_clock_before_the_date_is_its_time() {
        let text = "ورد في نشرة الساعة 04:28 (بتوقيت إسلام آباد) ليوم الخميس 3 مايو 2018";
        let date = find_dates(text)[0].clone();
        assert_eq!(lone_clock(text, date.start..date.end), Some((4, 28)));
        // After the date, or two of them: no guess.
        let after = "الخميس 3 مايو 2018 ‖ 11:54";
        let date = find_dates(after)[0].clone();
        assert_eq!(lone_clock(after, date.start..date.end), None);
        let two = "من 10:00 إلى 12:30 يوم 3 مايو 2018";
        let date = find_dates(two)[0].clone();
        assert_eq!(lone_clock(two, date.start..date.end), None);
    }

    #[test]
    fn a_role_before_a_colon_signs_the_name_after_it() {
        let names = |text: &str| match &read_lines(text, None)[0].shape {
            Shape::Byline { names } => Some(names.clone()),
            _ => None,
        };
        assert_eq!(
            names("مراسل الوكالة في العيون: محمد الأمين ولد سيدي").as_deref(),
            Some("محمد الأمين ولد سيدي")
        );
        assert_eq!(names("كاتب سعودي لمحسن العواجي: إلا «أبو متعب»"), None);
    }

    #[test]
    fn a_capture_credit_after_a_fraction_slash_is_a_caption() {
        assert_eq!(
            symbol_credit("تلسكوب في موقع رصد صحراوي ⁄ التقاط: فريق الرصد"),
            Some(("تلسكوب في موقع رصد صحراوي", "التقاط: فريق الرصد"))
        );
    }

    #[test]
    fn bylines_of_a_dash_a_pen_and_a_reports_label() {
        let shape = |text: &str| format!("{:?}", read_lines(text, None)[0].shape);
        for (text, names) in [
            ("كتب - أحمد عبد الحميد", "أحمد عبد الحميد"),
            (
                "كتب - محمود الشناوي وأحمد عبد الحميد",
                "محمود الشناوي وأحمد عبد الحميد",
            ),
            ("✒ يوسف الكندي · سالم الحوسني", "يوسف الكندي · سالم الحوسني"),
            ("تقرير: شيخة المري — محرر الشؤون البحرية", "شيخة المري"),
            ("Layla Fawaz, Staff Writer", "Layla Fawaz"),
            ("رشيد قاسمي ـ مكتب وهران", "رشيد قاسمي"),
            (
                "زينب الموسوي – مراسلة شبكة الفرات الأوسط الإخبارية في النجف",
                "زينب الموسوي",
            ),
        ] {
            assert_eq!(
                shape(text),
                format!(
                    "{:?}",
                    Shape::Byline {
                        names: names.into()
                    }
                ),
                "{text}"
            );
        }
        // A report's headline is no byline.
        assert!(!shape("تقرير: إسرائيل تخطط لضرب إيران").starts_with("Byline"));
    }

    #[test]
    fn a_byline_label_over_a_name_joins_it() {
        let lines = [(1, "   الكاتب:"), (2, "   هيوا كريم"), (3, "")];
        assert_eq!(labelled_byline(&lines), Some(1));
        let prose = [(1, "الكاتب:"), (2, "قال الوزير إن الاتفاق قريب.")];
        assert_eq!(labelled_byline(&prose), None);
        // A definition list's term over its value: no colon.
        let term = [(1, "إعداد"), (2, "أحمد سالم ود. نبيل العكرمي")];
        assert_eq!(labelled_byline(&term), Some(1));
        let headline = [
            (1, "الكاتب"),
            (2, "الكاتب والروائي يفوز بجائزة الرواية العربية لهذا العام"),
        ];
        assert_eq!(labelled_byline(&headline), None);
    }

    #[test]
    fn match_cards_and_result_strips_are_scores_but_a_headline_with_figures_is_not() {
        assert!(is_match_score("الفجر 1 - 1 الوحدة الساحلية"));
        assert!(is_match_score("⚽ الشعلة 0 - 1 الوحدة الساحلية"));
        assert!(is_match_score(
            "نتائج الأمس: الفجر 0-2 السهم | الرواد 1-1 الأمل | النسور 3-0 الكواكب"
        ));
        assert!(!is_match_score("الأهلي يفوز على الزمالك 2-1 في نهائي الكأس"));
        assert!(!is_match_score("الدولار يرتفع 3 - 4 بالمئة"));
        assert!(!is_match_score("مقتل 3 - 5 أشخاص في حادث سير"));
    }

    #[test]
    fn a_breadcrumb_ending_in_a_cut_title_is_a_crumb() {
        assert!(is_cut_crumb(
            "Accueil / العالم العربي / بومبيو إلى بيونغيانع للقاء ..."
        ));
        assert!(is_cut_crumb("الرئيسية › رياضة › الأهلي يتعاقد مع…"));
        assert!(!is_cut_crumb(
            "الرئيسية › رياضة › الأهلي يتعاقد مع مدرب جديد"
        ));
        assert!(!is_cut_crumb("ماذا بعد؟ / قراءة في المشهد / ..."));
    }

    #[test]
    fn a_headline_broken_in_two_is_one_but_a_masthead_or_a_byline_is_not() {
        let pair = |a: &'static str, b: &'static str| [(1, a), (2, b), (3, "")];
        let broken = pair(
            "البلدية تطلق خطة لإعادة تأهيل",
            "السوق القديم قبل نهاية العام",
        );
        assert!(is_broken_headline(&broken, Bullets::Items));
        let masthead = pair("جريدة الونشريس", "يومية جزائرية مستقلة");
        assert!(!is_broken_headline(&masthead, Bullets::Items));
        let labelled = pair("العنوان الرئيسي", "البلدية تطلق خطة لإعادة تأهيل السوق");
        assert!(!is_broken_headline(&labelled, Bullets::Items));
        let signed = pair(
            "البلدية تطلق خطة لإعادة تأهيل السوق",
            "الخرطوم - هالة عبد الرحيم",
        );
        assert!(!is_broken_headline(&signed, Bullets::Items));
        let sentence = pair(
            "تعهد زعماء مجموعة السبع محاربة",
            "الحمائية وتخفيف الحواجز التجارية.",
        );
        assert!(!is_broken_headline(&sentence, Bullets::Items));
        // Three lines in a row are a block of their own kind.
        let three = [
            (1, "البلدية تطلق خطة"),
            (2, "لإعادة تأهيل السوق"),
            (3, "قبل نهاية العام"),
        ];
        assert!(!is_broken_headline(&three, Bullets::Items));
    }

    #[test]
    fn a_page_break_puts_the_pages_head_and_foot_after_the_paragraph_it_cut() {
        let physical = vec![
            (1, "وقال مدير التخطيط إن الخطة تشمل"),
            (2, ""),
            (3, "«التفاصيل ص 6»"),
            (4, "— 4 —"),
            (5, "\u{c}النهار — العدد (4410) — الأحد 14 أكتوبر 2018"),
            (6, "تتمة: البلدية تطلق خطة ..."),
            (7, "ترميم الواجهات الحجرية."),
            (8, ""),
            (9, "فقرة أخرى."),
        ];
        let lines: Vec<usize> = without_page_breaks(physical)
            .iter()
            .map(|&(no, _)| no)
            .collect();
        // The paragraph runs on from line 1 to line 7; the page's furniture
        // follows, each piece on its own.
        assert_eq!(lines[..2], [1, 7]);
        let texts: Vec<&str> = without_page_breaks(vec![(1, "نص"), (2, "\u{c}")])
            .iter()
            .map(|&(_, raw)| raw)
            .collect();
        assert_eq!(texts, ["نص"]);
    }
}
