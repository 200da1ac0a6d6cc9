//! Streaming JSON Lines records from files and directories.

use std::fs;
use std::io::{self, BufRead};
use std::path::{Path, PathBuf};

use ghirbal_record::Article;

use crate::error::SearchError;

/// The record files under `paths`: a file as given; a directory's
/// `*.jsonl`, `*.jsonl.gz`, `*.jsonl.zst` (and `.ndjson`) files,
/// recursively, in name order, so an index build reads shards in the same
/// order every time.
pub fn record_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, SearchError> {
    let mut out = Vec::new();
    for path in paths {
        let meta = fs::metadata(path).map_err(|e| SearchError::io(path, e))?;
        if meta.is_dir() {
            walk(path, &mut out)?;
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), SearchError> {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .map_err(|e| SearchError::io(dir, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        // file_type of the entry itself: a symlinked directory is not
        // followed, so a loop cannot be.
        let is_dir = fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
        if is_dir {
            walk(&path, out)?;
        } else if is_record_file(name) {
            out.push(path);
        }
    }
    Ok(())
}

fn is_record_file(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    let base = name
        .strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".zst"))
        .unwrap_or(&name);
    base.ends_with(".jsonl") || base.ends_with(".ndjson")
}

/// Records of one file, line by line; gzip and zstd are recognised by
/// their magic bytes (`ghirbal_io::open_stream`). A line that is not a record is an `Err` for that
/// line, and reading goes on.
pub struct RecordReader {
    label: String,
    lines: io::Lines<Box<dyn BufRead + Send>>,
    line: usize,
    finished: bool,
}

impl std::fmt::Debug for RecordReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecordReader")
            .field("label", &self.label)
            .field("line", &self.line)
            .finish_non_exhaustive()
    }
}

impl RecordReader {
    pub fn open(path: &Path) -> Result<Self, SearchError> {
        let reader = ghirbal_io::open_stream(path)
            .map_err(|e| SearchError::io(path, io::Error::other(e.reason())))?;
        Ok(Self::from_reader(path.display().to_string(), reader))
    }

    pub fn from_reader(label: String, reader: Box<dyn BufRead + Send>) -> Self {
        RecordReader {
            label,
            lines: reader.lines(),
            line: 0,
            finished: false,
        }
    }
}

impl Iterator for RecordReader {
    /// A record, or `label#line: reason`.
    type Item = Result<Article, String>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.finished {
            self.line += 1;
            let line = match self.lines.next()? {
                Ok(line) => line,
                Err(e) => {
                    // A broken stream cannot be resynchronised line-wise.
                    self.finished = true;
                    return Some(Err(format!("{}#{}: {e}", self.label, self.line)));
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            return Some(
                serde_json::from_str::<Article>(&line)
                    .map_err(|e| format!("{}#{}: not a record: {e}", self.label, self.line)),
            );
        }
        None
    }
}
