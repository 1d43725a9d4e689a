//! Encryption at rest (SQLCipher): turning it on and off, changing the passphrase, wrong or
//! missing passphrases refused with nothing touched, backups following the journal, and a
//! unique marker in every text field that must appear nowhere on disk in plain text.

use crate::support::{activity_at, local, now, pain_at};
use backstory_core::domain::*;
use backstory_core::error::DatabaseProblem;
use backstory_core::exchange::{DateRange, ExportKind, ExportRequest};
use backstory_core::store::backups::{inspect_backup_with, BACKUP_DIR};
use backstory_core::store::{
    file_kind, key_derivations_on_this_thread, FileKind, Passphrase, JOURNAL_FILE, KDF_ITER,
};
use backstory_core::{CoreError, Journal};
use chrono::NaiveDate;
use rstest::rstest;
use std::path::{Path, PathBuf};

const PASS: &str = "a long journal passphrase";
const OTHER: &str = "another passphrase entirely";
/// Small scrypt work factor for the age-encrypted export files in these tests.
const TEST_LOG_N: u8 = 10;

fn pass(text: &str) -> Passphrase {
    Passphrase::new(text).expect("passphrase accepted")
}

fn problem(err: &CoreError) -> Option<DatabaseProblem> {
    match err {
        CoreError::Database { reason, .. } => Some(*reason),
        _ => None,
    }
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The files under `dir` whose bytes contain `marker` (UTF-8 or UTF-16LE).
fn files_containing(dir: &Path, marker: &str) -> Vec<PathBuf> {
    let utf8 = marker.as_bytes().to_vec();
    let utf16: Vec<u8> = marker
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    files_under(dir)
        .into_iter()
        .filter(|p| {
            let bytes = std::fs::read(p).unwrap_or_default();
            [&utf8, &utf16]
                .iter()
                .any(|m| bytes.windows(m.len()).any(|w| w == m.as_slice()))
        })
        .collect()
}

fn journal_with_entries(path: &Path, key: Option<&Passphrase>) -> Journal {
    let mut j = Journal::open_with(path, key).expect("journal opens");
    let mut p = pain_at(local(2026, 11, 20, 8, 0), 6);
    p.notes = "stiff after the drive".into();
    j.entries().add_pain(p, now()).unwrap();
    j
}

fn count_pain(j: &Journal) -> i64 {
    backstory_core::store::inspect::connection(j)
        .query_row("SELECT count(*) FROM pain_entry", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn turning_encryption_on_then_off_keeps_every_entry_and_changes_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(JOURNAL_FILE);
    let mut j = journal_with_entries(&path, None);
    j.file()
        .auto_backup(dir.path(), NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
        .unwrap();
    assert_eq!(file_kind(&path).unwrap(), FileKind::Plain);

    let change = j
        .file_mut()
        .enable_encryption(&pass(PASS))
        .expect("encryption turns on");
    assert!(j.file().is_encrypted() && change.encrypted);
    assert_eq!(
        (change.backups_converted, change.backups_skipped),
        (1, 0),
        "the daily backup is encrypted too"
    );
    assert_eq!(
        file_kind(&path).unwrap(),
        FileKind::Encrypted,
        "the journal file has no plain SQLite header any more"
    );
    j.entries()
        .add_pain(pain_at(local(2026, 11, 21, 8, 0), 3), now())
        .expect("the journal keeps working after the swap");
    drop(j);

    let mut j = Journal::open_with(&path, Some(&pass(PASS))).expect("opens with the passphrase");
    assert_eq!(count_pain(&j), 2, "both entries are there");
    let backup = dir.path().join(BACKUP_DIR).join("journal-2026-11-26.db");
    assert_eq!(file_kind(&backup).unwrap(), FileKind::Encrypted);
    assert_eq!(
        inspect_backup_with(&backup, Some(&pass(PASS)))
            .unwrap()
            .pain,
        1,
        "the converted backup still holds what it held"
    );

    let change = j
        .file_mut()
        .disable_encryption(&pass(PASS))
        .expect("encryption turns off");
    assert!(!change.encrypted && !j.file().is_encrypted());
    assert_eq!(file_kind(&path).unwrap(), FileKind::Plain);
    assert_eq!(
        file_kind(&backup).unwrap(),
        FileKind::Plain,
        "backups follow"
    );
    drop(j);
    let j = Journal::open(&path).expect("opens without a passphrase again");
    assert_eq!(count_pain(&j), 2);
    let left: Vec<_> = files_under(dir.path())
        .into_iter()
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect();
    assert!(left.is_empty(), "no converted copy is left over: {left:?}");
}

#[test]
fn changing_the_passphrase_rekeys_the_journal_and_its_backups() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(JOURNAL_FILE);
    let mut j = journal_with_entries(&path, Some(&pass(PASS)));
    let backup = dir.path().join(BACKUP_DIR).join("manual.db");
    j.file().backup_to(&backup).unwrap();
    let wrong = j
        .file_mut()
        .change_passphrase(&pass(OTHER), &pass("third passphrase"))
        .expect_err("the current passphrase must be given");
    assert_eq!(problem(&wrong), Some(DatabaseProblem::WrongPassphrase));

    let change = j
        .file_mut()
        .change_passphrase(&pass(PASS), &pass(OTHER))
        .unwrap();
    assert_eq!(change.backups_converted, 1);
    drop(j);
    let old = Journal::open_with(&path, Some(&pass(PASS)))
        .err()
        .expect("old one fails");
    assert_eq!(problem(&old), Some(DatabaseProblem::WrongPassphrase));
    let j = Journal::open_with(&path, Some(&pass(OTHER))).expect("new one opens");
    assert_eq!(count_pain(&j), 1);
    assert!(
        inspect_backup_with(&backup, Some(&pass(PASS))).is_err(),
        "the old passphrase no longer opens the backup"
    );
    assert_eq!(
        inspect_backup_with(&backup, Some(&pass(OTHER)))
            .unwrap()
            .pain,
        1
    );
}

#[rstest]
#[case::no_passphrase(None, DatabaseProblem::Encrypted)]
#[case::wrong_passphrase(Some(OTHER), DatabaseProblem::WrongPassphrase)]
#[case::almost_right(Some("a long journal passphrasE"), DatabaseProblem::WrongPassphrase)]
fn an_encrypted_journal_refuses_a_wrong_or_missing_passphrase_untouched(
    #[case] given: Option<&str>,
    #[case] expected: DatabaseProblem,
) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(JOURNAL_FILE);
    drop(journal_with_entries(&path, Some(&pass(PASS))));
    let before: Vec<(PathBuf, Vec<u8>)> = files_under(dir.path())
        .into_iter()
        .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
        .collect();
    let key = given.map(pass);
    let err = Journal::open_with(&path, key.as_ref())
        .err()
        .expect("must be refused");
    assert_eq!(
        problem(&err),
        Some(expected),
        "refused as {expected:?}: {err}"
    );
    let text = format!("{err} {err:?}");
    assert!(
        !text.contains(PASS) && given.is_none_or(|g| !text.contains(g)),
        "no passphrase in the error: {text}"
    );
    let after: Vec<(PathBuf, Vec<u8>)> = files_under(dir.path())
        .into_iter()
        .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
        .collect();
    assert_eq!(after, before, "no file was created, changed or removed");
}

#[test]
fn a_passphrase_never_shows_in_debug_output() {
    let p = pass(PASS);
    assert!(
        !format!("{p:?}").contains(PASS),
        "Debug hides the passphrase"
    );
}

#[rstest]
#[case::too_short("short", "at least 8")]
#[case::empty("", "at least 8")]
fn a_new_passphrase_must_be_long_enough(#[case] text: &str, #[case] expected: &str) {
    let err = Passphrase::new_choice(text).expect_err("refused");
    assert!(err.to_string().contains(expected), "{err}");
}

#[test]
fn the_key_derivation_uses_the_documented_iteration_count() {
    let dir = tempfile::tempdir().unwrap();
    let j = journal_with_entries(&dir.path().join(JOURNAL_FILE), Some(&pass(PASS)));
    let iter: String = backstory_core::store::inspect::connection(&j)
        .query_row("PRAGMA kdf_iter", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        iter,
        KDF_ITER.to_string(),
        "PBKDF2 iterations (about 0.65 s here); lowering them weakens the passphrase"
    );
}

#[test]
fn unlocking_derives_the_key_once_for_every_connection_of_the_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(JOURNAL_FILE);
    drop(journal_with_entries(&path, Some(&pass(PASS))));

    // The full open: read-only check, then the journal's connection.
    let before = key_derivations_on_this_thread();
    let j = Journal::open_with(&path, Some(&pass(PASS))).expect("the right passphrase opens");
    assert_eq!(
        key_derivations_on_this_thread() - before,
        1,
        "one PBKDF2 derivation for the check and the journal's connection"
    );
    assert_eq!(count_pain(&j), 1, "the derived key reads the entries");
    drop(j);

    // The start-up open: cheap check, the journal's connection, the later full check.
    let before = key_derivations_on_this_thread();
    let (mut j, check) =
        Journal::open_check_later(&path, Some(&pass(PASS))).expect("the right passphrase opens");
    let check = check.expect("the full check is left for later");
    check
        .run()
        .expect("the full check reads the file with the derived key");
    j.file_mut().mark_verified(&check).unwrap();
    assert_eq!(
        key_derivations_on_this_thread() - before,
        1,
        "one derivation for the cheap check, the journal and the later full check"
    );
    assert_eq!(count_pain(&j), 1);
    // Saves and backups after an open with the derived key still follow the passphrase.
    j.entries()
        .add_pain(pain_at(local(2026, 11, 21, 8, 0), 3), now())
        .unwrap();
    let backup = dir.path().join(BACKUP_DIR).join("after-raw-key.db");
    j.file().backup_to(&backup).expect("backup written");
    drop(j);
    inspect_backup_with(&backup, Some(&pass(PASS))).expect("the backup opens with the passphrase");
    let again = Journal::open_with(&path, Some(&pass(PASS))).unwrap();
    assert_eq!(count_pain(&again), 2, "both entries kept");

    // A wrong passphrase costs one derivation too, and is refused.
    let before = key_derivations_on_this_thread();
    let err = Journal::open_with(&path, Some(&pass(OTHER)))
        .err()
        .expect("a wrong passphrase is refused");
    assert_eq!(problem(&err), Some(DatabaseProblem::WrongPassphrase));
    assert_eq!(key_derivations_on_this_thread() - before, 1);
}

