//! A pain entry: how much, where, what it felt like, and the signs the red-flag rules read.

use super::limits::*;
use crate::body_map::{body_map, BodySide, RegionAsks, RegionInfo};
use crate::error::{DomainResult, ValidationError};
use backstory_i18n::{args, tr, tr_with};
use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// A body-map region. Ids never change once shipped; the side, the questions each asks
/// and the artwork are data in assets/body-map.json (`body_map`), the words in the core's
/// labels. `ThighLeft`/`ThighRight` and `BelowKneeLeft`/`BelowKneeRight` are the coarse
/// regions of journals before the map (front or back, shin or calf not recorded).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Region {
    LowerBackCentre,
    LowerBackLeft,
    LowerBackRight,
    Sacrum,
    ButtockLeft,
    ButtockRight,
    HipLeft,
    HipRight,
    GroinLeft,
    GroinRight,
    Saddle,
    Genitals,
    ThighFrontLeft,
    ThighFrontRight,
    ThighBackLeft,
    ThighBackRight,
    KneeLeft,
    KneeRight,
    ShinLeft,
    ShinRight,
    CalfLeft,
    CalfRight,
    FootLeft,
    FootRight,
    ThighLeft,
    ThighRight,
    BelowKneeLeft,
    BelowKneeRight,
}

impl Region {
    pub const ALL: [Region; 28] = [
        Region::LowerBackCentre,
        Region::LowerBackLeft,
        Region::LowerBackRight,
        Region::Sacrum,
        Region::ButtockLeft,
        Region::ButtockRight,
        Region::HipLeft,
        Region::HipRight,
        Region::GroinLeft,
        Region::GroinRight,
        Region::Saddle,
        Region::Genitals,
        Region::ThighFrontLeft,
        Region::ThighFrontRight,
        Region::ThighBackLeft,
        Region::ThighBackRight,
        Region::KneeLeft,
        Region::KneeRight,
        Region::ShinLeft,
        Region::ShinRight,
        Region::CalfLeft,
        Region::CalfRight,
        Region::FootLeft,
        Region::FootRight,
        Region::ThighLeft,
        Region::ThighRight,
        Region::BelowKneeLeft,
        Region::BelowKneeRight,
    ];

    pub fn info(self) -> &'static RegionInfo {
        body_map().region(self)
    }

    /// Below the knee (shin, calf, foot): the leg-symptom questions apply.
    pub fn is_below_knee(self) -> bool {
        self.info().asks.contains(&RegionAsks::LegSymptoms)
    }

    /// The leg a leg region is on: `Some(true)` for left, `Some(false)` for right, None for
    /// the back, buttocks, hips, groin and saddle.
    pub fn leg_is_left(self) -> Option<bool> {
        let info = self.info();
        if !info.asks.contains(&RegionAsks::BothLegs) {
            return None;
        }
        match info.side {
            BodySide::Left => Some(true),
            BodySide::Right => Some(false),
            BodySide::Centre => None,
        }
    }

    /// Numbness or pins and needles here opens the emergency saddle-numbness question.
    pub fn is_saddle(self) -> bool {
        self.info().asks.contains(&RegionAsks::SaddleNumbness)
    }
}

/// A snake_case enum value's key (`buttock_left`).
fn key<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn from_key<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(text.trim().to_string())).ok()
}

/// One region of a pain entry: where, how much there (0-10; None when not given, as in
/// entries converted from a plain list whose entry had no score) and what it feels like.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct RegionPain {
    pub region: Region,
    #[serde(default)]
    pub score: Option<u8>,
    #[serde(default)]
    pub qualities: Vec<PainQuality>,
}

impl From<Region> for RegionPain {
    fn from(region: Region) -> Self {
        RegionPain {
            region,
            score: None,
            qualities: Vec::new(),
        }
    }
}

impl RegionPain {
    pub fn scored(region: Region, score: u8) -> Self {
        RegionPain {
            score: Some(score),
            ..region.into()
        }
    }

