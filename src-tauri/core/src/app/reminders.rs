//! Reminder settings, snooze and what comes next (the notifications are the shell's).

use super::{parse, AppResult, Now, Session, Written};
use crate::reminders::{NextReminder, ReminderKind, ReminderSettings};
use chrono::{DateTime, Local, Utc};
use serde_json::Value;

pub fn reminder_settings(session: &Session) -> AppResult<ReminderSettings> {
    Ok(session.journal()?.reminder_settings()?)
}

pub fn save_reminder_settings(
    session: &mut Session,
    settings: Value,
    now: Now,
) -> AppResult<Written<ReminderSettings>> {
    let settings: ReminderSettings = parse(settings)?;
    let saved = session
        .journal_mut()?
        .save_reminder_settings(settings, now.utc())?;
    Ok(Written::settings(saved))
}

pub fn snooze_reminder(session: &mut Session, kind: Value, now: Now) -> AppResult<DateTime<Utc>> {
    let kind: ReminderKind = parse(kind)?;
    Ok(session.journal_mut()?.snooze_reminder(kind, now.utc())?)
}

/// The next reminders in the computer's own time zone (DST included).
pub fn next_reminders(session: &Session, now: Now) -> AppResult<Vec<NextReminder>> {
    Ok(session.journal()?.next_reminders(now.utc(), &Local)?)
}
