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
    after_help = "Start with `ghirbal build` (no input: the bundled sample corpus), which \
                  extracts, filters and deduplicates into a folder with a report; \
                  `ghirbal extract` gives the records of single pages. To search what you \
                  built: `ghirbal index`, then `ghirbal search` or `ghirbal serve`. Every \
                  command's --help explains it with examples.",
    propagate_version = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Build(BuildArgs),
    Extract(ExtractArgs),
    Dedup(DedupArgs),
    Profile(ProfileArgs),
    /// Print the JSON Schema of one record (draft 2020-12).
    #[command(
        long_about = "Print the JSON Schema (draft 2020-12) of one record, as written by \
                      `ghirbal extract` in the jsonl and json formats. docs/record.md explains \
                      each field."
    )]
    Schema,
    Index(IndexArgs),
    Search(SearchArgs),
    Serve(ServeArgs),
}

const INDEX_AFTER_HELP: &str = "\
Examples:
  ghirbal extract crawl/ -o articles.jsonl.zst && ghirbal index articles.jsonl.zst -o news.idx
      Extract, then index the records.
  ghirbal index out/shards/ more.jsonl.gz -o news.idx
      A directory of record shards (*.jsonl, *.jsonl.gz, *.jsonl.zst, found
      recursively, in name order) and another file, into one index.

Title, summary and body are indexed twice: as folded words (hamza and alef
forms, ى/ي, ة/ه, diacritics, tatweel and Arabic-Indic digits all folded) and
as folded words stemmed with light10 (clitics and inflection endings
stripped); common Arabic function words are left out. Site, agencies, lang,
tags, the publication date and the dedup cluster are indexed for filters and
facets. Each record is stored whole, for `ghirbal search` and `ghirbal serve`.

A line that is not a record is reported (`error: FILE#LINE: reason`) and
skipped; the exit status is then 1. The index directory must not exist, or
be empty.";

#[derive(Debug, Args)]
#[command(
    about = "Build a search index from JSON Lines records (ghirbal extract/dedup/build output)",
    after_help = INDEX_AFTER_HELP
)]
pub struct IndexArgs {
    /// Record files (.jsonl, .jsonl.gz, .jsonl.zst) or directories of them.
    #[arg(value_name = "CORPUS", required = true)]
    pub inputs: Vec<PathBuf>,

    /// The index directory to create.
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,

    /// Indexing threads (default: all cores but one, at least 1).
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// Indexing memory budget in MiB.
    #[arg(long, value_name = "MIB", default_value_t = 256)]
    pub memory: usize,

    /// Print nothing but errors.
    #[arg(short, long)]
    pub quiet: bool,
}

const SEARCH_AFTER_HELP: &str = "\
Query language:
  words              every word must match, in any spelling that folds equal:
                     الأمريكية = الامريكيه, مستشفى = مستشفي, ٢٠١٨ = 2018,
                     and any inflection light10 joins (المعلمون = والمعلمين)
  \"a phrase\"         words in this order (also «…»)
  -word              without this word
  site:NAME          site whose name contains NAME (site:bbc, site:\"سكاي نيوز\")
  agency:CODE        wire agency, by code or Arabic name (agency:AFP, agency:رويترز)
  from:DATE to:DATE  published from/to, inclusive: YYYY, YYYY-MM or YYYY-MM-DD
  lang:CODE          record language (lang:ar)
  Arabic keys work too: موقع: وكالة: من: إلى: لغة:

Names news spells many ways are expanded from an alias table: داعش finds
تنظيم الدولة and تنظيم الدولة الإسلامية, أمريكي finds أميركي. The defaults
are printed by `ghirbal search --print-aliases`; add your own groups with
--aliases FILE (one group a line, spellings separated by |, # comments).

Examples:
  ghirbal search news.idx 'داعش الموصل'
  ghirbal search news.idx '\"مجلس الأمن\" site:bbc from:2018-03 to:2018-04'
  ghirbal search news.idx 'أسعار النفط agency:رويترز' --limit 20 --json | jq .hits[].title
  ghirbal search news.idx 'الحوثيين' --aliases my-aliases.txt";

#[derive(Debug, Args)]
#[command(
    about = "Search an index: folded Arabic matching, aliases, filters, highlighted snippets",
    after_help = SEARCH_AFTER_HELP
)]
pub struct SearchArgs {
    /// An index made by `ghirbal index`.
    #[arg(value_name = "INDEX", required_unless_present = "print_aliases")]
    pub index: Option<PathBuf>,

