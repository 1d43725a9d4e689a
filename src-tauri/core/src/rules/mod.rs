//! Red-flag rules: when the journal shows a sign that means "get care", and how soon.
//!
//! Invariant: every rule is data (id, tier, plain-language title, what to do, threshold,
//! the reason for that threshold, sources) plus one small pure predicate over a bounded
//! recent window of the journal, the profile and `now`. `evaluate` never reads the clock
//! or the database, so the same journal and time always give the same findings. Rules say
//! *when* to get care; they never name a diagnosis.
//!
//! Persistence (the `alert` table, acknowledgement and re-raising) lives in `alerts.rs`;
//! docs/red-flags.md is rendered from the same data by `docs.rs`.

mod alerts;
mod catalogue;
mod detail;
mod docs;
mod snapshot;

pub use alerts::*;
pub use catalogue::*;
pub use detail::{render_stored, Arg, Detail, Message};
pub use docs::render_markdown;
pub use snapshot::*;
// How soon, and what happened to an alert, are plain values: the domain crate owns them, so
// the labels can name them without importing the rules.
pub use crate::domain::{AlertEventKind, Tier};

use crate::domain::{EntryKind, Profile};
use crate::i18n::{self, Locale};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// Stable identifier of a rule; stored in the database and printed by the CLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RuleId {
    SaddleNumbness,
    BladderBowelChange,
    SexualFunctionChange,
    BothLegs,
    LegWeaknessWorsening,
    Fever,
    InfectionRisk,
    CancerHistory,
    WeightLoss,
    Trauma,
    NightPain,
    BackLump,
    SeverePain,
    PersistingPain,
    NotImproving,
    OneLegSymptoms,
    ConditionWorsening,
    HighInterference,
    AgeAtOnset,
    PainBelowKneeWithMovement,
    ExerciseSeverePain,
}

impl RuleId {
    pub fn as_str(self) -> &'static str {
        match self {
            RuleId::SaddleNumbness => "saddle_numbness",
            RuleId::BladderBowelChange => "bladder_bowel_change",
            RuleId::SexualFunctionChange => "sexual_function_change",
            RuleId::BothLegs => "both_legs",
            RuleId::LegWeaknessWorsening => "leg_weakness_worsening",
            RuleId::Fever => "fever",
            RuleId::InfectionRisk => "infection_risk",
            RuleId::CancerHistory => "cancer_history",
            RuleId::WeightLoss => "weight_loss",
            RuleId::Trauma => "trauma",
            RuleId::NightPain => "night_pain",
            RuleId::BackLump => "back_lump",
            RuleId::SeverePain => "severe_pain",
            RuleId::PersistingPain => "persisting_pain",
            RuleId::NotImproving => "not_improving",
            RuleId::OneLegSymptoms => "one_leg_symptoms",
            RuleId::ConditionWorsening => "condition_worsening",
            RuleId::HighInterference => "high_interference",
            RuleId::AgeAtOnset => "age_at_onset",
            RuleId::PainBelowKneeWithMovement => "pain_below_knee_with_movement",
            RuleId::ExerciseSeverePain => "exercise_severe_pain",
        }
    }

    /// The rule with this stored name, if this version knows it.
    pub fn parse(text: &str) -> Option<RuleId> {
        RULES.iter().map(|r| r.id).find(|id| id.as_str() == text)
    }

    /// The rule's data.
    pub fn rule(self) -> &'static RedFlagRule {
        RULES
            .iter()
            .find(|r| r.id == self)
            .expect("every RuleId has an entry in RULES (checked by a test)")
    }
}

/// When a rule that already has an alert counts as raised again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ReRaise {
    /// Every entry with the sign that was not seen before raises it again (a sign logged
    /// again is news, even after acknowledging the first one).
    OnEveryNewEntry,
    /// A new episode (no evidence shared with the last evaluation) or a worse measure
    /// (higher pain, larger rise) raises it again; more entries of the same episode do not,
    /// so an acknowledged alert does not nag every day.
    OnNewEpisodeOrWorse,
}

/// One journal entry an alert rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EvidenceRef {
    pub kind: EntryKind,
    pub id: Uuid,
}

impl EvidenceRef {
    pub fn pain(id: Uuid) -> Self {
        EvidenceRef {
            kind: EntryKind::Pain,
            id,
        }
    }
    pub fn activity(id: Uuid) -> Self {
        EvidenceRef {
            kind: EntryKind::Activity,
            id,
        }
    }
}

/// What a predicate reports when its rule fires.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Newest first, at most `EVIDENCE_MAX`.
    pub evidence: Vec<EvidenceRef>,
    /// A rule-specific measure where larger is worse (highest pain, size of a rise); 0 when
    /// the rule has no such measure.
    pub severity: i64,
    /// The measured facts (numbers and dates, never the user's notes), written in the
    /// language in use when read.
    pub detail: Detail,
}

/// Most evidence entries kept per alert (newest first).
pub const EVIDENCE_MAX: usize = 20;

