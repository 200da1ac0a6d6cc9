//! The tokenizer the index and the queries share.

use ghirbal_arabic::{fold_char, is_stopword, key_words_iter, light10, search_key_into};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Which stemmer the `*_stem` fields use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Stemmer {
    /// Folded words only (the `*_stem` fields then equal the exact ones).
    None,
    /// Larkey's light10 prefix/suffix stripping.
    #[default]
    Light10,
}

/// How text fields are analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Analysis {
    /// Arabic keys, stopwords, and the stemmer for `*_stem` fields.
    Ghirbal(Stemmer),
    /// tantivy's `default` tokenizer (split on non-alphanumerics,
    /// lowercase) for every text field: only for comparisons.
    TantivyDefault,
}

impl Default for Analysis {
    fn default() -> Self {
        Analysis::Ghirbal(Stemmer::default())
    }
}

impl Analysis {
    /// Tokenizer names for the (exact, stemmed) text fields.
    pub(crate) fn tokenizer_names(self) -> (&'static str, &'static str) {
        match self {
            Analysis::Ghirbal(Stemmer::None) => (EXACT, STEM_NONE),
            Analysis::Ghirbal(Stemmer::Light10) => (EXACT, STEM_LIGHT10),
            Analysis::TantivyDefault => ("default", "default"),
        }
    }
}

pub(crate) const EXACT: &str = "ghirbal_exact";
pub(crate) const STEM_NONE: &str = "ghirbal_stem_none";
pub(crate) const STEM_LIGHT10: &str = "ghirbal_stem_light10";

/// Keys longer than this are not words (URLs, base64, runs of letters).
const MAX_TOKEN_BYTES: usize = 80;

/// A tantivy tokenizer over display text: words are cut from the text as
/// written, so token offsets point into the display text (snippets mark
/// the words the reader sees), and each token's text is the word's
/// folded key, stemmed when `stemmer` says so. Stopwords are dropped but
/// keep their position, so phrases match across them only where they are.
#[derive(Debug, Clone)]
pub struct KeyTokenizer {
    stemmer: Option<Stemmer>,
}

impl KeyTokenizer {
    /// Folded words, not stemmed.
    pub fn exact() -> Self {
        KeyTokenizer { stemmer: None }
    }
    /// Folded words, stemmed.
    pub fn stemmed(stemmer: Stemmer) -> Self {
        KeyTokenizer {
            stemmer: Some(stemmer),
        }
    }
}

/// The tokens of `text` as [`KeyTokenizer`] makes them.
pub fn analyze(text: &str, stemmer: Option<Stemmer>) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut key = String::new();
    let mut position = 0;
    let mut rest = text.char_indices().peekable();
    while let Some(&(start, c)) = rest.peek() {
        if !is_word_char(c) {
            rest.next();
            continue;
        }
        let mut end = start;
        while let Some(&(i, c)) = rest.peek() {
            if !is_word_char(c) {
                break;
            }
            end = i + c.len_utf8();
            rest.next();
        }
        search_key_into(&text[start..end], &mut key);
        for word in key_words_iter(&key) {
            let this = position;
            position += 1;
            if word.len() > MAX_TOKEN_BYTES || is_stopword(word) {
                continue;
            }
            let word = match stemmer {
                Some(Stemmer::Light10) => light10(word),
                _ => word,
            };
            tokens.push(Token {
                offset_from: start,
                offset_to: end,
                position: this,
                text: word.to_string(),
                position_length: 1,
            });
        }
    }
    tokens
}

/// A char inside a word as written: one whose key is a letter, digit or
/// mark, or that the key drops (tatweel, diacritics, joiners), so
/// `الـحـكـومـة` is one word.
fn is_word_char(c: char) -> bool {
    match fold_char(c) {
        None => !c.is_ascii(),
        Some(f) => f.is_alphanumeric() || ghirbal_arabic::script::is_arabic_diacritic(f),
    }
}

/// [`KeyTokenizer`]'s stream.
#[derive(Debug)]
pub struct KeyTokenStream {
    tokens: std::vec::IntoIter<Token>,
    token: Token,
}

impl Tokenizer for KeyTokenizer {
    type TokenStream<'a> = KeyTokenStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> KeyTokenStream {
        KeyTokenStream {
            tokens: analyze(text, self.stemmer).into_iter(),
            token: Token::default(),
        }
    }
}

impl TokenStream for KeyTokenStream {
    fn advance(&mut self) -> bool {
        match self.tokens.next() {
            Some(token) => {
                self.token = token;
                true
            }
            None => false,
        }
    }
    fn token(&self) -> &Token {
        &self.token
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// Registers the ghirbal tokenizers on an index (every index, whatever
/// its analysis: the schema names the ones it uses).
pub(crate) fn register(index: &tantivy::Index) {
    let manager = index.tokenizers();
    manager.register(EXACT, KeyTokenizer::exact());
    manager.register(STEM_NONE, KeyTokenizer::stemmed(Stemmer::None));
    manager.register(STEM_LIGHT10, KeyTokenizer::stemmed(Stemmer::Light10));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, stemmer: Option<Stemmer>) -> Vec<String> {
        analyze(text, stemmer).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn offsets_point_into_display_text() {
        let text = "قالَ الـوزير: «إنّ الحكومةَ في ٢٠١٨»";
        let tokens = analyze(text, Some(Stemmer::Light10));
        let shown: Vec<&str> = tokens
            .iter()
            .map(|t| &text[t.offset_from..t.offset_to])
            .collect();
        // `إنّ` and `في` are stopwords.
        assert_eq!(shown, ["قالَ", "الـوزير", "الحكومةَ", "٢٠١٨"]);
        assert_eq!(
            texts(text, Some(Stemmer::Light10)),
            ["قال", "وزير", "حكوم", "2018"]
        );
        assert_eq!(texts(text, None), ["قال", "الوزير", "الحكومه", "2018"]);
        assert_eq!(
            tokens.iter().map(|t| t.position).collect::<Vec<_>>(),
            [0, 1, 3, 5]
        );
    }
}
