use std::fmt;
use std::path::Path;
use std::str::FromStr;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE};

/// How the bytes of one file or stream are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputFormat {
    /// Decided per input from its name and its first bytes; see
    /// [`detect_format`].
    #[default]
    Auto,
    /// One text dump.
    Text,
    /// One HTML page.
    Html,
    /// WARC records (`response` → HTML, `conversion` → text, …).
    Warc,
    /// WET: WARC whose `conversion` records hold text. Read exactly like
    /// [`InputFormat::Warc`]; the name is kept so users can say what they
    /// have.
    Wet,
    /// JSON Lines, one page per line in a string field.
    Jsonl,
}

impl InputFormat {
    pub const ALL: [InputFormat; 6] = [
        InputFormat::Auto,
        InputFormat::Text,
        InputFormat::Html,
        InputFormat::Warc,
        InputFormat::Wet,
        InputFormat::Jsonl,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            InputFormat::Auto => "auto",
            InputFormat::Text => "text",
            InputFormat::Html => "html",
            InputFormat::Warc => "warc",
            InputFormat::Wet => "wet",
            InputFormat::Jsonl => "jsonl",
        }
    }

    /// Whether inputs of this format hold many documents and are streamed.
    pub fn is_container(self) -> bool {
        matches!(
            self,
            InputFormat::Warc | InputFormat::Wet | InputFormat::Jsonl
        )
    }
}

impl fmt::Display for InputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An unknown input format name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown input format `{0}` (expected auto, text, html, warc, wet or jsonl)")]
pub struct UnknownInputFormat(pub String);

impl FromStr for InputFormat {
    type Err = UnknownInputFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        InputFormat::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownInputFormat(s.to_string()))
    }
}

/// What a document is extracted as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocKind {
    Text,
    Html,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Text => "text",
            DocKind::Html => "html",
        }
    }
}

impl fmt::Display for DocKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The format of one input, from its name (compression suffixes aside) and
/// its first decompressed bytes.
///
/// Content that announces itself wins over a name: a file starting with a
/// `WARC/1.` line is WARC whatever it is called, and markup is HTML even in
/// a `.txt`. Then the name: `.warc`, `.wet` (Common Crawl's `.warc.wet.gz`),
/// `.jsonl`/`.ndjson`, `.html`/`.htm`/`.xhtml`. Then content again, weaker
/// signs: a first line that is a JSON object with an `html_field` key is
/// JSON Lines. Everything else is a text dump.
///
/// `head` should be the first few KiB; 4 KiB is plenty.
pub fn detect_format(name: Option<&Path>, head: &[u8], html_field: &str) -> InputFormat {
    if starts_like_warc(head) {
        return InputFormat::Warc;
    }
    if let Some(format) = name.and_then(format_from_name) {
        return format;
    }
    if sniff_html(head) {
        InputFormat::Html
    } else if looks_like_jsonl(head, html_field) {
        InputFormat::Jsonl
    } else {
        InputFormat::Text
    }
}

/// The format a file name claims, looking through `.gz`/`.zst` suffixes.
pub fn format_from_name(name: &Path) -> Option<InputFormat> {
    let file = name.file_name()?.to_str()?.to_ascii_lowercase();
    let base = [".gz", ".zst", ".zstd"]
        .iter()
        .find_map(|suffix| file.strip_suffix(suffix))
        .unwrap_or(&file);
    let ext = base.rsplit_once('.')?.1;
    match ext {
        "warc" => Some(InputFormat::Warc),
        "wet" => Some(InputFormat::Wet),
        "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
        "html" | "htm" | "xhtml" => Some(InputFormat::Html),
        _ => None,
    }
}

fn starts_like_warc(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !matches!(b, b'\r' | b'\n'))
        .unwrap_or(head.len());
    head[start..].starts_with(b"WARC/1.")
}

fn looks_like_jsonl(head: &[u8], field: &str) -> bool {
    let trimmed = head.trim_ascii_start();
    if !trimmed.starts_with(b"{") {
        return false;
    }
    // The first line is usually longer than the head (it holds a whole
    // page), so it cannot be parsed; the quoted key followed by a colon is
    // a sign no text dump gives.
    let key = format!("\"{field}\"");
    let first_line = trimmed.split(|&b| b == b'\n').next().unwrap_or(trimmed);
    memchr::memmem::find_iter(first_line, key.as_bytes()).any(|at| {
        first_line[at + key.len()..]
            .trim_ascii_start()
            .starts_with(b":")
    })
}

