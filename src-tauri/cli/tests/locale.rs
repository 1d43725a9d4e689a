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

/// `pair`, `today`, `idle-lock`, `generate`, the experiment details, the export and
/// backup summaries and our own usage errors (cli-tools.ftl): German for a person, the
/// flags named as typed, and --json the same bytes as in English.
#[test]
fn the_tools_speak_german_and_json_stays_english() {
    let dir = TempDir::new("locale-tools-de");
    let de = |args: &[&str]| {
        let (code, out, err) = backstory_in("de", &dir, args);
        assert_eq!(code, 0, "{args:?}: {err}");
        out
    };
    assert_eq!(de(&["pair", "list"]).trim(), "Mit niemandem gekoppelt.");
    assert!(de(&["pair", "show"]).starts_with("Ihr Kopplungscode (geben Sie ihn"));
    assert_eq!(de(&["idle-lock", "5"]).trim(), "Sperre bei Inaktivität: 5");
    assert!(de(&["today"]).contains("Rumpfprogramm: Stufe 1 (core_level_1): "));

    de(&["add-pain", "--nrs", "4"]);
    let file = |name: &str| dir.0.join(name).display().to_string();
    let out = de(&["backup", "--out", &file("b.db")]);
    assert!(
        out.starts_with("Gesichert nach ")
            && out.contains("(1 Schmerz, 0 Aktivitäten, 0 Check-ins; geprüft)"),
        "{out}"
    );
    let out = de(&["export", "--fhir", "--out", &file("f.json")]);
    assert!(out.starts_with("FHIR-R4-Bundle nach "), "{out}");
    let out = de(&["export", "--kind", "backup", "--out", &file("x.json")]);
    assert!(
        out.starts_with("Eigene Sicherung (UNVERSCHLÜSSELTES JSON für den eigenen Gebrauch)"),
        "{out}"
    );

    let now = ["--now", "2026-10-05T09:00:00+01:00"];
    let out = de(&[&["experiment", "start", "--change", "warm_up"][..], &now].concat());
    assert!(
        out.starts_with("Aufwärmen vor der Intimität (Seed "),
        "{out}"
    );
    assert!(
        out.contains("\nBlock 1: 2026-10-05 bis 2026-10-11 "),
        "{out}"
    );
    assert!(
        out.contains("\nHeute: Experimenttag 1 von 84: ein Tag "),
        "{out}"
    );
    assert!(
        out.contains(
            "\nAufwärmen vor der Intimität: noch kein Ergebnis (0 von 6 Blöcken abgeschlossen"
        ),
        "{out}"
    );

    // A usage error names its flag as typed, inside a German sentence.
    let (code, _, err) = backstory_in("de", &dir, &["export", "--kind", "x", "--out", "y"]);
    assert_eq!(code, 2);
    assert_eq!(
        err.trim(),
        "backstory: --kind muss partner oder backup sein"
    );
    let (code, _, err) = backstory_in("de", &dir, &["generate", "--entries", "10"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("dieses Tagebuch enthält schon Einträge"),
        "{err}"
    );

    // Scripts: the same bytes in both languages, errors included.
    for args in [
        &["--json", "pair", "show"][..],
        &[&["--json", "experiment", "status"][..], &now].concat(),
        &["--json", "export", "--kind", "x", "--out", "y"],
    ] {
        let en = backstory_in("en", &dir, args);
        assert_eq!(backstory_in("de", &dir, args), en, "{args:?}");
    }
    let (_, out, _) = backstory_in(
        "de",
        &dir,
        &[&["--json", "experiment", "status"][..], &now].concat(),
    );
    assert_eq!(json(&out)["title"], "A warm-up before intimacy");

    let empty = TempDir::new("locale-generate-de");
    let (code, out, err) = backstory_in("de", &empty, &["generate", "--entries", "40"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(" Einträge erzeugt (") && out.contains(" Check-ins) von 2016-01-02 bis "),
        "{out}"
    );
}
