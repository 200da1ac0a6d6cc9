//! The passes that give every dump line a class, and the record built from them.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use memchr::memmem::Finder;

use ghirbal_arabic::agencies::{
    agency_code, find_agencies, may_open_with_agency, parse_dateline, split_sources,
};
use ghirbal_arabic::dates::{find_relative_days, Calendar, DateMatch, RelativeDay};
use ghirbal_arabic::keys::key_words_iter;
use ghirbal_arabic::script::{is_alphabetic, is_alphanumeric, is_numeric};
use ghirbal_arabic::search_key;
use ghirbal_record::{record_id, Article, Block, BlockKind, Image, SourceFormat};

use crate::hash::BuildKeyHasher;
use crate::lexicon;
use crate::limits::{Clock, LimitExceeded};

use super::lines::{
    dated_at_place, dated_label_len, has_clock, is_chapter_label, is_figure_strip, is_label_strip,
    is_labelled_figure, is_masthead_role, is_match_score, is_pictograph_box, is_production_credit,
    is_writer_bio, letters_and_spaces, names_an_original, only_says_dated, opens_with_clock,
    opens_with_pictograph, opens_with_trade, read_lines, signed_at, starred_name,
    strip_credit_label, without_role_before_name, writers_under_title, DateLabel, Line, Mark,
    Shape,
};
use super::{Extraction, LineClass, LineExplanation, Options};

/// A class and the reason for it; `of` names a related line (the one repeated).
#[derive(Debug, Clone, Copy)]
struct Verdict {
    class: LineClass,
    reason: &'static str,
    of: Option<usize>,
}

/// Extracts the article from a text dump. `input` is the label that goes
/// into the record (`path` or `path#N`).
pub fn extract_dump(input: &str, text: &str, options: &Options) -> Extraction {
    match extract(input, text, options, Clock::unlimited()) {
        Ok(extraction) => extraction,
        Err(never) => unreachable!("an unlimited clock ran out: {never}"),
    }
}

/// [`extract_dump`] under `options.time_limit`: past it, the dump fails.
pub fn try_extract_dump(
    input: &str,
    text: &str,
    options: &Options,
) -> Result<Extraction, LimitExceeded> {
    extract(input, text, options, Clock::start(options.time_limit))
}

fn extract(
    input: &str,
    text: &str,
    options: &Options,
    clock: Clock,
) -> Result<Extraction, LimitExceeded> {
    let text_read = super::links::without_link_numbers(text);
    let lines = read_lines(&text_read, options.furniture.as_deref());
    clock.check()?;
    let mut pass = Passes::new(&lines);
    pass.run(&clock)?;
    let article = pass.assemble(input, text);
    let explain = if options.explain {
        pass.explain()
    } else {
        Vec::new()
    };
    Ok(Extraction { article, explain })
}

struct Passes<'a> {
    lines: &'a [Line<'a>],
    verdicts: Vec<Option<Verdict>>,
    /// For each line, the first earlier line with the same search key.
    first_of: Vec<Option<usize>>,
    arabic_page: bool,
    title: Option<usize>,
    /// Keys of caption texts, to recognise their alt-text repeats.
    caption_keys: HashSet<String, BuildKeyHasher>,
    /// The site name from a `TITLE | SITE` tab title.
    site: Option<String>,
    /// Lines that are the title with a site suffix (`TITLE - SITE`).
    title_variants: Vec<usize>,
    /// Where the headline starts in the title line when a label precedes it
    /// (`العنوان الرئيسي: TITLE`).
    title_after_label: Option<usize>,
    /// The day of the desk's signature under the body, if it signs one.
    signature_day: Option<String>,
    /// Writers named beside their paper under the title (line, name): the
    /// line's shape alone does not make it a byline.
    writers_beside_desk: Vec<(usize, String)>,
}

