//! Human-readable renderings of a record.

use std::fmt::Write as _;

use ghirbal_record::{Article, BlockKind};

/// Renders a record as Markdown: title, a metadata list, the summary in
/// bold, image captions, then the body blocks.
pub fn markdown(article: &Article) -> String {
    let mut out = String::new();
    let title = article
        .title
        .as_deref()
        .map(one_line)
        .filter(|t| !t.is_empty());
    let _ = writeln!(
        out,
        "# {}\n",
        title.map_or_else(|| "(untitled)".to_string(), |t| inline(&t))
    );

    let list = |items: &[String]| (!items.is_empty()).then(|| items.join(", "));
    let meta = [
        ("input", Some(article.input.clone())),
        ("url", article.url.clone()),
        ("site", article.site.clone()),
        ("page date", article.page_date.clone()),
        ("published", article.published.clone()),
        ("modified", article.modified.clone()),
        ("authors", list(&article.authors)),
        ("dateline", article.dateline.clone()),
        ("sources", list(&article.sources)),
        ("agencies", list(&article.agencies)),
        ("tags", list(&article.tags)),
        (
            "warnings",
            (!article.warnings.is_empty()).then(|| article.warnings.join("; ")),
        ),
    ];
    for (name, value) in meta {
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            let _ = writeln!(out, "- **{name}:** {}", inline(&one_line(&value)));
        }
    }

    let mut paragraphs: Vec<String> = Vec::new();
    if let Some(summary) = article.summary.as_deref() {
        // Per line: CommonMark emphasis cannot span a line break.
        let bold: Vec<String> = lines(summary)
            .map(|l| format!("**{}**", inline(l)))
            .collect();
        if !bold.is_empty() {
            paragraphs.push(bold.join("\n"));
        }
    }
    for image in &article.images {
        let caption = image
            .caption
            .as_deref()
            .map(one_line)
            .filter(|c| !c.is_empty());
        let credit = image
            .credit
            .as_deref()
            .map(one_line)
            .filter(|c| !c.is_empty());
        let line = match (caption, credit) {
            (Some(caption), Some(credit)) => {
                format!("*{}* ({})", inline(&caption), inline(&credit))
            }
            (Some(caption), None) => format!("*{}*", inline(&caption)),
            (None, Some(credit)) => format!("({})", inline(&credit)),
            (None, None) => continue,
        };
        paragraphs.push(line);
    }
    for block in &article.blocks {
        let rendered: Vec<String> = match block.kind {
            BlockKind::Heading => vec![format!("## {}", inline(&one_line(&block.text)))],
            BlockKind::Paragraph => lines(&block.text)
                .map(|l| escape_start(&inline(l)))
                .collect(),
            BlockKind::List => lines(&block.text)
                .map(|l| format!("- {}", inline(l)))
                .collect(),
            BlockKind::Quote => lines(&block.text)
                .map(|l| format!("> {}", inline(l)))
                .collect(),
            // Rows are lines without a cell syntax, so a code block is the
            // one rendering that keeps them as rows.
            BlockKind::Table => {
                vec![format!("```\n{}\n```", block.text.trim_end_matches('\n'))]
            }
        };
        if !rendered.is_empty() {
            paragraphs.push(rendered.join("\n"));
        }
    }
    for paragraph in paragraphs {
        out.push('\n');
        out.push_str(&paragraph);
        out.push('\n');
    }
    out
}

/// Renders a record as plain text: title, summary and body, separated by
/// blank lines; missing parts are left out.
pub fn text(article: &Article) -> String {
    let parts = [
        article.title.as_deref().unwrap_or(""),
        article.summary.as_deref().unwrap_or(""),
        article.text.as_str(),
    ];
    let mut out = String::new();
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(part);
        out.push('\n');
    }
    out
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes the characters that would start inline markup.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes a line start that Markdown would read as a heading, quote, list
/// item or rule, so a paragraph stays a paragraph.
fn escape_start(line: &str) -> String {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let ordered = digits > 0 && matches!(line.as_bytes().get(digits), Some(b'.' | b')'));
    if ordered {
        format!("{}\\{}", &line[..digits], &line[digits..])
    } else if line.starts_with(['#', '>', '-', '+', '=']) {
        format!("\\{line}")
    } else {
        line.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghirbal_record::{Block, Image};

    #[test]
    fn markdown_renders_every_part() {
        let mut article = Article {
            input: "a.txt".into(),
            title: Some("عنوان الخبر".into()),
            published: Some("2024-05-01".into()),
            authors: vec!["كاتب أول".into(), "كاتب ثان".into()],
            agencies: vec!["AFP".into()],
            summary: Some("ملخص قصير".into()),
            images: vec![Image {
                caption: Some("صورة من المكان".into()),
                credit: Some("رويترز".into()),
                src: None,
            }],
            blocks: vec![
                Block::new(BlockKind::Heading, "عنوان فرعي"),
                Block::new(BlockKind::Paragraph, "فقرة أولى."),
                Block::new(BlockKind::List, "بند أول\nبند ثان"),
                Block::new(BlockKind::Quote, "قول مأثور"),
                Block::new(BlockKind::Paragraph, "- ليست قائمة"),
            ],
            ..Article::default()
        };
        article.rebuild_text();
        let md = markdown(&article);
        let expected = "# عنوان الخبر

- **input:** a.txt
- **published:** 2024-05-01
- **authors:** كاتب أول, كاتب ثان
- **agencies:** AFP

**ملخص قصير**

*صورة من المكان* (رويترز)

## عنوان فرعي

فقرة أولى.

- بند أول
- بند ثان

> قول مأثور

\\- ليست قائمة
";
        assert_eq!(md, expected);
    }

    #[test]
    fn markdown_without_title() {
        let article = Article {
            input: "x".into(),
            ..Article::default()
        };
        assert_eq!(markdown(&article), "# (untitled)\n\n- **input:** x\n");
    }

    #[test]
    fn escapes() {
        assert_eq!(inline("a*b_c"), "a\\*b\\_c");
        assert_eq!(escape_start("12. x"), "12\\. x");
        assert_eq!(escape_start("# x"), "\\# x");
        assert_eq!(escape_start("عادي"), "عادي");
    }

    #[test]
    fn text_skips_missing_parts() {
        let mut article = Article {
            summary: Some("ملخص".into()),
            ..Article::default()
        };
        article.blocks = vec![Block::new(BlockKind::Paragraph, "نص")];
        article.rebuild_text();
        assert_eq!(text(&article), "ملخص\n\nنص\n");
        article.title = Some("عنوان".into());
        assert_eq!(text(&article), "عنوان\n\nملخص\n\nنص\n");
    }
}
