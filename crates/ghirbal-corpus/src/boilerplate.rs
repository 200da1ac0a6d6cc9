//! Learned site boilerplate: lines that recur across many pages of one site
//! (share bars, "follow us" lines, copyright lines, newsletter pitches, the
//! paper's sign-off) are chrome, whatever words they use.
//!
//! [`Learner`] counts, per site, in how many documents each line occurs
//! (by its folded key, so spelling variants count together); [`Profile`]
//! keeps the lines over the thresholds and is saved as JSON; extraction and
//! dedup use it to drop those lines.
//!
//! Memory: only lines up to [`MAX_LINE_CHARS`] are counted (chrome lines
//! are short; long lines are prose), and when the table passes its cap the
//! lines seen once are forgotten, as in lossy counting: a line that is chrome
//! comes back on the next pages and is counted again.

use std::collections::{BTreeMap, HashMap, HashSet};

use ghirbal_arabic::keys::search_key_into;
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_64;

/// Longer lines are never chrome candidates.
pub const MAX_LINE_CHARS: usize = 300;

/// Thresholds for a line to be chrome.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// In at least this many documents of the site…
    pub min_docs: u32,
    /// …and at least this share of them.
    pub min_share: f64,
    /// Sites with fewer documents learn nothing.
    pub min_site_docs: u32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            min_docs: 5,
            min_share: 0.01,
            min_site_docs: 20,
        }
    }
}

/// The chrome lines of each site.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub version: u32,
    pub sites: BTreeMap<String, SiteProfile>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SiteProfile {
    /// Documents of the site the profile was learned from.
    pub docs: u32,
    /// Chrome lines, most frequent first.
    pub lines: Vec<ProfileLine>,
    #[serde(skip)]
    keys: HashSet<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileLine {
    /// The line as first seen (display text).
    pub text: String,
    /// Documents it occurred in.
    pub docs: u32,
}

#[derive(Debug, Default)]
struct SiteCounts {
    docs: u32,
    lines: HashMap<u64, (u32, String)>,
}

/// Counts lines per site over a corpus.
#[derive(Debug)]
pub struct Learner {
    sites: HashMap<String, SiteCounts>,
    entries: usize,
    cap: usize,
    key: String,
}

impl Default for Learner {
    fn default() -> Self {
        Self::new(4_000_000)
    }
}

impl Learner {
    /// `cap`: line entries kept before the ones seen once are forgotten.
    pub fn new(cap: usize) -> Self {
        Self {
            sites: HashMap::new(),
            entries: 0,
            cap,
            key: String::new(),
        }
    }

    /// Adds one document's lines.
    pub fn add<'a>(&mut self, site: &str, lines: impl IntoIterator<Item = &'a str>) {
        let counts = self.sites.entry(site.to_string()).or_default();
        counts.docs += 1;
        let mut seen = HashSet::new();
        for line in lines {
            let line = line.trim();
            if line.is_empty() || line.chars().count() > MAX_LINE_CHARS {
                continue;
            }
            let Some(hash) = line_key(line, &mut self.key) else {
                continue;
            };
            if !seen.insert(hash) {
                continue;
            }
            let entry = counts.lines.entry(hash).or_insert_with(|| {
                self.entries += 1;
                (0, line.to_string())
            });
            entry.0 += 1;
        }
        if self.entries > self.cap {
            self.forget_singles();
        }
    }

    fn forget_singles(&mut self) {
        let mut entries = 0;
        for counts in self.sites.values_mut() {
            counts.lines.retain(|_, (n, _)| *n > 1);
            entries += counts.lines.len();
        }
        self.entries = entries;
    }

    pub fn finish(self, t: Thresholds) -> Profile {
        let mut sites = BTreeMap::new();
        for (site, counts) in self.sites {
            if counts.docs < t.min_site_docs {
                continue;
            }
            let floor = u32::max(
                t.min_docs,
                (f64::from(counts.docs) * t.min_share).ceil() as u32,
            );
            let mut lines: Vec<ProfileLine> = counts
                .lines
                .into_values()
                .filter(|(n, _)| *n >= floor)
                .map(|(docs, text)| ProfileLine { text, docs })
                .collect();
            lines.sort_by(|a, b| b.docs.cmp(&a.docs).then_with(|| a.text.cmp(&b.text)));
            let mut profile = SiteProfile {
                docs: counts.docs,
                lines,
                keys: HashSet::new(),
            };
            profile.index();
            sites.insert(site, profile);
        }
        Profile { version: 1, sites }
    }
}

