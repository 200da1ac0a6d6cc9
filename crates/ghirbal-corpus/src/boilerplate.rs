//! Learned site boilerplate: lines that recur across many pages of one site
//! (share bars, "follow us" lines, copyright lines, newsletter pitches, the
//! paper's sign-off) are chrome, whatever words they use.
//!
//! [`Learner`] counts, per site, in how many documents each line occurs
//! (by its folded key, so spelling variants count together, and copies of
//! one story once: the counting itself is `ghirbal_extract::furniture`, which
//! the text-dump extractor also learns from a folder with); [`Profile`]
//! keeps the lines over the thresholds and is saved as JSON; extraction and
//! dedup use it to drop those lines.
//!
//! Memory: only lines up to [`MAX_LINE_CHARS`] are counted (chrome lines
//! are short; long lines are prose), and when the table passes its cap the
//! lines seen once are forgotten, as in lossy counting: a line that is chrome
//! comes back on the next pages and is counted again.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use ghirbal_extract::furniture::{line_key, Furniture, Learner as PageLearner, PageLines};
use serde::{Deserialize, Serialize};

pub use ghirbal_extract::furniture::{Thresholds, MAX_LINE_CHARS};

/// The chrome lines of each site.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub version: u32,
    pub sites: BTreeMap<String, SiteProfile>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SiteProfile {
    /// Documents of the site the profile was learned from.
    pub docs: u32,
    /// Chrome lines, most frequent first.
    pub lines: Vec<ProfileLine>,
    #[serde(skip)]
    furniture: Arc<Furniture>,
}

impl PartialEq for SiteProfile {
    fn eq(&self, other: &Self) -> bool {
        self.docs == other.docs && self.lines == other.lines
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileLine {
    /// The line as first seen (display text).
    pub text: String,
    /// Documents (copies of one story counted once) it occurred in.
    pub docs: u32,
}

/// Counts lines per site over a corpus.
#[derive(Debug)]
pub struct Learner {
    sites: HashMap<String, PageLearner>,
    entries: usize,
    cap: usize,
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
        }
    }

    /// Adds one document's lines.
    pub fn add<'a>(&mut self, site: &str, lines: impl IntoIterator<Item = &'a str>) {
        let page = PageLines::read(lines, true);
        let learner = self.sites.entry(site.to_string()).or_default();
        let before = learner.entries();
        learner.add(page);
        self.entries = self.entries + learner.entries() - before;
        if self.entries > self.cap {
            self.entries = 0;
            for learner in self.sites.values_mut() {
                learner.forget_singles();
                self.entries += learner.entries();
            }
        }
    }

    pub fn finish(self, t: Thresholds) -> Profile {
        let mut sites = BTreeMap::new();
        for (site, learner) in self.sites {
            if t.floor(learner.docs()).is_none() {
                continue;
            }
            let lines = learner
                .over(&t)
                .into_iter()
                .map(|(_, docs, text)| ProfileLine {
                    text: text.unwrap_or_default().to_string(),
                    docs,
                })
                .collect();
            let mut profile = SiteProfile {
                docs: learner.docs(),
                lines,
                furniture: Arc::default(),
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
        let keys = self
            .lines
            .iter()
            .filter_map(|l| line_key(&l.text, &mut key));
        self.furniture = Arc::new(Furniture::from_keys(keys, self.docs));
    }

    /// Whether `line` is one of the site's chrome lines.
    pub fn is_chrome(&self, line: &str, scratch: &mut String) -> bool {
        self.furniture.contains(line, scratch)
    }

    /// The site's chrome lines, for the text-dump extractor's options.
    pub fn furniture(&self) -> Arc<Furniture> {
        Arc::clone(&self.furniture)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recurring_lines_become_chrome_and_prose_does_not() {
        let mut learner = Learner::default();
        const PLACES: [&str; 8] = [
            "الموصل",
            "البصرة",
            "أربيل",
            "كركوك",
            "النجف",
            "كربلاء",
            "الحلة",
            "العمارة",
        ];
        const WORKS: [&str; 5] = ["جسر", "مستشفى", "مدرسة", "ملعب", "سوق"];
        for i in 0..40 {
            let body = format!("افتتاح {} جديد في {}", WORKS[i % 5], PLACES[i % 8]);
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
