//! Search and dedup keys: lossy folding. Never used for display.
//!
//! A key is [`normalize`]d text with every char passed through
//! [`fold_char`], whitespace folded, and one contextual rule:
//!
//! - Diacritics (harakat, shadda, sukun, superscript alef, hamza above and
//!   below, Quranic marks), tatweel, ZWNJ/ZWJ and format controls are
//!   dropped.
//! - Alef forms `أ إ آ ٱ ٲ ٳ ٵ` → `ا`; `ى ی ې ۍ` → `ي`; `ة ۀ ہ ە ۂ ۃ ھ` →
//!   `ه`; `ک ڪ` → `ك`.
//! - Hamza: the seated forms `ؤ ئ` fold to the bare `ء`, which is kept, and
//!   a `ي` right before a `ء` in the same word is dropped. Writers disagree
//!   on the seat, not on the hamza, so this makes `مسؤول`/`مسئول`,
//!   `شيء`/`شئ`, `بريء`/`برئ` and `هيئة`/`هيئه` fold equal, while words
//!   that differ by a hamza stay apart.
//! - Arabic-Indic and Persian digits → ASCII; `، ؛ ؟ ٪ ٫ ٬ ۔` → `, ; ? % . , .`.
//! - Letters are lowercased (all scripts; `İ` → `i`).
//!
//! Keys are idempotent: `search_key(&search_key(x)) == search_key(x)`.

use std::iter;

