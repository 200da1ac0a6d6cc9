//! Which subtrees are page furniture, decided before any text is gathered.
//!
//! Three kinds of evidence, from strongest to weakest: the element can never
//! show text (`<script>`, `<template>`, form controls); the page hides it
//! (`hidden`, `display:none`); its tag, role, class or id names furniture
//! (`<nav>`, `role=navigation`, `share-bar`, `comments`). The last two are
//! guesses, so they yield to structure: a subtree holding most of the page's
//! unlinked text is kept whatever its class says, which saves the sites that
//! put their story in `<aside>` or call their wrapper `post comments-open`.

use super::text::lower;
use super::tree::{Dom, Tag, DOCUMENT, NIL};

/// Per-node facts from one bottom-up pass.
#[derive(Debug)]
pub(crate) struct Stats {
    /// Preorder position of each node; `NIL` when unreachable.
    pub pos: Vec<u32>,
    /// Preorder position of the last node of each subtree.
    pub end: Vec<u32>,
    /// Visible non-space chars in the subtree.
    pub chars: Vec<u32>,
    /// Those inside links.
    pub link_chars: Vec<u32>,
    /// Reachable nodes in preorder.
    pub order: Vec<u32>,
}

impl Stats {
    pub(crate) fn compute(dom: &Dom) -> Stats {
        let n = dom.len();
        let mut pos = vec![NIL; n];
        let mut end = vec![NIL; n];
        let mut chars = vec![0u32; n];
        let mut link_chars = vec![0u32; n];
        let mut order = Vec::with_capacity(n);
        let mut id = DOCUMENT;
        while id != NIL {
            pos[id as usize] = order.len() as u32;
            order.push(id);
            id = dom.next_in(id, DOCUMENT, false);
        }
        for &id in order.iter().rev() {
            let i = id as usize;
            if end[i] == NIL {
                end[i] = pos[i];
            }
            if let Some(t) = dom.text(id) {
                // Script and style text is never seen: not worth counting.
                let parent = dom.node(id).parent;
                if parent == NIL || !dom.tag(parent).is_some_and(Tag::is_invisible) {
                    chars[i] = super::text::count_chars(t);
                }
            }
            let tag = dom.tag(id);
            if tag == Some(Tag::A) && dom.is_link(id) {
                link_chars[i] = chars[i];
            }
            if tag.is_some_and(Tag::is_invisible) {
                continue;
            }
            let parent = dom.node(id).parent;
            if parent != NIL {
                let p = parent as usize;
                chars[p] += chars[i];
                link_chars[p] += link_chars[i];
                if end[p] == NIL || end[p] < end[i] {
                    end[p] = end[i];
                }
            }
        }
        Stats {
            pos,
            end,
            chars,
            link_chars,
            order,
        }
    }

    /// `inner` is `outer` or inside it.
    pub(crate) fn contains(&self, outer: u32, inner: u32) -> bool {
        let (o, i) = (outer as usize, inner as usize);
        self.pos[i] != NIL && self.pos[o] <= self.pos[i] && self.pos[i] <= self.end[o]
    }

    pub(crate) fn link_density(&self, id: u32) -> f32 {
        let c = self.chars[id as usize];
        if c == 0 {
            0.0
        } else {
            self.link_chars[id as usize] as f32 / c as f32
        }
    }
}

/// Why a subtree is left out of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Furniture {
    /// Never visible.
    Invisible,
    /// Hidden by the page.
    Hidden,
    /// Named furniture by tag, role, class or id.
    Named(&'static str),
    /// A caption: goes to `images`, not the body.
    Caption,
}

/// Class/id tokens that name furniture outright.
const BAD_TOKENS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "advertisement",
    "adsense",
    "dfp",
    "banner",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "submenu",
    "footer",
    "header",
    "masthead",
    "share",
    "sharing",
    "social",
    "tags",
    "tag",
    "keywords",
    "widget",
    "sidebar",
    "popup",
    "modal",
    "overlay",
    "print",
    "skip",
    "hidden",
    "hide",
    "related",
    "promo",
    "sponsored",
    "sponsor",
    "breadcrumb",
    "breadcrumbs",
    "pagination",
    "pager",
    "toolbar",
    "rating",
    "comments",
    "comment",
    "newsletter",
    "subscribe",
    "subscription",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "byline",
    "author",
    "meta",
    "date",
    "dateline",
    "timestamp",
    "disclaimer",
    "copyright",
    "login",
    "signup",
    "search",
    "trending",
    "popular",
    "recommended",
    "recommendations",
    "outbrain",
    "taboola",
    "disqus",
    "more",
    "readmore",
    "read-more",
    "also",
    "sr-only",
    "screen-reader-text",
    "visually-hidden",
    "tools",
    "utility",
    "follow",
    "download",
    "video-playlist",
    "playlist",
    "tweet",
    "twitter",
    "instagram",
    "facebook",
    "embed",
    "caption",
    "credit",
];

