//! The journal from a script: every entry operation the window offers (add, edit, delete,
//! undelete pain, activities and check-ins; the profile), one JSON error shape with the
//! documented exit codes, and refused input that changes nothing.

use serde_json::Value;

mod support;
use support::{backstory, json, TempDir};

fn ok(dir: &TempDir, args: &[&str]) -> Value {
    let (code, out, err) = backstory(dir, args);
    assert_eq!(code, 0, "backstory {args:?} should succeed; stderr: {err}");
    json(&out)
}

fn entries(dir: &TempDir) -> Vec<Value> {
    ok(dir, &["--json", "list"])["items"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn pain_entries_are_added_edited_deleted_and_restored() {
    let dir = TempDir::new("journal");
    let added = ok(
        &dir,
        &[
            "--json",
            "add-pain",
            "--nrs",
            "4",
            "--at",
            "2026-11-27T09:00:00+01:00",
        ],
    );
    let id = added["id"].as_str().unwrap().to_string();
    let edited = ok(
        &dir,
        &[
            "--json",
            "edit-pain",
            "--id",
            &id,
            "--nrs",
            "6",
            "--at",
            "2026-11-27T09:00:00+01:00",
            "--notes",
            "worse",
        ],
    );
    assert_eq!(edited["id"], added["id"], "the same entry, edited");
    assert_eq!(edited["nrs"], 6);
    ok(&dir, &["--json", "delete", "--kind", "pain", "--id", &id]);
    assert!(entries(&dir).is_empty(), "a deleted entry leaves the list");
    ok(&dir, &["--json", "undelete", "--kind", "pain", "--id", &id]);
    assert_eq!(entries(&dir).len(), 1, "undelete brings it back");
}

#[test]
fn activities_and_check_ins_are_logged() {
    let dir = TempDir::new("journal");
    let activity = ok(
        &dir,
        &[
            "--json",
            "add-activity",
            "--kind",
            "intimacy",
            "--at",
            "2026-11-27T22:00:00+01:00",
            "--duration",
            "30",
            "--position",
            "spooning",
            "--role",
            "resting",
            "--prop",
            "pillow_under_lower_back",
            "--warm-up",
            "--pain-before",
            "2",
        ],
    );
    assert_eq!(activity["kind"], "intimacy");
    assert_eq!(activity["intimacy"]["positions"][0], "spooning");
    let id = activity["id"].as_str().unwrap();
    let edited = ok(
        &dir,
        &[
            "--json",
            "edit-activity",
            "--id",
            id,
            "--kind",
            "walking_sport",
            "--at",
            "2026-11-27T22:00:00+01:00",
        ],
    );
    assert_eq!(edited["kind"], "walking_sport");
    let check_in = ok(
        &dir,
        &[
            "--json",
            "check-in",
            "--date",
            "2026-11-27",
            "--stress",
            "5",
            "--sleep-hours",
            "6.5",
        ],
    );
    assert_eq!(check_in["stress"], 5);
    let shown = ok(&dir, &["--json", "show-check-in", "--date", "2026-11-27"]);
    assert_eq!(shown["id"], check_in["id"]);
    assert_eq!(entries(&dir).len(), 2);
}

#[test]
fn the_profile_round_trips_through_show_and_set() {
    let dir = TempDir::new("journal");
    let mut profile = ok(&dir, &["--json", "profile", "show"]);
    profile["movement_profile"] = Value::from("flexion");
    let file = dir.0.join("profile.json");
    std::fs::write(&file, profile.to_string()).unwrap();
    let saved = ok(
        &dir,
        &["--json", "profile", "set", "--file", file.to_str().unwrap()],
    );
    assert_eq!(saved["movement_profile"], "flexion");
    assert_eq!(
        ok(&dir, &["--json", "profile", "show"])["movement_profile"],
        "flexion"
    );
}

#[test]
fn regions_take_their_own_scores_and_the_worst_is_the_entrys_pain() {
    let dir = TempDir::new("journal");
    let added = ok(
        &dir,
        &[
            "--json",
            "add-pain",
            "--region",
            "buttock_left=6:aching,burning",
            "--region",
            "thigh_back_left=3:pins_and_needles,lower_back_centre",
        ],
    );
    assert_eq!(added["nrs"], 6, "no --nrs: the worst region's score");
    let regions: Vec<String> = added["regions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{}={}:{}",
                r["region"].as_str().unwrap(),
                r["score"],
                r["qualities"]
            )
        })
        .collect();
    assert_eq!(
        regions,
        [
            "buttock_left=6:[\"aching\",\"burning\"]",
            "thigh_back_left=3:[\"pins_and_needles\"]",
            "lower_back_centre=null:[]",
        ]
    );
    for (bad, says) in [
        ("elbow=3", "unknown region"),
        ("buttock_left=12", "0 to 10"),
        ("buttock_left=2:tickly", "tickly"),
    ] {
        let (code, _, err) = backstory(&dir, &["--json", "add-pain", "--region", bad]);
        assert_eq!(code, 2, "{bad}: {err}");
        assert!(err.contains(says), "{bad}: {err}");
    }
    let (code, _, err) = backstory(&dir, &["--json", "add-pain", "--region", "buttock_left"]);
    assert_eq!(code, 2, "no score anywhere: {err}");
    assert!(err.contains("--nrs is required"), "{err}");
    assert_eq!(entries(&dir).len(), 1, "nothing refused was saved");
}

