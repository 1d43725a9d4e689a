//! How timestamps and JSON bodies are written to and read from SQLite columns.

use crate::error::{CoreError, CoreResult};
use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat, Utc};
use serde::{de::DeserializeOwned, Serialize};

/// Fixed-width UTC text (millisecond precision) so `ORDER BY at_utc` is chronological.
pub fn utc_text(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub fn instant_columns(at: &DateTime<FixedOffset>) -> (String, i32, String) {
    let utc = at.with_timezone(&Utc);
    (
        utc_text(&utc),
        at.offset().local_minus_utc() / 60,
        at.date_naive().format("%Y-%m-%d").to_string(),
    )
}

pub fn parse_utc(text: &str) -> CoreResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| CoreError::Storage("a stored timestamp is malformed".into()))
}

pub fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub fn to_body<T: Serialize>(value: &T) -> CoreResult<String> {
    serde_json::to_string(value).map_err(|e| CoreError::Storage(e.to_string()))
}

pub fn from_body<T: DeserializeOwned>(text: &str) -> CoreResult<T> {
    serde_json::from_str(text).map_err(|_| CoreError::Storage("a stored entry is malformed".into()))
}
