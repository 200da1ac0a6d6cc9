//! Dedup over JSON Lines files: ghirbal records, or any lines with `id` and
//! `text` (datatrove, dolma). Two passes over the input: features, then the
//! same lines again with a `dedup` annotation spliced in, so every other
//! byte of a line comes out as it went in.

use std::borrow::Cow;
use std::collections::HashSet;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use ghirbal_io::{open_stream, read_line_limited, InputError, Line};
use rayon::prelude::*;
use serde::de::IgnoredAny;
use serde::Deserialize;

use super::{Config, Dedup, DedupError, Features, Stage};
use crate::minhash::MinHasher;

/// Problems with one line; the line is reported and skipped (or, for
/// [`LineProblem::EmptyText`], kept as a unique record).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LineProblem {
    #[error("not a JSON object: {0}")]
    Malformed(String),
    #[error("no `text` field (a string)")]
    NoText,
    #[error("empty `text`: kept as a unique record")]
    EmptyText,
    #[error("line of {0} bytes is over the limit of {1} bytes (--max-bytes)")]
    TooLong(u64, u64),
    #[error("not UTF-8")]
    NotUtf8,
}

/// One reported line.
#[derive(Debug, Clone)]
pub struct LineReport {
    pub input: String,
    /// From 1; 0 when the whole input failed.
    pub line: u64,
    pub reason: String,
    /// False when the line still came out (empty text).
    pub skipped: bool,
}

/// Everything a caller hears about while a run goes on.
pub trait Observer: Sync {
    fn report(&self, report: &LineReport);
    /// `bytes` of input read in pass `pass` (1 or 2).
    fn read(&self, pass: u8, bytes: u64);
    fn stage(&self, stage: Stage, done: u64, total: u64);
}

/// Where records go.
#[allow(missing_debug_implementations)]
pub struct Sinks<'a> {
    pub kept: &'a mut (dyn Write + Send),
    /// Duplicates, when they are dropped from `kept`.
    pub removed: Option<&'a mut (dyn Write + Send)>,
    /// Write duplicates to `kept` too (annotated), instead of dropping them.
    pub keep_all: bool,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub config: Config,
    /// Longest line read; a longer one is reported and skipped.
    pub max_line: u64,
    /// Site chrome left out of the fingerprints (records are written as
    /// they came).
    pub profile: Option<crate::boilerplate::Profile>,
}

/// Counts of a finished run.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub inputs: u64,
    pub lines: u64,
    pub documents: u64,
    pub bytes: u64,
    pub skipped_lines: u64,
    pub failed_inputs: u64,
    pub clusters: u64,
    pub exact_duplicates: u64,
    pub near_duplicates: u64,
    pub written: u64,
    pub removed: u64,
    pub largest_cluster: u32,
    pub spilled_bytes: u64,
}

#[derive(Deserialize)]
struct LineDoc<'a> {
    #[serde(default)]
    id: Option<IdValue>,
    #[serde(default, borrow)]
    text: Option<Cow<'a, str>>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    dedup: Option<IgnoredAny>,
    #[serde(default)]
    site: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum IdValue {
    Text(String),
    Number(serde_json::Number),
}

/// Lines handled per parallel batch.
const BATCH_LINES: usize = 4096;

struct Parsed {
    features: Features,
    had_dedup: bool,
    empty: bool,
}

