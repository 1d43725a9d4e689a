//! Activity outcomes: "how was your back afterwards?", asked once after each activity of the
//! asked-about kinds (intimacy unless the user chose more), answerable right after, later
//! that evening or the next morning, from Today, the timeline, the CLI or the morning-after
//! reminder. Invariants:
//! - an answer is a pain entry linked to the activity (0 = "no pain"; no regions needed),
//!   dated at the moment it describes, never later than when it was given;
//! - an activity with no linked entry has an unknown outcome, shown as waiting for an answer
//!   for [`PENDING_DAYS`] days and as unknown in "what helps" for ever: never taken as 0;
//! - nothing is invented for existing journals: only an answer makes an outcome known.

use crate::domain::*;
use crate::error::{CoreError, CoreResult};
use crate::i18n::{args, tr, tr_with};
use crate::Journal;
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};

/// How many local days (today included) an unanswered activity waits for an answer.
pub const PENDING_DAYS: u32 = 7;
/// The setting that lists the activity kinds asked about (JSON list of kinds).
pub const ASKED_KINDS_KEY: &str = "outcome_kinds";
/// Most activities whose outcomes one call may ask for (a timeline page holds up to 200).
pub const OUTCOMES_MAX_IDS: usize = 200;

/// Up to this long after the activity, an answer describes "right after".
const RIGHT_AFTER_HOURS: i64 = 2;
/// Up to this long after, "later that evening"; after that, "next morning".
const EVENING_HOURS: i64 = 8;
/// The nominal time of each moment: right after = 30 min after the activity, evening =
/// 3 h after, next morning = 08:00 on the next local day.
const RIGHT_AFTER_MIN: i64 = 30;
const EVENING_AFTER_MIN: i64 = 180;
const MORNING: (u32, u32) = (8, 0);

/// The moment an answer given at `now` describes, when the user did not say.
pub fn moment_for(activity_at: DateTime<FixedOffset>, now: DateTime<Utc>) -> OutcomeMoment {
    let elapsed = now.signed_duration_since(activity_at);
    if elapsed <= Duration::hours(RIGHT_AFTER_HOURS) {
        OutcomeMoment::RightAfter
    } else if elapsed <= Duration::hours(EVENING_HOURS) {
        OutcomeMoment::Evening
    } else {
        OutcomeMoment::NextMorning
    }
}

/// When the answer's pain entry is dated: the moment's nominal time in the activity's own
/// offset, but never after `now` (an answer given live is dated now) and never before the
/// activity. So a "next morning" answer given three days later lands on that morning.
pub fn answer_time(
    activity_at: DateTime<FixedOffset>,
    moment: OutcomeMoment,
    now: DateTime<Utc>,
) -> DateTime<FixedOffset> {
    let offset = *activity_at.offset();
    let nominal = match moment {
        OutcomeMoment::RightAfter => activity_at + Duration::minutes(RIGHT_AFTER_MIN),
        OutcomeMoment::Evening => activity_at + Duration::minutes(EVENING_AFTER_MIN),
        OutcomeMoment::NextMorning => {
            let next_day = activity_at.date_naive() + Duration::days(1);
            let morning = next_day
                .and_time(NaiveTime::from_hms_opt(MORNING.0, MORNING.1, 0).expect("a valid time"));
            offset
                .from_local_datetime(&morning)
                .single()
                .expect("a fixed offset has one local time")
        }
    };
    let now_local = now.with_timezone(&offset);
    nominal.min(now_local).max(activity_at)
}

/// The pain entry that records an answer about `activity`.
pub fn answer_draft(activity: &Activity, answer: &OutcomeAnswer, now: DateTime<Utc>) -> PainDraft {
    let moment = answer
        .moment
        .unwrap_or_else(|| moment_for(activity.draft.at, now));
    PainDraft {
        at: answer_time(activity.draft.at, moment, now),
        nrs: answer.nrs,
        regions: Vec::new(),
        qualities: Vec::new(),
        onset: Some(moment.onset()),
        interference_daily: None,
        interference_intimacy: None,
        leg: LegSymptoms::default(),
        emergency: EmergencySigns::default(),
        activity_id: Some(activity.id),
        notes: String::new(),
    }
}

/// Saves an answer as a linked pain entry. An activity that does not exist (or was deleted),
/// one still in the future, or a rating outside 0-10 is refused and nothing is saved.
pub(crate) fn answer(
    journal: &mut Journal,
    answer: &OutcomeAnswer,
    now: DateTime<Utc>,
) -> CoreResult<PainEntry> {
    let activity = journal.activity(answer.activity_id).map_err(|e| match e {
        CoreError::NotFound { .. } => {
            CoreError::validation("activity_id", tr("insights-outcome-no-such-activity"))
        }
        other => other,
    })?;
    if activity.draft.at.with_timezone(&Utc) > now {
        return Err(CoreError::validation(
            "activity_id",
            tr("insights-outcome-activity-in-future"),
        ));
    }
    journal.add_pain(answer_draft(&activity, answer, now), now)
}

