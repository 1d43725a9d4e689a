//! The weekly PEG check (Krebs EE et al., J Gen Intern Med 2009;24(6):733-738): three 0-10
//! questions about the past week (average Pain, interference with Enjoyment of life,
//! interference with General activity), scored as their mean. Free to use.

use super::limits::*;
use crate::error::DomainResult;
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// How many days one PEG check looks back over (the week ending when it was taken).
pub const PEG_WEEK_DAYS: i64 = 7;

/// The three answers, as the form or the command line gives them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct PegDraft {
    /// When the questions were answered, with the user's offset: the week covered ends here.
    pub taken_at: DateTime<FixedOffset>,
    /// Average pain in the past week, 0 (no pain) to 10 (pain as bad as you can imagine).
    pub pain: u8,
    /// How much pain interfered with enjoyment of life, 0 (not at all) to 10 (completely).
    pub enjoyment: u8,
    /// How much pain interfered with general activity, 0 (not at all) to 10 (completely).
    pub activity: u8,
}

impl PegDraft {
    pub fn validate(self, now: DateTime<Utc>) -> DomainResult<Self> {
        check_timestamp("taken_at", &self.taken_at, now)?;
        check_score("pain", self.pain)?;
        check_score("enjoyment", self.enjoyment)?;
        check_score("activity", self.activity)?;
        Ok(self)
    }

    /// The PEG score: the mean of the three answers, to one decimal (0.0-10.0).
    pub fn score(&self) -> f32 {
        peg_score(self.pain, self.enjoyment, self.activity)
    }
}

/// The mean of the three items, rounded to one decimal as the score is reported.
pub fn peg_score(pain: u8, enjoyment: u8, activity: u8) -> f32 {
    let sum = f32::from(pain) + f32::from(enjoyment) + f32::from(activity);
    (sum / 3.0 * 10.0).round() / 10.0
}

/// A saved PEG check: its answers (kept, not only the score), the score and the week it covers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PegCheck {
    pub id: Uuid,
    #[serde(flatten)]
    pub draft: PegDraft,
    /// Mean of the three answers, one decimal.
    pub score: f32,
    /// First local day of the week the answers cover (six days before `covers_to`).
    pub covers_from: NaiveDate,
    /// The local day it was taken.
    pub covers_to: NaiveDate,
    pub created_at: DateTime<Utc>,
}

impl PegCheck {
    /// A check from validated answers; the score and the week covered follow from them.
    pub fn new(id: Uuid, draft: PegDraft, created_at: DateTime<Utc>) -> PegCheck {
        let covers_to = draft.taken_at.date_naive();
        PegCheck {
            id,
            score: draft.score(),
            covers_from: covers_to - Duration::days(PEG_WEEK_DAYS - 1),
            covers_to,
            draft,
            created_at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn taken() -> DateTime<FixedOffset> {
        FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 3, 10, 9, 30, 0)
            .unwrap()
    }

    fn draft(pain: u8, enjoyment: u8, activity: u8) -> PegDraft {
        PegDraft {
            taken_at: taken(),
            pain,
            enjoyment,
            activity,
        }
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 10, 12, 0, 0).unwrap()
    }

    #[test]
    fn the_score_is_the_mean_to_one_decimal() {
        assert_eq!(draft(6, 5, 4).score(), 5.0);
        assert_eq!(draft(7, 5, 5).score(), 5.7);
        assert_eq!(draft(1, 0, 0).score(), 0.3);
        assert_eq!(draft(10, 10, 10).score(), 10.0);
        assert_eq!(draft(0, 0, 0).score(), 0.0);
    }

    #[test]
    fn each_item_must_be_zero_to_ten() {
        for (d, field) in [
            (draft(11, 0, 0), "pain"),
            (draft(0, 11, 0), "enjoyment"),
            (draft(0, 0, 255), "activity"),
        ] {
            let err = d.validate(now()).expect_err("out of range");
            assert_eq!(err.field, field);
            assert!(err.message.contains("between 0 and 10"), "{}", err.message);
        }
        assert!(draft(10, 0, 5).validate(now()).is_ok());
    }

    #[test]
    fn a_check_from_the_future_is_refused() {
        let mut d = draft(3, 3, 3);
        d.taken_at += Duration::days(2);
        let err = d.validate(now()).expect_err("future");
        assert_eq!(err.field, "taken_at");
    }

    #[test]
    fn a_check_covers_the_seven_days_ending_on_its_local_day() {
        let check = PegCheck::new(Uuid::nil(), draft(4, 5, 6), now());
        assert_eq!(
            check.covers_to,
            NaiveDate::from_ymd_opt(2026, 3, 10).unwrap()
        );
        assert_eq!(
            check.covers_from,
            NaiveDate::from_ymd_opt(2026, 3, 4).unwrap()
        );
        assert_eq!(check.score, 5.0);
    }

    #[test]
    fn unknown_fields_are_refused() {
        let text = r#"{"taken_at":"2026-03-10T09:30:00+01:00","pain":1,"enjoyment":2,"activity":3,"mood":4}"#;
        assert!(serde_json::from_str::<PegDraft>(text).is_err());
    }
}
