//! Turns a routine into the timed steps the guided player walks through. Invariant: the
//! plan only contains exercises that suit the filter (movement profile, recent leg pain);
//! a step whose exercise does not suit is replaced by its first suitable alternative or
//! left out, and the plan says which and why.

use super::catalogue::{
    avoided_because, avoids_neural_tension, hidden_movements, suits, Avoided, Catalogue, Dose,
    Exercise, Movement, RoutineStep, Sides,
};
use crate::domain::{ActivityKind, Condition, MovementProfile, Profile};
use crate::error::{CoreError, CoreResult};
use crate::i18n::{self, args, tr, tr_in, tr_with, Locale};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Seconds to get into position before an exercise.
pub const READY_S: u16 = 8;
/// Seconds to change sides.
pub const SWITCH_S: u16 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    /// The side's key, as the Fluent messages select on it.
    fn key(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SegmentKind {
    /// Get into position (or change sides).
    Ready,
    /// Hold still.
    Hold,
    /// Let go between holds.
    Relax,
    /// One repetition of a movement, or a continuous activity.
    Move,
    /// Rest between sets.
    Rest,
}

/// One timed piece of a step: the player counts it down and cues the next.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Segment {
    pub kind: SegmentKind,
    pub seconds: u16,
    /// 1-based repetition this segment belongs to (0 for ready and rest).
    pub rep: u16,
    pub reps: u16,
    pub side: Option<Side>,
    pub cue: String,
}

/// One set on one side of one exercise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlayerStep {
    pub exercise_id: String,
    pub name: String,
    pub side: Option<Side>,
    pub set: u16,
    pub sets: u16,
    /// E.g. "Left side, set 1 of 2"; empty when there is nothing to say.
    pub label: String,
    pub dose: Dose,
    pub dose_text: String,
    pub segments: Vec<Segment>,
    pub seconds: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanChange {
    pub exercise_id: String,
    /// The exercise used instead; none when the step was left out.
    pub replaced_by: Option<String>,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RoutinePlan {
    pub routine_id: String,
    pub name: String,
    pub kind: ActivityKind,
    pub steps: Vec<PlayerStep>,
    pub changes: Vec<PlanChange>,
    pub total_seconds: u32,
    /// Set when so little of the routine suits this user (fewer than `MIN_EXERCISES`
    /// different exercises left) that it is not offered: says why, for the player and picks.
    pub unsuitable: Option<String>,
    /// Set by `Journal::plan_for` while an urgent or emergency alert is open: the player
    /// shows it above the routine (see today.rs, `GuidePause`).
    pub pause: Option<super::today::GuidePause>,
}

/// A routine left with fewer different exercises than this is not offered for the profile.
pub const MIN_EXERCISES: usize = 2;

/// What a plan must leave out for this user.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanFilter {
    pub hidden: Vec<Movement>,
    /// Pain below the knee was logged recently: leave out stretches that load the nerve.
    pub avoid_leg_caution: bool,
    /// Sciatica or a disc herniation: leave out stretches that pull on the sciatic nerve.
    pub avoid_neural_tension: bool,
    /// The profile's conditions and movement profile, for items gated by condition and for
    /// saying why something is left out.
    pub conditions: Vec<Condition>,
    pub movement_profile: MovementProfile,
}

impl PlanFilter {
    pub fn for_profile(profile: &Profile, leg_pain_recently: bool) -> PlanFilter {
        PlanFilter {
            hidden: hidden_movements(profile),
            avoid_leg_caution: leg_pain_recently,
            avoid_neural_tension: avoids_neural_tension(profile),
            conditions: profile.conditions.clone(),
            movement_profile: profile.movement_profile,
        }
    }

    pub fn allows(&self, exercise: &Exercise) -> bool {
        let leg = self.avoid_leg_caution && exercise.leg_caution;
        let nerve = self.avoid_neural_tension && exercise.neural_tension;
        let condition = exercise
            .avoid_with
            .iter()
            .any(|c| self.conditions.contains(c));
        suits(exercise, &self.hidden) && !leg && !nerve && !condition
    }

    fn profile(&self) -> Profile {
        Profile {
            conditions: self.conditions.clone(),
            movement_profile: self.movement_profile,
            ..Profile::default()
        }
    }

    /// Why an exercise is left out, in words for the user (in the language in use).
    pub fn reason(&self, exercise: &Exercise) -> String {
        self.reason_in(i18n::current(), exercise)
    }

