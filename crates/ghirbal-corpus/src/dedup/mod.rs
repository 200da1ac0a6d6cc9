//! Exact and near-duplicate clustering over corpora larger than memory.
//!
//! 1. [`Dedup::push`] takes each document's [`Features`] in input order and
//!    spills them: a fixed-size row per document (exact key, date, length,
//!    id position), its signature, and one `(band key, document)` entry per
//!    LSH band into one of [`PARTITIONS`] files chosen by the key.
//! 2. [`Dedup::finish`] loads one partition at a time, sorts it, and
//!    verifies every bucket's candidates against the bucket's "heads" by
//!    estimated similarity; verified pairs join a union-find over document
//!    numbers (4 bytes a document).
//! 3. Each component gets its representative by the keep policy (earliest
//!    `published`, then longest text, then first seen). A member whose own
//!    similarity to the representative is under the threshold (a chain
//!    A~B~C with A≁C) is split off and its part clustered again, so every
//!    removed document resembles the one it is said to duplicate.
//!
//! Nothing depends on thread count or on how the input was cut into files:
//! documents are numbered in input order, buckets are visited sorted, and
//! components do not depend on the order edges are found.

pub mod jsonl;
mod store;

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

use ghirbal_record::{Dedup as DedupInfo, DupKind};
use rayon::prelude::*;

use crate::minhash::{sketch_similarity, Fingerprint, Params};
use store::{MetaRow, SigStore, Spill};

pub use store::PARTITIONS;

/// Heads kept per bucket: a bucket of thousands of copies of one text
/// costs one comparison per copy, and a bucket of unrelated texts that
/// collided is cut off here.
const MAX_HEADS: usize = 8;

/// Failure of the spill files; the input is never the cause.
#[derive(Debug, thiserror::Error)]
#[error("{what}: {source}")]
pub struct DedupError {
    what: String,
    #[source]
    source: io::Error,
}

impl DedupError {
    fn new(what: impl Into<String>, source: io::Error) -> Self {
        Self {
            what: what.into(),
            source,
        }
    }
}

/// One document as dedup sees it.
#[derive(Debug, Clone)]
pub struct Features {
    pub id: String,
    /// ISO 8601 date or date-time, if the record has one.
    pub published: Option<String>,
    /// Length of the text in characters.
    pub chars: u64,
    pub fingerprint: Fingerprint,
}

/// Settings of a run.
#[derive(Debug, Clone)]
pub struct Config {
    pub params: Params,
    /// Memory the run may use for its own tables, in bytes; signatures stay
    /// on disk when they would not fit in a third of it.
    pub memory: u64,
    /// Where spill files go (a fresh temporary folder inside it).
    pub spill_dir: Option<PathBuf>,
}

/// Stages of [`Dedup::finish`], for progress reporting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Buckets of one partition verified (`done` of `total` partitions).
    Buckets,
    /// Clusters given a representative (`done` of `total` documents).
    Clusters,
    /// The records written again with their clusters (called once, as it
    /// starts; the bytes come through the caller's own reporting).
    Writing,
}

/// Collects features, then clusters them.
#[derive(Debug)]
pub struct Dedup {
    config: Config,
    spill: Spill,
    docs: u32,
}

impl Dedup {
    pub fn new(config: Config) -> Result<Self, DedupError> {
        let spill = Spill::create(config.spill_dir.as_deref(), config.memory / 4)?;
        Ok(Self {
            config,
            spill,
            docs: 0,
        })
    }

    /// Adds the next document; returns its number (input order, from 0).
    pub fn push(&mut self, doc: &Features) -> Result<u32, DedupError> {
        let number = self.docs;
        self.docs = self.docs.checked_add(1).ok_or_else(|| {
            DedupError::new("count", io::Error::other("over 4 billion documents"))
        })?;
        self.spill.push(number, doc, &self.config.params)?;
        Ok(number)
    }

    pub fn len(&self) -> u32 {
        self.docs
    }

    pub fn is_empty(&self) -> bool {
        self.docs == 0
    }

