//! The index's fields.

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};

use crate::analysis::Analysis;

/// Every field, resolved once.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    pub id: Field,
    /// The whole record as JSON: the article view and snippets read it.
    pub record: Field,
    pub title: Field,
    pub title_stem: Field,
    pub summary: Field,
    pub summary_stem: Field,
    pub text: Field,
    pub text_stem: Field,
    pub tags: Field,
    pub site: Field,
    pub agencies: Field,
    pub lang: Field,
    pub cluster: Field,
    pub published: Field,
    /// `YYYY-MM` of `published`: the date histogram's buckets.
    pub month: Field,
}

/// Text fields a query word is looked up in, with their boosts: a word in
/// the title says more than one in the body, and the exact spelling a
/// little more than a word that only shares its stem.
pub(crate) fn weighted(f: &Fields) -> [(Field, f32); 7] {
    [
        (f.title, 3.0),
        (f.title_stem, 2.5),
        (f.summary, 1.5),
        (f.summary_stem, 1.2),
        (f.text, 1.2),
        (f.text_stem, 1.0),
        (f.tags, 1.5),
    ]
}

pub(crate) fn build(analysis: Analysis) -> Schema {
    let (exact, stem) = analysis.tokenizer_names();
    let text = |tokenizer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let mut b = Schema::builder();
    b.add_text_field("id", STRING | STORED);
    b.add_text_field("record", STORED);
    b.add_text_field("title", text(exact));
    b.add_text_field("title_stem", text(stem));
    b.add_text_field("summary", text(exact));
    b.add_text_field("summary_stem", text(stem));
    b.add_text_field("text", text(exact));
    b.add_text_field("text_stem", text(stem));
    b.add_text_field("tags", text(exact));
    b.add_text_field("site", STRING | FAST);
    b.add_text_field("agencies", STRING | FAST);
    b.add_text_field("lang", STRING);
    b.add_text_field("cluster", STRING);
    b.add_date_field("published", INDEXED | FAST);
    b.add_text_field("month", STRING | FAST);
    b.build()
}

pub(crate) fn fields(schema: &Schema) -> Result<Fields, tantivy::TantivyError> {
    let f = |name: &str| schema.get_field(name);
    Ok(Fields {
        id: f("id")?,
        record: f("record")?,
        title: f("title")?,
        title_stem: f("title_stem")?,
        summary: f("summary")?,
        summary_stem: f("summary_stem")?,
        text: f("text")?,
        text_stem: f("text_stem")?,
        tags: f("tags")?,
        site: f("site")?,
        agencies: f("agencies")?,
        lang: f("lang")?,
        cluster: f("cluster")?,
        published: f("published")?,
        month: f("month")?,
    })
}
