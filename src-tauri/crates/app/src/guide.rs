//! The guide: catalogue, positions, player, programme, "for you today", stress tools.

use super::{parse, AppError, AppResult, ChangedData, Now, Session, Written};
use backstory_core::domain::{Activity, MovementProfile};
use backstory_core::guide::catalogue::{catalogue, Catalogue};
use backstory_core::guide::illustrations::{all_illustrations, Illustration};
use backstory_core::guide::player::RoutinePlan;
use backstory_core::guide::programme::LevelState;
use backstory_core::guide::session::{
    hurt_advice, HurtAdvice, HurtReport, SessionRecord, SessionReport,
};
use backstory_core::guide::today::TodayPanel;
use backstory_core::guide::{positions_guide, suggest_profile, PositionsView};
use backstory_core::i18n::tr;
use chrono::{DateTime, FixedOffset};
use serde_json::Value;
use std::collections::BTreeMap;

pub fn guide_catalogue() -> Catalogue {
    catalogue().clone()
}

pub fn guide_illustrations() -> Vec<Illustration> {
    all_illustrations()
}

/// The positions guide with the advice that fits this journal's profile and the alert
/// pause ("get help first" while an emergency is open).
pub fn guide_positions(session: &mut Session) -> AppResult<PositionsView> {
    Ok(session.journal_mut()?.guide().positions_view()?)
}

/// Answers map question ids to "this makes my pain worse".
pub fn suggest_movement_profile(answers: Value) -> AppResult<MovementProfile> {
    let answers: BTreeMap<String, bool> = parse(answers)?;
    Ok(suggest_profile(positions_guide(), &answers)?)
}

/// Today's picks; the rules are current first, so the pause is too.
pub fn guide_today(session: &mut Session, now: Now) -> AppResult<TodayPanel> {
    session.fresh_rules(now.utc())?;
    Ok(session
        .journal_mut()?
        .guide()
        .today_panel(catalogue(), now.0)?)
}

/// The timed plan for a routine or a single exercise, adapted to this user.
pub fn plan_routine(session: &mut Session, id: &str, now: Now) -> AppResult<RoutinePlan> {
    Ok(session
        .journal_mut()?
        .guide()
        .plan_for(catalogue(), id, now.0)?)
}

pub fn hurt_advice_for(report: Value) -> AppResult<HurtAdvice> {
    let report: HurtReport = parse(report)?;
    Ok(hurt_advice(&report))
}

pub fn record_session(
    session: &mut Session,
    report: Value,
    now: Now,
) -> AppResult<Written<SessionRecord>> {
    let report: SessionReport = parse(report)?;
    let at = now.utc();
    session.write(at, ChangedData::Entries, |j| {
        j.guide().record_session(catalogue(), &report, at)
    })
}

pub fn set_core_level(
    session: &mut Session,
    level: Value,
    now: Now,
) -> AppResult<Written<LevelState>> {
    let level: u8 = parse(level)?;
    let state = session
        .journal_mut()?
        .guide()
        .set_core_level(catalogue(), level, now.today())?;
    Ok(Written::settings(state))
}

pub fn record_stress_relief(
    session: &mut Session,
    tool_id: &str,
    started_at: Value,
    ended_at: Value,
    now: Now,
) -> AppResult<Written<Activity>> {
    let started_at: DateTime<FixedOffset> = parse(started_at)?;
    let ended_at: DateTime<FixedOffset> = parse(ended_at)?;
    let tool = catalogue()
        .stress_tool(tool_id)
        .ok_or_else(|| AppError::validation("tool_id", tr("error-no-such-stress-tool")))?;
    let at = now.utc();
    session.write(at, ChangedData::Entries, |j| {
        j.guide()
            .record_stress_relief(tool, started_at, ended_at, at)
    })
}