    /// [`PlanFilter::reason`] in `locale`.
    pub fn reason_in(&self, locale: Locale, exercise: &Exercise) -> String {
        let name = exercise.name.as_str();
        let profile = self.profile();
        if let Some(m) = exercise.loads.iter().find(|m| self.hidden.contains(m)) {
            let movement = movement_key(*m);
            let because = avoided_because(&profile, *m);
            let because = if because.is_empty() {
                tr_in(locale, "guide-left-out-your-profile", None)
            } else {
                avoided_words_in(locale, *m, &because)
            };
            return tr_in(
                locale,
                "guide-left-out-movement",
                Some(&args([
                    ("exercise", name.into()),
                    ("movement", movement.into()),
                    ("because", because.into()),
                ])),
            );
        }
        if self.avoid_neural_tension && exercise.neural_tension {
            let conditions = match (
                self.conditions.contains(&Condition::Sciatica),
                self.conditions.contains(&Condition::DiscHerniation),
            ) {
                (true, false) => "sciatica",
                (false, true) => "disc_herniation",
                _ => "both",
            };
            return tr_in(
                locale,
                "guide-left-out-nerve",
                Some(&args([
                    ("exercise", name.into()),
                    ("conditions", conditions.into()),
                ])),
            );
        }
        if let Some(c) = exercise
            .avoid_with
            .iter()
            .find(|c| self.conditions.contains(c))
        {
            let first = exercise.safety.split(". ").next().unwrap_or_default();
            let first = first.trim_end_matches('.');
            // English continues the sentence in lower case; German nouns keep their capital.
            let first = match locale {
                Locale::De => first.to_string(),
                Locale::En | Locale::Pseudo => first.to_lowercase(),
            };
            return tr_in(
                locale,
                "guide-left-out-condition",
                Some(&args([
                    ("exercise", name.into()),
                    ("condition", condition_words_in(locale, *c).into()),
                    ("safety", first.into()),
                ])),
            );
        }
        tr_in(
            locale,
            "guide-left-out-leg-pain",
            Some(&args([("exercise", name.into())])),
        )
    }
}

/// A condition in running text ("osteoporosis", "a compression fracture"), in the
/// language in use.
pub fn condition_words(c: Condition) -> String {
    condition_words_in(i18n::current(), c)
}

/// [`condition_words`] in `locale` (German: the form after "bei").
pub fn condition_words_in(locale: Locale, c: Condition) -> String {
    tr_in(
        locale,
        "guide-condition-in-text",
        Some(&args([("condition", crate::labels::key_of(c).into())])),
    )
}

/// Why `movement` is avoided, as the words after "avoided with" ("bei" in German, whose
/// nouns then take the dative): "your movement profile (…) and a disc herniation".
pub fn avoided_words_in(locale: Locale, movement: Movement, because: &[Avoided]) -> String {
    let words: Vec<String> = because
        .iter()
        .map(|why| match why {
            Avoided::Profile => tr_in(
                locale,
                "titles-avoided-profile",
                Some(&args([("movement", movement_key(movement).into())])),
            ),
            Avoided::Condition(c) => condition_words_in(locale, *c),
        })
        .collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    join_and(locale, &words)
}

/// A movement as the messages' selectors name it.
pub(crate) fn movement_key(movement: Movement) -> &'static str {
    match movement {
        Movement::Flexion => "flexion",
        Movement::Extension => "extension",
        Movement::Rotation => "rotation",
        Movement::Neutral => "neutral",
    }
}

/// "a, b and c" in `locale`.
fn join_and(locale: Locale, items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => tr_in(
            locale,
            "guide-list-and",
            Some(&args([
                ("rest", rest.join(", ").into()),
                ("last", (*last).into()),
            ])),
        ),
    }
}

/// The plan for a routine in the catalogue, adapted to `filter`.
pub fn plan_routine(
    cat: &Catalogue,
    routine_id: &str,
    filter: &PlanFilter,
) -> CoreResult<RoutinePlan> {
    let routine = cat
        .routine(routine_id)
        .ok_or_else(|| CoreError::validation("routine_id", tr("error-no-such-routine")))?;
    let mut plan = plan_steps(cat, &routine.steps, filter)?;
    plan.routine_id = routine.id.clone();
    plan.name = routine.name.clone();
    plan.kind = routine.kind;
    Ok(plan)
}

/// A plan for a single exercise with its default dose (the "try this one" button).
pub fn plan_exercise(
    cat: &Catalogue,
    exercise_id: &str,
    filter: &PlanFilter,
) -> CoreResult<RoutinePlan> {
    let exercise = cat
        .exercise(exercise_id)
        .ok_or_else(|| CoreError::validation("exercise_id", tr("error-no-such-exercise")))?;
    let step = RoutineStep {
        exercise: exercise.id.clone(),
        dose: Default::default(),
        alternatives: vec![],
    };
    let mut plan = plan_steps(cat, &[step], filter)?;
    plan.name = exercise.name.clone();
    plan.kind = match exercise.kind {
        super::catalogue::ExerciseKind::Stretch => ActivityKind::Stretching,
        super::catalogue::ExerciseKind::Core => ActivityKind::CoreSession,
    };
    Ok(plan)
}

