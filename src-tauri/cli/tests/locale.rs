//! The command line speaks the language in use (`BACKSTORY_LOCALE`, else Settings' choice,
//! else the system's): its messages for a person come from `assets/locales/<lang>/cli.ftl`;
//! ids, dates and the --json output stay the same in every language.

mod support;
use support::{backstory_in, json, TempDir};

#[test]
fn messages_for_a_person_are_german_with_backstory_locale_de() {
    let dir = TempDir::new("locale-de");
    let (code, out, err) = backstory_in("de", &dir, &["add-pain", "--nrs", "4"]);
    assert_eq!(code, 0, "add-pain succeeds: {err}");
    assert!(
        out.starts_with("Schmerzeintrag ") && out.trim_end().ends_with(" gespeichert"),
        "German confirmation: {out}"
    );

    let (code, out, err) = backstory_in(
        "de",
        &dir,
        &[
            "add-peg",
            "--pain",
            "6",
            "--enjoyment",
            "5",
            "--activity",
            "4",
        ],
    );
    assert_eq!(code, 0, "add-peg succeeds: {err}");
    assert!(
        out.contains("PEG-Check für") && out.contains("Wert 5,0") && out.contains("Lebensfreude 5"),
        "German words and a decimal comma: {out}"
    );

    let (code, out, _) = backstory_in("de", &dir, &["alerts"]);
    assert_eq!(code, 0);
    assert_eq!(out.trim(), "keine Warnzeichen-Hinweise vorhanden");

    let (_, out, _) = backstory_in("en", &dir, &["alerts"]);
    assert_eq!(
        out.trim(),
        "no alerts on record",
        "English with BACKSTORY_LOCALE=en"
    );

    // Scripts read the same JSON in every language.
    let (code, out, _) = backstory_in("de", &dir, &["--json", "alerts"]);
    assert_eq!(code, 0);
    assert_eq!(json(&out), serde_json::json!([]));
}
