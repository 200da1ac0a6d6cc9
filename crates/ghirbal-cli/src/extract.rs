//! `ghirbal extract`: inputs → records, in parallel, written in input order.

use std::io::{self, IsTerminal};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::CommandFactory;
use ghirbal_extract::{extract_dump, Extraction, Options};
use ghirbal_io::{decode, decompress, inputs, read_raw, InputError, InputSource, Limits, Output};
use rayon::prelude::*;

use crate::cli::{Cli, ExtractArgs};
use crate::explain::ExplainWriter;
use crate::progress::{Progress, Stats};

/// The sample corpus that ships with the repository, used when no input is
/// given so a first `ghirbal extract` shows something.
const SAMPLE_CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");

/// Inputs in flight per worker thread. Results are written in input order
/// between batches, so this bounds memory (texts and records of one batch at
/// a time) while keeping enough work queued that a slow input rarely idles
/// the other threads.
const BATCH_PER_THREAD: usize = 16;

/// One input's fate.
struct Outcome {
    input: String,
    bytes_read: u64,
    result: Result<Extraction, String>,
}

enum Writer {
    Records(ghirbal_io::RecordWriter<Output>),
    Explain(ExplainWriter<Output>),
}

impl Writer {
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Writer::Records(w) => w.flush(),
            Writer::Explain(w) => w.flush(),
        }
    }
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let paths = if args.inputs.is_empty() {
        vec![sample_corpus(args.quiet)]
    } else {
        args.inputs
    };
    let threads = match args.threads {
        Some(n) => usize::from(n),
        None => std::thread::available_parallelism().map_or(1, usize::from),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("ghirbal-{i}"))
        .build()
        .context("starting worker threads")?;

    let items = inputs(&paths);
    let total = items.len() as u64;

    let output_path = args.output.as_deref().filter(|p| p.as_os_str() != "-");
    let output = Output::open(output_path)?;
    let format = args.format.into();
    let mut writer = if args.explain {
        Writer::Explain(ExplainWriter::new(output, format))
    } else {
        Writer::Records(ghirbal_io::RecordWriter::new(output, format))
    };
    let mut errors = args.errors.as_deref().map(Output::create).transpose()?;

    // A bar on the terminal that is also showing the records would be torn
    // up by them.
    let records_on_terminal = output_path.is_none() && io::stdout().is_terminal();
    let show_bar = !args.quiet && io::stderr().is_terminal() && !records_on_terminal;
    let progress = Progress::new(total, show_bar);

    let limits = Limits::with_max_bytes(args.max_bytes);
    let options = Options {
        explain: args.explain,
    };
    let mut stats = Stats::default();
    let mut items = items.into_iter();
    loop {
        let batch: Vec<_> = items.by_ref().take(threads * BATCH_PER_THREAD).collect();
        if batch.is_empty() {
            break;
        }
        let outcomes: Vec<Outcome> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|item| {
                    let outcome = process(item, &limits, &options);
                    progress.advance(outcome.bytes_read);
                    outcome
                })
                .collect()
        });
        for outcome in outcomes {
            stats.inputs += 1;
            stats.bytes_read += outcome.bytes_read;
            match outcome.result {
                Ok(extraction) => {
                    stats.records += 1;
                    stats.warnings += extraction.article.warnings.len() as u64;
                    match &mut writer {
                        Writer::Records(w) => w.write(&extraction.article)?,
                        Writer::Explain(w) => w.write(&outcome.input, &extraction.explain)?,
                    }
                }
                Err(reason) => {
                    stats.errors += 1;
                    if !args.quiet {
                        progress.eprintln(&format!("error: {}: {reason}", outcome.input));
                    }
                    if let Some(errors) = &mut errors {
                        let line = serde_json::json!({ "input": outcome.input, "error": reason });
                        serde_json::to_writer(&mut *errors, &line)?;
                        io::Write::write_all(errors, b"\n")?;
                    }
                }
            }
        }
        if records_on_terminal {
            // Otherwise a long run on a terminal shows nothing until the
            // output buffer fills.
            writer.flush()?;
        }
    }

    match writer {
        Writer::Records(w) => w.close()?,
        Writer::Explain(w) => w.finish()?.finish()?,
    }
    if let Some(errors) = errors {
        errors.finish()?;
    }
    progress.clear();
    if !args.quiet {
        progress.eprintln(&stats.summary(start.elapsed(), args.explain));
    }
    Ok(if stats.errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn process(item: Result<InputSource, InputError>, limits: &Limits, options: &Options) -> Outcome {
    let source = match item {
        Ok(source) => source,
        Err(e) => return failed(&e, 0),
    };
    let input = source.label();
    let raw = match read_raw(&source, limits) {
        Ok(raw) => raw,
        Err(e) => return failed(&e, 0),
    };
    let bytes_read = raw.len() as u64;
    let decoded = match decompress(&input, source.path(), raw, limits)
        .and_then(|(bytes, _)| decode(&input, bytes))
    {
        Ok(decoded) => decoded,
        Err(e) => return failed(&e, bytes_read),
    };
    let (text, io_warnings) = (decoded.text, decoded.warnings);
    // One pathological page must not take down a run over millions: a panic
    // in the extractor fails that input only.
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut extraction = extract_dump(&input, &text, options);
        extraction.article.warnings.extend(io_warnings);
        extraction
    }))
    .map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        format!("internal error in the extractor (please report): {message}")
    });
    Outcome {
        input,
        bytes_read,
        result,
    }
}

fn failed(error: &InputError, bytes_read: u64) -> Outcome {
    Outcome {
        input: error.input().to_string(),
        bytes_read,
        result: Err(error.reason()),
    }
}

/// The bundled sample corpus, shown relative to the working directory when
/// it is below it (so labels and record ids do not depend on where the
/// repository is checked out when run from its root). Missing: usage error.
fn sample_corpus(quiet: bool) -> PathBuf {
    let dir = match std::fs::canonicalize(SAMPLE_CORPUS) {
        Ok(dir) if dir.is_dir() => dir,
        _ => {
            let mut cmd = Cli::command();
            cmd.build();
            let message = format!(
                "no INPUT given, and the sample corpus is not at {SAMPLE_CORPUS} \
                 (the binary was built from a checkout that has moved?); \
                 give files, directories or - for stdin"
            );
            match cmd.find_subcommand_mut("extract") {
                Some(extract) => extract
                    .error(clap::error::ErrorKind::MissingRequiredArgument, message)
                    .exit(),
                None => cmd
                    .error(clap::error::ErrorKind::MissingRequiredArgument, message)
                    .exit(),
            }
        }
    };
    let shown = relative_to_cwd(&dir);
    if !quiet {
        eprintln!(
            "ghirbal: no INPUT given, using the sample corpus in {}",
            shown.display()
        );
    }
    shown
}

fn relative_to_cwd(dir: &Path) -> PathBuf {
    let relative = std::env::current_dir()
        .ok()
        .and_then(|cwd| std::fs::canonicalize(cwd).ok())
        .and_then(|cwd| dir.strip_prefix(cwd).ok().map(Path::to_path_buf));
    match relative {
        Some(rel) if rel.as_os_str().is_empty() => PathBuf::from("."),
        Some(rel) => rel,
        None => dir.to_path_buf(),
    }
}
