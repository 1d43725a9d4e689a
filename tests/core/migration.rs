//! Schema upgrades: a journal written by the first release's code (tests/data/schema/v1.db,
//! made by commit e0f9ef1's demo filler) upgrades to the latest schema with every entry
//! readable and a verified backup taken first; a migration that fails halfway leaves the
//! previous version and nothing of itself. (Killing the process during an upgrade is
//! tested in src-tauri/cli/tests/crash.rs.)

use backstory_core::domain::TimelineQuery;
use backstory_core::store::backups::{inspect_backup, BACKUP_DIR};
use backstory_core::store::{
    migrate_with, schema_version, Passphrase, JOURNAL_FILE, KDF_ITER, LATEST_VERSION, MIGRATIONS,
    UPGRADE_BACKUP_PREFIX,
};
use backstory_core::Journal;
use rstest::rstest;
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// What the v1 fixture holds (checked when it was made).
const V1_PAIN: usize = 13;
const V1_ACTIVITIES: usize = 42;
const V1_CHECK_INS: usize = 30;

fn fixture(version: i64) -> PathBuf {
    Path::new(crate::support::ROOT).join(format!("tests/data/schema/v{version}.db"))
}

fn copy_fixture(version: i64, dir: &Path) -> PathBuf {
    let path = dir.join(JOURNAL_FILE);
    std::fs::copy(fixture(version), &path).expect("fixture exists");
    path
}

