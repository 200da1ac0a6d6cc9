//! One pass over a dump line for what every line needs: its display text
//! ([`normalize`]), its [`ScriptCounts`] and, for a short line, its
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

use crate::keys::{search_key, ARABIC_FOLD, HAMZA, YEH};
use crate::normalize::{clean_arabic_cc, clean_other_cc, normalize};
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

/// [`normalize`], [`script::count`] and, for lines of at most `key_words`
/// words, [`search_key`] of one line, in one pass when the line is clean.
pub fn line_text(raw: &str, key_words: usize) -> LineText<'_> {
    if let Some((counts, key)) = clean_line(raw, key_words) {
        return LineText {
            text: Cow::Borrowed(raw),
            counts,
            key,
        };
    }
    let text = normalize(raw);
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
    let mut tally = Tally::default();
    let mut key = Key {
        out: String::with_capacity(text.len()),
        folding: true,
        general: false,
        pending_space: false,
    };
    let mut last_cc = 0u8;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
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
            if key.folding {
                if slot == Slot::Space {
                    key.space();
                } else {
                    key.push(char::from(b.to_ascii_lowercase()), tally.words, key_words);
                }
            }
            continue;
        }
        let (slot, cc, fold) = if let Some(index) = arabic_block_offset(bytes, i) {
            let cc = clean_arabic_cc(text, i, index)?;
            i += 2;
            (slots[128 + index], cc, Fold::Char(ARABIC_FOLD[index]))
        } else {
            let c = text[i..].chars().next()?;
            let cc = clean_other_cc(text, i, c)?;
            i += c.len_utf8();
            // The plain fold keeps Latin-1 signs and U+2010–2027 as they
            // are; any other char sends the key to `search_key`.
            let u = u32::from(c);
            let fold = if (0xA0..0xC0).contains(&u) || (0x2010..0x2028).contains(&u) {
                Fold::Char(c)
            } else {
                Fold::General
            };
            (slot_of(c), cc, fold)
        };
        if cc != 0 && last_cc > cc {
            return None;
        }
        last_cc = cc;
        tally.add(slot);
        if key.folding {
            match fold {
                // (No clean char outside ASCII is a space.)
                _ if slot == Slot::Space => key.space(),
                Fold::Char('\0') => {}
                Fold::Char(f) => key.push(f, tally.words, key_words),
                Fold::General => {
                    key.folding = false;
                    key.general = true;
                }
            }
        }
    }
    let counts = tally.counts();
    let key = if counts.words > key_words {
        String::new()
    } else if key.general {
        search_key(text)
    } else {
        key.out
    };
    Some((counts, key))
}

/// How a char folds on the plain path.
#[derive(Clone, Copy)]
enum Fold {
    /// Into this char (NUL: dropped).
    Char(char),
    /// Only the general path knows.
    General,
}

/// The plain key being folded, as `keys::plain_key_into` folds it.
struct Key {
    out: String,
    /// Still folding: the line is short so far and every char plain.
    folding: bool,
    /// A char only the general fold knows was met.
    general: bool,
    pending_space: bool,
}

impl Key {
    #[inline(always)]
    fn space(&mut self) {
        self.pending_space = !self.out.is_empty();
    }

    #[inline(always)]
    fn push(&mut self, f: char, words: usize, key_words: usize) {
        if words > key_words {
            // Too long to be keyed: stop folding.
            self.folding = false;
            return;
        }
        if self.pending_space {
            self.out.push(' ');
            self.pending_space = false;
        }
        if f == HAMZA {
            while self.out.ends_with(YEH) {
                self.out.pop();
            }
        }
        self.out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
