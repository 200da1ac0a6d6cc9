//! End-to-end tests of the `ghirbal` binary. Fixture texts are written here,
//! in our own words.

use std::fs;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

mod hostile;

const BIN: &str = env!("CARGO_BIN_EXE_ghirbal");

/// A dump shaped like a news page: chrome, date widget, title, body, source.
const PAGE: &str = "\
الرئيسية | أخبار | اقتصاد | رياضة
الأحد 12 مايو 2024
افتتاح مكتبة عامة جديدة في المدينة القديمة
افتتحت وزارة الثقافة أمس مكتبة عامة جديدة في قلب المدينة القديمة، تضم أكثر من عشرين ألف كتاب في مختلف المجالات.
وقال مدير المكتبة في تصريح للصحفيين إن المبنى التاريخي رمم بالكامل خلال العامين الماضيين بتمويل من البلدية.
وأضاف أن المكتبة ستفتح أبوابها للجمهور يوميا من التاسعة صباحا حتى الثامنة مساء، مع قاعة خاصة للأطفال.
المصدر: وكالات
";

fn page(n: usize) -> String {
    // Varying lengths so that, with several threads, inputs finish out of
    // order.
    let extra = "وأشار إلى أن البرنامج الثقافي يتضمن أمسيات شعرية ومعارض للكتب طوال العام.\n"
        .repeat((n * 7) % 40);
    format!("خبر رقم {n}: بدء أعمال صيانة الطريق الساحلي\n{extra}وأكد المسؤولون أن الأعمال ستنتهي قبل نهاية الشهر المقبل.\n")
}

fn ghirbal(dir: &Path, args: &[&str]) -> Output {
    ghirbal_stdin(dir, args, None)
}

fn ghirbal_stdin(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ghirbal runs");
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn records(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

fn inputs_of(records: &[Value]) -> Vec<String> {
    records
        .iter()
        .map(|r| r["input"].as_str().unwrap().to_string())
        .collect()
}

fn corpus(dir: &Path, n: usize) {
    fs::create_dir_all(dir.join("corpus/sub")).unwrap();
    for i in 0..n {
        let sub = if i % 3 == 0 { "corpus/sub" } else { "corpus" };
        fs::write(dir.join(format!("{sub}/page-{i:03}.txt")), page(i)).unwrap();
    }
}

#[test]
fn records_validate_against_the_schema() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 6);
    fs::write(dir.path().join("page.txt"), PAGE).unwrap();
    let out = ghirbal(dir.path(), &["extract", "corpus", "page.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let schema: Value = serde_json::from_str(ghirbal_record::JSON_SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let recs = records(&out);
    assert_eq!(recs.len(), 7);
    for rec in &recs {
        let errors: Vec<String> = validator.iter_errors(rec).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", rec["input"]);
    }
    assert_eq!(inputs_of(&recs).last().unwrap(), "page.txt");
}

#[test]
fn schema_subcommand_prints_the_schema() {
    let out = ghirbal(Path::new("."), &["schema"]);
    assert_eq!(out.status.code(), Some(0));
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    let expected: Value = serde_json::from_str(ghirbal_record::JSON_SCHEMA).unwrap();
    assert_eq!(printed, expected);
}

#[test]
fn output_order_does_not_depend_on_threads() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 90);
    let one = ghirbal(dir.path(), &["extract", "--threads", "1", "corpus"]);
    let four = ghirbal(dir.path(), &["extract", "-j", "4", "corpus"]);
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    assert_eq!(four.status.code(), Some(0), "{}", stderr(&four));
    assert!(
        one.stdout == four.stdout,
        "outputs differ between 1 and 4 threads"
    );
    let inputs = inputs_of(&records(&one));
    assert_eq!(inputs.len(), 90);
    // Name order, directories walked where they sort.
    assert_eq!(inputs[0], "corpus/page-001.txt");
    assert_eq!(inputs.last().unwrap(), "corpus/sub/page-087.txt");
    let mut sorted = inputs.clone();
    sorted.sort();
    assert_eq!(inputs, sorted);
}

