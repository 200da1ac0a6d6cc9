//! Limits against hostile pages, and the fuzzers' findings.

use std::time::Duration;

use ghirbal_extract::{extract_html, try_extract_dump, try_extract_html, LimitExceeded, Options};

fn nested(depth: usize) -> String {
    let mut html = String::from("<html><body>");
    html.push_str(&"<div>".repeat(depth));
    html.push_str("<p>A paragraph at the bottom of a deep page, long enough to read as prose.</p>");
    html.push_str(&"</div>".repeat(depth));
    html
}

#[test]
fn too_deep_fails_the_checked_entry_point_and_cuts_the_other() {
    let options = Options {
        max_depth: 100,
        ..Options::default()
    };
    let html = nested(150);
    assert_eq!(
        try_extract_html("d.html", &html, None, &options).unwrap_err(),
        LimitExceeded::Depth { limit: 100 }
    );
    let a = extract_html("d.html", &html, None, &options).article;
    assert!(
        a.warnings
            .iter()
            .any(|w| w.starts_with("truncated: elements nest deeper than 100")),
        "{:?}",
        a.warnings
    );
    // Under the limit: the same page as without one.
    let html = nested(50);
    let checked = try_extract_html("d.html", &html, None, &options).unwrap();
    let plain = extract_html("d.html", &html, None, &Options::default());
    assert_eq!(checked.article, plain.article);
}

#[test]
fn a_spent_time_budget_fails_html_and_dumps() {
    let options = Options {
        time_limit: Some(Duration::ZERO),
        ..Options::default()
    };
    let limit = LimitExceeded::Time {
        limit: Duration::ZERO,
    };
    assert_eq!(
        try_extract_html("a.html", &nested(3), None, &options).unwrap_err(),
        limit
    );
    assert_eq!(
        try_extract_dump("a.txt", "سطر أول\nسطر ثان\n", &options).unwrap_err(),
        limit
    );
}

#[test]
fn pieces_parse_as_the_whole() {
    // Past the parse piece size (16 KiB), with CR LF, scripts, comments and
    // multi-byte text around the piece boundaries.
    let mut html = String::from("<html><head><title>عنوان الصفحة</title></head><body><article>");
    for i in 0..800 {
        html.push_str(&format!(
            "<p class=\"p{i}\">فقرة رقم {i} من نص المقال، وهي طويلة بما يكفي لتقرأ نثرا.\r\n</p>\
             <!-- c{i} --><script>var x{i} = '<p>';</script>"
        ));
    }
    html.push_str("</article></body></html>");
    let limited = Options {
        time_limit: Some(Duration::from_secs(3600)),
        ..Options::default()
    };
    let checked = try_extract_html("p.html", &html, None, &limited).unwrap();
    let plain = extract_html("p.html", &html, None, &Options::default());
    assert_eq!(checked.article, plain.article);
}

#[test]
fn a_page_of_unclosed_tag_starts_is_read_in_linear_time() {
    // Every `<a ` used to search the rest of the page for a `>`: quadratic,
    // minutes for this page. Now one pass.
    let html = "<a ".repeat(1 << 20);
    let a = extract_html("lt.html", &html, None, &Options::default()).article;
    assert!(a.blocks.is_empty());
}

#[test]
fn bare_cr_line_ends_are_lines() {
    // From the dump fuzzer, whose first invariant counted lines with
    // `str::lines` and so missed old-Mac `\r` line ends: the extractor
    // explains each physical line once, whatever ends it.
    let text = "عنوان الخبر\rسطر ثان من النص\r\nسطر ثالث\n\rسطر رابع";
    let options = Options {
        explain: true,
        ..Options::default()
    };
    let explained = ghirbal_extract::extract_dump("cr.txt", text, &options).explain;
    assert_eq!(explained.len(), text.split(['\n', '\r']).count() - 1);
}
