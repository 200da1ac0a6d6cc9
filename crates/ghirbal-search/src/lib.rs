//! Full-text search over ghirbal records, with tantivy.
//!
//! [`build_index`] reads JSON Lines records (plain, `.gz`, `.zst`, or
//! directories of them, such as `ghirbal build` shards) into an index
//! directory; [`SearchIndex`] opens one and answers [`SearchRequest`]s.
//!
//! Arabic is matched on keys, never on display text: each of title,
//! summary and body is indexed twice, once as folded words
//! ([`ghirbal_arabic::search_key`]: hamza/alef forms, ى/ي, ة/ه,
//! diacritics, tatweel, digits) and once as folded then light10-stemmed
//! words ([`ghirbal_arabic::light10`]), stopwords dropped from both. A query
//! goes through the same analysis, so spellings that fold equal find the
//! same articles; [`Aliases`] expands names that fold apart (`داعش` /
//! `تنظيم الدولة`) at query time. Snippets are cut from the stored display
//! text, with the matched words marked.

mod aliases;
mod analysis;
mod error;
mod index;
mod query;
mod records;
mod schema;
mod search;

pub use aliases::{Aliases, DEFAULT_ALIASES};
pub use analysis::{analyze, Analysis, KeyTokenizer, Stemmer};
pub use error::SearchError;
pub use index::{build_index, IndexOptions, IndexStats};
pub use query::{parse_query, Filters, ParsedQuery, QueryPart, MAX_QUERY_CHARS};
pub use records::{record_files, RecordReader};
pub use search::{
    ArticleView, Facet, Facets, Hit, SearchIndex, SearchRequest, SearchResults, Segment, StoryRef,
    MAX_LIMIT,
};
