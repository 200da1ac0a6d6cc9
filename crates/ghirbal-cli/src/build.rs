//! `ghirbal build`: the steps of a corpus build, each recorded in a
//! manifest when done so an interrupted build resumes where it stopped.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context};
use ghirbal_corpus::build::{Annotator, BuildStats, InputFailure};
use ghirbal_corpus::dedup::jsonl::{self, Options, Sinks};
use ghirbal_corpus::quality::Thresholds;
use ghirbal_corpus::{Config, Params};
use ghirbal_io::{open_stream, read_line_limited, Line, Output};
use ghirbal_record::Article;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::cli::{BuildArgs, ExtractArgs, FormatArg, InputFormatArg};

const MANIFEST: &str = "manifest.json";
const EXTRACTED: &str = ".work/extracted.jsonl.zst";
const ANNOTATED: &str = ".work/annotated.jsonl.zst";
const ERRORS: &str = "removed/errors.jsonl";
const FILTERED: &str = "removed/filtered.jsonl.zst";
const DUPLICATES: &str = "removed/duplicates.jsonl.zst";

#[derive(Debug, Default, Serialize, Deserialize)]
struct Manifest {
    version: u32,
    /// What the build was asked to do; a different request may not reuse it.
    request: String,
    /// Finished steps with their counts and seconds.
    steps: BTreeMap<String, StepRecord>,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
struct StepRecord {
    seconds: f64,
    counts: BTreeMap<String, u64>,
    #[serde(default)]
    reasons: BTreeMap<String, u64>,
    #[serde(default)]
    files: Vec<String>,
}

pub fn run(args: &BuildArgs) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let out = &args.output;
    let thresholds = match &args.config {
        Some(path) => {
            let text = fs::read_to_string(path)
                .with_context(|| format!("reading the config {}", path.display()))?;
            toml::from_str::<Thresholds>(&text)
                .with_context(|| format!("{}: not a valid quality config", path.display()))?
        }
        None => Thresholds::default(),
    };
    let request = serde_json::json!({
        "inputs": args.inputs, "langs": args.langs, "shard_records": args.shard_records, "parquet": args.parquet,
        "thresholds": thresholds, "profile": args.profile, "max_bytes": args.max_bytes,
    })
    .to_string();
    if args.fresh && out.join(MANIFEST).exists() {
        fs::remove_file(out.join(MANIFEST)).context("removing the old manifest")?;
    }
    if !out.join(MANIFEST).exists() {
        // Starting over: nothing in the folder belongs to this build, and
        // finished shards must not be mistaken for this build's.
        for sub in ["shards", "removed", ".work"] {
            let dir = out.join(sub);
            if dir.exists() {
                fs::remove_dir_all(&dir).with_context(|| format!("clearing {}", dir.display()))?;
            }
        }
    }
    fs::create_dir_all(out.join(".work")).with_context(|| format!("creating {}", out.display()))?;
    fs::create_dir_all(out.join("removed"))?;
    fs::create_dir_all(out.join("shards"))?;
    remove_leftovers(out)?;
    let mut manifest = match fs::read_to_string(out.join(MANIFEST)) {
        Ok(text) => {
            let m: Manifest = serde_json::from_str(&text).context("reading manifest.json")?;
            if m.request != request {
                bail!(
                    "{} holds a build of other inputs or settings; use --fresh to start over, \
                     or another -o",
                    out.display()
                );
            }
            m
        }
        Err(_) => Manifest {
            version: 1,
            request,
            steps: BTreeMap::new(),
        },
    };
    let say = |line: &str| {
        if !args.quiet {
            eprintln!("{line}");
        }
    };
    let (_, pool) = crate::progress::worker_pool(args.threads)?;

