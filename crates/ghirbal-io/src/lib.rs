//! Reading inputs and writing records for ghirbal.
//!
//! Reading is three steps, each usable alone:
//! [`inputs`] expands command-line paths into [`InputSource`]s,
//! [`read_input`] loads one source (decompressing gzip and zstd under
//! [`Limits`]), and [`decode`] turns the bytes into text, guessing legacy
//! Arabic encodings when they are not UTF-8. Every failure is an
//! [`InputError`] for that one input, labelled with it.
//!
//! Writing is a [`RecordWriter`] over an [`Output`] (stdout, or a file
//! written atomically and compressed by extension) in one of the
//! [`Format`]s.

mod decode;
mod discover;
mod error;
mod read;
pub mod render;
mod write;

pub use decode::{decode, decode_with_tld, Decoded, DEFAULT_TLD};
pub use discover::{inputs, InputSource, STDIN_LABEL};
pub use error::{Compression, InputError, InputErrorKind};
pub use read::{
    compression_from_name, decompress, read_input, read_raw, Limits, RawInput, DEFAULT_MAX_BYTES,
};
pub use write::{Format, Output, RecordWriter, UnknownFormat, STDOUT_LABEL};

/// Reads and decodes one input: [`read_input`] then [`decode`].
pub fn load(source: &InputSource, limits: &Limits) -> Result<Loaded, InputError> {
    let raw = read_input(source, limits)?;
    let decoded = decode(&source.label(), raw.bytes)?;
    Ok(Loaded {
        decoded,
        compression: raw.compression,
        bytes_read: raw.bytes_read,
    })
}

/// One input read and decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub decoded: Decoded,
    pub compression: Compression,
    /// Bytes read from the file or stdin (the compressed size).
    pub bytes_read: u64,
}
