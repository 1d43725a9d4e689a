//! IPC abuse: every command input the webview can send goes to the application-layer
//! function the shell's command calls (backstory_application), which parses it and hands it
//! to the journal. Each is called with wrong types, huge strings, extreme numbers and ids,
//! deep nesting and unknown fields. Every call must come back as a typed result (never a
//! panic), refusals must be validation or not-found errors with short messages that do not
//! echo the input, and the journal must pass integrity_check afterwards. (The real IPC
//! layer, with ungranted commands denied, is exercised by tests/e2e/ipc_abuse.test.mjs.)

use crate::support::{activity_at, local, now, pain_at};
use backstory_application::{self as app, AppResult, Now, Session};
use backstory_core::domain::*;
use serde_json::{json, Value};
use std::panic::{catch_unwind, AssertUnwindSafe};

type Run = fn(&mut Session, Value) -> AppResult<()>;

fn at() -> Now {
    Now(now().fixed_offset())
}

/// A file for the requests that write one (each call overwrites it).
fn out_file() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("backstory-ipc-abuse-{}.out", std::process::id()))
}

/// (command, a valid input, the app function the shell's command calls with it).
fn commands() -> Vec<(&'static str, Value, Run)> {
    let pain = serde_json::to_value(pain_at(local(2026, 11, 26, 8, 0), 5)).unwrap();
    let activity = serde_json::to_value(activity_at(
        local(2026, 11, 26, 9, 0),
        ActivityKind::WalkingSport,
    ))
    .unwrap();
    vec![
        ("add_pain", pain.clone(), |s, v| {
            app::add_pain(s, v, at()).map(drop)
        }),
        ("update_pain", pain, |s, v| {
            app::update_pain(s, &uuid::Uuid::max().to_string(), v, at()).map(drop)
        }),
        ("add_activity", activity.clone(), |s, v| {
            app::add_activity(s, v, at()).map(drop)
        }),
        ("update_activity", activity, |s, v| {
            app::update_activity(s, &uuid::Uuid::nil().to_string(), v, at()).map(drop)
        }),
        ("rate_relief", json!(7), |s, v| {
            app::rate_relief(s, &uuid::Uuid::nil().to_string(), v, at()).map(drop)
        }),
        (
            "save_check_in",
            json!({"date": "2026-11-26", "stress": 4, "sleep_hours": 7.5, "sleep_quality": 6, "stiffness": 3, "notes": "ok"}),
            |s, v| app::save_check_in(s, v, at()).map(drop),
        ),
        ("check_in_on", json!("2026-11-26"), |s, v| {
            app::check_in_on(s, v).map(drop)
        }),
        ("delete_entry", json!("pain"), |s, v| {
            app::delete_entry(s, v, &uuid::Uuid::max().to_string(), at()).map(drop)
        }),
        ("restore_entry", json!("activity"), |s, v| {
            app::restore_entry(s, v, &uuid::Uuid::nil().to_string(), at()).map(drop)
        }),
        (
            "timeline",
            json!({"kinds": ["pain"], "from": "2026-01-01", "to": "2026-12-31", "limit": 50, "offset": 0}),
            |s, v| app::timeline(s, v).map(drop),
        ),
        (
            "save_profile",
            serde_json::to_value(Profile::default()).unwrap(),
            |s, v| app::save_profile(s, v, at()).map(drop),
        ),
        ("acknowledge_alert", json!("saddle_numbness"), |s, v| {
            app::acknowledge_alert(s, v, json!(u32::MAX), at()).map(drop)
        }),
        (
            "hurt_advice_for",
            json!({"at": "2026-11-26T08:00:00+01:00", "exercise_id": "knee_rolls", "nrs": 6, "regions": []}),
            |_, v| app::hurt_advice_for(v).map(drop),
        ),
        (
            "record_session",
            json!({"routine_id": "morning", "exercises_done": ["knee_rolls"], "started_at": "2026-11-26T08:00:00+01:00", "ended_at": "2026-11-26T08:10:00+01:00", "completed": true, "hurts": []}),
            |s, v| app::record_session(s, v, at()).map(drop),
        ),
        (
            "log_outcome",
            json!({"activity_id": uuid::Uuid::max(), "nrs": 0, "moment": "evening"}),
            |s, v| app::log_outcome(s, v, at()).map(drop),
        ),
        ("activity_outcomes", json!([uuid::Uuid::max()]), |s, v| {
            app::activity_outcomes(s, v).map(drop)
        }),
        (
            "save_outcome_kinds",
            json!(["intimacy", "lifting"]),
            |s, v| app::save_outcome_kinds(s, v).map(drop),
        ),
        (
            "start_experiment",
            json!({"change": {"kind": "custom", "text": "a rolled towel"}, "outcome": "pain_after"}),
            |s, v| app::start_experiment(s, v, at()).map(drop),
        ),
        (
            "mark_experiment_day",
            json!({"date": "2026-11-27", "followed": true}),
            |s, v| app::mark_experiment_day(s, v, at()).map(drop),
        ),
        (
            "insights_pain_trend",
            json!({"from": "2026-01-01", "to": "2026-11-27"}),
            |s, v| app::insights_pain_trend(s, v, at()).map(drop),
        ),
        (
            "insights_pain_after",
            json!({"scope": "intimacy"}),
            |s, v| app::insights_pain_after(s, v).map(drop),
        ),
        ("insights_adherence", json!({"weeks": 12}), |s, v| {
            app::insights_adherence(s, v, at()).map(drop)
        }),
        (
            "save_reminder_settings",
            serde_json::to_value(backstory_core::reminders::ReminderSettings::default()).unwrap(),
            |s, v| app::save_reminder_settings(s, v, at()).map(drop),
        ),
        ("snooze_reminder", json!("check_in"), |s, v| {
            app::snooze_reminder(s, v, at()).map(drop)
        }),
        (
            "sharing_export",
            json!({"kind": "backup", "range": {"from": null, "to": null}, "includes": null}),
            // No passphrase: a plain export (no key derivation per call).
            |s, v| {
                app::sharing_export(v, json!(""), at())?
                    .run(s, &out_file())
                    .map(drop)
            },
        ),
        (
            "sharing_partner_timeline",
            json!({"limit": 20, "offset": 0}),
            |s, v| app::sharing_partner_timeline(s, json!(uuid::Uuid::max()), v).map(drop),
        ),
        (
            "sharing_together",
            json!({"partner_id": "00000000-0000-4000-8000-000000000001", "window_minutes": 90}),
            |s, v| app::sharing_together(s, v, at()).map(drop),
        ),
        (
            "sharing_export_to",
            json!({"pairing_id": "00000000-0000-4000-8000-000000000001",
                   "export": {"kind": "partner"}, "expires_in_days": 30, "evening_notes": true}),
            // An unknown pairing: parsed and checked through to "not found".
            |s, v| {
                app::sharing_export_to(v, at())?
                    .run(s, &out_file())
                    .map(drop)
            },
        ),
        (
            "set_evening_note",
            json!({"activity_id": "00000000-0000-4000-8000-000000000001",
                   "text": "The cushion helped.", "shared": true}),
            |s, v| app::set_evening_note(s, v, at()).map(drop),
        ),
        ("pairing_add", json!("bspair1qqqq"), |s, v| {
            app::pairing_add(s, v, json!("Sam"), at()).map(drop)
        }),
        ("pairing_rename", json!("Sam"), |s, v| {
            app::pairing_rename(s, json!(uuid::Uuid::max()), v).map(drop)
        }),
        (
            "sharing_report",
            json!({"from": "2026-09-01", "to": "2026-11-27"}),
            |s, v| {
                let fonts = std::path::Path::new(crate::support::ROOT).join("assets/fonts");
                app::sharing_report(v, &fonts, at())?
                    .run(s, &out_file())
                    .map(drop)
            },
        ),
        (
            "sharing_report_preview",
            json!({"from": "2026-09-01", "to": "2026-11-27", "name": "Sam", "questions": "Why?"}),
            |s, v| app::sharing_report_preview(s, v, at()).map(drop),
        ),
    ]
}

