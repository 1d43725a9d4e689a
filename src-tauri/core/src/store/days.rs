//! Whole-history reads by day for the insights: the `day_summary` table (per-day counts
//! the triggers keep, so a dashboard reads one row per logged day), session days for
//! streaks, and the activity/pain cases behind "pain after". The insights decide what the
//! numbers mean; this file only reads them. Each query is shaped for an index
//! (docs/performance.md), and the tests check their plans.

use super::codec::{date_text, kind_from_key};
use super::Journal;
use crate::domain::ActivityKind;
use crate::error::{CoreError, CoreResult};
use crate::i18n::tr;
use chrono::NaiveDate;

/// Per-day aggregates from the day summary (migration 0005), one row per logged day,
/// read along its primary key. Kept in step with the entries by triggers.
pub const DAY_SUMMARY_SQL: &str = "SELECT local_date, pain_entries, pain_sum, pain_max,
        intimacy, stretching, core, other_activities, has_check_in
     FROM day_summary WHERE local_date BETWEEN ?1 AND ?2";

/// The same aggregates computed from the entries (the definition the day summary keeps).
pub const DAY_FACTS_FROM_ENTRIES_SQL: &str = "SELECT d.local_date,
        (SELECT COUNT(*) FROM pain_entry WHERE local_date = d.local_date AND deleted_at IS NULL),
        (SELECT COALESCE(SUM(nrs), 0) FROM pain_entry WHERE local_date = d.local_date AND deleted_at IS NULL),
        (SELECT COALESCE(MAX(nrs), 0) FROM pain_entry WHERE local_date = d.local_date AND deleted_at IS NULL),
        (SELECT COUNT(*) FROM activity WHERE local_date = d.local_date AND deleted_at IS NULL AND kind = 'intimacy'),
        (SELECT COUNT(*) FROM activity WHERE local_date = d.local_date AND deleted_at IS NULL AND kind = 'stretching'),
        (SELECT COUNT(*) FROM activity WHERE local_date = d.local_date AND deleted_at IS NULL AND kind = 'core_session'),
        (SELECT COUNT(*) FROM activity WHERE local_date = d.local_date AND deleted_at IS NULL
            AND kind NOT IN ('intimacy', 'stretching', 'core_session')),
        EXISTS (SELECT 1 FROM check_in WHERE local_date = d.local_date AND deleted_at IS NULL)
     FROM (SELECT local_date FROM pain_entry WHERE deleted_at IS NULL
           UNION SELECT local_date FROM activity WHERE deleted_at IS NULL
           UNION SELECT local_date FROM check_in WHERE deleted_at IS NULL) AS d
     WHERE d.local_date BETWEEN ?1 AND ?2";

/// Days with a stretching or core session, newest first (activity_kind_date index).
pub const SESSION_DAYS_SQL: &str = "SELECT DISTINCT local_date FROM activity
     WHERE deleted_at IS NULL AND kind IN ('stretching', 'core_session') AND local_date <= ?1
     ORDER BY local_date DESC";

/// Intimacy cases: each intimacy activity in range (kind index) with the highest pain
/// linked to it (covering index on activity_id, nrs); NULL when nothing is linked (unknown).
pub const INTIMACY_CASES_SQL: &str = "SELECT a.kind, a.local_date, a.duration_min,
        json_extract(a.body, '$.intimacy') AS details,
        (SELECT MAX(p.nrs) FROM pain_entry AS p
         WHERE p.activity_id = a.id AND p.deleted_at IS NULL) AS after,
        NULL AS relief
     FROM activity AS a
     WHERE a.deleted_at IS NULL AND a.kind = 'intimacy' AND a.local_date BETWEEN ?1 AND ?2";

