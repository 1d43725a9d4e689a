//! Pain over time: per local day the highest and mean rating, pain-free days, a 7-day
//! moving average, and week and month summaries with the change that matters flagged.
//!
//! Definitions (shown to the user in the same words):
//! - a day is *logged* when it has any entry (pain, activity or check-in);
//! - a logged day is *pain-free* when no pain above 0 was logged on it;
//! - a day's *level* is the mean of its pain ratings, 0 on a pain-free day, and nothing on a
//!   day without entries (unknown, not pain-free);
//! - the 7-day average of a day is the mean level over that day and the 6 before it, shown
//!   once at least [`MOVING_AVERAGE_MIN_DAYS`] of those 7 days are logged;
//! - a period's mean is the mean level of its logged days; its change against the period
//!   before is given when both have at least [`super::MIN_CASES`] logged days.

use super::{checked_range, month_start, week_start, Change, MIN_CASES};
use crate::error::CoreResult;
pub use crate::store::{DAY_FACTS_FROM_ENTRIES_SQL, DAY_SUMMARY_SQL};
use crate::Journal;
use chrono::{Duration, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Fewest logged days in a 7-day window before its average is shown.
pub const MOVING_AVERAGE_MIN_DAYS: u32 = 3;

/// Which days a trend covers (inclusive local dates). `from` defaults to the first logged
/// day, `to` to today.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct TrendQuery {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// What was logged on one local day, as the SQL aggregates return it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayFacts {
    pub pain_entries: u32,
    pub pain_sum: u32,
    pub pain_max: u8,
    pub check_in: bool,
    pub intimacy: u32,
    pub stretching: u32,
    pub core: u32,
    pub other_activities: u32,
}

impl DayFacts {
    pub fn logged(&self) -> bool {
        self.pain_entries > 0
            || self.check_in
            || self.intimacy + self.stretching + self.core + self.other_activities > 0
    }

    pub fn pain_free(&self) -> bool {
        self.logged() && (self.pain_entries == 0 || self.pain_max == 0)
    }

    /// Mean rating; 0 on a pain-free day; None when nothing was logged.
    pub fn level(&self) -> Option<f64> {
        if self.pain_entries > 0 {
            Some(f64::from(self.pain_sum) / f64::from(self.pain_entries))
        } else if self.logged() {
            Some(0.0)
        } else {
            None
        }
    }

    /// Stretching and core sessions (the programme).
    pub fn sessions(&self) -> u32 {
        self.stretching + self.core
    }
}

/// Dense per-day facts for an inclusive date range.
#[derive(Debug, Clone, PartialEq)]
pub struct DayTable {
    pub from: NaiveDate,
    pub facts: Vec<DayFacts>,
}

impl DayTable {
    pub fn empty(from: NaiveDate, to: NaiveDate) -> DayTable {
        let len = (to - from).num_days().max(-1) + 1;
        DayTable {
            from,
            facts: vec![DayFacts::default(); len as usize],
        }
    }

    pub fn to(&self) -> NaiveDate {
        self.from + Duration::days(self.facts.len() as i64 - 1)
    }

    pub fn get(&self, date: NaiveDate) -> Option<&DayFacts> {
        let i = (date - self.from).num_days();
        usize::try_from(i).ok().and_then(|i| self.facts.get(i))
    }

    pub fn get_mut(&mut self, date: NaiveDate) -> Option<&mut DayFacts> {
        let i = (date - self.from).num_days();
        usize::try_from(i).ok().and_then(|i| self.facts.get_mut(i))
    }

    pub fn iter(&self) -> impl Iterator<Item = (NaiveDate, &DayFacts)> {
        self.facts
            .iter()
            .enumerate()
            .map(move |(i, f)| (self.from + Duration::days(i as i64), f))
    }

