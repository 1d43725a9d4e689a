//! Whole-database backups and restores. A backup is written with `VACUUM INTO` to a
//! temporary file (never a raw copy of the live file), fsynced, verified (quick_check,
//! schema version, tables) and only then renamed into place. A restore treats the offered
//! file as hostile: it is copied aside, opened read-only and immutable with the schema
//! untrusted, its header, integrity, version and exact schema are checked, and its schema
//! code (triggers, views, defaults) is never run; the current journal is backed up first,
//! then the checked pages are copied in with SQLite's backup API in one step.

use super::private::{create_private_dir, create_private_file, make_private};
use super::{
    apply_key, check_key, file_kind, migrate, schema_version, FileKind, Journal, Passphrase,
    LATEST_VERSION, MIGRATIONS, UPGRADE_BACKUP_PREFIX,
};
use crate::error::{CoreError, CoreResult};
use crate::i18n::{args, tr, tr_with};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// Folder inside the data folder that holds automatic and safety backups.
pub const BACKUP_DIR: &str = "backups";
/// How many daily automatic backups are kept.
pub const DAILY_KEEP: usize = 7;
/// A deleted entry can be restored for this long; after that the app removes it for good
/// at its next start (secure_delete overwrites the freed space), so deleted private
/// entries do not linger in the file.
pub const DELETED_KEEP_DAYS: u32 = 1;
/// How many safety backups (taken before a restore) are kept.
pub const SAFETY_KEEP: usize = 7;
const DAILY_PREFIX: &str = "journal-";
const SAFETY_PREFIX: &str = "before-restore-";
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// How long deleted data lives on, as the Settings page tells the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Retention {
    /// Days a deleted entry can be restored before it is erased at the next start.
    pub deleted_kept_days: u32,
    /// Daily backups kept; backups made before an upgrade or a restore go once this many
    /// newer daily backups exist.
    pub daily_backups_kept: u32,
}

impl Retention {
    pub const CURRENT: Retention = Retention {
        deleted_kept_days: DELETED_KEEP_DAYS,
        daily_backups_kept: DAILY_KEEP as u32,
    };
}

/// What a finished backup holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BackupInfo {
    pub path: String,
    pub bytes: u64,
    pub schema_version: i64,
    pub pain: i64,
    pub activities: i64,
    pub check_ins: i64,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RestoreSummary {
    /// Where the journal as it was before the restore was saved.
    pub safety_backup: String,
    /// Schema version of the restored file (migrated to the current one if older).
    pub restored_version: i64,
    pub pain: i64,
    pub activities: i64,
    pub check_ins: i64,
}

fn refuse(message: impl Into<String>) -> CoreError {
    CoreError::Import {
        location: None,
        message: message.into(),
    }
}

fn io(context: &str, err: std::io::Error) -> CoreError {
    CoreError::Io(format!("{context} ({})", err.kind()))
}

