//! Site furniture learnt from many pages: a line that recurs on many pages
//! of one site (its menu, share bar, newsletter pitch, "most read" label,
//! sign-off) is chrome, whatever words it uses. One page alone cannot tell
//! `تابعونا على تلغرام` from a one-line paragraph; a hundred pages can.
//!
//! [`Learner`] counts in how many pages each short line occurs (by its
//! folded search key, so spelling and noise variants count together) and
//! [`Furniture`] keeps the lines over the [`Thresholds`], the labels short
//! lines open with (`عدد القراءات:`) on [`LABEL_SHARE`] of the pages, and the
//! word trigrams on [`TEMPLATE_SHARE`] of them, of which the site's
//! templates are made (`نُشرت هذه القصة في الأصل على …`). The text-dump
//! extractor takes a `Furniture` in its options and treats those lines,
//! short ones under those labels and templates as menus. The caller decides
//! what a site is (a folder, a host): learning itself does no I/O.
//!
//! Copies of one story (a wire report many sites ran, a page crawled twice)
//! would make its short paragraphs and its title look like furniture, so
//! pages that share a long line count as one story, and a line counts once
//! per story.

use std::collections::{HashMap, HashSet};

use ghirbal_arabic::keys::search_key_into;
use ghirbal_arabic::script::ends_with_sentence_punct as script_ends_sentence;
use xxhash_rust::xxh3::xxh3_64;

use crate::hash::BuildKeyHasher;

/// Longer lines are never furniture (chrome lines are short; long lines are
/// prose).
pub const MAX_LINE_CHARS: usize = 300;

/// Lines of at least this many words identify a story: pages that share
/// one are copies of the same story.
const STORY_LINE_WORDS: usize = 20;

/// Lines of more words are never looked up (the text-dump extractor keys
/// only lines up to this many words), so they are not counted either.
pub(crate) const KEYED_WORDS: usize = 28;

/// Stories remembered per line to count copies once; past it (a line on
/// that many different stories is furniture anyway) every page counts.
const STORIES_PER_LINE: usize = 64;

/// Pages learnt from per site, about, at most (see [`sample`]). A line on
/// 1% of a site's pages shows on a thousand of them as surely as on a
/// million, and the first pass stays a small part of the run however big
/// the folder. (Half as many lost a tenth of the chrome-free pages on two
/// benchmark splits.)
pub const SAMPLE_PAGES: usize = 1000;

/// The pages to learn from out of `pages`: all of them, or about
/// [`SAMPLE_PAGES`] drawn by a hash of their position, which is
/// deterministic and, unlike every `n`th page, blind to any period in the
/// order (files named by a counter that cycles through sections).
pub fn sample<T>(pages: &[T]) -> impl Iterator<Item = &T> {
    let n = pages.len() as u64;
    let keep = SAMPLE_PAGES as u64;
    pages.iter().enumerate().filter_map(move |(i, page)| {
        (n <= keep || xxh3_64(&(i as u64).to_le_bytes()) % n < keep).then_some(page)
    })
}

/// Learns a site's furniture from its pages at hand (a [`sample`] of them
/// when there are many). The CLI reads files instead, a chunk at a time
/// (`ghirbal_corpus::furniture`).
pub fn learn<S: AsRef<str>>(pages: &[S], t: &Thresholds) -> Furniture {
    let mut learner = Learner::new();
    for page in sample(pages) {
        learner.add(PageLines::of_text(page.as_ref(), false));
    }
    learner.finish(t)
}

/// When a line is furniture.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// On at least this many stories of the site…
    pub min_docs: u32,
    /// …and at least this share of its pages.
    pub min_share: f64,
    /// Sites with fewer pages learn nothing.
    pub min_site_docs: u32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            min_docs: 5,
            min_share: 0.01,
            min_site_docs: 20,
        }
    }
}

impl Thresholds {
    /// The count a line needs on a site of `docs` pages, or `None` when the
    /// site is too small to learn from.
    pub fn floor(&self, docs: u32) -> Option<u32> {
        (docs >= self.min_site_docs).then(|| {
            let share = (f64::from(docs) * self.min_share).ceil() as u32;
            self.min_docs.max(share)
        })
    }
}

