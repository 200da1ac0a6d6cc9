//! `ghirbal profile`: learn site boilerplate from JSON Lines.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use ghirbal_corpus::boilerplate::{site_key, Learner, Thresholds};
use ghirbal_io::{open_stream, read_line_limited, Line, Output};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Deserialize;

use crate::cli::ProfileArgs;

#[derive(Deserialize)]
struct Doc {
    #[serde(default)]
    site: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    blocks: Option<Vec<BlockText>>,
}

#[derive(Deserialize)]
struct BlockText {
    text: String,
}

pub fn run(args: &ProfileArgs) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let mut learner = Learner::default();
    let (mut docs, mut bad, mut no_site, mut bytes) = (0u64, 0u64, 0u64, 0u64);
    let bar = (!args.quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {elapsed:>4} {pos} records {per_sec}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar
    });
    let warn = |line: String| {
        if !args.quiet {
            match &bar {
                Some(b) => b.suspend(|| eprintln!("{line}")),
                None => eprintln!("{line}"),
            }
        }
    };
    let mut buf = Vec::new();
    for input in &args.inputs {
        let label = input.display().to_string();
        let mut reader = match open_stream(input) {
            Ok(r) => r,
            Err(e) => {
                warn(format!("error: {e}"));
                bad += 1;
                continue;
            }
        };
        let mut line_no = 0u64;
        loop {
            let read = match read_line_limited(&mut *reader, &mut buf, args.max_bytes) {
                Ok(r) => r,
                Err(e) => {
                    warn(format!("error: {label}:{}: {e}", line_no + 1));
                    bad += 1;
                    break;
                }
            };
            line_no += 1;
            match read {
                Line::End => break,
                Line::TooLong(n) => {
                    warn(format!(
                        "error: {label}:{line_no}: line of {n} bytes is over --max-bytes"
                    ));
                    bad += 1;
                    continue;
                }
                Line::Read => {}
            }
            bytes += buf.len() as u64 + 1;
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let doc: Doc = match serde_json::from_slice(&buf) {
                Ok(d) => d,
                Err(e) => {
                    warn(format!("error: {label}:{line_no}: not a JSON object: {e}"));
                    bad += 1;
                    continue;
                }
            };
            let Some(site) = doc.site.or(doc.source).or(doc.url).map(|s| site_key(&s)) else {
                no_site += 1;
                continue;
            };
            match (&doc.blocks, &doc.text) {
                (Some(blocks), _) => learner.add(&site, blocks.iter().map(|b| b.text.as_str())),
                (None, Some(text)) => learner.add(&site, text.split('\n')),
                (None, None) => {
                    warn(format!("error: {label}:{line_no}: no `text` or `blocks`"));
                    bad += 1;
                    continue;
                }
            }
            docs += 1;
            if let Some(b) = &bar {
                b.inc(1);
            }
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let profile = learner.finish(Thresholds {
        min_docs: args.min_docs,
        min_share: f64::from(args.min_share),
        min_site_docs: args.min_site_docs,
    });
    let mut out = Output::open(args.output.as_deref().filter(|p| p.as_os_str() != "-"))?;
    out.write_all(profile.to_json().as_bytes())
        .and_then(|()| out.write_all(b"\n"))
        .context("writing the profile")?;
    out.finish()?;
    if !args.quiet {
        let lines: usize = profile.sites.values().map(|s| s.lines.len()).sum();
        let secs = start.elapsed().as_secs_f64().max(1e-6);
        eprintln!(
            "ghirbal profile: {docs} records, {} sites profiled, {lines} chrome lines; {no_site} \
             records without a site, {bad} failed; {:.1} MB/s",
            profile.sites.len(),
            bytes as f64 / 1e6 / secs
        );
    }
    Ok(if bad == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