/// How far into a document the markup sniffer looks. Long comments or
/// whitespace before the first tag are rare; a page that has more than this
/// before `<html>` is read as a text dump unless its name says HTML.
const SNIFF_HTML_LEN: usize = 4096;

/// Whether a document starts like an HTML page: after a byte order mark,
/// whitespace, comments, an XML declaration or processing instructions, one
/// of `<!doctype html`, `<html`, `<head`, `<body`, `<meta` (any case).
///
/// UTF-16 with a byte order mark is looked at through its ASCII bytes.
pub fn sniff_html(head: &[u8]) -> bool {
    let head = &head[..head.len().min(SNIFF_HTML_LEN)];
    let ascii: Vec<u8>;
    let head = match Encoding::for_bom(head) {
        Some((enc, bom)) if enc == UTF_16LE || enc == UTF_16BE => {
            let skip = usize::from(enc == UTF_16BE);
            ascii = head[bom..].iter().skip(skip).step_by(2).copied().collect();
            &ascii[..]
        }
        Some((_, bom)) => &head[bom..],
        None => head,
    };
    let mut rest = head;
    loop {
        rest = rest.trim_ascii_start();
        if let Some(after) = rest.strip_prefix(b"<!--") {
            match memchr::memmem::find(after, b"-->") {
                Some(end) => rest = &after[end + 3..],
                None => return false,
            }
        } else if rest.starts_with(b"<?") {
            match memchr::memchr(b'>', rest) {
                Some(end) => rest = &rest[end + 1..],
                None => return false,
            }
        } else {
            break;
        }
    }
    const TAGS: [&[u8]; 5] = [b"<!doctype html", b"<html", b"<head", b"<body", b"<meta"];
    TAGS.iter().any(|tag| {
        rest.len() > tag.len()
            && rest[..tag.len()].eq_ignore_ascii_case(tag)
            && matches!(
                rest[tag.len()],
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>' | b'/'
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_sniffed_after_bom_space_and_comments() {
        for yes in [
            &b"<!DOCTYPE html>\n<html>"[..],
            b"\xef\xbb\xbf  \n<html lang=\"ar\">",
            b"<!-- generated -->\n<!-- again -->\r\n<HEAD>",
            b"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
            b"<meta charset=\"windows-1256\">",
            b"<body>",
        ] {
            assert!(sniff_html(yes), "{}", String::from_utf8_lossy(yes));
        }
        for no in [
            &b"<htmlx>"[..],
            b"text <html>",
            b"<!-- never closed <html>",
            b"<p>hello</p>",
            "خبر عاجل\n<html>".as_bytes(),
            b"<html",
        ] {
            assert!(!sniff_html(no), "{}", String::from_utf8_lossy(no));
        }
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("<html>".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert!(sniff_html(&utf16));
    }

    #[test]
    fn names_look_through_compression() {
        let f = |n: &str| format_from_name(Path::new(n));
        assert_eq!(f("CC-MAIN-1.warc.gz"), Some(InputFormat::Warc));
        assert_eq!(f("CC-MAIN-1.warc.wet.gz"), Some(InputFormat::Wet));
        assert_eq!(f("pages.jsonl.zst"), Some(InputFormat::Jsonl));
        assert_eq!(f("a/b.HTM"), Some(InputFormat::Html));
        assert_eq!(f("a.txt.gz"), None);
        assert_eq!(f("gz"), None);
    }

    #[test]
    fn content_beats_names_for_warc_only() {
        let warc = b"WARC/1.0\r\nWARC-Type: warcinfo\r\n";
        assert_eq!(
            detect_format(Some(Path::new("x.html")), warc, "html"),
            InputFormat::Warc
        );
        assert_eq!(
            detect_format(Some(Path::new("x.txt")), b"<html><body>", "html"),
            InputFormat::Html
        );
        assert_eq!(
            detect_format(Some(Path::new("x.html")), "نص".as_bytes(), "html"),
            InputFormat::Html
        );
        assert_eq!(
            detect_format(None, b"{\"url\": \"u\", \"html\" : \"<p>", "html"),
            InputFormat::Jsonl
        );
        assert_eq!(
            detect_format(None, b"{\"url\": \"u\", \"body\": \"<p>", "html"),
            InputFormat::Text
        );
    }

    #[test]
    fn parses() {
        for f in InputFormat::ALL {
            assert_eq!(f.as_str().parse::<InputFormat>().unwrap(), f);
        }
        assert!("arc".parse::<InputFormat>().is_err());
    }
}
