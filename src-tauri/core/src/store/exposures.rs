//! Reads for "what was different before a flare": the activities that can be exposures.
//! Sitting, lifting and stretching are summed per day in SQL (the analysis needs only
//! "how long" and "any"); intimacy rows come one by one with their details. The insights
//! decide what they mean; this file only reads them.

use super::Journal;
use crate::error::{CoreError, CoreResult};
use crate::i18n::tr;
use chrono::NaiveDate;

/// Sitting, lifting and stretching per day and kind: how many, the minutes given, and how
/// many had minutes (activity_kind_date index).
pub const EXPOSURE_DAYS_SQL: &str = "SELECT local_date, kind, COUNT(*),
        COALESCE(SUM(duration_min), 0), COUNT(duration_min)
     FROM activity
     WHERE deleted_at IS NULL AND kind IN ('sitting', 'lifting', 'stretching')
     GROUP BY kind, local_date";

/// Every intimacy activity's day and details (activity_kind_date index, then the body).
pub const INTIMACY_DETAILS_SQL: &str = "SELECT local_date, json_extract(body, '$.intimacy')
     FROM activity WHERE deleted_at IS NULL AND kind = 'intimacy'";

/// One day's activities of one exposure kind, summed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ExposureDayRow {
    pub date: NaiveDate,
    /// The activity kind's stored key.
    pub kind: String,
    pub count: u32,
    /// Minutes summed over the activities that gave a duration.
    pub minutes: u32,
    /// How many gave a duration.
    pub with_minutes: u32,
}

fn date_of(text: &str) -> CoreResult<NaiveDate> {
    super::codec::parse_date_text(text)
        .ok_or_else(|| CoreError::Storage(tr("error-stored-date-malformed")))
}

impl Journal {
    /// Sitting, lifting and stretching summed per day and kind, over the whole journal.
    pub(crate) fn exposure_day_rows(&self) -> CoreResult<Vec<ExposureDayRow>> {
        let mut stmt = self.conn.prepare_cached(EXPOSURE_DAYS_SQL)?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let date: String = row.get(0)?;
            out.push(ExposureDayRow {
                date: date_of(&date)?,
                kind: row.get(1)?,
                count: row.get(2)?,
                minutes: row.get(3)?,
                with_minutes: row.get(4)?,
            });
        }
        Ok(out)
    }

    /// Every intimacy activity's day and details JSON (None when it has none).
    pub(crate) fn intimacy_detail_rows(&self) -> CoreResult<Vec<(NaiveDate, Option<String>)>> {
        let mut stmt = self.conn.prepare_cached(INTIMACY_DETAILS_SQL)?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let date: String = row.get(0)?;
            out.push((date_of(&date)?, row.get(1)?));
        }
        Ok(out)
    }
}
