//! The JSON API handlers.

use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use ghirbal_search::{SearchError, SearchIndex, SearchRequest, MAX_LIMIT, MAX_QUERY_CHARS};
use serde::Deserialize;
use serde_json::json;

/// Longest article id accepted.
pub const MAX_ID_CHARS: usize = 64;

/// A JSON error response.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
        }
    }
    fn bad(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({"error": {"status": self.status.as_u16(), "message": self.message}});
        (self.status, Json(body)).into_response()
    }
}

impl From<SearchError> for ApiError {
    fn from(err: SearchError) -> Self {
        match err {
            SearchError::Query(reason) => ApiError::bad(reason),
            // The rest is the server's: say so without details.
            other => {
                eprintln!("error: {other}");
                ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
            }
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct SearchParams {
    q: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
    facets: Option<bool>,
}

pub(crate) async fn search(
    State(index): State<Arc<SearchIndex>>,
    params: Result<Query<SearchParams>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(params) = params.map_err(|e| ApiError::bad(e.body_text()))?;
    let q = params.q.unwrap_or_default();
    if q.trim().is_empty() {
        return Err(ApiError::bad(
            "q is required: words, \"phrases\", site:, agency:, from:, to:, lang:",
        ));
    }
    if q.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::bad(format!(
            "q is longer than {MAX_QUERY_CHARS} characters"
        )));
    }
    let limit = params.limit.unwrap_or(10);
    if limit == 0 || limit > MAX_LIMIT {
        return Err(ApiError::bad(format!("limit must be 1 to {MAX_LIMIT}")));
    }
    let request = SearchRequest {
        query: q,
        limit,
        offset: params.offset.unwrap_or(0),
        facets: params.facets.unwrap_or(true),
    };
    let results = tokio::task::spawn_blocking(move || index.search(&request))
        .await
        .map_err(|_| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error"))??;
    Ok(Json(results).into_response())
}

pub(crate) async fn article(
    State(index): State<Arc<SearchIndex>>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let valid = !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !valid {
        return Err(ApiError::bad(format!(
            "an article id is 1 to {MAX_ID_CHARS} letters, digits, - or _"
        )));
    }
    let found = tokio::task::spawn_blocking(move || index.article(&id))
        .await
        .map_err(|_| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error"))??;
    match found {
        Some(view) => Ok(Json(view).into_response()),
        None => Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "no article with this id",
        )),
    }
}

pub(crate) async fn not_found() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not found: the API is /api/search?q=… and /api/article/{id}; see /api/openapi.json",
    )
}

pub(crate) async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "read-only: only GET is served",
    )
}
