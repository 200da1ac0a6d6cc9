//! One pass over a dump line for what every line needs: its display text
//! ([`normalize`](crate::normalize())), its [`ScriptCounts`] and, for a short line, its
//! [`search_key`].
//!
//! Done apart, these are three loops over the same bytes, and the hottest
//! ones of text-dump extraction. Most lines are already normalized; for
//! those one loop judges the text clean (as `normalize` does), counts its
//! classes (as [`script::count`] does) and folds its key (as the plain path
//! of [`search_key`] does). A line that normalizing changes, or whose key
//! needs more than the plain fold, goes through the functions themselves,
//! so the results are always exactly theirs (the tests compare them).

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::keys::{folds_to_itself, search_key, KeyBuilder};
use crate::normalize::{
    clean_arabic_cc, clean_other_cc, is_clean_arabic_starter, normalize_unclean,
};
use crate::script::{self, arabic_block_offset, slot_of, ScriptCounts, Slot, Tally, SLOTS};

/// What [`line_text`] reads off a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineText<'a> {
    /// `normalize(raw)`: borrowed when normalizing changed nothing.
    pub text: Cow<'a, str>,
    /// `script::count(&text)`.
    pub counts: ScriptCounts,
    /// `search_key(&text)` when the text has at most `key_words` words,
    /// else empty (long prose is compared as written, and folding it would
    /// cost the most).
    pub key: String,
}

/// [`normalize`](crate::normalize()), [`script::count`] and, for lines of at most `key_words`
/// words, [`search_key`] of one line, in one pass when the line is clean.
pub fn line_text(raw: &str, key_words: usize) -> LineText<'_> {
    if let Some((counts, key)) = clean_line(raw, key_words) {
        return LineText {
            text: Cow::Borrowed(raw),
            counts,
            key,
        };
    }
    // (`clean_line` judged it as `normalize`'s clean check would: no need
    // to judge it twice.)
    let text = normalize_unclean(raw);
    // Normalized text is clean, but for what the clean check leaves to the
    // full rewrite (joining controls): one more pass counts and keys it.
    let (counts, key) = clean_line(&text, key_words).unwrap_or_else(|| {
        let counts = script::count(&text);
        let key = if counts.words <= key_words {
            search_key(&text)
        } else {
            String::new()
        };
        (counts, key)
    });
    LineText { text, counts, key }
}

/// The counts and key of `text` if `normalize` leaves it unchanged, judged
/// char by char as `normalize`'s clean check judges it (line mode); `None`
/// as soon as a char may change, or the text starts or ends with a space.
fn clean_line(text: &str, key_words: usize) -> Option<(ScriptCounts, String)> {
    let bytes = text.as_bytes();
    if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) {
        if matches!(first, b' ' | b'\n') || matches!(last, b' ' | b'\n') {
            return None;
        }
    }
    let slots = &*SLOTS;
    let plain_letters = &*PLAIN_LETTERS;
    let mut tally = Tally::default();
    let mut key = String::with_capacity(text.len());
    let mut out = KeyBuilder::new(text, &mut key);
    // Still folding: the line is short so far and every char plain.
    let mut folding = true;
    // A char only the general fold knows was met: `search_key` decides.
    let mut general = false;
    let mut last_cc = 0u8;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let at = i;
        if b < 0x80 {
            match b {
                b'!'..=b'~' => {}
                b' ' if !matches!(bytes[i - 1], b' ' | b'\n') => {}
                _ => return None,
            }
            i += 1;
            last_cc = 0;
            let slot = slots[usize::from(b)];
            tally.add(slot);
            folding &= tally.words <= key_words;
            if folding {
                if slot == Slot::Space {
                    out.space(at);
                } else if b.is_ascii_uppercase() {
                    out.fold(at, char::from(b.to_ascii_lowercase()));
                } else {
                    out.keep(at);
                }
            }
            continue;
        }
        if let Some(index) = arabic_block_offset(bytes, i) {
            if plain_letters[index] {
                // A run of plain letters: most of the bytes of a line.
                let n = 1 + plain_letter_run(&bytes[i + 2..], plain_letters);
                i += 2 * n;
                last_cc = 0;
                tally.add_arabic_letters(n);
                folding &= tally.words <= key_words;
                if folding {
                    out.keep(at);
                }
                continue;
            }
            let cc = clean_arabic_cc(text, i, index)?;
            if cc != 0 && last_cc > cc {
                return None;
            }
            last_cc = cc;
            i += 2;
            tally.add(slots[128 + index]);
            folding &= tally.words <= key_words;
            if folding {
                out.arabic(at, index);
            }
            continue;
        }
        let c = text[i..].chars().next()?;
        let cc = clean_other_cc(text, i, c)?;
        if cc != 0 && last_cc > cc {
            return None;
        }
        last_cc = cc;
        i += c.len_utf8();
        let slot = slot_of(c);
        tally.add(slot);
        folding &= tally.words <= key_words;
        if folding {
            // The plain fold keeps Latin-1 signs and U+2010–2027 as they
            // are; any other char sends the key to `search_key`. (No clean
            // char outside ASCII is a space.)
            let u = u32::from(c);
            if slot == Slot::Space {
                out.space(at);
            } else if (0xA0..0xC0).contains(&u) || (0x2010..0x2028).contains(&u) {
                out.keep(at);
            } else {
                folding = false;
                general = true;
            }
        }
    }
    out.finish();
    let counts = tally.counts();
    let key = if counts.words > key_words {
        String::new()
    } else if general {
        search_key(text)
    } else {
        key
    };
    Some((counts, key))
}