/// The key a line is counted and looked up by: the hash of its search key,
/// or `None` for lines of only digits and punctuation (dates, page
/// numbers), which vary too much to learn and say nothing.
pub fn line_key(line: &str, scratch: &mut String) -> Option<u64> {
    search_key_into(line, scratch);
    key_hash(scratch)
}

/// [`line_key`] of a line whose search key is already at hand. Figures are
/// kept as written: a site's automated reports (prayer times, exchange
/// rates) differ from day to day only in them, and they are its content.
pub(crate) fn key_hash(key: &str) -> Option<u64> {
    key.chars()
        .any(ghirbal_arabic::script::is_letter)
        .then(|| xxh3_64(key.as_bytes()))
}

/// The label a short line opens with: its key before the first `:` or `|`,
/// when that comes within four words and more text follows (`sur le meme
/// theme : …`, `عدد القراءات: 659`, `مادة مرتبطة | …`). After a bar, more
/// than a credit: a stock photo's caption recurs before `| credit` and is
/// still the page's caption.
pub(crate) fn label_of(key: &str) -> Option<&str> {
    let cut = key.find([':', '|'])?;
    let head = key[..cut].trim();
    let rest = key[cut + 1..].trim();
    let words = head.split_whitespace().count();
    let rest_ok = if key[cut..].starts_with('|') {
        rest.split_whitespace().nth(3).is_some()
    } else {
        !rest.is_empty()
    };
    ((1..=4).contains(&words) && rest_ok && head.chars().any(ghirbal_arabic::script::is_letter))
        .then_some(head)
}

fn label_hash(label: &str) -> u64 {
    xxh3_64(label.as_bytes())
}

/// Share of a site's pages a label must open a line on: more than a whole
/// line needs, since headlines have their labels too (`دراسة: …`, a city
/// and a colon), only less often than the site's template has its own.
pub const LABEL_SHARE: f64 = 0.05;

/// Share of a site's pages a word trigram must occur on to be part of its
/// templates: lines the site fills in with a name or a figure (`نُشرت هذه
/// القصة في الأصل على …`). As for labels, more than a whole line needs: a
/// phrase of the news (`قال مصدر مطلع`) recurs too, only less often.
pub const TEMPLATE_SHARE: f64 = 0.05;

/// Trigrams of a template that may be the page's own: a slot of two words
/// inside the line.
const MAX_UNKNOWN_SHINGLES: usize = 4;

/// Trigrams a line needs to be judged a template (six words).
const TEMPLATE_MIN_SHINGLES: usize = 4;

/// The word trigrams of a search key, hashed, each with whether one of its
/// words holds a figure (search keys write every digit in ASCII).
///
/// Each word is hashed and checked for figures once, and a trigram's hash
/// is the hash of its three words' hashes in order: hashing every word
/// again in each of its three trigrams was most of the cost of learning a
/// folder and of looking its templates up. (The hashes are only compared
/// with each other, never stored.)
fn shingles(key: &str) -> impl Iterator<Item = (u64, bool)> + '_ {
    let mut window = [(0u64, false); 2];
    key.split_whitespace()
        .enumerate()
        .filter_map(move |(i, word)| {
            let this = (
                xxh3_64(word.as_bytes()),
                word.bytes().any(|b| b.is_ascii_digit()),
            );
            let [first, second] = window;
            window = [second, this];
            (i >= 2).then(|| {
                let mut words = [0u8; 24];
                words[..8].copy_from_slice(&first.0.to_le_bytes());
                words[8..16].copy_from_slice(&second.0.to_le_bytes());
                words[16..].copy_from_slice(&this.0.to_le_bytes());
                (xxh3_64(&words), first.1 || second.1 || this.1)
            })
        })
}

/// What one page adds to a [`Learner`]. Reading pages is the costly part
/// and independent per page, so callers may build these in parallel and add
/// them in input order (the result is the same).
#[derive(Debug, Default, Clone)]
pub struct PageLines {
    /// Hashes of the page's long lines, as written.
    story: Vec<u64>,
    /// Distinct keys of its short lines, with the line's text when kept.
    lines: Vec<(u64, Option<String>)>,
    /// Distinct hashes of the labels its short lines open with.
    labels: Vec<u64>,
    /// Distinct word trigrams of its short lines (see [`TEMPLATE_SHARE`]).
    shingles: Vec<u64>,
}

