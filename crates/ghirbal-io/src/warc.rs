//! WARC 1.0/1.1 records, read one at a time from a decompressed stream.
//!
//! Strict about what makes a record (a `WARC/1.` version line, headers, a
//! blank line, `Content-Length` bytes, then line breaks before the next
//! record) and tolerant about the rest (bare LF line ends, extra blank
//! lines between records, `<…>` around URIs). A record that breaks the
//! rules is one error; the reader then looks for the next `WARC/1.` line,
//! first inside the bytes the broken record swallowed (a Content-Length
//! that is too long), then further on (one that is too short, a corrupt
//! gzip member).

use std::io::Read;

use crate::container::{Body, Document, SkipReason};
use crate::error::{InputError, InputErrorKind};
use crate::format::{sniff_html, DocKind};
use crate::http::{self, charset_param, essence, is_html_type};
use crate::read::Limits;
use crate::stream::{Line, StreamError, Unpacked};

/// Longest header line, and longest header block.
const MAX_LINE: usize = 64 << 10;
const MAX_HEADERS: usize = 1 << 20;
const VERSION: &[u8] = b"WARC/1.";
/// How far the search for the next record looks at a time.
const SCAN_WINDOW: usize = 64 << 10;

pub(crate) enum Step {
    Document(Document),
    Skipped(SkipReason),
    Error(InputError),
    End,
}

pub(crate) struct WarcReader<R: Read> {
    stream: Unpacked<R>,
    label: String,
    limits: Limits,
    /// After a damaged record: the next record is searched for rather than
    /// expected at the current position.
    lost: bool,
    /// Whether the byte before the current position ends a line, so a
    /// `WARC/1.` right here starts a record.
    line_start: bool,
    /// The stream cannot go on (end, or an error without resync).
    finished: bool,
}

struct Headers {
    content_length: u64,
    kind: String,
    target_uri: Option<String>,
    content_type: Option<String>,
    identified_type: Option<String>,
}

impl<R: Read> WarcReader<R> {
    pub(crate) fn new(stream: Unpacked<R>, label: String, limits: Limits) -> Self {
        Self {
            stream,
            label,
            limits,
            lost: false,
            line_start: true,
            finished: false,
        }
    }

    pub(crate) fn stored_offset(&self) -> u64 {
        self.stream.stored_offset()
    }

    pub(crate) fn step(&mut self) -> Step {
        if self.finished {
            return Step::End;
        }
        let start = match self.find_record() {
            Ok(Some(start)) => start,
            Ok(None) => {
                self.finished = true;
                return Step::End;
            }
            Err(error) => return Step::Error(self.stream_failed(None, error)),
        };
        let label = format!("{}#{}", self.label, self.stream.location(start));
        match self.record(&label) {
            Ok(step) => step,
            Err(Failure::Stream(error)) => Step::Error(self.stream_failed(Some(&label), error)),
            Err(Failure::Record(kind)) => {
                self.lost = true;
                Step::Error(InputError::new(label, kind))
            }
        }
    }

    /// Moves to the next record start; `None` at the end.
    fn find_record(&mut self) -> Result<Option<u64>, StreamError> {
        if self.lost {
            if !self.scan()? {
                return Ok(None);
            }
            self.lost = false;
        } else {
            // Tolerated: blank lines before the first record and extra ones
            // between records.
            loop {
                let buf = self.stream.fill()?;
                if buf.is_empty() {
                    return Ok(None);
                }
                let n = buf
                    .iter()
                    .take_while(|b| matches!(b, b'\r' | b'\n'))
                    .count();
                let all = n == buf.len();
                self.stream.consume(n);
                if !all {
                    break;
                }
            }
        }
        let start = self.stream.position();
        self.stream.forget_before(start);
        Ok(Some(start))
    }