    /// Bytes spilled so far.
    pub fn spilled_bytes(&self) -> u64 {
        self.spill.bytes()
    }

    /// Clusters everything pushed. `progress(stage, done, total)` is called
    /// as work completes, from any thread.
    pub fn finish(
        self,
        progress: &(dyn Fn(Stage, u64, u64) + Sync),
    ) -> Result<Clusters, DedupError> {
        let n = self.docs as usize;
        let params = self.config.params;
        let spill = self.spill.close()?;
        let k = params.sketch;
        let sigs = SigStore::open(&spill, k + 1, n, self.config.memory / 3)?;

        // Candidate pairs, partition by partition, verified in parallel.
        let done = std::sync::atomic::AtomicU64::new(0);
        let edges: Vec<Vec<(u32, u32)>> = (0..PARTITIONS)
            .into_par_iter()
            .map(|part| {
                let mut entries = spill.read_partition(part)?;
                entries.sort_unstable();
                let mut edges = Vec::new();
                let mut bucket_heads = BucketHeads::new(&params);
                let mut slot = vec![0u32; k + 1];
                for bucket in entries.chunk_by(|a, b| a.0 == b.0) {
                    if bucket.len() < 2 {
                        continue;
                    }
                    bucket_heads.clear();
                    let mut last = u32::MAX;
                    for &(_, doc) in bucket {
                        if doc == last {
                            continue;
                        }
                        last = doc;
                        sigs.get(doc, &mut slot)?;
                        if let Some(head) = bucket_heads.offer(u64::from(doc), sketch_of(&slot)) {
                            edges.push((head as u32, doc));
                        }
                    }
                }
                let finished = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                progress(Stage::Buckets, finished, PARTITIONS as u64);
                Ok(edges)
            })
            .collect::<Result<_, DedupError>>()?;

        let mut sets = UnionFind::new(n);
        for (a, b) in edges.into_iter().flatten() {
            sets.union(a, b);
        }
        let roots: Vec<u32> = (0..self.docs).map(|d| sets.find(d)).collect();
        drop(sets);

        // Members of every component with more than one document.
        let mut counts = vec![0u32; n];
        for &r in &roots {
            counts[r as usize] += 1;
        }
        let mut groups: HashMap<u32, Vec<u32>> = HashMap::new();
        for (doc, &r) in roots.iter().enumerate() {
            if counts[r as usize] > 1 {
                groups.entry(r).or_default().push(doc as u32);
            }
        }
        drop(counts);
        drop(roots);
        let mut groups: Vec<Vec<u32>> = groups.into_values().collect();
        groups.sort_unstable_by_key(|g| g[0]);
        let k = params.sketch;

        let meta = spill.meta_reader()?;
        let mut rep: Vec<u32> = (0..self.docs).collect();
        let mut exact = vec![false; n];
        let mut sizes: HashMap<u32, u32> = HashMap::new();
        let total = groups.iter().map(|g| g.len() as u64).sum::<u64>();
        let mut placed = 0u64;
        let mut slot = vec![0u32; k + 1];
        for group in groups {
            let rows: Vec<MetaRow> = group
                .iter()
                .map(|&d| meta.row(d))
                .collect::<Result<_, _>>()?;
            let mut component = Stored {
                docs: &group,
                rows: &rows,
                sigs: &sigs,
                slot: &mut slot,
            };
            let placements = resolve_component(&mut component, &params)?;
            for (i, p) in placements.iter().enumerate() {
                if p.head != i {
                    rep[group[i] as usize] = group[p.head];
                    exact[group[i] as usize] = p.exact;
                    *sizes.entry(group[p.head]).or_insert(1) += 1;
                }
            }
            placed += group.len() as u64;
            progress(Stage::Clusters, placed, total);
        }
        let mut rep_ids = HashMap::with_capacity(sizes.len());
        for &head in sizes.keys() {
            rep_ids.insert(head, meta.id(head)?);
        }
        Ok(Clusters {
            rep,
            exact,
            sizes,
            rep_ids,
            meta,
            _spill: spill,
        })
    }
}

