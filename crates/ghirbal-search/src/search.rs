//! Answering queries on an open index.

use std::collections::HashSet;
use std::ops::{Bound, Range};
use std::path::Path;
use std::time::Instant;

use ghirbal_record::Article;
use serde::Serialize;
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::{AggContextParams, AggregationCollector, AggregationLimitsGuard};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, EmptyQuery, Occur, PhraseQuery, Query, RangeQuery,
    TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Index, IndexReader, ReloadPolicy, Searcher, TantivyDocument, Term};

use crate::aliases::Aliases;
use crate::analysis;
use crate::error::SearchError;
use crate::index::days_from_civil;
use crate::query::{parse_query, Filters, ParsedQuery, QueryPart};
use crate::schema::{self, weighted, Fields};

/// Most hits one request may ask for.
pub const MAX_LIMIT: usize = 100;
/// Deepest result one request may page to.
const MAX_OFFSET: usize = 10_000;
/// Most "same story elsewhere" records shown with an article.
const MAX_ELSEWHERE: usize = 50;
const SNIPPET_CHARS: usize = 220;

/// An open, read-only index.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// The analyzer of each weighted text field, in `weighted` order.
    analyzers: Vec<(Field, f32, TextAnalyzer)>,
    aliases: Aliases,
    /// Every site and agency value, for case-insensitive filters.
    sites: Vec<String>,
    agencies: Vec<String>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("docs", &self.num_docs())
            .finish_non_exhaustive()
    }
}

/// One search.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub query: String,
    pub limit: usize,
    pub offset: usize,
    /// Count sites, agencies and months over every match.
    pub facets: bool,
}

