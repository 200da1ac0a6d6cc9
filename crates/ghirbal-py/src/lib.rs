//! `ghirbal._native`: the Rust side of the `ghirbal` Python package.
//!
//! Thin glue: every function calls the same library code as the CLI
//! (`ghirbal-extract`, `ghirbal-arabic`, `ghirbal-corpus`), so a record made
//! here is the record `ghirbal extract` makes. Work that takes time runs
//! with the GIL released; the `*_batch` functions also spread it over
//! threads. The underscored `_spark_*` functions are the per-partition
//! pieces of `ghirbal.spark`.

use std::sync::Mutex;

use ghirbal_corpus::build::Annotator;
use ghirbal_corpus::dedup::{
    date_key, resolve_component, BucketHeads, Component, Config as DedupConfig, Dedup, Features,
    UnionFind,
};
use ghirbal_corpus::minhash::{band_keys, MinHasher, Params};
use ghirbal_corpus::pipeline::{self, Extracted, Settings};
use ghirbal_corpus::quality::Thresholds;
use ghirbal_extract::{try_extract_dump, try_extract_html, Options};
use ghirbal_io::{open_input, Container, Document, InputFormat, InputSource, Opened};
use ghirbal_record::Article;
use pyo3::create_exception;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList};
use rayon::prelude::*;

create_exception!(
    _native,
    InputError,
    PyValueError,
    "An input ghirbal could not turn into a record; the message starts with the input's name."
);

fn input_error(input: &str, reason: &str) -> PyErr {
    InputError::new_err(format!("{input}: {reason}"))
}

fn to_dict<'py>(py: Python<'py>, article: &Article) -> PyResult<Bound<'py, PyAny>> {
    Ok(pythonize::pythonize(py, article)?)
}

fn options() -> Options {
    Settings::default().extract
}

fn html_record(input: &str, html: &str, url: Option<&str>) -> Result<Article, String> {
    try_extract_html(input, html, url, &options())
        .map(|e| e.article)
        .map_err(|limit| limit.to_string())
}

fn text_record(input: &str, text: &str) -> Result<Article, String> {
    try_extract_dump(input, text, &options())
        .map(|e| e.article)
        .map_err(|limit| limit.to_string())
}

/// The article in an HTML page, as a dict shaped like the JSON Schema.
/// `input` names the page in the record (`input`, and the `id` hash) and in
/// errors.
#[pyfunction]
#[pyo3(signature = (html, url=None, input="<html>"))]
fn extract_html<'py>(
    py: Python<'py>,
    html: &str,
    url: Option<&str>,
    input: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let article = py
        .detach(|| html_record(input, html, url))
        .map_err(|e| input_error(input, &e))?;
    to_dict(py, &article)
}

/// The article in a text dump of a page (what a browser's "save as text"
/// or a crawler's text output gives), as a dict.
#[pyfunction]
#[pyo3(signature = (text, input="<text>"))]
fn extract_text<'py>(py: Python<'py>, text: &str, input: &str) -> PyResult<Bound<'py, PyAny>> {
    let article = py
        .detach(|| text_record(input, text))
        .map_err(|e| input_error(input, &e))?;
    to_dict(py, &article)
}

fn threads_pool(threads: Option<usize>) -> PyResult<rayon::ThreadPool> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads {
        builder = builder.num_threads(n.max(1));
    }
    builder
        .build()
        .map_err(|e| PyRuntimeError::new_err(e.to_string()))
}

fn labels(inputs: Option<Vec<String>>, n: usize, default: &str) -> PyResult<Vec<String>> {
    match inputs {
        Some(v) if v.len() != n => Err(PyValueError::new_err(format!(
            "inputs has {} names for {n} documents",
            v.len()
        ))),
        Some(v) => Ok(v),
        None => Ok((0..n).map(|i| format!("{default}#{i}")).collect()),
    }
}

