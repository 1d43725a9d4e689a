//! The experiment journey through the CLI: start a warm-up experiment, log two blocks of
//! synthetic evenings (intimacy, with a warm-up on the days of that arm) and next-morning
//! pain, mark each day, then read the verdict with `experiment result --json`.

use serde_json::Value;

mod support;
use support::{backstory, json, TempDir};

fn ok(dir: &TempDir, args: &[&str]) -> Value {
    let (code, out, err) = backstory(dir, args);
    assert_eq!(code, 0, "{args:?}: {err}");
    json(&out)
}

#[test]
fn start_log_two_blocks_and_see_the_verdict() {
    let dir = TempDir::new("experiment");
    let start_now = "2026-10-05T09:00:00+01:00";
    let status = ok(
        &dir,
        &[
            "--json",
            "experiment",
            "start",
            "--change",
            "warm_up",
            "--blocks",
            "2",
            "--now",
            start_now,
        ],
    );
    assert_eq!(status["experiment"]["plan"]["start"], "2026-10-05");
    let periods = status["periods"].as_array().unwrap().clone();
    assert_eq!(periods.len(), 4);

    // Same schedule when read again: it is rebuilt from the stored seed.
    let again = ok(
        &dir,
        &["--json", "experiment", "status", "--now", start_now],
    );
    assert_eq!(again["periods"], status["periods"]);
    assert!(again["today"]["text"]
        .as_str()
        .unwrap()
        .starts_with("Experiment day 1 of 28"));

    // A second experiment is refused while this one runs, and nothing changes.
    let (code, _, err) = backstory(
        &dir,
        &[
            "--json",
            "experiment",
            "start",
            "--change",
            "hip_pillow",
            "--now",
            start_now,
        ],
    );
    assert_eq!(code, 3, "{err}");

    for period in &periods {
        let with = period["arm"] == "with";
        let first: chrono::NaiveDate = period["first_day"].as_str().unwrap().parse().unwrap();
        for offset in 0..7 {
            let day = first + chrono::Duration::days(offset);
            let next = day + chrono::Duration::days(1);
            let evening = format!("{day}T22:00:00+01:00");
            let morning = format!("{next}T08:00:00+01:00");
            let mut activity = vec![
                "--json",
                "add-activity",
                "--kind",
                "intimacy",
                "--at",
                &evening,
            ];
            if with {
                activity.push("--warm-up");
            }
            ok(&dir, &activity);
            // The planted effect: 2 with a warm-up, 5 without; one morning per week unanswered.
            if offset != 3 {
                let nrs = if with { "2" } else { "5" };
                ok(
                    &dir,
                    &["--json", "add-pain", "--nrs", nrs, "--at", &morning],
                );
            }
            let date = day.to_string();
            let now = format!("{day}T23:00:00+01:00");
            ok(
                &dir,
                &[
                    "--json",
                    "experiment",
                    "mark",
                    "--followed",
                    "yes",
                    "--date",
                    &date,
                    "--now",
                    &now,
                ],
            );
        }
    }
    let result = ok(
        &dir,
        &[
            "--json",
            "experiment",
            "result",
            "--now",
            "2026-11-02T09:00:00+01:00",
        ],
    );
    assert_eq!(result["state"], "finished", "{result}");
    // Two blocks: the exact randomisation test has 4 orders, so p cannot go below 0.5 and
    // the pre-stated rule (p <= 0.05) holds the verdict back, however large the difference.
    assert_eq!(result["verdict"], "no_clear_difference", "{result}");
    assert_eq!(
        result["unsettled"],
        serde_json::json!(["chance_not_ruled_out", "too_few_blocks_planned"])
    );
    assert_eq!(result["difference"], -3.0);
    assert_eq!(result["with"]["outcome"]["unknown"], 2);
    assert_eq!(result["without"]["outcome"]["unknown"], 2);
    assert_eq!(result["adherence"], 1.0);
    assert_eq!(result["p_value"], 0.5);

    let (code, text, err) = backstory(
        &dir,
        &["experiment", "result", "--now", "2026-11-02T09:00:00+01:00"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        text.contains("not settled: chance is not ruled out (p = 0.500; the rule needs 0.05 or less), and with 2 blocks the test can never reach 0.05: at least 6 are needed."),
        "{text}"
    );
}
