use std::string::FromUtf8Error;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use crate::error::{InputError, InputErrorKind};
use crate::prescan::prescan;

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
            return match utf8_string(bytes) {
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
    if let Some(decoded) = bomless_utf16(input, &bytes) {
        return decoded;
    }
    if looks_binary(&bytes) {
        return Err(InputError::new(input, InputErrorKind::Binary));
    }
    let bytes = match utf8_string(bytes) {
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

/// `String::from_utf8`, with the check done by simdutf8: std checks
/// multi-byte text (all of an Arabic page) a byte at a time, and this was
/// the costliest step of reading a dump. Safe code cannot hand the checked
/// bytes to `String` without std checking them again, so valid text is
/// copied instead, which costs a small part of the check.
fn utf8_string(bytes: Vec<u8>) -> Result<String, FromUtf8Error> {
    match simdutf8::basic::from_utf8(&bytes) {
        Ok(text) => Ok(text.to_owned()),
        // std's error says where the damage is.
        Err(_) => String::from_utf8(bytes),
    }
}

fn legacy(input: &str, bytes: &[u8], tld: Option<&str>) -> Result<Decoded, InputError> {
    guessed(input, bytes, tld, "")
}

/// Decodes with chardetng's guess; the warning starts with `why`.
fn guessed(input: &str, bytes: &[u8], tld: Option<&str>, why: &str) -> Result<Decoded, InputError> {
    let encoding = guess(bytes, tld);
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors && mostly_replaced(&text) {
        return lossy(input, bytes);
    }
    let warnings = vec![format!(
        "encoding: {why}decoded as {} (guessed)",
        encoding.name()
    )];
    finish(input, text.into_owned(), warnings, encoding.name())
}

fn guess(bytes: &[u8], tld: Option<&str>) -> &'static Encoding {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let tld = tld.and_then(clean_tld);
    detector.guess(tld.as_deref().map(str::as_bytes), Utf8Detection::Deny)
}

/// Turns an HTML page's bytes into text, following what browsers do and
/// then correcting what they get wrong on Arabic news pages.
///
/// 1. A byte order mark decides.
/// 2. Else the declared encoding: `http_charset` (the HTTP Content-Type
///    `charset`), else a `<meta charset>` or `<meta http-equiv>` in the first
///    4096 bytes (the spec says 1024; CMS boilerplate often pushes the tag
///    further), or an XML declaration.
///    - A page declared in a legacy encoding whose bytes are valid UTF-8
///      with non-ASCII text is UTF-8: templates keep `windows-1256` in their
///      meta tag long after the site moved to UTF-8. Warned.
///    - A page declared UTF-8 that is not (beyond a little damage) is guessed
///      as a legacy page. Warned.
///    - A declaration in a legacy encoding that the bytes do not fit
///      (mostly replacement characters) is guessed instead. Warned.
/// 3. Else as [`decode_with_tld`], with the hint taken from `url`'s
///    country-code TLD (or [`DEFAULT_TLD`]).
///
/// Binary data and empty pages are errors, as for text dumps.
pub fn decode_html(
    input: &str,
    bytes: Vec<u8>,
    http_charset: Option<&str>,
    url: Option<&str>,
) -> Result<Decoded, InputError> {
    let tld = url.and_then(country_tld).unwrap_or(DEFAULT_TLD);
    if bytes.is_empty() || Encoding::for_bom(&bytes).is_some() {
        return decode_with_tld(input, bytes, Some(tld));
    }
    let mut warnings = Vec::new();
    let from_http = match http_charset.map(str::trim).filter(|l| !l.is_empty()) {
        Some(label) => match Encoding::for_label(label.as_bytes()) {
            Some(encoding) => Some(encoding),
            None => {
                warnings.push(format!(
                    "encoding: unknown charset `{label}` in the HTTP header, ignored"
                ));
                None
            }
        },
        None => None,
    };
    if let Some(encoding) = from_http.filter(|&e| e == UTF_16LE || e == UTF_16BE) {
        // Before the binary check: UTF-16 text is full of NULs.
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes);
        if had_errors {
            warnings.push(format!("encoding: invalid {} replaced", encoding.name()));
        }
        return finish(input, text.into_owned(), warnings, encoding.name());
    }
    if let Some(decoded) = bomless_utf16(input, &bytes) {
        return decoded.map(|mut decoded| {
            warnings.append(&mut decoded.warnings);
            decoded.warnings = warnings;
            decoded
        });
    }
    if looks_binary(&bytes) {
        return Err(InputError::new(input, InputErrorKind::Binary));
    }
    let declared = match from_http {
        Some(encoding) => Some((encoding, "in the HTTP header")),
        None => prescan(&bytes).map(|(encoding, _)| (encoding, "in the page")),
    };
    let Some((encoding, place)) = declared else {
        let mut decoded = decode_with_tld(input, bytes, Some(tld))?;
        warnings.append(&mut decoded.warnings);
        decoded.warnings = warnings;
        return Ok(decoded);
    };
    let name = encoding.name();
    let mut decoded = if encoding == UTF_8 {
        match utf8_string(bytes) {
            Ok(text) => finish(input, text, Vec::new(), UTF_8.name()),
            Err(e) => {
                let bytes = e.into_bytes();
                let (invalid, valid_non_ascii) = utf8_damage(&bytes);
                if invalid.saturating_mul(20) <= valid_non_ascii {
                    lossy(input, &bytes)
                } else {
                    let why = format!("declared UTF-8 {place} but is not; ");
                    guessed(input, &bytes, Some(tld), &why)
                }
            }
        }
    } else {
        match utf8_string(bytes) {
            Ok(text) if !text.is_ascii() => {
                let warning = format!(
                    "encoding: declared {name} {place} but is valid UTF-8; decoded as UTF-8"
                );
                finish(input, text, vec![warning], UTF_8.name())
            }
            Ok(text) => finish(input, text, Vec::new(), name),
            Err(e) => {
                let bytes = e.into_bytes();
                let (text, had_errors) = encoding.decode_without_bom_handling(&bytes);
                // A correct legacy declaration leaves no byte unmapped; one
                // that does is usually ISO-8859-6 said of windows-1256, whose
                // letters mostly decode to other letters without errors, so
                // any error is taken as the sign.
                let better = had_errors
                    .then(|| guess(&bytes, Some(tld)))
                    .filter(|&g| g != encoding)
                    .map(|g| (g, g.decode_without_bom_handling(&bytes)))
                    .filter(|(_, (_, errors))| !errors);
                if let Some((guess, (text, _))) = better {
                    let warning = format!(
                        "encoding: declared {name} {place} but does not fit it; \
                         decoded as {} (guessed)",
                        guess.name()
                    );
                    finish(input, text.into_owned(), vec![warning], guess.name())
                } else {
                    let mut warnings = Vec::new();
                    if had_errors {
                        let n = text
                            .chars()
                            .filter(|&c| c == char::REPLACEMENT_CHARACTER)
                            .count();
                        warnings.push(format!("encoding: {n} bytes invalid in {name} replaced"));
                    }
                    finish(input, text.into_owned(), warnings, name)
                }
            }
        }
    }?;
    warnings.append(&mut decoded.warnings);
    decoded.warnings = warnings;
    Ok(decoded)
}

