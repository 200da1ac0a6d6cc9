//! Light stemming and stopwords for search, on folded key words.
//!
//! Both take a word of a [`search_key`](crate::search_key) (alef forms
//! already `ا`, `ة` already `ه`, `ى` already `ي`, no diacritics), which is
//! why the affix lists below are written folded.
//!
//! [`light10`] is Larkey, Ballesteros and Connell's light10 (2002), as
//! Lucene's `ArabicStemmer` does it: one prefix (`ال وال بال كال فال لل`, or
//! `و` on words of four letters or more) and then each suffix of
//! `ها ان ات ون ين يه ه ي` in turn, every strip leaving at least two
//! letters. It is the stemmer the search index uses because it was measured
//! to find more of the right articles than no stemming (BENCHMARKS.md,
//! "Search"); stronger (root) stemmers conflate too many news words.

/// Prefixes, longest first where one is the start of another.
const PREFIXES: [&str; 7] = ["ال", "وال", "بال", "كال", "فال", "لل", "و"];
/// Suffixes, folded (`ية` and `يه` are one, as are `ة` and `ه`).
const SUFFIXES: [&str; 8] = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

/// The light10 stem of a folded word: a slice of it, never empty when the
/// word is not. Words that are not Arabic come back unchanged.
pub fn light10(word: &str) -> &str {
    if !word.starts_with(|c: char| ('\u{0621}'..='\u{064A}').contains(&c)) {
        return word;
    }
    let mut w = word;
    let mut len = w.chars().count();
    for prefix in PREFIXES {
        let plen = prefix.chars().count();
        let long_enough = if plen == 1 { len >= 4 } else { len >= plen + 2 };
        if long_enough && w.starts_with(prefix) {
            w = &w[prefix.len()..];
            len -= plen;
            break;
        }
    }
    for suffix in SUFFIXES {
        let slen = suffix.chars().count();
        if len >= slen + 2 && w.ends_with(suffix) {
            w = &w[..w.len() - suffix.len()];
            len -= slen;
        }
    }
    w
}

/// Folded Arabic function words (and a few English ones) too frequent to
/// help a query: prepositions, conjunctions, pronouns, particles, and
/// their common clitic forms.
const STOPWORDS: &[&str] = &[
    // Arabic, folded, sorted for binary search (checked by a test).
    "ا",
    "اذا",
    "ال",
    "الا",
    "التي",
    "الذي",
    "الذين",
    "اللذين",
    "الي",
    "اما",
    "امام",
    "ان",
    "انه",
    "انها",
    "او",
    "اي",
    "ايضا",
    "ب",
    "بان",
    "بعد",
    "بعض",
    "بين",
    "تلك",
    "ثم",
    "حتي",
    "حول",
    "حيث",
    "خلال",
    "دون",
    "ذلك",
    "ضد",
    "علي",
    "عليه",
    "عليها",
    "عن",
    "عند",
    "عندما",
    "غير",
    "فان",
    "في",
    "فيه",
    "فيها",
    "قبل",
    "قد",
    "كان",
    "كانت",
    "كل",
    "كما",
    "لا",
    "لان",
    "لقد",
    "لكن",
    "لم",
    "لن",
    "له",
    "لها",
    "ما",
    "مع",
    "من",
    "منذ",
    "منه",
    "منها",
    "نحو",
    "هءلاء",
    "هذا",
    "هذه",
    "هل",
    "هم",
    "هناك",
    "هو",
    "هي",
    "و",
    "وان",
    "وفي",
    "وقد",
    "ولا",
    "ولم",
    "ومن",
    "يكون",
];
const STOPWORDS_EN: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on",
    "or", "that", "the", "to", "was", "with",
];

/// Whether a folded key word is a stopword.
pub fn is_stopword(word: &str) -> bool {
    let list = if word.is_ascii() {
        STOPWORDS_EN
    } else {
        STOPWORDS
    };
    list.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search_key;

    #[test]
    fn stopword_lists_are_sorted_and_folded() {
        for list in [STOPWORDS, STOPWORDS_EN] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            for w in list {
                assert_eq!(&search_key(w), w);
            }
        }
    }

    #[test]
    fn light10_strips_clitics_and_inflections() {
        let stem = |w: &str| light10(&search_key(w)).to_string();
        assert_eq!(stem("الحكومة"), "حكوم");
        assert_eq!(stem("والحكومات"), "حكوم");
        assert_eq!(stem("حكومتها"), "حكومت");
        assert_eq!(stem("المعلمون"), "معلم");
        assert_eq!(stem("المعلمين"), "معلم");
        assert_eq!(stem("الأمريكية"), stem("أمريكي"));
        // light10's known slip: a word that starts with و loses it.
        assert_eq!(stem("وزير"), "زير");
        // Short words keep their letters.
        assert_eq!(stem("هو"), "هو");
        assert_eq!(stem("ولد"), "ولد");
        assert_eq!(stem("reuters"), "reuters");
    }
}
