//! The `alert` table: the red-flag rules' record of what was raised, acknowledged and
//! resolved. The rules decide what the rows mean; this file only reads and writes them.

use super::Journal;
use crate::error::CoreResult;

/// Columns an export needs from the alert table (an older journal may lack some).
const NEEDED: &[&str] = &[
    "rule_id",
    "tier",
    "detail",
    "first_raised_at",
    "last_raised_at",
    "acknowledged_at",
    "resolved_at",
];

/// The alert columns an export reads, in order: rule id, tier, detail, first raised,
/// last raised, acknowledged, resolved (any may be NULL).
pub(crate) type AlertExportRow = [Option<String>; 7];

impl Journal {
    /// True when the journal has an alert table with every column an export reads.
    pub(crate) fn alert_table_readable(&self) -> CoreResult<bool> {
        let mut stmt = self
            .conn
            .prepare("SELECT name FROM pragma_table_info('alert')")?;
        let cols = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(NEEDED.iter().all(|n| cols.iter().any(|c| c == n)))
    }

    /// Every alert row as export text, oldest first; empty when the table cannot be read.
    pub(crate) fn alert_rows_for_export(&self) -> CoreResult<Vec<AlertExportRow>> {
        if !self.alert_table_readable()? {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare(
            "SELECT rule_id, tier, detail, first_raised_at, last_raised_at, acknowledged_at, resolved_at
             FROM alert ORDER BY first_raised_at, rule_id",
        )?;
        let rows = stmt.query_map([], |row| {
            let text = |i: usize| row.get::<_, Option<String>>(i).ok().flatten();
            Ok([
                text(0),
                text(1),
                text(2),
                text(3),
                text(4),
                text(5),
                text(6),
            ])
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }
}
