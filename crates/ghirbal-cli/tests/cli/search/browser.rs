//! A real browser against `ghirbal serve`: search in Arabic, see results,
//! open an article, take screenshots. Skips when no Chromium is installed
//! (scripts/test.sh installs Debian's when it can).

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use serde_json::json;

use super::cdp::{find_chromium, Browser};
use super::{write_records, HOSTILE};
use crate::BIN;

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn screenshot_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn search_and_read_an_article_in_chromium() {
    let Some(chromium) = find_chromium() else {
        eprintln!(
            "skipped: no chromium on PATH (apt-get install chromium, or set GHIRBAL_CHROMIUM)"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("records.jsonl");
    write_records(&records);
    let idx = dir.path().join("idx");
    let status = Command::new(BIN)
        .args(["index", "-q"])
        .arg(&records)
        .arg("-o")
        .arg(&idx)
        .status()
        .unwrap();
    assert!(status.success());

    let mut child = Command::new(BIN)
        .arg("serve")
        .arg(&idx)
        .args(["--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let server = Server(child);
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();

    let mut b = Browser::launch(&chromium);
    b.navigate(&url);
    assert_eq!(b.eval("document.documentElement.dir"), json!("rtl"));

    // Type a query as a person would, in another spelling than the titles'.
    b.eval("document.getElementById('q').focus()");
    b.type_text("الشركات الاميركيه");
    b.press_enter();
    b.wait_for(
        "document.body.dataset.state === 'results' && document.querySelectorAll('#hits li').length > 0",
        "results",
    );
    let titles = b.eval("[...document.querySelectorAll('#hits h3')].map(h => h.textContent)");
    let titles: Vec<&str> = titles
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert_eq!(titles.len(), 3, "{titles:?}");
    // The hostile title is there, as text: no element made from it, no
    // script run.
    assert!(titles.contains(&HOSTILE), "{titles:?}");
    assert_eq!(
        b.eval("document.querySelectorAll('#hits img, #hits script').length"),
        json!(0)
    );
    assert_eq!(
        b.eval("document.body.dataset.pwned === undefined"),
        json!(true)
    );
    assert!(
        b.eval("document.querySelectorAll('#hits mark').length")
            .as_u64()
            .unwrap()
            >= 3
    );
    assert!(
        b.eval("document.querySelectorAll('#facet-site li').length")
            .as_u64()
            .unwrap()
            >= 3
    );
    let results_png = screenshot_dir().join("ghirbal-serve-results.png");
    b.screenshot(&results_png);

    // Open the first result with a mouse click.
    let first = b.eval("document.querySelector('#hits h3 a').textContent");
    b.click("#hits h3 a");
    b.wait_for(
        "document.body.dataset.state === 'article'",
        "the article view",
    );
    assert_eq!(
        b.eval("document.getElementById('a-title').textContent"),
        first
    );
    assert!(b.eval("location.search.includes('id=')") == json!(true));
    assert_eq!(
        b.eval("document.querySelectorAll('#a-elsewhere li').length"),
        json!(2)
    );
    let meta = b.eval("document.getElementById('a-meta').textContent");
    assert!(meta.as_str().unwrap().contains("عمّان"), "{meta}");
    let caption = b.eval("document.getElementById('a-images').textContent");
    assert!(
        caption.as_str().unwrap().contains("<svg onload=alert(1)>"),
        "{caption}"
    );
    assert!(caption.as_str().unwrap().contains("تصوير: فريق الموقع"));
    assert_eq!(
        b.eval("document.querySelectorAll('article svg, article b').length"),
        json!(0)
    );
    assert_eq!(
        b.eval("document.body.dataset.pwned === undefined"),
        json!(true)
    );
    let article_png = screenshot_dir().join("ghirbal-serve-article.png");
    b.screenshot(&article_png);
    eprintln!(
        "browser test screenshots: {} {}",
        results_png.display(),
        article_png.display()
    );
    drop(b);
    drop(server);
}

/// `ghirbal build`'s report.html in a real browser: every chart drawn with
/// bars of real width, no request leaving the page, a screenshot saved.
#[test]
fn build_report_draws_its_charts_in_chromium() {
    let Some(chromium) = find_chromium() else {
        eprintln!(
            "skipped: no chromium on PATH (apt-get install chromium, or set GHIRBAL_CHROMIUM)"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("corpus");
    // The bundled sample corpus (no INPUT).
    let status = Command::new(BIN)
        .arg("build")
        .arg("-q")
        .arg("-o")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let mut browser = Browser::launch(&chromium);
    let url = format!("file://{}", out.join("report.html").display());
    browser.navigate(&url);
    let charts = browser.eval("document.querySelectorAll('svg').length");
    assert!(charts.as_u64().unwrap() >= 5, "charts: {charts}");
    let drawn = browser.eval(
        "[...document.querySelectorAll('svg rect')].filter(r => r.getBoundingClientRect().width > 0).length",
    );
    assert!(drawn.as_u64().unwrap() >= 10, "bars drawn: {drawn}");
    let kept = browser.eval("document.body.innerText.includes('kept')");
    assert_eq!(kept, json!(true));
    let external = browser.eval(
        "performance.getEntriesByType('resource').filter(e => !e.name.startsWith('file:')).length",
    );
    assert_eq!(external, json!(0), "no external assets");
    let shot = screenshot_dir().join("ghirbal-build-report.png");
    browser.screenshot(&shot);
    eprintln!("screenshot: {}", shot.display());
}