impl PageLines {
    /// Reads a page's lines; `keep_text` keeps each line's text (for a
    /// profile a person reads), else only its key.
    pub fn read<'a>(lines: impl IntoIterator<Item = &'a str>, keep_text: bool) -> Self {
        let mut page = PageLines::default();
        let mut seen = HashSet::with_hasher(BuildKeyHasher::default());
        let mut seen_labels = HashSet::with_hasher(BuildKeyHasher::default());
        let mut seen_shingles = HashSet::with_hasher(BuildKeyHasher::default());
        let mut scratch = String::new();
        for line in lines {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            // Chars are never more than bytes: count them only when it matters.
            let long = line.len() > MAX_LINE_CHARS && line.chars().count() > MAX_LINE_CHARS;
            // Words by their spaces, without decoding: enough to tell a
            // sentence from a label.
            let words = if long {
                usize::MAX
            } else {
                1 + memchr::memchr_iter(b' ', line.as_bytes())
                    .take(KEYED_WORDS)
                    .count()
            };
            if words >= STORY_LINE_WORDS {
                page.story.push(xxh3_64(line.as_bytes()));
            }
            // The extractor looks up only the lines it keys, so longer ones
            // need no folding here.
            if words > KEYED_WORDS {
                continue;
            }
            let Some(key) = line_key(line, &mut scratch) else {
                continue;
            };
            if seen.insert(key) {
                page.lines.push((key, keep_text.then(|| line.to_string())));
            }
            // Labels and templates are learnt for the extractor only: a
            // profile lists whole lines a person can read.
            if keep_text {
                continue;
            }
            for (shingle, _) in shingles(&scratch) {
                if seen_shingles.insert(shingle) {
                    page.shingles.push(shingle);
                }
            }
            if !script_ends_sentence(line) {
                if let Some(label) = label_of(&scratch) {
                    let hash = label_hash(label);
                    if seen_labels.insert(hash) {
                        page.labels.push(hash);
                    }
                }
            }
        }
        page
    }

    /// [`PageLines::read`] over a text's lines.
    pub fn of_text(text: &str, keep_text: bool) -> Self {
        // Read as the extractor reads it: a text browser's link numbers
        // differ from page to page.
        let text = &*crate::dump::links::without_link_numbers(text);
        let lines = memchr::memchr_iter(b'\n', text.as_bytes())
            .chain([text.len()])
            .scan(0, |start, end| {
                let line = &text[*start..end];
                *start = end + 1;
                Some(line)
            })
            // Old Mac dumps end lines with a bare `\r`.
            .flat_map(|line| line.split('\r'));
        Self::read(lines, keep_text)
    }
}

#[derive(Debug)]
struct Count {
    docs: u32,
    stories: Vec<u32>,
    text: Option<String>,
}

/// Counts lines over the pages of one site.
#[derive(Debug, Default)]
pub struct Learner {
    docs: u32,
    /// Long-line hash → the story it was first seen in.
    stories: HashMap<u64, u32, BuildKeyHasher>,
    next_story: u32,
    lines: HashMap<u64, Count, BuildKeyHasher>,
    labels: HashMap<u64, Count, BuildKeyHasher>,
    /// Trigrams are many (a page has hundreds): a count and the last story
    /// counted, not the story list of [`Count`]. A story's copies count once
    /// when they come together; scattered, they count again, which the 5%
    /// share is far above.
    shingles: HashMap<u64, TrigramCount, BuildKeyHasher>,
}

#[derive(Debug, Default)]
struct TrigramCount {
    docs: u32,
    last_story: u32,
}

/// Counts one page's line (or label) once per story.
fn count_once(
    table: &mut HashMap<u64, Count, BuildKeyHasher>,
    key: u64,
    text: Option<String>,
    story: u32,
) {
    let count = table.entry(key).or_insert_with(|| Count {
        docs: 0,
        stories: Vec::new(),
        text,
    });
    if count.stories.contains(&story) {
        return;
    }
    count.docs += 1;
    if count.stories.len() < STORIES_PER_LINE {
        count.stories.push(story);
    }
}

