//! `ghirbal index`, `ghirbal search` and `ghirbal serve`: glue over
//! ghirbal-search and ghirbal-web.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use ghirbal_search::{build_index, Aliases, IndexOptions, SearchIndex, SearchRequest, Segment};

use crate::cli::{IndexArgs, SearchArgs, ServeArgs};

pub fn index(args: &IndexArgs) -> anyhow::Result<ExitCode> {
    let threads = match args.threads {
        Some(n) => usize::from(n),
        None => std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .saturating_sub(1)
            .max(1),
    };
    let options = IndexOptions {
        threads,
        memory_bytes: args.memory << 20,
        ..IndexOptions::default()
    };
    let started = Instant::now();
    let quiet = args.quiet;
    // A running count only where it overwrites itself.
    let live = !quiet && io::IsTerminal::is_terminal(&io::stderr());
    let stats = build_index(&args.inputs, &args.output, &options, |n| {
        if live {
            eprint!("\rindexed {n} records");
        }
    })
    .with_context(|| format!("indexing into {}", args.output.display()))?;
    for error in &stats.errors {
        eprintln!("{}error: {error}", if live { "\r" } else { "" });
    }
    let secs = started.elapsed().as_secs_f64();
    if !quiet {
        eprintln!(
            "{}indexed {} records from {} files in {secs:.1} s ({:.0} records/s); {} bad lines; index {:.1} MiB at {}",
            if live { "\r" } else { "" },
            stats.records,
            stats.files,
            stats.records as f64 / secs.max(1e-9),
            stats.bad_lines,
            stats.index_bytes as f64 / f64::from(1 << 20),
            args.output.display()
        );
    }
    Ok(if stats.bad_lines > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn load_aliases(extra: Option<&Path>) -> anyhow::Result<Aliases> {
    let mut aliases = Aliases::defaults();
    if let Some(path) = extra {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading aliases {}", path.display()))?;
        aliases.add_text(&path.display().to_string(), &text)?;
    }
    Ok(aliases)
}

fn open(dir: &Path, aliases: Option<&Path>) -> anyhow::Result<SearchIndex> {
    Ok(SearchIndex::open(dir, load_aliases(aliases)?)?)
}

pub fn search(args: SearchArgs) -> anyhow::Result<ExitCode> {
    let mut out = io::stdout().lock();
    if args.print_aliases {
        out.write_all(ghirbal_search::DEFAULT_ALIASES.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let (Some(dir), Some(query)) = (args.index, args.query) else {
        anyhow::bail!("INDEX and QUERY are required");
    };
    let index = open(&dir, args.aliases.as_deref())?;
    let request = SearchRequest {
        query,
        limit: usize::from(args.limit),
        offset: args.offset,
        facets: args.json,
    };
    let results = index.search(&request)?;
    if args.json {
        serde_json::to_writer(&mut out, &results)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    // Terminal marks: bold for matched words, when stdout is a terminal.
    let tty = io::IsTerminal::is_terminal(&io::stdout());
    let marked = |segments: &[Segment]| -> String {
        segments
            .iter()
            .map(|s| match (s.hl, tty) {
                (true, true) => format!("\x1b[1;33m{}\x1b[0m", s.text),
                (true, false) => format!("[{}]", s.text),
                (false, _) => s.text.replace('\n', " "),
            })
            .collect()
    };
    writeln!(
        out,
        "{} results ({:.1} ms){}",
        results.total,
        results.took_ms,
        if results.total > results.offset + results.hits.len() {
            format!(
                "; showing {}-{}",
                results.offset + 1,
                results.offset + results.hits.len()
            )
        } else {
            String::new()
        }
    )?;
    for (n, hit) in results.hits.iter().enumerate() {
        let title = if hit.title_hl.is_empty() {
            hit.title.clone().unwrap_or_else(|| "(no title)".into())
        } else {
            marked(&hit.title_hl)
        };
        writeln!(out, "\n{}. {title}", results.offset + n + 1)?;
        let meta: Vec<String> = [
            hit.site.clone(),
            hit.published.clone(),
            (!hit.agencies.is_empty()).then(|| hit.agencies.join(", ")),
            Some(format!("id {}", hit.id)),
        ]
        .into_iter()
        .flatten()
        .collect();
        writeln!(out, "   {}", meta.join(" · "))?;
        writeln!(out, "   {}", marked(&hit.snippet))?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn serve(args: &ServeArgs) -> anyhow::Result<ExitCode> {
    let index = open(&args.index, args.aliases.as_deref())?;
    let docs = index.num_docs();
    ghirbal_web::serve(index, args.addr, |addr| {
        // Printed and flushed at once: scripts and tests wait for this line.
        println!("serving {docs} articles on http://{addr}/ (Ctrl-C stops)");
        let _ = io::stdout().flush();
    })?;
    Ok(ExitCode::SUCCESS)
}
