//! The HTML spec's prescan for a character encoding declaration
//! (`<meta charset>`, `<meta http-equiv="Content-Type" content="…charset=…">`),
//! plus the XML declaration XHTML pages use.
//!
//! The spec looks at 1024 bytes; pages with long `<head>` boilerplate
//! before the meta tag are common enough in Arabic news CMSs that 4096 are
//! looked at here. Anything later is not a declaration a browser honours.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};

pub(crate) const PRESCAN_LEN: usize = 4096;

/// The encoding a page declares in its first [`PRESCAN_LEN`] bytes, with the
/// label as written.
pub(crate) fn prescan(bytes: &[u8]) -> Option<(&'static Encoding, String)> {
    let bytes = &bytes[..bytes.len().min(PRESCAN_LEN)];
    if let Some(found) = xml_declaration(bytes) {
        return Some(found);
    }
    let mut at = 0;
    while at < bytes.len() {
        let rest = &bytes[at..];
        if rest.starts_with(b"<!--") {
            // The spec allows the `-->` to overlap the `<!--`.
            at += match memchr::memmem::find(&rest[2..], b"-->") {
                Some(end) => end + 5,
                None => return None,
            };
        } else if starts_with_ci(rest, b"<meta")
            && rest.get(5).is_some_and(|&b| is_space(b) || b == b'/')
        {
            at += 5;
            let mut charset = None;
            let mut http_equiv_content_type = false;
            let mut content = None;
            while let Some((name, value, next)) = attribute(bytes, at) {
                at = next;
                match name.as_str() {
                    "charset" if charset.is_none() => charset = Some(value),
                    "http-equiv" => {
                        http_equiv_content_type |= value.eq_ignore_ascii_case("content-type");
                    }
                    "content" if content.is_none() => content = Some(value),
                    _ => {}
                }
            }
            let label = charset.or_else(|| {
                http_equiv_content_type
                    .then(|| content.as_deref().and_then(charset_from_content))
                    .flatten()
            });
            if let Some(label) = label {
                if let Some(encoding) = Encoding::for_label(label.trim().as_bytes()) {
                    return Some((for_meta(encoding), label));
                }
            }
        } else if starts_tag(rest) {
            // Another tag: its attributes are skipped with the same parser,
            // so a `>` inside a quoted value does not end it early.
            at += rest
                .iter()
                .position(|&b| is_space(b) || b == b'>')
                .unwrap_or(rest.len());
            while let Some((_, _, next)) = attribute(bytes, at) {
                at = next;
            }
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            at += memchr::memchr(b'>', rest).map_or(rest.len(), |end| end + 1);
        } else {
            at += 1;
        }
    }
    None
}

/// The spec: a meta declaration of UTF-16 means UTF-8 (the page could not
/// have been parsed that far otherwise), x-user-defined means windows-1252.
fn for_meta(encoding: &'static Encoding) -> &'static Encoding {
    if encoding == UTF_16LE || encoding == UTF_16BE {
        UTF_8
    } else if encoding == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        encoding
    }
}

