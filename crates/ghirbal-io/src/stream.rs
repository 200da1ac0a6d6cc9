//! One decompressed byte stream over a file as stored (plain, gzip members,
//! zstd frames), for readers of containers that must never hold the whole
//! file.
//!
//! Compressed streams are decoded member by member (frame by frame) rather
//! than with a multi-member decoder, because WARC readers need three things
//! a multi-member decoder hides: where each member starts in the stored
//! file (Common Crawl's record offsets), the ability to skip a corrupt
//! member and carry on with the next one, and the ability to give bytes
//! back when a record turns out to have swallowed the start of the next.

use std::collections::VecDeque;
use std::fmt;
use std::io::{self, BufRead, Read};
use std::mem;

use crate::error::{Compression, InputErrorKind};
use crate::read::Limits;

const RAW_BUFFER: usize = 256 << 10;
const READ_CHUNK: usize = 64 << 10;
/// Buffers start this small and grow fourfold while reads fill them, up to
/// the sizes above: most inputs are pages of a few KiB, and zeroing 320 KiB
/// of buffers for each of them cost more than extracting it.
const FIRST_BUFFER: usize = 8 << 10;
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];
/// The skippable frame the zstd WARC convention uses for its dictionary.
const ZSTD_DICT_FRAME: [u8; 4] = [0x5d, 0x2a, 0x4d, 0x18];
/// A dictionary larger than this is not a dictionary.
const MAX_DICTIONARY: usize = 64 << 20;

/// The stored bytes of a member kept for rewinding it. Common Crawl
/// members are tens of KiB; a member past this (a whole file gzipped at
/// once) is not kept, and a failure in it resyncs from where it was found.
const REWIND_CAP: usize = 8 << 20;

/// Stored bytes, buffered, with the offset of the next unconsumed one.
pub(crate) struct Raw<R> {
    inner: R,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    offset: u64,
    /// Set once the underlying reader failed: nothing after that can be
    /// trusted, so no resynchronisation is attempted.
    failed: bool,
    /// Bytes consumed since [`Raw::mark`], while under [`REWIND_CAP`].
    /// A corrupt deflate stream can run past its member's end and swallow
    /// the next members before its checksum fails; rewinding lets the
    /// search for the next member start inside what it swallowed.
    kept: Option<Vec<u8>>,
}

impl<R: Read> Raw<R> {
    pub(crate) fn new(inner: R) -> Self {
        Self {
            inner,
            buf: vec![0; FIRST_BUFFER],
            start: 0,
            end: 0,
            offset: 0,
            failed: false,
            kept: None,
        }
    }

    fn mark(&mut self) {
        let mut kept = self.kept.take().unwrap_or_default();
        kept.clear();
        self.kept = Some(kept);
    }

    fn unmark(&mut self) {
        self.kept = None;
    }

    /// Goes back to [`Raw::mark`]; `false` if the bytes were not kept.
    fn rewind(&mut self) -> bool {
        let Some(kept) = self.kept.take() else {
            return false;
        };
        if kept.len() <= self.start {
            self.start -= kept.len();
            self.buf[self.start..self.start + kept.len()].copy_from_slice(&kept);
        } else {
            let pending = &self.buf[self.start..self.end];
            let end = kept.len() + pending.len();
            let mut buf = vec![0; end.max(RAW_BUFFER)];
            buf[..kept.len()].copy_from_slice(&kept);
            buf[kept.len()..end].copy_from_slice(pending);
            self.buf = buf;
            self.start = 0;
            self.end = end;
        }
        self.offset -= kept.len() as u64;
        true
    }

    /// Stored offset of the next unconsumed byte.
    pub(crate) fn offset(&self) -> u64 {
        self.offset
    }

    /// At least `n` bytes without consuming them; fewer only at the end.
    pub(crate) fn peek(&mut self, n: usize) -> io::Result<&[u8]> {
        if self.end - self.start < n {
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
            if self.buf.len() < n {
                self.buf.resize(n, 0);
            }
            while self.end < n {
                match self.inner.read(&mut self.buf[self.end..]) {
                    Ok(0) => break,
                    Ok(k) => self.end += k,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        self.failed = true;
                        return Err(e);
                    }
                }
            }
        }
        Ok(&self.buf[self.start..self.end])
    }
}

