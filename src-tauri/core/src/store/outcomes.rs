//! Reads for activity outcomes: which activities have no linked pain entry (outcome unknown),
//! and the highest linked rating of given activities. Answers are written as pain entries
//! (`entries.rs`).

use super::codec::date_text;
use super::entries::read_activity;
use super::Journal;
use crate::domain::Activity;
use crate::error::CoreResult;
use chrono::NaiveDate;
use uuid::Uuid;

/// Activities in a local-date range with no live linked pain entry, newest first.
pub const UNANSWERED_SQL: &str =
    "SELECT a.id, a.body, a.created_at, a.updated_at FROM activity AS a
     WHERE a.deleted_at IS NULL AND a.local_date BETWEEN ?1 AND ?2
       AND NOT EXISTS (SELECT 1 FROM pain_entry AS p
                       WHERE p.activity_id = a.id AND p.deleted_at IS NULL)
     ORDER BY a.at_utc DESC";

/// The highest live pain rating linked to one activity (NULL when none).
pub const LINKED_MAX_SQL: &str =
    "SELECT MAX(nrs) FROM pain_entry WHERE activity_id = ?1 AND deleted_at IS NULL";

impl Journal {
    pub(crate) fn unanswered_activities(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> CoreResult<Vec<Activity>> {
        let mut stmt = self.conn.prepare_cached(UNANSWERED_SQL)?;
        let rows = stmt.query_map([date_text(from), date_text(to)], read_activity)?;
        rows.map(|r| r?).collect()
    }

    pub(crate) fn linked_max(&self, activity_id: Uuid) -> CoreResult<Option<u8>> {
        let mut stmt = self.conn.prepare_cached(LINKED_MAX_SQL)?;
        Ok(stmt.query_row([activity_id.to_string()], |r| r.get(0))?)
    }
}
