//! Entry points for fuzzing every parser of outside data: the export file (JSON, and age
//! encryption around it), the SQLite file offered as a backup, and the JSON the webview
//! sends to commands. The cargo-fuzz targets in fuzz/ call these, and so does a stable test
//! over the committed seeds (fuzz/seeds, tests/core/fuzz_corpus.rs), so the same code runs in CI
//! without nightly. Each function must return for any input: a panic is the bug to find.
//! (Spreadsheet CSV is only ever written by Backstory, never read, so it has no parser.)

use crate::domain::{parse_json, ActivityDraft, CheckInDraft, PainDraft, Profile, TimelineQuery};
use crate::exchange::{crypto, read};
use crate::store::backups as backup;
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

/// The passphrase the age target decrypts with; its seeds are encrypted with it, so the
/// fuzzer starts from files that decrypt and reach the export parser.
pub const AGE_PASSPHRASE: &str = "fuzzing passphrase";

/// The age layer with a passphrase and a tiny work-factor limit (so valid headers stay
/// cheap), plaintext capped at 1 MB; what decrypts is then read as an export, as an
/// import of an encrypted share does.
pub fn age_file(data: &[u8]) {
    if let Ok(plain) = crypto::decrypt(data, AGE_PASSPHRASE, 4, 1_000_000) {
        let _ = read::parse_export(&plain, now());
    }
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

/// JSON text as the webview sends it, given to every kind of command argument (each
/// parsed and checked the way the shell's adapter does before the journal is touched).
pub fn ipc_json(data: &[u8]) {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    for input in IpcInput::ALL {
        input.check(value.clone());
    }
}

/// Each kind of argument a command takes from the window. `IPC_COMMANDS` maps every
/// command argument to one of these; tests/core/fuzz_corpus.rs reads the shell's command
/// functions and fails when one of their arguments is not listed there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IpcInput {
    Flag,
    PainDraft,
    ActivityDraft,
    CheckInDraft,
    Date,
    EntryKind,
    EntryId,
    TimelineQuery,
    Instant,
    Profile,
    RuleId,
    OptionalRuleId,
    RaiseCount,
    MovementAnswers,
    CatalogueId,
    HurtReport,
    SessionReport,
    CoreLevel,
    StressToolId,
    TrendQuery,
    AfterQuery,
    AdherenceQuery,
    ReminderSettings,
    ReminderKind,
    ExportRequest,
    SharePassphrase,
    PartnerName,
    PartnerId,
    TogetherQuery,
    ReportRequest,
    JournalPassphrase,
    NewJournalPassphrase,
    IdleLockMinutes,
    BackupName,
}

impl IpcInput {
    pub const ALL: [IpcInput; 34] = [
        IpcInput::Flag,
        IpcInput::PainDraft,
        IpcInput::ActivityDraft,
        IpcInput::CheckInDraft,
        IpcInput::Date,
        IpcInput::EntryKind,
        IpcInput::EntryId,
        IpcInput::TimelineQuery,
        IpcInput::Instant,
        IpcInput::Profile,
        IpcInput::RuleId,
        IpcInput::OptionalRuleId,
        IpcInput::RaiseCount,
        IpcInput::MovementAnswers,
        IpcInput::CatalogueId,
        IpcInput::HurtReport,
        IpcInput::SessionReport,
        IpcInput::CoreLevel,
        IpcInput::StressToolId,
        IpcInput::TrendQuery,
        IpcInput::AfterQuery,
        IpcInput::AdherenceQuery,
        IpcInput::ReminderSettings,
        IpcInput::ReminderKind,
        IpcInput::ExportRequest,
        IpcInput::SharePassphrase,
        IpcInput::PartnerName,
        IpcInput::PartnerId,
        IpcInput::TogetherQuery,
        IpcInput::ReportRequest,
        IpcInput::JournalPassphrase,
        IpcInput::NewJournalPassphrase,
        IpcInput::IdleLockMinutes,
        IpcInput::BackupName,
    ];

