//! CSV export: one file, one row per entry, a `kind` column saying which kind of entry
//! (pain, activity, check_in). Spreadsheet-safe: a cell that begins with `=`, `+`, `-`,
//! `@`, a tab or a carriage return is prefixed with `'`, so no spreadsheet treats the
//! user's text as a formula (CSV injection); cells are quoted per RFC 4180.

use super::export::ExportRequest;
use super::format::*;
use crate::error::CoreResult;
use crate::store::Journal;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// The header row, in order.
pub const CSV_COLUMNS: &[&str] = &[
    "kind",
    "id",
    "date",
    "time",
    "utc_offset",
    "pain_nrs",
    "regions",
    "qualities",
    "onset",
    "interference_daily",
    "interference_intimacy",
    "leg_symptoms",
    "warning_signs",
    "linked_activity_id",
    "activity",
    "duration_min",
    "positions",
    "role",
    "props",
    "warm_up",
    "pain_before",
    "exercises",
    "routine",
    "relief_what",
    "medicine",
    "dose",
    "relief_0_10",
    "relief_for_pain_id",
    "stress",
    "sleep_hours",
    "sleep_quality",
    "stiffness",
    "notes",
    "created_at",
    "updated_at",
];

/// Makes one cell safe for spreadsheets and CSV: formula triggers are neutralised with a
/// leading apostrophe, then the cell is quoted if it holds a comma, quote or line break.
pub fn cell(text: &str) -> String {
    let guarded = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

fn names<T: Serialize>(items: &[T]) -> String {
    items.iter().map(name).collect::<Vec<_>>().join(";")
}

fn name<T: Serialize>(item: &T) -> String {
    serde_json::to_value(item)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// The names of the boolean fields that are true (for sign sets that grow over time).
fn true_flags<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::Object(map)) => map
            .iter()
            .filter(|(_, v)| v.as_bool() == Some(true))
            .map(|(k, _)| k.clone())
            .collect::<Vec<_>>()
            .join(";"),
        _ => String::new(),
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

fn time_cols(at: &chrono::DateTime<chrono::FixedOffset>) -> [String; 3] {
    [
        at.format("%Y-%m-%d").to_string(),
        at.format("%H:%M").to_string(),
        format!("UTC{}", at.format("%:z")),
    ]
}

fn stamp(t: &DateTime<Utc>) -> String {
    crate::store::utc_text(t)
}

/// Cell text for warning signs and leg symptoms left out of the export.
const NOT_INCLUDED: &str = "not included";

/// Renders an export document as CSV text (CRLF line ends, header first).
pub fn to_csv(doc: &ExportFile) -> String {
    let mut rows: Vec<Vec<String>> = Vec::with_capacity(doc.entry_count() + 1);
    let blank = || vec![String::new(); CSV_COLUMNS.len()];
    let col = |n: &str| {
        CSV_COLUMNS
            .iter()
            .position(|c| *c == n)
            .expect("known column")
    };
    for rec in &doc.pain {
        let e = &rec.entry;
        let mut r = blank();
        r[col("kind")] = "pain".into();
        r[col("id")] = rec.id.to_string();
        let [d, t, z] = time_cols(&e.at);
        r[col("date")] = d;
        r[col("time")] = t;
        r[col("utc_offset")] = z;
        r[col("pain_nrs")] = e.nrs.to_string();
        r[col("regions")] = e
            .regions
            .iter()
            .map(|r| r.to_spec())
            .collect::<Vec<_>>()
            .join(";");
        r[col("qualities")] = names(&e.qualities);
        r[col("onset")] = e.onset.map(|o| name(&o)).unwrap_or_default();
        r[col("interference_daily")] = opt(e.interference_daily);
        r[col("interference_intimacy")] = opt(e.interference_intimacy);
        let mut leg = true_flags(&e.leg);
        if let Some(side) = e.leg.side {
            leg = format!("{leg} ({})", name(&side));
        }
        if doc.includes.warning_signs {
            r[col("leg_symptoms")] = leg;
            r[col("warning_signs")] = true_flags(&e.emergency);
        } else {
            // Left out by choice: unknown, which an empty cell ("none") would not say.
            r[col("leg_symptoms")] = NOT_INCLUDED.into();
            r[col("warning_signs")] = NOT_INCLUDED.into();
        }
        r[col("linked_activity_id")] = opt(e.activity_id);
        r[col("notes")] = e.notes.clone();
        r[col("created_at")] = stamp(&rec.created_at);
        r[col("updated_at")] = stamp(&rec.updated_at);
        rows.push(r);
    }
    for rec in &doc.activities {
        let e = &rec.entry;
        let mut r = blank();
        r[col("kind")] = "activity".into();
        r[col("id")] = rec.id.to_string();
        let [d, t, z] = time_cols(&e.at);
        r[col("date")] = d;
        r[col("time")] = t;
        r[col("utc_offset")] = z;
        r[col("activity")] = name(&e.kind);
        r[col("duration_min")] = opt(e.duration_min);
        if let Some(i) = &e.intimacy {
            r[col("positions")] = i.positions.join(";");
            r[col("role")] = i.role.map(|x| name(&x)).unwrap_or_default();
            r[col("props")] = names(&i.props);
            r[col("warm_up")] = if i.warm_up { "yes" } else { "no" }.into();
            r[col("pain_before")] = opt(i.pain_before);
        }
        r[col("exercises")] = e.exercises.join(";");
        r[col("routine")] = e.routine_id.clone().unwrap_or_default();
        if let Some(relief) = &e.relief {
            r[col("relief_what")] = name(&relief.what);
            r[col("medicine")] = relief.medicine.clone();
            r[col("dose")] = relief.dose.clone();
            // Not answered is "unknown", never an empty cell a spreadsheet could sum as 0.
            r[col("relief_0_10")] = relief
                .relief
                .map_or_else(|| "unknown".to_string(), |v| v.to_string());
            r[col("relief_for_pain_id")] = opt(relief.for_pain_id);
        }
        r[col("notes")] = e.notes.clone();
        r[col("created_at")] = stamp(&rec.created_at);
        r[col("updated_at")] = stamp(&rec.updated_at);
        rows.push(r);
    }
    for rec in &doc.check_ins {
        let e = &rec.entry;
        let mut r = blank();
        r[col("kind")] = "check_in".into();
        r[col("id")] = rec.id.to_string();
        r[col("date")] = e.date.format("%Y-%m-%d").to_string();
        r[col("stress")] = e.stress.to_string();
        r[col("sleep_hours")] = opt(e.sleep_hours);
        r[col("sleep_quality")] = opt(e.sleep_quality);
        r[col("stiffness")] = opt(e.stiffness);
        r[col("notes")] = e.notes.clone();
        r[col("created_at")] = stamp(&rec.created_at);
        r[col("updated_at")] = stamp(&rec.updated_at);
        rows.push(r);
    }
    // Chronological across kinds (check-ins sort at the start of their day).
    rows.sort_by(|a, b| {
        (&a[col("date")], &a[col("time")], &a[col("id")]).cmp(&(
            &b[col("date")],
            &b[col("time")],
            &b[col("id")],
        ))
    });
    let mut out = String::with_capacity(rows.len() * 160);
    out.push_str(&CSV_COLUMNS.join(","));
    out.push_str("\r\n");
    for r in rows {
        let line: Vec<String> = r.iter().map(|c| cell(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

impl Journal {
    /// CSV of the entries chosen by `request` (kind and includes as for an export; notes
    /// and intimacy details are included unless switched off).
    pub(crate) fn export_csv(
        &mut self,
        request: &ExportRequest,
        now: DateTime<Utc>,
    ) -> CoreResult<String> {
        let doc = self.export_document(request, now)?;
        Ok(to_csv(&doc))
    }
}
