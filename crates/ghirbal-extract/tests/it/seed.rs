//! The project's founding example: the Al-Araby dump in `shared/seeds`.
//! Reads `../shared` (or `$GHIRBAL_SHARED`); skips with a message where it is absent.

use std::path::PathBuf;

use ghirbal_extract::{extract_dump, LineClass, Options};

use crate::expect::differences;

pub fn shared_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("GHIRBAL_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")));
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipping: no shared data at {} (set GHIRBAL_SHARED)",
            dir.display()
        );
        None
    }
}

#[test]
fn seed_matches_expected_record() {
    let Some(shared) = shared_dir() else { return };
    let seeds = shared.join("seeds");
    let text = std::fs::read_to_string(seeds.join("000_4194ee718695dc2e.txt")).unwrap();
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(seeds.join("000.expected.json")).unwrap())
            .unwrap();
    let got = extract_dump(
        "000_4194ee718695dc2e.txt",
        &text,
        &Options {
            explain: true,
            ..Options::default()
        },
    );
    let diffs = differences(&got.article, &expected);
    assert!(diffs.is_empty(), "seed differs:\n{}", diffs.join("\n"));
    assert_eq!(got.article.input, expected["input"].as_str().unwrap());
    assert_eq!(got.article.published, None);

    // Every dropped line has a class and a reason.
    for row in &got.explain {
        if row.class != LineClass::Blank {
            assert!(!row.reason.is_empty(), "line {} has no reason", row.line);
        }
    }
    let class_of = |needle: &str| {
        got.explain
            .iter()
            .find(|r| r.text == needle)
            .map(|r| r.class)
            .unwrap()
    };
    assert_eq!(class_of("Changed"), LineClass::Chrome);
    assert_eq!(class_of("Close"), LineClass::Chrome);
    assert_eq!(class_of("شارك القصة"), LineClass::Chrome);
    assert_eq!(
        class_of("الخميس 25 أبريل / أبريل 2024"),
        LineClass::DateWidget
    );
    assert_eq!(class_of("المصادر:"), LineClass::SourcesLabel);
}
