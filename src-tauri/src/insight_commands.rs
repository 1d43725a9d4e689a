//! Commands of the Insights page and the Today screen's weekly summary: one-liners over
//! backstory_application (read-only; "today" is the user's local date).

use crate::error::IpcResult;
use crate::state::AppState;
use backstory_application::{self as app, Now};
use backstory_core::insights::{
    Adherence, BodyMapReport, FlareReport, PainAfterReport, PainTrend, WeeklySummary,
};
use serde_json::Value;
use tauri::State;

#[tauri::command]
pub fn insights_pain_trend(state: State<'_, AppState>, query: Value) -> IpcResult<PainTrend> {
    state.run(|s| app::insights_pain_trend(s, query, Now::local()))
}

#[tauri::command]
pub fn insights_body_map(state: State<'_, AppState>, query: Value) -> IpcResult<BodyMapReport> {
    state.run(|s| app::insights_body_map(s, query, Now::local()))
}

#[tauri::command]
pub fn insights_pain_after(state: State<'_, AppState>, query: Value) -> IpcResult<PainAfterReport> {
    state.run(|s| app::insights_pain_after(s, query))
}

#[tauri::command]
pub fn insights_adherence(state: State<'_, AppState>, query: Value) -> IpcResult<Adherence> {
    state.run(|s| app::insights_adherence(s, query, Now::local()))
}

#[tauri::command]
pub fn insights_weekly_summary(state: State<'_, AppState>) -> IpcResult<WeeklySummary> {
    state.run(|s| app::insights_weekly_summary(s, Now::local()))
}

#[tauri::command]
pub fn insights_flares(state: State<'_, AppState>) -> IpcResult<FlareReport> {
    state.run(|s| app::insights_flares(s))
}
