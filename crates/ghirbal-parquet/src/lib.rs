//! Article records as Parquet: an Arrow schema that mirrors the JSON record
//! (nested `blocks` and `images` as lists of structs, `dedup` as a struct),
//! readable by pandas, pyarrow, DuckDB and Spark. Kept out of the core
//! crates: arrow and parquet are heavy to build.
//!
//! `quality` is stored as its JSON text: its keys are open-ended, and a
//! column per signal would tie the file format to the filter set.

use std::io::{BufRead, Write};
use std::sync::Arc;

use arrow_json::ReaderBuilder;
use arrow_schema::{DataType, Field, Fields, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;

/// Rows per record batch (and at most per row group).
const BATCH: usize = 4096;

#[derive(Debug, thiserror::Error)]
pub enum ParquetError {
    #[error("line {line}: {reason}")]
    Record { line: u64, reason: String },
    #[error("reading records: {0}")]
    Read(#[from] std::io::Error),
    #[error("writing Parquet: {0}")]
    Write(String),
}

fn text(name: &str) -> Field {
    Field::new(name, DataType::Utf8, true)
}

/// Lists name their items `element`, as the Parquet format's LIST type and
/// Spark do, so files from `ghirbal build --parquet` and from the Spark job
/// have one schema.
fn list_of(name: &str, item: DataType) -> Field {
    Field::new(
        name,
        DataType::List(Arc::new(Field::new("element", item, true))),
        true,
    )
}

/// The Arrow schema of a record.
pub fn record_schema() -> SchemaRef {
    let block = DataType::Struct(Fields::from(vec![text("type"), text("text")]));
    let image = DataType::Struct(Fields::from(vec![
        text("caption"),
        text("credit"),
        text("src"),
    ]));
    let dedup = DataType::Struct(Fields::from(vec![
        text("cluster"),
        // Signed: Spark and Java readers have no unsigned integers.
        Field::new("size", DataType::Int32, true),
        text("duplicate_of"),
        text("kind"),
    ]));
    Arc::new(Schema::new(vec![
        text("id"),
        text("input"),
        text("url"),
        text("site"),
        text("lang"),
        text("title"),
        text("page_date"),
        text("published"),
        text("modified"),
        list_of("authors", DataType::Utf8),
        text("dateline"),
        text("summary"),
        list_of("blocks", block),
        list_of("images", image),
        list_of("sources", DataType::Utf8),
        list_of("agencies", DataType::Utf8),
        list_of("tags", DataType::Utf8),
        text("text"),
        list_of("warnings", DataType::Utf8),
        text("source_format"),
        Field::new("dedup", dedup, true),
        text("quality"),
    ]))
}

/// Converts JSON Lines records to one Parquet file (zstd-compressed
/// columns); returns the number of rows.
pub fn jsonl_to_parquet<W: Write + Send>(
    mut lines: impl BufRead,
    out: W,
) -> Result<u64, ParquetError> {
    let schema = record_schema();
    let props = WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::default()))
        .set_max_row_group_row_count(Some(64 * 1024))
        .build();
    let mut writer = ArrowWriter::try_new(out, Arc::clone(&schema), Some(props))
        .map_err(|e| ParquetError::Write(e.to_string()))?;
    let mut decoder = ReaderBuilder::new(schema)
        .with_batch_size(BATCH)
        .build_decoder()
        .map_err(|e| ParquetError::Write(e.to_string()))?;
    let (mut rows, mut line_no, mut pending) = (0u64, 0u64, 0usize);
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line)? == 0 {
            break;
        }
        line_no += 1;
        if line.trim().is_empty() {
            continue;
        }
        let bad = |reason: String| ParquetError::Record {
            line: line_no,
            reason,
        };
        let mut value: serde_json::Value =
            serde_json::from_str(&line).map_err(|e| bad(e.to_string()))?;
        let json = ghirbal_record::table_json(&mut value);
        decoder
            .decode(json.as_bytes())
            .map_err(|e| bad(e.to_string()))?;
        rows += 1;
        pending += 1;
        if pending == BATCH {
            flush(&mut decoder, &mut writer)?;
            pending = 0;
        }
    }
    flush(&mut decoder, &mut writer)?;
    writer
        .close()
        .map_err(|e| ParquetError::Write(e.to_string()))?;
    Ok(rows)
}

fn flush<W: Write + Send>(
    decoder: &mut arrow_json::reader::Decoder,
    writer: &mut ArrowWriter<W>,
) -> Result<(), ParquetError> {
    if let Some(batch) = decoder
        .flush()
        .map_err(|e| ParquetError::Write(e.to_string()))?
    {
        writer
            .write(&batch)
            .map_err(|e| ParquetError::Write(e.to_string()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    #[test]
    fn nested_records_round_trip_through_parquet() {
        let lines = concat!(
            r#"{"id":"a1","input":"x.txt","url":null,"site":"موقع","lang":"ar","title":"عنوان","page_date":null,"published":"2024-04-22","modified":null,"authors":["سارة"],"dateline":"بيروت","summary":null,"blocks":[{"type":"paragraph","text":"فقرة"},{"type":"heading","text":"عنوان فرعي"}],"images":[{"caption":"صورة","credit":"رويترز","src":null}],"sources":["أ ف ب"],"agencies":["AFP"],"tags":[],"text":"فقرة\n\nعنوان فرعي","warnings":[],"source_format":"text","dedup":{"cluster":"a1","size":2,"duplicate_of":null,"kind":null},"quality":{"signals":{"words":3},"reasons":[]}}"#,
            "\n\n",
            r#"{"id":"b2","input":"y.html","url":"https://example.com/","site":null,"lang":"ar","title":null,"page_date":null,"published":null,"modified":null,"authors":[],"dateline":null,"summary":null,"blocks":[],"images":[],"sources":[],"agencies":[],"tags":[],"text":"","warnings":["no-title: none"],"source_format":"html"}"#,
            "\n"
        );
        let file = tempfile::tempfile().unwrap();
        let rows = jsonl_to_parquet(lines.as_bytes(), file.try_clone().unwrap()).unwrap();
        assert_eq!(rows, 2);
        let reader = ParquetRecordBatchReaderBuilder::try_new(file)
            .unwrap()
            .build()
            .unwrap();
        let batches: Vec<_> = reader.map(Result::unwrap).collect();
        assert_eq!(batches.iter().map(|b| b.num_rows()).sum::<usize>(), 2);
        let batch = &batches[0];
        assert_eq!(batch.schema(), record_schema());
        let blocks = batch.column_by_name("blocks").unwrap();
        let blocks = blocks
            .as_any()
            .downcast_ref::<arrow_array::ListArray>()
            .unwrap();
        assert_eq!(blocks.value_length(0), 2);
        assert_eq!(blocks.value_length(1), 0);
        let quality = batch.column_by_name("quality").unwrap();
        let quality = quality
            .as_any()
            .downcast_ref::<arrow_array::StringArray>()
            .unwrap();
        assert!(quality.value(0).contains("\"words\":3"));
        assert!(arrow_array::Array::is_null(quality, 1));
    }

    #[test]
    fn a_bad_line_is_named() {
        let err = jsonl_to_parquet("{\"id\": 1}\nnot json\n".as_bytes(), Vec::new()).unwrap_err();
        assert!(err.to_string().starts_with("line "), "{err}");
    }
}
