//! HTML extraction must not panic, loop or blow up on any page.
#![no_main]

use ghirbal_extract::{extract_html, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the options so both paths get coverage.
    let Some((&flags, page)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(page);
    let options = Options {
        explain: flags & 1 == 1,
    };
    let url = (flags & 2 == 2).then_some("https://example.com/news/1");
    let extraction = extract_html("fuzz", &text, url, &options);
    // The record must serialize: the writers rely on it.
    serde_json::to_string(&extraction.article).unwrap();
});
