//! The user's profile: conditions, movement-intolerance profile and the history items the
//! red-flag rules need. One per journal.

use super::limits::*;
use crate::error::DomainResult;
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

/// A history answer that needs a date: no, yes and still the case, or yes on a date.
///
/// Stored as `"no"`, `"ongoing"`, `{"on": "YYYY-MM-DD"}` or `"yes_date_unknown"`. Profiles
/// saved before dates were asked hold `true`/`false`: `false` reads as `No` and `true` as
/// `YesDateUnknown`, which the rules treat like `Ongoing` (nobody loses an alert) until the
/// person gives a date on the Profile screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum HistoryAnswer {
    #[default]
    No,
    /// Still the case today (still taking the medicine, weight still falling).
    Ongoing,
    /// It happened on this date (for a medicine: the day it was stopped).
    On(NaiveDate),
    /// "Yes" from a profile saved before dates were asked.
    YesDateUnknown,
}

impl HistoryAnswer {
    pub fn is_yes(self) -> bool {
        self != HistoryAnswer::No
    }

    /// True when the answer is yes and, if dated, the date is at most `window_days` before
    /// `today` (a date in the future counts as recent). Ongoing and undated answers are
    /// always recent.
    pub fn recent(self, today: NaiveDate, window_days: i64) -> bool {
        match self {
            HistoryAnswer::No => false,
            HistoryAnswer::Ongoing | HistoryAnswer::YesDateUnknown => true,
            HistoryAnswer::On(date) => (today - date).num_days() <= window_days,
        }
    }

    /// A short phrase for reports and alert details: "ongoing", "since 3 Mar 2025"...
    pub fn describe(self) -> String {
        match self {
            HistoryAnswer::No => "no".into(),
            HistoryAnswer::Ongoing => "ongoing".into(),
            HistoryAnswer::On(date) => format!("on {}", date.format("%-d %b %Y")),
            HistoryAnswer::YesDateUnknown => "yes, date not given".into(),
        }
    }
}

impl From<bool> for HistoryAnswer {
    fn from(yes: bool) -> Self {
        if yes {
            HistoryAnswer::YesDateUnknown
        } else {
            HistoryAnswer::No
        }
    }
}

impl<'de> Deserialize<'de> for HistoryAnswer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(rename_all = "snake_case")]
        enum Tagged {
            No,
            Ongoing,
            On(NaiveDate),
            YesDateUnknown,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            Old(bool),
            New(Tagged),
        }
        Ok(match Repr::deserialize(deserializer).map_err(|_| {
            serde::de::Error::custom(
                "expected \"no\", \"ongoing\", {\"on\": \"YYYY-MM-DD\"}, \"yes_date_unknown\" or a boolean",
            )
        })? {
            Repr::Old(yes) => yes.into(),
            Repr::New(Tagged::No) => HistoryAnswer::No,
            Repr::New(Tagged::Ongoing) => HistoryAnswer::Ongoing,
            Repr::New(Tagged::On(date)) => HistoryAnswer::On(date),
            Repr::New(Tagged::YesDateUnknown) => HistoryAnswer::YesDateUnknown,
        })
    }
}

/// History items the urgent red-flag rules read; all default to "no".
///
/// Items that stop mattering with time carry a date (`HistoryAnswer`); the rules read each
/// one only while it is recent (windows in rules/catalogue.rs). Cancer history and
/// injecting drug use stay yes/no: guidance treats them as lasting risk factors.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct MedicalHistory {
    pub cancer_history: bool,
    /// A weakened immune system (illness or medicines); a date is when it ended.
    pub immunosuppressed: HistoryAnswer,
    pub iv_drug_use: bool,
    /// Steroid tablets taken long-term; a date is when they were stopped.
    pub long_term_steroids: HistoryAnswer,
    /// A recent infection (for example a urine infection); a date is when it was.
    pub recent_infection: HistoryAnswer,
    /// Weight lost without trying; a date is when it was noticed.
    pub unexplained_weight_loss: HistoryAnswer,
    /// A significant injury: a fall from a height, a road accident, a heavy blow. Profiles
    /// saved before this split had one "fall, accident or blow" answer, `recent_trauma`; it
    /// is read as major trauma so nobody loses an alert.
    #[serde(alias = "recent_trauma")]
    pub major_trauma: HistoryAnswer,
    /// A minor injury or strain: a fall from standing height, a slip, a lifting strain. It
    /// counts for people 50 or over, with osteoporosis or on long-term steroids.
    pub minor_trauma: HistoryAnswer,
    /// When this episode of back pain started, if the user knows.
    pub episode_started: Option<NaiveDate>,
}

impl MedicalHistory {
    /// The items answered "yes", in plain words with their dates (for the clinician report).
    pub fn yes_items(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.cancer_history {
            out.push("cancer history".to_string());
        }
        if self.iv_drug_use {
            out.push("injecting drug use".to_string());
        }
        for (name, answer) in [
            ("weakened immune system", self.immunosuppressed),
            ("long-term steroids", self.long_term_steroids),
            ("recent infection", self.recent_infection),
            ("unexplained weight loss", self.unexplained_weight_loss),
            ("major trauma", self.major_trauma),
            ("minor trauma or strain", self.minor_trauma),
        ] {
            if answer.is_yes() {
                out.push(format!("{name} ({})", answer.describe()));
            }
        }
        out
    }
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
    pub fn validate(mut self) -> DomainResult<Self> {
        check_list_len("conditions", &self.conditions)?;
        self.conditions = dedup_keep_order(&self.conditions);
        check_text("display_name", &self.display_name, LABEL_MAX_CHARS)?;
        Ok(self)
    }

    pub fn has(&self, condition: Condition) -> bool {
        self.conditions.contains(&condition)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn history_answers_read_old_booleans_and_round_trip() {
        let old: MedicalHistory = serde_json::from_str(
            r#"{"recent_trauma":true,"recent_infection":false,"long_term_steroids":true}"#,
        )
        .expect("a profile saved before dates still parses");
        assert_eq!(old.major_trauma, HistoryAnswer::YesDateUnknown);
        assert_eq!(old.recent_infection, HistoryAnswer::No);
        assert_eq!(old.long_term_steroids, HistoryAnswer::YesDateUnknown);
        for answer in [
            HistoryAnswer::No,
            HistoryAnswer::Ongoing,
            HistoryAnswer::On(day(2025, 3, 1)),
            HistoryAnswer::YesDateUnknown,
        ] {
            let text = serde_json::to_string(&answer).unwrap();
            let back: HistoryAnswer = serde_json::from_str(&text).unwrap();
            assert_eq!(back, answer, "{text} round-trips");
        }
        assert_eq!(
            serde_json::to_string(&HistoryAnswer::On(day(2025, 3, 1))).unwrap(),
            r#"{"on":"2025-03-01"}"#
        );
        assert!(serde_json::from_str::<HistoryAnswer>(r#""maybe""#).is_err());
    }

    #[test]
    fn a_dated_answer_is_recent_only_inside_its_window() {
        let today = day(2025, 3, 20);
        assert!(HistoryAnswer::On(day(2025, 3, 10)).recent(today, 14));
        assert!(HistoryAnswer::On(day(2025, 3, 6)).recent(today, 14));
        assert!(!HistoryAnswer::On(day(2025, 3, 5)).recent(today, 14));
        assert!(HistoryAnswer::Ongoing.recent(today, 14));
        assert!(HistoryAnswer::YesDateUnknown.recent(today, 14));
        assert!(!HistoryAnswer::No.recent(today, 14));
    }
}
