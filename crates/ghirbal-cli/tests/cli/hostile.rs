//! Hostile input, generated here (no blobs are committed): broken archives,
//! lying WARC lengths, bombs, huge and deep pages, odd encodings and file
//! system traps, mixed with good pages. Every bad input must be reported
//! (stderr, summary, --errors) and none may change what the good pages give.

use std::fs::{self, File};
use std::io::Write;
use std::path::Path;

use serde_json::Value;

use super::{ghirbal, page, records, stderr, PAGE};

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn zstd(bytes: &[u8]) -> Vec<u8> {
    zstd::encode_all(bytes, 3).unwrap()
}

fn warc_record(uri: &str, block: &[u8], length: usize) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-03-01T10:00:00Z\r\n\
         WARC-Record-ID: <urn:uuid:{:08x}-0000-0000-0000-000000000000>\r\n\
         WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n\
         Content-Length: {length}\r\n\r\n",
        uri.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn response(uri: &str, html: &str) -> Vec<u8> {
    let block = http(html.as_bytes(), "");
    warc_record(uri, &block, block.len())
}

fn http(body: &[u8], extra_headers: &str) -> Vec<u8> {
    let mut block = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{extra_headers}\
         Content-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    block.extend_from_slice(body);
    block
}

fn html_page(n: usize) -> String {
    format!(
        "<!doctype html><html><head><title>خبر {n}</title></head><body><article>\
         <h1>افتتاح معرض الكتاب الدولي في دورته رقم {n}</h1>\
         <p>افتتح وزير الثقافة صباح اليوم معرض الكتاب الدولي بمشاركة أكثر من \
         خمسمائة دار نشر من ثلاثين دولة عربية وأجنبية.</p>\
         <p>وقال مدير المعرض إن الدورة الحالية تشهد إقبالا كبيرا من الزوار، \
         وإن البرنامج الثقافي يتضمن ندوات وأمسيات شعرية طوال أيام المعرض.</p>\
         </article></body></html>"
    )
}

fn json_line(n: usize) -> String {
    serde_json::json!({"url": format!("https://example.com/{n}"), "html": html_page(n)}).to_string()
}

/// The good documents, written into `dir`.
fn write_good(dir: &Path) {
    fs::write(dir.join("good-01.txt"), PAGE).unwrap();
    fs::write(dir.join("good-02.txt"), page(3)).unwrap();
    fs::write(dir.join("good-03.html"), html_page(1)).unwrap();
    let sample = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/html/01_akhbar_iraq_voters.html"
    );
    fs::copy(sample, dir.join("good-04.html")).unwrap();
    fs::write(dir.join("good-05.txt.gz"), gzip(page(5).as_bytes())).unwrap();
    fs::write(dir.join("good-06.txt.zst"), zstd(page(6).as_bytes())).unwrap();
    let mut warc = response("https://example.com/w1", &html_page(2));
    warc.extend(response("https://example.com/w2", &html_page(3)));
    fs::write(dir.join("good-07.warc"), &warc).unwrap();
    fs::write(
        dir.join("good-08.jsonl"),
        format!("{}\n{}\n", json_line(4), json_line(5)),
    )
    .unwrap();
}

/// What must be reported: an input label (or its start, for a container's
/// records) and a piece of the reason.
struct Bad {
    label: &'static str,
    reason: &'static str,
}

const fn bad(label: &'static str, reason: &'static str) -> Bad {
    Bad { label, reason }
}

