//! Embeds every Fluent file the Rust side reads: `assets/locales/<lang>/*.ftl` (the window's
//! own files are in `assets/locales/<lang>/ui/` and are not embedded). A new file needs no
//! list to be edited: this scan finds it. Each file is embedded Brotli-compressed (about a
//! quarter of its size; the binary's 8 MB budget, issue 18) and read back once per
//! language, when that language's words are first needed.

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
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut out = String::from(
        "/// (language, file name, Brotli-compressed text) of every embedded Fluent file.\n",
    );
    out.push_str("pub(crate) const FILES: &[(&str, &str, &[u8])] = &[\n");
    for path in &files {
        let lang = path
            .parent()
            .and_then(Path::file_name)
            .expect("a lang folder")
            .to_string_lossy();
        let name = path.file_stem().expect("a file name").to_string_lossy();
        let text = std::fs::read(path).expect("a locale file reads");
        let compressed = Path::new(&out_dir).join(format!("{lang}-{name}.ftl.br"));
        std::fs::write(&compressed, brotli_compress(&text)).expect("OUT_DIR is writable");
        writeln!(
            out,
            "    ({lang:?}, {name:?}, include_bytes!({:?})),",
            compressed.display().to_string()
        )
        .expect("writing to a String");
    }
    out.push_str("];\n");
    std::fs::write(Path::new(&out_dir).join("files.rs"), out).expect("OUT_DIR is writable");
}

/// Brotli at its best quality (the build pays once; reading back is fast at any quality).
fn brotli_compress(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &text[..], &mut out, &params).expect("compressing in memory");
    out
}
