use axum::http::StatusCode;

use crate::fixtures::{app, enc, get, json, request};

#[tokio::test]
async fn search_returns_hits_facets_and_snippets() {
    let (_dir, app) = app();
    let (status, v) = json(
        get(
            &app,
            &format!("/api/search?q={}&limit=5", enc("معرض الكتاب")),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["total"], 12);
    assert_eq!(v["hits"].as_array().unwrap().len(), 5);
    assert!(v["facets"]["site"].as_array().unwrap().len() == 2);
    assert!(v["hits"][0]["snippet"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["hl"] == true));
    let (_, v) = json(
        get(
            &app,
            &format!(
                "/api/search?q={}",
                enc("معرض agency:AFP from:2019-02 to:2019-02")
            ),
        )
        .await,
    )
    .await;
    assert_eq!(v["total"], 4);
}

#[tokio::test]
async fn article_with_the_same_story_elsewhere() {
    let (_dir, app) = app();
    let (status, v) = json(get(&app, "/api/article/0000000000000004").await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["article"]["id"], "0000000000000004");
    let others: Vec<&str> = v["elsewhere"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(others.len(), 3);
    assert!(!others.contains(&"0000000000000004"));
}

#[tokio::test]
async fn openapi_document_is_served() {
    let (_dir, app) = app();
    let (status, v) = json(get(&app, "/api/openapi.json").await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["openapi"], "3.1.0");
    assert!(v["paths"]["/api/search"].is_object());
}

#[tokio::test]
async fn bad_requests_are_clear_4xx_json() {
    let (_dir, app) = app();
    let long = enc(&"كلمة ".repeat(150));
    let cases = [
        (
            "/api/search".to_string(),
            StatusCode::BAD_REQUEST,
            "q is required",
        ),
        (
            "/api/search?q=".to_string(),
            StatusCode::BAD_REQUEST,
            "q is required",
        ),
        (
            format!("/api/search?q={long}"),
            StatusCode::BAD_REQUEST,
            "longer than 500",
        ),
        (
            "/api/search?q=a&limit=1000".to_string(),
            StatusCode::BAD_REQUEST,
            "limit must be",
        ),
        (
            "/api/search?q=a&limit=0".to_string(),
            StatusCode::BAD_REQUEST,
            "limit must be",
        ),
        (
            "/api/search?q=a&limit=many".to_string(),
            StatusCode::BAD_REQUEST,
            "limit",
        ),
        (
            "/api/search?q=a&offset=99999".to_string(),
            StatusCode::BAD_REQUEST,
            "offset",
        ),
        (
            format!("/api/search?q={}", enc("from:2019-13")),
            StatusCode::BAD_REQUEST,
            "not a date",
        ),
        (
            "/api/article/ffffffffffffffff".to_string(),
            StatusCode::NOT_FOUND,
            "no article",
        ),
        (
            "/api/article/..%2F..%2Fetc%2Fpasswd".to_string(),
            StatusCode::BAD_REQUEST,
            "article id",
        ),
        (
            format!("/api/article/{}", "a".repeat(65)),
            StatusCode::BAD_REQUEST,
            "article id",
        ),
        (
            "/api/article/../../etc/passwd".to_string(),
            StatusCode::NOT_FOUND,
            "not found",
        ),
        (
            "/etc/passwd".to_string(),
            StatusCode::NOT_FOUND,
            "not found",
        ),
        (
            "/api/nothing".to_string(),
            StatusCode::NOT_FOUND,
            "not found",
        ),
    ];
    for (uri, want, words) in cases {
        let (status, v) = json(get(&app, &uri).await).await;
        assert_eq!(status, want, "{uri}: {v}");
        assert_eq!(v["error"]["status"], want.as_u16(), "{uri}");
        let message = v["error"]["message"].as_str().unwrap();
        assert!(message.contains(words), "{uri}: {message}");
    }
    let (status, v) = json(request(&app, "POST", "/api/search?q=a").await).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(v["error"]["message"]
        .as_str()
        .unwrap()
        .contains("read-only"));
}
