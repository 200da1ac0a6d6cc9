//! A read-only web page and JSON API over a ghirbal search index.
//!
//! [`router`] is the whole application (tests drive it without a socket);
//! [`serve`] runs it on a tokio runtime of its own, so the command line
//! needs no async code. The page is one HTML file with its script and
//! style, embedded in the binary: it works offline and loads nothing from
//! elsewhere. Article text reaches the page only as JSON and is put into
//! the document with `textContent`, never parsed as HTML; the
//! Content-Security-Policy forbids inline scripts as a second wall.
//!
//! Requests never name files: the only inputs are a query string and an
//! article id, both checked and bounded, and every error is a JSON
//! `{"error": {"status", "message"}}` with a 4xx status when the request
//! was at fault.

mod api;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::http::{header, HeaderValue};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use ghirbal_search::SearchIndex;

pub use api::{ApiError, MAX_ID_CHARS};

const INDEX_HTML: &str = include_str!("../assets/index.html");
const APP_JS: &str = include_str!("../assets/app.js");
const APP_CSS: &str = include_str!("../assets/app.css");
/// The OpenAPI 3.1 description of `/api`.
pub const OPENAPI_JSON: &str = include_str!("../assets/openapi.json");

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
                   connect-src 'self'; img-src 'self'; base-uri 'none'; \
                   form-action 'self'; frame-ancestors 'none'";

/// What the server failed at.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("server: {0}")]
    Io(#[from] std::io::Error),
}

/// The application: page, assets and API.
pub fn router(index: Arc<SearchIndex>) -> Router {
    Router::new()
        .route(
            "/",
            get(|| async { asset(INDEX_HTML, "text/html; charset=utf-8") }),
        )
        .route(
            "/app.js",
            get(|| async { asset(APP_JS, "text/javascript; charset=utf-8") }),
        )
        .route(
            "/app.css",
            get(|| async { asset(APP_CSS, "text/css; charset=utf-8") }),
        )
        .route(
            "/api/openapi.json",
            get(|| async { asset(OPENAPI_JSON, "application/json") }),
        )
        .route("/api/search", get(api::search))
        .route("/api/article/{id}", get(api::article))
        .fallback(api::not_found)
        .method_not_allowed_fallback(api::method_not_allowed)
        .layer(axum::middleware::map_response(security_headers))
        .with_state(index)
}

fn asset(body: &'static str, content_type: &'static str) -> Response {
    let mut response = Response::new(body.into());
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

async fn security_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

/// Serves `index` on `addr` until Ctrl-C. `on_ready` gets the bound
/// address (useful with port 0) once the socket listens.
pub fn serve(
    index: SearchIndex,
    addr: SocketAddr,
    on_ready: impl FnOnce(SocketAddr),
) -> Result<(), WebError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| WebError::Bind { addr, source })?;
        on_ready(listener.local_addr()?);
        axum::serve(listener, router(Arc::new(index)))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(())
    })
}
