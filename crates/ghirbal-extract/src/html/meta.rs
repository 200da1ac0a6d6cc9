//! What the page says about itself: `<meta>`, `<link>`, `<title>`, JSON-LD,
//! microdata, `<time>`, tag links. One pass over the elements gathers it;
//! the choices between sources (JSON-LD over `<meta>` over the page text)
//! are made in `mod.rs`, where the body is known.

use serde_json::Value;

use super::blocks::collect_text;
use super::text::{has_token, lower};
use super::tree::{Data, Dom, Tag, DOCUMENT, NIL};

/// Everything gathered; strings are raw (not yet normalized).
#[derive(Debug, Default)]
pub(crate) struct Meta {
    pub title_tag: Option<String>,
    pub og_title: Option<String>,
    pub twitter_title: Option<String>,
    pub description: Option<String>,
    pub og_description: Option<String>,
    pub site_name: Option<String>,
    pub app_name: Option<String>,
    pub canonical: Option<String>,
    pub og_url: Option<String>,
    pub lang: Option<String>,
    pub og_type: Option<String>,
    pub published: Vec<String>,
    pub modified: Vec<String>,
    pub authors: Vec<String>,
    pub article_tags: Vec<String>,
    pub keywords: Vec<String>,
    pub h1: Vec<u32>,
    pub times: Vec<(u32, String)>,
    pub tag_links: Vec<String>,
    /// Elements whose class names a standfirst (`lede`, `excerpt`, …).
    pub standfirst: Vec<u32>,
    pub ld: LinkedData,
}

/// Class tokens of a standfirst: the lede set apart under the headline.
const STANDFIRST: &[&str] = &[
    "lede",
    "lead",
    "standfirst",
    "excerpt",
    "intro",
    "dek",
    "sapo",
    "chapo",
    "subtitle",
    "sub-title",
    "subheadline",
    "sub-headline",
    "article-summary",
    "article__summary",
    "article-lead",
    "article__lead",
    "article-intro",
    "post-excerpt",
    "entry-summary",
    "story-summary",
    "summary",
    "description",
    "article-description",
    "brief",
    "article-brief",
    "news-brief",
];

/// What JSON-LD says about the main entity of the page.
#[derive(Debug, Default)]
pub(crate) struct LinkedData {
    pub types: Vec<String>,
    pub headline: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub authors: Vec<String>,
    pub keywords: Vec<String>,
    pub publisher: Option<String>,
    pub description: Option<String>,
    /// The whole of `@type`s seen anywhere (page-type hints).
    pub all_types: Vec<String>,
}

pub(crate) fn gather(dom: &Dom) -> Meta {
    let mut m = Meta::default();
    let mut ld_texts: Vec<String> = Vec::new();
    let mut id = DOCUMENT;
    while id != NIL {
        let mut skip = false;
        if let Data::Element(el) = &dom.node(id).data {
            skip = matches!(el.tag, Tag::Svg | Tag::Math | Tag::Template | Tag::Style);
            match el.tag {
                Tag::Html if m.lang.is_none() => {
                    m.lang = dom.attr(id, "lang").map(str::to_string);
                }
                Tag::Title if m.title_tag.is_none() => {
                    m.title_tag = Some(collect_text(dom, id));
                }
                Tag::Meta => meta_tag(dom, id, &mut m),
                Tag::Link => {
                    let rel = dom.attr(id, "rel").map(lower).unwrap_or_default();
                    if rel.split_whitespace().any(|r| r == "canonical") && m.canonical.is_none() {
                        m.canonical = dom.attr(id, "href").map(str::to_string);
                    }
                }
                Tag::Script => {
                    skip = true;
                    let ty = dom.attr(id, "type").map(lower).unwrap_or_default();
                    if ty.contains("ld+json") && ld_texts.len() < 32 {
                        let mut s = String::new();
                        for c in dom.children(id) {
                            if let Some(t) = dom.text(c) {
                                s.push_str(t);
                            }
                        }
                        ld_texts.push(s);
                    }
                }
                Tag::H(1) => m.h1.push(id),
                Tag::Time => {
                    if let Some(dt) = dom.attr(id, "datetime") {
                        m.times.push((id, dt.to_string()));
                    }
                    if dom.attr(id, "itemprop") == Some("datePublished") {
                        if let Some(dt) = dom.attr(id, "datetime") {
                            m.published.push(dt.to_string());
                        }
                    }
                }
                Tag::A => {
                    let rel = dom.attr(id, "rel").map(lower).unwrap_or_default();
                    if rel.split_whitespace().any(|r| r == "tag") && m.tag_links.len() < 64 {
                        let t = collect_text(dom, id);
                        if !t.is_empty() {
                            m.tag_links.push(t);
                        }
                    }
                }
                _ => {}
            }
            if el.tag != Tag::Meta {
                if let Some(prop) = dom.attr(id, "itemprop") {
                    itemprop(dom, id, prop, &mut m);
                }
                if m.standfirst.len() < 8
                    && !matches!(el.tag, Tag::Html | Tag::Body | Tag::Meta | Tag::Script)
                    && dom
                        .attr(id, "class")
                        .is_some_and(|c| has_token(c, STANDFIRST))
                {
                    m.standfirst.push(id);
                }
            }
        }
        id = dom.next_in(id, DOCUMENT, skip);
    }
    for text in &ld_texts {
        linked_data(text, &mut m.ld);
    }
    m
}

