//! Queries that differ only by spelling variants return the same top 10.

use ghirbal_search::{Analysis, IndexOptions, SearchIndex};

use crate::fixtures;

fn top10(index: &SearchIndex, q: &str) -> Vec<String> {
    index.top_ids(q, 10).unwrap()
}

const PAIRS: [(&str, &str); 9] = [
    // hamza / alef
    ("الأمريكية", "الامريكيه"),
    ("إلى الأمم المتحدة", "الي الامم المتحدة"),
    // ى / ي and ة / ه
    ("مستشفى المدينة", "مستشفي المدينه"),
    // diacritics
    ("وزارة الصحة", "وَزارَةُ الصِّحَّةِ"),
    // tatweel
    ("البنك المركزي", "البـنـك المـركـزي"),
    // Arabic-Indic digits
    ("ميزانية 2018", "ميزانية ٢٠١٨"),
    // aliases
    ("داعش", "تنظيم الدولة الإسلامية"),
    ("الأمريكية", "الأميركية"),
    ("أزمة المياه", "ازمه المياة"),
];

#[test]
fn spelling_variants_return_the_same_top_10() {
    let (_dir, index) = fixtures::index(&IndexOptions::default());
    for (a, b) in PAIRS {
        let (ta, tb) = (top10(&index, a), top10(&index, b));
        assert!(!ta.is_empty(), "{a}: no results");
        assert_eq!(ta, tb, "{a} / {b}");
    }
}

#[test]
fn tantivy_default_tokenizer_does_not() {
    // The comparison BENCHMARKS.md makes at scale, in small: the plain
    // tokenizer misses hamza and diacritic variants.
    let options = IndexOptions {
        analysis: Analysis::TantivyDefault,
        ..IndexOptions::default()
    };
    let (_dir, index) = fixtures::index(&options);
    let differ = PAIRS
        .iter()
        .filter(|(a, b)| top10(&index, a) != top10(&index, b))
        .count();
    assert!(differ >= 4, "only {differ} pairs differ");
}

#[test]
fn stemming_finds_other_inflections() {
    let (_dir, index) = fixtures::index(&IndexOptions::default());
    // The text says `المعلمون`; the query an oblique plural with a clitic.
    let hits = index.top_ids("والمعلمين", 100).unwrap();
    assert_eq!(hits.len(), 10);
}
