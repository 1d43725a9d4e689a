//! Embeds every Fluent file the Rust side reads: `assets/locales/<lang>/*.ftl` (the window's
//! own files are in `assets/locales/<lang>/ui/` and are not embedded). A new file needs no
//! list to be edited: this scan finds it.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let locales = Path::new(&manifest).join("../../../assets/locales");
    let locales = locales
        .canonicalize()
        .unwrap_or_else(|e| panic!("assets/locales is missing ({e})"));
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut files = Vec::new();
    for lang in std::fs::read_dir(&locales).expect("assets/locales reads") {
        let lang = lang.expect("a locale folder").path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        for file in std::fs::read_dir(&lang).expect("a locale folder reads") {
            let path = file.expect("a locale file").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", path.display());
                files.push(path);
            }
        }
    }
    files.sort();
    let mut out = String::from("/// (language, file name, text) of every embedded Fluent file.\n");
    out.push_str("pub(crate) const FILES: &[(&str, &str, &str)] = &[\n");
    for path in &files {
        let lang = path
            .parent()
            .and_then(Path::file_name)
            .expect("a lang folder");
        let name = path.file_stem().expect("a file name");
        writeln!(
            out,
            "    ({:?}, {:?}, include_str!({:?})),",
            lang.to_string_lossy(),
            name.to_string_lossy(),
            path.display().to_string()
        )
        .expect("writing to a String");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("files.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