/// The outcome: for each document number, its cluster.
#[derive(Debug)]
pub struct Clusters {
    rep: Vec<u32>,
    exact: Vec<bool>,
    sizes: HashMap<u32, u32>,
    rep_ids: HashMap<u32, String>,
    meta: store::MetaReader,
    /// Keeps the spill folder (ids, rows) until the clusters are dropped.
    _spill: store::Closed,
}

impl Clusters {
    /// The id document `doc` was pushed with.
    pub fn id(&self, doc: u32) -> Result<String, DedupError> {
        self.meta.id(doc)
    }

    /// The annotation for document `doc` whose own id is `id`.
    pub fn annotation(&self, doc: u32, id: &str) -> DedupInfo {
        let head = self.rep.get(doc as usize).copied().unwrap_or(doc);
        let size = self.sizes.get(&head).copied().unwrap_or(1);
        if head == doc {
            return DedupInfo {
                cluster: id.to_string(),
                size,
                duplicate_of: None,
                kind: None,
            };
        }
        let head_id = self.rep_ids.get(&head).cloned().unwrap_or_default();
        DedupInfo {
            cluster: head_id.clone(),
            size,
            duplicate_of: Some(head_id),
            kind: Some(if self.exact[doc as usize] {
                DupKind::Exact
            } else {
                DupKind::Near
            }),
        }
    }

    /// Whether `doc` is kept (it represents its cluster).
    pub fn is_kept(&self, doc: u32) -> bool {
        self.rep.get(doc as usize).is_none_or(|&r| r == doc)
    }

    /// Clusters with more than one document.
    pub fn clusters(&self) -> usize {
        self.sizes.len()
    }

    /// Removed documents: (exact, near).
    pub fn duplicates(&self) -> (u64, u64) {
        let mut exact = 0;
        let mut near = 0;
        for (doc, &r) in self.rep.iter().enumerate() {
            if r as usize != doc {
                if self.exact[doc] {
                    exact += 1;
                } else {
                    near += 1;
                }
            }
        }
        (exact, near)
    }

    /// Sizes of clusters with more than one document, largest first.
    pub fn cluster_sizes(&self) -> Vec<u32> {
        let mut sizes: Vec<u32> = self.sizes.values().copied().collect();
        sizes.sort_unstable_by(|a, b| b.cmp(a));
        sizes
    }
}

/// Verifies the candidates of one LSH bucket against its "heads": the
/// first documents of the bucket (in input order) that matched no earlier
/// head. The CLI and the Spark job both verify buckets with it, which is
/// what gives them the same candidate pairs.
#[derive(Debug)]
pub struct BucketHeads {
    heads: Vec<(u64, Vec<u32>)>,
    k: usize,
    threshold: f32,
}

impl BucketHeads {
    pub fn new(params: &Params) -> Self {
        Self {
            heads: Vec::with_capacity(MAX_HEADS),
            k: params.sketch,
            threshold: params.threshold,
        }
    }

    /// Starts the next bucket.
    pub fn clear(&mut self) {
        self.heads.clear();
    }

    /// The bucket's next document (ascending document order, each once)
    /// and its bottom-k sketch: the head it duplicates, if any (an edge).
    pub fn offer(&mut self, doc: u64, sketch: &[u32]) -> Option<u64> {
        let matched = self
            .heads
            .iter()
            .find(|(_, head)| sketch_similarity(sketch, head, self.k) >= self.threshold);
        match matched {
            Some(&(head, _)) => Some(head),
            None => {
                if self.heads.len() < MAX_HEADS {
                    self.heads.push((doc, sketch.to_vec()));
                }
                None
            }
        }
    }
}

