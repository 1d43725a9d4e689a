//! Opening the journal file: durability settings, and files that must be refused untouched.

use backstory_core::error::DatabaseProblem;
use backstory_core::store::{JOURNAL_FILE, LATEST_VERSION};
use backstory_core::{CoreError, Journal};
use rusqlite::Connection;
use std::path::Path;

fn file_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("file readable")
}

#[test]
fn a_new_journal_uses_wal_full_sync_and_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested").join(JOURNAL_FILE);
    let journal = Journal::open(&path).expect("a new journal is created, folders too");
    let conn = backstory_core::store::inspect::connection(&journal);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    let sync: i64 = conn
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .unwrap();
    let fk: i64 = conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(
        sync, 2,
        "synchronous=FULL (2): an acknowledged save survives power loss"
    );
    assert_eq!(fk, 1, "foreign keys enforced");
    assert_eq!(version, LATEST_VERSION, "migrated to the latest schema");
    let cache =
        |c: &Connection| -> i64 { c.query_row("PRAGMA cache_size", [], |r| r.get(0)).unwrap() };
    assert_eq!(
        cache(conn),
        cache(&Connection::open_in_memory().unwrap()),
        "SQLite's default page cache: a larger one held memory in the app and sped nothing up (docs/performance.md)"
    );
}

#[test]
fn entries_survive_closing_and_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(JOURNAL_FILE);
    let id = {
        let mut j = Journal::open(&path).unwrap();
        j.entries()
            .add_pain(
                crate::support::pain_at(crate::support::local(2026, 11, 26, 8, 0), 5),
                crate::support::now(),
            )
            .unwrap()
            .id
    };
    let j = Journal::open(&path).unwrap();
    assert_eq!(
        j.timeline().pain(id).unwrap().draft.nrs,
        5,
        "the entry is there after reopening"
    );
}

#[test]
fn a_journal_from_a_newer_version_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(JOURNAL_FILE);
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 999;")
            .unwrap();
    }
    let before = file_bytes(&path);
    match Journal::open(&path) {
        Err(CoreError::Database {
            reason: DatabaseProblem::TooNew,
            message,
        }) => {
            assert!(
                message.contains("newer version"),
                "the message explains: {message}"
            )
        }
        other => panic!(
            "expected a too-new refusal, got {:?}",
            other.map(|_| "opened")
        ),
    }
    assert_eq!(
        file_bytes(&path),
        before,
        "the file is byte-for-byte unchanged"
    );
}

#[test]
fn a_file_that_is_not_a_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(JOURNAL_FILE);
    std::fs::write(
        &path,
        b"this is not sqlite, just some text that happens to be here ....",
    )
    .unwrap();
    let before = file_bytes(&path);
    let err = Journal::open(&path)
        .err()
        .expect("a text file must be refused");
    assert_eq!(
        err.kind(),
        "database",
        "refused as a database problem: {err}"
    );
    assert_eq!(file_bytes(&path), before, "the file is unchanged");
}

#[test]
fn a_refused_journal_is_explained_in_german_when_german_is_in_use() {
    use backstory_core::i18n::{with_locale, Locale};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(JOURNAL_FILE);
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 999;")
            .unwrap();
    }
    let err = with_locale(Locale::De, || Journal::open(&path))
        .err()
        .expect("a journal from a newer version is refused");
    assert_eq!(err.kind(), "database", "the machine-readable kind stays");
    let message = err.to_string();
    assert!(
        message.starts_with("Dieses Tagebuch wurde von einer neueren Version von Backstory")
            && message.contains(&format!("Schema 999; diese App kennt bis {LATEST_VERSION}")),
        "German, with the versions: {message}"
    );
    assert!(!message.contains("newer version"), "{message}");
}

/// A journal whose last page (a b-tree page written last, so in use) is overwritten,
/// keeping the file header intact; returns its bytes.
fn damaged_journal(path: &Path) -> Vec<u8> {
    {
        let mut j = Journal::open(path).unwrap();
        for day in 1..=28 {
            let mut draft = crate::support::pain_at(crate::support::local(2026, 10, day, 8, 0), 4);
            draft.notes = "padding so the table spans several pages ".repeat(40);
            j.entries().add_pain(draft, crate::support::now()).unwrap();
        }
        backstory_core::store::inspect::connection(&j)
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .unwrap();
    }
    // The middle of the file can be an empty index page whose unused half no check reads.
    let mut bytes = file_bytes(path);
    assert!(bytes.len() > 8192, "fixture spans several pages");
    let last_page = bytes.len() - 4096;
    for b in &mut bytes[last_page..last_page + 2048] {
        *b = 0xA5;
    }
    std::fs::write(path, &bytes).unwrap();
    bytes
}

#[test]
fn a_damaged_journal_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(JOURNAL_FILE);
    let bytes = damaged_journal(&path);
    let err = Journal::open(&path)
        .err()
        .expect("a damaged file must be refused");
    assert_eq!(
        err.kind(),
        "database",
        "refused as a database problem: {err}"
    );
    assert_eq!(
        file_bytes(&path),
        bytes,
        "the damaged file is left exactly as it was"
    );
}

#[test]
fn a_damaged_journal_opened_for_the_first_screen_is_caught_by_the_later_check_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(JOURNAL_FILE);
    let bytes = damaged_journal(&path);
    let (mut j, check) =
        Journal::open_check_later(&path, None).expect("the cheap checks do not read every page");
    let check = check.expect("the full check is left for later");
    assert!(
        !j.file().is_verified(),
        "not verified before the full check"
    );
    // A save before the check may succeed (it goes to the WAL) or meet the damage.
    let _ = j.entries().add_pain(
        crate::support::pain_at(crate::support::local(2026, 11, 2, 8, 0), 5),
        crate::support::now(),
    );
    let err = check.run().expect_err("the full check finds the damage");
    match err {
        CoreError::Database { reason, .. } => assert_eq!(reason, DatabaseProblem::Corrupt),
        other => panic!("expected a corrupt-database error, got {other}"),
    }
    drop(j);
    assert_eq!(
        file_bytes(&path),
        bytes,
        "the damaged file is left exactly as it was, even after a save and closing"
    );
}

#[test]
fn a_healthy_journal_opened_for_the_first_screen_writes_its_file_once_verified() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(JOURNAL_FILE);
    drop(Journal::open(&path).unwrap());
    let before = file_bytes(&path);
    let (mut j, check) = Journal::open_check_later(&path, None).unwrap();
    let check = check.expect("the full check is left for later");
    j.entries()
        .add_pain(
            crate::support::pain_at(crate::support::local(2026, 11, 2, 8, 0), 5),
            crate::support::now(),
        )
        .expect("saves work before the check");
    assert_eq!(
        file_bytes(&path),
        before,
        "before the check only the WAL is written"
    );
    check.run().expect("a healthy file passes");
    j.file_mut().mark_verified(&check).unwrap();
    assert!(j.file().is_verified());
    drop(j);
    let again = Journal::open(&path).unwrap();
    let n: i64 = backstory_core::store::inspect::connection(&again)
        .query_row("SELECT count(*) FROM pain_entry", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1, "the save made before the check is kept");
    assert_ne!(
        file_bytes(&path),
        before,
        "checkpointed into the file once verified"
    );
}
