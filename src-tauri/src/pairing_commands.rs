//! Commands of the Pairing section of the Sharing page: one-liners over
//! backstory_application. The share file is chosen in a native dialog opened in Rust, as
//! for every other file (sharing_commands.rs); the webview never sees a path.

use crate::error::IpcResult;
use crate::sharing_commands::{with_file, write_with_file};
use crate::state::AppState;
use backstory_application::{self as app, Now, Saved};
use backstory_core::exchange::{ExportSummary, OwnPairing, Pairing, SignedImportSummary};
use serde_json::Value;
use tauri::{AppHandle, State};

/// This journal's pairing code and QR code (its keys are made on first use).
#[tauri::command]
pub fn pairing_own(state: State<'_, AppState>) -> IpcResult<OwnPairing> {
    state.run(app::pairing_own)
}

#[tauri::command]
pub fn pairing_add(
    app: AppHandle,
    state: State<'_, AppState>,
    code: Value,
    name: Value,
) -> IpcResult<Pairing> {
    state.write(&app, |s| app::pairing_add(s, code, name, Now::local()))
}

#[tauri::command]
pub fn pairing_list(state: State<'_, AppState>) -> IpcResult<Vec<Pairing>> {
    state.run(|s| app::pairing_list(s, Now::local()))
}

#[tauri::command]
pub fn pairing_rename(
    app: AppHandle,
    state: State<'_, AppState>,
    id: Value,
    name: Value,
) -> IpcResult<Pairing> {
    state.write(&app, |s| app::pairing_rename(s, id, name))
}

#[tauri::command]
pub fn pairing_remove(app: AppHandle, state: State<'_, AppState>, id: Value) -> IpcResult<usize> {
    state.write(&app, |s| app::pairing_remove(s, id))
}

#[tauri::command]
pub fn pairing_rekey(app: AppHandle, state: State<'_, AppState>) -> IpcResult<OwnPairing> {
    state.write(&app, app::pairing_rekey)
}

/// A signed share for a paired partner, saved where the user chooses.
#[tauri::command]
pub fn sharing_export_to(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Value,
) -> IpcResult<Option<Saved<ExportSummary>>> {
    with_file(&app, &state, app::sharing_export_to(request, Now::local()))
}

/// Imports a signed share from a paired partner.
#[tauri::command]
pub fn import_signed_share(
    app: AppHandle,
    state: State<'_, AppState>,
) -> IpcResult<Option<SignedImportSummary>> {
    write_with_file(&app, &state, Ok(app::import_signed_share(Now::local())))
}

#[tauri::command]
pub fn set_evening_note(app: AppHandle, state: State<'_, AppState>, note: Value) -> IpcResult<()> {
    state.write(&app, |s| app::set_evening_note(s, note, Now::local()))
}
