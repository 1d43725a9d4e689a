//! Alert values every layer names: how soon to get care, and what happened to an alert.
//! The rules decide them; the labels, the store and the screens only read them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How soon to get care. Ordered from most to least urgent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Tier {
    /// Call emergency services or go to an emergency department now.
    Emergency,
    /// Get medical advice today (urgent GP appointment or a non-emergency helpline such as 111).
    Urgent,
    /// Book a GP or physiotherapist appointment in the next days.
    SeeDoctorSoon,
    /// Not a doctor visit: change or stop what you are doing.
    SelfCare,
}

impl Tier {
    pub const ALL: [Tier; 4] = [
        Tier::Emergency,
        Tier::Urgent,
        Tier::SeeDoctorSoon,
        Tier::SelfCare,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Emergency => "emergency",
            Tier::Urgent => "urgent",
            Tier::SeeDoctorSoon => "see_doctor_soon",
            Tier::SelfCare => "self_care",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Tier::Emergency => "Emergency: get help now",
            Tier::Urgent => "Urgent: get medical advice today",
            Tier::SeeDoctorSoon => "See a doctor soon",
            Tier::SelfCare => "Self-care caution",
        }
    }

    /// What this tier asks of the person, in one sentence.
    pub fn action(self) -> &'static str {
        match self {
            Tier::Emergency => "Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department (A&E) now.",
            Tier::Urgent => "Get medical advice today: ask your GP for an urgent appointment, or call a non-emergency medical helpline (111 in the UK).",
            Tier::SeeDoctorSoon => "Book an appointment with your GP or a physiotherapist within the next few days.",
            Tier::SelfCare => "No doctor visit is needed for this alone: stop or change the movement, and log how it goes.",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AlertEventKind {
    Raised,
    ReRaised,
    Acknowledged,
    Resolved,
    /// Fired again on the same evidence after being resolved (an entry restored or edited
    /// back); the acknowledgement, if any, still stands.
    Reopened,
}

impl AlertEventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AlertEventKind::Raised => "raised",
            AlertEventKind::ReRaised => "re_raised",
            AlertEventKind::Acknowledged => "acknowledged",
            AlertEventKind::Resolved => "resolved",
            AlertEventKind::Reopened => "reopened",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        [
            AlertEventKind::Raised,
            AlertEventKind::ReRaised,
            AlertEventKind::Acknowledged,
            AlertEventKind::Resolved,
            AlertEventKind::Reopened,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
    }
}
