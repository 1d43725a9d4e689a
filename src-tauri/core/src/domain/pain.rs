//! A pain entry: how much, where, what it felt like, and the signs the red-flag rules read.

use super::limits::*;
use crate::error::{CoreError, CoreResult};
use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Region {
    LowerBackCentre,
    LowerBackLeft,
    LowerBackRight,
    ButtockLeft,
    ButtockRight,
    HipLeft,
    HipRight,
    ThighLeft,
    ThighRight,
    BelowKneeLeft,
    BelowKneeRight,
}

impl Region {
    pub const ALL: [Region; 11] = [
        Region::LowerBackCentre,
        Region::LowerBackLeft,
        Region::LowerBackRight,
        Region::ButtockLeft,
        Region::ButtockRight,
        Region::HipLeft,
        Region::HipRight,
        Region::ThighLeft,
        Region::ThighRight,
        Region::BelowKneeLeft,
        Region::BelowKneeRight,
    ];

    pub fn is_below_knee(self) -> bool {
        matches!(self, Region::BelowKneeLeft | Region::BelowKneeRight)
    }

    pub fn label(self) -> &'static str {
        match self {
            Region::LowerBackCentre => "lower back (centre)",
            Region::LowerBackLeft => "lower back (left)",
            Region::LowerBackRight => "lower back (right)",
            Region::ButtockLeft => "left buttock",
            Region::ButtockRight => "right buttock",
            Region::HipLeft => "left hip",
            Region::HipRight => "right hip",
            Region::ThighLeft => "left thigh",
            Region::ThighRight => "right thigh",
            Region::BelowKneeLeft => "left leg below the knee",
            Region::BelowKneeRight => "right leg below the knee",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PainQuality {
    Aching,
    Stiff,
    Sharp,
    Stabbing,
    Burning,
    Shooting,
    Throbbing,
    Cramping,
    Electric,
}

/// When the pain began, relative to the activity it may be linked to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Onset {
    During,
    RightAfter,
    HoursLater,
    NextMorning,
    NotLinked,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LegSide {
    OneLeg,
    BothLegs,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct LegSymptoms {
    pub numbness: bool,
    pub tingling: bool,
    pub weakness: bool,
    /// Required when any symptom is ticked: one leg means "see a doctor", both legs is an emergency sign.
    pub side: Option<LegSide>,
}

impl LegSymptoms {
    pub fn any(&self) -> bool {
        self.numbness || self.tingling || self.weakness
    }
}

/// The warning-sign questions asked on every pain entry (cauda equina, infection and other
/// red-flag signs; rules/ reads them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct EmergencySigns {
    pub saddle_numbness: bool,
    pub bladder_bowel_change: bool,
    pub sexual_function_change: bool,
    pub fever: bool,
    /// Leg weakness getting worse quickly, a foot that drags or slaps (foot drop), or new
    /// trouble walking. Added with the red-flag rules; absent in older entries (= no).
    #[ts(optional, as = "Option<bool>")]
    pub leg_weakness_worsening: bool,
    /// Pain at night that does not ease with rest or a change of position.
    #[ts(optional, as = "Option<bool>")]
    pub night_pain: bool,
    /// A new lump, swelling or change in the shape of the back.
    #[ts(optional, as = "Option<bool>")]
    pub back_lump: bool,
}

impl EmergencySigns {
    pub fn any(&self) -> bool {
        self.saddle_numbness
            || self.bladder_bowel_change
            || self.sexual_function_change
            || self.fever
            || self.leg_weakness_worsening
            || self.night_pain
            || self.back_lump
    }
}

/// What the form (or a script) submits to create or replace a pain entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct PainDraft {
    pub at: DateTime<FixedOffset>,
    pub nrs: u8,
    #[serde(default)]
    pub regions: Vec<Region>,
    #[serde(default)]
    pub qualities: Vec<PainQuality>,
    #[serde(default)]
    pub onset: Option<Onset>,
    #[serde(default)]
    pub interference_daily: Option<u8>,
    #[serde(default)]
    pub interference_intimacy: Option<u8>,
    #[serde(default)]
    pub leg: LegSymptoms,
    #[serde(default)]
    pub emergency: EmergencySigns,
    /// The activity this pain followed, as confirmed by the user.
    #[serde(default)]
    pub activity_id: Option<Uuid>,
    #[serde(default)]
    pub notes: String,
}

impl PainDraft {
    /// Checks every field; returns the draft with duplicate list items removed.
    pub fn validate(mut self, now: DateTime<Utc>) -> CoreResult<Self> {
        check_timestamp("at", &self.at, now)?;
        if self.nrs > 10 {
            return Err(CoreError::validation(
                "nrs",
                format!("pain must be between 0 and 10 (got {})", self.nrs),
            ));
        }
        check_optional_score("interference_daily", self.interference_daily)?;
        check_optional_score("interference_intimacy", self.interference_intimacy)?;
        check_list_len("regions", &self.regions)?;
        check_list_len("qualities", &self.qualities)?;
        self.regions = dedup_keep_order(&self.regions);
        self.qualities = dedup_keep_order(&self.qualities);
        if self.leg.any() && self.leg.side.is_none() {
            return Err(CoreError::validation(
                "leg.side",
                "say whether the leg symptoms are in one leg or both",
            ));
        }
        if !self.leg.any() {
            self.leg.side = None;
        }
        check_text("notes", &self.notes, NOTES_MAX_CHARS)?;
        Ok(self)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PainEntry {
    pub id: Uuid,
    #[serde(flatten)]
    pub draft: PainDraft,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}
