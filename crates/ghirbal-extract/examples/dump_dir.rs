//! Extracts every text dump in a directory to JSON Lines on stdout, with no
//! I/O layer in between: `cargo run --release --example dump_dir -- DIR`.
//! For tuning and profiling the dump extractor alone; users run `ghirbal extract`.
//! Like `ghirbal extract`, it first learns the folder's furniture from all its
//! dumps (`--no-learn` skips that).

use std::borrow::Cow;
use std::io::Write;
use std::sync::Arc;

use ghirbal_extract::furniture::{self, Thresholds};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let learn = !args.iter().any(|a| a == "--no-learn");
    args.retain(|a| a != "--no-learn");
    // `--repeat K`: extract every dump K times, print nothing but the time
    // (for profiling the extractor without file reads or JSON).
    let repeat = args.iter().position(|a| a == "--repeat").map(|i| {
        args.remove(i);
        args.remove(i).parse::<usize>().expect("--repeat K")
    });
    // `--explain NAME`: every line's class and reason for that one dump
    // (`--explain '*'`: for every dump, as `NAME<TAB>JSON` rows).
    let explain = args.iter().position(|a| a == "--explain").map(|i| {
        args.remove(i);
        args.remove(i)
    });
    let dir = args.first().expect("usage: dump_dir [--no-learn] DIR");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("readable directory")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).expect("readable file");
            // As the CLI decodes: a copy only for invalid UTF-8.
            match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
            }
        })
        .collect();
    let mut options = ghirbal_extract::Options::default();
    if learn {
        options.furniture = Some(Arc::new(furniture::learn(&texts, &Thresholds::default())));
    }
    if let Some(times) = repeat {
        let started = std::time::Instant::now();
        let mut kept = 0usize;
        for _ in 0..times {
            for (path, text) in paths.iter().zip(&texts) {
                let label = path.file_name().unwrap_or_default().to_string_lossy();
                let got = ghirbal_extract::extract_dump(&label, text, &options);
                kept += got.article.text.len();
            }
        }
        let bytes: usize = texts.iter().map(String::len).sum::<usize>() * times;
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "{times} x {} dumps: {:.0} ms, {:.1} MB/s ({kept} body bytes)",
            texts.len(),
            secs * 1e3,
            bytes as f64 / 1e6 / secs
        );
        return;
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (path, text) in paths.iter().zip(&texts) {
        let label: Cow<str> = path.file_name().unwrap_or_default().to_string_lossy();
        if let Some(name) = &explain {
            // `--explain '*'`: every dump's lines, as JSON rows.
            if name == "*" {
                options.explain = true;
                let got = ghirbal_extract::extract_dump(&label, text, &options);
                for row in got.explain {
                    let row = serde_json::to_string(&row).expect("serializable");
                    writeln!(out, "{label}\t{row}").expect("write");
                }
                continue;
            }
            if label != name.as_str() {
                continue;
            }
            options.explain = true;
            let got = ghirbal_extract::extract_dump(&label, text, &options);
            for row in got.explain {
                let class = row.class.as_str();
                writeln!(
                    out,
                    "{:4} {class:<14} {:<40} {}",
                    row.line, row.reason, row.text
                )
                .expect("write");
            }
            serde_json::to_writer(&mut out, &got.article).expect("write");
            out.write_all(b"\n").expect("write");
            continue;
        }
        let got = ghirbal_extract::extract_dump(&label, text, &options);
        serde_json::to_writer(&mut out, &got.article).expect("write");
        out.write_all(b"\n").expect("write");
    }
}
