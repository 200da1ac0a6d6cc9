//! Dates as Arabic news writes them. (Being written.)

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Calendar {
    Gregorian,
    Hijri,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    pub start: usize,
    pub end: usize,
    pub date: Date,
    pub calendar: Calendar,
    pub weekday: Option<Weekday>,
    pub weekday_matches: Option<bool>,
    pub time: Option<(u8, u8)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelativeDay {
    Today,
    Yesterday,
    Tomorrow,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelativeMention {
    pub start: usize,
    pub end: usize,
    pub day: RelativeDay,
    pub weekday: Option<Weekday>,
}

pub fn find_dates(text: &str) -> Vec<DateMatch> {
    let _ = text;
    Vec::new()
}

pub fn parse_date(text: &str) -> Option<DateMatch> {
    find_dates(text).into_iter().next()
}

pub fn find_relative_days(text: &str) -> Vec<RelativeMention> {
    let _ = text;
    Vec::new()
}
