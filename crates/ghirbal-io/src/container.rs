//! Inputs as documents: a file read whole, or a container (WARC, WET, JSON
//! Lines) streamed one document at a time.

use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::sync::Arc;

use crate::decode::{country_tld, decode_html, decode_with_tld, Decoded, DEFAULT_TLD};
use crate::discover::InputSource;
use crate::error::{Compression, InputError, InputErrorKind};
use crate::format::{detect_format, DocKind, InputFormat};
use crate::http::{self, charset_param, dechunk, decode_content};
use crate::jsonl::JsonlReader;
use crate::read::{check_claimed_compression, sniff, Limits};
use crate::stream::{Raw, StreamError, Unpacked};
use crate::warc::{Step, WarcReader};

/// Decompressed bytes looked at to tell formats apart.
const HEAD_LEN: usize = 4096;

/// How inputs are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    /// [`InputFormat::Auto`] detects each input's format; anything else
    /// forces it.
    pub format: InputFormat,
    /// For documents: the whole input. For containers: each record or line.
    pub limits: Limits,
    /// The JSON Lines field holding a page's HTML.
    pub html_field: String,
}

impl Default for ReadOptions {
    fn default() -> Self {
        Self {
            format: InputFormat::Auto,
            limits: Limits::default(),
            html_field: "html".to_string(),
        }
    }
}

/// One input opened: a document, or a container of documents.
#[derive(Debug)]
pub enum Opened {
    Document(Document),
    Container(Container),
}

/// Opens one input: decides its format (see [`detect_format`]) from its
/// first decompressed bytes unless `options` forces one, then reads a
/// document whole (under `options.limits`, as stored and decompressed) or
/// returns a container that reads its documents one at a time.
pub fn open_input(source: &InputSource, options: &ReadOptions) -> Result<Opened, InputError> {
    let label = source.label();
    let io_error = |e| InputError::new(label.clone(), InputErrorKind::Io(e));
    let (reader, stored_len): (Box<dyn Read + Send>, Option<u64>) = match source {
        InputSource::Stdin => (Box::new(io::stdin()), None),
        InputSource::File(path) => {
            let file = File::open(path).map_err(io_error)?;
            let meta = file.metadata().map_err(io_error)?;
            (Box::new(file), meta.is_file().then_some(meta.len()))
        }
    };
    let mut stream = unpack(&label, source.path(), reader, options.limits)?;
    let head = stream.peek_lenient(HEAD_LEN);
    let format = match options.format {
        InputFormat::Auto => detect_format(source.path(), head, &options.html_field),
        forced => forced,
    };
    if format.is_container() {
        return Ok(Opened::Container(Container::with_stream(
            label, stream, format, options,
        )));
    }
    let kind = if format == InputFormat::Html {
        DocKind::Html
    } else {
        DocKind::Text
    };
    let limit = options.limits.max_bytes;
    // Checked before reading so an oversized file costs nothing; the capped
    // read below still covers stdin and files that grow meanwhile.
    if stored_len.is_some_and(|len| len > limit) {
        return Err(InputError::new(label, InputErrorKind::TooLarge { limit }));
    }
    let compression = stream.compression();
    let bytes = stream.read_all(limit).map_err(|e| match e {
        Some(e) => stream_error(&label, e),
        None if compression == Compression::None => {
            InputError::new(label.clone(), InputErrorKind::TooLarge { limit })
        }
        None => InputError::new(
            label.clone(),
            InputErrorKind::DecompressedTooLarge {
                format: compression,
                limit,
            },
        ),
    })?;
    if stream.stored_offset() > limit {
        return Err(InputError::new(label, InputErrorKind::TooLarge { limit }));
    }
    Ok(Opened::Document(Document {
        bytes_read: stream.stored_offset(),
        label,
        kind,
        url: None,
        body: Body::Bytes {
            bytes,
            charset: None,
        },
    }))
}