/// Migration 0009: every old entry keeps its regions, each scored with the entry's NRS (its
/// one score), and the per-region table holds the same rows.
#[test]
fn an_old_journal_keeps_its_pain_regions_scored_with_the_entrys_nrs() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_fixture(1, dir.path());
    let before: Vec<(String, u8, Vec<String>)> = {
        let conn = Connection::open(&path).unwrap();
        let mut stmt = conn
            .prepare("SELECT id, nrs, body FROM pain_entry WHERE deleted_at IS NULL")
            .unwrap();
        stmt.query_map([], |r| {
            let body: String = r.get(2)?;
            let v: serde_json::Value = serde_json::from_str(&body).unwrap();
            let regions = v["regions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r.as_str().unwrap().to_string())
                .collect();
            Ok((r.get(0)?, r.get(1)?, regions))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
    };
    assert!(
        before.iter().filter(|(_, _, r)| !r.is_empty()).count() >= 5,
        "the fixture has entries with regions to convert"
    );
    let j = Journal::open(&path).unwrap();
    let mut rows = 0;
    for (id, nrs, regions) in &before {
        let entry = j.timeline().pain(id.parse().unwrap()).unwrap();
        let after: Vec<(String, Option<u8>)> = entry
            .draft
            .regions
            .iter()
            .map(|r| {
                let key = serde_json::to_value(r.region).unwrap();
                (key.as_str().unwrap().to_string(), r.score)
            })
            .collect();
        let expected: Vec<(String, Option<u8>)> =
            regions.iter().map(|r| (r.clone(), Some(*nrs))).collect();
        assert_eq!(after, expected, "entry {id}");
        rows += regions.len();
    }
    let conn = backstory_core::store::inspect::connection(&j);
    let table: i64 = conn
        .query_row("SELECT count(*) FROM pain_region", [], |r| r.get(0))
        .unwrap();
    assert_eq!(table as usize, rows, "one pain_region row per region");
}

#[rstest]
#[case::v1(1)]
fn an_old_journal_upgrades_with_every_entry_readable_and_a_backup_first(#[case] version: i64) {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_fixture(version, dir.path());
    let original = std::fs::read(&path).unwrap();
    let j = Journal::open(&path).expect("an old journal opens and upgrades");
    assert_eq!(
        schema_version(backstory_core::store::inspect::connection(&j)).unwrap(),
        LATEST_VERSION
    );

    let page = j
        .timeline()
        .page(&TimelineQuery {
            limit: 200,
            ..TimelineQuery::default()
        })
        .expect("every old entry reads with today's code");
    assert_eq!(
        page.items.len(),
        V1_PAIN + V1_ACTIVITIES + V1_CHECK_INS,
        "all entries are there after the upgrade"
    );
    assert_eq!(
        j.settings().profile().unwrap().display_name,
        "Ana",
        "the profile too"
    );

    let backup = dir
        .path()
        .join(BACKUP_DIR)
        .join(format!("{UPGRADE_BACKUP_PREFIX}{version}.db"));
    let info = inspect_backup(&backup).expect("a verified backup was taken before upgrading");
    assert_eq!(
        info.schema_version, version,
        "the backup is of the old version"
    );
    assert_eq!(
        (info.pain, info.activities, info.check_ins),
        (V1_PAIN as i64, V1_ACTIVITIES as i64, V1_CHECK_INS as i64)
    );
    drop(j);
    // Reopening an up-to-date journal takes no further backup.
    std::fs::remove_file(&backup).unwrap();
    drop(Journal::open(&path).unwrap());
    assert!(
        !backup.exists(),
        "no backup when there is nothing to upgrade"
    );
    assert_ne!(std::fs::read(&path).unwrap(), original);
}

#[test]
fn an_old_encrypted_journal_upgrades_with_an_encrypted_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_fixture(1, dir.path());
    let pass = Passphrase::new("old journal passphrase").unwrap();
    // Encrypt the v1 file as it is, without upgrading it.
    {
        let conn = Connection::open(&path).unwrap();
        // The app's key derivation settings (process-wide, as the app sets them).
        conn.pragma_update(None, "cipher_default_kdf_iter", KDF_ITER)
            .unwrap();
        let target = dir.path().join("enc.db");
        conn.execute(
            "ATTACH DATABASE ?1 AS enc KEY 'old journal passphrase'",
            [target.to_str().unwrap()],
        )
        .unwrap();
        conn.query_row("SELECT sqlcipher_export('enc')", [], |_| Ok(()))
            .unwrap();
        conn.execute_batch("PRAGMA enc.user_version = 1; DETACH DATABASE enc;")
            .unwrap();
        drop(conn);
        std::fs::rename(&target, &path).unwrap();
    }
    let j = Journal::open_with(&path, Some(&pass)).expect("opens and upgrades");
    assert_eq!(
        schema_version(backstory_core::store::inspect::connection(&j)).unwrap(),
        LATEST_VERSION
    );
    let backup = dir
        .path()
        .join(BACKUP_DIR)
        .join(format!("{UPGRADE_BACKUP_PREFIX}1.db"));
    assert_eq!(
        backstory_core::store::file_kind(&backup).unwrap(),
        backstory_core::store::FileKind::Encrypted,
        "the backup before the upgrade is encrypted like the journal"
    );
}

/// Migrations 1..=n, then one that creates a table and fails on its next statement.
fn list_with_failing(n: usize) -> Vec<&'static str> {
    let mut list: Vec<&'static str> = MIGRATIONS[..n].to_vec();
    list.push("CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);");
    list
}

fn tables(conn: &Connection) -> Vec<String> {
    conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

#[rstest]
#[case::fresh_database(0, 1)]
#[case::after_v1(1, 1)]
#[case::after_v2(2, 2)]
fn a_migration_that_fails_halfway_leaves_the_previous_version_and_nothing_of_itself(
    #[case] start: usize,
    #[case] good: usize,
) {
    let mut conn = Connection::open_in_memory().unwrap();
    migrate_with(&mut conn, &MIGRATIONS[..start]).unwrap();
    let err = migrate_with(&mut conn, &list_with_failing(good)).expect_err("the bad one fails");
    assert_eq!(err.kind(), "storage", "{err}");
    assert_eq!(
        schema_version(&conn).unwrap(),
        good as i64,
        "the migrations before the bad one are committed, the bad one is not"
    );
    assert!(
        !tables(&conn).contains(&"half_done".to_string()),
        "nothing of the failed migration remains: {:?}",
        tables(&conn)
    );
    migrate_with(&mut conn, MIGRATIONS).expect("the real migrations then finish the job");
    assert_eq!(schema_version(&conn).unwrap(), LATEST_VERSION);
}
