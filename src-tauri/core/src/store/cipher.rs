//! Optional encryption at rest with SQLCipher (AES-256 pages, HMAC-SHA512 per page, key
//! from the passphrase by PBKDF2-HMAC-SHA512). Turning it on or off writes a converted copy
//! beside the journal, checks it, and swaps it in with one rename, so a crash at any moment
//! leaves either the old file or the new one. The backups in `backups/` follow the journal:
//! they are converted too, so no plain copy is left behind when encryption is turned on.
//! A passphrase never goes into an error message, a log line or a `Debug` print.
//!
//! Opening an existing encrypted journal derives the page key once ([`derive_key`]:
//! PBKDF2-HMAC-SHA512 with the file's salt, exactly what SQLCipher would compute) and hands
//! every connection of that open (the read-only check, the journal's connection, the
//! background integrity check) the derived key as an SQLCipher raw key `x'...'`, so the
//! slow derivation runs once per unlock, not once per connection.

use super::{configure, Journal};
use crate::error::{CoreError, CoreResult, DatabaseProblem};
use crate::i18n::{args, tr, tr_with};
use age::secrecy::{ExposeSecret, SecretString};
use rusqlite::{Connection, OpenFlags};
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

/// PBKDF2-HMAC-SHA512 iterations for the page key. SQLCipher's default (256,000) takes
/// about 0.1 s on the reference machine; 1,500,000 takes about 0.6 s, inside the 0.5-2 s
/// target for a passphrase KDF (docs/security.md has the measurements). Changing this
/// number makes existing encrypted journals unreadable: never change it without a
/// migration that rekeys.
pub const KDF_ITER: u32 = 1_500_000;

/// Shortest passphrase accepted for the journal.
pub const PASSPHRASE_MIN_CHARS: usize = 8;
/// Longest passphrase accepted (bounds the work before the KDF).
pub const PASSPHRASE_MAX_CHARS: usize = 1024;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// Prefix of the converted copy written beside the journal before the swap.
const CONVERT_PREFIX: &str = ".convert-";

/// A journal passphrase: zeroed when dropped, never printed.
#[derive(Clone)]
pub struct Passphrase(SecretString);

impl Passphrase {
    /// Wraps a passphrase typed to unlock a journal (no length rule beyond the maximum:
    /// the journal decides whether it is right).
    pub fn new(text: impl Into<String>) -> CoreResult<Passphrase> {
        let text: String = text.into();
        if text.is_empty() {
            return Err(CoreError::validation(
                "passphrase",
                tr("error-enter-passphrase"),
            ));
        }
        if text.chars().count() > PASSPHRASE_MAX_CHARS {
            return Err(wrong_passphrase());
        }
        Ok(Passphrase(SecretString::from(text)))
    }

    /// A passphrase chosen for a journal: at least 8 and at most 1024 characters.
    pub fn new_choice(text: impl Into<String>) -> CoreResult<Passphrase> {
        let text: String = text.into();
        let count = text.chars().count();
        if count < PASSPHRASE_MIN_CHARS {
            return Err(CoreError::validation(
                "passphrase",
                tr_with(
                    "error-passphrase-too-short",
                    &args([("min", PASSPHRASE_MIN_CHARS.into())]),
                ),
            ));
        }
        if count > PASSPHRASE_MAX_CHARS {
            return Err(CoreError::validation(
                "passphrase",
                tr_with(
                    "error-passphrase-too-long",
                    &args([("max", PASSPHRASE_MAX_CHARS.into())]),
                ),
            ));
        }
        Ok(Passphrase(SecretString::from(text)))
    }

    fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// Compares without stopping at the first differing byte.
    fn same_as(&self, other: &Passphrase) -> bool {
        let (a, b) = (self.expose().as_bytes(), other.expose().as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(<hidden>)")
    }
}

pub(crate) fn wrong_passphrase() -> CoreError {
    CoreError::Database {
        reason: DatabaseProblem::WrongPassphrase,
        message: tr("error-wrong-passphrase"),
    }
}

pub(crate) fn needs_passphrase() -> CoreError {
    CoreError::Database {
        reason: DatabaseProblem::Encrypted,
        message: tr("error-journal-encrypted"),
    }
}

/// What a file on disk looks like from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Missing,
    /// Exists with no bytes (SQLite treats it as a new database).
    Empty,
    /// Starts with SQLite's plain header.
    Plain,
    /// Whole pages of bytes with no plain header: an SQLCipher file (or noise).
    Encrypted,
    /// Anything else: not a database.
    Other,
}

/// Classifies a database file without opening it with SQLite.
pub fn file_kind(path: &Path) -> CoreResult<FileKind> {
    use std::io::Read;
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileKind::Missing),
        Err(e) => {
            return Err(CoreError::Io(tr_with(
                "error-journal-file-io",
                &args([("reason", e.kind().to_string().into())]),
            )))
        }
    };
    if meta.len() == 0 {
        return Ok(FileKind::Empty);
    }
    let mut head = [0u8; 16];
    let read = std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok();
    if read && &head == SQLITE_MAGIC {
        return Ok(FileKind::Plain);
    }
    // SQLCipher replaces the header with a random salt; its files are whole pages.
    if read && meta.len() >= 1024 && meta.len() % 512 == 0 {
        return Ok(FileKind::Encrypted);
    }
    Ok(FileKind::Other)
}

/// Sets the process-wide SQLCipher defaults once (attached databases take these, not the
/// main connection's settings).
fn cipher_defaults() -> CoreResult<()> {
    static DONE: OnceLock<Result<(), String>> = OnceLock::new();
    DONE.get_or_init(|| {
        let conn = Connection::open_in_memory().map_err(|e| e.to_string())?;
        conn.pragma_update(None, "cipher_default_kdf_iter", KDF_ITER)
            .map_err(|e| e.to_string())?;
        // SQLCipher's own log lines (e.g. "hmac check failed" on a wrong passphrase) go to
        // stderr; they say nothing the error does not, so they are turned off.
        conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()))
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(()),
                other => Err(other),
            })
            .map_err(|e| e.to_string())
    })
    .clone()
    .map_err(|e| {
        CoreError::Storage(tr_with(
            "error-sqlcipher-setup",
            &args([("detail", e.into())]),
        ))
    })
}

/// SQLCipher 4's page key for one file, already derived: sent as a raw key (`x'<hex>'`),
/// so SQLCipher runs no key derivation. Zeroed when dropped, never printed.
#[derive(Clone)]
pub(crate) struct RawKey(SecretString);

impl std::fmt::Debug for RawKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RawKey(<hidden>)")
    }
}

/// Length of SQLCipher's per-file salt, stored in the first bytes of the file.
const SALT_LEN: usize = 16;
/// SQLCipher 4's page key length (AES-256).
const KEY_LEN: usize = 32;

thread_local! {
    static DERIVATIONS: Cell<u64> = const { Cell::new(0) };
}

/// How many passphrase key derivations ([`derive_key`]) ran on the calling thread. Tests use
/// it to prove that opening an encrypted journal derives the key once.
pub fn key_derivations_on_this_thread() -> u64 {
    DERIVATIONS.with(Cell::get)
}

/// Derives the page key of the encrypted file at `path` from the passphrase, the way
/// SQLCipher 4 does with this journal's settings: PBKDF2-HMAC-SHA512, [`KDF_ITER`]
/// iterations, the 16-byte salt at the start of the file, 32 bytes. This is the slow step
/// (0.5-1 s on purpose); everything after it uses the result.
pub(crate) fn derive_key(key: &Passphrase, path: &Path) -> CoreResult<RawKey> {
    use age::secrecy::zeroize::Zeroize;
    use std::io::Read;
    let mut salt = [0u8; SALT_LEN];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut salt))
        .map_err(|e| {
            CoreError::Io(tr_with(
                "error-journal-file-io",
                &args([("reason", e.kind().to_string().into())]),
            ))
        })?;
    DERIVATIONS.with(|n| n.set(n.get() + 1));
    let mut bytes = [0u8; KEY_LEN];
    pbkdf2::pbkdf2_hmac::<sha2::Sha512>(key.expose().as_bytes(), &salt, KDF_ITER, &mut bytes);
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(3 + 2 * KEY_LEN);
    text.push_str("x'");
    for b in bytes {
        text.push(HEX[usize::from(b >> 4)] as char);
        text.push(HEX[usize::from(b & 15)] as char);
    }
    text.push('\'');
    bytes.zeroize();
    Ok(RawKey(SecretString::from(text)))
}