/// A rule that fired on the journal as it is now.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: RuleId,
    pub tier: Tier,
    pub evidence: Vec<EvidenceRef>,
    pub severity: i64,
    pub detail: Detail,
}

/// What a predicate sees.
pub struct Context<'a> {
    pub journal: &'a JournalSnapshot,
    pub profile: &'a Profile,
    pub now: DateTime<Utc>,
}

/// A red-flag rule: data for people (and docs/red-flags.md) plus a pure predicate. Its words
/// (title, meaning, what to do, threshold, reason) are Fluent messages
/// `red-flag-<id>-<part>` in `assets/locales/<lang>/red-flags.ftl`, so every language has
/// them; the sources stay here, untranslated.
pub struct RedFlagRule {
    pub id: RuleId,
    pub tier: Tier,
    pub sources: &'static [&'static str],
    /// How many days back the rule looks (its bounded window).
    pub window_days: i64,
    /// Whether the rule reads the profile (a profile change can then resolve it).
    pub uses_profile: bool,
    pub reraise: ReRaise,
    pub check: fn(&Context) -> Option<Hit>,
}

/// One of a rule's texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleText {
    /// Plain-language name of the sign, as the person would say it.
    Title,
    /// Why it matters, calmly, without naming a diagnosis.
    Meaning,
    /// What to do now.
    WhatToDo,
    /// The measurable threshold, in words.
    Threshold,
    /// Why that threshold.
    Reason,
}

impl RuleText {
    pub const ALL: [RuleText; 5] = [
        RuleText::Title,
        RuleText::Meaning,
        RuleText::WhatToDo,
        RuleText::Threshold,
        RuleText::Reason,
    ];

    fn id_part(self) -> &'static str {
        match self {
            RuleText::Title => "title",
            RuleText::Meaning => "meaning",
            RuleText::WhatToDo => "what-to-do",
            RuleText::Threshold => "threshold",
            RuleText::Reason => "reason",
        }
    }
}

impl RedFlagRule {
    /// The Fluent id of one of this rule's texts.
    pub fn message_id(&self, part: RuleText) -> String {
        format!("red-flag-{}-{}", self.id.as_str(), part.id_part())
    }

    /// One of this rule's texts in `locale`.
    pub fn text_in(&self, locale: Locale, part: RuleText) -> String {
        i18n::tr_in(locale, &self.message_id(part), None)
    }

    /// The sign's name in the language in use.
    pub fn title(&self) -> String {
        self.text_in(i18n::current(), RuleText::Title)
    }

    /// What to do now, in the language in use.
    pub fn what_to_do(&self) -> String {
        self.text_in(i18n::current(), RuleText::WhatToDo)
    }

    /// The rule for the UI and CLI, in the language in use.
    pub fn info(&self) -> RuleInfo {
        self.info_in(i18n::current())
    }

    /// The rule for the UI and CLI, in `locale`.
    pub fn info_in(&self, locale: Locale) -> RuleInfo {
        RuleInfo {
            id: self.id,
            tier: self.tier,
            title: self.text_in(locale, RuleText::Title),
            meaning: self.text_in(locale, RuleText::Meaning),
            what_to_do: self.text_in(locale, RuleText::WhatToDo),
            threshold: self.text_in(locale, RuleText::Threshold),
            reason: self.text_in(locale, RuleText::Reason),
            sources: self.sources.iter().map(|s| s.to_string()).collect(),
            window_days: self.window_days as u32,
            reraise: self.reraise,
        }
    }
}

/// A rule as the UI and CLI see it (no predicate).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RuleInfo {
    pub id: RuleId,
    pub tier: Tier,
    pub title: String,
    pub meaning: String,
    pub what_to_do: String,
    pub threshold: String,
    pub reason: String,
    pub sources: Vec<String>,
    pub window_days: u32,
    pub reraise: ReRaise,
}

/// Every rule, most urgent first.
pub fn rule_infos() -> Vec<RuleInfo> {
    RULES.iter().map(RedFlagRule::info).collect()
}

/// Runs every rule over the snapshot. Pure: no clock, no database.
pub fn evaluate(journal: &JournalSnapshot, profile: &Profile, now: DateTime<Utc>) -> Vec<Finding> {
    let ctx = Context {
        journal,
        profile,
        now,
    };
    RULES
        .iter()
        .filter_map(|rule| {
            (rule.check)(&ctx).map(|hit| Finding {
                rule: rule.id,
                tier: rule.tier,
                evidence: hit.evidence,
                severity: hit.severity,
                detail: hit.detail,
            })
        })
        .collect()
}

