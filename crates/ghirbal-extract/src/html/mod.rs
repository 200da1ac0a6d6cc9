//! HTML extraction: a page's markup in, the article out.
//!
//! One parse (html5ever into a flat arena, `tree.rs`), then linear passes:
//!
//! 1. `clean::Stats`: visible and linked text per subtree, bottom-up.
//! 2. `meta::gather`: `<meta>`, JSON-LD, `<title>`, `<h1>`s, `<time>`s.
//! 3. `blocks::segment`: the visible text cut into blocks (paragraphs, list
//!    items, headings, quotes, tables) with furniture subtrees left out
//!    (`clean::judge`: hidden boxes, furniture names, weighed against the
//!    share of the page's text they hold).
//! 4. `score`: the container, the smallest subtree holding most prose;
//!    teaser cards (runs of look-alike boxes opening with a linked headline)
//!    give no weight, and a story cut into boxes of one kind stays whole.
//! 5. Here: prose between the printed headline and the container (an intro
//!    in the story's header) joins it; when the page folded text away inside
//!    the container (accordions, tabs, slides) the page is segmented once
//!    more with those folds open; the container's blocks are read once more
//!    with the label lexicon (bylines, sources, dates, related-story and
//!    comment labels, labels left after the last sentence), and metadata
//!    sources are reconciled (title, dates, authors, lede).
//!
//! With `Options::explain`, every block and every furniture subtree gets a
//! class and a reason (`Extraction::explain`, `line` numbering them in page
//! order).

mod blocks;
mod clean;
mod images;
mod meta;
mod score;
mod text;
mod tree;

use crate::lexicon;
use crate::limits::{Clock, LimitExceeded};

use ghirbal_arabic::agencies::{
    agency_code, find_agencies, parse_dateline, sources_label, split_sources,
};
use ghirbal_arabic::dates::{find_dates, Calendar, DateMatch};
use ghirbal_arabic::script::{count, ends_with_sentence_punct};
use ghirbal_arabic::{normalize, normalize_block, search_key};
use ghirbal_record::{record_id, Article, Block, BlockKind, SourceFormat};

use crate::dump::{Extraction, LineClass, LineExplanation, Options};
use blocks::{collect_text, Kind, TextBlock};
use clean::{Furniture, Stats};
use meta::{iso_date, split_list, url_date, Meta};
use tree::{Dom, Tag, DOCUMENT, NIL};

/// Pages are cut here: past it the work would no longer be bounded, and no
/// real article needs more.
const MAX_BYTES: usize = 16 << 20;

/// Below this much prose mass a page is read as a page of links.
const LITTLE_PROSE: f32 = 300.0;

/// Extracts the article from an HTML page. `input` is the record's label
/// (`path` or `path#offset`); `url` is where the page came from, if known.
/// A page nesting deeper than `options.max_depth` is cut there, with a
/// warning; `options.time_limit` is not applied (see [`try_extract_html`]).
pub fn extract_html(input: &str, html: &str, url: Option<&str>, options: &Options) -> Extraction {
    match extract(input, html, url, options, Clock::unlimited(), false) {
        Ok(extraction) => extraction,
        Err(never) => unreachable!("an unlimited extraction failed: {never}"),
    }
}

/// [`extract_html`] for untrusted pages: a page nesting deeper than
/// `options.max_depth`, or still being read after `options.time_limit`,
/// fails with the limit it went past.
pub fn try_extract_html(
    input: &str,
    html: &str,
    url: Option<&str>,
    options: &Options,
) -> Result<Extraction, LimitExceeded> {
    extract(
        input,
        html,
        url,
        options,
        Clock::start(options.time_limit),
        true,
    )
}

fn extract(
    input: &str,
    html: &str,
    url: Option<&str>,
    options: &Options,
    clock: Clock,
    strict: bool,
) -> Result<Extraction, LimitExceeded> {
    let mut article = Article {
        id: record_id(input, html.as_bytes()),
        input: input.to_string(),
        url: url.map(str::to_string),
        source_format: SourceFormat::Html,
        ..Article::default()
    };
    let mut page = html;
    if page.len() > MAX_BYTES {
        let mut cut = MAX_BYTES;
        while !page.is_char_boundary(cut) {
            cut -= 1;
        }
        page = &page[..cut];
        article.warnings.push(format!(
            "truncated: page of {} bytes cut to {} before parsing",
            html.len(),
            cut
        ));
    }
    let max_depth = options.max_depth;
    if let Some(cut) = tree::depth_cut(page, max_depth) {
        if strict {
            return Err(LimitExceeded::Depth { limit: max_depth });
        }
        page = &page[..cut];
        article.warnings.push(format!(
            "truncated: elements nest deeper than {max_depth}; page cut at byte {cut}"
        ));
    }
    let dom = Dom::parse_within(page, &clock)?;
    clock.check()?;
    let mut b = Builder::new(&dom, article);
    b.explain = options.explain;
    b.clock = clock;
    Ok(b.run()?.finish())
}

/// What `Builder::label` made of a block.
#[derive(Debug, Clone, Copy)]
enum Label {
    Keep,
    /// Left out (with the blocks the label took along).
    Drop(LineClass, &'static str),
    /// Left out with everything after it.
    Stop(LineClass, &'static str),
}

/// A candidate body block after normalization.
#[derive(Debug, Clone)]
struct Cand {
    /// Index of the block in the page's segments.
    idx: u32,
    kind: Kind,
    owner: u32,
    text: String,
    chars: u32,
    link_chars: u32,
}

impl Cand {
    fn ld(&self) -> f32 {
        self.link_chars as f32 / self.chars.max(1) as f32
    }
    fn prose(&self) -> bool {
        self.chars >= 80 || (self.chars >= 30 && ends_with_sentence_punct(&self.text))
    }
}

struct Builder<'a> {
    dom: &'a Dom,
    stats: Stats,
    meta: Meta,
    a: Article,
    root: u32,
    container: u32,
    /// Where the story's own furniture (title, byline, hero image) lives:
    /// the container and what encloses it up to the title.
    scope: u32,
    title_h1: u32,
    furniture: Vec<(u32, Furniture)>,
    published_text: Option<String>,
    modified_text: Option<String>,
    body_authors: Vec<String>,
    tags: Vec<String>,
    page_type: &'static str,
    links_are_content: bool,
    /// Prose siblings of the container that belong with it.
    strays: Vec<u32>,
    /// `Options::explain`: keep a class and a reason for every block.
    explain: bool,
    /// `(page position, block index, explanation)`.
    explained: Vec<(u32, u32, LineExplanation)>,
    clock: Clock,
}

impl<'a> Builder<'a> {
    fn new(dom: &'a Dom, a: Article) -> Self {
        let stats = Stats::compute(dom);
        let meta = meta::gather(dom);
        let root = dom
            .find_top(Tag::Body)
            .or_else(|| dom.find_top(Tag::Html))
            .unwrap_or(DOCUMENT);
        Builder {
            dom,
            stats,
            meta,
            a,
            root,
            container: root,
            scope: root,
            title_h1: NIL,
            furniture: Vec::new(),
            published_text: None,
            modified_text: None,
            body_authors: Vec::new(),
            tags: Vec::new(),
            page_type: "other",
            links_are_content: false,
            strays: Vec::new(),
            explain: false,
            explained: Vec::new(),
            clock: Clock::unlimited(),
        }
    }