fn xml_declaration(bytes: &[u8]) -> Option<(&'static Encoding, String)> {
    let rest = bytes.strip_prefix(b"<?xml")?;
    let end = memchr::memmem::find(rest, b"?>")?;
    let decl = String::from_utf8_lossy(&rest[..end]);
    let at = decl.find("encoding")?;
    let value = decl[at + "encoding".len()..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let label = value[1..].split(quote).next()?.to_string();
    let encoding = Encoding::for_label(label.as_bytes())?;
    Some((for_meta(encoding), label))
}

/// `<` or `</` followed by a letter.
fn starts_tag(bytes: &[u8]) -> bool {
    let name = bytes
        .strip_prefix(b"</")
        .or_else(|| bytes.strip_prefix(b"<"));
    name.and_then(|n| n.first())
        .is_some_and(u8::is_ascii_alphabetic)
}

fn starts_with_ci(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes.len() >= prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// The spec's "get an attribute": `(name, value, position after)`, or
/// `None` at the `>` that ends the tag (or the end of the bytes).
fn attribute(bytes: &[u8], mut at: usize) -> Option<(String, String, usize)> {
    while at < bytes.len() && (is_space(bytes[at]) || bytes[at] == b'/') {
        at += 1;
    }
    if at >= bytes.len() || bytes[at] == b'>' {
        return None;
    }
    let mut name = Vec::new();
    while at < bytes.len() {
        let b = bytes[at];
        if b == b'=' && !name.is_empty() {
            break;
        }
        if is_space(b) || b == b'/' || b == b'>' {
            break;
        }
        name.push(b.to_ascii_lowercase());
        at += 1;
    }
    while at < bytes.len() && is_space(bytes[at]) {
        at += 1;
    }
    if bytes.get(at) != Some(&b'=') {
        return Some((
            String::from_utf8_lossy(&name).into_owned(),
            String::new(),
            at,
        ));
    }
    at += 1;
    while at < bytes.len() && is_space(bytes[at]) {
        at += 1;
    }
    let mut value = Vec::new();
    match bytes.get(at) {
        Some(&quote @ (b'"' | b'\'')) => {
            at += 1;
            while at < bytes.len() && bytes[at] != quote {
                value.push(bytes[at].to_ascii_lowercase());
                at += 1;
            }
            at += 1;
        }
        _ => {
            while at < bytes.len() && !is_space(bytes[at]) && bytes[at] != b'>' {
                value.push(bytes[at].to_ascii_lowercase());
                at += 1;
            }
        }
    }
    Some((
        String::from_utf8_lossy(&name).into_owned(),
        String::from_utf8_lossy(&value).into_owned(),
        at.min(bytes.len()),
    ))
}

/// The spec's "extract a character encoding from a meta element".
fn charset_from_content(content: &str) -> Option<String> {
    let mut rest = content;
    loop {
        let at = rest.to_ascii_lowercase().find("charset")?;
        rest = rest[at + "charset".len()..].trim_start();
        if let Some(value) = rest.strip_prefix('=') {
            let value = value.trim_start();
            return match value.chars().next()? {
                q @ ('"' | '\'') => value[1..].find(q).map(|end| value[1..=end].to_string()),
                _ => Some(
                    value
                        .split(|c: char| c == ';' || c.is_ascii_whitespace())
                        .next()?
                        .to_string(),
                ),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(html: &str) -> Option<&'static str> {
        prescan(html.as_bytes()).map(|(e, _)| e.name())
    }

    #[test]
    fn declarations_are_found() {
        assert_eq!(
            name("<meta charset=\"windows-1256\">"),
            Some("windows-1256")
        );
        assert_eq!(name("<META CHARSET=cp1256>"), Some("windows-1256"));
        assert_eq!(
            name("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\">"),
            Some("ISO-8859-6")
        );
        assert_eq!(
            name("<meta content='text/html; charset=\"utf-8\"' http-equiv=content-type>"),
            Some("UTF-8")
        );
        assert_eq!(
            name("<?xml version=\"1.0\" encoding=\"windows-1256\"?><html>"),
            Some("windows-1256")
        );
        assert_eq!(name("<meta charset=\"utf-16le\">"), Some("UTF-8"));
    }

    #[test]
    fn non_declarations_are_ignored() {
        // In a comment, in another tag's attribute, content without
        // http-equiv, an unknown label.
        assert_eq!(name("<!-- <meta charset=\"windows-1256\"> -->"), None);
        assert_eq!(name("<div title='<meta charset=windows-1256>'>"), None);
        assert_eq!(
            name("<meta content=\"text/html; charset=windows-1256\">"),
            None
        );
        assert_eq!(
            name("<meta charset=\"klingon\"><meta charset=utf-8>"),
            Some("UTF-8")
        );
        let late = format!("{}<meta charset=windows-1256>", " ".repeat(PRESCAN_LEN));
        assert_eq!(name(&late), None);
    }
}
