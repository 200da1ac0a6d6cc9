//! `ghirbal schema`.

use std::io::Write;

pub fn run() -> anyhow::Result<()> {
    let schema = ghirbal_record::JSON_SCHEMA;
    let mut out = std::io::stdout().lock();
    out.write_all(schema.as_bytes())?;
    if !schema.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
