//! Quality signals of a document body, and the filter over them.
//!
//! The signals are those of FineWeb-2's Gopher repetition, Gopher quality
//! and FineWeb quality filters, computed on tokens where Arabic punctuation
//! (`، ؛ ؟ ۔`) counts as punctuation, as it does not in tools that only know
//! `.,;?!`. [`Thresholds::default`] is FineWeb-2's `arb_Arab` configuration,
//! plus AraMix's rule on line-final punctuation.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use ghirbal_arabic::keys::search_key;
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_64;

/// Stop words as written and as folded, so tokens are looked up without
/// folding each one.
fn stopword_set() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = HashSet::new();
        for w in ARABIC_STOPWORDS {
            set.insert((*w).to_string());
            set.insert(search_key(w));
        }
        // Common unfolded spellings of the same words.
        for w in ["الي", "إلي", "ان", "إن", "او", "علي", "فى"] {
            set.insert(w.to_string());
        }
        set
    })
}

/// FineWeb-2's `arb_Arab` stop words (compared on folded keys, so `إلى`
/// and `الى` both count).
pub const ARABIC_STOPWORDS: &[&str] = &[
    "،",
    "في",
    "من",
    "على",
    "إلى",
    "عام",
    "أن",
    "مع",
    "أو",
    "هو",
    "عن",
    "التي",
    "كان",
    "بين",
    "ما",
    "كانت",
    "هي",
    "المتحدة",
    "بعد",
];

const TERMINAL: &[char] = &[
    '.', '!', '?', '؟', '۔', '…', '"', '»', '”', ')', ':', '؛', ';',
];

/// Filter thresholds; a TOML file with any subset of these keys overrides
/// the defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Thresholds {
    /// Gopher repetition: lines that repeat an earlier line, as a share of
    /// lines.
    pub dup_line_frac: f64,
    /// Characters in repeated lines, as a share of all characters.
    pub dup_line_char_frac: f64,
    /// Characters covered by the most frequent 2-, 3- and 4-gram.
    pub top_ngram_char_frac: [f64; 3],
    /// Characters in repeated 5- to 10-grams.
    pub dup_ngram_char_frac: [f64; 6],
    /// Words (tokens, punctuation included) and their mean length.
    pub min_words: usize,
    pub max_words: usize,
    pub min_avg_word_len: f64,
    pub max_avg_word_len: f64,
    /// `#` and `…` per word.
    pub max_symbol_word_ratio: f64,
    pub max_bullet_lines_ratio: f64,
    pub max_ellipsis_lines_ratio: f64,
    /// Share of tokens with a letter in them (FineWeb-2's
    /// `max_non_alpha_words_ratio`).
    pub min_alpha_words_ratio: f64,
    pub min_stop_words: usize,
    /// FineWeb: share of lines ending in punctuation (0% is let through,
    /// as FineWeb-2 does with `line_punct_exclude_zero`).
    pub min_line_punct_ratio: f64,
    /// AraMix: lines ending in punctuation must be 0% or at least this.
    pub aramix_min_line_punct_ratio: f64,
    /// FineWeb: lines under 30 characters, as a share of lines.
    pub max_short_line_ratio: f64,
    /// FineWeb: line breaks per word.
    pub max_new_line_ratio: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            dup_line_frac: 0.304,
            dup_line_char_frac: 0.1,
            top_ngram_char_frac: [0.197, 0.172, 0.146],
            dup_ngram_char_frac: [0.165, 0.1538, 0.1426, 0.1314, 0.1202, 0.109],
            min_words: 50,
            max_words: 100_000,
            min_avg_word_len: 2.0,
            max_avg_word_len: 9.0,
            max_symbol_word_ratio: 0.1,
            max_bullet_lines_ratio: 0.9,
            max_ellipsis_lines_ratio: 0.3,
            min_alpha_words_ratio: 0.787,
            min_stop_words: 2,
            min_line_punct_ratio: 0.143,
            aramix_min_line_punct_ratio: 0.05,
            max_short_line_ratio: 0.67,
            max_new_line_ratio: 0.189,
        }
    }
}

