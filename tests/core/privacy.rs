//! Private by default (issue 12): what a default partner share holds, field by field;
//! owner-only files and folders whatever the umask; deleted means deleted (secure_delete,
//! backups made before an upgrade or a restore rotated out like the daily ones).

use crate::support::*;
use backstory_core::domain::*;
use backstory_core::exchange::report::ReportRequest;
use backstory_core::exchange::*;
use backstory_core::store::backups::{BACKUP_DIR, DAILY_KEEP};
use backstory_core::store::{Passphrase, JOURNAL_FILE, UPGRADE_BACKUP_PREFIX};
use backstory_core::Journal;
use chrono::{Duration, NaiveDate};
use std::path::{Path, PathBuf};

const PASSPHRASE: &str = "correct horse battery";
const TEST_LOG_N: u8 = 10;

fn golden(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(crate::support::ROOT)
            .join("tests/data/export")
            .join(name),
    )
    .expect("golden file exists")
}

/// A journal whose every private field is filled in: all warning signs, leg symptoms in
/// both legs, intimacy details, notes everywhere, a profile and a display name.
fn everything_filled() -> Journal {
    let mut j = Journal::open_in_memory().expect("journal opens");
    let mut profile = j.settings().profile().unwrap();
    profile.display_name = "Robin".into();
    profile.conditions = vec![Condition::DiscHerniation];
    j.settings_mut()
        .save_profile(profile, now())
        .expect("profile saves");
    let mut act = activity_at(local(2026, 11, 20, 21, 0), ActivityKind::Intimacy);
    act.intimacy = Some(IntimacyDetails {
        positions: vec![],
        role: Some(PartnerRole::Resting),
        props: vec![Prop::PillowUnderLowerBack],
        warm_up: true,
        pain_before: Some(3),
    });
    act.notes = "ACTIVITY-NOTE-SECRET".into();
    let act = j.entries().add_activity(act, now()).unwrap();
    let mut pain = pain_at(local(2026, 11, 21, 8, 0), 6);
    pain.activity_id = Some(act.id);
    pain.interference_intimacy = Some(7);
    pain.leg = LegSymptoms {
        numbness: true,
        tingling: true,
        weakness: true,
        side: Some(LegSide::BothLegs),
    };
    pain.emergency = EmergencySigns {
        saddle_numbness: true,
        bladder_bowel_change: true,
        sexual_function_change: true,
        fever: true,
        leg_weakness_worsening: true,
        night_pain: true,
        back_lump: true,
        both_legs: true,
    };
    pain.notes = "PAIN-NOTE-SECRET".into();
    let pain = j.entries().add_pain(pain, now()).unwrap();
    let mut relief = activity_at(local(2026, 11, 21, 9, 0), ActivityKind::PainRelief);
    relief.relief = Some(ReliefDetails {
        what: ReliefKind::Medicine,
        medicine: "MEDICINE-SECRET".into(),
        dose: "DOSE-SECRET".into(),
        relief: Some(5),
        for_pain_id: Some(pain.id),
    });
    j.entries().add_activity(relief, now()).unwrap();
    j.entries()
        .save_check_in(
            CheckInDraft {
                date: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
                stress: 4,
                sleep_hours: Some(7.0),
                sleep_quality: Some(6),
                stiffness: Some(3),
                notes: "CHECKIN-NOTE-SECRET".into(),
            },
            now(),
            now().date_naive(),
        )
        .unwrap();
    j
}

/// Exports through the real path (export_bytes: document, JSON, age) and decrypts.
fn share(j: &mut Journal, includes: Option<Includes>) -> (Vec<u8>, serde_json::Value) {
    let req = ExportRequest {
        kind: ExportKind::Partner,
        range: DateRange::default(),
        includes,
    };
    let (bytes, _) = j
        .exchange()
        .export_bytes(&req, Some(PASSPHRASE), TEST_LOG_N, now())
        .expect("partner share exports");
    let plain = crypto::decrypt(&bytes, PASSPHRASE, crypto::MAX_WORK_FACTOR, 1 << 26)
        .expect("the share decrypts");
    let value = serde_json::from_slice(&plain).expect("the share is JSON");
    (bytes, value)
}