fn unpack(
    label: &str,
    name: Option<&Path>,
    reader: Box<dyn Read + Send>,
    limits: Limits,
) -> Result<Unpacked<Box<dyn Read + Send>>, InputError> {
    let mut raw = Raw::new(reader);
    let magic = raw
        .peek(4)
        .map_err(|e| InputError::new(label, InputErrorKind::Io(e)))?;
    let compression = match sniff(magic) {
        Some(compression) => compression,
        None => {
            check_claimed_compression(label, name, magic)?;
            Compression::None
        }
    };
    Ok(Unpacked::new(raw, compression).with_ratio_limit(limits))
}

fn stream_error(label: &str, error: StreamError) -> InputError {
    InputError::new(label, error.kind)
}

/// One page to extract: a file, a WARC record, a JSON line.
///
/// Reading (done in order, by whoever iterates a [`Container`]) only
/// frames the document; [`Document::decode`] does the costly part (HTTP
/// codings, charset detection, JSON parsing) and is meant for worker
/// threads.
#[derive(Debug)]
pub struct Document {
    /// `path`, or `path#OFFSET` for WARC records, `path#LINE` for JSON lines.
    pub label: String,
    pub kind: DocKind,
    /// Where the page came from (`WARC-Target-URI`), when known before
    /// decoding; JSON lines give theirs in [`Page::url`].
    pub url: Option<String>,
    /// Stored (compressed) bytes read for this document: the file's size,
    /// or for a container's documents the bytes read since the previous one.
    pub bytes_read: u64,
    pub(crate) body: Body,
}

#[derive(Debug)]
pub(crate) enum Body {
    Bytes {
        bytes: Vec<u8>,
        charset: Option<String>,
    },
    /// A WARC response block: HTTP head and payload.
    Http {
        bytes: Vec<u8>,
        head: http::Head,
    },
    JsonLine {
        line: Vec<u8>,
        field: Arc<str>,
    },
}

/// A decoded document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub label: String,
    pub kind: DocKind,
    pub url: Option<String>,
    pub decoded: Decoded,
}

impl Document {
    /// A document from bytes already in memory.
    pub fn from_bytes(
        label: impl Into<String>,
        kind: DocKind,
        url: Option<String>,
        bytes: Vec<u8>,
    ) -> Self {
        Self {
            label: label.into(),
            kind,
            url,
            bytes_read: bytes.len() as u64,
            body: Body::Bytes {
                bytes,
                charset: None,
            },
        }
    }

    /// Turns the document into text: removes HTTP transfer and content
    /// codings (under `limits`), parses JSON lines, then decodes the
    /// charset ([`decode_html`] for HTML, [`crate::decode`] for text).
    pub fn decode(self, limits: &Limits) -> Result<Page, InputError> {
        let Document {
            label,
            kind,
            mut url,
            body,
            ..
        } = self;
        let decoded = match body {
            Body::Bytes { bytes, charset } => match kind {
                DocKind::Html => decode_html(&label, bytes, charset.as_deref(), url.as_deref())?,
                DocKind::Text => {
                    let tld = url.as_deref().and_then(country_tld).unwrap_or(DEFAULT_TLD);
                    decode_with_tld(&label, bytes, Some(tld))?
                }
            },
            Body::Http { bytes, head } => {
                let (bytes, warnings) = http_payload(&label, bytes, &head, limits)?;
                let charset = head.content_type.as_deref().and_then(charset_param);
                let mut decoded = decode_html(&label, bytes, charset.as_deref(), url.as_deref())?;
                decoded.warnings.splice(0..0, warnings);
                decoded
            }
            Body::JsonLine { line, field } => {
                let (html, line_url) = json_page(&label, &line, &field)?;
                url = line_url;
                decode_html(&label, html.into_bytes(), Some("utf-8"), url.as_deref())?
            }
        };
        Ok(Page {
            label,
            kind,
            url,
            decoded,
        })
    }
}

