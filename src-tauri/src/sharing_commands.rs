//! Commands of the Sharing page. File dialogs are opened here, in Rust, with
//! tauri-plugin-dialog: the webview has no dialog or file-system permission and never sends
//! or receives a file path (only the chosen file's name comes back, for the confirmation).
//! Each command opens its dialog before taking the journal lock, then calls one core
//! function. A cancelled dialog returns `null`.

use crate::error::{IpcError, IpcResult};
use crate::state::AppState;
use backstory_core::domain::{parse_json, TimelinePage, TimelineQuery};
use backstory_core::exchange::report::ReportRequest;
use backstory_core::exchange::{
    crypto, ExportKind, ExportRequest, ExportSummary, ImportSummary, Partner, TogetherQuery,
    TogetherView,
};
use backstory_core::store::backups::{BackupInfo, RestoreSummary, BACKUP_DIR};
use chrono::{Local, Utc};
use serde::Serialize;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use uuid::Uuid;

fn parse<T: serde::de::DeserializeOwned>(value: Value) -> IpcResult<T> {
    parse_json(value).map_err(IpcError::from)
}

fn text(value: Value, field: &str) -> IpcResult<String> {
    match value {
        Value::String(s) => Ok(s),
        Value::Null => Ok(String::new()),
        _ => Err(IpcError {
            kind: "validation".into(),
            message: "must be text".into(),
            field: Some(field.into()),
        }),
    }
}

fn parse_id(value: Value) -> IpcResult<Uuid> {
    let text = text(value, "id")?;
    Uuid::parse_str(&text).map_err(|_| IpcError {
        kind: "validation".into(),
        message: "that is not a valid partner id".into(),
        field: Some("id".into()),
    })
}

/// The chosen file's name only, for the confirmation message.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn save_dialog(
    app: &AppHandle,
    title: &str,
    name: &str,
    filter: (&str, &[&str]),
) -> Option<PathBuf> {
    start_in(app, app.dialog().file())
        .set_title(title)
        .set_file_name(name)
        .add_filter(filter.0, filter.1)
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
}

