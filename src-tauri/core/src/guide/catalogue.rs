//! The exercise catalogue, routines, core programme, stress tools and their sources, all
//! compiled in from assets/catalogue/*.json, their words from the Fluent files
//! (`assets/locales/<lang>/catalogue.ftl`, see content_text.rs) in the language in use. Invariant (checked by `problems`, which the
//! catalogue test runs): ids are unique, every item names known sources, every routine step
//! names a known exercise, doses are within sane bounds and every item has 3-5 steps.

use super::content_text;
use crate::domain::{ActivityKind, Condition, MovementProfile, Profile};
use crate::i18n::{self, Locale};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::OnceLock;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub year: u16,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ExerciseKind {
    Stretch,
    Core,
}

/// The spine movement an item asks for; used to hide items that do not suit a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Movement {
    Flexion,
    Extension,
    Rotation,
    Neutral,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Sides {
    /// Both sides at once, or no sides at all.
    None,
    /// All reps on one side, then all on the other.
    Each,
    /// Reps alternate left and right; `reps` counts both.
    Alternating,
}

/// How much of an exercise to do. Exactly one of `hold_s`, `tempo_s` or `minutes` is set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Dose {
    /// Each repetition is a hold of this many seconds.
    #[serde(default)]
    pub hold_s: Option<u16>,
    /// Each repetition is a movement taking about this many seconds.
    #[serde(default)]
    pub tempo_s: Option<u16>,
    /// A continuous activity of this many minutes (walking).
    #[serde(default)]
    pub minutes: Option<u16>,
    pub reps: u16,
    pub sets: u16,
    pub sides: Sides,
    /// Pause between holds.
    pub relax_s: u16,
    /// Pause between sets.
    pub rest_s: u16,
}

/// The fields a routine step may change in an exercise's dose.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct DoseChange {
    pub hold_s: Option<u16>,
    pub tempo_s: Option<u16>,
    pub reps: Option<u16>,
    pub sets: Option<u16>,
    pub relax_s: Option<u16>,
    pub rest_s: Option<u16>,
}

impl Dose {
    pub fn with(&self, change: &DoseChange) -> Dose {
        Dose {
            hold_s: change.hold_s.or(self.hold_s),
            tempo_s: change.tempo_s.or(self.tempo_s),
            minutes: self.minutes,
            reps: change.reps.unwrap_or(self.reps),
            sets: change.sets.unwrap_or(self.sets),
            sides: self.sides,
            relax_s: change.relax_s.unwrap_or(self.relax_s),
            rest_s: change.rest_s.unwrap_or(self.rest_s),
        }
    }

    /// A short human summary in the language in use, e.g. "hold 20 s, 2 times each side".
    pub fn describe(&self) -> String {
        self.describe_in(i18n::current())
    }

    /// A short human summary in `locale`.
    pub fn describe_in(&self, locale: Locale) -> String {
        let sides = match self.sides {
            Sides::None => "none",
            Sides::Each => "each",
            Sides::Alternating => "alternating",
        };
        if let Some(m) = self.minutes {
            let minutes = i18n::args([("minutes", m.into())]);
            return i18n::tr_in(locale, "guide-dose-minutes", Some(&minutes));
        }
        let words = i18n::args([
            ("hold", self.hold_s.unwrap_or(0).into()),
            ("reps", self.reps.into()),
            ("sides", sides.into()),
            ("sets", self.sets.into()),
        ]);
        match self.hold_s {
            Some(_) if self.reps == 1 => i18n::tr_in(locale, "guide-dose-hold-once", Some(&words)),
            Some(_) => i18n::tr_in(locale, "guide-dose-hold-times", Some(&words)),
            None => i18n::tr_in(locale, "guide-dose-repetitions", Some(&words)),
        }
    }