impl<R: Read> Read for Raw<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Raw<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.start == self.end {
            if self.end == self.buf.len() && self.buf.len() < RAW_BUFFER {
                // The last read filled the buffer, all of it consumed.
                self.buf = vec![0; (self.buf.len() * 4).min(RAW_BUFFER)];
            }
            self.start = 0;
            self.end = 0;
            loop {
                match self.inner.read(&mut self.buf) {
                    Ok(k) => {
                        self.end = k;
                        break;
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        self.failed = true;
                        return Err(e);
                    }
                }
            }
        }
        Ok(&self.buf[self.start..self.end])
    }

    fn consume(&mut self, amt: usize) {
        let amt = amt.min(self.end - self.start);
        if let Some(kept) = &mut self.kept {
            if kept.len() + amt > REWIND_CAP {
                self.kept = None;
            } else {
                kept.extend_from_slice(&self.buf[self.start..self.start + amt]);
            }
        }
        self.start += amt;
        self.offset += amt as u64;
    }
}

enum State<R: Read> {
    /// Uncompressed: the stored bytes are the stream.
    Plain(Raw<R>),
    /// The next stored byte starts a member, or is the end.
    Between(Raw<R>),
    Gzip(Box<flate2::bufread::GzDecoder<Raw<R>>>),
    Zstd(Box<zstd::stream::read::Decoder<'static, Raw<R>>>),
    /// A member failed; [`Unpacked::resync`] looks for the next one.
    Broken(Raw<R>),
    /// Nothing more can be read.
    Ended,
}

/// A failure of the stored stream (not of the data it carries).
#[derive(Debug)]
pub(crate) struct StreamError {
    /// Stored offset of the member being decoded (of the failing byte for
    /// plain streams).
    pub(crate) stored_offset: u64,
    pub(crate) kind: InputErrorKind,
}

/// One line of the decompressed stream.
pub(crate) enum Line {
    /// A line with its `\n`.
    Full(Vec<u8>),
    /// What was left at the end, without `\n` (empty at the very end).
    End(Vec<u8>),
    TooLong,
}

/// What [`Unpacked::take`] got.
pub(crate) struct Taken {
    pub(crate) bytes: Vec<u8>,
    pub(crate) got: u64,
    pub(crate) error: Option<StreamError>,
}

/// Where a position of the decompressed stream comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// Stored offset of the gzip member or zstd frame the position falls in
    /// (the position itself for uncompressed files).
    pub stored: u64,
    /// Decompressed bytes from the start of that member to the position:
    /// 0 for Common Crawl files, where every record is a member of its own.
    pub within: u64,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.within == 0 {
            write!(f, "{}", self.stored)
        } else {
            write!(f, "{}+{}", self.stored, self.within)
        }
    }
}

/// The decompressed stream.
///
/// Positions are counted in decompressed bytes from the start of the
/// stream; bytes given back with [`Unpacked::unread`] get their positions
/// back too.
pub(crate) struct Unpacked<R: Read> {
    state: State<R>,
    compression: Compression,
    out: Vec<u8>,
    start: usize,
    /// Position of `out[start]`.
    pos: u64,
    /// (decompressed position, stored offset) of each member start that
    /// callers may still ask about.
    members: VecDeque<(u64, u64)>,
    /// Stored offset of the member being decoded.
    member: u64,
    /// Decompressed position where the member being decoded starts.
    member_pos: u64,
    /// See [`crate::Limits::max_ratio`].
    limits: Limits,
    dictionary: Option<Vec<u8>>,
    /// An error met while looking ahead, raised when the reader gets there.
    deferred: Option<StreamError>,
    scratch: Box<[u8]>,
}

impl<R: Read> Unpacked<R> {
    pub(crate) fn new(raw: Raw<R>, compression: Compression) -> Self {
        let state = match compression {
            Compression::None => State::Plain(raw),
            Compression::Gzip | Compression::Zstd => State::Between(raw),
        };
        Self {
            state,
            compression,
            out: Vec::new(),
            start: 0,
            pos: 0,
            members: VecDeque::new(),
            member: 0,
            member_pos: 0,
            limits: Limits::default().max_ratio(0),
            dictionary: None,
            deferred: None,
            // Allocated by the first compressed read: a plain file (most
            // inputs) never needs it, and zeroing it cost more than the read.
            scratch: Box::default(),
        }
    }

