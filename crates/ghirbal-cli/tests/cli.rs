//! End-to-end tests of the `ghirbal` binary. Fixture texts are written here,
//! in our own words.

use std::fs;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

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
