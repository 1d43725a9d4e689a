//! Reminder settings, snooze and what comes next (the notifications are the shell's).

use super::{parse, AppResult, Now, Session, Written};
use backstory_core::reminders::{DueReminder, NextReminder, ReminderKind, ReminderSettings};
use chrono::{DateTime, Local, Utc};
use serde_json::Value;

pub fn reminder_settings(session: &mut Session) -> AppResult<ReminderSettings> {
    Ok(session.journal_mut()?.reminders().settings()?)
}

pub fn save_reminder_settings(
    session: &mut Session,
    settings: Value,
    now: Now,
) -> AppResult<Written<ReminderSettings>> {
    let settings: ReminderSettings = parse(settings)?;
    let saved = session
        .journal_mut()?
        .reminders()
        .save_settings(settings, now.utc())?;
    Ok(Written::settings(saved))
}

pub fn snooze_reminder(session: &mut Session, kind: Value, now: Now) -> AppResult<DateTime<Utc>> {
    let kind: ReminderKind = parse(kind)?;
    Ok(session.journal_mut()?.reminders().snooze(kind, now.utc())?)
}

/// The next reminders in the computer's own time zone (DST included).
pub fn next_reminders(session: &mut Session, now: Now) -> AppResult<Vec<NextReminder>> {
    Ok(session.journal_mut()?.reminders().next(now.utc(), &Local)?)
}

/// The reminders due now (the shell's ticker shows them); the demo journal never reminds.
pub fn take_due_reminders(session: &mut Session, now: Now) -> AppResult<Vec<DueReminder>> {
    if session.demo {
        return Ok(Vec::new());
    }
    Ok(session
        .journal_mut()?
        .reminders()
        .take_due(now.utc(), &Local)?)
}
