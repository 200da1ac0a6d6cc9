//! Arabic text rules, pure functions with no I/O.
//!
//! Two kinds of text leave this crate and must never be confused:
//! - display text ([`normalize`]): the writer's spelling and diacritics kept,
//!   only encoding noise removed (presentation forms, tatweel, invisible
//!   controls, odd spaces);
//! - keys ([`search_key`]): lossy folding for search and dedup only.

pub mod agencies;
pub mod dates;
pub mod digits;
pub mod keys;
pub mod line;
pub mod normalize;
pub mod script;
pub mod stem;

pub use agencies::{
    agency_code, agency_codes, find_agencies, parse_dateline, sources_label, split_sources,
    AgencyMatch, Dateline,
};
pub use dates::{
    find_dates, find_relative_days, parse_date, Calendar, Date, DateMatch, RelativeDay,
    RelativeMention, Weekday,
};
pub use digits::{digit_value, parse_number, to_ascii_digits};
pub use keys::{fold_char, key_words, key_words_iter, search_key, search_key_into, KeyWords};
pub use line::{line_text, LineText};
pub use normalize::{normalize, normalize_block};
pub use script::ScriptCounts;
pub use stem::{is_stopword, light10};
