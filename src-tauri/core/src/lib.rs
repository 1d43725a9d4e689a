//! Backstory's core: the journal, its rules and its exchange formats. It never depends on
//! Tauri, so it builds and tests without a webview and the CLI reuses all of it.

pub mod bench_data;
#[cfg(test)]
mod boundaries;
pub mod demo;
pub mod domain;
pub mod error;
pub mod exchange;
#[doc(hidden)]
pub mod fuzzing;
pub mod guide;
pub mod handles;
pub mod insights;
pub mod labels;
pub mod reminders;
pub mod rules;
pub mod store;

pub use error::{CoreError, CoreResult};
pub use store::Journal;