    /// The region in the CLI's and the CSV's spelling: `REGION[=SCORE[:QUALITY,...]]`
    /// (`buttock_left=6:aching,burning`; `?` for a score not given but qualities given).
    pub fn to_spec(&self) -> String {
        let mut out = key(&self.region);
        if self.score.is_some() || !self.qualities.is_empty() {
            out.push('=');
            out.push_str(&self.score.map_or("?".into(), |s| s.to_string()));
        }
        if !self.qualities.is_empty() {
            out.push(':');
            out.push_str(&self.qualities.iter().map(key).collect::<Vec<_>>().join(","));
        }
        out
    }

    /// Reads `to_spec`'s spelling; a bad part is named in the error.
    pub fn parse_spec(spec: &str) -> DomainResult<Self> {
        let spec = spec.trim();
        let (region, rest) = spec.split_once('=').unwrap_or((spec, ""));
        let region: Region = from_key(region).ok_or_else(|| {
            ValidationError::new(
                "regions",
                tr_with(
                    "error-unknown-region",
                    &args([
                        ("region", region.into()),
                        (
                            "allowed",
                            Region::ALL
                                .iter()
                                .map(key)
                                .collect::<Vec<_>>()
                                .join(", ")
                                .into(),
                        ),
                    ]),
                ),
            )
        })?;
        let (score, qualities) = rest.split_once(':').unwrap_or((rest, ""));
        let score = match score.trim() {
            "" | "?" => None,
            text => Some(
                text.parse::<u8>()
                    .ok()
                    .filter(|s| *s <= 10)
                    .ok_or_else(|| {
                        ValidationError::new(
                            "regions",
                            tr_with(
                                "error-region-score-not-whole",
                                &args([("region", key(&region).into()), ("value", text.into())]),
                            ),
                        )
                    })?,
            ),
        };
        let qualities = qualities
            .split(',')
            .map(str::trim)
            .filter(|q| !q.is_empty())
            .map(|q| {
                from_key::<PainQuality>(q).ok_or_else(|| {
                    ValidationError::new(
                        "regions",
                        tr_with(
                            "error-unknown-pain-quality",
                            &args([("quality", q.into()), ("region", key(&region).into())]),
                        ),
                    )
                })
            })
            .collect::<DomainResult<Vec<_>>>()?;
        Ok(RegionPain {
            region,
            score,
            qualities,
        })
    }

