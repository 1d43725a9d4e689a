//! An activity: what the user did, and for intimacy the details that matter to the spine.

use super::limits::*;
use crate::error::{DomainResult, ValidationError};
use backstory_i18n::{args, tr, tr_with};
use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ActivityKind {
    Intimacy,
    Stretching,
    CoreSession,
    WalkingSport,
    Sitting,
    Lifting,
    StressRelief,
    /// Something done for the pain (heat, medicine, a massage...): details in `relief`.
    PainRelief,
    Other,
}

/// Which partner did most of the moving: the spine-sparing advice differs for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PartnerRole {
    Moving,
    Resting,
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Prop {
    PillowUnderLowerBack,
    PillowUnderHips,
    PillowBetweenKnees,
    Wedge,
    RolledTowel,
    BedEdge,
    Other,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct IntimacyDetails {
    /// Position ids from the positions catalogue.
    pub positions: Vec<String>,
    pub role: Option<PartnerRole>,
    pub props: Vec<Prop>,
    pub warm_up: bool,
    /// Pain (0-10) just before, so the change can be seen.
    pub pain_before: Option<u8>,
}

/// What was done for the pain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ReliefKind {
    Heat,
    Cold,
    Rest,
    Massage,
    Bath,
    Medicine,
    Tens,
    Physio,
    Other,
}

/// Longest medicine name or dose, in characters: a name and "400 mg twice", not a leaflet.
pub const MEDICINE_TEXT_MAX_CHARS: usize = 80;

/// The details of a pain-relief activity. The medicine name and dose are free text (no drug
/// database) and private like notes: a partner share leaves them out unless notes are shared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ReliefDetails {
    pub what: ReliefKind,
    /// Only for medicine.
    #[serde(default)]
    pub medicine: String,
    /// Only for medicine.
    #[serde(default)]
    pub dose: String,
    /// How much it helped, 0 (not at all) to 10 (completely); None = not answered yet
    /// (unknown, never 0).
    #[serde(default)]
    pub relief: Option<u8>,
    /// The pain entry it was done for, if the user picked one.
    #[serde(default)]
    pub for_pain_id: Option<Uuid>,
}

