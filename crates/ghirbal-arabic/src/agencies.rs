//! Wire agencies: names as Arabic news writes them, canonical codes.

/// An agency named in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgencyMatch {
    /// Byte range in the searched text.
    pub start: usize,
    pub end: usize,
    /// Canonical code: `AFP`, `Reuters`, `AP`, …
    pub code: &'static str,
}

/// Every agency named in `text`, in order.
pub fn find_agencies(text: &str) -> Vec<AgencyMatch> {
    let _ = text;
    Vec::new()
}

/// The code of an agency when `name` (trimmed) is exactly one of its names.
pub fn agency_code(name: &str) -> Option<&'static str> {
    let _ = name;
    None
}

/// A dateline opening a paragraph: `بيروت - (أ ف ب) - …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline<'a> {
    pub place: &'a str,
    pub agency: Option<&'static str>,
    /// The paragraph after the dateline.
    pub rest: &'a str,
}

pub fn parse_dateline(paragraph: &str) -> Option<Dateline<'_>> {
    let _ = paragraph;
    None
}

/// Splits a sources list (`العربي، أ ف ب`) into its items.
pub fn split_sources(list: &str) -> Vec<String> {
    list.split(['،', ',']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}
