//! Commands of the guide (catalogue, positions, player, programme, "for you today", stress
//! tools): thin adapters over backstory_core::guide, like commands.rs.

use crate::error::{IpcError, IpcResult};
use crate::state::AppState;
use backstory_core::domain::{parse_json, Activity, MovementProfile};
use backstory_core::guide::catalogue::{catalogue, Catalogue};
use backstory_core::guide::illustrations::{all_illustrations, Illustration};
use backstory_core::guide::player::RoutinePlan;
use backstory_core::guide::programme::LevelState;
use backstory_core::guide::session::{
    hurt_advice, HurtAdvice, HurtReport, SessionRecord, SessionReport,
};
use backstory_core::guide::today::TodayPanel;
use backstory_core::guide::{positions_guide, suggest_profile, PositionsView};
use backstory_core::CoreError;
use chrono::{DateTime, FixedOffset, Local, Utc};
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::OnceLock;
use tauri::State;

fn parse<T: serde::de::DeserializeOwned>(value: Value) -> IpcResult<T> {
    parse_json(value).map_err(IpcError::from)
}

fn local_now() -> DateTime<FixedOffset> {
    Local::now().fixed_offset()
}

/// Whether timers run fast, for end-to-end tests: `--fast-timers` on the command line or
/// BACKSTORY_FAST_TIMERS=1 in the environment. Read once.
pub fn fast_timers_enabled() -> bool {
    static FAST: OnceLock<bool> = OnceLock::new();
    *FAST.get_or_init(|| {
        std::env::args().any(|a| a == "--fast-timers")
            || std::env::var("BACKSTORY_FAST_TIMERS").is_ok_and(|v| v == "1")
    })
}

#[tauri::command(async)]
pub fn guide_fast_timers() -> bool {
    fast_timers_enabled()
}

#[tauri::command(async)]
pub fn guide_catalogue() -> Catalogue {
    catalogue().clone()
}

#[tauri::command(async)]
pub fn guide_illustrations() -> Vec<Illustration> {
    all_illustrations()
}

/// The positions guide with the advice that fits this journal's profile (movement profile
/// and conditions) and the alert pause ("get help first" while an emergency is open).
#[tauri::command(async)]
pub fn guide_positions(state: State<'_, AppState>) -> IpcResult<PositionsView> {
    state.with_journal(|j| j.guide().positions_view())
}

/// Answers map question ids to "this makes my pain worse".
#[tauri::command(async)]
pub fn suggest_movement_profile(answers: Value) -> IpcResult<MovementProfile> {
    let answers: BTreeMap<String, bool> = parse(answers)?;
    suggest_profile(positions_guide(), &answers).map_err(IpcError::from)
}

#[tauri::command(async)]
pub fn guide_today(state: State<'_, AppState>) -> IpcResult<TodayPanel> {
    state.with_journal(|j| j.guide().today_panel(catalogue(), local_now()))
}

/// The timed plan for a routine or a single exercise, adapted to this user.
#[tauri::command(async)]
pub fn plan_routine(state: State<'_, AppState>, id: String) -> IpcResult<RoutinePlan> {
    state.with_journal(|j| j.guide().plan_for(catalogue(), &id, local_now()))
}

#[tauri::command(async)]
pub fn hurt_advice_for(report: Value) -> IpcResult<HurtAdvice> {
    let report: HurtReport = parse(report)?;
    Ok(hurt_advice(&report))
}

#[tauri::command(async)]
pub fn record_session(state: State<'_, AppState>, report: Value) -> IpcResult<SessionRecord> {
    let report: SessionReport = parse(report)?;
    let now = Utc::now();
    state.with_journal(|j| {
        j.alerts()
            .write_and_refresh(now, |j| j.guide().record_session(catalogue(), &report, now))
    })
}

#[tauri::command(async)]
pub fn set_core_level(state: State<'_, AppState>, level: Value) -> IpcResult<LevelState> {
    let level: u8 = parse(level)?;
    state.with_journal(|j| {
        j.guide()
            .set_core_level(catalogue(), level, Local::now().date_naive())
    })
}

#[tauri::command(async)]
pub fn record_stress_relief(
    state: State<'_, AppState>,
    tool_id: String,
    started_at: Value,
    ended_at: Value,
) -> IpcResult<Activity> {
    let started_at: DateTime<FixedOffset> = parse(started_at)?;
    let ended_at: DateTime<FixedOffset> = parse(ended_at)?;
    let tool = catalogue().stress_tool(&tool_id).ok_or_else(|| {
        IpcError::from(CoreError::validation(
            "tool_id",
            "no stress tool with that id",
        ))
    })?;
    state.with_journal(|j| {
        j.guide()
            .record_stress_relief(tool, started_at, ended_at, Utc::now())
    })
}
