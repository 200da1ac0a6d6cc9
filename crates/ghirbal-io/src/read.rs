use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use crate::discover::InputSource;
use crate::error::{Compression, InputError, InputErrorKind};

/// Default for [`Limits::max_bytes`]: far above any news page, low enough
/// that a few of them per thread fit in memory.
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;

/// Default for [`Limits::max_ratio`]. HTML and text compress 4 to 15 times
/// with gzip or zstd; a stream that expands 100 times is almost all
/// repetition, which is what a decompression bomb is made of.
pub const DEFAULT_MAX_RATIO: u64 = 100;

/// Decompressed bytes a member may produce before [`Limits::max_ratio`] is
/// checked: small pages (a short page padded with whitespace) can compress
/// very well, and cost nothing however well they compress.
pub const RATIO_FLOOR: u64 = 1 << 20;

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];

/// Caps on what one input may cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Largest input accepted, in bytes, both as stored and after
    /// decompression. Capping the decompressed size is what turns a
    /// decompression bomb into an error for that input instead of an
    /// out-of-memory abort for the whole run.
    pub max_bytes: u64,
    /// Largest decompressed:stored ratio of a gzip member or zstd frame
    /// once it has produced [`RATIO_FLOOR`] bytes (0: no limit). Checked
    /// per member, so a WARC of many well-compressed records is never
    /// flagged as a whole; a bomb fails after [`RATIO_FLOOR`] bytes instead
    /// of costing `max_bytes` of memory and the time to inflate them.
    pub max_ratio: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_bytes: DEFAULT_MAX_BYTES,
            max_ratio: DEFAULT_MAX_RATIO,
        }
    }
}

impl Limits {
    /// The default limits with `max_bytes` set.
    pub fn with_max_bytes(max_bytes: u64) -> Self {
        Self {
            max_bytes,
            ..Self::default()
        }
    }

    /// These limits with `max_ratio` set (0: no limit).
    pub fn max_ratio(self, max_ratio: u64) -> Self {
        Self { max_ratio, ..self }
    }

    /// Whether `decompressed` bytes out of `stored` bytes break
    /// [`Limits::max_ratio`].
    pub fn ratio_exceeded(&self, decompressed: u64, stored: u64) -> bool {
        self.max_ratio > 0
            && decompressed > RATIO_FLOOR
            && decompressed / stored.max(1) >= self.max_ratio
    }
}

/// One input's bytes, decompressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawInput {
    pub bytes: Vec<u8>,
    pub compression: Compression,
    /// Bytes read from the file or stdin (the compressed size).
    pub bytes_read: u64,
}

/// Reads one input and decompresses it: [`read_raw`] then [`decompress`].
pub fn read_input(source: &InputSource, limits: &Limits) -> Result<RawInput, InputError> {
    let raw = read_raw(source, limits)?;
    let bytes_read = raw.len() as u64;
    let (bytes, compression) = decompress(&source.label(), source.path(), raw, limits)?;
    Ok(RawInput {
        bytes,
        compression,
        bytes_read,
    })
}

/// Reads one input's bytes as stored, up to `limits.max_bytes`.
pub fn read_raw(source: &InputSource, limits: &Limits) -> Result<Vec<u8>, InputError> {
    let label = source.label();
    let io_err = |e| InputError::new(label.clone(), InputErrorKind::Io(e));
    match source {
        InputSource::Stdin => read_limited(io::stdin().lock(), &label, 0, limits.max_bytes),
        InputSource::File(path) => {
            let file = File::open(path).map_err(io_err)?;
            let meta = file.metadata().map_err(io_err)?;
            // Checked before reading so an oversized file costs nothing; the
            // capped read below still covers files that grow meanwhile and
            // special files whose size metadata says nothing.
            if meta.is_file() && meta.len() > limits.max_bytes {
                return Err(InputError::new(
                    label,
                    InputErrorKind::TooLarge {
                        limit: limits.max_bytes,
                    },
                ));
            }
            read_limited(file, &label, meta.len(), limits.max_bytes)
        }
    }
}

fn read_limited(
    reader: impl Read,
    label: &str,
    size_hint: u64,
    limit: u64,
) -> Result<Vec<u8>, InputError> {
    let mut buf = Vec::with_capacity(capacity(size_hint, limit));
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(|e| InputError::new(label, InputErrorKind::Io(e)))?;
    if buf.len() as u64 > limit {
        return Err(InputError::new(label, InputErrorKind::TooLarge { limit }));
    }
    Ok(buf)
}

