//! The journal database. `Journal::open` is the one way in: it checks the file before
//! writing anything (a newer schema or a damaged file is refused untouched), sets the
//! durability pragmas (WAL + synchronous=FULL: an acknowledged save survives power loss),
//! then migrates.

mod cipher;
mod codec;
mod entries;
pub mod location;
mod migrations;
pub mod private;
pub mod recover;
mod settings;

pub(crate) use cipher::{apply_key, check_key, convert_file, open_read_only};
pub use cipher::{file_kind, EncryptionChange, FileKind, Passphrase, KDF_ITER};
pub use codec::{date_text, utc_text};
pub(crate) use entries::{write_activity, write_check_in, write_pain};
pub use migrations::{migrate, migrate_with, schema_version, LATEST_VERSION, MIGRATIONS};

use crate::error::{CoreError, CoreResult, DatabaseProblem};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
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
    /// Files and folders of the data folder that were open to other accounts and were
    /// made owner-only when this journal opened (0: none).
    permissions_repaired: usize,
}

impl Journal {
    /// Opens (creating if needed) the journal at `path`, ready for reads and writes. An
    /// encrypted journal is refused with `DatabaseProblem::Encrypted`: use `open_with`.
    pub fn open(path: &Path) -> CoreResult<Journal> {
        Journal::open_with(path, None)
    }

    /// Opens the journal with its passphrase when it is encrypted (`key` None = plain). A
    /// new file is created encrypted when a key is given. A wrong passphrase is refused
    /// with `DatabaseProblem::WrongPassphrase` before anything is written.
    pub fn open_with(path: &Path, key: Option<&Passphrase>) -> CoreResult<Journal> {
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
                        "this journal is not encrypted; open it without a passphrase",
                    ));
                }
                preflight(path, None)?;
            }
            FileKind::Encrypted => {
                let key = key.ok_or_else(cipher::needs_passphrase)?;
                preflight(path, Some(key))?;
            }
            FileKind::Other => {
                return Err(CoreError::Database {
                    reason: DatabaseProblem::NotADatabase,
                    message:
                        "The journal file is not a Backstory database. It has not been changed."
                            .into(),
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
        if let Some(key) = key {
            apply_key(&conn, key)?;
            check_key(&conn)?;
        }
        configure(&conn)?;
        let mut journal = Journal {
            conn,
            path: Some(path.to_path_buf()),
            key: key.cloned(),
            permissions_repaired,
        };
        journal.upgrade()?;
        Ok(journal)
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
            permissions_repaired: 0,
        })
    }

    /// How many files and folders of the data folder were open to other accounts and
    /// were made owner-only when the journal opened (0: none, the usual case).
    pub fn permissions_repaired(&self) -> usize {
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
                    .join(crate::exchange::backup::BACKUP_DIR);
                let dest = dir.join(format!("{UPGRADE_BACKUP_PREFIX}{version}.db"));
                self.backup_to(&dest)?;
            }
        }
        migrate(&mut self.conn)
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Read access for queries in other modules (insights, rules, exchange).
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Write access for other core modules; callers wrap writes in a transaction.
    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

pub(crate) fn configure(conn: &Connection) -> CoreResult<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(CoreError::Storage(format!(
            "could not enable WAL (got {mode})"
        )));
    }
    // FULL: every commit is fsynced, so "saved" means saved.
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;
    // 16 MiB page cache (default 2 MiB): full-history dashboards reread the same index pages.
    conn.execute_batch("PRAGMA cache_size = -16384;")?;
    // Deleted means deleted: freed pages are overwritten with zeros, so a purged entry is
    // not left readable in the file's free space (cost in docs/performance.md).
    conn.execute_batch("PRAGMA secure_delete = ON;")?;
    Ok(())
}

/// Checks an existing file read-only before any write: is it a database (with this
/// passphrase, if encrypted), is it a version we know, does quick_check pass. Nothing is
/// written to the file here.
fn preflight(path: &Path, key: Option<&Passphrase>) -> CoreResult<()> {
    let conn = open_read_only(path, key)?;
    migrations::ensure_not_too_new(&conn)?;
    let result: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if result != "ok" {
        return Err(CoreError::Database {
            reason: DatabaseProblem::Corrupt,
            message: "The journal file is damaged (SQLite's quick check failed). It has not been changed; restore a backup or copy the file somewhere safe.".into(),
        });
    }
    Ok(())
}