    /// Reads the per-day aggregates for `from..=to` from the day summary: one row per
    /// logged day, however many entries each day holds.
    pub fn load(journal: &Journal, from: NaiveDate, to: NaiveDate) -> CoreResult<DayTable> {
        Self::load_with(journal, DAY_SUMMARY_SQL, from, to)
    }

    /// Reads the per-day aggregates with `sql` (DAY_SUMMARY_SQL or, to check it,
    /// DAY_FACTS_FROM_ENTRIES_SQL).
    pub fn load_with(
        journal: &Journal,
        sql: &str,
        from: NaiveDate,
        to: NaiveDate,
    ) -> CoreResult<DayTable> {
        let mut table = DayTable::empty(from, to);
        for row in journal.day_rows(sql, from, to)? {
            if let Some(day) = table.get_mut(row.date) {
                *day = DayFacts {
                    pain_entries: row.pain_entries,
                    pain_sum: row.pain_sum,
                    pain_max: row.pain_max,
                    intimacy: row.intimacy,
                    stretching: row.stretching,
                    core: row.core,
                    other_activities: row.other_activities,
                    check_in: row.check_in,
                };
            }
        }
        Ok(table)
    }
}

/// The first local day with any entry, if the journal has any.
pub fn first_logged_day(journal: &Journal) -> CoreResult<Option<NaiveDate>> {
    journal.first_logged_day()
}

/// One day of the trend chart and the calendar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DayPain {
    pub date: NaiveDate,
    /// Pain entries that day.
    pub entries: u32,
    pub max: Option<u8>,
    pub mean: Option<f64>,
    /// Something was logged that day.
    pub logged: bool,
    /// Logged, and no pain above 0.
    pub pain_free: bool,
    /// The day's mean, 0 when pain-free, None when nothing was logged.
    pub level: Option<f64>,
    /// Mean level over this day and the 6 before (None with fewer than 3 logged days).
    pub avg7: Option<f64>,
    /// Activity markers.
    pub intimacy: u32,
    pub stretching: u32,
    pub core: u32,
    pub other_activities: u32,
}

/// Figures for a week, a month or a whole range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PeriodSummary {
    pub start: NaiveDate,
    /// Inclusive.
    pub end: NaiveDate,
    /// False while the period is still running (its end is after the last day asked for).
    pub complete: bool,
    pub days_logged: u32,
    /// Logged days with pain above 0.
    pub pain_days: u32,
    pub pain_free_days: u32,
    /// Mean level over the logged days.
    pub mean: Option<f64>,
    pub max: Option<u8>,
    /// Against the period before, when both have at least 3 logged days.
    pub change: Option<Change>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PainTrend {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Every day from `from` to `to`, in order.
    pub days: Vec<DayPain>,
    /// ISO weeks (Monday first) overlapping the range; the first and last may be partial.
    pub weeks: Vec<PeriodSummary>,
    pub months: Vec<PeriodSummary>,
    pub totals: PeriodSummary,
}

/// Turns facts into the day series `from..=to` with the 7-day average. Days before `from`
/// in the table only feed the averages.
pub fn day_series(table: &DayTable, from: NaiveDate, to: NaiveDate) -> Vec<DayPain> {
    let levels: Vec<Option<f64>> = table.facts.iter().map(DayFacts::level).collect();
    table
        .iter()
        .enumerate()
        .filter(|(_, (date, _))| *date >= from && *date <= to)
        .map(|(i, (date, f))| {
            let window = &levels[i.saturating_sub(6)..=i];
            let known: Vec<f64> = window.iter().flatten().copied().collect();
            let avg7 = (known.len() as u32 >= MOVING_AVERAGE_MIN_DAYS)
                .then(|| known.iter().sum::<f64>() / known.len() as f64);
            DayPain {
                date,
                entries: f.pain_entries,
                max: (f.pain_entries > 0).then_some(f.pain_max),
                mean: (f.pain_entries > 0)
                    .then(|| f64::from(f.pain_sum) / f64::from(f.pain_entries)),
                logged: f.logged(),
                pain_free: f.pain_free(),
                level: levels[i],
                avg7,
                intimacy: f.intimacy,
                stretching: f.stretching,
                core: f.core,
                other_activities: f.other_activities,
            }
        })
        .collect()
}

