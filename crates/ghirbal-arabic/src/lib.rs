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
pub mod normalize;
pub mod script;

pub use agencies::{agency_code, find_agencies, parse_dateline, split_sources, AgencyMatch, Dateline};
pub use dates::{find_dates, find_relative_days, parse_date, Calendar, Date, DateMatch, RelativeDay, RelativeMention, Weekday};
pub use digits::to_ascii_digits;
pub use keys::{key_words, search_key};
pub use normalize::normalize;
