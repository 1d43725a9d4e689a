//! Reads the slice of the journal the guide needs (recent pain, activities, today's
//! check-in, the core level) and hands it to the pure rules in programme.rs and
//! recommend.rs. Invariant: reads only; bounded to the red-flag snapshot's 30-day window.
//! While an urgent or emergency red-flag alert is open (not resolved), the guide pauses:
//! no "for you today" picks, no programme level-up, and the player shows the reason
//! (`GuidePause`); an open emergency alert also keeps "get help first" on the Positions and
//! player screens until it is resolved, acknowledged or not.

use super::catalogue::{hidden_movements, Catalogue, Movement};
use super::player::PlanFilter;
use super::programme::{assess, LevelMove, LevelState, PainPoint, ProgrammeAdvice, SessionPoint};
use super::recommend::{hidden_text, leg_pain_recently, recommend, Pick, TodayInput};
use crate::domain::*;
use crate::error::CoreResult;
use crate::i18n::{args, tr, tr_with};
use crate::rules::{Alert, RuleId, Tier};
use crate::store::Journal;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How far back the guide needs to read: the programme's 4-week window. The red-flag
/// snapshot it reuses covers 30 days.
pub const HISTORY_DAYS: i64 = 28;
const _: () = assert!(HISTORY_DAYS <= crate::rules::SNAPSHOT_DAYS);

/// The journal slice the guide reads.
#[derive(Debug, Clone, Default)]
pub struct GuideData {
    pub profile: Profile,
    pub pain: Vec<PainEntry>,
    pub activities: Vec<Activity>,
    pub check_in: Option<CheckIn>,
    pub level: LevelState,
}

/// Why the guide is holding back its suggestions: an urgent or emergency alert is open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GuidePause {
    /// The most pressing open tier (emergency or urgent).
    pub tier: Tier,
    /// The open alerts that pause the guide, most pressing first.
    pub rules: Vec<RuleId>,
    /// Their titles, in the same order.
    pub titles: Vec<String>,
    /// One paragraph for the window: what is paused, why, and what to do.
    pub reason: String,
    /// An emergency alert is open (acknowledged or not): Positions and the player show a
    /// "get help first" notice until it is resolved.
    pub get_help_first: bool,
}