/// Collects batch results: records as dicts; a failed document raises,
/// or with `errors="skip"` becomes None in its place.
fn batch_out<'py>(
    py: Python<'py>,
    results: Vec<Result<Article, String>>,
    names: &[String],
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for (result, name) in results.into_iter().zip(names) {
        match result {
            Ok(article) => list.append(to_dict(py, &article)?)?,
            Err(e) if errors == "skip" => {
                let _ = e;
                list.append(py.None())?;
            }
            Err(e) => return Err(input_error(name, &e)),
        }
    }
    Ok(list)
}

fn check_errors(errors: &str) -> PyResult<()> {
    match errors {
        "raise" | "skip" => Ok(()),
        other => Err(PyValueError::new_err(format!(
            "errors must be \"raise\" or \"skip\", not {other:?}"
        ))),
    }
}

/// `extract_html` over many pages, in parallel with the GIL released;
/// records come back in the pages' order.
#[pyfunction]
#[pyo3(signature = (pages, urls=None, inputs=None, threads=None, errors="raise"))]
fn extract_html_batch<'py>(
    py: Python<'py>,
    pages: Vec<String>,
    urls: Option<Vec<Option<String>>>,
    inputs: Option<Vec<String>>,
    threads: Option<usize>,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    check_errors(errors)?;
    let names = labels(inputs, pages.len(), "<html>")?;
    let urls = urls.unwrap_or_else(|| vec![None; pages.len()]);
    if urls.len() != pages.len() {
        return Err(PyValueError::new_err("urls and pages differ in length"));
    }
    let pool = threads_pool(threads)?;
    let results = py.detach(|| {
        pool.install(|| {
            pages
                .par_iter()
                .zip(&urls)
                .zip(&names)
                .map(|((html, url), name)| html_record(name, html, url.as_deref()))
                .collect::<Vec<_>>()
        })
    });
    batch_out(py, results, &names, errors)
}

/// `extract_text` over many dumps, in parallel with the GIL released.
#[pyfunction]
#[pyo3(signature = (texts, inputs=None, threads=None, errors="raise"))]
fn extract_text_batch<'py>(
    py: Python<'py>,
    texts: Vec<String>,
    inputs: Option<Vec<String>>,
    threads: Option<usize>,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    check_errors(errors)?;
    let names = labels(inputs, texts.len(), "<text>")?;
    let pool = threads_pool(threads)?;
    let results = py.detach(|| {
        pool.install(|| {
            texts
                .par_iter()
                .zip(&names)
                .map(|(text, name)| text_record(name, text))
                .collect::<Vec<_>>()
        })
    });
    batch_out(py, results, &names, errors)
}

enum FileState {
    Document(Option<Document>),
    Container(Box<Container>),
    Failed(Option<ghirbal_io::InputError>),
}

/// The records of one file, lazily: a page or dump gives one, a WARC, WET
/// or JSON Lines file one per record (`input` is then `path#N`).
#[pyclass(module = "ghirbal._native")]
struct FileRecords {
    state: Mutex<FileState>,
    settings: Settings,
    skip_errors: bool,
}

#[pymethods]
impl FileRecords {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        loop {
            let next = py.detach(|| {
                let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
                let document = match &mut *state {
                    FileState::Document(doc) => doc.take().map(Ok),
                    FileState::Container(container) => container.next(),
                    FileState::Failed(error) => error.take().map(Err),
                };
                document.map(|item| match item {
                    Ok(document) => {
                        let input = document.label.clone();
                        (input, pipeline::process(document, &self.settings))
                    }
                    Err(error) => (
                        error.input().to_string(),
                        Err(pipeline::input_failure(&error)),
                    ),
                })
            });
            match next {
                None => return Ok(None),
                Some((_, Ok(Extracted::Record(_, extraction)))) => {
                    return Ok(Some(to_dict(py, &extraction.article)?))
                }
                Some((_, Ok(Extracted::NotExplained))) => continue,
                Some((_, Err(_))) if self.skip_errors => continue,
                Some((input, Err(reason))) => return Err(input_error(&input, &reason)),
            }
        }
    }
}

