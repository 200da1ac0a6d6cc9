//! `report.html`: one self-contained page (inline CSS and SVG, no scripts,
//! no external assets) drawing a build's [`BuildStats`].

use std::fmt::Write;

use crate::build::BuildStats;

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A horizontal bar chart as inline SVG; labels may be Arabic or Latin.
fn bars(title: &str, rows: &[(String, u64)], color: &str) -> String {
    let mut html = format!("<section><h2>{}</h2>", escape(title));
    if rows.is_empty() {
        html.push_str("<p class=\"empty\">nothing to show</p></section>");
        return html;
    }
    let max = rows.iter().map(|r| r.1).max().unwrap_or(1).max(1) as f64;
    let (label_w, bar_w, row_h) = (220.0, 420.0, 22.0);
    let height = rows.len() as f64 * row_h + 8.0;
    let _ = write!(
        html,
        "<svg role=\"img\" aria-label=\"{}\" width=\"100%\" viewBox=\"0 0 {} {height}\" \
         preserveAspectRatio=\"xMinYMin meet\">",
        escape(title),
        label_w + bar_w + 90.0,
    );
    for (i, (label, value)) in rows.iter().enumerate() {
        let y = i as f64 * row_h + 4.0;
        let w = (*value as f64 / max * bar_w).max(1.0);
        let _ = write!(
            html,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"label\">{}</text>\
             <rect x=\"{}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"{color}\"><title>{}: {value}</title></rect>\
             <text x=\"{}\" y=\"{}\" class=\"value\">{value}</text>",
            label_w - 8.0,
            y + 15.0,
            escape(label),
            label_w,
            row_h - 6.0,
            escape(label),
            label_w + w + 6.0,
            y + 15.0,
        );
    }
    html.push_str("</svg></section>");
    html
}

fn top(map: &std::collections::BTreeMap<String, u64>, n: usize) -> Vec<(String, u64)> {
    let mut rows: Vec<(String, u64)> = map.iter().map(|(k, v)| (k.clone(), *v)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows.truncate(n);
    rows
}

/// The whole page.
pub fn render(stats: &BuildStats, title: &str) -> String {
    let funnel = vec![
        ("inputs".to_string(), stats.inputs),
        ("extracted".to_string(), stats.extracted),
        (
            "after filters".to_string(),
            stats.extracted.saturating_sub(stats.removed_by_filter),
        ),
        ("kept after dedup".to_string(), stats.kept),
    ];
    let removed = {
        let mut rows = top(&stats.reasons, 30);
        rows.push(("input errors".into(), stats.input_errors));
        rows.push(("duplicates (exact)".into(), stats.duplicates_exact));
        rows.push(("duplicates (near)".into(), stats.duplicates_near));
        rows.retain(|r| r.1 > 0);
        rows
    };
    // Months while they fit on a page, else years.
    let months: Vec<(String, u64)> = if stats.months.len() <= 36 {
        stats.months.iter().map(|(k, v)| (k.clone(), *v)).collect()
    } else {
        let mut years = std::collections::BTreeMap::new();
        for (k, v) in &stats.months {
            let year = if k == "unknown" {
                k
            } else {
                k.get(..4).unwrap_or(k)
            };
            *years.entry(year.to_string()).or_insert(0) += v;
        }
        years.into_iter().collect()
    };
    let lengths: Vec<(String, u64)> = stats
        .lengths
        .iter()
        .map(|(k, v)| (k.trim_start_matches('0').replace('-', "–"), *v))
        .map(|(k, v)| {
            (
                if k.starts_with('–') || k.is_empty() {
                    format!("0{k}")
                } else {
                    k
                },
                v,
            )
        })
        .collect();
    let clusters: Vec<(String, u64)> = stats
        .cluster_sizes
        .iter()
        .map(|(k, v)| (format!("{k} copies"), *v))
        .collect();
    let mut html = String::new();
    let _ = write!(
        html,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{t}</title><style>\
         body{{font:15px/1.45 system-ui,'Noto Sans Arabic','Segoe UI',sans-serif;margin:24px auto;max-width:1100px;color:#1d2330;padding:0 16px}}\
         h1{{font-size:24px;margin:0 0 4px}} h2{{font-size:17px;margin:0 0 8px}}\
         .cards{{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}}\
         .card{{background:#f3f5f9;border-radius:10px;padding:10px 16px;min-width:130px}}\
         .card b{{display:block;font-size:22px}} .grid{{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:22px}}\
         section{{border:1px solid #e2e6ee;border-radius:10px;padding:12px 14px;overflow-x:auto}}\
         svg text{{font-size:12px;fill:#1d2330}} svg .value{{fill:#555}} .empty{{color:#888}}\
         table{{border-collapse:collapse;font-size:13px}} td,th{{border-bottom:1px solid #eee;padding:3px 8px;text-align:start}}\
         </style></head><body><h1>{t}</h1><p>ghirbal build: {secs:.1} s, {dps:.0} documents/s, {mbps:.1} MB/s, peak memory {rss:.0} MB</p>\
         <div class=\"cards\">",
        t = escape(title),
        secs = stats.seconds,
        dps = stats.docs_per_second,
        mbps = stats.mb_per_second,
        rss = stats.peak_rss_mb,
    );
    for (label, value) in [
        ("inputs", stats.inputs),
        ("input errors", stats.input_errors),
        ("extracted", stats.extracted),
        ("filtered out", stats.removed_by_filter),
        ("duplicates", stats.duplicates_exact + stats.duplicates_near),
        ("kept", stats.kept),
    ] {
        let _ = write!(html, "<div class=\"card\">{label}<b>{value}</b></div>");
    }
    html.push_str("</div><div class=\"grid\">");
    html.push_str(&bars("Documents through the pipeline", &funnel, "#3b6fd8"));
    html.push_str(&bars("Why documents were removed", &removed, "#d8613b"));
    html.push_str(&bars(
        "Languages (kept)",
        &top(&stats.languages, 15),
        "#2f9e6e",
    ));
    html.push_str(&bars(
        "Sites (kept, top 20)",
        &top(&stats.sites, 20),
        "#7a55c7",
    ));
    let when = if stats.months.len() <= 36 {
        "month"
    } else {
        "year"
    };
    html.push_str(&bars(
        &format!("Publication {when} (kept)"),
        &months,
        "#c79b2f",
    ));
    html.push_str(&bars("Body length in words (kept)", &lengths, "#3b9fb0"));
    html.push_str(&bars("Duplicate clusters by size", &clusters, "#b03b7a"));
    html.push_str("</div>");
    if !stats.errors.is_empty() {
        html.push_str(
            "<section><h2>Input errors</h2><table><tr><th>input</th><th>reason</th></tr>",
        );
        for e in stats.errors.iter().take(200) {
            let _ = write!(
                html,
                "<tr><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td></tr>",
                escape(&e.input),
                escape(&e.error)
            );
        }
        html.push_str("</table></section>");
    }
    html.push_str("</body></html>\n");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_is_self_contained_and_escaped() {
        let mut stats = BuildStats::default();
        stats.sites.insert("<script>alert(1)</script>".into(), 3);
        stats.sites.insert("الجزيرة".into(), 5);
        stats.kept = 8;
        let html = render(&stats, "corpus");
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(html.contains("الجزيرة"));
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "no external assets"
        );
        assert!(html.matches("<svg").count() >= 2);
    }
}
