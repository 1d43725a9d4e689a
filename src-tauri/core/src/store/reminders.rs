//! What the reminder scheduler reads and keeps: its JSON values in the `setting` table and
//! the recent journal facts it schedules from (check-in days, session days, when pain and
//! intimacy were logged, when a weekly check was taken). The reminders module decides what
//! they mean.

use super::codec::{date_text, utc_text};
use super::Journal;
use crate::domain::PEG_WEEK_DAYS;
use crate::error::{CoreError, CoreResult};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

/// The journal facts of the last few days, as stored.
#[derive(Debug, Default)]
pub(crate) struct RecentEntries {
    /// Local dates with a saved check-in.
    pub check_in_dates: Vec<NaiveDate>,
    /// Local dates with a stretching or core session.
    pub session_dates: Vec<NaiveDate>,
    /// When pain entries were logged as happening.
    pub pain_at: Vec<DateTime<Utc>>,
    /// When intimacy was logged as happening.
    pub intimacy_at: Vec<DateTime<Utc>>,
    /// When weekly PEG checks were taken (a week further back: one covers seven days).
    pub peg_at: Vec<DateTime<Utc>>,
}

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

/// Entries since `since` (pain, intimacy) and local days from `since_date` (check-ins,
/// sessions).
fn recent_entries(
    conn: &Connection,
    since_date: NaiveDate,
    since: DateTime<Utc>,
) -> CoreResult<RecentEntries> {
    Ok(RecentEntries {
        check_in_dates: dates(
            conn,
            "SELECT local_date FROM check_in WHERE deleted_at IS NULL AND local_date >= ?1",
            since_date,
        )?,
        session_dates: dates(
            conn,
            "SELECT local_date FROM activity WHERE deleted_at IS NULL AND local_date >= ?1
               AND kind IN ('stretching', 'core_session')",
            since_date,
        )?,
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
        peg_at: instants(
            conn,
            "SELECT taken_utc FROM peg_check WHERE taken_utc >= ?1",
            since - Duration::days(PEG_WEEK_DAYS),
        )?,
    })
}

/// One read-modify-write of the scheduler's values, in one transaction: nothing is saved
/// unless `commit` is called.
pub(crate) struct SchedulerTx<'j> {
    tx: Transaction<'j>,
}

impl SchedulerTx<'_> {
    /// The JSON value under `key`, or the default when it is missing or unreadable.
    pub(crate) fn read<T: serde::de::DeserializeOwned + Default>(&self, key: &str) -> T {
        read_json(&self.tx, key)
    }

    pub(crate) fn write<T: serde::Serialize>(&self, key: &str, value: &T) -> CoreResult<()> {
        write_json(&self.tx, key, value)
    }

    /// The recent entries, read inside the same transaction.
    pub(crate) fn recent_entries(
        &self,
        since_date: NaiveDate,
        since: DateTime<Utc>,
    ) -> CoreResult<RecentEntries> {
        recent_entries(&self.tx, since_date, since)
    }

    pub(crate) fn commit(self) -> CoreResult<()> {
        self.tx.commit()?;
        Ok(())
    }
}

impl Journal {
    /// The scheduler's JSON value under `key` (default when missing or unreadable).
    pub(crate) fn scheduler_value<T: serde::de::DeserializeOwned + Default>(&self, key: &str) -> T {
        read_json(&self.conn, key)
    }

    /// The recent entries the scheduler reads.
    pub(crate) fn recent_entries(
        &self,
        since_date: NaiveDate,
        since: DateTime<Utc>,
    ) -> CoreResult<RecentEntries> {
        recent_entries(&self.conn, since_date, since)
    }

    /// Starts one read-modify-write of the scheduler's values.
    pub(crate) fn scheduler_tx(&mut self) -> CoreResult<SchedulerTx<'_>> {
        Ok(SchedulerTx {
            tx: self.conn.transaction()?,
        })
    }
}