impl<'a> Passes<'a> {
    fn new(lines: &'a [Line]) -> Self {
        let mut seen: HashMap<&str, usize, BuildKeyHasher> =
            HashMap::with_capacity_and_hasher(lines.len(), BuildKeyHasher::default());
        let first_of = lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                if line.is_blank() {
                    return None;
                }
                match seen.get(line.match_key()) {
                    Some(&j) => Some(j),
                    None => {
                        seen.insert(line.match_key(), i);
                        None
                    }
                }
            })
            .collect();
        let (arabic, latin) = lines.iter().fold((0, 0), |(a, l), line| {
            (
                a + line.counts.arabic_letters,
                l + line.counts.latin_letters,
            )
        });
        Passes {
            lines,
            verdicts: vec![None; lines.len()],
            first_of,
            arabic_page: arabic >= latin,
            title: None,
            writers_beside_desk: Vec::new(),
            caption_keys: HashSet::default(),
            site: None,
            title_variants: Vec::new(),
            title_after_label: None,
            signature_day: None,
        }
    }

    fn set(&mut self, i: usize, class: LineClass, reason: &'static str) {
        self.verdicts[i] = Some(Verdict {
            class,
            reason,
            of: None,
        });
    }

    fn set_of(&mut self, i: usize, class: LineClass, reason: &'static str, of: usize) {
        self.verdicts[i] = Some(Verdict {
            class,
            reason,
            of: Some(of),
        });
    }

    fn class(&self, i: usize) -> Option<LineClass> {
        self.verdicts[i].map(|v| v.class)
    }

    /// A sentence standing alone over `— فلان` (a dash and a few words),
    /// with the story going on under them: a pull quote and its speaker,
    /// set beside the story.
    fn attributed_quote(&self, i: usize) -> bool {
        let line = &self.lines[i];
        let Some(speaker) = self.lines.get(i + 1) else {
            return false;
        };
        line.words <= 30
            && (i == 0 || self.lines[i - 1].is_blank())
            && speaker.text.trim_start().starts_with(['—', '–'])
            && (1..=6).contains(&speaker.words)
            && self.lines.get(i + 2).is_none_or(|l| l.is_blank())
            // (A reading tip may stand between it and the story's next paragraph.)
            && self.prose_follows(i + 1, 4)
    }

    /// Whether the line right under `i` is a photo credit alone
    /// (`صورة: أرشيف`): `i` is then the picture's caption.
    fn over_its_credit(&self, i: usize) -> bool {
        self.lines
            .get(i + 1)
            .is_some_and(|n| matches!(n.shape, Shape::Credit { .. }))
    }

    /// Whether a story paragraph (prose of a dozen words or more) comes
    /// within the `n` non-blank lines after line `i`.
    fn prose_follows(&self, i: usize, n: usize) -> bool {
        (i + 1..self.lines.len())
            .filter(|&j| !self.lines[j].is_blank())
            .take(n)
            .any(|j| self.lines[j].is_prose() && self.lines[j].words >= 12)
    }

    /// A byline line whose label names a hand other than the writer's
    /// (data, drawings, editing) in a block of credits that also names the
    /// writer.
    fn contributor_credit(&self, i: usize) -> bool {
        const CONTRIBUTOR: [&str; 16] = [
            "تحرير",
            "بيانات",
            "تحليل البيانات",
            "رسوم",
            "الرسوم",
            "رسوم بيانيه",
            "تصميم",
            "اشراف",
            "مونتاج",
            "تدقيق",
            "جرافيك",
            "انفوجراف",
            "خراءط",
            "انتاج",
            "ترجمه",
            "مراجعه",
        ];
        let label = |j: usize| {
            let key = &self.lines[j].key;
            key.split_once(':').map(|(label, _)| label.trim())
        };
        let is_contributor = |j: usize| label(j).is_some_and(|l| CONTRIBUTOR.contains(&l));
        if !is_contributor(i) {
            return false;
        }
        let block_start = (0..i)
            .rev()
            .find(|&j| self.lines[j].is_blank())
            .map_or(0, |j| j + 1);
        let block_end = (i..self.lines.len())
            .find(|&j| self.lines[j].is_blank())
            .unwrap_or(self.lines.len());
        (block_start..block_end).any(|j| {
            j != i
                && self.class(j) == Some(LineClass::Byline)
                && label(j).is_some()
                && !is_contributor(j)
        })
    }

    fn next_nonblank(&self, i: usize) -> Option<usize> {
        (i + 1..self.lines.len()).find(|&j| !self.lines[j].is_blank())
    }

    /// Whether a publication date, or a bare one, sits among the few lines
    /// under the title: the story's own date, below a stamp over the title
    /// that is then the masthead's clock. (An update's date leaves the stamp
    /// the publication.)
    fn dated_under(&self, title: usize) -> bool {
        self.lines[title + 1..]
            .iter()
            .filter(|l| !l.is_blank())
            .take(6)
            .any(|l| {
                matches!(
                    l.shape,
                    Shape::Date {
                        label: DateLabel::Published | DateLabel::None,
                        ..
                    }
                )
            })
    }

    /// `د. هالة عبد الملك` over `كاتبة وصحافية لبنانية`: a columnist's
    /// name over their trade. Returns the name without its honorific.
    fn name_over_trade(&self, i: usize) -> Option<String> {
        let line = &self.lines[i];
        let plain = (2..=5).contains(&line.words)
            && line.counts.digits == 0
            && line
                .text
                .chars()
                .all(|c| is_alphabetic(c) || c == ' ' || c == '.');
        // (`محللة أسواق الطاقة: فلانة` under a kicker names the writer itself.)
        let trade_under = self.next_nonblank(i).is_some_and(|j| {
            is_writer_bio(&self.lines[j]) && !self.lines[j].text.contains([':', '：'])
        });
        if !plain || !trade_under {
            return None;
        }
        let name = line.text.trim();
        let name = name
            .split_once(". ")
            .filter(|(honorific, _)| honorific.chars().count() <= 2)
            .map_or(name, |(_, rest)| rest);
        Some(name.to_string())
    }

    fn prev_nonblank(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| !self.lines[j].is_blank())
    }

    fn run(&mut self, clock: &Clock) -> Result<(), LimitExceeded> {
        for (i, line) in self.lines.iter().enumerate() {
            if line.is_blank() {
                self.verdicts[i] = Some(Verdict {
                    class: LineClass::Blank,
                    reason: "",
                    of: None,
                });
            }
        }
        clock.check()?;
        self.find_title();
        clock.check()?;
        self.classify_head();
        clock.check()?;
        self.classify_rest();
        clock.check()?;
        self.widget_blocks();
        clock.check()?;
        self.close_body();
        self.boxes_in_body();
        clock.check()?;
        self.find_summary();
        clock.check()?;
        self.mark_repeats();
        clock.check()?;
        self.date_lines_against_body();
        if let Some((i, day)) = self.signature() {
            self.set(
                i,
                LineClass::Chrome,
                "signature under the body: desk, place and day",
            );
            self.signature_day = Some(day);
        }
        clock.check()
    }

    /// The title is the strongest headline before the first sentence:
    /// repeated (heading and alt/meta text both dumped) and long beats short.
    fn find_title(&mut self) {
        if let Some((title, subject)) = self.mail_subject_title() {
            self.title = Some(title);
            self.title_variants = vec![subject];
            self.set(
                title,
                LineClass::Title,
                "the headline the mail's Subject names",
            );
            return;
        }
        let in_menu = self.menu_blocks();
        let first_prose = self.title_search_end(&in_menu);
        if let Some((title, after_label)) = self.labelled_title(first_prose) {
            self.title = Some(title);
            self.title_after_label = after_label;
            self.set(title, LineClass::Title, "the headline a title label names");
            return;
        }
        // How often each title key occurs: a heading dumped twice (h1 and
        // alt or meta text), or a tab title `TITLE | SITE` above the h1.
        let mut occurrences: HashMap<&str, usize, BuildKeyHasher> =
            HashMap::with_capacity_and_hasher(self.lines.len(), BuildKeyHasher::default());
        for line in self.lines.iter().filter(|l| !l.is_blank()) {
            *occurrences.entry(line.title_key()).or_default() += 1;
        }
        // Headlines listed under `ذات صلة` / `اقرأ أيضا` are other stories.
        let mut under_label = vec![false; self.lines.len()];
        let mut listing = false;
        for (i, line) in self.lines.iter().enumerate() {
            if matches!(line.mark, Some(Mark::Heading(_))) {
                // A Markdown heading starts a section of its own.
                listing = matches!(line.shape, Shape::RelatedLabel);
                continue;
            }
            match line.shape {
                Shape::RelatedLabel => listing = true,
                Shape::Blank => {}
                _ if line.is_prose() => listing = false,
                // A date, a menu or a byline is no headline: the list is over.
                Shape::Text
                | Shape::Quote { .. }
                | Shape::ListItem { .. }
                | Shape::Place { .. } => under_label[i] = listing,
                _ => listing = false,
            }
        }
        // `TITLE - SITE` beside `TITLE`: the same title with a site name.
        let variants = self.suffixed_variants(first_prose);
        // Pages run masthead, date widget, menu, then the title: with a
        // headline below the last menu, nothing above that menu is one.
        // Only the page's head counts: menus before any sentence at all.
        // (`عاجل ◄ …` is a ticker's label and its headlines, not a sentence.)
        let head_end = self
            .lines
            .iter()
            .position(|line| line.is_prose() && !opens_with_ticker_label(line))
            .unwrap_or(first_prose)
            .min(first_prose);
        // Learnt furniture sits anywhere in the head (a reading-time line
        // under the title): only a menu of its own bars. (Nor a note on
        // how the story was made, under its title.)
        let is_menu = |i: usize| {
            let line = &self.lines[i];
            in_menu[i]
                || (matches!(line.shape, Shape::Menu)
                    && !line.furniture
                    && !is_production_credit(&line.key))
        };
        let menu_above = (0..head_end).rev().find(|&i| is_menu(i));
        let barrier = menu_above.filter(|&b| {
            (b + 1..head_end).any(|i| {
                let line = &self.lines[i];
                matches!(line.shape, Shape::Text)
                        && line.is_headline()
                        && line.words >= 3
                        && !under_label[i]
                        // (A caption over its credit line is the picture's.)
                        && !self.over_its_credit(i)
            })
        });
        // The copyright line names the site: a headline it holds is the
        // masthead (`المكتب الإعلامي لإمارة الساحل` over the page).
        let footers: Vec<&str> = self
            .lines
            .iter()
            .filter(|l| matches!(l.shape, Shape::Footer))
            .map(|l| l.key.as_str())
            .collect();
        // The masthead's lines over its `رئيس التحرير: فلان` (paper, motto,
        // issue) name the paper, however its tab title repeats it.
        let mut masthead = vec![false; first_prose];
        for block in self.blocks() {
            let block = block.start..block.end.min(first_prose);
            if let Some(role) = block
                .clone()
                .rev()
                .find(|&i| is_masthead_role(&self.lines[i]))
            {
                masthead[block.start..role].fill(true);
            }
        }
        let pick = |barrier: Option<usize>, single: bool| {
            let mut best: Option<(usize, i64)> = None;
            for (i, line) in self.lines[..first_prose].iter().enumerate() {
                // A headline may be printed in quotation marks.
                let quoted = matches!(line.shape, Shape::Quote { .. }) && line.words <= 22;
                let shape_ok = quoted || matches!(line.shape, Shape::Text | Shape::Place { .. });
                // A heading the dump marks as the page's first stands above any menu.
                let marked_title = line.mark == Some(Mark::Heading(1));
                // `«…»` over `غرّد هذا الاقتباس`: a pull quote and its share link.
                let pull_quote = quoted && self.lines.get(i + 1).is_some_and(|n| n.is_ui_word());
                if !shape_ok
                    || pull_quote
                    || (barrier.is_some_and(|b| i < b) && !marked_title)
                    || line.mark == Some(Mark::Image)
                    || under_label[i]
                    || masthead[i]
                    || variants.iter().any(|&(variant, _)| variant == i)
                    || !(line.is_headline() || quoted)
                    || (is_widget_text(line) && !marked_title)
                    || opens_with_label(line)
                    || is_lede_label(&line.key)
                    || opens_with_clock(&line.text)
                    // `الرحلات الواصلة اليوم: 184`: a counter, not a headline.
                    || (line.counts.digits > 0 && is_labelled_figure(&line.text, 1))
                    || (line.counts.digits > 1 && is_figure_strip(&line.text))
                    || is_label_strip(&line.text)
                    || (line.counts.digits > 1 && is_match_score(&line.text))
                    || opens_with_latest_label(line)
                    || is_promo(line)
                    || never_a_title(line)
                    || is_service_box(line)
                    || is_picture_placeholder(&line.key)
                    // `فلان @handle · 22 مارس`: a post's head.
                    || has_handle(&line.text)
                    // `الأكثر بحثًا: #كأس_العالم #غزة`: trending tags.
                    || mostly_hashtags(line)
                    || credited_after_bar(line)
                    || line.is_ui_word()
                    || (self.arabic_page && line.is_latin_only())
                    || looks_like_name(line)
                    || names_two_writers(&line.text)
                {
                    continue;
                }
                let repeated = occurrences.get(line.title_key()).copied().unwrap_or(0) > 1
                    || variants.iter().any(|&(_, base)| base == i);
                // One-word lines are site names and sections unless repeated,
                // or named by the breadcrumb over them as the page itself
                // (`الرئيسية ‹ الخليج ‹ فواصل` over a column's `فواصل`).
                let crumbed = line.words == 1 && self.ends_breadcrumb_above(i);
                if line.words < 2 && !repeated && !crumbed && !single {
                    continue;
                }
                // Titles stand alone; menus come as blocks of short lines; a
                // `place: writer` line can also be a `topic: news` headline.
                let mut score = line.words.min(16) as i64;
                if repeated {
                    score += 12;
                }
                if in_menu[i] {
                    score -= 8;
                }
                if crumbed {
                    score += 2;
                }
                if matches!(line.shape, Shape::Place { .. }) {
                    score -= 3;
                }
                // Over its own credit line (`صورة: أرشيف`): a picture's caption.
                if dash_credit(line).is_some() || self.over_its_credit(i) {
                    score -= 6;
                }
                // A byline right under it: the story's head. (Not a date line:
                // the author's name stands over one as often.)
                let signed = self.next_nonblank(i).is_some_and(|j| {
                    matches!(self.lines[j].shape, Shape::Byline { .. })
                        || starred_name(&self.lines[j].text).is_some()
                });
                if signed {
                    score += 4;
                }
                if line.words >= 2 && footers.iter().any(|f| f.contains(line.title_key())) {
                    score -= 10;
                }
                // The writer said so: `# TITLE` in a Markdown dump.
                if line.mark == Some(Mark::Heading(1)) {
                    score += 20;
                }
                if best.is_none_or(|(_, s)| score > s) {
                    best = Some((i, score));
                }
            }
            best
        };
        // Under the page's head, a long headline reads as prose by its
        // length alone; it has no full stop, and a longer paragraph follows.
        // (A question mark ends headlines as often as sentences.)
        let long_headline = |line: &Line<'_>| {
            line.words <= 30
                && !line.terminal_period()
                && (!line.terminal || asks(line))
                && matches!(line.shape, Shape::Text | Shape::Place { .. })
                && !opens_with_label(line)
                && !is_widget_text(line)
                && !never_a_title(line)
        };
        let next_longer = |i: usize| {
            self.next_nonblank(i).is_some_and(|j| {
                self.lines[j].is_prose() && self.lines[j].words > self.lines[i].words
            })
        };
        // Nothing under the last menu reads as a headline but the first
        // prose, a long headline: the masthead's motto above the menu is no
        // title.
        // (Right under the menu: a lede's label, `باختصار:`, is no menu.)
        let headline_under_menu = barrier.is_none()
            && first_prose < self.lines.len()
            && menu_above.is_some_and(|b| {
                self.prev_nonblank(first_prose) == Some(b)
                    && !self.lines[b].text.trim_end().ends_with([':', '：'])
            })
            && !opens_with_lede_label(&self.lines[first_prose])
            && long_headline(&self.lines[first_prose])
            && next_longer(first_prose);
        // The barrier guesses where the page's head ends; when nothing
        // below it can be the title, the guess was wrong (a share bar under
        // the headline, not a menu over it).
        let mut best = if headline_under_menu {
            Some((first_prose, 0))
        } else {
            // (Then the menu before it: the line taken for the last menu
            // may be the story's own, a byline with a dot, under the title.)
            let earlier = barrier.and_then(|b| (0..b).rev().find(|&i| is_menu(i)));
            pick(barrier, false)
                .or_else(|| earlier.and_then(|e| pick(Some(e), false)))
                .or_else(|| barrier.and_then(|_| pick(None, false)))
                // No headline of two words or more: a column's one-word
                // name (`فواصل`) over its bulleted items is its title.
                .or_else(|| pick(barrier, true))
        };
        // (A weak candidate counts as none: a festival's name that the
        // footer repeats over a long headline that asks.)
        if best.is_none_or(|(_, score)| score <= 0) && first_prose < self.lines.len() {
            // No headline at all: a dump that opens with a short sentence
            // standing alone above longer text is using it as the title.
            let line = &self.lines[first_prose];
            // (A player's or a share bar's short line may stand between.)
            let longer_prose_follows = || {
                let mut j = first_prose;
                for _ in 0..4 {
                    let Some(next) = self.next_nonblank(j) else {
                        return false;
                    };
                    let next_line = &self.lines[next];
                    if next_line.is_prose() {
                        return next_line.words > line.words;
                    }
                    if next_line.words > 8 {
                        return false;
                    }
                    j = next;
                }
                false
            };
            if (next_longer(first_prose) && line.words <= 20 && first_prose == self.first_content())
                || (long_headline(line) && longer_prose_follows())
            {
                best = Some((first_prose, 0));
            }
        }
        // A long headline reads as prose by its length alone; printed twice
        // (the page's heading, then its share card) with nothing but
        // furniture between, the repeat says it is the title.
        // (Only over a weak candidate: a masthead the footer names, a section.)
        if first_prose < self.lines.len() && best.is_none_or(|(_, score)| score <= 2) {
            let line = &self.lines[first_prose];
            let repeat = (first_prose + 1..self.lines.len())
                .find(|&j| self.lines[j].is_prose())
                .is_some_and(|j| self.lines[j].title_key() == line.title_key());
            if repeat
                && line.words <= 30
                && !line.terminal
                && matches!(line.shape, Shape::Text)
                && !opens_with_label(line)
            {
                best = Some((first_prose, 0));
            }
        }
        let Some((mut best, _)) = best else { return };
        // A kicker (`وجهة نظر`, `أمن وقضاء`) over a headline that asks: the
        // question is the title, though it reads as a sentence.
        if self.lines[best].words <= 2
            && occurrences.get(self.lines[best].title_key()).copied() == Some(1)
        {
            if let Some(j) = self.next_nonblank(best) {
                let line = &self.lines[j];
                // Not `!`: a lede's first sentence exclaims as often.
                if asks(line)
                    && matches!(line.shape, Shape::Text)
                    && (3..=22).contains(&line.words)
                    && !under_label[j]
                    && !opens_with_label(line)
                {
                    best = j;
                }
            }
        }
        // A title with its subtitle (deck) under it: the longer deck must not
        // win the title over the headline above it.
        // (A headline the tab title repeats is the title, whatever stands over it.)
        let tab_repeats = variants.iter().any(|&(_, base)| base == best);
        if occurrences
            .get(self.lines[best].title_key())
            .copied()
            .unwrap_or(0)
            < 2
            && !tab_repeats
        {
            if let Some(prev) = self.prev_nonblank(best) {
                let line = &self.lines[prev];
                let headline = matches!(line.shape, Shape::Text)
                    && line.is_headline()
                    && line.words >= 4
                    && line.words < self.lines[best].words
                    && !line.text.contains(['»', '>', '|', '/', '›'])
                    && !in_menu[prev]
                    && !line.is_ui_word()
                    && !looks_like_name(line)
                    && !is_widget_text(line)
                    && !opens_with_label(line)
                    && !is_label_strip(&line.text)
                    && !is_service_box(line)
                    && !never_a_title(line)
                    && !footers.iter().any(|f| shares_bigram(&line.key, f));
                if headline {
                    best = prev;
                }
            }
        }
        // Of a title's occurrences, the one without a site suffix is the
        // heading itself; the others are its tab title and repeats.
        let key = self.lines[best].title_key();
        let title = (0..first_prose.max(best + 1))
            .find(|&i| self.lines[i].title_key() == key && self.lines[i].bar.is_none())
            .unwrap_or(best);
        self.title = Some(title);
        self.title_variants = variants
            .iter()
            .filter(|&&(_, base)| self.lines[base].title_key() == self.lines[title].title_key())
            .map(|&(variant, _)| variant)
            .collect();
        self.set(
            title,
            LineClass::Title,
            "strongest headline before the first paragraph",
        );
        if let Some((_, site)) = &self.lines[best].bar {
            if !site.is_empty() {
                self.site = Some(site.clone());
            }
        }
    }

    /// Whether a breadcrumb (`… ‹ الخليج ‹ فواصل`) within the two lines
    /// above ends with line `i`'s words.
    fn ends_breadcrumb_above(&self, i: usize) -> bool {
        let key = self.lines[i].title_key();
        let mut j = i;
        (0..2).any(|_| {
            let Some(p) = self.prev_nonblank(j) else {
                return false;
            };
            j = p;
            let above = &self.lines[p];
            above.text.contains(['‹', '›', '»', '⟩', '⟨', '>'])
                && above
                    .key
                    .rsplit(['‹', '›', '»', '⟩', '⟨', '>'])
                    .next()
                    .is_some_and(|last| !key.is_empty() && last.trim() == key)
        })
    }

    /// A mailed newsletter names its story in the `Subject:` header, often
    /// after the list's name (`Subject: نشرة الصباح | TITLE`); the line that
    /// repeats it below is the title, however the greeting above reads.
    /// Returns (title, subject) line numbers.
    fn mail_subject_title(&self) -> Option<(usize, usize)> {
        const HEADERS: [&str; 12] = [
            "from",
            "to",
            "cc",
            "date",
            "subject",
            "reply-to",
            "sent",
            "من",
            "الى",
            "التاريخ",
            "الموضوع",
            "المرسل",
        ];
        let header_name = |i: usize| {
            let key = &self.lines.get(i)?.key;
            let (name, value) = key.split_once(':')?;
            let name = name.trim();
            (HEADERS.contains(&name) && !value.trim().is_empty()).then_some(name)
        };
        let subject = (0..self.lines.len().min(12))
            .find(|&i| matches!(header_name(i), Some("subject" | "الموضوع")))?;
        let in_header_block = subject
            .checked_sub(1)
            .into_iter()
            .chain([subject + 1])
            .any(|j| header_name(j).is_some());
        if !in_header_block {
            return None;
        }
        let value = self.lines[subject].key.split_once(':')?.1.trim();
        // Less a `Re:`/`Fwd:` mark, then less the list's name before a bar.
        let value = without_reply_marks(value);
        let mut wanted = vec![value];
        for separator in ['|', '—', '–', '-', ':'] {
            if let Some((list, story)) = value.split_once(separator) {
                let list_words = list.split_whitespace().count();
                if (1..=6).contains(&list_words) && !story.trim().is_empty() {
                    wanted.push(story.trim());
                }
            }
        }
        let title = (subject + 1..self.lines.len()).find(|&j| {
            let line = &self.lines[j];
            line.words >= 2 && header_name(j).is_none() && wanted.contains(&line.key.as_str())
        })?;
        Some((title, subject))
    }

    /// `العنوان │ TITLE` in an archive's record table over the page, or
    /// `العنوان الرئيسي` alone over the headline in an editor's form: the page
    /// naming its title: the line that repeats the label's value, else the
    /// label's line, whose headline starts at the returned offset. A bare
    /// `العنوان` also labels an address (`العنوان: شارع …، 12`): its value is
    /// taken alone only without figures or commas.
    fn labelled_title(&self, end: usize) -> Option<(usize, Option<usize>)> {
        const SEPARATORS: [char; 8] = [':', '：', '│', '|', '-', '—', '–', '='];
        let headline = |j: usize| {
            let line = &self.lines[j];
            line.words >= 2 && line.is_headline() && !opens_with_label(line)
        };
        (0..end.min(self.lines.len()).min(80)).find_map(|i| {
            let line = &self.lines[i];
            if line.words > 30 {
                return None;
            }
            let key = line.key.as_str();
            let len = lexicon::starts_with_label(key, lexicon::TITLE)?;
            let value = key[len..]
                .trim_start_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c));
            if value.len() + 1 >= key[len..].len() && !value.is_empty() {
                // No separator: `العنوان الجديد للشركة` is a phrase.
                return None;
            }
            if value.is_empty() {
                return self
                    .next_nonblank(i)
                    .filter(|&j| j < end && headline(j))
                    .map(|j| (j, None));
            }
            if let Some(j) =
                (0..end).find(|&j| j != i && self.lines[j].title_key() == value && headline(j))
            {
                return Some((j, None));
            }
            let text = &line.text;
            let start = text.find(SEPARATORS)?;
            let start = start + text[start..].chars().next()?.len_utf8();
            let headline = text[start..]
                .trim_start_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c));
            let address_like = &key[..len] == "العنوان"
                && headline.contains(|c: char| is_numeric(c) || c == '،' || c == ',');
            (headline.split_whitespace().count() >= 3 && !address_like)
                .then(|| (i, Some(text.len() - headline.len())))
        })
    }

    /// True when line `i` repeats the title, with or without a site suffix.
    fn repeats_title(&self, i: usize) -> bool {
        // Quoted or not (`«TITLE»` on a share card).
        let bare = |key: &'a str| key.trim_matches(|c: char| !is_alphanumeric(c));
        self.title_variants.contains(&i)
            || self.title.is_some_and(|t| {
                t != i && {
                    let (title, line) = (self.lines[t].title_key(), self.lines[i].title_key());
                    let quoted = |k: &str| k.starts_with(['«', '"', '“', '\'', '(']);
                    title == line
                        || ((quoted(line) || quoted(title))
                            && line.len().abs_diff(title.len()) <= 8
                            && bare(title) == bare(line))
                }
            })
    }

    /// `شارك على لينكدإن: TITLE`, `⚓ تقرأ الآن: TITLE`: the title inside a
    /// few more words, a share card's or a list's marker around it.
    fn holds_title(&self, i: usize) -> bool {
        self.title.is_some_and(|t| {
            let (title, line) = (&self.lines[t], &self.lines[i]);
            let bare = title
                .title_key()
                .trim_matches(|c: char| !is_alphanumeric(c));
            // (A caption may repeat the title: it is the photo's; a sentence
            // may name what the title names. A card labels it with a colon.)
            title.words >= 4
                && !matches!(line.shape, Shape::Caption { .. })
                && !line.terminal_period()
                && line.text.contains([':', '：'])
                && line.words > title.words
                && line.words <= title.words + 6
                && !line.key.is_empty()
                && line.key.contains(bare)
        })
    }

    /// Pairs (variant, base) of lines above the body where the variant is
    /// the base with a short site name before or after it, set off by a
    /// separator: `TITLE - SITE`, `TITLE — SITE`, `TITLE : SITE`, `SITE — TITLE`.
    fn suffixed_variants(&self, end: usize) -> Vec<(usize, usize)> {
        let head: Vec<usize> = (0..end.min(80))
            .filter(|&i| {
                let line = &self.lines[i];
                !line.is_blank() && line.words >= 2 && line.words <= 30
            })
            .collect();
        let mut pairs = Vec::new();
        for &v in &head {
            // `Φωτογραφία: المكتب الإعلامي`: a credit names a photographer
            // or a desk, whatever line it repeats.
            if matches!(
                self.lines[v].shape,
                Shape::Credit { .. } | Shape::Byline { .. }
            ) {
                continue;
            }
            for &b in &head {
                let (long, short) = (&self.lines[v].key, &self.lines[b].key);
                if v == b || long.len() <= short.len() {
                    continue;
                }
                // (`TITLE « SITE`: a guillemet points back to the site.)
                // (`TITLE · SITE`: a middle dot parts them too, and so does
                // a single guillemet, `TITLE ‹ SITE`.)
                const SEPARATORS: [char; 14] = [
                    '-', '–', '—', '|', ':', '/', '،', ',', '«', '‹', '›', '·', '•', '∙',
                ];
                if long.starts_with(short.as_str()) {
                    let rest = long[short.len()..].trim_start();
                    let suffix = rest.trim_start_matches(SEPARATORS);
                    let separated = suffix.len() < rest.len();
                    // (`SITE • 8/17/2018، 4:33 ص`: after a dot, a source and its
                    // day, not a site's name.)
                    let named = !rest.starts_with(['·', '•', '∙'])
                        || !suffix.chars().any(|c| c.is_ascii_digit());
                    // (`عبير الدخيل: الزواج ومسؤوليات الفتاة` over the
                    // writer's name: a column's title, not a site's; a
                    // site's name follows a bar or a dash, not a colon after
                    // a name of a few words.)
                    let writer_first = rest.starts_with(':')
                        && (looks_like_name(&self.lines[b]) || self.lines[b].words <= 3);
                    if separated
                        && named
                        && !writer_first
                        && (1..=5).contains(&suffix.split_whitespace().count())
                    {
                        pairs.push((v, b));
                    }
                } else if long.ends_with(short.as_str()) {
                    // `SITE — TITLE` (a reader view's header), `Subject:
                    // نشرة | TITLE` (a newsletter): the same title, prefixed.
                    let rest = long[..long.len() - short.len()].trim_end();
                    // Any sign but a sentence's end cuts a site name off
                    // (`مرصد الهلال ◇ TITLE`).
                    let prefix = rest.trim_end_matches(|c: char| {
                        !(c.is_alphanumeric() || c.is_whitespace() || ".!?؟".contains(c))
                    });
                    // A breadcrumb's trail ends in the title or in a
                    // section (`الرئيسية › العالم العربي`): sections are short.
                    let trail = rest[prefix.len()..].contains(['›', '»', '>', '‹', '«', '<']);
                    // A mailing list's tag: `[LIST] TITLE`.
                    let tagged = rest.starts_with('[') && rest.ends_with(']');
                    let separated = prefix.len() < rest.len() || tagged;
                    if separated
                        && (1..=6).contains(&prefix.split_whitespace().count())
                        && !(trail && self.lines[b].words < 3)
                    {
                        pairs.push((v, b));
                    }
                }
            }
        }
        pairs
    }
    /// Lines in a block (lines with no blank between them) of three or more
    /// mostly short lines: a menu, a cookie banner, a share bar.
    fn menu_blocks(&self) -> Vec<bool> {
        // A team's credits (`بيانات: فلانة`, `رسوم: فلان`, `تحرير: فلان`) are
        // short lines too, but sign the story under its headline.
        let credit_field = |line: &Line<'_>| {
            line.text.contains([':', '：'])
                && (matches!(line.shape, Shape::Byline { .. })
                    || matches!(
                        line.shape,
                        Shape::Place {
                            author: Some(_),
                            ..
                        }
                    )
                    || is_masthead_role(line))
        };
        let short = |i: usize| {
            let line = &self.lines[i];
            line.words <= 4 && !line.is_prose() && !credit_field(line)
        };
        let mut in_menu = vec![false; self.lines.len()];
        // Three or more short lines in a row.
        let mut run_start = 0;
        for i in 0..=self.lines.len() {
            if i < self.lines.len() && !self.lines[i].is_blank() && short(i) {
                continue;
            }
            let run = run_start..i;
            if run.len() >= 3 {
                in_menu[run].iter_mut().for_each(|m| *m = true);
            }
            run_start = i + 1;
        }
        // A small block between blank lines that is mostly short lines (a
        // cookie banner: one sentence, then its buttons).
        for block in self.blocks() {
            let short_lines = block.clone().filter(|&i| short(i)).count();
            if (3..=10).contains(&block.len()) && short_lines * 3 >= block.len() * 2 {
                in_menu[block].iter_mut().for_each(|m| *m = true);
            }
        }
        in_menu
    }

    /// Runs of lines with no blank line between them, in order.
    fn blocks(&self) -> Vec<std::ops::Range<usize>> {
        let mut blocks = Vec::new();
        let mut start = 0;
        while start < self.lines.len() {
            if self.lines[start].is_blank() {
                start += 1;
                continue;
            }
            let end = (start..self.lines.len())
                .find(|&i| self.lines[i].is_blank())
                .unwrap_or(self.lines.len());
            blocks.push(start..end);
            start = end;
        }
        blocks
    }

    /// The first prose line followed by more prose: where the body begins.
    /// A lone sentence above it (a cookie banner) is not the body yet.
    /// `in_menu` is [`Self::menu_blocks`].
    fn first_body_run(&self, in_menu: &[bool]) -> Option<usize> {
        // A sentence in a block of short lines is a banner (`… موافق`), not the body.
        // (A story may run as bulleted paragraphs: `* كان مضى خمس سنوات …`.)
        let prose: Vec<usize> = (0..self.lines.len())
            .filter(|&i| {
                let line = &self.lines[i];
                (line.is_prose() || line.is_prose_item())
                    && !in_menu[i]
                    && !opens_with_latest_label(line)
                    && !opens_with_ticker_label(line)
                    // (`ราคายางพารา: … 62.74 บาท/กก. | …`: a ticker of
                    // prices in a script without spaces reads as a sentence.)
                    && (line.words > 16 || !is_widget_text(line))
            })
            .collect();
        prose
            .iter()
            .copied()
            .find(|&i| {
                // A long headline with the writer's name right under it is
                // the story's head (`… ولي عهده؟` over `الكاتبة: …`), unless
                // a headline or a lede label stands over it: then it is the lede.
                let signed_headline = self.lines[i].is_headline()
                    && self
                        .next_nonblank(i)
                        .is_some_and(|j| matches!(self.lines[j].shape, Shape::Byline { .. }))
                    && self.prev_nonblank(i).is_none_or(|p| {
                        let above = &self.lines[p];
                        let headline = above.is_headline() && above.words >= 3;
                        !(headline || is_lede_label(&above.key))
                    });
                if signed_headline {
                    return false;
                }
                // A paragraph longer than any banner is the body, even a
                // story of one paragraph with only chrome under it.
                // (A bulleted item only with more prose after it: a story
                // told in bullets, not one long bullet.)
                if self.lines[i].words >= 80 && self.lines[i].is_prose() {
                    return true;
                }
                // More prose within the next few lines (a caption or a
                // date may stand between two paragraphs).
                let mut j = i;
                (0..4).any(|_| match self.next_nonblank(j) {
                    Some(next) => {
                        j = next;
                        self.lines[next].is_prose() || self.lines[next].is_prose_item()
                    }
                    None => false,
                })
            })
            // (Not a lone bulleted item: the story of one long bullet.)
            .or_else(|| prose.iter().copied().find(|&i| self.lines[i].is_prose()))
            .or_else(|| self.lines.iter().position(Line::is_prose))
    }

    /// Where the title is looked for up to: the body's first run of prose,
    /// unless that run is a banner over the head (`هذه نسخة محفوظة من الصفحة
    /// …`, a cookie notice): a sentence or three near the top, then
    /// headlines, then the body.
    fn title_search_end(&self, in_menu: &[bool]) -> usize {
        let Some(first) = self.first_body_run(in_menu) else {
            return self.lines.len();
        };
        let headline = |i: usize| {
            let line = &self.lines[i];
            matches!(line.shape, Shape::Text) && line.is_headline() && line.words >= 3
        };
        // A banner tops the page: no headline above it (a lede under the
        // title is a short run of prose too).
        let in_head = (0..first).filter(|&i| !self.lines[i].is_blank()).count() < 12;
        if !in_head || (0..first).any(|i| headline(i) && !self.lines[i].furniture) {
            return first;
        }
        // The run: prose lines, each with more prose within four lines.
        let (mut last, mut prose, mut words) = (first, 1, self.lines[first].words);
        loop {
            let mut j = last;
            let next = (0..4).find_map(|_| {
                j = self.next_nonblank(j)?;
                Some(j).filter(|&j| self.lines[j].is_prose())
            });
            match next {
                Some(n) => {
                    last = n;
                    prose += 1;
                    words += self.lines[n].words;
                }
                None => break,
            }
            if prose > 3 || words > 70 {
                return first;
            }
        }
        let Some(next_run) = (last + 1..self.lines.len()).find(|&i| self.lines[i].is_prose())
        else {
            return first;
        };
        if (last + 1..next_run).any(headline) {
            next_run
        } else {
            first
        }
    }

    fn first_content(&self) -> usize {
        self.lines.iter().position(|l| !l.is_blank()).unwrap_or(0)
    }

    /// Everything above the title is the page's head: widgets and menus.
    fn classify_head(&mut self) {
        let Some(title) = self.title else { return };
        for i in 0..title {
            if self.verdicts[i].is_some() {
                continue;
            }
            let line = &self.lines[i];
            match &line.shape {
                Shape::Date {
                    label: DateLabel::Published,
                    ..
                } => self.set(i, LineClass::DateLine, "labelled publication date"),
                Shape::Date {
                    label: DateLabel::Modified,
                    ..
                } => self.set(i, LineClass::DateLine, "labelled update date"),
                // A stamp with its minute right over the headline is the
                // post's time (`3 يونيو 2018 في 11:51 ص` on a social page);
                // the day's widget keeps to the masthead.
                Shape::Date { matches, .. }
                    if self.next_nonblank(i) == Some(title)
                        && matches.len() == 1
                        && matches[0].time.is_some()
                        && !has_clock_with_seconds(&line.text)
                        && !self.lines[..i]
                            .iter()
                            .any(|l| matches!(l.shape, Shape::Date { .. }))
                        && !self.dated_under(title) =>
                {
                    self.set(i, LineClass::DateLine, "timed stamp right over the title")
                }
                Shape::Date { .. } => self.set(i, LineClass::DateWidget, "date above the title"),
                _ if self.repeats_title(i) => self.set_of(
                    i,
                    LineClass::TitleRepeat,
                    "repeats the title (tab title)",
                    title,
                ),
                Shape::Footer => self.set(i, LineClass::Chrome, "copyright line in the page head"),
                // A guest writer's or a columnist's name over the headline,
                // with at most a role, a date or a reading time between.
                Shape::Byline { .. } if self.close_over(i, title) => {
                    self.set(i, LineClass::Byline, "byline over the title")
                }
                // `د. هالة عبد الملك` over `كاتبة وصحافية لبنانية`: a
                // columnist's name and trade over the column.
                // (A columnist's name recurs on the site's pages: learnt furniture.)
                Shape::Text | Shape::Menu
                    if (line.furniture || matches!(line.shape, Shape::Text))
                        && (i + 1..title)
                            .filter(|&j| !self.lines[j].is_blank())
                            .count()
                            <= 4
                        && self.next_nonblank(i).is_some_and(|j| j < title) =>
                {
                    if let Some(name) = self.name_over_trade(i) {
                        self.writers_beside_desk.push((i, name));
                        self.set(i, LineClass::Byline, "a columnist's name over its trade");
                    } else {
                        self.set(i, LineClass::Chrome, "above the title: page head");
                    }
                }
                _ => self.set(i, LineClass::Chrome, "above the title: page head"),
            }
        }
    }

    /// Two of the next three lines are long prose, or a `©` line without a
    /// year stands right over a paragraph (`رسم بالحبر ⌁ المصوّر ©`): the
    /// story goes on.
    fn story_goes_on(&self, i: usize) -> bool {
        let long_prose = |j: usize| self.lines[j].is_prose() && self.lines[j].words >= 12;
        let mut next = (i + 1..self.lines.len()).filter(|&j| !self.lines[j].is_blank());
        let first = next.next();
        if self.lines[i].counts.digits == 0 && first.is_some_and(long_prose) {
            return true;
        }
        first
            .into_iter()
            .chain(next.take(2))
            .filter(|&j| long_prose(j))
            .count()
            >= 2
    }

    /// Walks from the title to the end.
    fn classify_rest(&mut self) {
        #[derive(PartialEq, Clone, Copy)]
        enum Mode {
            Normal,
            Related,
            SourcesNext,
            TagsNext,
            Comments,
            Footer,
        }
        let start = self.title.map_or(0, |t| t + 1);
        let mut mode = Mode::Normal;
        let mut body_started = false;
        // Paragraphs seen so far: metadata may still follow a lone lede.
        let mut paragraphs_seen = 0usize;
        // Under a heading such as `منهجية التحقيق`: prose about the story.
        let mut trailer_box = false;
        let mut body_closed = false;
        let mut related_run = false;
        for i in start..self.lines.len() {
            if self.verdicts[i].is_some() {
                continue;
            }
            let line = &self.lines[i];
            if self.repeats_title(i) {
                let t = self.title.unwrap_or(0);
                self.set_of(i, LineClass::TitleRepeat, "repeats the title", t);
                continue;
            }
            if self.holds_title(i) {
                self.set(
                    i,
                    LineClass::Chrome,
                    "the title inside a share card or a list",
                );
                continue;
            }
            if mode == Mode::Footer {
                self.set(i, LineClass::Footer, "after the copyright footer");
                continue;
            }
            if mode == Mode::SourcesNext {
                mode = Mode::Normal;
                if line.words <= 20 && !line.is_prose() {
                    self.set(i, LineClass::Sources, "list after a sources label");
                    continue;
                }
            }
            if mode == Mode::TagsNext {
                if line.is_blank() || line.is_prose() || line.words > 6 || line.is_ui_word() {
                    mode = Mode::Normal;
                } else {
                    self.set(i, LineClass::Tags, "item under a tags label");
                    continue;
                }
            }
            let was_related = related_run;
            related_run = false;
            match &line.shape {
                Shape::Blank => {}
                // `■` alone under the last paragraph: a print story's end mark.
                Shape::NoLetters | Shape::Menu
                    if paragraphs_seen >= 2 && matches!(line.text.trim(), "■" | "◼") =>
                {
                    body_closed = true;
                    self.set(i, LineClass::Chrome, "the story's end mark");
                }
                // Story paragraphs under it: a credit's sign mid-story, not the page's end.
                Shape::Footer if body_started && self.story_goes_on(i) => {
                    self.set(i, LineClass::Chrome, "copyright sign inside the story");
                }
                Shape::Footer if body_started => {
                    mode = Mode::Footer;
                    self.set(i, LineClass::Footer, "copyright line");
                }
                Shape::Footer => self.set(i, LineClass::Chrome, "copyright line above the body"),
                // `المصدر: تحليل فريق التحقيق …` under a chart's caption, with
                // the story going on: the figure's source, not the story's end.
                Shape::SourcesLabel { rest }
                    if !rest.is_empty()
                        && i > 0
                        && (self.class(i - 1) == Some(LineClass::Caption)
                            || opens_with_pictograph(&self.lines[i - 1].text))
                        && self.prose_follows(i, 6) =>
                {
                    // `⚓ سفينة تدخل الميناء` over `المصدر المرئي: …`: a
                    // photo's caption, set off by a pictograph, and its source.
                    // (A chart's, `📊 رسم بياني: …`, stays the figure's.)
                    let above = &self.lines[i - 1].text;
                    if self.class(i - 1) == Some(LineClass::Chrome)
                        && opens_with_pictograph(above)
                        && !above.starts_with(['📊', '📈', '📉'])
                        && !self.lines[i - 1].is_prose()
                    {
                        self.set(
                            i - 1,
                            LineClass::Caption,
                            "a pictograph's caption over its source",
                        );
                        self.set(i, LineClass::CaptionRepeat, "the caption's source");
                    } else {
                        self.set(i, LineClass::Chrome, "a figure's source under its caption");
                    }
                }
                // `منهجية التحقيق`, `نبذة عن الكاتب`: a box about the story
                // after it; what follows is no part of it.
                // (Learnt furniture too: the heading recurs on the site's pages.)
                Shape::Text | Shape::Menu
                    if body_started
                        && line.words <= 6
                        && lexicon::is_label(&line.key, lexicon::TRAILER) =>
                {
                    body_closed = true;
                    trailer_box = true;
                    self.set(i, LineClass::Chrome, "heading of a box after the story");
                }
                // `— المفوض السامي` under a one-sentence block: the speaker of
                // a pull quote.
                Shape::ListItem { .. }
                    if self
                        .prev_nonblank(i)
                        .is_some_and(|p| p + 1 == i && self.attributed_quote(p)) =>
                {
                    self.set(i, LineClass::Chrome, "the speaker under a pull quote");
                }
                Shape::SourcesLabel { rest } => {
                    // Under the lede, among the byline and date lines, the
                    // sources are the story's metadata, not its end.
                    body_closed |= body_started && (paragraphs_seen > 1 || rest.is_empty());
                    if rest.is_empty() {
                        mode = Mode::SourcesNext;
                        self.set(
                            i,
                            LineClass::SourcesLabel,
                            "sources label; the list follows",
                        );
                    } else {
                        self.set(i, LineClass::Sources, "sources line");
                    }
                }
                Shape::Tags { list } => {
                    body_closed |= body_started;
                    if list.is_empty() {
                        mode = Mode::TagsNext;
                    }
                    self.set(i, LineClass::Tags, "tags label");
                }
                Shape::CommentsLabel => {
                    if body_started {
                        mode = Mode::Comments;
                    }
                    self.set(i, LineClass::Comments, "comments label");
                }
                _ if mode == Mode::Comments => {
                    self.set(i, LineClass::Comments, "after the comments label")
                }
                Shape::RelatedLabel => {
                    mode = Mode::Related;
                    self.set(i, LineClass::Related, "label of links to other stories");
                }
                Shape::Byline { .. } => self.set(i, LineClass::Byline, "byline label"),
                Shape::Place { .. } if paragraphs_seen <= 1 && !body_closed => self.set(
                    i,
                    LineClass::Byline,
                    "short place-and-credit line above the body",
                ),
                Shape::Date { label, .. } => {
                    let in_header = paragraphs_seen <= 1;
                    let reason = match (label, in_header) {
                        (DateLabel::Published, _) => "labelled publication date",
                        (DateLabel::Modified, _) => "labelled update date",
                        (DateLabel::None, true) => "date under the title",
                        (DateLabel::None, false) => "date inside the page",
                        (DateLabel::Account, _) => "a reader's account stamp",
                    };
                    let class = if (*label == DateLabel::None && !in_header)
                        || *label == DateLabel::Account
                    {
                        LineClass::Chrome
                    } else {
                        LineClass::DateLine
                    };
                    self.set(i, class, reason);
                }
                Shape::Caption { caption, .. } => {
                    let key = search_key(caption);
                    if self.caption_keys.contains(&key) {
                        self.set(i, LineClass::CaptionRepeat, "repeats a caption");
                    } else {
                        self.caption_keys.insert(key);
                        self.set(i, LineClass::Caption, "text with a trailing photo credit");
                    }
                }
                Shape::Menu
                    if line.furniture
                        && paragraphs_seen <= 1
                        && self.next_nonblank(start.saturating_sub(1)) == Some(i)
                        && starred_name(&line.text).is_some() =>
                {
                    let name = starred_name(&line.text).unwrap_or_default().to_string();
                    self.writers_beside_desk.push((i, name));
                    self.set(
                        i,
                        LineClass::Byline,
                        "a columnist's starred name under the title",
                    );
                }
                Shape::Menu if line.furniture => self.set(
                    i,
                    LineClass::Chrome,
                    "learnt site furniture: on many of the site's pages",
                ),
                Shape::Menu | Shape::NoLetters => {
                    self.set(i, LineClass::Chrome, "menu, separator or interface word")
                }
                Shape::Credit { .. } => {
                    // The short line above it is the caption it credits.
                    if let Some(j) = self.prev_nonblank(i).filter(|&j| j + 2 >= i) {
                        let above = &self.lines[j];
                        let caption_like = matches!(above.shape, Shape::Text | Shape::Place { .. })
                            && !above.is_prose()
                            && (2..=14).contains(&above.words)
                            && self.title != Some(j)
                            && !above.is_blank();
                        if caption_like {
                            self.caption_keys.insert(above.key.clone());
                            self.set(j, LineClass::Caption, "short line above a photo credit");
                        }
                    }
                    self.set(i, LineClass::CaptionRepeat, "photo credit line");
                }
                Shape::Relative => {
                    if paragraphs_seen <= 1 && !body_closed {
                        self.set(i, LineClass::DateLine, "relative time under the title");
                    } else {
                        self.set(i, LineClass::Chrome, "relative time inside the page");
                    }
                }
                // `* كاتب وأكاديمي عراقي` under a column: the note on its writer.
                Shape::ListItem { .. }
                    if paragraphs_seen >= 2
                        && line.text.starts_with('*')
                        && is_writer_bio(line) =>
                {
                    body_closed = true;
                    self.set(i, LineClass::Chrome, "the note on the column's writer");
                }
                Shape::ListItem { .. } if mode == Mode::Related => {
                    self.set(i, LineClass::Related, "item under a related-stories label")
                }
                Shape::ListItem { body } => {
                    if body_closed {
                        self.set(i, LineClass::Chrome, "list after the article's end");
                    } else if is_figure_item(body)
                        && [self.prev_nonblank(i), self.next_nonblank(i)]
                            .into_iter()
                            .flatten()
                            .any(|j| {
                                matches!(&self.lines[j].shape,
                                    Shape::ListItem { body } if is_figure_item(body))
                            })
                    {
                        self.set(i, LineClass::Chrome, "a box of figures and their labels");
                        // (`بالأرقام` over it: the box's label, no heading.)
                        if let Some(p) = self.prev_nonblank(i).filter(|&p| {
                            self.lines[p].words <= 3
                                && self.verdicts[p]
                                    .as_ref()
                                    .is_some_and(|v| v.class == LineClass::Heading)
                        }) {
                            self.set(p, LineClass::Chrome, "label of a box of figures");
                        }
                    } else if !body_started && body.split_whitespace().count() <= 3 {
                        self.set(i, LineClass::Chrome, "short items before the body: a menu");
                    } else {
                        body_started = true;
                        self.set(i, LineClass::ListItem, "bulleted or numbered item");
                    }
                }
                Shape::Quote { .. } => {
                    if body_closed {
                        self.set(i, LineClass::Chrome, "quote after the article's end");
                    } else {
                        body_started = true;
                        self.set(i, LineClass::Quote, "quoted line");
                    }
                }
                Shape::Text | Shape::Place { .. } if line.mark == Some(Mark::Image) => {
                    self.caption_keys.insert(line.key.clone());
                    self.set(
                        i,
                        LineClass::Caption,
                        "described as an image by a screen reader",
                    );
                }
                Shape::Text | Shape::Place { .. } => {
                    // `إلغاء الاشتراك | إدارة التفضيلات` is two links, not a
                    // caption and its credit.
                    let bar_caption = line.bar.as_ref().is_some_and(|(_, credit)| {
                        let credit = strip_credit_label(credit);
                        !credit.is_empty() && credit.split_whitespace().count() <= 3
                    }) && !lexicon::is_label(line.title_key(), lexicon::UI);
                    let under_title = self.title.is_some_and(|t| {
                        t < i && (t + 1..i).filter(|&j| !self.lines[j].is_blank()).count() <= 3
                    });
                    let writer = (under_title && paragraphs_seen <= 1 && line.words <= 9)
                        .then(|| {
                            writers_under_title(&line.text)
                                .or_else(|| starred_name(&line.text).map(str::to_string))
                        })
                        .flatten();
                    let over_trade = (under_title && paragraphs_seen <= 1 && writer.is_none())
                        .then(|| self.name_over_trade(i))
                        .flatten();
                    if let Some(name) = over_trade {
                        self.writers_beside_desk.push((i, name));
                        self.set(i, LineClass::Byline, "a columnist's name over its trade");
                        if let Some(trade) = self.next_nonblank(i) {
                            self.set(
                                trade,
                                LineClass::Chrome,
                                "the writer's trade under the name",
                            );
                        }
                    } else if let Some(names) = writer {
                        self.writers_beside_desk.push((i, names));
                        self.set(
                            i,
                            LineClass::Byline,
                            "writers named without a label under the title",
                        );
                    } else if dash_credit(line).is_some() && !line.is_prose() {
                        self.caption_keys.insert(line.key.clone());
                        self.set(
                            i,
                            LineClass::Caption,
                            "short text, a long dash and a short credit",
                        );
                    } else if bar_caption && !line.is_prose() {
                        self.caption_keys.insert(line.title_key().to_string());
                        self.set(
                            i,
                            LineClass::Caption,
                            "text with a photo credit after a bar",
                        );
                    } else if self.caption_keys.contains(&line.key) {
                        self.set(
                            i,
                            LineClass::CaptionRepeat,
                            "repeats a caption without its credit",
                        );
                    } else if is_agency_credit(line) {
                        self.set(i, LineClass::Sources, "agency credit line");
                    } else if lexicon::opens_with_colon_label(&line.key, lexicon::CITE)
                        || cite_label(line)
                    {
                        self.set(i, LineClass::Chrome, "how to cite the page");
                    } else if search_engine_field(line) {
                        self.set(i, LineClass::Chrome, "what the page tells search engines");
                    } else if self
                        .prev_nonblank(i)
                        .is_some_and(|p| cite_label(&self.lines[p]))
                    {
                        self.set(
                            i,
                            LineClass::Chrome,
                            "the citation under a how-to-cite label",
                        );
                    } else if is_bracketed_note(&line.text) {
                        self.set(i, LineClass::Chrome, "the page's own note, in brackets");
                    } else if paragraphs_seen >= 2
                        && line.words <= 40
                        && disclaims_views(&line.text)
                    {
                        body_closed = true;
                        self.set(i, LineClass::Chrome, "the page's disclaimer of the views");
                    } else if body_started && is_translator_notes_label(&line.key) {
                        body_closed = true;
                        self.set(i, LineClass::Chrome, "label of the translator's notes");
                    } else if opens_with_label(line)
                        && (!line.is_prose() || (line.words <= 30 && !line.terminal_period()))
                    {
                        self.set(
                            i,
                            LineClass::Related,
                            "a label, then another story's headline",
                        );
                    } else if is_lede_label(&line.key) {
                        self.set(i, LineClass::Chrome, "label of the lede below");
                    } else if line.words < 25 && self.foreign_furniture(line) {
                        self.set(
                            i,
                            LineClass::Chrome,
                            "links, handles or another script's text",
                        );
                    } else if line.is_prose() && body_started && self.attributed_quote(i) {
                        self.set(i, LineClass::Chrome, "a pull quote over its speaker");
                    } else if mode == Mode::Related
                        && line.words <= 30
                        && !line.terminal_period()
                        && line
                            .text
                            .starts_with(['◂', '▸', '◀', '▶', '▫', '▪', '►', '◄', '›', '‹'])
                    {
                        // (A headline that asks or exclaims reads as prose.)
                        self.set(
                            i,
                            LineClass::Related,
                            "marked headline under a related-stories label",
                        );
                    } else if line.is_prose() {
                        if mode == Mode::Related {
                            mode = Mode::Normal;
                        }
                        if body_closed && trailer_box {
                            self.set(i, LineClass::Chrome, "prose of a box after the story");
                        } else if body_closed {
                            self.set(i, LineClass::Comments, "prose after the article's end");
                        } else {
                            body_started = true;
                            paragraphs_seen += 1;
                            self.set(i, LineClass::Paragraph, "sentence-length prose");
                        }
                    } else if self.arabic_page && line.is_latin_only() && line.words <= 6 {
                        self.set(
                            i,
                            LineClass::Chrome,
                            "Latin interface words in an Arabic page",
                        );
                    } else if line.is_ui_word() {
                        self.set(i, LineClass::Chrome, "interface word");
                    } else if mode == Mode::Related {
                        self.set(
                            i,
                            LineClass::Related,
                            "headline under a related-stories label",
                        );
                    } else if body_closed {
                        self.set(i, LineClass::Chrome, "after the article's end");
                    } else if line.is_headline() {
                        // Under a player, a handle or a link line, a short
                        // line is more of that widget (or the rest of the
                        // link's headline), not a heading; nor is a short
                        // line right under a caption or its credit line.
                        let after_chapter = i > 0 && is_chapter_label(&self.lines[i - 1].key);
                        let after_furniture = !after_chapter
                            && self
                                .prev_nonblank(i)
                                .is_some_and(|j| self.class(j) == Some(LineClass::Chrome))
                            || (i > 0
                                && matches!(
                                    self.class(i - 1),
                                    Some(
                                        LineClass::Related
                                            | LineClass::Caption
                                            | LineClass::CaptionRepeat
                                    )
                                ));
                        let next = self.next_nonblank(i).map(|j| &self.lines[j]);
                        let next_is_prose = next.is_some_and(|n| {
                            n.is_prose() || matches!(n.shape, Shape::ListItem { .. })
                        });
                        let next_is_headline = next.is_some_and(|n| n.is_headline());
                        // `الفصل الثاني` right over a short line, prose under
                        // them: a chapter's number over its heading.
                        let chapter = body_started
                            && is_chapter_label(&line.key)
                            && self.lines.get(i + 1).is_some_and(|n| n.is_headline())
                            && self
                                .next_nonblank(i + 1)
                                .is_some_and(|j| self.lines[j].is_prose());
                        if chapter {
                            self.set(i, LineClass::Chrome, "a chapter's number over its heading");
                        } else if was_related || (next_is_headline && !next_is_prose) {
                            related_run = true;
                            self.set(i, LineClass::Related, "one of several headlines in a row");
                        } else if next_is_prose && paragraphs_seen <= 1 && is_bare_label(line) {
                            // `المتن:`, `النص:`: a draft's or a form's field
                            // name over the text (under the lede, at most),
                            // not a heading of it.
                            self.set(i, LineClass::Chrome, "a field label over the text");
                        } else if next_is_prose
                            && body_started
                            && !after_furniture
                            && !is_widget_text(line)
                            && !is_labelled_reading(&line.text)
                            && !opens_with_label(line)
                            && !is_bracketed_marker(line)
                            && !opens_with_pictograph(&line.text)
                            && !line.text.contains(['@', '#'])
                            && lexicon::starts_with_label(&line.key, lexicon::CALL).is_none()
                        {
                            self.set(i, LineClass::Heading, "short line between paragraphs");
                        } else if next_is_prose && body_started {
                            self.set(i, LineClass::Chrome, "short line of figures or links");
                        } else if next_is_prose && line.words >= 4 {
                            self.caption_keys.insert(line.key.clone());
                            self.set(
                                i,
                                LineClass::Caption,
                                "headline-like line between title and body: a caption",
                            );
                        } else {
                            self.set(i, LineClass::Chrome, "short line not followed by prose");
                        }
                    } else {
                        self.set(i, LineClass::Chrome, "neither prose nor a headline");
                    }
                }
            }
        }
        // The first headline of a run was judged before the run was seen.
        for i in start..self.lines.len() {
            if self.class(i) == Some(LineClass::Heading) {
                if let Some(j) = self.next_nonblank(i) {
                    if self.class(j) == Some(LineClass::Related) && self.lines[j].is_headline() {
                        self.set(i, LineClass::Related, "one of several headlines in a row");
                    }
                }
            }
        }
    }

    /// In a page whose paragraphs stand apart (blank lines between them), a
    /// block of several lines that are mostly not prose is a widget: a
    /// newsletter box, an author box, a list of links.
    fn widget_blocks(&mut self) {
        let prose: Vec<usize> = (0..self.lines.len())
            .filter(|&i| self.class(i) == Some(LineClass::Paragraph))
            .collect();
        let apart = prose
            .iter()
            .filter(|&&i| {
                self.lines[i].after_blank
                    && self.lines.get(i + 1).is_none_or(|next| next.is_blank())
            })
            .count();
        if prose.len() < 2 || apart * 3 < prose.len() * 2 {
            return;
        }
        for block in self.blocks() {
            // Captions, labels and dates have their own verdicts; judge the plain text.
            let plain = block
                .clone()
                .filter(|&i| matches!(self.lines[i].shape, Shape::Text))
                .count();
            let prose_in = block.clone().filter(|&i| self.lines[i].is_prose()).count();
            if plain >= 3 && prose_in * 2 < plain {
                for i in block.clone() {
                    let body_text = matches!(self.lines[i].shape, Shape::Text)
                        && matches!(
                            self.class(i),
                            Some(LineClass::Paragraph | LineClass::Heading)
                        );
                    if body_text {
                        self.set(
                            i,
                            LineClass::Chrome,
                            "in a block of short lines: a page widget",
                        );
                    }
                }
            }
        }
    }

    /// A short line that is a link, an e-mail or social handle, or mostly
    /// in another script than the page's: furniture, not the article.
    fn foreign_furniture(&self, line: &Line<'_>) -> bool {
        // (Searchers built once: this reads whole paragraphs.)
        static HTTP: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("http"));
        static WWW: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("www."));
        static COM: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(".com"));
        let text = &*line.text;
        let bytes = text.as_bytes();
        let link =
            HTTP.find(bytes).is_some() || WWW.find(bytes).is_some() || COM.find(bytes).is_some();
        let handle = memchr::memchr(b'@', bytes).is_some()
            && text
                .split_whitespace()
                .any(|w| w.starts_with('@') && w.len() > 1);
        let letters = line.counts.arabic_letters + line.counts.latin_letters;
        let foreign = self.arabic_page && letters > 0 && line.counts.arabic_letters * 2 < letters;
        link || handle || foreign
    }

    /// Boxes the page sets between the story's paragraphs (a poll, a tip,
    /// a quoted article of law: `📊 استفتاء: …`) are not the writer's. Only
    /// under the title: a post's own headline may open the same way.
    fn boxes_in_body(&mut self) {
        let Some(title) = self.title else { return };
        self.notices_boxes(title);
        for i in title + 1..self.lines.len() {
            let body = matches!(
                self.class(i),
                Some(LineClass::Paragraph | LineClass::Heading)
            );
            if body && self.lines[i].words <= 40 && is_pictograph_box(&self.lines[i].text) {
                self.set(
                    i,
                    LineClass::Chrome,
                    "a box set in the story: a pictograph, a label and its colon",
                );
            }
        }
    }

    /// `وفيات الجالية` over `انتقل إلى رحمته تعالى فلان …`: a heading of
    /// the site's notices and the lines right under it (no blank between),
    /// each a notice; the first notice's opening words open every other.
    fn notices_boxes(&mut self, title: usize) {
        let mut i = title + 1;
        while i < self.lines.len() {
            // (Learnt furniture too: the heading recurs on the site's pages.)
            let heading = matches!(self.class(i), Some(LineClass::Heading | LineClass::Chrome))
                && lexicon::is_label(&self.lines[i].key, lexicon::NOTICES);
            if !heading {
                i += 1;
                continue;
            }
            self.set(i, LineClass::Chrome, "heading of a notices box");
            // (Long lines carry no key: the opening is folded here.)
            let opening = |line: &Line<'_>| {
                let words: Vec<&str> = line.text.split_whitespace().take(3).collect();
                (words.len() == 3).then(|| search_key(&words.join(" ")))
            };
            i += 1;
            let Some(first) = self.lines.get(i).and_then(opening) else {
                continue;
            };
            while i < self.lines.len()
                && !self.lines[i].is_blank()
                && opening(&self.lines[i]).as_ref() == Some(&first)
            {
                self.set(i, LineClass::Chrome, "a notice under its box's heading");
                i += 1;
            }
        }
    }

    /// Headings after the last paragraph head nothing: they are chrome.
    fn close_body(&mut self) {
        self.tail_sentences();
        self.tail_lists();
        let last_body = (0..self.lines.len()).rev().find(|&i| {
            matches!(
                self.class(i),
                Some(LineClass::Paragraph | LineClass::ListItem | LineClass::Quote)
            )
        });
        for i in last_body.map_or(0, |l| l + 1)..self.lines.len() {
            if self.class(i) == Some(LineClass::Heading) {
                self.set(i, LineClass::Chrome, "short line after the last paragraph");
            }
        }
    }

    /// After the last paragraph, a run of unpunctuated items (`1- headline`,
    /// `- headline`) that no paragraph ending in a colon introduces is a
    /// list of other stories, with its label above it; a lone short item of
    /// a few words (`— فلان الفلاني`) is the writer's signature.
    fn tail_lists(&mut self) {
        let Some(last) = (0..self.lines.len())
            .rev()
            .find(|&i| self.class(i) == Some(LineClass::Paragraph))
        else {
            return;
        };
        let items: Vec<usize> = (last + 1..self.lines.len())
            .filter(|&i| self.class(i) == Some(LineClass::ListItem))
            .collect();
        let mut k = 0;
        while k < items.len() {
            // A run: items with only blank lines between them.
            let mut end = k;
            while end + 1 < items.len() && self.next_nonblank(items[end]) == Some(items[end + 1]) {
                end += 1;
            }
            let run = &items[k..=end];
            k = end + 1;
            let headline = |i: usize| {
                let line = &self.lines[i];
                !line.terminal_period() && line.words <= 25
            };
            let above = self.prev_nonblank(run[0]);
            let introduced = above.is_some_and(|a| {
                self.class(a) == Some(LineClass::Paragraph)
                    && self.lines[a].text.trim_end().ends_with([':', '：'])
            });
            if introduced || !run.iter().all(|&i| headline(i)) {
                continue;
            }
            if run.len() >= 2 {
                for &i in run {
                    self.set(
                        i,
                        LineClass::Related,
                        "one of a list of headlines after the body",
                    );
                }
                if let Some(a) = above.filter(|&a| {
                    matches!(self.class(a), Some(LineClass::Heading | LineClass::Chrome))
                        && !self.lines[a].terminal
                        && self.lines[a].words <= 6
                }) {
                    self.set(a, LineClass::Related, "label of a list of headlines");
                }
            } else {
                let line = &self.lines[run[0]];
                let name_like = (2..=4).contains(&line.words)
                    && line.counts.digits == 0
                    && line.counts.punctuation <= 1
                    && line.text.starts_with(['—', '–', '-']);
                if name_like {
                    self.set(
                        run[0],
                        LineClass::Byline,
                        "a name under the article: its signature",
                    );
                }
            }
        }
    }

    /// Short sentences after the article, among the page's tail furniture
    /// (`حمّل تطبيقنا لتصلك الأخبار أولًا بأول.`), are chrome: past the last
    /// full paragraph, once furniture has begun, a news paragraph is long.
    fn tail_sentences(&mut self) {
        const FULL: usize = 15;
        let is_full_paragraph = |p: &Self, i: usize| {
            p.class(i) == Some(LineClass::Paragraph) && p.lines[i].words >= FULL
        };
        let Some(anchor) = (0..self.lines.len())
            .rev()
            .find(|&i| is_full_paragraph(self, i))
        else {
            return;
        };
        // Anywhere: a short sentence with furniture on both sides is part
        // of it (an app banner's pitch between its buttons).
        let furniture = |c: Option<LineClass>| {
            matches!(
                c,
                Some(LineClass::Chrome | LineClass::Related | LineClass::Comments)
            )
        };
        for i in 0..self.lines.len() {
            if self.class(i) == Some(LineClass::Paragraph) && self.lines[i].words < 10 {
                let before = self.prev_nonblank(i).map(|j| self.class(j));
                let after = self.next_nonblank(i).map(|j| self.class(j));
                if before.is_some_and(furniture) && after.is_some_and(furniture) {
                    self.set(
                        i,
                        LineClass::Chrome,
                        "short sentence between furniture lines",
                    );
                }
            }
        }
        let mut furniture_seen = false;
        for i in anchor + 1..self.lines.len() {
            match self.class(i) {
                Some(LineClass::Blank) | None => {}
                // A photo inside the story, or one link to another story
                // between two paragraphs, does not end it.
                Some(LineClass::Caption | LineClass::CaptionRepeat) => {}
                Some(LineClass::Related | LineClass::Chrome)
                    if !furniture_seen
                        && self
                            .prev_nonblank(i)
                            .and_then(|j| self.class(j))
                            .is_some_and(|c| c.is_body() || c == LineClass::Caption)
                        && self
                            .next_nonblank(i)
                            .is_some_and(|j| self.class(j) == Some(LineClass::Paragraph)) => {}
                Some(LineClass::Paragraph) if furniture_seen && self.lines[i].words < FULL => {
                    self.set(
                        i,
                        LineClass::Chrome,
                        "short sentence among the page's tail furniture",
                    );
                }
                Some(class) if class.is_body() => {}
                Some(_) => furniture_seen = true,
            }
        }
    }

    /// The lede: the first paragraph, when the page sets it apart from the
    /// body: it restates a body paragraph, or metadata stands between it and
    /// the body, or it shares the title/caption block.
    fn find_summary(&mut self) {
        if self
            .verdicts
            .iter()
            .flatten()
            .any(|v| v.class == LineClass::Summary)
        {
            return;
        }
        // `◆ …` alone right under the title (and its byline and dates): a
        // standfirst set off with a bullet, not a list of one.
        // (A rule of no letters, `⠀`, may part them.)
        let mut first = self.title.and_then(|t| self.next_nonblank(t));
        while let Some(j) = first.filter(|&j| {
            matches!(
                self.class(j),
                Some(LineClass::Byline | LineClass::DateLine | LineClass::TitleRepeat)
            ) || matches!(self.lines[j].shape, Shape::NoLetters)
        }) {
            first = self.next_nonblank(j);
        }
        // (Nothing but the next line's own shape matters after it: a
        // caption may follow it closely.)
        let bulleted = first.filter(|&j| {
            self.class(j) == Some(LineClass::ListItem)
                && (8..=MAX_LEDE_WORDS).contains(&self.lines[j].words)
                && self.lines.get(j + 1).is_none_or(|next| {
                    next.is_blank() || !matches!(next.shape, Shape::ListItem { .. })
                })
                && self
                    .next_nonblank(j)
                    .is_none_or(|k| self.class(k) != Some(LineClass::ListItem))
        });
        if let Some(j) = bulleted {
            self.set(
                j,
                LineClass::Summary,
                "a lone bulleted line under the title",
            );
            return;
        }
        let paragraphs: Vec<usize> = (0..self.lines.len())
            .filter(|&i| self.class(i) == Some(LineClass::Paragraph))
            .collect();
        let Some((&lede, rest)) = paragraphs.split_first() else {
            return;
        };
        if rest.is_empty() {
            // A story told in bullets: the one paragraph under a lede
            // label, over the items, is the lede.
            let labelled = self.prev_nonblank(lede).is_some_and(|p| {
                let label = &self.lines[p];
                self.class(p) == Some(LineClass::Chrome)
                    && (is_lede_label(&label.key) || sets_off_a_label(label))
            });
            let items_follow =
                (lede + 1..self.lines.len()).any(|i| self.class(i) == Some(LineClass::ListItem));
            if labelled && items_follow && self.lines[lede].words <= MAX_LEDE_WORDS {
                self.set(
                    lede,
                    LineClass::Summary,
                    "first paragraph, under a lede label",
                );
            }
            return;
        }
        // A heading before the lede means the body has already begun.
        let heading_before = (0..lede).any(|i| self.class(i) == Some(LineClass::Heading));
        if heading_before {
            return;
        }
        let restates = || {
            restated(
                &self.lines[lede],
                rest.iter().take(2).map(|&p| &self.lines[p]),
            )
        };
        let next_para = rest[0];
        // Right under the title, with metadata or an image before the body.
        let right_under_title = self.title.is_some_and(|t| {
            (t + 1..lede).all(|i| {
                matches!(
                    self.class(i),
                    Some(LineClass::Blank | LineClass::TitleRepeat | LineClass::DateLine)
                )
            })
        });
        // Only page furniture between the title and it (metadata, a
        // caption, a rule or a short interface line), no body text.
        let under_title = self.title.is_some_and(|t| {
            (t + 1..lede).all(|i| {
                matches!(
                    self.class(i),
                    Some(
                        LineClass::Blank
                            | LineClass::TitleRepeat
                            | LineClass::DateLine
                            | LineClass::DateWidget
                            | LineClass::Byline
                            | LineClass::Sources
                            | LineClass::Caption
                            | LineClass::CaptionRepeat
                    )
                ) || (matches!(self.class(i), Some(LineClass::Chrome | LineClass::Related))
                    && !self.lines[i].is_prose())
            })
        });
        let opens_with_dateline = parse_dateline(head(&self.lines[lede].text)).is_some()
            || dated_dateline(&self.lines[lede].text).is_some();
        // Whether a line of this shape also stands between the body's first
        // two paragraphs.
        let parts_body = |passes: &Self, shape: Shape| {
            rest.get(1).is_some_and(|&second| {
                (rest[0] + 1..second).any(|j| passes.lines[j].shape == shape)
            })
        };
        let metadata_between = (lede + 1..next_para).any(|i| match self.class(i) {
            Some(
                LineClass::Byline
                | LineClass::DateLine
                | LineClass::TitleRepeat
                | LineClass::Sources,
            ) => true,
            Some(LineClass::Caption | LineClass::CaptionRepeat | LineClass::DateWidget) => {
                under_title && !opens_with_dateline
            }
            // A rule under the lede; other furniture only right under the title.
            // (Not when such a line parts every paragraph: a live blog's times.)
            Some(LineClass::Chrome) => {
                !opens_with_dateline
                    && (right_under_title
                        || (under_title
                            && matches!(self.lines[i].shape, Shape::NoLetters)
                            && !parts_body(self, Shape::NoLetters)))
            }
            _ => false,
        });
        // The body is laid out otherwise than the lede: its paragraphs run
        // on without blank lines, or open indented, while the lede stands alone.
        let set_out = under_title && !opens_with_dateline && {
            let body = &rest[..rest.len().min(6)];
            let lede_line = &self.lines[lede];
            // Alone above the body, not cut off from it by an insert.
            let lede_alone = self.lines.get(lede + 1).is_none_or(Line::is_blank)
                && self.next_nonblank(lede).is_some_and(|j| {
                    j == next_para
                        || matches!(
                            self.class(j),
                            Some(
                                LineClass::Caption
                                    | LineClass::CaptionRepeat
                                    | LineClass::Byline
                                    | LineClass::DateLine
                            )
                        )
                        || matches!(self.lines[j].shape, Shape::NoLetters)
                });
            let run_on = body.len() >= 2
                && body.iter().filter(|&&p| !self.lines[p].after_blank).count() * 2 > body.len();
            let indented = |i: usize| self.lines[i].indented;
            let body_indented =
                body.iter().filter(|&&p| indented(p)).count() * 2 > body.len() && !indented(lede);
            (lede_alone && run_on) || (body_indented && !lede_line.text.is_empty())
        };
        let blank_separated = paragraphs
            .iter()
            .filter(|&&p| self.lines[p].after_blank)
            .count()
            * 2
            > paragraphs.len();
        let in_header_block = blank_separated
            && !self.lines[lede].after_blank
            && self.prev_nonblank(lede).is_some_and(|p| {
                matches!(
                    self.class(p),
                    Some(
                        LineClass::Caption
                            | LineClass::CaptionRepeat
                            | LineClass::Title
                            | LineClass::TitleRepeat
                    )
                )
            });
        // The body proper opens with the dateline; a paragraph above it is the lede.
        let body_opens_with_dateline = !opens_with_dateline && {
            let next = head(&self.lines[next_para].text);
            parse_dateline(next).is_some() || bare_dateline(next).is_some()
        };
        // Cheap structural evidence first; comparing words costs the most.
        let labelled = self.lines[lede].mark == Some(Mark::Quote)
            || self
                .prev_nonblank(lede)
                // (Over a setext underline: `ملخص تنفيذي` / `-----------`.)
                .and_then(|p| match self.lines[p].shape {
                    Shape::NoLetters => self.prev_nonblank(p),
                    _ => Some(p),
                })
                .is_some_and(|p| {
                    let key = &self.lines[p].key;
                    is_lede_label(key) || qualified_lede_label(key)
                })
            || opens_with_lede_label(&self.lines[lede])
            // (A label of the site's own wording, learnt or not: `✈ على
            // عجل:` alone over the first paragraph.)
            || (under_title
                && self.prev_nonblank(lede).is_some_and(|p| {
                    self.class(p) == Some(LineClass::Chrome) && sets_off_a_label(&self.lines[p])
                }))
            // `💬 …`: a speech bubble sets the lede off on children's and
            // explainer pages.
            || self.lines[lede].text.starts_with(['💬', '🗨'])
            // `» …`, `■ …`: a mark before the first paragraph alone.
            || (under_title && {
                let mark = |i: usize| {
                    let line = &self.lines[i];
                    // (A round bullet, `•`, falls before any paragraph now
                    // and then; a square one marks a lede.)
                    lede_mark(&line.text)
                        .or(line.bullet)
                        .or_else(|| match &line.shape {
                            Shape::ListItem { .. } => line.text.chars().next(),
                            _ => None,
                        })
                        .filter(|&m| m != '•' && !m.is_ascii())
                };
                // (Not `🔹 …` over `🔸 …`, `▫️ …`: a post marks its
                // paragraphs as it likes; only a mark no other paragraph
                // wears sets the lede apart.)
                mark(lede).is_some()
                    && (lede + 1..self.lines.len()).all(|i| {
                        !matches!(
                            self.class(i),
                            Some(LineClass::Paragraph | LineClass::ListItem)
                        ) || mark(i).is_none()
                    })
            });
        // A lede is a sentence or two; a paragraph of a hundred words is the
        // body's, whatever stands around it (a page break in a press release).
        if !labelled && self.lines[lede].words > MAX_LEDE_WORDS {
            return;
        }
        let reason = if labelled {
            "first paragraph, under a lede label"
        } else if metadata_between {
            "first paragraph, set apart from the body by a byline or date"
        } else if in_header_block {
            "first paragraph, in one block with the title or caption"
        } else if set_out {
            "first paragraph, laid out apart from the body's run of paragraphs"
        } else if body_opens_with_dateline {
            "first paragraph, above the paragraph that opens with the dateline"
        } else if restates() {
            "first paragraph, restated later in the body: the lede"
        } else {
            return;
        };
        self.set(lede, LineClass::Summary, reason);
    }

    /// A body line seen before is a dump artifact.
    fn mark_repeats(&mut self) {
        self.pulled_quotes();
        for i in 0..self.lines.len() {
            let Some(j) = self.first_of[i] else { continue };
            let repeated_body = self.class(i).is_some_and(LineClass::is_body)
                && self.class(j).is_some_and(LineClass::is_body);
            if repeated_body {
                self.set_of(i, LineClass::Repeat, "repeats an earlier body line", j);
            }
        }
    }

    /// A quoted passage of an earlier paragraph (a pull quote, a reader's
    /// highlight) says again what the body said; the short dashed line
    /// under it (`— ظُلّل في 6/8`, `— من المقال`) is its attribution.
    fn pulled_quotes(&mut self) {
        const QUOTES: [char; 6] = ['“', '”', '"', '«', '»', '…'];
        let mut paragraphs: Vec<usize> = Vec::new();
        for i in 0..self.lines.len() {
            let line = &self.lines[i];
            match self.class(i) {
                Some(LineClass::Paragraph | LineClass::Summary)
                    if !line.text.starts_with(QUOTES) =>
                {
                    paragraphs.push(i);
                    continue;
                }
                Some(LineClass::Paragraph | LineClass::Quote) if line.words >= 5 => {}
                _ => continue,
            }
            let inner = line
                .text
                .trim()
                .trim_matches(|c: char| QUOTES.contains(&c) || c == '.');
            let inner = inner.trim();
            if inner.is_empty() {
                continue;
            }
            let Some(&j) = paragraphs
                .iter()
                .find(|&&p| self.lines[p].text.contains(inner))
            else {
                continue;
            };
            self.set_of(
                i,
                LineClass::Repeat,
                "quotes an earlier paragraph: a pull quote",
                j,
            );
            if let Some(k) = self.next_nonblank(i) {
                let next = &self.lines[k];
                if next.words <= 5 && next.text.starts_with(['—', '–', '-', '―']) {
                    self.set(k, LineClass::Chrome, "the attribution under a pull quote");
                }
            }
        }
    }

    /// A date under the title is the publication date unless the body's
    /// "today" names another weekday: then it is the crawl day's widget.
    fn date_lines_against_body(&mut self) {
        self.head_date_under_masthead();
        // Only an unlabelled date line under the title can be contradicted.
        let any = (0..self.lines.len()).any(|i| {
            self.class(i) == Some(LineClass::DateLine)
                && matches!(
                    self.lines[i].shape,
                    Shape::Date {
                        label: DateLabel::None,
                        ..
                    }
                )
        });
        if !any {
            return;
        }
        let today = self.body_today();
        for i in 0..self.lines.len() {
            let Shape::Date { label, matches } = &self.lines[i].shape else {
                continue;
            };
            let Some(best) = gregorian(matches) else {
                continue;
            };
            let contradicted = today.is_some_and(|w| best.date.weekday() != w);
            match self.class(i) {
                Some(LineClass::DateLine) if *label == DateLabel::None && contradicted => {
                    self.set(
                        i,
                        LineClass::DateWidget,
                        "the body's 'today' is another weekday",
                    );
                }
                _ => {}
            }
        }
    }

    /// `التاريخ ⟵ الجمعة 13 نيسان 2018` over the title is the day's widget
    /// when it names the weekday, when a menu parts it from the title, or
    /// when the story names its own publication under the title (`نشر في
    /// 10/4/2018`): a bare "date" label says whose date it is no more than
    /// an unlabelled one does.
    fn head_date_under_masthead(&mut self) {
        let Some(title) = self.title else { return };
        // (`أكادير في الإثنين 10 غشت 2015`: the town and its day, the same.)
        let bare_date = |i: usize| {
            let line = &self.lines[i];
            let Shape::Date {
                label: DateLabel::Published,
                matches,
            } = &line.shape
            else {
                return false;
            };
            let dated_at_place = || {
                lexicon::starts_with_label(&line.key, lexicon::PUBLISHED).is_none()
                    && matches
                        .first()
                        .is_some_and(|m| dated_at_place(&line.text[..m.start]))
            };
            // (A widget shows the day, not its minute: `التاريخ: الإثنين
            // 26/2/2018 – التوقيت: 8:36` stamps the post.)
            self.class(i) == Some(LineClass::DateLine)
                && matches.iter().all(|m| m.time.is_none())
                && !has_clock(&line.text)
                && (bare_date_label(&line.key) || dated_at_place())
        };
        if !(0..title).any(bare_date) {
            return;
        }
        let in_menu = self.menu_blocks();
        let labelled_below = (title + 1..self.lines.len()).any(|j| {
            self.class(j) == Some(LineClass::DateLine)
                && matches!(
                    self.lines[j].shape,
                    Shape::Date {
                        label: DateLabel::Published,
                        ..
                    }
                )
                && !only_says_dated(&self.lines[j].key)
        });
        let widgets: Vec<usize> = (0..title)
            .filter(|&i| {
                // A widget names the weekday (a letter's `مسقط، في 1 مايو
                // 2018م` does not) at the page's top, under the masthead and
                // a banner at most, not right over a post's headline.
                let weekday = || {
                    (0..i).filter(|&k| !self.lines[k].is_blank()).count() <= 5
                        && !ghirbal_arabic::dates::find_weekdays(&self.lines[i].text).is_empty()
                };
                bare_date(i)
                    && (labelled_below
                        || weekday()
                        || (i + 1..title).any(|j| {
                            let line = &self.lines[j];
                            // (Not learnt furniture: a ministry's letterhead
                            // under its dated place is no menu; nor a block
                            // of short lines the date stands in, a letter's
                            // number and dates.)
                            let own_block = !(i + 1..j).any(|k| self.lines[k].is_blank());
                            (in_menu[j] && !own_block)
                                || (matches!(line.shape, Shape::Menu) && !line.furniture)
                        }))
            })
            .collect();
        for i in widgets {
            self.set(
                i,
                LineClass::DateWidget,
                "a bare 'date' over the title: the day's widget",
            );
        }
    }

    /// The weekday the body calls "today" (`اليوم الإثنين`), if any.
    fn body_today(&self) -> Option<ghirbal_arabic::Weekday> {
        self.lines
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                matches!(
                    self.class(*i),
                    Some(LineClass::Paragraph | LineClass::Summary)
                )
            })
            .take(8)
            // Only "today" is wanted: skip the scan where the word cannot be.
            .filter(|(_, l)| l.text.contains("يوم"))
            .flat_map(|(_, l)| find_relative_days(&l.text))
            .find(|m| m.day == RelativeDay::Today && m.weekday.is_some())
            .and_then(|m| m.weekday)
    }

    fn explain(&self) -> Vec<LineExplanation> {
        let mut rows = Vec::with_capacity(self.lines.len());
        for (line, verdict) in self.lines.iter().zip(&self.verdicts) {
            let v = verdict.unwrap_or(Verdict {
                class: LineClass::Chrome,
                reason: "unclassified",
                of: None,
            });
            let reason = match v.of {
                Some(j) => format!("{} (line {})", v.reason, self.lines[j].no),
                None => v.reason.to_string(),
            };
            let text = if line.continued.is_empty() {
                line.text.to_string()
            } else {
                // The joined paragraph is shown piece by piece, as input.
                ghirbal_arabic::normalize(line_head(line)).into_owned()
            };
            rows.push(LineExplanation {
                line: line.no,
                class: v.class,
                reason,
                text,
            });
            for (no, raw) in &line.continued {
                rows.push(LineExplanation {
                    line: *no,
                    class: v.class,
                    reason: format!("continues line {} (a hard-wrapped paragraph)", line.no),
                    text: ghirbal_arabic::normalize(raw).into_owned(),
                });
            }
        }
        rows
    }

    fn assemble(&self, input: &str, raw: &str) -> Article {
        let mut article = Article {
            id: record_id(input, raw.as_bytes()),
            input: input.to_string(),
            source_format: SourceFormat::Text,
            ..Article::default()
        };
        let mut list: Vec<&str> = Vec::new();
        let flush_list = |list: &mut Vec<&str>, blocks: &mut Vec<Block>| {
            if !list.is_empty() {
                blocks.push(Block::new(BlockKind::List, list.join("\n")));
                list.clear();
            }
        };
        let mut agencies: Vec<&'static str> = Vec::new();
        let mut page_date_hijri = None;
        let mut original_date = None;
        let first_body = (0..self.lines.len())
            .find(|&i| self.class(i).is_some_and(LineClass::is_body))
            .unwrap_or(self.lines.len());
        let own_date_in_head = (0..first_body).any(|i| {
            self.class(i) == Some(LineClass::DateLine) && !names_an_original(&self.lines[i].key)
        });
        for (i, line) in self.lines.iter().enumerate() {
            let Some(class) = self.class(i) else { continue };
            if class != LineClass::ListItem && class != LineClass::Blank {
                flush_list(&mut list, &mut article.blocks);
            }
            match class {
                LineClass::Title => {
                    let end = line.bar.as_ref().map_or(line.text.len(), |(end, _)| *end);
                    let title_text = match self.title_after_label {
                        Some(start) if start < line.text.len() => &line.text[start..],
                        _ => &line.text[..end],
                    };
                    article.title = Some(
                        without_kicker(without_subject_label(without_mail_marks(undecorated(
                            title_text,
                        ))))
                        .to_string(),
                    );
                }
                LineClass::Summary => {
                    article.summary = Some(match &line.shape {
                        Shape::ListItem { body } => body.clone(),
                        // `ملخص المادة: …`: the lede after its label.
                        _ if opens_with_lede_label(line) => split_lede_label(&line.text)
                            .map_or(&*line.text, |(_, lede)| lede.trim())
                            .to_string(),
                        // (A mark before it, `💬`, `▶`, is the page's, and
                        // so is the one closing it after an opening one:
                        // `❝ … ❞`.)
                        _ => {
                            let mark = |c: char| {
                                (c as u32 >= 0x2190 && !is_alphanumeric(c)) || c == '\u{FE0F}'
                            };
                            let text = line.text.trim_start_matches(mark);
                            let text = if text.len() < line.text.len() {
                                text.trim_end_matches(mark)
                            } else {
                                // (`» …`: a closing guillemet opens no
                                // quotation; it points at the lede.)
                                text.strip_prefix("» ").unwrap_or(text)
                            };
                            text.trim().to_string()
                        }
                    })
                }
                LineClass::Heading => article
                    .blocks
                    .push(Block::new(BlockKind::Heading, line.text.to_string())),
                LineClass::Paragraph => article
                    .blocks
                    .push(Block::new(BlockKind::Paragraph, line.text.to_string())),
                LineClass::ListItem => {
                    if let Shape::ListItem { body } = &line.shape {
                        list.push(body);
                    }
                }
                LineClass::Quote => {
                    let text = match &line.shape {
                        Shape::Quote { body } => body.clone(),
                        _ => line.text.to_string(),
                    };
                    article.blocks.push(Block::new(BlockKind::Quote, text));
                }
                LineClass::Caption => {
                    let (caption, credit) = match &line.shape {
                        Shape::Caption { caption, credit } => {
                            (caption.clone(), Some(credit.clone()))
                        }
                        _ => match &line.bar {
                            Some((end, credit)) if !credit.is_empty() => (
                                line.text[..*end].to_string(),
                                Some(strip_credit_label(credit).to_string()),
                            ),
                            _ if dash_credit(line).is_some() => {
                                let (caption, credit) = dash_credit(line).unwrap_or_default();
                                // (`… ـ تصوير: فلان`: the photographer, not the label.)
                                (
                                    caption.to_string(),
                                    Some(strip_credit_label(credit).to_string()),
                                )
                            }
                            _ => {
                                let credit = self.next_nonblank(i).and_then(|j| {
                                    match &self.lines[j].shape {
                                        Shape::Credit { credit } => Some(credit.clone()),
                                        _ => None,
                                    }
                                });
                                (line.text.to_string(), credit)
                            }
                        },
                    };
                    article.images.push(Image {
                        caption: Some(caption),
                        credit,
                        src: None,
                    });
                }
                // `بيانات: فلان`, `تحرير: فلان` beside `تحقيق وكتابة: فلانة`:
                // the team's other hands, not its writers.
                LineClass::Byline if self.contributor_credit(i) => {}
                LineClass::Byline => match &line.shape {
                    Shape::Byline { names } => {
                        for name in split_names(names) {
                            if !article.authors.contains(&name) {
                                article.authors.push(name);
                            }
                        }
                    }
                    Shape::Place {
                        place,
                        author,
                        agency,
                    } => {
                        article.dateline.get_or_insert_with(|| place.clone());
                        if let Some(author) = author {
                            if !article.authors.contains(author) {
                                article.authors.push(author.clone());
                            }
                        }
                        agencies.extend(agency);
                    }
                    _ => {}
                },
                LineClass::Sources => {
                    let list = match &line.shape {
                        Shape::SourcesLabel { rest } => rest.as_str(),
                        _ => &*line.text,
                    };
                    let list = list.trim_matches(|c: char| "()[]".contains(c));
                    for item in split_sources(list) {
                        if let Some(code) = agency_code(&item) {
                            agencies.push(code);
                        }
                        if !article.sources.contains(&item) {
                            article.sources.push(item);
                        }
                    }
                }
                LineClass::Tags => {
                    let list = match &line.shape {
                        Shape::Tags { list } => list.as_str(),
                        _ => &*line.text,
                    };
                    article.tags.extend(
                        list.split(['،', ',', '|', '#', '؛', ';', '·', '•', '⁘'])
                            .map(str::trim)
                            .filter(|t| !t.is_empty())
                            .map(str::to_string),
                    );
                }
                // (Kept for last when the page's head gives its own date.)
                LineClass::DateLine if own_date_in_head && names_an_original(&line.key) => {
                    original_date.get_or_insert(i);
                }
                LineClass::DateWidget | LineClass::DateLine => {
                    if self.title.is_some_and(|t| i > t) {
                        self.wire_date_line(line, &mut article, &mut agencies);
                    }
                    Self::record_date(i, class, line, &mut article, &mut page_date_hijri);
                    if class == LineClass::DateLine {
                        if let Some(name) = signed_date_line(line) {
                            if !article.authors.iter().any(|a| a == name) {
                                article.authors.push(name.to_string());
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        flush_list(&mut list, &mut article.blocks);
        if let Some(i) = original_date.filter(|_| article.published.is_none()) {
            let line = &self.lines[i];
            Self::record_date(
                i,
                LineClass::DateLine,
                line,
                &mut article,
                &mut page_date_hijri,
            );
        }
        self.author_box(&mut article);
        self.finish(article, agencies)
    }

    /// Puts a date line's date where its class says: the page's widget date,
    /// or the publication or update time.
    /// A widget may give the day in both calendars on lines of their own:
    /// the Gregorian one is printed, the Hijri one only converted (and the
    /// conversion may be a day off the site's), so it replaces a Hijri day
    /// read on the line right above it; `page_date_hijri` is that line.
    fn record_date(
        i: usize,
        class: LineClass,
        line: &Line<'_>,
        article: &mut Article,
        page_date_hijri: &mut Option<usize>,
    ) {
        let Shape::Date { label, matches } = &line.shape else {
            return;
        };
        // `آخر تحديث: 6 أبريل 2018 | نشر في: 4 أبريل 2018`: the update
        // first, the publication after its own label.
        if class == LineClass::DateLine {
            if let Some((update, publication)) = update_then_publication(line, matches) {
                article
                    .published
                    .get_or_insert_with(|| iso_with_time(publication));
                article
                    .modified
                    .get_or_insert_with(|| iso_with_time(update));
                return;
            }
        }
        let slot = match class {
            LineClass::DateWidget => {
                let found = gregorian(matches);
                let hijri = found.is_some_and(|m| m.calendar == Calendar::Hijri);
                let better =
                    page_date_hijri.is_some_and(|h| i <= h + 2) && found.is_some() && !hijri;
                if article.page_date.is_none() || better {
                    article.page_date = Some(found.map(|m| m.date.to_iso()).unwrap_or_default());
                    *page_date_hijri = hijri.then_some(i);
                }
                return;
            }
            LineClass::DateLine if *label == DateLabel::Modified => {
                // `نُشر في 19/5/2017 — حُدّث في 20/5/2017`: both on one line,
                // the publication first.
                let gregorian: Vec<&DateMatch> = matches
                    .iter()
                    .filter(|m| m.calendar == Calendar::Gregorian)
                    .collect();
                if let [first, .., last] = gregorian.as_slice() {
                    let before = search_key(&line.text[..first.start]);
                    let before = before.trim_start_matches(|c: char| !is_alphanumeric(c));
                    // (`الإثنين 22 أغسطس 2016 آخر تحديث: 23/08/2016`: an
                    // unlabelled day and then the update.)
                    let unlabelled = !before.chars().any(is_alphabetic)
                        || ghirbal_arabic::dates::find_weekdays(before).len()
                            == before.split_whitespace().count();
                    if unlabelled
                        || lexicon::starts_with_label(before, lexicon::PUBLISHED).is_some()
                    {
                        article
                            .published
                            .get_or_insert_with(|| iso_with_time(first));
                        article.modified.get_or_insert_with(|| iso_with_time(last));
                        return;
                    }
                }
                &mut article.modified
            }
            LineClass::DateLine => &mut article.published,
            _ => return,
        };
        if slot.is_none() {
            *slot = gregorian(matches).map(iso_with_time);
        }
    }

    /// `الرياض 26 ذو القعدة 1445 هـ الموافق 03 يونيو 2024 م واس`: a wire
    /// dateline whose date fills the middle; the place leads and the agency ends it.
    fn wire_date_line(
        &self,
        line: &Line<'_>,
        article: &mut Article,
        agencies: &mut Vec<&'static str>,
    ) {
        let Shape::Date { matches, .. } = &line.shape else {
            return;
        };
        let (Some(first), Some(last)) = (matches.first(), matches.last()) else {
            return;
        };
        let tail = &line.text[last.end..];
        let found: Vec<&'static str> = find_agencies(tail).iter().map(|m| m.code).collect();
        if found.is_empty() {
            return;
        }
        agencies.extend(found);
        let head = line.text[..first.start]
            .trim()
            .trim_end_matches(['-', '–', '،', ','])
            .trim();
        let words = head.split_whitespace().count();
        if (1..=2).contains(&words) && letters_and_spaces(head) {
            article.dateline.get_or_insert_with(|| head.to_string());
        }
    }

    /// An author box after the body: a block naming the writer above links
    /// to "the writer's other articles".
    fn author_box(&self, article: &mut Article) {
        let last_body = (0..self.lines.len())
            .rev()
            .find(|&i| self.class(i).is_some_and(LineClass::is_body));
        let Some(last_body) = last_body else { return };
        let mut i = last_body + 1;
        while i < self.lines.len() {
            if self.lines[i].is_blank() {
                i += 1;
                continue;
            }
            let end = (i..self.lines.len())
                .find(|&j| self.lines[j].is_blank())
                .unwrap_or(self.lines.len());
            let about_writer = (i..end).any(|j| {
                let key = &self.lines[j].key;
                key.contains("الكاتب") || key.contains("للكاتب") || key.contains("author")
            });
            if about_writer {
                let name = (i..end).map(|j| &self.lines[j]).find(|l| {
                    (2..=4).contains(&l.words)
                        && matches!(l.shape, Shape::Text)
                        && l.counts.digits == 0
                        && l.counts.punctuation == 0
                        && !l.key.contains("الكاتب")
                        && !l.is_ui_word()
                });
                if let Some(name) = name {
                    if !article.authors.iter().any(|a| *a == *name.text) {
                        article.authors.push(name.text.to_string());
                    }
                    return;
                }
            }
            i = end;
        }
    }

    fn finish(&self, mut article: Article, mut agencies: Vec<&'static str>) -> Article {
        if let Some(first) = article
            .blocks
            .iter()
            .find(|b| b.kind == BlockKind::Paragraph)
        {
            if let Some(dateline) = parse_dateline(&first.text) {
                article
                    .dateline
                    .get_or_insert_with(|| dateline.place.to_string());
                if let Some(code) = dateline.agency {
                    agencies.push(code);
                }
            } else if let Some(place) = bare_dateline(&first.text) {
                article.dateline.get_or_insert_with(|| place.to_string());
            }
        }
        // A name beside a paper is the writer only when nothing else signs
        // the story (a place or a desk may stand there too).
        if article.authors.is_empty() {
            if let Some((_, names)) = self.writers_beside_desk.first() {
                article.authors.extend(split_names(names));
            }
        }
        if article.published.is_none() {
            article.published = self.dateline_day(&article);
        }
        if article.published.is_none() {
            if let Some((day, time)) = self.signed_post_time() {
                // The day over the title was the post's, not the page's
                // (unless the page prints its own date too).
                let dates_above = self.lines[..self.title.unwrap_or(0)]
                    .iter()
                    .filter(|l| matches!(l.shape, Shape::Date { .. }))
                    .count();
                if article.page_date.as_deref() == Some(&day[..]) && dates_above == 1 {
                    article.page_date = None;
                }
                article.published = Some(time);
            }
        }
        if article.published.is_none() {
            article.published = self.channel_post_time(&article);
        }
        if article.published.is_none() {
            article.published.clone_from(&self.signature_day);
        }
        if article.published.is_none() {
            article.published = self.stamped_widget(&article);
        }
        if article.published.is_none() {
            article.published = self.print_issue_day(&article);
        }
        agencies.sort_unstable();
        agencies.dedup();
        article.agencies = agencies.into_iter().map(str::to_string).collect();
        article.rebuild_text();
        article.lang = self.lang();
        article.site.clone_from(&self.site);
        if article.title.is_none() {
            article
                .warnings
                .push("no-title: no headline line before the body".to_string());
        }
        if article.blocks.is_empty() {
            article
                .warnings
                .push("no-body: no line reads as article prose".to_string());
        }
        article
    }

    /// `الإثنين 6 فبراير '17` heads the page; `صدر الخبر يوم الأحد … عند
    /// الساعة 14:03` under it dates the story: a later date line above the
    /// body, unlabelled but giving the time of day, on or before the page's
    /// day, is the story's publication.
    fn stamped_widget(&self, article: &Article) -> Option<String> {
        let page_day = article.page_date.as_deref()?;
        let mut widgets =
            (0..self.lines.len()).filter(|&i| self.class(i) == Some(LineClass::DateWidget));
        widgets.next()?;
        widgets.find_map(|i| {
            let Shape::Date { matches, .. } = &self.lines[i].shape else {
                return None;
            };
            let found = gregorian(matches)?;
            (found.time.is_some() && found.date.to_iso().as_str() <= page_day)
                .then(|| iso_with_time(found))
        })
    }

    /// A print edition's page (`العدد (3853) – السنة السابعة` on its
    /// masthead) is dated by its issue: the day over the title is the day
    /// the story came out.
    fn print_issue_day(&self, article: &Article) -> Option<String> {
        let day = article.page_date.clone()?;
        let title = self.title?;
        self.lines[..title].iter().any(is_issue_line).then_some(day)
    }

    /// A channel's page (Telegram's web preview) runs posts under a day's
    /// date, each closed by its time and views (`17:45 • 2.0K`, `معدّل 17:45
    /// • 2.0K` when edited): the story's post is published on the day above
    /// the title at the time of the first such stamp after it.
    fn channel_post_time(&self, article: &Article) -> Option<String> {
        let day = article.page_date.as_deref().filter(|d| d.len() == 10)?;
        let title = self.title?;
        (title + 1..self.lines.len())
            .filter(|&i| (2..=5).contains(&self.lines[i].words))
            .find_map(|i| post_stamp(&self.lines[i].text))
            .map(|(h, m)| format!("{day}T{h:02}:{m:02}"))
    }

    /// Line `i` stands right over the title: at most four short lines, none
    /// a menu, between them.
    fn close_over(&self, i: usize, title: usize) -> bool {
        let mut between = self.lines[i + 1..title].iter().filter(|l| !l.is_blank());
        between.clone().count() <= 4
            // (An editor's field, `المحرر المسؤول: فلان`, is no menu.)
            && between.all(|l| (!matches!(l.shape, Shape::Menu) || is_masthead_role(l)) && l.words <= 8)
    }

    /// A blog runs each post under its day's date and signs it below with
    /// the time (`كتبته فلانة عند الساعة 10:26 ص`): the post is published on
    /// that day at that time.
    /// Returns the day and the time.
    fn signed_post_time(&self) -> Option<(String, String)> {
        let title = self.title?;
        // The day's date: the last date line over the title, with no time.
        let day = (0..title).rev().find_map(|i| match &self.lines[i].shape {
            Shape::Date { matches, .. } => Some(matches),
            _ => None,
        })?;
        let [day] = day.as_slice() else { return None };
        if day.time.is_some() || day.calendar != Calendar::Gregorian {
            return None;
        }
        let day = day.date.to_iso();
        (title + 1..self.lines.len())
            .filter(|&i| matches!(self.lines[i].shape, Shape::Byline { .. }))
            .find_map(|i| signed_at(&self.lines[i]))
            .map(|(_, (h, m))| {
                let time = format!("{day}T{h:02}:{m:02}");
                (day, time)
            })
    }

    /// `— المركز الإعلامي، كربلاء، 12 نيسان 2018`: a signature under the
    /// body, after a dash, naming the desk and the place and ending with
    /// the day the story was filed.
    /// Returns the line and the day.
    fn signature(&self) -> Option<(usize, String)> {
        let last_paragraph = (0..self.lines.len())
            .rev()
            .find(|&i| self.class(i) == Some(LineClass::Paragraph))?;
        let mut i = last_paragraph;
        // (Boxes and share bars may stand between.)
        for _ in 0..5 {
            i = self.next_nonblank(i)?;
            let line = &self.lines[i];
            let Some(rest) = line.text.strip_prefix(['—', '–', '-']) else {
                continue;
            };
            if line.words > 16 || !rest.starts_with(' ') {
                continue;
            }
            let rest = rest.trim_end_matches(['.', ' ']);
            let Some(m) = ghirbal_arabic::dates::find_dates(rest).pop() else {
                continue;
            };
            let ends_there = rest[m.end..].trim_end_matches(['م', ' ']).is_empty();
            if ends_there && m.calendar == Calendar::Gregorian {
                return Some((i, iso_with_time(&m)));
            }
        }
        None
    }

    /// `رام الله، 5 أيار 2024 (وفا) - …`: a wire dateline carrying the
    /// story's date, between the place and the credit or dash.
    fn dateline_day(&self, article: &Article) -> Option<String> {
        let first = article
            .blocks
            .iter()
            .find(|b| b.kind == BlockKind::Paragraph)?;
        dated_dateline(&first.text).map(|m| iso_with_time(&m))
    }

    fn lang(&self) -> Option<String> {
        let (arabic, latin) = self.lines.iter().fold((0, 0), |(a, l), line| {
            (
                a + line.counts.arabic_letters,
                l + line.counts.latin_letters,
            )
        });
        (arabic > 0 && arabic >= latin).then(|| "ar".to_string())
    }
}

/// `رام الله، 5 أيار 2024 (وفا) - …`: the date in a paragraph's wire
/// dateline, between the place and the credit or dash.
fn dated_dateline(paragraph: &str) -> Option<DateMatch> {
    let near = head(paragraph);
    let mut cut = near.len().min(120);
    while !near.is_char_boundary(cut) {
        cut -= 1;
    }
    let near = &near[..cut];
    let m = ghirbal_arabic::dates::find_dates(near).into_iter().next()?;
    let place = near[..m.start].trim().trim_end_matches(['،', ',']).trim();
    let place_ok = (1..=3).contains(&place.split_whitespace().count()) && letters_and_spaces(place);
    let after = near[m.end..].trim_start();
    let closed = after.starts_with(['(', '[', '-', '–', '—', 'ـ', ':']);
    (place_ok && closed).then_some(m)
}

/// The Gregorian reading of a date line (a Hijri date's `الموافق` partner, or
/// the Hijri date converted).
fn gregorian(matches: &[DateMatch]) -> Option<&DateMatch> {
    matches
        .iter()
        .find(|m| m.calendar == Calendar::Gregorian)
        .or_else(|| matches.first())
}

fn iso_with_time(m: &DateMatch) -> String {
    match m.time {
        Some((h, min)) => format!("{}T{h:02}:{min:02}", m.date.to_iso()),
        None => m.date.to_iso(),
    }
}

/// `جانب من الاحتفال — وكالة الأنباء`: a short description, a long dash
/// and a credit of a few words, neither ending a sentence.
fn dash_credit<'l>(line: &'l Line<'_>) -> Option<(&'l str, &'l str)> {
    // Both dashes (U+2014, U+2013) start with byte E2, the hyphen is `-`:
    // a line without them is refused before the substring searches.
    // (A tatweel set apart is a dash too: `ساحة عمومية ـ تصوير: خاص`.)
    if line.words > 16
        || (memchr::memchr2(0xE2, b'-', line.text.as_bytes()).is_none()
            && !line.text.contains(" ـ "))
    {
        return None;
    }
    use crate::dump::lines::reads_as_credit;
    let (caption, credit) = if let Some(split) = line.text.rsplit_once(" — ") {
        split
    } else if let Some(split) = line.text.rsplit_once(" – ") {
        // An en dash joins headlines' parts too (`سوريا – تركيا`): only
        // before what reads as a credit (`– أرشيف`, `– ح.م`).
        Some(split).filter(|(_, credit)| reads_as_credit(credit) || is_initials(credit))?
    } else {
        // A hyphen also ends a tab's title with the site's name (`… -
        // Al Arabiya`): only an archive, a photo word or an agency.
        line.text
            .rsplit_once(" - ")
            .or_else(|| line.text.rsplit_once(" ـ "))
            .filter(|(_, credit)| !credit.is_ascii() && reads_as_credit(credit))?
    };
    let (caption, credit) = (caption.trim(), credit.trim());
    let caption_words = caption.split_whitespace().count();
    let credit_words = credit.split_whitespace().count();
    let ok = (2..=12).contains(&caption_words)
        && (1..=5).contains(&credit_words)
        && !caption.contains(" — ")
        && !ghirbal_arabic::script::ends_with_sentence_punct(caption)
        && !ghirbal_arabic::script::ends_with_sentence_punct(credit)
        && !caption.ends_with([':', '،', ','])
        && credit.chars().any(is_alphabetic)
        // `headline — ۱۷ ثور`: another story's day, in a list of them.
        && !ghirbal_arabic::dates::is_day_and_month(credit);
    ok.then_some((caption, credit))
}

/// The line ends asking (`…؟`, `…?"`).
fn asks(line: &Line<'_>) -> bool {
    line.text
        .trim_end_matches(['"', '»', '”', ' '])
        .ends_with(['؟', '?'])
}

/// Two `#tag`s or more, half the line's words at least (`&#8220;`, an
/// escaped quotation mark, is no tag).
fn mostly_hashtags(line: &Line<'_>) -> bool {
    let text = &*line.text;
    let tags = memchr::memchr_iter(b'#', text.as_bytes())
        .filter(|&at| {
            !text[..at].ends_with('&') && text[at + 1..].chars().next().is_some_and(is_alphabetic)
        })
        .count();
    tags >= 2 && tags * 2 >= line.words
}

/// `ح.م`, `و.ص`: a credit's initials (`حقوق محفوظة`, a photographer's).
fn is_initials(text: &str) -> bool {
    let text = text.trim();
    text.contains('.')
        && text.chars().count() <= 6
        && text
            .chars()
            .all(|c| is_alphabetic(c) || c == '.' || c == ' ')
}

/// `(أ ف ب)` or `رويترز` alone on a line: the story's wire credit.
fn is_agency_credit(line: &Line<'_>) -> bool {
    line.words <= 6 && {
        let inner = line.text.trim_matches(|c: char| "()[]-–ـ ".contains(c));
        may_open_with_agency(inner)
            && split_sources(inner)
                .iter()
                .all(|s| agency_code(s).is_some())
            && !find_agencies(inner).is_empty()
    }
}

/// `نشر بواسطة: ريم القاسم في 6 يوليو، 2018 الساعة 5:53 م`, `By Sami
/// Haddad on May 3, 2018`: a date line that names its writer before the
/// date.
fn signed_date_line<'l>(line: &'l Line<'_>) -> Option<&'l str> {
    let Shape::Date { matches, .. } = &line.shape else {
        return None;
    };
    let before = line.text[..matches.first()?.start].trim_end();
    // `نشر بواسطة`, `كتب بواسطة`: a verb may stand before the label.
    let full_key = search_key(before);
    let verb = ["نشر ", "نشرت ", "كتب ", "posted "]
        .iter()
        .find(|verb| full_key.starts_with(*verb));
    let key = &full_key[verb.map_or(0, |v| v.len())..];
    let label = lexicon::starts_with_label(key, lexicon::BYLINE)?;
    let label_words = key[..label].split_whitespace().count() + usize::from(verb.is_some());
    let mut name = before;
    for _ in 0..label_words {
        name = name.split_once(' ')?.1;
    }
    let name = name.trim_start_matches([':', ' ']);
    let name = ["في", "on", "بتاريخ", "يوم", "-", "|", "،", ","]
        .iter()
        .fold(name, |n, tail| n.strip_suffix(tail).unwrap_or(n).trim_end());
    let words = name.split_whitespace().count();
    ((2..=4).contains(&words) && !name.contains([':', '|', '،', ','])).then_some(name)
}

fn split_names(names: &str) -> Vec<String> {
    // `بقلم فلان • مجتمع`: after a bullet, the section or the date; but
    // `فلان الفلاني · فلانة الفلانية`: names of two words or more each.
    let dotted: Vec<&str> = names.split(['•', '◦', '·', '∙']).map(str::trim).collect();
    let all_names = dotted.len() > 1
        && dotted.iter().all(|part| {
            (2..=4).contains(&part.split_whitespace().count()) && letters_and_spaces(part)
        });
    let names = if all_names {
        std::borrow::Cow::Owned(dotted.join("، "))
    } else {
        std::borrow::Cow::Borrowed(dotted[0])
    };
    let names = names.as_ref();
    let mut names = names
        .split(['،', ',', '/', '|', '&', '+'])
        // `… | Editor: فلان`: another role's field after the writer's.
        .filter(|part| !part.contains([':', '：']))
        // `and` in English, Italian and Dutch.
        .flat_map(|part| part.split(" and "))
        .flat_map(|part| part.split(" e "))
        .flat_map(|part| part.split(" en "))
        // `يوسف داود – ألقوش`: the writer, then where they write from.
        .map(|n| {
            [" – ", " - ", " — "]
                .iter()
                .filter_map(|dash| n.find(dash))
                .min()
                .map_or(n, |cut| &n[..cut])
        })
        // `رولا المجالي من داخل قاعة المحكمة`: the writer, then where from.
        .map(|n| match n.find(" من ") {
            Some(cut) if n[..cut].split_whitespace().count() >= 2 => &n[..cut],
            _ => n,
        })
        // `فلان (@handle)`, `فلان (كاتب ضيف)`: a note on the writer.
        .map(|n| n.split_once(" (").map_or(n, |(name, _)| name))
        .flat_map(|part| part.split(" بالاشتراك مع "))
        .flat_map(|part| part.split(" بمشاركة "))
        // `فلانة و فلان`: a spaced و between two full names.
        .flat_map(|part| match part.split_once(" و ") {
            Some((a, b))
                if a.split_whitespace().count() >= 2 && b.split_whitespace().count() >= 2 =>
            {
                vec![a, b]
            }
            _ => vec![part],
        })
        // (`اوليه: فلان دان فلانة`: Malay's "and", in Jawi.)
        .flat_map(|part| part.split(" دان "))
        .map(|n| {
            n.trim()
                .trim_end_matches(['.', '-', '–', '—', '·', '•'])
                .trim()
        })
        // `فلانة، مدرّسة الفيزياء`: the writer's trade after a comma;
        // `Par X, avec La Presse Canadienne`: the agency that helped.
        .filter(|n| {
            let key = search_key(n);
            !opens_with_trade(&key) && !["avec ", "with ", "مع "].iter().any(|w| key.starts_with(w))
        })
        .flat_map(split_at_and)
        .map(without_role_before_name)
        .filter(|n| !n.is_empty() && n.split_whitespace().count() <= 6)
        .map(str::to_string)
        .collect::<Vec<_>>();
    // `ناهيد سلطاني / هرات`: after a full name, one word is the city.
    if names.len() == 2
        && names[0].split_whitespace().nth(1).is_some()
        && names[1].split_whitespace().nth(1).is_none()
    {
        names.truncate(1);
    }
    names
}

/// `ماجد اللحياني وسعود القرشي`: Arabic joins two writers with a `و`
/// glued to the second. Split only where both sides keep a first and a
/// family name, and not before a name that itself starts with `و`.
fn split_at_and(names: &str) -> Vec<&str> {
    // (`ولد` is the Mauritanian "son of": `محمد الأمين ولد سيدي`.)
    const WAW_NAMES: [&str; 19] = [
        "ولد", "وليد", "وائل", "وفاء", "وداد", "وسام", "وجدي", "وجيه", "وحيد", "وديع", "وهيب",
        "وهب", "وصفي", "وصال", "وفيق", "وضاح", "وعد", "ورد", "ولي",
    ];
    let mut parts = Vec::new();
    let mut rest = names;
    while let Some(at) = rest.find(" و") {
        let (first, second) = (&rest[..at], &rest[at + " و".len()..]);
        let second_name = second.split_whitespace().next().unwrap_or("");
        let waw_name = WAW_NAMES
            .iter()
            .any(|w| w.strip_prefix('و') == Some(second_name));
        if first.split_whitespace().count() < 2
            || second.split_whitespace().count() < 2
            || waw_name
            || second.starts_with(' ')
        {
            break;
        }
        parts.push(first.trim());
        rest = second;
    }
    parts.push(rest.trim());
    parts
}

/// The opening of a paragraph, where a dateline would stand: whether one
/// does is never decided further in.
fn head(paragraph: &str) -> &str {
    const HEAD: usize = 320;
    if paragraph.len() <= HEAD {
        return paragraph;
    }
    let mut end = HEAD;
    while !paragraph.is_char_boundary(end) {
        end -= 1;
    }
    // Cut at a space, so the last word is whole.
    let end = paragraph[..end].rfind(' ').unwrap_or(end);
    &paragraph[..end]
}

/// `الرياض - قلب فريق…`: a place and a dash opening the first paragraph,
/// with no credit after it. Only trusted on the first paragraph, where a
/// dateline stands.
fn bare_dateline(paragraph: &str) -> Option<&str> {
    // The place is a word or two: the dash stands near the start.
    let near = head(paragraph);
    let mut cut = near.len().min(96);
    while !near.is_char_boundary(cut) {
        cut -= 1;
    }
    let near = &near[..cut];
    // Every dash holds one of these bytes (`-`; tatweel D9 80; en and em
    // dash E2 80 9x): without them there is no substring to search for.
    memchr::memchr3(b'-', 0x80, 0xE2, near.as_bytes())?;
    let (place, _) = [" - ", " ـ ", " – ", " — "]
        .iter()
        .filter_map(|dash| near.split_once(dash))
        .min_by_key(|(place, _)| place.len())?;
    let rest = paragraph[place.len()..]
        .trim_start()
        .trim_start_matches(['-', 'ـ', '–', '—']);
    let place_words = place.split_whitespace().count();
    let place_ok = (1..=2).contains(&place_words)
        && letters_and_spaces(place)
        && ghirbal_arabic::script::count(place).arabic_letters > 0;
    (place_ok && rest.split_whitespace().nth(4).is_some()).then_some(place)
}

/// A person's name on its own line: `د. عمر المحمود`, `سليمان بن علي`.
/// Titles rarely open with an honorific or read as a bare name.
fn looks_like_name(line: &Line<'_>) -> bool {
    const HONORIFICS: &[&str] = &[
        "د.",
        "د",
        "أ.",
        "م.",
        "الدكتور",
        "الدكتوره",
        "الشيخ",
        "الاستاذ",
        "المهندس",
        "dr.",
        "dr",
    ];
    if !(2..=5).contains(&line.words) || line.counts.digits > 0 {
        return false;
    }
    let first = line.text.split_whitespace().next().unwrap_or_default();
    let first_key = ghirbal_arabic::search_key(first);
    HONORIFICS.contains(&first) || HONORIFICS.contains(&first_key.as_str())
}

/// `نبيل باوزير و وضاح الشرعبي`, `هالة الفاضل / محجوب إدريس`, `سعيد
/// باوزير · منى القحطاني`: two writers' names, each of two or three words,
/// joined by a spaced `و`, a slash, a middle dot or a comma. (A name opens
/// with no `ال`: `الأهلي و الزمالك` is no pair.)
fn names_two_writers(text: &str) -> bool {
    let Some((a, b)) = [" و ", " / ", " · ", "، ", ", "]
        .iter()
        .find_map(|sep| text.split_once(sep))
    else {
        return false;
    };
    [a, b].iter().all(|name| {
        let name = name.trim();
        (2..=3).contains(&name.split_whitespace().count())
            && letters_and_spaces(name)
            && !name.starts_with("ال")
    })
}

/// True when one of `later` restates `lede`: half their distinct folded
/// words shared, or most of the lede's words found in it (a lede cut from
/// the first paragraph).
fn restated<'a, 'l: 'a>(lede: &Line<'_>, later: impl Iterator<Item = &'a Line<'l>>) -> bool {
    let mut key = String::new();
    let mut lede_words: Vec<u64> = key_words_iter(lede.search_key(&mut key))
        .map(word_hash)
        .collect();
    lede_words.sort_unstable();
    lede_words.dedup();
    // A lede is a sentence or two (and at most 128 words fit the mask below).
    if lede_words.len() < 5 || lede_words.len() > 80 {
        return false;
    }
    let mut words: Vec<u64> = Vec::new();
    for paragraph in later {
        let key = paragraph.search_key(&mut key);
        // Which of the lede's words the paragraph has, as a bit mask: no
        // set of the paragraph's own words unless the overlap could pass.
        let mut found = 0u128;
        for word in key_words_iter(key) {
            if let Ok(at) = lede_words.binary_search(&word_hash(word)) {
                found |= 1 << at;
            }
        }
        let common = found.count_ones() as usize;
        if common * 10 >= lede_words.len() * 8 {
            return true;
        }
        // common * 2 >= |lede ∪ words| needs at least common * 2 >= |lede|.
        if common * 2 >= lede_words.len() {
            words.clear();
            words.extend(key_words_iter(key).map(word_hash));
            words.sort_unstable();
            words.dedup();
            let union = lede_words.len() + words.len() - common;
            if common * 2 >= union {
                return true;
            }
        }
    }
    false
}

/// A lede's label (search key): one of the lexicon's, or the story told
/// in so much time or room (`الخبر في 20 ثانية`, `القصة في دقيقة`).
fn is_lede_label(key: &str) -> bool {
    const ROOM: [&str; 14] = [
        "ثانيه",
        "ثانيتين",
        "ثوان",
        "ثواني",
        "دقيقه",
        "دقيقتين",
        "دقاءق",
        "سطر",
        "سطرين",
        "اسطر",
        "سطور",
        "جمله",
        "جملتين",
        "كلمات",
    ];
    if lexicon::is_label(key, lexicon::LEDE) {
        return true;
    }
    // (Asked of every title candidate: most hold no `في` and are refused
    // before their words are split.)
    if !key.contains("في") {
        return false;
    }
    let words: Vec<&str> = key
        .trim_matches(|c: char| !c.is_alphanumeric())
        .split_whitespace()
        .collect();
    // (`في` then the room, maybe a count between: `في 20 ثانية`; the
    // story named first, not the reader: `تقرئينه في 4 دقائق` is a
    // reading time.)
    const STORY: [&str; 7] = [
        "في",
        "الخبر",
        "القصه",
        "الموضوع",
        "المقال",
        "التقرير",
        "الحدث",
    ];
    // (`الخلاصة في 20 ثانية`: the gist, not the story, may be told so.)
    (2..=5).contains(&words.len())
        && (STORY.contains(&words[0])
            || SUMMARY_WORDS.contains(&words[0])
            || matches!(words[0], "الخلاصه" | "الملخص" | "الموجز"))
        && words.last().is_some_and(|w| ROOM.contains(w))
        && words[..words.len() - 1]
            .iter()
            .rev()
            .take(2)
            .any(|w| *w == "في")
}

/// `ملخص المادة: …`, `باختصار: …`: a lede led by its label on its own line.
fn opens_with_lede_label(line: &Line<'_>) -> bool {
    if line.words > MAX_LEDE_WORDS {
        return false;
    }
    // Long lines carry no key: fold the words before the colon alone.
    split_lede_label(&line.text).is_some_and(|(head, rest)| {
        let key = ghirbal_arabic::search_key(head);
        // `⚡ أبرز ما جاء:`: a pictograph may stand before the label.
        let key = key.trim_start_matches(|c: char| !c.is_alphanumeric());
        let words = key.split_whitespace().count();
        // `موجز القضية:`, `ملخص الجلسة:`: "summary of the …" names the lede
        // whatever it sums up.
        let summary_of = words <= 3
            && key
                .split_whitespace()
                .next()
                .is_some_and(|w| SUMMARY_WORDS.contains(&w));
        // `المقدمة: …` opens a lede on its line; alone over a paragraph
        // it heads a report's introduction.
        let introduction = matches!(key, "المقدمه" | "مقدمه") && !rest.trim().is_empty();
        // `باختصار للمستثمر:`, `المختصر المفيد:`: a lede label and a
        // word that qualifies it.
        let qualified = words <= 3
            && key
                .split_whitespace()
                .next()
                .is_some_and(|w| lexicon::is_label(w, lexicon::LEDE));
        words <= 4
            && (summary_of
                || introduction
                || qualified
                || is_lede_label(key)
                || foreign_lede_label(head, rest))
    })
}

/// `» …`, `■ …`: the mark a page sets before its lede, then a space.
fn lede_mark(text: &str) -> Option<char> {
    let mut chars = text.chars();
    let mark = chars.next()?;
    let drawn = mark == '»' || (u32::from(mark) >= 0x2190 && !is_alphanumeric(mark));
    (drawn && chars.next() == Some(' ')).then_some(mark)
}

/// `Ukratko: …`, `Bi kurtasî: …`: a word or two in the site's other
/// (Latin) language over the first Arabic paragraph label it, the way
/// `باختصار:` does; a wire's name (`Reuters:`), a proper name (`Al Jazeera:`)
/// or an acronym is a source instead.
fn foreign_lede_label(head: &str, rest: &str) -> bool {
    let head = head.trim();
    let letters = head.chars().filter(|c| !c.is_whitespace()).count();
    (4..=16).contains(&letters)
        && head.split_whitespace().count() <= 2
        // (`L'essentiel : …`: an elided article; `ޚުލާޞާ: …`: a script
        // without capitals, Thaana or Thai.)
        && (head
            .split_whitespace()
            .any(other_language_in_arabic_script)
            || head.chars().all(|c| {
                c == ' '
                    || (c.is_alphabetic()
                        && !ghirbal_arabic::script::is_arabic_letter(c)
                        && !c.is_uppercase()
                        && !c.is_lowercase())
            })
            || (head.chars().all(|c| {
                matches!(c, ' ' | '\'' | '’')
                    || (c.is_alphabetic() && !ghirbal_arabic::script::is_arabic_letter(c))
            }) && head
                .chars()
                .skip(1)
                .all(|c| matches!(c, ' ' | '\'' | '’') || c.is_lowercase())))
        && agency_code(head).is_none()
        && rest
            .chars()
            .filter(|&c| ghirbal_arabic::script::is_arabic_letter(c))
            .count()
            >= 40
}

/// "Summary of", "gist of": a label of the lede whatever it sums up
/// (`موجز القضية:`, `زبدة المقال:`).
const SUMMARY_WORDS: [&str; 4] = ["موجز", "ملخص", "خلاصه", "زبده"];

/// `✈ على عجل:`, `الخلاصة —`, `أبرز النقاط ⚓`: a short label alone on its
/// line, set off by a colon or a dash (or, for the words of a summary, a
/// pictograph), not one of the body's own (`التفاصيل:`) nor the interface's.
fn sets_off_a_label(line: &Line<'_>) -> bool {
    let key = line.key.as_str();
    if key.is_empty() || line.words > 5 || line.counts.digits > 0 {
        return false;
    }
    let label = key.trim_start_matches(|c: char| !c.is_alphanumeric());
    let inner = label.trim_end_matches(|c: char| !c.is_alphanumeric());
    let tail = label[inner.len()..].trim();
    let words = inner.split_whitespace().count();
    if !(1..=3).contains(&words) || tail.is_empty() {
        return false;
    }
    // The body's own labels: "the text of the item", "the details".
    const BODY_WORDS: [&str; 17] = [
        "نص",
        "النص",
        "متن",
        "المتن",
        "محتوي",
        "المحتوي",
        "التفاصيل",
        "تفاصيل",
        "الخبر",
        "المقال",
        "القصه",
        "details",
        "story",
        "text",
        "body",
        "content",
        "full",
    ];
    let first = inner.split_whitespace().next().unwrap_or("");
    // (`الخلاصة —`, `أبرز النقاط ⚓`: alone on a line, "the gist" and
    // "the highlights" label a lede too.)
    let summary_words =
        SUMMARY_WORDS.contains(&first) || matches!(first, "الخلاصه" | "ابرز" | "اهم");
    if summary_words || is_lede_label(inner) {
        return true;
    }
    matches!(tail, ":" | "：" | "—" | "–" | "-")
        && !BODY_WORDS.contains(&first)
        && !lexicon::is_label(inner, lexicon::UI)
        && !lexicon::is_label(inner, lexicon::RELATED)
}

/// `الخلاصة الفلكية:`, `موجز سريع:`: a lede label with a word that
/// qualifies it, alone on its line over the lede.
fn qualified_lede_label(key: &str) -> bool {
    let Some(label) = key.trim_end().strip_suffix(':') else {
        return false;
    };
    let mut words = label.split_whitespace();
    let (Some(first), Some(_), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    lexicon::is_label(first, lexicon::LEDE)
}

/// `قىسقىچە`, `خلاصہ`: words in Arabic script but not in Arabic: Uyghur,
/// Persian or Urdu letters (`ە`, `ې`, `ہ`, `چ`), or `ى` inside a word,
/// where Arabic only ends words with it.
fn other_language_in_arabic_script(head: &str) -> bool {
    head.split_whitespace().all(|word| {
        word.chars().all(ghirbal_arabic::script::is_arabic_letter)
            && (word.chars().any(|c| ('\u{0679}'..='\u{06D5}').contains(&c))
                || word.trim_end_matches('ى').contains('ى'))
    })
}

/// A label and what follows it, parted by a colon or a spaced arrow
/// (`زبدة الخبر ⟵ …`).
fn split_label(text: &str) -> Option<(&str, &str)> {
    let colon = find_colon(text);
    // Every arrow starts with byte E2: most lines skip the four searches.
    let arrow = memchr::memchr(0xE2, text.as_bytes()).and_then(|_| {
        [" ⟵ ", " ← ", " ⟶ ", " → "]
            .iter()
            .filter_map(|a| text.find(a).map(|at| (at, a.len())))
            .min()
    });
    match (colon, arrow) {
        (Some(c), Some((a, len))) if a < c => Some((&text[..a], &text[a + len..])),
        (Some(c), _) => {
            let sep = text[c..].chars().next().map_or(1, char::len_utf8);
            Some((&text[..c], &text[c + sep..]))
        }
        (None, Some((a, len))) => Some((&text[..a], &text[a + len..])),
        (None, None) => None,
    }
}

/// A lede's label and its text: as [`split_label`], or a middle dot after
/// the label (`In brief · …`) before any colon.
fn split_lede_label(text: &str) -> Option<(&str, &str)> {
    const DOT: &str = " · ";
    let colon = find_colon(text);
    match text.find(DOT) {
        Some(at) if colon.is_none_or(|c| at < c) => {
            return Some((&text[..at], &text[at + DOT.len()..]));
        }
        _ => {}
    }
    // `خلاصة الخبر ✈ …`: a pictograph set between spaces after the label's
    // few words, before any colon.
    let pictograph = text
        .match_indices(' ')
        .take(5)
        .find_map(|(at, _)| {
            let mut rest = text[at + 1..].chars();
            let sign = rest.next()?;
            if u32::from(sign) < 0x2190 || is_alphanumeric(sign) {
                return None;
            }
            let tail = rest.as_str().trim_start_matches('\u{FE0F}');
            tail.starts_with(' ')
                .then(|| (at, text.len() - tail.len() + 1))
        })
        .filter(|&(at, _)| at > 0 && colon.is_none_or(|c| at < c));
    match pictograph {
        Some((at, lede)) => Some((&text[..at], &text[lede..])),
        None => split_label(text),
    }
}

/// `text.find([':', '：'])` by a byte search: `:` is one byte and the
/// fullwidth colon (EF BC 9A) the only char of the two led by EF.
fn find_colon(text: &str) -> Option<usize> {
    const FULLWIDTH: &[u8] = "：".as_bytes();
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b':', FULLWIDTH[0], bytes)
        .find(|&at| bytes[at] == b':' || bytes[at..].starts_with(FULLWIDTH))
}

/// The longest paragraph taken for a lede without a label saying it is one.
const MAX_LEDE_WORDS: usize = 100;

/// `17:45 • 2.0K`, `معدّل 17:45 • 2.0K`, `edited 17:45 · 35.9K`: a channel
/// post's time and views; the time.
fn post_stamp(text: &str) -> Option<(u8, u8)> {
    let text = text.trim();
    let text = ["معدّل", "معدل", "edited"]
        .iter()
        .find_map(|w| text.strip_prefix(w))
        .unwrap_or(text)
        .trim_start();
    let (clock, views) = text.split_once(['•', '·'])?;
    let (h, m) = clock.trim().split_once(':')?;
    let (h, m): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
    let views = views.trim().trim_end_matches(['K', 'k', 'M', 'm']);
    let counted = !views.is_empty()
        && views
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    (counted && h < 24 && m < 60 && clock.trim().len() <= 5).then_some((h, m))
}

/// `وصف محركات البحث: …`, `عنوان محركات البحث (SEO): …`: a field of the
/// page's metadata for search engines, its colon within a few words.
fn search_engine_field(line: &Line<'_>) -> bool {
    lexicon::starts_with_label(&line.key, lexicon::SEO).is_some_and(|len| {
        line.key[len..]
            .find(':')
            .is_some_and(|colon| line.key[len..len + colon].split_whitespace().count() <= 2)
    })
}

/// `للاستشهاد بهذه المادة:` alone over the reference to copy.
fn cite_label(line: &Line<'_>) -> bool {
    line.words <= 6
        && line.text.ends_with([':', '：'])
        && lexicon::starts_with_label(&line.key, lexicon::CITE).is_some()
}

/// `[ العمود 2 ]`, `[صورة]`: an editor's or a scanner's marker in brackets,
/// standing for something left out of the text.
fn is_bracketed_marker(line: &Line<'_>) -> bool {
    let text = line.text.trim();
    line.words <= 4
        && ((text.starts_with('[') && text.ends_with(']'))
            || (text.starts_with('［') && text.ends_with('］')))
}

/// A word's 64-bit hash. A collision could only make two different words
/// count as one, once in 2^64.
fn word_hash(word: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(word.as_bytes())
}

/// The first physical line of a joined paragraph: its text up to where the
/// first continuation's text begins.
fn line_head<'a>(line: &'a Line<'_>) -> &'a str {
    let Some((_, next)) = line.continued.first() else {
        return &line.text;
    };
    let next = ghirbal_arabic::normalize(next);
    line.text
        .find(next.as_ref())
        .map_or(&line.text, |at| line.text[..at].trim_end())
}

/// Figures rather than words (`الفجر 4:12 الظهر 12:05`, `الدولار 3.75`,
/// `الرياض 34°`, `العدد 4123`, `الوداد [2] - [0] الرجاء ⏱ 14'`): a ticker
/// or widget, never a headline.
fn is_widget_text(line: &Line<'_>) -> bool {
    let letters =
        line.counts.arabic_letters + line.counts.latin_letters + line.counts.other_letters;
    // Temperatures, a match clock, market arrows, `[2] - [1]` scores, a
    // countdown to the next prayer (`بعد 1:45:20`).
    let bytes = line.text.as_bytes();
    // The signs are C2 B0 (`°`) and E2 …: a byte search refuses most lines
    // before their chars are read.
    line.counts.digits * 3 >= letters
        || (memchr::memchr2(0xC2, 0xE2, bytes).is_some()
            && line.text.contains(['°', '℃', '⏱', '▲', '▼', '⋮']))
        || (memchr::memchr(b']', bytes).is_some() && line.text.contains("] - ["))
        || has_clock_with_seconds(&line.text)
        || is_issue_line(line)
        || (line.counts.digits >= 2 && (is_bar_strip(&line.text) || is_reading_list(&line.text)))
        || (line.counts.digits > 0
            && (is_signed_reading(&line.text) || is_latin_unit_reading(&line.text)))
        || (line.counts.digits >= 3 && line.words <= 5 && is_stamped_label(&line.text))
}

/// `التاريخ ⟵ الجمعة 13 نيسان 2018`, `تاريخ: 13/4/2018`: "date" and
/// nothing more before the day (not `تاريخ الصدور`, `تاريخ الخبر`).
fn bare_date_label(key: &str) -> bool {
    let Some(len) = dated_label_len(key) else {
        return false;
    };
    let rest = key[len..].trim_start_matches(|c: char| !is_alphanumeric(c));
    let next = rest.split_whitespace().next().unwrap_or("");
    next.starts_with(is_numeric) || ghirbal_arabic::Weekday::from_arabic(next).is_some()
}

/// `صيدليات الحراسة الليلة بوجدة: صيدلية المسيرة – صيدلية الفتح`, `حالة
/// الطرق: …`: a local service's daily box, by its label; or a price's.
fn is_service_box(line: &Line<'_>) -> bool {
    let Some((label, _)) = line.text.split_once([':', '：']) else {
        return false;
    };
    let key = search_key(label);
    let key = key.trim_start_matches(|c: char| !is_alphabetic(c));
    if key.split_whitespace().count() > 7 {
        return false;
    }
    // `سعر دبة البترول (20 لتر) في عدن: 30,000 ريال`: a price, its figure
    // and its currency.
    let priced = || {
        let value = line
            .text
            .rsplit_once([':', '：'])
            .map_or("", |(_, v)| v)
            .trim();
        (key.starts_with("سعر ") || key.starts_with("اسعار "))
            && value.starts_with(is_numeric)
            && value.split_whitespace().count() <= 3
    };
    lexicon::starts_with_label(key, lexicon::SERVICES).is_some() || priced()
}

/// `12.0 مليون برميل يوميًا: الطلب المتوقع`: a figure, its unit and its
/// label, an item of a box of figures beside the story.
fn is_figure_item(body: &str) -> bool {
    body.starts_with(is_numeric)
        && body.split_whitespace().count() <= 10
        && body.split_once([':', '：']).is_some_and(|(figure, label)| {
            figure.split_whitespace().count() <= 5 && !label.trim().is_empty()
        })
}

/// `سعر خام برنت لحظة كتابة الخبر: 88.52 دولارًا للبرميل`: a label and a
/// measured reading (a decimal, then its unit), a widget between
/// paragraphs. (Headlines quote shares too, `دراسة: 10% من …`: not as
/// titles' test.)
fn is_labelled_reading(text: &str) -> bool {
    let Some((label, value)) = text.rsplit_once([':', '：']) else {
        return false;
    };
    let mut words = value.split_whitespace();
    let decimal = words.next().is_some_and(|figure| {
        let mut parts = figure.split(['.', '٫', ',']);
        let whole = |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && p.chars().all(is_numeric));
        whole(parts.next()) && whole(parts.next()) && parts.next().is_none()
    });
    decimal && words.count() <= 3 && label.split_whitespace().count() >= 2
}

/// `رسوم شبكة إيثريوم: 58 gwei`, `سرعة الرياح: 12 km/h`: a label, a figure
/// and a unit in Latin letters or signs, a widget's reading. (`مصر: 5
/// قتلى` is a headline: its counted noun is Arabic.)
fn is_latin_unit_reading(text: &str) -> bool {
    let Some((label, value)) = text.rsplit_once([':', '：']) else {
        return false;
    };
    let mut words = value.split_whitespace();
    words.next().is_some_and(|w| w.starts_with(is_numeric))
        && words.next().is_some_and(|unit| {
            unit.chars()
                .all(|c| c.is_ascii_graphic() || matches!(c, '°' | '€' | '£' | '¥'))
                && unit
                    .chars()
                    .any(|c| c.is_ascii_alphabetic() || !c.is_ascii())
        })
        && words.next().is_none()
        && label.split_whitespace().count() >= 2
}

/// `تحديث الأسعار 06:54 GST`: a few words and a clock, a widget's stamp
/// (a headline says what happened, not only when).
fn is_stamped_label(text: &str) -> bool {
    let Some(colon) = memchr::memchr(b':', text.as_bytes()) else {
        return false;
    };
    let digit = |b: Option<&u8>| b.is_some_and(u8::is_ascii_digit);
    let bytes = text.as_bytes();
    digit(colon.checked_sub(1).and_then(|i| bytes.get(i)))
        && digit(bytes.get(colon + 1))
        && digit(bytes.get(colon + 2))
        && !digit(bytes.get(colon + 3))
}

/// `حالة البحر في الدمام: موج 3–4 قدم، رياح جنوبية شرقية 16 عقدة`: a
/// label, then readings set apart by commas, each a measure and its
/// figure. (A headline counts first: `مصر: 5 قتلى، و10 جرحى`.)
fn is_reading_list(text: &str) -> bool {
    let Some((label, value)) = text.split_once([':', '：']) else {
        return false;
    };
    if !value.contains(['،', ',']) {
        return false;
    }
    let items: Vec<&str> = value.split(['،', ',']).map(str::trim).collect();
    label.split_whitespace().count() <= 5
        && items.len() >= 2
        && items.iter().all(|item| {
            let words: Vec<&str> = item.split_whitespace().collect();
            (2..=5).contains(&words.len())
                && !words[0].starts_with(is_numeric)
                && words[1..].iter().any(|w| w.starts_with(is_numeric))
        })
}

/// `⛽ رسوم الغاز: 58 gwei`, `☄ تنبيه: المحاق ليلة 15 فبراير`: a widget's
/// sign, a label, then its reading or its day. (A post's `🧵 5 جهات حكومية
/// …` or `🔻 23 سبتمبر المقبل انطلاق …` is a headline with a figure.)
fn is_signed_reading(text: &str) -> bool {
    if !opens_with_pictograph(text) {
        return false;
    }
    let Some((_, value)) = text.split_once([':', '：']) else {
        return false;
    };
    let words: Vec<&str> = value.split_whitespace().collect();
    words.first().is_some_and(|w| w.starts_with(is_numeric))
        || words.windows(2).any(|pair| {
            pair[0].chars().all(is_numeric)
                && ghirbal_arabic::dates::is_day_and_month(&format!("{} {}", pair[0], pair[1]))
        })
}

/// `أسطول الناقل: 78 طائرة | متوسط العمر 3.1 سنوات`, `رحلة NJ676 | دبي
/// (DXB) | المغادرة 09:05`: short items set apart by bars, two of them
/// with figures, are a data strip, not a heading between paragraphs.
fn is_bar_strip(text: &str) -> bool {
    // Bars, dots and bullets are `|`, C2 B7 and E2 …: one byte search
    // refuses most lines.
    if memchr::memchr3(b'|', 0xC2, 0xE2, text.as_bytes()).is_none() {
        return false;
    }
    let is_bar = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(|c| {
            matches!(
                c,
                '|' | '·' | '•' | '∙' | '⁞' | '◂' | '▸' | '‖' | '¦' | '⟩' | '⟨'
            )
        }) && chars.next().is_none()
    };
    // Items are short, or labelled readings a little longer (`مطار الملك
    // عبد العزيز الدولي: 98٪ من الرحلات في موعدها · الرحلات الملغاة: 12`).
    let (mut items, mut figured, mut words, mut has_figure, mut labelled) = (0, 0, 0, false, false);
    for word in text.split_whitespace().chain(["|"]) {
        if is_bar(word) {
            if words == 0 || words > 12 || (words > 6 && !labelled) {
                return false;
            }
            items += 1;
            figured += usize::from(has_figure);
            (words, has_figure, labelled) = (0, false, false);
        } else {
            words += 1;
            has_figure |= word.chars().any(is_numeric);
            labelled |= word.ends_with(':');
        }
    }
    items >= 2 && figured >= 2
}

/// `العدد (3853) – السنة السابعة`: a newspaper's issue number and year on
/// its masthead (or its day: `العدد (9538) — الإثنين 19 مارس 2018م الموافق
/// 2 رجب 1439هـ`, however long the two calendars make it).
fn is_issue_line(line: &Line<'_>) -> bool {
    let issue = |w: &[&str]| {
        matches!(w[0], "العدد" | "عدد" | "issue") && w[1].bytes().any(|b| b.is_ascii_digit())
    };
    let words: Vec<&str> = line.key.split_whitespace().take(16).collect();
    if matches!(line.shape, Shape::Date { .. }) {
        // The day may come first: `الخميس 24/5/2018م — العدد 9556 — السنة السادسة`.
        words.windows(2).any(issue)
    } else {
        line.words <= 8 && words.len() >= 2 && issue(&words[..2])
    }
}

/// `الموضوع: …`, `Subject: …`: a letter's or press release's subject line
/// is its headline; the label is not.
fn without_subject_label(title: &str) -> &str {
    const LABELS: [&str; 5] = ["الموضوع", "موضوع", "بخصوص", "Subject", "Objet"];
    LABELS
        .iter()
        .find_map(|label| {
            let rest = title.strip_prefix(label)?.trim_start();
            let rest = rest.strip_prefix([':', '：'])?.trim_start();
            (rest.split_whitespace().count() >= 2).then_some(rest)
        })
        .unwrap_or(title)
}

/// `[Akhbar-L] Fwd: TITLE`: a mailing list's subject, less the list's tag
/// and the forwarding marks. (A tag in brackets before any headline, `[فيديو]`,
/// is a label too, not the writer's words.)
fn without_mail_marks(title: &str) -> &str {
    let mut rest = title;
    if let Some(tagged) = rest.strip_prefix('[') {
        match tagged.split_once(']') {
            Some((tag, after)) if (1..=3).contains(&tag.split_whitespace().count()) => {
                rest = after.trim_start();
            }
            _ => return title,
        }
    }
    rest = without_reply_marks(rest);
    if rest.len() < title.len() && rest.split_whitespace().count() >= 2 {
        rest
    } else {
        title
    }
}

/// `فيديو | TITLE`, `حصري | TITLE`: a kicker of a word or two before a
/// bar, set over the headline by the page, is not the writer's words.
fn without_kicker(title: &str) -> &str {
    let Some((kicker, rest)) = title.split_once(" | ") else {
        return title;
    };
    let rest = rest.trim();
    let kicker_words = kicker.split_whitespace().count();
    if (1..=2).contains(&kicker_words)
        && !kicker.chars().any(is_numeric)
        && rest.split_whitespace().count() >= 3
        && !rest.contains(" | ")
    {
        rest
    } else {
        title
    }
}

/// `آخر التشريعات: قانون رقم 40 …`, `أحدث المقالات: …`: a ticker's label
/// (latest this or that), then one item of it; neither a headline nor the
/// body's opening.
fn opens_with_latest_label(line: &Line<'_>) -> bool {
    let Some((head, rest)) = line.key.split_once(':') else {
        return false;
    };
    let mut head_words = head.split_whitespace();
    let latest = head_words
        .next()
        .is_some_and(|w| matches!(w, "اخر" | "احدث"));
    latest
        && head_words.next().is_some_and(|w| w.starts_with("ال"))
        && head_words.next().is_none()
        && rest.split_whitespace().nth(5).is_some()
}

/// `استشارة قانونية مجانية — اتصل على 16741`, `حمّل التطبيق الرسمي …`: an
/// offer to call a number or install the app.
fn is_promo(line: &Line<'_>) -> bool {
    let key = line.key.as_str();
    let mut words = key
        .split_whitespace()
        .skip_while(|w| !w.chars().any(is_alphanumeric));
    let installs = words
        .next()
        .is_some_and(|w| matches!(w, "حمل" | "نزل" | "download" | "install"))
        && (key.contains("تطبيق") || key.contains("app"));
    let calls = line.counts.digits >= 4
        && key.split_whitespace().any(|w| {
            matches!(
                w,
                "اتصل" | "اتصلوا" | "للاتصال" | "call" | "whatsapp" | "واتساب" | "الساخن"
            )
        })
        && has_digit_run(key, 4);
    // `ارفع سيرتك الذاتية وتلقَّ تنبيهات …`: a call to the reader, an
    // imperative, then what is theirs (`سيرتك`, `لك`).
    // (Or after a dash: `حجم الصفحة: 36 ك.ب — وفّر بياناتك`.)
    let calls_reader = std::iter::once(key)
        .chain(key.split_once(" — ").map(|(_, after)| after))
        .any(|part| {
            let mut words = part.split_whitespace();
            words.next().is_some_and(|w| {
                matches!(
                    w,
                    "ارفع"
                        | "سجل"
                        | "اشترك"
                        | "انضم"
                        | "احصل"
                        | "اضغط"
                        | "انقر"
                        | "حمل"
                        | "نزل"
                        | "فعل"
                        | "ابدا"
                        | "شاركنا"
                        | "وفر"
                )
            }) && words.any(|w| w.ends_with('ك') || w.ends_with("كم"))
        });
    // `عروض الصيف: خصم 15٪ على رحلات مختارة`: an offer's label, then its discount.
    let offer = key.contains(['%', '٪'])
        && key.split_once(':').is_some_and(|(_, value)| {
            value
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "خصم" | "تخفيض" | "تخفيضات" | "وفر"))
        });
    // `ابحث بين 4,455 وظيفة متاحة`: a search box's count of listings.
    let counts_listings = line.counts.digits >= 3
        && key
            .split_whitespace()
            .find(|w| w.chars().any(is_alphanumeric))
            .is_some_and(|w| matches!(w, "ابحث" | "تصفح" | "اكتشف"));
    // `تابع السفن عبر تطبيقنا — حمّله مجانًا`: an app's download link.
    let app_link = key.contains("تطبيق")
        && key
            .split_whitespace()
            .any(|w| w.starts_with("حمل") || w.starts_with("نزل"));
    // `📱 … — App Store · Google Play`: an app banner in whatever language.
    let stores = ["app store", "google play", "appgallery"]
        .iter()
        .any(|store| key.contains(store));
    installs || calls || calls_reader || offer || counts_listings || app_link || stores
}

