//! Core programme adherence: stretching and core sessions per ISO week set against that
//! week's pain, the current and longest streak of days with a session, and whether weeks
//! with sessions on at least [`ACTIVE_WEEK_DAYS`] days had less pain (n >= 3 weeks each side).
//!
//! A streak is a run of consecutive local days with at least one stretching or core session.
//! Today without a session yet does not break the current streak: it counts up to yesterday.

use super::trend::{first_logged_day, summarise, DayTable};
use super::{week_start, Comparison, ComparisonSpec, Measure, Tally, MIN_CASES};
use crate::error::CoreResult;
use crate::i18n::{args, tr, tr_with};
pub use crate::store::SESSION_DAYS_SQL;
use crate::Journal;
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A week counts as "on programme" with sessions on at least this many days (most core
/// programmes ask for three or more sessions a week).
pub const ACTIVE_WEEK_DAYS: u32 = 3;
/// Most weeks one answer lists.
pub const MAX_WEEKS: u32 = 520;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct AdherenceQuery {
    /// How many recent ISO weeks to list (the current one included), 1-520.
    pub weeks: u32,
}

impl Default for AdherenceQuery {
    fn default() -> Self {
        AdherenceQuery { weeks: 12 }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct WeekAdherence {
    /// Monday.
    pub start: NaiveDate,
    pub stretching: u32,
    pub core: u32,
    /// Days with at least one session.
    pub session_days: u32,
    pub days_logged: u32,
    /// Mean daily pain level (see trend) over the logged days.
    pub pain_mean: Option<f64>,
    pub complete: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Streaks {
    /// Days in a row with a session, up to today (or yesterday if none yet today).
    pub current: u32,
    pub longest: u32,
    /// Last day of the longest streak.
    pub longest_end: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Adherence {
    pub today: NaiveDate,
    /// Oldest first; the last is the current week.
    pub weeks: Vec<WeekAdherence>,
    pub streaks: Streaks,
    /// Sessions and session days in the last 7 days (today included).
    pub sessions_last_7_days: u32,
    pub session_days_last_7_days: u32,
    /// Complete weeks with >= 3 logged days: those with sessions on >= 3 days against the rest.
    pub comparison: Comparison,
}

/// The current streak (as in [`streaks`]) straight from the journal, without a day table.
pub fn current_streak(journal: &Journal, today: NaiveDate) -> CoreResult<u32> {
    let mut expected = today;
    let mut count = 0;
    journal.session_days_back_from(today, |date| {
        if count == 0 && date == today - Duration::days(1) && expected == today {
            // No session yet today: the streak runs up to yesterday.
            expected = date;
        }
        if date != expected {
            return false;
        }
        count += 1;
        expected -= Duration::days(1);
        true
    })?;
    Ok(count)
}

/// Streaks from a table whose last day is `today`.
pub fn streaks(table: &DayTable, today: NaiveDate) -> Streaks {
    let mut longest = 0;
    let mut longest_end = None;
    let mut run = 0;
    for (date, f) in table.iter() {
        if date > today {
            break;
        }
        if f.sessions() > 0 {
            run += 1;
            if run > longest {
                longest = run;
                longest_end = Some(date);
            }
        } else {
            run = 0;
        }
    }
    let has_session = |d: NaiveDate| table.get(d).is_some_and(|f| f.sessions() > 0);
    let mut day = if has_session(today) {
        today
    } else {
        today - Duration::days(1)
    };
    let mut current = 0;
    while has_session(day) {
        current += 1;
        day -= Duration::days(1);
    }
    Streaks {
        current,
        longest,
        longest_end,
    }
}

fn week_of(table: &DayTable, start: NaiveDate, today: NaiveDate) -> WeekAdherence {
    let end = start + Duration::days(6);
    let summary = summarise(table, start, end, today);
    let (mut stretching, mut core, mut session_days) = (0, 0, 0);
    for i in 0..7 {
        if let Some(f) = table.get(start + Duration::days(i)) {
            stretching += f.stretching;
            core += f.core;
            session_days += u32::from(f.sessions() > 0);
        }
    }
    WeekAdherence {
        start,
        stretching,
        core,
        session_days,
        days_logged: summary.days_logged,
        pain_mean: summary.mean,
        complete: summary.complete,
    }
}

/// Adherence from a table that ends on `today` (pure).
pub fn adherence_from_table(table: &DayTable, today: NaiveDate, weeks: u32) -> Adherence {
    let weeks = weeks.clamp(1, MAX_WEEKS);
    let this_week = week_start(today);
    let listed: Vec<WeekAdherence> = (0..weeks)
        .rev()
        .map(|back| week_of(table, this_week - Duration::weeks(i64::from(back)), today))
        .collect();

    // Every complete week in the table with enough logged days to have a pain figure.
    let (mut on, mut off) = (Tally::averages(), Tally::averages());
    let mut start = week_start(table.from);
    while start + Duration::days(6) <= today.min(table.to()) {
        let w = week_of(table, start, today);
        if let (true, Some(mean)) = (w.days_logged >= MIN_CASES, w.pain_mean) {
            if w.session_days >= ACTIVE_WEEK_DAYS {
                on.add_value(mean);
            } else {
                off.add_value(mean);
            }
        }
        start += Duration::weeks(1);
    }
    let comparison = Comparison::build(
        ComparisonSpec {
            id: "programme_weeks".into(),
            title: tr_with(
                "insights-programme-weeks-title",
                &args([("days", ACTIVE_WEEK_DAYS.into())]),
            ),
            with_label: tr("insights-programme-weeks-with"),
            without_label: tr("insights-programme-weeks-without"),
            measure: Measure::WeeklyPain,
        },
        on.stat(),
        off.stat(),
    );

    let (mut sessions, mut session_days) = (0, 0);
    for back in 0..7 {
        if let Some(f) = table.get(today - Duration::days(back)) {
            sessions += f.sessions();
            session_days += u32::from(f.sessions() > 0);
        }
    }
    Adherence {
        today,
        weeks: listed,
        streaks: streaks(table, today),
        sessions_last_7_days: sessions,
        session_days_last_7_days: session_days,
        comparison,
    }
}

/// Programme adherence over the whole journal up to `today`.
pub fn programme_adherence(
    journal: &Journal,
    query: &AdherenceQuery,
    today: NaiveDate,
) -> CoreResult<Adherence> {
    let weeks = query.weeks.clamp(1, MAX_WEEKS);
    let listed_from = week_start(today) - Duration::weeks(i64::from(weeks) - 1);
    let first = first_logged_day(journal)?.unwrap_or(today).min(listed_from);
    let (first, _) = super::checked_range(first, today)?;
    let table = DayTable::load(journal, first, today)?;
    Ok(adherence_from_table(&table, today, weeks))
}

#[cfg(test)]
mod tests {
    use super::super::trend::DayFacts;
    use super::*;
    use rstest::rstest;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A table from 2024-03-04 (Monday), one character a day: 'S' = a core session,
    /// 'c' = a check-in only, '.' = nothing logged. Today is the last day.
    fn table(pattern: &str) -> DayTable {
        let facts = pattern
            .chars()
            .map(|ch| match ch {
                'S' => DayFacts {
                    core: 1,
                    ..DayFacts::default()
                },
                'c' => DayFacts {
                    check_in: true,
                    ..DayFacts::default()
                },
                _ => DayFacts::default(),
            })
            .collect();
        DayTable {
            from: d("2024-03-04"),
            facts,
        }
    }

    #[rstest]
    #[case::none(".......", 0, 0)]
    #[case::ends_today("..SS.SS", 2, 2)]
    #[case::today_not_yet("SSS.SSc", 2, 3)]
    #[case::broken_yesterday("SSSS.c.", 0, 4)]
    #[case::all("SSSSSSS", 7, 7)]
    fn streak_cases(#[case] pattern: &str, #[case] current: u32, #[case] longest: u32) {
        let t = table(pattern);
        let today = t.to();
        let s = streaks(&t, today);
        assert_eq!(
            (s.current, s.longest),
            (current, longest),
            "pattern {pattern}: current, longest"
        );
    }

    #[test]
    fn weeks_on_programme_against_pain() {
        // Four complete weeks from Mon 2024-03-04, then today = Mon 2024-04-01.
        // Weeks 1, 2, 3: sessions on 3 days, pain 2 on 3 logged days -> mean 2.
        // Week 4: sessions on 1 day, pain 6 on 3 days -> mean 6 (only one "off" week).
        let mut facts = Vec::new();
        for week in 0..4 {
            for day in 0..7 {
                let mut f = DayFacts::default();
                if day < 3 {
                    f.pain_entries = 1;
                    f.pain_sum = if week < 3 { 2 } else { 6 };
                    f.pain_max = f.pain_sum as u8;
                    if week < 3 || day == 0 {
                        f.stretching = 1;
                    }
                }
                facts.push(f);
            }
        }
        facts.push(DayFacts::default());
        let t = DayTable {
            from: d("2024-03-04"),
            facts,
        };
        let a = adherence_from_table(&t, d("2024-04-01"), 5);
        assert_eq!(a.weeks.len(), 5, "five weeks listed");
        assert_eq!(a.weeks[0].session_days, 3, "week 1 has 3 session days");
        assert_eq!(a.weeks[3].pain_mean, Some(6.0), "week 4 mean pain");
        assert!(!a.weeks[4].complete, "the current week is running");
        assert_eq!(
            (a.comparison.with.n, a.comparison.without.n),
            (3, 1),
            "3 weeks on programme, 1 off"
        );
        assert_eq!(
            a.comparison.with.mean,
            Some(2.0),
            "on-programme weeks average 2"
        );
        assert_eq!(
            a.comparison.verdict,
            super::super::Verdict::TooFewCases,
            "1 off-programme week is too few"
        );
        assert_eq!(
            a.sessions_last_7_days, 0,
            "Mar 26..Apr 1 holds no session (week 4's only one was Mar 25)"
        );
        assert_eq!(a.streaks.longest, 3, "three session days in a row at most");
    }
}
