//! Backstory's core: the journal, its rules and its exchange formats. It never depends on
//! Tauri, so it builds and tests without a webview and the CLI reuses all of it.
//! The application layer both fronts use (one function per user operation, over a
//! `Session`) is the `backstory-application` crate, built on this crate's public API.
//!
//! `bench_data` (generated journals) is scaffolding: built only with the `scaffolding`
//! feature, which the benches, examples, tests, the CLI's `generate` command and the fuzz
//! crate turn on; the app never ships it (nor `backstory_application::fuzzing`).

#[cfg(feature = "scaffolding")]
pub mod bench_data;
#[cfg(test)]
mod boundaries;
pub mod demo;
/// The plain types and their validation, from the `backstory-domain` crate.
pub use backstory_domain as domain;
/// Backstory's words in each language (the Fluent files under assets/locales).
pub use backstory_i18n as i18n;
pub mod error;
pub mod exchange;
pub mod experiments;
pub mod guide;
pub mod handles;
pub mod insights;
pub mod labels;
pub mod outcomes;
pub mod reminders;
pub mod rules;
pub mod store;

pub use error::{CoreError, CoreResult};
pub use store::Journal;