/// Prefixes of class/id tokens that name furniture (`relatedArticles`,
/// `sharebar`, `commentlist`).
const BAD_PREFIXES: &[&str] = &[
    "related",
    "share",
    "social",
    "comment",
    "newsletter",
    "subscri",
    "cookie",
    "consent",
    "onetrust",
    "cookiebot",
    "didomi",
    "usercentrics",
    "breadcrumb",
    "sidebar",
    "advert",
    "sponsor",
    "promo",
    "popup",
    "pagination",
    "outbrain",
    "taboola",
    "disqus",
    "recommend",
    "trending",
    "mostread",
    "mostpopular",
    "most-read",
    "authorbox",
    "author-box",
    "authorbio",
    "author-bio",
    "tagcloud",
    "taglist",
    "tag-list",
    "navbar",
    "menu",
    "footer",
    "banner",
    "adslot",
    "adunit",
    "ad-slot",
    "ad-unit",
    "ad-container",
    "ad-wrapper",
    "gpt-ad",
    "google-ad",
    "wp-caption-text",
    "caption",
];

/// Class/id tokens of a story's own text; they outweigh a bad token in the
/// same attribute (`post-content comments-open`).
const GOOD_TOKENS: &[&str] = &[
    "article",
    "articlebody",
    "article-body",
    "article-content",
    "articlecontent",
    "entry-content",
    "post-content",
    "postcontent",
    "post-body",
    "story",
    "story-body",
    "storycontent",
    "content",
    "main-content",
    "body",
    "text",
    "body-text",
    "article-text",
    "news-body",
    "details-body",
    "field-body",
    "field-name-body",
    "td-post-content",
    "entry",
];

/// Names that are furniture only when the subtree's text agrees.
const WEAK: &[&str] = &[
    "widget",
    "sidebar",
    "header",
    "masthead",
    "meta",
    "date",
    "dateline",
    "timestamp",
    "author",
    "byline",
    "banner",
    "hidden",
    "hide",
    "more",
    "also",
    "tools",
    "utility",
    "popular",
    "trending",
    "search",
    "login",
    "signup",
    "follow",
    "download",
    "embed",
    "rating",
    "toolbar",
    "aside",
    "complementary",
    "named",
    "readmore",
    "read-more",
    "disclaimer",
    "copyright",
    "pagination",
    "pager",
    "keywords",
    "playlist",
    "video-playlist",
    "overlay",
    "print",
    "skip",
    "modal",
    "popup",
    "tweet",
    "twitter",
    "instagram",
    "facebook",
    "credit",
];

/// Furniture names of boxes that are never the story, however much text
/// they hold: consent dialogs and their platforms.
const NEVER_STORY: &[&str] = &[
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "onetrust",
    "cookiebot",
    "didomi",
    "usercentrics",
];

/// Roles that name furniture.
const BAD_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
    "alertdialog",
    "menu",
    "menubar",
    "toolbar",
    "tablist",
];

/// How an element's class and id read: a furniture name, a story name,
/// both or neither.
pub(crate) fn class_cues(dom: &Dom, id: u32) -> (Option<&'static str>, bool) {
    let mut bad = None;
    let mut good = false;
    for name in ["class", "id"] {
        let Some(value) = dom.attr(id, name) else {
            continue;
        };
        if value.len() > 400 {
            continue;
        }
        let value = lower(value);
        for token in value.split(|c: char| c.is_ascii_whitespace()) {
            if token.is_empty() {
                continue;
            }
            if GOOD_TOKENS.contains(&token) {
                good = true;
            }
            // The first furniture name, unless a later one says the box is
            // never the story (`show-banner` then `onetrust-consent-sdk`).
            if bad.is_none_or(|b| !NEVER_STORY.contains(&b)) {
                if let Some(b) = bad_token(token) {
                    if bad.is_none() || NEVER_STORY.contains(&b) {
                        bad = Some(b);
                    }
                }
            }
        }
    }
    (bad, good)
}