fn plan_steps(
    cat: &Catalogue,
    steps: &[RoutineStep],
    filter: &PlanFilter,
) -> CoreResult<RoutinePlan> {
    let mut plan = RoutinePlan {
        routine_id: String::new(),
        name: String::new(),
        kind: ActivityKind::Stretching,
        steps: Vec::new(),
        changes: Vec::new(),
        total_seconds: 0,
        unsuitable: None,
        pause: None,
    };
    // An alternative that the routine already does elsewhere would only repeat it.
    let mut used: Vec<&str> = steps.iter().map(|s| s.exercise.as_str()).collect();
    for step in steps {
        let main = cat
            .exercise(&step.exercise)
            .ok_or_else(|| CoreError::validation("routine", tr("error-step-unknown-exercise")))?;
        let (exercise, dose) = if filter.allows(main) {
            (main, main.dose.with(&step.dose))
        } else {
            let alternative = step
                .alternatives
                .iter()
                .filter_map(|id| cat.exercise(id))
                .find(|e| filter.allows(e) && !used.contains(&e.id.as_str()));
            if let Some(alt) = alternative {
                used.push(alt.id.as_str());
            }
            plan.changes.push(PlanChange {
                exercise_id: main.id.clone(),
                replaced_by: alternative.map(|a| a.id.clone()),
                reason: filter.reason(main),
            });
            match alternative {
                // An alternative keeps its own dose: the step's changes were written for the main exercise.
                Some(alt) => (alt, alt.dose.clone()),
                None => continue,
            }
        };
        plan.steps.extend(expand(exercise, &dose));
    }
    plan.total_seconds = plan.steps.iter().map(|s| s.seconds).sum();
    let distinct: std::collections::HashSet<&str> =
        plan.steps.iter().map(|s| s.exercise_id.as_str()).collect();
    if steps.len() > 1 && distinct.len() < MIN_EXERCISES {
        plan.unsuitable = Some(tr_with(
            "guide-routine-unsuitable",
            &args([
                ("suitable", distinct.len().into()),
                ("exercises", steps.len().into()),
                (
                    "changes",
                    if plan.changes.is_empty() {
                        "none"
                    } else {
                        "listed"
                    }
                    .into(),
                ),
            ]),
        ));
    } else if steps.len() == 1 && plan.steps.is_empty() {
        plan.unsuitable = plan.changes.first().map(|c| format!("{}.", c.reason));
    }
    Ok(plan)
}

/// The player steps of one exercise at one dose: one step per set and side.
pub fn expand(exercise: &Exercise, dose: &Dose) -> Vec<PlayerStep> {
    let sides: Vec<Option<Side>> = match dose.sides {
        Sides::Each => vec![Some(Side::Left), Some(Side::Right)],
        Sides::None | Sides::Alternating => vec![None],
    };
    let sets = dose.sets.max(1);
    let reps = dose.reps.max(1);
    let mut out = Vec::new();
    for set in 1..=sets {
        for (side_index, side) in sides.iter().copied().enumerate() {
            let mut segments = Vec::new();
            let first = set == 1 && side_index == 0;
            if first {
                segments.push(segment(
                    SegmentKind::Ready,
                    READY_S,
                    0,
                    reps,
                    side,
                    ready_cue(side),
                ));
            } else if side_index > 0 {
                segments.push(segment(
                    SegmentKind::Ready,
                    SWITCH_S,
                    0,
                    reps,
                    side,
                    ready_cue(side),
                ));
            }
            if let Some(minutes) = dose.minutes {
                segments.push(segment(
                    SegmentKind::Move,
                    minutes.saturating_mul(60),
                    1,
                    1,
                    side,
                    tr_in(i18n::current(), "guide-cue-keep-going", None),
                ));
            } else if let Some(hold) = dose.hold_s {
                for rep in 1..=reps {
                    segments.push(segment(
                        SegmentKind::Hold,
                        hold,
                        rep,
                        reps,
                        side,
                        tr_with(
                            "guide-cue-hold",
                            &args([("rep", rep.into()), ("reps", reps.into())]),
                        ),
                    ));
                    if rep < reps && dose.relax_s > 0 {
                        segments.push(segment(
                            SegmentKind::Relax,
                            dose.relax_s,
                            rep,
                            reps,
                            side,
                            tr_in(i18n::current(), "guide-cue-relax", None),
                        ));
                    }
                }
            } else {
                let tempo = dose.tempo_s.unwrap_or(4);
                for rep in 1..=reps {
                    let rep_side = match dose.sides {
                        Sides::Alternating => Some(if rep % 2 == 1 {
                            Side::Left
                        } else {
                            Side::Right
                        }),
                        _ => side,
                    };
                    let side_key = match rep_side {
                        Some(s) if dose.sides == Sides::Alternating => s.key(),
                        _ => "none",
                    };
                    let cue = tr_with(
                        "guide-cue-repetition",
                        &args([
                            ("rep", rep.into()),
                            ("reps", reps.into()),
                            ("side", side_key.into()),
                        ]),
                    );
                    segments.push(segment(SegmentKind::Move, tempo, rep, reps, rep_side, cue));
                }
            }
            let last_side = side_index + 1 == sides.len();
            if last_side && set < sets && dose.rest_s > 0 {
                segments.push(segment(
                    SegmentKind::Rest,
                    dose.rest_s,
                    0,
                    reps,
                    None,
                    tr_with("guide-cue-rest", &args([("set", (set + 1).into())])),
                ));
            }
            let label = match (side, sets > 1) {
                (None, false) => String::new(),
                (side, with_set) => tr_with(
                    "guide-step-label",
                    &args([
                        ("side", side.map_or("none", Side::key).into()),
                        ("set", if with_set { set.into() } else { 0.into() }),
                        ("sets", sets.into()),
                    ]),
                ),
            };
            let seconds = segments.iter().map(|s| u32::from(s.seconds)).sum();
            out.push(PlayerStep {
                exercise_id: exercise.id.clone(),
                name: exercise.name.clone(),
                side,
                set,
                sets,
                label,
                dose: dose.clone(),
                dose_text: dose.describe(),
                segments,
                seconds,
            });
        }
    }
    out
}

