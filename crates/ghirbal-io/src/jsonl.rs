//! JSON Lines holding pages: one object per line, the HTML in a string
//! field. Lines are only split here; parsing them is left to
//! [`crate::Document::decode`], which runs on worker threads.

use std::io::Read;
use std::sync::Arc;

use crate::container::{Body, Document};
use crate::error::{InputError, InputErrorKind};
use crate::format::DocKind;
use crate::read::Limits;
use crate::stream::{Line, Unpacked};

pub(crate) struct JsonlReader<R: Read> {
    stream: Unpacked<R>,
    label: String,
    field: Arc<str>,
    limits: Limits,
    line: u64,
    finished: bool,
}

impl<R: Read> JsonlReader<R> {
    pub(crate) fn new(stream: Unpacked<R>, label: String, field: Arc<str>, limits: Limits) -> Self {
        Self {
            stream,
            label,
            field,
            limits,
            line: 0,
            finished: false,
        }
    }

    pub(crate) fn stored_offset(&self) -> u64 {
        self.stream.stored_offset()
    }

    pub(crate) fn next_line(&mut self) -> Option<Result<Document, InputError>> {
        while !self.finished {
            self.line += 1;
            let label = format!("{}#{}", self.label, self.line);
            // Member offsets are not needed for lines; keep the table small.
            let position = self.stream.position();
            self.stream.forget_before(position);
            let max = usize::try_from(self.limits.max_bytes).unwrap_or(usize::MAX);
            let line = match self.stream.read_line(max) {
                Ok(Line::Full(line)) => line,
                Ok(Line::End(line)) => {
                    self.finished = true;
                    line
                }
                Ok(Line::TooLong) => {
                    let limit = self.limits.max_bytes;
                    return Some(Err(InputError::new(
                        label,
                        InputErrorKind::TooLarge { limit },
                    )));
                }
                Err(error) => {
                    // Line numbers cannot be known past a damaged stretch of
                    // the stream, so the file ends here.
                    self.finished = true;
                    return Some(Err(InputError::new(label, error.kind)));
                }
            };
            if line.trim_ascii().is_empty() {
                continue;
            }
            let mut line = line;
            if line.ends_with(b"\n") {
                line.pop();
                if line.ends_with(b"\r") {
                    line.pop();
                }
            }
            return Some(Ok(Document {
                label,
                kind: DocKind::Html,
                url: None,
                bytes_read: 0,
                body: Body::JsonLine {
                    line,
                    field: Arc::clone(&self.field),
                },
            }));
        }
        None
    }
}
