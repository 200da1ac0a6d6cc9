//! Dedup end to end over JSON Lines: planted variants of synthetic Arabic
//! articles (our own vocabulary, no corpus text), determinism, the keep
//! policy, chains, bad lines.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use ghirbal_corpus::dedup::jsonl::{run, LineReport, Observer, Options, Outcome, Sinks};
use ghirbal_corpus::minhash::jaccard;
use ghirbal_corpus::{Config, Params, Stage};

const WORDS: &[&str] = &[
    "الحكومة",
    "أعلنت",
    "وزارة",
    "الصحة",
    "عن",
    "خطة",
    "جديدة",
    "لمواجهة",
    "ارتفاع",
    "الأسعار",
    "في",
    "الأسواق",
    "المحلية",
    "وقال",
    "المتحدث",
    "الرسمي",
    "إن",
    "اللجنة",
    "ستجتمع",
    "الأسبوع",
    "المقبل",
    "لبحث",
    "الملف",
    "مع",
    "ممثلي",
    "القطاع",
    "الخاص",
    "والنقابات",
    "المهنية",
    "مشيرا",
    "إلى",
    "أن",
    "القرار",
    "النهائي",
    "سيصدر",
    "قبل",
    "نهاية",
    "الشهر",
    "الجاري",
    "وكانت",
    "الأمطار",
    "الغزيرة",
    "قد",
    "تسببت",
    "بإغلاق",
    "عدد",
    "من",
    "الطرق",
    "الرئيسية",
    "شمال",
    "البلاد",
    "بينما",
    "دعت",
    "السلطات",
    "المواطنين",
    "لتوخي",
    "الحذر",
    "وعدم",
    "الخروج",
    "إلا",
    "للضرورة",
    "القصوى",
    "وأكد",
    "مدير",
    "الدفاع",
    "المدني",
    "جاهزية",
    "الفرق",
    "للتدخل",
    "السريع",
    "مستشفى",
    "جامعة",
    "مدرسة",
    "الطلاب",
    "المعلمين",
    "الامتحانات",
    "النتائج",
    "المسابقة",
    "الفريق",
    "المباراة",
    "الملعب",
    "الجمهور",
    "المدرب",
    "الهدف",
    "الدقيقة",
    "الشوط",
    "الثاني",
    "الأول",
    "الاقتصاد",
    "النمو",
    "التضخم",
    "البنك",
    "المركزي",
    "الفائدة",
    "العملة",
    "الدولار",
    "النفط",
    "الغاز",
    "الطاقة",
    "الشمسية",
    "المشروع",
    "المليار",
    "الاستثمار",
    "الشركات",
    "العمال",
    "الرواتب",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn article(rng: &mut Rng, words: usize) -> String {
    let mut out = String::new();
    for i in 0..words {
        if i > 0 {
            out.push_str(if i % 23 == 0 { ".\n" } else { " " });
        }
        out.push_str(WORDS[rng.below(WORDS.len())]);
    }
    out.push('.');
    out
}

/// Hamza/alef, ة/ه, ى/ي, diacritics, tatweel and digits on every 3rd word.
fn ortho(text: &str) -> String {
    text.split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i % 3 != 0 {
                return w.to_string();
            }
            let w = w.replace(['أ', 'إ'], "ا").replace('ة', "ه");
            let w = w.replacen("ى", "ي", 1);
            match i % 9 {
                0 => w.replacen('ل', "لَ", 1),
                3 => w.replacen('م', "مـ", 1),
                _ => w,
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn edit(text: &str, every: usize) -> String {
    text.split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i % every == every / 2 {
                "تعديل"
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn chrome(text: &str) -> String {
    format!(
        "الرئيسية | أخبار | رياضة | اقتصاد\nشارك الخبر\n{text}\nاقرأ أيضا\nجميع الحقوق محفوظة © 2024"
    )
}

fn record(id: &str, text: &str, published: Option<&str>) -> String {
    serde_json::json!({"id": id, "text": text, "published": published, "site": "example.com"})
        .to_string()
}

#[derive(Default)]
struct Collect(Mutex<Vec<LineReport>>);

impl Observer for Collect {
    fn report(&self, report: &LineReport) {
        self.0.lock().unwrap().push(report.clone());
    }
    fn read(&self, _: u8, _: u64) {}
    fn stage(&self, _: Stage, _: u64, _: u64) {}
}

struct Run {
    out: Vec<serde_json::Value>,
    raw: Vec<u8>,
    removed: Vec<u8>,
    outcome: Outcome,
    reports: Vec<LineReport>,
}

fn dedup_files(files: &[PathBuf], memory: u64, threads: usize, keep_all: bool) -> Run {
    let options = Options {
        config: Config {
            params: Params::default(),
            memory,
            spill_dir: None,
        },
        max_line: 1 << 20,
        profile: None,
    };
    let mut raw = Vec::new();
    let mut removed = Vec::new();
    let observer = Collect::default();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let outcome = pool
        .install(|| {
            let mut sinks = Sinks {
                kept: &mut raw,
                removed: (!keep_all).then_some(&mut removed as &mut (dyn std::io::Write + Send)),
                keep_all,
            };
            run(files, &options, &mut sinks, &observer)
        })
        .unwrap();
    let out = String::from_utf8(raw.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    Run {
        out,
        raw,
        removed,
        outcome,
        reports: observer.0.into_inner().unwrap(),
    }
}

fn write(dir: &Path, name: &str, lines: &[String]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

/// 300 unrelated articles, and variants of the first 60.
fn planted() -> (Vec<String>, Vec<(String, String, &'static str)>) {
    let mut rng = Rng(0x5eed);
    let mut lines = Vec::new();
    let mut texts = Vec::new();
    for i in 0..300 {
        let words = 60 + rng.below(300);
        let text = article(&mut rng, words);
        lines.push(record(&format!("a{i:03}"), &text, Some("2024-04-01")));
        texts.push(text);
    }
    let mut truth = Vec::new();
    type Variant = fn(&str) -> String;
    let kinds: [(&str, Variant); 5] = [
        ("exact", |t| t.to_string()),
        ("ortho", ortho),
        ("edit2", |t| edit(t, 50)),
        ("chrome", chrome),
        ("mixed", |t| chrome(&edit(&ortho(t), 40))),
    ];
    for (i, text) in texts.iter().take(60).enumerate() {
        let (kind, f) = kinds[i % kinds.len()];
        let id = format!("v{i:03}-{kind}");
        lines.push(record(&id, &f(text), Some("2024-05-01")));
        truth.push((id, format!("a{i:03}"), kind));
    }
    (lines, truth)
}

#[test]
fn planted_variants_are_found_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let (lines, truth) = planted();
    let file = write(dir.path(), "all.jsonl", &lines);
    let run = dedup_files(&[file], 1 << 30, 2, true);
    assert_eq!(run.out.len(), lines.len(), "every record comes out once");
    let by_id: HashMap<&str, &serde_json::Value> = run
        .out
        .iter()
        .map(|r| (r["id"].as_str().unwrap(), r))
        .collect();
    for (variant, original, kind) in &truth {
        let v = &by_id[variant.as_str()]["dedup"];
        assert_eq!(
            v["duplicate_of"],
            original.as_str(),
            "{kind} {variant}: {v}"
        );
        let expected = if *kind == "exact" || *kind == "ortho" {
            "exact"
        } else {
            "near"
        };
        assert_eq!(v["kind"], expected, "{variant}");
        let o = &by_id[original.as_str()]["dedup"];
        assert_eq!(o["cluster"], original.as_str());
        assert_eq!(o["duplicate_of"], serde_json::Value::Null);
        assert_eq!(o["size"], 2);
    }
    assert_eq!(
        run.outcome.exact_duplicates + run.outcome.near_duplicates,
        truth.len() as u64
    );
    assert_eq!(run.outcome.clusters, truth.len() as u64);
    // Every other byte of a line is kept.
    let first = String::from_utf8(run.raw).unwrap();
    let first = first.lines().next().unwrap();
    assert!(first.starts_with(lines[0].trim_end_matches('}')), "{first}");
}

#[test]
fn output_does_not_depend_on_threads_memory_or_file_split() {
    let dir = tempfile::tempdir().unwrap();
    let (lines, _) = planted();
    let whole = write(dir.path(), "all.jsonl", &lines);
    let (a, b) = lines.split_at(137);
    let parts = [
        write(dir.path(), "a.jsonl", a),
        write(dir.path(), "b.jsonl", b),
    ];
    let base = dedup_files(std::slice::from_ref(&whole), 1 << 30, 1, true).raw;
    assert_eq!(dedup_files(&[whole], 1 << 30, 2, true).raw, base, "threads");
    // A budget this small sends the band entries to partition files.
    assert_eq!(
        dedup_files(&parts, 4 << 10, 2, true).raw,
        base,
        "split and spilled"
    );
}

#[test]
fn keeps_the_earliest_then_the_longest_then_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(7);
    let text = article(&mut rng, 200);
    let longer = format!("{text} وأضاف المتحدث أن اللجنة ستجتمع");
    let lines = vec![
        record("late", &text, Some("2024-05-02")),
        record("early-short", &text, Some("2024-05-01T08:00:00+03:00")),
        record("early-long", &longer, Some("2024-05-01T08:00:00+03:00")),
        record("undated", &longer, None),
    ];
    let run = dedup_files(&[write(dir.path(), "x.jsonl", &lines)], 1 << 30, 1, true);
    for r in &run.out {
        assert_eq!(r["dedup"]["cluster"], "early-long", "{r}");
        assert_eq!(r["dedup"]["size"], 4);
    }
    let ties = vec![record("first", &text, None), record("second", &text, None)];
    let run = dedup_files(&[write(dir.path(), "y.jsonl", &ties)], 1 << 30, 1, true);
    assert_eq!(run.out[1]["dedup"]["duplicate_of"], "first");
}

#[test]
fn a_chain_never_removes_a_record_unlike_its_representative() {
    // A ~ B and B ~ C, but A and C share under half their shingles.
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(99);
    let words: Vec<String> = article(&mut rng, 300)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let a = words[..200].join(" ");
    let b = words[50..250].join(" ");
    let c = words[100..300].join(" ");
    assert!(jaccard(&a, &b, 5) > 0.55 && jaccard(&a, &c, 5) < 0.4);
    let lines = vec![
        record("a", &a, Some("2024-01-01")),
        record("b", &b, Some("2024-01-02")),
        record("c", &c, Some("2024-01-03")),
    ];
    let run = dedup_files(&[write(dir.path(), "x.jsonl", &lines)], 1 << 30, 1, true);
    for r in &run.out {
        if let Some(rep) = r["dedup"]["duplicate_of"].as_str() {
            let text = |id: &str| {
                lines
                    .iter()
                    .find(|l| l.contains(&format!("\"{id}\"")))
                    .unwrap()
            };
            let this =
                serde_json::from_str::<serde_json::Value>(text(r["id"].as_str().unwrap())).unwrap();
            let that = serde_json::from_str::<serde_json::Value>(text(rep)).unwrap();
            let j = jaccard(
                this["text"].as_str().unwrap(),
                that["text"].as_str().unwrap(),
                5,
            );
            assert!(j >= 0.5, "{} -> {rep}: {j}", r["id"]);
        }
    }
    assert_eq!(
        run.out[2]["dedup"]["duplicate_of"],
        serde_json::Value::Null,
        "c stays"
    );
}

#[test]
fn bad_lines_are_reported_with_their_numbers_and_the_rest_comes_out() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(3);
    let text = article(&mut rng, 100);
    let lines = vec![
        record("one", &text, None),
        "{\"id\": \"broken\", \"text\": ".to_string(),
        "{\"id\": \"no-text\", \"title\": \"عنوان\"}".to_string(),
        record("empty", "", None),
        String::new(),
        format!(
            "{{\"id\": \"huge\", \"text\": \"{}\"}}",
            "ب".repeat(1 << 20)
        ),
        "[1, 2, 3]".to_string(),
        record("two", &text, None),
        "{\"id\": 42, \"text\": \"رقم بدل النص\"}".to_string(),
    ];
    let run = dedup_files(&[write(dir.path(), "bad.jsonl", &lines)], 1 << 30, 2, false);
    let reported: Vec<(u64, bool)> = run.reports.iter().map(|r| (r.line, r.skipped)).collect();
    assert_eq!(
        reported,
        vec![(2, true), (3, true), (4, false), (6, true), (7, true)]
    );
    assert!(
        run.reports[0].reason.contains("JSON"),
        "{:?}",
        run.reports[0]
    );
    assert!(
        run.reports[3].reason.contains("--max-bytes"),
        "{:?}",
        run.reports[3]
    );
    assert!(run.reports.iter().all(|r| r.input.ends_with("bad.jsonl")));
    let ids: Vec<&str> = run
        .out
        .iter()
        .map(|r| r["id"].as_str().unwrap_or("42"))
        .collect();
    assert_eq!(ids, ["one", "empty", "42"], "kept records in input order");
    let removed = String::from_utf8(run.removed).unwrap();
    assert!(removed.contains("\"id\":\"two\"") || removed.contains("\"id\": \"two\""));
    assert!(removed.contains("\"duplicate_of\":\"one\""), "{removed}");
    assert_eq!(run.outcome.skipped_lines, 4);
    assert_eq!(run.outcome.documents, 4);
}

#[test]
fn a_previous_annotation_is_replaced_not_duplicated() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(11);
    let text = article(&mut rng, 80);
    let line = serde_json::json!({"id": "x", "text": text, "dedup": {"cluster": "old", "size": 9,
        "duplicate_of": "old", "kind": "near"}})
    .to_string();
    let run = dedup_files(&[write(dir.path(), "x.jsonl", &[line])], 1 << 30, 1, true);
    let out = String::from_utf8(run.raw).unwrap();
    assert_eq!(out.matches("\"dedup\"").count(), 1, "{out}");
    assert_eq!(run.out[0]["dedup"]["cluster"], "x");
}

#[test]
fn truncated_compressed_input_keeps_what_was_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(5);
    let lines: Vec<String> = (0..200)
        .map(|i| record(&format!("r{i}"), &article(&mut rng, 120), None))
        .collect();
    let mut enc = zstd::stream::write::Encoder::new(Vec::new(), 3).unwrap();
    std::io::Write::write_all(&mut enc, (lines.join("\n") + "\n").as_bytes()).unwrap();
    let full = enc.finish().unwrap();
    let path = dir.path().join("cut.jsonl.zst");
    std::fs::write(&path, &full[..full.len() * 2 / 3]).unwrap();
    let run = dedup_files(&[path], 1 << 30, 1, true);
    assert_eq!(run.outcome.failed_inputs, 1);
    assert!(run
        .reports
        .iter()
        .any(|r| r.input.contains("cut.jsonl.zst")));
    assert!(
        !run.out.is_empty() && run.out.len() < 200,
        "{}",
        run.out.len()
    );
}
