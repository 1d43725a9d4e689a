//! `backstory alerts --json` from a script's point of view: a pain entry with an emergency
//! sign logged through the CLI shows up as an alert with its evidence id, acknowledging
//! needs the raise that was read, and a mistyped sign is refused rather than dropped.

use serde_json::Value;

mod support;
use support::{backstory, json, TempDir};

#[test]
fn an_emergency_sign_logged_from_the_cli_is_listed_with_its_evidence() {
    let dir = TempDir::new("alerts");
    let (code, out, err) = backstory(&dir, &["alerts", "--json"]);
    assert_eq!(code, 0, "alerts on an empty journal succeeds: {err}");
    assert_eq!(
        json(&out),
        Value::Array(vec![]),
        "an empty journal has no alerts"
    );

    let (code, out, err) = backstory(
        &dir,
        &[
            "--json",
            "add-pain",
            "--nrs",
            "4",
            "--sign",
            "saddle_numbness",
        ],
    );
    assert_eq!(code, 0, "add-pain succeeds: {err}");
    let entry_id = json(&out)["id"].as_str().expect("entry id").to_string();

    let (code, out, _) = backstory(&dir, &["alerts", "--json"]);
    assert_eq!(code, 0);
    let alerts = json(&out);
    let saddle = alerts
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["rule_id"] == "saddle_numbness")
        .unwrap_or_else(|| panic!("saddle numbness alert expected in {alerts}"));
    assert_eq!(saddle["tier"], "emergency");
    assert_eq!(
        saddle["evidence_ids"],
        serde_json::json!([entry_id]),
        "evidence is the entry just logged"
    );
    assert_eq!(saddle["needs_attention"], true);
    assert!(saddle["first_raised_at"].is_string() && saddle["acknowledged_at"].is_null());

    let (code, _, err) = backstory(
        &dir,
        &[
            "--json",
            "acknowledge-alert",
            "--rule",
            "saddle_numbness",
            "--raise-count",
            "2",
        ],
    );
    assert_eq!(
        code, 3,
        "acknowledging a raise that was never shown is a validation error: {err}"
    );
    let (code, out, err) = backstory(
        &dir,
        &[
            "--json",
            "acknowledge-alert",
            "--rule",
            "saddle_numbness",
            "--raise-count",
            "1",
        ],
    );
    assert_eq!(code, 0, "acknowledging the raise read succeeds: {err}");
    assert!(json(&out)["acknowledged_at"].is_string());

    let (_, out, _) = backstory(&dir, &["alerts", "--json", "--needs-attention"]);
    assert_eq!(
        json(&out),
        Value::Array(vec![]),
        "nothing needs attention after acknowledging"
    );
    let (_, out, _) = backstory(&dir, &["alerts", "--json"]);
    assert_eq!(
        json(&out).as_array().unwrap().len(),
        1,
        "the acknowledged alert stays on record"
    );
}

#[test]
fn a_mistyped_sign_is_refused_not_dropped() {
    let dir = TempDir::new("alerts");
    let (code, _, err) = backstory(&dir, &["add-pain", "--nrs", "4", "--sign", "saddle"]);
    assert_eq!(code, 2, "unknown sign is a usage error: {err}");
    assert!(
        err.contains("saddle_numbness"),
        "the error lists the known signs: {err}"
    );
}

#[test]
fn every_rule_is_listed_with_sources() {
    let dir = TempDir::new("alerts");
    let (code, out, _) = backstory(&dir, &["--json", "red-flag-rules"]);
    assert_eq!(code, 0);
    let rules = json(&out);
    let rules = rules.as_array().unwrap();
    assert!(rules.len() >= 21, "all rules listed, got {}", rules.len());
    assert!(
        rules
            .iter()
            .all(|r| r["sources"].as_array().is_some_and(|s| !s.is_empty())),
        "each rule names a source"
    );
}

/// What an alert measured is written in the language in use when the alerts are listed,
/// whatever language was in use when it was raised.
#[test]
fn an_alerts_detail_is_listed_in_the_language_in_use() {
    let dir = TempDir::new("alerts-de");
    let (code, _, err) = support::backstory_in(
        "en",
        &dir,
        &["add-pain", "--nrs", "4", "--sign", "saddle_numbness"],
    );
    assert_eq!(code, 0, "add-pain succeeds: {err}");
    let (code, out, _) = support::backstory_in("de", &dir, &["alerts"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Taubheit oder Kribbeln im Reithosenbereich: eingetragen am ")
            && !out.contains("logged on"),
        "the detail in German: {out}"
    );
    let (_, out, _) = support::backstory_in("en", &dir, &["alerts"]);
    assert!(
        out.contains("Saddle-area numbness or tingling logged on "),
        "and in English: {out}"
    );
}