    // 1. extract
    if !done(&manifest, out, "extract") {
        say("ghirbal build: 1/4 extract");
        let t = Instant::now();
        let code = crate::extract::run(ExtractArgs {
            inputs: args.inputs.clone(),
            output: Some(out.join(EXTRACTED)),
            format: FormatArg::Jsonl,
            input_format: InputFormatArg::Auto,
            html_field: "html".into(),
            explain: false,
            threads: args.threads,
            max_bytes: args.max_bytes,
            max_ratio: ghirbal_io::DEFAULT_MAX_RATIO,
            max_depth: ghirbal_extract::DEFAULT_MAX_DEPTH as u32,
            max_doc_secs: 10.0,
            errors: Some(out.join(ERRORS)),
            profile: args.profile.clone(),
            site: None,
            // The Spark job reads each dump alone: so does the build, so
            // that both make the same records.
            no_learn: true,
            quiet: args.quiet,
        })?;
        let _ = code;
        record(
            &mut manifest,
            out,
            "extract",
            t,
            BTreeMap::new(),
            BTreeMap::new(),
            vec![EXTRACTED, ERRORS],
        )?;
    } else {
        say("ghirbal build: 1/4 extract (done earlier)");
    }

    // 2. annotate
    if !done(&manifest, out, "annotate") {
        say("ghirbal build: 2/4 language and quality");
        let t = Instant::now();
        let annotator = Annotator {
            thresholds,
            langs: args.langs.clone(),
        };
        let (counts, reasons) = pool.install(|| annotate(out, &annotator, show_bar(args)))?;
        record(
            &mut manifest,
            out,
            "annotate",
            t,
            counts,
            reasons,
            vec![ANNOTATED, FILTERED],
        )?;
    } else {
        say("ghirbal build: 2/4 language and quality (done earlier)");
    }

    // 3. dedup
    if !done(&manifest, out, "dedup") {
        say("ghirbal build: 3/4 dedup");
        let t = Instant::now();
        let bytes = manifest
            .steps
            .get("annotate")
            .and_then(|s| s.counts.get("annotated_bytes"))
            .copied();
        let (counts, files) = pool.install(|| dedup(out, args, bytes.unwrap_or(0)))?;
        let files: Vec<&str> = files
            .iter()
            .map(String::as_str)
            .chain([DUPLICATES])
            .collect();
        record(
            &mut manifest,
            out,
            "dedup",
            t,
            counts,
            BTreeMap::new(),
            files,
        )?;
    } else {
        say("ghirbal build: 3/4 dedup (done earlier)");
    }
    if args.parquet && !done(&manifest, out, "parquet") {
        say("ghirbal build: 3/4 Parquet shards");
        let t = Instant::now();
        let kept: Vec<String> = manifest.steps["dedup"]
            .files
            .iter()
            .filter(|f| f.starts_with(".work/kept/"))
            .cloned()
            .collect();
        let files = parquet(out, &kept)?;
        let files: Vec<&str> = files.iter().map(String::as_str).collect();
        record(
            &mut manifest,
            out,
            "parquet",
            t,
            Counts::new(),
            BTreeMap::new(),
            files,
        )?;
    }