    /// Parses `value` as this argument and runs the checks that need no journal, as the
    /// shell does; true when it parsed (validation may still refuse it). Must return for
    /// any value.
    pub fn check(self, value: serde_json::Value) -> bool {
        use crate::domain::EntryKind;
        use crate::exchange::{import, report::ReportRequest, ExportRequest, TogetherQuery};
        use crate::guide::catalogue::catalogue;
        use crate::guide::session::{hurt_advice, HurtReport, SessionReport};
        use crate::insights::{AdherenceQuery, AfterQuery, TrendQuery};
        use crate::reminders::{ReminderKind, ReminderSettings};
        use crate::rules::RuleId;
        use crate::store::Passphrase;
        use chrono::{FixedOffset, NaiveDate};
        use std::collections::BTreeMap;

        fn parses<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> bool {
            parse_json::<T>(value).is_ok()
        }
        /// Parses, then runs the shell's journal-free check on what parsed.
        fn then<T: serde::de::DeserializeOwned>(
            value: serde_json::Value,
            check: impl FnOnce(T),
        ) -> bool {
            parse_json::<T>(value).map(check).is_ok()
        }
        /// Arguments the shell reads with its `text` helper: a string, or null as "".
        fn text(value: serde_json::Value, check: impl FnOnce(&str)) -> bool {
            match value {
                serde_json::Value::String(s) => check(&s),
                serde_json::Value::Null => check(""),
                _ => return false,
            }
            true
        }
        /// Arguments the shell declares as `String` (Tauri deserialises them).
        fn string(value: serde_json::Value, check: impl FnOnce(String)) -> bool {
            serde_json::from_value::<String>(value).map(check).is_ok()
        }

        let today = now().date_naive();
        match self {
            IpcInput::Flag => serde_json::from_value::<bool>(value).is_ok(),
            IpcInput::PainDraft => then(value, |d: PainDraft| {
                let _ = d.validate(now());
            }),
            IpcInput::ActivityDraft => then(value, |d: ActivityDraft| {
                let _ = d.validate(now(), crate::guide::is_known_position);
            }),
            IpcInput::CheckInDraft => then(value, |d: CheckInDraft| {
                let _ = d.validate(today);
            }),
            IpcInput::Date => parses::<NaiveDate>(value),
            IpcInput::EntryKind => parses::<EntryKind>(value),
            IpcInput::EntryId => string(value, |id| {
                let _ = uuid::Uuid::parse_str(&id);
            }),
            IpcInput::PartnerId => text(value, |id| {
                let _ = uuid::Uuid::parse_str(id);
            }),
            IpcInput::TimelineQuery => parses::<TimelineQuery>(value),
            IpcInput::Instant => parses::<DateTime<FixedOffset>>(value),
            IpcInput::Profile => then(value, |p: Profile| {
                let _ = p.validate();
            }),
            IpcInput::RuleId => parses::<RuleId>(value),
            IpcInput::OptionalRuleId => parses::<Option<RuleId>>(value),
            IpcInput::RaiseCount => parses::<u32>(value),
            IpcInput::MovementAnswers => then(value, |answers: BTreeMap<String, bool>| {
                let _ = crate::guide::suggest_profile(crate::guide::positions_guide(), &answers);
            }),
            IpcInput::CatalogueId => string(value, |id| {
                let cat = catalogue();
                let _ = cat.routine(&id).is_some() || cat.exercise(&id).is_some();
            }),
            IpcInput::HurtReport => then(value, |r: HurtReport| {
                let _ = hurt_advice(&r);
            }),
            IpcInput::SessionReport => parses::<SessionReport>(value),
            IpcInput::CoreLevel => parses::<u8>(value),
            IpcInput::StressToolId => string(value, |id| {
                let _ = catalogue().stress_tool(&id);
            }),
            IpcInput::TrendQuery => parses::<TrendQuery>(value),
            IpcInput::AfterQuery => parses::<AfterQuery>(value),
            IpcInput::AdherenceQuery => parses::<AdherenceQuery>(value),
            IpcInput::ReminderSettings => then(value, |s: ReminderSettings| {
                let _ = s.validate();
            }),
            IpcInput::ReminderKind => parses::<ReminderKind>(value),
            IpcInput::ExportRequest => parses::<ExportRequest>(value),
            IpcInput::SharePassphrase => text(value, |p| {
                let _ = crypto::check_new_passphrase(p);
            }),
            IpcInput::PartnerName => text(value, |n| {
                let _ = import::check_partner_name(n);
            }),
            IpcInput::TogetherQuery => parses::<TogetherQuery>(value),
            IpcInput::ReportRequest => parses::<ReportRequest>(value),
            IpcInput::JournalPassphrase => string(value, |p| {
                let _ = Passphrase::new(p);
            }),
            IpcInput::NewJournalPassphrase => string(value, |p| {
                let _ = Passphrase::new_choice(p);
            }),
            IpcInput::IdleLockMinutes => parses::<Option<u32>>(value),
            // The shell then only compares the name with the listed backups.
            IpcInput::BackupName => parses::<String>(value),
        }
    }
}