/// The pause that open alerts put on the guide, if any. An alert is open until it is
/// resolved (the rule no longer applies); acknowledging it does not end the pause. Pure.
pub fn guide_pause(alerts: &[Alert]) -> Option<GuidePause> {
    let mut open: Vec<&Alert> = alerts
        .iter()
        .filter(|a| a.resolved_at.is_none() && a.rule.tier <= Tier::Urgent)
        .collect();
    open.sort_by_key(|a| (a.rule.tier, std::cmp::Reverse(a.last_raised_at)));
    let first = open.first()?;
    let tier = first.rule.tier;
    let titles: Vec<String> = open.iter().map(|a| a.rule.title.clone()).collect();
    let what = if tier == Tier::Emergency {
        "emergency"
    } else if open.len() == 1 {
        "urgent_one"
    } else {
        "urgent_many"
    };
    let reason = tr_with(
        "guide-pause-reason",
        &args([
            ("what", what.into()),
            ("titles", titles.join("; ").into()),
            ("action", tier.action().into()),
        ]),
    );
    Some(GuidePause {
        tier,
        rules: open.iter().map(|a| a.rule.id).collect(),
        titles,
        reason,
        get_help_first: tier == Tier::Emergency,
    })
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TodayPanel {
    pub picks: Vec<Pick>,
    /// True while an emergency alert is open: no suggestions are made.
    pub paused_for_emergency: bool,
    /// Set while an urgent or emergency alert is open: no picks, no level-up, and why.
    pub pause: Option<GuidePause>,
    pub programme: ProgrammeAdvice,
    pub movement_profile: MovementProfile,
    /// Movements whose exercises are hidden for this profile.
    pub hidden_movements: Vec<Movement>,
    /// E.g. "Exercises that bend the back forward are hidden for your profile."
    pub hidden_note: Option<String>,
    /// Pain below the knee was logged in the last 7 days, so nerve-loading stretches are left out.
    pub leg_caution: bool,
    /// Every catalogue item this user is not offered right now, with the reason in words
    /// (movement profile, conditions, recent leg pain): the UI lists them, it never decides.
    pub hidden_exercises: Vec<HiddenExercise>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HiddenExercise {
    pub id: String,
    pub reason: String,
}

impl Journal {
    /// The last 30 days of pain entries and activities (the same bounded window the red-flag
    /// rules read), today's check-in, the profile and the core level.
    pub(crate) fn guide_data(&self, now: DateTime<Utc>, today: NaiveDate) -> CoreResult<GuideData> {
        let (snapshot, profile) = self.red_flag_snapshot(now)?;
        Ok(GuideData {
            profile,
            pain: snapshot.pain,
            activities: snapshot.activities,
            check_in: self.check_in_on(today)?,
            level: self.core_level()?,
        })
    }
}

/// Programme advice from the journal slice.
pub fn programme_advice(cat: &Catalogue, data: &GuideData, today: NaiveDate) -> ProgrammeAdvice {
    let sessions: Vec<SessionPoint> = data
        .activities
        .iter()
        .filter(|a| a.draft.kind == ActivityKind::CoreSession)
        .map(|a| SessionPoint {
            date: a.draft.at.date_naive(),
            routine_id: a.draft.routine_id.clone(),
            worst_linked_pain: data
                .pain
                .iter()
                .filter(|p| p.draft.activity_id == Some(a.id))
                .map(|p| p.draft.nrs)
                .max(),
        })
        .collect();
    let pain: Vec<PainPoint> = data
        .pain
        .iter()
        .map(|p| PainPoint {
            date: p.draft.at.date_naive(),
            nrs: p.draft.nrs,
        })
        .collect();
    assess(cat, &data.level, &sessions, &pain, today)
}

/// The "for you today" panel: programme advice plus 2-4 picks; none, and no level-up,
/// while `pause` is set.
pub fn today_panel(
    cat: &Catalogue,
    data: &GuideData,
    now: DateTime<FixedOffset>,
    pause: Option<&GuidePause>,
) -> TodayPanel {
    let today = now.date_naive();
    let mut programme = programme_advice(cat, data, today);
    if let (Some(p), LevelMove::Up) = (pause, programme.advice) {
        programme.advice = LevelMove::Stay;
        programme.suggested_level = programme.level;
        programme.reason = tr_with(
            "guide-level-up-waits",
            &args([
                ("reason", programme.reason.as_str().into()),
                ("level", (programme.level + 1).into()),
                ("tier", p.tier.as_str().into()),
                ("titles", p.titles.join("; ").into()),
            ]),
        );
    }
    let input = TodayInput {
        now,
        profile: &data.profile,
        pain: &data.pain,
        activities: &data.activities,
        check_in: data.check_in.as_ref(),
        programme: &programme,
        paused: pause.is_some(),
    };
    let picks = recommend(cat, &input);
    let filter = plan_filter(data, now.with_timezone(&Utc));
    let hidden_exercises = cat
        .exercises
        .iter()
        .filter(|e| !filter.allows(e))
        .map(|e| HiddenExercise {
            id: e.id.clone(),
            reason: filter.reason(e),
        })
        .collect();
    TodayPanel {
        hidden_exercises,
        picks,
        paused_for_emergency: pause.is_some_and(|p| p.get_help_first),
        pause: pause.cloned(),
        movement_profile: data.profile.movement_profile,
        hidden_note: hidden_note(&data.profile),
        hidden_movements: hidden_movements(&data.profile),
        leg_caution: leg_pain_recently(&data.pain, now.with_timezone(&Utc)),
        programme,
    }
}

/// The guide's one-line note on what the profile hides: movements, and nerve stretches with
/// sciatica or a disc herniation.
fn hidden_note(profile: &Profile) -> Option<String> {
    let nerve = super::catalogue::avoids_neural_tension(profile);
    match (hidden_text(&hidden_movements(profile)), nerve) {
        (Some(m), true) => Some(format!("{m} {}", tr("guide-hidden-nerve-too"))),
        (Some(m), false) => Some(m),
        (None, true) => Some(tr("guide-hidden-nerve")),
        (None, false) => None,
    }
}

/// What the player must leave out for this user right now.
pub fn plan_filter(data: &GuideData, now: DateTime<Utc>) -> PlanFilter {
    PlanFilter::for_profile(&data.profile, leg_pain_recently(&data.pain, now))
}

impl Journal {
    /// One call for the shell and the CLI: reads the journal and the open alerts and builds
    /// today's panel (paused while an urgent or emergency alert is open).
    pub(crate) fn today_panel(
        &self,
        cat: &Catalogue,
        now: DateTime<FixedOffset>,
    ) -> CoreResult<TodayPanel> {
        let data = self.guide_data(now.with_timezone(&Utc), now.date_naive())?;
        let pause = self.guide_pause()?;
        Ok(today_panel(cat, &data, now, pause.as_ref()))
    }

    /// The pause open alerts put on the guide (see `guide_pause`).
    pub(crate) fn guide_pause(&self) -> CoreResult<Option<GuidePause>> {
        Ok(guide_pause(&self.alert_list()?))
    }

    /// One call for the shell: the plan for a routine (or a single exercise) adapted to
    /// this user's profile and recent leg pain.
    pub(crate) fn plan_for(
        &self,
        cat: &Catalogue,
        id: &str,
        now: DateTime<FixedOffset>,
    ) -> CoreResult<super::player::RoutinePlan> {
        let data = self.guide_data(now.with_timezone(&Utc), now.date_naive())?;
        let filter = plan_filter(&data, now.with_timezone(&Utc));
        let mut plan = if cat.routine(id).is_some() {
            super::player::plan_routine(cat, id, &filter)?
        } else {
            super::player::plan_exercise(cat, id, &filter)?
        };
        plan.pause = self.guide_pause()?;
        Ok(plan)
    }
}

impl Journal {
    /// Whether an emergency-tier red-flag alert is open (raised and not resolved): while it
    /// is, the guide suggests nothing.
    pub(crate) fn emergency_alert_open(&self) -> CoreResult<bool> {
        Ok(self
            .alert_list()?
            .iter()
            .any(|a| a.rule.tier == crate::rules::Tier::Emergency && a.resolved_at.is_none()))
    }
}
