//! Integration tests of backstory-core, as one test binary of the `backstory-tests` package
//! (tests/Cargo.toml), which depends on the core and not on Tauri. Each area has its own module
//! under tests/core/; fixtures live in tests/data/.

#[path = "core/support.rs"]
mod support;

#[path = "core/day_summary.rs"]
mod day_summary;
#[path = "core/encryption.rs"]
mod encryption;
#[path = "core/exchange.rs"]
mod exchange;
#[path = "core/experiments.rs"]
mod experiments;
#[path = "core/fhir.rs"]
mod fhir;
#[path = "core/fuzz_corpus.rs"]
mod fuzz_corpus;
#[path = "core/guide.rs"]
mod guide;
#[path = "core/insights.rs"]
mod insights;
#[path = "core/ipc_abuse.rs"]
mod ipc_abuse;
#[path = "core/journal.rs"]
mod journal;
#[path = "core/lockdown.rs"]
mod lockdown;
#[path = "core/migration.rs"]
mod migration;
#[path = "core/open.rs"]
mod open;
#[path = "core/outcomes.rs"]
mod outcomes;
#[path = "core/pairing.rs"]
mod pairing;
#[path = "core/partner_experiments.rs"]
mod partner_experiments;
#[path = "core/peg.rs"]
mod peg;
#[path = "core/privacy.rs"]
mod privacy;
#[path = "core/recover.rs"]
mod recover;
#[path = "core/red_flags.rs"]
mod red_flags;
#[path = "core/report.rs"]
mod report;