    // 4. report: always redone, it is cheap and reads only the outputs.
    say("ghirbal build: 4/4 report");
    let t = Instant::now();
    let mut stats = report(out, &manifest)?;
    stats
        .stages
        .insert("report".into(), t.elapsed().as_secs_f64());
    // Over every run that contributed, when the build was resumed.
    stats.seconds = stats.stages.values().sum::<f64>();
    let secs = stats.seconds.max(1e-6);
    let _ = start;
    stats.docs_per_second = stats.inputs as f64 / secs;
    stats.mb_per_second = stats.input_mb / secs;
    stats.cpu_seconds = cpu_seconds();
    stats.peak_rss_mb = crate::progress::peak_rss_kb().map_or(0.0, |kb| kb as f64 / 1e3);
    write_file(
        &out.join("stats.json"),
        &(serde_json::to_string_pretty(&stats)? + "\n"),
    )?;
    let title = format!("ghirbal build: {}", out.display());
    write_file(
        &out.join("report.html"),
        &ghirbal_corpus::report::render(&stats, &title),
    )?;
    say(&format!(
        "ghirbal build: {} inputs ({} failed), {} extracted, {} filtered out, {} duplicates, {} kept \
         in {} shards\n  {:.1} s, {:.0} documents/s, peak memory {:.0} MB; see {}/report.html",
        stats.inputs,
        stats.input_errors,
        stats.extracted,
        stats.removed_by_filter,
        stats.duplicates_exact + stats.duplicates_near,
        stats.kept,
        stats.shards.len(),
        stats.seconds,
        stats.docs_per_second,
        stats.peak_rss_mb,
        out.display()
    ));
    Ok(if stats.input_errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// What a killed run leaves behind: temporary output files (never renamed
/// into place) and dedup spill folders.
fn remove_leftovers(out: &Path) -> anyhow::Result<()> {
    for dir in [
        out.to_path_buf(),
        out.join(".work"),
        out.join("removed"),
        out.join("shards"),
    ] {
        for entry in fs::read_dir(&dir)?.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(".ghirbal-") && name.ends_with(".tmp") {
                fs::remove_file(entry.path())?;
            } else if name.starts_with("ghirbal-dedup-") || name.starts_with(".tmp") {
                let path = entry.path();
                if path.is_dir() {
                    fs::remove_dir_all(&path)?;
                } else {
                    fs::remove_file(&path)?;
                }
            }
        }
    }
    Ok(())
}

fn done(manifest: &Manifest, out: &Path, step: &str) -> bool {
    manifest
        .steps
        .get(step)
        .is_some_and(|s| s.files.iter().all(|f| out.join(f).exists()))
}

fn record(
    manifest: &mut Manifest,
    out: &Path,
    step: &str,
    started: Instant,
    counts: BTreeMap<String, u64>,
    reasons: BTreeMap<String, u64>,
    files: Vec<&str>,
) -> anyhow::Result<()> {
    manifest.steps.insert(
        step.to_string(),
        StepRecord {
            seconds: started.elapsed().as_secs_f64(),
            counts,
            reasons,
            files: files.into_iter().map(str::to_string).collect(),
        },
    );
    write_file(
        &out.join(MANIFEST),
        &serde_json::to_string_pretty(manifest)?,
    )
}

/// Writes a file atomically (temp file, sync, rename).
fn write_file(path: &Path, text: &str) -> anyhow::Result<()> {
    let mut o = Output::create(path)?;
    o.write_all(text.as_bytes())?;
    o.finish()?;
    Ok(())
}

fn for_each_line(
    path: &Path,
    mut f: impl FnMut(&[u8]) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut reader = open_stream(path)?;
    let mut buf = Vec::new();
    loop {
        match read_line_limited(&mut *reader, &mut buf, u64::MAX)
            .with_context(|| format!("reading {}", path.display()))?
        {
            Line::End => return Ok(()),
            Line::TooLong(_) => {}
            Line::Read if buf.is_empty() => {}
            Line::Read => f(&buf)?,
        }
    }
}

type Counts = BTreeMap<String, u64>;

fn show_bar(args: &BuildArgs) -> bool {
    !args.quiet && std::io::IsTerminal::is_terminal(&io::stderr())
}

fn annotate(out: &Path, annotator: &Annotator, show: bool) -> anyhow::Result<(Counts, Counts)> {
    let bar = show.then(|| {
        let bar =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "2/4 annotate {spinner} {elapsed:>4} {pos} records {per_sec}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        bar
    });
    let mut kept_bytes = 0u64;
    let mut kept = Output::create(&out.join(ANNOTATED))?;
    let mut filtered = Output::create(&out.join(FILTERED))?;
    let mut stats = BuildStats::default();
    let mut extracted = 0u64;
    let mut batch: Vec<Vec<u8>> = Vec::new();
    let mut flush = |batch: &mut Vec<Vec<u8>>, stats: &mut BuildStats| -> anyhow::Result<()> {
        let results: Vec<anyhow::Result<(Vec<String>, String)>> = batch
            .par_iter()
            .map(|line| {
                let mut article: Article = serde_json::from_slice(line)?;
                let reasons = annotator.annotate(&mut article);
                Ok((reasons, serde_json::to_string(&article)?))
            })
            .collect();
        for r in results {
            let (reasons, json) = r?;
            if reasons.is_empty() {
                kept_bytes += json.len() as u64 + 1;
            }
            let target = if reasons.is_empty() {
                &mut kept
            } else {
                &mut filtered
            };
            target.write_all(json.as_bytes())?;
            target.write_all(b"\n")?;
            if !reasons.is_empty() {
                stats.count_removed(&reasons);
            }
        }
        batch.clear();
        Ok(())
    };
    for_each_line(&out.join(EXTRACTED), |line| {
        extracted += 1;
        if let Some(b) = &bar {
            b.inc(1);
        }
        batch.push(line.to_vec());
        if batch.len() >= 2048 {
            flush(&mut batch, &mut stats)?;
        }
        Ok(())
    })?;
    flush(&mut batch, &mut stats)?;
    kept.finish()?;
    filtered.finish()?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let mut counts = Counts::new();
    counts.insert("annotated_bytes".into(), kept_bytes);
    counts.insert("extracted".into(), extracted);
    counts.insert("removed_by_filter".into(), stats.removed_by_filter);
    Ok((counts, stats.reasons))
}

/// Kept records, into numbered shards of `per_shard` records, each file
/// written atomically. A shard already on disk was finished by an earlier,
/// interrupted run of the same build (files only appear once complete, and
/// the output is deterministic), so its records are not written again.
struct Shards {
    dir: PathBuf,
    /// `shards` (JSON Lines output) or `.work/kept` (converted to Parquet
    /// afterwards).
    sub: &'static str,
    per_shard: u64,
    /// The shard being written; `Some(None)` while skipping a finished one.
    current: Option<Option<Output>>,
    in_current: u64,
    files: Vec<String>,
    reused: u64,
}

impl Shards {
    fn start_shard(&mut self) -> io::Result<()> {
        if self.current.is_none() {
            let name = format!("{}/part-{:05}.jsonl.zst", self.sub, self.files.len());
            let path = self.dir.join(&name);
            self.current = Some(if path.exists() {
                self.reused += 1;
                None
            } else {
                Some(Output::create(&path)?)
            });
            self.files.push(name);
        }
        Ok(())
    }

