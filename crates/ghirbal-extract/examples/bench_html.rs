//! Benchmark runner for the HTML extractor: reads page paths (stdin, or a
//! file given as the first argument), extracts each on one thread, and
//! prints the JSON lines `bench/extraction/score.py import-rust` reads:
//! `{"path","text","secs","cpu"}` with the time of the extract call only.
//!
//! `--record` prints the whole record instead of `text`.
//!
//!     cargo build --release -p ghirbal-extract --example bench_html
//!     python3 score.py list-files --bench aeb | target/release/examples/bench_html > aeb.jsonl

use std::io::{BufRead, BufReader, Write};
use std::time::Instant;

use ghirbal_extract::{extract_html, Options};

/// UTF-8, else the `<meta charset>` when it is windows-1256 or Latin-1,
/// else lossy UTF-8: the real detection lives in ghirbal-io.
fn decode(bytes: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    if (head.contains("charset=windows-1252")
        || head.contains("charset=iso-8859-1")
        || !head.contains("charset=utf"))
        && !head.contains("1256")
    {
        return bytes.iter().map(|&b| b as char).collect();
    }
    String::from_utf8_lossy(bytes).into_owned()
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let record = args.iter().any(|a| a == "--record");
    args.retain(|a| a != "--record");
    let reader: Box<dyn BufRead> = match args.first() {
        Some(p) => Box::new(BufReader::new(std::fs::File::open(p).expect("path list"))),
        None => Box::new(BufReader::new(std::io::stdin())),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let options = Options::default();
    let (mut total, mut n) = (0f64, 0usize);
    for line in reader.lines() {
        let path = line.expect("read path list");
        let path = path.trim();
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
        let html = decode(&bytes);
        let t0 = Instant::now();
        let ex = extract_html(path, &html, None, &options);
        let secs = t0.elapsed().as_secs_f64();
        total += secs;
        n += 1;
        let a = &ex.article;
        let line = if record {
            serde_json::to_string(a).expect("json")
        } else {
            let mut text = String::new();
            if let Some(s) = &a.summary {
                text.push_str(s);
                text.push_str("\n\n");
            }
            text.push_str(&a.text);
            serde_json::json!({"path": path, "text": text, "secs": secs, "cpu": secs}).to_string()
        };
        writeln!(out, "{line}").expect("write");
    }
    eprintln!(
        "{n} pages, {total:.3} s in extract, {:.1} pages/s",
        n as f64 / total.max(1e-9)
    );
}