/// `الحدث القادم: خسوف شبه ظل للقمر بعد 24 يومًا`: a label, then a count
/// of the time left: a countdown widget.
fn is_countdown(line: &Line<'_>) -> bool {
    if line.counts.digits == 0 || !line.key.contains(':') {
        return false;
    }
    let unit = |word: &str| {
        matches!(
            word.trim_end_matches(|c: char| !c.is_alphanumeric()),
            "يوم"
                | "يوما"
                | "ايام"
                | "ساعه"
                | "ساعات"
                | "دقيقه"
                | "دقاءق"
                | "اسبوع"
                | "اسابيع"
        )
    };
    let words: Vec<&str> = line.key.split_whitespace().collect();
    let [.., after, figure, last] = words.as_slice() else {
        return false;
    };
    if *after == "بعد" && figure.chars().all(is_numeric) && unit(last) {
        return true;
    }
    // `⏳ متبقٍّ على إعلان النتيجة: 105 يومًا و14 ساعة`: what is left
    // until the day, then the count.
    line.key.split_once(':').is_some_and(|(label, count)| {
        let first = label
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .split_whitespace()
            .next()
            .unwrap_or("");
        let mut count = count.split_whitespace();
        matches!(
            first,
            "متبق" | "متبقي" | "المتبقي" | "باق" | "باقي" | "تبقي" | "يتبقي" | "بقي"
        ) && count.next().is_some_and(|n| n.chars().all(is_numeric))
            && count.next().is_some_and(unit)
    })
}

