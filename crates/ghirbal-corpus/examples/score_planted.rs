//! Scores `ghirbal dedup` output against a planted-duplicate truth file
//! (bench/dedup/planted.py): recall per variant kind (the variant ends up
//! in its original's cluster) and precision (every removed record's folded
//! 5-gram Jaccard with the record it is said to duplicate is at least 0.5).
//!
//! cargo run --release -p ghirbal-corpus --example score_planted -- TRUTH OUT.jsonl

use std::collections::{BTreeMap, HashMap};
use std::io::BufRead;

use ghirbal_corpus::minhash::jaccard;

fn lines(path: &str) -> impl Iterator<Item = serde_json::Value> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    std::io::BufReader::new(file)
        .lines()
        .map_while(Result::ok)
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(&l).expect("JSON line"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [truth, out] = args.as_slice() else {
        eprintln!("usage: score_planted TRUTH.jsonl OUT.jsonl");
        std::process::exit(2);
    };
    let mut cluster: HashMap<String, String> = HashMap::new();
    let mut text: HashMap<String, String> = HashMap::new();
    let mut removed: Vec<(String, String)> = Vec::new();
    for r in lines(out) {
        let id = r["id"].as_str().unwrap_or_default().to_string();
        let d = &r["dedup"];
        cluster.insert(
            id.clone(),
            d["cluster"].as_str().unwrap_or_default().to_string(),
        );
        if let Some(rep) = d["duplicate_of"].as_str() {
            removed.push((id.clone(), rep.to_string()));
        }
        text.insert(id, r["text"].as_str().unwrap_or_default().to_string());
    }
    let mut kinds: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let mut missed_similar = 0;
    let mut missed = 0;
    for t in lines(truth) {
        let (v, o) = (
            t["variant"].as_str().unwrap(),
            t["original"].as_str().unwrap(),
        );
        let entry = kinds
            .entry(t["kind"].as_str().unwrap().to_string())
            .or_default();
        entry.1 += 1;
        if cluster.contains_key(v) && cluster.get(v) == cluster.get(o) {
            entry.0 += 1;
        } else if let (Some(a), Some(b)) = (text.get(v), text.get(o)) {
            missed += 1;
            if jaccard(a, b, 5) >= 0.5 {
                missed_similar += 1;
            }
        }
    }
    println!("| kind | planted pairs | found | recall |");
    println!("|---|---:|---:|---:|");
    let (mut found, mut total) = (0, 0);
    for (kind, (f, n)) in &kinds {
        found += f;
        total += n;
        println!(
            "| {kind} | {n} | {f} | {:.3} |",
            f64::from(*f) / f64::from(*n)
        );
    }
    println!(
        "| all | {total} | {found} | {:.3} |",
        f64::from(found) / f64::from(total.max(1))
    );
    println!("\nmissed {missed}, of which folded 5-gram Jaccard >= 0.5: {missed_similar}");
    let mut good = 0;
    let mut worst: Vec<(f64, &str, &str)> = Vec::new();
    for (id, rep) in &removed {
        let j = jaccard(&text[id], &text[rep], 5);
        if j >= 0.5 {
            good += 1;
        } else {
            worst.push((j, id, rep));
        }
    }
    println!(
        "\nremoved {}; folded 5-gram Jaccard with their representative >= 0.5: {} (precision {:.4})",
        removed.len(),
        good,
        f64::from(good) / removed.len().max(1) as f64
    );
    worst.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (j, id, rep) in worst.iter().take(5) {
        println!("  below: {id} -> {rep}: {j:.3}");
    }
}
