//! Whole-history reads by day for the insights: the `day_summary` table (per-day counts
//! the triggers keep, so a dashboard reads one row per logged day), session days for
//! streaks, and the activity/pain cases behind "pain after". The insights decide what the
//! numbers mean; this file only reads them. Each query is shaped for an index
//! (docs/performance.md), and the tests check their plans.

use super::codec::{date_text, from_body, kind_from_key};
use super::Journal;
use crate::domain::{ActivityKind, IntimacyDetails, ReliefDetails};
use crate::error::{CoreError, CoreResult};
use crate::i18n::tr;
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::HashMap;

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

/// Intimacy cases: each intimacy activity in range (kind index) with its body (the details
/// are read from it in Rust) and the highest pain linked to it (covering index on
/// activity_id, nrs); NULL when nothing is linked (unknown).
pub const INTIMACY_CASES_SQL: &str = "SELECT a.kind, a.local_date, a.duration_min, a.body,
        (SELECT MAX(p.nrs) FROM pain_entry AS p
         WHERE p.activity_id = a.id AND p.deleted_at IS NULL) AS after
     FROM activity AS a
     WHERE a.deleted_at IS NULL AND a.kind = 'intimacy' AND a.local_date BETWEEN ?1 AND ?2";

/// Every case's activity in range, in id order, from the covering `activity_facts` alone.
/// The linked pain comes from [`LINKED_PAIN_SQL`] and the details of intimacy and relief
/// from [`CASE_DETAILS_SQL`], both merged by [`Journal::case_rows`].
pub const ALL_CASES_SQL: &str = "SELECT a.kind, a.local_date, a.duration_min, a.id
     FROM activity AS a INDEXED BY activity_facts
     WHERE a.deleted_at IS NULL AND a.local_date BETWEEN ?1 AND ?2
     ORDER BY a.id";

/// The bodies of the intimacy and relief activities in range, through the kind index, so
/// the rows are read in the table's own (date) order: fetching the same bodies during the
/// id-ordered scan above jumps around the table and cost ~5 ms more at 100k entries. The
/// body goes to Rust whole: serde reads the two fields it needs faster than SQLite's
/// json_extract parses and re-writes them (~10 ms).
pub const CASE_DETAILS_SQL: &str = "SELECT a.id, a.body FROM activity AS a
     WHERE a.deleted_at IS NULL AND a.kind IN ('intimacy', 'pain_relief')
       AND a.local_date BETWEEN ?1 AND ?2";

/// Every live pain linked to an activity, in activity id order (one pass over the covering
/// `pain_activity_nrs`; the highest per activity is taken while merging, which is cheaper
/// than SQLite's GROUP BY). Walking it beside [`ALL_CASES_SQL`] replaces one index seek
/// per activity (~48k at 100k entries) by two sequential reads.
pub const LINKED_PAIN_SQL: &str = "SELECT p.activity_id, p.nrs
     FROM pain_entry AS p INDEXED BY pain_activity_nrs
     WHERE p.deleted_at IS NULL AND p.activity_id IS NOT NULL
     ORDER BY p.activity_id";

/// Stretching and core sessions per day, from the day summary the triggers keep (one row
/// per logged day, instead of grouping the sessions themselves).
pub const SESSION_COUNTS_SQL: &str = "SELECT local_date, stretching, core FROM day_summary
     WHERE local_date BETWEEN ?1 AND ?2 AND (stretching > 0 OR core > 0)";

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
    /// The intimacy details: Some for every intimacy row, None for other kinds.
    pub intimacy: Option<Box<IntimacyDetails>>,
    pub outcome: Option<u8>,
    /// The relief details, for pain-relief rows.
    pub relief: Option<Box<ReliefDetails>>,
}

/// The parts of a stored activity body a case needs (serde skips the rest unread).
#[derive(Default, Deserialize)]
struct CaseBody {
    #[serde(default)]
    intimacy: Option<Box<IntimacyDetails>>,
    #[serde(default)]
    relief: Option<Box<ReliefDetails>>,
}