    /// The query (see below); quote it for the shell.
    #[arg(value_name = "QUERY", required_unless_present = "print_aliases")]
    pub query: Option<String>,

    /// Number of results (1 to 100).
    #[arg(short = 'n', long, default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..=100))]
    pub limit: u16,

    /// Skip this many results first (paging).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,

    /// Print the results as one JSON object (hits with snippets, facets).
    #[arg(long)]
    pub json: bool,

    /// More alias groups (one a line, spellings separated by |).
    #[arg(long, value_name = "FILE")]
    pub aliases: Option<PathBuf>,

    /// Print the default alias table and exit.
    #[arg(long)]
    pub print_aliases: bool,
}

const SERVE_AFTER_HELP: &str = "\
The page (in Arabic, right to left) has a search box, facets by site, agency
and month, results with the matched words marked, and an article view with
dates, authors, dateline, captions and credits, sources, the body, and the
same story on other sites (records that `ghirbal dedup` put in one
cluster). It loads nothing from elsewhere and works offline.

The JSON API:
  GET /api/search?q=QUERY&limit=10&offset=0&facets=true
  GET /api/article/ID
  GET /api/openapi.json          the OpenAPI 3.1 description
Errors are JSON {\"error\": {\"status\", \"message\"}} with a 4xx status when
the request is at fault. The server only reads; stop it with Ctrl-C.

Examples:
  ghirbal serve news.idx                        then open http://127.0.0.1:8080/
  ghirbal serve news.idx --addr 0.0.0.0:9000    listen on every interface
  curl -s 'http://127.0.0.1:8080/api/search?q=%D8%AF%D8%A7%D8%B9%D8%B4' | jq .total";

#[derive(Debug, Args)]
#[command(
    about = "Serve a search page and JSON API over an index (read-only, offline)",
    after_help = SERVE_AFTER_HELP
)]
pub struct ServeArgs {
    /// An index made by `ghirbal index`.
    #[arg(value_name = "INDEX")]
    pub index: PathBuf,

    /// Address to listen on; port 0 picks a free port (printed).
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,

    /// More alias groups (one a line, spellings separated by |).
    #[arg(long, value_name = "FILE")]
    pub aliases: Option<PathBuf>,
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

    /// Drop body blocks that a site profile (from `ghirbal profile`) marks
    /// as its site's chrome; the site is the record's `site`, else its url's
    /// host, else --site
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,

    /// The site to use with --profile for inputs that name none (text dumps)
    #[arg(long, value_name = "NAME", requires = "profile")]
    pub site: Option<String>,

    /// Do not learn site furniture from the inputs. By default the text
    /// dumps of a folder with 20 or more files are first read once to find
    /// the lines that recur on many of them (menus, share bars, sign-offs),
    /// which are then chrome in every dump of that folder
    #[arg(long)]
    pub no_learn: bool,

    /// Print nothing on stderr but fatal errors: no progress, no per-input
    /// errors, no summary (the exit status still tells; see --errors)
    #[arg(short, long)]
    pub quiet: bool,
}

const DEDUP_LONG_ABOUT: &str = "\
Find exact and near-duplicate records in JSON Lines and cluster them.

Input: ghirbal records (from `ghirbal extract`), or any JSON Lines whose \
objects have `text` and `id` (datatrove, dolma); `published` (ISO 8601), \
when present, decides which copy is kept. Files may be gzip or zstd \
compressed; - reads standard input.

