//! The HTTP response inside a WARC `response` record: status line,
//! headers, and the body's transfer and content codings.

use std::io::Read;

/// Headers bigger than this are not headers.
pub(crate) const MAX_HEAD: usize = 64 << 10;

/// The parts of a response head that decide what to do with the body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Head {
    pub(crate) status: u16,
    pub(crate) content_type: Option<String>,
    pub(crate) chunked: bool,
    pub(crate) content_encoding: Option<String>,
    /// Bytes of status line and headers, blank line included.
    pub(crate) len: usize,
}

/// Parses the head at the start of `bytes`. `Ok(None)`: the blank line that
/// ends it is not in `bytes`.
pub(crate) fn parse_head(bytes: &[u8]) -> Result<Option<Head>, String> {
    let Some((head_end, len)) = head_end(bytes) else {
        return Ok(None);
    };
    let text = String::from_utf8_lossy(&bytes[..head_end]);
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let status_line = lines.next().unwrap_or("");
    let status = parse_status(status_line)
        .ok_or_else(|| format!("not an HTTP status line: `{}`", excerpt(status_line)))?;
    let mut head = Head {
        status,
        len,
        ..Head::default()
    };
    for line in lines {
        // Folded continuation lines and lines without a colon carry nothing
        // this reader needs.
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        if name.starts_with([' ', '\t']) {
            continue;
        }
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            // The last one wins, as in browsers.
            "content-type" if !value.is_empty() => head.content_type = Some(value.to_string()),
            "transfer-encoding" => {
                head.chunked = value
                    .split(',')
                    .any(|c| c.trim().eq_ignore_ascii_case("chunked"));
            }
            "content-encoding" => {
                let codings: Vec<String> = value
                    .split(',')
                    .map(|c| c.trim().to_ascii_lowercase())
                    .filter(|c| !c.is_empty() && c != "identity")
                    .collect();
                head.content_encoding = (!codings.is_empty()).then(|| codings.join(", "));
            }
            _ => {}
        }
    }
    Ok(Some(head))
}

/// (end of the last header line, end of the blank line), for CRLF or bare
/// LF line ends.
fn head_end(bytes: &[u8]) -> Option<(usize, usize)> {
    let mut at = 0;
    while let Some(nl) = memchr::memchr(b'\n', &bytes[at..]) {
        let next = at + nl + 1;
        match bytes.get(next..) {
            Some([b'\n', ..]) => return Some((next, next + 1)),
            Some([b'\r', b'\n', ..]) => return Some((next, next + 2)),
            // No header is empty: a status line alone, then the blank line.
            _ => {}
        }
        at = next;
    }
    None
}

fn parse_status(line: &str) -> Option<u16> {
    let rest = line.strip_prefix("HTTP/")?;
    let mut parts = rest.split_ascii_whitespace();
    let _version = parts.next()?;
    let code = parts.next()?;
    (code.len() == 3).then_some(())?;
    code.parse().ok()
}

fn excerpt(s: &str) -> String {
    let cut: String = s.chars().take(60).collect();
    if cut.len() < s.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

/// The MIME type without parameters, lower-cased.
pub(crate) fn essence(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

pub(crate) fn is_html_type(content_type: &str) -> bool {
    matches!(
        essence(content_type).as_str(),
        "text/html" | "application/xhtml+xml"
    )
}

/// The `charset` parameter of a Content-Type value.
pub(crate) fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']).to_string())
            .filter(|v| !v.is_empty())
    })
}

/// Removes chunked transfer coding. `Err` when the body is not chunked at
/// all (crawlers that store decoded bodies often keep the header).
/// Never longer than `body`, so no limit is needed.
pub(crate) fn dechunk(body: &[u8]) -> Result<(Vec<u8>, Option<String>), String> {
    let mut out = Vec::with_capacity(body.len());
    let mut at = 0;
    loop {
        let Some(nl) = memchr::memchr(b'\n', &body[at..]) else {
            if out.is_empty() {
                return Err("no chunk size line".to_string());
            }
            return Ok((
                out,
                Some("http: chunked body ends without its last chunk".into()),
            ));
        };
        let line = &body[at..at + nl];
        let size_text = String::from_utf8_lossy(line);
        let size_text = size_text.split(';').next().unwrap_or("").trim();
        let Ok(size) = usize::from_str_radix(size_text, 16) else {
            if out.is_empty() {
                return Err(format!("`{}` is not a chunk size", excerpt(size_text)));
            }
            return Ok((
                out,
                Some("http: damaged chunked body, cut at the damage".into()),
            ));
        };
        at += nl + 1;
        if size == 0 {
            return Ok((out, None));
        }
        let end = at.saturating_add(size);
        if end > body.len() {
            out.extend_from_slice(&body[at..]);
            return Ok((out, Some("http: chunked body truncated".into())));
        }
        out.extend_from_slice(&body[at..end]);
        at = end;
        // The CRLF after the chunk data.
        if body[at..].starts_with(b"\r\n") {
            at += 2;
        } else if body[at..].starts_with(b"\n") {
            at += 1;
        }
    }
}