    fn run(mut self) -> Result<Self, LimitExceeded> {
        self.clock.check()?;
        let mut seg = blocks::segment(self.dom, &self.stats, self.root, self.is_forum(), NIL);
        self.clock.check()?;
        let (mut own, mut masses) = score::masses(self.dom, &self.stats, &seg.blocks, false);
        if masses[self.root as usize] < LITTLE_PROSE {
            // A page of links and labels (a listing, a catalogue): its
            // main content is its largest region of text, links included.
            self.links_are_content = true;
            (own, masses) = score::masses(self.dom, &self.stats, &seg.blocks, true);
        }
        let (c, chain) = score::container(self.dom, &self.stats, &masses, self.root);
        self.container = score::widen(self.dom, &masses, c, self.root);
        if self.container == c {
            self.strays = score::stray_paragraphs(self.dom, &self.stats, &own, &masses, &chain, c);
        }
        // Text the page folded away inside the story (accordion panels,
        // tabs, slides) is read on a second pass over the page.
        let folded = seg.furniture.iter().any(|&(id, f)| {
            f == Furniture::Hidden
                && id != self.container
                && self.stats.contains(self.container, id)
                && clean::folded_content(self.dom, &self.stats, id)
        });
        if folded && !self.links_are_content {
            seg = blocks::segment(
                self.dom,
                &self.stats,
                self.root,
                self.is_forum(),
                self.container,
            );
        }
        self.clock.check()?;
        self.furniture = seg.furniture;
        self.note_furniture();
        self.site_and_url();
        self.title();
        self.scope = self.scope_of();
        self.ledes(&seg.blocks);
        self.clock.check()?;
        let cands = self.candidates(&seg.blocks);
        self.clock.check()?;
        let cands = self.read_labels(&cands);
        let cands = self.summary(cands);
        self.clock.check()?;
        self.body(&cands);
        self.dateline();
        self.images();
        self.dates();
        self.authors();
        self.tag_list();
        self.lang();
        self.page_type(&masses);
        self.clock.check()?;
        Ok(self)
    }

    fn is_forum(&self) -> bool {
        self.meta
            .ld
            .all_types
            .iter()
            .any(|t| matches!(t.as_str(), "DiscussionForumPosting" | "QAPage" | "Question"))
    }

    fn finish(mut self) -> Extraction {
        self.a.rebuild_text();
        if self.a.blocks.is_empty() {
            let why = if self.stats.chars[self.root as usize] == 0 {
                "the page has no visible text"
            } else if self.container == self.root {
                "no block of the page reads as prose"
            } else {
                "every block of the main content was furniture"
            };
            self.a.warnings.push(format!("no-body: {why}"));
        }
        if self.a.title.is_none() {
            self.a
                .warnings
                .push("no-title: no <title>, og:title, headline or <h1>".to_string());
        }
        if self.page_type != "article" && !self.a.blocks.is_empty() {
            self.a
                .warnings
                .push(format!("page-type: {} (main content kept)", self.page_type));
        }
        self.explained.sort_by_key(|(pos, idx, _)| (*pos, *idx));
        let explain = self
            .explained
            .into_iter()
            .enumerate()
            .map(|(n, (_, _, mut e))| {
                e.line = n + 1;
                e
            })
            .collect();
        Extraction {
            article: self.a,
            explain,
        }
    }

    // ------------------------------------------------------------ site, url

    fn site_and_url(&mut self) {
        let m = &self.meta;
        if self.a.url.is_none() {
            self.a.url = [&m.canonical, &m.og_url]
                .into_iter()
                .flatten()
                .find(|u| u.starts_with("http://") || u.starts_with("https://"))
                .cloned();
        }
        let site = m
            .site_name
            .clone()
            .or_else(|| m.ld.publisher.clone())
            .or_else(|| m.app_name.clone())
            .map(|s| norm(&s))
            .filter(|s| !s.is_empty())
            .or_else(|| {
                self.a
                    .url
                    .as_deref()
                    .and_then(meta::host)
                    .map(str::to_string)
            });
        self.a.site = site;
    }

    // ---------------------------------------------------------------- title

    fn title(&mut self) {
        let m = &self.meta;
        let site = self.a.site.clone();
        let candidates: Vec<String> = [&m.ld.headline, &m.og_title, &m.twitter_title, &m.title_tag]
            .into_iter()
            .flatten()
            .map(|t| norm(t))
            .filter(|t| !t.is_empty())
            .collect();
        // An <h1> that one of the other sources confirms is the headline as
        // printed; the others may carry a site name or be shortened.
        // Every visible `<h1>`, the ones in furniture too: a headline that
        // the metadata confirms is the title even inside a `<header>` box
        // left out as furniture. Unconfirmed, only those outside furniture.
        let all_h1s: Vec<(u32, String)> =
            m.h1.iter()
                .filter(|&&h| !self.in_hidden(h))
                .map(|&h| (h, norm(&collect_text(self.dom, h))))
                .filter(|(_, t)| !t.is_empty() && t.chars().count() < 400)
                .collect();
        let h1s: Vec<(u32, String)> = all_h1s
            .iter()
            .filter(|(h, _)| !self.in_skipped(*h))
            .cloned()
            .collect();
        let cand_keys: Vec<String> = candidates
            .iter()
            .flat_map(|c| {
                let mut v = vec![search_key(c)];
                v.extend(segments(c).iter().map(|s| search_key(s)));
                v
            })
            .collect();
        // A headline inside furniture must match a whole title source, not
        // one of its parts (the site name after a `|`).
        let whole_keys: Vec<String> = candidates.iter().map(|c| search_key(c)).collect();
        let confirmed = all_h1s.iter().find(|(h, t)| {
            let k = search_key(t);
            let keys = if self.in_skipped(*h) {
                &whole_keys
            } else {
                &cand_keys
            };
            k.chars().count() >= 4
                && keys
                    .iter()
                    .any(|c| *c == k || (c.starts_with(&k) && k.len() * 2 > c.len()))
        });
        let title = if let Some((h, t)) = confirmed {
            self.title_h1 = *h;
            Some(t.clone())
        } else if let Some(h) = &m.ld.headline {
            Some(norm(h))
        } else if let Some(t) = m.og_title.as_deref().or(m.twitter_title.as_deref()) {
            Some(strip_site(&norm(t), site.as_deref()))
        } else if let Some((h, t)) = self.nearest_h1(&h1s) {
            self.title_h1 = h;
            Some(t)
        } else {
            m.title_tag
                .as_deref()
                .map(|t| strip_site(&norm(t), site.as_deref()))
        };
        if self.title_h1 == NIL {
            if let Some(t) = &title {
                let k = search_key(t);
                if let Some((h, _)) = all_h1s.iter().find(|(_, x)| search_key(x) == k) {
                    self.title_h1 = *h;
                }
            }
        }
        self.a.title = title.filter(|t| !t.is_empty());
    }

