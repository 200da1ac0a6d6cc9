//! The per-record steps of `ghirbal build` between extraction and dedup
//! (language and quality annotation), and the build's statistics.

use std::collections::BTreeMap;

use ghirbal_record::Article;
use serde::{Deserialize, Serialize};

use crate::{lang, quality};

/// Annotates records with language and quality, and says which to remove.
#[derive(Debug, Clone)]
pub struct Annotator {
    pub thresholds: quality::Thresholds,
    /// Languages kept (`ar` by default); others are removed with the
    /// reason `lang: CODE`.
    pub langs: Vec<String>,
}

impl Annotator {
    /// Sets `lang` and `quality`; returns the reasons to remove the record
    /// (empty: keep it).
    pub fn annotate(&self, article: &mut Article) -> Vec<String> {
        // `text` is the blocks joined by blank lines, so its evidence is the
        // sum of theirs: each block is read once.
        let mut paragraph_langs: BTreeMap<&str, u32> = BTreeMap::new();
        let mut body = lang::Evidence::default();
        for block in &article.blocks {
            let evidence = lang::Evidence::of(&block.text);
            *paragraph_langs.entry(evidence.language()).or_default() += 1;
            body.add(&evidence);
        }
        let detected = if article.text.trim().is_empty() {
            lang::detect(article.title.as_deref().unwrap_or(""))
        } else {
            body.language()
        };
        article.lang = Some(detected.to_string());
        let arabizi = detected == "arabizi" || paragraph_langs.contains_key("arabizi");
        let signals = quality::signals(&article.text);
        let mut reasons = quality::reasons(&signals, &self.thresholds);
        if !self.langs.iter().any(|l| l == detected) {
            reasons.insert(0, format!("lang: {detected}"));
        }
        article.quality = Some(serde_json::json!({
            "signals": signals,
            "reasons": reasons,
            "paragraph_langs": paragraph_langs,
            "arabizi": arabizi,
        }));
        reasons
    }
}

/// What `stats.json` holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BuildStats {
    /// Documents read (pages, WARC records, files) and how many failed.
    pub inputs: u64,
    pub input_errors: u64,
    /// Failed inputs with their reasons (the first 10,000).
    pub errors: Vec<InputFailure>,
    pub input_mb: f64,
    pub extracted: u64,
    pub removed_by_filter: u64,
    /// Removal reasons by filter name (a record may fail several).
    pub reasons: BTreeMap<String, u64>,
    pub duplicates_exact: u64,
    pub duplicates_near: u64,
    pub clusters: u64,
    /// Clusters of 2+ by size.
    pub cluster_sizes: BTreeMap<u32, u64>,
    pub kept: u64,
    pub shards: Vec<String>,
    /// Of the kept records.
    pub languages: BTreeMap<String, u64>,
    pub sites: BTreeMap<String, u64>,
    /// `YYYY-MM` of `published` (else `page_date`), or `unknown`.
    pub months: BTreeMap<String, u64>,
    /// Body length in words, by bucket (`0-49`, `50-99`, …).
    pub lengths: BTreeMap<String, u64>,
    /// Seconds per stage.
    pub stages: BTreeMap<String, f64>,
    pub seconds: f64,
    pub cpu_seconds: f64,
    pub peak_rss_mb: f64,
    pub docs_per_second: f64,
    pub mb_per_second: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputFailure {
    pub input: String,
    pub error: String,
}

const LENGTH_BUCKETS: [u64; 9] = [0, 50, 100, 200, 400, 800, 1600, 3200, 6400];

impl BuildStats {
    /// Counts one kept record in the distributions.
    pub fn count_kept(&mut self, article: &Article) {
        self.kept += 1;
        *self
            .languages
            .entry(article.lang.clone().unwrap_or_else(|| "und".into()))
            .or_default() += 1;
        let site = article
            .site
            .clone()
            .or_else(|| article.url.as_deref().map(crate::boilerplate::site_key))
            .unwrap_or_else(|| "unknown".into());
        *self.sites.entry(site).or_default() += 1;
        let month = article
            .published
            .as_deref()
            .or(article.page_date.as_deref())
            .filter(|d| d.len() >= 7)
            .map_or_else(|| "unknown".to_string(), |d| d[..7].to_string());
        *self.months.entry(month).or_default() += 1;
        let words = article.text.split_whitespace().count() as u64;
        let i = LENGTH_BUCKETS
            .iter()
            .rposition(|&b| words >= b)
            .unwrap_or(0);
        let label = match LENGTH_BUCKETS.get(i + 1) {
            Some(next) => format!("{:05}-{}", LENGTH_BUCKETS[i], next - 1),
            None => format!("{:05}+", LENGTH_BUCKETS[i]),
        };
        *self.lengths.entry(label).or_default() += 1;
    }

    /// Counts one removed record's reasons (by filter name).
    pub fn count_removed(&mut self, reasons: &[String]) {
        self.removed_by_filter += 1;
        for r in reasons {
            let name = r.split(':').next().unwrap_or(r).trim().to_string();
            *self.reasons.entry(name).or_default() += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghirbal_record::{Block, BlockKind};

    #[test]
    fn short_or_foreign_records_are_removed_with_reasons() {
        let a = Annotator {
            thresholds: quality::Thresholds::default(),
            langs: vec!["ar".into()],
        };
        let mut article = Article {
            blocks: vec![Block::new(
                BlockKind::Paragraph,
                "This is an English paragraph about the weather.",
            )],
            ..Article::default()
        };
        article.rebuild_text();
        let reasons = a.annotate(&mut article);
        assert_eq!(reasons[0], "lang: en");
        assert!(reasons.iter().any(|r| r.starts_with("too_few_words")));
        assert_eq!(article.lang.as_deref(), Some("en"));
        let q = article.quality.unwrap();
        assert_eq!(q["paragraph_langs"]["en"], 1);
        let mut stats = BuildStats::default();
        stats.count_removed(&reasons);
        assert_eq!(stats.reasons["lang"], 1);
    }
}