/// The case details in a body column.
fn case_body(row: &rusqlite::Row, index: usize) -> CoreResult<CaseBody> {
    from_body(text_at(row, index)?)
}

/// A text column's bytes, unchecked: for comparing ids, which need no UTF-8 check.
fn bytes_at<'r>(row: &'r rusqlite::Row, index: usize) -> CoreResult<&'r [u8]> {
    row.get_ref(index)?
        .as_bytes()
        .map_err(|_| CoreError::Storage(tr("error-stored-value-wrong-type")))
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

    /// Activities in `from..=to` (SQL date text), each with the highest pain linked to it,
    /// handed to `each` as they are read (no list of rows between the store and the caller).
    pub(crate) fn case_rows(
        &self,
        scope: CaseScope,
        from: &str,
        to: &str,
        mut each: impl FnMut(CaseRow),
    ) -> CoreResult<()> {
        let kind_at = |row: &rusqlite::Row| -> CoreResult<ActivityKind> {
            kind_from_key(text_at(row, 0)?)
                .ok_or_else(|| CoreError::Storage(tr("error-stored-activity-kind-unknown")))
        };
        let row_of = |row: &rusqlite::Row, kind, body: CaseBody, outcome| -> CoreResult<_> {
            Ok(CaseRow {
                kind,
                date: date_at(row, 1)?,
                duration_min: row.get(2)?,
                // An intimacy row always has details (the defaults when none were stored).
                intimacy: (kind == ActivityKind::Intimacy)
                    .then(|| body.intimacy.unwrap_or_default()),
                outcome,
                relief: body.relief.filter(|_| kind == ActivityKind::PainRelief),
            })
        };
        if scope == CaseScope::Intimacy {
            let mut stmt = self.conn.prepare_cached(INTIMACY_CASES_SQL)?;
            let mut rows = stmt.query([from, to])?;
            while let Some(row) = rows.next()? {
                each(row_of(row, kind_at(row)?, case_body(row, 3)?, row.get(4)?)?);
            }
            return Ok(());
        }
        let mut details = HashMap::new();
        let mut stmt = self.conn.prepare_cached(CASE_DETAILS_SQL)?;
        let mut rows = stmt.query([from, to])?;
        while let Some(row) = rows.next()? {
            details.insert(bytes_at(row, 0)?.to_vec(), case_body(row, 1)?);
        }
        // Both statements run in activity id order (text, compared bytewise like SQLite's
        // BINARY collation): each activity's pain is the highest linked row at its id.
        let mut activities = self.conn.prepare_cached(ALL_CASES_SQL)?;
        let mut linked = self.conn.prepare_cached(LINKED_PAIN_SQL)?;
        let mut activities = activities.query([from, to])?;
        let mut linked = linked.query([])?;
        let mut pain = linked.next()?;
        while let Some(row) = activities.next()? {
            let id = bytes_at(row, 3)?;
            let mut outcome: Option<u8> = None;
            while let Some(p) = pain {
                let linked_id = bytes_at(p, 0)?;
                if linked_id > id {
                    break;
                }
                if linked_id == id {
                    let nrs: u8 = p.get(1)?;
                    outcome = Some(outcome.map_or(nrs, |o| o.max(nrs)));
                }
                pain = linked.next()?;
            }
            let kind = kind_at(row)?;
            let body = match kind {
                ActivityKind::Intimacy | ActivityKind::PainRelief => details.remove(id),
                _ => None,
            };
            each(row_of(row, kind, body.unwrap_or_default(), outcome)?);
        }
        Ok(())
    }

    /// Stretching and core sessions per day in `first..=last`: (day, stretching, core).
    pub(crate) fn session_counts(
        &self,
        first: &str,
        last: &str,
    ) -> CoreResult<Vec<(NaiveDate, u32, u32)>> {
        let mut stmt = self.conn.prepare_cached(SESSION_COUNTS_SQL)?;
        let mut rows = stmt.query([first, last])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push((date_at(row, 0)?, row.get(1)?, row.get(2)?));
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
