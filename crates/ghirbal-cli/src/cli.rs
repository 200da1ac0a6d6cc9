//! The command line: every flag, its help and its parsing.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "ghirbal",
    version,
    about = "Turns crawled Arabic news pages into clean article records.",
    long_about = "Turns crawled Arabic news pages into clean article records: title, dates, \
                  authors, dateline, sources, summary and body blocks, with the site chrome, \
                  related links and footers sifted out.",
    after_help = "Run `ghirbal extract --help` to get started; `ghirbal extract` with no \
                  input runs on the bundled sample corpus.",
    propagate_version = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Extract(ExtractArgs),
    /// Print the JSON Schema of one record (draft 2020-12).
    #[command(
        long_about = "Print the JSON Schema (draft 2020-12) of one record, as written by \
                      `ghirbal extract` in the jsonl and json formats. docs/record.md explains \
                      each field."
    )]
    Schema,
}

const EXTRACT_LONG_ABOUT: &str = "\
Extract article records from news pages: text dumps, HTML pages, and the \
pages inside WARC, WET and JSON Lines files.

Each INPUT is a file, a directory (walked recursively in name order; dotfiles \
are skipped and symlink loops are cut), or - for standard input. Files \
compressed with gzip or zstd are decompressed, whatever their name.

What a file holds is detected from its first bytes and its name; \
--input-format forces one reading for every input.

html: .html, .htm, .xhtml, or content that starts with <!doctype html>, \
<html>, <head>, <body> or <meta> (after a BOM, spaces and comments).

warc: content starting with a WARC/1.0 or WARC/1.1 line, or .warc. Each \
`response` record with status 200 and an HTML payload is a page, labelled \
FILE#OFFSET, with its WARC-Target-URI as url. warcinfo, request, metadata \
and revisit records, non-200 and non-HTML responses are skipped and counted \
in the summary; `resource` records are read by their Content-Type.

wet: .wet (Common Crawl's .warc.wet.gz). Each `conversion` record is a text \
dump, labelled FILE#OFFSET, with its url.

jsonl: .jsonl, .ndjson, or a first line like {\"html\": ...}. Each line's \
--html-field is an HTML page, labelled FILE#LINE (from 1), with the line's \
url field if it has one.

text: anything else, one text dump per file.

OFFSET is where the record starts in the file as stored: for .warc.gz files \
written one gzip member per record (Common Crawl, and the WARC standard's \
advice), the byte offset of that member, the number the Common Crawl index \
gives; for uncompressed files, the offset of the record's WARC/1.x line. \
When one gzip member holds several records, it is MEMBER+N, N being the \
record's offset in the member's decompressed bytes.

WARC, WET and JSON Lines files are streamed one record at a time, so their \
size does not matter, and --max-bytes applies to each record or line. A \
damaged record (cut short, a Content-Length that lies, a corrupt gzip \
member) or a bad JSON line is one error; reading goes on with the next \
record or line when it can be found.

HTML is decoded by its byte order mark, its HTTP charset, its <meta> \
declaration, else a guess (windows-1256, ISO-8859-6, … hinted by the url's \
country); a page declared windows-1256 that is really UTF-8 is read as UTF-8. \
Text dumps are read as UTF-8, or UTF-16 with a byte order mark (or without \
one, when every other byte is 0x00 or 0x06), else a guessed legacy encoding. Guesses and corrections are noted in the record's \
warnings.

Records are written in input order, whatever --threads is.

An input that cannot be read (missing, unreadable, binary, empty, a truncated \
archive, a damaged record) is reported on stderr as `error: INPUT: reason` \
and skipped; the other inputs are still written.

Limits keep one hostile input from costing the whole run its memory or \
time: --max-bytes (size), --max-ratio (decompression bombs), --max-depth \
(HTML nesting) and --max-doc-secs (time). An input past a limit is one \
failed input like any other, its reason naming the flag; raise the limit \
and run again on the inputs listed by --errors if they were real pages.";

const EXTRACT_AFTER_HELP: &str = "\
Examples:
  ghirbal extract page.txt
      One record, as a JSON line on stdout.
  ghirbal extract page.html saved-pages/
      HTML pages, each decoded from its own charset.
  ghirbal extract CC-MAIN-20240301-00042.warc.gz -o articles.jsonl.zst
      Every HTML page of a Common Crawl WARC into one zstd-compressed file
      (.gz works too); inputs are labelled CC-MAIN-….warc.gz#OFFSET.
  ghirbal extract CC-MAIN-20240301-00042.warc.wet.gz
      The text of every page of a WET file, read as text dumps.
  ghirbal extract --html-field content pages.jsonl.gz
      JSON Lines whose `content` field holds the HTML; inputs are FILE#LINE.
  zcat crawl.warc.gz | ghirbal extract --input-format warc -
      A WARC on standard input.
  ghirbal extract --input-format html mirror/
      Files without an extension, all HTML.
  ghirbal extract crawl/ -o out.jsonl --errors failed.jsonl -q
      Batch run: keep going, log failures as JSON lines, print nothing.
  ghirbal extract --format markdown page.txt | less
      Read the extracted article as a document.
  ghirbal extract --explain --format text page.txt
      See what each line of a text dump was taken for, and why.
  ghirbal extract
      Try it on the bundled sample corpus.

Exit status:
  0  every input was read
  1  some inputs failed (the others were written), or the output could not be written
  2  usage error";

#[derive(Debug, Args)]
#[command(
    about = "Extract article records from news pages: text dumps, HTML, WARC, WET, JSON Lines",
    long_about = EXTRACT_LONG_ABOUT,
    after_help = EXTRACT_AFTER_HELP
)]
pub struct ExtractArgs {
    /// Files, directories (recursive) or - for stdin [default: the bundled
    /// sample corpus]
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Write to FILE instead of stdout; compressed if it ends in .gz or .zst.
    /// The file appears only once the run is complete.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Output format
    #[arg(short, long, value_enum, default_value_t = FormatArg::Jsonl)]
    pub format: FormatArg,

    /// How to read every input, instead of detecting it per file
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = InputFormatArg::Auto)]
    pub input_format: InputFormatArg,

    /// The JSON Lines field that holds each page's HTML
    #[arg(long, value_name = "NAME", default_value = "html")]
    pub html_field: String,

    /// Instead of records, print every line of each text dump with the class
    /// it was given and why (aligned columns for text and markdown, JSON
    /// objects {input,line,class,reason,text} for jsonl and json). HTML
    /// pages are not explained.
    #[arg(long)]
    pub explain: bool,

    /// Worker threads [default: all cores]
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// Fail inputs larger than this, as stored or once decompressed; for
    /// WARC, WET and JSON Lines, each record or line (bytes, or with a K, M
    /// or G suffix: 64M = 64 MiB)
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_bytes: u64,

    /// Fail compressed data that expands more than N times its stored size
    /// (0: no limit). Pages compress 4 to 15 times; a decompression bomb
    /// compresses a thousand times, and would otherwise cost --max-bytes of
    /// memory per thread before failing. Checked for each gzip member or
    /// zstd frame (a Common Crawl WARC has one per record, so a bomb fails
    /// one record) and each HTTP Content-Encoding, once it has given 1 MiB.
    #[arg(long, value_name = "N", default_value_t = ghirbal_io::DEFAULT_MAX_RATIO)]
    pub max_ratio: u64,

    /// Fail HTML pages whose elements nest deeper than N levels. Parsing
    /// time grows with the square of the depth, and real pages nest a few
    /// dozen levels; thousands mean a broken or hostile page.
    #[arg(long, value_name = "N", default_value_t = ghirbal_extract::DEFAULT_MAX_DEPTH as u32,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub max_depth: u32,

    /// Fail a document whose decoding and extraction take longer than this
    /// (seconds, fractions allowed; 0: no limit). The clock is read between
    /// the steps of extraction, so one pathological page costs about this
    /// long and fails alone, instead of stalling a worker for the rest of
    /// the run.
    #[arg(long, value_name = "SECS", default_value = "10", value_parser = parse_secs)]
    pub max_doc_secs: f64,

    /// Also write each failed input to FILE as a JSON line {input, error}
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,

    /// Print nothing on stderr but fatal errors: no progress, no per-input
    /// errors, no summary (the exit status still tells; see --errors)
    #[arg(short, long)]
    pub quiet: bool,
}

