//! Commands of the weekly PEG check (Today's card, Insights' trend): one-liners over
//! backstory_application.

use crate::error::IpcResult;
use crate::state::AppState;
use backstory_application::{self as app, Now};
use backstory_core::domain::PegCheck;
use backstory_core::insights::PegOverview;
use serde_json::Value;
use tauri::{AppHandle, State};

#[tauri::command]
pub fn add_peg(app: AppHandle, state: State<'_, AppState>, draft: Value) -> IpcResult<PegCheck> {
    state.write(&app, |s| app::add_peg(s, draft, Now::local()))
}

#[tauri::command]
pub fn peg_overview(state: State<'_, AppState>, weeks: Value) -> IpcResult<PegOverview> {
    state.run(|s| app::peg_overview(s, weeks, Now::local()))
}

#[tauri::command]
pub fn dismiss_peg(app: AppHandle, state: State<'_, AppState>) -> IpcResult<()> {
    state.write(&app, |s| app::dismiss_peg(s, Now::local()))
}