/// The members of one connected component of verified pairs, as the keep
/// policy sees them; members are numbered `0..len` in input order.
pub trait Component {
    type Error;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// `(date_key(published), chars, input position)`: the earliest date
    /// wins, then the longest text, then the first seen.
    fn rank(&self, member: usize) -> (u64, u64, u64);
    /// The folded-words hash ([`Fingerprint::exact`]).
    fn exact(&self, member: usize) -> u128;
    /// The bottom-k sketch, into `into`.
    fn sketch(&mut self, member: usize, into: &mut Vec<u32>) -> Result<(), Self::Error>;
}

/// Where one member of a component ends up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    /// The member that represents its cluster (itself when kept).
    pub head: usize,
    /// Same folded words as the head.
    pub exact: bool,
}

/// Splits a component into clusters: the best member by the keep policy
/// represents everything that resembles it; what does not (a chain
/// A~B~C with A≁C) is split off and resolved again the same way.
pub fn resolve_component<C: Component>(
    component: &mut C,
    params: &Params,
) -> Result<Vec<Placement>, C::Error> {
    let n = component.len();
    let mut placements: Vec<Placement> = (0..n)
        .map(|head| Placement { head, exact: false })
        .collect();
    let (mut head_sketch, mut sketch) = (Vec::new(), Vec::new());
    let mut pending: Vec<Vec<usize>> = vec![(0..n).collect()];
    while let Some(group) = pending.pop() {
        let Some(&best) = group.iter().min_by_key(|&&i| {
            let (date, chars, order) = component.rank(i);
            (date, std::cmp::Reverse(chars), order)
        }) else {
            continue;
        };
        component.sketch(best, &mut head_sketch)?;
        let head_exact = component.exact(best);
        let mut rest = Vec::new();
        for &i in &group {
            if i == best {
                continue;
            }
            component.sketch(i, &mut sketch)?;
            if sketch_similarity(&sketch, &head_sketch, params.sketch) >= params.threshold {
                placements[i] = Placement {
                    head: best,
                    exact: component.exact(i) == head_exact,
                };
            } else {
                rest.push(i);
            }
        }
        // A lone leftover is a unique document; two or more may still
        // duplicate each other.
        if rest.len() > 1 {
            pending.push(rest);
        }
    }
    Ok(placements)
}

/// A component of a [`Dedup`] run, read from its spill files.
struct Stored<'a> {
    docs: &'a [u32],
    rows: &'a [MetaRow],
    sigs: &'a SigStore,
    slot: &'a mut Vec<u32>,
}

impl Component for Stored<'_> {
    type Error = DedupError;

    fn len(&self) -> usize {
        self.docs.len()
    }

    fn rank(&self, member: usize) -> (u64, u64, u64) {
        let row = &self.rows[member];
        (row.published, row.chars, u64::from(self.docs[member]))
    }

    fn exact(&self, member: usize) -> u128 {
        self.rows[member].exact
    }

    fn sketch(&mut self, member: usize, into: &mut Vec<u32>) -> Result<(), DedupError> {
        self.sigs.get(self.docs[member], self.slot)?;
        into.clear();
        into.extend_from_slice(sketch_of(self.slot));
        Ok(())
    }
}

/// Union-find over document numbers with path halving; the smaller number
/// becomes the root, which keeps it independent of union order.
#[derive(Debug)]
pub struct UnionFind {
    parent: Vec<u32>,
}

impl UnionFind {
    pub fn new(n: usize) -> Self {
        Self {
            parent: (0..n as u32).collect(),
        }
    }

    pub fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let grand = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = grand;
            x = grand;
        }
        x
    }

    pub fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            self.parent[hi as usize] = lo;
        }
    }
}

/// Sortable form of an ISO 8601 date or date-time: its digits up to the
/// seconds (`2024-04-22T10:00` → 20240422100000); a missing or unreadable
/// date sorts last.
pub fn date_key(published: Option<&str>) -> u64 {
    let Some(s) = published else { return u64::MAX };
    let mut key = 0u64;
    let mut digits = 0;
    for c in s.chars() {
        if digits == 14 {
            break;
        }
        match c {
            '0'..='9' => {
                key = key * 10 + u64::from(c as u8 - b'0');
                digits += 1;
            }
            '-' | 'T' | ':' | ' ' if digits > 0 => {}
            _ if digits == 0 => return u64::MAX,
            _ => break,
        }
    }
    if digits < 8 {
        return u64::MAX;
    }
    while digits < 14 {
        key *= 10;
        digits += 1;
    }
    key
}