/// Keys a fresh connection with an already derived key (no key derivation); the next
/// read tells whether it is right.
pub(crate) fn apply_raw_key(conn: &Connection, key: &RawKey) -> CoreResult<()> {
    cipher_defaults()?;
    conn.pragma_update(None, "key", key.0.expose_secret())?;
    Ok(())
}

/// Keys a fresh connection; the next read tells whether the passphrase is right.
pub(crate) fn apply_key(conn: &Connection, key: &Passphrase) -> CoreResult<()> {
    cipher_defaults()?;
    conn.pragma_update(None, "key", key.expose())?;
    conn.pragma_update(None, "kdf_iter", KDF_ITER)?;
    Ok(())
}

/// First read on a keyed connection: a wrong passphrase shows up as "not a database".
pub(crate) fn check_key(conn: &Connection) -> CoreResult<()> {
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(()),
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ffi::ErrorCode::NotADatabase =>
        {
            Err(wrong_passphrase())
        }
        Err(e) => Err(e.into()),
    }
}

/// Opens a database file read-only with an optional key (for checks, never for writes).
pub(crate) fn open_read_only(path: &Path, key: Option<&Passphrase>) -> CoreResult<Connection> {
    let conn = read_only_connection(path)?;
    if let Some(key) = key {
        apply_key(&conn, key)?;
        check_key(&conn)?;
    }
    Ok(conn)
}

/// `open_read_only` with an already derived key.
pub(crate) fn open_read_only_raw(path: &Path, key: Option<&RawKey>) -> CoreResult<Connection> {
    let conn = read_only_connection(path)?;
    if let Some(key) = key {
        apply_raw_key(&conn, key)?;
        check_key(&conn)?;
    }
    Ok(conn)
}

fn read_only_connection(path: &Path) -> CoreResult<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(Duration::from_secs(5))?;
    Ok(conn)
}

fn sync_file(path: &Path) -> CoreResult<()> {
    std::fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(|e| {
            CoreError::Io(tr_with(
                "error-file-not-flushed",
                &args([("reason", e.kind().to_string().into())]),
            ))
        })
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

fn parent_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn temp_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    parent_of(path).join(format!(
        "{CONVERT_PREFIX}{name}-{}",
        uuid::Uuid::new_v4().simple()
    ))
}

/// Every user table with its live-row count, to compare a copy with its source.
fn fingerprint(conn: &Connection) -> CoreResult<(i64, Vec<(String, i64)>)> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut counts = Vec::with_capacity(names.len());
    for name in names {
        let n: i64 = conn.query_row(
            &format!("SELECT count(*) FROM \"{}\"", name.replace('"', "\"\"")),
            [],
            |r| r.get(0),
        )?;
        counts.push((name, n));
    }
    Ok((version, counts))
}