/// The thresholds the UI needs, as TypeScript, so the screens use the rules' numbers
/// instead of their own copies (one constant, one owner). Written to the bindings folder by
/// a test during `cargo test`, like the ts-rs types.
pub fn thresholds_typescript() -> String {
    format!(
        "// Generated from src-tauri/core/src/rules/catalogue.rs during `cargo test`. Do not edit.\n\n\
/** Pain at or above this (0-10) is \"severe\" everywhere in Backstory (Boonstra 2016). */\n\
export const SEVERE_NRS = {SEVERE_NRS};\n\
/** Interference at or above this (0-10) counts as high. */\n\
export const HIGH_INTERFERENCE = {HIGH_INTERFERENCE};\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_bindings_thresholds() {
        let Ok(dir) = std::env::var("TS_RS_EXPORT_DIR") else {
            return;
        };
        let path = std::path::Path::new(&dir).join("thresholds.ts");
        let text = thresholds_typescript();
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, text).expect("write the thresholds binding");
        }
    }

    #[test]
    fn every_rule_id_has_exactly_one_rule_and_a_stable_name() {
        let all = [
            RuleId::SaddleNumbness,
            RuleId::BladderBowelChange,
            RuleId::SexualFunctionChange,
            RuleId::BothLegs,
            RuleId::LegWeaknessWorsening,
            RuleId::Fever,
            RuleId::InfectionRisk,
            RuleId::CancerHistory,
            RuleId::WeightLoss,
            RuleId::Trauma,
            RuleId::NightPain,
            RuleId::BackLump,
            RuleId::SeverePain,
            RuleId::PersistingPain,
            RuleId::NotImproving,
            RuleId::OneLegSymptoms,
            RuleId::ConditionWorsening,
            RuleId::HighInterference,
            RuleId::AgeAtOnset,
            RuleId::PainBelowKneeWithMovement,
            RuleId::ExerciseSeverePain,
        ];
        assert_eq!(RULES.len(), all.len(), "one rule per RuleId");
        for id in all {
            assert_eq!(
                RULES.iter().filter(|r| r.id == id).count(),
                1,
                "{id:?} must appear exactly once in RULES"
            );
            let serde_name = serde_json::to_value(id).unwrap();
            assert_eq!(serde_name, id.as_str(), "as_str must match the serde name");
            assert_eq!(RuleId::parse(id.as_str()), Some(id));
        }
        for tier in Tier::ALL {
            assert_eq!(serde_json::to_value(tier).unwrap(), tier.as_str());
        }
    }

    #[test]
    fn rules_are_listed_most_urgent_first_and_fully_documented() {
        for pair in RULES.windows(2) {
            assert!(
                pair[0].tier <= pair[1].tier,
                "{:?} must come before {:?}",
                pair[0].id,
                pair[1].id
            );
        }
        for rule in RULES {
            for locale in Locale::CHOOSABLE {
                for part in RuleText::ALL {
                    let id = rule.message_id(part);
                    assert!(
                        i18n::has(locale, &id),
                        "{:?} needs {id} in {locale:?} (assets/locales/*/red-flags.ftl)",
                        rule.id
                    );
                    assert!(
                        !rule.text_in(locale, part).trim().is_empty(),
                        "{id} is empty in {locale:?}"
                    );
                }
            }
            assert!(!rule.sources.is_empty(), "{:?} must name a source", rule.id);
            assert!(
                rule.window_days > 0 && rule.window_days <= DAY_LOG_DAYS,
                "{:?}: window must fit in the snapshot's day log",
                rule.id
            );
            let never_a_diagnosis: [(Locale, &[&str]); 2] = [
                (
                    Locale::En,
                    &[
                        "diagnos",
                        "you have cauda",
                        "this means you have",
                        "you have an infection",
                        "you have cancer",
                    ],
                ),
                (
                    Locale::De,
                    &[
                        "diagnos",
                        "sie haben ein cauda",
                        "das bedeutet, dass sie",
                        "sie haben eine infektion",
                        "sie haben krebs",
                    ],
                ),
            ];
            for (locale, words) in never_a_diagnosis {
                let info = rule.info_in(locale);
                let lower = format!("{} {}", info.meaning, info.what_to_do).to_lowercase();
                for word in words {
                    assert!(
                        !lower.contains(word),
                        "{:?} ({locale:?}): copy must not read as a diagnosis ({word})",
                        rule.id
                    );
                }
            }
        }
    }

    #[test]
    fn a_rule_speaks_the_language_asked_for() {
        let saddle = RuleId::SaddleNumbness.rule();
        let en = saddle.info_in(Locale::En);
        let de = saddle.info_in(Locale::De);
        assert_eq!(en.title, "Numbness or tingling in the saddle area");
        assert_eq!(de.title, "Taubheit oder Kribbeln im Reithosenbereich");
        assert!(de.what_to_do.contains("112") && de.what_to_do.contains("Notaufnahme"));
        assert_eq!(de.sources, en.sources, "sources stay as cited");
        for rule in RULES {
            let (en, de) = (rule.info_in(Locale::En), rule.info_in(Locale::De));
            for (part, a, b) in [
                ("title", &en.title, &de.title),
                ("meaning", &en.meaning, &de.meaning),
                ("what_to_do", &en.what_to_do, &de.what_to_do),
            ] {
                assert_ne!(a, b, "{:?} {part} is not translated", rule.id);
            }
        }
    }
}
