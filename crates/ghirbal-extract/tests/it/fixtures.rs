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