/// The bad documents, written into `dir`; returns what each must give.
fn write_bad(dir: &Path) -> Vec<Bad> {
    let mut expected = Vec::new();

    let gz = gzip(page(7).as_bytes());
    fs::write(dir.join("bad-truncated.txt.gz"), &gz[..gz.len() / 2]).unwrap();
    expected.push(bad("corpus/bad-truncated.txt.gz", "gzip stream truncated"));

    let zst = zstd(page(8).repeat(20).as_bytes());
    fs::write(dir.join("bad-truncated.txt.zst"), &zst[..zst.len() / 2]).unwrap();
    expected.push(bad("corpus/bad-truncated.txt.zst", "zstd stream truncated"));

    let mut cut = response("https://example.com/t", &html_page(9));
    cut.truncate(cut.len() / 2);
    fs::write(dir.join("bad-truncated.warc"), &cut).unwrap();
    expected.push(bad("corpus/bad-truncated.warc#0", "WARC: "));

    let member = gzip(&response("https://example.com/tg", &html_page(10)));
    fs::write(
        dir.join("bad-truncated.warc.gz"),
        &member[..member.len() - 20],
    )
    .unwrap();
    expected.push(bad(
        "corpus/bad-truncated.warc.gz#0",
        "gzip stream truncated",
    ));

    // A Content-Length far too long swallows the next record, which the
    // reader finds inside it and still gives.
    let block = http(html_page(11).as_bytes(), "");
    let mut long = warc_record("https://example.com/long", &block, block.len() + 5_000);
    long.extend(response("https://example.com/after-long", &html_page(12)));
    fs::write(dir.join("bad-length-long.warc"), &long).unwrap();
    expected.push(bad("corpus/bad-length-long.warc#0", "WARC: "));

    // Too short: the record's tail is garbage before the next `WARC/1.0`.
    let block = http(html_page(13).as_bytes(), "");
    let mut short = warc_record("https://example.com/short", &block, block.len() - 200);
    short.extend(response("https://example.com/after-short", &html_page(14)));
    fs::write(dir.join("bad-length-short.warc"), &short).unwrap();
    expected.push(bad("corpus/bad-length-short.warc#", "WARC: "));

    fs::write(dir.join("bad-nul.txt"), vec![0u8; 4096]).unwrap();
    expected.push(bad("corpus/bad-nul.txt", "binary file"));

    fs::write(dir.join("bad-empty.txt"), b"").unwrap();
    expected.push(bad("corpus/bad-empty.txt", "empty file"));

    let depth = 1_000_000;
    let mut deep = String::with_capacity(depth * 11 + 100);
    deep.push_str("<!doctype html><html><body>");
    deep.push_str(&"<div>".repeat(depth));
    deep.push_str("<p>نص في القاع</p>");
    deep.push_str(&"</div>".repeat(depth));
    fs::write(dir.join("bad-deep.html"), deep).unwrap();
    expected.push(bad("corpus/bad-deep.html", "(--max-depth)"));

    // 200 MB on one line, written in pieces to keep the test's own memory
    // low; refused by its size before a byte is read.
    let mut huge = File::create(dir.join("bad-huge-line.txt")).unwrap();
    let piece = "كلمة ".repeat(1 << 17);
    let written =
        (0..(200 << 20) / piece.len() + 1).try_for_each(|_| huge.write_all(piece.as_bytes()));
    if let Err(e) = written {
        // A disk short of 200 MB: a sparse file is as large to the size
        // check, which is all a default run reads of it.
        eprintln!("note: the 200 MB line is sparse ({e})");
        huge.set_len(200 << 20).unwrap();
    }
    drop(huge);
    expected.push(bad("corpus/bad-huge-line.txt", "(--max-bytes)"));

    // 16 MiB of one byte: about 1000:1.
    let bomb = gzip(&vec![b'a'; 16 << 20]);
    assert!(bomb.len() < (16 << 20) / 900, "{}", bomb.len());
    fs::write(dir.join("bad-bomb.txt.gz"), &bomb).unwrap();
    expected.push(bad("corpus/bad-bomb.txt.gz", "(--max-ratio)"));

    // The same bomb as a WARC.gz member, then a good member the reader
    // still reaches.
    let mut bomb_body = b"<html><body><p>".to_vec();
    bomb_body.extend(vec![b' '; 16 << 20]);
    let block = http(&bomb_body, "");
    let mut warc_gz = gzip(&warc_record(
        "https://example.com/bomb",
        &block,
        block.len(),
    ));
    let bomb_member_len = warc_gz.len();
    warc_gz.extend(gzip(&response(
        "https://example.com/after-bomb",
        &html_page(15),
    )));
    fs::write(dir.join("bad-bomb.warc.gz"), &warc_gz).unwrap();
    expected.push(bad("corpus/bad-bomb.warc.gz#0", "(--max-ratio)"));
    assert!(bomb_member_len < (16 << 20) / 500);

    // A gzip Content-Encoding bomb inside an uncompressed WARC.
    let coded = gzip(&vec![b' '; 16 << 20]);
    let block = http(&coded, "Content-Encoding: gzip\r\n");
    fs::write(
        dir.join("bad-bomb-coding.warc"),
        warc_record("https://example.com/coded", &block, block.len()),
    )
    .unwrap();
    expected.push(bad("corpus/bad-bomb-coding.warc#0", "(--max-ratio)"));

    // Two symlinks pointing at each other: the walk reports each.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("bad-loop-b", dir.join("bad-loop-a")).unwrap();
        std::os::unix::fs::symlink("bad-loop-a", dir.join("bad-loop-b")).unwrap();
        expected.push(bad("corpus/bad-loop-a", "symbolic links"));
        expected.push(bad("corpus/bad-loop-b", "symbolic links"));
        // A link back to the directory itself is cut without a word: no
        // page may be read twice.
        std::os::unix::fs::symlink(".", dir.join("loop-self")).unwrap();
    }

    let lines = [
        json_line(20),
        "{\"html\": \"<p>cut off".to_string(),
        "{\"html\": 3}".to_string(),
        "[1, 2]".to_string(),
        "\u{0}\u{0}\u{0}".to_string(),
        json_line(21),
    ];
    fs::write(dir.join("bad-lines.jsonl"), lines.join("\n") + "\n").unwrap();
    expected.push(bad("corpus/bad-lines.jsonl#2", "JSON: "));
    expected.push(bad("corpus/bad-lines.jsonl#3", "JSON: "));
    expected.push(bad("corpus/bad-lines.jsonl#4", "JSON: "));
    expected.push(bad("corpus/bad-lines.jsonl#5", "JSON: "));

    let unreadable = dir.join("bad-unreadable.txt");
    fs::write(&unreadable, PAGE).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&unreadable, fs::Permissions::from_mode(0o000)).unwrap();
    }
    if File::open(&unreadable).is_ok() {
        // Root reads whatever the mode says.
        eprintln!("note: skipping the unreadable-file case: this user can read a mode 000 file");
        fs::remove_file(&unreadable).unwrap();
    } else {
        expected.push(bad("corpus/bad-unreadable.txt", "Permission denied"));
    }
    expected
}

