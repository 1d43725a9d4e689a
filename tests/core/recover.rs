//! A journal that cannot be opened is recovered from a backup: the backup is checked like
//! any restore, the unreadable file is kept under a new name (never overwritten or
//! deleted), and a hostile backup changes nothing at all.

use crate::support::{local, now, pain_at};
use backstory_core::store::backups::BACKUP_DIR;
use backstory_core::store::recover::restore_damaged;
use backstory_core::store::JOURNAL_FILE;
use backstory_core::Journal;
use std::path::Path;

fn damaged_journal_with_backup(dir: &Path) -> (Vec<u8>, std::path::PathBuf) {
    let path = dir.join(JOURNAL_FILE);
    let backup = dir.join(BACKUP_DIR).join("journal-2026-11-26.db");
    {
        let mut j = Journal::open(&path).unwrap();
        j.entries()
            .add_pain(pain_at(local(2026, 11, 25, 8, 0), 4), now())
            .unwrap();
        j.file().backup_to(&backup).unwrap();
        j.entries()
            .add_pain(pain_at(local(2026, 11, 26, 8, 0), 6), now())
            .unwrap();
        backstory_core::store::inspect::connection(&j)
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .unwrap();
    }
    let mut bytes = std::fs::read(&path).unwrap();
    let last = bytes.len() - 4096;
    for b in &mut bytes[last..last + 2048] {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    assert!(
        Journal::open(&path).is_err(),
        "the fixture is really damaged"
    );
    (bytes, backup)
}

#[test]
fn a_damaged_journal_is_kept_aside_and_the_backup_put_in_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let (damaged, backup) = damaged_journal_with_backup(dir.path());
    let kept = restore_damaged(&dir.path().join(JOURNAL_FILE), &backup, now())
        .expect("a good backup is restored")
        .expect("the damaged file existed");
    assert_eq!(
        std::fs::read(&kept).unwrap(),
        damaged,
        "the damaged file is kept byte for byte"
    );
    let j = Journal::open(&dir.path().join(JOURNAL_FILE)).expect("the journal opens again");
    let n: i64 = backstory_core::store::inspect::connection(&j)
        .query_row("SELECT count(*) FROM pain_entry", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1, "the backup's entries are back");
}

#[test]
fn a_hostile_backup_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (damaged, _) = damaged_journal_with_backup(dir.path());
    let offered = dir.path().join("offered.db");
    std::fs::write(
        &offered,
        b"SQLite format 3\0 but nothing after it ".repeat(40),
    )
    .unwrap();
    let err = restore_damaged(&dir.path().join(JOURNAL_FILE), &offered, now())
        .expect_err("a broken backup is refused");
    assert_eq!(err.kind(), "import", "{err}");
    assert_eq!(
        std::fs::read(dir.path().join(JOURNAL_FILE)).unwrap(),
        damaged,
        "the damaged journal is left exactly where and as it was"
    );
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') || n.contains("damaged"))
        .collect();
    assert!(names.is_empty(), "no temporary or renamed file: {names:?}");
}