fn meta_tag(dom: &Dom, id: u32, m: &mut Meta) {
    let Some(content) = dom.attr(id, "content") else {
        return;
    };
    let content = content.trim();
    if content.is_empty() {
        return;
    }
    let key = dom
        .attr(id, "property")
        .or_else(|| dom.attr(id, "name"))
        .or_else(|| dom.attr(id, "itemprop"))
        .map(lower)
        .unwrap_or_default();
    let c = || content.to_string();
    match key.as_str() {
        "og:title" => set(&mut m.og_title, c()),
        "twitter:title" => set(&mut m.twitter_title, c()),
        "description" => set(&mut m.description, c()),
        "og:description" | "twitter:description" => set(&mut m.og_description, c()),
        "og:site_name" => set(&mut m.site_name, c()),
        "application-name" | "apple-mobile-web-app-title" => set(&mut m.app_name, c()),
        "og:url" => set(&mut m.og_url, c()),
        "og:type" => set(&mut m.og_type, c()),
        "article:published_time"
        | "og:published_time"
        | "article:published"
        | "datepublished"
        | "pubdate"
        | "publishdate"
        | "publish-date"
        | "publish_date"
        | "date"
        | "dc.date"
        | "dc.date.issued"
        | "dcterms.created"
        | "sailthru.date"
        | "parsely-pub-date"
        | "article.published"
        | "published_time"
        | "cxenseparse:recs:publishtime" => m.published.push(c()),
        "article:modified_time"
        | "og:updated_time"
        | "datemodified"
        | "last-modified"
        | "dcterms.modified"
        | "article.updated"
        | "modified_time" => m.modified.push(c()),
        "author" | "article:author" | "dc.creator" | "parsely-author" | "sailthru.author"
        | "byl" | "cxenseparse:author"
            if !content.starts_with("http") =>
        {
            m.authors.push(c());
        }
        "article:tag" | "parsely-tags" => m.article_tags.push(c()),
        "keywords" | "news_keywords" => m.keywords.push(c()),
        _ => {}
    }
}

fn itemprop(dom: &Dom, id: u32, prop: &str, m: &mut Meta) {
    match prop {
        "datePublished" => {
            if let Some(v) = dom.attr(id, "content").or_else(|| dom.attr(id, "datetime")) {
                m.published.push(v.to_string());
            }
        }
        "dateModified" => {
            if let Some(v) = dom.attr(id, "content").or_else(|| dom.attr(id, "datetime")) {
                m.modified.push(v.to_string());
            }
        }
        _ => {}
    }
}

fn set(slot: &mut Option<String>, v: String) {
    if slot.is_none() {
        *slot = Some(v);
    }
}

const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "LiveBlogPosting",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "Review",
    "Recipe",
    "HowTo",
];

fn types_of(v: &Value) -> Vec<String> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