    /// The `<h1>` closest before (or first inside) the container.
    fn nearest_h1(&self, h1s: &[(u32, String)]) -> Option<(u32, String)> {
        let cpos = self.stats.pos[self.container as usize];
        let inside = h1s
            .iter()
            .find(|(h, _)| self.stats.contains(self.container, *h));
        let before = h1s
            .iter()
            .rfind(|(h, _)| self.stats.pos[*h as usize] < cpos);
        inside.or(before).or(h1s.first()).cloned()
    }

    /// Inside a subtree the page hides.
    fn in_hidden(&self, id: u32) -> bool {
        self.furniture
            .iter()
            .any(|(f, kind)| *kind == Furniture::Hidden && self.stats.contains(*f, id))
    }

    fn in_skipped(&self, id: u32) -> bool {
        self.furniture
            .iter()
            .any(|(f, kind)| !matches!(kind, Furniture::Caption) && self.stats.contains(*f, id))
    }

    /// The lowest common ancestor of the container and the title's `<h1>`,
    /// unless that is the whole page.
    fn scope_of(&self) -> u32 {
        self.scope_with(self.title_h1)
    }

    /// The lowest common ancestor of the container and `h1`, unless that is
    /// the whole page.
    fn scope_with(&self, h1: u32) -> u32 {
        if h1 == NIL {
            return self.container;
        }
        let mut x = self.container;
        while x != NIL && !self.stats.contains(x, h1) {
            x = self.dom.node(x).parent;
        }
        if x == NIL || x == self.root || x == DOCUMENT || self.dom.tag(x) == Some(Tag::Html) {
            self.container
        } else {
            x
        }
    }

    // --------------------------------------------------------------- blocks

    /// Prose between the title and the container, inside the story's
    /// scope: the intro or standfirst printed in the story's header (`<p
    /// class=intro>` under the `<h1>`, a deck in an `<h2>`), which the walk
    /// to the container left behind with the header.
    fn ledes(&mut self, blocks: &[TextBlock]) {
        // The title's `<h1>`, else the last heading before the container
        // that prints the title (sites that keep `<h1>` for their logo or
        // breadcrumbs), else the last `<h1>` before it (a headline printed
        // with a kicker the metadata leaves out).
        let cpos = self.stats.pos[self.container as usize];
        let title = self.a.title.clone().unwrap_or_default();
        let heading = || {
            if title.is_empty() {
                return None;
            }
            // Headings before the container, furniture included (a hero
            // banner's `<h2>`), nearest first.
            self.stats.order[..cpos as usize]
                .iter()
                .rev()
                .copied()
                .filter(|&h| {
                    matches!(self.dom.tag(h), Some(Tag::H(1..=3)))
                        && (1..400).contains(&self.stats.chars[h as usize])
                        && !self.in_hidden(h)
                })
                .take(32)
                .find(|&h| similar(&collect_text(self.dom, h), &title))
        };
        let h1 = if self.title_h1 != NIL {
            self.title_h1
        } else if let Some(h) = heading() {
            h
        } else {
            self.meta
                .h1
                .iter()
                .copied()
                .rfind(|&h| self.stats.pos[h as usize] < cpos && !self.in_skipped(h))
                .unwrap_or(NIL)
        };
        let scope = self.scope_with(h1);
        if h1 == NIL || scope == self.container || self.links_are_content {
            return;
        }
        let after = self.stats.end[h1 as usize];
        let before = self.stats.pos[self.container as usize];
        if after >= before {
            return;
        }
        for b in blocks {
            if b.owner == NIL {
                continue;
            }
            let pos = self.stats.pos[b.owner as usize];
            if pos <= after || pos >= before || !self.stats.contains(scope, b.owner) {
                continue;
            }
            let prose = b.link_density() < 0.3
                && match b.kind {
                    Kind::Heading(_) => b.chars >= 60,
                    Kind::Paragraph => score::mass(b, false) > 0.0,
                    _ => false,
                };
            // The block is its element's text (or a line of a `<p>`), not a
            // line of a box that holds a byline and a date too.
            let own = self.stats.chars[b.owner as usize];
            if prose
                && (own <= b.chars + b.chars / 4 || self.dom.tag(b.owner) == Some(Tag::P))
                && !self.strays.contains(&b.owner)
                && !self.beside_image(b.owner, b.chars, scope)
            {
                self.strays.push(b.owner);
            }
        }
    }

    /// Whether the `<img>` `img` inside `within` is a photo rather than an
    /// icon: not an SVG, not drawn small, and not the picture of a link that
    /// goes elsewhere than to the image itself (a share button).
    fn is_photo(&self, img: u32, within: u32) -> bool {
        let dom = self.dom;
        let src = dom
            .attr(img, "src")
            .or_else(|| dom.attr(img, "data-src"))
            .unwrap_or("");
        if src.to_ascii_lowercase().ends_with(".svg") {
            return false;
        }
        let small = |name: &str| {
            dom.attr(img, name)
                .and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok())
                .is_some_and(|n| n <= 50)
        };
        if small("width") || small("height") {
            return false;
        }
        let mut x = dom.node(img).parent;
        while x != NIL && x != within {
            if dom.is_link(x) {
                let href = dom.attr(x, "href").unwrap_or("").to_ascii_lowercase();
                let href = href.split(['?', '#']).next().unwrap_or("");
                return [".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"]
                    .iter()
                    .any(|e| href.ends_with(e));
            }
            x = dom.node(x).parent;
        }
        true
    }

    /// Whether `id` (with `chars` of text) shares a small box with an
    /// image: a photo's caption written as a plain paragraph.
    fn beside_image(&self, id: u32, chars: u32, scope: u32) -> bool {
        let mut x = id;
        while x != NIL && x != scope && self.stats.chars[x as usize] <= chars + chars / 2 {
            if self.dom.descendants(x).any(|d| match self.dom.tag(d) {
                Some(Tag::Picture | Tag::Figure) => true,
                Some(Tag::Img) => self.is_photo(d, x),
                _ => false,
            }) {
                return true;
            }
            x = self.dom.node(x).parent;
        }
        false
    }