/// A folder under `dir` (or the system temp folder) for spill files.
pub(crate) fn spill_folder(dir: Option<&Path>) -> io::Result<tempfile::TempDir> {
    let mut builder = tempfile::Builder::new();
    builder.prefix("ghirbal-dedup-");
    match dir {
        Some(dir) => builder.tempdir_in(dir),
        None => builder.tempdir(),
    }
}

/// A stored sketch: its length, then its values.
fn sketch_of(slot: &[u32]) -> &[u32] {
    let len = (slot[0] as usize).min(slot.len() - 1);
    &slot[1..=len]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_keys_sort_like_dates() {
        assert!(date_key(Some("2024-04-22")) < date_key(Some("2024-04-22T10:00:00+03:00")));
        assert!(date_key(Some("2023-12-31T23:59")) < date_key(Some("2024-01-01")));
        assert_eq!(date_key(None), u64::MAX);
        assert_eq!(date_key(Some("Mon, 22 Apr 2024")), u64::MAX);
        assert_eq!(date_key(Some("2024")), u64::MAX);
    }

    /// Sketches as sorted value ranges, with the keep-policy inputs.
    struct Listed {
        rank: Vec<(u64, u64, u64)>,
        sketches: Vec<Vec<u32>>,
    }

    impl Component for Listed {
        type Error = std::convert::Infallible;
        fn len(&self) -> usize {
            self.sketches.len()
        }
        fn rank(&self, member: usize) -> (u64, u64, u64) {
            self.rank[member]
        }
        fn exact(&self, member: usize) -> u128 {
            member as u128
        }
        fn sketch(&mut self, member: usize, into: &mut Vec<u32>) -> Result<(), Self::Error> {
            into.clone_from(&self.sketches[member]);
            Ok(())
        }
    }

    #[test]
    fn a_chain_is_split_where_it_stops_resembling_the_head() {
        // A~B (0.67), B~C (0.5), A≁C (0.25); A is published first.
        let (a, b, c): (Vec<u32>, Vec<u32>, Vec<u32>) = (
            (1..=100).collect(),
            (1..=150).collect(),
            (51..=200).collect(),
        );
        let params = Params::default();
        let mut heads = BucketHeads::new(&params);
        assert_eq!(heads.offer(0, &a), None);
        assert_eq!(heads.offer(1, &b), Some(0));
        assert_eq!(
            heads.offer(2, &c),
            None,
            "C is no copy of A: it becomes a head"
        );
        let mut component = Listed {
            rank: vec![(20240101, 100, 0), (20240102, 150, 1), (20240103, 150, 2)],
            sketches: vec![a, b, c],
        };
        let placed = resolve_component(&mut component, &params).unwrap();
        let heads: Vec<usize> = placed.iter().map(|p| p.head).collect();
        assert_eq!(heads, [0, 0, 2], "B joins A; C, unlike A, stays on its own");
        // Undated, the longest wins: B, which both A and C resemble.
        component.rank = vec![(u64::MAX, 100, 0), (u64::MAX, 150, 1), (u64::MAX, 150, 2)];
        let placed = resolve_component(&mut component, &params).unwrap();
        let heads: Vec<usize> = placed.iter().map(|p| p.head).collect();
        assert_eq!(heads, [1, 1, 1]);
        assert!(placed.iter().all(|p| !p.exact));
    }

    #[test]
    fn union_find_roots_at_the_smallest() {
        let mut uf = UnionFind::new(6);
        uf.union(4, 5);
        uf.union(5, 2);
        uf.union(0, 1);
        assert_eq!(uf.find(4), 2);
        assert_eq!(uf.find(1), 0);
        assert_eq!(uf.find(3), 3);
    }
}
