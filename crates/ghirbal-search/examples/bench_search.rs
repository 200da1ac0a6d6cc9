//! Search measurements for BENCHMARKS.md ("Search"). Queries are drawn
//! from the titles of a records file (every Nth title, so runs repeat).
//!
//! ```sh
//! B=target/release/examples/bench_search
//! $B index ghirbal|none|default RECORDS OUT    # build an index with that analysis
//! $B latency INDEX RECORDS [N]                 # p50/p99 of N title queries
//! $B variants INDEX RECORDS [N]                # % identical top 10 under spelling variants
//! $B stemmer RECORDS WORKDIR [N]               # title → body known-item search, light10 vs none
//! ```

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use ghirbal_arabic::{is_stopword, search_key};
use ghirbal_record::Article;
use ghirbal_search::{
    build_index, Aliases, Analysis, IndexOptions, RecordReader, SearchIndex, SearchRequest, Stemmer,
};

type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn main() -> Res<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| -> &str { args.get(i).map(String::as_str).unwrap_or("") };
    let n = |i: usize| {
        args.get(i)
            .and_then(|a| a.parse().ok())
            .unwrap_or(1000usize)
    };
    match arg(0) {
        "index" => index(arg(1), Path::new(arg(2)), Path::new(arg(3))),
        "latency" => latency(Path::new(arg(1)), Path::new(arg(2)), n(3)),
        "variants" => variants(Path::new(arg(1)), Path::new(arg(2)), n(3)),
        "stemmer" => stemmer(Path::new(arg(1)), Path::new(arg(2)), n(3)),
        _ => Err("usage: see the comment at the top of bench_search.rs".into()),
    }
}

fn analysis(name: &str) -> Res<Analysis> {
    Ok(match name {
        "ghirbal" => Analysis::Ghirbal(Stemmer::Light10),
        "none" => Analysis::Ghirbal(Stemmer::None),
        "default" => Analysis::TantivyDefault,
        _ => return Err(format!("unknown analysis {name}").into()),
    })
}

fn index(name: &str, records: &Path, out: &Path) -> Res<()> {
    let options = IndexOptions {
        analysis: analysis(name)?,
        threads: 2,
        ..IndexOptions::default()
    };
    let started = Instant::now();
    let stats = build_index(&[records.to_path_buf()], out, &options, |_| {})?;
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{name}: {} records in {secs:.1} s = {:.0} records/s; index {:.1} MiB",
        stats.records,
        stats.records as f64 / secs,
        stats.index_bytes as f64 / 1048576.0
    );
    Ok(())
}

/// Every `step`th record's title and id, `n` in all.
fn sample(records: &Path, n: usize) -> Res<Vec<Article>> {
    let all: Vec<Article> = RecordReader::open(records)?
        .filter_map(Result::ok)
        .filter(|a| a.title.as_deref().is_some_and(|t| title_query(t).is_some()))
        .collect();
    let step = (all.len() / n.max(1)).max(1);
    Ok(all.into_iter().step_by(step).take(n).collect())
}

/// The first three content words of a title, as written.
fn title_query(title: &str) -> Option<String> {
    let words: Vec<&str> = title
        .split(|c: char| c.is_whitespace() || "\"'«»:؛،,.!؟?()[]-–|/".contains(c))
        .filter(|w| {
            let k = search_key(w);
            k.chars().count() >= 2 && !is_stopword(&k) && k.chars().all(char::is_alphanumeric)
        })
        .take(3)
        .collect();
    (words.len() >= 2).then(|| words.join(" "))
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn latency(dir: &Path, records: &Path, n: usize) -> Res<()> {
    let index = SearchIndex::open(dir, Aliases::defaults())?;
    let queries: Vec<String> = sample(records, n)?
        .iter()
        .filter_map(|a| title_query(a.title.as_deref()?))
        .collect();
    for facets in [false, true] {
        // One pass to warm the page cache, one measured.
        for q in queries.iter().take(100) {
            index.search(&SearchRequest::new(q.clone()))?;
        }
        let mut times = Vec::new();
        let mut hits = 0usize;
        for q in &queries {
            let request = SearchRequest {
                facets,
                ..SearchRequest::new(q.clone())
            };
            let t = Instant::now();
            let r = index.search(&request)?;
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            hits += usize::from(r.total > 0);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{} queries (top 10 + snippets{}): p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms; {} with results",
            times.len(),
            if facets { " + facets" } else { "" },
            percentile(&times, 0.5),
            percentile(&times, 0.9),
            percentile(&times, 0.99),
            times[times.len() - 1],
            hits
        );
    }
    Ok(())
}

/// Spelling variants a writer (or a keyboard) produces.
/// Makes a variant spelling of one word.
type Respell = fn(&str) -> String;

const KINDS: [(&str, Respell); 6] = [
    ("hamza/alef", |w| w.replace(['أ', 'إ', 'آ'], "ا")),
    ("ى/ي", |w| swap_end(w, 'ى', 'ي')),
    ("ة/ه", |w| swap_end(w, 'ة', 'ه')),
    ("diacritics", |w| {
        // A fatha after the first letter, a kasra after the last.
        let mut out = String::new();
        let n = w.chars().count();
        for (i, c) in w.chars().enumerate() {
            out.push(c);
            if i == 0 && n > 1 {
                out.push('\u{064E}');
            } else if i == n - 1 && i > 0 {
                out.push('\u{0650}');
            }
        }
        out
    }),
    ("tatweel", |w| {
        let chars: Vec<char> = w.chars().collect();
        // After a letter that joins to the left, as typesetters do.
        let joins = |c: char| ('\u{0628}'..='\u{064A}').contains(&c) && !"ادذرزوةى".contains(c);
        let mut out = String::new();
        for (i, &c) in chars.iter().enumerate() {
            out.push(c);
            if i + 1 < chars.len() && joins(c) && i % 2 == 0 {
                out.push('ـ');
            }
        }
        out
    }),
    ("digits", |w| {
        w.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(0x0660 + d).unwrap_or(c),
                _ => c,
            })
            .collect()
    }),
];

