//! Golden tests driven by `tests/fixtures/dumps/`: every `NAME.txt` has a
//! hand-written `NAME.expected.json` (what an editor would extract) and an
//! insta snapshot of the whole record (what we extract today, so any change
//! in output is seen in review).

use std::path::{Path, PathBuf};

use ghirbal_extract::{extract_dump, Options};

use crate::expect::differences;

fn fixture_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/dumps"))
}

fn fixtures() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixture_dir())
        .expect("fixture dir")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

fn extract(path: &Path) -> ghirbal_record::Article {
    let name = path.file_name().unwrap().to_str().unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    extract_dump(name, &text, &Options::default()).article
}

#[test]
fn every_fixture_matches_its_expected_record() {
    let paths = fixtures();
    assert!(paths.len() >= 20, "too few fixtures: {}", paths.len());
    let mut failures = Vec::new();
    for path in &paths {
        let expected_path = path.with_extension("expected.json");
        let expected: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("{} has no expected file", path.display())),
        )
        .unwrap();
        let diffs = differences(&extract(path), &expected);
        if !diffs.is_empty() {
            failures.push(format!(
                "== {}\n{}",
                path.file_name().unwrap().to_string_lossy(),
                diffs.join("\n")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures differ:\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );
}

#[test]
fn snapshots() {
    for path in fixtures() {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let article = extract(&path);
        insta::with_settings!({snapshot_path => "../fixtures/snapshots", prepend_module_to_snapshot => false}, {
            insta::assert_json_snapshot!(name, article);
        });
    }
}

/// Cuts every line longer than `width` characters at word boundaries, as a
/// terminal-width dump does.
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut current = String::new();
        for word in line.split_whitespace() {
            if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
                out.push_str(&current);
                out.push('\n');
                current.clear();
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push_str(&current);
        out.push('\n');
    }
    out
}

#[test]
fn hard_wrapping_does_not_change_the_record() {
    let mut checked = 0;
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).unwrap();
        // Blank lines must separate paragraphs, or a wrapped dump is one block.
        if !text.contains("\n\n") {
            continue;
        }
        // A dump already wrapped (at a narrower width) has nothing left to
        // cut but its headers (a mail's thread links).
        let long: Vec<usize> = text
            .lines()
            .map(|l| l.trim().chars().count())
            .filter(|&n| n >= 40)
            .collect();
        if long.iter().filter(|&&n| n <= 80).count() * 3 >= long.len() * 2 {
            continue;
        }
        let wrapped = hard_wrap(&text, 80);
        // One wrapped paragraph cannot be told from a few short lines.
        if wrapped.lines().filter(|l| l.chars().count() >= 60).count() < 8 {
            continue;
        }
        let name = path.file_name().unwrap().to_str().unwrap();
        let plain = extract_dump(name, &text, &Options::default()).article;
        let got = extract_dump(
            name,
            &wrapped,
            &Options {
                explain: true,
                ..Options::default()
            },
        );
        assert_eq!(got.article.blocks, plain.blocks, "{name}");
        assert_eq!(got.article.title, plain.title, "{name}");
        assert_eq!(got.article.summary, plain.summary, "{name}");
        assert_eq!(got.explain.len(), wrapped.lines().count(), "{name}");
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} fixtures checked");
}

#[test]
fn wrapping_without_blank_lines_keeps_title_and_body_words() {
    let mut checked = 0;
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_str().unwrap();
        // Blank lines dropped, paragraphs wrapped at 72 and indented: an old
        // typewriter-style dump.
        let solid: String = hard_wrap(&text, 72)
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| format!("{l}\n"))
            .collect();
        if solid.lines().filter(|l| l.chars().count() >= 50).count() < 10 {
            continue;
        }
        let plain = extract_dump(name, &text, &Options::default()).article;
        let got = extract_dump(name, &solid, &Options::default()).article;
        let words = |t: &str| {
            let mut w: Vec<String> = ghirbal_arabic::key_words(t);
            w.sort();
            w
        };
        if words(&got.text) == words(&plain.text) && got.title == plain.title {
            checked += 1;
        }
    }
    // Paragraph ends that fall on a full line cannot be seen without blank
    // lines; most fixtures still come out with the same words.
    assert!(checked >= 10, "only {checked} fixtures kept their words");
}

#[test]
fn a_subject_line_is_the_title_without_its_label() {
    let dump = "وزارة الثقافة\nمكتب المتحدث الرسمي\n\n\
                الموضوع: افتتاح معرض الكتاب الدولي في دورته الجديدة\n\n\
                افتتح وزير الثقافة صباح اليوم معرض الكتاب الدولي بمشاركة أكثر من مئتي دار نشر من عشرين بلدا عربيا وأجنبيا.\n\n\
                وقال الوزير إن المعرض يستمر عشرة أيام ويضم ندوات وأمسيات شعرية وورشا للأطفال.\n";
    let got =
        ghirbal_extract::extract_dump("subject.txt", dump, &ghirbal_extract::Options::default());
    assert_eq!(
        got.article.title.as_deref(),
        Some("افتتاح معرض الكتاب الدولي في دورته الجديدة")
    );
}
