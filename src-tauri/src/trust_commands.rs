//! Encryption at rest and locking, as IPC commands: unlock at start, lock now (the UI also
//! calls it after the idle time the user chose), turn encryption on or off, change the
//! passphrase; and the data-folder warning. A locked journal is closed (its key zeroed) and
//! the session holds the "encrypted" failure, so every other command is refused until
//! the passphrase is given again.

use crate::commands::AppStatus;
use crate::error::{IpcError, IpcResult};
use crate::state::{AppState, OpenFailure};
use backstory_core::domain::parse_json;
use backstory_core::store::backups::{self, Retention};
use backstory_core::store::location::{storage_warning, StorageWarning};
use backstory_core::store::recover::restore_damaged;
use backstory_core::store::{EncryptionChange, Passphrase};
use backstory_core::CoreError;
use chrono::Utc;
use serde::Serialize;
use serde_json::Value;
use tauri::State;

/// Setting key: lock the journal after this many idle minutes (absent = never).
pub const IDLE_LOCK_KEY: &str = "lock_after_idle_min";
/// Longest idle time the user may choose, in minutes.
pub const IDLE_LOCK_MAX_MIN: u32 = 24 * 60;

#[derive(Debug, Serialize)]
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
        format!("Other accounts on this computer could read your journal's folder ({repaired} files or folders). Backstory has made them private to you.")
    })
}

/// The failure a locked journal shows: the lock screen asks for the passphrase.
pub fn locked_failure() -> OpenFailure {
    OpenFailure {
        kind: "database".into(),
        reason: Some("encrypted".into()),
        message: "The journal is locked. Enter your passphrase to open it.".into(),
    }
}

fn is_locked(failure: &OpenFailure) -> bool {
    matches!(
        failure.reason.as_deref(),
        Some("encrypted") | Some("wrong_passphrase")
    )
}

/// Passphrase errors belong next to the passphrase field.
fn on_field(err: CoreError, field: &str) -> IpcError {
    let mut ipc = IpcError::from(err);
    if ipc.field.is_none() {
        ipc.field = Some(field.into());
    }
    ipc
}

fn passphrase(text: String, field: &str) -> IpcResult<Passphrase> {
    Passphrase::new(text).map_err(|e| on_field(e, field))
}

fn new_passphrase(text: String, confirm: String, field: &str) -> IpcResult<Passphrase> {
    if text != confirm {
        return Err(IpcError {
            kind: "validation".into(),
            message: "the two passphrases are not the same".into(),
            field: Some("confirm".into()),
        });
    }
    Passphrase::new_choice(text).map_err(|e| on_field(e, field))
}

