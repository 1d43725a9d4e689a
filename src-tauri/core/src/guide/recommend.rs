//! "For you today": picks 2-4 things from the guide using the journal. Invariant:
//! `recommend` is pure (journal slice, profile, programme advice and local `now` in; picks
//! out), returns nothing while an urgent or emergency alert is open (`paused`), never offers
//! an item the user's profile (movement profile and conditions) or recent leg pain rules
//! out, and gives every pick a one-line reason.

use super::catalogue::{Catalogue, Movement};
use super::player::{plan_routine, PlanFilter};
use super::programme::{LevelMove, ProgrammeAdvice};
use crate::domain::*;
use chrono::{DateTime, Datelike, Duration, FixedOffset, Timelike, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use ts_rs::TS;

/// Most picks shown at once.
pub const MAX_PICKS: usize = 4;
/// Fewest picks shown (fallbacks fill up to this).
pub const MIN_PICKS: usize = 2;
/// Pain after intimacy at or above this, in the last 48 hours, suggests the cool-down.
pub const AFTER_INTIMACY_NRS: u8 = 4;
/// Pain after intimacy without a warm-up at or above this suggests the warm-up.
pub const NO_WARM_UP_NRS: u8 = 3;
/// Pain at or above this in the last 24 hours: rest gently, no core session pushed.
pub const HIGH_PAIN_NRS: u8 = 7;
/// Check-in stress at or above this suggests a breathing tool.
pub const HIGH_STRESS: u8 = 6;
/// Stiffness on waking at or above this suggests the morning routine first.
pub const STIFF_MORNING: u8 = 4;
/// Local hour before which the morning routine is offered.
pub const MORNING_END_HOUR: u32 = 11;
/// Core sessions a week the programme aims for.
pub const CORE_WEEK_TARGET: usize = 3;
/// Sitting this long (minutes) in one go in the last two days suggests sitting breaks.
pub const LONG_SITTING_MIN: u16 = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PickKind {
    Routine,
    Exercise,
    StressTool,
    Positions,
    Conversation,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Pick {
    pub kind: PickKind,
    /// Routine, exercise or stress-tool id; "positions" / "conversation" for those pages.
    pub id: String,
    pub title: String,
    pub reason: String,
    /// Which rule chose it (for tests and "why am I seeing this").
    pub rule: String,
}

/// The slice of the journal the picks read.
#[derive(Debug, Clone, Copy)]
pub struct TodayInput<'a> {
    /// The user's local time now.
    pub now: DateTime<FixedOffset>,
    pub profile: &'a Profile,
    /// Pain entries of (at least) the last 14 days.
    pub pain: &'a [PainEntry],
    /// Activities of (at least) the last 14 days.
    pub activities: &'a [Activity],
    /// Today's check-in, if any.
    pub check_in: Option<&'a CheckIn>,
    pub programme: &'a ProgrammeAdvice,
    /// An urgent or emergency alert is open: nothing is suggested (today.rs, `GuidePause`).
    pub paused: bool,
}

struct Candidate {
    priority: u8,
    pick: Pick,
}

/// Whether pain below the knee was logged in the last 7 days.
pub fn leg_pain_recently(pain: &[PainEntry], now: DateTime<Utc>) -> bool {
    let since = now - Duration::days(7);
    pain.iter()
        .filter(|p| p.draft.at.with_timezone(&Utc) >= since)
        .any(|p| p.draft.regions.iter().any(|r| r.region.is_below_knee()))
}

/// "today", "yesterday" or "on Tuesday", relative to `now`'s local day.
fn when_text(at: DateTime<FixedOffset>, now: DateTime<FixedOffset>) -> String {
    let day = at.with_timezone(now.offset()).date_naive();
    match (now.date_naive() - day).num_days() {
        0 => "today".into(),
        1 => "yesterday".into(),
        _ => format!("on {}", day.weekday_name()),
    }
}

trait WeekdayName {
    fn weekday_name(&self) -> &'static str;
}

impl WeekdayName for chrono::NaiveDate {
    fn weekday_name(&self) -> &'static str {
        match self.weekday() {
            chrono::Weekday::Mon => "Monday",
            chrono::Weekday::Tue => "Tuesday",
            chrono::Weekday::Wed => "Wednesday",
            chrono::Weekday::Thu => "Thursday",
            chrono::Weekday::Fri => "Friday",
            chrono::Weekday::Sat => "Saturday",
            chrono::Weekday::Sun => "Sunday",
        }
    }
}

