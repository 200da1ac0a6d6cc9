//! `ghirbal extract`: inputs → records, in parallel, written in input order.
//!
//! Files are opened and read by the workers, a batch at a time. A file that
//! turns out to be a container (WARC, WET, JSON Lines) comes back to the
//! main thread, which streams it in place: a reader thread frames records
//! one by one into a bounded channel, and the workers decode and extract
//! them in batches, so output order stays the input order and memory stays
//! at a batch of records whatever the file's size.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::CommandFactory;
use ghirbal_corpus::boilerplate::{Profile, Thresholds};
use ghirbal_corpus::furniture::FolderFurniture;
use ghirbal_corpus::pipeline::{self, Extracted, Settings};
use ghirbal_extract::Options;
use ghirbal_io::{
    inputs, open_input, Container, DocKind, Document, InputError, InputSource, Limits, Opened,
    Output, ReadOptions,
};
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
/// the other threads. Container records are batched the same way.
const BATCH_PER_THREAD: usize = 16;

/// What a worker made of one input.
enum Outcome {
    Done(Done),
    /// A container, to be streamed by the main thread in its place.
    Container(Container),
}

/// One document's fate.
struct Done {
    input: String,
    bytes_read: u64,
    result: Result<Extracted, String>,
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

/// Everything the main thread keeps while writing.
struct Run<'a> {
    writer: Writer,
    errors: Option<Output>,
    stats: Stats,
    progress: &'a Progress,
    quiet: bool,
    /// Flush after each batch: records are being watched on a terminal.
    flush_batches: bool,
    explain_note_shown: bool,
}