#[tauri::command(async)]
pub fn security_status(state: State<'_, AppState>) -> SecurityStatus {
    let session = state.session();
    let warning = storage_warning(&session.data_dir);
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

/// Opens the encrypted journal with the passphrase; a wrong one changes nothing.
#[tauri::command(async)]
pub fn unlock_journal(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    passphrase: String,
) -> IpcResult<AppStatus> {
    crate::ready::mark_unlock();
    let key = self::passphrase(passphrase, "passphrase")?;
    let mut session = state.session();
    if session.journal.is_ok() {
        return Ok(crate::commands::status_of(&session));
    }
    // One key derivation; the full integrity check and the daily backup follow the
    // first screen (lib.rs, verify_later).
    let (opened, check) =
        crate::open_session_checked_later(session.data_dir.clone(), session.demo, Some(&key));
    match &opened.journal {
        Ok(_) => {
            *session = opened;
            let status = crate::commands::status_of(&session);
            drop(session);
            crate::verify_later(app, check, crate::Backup::Session);
            Ok(status)
        }
        Err(failure) => Err(IpcError {
            kind: failure.kind.clone(),
            message: failure.message.clone(),
            field: Some("passphrase".into()),
        }),
    }
}

/// Closes the journal now; the window shows the lock screen.
#[tauri::command(async)]
pub fn lock_journal(state: State<'_, AppState>) -> IpcResult<AppStatus> {
    let mut session = state.session();
    match &session.journal {
        Ok(journal) if journal.file().is_encrypted() => {
            // Dropping the journal closes the database and zeroes the key.
            session.journal = Err(locked_failure());
            Ok(crate::commands::status_of(&session))
        }
        Ok(_) => Err(IpcError::new(
            "validation",
            "Only an encrypted journal can be locked: turn encryption on first.",
        )),
        Err(_) => Ok(crate::commands::status_of(&session)),
    }
}

#[tauri::command(async)]
pub fn encryption_enable(
    state: State<'_, AppState>,
    passphrase: String,
    confirm: String,
) -> IpcResult<EncryptionChange> {
    let key = new_passphrase(passphrase, confirm, "passphrase")?;
    state.with_journal(|j| j.file_mut().enable_encryption(&key))
}

#[tauri::command(async)]
pub fn encryption_disable(
    state: State<'_, AppState>,
    passphrase: String,
) -> IpcResult<EncryptionChange> {
    let key = self::passphrase(passphrase, "current")?;
    state
        .with_journal(|j| j.file_mut().disable_encryption(&key))
        .map_err(|e| field_if_wrong(e, "current"))
}

#[tauri::command(async)]
pub fn encryption_change(
    state: State<'_, AppState>,
    current: String,
    passphrase: String,
    confirm: String,
) -> IpcResult<EncryptionChange> {
    let old = self::passphrase(current, "current")?;
    let new = new_passphrase(passphrase, confirm, "passphrase")?;
    state
        .with_journal(|j| j.file_mut().change_passphrase(&old, &new))
        .map_err(|e| field_if_wrong(e, "current"))
}

fn field_if_wrong(mut err: IpcError, field: &str) -> IpcError {
    if err.kind == "database" && err.field.is_none() && err.message.contains("passphrase") {
        err.field = Some(field.into());
    }
    err
}

/// Sets (or clears, with null) the idle time after which the window locks the journal.
#[tauri::command(async)]
pub fn set_idle_lock(state: State<'_, AppState>, minutes: Value) -> IpcResult<()> {
    let minutes: Option<u32> = parse_json(minutes).map_err(IpcError::from)?;
    match minutes {
        Some(m) if m == 0 || m > IDLE_LOCK_MAX_MIN => Err(IpcError {
            kind: "validation".into(),
            message: format!("choose between 1 and {IDLE_LOCK_MAX_MIN} minutes"),
            field: Some("minutes".into()),
        }),
        Some(m) => state.with_journal(|j| j.settings_mut().set(IDLE_LOCK_KEY, &m.to_string())),
        None => state.with_journal(|j| j.settings_mut().set(IDLE_LOCK_KEY, "off")),
    }
}

/// Replaces a journal that cannot be opened (damaged, or not a database) with one of its
/// backups, chosen by file name from the backups folder. The unreadable file is kept
/// beside the journal under a new name, never deleted.
#[tauri::command(async)]
pub fn recover_from_backup(state: State<'_, AppState>, name: Value) -> IpcResult<AppStatus> {
    let name: String = parse_json(name).map_err(IpcError::from)?;
    let plain_name = !name.is_empty()
        && !name.starts_with('.')
        && name.ends_with(".db")
        && !name.contains(['/', '\\']);
    if !plain_name {
        return Err(IpcError {
            kind: "validation".into(),
            message: "choose one of the backups listed".into(),
            field: Some("name".into()),
        });
    }
    let mut session = state.session();
    match &session.journal {
        Ok(_) => {
            return Err(IpcError::new(
                "validation",
                "The journal opens normally: restore a backup from Sharing instead.",
            ))
        }
        Err(failure) if is_locked(failure) => {
            return Err(IpcError::new(
                "validation",
                "The journal is encrypted: unlock it first.",
            ))
        }
        Err(_) => {}
    }
    let path = session.journal_path();
    let backup = path
        .parent()
        .unwrap_or(std::path::Path::new("."))
        .join(backups::BACKUP_DIR)
        .join(&name);
    restore_damaged(&path, &backup, Utc::now()).map_err(IpcError::from)?;
    *session = crate::open_session(session.data_dir.clone(), session.demo);
    Ok(crate::commands::status_of(&session))
}