#[test]
fn a_default_partner_share_holds_no_private_field() {
    let mut j = everything_filled();
    let (bytes, doc) = share(&mut j, None);
    let text = String::from_utf8(
        crypto::decrypt(&bytes, PASSPHRASE, crypto::MAX_WORK_FACTOR, 1 << 26).unwrap(),
    )
    .unwrap();
    for needle in [
        // Warning-sign answers and leg symptoms, by key.
        "saddle_numbness",
        "bladder_bowel_change",
        "sexual_function_change",
        "fever",
        "leg_weakness_worsening",
        "night_pain",
        "back_lump",
        "\"emergency\"",
        "\"leg\"",
        "numbness",
        "both_legs",
        // Free text anywhere, a medicine's name and dose too.
        "NOTE-SECRET",
        "MEDICINE-SECRET",
        "DOSE-SECRET",
        // Intimacy details.
        "pillow_under_lower_back",
        "resting",
        "pain_before",
        // Profile.
        "disc_herniation",
    ] {
        assert!(
            !text.contains(needle),
            "a default share must not contain {needle:?}; it was:\n{text}"
        );
    }
    assert_eq!(doc["version"], 5, "shares are written in format version 5");
    assert_eq!(
        doc["experiments"],
        serde_json::json!([]),
        "no experiment unless chosen"
    );
    let relief = doc["activities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["entry"]["kind"] == "pain_relief")
        .expect("the relief entry itself is shared");
    assert_eq!(relief["entry"]["relief"]["what"], "medicine");
    assert_eq!(
        relief["entry"]["relief"]["relief"], 5,
        "how much it helped is shared"
    );
    assert_eq!(
        doc["includes"]["warning_signs"], false,
        "the file says warning signs were left out"
    );
    let pain = &doc["pain"][0]["entry"];
    assert_eq!(pain["nrs"], 6, "the pain score itself is shared");
    assert!(
        pain.get("leg").is_none() && pain.get("emergency").is_none(),
        "leg and emergency keys are absent (unknown), not written as false: {pain}"
    );
    assert_eq!(pain["interference_intimacy"], serde_json::Value::Null);
    assert_eq!(pain["notes"], "");
    assert_eq!(
        doc["activities"][0]["entry"]["intimacy"],
        serde_json::Value::Null
    );
    assert_eq!(doc["check_ins"][0]["entry"]["notes"], "");
    assert_eq!(
        doc["profile"],
        serde_json::Value::Null,
        "no profile in a share"
    );
    assert_eq!(doc["alerts"], serde_json::json!([]), "no alerts by default");
    // The journal's own red-flag alerts (it has emergency answers) are not in it either.
    assert!(
        !text.contains("cauda"),
        "no alert rule ids in a default share"
    );
}

#[test]
fn a_share_with_warning_signs_ticked_carries_them() {
    let mut j = everything_filled();
    let (_, doc) = share(
        &mut j,
        Some(Includes {
            warning_signs: true,
            ..Includes::partner_default()
        }),
    );
    let pain = &doc["pain"][0]["entry"];
    assert_eq!(doc["includes"]["warning_signs"], true);
    assert_eq!(pain["emergency"]["saddle_numbness"], true, "{pain}");
    assert_eq!(pain["emergency"]["bladder_bowel_change"], true, "{pain}");
    assert_eq!(pain["leg"]["side"], "both_legs", "{pain}");
    assert_eq!(pain["notes"], "", "notes stay out unless ticked too");
}

#[test]
fn a_share_without_warning_signs_imports_as_unknown_and_one_with_them_as_known() {
    let mut mine = everything_filled();
    let (default_share, _) = share(&mut mine, None);
    let mut partner = Journal::open_in_memory().unwrap();
    partner
        .partners()
        .import(&default_share, "Robin", Some(PASSPHRASE), now())
        .expect("a share without warning signs imports");
    let p = &partner.partners().list().unwrap()[0];
    assert_eq!(
        (p.pain, p.pain_without_warning_signs),
        (1, 1),
        "the partner view knows the warning signs are unknown"
    );

    let (full, _) = share(
        &mut mine,
        Some(Includes {
            warning_signs: true,
            ..Includes::partner_default()
        }),
    );
    partner
        .partners()
        .import(
            &full,
            "Robin",
            Some(PASSPHRASE),
            now() + Duration::minutes(1),
        )
        .expect("a share with warning signs imports");
    let p = &partner.partners().list().unwrap()[0];
    assert_eq!(p.pain_without_warning_signs, 0, "now they are known");
    let page = partner
        .partners()
        .timeline(
            p.id,
            &TimelineQuery {
                limit: 50,
                ..Default::default()
            },
        )
        .unwrap();
    let shared = page
        .items
        .iter()
        .find_map(|i| match i {
            TimelineItem::Pain(e) => Some(e.draft.clone()),
            _ => None,
        })
        .expect("the pain entry is there");
    assert!(shared.emergency.saddle_numbness && shared.leg.side == Some(LegSide::BothLegs));
}

#[test]
fn withdrawing_warning_signs_in_a_newer_share_forgets_the_older_answers() {
    let mut mine = everything_filled();
    let (full, _) = share(
        &mut mine,
        Some(Includes {
            warning_signs: true,
            ..Includes::partner_default()
        }),
    );
    let mut partner = Journal::open_in_memory().unwrap();
    partner
        .partners()
        .import(&full, "Robin", Some(PASSPHRASE), now())
        .unwrap();
    let (default_share, _) = share(&mut mine, None);
    partner
        .partners()
        .import(
            &default_share,
            "Robin",
            Some(PASSPHRASE),
            now() + Duration::minutes(1),
        )
        .unwrap();
    let bodies: Vec<String> = backstory_core::store::inspect::connection(&partner)
        .prepare("SELECT body FROM partner_entry")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert!(
        bodies.iter().all(|b| !b.contains("saddle_numbness")),
        "no stored copy keeps an answer the partner stopped sharing: {bodies:?}"
    );
}

#[test]
fn golden_v2_partner_share_without_warning_signs_imports() {
    let mut j = Journal::open_in_memory().unwrap();
    let s = j
        .partners()
        .import(&golden("v2-partner.json"), "Sam", None, now())
        .expect("the v2 golden share imports");
    assert!(s.added > 0);
    let p = &j.partners().list().unwrap()[0];
    assert_eq!(
        p.pain_without_warning_signs, p.pain,
        "every pain entry of the v2 golden share has unknown warning signs"
    );
    // A version 1 share always carried them: known.
    let mut old = Journal::open_in_memory().unwrap();
    old.partners()
        .import(&golden("v1-partner.json"), "Sam", None, now())
        .expect("v1 still imports");
    assert_eq!(
        old.partners().list().unwrap()[0].pain_without_warning_signs,
        0
    );
}

#[test]
fn the_written_file_never_holds_warning_signs_that_were_not_chosen() {
    let mut j = everything_filled();
    let req = ExportRequest {
        kind: ExportKind::Partner,
        range: DateRange::default(),
        includes: None,
    };
    let mut doc = j.exchange().export_document(&req, now()).unwrap();
    // A document whose entries were not reset still comes out without the keys.
    doc.pain[0].entry.emergency.fever = true;
    let text = String::from_utf8(doc.to_json().unwrap()).unwrap();
    assert!(
        !text.contains("\"emergency\"") && !text.contains("\"leg\""),
        "{text}"
    );
}

#[test]
fn a_file_that_withholds_warning_signs_but_carries_them_is_read_as_unknown() {
    let mut v: serde_json::Value = serde_json::from_slice(&golden("v2-partner.json")).unwrap();
    v["pain"][0]["entry"]["emergency"] = serde_json::json!({"saddle_numbness": true});
    let mut j = Journal::open_in_memory().unwrap();
    j.partners()
        .import(&serde_json::to_vec(&v).unwrap(), "Sam", None, now())
        .expect("imports");
    let body: String = backstory_core::store::inspect::connection(&j)
        .query_row(
            "SELECT body FROM partner_entry WHERE kind = 'pain' AND body LIKE '%saddle%'",
            [],
            |r| r.get(0),
        )
        .unwrap_or_default();
    assert_eq!(body, "", "what includes says was not shared is not stored");
}

// ---------------------------------------------------------------- file permissions

// Linux: the child reads its umask from /proc to prove the test is not vacuous.
#[cfg(target_os = "linux")]
mod permissions {
    use super::*;
    use backstory_core::store::private::mode_of;
    use std::process::Command;

    /// The process's file-creation mask, from /proc (Linux), so a child can prove it runs
    /// under the umask it was given.
    fn umask_now() -> Option<u32> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        let line = status.lines().find(|l| l.starts_with("Umask:"))?;
        u32::from_str_radix(line.trim_start_matches("Umask:").trim(), 8).ok()
    }

    /// Runs one ignored test of this binary in a child process whose umask is `mask`
    /// (umask is per process, and this crate forbids the unsafe call that sets it).
    fn run_under_umask(mask: &str, test: &str) {
        let exe = std::env::current_exe().expect("test binary");
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!("umask {mask} && exec \"$0\" \"$@\""))
            .arg(exe)
            .args([
                test,
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("BACKSTORY_TEST_UMASK", mask)
            .output()
            .expect("the child test runs");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.status.success() && text.contains("1 passed"),
            "{test} under umask {mask} failed:\n{text}"
        );
    }

    fn assert_mode(path: &Path, want: u32) {
        let got = mode_of(path).unwrap_or_else(|e| panic!("{} exists: {e}", path.display()));
        assert_eq!(
            got,
            want,
            "{} should be {want:o}, is {got:o}",
            path.display()
        );
    }

    fn sidecar(path: &Path, suffix: &str) -> PathBuf {
        PathBuf::from(format!("{}{suffix}", path.display()))
    }

    #[test]
    fn every_file_backstory_writes_is_owner_only_under_umask_022() {
        run_under_umask(
            "022",
            "privacy::permissions::files_written_by_every_path_are_owner_only",
        );
    }

    /// Run by the test above in a child with umask 022 (ignored on its own).
    #[test]
    #[ignore = "runs in a child process with a set umask"]
    fn files_written_by_every_path_are_owner_only() {
        let wanted = std::env::var("BACKSTORY_TEST_UMASK").expect("started by the parent test");
        assert_eq!(
            umask_now().map(|m| format!("{m:03o}")),
            Some(wanted),
            "the child runs under the umask the parent set"
        );
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        let db = data.join(JOURNAL_FILE);

        // Save: the journal, its -wal and -shm, the folder.
        let mut j = Journal::open(&db).expect("journal opens");
        j.entries()
            .add_pain(pain_at(local(2026, 11, 21, 8, 0), 4), now())
            .unwrap();
        assert_mode(&data, 0o700);
        assert_mode(&db, 0o600);
        assert_mode(&sidecar(&db, "-wal"), 0o600);
        assert_mode(&sidecar(&db, "-shm"), 0o600);

        // Auto-backup and a full backup the user saves.
        let auto = j
            .file()
            .auto_backup(&data, NaiveDate::from_ymd_opt(2026, 11, 27).unwrap())
            .unwrap()
            .expect("today's backup is written");
        assert_mode(&data.join(BACKUP_DIR), 0o700);
        assert_mode(&auto, 0o600);
        let out = tmp.path().join("out");
        std::fs::create_dir(&out).unwrap();
        let full = out.join("full.db");
        j.file().backup_to(&full).unwrap();
        assert_mode(&full, 0o600);

        // Exports, report, CSV.
        let share = out.join("share.age");
        j.exchange()
            .export_to_file(
                &ExportRequest {
                    kind: ExportKind::Partner,
                    range: DateRange::default(),
                    includes: None,
                },
                Some(PASSPHRASE),
                TEST_LOG_N,
                &share,
                now(),
            )
            .unwrap();
        let own = out.join("own.json");
        j.exchange()
            .export_to_file(
                &ExportRequest {
                    kind: ExportKind::Backup,
                    range: DateRange::default(),
                    includes: None,
                },
                None,
                TEST_LOG_N,
                &own,
                now(),
            )
            .unwrap();
        let csv = out.join("entries.csv");
        j.exchange()
            .export_csv_to_file(
                &ExportRequest {
                    kind: ExportKind::Backup,
                    range: DateRange::default(),
                    includes: None,
                },
                &csv,
                now(),
            )
            .unwrap();
        let pdf = out.join("report.pdf");
        let today = now().date_naive();
        j.exchange()
            .report_to_file(
                &ReportRequest::new(today - Duration::days(30), today),
                &crate::support::report_fonts(),
                &pdf,
                now(),
                today,
            )
            .unwrap();
        for f in [&share, &own, &csv, &pdf] {
            assert_mode(f, 0o600);
        }

        // Restore from a backup that is world-readable: the safety copy is owner-only
        // and the journal stays so.
        std::fs::set_permissions(&full, std::os::unix::fs::PermissionsExt::from_mode(0o644))
            .unwrap();
        let summary = j
            .file_mut()
            .restore_from(&full, &data.join(BACKUP_DIR), now())
            .expect("restores");
        assert_mode(Path::new(&summary.safety_backup), 0o600);
        assert_mode(&db, 0o600);
        for entry in std::fs::read_dir(data.join(BACKUP_DIR)).unwrap() {
            assert_mode(&entry.unwrap().path(), 0o600);
        }

        // Encryption on: the converted journal replaces the file and stays owner-only.
        j.file_mut()
            .enable_encryption(&Passphrase::new_choice(PASSPHRASE).unwrap())
            .expect("encrypts");
        assert_mode(&db, 0o600);
        drop(j);

        // A journal from an older schema: the backup made before the upgrade.
        let old_dir = tmp.path().join("old");
        std::fs::create_dir(&old_dir).unwrap();
        let old_db = old_dir.join(JOURNAL_FILE);
        std::fs::copy(
            Path::new(crate::support::ROOT).join("tests/data/schema/v1.db"),
            &old_db,
        )
        .unwrap();
        let upgraded = Journal::open(&old_db).expect("the old journal upgrades");
        let pre = old_dir
            .join(BACKUP_DIR)
            .join(format!("{UPGRADE_BACKUP_PREFIX}1.db"));
        assert_mode(&pre, 0o600);
        assert_mode(&old_dir.join(BACKUP_DIR), 0o700);
        assert_mode(&old_db, 0o600);
        drop(upgraded);
    }

    #[test]
    fn a_data_folder_open_to_others_is_made_private_at_start_and_said_once() {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        let db = data.join(JOURNAL_FILE);
        let j = Journal::open(&db).unwrap();
        j.file()
            .auto_backup(&data, NaiveDate::from_ymd_opt(2026, 11, 27).unwrap())
            .unwrap();
        drop(j);
        // As an older Backstory (or a copy by hand) left it.
        use std::os::unix::fs::PermissionsExt;
        let open = |p: &Path, m: u32| {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap()
        };
        open(&data, 0o755);
        open(&db, 0o644);
        open(&data.join(BACKUP_DIR), 0o755);
        let backup = std::fs::read_dir(data.join(BACKUP_DIR))
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        open(&backup, 0o644);

        let listing = |d: &Path| -> Vec<String> {
            let mut v: Vec<String> = std::fs::read_dir(d)
                .unwrap()
                .map(|e| {
                    let p = e.unwrap().path();
                    format!("{} {:o}", p.display(), mode_of(&p).unwrap())
                })
                .collect();
            v.sort();
            v
        };
        let before = [listing(&data), listing(&data.join(BACKUP_DIR))].concat();
        let j = Journal::open(&db).unwrap();
        // The four above, plus the -wal and -shm that SQLite's read-only pre-flight check
        // created from the (then) 0644 journal, before anything was written to them.
        assert!(
            j.file().permissions_repaired() >= 4,
            "folder, journal, backups folder, backup were repaired ({}); before: {before:#?}",
            j.file().permissions_repaired()
        );
        for item in [listing(&data), listing(&data.join(BACKUP_DIR))].concat() {
            assert!(
                item.ends_with(" 600") || item.ends_with(" 700"),
                "owner-only after the start: {item}"
            );
        }
        assert_mode(&data, 0o700);
        assert_mode(&db, 0o600);
        assert_mode(&data.join(BACKUP_DIR), 0o700);
        assert_mode(&backup, 0o600);
        drop(j);
        let again = Journal::open(&db).unwrap();
        assert_eq!(
            again.file().permissions_repaired(),
            0,
            "the next start finds nothing to repair, so the notice shows once"
        );
    }
}

