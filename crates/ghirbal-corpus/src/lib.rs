//! Corpus-level logic: what needs many documents at once.
//!
//! - [`minhash`]: folded word shingles, MinHash signatures, LSH band keys.
//! - [`dedup`]: exact and near-duplicate clustering that spills to disk, so
//!   a corpus larger than memory is clustered in bounded memory.
//! - [`boilerplate`]: per-site line frequencies learned over a corpus (a
//!   site profile), and removal of the lines a profile marks as chrome.
//! - [`furniture`]: the same learning over the text dumps of each input
//!   folder, which `ghirbal extract` does before extracting them.
//! - [`pipeline`]: one input file to its records, as the CLI and the
//!   Python bindings both make them.
//! - [`lang`], [`quality`], [`build`]: the annotations and filters of a
//!   corpus build.

pub mod boilerplate;
pub mod build;
pub mod dedup;
pub mod furniture;
pub mod lang;
pub mod minhash;
pub mod pipeline;
pub mod quality;
pub mod report;

pub use dedup::{Clusters, Config, Dedup, DedupError, Features, Stage};
pub use minhash::{Fingerprint, MinHasher, Params};
