//! The parsed page: html5ever's tree builder filling a flat arena.
//!
//! Nodes live in one `Vec` and link to each other by `u32` index, so the
//! whole tree is a handful of allocations and every later pass can keep
//! per-node facts in plain vectors indexed the same way. Every walk over it
//! is a loop (preorder by links, or an explicit stack): html5ever builds
//! 100,000-deep trees without recursing, and so must we.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};

use crate::limits::{Clock, LimitExceeded};
use html5ever::interface::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{ns, parse_document, Attribute, LocalName, ParseOpts, QualName};

/// No node.
pub(crate) const NIL: u32 = u32::MAX;

/// The node every parse starts with.
pub(crate) const DOCUMENT: u32 = 0;

/// A stand-in element never attached to the tree: `elem_name` must answer
/// even for handles that are not elements, and a panic is not an option.
const PLACEHOLDER: u32 = 1;

/// The tags the extractor tells apart; everything else is `Other`
/// (custom elements included, which behave as inline wrappers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Tag {
    Html,
    Head,
    Body,
    Title,
    Meta,
    Link,
    Script,
    Style,
    Noscript,
    Template,
    Svg,
    Math,
    Iframe,
    Object,
    Embed,
    Canvas,
    Video,
    Audio,
    Picture,
    Source,
    Img,
    Figure,
    Figcaption,
    P,
    Div,
    Section,
    Article,
    Main,
    Aside,
    Nav,
    Header,
    Footer,
    H(u8),
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Table,
    Thead,
    Tbody,
    Tfoot,
    Tr,
    Td,
    Th,
    Caption,
    Blockquote,
    Pre,
    Br,
    Hr,
    A,
    Small,
    Time,
    Address,
    Form,
    Button,
    Input,
    Select,
    Textarea,
    Label,
    Option,
    Dialog,
    Menu,
    Details,
    Summary,
    Fieldset,
    Legend,
    Center,
    /// Ruby annotations (`<rt>`, `<rp>`): readings printed over the text,
    /// not part of it.
    Rt,
    Other,
}

impl Tag {
    fn of(local: &str) -> Tag {
        match local {
            "html" => Tag::Html,
            "head" => Tag::Head,
            "body" => Tag::Body,
            "title" => Tag::Title,
            "meta" => Tag::Meta,
            "link" => Tag::Link,
            "script" => Tag::Script,
            "style" => Tag::Style,
            "noscript" => Tag::Noscript,
            "template" => Tag::Template,
            "svg" => Tag::Svg,
            "math" => Tag::Math,
            "iframe" => Tag::Iframe,
            "object" => Tag::Object,
            "embed" => Tag::Embed,
            "canvas" => Tag::Canvas,
            "video" => Tag::Video,
            "audio" => Tag::Audio,
            "picture" => Tag::Picture,
            "source" => Tag::Source,
            "img" => Tag::Img,
            "figure" => Tag::Figure,
            "figcaption" => Tag::Figcaption,
            "p" => Tag::P,
            "div" => Tag::Div,
            "section" => Tag::Section,
            "article" => Tag::Article,
            "main" => Tag::Main,
            "aside" => Tag::Aside,
            "nav" => Tag::Nav,
            "header" => Tag::Header,
            "footer" => Tag::Footer,
            "h1" => Tag::H(1),
            "h2" => Tag::H(2),
            "h3" => Tag::H(3),
            "h4" => Tag::H(4),
            "h5" => Tag::H(5),
            "h6" => Tag::H(6),
            "ul" => Tag::Ul,
            "ol" => Tag::Ol,
            "li" => Tag::Li,
            "dl" => Tag::Dl,
            "dt" => Tag::Dt,
            "dd" => Tag::Dd,
            "table" => Tag::Table,
            "thead" => Tag::Thead,
            "tbody" => Tag::Tbody,
            "tfoot" => Tag::Tfoot,
            "tr" => Tag::Tr,
            "td" => Tag::Td,
            "th" => Tag::Th,
            "caption" => Tag::Caption,
            "blockquote" => Tag::Blockquote,
            "pre" => Tag::Pre,
            "br" => Tag::Br,
            "hr" => Tag::Hr,
            "a" => Tag::A,
            "small" => Tag::Small,
            "time" => Tag::Time,
            "address" => Tag::Address,
            "form" => Tag::Form,
            "button" => Tag::Button,
            "input" => Tag::Input,
            "select" => Tag::Select,
            "textarea" => Tag::Textarea,
            "label" => Tag::Label,
            "option" => Tag::Option,
            "dialog" => Tag::Dialog,
            "menu" => Tag::Menu,
            "details" => Tag::Details,
            "summary" => Tag::Summary,
            "fieldset" => Tag::Fieldset,
            "legend" => Tag::Legend,
            "center" => Tag::Center,
            "rt" | "rp" => Tag::Rt,
            _ => Tag::Other,
        }
    }

