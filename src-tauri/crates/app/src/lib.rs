//! The application layer: one request-level function per thing a user can do, shared by
//! the window (the shell's Tauri commands are one-liners over it) and the CLI. Inputs come
//! as loose JSON (what the window sends) and are parsed here once; results are typed;
//! errors are one shape ([`AppError`]). Writes return what they changed ([`Written`]) after
//! refreshing the red-flag rules exactly once, so the shell can send one
//! `journal-changed` event and nobody refreshes again.
//!
//! Its own crate over the core's public API (`backstory_core`), so the compiler keeps it
//! from reaching into the store's or the logic modules' private parts.

mod alerts;
mod data_dir;
mod desktop;
mod entries;
mod error;
mod experiments;
mod guide;
mod insights;
mod outcomes;
mod pairing;
mod peg;
mod reminders;
mod session;
mod sharing;
mod trust;

pub use alerts::*;
pub use data_dir::DataDir;
pub use desktop::*;
pub use entries::*;
pub use error::{parse, text, AppError, AppResult};
pub use experiments::*;
pub use guide::*;
pub use insights::*;
pub use outcomes::*;
pub use pairing::*;
pub use peg::*;
pub use reminders::*;
pub use session::{AppStatus, Checked, OpenFailure, Session, DEMO_DAYS};
pub use sharing::*;
pub use trust::*;

use backstory_core::rules::RefreshOutcome;
use chrono::{DateTime, FixedOffset, Local, NaiveDate, Utc};
use serde::Serialize;
use ts_rs::TS;

/// The moment a request runs, in the user's local offset (time is a parameter: the CLI's
/// `--now` and the tests pass their own).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now(pub DateTime<FixedOffset>);

impl Now {
    /// The clock, in the computer's local offset.
    pub fn local() -> Now {
        Now(Local::now().fixed_offset())
    }
    pub fn utc(self) -> DateTime<Utc> {
        self.0.with_timezone(&Utc)
    }
    pub fn today(self) -> NaiveDate {
        self.0.date_naive()
    }
}

/// Which kind of data a write changed, so a listener re-reads only what depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ChangedData {
    /// Pain, activity or check-in entries (and what is computed from them).
    Entries,
    Profile,
    /// App settings (welcome seen, idle lock, reminders, core programme level).
    Settings,
    Partners,
    /// An n-of-1 experiment was started, marked or abandoned.
    Experiments,
    /// Another journal is open, or the whole journal was replaced (switch, restore).
    Journal,
}

/// What one write changed: the `journal-changed` event's payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct JournalChange {
    pub data: ChangedData,
    /// What the one red-flag refresh after the write raised or resolved (empty when the
    /// write cannot affect the rules).
    pub alerts: RefreshOutcome,
}

/// A write's result and what it changed.
#[derive(Debug)]
pub struct Written<T> {
    pub value: T,
    pub change: JournalChange,
}

impl<T> Written<T> {
    fn settings(value: T) -> Self {
        Written {
            value,
            change: JournalChange {
                data: ChangedData::Settings,
                alerts: RefreshOutcome::default(),
            },
        }
    }

    fn with(value: T, data: ChangedData) -> Self {
        Written {
            value,
            change: JournalChange {
                data,
                alerts: RefreshOutcome::default(),
            },
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(feature = "scaffolding")]
#[doc(hidden)]
pub mod fuzzing;
