//! Visible text gathered from many text nodes into one block, with the
//! counts the scorer needs taken on the way (no second pass over the text).

/// Text being gathered for one block: whitespace folded as it comes in,
/// chars counted, the share inside links and sentence punctuation noted.
#[derive(Debug, Default)]
pub(crate) struct TextBuf {
    pub text: String,
    /// Non-space chars.
    pub chars: u32,
    /// Non-space chars inside `<a>`.
    pub link_chars: u32,
    /// Sentence and clause punctuation: `. , ، ؛ ; ! ? ؟ :` and the
    /// full-width marks of Chinese and Japanese (`。 、 ！ ？ ，`).
    pub punct: u32,
    pending_space: bool,
}

impl TextBuf {
    pub(crate) fn is_empty(&self) -> bool {
        self.chars == 0
    }

    /// Adds `s`, folding whitespace runs to one space (or, with
    /// `preserve`, keeping line breaks as in `<pre>`).
    pub(crate) fn push(&mut self, s: &str, in_link: bool, preserve: bool) {
        self.text.reserve(s.len());
        for c in s.chars() {
            if c.is_whitespace() {
                if preserve && c == '\n' {
                    self.newline();
                } else {
                    self.pending_space = true;
                }
                continue;
            }
            if self.pending_space && !self.text.is_empty() && !self.text.ends_with('\n') {
                self.text.push(' ');
            }
            self.pending_space = false;
            self.text.push(c);
            self.chars += 1;
            if in_link {
                self.link_chars += 1;
            }
            if matches!(
                c,
                '.' | ','
                    | '،'
                    | '؛'
                    | ';'
                    | '!'
                    | '?'
                    | '؟'
                    | ':'
                    | '…'
                    | '۔'
                    | '。'
                    | '、'
                    | '！'
                    | '？'
                    | '，'
            ) {
                self.punct += 1;
            }
        }
    }

    /// A word break (an inline-block boundary such as `<td>` in a layout
    /// table or `<div>` inside a list item).
    pub(crate) fn space(&mut self) {
        self.pending_space = true;
    }

    /// A line break inside the block (`<br>`, a paragraph in a quote).
    pub(crate) fn newline(&mut self) {
        while self.text.ends_with(' ') {
            self.text.pop();
        }
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        self.pending_space = false;
    }

    /// True when the text ends with a line break, so a second `<br>` means
    /// a paragraph break.
    pub(crate) fn ends_with_newline(&self) -> bool {
        self.text.ends_with('\n')
    }

    pub(crate) fn take(&mut self) -> TextBuf {
        std::mem::take(self)
    }
}

/// Non-space chars of `s`.
pub(crate) fn count_chars(s: &str) -> u32 {
    if s.is_ascii() {
        return s
            .bytes()
            .filter(|b| !b.is_ascii_whitespace() && *b != 0x0b)
            .count() as u32;
    }
    s.chars().filter(|c| !c.is_whitespace()).count() as u32
}

/// `s` with whitespace runs folded to one space and trimmed.
pub(crate) fn fold_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Lowercased ASCII copy, for matching class names and attribute values.
pub(crate) fn lower(s: &str) -> String {
    s.to_ascii_lowercase()
}

/// Whether a class-like attribute value holds one of `tokens` (ASCII
/// case-insensitive; no allocation).
pub(crate) fn has_token(value: &str, tokens: &[&str]) -> bool {
    value
        .split_ascii_whitespace()
        .any(|t| tokens.iter().any(|k| k.eq_ignore_ascii_case(t)))
}