    pub(crate) fn compression(&self) -> Compression {
        self.compression
    }

    /// Fails members that expand past `limits.max_ratio`.
    pub(crate) fn with_ratio_limit(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// A member that has expanded past the ratio limit, judged on what it
    /// produced so far against the stored bytes it took.
    fn over_ratio(&self, stored_now: u64) -> bool {
        let decoded = self.pos + (self.out.len() - self.start) as u64 - self.member_pos;
        self.limits
            .ratio_exceeded(decoded, stored_now.saturating_sub(self.member))
    }

    /// Decompressed position of the next unconsumed byte.
    pub(crate) fn position(&self) -> u64 {
        self.pos
    }

    /// Stored bytes consumed so far.
    pub(crate) fn stored_offset(&self) -> u64 {
        match &self.state {
            State::Plain(raw) | State::Between(raw) | State::Broken(raw) => raw.offset(),
            State::Gzip(d) => d.get_ref().offset(),
            State::Zstd(d) => d.get_ref().offset(),
            State::Ended => self.member,
        }
    }

    /// Where decompressed position `pos` (not before the last call to
    /// [`Unpacked::forget_before`]) comes from.
    pub(crate) fn location(&self, pos: u64) -> Location {
        if self.compression == Compression::None {
            return Location {
                stored: pos,
                within: 0,
            };
        }
        match self.members.iter().rev().find(|(start, _)| *start <= pos) {
            Some(&(start, stored)) => Location {
                stored,
                within: pos - start,
            },
            None => Location {
                stored: 0,
                within: pos,
            },
        }
    }

    /// Whether decompressed position `pos` is the first byte of a member.
    pub(crate) fn starts_member(&self, pos: u64) -> bool {
        self.compression != Compression::None && self.members.iter().any(|&(p, _)| p == pos)
    }

    /// Drops what [`Unpacked::location`] needs for positions before `pos`.
    pub(crate) fn forget_before(&mut self, pos: u64) {
        while self.members.len() > 1 && self.members[1].0 <= pos {
            self.members.pop_front();
        }
    }

    /// The unconsumed bytes, reading more if there are none; empty at the
    /// end (or after an error, until [`Unpacked::resync`]).
    pub(crate) fn fill(&mut self) -> Result<&[u8], StreamError> {
        if self.start == self.out.len() {
            self.read_more()?;
        }
        Ok(&self.out[self.start..])
    }

    /// At least `n` unconsumed bytes; fewer only at the end.
    pub(crate) fn peek(&mut self, n: usize) -> Result<&[u8], StreamError> {
        while self.out.len() - self.start < n {
            if self.read_more()? == 0 {
                break;
            }
        }
        Ok(&self.out[self.start..])
    }

    /// The unconsumed bytes already decoded, without reading.
    pub(crate) fn buffered(&self) -> &[u8] {
        &self.out[self.start..]
    }

    /// Keeps `error` to be raised by the next read that needs more bytes
    /// than are buffered.
    pub(crate) fn defer(&mut self, error: StreamError) {
        self.deferred = Some(error);
    }

    /// The error [`Unpacked::peek_lenient`] kept, if it is all that is left.
    pub(crate) fn take_deferred(&mut self) -> Option<StreamError> {
        self.deferred.take()
    }

    /// Up to `n` bytes for a look at what the stream holds. An error on the
    /// way is kept for the read that reaches it, so a look ahead never fails
    /// what comes before the damage.
    pub(crate) fn peek_lenient(&mut self, n: usize) -> &[u8] {
        if let Err(error) = self.peek(n) {
            self.deferred = Some(error);
        }
        &self.out[self.start..]
    }

    pub(crate) fn consume(&mut self, n: usize) {
        let n = n.min(self.out.len() - self.start);
        self.start += n;
        self.pos += n as u64;
    }

    /// Gives back bytes just consumed, so they are read again.
    pub(crate) fn unread(&mut self, bytes: &[u8]) {
        if bytes.len() <= self.start {
            self.start -= bytes.len();
            self.out[self.start..self.start + bytes.len()].copy_from_slice(bytes);
        } else {
            let mut out = Vec::with_capacity(bytes.len() + self.out.len() - self.start);
            out.extend_from_slice(bytes);
            out.extend_from_slice(&self.out[self.start..]);
            self.out = out;
            self.start = 0;
        }
        self.pos -= bytes.len() as u64;
    }

    /// Reads one line, `\n` included. Past `max` bytes the rest of the
    /// line is skipped and [`Line::TooLong`] returned.
    pub(crate) fn read_line(&mut self, max: usize) -> Result<Line, StreamError> {
        let mut line = Vec::new();
        loop {
            let buf = self.fill()?;
            if buf.is_empty() {
                return Ok(Line::End(line));
            }
            let (n, complete) = match memchr::memchr(b'\n', buf) {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            if line.len() + n > max {
                self.consume(n);
                if !complete {
                    self.skip_line()?;
                }
                return Ok(Line::TooLong);
            }
            line.extend_from_slice(&buf[..n]);
            self.consume(n);
            if complete {
                return Ok(Line::Full(line));
            }
        }
    }

    fn skip_line(&mut self) -> Result<(), StreamError> {
        loop {
            let buf = self.fill()?;
            if buf.is_empty() {
                return Ok(());
            }
            match memchr::memchr(b'\n', buf) {
                Some(i) => {
                    self.consume(i + 1);
                    return Ok(());
                }
                None => {
                    let n = buf.len();
                    self.consume(n);
                }
            }
        }
    }

    /// Reads (or, without `keep`, skips) the next `n` bytes, stopping early
    /// at the end or at an error.
    pub(crate) fn take(&mut self, n: u64, keep: bool) -> Taken {
        let mut taken = Taken {
            bytes: Vec::new(),
            got: 0,
            error: None,
        };
        if keep {
            taken
                .bytes
                .reserve(usize::try_from(n).unwrap_or(0).min(64 << 20));
        }
        while taken.got < n {
            let buf = match self.fill() {
                Ok([]) => break,
                Ok(buf) => buf,
                Err(e) => {
                    taken.error = Some(e);
                    break;
                }
            };
            let k = buf
                .len()
                .min(usize::try_from(n - taken.got).unwrap_or(usize::MAX));
            if keep {
                taken.bytes.extend_from_slice(&buf[..k]);
            }
            self.consume(k);
            taken.got += k as u64;
        }
        taken
    }

    /// Reads everything left, failing past `limit` decompressed bytes with
    /// `Err(None)`.
    pub(crate) fn read_all(&mut self, limit: u64) -> Result<Vec<u8>, Option<StreamError>> {
        while self.read_more().map_err(Some)? > 0 {
            if (self.out.len() - self.start) as u64 > limit {
                return Err(None);
            }
        }
        if (self.out.len() - self.start) as u64 > limit {
            return Err(None);
        }
        let mut out = mem::take(&mut self.out);
        out.drain(..self.start);
        self.pos += out.len() as u64;
        self.start = 0;
        Ok(out)
    }

    /// After an error: skips to the next place decoding can start again.
    /// `false` when there is none (the end, an I/O error, or a corrupt
    /// uncompressed stream, which the caller resynchronises itself).
    pub(crate) fn resync(&mut self) -> bool {
        match mem::replace(&mut self.state, State::Ended) {
            State::Plain(raw) => {
                let ok = !raw.failed;
                if ok {
                    self.state = State::Plain(raw);
                }
                ok
            }
            State::Broken(mut raw) if !raw.failed => {
                let found = match self.compression {
                    Compression::Zstd => {
                        next_member(&mut raw, self.member, ZSTD_MAGIC[0], zstd_frame_start)
                    }
                    _ => next_member(&mut raw, self.member, GZIP_MAGIC[0], gzip_member_start),
                };
                if found {
                    self.state = State::Between(raw);
                }
                found
            }
            State::Broken(_) | State::Ended => false,
            state => {
                self.state = state;
                true
            }
        }
    }

    /// Appends decompressed bytes to `out`; 0 at the end.
    fn read_more(&mut self) -> Result<usize, StreamError> {
        if let Some(error) = self.deferred.take() {
            return Err(error);
        }
        if self.start > 0 && self.start >= self.out.len() / 2 {
            self.out.drain(..self.start);
            self.start = 0;
        }
        loop {
            match mem::replace(&mut self.state, State::Ended) {
                State::Plain(mut raw) => {
                    // Uncompressed bytes go from the reader's buffer
                    // straight onto `out`, without passing through `scratch`.
                    let result = raw.fill_buf().map(|bytes| {
                        self.out.extend_from_slice(bytes);
                        bytes.len()
                    });
                    if let Ok(n) = result {
                        raw.consume(n);
                    }
                    let offset = raw.offset();
                    self.state = State::Plain(raw);
                    return result.map_err(|e| StreamError {
                        stored_offset: offset,
                        kind: InputErrorKind::Io(e),
                    });
                }
                State::Between(raw) => self.start_member(raw)?,
                State::Gzip(mut decoder) => {
                    match append(&mut self.out, &mut self.scratch, &mut *decoder) {
                        Ok(0) => {
                            let mut raw = decoder.into_inner();
                            raw.unmark();
                            self.state = State::Between(raw);
                        }
                        Ok(n) => {
                            if self.over_ratio(decoder.get_ref().offset()) {
                                return Err(self.over_ratio_error(decoder.into_inner()));
                            }
                            self.state = State::Gzip(decoder);
                            return Ok(n);
                        }
                        Err(e) => return Err(self.broken(decoder.into_inner(), &e)),
                    }
                }
                State::Zstd(mut decoder) => {
                    match append(&mut self.out, &mut self.scratch, &mut *decoder) {
                        Ok(0) => match decoder.finish_frame() {
                            Ok(()) => {
                                let mut raw = decoder.finish();
                                raw.unmark();
                                self.state = State::Between(raw);
                            }
                            Err(e) => return Err(self.broken(decoder.finish(), &e)),
                        },
                        Ok(n) => {
                            if self.over_ratio(decoder.get_ref().offset()) {
                                return Err(self.over_ratio_error(decoder.finish()));
                            }
                            self.state = State::Zstd(decoder);
                            return Ok(n);
                        }
                        Err(e) => return Err(self.broken(decoder.finish(), &e)),
                    }
                }
                state @ (State::Broken(_) | State::Ended) => {
                    self.state = state;
                    return Ok(0);
                }
            }
        }
    }

    /// Starts decoding the member at the stored position, if there is one.
    fn start_member(&mut self, mut raw: Raw<R>) -> Result<(), StreamError> {
        let format = self.compression;
        let offset = raw.offset();
        let head = match raw.peek(8) {
            Ok(head) => head,
            Err(e) => {
                self.member = offset;
                return Err(self.broken(raw, &e));
            }
        };
        if head.is_empty() {
            // The end; `Ended` keeps the offset for `stored_offset`.
            self.member = offset;
            return Ok(());
        }
        let magic: &[u8] = if format == Compression::Zstd {
            &ZSTD_MAGIC
        } else {
            &GZIP_MAGIC
        };
        let decoded_pos = self.pos + (self.out.len() - self.start) as u64;
        if format == Compression::Zstd && head.starts_with(&ZSTD_DICT_FRAME) && head.len() >= 8 {
            return self.read_dictionary(raw);
        }
        // Skippable zstd frames (0x184D2A5?) are skipped by the decoder.
        let skippable = format == Compression::Zstd
            && head.len() >= 4
            && head[0] & 0xf0 == 0x50
            && head[1..4] == [0x2a, 0x4d, 0x18];
        if !head.starts_with(magic) && !skippable {
            self.member = offset;
            let kind = if head.len() < magic.len() && magic.starts_with(head) {
                InputErrorKind::Truncated {
                    format,
                    compressed_bytes: offset + head.len() as u64,
                }
            } else {
                InputErrorKind::Corrupt {
                    format,
                    reason: format!("no {format} member starts at byte {offset}"),
                }
            };
            self.state = State::Broken(raw);
            return Err(StreamError {
                stored_offset: offset,
                kind,
            });
        }
        self.member = offset;
        if self
            .members
            .back()
            .is_some_and(|&(pos, _)| pos == decoded_pos)
        {
            // An empty member before: the position belongs to this one.
            self.members.pop_back();
        }
        self.members.push_back((decoded_pos, offset));
        self.member_pos = decoded_pos;
        raw.mark();
        self.state = match format {
            Compression::Zstd => {
                let dictionary = self.dictionary.as_deref().unwrap_or(&[]);
                match zstd::stream::read::Decoder::try_with_dictionary(raw, dictionary) {
                    Ok(decoder) => State::Zstd(Box::new(decoder.single_frame())),
                    Err((raw, e)) => return Err(self.broken(raw, &e)),
                }
            }
            _ => State::Gzip(Box::new(flate2::bufread::GzDecoder::new(raw))),
        };
        Ok(())
    }

    /// The zstd WARC convention puts a dictionary in a skippable frame at
    /// the start; every other frame needs it.
    fn read_dictionary(&mut self, mut raw: Raw<R>) -> Result<(), StreamError> {
        let offset = raw.offset();
        self.member = offset;
        let corrupt = |reason: String| InputErrorKind::Corrupt {
            format: Compression::Zstd,
            reason,
        };
        let result = (|| {
            let head = raw.peek(8).map_err(InputErrorKind::Io)?;
            let len = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as usize;
            if len > MAX_DICTIONARY {
                return Err(corrupt(format!("dictionary frame of {len} bytes")));
            }
            let frame = raw.peek(8 + len).map_err(InputErrorKind::Io)?;
            if frame.len() < 8 + len {
                return Err(InputErrorKind::Truncated {
                    format: Compression::Zstd,
                    compressed_bytes: offset + frame.len() as u64,
                });
            }
            let data = &frame[8..8 + len];
            let dictionary = if data.starts_with(&ZSTD_MAGIC) {
                zstd::bulk::decompress(data, MAX_DICTIONARY)
                    .map_err(|e| corrupt(format!("dictionary: {e}")))?
            } else {
                data.to_vec()
            };
            raw.consume(8 + len);
            Ok(dictionary)
        })();
        match result {
            Ok(dictionary) => {
                self.dictionary = Some(dictionary);
                self.state = State::Between(raw);
                Ok(())
            }
            Err(kind) => {
                self.state = State::Broken(raw);
                Err(StreamError {
                    stored_offset: offset,
                    kind,
                })
            }
        }
    }

    fn over_ratio_error(&mut self, raw: Raw<R>) -> StreamError {
        let kind = InputErrorKind::RatioTooHigh {
            format: self.compression,
            limit: self.limits.max_ratio,
        };
        self.broken_with(raw, kind)
    }

    fn broken(&mut self, raw: Raw<R>, error: &io::Error) -> StreamError {
        let format = self.compression;
        let kind = if raw.failed {
            InputErrorKind::Io(io::Error::new(error.kind(), error.to_string()))
        } else if error.kind() == io::ErrorKind::UnexpectedEof {
            InputErrorKind::Truncated {
                format,
                compressed_bytes: raw.offset(),
            }
        } else {
            InputErrorKind::Corrupt {
                format,
                reason: error.to_string(),
            }
        };
        self.broken_with(raw, kind)
    }

    fn broken_with(&mut self, mut raw: Raw<R>, kind: InputErrorKind) -> StreamError {
        let stored_offset = self.member;
        if !raw.failed {
            // The search for the next member starts just after this one's
            // start, not where the decoder gave up.
            raw.rewind();
        }
        self.state = State::Broken(raw);
        StreamError {
            stored_offset,
            kind,
        }
    }
}

/// Reads once from `reader` onto the end of `out`. The read goes through
/// `scratch`, zeroed once per size, because zeroing a fresh chunk of `out` for every
/// read (most of which return far less) costs more than copying what came.
fn append(out: &mut Vec<u8>, scratch: &mut Box<[u8]>, reader: &mut impl Read) -> io::Result<usize> {
    if scratch.is_empty() {
        *scratch = vec![0; FIRST_BUFFER].into_boxed_slice();
    }
    loop {
        match reader.read(scratch) {
            Ok(n) => {
                out.extend_from_slice(&scratch[..n]);
                if n == scratch.len() && n < READ_CHUNK {
                    *scratch = vec![0; (n * 4).min(READ_CHUNK)].into_boxed_slice();
                }
                return Ok(n);
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

/// Moves `raw` to the next plausible member start after `after`.
fn next_member<R: Read>(
    raw: &mut Raw<R>,
    after: u64,
    first: u8,
    plausible: fn(&[u8]) -> bool,
) -> bool {
    loop {
        if raw.offset() <= after {
            let skip = (after + 1 - raw.offset()).min(RAW_BUFFER as u64) as usize;
            match raw.peek(skip) {
                Ok([]) => return false,
                Ok(_) => raw.consume(skip),
                Err(_) => return false,
            }
            continue;
        }
        let buf = match raw.fill_buf() {
            Ok([]) => return false,
            Ok(buf) => buf,
            Err(_) => return false,
        };
        match memchr::memchr(first, buf) {
            None => {
                let n = buf.len();
                raw.consume(n);
            }
            Some(at) => {
                raw.consume(at);
                match raw.peek(10) {
                    Ok(head) if plausible(head) => return true,
                    Ok([]) => return false,
                    Ok(_) => raw.consume(1),
                    Err(_) => return false,
                }
            }
        }
    }
}

fn gzip_member_start(head: &[u8]) -> bool {
    // Magic, deflate, no reserved flag bits, a known OS byte: random bytes
    // pass this about once in 10^9 positions.
    head.len() >= 10
        && head.starts_with(&[0x1f, 0x8b, 0x08])
        && head[3] & 0xe0 == 0
        && (head[9] <= 13 || head[9] == 255)
}

fn zstd_frame_start(head: &[u8]) -> bool {
    // Magic and a frame header descriptor without the reserved bit.
    head.len() >= 5 && head.starts_with(&ZSTD_MAGIC) && head[4] & 0x08 == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(bytes).unwrap();
        enc.finish().unwrap()
    }

    fn unpacked(bytes: &[u8], compression: Compression) -> Unpacked<&[u8]> {
        Unpacked::new(Raw::new(bytes), compression)
    }

    #[test]
    fn members_are_located() {
        let a = gzip(b"first member\n");
        let b = gzip(b"second\n");
        let mut all = a.clone();
        all.extend(&b);
        let mut s = unpacked(&all, Compression::Gzip);
        let text = s.read_all(1 << 20).unwrap();
        assert_eq!(text, b"first member\nsecond\n");
        assert_eq!(s.location(0).to_string(), "0");
        assert_eq!(s.location(13).to_string(), a.len().to_string());
        assert_eq!(s.location(15).to_string(), format!("{}+2", a.len()));
        assert_eq!(s.stored_offset(), all.len() as u64);
    }

    #[test]
    fn unread_restores_positions() {
        let mut s = unpacked(b"abcdef", Compression::None);
        assert_eq!(s.peek(4).unwrap(), b"abcdef");
        s.consume(4);
        s.unread(b"cd");
        assert_eq!(s.position(), 2);
        assert_eq!(s.fill().unwrap(), b"cdef");
    }

    #[test]
    fn a_corrupt_member_is_skipped() {
        let a = gzip(&b"one ".repeat(500));
        let mut bad = gzip(&b"two ".repeat(500));
        let mid = bad.len() / 2;
        bad[mid..mid + 6].fill(0xff);
        let c = gzip(b"three");
        let all = [a.clone(), bad.clone(), c].concat();
        let mut s = unpacked(&all, Compression::Gzip);
        let mut got = Vec::new();
        let mut errors = Vec::new();
        loop {
            match s.fill() {
                Ok([]) => {
                    if !s.resync() {
                        break;
                    }
                    if s.fill().map(|b| b.is_empty()).unwrap_or(false) {
                        break;
                    }
                }
                Ok(buf) => {
                    let n = buf.len();
                    got.extend_from_slice(buf);
                    s.consume(n);
                }
                Err(e) => {
                    errors.push(e.stored_offset);
                    assert!(s.resync());
                }
            }
        }
        assert_eq!(errors, [a.len() as u64]);
        assert!(got.ends_with(b"three"));
        assert!(got.starts_with(&b"one ".repeat(500)));
    }

    #[test]
    fn truncation_is_reported() {
        let a = gzip(&b"abc".repeat(1000));
        let mut s = unpacked(&a[..a.len() / 2], Compression::Gzip);
        let err = s.read_all(1 << 20).unwrap_err().unwrap();
        assert!(
            matches!(err.kind, InputErrorKind::Truncated { .. }),
            "{:?}",
            err.kind
        );
        assert!(!s.resync());
    }
}