/// The payload of an HTTP response block, with warnings about codings that
/// were declared but not applied.
fn http_payload(
    label: &str,
    mut bytes: Vec<u8>,
    head: &http::Head,
    limits: &Limits,
) -> Result<(Vec<u8>, Vec<String>), InputError> {
    let mut warnings = Vec::new();
    bytes.drain(..head.len.min(bytes.len()));
    if head.chunked {
        match dechunk(&bytes) {
            Ok((body, warning)) => {
                bytes = body;
                warnings.extend(warning);
            }
            // Crawlers that store the decoded body often keep the header.
            Err(_) => warnings.push(
                "http: Transfer-Encoding chunked but the body is not chunked; read as is".into(),
            ),
        }
    }
    if let Some(codings) = &head.content_encoding {
        // Applied in order, so removed last to first.
        for coding in codings.split(", ").collect::<Vec<_>>().into_iter().rev() {
            match decode_content(coding, &bytes, limits.max_bytes) {
                Ok(body) if limits.ratio_exceeded(body.len() as u64, bytes.len() as u64) => {
                    return Err(InputError::new(
                        label,
                        InputErrorKind::Http(format!(
                            "Content-Encoding {coding}: expands more than {} times its \
                             encoded size (a decompression bomb?)",
                            limits.max_ratio
                        )),
                    ));
                }
                Ok(body) => bytes = body,
                Err(reason) if !looks_encoded(coding, &bytes) => warnings.push(format!(
                    "http: Content-Encoding {coding} but the body is not ({reason}); read as is"
                )),
                Err(reason) => {
                    return Err(InputError::new(label, InputErrorKind::Http(reason)));
                }
            }
        }
    }
    Ok((bytes, warnings))
}

/// Whether a body starts like `coding` output; bodies that plainly do not
/// were stored decoded under their original headers.
fn looks_encoded(coding: &str, bytes: &[u8]) -> bool {
    match coding {
        "gzip" | "x-gzip" => bytes.starts_with(&[0x1f, 0x8b]),
        "zstd" => bytes.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]),
        // Raw deflate has no signature; markup is the sign it was not
        // deflated.
        "deflate" => !bytes.trim_ascii_start().starts_with(b"<"),
        _ => true,
    }
}

fn json_page(
    label: &str,
    line: &[u8],
    field: &str,
) -> Result<(String, Option<String>), InputError> {
    let error = |reason: String| InputError::new(label, InputErrorKind::Json(reason));
    let value: serde_json::Value =
        serde_json::from_slice(line).map_err(|e| error(format!("invalid JSON: {e}")))?;
    let serde_json::Value::Object(mut object) = value else {
        return Err(error("not a JSON object".into()));
    };
    let url = object
        .get("url")
        .and_then(serde_json::Value::as_str)
        .map(str::to_string);
    match object.remove(field) {
        Some(serde_json::Value::String(html)) => Ok((html, url)),
        Some(_) => Err(error(format!("`{field}` is not a string"))),
        None => Err(error(format!("no `{field}` field"))),
    }
}

/// Why a WARC record gave no document. Such records are not errors; they
/// are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SkipReason {
    Warcinfo,
    Request,
    Metadata,
    /// A `revisit` record: the payload is in another record.
    Revisit,
    /// An HTTP status other than 200.
    NotOk,
    /// A payload that is not HTML (by Content-Type, else by its first bytes).
    NotHtml,
    /// Any other record type, or a response that is not HTTP (`dns:`).
    Other,
}

impl SkipReason {
    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::Warcinfo => "warcinfo",
            SkipReason::Request => "request",
            SkipReason::Metadata => "metadata",
            SkipReason::Revisit => "revisit",
            SkipReason::NotOk => "non-200",
            SkipReason::NotHtml => "non-HTML",
            SkipReason::Other => "other",
        }
    }
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Counts of skipped records, by reason.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Skipped(BTreeMap<SkipReason, u64>);