fn bad_token(token: &str) -> Option<&'static str> {
    if let Some(t) = BAD_TOKENS.iter().find(|t| **t == token) {
        return Some(t);
    }
    if let Some(p) = BAD_PREFIXES.iter().find(|p| token.starts_with(**p)) {
        // `commentary` is an opinion column, `menu-item` text in a menu is
        // still a menu.
        if *p == "comment" && token.starts_with("commentary") {
            return None;
        }
        return Some(p);
    }
    // A caption however it is compounded (`imageEmbedCaption`,
    // `photo_caption-text`).
    if token.contains("caption") {
        return Some("caption");
    }
    // Words inside a compound token: `post-share-bar`, `article_tags`,
    // `c-related-links`. Not `widget`: page builders (`elementor-widget`,
    // `so-widget`) call every block of a story one.
    for part in token.split(['-', '_']) {
        if part.len() < token.len()
            && matches!(
                part,
                "share"
                    | "sharing"
                    | "social"
                    | "related"
                    | "comments"
                    | "comment"
                    | "newsletter"
                    | "breadcrumb"
                    | "breadcrumbs"
                    | "sidebar"
                    | "ad"
                    | "ads"
                    | "advert"
                    | "advertisement"
                    | "promo"
                    | "tags"
                    | "nav"
                    | "menu"
                    | "footer"
                    | "cookie"
                    | "consent"
                    | "gdpr"
                    | "banner"
                    | "byline"
                    | "author"
                    | "subscribe"
                    | "popup"
                    | "modal"
                    | "meta"
                    | "date"
                    | "print"
                    | "caption"
                    | "credit"
            )
        {
            return Some(
                BAD_TOKENS
                    .iter()
                    .find(|t| **t == part)
                    .copied()
                    .unwrap_or("named"),
            );
        }
    }
    None
}

fn is_hidden(dom: &Dom, id: u32) -> bool {
    if dom.attr(id, "hidden").is_some() {
        return true;
    }
    if dom.attr(id, "aria-hidden") == Some("true") {
        return true;
    }
    if let Some(style) = dom.attr(id, "style") {
        if style.len() < 500 {
            let s: String = lower(style)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            return s.contains("display:none") || s.contains("visibility:hidden");
        }
    }
    false
}

/// Whether a hidden box inside the story is the story's own text folded
/// away (an accordion panel, a tab, a slide of a gallery): prose rather
/// than links, and not schema.org microdata for machines (a hidden copy of
/// the headline, the author, the body).
pub(crate) fn folded_content(dom: &Dom, stats: &Stats, id: u32) -> bool {
    let chars = stats.chars[id as usize];
    let linked = stats.link_chars[id as usize];
    linked * 10 < chars * 4 && chars - linked.min(chars) >= 30 && !holds_microdata(dom, id)
}

/// Class and id words of the boxes that interface kits fold and unfold:
/// accordions, tabs, carousels and galleries, "read more" panels.
const FOLD_WORDS: &[&str] = &[
    "collapse",
    "accordion",
    "tab-pane",
    "tabpanel",
    "tab-content",
    "carousel",
    "slide",
    "expand",
    "panel",
    "toggle",
    "gallery",
];

/// A hidden box that the page shows on demand rather than never: named
/// like a fold (`collapse`, `tab-pane`, `carousel__cell`), a tab panel by
/// role, or a streamed React boundary (`<div hidden id="S:3">`, moved into
/// place by a script once loaded).
fn folds(dom: &Dom, id: u32) -> bool {
    if dom
        .attr(id, "role")
        .is_some_and(|r| r.eq_ignore_ascii_case("tabpanel"))
    {
        return true;
    }
    if let Some(v) = dom.attr(id, "id") {
        let b = v.as_bytes();
        if b.len() >= 3
            && (b[0] == b'S' || b[0] == b'P')
            && b[1] == b':'
            && b[2..].iter().all(u8::is_ascii_digit)
        {
            return true;
        }
    }
    ["class", "id"].iter().any(|name| {
        dom.attr(id, name).is_some_and(|v| {
            v.len() <= 400 && {
                let v = lower(v);
                FOLD_WORDS.iter().any(|w| v.contains(w))
            }
        })
    })
}

