//! Building an index from record files.

use std::fs;
use std::path::{Path, PathBuf};

use ghirbal_record::Article;
use tantivy::schema::Schema;
use tantivy::{DateTime, Index, TantivyDocument};

use crate::analysis::{self, Analysis};
use crate::error::SearchError;
use crate::records::{record_files, RecordReader};
use crate::schema::{self, Fields};

/// How to build an index.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    pub analysis: Analysis,
    /// tantivy's indexing memory budget, split among its threads.
    pub memory_bytes: usize,
    /// Indexing threads (tantivy's); reading and parsing is one more.
    pub threads: usize,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            analysis: Analysis::default(),
            memory_bytes: 256 << 20,
            threads: 1,
        }
    }
}

/// What a build did.
#[derive(Debug, Clone, Default)]
pub struct IndexStats {
    pub files: usize,
    pub records: u64,
    /// Lines that were not records (reasons in `errors`, the first 100).
    pub bad_lines: u64,
    pub errors: Vec<String>,
    /// Size of the index directory once merged.
    pub index_bytes: u64,
}

/// Indexes every record of `inputs` (files or directories, see
/// [`record_files`]) into a new index directory `out`, which must not
/// exist or be empty. `progress` is called with the running record count
/// every 1,000 records.
pub fn build_index(
    inputs: &[PathBuf],
    out: &Path,
    options: &IndexOptions,
    mut progress: impl FnMut(u64),
) -> Result<IndexStats, SearchError> {
    let files = record_files(inputs)?;
    if out.exists() {
        let mut entries = fs::read_dir(out).map_err(|e| SearchError::io(out, e))?;
        if entries.next().is_some() {
            return Err(SearchError::OutputExists(out.to_path_buf()));
        }
    } else {
        fs::create_dir_all(out).map_err(|e| SearchError::io(out, e))?;
    }
    let schema: Schema = schema::build(options.analysis);
    let index = Index::create_in_dir(out, schema.clone())?;
    analysis::register(&index);
    let fields = schema::fields(&schema)?;
    let threads = options.threads.max(1);
    // tantivy wants at least 15 MB per thread.
    let budget = options.memory_bytes.max(threads * (16 << 20));
    let mut writer = index.writer_with_num_threads::<TantivyDocument>(threads, budget)?;
    let mut stats = IndexStats {
        files: files.len(),
        ..IndexStats::default()
    };
    for file in &files {
        for record in RecordReader::open(file)? {
            match record {
                Ok(article) => {
                    writer.add_document(document(&fields, &article)?)?;
                    stats.records += 1;
                    if stats.records.is_multiple_of(1000) {
                        progress(stats.records);
                    }
                }
                Err(reason) => {
                    stats.bad_lines += 1;
                    if stats.errors.len() < 100 {
                        stats.errors.push(reason);
                    }
                }
            }
        }
    }
    writer.commit()?;
    // One merged index is smaller and faster to search; merging waits.
    let segments = index.searchable_segment_ids()?;
    if segments.len() > 1 {
        writer.merge(&segments).wait()?;
    }
    writer.wait_merging_threads()?;
    stats.index_bytes = dir_size(out);
    Ok(stats)
}

fn document(f: &Fields, a: &Article) -> Result<TantivyDocument, SearchError> {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.id, &a.id);
    // The body is stored once, as blocks: `text` is rebuilt on reading.
    if !a.blocks.is_empty() && a.text == ghirbal_record::body_text(&a.blocks) {
        let stored = Article {
            text: String::new(),
            ..a.clone()
        };
        doc.add_text(f.record, serde_json::to_string(&stored)?);
    } else {
        doc.add_text(f.record, serde_json::to_string(a)?);
    }
    for (exact, stem, value) in [
        (f.title, f.title_stem, a.title.as_deref()),
        (f.summary, f.summary_stem, a.summary.as_deref()),
        (f.text, f.text_stem, Some(a.text.as_str())),
    ] {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            doc.add_text(exact, value);
            doc.add_text(stem, value);
        }
    }
    for tag in &a.tags {
        doc.add_text(f.tags, tag);
    }
    if let Some(site) = a.site.as_deref() {
        doc.add_text(f.site, site);
    }
    for agency in &a.agencies {
        doc.add_text(f.agencies, agency);
    }
    if let Some(lang) = a.lang.as_deref() {
        doc.add_text(f.lang, lang);
    }
    if let Some(dedup) = &a.dedup {
        doc.add_text(f.cluster, &dedup.cluster);
    }
    if let Some((y, m, d)) = a.published.as_deref().and_then(parse_ymd) {
        doc.add_date(f.published, date(y, m, d));
        doc.add_text(f.month, format!("{y:04}-{m:02}"));
    }
    Ok(doc)
}

/// The calendar date at the start of an ISO 8601 date or date-time
/// (`2018-03-04`, `2018-03-04T10:00:00+03:00`); the local date as written,
/// since a reader filtering by day means the day the paper printed.
pub(crate) fn parse_ymd(s: &str) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y as i32, m, d))
}

/// A date at midnight UTC.
pub(crate) fn date(y: i32, m: u32, d: u32) -> DateTime {
    DateTime::from_timestamp_secs(days_from_civil(y, m, d) * 86_400)
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
pub(crate) fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn dir_size(dir: &Path) -> u64 {
    fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| e.metadata().ok())
                .filter(|m| m.is_file())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(parse_ymd("2018-03-04T10:00:00+03:00"), Some((2018, 3, 4)));
        assert_eq!(parse_ymd("2018-13-04"), None);
        assert_eq!(parse_ymd("2018"), None);
    }
}