impl Learner {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one page.
    pub fn add(&mut self, page: PageLines) {
        self.docs += 1;
        // A copy shares most of its long lines with the story it copies; a
        // long line alone may be the site's own (a disclaimer, an address)
        // and would make one story of every page.
        let mut votes: Vec<(u32, usize)> = Vec::new();
        for story in page.story.iter().filter_map(|h| self.stories.get(h)) {
            match votes.iter_mut().find(|(s, _)| s == story) {
                Some((_, n)) => *n += 1,
                None => votes.push((*story, 1)),
            }
        }
        let known = votes
            .iter()
            .filter(|&&(_, n)| n * 2 > page.story.len())
            .map(|&(story, _)| story)
            .next();
        let story = known.unwrap_or_else(|| {
            self.next_story += 1;
            self.next_story
        });
        for hash in page.story {
            self.stories.entry(hash).or_insert(story);
        }
        for (key, text) in page.lines {
            count_once(&mut self.lines, key, text, story);
        }
        for key in page.labels {
            count_once(&mut self.labels, key, None, story);
        }
        for key in page.shingles {
            let count = self.shingles.entry(key).or_default();
            if count.last_story != story {
                count.docs += 1;
                count.last_story = story;
            }
        }
    }

    /// Pages added.
    pub fn docs(&self) -> u32 {
        self.docs
    }

    /// Distinct lines counted (the table's size).
    pub fn entries(&self) -> usize {
        self.lines.len() + self.labels.len() + self.shingles.len() + self.stories.len()
    }

    /// Forgets the lines and stories seen once, as in lossy counting: a line
    /// that is furniture comes back on the next pages and is counted again.
    pub fn forget_singles(&mut self) {
        self.lines.retain(|_, count| count.docs > 1);
        self.labels.retain(|_, count| count.docs > 1);
        self.shingles.retain(|_, count| count.docs > 1);
        let mut alive = HashSet::with_hasher(BuildKeyHasher::default());
        for count in self.lines.values().chain(self.labels.values()) {
            alive.extend(count.stories.iter().copied());
        }
        self.stories.retain(|_, story| alive.contains(story));
    }

    /// The lines over the thresholds: key, stories counted and (when kept)
    /// text, most frequent first, then by text and key (deterministic).
    pub fn over(&self, t: &Thresholds) -> Vec<(u64, u32, Option<&str>)> {
        let Some(floor) = t.floor(self.docs) else {
            return Vec::new();
        };
        let mut lines: Vec<_> = self
            .lines
            .iter()
            .filter(|(_, c)| c.docs >= floor)
            .map(|(&k, c)| (k, c.docs, c.text.as_deref()))
            .collect();
        lines.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)).then(a.0.cmp(&b.0)));
        lines
    }

    /// The site's furniture: its lines over the thresholds, the labels on
    /// [`LABEL_SHARE`] of its pages and the trigrams on [`TEMPLATE_SHARE`].
    pub fn finish(&self, t: &Thresholds) -> Furniture {
        let mut furniture =
            Furniture::from_keys(self.over(t).into_iter().map(|(k, ..)| k), self.docs);
        if let Some(floor) = t.floor(self.docs) {
            let need = |share: f64| floor.max((f64::from(self.docs) * share).ceil() as u32);
            let (labels, trigrams) = (need(LABEL_SHARE), need(TEMPLATE_SHARE));
            furniture.labels = (self.labels.iter())
                .filter_map(|(&k, c)| (c.docs >= labels).then_some(k))
                .collect();
            furniture.shingles = (self.shingles.iter())
                .filter_map(|(&k, c)| (c.docs >= trigrams).then_some(k))
                .collect();
        }
        furniture
    }
}

/// The furniture lines of one site.
#[derive(Debug, Clone, Default)]
pub struct Furniture {
    keys: HashSet<u64, BuildKeyHasher>,
    labels: HashSet<u64, BuildKeyHasher>,
    shingles: HashSet<u64, BuildKeyHasher>,
    pages: u32,
}

