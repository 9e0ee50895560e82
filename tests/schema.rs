//! The committed JSON Schema, `schema/shutaf.schema.json`, is the one the Rust types generate.
//! After changing the file format, regenerate it with
//!
//! ```sh
//! UPDATE_SCHEMA=1 cargo test --test schema
//! ```

use std::path::PathBuf;

use serde_json::Value;
use shutaf::demo;
use shutaf::format::{export_plan, export_workspace};
use shutaf::i18n::Lang;
use shutaf::schema::file_schema;

fn schema_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema/shutaf.schema.json")
}

#[test]
fn the_committed_schema_is_current() {
    let generated = file_schema();
    let path = schema_path();
    if std::env::var("UPDATE_SCHEMA").as_deref() == Ok("1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
        eprintln!("wrote {}", path.display());
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; generate it with `UPDATE_SCHEMA=1 cargo test --test schema`",
            path.display()
        )
    });
    assert!(
        committed == generated,
        "{} is out of date; regenerate it with `UPDATE_SCHEMA=1 cargo test --test schema`",
        path.display()
    );
}

#[test]
fn the_schema_is_deterministic() {
    assert_eq!(file_schema(), file_schema());
}

fn schema() -> Value {
    serde_json::from_str(&file_schema()).expect("the schema is JSON")
}

/// Follows a `$ref` such as `#/$defs/Plan`.
fn resolve<'a>(root: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let pointer = r.strip_prefix('#').expect("a local reference");
            root.pointer(pointer)
                .unwrap_or_else(|| panic!("dangling $ref {r}"))
        }
        None => v,
    }
}

fn required(v: &Value) -> Vec<&str> {
    v["required"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn properties(v: &Value) -> Vec<&str> {
    v["properties"]
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

#[test]
fn the_schema_describes_the_file_format() {
    let root = schema();
    let schema_uri = root["$schema"].as_str().expect("has $schema");
    assert!(
        schema_uri.starts_with("https://json-schema.org/"),
        "{schema_uri}"
    );
    assert_eq!(root["type"], "object");
    assert_eq!(root["title"], "Shutaf file");
    let mut req = required(&root);
    req.sort();
    assert_eq!(req, ["content", "format", "format_version", "plans"]);
    assert_eq!(root["properties"]["format"]["const"], "shutaf");
    assert_eq!(root["properties"]["format_version"]["minimum"], 1);

    let content = resolve(&root, &root["properties"]["content"]);
    let content_text = content.to_string();
    assert!(
        content_text.contains("\"workspace\"") && content_text.contains("\"plan\""),
        "{content_text}"
    );

    let plans = &root["properties"]["plans"];
    assert_eq!(plans["type"], "array");
    let plan = resolve(&root, &plans["items"]);
    let mut req = required(plan);
    req.sort();
    assert_eq!(req, ["id", "name"]);
    for field in [
        "id",
        "name",
        "kind",
        "start_date",
        "end_date",
        "description",
        "partners",
        "people",
    ] {
        assert!(properties(plan).contains(&field), "plan lacks {field}");
    }
    assert_eq!(plan["properties"]["name"]["maxLength"], 200);
    assert_eq!(plan["properties"]["name"]["minLength"], 1);

    let partner = resolve(&root, &plan["properties"]["partners"]["items"]);
    let mut req = required(partner);
    req.sort();
    assert_eq!(req, ["id", "name"]);
    for field in [
        "id",
        "name",
        "origin",
        "sector",
        "relationship",
        "representative",
        "added_value",
        "notes",
    ] {
        assert!(
            properties(partner).contains(&field),
            "partner lacks {field}"
        );
    }
    let person = resolve(&root, &plan["properties"]["people"]["items"]);
    let mut req = required(person);
    req.sort();
    assert_eq!(req, ["id", "name"]);
    for field in ["id", "name", "role", "partner_id", "contact", "notes"] {
        assert!(properties(person).contains(&field), "person lacks {field}");
    }

    // Ids carry their rule.
    let id = resolve(&root, &partner["properties"]["id"]);
    assert_eq!(id["pattern"], "^[A-Za-z0-9_-]+$");
    assert_eq!(id["maxLength"], 64);
    // Enumerations list their values.
    let sector = resolve(&root, &partner["properties"]["sector"]).to_string();
    for s in ["public", "business", "third"] {
        assert!(
            sector.contains(&format!("\"{s}\"")),
            "sector lacks {s}: {sector}"
        );
    }
    let kind = resolve(&root, &plan["properties"]["kind"]).to_string();
    assert!(kind.contains("\"coaching_partnership\""), "{kind}");
}

/// Exported files have only the fields the schema names (a light check without a validator).
#[test]
fn exported_files_use_only_fields_the_schema_names() {
    let root = schema();
    let plan = resolve(&root, &root["properties"]["plans"]["items"]);
    let partner = resolve(&root, &plan["properties"]["partners"]["items"]);
    let person = resolve(&root, &plan["properties"]["people"]["items"]);
    let ws = demo::workspace(Lang::He);
    for text in [export_workspace(&ws), export_plan(&ws.plans[0])] {
        let file: Value = serde_json::from_str(&text).unwrap();
        let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        for k in keys(&file) {
            assert!(properties(&root).contains(&k.as_str()), "file field {k}");
        }
        for p in file["plans"].as_array().unwrap() {
            for k in keys(p) {
                assert!(properties(plan).contains(&k.as_str()), "plan field {k}");
            }
            for x in p["partners"].as_array().unwrap() {
                for k in keys(x) {
                    assert!(
                        properties(partner).contains(&k.as_str()),
                        "partner field {k}"
                    );
                }
            }
            for x in p["people"].as_array().unwrap() {
                for k in keys(x) {
                    assert!(properties(person).contains(&k.as_str()), "person field {k}");
                }
            }
        }
    }
}
