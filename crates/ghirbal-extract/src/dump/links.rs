//! Text-mode browser dumps (`lynx -dump`): every link is numbered where it
//! stands (`[12]headline`) and its address listed under `References` at the
//! end. The numbers are the browser's, not the writer's, and the list is
//! the page's links, not its text.

use std::borrow::Cow;

/// The dump with its link numbers removed and its `References` list
/// blanked (line numbers kept), when it is a numbered text-mode dump;
/// else the dump unchanged.
pub(crate) fn without_link_numbers(text: &str) -> Cow<'_, str> {
    let Some(references) = references_start(text) else {
        return Cow::Borrowed(text);
    };
    let (body, list) = text.split_at(references);
    let mut out = String::with_capacity(text.len());
    let mut row = false;
    for line in body.split_inclusive('\n') {
        row = unnumber_line(line, row, &mut out);
    }
    // Blank lines in place of the list keep every line's number.
    out.extend(list.bytes().filter(|&b| b == b'\n').map(|_| '\n'));
    Cow::Owned(out)
}

/// A link number's span in `line` at `open` (a `[`): `[12]`.
fn mark_len(line: &str, open: usize) -> Option<usize> {
    let after = &line[open + 1..];
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    ((1..=5).contains(&digits) && after[digits..].starts_with(']')).then_some(digits + 2)
}

/// Removes a line's link numbers. A row of short links (`[1]رياضة
/// [2]ثقافة`, a menu, tags, a share bar) keeps a bar between its links, so
/// that it still reads as one: the numbers were what set them apart. A row
/// may wrap onto the next line (`وفنون [3]سيارات`). Returns whether the
/// line was such a row.
fn unnumber_line(line: &str, after_row: bool, out: &mut String) -> bool {
    let marks: Vec<(usize, usize)> = line
        .match_indices('[')
        .filter_map(|(i, _)| mark_len(line, i).map(|len| (i, len)))
        .collect();
    let short = |s: &str| s.split_whitespace().count() <= 4;
    let row = marks
        .first()
        .is_some_and(|&(first, _)| short(&line[..first]))
        && (marks.len() >= 2 || after_row)
        && marks
            .windows(2)
            .all(|w| short(&line[w[0].0 + w[0].1..w[1].0]))
        && marks
            .last()
            .is_some_and(|&(i, len)| short(&line[i + len..]));
    let mut from = 0;
    for &(i, len) in &marks {
        let before = &line[from..i];
        let led = line[..i]
            .trim_end()
            .trim_start_matches([' ', '*', '+', '-', '•', '#']);
        if row && !led.is_empty() && !led.ends_with([':', '：']) {
            out.push_str(before.trim_end_matches(' '));
            out.push_str(" | ");
        } else {
            out.push_str(before);
        }
        from = i + len;
    }
    out.push_str(&line[from..]);
    row
}

/// Where the `References` list starts: a line `References` (lynx may
/// indent its `Visible links:` under it), the first item `1. ADDRESS`
/// within a few lines, and at least three `[N]` marks above it.
fn references_start(text: &str) -> Option<usize> {
    // The list is the dump's tail: search from the end.
    let mut search_end = text.len();
    let at = loop {
        let at = text[..search_end].rfind("References")?;
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        if text[line_start..line_end].trim() == "References" {
            break line_start;
        }
        search_end = at;
    };
    let first_item = text[at..]
        .lines()
        .skip(1)
        .take(4)
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.ends_with(':'))?;
    let address = first_item.strip_prefix("1. ")?;
    if !address.contains("://") && !address.starts_with("file:") {
        return None;
    }
    let head = &text[..at];
    let marks = head
        .match_indices('[')
        .filter(|&(i, _)| mark_len(head, i).is_some())
        .take(3)
        .count();
    (marks == 3).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_dump_loses_its_marks_and_list() {
        let dump = "   [1]الرئيسية\n     * [2]رياضة\n   [3]عنوان الخبر\n   نص [مقتبس] هنا.\n\nReferences\n\n   1. https://a.example/\n   2. https://a.example/s\n   3. https://a.example/n\n";
        let got = without_link_numbers(dump);
        assert_eq!(
            got,
            "   الرئيسية\n     * رياضة\n   عنوان الخبر\n   نص [مقتبس] هنا.\n\n\n\n\n\n\n"
        );
        assert_eq!(got.lines().count(), dump.lines().count());
    }

    #[test]
    fn a_row_of_links_keeps_bars_between_them() {
        let dump = "   [1]رياضة [2]ثقافة\n   وفنون [3]سيارات\n   الوسوم: [4]غزة [5]مصر\n   قال [6]الوزير في بيان طويل نشره اليوم إن [7]الاتفاق قريب.\n\nReferences\n\n   1. https://a.example/\n";
        let got = without_link_numbers(dump);
        assert_eq!(
            got,
            "   رياضة | ثقافة\n   وفنون | سيارات\n   الوسوم: غزة | مصر\n   قال الوزير في بيان طويل نشره اليوم إن الاتفاق قريب.\n\n\n\n\n"
        );
        assert_eq!(got.lines().count(), dump.lines().count());
    }

    #[test]
    fn other_dumps_keep_their_brackets() {
        for dump in [
            "نص [1] وحاشية [2] وثالثة [3].\n",
            "[1]أ [2]ب [3]ج\n\nReferences\n\nلا عناوين هنا\n",
            "[1]أ\n\nReferences\n\n   1. https://a.example/\n",
        ] {
            assert!(
                matches!(without_link_numbers(dump), Cow::Borrowed(_)),
                "{dump}"
            );
        }
    }
}
