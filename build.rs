//! Embeds the instrument library of `src/instrument/library/` (adding an instrument is adding a
//! file there). Two forms go to `$OUT_DIR`:
//! - `library.rs`: the list of `(file name, JSON text)`, for native tests that check the files;
//! - `library.bin`: every instrument in a compact binary form that `src/instrument/compact.rs`
//!   decodes. The app ships only this: no JSON text and no JSON parsing code for instruments.
//!   It holds the structure only; each text is an index into the string tables
//!   `texts-<lang>.json`, one per language. The app ships those as files of their own
//!   (`public/texts/`, kept current by a test) and fetches the one for the language in use.
//!
//! The binary form follows the Rust types field by field, with serde's defaults; a test checks
//! that decoding it gives exactly what serde gives from the JSON. A file that does not parse, or
//! lacks a required field, is left out of the binary form (the tests then report it).
use std::{env, fs, path::Path};

use serde_json::Value;

fn main() {
    let dir = Path::new("src/instrument/library");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<String> = fs::read_dir(dir)
        .expect("src/instrument/library exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    files.sort();
    let out_dir = env::var("OUT_DIR").unwrap();
    let mut list = String::from("[\n");
    let mut encoded = Vec::new();
    let mut texts = Texts::default();
    for f in &files {
        println!("cargo:rerun-if-changed={}/{f}", dir.display());
        let path = fs::canonicalize(dir.join(f)).expect("file exists");
        list.push_str(&format!(
            "    ({f:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
        let text = fs::read_to_string(&path).expect("readable instrument file");
        if let Ok(v) = serde_json::from_str::<Value>(&text) {
            let mut w = W(Vec::new(), texts.clone());
            if instrument(&mut w, &v).is_some() {
                encoded.push(w.0);
                texts = w.1;
            }
        }
    }
    list.push(']');
    let mut blob = W(Vec::new(), Texts::default());
    blob.n(texts.count);
    blob.n(encoded.len() as u64);
    for e in encoded {
        blob.0.extend(e);
    }
    fs::write(Path::new(&out_dir).join("library.rs"), list).unwrap();

    // The translations, without comment lines and blank lines (no message has a blank line
    // inside it; a test checks every message formats the same from the stripped source).
    for lang in ["he", "en", "ar"] {
        let path = format!("locales/{lang}.ftl");
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(&path).expect("the translation file exists");
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .collect();
        fs::write(
            Path::new(&out_dir).join(format!("{lang}.ftl")),
            kept.join("\n") + "\n",
        )
        .unwrap();
    }

    // The demo workspace, minified: `src/demo/{he,en,ar}.json` are kept readable.
    for lang in ["he", "en", "ar"] {
        let path = format!("src/demo/{lang}.json");
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(&path).expect("the demo file exists");
        let minified = match serde_json::from_str::<Value>(&text) {
            Ok(v) => serde_json::to_string(&v).expect("a value serialises"),
            Err(_) => text,
        };
        fs::write(
            Path::new(&out_dir).join(format!("demo-{lang}.json")),
            minified,
        )
        .unwrap();
    }
    fs::write(Path::new(&out_dir).join("library.bin"), blob.0).unwrap();
    for (k, lang) in ["he", "en", "ar"].into_iter().enumerate() {
        let table = serde_json::to_string(&texts.tables[k]).expect("strings serialise");
        fs::write(
            Path::new(&out_dir).join(format!("texts-{lang}.json")),
            table,
        )
        .unwrap();
    }
}

/// The texts of every language (he, en, ar), in the order the structure refers to them.
#[derive(Clone, Default)]
struct Texts {
    count: u64,
    tables: [Vec<String>; 3],
}

struct W(Vec<u8>, Texts);

impl W {
    fn n(&mut self, mut x: u64) {
        loop {
            let b = (x & 0x7f) as u8;
            x >>= 7;
            if x == 0 {
                self.0.push(b);
                return;
            }
            self.0.push(b | 0x80);
        }
    }
    fn s(&mut self, s: &str) {
        self.n(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }
    fn b(&mut self, x: bool) {
        self.0.push(x as u8);
    }
    fn f(&mut self, x: f64) {
        self.0.extend_from_slice(&x.to_le_bytes());
    }
}

fn str_of<'a>(v: &'a Value, k: &str) -> Option<&'a str> {
    v.get(k)?.as_str()
}

fn present<'a>(v: &'a Value, k: &str) -> Option<&'a Value> {
    v.get(k).filter(|x| !x.is_null())
}

fn tag(v: &str, names: &[&str]) -> Option<u8> {
    names.iter().position(|n| *n == v).map(|i| i as u8)
}

/// A text in three languages: each goes to its language's table; the structure keeps its index.
fn tr(w: &mut W, v: &Value) -> Option<()> {
    for (k, lang) in ["he", "en", "ar"].into_iter().enumerate() {
        w.1.tables[k].push(str_of(v, lang)?.to_string());
    }
    let index = w.1.count;
    w.1.count += 1;
    w.n(index);
    Some(())
}

fn opt_tr(w: &mut W, v: Option<&Value>) -> Option<()> {
    match v {
        Some(x) => {
            w.b(true);
            tr(w, x)
        }
        None => {
            w.b(false);
            Some(())
        }
    }
}

fn list(
    w: &mut W,
    v: Option<&Value>,
    mut each: impl FnMut(&mut W, &Value) -> Option<()>,
) -> Option<()> {
    let items = match v {
        Some(Value::Array(a)) => a.as_slice(),
        None => &[],
        Some(_) => return None,
    };
    w.n(items.len() as u64);
    for i in items {
        each(w, i)?;
    }
    Some(())
}

