//! The user's profile: conditions, movement-intolerance profile and the history items the
//! red-flag rules need. One per journal.

use super::limits::*;
use crate::error::CoreResult;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Condition {
    DiscHerniation,
    Sciatica,
    Arthritis,
    Stenosis,
    Osteoporosis,
    PelvicAlignment,
    Spondylolisthesis,
    /// A vertebral compression fracture (the guide avoids loaded bending and twisting).
    CompressionFracture,
}

/// Which direction of spine movement tends to provoke pain (directional preference).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum MovementProfile {
    Flexion,
    Extension,
    Mixed,
    #[default]
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AgeBand {
    Under20,
    From20To34,
    From35To49,
    From50To64,
    From65,
}

/// History items the urgent red-flag rules read; all default to "no".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct MedicalHistory {
    pub cancer_history: bool,
    pub immunosuppressed: bool,
    pub iv_drug_use: bool,
    pub long_term_steroids: bool,
    pub recent_infection: bool,
    pub unexplained_weight_loss: bool,
    pub recent_trauma: bool,
    /// When this episode of back pain started, if the user knows.
    pub episode_started: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct Profile {
    pub conditions: Vec<Condition>,
    pub movement_profile: MovementProfile,
    pub age_band: Option<AgeBand>,
    pub history: MedicalHistory,
    /// How the user wants to be addressed on screen; optional.
    pub display_name: String,
}

impl Profile {
    pub fn validate(mut self) -> CoreResult<Self> {
        check_list_len("conditions", &self.conditions)?;
        self.conditions = dedup_keep_order(&self.conditions);
        check_text("display_name", &self.display_name, LABEL_MAX_CHARS)?;
        Ok(self)
    }

    pub fn has(&self, condition: Condition) -> bool {
        self.conditions.contains(&condition)
    }
}
