use std::io::Write;
use std::path::Path;

use ghirbal_record::{Article, Dedup, DupKind};
use ghirbal_search::{build_index, Aliases, IndexOptions, SearchIndex};

const SUBJECTS: [&str; 8] = [
    "وزارة الصحة",
    "الحكومة الأمريكية",
    "مجلس الأمن",
    "تنظيم الدولة الإسلامية",
    "وزير الخارجية",
    "البنك المركزي",
    "هيئة الطيران المدني",
    "المعلمون المتقاعدون",
];
const ACTIONS: [&str; 6] = [
    "تعلن خطة جديدة لمواجهة",
    "تحذر من تفاقم",
    "تبحث مع الشركاء سبل الحد من",
    "ترفض الاتهامات بشأن",
    "تدعو إلى تحقيق في",
    "تناقش ميزانية ٢٠١٨ لمعالجة",
];
const TOPICS: [&str; 5] = [
    "أزمة المياه في المدن الساحلية",
    "ارتفاع أسعار الوقود",
    "انتشار الأمراض الموسمية",
    "الهجمات على الطرق الصحراوية",
    "تأخر رواتب الموظفين",
];
const SITES: [&str; 3] = ["BBC Arabic", "سكاي نيوز عربية", "صحيفة الرياض"];
const AGENCIES: [&str; 3] = ["AFP", "Reuters", "SPA"];

/// 80 records: every subject, action and topic mixed, on three sites,
/// over three months; the records of one (subject, topic) pair on
/// different sites share a dedup cluster.
pub fn articles() -> Vec<Article> {
    let mut out = Vec::new();
    for i in 0..80 {
        let subject = SUBJECTS[i % SUBJECTS.len()];
        let action = ACTIONS[(i / 3) % ACTIONS.len()];
        let topic = TOPICS[(i / 2) % TOPICS.len()];
        let site = SITES[i % SITES.len()];
        let title = format!("{subject} {action} {topic}");
        let text = format!(
            "قال مسؤولون إن {subject} عقدت اجتماعا طارئا يوم الأحد لبحث {topic}.\n\n\
             وأضافوا أن الاجتماع تناول تقارير من {} محافظة، وأن القرار النهائي سيصدر خلال أسبوع.\n\n\
             وقال طبيب في مستشفى المدينة إن الوضع مستقر.\n\n\
             وكانت الأمم المتحدة قد حذرت في تقرير سابق من تداعيات {topic} على السكان.",
            i + 3
        );
        let month = 1 + (i % 3);
        out.push(Article {
            id: format!("{i:016x}"),
            input: format!("fixture/{i}.txt"),
            site: Some(site.to_string()),
            lang: Some("ar".to_string()),
            title: Some(title),
            published: Some(format!("2018-{month:02}-{:02}T10:00:00+03:00", 1 + i % 28)),
            summary: Some(format!("{subject}: {topic}")),
            agencies: vec![AGENCIES[i % AGENCIES.len()].to_string()],
            text,
            dedup: Some(Dedup {
                cluster: format!("{:016x}", i % 10),
                size: 8,
                duplicate_of: (i >= 10).then(|| format!("{:016x}", i % 10)),
                kind: (i >= 10).then_some(DupKind::Near),
            }),
            ..Article::default()
        });
    }
    out
}

pub fn write_jsonl(path: &Path, articles: &[Article]) {
    let mut f = std::fs::File::create(path).unwrap();
    for a in articles {
        writeln!(f, "{}", serde_json::to_string(a).unwrap()).unwrap();
    }
}

/// A fresh index of [`articles`] in a temp dir (kept alive by the guard).
pub fn index(options: &IndexOptions) -> (tempfile::TempDir, SearchIndex) {
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("records.jsonl");
    write_jsonl(&records, &articles());
    let out = dir.path().join("index");
    let stats = build_index(&[records], &out, options, |_| {}).unwrap();
    assert_eq!(stats.records, 80);
    let index = SearchIndex::open(&out, Aliases::defaults()).unwrap();
    (dir, index)
}