    /// Starts a new line of text (CSS `display: block` and friends by
    /// default). Unknown elements count as inline: their block children
    /// break the text anyway.
    pub(crate) fn is_block(self) -> bool {
        !matches!(
            self,
            Tag::A
                | Tag::Small
                | Tag::Time
                | Tag::Label
                | Tag::Other
                | Tag::Img
                | Tag::Picture
                | Tag::Source
                | Tag::Button
                | Tag::Input
                | Tag::Select
                | Tag::Option
                | Tag::Textarea
                | Tag::Br
                | Tag::Rt
        )
    }

    /// Never visible text: skipped with everything inside.
    pub(crate) fn is_invisible(self) -> bool {
        matches!(
            self,
            Tag::Head
                | Tag::Title
                | Tag::Meta
                | Tag::Link
                | Tag::Script
                | Tag::Style
                | Tag::Template
                | Tag::Svg
                | Tag::Math
                | Tag::Iframe
                | Tag::Object
                | Tag::Embed
                | Tag::Canvas
                | Tag::Video
                | Tag::Audio
                | Tag::Source
                | Tag::Button
                | Tag::Input
                | Tag::Select
                | Tag::Textarea
                | Tag::Option
                | Tag::Dialog
                | Tag::Rt
        )
    }
}

/// Where to cut `html` so that its elements nest at most `max_depth` deep,
/// if it must be cut (html5ever checks element scopes by scanning its stack
/// of open elements, so nesting costs quadratic time). Estimated from tags
/// alone: elements that close themselves or are usually left open (`<p>`,
/// `<li>`, `<td>`) do not count.
pub(crate) fn depth_cut(html: &str, max_depth: usize) -> Option<usize> {
    let b = html.as_bytes();
    let mut depth: usize = 0;
    // Some(0) is "not looked for yet": every `j` is past it.
    let mut next_gt = Some(0);
    for i in memchr::memchr_iter(b'<', b) {
        let mut j = i + 1;
        let close = b.get(j) == Some(&b'/');
        if close {
            j += 1;
        }
        let start = j;
        while j < b.len() && j - start < 12 && b[j].is_ascii_alphanumeric() {
            j += 1;
        }
        if j == start
            || !b
                .get(j)
                .is_some_and(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/')
        {
            continue;
        }
        let name = &b[start..j];
        let ignored = [
            "br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "param",
            "source", "track", "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody",
            "thead", "tfoot", "rt", "rp", "optgroup", "colgroup", "caption", "html", "head",
            "body",
        ]
        .iter()
        .any(|v| v.as_bytes().eq_ignore_ascii_case(name));
        if ignored {
            continue;
        }
        // `<path d="…" />`: a self-closed element (SVG and MathML are full
        // of them) opens nothing. The next `>` is remembered: searching for
        // it from every `<` would be quadratic on a page of `<`s without one.
        if next_gt.is_some_and(|gt| gt < j) {
            next_gt = memchr::memchr(b'>', &b[j..]).map(|e| j + e);
        }
        let self_closed = next_gt.is_some_and(|gt| gt > j && b[gt - 1] == b'/')
            || b.get(j..).is_some_and(|r| r.starts_with(b"/>"));
        if close {
            depth = depth.saturating_sub(1);
        } else if !self_closed {
            depth += 1;
            if depth > max_depth {
                return Some(i);
            }
        }
    }
    None
}

#[derive(Debug)]
pub(crate) struct Element {
    pub name: QualName,
    pub tag: Tag,
    pub attrs: Vec<Attribute>,
    template: u32,
}

#[derive(Debug)]
pub(crate) enum Data {
    Document,
    Element(Element),
    Text(StrTendril),
    /// Comments, doctypes, processing instructions: kept only as links.
    Other,
}

#[derive(Debug)]
pub(crate) struct Node {
    pub parent: u32,
    pub prev: u32,
    pub next: u32,
    pub first: u32,
    pub last: u32,
    pub data: Data,
}

impl Node {
    fn new(data: Data) -> Node {
        Node {
            parent: NIL,
            prev: NIL,
            next: NIL,
            first: NIL,
            last: NIL,
            data,
        }
    }
}

/// Bytes of a page parsed between two looks at the clock. Small, because a
/// piece's cost is its tags times the nesting depth: at a million levels
/// (--max-depth raised that far) 16 KiB of tags take about a second, and a
/// normal page pays a few dozen calls into the parser.
const PARSE_PIECE: usize = 16 << 10;

fn parse_opts() -> ParseOpts {
    // Scripting off: `<noscript>` content is parsed as markup, and is
    // where server-rendered forums and some CMSs put the real page.
    ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    }
}