impl Journal {
    /// Writes a verified copy of the journal to `dest` (replacing it if it exists).
    pub(crate) fn backup_to(&self, dest: &Path) -> CoreResult<BackupInfo> {
        let dir = dest
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        create_private_dir(dir).map_err(|e| io(&tr("error-backup-folder-not-created"), e))?;
        let file_name = dest
            .file_name()
            .ok_or_else(|| CoreError::validation("path", tr("error-backup-needs-file-name")))?;
        let tmp = dir.join(format!(
            ".{}.tmp-{}",
            file_name.to_string_lossy(),
            uuid::Uuid::new_v4().simple()
        ));
        let result = (|| {
            let tmp_text = tmp
                .to_str()
                .ok_or_else(|| CoreError::validation("path", tr("error-backup-path-not-text")))?;
            // An encrypted journal's VACUUM INTO writes a file encrypted with the same key.
            let version = schema_version(self.conn())?;
            // VACUUM INTO writes into an existing empty file and keeps its permissions:
            // owner-only, where it would otherwise create the copy with the umask.
            create_private_file(&tmp).map_err(|e| io(&tr("error-backup-not-created"), e))?;
            self.conn().execute("VACUUM INTO ?1", [tmp_text])?;
            make_private(&tmp).map_err(|e| io(&tr("error-backup-not-private"), e))?;
            std::fs::File::open(&tmp)
                .and_then(|f| f.sync_all())
                .map_err(|e| io(&tr("error-backup-not-flushed"), e))?;
            let info = verify_backup(&tmp, self.key(), version)?;
            std::fs::rename(&tmp, dest).map_err(|e| io(&tr("error-backup-not-in-place"), e))?;
            sync_dir(dir);
            Ok(BackupInfo {
                path: dest.display().to_string(),
                ..info
            })
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }

    /// The daily automatic backup: writes `backups/journal-YYYY-MM-DD.db` unless today's
    /// exists, then keeps only the newest seven. Returns the new file, if one was written.
    pub(crate) fn auto_backup(
        &self,
        data_dir: &Path,
        today: NaiveDate,
    ) -> CoreResult<Option<PathBuf>> {
        let dir = data_dir.join(BACKUP_DIR);
        let path = dir.join(format!("{DAILY_PREFIX}{}.db", today.format("%Y-%m-%d")));
        if path.exists() {
            return Ok(None);
        }
        self.backup_to(&path)?;
        prune(&dir, DAILY_PREFIX, DAILY_KEEP)?;
        retire_superseded(&dir)?;
        Ok(Some(path))
    }

    /// Replaces the journal's contents with a checked backup file. The current journal is
    /// first saved in `safety_dir`; if any check fails nothing is changed.
    pub(crate) fn restore_from(
        &mut self,
        source: &Path,
        safety_dir: &Path,
        now: DateTime<Utc>,
    ) -> CoreResult<RestoreSummary> {
        create_private_dir(safety_dir)
            .map_err(|e| io(&tr("error-backup-folder-not-created"), e))?;
        // Work on a private copy: the original is never opened by SQLite, and it cannot
        // change between the checks and the restore.
        let copy = safety_dir.join(format!(".restore-{}.db", uuid::Uuid::new_v4().simple()));
        let result = (|| {
            check_header(source, self.key().is_some())?;
            std::fs::copy(source, &copy)
                .and_then(|_| make_private(&copy))
                .map_err(|e| io(&tr("error-backup-unreadable"), e))?;
            let copy_kind = file_kind(&copy)?;
            let copy_key = match copy_kind {
                FileKind::Encrypted => self.key(),
                _ => None,
            };
            let mut candidate = open_untrusted(&copy, copy_key)?;
            let version = check_candidate(&candidate)?;
            if self.key().is_some() && copy_kind == FileKind::Plain {
                // SQLCipher copies pages only between files with the same key: encrypt the
                // checked private copy first (its schema is exactly ours, checked above).
                drop(candidate);
                crate::store::convert_file(&copy, None, self.key())?;
                candidate = open_untrusted(&copy, self.key())?;
                check_candidate(&candidate)?;
            }
            let live_page = page_size(self.conn())?;
            let page = page_size(&candidate)?;
            if page != live_page {
                return Err(refuse(tr_with(
                    "error-backup-page-size",
                    &args([("page", page.into()), ("ours", live_page.into())]),
                )));
            }
            let safety = safety_dir.join(format!(
                "{SAFETY_PREFIX}{}.db",
                now.format("%Y-%m-%dT%H-%M-%SZ")
            ));
            self.backup_to(&safety)?;
            {
                let backup = rusqlite::backup::Backup::new(&candidate, self.conn_mut())?;
                // One step: the destination is written in a single transaction.
                match backup.step(-1)? {
                    rusqlite::backup::StepResult::Done => {}
                    _ => return Err(CoreError::Storage(tr("error-restore-busy"))),
                }
            }
            drop(candidate);
            migrate(self.conn_mut())?;
            let ok: String = self
                .conn()
                .query_row("PRAGMA quick_check", [], |r| r.get(0))?;
            if ok != "ok" {
                return Err(CoreError::Storage(tr_with(
                    "error-restore-check-failed",
                    &args([("path", safety.display().to_string().into())]),
                )));
            }
            let (pain, activities, check_ins) = counts(self.conn())?;
            prune(safety_dir, SAFETY_PREFIX, SAFETY_KEEP)?;
            Ok(RestoreSummary {
                safety_backup: safety.display().to_string(),
                restored_version: version,
                pain,
                activities,
                check_ins,
            })
        })();
        let _ = std::fs::remove_file(&copy);
        result
    }
}

/// Checks a backup file without changing it: header, integrity, version, schema.
pub fn inspect_backup(path: &Path) -> CoreResult<BackupInfo> {
    inspect_backup_with(path, None)
}

/// `inspect_backup` for a file that may be encrypted with the journal's passphrase.
pub fn inspect_backup_with(path: &Path, key: Option<&Passphrase>) -> CoreResult<BackupInfo> {
    check_header(path, key.is_some())?;
    let dir = std::env::temp_dir();
    let copy = dir.join(format!(
        ".backstory-inspect-{}.db",
        uuid::Uuid::new_v4().simple()
    ));
    let result = (|| {
        // fs::copy keeps the source's permissions; this copy sits in the shared temp folder.
        std::fs::copy(path, &copy)
            .and_then(|_| make_private(&copy))
            .map_err(|e| io(&tr("error-backup-unreadable"), e))?;
        let key = key.filter(|_| file_kind(&copy).ok() == Some(FileKind::Encrypted));
        let conn = open_untrusted(&copy, key)?;
        let version = check_candidate(&conn)?;
        backup_info(path, &conn, version)
    })();
    let _ = std::fs::remove_file(&copy);
    result
}

/// Verifies a freshly written backup (our own file, but checked all the same): it must
/// have the source's schema version (the latest, or the old one before an upgrade).
fn verify_backup(path: &Path, key: Option<&Passphrase>, expected: i64) -> CoreResult<BackupInfo> {
    let conn = open_untrusted(path, key)?;
    let version = check_candidate(&conn)?;
    if version != expected {
        return Err(CoreError::Storage(tr_with(
            "error-backup-schema-mismatch",
            &args([("version", version.into()), ("expected", expected.into())]),
        )));
    }
    backup_info(path, &conn, version)
}

/// What a checked backup at `path` holds, for the list of backups and the restore dialog.
fn backup_info(path: &Path, conn: &Connection, schema_version: i64) -> CoreResult<BackupInfo> {
    let (pain, activities, check_ins) = counts(conn)?;
    Ok(BackupInfo {
        path: path.display().to_string(),
        bytes: std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
        schema_version,
        pain,
        activities,
        check_ins,
    })
}

/// The page size; SQLCipher answers for an encrypted file with text, SQLite with a number.
fn page_size(conn: &Connection) -> CoreResult<i64> {
    let value: rusqlite::types::Value = conn.query_row("PRAGMA page_size", [], |r| r.get(0))?;
    match value {
        rusqlite::types::Value::Integer(n) => Ok(n),
        rusqlite::types::Value::Text(t) => t
            .trim()
            .parse()
            .map_err(|_| refuse(tr("error-backup-page-size-unreadable"))),
        _ => Err(refuse(tr("error-backup-page-size-unreadable"))),
    }
}

fn counts(conn: &Connection) -> CoreResult<(i64, i64, i64)> {
    let count = |table: &str| -> CoreResult<i64> {
        Ok(conn.query_row(
            &format!("SELECT COUNT(*) FROM {table} WHERE deleted_at IS NULL"),
            [],
            |r| r.get(0),
        )?)
    };
    Ok((count("pain_entry")?, count("activity")?, count("check_in")?))
}

/// `encrypted_ok`: the journal is encrypted, so its own backups have no plain header.
fn check_header(path: &Path, encrypted_ok: bool) -> CoreResult<()> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(|e| io(&tr("error-backup-not-opened"), e))?;
    if !meta.is_file() {
        return Err(refuse(tr("error-not-a-regular-file")));
    }
    if meta.len() < 512 {
        return Err(refuse(tr("error-backup-too-small")));
    }
    let mut head = [0u8; 100];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .map_err(|e| io(&tr("error-backup-unreadable"), e))?;
    if &head[..16] != SQLITE_MAGIC && !(encrypted_ok && meta.len() % 512 == 0) {
        return Err(refuse(tr("error-backup-not-sqlite")));
    }
    Ok(())
}

/// Opens a database file read-only and immutable, with schema code untrusted and the
/// defensive flag on, so nothing stored in the file can run or write. `key`: the journal's
/// passphrase for an encrypted file.
fn open_untrusted(path: &Path, key: Option<&Passphrase>) -> CoreResult<Connection> {
    let uri = format!("file:{}?mode=ro&immutable=1", uri_path(path)?);
    let conn = Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|_| refuse(tr("error-backup-not-database")))?;
    if let Some(key) = key {
        apply_key(&conn, key)?;
        check_key(&conn).map_err(|_| refuse(tr("error-backup-other-passphrase")))?;
    }
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA,
        false,
    )?;
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER,
        false,
    )?;
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_VIEW,
        false,
    )?;
    Ok(conn)
}

