//! The timeline: every kind of entry in one list, newest first, in bounded pages.

use super::{Activity, CheckIn, PainEntry};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum EntryKind {
    Pain,
    Activity,
    CheckIn,
}

impl EntryKind {
    pub const ALL: [EntryKind; 3] = [EntryKind::Pain, EntryKind::Activity, EntryKind::CheckIn];

    pub fn table(self) -> &'static str {
        match self {
            EntryKind::Pain => "pain_entry",
            EntryKind::Activity => "activity",
            EntryKind::CheckIn => "check_in",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "entry", rename_all = "snake_case")]
#[ts(export)]
pub enum TimelineItem {
    Pain(PainEntry),
    Activity(Activity),
    CheckIn(CheckIn),
}

/// Largest page the timeline returns, so one IPC reply stays small.
pub const TIMELINE_PAGE_MAX: u32 = 200;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct TimelineQuery {
    /// Empty means every kind.
    pub kinds: Vec<EntryKind>,
    /// Inclusive local dates.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub limit: u32,
    pub offset: u32,
}

impl Default for TimelineQuery {
    fn default() -> Self {
        TimelineQuery {
            kinds: Vec::new(),
            from: None,
            to: None,
            limit: 50,
            offset: 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TimelinePage {
    pub items: Vec<TimelineItem>,
    pub has_more: bool,
}

/// The "after this?" offer shown on a new pain entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LinkSuggestion {
    /// The most recent activity in the 48 hours before the pain.
    pub suggested: Option<Activity>,
    /// Other recent activities the user can pick instead, newest first.
    pub recent: Vec<Activity>,
}
