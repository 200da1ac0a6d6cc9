//! The page's visible text cut into blocks, in one walk.
//!
//! A block is the run of inline content between two block boundaries, so
//! text written straight into `<div>`s or between `<br>`s is found as well as
//! `<p>`s. Each block remembers its *owner*, the innermost block element
//! holding it, which is what the scorer weighs. Structure that the record
//! keeps is recognised here: list items, headings, quotes, `<pre>`, and data
//! tables (built row by row; layout tables are walked like `<div>`s).

use ghirbal_arabic::script::ends_with_sentence_punct;

use super::clean::{folded_content, judge, Furniture, Stats};
use super::text::{fold_ws, TextBuf};
use super::tree::{Dom, Tag, NIL};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Paragraph,
    Heading(u8),
    Item,
    Quote,
    Pre,
    Table,
}

#[derive(Debug, Clone)]
pub(crate) struct TextBlock {
    pub kind: Kind,
    /// Innermost block element holding the text.
    pub owner: u32,
    /// The list, quote or table the block belongs to; `NIL` otherwise.
    pub group: u32,
    pub text: String,
    pub chars: u32,
    pub link_chars: u32,
    pub punct: u32,
}

impl TextBlock {
    pub(crate) fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Normal,
    Item(u32),
    Heading(u8),
    Quote(u32),
    Pre,
}

/// What to do when the walk leaves an element.
#[derive(Debug, Clone, Copy)]
enum Exit {
    Nothing,
    Link,
    /// Flush, drop the owner, restore the context.
    Block(Ctx),
    Space,
    Newline,
}

/// The blocks of a page and the furniture met on the way.
#[derive(Debug, Default)]
pub(crate) struct Segments {
    pub blocks: Vec<TextBlock>,
    /// Subtrees left out by name, hiding or as captions, in page order.
    pub furniture: Vec<(u32, Furniture)>,
}

/// With `keep_comments` (a forum or Q&A page) readers' posts are the
/// content, not furniture.
/// Hidden boxes inside `unfold` (the story's container, on a second look;
/// `NIL` on the first) are read when they hold folded content.
pub(crate) fn segment(
    dom: &Dom,
    stats: &Stats,
    root: u32,
    keep_comments: bool,
    unfold: u32,
) -> Segments {
    let mut s = Segmenter {
        dom,
        stats,
        page_chars: stats.chars[root as usize]
            - stats.link_chars[root as usize].min(stats.chars[root as usize]),
        out: Segments::default(),
        buf: TextBuf::default(),
        owners: vec![root],
        ctx: Ctx::Normal,
        links: 0,
        keep_comments,
        unfold,
    };
    s.walk(root);
    s.out
}

struct Segmenter<'a> {
    dom: &'a Dom,
    stats: &'a Stats,
    page_chars: u32,
    out: Segments,
    buf: TextBuf,
    owners: Vec<u32>,
    ctx: Ctx,
    links: u32,
    keep_comments: bool,
    unfold: u32,
}