/// The measured signals, as written into each record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Signals {
    pub words: usize,
    pub lines: usize,
    pub avg_word_len: f64,
    pub dup_line_frac: f64,
    pub dup_line_char_frac: f64,
    pub top_ngram_char_frac: [f64; 3],
    pub dup_ngram_char_frac: [f64; 6],
    pub symbol_word_ratio: f64,
    pub bullet_lines_ratio: f64,
    pub ellipsis_lines_ratio: f64,
    pub alpha_words_ratio: f64,
    pub stop_words: usize,
    pub line_punct_ratio: f64,
    pub short_line_ratio: f64,
    pub new_line_ratio: f64,
}

/// Tokens: runs of letters, digits and marks are words; every other
/// non-space char is a token of its own (so `،` is a token, as in the
/// FineWeb-2 tokenizer).
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if is_alnum(c) || is_mark(c) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(&text[s..i]);
        }
        if !c.is_whitespace() && c != '\u{0640}' {
            out.push(&text[i..i + c.len_utf8()]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

use ghirbal_arabic::script::{is_letter, is_letter_or_digit as is_alnum};

fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0300}'..='\u{036F}')
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Measures `text` (a record's body: paragraphs separated by blank lines or
/// line breaks).
pub fn signals(text: &str) -> Signals {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let toks = tokens(text);
    let words: Vec<&str> = toks
        .iter()
        .copied()
        .filter(|t| t.chars().any(is_alnum))
        .collect();
    let total_chars: usize = lines
        .iter()
        .map(|l| l.chars().count())
        .sum::<usize>()
        .max(1);
    let n_lines = lines.len().max(1) as f64;
    let n_tokens = toks.len().max(1) as f64;

    let mut seen = HashSet::new();
    let (mut dup_lines, mut dup_chars) = (0usize, 0usize);
    for line in &lines {
        if !seen.insert(*line) {
            dup_lines += 1;
            dup_chars += line.chars().count();
        }
    }

    // N-grams are compared by hashes of their words' hashes: one string
    // hash per word instead of one per word per n-gram.
    let hashes: Vec<u64> = words.iter().map(|w| xxh3_64(w.as_bytes())).collect();
    let lens: Vec<usize> = words.iter().map(|w| w.chars().count()).collect();
    let gram = |i: usize, n: usize| {
        hashes[i..i + n]
            .iter()
            .fold(0x9e37_79b9_7f4a_7c15u64, |h, &w| {
                (h ^ w).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(31)
            })
    };
    let word_chars: usize = lens.iter().sum();
    let all_word_chars = word_chars.max(1) as f64;
    let mut top = [0.0; 3];
    for (slot, n) in top.iter_mut().zip(2..=4) {
        if words.len() < n {
            continue;
        }
        // Count, and the first position of each n-gram (for its length).
        let mut counts: HashMap<u64, (usize, usize)> = HashMap::new();
        for i in 0..=words.len() - n {
            counts.entry(gram(i, n)).or_insert((0, i)).0 += 1;
        }
        if let Some(&(count, at)) = counts
            .values()
            .filter(|(c, _)| *c > 1)
            .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.cmp(&a.1)))
        {
            let len: usize = lens[at..at + n].iter().sum();
            *slot = round((len * count) as f64 / all_word_chars);
        }
    }
    let mut dup_ngrams = [0.0; 6];
    let mut dup = vec![false; words.len()];
    let mut seen = HashSet::new();
    for (slot, n) in dup_ngrams.iter_mut().zip(5..=10) {
        if words.len() < n {
            continue;
        }
        seen.clear();
        dup.iter_mut().for_each(|d| *d = false);
        let mut i = 0;
        while i + n <= words.len() {
            if !seen.insert(gram(i, n)) {
                dup[i..i + n].iter_mut().for_each(|d| *d = true);
                i += n;
            } else {
                i += 1;
            }
        }
        let chars: usize = lens
            .iter()
            .zip(&dup)
            .filter(|(_, d)| **d)
            .map(|(l, _)| l)
            .sum();
        *slot = round(chars as f64 / all_word_chars);
    }

    let symbols =
        toks.iter().filter(|t| **t == "#" || **t == "…").count() + text.matches("...").count();
    let bullets = lines
        .iter()
        .filter(|l| l.starts_with(['•', '●', '○', '■', '□', '▪', '▫', '–', '-', '*', '·']))
        .count();
    let ellipsis = lines
        .iter()
        .filter(|l| l.ends_with("...") || l.ends_with('…'))
        .count();
    let alpha = toks.iter().filter(|t| t.chars().any(is_letter)).count();
    let stop = stopword_set();
    let stop_words = toks.iter().filter(|t| stop.contains(**t)).count();
    let punct = lines.iter().filter(|l| l.ends_with(TERMINAL)).count();
    let short = lines.iter().filter(|l| l.chars().count() < 30).count();
    let breaks = text.trim().matches('\n').count();

    Signals {
        words: toks.len(),
        lines: lines.len(),
        avg_word_len: round(word_chars as f64 / words.len().max(1) as f64),
        dup_line_frac: round(dup_lines as f64 / n_lines),
        dup_line_char_frac: round(dup_chars as f64 / total_chars as f64),
        top_ngram_char_frac: top,
        dup_ngram_char_frac: dup_ngrams,
        symbol_word_ratio: round(symbols as f64 / n_tokens),
        bullet_lines_ratio: round(bullets as f64 / n_lines),
        ellipsis_lines_ratio: round(ellipsis as f64 / n_lines),
        alpha_words_ratio: round(alpha as f64 / n_tokens),
        stop_words,
        line_punct_ratio: round(punct as f64 / n_lines),
        short_line_ratio: round(short as f64 / n_lines),
        new_line_ratio: round(breaks as f64 / n_tokens),
    }
}