    /// The container's blocks, normalized, without link lists.
    fn candidates(&mut self, blocks: &[TextBlock]) -> Vec<Cand> {
        let mut inside: Vec<(usize, &TextBlock)> = Vec::with_capacity(blocks.len());
        for (k, b) in blocks.iter().enumerate() {
            if b.owner != NIL
                && (self.stats.contains(self.container, b.owner)
                    || self.strays.iter().any(|&s| self.stats.contains(s, b.owner)))
            {
                inside.push((k, b));
            } else if self.explain {
                self.note(
                    &cand(k, b),
                    LineClass::Chrome,
                    "outside the story's container",
                );
            }
        }
        let mut out: Vec<Cand> = Vec::with_capacity(inside.len());
        let mut i = 0;
        while i < inside.len() {
            let (k, b) = inside[i];
            if b.kind == Kind::Item {
                // A list is judged whole: a list of links is navigation.
                let mut j = i;
                let (mut chars, mut links) = (0, 0);
                while j < inside.len()
                    && inside[j].1.kind == Kind::Item
                    && inside[j].1.group == b.group
                {
                    chars += inside[j].1.chars;
                    links += inside[j].1.link_chars;
                    j += 1;
                }
                let ld = links as f32 / chars.max(1) as f32;
                let keep = ld <= 0.5 || self.links_are_content;
                for &(k, item) in &inside[i..j] {
                    if keep {
                        out.push(cand(k, item));
                    } else if self.explain {
                        self.note(&cand(k, item), LineClass::Chrome, "list of links");
                    }
                }
                i = j;
                continue;
            }
            i += 1;
            // Markup shown as text: a `<noscript>` pixel read as rawtext.
            if b.text.starts_with('<') && b.text.contains("=\"") {
                if self.explain {
                    self.note(&cand(k, b), LineClass::Chrome, "markup shown as text");
                }
                continue;
            }
            let keep = self.links_are_content
                || match b.kind {
                    Kind::Heading(_) => b.link_density() < 0.6,
                    _ => b.link_density() <= 0.5 || linked_sentence(b),
                };
            if keep {
                out.push(cand(k, b));
            } else if self.explain {
                self.note(&cand(k, b), LineClass::Chrome, "mostly links");
            }
        }
        out.retain(|c| !c.text.is_empty());
        out
    }

    /// Reads labels and chrome lines: bylines, sources, tags, dates,
    /// related-story and comment sections, share bars.
    fn read_labels(&mut self, cands: &[Cand]) -> Vec<Cand> {
        let title_key = self.a.title.as_deref().map(search_key).unwrap_or_default();
        let mut out: Vec<Cand> = Vec::with_capacity(cands.len());
        let mut i = 0;
        let mut seen_prose = false;
        while i < cands.len() {
            let at = i;
            let c = &cands[i];
            i += 1;
            match self.label(cands, &mut i, seen_prose, &title_key) {
                Label::Keep => {
                    if c.prose() && !matches!(c.kind, Kind::Heading(_)) {
                        seen_prose = true;
                    }
                    out.push(c.clone());
                }
                Label::Drop(class, why) => {
                    for c in &cands[at..i] {
                        self.note(c, class, why);
                    }
                }
                Label::Stop(class, why) => {
                    for c in &cands[at..] {
                        self.note(c, class, why);
                    }
                    break;
                }
            }
        }
        // Headings left dangling at the end (a related box's title) are not
        // the story's, and neither are the short label lines after its last
        // sentence (`Contact:`, `Read more`, a box title over links).
        let prose_at = out
            .iter()
            .rposition(|c| c.prose() && !matches!(c.kind, Kind::Heading(_)));
        if let Some(last) = prose_at {
            while out.len() > last + 1
                && out.last().is_some_and(|c| {
                    matches!(c.kind, Kind::Heading(_))
                        || (c.kind == Kind::Paragraph
                            && c.chars < 60
                            && !ends_with_sentence_punct(&c.text)
                            && !c.text.ends_with(['。', '！', '？']))
                })
            {
                if let Some(c) = out.pop() {
                    self.note(&c, LineClass::Related, "label left after the story");
                }
            }
        }
        let has_text = out.iter().any(|c| !matches!(c.kind, Kind::Heading(_)));
        while has_text
            && out
                .last()
                .is_some_and(|c| matches!(c.kind, Kind::Heading(_)))
        {
            if let Some(c) = out.pop() {
                self.note(&c, LineClass::Related, "heading left at the end");
            }
        }
        out
    }

    /// What the block `cands[*i - 1]` is; moves `*i` past the blocks a
    /// label takes with it (the headlines under `Related`, a sources list
    /// on the next line).
    fn label(&mut self, cands: &[Cand], i: &mut usize, seen_prose: bool, title_key: &str) -> Label {
        let c = &cands[*i - 1];
        let short = c.chars < 120;
        let key = if c.chars < 300 {
            search_key(&c.text)
        } else {
            String::new()
        };
        if !key.is_empty() && key == title_key {
            return Label::Drop(LineClass::TitleRepeat, "the title again");
        }
        if c.chars < 600 && is_comment_policy(&key) {
            return Label::Stop(LineClass::Comments, "comment policy notice");
        }
        if !short {
            return Label::Keep;
        }
        if c.chars < 40 && lexicon::is_label(&key, lexicon::COMMENTS) || comments_count_label(&key)
        {
            // On a forum or Q&A page the posts after it are the content.
            if self.is_forum() {
                return Label::Drop(LineClass::Comments, "comments label");
            }
            return Label::Stop(LineClass::Comments, "comments label");
        }
        if c.chars < 50 && lexicon::is_label(&key, lexicon::RELATED) {
            // The label and the headlines under it.
            while *i < cands.len() {
                let n = &cands[*i];
                let headline = n.ld() > 0.3
                    || (!n.prose() && n.chars < 150 && !matches!(n.kind, Kind::Heading(_)))
                    || (n.kind == Kind::Item && n.link_chars > 0);
                if !headline {
                    break;
                }
                *i += 1;
            }
            return Label::Drop(LineClass::Related, "related label and its headlines");
        }
        if lexicon::starts_with_label(&key, lexicon::RELATED).is_some() && c.ld() > 0.3 {
            return Label::Drop(LineClass::Related, "related link");
        }
        if let Some(rest) = sources_label(&c.text) {
            let mut list = rest.to_string();
            if list.is_empty() && *i < cands.len() && cands[*i].chars < 100 {
                list = cands[*i].text.clone();
                *i += 1;
            }
            for s in split_sources(&list) {
                if !self.a.sources.contains(&s) {
                    self.a.sources.push(s);
                }
            }
            for m in find_agencies(&list) {
                self.add_agency(m.code);
            }
            return Label::Drop(LineClass::Sources, "sources label");
        }
        if c.chars < 40 {
            if let Some(code) = agency_code(&c.text) {
                self.add_agency(code);
                return Label::Drop(LineClass::Sources, "agency name");
            }
        }
        if let Some(n) = lexicon::starts_with_label(&key, lexicon::TAGS) {
            if c.chars < 200
                && (c.ld() > 0.3 || key[n..].trim_start().starts_with(':') || c.text.contains(':'))
            {
                let rest = after_colon(&c.text);
                self.tags.extend(split_list(&rest));
                return Label::Drop(LineClass::Tags, "tags label");
            }
        }
        if c.chars < 80 && !ends_with_sentence_punct(&c.text) {
            if let Some(n) = lexicon::starts_with_label(&key, lexicon::BYLINE) {
                let names = byline_names(c.text.trim(), n);
                if !names.is_empty() {
                    self.body_authors.extend(names);
                    return Label::Drop(LineClass::Byline, "byline label");
                }
            }
        }
        if c.chars < 90 {
            let dates = find_dates(&c.text);
            if let Some(d) = gregorian(&dates) {
                let covered: usize = dates.iter().map(|m| m.end - m.start).sum();
                if lexicon::starts_with_label(&key, lexicon::MODIFIED).is_some() {
                    self.modified_text.get_or_insert_with(|| iso_with_time(d));
                    return Label::Drop(LineClass::DateLine, "update time");
                }
                if lexicon::starts_with_label(&key, lexicon::PUBLISHED).is_some()
                    || covered * 2 >= c.text.len()
                {
                    if !seen_prose {
                        self.published_text.get_or_insert_with(|| iso_with_time(d));
                    }
                    return Label::Drop(LineClass::DateLine, "date line");
                }
            }
        }
        if c.chars < 40 && !c.prose() && is_ui(&key) {
            return Label::Drop(LineClass::Chrome, "interface words");
        }
        if lexicon::starts_with_label(&key, lexicon::FOOTER).is_some() || c.text.starts_with('©') {
            return Label::Drop(LineClass::Footer, "footer label");
        }
        if key.trim_matches(|ch: char| !ch.is_alphanumeric()) == "انتهي" {
            return Label::Drop(LineClass::Chrome, "end mark");
        }
        if c.chars < 30 && (key.starts_with("منذ ") || is_relative_day(&c.text)) {
            return Label::Drop(LineClass::DateLine, "relative date");
        }
        // Before the story starts, short linked lines are breadcrumbs and
        // section labels.
        if !seen_prose && c.kind == Kind::Paragraph && c.chars < 50 && c.link_chars > 0 {
            return Label::Drop(LineClass::Chrome, "linked label before the story");
        }
        Label::Keep
    }