impl Segmenter<'_> {
    fn walk(&mut self, root: u32) {
        // (node, exit action); a node is entered when pushed with its
        // children still to visit, left when popped the second time.
        let mut stack: Vec<(u32, Exit, bool)> = vec![(root, Exit::Nothing, false)];
        while let Some(top) = stack.last_mut() {
            let (id, _, entered) = *top;
            if entered {
                let (_, exit, _) = stack.pop().unwrap_or((NIL, Exit::Nothing, true));
                self.leave(exit);
                continue;
            }
            top.2 = true;
            let (descend, exit) = if id == root {
                (true, Exit::Block(self.ctx))
            } else {
                self.enter(id)
            };
            if let Some(t) = stack.last_mut() {
                t.1 = exit;
            }
            if descend {
                // Children pushed in reverse so the first is visited first.
                let mut child = self.dom.node(id).last;
                while child != NIL {
                    stack.push((child, Exit::Nothing, false));
                    child = self.dom.node(child).prev;
                }
            }
        }
        self.flush();
    }

    fn enter(&mut self, id: u32) -> (bool, Exit) {
        if let Some(text) = self.dom.text(id) {
            self.buf.push(text, self.links > 0, self.ctx == Ctx::Pre);
            return (false, Exit::Nothing);
        }
        let Some(el) = self.dom.element(id) else {
            return (false, Exit::Nothing);
        };
        if let Some(f) = judge(
            self.dom,
            self.stats,
            id,
            self.page_chars,
            self.keep_comments,
        )
        .filter(|&f| {
            !(f == Furniture::Hidden
                && self.unfold != NIL
                && self.stats.contains(self.unfold, id)
                && folded_content(self.dom, self.stats, id))
        }) {
            if f != Furniture::Invisible {
                self.out.furniture.push((id, f));
            }
            // A hidden inline element still separates the words around it;
            // a ruby reading sits over its word.
            if el.tag != Tag::Rt {
                self.buf.space();
            }
            return (false, Exit::Nothing);
        }
        let tag = el.tag;
        match tag {
            Tag::A if self.dom.is_link(id) => {
                self.links += 1;
                (true, Exit::Link)
            }
            Tag::Br => {
                match self.ctx {
                    Ctx::Normal if self.buf.ends_with_newline() => self.flush(),
                    Ctx::Normal | Ctx::Quote(_) | Ctx::Pre => self.buf.newline(),
                    Ctx::Item(_) | Ctx::Heading(_) => self.buf.space(),
                }
                (false, Exit::Nothing)
            }
            Tag::Img | Tag::Picture => (false, Exit::Nothing),
            Tag::Hr => {
                if self.ctx == Ctx::Normal {
                    self.flush();
                }
                (false, Exit::Nothing)
            }
            Tag::Ul | Tag::Ol | Tag::Menu => self.open(id, self.ctx),
            Tag::Li => {
                let list = self.dom.node(id).parent;
                self.open(id, Ctx::Item(list))
            }
            Tag::H(level) => match self.ctx {
                Ctx::Normal => self.open(id, Ctx::Heading(level)),
                _ => self.inline_block(),
            },
            Tag::Blockquote => match self.ctx {
                Ctx::Normal | Ctx::Quote(_) => self.open(id, Ctx::Quote(id)),
                _ => self.inline_block(),
            },
            Tag::Pre => match self.ctx {
                Ctx::Normal => self.open(id, Ctx::Pre),
                _ => self.inline_block(),
            },
            Tag::Table if self.ctx == Ctx::Normal && is_data_table(self.dom, self.stats, id) => {
                self.flush();
                if let Some(b) = self.table_block(id) {
                    self.out.blocks.push(b);
                }
                (false, Exit::Nothing)
            }
            _ if tag.is_block() => self.inline_block_or_open(id),
            _ => (true, Exit::Nothing),
        }
    }

    /// A block element: its own block in normal text, a word or line break
    /// inside a list item, heading or quote.
    fn inline_block_or_open(&mut self, id: u32) -> (bool, Exit) {
        match self.ctx {
            Ctx::Normal => self.open(id, Ctx::Normal),
            _ => self.inline_block(),
        }
    }

    fn inline_block(&mut self) -> (bool, Exit) {
        match self.ctx {
            Ctx::Quote(_) => {
                self.buf.newline();
                (true, Exit::Newline)
            }
            Ctx::Pre => (true, Exit::Nothing),
            _ => {
                self.buf.space();
                (true, Exit::Space)
            }
        }
    }

    fn open(&mut self, id: u32, ctx: Ctx) -> (bool, Exit) {
        self.flush();
        let restore = self.ctx;
        self.ctx = ctx;
        self.owners.push(id);
        (true, Exit::Block(restore))
    }

    fn leave(&mut self, exit: Exit) {
        match exit {
            Exit::Nothing => {}
            Exit::Link => self.links = self.links.saturating_sub(1),
            Exit::Space => self.buf.space(),
            Exit::Newline => self.buf.newline(),
            Exit::Block(restore) => {
                self.flush();
                if self.owners.len() > 1 {
                    self.owners.pop();
                }
                self.ctx = restore;
            }
        }
    }

    fn flush(&mut self) {
        if self.buf.is_empty() {
            self.buf = TextBuf::default();
            return;
        }
        let buf = self.buf.take();
        let owner = *self.owners.last().unwrap_or(&NIL);
        let (kind, group) = match self.ctx {
            Ctx::Normal => (Kind::Paragraph, NIL),
            Ctx::Item(list) => (Kind::Item, list),
            Ctx::Heading(l) => (Kind::Heading(l), NIL),
            Ctx::Quote(q) => (Kind::Quote, q),
            Ctx::Pre => (Kind::Pre, NIL),
        };
        if kind == Kind::Paragraph && buf.text.contains('\n') {
            self.split_lines(&buf, owner);
            return;
        }
        let text = match kind {
            Kind::Quote | Kind::Pre => buf.text.trim().to_string(),
            _ => buf.text.replace('\n', " "),
        };
        self.out.blocks.push(TextBlock {
            kind,
            owner,
            group,
            text,
            chars: buf.chars,
            link_chars: buf.link_chars,
            punct: buf.punct,
        });
    }

    /// A paragraph broken by single `<br>`s: one paragraph per line when the
    /// lines read as paragraphs (most end a sentence or are long), else one
    /// paragraph with the breaks as spaces.
    fn split_lines(&mut self, buf: &TextBuf, owner: u32) {
        let lines: Vec<&str> = buf
            .text
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let prose = lines
            .iter()
            .filter(|l| ends_with_sentence_punct(l) || l.chars().count() >= 120)
            .count();
        if lines.len() < 2 || prose * 2 < lines.len() {
            self.out.blocks.push(TextBlock {
                kind: Kind::Paragraph,
                owner,
                group: NIL,
                text: lines.join(" "),
                chars: buf.chars,
                link_chars: buf.link_chars,
                punct: buf.punct,
            });
            return;
        }
        let ld = buf.link_chars as f32 / buf.chars.max(1) as f32;
        for line in lines {
            let mut b = TextBuf::default();
            b.push(line, false, false);
            self.out.blocks.push(TextBlock {
                kind: Kind::Paragraph,
                owner,
                group: NIL,
                text: b.text,
                chars: b.chars,
                link_chars: (b.chars as f32 * ld) as u32,
                punct: b.punct,
            });
        }
    }

    fn table_block(&self, table: u32) -> Option<TextBlock> {
        let mut rows: Vec<String> = Vec::new();
        for row in self.dom.descendants(table) {
            if self.dom.tag(row) != Some(Tag::Tr) {
                continue;
            }
            let cells: Vec<String> = self
                .dom
                .children(row)
                .filter(|&c| matches!(self.dom.tag(c), Some(Tag::Td | Tag::Th)))
                .map(|c| collect_text(self.dom, c))
                .collect();
            if cells.iter().all(String::is_empty) {
                continue;
            }
            rows.push(cells.join(" | "));
        }
        if rows.is_empty() {
            return None;
        }
        let text = rows.join("\n");
        let punct = text
            .chars()
            .filter(|c| matches!(c, '.' | ',' | '،' | '؛' | '!' | '?' | '؟'))
            .count() as u32;
        Some(TextBlock {
            kind: Kind::Table,
            owner: table,
            group: table,
            text,
            chars: self.stats.chars[table as usize],
            link_chars: self.stats.link_chars[table as usize],
            punct,
        })
    }
}

