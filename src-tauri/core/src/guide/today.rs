//! Reads the slice of the journal the guide needs (recent pain, activities, today's
//! check-in, the core level) and hands it to the pure rules in programme.rs and
//! recommend.rs. Invariant: reads only; bounded to the red-flag snapshot's 30-day window.

use super::catalogue::{hidden_movements, Catalogue, Movement};
use super::player::PlanFilter;
use super::programme::{assess, LevelState, PainPoint, ProgrammeAdvice, SessionPoint};
use super::recommend::{hidden_text, leg_pain_recently, recommend, Pick, TodayInput};
use crate::domain::*;
use crate::error::CoreResult;
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TodayPanel {
    pub picks: Vec<Pick>,
    /// True while an emergency alert is open: no suggestions are made.
    pub paused_for_emergency: bool,
    pub programme: ProgrammeAdvice,
    pub movement_profile: MovementProfile,
    /// Movements whose exercises are hidden for this profile.
    pub hidden_movements: Vec<Movement>,
    /// E.g. "Exercises that bend the back forward are hidden for your profile."
    pub hidden_note: Option<String>,
    /// Pain below the knee was logged in the last 7 days, so nerve-loading stretches are left out.
    pub leg_caution: bool,
}

impl Journal {
    /// The last 30 days of pain entries and activities (the same bounded window the red-flag
    /// rules read), today's check-in, the profile and the core level.
    pub fn guide_data(&self, now: DateTime<Utc>, today: NaiveDate) -> CoreResult<GuideData> {
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

/// The "for you today" panel: programme advice plus 2-4 picks (none during an emergency).
pub fn today_panel(
    cat: &Catalogue,
    data: &GuideData,
    now: DateTime<FixedOffset>,
    emergency_open: bool,
) -> TodayPanel {
    let today = now.date_naive();
    let programme = programme_advice(cat, data, today);
    let input = TodayInput {
        now,
        profile: &data.profile,
        pain: &data.pain,
        activities: &data.activities,
        check_in: data.check_in.as_ref(),
        programme: &programme,
        emergency_open,
    };
    let picks = recommend(cat, &input);
    TodayPanel {
        picks,
        paused_for_emergency: emergency_open,
        movement_profile: data.profile.movement_profile,
        hidden_note: hidden_text(&hidden_movements(&data.profile)),
        hidden_movements: hidden_movements(&data.profile),
        leg_caution: leg_pain_recently(&data.pain, now.with_timezone(&Utc)),
        programme,
    }
}

/// What the player must leave out for this user right now.
pub fn plan_filter(data: &GuideData, now: DateTime<Utc>) -> PlanFilter {
    PlanFilter::for_profile(&data.profile, leg_pain_recently(&data.pain, now))
}

impl Journal {
    /// One call for the shell: reads the journal and builds today's panel.
    pub fn today_panel(
        &self,
        cat: &Catalogue,
        now: DateTime<FixedOffset>,
        emergency_open: bool,
    ) -> CoreResult<TodayPanel> {
        let data = self.guide_data(now.with_timezone(&Utc), now.date_naive())?;
        Ok(today_panel(cat, &data, now, emergency_open))
    }

    /// One call for the shell: the plan for a routine (or a single exercise) adapted to
    /// this user's profile and recent leg pain.
    pub fn plan_for(
        &self,
        cat: &Catalogue,
        id: &str,
        now: DateTime<FixedOffset>,
    ) -> CoreResult<super::player::RoutinePlan> {
        let data = self.guide_data(now.with_timezone(&Utc), now.date_naive())?;
        let filter = plan_filter(&data, now.with_timezone(&Utc));
        if cat.routine(id).is_some() {
            super::player::plan_routine(cat, id, &filter)
        } else {
            super::player::plan_exercise(cat, id, &filter)
        }
    }
}

impl Journal {
    /// Whether an emergency-tier red-flag alert is open (raised and not resolved): while it
    /// is, the guide suggests nothing.
    pub fn emergency_alert_open(&self) -> CoreResult<bool> {
        Ok(self
            .alerts()?
            .iter()
            .any(|a| a.rule.tier == crate::rules::Tier::Emergency && a.resolved_at.is_none()))
    }
}