    /// Searches for a `WARC/1.` at a line start or a member start; `false`
    /// at the end. A member start counts because the member before may have
    /// been garbage that did not end with a line break.
    fn scan(&mut self) -> Result<bool, StreamError> {
        loop {
            let line_start = self.line_start;
            // Lenient: a failure further on must not hide the records
            // already decoded before it.
            let window = self.stream.peek_lenient(SCAN_WINDOW);
            let len = window.len();
            if len < VERSION.len() {
                self.stream.consume(len);
                return match self.stream.take_deferred() {
                    Some(error) => Err(error),
                    None => Ok(false),
                };
            }
            let candidates: Vec<(usize, bool)> = memchr::memmem::find_iter(window, VERSION)
                .map(|at| {
                    let after_newline = if at == 0 {
                        line_start
                    } else {
                        window[at - 1] == b'\n'
                    };
                    (at, after_newline)
                })
                .collect();
            // Keep a tail that may be the start of a split `WARC/1.`.
            let keep_from = len - (VERSION.len() - 1);
            let tail_line_start = window[keep_from - 1] == b'\n';
            let base = self.stream.position();
            let found = candidates.iter().find(|&&(at, after_newline)| {
                after_newline || self.stream.starts_member(base + at as u64)
            });
            if let Some(&(at, _)) = found {
                self.stream.consume(at);
                return Ok(true);
            }
            self.line_start = tail_line_start;
            self.stream.consume(keep_from);
        }
    }

    /// Reports a failure of the stored stream and moves past it if it can.
    fn stream_failed(&mut self, label: Option<&str>, error: StreamError) -> InputError {
        let label = match label {
            Some(label) => label.to_string(),
            None => format!("{}#{}", self.label, error.stored_offset),
        };
        self.lost = true;
        // A new member starts at a line start as far as records go.
        self.line_start = true;
        if !self.stream.resync() {
            self.finished = true;
        }
        InputError::new(label, error.kind)
    }

    fn record(&mut self, label: &str) -> Result<Step, Failure> {
        let headers = self.headers()?;
        let limit = self.limits.max_bytes;
        let length = headers.content_length;
        let reason = match headers.kind.as_str() {
            "response" | "resource" | "conversion" => None,
            "warcinfo" => Some(SkipReason::Warcinfo),
            "request" => Some(SkipReason::Request),
            "metadata" => Some(SkipReason::Metadata),
            "revisit" => Some(SkipReason::Revisit),
            _ => Some(SkipReason::Other),
        };
        if length > limit {
            // Not read into memory. What it is decides between a skip and an
            // error, and the HTTP head is enough to tell.
            let head_len = usize::try_from(length.min(http::MAX_HEAD as u64)).unwrap_or(0);
            let head = self.stream.peek(head_len).map_err(Failure::Stream)?;
            let head = &head[..head.len().min(head_len)];
            let skip = reason.or_else(|| match classify(&headers, head) {
                Ok(Kept::Skip(reason)) => Some(reason),
                _ => None,
            });
            let taken = self.stream.take(length, false);
            if let Some(error) = taken.error {
                return Err(Failure::Stream(error));
            }
            if taken.got < length {
                return Err(Failure::Record(truncated(length, taken.got)));
            }
            self.end_of_record(&[])?;
            return Ok(match skip {
                Some(reason) => Step::Skipped(reason),
                None => Step::Error(InputError::new(label, InputErrorKind::TooLarge { limit })),
            });
        }
        let taken = self.stream.take(length, true);
        if let Some(error) = taken.error {
            return Err(Failure::Stream(error));
        }
        if taken.got < length {
            // Cut off by the end of the file, or a Content-Length too long:
            // the next records may be inside what was read.
            self.rescan(&taken.bytes);
            return Err(Failure::Record(truncated(length, taken.got)));
        }
        self.end_of_record(&taken.bytes)?;
        if let Some(reason) = reason {
            return Ok(Step::Skipped(reason));
        }
        let block = taken.bytes;
        let url = headers.target_uri.clone();
        let (kind, body) = match classify(&headers, &block).map_err(Failure::Record)? {
            Kept::Skip(reason) => return Ok(Step::Skipped(reason)),
            Kept::Http(head) => (DocKind::Html, Body::Http { bytes: block, head }),
            Kept::Plain(kind, charset) => (
                kind,
                Body::Bytes {
                    bytes: block,
                    charset,
                },
            ),
        };
        Ok(Step::Document(Document {
            label: label.to_string(),
            kind,
            url,
            bytes_read: 0,
            body,
        }))
    }