use unicode_normalization::char::{canonical_combining_class, decompose_compatible};
use unicode_normalization::{is_nfc, is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::digits::is_digit;
use crate::normalize::normalize;
use crate::script::{arabic_block_offset, is_arabic_diacritic, is_arabic_letter};

const HAMZA: char = '\u{0621}';
const YEH: char = '\u{064A}';

/// A folded U+0600–06FF char, or NUL to drop it.
const ARABIC_FOLD: [char; 256] = {
    let mut t = ['\0'; 256];
    let mut i = 0;
    while i < 256 {
        let c = 0x600 + i as u32;
        let f = match c {
            0x0600..=0x0605 | 0x061C | 0x0640 | 0x06DD | 0x06E5..=0x06E6 => 0,
            0x0610..=0x061A | 0x064B..=0x065F | 0x0670 => 0,
            0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED => 0,
            0x0622 | 0x0623 | 0x0625 | 0x0671 | 0x0672 | 0x0673 | 0x0675 => 0x0627,
            0x0624 | 0x0626 => 0x0621,
            0x0629 | 0x06BE | 0x06C0..=0x06C3 | 0x06D5 => 0x0647,
            0x0649 | 0x06CC | 0x06CD | 0x06D0 => 0x064A,
            0x06A9 | 0x06AA => 0x0643,
            0x0660..=0x0669 => c - 0x0660 + b'0' as u32,
            0x06F0..=0x06F9 => c - 0x06F0 + b'0' as u32,
            0x060C | 0x066C => b',' as u32,
            0x061B => b';' as u32,
            0x061F => b'?' as u32,
            0x066A => b'%' as u32,
            0x066B | 0x06D4 => b'.' as u32,
            _ => c,
        };
        t[i] = match char::from_u32(f) {
            Some(f) => f,
            None => '\0',
        };
        i += 1;
    }
    t
};

/// The key form of one char; `None` drops it. Whitespace folds to `' '`.
/// Idempotent: `fold_char(f) == Some(f)` for every `f` it returns.
/// Expects [`normalize`]d input, but maps a one-char presentation form to
/// its letter too.
#[inline(always)]
pub fn fold_char(c: char) -> Option<char> {
    let u = c as u32;
    if u < 0x80 {
        return match c {
            ' ' | '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' => Some(' '),
            c if c.is_ascii_control() => None,
            c => Some(c.to_ascii_lowercase()),
        };
    }
    if (0x600..0x700).contains(&u) {
        let f = ARABIC_FOLD[(u - 0x600) as usize];
        return (f != '\0').then_some(f);
    }
    fold_other(c)
}

/// [`fold_char`] outside ASCII and U+0600–06FF, out of line so that the
/// common cases inline.
#[inline(never)]
fn fold_other(c: char) -> Option<char> {
    match c {
        '\u{0897}'..='\u{089F}' | '\u{08C9}'..='\u{08E1}' | '\u{08E3}'..='\u{08FF}' => None,
        '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' => None,
        '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}' => None,
        c if c.is_whitespace() => Some(' '),
        c if c.is_control() => None,
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => {
            let mut single = None;
            let mut n = 0;
            decompose_compatible(c, |d| {
                single = Some(d);
                n += 1;
            });
            match single {
                Some(d) if n == 1 && d != c => fold_char(d),
                _ => Some(c),
            }
        }
        // Chars whose lowercase is several (`İ` → `i` + dot above) keep
        // the first: the letter.
        c => c.to_lowercase().next(),
    }
}

/// Folds text for search and dedup keys.
pub fn search_key(text: &str) -> String {
    let mut key = String::new();
    search_key_into(text, &mut key);
    key
}

/// [`search_key`] into a reused buffer (cleared first), so that a caller
/// keying many documents allocates only when the buffer grows.
pub fn search_key_into(text: &str, key: &mut String) {
    key.clear();
    key.reserve(text.len());
    if plain_key_into(text, key) {
        return;
    }
    key.clear();
    general_key_into(text, key);
}

fn general_key_into(text: &str, key: &mut String) {
    // Text of ASCII and plain Arabic letters (no combining hamza or madda,
    // which NFC would merge into a seat the fold treats differently) folds
    // the same without the normalization pass, which is most of the cost.
    let text = if is_plain(text) {
        std::borrow::Cow::Borrowed(text)
    } else {
        normalize(text)
    };
    let mut pending_space = false;
    let mut check_nfc = false;
    for c in text.chars() {
        let Some(f) = fold_char(c) else { continue };
        if f == ' ' {
            pending_space = !key.is_empty();
            continue;
        }
        if pending_space {
            key.push(' ');
            pending_space = false;
        }
        if f == HAMZA {
            while key.ends_with(YEH) {
                key.pop();
            }
        }
        check_nfc |= !f.is_ascii() && !('\u{0600}'..='\u{06FF}').contains(&f) && nfc_sensitive(f);
        key.push(f);
    }
    // Dropping a mark can leave a later mark next to a base it composes
    // with (`a` + fatha + acute); Arabic letters have no such pairs once
    // U+0653–0655 are gone, so only keys with other marks are checked.
    if check_nfc && !is_nfc(key) {
        *key = key.chars().nfc().collect();
    }
}

/// [`search_key_into`] for text of ASCII and U+0600–06FF alone (but
/// U+0653–0655), read from the UTF-8 bytes: most keys. Returns false, with
/// `key` half-written, at the first other char.
fn plain_key_into(text: &str, key: &mut String) -> bool {
    let bytes = text.as_bytes();
    let mut out = KeyBuilder::new(text, key);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let at = i;
        if b < 0x80 {
            i += 1;
            match b {
                b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => out.space(at),
                _ if b.is_ascii_control() => out.skip(at),
                _ if b.is_ascii_uppercase() => out.fold(at, char::from(b.to_ascii_lowercase())),
                _ => out.keep(at),
            }
        } else if let Some(index) = arabic_block_offset(bytes, i) {
            if (0x53..=0x55).contains(&index) {
                return false;
            }
            i += 2;
            out.arabic(at, index);
        } else if b == 0xC2 && bytes.get(i + 1).is_some_and(|&b| b >= 0xA0) {
            // Latin-1 signs (`«`, `»`, `°`, NBSP): news prose quotes with
            // guillemets, and leaving this path for them doubled the cost.
            i += 2;
            match bytes[at + 1] {
                0xA0 => out.space(at),
                0xAD => out.skip(at),
                _ => out.keep(at),
            }
        } else if b == 0xE2 && bytes[i + 1] == 0x80 && (0x90..=0xA7).contains(&bytes[i + 2]) {
            // U+2010–2027: dashes, curly quotes, bullets, the ellipsis.
            i += 3;
            out.keep(at);
        } else {
            return false;
        }
    }
    out.finish();
    true
}

/// A U+0600–06FF char (by its offset in the block) that the plain fold
/// keeps as it is, with nothing to undo before it (not the hamza).
pub(crate) fn folds_to_itself(index: usize) -> bool {
    let f = ARABIC_FOLD[index];
    f != HAMZA && u32::from(f) == 0x600 + index as u32
}

/// Writes a key as the plain fold makes it, copying runs of chars that
/// fold to themselves (most letters) in one piece: pushing every char
/// alone cost more than deciding its fold. The caller says, char by char
/// in text order, what becomes of each; `text[run..]` up to the char at
/// hand is kept but not yet written.
pub(crate) struct KeyBuilder<'t, 'k> {
    text: &'t str,
    out: &'k mut String,
    run: Option<usize>,
    pending_space: bool,
}

