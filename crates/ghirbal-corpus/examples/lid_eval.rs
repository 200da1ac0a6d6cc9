//! Scores `lang::detect` on the labelled set in ../shared/corpus/lid:
//! accuracy per label, mapped to the codes ghirbal returns (every Arabic
//! dialect is `ar`), side by side with the whatlang crate on the same lines.
//!
//! cargo run --release -p ghirbal-corpus --example lid_eval -- ../shared/corpus/lid/lid-eval.jsonl

use std::collections::BTreeMap;
use std::io::BufRead;

fn expected(label: &str) -> &str {
    match label {
        "arb" | "arz" | "apc" | "ajp" | "ary" | "aeb" | "arq" | "acm" | "acq" | "ars" | "afb" => {
            "ar"
        }
        "pes" | "prs" => "fa",
        "urd" => "ur",
        "pus" => "ps",
        "ckb" => "ckb",
        "uig" => "ug",
        "snd" => "sd",
        "eng" => "en",
        "fra" => "fr",
        "arabizi" => "arabizi",
        _ => "other",
    }
}

/// whatlang's answer in ghirbal's codes (it has no Pashto, Sorani, Uyghur,
/// Sindhi or Arabizi).
fn whatlang_code(text: &str) -> &'static str {
    use whatlang::Lang;
    match whatlang::detect_lang(text) {
        Some(Lang::Ara) => "ar",
        Some(Lang::Pes) => "fa",
        Some(Lang::Urd) => "ur",
        Some(Lang::Eng) => "en",
        Some(Lang::Fra) => "fr",
        Some(_) => "other",
        None => "und",
    }
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: lid_eval LID-EVAL.jsonl");
    let file = std::fs::File::open(&path).expect("open");
    let mut per: BTreeMap<String, (u32, u32, BTreeMap<&'static str, u32>)> = BTreeMap::new();
    let mut whatlang_ok: BTreeMap<String, u32> = BTreeMap::new();
    let mut whatlang_secs = 0.0;
    let start = std::time::Instant::now();
    let mut bytes = 0;
    for line in std::io::BufReader::new(file).lines().map_while(Result::ok) {
        let v: serde_json::Value = serde_json::from_str(&line).expect("json");
        let (lang, text) = (v["lang"].as_str().unwrap(), v["text"].as_str().unwrap());
        bytes += text.len();
        let t = std::time::Instant::now();
        if whatlang_code(text) == expected(lang) {
            *whatlang_ok.entry(lang.to_string()).or_default() += 1;
        }
        whatlang_secs += t.elapsed().as_secs_f64();
        let got = ghirbal_corpus::lang::detect(text);
        let e = per.entry(lang.to_string()).or_default();
        e.1 += 1;
        if got == expected(lang) {
            e.0 += 1;
        }
        *e.2.entry(got).or_default() += 1;
    }
    let secs = start.elapsed().as_secs_f64() - whatlang_secs;
    println!(
        "| label | expected | items | ghirbal correct | ghirbal | whatlang | ghirbal's answers |"
    );
    println!("|---|---|---:|---:|---:|---:|---|");

    let (mut ar_ok, mut ar_n, mut other_ok, mut other_n) = (0, 0, 0, 0);
    let (mut w_ar, mut w_other) = (0, 0);
    for (label, (ok, n, answers)) in &per {
        let exp = expected(label);
        let mut a: Vec<_> = answers.iter().collect();
        a.sort_by(|x, y| y.1.cmp(x.1));
        let top: Vec<String> = a.iter().take(3).map(|(k, v)| format!("{k} {v}")).collect();
        let w = whatlang_ok.get(label).copied().unwrap_or(0);
        println!(
            "| {label} | {exp} | {n} | {ok} | {:.3} | {:.3} | {} |",
            f64::from(*ok) / f64::from(*n),
            f64::from(w) / f64::from(*n),
            top.join(", ")
        );
        if exp == "ar" {
            ar_ok += ok;
            ar_n += n;
            w_ar += w;
        } else if exp != "other" {
            other_ok += ok;
            other_n += n;
            w_other += w;
        }
    }
    println!(
        "\nArabic (all dialects) {ar_ok}/{ar_n} = {:.3}; other labelled languages {other_ok}/{other_n} = {:.3}; {:.0} MB/s",
        f64::from(ar_ok) / f64::from(ar_n),
        f64::from(other_ok) / f64::from(other_n),
        bytes as f64 / 1e6 / secs
    );
    println!(
        "whatlang: Arabic {w_ar}/{ar_n} = {:.3}; other labelled languages {w_other}/{other_n} = {:.3}; {:.0} MB/s",
        f64::from(w_ar) / f64::from(ar_n),
        f64::from(w_other) / f64::from(other_n),
        bytes as f64 / 1e6 / whatlang_secs
    );
}
