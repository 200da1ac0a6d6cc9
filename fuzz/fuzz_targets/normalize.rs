//! Normalization and keys: no panic, and each is idempotent (a key of a key
//! is the key), since dedup and search compare keys computed at different
//! times from text that may already have been through them.
#![no_main]

use ghirbal_arabic::{key_words, normalize, normalize_block, search_key};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();

    let line = normalize(text);
    assert_eq!(normalize(&line), line, "normalize is idempotent");
    assert!(!line.contains('\n'));

    let block = normalize_block(text);
    assert_eq!(normalize_block(&block), block, "normalize_block is idempotent");

    let key = search_key(text);
    assert_eq!(search_key(&key), key, "search_key is idempotent");
    assert_eq!(search_key(&line), key, "normalizing first does not change the key");

    for word in key_words(text) {
        assert!(!word.is_empty() && !word.contains(' '));
    }
});