// Never below SQLCipher's own default (checked when the tests compile).
const _: () = assert!(KDF_ITER >= 256_000);

#[test]
fn a_plain_backup_export_is_refused_while_the_journal_is_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = journal_with_entries(&dir.path().join(JOURNAL_FILE), Some(&pass(PASS)));
    let req = ExportRequest {
        kind: ExportKind::Backup,
        range: DateRange::default(),
        includes: None,
    };
    let err = j
        .exchange()
        .export_bytes(&req, None, TEST_LOG_N, now())
        .expect_err("a plain copy would undo encryption at rest");
    assert_eq!(err.field(), Some("passphrase"), "{err}");
    let (bytes, summary) = j
        .exchange()
        .export_bytes(&req, Some(PASS), TEST_LOG_N, now())
        .expect("with a passphrase it is written");
    assert!(summary.encrypted && bytes.starts_with(b"age-encryption.org/v1\n"));
}

#[test]
fn an_encrypted_journal_restores_its_own_backup_and_a_plain_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(JOURNAL_FILE);
    let mut j = journal_with_entries(&path, None);
    let plain_backup = dir.path().join("plain-backup.db");
    j.file().backup_to(&plain_backup).unwrap();
    j.file_mut().enable_encryption(&pass(PASS)).unwrap();
    let own = dir.path().join("own-backup.db");
    j.file().backup_to(&own).unwrap();
    assert_eq!(file_kind(&own).unwrap(), FileKind::Encrypted);
    j.entries()
        .add_pain(pain_at(local(2026, 11, 22, 8, 0), 2), now())
        .unwrap();

    let s = j
        .file_mut()
        .restore_from(&own, &dir.path().join(BACKUP_DIR), now())
        .expect("its own encrypted backup restores");
    assert_eq!(s.pain, 1);
    assert_eq!(
        file_kind(Path::new(&s.safety_backup)).unwrap(),
        FileKind::Encrypted,
        "the safety copy is encrypted too"
    );
    j.entries()
        .add_pain(pain_at(local(2026, 11, 23, 8, 0), 2), now())
        .unwrap();
    let s = j
        .file_mut()
        .restore_from(&plain_backup, &dir.path().join(BACKUP_DIR), now())
        .expect("a plain backup from before encryption restores");
    assert_eq!(s.pain, 1);
    assert_eq!(
        file_kind(&path).unwrap(),
        FileKind::Encrypted,
        "still encrypted"
    );
}

