//! The daily check-in: stress, sleep and morning stiffness, one per calendar day.

use super::limits::*;
use crate::error::{DomainResult, ValidationError};
use backstory_i18n::tr;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct CheckInDraft {
    /// The user's local calendar day.
    pub date: NaiveDate,
    pub stress: u8,
    #[serde(default)]
    pub sleep_hours: Option<f32>,
    /// 0 (very poor) to 10 (excellent).
    #[serde(default)]
    pub sleep_quality: Option<u8>,
    /// Stiffness on waking, 0-10.
    #[serde(default)]
    pub stiffness: Option<u8>,
    #[serde(default)]
    pub notes: String,
}

impl CheckInDraft {
    pub fn validate(self, today: NaiveDate) -> DomainResult<Self> {
        check_date("date", self.date, today)?;
        check_score("stress", self.stress)?;
        check_optional_score("sleep_quality", self.sleep_quality)?;
        check_optional_score("stiffness", self.stiffness)?;
        if let Some(h) = self.sleep_hours {
            if !h.is_finite() || !(0.0..=24.0).contains(&h) {
                return Err(ValidationError::new(
                    "sleep_hours",
                    tr("error-sleep-hours-range"),
                ));
            }
        }
        check_text("notes", &self.notes, NOTES_MAX_CHARS)?;
        Ok(self)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CheckIn {
    pub id: Uuid,
    #[serde(flatten)]
    pub draft: CheckInDraft,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}