impl<'t, 'k> KeyBuilder<'t, 'k> {
    /// Starts writing the key of `text` into `out` (expected empty).
    pub(crate) fn new(text: &'t str, out: &'k mut String) -> Self {
        Self {
            text,
            out,
            run: None,
            pending_space: false,
        }
    }

    #[inline(always)]
    fn flush(&mut self, end: usize) {
        if let Some(from) = self.run.take() {
            self.out.push_str(&self.text[from..end]);
        }
    }

    /// The char at byte `at` is whitespace: one space, if a char follows.
    #[inline(always)]
    pub(crate) fn space(&mut self, at: usize) {
        self.flush(at);
        self.pending_space = !self.out.is_empty();
    }

    /// The char at byte `at` is dropped.
    #[inline(always)]
    pub(crate) fn skip(&mut self, at: usize) {
        self.flush(at);
    }

    /// The char at byte `at` folds to itself.
    #[inline(always)]
    pub(crate) fn keep(&mut self, at: usize) {
        if self.pending_space {
            // (The space flushed the run: none is open.)
            self.out.push(' ');
            self.pending_space = false;
        }
        self.run.get_or_insert(at);
    }

    /// The char at byte `at` folds to `f`, another char.
    #[inline(always)]
    pub(crate) fn fold(&mut self, at: usize, f: char) {
        self.flush(at);
        if self.pending_space {
            self.out.push(' ');
            self.pending_space = false;
        }
        if f == HAMZA {
            // A seat before the hamza goes: `شيء` and `شئ` fold alike.
            while self.out.ends_with(YEH) {
                self.out.pop();
            }
        }
        self.out.push(f);
    }

    /// The U+0600–06FF char at byte `at`, `index` its offset in the block.
    #[inline(always)]
    pub(crate) fn arabic(&mut self, at: usize, index: usize) {
        match ARABIC_FOLD[index] {
            '\0' => self.skip(at),
            f if f == HAMZA || u32::from(f) != 0x600 + index as u32 => self.fold(at, f),
            _ => self.keep(at),
        }
    }

    /// Writes what is still pending.
    pub(crate) fn finish(mut self) {
        self.flush(self.text.len());
    }
}

/// Whether normalizing `text` cannot change its key: every char is ASCII,
/// Latin-1 punctuation, a dash, quote, bullet or ellipsis (U+2010–2027), or
/// in U+0600–06FF other than the combining U+0653–0655.
fn is_plain(text: &str) -> bool {
    text.chars().all(|c| {
        let u = c as u32;
        u < 0x80
            || ((0x600..0x700).contains(&u) && !(0x653..=0x655).contains(&u))
            || (0xA0..0xC0).contains(&u)
            || (0x2010..0x2028).contains(&u)
    })
}

fn nfc_sensitive(c: char) -> bool {
    canonical_combining_class(c) != 0 || is_nfc_quick(iter::once(c)) != IsNormalized::Yes
}

/// The words of `search_key(text)`, punctuation dropped.
pub fn key_words(text: &str) -> Vec<String> {
    key_words_iter(&search_key(text))
        .map(str::to_string)
        .collect()
}

/// The words of a key made by [`search_key`] / [`search_key_into`], as
/// slices of it: no allocation. Words are runs of letters, digits and
/// marks; everything else separates them (quotes, brackets, dashes, Arabic
/// and ASCII punctuation, symbols), except `.`, `,` and `:` between two
/// digits (`3.5`, `1,000`, `10:30`).
pub fn key_words_iter(key: &str) -> KeyWords<'_> {
    KeyWords { key, pos: 0 }
}

/// Iterator of [`key_words_iter`].
#[derive(Debug, Clone)]
pub struct KeyWords<'a> {
    key: &'a str,
    pos: usize,
}

impl<'a> Iterator for KeyWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        // Read from the bytes: keys are mostly ASCII and Arabic, whose word
        // chars a table gives without decoding.
        let key = self.key;
        let bytes = key.as_bytes();
        let mut at = self.pos;
        let start = loop {
            if at >= bytes.len() {
                self.pos = at;
                return None;
            }
            let (word, len) = word_char_at(key, at);
            if word {
                break at;
            }
            at += len;
        };
        let mut end = start;
        while end < bytes.len() {
            let (word, len) = word_char_at(key, end);
            let inside = word
                || (matches!(bytes[end], b'.' | b',' | b':')
                    && end > start
                    && bytes[end - 1].is_ascii_digit()
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit));
            if !inside {
                break;
            }
            end += len;
        }
        self.pos = end;
        Some(&key[start..end])
    }
}

