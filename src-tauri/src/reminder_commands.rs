//! Reminder commands: one-liners over backstory_application, like commands.rs. The
//! ticker and the notifications themselves are in desktop.rs.

use crate::desktop::{show_reminder, ReminderInbox};
use crate::error::IpcResult;
use crate::state::AppState;
use backstory_application::{self as app, Now};
use backstory_core::reminders::{
    notification_text, DueReminder, NextReminder, ReminderKind, ReminderSettings,
};
use chrono::{DateTime, Utc};
use serde_json::Value;
use tauri::{AppHandle, State};

#[tauri::command]
pub fn reminder_settings(state: State<'_, AppState>) -> IpcResult<ReminderSettings> {
    state.run(app::reminder_settings)
}

#[tauri::command]
pub fn save_reminder_settings(
    app: AppHandle,
    state: State<'_, AppState>,
    settings: Value,
) -> IpcResult<ReminderSettings> {
    let saved = state.write(&app, |s| {
        app::save_reminder_settings(s, settings, Now::local())
    });
    crate::tray::sync_pause(&app);
    saved
}

#[tauri::command]
pub fn snooze_reminder(state: State<'_, AppState>, kind: Value) -> IpcResult<DateTime<Utc>> {
    state.run(|s| app::snooze_reminder(s, kind, Now::local()))
}

#[tauri::command]
pub fn next_reminders(state: State<'_, AppState>) -> IpcResult<Vec<NextReminder>> {
    state.run(|s| app::next_reminders(s, Now::local()))
}

/// Shows a sample check-in reminder now, so the user can see how their desktop shows it.
#[tauri::command]
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
#[tauri::command]
pub fn take_pending_reminder(inbox: State<'_, ReminderInbox>) -> Option<DueReminder> {
    inbox.0.lock().unwrap_or_else(|p| p.into_inner()).take()
}
