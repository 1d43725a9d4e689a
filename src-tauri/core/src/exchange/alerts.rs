//! Red-flag alerts in exports and reports. The alert table belongs to the rules module;
//! this file only reads it, and only when it has the columns it needs, so the exchange
//! works on journals with or without alerts.

use super::format::{AlertRecord, DateRange};
use crate::error::CoreResult;
use chrono::{DateTime, Utc};

const NEEDED: &[&str] = &[
    "rule_id",
    "tier",
    "detail",
    "first_raised_at",
    "last_raised_at",
    "acknowledged_at",
    "resolved_at",
];

/// True when the journal has an alert table this module can read.
pub fn alerts_available(conn: &rusqlite::Connection) -> CoreResult<bool> {
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info('alert')")?;
    let cols = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(NEEDED.iter().all(|n| cols.iter().any(|c| c == n)))
}

/// Alerts last raised within the range (by UTC date), oldest first; empty when the
/// journal has no alert table.
pub fn read_alerts(conn: &rusqlite::Connection, range: &DateRange) -> CoreResult<Vec<AlertRecord>> {
    if !alerts_available(conn)? {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare(
        "SELECT rule_id, tier, detail, first_raised_at, last_raised_at, acknowledged_at, resolved_at
         FROM alert ORDER BY first_raised_at, rule_id",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let text = |i: usize| -> Option<String> { row.get::<_, Option<String>>(i).ok().flatten() };
        let (Some(first), Some(last)) = (
            text(3).and_then(|t| parse_time(&t)),
            text(4).and_then(|t| parse_time(&t)),
        ) else {
            continue;
        };
        let overlaps = range.from.is_none_or(|f| last.date_naive() >= f)
            && range.to.is_none_or(|t| first.date_naive() <= t);
        if !overlaps {
            continue;
        }
        out.push(AlertRecord {
            rule_id: bounded(text(0)),
            tier: bounded(text(1)),
            detail: text(2)
                .unwrap_or_default()
                .chars()
                .take(crate::domain::NOTES_MAX_CHARS)
                .collect(),
            first_raised_at: first,
            last_raised_at: last,
            acknowledged_at: text(5).and_then(|t| parse_time(&t)),
            resolved_at: text(6).and_then(|t| parse_time(&t)),
        });
    }
    Ok(out)
}

fn bounded(text: Option<String>) -> String {
    text.unwrap_or_default()
        .chars()
        .take(crate::domain::LABEL_MAX_CHARS)
        .collect()
}

fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}
