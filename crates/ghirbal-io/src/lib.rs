//! Reading inputs and writing records for ghirbal.
//!
//! Reading is three steps, each usable alone:
//! [`inputs`] expands command-line paths into [`InputSource`]s,
//! [`open_input`] opens one source and decides what it holds (see
//! [`detect_format`]; [`ReadOptions::format`] forces it), and
//! [`Document::decode`] turns a document's bytes into text. Every failure is
//! an [`InputError`] for that one input (or record), labelled with it.
//!
//! A plain file (a text dump, an HTML page) is read whole, under
//! [`Limits`], decompressing gzip and zstd: an [`Opened::Document`]. A WARC,
//! WET or JSON Lines file is an [`Opened::Container`], an iterator that reads
//! one record or line at a time, so a file of any size costs one record of
//! memory; [`Limits`] then applies to each record.
//!
//! # Container labels
//!
//! A container's documents are labelled `PATH#N`. For JSON Lines, `N` is the
//! line number, from 1. For WARC and WET, `N` is where the record starts in
//! the file as stored:
//! - uncompressed: the byte offset of its `WARC/1.x` line;
//! - gzip or zstd with one member (frame) per record, as Common Crawl and
//!   the WARC standard do it: the byte offset of that member, the number
//!   the Common Crawl index gives, so `tail -c +$((N+1)) FILE | zcat` starts
//!   with the record;
//! - a member holding several records (a whole file gzipped at once):
//!   `MEMBER+DELTA`, the member's offset and the record's offset within the
//!   member's decompressed bytes. See [`Location`].
//!
//! # Damage
//!
//! A damaged record is one error and reading goes on: a truncated record, a
//! `Content-Length` that is too long (the records it swallowed are looked
//! for inside it) or too short (the garbage after it is skipped up to the
//! next `WARC/1.` line), a corrupt gzip member or zstd frame (decoding starts
//! again at the next member, searched for from just after the broken one's
//! start). A file stops early only when nothing further can be found or the
//! underlying read fails. Records that are not pages (requests, metadata,
//! non-200 or non-HTML responses, …) are not errors: they are counted in
//! [`Container::skipped`].
//!
//! # Charsets
//!
//! Text dumps go through [`decode`]; HTML through [`decode_html`], which
//! follows the byte order mark, the HTTP charset, the `<meta>` prescan,
//! then guesses, and corrects pages whose declaration is wrong.
//!
//! Writing is a [`RecordWriter`] over an [`Output`] (stdout, or a file
//! written atomically and compressed by extension) in one of the
//! [`Format`]s.

mod container;
mod decode;
mod discover;
mod error;
mod format;
mod http;
mod json;
mod jsonl;
mod lines;
mod prescan;
mod read;
pub mod render;
mod stream;
mod warc;
mod write;

pub use container::{
    open_input, Container, Document, Opened, Page, ReadOptions, SkipReason, Skipped,
};
pub use decode::{decode, decode_html, decode_with_tld, Decoded, DEFAULT_TLD};
pub use discover::{inputs, InputSource, STDIN_LABEL};
pub use error::{Compression, InputError, InputErrorKind};
pub use format::{
    detect_format, format_from_name, sniff_html, DocKind, InputFormat, UnknownInputFormat,
};
pub use lines::{open_stream, read_line_limited, Line};
pub use read::{
    compression_from_name, decompress, read_input, read_raw, Limits, RawInput, DEFAULT_MAX_BYTES,
    DEFAULT_MAX_RATIO, RATIO_FLOOR,
};
pub use stream::Location;
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
