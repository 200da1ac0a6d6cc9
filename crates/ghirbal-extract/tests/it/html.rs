//! HTML extractor: golden pages written for this project, the public Arabic
//! pages with ground truth (when the benchmark data is unpacked), and
//! robustness (arbitrary input, deep nesting, huge pages).

use std::path::{Path, PathBuf};

use ghirbal_extract::{extract_html, Options};
use proptest::prelude::*;

use crate::expect::differences;

fn fixture_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/html"))
}

fn extract(path: &Path) -> ghirbal_record::Article {
    let name = path.file_name().unwrap().to_str().unwrap();
    let html = std::fs::read_to_string(path).unwrap();
    extract_html(name, &html, None, &Options::default()).article
}

#[test]
fn every_html_fixture_matches_its_expected_record() {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixture_dir())
        .expect("fixture dir")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 5, "too few fixtures: {}", paths.len());
    let mut failures = Vec::new();
    for path in &paths {
        let expected_path = path.with_extension("expected.json");
        let mut expected: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("{} has no expected file", path.display())),
        )
        .unwrap();
        // `differences` compares only lists line by line; table rows are
        // checked folded onto one line like other blocks.
        if let Some(blocks) = expected.get_mut("blocks").and_then(|b| b.as_array_mut()) {
            for b in blocks {
                if b["type"] != "list" {
                    if let Some(t) = b["text"].as_str() {
                        b["text"] = serde_json::Value::String(t.replace('\n', " "));
                    }
                }
            }
        }
        let article = extract(path);
        let mut diffs = differences(&article, &expected);
        if let Some(want) = expected.get("warnings").and_then(|w| w.as_array()) {
            let want: Vec<&str> = want.iter().filter_map(|w| w.as_str()).collect();
            if article.warnings != want {
                diffs.push(format!(
                    "warnings:\n    got  {:?}\n    want {want:?}",
                    article.warnings
                ));
            }
        }
        if article.text != ghirbal_record::body_text(&article.blocks) {
            diffs.push("text is not the blocks joined".to_string());
        }
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

/// Word F1 as the benchmark computes it (`\w+` tokens, lowercased,
/// multiset overlap).
fn word_f1(pred: &str, truth: &str) -> f64 {
    use std::collections::HashMap;
    fn tokens(s: &str) -> HashMap<String, usize> {
        let mut m = HashMap::new();
        for w in s
            .to_lowercase()
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || is_mark(c)))
            .filter(|w| !w.is_empty())
        {
            *m.entry(w.to_string()).or_insert(0) += 1;
        }
        m
    }
    fn is_mark(c: char) -> bool {
        matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}')
    }
    let (p, t) = (tokens(pred), tokens(truth));
    let np: usize = p.values().sum();
    let nt: usize = t.values().sum();
    if np == 0 || nt == 0 {
        return if np == nt { 1.0 } else { 0.0 };
    }
    let overlap: usize = p
        .iter()
        .map(|(w, n)| (*n).min(*t.get(w).unwrap_or(&0)))
        .sum();
    let (pr, rc) = (overlap as f64 / np as f64, overlap as f64 / nt as f64);
    if pr + rc == 0.0 {
        0.0
    } else {
        2.0 * pr * rc / (pr + rc)
    }
}

