//! Article strings are data, never markup.

use axum::http::StatusCode;

use crate::fixtures::{app, body, enc, get, json, HOSTILE_TITLE};

#[tokio::test]
async fn hostile_strings_come_back_as_json_text() {
    let (_dir, app) = app();
    let response = get(
        &app,
        &format!("/api/search?q={}&limit=20", enc("معرض الكتاب")),
    )
    .await;
    let headers = response.headers().clone();
    assert_eq!(headers["x-content-type-options"], "nosniff");
    let (status, v) = json(response).await;
    assert_eq!(status, StatusCode::OK);
    let hostile = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == "0000000000000000")
        .expect("the hostile record is found");
    assert_eq!(hostile["title"], HOSTILE_TITLE);
    let shown: String = hostile["title_hl"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(shown, HOSTILE_TITLE, "segments rebuild the title exactly");
}

#[tokio::test]
async fn the_page_has_no_inline_script_and_a_strict_policy() {
    let (_dir, app) = app();
    let response = get(&app, "/").await;
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let html = body(response).await;
    assert!(html.contains("dir=\"rtl\"") && html.contains("lang=\"ar\""));
    // Scripts only by src: the policy would block an inline one anyway.
    assert_eq!(
        html.matches("<script").count(),
        html.matches("<script src=").count()
    );
    // Nothing from outside: the page works offline.
    assert!(!html.contains("http://") && !html.contains("https://"));
}

#[tokio::test]
async fn the_script_never_parses_data_as_html() {
    let (_dir, app) = app();
    let js = body(get(&app, "/app.js").await).await;
    for sink in [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
    ] {
        assert!(!js.contains(sink), "app.js uses {sink}");
    }
    assert!(js.contains("textContent") && js.contains("createTextNode"));
    assert!(!js.contains("http://") && !js.contains("https://"));
}