/// Inputs that look hostile but are pages: each must give a record, with
/// the text right and a warning saying what was guessed or repaired.
fn write_recoverable(dir: &Path) -> Vec<(&'static str, &'static str, &'static str)> {
    let arabic = "وصل وفد رسمي إلى العاصمة صباح اليوم في زيارة تستمر ثلاثة أيام.\n\
                  وتتناول المحادثات سبل تعزيز التعاون في مجالي التعليم والصحة.\n";
    let mut damaged = PAGE.as_bytes().to_vec();
    damaged.insert(PAGE.find('\n').unwrap() + 1, 0xff);
    fs::write(dir.join("odd-invalid-utf8.txt"), damaged).unwrap();

    let utf16 = |text: &str, big_endian: bool, bom: bool| -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend(if big_endian {
                [0xfe, 0xff]
            } else {
                [0xff, 0xfe]
            });
        }
        for unit in text.encode_utf16() {
            out.extend(if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        out
    };
    let html = html_page(30);
    fs::write(dir.join("odd-utf16le-bom.html"), utf16(&html, false, true)).unwrap();
    fs::write(dir.join("odd-utf16be-bom.txt"), utf16(arabic, true, true)).unwrap();
    fs::write(dir.join("odd-utf16le.html"), utf16(&html, false, false)).unwrap();
    fs::write(dir.join("odd-utf16be.txt"), utf16(arabic, true, false)).unwrap();
    let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(arabic);
    fs::write(dir.join("odd-cp1256.txt"), &cp1256).unwrap();
    let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(&html);
    fs::write(dir.join("odd-cp1256.html"), &cp1256).unwrap();
    vec![
        (
            "corpus/odd-invalid-utf8.txt",
            "المدينة القديمة",
            "invalid-utf8",
        ),
        ("corpus/odd-utf16le-bom.html", "معرض الكتاب", ""),
        ("corpus/odd-utf16be-bom.txt", "سبل تعزيز التعاون", ""),
        ("corpus/odd-utf16le.html", "معرض الكتاب", "UTF-16LE without"),
        (
            "corpus/odd-utf16be.txt",
            "سبل تعزيز التعاون",
            "UTF-16BE without",
        ),
        ("corpus/odd-cp1256.txt", "سبل تعزيز التعاون", "windows-1256"),
        ("corpus/odd-cp1256.html", "معرض الكتاب", "windows-1256"),
    ]
}

