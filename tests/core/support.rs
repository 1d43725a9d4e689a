//! Builders and fixed clocks shared by the integration tests.

use backstory_core::domain::*;
use chrono::{DateTime, FixedOffset, TimeZone, Utc};

/// The repository's top folder (these tests are the `backstory-tests` package in `tests/`):
/// fixtures and the files the guards read are named relative to it.
pub const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// The tests' "now": a fixed instant, so results never depend on the wall clock.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 12, 0, 0).unwrap()
}

/// A local time in UTC+1 (the tests' home time zone).
pub fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
}

pub fn pain_at(at: DateTime<FixedOffset>, nrs: u8) -> PainDraft {
    PainDraft {
        at,
        nrs,
        regions: vec![Region::LowerBackCentre.into()],
        qualities: vec![],
        onset: None,
        interference_daily: None,
        interference_intimacy: None,
        leg: LegSymptoms::default(),
        emergency: EmergencySigns::default(),
        activity_id: None,
        notes: String::new(),
    }
}

pub fn activity_at(at: DateTime<FixedOffset>, kind: ActivityKind) -> ActivityDraft {
    ActivityDraft {
        at,
        kind,
        duration_min: Some(30),
        intimacy: None,
        exercises: vec![],
        relief: None,
        routine_id: None,
        notes: String::new(),
    }
}

/// A write followed by one rule refresh, as the application layer's `Session::write` does
/// for the window and the CLI (these tests drive the core's handles directly).
pub fn write_then_refresh<T>(
    j: &mut backstory_core::Journal,
    now: DateTime<Utc>,
    write: impl FnOnce(&mut backstory_core::Journal) -> backstory_core::CoreResult<T>,
) -> backstory_core::CoreResult<T> {
    let value = write(j)?;
    j.alerts().refresh(now)?;
    Ok(value)
}

/// The report's fonts as the app finds them: the ones shipped in assets/fonts, and the
/// first installed system CJK font (the application layer's own lookup).
pub fn report_fonts() -> backstory_core::exchange::pdf::ReportFonts {
    backstory_application::report_fonts(&std::path::Path::new(ROOT).join("assets/fonts"))
        .expect("the shipped fonts read")
}