/// What workers need to process documents.
struct Work<'a> {
    pool: &'a rayon::ThreadPool,
    batch: usize,
    settings: Settings,
    progress: &'a Progress,
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let paths = if args.inputs.is_empty() {
        sample_corpus(args.quiet)
    } else {
        args.inputs
    };
    let (threads, pool) = crate::progress::worker_pool(args.threads)?;

    let items = inputs(&paths);
    let total = items.len() as u64;

    let output_path = args.output.as_deref().filter(|p| p.as_os_str() != "-");
    let output = Output::open(output_path)?;
    let format = args.format.into();
    let writer = if args.explain {
        Writer::Explain(ExplainWriter::new(output, format))
    } else {
        Writer::Records(ghirbal_io::RecordWriter::new(output, format))
    };
    let errors = args.errors.as_deref().map(Output::create).transpose()?;

    // A bar on the terminal that is also showing the records would be torn
    // up by them.
    let records_on_terminal = output_path.is_none() && io::stdout().is_terminal();
    let show_bar = !args.quiet && io::stderr().is_terminal() && !records_on_terminal;
    let progress = Progress::new(total, show_bar);

    let mut settings = Settings {
        read: ReadOptions {
            format: args.input_format.into(),
            limits: Limits::with_max_bytes(args.max_bytes).max_ratio(args.max_ratio),
            html_field: args.html_field,
        },
        extract: Options {
            explain: args.explain,
            max_depth: args.max_depth as usize,
            time_limit: None,
            furniture: None,
        },
        time_limit: (args.max_doc_secs > 0.0).then(|| Duration::from_secs_f64(args.max_doc_secs)),
        profile: args.profile.as_deref().map(load_profile).transpose()?,
        site: args.site.clone(),
        furniture: None,
    };
    let learn = !args.no_learn && settings.profile.is_none();
    let furniture = learn.then(|| learn_furniture(&items, &settings, &pool, show_bar));
    if let Some(furniture) = furniture.filter(|f| f.folders() > 0) {
        if !args.quiet {
            progress.eprintln(&format!(
                "ghirbal: learnt {} furniture lines from the text dumps of {} folder{} \
                 (--no-learn to skip)",
                furniture.lines(),
                furniture.folders(),
                if furniture.folders() == 1 { "" } else { "s" },
            ));
        }
        settings.furniture = Some(std::sync::Arc::new(furniture));
    }
    let work = Work {
        pool: &pool,
        batch: threads * BATCH_PER_THREAD,
        settings,
        progress: &progress,
    };
    let mut run = Run {
        writer,
        errors,
        stats: Stats::default(),
        progress: &progress,
        quiet: args.quiet,
        flush_batches: records_on_terminal,
        explain_note_shown: false,
    };
    let mut items = items.into_iter();
    loop {
        let batch: Vec<_> = items.by_ref().take(work.batch).collect();
        if batch.is_empty() {
            break;
        }
        let outcomes: Vec<Outcome> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|item| {
                    let outcome = open(item, &work);
                    let bytes = match &outcome {
                        Outcome::Done(done) => done.bytes_read,
                        Outcome::Container(_) => 0,
                    };
                    progress.advance(bytes);
                    outcome
                })
                .collect()
        });
        for outcome in outcomes {
            match outcome {
                Outcome::Done(done) => run.emit(done)?,
                Outcome::Container(container) => run.stream(container, &work)?,
            }
        }
        run.flush_if_watched()?;
    }

    let Run {
        writer,
        errors,
        stats,
        quiet,
        ..
    } = run;
    match writer {
        Writer::Records(w) => w.close()?,
        Writer::Explain(w) => w.finish()?.finish()?,
    }
    if let Some(errors) = errors {
        errors.finish()?;
    }
    progress.clear();
    if !quiet {
        progress.eprintln(&stats.summary(start.elapsed(), args.explain));
    }
    Ok(if stats.errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

impl Run<'_> {
    fn emit(&mut self, done: Done) -> anyhow::Result<()> {
        self.stats.inputs += 1;
        self.stats.bytes_read += done.bytes_read;
        match done.result {
            Ok(Extracted::Record(kind, extraction)) => {
                match kind {
                    DocKind::Html => self.stats.html += 1,
                    DocKind::Text => self.stats.text += 1,
                }
                self.stats.warnings += extraction.article.warnings.len() as u64;
                match &mut self.writer {
                    Writer::Records(w) => w.write(&extraction.article)?,
                    Writer::Explain(w) => w.write(&done.input, &extraction.explain)?,
                }
            }
            Ok(Extracted::NotExplained) => {
                self.stats.not_explained += 1;
                if !self.explain_note_shown && !self.quiet {
                    self.explain_note_shown = true;
                    self.progress.eprintln(&format!(
                        "ghirbal: --explain explains text dumps only; HTML pages \
                         (the first is {}) are left out",
                        done.input
                    ));
                }
            }
            Err(reason) => {
                self.stats.errors += 1;
                if !self.quiet {
                    self.progress
                        .eprintln(&format!("error: {}: {reason}", done.input));
                }
                if let Some(errors) = &mut self.errors {
                    let line = serde_json::json!({ "input": done.input, "error": reason });
                    serde_json::to_writer(&mut *errors, &line)?;
                    io::Write::write_all(errors, b"\n")?;
                }
            }
        }
        Ok(())
    }

    fn flush_if_watched(&mut self) -> io::Result<()> {
        if self.flush_batches {
            // Otherwise a long run on a terminal shows nothing until the
            // output buffer fills.
            self.writer.flush()?;
        }
        Ok(())
    }

    /// Streams a container's documents through the workers, in order.
    fn stream(&mut self, container: Container, work: &Work<'_>) -> anyhow::Result<()> {
        let label = container.label().to_string();
        let (sender, receiver) = mpsc::sync_channel(work.batch);
        std::thread::scope(|scope| {
            let reader = std::thread::Builder::new()
                .name("ghirbal-reader".into())
                .spawn_scoped(scope, move || {
                    let mut container = container;
                    for item in container.by_ref() {
                        if sender.send(item).is_err() {
                            // The writer stopped (a broken pipe): so do we.
                            break;
                        }
                    }
                    (container.skipped().clone(), container.bytes_read())
                })
                .context("starting the reader thread")?;
            let mut emitted_bytes = 0;
            let result = (|| -> anyhow::Result<()> {
                loop {
                    let batch: Vec<_> = receiver.iter().take(work.batch).collect();
                    if batch.is_empty() {
                        return Ok(());
                    }
                    work.progress.add_len(batch.len() as u64);
                    let outcomes: Vec<Done> = work.pool.install(|| {
                        batch
                            .into_par_iter()
                            .map(|item| {
                                let done = match item {
                                    Ok(document) => process(document, work),
                                    Err(error) => failed(&error, 0),
                                };
                                work.progress.advance(done.bytes_read);
                                done
                            })
                            .collect()
                    });
                    for done in outcomes {
                        emitted_bytes += done.bytes_read;
                        self.emit(done)?;
                    }
                    self.flush_if_watched()?;
                }
            })();
            drop(receiver);
            match reader.join() {
                Ok((skipped, bytes)) => {
                    self.stats.skipped.merge(&skipped);
                    self.stats.bytes_read += bytes.saturating_sub(emitted_bytes);
                }
                Err(_) => {
                    // A reader bug must not take the run down: it costs the
                    // rest of this file.
                    self.emit(Done {
                        input: label,
                        bytes_read: 0,
                        result: Err("internal error in the reader (please report); \
                                     the rest of this file was not read"
                            .to_string()),
                    })?;
                }
            }
            result
        })
    }
}

