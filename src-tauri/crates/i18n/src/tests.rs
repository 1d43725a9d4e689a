use super::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[test]
fn every_language_has_the_same_messages() {
    let en: BTreeSet<String> = message_ids(Locale::En).into_iter().collect();
    let de: BTreeSet<String> = message_ids(Locale::De).into_iter().collect();
    let only_en: Vec<_> = en.difference(&de).collect();
    let only_de: Vec<_> = de.difference(&en).collect();
    assert!(
        only_en.is_empty() && only_de.is_empty(),
        "messages in English only: {only_en:?}; in German only: {only_de:?}"
    );
    assert!(en.contains("date-day-month-year"));
}

#[test]
fn every_file_parses_and_no_message_is_defined_twice() {
    for locale in [Locale::En, Locale::De, Locale::Pseudo] {
        // Building the bundle panics on a parse error or a repeated id.
        assert!(has(locale, "month-short-1"), "{locale:?}");
    }
}

#[test]
fn tags_and_posix_names_are_read() {
    assert_eq!(Locale::parse("de"), Some(Locale::De));
    assert_eq!(Locale::parse("de_AT.UTF-8"), Some(Locale::De));
    assert_eq!(Locale::parse("en-GB"), Some(Locale::En));
    assert_eq!(Locale::parse("en_XA"), Some(Locale::Pseudo));
    assert_eq!(Locale::parse("fr_FR.UTF-8"), None);
    assert_eq!(Locale::parse(""), None);
}

#[test]
fn the_first_posix_variable_that_names_a_language_decides() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(
        Locale::from_variables(env(&[("LANG", "de_DE.UTF-8")])),
        Locale::De
    );
    assert_eq!(
        Locale::from_variables(env(&[("LC_ALL", "C"), ("LANG", "de_DE.UTF-8")])),
        Locale::De
    );
    assert_eq!(
        Locale::from_variables(env(&[("LANGUAGE", "fr:de"), ("LANG", "de_DE.UTF-8")])),
        Locale::En,
        "a French desktop gets English"
    );
    assert_eq!(
        Locale::from_variables(env(&[("LANGUAGE", "de_CH:en"), ("LANG", "en_GB")])),
        Locale::De
    );
    assert_eq!(Locale::from_variables(env(&[])), Locale::En);
}

#[test]
fn german_numbers_and_dates_are_written_the_german_way() {
    assert_eq!(format_decimal(Locale::De, 2.5, 1), "2,5");
    assert_eq!(format_decimal(Locale::En, 2.5, 1), "2.5");
    assert_eq!(format_date(Locale::De, 2026, 12, 6), "6. Dez. 2026");
    assert_eq!(format_date(Locale::En, 2026, 12, 6), "6 Dec 2026");
}

#[test]
fn the_pseudo_locale_accents_and_lengthens_text_but_not_arguments() {
    let plain = tr_in(
        Locale::En,
        "date-day-month-year",
        Some(&args([
            ("day", "6".into()),
            ("month", "Dec".into()),
            ("year", "2026".into()),
        ])),
    );
    assert_eq!(plain, "6 Dec 2026");
    let month = month_name(Locale::Pseudo, 12);
    assert_eq!(month, "Dééç");
    let english = "Log pain now";
    let pseudo = pseudo::transform(english);
    assert!(pseudo.chars().count() as f64 >= english.len() as f64 * 1.25);
    assert!(!pseudo.contains("pain"));
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_id() {
    assert_eq!(
        tr_in(Locale::De, "no-such-message", None),
        "[no-such-message]"
    );
}

/// The literal ids the Rust sources pass to `tr`, `tr_with` and `tr_in`.
fn ids_used_in_rust_sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("a source folder reads") {
            let path = entry.expect("an entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() && name != "target" && name != "node_modules" {
                walk(&path, out);
            } else if name.ends_with(".rs") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    walk(&root, &mut files);
    let mut used = Vec::new();
    for file in files {
        if file.ends_with("i18n/src/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("a source file reads");
        for call in ["tr(\"", "tr_with(\""] {
            for (at, _) in text.match_indices(call) {
                let before = text[..at].chars().last();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue; // e.g. attr("...")
                }
                let rest = &text[at + call.len()..];
                if let Some(end) = rest.find('"') {
                    used.push((file.clone(), rest[..end].to_string()));
                }
            }
        }
        for (at, _) in text.match_indices("tr_in(") {
            let rest = &text[at..];
            let Some(line) = rest.lines().next() else {
                continue;
            };
            if let Some(start) = line.find(", \"") {
                let id = &line[start + 3..];
                if let Some(end) = id.find('"') {
                    used.push((file.clone(), id[..end].to_string()));
                }
            }
        }
    }
    used
}

#[test]
fn every_message_the_rust_sources_name_exists_in_english() {
    let known: BTreeSet<String> = message_ids(Locale::En).into_iter().collect();
    let missing: Vec<_> = ids_used_in_rust_sources()
        .into_iter()
        .filter(|(_, id)| !known.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "messages named in code but not in assets/locales/en: {missing:?}"
    );
}

#[test]
fn with_locale_changes_this_thread_only_and_restores_it() {
    let before = current();
    let inside = with_locale(Locale::De, || {
        let beside = std::thread::spawn(current).join().expect("the thread runs");
        (current(), beside)
    });
    assert_eq!(
        inside,
        (Locale::De, before),
        "another thread keeps the process's language"
    );
    assert_eq!(current(), before, "restored afterwards");
}

#[test]
fn the_window_gets_its_share_of_the_files_in_its_language() {
    let german = window_messages(Locale::De);
    assert!(german.contains("region-lower_back_left = Unterer Rücken, links"));
    assert!(window_messages(Locale::En).contains("region-lower_back_left = Lower back, left"));
    // Only the files the page reads, without the translators' comments.
    assert!(!german.contains("error-"), "errors arrive in words");
    assert!(
        !german.contains("tray-quit"),
        "the tray's words stay in the shell"
    );
    assert!(!german.lines().any(|line| line.starts_with('#')));
    assert!(
        FluentResource::try_new(german).is_ok(),
        "one text that parses"
    );
}

/// The window's test setup reads the same list (ui/src/test-setup.ts), so a screen test
/// fails on a message the page would not have: written like the ts-rs bindings.
#[test]
fn the_window_file_list_is_written_for_the_ui_tests() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../ui/src/bindings/windowMessageFiles.ts");
    let names: Vec<String> = WINDOW_FILES.iter().map(|n| format!("'{n}'")).collect();
    let text = format!(
        "// Written by a test in src-tauri/crates/i18n (WINDOW_FILES); do not edit.\n\
         // The Rust side's Fluent files the window reads, sent by the shell's ui_locale.\n\
         export const windowMessageFiles = [{}] as const;\n",
        names.join(", ")
    );
    if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
        std::fs::write(&path, text).expect("write the window file list");
    }
}

#[test]
fn bundled_content_reads_back_as_the_files_on_disk() {
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../assets");
    for name in ["positions.json", "body-map.json", "catalogue/stress.json"] {
        let on_disk = std::fs::read_to_string(assets.join(name)).expect("the file reads");
        assert_eq!(bundled_content(name), on_disk, "{name}");
    }
}