/// A countdown, a desk's signature, a kicker, the day's note under its
/// date: lines of a headline's length that are never the title. (The date
/// search, the dearest, last.)
fn never_a_title(line: &Line<'_>) -> bool {
    is_countdown(line)
        || is_desk_line(&line.key)
        || points_onward(&line.text)
        || opens_with_dated_note(line)
}

/// `العالم الإسلامي ◂`, `تحليلات السوق ·`: a section's name and the mark
/// pointing on to the headline, a kicker.
fn points_onward(text: &str) -> bool {
    let text = text.trim_end();
    // (`… « داعش »`: a guillemet closing a quotation, spaced.)
    let unpaired = |close: char, open: char| text.ends_with(close) && !text.contains(open);
    [" ◂", " ▸", " ·", " ›", " ‹", " |", " >", " ←", " ⟵"]
        .iter()
        .any(|mark| text.ends_with(mark))
        || (text.ends_with(" »") && unpaired('»', '«'))
        || (text.ends_with(" «") && unpaired('«', '»'))
}

/// `فريق تحرير بوابة الملاحة الجوية`, `أسرة التحرير`: the desk that signs a
/// story for no one by name (search key).
fn is_desk_line(key: &str) -> bool {
    const DESKS: [&str; 7] = [
        "فريق تحرير",
        "فريق التحرير",
        "اسره التحرير",
        "اسره تحرير",
        "هيءه التحرير",
        "قسم التحرير",
        "editorial team",
    ];
    key.split_whitespace().count() <= 7
        && DESKS.iter().any(|d| {
            key.strip_prefix(d)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
}

/// `الإثنين، 19 فبراير 2018 — حالة الملاحة: مفتوحة`: the day's date, then
/// past a dash or a bar the site's note for the day: a widget, however
/// many words the note runs to.
fn opens_with_dated_note(line: &Line<'_>) -> bool {
    if line.counts.digits < 4 {
        return false;
    }
    let Some(m) = ghirbal_arabic::dates::find_dates(&line.text)
        .into_iter()
        .next()
    else {
        return false;
    };
    line.text[..m.start]
        .trim_matches(|c: char| !c.is_alphanumeric())
        .is_empty()
        && line.text[m.end..]
            .trim_start()
            .starts_with(['—', '–', '-', '|', '·', '•', '◂', '▸'])
}

/// `(صورة محذوفة لتوفير البيانات: …)`: a picture's placeholder in brackets.
fn is_picture_placeholder(key: &str) -> bool {
    key.strip_prefix(['(', '[']).is_some_and(|inner| {
        inner.ends_with([')', ']'])
            && inner
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "صوره" | "الصوره" | "image" | "photo" | "picture"))
    })
}

