//! The serialized record must validate against the published JSON Schema.

use ghirbal_record::{
    record_id, Article, Block, BlockKind, Dedup, DupKind, Image, SourceFormat, JSON_SCHEMA,
};

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(JSON_SCHEMA).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn sample() -> Article {
    let mut a = Article {
        id: record_id("x.txt", b"abc"),
        input: "x.txt".into(),
        title: Some("عنوان الخبر".into()),
        page_date: Some("2024-04-25".into()),
        published: Some("2024-04-22T10:00:00+03:00".into()),
        authors: vec!["سارة علي".into()],
        dateline: Some("بيروت".into()),
        summary: Some("ملخص.".into()),
        blocks: vec![
            Block::new(BlockKind::Paragraph, "فقرة أولى."),
            Block::new(BlockKind::Heading, "عنوان فرعي"),
        ],
        images: vec![Image {
            caption: Some("صورة".into()),
            credit: Some("رويترز".into()),
            src: None,
        }],
        sources: vec!["أ ف ب".into()],
        agencies: vec!["AFP".into()],
        warnings: vec!["no-title: no headline found".into()],
        source_format: SourceFormat::Text,
        ..Article::default()
    };
    a.rebuild_text();
    a
}

#[test]
fn sample_record_validates() {
    let value = serde_json::to_value(sample()).unwrap();
    let v = validator();
    let errors: Vec<String> = v.iter_errors(&value).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn dedup_annotation_validates_and_is_absent_by_default() {
    let v = validator();
    let plain = serde_json::to_value(sample()).unwrap();
    assert!(plain.get("dedup").is_none());
    let mut a = sample();
    a.dedup = Some(Dedup {
        cluster: "00000000000000aa".into(),
        size: 2,
        duplicate_of: Some("00000000000000aa".into()),
        kind: Some(DupKind::Near),
    });
    let value = serde_json::to_value(&a).unwrap();
    assert!(v.is_valid(&value), "{value}");
    let back: Article = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(back, a);
    let mut broken = value;
    broken["dedup"]["kind"] = "fuzzy".into();
    assert!(!v.is_valid(&broken));
}

#[test]
fn schema_rejects_broken_records() {
    let v = validator();
    let mut value = serde_json::to_value(sample()).unwrap();
    value["page_date"] = "25/04/2024".into();
    assert!(!v.is_valid(&value));
    let mut value = serde_json::to_value(sample()).unwrap();
    value.as_object_mut().unwrap().remove("text");
    assert!(!v.is_valid(&value));
    let mut value = serde_json::to_value(sample()).unwrap();
    value["blocks"][0]["type"] = "sidebar".into();
    assert!(!v.is_valid(&value));
}

#[test]
fn round_trips_through_json() {
    let a = sample();
    let json = serde_json::to_string(&a).unwrap();
    let back: Article = serde_json::from_str(&json).unwrap();
    assert_eq!(a, back);
}