/// Whether the char at byte `i` of `text` is a word char, and its length.
#[inline(always)]
fn word_char_at(text: &str, i: usize) -> (bool, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        (b.is_ascii_alphanumeric(), 1)
    } else if let Some(index) = arabic_block_offset(bytes, i) {
        (ARABIC_WORD[index], 2)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (is_word_char(c), c.len_utf8())
    }
}

/// Word chars of U+0600–06FF.
const ARABIC_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = match char::from_u32(0x600 + i as u32) {
            Some(c) => is_arabic_letter(c) || is_arabic_diacritic(c) || is_digit(c),
            None => false,
        };
        i += 1;
    }
    t
};

/// A char that belongs to a key word: letter, digit or mark.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    // The Arabic block is most of every key: a table there, the Unicode
    // tables elsewhere.
    let u = c as u32;
    if u < 0x80 {
        c.is_ascii_alphanumeric()
    } else if (0x600..0x700).contains(&u) {
        ARABIC_WORD[(u - 0x600) as usize]
    } else {
        c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_path_agrees_with_the_general_one() {
        let pieces = [
            "كتب",
            "مسئول",
            "شيء",
            " ",
            "  ",
            "\t",
            "\n",
            "A",
            "é",
            "\u{1}",
            "\u{64e}",
            "\u{640}",
            "ى",
            "ة",
            "أ",
            "\u{654}",
            "٢٠",
            "،",
            "؟",
            "\u{6f4}",
            "ي",
            "ئ",
            "\u{a0}",
            "—",
            "Ab1",
            "«",
            "»",
            "\u{ad}",
            "…",
            "“",
            "°",
            "\u{2028}",
            "\u{202f}",
            "\u{2030}",
            "ÿ",
        ];
        let n = pieces.len();
        let (mut fast, mut general) = (String::new(), String::new());
        for a in 0..n {
            for b in 0..n {
                for c in 0..n {
                    let text = [pieces[a], pieces[b], pieces[c]].concat();
                    general.clear();
                    general_key_into(&text, &mut general);
                    if plain_key_into(&text, &mut fast) {
                        assert_eq!(fast, general, "{text:?}");
                    }
                    fast.clear();
                }
            }
        }
    }

    /// The char-by-char reading `KeyWords` replaced, kept as the reference.
    fn key_words_by_chars(key: &str) -> Vec<&str> {
        let mut words = Vec::new();
        let bytes = key.as_bytes();
        let mut pos = 0;
        while let Some(found) = key[pos..].find(is_word_char) {
            let start = pos + found;
            let mut end = start;
            for (i, c) in key[start..].char_indices() {
                let at = start + i;
                let inside = is_word_char(c)
                    || (matches!(c, '.' | ',' | ':')
                        && at > start
                        && bytes[at - 1].is_ascii_digit()
                        && bytes.get(at + 1).is_some_and(u8::is_ascii_digit));
                if !inside {
                    break;
                }
                end = at + c.len_utf8();
            }
            words.push(&key[start..end]);
            pos = end;
        }
        words
    }

    #[test]
    fn key_words_read_from_bytes_agree_with_chars() {
        let pieces = [
            "كتب", " ", "12", ".", ",", ":", "a", "é", "\u{64e}", "«", "—", "٢٠", "، ", "x1", "😀",
            "\u{301}", "ß", "-", "۲",
        ];
        let n = pieces.len();
        for a in 0..n {
            for b in 0..n {
                for c in 0..n {
                    for d in [0, 1, 2, 3] {
                        let text = [pieces[a], pieces[b], pieces[c], pieces[d]].concat();
                        let fast: Vec<&str> = key_words_iter(&text).collect();
                        assert_eq!(fast, key_words_by_chars(&text), "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn fold_char_is_idempotent_on_every_char() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if let Some(f) = fold_char(c) {
                assert_eq!(
                    fold_char(f),
                    Some(f),
                    "U+{:04X} -> U+{:04X}",
                    c as u32,
                    f as u32
                );
            }
        }
    }

    #[test]
    fn arabic_marks_are_all_dropped() {
        for c in
            ('\u{0600}'..='\u{06FF}').filter(|&c| unicode_normalization::char::is_combining_mark(c))
        {
            assert_eq!(fold_char(c), None, "U+{:04X}", c as u32);
        }
    }
}