    /// Keeps a reason for a block left out, under `Options::explain`.
    fn note(&mut self, c: &Cand, class: LineClass, why: &str) {
        if self.explain {
            let pos = if c.owner == NIL {
                0
            } else {
                self.stats.pos[c.owner as usize]
            };
            self.explained.push((
                pos,
                c.idx,
                LineExplanation {
                    line: 0,
                    class,
                    reason: why.to_string(),
                    text: c.text.clone(),
                },
            ));
        }
    }

    /// Under `Options::explain`, the furniture subtrees left out whole.
    fn note_furniture(&mut self) {
        if !self.explain {
            return;
        }
        for &(id, f) in &self.furniture {
            let text = norm(&collect_text(self.dom, id));
            if text.is_empty() {
                continue;
            }
            let (class, why) = match f {
                Furniture::Invisible => continue,
                Furniture::Hidden => (LineClass::Chrome, "hidden by the page".to_string()),
                Furniture::Named(n) => (LineClass::Chrome, format!("furniture: {n}")),
                Furniture::Caption => (LineClass::Caption, "caption".to_string()),
            };
            self.explained.push((
                self.stats.pos[id as usize],
                u32::MAX,
                LineExplanation {
                    line: 0,
                    class,
                    reason: why,
                    text,
                },
            ));
        }
    }

    fn add_agency(&mut self, code: &str) {
        if !self.a.agencies.iter().any(|a| a == code) {
            self.a.agencies.push(code.to_string());
        }
    }

    /// The lede: a standfirst element, or a subtitle that the page's
    /// description repeats. A description that is only the first body
    /// paragraph stays in the body.
    fn summary(&mut self, mut cands: Vec<Cand>) -> Vec<Cand> {
        let desc = self
            .meta
            .ld
            .description
            .as_deref()
            .or(self.meta.description.as_deref())
            .or(self.meta.og_description.as_deref())
            .map(norm)
            .filter(|d| d.chars().count() >= 20);
        let cpos_end = self.stats.end[self.container as usize];
        let title_pos = if self.title_h1 != NIL {
            self.stats.pos[self.title_h1 as usize]
        } else {
            0
        };
        for &s in &self.meta.standfirst {
            let pos = self.stats.pos[s as usize];
            if pos == NIL
                || pos > cpos_end
                || pos < title_pos
                || !self.stats.contains(self.scope, s)
            {
                continue;
            }
            if self.in_skipped(s) && !self.stats.contains(self.container, s) {
                continue;
            }
            let chars = self.stats.chars[s as usize];
            if !(30..=1500).contains(&chars) || self.stats.link_density(s) > 0.3 {
                continue;
            }
            // Not a wrapper of the body itself.
            if self.stats.contains(s, self.container) {
                continue;
            }
            let text = norm(&collect_text(self.dom, s));
            if text.is_empty() {
                continue;
            }
            let before = cands.len();
            if self.explain {
                let taken: Vec<Cand> = cands
                    .iter()
                    .filter(|c| self.stats.contains(s, c.owner))
                    .cloned()
                    .collect();
                for c in &taken {
                    self.note(c, LineClass::Summary, "standfirst element");
                }
            }
            cands.retain(|c| !self.stats.contains(s, c.owner));
            let first_para = cands.iter().find(|c| c.kind == Kind::Paragraph);
            // A standfirst class on the first body paragraph with nothing
            // set apart: keep it in the body.
            if before == cands.len()
                || first_para.is_none()
                || !desc.as_deref().is_some_and(|d| similar(d, &text))
            {
                if before != cands.len() && first_para.is_some() {
                    self.a.summary = Some(text);
                    return cands;
                }
                if before == cands.len() {
                    self.a.summary = Some(text);
                    return cands;
                }
            }
            self.a.summary = Some(text);
            return cands;
        }
        if let Some(d) = &desc {
            // A heading-like subtitle before the first paragraph.
            let first_para = cands
                .iter()
                .position(|c| c.kind == Kind::Paragraph)
                .unwrap_or(cands.len());
            if let Some(i) = (0..first_para).find(|&i| similar(d, &cands[i].text)) {
                if matches!(cands[i].kind, Kind::Heading(_)) && cands[i].chars >= 40 {
                    let c = cands.remove(i);
                    self.note(&c, LineClass::Summary, "subtitle the description repeats");
                    self.a.summary = Some(c.text);
                }
            }
        }
        cands
    }

    fn body(&mut self, cands: &[Cand]) {
        if self.explain {
            for c in cands {
                let class = match c.kind {
                    Kind::Heading(_) => LineClass::Heading,
                    Kind::Item => LineClass::ListItem,
                    Kind::Quote => LineClass::Quote,
                    _ => LineClass::Paragraph,
                };
                self.note(c, class, "body");
            }
        }
        let mut blocks: Vec<Block> = Vec::with_capacity(cands.len());
        let mut i = 0;
        while i < cands.len() {
            let c = &cands[i];
            match c.kind {
                Kind::Item => {
                    let mut items = Vec::new();
                    while i < cands.len() && cands[i].kind == Kind::Item {
                        items.push(strip_marker(&cands[i].text).to_string());
                        i += 1;
                    }
                    let items: Vec<String> = items.into_iter().filter(|s| !s.is_empty()).collect();
                    if !items.is_empty() {
                        blocks.push(Block::new(BlockKind::List, items.join("\n")));
                    }
                    continue;
                }
                Kind::Heading(_) => blocks.push(Block::new(BlockKind::Heading, c.text.clone())),
                Kind::Quote => blocks.push(Block::new(BlockKind::Quote, c.text.clone())),
                Kind::Table => blocks.push(Block::new(BlockKind::Table, c.text.clone())),
                Kind::Paragraph | Kind::Pre => {
                    blocks.push(Block::new(BlockKind::Paragraph, c.text.clone()))
                }
            }
            i += 1;
        }
        // The same block twice in a row (a mobile and a desktop copy).
        blocks.dedup();
        self.a.blocks = blocks;
    }

