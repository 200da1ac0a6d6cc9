//! What the user sees on stderr while and after a run.

use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use ghirbal_io::Skipped;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

/// A progress bar that may be absent, plus stderr reporting that does not
/// tear it.
#[derive(Debug)]
pub struct Progress {
    bar: Option<ProgressBar>,
    bytes: Arc<AtomicU64>,
}

impl Progress {
    /// `show` decides whether there is a bar at all; without one, every
    /// method is a cheap no-op apart from printing.
    pub fn new(total: u64, show: bool) -> Self {
        let bytes = Arc::new(AtomicU64::new(0));
        let bar = show.then(|| {
            let rate_bytes = Arc::clone(&bytes);
            let rate = move |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                let secs = state.elapsed().as_secs_f64().max(1e-3);
                let mb = rate_bytes.load(Ordering::Relaxed) as f64 / 1e6;
                let _ = write!(w, "{:.1} MB/s", mb / secs);
            };
            let style = ProgressStyle::with_template(
                "{spinner} {elapsed:>4} [{wide_bar}] {pos}/{len} inputs  {rate}  eta {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .with_key("rate", rate)
            .progress_chars("=> ");
            let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
                .with_style(style);
            // Keeps elapsed time and the rate moving while one big input
            // (or a slow stdin) holds everything up.
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Self { bar, bytes }
    }

    /// Called from worker threads as each input finishes.
    pub fn advance(&self, bytes: u64) {
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// More inputs to wait for: the records of a container, found as it is
    /// read.
    pub fn add_len(&self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.inc_length(n);
        }
    }

    /// Prints a line on stderr above the bar. Errors are ignored: a closed
    /// stderr must not stop the run that stdout or the output file records.
    pub fn eprintln(&self, line: &str) {
        let print = || {
            let _ = writeln!(std::io::stderr().lock(), "{line}");
        };
        match &self.bar {
            Some(bar) => bar.suspend(print),
            None => print(),
        }
    }

    pub fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        // Also on early exits (a broken pipe): never leave a half-drawn bar.
        self.clear();
    }
}

/// Counts for the end-of-run summary.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Stats {
    /// Documents (files, WARC records, JSON lines) and inputs that failed.
    pub inputs: u64,
    /// Records written (or inputs explained), by kind.
    pub html: u64,
    pub text: u64,
    /// HTML inputs left out by --explain.
    pub not_explained: u64,
    pub errors: u64,
    pub warnings: u64,
    pub bytes_read: u64,
    pub skipped: Skipped,
}

impl Stats {
    pub fn records(&self) -> u64 {
        self.html + self.text
    }

    pub fn summary(&self, elapsed: Duration, explain: bool) -> String {
        let secs = elapsed.as_secs_f64();
        let mb = self.bytes_read as f64 / 1e6;
        let rate = if secs > 0.0 { mb / secs } else { 0.0 };
        let records = self.records();
        let mut parts = vec![format!(
            "ghirbal: {} {}, {} {}, {} {}, {} {}",
            self.inputs,
            plural(self.inputs, "input", "inputs"),
            records,
            match (explain, records == 1) {
                (true, _) => "explained",
                (false, true) => "record",
                (false, false) => "records",
            },
            self.errors,
            plural(self.errors, "error", "errors"),
            self.warnings,
            plural(self.warnings, "warning", "warnings"),
        )];
        if explain {
            if self.not_explained > 0 {
                parts.push(format!("{} html not explained", self.not_explained));
            }
        } else if records > 0 {
            parts.push(format!("{} html, {} text", self.html, self.text));
        }
        let skipped = self.skipped.total();
        if skipped > 0 {
            let reasons: Vec<String> = self
                .skipped
                .iter()
                .map(|(reason, n)| format!("{n} {reason}"))
                .collect();
            parts.push(format!(
                "{skipped} WARC {} skipped ({})",
                plural(skipped, "record", "records"),
                reasons.join(", ")
            ));
        }
        parts.push(format!("{mb:.2} MB read in {secs:.2} s ({rate:.1} MB/s)"));
        parts.join("; ")
    }
}

fn plural(n: u64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// Peak resident memory of this process in kB (Linux's VmHWM).
pub fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The worker pool of a run: `--threads`, or every core; returns its size
/// with it.
pub fn worker_pool(threads: Option<u16>) -> anyhow::Result<(usize, rayon::ThreadPool)> {
    let threads = match threads {
        Some(n) => usize::from(n),
        None => std::thread::available_parallelism().map_or(1, usize::from),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("ghirbal-{i}"))
        .build()
        .map_err(|e| anyhow::anyhow!("starting worker threads: {e}"))?;
    Ok((threads, pool))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghirbal_io::SkipReason;

    #[test]
    fn summary_reads_well() {
        let stats = Stats {
            inputs: 3,
            text: 2,
            errors: 1,
            warnings: 1,
            bytes_read: 2_500_000,
            ..Stats::default()
        };
        assert_eq!(
            stats.summary(Duration::from_secs(2), false),
            "ghirbal: 3 inputs, 2 records, 1 error, 1 warning; 0 html, 2 text; \
             2.50 MB read in 2.00 s (1.2 MB/s)"
        );
    }

    #[test]
    fn summary_counts_skipped_records() {
        let mut stats = Stats {
            inputs: 2,
            html: 1,
            text: 1,
            ..Stats::default()
        };
        stats.skipped.add(SkipReason::Request);
        stats.skipped.add(SkipReason::Request);
        stats.skipped.add(SkipReason::NotHtml);
        assert_eq!(
            stats.summary(Duration::from_secs(1), false),
            "ghirbal: 2 inputs, 2 records, 0 errors, 0 warnings; 1 html, 1 text; \
             3 WARC records skipped (2 request, 1 non-HTML); 0.00 MB read in 1.00 s (0.0 MB/s)"
        );
        stats.not_explained = 1;
        stats.html = 0;
        assert!(stats.summary(Duration::from_secs(1), true).starts_with(
            "ghirbal: 2 inputs, 1 explained, 0 errors, 0 warnings; 1 html not explained; 3 WARC"
        ));
    }
}
