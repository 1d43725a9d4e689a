//! Numbers and dates as each language writes them, for the text made on the Rust side
//! (the clinician report, notifications, the command line). The window formats its own
//! with `Intl` in the same locale.

use crate::{args, tr_in, Locale};

/// A number with `digits` decimals: "2.5" in English, "2,5" in German.
pub fn format_decimal(locale: Locale, value: f64, digits: usize) -> String {
    let text = format!("{value:.digits$}");
    match locale {
        Locale::De => text.replace('.', ","),
        Locale::En | Locale::Pseudo => text,
    }
}

/// The month's short name (1 = January).
pub fn month_name(locale: Locale, month: u32) -> String {
    assert!((1..=12).contains(&month), "a month is 1 to 12, not {month}");
    tr_in(locale, &format!("month-short-{month}"), None)
}

/// A calendar day written out: "6 Dec 2026", "6. Dez. 2026".
pub fn format_date(locale: Locale, year: i32, month: u32, day: u32) -> String {
    let month = month_name(locale, month);
    tr_in(
        locale,
        "date-day-month-year",
        Some(&args([
            ("day", day.to_string().into()),
            ("month", month.into()),
            ("year", year.to_string().into()),
        ])),
    )
}