/// Writes a copy of the database open on `source` to `dest` with `dest_key` (None =
/// plain), fsyncs it and checks it reads back with the same tables, rows and version.
fn export_copy(source: &Connection, dest: &Path, dest_key: Option<&Passphrase>) -> CoreResult<()> {
    cipher_defaults()?;
    let dest_text = dest
        .to_str()
        .ok_or_else(|| CoreError::validation("path", tr("error-folder-path-not-text")))?;
    let key_text = dest_key.map(|k| k.expose()).unwrap_or("");
    // Created empty and owner-only first: SQLite keeps the file's permissions (and gives
    // them to its journal files), where it would otherwise use the umask.
    super::private::create_private_file(dest)?;
    source.execute(
        "ATTACH DATABASE ?1 AS convert_target KEY ?2",
        [dest_text, key_text],
    )?;
    let exported = (|| -> CoreResult<()> {
        source.query_row("SELECT sqlcipher_export('convert_target')", [], |_| Ok(()))?;
        let version: i64 = source.query_row("PRAGMA main.user_version", [], |r| r.get(0))?;
        source.pragma_update(Some("convert_target"), "user_version", version)?;
        Ok(())
    })();
    let detached = source.execute_batch("DETACH DATABASE convert_target");
    exported?;
    detached?;
    sync_file(dest)?;
    let expected = fingerprint(source)?;
    let copy = open_read_only(dest, dest_key)?;
    let check: String = copy.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if check != "ok" || fingerprint(&copy)? != expected {
        return Err(CoreError::Storage(tr("error-converted-copy-bad")));
    }
    Ok(())
}