/// Output formats, as clap sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// One JSON record per line
    Jsonl,
    /// A JSON array of records
    Json,
    /// A readable document per record
    #[value(alias = "md")]
    Markdown,
    /// Title, summary and body as plain text
    Text,
}

/// Input formats, as clap sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    /// Detect each input from its first bytes and its name
    Auto,
    /// Every input is one text dump
    Text,
    /// Every input is one HTML page
    Html,
    /// WARC files (.warc, .warc.gz, .warc.zst)
    Warc,
    /// WET files: WARC with text in `conversion` records
    Wet,
    /// JSON Lines with the HTML in --html-field
    #[value(alias = "ndjson")]
    Jsonl,
}

impl From<InputFormatArg> for ghirbal_io::InputFormat {
    fn from(format: InputFormatArg) -> Self {
        match format {
            InputFormatArg::Auto => ghirbal_io::InputFormat::Auto,
            InputFormatArg::Text => ghirbal_io::InputFormat::Text,
            InputFormatArg::Html => ghirbal_io::InputFormat::Html,
            InputFormatArg::Warc => ghirbal_io::InputFormat::Warc,
            InputFormatArg::Wet => ghirbal_io::InputFormat::Wet,
            InputFormatArg::Jsonl => ghirbal_io::InputFormat::Jsonl,
        }
    }
}

impl From<FormatArg> for ghirbal_io::Format {
    fn from(format: FormatArg) -> Self {
        match format {
            FormatArg::Jsonl => ghirbal_io::Format::Jsonl,
            FormatArg::Json => ghirbal_io::Format::Json,
            FormatArg::Markdown => ghirbal_io::Format::Markdown,
            FormatArg::Text => ghirbal_io::Format::Text,
        }
    }
}

/// Parses `1234`, `64K`, `64M`, `1G` (binary multiples; `KB`, `KiB`, `k` all
/// accepted, since people type all of them).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (digits, unit) = s.split_at(split);
    let number: u64 = digits
        .parse()
        .map_err(|_| format!("`{s}` is not a size like 4096, 64K or 64M"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(format!("unknown size unit in `{s}` (use K, M or G)")),
    };
    if number == 0 {
        return Err("the size must be at least 1 byte".to_string());
    }
    number
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("`{s}` is too large"))
}

/// Parses a non-negative number of seconds.
pub fn parse_secs(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(secs) if (0.0..1e9).contains(&secs) => Ok(secs),
        _ => Err(format!("`{s}` is not a number of seconds like 10 or 0.5")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("2kib"), Ok(2048));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12X").is_err());
        assert!(parse_size("M").is_err());
        assert!(parse_size("99999999999999G").is_err());
    }

    #[test]
    fn seconds() {
        assert_eq!(parse_secs("10"), Ok(10.0));
        assert_eq!(parse_secs("0.5"), Ok(0.5));
        assert_eq!(parse_secs("0"), Ok(0.0));
        assert!(parse_secs("-1").is_err());
        assert!(parse_secs("inf").is_err());
        assert!(parse_secs("ten").is_err());
    }
}
