//! Two partners on one machine, end to end through the CLI: two data folders; A exports an
//! encrypted share, B imports it and sees A's entries read-only beside (never inside) B's
//! own, the Together view lines up their shared evenings with both partners' pain before
//! and after, re-importing adds no duplicates, a wrong passphrase changes nothing, and
//! removing the partner removes everything. Also report, backup and restore from the CLI.

use chrono::{Duration, Local, NaiveDate};
use serde_json::{json, Value};
use std::path::Path;
use std::process::Command;
use uuid::Uuid;

const PASSPHRASE: &str = "two of us, one back";

mod support;
use support::TempDir;

fn backstory(dir: &Path, args: &[&str]) -> (i32, Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_backstory"))
        .arg("--data-dir")
        .arg(dir)
        .arg("--json")
        .args(args)
        .env("SHARE_PASS", PASSPHRASE)
        .env("WRONG_PASS", "not our passphrase")
        .output()
        .expect("the CLI runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let value = if stdout.trim().is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&stdout).expect("--json output is JSON")
    };
    (
        out.status.code().unwrap_or(-1),
        value,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok(dir: &Path, args: &[&str]) -> Value {
    let (code, value, err) = backstory(dir, args);
    assert_eq!(code, 0, "backstory {args:?} should succeed; stderr: {err}");
    value
}

fn record(id: Uuid, entry: Value) -> Value {
    json!({"id": id, "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z", "entry": entry})
}

/// A backup file seeding one partner's journal: intimacy on the given evenings (days ago,
/// hour, minute) with a pain entry the next morning linked to it.
fn seed(dir: &Path, evenings: &[(i64, u32, u32, u8, u8)]) -> Vec<Uuid> {
    let today = Local::now().date_naive();
    let mut activities = Vec::new();
    let mut pain = Vec::new();
    let mut ids = Vec::new();
    for &(ago, h, m, before, after) in evenings {
        let day: NaiveDate = today - Duration::days(ago);
        let id = Uuid::new_v4();
        ids.push(id);
        activities.push(record(
            id,
            json!({
                "at": format!("{day}T{h:02}:{m:02}:00+00:00"),
                "kind": "intimacy",
                "duration_min": 30,
                "intimacy": {"positions": ["spooning"], "warm_up": true, "pain_before": before},
                "notes": "private note"
            }),
        ));
        // The next morning at 08:00, but never later than now: an entry in the future is
        // refused, and before 08:00 UTC yesterday evening's morning has not come yet.
        let morning = (day + Duration::days(1))
            .and_hms_opt(8, 0, 0)
            .unwrap()
            .and_utc();
        let morning = morning.min(chrono::Utc::now() - Duration::minutes(1));
        pain.push(record(
            Uuid::new_v4(),
            json!({
                "at": morning.to_rfc3339(),
                "nrs": after,
                "activity_id": id,
                "notes": "morning after"
            }),
        ));
    }
    let file = json!({
        "format": "backstory-export", "version": 1, "kind": "backup",
        "exported_at": "2026-01-02T00:00:00Z", "app_version": "test",
        "journal_id": Uuid::new_v4(), "includes": {"pain": true, "activities": true, "intimacy_details": true, "notes": true, "check_ins": true, "alerts": false},
        "pain": pain, "activities": activities
    });
    let path = dir.join("seed.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&file).unwrap()).unwrap();
    let summary = ok(
        dir,
        &["import", "--file", path.to_str().unwrap(), "--backup"],
    );
    assert_eq!(
        summary["added"],
        json!(evenings.len() * 2),
        "the seed backup adds every entry"
    );
    ids
}

#[test]
fn two_partners_share_import_and_line_up_their_evenings() {
    let a = TempDir::new("partner-a");
    let b = TempDir::new("partner-b");
    // A logged three evenings, B two of the same evenings (15 minutes apart) and one other.
    let a_ids = seed(
        &a.0,
        &[(6, 21, 30, 2, 5), (4, 22, 0, 3, 3), (2, 21, 0, 1, 2)],
    );
    seed(
        &b.0,
        &[(6, 21, 45, 1, 2), (4, 21, 50, 2, 6), (1, 20, 0, 0, 1)],
    );

    let share = a.0.join("for-b.backstory.age");
    let exported = ok(
        &a.0,
        &[
            "export",
            "--kind",
            "partner",
            "--out",
            share.to_str().unwrap(),
            "--passphrase-env",
            "SHARE_PASS",
        ],
    );
    assert_eq!(
        exported["summary"]["encrypted"],
        json!(true),
        "a partner share is encrypted"
    );
    let bytes = std::fs::read(&share).unwrap();
    assert!(
        bytes.starts_with(b"age-encryption.org/v1\n"),
        "the share is an age file"
    );
    assert!(
        !String::from_utf8_lossy(&bytes).contains("private note"),
        "nothing readable in the file"
    );

    // A wrong passphrase is refused and B's journal is unchanged.
    let (code, _, err) = backstory(
        &b.0,
        &[
            "import",
            "--file",
            share.to_str().unwrap(),
            "--partner",
            "Alex",
            "--passphrase-env",
            "WRONG_PASS",
        ],
    );
    assert_ne!(code, 0, "a wrong passphrase fails");
    assert!(err.contains("wrong passphrase"), "the error says so: {err}");
    assert_eq!(ok(&b.0, &["partners"]), json!([]), "no partner was added");

    let imported = ok(
        &b.0,
        &[
            "import",
            "--file",
            share.to_str().unwrap(),
            "--partner",
            "Alex",
            "--passphrase-env",
            "SHARE_PASS",
        ],
    );
    assert_eq!(
        imported["added"],
        json!(6),
        "A's 3 activities and 3 pain entries"
    );
    let partners = ok(&b.0, &["partners"]);
    let partner_id = partners[0]["id"].as_str().expect("one partner").to_string();
    assert_eq!(partners[0]["name"], json!("Alex"));

    // B sees A's entries read-only, apart from B's own.
    let theirs = ok(&b.0, &["partner-entries", "--partner", &partner_id]);
    let their_ids: Vec<String> = theirs["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["entry"]["id"].as_str().unwrap().to_string())
        .collect();
    for id in &a_ids {
        assert!(
            their_ids.contains(&id.to_string()),
            "A's activity {id} is visible to B"
        );
    }
    assert!(
        !theirs.to_string().contains("private note"),
        "A's notes stay private by default"
    );
    let own = ok(&b.0, &["list"]);
    assert_eq!(
        own["items"].as_array().unwrap().len(),
        6,
        "B's own journal holds only B's 6 entries"
    );

    // Together: the two shared evenings, with both partners' pain before and after.
    let together = ok(&b.0, &["together", "--partner", &partner_id]);
    let events = together["events"].as_array().unwrap();
    assert_eq!(events.len(), 2, "two evenings both logged: {together}");
    let four_days_ago = events
        .iter()
        .find(|e| e["gap_minutes"] == json!(10))
        .expect("the evening 10 minutes apart");
    assert_eq!(
        four_days_ago["mine"]["pain_before"],
        json!(2),
        "B's own pain before (logged)"
    );
    assert_eq!(
        four_days_ago["mine"]["pain_after"],
        json!(6),
        "B's own pain the morning after"
    );
    assert_eq!(
        four_days_ago["partner"]["pain_after"],
        json!(3),
        "A's pain the morning after"
    );
    assert_eq!(
        four_days_ago["partner"]["pain_before"],
        json!(null),
        "A did not share intimacy details"
    );
    assert_eq!(
        (
            together["mine_unmatched"].clone(),
            together["partner_unmatched"].clone()
        ),
        (json!(1), json!(1))
    );

    // Re-importing the same share adds nothing.
    let again = ok(
        &b.0,
        &[
            "import",
            "--file",
            share.to_str().unwrap(),
            "--partner",
            "Alex",
            "--passphrase-env",
            "SHARE_PASS",
        ],
    );
    assert_eq!(again["added"], json!(0), "no duplicates on re-import");
    let partners = ok(&b.0, &["partners"]);
    assert_eq!(partners.as_array().unwrap().len(), 1, "still one partner");
    assert_eq!(
        (
            partners[0]["pain"].clone(),
            partners[0]["activities"].clone()
        ),
        (json!(3), json!(3)),
        "same counts"
    );

    // A's own share cannot come back into A as a partner's.
    let (code, _, err) = backstory(
        &a.0,
        &[
            "import",
            "--file",
            share.to_str().unwrap(),
            "--partner",
            "Me",
            "--passphrase-env",
            "SHARE_PASS",
        ],
    );
    assert_ne!(code, 0);
    assert!(err.contains("this very journal"), "{err}");

    // Removing the partner removes everything of theirs.
    let removed = ok(&b.0, &["remove-partner", "--partner", &partner_id]);
    assert_eq!(removed["removed_entries"], json!(6));
    assert_eq!(ok(&b.0, &["partners"]), json!([]));
}

#[test]
fn report_backup_and_restore_from_the_cli() {
    let a = TempDir::new("backup");
    seed(&a.0, &[(5, 21, 0, 2, 4), (3, 21, 0, 2, 3)]);
    let pdf = a.0.join("report.pdf");
    let report = ok(&a.0, &["report", "--out", pdf.to_str().unwrap()]);
    assert!(
        std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"),
        "a PDF is written"
    );
    assert!(
        report["report"]["summary"]
            .to_string()
            .contains("2 on 2 of 90 days"),
        "the report's numbers: {report}"
    );
    assert_eq!(
        report["report"]["name"],
        json!(null),
        "no name unless one is given"
    );
    let named = ok(
        &a.0,
        &[
            "report",
            "--out",
            pdf.to_str().unwrap(),
            "--name",
            "Ελένη",
            "--questions",
            "Is this urgent?",
            "--intimacy",
        ],
    );
    assert_eq!(named["report"]["name"], json!("Ελένη"));
    assert_eq!(named["report"]["questions"], json!("Is this urgent?"));
    assert_eq!(named["report"]["includes"]["intimacy_details"], json!(true));
    assert_eq!(named["report"]["includes"]["notes"], json!(false));

    let copy = a.0.join("copy.db");
    let info = ok(&a.0, &["backup", "--out", copy.to_str().unwrap()]);
    assert_eq!(
        (info["pain"].clone(), info["activities"].clone()),
        (json!(2), json!(2))
    );
    let auto = ok(&a.0, &["backup", "--auto"]);
    assert!(
        auto["written"].is_string(),
        "today's rotating backup is written: {auto}"
    );
    assert_eq!(
        ok(&a.0, &["backup", "--auto"])["written"],
        json!(null),
        "only once a day"
    );

    seed(&a.0, &[(1, 21, 0, 1, 1)]);
    let restored = ok(&a.0, &["restore", "--file", copy.to_str().unwrap()]);
    assert_eq!(
        restored["pain"],
        json!(2),
        "the backup's two pain entries are back"
    );
    assert!(
        Path::new(restored["safety_backup"].as_str().unwrap()).exists(),
        "the journal before the restore was saved"
    );
    assert_eq!(ok(&a.0, &["list"])["items"].as_array().unwrap().len(), 4);

    let junk = a.0.join("junk.db");
    std::fs::write(&junk, "x".repeat(4096)).unwrap();
    let (code, _, err) = backstory(&a.0, &["restore", "--file", junk.to_str().unwrap()]);
    assert_ne!(code, 0, "a file that is not a backup is refused");
    assert!(err.contains("not a Backstory backup"), "{err}");

    let csv = a.0.join("entries.csv");
    ok(&a.0, &["export", "--csv", "--out", csv.to_str().unwrap()]);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("kind,id,date"), "CSV with a header row");
    assert_eq!(text.lines().count(), 5, "header + 4 entries");
}