/// Converts one database file in place (copy, check, rename), e.g. a backup.
pub(crate) fn convert_file(
    path: &Path,
    from: Option<&Passphrase>,
    to: Option<&Passphrase>,
) -> CoreResult<()> {
    let tmp = temp_beside(path);
    let result = (|| {
        // ATTACH needs a connection that may write (to the copy); the source itself is
        // never written.
        let writer = Connection::open(path)?;
        if let Some(key) = from {
            apply_key(&writer, key)?;
            check_key(&writer)?;
        }
        export_copy(&writer, &tmp, to)?;
        drop(writer);
        std::fs::rename(&tmp, path).map_err(|e| {
            CoreError::Io(tr_with(
                "error-converted-file-not-in-place",
                &args([("reason", e.kind().to_string().into())]),
            ))
        })?;
        sync_dir(parent_of(path));
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// What happened to the backups when the journal's encryption changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct EncryptionChange {
    pub encrypted: bool,
    /// Backups converted to match the journal.
    pub backups_converted: usize,
    /// Backups that could not be read with the old passphrase (damaged or from elsewhere),
    /// left as they were.
    pub backups_skipped: usize,
}

/// Removes converted copies left by a conversion that was interrupted (crash, power cut):
/// the journal itself is always whole, either the old file or the new one.
pub(crate) fn remove_leftovers(journal_path: &Path) {
    let dir = parent_of(journal_path);
    let Some(name) = journal_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
    else {
        return;
    };
    let prefix = format!("{CONVERT_PREFIX}{name}-");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

impl Journal {
    /// Whether the journal file is encrypted with a passphrase.
    pub(crate) fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    pub(crate) fn key(&self) -> Option<&Passphrase> {
        self.key.as_ref()
    }

    fn file_path(&self) -> CoreResult<PathBuf> {
        self.path.clone().ok_or_else(|| {
            CoreError::validation("passphrase", tr("error-memory-journal-no-encryption"))
        })
    }

    /// Checks `given` against the journal's passphrase.
    pub(crate) fn check_passphrase(&self, given: &Passphrase) -> CoreResult<()> {
        match &self.key {
            Some(key) if key.same_as(given) => Ok(()),
            Some(_) => Err(wrong_passphrase()),
            None => Err(CoreError::validation(
                "passphrase",
                tr("error-not-encrypted"),
            )),
        }
    }

    /// Encrypts the journal (and its backups) with a new passphrase.
    pub(crate) fn enable_encryption(&mut self, new: &Passphrase) -> CoreResult<EncryptionChange> {
        if self.key.is_some() {
            return Err(CoreError::validation(
                "passphrase",
                tr("error-already-encrypted"),
            ));
        }
        self.convert(Some(new.clone()))
    }

    /// Decrypts the journal (and its backups) after checking the current passphrase.
    pub(crate) fn disable_encryption(
        &mut self,
        current: &Passphrase,
    ) -> CoreResult<EncryptionChange> {
        self.check_passphrase(current)?;
        self.convert(None)
    }

    /// Re-encrypts the journal with a new passphrase (SQLCipher's rekey, one transaction),
    /// then its backups, after checking the current one.
    pub(crate) fn change_passphrase(
        &mut self,
        current: &Passphrase,
        new: &Passphrase,
    ) -> CoreResult<EncryptionChange> {
        self.check_passphrase(current)?;
        self.conn.pragma_update(None, "rekey", new.expose())?;
        check_key(&self.conn)?;
        let old = self.key.replace(new.clone());
        let (converted, skipped) = self.convert_backups(old.as_ref(), Some(new));
        Ok(EncryptionChange {
            encrypted: true,
            backups_converted: converted,
            backups_skipped: skipped,
        })
    }

    /// Writes a copy with `to` as its key, checks it, swaps it in, then converts backups.
    fn convert(&mut self, to: Option<Passphrase>) -> CoreResult<EncryptionChange> {
        let path = self.file_path()?;
        let tmp = temp_beside(&path);
        let copied = export_copy(&self.conn, &tmp, to.as_ref());
        if let Err(err) = copied {
            let _ = std::fs::remove_file(&tmp);
            return Err(err);
        }
        if let Err(err) = self.swap_in(&path, &tmp, to.clone()) {
            let _ = std::fs::remove_file(&tmp);
            return Err(err);
        }
        let from = std::mem::replace(&mut self.key, to);
        let (converted, skipped) = self.convert_backups(from.as_ref(), self.key.clone().as_ref());
        Ok(EncryptionChange {
            encrypted: self.key.is_some(),
            backups_converted: converted,
            backups_skipped: skipped,
        })
    }

    /// Closes the live file, renames the checked copy over it and opens it. Before the
    /// rename the old file is whole and in use; after it, the new one.
    fn swap_in(&mut self, path: &Path, tmp: &Path, key: Option<Passphrase>) -> CoreResult<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                r.get::<_, i64>(0)
            })?;
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        if let Err((conn, err)) = old.close() {
            self.conn = conn;
            return Err(err.into());
        }
        let wal = PathBuf::from(format!("{}-wal", path.display()));
        let wal_left = std::fs::metadata(&wal)
            .map(|m| m.len() > 0)
            .unwrap_or(false);
        let reopen_old = |key: Option<&Passphrase>| -> CoreResult<Connection> {
            let conn = Connection::open(path)?;
            if let Some(k) = key {
                apply_key(&conn, k)?;
            }
            configure(&conn)?;
            Ok(conn)
        };
        if wal_left {
            // Another program still has the journal open: do not swap under it.
            self.conn = reopen_old(self.key.as_ref())?;
            return Err(CoreError::Database {
                reason: DatabaseProblem::Locked,
                message: tr("error-db-open-elsewhere"),
            });
        }
        let _ = std::fs::remove_file(format!("{}-shm", path.display()));
        if let Err(e) = std::fs::rename(tmp, path) {
            self.conn = reopen_old(self.key.as_ref())?;
            return Err(CoreError::Io(tr_with(
                "error-converted-journal-not-in-place",
                &args([("reason", e.kind().to_string().into())]),
            )));
        }
        sync_dir(parent_of(path));
        self.conn = reopen_old(key.as_ref())?;
        check_key(&self.conn)?;
        Ok(())
    }

    /// Converts every backup in the journal's backup folder from one key to another.
    fn convert_backups(
        &self,
        from: Option<&Passphrase>,
        to: Option<&Passphrase>,
    ) -> (usize, usize) {
        let Some(path) = &self.path else {
            return (0, 0);
        };
        let dir = parent_of(path).join(super::backups::BACKUP_DIR);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return (0, 0);
        };
        let (mut converted, mut skipped) = (0, 0);
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                // An unfinished temporary file from an interrupted backup or restore: it
                // would keep the old key (or none), so it goes.
                let _ = std::fs::remove_file(entry.path());
                continue;
            }
            if !name.ends_with(".db") {
                continue;
            }
            match convert_file(&entry.path(), from, to) {
                Ok(()) => converted += 1,
                Err(_) => skipped += 1,
            }
        }
        (converted, skipped)
    }
}