impl Furniture {
    /// Furniture from line keys ([`line_key`]) learnt over `pages` pages.
    pub fn from_keys(keys: impl IntoIterator<Item = u64>, pages: u32) -> Self {
        Self {
            keys: keys.into_iter().collect(),
            labels: HashSet::default(),
            shingles: HashSet::default(),
            pages,
        }
    }

    /// Pages it was learnt from.
    pub fn pages(&self) -> u32 {
        self.pages
    }

    /// Lines and labels learnt (template trigrams are not counted: they
    /// are parts of lines).
    pub fn len(&self) -> usize {
        self.keys.len() + self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty() && self.labels.is_empty() && self.shingles.is_empty()
    }

    /// Whether `line` is one of the furniture lines.
    pub fn contains(&self, line: &str, scratch: &mut String) -> bool {
        let line = line.trim();
        line.chars().count() <= MAX_LINE_CHARS
            && line_key(line, scratch).is_some_and(|k| self.keys.contains(&k))
    }

    /// Whether the line with this search key is furniture.
    pub(crate) fn contains_key(&self, key: &str) -> bool {
        !self.keys.is_empty() && key_hash(key).is_some_and(|k| self.keys.contains(&k))
    }

    /// Whether the line with this search key is a template the site fills
    /// in on many pages (`نُشرت هذه القصة في الأصل على SOURCE.`, `SITE مؤسسة
    /// إعلامية تقدّم …`): two thirds of its word trigrams are the site's, and
    /// the others are few enough to be one slot of a word or two (a slot of
    /// `k` words at an end touches `k` trigrams, inside `k + 2`). The slot
    /// holds words, not figures.
    pub(crate) fn is_template(&self, key: &str) -> bool {
        if self.shingles.is_empty() || key.len() < 12 {
            return false;
        }
        let (mut known, mut all) = (0usize, 0usize);
        for (shingle, figure) in shingles(key) {
            all += 1;
            if self.shingles.contains(&shingle) {
                known += 1;
            } else if figure || all - known > MAX_UNKNOWN_SHINGLES {
                // Figures are what a site's automated reports (prices,
                // weather, results) change from day to day: their content.
                // (Prose is refused after a few trigrams.)
                return false;
            }
        }
        let unknown = all - known;
        all >= TEMPLATE_MIN_SHINGLES && unknown * 2 <= known
    }

