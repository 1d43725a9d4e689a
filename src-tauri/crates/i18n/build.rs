//! Embeds every Fluent file the Rust side reads: `assets/locales/<lang>/*.ftl` (the window's
//! own files are in `assets/locales/<lang>/ui/` and are not embedded). A new file needs no
//! list to be edited: this scan finds it. Each language's files are embedded as one
//! Brotli-compressed text without comments (a fifth of their size; the binary's 8 MB budget,
//! issue 18), read back when that language's words are first needed.

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
    // One compressed text per language (its files share words, so together they compress
    // better than one by one), with each file's place in it.
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut out = String::from(
        "/// (language, its files' text joined and Brotli-compressed, [(file name, start, end)] \
         in that text) for every embedded language.\n",
    );
    out.push_str("pub(crate) const LANGUAGES: &[(&str, Joined)] = &[\n");
    let mut langs: Vec<String> = files.iter().map(|p| lang_of(p)).collect();
    langs.dedup();
    for lang in langs {
        let (mut text, mut places) = (String::new(), String::new());
        for path in files.iter().filter(|p| lang_of(p) == lang) {
            let name = path.file_stem().expect("a file name").to_string_lossy();
            let start = text.len();
            let source = std::fs::read_to_string(path).expect("a locale file reads as UTF-8");
            text.push_str(&without_comments(&source));
            write!(places, "({name:?}, {start}, {}), ", text.len()).expect("writing to a String");
        }
        let compressed = Path::new(&out_dir).join(format!("{lang}.ftl.br"));
        std::fs::write(&compressed, brotli_compress(text.as_bytes())).expect("OUT_DIR is writable");
        writeln!(
            out,
            "    ({lang:?}, (include_bytes!({:?}), &[{places}])),",
            compressed.display().to_string()
        )
        .expect("writing to a String");
    }
    out.push_str("];\n");

    // The bundled content whose words these files hold (the catalogue, positions, the body
    // map): compressed the same way, one text with each file's place in it.
    let assets = locales.parent().expect("assets/").to_path_buf();
    let (mut text, mut places) = (String::new(), String::new());
    for name in CONTENT {
        let path = assets.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let start = text.len();
        text.push_str(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}")));
        write!(places, "({name:?}, {start}, {}), ", text.len()).expect("writing to a String");
    }
    let compressed = Path::new(&out_dir).join("content.json.br");
    std::fs::write(&compressed, brotli_compress(text.as_bytes())).expect("OUT_DIR is writable");
    writeln!(
        out,
        "/// The bundled content files, joined and Brotli-compressed, and [(name, start, end)].\n\
         pub(crate) const CONTENT: Joined = (include_bytes!({:?}), &[{places}]);",
        compressed.display().to_string()
    )
    .expect("writing to a String");
    std::fs::write(Path::new(&out_dir).join("files.rs"), out).expect("OUT_DIR is writable");
}

/// The content files under assets/ that the domain and the core read (`bundled_content`).
const CONTENT: &[&str] = &[
    "positions.json",
    "body-map.json",
    "catalogue/sources.json",
    "catalogue/exercises.json",
    "catalogue/routines.json",
    "catalogue/programme.json",
    "catalogue/stress.json",
];

fn lang_of(path: &Path) -> String {
    path.parent()
        .and_then(Path::file_name)
        .expect("a lang folder")
        .to_string_lossy()
        .into_owned()
}

/// The file without its comment lines (`#`, `##`, `###` at the start of a line: notes for
/// translators, not read at run time). An indented `#` is text inside a message and stays.
fn without_comments(source: &str) -> String {
    source
        .lines()
        .filter(|line| !line.starts_with('#'))
        .fold(String::new(), |mut out, line| {
            out.push_str(line);
            out.push('\n');
            out
        })
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