/// A table of data (rows of short cells) rather than page layout.
fn is_data_table(dom: &Dom, stats: &Stats, table: u32) -> bool {
    if matches!(dom.attr(table, "role"), Some("presentation" | "none")) {
        return false;
    }
    let mut rows = 0;
    let mut widest = 0;
    for d in dom.descendants(table) {
        match dom.tag(d) {
            Some(Tag::Table) => return false,
            Some(Tag::Tr) => {
                rows += 1;
                let cells = dom
                    .children(d)
                    .filter(|&c| matches!(dom.tag(c), Some(Tag::Td | Tag::Th)))
                    .count();
                widest = widest.max(cells);
            }
            Some(Tag::Td | Tag::Th) if stats.chars[d as usize] > 300 => return false,
            Some(Tag::P | Tag::Div | Tag::Ul | Tag::Ol | Tag::Blockquote | Tag::H(_))
                if stats.chars[d as usize] > 150 =>
            {
                return false
            }
            _ => {}
        }
    }
    rows >= 1 && widest >= 2
}

/// The visible text of a subtree, whitespace folded.
pub(crate) fn collect_text(dom: &Dom, root: u32) -> String {
    let mut buf = TextBuf::default();
    let mut id = dom.node(root).first;
    while id != NIL {
        let mut skip = false;
        if let Some(t) = dom.text(id) {
            buf.push(t, false, false);
        } else if let Some(tag) = dom.tag(id) {
            if tag.is_invisible() {
                skip = true;
            } else if tag.is_block() || tag == Tag::Br {
                buf.space();
            }
        }
        id = dom.next_in(id, root, skip);
    }
    fold_ws(&buf.text)
}
