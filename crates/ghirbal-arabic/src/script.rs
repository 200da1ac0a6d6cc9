//! Character classes and per-text script counts used by the extractors.
//!
//! The classes are hand-written ranges rather than a Unicode property table:
//! the extractors only need to tell Arabic from Latin from the rest, and the
//! ranges are checked against the Unicode data of `unicode-normalization` and
//! `std` in this module's tests.

use unicode_normalization::char::is_combining_mark;

use crate::digits::digit_value;

/// Counts of character classes in a text. Every char lands in exactly one
/// of the first seven fields; `words` counts whitespace-separated tokens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScriptCounts {
    /// Arabic-script letters, Persian/Urdu/extended ones included; not
    /// digits, punctuation, diacritics or tatweel.
    pub arabic_letters: usize,
    pub latin_letters: usize,
    /// Letters of any other script.
    pub other_letters: usize,
    /// Decimal digits of every system, and other numeric chars.
    pub digits: usize,
    /// Punctuation, Arabic `، ؛ ؟` and quotes included.
    pub punctuation: usize,
    /// Whitespace, line breaks included.
    pub spaces: usize,
    /// Everything else: diacritics and other marks, tatweel, symbols,
    /// emoji, controls.
    pub other: usize,
    pub words: usize,
}

impl ScriptCounts {
    /// Letters of every script.
    pub fn letters(&self) -> usize {
        self.arabic_letters + self.latin_letters + self.other_letters
    }

    /// Chars counted, words excluded.
    pub fn chars(&self) -> usize {
        self.letters() + self.digits + self.punctuation + self.spaces + self.other
    }

    /// Arabic letters over all letters; 0 when there are no letters.
    pub fn arabic_ratio(&self) -> f32 {
        let letters = self.letters();
        if letters == 0 {
            0.0
        } else {
            self.arabic_letters as f32 / letters as f32
        }
    }

    /// More than half of the letters are Latin.
    pub fn is_mostly_latin(&self) -> bool {
        self.latin_letters * 2 > self.letters()
    }
}

/// Which field of [`ScriptCounts`] a char lands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    Arabic,
    Latin,
    OtherLetter,
    Digit,
    Punctuation,
    Space,
    Other,
}

pub(crate) fn slot_of(c: char) -> Slot {
    // The Arabic block has no spaces, and its letters, digits, marks and
    // punctuation all belong to words.
    if ('\u{0600}'..='\u{06FF}').contains(&c) {
        if is_arabic_letter(c) {
            return Slot::Arabic;
        } else if digit_value(c).is_some() {
            return Slot::Digit;
        } else if is_punctuation(c) {
            return Slot::Punctuation;
        } else if c == '\u{0640}' || is_combining_mark(c) {
            return Slot::Other;
        }
    }
    if c.is_whitespace() {
        Slot::Space
    } else if c.is_ascii() {
        if c.is_ascii_alphabetic() {
            Slot::Latin
        } else if c.is_ascii_digit() {
            Slot::Digit
        } else if is_punctuation(c) {
            Slot::Punctuation
        } else {
            Slot::Other
        }
    } else if is_arabic_letter(c) {
        Slot::Arabic
    } else if digit_value(c).is_some() || c.is_numeric() {
        Slot::Digit
    } else if is_latin_letter(c) {
        Slot::Latin
    } else if is_punctuation(c) {
        Slot::Punctuation
    } else if is_other_letter(c) {
        Slot::OtherLetter
    } else {
        Slot::Other
    }
}

/// [`slot_of`] for ASCII (0–127) and U+0600–06FF (128–383): nearly every
/// char of an Arabic page, read from the UTF-8 bytes without decoding.
pub(crate) static SLOTS: std::sync::LazyLock<[Slot; 384]> = std::sync::LazyLock::new(|| {
    let mut table = [Slot::Other; 384];
    for (i, slot) in table.iter_mut().enumerate() {
        let code = if i < 128 {
            i as u32
        } else {
            0x600 + i as u32 - 128
        };
        *slot = char::from_u32(code).map_or(Slot::Other, slot_of);
    }
    table
});