/// Two words in a row of `a` also stand in a row in `b`: a line that
/// repeats part of the copyright line names the site.
fn shares_bigram(a: &str, b: &str) -> bool {
    let a: Vec<&str> = a.split_whitespace().collect();
    let b: Vec<&str> = b.split_whitespace().collect();
    a.windows(2)
        .any(|pair| b.windows(2).any(|other| other == pair))
}

fn has_digit_run(text: &str, len: usize) -> bool {
    let mut run = 0;
    text.chars().any(|c| {
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
        run >= len
    })
}

/// A mail's subject less its reply and forward marks (`Re:`, `Fwd: Fw:`,
/// `رد:`), in any case.
fn without_reply_marks(subject: &str) -> &str {
    const MARKS: [&str; 5] = ["re:", "fwd:", "fw:", "رد:", "تحويل:"];
    let mut rest = subject;
    while let Some(len) = MARKS.iter().map(|m| m.len()).find(|&len| {
        rest.get(..len)
            .is_some_and(|head| MARKS.iter().any(|m| head.eq_ignore_ascii_case(m)))
    }) {
        rest = rest[len..].trim_start();
    }
    rest
}

/// An account handle, `@name` or `@name@host`: a word of `@` and at least
/// two ASCII letters, digits or underscores.
fn has_handle(text: &str) -> bool {
    memchr::memchr_iter(b'@', text.as_bytes()).any(|at| {
        let opens_word = at == 0 || text.as_bytes()[at - 1] == b' ';
        let name = text.as_bytes()[at + 1..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
            .count();
        opens_word && name >= 2
    })
}

/// A headline without the pictographs a channel sets before it (`🔴 `,
/// `⚡️ عاجل`'s sign): decoration, not the writer's words.
fn undecorated(title: &str) -> &str {
    let pictograph = |c: char| {
        matches!(c, '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' | '\u{2B00}'..='\u{2BFF}')
            || matches!(c, '\u{FE0F}' | '\u{200D}')
    };
    let rest = title.trim_start_matches(|c: char| pictograph(c));
    match rest.strip_prefix(' ') {
        Some(rest) if rest.len() < title.len() && !rest.trim().is_empty() => rest.trim_start(),
        _ => title,
    }
}

/// `1:45:20`, `١:٤٥:٢٠`: hours, minutes and seconds, as a countdown or a
/// live clock shows them; a headline's times stop at minutes.
fn has_clock_with_seconds(text: &str) -> bool {
    // The clock holds two colons: most lines are refused by a byte search
    // before their chars are read.
    if memchr::memchr_iter(b':', text.as_bytes()).nth(1).is_none() {
        return false;
    }
    // The last seven chars, as digit (b'd'), colon (b':') or other (b'.').
    let mut window = [b'.'; 7];
    text.chars().any(|c| {
        window.rotate_left(1);
        window[6] = if c == ':' {
            b':'
        } else if ghirbal_arabic::digits::digit_value(c).is_some() {
            b'd'
        } else {
            b'.'
        };
        &window == b"d:dd:dd"
    })
}

/// `عاجل | …`, `اقرأ أيضا: …`: a label, then another story's headline.
/// `عمال في ميناء | Foto: Wikimedia Commons`: a caption, its credit after
/// a bar (not a tab title's site name).
fn credited_after_bar(line: &Line<'_>) -> bool {
    line.bar.as_ref().is_some_and(|(_, suffix)| {
        lexicon::opens_with_colon_label(&ghirbal_arabic::search_key(suffix), lexicon::CREDIT)
    })
}

/// A word or two and a colon, nothing after it.
fn is_bare_label(line: &Line<'_>) -> bool {
    line.words <= 2 && line.text.trim_end().ends_with([':', '：'])
}

/// `key.find([':', '|', '-', '–', '»', '⟵', '←', '◄', '►', '▸', '▶'])` by byte
/// searches: the ASCII marks are bytes, the others lead with C2 or E2, and
/// only chars led by those (before the first ASCII mark) are decoded.
/// (`عاجل ◄ …`: a ticker's pointer is a label's cut too.)
fn find_label_cut(key: &str) -> Option<usize> {
    let bytes = key.as_bytes();
    let ascii = memchr::memchr3(b':', b'|', b'-', bytes);
    let before = &bytes[..ascii.unwrap_or(bytes.len())];
    // (A `▶` or `▸` opening the line is a bullet or a play sign: `▶ شاهد: …`.)
    memchr::memchr2_iter(0xC2, 0xE2, before)
        .find(|&at| {
            key[at..].chars().next().is_some_and(|c| {
                matches!(
                    c,
                    '–' | '»' | '⟵' | '←' | '⇐' | '⟸' | '⬅' | '◄' | '►' | '↩' | '↪'
                ) || (matches!(c, '▸' | '▶' | '◂') && at > 0)
            })
        })
        .or(ascii)
}

/// `آخر تحديث: 6 أبريل 2018 | نشر في: 4 أبريل 2018`: a line of two dates
/// whose first is labelled an update and whose last a publication; returns
/// (update, publication).
fn update_then_publication<'m>(
    line: &Line<'_>,
    matches: &'m [DateMatch],
) -> Option<(&'m DateMatch, &'m DateMatch)> {
    let mut gregorian = matches.iter().filter(|m| m.calendar == Calendar::Gregorian);
    let (first, last) = (gregorian.next()?, gregorian.next_back()?);
    let label_at = |text: &str, labels| {
        let key = search_key(text);
        let key = key.trim_start_matches(|c: char| !is_alphabetic(c));
        lexicon::starts_with_label(key, labels).is_some()
    };
    (label_at(&line.text[..first.start], lexicon::MODIFIED)
        && label_at(&line.text[first.end..last.start], lexicon::PUBLISHED))
    .then_some((first, last))
}

