//! "For you today": picks 2-4 things from the guide using the journal. Invariant:
//! `recommend` is pure (journal slice, profile, programme advice and local `now` in; picks
//! out), returns nothing while an urgent or emergency alert is open (`paused`), never offers
//! an item the user's profile (movement profile and conditions) or recent leg pain rules
//! out, and gives every pick a one-line reason.

use super::catalogue::{Catalogue, Movement};
use super::player::{plan_routine, PlanFilter};
use super::programme::{LevelMove, ProgrammeAdvice};
use crate::domain::*;
use crate::i18n::{self, args, tr_in, FluentArgs, Locale};
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

/// "today", "yesterday" or "on Tuesday", relative to `now`'s local day, in `locale`.
fn when_text(locale: Locale, at: DateTime<FixedOffset>, now: DateTime<FixedOffset>) -> String {
    let day = at.with_timezone(now.offset()).date_naive();
    let key = match (now.date_naive() - day).num_days() {
        0 => "today",
        1 => "yesterday",
        _ => match day.weekday() {
            chrono::Weekday::Mon => "mon",
            chrono::Weekday::Tue => "tue",
            chrono::Weekday::Wed => "wed",
            chrono::Weekday::Thu => "thu",
            chrono::Weekday::Fri => "fri",
            chrono::Weekday::Sat => "sat",
            chrono::Weekday::Sun => "sun",
        },
    };
    tr_in(locale, "guide-when", Some(&args([("day", key.into())])))
}

fn profile_key(profile: MovementProfile) -> &'static str {
    match profile {
        MovementProfile::Flexion => "flexion",
        MovementProfile::Extension => "extension",
        MovementProfile::Mixed => "mixed",
        MovementProfile::Unknown => "unknown",
    }
}

/// The picks for today, best first: between 2 and 4, or none while an urgent or emergency
/// alert is open.
pub fn recommend(cat: &Catalogue, input: &TodayInput) -> Vec<Pick> {
    recommend_in(i18n::current(), cat, input)
}

/// [`recommend`] with the titles and reasons in `locale`.
pub fn recommend_in(locale: Locale, cat: &Catalogue, input: &TodayInput) -> Vec<Pick> {
    let say = |id: &str, a: &FluentArgs| tr_in(locale, id, Some(a));
    if input.paused {
        return Vec::new();
    }
    let now = input.now;
    let when = |at| when_text(locale, at, now);
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
            PickKind::Positions => Some(tr_in(locale, "guide-pick-positions-title", None)),
            PickKind::Conversation => Some(tr_in(locale, "guide-pick-conversation-title", None)),
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
                say(
                    "guide-reason-high-pain-rest",
                    &args([
                        ("nrs", p.draft.nrs.into()),
                        ("when", when(p.draft.at).into()),
                    ]),
                ),
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
        if routine_ok("after_intimacy") {
            push(
                10,
                PickKind::Routine,
                "after_intimacy",
                say(
                    "guide-reason-after-intimacy-pain",
                    &args([
                        ("nrs", p.draft.nrs.into()),
                        ("when", when(a.draft.at).into()),
                    ]),
                ),
                "after_intimacy_pain",
            );
        }
        let profile = input.profile.movement_profile;
        let reason = say(
            "guide-reason-after-intimacy-positions",
            &args([("profile", profile_key(profile).into())]),
        );
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
            tr_in(locale, "guide-reason-after-intimacy-talk", None),
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
            push(
                8,
                PickKind::Routine,
                "before_intimacy",
                say(
                    "guide-reason-warm-up-missing",
                    &args([("when", when(a.draft.at).into())]),
                ),
                "warm_up_missing",
            );
        } else if intimacy_recent {
            push(
                3,
                PickKind::Routine,
                "before_intimacy",
                tr_in(locale, "guide-reason-warm-up-habit", None),
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
        push(
            9,
            PickKind::StressTool,
            tool,
            say(
                "guide-reason-stress-high",
                &args([("stress", c.draft.stress.into())]),
            ),
            "stress_high",
        );
        if c.draft.stress >= 8 {
            push(
                5,
                PickKind::StressTool,
                "body_scan",
                tr_in(locale, "guide-reason-stress-very-high", None),
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
                say(
                    "guide-reason-morning-stiff",
                    &args([("stiffness", s.into())]),
                ),
                "morning_stiff",
            ),
            _ => push(
                4,
                PickKind::Routine,
                "morning_gentle",
                tr_in(locale, "guide-reason-morning", None),
                "morning",
            ),
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
            let hours = f64::from(a.draft.duration_min.unwrap_or(0)) / 60.0;
            let reason = say(
                "guide-reason-long-sitting",
                &args([
                    ("hours", i18n::format_decimal(locale, hours, 1).into()),
                    ("when", when(a.draft.at).into()),
                ]),
            );
            push(
                5,
                PickKind::Routine,
                "sitting_break",
                reason,
                "long_sitting",
            );
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
                say(
                    "guide-reason-hip-pain",
                    &args([("region", crate::labels::key_of(region).into())]),
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
            LevelMove::Up | LevelMove::Down => push(
                7,
                PickKind::Routine,
                &input.programme.routine_id,
                input.programme.reason.clone(),
                "programme_change",
            ),
            LevelMove::Stay if week < CORE_WEEK_TARGET => {
                let priority = if week == 0 { 7 } else { 5 };
                push(
                    priority,
                    PickKind::Routine,
                    &input.programme.routine_id,
                    say(
                        "guide-reason-core-week",
                        &args([
                            ("sessions", week.into()),
                            ("level", level.into()),
                            ("target", CORE_WEEK_TARGET.into()),
                        ]),
                    ),
                    "core_week",
                );
            }
            LevelMove::Stay => push(
                2,
                PickKind::Routine,
                &input.programme.routine_id,
                say(
                    "guide-reason-core-keep",
                    &args([("sessions", week.into()), ("level", level.into())]),
                ),
                "core_keep",
            ),
        }
    }

    // Fallbacks, so the panel always has something gentle to offer.
    if exercise_ok("walking") {
        push(
            1,
            PickKind::Exercise,
            "walking",
            tr_in(locale, "guide-reason-fallback-walk", None),
            "fallback_walk",
        );
    }
    if !done_today.contains("breathing_4_6") {
        push(
            0,
            PickKind::StressTool,
            "breathing_4_6",
            tr_in(locale, "guide-reason-fallback-breathing", None),
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
    hidden_text_in(i18n::current(), hidden)
}

/// [`hidden_text`] in `locale`.
pub fn hidden_text_in(locale: Locale, hidden: &[Movement]) -> Option<String> {
    let has = |m| hidden.contains(&m);
    let key = match (
        has(Movement::Flexion),
        has(Movement::Extension),
        has(Movement::Rotation),
    ) {
        (false, false, false) => return None,
        (true, false, false) => "flexion",
        (false, true, false) => "extension",
        (false, false, true) => "rotation",
        (true, true, false) => "flexion_extension",
        (true, false, true) => "flexion_rotation",
        (false, true, true) => "extension_rotation",
        (true, true, true) => "all",
    };
    Some(tr_in(
        locale,
        "guide-hidden-movements",
        Some(&args([("movements", key.into())])),
    ))
}
