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
Extract one article record from each text dump.

Each INPUT is a file, a directory (walked recursively in name order; dotfiles \
are skipped and symlink loops are cut), or - for standard input. Files \
compressed with gzip or zstd are decompressed, whatever their name. Text is \
read as UTF-8, or UTF-16 with a byte order mark; anything else is taken for a \
legacy encoding, guessed (windows-1256, ISO-8859-6, …) and noted in the \
record's warnings.

Records are written in input order, whatever --threads is.

An input that cannot be read (missing, unreadable, binary, empty, a truncated \
archive, over --max-bytes) is reported on stderr as `error: INPUT: reason` and \
skipped; the other inputs are still written.";

const EXTRACT_AFTER_HELP: &str = "\
Examples:
  ghirbal extract page.txt
      One record, as a JSON line on stdout.
  ghirbal extract crawl/ -o articles.jsonl.zst
      A whole tree into one zstd-compressed file (.gz works too).
  ghirbal extract --format markdown page.txt | less
      Read the extracted article as a document.
  ghirbal extract --explain --format text page.txt
      See what each line was taken for, and why.
  curl -s https://example.com/page.txt | ghirbal extract -
      Read standard input.
  ghirbal extract crawl/ -o out.jsonl --errors failed.jsonl -q
      Batch run: keep going, log failures as JSON lines, print nothing.
  ghirbal extract
      Try it on the bundled sample corpus.

Exit status:
  0  every input was read
  1  some inputs failed (the others were written), or the output could not be written
  2  usage error";

#[derive(Debug, Args)]
#[command(
    about = "Extract article records from text dumps of news pages",
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

    /// Instead of records, print every input line with the class it was given
    /// and why (aligned columns for text and markdown, JSON objects
    /// {input,line,class,reason,text} for jsonl and json)
    #[arg(long)]
    pub explain: bool,

    /// Worker threads [default: all cores]
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// Fail inputs larger than this, as stored or once decompressed (bytes,
    /// or with a K, M or G suffix: 64M = 64 MiB)
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_bytes: u64,

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
}
