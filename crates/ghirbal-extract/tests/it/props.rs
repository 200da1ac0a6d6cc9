//! Invariants over arbitrary input: no panic, deterministic output, and the
//! body never carries what the record holds elsewhere.

use ghirbal_extract::furniture::{self, Thresholds};
use ghirbal_extract::{extract_dump, Options};
use proptest::prelude::*;

/// Lines drawn from the kinds a dump is made of, so the generator reaches
/// the classifier's branches rather than only its "unclassified" exit.
fn dump_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("الخميس 25 أبريل / أبريل 2024".to_string()),
        Just("المصادر:".to_string()),
        Just("العربي، أ ف ب".to_string()),
        Just("شارك القصة".to_string()),
        Just("Close".to_string()),
        Just("اقرأ أيضا".to_string()),
        Just("- بند في قائمة".to_string()),
        Just("صورة لمبنى البرلمان في المدينة (رويترز)".to_string()),
        Just("وزير الخارجية يلتقي نظيره في العاصمة".to_string()),
        Just(
            "وقال المتحدث باسم الوزارة إن الاجتماع تناول ملفات عدة، أبرزها التعاون الاقتصادي."
                .to_string()
        ),
        "[\\p{Arabic} ،.؟0-9٠-٩ـ\u{a0}\u{200f}\u{fe8d}]{0,80}",
        // Markdown, stacked and labelled dates, padding, links: the layouts
        // read before the lines are.
        Just("# عنوان الخبر في سطر".to_string()),
        Just("## عنوان فرعي".to_string()),
        Just("> مقدمة الخبر في جملة واحدة.".to_string()),
        Just("![صورة من الموقع](https://example.org/a.jpg)".to_string()),
        Just("* [قسم](/section/1)".to_string()),
        Just("_6 أبريل 2018، 18:49_".to_string()),
        Just("---".to_string()),
        Just("                                        سطر مزاح إلى اليمين".to_string()),
        Just("• فقرة تبدأ بنقطة وتنتهي بنقطة.".to_string()),
        Just("التاريخ".to_string()),
        Just("الوقت".to_string()),
        Just("09:45".to_string()),
        Just("2024".to_string()),
        Just("الجمعة".to_string()),
        Just("موضوعات تهمك ⟵ عنوان خبر آخر".to_string()),
        // Screen-reader transcripts, mailed newsletters, calendar widgets.
        Just("رابط: الرئيسية".to_string()),
        Just("عنوان المستوى 1: عنوان الخبر".to_string()),
        Just("عنوان المستوى ٢: عنوان فرعي".to_string()),
        Just("صورة، مبنى البلدية — رويترز".to_string()),
        Just("قائمة من 3 عناصر".to_string()),
        Just("Subject: النشرة | عنوان الخبر".to_string()),
        Just("From: النشرة <news@example.org>".to_string()),
        Just("التاريخ الهجري: 3 شوال 1445".to_string()),
        Just("1 Ağustos 2015 Cumartesi".to_string()),
        Just("⚠️ تنبيه للقراء.".to_string()),
        Just("٣‏/٥‏/٢٠٢٤ ٨:٣٠ ص - أم سالم: *عنوان الخبر*".to_string()),
        Just("[9:02 ص، 3/5/2024] سعيد: رد قصير".to_string()),
        Just("*عنوان فرعي*".to_string()),
        Just("الوطن :: الأسرة :: كتابات".to_string()),
        Just("المصادر[عدل]".to_string()),
        Just("[عدل]".to_string()),
        // Somali and Syriac dates, days in words, two-digit years, arrows,
        // inline links, bylines and credits of the fresh11 round.
        Just("Khamiis, 14 Maarso 2019".to_string()),
        Just("الخميس 9 ܫܒܛ 2017".to_string()),
        Just("الخميس، التاسع والعشرون من ديسمبر 2016م".to_string()),
        Just("23:41 ⦙ الخميس 22.3.18".to_string()),
        Just("نُشر الخبر في 20.03.18 ⦙ 05:15".to_string()),
        Just("موقعك الآن: الرئيسية ← اقتصاد ← عنوان الخبر".to_string()),
        Just("⤷ طالعوا: عنوان خبر آخر".to_string()),
        Just("▫ عناوين مرتبطة: عنوان خبر آخر".to_string()),
        Just("من قبل عبدي فارح".to_string()),
        Just("رافعات على رصيف الميناء ― محمد علي".to_string()),
        Just("مبنى البلدية (تصوير: بلطف من المجلس المحلي)".to_string()),
        "(رابط|معلم|زر|عنوان المستوى [0-9]|صورة|Subject|From)[:،,]? ?[\\p{Arabic} |]{0,30}",
        "[#>\\[\\]()!*_ ⟵؛ⓒ•\\p{Arabic}0-9:|]{0,40}",
        any::<String>(),
    ]
}

fn dump() -> impl Strategy<Value = String> {
    prop::collection::vec(dump_line(), 0..40).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn deterministic_and_total(text in dump()) {
        let a = extract_dump("x.txt", &text, &Options { explain: true, ..Options::default() });
        let b = extract_dump("x.txt", &text, &Options { explain: true, ..Options::default() });
        prop_assert_eq!(&a.article, &b.article);
        let body = text.strip_suffix('\n').unwrap_or(&text);
        prop_assert_eq!(a.explain.len(), body.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r').count()).sum::<usize>());
        // A title line is never also a body block.
        if let Some(title) = &a.article.title {
            prop_assert!(!a.article.blocks.iter().any(|b| &b.text == title));
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = extract_dump("x.bin", &text, &Options::default());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Furniture learnt from a folder: extraction with it is deterministic,
    /// and no body block is one of its lines.
    #[test]
    fn learnt_furniture_never_reaches_the_body(dumps in prop::collection::vec(dump(), 20..30)) {
        let furniture = std::sync::Arc::new(furniture::learn(&dumps, &Thresholds::default()));
        let options = Options { furniture: Some(furniture.clone()), ..Options::default() };
        let mut scratch = String::new();
        for text in &dumps {
            let a = extract_dump("x.txt", text, &options);
            let b = extract_dump("x.txt", text, &options);
            prop_assert_eq!(&a.article, &b.article);
            for block in &a.article.blocks {
                prop_assert!(!furniture.contains(&block.text, &mut scratch), "{:?}", block.text);
            }
        }
    }
}
