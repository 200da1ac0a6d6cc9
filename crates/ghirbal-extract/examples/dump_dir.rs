//! Extracts every text dump in a directory to JSON Lines on stdout, with no
//! I/O layer in between: `cargo run --release --example dump_dir -- DIR`.
//! For tuning and profiling the dump extractor alone; users run `ghirbal extract`.

use std::io::Write;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: dump_dir DIR");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("readable directory")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for path in paths {
        let bytes = std::fs::read(&path).expect("readable file");
        // As the CLI decodes: validation only, a copy only for invalid UTF-8.
        let text = match std::str::from_utf8(&bytes) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(&bytes),
        };
        let label = path.file_name().unwrap_or_default().to_string_lossy();
        let got =
            ghirbal_extract::extract_dump(&label, &text, &ghirbal_extract::Options::default());
        serde_json::to_writer(&mut out, &got.article).expect("write");
        out.write_all(b"\n").expect("write");
    }
}
