//! `--explain` output: one row per input line instead of records.

use std::io::{self, Write};

use ghirbal_extract::{LineClass, LineExplanation};
use ghirbal_io::Format;
use serde::Serialize;

#[derive(Serialize)]
struct Row<'a> {
    input: &'a str,
    line: usize,
    class: LineClass,
    reason: &'a str,
    text: &'a str,
}

/// Writes explanation rows in the shape `format` asks for.
#[derive(Debug)]
pub struct ExplainWriter<W: Write> {
    out: W,
    format: Format,
    inputs: u64,
    rows: u64,
}

impl<W: Write> ExplainWriter<W> {
    pub fn new(out: W, format: Format) -> Self {
        Self {
            out,
            format,
            inputs: 0,
            rows: 0,
        }
    }

    pub fn write(&mut self, input: &str, lines: &[LineExplanation]) -> io::Result<()> {
        match self.format {
            Format::Jsonl | Format::Json => {
                for line in lines {
                    if self.format == Format::Json {
                        self.out
                            .write_all(if self.rows == 0 { b"[\n" } else { b",\n" })?;
                    }
                    let row = Row {
                        input,
                        line: line.line,
                        class: line.class,
                        reason: &line.reason,
                        text: &line.text,
                    };
                    serde_json::to_writer(&mut self.out, &row)?;
                    if self.format == Format::Jsonl {
                        self.out.write_all(b"\n")?;
                    }
                    self.rows += 1;
                }
            }
            Format::Text | Format::Markdown => {
                if self.inputs > 0 {
                    self.out.write_all(b"\n")?;
                }
                let table = columns(input, lines);
                if self.format == Format::Markdown {
                    // Fenced, so the alignment survives rendering.
                    write!(self.out, "## {input}\n\n```text\n{table}```\n")?;
                } else {
                    self.out.write_all(table.as_bytes())?;
                }
                self.rows += lines.len() as u64;
            }
        }
        self.inputs += 1;
        Ok(())
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    pub fn finish(mut self) -> io::Result<W> {
        if self.format == Format::Json {
            self.out
                .write_all(if self.rows == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

/// `input:line  class  reason  text`, padded per input. The text goes last
/// so right-to-left lines cannot disturb the alignment of the others.
fn columns(input: &str, lines: &[LineExplanation]) -> String {
    let locations: Vec<String> = lines
        .iter()
        .map(|l| format!("{input}:{}", l.line))
        .collect();
    let classes: Vec<&str> = lines.iter().map(|l| l.class.as_str()).collect();
    let width = |cells: &mut dyn Iterator<Item = usize>| cells.max().unwrap_or(0);
    let loc_w = width(&mut locations.iter().map(|s| s.chars().count()));
    let class_w = width(&mut classes.iter().map(|s| s.chars().count()));
    let reason_w = width(&mut lines.iter().map(|l| l.reason.chars().count()));
    let mut out = String::new();
    for ((line, location), class) in lines.iter().zip(&locations).zip(&classes) {
        let row = format!(
            "{location:<loc_w$}  {class:<class_w$}  {reason:<reason_w$}  {text}",
            reason = line.reason,
            text = line.text,
        );
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(n: usize, class: LineClass, reason: &str, text: &str) -> LineExplanation {
        LineExplanation {
            line: n,
            class,
            reason: reason.into(),
            text: text.into(),
        }
    }

    #[test]
    fn text_columns_are_aligned() {
        let lines = [
            line(1, LineClass::Title, "first line", "عنوان"),
            line(2, LineClass::Blank, "empty", ""),
            line(10, LineClass::Paragraph, "long prose", "فقرة"),
        ];
        let mut w = ExplainWriter::new(Vec::new(), Format::Text);
        w.write("a.txt", &lines).unwrap();
        let out = String::from_utf8(w.finish().unwrap()).unwrap();
        assert_eq!(
            out,
            "a.txt:1   title      first line  عنوان\n\
             a.txt:2   blank      empty\n\
             a.txt:10  paragraph  long prose  فقرة\n"
        );
    }

    #[test]
    fn json_rows() {
        let lines = [line(1, LineClass::DateWidget, "date", "1 مايو 2024")];
        let mut w = ExplainWriter::new(Vec::new(), Format::Jsonl);
        w.write("a.txt", &lines).unwrap();
        let out = String::from_utf8(w.finish().unwrap()).unwrap();
        assert_eq!(
            out,
            "{\"input\":\"a.txt\",\"line\":1,\"class\":\"date_widget\",\"reason\":\"date\",\"text\":\"1 مايو 2024\"}\n"
        );
        let mut w = ExplainWriter::new(Vec::new(), Format::Json);
        w.write("a.txt", &[]).unwrap();
        assert_eq!(w.finish().unwrap(), b"[]\n");
    }
}
