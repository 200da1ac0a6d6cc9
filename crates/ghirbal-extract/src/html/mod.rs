//! HTML extraction (being written): a page's markup in, the article out.

use ghirbal_record::{record_id, Article, SourceFormat};

use crate::dump::{Extraction, Options};

/// Extracts the article from an HTML page. `input` is the record's label
/// (`path` or `path#offset`); `url` is where the page came from, if known.
pub fn extract_html(input: &str, html: &str, url: Option<&str>, options: &Options) -> Extraction {
    let _ = options;
    let article = Article {
        id: record_id(input, html.as_bytes()),
        input: input.to_string(),
        url: url.map(str::to_string),
        source_format: SourceFormat::Html,
        warnings: vec!["no-body: HTML extraction is not written yet".to_string()],
        ..Article::default()
    };
    Extraction {
        article,
        explain: Vec::new(),
    }
}
