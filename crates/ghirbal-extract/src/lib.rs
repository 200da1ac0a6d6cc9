//! Page to article record. No I/O: callers hand in decoded text.

pub mod dump;

pub use dump::{extract_dump, Extraction, LineClass, LineExplanation, Options};