fn file_records(path: &str, format: InputFormat, errors: &str) -> PyResult<FileRecords> {
    check_errors(errors)?;
    let mut settings = Settings::default();
    settings.read.format = format;
    let source = InputSource::File(path.into());
    let state = match open_input(&source, &settings.read) {
        Ok(Opened::Document(d)) => FileState::Document(Some(d)),
        Ok(Opened::Container(c)) => FileState::Container(Box::new(c)),
        Err(e) => FileState::Failed(Some(e)),
    };
    Ok(FileRecords {
        state: Mutex::new(state),
        settings,
        skip_errors: errors == "skip",
    })
}

/// The records of a WARC or WET file (gzip, zstd or plain), one dict per
/// `response` or `conversion` record, lazily. A bad record raises
/// `InputError` naming `path#N`, or is passed over with `errors="skip"`.
#[pyfunction]
#[pyo3(signature = (path, errors="raise"))]
fn extract_warc(path: &str, errors: &str) -> PyResult<FileRecords> {
    file_records(path, InputFormat::Warc, errors)
}

/// The records of any input `ghirbal extract` reads (page, dump, WARC, WET,
/// JSON Lines; compressed or not; the format detected), lazily.
#[pyfunction]
#[pyo3(signature = (path, errors="raise"))]
fn extract_file(path: &str, errors: &str) -> PyResult<FileRecords> {
    file_records(path, InputFormat::Auto, errors)
}

/// Display normalization: NFC, presentation forms to letters, tatweel
/// between letters and invisible controls dropped. Spelling and diacritics
/// are kept.
#[pyfunction]
fn normalize(text: &str) -> String {
    ghirbal_arabic::normalize::normalize(text).into_owned()
}

/// The folded key for search and dedup: alef/hamza forms, ى/ي, ة/ه,
/// diacritics, digits and punctuation folded. Lossy; never for display.
#[pyfunction]
fn search_key(text: &str) -> String {
    ghirbal_arabic::keys::search_key(text)
}

#[pyfunction]
#[pyo3(signature = (texts, threads=None))]
fn normalize_batch(
    py: Python<'_>,
    texts: Vec<String>,
    threads: Option<usize>,
) -> PyResult<Vec<String>> {
    let pool = threads_pool(threads)?;
    Ok(py.detach(|| pool.install(|| texts.par_iter().map(|t| normalize(t)).collect())))
}

#[pyfunction]
#[pyo3(signature = (texts, threads=None))]
fn search_key_batch(
    py: Python<'_>,
    texts: Vec<String>,
    threads: Option<usize>,
) -> PyResult<Vec<String>> {
    let pool = threads_pool(threads)?;
    Ok(py.detach(|| pool.install(|| texts.par_iter().map(|t| search_key(t)).collect())))
}

/// The first date written in `text` (every Arabic month system, Hijri with
/// `هـ`, Arabic-Indic digits) as ISO 8601: `YYYY-MM-DD`, with `THH:MM` when
/// a time is written. Hijri dates come back converted (Umm al-Qura).
#[pyfunction]
fn parse_date(text: &str) -> Option<String> {
    let found = ghirbal_arabic::dates::parse_date(text)?;
    Some(match found.time {
        Some((h, m)) => format!("{}T{h:02}:{m:02}", found.date),
        None => found.date.to_string(),
    })
}

fn minhash_dict<'py>(
    py: Python<'py>,
    params: &Params,
    f: &ghirbal_corpus::Fingerprint,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("signature", &f.signature)?;
    let bands: Vec<u64> = if f.words > 0 {
        band_keys(params, &f.signature).collect()
    } else {
        Vec::new()
    };
    d.set_item("bands", bands)?;
    d.set_item("sketch", &f.sketch)?;
    d.set_item("exact", format!("{:032x}", f.exact))?;
    d.set_item("words", f.words)?;
    Ok(d)
}

/// The text's dedup fingerprint, as `ghirbal dedup` computes it: the
/// MinHash `signature` (112 values) over folded word 5-grams, its 28 LSH
/// `bands` keys, the bottom-256 `sketch` that verifies candidates, the
/// `exact` key (hash of the folded words) and the folded word count.
#[pyfunction]
fn minhash<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyDict>> {
    let params = Params::default();
    let f = py.detach(|| MinHasher::new(params).fingerprint(text));
    minhash_dict(py, &params, &f)
}

