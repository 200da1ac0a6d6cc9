//! HTML extraction must not panic, loop or blow up on any page.
#![no_main]

use std::time::Duration;

use ghirbal_extract::{extract_html, try_extract_html, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the options so both paths get coverage.
    let Some((&flags, page)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(page);
    let options = Options {
        explain: flags & 1 == 1,
        // Low enough that the fuzzer reaches it, on both sides.
        max_depth: 64,
        // Never reached: it is there to take the CLI's path (the parse fed
        // in pieces, the clock checked between steps).
        time_limit: (flags & 4 == 4).then_some(Duration::from_secs(3600)),
    };
    let url = (flags & 2 == 2).then_some("https://example.com/news/1");
    let extraction = if options.time_limit.is_some() {
        match try_extract_html("fuzz", &text, url, &options) {
            Ok(extraction) => extraction,
            Err(_) => return,
        }
    } else {
        extract_html("fuzz", &text, url, &options)
    };
    // The record must serialize: the writers rely on it.
    serde_json::to_string(&extraction.article).unwrap();
});