Every record comes out exactly once, in input order, with a `dedup` field \
added last (all other bytes of the line unchanged):
  {\"cluster\": ID, \"size\": N, \"duplicate_of\": ID or null, \"kind\": \"exact\"|\"near\"|null}
`cluster` is the id of the record the cluster keeps, so it is stable across \
runs, --threads and however the input is split into files.

How: texts are folded as search keys (alef and hamza forms, ى/ي, ة/ه, \
diacritics, tatweel, digits, punctuation), cut into word shingles and \
MinHashed; LSH bands propose pairs, and a pair is a duplicate when its \
estimated Jaccard similarity reaches --threshold. Records with the same \
folded text are `exact` duplicates; the others `near`. The kept record is \
the earliest published, then the longest, then the first seen; a record is \
only ever marked as a duplicate of a record it resembles itself.

Memory: signatures and band buckets spill to a folder (--spill-dir, default \
the system temp folder), so the corpus may be far larger than --memory; \
what stays in memory is about 10 bytes per record.

A line that is not a JSON object, has no `text`, or is over --max-bytes is \
reported as `error: FILE:LINE: reason` and skipped; a record with an empty \
text is reported and kept as unique.";

const DEDUP_AFTER_HELP: &str = "\
Examples:
  ghirbal dedup articles.jsonl -o annotated.jsonl
      Annotate every record with its cluster.
  ghirbal dedup shard-*.jsonl.zst --drop -o kept.jsonl.zst --removed dups.jsonl.zst
      Keep one record per cluster; the duplicates go to their own file.
  ghirbal extract crawl/ | ghirbal dedup - --drop > unique.jsonl
      Extract, then drop duplicates, in one pipe.
  ghirbal dedup big/*.jsonl.zst --memory 1G --spill-dir /scratch -o out.jsonl.zst
      A corpus larger than memory.

Exit status:
  0  every line was read
  1  some lines or inputs failed (the rest was written), or the output could not be written
  2  usage error";

#[derive(Debug, Args)]
#[command(
    about = "Cluster exact and near-duplicate records (MinHash LSH over Arabic-folded text)",
    long_about = DEDUP_LONG_ABOUT,
    after_help = DEDUP_AFTER_HELP
)]
pub struct DedupArgs {
    /// JSON Lines files (.gz/.zst too), or - for stdin
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,

    /// Write to FILE instead of stdout; compressed if it ends in .gz or .zst.
    /// The file appears only once the run is complete.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Write only the kept record of each cluster
    #[arg(long)]
    pub drop: bool,

    /// Write the records --drop leaves out to FILE (annotated)
    #[arg(long, value_name = "FILE", requires = "drop")]
    pub removed: Option<PathBuf>,

    /// Words per shingle
    #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub shingle: u16,

    /// LSH bands
    #[arg(long, value_name = "B", default_value_t = 28, value_parser = clap::value_parser!(u16).range(1..=512))]
    pub bands: u16,

    /// Rows per band (bands × rows = MinHash permutations)
    #[arg(long, value_name = "R", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub rows: u16,

    /// Estimated Jaccard similarity of folded shingles at which two records
    /// are duplicates
    #[arg(long, value_name = "J", default_value_t = 0.5, value_parser = parse_fraction)]
    pub threshold: f32,

    /// Memory budget for dedup's own tables (K, M, G)
    #[arg(long, value_name = "SIZE", default_value = "2G", value_parser = parse_size)]
    pub memory: u64,

    /// Folder for spill files [default: the system temp folder]
    #[arg(long, value_name = "DIR")]
    pub spill_dir: Option<PathBuf>,

    /// Fingerprint each text without the lines this site profile (from
    /// `ghirbal profile`) marks as its site's chrome, so copies that differ
    /// only in chrome match; records are written unchanged
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,

    /// Worker threads [default: all cores]
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// Skip lines longer than this (K, M, G)
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_bytes: u64,

    /// Also write each failed line to FILE as a JSON line {input, line, error}
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,

    /// Print nothing on stderr but fatal errors
    #[arg(short, long)]
    pub quiet: bool,
}

const BUILD_LONG_ABOUT: &str = "\
Build a clean corpus: extract every page, detect languages, measure quality, \
drop what fails, cluster duplicates and keep one of each, and write the \
result with a record of everything removed and why.

Steps (each resumable: OUTDIR/manifest.json records the finished ones, so \
running the same command again after an interruption, even kill -9, picks up \
where it stopped and produces the same bytes):
  1. extract   the same as `ghirbal extract` (text dumps, HTML, WARC/WET, \
               JSON Lines; failures go to removed/errors.jsonl)
  2. annotate  language of the body and of each block (ar, fa, ur, ps, ckb, \
               ug, sd, en, fr; Arabizi flagged) and quality signals; records \
               outside --langs or failing a quality filter go to \
               removed/filtered.jsonl.zst with their reasons in `quality.reasons`
  3. dedup     as `ghirbal dedup`; duplicates go to removed/duplicates.jsonl.zst
  4. report    stats.json and report.html (a self-contained page of charts)

The kept records are OUTDIR/shards/part-NNNNN.jsonl.zst, or .parquet with \
--parquet.

Quality filters default to FineWeb-2's arb_Arab settings (duplicate lines \
0.304, top 2/3/4-gram 0.197/0.172/0.146, duplicate 5..10-grams \
0.165..0.109, line punctuation 0.143 counting ، ؛ ؟ ۔, new lines 0.189, \
duplicate-line characters 0.1, mean word length 2-9, alphabetic words 0.787, \
2 stop words) plus AraMix's rule (lines ending in punctuation: 0% or at least \
5%). --config FILE.toml overrides any of them by name, e.g.
  min_words = 30
  dup_line_frac = 0.25";

#[derive(Debug, Args)]
#[command(
    about = "Build a clean, deduplicated corpus with a report: extract → language → quality → dedup",
    long_about = BUILD_LONG_ABOUT,
    after_help = "Examples:\n  ghirbal build\n      The bundled sample corpus into ghirbal-build/.\n  \
                  ghirbal build crawl/*.warc.gz -o corpus --memory 4G\n  \
                  ghirbal build dumps/ -o corpus --config strict.toml --langs ar,en\n\n\
                  Exit status: 0 all inputs read; 1 some inputs failed (the rest was built); 2 usage"
)]
pub struct BuildArgs {
    /// Files, directories, or - for stdin [default: the bundled sample corpus]
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Output folder
    #[arg(short, long, value_name = "DIR", default_value = "ghirbal-build")]
    pub output: PathBuf,

    /// TOML file overriding quality thresholds by name
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Languages to keep (comma-separated codes)
    #[arg(
        long,
        value_name = "CODES",
        default_value = "ar",
        value_delimiter = ','
    )]
    pub langs: Vec<String>,

    /// Write the shards as Parquet (shards/part-NNNNN.parquet: an Arrow
    /// schema with nested blocks and images, read by pandas, pyarrow, DuckDB
    /// and Spark) instead of JSON Lines
    #[arg(long)]
    pub parquet: bool,

    /// Records per output shard
    #[arg(long, value_name = "N", default_value_t = 50_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub shard_records: u64,

    /// A site profile (`ghirbal profile`): drop learned chrome blocks
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,

    /// Memory budget for dedup (K, M, G)
    #[arg(long, value_name = "SIZE", default_value = "2G", value_parser = parse_size)]
    pub memory: u64,

    /// Worker threads [default: all cores]
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// Fail inputs larger than this (K, M, G)
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_bytes: u64,

    /// Start over, ignoring what an earlier run left in the output folder
    #[arg(long)]
    pub fresh: bool,

    /// Print nothing on stderr but fatal errors
    #[arg(short, long)]
    pub quiet: bool,
}

const PROFILE_LONG_ABOUT: &str = "\
Learn each site's boilerplate from a corpus: lines (share bars, \"follow us\" \
lines, copyright and newsletter lines, the paper's sign-off) that recur in \
many of a site's pages. The result is a site profile (JSON, readable and \
editable) that `ghirbal extract --profile` and `ghirbal dedup --profile` use \
to drop those lines.

Input: JSON Lines, plain or .gz/.zst: ghirbal records (their body blocks \
are the lines) or any objects with `text` (split at line breaks). A record's \
site is its `site` field, else `source`, else the host of its `url`.

Lines are compared by their folded search key, so spelling variants count \
together. A line is chrome when it occurs in at least --min-docs pages of its \
site and at least --min-share of them; sites with fewer than --min-site-docs \
pages are left out.";

#[derive(Debug, Args)]
#[command(
    about = "Learn each site's recurring boilerplate lines into a site profile",
    long_about = PROFILE_LONG_ABOUT,
    after_help = "Examples:\n  ghirbal profile records.jsonl.zst -o sites.json\n  \
                  ghirbal extract --profile sites.json crawl.warc.gz\n  \
                  ghirbal dedup --profile sites.json records.jsonl"
)]
pub struct ProfileArgs {
    /// JSON Lines files (.gz/.zst too), or - for stdin
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,

    /// Where to write the profile [default: stdout]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Pages of its site a line must occur in
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub min_docs: u32,

    /// Share of its site's pages a line must occur in
    #[arg(long, value_name = "F", default_value_t = 0.01, value_parser = parse_fraction)]
    pub min_share: f32,

    /// Sites with fewer pages are not profiled
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub min_site_docs: u32,

    /// Skip lines longer than this (K, M, G)
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_bytes: u64,

    /// Print nothing on stderr but fatal errors
    #[arg(short, long)]
    pub quiet: bool,
}

fn parse_fraction(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(v) if v > 0.0 && v <= 1.0 => Ok(v),
        _ => Err(format!("`{s}` is not a number in (0, 1]")),
    }
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
