//! Embeds every instrument file of `src/instrument/library/` (adding an instrument is adding a
//! file there): writes each file, minified, to `$OUT_DIR`, and `$OUT_DIR/library.rs`, a list of
//! `(file name, contents)`. A file that is not JSON is embedded as it is, for the tests to report.
use std::{env, fs, path::Path};

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
    let mut out = String::from("[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}/{f}", dir.display());
        let abs = fs::canonicalize(dir.join(f)).expect("file exists");
        out.push_str(&format!(
            "    ({f:?}, include_str!({:?})),\n",
            abs.display().to_string()
        ));
    }
    out.push(']');
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("library.rs"),
        out,
    )
    .unwrap();
}
