//! Reminders: the daily check-in, the stretch/core programme on chosen days, "how is
//! your back this morning?" after a logged intimacy, the weekly check, and "today's plan is
//! ready" on the days of a running experiment. Scheduling is pure (`schedule::tick`):
//! settings, what was already handled, a few journal facts, the time now and the local time
//! zone in; the reminders due now and the new state out. Invariants:
//! - nothing is due while the one switch is off or during quiet hours (it waits for their end);
//! - each reminder is handled at most once per local day, whatever DST or a time-zone change
//!   does to the clock (an ambiguous local time fires at its first instance, a skipped one
//!   at the same wall-clock distance after the gap);
//! - after a gap (laptop asleep, app closed) only today's occurrence catches up, once: never a
//!   burst of missed days;
//! - a reminder for something already done that day (check-in saved, session logged, pain
//!   logged the morning after, or the evening's outcome already answered) is skipped silently.
//!
//! Settings and state live in the journal's `setting` table as JSON (`store.rs`); the shell
//! ticks every 30 s, asks `Journal::take_due_reminders`, and shows native notifications.

mod schedule;
mod store;
mod text;

#[cfg(test)]
mod tests;

pub use schedule::{next_occurrences, resolve_local, tick, Facts, NextReminder};
pub use store::{SETTINGS_KEY, STATE_KEY};
pub use text::{notification_text, notification_text_in, NotificationText};

use crate::error::{CoreError, CoreResult};
use crate::i18n::{args, tr, tr_with};
use chrono::{DateTime, NaiveDate, NaiveTime, Timelike, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;
use ts_rs::TS;

/// Which reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ReminderKind {
    CheckIn,
    Programme,
    MorningAfter,
    /// The weekly PEG check (docs/peg.md), on one chosen day; skipped when one was taken in
    /// the past seven days.
    WeeklyCheck,
    /// "Today's plan is ready" on each day of a running experiment (docs/insights.md), not
    /// while it is paused, finished or abandoned. Its words never name the change.
    ExperimentDay,
}

impl ReminderKind {
    pub const ALL: [ReminderKind; 5] = [
        ReminderKind::CheckIn,
        ReminderKind::Programme,
        ReminderKind::MorningAfter,
        ReminderKind::WeeklyCheck,
        ReminderKind::ExperimentDay,
    ];

    /// A small stable number per kind, used as the native notification id.
    pub fn code(self) -> i32 {
        match self {
            ReminderKind::CheckIn => 1,
            ReminderKind::Programme => 2,
            ReminderKind::MorningAfter => 3,
            ReminderKind::WeeklyCheck => 4,
            ReminderKind::ExperimentDay => 5,
        }
    }

    /// The settings field this kind is configured in.
    pub fn field(self) -> &'static str {
        match self {
            ReminderKind::CheckIn => "check_in",
            ReminderKind::Programme => "programme",
            ReminderKind::MorningAfter => "morning_after",
            ReminderKind::WeeklyCheck => "weekly_check",
            ReminderKind::ExperimentDay => "experiment_day",
        }
    }

    pub fn from_code(code: i32) -> Option<ReminderKind> {
        ReminderKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The screen a reminder opens: a view id of the UI's nav and an optional intent.
    pub fn screen(self) -> Screen {
        match self {
            ReminderKind::CheckIn => Screen {
                view: "today".into(),
                intent: Some("check_in".into()),
            },
            ReminderKind::Programme => Screen {
                view: "guide".into(),
                intent: None,
            },
            // Today opens with "how was your back afterwards?" waiting: one tap answers it.
            ReminderKind::MorningAfter => Screen {
                view: "today".into(),
                intent: None,
            },
            // Today shows the weekly check's card while one is due.
            ReminderKind::WeeklyCheck => Screen {
                view: "today".into(),
                intent: None,
            },
            // The Experiments page says which arm applies today and asks whether it was followed.
            ReminderKind::ExperimentDay => Screen {
                view: "experiments".into(),
                intent: None,
            },
        }
    }
}

/// Where the UI goes when a reminder is opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Screen {
    pub view: String,
    pub intent: Option<String>,
}

