//! Pairing through the CLI (issue 16): two data folders show and add each other's codes and
//! print the same safety phrase; signed shares go both ways (`export --for`, `import`
//! recognises them); a replayed share is refused with exit code and message and nothing
//! changes; a pairing is renamed and removed with its data; the text output says what a
//! given file means.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

mod support;
use support::TempDir;

fn run(dir: &Path, json: bool, args: &[&str]) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_backstory"));
    cmd.arg("--data-dir").arg(dir);
    if json {
        cmd.arg("--json");
    }
    let out = cmd.args(args).output().expect("the CLI runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok(dir: &Path, args: &[&str]) -> Value {
    let (code, out, err) = run(dir, true, args);
    assert_eq!(code, 0, "backstory {args:?}: {err}");
    serde_json::from_str(&out).expect("--json output is JSON")
}

fn evening(dir: &Path, hour: &str, after: &str) {
    let at = format!("2026-11-20T{hour}:00:00+01:00");
    let act = ok(
        dir,
        &[
            "add-activity",
            "--kind",
            "intimacy",
            "--at",
            &at,
            "--pain-before",
            "2",
        ],
    );
    let id = act["id"].as_str().unwrap().to_string();
    ok(
        dir,
        &[
            "add-pain",
            "--nrs",
            after,
            "--at",
            "2026-11-21T08:00:00+01:00",
            "--activity",
            &id,
        ],
    );
    ok(
        dir,
        &[
            "pair",
            "note",
            "--activity",
            &id,
            "--text",
            "Slow helped.",
            "--shared",
        ],
    );
}

#[test]
fn two_folders_pair_and_share_both_ways_and_a_replay_changes_nothing() {
    let alex = TempDir::new("pair-alex");
    let sam = TempDir::new("pair-sam");
    let (a, s) = (alex.0.as_path(), sam.0.as_path());
    let alex_code = ok(a, &["pair", "show"])["code"]
        .as_str()
        .unwrap()
        .to_string();
    let sam_code = ok(s, &["pair", "show"])["code"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(alex_code.starts_with("bspair1"));
    let at_alex = ok(a, &["pair", "add", "--code", &sam_code, "--name", "Sam"]);
    let at_sam = ok(s, &["pair", "add", "--code", &alex_code, "--name", "Alex"]);
    assert_eq!(at_alex["safety_phrase"], at_sam["safety_phrase"]);

    // Text output: the phrase to compare, and what to do if it differs.
    let (code, text, _) = run(a, false, &["pair", "list"]);
    assert_eq!(code, 0);
    assert!(
        text.contains(at_alex["safety_phrase"].as_str().unwrap()),
        "{text}"
    );

    evening(a, "21", "3");
    evening(s, "21", "6");
    let to_alex = s.join("to-alex.bsshare");
    let to_sam = a.join("to-sam.bsshare");
    let (code, text, err) = run(
        s,
        false,
        &[
            "export",
            "--for",
            "Alex",
            "--notes",
            "--include",
            "default,intimacy_details",
            "--out",
            to_alex.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        text.contains("Once given, a file cannot be taken back."),
        "{text}"
    );
    ok(
        a,
        &["export", "--for", "sam", "--out", to_sam.to_str().unwrap()],
    );

    let got = ok(a, &["import", "--file", to_alex.to_str().unwrap()]);
    assert_eq!(got["pairing_name"], "Sam");
    assert_eq!(got["evening_notes"], 1);
    assert_eq!(got["import"]["added"], 2);
    assert_eq!(
        ok(s, &["import", "--file", to_sam.to_str().unwrap()])["pairing_name"],
        "Alex"
    );

    let partners_before = ok(a, &["partners"]);
    let (code, _, err) = run(a, true, &["import", "--file", to_alex.to_str().unwrap()]);
    assert_ne!(code, 0, "a replay fails");
    assert!(
        err.contains("not newer than the last one accepted from Sam"),
        "{err}"
    );
    assert_eq!(ok(a, &["partners"]), partners_before, "nothing changed");

    // Together in Alex's journal: Sam's pain and note on the same evening.
    let partner = partners_before[0]["id"].as_str().unwrap().to_string();
    let together = ok(a, &["together", "--partner", &partner]);
    let e = &together["events"][0];
    assert_eq!(e["partner"]["pain_after"], 6);
    assert_eq!(e["partner"]["note"], "Slow helped.");
    assert_eq!(e["mine"]["note"], "Slow helped.");

    let renamed = ok(
        a,
        &["pair", "rename", "--partner", "Sam", "--name", "Samira"],
    );
    assert_eq!(renamed["name"], "Samira");
    let removed = ok(a, &["pair", "remove", "--partner", "Samira"]);
    assert_eq!(removed["removed_entries"], 2);
    assert_eq!(ok(a, &["pair", "list"]), Value::Array(vec![]));
    assert_eq!(ok(a, &["partners"]), Value::Array(vec![]));
    let (code, _, err) = run(a, true, &["export", "--for", "Sam", "--out", "x.bsshare"]);
    assert_ne!(code, 0);
    assert!(err.contains("no pairing is called"), "{err}");
}
