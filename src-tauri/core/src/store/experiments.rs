//! N-of-1 experiments (`experiment`, `experiment_day`) and the per-day outcomes they read
//! from the pain entries.

use super::codec::*;
use super::Journal;
use crate::error::{CoreError, CoreResult};
use crate::i18n::tr;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::params;
use uuid::Uuid;

/// An experiment as stored; `crate::experiments` turns it into its own types (the store
/// does not import the modules built on it).
pub(crate) struct ExperimentRow {
    pub id: Uuid,
    /// JSON of the change.
    pub change: String,
    /// "next_morning" or "pain_after".
    pub outcome: &'static str,
    pub start: NaiveDate,
    pub period_days: u32,
    pub blocks: u32,
    pub seed: u64,
    pub abandoned_on: Option<NaiveDate>,
}

fn malformed() -> CoreError {
    CoreError::Storage(tr("error-stored-experiment-malformed"))
}

fn parse_date(text: &str) -> CoreResult<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| malformed())
}

impl Journal {
    pub(crate) fn insert_experiment(
        &mut self,
        e: &ExperimentRow,
        now: DateTime<Utc>,
    ) -> CoreResult<()> {
        self.conn.execute(
            "INSERT INTO experiment
                 (id, change, outcome, start_date, period_days, blocks, seed, abandoned_on, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                e.id.to_string(),
                e.change,
                e.outcome,
                date_text(e.start),
                e.period_days,
                e.blocks,
                e.seed.to_string(),
                e.abandoned_on.map(date_text),
                utc_text(&now),
            ],
        )?;
        Ok(())
    }

    /// The most recently started experiment, if any.
    pub(crate) fn latest_experiment(&self) -> CoreResult<Option<ExperimentRow>> {
        Ok(self.experiment_rows(Some(1))?.into_iter().next())
    }

    /// Every experiment ever started, newest first (`limit` caps how many).
    pub(crate) fn experiment_rows(&self, limit: Option<u32>) -> CoreResult<Vec<ExperimentRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, change, outcome, start_date, period_days, blocks, seed, abandoned_on
             FROM experiment ORDER BY created_at DESC, rowid DESC LIMIT ?1",
        )?;
        let limit = limit.map_or(-1, i64::from);
        let rows = stmt
            .query_map([limit], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, u32>(4)?,
                    row.get::<_, u32>(5)?,
                    row.get::<_, String>(6)?,
                    row.get::<_, Option<String>>(7)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(
                |(id, change, outcome, start, period_days, blocks, seed, abandoned)| {
                    let outcome = match outcome.as_str() {
                        "next_morning" => "next_morning",
                        "pain_after" => "pain_after",
                        _ => return Err(malformed()),
                    };
                    Ok(ExperimentRow {
                        id: Uuid::parse_str(&id).map_err(|_| malformed())?,
                        change,
                        outcome,
                        start: parse_date(&start)?,
                        period_days,
                        blocks,
                        seed: seed.parse().map_err(|_| malformed())?,
                        abandoned_on: abandoned.as_deref().map(parse_date).transpose()?,
                    })
                },
            )
            .collect()
    }

    pub(crate) fn set_experiment_abandoned(&mut self, id: Uuid, on: NaiveDate) -> CoreResult<()> {
        self.conn.execute(
            "UPDATE experiment SET abandoned_on = ?2 WHERE id = ?1 AND abandoned_on IS NULL",
            params![id.to_string(), date_text(on)],
        )?;
        Ok(())
    }

    pub(crate) fn set_experiment_followed(
        &mut self,
        id: Uuid,
        date: NaiveDate,
        followed: bool,
    ) -> CoreResult<()> {
        self.conn.execute(
            "INSERT INTO experiment_day (experiment_id, date, followed) VALUES (?1, ?2, ?3)
             ON CONFLICT (experiment_id, date) DO UPDATE SET followed = excluded.followed",
            params![id.to_string(), date_text(date), i64::from(followed)],
        )?;
        Ok(())
    }

    /// The days the user said whether they followed the arm.
    pub(crate) fn experiment_followed(&self, id: Uuid) -> CoreResult<Vec<(NaiveDate, bool)>> {
        let mut statement = self.conn.prepare(
            "SELECT date, followed FROM experiment_day WHERE experiment_id = ?1 ORDER BY date",
        )?;
        let rows = statement.query_map(params![id.to_string()], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
        })?;
        rows.map(|row| {
            let (date, followed) = row?;
            Ok((parse_date(&date)?, followed != 0))
        })
        .collect()
    }

    /// Each day's outcome in `from..=to`, for days that have one:
    /// - next morning: the worst pain rated before noon (local time) on the following day;
    /// - pain after: the worst pain linked to an activity of that day (0 included).
    pub(crate) fn experiment_outcomes(
        &self,
        next_morning: bool,
        from: NaiveDate,
        to: NaiveDate,
    ) -> CoreResult<Vec<(NaiveDate, u8)>> {
        let (sql, shift) = if next_morning {
            (
                "SELECT local_date, MAX(nrs) FROM pain_entry
                 WHERE deleted_at IS NULL AND local_date BETWEEN ?1 AND ?2
                   AND strftime('%H', at_utc, printf('%+d minutes', tz_offset_min)) < '12'
                 GROUP BY local_date",
                1,
            )
        } else {
            (
                "SELECT a.local_date, MAX(p.nrs) FROM activity a
                 JOIN pain_entry p ON p.activity_id = a.id AND p.deleted_at IS NULL
                 WHERE a.deleted_at IS NULL AND a.local_date BETWEEN ?1 AND ?2
                 GROUP BY a.local_date",
                0,
            )
        };
        let shift = Duration::days(shift);
        let mut statement = self.conn.prepare(sql)?;
        let rows = statement.query_map(
            params![date_text(from + shift), date_text(to + shift)],
            |row| Ok((row.get::<_, String>(0)?, row.get::<_, u8>(1)?)),
        )?;
        rows.map(|row| {
            let (date, nrs) = row?;
            Ok((parse_date(&date)? - shift, nrs))
        })
        .collect()
    }
}
