use std::fmt;
use std::io::{self, BufWriter, Stdout, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use ghirbal_record::Article;
use tempfile::NamedTempFile;

use crate::error::Compression;
use crate::read::compression_from_name;
use crate::render;

/// The name standard output gets in messages.
pub const STDOUT_LABEL: &str = "<stdout>";

const BUFFER: usize = 256 << 10;

/// Output formats for records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Format {
    /// One compact JSON object per line.
    #[default]
    Jsonl,
    /// A JSON array, one compact record per line.
    Json,
    /// A readable page per record, records separated by `---`.
    Markdown,
    /// Title, summary and body as plain text, records separated by `---`.
    Text,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Jsonl, Format::Json, Format::Markdown, Format::Text];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Text => "text",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An unknown format name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown format `{0}` (expected jsonl, json, markdown or text)")]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "jsonl" | "ndjson" => Ok(Format::Jsonl),
            "json" => Ok(Format::Json),
            "markdown" | "md" => Ok(Format::Markdown),
            "text" | "txt" => Ok(Format::Text),
            _ => Err(UnknownFormat(s.to_string())),
        }
    }
}

/// Standard output, or a file written atomically and compressed by its
/// extension (`.gz`, `.zst`).
///
/// A file is written to a temporary dotfile next to it and renamed over the
/// target by [`Output::finish`]; dropping an unfinished `Output` deletes the
/// temporary file, so an interrupted or failed run never leaves a
/// half-written output behind (or destroys the previous one). The dotfile
/// name also keeps a run over the output's own directory from reading it.
///
/// Write errors carry the target in their message and keep their
/// [`io::ErrorKind`], so callers can still spot [`io::ErrorKind::BrokenPipe`].
#[derive(Debug)]
pub struct Output {
    target: String,
    sink: Sink,
}

#[derive(Debug)]
enum Sink {
    Stdout(BufWriter<Stdout>),
    File {
        writer: BufWriter<Encoder>,
        path: PathBuf,
    },
}

enum Encoder {
    Plain(NamedTempFile),
    Gzip(flate2::write::GzEncoder<NamedTempFile>),
    Zstd(zstd::stream::write::Encoder<'static, NamedTempFile>),
}

impl fmt::Debug for Encoder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Encoder::Plain(_) => "Plain",
            Encoder::Gzip(_) => "Gzip",
            Encoder::Zstd(_) => "Zstd",
        })
    }
}

impl Encoder {
    fn get_mut(&mut self) -> &mut dyn Write {
        match self {
            Encoder::Plain(w) => w,
            Encoder::Gzip(w) => w,
            Encoder::Zstd(w) => w,
        }
    }

    fn finish(self) -> io::Result<NamedTempFile> {
        match self {
            Encoder::Plain(w) => Ok(w),
            Encoder::Gzip(w) => w.finish(),
            Encoder::Zstd(w) => w.finish(),
        }
    }
}

impl Write for Encoder {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.get_mut().write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.get_mut().flush()
    }
}

impl Output {
    pub fn stdout() -> Self {
        Self {
            target: STDOUT_LABEL.to_string(),
            sink: Sink::Stdout(BufWriter::with_capacity(BUFFER, io::stdout())),
        }
    }

    /// Starts writing `path`; nothing appears at `path` until
    /// [`Output::finish`].
    pub fn create(path: &Path) -> io::Result<Self> {
        let target = path.display().to_string();
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let mut builder = tempfile::Builder::new();
        builder.prefix(".ghirbal-").suffix(".tmp");
        // NamedTempFile defaults to 0600; an output file should get the
        // usual umask-derived mode like any file the user creates.
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
        let file = builder.tempfile_in(dir).map_err(|e| context(&target, &e))?;
        let encoder = match compression_from_name(path) {
            None | Some(Compression::None) => Encoder::Plain(file),
            Some(Compression::Gzip) => Encoder::Gzip(flate2::write::GzEncoder::new(
                file,
                flate2::Compression::default(),
            )),
            Some(Compression::Zstd) => Encoder::Zstd(
                zstd::stream::write::Encoder::new(file, 0).map_err(|e| context(&target, &e))?,
            ),
        };
        Ok(Self {
            target,
            sink: Sink::File {
                writer: BufWriter::with_capacity(BUFFER, encoder),
                path: path.to_path_buf(),
            },
        })
    }