impl Sink {
    fn new(html: &str) -> Self {
        let sink = Sink {
            nodes: RefCell::new(Vec::with_capacity(html.len() / 40 + 16)),
            quirks: Cell::new(QuirksMode::NoQuirks),
        };
        {
            let mut nodes = sink.nodes.borrow_mut();
            nodes.push(Node::new(Data::Document));
            nodes.push(Node::new(Data::Element(Element {
                name: QualName::new(None, ns!(html), LocalName::from("")),
                tag: Tag::Other,
                attrs: Vec::new(),
                template: NIL,
            })));
        }
        sink
    }
}

/// A parsed page.
#[derive(Debug)]
pub(crate) struct Dom {
    pub nodes: Vec<Node>,
}

impl Dom {
    pub(crate) fn parse(html: &str) -> Dom {
        parse_document(Sink::new(html), parse_opts()).one(html)
    }

    /// [`Dom::parse`] fed in pieces, with `clock` checked between them.
    pub(crate) fn parse_within(html: &str, clock: &Clock) -> Result<Dom, LimitExceeded> {
        if !clock.is_limited() || html.len() <= PARSE_PIECE {
            return Ok(Self::parse(html));
        }
        let sink = Sink::new(html);
        let mut parser = parse_document(sink, parse_opts());
        let mut rest = html;
        while !rest.is_empty() {
            // Cut just after a `>`: never inside a tag, a CR LF pair or a
            // character, so the pieces tokenize as the whole would.
            let cut = if rest.len() <= PARSE_PIECE {
                rest.len()
            } else {
                memchr::memchr(b'>', &rest.as_bytes()[PARSE_PIECE..])
                    .map_or(rest.len(), |i| PARSE_PIECE + i + 1)
            };
            let (piece, tail) = rest.split_at(cut);
            parser.process(StrTendril::from_slice(piece));
            rest = tail;
            clock.check()?;
        }
        Ok(parser.finish())
    }

    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    pub(crate) fn element(&self, id: u32) -> Option<&Element> {
        match &self.nodes.get(id as usize)?.data {
            Data::Element(e) => Some(e),
            _ => None,
        }
    }

    pub(crate) fn tag(&self, id: u32) -> Option<Tag> {
        self.element(id).map(|e| e.tag)
    }

    pub(crate) fn text(&self, id: u32) -> Option<&str> {
        match &self.nodes.get(id as usize)?.data {
            Data::Text(t) => Some(t),
            _ => None,
        }
    }

    pub(crate) fn attr(&self, id: u32, name: &str) -> Option<&str> {
        self.element(id)?
            .attrs
            .iter()
            .find(|a| a.name.ns == ns!() && &*a.name.local == name)
            .map(|a| &*a.value)
    }

