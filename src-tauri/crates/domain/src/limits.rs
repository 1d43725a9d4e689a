//! Shared bounds for user input, so every form and import checks the same limits.

use crate::error::{DomainResult, ValidationError};
use backstory_i18n::{args, tr, tr_with};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Utc};

/// Longest free-text note, in characters.
pub const NOTES_MAX_CHARS: usize = 4_000;
/// Longest short label (partner name, custom prop), in characters.
pub const LABEL_MAX_CHARS: usize = 120;
/// How far ahead of the clock an entry may be dated (clock skew, typing a time a bit early).
pub const FUTURE_TOLERANCE_MINUTES: i64 = 60;
/// Earliest date the journal accepts.
pub const EARLIEST_YEAR: i32 = 1970;
/// Largest list the forms can produce (regions, positions, props).
pub const LIST_MAX_ITEMS: usize = 32;

pub fn check_score(field: &str, value: u8) -> DomainResult<()> {
    if value > 10 {
        return Err(ValidationError::new(
            field,
            tr_with("error-score-range", &args([("value", value.into())])),
        ));
    }
    Ok(())
}

pub fn check_optional_score(field: &str, value: Option<u8>) -> DomainResult<()> {
    value.map_or(Ok(()), |v| check_score(field, v))
}

pub fn check_text(field: &str, text: &str, max_chars: usize) -> DomainResult<()> {
    let count = text.chars().count();
    if count > max_chars {
        return Err(ValidationError::new(
            field,
            tr_with(
                "error-text-too-long",
                &args([("count", count.into()), ("max", max_chars.into())]),
            ),
        ));
    }
    if text.contains('\0') {
        return Err(ValidationError::new(field, tr("error-text-nul")));
    }
    Ok(())
}

pub fn check_list_len<T>(field: &str, list: &[T]) -> DomainResult<()> {
    if list.len() > LIST_MAX_ITEMS {
        return Err(ValidationError::new(
            field,
            tr_with(
                "error-list-too-long",
                &args([("max", LIST_MAX_ITEMS.into())]),
            ),
        ));
    }
    Ok(())
}

pub fn check_timestamp(
    field: &str,
    at: &DateTime<FixedOffset>,
    now: DateTime<Utc>,
) -> DomainResult<()> {
    if at.with_timezone(&Utc) > now + Duration::minutes(FUTURE_TOLERANCE_MINUTES) {
        return Err(ValidationError::new(field, tr("error-in-the-future")));
    }
    check_year(field, at.date_naive())
}

pub fn check_date(field: &str, date: NaiveDate, today: NaiveDate) -> DomainResult<()> {
    if date > today + Duration::days(1) {
        return Err(ValidationError::new(field, tr("error-in-the-future")));
    }
    check_year(field, date)
}

fn check_year(field: &str, date: NaiveDate) -> DomainResult<()> {
    use chrono::Datelike;
    if date.year() < EARLIEST_YEAR {
        return Err(ValidationError::new(
            field,
            tr_with("error-before-year", &args([("year", EARLIEST_YEAR.into())])),
        ));
    }
    Ok(())
}

/// Removes repeated items while keeping the first occurrence's order.
pub fn dedup_keep_order<T: PartialEq + Clone>(items: &[T]) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(item) {
            out.push(item.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use backstory_i18n::{with_locale, Locale};

    #[test]
    fn a_value_out_of_range_is_explained_in_the_language_in_use() {
        let english = check_score("stress", 11).unwrap_err();
        assert_eq!(english.message, "must be between 0 and 10 (got 11)");
        let german = with_locale(Locale::De, || check_score("stress", 11)).unwrap_err();
        assert_eq!(german.field, "stress", "the field stays the machine's name");
        assert_eq!(
            german.message,
            "muss zwischen 0 und 10 liegen (angegeben: 11)"
        );
        let long = with_locale(Locale::De, || check_text("notes", &"x".repeat(5), 3)).unwrap_err();
        assert!(long.message.contains("zu lang"), "{}", long.message);
    }
}