impl SearchRequest {
    pub fn new(query: impl Into<String>) -> Self {
        SearchRequest {
            query: query.into(),
            limit: 10,
            offset: 0,
            facets: false,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    pub query: String,
    /// Matching records in all.
    pub total: usize,
    pub offset: usize,
    pub hits: Vec<Hit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facets: Option<Facets>,
    pub took_ms: f64,
}

/// A run of display text; `hl` when it is a matched word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub text: String,
    pub hl: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: String,
    pub score: f32,
    pub title: Option<String>,
    /// The title cut into plain and matched runs.
    pub title_hl: Vec<Segment>,
    /// A passage of the body (or summary) around the matched words.
    pub snippet: Vec<Segment>,
    pub site: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub dateline: Option<String>,
    pub agencies: Vec<String>,
    pub lang: Option<String>,
    pub cluster: Option<String>,
    pub cluster_size: Option<u32>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Facets {
    pub site: Vec<Facet>,
    pub agency: Vec<Facet>,
    /// `YYYY-MM` buckets of `published`, in date order.
    pub month: Vec<Facet>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Facet {
    pub value: String,
    pub count: u64,
}

/// An article with the other records of its duplicate cluster.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleView {
    pub article: Article,
    /// The same story elsewhere: records sharing `dedup.cluster`.
    pub elsewhere: Vec<StoryRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StoryRef {
    pub id: String,
    pub title: Option<String>,
    pub site: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
}

impl SearchIndex {
    /// Opens an index directory made by [`crate::build_index`].
    pub fn open(dir: &Path, aliases: Aliases) -> Result<Self, SearchError> {
        if !dir.join("meta.json").is_file() {
            return Err(SearchError::NotAnIndex(dir.to_path_buf()));
        }
        let index = Index::open_in_dir(dir)?;
        analysis::register(&index);
        let fields = schema::fields(&index.schema())?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let mut analyzers = Vec::new();
        for (field, boost) in weighted(&fields) {
            analyzers.push((field, boost, index.tokenizer_for_field(field)?));
        }
        let mut this = SearchIndex {
            index,
            reader,
            fields,
            analyzers,
            aliases,
            sites: Vec::new(),
            agencies: Vec::new(),
        };
        let all = this.facets(&this.reader.searcher(), &AllQuery, 100_000)?;
        this.sites = all.site.into_iter().map(|f| f.value).collect();
        this.agencies = all.agency.into_iter().map(|f| f.value).collect();
        Ok(this)
    }

    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn aliases(&self) -> &Aliases {
        &self.aliases
    }

    /// Runs a search. Errors from the query text are
    /// [`SearchError::Query`].
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        let started = Instant::now();
        let limit = request.limit.clamp(1, MAX_LIMIT);
        if request.offset > MAX_OFFSET {
            return Err(SearchError::Query(format!(
                "offset above {MAX_OFFSET}: narrow the query instead"
            )));
        }
        let parsed = parse_query(&request.query)?;
        let query = self.build_query(&parsed);
        let searcher = self.reader.searcher();
        let top = TopDocs::with_limit(limit)
            .and_offset(request.offset)
            .order_by_score();
        let (docs, total) = searcher.search(&*query, &(top, Count))?;
        let facets = if request.facets {
            Some(self.facets(&searcher, &*query, 20)?)
        } else {
            None
        };
        let hits = self.hits(&searcher, &*query, &docs)?;
        Ok(SearchResults {
            query: request.query.clone(),
            total,
            offset: request.offset,
            hits,
            facets,
            took_ms: started.elapsed().as_secs_f64() * 1000.0,
        })
    }

    /// The top `limit` ids for a query, without snippets: for measurements.
    pub fn top_ids(&self, query: &str, limit: usize) -> Result<Vec<String>, SearchError> {
        let parsed = parse_query(query)?;
        let query = self.build_query(&parsed);
        let searcher = self.reader.searcher();
        let docs = searcher.search(&*query, &TopDocs::with_limit(limit).order_by_score())?;
        docs.iter()
            .map(|(_, addr)| {
                let doc: TantivyDocument = searcher.doc(*addr)?;
                Ok(doc
                    .get_first(self.fields.id)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string())
            })
            .collect()
    }

    /// One record by id, with the same story elsewhere.
    pub fn article(&self, id: &str) -> Result<Option<ArticleView>, SearchError> {
        let searcher = self.reader.searcher();
        let term = TermQuery::new(
            Term::from_field_text(self.fields.id, id),
            IndexRecordOption::Basic,
        );
        let docs = searcher.search(&term, &TopDocs::with_limit(1).order_by_score())?;
        let Some((_, addr)) = docs.first() else {
            return Ok(None);
        };
        let article = self.record(&searcher, *addr)?;
        let mut elsewhere = Vec::new();
        if let Some(dedup) = &article.dedup {
            let cluster = TermQuery::new(
                Term::from_field_text(self.fields.cluster, &dedup.cluster),
                IndexRecordOption::Basic,
            );
            let docs = searcher.search(
                &cluster,
                &TopDocs::with_limit(MAX_ELSEWHERE + 1).order_by_score(),
            )?;
            for (_, addr) in docs {
                let other = self.record(&searcher, addr)?;
                if other.id != article.id && elsewhere.len() < MAX_ELSEWHERE {
                    elsewhere.push(StoryRef {
                        id: other.id,
                        title: other.title,
                        site: other.site,
                        published: other.published,
                        url: other.url,
                    });
                }
            }
            elsewhere.sort_by(|a, b| (&a.published, &a.site).cmp(&(&b.published, &b.site)));
        }
        Ok(Some(ArticleView { article, elsewhere }))
    }

    fn record(&self, searcher: &Searcher, addr: DocAddress) -> Result<Article, SearchError> {
        let doc: TantivyDocument = searcher.doc(addr)?;
        let json = doc
            .get_first(self.fields.record)
            .and_then(|v| v.as_str())
            .unwrap_or("{}");
        let mut article: Article = serde_json::from_str(json)?;
        if article.text.is_empty() {
            article.rebuild_text();
        }
        Ok(article)
    }

    /// The tantivy query for a parsed query.
    fn build_query(&self, parsed: &ParsedQuery) -> Box<dyn Query> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut words: Vec<&str> = Vec::new();
        let mut positive = false;
        // Runs of bare words go through the alias table together, so a
        // several-word name is found whole.
        let flush = |words: &mut Vec<&str>, clauses: &mut Vec<(Occur, Box<dyn Query>)>| {
            for (start, end, group) in self.aliases.segment(words) {
                let written = words[start..end].join(" ");
                let mut alternatives: Vec<Box<dyn Query>> = Vec::new();
                alternatives.extend(self.text_query(&written));
                for spelling in group.unwrap_or_default() {
                    alternatives.extend(self.text_query(spelling));
                }
                if let Some(q) = union(alternatives) {
                    clauses.push((Occur::Must, q));
                }
            }
            words.clear();
        };
        for part in &parsed.parts {
            match part {
                QueryPart::Word(w) => words.push(w),
                QueryPart::Phrase(p) => {
                    flush(&mut words, &mut clauses);
                    if let Some(q) = self.text_query(p) {
                        clauses.push((Occur::Must, q));
                    }
                }
            }
        }
        flush(&mut words, &mut clauses);
        if !clauses.is_empty() {
            positive = true;
        }
        for part in &parsed.excluded {
            let (QueryPart::Word(t) | QueryPart::Phrase(t)) = part;
            if let Some(q) = self.text_query(t) {
                clauses.push((Occur::MustNot, q));
            }
        }
        let filters = self.filter_queries(&parsed.filters);
        let has_filters = !filters.is_empty();
        clauses.extend(filters.into_iter().map(|q| (Occur::Must, q)));
        if !positive {
            if !has_filters {
                // Only stopwords or exclusions: nothing to rank by.
                return Box::new(EmptyQuery);
            }
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        Box::new(BooleanQuery::new(clauses))
    }

    /// A word or phrase looked up in every weighted text field: a term
    /// query for one token, a phrase query for several. `None` when the
    /// text has no token (only stopwords or punctuation).
    fn text_query(&self, text: &str) -> Option<Box<dyn Query>> {
        let mut per_field: Vec<Box<dyn Query>> = Vec::new();
        for (field, boost, analyzer) in &self.analyzers {
            let mut analyzer = analyzer.clone();
            let mut stream = analyzer.token_stream(text);
            let mut terms: Vec<(usize, Term)> = Vec::new();
            while let Some(token) = stream.next() {
                terms.push((token.position, Term::from_field_text(*field, &token.text)));
            }
            let q: Box<dyn Query> = match terms.len() {
                0 => continue,
                1 => Box::new(TermQuery::new(
                    terms.pop().map(|(_, t)| t)?,
                    IndexRecordOption::WithFreqs,
                )),
                _ => {
                    let first = terms[0].0;
                    let terms = terms.into_iter().map(|(p, t)| (p - first, t)).collect();
                    Box::new(PhraseQuery::new_with_offset(terms))
                }
            };
            per_field.push(Box::new(BoostQuery::new(q, *boost)));
        }
        union(per_field)
    }

    fn filter_queries(&self, f: &Filters) -> Vec<Box<dyn Query>> {
        let mut out: Vec<Box<dyn Query>> = Vec::new();
        let term = |field: Field, value: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, value),
                IndexRecordOption::Basic,
            ))
        };
        for wanted in &f.site {
            // `site:bbc` finds `BBC Arabic`: sites are few, matched by
            // folded substring.
            let key = ghirbal_arabic::search_key(wanted);
            let matching: Vec<Box<dyn Query>> = self
                .sites
                .iter()
                .filter(|s| ghirbal_arabic::search_key(s).contains(&key))
                .map(|s| term(self.fields.site, s))
                .collect();
            out.push(union(matching).unwrap_or_else(|| Box::new(EmptyQuery)));
        }
        for wanted in &f.agency {
            let code = ghirbal_arabic::agency_code(wanted).unwrap_or(wanted);
            let matching: Vec<Box<dyn Query>> = self
                .agencies
                .iter()
                .filter(|a| a.eq_ignore_ascii_case(code))
                .map(|a| term(self.fields.agencies, a))
                .collect();
            out.push(union(matching).unwrap_or_else(|| Box::new(EmptyQuery)));
        }
        if !f.lang.is_empty() {
            let langs = f.lang.iter().map(|l| term(self.fields.lang, l)).collect();
            out.extend(union(langs));
        }
        if let Some(cluster) = &f.cluster {
            out.push(term(self.fields.cluster, cluster));
        }
        if f.from.is_some() || f.to.is_some() {
            let bound = |d: Option<(i32, u32, u32)>, next: bool| match d {
                None => Bound::Unbounded,
                Some((y, m, d)) => {
                    let day = days_from_civil(y, m, d) + i64::from(next);
                    let t = Term::from_field_date(
                        self.fields.published,
                        tantivy::DateTime::from_timestamp_secs(day * 86_400),
                    );
                    if next {
                        Bound::Excluded(t)
                    } else {
                        Bound::Included(t)
                    }
                }
            };
            out.push(Box::new(RangeQuery::new(
                bound(f.from, false),
                bound(f.to, true),
            )));
        }
        out
    }

    fn facets(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        size: usize,
    ) -> Result<Facets, SearchError> {
        let request = serde_json::json!({
            "site": {"terms": {"field": "site", "size": size}},
            "agency": {"terms": {"field": "agencies", "size": size}},
            "month": {"terms": {"field": "month", "size": 1200, "order": {"_key": "asc"}}},
        });
        let aggs: Aggregations = serde_json::from_value(request)?;
        let context = AggContextParams::new(
            AggregationLimitsGuard::default(),
            self.index.tokenizers().clone(),
        );
        let collector = AggregationCollector::from_aggs(aggs, context);
        let result = searcher.search(query, &collector)?;
        let json = serde_json::to_value(&result)?;
        let buckets = |name: &str| -> Vec<Facet> {
            json[name]["buckets"]
                .as_array()
                .map(|b| {
                    b.iter()
                        .filter_map(|b| {
                            Some(Facet {
                                value: b["key"].as_str()?.to_string(),
                                count: b["doc_count"].as_u64()?,
                            })
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        Ok(Facets {
            site: buckets("site"),
            agency: buckets("agency"),
            month: buckets("month"),
        })
    }

    fn hits(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        docs: &[(f32, DocAddress)],
    ) -> Result<Vec<Hit>, SearchError> {
        let f = &self.fields;
        let mut body = SnippetGenerator::create(searcher, query, f.text_stem)?;
        body.set_max_num_chars(SNIPPET_CHARS);
        let mut lede = SnippetGenerator::create(searcher, query, f.summary_stem)?;
        lede.set_max_num_chars(SNIPPET_CHARS);
        let title_terms = field_terms(query, f.title_stem);
        let title_analyzer = self.index.tokenizer_for_field(f.title_stem)?;
        let mut hits = Vec::with_capacity(docs.len());
        for &(score, addr) in docs {
            let a = self.record(searcher, addr)?;
            let title_hl = a
                .title
                .as_deref()
                .map(|t| highlight_all(t, &title_analyzer, &title_terms))
                .unwrap_or_default();
            let summary = a.summary.as_deref().unwrap_or("");
            let mut snippet = segments(&a.text, &body.snippet(&a.text));
            if !snippet.iter().any(|s| s.hl) {
                let from_lede = segments(summary, &lede.snippet(summary));
                if from_lede.iter().any(|s| s.hl) {
                    snippet = from_lede;
                }
            }
            if snippet.is_empty() {
                let start = if summary.is_empty() { &a.text } else { summary };
                snippet = vec![Segment {
                    text: cut(start, SNIPPET_CHARS),
                    hl: false,
                }];
            }
            let (cluster, cluster_size) = match &a.dedup {
                Some(d) => (Some(d.cluster.clone()), Some(d.size)),
                None => (None, None),
            };
            hits.push(Hit {
                id: a.id,
                score,
                title: a.title,
                title_hl,
                snippet,
                site: a.site,
                url: a.url,
                published: a.published,
                dateline: a.dateline,
                agencies: a.agencies,
                lang: a.lang,
                cluster,
                cluster_size,
            });
        }
        Ok(hits)
    }
}

fn union(mut queries: Vec<Box<dyn Query>>) -> Option<Box<dyn Query>> {
    match queries.len() {
        0 => None,
        1 => queries.pop(),
        _ => Some(Box::new(BooleanQuery::new(
            queries.into_iter().map(|q| (Occur::Should, q)).collect(),
        ))),
    }
}

/// The texts of a query's terms on one field.
fn field_terms(query: &dyn Query, field: Field) -> HashSet<String> {
    let mut terms = HashSet::new();
    query.query_terms(&mut |term, _| {
        if term.field() == field {
            if let Some(text) = term.value().as_str() {
                terms.insert(text.to_string());
            }
        }
    });
    terms
}

/// The whole of `text` with the words whose tokens are in `terms` marked.
fn highlight_all(text: &str, analyzer: &TextAnalyzer, terms: &HashSet<String>) -> Vec<Segment> {
    let mut analyzer = analyzer.clone();
    let mut stream = analyzer.token_stream(text);
    let mut ranges = Vec::new();
    while let Some(token) = stream.next() {
        if terms.contains(&token.text) {
            ranges.push(token.offset_from..token.offset_to);
        }
    }
    split_segments(text, &ranges, false, false)
}

/// A tantivy snippet as segments, with `…` where the passage is cut.
fn segments(text: &str, snippet: &tantivy::snippet::Snippet) -> Vec<Segment> {
    if snippet.is_empty() {
        return Vec::new();
    }
    let range = snippet.fragment_range();
    split_segments(
        snippet.fragment(),
        snippet.highlighted(),
        range.start > 0,
        range.end < text.len(),
    )
}

fn split_segments(text: &str, ranges: &[Range<usize>], before: bool, after: bool) -> Vec<Segment> {
    let mut ranges = ranges.to_vec();
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out = Vec::new();
    let mut push = |text: &str, hl: bool| {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(Segment { text: t, hl: h }) if *h == hl => t.push_str(text),
            _ => out.push(Segment {
                text: text.to_string(),
                hl,
            }),
        }
    };
    if before {
        push("… ", false);
    }
    let mut at = 0;
    for r in ranges {
        let start = r.start.max(at);
        if start >= r.end || r.end > text.len() {
            continue;
        }
        push(&text[at..start], false);
        push(&text[start..r.end], true);
        at = r.end;
    }
    push(&text[at..], false);
    if after {
        push(" …", false);
    }
    out
}

/// The first `max` chars of `text`, cut at a word boundary.
fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_string(),
        Some((end, _)) => {
            let head = &text[..end];
            let head = head
                .rsplit_once(char::is_whitespace)
                .map_or(head, |(h, _)| h);
            format!("{head} …")
        }
    }
}
