//! The experiment journey through the CLI: start a warm-up experiment, log two blocks of
//! synthetic evenings (intimacy, with a warm-up on the days of that arm) and next-morning
//! pain, mark each day, then read the verdict with `experiment result --json`.

use serde_json::Value;

mod support;
use support::{backstory, backstory_in, json, TempDir};

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

    // The details in German, with decimal commas; --json the same bytes in both languages.
    let at = ["--now", "2026-11-02T09:00:00+01:00"];
    let (code, text, err) =
        backstory_in("de", &dir, &[&["experiment", "status"][..], &at].concat());
    assert_eq!(code, 0, "{err}");
    for line in [
        "Aufwärmen vor der Intimität (Seed ",
        "Aufwärmen vor der Intimität: Schmerz im Schnitt 2,0 mit und 5,0 ohne (",
        "nicht entschieden: Zufall ist nicht ausgeschlossen (p = 0,500",
        "Heute: keine Phase (beendet).",
        "Unterschied -3,0 (95-%-Intervall über die Blöcke ",
        "Randomisierungstest p = 0,500",
        "die Phase an 100 % der beantworteten Tage eingehalten",
    ] {
        assert!(text.contains(line), "{line:?} in {text}");
    }
    for command in ["status", "result"] {
        let args = [&["--json", "experiment", command][..], &at].concat();
        assert_eq!(
            backstory_in("de", &dir, &args),
            backstory_in("en", &dir, &args)
        );
    }
}

/// Runs the CLI with the share passphrase in SHARE_PASS.
fn ok_with_pass(dir: &TempDir, args: &[&str]) -> Value {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_backstory"))
        .arg("--data-dir")
        .arg(&dir.0)
        .args(args)
        .env("SHARE_PASS", "correct horse battery staple")
        .output()
        .expect("the CLI runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    json(&String::from_utf8_lossy(&out.stdout))
}

/// A warm-up experiment of 2 blocks of 3-day periods from 2026-10-05, each morning rated
/// `with` or `without` by its arm.
fn short_experiment(dir: &TempDir, with: &str, without: &str) {
    let status = ok(
        dir,
        &[
            "--json",
            "experiment",
            "start",
            "--change",
            "warm_up",
            "--blocks",
            "2",
            "--period-days",
            "3",
            "--now",
            "2026-10-05T09:00:00+01:00",
        ],
    );
    for period in status["periods"].as_array().unwrap() {
        let first: chrono::NaiveDate = period["first_day"].as_str().unwrap().parse().unwrap();
        let nrs = if period["arm"] == "with" {
            with
        } else {
            without
        };
        for offset in 1..=3 {
            let morning = format!("{}T08:00:00+01:00", first + chrono::Duration::days(offset));
            ok(dir, &["--json", "add-pain", "--nrs", nrs, "--at", &morning]);
        }
    }
}

/// `export --include experiments` puts the experiment in a partner share (not without it);
/// imported, it stands beside one's own experiment on the same change in `together`.
#[test]
fn a_partner_share_with_experiments_shows_both_in_together() {
    let sam = TempDir::new("experiment-sam");
    let me = TempDir::new("experiment-me");
    short_experiment(&sam, "2", "5");
    short_experiment(&me, "4", "4");
    let share = sam.0.join("share.age");
    let default_share = sam.0.join("default.age");
    let share_path = share.to_str().unwrap();
    for (path, include) in [
        (share_path, "default,experiments"),
        (default_share.to_str().unwrap(), "default"),
    ] {
        ok_with_pass(
            &sam,
            &[
                "--json",
                "export",
                "--kind",
                "partner",
                "--include",
                include,
                "--out",
                path,
                "--passphrase-env",
                "SHARE_PASS",
            ],
        );
    }
    let imported = ok_with_pass(
        &me,
        &[
            "--json",
            "import",
            "--file",
            share_path,
            "--partner",
            "Sam",
            "--passphrase-env",
            "SHARE_PASS",
        ],
    );
    assert_eq!(imported["experiments"], 1, "{imported}");
    let partner = ok(&me, &["--json", "partners"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let together = ok(&me, &["--json", "together", "--partner", &partner]);
    let both = &together["experiments"][0];
    assert_eq!(both["title"], "A warm-up before intimacy", "{together}");
    assert_eq!(both["partner"]["change"], "warm_up");
    assert_eq!(both["partner"]["with"]["outcome"]["mean"], 2.0);
    assert_eq!(both["partner"]["without"]["outcome"]["mean"], 5.0);
    assert_eq!(both["mine"]["with"]["outcome"]["mean"], 4.0);
    // Two blocks cannot settle it on either side: each verdict says so.
    assert_eq!(both["partner"]["verdict"], "no_clear_difference");

    // The next share without experiments takes them away again.
    let again = ok_with_pass(
        &me,
        &[
            "--json",
            "import",
            "--file",
            default_share.to_str().unwrap(),
            "--partner",
            "Sam",
            "--passphrase-env",
            "SHARE_PASS",
        ],
    );
    assert_eq!(again["experiments"], 0, "{again}");
    let together = ok(&me, &["--json", "together", "--partner", &partner]);
    assert_eq!(together["experiments"], serde_json::json!([]));
}
