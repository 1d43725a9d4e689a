//! Encryption at rest and locking, as IPC commands: one-liners over backstory_application.
//! Unlocking also starts the full integrity check after the first screen (lib.rs).

use crate::error::IpcResult;
use crate::state::AppState;
use backstory_application::{self as app, AppStatus, Now, SecurityStatus};
use backstory_core::store::EncryptionChange;
use serde_json::Value;
use tauri::{AppHandle, State};

#[tauri::command]
pub fn security_status(state: State<'_, AppState>) -> SecurityStatus {
    app::security_status(&state.session())
}

/// Opens the encrypted journal with the passphrase; a wrong one changes nothing.
#[tauri::command]
pub fn unlock_journal(
    app: AppHandle,
    state: State<'_, AppState>,
    passphrase: String,
) -> IpcResult<AppStatus> {
    crate::ready::mark_unlock();
    let unlocked = state.run(|s| app::unlock_journal(s, passphrase, Now::local()))?;
    if unlocked.opened {
        // The full integrity check and the daily backup follow the first screen.
        crate::verify_later(app, unlocked.check, crate::Backup::Session);
    }
    Ok(unlocked.status)
}

/// Closes the journal now; the window shows the lock screen.
#[tauri::command]
pub fn lock_journal(state: State<'_, AppState>) -> IpcResult<AppStatus> {
    state.run(app::lock_journal)
}

#[tauri::command]
pub fn encryption_enable(
    state: State<'_, AppState>,
    passphrase: String,
    confirm: String,
) -> IpcResult<EncryptionChange> {
    state.run(|s| app::encryption_enable(s, passphrase, confirm))
}

#[tauri::command]
pub fn encryption_disable(
    state: State<'_, AppState>,
    passphrase: String,
) -> IpcResult<EncryptionChange> {
    state.run(|s| app::encryption_disable(s, passphrase))
}

#[tauri::command]
pub fn encryption_change(
    state: State<'_, AppState>,
    current: String,
    passphrase: String,
    confirm: String,
) -> IpcResult<EncryptionChange> {
    state.run(|s| app::encryption_change(s, current, passphrase, confirm))
}

/// Sets (or clears, with null) the idle time after which the window locks the journal.
#[tauri::command]
pub fn set_idle_lock(app: AppHandle, state: State<'_, AppState>, minutes: Value) -> IpcResult<()> {
    state.write(&app, |s| app::set_idle_lock(s, minutes))
}

/// Replaces a journal that cannot be opened with one of its backups, chosen by name.
#[tauri::command]
pub fn recover_from_backup(state: State<'_, AppState>, name: Value) -> IpcResult<AppStatus> {
    state.run(|s| app::recover_from_backup(s, name, Now::local()))
}
