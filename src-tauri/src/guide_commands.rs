//! Commands of the guide (catalogue, positions, player, programme, "for you today", stress
//! tools): one-liners over backstory_application, like commands.rs.

use crate::error::IpcResult;
use crate::state::AppState;
use backstory_application::{self as app, Now};
use backstory_core::domain::{Activity, MovementProfile};
use backstory_core::guide::catalogue::Catalogue;
use backstory_core::guide::illustrations::Illustration;
use backstory_core::guide::player::RoutinePlan;
use backstory_core::guide::programme::LevelState;
use backstory_core::guide::session::{HurtAdvice, SessionRecord};
use backstory_core::guide::today::TodayPanel;
use backstory_core::guide::PositionsView;
use serde_json::Value;
use std::sync::OnceLock;
use tauri::{AppHandle, State};

/// Whether timers run fast, for end-to-end tests: `--fast-timers` on the command line or
/// BACKSTORY_FAST_TIMERS=1 in the environment. Read once.
pub fn fast_timers_enabled() -> bool {
    static FAST: OnceLock<bool> = OnceLock::new();
    *FAST.get_or_init(|| {
        std::env::args().any(|a| a == "--fast-timers")
            || std::env::var("BACKSTORY_FAST_TIMERS").is_ok_and(|v| v == "1")
    })
}

#[tauri::command]
pub fn guide_fast_timers() -> bool {
    fast_timers_enabled()
}

#[tauri::command]
pub fn guide_catalogue() -> Catalogue {
    app::guide_catalogue()
}

#[tauri::command]
pub fn guide_illustrations() -> Vec<Illustration> {
    app::guide_illustrations()
}

/// The positions guide with the advice that fits this journal's profile and the alert
/// pause.
#[tauri::command]
pub fn guide_positions(state: State<'_, AppState>) -> IpcResult<PositionsView> {
    state.run(app::guide_positions)
}

/// Answers map question ids to "this makes my pain worse".
#[tauri::command]
pub fn suggest_movement_profile(answers: Value) -> IpcResult<MovementProfile> {
    app::suggest_movement_profile(answers)
}

#[tauri::command]
pub fn guide_today(state: State<'_, AppState>) -> IpcResult<TodayPanel> {
    state.run(|s| app::guide_today(s, Now::local()))
}

/// The timed plan for a routine or a single exercise, adapted to this user.
#[tauri::command]
pub fn plan_routine(state: State<'_, AppState>, id: String) -> IpcResult<RoutinePlan> {
    state.run(|s| app::plan_routine(s, &id, Now::local()))
}

#[tauri::command]
pub fn hurt_advice_for(report: Value) -> IpcResult<HurtAdvice> {
    app::hurt_advice_for(report)
}

#[tauri::command]
pub fn record_session(
    app: AppHandle,
    state: State<'_, AppState>,
    report: Value,
) -> IpcResult<SessionRecord> {
    state.write(&app, |s| app::record_session(s, report, Now::local()))
}

#[tauri::command]
pub fn set_core_level(
    app: AppHandle,
    state: State<'_, AppState>,
    level: Value,
) -> IpcResult<LevelState> {
    state.write(&app, |s| app::set_core_level(s, level, Now::local()))
}

#[tauri::command]
pub fn record_stress_relief(
    app: AppHandle,
    state: State<'_, AppState>,
    tool_id: String,
    started_at: Value,
    ended_at: Value,
) -> IpcResult<Activity> {
    state.write(&app, |s| {
        app::record_stress_relief(s, &tool_id, started_at, ended_at, Now::local())
    })
}