/// For a char of U+0600–06FF starting at byte `i` of UTF-8 `bytes`, its
/// offset in the block (0–255), read without decoding: the lead byte D8–DB
/// holds the top two bits, the continuation byte the low six. `None` for any
/// other char. The byte loops of counts, keys and normalization use it.
#[inline(always)]
pub(crate) fn arabic_block_offset(bytes: &[u8], i: usize) -> Option<usize> {
    let lead = bytes[i];
    (0xD8..=0xDB)
        .contains(&lead)
        .then(|| usize::from(lead & 0x03) << 6 | usize::from(bytes[i + 1] & 0x3F))
}

/// Counts the character classes of `text`.
pub fn count(text: &str) -> ScriptCounts {
    let slots = &*SLOTS;
    let mut tally = Tally::default();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let slot = if b < 0x80 {
            i += 1;
            slots[usize::from(b)]
        } else if let Some(index) = arabic_block_offset(bytes, i) {
            i += 2;
            slots[128 + index]
        } else {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            i += c.len_utf8();
            slot_of(c)
        };
        tally.add(slot);
    }
    tally.counts()
}

/// The running counts of [`count`], kept by slot so that adding a char is
/// one indexed increment rather than a branch per class (this runs on every
/// char of every line). Shared with the fused line pass (`crate::line`).
#[derive(Debug, Default)]
pub(crate) struct Tally {
    by_slot: [usize; 7],
    pub(crate) words: usize,
    in_word: bool,
}

impl Tally {
    #[inline(always)]
    pub(crate) fn add(&mut self, slot: Slot) {
        self.by_slot[slot as usize] += 1;
        let space = slot == Slot::Space;
        self.words += usize::from(!space && !self.in_word);
        self.in_word = !space;
    }

    /// `n` Arabic letters in a row.
    #[inline(always)]
    pub(crate) fn add_arabic_letters(&mut self, n: usize) {
        self.by_slot[Slot::Arabic as usize] += n;
        self.words += usize::from(!self.in_word);
        self.in_word = true;
    }

    pub(crate) fn counts(&self) -> ScriptCounts {
        let n = &self.by_slot;
        ScriptCounts {
            arabic_letters: n[Slot::Arabic as usize],
            latin_letters: n[Slot::Latin as usize],
            other_letters: n[Slot::OtherLetter as usize],
            digits: n[Slot::Digit as usize],
            punctuation: n[Slot::Punctuation as usize],
            spaces: n[Slot::Space as usize],
            other: n[Slot::Other as usize],
            words: self.words,
        }
    }
}

/// A letter of the Arabic script, Persian, Urdu and other extended letters
/// and presentation forms included; not digits, punctuation, diacritics,
/// tatweel or the spacing forms of diacritics (U+FE70–FE7F).
pub const fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{0887}'
        | '\u{0889}'..='\u{088F}'
        | '\u{08A0}'..='\u{08C8}'
        | '\u{FB50}'..='\u{FBB1}'
        | '\u{FBD3}'..='\u{FD3D}'
        | '\u{FD50}'..='\u{FD8F}'
        | '\u{FD92}'..='\u{FDC7}'
        | '\u{FDF0}'..='\u{FDFB}'
        | '\u{FE80}'..='\u{FEFC}'
    )
}

/// An Arabic combining mark: harakat, shadda, sukun, superscript alef,
/// hamza above/below, Quranic annotation marks.
pub const fn is_arabic_diacritic(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{0897}'..='\u{089F}'
        | '\u{08CA}'..='\u{08E1}'
        | '\u{08E3}'..='\u{08FF}'
    )
}

/// `char::is_alphabetic`, with ASCII and U+0600–06FF (nearly every char of
/// an Arabic page) answered from a table rather than std's search through
/// its Unicode ranges. The table is filled from std's own answers, so the
/// result is always std's.
#[inline]
/// A pictograph of the emoji blocks (U+1F300–1FAFF: `📊`, `🔗`, `🚗`):
/// pages set one before a box, a promo or a label, never in a writer's words.
pub fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{1F300}'..='\u{1FAFF}')
}

pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
        ARABIC_BLOCK_CLASSES[c as usize - 0x600] & ALPHABETIC != 0
    } else {
        c.is_alphabetic()
    }
}

/// `char::is_alphanumeric`, answered as [`is_alphabetic`] is.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
        ARABIC_BLOCK_CLASSES[c as usize - 0x600] & ALPHANUMERIC != 0
    } else {
        c.is_alphanumeric()
    }
}

