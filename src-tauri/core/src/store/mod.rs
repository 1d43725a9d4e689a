//! The journal database. `Journal::open` is the one way in: it checks the file before
//! writing anything (a newer schema or a damaged file is refused untouched), sets the
//! durability pragmas (WAL + synchronous=FULL: an acknowledged save survives power loss),
//! then migrates.

mod codec;
mod entries;
mod migrations;
mod settings;

pub use codec::{date_text, utc_text};
pub(crate) use entries::{write_activity, write_check_in, write_pain};
pub use migrations::{migrate, schema_version, LATEST_VERSION, MIGRATIONS};

use crate::error::{CoreError, CoreResult, DatabaseProblem};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// File name of the journal inside a data folder.
pub const JOURNAL_FILE: &str = "journal.db";

pub struct Journal {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Journal {
    /// Opens (creating if needed) the journal at `path`, ready for reads and writes.
    pub fn open(path: &Path) -> CoreResult<Journal> {
        if path.exists() {
            preflight(path)?;
        } else if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let mut conn = Connection::open(path)?;
        configure(&conn)?;
        migrate(&mut conn)?;
        Ok(Journal {
            conn,
            path: Some(path.to_path_buf()),
        })
    }

    /// A fresh journal in memory, for tests and previews.
    pub fn open_in_memory() -> CoreResult<Journal> {
        let mut conn = Connection::open_in_memory()?;
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        migrate(&mut conn)?;
        Ok(Journal { conn, path: None })
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

fn configure(conn: &Connection) -> CoreResult<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(CoreError::Storage(format!(
            "could not enable WAL (got {mode})"
        )));
    }
    // FULL: every commit is fsynced, so "saved" means saved.
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;
    Ok(())
}

/// Checks an existing file read-only before any write: is it a database, is it a version we
/// know, does quick_check pass. Nothing is written to the file here.
fn preflight(path: &Path) -> CoreResult<()> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(Duration::from_secs(5))?;
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
