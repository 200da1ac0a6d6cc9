//! Furniture learnt from the inputs themselves: the text dumps of one folder
//! are taken as pages of one site (a crawl saved per site, or a folder of
//! scraped news), and a line that recurs on many of them is chrome. The
//! counting is `ghirbal_extract::furniture`; this module reads the files for
//! it, a chunk at a time in parallel, and adds them in input order so the
//! result does not depend on the thread count.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ghirbal_extract::furniture::{sample, Learner, PageLines, Thresholds};
use ghirbal_extract::Furniture;
use ghirbal_io::{open_input, DocKind, InputSource, Opened, ReadOptions};
use rayon::prelude::*;

/// Files read at a time: bounds memory to a chunk's line keys.
const CHUNK: usize = 512;

/// Furniture learnt per folder.
#[derive(Debug, Clone, Default)]
pub struct FolderFurniture {
    folders: HashMap<PathBuf, Arc<Furniture>>,
}

impl FolderFurniture {
    /// Learns from the text dumps among `files`, folder by folder (from a
    /// sample of a big folder's). Folders with fewer than `t.min_site_docs`
    /// files learn nothing. Unreadable and
    /// non-text files are passed over here (extraction reports them).
    /// `on_file` is called once for every file: with its size when it is
    /// read, with 0 when it is passed over (a small folder, or outside the
    /// sample), so a progress bar over `files` ends full. Runs on the
    /// current rayon pool.
    pub fn learn(
        files: &[PathBuf],
        read: &ReadOptions,
        t: &Thresholds,
        on_file: impl Fn(u64) + Sync,
    ) -> Self {
        let mut by_folder: BTreeMap<&Path, Vec<&PathBuf>> = BTreeMap::new();
        for file in files {
            by_folder
                .entry(file.parent().unwrap_or(Path::new("")))
                .or_default()
                .push(file);
        }
        let mut folders = HashMap::new();
        for (folder, files) in by_folder {
            if t.floor(files.len() as u32).is_none() {
                files.iter().for_each(|_| on_file(0));
                continue;
            }
            let mut learner = Learner::new();
            let sampled: Vec<&PathBuf> = sample(&files).copied().collect();
            (sampled.len()..files.len()).for_each(|_| on_file(0));
            let files = sampled;
            for chunk in files.chunks(CHUNK) {
                let pages: Vec<Option<PageLines>> = chunk
                    .par_iter()
                    .map(|file| {
                        let page = page_lines(file, read);
                        on_file(page.as_ref().map_or(0, |(_, bytes)| *bytes));
                        page.map(|(lines, _)| lines)
                    })
                    .collect();
                pages.into_iter().flatten().for_each(|p| learner.add(p));
            }
            let furniture = learner.finish(t);
            if !furniture.is_empty() {
                folders.insert(folder.to_path_buf(), Arc::new(furniture));
            }
        }
        Self { folders }
    }

    /// The furniture for a document, by its label: a file's path as given.
    /// A container's documents (`path#N`) get none.
    pub fn for_label(&self, label: &str) -> Option<Arc<Furniture>> {
        if self.folders.is_empty() || is_container_label(label) {
            return None;
        }
        let folder = Path::new(label).parent().unwrap_or(Path::new(""));
        self.folders.get(folder).cloned()
    }

    /// Folders that learnt some furniture.
    pub fn folders(&self) -> usize {
        self.folders.len()
    }

    /// Furniture lines, over all folders.
    pub fn lines(&self) -> usize {
        self.folders.values().map(|f| f.len()).sum()
    }
}

/// A text dump's lines and its size; `None` for anything else.
fn page_lines(file: &Path, read: &ReadOptions) -> Option<(PageLines, u64)> {
    let Ok(Opened::Document(document)) = open_input(&InputSource::File(file.to_path_buf()), read)
    else {
        return None;
    };
    if document.kind != DocKind::Text {
        return None;
    }
    let bytes = document.bytes_read;
    let page = document.decode(&read.limits).ok()?;
    (page.kind == DocKind::Text).then(|| (PageLines::of_text(&page.decoded.text, false), bytes))
}

/// `path#123`: a record inside a container.
fn is_container_label(label: &str) -> bool {
    label
        .rsplit_once('#')
        .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}
