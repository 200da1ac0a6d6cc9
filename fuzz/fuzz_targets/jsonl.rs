//! The JSON Lines reader and each line's decoding.
#![no_main]

use std::io::Cursor;

use ghirbal_io::{Container, InputFormat, Limits, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = ReadOptions {
        format: InputFormat::Jsonl,
        limits: Limits::with_max_bytes(64 << 10),
        ..ReadOptions::default()
    };
    let Ok(container) = Container::new(
        "fuzz",
        Box::new(Cursor::new(data.to_vec())),
        InputFormat::Jsonl,
        &options,
    ) else {
        return;
    };
    let mut items = 0usize;
    for item in container {
        items += 1;
        assert!(items <= data.len() + 2, "the reader does not advance");
        if let Ok(document) = item {
            let _ = document.decode(&options.limits);
        }
    }
});
