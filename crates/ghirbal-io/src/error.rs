use std::fmt;
use std::io;

/// Why one input could not be turned into text.
///
/// Every message starts with the input label (`INPUT: reason`) because these
/// errors are reported per input, often thousands per run, and a reason
/// without the file it belongs to is useless.
#[derive(Debug, thiserror::Error)]
#[error("{input}: {kind}")]
pub struct InputError {
    input: String,
    kind: InputErrorKind,
}

impl InputError {
    pub fn new(input: impl Into<String>, kind: InputErrorKind) -> Self {
        Self {
            input: input.into(),
            kind,
        }
    }

    /// The input label, as in [`crate::InputSource::label`].
    pub fn input(&self) -> &str {
        &self.input
    }

    pub fn kind(&self) -> &InputErrorKind {
        &self.kind
    }

    /// The message without the input label, for outputs that carry the label
    /// in a field of its own.
    pub fn reason(&self) -> String {
        self.kind.to_string()
    }
}

/// The reason part of an [`InputError`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InputErrorKind {
    /// Opening, reading or listing failed.
    #[error("{0}")]
    Io(io::Error),
    #[error("larger than the limit of {limit} bytes")]
    TooLarge { limit: u64 },
    /// The decompressed stream outgrew the limit: a decompression bomb, or a
    /// limit set too low.
    #[error("{format}: decompressed size exceeds the limit of {limit} bytes")]
    DecompressedTooLarge { format: Compression, limit: u64 },
    /// A member or frame that expands past the decompressed:stored ratio
    /// limit: a decompression bomb.
    #[error("{format}: expands more than {limit} times its stored size (a decompression bomb?)")]
    RatioTooHigh { format: Compression, limit: u64 },
    #[error("{format} stream truncated after {compressed_bytes} bytes")]
    Truncated {
        format: Compression,
        compressed_bytes: u64,
    },
    #[error("{format}: corrupt stream: {reason}")]
    Corrupt { format: Compression, reason: String },
    #[error("binary file")]
    Binary,
    /// A WARC record that cannot be read as one (truncated, a Content-Length
    /// that does not end the record, a missing header).
    #[error("WARC: {0}")]
    Warc(String),
    /// The HTTP response inside a WARC record.
    #[error("HTTP: {0}")]
    Http(String),
    /// A JSON line that does not hold a page.
    #[error("JSON: {0}")]
    Json(String),
    #[error("empty file")]
    Empty,
}

/// How an input's bytes were compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    pub fn as_str(self) -> &'static str {
        match self {
            Compression::None => "none",
            Compression::Gzip => "gzip",
            Compression::Zstd => "zstd",
        }
    }
}

impl fmt::Display for Compression {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