/// Integrity, version and the exact schema Backstory writes for that version.
fn check_candidate(conn: &Connection) -> CoreResult<i64> {
    let not_ours = |_| refuse(tr("error-backup-damaged"));
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(not_ours)?;
    if version > LATEST_VERSION {
        return Err(refuse(tr_with(
            "error-backup-too-new",
            &args([
                ("version", version.into()),
                ("known", LATEST_VERSION.into()),
            ]),
        )));
    }
    if version < 1 {
        return Err(refuse(tr("error-backup-no-schema")));
    }
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(not_ours)?;
    if check != "ok" {
        return Err(refuse(tr("error-backup-integrity")));
    }
    let found = schema_of(conn).map_err(not_ours)?;
    let expected = expected_schema(version)?;
    if found != expected {
        let extra: Vec<&str> = found
            .iter()
            .filter(|o| !expected.contains(o))
            .map(|o| o.1.as_str())
            .take(3)
            .collect();
        let detail = if extra.is_empty() {
            tr("error-backup-tables-missing")
        } else {
            tr_with(
                "error-backup-tables-altered",
                &args([("tables", extra.join(", ").into())]),
            )
        };
        return Err(refuse(tr_with(
            "error-backup-structure",
            &args([("detail", detail.into())]),
        )));
    }
    Ok(version)
}

