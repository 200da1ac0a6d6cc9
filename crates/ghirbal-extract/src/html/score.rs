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

use std::collections::HashMap;

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
    let teaser = if links_count {
        Vec::new()
    } else {
        teasers(dom, stats)
    };
    for b in blocks {
        if b.owner != NIL && !teaser.get(b.owner as usize).copied().unwrap_or(false) {
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

/// Longest unlinked text of a teaser: a headline's standfirst, not a story.
const TEASER_TEXT: u32 = 400;

/// Shortest link that reads as a headline rather than a name or a label
/// (a forum post opens with its author's linked name).
const HEADLINE: u32 = 12;

/// Nodes inside teaser cards: runs of three or more sibling boxes of one
/// kind (same tag, same class), most of which open with a linked headline
/// (the first text is a link of headline length, or a heading is linked)
/// followed by a little text.
/// Their text is another story's summary: a "More from" rail beside the
/// article gives no mass, however well its summaries read.
pub(crate) fn teasers(dom: &Dom, stats: &Stats) -> Vec<bool> {
    let n = dom.len();
    // The length of the link a subtree opens with (0 when its first text
    // is not linked), and whether it holds a linked heading.
    let mut opening_link = vec![0u32; n];
    let mut linked_heading = vec![false; n];
    for &id in stats.order.iter().rev() {
        let Some(tag) = dom.tag(id) else { continue };
        if dom.is_link(id) {
            opening_link[id as usize] = stats.chars[id as usize];
            continue;
        }
        if matches!(tag, Tag::H(_)) && stats.link_density(id) >= 0.5 {
            linked_heading[id as usize] = true;
        }
        let mut first = true;
        for c in dom.children(id) {
            if stats.chars[c as usize] == 0 || dom.tag(c).is_some_and(Tag::is_invisible) {
                continue;
            }
            if first {
                opening_link[id as usize] = opening_link[c as usize];
                first = false;
            }
            if linked_heading[c as usize] {
                linked_heading[id as usize] = true;
            }
        }
    }
    let is_card = |c: u32| {
        let (chars, links) = (stats.chars[c as usize], stats.link_chars[c as usize]);
        links >= 15
            && chars - links.min(chars) < TEASER_TEXT
            && (opening_link[c as usize] >= HEADLINE || linked_heading[c as usize])
    };
    let mut card = vec![false; n];
    let mut kids: Vec<u32> = Vec::new();
    // (tag, class) → (boxes, cards among them), per parent.
    let mut groups: HashMap<(Option<Tag>, &str), (usize, usize)> = HashMap::new();
    for &p in &stats.order {
        if dom.element(p).is_none() {
            continue;
        }
        kids.clear();
        kids.extend(dom.children(p).filter(|&c| {
            stats.chars[c as usize] > 0
                && dom
                    .tag(c)
                    .is_some_and(|t| !matches!(t, Tag::P | Tag::Other) && t.is_block())
        }));
        if kids.len() < 3 {
            continue;
        }
        groups.clear();
        for &c in &kids {
            let key = (dom.tag(c), dom.attr(c, "class").unwrap_or(""));
            let g = groups.entry(key).or_default();
            g.0 += 1;
            if is_card(c) {
                g.1 += 1;
            }
        }
        for &c in &kids {
            let key = (dom.tag(c), dom.attr(c, "class").unwrap_or(""));
            if let Some(&(total, cards)) = groups.get(&key) {
                if total >= 3 && cards * 3 >= total * 2 {
                    card[c as usize] = true;
                }
            }
        }
    }
    // Inside a card is a card.
    for &id in &stats.order {
        let parent = dom.node(id).parent;
        if parent != NIL && card[parent as usize] {
            card[id as usize] = true;
        }
    }
    card
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
