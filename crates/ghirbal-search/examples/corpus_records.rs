//! Converts the shared corpora (ANT v1.1/v2.1, SaudiNewsNet; see
//! `shared/corpus/SOURCES.md`) into ghirbal records, for the search
//! benchmarks. The records stay outside the repository.
//!
//! ```sh
//! cargo run --release -p ghirbal-search --example corpus_records -- \
//!     ../shared/corpus/*.jsonl.zst -o /tmp/ghirbal-corpus.jsonl.zst
//! ```

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;

use ghirbal_record::{body_text, record_id, Article, Block, BlockKind};
use serde_json::Value;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out_at = args
        .iter()
        .position(|a| a == "-o")
        .ok_or("usage: FILES… -o OUT")?;
    let out_path = PathBuf::from(&args[out_at + 1]);
    let inputs: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != out_at && *i != out_at + 1)
        .map(|(_, a)| a)
        .collect();
    let mut out = zstd::stream::write::Encoder::new(BufWriter::new(File::create(&out_path)?), 3)?;
    let mut n = 0u64;
    for input in inputs {
        let name = PathBuf::from(input)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let reader = BufReader::new(zstd::stream::read::Decoder::new(File::open(input)?)?);
        for (i, line) in reader.lines().enumerate() {
            let line = line?;
            let v: Value = serde_json::from_str(&line)?;
            let label = format!("{name}#{}", i + 1);
            let article = convert(&label, &line, &v);
            serde_json::to_writer(&mut out, &article)?;
            out.write_all(b"\n")?;
            n += 1;
        }
    }
    out.finish()?.flush()?;
    eprintln!("{n} records → {}", out_path.display());
    Ok(())
}

fn s(v: &Value, k: &str) -> Option<String> {
    v[k].as_str()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn convert(label: &str, line: &str, v: &Value) -> Article {
    let body = s(v, "text").or_else(|| s(v, "content")).unwrap_or_default();
    let blocks: Vec<Block> = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            Block::new(
                BlockKind::Paragraph,
                ghirbal_arabic::normalize(l).into_owned(),
            )
        })
        .collect();
    let author = s(v, "author");
    let site = s(v, "src").or_else(|| s(v, "source"));
    let published = s(v, "time")
        .and_then(|t| iso_date(&t))
        .or_else(|| s(v, "date_extracted").map(|d| d.replacen(' ', "T", 1)));
    // Wire agencies as a reader sees them: the byline and the first paragraph.
    let head = format!(
        "{}\n{}",
        author.as_deref().unwrap_or(""),
        blocks.first().map_or("", |b| b.text.as_str())
    );
    let mut agencies: Vec<String> = ghirbal_arabic::find_agencies(&head)
        .into_iter()
        .map(|m| m.code.to_string())
        .collect();
    agencies.sort();
    agencies.dedup();
    let mut article = Article {
        id: record_id(label, line.as_bytes()),
        input: label.to_string(),
        url: s(v, "url"),
        site,
        lang: Some("ar".into()),
        title: s(v, "title").map(|t| ghirbal_arabic::normalize(&t).into_owned()),
        published,
        dateline: author,
        summary: s(v, "abstract").map(|t| ghirbal_arabic::normalize(&t).into_owned()),
        text: body_text(&blocks),
        blocks,
        agencies,
        tags: s(v, "cat").into_iter().collect(),
        ..Article::default()
    };
    article.rebuild_text();
    article
}

/// RFC 2822 (`Sun, 18 Feb 2018 21:35:43 +0400`) or ISO 8601 → ISO 8601.
fn iso_date(t: &str) -> Option<String> {
    if t.as_bytes().get(4) == Some(&b'-') {
        return Some(t.to_string());
    }
    let parts: Vec<&str> = t.split_whitespace().collect();
    let [_, day, month, year, time, zone] = parts.as_slice() else {
        return None;
    };
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let m = months.iter().position(|x| x == month)? + 1;
    let d: u32 = day.parse().ok()?;
    let zone = if zone.len() == 5 {
        format!("{}:{}", &zone[..3], &zone[3..])
    } else {
        "Z".into()
    };
    Some(format!("{year}-{m:02}-{d:02}T{time}{zone}"))
}