#[test]
fn refused_input_is_one_json_error_with_exit_code_3_and_changes_nothing() {
    let dir = TempDir::new("journal");
    let (code, _, err) = backstory(&dir, &["--json", "add-pain", "--nrs", "11"]);
    assert_eq!(code, 3, "a validation error exits with 3: {err}");
    let error: Value = json(err.trim());
    assert_eq!(error["error"]["kind"], "validation");
    assert_eq!(error["error"]["field"], "nrs", "the error names the field");
    assert!(entries(&dir).is_empty(), "nothing was saved");

    let (code, _, err) = backstory(&dir, &["--json", "add-pain", "--nope"]);
    assert_eq!(code, 2, "an unknown option is a usage error");
    let error = json(err.trim());
    assert_eq!(error["error"]["kind"], "usage", "same shape: {err}");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("--nope"),
        "the message names the option: {err}"
    );

    let (code, _, err) = backstory(&dir, &["--json", "delete", "--kind", "pain", "--id", "x"]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(json(err.trim())["error"]["field"], "id");
}

#[test]
fn insights_reminders_and_guide_answer_in_json() {
    let dir = TempDir::new("journal");
    ok(&dir, &["--json", "add-pain", "--nrs", "3"]);
    let weekly = ok(&dir, &["--json", "insights", "weekly"]);
    assert!(weekly.is_object(), "{weekly}");
    assert!(ok(&dir, &["--json", "reminders", "show"]).is_object());
    assert!(ok(&dir, &["--json", "guide", "catalogue"]).is_object());
    assert!(ok(&dir, &["--json", "status"])["ok"].as_bool().unwrap());
}

#[test]
fn help_names_exit_codes_and_completions_are_generated() {
    let dir = TempDir::new("journal");
    let (code, out, _) = backstory(&dir, &["help", "add-pain"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("--nrs"),
        "`backstory help COMMAND` shows its options: {out}"
    );
    let (_, out, _) = backstory(&dir, &["--help"]);
    assert!(out.contains("Exit codes:"), "{out}");
    let (code, out, _) = backstory(&dir, &["completions", "bash"]);
    assert_eq!(code, 0);
    assert!(out.contains("backstory"), "a bash completion script");
}

#[test]
fn an_evening_is_answered_from_the_command_line() {
    let dir = TempDir::new("outcomes");
    let evening = ok(
        &dir,
        &[
            "--json",
            "add-activity",
            "--kind",
            "intimacy",
            "--at",
            "2026-11-26T22:00:00+01:00",
        ],
    );
    let id = evening["id"].as_str().unwrap().to_string();
    let now = "2026-11-27T09:00:00+01:00";
    let pending = ok(&dir, &["--json", "pending-outcomes", "--now", now]);
    assert_eq!(
        pending["activities"][0]["id"], evening["id"],
        "the evening waits for an answer"
    );
    let unknown = ok(&dir, &["--json", "outcomes", "--activity", &id]);
    assert_eq!(unknown[0]["nrs"], Value::Null, "unknown, not 0");

    // A bad score is refused (exit 3) and changes nothing.
    let (code, _, err) = backstory(
        &dir,
        &[
            "--json",
            "log-outcome",
            "--activity",
            &id,
            "--nrs",
            "11",
            "--now",
            now,
        ],
    );
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("\"field\":\"nrs\""), "{err}");
    // --none and --nrs together is a usage error.
    let (code, _, _) = backstory(
        &dir,
        &["log-outcome", "--activity", &id, "--none", "--nrs", "2"],
    );
    assert_eq!(code, 2, "--none conflicts with --nrs");

    let saved = ok(
        &dir,
        &[
            "--json",
            "log-outcome",
            "--activity",
            &id,
            "--none",
            "--when",
            "next_morning",
            "--now",
            now,
        ],
    );
    assert_eq!(saved["nrs"], 0, "no pain is a rating of 0");
    assert_eq!(saved["activity_id"], evening["id"], "linked to the evening");
    assert_eq!(saved["onset"], "next_morning");
    assert_eq!(
        saved["at"], "2026-11-27T08:00:00+01:00",
        "dated at that morning"
    );
    let known = ok(&dir, &["--json", "outcomes", "--activity", &id]);
    assert_eq!(known[0]["nrs"], 0, "known now");
    let pending = ok(&dir, &["--json", "pending-outcomes", "--now", now]);
    assert!(
        pending["activities"].as_array().unwrap().is_empty(),
        "nothing waits any more"
    );
    let kinds = ok(
        &dir,
        &["--json", "outcome-kinds", "--set", "intimacy,lifting"],
    );
    assert_eq!(kinds, serde_json::json!(["intimacy", "lifting"]));
}