/// `والآراء الواردة فيه تعبّر عن كاتبه ولا تعكس بالضرورة رأي المنصة`: the
/// page disowning the views of what it prints, under the story.
fn disclaims_views(text: &str) -> bool {
    // (Every such notice says "necessarily": one search refuses the rest.)
    static NECESSARILY: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("بالضرور"));
    if NECESSARILY.find(text.as_bytes()).is_none() && !text.contains("necessarily") {
        return false;
    }
    let key = search_key(text);
    // (`الآراء الواردة أدناه`: the views below, a note over the story.)
    !key.contains("ادناه")
        && !key.contains("below")
        && (key.contains("الاراء") || key.contains("راي") || key.contains("views"))
        && (key.contains("لا تعبر بالضروره")
            || key.contains("لا تعكس بالضروره")
            || key.contains("not necessarily"))
}

/// `ملاحظات المترجم`, `هوامش المترجم`: the label of the translator's notes
/// after a translated story.
fn is_translator_notes_label(key: &str) -> bool {
    let key = key.trim_matches(|c: char| !c.is_alphanumeric());
    let mut words = key.split_whitespace();
    matches!(
        (words.next(), words.next(), words.next()),
        (
            Some("ملاحظات" | "ملاحظه" | "هوامش" | "حواشي"),
            Some("المترجم" | "الترجمه"),
            None
        )
    )
}