    /// Numb or pins and needles in this region.
    pub fn is_numb_or_tingling(&self) -> bool {
        self.qualities
            .iter()
            .any(|q| matches!(q, PainQuality::Numb | PainQuality::PinsAndNeedles))
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
    PinsAndNeedles,
    Numb,
}

impl PainQuality {
    /// Qualities typical of an irritated nerve rather than a muscle (shooting, burning,
    /// electric, and on the body map pins and needles or numb); the leg's own tingling and
    /// numbness questions are asked separately too (`LegSymptoms`).
    pub fn is_nerve_like(self) -> bool {
        matches!(
            self,
            PainQuality::Shooting
                | PainQuality::Burning
                | PainQuality::Electric
                | PainQuality::PinsAndNeedles
                | PainQuality::Numb
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
        for marked in &self.regions {
            let region = marked.region;
            let Some(left) = region.leg_is_left() else {
                continue;
            };
            let counts = region.is_below_knee()
                || nerve_quality
                || marked.qualities.iter().any(|q| q.is_nerve_like());
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
    /// Where it hurts, each region with its own score and qualities (at most one item per
    /// region). Export files before version 4 held plain region ids; the reader converts them.
    #[serde(default)]
    pub regions: Vec<RegionPain>,
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
    /// The highest score given to a region: the entry's pain when the user does not set
    /// it. None when no region has a score.
    pub fn worst_region_score(&self) -> Option<u8> {
        self.regions.iter().filter_map(|r| r.score).max()
    }

    /// Numbness or pins and needles marked in the saddle area or the genitals.
    pub fn saddle_numb_or_tingling(&self) -> bool {
        self.regions
            .iter()
            .any(|r| r.region.is_saddle() && r.is_numb_or_tingling())
    }

    /// The regions alone, in the order given.
    pub fn region_ids(&self) -> Vec<Region> {
        self.regions.iter().map(|r| r.region).collect()
    }

    /// Checks every field; returns the draft with duplicate list items removed.
    pub fn validate(mut self, now: DateTime<Utc>) -> DomainResult<Self> {
        check_timestamp("at", &self.at, now)?;
        if self.nrs > 10 {
            return Err(ValidationError::new(
                "nrs",
                tr_with("error-pain-range", &args([("value", self.nrs.into())])),
            ));
        }
        check_optional_score("interference_daily", self.interference_daily)?;
        check_optional_score("interference_intimacy", self.interference_intimacy)?;
        check_list_len("regions", &self.regions)?;
        check_list_len("qualities", &self.qualities)?;
        for (i, marked) in self.regions.iter_mut().enumerate() {
            if let Some(score) = marked.score.filter(|s| *s > 10) {
                return Err(ValidationError::new(
                    format!("regions[{i}].score"),
                    tr_with("error-region-pain-range", &args([("value", score.into())])),
                ));
            }
            check_list_len(&format!("regions[{i}].qualities"), &marked.qualities)?;
            marked.qualities = dedup_keep_order(&marked.qualities);
        }
        for (i, marked) in self.regions.iter().enumerate() {
            if self.regions[..i].iter().any(|m| m.region == marked.region) {
                return Err(ValidationError::new(
                    format!("regions[{i}].region"),
                    tr("error-region-twice"),
                ));
            }
        }
        self.qualities = dedup_keep_order(&self.qualities);
        if self.leg.any() && self.leg.side.is_none() {
            return Err(ValidationError::new(
                "leg.side",
                tr("error-leg-side-missing"),
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
mod region_tests {
    use super::*;

    #[test]
    fn specs_round_trip_and_bad_parts_are_named() {
        for spec in [
            "buttock_left",
            "thigh_back_left=3",
            "saddle=?:numb",
            "calf_right=7:aching,pins_and_needles",
        ] {
            assert_eq!(RegionPain::parse_spec(spec).unwrap().to_spec(), spec);
        }
        let e = RegionPain::parse_spec("elbow=3").unwrap_err();
        assert!(e.message.contains("unknown region \"elbow\""), "{e:?}");
        let e = RegionPain::parse_spec("buttock_left=11").unwrap_err();
        assert!(e.message.contains("0 to 10"), "{e:?}");
        let e = RegionPain::parse_spec("buttock_left=4:tickly").unwrap_err();
        assert!(e.message.contains("tickly"), "{e:?}");
    }

    fn draft(regions: Vec<RegionPain>) -> PainDraft {
        serde_json::from_value(serde_json::json!({
            "at": "2026-01-01T10:00:00+01:00", "nrs": 5, "regions": regions,
        }))
        .unwrap()
    }

    #[test]
    fn a_region_twice_or_a_score_above_ten_is_refused() {
        let now = chrono::Utc::now();
        let twice = draft(vec![
            RegionPain::scored(Region::ButtockLeft, 3),
            RegionPain::scored(Region::ButtockLeft, 5),
        ]);
        assert_eq!(twice.validate(now).unwrap_err().field, "regions[1].region");
        let high = draft(vec![RegionPain::scored(Region::ThighBackLeft, 12)]);
        assert_eq!(high.validate(now).unwrap_err().field, "regions[0].score");
        let ok = draft(vec![
            RegionPain::scored(Region::ButtockLeft, 6),
            RegionPain::scored(Region::ThighBackLeft, 3),
        ]);
        assert_eq!(
            ok.clone().validate(now).unwrap().worst_region_score(),
            Some(6)
        );
    }

    #[test]
    fn numbness_in_the_saddle_area_and_nerve_symptoms_in_both_legs_are_seen() {
        let mut numb = RegionPain::scored(Region::Saddle, 2);
        numb.qualities = vec![PainQuality::Numb];
        assert!(draft(vec![numb]).saddle_numb_or_tingling());
        let mut aching = RegionPain::scored(Region::Genitals, 2);
        aching.qualities = vec![PainQuality::Aching];
        assert!(!draft(vec![aching]).saddle_numb_or_tingling());
        let both = draft(vec![
            RegionPain::scored(Region::CalfLeft, 3),
            RegionPain::scored(Region::ShinRight, 3),
        ]);
        assert!(both.both_legs());
        let knees = draft(vec![
            RegionPain::scored(Region::KneeLeft, 3),
            RegionPain::scored(Region::KneeRight, 3),
        ]);
        assert!(!knees.both_legs(), "aching knees are not nerve symptoms");
    }
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