/// Where a clicked reminder asks the window to go (the `reminder-open` event's payload).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ReminderOpen {
    pub kind: ReminderKind,
    pub view: String,
    pub intent: Option<String>,
}

impl ReminderOpen {
    pub fn of(kind: ReminderKind) -> Self {
        let screen = kind.screen();
        ReminderOpen {
            kind,
            view: screen.view,
            intent: screen.intent,
        }
    }
}

/// A wall-clock time of day, minute precision, written "HH:MM" (what an HTML time input gives).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime(NaiveTime);

impl ClockTime {
    pub fn hm(hour: u32, minute: u32) -> ClockTime {
        ClockTime(NaiveTime::from_hms_opt(hour.min(23), minute.min(59), 0).unwrap_or_default())
    }

    pub fn time(self) -> NaiveTime {
        self.0
    }

    pub fn parse(text: &str) -> Option<ClockTime> {
        // "HH:MM", or "HH:MM:SS" from an input with a seconds step (seconds dropped).
        let t = NaiveTime::parse_from_str(text, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
            .ok()?;
        Some(ClockTime::hm(t.hour(), t.minute()))
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%H:%M"))
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        ClockTime::parse(&text)
            .ok_or_else(|| serde::de::Error::custom("expected a time of day as HH:MM"))
    }
}

/// Days of the week, Monday first (ISO 8601).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Day {
    pub fn of(weekday: chrono::Weekday) -> Day {
        use chrono::Weekday::*;
        match weekday {
            Mon => Day::Mon,
            Tue => Day::Tue,
            Wed => Day::Wed,
            Thu => Day::Thu,
            Fri => Day::Fri,
            Sat => Day::Sat,
            Sun => Day::Sun,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct DailyReminder {
    pub on: bool,
    #[ts(type = "string")]
    pub time: ClockTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct WeeklyReminder {
    pub on: bool,
    pub days: Vec<Day>,
    #[ts(type = "string")]
    pub time: ClockTime,
}

/// The weekly PEG check's reminder: one day a week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct WeeklyCheckReminder {
    pub on: bool,
    pub day: Day,
    #[ts(type = "string")]
    pub time: ClockTime,
}

/// No reminder is shown between `start` and `end` (may wrap midnight); one that comes due
/// then waits for the end, if it is still the same day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct QuietHours {
    pub on: bool,
    #[ts(type = "string")]
    pub start: ClockTime,
    #[ts(type = "string")]
    pub end: ClockTime,
}

impl QuietHours {
    pub fn contains(&self, t: NaiveTime) -> bool {
        if !self.on || self.start == self.end {
            return false;
        }
        let (s, e) = (self.start.time(), self.end.time());
        if s < e {
            s <= t && t < e
        } else {
            t >= s || t < e
        }
    }
}

pub const SNOOZE_MIN_MINUTES: u16 = 5;
pub const SNOOZE_MAX_MINUTES: u16 = 240;

/// Everything the user chooses about reminders. Off until switched on (onboarding or Settings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct ReminderSettings {
    /// The one switch: off means no reminder of any kind.
    pub enabled: bool,
    pub check_in: DailyReminder,
    pub programme: WeeklyReminder,
    /// "How is your back this morning?" the morning after a logged intimacy whose outcome
    /// is not answered yet: the outcome question (crate::outcomes). Opt-in.
    pub morning_after: DailyReminder,
    /// The weekly PEG check on one day of the week. Opt-in; absent in settings saved before
    /// it existed (then the default: off).
    pub weekly_check: WeeklyCheckReminder,
    /// "Today's plan is ready" on the days an experiment runs (not paused). Opt-in; absent
    /// in settings saved before it existed (then the default: off).
    pub experiment_day: DailyReminder,
    pub quiet_hours: QuietHours,
    pub snooze_minutes: u16,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            enabled: false,
            check_in: DailyReminder {
                on: true,
                time: ClockTime::hm(20, 0),
            },
            programme: WeeklyReminder {
                on: true,
                days: vec![Day::Mon, Day::Wed, Day::Fri],
                time: ClockTime::hm(18, 0),
            },
            morning_after: DailyReminder {
                on: false,
                time: ClockTime::hm(8, 30),
            },
            weekly_check: WeeklyCheckReminder {
                on: false,
                day: Day::Sun,
                time: ClockTime::hm(19, 0),
            },
            experiment_day: DailyReminder {
                on: false,
                time: ClockTime::hm(9, 0),
            },
            quiet_hours: QuietHours {
                on: true,
                start: ClockTime::hm(22, 0),
                end: ClockTime::hm(7, 30),
            },
            snooze_minutes: 15,
        }
    }
}