/// The kinds the question is asked about (intimacy unless the user chose otherwise).
pub(crate) fn asked_kinds(journal: &Journal) -> CoreResult<Vec<ActivityKind>> {
    match journal.setting(ASKED_KINDS_KEY)? {
        None => Ok(vec![ActivityKind::Intimacy]),
        Some(text) => serde_json::from_str(&text)
            .map_err(|_| CoreError::Storage(tr("error-stored-asked-kinds-malformed"))),
    }
}

pub(crate) fn set_asked_kinds(journal: &mut Journal, kinds: &[ActivityKind]) -> CoreResult<()> {
    let mut unique: Vec<ActivityKind> = Vec::new();
    for kind in kinds {
        if !unique.contains(kind) {
            unique.push(*kind);
        }
    }
    let text = serde_json::to_string(&unique)
        .map_err(|_| CoreError::Storage(tr("error-kinds-not-written")))?;
    journal.set_setting(ASKED_KINDS_KEY, &text)
}

/// Activities of the asked-about kinds from the last [`PENDING_DAYS`] local days (today
/// included) with no answer yet, newest first.
pub(crate) fn pending(journal: &Journal, today: NaiveDate) -> CoreResult<PendingOutcomes> {
    let kinds = asked_kinds(journal)?;
    let from = today - Duration::days(i64::from(PENDING_DAYS) - 1);
    let activities = journal
        .unanswered_activities(from, today)?
        .into_iter()
        .filter(|a| kinds.contains(&a.draft.kind))
        .collect();
    Ok(PendingOutcomes {
        activities,
        window_days: PENDING_DAYS,
    })
}

/// What is known about how the back was after each activity (ids of missing or deleted
/// activities read as unknown, as nothing is linked to them).
pub(crate) fn of(journal: &Journal, ids: &[uuid::Uuid]) -> CoreResult<Vec<ActivityOutcome>> {
    if ids.len() > OUTCOMES_MAX_IDS {
        return Err(CoreError::validation(
            "ids",
            tr_with(
                "insights-outcome-too-many-ids",
                &args([("max", OUTCOMES_MAX_IDS.into())]),
            ),
        ));
    }
    ids.iter()
        .map(|id| {
            Ok(ActivityOutcome {
                activity_id: *id,
                nrs: journal.linked_max(*id)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[rstest]
    #[case::live_right_after("2026-03-01T22:40:00+01:00", OutcomeMoment::RightAfter)]
    #[case::two_hours("2026-03-02T00:00:00+01:00", OutcomeMoment::RightAfter)]
    #[case::later_that_night("2026-03-02T01:30:00+01:00", OutcomeMoment::Evening)]
    #[case::next_morning("2026-03-02T08:10:00+01:00", OutcomeMoment::NextMorning)]
    fn the_moment_follows_the_time_since(#[case] now: &str, #[case] expected: OutcomeMoment) {
        let activity = at("2026-03-01T22:00:00+01:00");
        assert_eq!(
            moment_for(activity, at(now).with_timezone(&Utc)),
            expected,
            "answer at {now}"
        );
    }

    #[rstest]
    // Answered live: dated now.
    #[case::live(
        OutcomeMoment::RightAfter,
        "2026-03-01T22:10:00+01:00",
        "2026-03-01T22:10:00+01:00"
    )]
    // Answered days later: dated at the moment it describes, in the activity's offset.
    #[case::late_right_after(
        OutcomeMoment::RightAfter,
        "2026-03-04T12:00:00+00:00",
        "2026-03-01T22:30:00+01:00"
    )]
    #[case::late_evening(
        OutcomeMoment::Evening,
        "2026-03-04T12:00:00+00:00",
        "2026-03-02T01:00:00+01:00"
    )]
    #[case::late_morning(
        OutcomeMoment::NextMorning,
        "2026-03-04T12:00:00+00:00",
        "2026-03-02T08:00:00+01:00"
    )]
    // "Next morning" asked before that morning: never in the future.
    #[case::morning_early(
        OutcomeMoment::NextMorning,
        "2026-03-01T23:00:00+01:00",
        "2026-03-01T23:00:00+01:00"
    )]
    fn answers_are_dated_at_their_moment(
        #[case] moment: OutcomeMoment,
        #[case] now: &str,
        #[case] expected: &str,
    ) {
        let activity = at("2026-03-01T22:00:00+01:00");
        let dated = answer_time(activity, moment, at(now).with_timezone(&Utc));
        assert_eq!(dated, at(expected), "{moment:?} answered at {now}");
        assert_eq!(
            dated.offset(),
            activity.offset(),
            "in the activity's offset"
        );
    }
}