impl SiteProfile {
    fn index(&mut self) {
        let mut key = String::new();
        self.keys = self
            .lines
            .iter()
            .filter_map(|l| line_key(&l.text, &mut key))
            .collect();
    }

    /// Whether `line` is one of the site's chrome lines.
    pub fn is_chrome(&self, line: &str, scratch: &mut String) -> bool {
        let line = line.trim();
        line.chars().count() <= MAX_LINE_CHARS
            && line_key(line, scratch).is_some_and(|k| self.keys.contains(&k))
    }
}

impl Profile {
    /// Reads a profile saved as JSON.
    pub fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        let mut profile: Profile = serde_json::from_str(json)?;
        for site in profile.sites.values_mut() {
            site.index();
        }
        Ok(profile)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a profile serializes")
    }

    pub fn site(&self, site: &str) -> Option<&SiteProfile> {
        self.sites
            .get(site)
            .or_else(|| self.sites.get(&site_key(site)))
    }

    /// `text` without the site's chrome lines, and how many were dropped.
    pub fn strip_text(&self, site: &str, text: &str) -> (String, usize) {
        let Some(profile) = self.site(site) else {
            return (text.to_string(), 0);
        };
        let mut scratch = String::new();
        let mut out = String::with_capacity(text.len());
        let mut dropped = 0;
        for line in text.split('\n') {
            if profile.is_chrome(line, &mut scratch) {
                dropped += 1;
                continue;
            }
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(line);
        }
        (out, dropped)
    }

    /// Drops the article's body blocks that are chrome lines of its site;
    /// returns how many went (and notes it in the warnings).
    pub fn strip_article(&self, site: &str, article: &mut ghirbal_record::Article) -> usize {
        let Some(profile) = self.site(site) else {
            return 0;
        };
        let mut scratch = String::new();
        let before = article.blocks.len();
        article
            .blocks
            .retain(|b| !profile.is_chrome(&b.text, &mut scratch));
        let dropped = before - article.blocks.len();
        if dropped > 0 {
            article.rebuild_text();
            article.warnings.push(format!(
                "boilerplate: {dropped} blocks dropped by the {site} site profile"
            ));
        }
        dropped
    }
}

/// The site name a record is filed under: its host without `www.`, or the
/// name as given.
pub fn site_key(site_or_url: &str) -> String {
    let s = site_or_url.trim();
    let host = s
        .split_once("://")
        .map_or(s, |(_, rest)| rest)
        .split(['/', '?', '#'])
        .next()
        .unwrap_or(s);
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host);
    host.strip_prefix("www.").unwrap_or(host).to_lowercase()
}

fn line_key(line: &str, scratch: &mut String) -> Option<u64> {
    search_key_into(line, scratch);
    // Lines of only digits and punctuation (dates, page numbers) vary too
    // much to learn and say nothing.
    scratch
        .chars()
        .any(ghirbal_arabic::script::is_letter)
        .then(|| xxh3_64(scratch.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recurring_lines_become_chrome_and_prose_does_not() {
        let mut learner = Learner::default();
        for i in 0..40 {
            let body = format!("خبر رقم {i} عن افتتاح مشروع جديد في المدينة");
            let follow = if i % 2 == 0 {
                "تابعونا على تويتر"
            } else {
                "تابعونا علي تويتر"
            };
            learner.add("example.com", [body.as_str(), follow, "جميع الحقوق محفوظة"]);
        }
        for _ in 0..3 {
            learner.add("tiny.net", ["تابعونا على تويتر"]);
        }
        let profile = learner.finish(Thresholds::default());
        let site = &profile.sites["example.com"];
        assert_eq!(site.docs, 40);
        let texts: Vec<&str> = site.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["تابعونا على تويتر", "جميع الحقوق محفوظة"]);
        assert_eq!(site.lines[0].docs, 40, "spelling variants count together");
        assert!(
            !profile.sites.contains_key("tiny.net"),
            "too few pages to learn from"
        );

        let back = Profile::from_json(&profile.to_json()).unwrap();
        let (text, dropped) = back.strip_text(
            "https://www.Example.com/a/1",
            "خبر\nتابعونا على تويتر\nنهاية",
        );
        assert_eq!((text.as_str(), dropped), ("خبر\nنهاية", 1));
    }

    #[test]
    fn site_keys() {
        assert_eq!(
            site_key("https://www.aawsat.com/home/article/1"),
            "aawsat.com"
        );
        assert_eq!(site_key("aawsat"), "aawsat");
        assert_eq!(
            site_key("http://user@news.example.org:8080/x"),
            "news.example.org"
        );
    }
}