/// Every command in src-tauri/build.rs with each argument it takes from the window (the
/// app's own State/AppHandle parameters are not inputs). Commands without arguments are
/// listed too, so a new command cannot be missed: the test compares this with the shell.
pub const IPC_COMMANDS: &[(&str, &[(&str, IpcInput)])] = &[
    ("app_status", &[]),
    ("ui_ready", &[]),
    ("switch_journal", &[("demo", IpcInput::Flag)]),
    ("mark_welcomed", &[]),
    ("add_pain", &[("draft", IpcInput::PainDraft)]),
    (
        "update_pain",
        &[("id", IpcInput::EntryId), ("draft", IpcInput::PainDraft)],
    ),
    ("add_activity", &[("draft", IpcInput::ActivityDraft)]),
    (
        "update_activity",
        &[
            ("id", IpcInput::EntryId),
            ("draft", IpcInput::ActivityDraft),
        ],
    ),
    ("save_check_in", &[("draft", IpcInput::CheckInDraft)]),
    ("check_in_on", &[("date", IpcInput::Date)]),
    (
        "delete_entry",
        &[("kind", IpcInput::EntryKind), ("id", IpcInput::EntryId)],
    ),
    (
        "restore_entry",
        &[("kind", IpcInput::EntryKind), ("id", IpcInput::EntryId)],
    ),
    ("timeline", &[("query", IpcInput::TimelineQuery)]),
    ("suggest_link", &[("at", IpcInput::Instant)]),
    ("get_profile", &[]),
    ("save_profile", &[("profile", IpcInput::Profile)]),
    ("list_positions", &[]),
    ("list_alerts", &[]),
    (
        "acknowledge_alert",
        &[
            ("rule", IpcInput::RuleId),
            ("raise_count", IpcInput::RaiseCount),
        ],
    ),
    ("alert_history", &[("rule", IpcInput::OptionalRuleId)]),
    ("red_flag_rules", &[]),
    ("guide_fast_timers", &[]),
    ("guide_catalogue", &[]),
    ("guide_illustrations", &[]),
    ("guide_positions", &[]),
    (
        "suggest_movement_profile",
        &[("answers", IpcInput::MovementAnswers)],
    ),
    ("guide_today", &[]),
    ("plan_routine", &[("id", IpcInput::CatalogueId)]),
    ("hurt_advice_for", &[("report", IpcInput::HurtReport)]),
    ("record_session", &[("report", IpcInput::SessionReport)]),
    ("set_core_level", &[("level", IpcInput::CoreLevel)]),
    (
        "record_stress_relief",
        &[
            ("tool_id", IpcInput::StressToolId),
            ("started_at", IpcInput::Instant),
            ("ended_at", IpcInput::Instant),
        ],
    ),
    ("insights_pain_trend", &[("query", IpcInput::TrendQuery)]),
    ("insights_pain_after", &[("query", IpcInput::AfterQuery)]),
    ("insights_adherence", &[("query", IpcInput::AdherenceQuery)]),
    ("insights_weekly_summary", &[]),
    (
        "sharing_export",
        &[
            ("request", IpcInput::ExportRequest),
            ("passphrase", IpcInput::SharePassphrase),
        ],
    ),
    (
        "sharing_export_csv",
        &[("request", IpcInput::ExportRequest)],
    ),
    (
        "import_partner_share",
        &[
            ("name", IpcInput::PartnerName),
            ("passphrase", IpcInput::SharePassphrase),
        ],
    ),
    (
        "import_own_export",
        &[("passphrase", IpcInput::SharePassphrase)],
    ),
    ("sharing_partners", &[]),
    ("remove_partner", &[("id", IpcInput::PartnerId)]),
    (
        "sharing_partner_timeline",
        &[
            ("id", IpcInput::PartnerId),
            ("query", IpcInput::TimelineQuery),
        ],
    ),
    ("sharing_together", &[("query", IpcInput::TogetherQuery)]),
    ("sharing_report", &[("request", IpcInput::ReportRequest)]),
    ("sharing_backup", &[]),
    ("restore_backup", &[]),
    ("sharing_backups", &[]),
    ("reminder_settings", &[]),
    (
        "save_reminder_settings",
        &[("settings", IpcInput::ReminderSettings)],
    ),
    ("snooze_reminder", &[("kind", IpcInput::ReminderKind)]),
    ("next_reminders", &[]),
    ("show_test_reminder", &[]),
    ("take_pending_reminder", &[]),
    ("security_status", &[]),
    (
        "unlock_journal",
        &[("passphrase", IpcInput::JournalPassphrase)],
    ),
    ("lock_journal", &[]),
    (
        "encryption_enable",
        &[
            ("passphrase", IpcInput::NewJournalPassphrase),
            ("confirm", IpcInput::NewJournalPassphrase),
        ],
    ),
    (
        "encryption_disable",
        &[("passphrase", IpcInput::JournalPassphrase)],
    ),
    (
        "encryption_change",
        &[
            ("current", IpcInput::JournalPassphrase),
            ("passphrase", IpcInput::NewJournalPassphrase),
            ("confirm", IpcInput::NewJournalPassphrase),
        ],
    ),
    ("set_idle_lock", &[("minutes", IpcInput::IdleLockMinutes)]),
    ("recover_from_backup", &[("name", IpcInput::BackupName)]),
];

/// A fuzz target: takes any bytes, must return.
pub type Target = fn(&[u8]);

/// The targets by name (the seed folders in fuzz/seeds/ carry these names).
pub const TARGETS: &[(&str, Target)] = &[
    ("export_file", export_file),
    ("age_file", age_file),
    ("backup_file", backup_file),
    ("ipc_json", ipc_json),
];