impl ReminderSettings {
    pub fn validate(mut self) -> CoreResult<Self> {
        if !(SNOOZE_MIN_MINUTES..=SNOOZE_MAX_MINUTES).contains(&self.snooze_minutes) {
            return Err(CoreError::validation(
                "snooze_minutes",
                tr_with(
                    "error-snooze-range",
                    &args([
                        ("min", SNOOZE_MIN_MINUTES.into()),
                        ("max", SNOOZE_MAX_MINUTES.into()),
                    ]),
                ),
            ));
        }
        let mut days = self.programme.days.clone();
        days.sort();
        days.dedup();
        self.programme.days = days;
        if self.programme.on && self.programme.days.is_empty() {
            return Err(CoreError::validation(
                "programme.days",
                tr("error-programme-days-empty"),
            ));
        }
        if self.quiet_hours.on && self.quiet_hours.start == self.quiet_hours.end {
            return Err(CoreError::validation(
                "quiet_hours",
                tr("error-quiet-hours-same"),
            ));
        }
        for kind in ReminderKind::ALL {
            let time = self.time_of(kind);
            if self.kind_on(kind) && self.quiet_hours.contains(time.time()) {
                return Err(CoreError::validation(
                    format!("{}.time", kind.field()),
                    tr_with(
                        "error-time-in-quiet-hours",
                        &args([
                            ("time", time.to_string().into()),
                            ("start", self.quiet_hours.start.to_string().into()),
                            ("end", self.quiet_hours.end.to_string().into()),
                        ]),
                    ),
                ));
            }
        }
        Ok(self)
    }

    /// Whether this kind is switched on (ignoring the one switch).
    pub fn kind_on(&self, kind: ReminderKind) -> bool {
        match kind {
            ReminderKind::CheckIn => self.check_in.on,
            ReminderKind::Programme => self.programme.on,
            ReminderKind::MorningAfter => self.morning_after.on,
            ReminderKind::WeeklyCheck => self.weekly_check.on,
            ReminderKind::ExperimentDay => self.experiment_day.on,
        }
    }

    pub fn is_on(&self, kind: ReminderKind) -> bool {
        self.enabled && self.kind_on(kind)
    }

    pub fn time_of(&self, kind: ReminderKind) -> ClockTime {
        match kind {
            ReminderKind::CheckIn => self.check_in.time,
            ReminderKind::Programme => self.programme.time,
            ReminderKind::MorningAfter => self.morning_after.time,
            ReminderKind::WeeklyCheck => self.weekly_check.time,
            ReminderKind::ExperimentDay => self.experiment_day.time,
        }
    }
}

/// The last occurrence of a kind that was handled (shown, or skipped as already done).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handled {
    /// Local date of the occurrence: a kind is handled at most once per local date.
    pub date: NaiveDate,
    pub at: DateTime<Utc>,
}

/// What the scheduler remembers between ticks. Stored, never shown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReminderState {
    /// When the settings were last saved: occurrences before this never fire.
    pub armed_at: Option<DateTime<Utc>>,
    pub handled: BTreeMap<ReminderKind, Handled>,
    /// Snoozed reminders and when they are due again.
    pub snoozed: BTreeMap<ReminderKind, DateTime<Utc>>,
}

/// A reminder to show now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DueReminder {
    pub kind: ReminderKind,
    /// The scheduled instant (or the end of the snooze).
    pub occurrence: DateTime<Utc>,
    /// Shown later than scheduled (asleep, app closed, quiet hours): a catch-up.
    pub late: bool,
    pub snoozed: bool,
    pub title: String,
    pub body: String,
    pub screen: Screen,
}