/// `char::is_numeric`, answered as [`is_alphabetic`] is.
#[inline]
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
        ARABIC_BLOCK_CLASSES[c as usize - 0x600] & NUMERIC != 0
    } else {
        c.is_numeric()
    }
}

const ALPHABETIC: u8 = 1;
const ALPHANUMERIC: u8 = 2;
const NUMERIC: u8 = 4;

/// std's `is_alphabetic`, `is_alphanumeric` and `is_numeric` of U+0600–06FF,
/// as bits.
static ARABIC_BLOCK_CLASSES: std::sync::LazyLock<[u8; 256]> = std::sync::LazyLock::new(|| {
    let mut table = [0; 256];
    for (i, bits) in table.iter_mut().enumerate() {
        if let Some(c) = char::from_u32(0x600 + i as u32) {
            *bits = (u8::from(c.is_alphabetic()) * ALPHABETIC)
                | (u8::from(c.is_alphanumeric()) * ALPHANUMERIC)
                | (u8::from(c.is_numeric()) * NUMERIC);
        }
    }
    table
});

/// A letter of the Latin script (basic, Latin-1, extended, IPA, fullwidth).
/// `char::is_alphabetic`, answered without Unicode's tables for ASCII and
/// the Arabic block (the tables' lookup is slow, and these are most chars
/// ghirbal sees).
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
        is_arabic_letter(c)
    } else {
        c.is_alphabetic()
    }
}

/// `char::is_alphanumeric`, with the same fast paths as [`is_letter`].
#[inline]
pub fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
        is_arabic_letter(c)
            || ('\u{0660}'..='\u{0669}').contains(&c)
            || ('\u{06F0}'..='\u{06F9}').contains(&c)
    } else {
        c.is_alphanumeric()
    }
}

pub fn is_latin_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | 'ª' | 'º' => true,
        '\u{00C0}'..='\u{024F}' => c != '×' && c != '÷',
        '\u{0250}'..='\u{02AF}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{2C60}'..='\u{2C7F}'
        | '\u{A722}'..='\u{A7FF}'
        | '\u{AB30}'..='\u{AB5A}'
        | '\u{FB00}'..='\u{FB06}'
        | '\u{FF21}'..='\u{FF3A}'
        | '\u{FF41}'..='\u{FF5A}' => c.is_alphabetic(),
        _ => false,
    }
}

/// A letter that is neither Arabic nor Latin. Marks are not letters here,
/// although Unicode counts many of them as alphabetic.
fn is_other_letter(c: char) -> bool {
    c.is_alphabetic()
        && !is_combining_mark(c)
        && !is_arabic_letter(c)
        && !is_latin_letter(c)
        && c != '\u{0640}'
        && !('\u{FE70}'..='\u{FE7F}').contains(&c)
}

/// Punctuation (Unicode general category P*), Arabic `، ؛ ؟ ٪ ۔` and the
/// quotes news uses. ASCII symbols such as `+ < = $` are not punctuation.
pub fn is_punctuation(c: char) -> bool {
    matches!(c,
        '!'..='#' | '%'..='*' | ','..='/' | ':' | ';' | '?' | '@' | '['..=']' | '_' | '{' | '}'
        | '¡' | '§' | '«' | '¶' | '·' | '»' | '¿'
        | '\u{037E}' | '\u{0387}'
        | '\u{055A}'..='\u{055F}' | '\u{0589}'..='\u{058A}'
        | '\u{05BE}' | '\u{05C0}' | '\u{05C3}' | '\u{05C6}' | '\u{05F3}'..='\u{05F4}'
        | '\u{0609}'..='\u{060A}' | '\u{060C}'..='\u{060D}' | '\u{061B}'
        | '\u{061D}'..='\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}'
        | '\u{0964}'..='\u{0965}' | '\u{0970}'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{2043}' | '\u{2045}'..='\u{2051}'
        | '\u{2053}'..='\u{205E}' | '\u{207D}'..='\u{207E}' | '\u{208D}'..='\u{208E}'
        | '\u{2E00}'..='\u{2E2E}' | '\u{2E30}'..='\u{2E4F}'
        | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301F}'
        | '\u{FD3E}'..='\u{FD3F}' | '\u{FE10}'..='\u{FE19}' | '\u{FE30}'..='\u{FE52}'
        | '\u{FE54}'..='\u{FE61}' | '\u{FE63}' | '\u{FE68}' | '\u{FE6A}'..='\u{FE6B}'
        | '\u{FF01}'..='\u{FF03}' | '\u{FF05}'..='\u{FF0A}' | '\u{FF0C}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF1B}' | '\u{FF1F}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF3D}'
        | '\u{FF3F}' | '\u{FF5B}' | '\u{FF5D}' | '\u{FF5F}'..='\u{FF65}'
    )
}

