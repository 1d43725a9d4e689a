//! `backstory today --json` from a script's point of view: the same picks as the app's
//! "for you today" panel, paused (no picks, no level-up, the reason given) while an urgent
//! or emergency alert is open, and "get help first" while an emergency stays unresolved
//! even after it was acknowledged.

use chrono::{Duration, Local};
use serde_json::Value;

mod support;
use support::{backstory, json, TempDir};

/// Local times relative to the real clock, so entries are never in the future.
fn times() -> (String, String) {
    let now = Local::now().fixed_offset() - Duration::minutes(5);
    let earlier = now - Duration::hours(2);
    (now.to_rfc3339(), earlier.to_rfc3339())
}

fn today(dir: &TempDir, now: &str) -> Value {
    let (code, out, err) = backstory(dir, &["--json", "today", "--now", now]);
    assert_eq!(code, 0, "today succeeds: {err}");
    json(&out)
}

fn add_pain_with(dir: &TempDir, at: &str, sign: &str) {
    let (code, _, err) = backstory(
        dir,
        &[
            "--json", "add-pain", "--nrs", "4", "--at", at, "--sign", sign,
        ],
    );
    assert_eq!(code, 0, "add-pain with {sign} succeeds: {err}");
}

#[test]
fn an_empty_journal_gets_picks_and_no_pause() {
    let dir = TempDir::new("today");
    let (now, _) = times();
    let out = today(&dir, &now);
    assert_eq!(out["paused"], false, "nothing is open: {out}");
    assert_eq!(out["get_help_first"], false);
    assert!(out["pause_reason"].is_null());
    let picks = out["picks"].as_array().expect("picks array");
    assert!(
        (2..=4).contains(&picks.len()),
        "2-4 picks for an empty journal: {out}"
    );
    assert!(
        picks
            .iter()
            .all(|p| p["reason"].as_str().is_some_and(|r| !r.is_empty())),
        "every pick says why: {out}"
    );
    assert!(
        out["programme"]["level"].is_number(),
        "programme advice is included"
    );
}

#[test]
fn an_open_urgent_alert_pauses_the_picks_with_its_reason() {
    let dir = TempDir::new("today");
    let (now, earlier) = times();
    add_pain_with(&dir, &earlier, "fever");
    let out = today(&dir, &now);
    assert_eq!(out["paused"], true, "fever is an urgent alert: {out}");
    assert_eq!(
        out["picks"],
        Value::Array(vec![]),
        "no picks while it is open: {out}"
    );
    let reason = out["pause_reason"].as_str().expect("a reason");
    assert!(
        reason.contains("urgent") && reason.to_lowercase().contains("fever"),
        "the reason names the tier and the alert: {reason}"
    );
    assert_eq!(out["pause"]["tier"], "urgent");
    assert_eq!(
        out["get_help_first"], false,
        "only an emergency asks to get help first"
    );
    let (_, text, _) = backstory(&dir, &["today", "--now", &now]);
    assert!(
        text.starts_with("paused: "),
        "the text output says it is paused: {text}"
    );
}

#[test]
fn an_acknowledged_emergency_still_says_get_help_first() {
    let dir = TempDir::new("today");
    let (now, earlier) = times();
    add_pain_with(&dir, &earlier, "saddle_numbness");
    let (code, _, err) = backstory(
        &dir,
        &[
            "acknowledge-alert",
            "--rule",
            "saddle_numbness",
            "--raise-count",
            "1",
        ],
    );
    assert_eq!(code, 0, "acknowledging succeeds: {err}");
    let out = today(&dir, &now);
    assert_eq!(out["paused"], true, "acknowledged is not resolved: {out}");
    assert_eq!(out["get_help_first"], true, "{out}");
    assert_eq!(out["paused_for_emergency"], true, "{out}");
    assert_eq!(out["picks"], Value::Array(vec![]));
}
