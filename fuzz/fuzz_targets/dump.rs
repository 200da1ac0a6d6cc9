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
        ..Options::default()
    };
    let extraction = extract_dump("fuzz", &text, &options);
    if options.explain {
        // At most one explanation per physical line; dumps end lines with
        // `\n`, `\r\n` or a bare `\r` (old Mac), so `str::lines` would
        // undercount.
        assert!(extraction.explain.len() <= text.split(['\n', '\r']).count());
    }
    serde_json::to_string(&extraction.article).unwrap();
});
