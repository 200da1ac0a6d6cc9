//! One input to its records, the way `ghirbal extract` and `ghirbal build`
//! make them. The CLI runs it over a thread pool; the Python bindings (and
//! Spark through them) run it per partition. Keeping it in one place is
//! what makes their records the same.

use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ghirbal_extract::{try_extract_dump, try_extract_html, Extraction, LimitExceeded, Options};
use ghirbal_io::{
    open_input, DocKind, Document, InputError, InputErrorKind, InputSource, Limits, Opened,
    ReadOptions,
};

use crate::boilerplate::Profile;
use crate::furniture::FolderFurniture;

/// How documents are read and extracted.
#[derive(Debug, Clone)]
pub struct Settings {
    pub read: ReadOptions,
    pub extract: Options,
    /// `--max-doc-secs`: decoding and extraction together.
    pub time_limit: Option<Duration>,
    /// Learned site chrome to drop, and the site to file inputs under when
    /// a record names none (`--site`).
    pub profile: Option<Profile>,
    pub site: Option<String>,
    /// Furniture learnt from the inputs' folders, for their text dumps.
    pub furniture: Option<Arc<FolderFurniture>>,
}

impl Default for Settings {
    /// What `ghirbal build` uses.
    fn default() -> Self {
        Self {
            read: ReadOptions {
                limits: Limits::default().max_ratio(ghirbal_io::DEFAULT_MAX_RATIO),
                ..ReadOptions::default()
            },
            extract: Options {
                explain: false,
                max_depth: ghirbal_extract::DEFAULT_MAX_DEPTH,
                time_limit: None,
                furniture: None,
            },
            time_limit: Some(Duration::from_secs(10)),
            profile: None,
            site: None,
            furniture: None,
        }
    }
}

/// What became of one document.
#[derive(Debug)]
pub enum Extracted {
    Record(DocKind, Box<Extraction>),
    /// An HTML page under `explain`, which explains text dumps only.
    NotExplained,
}

/// Decodes and extracts one document; the error is the reason, ready to
/// show after the input's name.
pub fn process(document: Document, settings: &Settings) -> Result<Extracted, String> {
    let input = document.label.clone();
    if settings.extract.explain && document.kind == DocKind::Html {
        return Ok(Extracted::NotExplained);
    }
    let started = Instant::now();
    let page = document
        .decode(&settings.read.limits)
        .map_err(|e| input_failure(&e))?;
    let kind = page.kind;
    // Decoding (charset detection, content codings) counts against the same
    // budget as extraction.
    let mut options = settings.extract.clone();
    options.time_limit = settings
        .time_limit
        .map(|limit| limit.saturating_sub(started.elapsed()));
    // One pathological page must not take down a run over millions: a panic
    // in the extractor fails that input only.
    panic::catch_unwind(AssertUnwindSafe(|| {
        let text = &page.decoded.text;
        if kind == DocKind::Text {
            options.furniture = text_furniture(settings, &input);
        }
        let mut extraction = match kind {
            DocKind::Html => try_extract_html(&input, text, page.url.as_deref(), &options)?,
            DocKind::Text => {
                let mut extraction = try_extract_dump(&input, text, &options)?;
                if extraction.article.url.is_none() {
                    extraction.article.url.clone_from(&page.url);
                }
                extraction
            }
        };
        extraction
            .article
            .warnings
            .extend(page.decoded.warnings.iter().cloned());
        if let Some(profile) = &settings.profile {
            let article = &extraction.article;
            let site = settings
                .site
                .clone()
                .or_else(|| article.site.clone())
                .or_else(|| article.url.clone());
            if let Some(site) = site {
                profile.strip_article(&site, &mut extraction.article);
            }
        }
        Ok(Extracted::Record(kind, Box::new(extraction)))
    }))
    .map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        format!("internal error in the extractor (please report): {message}")
    })
    .and_then(|result| result.map_err(|limit| limit_reason(limit, settings.time_limit)))
}

/// The furniture a text dump is read with: learnt from its folder, else
/// its site's in the profile (`--site` names the site of text dumps).
fn text_furniture(settings: &Settings, input: &str) -> Option<Arc<ghirbal_extract::Furniture>> {
    let learnt = settings.furniture.as_ref().and_then(|f| f.for_label(input));
    learnt.or_else(|| {
        let site = settings.site.as_deref()?;
        Some(settings.profile.as_ref()?.site(site)?.furniture())
    })
}

/// The reason an input failed, naming the flag that would let it through.
pub fn input_failure(error: &InputError) -> String {
    let flag = match error.kind() {
        InputErrorKind::TooLarge { .. } | InputErrorKind::DecompressedTooLarge { .. } => {
            " (--max-bytes)"
        }
        InputErrorKind::RatioTooHigh { .. } => " (--max-ratio)",
        InputErrorKind::Http(reason) if reason.contains("decompression bomb") => " (--max-ratio)",
        InputErrorKind::Http(reason) if reason.contains("exceeds the limit") => " (--max-bytes)",
        _ => "",
    };
    format!("{}{flag}", error.reason())
}

/// `time_limit` is the whole `--max-doc-secs`: the extractor was given only
/// what decoding left of it.
fn limit_reason(mut limit: LimitExceeded, time_limit: Option<Duration>) -> String {
    if let (LimitExceeded::Time { limit: left }, Some(whole)) = (&mut limit, time_limit) {
        *left = whole;
    }
    let flag = match limit {
        LimitExceeded::Depth { .. } => "--max-depth",
        LimitExceeded::Time { .. } => "--max-doc-secs",
        _ => "a limit",
    };
    format!("{limit} ({flag})")
}

/// One outcome of [`for_each_record`]: the input's name (`path#N` inside a
/// container) and its record or the reason it has none.
#[derive(Debug)]
pub struct Outcome {
    pub input: String,
    pub result: Result<Extracted, String>,
}

/// Every document of the file at `path` (the path as the user gave it),
/// in order, on the calling thread: a page gives one outcome, a WARC, WET
/// or JSON Lines file one per record. For callers that spread whole files
/// over workers (Spark partitions); the CLI also streams one large
/// container across its threads.
pub fn for_each_record(path: &str, settings: &Settings, mut f: impl FnMut(Outcome)) {
    let source = InputSource::File(PathBuf::from(path));
    match open_input(&source, &settings.read) {
        Ok(Opened::Document(document)) => f(Outcome {
            input: document.label.clone(),
            result: process(document, settings),
        }),
        Ok(Opened::Container(container)) => {
            for item in container {
                f(match item {
                    Ok(document) => Outcome {
                        input: document.label.clone(),
                        result: process(document, settings),
                    },
                    Err(error) => Outcome {
                        input: error.input().to_string(),
                        result: Err(input_failure(&error)),
                    },
                });
            }
        }
        Err(error) => f(Outcome {
            input: error.input().to_string(),
            result: Err(input_failure(&error)),
        }),
    }
}
