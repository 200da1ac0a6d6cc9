//! Benchmark runner for the HTML extractor: reads page paths (stdin, or a
//! file given as the first argument; a line may be `PATH<TAB>URL`), decodes
//! each page as the CLI does, extracts it on one thread, and prints the JSON
//! lines `bench/extraction/score.py import-rust` reads:
//! `{"path","text","secs","cpu"}` with the time of the extract call only.
//! `secs` is wall time; `cpu` is this thread's CPU time (fair on a loaded
//! machine), read from `/proc/thread-self/schedstat` (nanoseconds on CPU)
//! right after a yield (see `ThreadCpu::secs`), or without schedstats from
//! the utime and stime ticks of `/proc/thread-self/stat`; wall time where
//! neither exists. `text` is the summary (lede) and the body.
//!
//! `--title` puts the title before the text; `--record` prints the whole
//! record instead of `text`; `--repeat N` extracts each page N times and
//! reports the mean times (steadier on a busy machine).
//!
//!     cargo build --release -p ghirbal-extract --example bench_html
//!     python3 score.py list-files --bench aeb | target/release/examples/bench_html > aeb.jsonl

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::FileExt;
use std::time::Instant;

use ghirbal_extract::{extract_html, Options};

/// The page's text as the CLI would read it (BOM, `<meta>` prescan, then
/// chardetng); lossy UTF-8 for what it rejects (binary-looking bytes).
fn decode(path: &str, bytes: &[u8], url: Option<&str>) -> String {
    match ghirbal_io::decode_html(path, bytes.to_vec(), None, url) {
        Ok(d) => d.text,
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// This thread's CPU time, read from procfs through a file kept open (a
/// read at offset 0 makes the kernel write the numbers afresh).
struct ThreadCpu {
    file: Option<File>,
    /// `schedstat` (ns) rather than `stat` (clock ticks).
    nanos: bool,
    buf: Vec<u8>,
}

impl ThreadCpu {
    fn open() -> ThreadCpu {
        let mut t = ThreadCpu {
            file: File::open("/proc/thread-self/schedstat").ok(),
            nanos: true,
            buf: vec![0; 1024],
        };
        // Kernels without schedstats print zeros there.
        if t.secs().is_none_or(|s| s == 0.0) {
            t.file = File::open("/proc/thread-self/stat").ok();
            t.nanos = false;
        }
        if t.secs().is_none() {
            t.file = None;
        }
        t
    }

    fn secs(&mut self) -> Option<f64> {
        // The kernel brings a running thread's count up to date only at
        // scheduler ticks (4 ms at 250 Hz, longer than most pages) and at
        // scheduling points: yielding makes one, so the count read next is
        // exact to a few microseconds.
        std::thread::yield_now();
        let n = self.file.as_ref()?.read_at(&mut self.buf, 0).ok()?;
        let text = std::str::from_utf8(&self.buf[..n]).ok()?;
        if self.nanos {
            let ns: f64 = text.split_whitespace().next()?.parse().ok()?;
            return Some(ns / 1e9);
        }
        // Fields after the `(comm)`, which may hold spaces: utime and stime
        // are fields 14 and 15 of the line, 12 and 13 after `)`.
        let rest = &text[text.rfind(')')? + 1..];
        let mut f = rest.split_whitespace().skip(11);
        let utime: f64 = f.next()?.parse().ok()?;
        let stime: f64 = f.next()?.parse().ok()?;
        // USER_HZ is 100 on every Linux ABI.
        Some((utime + stime) / 100.0)
    }
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let record = args.iter().any(|a| a == "--record");
    args.retain(|a| a != "--record");
    let with_title = args.iter().any(|a| a == "--title");
    args.retain(|a| a != "--title");
    let mut repeat = 1usize;
    if let Some(i) = args.iter().position(|a| a == "--repeat") {
        repeat = args
            .get(i + 1)
            .and_then(|n| n.parse().ok())
            .filter(|&n| n > 0)
            .expect("--repeat N");
        args.drain(i..i + 2);
    }
    let reader: Box<dyn BufRead> = match args.first() {
        Some(p) => Box::new(BufReader::new(std::fs::File::open(p).expect("path list"))),
        None => Box::new(BufReader::new(std::io::stdin())),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let options = Options::default();
    let mut clock = ThreadCpu::open();
    let (mut total, mut total_cpu, mut n) = (0f64, 0f64, 0usize);
    for line in reader.lines() {
        let line = line.expect("read path list");
        // `PATH` or `PATH<TAB>URL`.
        let (path, url) = match line.trim().split_once('\t') {
            Some((p, u)) => (p.trim(), Some(u.trim()).filter(|u| !u.is_empty())),
            None => (line.trim(), None),
        };
        if path.is_empty() {
            continue;
        }
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: {path}: {e}");
                continue;
            }
        };
        let html = decode(path, &bytes, url);
        let c0 = clock.secs();
        let t0 = Instant::now();
        let mut ex = extract_html(path, &html, url, &options);
        for _ in 1..repeat {
            ex = extract_html(path, &html, url, &options);
        }
        let secs = t0.elapsed().as_secs_f64() / repeat as f64;
        let cpu = match (c0, clock.secs()) {
            (Some(a), Some(b)) => (b - a).max(0.0) / repeat as f64,
            _ => secs,
        };
        total += secs;
        total_cpu += cpu;
        n += 1;
        let a = &ex.article;
        let line = if record {
            serde_json::to_string(a).expect("json")
        } else {
            let mut text = String::new();
            if let (true, Some(t)) = (with_title, &a.title) {
                text.push_str(t);
                text.push_str("\n\n");
            }
            if let Some(s) = &a.summary {
                text.push_str(s);
                text.push_str("\n\n");
            }
            text.push_str(&a.text);
            serde_json::json!({"path": path, "text": text, "secs": secs, "cpu": cpu}).to_string()
        };
        writeln!(out, "{line}").expect("write");
    }
    eprintln!(
        "{n} pages, {total:.3} s wall in extract ({:.1} pages/s), {total_cpu:.3} s CPU ({:.1} pages per CPU-second)",
        n as f64 / total.max(1e-9),
        n as f64 / total_cpu.max(1e-9)
    );
}