fn profile_words(profile: MovementProfile) -> &'static str {
    match profile {
        MovementProfile::Flexion => "a back that dislikes bending forward",
        MovementProfile::Extension => "a back that dislikes arching",
        MovementProfile::Mixed => "a back that dislikes both bending and arching",
        MovementProfile::Unknown => "your back",
    }
}

/// The picks for today, best first: between 2 and 4, or none while an urgent or emergency
/// alert is open.
pub fn recommend(cat: &Catalogue, input: &TodayInput) -> Vec<Pick> {
    if input.paused {
        return Vec::new();
    }
    let now = input.now;
    let now_utc = now.with_timezone(&Utc);
    let within = |at: DateTime<FixedOffset>, hours: i64| {
        let at = at.with_timezone(&Utc);
        at <= now_utc + Duration::minutes(FUTURE_TOLERANCE_MINUTES)
            && at >= now_utc - Duration::hours(hours)
    };
    let activity =
        |id: Option<uuid::Uuid>| id.and_then(|id| input.activities.iter().find(|a| a.id == id));
    let filter = PlanFilter::for_profile(input.profile, leg_pain_recently(input.pain, now_utc));
    let done_today: HashSet<&str> = input
        .activities
        .iter()
        .filter(|a| a.draft.at.with_timezone(now.offset()).date_naive() == now.date_naive())
        .filter_map(|a| a.draft.routine_id.as_deref())
        .collect();
    let routine_ok = |id: &str| {
        !done_today.contains(id)
            && plan_routine(cat, id, &filter).is_ok_and(|p| {
                p.unsuitable.is_none()
                    && p.steps
                        .iter()
                        .map(|s| &s.exercise_id)
                        .collect::<HashSet<_>>()
                        .len()
                        >= super::player::MIN_EXERCISES
            })
    };
    let exercise_ok =
        |id: &str| cat.exercise(id).is_some_and(|e| filter.allows(e)) && !done_today.contains(id);
    let mut out: Vec<Candidate> = Vec::new();
    let mut push = |priority: u8, kind: PickKind, id: &str, reason: String, rule: &str| {
        let title = match kind {
            PickKind::Routine => cat.routine(id).map(|r| r.name.clone()),
            PickKind::Exercise => cat.exercise(id).map(|e| e.name.clone()),
            PickKind::StressTool => cat.stress_tool(id).map(|t| t.name.clone()),
            PickKind::Positions => Some("Positions that suit your back".to_string()),
            PickKind::Conversation => Some("Talking it through with your partner".to_string()),
        };
        if let Some(title) = title {
            out.push(Candidate {
                priority,
                pick: Pick {
                    kind,
                    id: id.to_string(),
                    title,
                    reason,
                    rule: rule.to_string(),
                },
            });
        }
    };

    // Worst pain in the last 24 hours: on a bad day, rest gently rather than push.
    let worst_today = input
        .pain
        .iter()
        .filter(|p| within(p.draft.at, 24))
        .max_by_key(|p| (p.draft.nrs, p.draft.at));
    let bad_day = worst_today.is_some_and(|p| p.draft.nrs >= HIGH_PAIN_NRS);
    if let Some(p) = worst_today.filter(|_| bad_day) {
        if exercise_ok("crook_lying_breathing") {
            push(
                9,
                PickKind::Exercise,
                "crook_lying_breathing",
                format!("You logged {}/10 {}: rest in a supported position with slow breathing, and keep gentle movement going.", p.draft.nrs, when_text(p.draft.at, now)),
                "high_pain_rest",
            );
        }
    }

    // Pain after intimacy in the last 48 hours.
    let after_intimacy = input
        .pain
        .iter()
        .filter(|p| within(p.draft.at, 48) && p.draft.nrs >= AFTER_INTIMACY_NRS)
        .filter_map(|p| {
            activity(p.draft.activity_id)
                .filter(|a| a.draft.kind == ActivityKind::Intimacy)
                .map(|a| (p, a))
        })
        .max_by_key(|(p, _)| (p.draft.nrs, p.draft.at));
    if let Some((p, a)) = after_intimacy {
        let when = when_text(a.draft.at, now);
        if routine_ok("after_intimacy") {
            push(
                10,
                PickKind::Routine,
                "after_intimacy",
                format!(
                    "You logged {}/10 after intimacy {when}: try the gentle cool-down.",
                    p.draft.nrs
                ),
                "after_intimacy_pain",
            );
        }
        let profile = input.profile.movement_profile;
        let reason = if profile == MovementProfile::Unknown {
            "Pain followed intimacy: a one-minute questionnaire suggests which positions may suit your back.".to_string()
        } else {
            format!(
                "Pain followed intimacy: see which positions tend to suit {}.",
                profile_words(profile)
            )
        };
        push(
            7,
            PickKind::Positions,
            "positions",
            reason,
            "after_intimacy_positions",
        );
        push(
            6,
            PickKind::Conversation,
            "conversation",
            "Pain followed intimacy: the before / after check helps you plan next time together."
                .into(),
            "after_intimacy_talk",
        );
    }

    // Intimacy without a warm-up followed by pain, in the last 14 days.
    let no_warm_up = input
        .pain
        .iter()
        .filter(|p| within(p.draft.at, 14 * 24) && p.draft.nrs >= NO_WARM_UP_NRS)
        .filter_map(|p| activity(p.draft.activity_id))
        .filter(|a| {
            a.draft.kind == ActivityKind::Intimacy
                && !a.draft.intimacy.as_ref().is_some_and(|i| i.warm_up)
        })
        .max_by_key(|a| a.draft.at);
    let intimacy_recent = input
        .activities
        .iter()
        .any(|a| a.draft.kind == ActivityKind::Intimacy && within(a.draft.at, 14 * 24));
    if routine_ok("before_intimacy") {
        if let Some(a) = no_warm_up {
            push(8, PickKind::Routine, "before_intimacy", format!("Pain followed intimacy without a warm-up {}: try the 5-minute warm-up first next time.", when_text(a.draft.at, now)), "warm_up_missing");
        } else if intimacy_recent {
            push(
                3,
                PickKind::Routine,
                "before_intimacy",
                "A 5-minute warm-up before intimacy can ease the back afterwards.".into(),
                "warm_up_habit",
            );
        }
    }

    // Stress from today's check-in.
    if let Some(c) = input.check_in.filter(|c| c.draft.stress >= HIGH_STRESS) {
        let tool = if done_today.contains("breathing_4_6") {
            "box_breathing"
        } else {
            "breathing_4_6"
        };
        push(9, PickKind::StressTool, tool, format!("Stress was {}/10 in today's check-in: a few minutes of slow breathing can take the edge off.", c.draft.stress), "stress_high");
        if c.draft.stress >= 8 {
            push(
                5,
                PickKind::StressTool,
                "body_scan",
                "With stress this high, a 5-minute body scan can help the back muscles let go."
                    .into(),
                "stress_very_high",
            );
        }
    }

    // Mornings: no deep forward bending in the first hours after rising (Snook 1998).
    if now.hour() < MORNING_END_HOUR && routine_ok("morning_gentle") {
        match input.check_in.and_then(|c| c.draft.stiffness) {
            Some(s) if s >= STIFF_MORNING => push(
                8,
                PickKind::Routine,
                "morning_gentle",
                format!("Stiff on waking ({s}/10): this routine loosens up without forward bending, which strains discs most in the first hours."),
                "morning_stiff",
            ),
            _ => push(4, PickKind::Routine, "morning_gentle", "Mornings: start with gentle moves and save forward bending for later in the day.".into(), "morning"),
        }
    }

    // Sitting for long spells.
    let long_sit = input
        .activities
        .iter()
        .filter(|a| a.draft.kind == ActivityKind::Sitting && within(a.draft.at, 48))
        .filter(|a| a.draft.duration_min.is_some_and(|d| d >= LONG_SITTING_MIN))
        .max_by_key(|a| a.draft.at);
    if let Some(a) = long_sit {
        if routine_ok("sitting_break") {
            let hours = f32::from(a.draft.duration_min.unwrap_or(0)) / 60.0;
            push(5, PickKind::Routine, "sitting_break", format!("You logged {hours:.1} hours of sitting {}: a 2-minute break every half hour or so helps.", when_text(a.draft.at, now)), "long_sitting");
        }
    }

    // Where it hurt this week: hips and buttocks suggest the hip opener.
    let hip_pain = input
        .pain
        .iter()
        .filter(|p| within(p.draft.at, 7 * 24))
        .flat_map(|p| p.draft.regions.iter().map(|r| r.region))
        .find(|r| {
            matches!(
                r,
                Region::ButtockLeft | Region::ButtockRight | Region::HipLeft | Region::HipRight
            )
        });
    if let Some(region) = hip_pain {
        if exercise_ok("figure_four_piriformis") {
            push(
                5,
                PickKind::Exercise,
                "figure_four_piriformis",
                format!(
                    "Pain in the {} this week: the figure-4 stretch eases the deep hip muscles.",
                    crate::labels::label(region).to_lowercase()
                ),
                "hip_pain",
            );
        }
    }

    // The core programme: the main treatment, so it is offered unless today is a bad day.
    if !bad_day && routine_ok(&input.programme.routine_id) {
        let week: usize = input
            .activities
            .iter()
            .filter(|a| a.draft.kind == ActivityKind::CoreSession && within(a.draft.at, 7 * 24))
            .map(|a| a.draft.at.date_naive())
            .collect::<HashSet<_>>()
            .len();
        let level = input.programme.level;
        match input.programme.advice {
            LevelMove::Up | LevelMove::Down => push(7, PickKind::Routine, &input.programme.routine_id, input.programme.reason.clone(), "programme_change"),
            LevelMove::Stay if week < CORE_WEEK_TARGET => {
                let priority = if week == 0 { 7 } else { 5 };
                push(
                    priority,
                    PickKind::Routine,
                    &input.programme.routine_id,
                    format!("{week} core session{} in the last 7 days: level {level} keeps your programme going (aim for {CORE_WEEK_TARGET} a week).", if week == 1 { "" } else { "s" }),
                    "core_week",
                );
            }
            LevelMove::Stay => push(2, PickKind::Routine, &input.programme.routine_id, format!("{week} core sessions this week, well done: level {level} again keeps the gains."), "core_keep"),
        }
    }

    // Fallbacks, so the panel always has something gentle to offer.
    if exercise_ok("walking") {
        push(
            1,
            PickKind::Exercise,
            "walking",
            "A walk at a comfortable pace is part of every back-care plan.".into(),
            "fallback_walk",
        );
    }
    if !done_today.contains("breathing_4_6") {
        push(
            0,
            PickKind::StressTool,
            "breathing_4_6",
            "Five minutes of slow breathing relaxes the back muscles too.".into(),
            "fallback_breathing",
        );
    }

    out.sort_by_key(|c| std::cmp::Reverse(c.priority));
    let mut seen = HashSet::new();
    let mut picks: Vec<Pick> = out
        .into_iter()
        .map(|c| c.pick)
        .filter(|p| seen.insert((p.kind, p.id.clone())))
        .collect();
    picks.truncate(MAX_PICKS);
    picks
}

/// The movements hidden for this profile, in words, for the guide's header.
pub fn hidden_text(hidden: &[Movement]) -> Option<String> {
    let words: Vec<&str> = [
        (Movement::Flexion, "bend the back forward"),
        (Movement::Extension, "arch the back"),
        (Movement::Rotation, "twist the back"),
    ]
    .into_iter()
    .filter(|(m, _)| hidden.contains(m))
    .map(|(_, w)| w)
    .collect();
    let list = match words.as_slice() {
        [] => return None,
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    };
    Some(format!(
        "Exercises that {list} are hidden for your profile."
    ))
}