    fn end_shard(&mut self) -> io::Result<()> {
        if let Some(Some(o)) = self.current.take() {
            o.finish()?;
        }
        Ok(())
    }

    fn finish(mut self) -> io::Result<(Vec<String>, u64)> {
        self.end_shard()?;
        Ok((self.files, self.reused))
    }
}

impl Write for Shards {
    /// Called with whole lines by the dedup writer.
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.start_shard()?;
        if let Some(Some(o)) = self.current.as_mut() {
            o.write_all(buf)?;
        }
        self.in_current += buf.iter().filter(|&&b| b == b'\n').count() as u64;
        if self.in_current >= self.per_shard {
            self.end_shard()?;
            self.in_current = 0;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Where dedup writes the kept records as JSON Lines.
fn kept_dir(args: &BuildArgs) -> &'static str {
    if args.parquet {
        ".work/kept"
    } else {
        "shards"
    }
}

/// The kept JSON Lines shards as Parquet files in `shards/`.
fn parquet(out: &Path, kept: &[String]) -> anyhow::Result<Vec<String>> {
    let mut files = Vec::new();
    for (i, source) in kept.iter().enumerate() {
        let name = format!("shards/part-{i:05}.parquet");
        // Converted by an interrupted run: files appear only once complete.
        if out.join(&name).exists() {
            files.push(name);
            continue;
        }
        let mut target = Output::create(&out.join(&name))?;
        let reader = io::BufReader::new(open_stream(&out.join(source))?);
        ghirbal_parquet::jsonl_to_parquet(reader, &mut target)
            .with_context(|| format!("converting {source} to Parquet"))?;
        target.finish()?;
        files.push(name);
    }
    Ok(files)
}

fn dedup(out: &Path, args: &BuildArgs, input_bytes: u64) -> anyhow::Result<(Counts, Vec<String>)> {
    // Shards finished by an interrupted run are kept (see `Shards`).
    let sub = kept_dir(args);
    fs::create_dir_all(out.join(sub))?;
    let options = Options {
        config: Config {
            params: Params::default(),
            memory: args.memory,
            spill_dir: Some(out.join(".work")),
        },
        max_line: u64::MAX,
        profile: args
            .profile
            .as_deref()
            .map(crate::extract::load_profile)
            .transpose()?,
    };
    let mut shards = Shards {
        dir: out.to_path_buf(),
        sub,
        per_shard: args.shard_records,
        current: None,
        in_current: 0,
        files: Vec::new(),
        reused: 0,
    };
    let mut removed = Output::create(&out.join(DUPLICATES))?;
    let outcome = {
        let mut sinks = Sinks {
            kept: &mut shards,
            removed: Some(&mut removed),
            keep_all: false,
        };
        let reporter = crate::dedup::Reporter::new(show_bar(args), args.quiet, input_bytes, None);
        let outcome = jsonl::run(&[out.join(ANNOTATED)], &options, &mut sinks, &reporter)?;
        if let (Some(bar), _) = reporter.into_parts() {
            bar.finish_and_clear();
        }
        outcome
    };
    let (files, reused) = shards.finish()?;
    removed.finish()?;
    let mut counts = Counts::new();
    counts.insert("kept".into(), outcome.written);
    counts.insert("duplicates_exact".into(), outcome.exact_duplicates);
    counts.insert("duplicates_near".into(), outcome.near_duplicates);
    counts.insert("clusters".into(), outcome.clusters);
    counts.insert("shards_reused".into(), reused);
    Ok((counts, files))
}

fn report(out: &Path, manifest: &Manifest) -> anyhow::Result<BuildStats> {
    let mut stats = BuildStats::default();
    let step = |name: &str| manifest.steps.get(name).cloned().unwrap_or_default();
    let (annotate, dedup) = (step("annotate"), step("dedup"));
    stats.extracted = annotate.counts.get("extracted").copied().unwrap_or(0);
    stats.removed_by_filter = annotate
        .counts
        .get("removed_by_filter")
        .copied()
        .unwrap_or(0);
    stats.reasons = annotate.reasons;
    stats.duplicates_exact = dedup.counts.get("duplicates_exact").copied().unwrap_or(0);
    stats.duplicates_near = dedup.counts.get("duplicates_near").copied().unwrap_or(0);
    stats.clusters = dedup.counts.get("clusters").copied().unwrap_or(0);
    for (name, s) in &manifest.steps {
        stats.stages.insert(name.clone(), s.seconds);
    }
    for_each_line(&out.join(ERRORS), |line| {
        let v: serde_json::Value = serde_json::from_slice(line)?;
        stats.input_errors += 1;
        if stats.errors.len() < 10_000 {
            stats.errors.push(InputFailure {
                input: v["input"].as_str().unwrap_or_default().to_string(),
                error: v["error"].as_str().unwrap_or_default().to_string(),
            });
        }
        Ok(())
    })
    .ok();
    stats.inputs = stats.extracted + stats.input_errors;
    let kept: Vec<String> = dedup
        .files
        .iter()
        .filter(|f| f.starts_with("shards/") || f.starts_with(".work/kept/"))
        .cloned()
        .collect();
    stats.shards = match manifest.steps.get("parquet") {
        Some(step) => step.files.clone(),
        None => kept.clone(),
    };
    let mut sizes: BTreeMap<String, u32> = BTreeMap::new();
    for shard in &kept {
        for_each_line(&out.join(shard), |line| {
            let article: Article = serde_json::from_slice(line)?;
            if let Some(d) = &article.dedup {
                if d.size > 1 {
                    sizes.insert(d.cluster.clone(), d.size);
                }
            }
            stats.count_kept(&article);
            Ok(())
        })?;
    }
    for size in sizes.values() {
        *stats.cluster_sizes.entry(*size).or_default() += 1;
    }
    stats.input_mb = input_mb(manifest);
    Ok(stats)
}

fn input_mb(manifest: &Manifest) -> f64 {
    let inputs: Vec<PathBuf> = serde_json::from_str::<serde_json::Value>(&manifest.request)
        .ok()
        .and_then(|v| serde_json::from_value(v["inputs"].clone()).ok())
        .unwrap_or_default();
    let paths = if inputs.is_empty() {
        vec![PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples"
        ))]
    } else {
        inputs
    };
    paths.iter().map(|p| dir_bytes(p)).sum::<u64>() as f64 / 1e6
}

fn dir_bytes(path: &Path) -> u64 {
    match fs::metadata(path) {
        Ok(m) if m.is_dir() => fs::read_dir(path)
            .map(|entries| entries.flatten().map(|e| dir_bytes(&e.path())).sum())
            .unwrap_or(0),
        Ok(m) => m.len(),
        Err(_) => 0,
    }
}

fn cpu_seconds() -> f64 {
    // utime and stime, fields 14 and 15 of /proc/self/stat, in clock ticks
    // (100 a second on Linux).
    let Ok(stat) = fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}