    fn dateline(&mut self) {
        let Some(first) = self
            .a
            .blocks
            .iter()
            .find(|b| b.kind == BlockKind::Paragraph)
        else {
            return;
        };
        if let Some(d) = parse_dateline(&first.text) {
            let place = d.place.to_string();
            let agency = d.agency;
            let author = d.author.map(str::to_string);
            self.a.dateline = Some(place);
            if let Some(code) = agency {
                self.add_agency(code);
            }
            if let Some(a) = author {
                self.body_authors.push(a);
            }
        }
    }

    fn images(&mut self) {
        let captions: Vec<u32> = self
            .furniture
            .iter()
            .filter(|(_, f)| *f == Furniture::Caption)
            .map(|(id, _)| *id)
            .collect();
        self.a.images = images::images(self.dom, &self.stats, self.scope, &captions);
    }

    // ---------------------------------------------------------------- dates

    fn dates(&mut self) {
        let m = &self.meta;
        let published =
            m.ld.published
                .iter()
                .chain(m.published.iter())
                .find_map(|d| iso_date(d))
                .or_else(|| self.time_in_scope())
                .or_else(|| self.published_text.clone())
                .or_else(|| self.furniture_date(true))
                .or_else(|| self.a.url.as_deref().and_then(url_date));
        let modified =
            m.ld.modified
                .iter()
                .chain(m.modified.iter())
                .find_map(|d| iso_date(d))
                .or_else(|| self.modified_text.clone());
        self.a.published = published;
        self.a.modified = modified.filter(|m| Some(m) != self.a.published.as_ref());
        self.a.page_date = self.header_widget_date();
    }

    /// A `<time datetime>` of the story: inside its scope, or between the
    /// title and the body.
    fn time_in_scope(&self) -> Option<String> {
        let start = if self.title_h1 != NIL {
            self.stats.pos[self.title_h1 as usize]
        } else {
            self.stats.pos[self.scope as usize]
        };
        let end = self.stats.end[self.container as usize];
        self.meta
            .times
            .iter()
            .filter(|(id, _)| {
                let p = self.stats.pos[*id as usize];
                p != NIL && (self.stats.contains(self.scope, *id) || (p >= start && p <= end))
            })
            .find_map(|(_, dt)| iso_date(dt))
    }

    /// A date printed in a byline or date element of the story's own
    /// header (left out of the body as furniture).
    fn furniture_date(&self, after_title: bool) -> Option<String> {
        let title_pos = if self.title_h1 != NIL {
            self.stats.pos[self.title_h1 as usize]
        } else {
            self.stats.pos[self.scope as usize]
        };
        for &(id, f) in &self.furniture {
            let Furniture::Named(name) = f else { continue };
            if !matches!(
                name,
                "date" | "meta" | "byline" | "author" | "timestamp" | "dateline" | "time"
            ) {
                continue;
            }
            let pos = self.stats.pos[id as usize];
            if after_title && (pos < title_pos || !self.stats.contains(self.scope, id)) {
                continue;
            }
            if self.stats.chars[id as usize] > 200 {
                continue;
            }
            let t = norm(&collect_text(self.dom, id));
            if let Some(d) = gregorian(&find_dates(&t)) {
                return Some(iso_with_time(d));
            }
        }
        None
    }

    /// A date in the page's header chrome above the title: the day's date
    /// widget, usually the crawl day.
    fn header_widget_date(&self) -> Option<String> {
        let limit = if self.title_h1 != NIL {
            self.stats.pos[self.title_h1 as usize]
        } else {
            self.stats.pos[self.container as usize]
        };
        for &(id, f) in &self.furniture {
            if !matches!(f, Furniture::Named(_)) {
                continue;
            }
            let pos = self.stats.pos[id as usize];
            if pos >= limit {
                break;
            }
            if self.stats.contains(self.scope, id) || self.stats.chars[id as usize] > 300 {
                continue;
            }
            let t = norm(&collect_text(self.dom, id));
            let dates = find_dates(&t);
            if let Some(d) = gregorian(&dates) {
                return Some(d.date.to_iso());
            }
        }
        None
    }

    // -------------------------------------------------------------- authors

    fn authors(&mut self) {
        let m = &self.meta;
        let site_key = self.a.site.as_deref().map(search_key);
        let mut authors: Vec<String> = if !m.ld.authors.is_empty() {
            m.ld.authors.iter().map(|a| norm(a)).collect()
        } else if !m.authors.is_empty() {
            m.authors
                .iter()
                .flat_map(|a| split_names(&norm(a)))
                .collect()
        } else if !self.body_authors.is_empty() {
            self.body_authors.iter().map(|a| norm(a)).collect()
        } else {
            self.byline_elements()
        };
        authors.retain(|a| {
            let k = search_key(a);
            !a.is_empty()
                && a.chars().count() <= 80
                && site_key.as_deref() != Some(k.as_str())
                && !a.contains("://")
        });
        let mut seen = Vec::new();
        authors.retain(|a| {
            let k = search_key(a);
            if seen.contains(&k) {
                false
            } else {
                seen.push(k);
                true
            }
        });
        self.a.authors = authors;
    }

    fn byline_elements(&self) -> Vec<String> {
        for &(id, f) in &self.furniture {
            let Furniture::Named(name) = f else { continue };
            if !matches!(name, "byline" | "author") || !self.stats.contains(self.scope, id) {
                continue;
            }
            if self.stats.chars[id as usize] > 100 {
                continue;
            }
            let t = norm(&collect_text(self.dom, id));
            let key = search_key(&t);
            let n = lexicon::starts_with_label(&key, lexicon::BYLINE).unwrap_or(0);
            let names = byline_names(&t, n);
            if !names.is_empty() {
                return names;
            }
        }
        Vec::new()
    }

    fn tag_list(&mut self) {
        let m = &self.meta;
        let mut tags: Vec<String> = Vec::new();
        let sources: [&Vec<String>; 4] =
            [&m.article_tags, &m.ld.keywords, &m.tag_links, &self.tags];
        for list in sources {
            for t in list {
                for t in split_list(t) {
                    tags.push(norm(&t));
                }
            }
        }
        if tags.is_empty() {
            for k in &m.keywords {
                tags.extend(split_list(k).iter().map(|t| norm(t)));
            }
        }
        let mut seen = Vec::new();
        tags.retain(|t| {
            let k = search_key(t);
            if k.is_empty() || seen.contains(&k) || t.chars().count() > 60 {
                false
            } else {
                seen.push(k);
                true
            }
        });
        tags.truncate(50);
        self.a.tags = tags;
        self.a.agencies.sort();
        self.a.agencies.dedup();
    }