/// Every case's activity in range, in id order: the covering `activity_facts` is scanned
/// (SQLite reads a row only where the CASE needs an intimacy or relief body). The linked
/// pain comes from [`LINKED_PAIN_SQL`], merged in the same order by [`Journal::case_rows`].
pub const ALL_CASES_SQL: &str = "SELECT a.kind, a.local_date, a.duration_min,
        CASE WHEN a.kind = 'intimacy' THEN json_extract(a.body, '$.intimacy') END,
        a.id,
        CASE WHEN a.kind = 'pain_relief' THEN json_extract(a.body, '$.relief') END
     FROM activity AS a INDEXED BY activity_facts
     WHERE a.deleted_at IS NULL AND a.local_date BETWEEN ?1 AND ?2
     ORDER BY a.id";

/// The highest pain linked to each activity, in activity id order (one pass over the
/// covering `pain_activity_nrs`). Walking it beside [`ALL_CASES_SQL`] replaces one index
/// seek per activity (~48k at 100k entries) by two sequential reads.
pub const LINKED_PAIN_SQL: &str = "SELECT p.activity_id, MAX(p.nrs)
     FROM pain_entry AS p INDEXED BY pain_activity_nrs
     WHERE p.deleted_at IS NULL AND p.activity_id IS NOT NULL
     GROUP BY p.activity_id ORDER BY p.activity_id";

/// One logged day's counts, as the day summary (or the entries) give them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayRow {
    pub date: NaiveDate,
    pub pain_entries: u32,
    pub pain_sum: u32,
    pub pain_max: u8,
    pub intimacy: u32,
    pub stretching: u32,
    pub core: u32,
    pub other_activities: u32,
    pub check_in: bool,
}

/// One activity with the highest pain linked to it (None: nothing linked), as stored.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CaseRow {
    pub kind: ActivityKind,
    pub date: NaiveDate,
    pub duration_min: Option<u16>,
    /// The intimacy details' JSON, for intimacy rows.
    pub intimacy: Option<String>,
    pub outcome: Option<u8>,
    /// The relief details' JSON, for pain-relief rows.
    pub relief: Option<String>,
}

/// Which activities a case query reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CaseScope {
    Intimacy,
    All,
}

fn text_at<'r>(row: &'r rusqlite::Row, index: usize) -> CoreResult<&'r str> {
    row.get_ref(index)?
        .as_str()
        .map_err(|_| CoreError::Storage(tr("error-stored-value-wrong-type")))
}

fn date_at(row: &rusqlite::Row, index: usize) -> CoreResult<NaiveDate> {
    super::codec::parse_date_text(text_at(row, index)?)
        .ok_or_else(|| CoreError::Storage(tr("error-stored-date-malformed")))
}

