//! The hasher of the extractor's tables: line keys, label sets, furniture.
//!
//! `xxh3`'s `Xxh3DefaultBuilder` hashes through its streaming state (a
//! buffer filled by every `write`, then a digest over it), which costs more
//! than the one-shot function on the short keys these tables hold, and
//! hashes again the `u64` keys that already are `xxh3` hashes (furniture
//! lines, labels, trigrams). [`KeyHasher`] hashes each `write` in one shot
//! and takes a `u64` as it is.
//!
//! Only membership and counts are read from these tables, never their
//! iteration order, so the hasher changes no output.

use std::hash::{BuildHasherDefault, Hasher};

use xxhash_rust::xxh3::xxh3_64_with_seed;

/// Builds [`KeyHasher`]s.
pub(crate) type BuildKeyHasher = BuildHasherDefault<KeyHasher>;

/// One-shot `xxh3` per `write` (chained by seed); a `u64` written into a
/// fresh hasher is taken as its own hash, being one already.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        self.0 = xxh3_64_with_seed(bytes, self.0);
    }

    /// `str`'s hash ends with a `0xFF` byte: mixed in by a multiply rather
    /// than a second pass of `xxh3`.
    #[inline]
    fn write_u8(&mut self, byte: u8) {
        self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.0 ^= n;
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn a_prehashed_key_is_its_own_hash() {
        assert_eq!(
            BuildKeyHasher::default().hash_one(0xDEAD_BEEF_u64),
            0xDEAD_BEEF
        );
    }

    #[test]
    fn strings_hash_apart() {
        let b = BuildKeyHasher::default();
        assert_ne!(b.hash_one("ab"), b.hash_one("ba"));
        assert_ne!(b.hash_one(("a", "bc")), b.hash_one(("ab", "c")));
        assert_eq!(b.hash_one("نشر في"), b.hash_one(String::from("نشر في")));
    }
}
