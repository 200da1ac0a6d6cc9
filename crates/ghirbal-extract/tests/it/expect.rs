//! Field-by-field comparison of a record with an `*.expected.json` file
//! (the format of `shared/seeds/000.expected.json`, documented in
//! `tests/fixtures/README.md`).

use ghirbal_record::Article;
use serde_json::Value;

/// Whitespace folded, NBSP as space: how expected values are compared.
pub fn fold(s: &str) -> String {
    s.replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn opt(v: &Value) -> Option<String> {
    v.as_str().map(fold)
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().filter_map(opt).collect())
        .unwrap_or_default()
}

/// Every way `article` differs from `expected`; empty when it matches.
pub fn differences(article: &Article, expected: &Value) -> Vec<String> {
    let mut out = Vec::new();
    fn check(out: &mut Vec<String>, field: &str, got: &str, want: &str) {
        if got != want {
            out.push(format!("{field}:\n    got  {got}\n    want {want}"));
        }
    }
    let obj = expected.as_object().expect("expected file is an object");
    let show = |o: &Option<String>| format!("{o:?}");
    for (field, got) in [
        ("title", &article.title),
        ("page_date", &article.page_date),
        ("published", &article.published),
        ("modified", &article.modified),
        ("dateline", &article.dateline),
        ("summary", &article.summary),
    ] {
        if let Some(want) = obj.get(field) {
            let got = got.as_deref().map(fold);
            // A date may be expected as a day while the record has a time too.
            let got = match (field, &got, want.as_str()) {
                ("published" | "modified", Some(g), Some(w)) if w.len() == 10 => {
                    Some(g.chars().take(10).collect())
                }
                _ => got,
            };
            check(&mut out, field, &show(&got), &show(&opt(want)));
        }
    }
    if let Some(bad) = obj.get("published_must_not_be").and_then(Value::as_str) {
        if article
            .published
            .as_deref()
            .is_some_and(|p| p.starts_with(bad))
        {
            out.push(format!("published: must not be {bad}"));
        }
    }
    for (field, got) in [
        ("authors", &article.authors),
        ("sources", &article.sources),
        ("agencies", &article.agencies),
        ("tags", &article.tags),
    ] {
        if let Some(want) = obj.get(field) {
            let got: Vec<String> = got.iter().map(|s| fold(s)).collect();
            check(
                &mut out,
                field,
                &format!("{got:?}"),
                &format!("{:?}", strings(want)),
            );
        }
    }
    if let Some(want) = obj.get("images") {
        let got: Vec<(Option<String>, Option<String>)> = article
            .images
            .iter()
            .map(|i| {
                (
                    i.caption.as_deref().map(fold),
                    i.credit.as_deref().map(fold),
                )
            })
            .collect();
        let want: Vec<(Option<String>, Option<String>)> = want
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|i| (opt(&i["caption"]), opt(&i["credit"])))
                    .collect()
            })
            .unwrap_or_default();
        check(
            &mut out,
            "images",
            &format!("{got:?}"),
            &format!("{want:?}"),
        );
    }
    if let Some(want) = obj.get("blocks") {
        let got: Vec<String> = article
            .blocks
            .iter()
            .map(|b| format!("{}: {}", b.kind.as_str(), fold(&b.text)))
            .collect();
        let want: Vec<String> = want
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|b| {
                        let text = b["text"].as_str().unwrap_or_default();
                        // List items are compared line by line, each folded.
                        let text: Vec<String> = text.lines().map(fold).collect();
                        format!(
                            "{}: {}",
                            b["type"].as_str().unwrap_or_default(),
                            text.join("\n")
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let got: Vec<String> = got
            .iter()
            .zip(article.blocks.iter())
            .map(|(g, b)| {
                if b.kind == ghirbal_record::BlockKind::List {
                    let items: Vec<String> = b.text.lines().map(fold).collect();
                    format!("list: {}", items.join("\n"))
                } else {
                    g.clone()
                }
            })
            .collect();
        if got != want {
            out.push(format!(
                "blocks:\n    got  {}\n    want {}",
                got.join("\n         "),
                want.join("\n         ")
            ));
        }
    }
    if let Some(want) = obj.get("headings") {
        let got: Vec<String> = article
            .blocks
            .iter()
            .filter(|b| b.kind == ghirbal_record::BlockKind::Heading)
            .map(|b| fold(&b.text))
            .collect();
        check(
            &mut out,
            "headings",
            &format!("{got:?}"),
            &format!("{:?}", strings(want)),
        );
    }
    if let Some(want) = obj.get("paragraphs") {
        let got: Vec<String> = article
            .blocks
            .iter()
            .filter(|b| b.kind == ghirbal_record::BlockKind::Paragraph)
            .map(|b| fold(&b.text))
            .collect();
        let want = strings(want);
        if got != want {
            out.push(format!(
                "paragraphs:\n    got  {got:#?}\n    want {want:#?}"
            ));
        }
    }
    if let Some(want) = obj.get("not_in_text") {
        for s in strings(want) {
            if article.text.contains(&s) {
                out.push(format!("text contains chrome {s:?}"));
            }
        }
    }
    out
}
