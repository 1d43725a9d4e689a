//! Commands of the red-flag alerts: thin adapters over backstory_core::rules, like
//! commands.rs. Listing refreshes first, so what the window shows is never staler than the
//! clock (a rule can stop or start firing as days pass without any write).

use crate::error::{IpcError, IpcResult};
use crate::state::AppState;
use backstory_core::domain::parse_json;
use backstory_core::rules::{rule_infos, Alert, AlertEvent, RuleId, RuleInfo};
use chrono::Utc;
use serde_json::Value;
use tauri::State;

fn parse<T: serde::de::DeserializeOwned>(value: Value) -> IpcResult<T> {
    parse_json(value).map_err(IpcError::from)
}

/// Every alert on record (needing attention first), after re-evaluating the rules.
#[tauri::command(async)]
pub fn list_alerts(state: State<'_, AppState>) -> IpcResult<Vec<Alert>> {
    state.with_journal(|j| {
        j.alerts().refresh(Utc::now())?;
        j.alerts().list()
    })
}

/// Marks one raise of an alert as seen; refused if it was raised again since.
#[tauri::command(async)]
pub fn acknowledge_alert(
    state: State<'_, AppState>,
    rule: Value,
    raise_count: Value,
) -> IpcResult<Alert> {
    let rule: RuleId = parse(rule)?;
    let raise_count: u32 = parse(raise_count)?;
    state.with_journal(|j| j.alerts().acknowledge(rule, raise_count, Utc::now()))
}

/// The history of one rule's alert, or of all alerts when `rule` is null.
#[tauri::command(async)]
pub fn alert_history(state: State<'_, AppState>, rule: Value) -> IpcResult<Vec<AlertEvent>> {
    let rule: Option<RuleId> = parse(rule)?;
    state.with_journal(|j| j.alerts().history(rule))
}

/// Every rule with its threshold, reason and sources ("what Backstory checks").
#[tauri::command(async)]
pub fn red_flag_rules() -> Vec<RuleInfo> {
    rule_infos()
}