/// The real Arabic pages of `bench/extraction` (CNN Arabic, LBCI): word F1
/// of summary + body against the libraries' ground truth, and the title.
#[test]
fn arabic_benchmark_pages_when_unpacked() {
    let home = std::env::var("HOME").unwrap_or_default();
    let base = std::env::var("GHIRBAL_BENCH_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(home).join(".cache/ghirbal-bench"));
    let fx = base.join("arabic-fixtures");
    if !fx.is_dir() {
        eprintln!(
            "skipped: {} not found (run bench/extraction/unpack.sh)",
            fx.display()
        );
        return;
    }
    let body = |a: &ghirbal_record::Article| {
        let mut t = a.summary.clone().unwrap_or_default();
        t.push_str("\n\n");
        t.push_str(&a.text);
        t
    };
    let read = |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned();

    let cnn = read(&fx.join("newspaper4k/arabic_article.html"));
    let truth = read(&fx.join("newspaper4k/arabic_article.expected.txt"));
    let a = extract_html("cnn.html", &cnn, None, &Options::default()).article;
    let f1 = word_f1(&body(&a), &truth);
    assert!(f1 >= 0.97, "CNN Arabic word F1 {f1:.3}");
    assert_eq!(a.lang.as_deref(), Some("ar"));
    assert_eq!(
        a.title.as_deref(),
        Some("معارضون يسيطرون على مخازن للصواريخ بريف دمشق")
    );

    let lbc = read(&fx.join("fundus/LBCGroup_2026_01_08.html"));
    let gt: serde_json::Value =
        serde_json::from_str(&read(&fx.join("fundus/LBCGroup.expected.json"))).unwrap();
    let gt = gt.as_object().unwrap().values().next().unwrap();
    let mut truth = String::new();
    for s in gt["body"]["summary"].as_array().into_iter().flatten() {
        truth.push_str(s.as_str().unwrap_or_default());
        truth.push('\n');
    }
    for sec in gt["body"]["sections"].as_array().into_iter().flatten() {
        for key in ["headline", "paragraphs"] {
            for p in sec[key].as_array().into_iter().flatten() {
                truth.push_str(p.as_str().unwrap_or_default());
                truth.push('\n');
            }
        }
    }
    let a = extract_html("lbci.html", &lbc, None, &Options::default()).article;
    let f1 = word_f1(&body(&a), &truth);
    assert!(f1 >= 0.97, "LBCI word F1 {f1:.3}");
    if let Some(title) = gt["title"].as_str() {
        // The page's headline keeps its quotation marks; fundus drops them.
        let bare = |s: &str| crate::expect::fold(&s.replace('"', ""));
        assert_eq!(bare(a.title.as_deref().unwrap_or_default()), bare(title));
    }

    let assabah = read(&fx.join("trafilatura/assabah.com.tn.article.html"));
    let exp: serde_json::Value = serde_json::from_str(&read(
        &fx.join("trafilatura/assabah.com.tn.article.expected.json"),
    ))
    .unwrap();
    let a = extract_html("assabah.html", &assabah, None, &Options::default()).article;
    let text = crate::expect::fold(&body(&a));
    for s in exp["with"].as_array().into_iter().flatten() {
        let s = crate::expect::fold(s.as_str().unwrap_or_default());
        assert!(text.contains(&s), "Assabah: missing {s:?}");
    }
    for s in exp["without"].as_array().into_iter().flatten() {
        let s = crate::expect::fold(s.as_str().unwrap_or_default());
        assert!(!text.contains(&s), "Assabah: leaked {s:?}");
    }
}

#[test]
fn deep_nesting_is_bounded_and_does_not_overflow() {
    for tag in ["div", "span", "b", "ul", "table"] {
        let n = 100_000;
        let mut html = String::with_capacity(n * 12);
        html.push_str("<html><body>");
        for _ in 0..n {
            html.push_str(&format!("<{tag}>"));
        }
        html.push_str("deep text.");
        for _ in 0..n {
            html.push_str(&format!("</{tag}>"));
        }
        html.push_str("</body></html>");
        let a = extract_html("deep.html", &html, None, &Options::default()).article;
        assert!(
            a.warnings.iter().any(|w| w.starts_with("truncated:")),
            "{tag}: {:?}",
            a.warnings
        );
    }
    // Deep but under the limit: parsed whole, text found.
    let mut html = String::from("<html><body>");
    html.push_str(&"<div>".repeat(1_500));
    html.push_str(
        "<p>A paragraph at the bottom of a very deep page, long enough to read as prose.</p>",
    );
    html.push_str(&"</div>".repeat(1_500));
    let a = extract_html("deep.html", &html, None, &Options::default()).article;
    assert!(a.text.contains("very deep page"), "{a:?}");
}

#[test]
fn self_closed_svg_shapes_do_not_count_as_nesting() {
    // A chart drawn with thousands of `<path ... />` before the story: the
    // shapes close themselves, so the page is not cut as too deep.
    let mut html = String::from("<html><body><svg viewBox=\"0 0 10 10\">");
    for i in 0..5_000 {
        html.push_str(&format!(
            "<path d=\"M{i},0L{i},10\" style=\"stroke:#000\" />"
        ));
    }
    html.push_str("</svg><p>The story under the chart is long enough to read as prose, and it is kept whole.</p></body></html>");
    let a = extract_html("chart.html", &html, None, &Options::default()).article;
    assert!(
        !a.warnings.iter().any(|w| w.starts_with("truncated:")),
        "{:?}",
        a.warnings
    );
    assert!(a.text.contains("kept whole"), "{a:?}");
}

#[test]
fn explain_gives_every_block_a_class_and_a_reason() {
    use ghirbal_extract::LineClass;
    let html = std::fs::read_to_string(fixture_dir().join("wrapper_and_teasers.html")).unwrap();
    let plain = extract_html("w.html", &html, None, &Options::default());
    assert!(plain.explain.is_empty());
    let ex = extract_html(
        "w.html",
        &html,
        None,
        &Options {
            explain: true,
            ..Options::default()
        },
    );
    assert_eq!(ex.article, plain.article, "explaining changes nothing");
    let rows = &ex.explain;
    assert!(rows.iter().enumerate().all(|(i, r)| r.line == i + 1));
    // Every body block is explained as kept, in order.
    let kept: Vec<&str> = rows
        .iter()
        .filter(|r| r.class.is_body())
        .map(|r| r.text.as_str())
        .collect();
    let body: Vec<&str> = ex.article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(kept, body);
    let why = |needle: &str| {
        rows.iter()
            .find(|r| r.text.contains(needle))
            .map(|r| (r.class, r.reason.clone()))
    };
    assert_eq!(
        why("بلدية المدينة تطلق حملة"),
        Some((
            LineClass::Chrome,
            "outside the story's container".to_string()
        ))
    );
    assert_eq!(
        why("أسواق المال"),
        Some((LineClass::Chrome, "furniture: nav".to_string()))
    );
    assert_eq!(
        why("افتتاح خط قطار جديد").map(|w| w.0),
        Some(LineClass::TitleRepeat)
    );
}

#[test]
fn empty_and_bodiless_pages_say_why() {
    for html in [
        "",
        "<html></html>",
        "<script>var x = 1;</script>",
        "\u{0}\u{1}\u{2}",
    ] {
        let a = extract_html("x.html", html, None, &Options::default()).article;
        assert!(a.blocks.is_empty());
        assert!(
            a.warnings.iter().any(|w| w.starts_with("no-body: ")),
            "{html:?}: {:?}",
            a.warnings
        );
    }
}

#[test]
fn huge_page_is_cut_with_a_warning() {
    let mut html = String::from("<html><body><p>");
    let sentence = "Some words of a very long page, repeated over and over. ";
    while html.len() < 17 << 20 {
        html.push_str(sentence);
    }
    let a = extract_html("big.html", &html, None, &Options::default()).article;
    assert!(a.warnings.iter().any(|w| w.starts_with("truncated:")));
    assert!(!a.text.is_empty());
}

fn html_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<div class=\"share\">".to_string()),
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<ul><li>".to_string()),
        Just("<table><tr><td>".to_string()),
        Just("<br>".to_string()),
        Just("<h1>".to_string()),
        Just("</div>".to_string()),
        Just("<figure><figcaption>صورة (رويترز)".to_string()),
        Just(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                .to_string()
        ),
        Just("اقرأ أيضا".to_string()),
        Just("بيروت - (أ ف ب) - قال المتحدث إن الاجتماع تناول ملفات عدة.".to_string()),
        Just("<time datetime=\"2024-04-25T10:00\">".to_string()),
        "[\\p{Arabic} <>/=\"a-z0-9]{0,40}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn html_extraction_is_total_and_deterministic(pieces in prop::collection::vec(html_piece(), 0..40)) {
        let html = pieces.concat();
        let a = extract_html("x.html", &html, None, &Options::default()).article;
        let b = extract_html("x.html", &html, None, &Options::default()).article;
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(&a.text, &ghirbal_record::body_text(&a.blocks));
    }

    #[test]
    fn arbitrary_bytes_never_panic_as_html(bytes in prop::collection::vec(any::<u8>(), 0..3000)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = extract_html("x.bin", &text, Some("http://example.com/2024/04/25/x"), &Options::default());
    }
}