    /// Whether the line with this search key opens with a label the site
    /// prints on many pages with something new after it (a counter, a link
    /// to another story, the page's own address).
    pub(crate) fn has_label_of(&self, key: &str) -> bool {
        !self.labels.is_empty()
            && label_of(key).is_some_and(|l| self.labels.contains(&label_hash(l)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learn(pages: &[String]) -> Furniture {
        super::learn(pages, &Thresholds::default())
    }

    #[test]
    fn recurring_lines_are_furniture_and_prose_is_not() {
        const PLACES: [&str; 8] = [
            "الموصل",
            "البصرة",
            "أربيل",
            "كركوك",
            "النجف",
            "كربلاء",
            "الحلة",
            "العمارة",
        ];
        const WORKS: [&str; 5] = ["جسر", "مستشفى", "مدرسة", "ملعب", "سوق"];
        let pages: Vec<String> = (0..40)
            .map(|i| {
                let follow = if i % 2 == 0 {
                    "تابعونا على تويتر"
                } else {
                    "تابعونا علي تويتر"
                };
                let headline = format!("افتتاح {} جديد في {}", WORKS[i % 5], PLACES[i % 8]);
                format!(
                    "{headline}\n{follow}\nعدد القراءات: {}\n2024-04-{:02}",
                    i * 37 + 5,
                    i % 28 + 1
                )
            })
            .collect();
        let furniture = learn(&pages);
        let mut scratch = String::new();
        assert_eq!(furniture.pages(), 40);
        assert!(furniture.contains("تابعونا على تويتر", &mut scratch));
        assert!(furniture.contains("تابعونا علـى تويتر", &mut scratch));
        // Figures are kept: the counter is a new line on every page, but
        // its label recurs.
        assert!(!furniture.contains("عدد القراءات: 42", &mut scratch));
        assert!(furniture.has_label_of(&ghirbal_arabic::search_key("عدد القراءات: 42")));
        assert!(!furniture.has_label_of(&ghirbal_arabic::search_key("عدد الضحايا: 42")));
        assert!(!furniture.contains("افتتاح جسر جديد في الموصل", &mut scratch));
        assert_eq!(
            furniture.len(),
            2,
            "the follow line and the counter's label; not bare numbers nor headlines"
        );
    }

    #[test]
    fn copies_of_one_story_count_once() {
        let story = "قالت وزارة الصحة في بيان اليوم إن عدد الإصابات بالمرض ارتفع خلال الأسبوع \
                     الماضي إلى أكثر من ألف حالة في ثلاث محافظات شمالية وإن فرقها تعمل على احتوائه";
        let mut pages: Vec<String> = (0..30)
            .map(|i| format!("صفحة {i}\nالوزارة تحذر من انتشار المرض\n{story}"))
            .collect();
        pages.extend((0..30).map(|i| format!("خبر آخر رقم {i} في الصفحة")));
        let furniture = learn(&pages);
        let mut scratch = String::new();
        assert!(!furniture.contains("الوزارة تحذر من انتشار المرض", &mut scratch));
    }

    #[test]
    fn a_site_wide_long_line_does_not_make_one_story_of_every_page() {
        // A press office prints the same long disclaimer under every release;
        // its letterhead is furniture all the same.
        let disclaimer = "هذا البيان صادر عن مكتب الاتصال الحكومي ويجوز نشره كاملا أو مقتطفا \
                          بشرط ذكر المصدر ولا يعبر أي تعليق عليه عن رأي الوزارة أو موظفيها";
        let pages: Vec<String> = (0..30)
            .map(|i| {
                format!(
                    "وزارة النقل والموانئ\nقرار رقم {i} بشأن تنظيم حركة الشاحنات في المنطقة {i} \
                     وتحديد ساعات عبورها الطرق السريعة خلال أيام الأسبوع والعطل الرسمية كلها\n\
                     {disclaimer}"
                )
            })
            .collect();
        let furniture = learn(&pages);
        let mut scratch = String::new();
        assert!(furniture.contains("وزارة النقل والموانئ", &mut scratch));
    }

    #[test]
    fn lines_the_site_fills_in_are_templates() {
        const SOURCES: [&str; 6] = [
            "الجزيرة",
            "عكاظ",
            "فرانس 24",
            "سي إن إن بالعربية",
            "الوطن",
            "اليوم",
        ];
        let pages: Vec<String> = (0..40)
            .map(|i| {
                format!(
                    "افتتاح مشروع جديد رقم {i} في المدينة\nنُشرت هذه القصة في الأصل على {}.\n\
                     قال المسؤول إن المشروع {i} سيخدم آلاف السكان",
                    SOURCES[i % 6]
                )
            })
            .collect();
        let furniture = learn(&pages);
        let key = |s: &str| ghirbal_arabic::search_key(s);
        assert!(furniture.is_template(&key("نُشرت هذه القصة في الأصل على الشرق الأوسط.")));
        // Most words are the site's, not all: a sentence sharing a phrase is not.
        assert!(!furniture.is_template(&key("نُشرت هذه القصة قبل أن يعلن الوزير استقالته")));
        assert!(!furniture.is_template(&key("افتتاح مشروع جديد رقم 7 في المدينة")));
        assert!(!furniture.is_template(&key("على الأصل")));
    }

    #[test]
    fn automated_reports_are_no_templates() {
        // A site's daily report: the same sentence, other figures each day.
        let pages: Vec<String> = (0..40)
            .map(|i| {
                format!(
                    "سعر الذهب اليوم {i}\nبلغ سعر غرام الذهب عيار 21 اليوم نحو {} جنيها في محلات الصاغة.",
                    2000 + i * 7
                )
            })
            .collect();
        let furniture = learn(&pages);
        let key = |s: &str| ghirbal_arabic::search_key(s);
        assert!(!furniture.is_template(&key(
            "بلغ سعر غرام الذهب عيار 21 اليوم نحو 3150 جنيها في محلات الصاغة."
        )));
    }

    #[test]
    fn small_sites_learn_nothing() {
        let pages: Vec<String> = (0..10).map(|_| "اشترك في النشرة".to_string()).collect();
        assert!(learn(&pages).is_empty());
    }
}