const SHAPES: &[&str] = &[
    "checklist",
    "questionnaire",
    "self_assessment",
    "staged_model",
    "classifier",
];
const SCOPES: &[&str] = &["plan", "partner", "person"];
const KINDS: &[&str] = &[
    "school_support",
    "municipal_ecosystem",
    "school_partnership",
    "network_cluster",
    "coaching_partnership",
];

fn instrument(w: &mut W, v: &Value) -> Option<()> {
    w.s(str_of(v, "id")?);
    w.s(str_of(v, "source")?);
    w.0.push(tag(str_of(v, "shape")?, SHAPES)?);
    tr(w, v.get("title")?)?;
    tr(w, v.get("intro")?)?;
    tr(w, v.get("source_note")?)?;
    match present(v, "scope") {
        None => {
            w.n(1);
            w.0.push(0);
        }
        some => list(w, some, |w, s| {
            w.0.push(tag(s.as_str()?, SCOPES)?);
            Some(())
        })?,
    }
    list(w, present(v, "plan_kinds"), |w, k| {
        w.0.push(tag(k.as_str()?, KINDS)?);
        Some(())
    })?;
    w.b(present(v, "shutaf_scale")
        .and_then(Value::as_bool)
        .unwrap_or(false));
    opt_tr(w, present(v, "results_note"))?;
    list(w, v.get("sections"), section)?;
    list(w, present(v, "stages"), |w, st| {
        w.s(str_of(st, "id")?);
        tr(w, st.get("title")?)?;
        tr(w, st.get("description")?)?;
        opt_tr(w, present(st, "next_step"))
    })?;
    list(w, present(v, "rules"), |w, r| {
        w.s(str_of(r, "id")?);
        cond(w, r.get("when")?)?;
        tr(w, r.get("message")?)?;
        tr(w, r.get("source")?)
    })
}

fn section(w: &mut W, v: &Value) -> Option<()> {
    w.s(str_of(v, "id")?);
    tr(w, v.get("title")?)?;
    opt_tr(w, present(v, "intro"))?;
    list(w, v.get("items"), item)
}

fn item(w: &mut W, v: &Value) -> Option<()> {
    w.s(str_of(v, "id")?);
    tr(w, v.get("text")?)?;
    opt_tr(w, present(v, "help"))?;
    answer(w, v.get("answer")?)?;
    match present(v, "stage") {
        Some(s) => {
            w.b(true);
            w.s(s.as_str()?);
        }
        None => w.b(false),
    }
    match present(v, "ideal") {
        None => w.b(false),
        Some(i) => {
            w.b(true);
            match str_of(i, "type")? {
                "range" => {
                    w.0.push(0);
                    w.0.push(i.get("min")?.as_u64()? as u8);
                    w.0.push(i.get("max")?.as_u64()? as u8);
                }
                "near" => {
                    w.0.push(1);
                    w.s(str_of(i, "item")?);
                    w.0.push(i.get("tolerance")?.as_u64()? as u8);
                }
                _ => return None,
            }
            tr(w, i.get("text")?)?;
        }
    }
    Some(())
}

fn choices(w: &mut W, v: &Value) -> Option<()> {
    list(w, v.get("options"), |w, o| {
        w.s(str_of(o, "id")?);
        tr(w, o.get("text")?)?;
        match present(o, "level") {
            Some(l) => {
                w.b(true);
                w.0.push(l.as_u64()? as u8);
            }
            None => w.b(false),
        }
        list(w, present(o, "ideas"), |w, idea| {
            match present(idea, "horizon") {
                Some(h) => {
                    w.b(true);
                    w.0.push(tag(h.as_str()?, &["short", "medium", "long"])?);
                }
                None => w.b(false),
            }
            tr(w, idea.get("text")?)
        })
    })
}

fn opt_f(w: &mut W, v: Option<&Value>) -> Option<()> {
    match v {
        Some(x) => {
            w.b(true);
            w.f(x.as_f64()?);
        }
        None => w.b(false),
    }
    Some(())
}

fn answer(w: &mut W, v: &Value) -> Option<()> {
    let t = str_of(v, "type")?;
    w.0.push(tag(
        t,
        &[
            "check", "yes_no", "text", "single", "multi", "agree", "date", "number", "actions",
        ],
    )?);
    match t {
        "text" => w.b(present(v, "long").and_then(Value::as_bool).unwrap_or(false)),
        "single" | "multi" => choices(w, v)?,
        "number" => {
            opt_f(w, present(v, "min"))?;
            opt_f(w, present(v, "max"))?;
        }
        "actions" => match present(v, "max") {
            Some(m) => {
                w.b(true);
                w.n(m.as_u64()?);
            }
            None => w.b(false),
        },
        _ => {}
    }
    Some(())
}

fn cond(w: &mut W, v: &Value) -> Option<()> {
    let op = str_of(v, "op")?;
    let ops = [
        "unchecked",
        "checked",
        "yes_no",
        "is",
        "includes",
        "excludes",
        "at_least",
        "at_most",
        "answered",
        "all",
        "any",
        "not",
    ];
    w.0.push(tag(op, &ops)?);
    match op {
        "unchecked" | "checked" | "answered" => w.s(str_of(v, "item")?),
        "yes_no" => {
            w.s(str_of(v, "item")?);
            w.b(v.get("value")?.as_bool()?);
        }
        "is" | "includes" | "excludes" => {
            w.s(str_of(v, "item")?);
            w.s(str_of(v, "option")?);
        }
        "at_least" | "at_most" => {
            w.s(str_of(v, "item")?);
            w.f(v.get("value")?.as_f64()?);
        }
        "all" | "any" => list(w, v.get("of"), cond)?,
        "not" => cond(w, v.get("cond")?)?,
        _ => return None,
    }
    Some(())
}
