//! Line-by-line reading of (possibly compressed) JSON Lines for corpus
//! commands, which stream records instead of loading files.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use crate::error::{Compression, InputError, InputErrorKind};
use crate::read::{check_claimed_compression, sniff};

const BUFFER: usize = 256 << 10;

/// Opens `path` (or standard input for `-`) as one decompressed stream:
/// gzip (all members) and zstd are recognised by their magic bytes.
pub fn open_stream(path: &Path) -> Result<Box<dyn BufRead + Send>, InputError> {
    let label = path.display().to_string();
    let io_err = |e: io::Error| InputError::new(&label, InputErrorKind::Io(e));
    let raw: Box<dyn Read + Send> = if path.as_os_str() == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(File::open(path).map_err(io_err)?)
    };
    let mut raw = BufReader::with_capacity(BUFFER, raw);
    let head = raw.fill_buf().map_err(io_err)?;
    let name = (path.as_os_str() != "-").then_some(path);
    Ok(match sniff(head) {
        Some(Compression::Gzip) => Box::new(BufReader::with_capacity(
            BUFFER,
            flate2::bufread::MultiGzDecoder::new(raw),
        )),
        Some(Compression::Zstd) => Box::new(BufReader::with_capacity(
            BUFFER,
            zstd::stream::read::Decoder::with_buffer(raw).map_err(io_err)?,
        )),
        _ => {
            check_claimed_compression(&label, name, head)?;
            Box::new(raw)
        }
    })
}

/// What [`read_line_limited`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// A line is in the buffer (without its `\n`).
    Read,
    /// The line was longer than the limit: its bytes were skipped, not
    /// kept; the buffer is empty.
    TooLong(u64),
    End,
}

/// Reads one line into `buf` (cleared first), keeping at most `max` bytes
/// in memory: a longer line is consumed and reported with its length.
pub fn read_line_limited(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    max: u64,
) -> io::Result<Line> {
    buf.clear();
    let mut len = 0u64;
    let mut any = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        if len + take as u64 <= max {
            buf.extend_from_slice(&chunk[..take]);
        } else if !buf.is_empty() {
            buf.clear();
            buf.shrink_to(BUFFER);
        }
        len += take as u64;
        reader.consume(take + usize::from(done));
        if done {
            break;
        }
    }
    if !any {
        return Ok(Line::End);
    }
    if len > max {
        return Ok(Line::TooLong(len));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Line::Read)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_skipped_not_kept() {
        let data = format!("a\n{}\nb", "x".repeat(100));
        let mut r = io::Cursor::new(data.into_bytes());
        let mut buf = Vec::new();
        assert_eq!(read_line_limited(&mut r, &mut buf, 10).unwrap(), Line::Read);
        assert_eq!(buf, b"a");
        assert_eq!(
            read_line_limited(&mut r, &mut buf, 10).unwrap(),
            Line::TooLong(100)
        );
        assert!(buf.is_empty());
        assert_eq!(read_line_limited(&mut r, &mut buf, 10).unwrap(), Line::Read);
        assert_eq!(buf, b"b");
        assert_eq!(read_line_limited(&mut r, &mut buf, 10).unwrap(), Line::End);
    }
}
