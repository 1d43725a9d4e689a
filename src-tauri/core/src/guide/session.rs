//! Logging what the guided player and the stress tools did. Invariant: a finished (or
//! stopped) routine becomes ONE activity with the exercises done and the routine id, and any
//! "this hurt" reports become pain entries linked to it, all in one transaction; the notes
//! are generated from catalogue names only.

use super::catalogue::{Catalogue, StressTool};
use crate::domain::*;
use crate::error::{CoreError, CoreResult};
use crate::i18n::{args, tr, tr_with};
use crate::store::Journal;
use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// Pain at or above this level during an exercise means stop the routine (NHS: exercises
/// that cause severe pain should be stopped). Backstory stops one point below the rules'
/// severe line (`rules::SEVERE_NRS`), so a routine ends before pain becomes severe.
pub const STOP_NRS: u8 = crate::rules::SEVERE_NRS - 1;

/// "This hurt" on a player step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct HurtReport {
    pub at: DateTime<FixedOffset>,
    pub exercise_id: String,
    pub nrs: u8,
    #[serde(default)]
    pub regions: Vec<Region>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HurtAdvice {
    /// Stop the whole routine now.
    pub stop: bool,
    pub message: String,
    pub sources: Vec<String>,
}

/// What to do after "this hurt" (CONTENT.md section 1, self-care caution).
pub fn hurt_advice(report: &HurtReport) -> HurtAdvice {
    if report.regions.iter().any(|r| r.is_below_knee()) {
        return HurtAdvice {
            stop: true,
            message: tr("guide-hurt-advice-below-knee"),
            sources: vec!["nyu_hamstring".into(), "eorthopod".into()],
        };
    }
    if report.nrs >= STOP_NRS {
        // "Severe" is the red-flag rules' word for SEVERE_NRS and above (one owner); the
        // player stops a routine one point earlier, at pain that is high but not yet severe.
        let level = if report.nrs >= crate::rules::SEVERE_NRS {
            "severe"
        } else {
            "high"
        };
        return HurtAdvice {
            stop: true,
            message: tr_with(
                "guide-hurt-stop",
                &args([("nrs", report.nrs.into()), ("level", level.into())]),
            ),
            sources: vec!["nhs_lbp_exercises".into()],
        };
    }
    HurtAdvice {
        stop: false,
        message: tr("guide-hurt-skip"),
        sources: vec!["nhs_inform_back".into()],
    }
}

/// What the player reports when a routine ends, finished or stopped early.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SessionReport {
    /// A routine id, or an exercise id when a single exercise was played.
    pub routine_id: String,
    pub exercises_done: Vec<String>,
    pub started_at: DateTime<FixedOffset>,
    pub ended_at: DateTime<FixedOffset>,
    pub completed: bool,
    #[serde(default)]
    pub hurts: Vec<HurtReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SessionRecord {
    pub activity: Activity,
    pub pain: Vec<PainEntry>,
}

fn minutes_between(start: DateTime<FixedOffset>, end: DateTime<FixedOffset>) -> CoreResult<u16> {
    let seconds = (end - start).num_seconds();
    if seconds < 0 {
        return Err(CoreError::validation(
            "ended_at",
            tr("error-session-ends-before-start"),
        ));
    }
    let minutes = ((seconds + 59) / 60).max(1);
    u16::try_from(minutes)
        .ok()
        .filter(|m| *m <= DURATION_MAX_MIN)
        .ok_or_else(|| CoreError::validation("ended_at", tr("error-session-longer-than-day")))
}

