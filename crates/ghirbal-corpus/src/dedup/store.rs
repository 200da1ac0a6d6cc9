//! The spill files of a dedup run: fixed-size rows read back by document
//! number, and band entries partitioned by key.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::os::unix::fs::FileExt;
use std::path::PathBuf;

use super::{date_key, spill_folder, DedupError, Features};
use crate::minhash::{band_keys, Params};

/// Band entries are spread over this many files; one is in memory at a
/// time per thread, so a partition is 1/256 of all entries (12 bytes per
/// document per band: 100M documents × 28 bands ≈ 130 MB a partition).
pub const PARTITIONS: usize = 256;

const META_ROW: usize = 48;
const ENTRY: usize = 12;
const WRITE_BUFFER: usize = 64 << 10;
const PARTITION_BUFFER: usize = 16 << 10;

#[derive(Debug, Clone, Copy)]
pub(crate) struct MetaRow {
    pub exact: u128,
    pub published: u64,
    pub chars: u64,
    id_offset: u64,
    id_len: u32,
}

#[derive(Debug)]
pub(crate) struct Spill {
    dir: tempfile::TempDir,
    meta: BufWriter<File>,
    sigs: BufWriter<File>,
    ids: BufWriter<File>,
    ids_len: u64,
    /// Band entries stay here until they outgrow `band_budget`; only then
    /// are the partition files made, so a small corpus never touches them.
    pending: Vec<(u64, u32)>,
    band_budget: usize,
    parts: Vec<BufWriter<File>>,
    bytes: u64,
    row: Vec<u8>,
}

fn create(
    dir: &tempfile::TempDir,
    name: &str,
    buffer: usize,
) -> Result<BufWriter<File>, DedupError> {
    let path = dir.path().join(name);
    let file = File::create(&path).map_err(|e| DedupError::new(path.display().to_string(), e))?;
    Ok(BufWriter::with_capacity(buffer, file))
}

impl Spill {
    pub(crate) fn create(
        root: Option<&std::path::Path>,
        band_budget: u64,
    ) -> Result<Self, DedupError> {
        let dir =
            spill_folder(root).map_err(|e| DedupError::new("creating the spill folder", e))?;
        Ok(Self {
            pending: Vec::new(),
            band_budget: usize::try_from(band_budget).unwrap_or(usize::MAX),
            parts: Vec::new(),
            meta: create(&dir, "meta", WRITE_BUFFER)?,
            sigs: create(&dir, "signatures", WRITE_BUFFER)?,
            ids: create(&dir, "ids", WRITE_BUFFER)?,
            dir,
            ids_len: 0,
            bytes: 0,
            row: Vec::with_capacity(META_ROW),
        })
    }

    pub(crate) fn bytes(&self) -> u64 {
        self.bytes
    }

    pub(crate) fn push(
        &mut self,
        number: u32,
        doc: &Features,
        params: &Params,
    ) -> Result<(), DedupError> {
        let err = |e| DedupError::new("writing spill files", e);
        let id = doc.id.as_bytes();
        let id_len = u32::try_from(id.len()).unwrap_or(u32::MAX);
        self.row.clear();
        self.row
            .extend_from_slice(&doc.fingerprint.exact.to_le_bytes());
        self.row
            .extend_from_slice(&date_key(doc.published.as_deref()).to_le_bytes());
        self.row.extend_from_slice(&doc.chars.to_le_bytes());
        self.row.extend_from_slice(&self.ids_len.to_le_bytes());
        self.row.extend_from_slice(&id_len.to_le_bytes());
        self.row
            .extend_from_slice(&doc.fingerprint.words.to_le_bytes());
        debug_assert_eq!(self.row.len(), META_ROW);
        self.meta.write_all(&self.row).map_err(err)?;
        self.ids.write_all(&id[..id_len as usize]).map_err(err)?;
        self.ids_len += u64::from(id_len);
        // A fixed-size slot per document: the sketch's length, its values,
        // zero padding.
        let sketch = &doc.fingerprint.sketch[..doc.fingerprint.sketch.len().min(params.sketch)];
        self.sigs
            .write_all(&(sketch.len() as u32).to_le_bytes())
            .map_err(err)?;
        for v in sketch {
            self.sigs.write_all(&v.to_le_bytes()).map_err(err)?;
        }
        for _ in sketch.len()..params.sketch {
            self.sigs.write_all(&[0; 4]).map_err(err)?;
        }
        self.bytes += (META_ROW + id.len() + 4 * (params.sketch + 1)) as u64;
        // A text with no words has nothing to compare: it stays unique.
        if doc.fingerprint.words > 0 {
            for key in band_keys(params, &doc.fingerprint.signature) {
                if self.parts.is_empty() {
                    self.pending.push((key, number));
                } else {
                    self.write_entry(key, number)?;
                }
            }
            if self.parts.is_empty() && self.pending.len() * ENTRY > self.band_budget {
                self.parts = (0..super::PARTITIONS)
                    .map(|p| create(&self.dir, &format!("bands-{p:03}"), PARTITION_BUFFER))
                    .collect::<Result<_, _>>()?;
                for (key, number) in std::mem::take(&mut self.pending) {
                    self.write_entry(key, number)?;
                }
            }
        }
        Ok(())
    }

    fn write_entry(&mut self, key: u64, number: u32) -> Result<(), DedupError> {
        let w = &mut self.parts[partition(key)];
        w.write_all(&key.to_le_bytes())
            .and_then(|()| w.write_all(&number.to_le_bytes()))
            .map_err(|e| DedupError::new("writing spill files", e))?;
        self.bytes += ENTRY as u64;
        Ok(())
    }

