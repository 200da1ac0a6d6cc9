//! Writes a large Common Crawl style WARC.gz (one gzip member per record:
//! warcinfo, then request / response / metadata per page) of invented
//! Arabic news pages, to check that reading one keeps memory bounded.
//!
//! ```text
//! cargo run --release -p ghirbal-io --example gen_warc -- /tmp/big.warc.gz 200
//! cargo build --release -p ghirbal-cli
//! /usr/bin/time -v target/release/ghirbal extract /tmp/big.warc.gz -o /tmp/big.jsonl.zst
//! ```
//!
//! The second argument is the target size in MB (default 200). Output is
//! deterministic.

use std::fs::File;
use std::io::{self, BufWriter, Write};

/// Words of our own, enough that pages compress like real ones (about 4:1)
/// rather than like repeated text.
const WORDS: &[&str] = &[
    "أعلنت",
    "الوزارة",
    "اليوم",
    "عن",
    "خطة",
    "جديدة",
    "لتطوير",
    "المدارس",
    "في",
    "المحافظات",
    "الشمالية",
    "وقال",
    "المتحدث",
    "إن",
    "العمل",
    "سيبدأ",
    "مطلع",
    "الشهر",
    "المقبل",
    "بمشاركة",
    "عدد",
    "من",
    "الشركات",
    "المحلية",
    "وأضاف",
    "أن",
    "المشروع",
    "يشمل",
    "بناء",
    "قاعات",
    "ومختبرات",
    "وملاعب",
    "رياضية",
    "للطلاب",
    "وأكد",
    "المسؤولون",
    "أهمية",
    "التعاون",
    "بين",
    "المؤسسات",
    "الحكومية",
    "والقطاع",
    "الخاص",
    "لتحقيق",
    "الأهداف",
    "المرجوة",
    "خلال",
    "العامين",
    "القادمين",
    "كما",
    "أشار",
    "التقرير",
    "إلى",
    "ارتفاع",
    "نسبة",
    "النجاح",
    "هذا",
    "العام",
    "مقارنة",
    "بالعام",
    "الماضي",
    "وسجلت",
    "الأسواق",
    "تراجعا",
    "طفيفا",
    "الأسعار",
    "بعد",
    "موجة",
    "صعود",
    "استمرت",
    "أسابيع",
    "وتوقع",
    "خبراء",
    "الاقتصاد",
    "استقرار",
    "الوضع",
    "النصف",
    "الثاني",
    "ومن",
    "المنتظر",
    "يصل",
    "وفد",
    "رسمي",
    "العاصمة",
    "غدا",
    "لبحث",
    "سبل",
    "تعزيز",
    "العلاقات",
    "الثنائية",
    "مجالات",
    "التجارة",
    "والطاقة",
    "والنقل",
    "والسياحة",
    "والثقافة",
    "والصحة",
    "والتعليم",
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

fn sentence(rng: &mut Rng) -> String {
    let n = 8 + rng.below(14);
    let words: Vec<&str> = (0..n).map(|_| WORDS[rng.below(WORDS.len())]).collect();
    format!("{}.", words.join(" "))
}

fn page(rng: &mut Rng, i: usize) -> String {
    let title = sentence(rng);
    let mut body = String::new();
    for _ in 0..10 + rng.below(40) {
        body.push_str("<p>");
        for _ in 0..2 + rng.below(4) {
            body.push_str(&sentence(rng));
            body.push(' ');
        }
        body.push_str("</p>\n");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title}</title>\n</head>\n<body>\n<nav><a href=\"/\">الرئيسية</a> | \
         <a href=\"/news\">أخبار</a></nav>\n<article>\n<h1>{title}</h1>\n\
         <time datetime=\"2024-03-01\">1 مارس 2024</time>\n{body}</article>\n\
         <footer>جميع الحقوق محفوظة — صفحة رقم {i}</footer>\n</body>\n</html>\n"
    )
}

fn record(kind: &str, uri: Option<&str>, content_type: &str, block: &[u8]) -> Vec<u8> {
    let uri = uri.map_or(String::new(), |u| format!("WARC-Target-URI: {u}\r\n"));
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Date: 2024-03-01T10:00:00Z\r\n{uri}\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn member(out: &mut impl Write, bytes: &[u8]) -> io::Result<u64> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes)?;
    let compressed = gz.finish()?;
    out.write_all(&compressed)?;
    Ok(compressed.len() as u64)
}

fn main() -> io::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "big.warc.gz".to_string());
    let target_mb: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(200);
    let target = target_mb * 1_000_000;
    let mut out = BufWriter::new(File::create(&path)?);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut written = member(
        &mut out,
        &record(
            "warcinfo",
            None,
            "application/warc-fields",
            b"software: ghirbal gen_warc\r\n",
        ),
    )?;
    let mut pages = 0;
    while written < target {
        let uri = format!("https://news.example.sa/article/{pages}");
        let request = format!("GET /article/{pages} HTTP/1.1\r\nHost: news.example.sa\r\n\r\n");
        written += member(
            &mut out,
            &record(
                "request",
                Some(&uri),
                "application/http; msgtype=request",
                request.as_bytes(),
            ),
        )?;
        let html = page(&mut rng, pages);
        let mut response = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\
             Content-Length: {}\r\n\r\n",
            html.len()
        )
        .into_bytes();
        response.extend_from_slice(html.as_bytes());
        written += member(
            &mut out,
            &record(
                "response",
                Some(&uri),
                "application/http; msgtype=response",
                &response,
            ),
        )?;
        written += member(
            &mut out,
            &record(
                "metadata",
                Some(&uri),
                "application/warc-fields",
                b"fetchTimeMs: 100\r\n",
            ),
        )?;
        pages += 1;
    }
    out.flush()?;
    eprintln!("{path}: {pages} pages, {:.1} MB", written as f64 / 1e6);
    Ok(())
}