fn segment(
    kind: SegmentKind,
    seconds: u16,
    rep: u16,
    reps: u16,
    side: Option<Side>,
    cue: String,
) -> Segment {
    Segment {
        kind,
        seconds,
        rep,
        reps,
        side,
        cue,
    }
}

fn ready_cue(side: Option<Side>) -> String {
    tr_with(
        "guide-cue-ready",
        &args([("side", side.map_or("none", Side::key).into())]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn say(locale: Locale, id: &str, a: &i18n::FluentArgs) -> String {
        tr_in(locale, id, Some(a))
    }

    #[test]
    fn step_labels_and_cues_read_whole_in_both_languages() {
        let label = |locale, side: &str, set: u16| {
            say(
                locale,
                "guide-step-label",
                &args([
                    ("side", side.into()),
                    ("set", set.into()),
                    ("sets", 2.into()),
                ]),
            )
        };
        assert_eq!(label(Locale::En, "left", 1), "Left side, set 1 of 2");
        assert_eq!(label(Locale::En, "right", 0), "Right side");
        assert_eq!(label(Locale::En, "none", 2), "Set 2 of 2");
        assert_eq!(label(Locale::De, "left", 1), "Linke Seite, Satz 1 von 2");
        assert_eq!(label(Locale::De, "right", 0), "Rechte Seite");
        let unsuitable = |locale, changes: &str| {
            say(
                locale,
                "guide-routine-unsuitable",
                &args([
                    ("suitable", 2.into()),
                    ("exercises", 5.into()),
                    ("changes", changes.into()),
                ]),
            )
        };
        assert!(unsuitable(Locale::En, "listed").starts_with(
            "Only 2 of this routine's 5 exercises suit you (see the changes listed), so"
        ));
        assert!(unsuitable(Locale::En, "none")
            .starts_with("Only 2 of this routine's 5 exercises suit you, so it is not suggested."));
        assert!(unsuitable(Locale::De, "none")
            .starts_with("Nur 2 der 5 Übungen dieser Folge passen zu Ihnen, daher"));
    }

    #[test]
    fn a_condition_reads_in_running_german_text() {
        assert_eq!(
            condition_words_in(Locale::De, Condition::DiscHerniation),
            "einem Bandscheibenvorfall"
        );
        assert_eq!(
            condition_words_in(Locale::En, Condition::CompressionFracture),
            "a compression fracture"
        );
        for c in [
            Condition::DiscHerniation,
            Condition::Sciatica,
            Condition::Arthritis,
            Condition::Stenosis,
            Condition::Osteoporosis,
            Condition::PelvicAlignment,
            Condition::Spondylolisthesis,
            Condition::CompressionFracture,
        ] {
            // Each condition has its own words, not the fallback variant's.
            let en = condition_words_in(Locale::En, c);
            let de = condition_words_in(Locale::De, c);
            assert!(
                c == Condition::CompressionFracture
                    || (en != "a compression fracture"
                        && de != "einem Kompressionsbruch eines Wirbels"),
                "{c:?} falls back: {en} / {de}"
            );
        }
    }
}