/// The country-code TLD of a URL's host, as a detector hint. Generic TLDs
/// (`.com`, `.net`, `.news`) say nothing about the language, and most Arabic
/// news sites use them, so they give `None` and the caller's Arabic default
/// applies.
pub(crate) fn country_tld(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    if host.starts_with('[') {
        return None;
    }
    let host = host.split(':').next()?.trim_end_matches('.');
    let tld = host.rsplit('.').next()?;
    (host.contains('.') && tld.len() == 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()))
        .then_some(tld)
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

/// UTF-16 without a byte order mark (saved by some Windows tools): one byte
/// of each pair is the high byte of ASCII (0x00) or of Arabic (0x06), the
/// other varies. Without this such a file is binary (its NULs) or, all
/// Arabic, a legacy-charset guess that reads as noise. UTF-8 and the legacy
/// Arabic charsets never put 0x00 or 0x06 at every other byte.
fn bomless_utf16(input: &str, bytes: &[u8]) -> Option<Result<Decoded, InputError>> {
    let sample = &bytes[..bytes.len().min(SNIFF_LEN) & !1];
    if sample.len() < 16 {
        return None;
    }
    let pairs = sample.len() / 2;
    let high = |b: u8| usize::from(matches!(b, 0x00 | 0x06));
    let (mut even, mut odd) = (0, 0);
    for (block, chunk) in sample.chunks(512).enumerate() {
        for pair in chunk.chunks_exact(2) {
            even += high(pair[0]);
            odd += high(pair[1]);
        }
        // Once both sides have missed more than a tenth of all the pairs,
        // neither can pass: most text is refused within the first block.
        let seen = (block * 512 + chunk.len()) / 2;
        if (seen - even) * 10 > pairs && (seen - odd) * 10 > pairs {
            return None;
        }
    }
    let encoding = if odd * 10 >= pairs * 9 && even * 2 < pairs {
        UTF_16LE
    } else if even * 10 >= pairs * 9 && odd * 2 < pairs {
        UTF_16BE
    } else {
        return None;
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let controls = text
        .chars()
        .filter(|&c| c < ' ' && !matches!(c, '\t' | '\n' | '\r' | '\x0c'))
        .count();
    if had_errors || controls * 100 > text.len() {
        return None;
    }
    let warning = format!(
        "encoding: decoded as {} without a byte order mark (guessed)",
        encoding.name()
    );
    Some(finish(
        input,
        text.into_owned(),
        vec![warning],
        encoding.name(),
    ))
}

/// Text never contains NUL and hardly any other C0 control; a sample where
/// they pass 1 % (NUL) or 5 % (all controls) is a binary file. Random bytes
/// have about 10 % C0 controls, so compressed or image data is caught too.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
    let nul = memchr::memchr_iter(0, sample).count();
    // Controls but `\t \n \v \f \r` and ESC, counted without branches in
    // runs of 255 bytes (a byte-wide count per lane), which vectorizes.
    let control: usize = sample
        .chunks(255)
        .map(|chunk| {
            let n = chunk.iter().fold(0u8, |n, &b| {
                n + u8::from((b < 0x20) & (b.wrapping_sub(0x09) > 4) & (b != 0x1b))
            });
            usize::from(n)
        })
        .sum();
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
    fn country_tlds_from_urls() {
        assert_eq!(country_tld("https://www.example.com.eg/a/b?c"), Some("eg"));
        assert_eq!(country_tld("http://user@news.example.ma:8080/"), Some("ma"));
        assert_eq!(country_tld("https://example.com/x.sa"), None);
        assert_eq!(country_tld("http://[::1]/"), None);
        assert_eq!(country_tld("http://192.168.0.1/"), None);
        assert_eq!(country_tld("not a url"), None);
    }

    #[test]
    fn tld_is_cleaned_not_panicking() {
        assert_eq!(clean_tld("www.Example.SA").as_deref(), Some("sa"));
        assert_eq!(clean_tld("eg.").as_deref(), Some("eg"));
        assert_eq!(clean_tld("مصر"), None);
        assert_eq!(clean_tld(""), None);
    }
}
