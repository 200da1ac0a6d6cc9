//! Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits.

use std::borrow::Cow;

/// The value of an ASCII, Arabic-Indic or Persian digit.
pub fn digit_value(c: char) -> Option<u32> {
    c.to_digit(10)
}

/// Replaces Arabic-Indic and Persian digits with ASCII ones.
pub fn to_ascii_digits(text: &str) -> Cow<'_, str> {
    Cow::Borrowed(text)
}
