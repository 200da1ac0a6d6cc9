//! `ghirbal index`, `ghirbal search` and `ghirbal serve`, end to end.
//! Records are written here, in our own words.

mod browser;
mod cdp;
mod commands;

use std::io::Write;
use std::path::Path;

use serde_json::json;

/// A title carrying markup: the page must show it as text.
pub const HOSTILE: &str = "<script>document.body.dataset.pwned='1'</script><img src=x onerror=\"document.body.dataset.pwned='2'\"> الشركات الأمريكية تفتتح مصنعا";

/// Twelve records about four stories, three sites each, one cluster per
/// story; one title is hostile.
pub fn write_records(path: &Path) {
    let stories = [
        (
            "الشركات الأمريكية تفتتح مصنعا جديدا للألواح الشمسية",
            "افتتحت شركات أمريكية مصنعا للألواح الشمسية في المنطقة الصناعية، يوفر ٥٠٠ فرصة عمل.",
            "الصناعة",
        ),
        (
            "تنظيم الدولة الإسلامية يتبنى هجوما على نقطة تفتيش",
            "أعلن تنظيم الدولة الإسلامية مسؤوليته عن هجوم استهدف نقطة تفتيش قرب الحدود فجر الخميس.",
            "أمن",
        ),
        (
            "المعلمون يطالبون بزيادة الرواتب قبل بدء العام الدراسي",
            "نظم المعلمون وقفة أمام وزارة التربية مطالبين بزيادة الرواتب وتحسين ظروف العمل.",
            "تعليم",
        ),
        (
            "افتتاح مستشفى جديد للأطفال في العاصمة",
            "افتتح وزير الصحة مستشفى للأطفال يضم مئتي سرير وقسما للعناية المركزة.",
            "صحة",
        ),
    ];
    let sites = ["موقع النهار", "Arab News Wire", "صحيفة الغد"];
    let mut f = std::fs::File::create(path).unwrap();
    for (s, (title, lede, tag)) in stories.iter().enumerate() {
        for (k, site) in sites.iter().enumerate() {
            let id = format!("{:016x}", s * 10 + k);
            let title = if s == 0 && k == 1 {
                HOSTILE.to_string()
            } else {
                title.to_string()
            };
            let body = format!(
                "{lede}\n\nوقال متحدث باسم الجهة المعنية إن الخطوة تأتي ضمن خطة تمتد حتى عام ٢٠٢٠."
            );
            let record = json!({
                "id": id,
                "input": format!("fixture/{id}.html"),
                "site": site,
                "lang": "ar",
                "title": title,
                "published": format!("2019-0{}-1{}T09:00:00+03:00", 1 + k, s),
                "authors": ["<b onclick=\"alert(1)\">محرر الموقع</b>"],
                "dateline": "عمّان",
                "summary": lede,
                "blocks": [
                    {"type": "paragraph", "text": lede},
                    {"type": "heading", "text": "تفاصيل"},
                    {"type": "paragraph", "text": "وقال متحدث باسم الجهة المعنية إن الخطوة تأتي ضمن خطة تمتد حتى عام ٢٠٢٠."}
                ],
                "images": [{"caption": "صورة من الموقع <svg onload=alert(1)>", "credit": "تصوير: فريق الموقع", "src": null}],
                "sources": ["وكالات"],
                "agencies": if k == 0 { vec!["AFP"] } else { vec!["Reuters"] },
                "tags": [tag],
                "text": body,
                "warnings": [],
                "source_format": "html",
                "dedup": {
                    "cluster": format!("{:016x}", s * 10),
                    "size": 3,
                    "duplicate_of": if k == 0 { None } else { Some(format!("{:016x}", s * 10)) },
                    "kind": if k == 0 { None } else { Some("near") }
                }
            });
            writeln!(f, "{record}").unwrap();
        }
    }
}
