use std::process::Command;

use serde_json::Value;

use super::write_records;
use crate::BIN;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(BIN).args(args).output().expect("ghirbal runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn index_then_search_in_any_spelling() {
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("records.jsonl");
    write_records(&records);
    let idx = dir.path().join("idx");
    let idx = idx.to_str().unwrap();
    let (code, _, err) = run(&["index", records.to_str().unwrap(), "-o", idx]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("indexed 12 records"), "{err}");

    // Spelling variants and an alias give the same JSON hits.
    let ids = |q: &str| -> Vec<String> {
        let (code, out, err) = run(&["search", idx, q, "--json"]);
        assert_eq!(code, 0, "{err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        v["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["id"].as_str().unwrap().to_string())
            .collect()
    };
    let base = ids("الشركات الأمريكية");
    assert_eq!(base.len(), 3);
    assert_eq!(ids("الشركات الاميركيه"), base);
    assert_eq!(ids("الشّركاتُ الأمـريـكيّة"), base);
    assert_eq!(ids("داعش"), ids("تنظيم الدولة"));
    assert_eq!(ids("خطة ٢٠٢٠").len(), 10);
    assert_eq!(ids("خطة 2020 site:الغد").len(), 4);

    // Text output marks the matched words.
    let (_, out, _) = run(&["search", idx, "مستشفى الاطفال", "-n", "1"]);
    assert!(out.contains("3 results"), "{out}");
    assert!(out.contains("[مستشفى]"), "{out}");

    // A user alias file adds a group.
    let aliases = dir.path().join("aliases.txt");
    std::fs::write(&aliases, "# mine\nالمدرسون | المعلمون\n").unwrap();
    let (_, out, _) = run(&[
        "search",
        idx,
        "المدرسون",
        "--aliases",
        aliases.to_str().unwrap(),
        "--json",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["total"], 3);
}

#[test]
fn errors_say_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(&["search", dir.path().to_str().unwrap(), "كلمة"]);
    assert_eq!(code, 1);
    assert!(err.contains("not a ghirbal index"), "{err}");
    let records = dir.path().join("records.jsonl");
    write_records(&records);
    let idx = dir.path().join("idx");
    run(&[
        "index",
        records.to_str().unwrap(),
        "-o",
        idx.to_str().unwrap(),
    ]);
    let (code, _, err) = run(&[
        "index",
        records.to_str().unwrap(),
        "-o",
        idx.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
    // A bad line is reported and skipped; the others are indexed.
    let mut text = std::fs::read_to_string(&records).unwrap();
    text.push_str("{not json\n");
    let damaged = dir.path().join("damaged.jsonl");
    std::fs::write(&damaged, text).unwrap();
    let idx2 = dir.path().join("idx2");
    let (code, _, err) = run(&[
        "index",
        damaged.to_str().unwrap(),
        "-o",
        idx2.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("damaged.jsonl#13: not a record"), "{err}");
    assert!(err.contains("indexed 12 records"), "{err}");
    let (code, _, err) = run(&["search", idx.to_str().unwrap(), "from:2019-13"]);
    assert_eq!(code, 1);
    assert!(err.contains("not a date"), "{err}");
}

#[test]
fn help_teaches_with_examples() {
    for cmd in ["index", "search", "serve"] {
        let (code, out, _) = run(&[cmd, "--help"]);
        assert_eq!(code, 0);
        assert!(out.contains("Examples:"), "{cmd}: {out}");
    }
    let (_, out, _) = run(&["search", "--help"]);
    assert!(out.contains("from:DATE") && out.contains("--aliases"));
    let (_, out, _) = run(&["search", "--print-aliases"]);
    assert!(out.contains("داعش | تنظيم الدولة"));
}
