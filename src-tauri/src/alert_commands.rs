//! Commands of the red-flag alerts: one-liners over backstory_application, like commands.rs.
//! Listing runs the rules only if no write or open ran them in the last minute.

use crate::error::IpcResult;
use crate::state::AppState;
use backstory_application::{self as app, Now};
use backstory_core::rules::{Alert, AlertEvent, RuleInfo};
use serde_json::Value;
use tauri::State;

/// Every alert on record (needing attention first), current for the clock.
#[tauri::command]
pub fn list_alerts(state: State<'_, AppState>) -> IpcResult<Vec<Alert>> {
    state.run(|s| app::list_alerts(s, Now::local()))
}

/// Marks one raise of an alert as seen; refused if it was raised again since.
#[tauri::command]
pub fn acknowledge_alert(
    state: State<'_, AppState>,
    rule: Value,
    raise_count: Value,
) -> IpcResult<Alert> {
    state.run(|s| app::acknowledge_alert(s, rule, raise_count, Now::local()))
}

/// The history of one rule's alert, or of all alerts when `rule` is null.
#[tauri::command]
pub fn alert_history(state: State<'_, AppState>, rule: Value) -> IpcResult<Vec<AlertEvent>> {
    state.run(|s| app::alert_history(s, rule))
}

/// Every rule with its threshold, reason and sources ("what Backstory checks").
#[tauri::command]
pub fn red_flag_rules() -> Vec<RuleInfo> {
    app::red_flag_rules()
}
