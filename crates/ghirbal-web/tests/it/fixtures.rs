use std::io::Write;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, Response, StatusCode};
use axum::Router;
use ghirbal_record::{Article, Block, BlockKind, Dedup, Image};
use ghirbal_search::{build_index, Aliases, IndexOptions, SearchIndex};
use serde_json::Value;
use tower::ServiceExt;

/// Markup an attacker could put in a page's text.
pub const HOSTILE_TITLE: &str =
    "<script>document.body.dataset.pwned='1'</script> افتتاح <img src=x onerror=\"document.body.dataset.pwned='2'\"> معرض الكتاب";

pub fn articles() -> Vec<Article> {
    let mut out = Vec::new();
    for i in 0..12 {
        let hostile = i == 0;
        let title = if hostile {
            HOSTILE_TITLE.to_string()
        } else {
            format!("افتتاح معرض الكتاب الدولي في دورته رقم {i}")
        };
        let text = format!(
            "افتتح وزير الثقافة معرض الكتاب بمشاركة {} دار نشر من عشرين بلدا.\n\n\
             وقالت إدارة المعرض إن <b onmouseover=\"alert(1)\">البرنامج</b> يشمل ندوات وأمسيات شعرية.",
            40 + i
        );
        let blocks = text
            .split("\n\n")
            .map(|p| Block::new(BlockKind::Paragraph, p))
            .collect();
        out.push(Article {
            id: format!("{i:016x}"),
            input: format!("fixture/{i}.html"),
            site: Some(
                if i % 2 == 0 {
                    "موقع الأخبار"
                } else {
                    "<i>site</i>"
                }
                .to_string(),
            ),
            lang: Some("ar".into()),
            title: Some(title),
            published: Some(format!("2019-0{}-1{}", 1 + i % 3, i % 10)),
            authors: vec!["<svg onload=alert(1)>".into()],
            dateline: Some("القاهرة".into()),
            summary: Some("معرض الكتاب يفتح أبوابه للجمهور".into()),
            blocks,
            images: vec![Image {
                caption: Some("زوار المعرض <iframe src=javascript:alert(1)>".into()),
                credit: Some("تصوير: فريق الموقع".into()),
                src: None,
            }],
            sources: vec!["وكالات".into()],
            agencies: vec!["AFP".into()],
            text,
            dedup: Some(Dedup {
                cluster: format!("{:016x}", i % 3),
                size: 4,
                duplicate_of: None,
                kind: None,
            }),
            ..Article::default()
        });
    }
    out
}

pub fn app() -> (tempfile::TempDir, Router) {
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("records.jsonl");
    let mut f = std::fs::File::create(&records).unwrap();
    for a in articles() {
        writeln!(f, "{}", serde_json::to_string(&a).unwrap()).unwrap();
    }
    let out = dir.path().join("index");
    build_index(&[records], &out, &IndexOptions::default(), |_| {}).unwrap();
    let index = SearchIndex::open(&out, Aliases::defaults()).unwrap();
    (dir, ghirbal_web::router(Arc::new(index)))
}

pub async fn get(app: &Router, uri: &str) -> Response<Body> {
    request(app, "GET", uri).await
}

pub async fn request(app: &Router, method: &str, uri: &str) -> Response<Body> {
    let req = Request::builder()
        .method(method)
        .uri(uri)
        .body(Body::empty())
        .unwrap();
    app.clone().oneshot(req).await.unwrap()
}

pub async fn body(response: Response<Body>) -> String {
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 24)
        .await
        .unwrap();
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The status and JSON of a response that must be JSON.
pub async fn json(response: Response<Body>) -> (StatusCode, Value) {
    let status = response.status();
    let ct = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(ct.starts_with("application/json"), "{ct}");
    let text = body(response).await;
    (status, serde_json::from_str(&text).unwrap())
}

/// `q` percent-encoded for a URL.
pub fn enc(q: &str) -> String {
    let mut out = String::new();
    for b in q.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
