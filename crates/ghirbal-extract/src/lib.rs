//! Page to article record. No I/O: callers hand in decoded text.

pub mod dump;
pub mod html;
mod lexicon;

pub use dump::{extract_dump, Extraction, LineClass, LineExplanation, Options};
pub use html::{debug_html, extract_html};
