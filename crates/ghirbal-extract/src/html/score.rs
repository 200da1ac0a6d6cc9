//! Where the story is: the smallest subtree holding most of the page's
//! prose.
//!
//! Every block that reads like prose (enough unlinked text, or punctuation
//! that ends clauses) gives its unlinked length as *mass* to its owner, and
//! mass is summed up the tree in one bottom-up pass. The container is found
//! by walking down from `<body>`: as long as one child holds most of the
//! current node's mass, step into it. A story split by an advert stays whole
//! (no child dominates its parent), a sidebar of teasers gives little mass
//! (its text is links), and the walk is linear in the tree's size however
//! deep the tree is.

use super::blocks::{Kind, TextBlock};
use super::clean::Stats;
use super::tree::{Dom, Tag, NIL};

/// Share of the current node's mass a child must hold for the walk to step
/// into it.
const DOMINANT: f32 = 0.7;

/// The mass a block gives its owner: its unlinked text when it reads like
/// prose, nothing when it reads like a label, a menu or a headline.
pub(crate) fn mass(b: &TextBlock, links_count: bool) -> f32 {
    if links_count {
        // Headlines are what a listing lists.
        return if b.chars < 10 { 0.0 } else { b.chars as f32 };
    }
    if matches!(b.kind, Kind::Heading(_)) {
        return 0.0;
    }
    let ld = b.link_density();
    if ld > 0.5 {
        return 0.0;
    }
    let unlinked = (b.chars - b.link_chars.min(b.chars)) as f32;
    if b.chars < 25 || (b.chars < 60 && b.punct == 0) {
        return 0.0;
    }
    let weight = match b.kind {
        Kind::Item | Kind::Table => 0.6,
        _ => 1.0,
    };
    unlinked * weight * (1.0 - ld)
}

/// Mass per node: `(own, subtree)`, where `own` is what the node's own
/// blocks give (text written straight into it).
pub(crate) fn masses(
    dom: &Dom,
    stats: &Stats,
    blocks: &[TextBlock],
    links_count: bool,
) -> (Vec<f32>, Vec<f32>) {
    let mut m = vec![0f32; dom.len()];
    for b in blocks {
        if b.owner != NIL {
            m[b.owner as usize] += mass(b, links_count);
        }
    }
    let own = m.clone();
    for &id in stats.order.iter().rev() {
        let parent = dom.node(id).parent;
        if parent != NIL && m[id as usize] > 0.0 {
            m[parent as usize] += m[id as usize];
        }
    }
    (own, m)
}

/// The container: start at `root` and step into a child while one holds
/// `DOMINANT` of the mass. Also returns the nodes stepped through.
pub(crate) fn container(dom: &Dom, stats: &Stats, masses: &[f32], root: u32) -> (u32, Vec<u32>) {
    let mut x = root;
    let mut chain = Vec::new();
    loop {
        let total = masses[x as usize];
        if total <= 0.0 {
            return (x, chain);
        }
        let mut best = NIL;
        let mut best_mass = 0.0;
        for c in dom.children(x) {
            let m = masses[c as usize];
            if m > best_mass {
                best = c;
                best_mass = m;
            }
        }
        if best == NIL || best_mass < DOMINANT * total {
            return (x, chain);
        }
        // A story cut into boxes of one kind (`div.text-block` after
        // `div.text-block`, one `<section>` per chapter): the longest box
        // may hold most of the text, but its siblings of the same kind are
        // the story too.
        if has_kin(dom, stats, masses, x, best) {
            return (x, chain);
        }
        chain.push(x);
        x = best;
    }
}

/// Prose a sibling box of `best`'s kind (same tag, same class) must hold to
/// count as more of the story.
const KIN_MASS: f32 = 80.0;

/// Whether a child of `parent` other than `best` is a box of the same kind
/// holding prose.
fn has_kin(dom: &Dom, stats: &Stats, masses: &[f32], parent: u32, best: u32) -> bool {
    let (Some(tag), class) = (dom.tag(best), dom.attr(best, "class").unwrap_or("")) else {
        return false;
    };
    if matches!(tag, Tag::P | Tag::Li | Tag::Td | Tag::Tr | Tag::Other) {
        return false;
    }
    // Bare `<div>`s are any kind of box; `<section>`s and `<article>`s
    // are chapters even without a class.
    if class.trim().is_empty() && !matches!(tag, Tag::Section | Tag::Article) {
        return false;
    }
    dom.children(parent).any(|c| {
        c != best
            && masses[c as usize] >= KIN_MASS
            && dom.tag(c) == Some(tag)
            && dom.attr(c, "class").unwrap_or("") == class
            && stats.link_density(c) < 0.3
    })
}

/// Paragraphs the walk stepped away from: siblings of the container (or of
/// its near ancestors) that are prose written straight into one element
/// (the lede before a `read-all` wrapper, the free paragraphs before a
/// paywall box), as opposed to boxes of their own.
pub(crate) fn stray_paragraphs(
    dom: &Dom,
    stats: &Stats,
    own: &[f32],
    total: &[f32],
    chain: &[u32],
    container: u32,
) -> Vec<u32> {
    let mut out = Vec::new();
    let mut inner = container;
    for &x in chain.iter().rev().take(3) {
        for c in dom.children(x) {
            if c == inner {
                continue;
            }
            let (o, t) = (own[c as usize], total[c as usize]);
            let leafish = t > 0.0 && o >= 0.9 * t;
            if leafish && stats.link_density(c) < 0.3 {
                out.push(c);
            } else if matches!(dom.tag(c), Some(Tag::H(2..=4))) && stats.chars[c as usize] < 200 {
                // A subheading among them.
                out.push(c);
            }
        }
        inner = x;
    }
    out
}

/// When the container is a single `<p>`-like element whose parent holds
/// sibling prose too (a story of one long paragraph among short ones),
/// widen to the parent.
pub(crate) fn widen(dom: &Dom, masses: &[f32], container: u32, root: u32) -> u32 {
    let mut x = container;
    while x != root {
        let leafish = matches!(
            dom.tag(x),
            Some(Tag::P | Tag::Li | Tag::Blockquote | Tag::Pre | Tag::H(_) | Tag::Td)
        );
        if !leafish {
            break;
        }
        let parent = dom.node(x).parent;
        if parent == NIL {
            break;
        }
        x = parent;
    }
    let _ = masses;
    x
}