    /// Problems with this dose, if any (used by the catalogue check).
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let set = [
            self.hold_s.is_some(),
            self.tempo_s.is_some(),
            self.minutes.is_some(),
        ];
        if set.iter().filter(|b| **b).count() != 1 {
            out.push("exactly one of hold_s, tempo_s, minutes must be set".to_string());
        }
        let mut range = |name: &str, value: Option<u16>, lo: u16, hi: u16| {
            if let Some(v) = value {
                if !(lo..=hi).contains(&v) {
                    out.push(format!("{name} {v} is outside {lo}-{hi}"));
                }
            }
        };
        range("hold_s", self.hold_s, 3, 120);
        range("tempo_s", self.tempo_s, 2, 12);
        range("minutes", self.minutes, 1, 60);
        range("reps", Some(self.reps), 1, 20);
        range("sets", Some(self.sets), 1, 3);
        range("relax_s", Some(self.relax_s), 0, 30);
        range("rest_s", Some(self.rest_s), 0, 90);
        out
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Exercise {
    pub id: String,
    pub name: String,
    pub kind: ExerciseKind,
    pub target: String,
    pub steps: Vec<String>,
    pub dose: Dose,
    pub cautions: Vec<String>,
    /// Every spine movement the item asks of the lower back (checked item by item in issue 12).
    pub loads: Vec<Movement>,
    /// Stretches that can provoke nerve pain down the leg: left out after pain below the knee.
    pub leg_caution: bool,
    /// Pulls on the sciatic nerve (a straight-leg raise): left out with sciatica or a disc
    /// herniation, whatever the movement profile.
    pub neural_tension: bool,
    /// Conditions that leave this item out beyond what its movements say (e.g. the curl-up's
    /// small upper-back bend with osteoporosis).
    pub avoid_with: Vec<Condition>,
    /// Why the item carries these tags, in words: the lesson for the next person editing it.
    pub safety: String,
    #[serde(default)]
    pub easier: Option<String>,
    #[serde(default)]
    pub harder: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct RoutineStep {
    pub exercise: String,
    #[serde(default)]
    pub dose: DoseChange,
    /// Used in order when `exercise` does not suit the user's profile.
    #[serde(default)]
    pub alternatives: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Routine {
    pub id: String,
    pub name: String,
    /// The activity kind logged when the routine is done (stretching or core_session).
    pub kind: ActivityKind,
    pub summary: String,
    pub when: String,
    pub cautions: Vec<String>,
    /// Movements no step of this routine may load (the morning routine: flexion).
    pub avoid_loads: Vec<Movement>,
    pub sources: Vec<String>,
    pub steps: Vec<RoutineStep>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ProgrammeLevel {
    pub level: u8,
    pub routine: String,
    /// Sessions at this level before moving up; none at the top level.
    pub sessions_to_advance: Option<u16>,
}

/// The numbers behind moving up and down a level (see programme.rs).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ProgrammeRules {
    /// Sessions older than this do not count toward moving up.
    pub window_days: u16,
    /// At least this many days at a level before moving up.
    pub min_days_at_level: u16,
    /// Average pain of the last `compare_days` days is compared with the `compare_days` before.
    pub compare_days: u16,
    pub worse_points: u8,
    pub worse_percent: u8,
    pub hurt_sessions_to_step_down: u8,
    pub hurt_of_last_sessions: u8,
    /// A session counts as having hurt when linked pain reached this level.
    pub hurt_nrs: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct RulesText {
    pub up: String,
    pub down: String,
    pub stay: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Programme {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub sources: Vec<String>,
    pub levels: Vec<ProgrammeLevel>,
    pub rules: ProgrammeRules,
    pub rules_text: RulesText,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum StressToolKind {
    /// A repeating cycle of breathing phases with a visual pacer.
    Breathing,
    /// Prompts shown one after another, each with a timer.
    Guided,
    /// Text to read; the user marks it done.
    Suggestion,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BreathPhaseKind {
    In,
    Hold,
    Out,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct BreathPhase {
    pub kind: BreathPhaseKind,
    pub label: String,
    pub seconds: u16,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct GuidedPrompt {
    pub text: String,
    pub seconds: u16,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct StressTool {
    pub id: String,
    pub name: String,
    pub kind: StressToolKind,
    pub summary: String,
    pub steps: Vec<String>,
    pub phases: Vec<BreathPhase>,
    pub prompts: Vec<GuidedPrompt>,
    pub default_minutes: u16,
    pub sources: Vec<String>,
}

/// Everything in the guide except positions (positions.rs), as one value for the UI.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Catalogue {
    pub sources: Vec<Source>,
    pub exercises: Vec<Exercise>,
    pub routines: Vec<Routine>,
    pub programme: Programme,
    pub stress_tools: Vec<StressTool>,
}

#[derive(Deserialize)]
struct SourcesFile {
    sources: Vec<Source>,
}
#[derive(Deserialize)]
struct ExercisesFile {
    exercises: Vec<Exercise>,
}
#[derive(Deserialize)]
struct RoutinesFile {
    routines: Vec<Routine>,
}
#[derive(Deserialize)]
struct StressFile {
    tools: Vec<StressTool>,
}

/// Parses the bundled catalogue files, with their words in `locale` (content_text.rs); an
/// error names the file and the field. `used` collects the Fluent ids the words came from.
pub fn parse_catalogue(
    sources: &str,
    exercises: &str,
    routines: &str,
    programme: &str,
    stress: &str,
    locale: Locale,
    used: &mut Vec<String>,
) -> Result<Catalogue, String> {
    fn parse<T: serde::de::DeserializeOwned>(
        name: &str,
        text: &str,
        fill: impl FnOnce(&mut serde_json::Value),
    ) -> Result<T, String> {
        let mut value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| format!("{name}: {e}"))?;
        fill(&mut value);
        serde_path_to_error::deserialize(value)
            .map_err(|e| format!("{name}: {} ({})", e.inner(), e.path()))
    }
    Ok(Catalogue {
        sources: parse::<SourcesFile>("sources.json", sources, |_| {})?.sources,
        exercises: parse::<ExercisesFile>("exercises.json", exercises, |v| {
            content_text::fill_list(v, "exercises", "exercise", locale, used)
        })?
        .exercises,
        routines: parse::<RoutinesFile>("routines.json", routines, |v| {
            content_text::fill_list(v, "routines", "routine", locale, used)
        })?
        .routines,
        programme: parse("programme.json", programme, |v| {
            content_text::fill(v, "programme", locale, used)
        })?,
        stress_tools: parse::<StressFile>("stress.json", stress, |v| {
            content_text::fill_list(v, "tools", "stress", locale, used)
        })?
        .tools,
    })
}

/// The bundled catalogue in `locale`, with the Fluent ids its words came from. Panics only
/// if the compiled-in JSON is invalid, which the catalogue test rules out before anything
/// ships.
pub fn catalogue_with_text_ids(locale: Locale) -> (Catalogue, Vec<String>) {
    let mut used = Vec::new();
    let catalogue = parse_catalogue(
        &crate::i18n::bundled_content("catalogue/sources.json"),
        &crate::i18n::bundled_content("catalogue/exercises.json"),
        &crate::i18n::bundled_content("catalogue/routines.json"),
        &crate::i18n::bundled_content("catalogue/programme.json"),
        &crate::i18n::bundled_content("catalogue/stress.json"),
        locale,
        &mut used,
    )
    .expect("assets/catalogue is valid (checked by the catalogue test)");
    (catalogue, used)
}

/// The bundled catalogue in `locale`, built once per language.
pub fn catalogue_in(locale: Locale) -> &'static Catalogue {
    static CATALOGUES: [OnceLock<Catalogue>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    CATALOGUES[content_text::slot(locale)].get_or_init(|| catalogue_with_text_ids(locale).0)
}

/// The bundled catalogue in the language in use (asked at each call, so a change of
/// language in Settings shows at the next request).
pub fn catalogue() -> &'static Catalogue {
    catalogue_in(i18n::current())
}

impl Catalogue {
    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    pub fn routine(&self, id: &str) -> Option<&Routine> {
        self.routines.iter().find(|r| r.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn stress_tool(&self, id: &str) -> Option<&StressTool> {
        self.stress_tools.iter().find(|t| t.id == id)
    }

    pub fn level(&self, level: u8) -> Option<&ProgrammeLevel> {
        self.programme.levels.iter().find(|l| l.level == level)
    }

    pub fn top_level(&self) -> u8 {
        self.programme
            .levels
            .iter()
            .map(|l| l.level)
            .max()
            .unwrap_or(1)
    }

    /// Every problem found in the catalogue; empty when it is consistent.
    pub fn problems(&self, has_illustration: impl Fn(&str) -> bool) -> Vec<String> {
        let mut out = Vec::new();
        let source_ids: HashSet<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        if source_ids.len() != self.sources.len() {
            out.push("source ids are not unique".into());
        }
        let check_sources = |what: &str, sources: &[String], out: &mut Vec<String>| {
            if sources.is_empty() {
                out.push(format!("{what}: names no source"));
            }
            for s in sources {
                if !source_ids.contains(s.as_str()) {
                    out.push(format!("{what}: unknown source {s}"));
                }
            }
        };
        let mut ids = HashSet::new();
        for e in &self.exercises {
            let what = format!("exercise {}", e.id);
            if !ids.insert(e.id.as_str()) {
                out.push(format!("{what}: duplicate id"));
            }
            if !(3..=5).contains(&e.steps.len()) {
                out.push(format!("{what}: has {} steps, expected 3-5", e.steps.len()));
            }
            if e.steps
                .iter()
                .chain([&e.name, &e.target])
                .any(|s| s.trim().is_empty())
            {
                out.push(format!("{what}: empty text"));
            }
            if e.loads.is_empty() {
                out.push(format!("{what}: says no movement it loads"));
            }
            if e.loads.contains(&Movement::Neutral) && e.loads.len() > 1 {
                out.push(format!(
                    "{what}: neutral cannot be listed with another movement"
                ));
            }
            if e.safety.trim().is_empty() {
                out.push(format!(
                    "{what}: says nothing about why it carries its tags (safety)"
                ));
            }
            if e.neural_tension && !e.leg_caution {
                out.push(format!(
                    "{what}: an item that pulls on the nerve must also carry leg_caution"
                ));
            }
            for p in e.dose.problems() {
                out.push(format!("{what}: dose {p}"));
            }
            check_sources(&what, &e.sources, &mut out);
            if !has_illustration(&e.id) {
                out.push(format!("{what}: no illustration"));
            }
            for link in e.easier.iter().chain(e.harder.iter()) {
                if self.exercise(link).is_none() {
                    out.push(format!(
                        "{what}: easier/harder names unknown exercise {link}"
                    ));
                }
            }
        }
        let mut routine_ids = HashSet::new();
        for r in &self.routines {
            let what = format!("routine {}", r.id);
            if !routine_ids.insert(r.id.as_str()) {
                out.push(format!("{what}: duplicate id"));
            }
            if !matches!(r.kind, ActivityKind::Stretching | ActivityKind::CoreSession) {
                out.push(format!("{what}: kind must be stretching or core_session"));
            }
            if r.steps.len() < 2 {
                out.push(format!("{what}: fewer than 2 steps"));
            }
            check_sources(&what, &r.sources, &mut out);
            for step in &r.steps {
                for (i, id) in std::iter::once(&step.exercise)
                    .chain(step.alternatives.iter())
                    .enumerate()
                {
                    match self.exercise(id) {
                        None => out.push(format!("{what}: unknown exercise {id}")),
                        Some(e) => {
                            // The step's dose changes apply to the main exercise only.
                            let dose = if i == 0 {
                                e.dose.with(&step.dose)
                            } else {
                                e.dose.clone()
                            };
                            for p in dose.problems() {
                                out.push(format!("{what}: step {id} dose {p}"));
                            }
                            if let Some(m) = e.loads.iter().find(|m| r.avoid_loads.contains(m)) {
                                out.push(format!(
                                    "{what}: step {id} loads {m:?}, which this routine avoids"
                                ));
                            }
                        }
                    }
                }
            }
        }
        let p = &self.programme;
        check_sources("programme", &p.sources, &mut out);
        for (i, level) in p.levels.iter().enumerate() {
            if usize::from(level.level) != i + 1 {
                out.push(format!(
                    "programme: levels must be numbered 1.. in order (found {} at {})",
                    level.level,
                    i + 1
                ));
            }
            match self.routine(&level.routine) {
                None => out.push(format!(
                    "programme level {}: unknown routine {}",
                    level.level, level.routine
                )),
                Some(r) if r.kind != ActivityKind::CoreSession => out.push(format!(
                    "programme level {}: routine is not a core session",
                    level.level
                )),
                Some(_) => {}
            }
            let last = i + 1 == p.levels.len();
            if last != level.sessions_to_advance.is_none() {
                out.push(format!(
                    "programme level {}: only the top level has no sessions_to_advance",
                    level.level
                ));
            }
        }
        if p.levels.len() != 6 {
            out.push(format!(
                "programme: expected 6 levels, found {}",
                p.levels.len()
            ));
        }
        let mut tool_ids = HashSet::new();
        for t in &self.stress_tools {
            let what = format!("stress tool {}", t.id);
            if !tool_ids.insert(t.id.as_str()) {
                out.push(format!("{what}: duplicate id"));
            }
            check_sources(&what, &t.sources, &mut out);
            let ok = match t.kind {
                StressToolKind::Breathing => {
                    !t.phases.is_empty() && t.phases.iter().all(|p| (1..=10).contains(&p.seconds))
                }
                StressToolKind::Guided => {
                    !t.prompts.is_empty()
                        && t.prompts.iter().all(|p| (5..=120).contains(&p.seconds))
                }
                StressToolKind::Suggestion => true,
            };
            if !ok || !(1..=30).contains(&t.default_minutes) {
                out.push(format!("{what}: phases, prompts or minutes out of range"));
            }
        }
        out
    }
}

/// Who leaves a movement (or nerve tension) out, and why: the rules of docs/guide-safety.md.
/// Sources: CONTENT.md section 3 (directional preference; flexion contraindicated with an
/// acute disc, compression fracture, osteoporosis), Sinaki 1984 and Too Fit To Fracture
/// (osteoporosis: no loaded bending or twisting), Sinaki 1989 (spondylolisthesis: flexion,
/// not extension, exercises), NASS 2013 (stenosis: upright extension brings symptoms on),
/// Majlesi 2008 (the straight-leg raise loads the sciatic nerve).
/// Put into words by `player::avoided_words_in`.
pub fn avoided_because(profile: &Profile, movement: Movement) -> Vec<Avoided> {
    let mp = profile.movement_profile;
    let (by_profile, conditions): (bool, &[Condition]) = match movement {
        Movement::Flexion => (
            matches!(mp, MovementProfile::Flexion | MovementProfile::Mixed),
            &[
                Condition::DiscHerniation,
                Condition::Osteoporosis,
                Condition::CompressionFracture,
            ],
        ),
        Movement::Extension => (
            matches!(mp, MovementProfile::Extension | MovementProfile::Mixed),
            &[Condition::Stenosis, Condition::Spondylolisthesis],
        ),
        Movement::Rotation => (
            false,
            &[Condition::Osteoporosis, Condition::CompressionFracture],
        ),
        Movement::Neutral => (false, &[]),
    };
    let mut out = Vec::new();
    if by_profile {
        out.push(Avoided::Profile);
    }
    out.extend(
        conditions
            .iter()
            .filter(|c| profile.has(**c))
            .map(|c| Avoided::Condition(*c)),
    );
    out
}

/// Why a movement is avoided: the movement profile says it hurts, or a condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Avoided {
    Profile,
    Condition(Condition),
}

/// The movements a profile should not be offered (see `avoided_because`): flexion for
/// flexion-intolerant or mixed profiles, a disc herniation, osteoporosis or a compression
/// fracture; extension for extension-intolerant or mixed profiles, stenosis or
/// spondylolisthesis; rotation (twisting) for osteoporosis or a compression fracture.
pub fn hidden_movements(profile: &Profile) -> Vec<Movement> {
    [Movement::Flexion, Movement::Extension, Movement::Rotation]
        .into_iter()
        .filter(|m| !avoided_because(profile, *m).is_empty())
        .collect()
}

/// Whether stretches that pull on the sciatic nerve are left out: with sciatica or a disc
/// herniation (Majlesi 2008; NYU Langone).
pub fn avoids_neural_tension(profile: &Profile) -> bool {
    profile.has(Condition::Sciatica) || profile.has(Condition::DiscHerniation)
}

/// Whether an exercise suits a profile (none of its movements is hidden).
pub fn suits(exercise: &Exercise, hidden: &[Movement]) -> bool {
    !exercise.loads.iter().any(|m| hidden.contains(m))
}
