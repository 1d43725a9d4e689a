//! The weekly PEG check over time: one row per calendar week (Monday first), a week without
//! a check kept as an explicit gap (`check: None`, never a zero), and whether a check is due.

use crate::domain::{PegCheck, PEG_WEEK_DAYS};
use crate::error::CoreResult;
use crate::Journal;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Weeks the trend shows unless asked for another number.
pub const PEG_TREND_WEEKS: u32 = 12;
/// Most weeks one trend may ask for (two years).
pub const PEG_TREND_MAX_WEEKS: u32 = 104;
/// Setting: the local day the user last put the Today card away ("not this week"); the
/// app layer writes it with `settings_mut().set`.
pub const PEG_DISMISSED_KEY: &str = "peg_dismissed_on";

/// One calendar week of the trend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PegWeek {
    /// The Monday the week starts on.
    pub week_start: NaiveDate,
    /// The week's check (the last one, if more than one was taken); None: no check that week.
    pub check: Option<PegCheck>,
    /// How many checks were taken that week (0 for a gap).
    pub taken: u32,
}

/// The PEG as Today and Insights show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PegOverview {
    /// True when no check was taken in the past seven days and the card was not put away
    /// for this week.
    pub due: bool,
    pub latest: Option<PegCheck>,
    /// Oldest first, ending with the current week; gaps included.
    pub weeks: Vec<PegWeek>,
}

/// The Monday of `day`'s week.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// The `weeks` calendar weeks ending with `today`'s, each with its check or a gap. `checks`
/// must be oldest first; checks outside the weeks are ignored.
pub fn peg_weeks(checks: &[PegCheck], today: NaiveDate, weeks: u32) -> Vec<PegWeek> {
    let last = week_start(today);
    (0..i64::from(weeks))
        .rev()
        .map(|back| {
            let start = last - Duration::weeks(back);
            let end = start + Duration::days(6);
            let in_week: Vec<&PegCheck> = checks
                .iter()
                .filter(|c| c.covers_to >= start && c.covers_to <= end)
                .collect();
            PegWeek {
                week_start: start,
                check: in_week.last().map(|c| (*c).clone()),
                taken: in_week.len() as u32,
            }
        })
        .collect()
}

/// Whether to offer the check: none taken in the past seven days, and not put away within
/// the past seven days either.
pub fn peg_due(
    latest: Option<&PegCheck>,
    dismissed_on: Option<NaiveDate>,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> bool {
    let recent = latest.is_some_and(|c| {
        now - c.draft.taken_at.with_timezone(&Utc) < Duration::days(PEG_WEEK_DAYS)
    });
    let put_away = dismissed_on.is_some_and(|d| today - d < Duration::days(PEG_WEEK_DAYS));
    !recent && !put_away
}

impl Journal {
    pub(crate) fn peg_overview(
        &self,
        now: DateTime<Utc>,
        today: NaiveDate,
        weeks: u32,
    ) -> CoreResult<PegOverview> {
        let weeks = weeks.clamp(1, PEG_TREND_MAX_WEEKS);
        let first = week_start(today) - Duration::weeks(i64::from(weeks) - 1);
        let checks = self.peg_checks(Some(first), None)?;
        let latest = self.latest_peg()?;
        let dismissed_on = self
            .setting(PEG_DISMISSED_KEY)?
            .and_then(|d| d.parse::<NaiveDate>().ok());
        Ok(PegOverview {
            due: peg_due(latest.as_ref(), dismissed_on, now, today),
            weeks: peg_weeks(&checks, today, weeks),
            latest,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PegDraft;
    use chrono::{FixedOffset, TimeZone};
    use uuid::Uuid;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn check_on(date: NaiveDate, pain: u8) -> PegCheck {
        let taken_at = FixedOffset::east_opt(0)
            .unwrap()
            .from_local_datetime(&date.and_hms_opt(10, 0, 0).unwrap())
            .unwrap();
        let draft = PegDraft {
            taken_at,
            pain,
            enjoyment: 4,
            activity: 4,
        };
        PegCheck::new(Uuid::new_v4(), draft, taken_at.with_timezone(&Utc))
    }

    #[test]
    fn missing_weeks_are_gaps_not_zeros() {
        // 2026-03-02 is a Monday. Checks in weeks 1 and 3 and two in week 4; week 2 missing.
        let checks = vec![
            check_on(day(3, 3), 6),
            check_on(day(3, 18), 5),
            check_on(day(3, 23), 4),
            check_on(day(3, 26), 2),
        ];
        let weeks = peg_weeks(&checks, day(3, 27), 5);
        let starts: Vec<NaiveDate> = weeks.iter().map(|w| w.week_start).collect();
        assert_eq!(
            starts,
            [day(2, 23), day(3, 2), day(3, 9), day(3, 16), day(3, 23)]
        );
        assert_eq!(weeks[0].check, None, "before the first check: a gap");
        assert_eq!(weeks[0].taken, 0);
        assert_eq!(weeks[1].check.as_ref().unwrap().draft.pain, 6);
        assert_eq!(weeks[2].check, None, "the missing week is a gap");
        assert_eq!(weeks[2].taken, 0);
        assert_eq!(weeks[3].check.as_ref().unwrap().draft.pain, 5);
        assert_eq!(weeks[4].taken, 2);
        assert_eq!(
            weeks[4].check.as_ref().unwrap().draft.pain,
            2,
            "the week's last check stands for it"
        );
    }

    #[test]
    fn a_check_is_due_after_seven_days_unless_put_away() {
        let latest = check_on(day(3, 2), 5);
        let at = |d: NaiveDate, h: u32| Utc.from_utc_datetime(&d.and_hms_opt(h, 0, 0).unwrap());
        assert!(
            peg_due(None, None, at(day(3, 2), 12), day(3, 2)),
            "never taken"
        );
        assert!(!peg_due(Some(&latest), None, at(day(3, 8), 12), day(3, 8)));
        assert!(
            !peg_due(Some(&latest), None, at(day(3, 9), 9), day(3, 9)),
            "6 d 23 h"
        );
        assert!(
            peg_due(Some(&latest), None, at(day(3, 9), 10), day(3, 9)),
            "7 days"
        );
        assert!(!peg_due(
            Some(&latest),
            Some(day(3, 9)),
            at(day(3, 15), 10),
            day(3, 15)
        ));
        assert!(peg_due(
            Some(&latest),
            Some(day(3, 9)),
            at(day(3, 16), 10),
            day(3, 16)
        ));
    }
}
