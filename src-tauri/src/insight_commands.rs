//! Commands of the Insights page and the Today screen's weekly summary: thin adapters over
//! backstory_core::insights (read-only; "today" is the user's local date, taken here).

use crate::error::{IpcError, IpcResult};
use crate::state::AppState;
use backstory_core::domain::parse_json;
use backstory_core::insights::{
    pain_after, pain_trend, programme_adherence, weekly_summary, Adherence, AdherenceQuery,
    AfterQuery, PainAfterReport, PainTrend, TrendQuery, WeeklySummary,
};
use chrono::{Local, NaiveDate};
use serde_json::Value;
use tauri::State;

fn parse<T: serde::de::DeserializeOwned>(value: Value) -> IpcResult<T> {
    parse_json(value).map_err(IpcError::from)
}

fn today() -> NaiveDate {
    Local::now().date_naive()
}

#[tauri::command(async)]
pub fn insights_pain_trend(state: State<'_, AppState>, query: Value) -> IpcResult<PainTrend> {
    let query: TrendQuery = parse(query)?;
    state.with_journal(|j| pain_trend(j, &query, today()))
}

#[tauri::command(async)]
pub fn insights_pain_after(state: State<'_, AppState>, query: Value) -> IpcResult<PainAfterReport> {
    let query: AfterQuery = parse(query)?;
    state.with_journal(|j| pain_after(j, &query))
}

#[tauri::command(async)]
pub fn insights_adherence(state: State<'_, AppState>, query: Value) -> IpcResult<Adherence> {
    let query: AdherenceQuery = parse(query)?;
    state.with_journal(|j| programme_adherence(j, &query, today()))
}

#[tauri::command(async)]
pub fn insights_weekly_summary(state: State<'_, AppState>) -> IpcResult<WeeklySummary> {
    state.with_journal(|j| weekly_summary(j, today()))
}