/// Whether a box is schema.org microdata: a look at its first elements is
/// enough.
fn holds_microdata(dom: &Dom, id: u32) -> bool {
    let marked = |x: u32| dom.attr(x, "itemprop").is_some() || dom.attr(x, "itemscope").is_some();
    marked(id) || dom.descendants(id).take(64).any(marked)
}

/// Whether `id` (an element) is furniture, and why. `page_unlinked` is the
/// unlinked visible text of the whole body, for the structure check.
pub(crate) fn judge(
    dom: &Dom,
    stats: &Stats,
    id: u32,
    page_unlinked: u32,
    keep_comments: bool,
) -> Option<Furniture> {
    let el = dom.element(id)?;
    let tag = el.tag;
    if tag.is_invisible() {
        return Some(Furniture::Invisible);
    }
    if matches!(tag, Tag::Html | Tag::Body) {
        return None;
    }
    if tag == Tag::Figcaption {
        return Some(Furniture::Caption);
    }
    let named = {
        let role = dom.attr(id, "role").map(lower);
        let by_role = role
            .as_deref()
            .and_then(|r| BAD_ROLES.iter().find(|b| **b == r))
            .map(|r| Furniture::Named(r));
        let by_tag = match tag {
            Tag::Nav => Some(Furniture::Named("nav")),
            Tag::Footer => Some(Furniture::Named("footer")),
            Tag::Header => Some(Furniture::Named("header")),
            Tag::Aside => Some(Furniture::Named("aside")),
            Tag::Form => None,
            _ => None,
        };
        let (bad, good) = if matches!(tag, Tag::Article | Tag::Main) {
            (None, true)
        } else {
            class_cues(dom, id)
        };
        let by_class = match bad {
            Some("caption" | "wp-caption-text") if !good => Some(Furniture::Caption),
            Some(b) if !good => Some(Furniture::Named(b)),
            _ => None,
        };
        by_role.or(by_tag).or(by_class)
    };
    // Hidden is hidden, except the folds of the page's own text
    // (accordion panels, tabs, slides), which are read like the rest.
    let verdict = if is_hidden(dom, id) && !(folds(dom, id) && folded_content(dom, stats, id)) {
        Some(Furniture::Hidden)
    } else {
        named
    };
    let verdict = verdict?;
    if keep_comments
        && matches!(verdict, Furniture::Named(n) if n.starts_with("comment") || n == "disqus")
    {
        return None;
    }
    let chars = stats.chars[id as usize];
    let linked = stats.link_chars[id as usize];
    // A weak name (`widget`, `sidebar`, `<aside>`, `header`) only counts
    // when the subtree looks like furniture too: mostly links, or a few
    // words. Page builders call every column of a story a widget.
    if let Furniture::Named(name) = verdict {
        if WEAK.contains(&name) && linked * 10 < chars * 4 && chars - linked.min(chars) >= 150 {
            return None;
        }
    }
    // Structure beats names: a subtree with most of the page's unlinked
    // text is where the story is, whatever it is called; one with nearly
    // all of it is the page's layout wrapper (`page-outer sidebar-right`,
    // `l-outer--nav`), menus and all, and the story is somewhere inside.
    let unlinked = chars - linked.min(chars);
    // (Only class and id names are guessed so widely: a real `<footer>` or
    // `role=navigation` holding most of a near-empty page is still one.)
    let by_markup = matches!(tag, Tag::Nav | Tag::Footer | Tag::Header | Tag::Aside)
        || dom.attr(id, "role").is_some();
    // Furniture that is never the story, however much text it holds: a
    // consent dialog's vendor lists, a page footer's lists of places.
    let never_story = matches!(verdict, Furniture::Named(n) if NEVER_STORY.contains(&n))
        || matches!(tag, Tag::Footer | Tag::Nav);
    if never_story {
        return Some(verdict);
    }
    if page_unlinked > 0
        && !matches!(verdict, Furniture::Caption)
        && ((unlinked * 2 > page_unlinked && linked * 3 < chars)
            || (unlinked * 10 >= page_unlinked * 7 && !by_markup))
    {
        return None;
    }
    Some(verdict)
}