fn swap_end(w: &str, a: char, b: char) -> String {
    if let Some(stem) = w.strip_suffix(a) {
        format!("{stem}{b}")
    } else if let Some(stem) = w.strip_suffix(b) {
        format!("{stem}{a}")
    } else {
        w.to_string()
    }
}

fn variants(dir: &Path, records: &Path, n: usize) -> Res<()> {
    let index = SearchIndex::open(dir, Aliases::defaults())?;
    let queries: Vec<String> = sample(records, n)?
        .iter()
        .filter_map(|a| title_query(a.title.as_deref()?))
        .collect();
    let (mut all_same, mut all_n) = (0, 0);
    for (kind, f) in KINDS {
        let (mut same, mut count) = (0, 0);
        for q in &queries {
            let variant: String = q.split(' ').map(f).collect::<Vec<_>>().join(" ");
            if variant == *q {
                continue;
            }
            count += 1;
            let a = index.top_ids(q, 10)?;
            let b = index.top_ids(&variant, 10)?;
            same += usize::from(a == b);
        }
        if count > 0 {
            println!(
                "{kind:>11}: {same}/{count} queries with the same top 10 ({:.1}%)",
                100.0 * same as f64 / count as f64
            );
        }
        all_same += same;
        all_n += count;
    }
    println!(
        "{:>11}: {all_same}/{all_n} ({:.1}%)",
        "all",
        100.0 * all_same as f64 / all_n.max(1) as f64
    );
    Ok(())
}

fn stemmer(records: &Path, work: &Path, n: usize) -> Res<()> {
    // Bodies only, so a title query must find its article by the words the
    // body uses, often in other inflections.
    std::fs::create_dir_all(work)?;
    let bodies = work.join("bodies.jsonl");
    let mut titles: HashMap<String, Vec<String>> = HashMap::new();
    {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&bodies)?);
        for a in RecordReader::open(records)?.filter_map(Result::ok) {
            if let Some(t) = &a.title {
                titles.entry(search_key(t)).or_default().push(a.id.clone());
            }
            let body = Article {
                title: None,
                summary: None,
                ..a
            };
            serde_json::to_writer(&mut out, &body)?;
            std::io::Write::write_all(&mut out, b"\n")?;
        }
    }
    let queries: Vec<(String, Vec<String>)> = sample(records, n)?
        .iter()
        .filter_map(|a| {
            let t = a.title.as_deref()?;
            Some((title_query(t)?, titles.get(&search_key(t))?.clone()))
        })
        .collect();
    for (name, stem) in [("none", Stemmer::None), ("light10", Stemmer::Light10)] {
        let dir: PathBuf = work.join(format!("bodies-{name}"));
        if !dir.join("meta.json").exists() {
            let options = IndexOptions {
                analysis: Analysis::Ghirbal(stem),
                threads: 2,
                ..IndexOptions::default()
            };
            build_index(std::slice::from_ref(&bodies), &dir, &options, |_| {})?;
        }
        // No aliases: this measures the stemmer alone.
        let index = SearchIndex::open(&dir, Aliases::default())?;
        let (mut r1, mut r10, mut rr, mut found_any, mut total) = (0, 0, 0.0, 0, 0usize);
        for (q, relevant) in &queries {
            let r = index.search(&SearchRequest {
                limit: 10,
                ..SearchRequest::new(q.clone())
            })?;
            total += r.total;
            found_any += usize::from(r.total > 0);
            if let Some(rank) = r.hits.iter().position(|h| relevant.contains(&h.id)) {
                r10 += 1;
                r1 += usize::from(rank == 0);
                rr += 1.0 / (rank as f64 + 1.0);
            }
        }
        let q = queries.len() as f64;
        println!(
            "{name:>8}: recall@1 {:.1}%, recall@10 {:.1}%, MRR {:.3}, queries with any result {:.1}%, mean matches {:.0}",
            100.0 * r1 as f64 / q,
            100.0 * r10 as f64 / q,
            rr / q,
            100.0 * found_any as f64 / q,
            total as f64 / q
        );
    }
    Ok(())
}
