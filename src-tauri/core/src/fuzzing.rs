//! Entry points for fuzzing every parser of outside data: the export file (JSON, and age
//! encryption around it), the SQLite file offered as a backup, and the JSON the webview
//! sends to commands. The cargo-fuzz targets in fuzz/ call these, and so does a stable test
//! over the committed seeds (fuzz/seeds, tests/core/fuzz_corpus.rs), so the same code runs in CI
//! without nightly. Each function must return for any input: a panic is the bug to find.
//! (Spreadsheet CSV is only ever written by Backstory, never read, so it has no parser.)

use crate::domain::{parse_json, ActivityDraft, CheckInDraft, PainDraft, Profile, TimelineQuery};
use crate::exchange::{backup, crypto, read};
use chrono::{DateTime, TimeZone, Utc};

/// A fixed "now", so a run depends only on its input.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 12, 0, 0)
        .single()
        .expect("valid instant")
}

/// An export file as offered for import (no passphrase: an encrypted file is refused
/// before any key work). A file that parses must serialise and parse back the same.
pub fn export_file(data: &[u8]) {
    if let Ok(file) = read::open_export(data, None, now()) {
        let again = serde_json::to_vec(&file).expect("a checked file serialises");
        let back = read::parse_export(&again, now()).expect("a checked file reads back");
        assert_eq!(back, file, "a checked export survives a round trip");
    }
}

/// The age layer with a passphrase and a tiny work-factor limit (so valid headers stay
/// cheap), plaintext capped at 1 MB.
pub fn age_file(data: &[u8]) {
    let _ = crypto::decrypt(data, "fuzzing passphrase", 4, 1_000_000);
}

/// A file offered as a backup to restore: written to a private temporary file, then
/// checked the way a restore checks it (header, integrity, version, exact schema).
pub fn backup_file(data: &[u8]) {
    let dir = std::env::temp_dir().join(format!(
        "backstory-fuzz-{}-{}",
        std::process::id(),
        uuid::Uuid::new_v4().simple()
    ));
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    let path = dir.join("offered.db");
    if std::fs::write(&path, data).is_ok() {
        let _ = backup::inspect_backup(&path);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// JSON text as the webview sends it, parsed into each command input and validated.
pub fn ipc_json(data: &[u8]) {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let today = now().date_naive();
    if let Ok(d) = parse_json::<PainDraft>(value.clone()) {
        let _ = d.validate(now());
    }
    if let Ok(d) = parse_json::<ActivityDraft>(value.clone()) {
        let _ = d.validate(now(), crate::guide::is_known_position);
    }
    if let Ok(d) = parse_json::<CheckInDraft>(value.clone()) {
        let _ = d.validate(today);
    }
    if let Ok(p) = parse_json::<Profile>(value.clone()) {
        let _ = p.validate();
    }
    let _ = parse_json::<TimelineQuery>(value);
}

/// A fuzz target: takes any bytes, must return.
pub type Target = fn(&[u8]);

/// The targets by name (the seed folders in fuzz/seeds/ carry these names).
pub const TARGETS: &[(&str, Target)] = &[
    ("export_file", export_file),
    ("age_file", age_file),
    ("backup_file", backup_file),
    ("ipc_json", ipc_json),
];
