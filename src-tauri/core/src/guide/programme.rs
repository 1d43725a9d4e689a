//! The six-level core programme: where the user is, and whether to move up, stay or move
//! down. Invariant: `assess` is pure (level, sessions, pain and `today` in; advice out) and
//! follows the rules in assets/catalogue/programme.json; the level only changes when the
//! user accepts the advice (`Journal::set_core_level`).

use super::catalogue::{Catalogue, ProgrammeRules};
use crate::error::{CoreError, CoreResult};
use crate::i18n::{self, args, tr_with};
use crate::store::Journal;
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use ts_rs::TS;

/// Setting key holding the user's level as JSON.
pub const LEVEL_SETTING: &str = "guide.core_level";

/// The user's current level and the day they started it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LevelState {
    pub level: u8,
    pub since: Option<NaiveDate>,
}

impl Default for LevelState {
    fn default() -> Self {
        LevelState {
            level: 1,
            since: None,
        }
    }
}

/// A logged core session, reduced to what the rules need.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionPoint {
    pub date: NaiveDate,
    pub routine_id: Option<String>,
    /// Worst pain linked to this session (logged during or after it), if any.
    pub worst_linked_pain: Option<u8>,
}

/// A pain entry reduced to its local day and level.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PainPoint {
    pub date: NaiveDate,
    pub nrs: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LevelMove {
    Up,
    Stay,
    Down,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ProgrammeAdvice {
    pub level: u8,
    pub since: Option<NaiveDate>,
    pub routine_id: String,
    pub advice: LevelMove,
    /// The level the advice leads to (same as `level` when staying).
    pub suggested_level: u8,
    pub sessions_done: u16,
    pub sessions_needed: Option<u16>,
    /// Mean of the daily worst pain over the last `compare_days` days, and the days before.
    pub pain_recent: Option<f32>,
    pub pain_before: Option<f32>,
    pub reason: String,
}

/// Whether pain got worse in a way that matters: a rise of `worse_points` or more, or of
/// `worse_percent` or more and at least one point (Farrar 2001; Ostelo 2008).
pub fn is_worse(before: f32, recent: f32, rules: &ProgrammeRules) -> bool {
    let rise = recent - before;
    if rise >= f32::from(rules.worse_points) {
        return true;
    }
    before > 0.0 && rise >= 1.0 && rise / before * 100.0 >= f32::from(rules.worse_percent)
}

fn mean_daily_worst(pain: &[PainPoint], from: NaiveDate, to: NaiveDate) -> Option<f32> {
    let mut days: BTreeMap<NaiveDate, u8> = BTreeMap::new();
    for p in pain.iter().filter(|p| p.date >= from && p.date <= to) {
        let worst = days.entry(p.date).or_insert(0);
        *worst = (*worst).max(p.nrs);
    }
    if days.is_empty() {
        return None;
    }
    Some(days.values().map(|v| f32::from(*v)).sum::<f32>() / days.len() as f32)
}

/// Advice for the user's level from their recent sessions and pain.
pub fn assess(
    cat: &Catalogue,
    state: &LevelState,
    sessions: &[SessionPoint],
    pain: &[PainPoint],
    today: NaiveDate,
) -> ProgrammeAdvice {
    let rules = &cat.programme.rules;
    let top = cat.top_level();
    let level = state.level.clamp(1, top);
    let info = cat
        .level(level)
        .expect("levels 1..=top exist (catalogue test)");
    let window_start = today - Duration::days(i64::from(rules.window_days) - 1);
    let at_level: Vec<&SessionPoint> = sessions
        .iter()
        .filter(|s| s.routine_id.as_deref() == Some(info.routine.as_str()))
        .filter(|s| s.date >= window_start && s.date <= today)
        .filter(|s| state.since.is_none_or(|since| s.date >= since))
        .collect();
    let session_days: BTreeSet<NaiveDate> = at_level.iter().map(|s| s.date).collect();
    let sessions_done = session_days.len() as u16;
    let first_day = state.since.or_else(|| session_days.first().copied());
    let days_at_level = first_day.map_or(0, |d| (today - d).num_days() + 1);

    let compare = i64::from(rules.compare_days);
    let pain_recent = mean_daily_worst(pain, today - Duration::days(compare - 1), today);
    let pain_before = mean_daily_worst(
        pain,
        today - Duration::days(2 * compare - 1),
        today - Duration::days(compare),
    );
    let worse = matches!((pain_before, pain_recent), (Some(b), Some(r)) if is_worse(b, r, rules));

    let mut recent_sessions = at_level.clone();
    recent_sessions.sort_by_key(|s| std::cmp::Reverse(s.date));
    let last_n = usize::from(rules.hurt_of_last_sessions);
    let hurt = recent_sessions
        .iter()
        .take(last_n)
        .filter(|s| s.worst_linked_pain.is_some_and(|p| p >= rules.hurt_nrs))
        .count();
    let hurt_too_often = hurt >= usize::from(rules.hurt_sessions_to_step_down);

    let mut advice = ProgrammeAdvice {
        level,
        since: state.since,
        routine_id: info.routine.clone(),
        advice: LevelMove::Stay,
        suggested_level: level,
        sessions_done,
        sessions_needed: info.sessions_to_advance,
        pain_recent,
        pain_before,
        reason: String::new(),
    };
    if worse || hurt_too_often {
        let decimal = |x: f64| i18n::format_decimal(i18n::current(), x, 1);
        let why = match (worse, pain_before, pain_recent) {
            (true, Some(b), Some(r)) => args([
                ("why", "pain_rose".into()),
                ("before", decimal(f64::from(b)).into()),
                ("recent", decimal(f64::from(r)).into()),
            ]),
            (true, _, _) => args([("why", "pain_worse".into())]),
            (false, _, _) => args([
                ("why", "hurt".into()),
                ("hurt", hurt.into()),
                ("last", recent_sessions.len().min(last_n).into()),
                ("nrs", rules.hurt_nrs.into()),
            ]),
        };
        let mut words = why;
        if level > 1 {
            advice.advice = LevelMove::Down;
            advice.suggested_level = level - 1;
            words.set("step", "down");
            words.set("lower", level - 1);
        } else {
            words.set("step", "keep_gentle");
        }
        advice.reason = tr_with("guide-programme-ease-off", &words);
        return advice;
    }
    match info.sessions_to_advance {
        None => {
            advice.reason = tr_with(
                "guide-programme-top-level",
                &args([
                    ("done", sessions_done.into()),
                    ("days", rules.window_days.into()),
                ]),
            );
        }
        Some(needed)
            if sessions_done >= needed && days_at_level >= i64::from(rules.min_days_at_level) =>
        {
            advice.advice = LevelMove::Up;
            advice.suggested_level = level + 1;
            advice.reason = tr_with(
                "guide-programme-ready",
                &args([
                    ("done", sessions_done.into()),
                    ("level", level.into()),
                    ("next", (level + 1).into()),
                ]),
            );
        }
        Some(needed) if sessions_done >= needed => {
            let wait = i64::from(rules.min_days_at_level) - days_at_level;
            advice.reason = tr_with(
                "guide-programme-wait",
                &args([
                    ("needed", needed.into()),
                    ("done", sessions_done.into()),
                    ("days", rules.window_days.into()),
                    ("wait", wait.into()),
                    ("level", level.into()),
                ]),
            );
        }
        Some(needed) => {
            advice.reason = tr_with(
                "guide-programme-progress",
                &args([
                    ("done", sessions_done.into()),
                    ("needed", needed.into()),
                    ("level", level.into()),
                ]),
            );
        }
    }
    advice
}

impl Journal {
    /// The user's core programme level (level 1 until they choose or accept another).
    pub(crate) fn core_level(&self) -> CoreResult<LevelState> {
        Ok(self
            .setting(LEVEL_SETTING)?
            .and_then(|text| serde_json::from_str::<LevelState>(&text).ok())
            .unwrap_or_default())
    }

    /// Sets the core programme level, starting today.
    pub(crate) fn set_core_level(
        &mut self,
        cat: &Catalogue,
        level: u8,
        today: NaiveDate,
    ) -> CoreResult<LevelState> {
        if cat.level(level).is_none() {
            return Err(CoreError::validation(
                "level",
                tr_with(
                    "error-level-range",
                    &args([("max", cat.top_level().into())]),
                ),
            ));
        }
        let state = LevelState {
            level,
            since: Some(today),
        };
        let text = serde_json::to_string(&state).map_err(|e| CoreError::Storage(e.to_string()))?;
        self.set_setting(LEVEL_SETTING, &text)?;
        Ok(state)
    }
}
