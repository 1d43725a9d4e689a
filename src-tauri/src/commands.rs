//! Tauri commands of the journal: one-liners over backstory_application. Reads go through
//! `state.run`, writes through `state.write` (which sends `journal-changed`). Inputs
//! arrive as loose JSON and are parsed by the app layer, so a wrong type or an unknown
//! value comes back as a validation error naming the field.

use crate::error::IpcResult;
use crate::state::AppState;
use backstory_application::{self as app, AppStatus, Now};
use backstory_core::domain::*;
use backstory_core::experiments::ExperimentStatus;
use backstory_core::guide::PositionInfo;
use serde_json::Value;
use tauri::{AppHandle, State};

#[tauri::command]
pub fn app_status(state: State<'_, AppState>) -> AppStatus {
    app::app_status(&state.session())
}

/// Switches between the user's journal and the demo journal (filled on first use). The
/// other journal is closed, never changed.
#[tauri::command]
pub fn switch_journal(
    app: AppHandle,
    state: State<'_, AppState>,
    demo: bool,
) -> IpcResult<AppStatus> {
    state.write(&app, |s| Ok(app::switch_journal(s, demo, Now::local())))
}

#[tauri::command]
pub fn mark_welcomed(app: AppHandle, state: State<'_, AppState>) -> IpcResult<()> {
    state.write(&app, app::mark_welcomed)
}

#[tauri::command]
pub fn add_pain(app: AppHandle, state: State<'_, AppState>, draft: Value) -> IpcResult<PainEntry> {
    state.write(&app, |s| app::add_pain(s, draft, Now::local()))
}

#[tauri::command]
pub fn update_pain(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: Value,
) -> IpcResult<PainEntry> {
    state.write(&app, |s| app::update_pain(s, &id, draft, Now::local()))
}

#[tauri::command]
pub fn add_activity(
    app: AppHandle,
    state: State<'_, AppState>,
    draft: Value,
) -> IpcResult<Activity> {
    state.write(&app, |s| app::add_activity(s, draft, Now::local()))
}

#[tauri::command]
pub fn update_activity(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    draft: Value,
) -> IpcResult<Activity> {
    state.write(&app, |s| app::update_activity(s, &id, draft, Now::local()))
}

/// "How much did it help?" for a pain-relief activity: 0-10, or null (not known).
#[tauri::command]
pub fn rate_relief(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    relief: Value,
) -> IpcResult<Activity> {
    state.write(&app, |s| app::rate_relief(s, &id, relief, Now::local()))
}

#[tauri::command]
pub fn save_check_in(
    app: AppHandle,
    state: State<'_, AppState>,
    draft: Value,
) -> IpcResult<CheckIn> {
    state.write(&app, |s| app::save_check_in(s, draft, Now::local()))
}

#[tauri::command]
pub fn check_in_on(state: State<'_, AppState>, date: Value) -> IpcResult<Option<CheckIn>> {
    state.run(|s| app::check_in_on(s, date))
}

#[tauri::command]
pub fn delete_entry(
    app: AppHandle,
    state: State<'_, AppState>,
    kind: Value,
    id: String,
) -> IpcResult<()> {
    state.write(&app, |s| app::delete_entry(s, kind, &id, Now::local()))
}

#[tauri::command]
pub fn restore_entry(
    app: AppHandle,
    state: State<'_, AppState>,
    kind: Value,
    id: String,
) -> IpcResult<()> {
    state.write(&app, |s| app::restore_entry(s, kind, &id, Now::local()))
}

#[tauri::command]
pub fn timeline(state: State<'_, AppState>, query: Value) -> IpcResult<TimelinePage> {
    state.run(|s| app::timeline(s, query))
}

#[tauri::command]
pub fn suggest_link(state: State<'_, AppState>, at: Value) -> IpcResult<LinkSuggestion> {
    state.run(|s| app::suggest_link(s, at))
}

/// "How was your back afterwards?": saved as a pain entry linked to the activity.
#[tauri::command]
pub fn log_outcome(
    app: AppHandle,
    state: State<'_, AppState>,
    answer: Value,
) -> IpcResult<PainEntry> {
    state.write(&app, |s| app::log_outcome(s, answer, Now::local()))
}

#[tauri::command]
pub fn pending_outcomes(state: State<'_, AppState>) -> IpcResult<PendingOutcomes> {
    state.run(|s| app::pending_outcomes(s, Now::local()))
}

#[tauri::command]
pub fn activity_outcomes(
    state: State<'_, AppState>,
    ids: Value,
) -> IpcResult<Vec<ActivityOutcome>> {
    state.run(|s| app::activity_outcomes(s, ids))
}

#[tauri::command]
pub fn outcome_kinds(state: State<'_, AppState>) -> IpcResult<Vec<ActivityKind>> {
    state.run(|s| app::outcome_kinds(s))
}

/// The latest n-of-1 experiment: today's arm and the result so far.
#[tauri::command]
pub fn experiment_status(state: State<'_, AppState>) -> IpcResult<Option<ExperimentStatus>> {
    state.run(|s| app::experiment_status(s, Now::local()))
}

#[tauri::command]
pub fn start_experiment(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Value,
) -> IpcResult<ExperimentStatus> {
    state.write(&app, |s| app::start_experiment(s, request, Now::local()))
}

#[tauri::command]
pub fn mark_experiment_day(
    app: AppHandle,
    state: State<'_, AppState>,
    mark: Value,
) -> IpcResult<ExperimentStatus> {
    state.write(&app, |s| app::mark_experiment_day(s, mark, Now::local()))
}

#[tauri::command]
pub fn abandon_experiment(
    app: AppHandle,
    state: State<'_, AppState>,
) -> IpcResult<ExperimentStatus> {
    state.write(&app, |s| app::abandon_experiment(s, Now::local()))
}

#[tauri::command]
pub fn save_outcome_kinds(
    app: AppHandle,
    state: State<'_, AppState>,
    kinds: Value,
) -> IpcResult<Vec<ActivityKind>> {
    state.write(&app, |s| app::save_outcome_kinds(s, kinds))
}

#[tauri::command]
pub fn get_profile(state: State<'_, AppState>) -> IpcResult<Profile> {
    state.run(|s| app::get_profile(s))
}

#[tauri::command]
pub fn save_profile(
    app: AppHandle,
    state: State<'_, AppState>,
    profile: Value,
) -> IpcResult<Profile> {
    state.write(&app, |s| app::save_profile(s, profile, Now::local()))
}

#[tauri::command]
pub fn list_positions() -> Vec<PositionInfo> {
    app::list_positions()
}
