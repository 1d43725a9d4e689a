//! Encryption at rest and locking: unlock, lock, turn encryption on or off, change the
//! passphrase, the idle lock, and recovering a journal that cannot be opened. A locked
//! journal is closed (its key zeroed) and the session holds the "encrypted" failure, so
//! every other request is refused until the passphrase is given again.

use super::{parse, AppError, AppResult, AppStatus, Now, OpenFailure, Session, Written};
use backstory_core::i18n::{args, tr, tr_with};
use backstory_core::store::backups::Retention;
use backstory_core::store::location::{storage_warning, StorageWarning};
use backstory_core::store::recover::restore_damaged;
use backstory_core::store::{EncryptionChange, IntegrityCheck, Passphrase};
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

/// Setting key: lock the journal after this many idle minutes (absent = never).
pub const IDLE_LOCK_KEY: &str = "lock_after_idle_min";
/// Longest idle time the user may choose, in minutes.
pub const IDLE_LOCK_MAX_MIN: u32 = 24 * 60;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SecurityStatus {
    pub encrypted: bool,
    pub locked: bool,
    /// Minutes of inactivity after which the window locks the journal, if set.
    pub idle_lock_minutes: Option<u32>,
    pub storage_warning: Option<StorageWarning>,
    /// Set when the data folder was open to other accounts and was made private at this
    /// start (said once: the next start finds nothing to repair).
    pub permissions_repaired: Option<String>,
    /// How long deleted entries and backups are kept (the Settings page says so).
    pub retention: Retention,
}

/// The notice for a data folder made private at start-up.
pub fn permissions_notice(repaired: usize) -> Option<String> {
    (repaired > 0).then(|| {
        tr_with(
            "error-permissions-repaired",
            &args([("count", repaired.into())]),
        )
    })
}

/// The failure a locked journal shows: the lock screen asks for the passphrase.
pub fn locked_failure() -> OpenFailure {
    OpenFailure {
        kind: "database".into(),
        reason: Some("encrypted".into()),
        message: tr("error-journal-locked"),
    }
}

fn is_locked(failure: &OpenFailure) -> bool {
    matches!(
        failure.reason.as_deref(),
        Some("encrypted") | Some("wrong_passphrase")
    )
}

fn passphrase(text: String, field: &str) -> AppResult<Passphrase> {
    Passphrase::new(text).map_err(|e| AppError::from(e).on_field(field))
}

fn new_passphrase(text: String, confirm: String, field: &str) -> AppResult<Passphrase> {
    if text != confirm {
        return Err(AppError::validation(
            "confirm",
            tr("error-passphrases-differ"),
        ));
    }
    Passphrase::new_choice(text).map_err(|e| AppError::from(e).on_field(field))
}

/// A wrong current passphrase belongs next to its field.
fn field_if_wrong(mut err: AppError, field: &str) -> AppError {
    if err.kind == "database" && err.field.is_none() && err.message.contains("passphrase") {
        err.field = Some(field.into());
    }
    err
}

pub fn security_status(session: &Session) -> SecurityStatus {
    let warning = storage_warning(session.data_dir.root());
    match &session.journal {
        Ok(journal) => SecurityStatus {
            encrypted: journal.file().is_encrypted(),
            locked: false,
            idle_lock_minutes: journal
                .settings()
                .get(IDLE_LOCK_KEY)
                .ok()
                .flatten()
                .and_then(|v| v.parse().ok()),
            storage_warning: warning,
            permissions_repaired: permissions_notice(journal.file().permissions_repaired()),
            retention: Retention::CURRENT,
        },
        Err(failure) => SecurityStatus {
            encrypted: is_locked(failure),
            locked: is_locked(failure),
            idle_lock_minutes: None,
            storage_warning: warning,
            permissions_repaired: None,
            retention: Retention::CURRENT,
        },
    }
}

/// An unlock's outcome: `opened` when this call opened the journal (then `check` must
/// run after the first screen, followed by the daily backup).
pub struct Unlocked {
    pub status: AppStatus,
    pub opened: bool,
    pub check: Option<IntegrityCheck>,
}

