use std::io;
use std::path::PathBuf;

/// What can go wrong while indexing or searching.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{0}: not a ghirbal index (no meta.json); build one with `ghirbal index`")]
    NotAnIndex(PathBuf),
    #[error("{0}: already exists and is not empty; pick a new directory")]
    OutputExists(PathBuf),
    #[error("{path}: line {line}: {reason}")]
    AliasLine {
        path: String,
        line: usize,
        reason: String,
    },
    /// The query itself is wrong (too long, a bad date, …): the user's
    /// mistake, a 400 on the web.
    #[error("bad query: {0}")]
    Query(String),
    #[error("index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("stored record: {0}")]
    Stored(#[from] serde_json::Error),
}

impl SearchError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: io::Error) -> Self {
        SearchError::Io {
            path: path.into(),
            source,
        }
    }
}