#[pyfunction]
#[pyo3(signature = (texts, threads=None))]
fn minhash_batch<'py>(
    py: Python<'py>,
    texts: Vec<String>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let params = Params::default();
    let pool = threads_pool(threads)?;
    let prints: Vec<_> = py.detach(|| {
        pool.install(|| {
            texts
                .par_iter()
                .map_init(|| MinHasher::new(params), |m, t| m.fingerprint(t))
                .collect()
        })
    });
    let list = PyList::empty(py);
    for f in &prints {
        list.append(minhash_dict(py, &params, f)?)?;
    }
    Ok(list)
}

/// Estimated Jaccard similarity of two texts' `sketch`es (from `minhash`).
#[pyfunction]
fn similarity(a: Vec<u32>, b: Vec<u32>) -> f32 {
    ghirbal_corpus::minhash::sketch_similarity(&a, &b, Params::default().sketch)
}

/// Sets `lang` and `quality` on a record (a dict from `extract_*`) as
/// `ghirbal build` does, and returns the reasons it would be filtered out
/// (empty: kept) with the annotated record.
#[pyfunction]
#[pyo3(signature = (record, langs=vec!["ar".to_string()]))]
fn annotate<'py>(
    py: Python<'py>,
    record: &Bound<'py, PyAny>,
    langs: Vec<String>,
) -> PyResult<(Bound<'py, PyAny>, Vec<String>)> {
    let mut article: Article = pythonize::depythonize(record)
        .map_err(|e| PyValueError::new_err(format!("not a ghirbal record: {e}")))?;
    let annotator = Annotator {
        thresholds: Thresholds::default(),
        langs,
    };
    let reasons = py.detach(|| annotator.annotate(&mut article));
    Ok((to_dict(py, &article)?, reasons))
}

/// Clusters texts as `ghirbal dedup` does (same fingerprints, candidates,
/// verification and keep policy: earliest `published`, then longest, then
/// first), in bounded memory. Returns one dict per text:
/// `{cluster, size, duplicate_of, kind}`; `duplicate_of` is None on the
/// record each cluster keeps.
#[pyfunction]
#[pyo3(signature = (texts, ids, published=None, memory=1<<30))]
fn dedup<'py>(
    py: Python<'py>,
    texts: Vec<String>,
    ids: Vec<String>,
    published: Option<Vec<Option<String>>>,
    memory: u64,
) -> PyResult<Bound<'py, PyList>> {
    if ids.len() != texts.len() {
        return Err(PyValueError::new_err("ids and texts differ in length"));
    }
    let published = published.unwrap_or_else(|| vec![None; texts.len()]);
    if published.len() != texts.len() {
        return Err(PyValueError::new_err(
            "published and texts differ in length",
        ));
    }
    let infos = py
        .detach(|| -> Result<Vec<ghirbal_record::Dedup>, String> {
            let params = Params::default();
            let prints: Vec<_> = texts
                .par_iter()
                .map_init(|| MinHasher::new(params), |m, t| m.fingerprint(t))
                .collect();
            let mut dedup = Dedup::new(DedupConfig {
                params,
                memory,
                spill_dir: None,
            })
            .map_err(|e| e.to_string())?;
            for (i, fingerprint) in prints.into_iter().enumerate() {
                dedup
                    .push(&Features {
                        id: ids[i].clone(),
                        published: published[i].clone(),
                        chars: texts[i].chars().count() as u64,
                        fingerprint,
                    })
                    .map_err(|e| e.to_string())?;
            }
            let clusters = dedup.finish(&|_, _, _| {}).map_err(|e| e.to_string())?;
            Ok((0..ids.len())
                .map(|i| clusters.annotation(i as u32, &ids[i]))
                .collect())
        })
        .map_err(PyRuntimeError::new_err)?;
    let list = PyList::empty(py);
    for info in &infos {
        list.append(pythonize::pythonize(py, info)?)?;
    }
    Ok(list)
}

// ---- The Spark job's per-partition pieces (see python/ghirbal/spark.py).