/// How many [`PLAIN_LETTERS`] open `bytes`, read two bytes at a time (each
/// is a lead byte D8–DB and its continuation, see `arabic_block_offset`):
/// the pass's innermost loop, so no decoding and no bounds checks.
#[inline(always)]
fn plain_letter_run(bytes: &[u8], plain_letters: &[bool; 256]) -> usize {
    bytes
        .chunks_exact(2)
        .take_while(|pair| {
            let lead = pair[0].wrapping_sub(0xD8);
            lead < 4 && plain_letters[usize::from(lead) << 6 | usize::from(pair[1] & 0x3F)]
        })
        .count()
}

/// U+0600–06FF chars (by offset in the block) that every part of the
/// pass takes alike: Arabic letters that are clean starters and fold to
/// themselves. A run of them is counted and kept without looking at each
/// one's classes.
static PLAIN_LETTERS: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let slots = &*SLOTS;
    std::array::from_fn(|index| {
        slots[128 + index] == Slot::Arabic
            && is_clean_arabic_starter(index)
            && folds_to_itself(index)
    })
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn separate(raw: &str, key_words: usize) -> LineText<'_> {
        let text = normalize(raw);
        let counts = script::count(&text);
        let key = if counts.words <= key_words {
            search_key(&text)
        } else {
            String::new()
        };
        LineText { text, counts, key }
    }

    #[test]
    fn one_pass_agrees_with_the_three_functions() {
        let pieces = [
            "كتب",
            " ",
            "  ",
            "الكـــاظمي",
            "هـ",
            "الـCIA",
            "بيروت ـ",
            "ـ",
            "مسؤول",
            "شيئ",
            "هيئة",
            "بريء",
            "أإآٱ",
            "ى",
            "ة",
            "٣٤٥",
            "۱۲",
            "Hello",
            "WORLD",
            "«",
            "»",
            "–",
            "…",
            "©",
            "°",
            "\u{a0}",
            "\u{ad}",
            "\t",
            "\n",
            "\u{200c}",
            "\u{200d}",
            "\u{200f}",
            "می\u{200c}شود",
            "ً",
            "َّ",
            "ّ َ",
            "\u{0653}",
            "\u{0654}",
            "ا\u{0653}",
            "é",
            "e\u{301}",
            "İ",
            "ﻻ",
            "ﷺ",
            "中文",
            "😀",
            "،",
            "؟",
            "a.b",
            "x:y",
            "يء",
            "ييء",
            "ـً",
            "‐",
            "‧",
            "\u{2028}",
        ];
        let mut texts = vec![String::new()];
        for a in pieces {
            texts.push(a.to_string());
            for b in pieces {
                texts.push(format!("{a}{b}"));
                texts.push(format!("{a} {b}"));
                for c in ["كتب", " ", "ـ", "ً", "A", "é"] {
                    texts.push(format!("{a}{c}{b}"));
                    texts.push(format!("{c}{a} {b}{c}"));
                }
            }
        }
        for text in &texts {
            for key_words in [0, 1, 2, 3, 28] {
                assert_eq!(
                    line_text(text, key_words),
                    separate(text, key_words),
                    "{text:?} {key_words}"
                );
            }
        }
        // Word limits: keys stop exactly past `key_words`.
        let long = "كلمة ".repeat(40);
        let long = long.trim_end();
        for key_words in [0, 27, 28, 39, 40, 41] {
            assert_eq!(line_text(long, key_words), separate(long, key_words));
        }
    }
}