impl Skipped {
    pub fn add(&mut self, reason: SkipReason) {
        *self.0.entry(reason).or_default() += 1;
    }

    pub fn merge(&mut self, other: &Skipped) {
        for (&reason, &n) in &other.0 {
            *self.0.entry(reason).or_default() += n;
        }
    }

    pub fn get(&self, reason: SkipReason) -> u64 {
        self.0.get(&reason).copied().unwrap_or(0)
    }

    pub fn total(&self) -> u64 {
        self.0.values().sum()
    }

    /// Reasons with their counts, in a fixed order.
    pub fn iter(&self) -> impl Iterator<Item = (SkipReason, u64)> + '_ {
        self.0.iter().map(|(&r, &n)| (r, n))
    }
}

/// A file of many documents, read one at a time: never more than one
/// record (or line) in memory, whatever the file's size.
///
/// Iterating yields documents and per-record errors in file order; records
/// that are not pages are counted in [`Container::skipped`]. An error in
/// one record does not end the iteration when the reader can find the next
/// record (see the crate docs on WARC offsets and resynchronisation).
pub struct Container {
    label: String,
    format: InputFormat,
    reader: Reader,
    skipped: Skipped,
    reported: u64,
}

enum Reader {
    Warc(Box<WarcReader<Box<dyn Read + Send>>>),
    Jsonl(Box<JsonlReader<Box<dyn Read + Send>>>),
}

impl fmt::Debug for Container {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Container")
            .field("label", &self.label)
            .field("format", &self.format)
            .field("skipped", &self.skipped)
            .finish_non_exhaustive()
    }
}

impl Container {
    /// A container over any reader (compression detected by magic bytes).
    /// `format` must be a container format; anything else is read as WARC.
    pub fn new(
        label: impl Into<String>,
        reader: Box<dyn Read + Send>,
        format: InputFormat,
        options: &ReadOptions,
    ) -> Result<Self, InputError> {
        let label = label.into();
        let stream = unpack(&label, None, reader, options.limits)?;
        Ok(Self::with_stream(label, stream, format, options))
    }

    fn with_stream(
        label: String,
        stream: Unpacked<Box<dyn Read + Send>>,
        format: InputFormat,
        options: &ReadOptions,
    ) -> Self {
        let limits = options.limits;
        let reader = match format {
            InputFormat::Jsonl => Reader::Jsonl(Box::new(JsonlReader::new(
                stream,
                label.clone(),
                Arc::from(options.html_field.as_str()),
                limits,
            ))),
            _ => Reader::Warc(Box::new(WarcReader::new(stream, label.clone(), limits))),
        };
        Self {
            label,
            format,
            reader,
            skipped: Skipped::default(),
            reported: 0,
        }
    }

    pub fn label(&self) -> &str {
        &self.label
    }

    pub fn format(&self) -> InputFormat {
        self.format
    }

    /// Records skipped so far.
    pub fn skipped(&self) -> &Skipped {
        &self.skipped
    }

    /// Stored bytes read so far.
    pub fn bytes_read(&self) -> u64 {
        match &self.reader {
            Reader::Warc(r) => r.stored_offset(),
            Reader::Jsonl(r) => r.stored_offset(),
        }
    }
}

impl Iterator for Container {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = match &mut self.reader {
            Reader::Warc(reader) => loop {
                match reader.step() {
                    Step::Document(document) => break Some(Ok(document)),
                    Step::Error(error) => break Some(Err(error)),
                    Step::Skipped(reason) => self.skipped.add(reason),
                    Step::End => break None,
                }
            },
            Reader::Jsonl(reader) => reader.next_line(),
        };
        let offset = self.bytes_read();
        let bytes_read = offset.saturating_sub(self.reported);
        self.reported = offset;
        item.map(|item| {
            item.map(|mut document| {
                document.bytes_read = bytes_read;
                document
            })
        })
    }
}
