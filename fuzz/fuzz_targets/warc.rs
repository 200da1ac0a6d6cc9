//! The WARC/WET reader: framing, damage recovery, gzip/zstd members, HTTP
//! heads, chunking and content codings, charset decoding. Never a panic,
//! and always an end: every step reads or the iteration stops.
#![no_main]

use std::io::Cursor;

use ghirbal_io::{Container, InputFormat, Limits, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, bytes)) = data.split_first() else {
        return;
    };
    let format = if flags & 1 == 1 {
        InputFormat::Wet
    } else {
        InputFormat::Warc
    };
    let options = ReadOptions {
        format,
        // Small, so a lying Content-Length or a bomb in a content coding
        // shows up as an error instead of an out-of-memory report.
        limits: Limits::with_max_bytes(1 << 20),
        ..ReadOptions::default()
    };
    let Ok(container) = Container::new(
        "fuzz",
        Box::new(Cursor::new(bytes.to_vec())),
        format,
        &options,
    ) else {
        return;
    };
    // A reader that yields more items than there are input bytes is looping.
    let mut items = 0usize;
    for item in container {
        items += 1;
        assert!(items <= bytes.len() + 2, "the reader does not advance");
        if let Ok(document) = item {
            let _ = document.decode(&options.limits);
        }
    }
});