    pub(crate) fn close(self) -> Result<Closed, DedupError> {
        let flush = |w: BufWriter<File>| -> Result<(), DedupError> {
            w.into_inner()
                .map_err(|e| DedupError::new("writing spill files", e.into_error()))?;
            Ok(())
        };
        flush(self.meta)?;
        flush(self.sigs)?;
        flush(self.ids)?;
        let in_memory = self.parts.is_empty();
        for p in self.parts {
            flush(p)?;
        }
        let mut pending = vec![Vec::new(); if in_memory { super::PARTITIONS } else { 0 }];
        for (key, number) in self.pending {
            pending[partition(key)].push((key, number));
        }
        Ok(Closed {
            dir: self.dir,
            pending: pending.into_iter().map(std::sync::Mutex::new).collect(),
        })
    }
}

fn partition(key: u64) -> usize {
    ((key >> 32) as usize) % super::PARTITIONS
}

/// Spill files written and closed.
#[derive(Debug)]
pub(crate) struct Closed {
    dir: tempfile::TempDir,
    /// The partitions, when they never left memory.
    pending: Vec<std::sync::Mutex<Vec<(u64, u32)>>>,
}

impl Closed {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn open(&self, name: &str) -> Result<File, DedupError> {
        let path = self.path(name);
        File::open(&path).map_err(|e| DedupError::new(path.display().to_string(), e))
    }

    /// One partition's `(band key, document)` entries, and the file is
    /// deleted: it is read once.
    pub(crate) fn read_partition(&self, part: usize) -> Result<Vec<(u64, u32)>, DedupError> {
        if let Some(entries) = self.pending.get(part) {
            return Ok(std::mem::take(
                &mut *entries.lock().unwrap_or_else(|e| e.into_inner()),
            ));
        }
        let name = format!("bands-{part:03}");
        let file = self.open(&name)?;
        let len = file
            .metadata()
            .map_err(|e| DedupError::new(&name, e))?
            .len() as usize;
        let mut reader = BufReader::with_capacity(WRITE_BUFFER, file);
        let mut entries = Vec::with_capacity(len / ENTRY);
        let mut buf = [0u8; ENTRY];
        loop {
            match reader.read_exact(&mut buf) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => break,
                Err(e) => return Err(DedupError::new(name, e)),
            }
            let key = u64::from_le_bytes(buf[..8].try_into().expect("8 bytes"));
            let doc = u32::from_le_bytes(buf[8..].try_into().expect("4 bytes"));
            entries.push((key, doc));
        }
        let _ = std::fs::remove_file(self.path(&name));
        Ok(entries)
    }

    pub(crate) fn meta_reader(&self) -> Result<MetaReader, DedupError> {
        Ok(MetaReader {
            meta: self.open("meta")?,
            ids: self.open("ids")?,
        })
    }
}

#[derive(Debug)]
pub(crate) struct MetaReader {
    meta: File,
    ids: File,
}

impl MetaReader {
    pub(crate) fn row(&self, doc: u32) -> Result<MetaRow, DedupError> {
        let mut buf = [0u8; META_ROW];
        self.meta
            .read_exact_at(&mut buf, u64::from(doc) * META_ROW as u64)
            .map_err(|e| DedupError::new("meta", e))?;
        let u64_at = |at: usize| u64::from_le_bytes(buf[at..at + 8].try_into().expect("8 bytes"));
        Ok(MetaRow {
            exact: u128::from_le_bytes(buf[..16].try_into().expect("16 bytes")),
            published: u64_at(16),
            chars: u64_at(24),
            id_offset: u64_at(32),
            id_len: u32::from_le_bytes(buf[40..44].try_into().expect("4 bytes")),
        })
    }

    pub(crate) fn id(&self, doc: u32) -> Result<String, DedupError> {
        let row = self.row(doc)?;
        let mut buf = vec![0u8; row.id_len as usize];
        self.ids
            .read_exact_at(&mut buf, row.id_offset)
            .map_err(|e| DedupError::new("ids", e))?;
        Ok(String::from_utf8_lossy(&buf).into_owned())
    }
}

/// Signatures by document number: in memory when they fit the budget,
/// else read from the spill file as needed.
#[derive(Debug)]
pub(crate) enum SigStore {
    Memory { k: usize, values: Vec<u32> },
    File { k: usize, file: File },
}

impl SigStore {
    pub(crate) fn open(
        spill: &Closed,
        k: usize,
        docs: usize,
        budget: u64,
    ) -> Result<Self, DedupError> {
        let file = spill.open("signatures")?;
        let bytes = (docs * k * 4) as u64;
        if bytes > budget {
            return Ok(Self::File { k, file });
        }
        let mut raw = Vec::with_capacity(bytes as usize);
        BufReader::new(file)
            .read_to_end(&mut raw)
            .map_err(|e| DedupError::new("signatures", e))?;
        let values = raw
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
            .collect();
        Ok(Self::Memory { k, values })
    }

    pub(crate) fn get(&self, doc: u32, out: &mut [u32]) -> Result<(), DedupError> {
        match self {
            Self::Memory { k, values } => {
                let start = doc as usize * k;
                out.copy_from_slice(&values[start..start + k]);
            }
            Self::File { k, file } => {
                let mut buf = vec![0u8; k * 4];
                file.read_exact_at(&mut buf, u64::from(doc) * (*k as u64) * 4)
                    .map_err(|e| DedupError::new("signatures", e))?;
                for (o, c) in out.iter_mut().zip(buf.chunks_exact(4)) {
                    *o = u32::from_le_bytes(c.try_into().expect("4 bytes"));
                }
            }
        }
        Ok(())
    }
}