fn linked_data(text: &str, ld: &mut LinkedData) {
    // Some sites leave HTML comments or CDATA markers around the JSON.
    let t = text
        .trim()
        .trim_start_matches("<!--")
        .trim_start_matches("//<![CDATA[")
        .trim_end_matches("-->")
        .trim_end_matches("//]]>")
        .trim();
    let Ok(root) = serde_json::from_str::<Value>(t) else {
        return;
    };
    // Iterative walk over objects; the parser bounds nesting depth itself.
    let mut stack = vec![&root];
    let mut article: Option<&Value> = None;
    let mut page: Option<&Value> = None;
    let mut seen = 0;
    while let Some(v) = stack.pop() {
        seen += 1;
        if seen > 10_000 {
            break;
        }
        match v {
            Value::Array(a) => stack.extend(a.iter().rev()),
            Value::Object(o) => {
                let types = types_of(v);
                for t in &types {
                    if !ld.all_types.contains(t) && ld.all_types.len() < 32 {
                        ld.all_types.push(t.clone());
                    }
                }
                if article.is_none() && types.iter().any(|t| ARTICLE_TYPES.contains(&t.as_str())) {
                    article = Some(v);
                } else if page.is_none() && types.iter().any(|t| t == "WebPage") {
                    page = Some(v);
                }
                if let Some(g) = o.get("@graph") {
                    stack.push(g);
                }
                if let Some(e) = o.get("mainEntity").or_else(|| o.get("mainEntityOfPage")) {
                    if e.is_object() || e.is_array() {
                        stack.push(e);
                    }
                }
            }
            _ => {}
        }
    }
    let Some(a) = article.or(page) else {
        return;
    };
    if ld.headline.is_some() {
        return;
    }
    ld.types = types_of(a);
    ld.headline = str_of(a.get("headline")).or_else(|| str_of(a.get("name")));
    ld.published = str_of(a.get("datePublished")).or_else(|| str_of(a.get("dateCreated")));
    ld.modified = str_of(a.get("dateModified"));
    ld.description = str_of(a.get("description"));
    ld.publisher = a.get("publisher").and_then(|p| match p {
        Value::Array(v) => v.first().and_then(|x| str_of(x.get("name"))),
        _ => str_of(p.get("name")),
    });
    if let Some(auth) = a.get("author").or_else(|| a.get("creator")) {
        let list: Vec<&Value> = match auth {
            Value::Array(v) => v.iter().collect(),
            v => vec![v],
        };
        for x in list.into_iter().take(12) {
            let name = match x {
                Value::String(s) => Some(s.clone()),
                Value::Object(_) => str_of(x.get("name")),
                _ => None,
            };
            if let Some(n) = name {
                if !n.starts_with("http") && !n.trim().is_empty() {
                    ld.authors.push(n);
                }
            }
        }
    }
    match a.get("keywords") {
        Some(Value::String(s)) => ld.keywords.extend(split_list(s)),
        Some(Value::Array(v)) => ld
            .keywords
            .extend(v.iter().filter_map(|k| k.as_str().map(str::to_string))),
        _ => {}
    }
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Array(a) => a.iter().find_map(|x| str_of(Some(x))),
        _ => None,
    }
}

/// Splits a keywords list on commas (Latin or Arabic) and semicolons.
pub(crate) fn split_list(s: &str) -> Vec<String> {
    s.split([',', '،', ';', '؛'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// An ISO 8601 date or date-time in the record's form: `YYYY-MM-DD` or
/// `YYYY-MM-DDTHH:MM`, with the zone when the source gives one.
pub(crate) fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return None;
    }
    if !matches!(b[4], b'-' | b'/' | b'.') || b[7] != b[4] {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
        return None;
    }
    let mut out = format!("{y:04}-{mo:02}-{d:02}");
    if b.len() >= 16
        && matches!(b[10], b'T' | b' ')
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
    {
        let (h, mi) = (num(11..13)?, num(14..16)?);
        if h > 23 || mi > 59 {
            return Some(out);
        }
        out.push_str(&format!("T{h:02}:{mi:02}"));
        // Skip seconds and fractions, then read a zone.
        let mut i = 16;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b':' || b[i] == b'.') {
            i += 1;
        }
        let rest = &s[i..];
        if rest.starts_with('Z') {
            out.push('Z');
        } else if let Some(sign) = rest.chars().next().filter(|c| *c == '+' || *c == '-') {
            let z: String = rest[1..]
                .chars()
                .filter(char::is_ascii_digit)
                .take(4)
                .collect();
            if z.len() == 4 {
                out.push(sign);
                out.push_str(&z[..2]);
                out.push(':');
                out.push_str(&z[2..]);
            }
        }
    }
    Some(out)
}

/// A `/YYYY/MM/DD/` (or `/YYYY-MM-DD`) date in a URL path.
pub(crate) fn url_date(url: &str) -> Option<String> {
    let path = url.split_once("://").map_or(url, |(_, r)| r);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let parts: Vec<&str> = path.split('/').collect();
    for w in parts.windows(3) {
        let ok = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if ok(w[0], 4) && (ok(w[1], 2) || ok(w[1], 1)) && (ok(w[2], 2) || ok(w[2], 1)) {
            let (y, m, d) = (
                w[0].parse::<u32>().ok()?,
                w[1].parse::<u32>().ok()?,
                w[2].parse::<u32>().ok()?,
            );
            if (1990..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d) {
                return Some(format!("{y:04}-{m:02}-{d:02}"));
            }
        }
    }
    for p in parts {
        if p.len() >= 10 {
            for start in 0..=p.len() - 10 {
                if let Some(seg) = p.get(start..start + 10) {
                    if seg.as_bytes()[4] == b'-' {
                        if let Some(d) = iso_date(seg) {
                            if (start == 0 || !p.as_bytes()[start - 1].is_ascii_digit())
                                && p.as_bytes()
                                    .get(start + 10)
                                    .is_none_or(|b| !b.is_ascii_digit())
                            {
                                return Some(d);
                            }
                        }
                    }
                }
            }
        }
    }
    None
}

/// The host of a URL, without `www.`.
pub(crate) fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}