/// Fills every free-text field the journal stores with `marker`.
fn write_marker_everywhere(j: &mut Journal, marker: &str) {
    let mut a = activity_at(local(2026, 11, 20, 21, 0), ActivityKind::Intimacy);
    a.notes = format!("activity {marker}");
    let a = j.entries().add_activity(a, now()).unwrap();
    let mut p = pain_at(local(2026, 11, 21, 8, 0), 5);
    p.notes = format!("pain {marker}");
    p.activity_id = Some(a.id);
    j.entries().add_pain(p, now()).unwrap();
    j.entries()
        .save_check_in(
            CheckInDraft {
                date: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
                stress: 4,
                sleep_hours: Some(6.5),
                sleep_quality: Some(5),
                stiffness: Some(3),
                notes: format!("check-in {marker}"),
            },
            now(),
            NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        )
        .unwrap();
    let profile = Profile {
        display_name: format!("N{}", &marker[..20]),
        ..Profile::default()
    };
    j.settings_mut().save_profile(profile, now()).unwrap();
    // A partner's share, imported under a name that carries the marker.
    let mut partner = Journal::open_in_memory().unwrap();
    let mut pp = pain_at(local(2026, 11, 21, 9, 0), 4);
    pp.notes = format!("partner {marker}");
    partner.entries().add_pain(pp, now()).unwrap();
    let req = ExportRequest {
        kind: ExportKind::Partner,
        range: DateRange::default(),
        includes: Some(backstory_core::exchange::Includes {
            notes: true,
            ..backstory_core::exchange::Includes::for_kind(ExportKind::Partner)
        }),
    };
    let (share, _) = partner
        .exchange()
        .export_bytes(&req, Some(PASS), TEST_LOG_N, now())
        .unwrap();
    j.partners()
        .import(&share, &format!("P{}", &marker[..20]), Some(PASS), now())
        .unwrap();
}