    fn lang(&mut self) {
        let attr = self.meta.lang.as_deref().and_then(|l| {
            let p = l.split(['-', '_']).next()?.trim().to_ascii_lowercase();
            (p.len() >= 2 && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_lowercase())).then_some(p)
        });
        let sample: String = self
            .a
            .blocks
            .iter()
            .map(|b| b.text.as_str())
            .chain(self.a.title.as_deref())
            .flat_map(|t| t.chars().take(2000))
            .take(20_000)
            .collect();
        let n = count(&sample);
        self.a.lang = if n.letters() > 0 && n.arabic_letters * 2 > n.letters() {
            Some("ar".to_string())
        } else if attr.as_deref() == Some("ar") && n.letters() > 20 {
            self.a
                .warnings
                .push("lang: <html lang=ar> but the text is not mostly Arabic".to_string());
            None
        } else {
            attr
        };
    }

    fn page_type(&mut self, masses: &[f32]) {
        let types = &self.meta.ld.all_types;
        let has = |t: &str| types.iter().any(|x| x == t);
        self.page_type = if has("Product") || self.meta.og_type.as_deref() == Some("product") {
            "product"
        } else if has("DiscussionForumPosting") || has("QAPage") {
            "forum"
        } else if !self.meta.ld.types.is_empty()
            && self
                .meta
                .ld
                .types
                .iter()
                .any(|t| t.contains("Article") || t.contains("Posting"))
        {
            "article"
        } else if self.links_are_content
            || self.stats.link_density(self.container) > 0.35
            || has("CollectionPage")
            || has("ItemList")
        {
            "listing"
        } else if self.meta.og_type.as_deref() == Some("article")
            || masses[self.container as usize] > 400.0
            || self
                .a
                .blocks
                .iter()
                .filter(|b| b.kind == BlockKind::Paragraph && b.text.chars().count() >= 80)
                .count()
                >= 2
        {
            "article"
        } else {
            "other"
        };
    }
}

fn cand(idx: usize, b: &TextBlock) -> Cand {
    let text = match b.kind {
        Kind::Quote | Kind::Pre | Kind::Table => normalize_block(&b.text).into_owned(),
        _ => normalize(&b.text).into_owned(),
    };
    Cand {
        idx: idx as u32,
        kind: b.kind,
        owner: b.owner,
        text,
        chars: b.chars,
        link_chars: b.link_chars,
    }
}

/// A sentence of the story whose words are mostly a link (a name linked to
/// its profile, a report linked to its source): long, closed by sentence
/// punctuation, with words of its own around the link.
fn linked_sentence(b: &TextBlock) -> bool {
    b.kind == Kind::Paragraph
        && b.chars >= 60
        && b.chars - b.link_chars.min(b.chars) >= 25
        && ends_with_sentence_punct(&b.text)
}

fn norm(s: &str) -> String {
    normalize(s).into_owned()
}

/// Title parts split on the separators sites put between a headline and
/// their name.
fn segments(t: &str) -> Vec<&str> {
    let mut parts = vec![t];
    for sep in [
        " | ", " - ", " – ", " — ", " :: ", " « ", " » ", " ｜ ", " · ", " › ", " ‹ ",
    ] {
        parts = parts
            .into_iter()
            .flat_map(|p| p.split(sep))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
    }
    parts
}

/// A `<title>` without the site name around the headline.
fn strip_site(t: &str, site: Option<&str>) -> String {
    let parts = segments(t);
    if parts.len() < 2 {
        return t.to_string();
    }
    let site_key = site.map(search_key);
    let is_site = |p: &str| {
        let k = search_key(p);
        site_key
            .as_deref()
            .is_some_and(|s| !s.is_empty() && (k == s || k.contains(s) || s.contains(k.as_str())))
    };
    let kept: Vec<&str> = parts.iter().copied().filter(|p| !is_site(p)).collect();
    if kept.len() < parts.len() && !kept.is_empty() {
        return longest(&kept);
    }
    // No known site name: drop a short last (or first) part.
    let words = |p: &str| p.split_whitespace().count();
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if words(last) <= 4 && words(first) > words(last) {
        return t[..t.rfind(last).unwrap_or(t.len())]
            .trim_end_matches(|c: char| c.is_whitespace() || "|-–—:«»｜·›‹".contains(c))
            .to_string();
    }
    if words(first) <= 3 && words(last) > words(first) + 2 {
        return t[first.len()..]
            .trim_start_matches(|c: char| c.is_whitespace() || "|-–—:«»｜·›‹".contains(c))
            .to_string();
    }
    t.to_string()
}

fn longest(parts: &[&str]) -> String {
    parts
        .iter()
        .max_by_key(|p| p.chars().count())
        .map(|p| p.to_string())
        .unwrap_or_default()
}

/// Two texts the same up to folding, or one a cut-off start of the other.
fn similar(a: &str, b: &str) -> bool {
    let (ka, kb) = (search_key(a), search_key(b));
    let strip = |k: &str| {
        k.trim_end_matches(|c: char| c == '.' || c == '…' || c.is_whitespace())
            .to_string()
    };
    let (ka, kb) = (strip(&ka), strip(&kb));
    if ka.is_empty() || kb.is_empty() {
        return false;
    }
    if ka == kb {
        return true;
    }
    let (short, long) = if ka.len() < kb.len() {
        (&ka, &kb)
    } else {
        (&kb, &ka)
    };
    long.starts_with(short.as_str()) && short.len() * 10 >= long.len() * 6
}

fn comments_count_label(key: &str) -> bool {
    // `التعليقات (3)`, `3 تعليقات`, `Comments (12)`
    let letters: String = key
        .chars()
        .filter(|c| c.is_alphabetic() || *c == ' ')
        .collect();
    let letters = letters.trim();
    key.chars().any(|c| c.is_ascii_digit())
        && key.chars().count() < 25
        && lexicon::is_label(letters, lexicon::COMMENTS)
}

/// A line that is only a relative day (`أمس`, `اليوم الأحد`).
fn is_relative_day(text: &str) -> bool {
    let found = ghirbal_arabic::find_relative_days(text);
    let covered: usize = found.iter().map(|m| m.end - m.start).sum();
    !found.is_empty() && covered * 10 >= text.trim().len() * 8
}

/// The moderation notice that opens a comments section.
fn is_comment_policy(key: &str) -> bool {
    const POLICY: &[&str] = &[
        "الاراء الوارده",
        "لا تعبر عن راي",
        "مراجعه التعليقات",
        "سياسه التعليقات",
        "شروط التعليق",
        "comment policy",
        "comments are moderated",
        "views expressed in the comments",
    ];
    POLICY.iter().any(|p| key.contains(p))
}

