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

    /// What this tier asks of the person, in one sentence, in the language in use
    /// (red-flags.ftl: `red-flag-tier-<tier>-action`).
    pub fn action(self) -> String {
        self.action_in(backstory_i18n::current())
    }

    /// [`Tier::action`] in `locale` (docs/red-flags.md is written from the English).
    pub fn action_in(self, locale: backstory_i18n::Locale) -> String {
        let id = format!("red-flag-tier-{}-action", self.as_str());
        backstory_i18n::tr_in(locale, &id, None)
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

#[cfg(test)]
mod tests {
    use super::*;
    use backstory_i18n::Locale;

    /// The sentence that tells a person where to get help is in their language (the guide's
    /// pause and the CLI quote it inside German sentences).
    #[test]
    fn every_tier_says_what_to_do_in_each_language() {
        for tier in Tier::ALL {
            let (en, de) = (tier.action_in(Locale::En), tier.action_in(Locale::De));
            assert!(
                !en.starts_with('[') && !de.starts_with('['),
                "{tier:?} has words"
            );
            assert_ne!(en, de, "{tier:?} is translated");
        }
        assert!(Tier::Emergency
            .action_in(Locale::De)
            .contains("Notrufnummer"));
        assert!(Tier::Emergency.action_in(Locale::En).contains("999"));
    }
}