/// Whether `text` ends a sentence: its last visible char is `. ! ? ؟ … ۔`
/// (or a fullwidth/ideographic stop), possibly followed by closing quotes
/// and brackets (`"  »  )  ”  ’  ]`), whitespace or invisible marks.
pub fn ends_with_sentence_punct(text: &str) -> bool {
    for c in text.chars().rev() {
        match c {
            '.' | '!' | '?' | '؟' | '…' | '۔' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？' => {
                return true
            }
            '"' | '\'' | '»' | '›' | ')' | ']' | '}' | '”' | '’' | '“' | '‘' | '«' | '﴾' | '﴿'
            | '」' | '』' => {}
            '\u{061C}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}' => {}
            c if c.is_whitespace() => {}
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_classes_are_std_classes() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
        }
    }

    #[test]
    fn the_byte_tables_agree_with_the_char_classes() {
        for c in chars() {
            let n = count(c.encode_utf8(&mut [0; 4]));
            let expected = slot_of(c);
            let got = [
                (n.arabic_letters, Slot::Arabic),
                (n.latin_letters, Slot::Latin),
                (n.other_letters, Slot::OtherLetter),
                (n.digits, Slot::Digit),
                (n.punctuation, Slot::Punctuation),
                (n.spaces, Slot::Space),
                (n.other, Slot::Other),
            ];
            assert_eq!(n.chars(), 1, "U+{:04X}", c as u32);
            assert!(
                got.contains(&(1, expected)),
                "U+{:04X}: {n:?}, {expected:?}",
                c as u32
            );
            assert_eq!(n.words, usize::from(expected != Slot::Space));
        }
    }

    fn chars() -> impl Iterator<Item = char> {
        (0..=0x10FFFFu32).filter_map(char::from_u32)
    }

    #[test]
    fn arabic_letters_are_alphabetic_non_marks() {
        for c in chars().filter(|&c| is_arabic_letter(c)) {
            assert!(c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
            assert!(!is_combining_mark(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn every_arabic_block_letter_is_counted() {
        // Letters of the Arabic blocks that the ranges leave out must be
        // deliberate: tatweel, the small waw/yeh used as marks, spacing
        // diacritics.
        let deliberate = ['\u{0640}', '\u{06E5}', '\u{06E6}', '\u{08C9}'];
        let blocks = [
            0x0600..=0x06FFu32,
            0x0750..=0x077F,
            0x0870..=0x08FF,
            0xFB50..=0xFDFF,
            0xFE80..=0xFEFC,
        ];
        let missed: Vec<String> = blocks
            .into_iter()
            .flatten()
            .filter_map(char::from_u32)
            .filter(|&c| c.is_alphabetic() && !is_combining_mark(c))
            .filter(|&c| !deliberate.contains(&c) && !is_arabic_letter(c))
            .map(|c| format!("U+{:04X}", c as u32))
            .collect();
        assert!(missed.is_empty(), "{missed:?}");
    }

    #[test]
    fn diacritics_are_marks() {
        for c in chars().filter(|&c| is_arabic_diacritic(c)) {
            assert!(is_combining_mark(c), "U+{:04X}", c as u32);
        }
        for c in ('\u{0600}'..='\u{06FF}').filter(|&c| is_combining_mark(c)) {
            assert!(is_arabic_diacritic(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn latin_letters_are_alphabetic() {
        for c in chars().filter(|&c| is_latin_letter(c)) {
            assert!(
                c.is_alphabetic() && !is_combining_mark(c),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn punctuation_is_not_alphanumeric() {
        for c in chars().filter(|&c| is_punctuation(c)) {
            assert!(
                !c.is_alphanumeric() && !c.is_whitespace(),
                "U+{:04X}",
                c as u32
            );
        }
    }
}