/// Runs dedup over `inputs` (files, or `-` once for standard input).
pub fn run(
    inputs: &[PathBuf],
    options: &Options,
    sinks: &mut Sinks<'_>,
    observer: &dyn Observer,
) -> Result<Outcome, DedupError> {
    let mut outcome = Outcome::default();
    let mut dedup = Dedup::new(options.config.clone())?;
    let batch_bytes = (options.config.memory / 8).clamp(1 << 20, 64 << 20) as usize;
    // Standard input cannot be read twice: pass 1 keeps a copy.
    let stdin_copy = tempfile::NamedTempFile::new_in(
        options
            .config
            .spill_dir
            .clone()
            .unwrap_or_else(std::env::temp_dir),
    )
    .map_err(|e| DedupError::new("stdin copy", e))?;
    let mut skip: Vec<HashSet<u64>> = Vec::with_capacity(inputs.len());
    let mut rewrite: HashSet<u32> = HashSet::new();
    let mut readable = Vec::with_capacity(inputs.len());

    for input in inputs {
        outcome.inputs += 1;
        let label = input.display().to_string();
        let mut bad_lines = HashSet::new();
        let mut copy = (input.as_os_str() == "-")
            .then(|| stdin_copy.reopen().map(BufWriter::new))
            .transpose()
            .map_err(|e| DedupError::new("stdin copy", e))?;
        let stream = match open_stream(input) {
            Ok(s) => s,
            Err(e) => {
                fail_input(&mut outcome, observer, &e);
                skip.push(bad_lines);
                readable.push(false);
                continue;
            }
        };
        let mut reader = stream;
        let mut line_no = 0u64;
        let mut ended = false;
        while !ended {
            let mut batch: Vec<(u64, Result<Vec<u8>, LineProblem>)> = Vec::new();
            let mut bytes = 0usize;
            while batch.len() < BATCH_LINES && bytes < batch_bytes {
                let mut buf = Vec::new();
                match read_line_limited(&mut *reader, &mut buf, options.max_line) {
                    Ok(Line::End) => {
                        ended = true;
                        break;
                    }
                    Ok(Line::Read) => {
                        line_no += 1;
                        bytes += buf.len() + 1;
                        if let Some(c) = copy.as_mut() {
                            c.write_all(&buf)
                                .and_then(|()| c.write_all(b"\n"))
                                .map_err(|e| DedupError::new("stdin copy", e))?;
                        }
                        if buf.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        batch.push((line_no, Ok(buf)));
                    }
                    Ok(Line::TooLong(len)) => {
                        line_no += 1;
                        bytes += 1;
                        if let Some(c) = copy.as_mut() {
                            // Keeps line numbers aligned for pass 2.
                            c.write_all(b"{}\n")
                                .map_err(|e| DedupError::new("stdin copy", e))?;
                        }
                        batch.push((line_no, Err(LineProblem::TooLong(len, options.max_line))));
                    }
                    Err(e) => {
                        let err = InputError::new(
                            format!("{label}:{}", line_no + 1),
                            ghirbal_io::InputErrorKind::Io(e),
                        );
                        fail_input(&mut outcome, observer, &err);
                        ended = true;
                        break;
                    }
                }
            }
            outcome.lines += batch.len() as u64;
            outcome.bytes += bytes as u64;
            observer.read(1, bytes as u64);
            let params = options.config.params;
            let parsed: Vec<(u64, Result<Parsed, LineProblem>)> = batch
                .into_par_iter()
                .map_init(
                    || MinHasher::new(params),
                    |hasher, (no, line)| {
                        let parsed = line
                            .and_then(|l| parse(hasher, &l, &label, no, options.profile.as_ref()));
                        (no, parsed)
                    },
                )
                .collect();
            for (no, result) in parsed {
                match result {
                    Ok(p) => {
                        if p.empty {
                            report(observer, &label, no, &LineProblem::EmptyText, false);
                        }
                        let n = dedup.push(&p.features)?;
                        if p.had_dedup {
                            rewrite.insert(n);
                        }
                        outcome.documents += 1;
                    }
                    Err(problem) => {
                        report(observer, &label, no, &problem, true);
                        outcome.skipped_lines += 1;
                        bad_lines.insert(no);
                    }
                }
            }
        }
        if let Some(c) = copy {
            c.into_inner()
                .map_err(|e| DedupError::new("stdin copy", e.into_error()))?;
        }
        skip.push(bad_lines);
        readable.push(true);
    }
    outcome.spilled_bytes = dedup.spilled_bytes();
    let docs = u64::from(dedup.len());

    let clusters = dedup.finish(&|stage, done, total| observer.stage(stage, done, total))?;
    outcome.clusters = clusters.clusters() as u64;
    (outcome.exact_duplicates, outcome.near_duplicates) = clusters.duplicates();
    outcome.largest_cluster = clusters.cluster_sizes().first().copied().unwrap_or(1);

    // Pass 2: the same lines, annotated, in the same order.
    observer.stage(Stage::Writing, 0, outcome.bytes);
    let mut doc = 0u32;
    for (i, input) in inputs.iter().enumerate() {
        if !readable[i] {
            continue;
        }
        let path: &Path = if input.as_os_str() == "-" {
            stdin_copy.path()
        } else {
            input
        };
        let Ok(mut reader) = open_stream(path) else {
            continue;
        };
        let mut line_no = 0u64;
        let mut buf = Vec::new();
        let mut read_bytes = 0u64;
        while u64::from(doc) < docs {
            match read_line_limited(&mut *reader, &mut buf, options.max_line) {
                Ok(Line::End) | Err(_) => break,
                Ok(Line::TooLong(_)) => {
                    line_no += 1;
                    continue;
                }
                Ok(Line::Read) => {}
            }
            line_no += 1;
            read_bytes += buf.len() as u64 + 1;
            if read_bytes > 1 << 20 {
                observer.read(2, read_bytes);
                read_bytes = 0;
            }
            if buf.iter().all(u8::is_ascii_whitespace) || skip[i].contains(&line_no) {
                continue;
            }
            let id = clusters.id(doc)?;
            let info = clusters.annotation(doc, &id);
            let kept = clusters.is_kept(doc);
            let annotated = annotate(&buf, &info, rewrite.contains(&doc));
            if kept || sinks.keep_all {
                sinks
                    .kept
                    .write_all(&annotated)
                    .map_err(write_err("output"))?;
                outcome.written += 1;
            }
            if !kept {
                outcome.removed += 1;
                if let Some(removed) = sinks.removed.as_mut() {
                    removed
                        .write_all(&annotated)
                        .map_err(write_err("removed"))?;
                }
            }
            doc += 1;
        }
        observer.read(2, read_bytes);
    }
    Ok(outcome)
}

