//! An [`Article`] as compact JSON: byte for byte what `serde_json::to_writer`
//! writes, into a buffer, with a faster string escaper.
//!
//! Records are mostly long strings of Arabic text, where serde_json's
//! escaper looks every byte up in a table and writing went through the
//! output's `Write` once per piece; here strings are scanned eight bytes at
//! a time for the three things JSON escapes (`"`, `\`, controls) and each
//! record reaches the output in one write. The record structs are taken
//! apart without `..`, so a field added to them fails to compile here until
//! it is written too; the tests compare every field with serde_json.

use ghirbal_record::{Article, Block, Image, SourceFormat};

/// Appends `article`'s compact JSON (as `serde_json::to_writer` writes it)
/// to `out`.
pub(crate) fn write_article(out: &mut Vec<u8>, article: &Article) -> serde_json::Result<()> {
    let Article {
        id,
        input,
        url,
        site,
        lang,
        title,
        page_date,
        published,
        modified,
        authors,
        dateline,
        summary,
        blocks,
        images,
        sources,
        agencies,
        tags,
        text,
        warnings,
        source_format,
        dedup,
        quality,
    } = article;
    out.push(b'{');
    key(out, "id", true);
    string(out, id);
    key(out, "input", false);
    string(out, input);
    for (name, value) in [
        ("url", url),
        ("site", site),
        ("lang", lang),
        ("title", title),
        ("page_date", page_date),
        ("published", published),
        ("modified", modified),
    ] {
        key(out, name, false);
        optional(out, value);
    }
    key(out, "authors", false);
    strings(out, authors);
    key(out, "dateline", false);
    optional(out, dateline);
    key(out, "summary", false);
    optional(out, summary);
    key(out, "blocks", false);
    list(out, blocks, block);
    key(out, "images", false);
    list(out, images, image);
    for (name, value) in [("sources", sources), ("agencies", agencies), ("tags", tags)] {
        key(out, name, false);
        strings(out, value);
    }
    key(out, "text", false);
    string(out, text);
    key(out, "warnings", false);
    strings(out, warnings);
    key(out, "source_format", false);
    string(
        out,
        match source_format {
            SourceFormat::Text => "text",
            SourceFormat::Html => "html",
        },
    );
    // Rare and small (or open-ended, for `quality`): serde_json's own.
    if let Some(dedup) = dedup {
        key(out, "dedup", false);
        serde_json::to_writer(&mut *out, dedup)?;
    }
    if let Some(quality) = quality {
        key(out, "quality", false);
        serde_json::to_writer(&mut *out, quality)?;
    }
    out.push(b'}');
    Ok(())
}

fn block(out: &mut Vec<u8>, block: &Block) {
    let Block { kind, text } = block;
    out.push(b'{');
    key(out, "type", true);
    string(out, kind.as_str());
    key(out, "text", false);
    string(out, text);
    out.push(b'}');
}

fn image(out: &mut Vec<u8>, image: &Image) {
    let Image {
        caption,
        credit,
        src,
    } = image;
    out.push(b'{');
    key(out, "caption", true);
    optional(out, caption);
    key(out, "credit", false);
    optional(out, credit);
    key(out, "src", false);
    optional(out, src);
    out.push(b'}');
}

/// `"name":`, after a comma unless it is the object's first key. (Field
/// names need no escaping.)
fn key(out: &mut Vec<u8>, name: &str, first: bool) {
    if !first {
        out.push(b',');
    }
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
}

fn optional(out: &mut Vec<u8>, value: &Option<String>) {
    match value {
        Some(value) => string(out, value),
        None => out.extend_from_slice(b"null"),
    }
}

fn strings(out: &mut Vec<u8>, values: &[String]) {
    list(out, values, |out, value| string(out, value));
}

fn list<T>(out: &mut Vec<u8>, items: &[T], mut write: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write(out, item);
    }
    out.push(b']');
}

/// A JSON string as serde_json escapes it: `"` and `\` backslashed, the
/// controls below U+0020 as `\b \t \n \f \r` or `\u00XX` (lowercase hex),
/// everything else (DEL and all non-ASCII included) as it is.
fn string(out: &mut Vec<u8>, value: &str) {
    let bytes = value.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut start = 0;
    while let Some(at) = next_escape(bytes, start) {
        out.extend_from_slice(&bytes[start..at]);
        let b = bytes[at];
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            0x0C => out.extend_from_slice(b"\\f"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xF)]);
            }
        }
        start = at + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// The first byte at or after `from` that JSON escapes. Eight bytes at a