/// Runs the whole life of a journal (entries in every text field, daily and manual
/// backups, encrypted exports, a restore) and returns the files holding the marker.
fn marker_files(encrypt: bool) -> (tempfile::TempDir, Vec<PathBuf>, Vec<PathBuf>) {
    let marker = format!("ZQX{}MARK", uuid::Uuid::new_v4().simple());
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let path = data.join(JOURNAL_FILE);
    let mut j = Journal::open(&path).unwrap();
    // Some content goes in while the journal is still plain, and a plain backup is taken:
    // turning encryption on must leave no plain copy of either behind.
    write_marker_everywhere(&mut j, &marker);
    j.file()
        .auto_backup(&data, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap())
        .unwrap();
    if encrypt {
        j.file_mut().enable_encryption(&pass(PASS)).unwrap();
    }
    let mut second = pain_at(local(2026, 11, 22, 8, 0), 7);
    second.notes = format!("after {marker}");
    j.entries().add_pain(second, now()).unwrap();
    j.file()
        .auto_backup(&data, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
        .unwrap();
    j.file()
        .backup_to(&data.join(BACKUP_DIR).join("manual.db"))
        .unwrap();
    let exports = data.join("exports");
    std::fs::create_dir_all(&exports).unwrap();
    for kind in [ExportKind::Backup, ExportKind::Partner] {
        let req = ExportRequest {
            kind,
            range: DateRange::default(),
            includes: None,
        };
        let (bytes, _) = j
            .exchange()
            .export_bytes(&req, Some(PASS), TEST_LOG_N, now())
            .unwrap();
        std::fs::write(exports.join(format!("{kind:?}.age")), bytes).unwrap();
    }
    let own = data.join(BACKUP_DIR).join("manual.db");
    j.file_mut()
        .restore_from(&own, &data.join(BACKUP_DIR), now())
        .unwrap();
    // Scan while the journal is open (its -wal and -shm exist), then after closing.
    let while_open = files_containing(&data, &marker);
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    assert!(wal.exists(), "the scan covers the write-ahead log");
    drop(j);
    let after_close = files_containing(&data, &marker);
    (dir, while_open, after_close)
}

#[test]
fn with_encryption_on_no_text_field_appears_anywhere_on_disk_in_plain_text() {
    let (_dir, open, closed) = marker_files(true);
    assert!(
        open.is_empty() && closed.is_empty(),
        "the marker was found in plain text in {open:?} / {closed:?}"
    );
}

#[test]
fn without_encryption_the_same_scan_finds_the_marker() {
    // The control: proves the scan above can see plain text when it is there.
    let (_dir, open, closed) = marker_files(false);
    assert!(
        !open.is_empty() && !closed.is_empty(),
        "a plain journal holds its text readably"
    );
}

/// Issue 16: the pairing keys live in the journal, so with encryption on neither the age
/// secret key nor the Ed25519 secret is anywhere on disk; without it they are (the scan
/// can fail).
#[test]
fn the_pairing_secret_keys_are_encrypted_with_the_journal() {
    for encrypt in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(JOURNAL_FILE);
        let key = pass(PASS);
        let mut j = journal_with_entries(&path, encrypt.then_some(&key));
        let own = j.partners().pairings().own().unwrap();
        assert!(own.code.starts_with("bspair1"));
        let stored = j
            .settings()
            .get(backstory_core::exchange::pairing::IDENTITY_KEY)
            .unwrap()
            .unwrap();
        let secrets: serde_json::Value = serde_json::from_str(&stored).unwrap();
        j.file()
            .auto_backup(dir.path(), NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
            .unwrap();
        drop(j);
        for field in ["age", "ed25519"] {
            let secret = secrets[field].as_str().unwrap();
            let found = files_containing(dir.path(), secret);
            if encrypt {
                assert!(found.is_empty(), "the {field} secret is in {found:?}");
            } else {
                assert!(
                    !found.is_empty(),
                    "without encryption the scan finds the {field} secret"
                );
            }
        }
    }
}