/// The first pass over the inputs' files: each folder's furniture.
fn learn_furniture(
    items: &[Result<InputSource, InputError>],
    settings: &Settings,
    pool: &rayon::ThreadPool,
    show_bar: bool,
) -> FolderFurniture {
    let files: Vec<PathBuf> = items
        .iter()
        .filter_map(|item| item.as_ref().ok()?.path().map(Path::to_path_buf))
        .collect();
    let progress = Progress::new(files.len() as u64, show_bar);
    let furniture = pool.install(|| {
        FolderFurniture::learn(&files, &settings.read, &Thresholds::default(), |bytes| {
            progress.advance(bytes)
        })
    });
    progress.clear();
    furniture
}

/// Opens one input: a document is processed right away, a container is
/// handed back for streaming.
fn open(item: Result<InputSource, InputError>, work: &Work<'_>) -> Outcome {
    let source = match item {
        Ok(source) => source,
        Err(e) => return Outcome::Done(failed(&e, 0)),
    };
    match open_input(&source, &work.settings.read) {
        Ok(Opened::Document(document)) => Outcome::Done(process(document, work)),
        Ok(Opened::Container(container)) => Outcome::Container(container),
        Err(e) => Outcome::Done(failed(&e, 0)),
    }
}

/// Decodes and extracts one document.
fn process(document: Document, work: &Work<'_>) -> Done {
    let input = document.label.clone();
    let bytes_read = document.bytes_read;
    Done {
        input,
        bytes_read,
        result: pipeline::process(document, &work.settings),
    }
}

pub fn load_profile(path: &std::path::Path) -> anyhow::Result<Profile> {
    let json = std::fs::read_to_string(path)
        .with_context(|| format!("reading the site profile {}", path.display()))?;
    Profile::from_json(&json).with_context(|| format!("{}: not a site profile", path.display()))
}

fn failed(error: &InputError, bytes_read: u64) -> Done {
    Done {
        input: error.input().to_string(),
        bytes_read,
        result: Err(pipeline::input_failure(error)),
    }
}

/// The bundled sample corpus, shown relative to the working directory when
/// it is below it (so labels and record ids do not depend on where the
/// repository is checked out when run from its root). Missing: usage error.
fn sample_corpus(quiet: bool) -> Vec<PathBuf> {
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
    // The pages only: the folder's README describes them and is no page.
    ["dumps", "html"]
        .iter()
        .map(|sub| shown.join(sub))
        .collect()
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