impl ReliefDetails {
    fn validate(mut self) -> DomainResult<Self> {
        self.medicine = self.medicine.trim().to_string();
        self.dose = self.dose.trim().to_string();
        check_text("relief.medicine", &self.medicine, MEDICINE_TEXT_MAX_CHARS)?;
        check_text("relief.dose", &self.dose, MEDICINE_TEXT_MAX_CHARS)?;
        if self.what != ReliefKind::Medicine && !(self.medicine.is_empty() && self.dose.is_empty())
        {
            return Err(ValidationError::new(
                "relief.medicine",
                tr("error-medicine-only-for-medicine"),
            ));
        }
        check_optional_score("relief.relief", self.relief)?;
        Ok(self)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ActivityDraft {
    pub at: DateTime<FixedOffset>,
    pub kind: ActivityKind,
    #[serde(default)]
    pub duration_min: Option<u16>,
    /// Only for intimacy.
    #[serde(default)]
    pub intimacy: Option<IntimacyDetails>,
    /// Catalogue ids of the stretches or exercises done (stretching and core sessions).
    #[serde(default)]
    pub exercises: Vec<String>,
    /// The guided routine this session came from, if any.
    #[serde(default)]
    pub routine_id: Option<String>,
    #[serde(default)]
    pub notes: String,
    /// Only for pain relief (and required there).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub relief: Option<ReliefDetails>,
}

/// Longest activity the form accepts: a whole day.
pub const DURATION_MAX_MIN: u16 = 24 * 60;

impl ActivityDraft {
    pub fn validate(
        mut self,
        now: DateTime<Utc>,
        known_position: impl Fn(&str) -> bool,
    ) -> DomainResult<Self> {
        check_timestamp("at", &self.at, now)?;
        if let Some(d) = self.duration_min {
            if d > DURATION_MAX_MIN {
                return Err(ValidationError::new(
                    "duration_min",
                    tr_with(
                        "error-duration-too-long",
                        &args([("max", DURATION_MAX_MIN.into())]),
                    ),
                ));
            }
        }
        match (&mut self.intimacy, self.kind) {
            (Some(details), ActivityKind::Intimacy) => {
                check_list_len("intimacy.positions", &details.positions)?;
                check_list_len("intimacy.props", &details.props)?;
                details.positions = dedup_keep_order(&details.positions);
                details.props = dedup_keep_order(&details.props);
                if let Some(unknown) = details.positions.iter().find(|p| !known_position(p)) {
                    let shown: String = unknown.chars().take(40).collect();
                    return Err(ValidationError::new(
                        "intimacy.positions",
                        tr_with(
                            "error-unknown-position",
                            &args([("position", shown.into())]),
                        ),
                    ));
                }
                check_optional_score("intimacy.pain_before", details.pain_before)?;
            }
            (Some(_), _) => {
                return Err(ValidationError::new(
                    "intimacy",
                    tr("error-intimacy-details-misplaced"),
                ))
            }
            (None, ActivityKind::Intimacy) => self.intimacy = Some(IntimacyDetails::default()),
            (None, _) => {}
        }
        self.relief = match (self.relief.take(), self.kind) {
            (Some(details), ActivityKind::PainRelief) => Some(details.validate()?),
            (Some(_), _) => {
                return Err(ValidationError::new(
                    "relief",
                    tr("error-relief-details-misplaced"),
                ))
            }
            (None, ActivityKind::PainRelief) => {
                return Err(ValidationError::new(
                    "relief",
                    tr("error-relief-details-missing"),
                ))
            }
            (None, _) => None,
        };
        check_list_len("exercises", &self.exercises)?;
        for id in self.exercises.iter().chain(self.routine_id.iter()) {
            check_text("exercises", id, LABEL_MAX_CHARS)?;
        }
        check_text("notes", &self.notes, NOTES_MAX_CHARS)?;
        Ok(self)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Activity {
    pub id: Uuid,
    #[serde(flatten)]
    pub draft: ActivityDraft,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relief_draft(relief: Option<ReliefDetails>, kind: ActivityKind) -> ActivityDraft {
        ActivityDraft {
            at: "2026-11-27T09:00:00+01:00".parse().unwrap(),
            kind,
            duration_min: None,
            intimacy: None,
            exercises: vec![],
            routine_id: None,
            notes: String::new(),
            relief,
        }
    }

    fn details(what: ReliefKind) -> ReliefDetails {
        ReliefDetails {
            what,
            medicine: String::new(),
            dose: String::new(),
            relief: None,
            for_pain_id: None,
        }
    }

    fn check(draft: ActivityDraft) -> DomainResult<ActivityDraft> {
        let now = "2026-11-28T00:00:00Z".parse().unwrap();
        draft.validate(now, |_| true)
    }

    #[test]
    fn a_relief_keeps_an_unknown_answer_unknown_and_trims_the_medicine() {
        let mut medicine = details(ReliefKind::Medicine);
        medicine.medicine = "  Paracetamol ".into();
        medicine.dose = "1 g".into();
        let saved = check(relief_draft(Some(medicine), ActivityKind::PainRelief)).unwrap();
        let relief = saved.relief.unwrap();
        assert_eq!(relief.medicine, "Paracetamol");
        assert_eq!(relief.relief, None, "unknown stays unknown");
    }

    #[test]
    fn bad_relief_input_is_refused_with_the_field_named() {
        let field = |d: ActivityDraft| check(d).unwrap_err().field;
        let mut too_high = details(ReliefKind::Heat);
        too_high.relief = Some(11);
        assert_eq!(
            field(relief_draft(Some(too_high), ActivityKind::PainRelief)),
            "relief.relief"
        );
        let mut long = details(ReliefKind::Medicine);
        long.medicine = "x".repeat(MEDICINE_TEXT_MAX_CHARS + 1);
        assert_eq!(
            field(relief_draft(Some(long), ActivityKind::PainRelief)),
            "relief.medicine"
        );
        let mut dose_on_heat = details(ReliefKind::Heat);
        dose_on_heat.dose = "2".into();
        assert_eq!(
            field(relief_draft(Some(dose_on_heat), ActivityKind::PainRelief)),
            "relief.medicine"
        );
        assert_eq!(
            field(relief_draft(None, ActivityKind::PainRelief)),
            "relief",
            "what was done is needed"
        );
        assert_eq!(
            field(relief_draft(
                Some(details(ReliefKind::Rest)),
                ActivityKind::Sitting
            )),
            "relief",
            "details only on a relief"
        );
    }
}