/// `backstory flares`: sentences in text, the whole report with --json (the benchmark
/// journal, 10 years at about 20k entries, has flares to compare).
#[test]
fn flares_answer_in_words_and_in_json() {
    let empty = TempDir::new("journal");
    let report = ok(&empty, &["--json", "flares"]);
    assert_eq!(report["flare_days"], serde_json::json!([]), "{report}");
    assert!(report["summary"]
        .as_str()
        .unwrap()
        .starts_with("No flares found yet"));

    let dir = TempDir::new("journal");
    let (code, _, err) = backstory(&dir, &["generate", "--entries", "20000"]);
    assert_eq!(code, 0, "generate: {err}");
    let report = ok(&dir, &["--json", "flares"]);
    assert!(
        !report["flare_days"].as_array().unwrap().is_empty(),
        "{report}"
    );
    let exposures = report["exposures"].as_array().unwrap();
    let said: Vec<&Value> = exposures.iter().filter(|e| e["enough"] == true).collect();
    assert!(
        !said.is_empty(),
        "something has 5 differing pairs: {report}"
    );
    let (code, out, err) = backstory(&dir, &["flares"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(report["summary"].as_str().unwrap()),
        "{out}"
    );
    for e in said {
        assert!(out.contains(e["sentence"].as_str().unwrap()), "{out}");
    }
}

#[test]
fn relief_is_logged_then_rated_and_unknown_is_never_zero() {
    let dir = TempDir::new("relief");
    let logged = ok(
        &dir,
        &[
            "--json",
            "log-relief",
            "--what",
            "medicine",
            "--medicine",
            " Ibuprofen ",
            "--dose",
            "400 mg",
            "--at",
            "2026-11-27T09:00:00+01:00",
        ],
    );
    assert_eq!(logged["kind"], "pain_relief");
    assert_eq!(logged["relief"]["medicine"], "Ibuprofen", "trimmed");
    assert_eq!(
        logged["relief"]["relief"],
        Value::Null,
        "not answered: unknown, not 0"
    );
    let id = logged["id"].as_str().unwrap().to_string();

    let rated = ok(
        &dir,
        &["--json", "rate-relief", "--id", &id, "--relief", "6"],
    );
    assert_eq!(rated["relief"]["relief"], 6);
    assert_eq!(rated["relief"]["dose"], "400 mg", "the rest is kept");
    let taken_back = ok(&dir, &["--json", "rate-relief", "--id", &id, "--unknown"]);
    assert_eq!(taken_back["relief"]["relief"], Value::Null);

    // Refused input (exit 3) changes nothing.
    for bad in [
        &["log-relief", "--what", "heat", "--relief", "11"][..],
        &["log-relief", "--what", "heat", "--medicine", "Ibuprofen"][..],
        &["log-relief", "--what", "acupuncture"][..],
        &["rate-relief", "--id", &id, "--relief=-1"][..],
    ] {
        let mut args = vec!["--json"];
        args.extend_from_slice(bad);
        let (code, _, err) = backstory(&dir, &args);
        assert_eq!(code, 3, "{bad:?} is refused; stderr: {err}");
    }
    let items = entries(&dir);
    assert_eq!(items.len(), 1, "nothing else was written");
    assert_eq!(items[0]["entry"]["relief"]["relief"], Value::Null);
}
