//! How the back was after an activity: the one question Backstory asks after intimacy (and,
//! by the user's choice, other kinds). An answer is stored as an ordinary pain entry linked
//! to the activity (0 = "no pain"), with its onset saying which moment it describes, so
//! exports, the pain trend and the red-flag rules read it like any other rating. An activity
//! with no linked entry has an unknown outcome: never 0.

use super::{Activity, Onset};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// Which moment after the activity an answer describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum OutcomeMoment {
    RightAfter,
    /// Later that evening (hours after).
    Evening,
    NextMorning,
}

impl OutcomeMoment {
    /// The pain entry's onset that records this moment.
    pub fn onset(self) -> Onset {
        match self {
            OutcomeMoment::RightAfter => Onset::RightAfter,
            OutcomeMoment::Evening => Onset::HoursLater,
            OutcomeMoment::NextMorning => Onset::NextMorning,
        }
    }

    /// The CLI's and JSON's name.
    pub fn key(self) -> &'static str {
        match self {
            OutcomeMoment::RightAfter => "right_after",
            OutcomeMoment::Evening => "evening",
            OutcomeMoment::NextMorning => "next_morning",
        }
    }
}

/// One answer to "how was your back afterwards?".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct OutcomeAnswer {
    pub activity_id: Uuid,
    /// 0-10; 0 is "no pain".
    pub nrs: u8,
    /// None: the moment is taken from how long after the activity the answer comes.
    #[serde(default)]
    pub moment: Option<OutcomeMoment>,
}

/// An activity and what is known about how the back was afterwards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ActivityOutcome {
    pub activity_id: Uuid,
    /// Highest linked rating (0 = no pain); None = unknown, no answer yet.
    pub nrs: Option<u8>,
}

/// Recent activities of the asked-about kinds whose outcome is still unknown, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PendingOutcomes {
    pub activities: Vec<Activity>,
    /// How many days back the question stays open.
    pub window_days: u32,
}
