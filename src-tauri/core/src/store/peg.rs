//! The weekly PEG checks (`peg_check`): saving one and reading them back in time order.

use super::codec::*;
use super::Journal;
use crate::domain::{PegCheck, PegDraft};
use crate::error::{CoreError, CoreResult};
use crate::i18n::tr;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use rusqlite::{params, Row};
use uuid::Uuid;

const COLUMNS: &str = "id, taken_utc, utc_offset, pain, enjoyment, activity, created_at";

impl Journal {
    /// Validates and saves a check under `id` (a new one: `Uuid::new_v4()`).
    pub(crate) fn save_peg(
        &mut self,
        id: Uuid,
        draft: PegDraft,
        now: DateTime<Utc>,
    ) -> CoreResult<PegCheck> {
        let check = PegCheck::new(id, draft.validate(now)?, now);
        self.insert_peg(&check)?;
        Ok(check)
    }

    /// Stores a validated check (an existing id is replaced: the demo and imports choose ids).
    fn insert_peg(&mut self, check: &PegCheck) -> CoreResult<()> {
        let (taken_utc, offset, local_date) = instant_columns(&check.draft.taken_at);
        self.conn.execute(
            "INSERT OR REPLACE INTO peg_check
                 (id, taken_utc, utc_offset, local_date, pain, enjoyment, activity, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                check.id.to_string(),
                taken_utc,
                offset,
                local_date,
                check.draft.pain,
                check.draft.enjoyment,
                check.draft.activity,
                utc_text(&check.created_at),
            ],
        )?;
        Ok(())
    }

    /// The checks taken on local days `from..=to` (either end open), oldest first.
    pub(crate) fn peg_checks(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> CoreResult<Vec<PegCheck>> {
        let from = from.map_or_else(|| "0000-01-01".to_owned(), date_text);
        let to = to.map_or_else(|| "9999-12-31".to_owned(), date_text);
        let mut statement = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM peg_check WHERE local_date BETWEEN ?1 AND ?2
             ORDER BY taken_utc, id"
        ))?;
        let rows = statement.query_map(params![from, to], |row| Ok(read_peg(row)))?;
        rows.map(|row| row?).collect()
    }

    /// The most recent check, if any.
    pub(crate) fn latest_peg(&self) -> CoreResult<Option<PegCheck>> {
        let mut statement = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM peg_check ORDER BY taken_utc DESC, id DESC LIMIT 1"
        ))?;
        let mut rows = statement.query_map([], |row| Ok(read_peg(row)))?;
        rows.next().transpose()?.transpose()
    }
}

fn read_peg(row: &Row) -> CoreResult<PegCheck> {
    let malformed = || CoreError::Storage(tr("error-stored-peg-malformed"));
    let id: String = row.get(0)?;
    let offset: i32 = row.get(2)?;
    let offset = FixedOffset::east_opt(offset * 60).ok_or_else(malformed)?;
    let taken_at = parse_utc(&row.get::<_, String>(1)?)?.with_timezone(&offset);
    let draft = PegDraft {
        taken_at,
        pain: row.get(3)?,
        enjoyment: row.get(4)?,
        activity: row.get(5)?,
    };
    let created_at = parse_utc(&row.get::<_, String>(6)?)?;
    let id = Uuid::parse_str(&id).map_err(|_| malformed())?;
    Ok(PegCheck::new(id, draft, created_at))
}