/// Removes a content coding (gzip, deflate, zstd). `Err` names what went
/// wrong; the caller decides whether the raw body is still worth reading.
pub(crate) fn decode_content(coding: &str, body: &[u8], limit: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len().saturating_mul(4));
    let take = limit.saturating_add(1);
    let result = match coding {
        "gzip" | "x-gzip" => flate2::read::MultiGzDecoder::new(body)
            .take(take)
            .read_to_end(&mut out),
        "deflate" => {
            // RFC 9110 deflate is zlib-wrapped, but many servers send raw
            // deflate; the zlib header tells them apart.
            let zlib = body.len() >= 2
                && body[0] & 0x0f == 8
                && (u16::from(body[0]) << 8 | u16::from(body[1])) % 31 == 0;
            if zlib {
                flate2::read::ZlibDecoder::new(body)
                    .take(take)
                    .read_to_end(&mut out)
            } else {
                flate2::read::DeflateDecoder::new(body)
                    .take(take)
                    .read_to_end(&mut out)
            }
        }
        "zstd" => zstd::stream::read::Decoder::with_buffer(body)
            .and_then(|d| d.take(take).read_to_end(&mut out)),
        other => return Err(format!("unsupported Content-Encoding `{other}`")),
    };
    match result {
        Ok(_) if out.len() as u64 > limit => Err(format!(
            "Content-Encoding {coding}: decoded body exceeds the limit of {limit} bytes"
        )),
        Ok(_) => Ok(out),
        Err(e) => Err(format!("Content-Encoding {coding}: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_parse() {
        let raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\n\
Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\nBODY";
        let head = parse_head(raw).unwrap().unwrap();
        assert_eq!(head.status, 200);
        assert_eq!(
            head.content_type.as_deref(),
            Some("text/html; charset=windows-1256")
        );
        assert!(head.chunked);
        assert_eq!(head.content_encoding.as_deref(), Some("gzip"));
        assert_eq!(&raw[head.len..], b"BODY");
        let bare = b"HTTP/2 404\nServer: x\n\nnot found";
        let head = parse_head(bare).unwrap().unwrap();
        assert_eq!(head.status, 404);
        assert_eq!(&bare[head.len..], b"not found");
        assert_eq!(parse_head(b"HTTP/1.1 200 OK\r\nX: y\r\n").unwrap(), None);
        assert!(parse_head(b"GET / HTTP/1.1\r\n\r\n").is_err());
    }

    #[test]
    fn charsets() {
        assert_eq!(
            charset_param("text/html; Charset=\"UTF-8\"").as_deref(),
            Some("UTF-8")
        );
        assert_eq!(charset_param("text/html"), None);
        assert!(is_html_type("Text/HTML ; charset=x"));
        assert!(!is_html_type("text/plain"));
    }

    #[test]
    fn chunks() {
        let (out, warn) = dechunk(b"4\r\nWiki\r\n5;x=y\r\npedia\r\n0\r\n\r\n").unwrap();
        assert_eq!(out, b"Wikipedia");
        assert_eq!(warn, None);
        let (out, warn) = dechunk(b"4\r\nWiki\r\n9\r\nped").unwrap();
        assert_eq!(out, b"Wikiped");
        assert!(warn.is_some());
        assert!(dechunk(b"<html>").is_err());
    }

    #[test]
    fn content_codings() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"<p>x</p>").unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(decode_content("gzip", &gz, 100).unwrap(), b"<p>x</p>");
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(b"zlib").unwrap();
        assert_eq!(
            decode_content("deflate", &z.finish().unwrap(), 100).unwrap(),
            b"zlib"
        );
        let mut d = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        d.write_all(b"raw").unwrap();
        assert_eq!(
            decode_content("deflate", &d.finish().unwrap(), 100).unwrap(),
            b"raw"
        );
        assert!(decode_content("br", b"x", 100)
            .unwrap_err()
            .contains("unsupported"));
        assert!(decode_content("gzip", &gz, 3)
            .unwrap_err()
            .contains("limit"));
    }
}