    /// An `<a>` that goes somewhere: with an `href` that is neither empty
    /// nor a `javascript:` handler (a dictionary pop-up over a word, a named
    /// anchor), which is text however it is styled.
    pub(crate) fn is_link(&self, id: u32) -> bool {
        if self.tag(id) != Some(Tag::A) {
            return false;
        }
        match self.attr(id, "href").map(str::trim) {
            None | Some("") => false,
            Some(h) => !h
                .get(..11)
                .is_some_and(|p| p.eq_ignore_ascii_case("javascript:")),
        }
    }

    pub(crate) fn node(&self, id: u32) -> &Node {
        &self.nodes[id as usize]
    }

    pub(crate) fn children(&self, id: u32) -> Children<'_> {
        Children {
            dom: self,
            next: self.nodes.get(id as usize).map_or(NIL, |n| n.first),
        }
    }

    /// The node after `id` in preorder within `root`'s subtree, not
    /// entering `id`'s children when `skip_children`.
    pub(crate) fn next_in(&self, id: u32, root: u32, skip_children: bool) -> u32 {
        let n = self.node(id);
        if !skip_children && n.first != NIL {
            return n.first;
        }
        let mut cur = id;
        while cur != root {
            let c = self.node(cur);
            if c.next != NIL {
                return c.next;
            }
            cur = c.parent;
            if cur == NIL {
                break;
            }
        }
        NIL
    }

    /// Every descendant of `root` (not `root` itself) in preorder.
    pub(crate) fn descendants(&self, root: u32) -> Descendants<'_> {
        Descendants {
            dom: self,
            root,
            next: self.node(root).first,
        }
    }

    /// The first element child of the document with `tag`, searched
    /// breadth-first two levels down (`html > body`).
    pub(crate) fn find_top(&self, tag: Tag) -> Option<u32> {
        for c in self.children(DOCUMENT) {
            if self.tag(c) == Some(tag) {
                return Some(c);
            }
            for g in self.children(c) {
                if self.tag(g) == Some(tag) {
                    return Some(g);
                }
            }
        }
        None
    }
}

#[derive(Debug)]
pub(crate) struct Children<'a> {
    dom: &'a Dom,
    next: u32,
}

impl Iterator for Children<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.next == NIL {
            return None;
        }
        let id = self.next;
        self.next = self.dom.node(id).next;
        Some(id)
    }
}

#[derive(Debug)]
pub(crate) struct Descendants<'a> {
    dom: &'a Dom,
    root: u32,
    next: u32,
}

impl Iterator for Descendants<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.next == NIL {
            return None;
        }
        let id = self.next;
        self.next = self.dom.next_in(id, self.root, false);
        Some(id)
    }
}

struct Sink {
    nodes: RefCell<Vec<Node>>,
    quirks: Cell<QuirksMode>,
}

impl Sink {
    fn push(&self, data: Data) -> u32 {
        let mut nodes = self.nodes.borrow_mut();
        let id = nodes.len() as u32;
        nodes.push(Node::new(data));
        id
    }

    fn detach(nodes: &mut [Node], id: u32) {
        let (parent, prev, next) = {
            let n = &mut nodes[id as usize];
            let links = (n.parent, n.prev, n.next);
            n.parent = NIL;
            n.prev = NIL;
            n.next = NIL;
            links
        };
        if prev != NIL {
            nodes[prev as usize].next = next;
        } else if parent != NIL {
            nodes[parent as usize].first = next;
        }
        if next != NIL {
            nodes[next as usize].prev = prev;
        } else if parent != NIL {
            nodes[parent as usize].last = prev;
        }
    }

    fn append_node(nodes: &mut [Node], parent: u32, child: u32) {
        Self::detach(nodes, child);
        let last = nodes[parent as usize].last;
        {
            let c = &mut nodes[child as usize];
            c.parent = parent;
            c.prev = last;
        }
        if last != NIL {
            nodes[last as usize].next = child;
        } else {
            nodes[parent as usize].first = child;
        }
        nodes[parent as usize].last = child;
    }

    fn insert_before(nodes: &mut [Node], sibling: u32, child: u32) {
        Self::detach(nodes, child);
        let (parent, prev) = {
            let s = &nodes[sibling as usize];
            (s.parent, s.prev)
        };
        {
            let c = &mut nodes[child as usize];
            c.parent = parent;
            c.prev = prev;
            c.next = sibling;
        }
        nodes[sibling as usize].prev = child;
        if prev != NIL {
            nodes[prev as usize].next = child;
        } else if parent != NIL {
            nodes[parent as usize].first = child;
        }
    }