fn open_dialog(app: &AppHandle, title: &str, filter: (&str, &[&str])) -> Option<PathBuf> {
    start_in(app, app.dialog().file())
        .set_title(title)
        .add_filter(filter.0, filter.1)
        .add_filter("All files", &["*"])
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
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

fn stamp() -> String {
    Local::now().format("%Y-%m-%d").to_string()
}

/// What a finished file operation reports back: counts and the file's name.
#[derive(Serialize)]
pub struct Saved<T> {
    pub file_name: String,
    pub result: T,
}

/// Export for a partner (encrypted, passphrase required) or a plain backup for oneself.
#[tauri::command(async)]
pub fn sharing_export(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Value,
    passphrase: Value,
) -> IpcResult<Option<Saved<ExportSummary>>> {
    let request: ExportRequest = parse(request)?;
    let passphrase = text(passphrase, "passphrase")?;
    let pass = Some(passphrase.as_str()).filter(|p| !p.is_empty());
    if request.kind == ExportKind::Partner {
        crypto::check_new_passphrase(&passphrase).map_err(IpcError::from)?;
    }
    let (title, name, filter): (&str, String, (&str, &[&str])) = match (request.kind, pass) {
        (ExportKind::Partner, _) => (
            "Save the encrypted partner share",
            format!("backstory-share-{}.age", stamp()),
            ("Backstory partner share", &["age"]),
        ),
        (ExportKind::Backup, Some(_)) => (
            "Save the encrypted backup",
            format!("backstory-backup-{}.age", stamp()),
            ("Encrypted Backstory export", &["age"]),
        ),
        (ExportKind::Backup, None) => (
            "Save the plain (unencrypted) export",
            format!("backstory-export-{}.json", stamp()),
            ("Backstory export (JSON)", &["json"]),
        ),
    };
    let Some(path) = save_dialog(&app, title, &name, filter) else {
        return Ok(None);
    };
    let result = state.with_journal(|j| {
        j.exchange()
            .export_to_file(&request, pass, crypto::WORK_FACTOR, &path, Utc::now())
    })?;
    Ok(Some(Saved {
        file_name: file_name(&path),
        result,
    }))
}

/// Spreadsheet-safe CSV of the chosen entries.
#[tauri::command(async)]
pub fn sharing_export_csv(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Value,
) -> IpcResult<Option<Saved<usize>>> {
    let request: ExportRequest = parse(request)?;
    let Some(path) = save_dialog(
        &app,
        "Save entries as CSV",
        &format!("backstory-entries-{}.csv", stamp()),
        ("CSV", &["csv"]),
    ) else {
        return Ok(None);
    };
    let rows =
        state.with_journal(|j| j.exchange().export_csv_to_file(&request, &path, Utc::now()))?;
    Ok(Some(Saved {
        file_name: file_name(&path),
        result: rows,
    }))
}

/// Imports a partner's share into their own read-only journal, labelled `name`.
#[tauri::command(async)]
pub fn import_partner_share(
    app: AppHandle,
    state: State<'_, AppState>,
    name: Value,
    passphrase: Value,
) -> IpcResult<Option<ImportSummary>> {
    let name = text(name, "name")?;
    let passphrase = text(passphrase, "passphrase")?;
    backstory_core::exchange::import::check_partner_name(&name).map_err(IpcError::from)?;
    let Some(path) = open_dialog(
        &app,
        "Open your partner's share",
        ("Backstory partner share", &["age", "json"]),
    ) else {
        return Ok(None);
    };
    let pass = Some(passphrase.as_str()).filter(|p| !p.is_empty());
    state
        .with_journal(|j| j.partners().import_file(&path, &name, pass, Utc::now()))
        .map(Some)
}

/// Merges one's own export file back into the journal.
#[tauri::command(async)]
pub fn import_own_export(
    app: AppHandle,
    state: State<'_, AppState>,
    passphrase: Value,
) -> IpcResult<Option<ImportSummary>> {
    let passphrase = text(passphrase, "passphrase")?;
    let Some(path) = open_dialog(
        &app,
        "Open your own Backstory export",
        ("Backstory export", &["json", "age"]),
    ) else {
        return Ok(None);
    };
    let pass = Some(passphrase.as_str()).filter(|p| !p.is_empty());
    let now = Utc::now();
    state
        .with_journal(|j| {
            j.alerts()
                .write_and_refresh(now, |j| j.exchange().import_backup_file(&path, pass, now))
        })
        .map(Some)
}

#[tauri::command(async)]
pub fn sharing_partners(state: State<'_, AppState>) -> IpcResult<Vec<Partner>> {
    state.with_journal(|j| j.partners().list())
}

#[tauri::command(async)]
pub fn remove_partner(state: State<'_, AppState>, id: Value) -> IpcResult<usize> {
    let id = parse_id(id)?;
    state.with_journal(|j| j.partners().remove(id))
}

/// One page of a partner's entries (read-only).
#[tauri::command(async)]
pub fn sharing_partner_timeline(
    state: State<'_, AppState>,
    id: Value,
    query: Value,
) -> IpcResult<TimelinePage> {
    let id = parse_id(id)?;
    let query: TimelineQuery = parse(query)?;
    state.with_journal(|j| j.partners().timeline(id, &query))
}

#[tauri::command(async)]
pub fn sharing_together(state: State<'_, AppState>, query: Value) -> IpcResult<TogetherView> {
    let query: TogetherQuery = parse(query)?;
    state.with_journal(|j| j.partners().together(&query))
}

/// The clinician PDF for a range.
#[tauri::command(async)]
pub fn sharing_report(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Value,
) -> IpcResult<Option<Saved<usize>>> {
    let request: ReportRequest = parse(request)?;
    let name = format!("backstory-report-{}-to-{}.pdf", request.from, request.to);
    let Some(path) = save_dialog(&app, "Save the clinician report", &name, ("PDF", &["pdf"]))
    else {
        return Ok(None);
    };
    let bytes = state.with_journal(|j| {
        j.exchange()
            .report_to_file(&request, &path, Utc::now(), Local::now().date_naive())
    })?;
    Ok(Some(Saved {
        file_name: file_name(&path),
        result: bytes,
    }))
}

/// A verified copy of the whole database, where the user chooses.
#[tauri::command(async)]
pub fn sharing_backup(
    app: AppHandle,
    state: State<'_, AppState>,
) -> IpcResult<Option<Saved<BackupInfo>>> {
    let Some(path) = save_dialog(
        &app,
        "Save a full backup",
        &format!("backstory-{}.db", stamp()),
        ("Backstory backup", &["db"]),
    ) else {
        return Ok(None);
    };
    let mut info = state.with_journal(|j| j.file().backup_to(&path))?;
    info.path = file_name(&path);
    Ok(Some(Saved {
        file_name: file_name(&path),
        result: info,
    }))
}

/// Restores a backup file after checking it; the current journal is saved first.
#[tauri::command(async)]
pub fn restore_backup(
    app: AppHandle,
    state: State<'_, AppState>,
) -> IpcResult<Option<RestoreSummary>> {
    let Some(path) = open_dialog(
        &app,
        "Restore a Backstory backup",
        ("Backstory backup", &["db"]),
    ) else {
        return Ok(None);
    };
    let backups = backups_dir(&state);
    let now = Utc::now();
    let mut summary = state.with_journal(|j| {
        j.alerts()
            .write_and_refresh(now, |j| j.file_mut().restore_from(&path, &backups, now))
    })?;
    summary.safety_backup = file_name(Path::new(&summary.safety_backup));
    Ok(Some(summary))
}

/// The automatic and safety backups kept in the data folder (names only, newest first).
#[tauri::command(async)]
pub fn sharing_backups(state: State<'_, AppState>) -> IpcResult<Vec<String>> {
    let dir = backups_dir(&state);
    Ok(backstory_core::store::backups::list_backups(
        dir.parent().unwrap_or(Path::new(".")),
    ))
}

fn backups_dir(state: &State<'_, AppState>) -> PathBuf {
    let journal = state.session().journal_path();
    journal.parent().unwrap_or(Path::new(".")).join(BACKUP_DIR)
}

/// Today's rotating backup (keeps seven), taken at start-up. Failures are reported on
/// stderr by kind only and never stop the app.
pub fn daily_backup(session: &crate::state::Session) {
    if session.demo {
        return;
    }
    if let Ok(journal) = &session.journal {
        let path = session.journal_path();
        let dir = path.parent().unwrap_or(Path::new("."));
        if let Err(err) = journal.file().auto_backup(dir, Local::now().date_naive()) {
            eprintln!("backstory: the daily backup failed: {}", err.kind());
        }
    }
}