#[test]
fn a_bad_input_fails_the_run_but_not_the_others() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), page(1)).unwrap();
    fs::write(dir.path().join("c.txt"), page(2)).unwrap();
    fs::write(
        dir.path().join("b.bin"),
        [0u8, 1, 2, 3, 0, 0, 0, 9].repeat(100),
    )
    .unwrap();
    let out = ghirbal(
        dir.path(),
        &["extract", "a.txt", "b.bin", "missing.txt", "c.txt"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(inputs_of(&records(&out)), ["a.txt", "c.txt"]);
    let err = stderr(&out);
    assert!(err.contains("error: b.bin: binary file\n"), "{err}");
    assert!(
        err.contains("error: missing.txt: No such file or directory"),
        "{err}"
    );
    assert!(err.contains("4 inputs, 2 records, 2 errors"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["extract", "--no-such-flag"][..],
        &["extract", "--threads", "0"],
        &["frobnicate"],
        &["extract", "--max-bytes", "lots"],
    ] {
        let out = ghirbal(Path::new("."), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stdout(&out).is_empty());
    }
}

#[test]
fn help_teaches() {
    let out = ghirbal(Path::new("."), &["extract", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = stdout(&out);
    for needle in ["Examples:", "--explain", "--errors", "Exit status:", ".zst"] {
        assert!(help.contains(needle), "help lacks {needle}");
    }
}

#[test]
fn compressed_output_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 12);
    let plain = ghirbal(dir.path(), &["extract", "corpus"]);
    for name in ["out.jsonl.zst", "out.jsonl.gz"] {
        let out = ghirbal(dir.path(), &["extract", "corpus", "-o", name]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(out.stdout.is_empty());
        let path = dir.path().join(name);
        let raw = ghirbal_io::read_input(
            &ghirbal_io::InputSource::File(path),
            &ghirbal_io::Limits::default(),
        )
        .unwrap();
        assert_ne!(raw.compression, ghirbal_io::Compression::None, "{name}");
        assert_eq!(raw.bytes, plain.stdout, "{name}");
    }
}

#[test]
fn compressed_inputs_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(PAGE.as_bytes()).unwrap();
    fs::write(dir.path().join("page.txt.gz"), gz.finish().unwrap()).unwrap();
    fs::write(dir.path().join("page.txt"), PAGE).unwrap();
    let out = ghirbal(dir.path(), &["extract", "page.txt.gz", "page.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs[0]["text"], recs[1]["text"]);
}

#[test]
fn markdown_shows_the_title() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("page.txt"), PAGE).unwrap();
    let json = records(&ghirbal(dir.path(), &["extract", "page.txt"]));
    let out = ghirbal(dir.path(), &["extract", "--format", "markdown", "page.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let md = stdout(&out);
    let title = json[0]["title"].as_str().unwrap_or("(untitled)");
    assert!(md.starts_with(&format!("# {title}\n")), "{md}");
    assert!(md.contains("- **input:** page.txt\n"), "{md}");
    assert!(md.contains("مكتبة عامة جديدة"), "{md}");
}

#[test]
fn json_and_text_formats() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 3);
    let out = ghirbal(dir.path(), &["extract", "--format", "json", "corpus"]);
    let array: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(array.len(), 3);
    let out = ghirbal(dir.path(), &["extract", "--format", "text", "corpus"]);
    let text = stdout(&out);
    assert_eq!(text.matches("\n---\n").count(), 2, "{text}");
    assert!(text.contains("الطريق الساحلي"));
}

#[test]
fn explain_prints_one_row_per_line() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("page.txt"), PAGE).unwrap();
    let lines: Vec<&str> = PAGE.lines().collect();
    // Whether the empty "line" after the final newline gets a row is the
    // extractor's call; if it does, it must be a blank one.
    let trailing_blank = |row: &Value| row["class"] == "blank" && row["text"] == "";

    let out = ghirbal(dir.path(), &["extract", "--explain", "page.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows = records(&out);
    assert!(rows.len() >= lines.len(), "{}", stdout(&out));
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row["input"], "page.txt");
        assert_eq!(row["line"], i + 1);
        assert!(row["class"].is_string() && row["reason"].is_string());
        match lines.get(i) {
            Some(line) => assert_eq!(row["text"].as_str().unwrap().trim(), line.trim()),
            None => assert!(trailing_blank(row), "{row}"),
        }
    }

    let out = ghirbal(
        dir.path(),
        &["extract", "--explain", "--format", "text", "page.txt"],
    );
    let table = stdout(&out);
    assert_eq!(table.lines().count(), rows.len(), "{table}");
    for (i, line) in table.lines().enumerate() {
        assert!(line.starts_with(&format!("page.txt:{} ", i + 1)), "{line}");
        if let Some(text) = lines.get(i) {
            assert!(line.ends_with(text.trim()), "{line}");
        }
    }
}

#[test]
fn problem_files_in_a_directory_are_each_reported_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("mixed");
    fs::create_dir(&d).unwrap();
    fs::write(d.join("1-good.txt"), PAGE).unwrap();
    fs::write(d.join("2-empty.txt"), "  \n\n").unwrap();
    let mut binary = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    binary.extend((0..2000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    fs::write(d.join("3-image.png"), binary).unwrap();
    let mut damaged = page(4).into_bytes();
    let after_first_line = damaged.iter().position(|&b| b == b'\n').unwrap() + 1;
    damaged.insert(after_first_line, 0xff);
    fs::write(d.join("4-damaged.txt"), damaged).unwrap();
    let legacy = "وصل وفد رسمي إلى العاصمة صباح اليوم في زيارة تستمر ثلاثة أيام.\n\
                  وتتناول المحادثات سبل تعزيز التعاون في مجالي التعليم والصحة.\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(legacy);
    fs::write(d.join("5-legacy.txt"), &bytes).unwrap();

    let out = ghirbal(
        dir.path(),
        &["extract", "mixed", "--errors", "failed.jsonl"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("error: mixed/2-empty.txt: empty file\n"),
        "{err}"
    );
    assert!(
        err.contains("error: mixed/3-image.png: binary file\n"),
        "{err}"
    );
    assert!(err.contains("5 inputs, 3 records, 2 errors"), "{err}");

    let recs = records(&out);
    assert_eq!(
        inputs_of(&recs),
        [
            "mixed/1-good.txt",
            "mixed/4-damaged.txt",
            "mixed/5-legacy.txt"
        ]
    );
    let warnings = |r: &Value| -> Vec<String> {
        r["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w.as_str().unwrap().to_string())
            .collect()
    };
    assert!(warnings(&recs[1]).contains(&"invalid-utf8: 1 bytes replaced".to_string()));
    assert!(warnings(&recs[2]).contains(&"encoding: decoded as windows-1256 (guessed)".to_string()));
    assert!(
        recs[2]["text"]
            .as_str()
            .unwrap()
            .contains("سبل تعزيز التعاون"),
        "{}",
        recs[2]
    );

    let failed: Vec<Value> = fs::read_to_string(dir.path().join("failed.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        failed,
        [
            serde_json::json!({"input": "mixed/2-empty.txt", "error": "empty file"}),
            serde_json::json!({"input": "mixed/3-image.png", "error": "binary file"}),
        ]
    );
}

#[test]
fn stdin_is_an_input() {
    let out = ghirbal_stdin(Path::new("."), &["extract", "-"], Some(PAGE.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(inputs_of(&recs), ["<stdin>"]);
    assert!(recs[0]["text"].as_str().unwrap().contains("مكتبة عامة"));
}

#[test]
fn quiet_is_quiet() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), PAGE).unwrap();
    let out = ghirbal(dir.path(), &["extract", "-q", "a.txt", "missing.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "");
    assert_eq!(records(&out).len(), 1);
}

#[test]
fn summary_goes_to_stderr() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), PAGE).unwrap();
    let out = ghirbal(dir.path(), &["extract", "a.txt"]);
    let err = stderr(&out);
    assert!(
        err.starts_with("ghirbal: 1 input, 1 record, 0 errors"),
        "{err}"
    );
    assert!(err.contains("MB read in") && err.contains("MB/s"), "{err}");
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 400);
    let mut child = Command::new(BIN)
        .args(["extract", "-j", "2", "corpus"])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(!err.contains("error"), "{err}");
}

#[test]
fn unwritable_output_is_an_error_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), PAGE).unwrap();
    let out = ghirbal(
        dir.path(),
        &["extract", "a.txt", "-o", "no/such/dir/out.jsonl"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("error: no/such/dir/out.jsonl: "),
        "{}",
        stderr(&out)
    );
}