    /// Appends `text` to the text node `at`, if it is one.
    fn merge_text(nodes: &mut [Node], at: u32, text: &StrTendril) -> bool {
        if at == NIL {
            return false;
        }
        if let Data::Text(t) = &mut nodes[at as usize].data {
            t.push_tendril(text);
            true
        } else {
            false
        }
    }
}

impl TreeSink for Sink {
    type Handle = u32;
    type Output = Dom;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> u32 {
        DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a u32) -> Ref<'a, QualName> {
        let id = *target as usize;
        Ref::map(self.nodes.borrow(), |nodes| {
            let name = |i: usize| match nodes.get(i).map(|n| &n.data) {
                Some(Data::Element(e)) => Some(&e.name),
                _ => None,
            };
            match name(id) {
                Some(n) => n,
                None => match &nodes[PLACEHOLDER as usize].data {
                    Data::Element(e) => &e.name,
                    // Node 1 is created as an element in `Dom::parse`.
                    _ => unreachable!("placeholder is an element"),
                },
            }
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> u32 {
        let template = if flags.template {
            self.push(Data::Document)
        } else {
            NIL
        };
        let tag = if name.ns == ns!(html) {
            Tag::of(&name.local)
        } else if &*name.local == "svg" {
            Tag::Svg
        } else if &*name.local == "math" {
            Tag::Math
        } else {
            Tag::Other
        };
        self.push(Data::Element(Element {
            name,
            tag,
            attrs,
            template,
        }))
    }

    fn create_comment(&self, _text: StrTendril) -> u32 {
        self.push(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> u32 {
        self.push(Data::Other)
    }

    fn append(&self, parent: &u32, child: NodeOrText<u32>) {
        let mut nodes = self.nodes.borrow_mut();
        let child = match child {
            NodeOrText::AppendNode(n) => n,
            NodeOrText::AppendText(text) => {
                let last = nodes[*parent as usize].last;
                if Self::merge_text(&mut nodes, last, &text) {
                    return;
                }
                let id = nodes.len() as u32;
                nodes.push(Node::new(Data::Text(text)));
                id
            }
        };
        Self::append_node(&mut nodes, *parent, child);
    }

    fn append_based_on_parent_node(&self, element: &u32, prev: &u32, child: NodeOrText<u32>) {
        let has_parent = self.nodes.borrow()[*element as usize].parent != NIL;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {
        let id = self.push(Data::Other);
        let mut nodes = self.nodes.borrow_mut();
        Self::append_node(&mut nodes, DOCUMENT, id);
    }

    fn get_template_contents(&self, target: &u32) -> u32 {
        match &self.nodes.borrow()[*target as usize].data {
            Data::Element(e) if e.template != NIL => e.template,
            // Never asked for a non-template; a detached node is harmless.
            _ => PLACEHOLDER,
        }
    }

    fn same_node(&self, x: &u32, y: &u32) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.quirks.set(mode);
    }

    fn append_before_sibling(&self, sibling: &u32, child: NodeOrText<u32>) {
        let mut nodes = self.nodes.borrow_mut();
        let child = match child {
            NodeOrText::AppendNode(n) => n,
            NodeOrText::AppendText(text) => {
                let prev = nodes[*sibling as usize].prev;
                if Self::merge_text(&mut nodes, prev, &text) {
                    return;
                }
                let id = nodes.len() as u32;
                nodes.push(Node::new(Data::Text(text)));
                id
            }
        };
        Self::insert_before(&mut nodes, *sibling, child);
    }

    fn add_attrs_if_missing(&self, target: &u32, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Data::Element(e) = &mut nodes[*target as usize].data {
            for a in attrs {
                if !e.attrs.iter().any(|b| b.name == a.name) {
                    e.attrs.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &u32) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &u32, new_parent: &u32) {
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes[*node as usize].first;
        while child != NIL {
            let next = nodes[child as usize].next;
            Self::append_node(&mut nodes, *new_parent, child);
            child = next;
        }
    }
}
