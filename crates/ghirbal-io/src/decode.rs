use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8};

use crate::error::{InputError, InputErrorKind};

/// The TLD hint given to the charset detector when the caller has none.
///
/// ghirbal reads Arabic news. With a generic TLD chardetng leans towards
/// windows-1252 on short or mostly-Latin samples; an Arabic TLD makes
/// windows-1256 and ISO-8859-6 the expected encodings while still letting
/// clear evidence for anything else win.
pub const DEFAULT_TLD: &str = "sa";

/// How much of the input the binary check looks at.
const SNIFF_LEN: usize = 8 << 10;

/// Text decoded from one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// For the record's `warnings` (`code: detail`).
    pub warnings: Vec<String>,
    /// The encoding the text was decoded from (WHATWG name: `UTF-8`,
    /// `UTF-16LE`, `windows-1256`, …).
    pub encoding: &'static str,
}

/// Decodes with [`DEFAULT_TLD`] as the detector hint; see [`decode_with_tld`].
pub fn decode(input: &str, bytes: Vec<u8>) -> Result<Decoded, InputError> {
    decode_with_tld(input, bytes, Some(DEFAULT_TLD))
}

/// Turns an input's bytes into text.
///
/// 1. A byte order mark (UTF-8, UTF-16LE/BE) decides.
/// 2. Binary data (NULs or C0 control characters beyond a small share of
///    the first 8 KiB) is an error.
/// 3. Valid UTF-8 is taken as is, without copying.
/// 4. UTF-8 with a little damage (a cut-off character, a stray byte) is
///    decoded lossily with an `invalid-utf8` warning.
/// 5. Anything else goes to chardetng with `tld` (the rightmost label of
///    the page's host, if known) as a hint and is decoded with an
///    `encoding: decoded as … (guessed)` warning, unless that decoding is
///    itself full of replacement characters, in which case lossy UTF-8 is the
///    lesser evil.
///
/// Empty or whitespace-only text is an error.
pub fn decode_with_tld(
    input: &str,
    bytes: Vec<u8>,
    tld: Option<&str>,
) -> Result<Decoded, InputError> {
    if bytes.is_empty() {
        return Err(InputError::new(input, InputErrorKind::Empty));
    }
    let mut warnings = Vec::new();
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        if encoding == UTF_8 {
            // The BOM settles the encoding: damage is damage, not a hint
            // that this is some legacy charset.
            let mut bytes = bytes;
            bytes.drain(..bom_len);
            return match String::from_utf8(bytes) {
                Ok(text) => finish(input, text, Vec::new(), UTF_8.name()),
                Err(e) => lossy(input, e.as_bytes()),
            };
        }
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            let replaced = text
                .chars()
                .filter(|&c| c == char::REPLACEMENT_CHARACTER)
                .count();
            warnings.push(format!("invalid-utf16: {replaced} characters replaced"));
        }
        return finish(input, text.into_owned(), warnings, encoding.name());
    }
    if looks_binary(&bytes) {
        return Err(InputError::new(input, InputErrorKind::Binary));
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return finish(input, text, Vec::new(), UTF_8.name()),
        Err(e) => e.into_bytes(),
    };
    let (invalid, valid_non_ascii) = utf8_damage(&bytes);
    // Real UTF-8 with a cut-off character has hundreds of valid multi-byte
    // sequences per bad byte; legacy Arabic encodings almost never form valid
    // ones. 1 in 20 leaves ample room between the two.
    if invalid.saturating_mul(20) <= valid_non_ascii {
        return lossy(input, &bytes);
    }
    legacy(input, &bytes, tld)
}

fn legacy(input: &str, bytes: &[u8], tld: Option<&str>) -> Result<Decoded, InputError> {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let tld = tld.and_then(clean_tld);
    let encoding = detector.guess(tld.as_deref().map(str::as_bytes), Utf8Detection::Deny);
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors && mostly_replaced(&text) {
        return lossy(input, bytes);
    }
    let warnings = vec![format!(
        "encoding: decoded as {} (guessed)",
        encoding.name()
    )];
    finish(input, text.into_owned(), warnings, encoding.name())
}

/// chardetng panics on a TLD with dots, upper case or non-ASCII; callers
/// pass whatever a URL gave them.
fn clean_tld(tld: &str) -> Option<String> {
    let label = tld.trim_end_matches('.').rsplit('.').next()?;
    (!label.is_empty() && label.is_ascii()).then(|| label.to_ascii_lowercase())
}

/// A guess whose decoding replaced more than a tenth of its non-ASCII
/// characters is wrong, whatever chardetng's score said.
fn mostly_replaced(text: &str) -> bool {
    let (mut replaced, mut non_ascii) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        non_ascii += 1;
        replaced += usize::from(c == char::REPLACEMENT_CHARACTER);
    }
    replaced * 10 > non_ascii
}

fn lossy(input: &str, bytes: &[u8]) -> Result<Decoded, InputError> {
    let (invalid, _) = utf8_damage(bytes);
    let text = String::from_utf8_lossy(bytes).into_owned();
    let warnings = vec![format!("invalid-utf8: {invalid} bytes replaced")];
    finish(input, text, warnings, UTF_8.name())
}

/// (invalid bytes, bytes of valid multi-byte sequences).
fn utf8_damage(bytes: &[u8]) -> (usize, usize) {
    let (mut invalid, mut valid_non_ascii) = (0, 0);
    for chunk in bytes.utf8_chunks() {
        invalid += chunk.invalid().len();
        valid_non_ascii += chunk.valid().bytes().filter(|b| !b.is_ascii()).count();
    }
    (invalid, valid_non_ascii)
}

/// Text never contains NUL and hardly any other C0 control; a sample where
/// they pass 1 % (NUL) or 5 % (all controls) is a binary file. Random bytes
/// have about 10 % C0 controls, so compressed or image data is caught too.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
    let nul = memchr::memchr_iter(0, sample).count();
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x1b))
        .count();
    nul * 100 > sample.len() || control * 20 > sample.len()
}

fn finish(
    input: &str,
    text: String,
    warnings: Vec<String>,
    encoding: &'static str,
) -> Result<Decoded, InputError> {
    if text.trim().is_empty() {
        return Err(InputError::new(input, InputErrorKind::Empty));
    }
    Ok(Decoded {
        text,
        warnings,
        encoding,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tld_is_cleaned_not_panicking() {
        assert_eq!(clean_tld("www.Example.SA").as_deref(), Some("sa"));
        assert_eq!(clean_tld("eg.").as_deref(), Some("eg"));
        assert_eq!(clean_tld("مصر"), None);
        assert_eq!(clean_tld(""), None);
    }
}
