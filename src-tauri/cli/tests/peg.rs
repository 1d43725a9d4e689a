//! `backstory add-peg` then `backstory peg --json`: the saved answers and score come back,
//! the weeks without a check are explicit gaps, and bad answers are refused with exit 3
//! (nothing saved).

use serde_json::Value;

mod support;
use support::{backstory, json, TempDir};

const NOW: &str = "2026-03-31T20:00:00+02:00";

fn add_peg(dir: &TempDir, at: &str, answers: [&str; 3]) -> (i32, String, String) {
    backstory(
        dir,
        &[
            "--json",
            "add-peg",
            "--pain",
            answers[0],
            "--enjoyment",
            answers[1],
            "--activity",
            answers[2],
            "--at",
            at,
            "--now",
            NOW,
        ],
    )
}

fn peg(dir: &TempDir, extra: &[&str]) -> Value {
    let mut args = vec!["--json", "peg", "--now", NOW];
    args.extend_from_slice(extra);
    let (code, out, err) = backstory(dir, &args);
    assert_eq!(code, 0, "peg succeeds: {err}");
    json(&out)
}

#[test]
fn add_peg_then_peg_json_shows_the_check_and_the_gaps() {
    let dir = TempDir::new("peg");
    let before = peg(&dir, &[]);
    assert_eq!(before["due"], true, "never taken: {before}");
    assert!(before["latest"].is_null());

    let (code, out, err) = add_peg(&dir, "2026-03-17T09:00:00+01:00", ["7", "6", "5"]);
    assert_eq!(code, 0, "{err}");
    let first = json(&out);
    assert_eq!(first["score"], 6.0);
    assert_eq!(first["covers_from"], "2026-03-11");
    assert_eq!(first["covers_to"], "2026-03-17");
    let (code, _, err) = add_peg(&dir, "2026-03-31T19:00:00+02:00", ["4", "4", "3"]);
    assert_eq!(code, 0, "{err}");

    let overview = peg(&dir, &["--weeks", "3"]);
    assert_eq!(overview["due"], false, "taken an hour ago: {overview}");
    assert_eq!(overview["latest"]["score"], 3.7);
    assert_eq!(overview["latest"]["pain"], 4, "the items are kept");
    let weeks = overview["weeks"].as_array().unwrap();
    let starts: Vec<&str> = weeks
        .iter()
        .map(|w| w["week_start"].as_str().unwrap())
        .collect();
    assert_eq!(starts, ["2026-03-16", "2026-03-23", "2026-03-30"]);
    assert_eq!(weeks[0]["check"]["score"], 6.0);
    assert!(
        weeks[1]["check"].is_null(),
        "the missing week is a gap, not a zero"
    );
    assert_eq!(weeks[1]["taken"], 0);
    assert_eq!(weeks[2]["check"]["score"], 3.7);
}

#[test]
fn a_bad_answer_is_refused_and_saves_nothing() {
    let dir = TempDir::new("peg-bad");
    let (code, _, err) = add_peg(&dir, "2026-03-31T09:00:00+02:00", ["4", "11", "3"]);
    assert_eq!(code, 3, "a validation error is a refusal: {err}");
    assert!(err.contains("enjoyment"), "names the field: {err}");
    let (code, _, err) = add_peg(&dir, "2026-03-31T09:00:00+02:00", ["four", "1", "3"]);
    assert_eq!(code, 2, "not a number is a usage error: {err}");
    assert!(peg(&dir, &[])["latest"].is_null(), "nothing saved");
}

#[test]
fn dismiss_puts_the_check_away_for_the_week() {
    let dir = TempDir::new("peg-dismiss");
    assert_eq!(peg(&dir, &["--dismiss"])["due"], false);
    assert_eq!(peg(&dir, &[])["due"], false, "still put away");
}
