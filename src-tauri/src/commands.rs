//! Tauri commands: thin adapters that lock the state, call one core function and map the
//! error. Inputs arrive as loose JSON and are parsed by the core, so a wrong type or an
//! unknown value comes back as a validation error naming the field.

use crate::error::{IpcError, IpcResult};
use crate::state::{AppState, Session};
use backstory_core::domain::*;
use backstory_core::guide::{self, PositionInfo};
use chrono::{DateTime, FixedOffset, Local, NaiveDate, Offset, Utc};
use serde::Serialize;
use serde_json::Value;
use tauri::State;
use uuid::Uuid;

const WELCOMED_KEY: &str = "welcomed";

fn now() -> DateTime<Utc> {
    Utc::now()
}

fn today() -> NaiveDate {
    Local::now().date_naive()
}

fn parse_id(id: &str) -> IpcResult<Uuid> {
    Uuid::parse_str(id).map_err(|_| IpcError {
        kind: "validation".into(),
        message: "that is not a valid entry id".into(),
        field: Some("id".into()),
    })
}

fn parse<T: serde::de::DeserializeOwned>(value: Value) -> IpcResult<T> {
    parse_json(value).map_err(IpcError::from)
}

#[derive(Serialize)]
pub struct AppStatus {
    pub ok: bool,
    pub demo: bool,
    pub journal_path: String,
    pub welcomed: bool,
    pub error: Option<crate::state::OpenFailure>,
}

pub(crate) fn status_of(session: &Session) -> AppStatus {
    let path = session.journal_path().display().to_string();
    match &session.journal {
        Ok(journal) => AppStatus {
            ok: true,
            demo: session.demo,
            journal_path: path,
            welcomed: session.demo
                || journal
                    .settings()
                    .get(WELCOMED_KEY)
                    .ok()
                    .flatten()
                    .is_some(),
            error: None,
        },
        Err(failure) => AppStatus {
            ok: false,
            demo: session.demo,
            journal_path: path,
            welcomed: true,
            error: Some(failure.clone()),
        },
    }
}

#[tauri::command(async)]
pub fn app_status(state: State<'_, AppState>) -> AppStatus {
    status_of(&state.session())
}

/// Switches between the user's journal and the demo journal (filled on first use). The
/// other journal is closed, never changed.
#[tauri::command(async)]
pub fn switch_journal(state: State<'_, AppState>, demo: bool) -> IpcResult<AppStatus> {
    let mut session = state.session();
    let data_dir = session.data_dir.clone();
    *session = crate::open_session(data_dir, demo);
    Ok(status_of(&session))
}

#[tauri::command(async)]
pub fn mark_welcomed(state: State<'_, AppState>) -> IpcResult<()> {
    state.with_journal(|j| j.settings_mut().set(WELCOMED_KEY, "1"))
}

#[tauri::command(async)]
pub fn add_pain(state: State<'_, AppState>, draft: Value) -> IpcResult<PainEntry> {
    let draft: PainDraft = parse(draft)?;
    let at = now();
    state.with_journal(|j| {
        j.alerts()
            .write_and_refresh(at, |j| j.entries().add_pain(draft, at))
    })
}

#[tauri::command(async)]
pub fn update_pain(state: State<'_, AppState>, id: String, draft: Value) -> IpcResult<PainEntry> {
    let id = parse_id(&id)?;
    let draft: PainDraft = parse(draft)?;
    let at = now();
    state.with_journal(|j| {
        j.alerts()
            .write_and_refresh(at, |j| j.entries().update_pain(id, draft, at))
    })
}

#[tauri::command(async)]
pub fn add_activity(state: State<'_, AppState>, draft: Value) -> IpcResult<Activity> {
    let draft: ActivityDraft = parse(draft)?;
    let at = now();
    state.with_journal(|j| {
        j.alerts()
            .write_and_refresh(at, |j| j.entries().add_activity(draft, at))
    })
}

#[tauri::command(async)]
pub fn update_activity(
    state: State<'_, AppState>,
    id: String,
    draft: Value,
) -> IpcResult<Activity> {
    let id = parse_id(&id)?;
    let draft: ActivityDraft = parse(draft)?;
    let at = now();
    state.with_journal(|j| {
        j.alerts()
            .write_and_refresh(at, |j| j.entries().update_activity(id, draft, at))
    })
}

#[tauri::command(async)]
pub fn save_check_in(state: State<'_, AppState>, draft: Value) -> IpcResult<CheckIn> {
    let draft: CheckInDraft = parse(draft)?;
    let at = now();
    state.with_journal(|j| {
        j.alerts()
            .write_and_refresh(at, |j| j.entries().save_check_in(draft, at, today()))
    })
}

#[tauri::command(async)]
pub fn check_in_on(state: State<'_, AppState>, date: Value) -> IpcResult<Option<CheckIn>> {
    let date: NaiveDate = parse(date)?;
    state.with_journal(|j| j.timeline().check_in_on(date))
}

#[tauri::command(async)]
pub fn delete_entry(state: State<'_, AppState>, kind: Value, id: String) -> IpcResult<()> {
    let kind: EntryKind = parse(kind)?;
    let id = parse_id(&id)?;
    let at = now();
    state.with_journal(|j| {
        j.alerts()
            .write_and_refresh(at, |j| j.entries().delete_entry(kind, id, at))
    })
}

#[tauri::command(async)]
pub fn restore_entry(state: State<'_, AppState>, kind: Value, id: String) -> IpcResult<()> {
    let kind: EntryKind = parse(kind)?;
    let id = parse_id(&id)?;
    let at = now();
    state.with_journal(|j| {
        j.alerts()
            .write_and_refresh(at, |j| j.entries().restore_entry(kind, id))
    })
}

#[tauri::command(async)]
pub fn timeline(state: State<'_, AppState>, query: Value) -> IpcResult<TimelinePage> {
    let query: TimelineQuery = parse(query)?;
    state.with_journal(|j| j.timeline().page(&query))
}

#[tauri::command(async)]
pub fn suggest_link(state: State<'_, AppState>, at: Value) -> IpcResult<LinkSuggestion> {
    let at: DateTime<FixedOffset> = parse(at)?;
    state.with_journal(|j| {
        Ok(LinkSuggestion {
            suggested: j.timeline().suggest_link(at)?,
            recent: j.timeline().recent_activities(at, 10)?,
        })
    })
}

#[tauri::command(async)]
pub fn get_profile(state: State<'_, AppState>) -> IpcResult<Profile> {
    state.with_journal(|j| j.settings().profile())
}

#[tauri::command(async)]
pub fn save_profile(state: State<'_, AppState>, profile: Value) -> IpcResult<Profile> {
    let profile: Profile = parse(profile)?;
    let at = now();
    state.with_journal(|j| {
        j.alerts()
            .write_and_refresh(at, |j| j.settings_mut().save_profile(profile, at))
    })
}

#[tauri::command(async)]
pub fn list_positions() -> Vec<PositionInfo> {
    guide::positions().to_vec()
}

/// The local UTC offset right now, for the demo generator.
pub fn local_offset() -> FixedOffset {
    Local::now().offset().fix()
}