/// Values that should never be accepted where something else is expected.
fn hostile_values() -> Vec<(String, Value)> {
    // IPC messages arrive as JSON text parsed with serde_json's recursion limit (128), so
    // no deeper value can reach a command (see the test below).
    let mut deep = Value::Null;
    for _ in 0..120 {
        deep = json!([deep]);
    }
    vec![
        ("null".into(), Value::Null),
        ("true".into(), json!(true)),
        ("negative".into(), json!(-1)),
        ("i64::MIN".into(), json!(i64::MIN)),
        ("u64::MAX".into(), json!(u64::MAX)),
        ("1e308".into(), json!(1e308)),
        ("fraction".into(), json!(0.5)),
        ("empty string".into(), json!("")),
        ("huge string".into(), json!("Z".repeat(2_000_000))),
        ("control chars".into(), json!("\u{0}\u{1b}[31m\u{202e}")),
        ("sql".into(), json!("'; DROP TABLE pain_entry; --")),
        ("far future".into(), json!("9999-12-31T23:59:59+14:00")),
        ("year 0".into(), json!("0000-01-01")),
        (
            "nil uuid".into(),
            json!("00000000-0000-0000-0000-000000000000"),
        ),
        ("array".into(), json!([1, "two", null])),
        ("object".into(), json!({"__proto__": {"polluted": true}})),
        ("deep nesting".into(), deep),
    ]
}

