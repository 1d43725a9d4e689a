//! Backstory's core: the journal, its rules and its exchange formats. It never depends on
//! Tauri, so it builds and tests without a webview and the CLI reuses all of it.
//! `app` is the door both fronts use: one function per user operation, over a `Session`.
//!
//! `bench_data` (generated journals) and `fuzzing` (the fuzz targets' drivers) are
//! scaffolding: built only with the `scaffolding` feature, which the benches, examples,
//! tests, the CLI's `generate` command and the fuzz crate turn on; the app never ships them.

pub mod app;
#[cfg(feature = "scaffolding")]
pub mod bench_data;
#[cfg(test)]
mod boundaries;
pub mod demo;
/// The plain types and their validation, from the `backstory-domain` crate.
pub use backstory_domain as domain;
pub mod error;
pub mod exchange;
#[cfg(feature = "scaffolding")]
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