/// Summarises the table's days from `start` to `end` (inclusive); `to` is the last day
/// asked for (a period ending after it is not complete).
pub fn summarise(
    table: &DayTable,
    start: NaiveDate,
    end: NaiveDate,
    to: NaiveDate,
) -> PeriodSummary {
    let mut s = PeriodSummary {
        start,
        end,
        complete: end <= to,
        days_logged: 0,
        pain_days: 0,
        pain_free_days: 0,
        mean: None,
        max: None,
        change: None,
    };
    let mut sum = 0.0;
    let first = (start - table.from).num_days().max(0) as usize;
    let last = ((end - table.from).num_days() + 1).clamp(0, table.facts.len() as i64) as usize;
    for f in table.facts.get(first..last).unwrap_or(&[]) {
        if !f.logged() {
            continue;
        }
        s.days_logged += 1;
        sum += f.level().unwrap_or(0.0);
        if f.pain_free() {
            s.pain_free_days += 1;
        } else {
            s.pain_days += 1;
        }
        if f.pain_entries > 0 {
            s.max = Some(s.max.map_or(f.pain_max, |m| m.max(f.pain_max)));
        }
    }
    if s.days_logged > 0 {
        s.mean = Some(sum / f64::from(s.days_logged));
    }
    s
}

/// Sets `change` on each period from the one before it (periods in order, adjacent).
pub fn link_changes(periods: &mut [PeriodSummary]) {
    for i in 1..periods.len() {
        let (prev, cur) = (&periods[i - 1], &periods[i]);
        periods[i].change = match (prev.mean, cur.mean) {
            (Some(p), Some(c)) if prev.days_logged >= MIN_CASES && cur.days_logged >= MIN_CASES => {
                Some(Change::between(p, c))
            }
            _ => None,
        };
    }
}

/// Consecutive periods covering the table, each starting where `next` says.
fn periods(
    table: &DayTable,
    to: NaiveDate,
    first_start: NaiveDate,
    next: impl Fn(NaiveDate) -> NaiveDate,
) -> Vec<PeriodSummary> {
    let mut out = Vec::new();
    let mut start = first_start;
    while start <= table.to() {
        let following = next(start);
        out.push(summarise(table, start, following - Duration::days(1), to));
        start = following;
    }
    link_changes(&mut out);
    out
}

/// Builds the trend from a table that starts early enough to hold the month before `from`.
pub fn trend_from_table(table: &DayTable, from: NaiveDate, to: NaiveDate) -> PainTrend {
    let keep = |p: &PeriodSummary| p.end >= from;
    let mut weeks = periods(table, to, week_start(table.from), |d| d + Duration::days(7));
    weeks.retain(keep);
    let mut months = periods(table, to, month_start(table.from), |d| d + Months::new(1));
    months.retain(keep);
    PainTrend {
        from,
        to,
        days: day_series(table, from, to),
        weeks,
        months,
        totals: summarise(table, from, to, to),
    }
}

/// The first day a table must hold so that `from`'s week, month and 7-day average can be
/// compared with what came before: the first day of the previous month.
pub fn lookback_start(from: NaiveDate) -> NaiveDate {
    month_start(month_start(from) - Duration::days(1))
}

