//! Reads for "what was different before a flare": the activities that can be exposures
//! (intimacy with its details, sitting, lifting, stretching), one row each. The insights
//! decide what they mean; this file only reads them.

use super::Journal;
use crate::error::{CoreError, CoreResult};
use chrono::NaiveDate;

/// The exposure activities, read along the kind index (activity_kind_date); only intimacy
/// rows read their body for the details.
pub const EXPOSURE_ACTIVITIES_SQL: &str = "SELECT local_date, kind, duration_min,
        CASE WHEN kind = 'intimacy' THEN json_extract(body, '$.intimacy') END
     FROM activity
     WHERE deleted_at IS NULL AND kind IN ('intimacy', 'sitting', 'lifting', 'stretching')";

/// One exposure activity as stored.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ExposureRow {
    pub date: NaiveDate,
    /// The activity kind's stored key.
    pub kind: String,
    pub duration_min: Option<u16>,
    /// The intimacy details' JSON, for intimacy rows that have them.
    pub intimacy: Option<String>,
}

impl Journal {
    /// Every intimacy, sitting, lifting and stretching activity in the journal.
    pub(crate) fn exposure_rows(&self) -> CoreResult<Vec<ExposureRow>> {
        let mut stmt = self.conn.prepare_cached(EXPOSURE_ACTIVITIES_SQL)?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let date: String = row.get(0)?;
            out.push(ExposureRow {
                date: NaiveDate::parse_from_str(&date, "%Y-%m-%d")
                    .map_err(|_| CoreError::Storage("a stored date is malformed".into()))?,
                kind: row.get(1)?,
                duration_min: row.get(2)?,
                intimacy: row.get(3)?,
            });
        }
        Ok(out)
    }
}