/// `[ملاحظة المترجم: …]`: a note of the translator's or the editor's, set
/// apart from the story in brackets.
fn is_bracketed_note(text: &str) -> bool {
    let Some(inner) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) else {
        return false;
    };
    inner.split_once(':').is_some_and(|(label, _)| {
        let key = search_key(label);
        let mut words = key.split_whitespace();
        words
            .next()
            .is_some_and(|w| matches!(w, "ملاحظه" | "تنويه" | "توضيح" | "note" | "nb"))
            && words.count() <= 2
    })
}

/// `عاجل ◄ …`, `آخر الأخبار | …`: a ticker, its label and its headlines,
/// however long the line runs.
fn opens_with_ticker_label(line: &Line<'_>) -> bool {
    // Lines too long to be labels carry no key: read the text.
    let keyed = !line.key.is_empty();
    let text = if keyed { line.key.as_str() } else { &line.text };
    find_label_cut(text).is_some_and(|cut| {
        let head = text[..cut].trim();
        (1..=3).contains(&head.split_whitespace().count())
            && (latin_ticker_label(head, &text[cut..])
                || if keyed {
                    lexicon::is_label(head, lexicon::RELATED)
                } else {
                    lexicon::is_label(&search_key(head), lexicon::RELATED)
                })
    })
}