/// The files `ghirbal build` would read for these paths (directories
/// walked recursively, in the same order), as `(path, None)`, or
/// `(path, reason)` for a path that cannot be read.
#[pyfunction]
fn _list_inputs(paths: Vec<String>) -> Vec<(String, Option<String>)> {
    let paths: Vec<std::path::PathBuf> = paths.into_iter().map(Into::into).collect();
    ghirbal_io::inputs(&paths)
        .into_iter()
        .map(|item| match item {
            Ok(source) => (source.label(), None),
            Err(e) => (e.input().to_string(), Some(pipeline::input_failure(&e))),
        })
        .collect()
}

/// Extracts and annotates the files of one partition, in order. Returns
/// flat little-endian buffers (no Python object per value), which the
/// Python side wraps as Arrow arrays without copying:
/// - per record (kept or filtered, in order): `order` i64
///   (file id << 32 | record number in the file), `kept` u8, the record as
///   a line of table-shaped JSON in `json`, and its dedup features: `ids`,
///   `date` i64, `chars` i64, `exact` 16 bytes, `sketch` (u32 values, with
///   i32 byte offsets), `bands` (i64 keys, with i32 offsets);
/// - failures: `errors`, a list of `(order, input, reason)`.
#[pyfunction]
fn _spark_extract<'py>(
    py: Python<'py>,
    paths: Vec<String>,
    file_ids: Vec<i64>,
    langs: Vec<String>,
) -> PyResult<Bound<'py, PyDict>> {
    if paths.len() != file_ids.len() {
        return Err(PyValueError::new_err("paths and file_ids differ in length"));
    }
    let out = py.detach(|| {
        let settings = Settings::default();
        let annotator = Annotator {
            thresholds: Thresholds::default(),
            langs,
        };
        let params = Params::default();
        let mut hasher = MinHasher::new(params);
        let mut out = Partition::default();
        out.sketch_offsets.extend_from_slice(&0i32.to_le_bytes());
        out.band_offsets.extend_from_slice(&0i32.to_le_bytes());
        for (path, &file) in paths.iter().zip(&file_ids) {
            let mut number = 0i64;
            pipeline::for_each_record(path, &settings, |outcome| {
                let order = (file << 32) | number;
                number += 1;
                match outcome.result {
                    Ok(Extracted::Record(_, extraction)) => {
                        let mut article = extraction.article;
                        let kept = annotator.annotate(&mut article).is_empty();
                        out.push(order, kept, article, &mut hasher, &params);
                    }
                    Ok(Extracted::NotExplained) => {}
                    Err(reason) => out.errors.push((order, outcome.input, reason)),
                }
            });
        }
        out
    });
    let d = PyDict::new(py);
    d.set_item("n", out.kept.len())?;
    d.set_item("order", PyBytes::new(py, &out.order))?;
    d.set_item("kept", PyBytes::new(py, &out.kept))?;
    d.set_item("json", PyBytes::new(py, &out.json))?;
    d.set_item("ids", out.ids)?;
    d.set_item("date", PyBytes::new(py, &out.date))?;
    d.set_item("chars", PyBytes::new(py, &out.chars))?;
    d.set_item("exact", PyBytes::new(py, &out.exact))?;
    d.set_item("sketch", PyBytes::new(py, &out.sketch))?;
    d.set_item("sketch_offsets", PyBytes::new(py, &out.sketch_offsets))?;
    d.set_item("bands", PyBytes::new(py, &out.bands))?;
    d.set_item("band_offsets", PyBytes::new(py, &out.band_offsets))?;
    d.set_item("errors", out.errors)?;
    Ok(d)
}

#[derive(Default)]
struct Partition {
    order: Vec<u8>,
    kept: Vec<u8>,
    json: Vec<u8>,
    ids: Vec<String>,
    date: Vec<u8>,
    chars: Vec<u8>,
    exact: Vec<u8>,
    sketch: Vec<u8>,
    sketch_offsets: Vec<u8>,
    bands: Vec<u8>,
    band_offsets: Vec<u8>,
    errors: Vec<(i64, String, String)>,
}

