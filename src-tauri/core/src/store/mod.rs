//! The journal database. `Journal::open` is the one way in: it checks the file before
//! writing anything (a newer schema or a damaged file is refused untouched), sets the
//! durability pragmas (WAL + synchronous=FULL: an acknowledged save survives power loss),
//! then migrates.
//!
//! The store owns the connection, its transactions and migrations, and every SQL statement:
//! one file per table group (entries, settings, alerts, partners, reminders, days, imports,
//! backups). The rules, guide, insights and exchange are logic over the rows it hands them,
//! and the store imports none of them (`boundaries.rs` checks both). Front ends reach the
//! journal through the handles in `crate::handles`.

mod alerts;
pub mod backups;
mod body_map;
mod cipher;
mod codec;
mod days;
mod entries;
mod experiments;
pub(crate) use experiments::ExperimentRow;
mod exposures;
mod imports;
pub mod location;
mod migrations;
mod outcomes;
mod pairings;
mod partners;
mod peg;
pub mod private;
pub mod recover;
mod reminders;
mod settings;

pub(crate) use alerts::{AlertRow, AlertTx, AlertWrite, RuleInputRows, RuleInputSince};
pub(crate) use body_map::RegionRow;
pub(crate) use cipher::{apply_key, check_key, convert_file};
pub use cipher::{
    file_kind, key_derivations_on_this_thread, EncryptionChange, FileKind, Passphrase, KDF_ITER,
};
pub use codec::{date_text, kind_from_key, kind_key, utc_text};
pub(crate) use days::CaseScope;
pub use days::{
    DayRow, ALL_CASES_SQL, CASE_DETAILS_SQL, DAY_FACTS_FROM_ENTRIES_SQL, DAY_SUMMARY_SQL,
    INTIMACY_CASES_SQL, LINKED_PAIN_SQL, SESSION_DAYS_SQL,
};
pub use exposures::{EXPOSURE_DAYS_SQL, INTIMACY_DETAILS_SQL};
pub use imports::IMPORT_PAGE_CACHE_KIB;
pub(crate) use imports::{ImportTx, PartnerEntryRow};
pub use migrations::{migrate, migrate_with, schema_version, LATEST_VERSION, MIGRATIONS};
pub(crate) use pairings::{AcceptedShare, NewPairing, PairingRow};
pub(crate) use partners::PartnerPage;
pub(crate) use reminders::RecentEntries;

use crate::error::{CoreError, CoreResult, DatabaseProblem};
use crate::i18n::{args, tr, tr_with};
use cipher::RawKey;
use rusqlite::config::DbConfig;
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// File name of the journal inside a data folder.
pub const JOURNAL_FILE: &str = "journal.db";

/// Prefix of the backup taken before an existing journal's schema is upgraded.
pub const UPGRADE_BACKUP_PREFIX: &str = "before-upgrade-from-v";

pub struct Journal {
    conn: Connection,
    path: Option<PathBuf>,
    /// Set when the file is encrypted; dropped (and zeroed) with the journal on lock.
    key: Option<Passphrase>,
    /// Which open this is (an [`IntegrityCheck`] only vouches for the open that made it).
    instance: u64,
    /// False while an `open_check_later` journal waits for its full check.
    verified: bool,
    /// Files and folders of the data folder that were open to other accounts and were
    /// made owner-only when this journal opened (0: none).
    permissions_repaired: usize,
}

/// Numbers each open journal (see `Journal::instance`).
static NEXT_INSTANCE: AtomicU64 = AtomicU64::new(1);

/// When the whole file is read by quick_check.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verify {
    /// Before the journal opens for writing (`Journal::open_with`).
    Now,
    /// After the first screen, on another thread (`Journal::open_check_later`).
    Later,
}

/// The full quick_check of a journal opened with `Journal::open_check_later`: run it on
/// another thread (it reads the whole file: about 0.1 s per 100 MB here), then pass it to
/// `Journal::mark_verified` if it succeeded. It holds the derived key of an encrypted
/// journal, so it derives nothing itself.
#[derive(Debug)]
pub struct IntegrityCheck {
    path: PathBuf,
    key: Option<RawKey>,
    instance: u64,
}

impl IntegrityCheck {
    /// Runs quick_check on its own read-only connection (it sees the commits made since
    /// the open). An error with `DatabaseProblem::Corrupt` means the file is damaged: drop
    /// the journal without marking it verified, and the file stays as it was.
    pub fn run(&self) -> CoreResult<()> {
        let conn = cipher::open_read_only_raw(&self.path, self.key.as_ref())?;
        quick_check(&conn)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether `journal` is the open this check was made for.
    pub fn is_for(&self, journal: &Journal) -> bool {
        journal.instance == self.instance
    }
}

impl Journal {
    /// Opens (creating if needed) the journal at `path`, ready for reads and writes. An
    /// encrypted journal is refused with `DatabaseProblem::Encrypted`: use `open_with`.
    pub fn open(path: &Path) -> CoreResult<Journal> {
        Journal::open_with(path, None)
    }

