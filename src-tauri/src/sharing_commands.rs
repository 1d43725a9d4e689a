//! Commands of the Sharing page: one-liners over backstory_application. File dialogs are
//! opened here, in Rust, with tauri-plugin-dialog, when the app layer asks for a file
//! (after checking the arguments): the webview has no dialog or file-system permission and
//! never sends or receives a file path (only the chosen file's name comes back). A
//! cancelled dialog returns `null`.

use crate::error::IpcResult;
use crate::state::AppState;
use backstory_application::{self as app, AppResult, FileChoice, FilePlan, Now, Saved, Written};
use backstory_core::domain::TimelinePage;
use backstory_core::exchange::fhir::FhirSummary;
use backstory_core::exchange::report::ReportData;
use backstory_core::exchange::{ExportSummary, ImportSummary, Partner, TogetherView};
use backstory_core::i18n;
use backstory_core::store::backups::{BackupInfo, RestoreSummary};
use serde_json::Value;
use std::path::PathBuf;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

/// Opens the dialog the app layer asks for, in the language in use; `None` when the user
/// cancels.
fn dialog(app: &AppHandle, choice: &FileChoice) -> Option<PathBuf> {
    let locale = i18n::current();
    let builder = start_in(app, app.dialog().file())
        .set_title(choice.title(locale))
        .add_filter(choice.filter_name(locale), choice.filter.1);
    let picked = if choice.save {
        builder
            .set_file_name(&choice.file_name)
            .blocking_save_file()
    } else {
        builder
            .add_filter(i18n::tr("titles-filter-all"), &["*"])
            .blocking_pick_file()
    };
    picked.and_then(|p| p.into_path().ok())
}

/// Asks for the file (without holding the session), then runs the planned request.
pub(crate) fn with_file<T>(
    app: &AppHandle,
    state: &AppState,
    plan: AppResult<FilePlan<T>>,
) -> IpcResult<Option<T>> {
    let plan = plan?;
    let Some(path) = dialog(app, &plan.choice) else {
        return Ok(None);
    };
    state.run(|s| plan.run(s, &path)).map(Some)
}

/// `with_file` for a write: the window hears what changed.
pub(crate) fn write_with_file<T>(
    app: &AppHandle,
    state: &AppState,
    plan: AppResult<FilePlan<Written<T>>>,
) -> IpcResult<Option<T>> {
    let plan = plan?;
    let Some(path) = dialog(app, &plan.choice) else {
        return Ok(None);
    };
    state.write(app, |s| plan.run(s, &path)).map(Some)
}

/// Dialogs start in the user's Documents folder (or home), not the app's working folder.
fn start_in(
    app: &AppHandle,
    builder: tauri_plugin_dialog::FileDialogBuilder<tauri::Wry>,
) -> tauri_plugin_dialog::FileDialogBuilder<tauri::Wry> {
    use tauri::Manager;
    let path = app.path();
    match path
        .document_dir()
        .ok()
        .filter(|d| d.is_dir())
        .or_else(|| path.home_dir().ok())
    {
        Some(dir) => builder.set_directory(dir),
        None => builder,
    }
}

/// Export for a partner (encrypted, passphrase required) or a plain backup for oneself.
#[tauri::command]
pub fn sharing_export(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Value,
    passphrase: Value,
) -> IpcResult<Option<Saved<ExportSummary>>> {
    with_file(
        &app,
        &state,
        app::sharing_export(request, passphrase, Now::local()),
    )
}

/// Spreadsheet-safe CSV of the chosen entries.
#[tauri::command]
pub fn sharing_export_csv(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Value,
) -> IpcResult<Option<Saved<usize>>> {
    with_file(&app, &state, app::sharing_export_csv(request, Now::local()))
}

/// The FHIR R4 Bundle (JSON) for a clinician's system.
#[tauri::command]
pub fn sharing_export_fhir(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Value,
) -> IpcResult<Option<Saved<FhirSummary>>> {
    with_file(
        &app,
        &state,
        app::sharing_export_fhir(request, Now::local()),
    )
}

/// Imports a partner's share into their own read-only journal, labelled `name`.
#[tauri::command]
pub fn import_partner_share(
    app: AppHandle,
    state: State<'_, AppState>,
    name: Value,
    passphrase: Value,
) -> IpcResult<Option<ImportSummary>> {
    let plan = app::import_partner_share(name, passphrase, Now::local());
    write_with_file(&app, &state, plan)
}

/// Merges one's own export file back into the journal.
#[tauri::command]
pub fn import_own_export(
    app: AppHandle,
    state: State<'_, AppState>,
    passphrase: Value,
) -> IpcResult<Option<ImportSummary>> {
    write_with_file(
        &app,
        &state,
        app::import_own_export(passphrase, Now::local()),
    )
}

#[tauri::command]
pub fn sharing_partners(state: State<'_, AppState>) -> IpcResult<Vec<Partner>> {
    state.run(app::sharing_partners)
}

#[tauri::command]
pub fn remove_partner(app: AppHandle, state: State<'_, AppState>, id: Value) -> IpcResult<usize> {
    state.write(&app, |s| app::remove_partner(s, id))
}

/// One page of a partner's entries (read-only).
#[tauri::command]
pub fn sharing_partner_timeline(
    state: State<'_, AppState>,
    id: Value,
    query: Value,
) -> IpcResult<TimelinePage> {
    state.run(|s| app::sharing_partner_timeline(s, id, query))
}

#[tauri::command]
pub fn sharing_together(state: State<'_, AppState>, query: Value) -> IpcResult<TogetherView> {
    state.run(|s| app::sharing_together(s, query, Now::local()))
}

/// The clinician PDF for a range.
#[tauri::command]
pub fn sharing_report(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Value,
) -> IpcResult<Option<Saved<usize>>> {
    with_file(
        &app,
        &state,
        app::sharing_report(request, &fonts_dir(&app), Now::local()),
    )
}

/// What the report will hold, for the preview in the window before saving.
#[tauri::command]
pub fn sharing_report_preview(state: State<'_, AppState>, request: Value) -> IpcResult<ReportData> {
    state.run(|s| app::sharing_report_preview(s, request, Now::local()))
}

/// The report's fonts, shipped as bundle resources (tauri.conf.json `bundle.resources`)
/// rather than compiled into the binary.
fn fonts_dir(app: &AppHandle) -> std::path::PathBuf {
    use tauri::Manager;
    app.path()
        .resource_dir()
        .map(|dir| dir.join("fonts"))
        .unwrap_or_else(|_| std::path::PathBuf::from("fonts"))
}

/// A verified copy of the whole database, where the user chooses.
#[tauri::command]
pub fn sharing_backup(
    app: AppHandle,
    state: State<'_, AppState>,
) -> IpcResult<Option<Saved<BackupInfo>>> {
    with_file(&app, &state, Ok(app::sharing_backup(Now::local())))
}

/// Restores a backup file after checking it; the current journal is saved first.
#[tauri::command]
pub fn restore_backup(
    app: AppHandle,
    state: State<'_, AppState>,
) -> IpcResult<Option<RestoreSummary>> {
    write_with_file(&app, &state, Ok(app::restore_backup(Now::local())))
}

/// The automatic and safety backups kept in the data folder (names only, newest first).
#[tauri::command]
pub fn sharing_backups(state: State<'_, AppState>) -> IpcResult<Vec<String>> {
    state.run(|s| Ok(app::sharing_backups(s)))
}