impl Partition {
    fn push(
        &mut self,
        order: i64,
        kept: bool,
        mut article: Article,
        hasher: &mut MinHasher,
        params: &Params,
    ) {
        self.order.extend_from_slice(&order.to_le_bytes());
        self.kept.push(u8::from(kept));
        // The table shape (`ghirbal_record::table_json`): quality as its
        // JSON text; written straight from the record, without a Value tree.
        if let Some(q) = article.quality.take() {
            article.quality = Some(serde_json::Value::String(q.to_string()));
        }
        serde_json::to_writer(&mut self.json, &article).expect("a record serializes");
        self.json.push(b'\n');
        self.ids.push(article.id.clone());
        // The features `ghirbal dedup` reads from a record line.
        let f = hasher.fingerprint(&article.text);
        let date = date_key(article.published.as_deref());
        self.date.extend_from_slice(&(date as i64).to_le_bytes());
        let chars = article.text.chars().count() as i64;
        self.chars.extend_from_slice(&chars.to_le_bytes());
        self.exact.extend_from_slice(&f.exact.to_be_bytes());
        let sketch = &f.sketch[..f.sketch.len().min(params.sketch)];
        for v in sketch {
            self.sketch.extend_from_slice(&v.to_le_bytes());
        }
        self.sketch_offsets
            .extend_from_slice(&(self.sketch.len() as i32).to_le_bytes());
        // A text with no words has nothing to compare: it stays unique.
        if f.words > 0 {
            for key in band_keys(params, &f.signature) {
                self.bands.extend_from_slice(&(key as i64).to_le_bytes());
            }
        }
        self.band_offsets
            .extend_from_slice(&((self.bands.len() / 8) as i32).to_le_bytes());
    }
}

