//! Reads for the composite body maps: each live pain entry of a date range with its regions
//! (`pain_region`) and the activity it followed. The insights decide what they mean.

use super::Journal;
use crate::error::CoreResult;
use chrono::NaiveDate;

/// One pain entry's region (or none: `region` is None for an entry without regions), with
/// the kind and intimacy positions of the activity it is linked to.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RegionRow {
    pub entry_id: String,
    pub region: Option<String>,
    pub score: Option<u8>,
    pub activity_kind: Option<String>,
    /// JSON array of position ids (intimacy only).
    pub positions: Option<String>,
}

impl Journal {
    pub(crate) fn region_rows(&self, from: NaiveDate, to: NaiveDate) -> CoreResult<Vec<RegionRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT p.id, r.region, r.score, a.kind, json_extract(a.body, '$.intimacy.positions')
             FROM pain_entry p
             LEFT JOIN pain_region r ON r.entry_id = p.id
             LEFT JOIN activity a ON a.id = p.activity_id AND a.deleted_at IS NULL
             WHERE p.deleted_at IS NULL AND p.local_date BETWEEN ?1 AND ?2
             ORDER BY p.at_utc, p.id",
        )?;
        let rows = stmt.query_map([super::date_text(from), super::date_text(to)], |row| {
            Ok(RegionRow {
                entry_id: row.get(0)?,
                region: row.get(1)?,
                score: row.get(2)?,
                activity_kind: row.get(3)?,
                positions: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