/// `NAJNOVIJE ▸ …`, `TË FUNDIT ▸ …`: a ticker's label in the Latin letters
/// of the site's home language, its pointer, then an Arabic headline.
fn latin_ticker_label(head: &str, from_cut: &str) -> bool {
    from_cut.starts_with(['◄', '►', '▸', '▶'])
        && (1..=3).contains(&head.split_whitespace().count())
        && head
            .chars()
            .all(|c| c == ' ' || (c.is_alphabetic() && !('\u{0600}'..='\u{06FF}').contains(&c)))
        && from_cut
            .chars()
            .any(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

fn opens_with_label(line: &Line<'_>) -> bool {
    let key = line.key.as_str();
    // `🔗 …`, `← …`: a link to another story.
    if key.starts_with(['🔗', '←', '→', '⬅', '➡', '↩', '↪', '➤']) {
        return true;
    }
    // `[رابط] …`: a text browser's mark of a link, then its headline.
    if let Some((mark, after)) = key.strip_prefix('[').and_then(|k| k.split_once(']')) {
        if matches!(mark.trim(), "رابط" | "link" | "lien") && !after.trim().is_empty() {
            return true;
        }
    }
    let Some(cut) = find_label_cut(key) else {
        return false;
    };
    let head = key[..cut].trim();
    if latin_ticker_label(head, &key[cut..]) {
        return true;
    }
    // `موضوعات تهمك ⟵ …`: an arrow after a short label points to a story.
    if key[cut..].starts_with(['⟵', '←']) && (1..=3).contains(&head.split_whitespace().count())
    {
        return true;
    }
    // `اقرأ في السياق:`, `شاهد أيضا:`: "read"/"watch" opens a link label
    // whatever follows it.
    // `🔊 استمع إلى البث المباشر |`: a pictograph may stand before the verb.
    let mut head_tokens = head
        .split_whitespace()
        .skip_while(|w| !w.chars().any(is_alphanumeric));
    let imperative = head_tokens.next().is_some_and(|w| {
        matches!(
            w,
            "اقرا"
                | "طالع"
                | "شاهد"
                | "استمع"
                | "المزيد"
                | "read"
                | "watch"
                | "listen"
                | "more"
                // A mail archive's `Next message (by thread): …`.
                | "previous"
                | "next"
                | "السابق"
                | "التالي"
        )
    });
    let head_words = head.split_whitespace().count();
    // `اقرأ على مركز سهيل لعلوم الفلك: …`: read on another site, named.
    let elsewhere = imperative
        && head
            .split_whitespace()
            .skip_while(|w| !w.chars().any(is_alphanumeric))
            .nth(1)
            .is_some_and(|w| matches!(w, "علي" | "في" | "on" | "at"));
    if elsewhere && head_words <= 7 && key[cut..].starts_with(':') {
        return true;
    }
    // `▶ فيديو | …`: a play sign and a medium's name over another story.
    let mut tokens = head.split_whitespace();
    let played = tokens
        .next()
        .is_some_and(|w| matches!(w, "▶" | "►" | "▷" | "🎥" | "📹" | "🎬" | "📺"));
    if played
        && tokens.next().is_some_and(|w| {
            matches!(
                w,
                "فيديو" | "بالفيديو" | "صور" | "بالصور" | "video" | "gallery"
            )
        })
        && tokens.next().is_none()
    {
        return true;
    }
    // `BREAKING NEWS: …`, `LABARI MAI ZAFI: …`: a label of several words in
    // the interface's Latin letters over an Arabic headline is a ticker's
    // (one word may be a source: `CNN: …`).
    let foreign_label = key[cut..].starts_with(':')
        && (2..=4).contains(&head_words)
        && head
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '\'')
        && key[cut..]
            .chars()
            .any(|c| ('\u{0621}'..='\u{064A}').contains(&c));
    if foreign_label {
        return true;
    }
    !head.is_empty()
        && (head_words <= 3 || (imperative && head_words <= 5))
        && (imperative
            || lexicon::is_label(head, lexicon::RELATED)
            || lexicon::is_label(head, lexicon::UI))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdowns_desks_dated_notes_and_kickers_are_no_titles() {
        fn line(text: &str) -> Line<'_> {
            read_lines(text, None).remove(0)
        }
        assert!(is_countdown(&line(
            "⏳ متبقٍّ على إعلان نتيجة البكالوريا: 138 يومًا و21 ساعة"
        )));
        assert!(!is_countdown(&line("متبقٍّ على الموعد: اللجنة تجتمع غدًا")));
        assert!(opens_with_dated_note(&line(
            "الإثنين، 19 فبراير 2018 — حالة الملاحة: رياح شمالية غربية 25 عقدة"
        )));
        assert!(!opens_with_dated_note(&line(
            "وزير الخارجية يزور عمّان في 19 فبراير 2018 — مصادر"
        )));
        assert!(is_desk_line(&search_key("فريق تحرير بوابة الملاحة الجوية")));
        assert!(!is_desk_line(&search_key("فريق برشلونة يفوز بالكأس")));
        assert!(points_onward("العالم الإسلامي ◂"));
        assert!(!points_onward("قال «نحن هنا»"));
        assert!(!points_onward("قائمة بأسعار السبايا لدى « داعش »"));
        assert!(names_two_writers("سعيد باوزير · منى القحطاني"));
        assert!(names_two_writers("مروان الصايغ، جود الخطيب"));
    }

    #[test]
    fn lede_labels_set_off_by_a_pictograph_or_in_another_script() {
        assert_eq!(
            split_lede_label("خلاصة الخبر ✈ قال الأمين العام إن الاجتماع انتهى"),
            Some(("خلاصة الخبر", "قال الأمين العام إن الاجتماع انتهى"))
        );
        assert!(is_lede_label("⚡ الخلاصه في 20 ثانيه:"));
        assert!(foreign_lede_label(
            "ޚުލާޞާ",
            " تراجعت أسعار الذهب أكثر من واحد في المئة في التعاملات الآسيوية أمس"
        ));
        assert_eq!(lede_mark("» أصدر الاتحاد بيانًا"), Some('»'));
        assert_eq!(lede_mark("«نحن هنا» قال"), None);
    }

    #[test]
    fn service_boxes_two_writers_and_bare_dates() {
        let service = |text: &str| is_service_box(&read_lines(text, None)[0]);
        assert!(service(
            "صيدليات الحراسة الليلة بوجدة: صيدلية المسيرة – صيدلية الفتح"
        ));
        assert!(service("سعر دبة البترول (20 لتر) في عدن: 30,000 ريال"));
        assert!(!service("حالة الطقس: أمطار غزيرة على المرتفعات"));
        assert!(!service("سعر الذهب يرتفع: المستثمرون يترقبون قرار الفائدة"));
        assert!(names_two_writers("نبيل باوزير و وضاح الشرعبي"));
        assert!(names_two_writers("هالة الفاضل / محجوب إدريس"));
        assert!(!names_two_writers("الأهلي و الزمالك في نهائي الكأس"));
        assert!(!names_two_writers("التحرش بالحلوى المكشوفة"));
        assert_eq!(
            split_names("يوسف الكندي · سالم الحوسني"),
            ["يوسف الكندي", "سالم الحوسني"]
        );
        assert_eq!(split_names("فلان الفلاني • مجتمع"), ["فلان الفلاني"]);
        assert!(bare_date_label("التاريخ ⟵ الجمعه 13 نيسان 2018"));
        assert!(!bare_date_label("تاريخ الصدور 2016 اكتوبر 10"));
        assert!(has_clock("التاريخ: الإثنين 26/2/2018 – التوقيت: 8:36 م"));
        assert!(!has_clock("الجمعة 13 نيسان 2018"));
    }

    #[test]
    fn two_writers_joined_by_waw_are_split_but_waw_names_are_not() {
        assert_eq!(
            split_names("ماجد اللحياني وسعود القرشي"),
            ["ماجد اللحياني", "سعود القرشي"]
        );
        // `وليد` and the Mauritanian `ولد` open with و: one writer each.
        assert_eq!(split_names("ماجد اللحياني وليد"), ["ماجد اللحياني وليد"]);
        assert_eq!(split_names("محمد الأمين ولد سيدي"), ["محمد الأمين ولد سيدي"]);
        assert_eq!(
            split_names("هند السالم ووليد الحربي"),
            ["هند السالم", "وليد الحربي"]
        );
        // A name that merely starts like a و name is still split off.
        assert_eq!(
            split_names("سارة العلي وعدنان الشمري"),
            ["سارة العلي", "عدنان الشمري"]
        );
        // One word before the و: a compound name, not two writers.
        assert_eq!(split_names("عبد ورد الخالدي"), ["عبد ورد الخالدي"]);
    }

    #[test]
    fn handles_are_words_of_at_and_two_or_more_name_characters() {
        assert!(has_handle("ريم @reem_news · 22 مارس"));
        assert!(has_handle("@ab@example.social"));
        assert!(!has_handle("info@example.com"));
        assert!(!has_handle("@ x"));
    }

    #[test]
    fn notes_disclaimers_and_placeholders_are_the_pages_own() {
        assert!(is_bracketed_note(
            "[ملاحظة المترجم: أبقينا الأسماء كما وردت في الأصل.]"
        ));
        assert!(is_bracketed_note("[Note: the figures are provisional.]"));
        // A bracketed link or a heading with a colon is no note.
        assert!(!is_bracketed_note("[رابط] وزير المالية: لا ضرائب جديدة"));
        assert!(!is_bracketed_note("[تحديث: الشرطة تعلن حصيلة جديدة]"));
        assert!(disclaims_views(
            "المقال مترجم، والآراء الواردة فيه تعبّر عن كاتبه ولا تعكس بالضرورة رأي المنصة."
        ));
        // (Over the story, `أدناه`, it introduces a guest column's lede.)
        assert!(!disclaims_views(
            "والآراء الواردة أدناه تعبر عن رأي الكاتب ولا تعكس بالضرورة وجهة نظر الشبكة."
        ));
        assert!(!disclaims_views(
            "وقال إن الحكومة ليست بالضرورة مسؤولة عن التأخير."
        ));
        assert!(is_translator_notes_label("ملاحظات المترجم"));
        assert!(!is_translator_notes_label("ملاحظات المترجم على النص الكامل"));
        assert!(is_picture_placeholder(&search_key(
            "(صورة محذوفة لتوفير البيانات: مبنى حكومي — أرشيف)"
        )));
        assert!(!is_picture_placeholder(&search_key(
            "(صورة من الأرشيف) وزير المالية"
        )));
    }

    #[test]
    fn spaced_waw_and_trailing_bullets_part_names() {
        assert_eq!(
            split_names("وفاء الطرابلسي و شيماء الحسيني"),
            ["وفاء الطرابلسي", "شيماء الحسيني"]
        );
        assert_eq!(split_names("لمى شحادة ·"), ["لمى شحادة"]);
        // One word on a side of the و: no second writer.
        assert_eq!(split_names("عبد و الرحمن"), ["عبد و الرحمن"]);
    }

    #[test]
    fn bar_strips_hold_figures_in_two_short_items() {
        assert!(is_bar_strip(
            "أسطول الناقل: 78 طائرة | متوسط العمر 3.1 سنوات"
        ));
        assert!(is_bar_strip(
            "رحلة NJ676 | إسطنبول (IST) ← دبي (DXB) | المغادرة 09:05 | متأخرة"
        ));
        // One figure, or a long item, is a heading or a caption.
        assert!(!is_bar_strip("الحلقة 3 | الطريق إلى المدينة"));
        assert!(!is_bar_strip(
            "ارتفاع الأسعار 5 بالمئة في عام واحد بسبب التضخم الكبير | 2018"
        ));
    }

    #[test]
    fn a_sign_a_label_then_a_reading_or_a_day() {
        assert!(is_signed_reading("⛽ رسوم الغاز على الشبكة: 58 gwei"));
        assert!(is_signed_reading(
            "☄ تنبيه: المحاق ليلة الخميس 15 فبراير — جهّز منظارك!"
        ));
        // A post's headline holds its figures anywhere.
        assert!(!is_signed_reading("🧵 5 جهات حكومية تحصر معوقات الصادرات"));
        assert!(!is_signed_reading(
            "🔻 23 سبتمبر المقبل انطلاق مسابقة الدوري"
        ));
        assert!(!is_signed_reading("رسوم الغاز: 58 gwei"));
    }

    #[test]
    fn strips_run_on_dots_and_bullets_and_labelled_items_may_be_longer() {
        assert!(is_bar_strip("صدر قبل 7 ساعات · 6 د قراءة"));
        assert!(is_bar_strip(
            "مطار الملك عبد العزيز الدولي: 98٪ من الرحلات في موعدها · الرحلات الملغاة: 12"
        ));
        assert!(!is_bar_strip("الرئيسية · أخبار · رياضة"));
        assert!(!is_bar_strip("· 5 قتلى · 10 جرحى"));
    }

    #[test]
    fn readings_are_measures_with_figures_not_counted_nouns() {
        assert!(is_reading_list(
            "حالة البحر في الدمام: موج 3–4 قدم، رياح جنوبية شرقية 16 عقدة"
        ));
        assert!(!is_reading_list("مصر: 5 قتلى، و10 جرحى"));
        assert!(is_labelled_reading(
            "سعر خام برنت لحظة كتابة الخبر: 88.52 دولارًا للبرميل"
        ));
        assert!(!is_labelled_reading(
            "دراسة: 10 من شباب فرنسا مدمنون على الألعاب"
        ));
        assert!(is_latin_unit_reading("رسوم شبكة إيثريوم: 58 gwei"));
        assert!(!is_latin_unit_reading("غزة: 5 قتلى"));
        assert!(is_stamped_label("تحديث الأسعار 06:54 GST"));
        assert!(!is_stamped_label("نتيجة المباراة 3-1"));
    }

    #[test]
    fn lede_labels_name_the_room_the_story_takes() {
        assert!(is_lede_label(&search_key("الخبر في 20 ثانية")));
        assert!(is_lede_label(&search_key("القصة في سطرين")));
        assert!(is_lede_label(&search_key("لماذا يهمّك هذا؟")));
        assert!(!is_lede_label(&search_key("هدف في الدقيقة")));
        assert!(!is_lede_label(&search_key("⏱ تقرئينه في 4 دقائق")));
        assert!(!is_lede_label(&search_key(
            "مؤتمر صحفي في دقيقة واحدة اليوم"
        )));
    }

    #[test]
    fn figure_items_open_with_a_figure_and_label_it() {
        assert!(is_figure_item(
            "12.0 مليون برميل يوميًا: الطلب المتوقع هذا العام"
        ));
        assert!(!is_figure_item(
            "3 أسباب وراء ارتفاع الأسعار في الأسواق العالمية"
        ));
        assert!(!is_figure_item("الطلب المتوقع: 12 مليون برميل"));
    }

    #[test]
    fn a_full_name_then_one_word_is_the_writer_and_the_city() {
        assert_eq!(split_names("ناهيد سلطاني / هرات"), ["ناهيد سلطاني"]);
        assert_eq!(
            split_names("سيف الكعبي + جنى الحمادي"),
            ["سيف الكعبي", "جنى الحمادي"]
        );
        assert_eq!(
            split_names("لينا فرحات بمشاركة سامي باعبود"),
            ["لينا فرحات", "سامي باعبود"]
        );
    }
}