fn write_err(what: &'static str) -> impl Fn(io::Error) -> DedupError {
    move |e| DedupError::new(what, e)
}

fn fail_input(outcome: &mut Outcome, observer: &dyn Observer, err: &InputError) {
    outcome.failed_inputs += 1;
    observer.report(&LineReport {
        input: err.input().to_string(),
        line: 0,
        reason: err.reason(),
        skipped: true,
    });
}

fn report(observer: &dyn Observer, input: &str, line: u64, problem: &LineProblem, skipped: bool) {
    observer.report(&LineReport {
        input: input.to_string(),
        line,
        reason: problem.to_string(),
        skipped,
    });
}

fn parse(
    hasher: &mut MinHasher,
    line: &[u8],
    label: &str,
    no: u64,
    profile: Option<&crate::boilerplate::Profile>,
) -> Result<Parsed, LineProblem> {
    let line = std::str::from_utf8(line).map_err(|_| LineProblem::NotUtf8)?;
    let doc: LineDoc<'_> =
        serde_json::from_str(line).map_err(|e| LineProblem::Malformed(e.to_string()))?;
    let text = doc.text.ok_or(LineProblem::NoText)?;
    let id = match doc.id {
        Some(IdValue::Text(s)) => s,
        Some(IdValue::Number(n)) => n.to_string(),
        // Records without ids still need a cluster name.
        None => format!("{label}:{no}"),
    };
    let site = doc
        .site
        .as_deref()
        .or(doc.source.as_deref())
        .or(doc.url.as_deref());
    let fingerprint = match (profile, site) {
        (Some(profile), Some(site)) => hasher.fingerprint(&profile.strip_text(site, &text).0),
        _ => hasher.fingerprint(&text),
    };
    Ok(Parsed {
        empty: fingerprint.words == 0,
        had_dedup: doc.dedup.is_some(),
        features: Features {
            id,
            published: doc.published,
            chars: text.chars().count() as u64,
            fingerprint,
        },
    })
}

/// The line with `"dedup": {...}` as its last field, and a newline.
fn annotate(line: &[u8], info: &ghirbal_record::Dedup, replace: bool) -> Vec<u8> {
    let value = serde_json::to_string(info).expect("a Dedup serializes");
    if replace {
        if let Ok(mut object) =
            serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(line)
        {
            object.insert("dedup".into(), serde_json::from_str(&value).expect("valid"));
            let mut out = serde_json::to_vec(&object).expect("a map serializes");
            out.push(b'\n');
            return out;
        }
    }
    let end = line.iter().rposition(|&b| b == b'}').unwrap_or(line.len());
    let body = &line[..end];
    let empty = body[1..].iter().all(u8::is_ascii_whitespace);
    let mut out = Vec::with_capacity(line.len() + value.len() + 12);
    out.extend_from_slice(body);
    out.extend_from_slice(if empty { b"\"dedup\":" } else { b",\"dedup\":" });
    out.extend_from_slice(value.as_bytes());
    out.extend_from_slice(b"}\n");
    out
}