impl Journal {
    /// The logged days in `from..=to` read with `sql` ([`DAY_SUMMARY_SQL`] or, to check
    /// it, [`DAY_FACTS_FROM_ENTRIES_SQL`]).
    pub(crate) fn day_rows(
        &self,
        sql: &str,
        from: NaiveDate,
        to: NaiveDate,
    ) -> CoreResult<Vec<DayRow>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query([date_text(from), date_text(to)])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(DayRow {
                date: date_at(row, 0)?,
                pain_entries: row.get(1)?,
                pain_sum: row.get(2)?,
                pain_max: row.get(3)?,
                intimacy: row.get(4)?,
                stretching: row.get(5)?,
                core: row.get(6)?,
                other_activities: row.get(7)?,
                check_in: row.get(8)?,
            });
        }
        Ok(out)
    }

    /// The first local day with any entry, if the journal has any.
    pub(crate) fn first_logged_day(&self) -> CoreResult<Option<NaiveDate>> {
        let first: Option<String> = self.conn.query_row(
            "SELECT MIN(d) FROM (
                 SELECT MIN(local_date) AS d FROM pain_entry WHERE deleted_at IS NULL
                 UNION ALL SELECT MIN(local_date) FROM activity WHERE deleted_at IS NULL
                 UNION ALL SELECT MIN(local_date) FROM check_in WHERE deleted_at IS NULL)",
            [],
            |r| r.get(0),
        )?;
        first
            .map(|t| {
                NaiveDate::parse_from_str(&t, "%Y-%m-%d")
                    .map_err(|_| CoreError::Storage(tr("error-stored-date-malformed")))
            })
            .transpose()
    }

    /// Days with a stretching or core session up to `today`, newest first, for as long as
    /// `each` returns true (a streak stops reading at its first gap).
    pub(crate) fn session_days_back_from(
        &self,
        today: NaiveDate,
        mut each: impl FnMut(NaiveDate) -> bool,
    ) -> CoreResult<()> {
        let mut stmt = self.conn.prepare_cached(SESSION_DAYS_SQL)?;
        let mut rows = stmt.query([date_text(today)])?;
        while let Some(row) = rows.next()? {
            if !each(date_at(row, 0)?) {
                break;
            }
        }
        Ok(())
    }

    /// Activities in `from..=to` (SQL date text), each with the highest pain linked to it.
    pub(crate) fn case_rows(
        &self,
        scope: CaseScope,
        from: &str,
        to: &str,
    ) -> CoreResult<Vec<CaseRow>> {
        let mut out = Vec::new();
        let row_of = |row: &rusqlite::Row, outcome: Option<u8>| -> CoreResult<CaseRow> {
            Ok(CaseRow {
                kind: kind_from_key(text_at(row, 0)?)
                    .ok_or_else(|| CoreError::Storage(tr("error-stored-activity-kind-unknown")))?,
                date: date_at(row, 1)?,
                duration_min: row.get(2)?,
                intimacy: row.get(3)?,
                outcome,
                relief: row.get(5)?,
            })
        };
        if scope == CaseScope::Intimacy {
            let mut stmt = self.conn.prepare_cached(INTIMACY_CASES_SQL)?;
            let mut rows = stmt.query([from, to])?;
            while let Some(row) = rows.next()? {
                out.push(row_of(row, row.get(4)?)?);
            }
            return Ok(out);
        }
        // Both statements run in activity id order (text, compared bytewise like SQLite's
        // BINARY collation): each activity's pain is the linked row at the same id, if any.
        let mut activities = self.conn.prepare_cached(ALL_CASES_SQL)?;
        let mut linked = self.conn.prepare_cached(LINKED_PAIN_SQL)?;
        let mut activities = activities.query([from, to])?;
        let mut linked = linked.query([])?;
        let mut pain = linked.next()?;
        while let Some(row) = activities.next()? {
            let id = text_at(row, 4)?;
            while let Some(p) = pain {
                if text_at(p, 0)? >= id {
                    break;
                }
                pain = linked.next()?;
            }
            let outcome = match pain {
                Some(p) if text_at(p, 0)? == id => p.get(1)?,
                _ => None,
            };
            out.push(row_of(row, outcome)?);
        }
        Ok(out)
    }

    /// Stretching and core sessions per day in `first..=last`: (day, stretching, core).
    pub(crate) fn session_counts(
        &self,
        first: &str,
        last: &str,
    ) -> CoreResult<Vec<(NaiveDate, u32, u32)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT local_date, kind, COUNT(*) FROM activity
             WHERE deleted_at IS NULL AND local_date BETWEEN ?1 AND ?2
               AND kind IN ('stretching', 'core_session')
             GROUP BY local_date, kind",
        )?;
        let mut rows = stmt.query([first, last])?;
        let mut out: Vec<(NaiveDate, u32, u32)> = Vec::new();
        while let Some(row) = rows.next()? {
            let date = date_at(row, 0)?;
            let count: u32 = row.get(2)?;
            let stretching = text_at(row, 1)? == "stretching";
            out.push(if stretching {
                (date, count, 0)
            } else {
                (date, 0, count)
            });
        }
        Ok(out)
    }

    /// Each day's check-in stress and sleep hours in `first..=last`.
    pub(crate) fn check_in_stress_sleep(
        &self,
        first: &str,
        last: &str,
    ) -> CoreResult<Vec<(NaiveDate, u8, Option<f64>)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT local_date, stress, json_extract(body, '$.sleep_hours') FROM check_in
             WHERE deleted_at IS NULL AND local_date BETWEEN ?1 AND ?2",
        )?;
        let mut rows = stmt.query([first, last])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push((date_at(row, 0)?, row.get(1)?, row.get(2)?));
        }
        Ok(out)
    }
}