#[test]
fn no_input_runs_on_the_sample_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let out = ghirbal(dir.path(), &["extract"]);
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    if sample.is_dir() {
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("using the sample corpus in"),
            "{}",
            stderr(&out)
        );
        let n = records(&out).len();
        assert!(
            stderr(&out).contains(&format!(", {n} record")),
            "{}",
            stderr(&out)
        );
    } else {
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains("sample corpus"), "{}", stderr(&out));
    }
}

/// WARC, WET, JSON Lines and HTML inputs. Pages are our own snippets.
mod formats {
    use super::*;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(bytes).unwrap();
        gz.finish().unwrap()
    }

    pub fn html_page(title: &str, paragraph: &str, meta: &str) -> String {
        format!(
            "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n{meta}\n<title>{title}</title>\n\
             </head>\n<body>\n<article>\n<h1>{title}</h1>\n<p>{paragraph}</p>\n\
             <p>وأضاف المتحدث أن العمل سيستمر خلال الأسابيع المقبلة وفق الخطة المعلنة.</p>\n\
             </article>\n</body>\n</html>\n"
        )
    }

    pub fn record(kind: &str, uri: Option<&str>, content_type: &str, block: &[u8]) -> Vec<u8> {
        let uri = uri.map_or(String::new(), |u| format!("WARC-Target-URI: {u}\r\n"));
        let mut out = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\n{uri}WARC-Date: 2024-03-01T10:00:00Z\r\n\
             Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    pub fn response(uri: &str, status: u16, content_type: &str, body: &[u8]) -> Vec<u8> {
        let mut block =
            format!("HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\n\r\n").into_bytes();
        block.extend_from_slice(body);
        record(
            "response",
            Some(uri),
            "application/http; msgtype=response",
            &block,
        )
    }

    fn request(uri: &str) -> Vec<u8> {
        record(
            "request",
            Some(uri),
            "application/http; msgtype=request",
            b"GET / HTTP/1.1\r\n\r\n",
        )
    }

    /// Common Crawl style: one gzip member per record. Returns the file and
    /// each record's member offset.
    pub fn warc_gz(records: &[Vec<u8>]) -> (Vec<u8>, Vec<u64>) {
        let mut out = Vec::new();
        let mut at = Vec::new();
        for r in records {
            at.push(out.len() as u64);
            out.extend(gzip(r));
        }
        (out, at)
    }

    fn crawl() -> Vec<Vec<u8>> {
        let one = html_page(
            "افتتاح مستشفى جديد في المدينة",
            "افتتح وزير الصحة صباح اليوم مستشفى جديدا يضم مئتي سرير.",
            "<meta charset=\"utf-8\">",
        );
        let two = html_page(
            "ارتفاع صادرات التمور",
            "سجلت صادرات التمور ارتفاعا ملحوظا خلال الربع الأول من العام.",
            "<meta charset=\"windows-1256\">",
        );
        let (two_cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(&two);
        vec![
            record(
                "warcinfo",
                None,
                "application/warc-fields",
                b"software: tests\r\n",
            ),
            request("https://news.example.sa/hospital"),
            response(
                "https://news.example.sa/hospital",
                200,
                "text/html; charset=UTF-8",
                one.as_bytes(),
            ),
            record(
                "metadata",
                Some("https://news.example.sa/hospital"),
                "application/warc-fields",
                b"fetchTimeMs: 80\r\n",
            ),
            response(
                "https://news.example.sa/logo.png",
                200,
                "image/png",
                b"\x89PNG",
            ),
            response(
                "https://news.example.sa/dates",
                200,
                "text/html",
                &two_cp1256,
            ),
            response(
                "https://news.example.sa/gone",
                404,
                "text/html",
                b"<html>404</html>",
            ),
        ]
    }

    #[test]
    fn warc_gz_pages_become_records_labelled_by_offset() {
        let dir = tempfile::tempdir().unwrap();
        let (bytes, at) = warc_gz(&crawl());
        fs::write(dir.path().join("c.warc.gz"), bytes).unwrap();
        fs::write(dir.path().join("page.txt"), PAGE).unwrap();
        let out = ghirbal(dir.path(), &["extract", "page.txt", "c.warc.gz"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let recs = records(&out);
        assert_eq!(
            inputs_of(&recs),
            [
                "page.txt".to_string(),
                format!("c.warc.gz#{}", at[2]),
                format!("c.warc.gz#{}", at[5]),
            ]
        );
        assert_eq!(recs[0]["source_format"], "text");
        assert_eq!(recs[1]["source_format"], "html");
        assert_eq!(recs[1]["url"], "https://news.example.sa/hospital");
        assert_eq!(recs[2]["url"], "https://news.example.sa/dates");
        let err = stderr(&out);
        // Warnings are the HTML extractor's business.
        assert!(
            err.starts_with("ghirbal: 3 inputs, 3 records, 0 errors, "),
            "{err}"
        );
        assert!(
            err.contains(
                " warnings; 2 html, 1 text; 5 WARC records skipped \
                 (1 warcinfo, 1 request, 1 metadata, 1 non-200, 1 non-HTML); "
            ),
            "{err}"
        );
    }

    #[test]
    fn damaged_warc_records_are_errors_and_reading_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let (mut bytes, at) = warc_gz(&crawl());
        // Corrupt the hospital page's member; then cut the file inside the
        // 404's member.
        let mid = (at[2] + at[3]) as usize / 2;
        bytes[mid..mid + 12].fill(0x5a);
        bytes.truncate(at[6] as usize + 15);
        fs::write(dir.path().join("d.warc.gz"), &bytes).unwrap();
        let out = ghirbal(
            dir.path(),
            &["extract", "d.warc.gz", "--errors", "failed.jsonl"],
        );
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert_eq!(
            inputs_of(&records(&out)),
            [format!("d.warc.gz#{}", at[5])],
            "{}",
            stderr(&out)
        );
        let failed: Vec<Value> = fs::read_to_string(dir.path().join("failed.jsonl"))
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let inputs: Vec<&str> = failed
            .iter()
            .map(|f| f["input"].as_str().unwrap())
            .collect();
        assert_eq!(
            inputs,
            [
                format!("d.warc.gz#{}", at[2]),
                format!("d.warc.gz#{}", at[6])
            ]
        );
        assert!(failed[0]["error"].as_str().unwrap().starts_with("gzip"));
        assert!(
            failed[1]["error"]
                .as_str()
                .unwrap()
                .starts_with("gzip stream truncated"),
            "{failed:?}"
        );
        let err = stderr(&out);
        assert!(err.contains("3 inputs, 1 record, 2 errors"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }

    #[test]
    fn wet_records_are_text_dumps_with_urls() {
        let dir = tempfile::tempdir().unwrap();
        let text = "تدشين خط حافلات جديد\nدشنت الهيئة صباح اليوم خطا جديدا للحافلات يربط الأحياء الشرقية بوسط المدينة.\n";
        let wet = vec![
            record("warcinfo", None, "application/warc-fields", b"x: y\r\n"),
            record(
                "conversion",
                Some("https://city.example.om/bus"),
                "text/plain",
                text.as_bytes(),
            ),
        ];
        let (bytes, at) = warc_gz(&wet);
        fs::write(dir.path().join("c.warc.wet.gz"), bytes).unwrap();
        let out = ghirbal(dir.path(), &["extract", "c.warc.wet.gz"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let recs = records(&out);
        assert_eq!(inputs_of(&recs), [format!("c.warc.wet.gz#{}", at[1])]);
        assert_eq!(recs[0]["source_format"], "text");
        assert_eq!(recs[0]["url"], "https://city.example.om/bus");
        assert!(recs[0]["text"]
            .as_str()
            .unwrap()
            .contains("خطا جديدا للحافلات"));
        assert!(stderr(&out).contains("0 html, 1 text; 1 WARC record skipped (1 warcinfo)"));
    }

    #[test]
    fn jsonl_lines_are_pages_and_broken_lines_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let page = html_page("عنوان", "فقرة من الخبر.", "");
        let lines = [
            serde_json::json!({"url": "https://a.example.kw/1", "content": page}).to_string(),
            "{\"content\": \"<p>مقطوع".to_string(),
            serde_json::json!({"content": page}).to_string(),
            serde_json::json!({"html": page}).to_string(),
        ];
        fs::write(dir.path().join("p.jsonl"), lines.join("\n")).unwrap();
        let out = ghirbal(
            dir.path(),
            &["extract", "--html-field", "content", "p.jsonl"],
        );
        assert_eq!(out.status.code(), Some(1));
        let recs = records(&out);
        assert_eq!(inputs_of(&recs), ["p.jsonl#1", "p.jsonl#3"]);
        assert_eq!(recs[0]["url"], "https://a.example.kw/1");
        assert_eq!(recs[1]["url"], Value::Null);
        assert_eq!(recs[0]["source_format"], "html");
        let err = stderr(&out);
        assert!(
            err.contains("error: p.jsonl#2: JSON: invalid JSON: EOF while parsing a string"),
            "{err}"
        );
        assert!(
            err.contains("error: p.jsonl#4: JSON: no `content` field\n"),
            "{err}"
        );
    }

    #[test]
    fn html_files_are_detected_and_their_charsets_read() {
        let dir = tempfile::tempdir().unwrap();
        let body = "أعلنت الجامعة عن فتح باب التسجيل للعام الدراسي الجديد.";
        let meta_only = html_page(
            "التسجيل في الجامعة",
            body,
            "<meta charset=\"windows-1256\">",
        );
        let undeclared = html_page("التسجيل في الجامعة", body, "");
        let (meta_only_cp, _, _) = encoding_rs::WINDOWS_1256.encode(&meta_only);
        let (undeclared_cp, _, _) = encoding_rs::WINDOWS_1256.encode(&undeclared);
        fs::write(dir.path().join("a.html"), &meta_only_cp).unwrap();
        fs::write(dir.path().join("b.htm"), &undeclared_cp).unwrap();
        // UTF-8 under a windows-1256 meta tag, with no telling name.
        fs::write(dir.path().join("c.txt"), &meta_only).unwrap();
        fs::write(dir.path().join("d.txt"), PAGE).unwrap();
        let out = ghirbal(
            dir.path(),
            &["extract", "a.html", "b.htm", "c.txt", "d.txt"],
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let recs = records(&out);
        let formats: Vec<&str> = recs
            .iter()
            .map(|r| r["source_format"].as_str().unwrap())
            .collect();
        assert_eq!(formats, ["html", "html", "html", "text"]);
        let has = |r: &Value, w: &str| {
            r["warnings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x.as_str() == Some(w))
        };
        let encoding_warnings = |r: &Value| {
            r["warnings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|x| x.as_str().unwrap().starts_with("encoding:"))
                .count()
        };
        assert_eq!(encoding_warnings(&recs[0]), 0, "{}", recs[0]);
        assert!(
            has(&recs[1], "encoding: decoded as windows-1256 (guessed)"),
            "{}",
            recs[1]
        );
        assert!(
            has(
                &recs[2],
                "encoding: declared windows-1256 in the page but is valid UTF-8; decoded as UTF-8"
            ),
            "{}",
            recs[2]
        );
        assert!(stderr(&out).contains("3 html, 1 text"));
    }

    #[test]
    fn input_format_forces_how_inputs_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let page = html_page("عنوان", "فقرة.", "<meta charset=\"utf-8\">");
        fs::write(dir.path().join("a.html"), &page).unwrap();
        let out = ghirbal(dir.path(), &["extract", "--input-format", "text", "a.html"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(records(&out)[0]["source_format"], "text");

        // A WARC on stdin, plain.
        let records_ = crawl();
        let at: Vec<usize> = records_
            .iter()
            .scan(0, |n, r| {
                let start = *n;
                *n += r.len();
                Some(start)
            })
            .collect();
        let out = ghirbal_stdin(
            dir.path(),
            &["extract", "--input-format", "warc", "-"],
            Some(&records_.concat()),
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(
            inputs_of(&records(&out)),
            [format!("<stdin>#{}", at[2]), format!("<stdin>#{}", at[5])]
        );
        // Auto-detected on stdin too, gzipped.
        let out = ghirbal_stdin(dir.path(), &["extract", "-"], Some(&warc_gz(&records_).0));
        assert_eq!(records(&out).len(), 2, "{}", stderr(&out));

        let out = ghirbal(dir.path(), &["extract", "--input-format", "xml", "a.html"]);
        assert_eq!(out.status.code(), Some(2));
    }

    #[test]
    fn explain_leaves_html_out_with_one_note() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("1.txt"), PAGE).unwrap();
        let page = html_page("عنوان", "فقرة.", "");
        fs::write(dir.path().join("2.html"), &page).unwrap();
        fs::write(dir.path().join("3.html"), &page).unwrap();
        let out = ghirbal(
            dir.path(),
            &["extract", "--explain", "1.txt", "2.html", "3.html"],
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let rows = records(&out);
        assert!(rows.iter().all(|r| r["input"] == "1.txt"));
        let err = stderr(&out);
        assert_eq!(
            err.matches("--explain explains text dumps only").count(),
            1,
            "{err}"
        );
        assert!(err.contains("(the first is 2.html)"), "{err}");
        assert!(
            err.contains("3 inputs, 1 explained, 0 errors, 0 warnings; 2 html not explained"),
            "{err}"
        );
    }

    #[test]
    fn container_output_does_not_depend_on_threads() {
        let dir = tempfile::tempdir().unwrap();
        let mut recs = Vec::new();
        for i in 0..150 {
            let extra = "<p>وتابع المسؤول حديثه عن تفاصيل المشروع ومراحله.</p>\n".repeat(i % 13);
            let page = html_page(
                &format!("الخبر رقم {i}"),
                &format!("نص الخبر {i}.{extra}"),
                "",
            );
            recs.push(request(&format!("https://n.example.qa/{i}")));
            recs.push(response(
                &format!("https://n.example.qa/{i}"),
                200,
                "text/html",
                page.as_bytes(),
            ));
        }
        fs::write(dir.path().join("big.warc.gz"), warc_gz(&recs).0).unwrap();
        corpus(dir.path(), 20);
        let one = ghirbal(dir.path(), &["extract", "-j", "1", "corpus", "big.warc.gz"]);
        let four = ghirbal(dir.path(), &["extract", "-j", "4", "corpus", "big.warc.gz"]);
        assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
        assert!(
            one.stdout == four.stdout,
            "outputs differ between 1 and 4 threads"
        );
        assert_eq!(records(&one).len(), 170);
        assert!(stderr(&four).contains("150 html, 20 text; 150 WARC records skipped (150 request)"));
    }

    #[test]
    fn help_teaches_the_input_formats() {
        let out = ghirbal(Path::new("."), &["extract", "--help"]);
        let help = stdout(&out);
        for needle in [
            "--input-format",
            "--html-field",
            "FILE#OFFSET",
            "FILE#LINE",
            "Common Crawl",
            ".warc.gz",
            "--max-bytes",
        ] {
            assert!(help.contains(needle), "help lacks {needle}");
        }
    }
}

// ---------------------------------------------------------------- dedup

const OTHER_PAGES: [&str; 2] = [
    "ارتفاع أسعار الخضار في الأسواق الشعبية\nشهدت الأسواق الشعبية هذا الأسبوع ارتفاعا ملحوظا في أسعار الطماطم والبطاطا بسبب موجة البرد.\nوقال تجار إن الكميات الواردة من المزارع تراجعت إلى النصف مقارنة بالشهر الماضي.\nوتوقع مسؤول في غرفة التجارة أن تعود الأسعار إلى مستوياتها المعتادة مع بداية الربيع.\n",
    "فوز الفريق المحلي في نهائي كأس المدارس\nتوج فريق مدرسة النهضة بلقب كأس المدارس لكرة القدم بعد فوزه في المباراة النهائية بهدفين مقابل هدف.\nوسجل هدف الفوز في الدقائق الأخيرة لاعب لم يتجاوز الخامسة عشرة من عمره.\nوحضر المباراة جمهور غفير من الطلاب وأولياء الأمور الذين ملؤوا مدرجات الملعب البلدي.\n",
];

#[test]
fn dedup_clusters_extracted_records_and_drops_only_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("corpus")).unwrap();
    fs::write(dir.path().join("corpus/a-copy.txt"), PAGE).unwrap();
    for (i, page) in OTHER_PAGES.iter().enumerate() {
        fs::write(dir.path().join(format!("corpus/other-{i}.txt")), page).unwrap();
    }
    // The same story with other spellings, a word less and a share bar.
    let variant = PAGE
        .replace("أكثر", "اكثر")
        .replace("في مختلف المجالات", "في المجالات")
        .replace("المدينة القديمة،", "المدينه القديمه،")
        .replace("المصدر: وكالات", "شارك الخبر\nالمصدر: وكالات");
    fs::write(dir.path().join("corpus/b-variant.txt"), variant).unwrap();
    let out = ghirbal(dir.path(), &["extract", "corpus", "-o", "recs.jsonl"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let out = ghirbal(dir.path(), &["dedup", "recs.jsonl", "-j", "2"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs.len(), 4, "every record once");
    let schema: Value = serde_json::from_str(ghirbal_record::JSON_SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for rec in &recs {
        assert!(validator.is_valid(rec), "{}", rec["dedup"]);
    }
    let summary = |r: &Value| format!("{} {}", r["input"], r["dedup"]);
    let dup: Vec<&Value> = recs
        .iter()
        .filter(|r| !r["dedup"]["duplicate_of"].is_null())
        .collect();
    assert_eq!(
        dup.len(),
        1,
        "{:?}",
        recs.iter().map(summary).collect::<Vec<_>>()
    );
    assert_eq!(dup[0]["input"], "corpus/b-variant.txt");
    assert_eq!(dup[0]["dedup"]["kind"], "near");
    let kept = recs
        .iter()
        .find(|r| r["input"] == "corpus/a-copy.txt")
        .unwrap();
    assert_eq!(dup[0]["dedup"]["duplicate_of"], kept["id"]);
    assert_eq!(kept["dedup"]["size"], 2);
    assert!(stderr(&out).contains("1 duplicates"), "{}", stderr(&out));

    // --drop: kept and removed split the records; nothing is lost.
    fs::write(dir.path().join("bad.jsonl"), "{\"id\": \"x\"}\nnot json\n").unwrap();
    let out = ghirbal(
        dir.path(),
        &[
            "dedup",
            "recs.jsonl",
            "bad.jsonl",
            "--drop",
            "-o",
            "kept.jsonl.zst",
            "--removed",
            "removed.jsonl",
            "--errors",
            "errors.jsonl",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "bad lines fail the run");
    let err = stderr(&out);
    assert!(err.contains("bad.jsonl:1: no `text`"), "{err}");
    assert!(err.contains("bad.jsonl:2: not a JSON object"), "{err}");
    let kept = zstd::decode_all(&fs::read(dir.path().join("kept.jsonl.zst")).unwrap()[..]).unwrap();
    let removed = fs::read_to_string(dir.path().join("removed.jsonl")).unwrap();
    assert_eq!(String::from_utf8(kept).unwrap().lines().count(), 3);
    assert_eq!(removed.lines().count(), 1);
    let errors = fs::read_to_string(dir.path().join("errors.jsonl")).unwrap();
    assert_eq!(errors.lines().count(), 2, "{errors}");

    // Standard input reads the same.
    let recs_bytes = fs::read(dir.path().join("recs.jsonl")).unwrap();
    let piped = ghirbal_stdin(dir.path(), &["dedup", "-", "-q"], Some(&recs_bytes));
    let from_file = ghirbal(dir.path(), &["dedup", "recs.jsonl", "-q"]);
    assert_eq!(piped.status.code(), Some(0), "{}", stderr(&piped));
    assert_eq!(piped.stdout, from_file.stdout);
    assert!(piped.stderr.is_empty(), "-q prints nothing");
}

#[test]
fn a_learned_site_profile_drops_that_sites_chrome() {
    let dir = tempfile::tempdir().unwrap();
    let follow = "هذا المحتوى برعاية مؤسسة الضياء لتقنيات الطاقة النظيفة";
    let mut lines = String::new();
    for i in 0..30 {
        let body =
            format!("نص الخبر رقم {i} عن افتتاح مشروع جديد للطاقة الشمسية في المنطقة الجنوبية.");
        let text = format!("{body}\n{follow}");
        let rec = serde_json::json!({"id": i.to_string(), "url": format!("https://www.example.com/news/{i}"), "text": text});
        lines.push_str(&format!("{rec}\n"));
    }
    lines.push_str("{broken\n");
    fs::write(dir.path().join("corpus.jsonl"), lines).unwrap();
    let out = ghirbal(dir.path(), &["profile", "corpus.jsonl", "-o", "sites.json"]);
    assert_eq!(out.status.code(), Some(1), "the broken line is reported");
    assert!(stderr(&out).contains("corpus.jsonl:31"), "{}", stderr(&out));
    let profile: Value =
        serde_json::from_str(&fs::read_to_string(dir.path().join("sites.json")).unwrap()).unwrap();
    let site = &profile["sites"]["example.com"];
    assert_eq!(site["docs"], 30);
    assert_eq!(site["lines"][0]["text"], follow);
    assert_eq!(
        site["lines"].as_array().unwrap().len(),
        1,
        "bodies are not chrome"
    );

    let dump = PAGE.replacen("\nوقال مدير", &format!("\n{follow}\nوقال مدير"), 1);
    fs::write(dir.path().join("page.txt"), dump).unwrap();
    let plain = records(&ghirbal(dir.path(), &["extract", "page.txt"]));
    assert!(
        plain[0]["text"].as_str().unwrap().contains("الضياء"),
        "{}",
        plain[0]["text"]
    );
    let out = ghirbal(
        dir.path(),
        &[
            "extract",
            "page.txt",
            "--profile",
            "sites.json",
            "--site",
            "example.com",
        ],
    );
    let cleaned = records(&out);
    assert!(
        !cleaned[0]["text"].as_str().unwrap().contains("الضياء"),
        "{}",
        cleaned[0]["text"]
    );
    // A text dump is read with the profile's lines as furniture, so the line
    // is chrome from the start rather than a paragraph dropped afterwards.
    let explained = ghirbal(
        dir.path(),
        &[
            "extract",
            "--explain",
            "page.txt",
            "--profile",
            "sites.json",
            "--site",
            "example.com",
        ],
    );
    let row = stdout(&explained)
        .lines()
        .find(|l| l.contains("الضياء"))
        .map(str::to_string)
        .unwrap_or_default();
    assert!(row.contains("furniture"), "{row}");
}

/// A dump of a folder of `n` pages of one site: its own headline and
/// paragraphs, the site's newsletter pitch between two paragraphs, and a
/// link to its archive under a label of the site's.
fn site_page(n: usize) -> String {
    let places = ["الموصل", "البصرة", "أربيل", "كركوك", "النجف"];
    let place = places[n % places.len()];
    format!(
        "افتتاح جسر جديد رقم {n} في {place} بعد عامين من العمل\n\n\
         افتتحت السلطات في {place} صباح اليوم الجسر رقم {n} الذي يربط ضفتي النهر، بعد أعمال استمرت عامين وكلفت {n} مليون دولار.\n\n\
         نشرة المرصد اليومية تصلكم كل صباح مجانا\n\n\
         وقال محافظ {place} إن الجسر سيخفف الازدحام في وسط المدينة، وإن {n} مشروعا آخر ينتظر التمويل هذا العام.\n\n\
         من أرشيف المرصد: {other} قبل {} عاما\n\n\
         وأضاف أن البلدية ستنظم في الأسبوع المقبل حفلا لتكريم {n} عاملا شاركوا في أعمال البناء منذ بدايتها.\n",
        n + 3,
        other = places[(n + 2) % places.len()]
    )
}

#[test]
fn furniture_is_learnt_from_a_folder_of_dumps() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("site")).unwrap();
    for n in 0..25 {
        fs::write(dir.path().join(format!("site/{n:02}.txt")), site_page(n)).unwrap();
    }
    let pitch = "نشرة المرصد";
    let learnt = ghirbal(dir.path(), &["extract", "site"]);
    assert_eq!(learnt.status.code(), Some(0), "{}", stderr(&learnt));
    // The pitch, and the label of the links to the archive.
    assert!(
        stderr(&learnt).contains("learnt 2 furniture lines"),
        "{}",
        stderr(&learnt)
    );
    let recs = records(&learnt);
    assert_eq!(recs.len(), 25);
    for rec in &recs {
        let text = rec["text"].as_str().unwrap();
        assert!(!text.contains(pitch), "{text}");
        assert!(!text.contains("من أرشيف المرصد"), "{text}");
        assert!(text.contains("وقال محافظ"), "the body stays: {text}");
        assert!(rec["title"].as_str().unwrap().starts_with("افتتاح جسر"));
    }

    let plain = records(&ghirbal(dir.path(), &["extract", "--no-learn", "site"]));
    assert!(
        plain
            .iter()
            .all(|r| r["text"].as_str().unwrap().contains(pitch)),
        "alone, each page shows the pitch as a paragraph"
    );
    assert!(
        plain
            .iter()
            .all(|r| r["text"].as_str().unwrap().contains("من أرشيف المرصد")),
        "alone, each page keeps the archive link as a heading"
    );

    // Fewer pages than a site needs: nothing is learnt.
    let few = ghirbal(dir.path(), &["extract", "site/00.txt", "site/01.txt"]);
    assert!(!stderr(&few).contains("furniture"), "{}", stderr(&few));
    assert!(records(&few)[0]["text"].as_str().unwrap().contains(pitch));
}

// ---------------------------------------------------------------- build

const NEWS_WORDS: &[&str] = &[
    "الحكومة",
    "أعلنت",
    "وزارة",
    "الصحة",
    "عن",
    "خطة",
    "جديدة",
    "لمواجهة",
    "ارتفاع",
    "الأسعار",
    "في",
    "الأسواق",
    "المحلية",
    "وقال",
    "المتحدث",
    "الرسمي",
    "إن",
    "اللجنة",
    "ستجتمع",
    "الأسبوع",
    "المقبل",
    "لبحث",
    "الملف",
    "مع",
    "ممثلي",
    "القطاع",
    "الخاص",
    "والنقابات",
    "المهنية",
    "مشيرا",
    "إلى",
    "أن",
    "القرار",
    "النهائي",
    "سيصدر",
    "قبل",
    "نهاية",
    "الشهر",
    "الجاري",
    "وكانت",
    "الأمطار",
    "الغزيرة",
    "قد",
    "تسببت",
    "بإغلاق",
    "عدد",
    "من",
    "الطرق",
    "الرئيسية",
    "شمال",
];

/// `n` text dumps (a title and three paragraphs each); every 10th is a
/// copy of the one before, every 25th is English.
fn build_corpus(dir: &Path, n: usize) {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    fs::create_dir_all(dir).unwrap();
    let mut previous = String::new();
    for i in 0..n {
        let page = if i % 10 == 9 {
            previous.clone()
        } else if i % 25 == 24 {
            "Local council approves new budget\nThe council voted on Monday to approve the \
             budget for next year, with more money for schools and roads.\nThe mayor said the \
             plan would be published next week.\n"
                .to_string()
        } else {
            let mut page = format!("خبر رقم {i} عن {}\n", NEWS_WORDS[i % NEWS_WORDS.len()]);
            for _ in 0..3 {
                let words: Vec<&str> = (0..30)
                    .map(|_| NEWS_WORDS[(next() % NEWS_WORDS.len() as u64) as usize])
                    .collect();
                page.push_str(&words.join(" "));
                page.push_str(".\n");
            }
            page
        };
        fs::write(dir.join(format!("page-{i:04}.txt")), &page).unwrap();
        previous = page;
    }
    fs::write(dir.join("broken.txt"), b"\x00\x01\x02 binary").unwrap();
}

/// Every output file of a build, with stats.json's timing fields removed.
fn build_outputs(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for sub in ["shards", "removed"] {
        let mut names: Vec<_> = fs::read_dir(dir.join(sub)).unwrap().flatten().collect();
        names.sort_by_key(|e| e.file_name());
        for e in names {
            files.push((
                format!("{sub}/{}", e.file_name().to_string_lossy()),
                fs::read(e.path()).unwrap(),
            ));
        }
    }
    let mut stats: Value =
        serde_json::from_slice(&fs::read(dir.join("stats.json")).unwrap()).unwrap();
    for key in [
        "stages",
        "seconds",
        "cpu_seconds",
        "peak_rss_mb",
        "docs_per_second",
        "mb_per_second",
    ] {
        stats.as_object_mut().unwrap().remove(key);
    }
    files.push(("stats.json".into(), stats.to_string().into_bytes()));
    files
}

#[test]
fn build_writes_shards_removed_stats_and_report() {
    let dir = tempfile::tempdir().unwrap();
    build_corpus(&dir.path().join("pages"), 60);
    let out = ghirbal(
        dir.path(),
        &["build", "pages", "-o", "corpus", "--shard-records", "20"],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "the binary file fails: {}",
        stderr(&out)
    );
    let stats: Value =
        serde_json::from_slice(&fs::read(dir.path().join("corpus/stats.json")).unwrap()).unwrap();
    assert_eq!(stats["inputs"], 61);
    assert_eq!(stats["input_errors"], 1);
    assert!(stats["errors"][0]["input"]
        .as_str()
        .unwrap()
        .ends_with("broken.txt"));
    assert_eq!(stats["reasons"]["lang"], 1, "one English page: {stats}");
    assert_eq!(stats["duplicates_exact"], 6, "{stats}");
    let kept = stats["kept"].as_u64().unwrap();
    assert_eq!(kept, 60 - 1 - 6);
    assert_eq!(stats["shards"].as_array().unwrap().len(), 3);
    let mut records = 0;
    for shard in stats["shards"].as_array().unwrap() {
        let bytes = fs::read(dir.path().join("corpus").join(shard.as_str().unwrap())).unwrap();
        let text = String::from_utf8(zstd::decode_all(&bytes[..]).unwrap()).unwrap();
        for line in text.lines() {
            let r: Value = serde_json::from_str(line).unwrap();
            assert_eq!(r["lang"], "ar");
            assert!(r["quality"]["reasons"].as_array().unwrap().is_empty());
            assert!(r["dedup"]["duplicate_of"].is_null());
            records += 1;
        }
    }
    assert_eq!(records, kept);
    let report = fs::read_to_string(dir.path().join("corpus/report.html")).unwrap();
    assert!(report.contains("<svg") && !report.contains("<script"));
}

#[test]
fn build_resumes_after_kill_9_with_identical_output() {
    let dir = tempfile::tempdir().unwrap();
    build_corpus(&dir.path().join("pages"), 150);
    let args = |out: &str| -> Vec<String> {
        ["build", "pages", "-o", out, "--shard-records", "20", "-q"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    };
    let started = std::time::Instant::now();
    let reference = Command::new(BIN)
        .args(args("reference"))
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(reference.status.code(), Some(1), "{}", stderr(&reference));
    let full = started.elapsed().as_micros().max(1000) as u64;
    let expected = build_outputs(&dir.path().join("reference"));
    let mut seed = 0x9e37_79b9_u64;
    for round in 0..20 {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let wait = std::time::Duration::from_micros((seed >> 33) % full);
        let out = format!("run-{round}");
        let mut child = Command::new(BIN)
            .args(args(&out))
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(wait);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let resumed = Command::new(BIN)
            .args(args(&out))
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert_eq!(
            resumed.status.code(),
            Some(1),
            "round {round}: {}",
            stderr(&resumed)
        );
        let got = build_outputs(&dir.path().join(&out));
        let names = |v: &[(String, Vec<u8>)]| v.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&got),
            names(&expected),
            "round {round} (killed after {wait:?})"
        );
        for ((name, a), (_, b)) in got.iter().zip(&expected) {
            assert!(
                a == b,
                "round {round} (killed after {wait:?}): {name} differs"
            );
        }
    }
}
// `ghirbal index`, `search` and `serve`, in their own folder; one test binary.
mod search;

/// A Python with pyarrow: $GHIRBAL_PYTHON (scripts/test.sh makes a venv),
/// else none and the test skips.
fn python_with_pyarrow() -> Option<String> {
    let python = std::env::var("GHIRBAL_PYTHON").ok()?;
    let ok = Command::new(&python)
        .args(["-c", "import pyarrow"])
        .status()
        .is_ok_and(|s| s.success());
    ok.then_some(python)
}

#[test]
fn build_parquet_shards_read_back_in_pyarrow() {
    let dir = tempfile::tempdir().unwrap();
    build_corpus(&dir.path().join("pages"), 40);
    let run = |out: &str| {
        let o = ghirbal(
            dir.path(),
            &[
                "build",
                "pages",
                "-o",
                out,
                "--parquet",
                "--shard-records",
                "15",
                "-q",
            ],
        );
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    };
    run("a");
    run("b");
    let stats: Value =
        serde_json::from_slice(&fs::read(dir.path().join("a/stats.json")).unwrap()).unwrap();
    let shards: Vec<String> = stats["shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        shards,
        [
            "shards/part-00000.parquet",
            "shards/part-00001.parquet",
            "shards/part-00002.parquet"
        ]
    );
    for s in &shards {
        let (a, b) = (
            fs::read(dir.path().join("a").join(s)).unwrap(),
            fs::read(dir.path().join("b").join(s)).unwrap(),
        );
        assert!(
            a.starts_with(b"PAR1") && a == b,
            "{s}: Parquet, and the same bytes on a second run"
        );
    }
    let Some(python) = python_with_pyarrow() else {
        eprintln!("skipped the pyarrow check: set GHIRBAL_PYTHON to a Python with pyarrow (scripts/test.sh does)");
        return;
    };
    let script = r#"
import json, sys
import pyarrow.dataset as ds
t = ds.dataset(sys.argv[1], format="parquet").to_table()
rows = t.to_pylist()
print(json.dumps({
    "rows": t.num_rows,
    "blocks_type": str(t.schema.field("blocks").type),
    "first_block": rows[0]["blocks"][0]["type"],
    "langs": sorted({r["lang"] for r in rows}),
    "dedup_sizes": sorted({r["dedup"]["size"] for r in rows}),
    "quality_reasons": sorted({len(json.loads(r["quality"])["reasons"]) for r in rows}),
}, ensure_ascii=False))
"#;
    let out = Command::new(python)
        .args(["-c", script])
        .arg(dir.path().join("a/shards"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["rows"], stats["kept"]);
    assert_eq!(
        v["blocks_type"],
        "list<element: struct<type: string, text: string>>"
    );
    assert_eq!(v["first_block"], "paragraph");
    assert_eq!(v["langs"], serde_json::json!(["ar"]));
    assert_eq!(v["quality_reasons"], serde_json::json!([0]));
    assert!(v["dedup_sizes"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!(2)));
}

#[test]
fn an_interrupted_dedup_step_keeps_its_finished_shards() {
    let dir = tempfile::tempdir().unwrap();
    build_corpus(&dir.path().join("pages"), 60);
    let args = [
        "build",
        "pages",
        "-o",
        "corpus",
        "--shard-records",
        "10",
        "-q",
    ];
    ghirbal(dir.path(), &args);
    let before = build_outputs(&dir.path().join("corpus"));
    // As if killed after the shards were written but before the step was
    // recorded.
    let manifest_path = dir.path().join("corpus/manifest.json");
    let mut manifest: Value = serde_json::from_slice(&fs::read(&manifest_path).unwrap()).unwrap();
    manifest["steps"].as_object_mut().unwrap().remove("dedup");
    fs::write(&manifest_path, manifest.to_string()).unwrap();
    let shard = dir.path().join("corpus/shards/part-00000.jsonl.zst");
    let written = fs::metadata(&shard).unwrap().modified().unwrap();
    ghirbal(dir.path(), &args);
    let manifest: Value = serde_json::from_slice(&fs::read(&manifest_path).unwrap()).unwrap();
    let shards = manifest["steps"]["dedup"]["files"]
        .as_array()
        .unwrap()
        .len() as u64
        - 1;
    assert_eq!(
        manifest["steps"]["dedup"]["counts"]["shards_reused"],
        shards
    );
    assert_eq!(
        fs::metadata(&shard).unwrap().modified().unwrap(),
        written,
        "not rewritten"
    );
    assert!(build_outputs(&dir.path().join("corpus")) == before);
}
