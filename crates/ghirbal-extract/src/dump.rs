//! Text-dump extraction (being written).

use ghirbal_record::{record_id, Article, Block, BlockKind, SourceFormat};
use serde::Serialize;

/// Extraction options.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Keep a class and a reason for every input line.
    pub explain: bool,
}

/// What a line of a dump turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineClass {
    Blank,
    DateWidget,
    Title,
    TitleRepeat,
    Chrome,
    Caption,
    CaptionRepeat,
    Summary,
    Heading,
    Paragraph,
    ListItem,
    Quote,
    Dateline,
    Byline,
    SourcesLabel,
    Sources,
    Related,
    Footer,
    Tags,
}

/// Why a line got its class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineExplanation {
    /// 1-based line number.
    pub line: usize,
    pub class: LineClass,
    pub reason: String,
    pub text: String,
}

/// An extracted record and, with `Options::explain`, every line's class.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub article: Article,
    pub explain: Vec<LineExplanation>,
}

/// Extracts the article from a text dump. `input` is the label that goes
/// into the record (`path` or `path#N`).
pub fn extract_dump(input: &str, text: &str, options: &Options) -> Extraction {
    let _ = options;
    let mut article = Article {
        id: record_id(input, text.as_bytes()),
        input: input.to_string(),
        source_format: SourceFormat::Text,
        blocks: text
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| Block::new(BlockKind::Paragraph, p))
            .collect(),
        ..Article::default()
    };
    article.rebuild_text();
    Extraction { article, explain: Vec::new() }
}