    /// Opens the journal with its passphrase when it is encrypted (`key` None = plain). A
    /// new file is created encrypted when a key is given. A wrong passphrase is refused
    /// with `DatabaseProblem::WrongPassphrase` before anything is written. The whole file
    /// is checked (quick_check) before anything is written.
    pub fn open_with(path: &Path, key: Option<&Passphrase>) -> CoreResult<Journal> {
        let (mut journal, check) = Journal::open_inner(path, key, Verify::Now)?;
        if let Some(check) = check {
            // Not reached with `Verify::Now`; kept so the two paths cannot drift apart.
            check.run()?;
            journal.mark_verified(&check)?;
        }
        Ok(journal)
    }

    /// Opens the journal for the first screen without reading the whole file first: the
    /// cheap checks run now (a database, the right passphrase, a schema version this app
    /// knows, the schema readable), the full quick_check is returned as an
    /// [`IntegrityCheck`] for the caller to run on another thread. Until
    /// [`Journal::mark_verified`] the journal file itself is never written: commits stay in
    /// the WAL (automatic checkpoints off, no checkpoint when the connection closes), so a
    /// damaged file found by the check is left byte for byte as it was. A journal that
    /// needs a schema upgrade is checked in full before the upgrade, as `open_with` does.
    /// docs/reliability.md explains the trade-off.
    pub fn open_check_later(
        path: &Path,
        key: Option<&Passphrase>,
    ) -> CoreResult<(Journal, Option<IntegrityCheck>)> {
        Journal::open_inner(path, key, Verify::Later)
    }

    fn open_inner(
        path: &Path,
        key: Option<&Passphrase>,
        verify: Verify,
    ) -> CoreResult<(Journal, Option<IntegrityCheck>)> {
        // The key derived once for every connection of this open (None: plain, or a new
        // file, which SQLCipher keys from the passphrase with a fresh salt).
        let mut raw_key = None;
        let mut checked_in_full = true;
        let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
        match file_kind(path)? {
            FileKind::Missing | FileKind::Empty => {
                if let Some(parent) = folder {
                    private::create_private_dir(parent)?;
                }
                // Owner-only before SQLite opens it: its -wal and -shm copy these bits.
                private::create_private_file(path)?;
            }
            FileKind::Plain => {
                if key.is_some() {
                    return Err(CoreError::validation(
                        "passphrase",
                        tr("error-not-encrypted-open-plain"),
                    ));
                }
                checked_in_full = preflight(path, None, verify)?;
            }
            FileKind::Encrypted => {
                let key = key.ok_or_else(cipher::needs_passphrase)?;
                let derived = cipher::derive_key(key, path)?;
                checked_in_full = preflight(path, Some(&derived), verify)?;
                raw_key = Some(derived);
            }
            FileKind::Other => {
                return Err(CoreError::Database {
                    reason: DatabaseProblem::NotADatabase,
                    message: tr("error-db-not-backstory"),
                })
            }
        }
        // Once the file checks out, before SQLite writes: a folder or file left readable by
        // others (an older Backstory, a copy, a restore by hand) is made owner-only, and
        // the count is kept so the app can say so. Best effort: a folder owned by someone
        // else still opens as before.
        let permissions_repaired = folder
            .map(|dir| private::repair_data_dir(dir).unwrap_or(0))
            .unwrap_or(0);
        cipher::remove_leftovers(path);
        let conn = Connection::open(path)?;
        match (&raw_key, key) {
            (Some(raw), _) => {
                cipher::apply_raw_key(&conn, raw)?;
                check_key(&conn)?;
            }
            (None, Some(key)) => {
                apply_key(&conn, key)?;
                check_key(&conn)?;
            }
            (None, None) => {}
        }
        let instance = NEXT_INSTANCE.fetch_add(1, Ordering::Relaxed);
        let check = (!checked_in_full).then(|| IntegrityCheck {
            path: path.to_path_buf(),
            key: raw_key,
            instance,
        });
        if check.is_some() {
            hold_file_writes(&conn, true)?;
        }
        configure(&conn)?;
        let mut journal = Journal {
            conn,
            path: Some(path.to_path_buf()),
            key: key.cloned(),
            instance,
            verified: check.is_none(),
            permissions_repaired,
        };
        journal.upgrade()?;
        Ok((journal, check))
    }

    /// Lets writes reach the journal file again after its [`IntegrityCheck`] passed
    /// (automatic checkpoints back on, a checkpoint when the connection closes). A check
    /// made for another open of the file changes nothing.
    pub(crate) fn mark_verified(&mut self, check: &IntegrityCheck) -> CoreResult<()> {
        if check.instance != self.instance || self.verified {
            return Ok(());
        }
        hold_file_writes(&self.conn, false)?;
        self.verified = true;
        Ok(())
    }

