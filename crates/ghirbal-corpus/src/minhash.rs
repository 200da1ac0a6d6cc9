//! Folded word shingles, MinHash signatures and LSH band keys.
//!
//! Words come from `ghirbal-arabic`'s search keys, so `أمريكا`/`امريكا`,
//! `الى`/`إلى`, `مدرسة`/`مدرسه`, diacritics, tatweel, Arabic-Indic digits
//! and Arabic punctuation do not make two copies of a story look different.

use ghirbal_arabic::keys::{key_words_iter, search_key_into};
use xxhash_rust::xxh3::{xxh3_64, Xxh3};

/// MinHash and LSH settings. The defaults are measured in BENCHMARKS.md
/// ("Dedup"): 5-word shingles, 112 permutations as 28 bands of 4 rows, and
/// a pair kept when its estimated Jaccard similarity is at least 0.5.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Words per shingle.
    pub shingle: usize,
    pub bands: usize,
    pub rows: usize,
    /// Estimated Jaccard similarity at which two documents are duplicates.
    pub threshold: f32,
    /// Seed of the permutations; signatures are comparable only under the
    /// same seed.
    pub seed: u64,
    /// Size of the bottom-k sketch that verifies LSH candidates: the `k`
    /// smallest shingle hashes. A text with at most `k` distinct shingles
    /// is compared exactly; a longer one with a standard error of about
    /// sqrt(J(1-J)/k), half that of the 112-permutation signature.
    pub sketch: usize,
}

impl Default for Params {
    fn default() -> Self {
        Self {
            shingle: 5,
            bands: 28,
            rows: 4,
            threshold: 0.5,
            seed: 0x6768_6972_6261_6c00, // "ghirbal\0"
            sketch: 256,
        }
    }
}

impl Params {
    pub fn permutations(&self) -> usize {
        self.bands * self.rows
    }

    /// The similarity at which a pair has even odds of sharing a band:
    /// (1/b)^(1/r).
    pub fn lsh_threshold(&self) -> f64 {
        (1.0 / self.bands as f64).powf(1.0 / self.rows as f64)
    }
}

/// Computes signatures; holds the permutation coefficients and scratch
/// buffers, so make one per thread.
#[derive(Debug, Clone)]
pub struct MinHasher {
    params: Params,
    mul: Vec<u32>,
    add: Vec<u32>,
    key: String,
    words: Vec<u64>,
    shingles: Vec<u32>,
}

/// What dedup needs to know of one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// xxh3-128 of the folded words joined by spaces: equal for texts that
    /// differ only in what folding removes.
    pub exact: u128,
    /// Number of folded words.
    pub words: u32,
    /// One minimum per permutation (`u32::MAX` everywhere for a text with
    /// no words).
    pub signature: Vec<u32>,
    /// The smallest distinct shingle hashes, ascending, at most
    /// [`Params::sketch`] of them.
    pub sketch: Vec<u32>,
}

impl MinHasher {
    pub fn new(params: Params) -> Self {
        let mut state = params.seed;
        let k = params.permutations();
        // `a*x + b` mod 2^32 with odd `a` permutes the 32-bit shingle
        // hashes; 32-bit lanes let the compiler run eight permutations per
        // vector instruction. The permutations only propose candidates:
        // every pair is verified on the bottom-k sketch, so their small
        // bias costs a little recall at most, never precision.
        let mul = (0..k)
            .map(|_| (splitmix64(&mut state) >> 32) as u32 | 1)
            .collect();
        let add = (0..k)
            .map(|_| (splitmix64(&mut state) >> 32) as u32)
            .collect();
        Self {
            params,
            mul,
            add,
            key: String::new(),
            words: Vec::new(),
            shingles: Vec::new(),
        }
    }

    pub fn params(&self) -> &Params {
        &self.params
    }

    pub fn fingerprint(&mut self, text: &str) -> Fingerprint {
        search_key_into(text, &mut self.key);
        self.words.clear();
        // The exact key hashes the words joined by spaces, streamed.
        let mut exact = Xxh3::new();
        for word in key_words_iter(&self.key) {
            if !self.words.is_empty() {
                exact.update(b" ");
            }
            exact.update(word.as_bytes());
            self.words.push(xxh3_64(word.as_bytes()));
        }
        let exact = exact.digest128();
        let mut signature = vec![u32::MAX; self.params.permutations()];
        let n = self.params.shingle.max(1);
        self.shingles.clear();
        if !self.words.is_empty() {
            // A text shorter than one shingle is one shingle of all its words.
            let windows = self.words.len().saturating_sub(n) + 1;
            for start in 0..windows {
                let end = (start + n).min(self.words.len());
                let shingle = shingle_hash(&self.words[start..end]);
                let shingle = (shingle >> 32) as u32;
                update(&mut signature, &self.mul, &self.add, shingle);
                self.shingles.push(shingle);
            }
        }
        Fingerprint {
            exact,
            words: u32::try_from(self.words.len()).unwrap_or(u32::MAX),
            signature,
            sketch: bottom_k(&mut self.shingles, self.params.sketch),
        }
    }
}

#[inline]
fn update(signature: &mut [u32], mul: &[u32], add: &[u32], shingle: u32) {
    for ((min, &a), &b) in signature.iter_mut().zip(mul).zip(add) {
        *min = (*min).min(a.wrapping_mul(shingle).wrapping_add(b));
    }
}