fn capacity(size_hint: u64, limit: u64) -> usize {
    // +1 lets read_to_end see EOF without growing the buffer.
    usize::try_from(size_hint.min(limit).saturating_add(1)).unwrap_or(usize::MAX)
}

/// Decompresses gzip (including concatenated members) and zstd, recognised
/// by their magic bytes; anything else is returned unchanged.
///
/// `name` is only consulted when the magic bytes say nothing: a `.gz` or
/// `.zst` file that does not start like one is reported (truncated or not
/// compressed) instead of being read as text, since that is almost always a
/// broken download.
pub fn decompress(
    label: &str,
    name: Option<&Path>,
    raw: Vec<u8>,
    limits: &Limits,
) -> Result<(Vec<u8>, Compression), InputError> {
    let format = match sniff(&raw) {
        Some(format) => format,
        None => {
            check_claimed_compression(label, name, &raw)?;
            return Ok((raw, Compression::None));
        }
    };
    let compressed_bytes = raw.len() as u64;
    let limit = limits.max_bytes;
    let mut out = Vec::with_capacity(capacity(compressed_bytes.saturating_mul(4), limit));
    let result = match format {
        Compression::Gzip => flate2::read::MultiGzDecoder::new(raw.as_slice())
            .take(limit.saturating_add(1))
            .read_to_end(&mut out),
        Compression::Zstd => zstd::stream::read::Decoder::with_buffer(raw.as_slice())
            .and_then(|d| d.take(limit.saturating_add(1)).read_to_end(&mut out)),
        Compression::None => return Ok((raw, Compression::None)),
    };
    let kind = match result {
        Ok(_) if out.len() as u64 > limit => InputErrorKind::DecompressedTooLarge { format, limit },
        Ok(_) if limits.ratio_exceeded(out.len() as u64, compressed_bytes) => {
            InputErrorKind::RatioTooHigh {
                format,
                limit: limits.max_ratio,
            }
        }
        Ok(_) => return Ok((out, format)),
        // Both decoders report input that ends inside a stream this way.
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => InputErrorKind::Truncated {
            format,
            compressed_bytes,
        },
        Err(e) => InputErrorKind::Corrupt {
            format,
            reason: e.to_string(),
        },
    };
    Err(InputError::new(label, kind))
}

/// A `.gz` or `.zst` name on bytes without the magic: a broken download
/// (truncated before the magic ends) or a file misnamed. `start` is the
/// file's first bytes (at least 4 unless the file is shorter).
pub(crate) fn check_claimed_compression(
    label: &str,
    name: Option<&Path>,
    start: &[u8],
) -> Result<(), InputError> {
    let Some(claimed) = name.and_then(compression_from_name) else {
        return Ok(());
    };
    if start.is_empty() || claimed == Compression::None {
        // Let text decoding report it as empty, like any empty file.
        return Ok(());
    }
    let kind = if magic(claimed).starts_with(start) {
        InputErrorKind::Truncated {
            format: claimed,
            compressed_bytes: start.len() as u64,
        }
    } else {
        InputErrorKind::Corrupt {
            format: claimed,
            reason: "not compressed (wrong magic bytes)".to_string(),
        }
    };
    Err(InputError::new(label, kind))
}

/// The compression a file name claims (`.gz`, `.zst`, `.zstd`).
pub fn compression_from_name(name: &Path) -> Option<Compression> {
    let ext = name.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "gz" => Some(Compression::Gzip),
        "zst" | "zstd" => Some(Compression::Zstd),
        _ => None,
    }
}

pub(crate) fn sniff(bytes: &[u8]) -> Option<Compression> {
    if bytes.starts_with(GZIP_MAGIC) {
        Some(Compression::Gzip)
    } else if bytes.starts_with(ZSTD_MAGIC) || starts_with_skippable_frame(bytes) {
        Some(Compression::Zstd)
    } else {
        None
    }
}

/// zstd skippable frames (0x184D2A50..5F): the zstd WARC convention starts
/// files with one holding the dictionary.
fn starts_with_skippable_frame(bytes: &[u8]) -> bool {
    bytes.len() >= 4 && bytes[0] & 0xf0 == 0x50 && bytes[1..4] == [0x2a, 0x4d, 0x18]
}

fn magic(format: Compression) -> &'static [u8] {
    match format {
        Compression::Gzip => GZIP_MAGIC,
        Compression::Zstd => ZSTD_MAGIC,
        Compression::None => &[],
    }
}
