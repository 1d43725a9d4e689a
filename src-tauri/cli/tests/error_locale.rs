//! A refused command explains itself in the language in use (errors.ftl) on stderr; with
//! --json the whole command runs in English (docs/i18n.md), so a script reads the same
//! `message` in every language, and `kind`, `field` and the exit code stay the same.

mod support;
use support::{backstory_in, json, TempDir};

#[test]
fn a_refused_entry_is_explained_in_german_and_the_machine_parts_stay() {
    let dir = TempDir::new("error-de");
    let (code, out, err) = backstory_in("de", &dir, &["add-pain", "--nrs", "11"]);
    assert_eq!(code, 3, "a validation error: {err}");
    assert!(out.is_empty(), "nothing saved: {out}");
    assert_eq!(
        err.trim(),
        "backstory: nrs: der Schmerz muss zwischen 0 und 10 liegen (angegeben: 11)"
    );

    let (code, _, err) = backstory_in("de", &dir, &["--json", "add-pain", "--nrs", "11"]);
    assert_eq!(code, 3);
    let error = &json(err.trim())["error"];
    assert_eq!(error["kind"], "validation");
    assert_eq!(error["field"], "nrs");
    assert_eq!(error["message"], "pain must be between 0 and 10 (got 11)");

    let (code, _, err) = backstory_in("en", &dir, &["add-pain", "--nrs", "11"]);
    assert_eq!(code, 3);
    assert!(
        err.contains("pain must be between 0 and 10 (got 11)"),
        "{err}"
    );
}

#[test]
fn a_missing_entry_is_named_in_german() {
    let dir = TempDir::new("error-de-missing");
    let id = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    let (code, _, err) = backstory_in("de", &dir, &["edit-pain", "--id", id, "--nrs", "3"]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        err.trim(),
        format!("backstory: Schmerzeintrag {id} wurde nicht gefunden")
    );
}
