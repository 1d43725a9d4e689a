//! A pain entry: how much, where, what it felt like, and the signs the red-flag rules read.

use super::limits::*;
use crate::error::{DomainResult, ValidationError};
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

    /// The leg a leg region is on: `Some(true)` for left, `Some(false)` for right, None for
    /// the back, buttocks and hips.
    pub fn leg_is_left(self) -> Option<bool> {
        match self {
            Region::ThighLeft | Region::BelowKneeLeft => Some(true),
            Region::ThighRight | Region::BelowKneeRight => Some(false),
            _ => None,
        }
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

impl PainQuality {
    /// Qualities typical of an irritated nerve rather than a muscle (shooting, burning,
    /// electric); leg tingling and numbness are asked separately (`LegSymptoms`).
    pub fn is_nerve_like(self) -> bool {
        matches!(
            self,
            PainQuality::Shooting | PainQuality::Burning | PainQuality::Electric
        )
    }
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

impl PainDraft {
    /// The legs this entry places nerve-like symptoms in, as (left, right): pain marked
    /// below the knee on that side, or in that thigh when the pain is shooting, burning or
    /// electric. Leg numbness or tingling marked "one leg" is placed on a side only when
    /// the entry's leg regions are all on that side (otherwise which leg is unknown).
    pub fn nerve_legs(&self) -> (bool, bool) {
        let nerve_quality = self.qualities.iter().any(|q| q.is_nerve_like());
        let mut sides = (false, false);
        let mut any_leg_region = (false, false);
        for region in &self.regions {
            let Some(left) = region.leg_is_left() else {
                continue;
            };
            let counts = region.is_below_knee() || nerve_quality;
            if left {
                any_leg_region.0 = true;
                sides.0 |= counts;
            } else {
                any_leg_region.1 = true;
                sides.1 |= counts;
            }
        }
        if (self.leg.numbness || self.leg.tingling) && any_leg_region.0 != any_leg_region.1 {
            sides.0 |= any_leg_region.0;
            sides.1 |= any_leg_region.1;
        }
        sides
    }

    /// True when the entry records symptoms in both legs at once, however recorded: the
    /// urgent "both legs" question, leg symptoms marked both legs, or nerve-like pain in
    /// both legs (`nerve_legs`).
    pub fn both_legs(&self) -> bool {
        let (left, right) = self.nerve_legs();
        self.emergency.both_legs
            || (self.leg.any() && self.leg.side == Some(LegSide::BothLegs))
            || (left && right)
    }
}

/// The warning-sign questions asked on every pain entry (cauda equina, infection and other
/// red-flag signs; rules/ reads them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct EmergencySigns {
    pub saddle_numbness: bool,
    /// New trouble passing urine or not feeling the need to (retention), leaking urine or
    /// stools (incontinence), or new constipation or loss of bowel control.
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
    /// Pain, numbness, tingling or weakness in both legs, asked beside the other urgent
    /// signs so it cannot be missed. Added with issue 12; absent in older entries (= no),
    /// and left out of exports when no, so files that do not use it read as before.
    #[serde(skip_serializing_if = "is_false")]
    #[ts(optional, as = "Option<bool>")]
    pub both_legs: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl EmergencySigns {
    /// Every sign's key as it is written in JSON (the CLI's `--sign` names). One owner, so
    /// a sign added above is known everywhere; a test checks it against the struct.
    pub const KEYS: &'static [&'static str] = &[
        "saddle_numbness",
        "bladder_bowel_change",
        "sexual_function_change",
        "fever",
        "leg_weakness_worsening",
        "night_pain",
        "back_lump",
        "both_legs",
    ];

    pub fn any(&self) -> bool {
        self.saddle_numbness
            || self.bladder_bowel_change
            || self.sexual_function_change
            || self.fever
            || self.leg_weakness_worsening
            || self.night_pain
            || self.back_lump
            || self.both_legs
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
    pub fn validate(mut self, now: DateTime<Utc>) -> DomainResult<Self> {
        check_timestamp("at", &self.at, now)?;
        if self.nrs > 10 {
            return Err(ValidationError::new(
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
            return Err(ValidationError::new(
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

#[cfg(test)]
mod sign_key_tests {
    use super::EmergencySigns;

    #[test]
    fn keys_name_every_sign_and_nothing_else() {
        let all = EmergencySigns {
            saddle_numbness: true,
            bladder_bowel_change: true,
            sexual_function_change: true,
            fever: true,
            leg_weakness_worsening: true,
            night_pain: true,
            back_lump: true,
            both_legs: true,
        };
        let value = serde_json::to_value(all).unwrap();
        let mut written: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        let mut keys = EmergencySigns::KEYS.to_vec();
        written.sort_unstable();
        keys.sort_unstable();
        assert_eq!(
            keys, written,
            "EmergencySigns::KEYS lists exactly the struct's fields"
        );
    }
}
