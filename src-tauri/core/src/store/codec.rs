//! How timestamps and JSON bodies are written to and read from SQLite columns.

use crate::domain::ActivityKind;
use crate::error::{CoreError, CoreResult};
use crate::i18n::tr;
use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat, Utc};
use serde::{de::DeserializeOwned, Serialize};

/// The stored name of a kind (as in the `activity.kind` column).
pub fn kind_key(kind: ActivityKind) -> &'static str {
    match kind {
        ActivityKind::Intimacy => "intimacy",
        ActivityKind::Stretching => "stretching",
        ActivityKind::CoreSession => "core_session",
        ActivityKind::WalkingSport => "walking_sport",
        ActivityKind::Sitting => "sitting",
        ActivityKind::Lifting => "lifting",
        ActivityKind::StressRelief => "stress_relief",
        ActivityKind::PainRelief => "pain_relief",
        ActivityKind::Other => "other",
    }
}

/// The kind a stored name means (None: a name this version does not know).
pub fn kind_from_key(key: &str) -> Option<ActivityKind> {
    Some(match key {
        "intimacy" => ActivityKind::Intimacy,
        "stretching" => ActivityKind::Stretching,
        "core_session" => ActivityKind::CoreSession,
        "walking_sport" => ActivityKind::WalkingSport,
        "sitting" => ActivityKind::Sitting,
        "lifting" => ActivityKind::Lifting,
        "stress_relief" => ActivityKind::StressRelief,
        "pain_relief" => ActivityKind::PainRelief,
        "other" => ActivityKind::Other,
        _ => return None,
    })
}

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
        .map_err(|_| CoreError::Storage(tr("error-stored-timestamp-malformed")))
}

pub fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Parses a stored `YYYY-MM-DD` date (None when it is not a valid one). Stored dates are
/// written by [`date_text`], so that shape is read digit by digit: chrono's format parser
/// costs about a microsecond a call, which the analyses paid on every one of ~50k rows at
/// 100k entries. Any other text goes to chrono, so the result is the same as chrono's.
pub fn parse_date_text(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        let number = |digits: &[u8]| {
            digits.iter().try_fold(0u32, |n, c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        if let (Some(y), Some(m), Some(d)) = (number(&b[0..4]), number(&b[5..7]), number(&b[8..10]))
        {
            return NaiveDate::from_ymd_opt(y as i32, m, d);
        }
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

pub fn to_body<T: Serialize>(value: &T) -> CoreResult<String> {
    serde_json::to_string(value).map_err(|e| CoreError::Storage(e.to_string()))
}

pub fn from_body<T: DeserializeOwned>(text: &str) -> CoreResult<T> {
    serde_json::from_str(text).map_err(|_| CoreError::Storage(tr("error-stored-entry-malformed")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn chrono_reads(text: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
    }

    #[test]
    fn odd_dates_read_as_chrono_reads_them() {
        for text in [
            "2026-02-28",
            "2026-02-29",
            "2024-02-29",
            "2026-13-01",
            "2026-00-10",
            "0000-01-01",
            "9999-12-31",
            "2026-1-05",
            "2026-01-5",
            "+2026-01-05",
            "2026-01-05x",
            "2026/01/05",
            "",
            "abcd-ef-gh",
            "2026-01-05 ",
        ] {
            assert_eq!(parse_date_text(text), chrono_reads(text), "{text:?}");
        }
    }

    proptest! {
        /// The fast path gives chrono's answer on every 10-character date-like text.
        #[test]
        fn the_fast_path_agrees_with_chrono(y in 0u32..=9999, m in 0u32..=13, d in 0u32..=32) {
            let text = format!("{y:04}-{m:02}-{d:02}");
            prop_assert_eq!(parse_date_text(&text), chrono_reads(&text));
        }

        #[test]
        fn a_written_date_reads_back(days in 0i64..3_000_000) {
            let date = NaiveDate::from_ymd_opt(1, 1, 1).unwrap() + chrono::Duration::days(days);
            prop_assert_eq!(parse_date_text(&date_text(date)), Some(date));
        }
    }
}
