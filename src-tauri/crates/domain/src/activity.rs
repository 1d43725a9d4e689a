//! An activity: what the user did, and for intimacy the details that matter to the spine.

use super::limits::*;
use crate::error::{DomainResult, ValidationError};
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
                    format!("must be at most {DURATION_MAX_MIN} minutes"),
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
                        format!("unknown position \"{shown}\""),
                    ));
                }
                check_optional_score("intimacy.pain_before", details.pain_before)?;
            }
            (Some(_), _) => {
                return Err(ValidationError::new(
                    "intimacy",
                    "intimacy details belong only to an intimacy activity",
                ))
            }
            (None, ActivityKind::Intimacy) => self.intimacy = Some(IntimacyDetails::default()),
            (None, _) => {}
        }
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
