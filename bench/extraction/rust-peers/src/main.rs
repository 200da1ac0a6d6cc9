//! Runs one Rust peer extractor over a list of HTML files and writes the JSONL
//! that `score.py import-rust` reads: one `{"path","text","secs","cpu","err"}`
//! object per line, in input order.
//!
//!   rust-peers TOOL PATHLIST
//!
//! TOOL is `rs_trafilatura` or `dom_smoothie`. PATHLIST has one page per line:
//! the path (exactly as `score.py list-files` prints it), optionally followed
//! by a TAB and the page URL (used only when it is an absolute http(s) URL).
//! `-` reads the list from stdin.
//!
//! Timing mirrors score.py's Python side: the file is read and decoded to a
//! `String` first (untimed; same rule as score.py's `decode_html`: UTF-8, else
//! the `<meta charset>` in the first 4 KiB, else windows-1252), then the
//! extractor call alone is timed with the wall clock (`secs`) and the process
//! CPU clock (`cpu`, CLOCK_PROCESS_CPUTIME_ID). One untimed warm-up call on the
//! first page comes first. The runner is single-threaded, and so are both
//! crates. A panic counts as empty output with `err` set, like a Python
//! exception does in score.py.
use std::io::{BufRead, BufWriter, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

fn cpu_now() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime failed");
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// Same rule as score.py's `decode_html`.
fn decode_html(raw: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(raw) {
        return s.to_string();
    }
    let head = &raw[..raw.len().min(4096)];
    if let Some(label) = meta_charset(head) {
        if let Some(enc) = encoding_rs::Encoding::for_label(label) {
            return enc.decode_without_bom_handling(raw).0.into_owned();
        }
    }
    encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(raw)
        .0
        .into_owned()
}

/// `<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)`, case-insensitive.
fn meta_charset(head: &[u8]) -> Option<&[u8]> {
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = find(&lower[from..], b"<meta") {
        let start = from + i + 5;
        let end = find(&lower[start..], b">").map_or(lower.len(), |j| start + j);
        if let Some(j) = find(&lower[start..end], b"charset=") {
            let mut k = start + j + 8;
            if k < end && (lower[k] == b'"' || lower[k] == b'\'') {
                k += 1;
            }
            let v0 = k;
            while k < end
                && (lower[k].is_ascii_alphanumeric() || lower[k] == b'_' || lower[k] == b'-')
            {
                k += 1;
            }
            if k > v0 {
                return Some(&head[v0..k]);
            }
        }
        from = start;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

type Extractor = fn(&str, Option<&str>) -> Result<String, String>;

fn rs_trafilatura(html: &str, url: Option<&str>) -> Result<String, String> {
    // Defaults (no comments, tables kept, plain text), as trafilatura's
    // `extract(html, url=url, include_comments=False)` on the Python side.
    let opts = rs_trafilatura::Options {
        url: url.map(str::to_string),
        ..Default::default()
    };
    rs_trafilatura::extract_with_options(html, &opts)
        .map(|r| r.content_text)
        .map_err(|e| format!("Error: {e}"))
}

fn dom_smoothie(html: &str, url: Option<&str>) -> Result<String, String> {
    // TextMode::Formatted: block elements end in newlines. The default Raw mode
    // concatenates text nodes as-is and can glue words across tags, which the
    // word metrics would count as misses.
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let mut r =
        dom_smoothie::Readability::new(html, url, Some(cfg)).map_err(|e| format!("Error: {e}"))?;
    r.parse()
        .map(|a| a.text_content.to_string())
        .map_err(|e| format!("Error: {e}"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() != 2 {
        eprintln!("usage: rust-peers rs_trafilatura|dom_smoothie PATHLIST|-");
        std::process::exit(2);
    }
    let tool: Extractor = match args[0].as_str() {
        "rs_trafilatura" | "rs-trafilatura" => rs_trafilatura,
        "dom_smoothie" | "dom-smoothie" => dom_smoothie,
        t => {
            eprintln!("unknown tool {t}");
            std::process::exit(2);
        }
    };
    let list: Vec<String> = if args[1] == "-" {
        std::io::stdin()
            .lock()
            .lines()
            .map(|l| l.expect("stdin"))
            .collect()
    } else {
        std::fs::read_to_string(&args[1])
            .expect("read PATHLIST")
            .lines()
            .map(str::to_string)
            .collect()
    };
    let pages: Vec<(String, Option<String>)> = list
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| match l.split_once('\t') {
            // Only absolute http(s) URLs: some benches key pages by a label
            // (traf-eval's `hard::site.html`), and dom_smoothie rejects a
            // relative document URL outright.
            Some((p, u)) if u.trim().starts_with("http://") || u.trim().starts_with("https://") => {
                (p.to_string(), Some(u.trim().to_string()))
            }
            Some((p, _)) => (p.to_string(), None),
            None => (l.to_string(), None),
        })
        .collect();
    // Quiet the default panic hook: a panicking page is reported in `err`.
    std::panic::set_hook(Box::new(|_| {}));
    if let Some((p, u)) = pages.first() {
        if let Ok(raw) = std::fs::read(p) {
            let html = decode_html(&raw);
            let _ = catch_unwind(AssertUnwindSafe(|| tool(&html, u.as_deref())));
        }
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut n_err = 0usize;
    for (path, url) in &pages {
        let (text, secs, cpu, err) = match std::fs::read(path) {
            Err(e) => (String::new(), 0.0, 0.0, format!("read: {e}")),
            Ok(raw) => {
                let html = decode_html(&raw);
                let t0 = Instant::now();
                let c0 = cpu_now();
                let r = catch_unwind(AssertUnwindSafe(|| tool(&html, url.as_deref())));
                let cpu = cpu_now() - c0;
                let secs = t0.elapsed().as_secs_f64();
                match r {
                    Ok(Ok(t)) => (t, secs, cpu, String::new()),
                    Ok(Err(e)) => (String::new(), secs, cpu, e),
                    Err(p) => {
                        let msg = p
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| p.downcast_ref::<String>().cloned())
                            .unwrap_or_default();
                        (
                            String::new(),
                            secs,
                            cpu,
                            format!("panic: {}", msg.chars().take(100).collect::<String>()),
                        )
                    }
                }
            }
        };
        if !err.is_empty() {
            n_err += 1;
        }
        let line =
            serde_json::json!({"path": path, "text": text, "secs": secs, "cpu": cpu, "err": err});
        writeln!(out, "{line}").expect("write stdout");
    }
    out.flush().expect("flush stdout");
    eprintln!("{}: {} pages, {} errors", args[0], pages.len(), n_err);
}