/// The `k` smallest distinct values, ascending.
fn bottom_k(values: &mut Vec<u32>, k: usize) -> Vec<u32> {
    let k = k.max(1);
    // Selecting first keeps the sort short on long texts; 4k leaves room
    // for repeated shingles.
    if values.len() > 4 * k {
        values.select_nth_unstable(4 * k - 1);
        values.truncate(4 * k);
    }
    values.sort_unstable();
    values.dedup();
    values.truncate(k);
    values.clone()
}

/// Estimated Jaccard similarity of two bottom-k sketches: of the `k`
/// smallest values of their union (which the two sketches hold between
/// them), the fraction found in both. Exact when the union has fewer than
/// `k` values.
pub fn sketch_similarity(a: &[u32], b: &[u32], k: usize) -> f32 {
    let (mut i, mut j, mut union, mut both) = (0, 0, 0usize, 0usize);
    while union < k {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                both += 1;
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x < y => i += 1,
            (Some(_), Some(_)) | (None, Some(_)) => j += 1,
            (Some(_), None) => i += 1,
            (None, None) => break,
        }
        union += 1;
    }
    if union == 0 {
        return 0.0;
    }
    both as f32 / union as f32
}

/// Order-sensitive hash of a run of word hashes.
fn shingle_hash(words: &[u64]) -> u64 {
    let mut h = 0x9e37_79b9_7f4a_7c15u64;
    for &w in words {
        h = (h ^ w).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(29);
    }
    fmix64(h)
}

/// The LSH key of each band: the band's rows hashed together with the band
/// number, so equal rows in different bands do not collide.
pub fn band_keys<'a>(params: &'a Params, signature: &'a [u32]) -> impl Iterator<Item = u64> + 'a {
    signature
        .chunks_exact(params.rows)
        .take(params.bands)
        .enumerate()
        .map(|(band, rows)| {
            let mut h = (band as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            for &r in rows {
                h = fmix64(h ^ u64::from(r));
            }
            h
        })
}

/// Estimated Jaccard similarity: the fraction of equal minima.
pub fn similarity(a: &[u32], b: &[u32]) -> f32 {
    if a.is_empty() || a.len() != b.len() {
        return 0.0;
    }
    let equal = a.iter().zip(b).filter(|(x, y)| x == y).count();
    equal as f32 / a.len() as f32
}

/// Exact Jaccard similarity of the folded word `n`-gram sets of two texts:
/// what the estimate approximates, for tests and evaluation.
pub fn jaccard(a: &str, b: &str, n: usize) -> f64 {
    let set = |text: &str| {
        let key = ghirbal_arabic::keys::search_key(text);
        let words: Vec<&str> = key_words_iter(&key).collect();
        let n = n.max(1);
        let mut set = std::collections::HashSet::new();
        if !words.is_empty() {
            for start in 0..=words.len().saturating_sub(n) {
                let end = (start + n).min(words.len());
                set.insert(words[start..end].join(" "));
            }
        }
        set
    };
    let (sa, sb) = (set(a), set(b));
    if sa.is_empty() && sb.is_empty() {
        return 1.0;
    }
    let inter = sa.intersection(&sb).count();
    inter as f64 / (sa.len() + sb.len() - inter) as f64
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    fmix64(*state)
}

/// MurmurHash3's 64-bit finalizer.
fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_variants_share_everything() {
        let mut m = MinHasher::new(Params::default());
        let a = m.fingerprint("قالت الوزارة إن الأمطار ستستمر حتى يوم الأحد في المنطقة الشرقية.");
        let b = m.fingerprint("قالت الوزاره ان الامطار ستستمر حتى يوم الاحد فى المنطقه الشرقيه");
        assert_eq!(a.exact, b.exact);
        assert_eq!(a.signature, b.signature);
    }

    #[test]
    fn estimate_tracks_jaccard() {
        let base: Vec<String> = (0..400).map(|i| format!("كلمة{i}")).collect();
        let mut edited = base.clone();
        for i in (0..400).step_by(25) {
            edited[i] = format!("بديل{i}");
        }
        let (a, b) = (base.join(" "), edited.join(" "));
        let truth = jaccard(&a, &b, 5);
        let mut m = MinHasher::new(Params::default());
        let (fa, fb) = (m.fingerprint(&a), m.fingerprint(&b));
        let est = similarity(&fa.signature, &fb.signature);
        assert!(
            (f64::from(est) - truth).abs() < 0.12,
            "estimate {est} vs {truth}"
        );
        let est = sketch_similarity(&fa.sketch, &fb.sketch, 256);
        assert!(
            (f64::from(est) - truth).abs() < 0.08,
            "sketch {est} vs {truth}"
        );
        let short = |t: &str| t.split(' ').take(100).collect::<Vec<_>>().join(" ");
        let (sa, sb) = (short(&a), short(&b));
        let exact = jaccard(&sa, &sb, 5);
        let est = sketch_similarity(&m.fingerprint(&sa).sketch, &m.fingerprint(&sb).sketch, 256);
        assert!(
            (f64::from(est) - exact).abs() < 1e-6,
            "short texts are exact: {est} vs {exact}"
        );
    }

    #[test]
    fn short_text_is_one_shingle() {
        let mut m = MinHasher::new(Params::default());
        let f = m.fingerprint("خبر عاجل");
        assert_eq!(f.words, 2);
        assert!(f.signature.iter().all(|&v| v != u32::MAX));
        let empty = m.fingerprint(" ، ");
        assert_eq!(empty.words, 0);
        assert!(empty.signature.iter().all(|&v| v == u32::MAX));
    }
}
