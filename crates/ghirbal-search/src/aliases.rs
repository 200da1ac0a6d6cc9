//! Names that news spells many ways, expanded at query time.
//!
//! At query time rather than index time so that a user's `--aliases` file
//! works on an index already built, and an alias never changes which
//! words an article holds (snippets mark only what the article wrote).

use std::collections::HashMap;

use ghirbal_arabic::{key_words, light10};

use crate::error::SearchError;

/// The default alias groups (`data/aliases.txt`).
pub const DEFAULT_ALIASES: &str = include_str!("../data/aliases.txt");

/// Longest alias phrase, in words; longer runs are never looked up.
const MAX_PHRASE_WORDS: usize = 8;

/// Alias groups: each a list of spellings (display text) of one entity.
#[derive(Debug, Clone, Default)]
pub struct Aliases {
    groups: Vec<Vec<String>>,
    /// Matching key of a spelling (its words folded and stemmed, space
    /// separated) → its group.
    by_key: HashMap<String, usize>,
}

impl Aliases {
    /// The shipped groups.
    pub fn defaults() -> Self {
        let mut aliases = Aliases::default();
        aliases
            .add_text("aliases.txt", DEFAULT_ALIASES)
            .expect("the shipped alias file parses");
        aliases
    }

    /// Adds the groups of a file's text: one group a line, spellings
    /// separated by `|`, `#` comments, blank lines ignored. A spelling
    /// already in a group merges the new spellings into that group.
    pub fn add_text(&mut self, label: &str, text: &str) -> Result<(), SearchError> {
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let spellings: Vec<&str> = line
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            let bad = |reason: &str| SearchError::AliasLine {
                path: label.to_string(),
                line: n + 1,
                reason: reason.to_string(),
            };
            if spellings.len() < 2 {
                return Err(bad("a group needs two spellings or more, separated by |"));
            }
            let mut keys = Vec::new();
            for s in &spellings {
                let key = match_key(s);
                let words = key.split(' ').count();
                if key.is_empty() || words > MAX_PHRASE_WORDS {
                    return Err(bad(&format!(
                        "`{s}` must have 1 to {MAX_PHRASE_WORDS} words"
                    )));
                }
                keys.push(key);
            }
            let group = keys
                .iter()
                .find_map(|k| self.by_key.get(k).copied())
                .unwrap_or_else(|| {
                    self.groups.push(Vec::new());
                    self.groups.len() - 1
                });
            for (s, key) in spellings.iter().zip(keys) {
                if self.by_key.insert(key, group).is_none() {
                    self.groups[group].push(s.to_string());
                }
            }
        }
        Ok(())
    }

    /// Number of groups.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Splits query words (display text) into runs: each `(start, end,
    /// Some(group spellings))` for the longest alias phrase found at a
    /// position, `(i, i + 1, None)` for a word in no alias.
    pub fn segment<'a>(&'a self, words: &[&str]) -> Vec<(usize, usize, Option<&'a [String]>)> {
        let keys: Vec<String> = words.iter().map(|w| match_key(w)).collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut found = None;
            let longest = (words.len() - i).min(MAX_PHRASE_WORDS);
            for n in (1..=longest).rev() {
                let key = keys[i..i + n]
                    .iter()
                    .filter(|k| !k.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" ");
                if key.is_empty() {
                    continue;
                }
                if let Some(&g) = self.by_key.get(&key) {
                    found = Some((n, g));
                    break;
                }
            }
            match found {
                Some((n, g)) => {
                    out.push((i, i + n, Some(self.groups[g].as_slice())));
                    i += n;
                }
                None => {
                    out.push((i, i + 1, None));
                    i += 1;
                }
            }
        }
        out
    }
}

/// What alias spellings are compared on: folded, light10-stemmed words,
/// so `الأمريكية` finds the group of `أمريكي`.
fn match_key(text: &str) -> String {
    key_words(text)
        .iter()
        .map(|w| light10(w))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_wins_and_clitics_do_not_matter() {
        let a = Aliases::defaults();
        let words = ["مقاتلو", "تنظيم", "الدولة", "الإسلامية", "والأمريكيون"];
        let runs = a.segment(&words);
        assert_eq!(runs[0], (0, 1, None));
        assert_eq!(runs[1].0..runs[1].1, 1..4);
        assert!(runs[1].2.unwrap().iter().any(|s| s == "داعش"));
        assert!(runs[2].2.unwrap().iter().any(|s| s == "أميركي"));
    }

    #[test]
    fn user_groups_merge_and_bad_lines_are_reported() {
        let mut a = Aliases::defaults();
        let n = a.len();
        a.add_text("mine", "داعش | الدواعش\n\nفلان | علان # comment\n")
            .unwrap();
        assert_eq!(a.len(), n + 1);
        let runs = a.segment(&["الدواعش"]);
        assert!(runs[0].2.unwrap().iter().any(|s| s == "تنظيم الدولة"));
        let err = a.add_text("mine", "وحيد\n").unwrap_err().to_string();
        assert!(err.contains("mine: line 1"), "{err}");
    }
}
