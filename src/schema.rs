//! The JSON Schema of the file format, generated from the Rust types so it cannot drift.
//! `schema/shutaf.schema.json` holds it; a test checks the file is current.

/// The schema of [`crate::format::FileDoc`], as pretty JSON.
pub fn file_schema() -> String {
    let schema = schemars::schema_for!(crate::format::FileDoc);
    let mut s = serde_json::to_string_pretty(&schema).expect("a schema always serialises");
    s.push('\n');
    s
}
