//! Search and dedup keys: lossy folding. Never used for display.

/// Folds text for search and dedup keys.
pub fn search_key(text: &str) -> String {
    text.to_string()
}

/// The words of `search_key(text)`, punctuation dropped.
pub fn key_words(text: &str) -> Vec<String> {
    search_key(text).split_whitespace().map(str::to_string).collect()
}
