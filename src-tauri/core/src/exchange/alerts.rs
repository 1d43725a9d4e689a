//! Red-flag alerts in exports and reports. The rules module keeps the alert record; this
//! file only turns the rows the store reads (when the table has the columns it needs) into
//! export records, so the exchange works on journals with or without alerts.
//!
//! An alert's detail is stored as Fluent messages (`rules::Detail`) or, in older journals,
//! as English text; a file carries it written out (`write_details`), so the export format
//! keeps a plain text field every version reads.

use super::format::{AlertRecord, DateRange};
use crate::error::CoreResult;
use crate::i18n::Locale;
use crate::Journal;
use chrono::{DateTime, Utc};

/// Alerts last raised within the range (by UTC date), oldest first; empty when the
/// journal has no alert table it can read.
pub fn read_alerts(journal: &Journal, range: &DateRange) -> CoreResult<Vec<AlertRecord>> {
    let mut out = Vec::new();
    for row in journal.alert_rows_for_export()? {
        let text = |i: usize| -> Option<String> { row[i].clone() };
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
            // As stored: `write_details` writes it out (and bounds it) for a file.
            detail: text(2).unwrap_or_default(),
            first_raised_at: first,
            last_raised_at: last,
            acknowledged_at: text(5).and_then(|t| parse_time(&t)),
            resolved_at: text(6).and_then(|t| parse_time(&t)),
        });
    }
    Ok(out)
}

/// Writes each alert's stored detail out as text in `locale` (text stays as it is).
pub(crate) fn write_details(alerts: &mut [AlertRecord], locale: Locale) {
    for alert in alerts {
        alert.detail = crate::rules::render_stored(&alert.detail, locale)
            .chars()
            .take(crate::domain::NOTES_MAX_CHARS)
            .collect();
    }
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
