//! Filters, snippets, facets, articles and the same story elsewhere.

use ghirbal_search::{IndexOptions, SearchError, SearchRequest};

use crate::fixtures;

#[test]
fn filters_narrow_the_results() {
    let (_dir, index) = fixtures::index(&IndexOptions::default());
    let total = |q: &str| index.search(&SearchRequest::new(q)).unwrap().total;
    let all = total("اجتماعا");
    assert_eq!(all, 80);
    assert_eq!(total("اجتماعا site:bbc"), 27);
    assert_eq!(total("اجتماعا site:الرياض"), 26);
    assert_eq!(total("اجتماعا agency:AFP"), 27);
    // An agency's Arabic name finds its code.
    assert_eq!(total("اجتماعا agency:رويترز"), 27);
    assert_eq!(total("اجتماعا from:2018-02 to:2018-02"), 27);
    assert_eq!(total("اجتماعا from:٢٠١٨-٠٣"), 26);
    assert_eq!(total("lang:ar"), 80);
    assert_eq!(total("lang:en"), 0);
    assert_eq!(total("اجتماعا -الوقود"), 64);
    assert_eq!(total("\"مجلس الأمن\""), 10);
    // Stopwords alone match nothing rather than everything.
    assert_eq!(total("في من على"), 0);
}

#[test]
fn snippets_mark_the_words_as_written() {
    let (_dir, index) = fixtures::index(&IndexOptions::default());
    let mut request = SearchRequest::new("الامم المتحده");
    request.facets = true;
    let results = index.search(&request).unwrap();
    let hit = &results.hits[0];
    let marked: Vec<&str> = hit
        .snippet
        .iter()
        .filter(|s| s.hl)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(marked, ["الأمم", "المتحدة"], "{:?}", hit.snippet);
    let facets = results.facets.unwrap();
    assert_eq!(facets.site.len(), 3);
    assert_eq!(facets.month.len(), 3);
    assert_eq!(facets.month[0].value, "2018-01");
    let title_hl = SearchRequest::new("الصحة");
    let hit = &index.search(&title_hl).unwrap().hits[0];
    assert!(hit.title_hl.iter().any(|s| s.hl && s.text == "الصحة"));
}

#[test]
fn article_has_the_same_story_elsewhere() {
    let (_dir, index) = fixtures::index(&IndexOptions::default());
    let view = index.article("0000000000000003").unwrap().unwrap();
    assert_eq!(view.article.id, "0000000000000003");
    assert_eq!(view.elsewhere.len(), 7);
    assert!(view.elsewhere.iter().all(|s| s.id != view.article.id));
    assert!(index.article("ffffffffffffffff").unwrap().is_none());
}

#[test]
fn bad_queries_are_query_errors() {
    let (_dir, index) = fixtures::index(&IndexOptions::default());
    for q in ["from:2018-13", &"كلمة ".repeat(120)] {
        let err = index.search(&SearchRequest::new(q)).unwrap_err();
        assert!(matches!(err, SearchError::Query(_)), "{err}");
    }
}