fn summary_count(err: &str, what: &str) -> u64 {
    let line = err
        .lines()
        .find(|l| l.starts_with("ghirbal: "))
        .unwrap_or_else(|| panic!("no summary in {err}"));
    line.split(", ")
        .flat_map(|part| part.strip_prefix("ghirbal: ").or(Some(part)))
        .find_map(|part| part.strip_suffix(what)?.trim().parse().ok())
        .unwrap_or_else(|| panic!("no `{what}` in {line}"))
}

#[test]
fn hostile_inputs_are_each_reported_and_leave_good_pages_alone() {
    let tmp = tempfile::tempdir().unwrap();
    // GHIRBAL_HOSTILE_DIR=DIR keeps the corpus (DIR/corpus) for measuring
    // a release build on it (BENCHMARKS.md).
    let kept = std::env::var_os("GHIRBAL_HOSTILE_DIR").map(std::path::PathBuf::from);
    let root = kept.as_deref().unwrap_or(tmp.path());
    let dir = root.join("corpus");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let _ = fs::remove_file(root.join("errors.jsonl"));
    write_good(&dir);
    let args = ["extract", "corpus", "-j", "2", "--errors", "errors.jsonl"];
    let clean = ghirbal(root, &args);
    assert_eq!(clean.status.code(), Some(0), "{}", stderr(&clean));
    let clean_records = records(&clean);
    assert_eq!(clean_records.len(), 10, "{}", stderr(&clean));

    let expected = write_bad(&dir);
    let recoverable = write_recoverable(&dir);
    let mixed = ghirbal(root, &args);
    let err = stderr(&mixed);
    assert_eq!(mixed.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(!err.contains("internal error"), "{err}");

    // Every good page gives the same record as in a run of its own.
    let mixed_records = records(&mixed);
    let label = |r: &Value| r["input"].as_str().unwrap().to_string();
    let good: Vec<Value> = mixed_records
        .iter()
        .filter(|r| label(r).starts_with("corpus/good-"))
        .cloned()
        .collect();
    assert_eq!(good, clean_records);

    // Every bad input is reported on stderr and in --errors, and nothing
    // else failed.
    let errors: Vec<Value> = fs::read_to_string(root.join("errors.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for b in &expected {
        let hit = errors.iter().find(|e| {
            e["input"].as_str().unwrap().starts_with(b.label)
                && e["error"].as_str().unwrap().contains(b.reason)
        });
        let Some(hit) = hit else {
            panic!(
                "{} ({}) not in --errors: {errors:#?}\n{err}",
                b.label, b.reason
            );
        };
        let line = format!(
            "error: {}: {}\n",
            hit["input"].as_str().unwrap(),
            hit["error"].as_str().unwrap()
        );
        assert!(err.contains(&line), "{line} not on stderr: {err}");
    }
    for e in &errors {
        let input = e["input"].as_str().unwrap();
        assert!(input.starts_with("corpus/bad-"), "{e} failed:\n{err}");
    }
    let error_lines = err.lines().filter(|l| l.starts_with("error: ")).count();
    assert_eq!(error_lines, errors.len(), "{err}");
    assert_eq!(summary_count(&err, " errors"), errors.len() as u64, "{err}");

    // Pages after the damage in a container are still read.
    for after in [
        "corpus/bad-length-long.warc#",
        "corpus/bad-length-short.warc#",
        "corpus/bad-bomb.warc.gz#",
        "corpus/bad-lines.jsonl#1",
        "corpus/bad-lines.jsonl#6",
    ] {
        assert!(
            mixed_records.iter().any(|r| label(r).starts_with(after)),
            "no record from {after}: {:?}",
            mixed_records.iter().map(label).collect::<Vec<_>>()
        );
    }
    let bomb_urls: Vec<&str> = mixed_records
        .iter()
        .filter(|r| label(r).starts_with("corpus/bad-bomb.warc.gz#"))
        .filter_map(|r| r["url"].as_str())
        .collect();
    assert_eq!(bomb_urls, ["https://example.com/after-bomb"]);

    // The odd encodings are read, not failed.
    for (name, text, warning) in recoverable {
        let Some(record) = mixed_records.iter().find(|r| label(r) == name) else {
            panic!("no record for {name}:\n{err}");
        };
        assert!(
            record["text"].as_str().unwrap().contains(text),
            "{name}: {record}"
        );
        let warnings = record["warnings"].to_string();
        assert!(warnings.contains(warning), "{name}: {warnings}");
    }

    // No page was read twice through the link back to the directory.
    let mut labels: Vec<String> = mixed_records.iter().map(label).collect();
    let n = labels.len();
    labels.sort();
    labels.dedup();
    assert_eq!(labels.len(), n);
}

#[test]
fn a_time_limit_fails_the_document_and_names_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), PAGE).unwrap();
    fs::write(dir.path().join("b.html"), html_page(1)).unwrap();
    // A nanosecond: gone before extraction's first look at the clock.
    let out = ghirbal(
        dir.path(),
        &[
            "extract",
            "a.txt",
            "b.html",
            "--max-doc-secs",
            "0.000000001",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for input in ["a.txt", "b.html"] {
        assert!(
            err.contains(&format!(
                "error: {input}: extraction ran past the time limit of 0.000000001 s per \
                 document (--max-doc-secs)\n"
            )),
            "{err}"
        );
    }
    // 0 turns the limit off.
    let out = ghirbal(
        dir.path(),
        &["extract", "a.txt", "b.html", "--max-doc-secs", "0"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn limits_can_be_raised() {
    let dir = tempfile::tempdir().unwrap();
    let bomb = gzip(&PAGE.repeat(2_000).into_bytes());
    fs::write(dir.path().join("big.txt.gz"), &bomb).unwrap();
    let out = ghirbal(dir.path(), &["extract", "big.txt.gz"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("(--max-ratio)"), "{}", stderr(&out));
    let out = ghirbal(dir.path(), &["extract", "big.txt.gz", "--max-ratio", "0"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let mut deep = "<div>".repeat(3_000);
    deep.push_str(
        "<p>افتتح وزير الثقافة صباح اليوم معرض الكتاب الدولي بمشاركة أكثر من خمسمائة دار نشر.</p>",
    );
    fs::write(dir.path().join("deep.html"), &deep).unwrap();
    let out = ghirbal(dir.path(), &["extract", "deep.html"]);
    assert!(stderr(&out).contains("(--max-depth)"), "{}", stderr(&out));
    let out = ghirbal(dir.path(), &["extract", "deep.html", "--max-depth", "5000"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout_has(&out, "معرض الكتاب"));
}

fn stdout_has(out: &std::process::Output, text: &str) -> bool {
    String::from_utf8_lossy(&out.stdout).contains(text)
}