/// Pain over time for the query's range; `today` is the default end.
pub fn pain_trend(
    journal: &Journal,
    query: &TrendQuery,
    today: NaiveDate,
) -> CoreResult<PainTrend> {
    let to = query.to.unwrap_or(today);
    let from = match query.from {
        Some(from) => from,
        None => first_logged_day(journal)?.unwrap_or(to).min(to),
    };
    let (from, to) = checked_range(from, to)?;
    let table = DayTable::load(journal, lookback_start(from), to)?;
    Ok(trend_from_table(&table, from, to))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn pain(ratings: &[u8]) -> DayFacts {
        DayFacts {
            pain_entries: ratings.len() as u32,
            pain_sum: ratings.iter().map(|r| u32::from(*r)).sum(),
            pain_max: ratings.iter().copied().max().unwrap_or(0),
            ..DayFacts::default()
        }
    }

    fn check_in_only() -> DayFacts {
        DayFacts {
            check_in: true,
            ..DayFacts::default()
        }
    }

    #[rstest]
    #[case::nothing(DayFacts::default(), None, false, false)]
    #[case::check_in_only(check_in_only(), Some(0.0), true, true)]
    #[case::zero_rating(pain(&[0]), Some(0.0), true, true)]
    #[case::two_ratings(pain(&[2, 5]), Some(3.5), true, false)]
    #[case::walk_only(DayFacts { other_activities: 1, ..DayFacts::default() }, Some(0.0), true, true)]
    fn day_level_and_pain_free(
        #[case] facts: DayFacts,
        #[case] level: Option<f64>,
        #[case] logged: bool,
        #[case] pain_free: bool,
    ) {
        assert_eq!(facts.level(), level, "level of {facts:?}");
        assert_eq!(facts.logged(), logged, "logged for {facts:?}");
        assert_eq!(facts.pain_free(), pain_free, "pain-free for {facts:?}");
    }

    /// Table from 2024-03-01 with the given days.
    fn table(days: &[DayFacts]) -> DayTable {
        DayTable {
            from: d("2024-03-01"),
            facts: days.to_vec(),
        }
    }

    #[test]
    fn moving_average_uses_logged_days_in_the_last_seven() {
        let none = DayFacts::default();
        // Mar 1..=10: levels 4, -, 2, 0(check-in), 6, -, -, -, -, -
        let t = table(&[
            pain(&[4]),
            none,
            pain(&[1, 3]),
            check_in_only(),
            pain(&[6]),
            none,
            none,
            none,
            none,
            none,
        ]);
        let days = day_series(&t, d("2024-03-01"), d("2024-03-10"));
        let avg: Vec<Option<f64>> = days.iter().map(|x| x.avg7).collect();
        // Mar 1: 1 known day -> None; Mar 2: 1 -> None; Mar 3: 4,2 -> None (2 < 3);
        // Mar 4: 4,2,0 -> 2.0; Mar 5: 4,2,0,6 -> 3.0; Mar 7 window Mar 1..7 -> 3.0;
        // Mar 8 window Mar 2..8: 2,0,6 -> 8/3; Mar 9 window Mar 3..9: 2,0,6 -> 8/3;
        // Mar 10 window Mar 4..10: 0,6 -> None.
        let expected = [
            None,
            None,
            None,
            Some(2.0),
            Some(3.0),
            Some(3.0),
            Some(3.0),
            Some(8.0 / 3.0),
            Some(8.0 / 3.0),
            None,
        ];
        for (i, (got, want)) in avg.iter().zip(expected.iter()).enumerate() {
            match (got, want) {
                (Some(g), Some(w)) => assert!(
                    (g - w).abs() < 1e-9,
                    "day {}: expected avg7 {w}, got {g}",
                    i + 1
                ),
                _ => assert_eq!(got, want, "day {}: expected avg7 {want:?}", i + 1),
            }
        }
        assert_eq!(days[2].max, Some(3), "Mar 3 max of 1 and 3");
        assert_eq!(days[2].mean, Some(2.0), "Mar 3 mean of 1 and 3");
        assert_eq!(days[1].mean, None, "nothing logged on Mar 2");
        assert!(
            days[3].pain_free,
            "a check-in without pain is a pain-free day"
        );
    }

    #[test]
    fn week_summaries_and_change_that_matters() {
        // 2024-03-04 is a Monday. Week 1 (Mar 4-10): levels 6,6,5,7 on 4 logged days (mean 6).
        // Week 2 (Mar 11-17): 3,4,0(pain-free),5 (mean 3) -> -3 points, matters.
        // Week 3 (Mar 18-24): 3,3 only 2 logged days -> no change computed.
        let mut t = DayTable::empty(d("2024-03-04"), d("2024-03-24"));
        let set = |t: &mut DayTable, day: &str, f: DayFacts| *t.get_mut(d(day)).unwrap() = f;
        set(&mut t, "2024-03-04", pain(&[6]));
        set(&mut t, "2024-03-05", pain(&[5, 7]));
        set(&mut t, "2024-03-06", pain(&[5]));
        set(&mut t, "2024-03-08", pain(&[7]));
        set(&mut t, "2024-03-11", pain(&[3]));
        set(&mut t, "2024-03-12", pain(&[4]));
        set(&mut t, "2024-03-13", check_in_only());
        set(&mut t, "2024-03-16", pain(&[5]));
        set(&mut t, "2024-03-19", pain(&[3]));
        set(&mut t, "2024-03-20", pain(&[3]));
        let trend = trend_from_table(&t, d("2024-03-04"), d("2024-03-21"));
        let w: Vec<_> = trend
            .weeks
            .iter()
            .map(|p| (p.start.to_string(), p.days_logged, p.mean, p.max))
            .collect();
        assert_eq!(
            w,
            vec![
                ("2024-03-04".into(), 4, Some(6.0), Some(7)),
                ("2024-03-11".into(), 4, Some(3.0), Some(5)),
                ("2024-03-18".into(), 2, Some(3.0), Some(3)),
            ],
            "week start, logged days, mean level, max"
        );
        assert_eq!(
            trend.weeks[0].change, None,
            "first week has no earlier week in the table"
        );
        let c = trend.weeks[1]
            .change
            .as_ref()
            .expect("both weeks have >= 3 logged days");
        assert_eq!((c.previous, c.current, c.delta), (6.0, 3.0, -3.0), "6 -> 3");
        assert!(c.matters, "3 points lower matters");
        assert_eq!(c.fraction, Some(-0.5), "-3 of 6 is -50 %");
        assert_eq!(trend.weeks[1].pain_free_days, 1, "Mar 13 check-in only");
        assert_eq!(
            trend.weeks[2].change, None,
            "2 logged days are too few to compare"
        );
        assert!(
            !trend.weeks[2].complete,
            "the week of Mar 18-24 is still running on Mar 21"
        );
        assert_eq!(trend.totals.days_logged, 10, "ten logged days in range");
        assert_eq!(trend.days.len(), 18, "Mar 4..=21 is 18 days");
        assert_eq!(trend.months.len(), 1, "one month overlaps");
    }

    /// The per-day aggregates are a range read of the day summary (migration 0005), in
    /// date order, with no per-entry work.
    #[test]
    fn day_table_reads_the_day_summary_by_its_key() {
        let j = crate::Journal::open_in_memory().unwrap();
        let plan = crate::insights::after::tests::query_plan(j.conn(), DAY_SUMMARY_SQL);
        assert!(
            plan.contains("SEARCH day_summary USING PRIMARY KEY (local_date>? AND local_date<?)"),
            "plan should be a key range on day_summary: {plan}"
        );
        for table in ["pain_entry", "activity", "check_in"] {
            assert!(!plan.contains(table), "no entry table is read: {plan}");
        }
    }

    #[rstest]
    #[case::mid_month("2024-03-15", "2024-02-01")]
    #[case::first_of_month("2024-03-01", "2024-02-01")]
    #[case::january("2024-01-31", "2023-12-01")]
    fn lookback_covers_previous_month(#[case] from: &str, #[case] start: &str) {
        assert_eq!(
            lookback_start(d(from)),
            d(start),
            "table for {from} must start at {start}"
        );
    }
}
