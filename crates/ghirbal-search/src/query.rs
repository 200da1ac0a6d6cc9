//! The query language: words, "phrases", -exclusions and filters.
//!
//! ```text
//! داعش الموصل                 both (every part must match)
//! "مجلس الأمن" -روسيا         a phrase, without روسيا
//! site:bbc agency:AFP lang:ar  filters (also موقع: وكالة: لغة:)
//! from:2018-03 to:2018-04-15   published dates (also من: إلى:); YYYY, YYYY-MM, YYYY-MM-DD
//! ```

use ghirbal_arabic::search_key;

use crate::error::SearchError;

/// Longest query accepted, in chars.
pub const MAX_QUERY_CHARS: usize = 500;
/// Most words and phrases one query may hold.
const MAX_PARTS: usize = 32;

/// A query as the user wrote it, split into its parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    /// Parts that must all match, in order.
    pub parts: Vec<QueryPart>,
    /// Parts that must not match.
    pub excluded: Vec<QueryPart>,
    pub filters: Filters,
}

/// One part of a query, as written (display text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryPart {
    Word(String),
    Phrase(String),
}

/// The `key:value` parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub site: Vec<String>,
    pub agency: Vec<String>,
    pub lang: Vec<String>,
    /// First day included.
    pub from: Option<(i32, u32, u32)>,
    /// Last day included.
    pub to: Option<(i32, u32, u32)>,
    pub cluster: Option<String>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }
}

/// Parses a query. Errors are the user's: too long, too many parts, a
/// date that is not one.
pub fn parse_query(query: &str) -> Result<ParsedQuery, SearchError> {
    if query.chars().count() > MAX_QUERY_CHARS {
        return Err(SearchError::Query(format!(
            "longer than {MAX_QUERY_CHARS} characters"
        )));
    }
    let mut parsed = ParsedQuery::default();
    for (raw, quoted) in split(query) {
        let (negated, raw) = match raw.strip_prefix('-') {
            Some(rest) if !quoted && !rest.is_empty() => (true, rest),
            _ => (false, raw),
        };
        if !quoted {
            if let Some((key, value)) = raw.split_once(':') {
                if let Some(filter) = filter_name(key) {
                    let value = unquote(value);
                    if !value.is_empty() {
                        apply_filter(&mut parsed.filters, filter, value)?;
                        continue;
                    }
                }
            }
        }
        let part = if quoted || raw.contains('"') {
            QueryPart::Phrase(unquote(raw).to_string())
        } else {
            QueryPart::Word(raw.to_string())
        };
        if negated {
            parsed.excluded.push(part);
        } else {
            parsed.parts.push(part);
        }
    }
    if parsed.parts.len() + parsed.excluded.len() > MAX_PARTS {
        return Err(SearchError::Query(format!(
            "more than {MAX_PARTS} words or phrases"
        )));
    }
    Ok(parsed)
}

/// Splits on whitespace, keeping `"…"`, `«…»` and `“…”` together (a
/// filter value may be quoted too: `site:"BBC Arabic"`). Returns each
/// piece and whether it was a whole quoted phrase.
fn split(query: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut rest = query.trim();
    while !rest.is_empty() {
        let first = rest.chars().next().unwrap_or(' ');
        if let Some(close) = closing_quote(first) {
            let body = &rest[first.len_utf8()..];
            let end = body.find(close).unwrap_or(body.len());
            let phrase = body[..end].trim();
            if !phrase.is_empty() {
                out.push((phrase, true));
            }
            rest = body
                .get(end + close.len_utf8()..)
                .unwrap_or("")
                .trim_start();
            continue;
        }
        // A piece ends at whitespace outside a `key:"…"` value.
        let mut end = rest.len();
        let mut in_quote = false;
        for (i, c) in rest.char_indices() {
            if c == '"' {
                in_quote = !in_quote;
            } else if c.is_whitespace() && !in_quote {
                end = i;
                break;
            }
        }
        out.push((&rest[..end], false));
        rest = rest[end..].trim_start();
    }
    out
}

fn closing_quote(c: char) -> Option<char> {
    match c {
        '"' => Some('"'),
        '«' => Some('»'),
        '“' => Some('”'),
        _ => None,
    }
}

fn unquote(s: &str) -> &str {
    s.trim().trim_matches('"').trim()
}

#[derive(Clone, Copy)]
enum FilterName {
    Site,
    Agency,
    Lang,
    From,
    To,
    Cluster,
}

fn filter_name(key: &str) -> Option<FilterName> {
    Some(match search_key(key).as_str() {
        "site" | "موقع" => FilterName::Site,
        "agency" | "وكاله" => FilterName::Agency,
        "lang" | "لغه" => FilterName::Lang,
        "from" | "من" => FilterName::From,
        "to" | "الي" => FilterName::To,
        "cluster" => FilterName::Cluster,
        _ => return None,
    })
}

fn apply_filter(f: &mut Filters, name: FilterName, value: &str) -> Result<(), SearchError> {
    match name {
        FilterName::Site => f.site.push(value.to_string()),
        FilterName::Agency => f.agency.push(value.to_string()),
        FilterName::Lang => f.lang.push(value.to_ascii_lowercase()),
        FilterName::From => f.from = Some(parse_day(value, false)?),
        FilterName::To => f.to = Some(parse_day(value, true)?),
        FilterName::Cluster => f.cluster = Some(value.to_string()),
    }
    Ok(())
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (any digits, `/` or `-`): the first
/// day of that period, or with `end` its last day.
fn parse_day(value: &str, end: bool) -> Result<(i32, u32, u32), SearchError> {
    let key = search_key(value);
    let bad = || {
        SearchError::Query(format!(
            "`{value}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        ))
    };
    let nums: Vec<&str> = key.split(['-', '/']).collect();
    let num = |s: &str| -> Result<u32, SearchError> {
        if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        s.parse().map_err(|_| bad())
    };
    let y = num(nums[0])?;
    if nums[0].len() != 4 || nums.len() > 3 {
        return Err(bad());
    }
    let m = match nums.get(1) {
        Some(m) => num(m)?,
        None if end => 12,
        None => 1,
    };
    let last = days_in_month(y as i32, m);
    let d = match nums.get(2) {
        Some(d) => num(d)?,
        None if end => last,
        None => 1,
    };
    if !(1..=12).contains(&m) || d == 0 || d > last {
        return Err(bad());
    }
    Ok((y as i32, m, d))
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_phrases_filters() {
        let q = parse_query(
            r#"داعش "مجلس الأمن" -روسيا site:"BBC Arabic" وكالة:أ_ف_ب from:٢٠١٨-٠٣ to:2018-02"#,
        )
        .unwrap();
        assert_eq!(
            q.parts,
            [
                QueryPart::Word("داعش".into()),
                QueryPart::Phrase("مجلس الأمن".into())
            ]
        );
        assert_eq!(q.excluded, [QueryPart::Word("روسيا".into())]);
        assert_eq!(q.filters.site, ["BBC Arabic"]);
        assert_eq!(q.filters.agency, ["أ_ف_ب"]);
        assert_eq!(q.filters.from, Some((2018, 3, 1)));
        assert_eq!(q.filters.to, Some((2018, 2, 28)));
    }

    #[test]
    fn bad_queries_say_why() {
        assert!(parse_query("from:2018-13").is_err());
        assert!(parse_query("to:yesterday").is_err());
        assert!(parse_query(&"كلمة ".repeat(200)).is_err());
        assert!(parse_query(&"ا ".repeat(40)).is_err());
        // An unknown key is a word.
        assert_eq!(parse_query("http://x").unwrap().parts.len(), 1);
    }
}