fn sketch_values(bytes: &[u8]) -> Vec<u32> {
    bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// Verifies LSH buckets as `ghirbal dedup` does. Each bucket is its
/// members' orders (ascending) and sketches; returns the verified pairs
/// `(head, member)`.
#[pyfunction]
fn _spark_verify(
    py: Python<'_>,
    buckets: Vec<(Vec<i64>, Vec<Vec<u8>>)>,
) -> PyResult<Vec<(i64, i64)>> {
    Ok(py.detach(|| {
        let params = Params::default();
        let mut heads = BucketHeads::new(&params);
        let mut edges = Vec::new();
        for (orders, sketches) in &buckets {
            heads.clear();
            for (&order, sketch) in orders.iter().zip(sketches) {
                if let Some(head) = heads.offer(order as u64, &sketch_values(sketch)) {
                    edges.push((head as i64, order));
                }
            }
        }
        edges
    }))
}

/// One connected component as the Spark job collects it.
struct Members {
    orders: Vec<i64>,
    dates: Vec<i64>,
    chars: Vec<i64>,
    exact: Vec<Vec<u8>>,
    sketches: Vec<Vec<u8>>,
}

impl Component for Members {
    type Error = std::convert::Infallible;

    fn len(&self) -> usize {
        self.orders.len()
    }

    fn rank(&self, member: usize) -> (u64, u64, u64) {
        (
            self.dates[member] as u64,
            self.chars[member] as u64,
            self.orders[member] as u64,
        )
    }

    fn exact(&self, member: usize) -> u128 {
        let mut bytes = [0u8; 16];
        let e = &self.exact[member];
        bytes[..e.len().min(16)].copy_from_slice(&e[..e.len().min(16)]);
        u128::from_be_bytes(bytes)
    }

    fn sketch(&mut self, member: usize, into: &mut Vec<u32>) -> Result<(), Self::Error> {
        *into = sketch_values(&self.sketches[member]);
        Ok(())
    }
}

type ComponentRows = (
    Vec<i64>,
    Vec<String>,
    Vec<i64>,
    Vec<i64>,
    Vec<Vec<u8>>,
    Vec<Vec<u8>>,
);

/// Splits connected components into clusters by `ghirbal dedup`'s keep
/// policy. Each component is its members' `(orders, ids, dates, chars,
/// exact, sketches)`, orders ascending; returns `(order, cluster, size,
/// duplicate_of, kind)` for every member.
#[pyfunction]
#[allow(clippy::type_complexity)]
fn _spark_resolve(py: Python<'_>, components: Vec<ComponentRows>) -> PyResult<Vec<Placed>> {
    Ok(py.detach(|| resolve_all(components)))
}

type Placed = (i64, String, i32, Option<String>, Option<&'static str>);

fn resolve_all(components: Vec<ComponentRows>) -> Vec<Placed> {
    let params = Params::default();
    let mut out = Vec::new();
    for (orders, ids, dates, chars, exact, sketches) in components {
        let mut members = Members {
            orders,
            dates,
            chars,
            exact,
            sketches,
        };
        let Ok(placements) = resolve_component(&mut members, &params);
        let mut sizes = vec![1i32; placements.len()];
        for (i, p) in placements.iter().enumerate() {
            if p.head != i {
                sizes[p.head] += 1;
            }
        }
        for (i, p) in placements.iter().enumerate() {
            let (duplicate_of, kind) = if p.head == i {
                (None, None)
            } else {
                let kind = if p.exact { "exact" } else { "near" };
                (Some(ids[p.head].clone()), Some(kind))
            };
            out.push((
                members.orders[i],
                ids[p.head].clone(),
                sizes[p.head],
                duplicate_of,
                kind,
            ));
        }
    }
    out
}

fn le_i64(bytes: &[u8]) -> Vec<i64> {
    bytes
        .chunks_exact(8)
        .map(|c| i64::from_le_bytes(c.try_into().expect("8 bytes")))
        .collect()
}

fn le_i32(bytes: &[u8]) -> Vec<i32> {
    bytes
        .chunks_exact(4)
        .map(|c| i32::from_le_bytes(c.try_into().expect("4 bytes")))
        .collect()
}

/// The values of an Arrow binary array from its offsets and data buffers.
fn binary_values(offsets: &[u8], data: &[u8]) -> PyResult<Vec<Vec<u8>>> {
    let offsets = le_i32(offsets);
    offsets
        .windows(2)
        .map(|w| {
            data.get(w[0] as usize..w[1] as usize)
                .map(<[u8]>::to_vec)
                .ok_or_else(|| PyValueError::new_err("binary offsets out of range"))
        })
        .collect()
}

/// Stages 3 and 4 in one task, for when the candidates are few enough:
/// verifies the buckets, joins verified pairs into components (union-find)
/// and resolves each as `_spark_resolve` does. Arguments are Arrow buffers
/// (little-endian): the buckets as `bucket_lengths` (i32) over
/// `bucket_values` (i64 orders); the candidates' `orders`, `dates`,
/// `chars` (i64), `ids`, and `exact` and `sketch` as binary arrays
/// (offsets, data).
#[pyfunction]
#[allow(clippy::too_many_arguments)]
fn _spark_dedup_candidates(
    py: Python<'_>,
    bucket_lengths: &[u8],
    bucket_values: &[u8],
    orders: &[u8],
    ids: Vec<String>,
    dates: &[u8],
    chars: &[u8],
    exact: (&[u8], &[u8]),
    sketch: (&[u8], &[u8]),
) -> PyResult<Vec<Placed>> {
    let values = le_i64(bucket_values);
    let mut buckets = Vec::new();
    let mut start = 0usize;
    for len in le_i32(bucket_lengths) {
        let end = start + len.max(0) as usize;
        let bucket = values
            .get(start..end)
            .ok_or_else(|| PyValueError::new_err("bucket lengths exceed the values"))?;
        buckets.push(bucket.to_vec());
        start = end;
    }
    let (orders, dates, chars) = (le_i64(orders), le_i64(dates), le_i64(chars));
    let exact = binary_values(exact.0, exact.1)?;
    let sketches = binary_values(sketch.0, sketch.1)?;
    let n = orders.len();
    if [
        ids.len(),
        dates.len(),
        chars.len(),
        exact.len(),
        sketches.len(),
    ]
    .iter()
    .any(|&len| len != n)
    {
        return Err(PyValueError::new_err("candidate features differ in length"));
    }
    let rows = py.detach(|| {
        let params = Params::default();
        // Candidates by order, ascending: index i is the i-th in input order.
        let mut by_order: Vec<usize> = (0..n).collect();
        by_order.sort_unstable_by_key(|&i| orders[i]);
        let position: std::collections::HashMap<i64, usize> = by_order
            .iter()
            .enumerate()
            .map(|(pos, &i)| (orders[i], pos))
            .collect();
        let sketch_of: Vec<Vec<u32>> = by_order
            .iter()
            .map(|&i| sketch_values(&sketches[i]))
            .collect();
        let mut sets = UnionFind::new(n);
        // Each bucket's members in input order, each once; buckets holding
        // the same records (a close pair shares most of its bands) once.
        let mut distinct: Vec<Vec<usize>> = buckets
            .iter()
            .map(|bucket| {
                let mut members: Vec<usize> = bucket
                    .iter()
                    .filter_map(|o| position.get(o).copied())
                    .collect();
                members.sort_unstable();
                members.dedup();
                members
            })
            .collect();
        distinct.sort_unstable();
        distinct.dedup();
        let mut heads = BucketHeads::new(&params);
        for bucket in &distinct {
            heads.clear();
            for &pos in bucket {
                if let Some(head) = heads.offer(pos as u64, &sketch_of[pos]) {
                    sets.union(head as u32, pos as u32);
                }
            }
        }
        let mut groups: std::collections::BTreeMap<u32, Vec<usize>> = Default::default();
        for pos in 0..n {
            let root = sets.find(pos as u32);
            groups.entry(root).or_default().push(pos);
        }
        let mut components = Vec::new();
        for members in groups.into_values().filter(|m| m.len() > 1) {
            let pick = |f: &dyn Fn(usize) -> i64| {
                members.iter().map(|&p| f(by_order[p])).collect::<Vec<_>>()
            };
            components.push((
                pick(&|i| orders[i]),
                members.iter().map(|&p| ids[by_order[p]].clone()).collect(),
                pick(&|i| dates[i]),
                pick(&|i| chars[i]),
                members
                    .iter()
                    .map(|&p| exact[by_order[p]].clone())
                    .collect(),
                members
                    .iter()
                    .map(|&p| sketches[by_order[p]].clone())
                    .collect(),
            ));
        }
        resolve_all(components)
    });
    Ok(rows)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("InputError", m.py().get_type::<InputError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<FileRecords>()?;
    m.add_function(wrap_pyfunction!(extract_html, m)?)?;
    m.add_function(wrap_pyfunction!(extract_text, m)?)?;
    m.add_function(wrap_pyfunction!(extract_html_batch, m)?)?;
    m.add_function(wrap_pyfunction!(extract_text_batch, m)?)?;
    m.add_function(wrap_pyfunction!(extract_warc, m)?)?;
    m.add_function(wrap_pyfunction!(extract_file, m)?)?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(search_key, m)?)?;
    m.add_function(wrap_pyfunction!(normalize_batch, m)?)?;
    m.add_function(wrap_pyfunction!(search_key_batch, m)?)?;
    m.add_function(wrap_pyfunction!(parse_date, m)?)?;
    m.add_function(wrap_pyfunction!(minhash, m)?)?;
    m.add_function(wrap_pyfunction!(minhash_batch, m)?)?;
    m.add_function(wrap_pyfunction!(similarity, m)?)?;
    m.add_function(wrap_pyfunction!(annotate, m)?)?;
    m.add_function(wrap_pyfunction!(dedup, m)?)?;
    m.add_function(wrap_pyfunction!(_list_inputs, m)?)?;
    m.add_function(wrap_pyfunction!(_spark_extract, m)?)?;
    m.add_function(wrap_pyfunction!(_spark_verify, m)?)?;
    m.add_function(wrap_pyfunction!(_spark_resolve, m)?)?;
    m.add_function(wrap_pyfunction!(_spark_dedup_candidates, m)?)?;
    Ok(())
}