// ---------------------------------------------------------------- deleted means deleted

#[test]
fn a_purged_entry_is_overwritten_in_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join(JOURNAL_FILE);
    let mut j = Journal::open(&db).unwrap();
    let marker = "PURGED-ENTRY-MARKER-1234567890";
    for i in 0..20 {
        let mut p = pain_at(local(2026, 11, 1 + i, 8, 0), 3);
        p.notes = format!("{marker} {i}");
        let saved = j.entries().add_pain(p, now()).unwrap();
        j.entries()
            .delete_entry(EntryKind::Pain, saved.id, now())
            .unwrap();
    }
    j.entries()
        .purge_deleted(now() + Duration::days(2))
        .unwrap();
    backstory_core::store::inspect::connection(&j)
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    drop(j);
    let bytes = std::fs::read(&db).unwrap();
    let found = bytes
        .windows(marker.len())
        .filter(|w| *w == marker.as_bytes())
        .count();
    assert_eq!(
        found, 0,
        "a purged note must not stay readable in the file's free space (secure_delete)"
    );
}

#[test]
fn secure_delete_is_on_for_every_opened_journal() {
    let tmp = tempfile::tempdir().unwrap();
    let j = Journal::open(&tmp.path().join(JOURNAL_FILE)).unwrap();
    let on: i64 = backstory_core::store::inspect::connection(&j)
        .query_row("PRAGMA secure_delete", [], |r| r.get(0))
        .unwrap();
    assert_eq!(on, 1);
}

#[test]
fn a_pre_upgrade_backup_rotates_out_like_the_daily_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path();
    let j = Journal::open(&data.join(JOURNAL_FILE)).unwrap();
    let dir = data.join(BACKUP_DIR);
    let pre = dir.join(format!("{UPGRADE_BACKUP_PREFIX}5.db"));
    let safety = dir.join("before-restore-2026-11-01T10-00-00Z.db");
    for f in [&pre, &safety] {
        j.file().backup_to(f).unwrap();
        // Made ten days before the daily backups below.
        std::fs::File::options()
            .write(true)
            .open(f)
            .unwrap()
            .set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(10 * 86400))
            .unwrap();
    }
    let day0 = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    for i in 0..DAILY_KEEP as i64 {
        assert!(
            pre.exists() && safety.exists(),
            "kept while only {i} newer daily backups exist"
        );
        j.file()
            .auto_backup(data, day0 + Duration::days(i))
            .unwrap();
    }
    assert!(
        !pre.exists(),
        "once {DAILY_KEEP} newer verified daily backups exist, the pre-upgrade copy goes"
    );
    assert!(
        !safety.exists(),
        "and so does the copy made before a restore"
    );
    let dailies = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(dailies, DAILY_KEEP, "the daily backups themselves stay");
}
