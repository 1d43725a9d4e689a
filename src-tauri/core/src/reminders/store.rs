//! Reminder settings and scheduler state in the journal's `setting` table (JSON values), the
//! journal facts the scheduler reads, and the one call the shell's ticker makes.

use super::schedule::{next_occurrences, tick, Facts, NextReminder};
use super::{DueReminder, ReminderKind, ReminderSettings, ReminderState};
use crate::error::{CoreError, CoreResult};
use crate::store::{date_text, utc_text};
use crate::Journal;
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use rusqlite::{params, Connection, OptionalExtension};

pub const SETTINGS_KEY: &str = "reminders.settings";
pub const STATE_KEY: &str = "reminders.state";

/// How far back the scheduler looks at the journal (the morning-after reminder needs the
/// last intimacy; the others only today).
const FACTS_DAYS: i64 = 3;

fn read_json<T: serde::de::DeserializeOwned + Default>(conn: &Connection, key: &str) -> T {
    // A value this version cannot read (hand-edited, from a future version) falls back to the
    // default rather than stopping the app: reminders are a convenience, not data.
    conn.query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
        r.get::<_, String>(0)
    })
    .optional()
    .ok()
    .flatten()
    .and_then(|text| serde_json::from_str(&text).ok())
    .unwrap_or_default()
}

fn write_json<T: serde::Serialize>(conn: &Connection, key: &str, value: &T) -> CoreResult<()> {
    let text = serde_json::to_string(value).map_err(|e| CoreError::Storage(e.to_string()))?;
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, text],
    )?;
    Ok(())
}

fn dates(conn: &Connection, sql: &str, since: NaiveDate) -> CoreResult<Vec<NaiveDate>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([date_text(since)], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for row in rows {
        if let Ok(date) = NaiveDate::parse_from_str(&row?, "%Y-%m-%d") {
            out.push(date);
        }
    }
    Ok(out)
}

fn instants(conn: &Connection, sql: &str, since: DateTime<Utc>) -> CoreResult<Vec<DateTime<Utc>>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([utc_text(&since)], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for row in rows {
        if let Ok(at) = DateTime::parse_from_rfc3339(&row?) {
            out.push(at.with_timezone(&Utc));
        }
    }
    Ok(out)
}

fn read_facts(conn: &Connection, now: DateTime<Utc>) -> CoreResult<Facts> {
    let since = now - Duration::days(FACTS_DAYS);
    let since_date = since.date_naive() - Duration::days(1);
    Ok(Facts {
        check_in_dates: dates(
            conn,
            "SELECT local_date FROM check_in WHERE deleted_at IS NULL AND local_date >= ?1",
            since_date,
        )?
        .into_iter()
        .collect(),
        session_dates: dates(
            conn,
            "SELECT local_date FROM activity WHERE deleted_at IS NULL AND local_date >= ?1
               AND kind IN ('stretching', 'core_session')",
            since_date,
        )?
        .into_iter()
        .collect(),
        pain_at: instants(
            conn,
            "SELECT at_utc FROM pain_entry WHERE deleted_at IS NULL AND at_utc >= ?1",
            since,
        )?,
        intimacy_at: instants(
            conn,
            "SELECT at_utc FROM activity WHERE deleted_at IS NULL AND at_utc >= ?1
               AND kind = 'intimacy'",
            since,
        )?,
    })
}

impl Journal {
    pub(crate) fn reminder_settings(&self) -> CoreResult<ReminderSettings> {
        Ok(read_json(self.conn(), SETTINGS_KEY))
    }

    /// Validates and saves the settings. Saving arms the scheduler at `now`: nothing scheduled
    /// before this moment fires, so switching reminders on never brings a burst of old ones.
    pub(crate) fn save_reminder_settings(
        &mut self,
        settings: ReminderSettings,
        now: DateTime<Utc>,
    ) -> CoreResult<ReminderSettings> {
        let settings = settings.validate()?;
        let tx = self.conn_mut().transaction()?;
        let mut state: ReminderState = read_json(&tx, STATE_KEY);
        state.armed_at = Some(now);
        state.snoozed.retain(|kind, _| settings.is_on(*kind));
        write_json(&tx, SETTINGS_KEY, &settings)?;
        write_json(&tx, STATE_KEY, &state)?;
        tx.commit()?;
        Ok(settings)
    }

    /// Brings a reminder back after the snooze length chosen in the settings; returns when.
    pub(crate) fn snooze_reminder(
        &mut self,
        kind: ReminderKind,
        now: DateTime<Utc>,
    ) -> CoreResult<DateTime<Utc>> {
        let tx = self.conn_mut().transaction()?;
        let settings: ReminderSettings = read_json(&tx, SETTINGS_KEY);
        if !settings.is_on(kind) {
            return Err(CoreError::validation(
                "kind",
                "that reminder is switched off, so it cannot be snoozed",
            ));
        }
        let until = now + Duration::minutes(i64::from(settings.snooze_minutes));
        let mut state: ReminderState = read_json(&tx, STATE_KEY);
        state.snoozed.insert(kind, until);
        write_json(&tx, STATE_KEY, &state)?;
        tx.commit()?;
        Ok(until)
    }

    /// The reminders due now, each returned once: the state is saved in the same transaction.
    pub(crate) fn take_due_reminders<Tz: TimeZone>(
        &mut self,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> CoreResult<Vec<DueReminder>> {
        let tx = self.conn_mut().transaction()?;
        let settings: ReminderSettings = read_json(&tx, SETTINGS_KEY);
        if !settings.enabled {
            return Ok(Vec::new());
        }
        let state: ReminderState = read_json(&tx, STATE_KEY);
        let facts = read_facts(&tx, now)?;
        let (due, next_state) = tick(&settings, &state, &facts, now, tz);
        if next_state != state {
            write_json(&tx, STATE_KEY, &next_state)?;
            tx.commit()?;
        }
        Ok(due)
    }

    /// When each enabled reminder comes next, soonest first.
    pub(crate) fn next_reminders<Tz: TimeZone>(
        &self,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> CoreResult<Vec<NextReminder>> {
        let settings: ReminderSettings = read_json(self.conn(), SETTINGS_KEY);
        let state: ReminderState = read_json(self.conn(), STATE_KEY);
        let facts = read_facts(self.conn(), now)?;
        Ok(next_occurrences(&settings, &state, &facts, now, tz))
    }
}