/// Opens the encrypted journal with the passphrase (one key derivation); a wrong one
/// changes nothing.
pub fn unlock_journal(session: &mut Session, passphrase: String, now: Now) -> AppResult<Unlocked> {
    let key = self::passphrase(passphrase, "passphrase")?;
    if session.journal.is_ok() {
        return Ok(Unlocked {
            status: session.status(),
            opened: false,
            check: None,
        });
    }
    let (opened, check) =
        Session::open_check_later(session.data_dir.clone(), session.demo, Some(&key), now);
    match &opened.journal {
        Ok(_) => {
            *session = opened;
            Ok(Unlocked {
                status: session.status(),
                opened: true,
                check,
            })
        }
        Err(failure) => Err(AppError {
            kind: failure.kind.clone(),
            message: failure.message.clone(),
            field: Some("passphrase".into()),
        }),
    }
}

/// Closes the journal now; the window shows the lock screen.
pub fn lock_journal(session: &mut Session) -> AppResult<AppStatus> {
    match &session.journal {
        Ok(journal) if journal.file().is_encrypted() => {
            // Dropping the journal closes the database and zeroes the key.
            session.close(locked_failure());
            Ok(session.status())
        }
        Ok(_) => Err(AppError::new(
            "validation",
            tr("error-lock-needs-encryption"),
        )),
        Err(_) => Ok(session.status()),
    }
}

pub fn encryption_enable(
    session: &mut Session,
    passphrase: String,
    confirm: String,
) -> AppResult<EncryptionChange> {
    let key = new_passphrase(passphrase, confirm, "passphrase")?;
    Ok(session.journal_mut()?.file_mut().enable_encryption(&key)?)
}

pub fn encryption_disable(
    session: &mut Session,
    passphrase: String,
) -> AppResult<EncryptionChange> {
    let key = self::passphrase(passphrase, "current")?;
    session
        .journal_mut()?
        .file_mut()
        .disable_encryption(&key)
        .map_err(|e| field_if_wrong(e.into(), "current"))
}

pub fn encryption_change(
    session: &mut Session,
    current: String,
    passphrase: String,
    confirm: String,
) -> AppResult<EncryptionChange> {
    let old = self::passphrase(current, "current")?;
    let new = new_passphrase(passphrase, confirm, "passphrase")?;
    session
        .journal_mut()?
        .file_mut()
        .change_passphrase(&old, &new)
        .map_err(|e| field_if_wrong(e.into(), "current"))
}

/// Sets (or clears, with null) the idle time after which the window locks the journal.
pub fn set_idle_lock(session: &mut Session, minutes: Value) -> AppResult<Written<()>> {
    let minutes: Option<u32> = parse(minutes)?;
    let value = match minutes {
        Some(m) if m == 0 || m > IDLE_LOCK_MAX_MIN => {
            return Err(AppError::validation(
                "minutes",
                tr_with(
                    "error-idle-lock-range",
                    &args([("max", IDLE_LOCK_MAX_MIN.into())]),
                ),
            ))
        }
        Some(m) => m.to_string(),
        None => "off".to_string(),
    };
    session
        .journal_mut()?
        .settings_mut()
        .set(IDLE_LOCK_KEY, &value)?;
    Ok(Written::settings(()))
}

/// Replaces a journal that cannot be opened (damaged, or not a database) with one of its
/// backups, chosen by file name from the backups folder. The unreadable file is kept
/// beside the journal under a new name, never deleted.
pub fn recover_from_backup(session: &mut Session, name: Value, now: Now) -> AppResult<AppStatus> {
    let name: String = parse(name)?;
    let backup = session.data_dir.backup_named(session.demo, &name)?;
    match &session.journal {
        Ok(_) => return Err(AppError::new("validation", tr("error-recover-not-needed"))),
        Err(failure) if is_locked(failure) => {
            return Err(AppError::new(
                "validation",
                tr("error-recover-unlock-first"),
            ))
        }
        Err(_) => {}
    }
    restore_damaged(&session.journal_path(), &backup, now.utc())?;
    *session = Session::open_with_upkeep(session.data_dir.clone(), session.demo, None, now);
    Ok(session.status())
}