/// The reasons `s` fails `t` (empty: the document passes).
pub fn reasons(s: &Signals, t: &Thresholds) -> Vec<String> {
    let mut out = Vec::new();
    let mut fail = |cond: bool, why: String| {
        if cond {
            out.push(why);
        }
    };
    fail(
        s.words < t.min_words,
        format!("too_few_words: {} < {}", s.words, t.min_words),
    );
    fail(
        s.words > t.max_words,
        format!("too_many_words: {} > {}", s.words, t.max_words),
    );
    fail(
        s.dup_line_frac > t.dup_line_frac,
        format!("dup_line_frac: {} > {}", s.dup_line_frac, t.dup_line_frac),
    );
    fail(
        s.dup_line_char_frac > t.dup_line_char_frac,
        format!(
            "dup_line_char_frac: {} > {}",
            s.dup_line_char_frac, t.dup_line_char_frac
        ),
    );
    for (i, (v, max)) in s
        .top_ngram_char_frac
        .iter()
        .zip(&t.top_ngram_char_frac)
        .enumerate()
    {
        fail(v > max, format!("top_{}gram_char_frac: {v} > {max}", i + 2));
    }
    for (i, (v, max)) in s
        .dup_ngram_char_frac
        .iter()
        .zip(&t.dup_ngram_char_frac)
        .enumerate()
    {
        fail(v > max, format!("dup_{}gram_char_frac: {v} > {max}", i + 5));
    }
    if s.words >= t.min_words {
        fail(
            s.avg_word_len < t.min_avg_word_len || s.avg_word_len > t.max_avg_word_len,
            format!(
                "avg_word_len: {} outside {}-{}",
                s.avg_word_len, t.min_avg_word_len, t.max_avg_word_len
            ),
        );
    }
    fail(
        s.symbol_word_ratio > t.max_symbol_word_ratio,
        format!(
            "symbol_word_ratio: {} > {}",
            s.symbol_word_ratio, t.max_symbol_word_ratio
        ),
    );
    fail(
        s.bullet_lines_ratio > t.max_bullet_lines_ratio,
        format!(
            "bullet_lines_ratio: {} > {}",
            s.bullet_lines_ratio, t.max_bullet_lines_ratio
        ),
    );
    fail(
        s.ellipsis_lines_ratio > t.max_ellipsis_lines_ratio,
        format!(
            "ellipsis_lines_ratio: {} > {}",
            s.ellipsis_lines_ratio, t.max_ellipsis_lines_ratio
        ),
    );
    fail(
        s.alpha_words_ratio < t.min_alpha_words_ratio,
        format!(
            "alpha_words_ratio: {} < {}",
            s.alpha_words_ratio, t.min_alpha_words_ratio
        ),
    );
    fail(
        s.stop_words < t.min_stop_words,
        format!("stop_words: {} < {}", s.stop_words, t.min_stop_words),
    );
    let p = s.line_punct_ratio;
    fail(
        p > 0.0 && p < t.min_line_punct_ratio,
        format!("line_punct_ratio: {p} < {}", t.min_line_punct_ratio),
    );
    fail(
        p > 0.0 && p < t.aramix_min_line_punct_ratio,
        format!("aramix_line_punct: {p} < {}", t.aramix_min_line_punct_ratio),
    );
    fail(
        s.short_line_ratio > t.max_short_line_ratio,
        format!(
            "short_line_ratio: {} > {}",
            s.short_line_ratio, t.max_short_line_ratio
        ),
    );
    fail(
        s.new_line_ratio > t.max_new_line_ratio,
        format!(
            "new_line_ratio: {} > {}",
            s.new_line_ratio, t.max_new_line_ratio
        ),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROSE: &str = "أعلنت وزارة الصحة في بيان صدر اليوم عن خطة جديدة لتوسيع شبكة المراكز الصحية في \
        المناطق الريفية، على أن تبدأ أعمال البناء بعد شهرين من الآن.\n\nوقال المتحدث باسم الوزارة إن \
        الخطة تشمل إنشاء عشرين مركزا مجهزا بأحدث الأجهزة الطبية، مع تدريب مئات الممرضين والأطباء \
        الشباب على العمل في القرى البعيدة عن المدن الكبرى.\n\nوأضاف أن التمويل يأتي من الميزانية العامة \
        ومن قرض ميسر قدمه أحد البنوك الإقليمية، وأن المشروع سيكتمل قبل نهاية العام المقبل.";

    #[test]
    fn news_prose_passes() {
        let s = signals(PROSE);
        assert!(reasons(&s, &Thresholds::default()).is_empty(), "{s:?}");
        assert!(s.stop_words >= 5, "Arabic comma and في/من/على count: {s:?}");
        assert_eq!(s.line_punct_ratio, 1.0);
    }

    #[test]
    fn repeated_menus_and_short_text_fail() {
        let menu = "الرئيسية\nأخبار\nرياضة\nاقتصاد\n".repeat(20);
        let r = reasons(&signals(&menu), &Thresholds::default());
        assert!(r.iter().any(|r| r.starts_with("dup_line_frac")), "{r:?}");
        assert!(
            r.iter()
                .any(|r| r.starts_with("too_few_words") || r.starts_with("short_line")),
            "{r:?}"
        );
        let spam = "اشتر الآن بأفضل سعر ".repeat(40);
        let r = reasons(&signals(&spam), &Thresholds::default());
        assert!(r.iter().any(|r| r.starts_with("top_2gram")), "{r:?}");
        assert!(r.iter().any(|r| r.starts_with("dup_5gram")), "{r:?}");
    }

    #[test]
    fn thresholds_read_from_partial_toml_like_json() {
        let t: Thresholds = serde_json::from_str(r#"{"min_words": 10}"#).unwrap();
        assert_eq!(t.min_words, 10);
        assert_eq!(t.dup_line_frac, 0.304);
        assert!(serde_json::from_str::<Thresholds>(r#"{"min_wordz": 10}"#).is_err());
    }
}
