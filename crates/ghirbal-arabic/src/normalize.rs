//! Display normalization. (Being written: see the module contract below.)
//!
//! Contract: `normalize(text)` returns display text with the writer's
//! spelling and diacritics kept: NFC; Arabic presentation forms
//! (U+FB50–FDFF, U+FE70–FEFF) to their letters; tatweel (U+0640) removed
//! between letters but kept where it stands for a dash (`بيروت ـ`) or an
//! abbreviation (`هـ`); zero-width and bidi controls removed (ZWNJ kept
//! between letters, as Persian/Urdu need it); NBSP and other spaces to
//! U+0020; runs of whitespace folded to one space; trimmed.
//! Idempotent. Returns `Cow::Borrowed` when nothing changes.

use std::borrow::Cow;

pub fn normalize(text: &str) -> Cow<'_, str> {
    Cow::Borrowed(text)
}