fn is_ui(key: &str) -> bool {
    if lexicon::is_label(key, lexicon::UI) {
        return true;
    }
    // A share bar read as one line: every word a UI word.
    let words: Vec<&str> = key.split_whitespace().collect();
    words.len() >= 2 && words.iter().all(|w| lexicon::UI.contains(w))
}

fn after_colon(s: &str) -> String {
    match s.find([':', '：']) {
        Some(p) => s[p + 1..].trim().to_string(),
        None => {
            let mut w = s.split_whitespace();
            w.next();
            w.collect::<Vec<_>>().join(" ")
        }
    }
}

/// Names after a byline label (`label_len` bytes of the folded line):
/// `بقلم: أ و ب`, `By A and B`.
fn byline_names(text: &str, label_len: usize) -> Vec<String> {
    let rest = if label_len > 0 {
        // The label is counted in words, the same in the folded key and in
        // the display text.
        let key = search_key(text);
        let words = key
            .get(..label_len)
            .map_or(0, |l| l.split_whitespace().count());
        let mut rest = text.trim_start();
        for _ in 0..words {
            rest = rest
                .trim_start()
                .split_once(char::is_whitespace)
                .map_or("", |(_, r)| r);
        }
        // `كتب:` keeps its colon on the word; `كتب :` has it apart.
        let first = text
            .split_whitespace()
            .nth(words.saturating_sub(1))
            .unwrap_or("");
        if words > 0 && !first.ends_with([':', '：']) {
            rest.trim_start()
        } else {
            rest
        }
    } else {
        text
    };
    let rest = rest.trim_start_matches([':', '：', '-', '–', ' ']).trim();
    split_names(rest)
}

fn split_names(s: &str) -> Vec<String> {
    let s = s.trim().trim_end_matches(['.', '،', ',']);
    let mut out = Vec::new();
    for part in s.split(['،', ',', '|', '/']) {
        for name in part.split(" و ").flat_map(|p| p.split(" and ")) {
            let name = name
                .trim()
                .trim_start_matches("By ")
                .trim_start_matches("by ")
                .trim();
            let words = name.split_whitespace().count();
            if (1..=6).contains(&words) && !name.chars().any(|c| c.is_ascii_digit()) {
                out.push(name.to_string());
            }
        }
    }
    out
}

fn strip_marker(s: &str) -> &str {
    let t = s.trim_start();
    let t = t
        .strip_prefix(['•', '·', '▪', '◦', '●', '■', '–', '-', '*'])
        .unwrap_or(t);
    t.trim()
}

fn gregorian(matches: &[DateMatch]) -> Option<&DateMatch> {
    let first = matches.first()?;
    match (first.calendar, first.paired_with) {
        (Calendar::Hijri, Some(other)) => matches.get(other),
        _ => Some(first),
    }
}

fn iso_with_time(m: &DateMatch) -> String {
    match m.time {
        Some((h, mi)) => format!("{}T{:02}:{:02}", m.date.to_iso(), h, mi),
        None => m.date.to_iso(),
    }
}

/// A developer's view of one extraction: the container and the biggest
/// furniture subtrees left out, with their text sizes; with `find`, the
/// ancestors of the first text holding it, each with its furniture verdict,
/// and the blocks holding it. Not a stable API.
#[doc(hidden)]
pub fn debug_html(html: &str, find: Option<&str>) -> String {
    use std::fmt::Write;
    let dom = Dom::parse(html);
    let b = Builder::new(&dom, Article::default());
    let seg = blocks::segment(b.dom, &b.stats, b.root, b.is_forum(), NIL);
    let (_, masses) = score::masses(b.dom, &b.stats, &seg.blocks, false);
    let (c, _) = score::container(b.dom, &b.stats, &masses, b.root);
    let mut out = String::new();
    let describe = |id: u32| {
        let tag = dom
            .element(id)
            .map(|e| e.name.local.to_string())
            .unwrap_or_default();
        format!(
            "{tag}.{}#{}",
            dom.attr(id, "class").unwrap_or(""),
            dom.attr(id, "id").unwrap_or("")
        )
    };
    let mut chain = Vec::new();
    let mut x = c;
    while x != NIL {
        chain.push(x);
        x = dom.node(x).parent;
    }
    for &x in chain.iter().rev() {
        let _ = writeln!(
            out,
            "mass {:8.0} chars {:6} {}",
            masses[x as usize],
            b.stats.chars[x as usize],
            describe(x)
        );
    }
    let mut furn: Vec<&(u32, Furniture)> = seg.furniture.iter().collect();
    furn.sort_by_key(|(id, _)| std::cmp::Reverse(b.stats.chars[*id as usize]));
    for (id, f) in furn.into_iter().take(15) {
        let _ = writeln!(
            out,
            "skip {:?} chars {} ld {:.2} {}",
            f,
            b.stats.chars[*id as usize],
            b.stats.link_density(*id),
            describe(*id)
        );
    }
    let Some(needle) = find else { return out };
    let options = Options {
        explain: true,
        ..Options::default()
    };
    let ex = extract_html("debug", html, None, &options);
    for e in ex.explain.iter().filter(|e| e.text.contains(needle)) {
        let _ = writeln!(
            out,
            "explain {:4} {:<12} {:<32} {}",
            e.line,
            e.class.as_str(),
            e.reason,
            e.text.chars().take(100).collect::<String>()
        );
    }
    if needle.is_empty() {
        return out;
    }
    let page = b.stats.chars[b.root as usize];
    let page_unlinked = page - b.stats.link_chars[b.root as usize].min(page);
    let hit = b.stats.order.iter().copied().find(|&id| {
        dom.text(id).is_some_and(|t| t.contains(needle)) && {
            let mut x = dom.node(id).parent;
            while x != NIL && !dom.tag(x).is_some_and(Tag::is_invisible) {
                x = dom.node(x).parent;
            }
            x == NIL
        }
    });
    let Some(hit) = hit else {
        let _ = writeln!(out, "find: no text node holds {needle:?}");
        return out;
    };
    let mut chain = Vec::new();
    let mut x = dom.node(hit).parent;
    while x != NIL {
        chain.push(x);
        x = dom.node(x).parent;
    }
    let _ = writeln!(out, "find {needle:?}:");
    for &x in chain.iter().rev() {
        let verdict = clean::judge(&dom, &b.stats, x, page_unlinked, false);
        let _ = writeln!(
            out,
            "  {:<14} mass {:7.0} chars {:6} ld {:.2} {}",
            verdict.map(|v| format!("{v:?}")).unwrap_or_default(),
            masses[x as usize],
            b.stats.chars[x as usize],
            b.stats.link_density(x),
            describe(x)
        );
    }
    for blk in seg.blocks.iter().filter(|t| t.text.contains(needle)) {
        let _ = writeln!(
            out,
            "  block {:?} chars {} links {} punct {} mass {:.0} in container {}: {}",
            blk.kind,
            blk.chars,
            blk.link_chars,
            blk.punct,
            score::mass(blk, false),
            b.stats.contains(c, blk.owner),
            blk.text.chars().take(120).collect::<String>()
        );
    }
    out
}