/// The activity and pain drafts for a session report, validated against the catalogue.
pub fn session_drafts(
    cat: &Catalogue,
    report: &SessionReport,
) -> CoreResult<(ActivityDraft, Vec<PainDraft>)> {
    let (name, kind) = if let Some(r) = cat.routine(&report.routine_id) {
        (r.name.clone(), r.kind)
    } else if let Some(e) = cat.exercise(&report.routine_id) {
        let kind = match e.kind {
            super::catalogue::ExerciseKind::Stretch => ActivityKind::Stretching,
            super::catalogue::ExerciseKind::Core => ActivityKind::CoreSession,
        };
        (e.name.clone(), kind)
    } else {
        return Err(CoreError::validation(
            "routine_id",
            tr("error-no-such-routine-or-exercise"),
        ));
    };
    check_list_len("exercises_done", &report.exercises_done)?;
    check_list_len("hurts", &report.hurts)?;
    for id in report
        .exercises_done
        .iter()
        .chain(report.hurts.iter().map(|h| &h.exercise_id))
    {
        if cat.exercise(id).is_none() {
            return Err(CoreError::validation(
                "exercises_done",
                tr("error-exercise-not-in-catalogue"),
            ));
        }
    }
    let duration = minutes_between(report.started_at, report.ended_at)?;
    let done = report.exercises_done.len();
    let notes = if report.completed {
        tr_with(
            "guide-session-completed",
            &args([("routine", name.as_str().into())]),
        )
    } else {
        tr_with(
            "guide-session-stopped",
            &args([("routine", name.as_str().into()), ("done", done.into())]),
        )
    };
    let activity = ActivityDraft {
        at: report.started_at,
        kind,
        duration_min: Some(duration),
        intimacy: None,
        exercises: dedup_keep_order(&report.exercises_done),
        relief: None,
        routine_id: Some(report.routine_id.clone()),
        notes,
    };
    let pain = report
        .hurts
        .iter()
        .map(|h| {
            let exercise = cat.exercise(&h.exercise_id).map(|e| e.name.as_str());
            PainDraft {
                at: h.at,
                nrs: h.nrs,
                regions: h
                    .regions
                    .iter()
                    .map(|&r| RegionPain::scored(r, h.nrs))
                    .collect(),
                qualities: vec![],
                onset: Some(Onset::During),
                interference_daily: None,
                interference_intimacy: None,
                leg: LegSymptoms::default(),
                emergency: EmergencySigns::default(),
                activity_id: None,
                notes: tr_with(
                    "guide-session-hurt-note",
                    &args([
                        ("exercise", exercise.unwrap_or_default().into()),
                        (
                            "known",
                            if exercise.is_some() { "yes" } else { "no" }.into(),
                        ),
                        ("routine", name.as_str().into()),
                    ]),
                ),
            }
        })
        .collect();
    Ok((activity, pain))
}

impl Journal {
    /// Saves a guided session and its "this hurt" reports in one transaction.
    pub(crate) fn record_session(
        &mut self,
        cat: &Catalogue,
        report: &SessionReport,
        now: DateTime<Utc>,
    ) -> CoreResult<SessionRecord> {
        let (activity_draft, pain_drafts) = session_drafts(cat, report)?;
        let activity_draft = activity_draft.validate(now, is_known_position)?;
        let activity = Activity {
            id: Uuid::new_v4(),
            draft: activity_draft,
            created_at: now,
            updated_at: now,
        };
        let mut pain = Vec::new();
        for mut draft in pain_drafts {
            draft.activity_id = Some(activity.id);
            let draft = draft.validate(now)?;
            pain.push(PainEntry {
                id: Uuid::new_v4(),
                draft,
                created_at: now,
                updated_at: now,
            });
        }
        self.insert_linked(&activity, &pain)?;
        Ok(SessionRecord { activity, pain })
    }

    /// Logs a finished stress tool as a stress-relief activity (the tool id is kept as the
    /// routine id so "done today" can be seen).
    pub(crate) fn record_stress_relief(
        &mut self,
        tool: &StressTool,
        started_at: DateTime<FixedOffset>,
        ended_at: DateTime<FixedOffset>,
        now: DateTime<Utc>,
    ) -> CoreResult<Activity> {
        let duration = minutes_between(started_at, ended_at)?;
        let draft = ActivityDraft {
            at: started_at,
            kind: ActivityKind::StressRelief,
            duration_min: Some(duration),
            intimacy: None,
            exercises: vec![],
            relief: None,
            routine_id: Some(tool.id.clone()),
            notes: format!("{}.", tool.name),
        };
        self.add_activity(draft, now)
    }
}