type SchemaRow = (String, String, String, Option<String>);

fn schema_of(conn: &Connection) -> rusqlite::Result<Vec<SchemaRow>> {
    let mut stmt =
        conn.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    rows.collect()
}

/// The schema a Backstory journal has at `version`, built fresh in memory.
fn expected_schema(version: i64) -> CoreResult<Vec<SchemaRow>> {
    let mut conn = Connection::open_in_memory()?;
    let tx = conn.transaction()?;
    for sql in MIGRATIONS.iter().take(version as usize) {
        tx.execute_batch(sql)?;
    }
    tx.commit()?;
    Ok(schema_of(&conn)?)
}

fn uri_path(path: &Path) -> CoreResult<String> {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()?.join(path)
    };
    let text = abs
        .to_str()
        .ok_or_else(|| CoreError::validation("path", tr("error-path-not-text")))?;
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"/._-~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    Ok(out)
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Deletes all but the newest `keep` files named `<prefix>...db` in `dir`.
fn prune(dir: &Path, prefix: &str, keep: usize) -> CoreResult<()> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| io(&tr("error-backup-folder-unreadable"), e))?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.starts_with(prefix) && n.ends_with(".db"))
        .collect();
    names.sort();
    let excess = names.len().saturating_sub(keep);
    for name in names.into_iter().take(excess) {
        let _ = std::fs::remove_file(dir.join(name));
    }
    Ok(())
}

/// Backups made before an upgrade or a restore follow the daily ones out: each is kept
/// until `DAILY_KEEP` newer daily backups (each verified before it got its name) exist,
/// then deleted, so a deleted entry does not live on in a forgotten copy.
fn retire_superseded(dir: &Path) -> CoreResult<()> {
    let modified = |name: &str| {
        std::fs::metadata(dir.join(name))
            .and_then(|m| m.modified())
            .ok()
    };
    let names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| io(&tr("error-backup-folder-unreadable"), e))?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".db"))
        .collect();
    let daily: Vec<std::time::SystemTime> = names
        .iter()
        .filter(|n| n.starts_with(DAILY_PREFIX))
        .filter_map(|n| modified(n))
        .collect();
    for name in names
        .iter()
        .filter(|n| n.starts_with(UPGRADE_BACKUP_PREFIX) || n.starts_with(SAFETY_PREFIX))
    {
        let Some(made) = modified(name) else {
            continue;
        };
        if daily.iter().filter(|d| **d > made).count() >= DAILY_KEEP {
            let _ = std::fs::remove_file(dir.join(name));
        }
    }
    Ok(())
}

/// Lists the backups in the data folder's backup folder, newest first.
pub fn list_backups(data_dir: &Path) -> Vec<String> {
    let dir = data_dir.join(BACKUP_DIR);
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| !n.starts_with('.') && n.ends_with(".db"))
        .collect();
    names.sort();
    names.reverse();
    names
}
