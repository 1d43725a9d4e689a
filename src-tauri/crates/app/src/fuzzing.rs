//! Entry points for fuzzing every parser of outside data: the export file (JSON, and age
//! encryption around it), the SQLite file offered as a backup, and the JSON the webview
//! sends to commands. The cargo-fuzz targets in fuzz/ call these, and so does a stable test
//! over the committed seeds (fuzz/seeds, tests/core/fuzz_corpus.rs), so the same code runs in CI
//! without nightly. Each function must return for any input: a panic is the bug to find.
//! (Spreadsheet CSV is only ever written by Backstory, never read, so it has no parser.)

use backstory_core::domain::{
    parse_json, ActivityDraft, CheckInDraft, PainDraft, PegDraft, Profile, TimelineQuery,
};
use backstory_core::exchange::{crypto, read};
use backstory_core::store::backups as backup;
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

/// The keys the signed-share target opens shares with: the golden share's test-only
/// recipient identity and sender code (tests/data/share), so its seeds get past the
/// signature and the decryption and reach the export parser.
const SHARE_IDENTITY: &str =
    include_str!("../../../../tests/data/share/v1-recipient-identity.json");
const SHARE_SENDER: &str = include_str!("../../../../tests/data/share/v1-sender-code.txt");

/// A signed share as offered for import: the envelope split and its header read, the
/// signature checked with the golden sender's key, then the body decrypted and read as
/// the import does (no journal: the journal's part is one transaction over checked data).
pub fn signed_share(data: &[u8]) {
    use backstory_core::exchange::pairing::{OwnIdentity, PairingCode};
    use backstory_core::exchange::signed;
    let Ok(envelope) = signed::split(data) else {
        return;
    };
    let sender = PairingCode::decode(SHARE_SENDER).expect("the golden sender code reads");
    if signed::verify(&envelope, &sender.keys, "Sam").is_ok() {
        let own = OwnIdentity::from_setting(SHARE_IDENTITY).expect("the golden identity reads");
        let _ = signed::open_body(&envelope, &own, now());
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

/// JSON text as the webview sends it, given as every argument of every command through
/// the real application-layer functions (backstory_application, the ones the shell's
/// commands call) on an in-memory journal, and to every kind of argument's parser.
pub fn ipc_json(data: &[u8]) {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    for input in IpcInput::ALL {
        input.check(value.clone());
    }
    let Ok(mut session) = crate::Session::in_memory() else {
        return;
    };
    for (name, args) in IPC_COMMANDS {
        let args: Vec<serde_json::Value> = args.iter().map(|_| value.clone()).collect();
        let _ = call_app(&mut session, name, args);
    }
}

/// Calls the application-layer function behind the window's command `name` with `args`
/// (in the command's order), as the shell's one-line command does. Requests that would
/// replace the session or touch files outside it (switching, unlocking, recovering,
/// encryption) and the window's own commands are only parsed. Returns whether the
/// function accepted the input.
pub fn call_app(session: &mut crate::Session, name: &str, args: Vec<serde_json::Value>) -> bool {
    use crate as app;
    use crate::Now;
    use serde_json::Value;
    let now = Now(now().fixed_offset());
    let mut args = args.into_iter();
    let mut next = || args.next().unwrap_or(Value::Null);
    // Tauri gives `String` arguments to the command already deserialised.
    fn string(value: Value) -> Option<String> {
        serde_json::from_value(value).ok()
    }
    fn ok<T, E>(r: Result<T, E>) -> bool {
        r.is_ok()
    }
    let s = session;
    match name {
        "app_status" => ok::<_, ()>(Ok(app::app_status(s))),
        "mark_welcomed" => ok(app::mark_welcomed(s)),
        "add_pain" => ok(app::add_pain(s, next(), now)),
        "update_pain" => {
            let id = next();
            string(id).is_some_and(|id| ok(app::update_pain(s, &id, next(), now)))
        }
        "add_activity" => ok(app::add_activity(s, next(), now)),
        "update_activity" => {
            let id = next();
            string(id).is_some_and(|id| ok(app::update_activity(s, &id, next(), now)))
        }
        "rate_relief" => {
            let id = next();
            string(id).is_some_and(|id| ok(app::rate_relief(s, &id, next(), now)))
        }
        "save_check_in" => ok(app::save_check_in(s, next(), now)),
        "check_in_on" => ok(app::check_in_on(s, next())),
        "delete_entry" => {
            let kind = next();
            string(next()).is_some_and(|id| ok(app::delete_entry(s, kind, &id, now)))
        }
        "restore_entry" => {
            let kind = next();
            string(next()).is_some_and(|id| ok(app::restore_entry(s, kind, &id, now)))
        }
        "timeline" => ok(app::timeline(s, next())),
        "suggest_link" => ok(app::suggest_link(s, next())),
        "get_profile" => ok(app::get_profile(s)),
        "save_profile" => ok(app::save_profile(s, next(), now)),
        "list_positions" => !app::list_positions().is_empty(),
        "list_alerts" => ok(app::list_alerts(s, now)),
        "acknowledge_alert" => {
            let rule = next();
            ok(app::acknowledge_alert(s, rule, next(), now))
        }
        "alert_history" => ok(app::alert_history(s, next())),
        "red_flag_rules" => !app::red_flag_rules().is_empty(),
        "guide_catalogue" | "guide_illustrations" => true,
        "guide_positions" => ok(app::guide_positions(s)),
        "suggest_movement_profile" => ok(app::suggest_movement_profile(next())),
        "guide_today" => ok(app::guide_today(s, now)),
        "plan_routine" => string(next()).is_some_and(|id| ok(app::plan_routine(s, &id, now))),
        "hurt_advice_for" => ok(app::hurt_advice_for(next())),
        "record_session" => ok(app::record_session(s, next(), now)),
        "set_core_level" => ok(app::set_core_level(s, next(), now)),
        "record_stress_relief" => {
            let tool = next();
            let started = next();
            string(tool).is_some_and(|t| ok(app::record_stress_relief(s, &t, started, next(), now)))
        }
        "log_outcome" => ok(app::log_outcome(s, next(), now)),
        "pending_outcomes" => ok(app::pending_outcomes(s, now)),
        "activity_outcomes" => ok(app::activity_outcomes(s, next())),
        "outcome_kinds" => ok(app::outcome_kinds(s)),
        "save_outcome_kinds" => ok(app::save_outcome_kinds(s, next())),
        "experiment_status" => ok(app::experiment_status(s, now)),
        "start_experiment" => ok(app::start_experiment(s, next(), now)),
        "mark_experiment_day" => ok(app::mark_experiment_day(s, next(), now)),
        "abandon_experiment" => ok(app::abandon_experiment(s, now)),
        "insights_pain_trend" => ok(app::insights_pain_trend(s, next(), now)),
        "insights_body_map" => ok(app::insights_body_map(s, next(), now)),
        "insights_pain_after" => ok(app::insights_pain_after(s, next())),
        "insights_adherence" => ok(app::insights_adherence(s, next(), now)),
        "insights_weekly_summary" => ok(app::insights_weekly_summary(s, now)),
        "insights_flares" => ok(app::insights_flares(s)),
        "add_peg" => ok(app::add_peg(s, next(), now)),
        "peg_overview" => ok(app::peg_overview(s, next(), now)),
        "dismiss_peg" => ok(app::dismiss_peg(s, now)),
        // File requests are planned (parsed and checked) but never given a path.
        "sharing_export" => {
            let request = next();
            ok(app::sharing_export(request, next(), now))
        }
        "sharing_export_csv" => ok(app::sharing_export_csv(next(), now)),
        "sharing_export_fhir" => ok(app::sharing_export_fhir(next(), now)),
        "import_partner_share" => {
            let name = next();
            ok(app::import_partner_share(name, next(), now))
        }
        "import_own_export" => ok(app::import_own_export(next(), now)),
        "sharing_report" => ok(app::sharing_report(next(), &source_fonts_dir(), now)),
        "sharing_report_preview" => ok(app::sharing_report_preview(s, next(), now)),
        "sharing_backup" | "restore_backup" => true,
        "sharing_partners" => ok(app::sharing_partners(s)),
        "remove_partner" => ok(app::remove_partner(s, next())),
        "sharing_partner_timeline" => {
            let id = next();
            ok(app::sharing_partner_timeline(s, id, next()))
        }
        "sharing_together" => ok(app::sharing_together(s, next(), now)),
        "pairing_own" => ok(app::pairing_own(s)),
        "pairing_add" => {
            let code = next();
            ok(app::pairing_add(s, code, next(), now))
        }
        "pairing_list" => ok(app::pairing_list(s, now)),
        "pairing_rename" => {
            let id = next();
            ok(app::pairing_rename(s, id, next()))
        }
        "pairing_remove" => ok(app::pairing_remove(s, next())),
        // Replaces the journal's keys: parsed only (it takes no argument).
        "pairing_rekey" | "import_signed_share" => true,
        "sharing_export_to" => ok(app::sharing_export_to(next(), now)),
        "set_evening_note" => ok(app::set_evening_note(s, next(), now)),
        "sharing_backups" => true,
        "reminder_settings" => ok(app::reminder_settings(s)),
        "save_reminder_settings" => ok(app::save_reminder_settings(s, next(), now)),
        "snooze_reminder" => ok(app::snooze_reminder(s, next(), now)),
        "next_reminders" => ok(app::next_reminders(s, now)),
        "security_status" => {
            let _ = app::security_status(s);
            true
        }
        "set_idle_lock" => ok(app::set_idle_lock(s, next())),
        // Parsed only: these replace the session or change files on disk.
        "switch_journal" => serde_json::from_value::<bool>(next()).is_ok(),
        "unlock_journal" | "encryption_disable" => {
            string(next()).is_some_and(|p| backstory_core::store::Passphrase::new(p).is_ok())
        }
        "encryption_enable" | "encryption_change" => string(next()).is_some(),
        "recover_from_backup" => serde_json::from_value::<String>(next())
            .is_ok_and(|n| s.data_dir.backup_named(false, &n).is_ok()),
        "lock_journal" => ok(app::lock_journal(s)),
        // Parsed only: saving writes the autostart entry and registers keys.
        "save_desktop_settings" => app::parse_desktop_settings(next()).is_ok(),
        // The window's own commands: no journal input.
        _ => false,
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
    PegDraft,
    PegWeeks,
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
    FhirRequest,
    SharePassphrase,
    PartnerName,
    PartnerId,
    TogetherQuery,
    ReportRequest,
    JournalPassphrase,
    NewJournalPassphrase,
    IdleLockMinutes,
    BackupName,
    OutcomeAnswer,
    ActivityIds,
    ActivityKinds,
    ExperimentRequest,
    ExperimentMark,
    PairingCode,
    SignedShareRequest,
    EveningNote,
    ReliefScore,
    DesktopSettings,
}

impl IpcInput {
    pub const ALL: [IpcInput; 47] = [
        IpcInput::Flag,
        IpcInput::PainDraft,
        IpcInput::ActivityDraft,
        IpcInput::CheckInDraft,
        IpcInput::PegDraft,
        IpcInput::PegWeeks,
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
        IpcInput::FhirRequest,
        IpcInput::SharePassphrase,
        IpcInput::PartnerName,
        IpcInput::PartnerId,
        IpcInput::TogetherQuery,
        IpcInput::ReportRequest,
        IpcInput::JournalPassphrase,
        IpcInput::NewJournalPassphrase,
        IpcInput::IdleLockMinutes,
        IpcInput::BackupName,
        IpcInput::OutcomeAnswer,
        IpcInput::ActivityIds,
        IpcInput::ActivityKinds,
        IpcInput::ExperimentRequest,
        IpcInput::ExperimentMark,
        IpcInput::PairingCode,
        IpcInput::SignedShareRequest,
        IpcInput::EveningNote,
        IpcInput::ReliefScore,
        IpcInput::DesktopSettings,
    ];

    /// Parses `value` as this argument and runs the checks that need no journal, as the
    /// shell does; true when it parsed (validation may still refuse it). Must return for
    /// any value.
    pub fn check(self, value: serde_json::Value) -> bool {
        use backstory_core::domain::EntryKind;
        use backstory_core::exchange::{
            import, report::ReportRequest, ExportRequest, TogetherQuery,
        };
        use backstory_core::guide::catalogue::catalogue;
        use backstory_core::guide::session::{hurt_advice, HurtReport, SessionReport};
        use backstory_core::insights::{AdherenceQuery, AfterQuery, TrendQuery};
        use backstory_core::reminders::{ReminderKind, ReminderSettings};
        use backstory_core::rules::RuleId;
        use backstory_core::store::Passphrase;
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
                let _ = d.validate(now(), backstory_core::guide::is_known_position);
            }),
            IpcInput::CheckInDraft => then(value, |d: CheckInDraft| {
                let _ = d.validate(today);
            }),
            IpcInput::PegDraft => then(value, |d: PegDraft| {
                let _ = d.validate(now());
            }),
            IpcInput::PegWeeks => parses::<Option<u32>>(value),
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
                let _ = backstory_core::guide::suggest_profile(
                    backstory_core::guide::positions_guide(),
                    &answers,
                );
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
            IpcInput::FhirRequest => parses::<backstory_core::exchange::fhir::FhirRequest>(value),
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
            IpcInput::OutcomeAnswer => parses::<backstory_core::domain::OutcomeAnswer>(value),
            IpcInput::ActivityIds => then(value, |ids: Vec<String>| {
                for id in &ids {
                    let _ = uuid::Uuid::parse_str(id);
                }
            }),
            IpcInput::ActivityKinds => parses::<Vec<backstory_core::domain::ActivityKind>>(value),
            IpcInput::ExperimentRequest => then(
                value,
                |r: backstory_core::experiments::ExperimentRequest| {
                    let _ = r.plan(chrono::NaiveDate::MIN, 0);
                },
            ),
            IpcInput::ExperimentMark => {
                parses::<backstory_core::experiments::ExperimentMark>(value)
            }
            IpcInput::PairingCode => text(value, |code| {
                let _ = backstory_core::exchange::pairing::PairingCode::decode(code);
            }),
            IpcInput::SignedShareRequest => {
                parses::<backstory_core::exchange::SignedShareRequest>(value)
            }
            IpcInput::EveningNote => parses::<backstory_core::exchange::EveningNote>(value),
            // rate_relief's 0-10, or null for "not known"; the range is the domain's check.
            IpcInput::ReliefScore => parses::<Option<u8>>(value),
            IpcInput::DesktopSettings => crate::parse_desktop_settings(value).is_ok(),
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
    (
        "rate_relief",
        &[("id", IpcInput::EntryId), ("relief", IpcInput::ReliefScore)],
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
    ("log_outcome", &[("answer", IpcInput::OutcomeAnswer)]),
    ("pending_outcomes", &[]),
    ("activity_outcomes", &[("ids", IpcInput::ActivityIds)]),
    ("outcome_kinds", &[]),
    ("save_outcome_kinds", &[("kinds", IpcInput::ActivityKinds)]),
    ("experiment_status", &[]),
    (
        "start_experiment",
        &[("request", IpcInput::ExperimentRequest)],
    ),
    ("mark_experiment_day", &[("mark", IpcInput::ExperimentMark)]),
    ("abandon_experiment", &[]),
    ("insights_pain_trend", &[("query", IpcInput::TrendQuery)]),
    ("insights_body_map", &[("query", IpcInput::TrendQuery)]),
    ("insights_pain_after", &[("query", IpcInput::AfterQuery)]),
    ("insights_adherence", &[("query", IpcInput::AdherenceQuery)]),
    ("insights_weekly_summary", &[]),
    ("insights_flares", &[]),
    ("add_peg", &[("draft", IpcInput::PegDraft)]),
    ("peg_overview", &[("weeks", IpcInput::PegWeeks)]),
    ("dismiss_peg", &[]),
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
    ("sharing_export_fhir", &[("request", IpcInput::FhirRequest)]),
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
    ("pairing_own", &[]),
    (
        "pairing_add",
        &[
            ("code", IpcInput::PairingCode),
            ("name", IpcInput::PartnerName),
        ],
    ),
    ("pairing_list", &[]),
    (
        "pairing_rename",
        &[("id", IpcInput::PartnerId), ("name", IpcInput::PartnerName)],
    ),
    ("pairing_remove", &[("id", IpcInput::PartnerId)]),
    ("pairing_rekey", &[]),
    (
        "sharing_export_to",
        &[("request", IpcInput::SignedShareRequest)],
    ),
    ("import_signed_share", &[]),
    ("set_evening_note", &[("note", IpcInput::EveningNote)]),
    ("sharing_report", &[("request", IpcInput::ReportRequest)]),
    (
        "sharing_report_preview",
        &[("request", IpcInput::ReportRequest)],
    ),
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
    ("desktop_settings", &[]),
    (
        "save_desktop_settings",
        &[("settings", IpcInput::DesktopSettings)],
    ),
    ("take_pending_screen", &[]),
    ("close_quick_log", &[("open_main", IpcInput::Flag)]),
    ("ui_locale", &[]),
];

/// A fuzz target: takes any bytes, must return.
pub type Target = fn(&[u8]);

/// The targets by name (the seed folders in fuzz/seeds/ carry these names).
pub const TARGETS: &[(&str, Target)] = &[
    ("export_file", export_file),
    ("age_file", age_file),
    ("backup_file", backup_file),
    ("ipc_json", ipc_json),
    ("signed_share", signed_share),
];

/// The report's fonts in the source tree (the app ships them as bundle resources).
fn source_fonts_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../assets/fonts")
}