    fn headers(&mut self) -> Result<Headers, Failure> {
        let version = match self.stream.read_line(MAX_LINE).map_err(Failure::Stream)? {
            Line::Full(line) => line,
            Line::End(_) => {
                return Err(Failure::Record(InputErrorKind::Warc(
                    "record truncated in its headers".into(),
                )))
            }
            Line::TooLong => Vec::new(),
        };
        if !version.starts_with(VERSION) {
            return Err(Failure::Record(InputErrorKind::Warc(format!(
                "expected a `WARC/1.0` or `WARC/1.1` line, found `{}`",
                excerpt(&version)
            ))));
        }
        let mut fields: Vec<(String, String)> = Vec::new();
        let mut size = 0;
        loop {
            let line = match self.stream.read_line(MAX_LINE).map_err(Failure::Stream)? {
                Line::Full(line) => line,
                Line::End(_) => {
                    return Err(Failure::Record(InputErrorKind::Warc(
                        "record truncated in its headers".into(),
                    )))
                }
                Line::TooLong => {
                    return Err(Failure::Record(InputErrorKind::Warc(format!(
                        "header line longer than {MAX_LINE} bytes"
                    ))))
                }
            };
            size += line.len();
            if size > MAX_HEADERS {
                return Err(Failure::Record(InputErrorKind::Warc(format!(
                    "headers longer than {MAX_HEADERS} bytes"
                ))));
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\r', '\n']);
            if text.is_empty() {
                break;
            }
            if text.starts_with([' ', '\t']) {
                if let Some((_, value)) = fields.last_mut() {
                    value.push(' ');
                    value.push_str(text.trim());
                }
                continue;
            }
            // Lines without a colon are ignored rather than fatal: the
            // Content-Length is what framing depends on.
            if let Some((name, value)) = text.split_once(':') {
                fields.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
            }
        }
        let field = |name: &str| {
            fields
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
                .filter(|v| !v.is_empty())
        };
        let content_length = match field("content-length") {
            None => {
                return Err(Failure::Record(InputErrorKind::Warc(
                    "no Content-Length header".into(),
                )))
            }
            Some(value) => value.parse::<u64>().map_err(|_| {
                Failure::Record(InputErrorKind::Warc(format!(
                    "Content-Length `{}` is not a number",
                    excerpt(value.as_bytes())
                )))
            })?,
        };
        Ok(Headers {
            content_length,
            kind: field("warc-type").unwrap_or_default().to_ascii_lowercase(),
            target_uri: field("warc-target-uri").map(|uri| {
                // WARC 1.0's grammar put URIs in angle brackets; some writers
                // still do.
                uri.trim_start_matches('<')
                    .trim_end_matches('>')
                    .to_string()
            }),
            content_type: field("content-type"),
            identified_type: field("warc-identified-payload-type"),
        })
    }

    /// Checks that line breaks and then the next record (or the end) follow
    /// the block. Consumes the line breaks if so.
    fn end_of_record(&mut self, block: &[u8]) -> Result<(), Failure> {
        let mut newline = false;
        loop {
            let window = match self.stream.peek(64) {
                Ok(window) => window,
                Err(error) => return self.end_before_failure(error, newline),
            };
            let n = window
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count();
            newline |= window[..n].contains(&b'\n');
            let rest = &window[n..];
            if n == window.len() && n >= 64 {
                self.stream.consume(n);
                continue;
            }
            // At the end of the file, a cut-off `WARC/1.` is the next
            // record's problem, reported with it.
            let at_end = window.len() < 64;
            let next_record = rest.starts_with(VERSION) || at_end && VERSION.starts_with(rest);
            if rest.is_empty() || newline && next_record {
                self.stream.consume(n);
                self.line_start = true;
                return Ok(());
            }
            let found = excerpt(rest);
            self.rescan(block);
            return Err(Failure::Record(InputErrorKind::Warc(format!(
                "Content-Length {} does not end the record (`{found}` follows it)",
                block.len()
            ))));
        }
    }

    /// The stream failed while looking past the end of a record. If the
    /// failure is in the record's own member (a checksum that does not
    /// match), the record is damaged. If it is in a later member and what
    /// was decoded before it ends the record properly, the record is whole
    /// and the failure is raised when the reader gets to it.
    fn end_before_failure(&mut self, error: StreamError, newline: bool) -> Result<(), Failure> {
        let own = self
            .stream
            .location(self.stream.position().saturating_sub(1))
            .stored;
        let buffered = self.stream.buffered();
        let n = buffered
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        let newline = newline || buffered[..n].contains(&b'\n');
        let rest = &buffered[n..];
        let whole = newline && (rest.is_empty() || rest.starts_with(VERSION));
        if error.stored_offset == own || !whole {
            return Err(Failure::Stream(error));
        }
        self.stream.consume(n);
        self.line_start = true;
        self.stream.defer(error);
        Ok(())
    }

    /// Gives back the part of a damaged record's block from the first line
    /// that starts like a record, so the search for the next one starts
    /// there.
    fn rescan(&mut self, block: &[u8]) {
        let found =
            memchr::memmem::find_iter(block, VERSION).find(|&at| at == 0 || block[at - 1] == b'\n');
        if let Some(at) = found {
            self.stream.unread(&block[at..]);
            self.line_start = true;
        } else {
            self.line_start = block.last().is_none_or(|&b| b == b'\n');
        }
    }
}

enum Failure {
    /// The stored stream failed: corrupt or truncated compression, I/O.
    Stream(StreamError),
    /// The record is damaged; the stream is fine.
    Record(InputErrorKind),
}

enum Kept {
    Skip(SkipReason),
    /// An HTTP response with an HTML payload.
    Http(http::Head),
    /// A block that is itself the document (`resource`, `conversion`).
    Plain(DocKind, Option<String>),
}

/// Decides what to do with a `response`, `resource` or `conversion` block
/// (or its start).
fn classify(headers: &Headers, block: &[u8]) -> Result<Kept, InputErrorKind> {
    let warc_type = headers.content_type.as_deref().map(essence);
    match headers.kind.as_str() {
        "conversion" => Ok(Kept::Plain(
            DocKind::Text,
            headers.content_type.as_deref().and_then(charset_param),
        )),
        "resource" => {
            let content_type = headers.content_type.as_deref().unwrap_or("");
            let charset = charset_param(content_type);
            if is_html_type(content_type) {
                Ok(Kept::Plain(DocKind::Html, charset))
            } else if essence(content_type) == "text/plain" {
                Ok(Kept::Plain(DocKind::Text, charset))
            } else {
                Ok(Kept::Skip(SkipReason::NotHtml))
            }
        }
        _ => {
            // `dns:` and other non-HTTP responses.
            if warc_type
                .as_deref()
                .is_some_and(|t| t != "application/http")
            {
                return Ok(Kept::Skip(SkipReason::Other));
            }
            let head = match http::parse_head(block) {
                Ok(Some(head)) => head,
                Ok(None) if block.len() >= http::MAX_HEAD => {
                    return Err(InputErrorKind::Http(format!(
                        "headers longer than {} bytes",
                        http::MAX_HEAD
                    )))
                }
                Ok(None) => {
                    return Err(InputErrorKind::Http("headers without an end".into()));
                }
                Err(reason) => return Err(InputErrorKind::Http(reason)),
            };
            if head.status != 200 {
                return Ok(Kept::Skip(SkipReason::NotOk));
            }
            let html = match (&head.content_type, &headers.identified_type) {
                (Some(t), _) => is_html_type(t),
                (None, Some(t)) => is_html_type(t),
                // Encoded bodies cannot be sniffed here; the extractor copes
                // with a page that turns out not to be HTML.
                (None, None) => {
                    head.content_encoding.is_some()
                        || head.chunked
                        || sniff_html(&block[head.len.min(block.len())..])
                }
            };
            if html {
                Ok(Kept::Http(head))
            } else {
                Ok(Kept::Skip(SkipReason::NotHtml))
            }
        }
    }
}

fn truncated(length: u64, got: u64) -> InputErrorKind {
    InputErrorKind::Warc(format!(
        "record truncated: Content-Length {length}, only {got} bytes before the end of the file"
    ))
}

fn excerpt(bytes: &[u8]) -> String {
    let bytes = &bytes[..bytes.len().min(40)];
    let text = String::from_utf8_lossy(bytes);
    text.trim_end_matches(['\r', '\n'])
        .chars()
        .map(|c| if c.is_control() { '·' } else { c })
        .collect()
}