/// A call: no panic, and a refusal is typed, short and does not echo the input.
fn check(name: &str, what: &str, s: &mut Session, run: Run, input: Value) {
    let outcome = catch_unwind(AssertUnwindSafe(|| run(s, input)));
    let result = outcome.unwrap_or_else(|_| panic!("{name} with {what}: panicked"));
    if let Err(err) = result {
        assert!(
            ["validation", "not_found"].contains(&err.kind.as_str()),
            "{name} with {what}: refused as {} ({err}); expected validation or not_found",
            err.kind
        );
        let text = format!("{err}");
        assert!(
            text.len() < 600,
            "{name} with {what}: the message is bounded ({} chars)",
            text.len()
        );
        assert!(
            !text.contains("ZZZZZZZZ"),
            "{name} with {what}: the input is not echoed"
        );
    }
}

#[test]
fn every_command_input_survives_hostile_values_with_typed_errors() {
    let mut s = Session::in_memory().unwrap();
    let hostile = hostile_values();
    let mut calls = 0;
    for (name, valid, run) in commands() {
        // The valid input works (so the harness is wired right)...
        let outcome = catch_unwind(AssertUnwindSafe(|| run(&mut s, valid.clone())))
            .unwrap_or_else(|_| panic!("{name}: panicked on valid input"));
        if let Err(e) = &outcome {
            assert!(
                ["validation", "not_found"].contains(&e.kind.as_str()),
                "{name}: valid input gives a result or a typed refusal, got {e}"
            );
        }
        // ...then the whole input, and each field in turn, is replaced by hostile values.
        for (what, value) in &hostile {
            check(name, &format!("input = {what}"), &mut s, run, value.clone());
            calls += 1;
            if let Value::Object(map) = &valid {
                for key in map.keys() {
                    let mut v = valid.clone();
                    v[key] = value.clone();
                    check(name, &format!("{key} = {what}"), &mut s, run, v);
                    calls += 1;
                }
                let mut v = valid.clone();
                v["unexpected_field"] = value.clone();
                check(name, &format!("unknown field = {what}"), &mut s, run, v);
                calls += 1;
            }
        }
    }
    assert!(calls > 500, "the abuse covered many calls ({calls})");
    let _ = std::fs::remove_file(out_file());
    let check: String = backstory_core::store::inspect::connection(s.journal().unwrap())
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok", "the journal is intact after the abuse");
}

#[test]
fn json_nested_deeper_than_the_parsers_limit_is_refused_before_any_command() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let err = serde_json::from_str::<Value>(&text).expect_err("refused by the parser");
    assert!(err.to_string().contains("recursion limit"), "{err}");
}

#[test]
fn a_deeply_nested_or_unknown_field_is_a_validation_error_naming_the_place() {
    // The domain's ValidationError reaches the fronts as a CoreError (`?` converts it).
    let err = backstory_core::CoreError::from(
        parse_json::<PainDraft>(json!({"nrs": 5, "surprise": 1})).unwrap_err(),
    );
    assert_eq!(err.kind(), "validation");
    let err = backstory_core::CoreError::from(
        parse_json::<TimelineQuery>(json!({"limit": "ten"})).unwrap_err(),
    );
    assert_eq!(err.field(), Some("limit"), "the field is named: {err}");
}
