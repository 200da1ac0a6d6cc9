//! The date finders: no panic, and every match is a real slice of the
//! text, in order, not overlapping, with a valid calendar date.
#![no_main]

use ghirbal_arabic::dates::find_weekdays;
use ghirbal_arabic::{find_dates, find_relative_days, parse_date, Date};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    let mut end = 0;
    for m in find_dates(text) {
        assert!(m.start >= end && m.start < m.end && m.end <= text.len());
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        let d = m.date;
        assert_eq!(Date::from_ymd(d.year, d.month, d.day), Some(d));
        end = m.end;
    }
    if let Some(m) = parse_date(text) {
        assert!(text.get(m.start..m.end).is_some());
    }
    let mut end = 0;
    for m in find_relative_days(text) {
        assert!(m.start >= end && m.start < m.end && text.get(m.start..m.end).is_some());
        end = m.end;
    }
    for m in find_weekdays(text) {
        assert!(text.get(m.start..m.end).is_some());
    }
});
