//! Reminder commands: thin adapters over backstory_core::reminders, like commands.rs. The
//! ticker and the notifications themselves are in desktop.rs.

use crate::desktop::{show_reminder, ReminderInbox};
use crate::error::{IpcError, IpcResult};
use crate::state::AppState;
use backstory_core::domain::parse_json;
use backstory_core::reminders::{
    notification_text, DueReminder, NextReminder, ReminderKind, ReminderSettings,
};
use chrono::{DateTime, Local, Utc};
use serde_json::Value;
use tauri::{AppHandle, State};

fn parse<T: serde::de::DeserializeOwned>(value: Value) -> IpcResult<T> {
    parse_json(value).map_err(IpcError::from)
}

#[tauri::command(async)]
pub fn reminder_settings(state: State<'_, AppState>) -> IpcResult<ReminderSettings> {
    state.with_journal(|j| j.reminders().settings())
}

#[tauri::command(async)]
pub fn save_reminder_settings(
    state: State<'_, AppState>,
    settings: Value,
) -> IpcResult<ReminderSettings> {
    let settings: ReminderSettings = parse(settings)?;
    state.with_journal(|j| j.reminders().save_settings(settings, Utc::now()))
}

#[tauri::command(async)]
pub fn snooze_reminder(state: State<'_, AppState>, kind: Value) -> IpcResult<DateTime<Utc>> {
    let kind: ReminderKind = parse(kind)?;
    state.with_journal(|j| j.reminders().snooze(kind, Utc::now()))
}

#[tauri::command(async)]
pub fn next_reminders(state: State<'_, AppState>) -> IpcResult<Vec<NextReminder>> {
    state.with_journal(|j| j.reminders().next(Utc::now(), &Local))
}

/// Shows a sample check-in reminder now, so the user can see how their desktop shows it.
#[tauri::command(async)]
pub fn show_test_reminder(app: AppHandle) {
    let kind = ReminderKind::CheckIn;
    let text = notification_text(kind, false, false);
    show_reminder(
        &app,
        &DueReminder {
            kind,
            occurrence: Utc::now(),
            late: false,
            snoozed: false,
            title: text.title,
            body: text.body,
            screen: kind.screen(),
        },
    );
}

/// The last reminder shown and not yet opened (the UI opens its screen when the window next
/// gets focus, for desktops that do not report notification clicks); taking it clears it.
#[tauri::command(async)]
pub fn take_pending_reminder(inbox: State<'_, ReminderInbox>) -> Option<DueReminder> {
    inbox.0.lock().unwrap_or_else(|p| p.into_inner()).take()
}