/// time: a word with none of them is passed by a few operations.
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // A high bit for (at least the first) byte of `v` that is below `n`
    // (exact whether any is, for n <= 128).
    let below = |v: u64, n: u8| v.wrapping_sub(ONES * u64::from(n)) & !v & HIGHS;
    let escapes = |b: u8| b < 0x20 || b == b'"' || b == b'\\';
    let mut i = from;
    let mut chunks = bytes[from..].chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word);
        let flagged = below(v, 0x20)
            | below(v ^ (ONES * u64::from(b'"')), 1)
            | below(v ^ (ONES * u64::from(b'\\')), 1);
        if flagged != 0 {
            if let Some(k) = chunk.iter().position(|&b| escapes(b)) {
                return Some(i + k);
            }
        }
        i += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| escapes(b))
        .map(|k| i + k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghirbal_record::{BlockKind, Dedup, DupKind};

    fn same_as_serde(article: &Article) {
        let mut ours = Vec::new();
        write_article(&mut ours, article).unwrap();
        let theirs = serde_json::to_vec(article).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs)
        );
    }

    #[test]
    fn strings_escape_as_serde_json_escapes_them() {
        let mut tricky: Vec<String> = (0u8..0x80).map(|b| char::from(b).to_string()).collect();
        tricky.extend(
            [
                "",
                "كتب \"فلان\" في\\الموقع",
                "سطر\nسطر\r\n\tمسافة\u{8}\u{c}\u{1f}\u{0}",
                "\u{7f}\u{80}\u{a0}«»\u{200f}\u{2028}\u{2029}😀",
                "12345678\"",
                "1234567\\8",
                "abcdefgh\u{1}ijklmnop",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"",
            ]
            .map(String::from),
        );
        for s in &tricky {
            let mut ours = Vec::new();
            string(&mut ours, s);
            assert_eq!(ours, serde_json::to_vec(s).unwrap(), "{s:?}");
            // At every offset within a word.
            for pad in 1..9 {
                let padded = format!("{}{s}{}", "ا".repeat(pad), "x".repeat(pad));
                let mut ours = Vec::new();
                string(&mut ours, &padded);
                assert_eq!(ours, serde_json::to_vec(&padded).unwrap(), "{padded:?}");
            }
        }
    }

    #[test]
    fn records_are_written_as_serde_json_writes_them() {
        same_as_serde(&Article::default());
        let full = Article {
            id: "4fadcd88012d807d".into(),
            input: "dumps/a \"b\".txt".into(),
            url: Some("https://example.com/a?b=c\\d".into()),
            site: Some("example.com".into()),
            lang: Some("ar".into()),
            title: Some("عنوان \"الخبر\"".into()),
            page_date: Some("2015-05-21".into()),
            published: Some("2015-05-21T10:00:00+03:00".into()),
            modified: None,
            authors: vec!["فلان".into(), "فلانة\tالفلانية".into()],
            dateline: Some("بيروت".into()),
            summary: Some("ملخص\nالخبر".into()),
            blocks: vec![
                Block::new(BlockKind::Heading, "عنوان فرعي"),
                Block::new(BlockKind::Paragraph, "فقرة."),
                Block::new(BlockKind::List, "أ\nب"),
                Block::new(BlockKind::Quote, "\"قول\""),
                Block::new(BlockKind::Table, "a\tb"),
            ],
            images: vec![
                Image::default(),
                Image {
                    caption: Some("صورة".into()),
                    credit: Some("رويترز".into()),
                    src: Some("/a.jpg".into()),
                },
            ],
            sources: vec!["أ ف ب".into()],
            agencies: vec!["AFP".into(), "Reuters".into()],
            tags: vec!["سياسة".into()],
            text: "عنوان فرعي\n\nفقرة.".into(),
            warnings: vec!["encoding: decoded as windows-1256 (guessed)".into()],
            source_format: SourceFormat::Html,
            dedup: Some(Dedup {
                cluster: "4fadcd88012d807d".into(),
                size: 3,
                duplicate_of: None,
                kind: Some(DupKind::Near),
            }),
            quality: Some(serde_json::json!({
                "score": 0.75, "lang_score": 1e-7, "flags": ["a", "\"b\""], "n": -3, "x": null
            })),
        };
        same_as_serde(&full);
        same_as_serde(&Article {
            dedup: None,
            ..full.clone()
        });
        same_as_serde(&Article {
            quality: None,
            source_format: SourceFormat::Text,
            ..full
        });
    }
}
