//! Text-dump extraction: a page's visible text, one block per line, in, the
//! article out.
//!
//! A dump has no markup, so every decision comes from the lines themselves:
//! their shape (length, closing punctuation, script, a trailing credit, a
//! leading label), their repeats (titles and captions appear twice when both
//! a heading and its alt text were dumped), their position (before the title
//! is the page's head, after the last paragraph its tail) and their
//! neighbours (a heading sits between paragraphs; a run of headlines is a
//! block of links to other stories). Word lists only confirm what the shape
//! already suggests. See `ARCHITECTURE.md` for the passes.

mod classify;
mod lines;
pub(crate) mod links;

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use crate::furniture::Furniture;
use crate::limits::DEFAULT_MAX_DEPTH;
pub use classify::{extract_dump, try_extract_dump};

/// Extraction options.
#[derive(Debug, Clone)]
pub struct Options {
    /// Keep a class and a reason for every input line.
    pub explain: bool,
    /// Deepest HTML element nesting read: [`crate::extract_html`] cuts the
    /// page there, [`crate::try_extract_html`] fails it.
    pub max_depth: usize,
    /// Time one page may take in the `try_` entry points (`None`: no limit).
    pub time_limit: Option<Duration>,
    /// The site's furniture learnt from its other pages: text-dump lines
    /// in it are chrome.
    pub furniture: Option<Arc<Furniture>>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            explain: false,
            max_depth: DEFAULT_MAX_DEPTH,
            time_limit: None,
            furniture: None,
        }
    }
}

/// What a line of a dump turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineClass {
    Blank,
    /// A date printed by the page's chrome (the day's date widget).
    DateWidget,
    /// A labelled publication or update time (`نشر في: …`).
    DateLine,
    Title,
    TitleRepeat,
    /// Site furniture: menus, buttons, share bars, banners.
    Chrome,
    Caption,
    CaptionRepeat,
    Summary,
    Heading,
    Paragraph,
    ListItem,
    Quote,
    /// A line that repeats an earlier body line.
    Repeat,
    Byline,
    SourcesLabel,
    Sources,
    /// A label or a headline of another story (`اقرأ أيضا`).
    Related,
    /// Readers' comments and what follows them.
    Comments,
    Footer,
    Tags,
}

impl LineClass {
    /// The class's name as it appears in `--explain` output.
    pub fn as_str(self) -> &'static str {
        match self {
            LineClass::Blank => "blank",
            LineClass::DateWidget => "date_widget",
            LineClass::DateLine => "date_line",
            LineClass::Title => "title",
            LineClass::TitleRepeat => "title_repeat",
            LineClass::Chrome => "chrome",
            LineClass::Caption => "caption",
            LineClass::CaptionRepeat => "caption_repeat",
            LineClass::Summary => "summary",
            LineClass::Heading => "heading",
            LineClass::Paragraph => "paragraph",
            LineClass::ListItem => "list_item",
            LineClass::Quote => "quote",
            LineClass::Repeat => "repeat",
            LineClass::Byline => "byline",
            LineClass::SourcesLabel => "sources_label",
            LineClass::Sources => "sources",
            LineClass::Related => "related",
            LineClass::Comments => "comments",
            LineClass::Footer => "footer",
            LineClass::Tags => "tags",
        }
    }

    /// True for classes whose text lands in the record's body.
    pub fn is_body(self) -> bool {
        matches!(
            self,
            LineClass::Heading | LineClass::Paragraph | LineClass::ListItem | LineClass::Quote
        )
    }
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
    pub article: ghirbal_record::Article,
    pub explain: Vec<LineExplanation>,
}
