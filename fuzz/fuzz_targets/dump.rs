//! Text-dump extraction must not panic, loop or blow up on any text.
#![no_main]

use ghirbal_extract::{extract_dump, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, dump)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(dump);
    let options = Options {
        explain: flags & 1 == 1,
    };
    let extraction = extract_dump("fuzz", &text, &options);
    if options.explain {
        // One explanation per input line (the CLI prints them side by side).
        assert!(extraction.explain.len() <= text.lines().count() + 1);
    }
    serde_json::to_string(&extraction.article).unwrap();
});
