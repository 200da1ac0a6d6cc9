//! `ghirbal dedup`: flags to a dedup run, progress and the summary.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ghirbal_corpus::dedup::jsonl::{self, LineReport, Observer, Options, Outcome, Sinks};
use ghirbal_corpus::{Config, Params, Stage};
use ghirbal_io::Output;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::DedupArgs;

pub fn run(args: &DedupArgs) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let (threads, pool) = crate::progress::worker_pool(args.threads)?;
    if args.inputs.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
        anyhow::bail!("standard input (-) can be given only once");
    }
    let params = Params {
        shingle: usize::from(args.shingle),
        bands: usize::from(args.bands),
        rows: usize::from(args.rows),
        threshold: args.threshold,
        ..Params::default()
    };
    let options = Options {
        config: Config {
            params,
            memory: args.memory,
            spill_dir: args.spill_dir.clone(),
        },
        max_line: args.max_bytes,
        profile: args
            .profile
            .as_deref()
            .map(crate::extract::load_profile)
            .transpose()?,
    };

    let output_path = args.output.as_deref().filter(|p| p.as_os_str() != "-");
    let mut output = Output::open(output_path)?;
    let mut removed = args.removed.as_deref().map(Output::create).transpose()?;
    let errors = args.errors.as_deref().map(Output::create).transpose()?;
    let records_on_terminal = output_path.is_none() && io::stdout().is_terminal();
    let show_bar = !args.quiet && io::stderr().is_terminal() && !records_on_terminal;
    let input_bytes: u64 = args
        .inputs
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok().map(|m| m.len()))
        .sum();
    let observer = Reporter::new(show_bar, args.quiet, input_bytes, errors);

    let mut sinks = Sinks {
        kept: &mut output,
        removed: removed.as_mut().map(|r| r as &mut (dyn Write + Send)),
        keep_all: !args.drop,
    };
    let outcome = pool.install(|| jsonl::run(&args.inputs, &options, &mut sinks, &observer))?;
    output.finish()?;
    if let Some(removed) = removed {
        removed.finish()?;
    }
    let (bar, errors) = observer.into_parts();
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if let Some(errors) = errors {
        errors.finish()?;
    }
    if !args.quiet {
        eprintln!("{}", summary(&outcome, start.elapsed(), args.drop, threads));
    }
    Ok(
        if outcome.skipped_lines == 0 && outcome.failed_inputs == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        },
    )
}

fn summary(o: &Outcome, elapsed: Duration, dropped: bool, threads: usize) -> String {
    let secs = elapsed.as_secs_f64().max(1e-6);
    let mut s = format!(
        "ghirbal dedup: {} records from {} inputs, {} clusters of 2+ (largest {}), {} duplicates \
         ({} exact, {} near)",
        o.documents,
        o.inputs,
        o.clusters,
        o.largest_cluster,
        o.exact_duplicates + o.near_duplicates,
        o.exact_duplicates,
        o.near_duplicates,
    );
    if dropped {
        s.push_str(&format!(
            "; wrote {} kept, {} removed",
            o.written, o.removed
        ));
    }
    if o.skipped_lines > 0 || o.failed_inputs > 0 {
        s.push_str(&format!(
            "; {} lines skipped, {} inputs failed",
            o.skipped_lines, o.failed_inputs
        ));
    }
    s.push_str(&format!(
        "\n  {:.1} MB in {:.1} s = {:.1} MB/s, {:.0} records/s on {} threads; spilled {:.1} MB; \
         peak memory {}",
        o.bytes as f64 / 1e6,
        secs,
        o.bytes as f64 / 1e6 / secs,
        o.documents as f64 / secs,
        threads,
        o.spilled_bytes as f64 / 1e6,
        crate::progress::peak_rss_kb().map_or_else(
            || "unknown".to_string(),
            |kb| format!("{:.1} MB", kb as f64 / 1e3)
        ),
    ));
    s
}

pub(crate) struct Reporter {
    bar: Option<ProgressBar>,
    quiet: bool,
    errors: Mutex<Option<Output>>,
    stage: Mutex<Option<Stage>>,
}

impl Reporter {
    pub(crate) fn new(show: bool, quiet: bool, input_bytes: u64, errors: Option<Output>) -> Self {
        let bar = show.then(|| {
            let bar = ProgressBar::with_draw_target(
                Some(input_bytes.max(1)),
                ProgressDrawTarget::stderr(),
            );
            bar.set_style(bytes_style("fingerprints"));
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Self {
            bar,
            quiet,
            errors: Mutex::new(errors),
            stage: Mutex::new(None),
        }
    }

    pub(crate) fn into_parts(self) -> (Option<ProgressBar>, Option<Output>) {
        (
            self.bar,
            self.errors.into_inner().unwrap_or_else(|e| e.into_inner()),
        )
    }
}

fn bytes_style(prefix: &str) -> ProgressStyle {
    ProgressStyle::with_template(&format!(
        "{prefix} {{spinner}} {{elapsed:>4}} [{{wide_bar}}] {{bytes}}/{{total_bytes}} {{bytes_per_sec}}"
    ))
    .unwrap_or_else(|_| ProgressStyle::default_bar())
    .progress_chars("=> ")
}

fn count_style(prefix: &str) -> ProgressStyle {
    ProgressStyle::with_template(&format!(
        "{prefix} {{spinner}} {{elapsed:>4}} [{{wide_bar}}] {{pos}}/{{len}}"
    ))
    .unwrap_or_else(|_| ProgressStyle::default_bar())
    .progress_chars("=> ")
}

impl Observer for Reporter {
    fn report(&self, r: &LineReport) {
        let label = if r.line == 0 {
            r.input.clone()
        } else {
            format!("{}:{}", r.input, r.line)
        };
        let level = if r.skipped { "error" } else { "warning" };
        if !self.quiet {
            let line = format!("{level}: {label}: {}", r.reason);
            match &self.bar {
                Some(bar) => bar.suspend(|| eprintln!("{line}")),
                None => eprintln!("{line}"),
            }
        }
        let mut errors = self.errors.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(out) = errors.as_mut() {
            let value = serde_json::json!({
                "input": r.input, "line": r.line, "error": r.reason, "skipped": r.skipped,
            });
            // A failing error log must not stop the run; the summary still counts.
            let _ = serde_json::to_writer(&mut *out, &value).map(|()| out.write_all(b"\n"));
        }
    }

    fn read(&self, _pass: u8, bytes: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(bytes);
        }
    }

    fn stage(&self, stage: Stage, done: u64, total: u64) {
        let Some(bar) = &self.bar else { return };
        let mut current = self.stage.lock().unwrap_or_else(|e| e.into_inner());
        if *current != Some(stage) {
            *current = Some(stage);
            match stage {
                Stage::Buckets => bar.set_style(count_style("buckets")),
                Stage::Clusters => bar.set_style(count_style("clusters")),
                // Pass 2 reads the input again: `total` is its size, as read.
                Stage::Writing => bar.set_style(bytes_style("writing")),
            }
            bar.set_length(total.max(1));
            bar.set_position(0);
        }
        if stage != Stage::Writing {
            bar.set_position(done);
        }
    }
}