    /// Whether the whole file passed quick_check since it was opened (always true for
    /// `open_with`; for `open_check_later` once `mark_verified` ran).
    pub(crate) fn is_verified(&self) -> bool {
        self.verified
    }

    /// A fresh journal in memory, for tests and previews.
    pub fn open_in_memory() -> CoreResult<Journal> {
        let mut conn = Connection::open_in_memory()?;
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        migrate(&mut conn)?;
        Ok(Journal {
            conn,
            path: None,
            key: None,
            instance: NEXT_INSTANCE.fetch_add(1, Ordering::Relaxed),
            verified: true,
            permissions_repaired: 0,
        })
    }

    /// How many files and folders of the data folder were open to other accounts and
    /// were made owner-only when the journal opened (0: none, the usual case).
    pub(crate) fn permissions_repaired(&self) -> usize {
        self.permissions_repaired
    }

    /// Brings an existing journal to the latest schema, taking a verified backup first
    /// (`backups/before-upgrade-from-vN.db`); a new, empty file is simply created.
    fn upgrade(&mut self) -> CoreResult<()> {
        let version = schema_version(&self.conn)?;
        if version > 0 && version < LATEST_VERSION {
            if let Some(path) = &self.path {
                let dir = path
                    .parent()
                    .unwrap_or(Path::new("."))
                    .join(backups::BACKUP_DIR);
                let dest = dir.join(format!("{UPGRADE_BACKUP_PREFIX}{version}.db"));
                self.backup_to(&dest)?;
            }
        }
        migrate(&mut self.conn)
    }

    pub(crate) fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The connection, for the store's own files and for tests that inspect the database.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The connection for writes, inside the store; callers wrap writes in a transaction.
    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

/// Raw SQL for tests, benchmarks and fault drills that check what is physically stored
/// (row counts, overwritten pages, a crash's leftovers). Application code never uses it:
/// everything else reaches the database through the journal's handles, and every
/// statement of the app lives in this module. Only with the `scaffolding` feature, which
/// the shell does not turn on, so the compiler keeps it out of the app.
#[cfg(feature = "scaffolding")]
pub mod inspect {
    use super::Journal;
    use rusqlite::Connection;

    pub fn connection(journal: &Journal) -> &Connection {
        &journal.conn
    }

    pub fn connection_mut(journal: &mut Journal) -> &mut Connection {
        &mut journal.conn
    }
}

pub(crate) fn configure(conn: &Connection) -> CoreResult<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(CoreError::Storage(tr_with(
            "error-wal-not-enabled",
            &args([("mode", mode.into())]),
        )));
    }
    // FULL: every commit is fsynced, so "saved" means saved.
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;
    // The page cache stays at SQLite's default (2 MiB): a 16 MiB cache made no dashboard,
    // view or rule faster and held ~12 MiB more in the app once the weekly summary had read
    // the history (docs/performance.md, session 9); imports raise it for their transaction.
    // Deleted means deleted: freed pages are overwritten with zeros, so a purged entry is
    // not left readable in the file's free space (cost in docs/performance.md).
    conn.execute_batch("PRAGMA secure_delete = ON;")?;
    Ok(())
}

/// While `hold` is on, commits stay in the WAL: no automatic checkpoint, and none when the
/// connection closes, so the journal file itself is not written (`open_check_later`).
fn hold_file_writes(conn: &Connection, hold: bool) -> CoreResult<()> {
    conn.pragma_update(None, "wal_autocheckpoint", if hold { 0 } else { 1000 })?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, hold)?;
    Ok(())
}

/// Checks an existing file read-only before any write: is it a database (with this key,
/// if encrypted), is it a version we know, is its schema readable; and with
/// `Verify::Now`, or when the schema is about to be upgraded, does quick_check pass over
/// the whole file. Nothing is written to the file here. Returns whether the full check ran.
fn preflight(path: &Path, key: Option<&RawKey>, verify: Verify) -> CoreResult<bool> {
    let conn = cipher::open_read_only_raw(path, key)?;
    let version = migrations::ensure_not_too_new(&conn)?;
    // Parses every table and index definition (a damaged first page or schema fails here).
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    })?;
    if verify == Verify::Now || version < LATEST_VERSION {
        quick_check(&conn)?;
        return Ok(true);
    }
    Ok(false)
}

/// SQLite's quick_check over the whole file (O(file size)): a damaged page is refused.
fn quick_check(conn: &Connection) -> CoreResult<()> {
    let result: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if result != "ok" {
        return Err(CoreError::Database {
            reason: DatabaseProblem::Corrupt,
            message: tr("error-db-quick-check-failed"),
        });
    }
    Ok(())
}
