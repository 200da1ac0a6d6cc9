//! Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits, and the
//! Devanagari and Bengali ones South Asian sites print beside Arabic.
//!
//! News sites mix the systems, sometimes inside one article, so every
//! number-reading function here accepts all of them; only Arabic-Indic and
//! Persian digits are rewritten to ASCII (`to_ascii_digits`).

use std::borrow::Cow;

/// The value of an ASCII, Arabic-Indic or Persian digit, or of a
/// Devanagari or Bengali one (the date widgets of South Asian
/// broadcasters' Arabic services).
pub const fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        '\u{0966}'..='\u{096F}' => Some(c as u32 - 0x0966),
        '\u{09E6}'..='\u{09EF}' => Some(c as u32 - 0x09E6),
        _ => None,
    }
}

/// A digit [`digit_value`] reads.
pub const fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// The ASCII digit for an Arabic-Indic or Persian one; other chars unchanged.
pub fn to_ascii_digit(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => {
            char::from(b'0' + (c as u32 & 0xF) as u8)
        }
        _ => c,
    }
}

/// Replaces Arabic-Indic and Persian digits with ASCII ones.
pub fn to_ascii_digits(text: &str) -> Cow<'_, str> {
    // Both digit ranges encode as two bytes, D9 A0–A9 and DB B0–B9, so the
    // search stays on bytes and most text is returned borrowed untouched.
    let bytes = text.as_bytes();
    let first = bytes.windows(2).position(|w| {
        (w[0] == 0xD9 && (0xA0..=0xA9).contains(&w[1]))
            || (w[0] == 0xDB && (0xB0..=0xB9).contains(&w[1]))
    });
    let Some(first) = first else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    out.extend(text[first..].chars().map(to_ascii_digit));
    Cow::Owned(out)
}

/// The value of `s` when it is one or more digits of the systems
/// [`digit_value`] reads (mixing allowed) and nothing else; `None` on
/// overflow.
pub fn parse_number(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    s.chars()
        .try_fold(0u32, |n, c| n.checked_mul(10)?.checked_add(digit_value(c)?))
}
