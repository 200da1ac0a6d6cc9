//! Page to article record. No I/O: callers hand in decoded text.

pub mod dump;
pub mod furniture;
mod hash;
pub mod html;
mod lexicon;
mod limits;

pub use dump::{extract_dump, try_extract_dump, Extraction, LineClass, LineExplanation, Options};
pub use furniture::Furniture;
pub use html::{debug_html, extract_html, try_extract_html};
pub use limits::{LimitExceeded, DEFAULT_MAX_DEPTH};