    /// `None` is standard output.
    pub fn open(path: Option<&Path>) -> io::Result<Self> {
        path.map_or_else(|| Ok(Self::stdout()), Self::create)
    }

    /// The path, or [`STDOUT_LABEL`].
    pub fn target(&self) -> &str {
        &self.target
    }

    /// Flushes, ends the compressed stream, syncs and renames the file into
    /// place.
    pub fn finish(self) -> io::Result<()> {
        let target = self.target;
        let result = match self.sink {
            Sink::Stdout(mut w) => w.flush(),
            Sink::File { writer, path } => (|| {
                let encoder = writer
                    .into_inner()
                    .map_err(io::IntoInnerError::into_error)?;
                let file = encoder.finish()?;
                file.as_file().sync_all()?;
                file.persist(&path).map_err(|e| e.error)?;
                Ok(())
            })(),
        };
        result.map_err(|e| context(&target, &e))
    }

    fn writer(&mut self) -> &mut dyn Write {
        match &mut self.sink {
            Sink::Stdout(w) => w,
            Sink::File { writer, .. } => writer,
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer()
            .write(buf)
            .map_err(|e| context(&self.target, &e))
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.writer()
            .write_all(buf)
            .map_err(|e| context(&self.target, &e))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer().flush().map_err(|e| context(&self.target, &e))
    }
}

fn context(target: &str, error: &io::Error) -> io::Error {
    io::Error::new(error.kind(), format!("{target}: {error}"))
}

/// Writes records in one [`Format`].
#[derive(Debug)]
pub struct RecordWriter<W: Write = Output> {
    out: W,
    format: Format,
    count: u64,
    /// One record's JSON, reused: a record reaches `out` in one write.
    json: Vec<u8>,
}

impl RecordWriter<Output> {
    /// Writes to `path` (compressed by extension, atomically) or, with
    /// `None`, to standard output.
    pub fn create(path: Option<&Path>, format: Format) -> io::Result<Self> {
        Ok(Self::new(Output::open(path)?, format))
    }

    /// Ends the format and finishes the output: until this returns `Ok`, a
    /// file output does not exist.
    pub fn close(self) -> io::Result<()> {
        self.finish()?.finish()
    }
}

impl<W: Write> RecordWriter<W> {
    pub fn new(out: W, format: Format) -> Self {
        Self {
            out,
            format,
            count: 0,
            json: Vec::new(),
        }
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// Records written so far.
    pub fn count(&self) -> u64 {
        self.count
    }

    pub fn write(&mut self, article: &Article) -> io::Result<()> {
        let first = self.count == 0;
        match self.format {
            Format::Jsonl => {
                self.json.clear();
                crate::json::write_article(&mut self.json, article)?;
                self.json.push(b'\n');
                self.out.write_all(&self.json)?;
            }
            Format::Json => {
                self.json.clear();
                self.json
                    .extend_from_slice(if first { b"[\n" } else { b",\n" });
                crate::json::write_article(&mut self.json, article)?;
                self.out.write_all(&self.json)?;
            }
            Format::Markdown | Format::Text => {
                if !first {
                    self.out.write_all(b"\n---\n\n")?;
                }
                let rendered = if self.format == Format::Markdown {
                    render::markdown(article)
                } else {
                    render::text(article)
                };
                self.out.write_all(rendered.as_bytes())?;
            }
        }
        self.count += 1;
        Ok(())
    }

    /// Pushes buffered records out, for outputs someone is watching.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Ends the format (closes a JSON array), flushes and hands back the
    /// writer.
    pub fn finish(mut self) -> io::Result<W> {
        if self.format == Format::Json {
            self.out
                .write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}
