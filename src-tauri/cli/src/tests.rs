//! The command line's shape: how options are read, and that the window and the CLI offer
//! the same operations (each window command has a CLI twin calling the same app function,
//! or a written reason why not).

use crate::cli::{Cli, Command};
use clap::{CommandFactory, Parser};
use std::path::{Path, PathBuf};

fn parse(items: &[&str]) -> Cli {
    Cli::try_parse_from(std::iter::once("backstory").chain(items.iter().copied())).expect("parses")
}

#[test]
fn reads_globals_command_options_and_flags() {
    let cli = parse(&[
        "--data-dir",
        "/d",
        "add-pain",
        "--nrs",
        "5",
        "--region",
        "a,b",
        "--region=c",
        "--json",
    ]);
    assert_eq!(cli.data_dir, Some(PathBuf::from("/d")));
    assert!(cli.json, "--json counts after the subcommand too");
    let Command::AddPain(pain) = cli.command else {
        panic!("add-pain parsed as {:?}", cli.command)
    };
    assert_eq!(pain.nrs.as_deref(), Some("5"));
    assert_eq!(
        pain.region,
        vec!["a,b", "c"],
        "repeated values count; commas are split by add-pain (qualities use them too)"
    );
}

#[test]
fn missing_value_is_an_error() {
    let err = Cli::try_parse_from(["backstory", "list", "--limit"]).expect_err("must fail");
    assert!(
        err.to_string().contains("--limit"),
        "error names the option: {err}"
    );
    assert_eq!(err.exit_code(), 2, "a usage error exits with 2");
}

#[test]
fn the_definition_is_consistent_and_documents_exit_codes() {
    Cli::command().debug_assert();
    let help = Cli::command().render_long_help().to_string();
    assert!(
        help.contains("Exit codes:") && help.contains("3  refused"),
        "{help}"
    );
}

/// A window command and where the CLI offers the same operation.
enum Twin {
    /// The subcommand (space-separated path) that calls the same app function.
    Cli(&'static str),
    /// Why the CLI has none.
    WindowOnly(&'static str),
}
use Twin::{Cli as In, WindowOnly};

/// Every command of the window (generate_handler! in src-tauri/src/lib.rs).
const TWINS: &[(&str, Twin)] = &[
    ("app_status", In("status")),
    (
        "ui_ready",
        WindowOnly("tells the shell the first screen is drawn (start-up timing)"),
    ),
    (
        "switch_journal",
        WindowOnly("the CLI picks the journal on every run with --demo"),
    ),
    (
        "mark_welcomed",
        WindowOnly("the window's welcome screen was seen"),
    ),
    ("add_pain", In("add-pain")),
    ("update_pain", In("edit-pain")),
    ("add_activity", In("add-activity")),
    ("update_activity", In("edit-activity")),
    ("rate_relief", In("rate-relief")),
    ("save_check_in", In("check-in")),
    ("check_in_on", In("show-check-in")),
    ("delete_entry", In("delete")),
    ("restore_entry", In("undelete")),
    ("timeline", In("list")),
    ("suggest_link", In("suggest-link")),
    ("log_outcome", In("log-outcome")),
    ("pending_outcomes", In("pending-outcomes")),
    ("activity_outcomes", In("outcomes")),
    ("outcome_kinds", In("outcome-kinds")),
    ("save_outcome_kinds", In("outcome-kinds")),
    ("experiment_status", In("experiment status")),
    ("start_experiment", In("experiment start")),
    ("mark_experiment_day", In("experiment mark")),
    ("abandon_experiment", In("experiment abandon")),
    ("get_profile", In("profile show")),
    ("save_profile", In("profile set")),
    ("list_positions", In("positions")),
    ("list_alerts", In("alerts")),
    ("acknowledge_alert", In("acknowledge-alert")),
    ("alert_history", In("alert-history")),
    ("red_flag_rules", In("red-flag-rules")),
    (
        "guide_fast_timers",
        WindowOnly("end-to-end tests run the guided player's timers fast"),
    ),
    ("guide_catalogue", In("guide catalogue")),
    (
        "guide_illustrations",
        WindowOnly("the drawings (SVG) the window's guide shows"),
    ),
    ("guide_positions", In("guide positions")),
    ("suggest_movement_profile", In("guide movement-profile")),
    ("guide_today", In("today")),
    ("plan_routine", In("guide plan")),
    ("hurt_advice_for", In("guide hurt-advice")),
    ("record_session", In("guide record-session")),
    ("set_core_level", In("guide core-level")),
    ("record_stress_relief", In("guide stress-relief")),
    ("insights_pain_trend", In("insights pain-trend")),
    ("insights_body_map", In("insights body-map")),
    ("insights_pain_after", In("insights pain-after")),
    ("insights_adherence", In("insights adherence")),
    ("insights_weekly_summary", In("insights weekly")),
    ("insights_flares", In("flares")),
    ("add_peg", In("add-peg")),
    ("peg_overview", In("peg")),
    ("dismiss_peg", In("peg")),
    ("sharing_export", In("export")),
    ("sharing_export_csv", In("export")),
    ("sharing_export_fhir", In("export")),
    ("import_partner_share", In("import")),
    ("import_own_export", In("import")),
    ("sharing_partners", In("partners")),
    ("remove_partner", In("remove-partner")),
    ("sharing_partner_timeline", In("partner-entries")),
    ("sharing_together", In("together")),
    ("pairing_own", In("pair show")),
    ("pairing_add", In("pair add")),
    ("pairing_list", In("pair list")),
    ("pairing_rename", In("pair rename")),
    ("pairing_remove", In("pair remove")),
    ("pairing_rekey", In("pair rekey")),
    ("sharing_export_to", In("export")),
    ("import_signed_share", In("import")),
    ("set_evening_note", In("pair note")),
    ("sharing_report", In("report")),
    ("sharing_report_preview", In("report")),
    ("sharing_backup", In("backup")),
    ("restore_backup", In("restore")),
    ("sharing_backups", In("backups")),
    ("reminder_settings", In("reminders show")),
    ("save_reminder_settings", In("reminders set")),
    ("snooze_reminder", In("reminders snooze")),
    ("next_reminders", In("reminders next")),
    (
        "show_test_reminder",
        WindowOnly("shows a sample desktop notification"),
    ),
    (
        "take_pending_reminder",
        WindowOnly("the notification the window has not opened yet"),
    ),
    ("security_status", In("security-status")),
    (
        "unlock_journal",
        WindowOnly("every CLI run opens an encrypted journal with BACKSTORY_PASSPHRASE"),
    ),
    (
        "lock_journal",
        WindowOnly("the CLI closes the journal when each command ends"),
    ),
    ("encryption_enable", In("encrypt")),
    ("encryption_disable", In("decrypt")),
    ("encryption_change", In("change-passphrase")),
    ("set_idle_lock", In("idle-lock")),
    ("recover_from_backup", In("recover")),
    (
        "desktop_settings",
        WindowOnly("the tray, start at login and the quick-log shortcut are the window app's"),
    ),
    (
        "save_desktop_settings",
        WindowOnly("the tray, start at login and the quick-log shortcut are the window app's"),
    ),
    (
        "take_pending_screen",
        WindowOnly("the screen the tray menu asked a new main window to open"),
    ),
    (
        "close_quick_log",
        WindowOnly("the quick-log window closes itself"),
    ),
    (
        "ui_locale",
        WindowOnly("the window asks which language to speak; the CLI reads the same choice itself"),
    ),
];

/// Subcommands with no window twin, and why.
const CLI_ONLY: &[(&str, &str)] = &[
    (
        "experiment result",
        "the result alone, for scripts; the window shows it within experiment_status",
    ),
    (
        "generate",
        "writes the benchmark journal (measuring, not journaling)",
    ),
    (
        "storage-check",
        "the data-folder warning alone, without opening the journal",
    ),
    (
        "encryption-status",
        "the one field scripts check; security-status has it all",
    ),
    (
        "log-relief",
        "add-activity's twin (app::add_activity) with relief flags, so a script need not build the relief object",
    ),
    ("completions", "shell completions"),
    ("crash-writer", "hidden helper the crash tests kill"),
];

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn rust_files(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .map(|p| {
            let text = read(&p);
            (p, text)
        })
        .collect();
    files.sort();
    files
}

/// The commands registered in generate_handler!, by function name.
fn registered_commands(shell: &Path) -> Vec<String> {
    let lib = read(&shell.join("lib.rs"));
    let start = lib
        .find("generate_handler![")
        .expect("lib.rs registers commands");
    let end = start + lib[start..].find(']').expect("the list ends");
    lib[start + "generate_handler![".len()..end]
        .split(',')
        .map(|item| item.trim())
        .filter(|item| !item.is_empty())
        .map(|item| item.rsplit("::").next().unwrap().to_string())
        .collect()
}

/// The app-layer functions a piece of source calls or passes (`app::name`).
fn app_calls(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("app::") {
        rest = &rest[at + "app::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !rest[name.len()..].starts_with("::")
            && name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        {
            found.push(name);
        }
    }
    found
}

/// The body of the `#[tauri::command]` function `name` in the shell's sources.
fn command_body(files: &[(PathBuf, String)], name: &str) -> String {
    for (_, text) in files {
        let Some(at) = text.find(&format!("pub fn {name}(")) else {
            continue;
        };
        let body = &text[at..];
        let end = body.find("\n}\n").map_or(body.len(), |e| e + 2);
        return body[..end].to_string();
    }
    panic!("no function {name} in src-tauri/src")
}

/// Every leaf subcommand, as a space-separated path ("profile show").
fn cli_leaves(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        let path = format!("{prefix}{}", sub.get_name());
        if sub.has_subcommands() {
            cli_leaves(sub, &format!("{path} "), out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn every_window_command_has_a_cli_twin_on_the_same_app_function_or_a_reason() {
    let cli_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let shell_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
    let shell = rust_files(&shell_dir);
    let cli_sources: String = rust_files(&cli_dir)
        .into_iter()
        .filter(|(p, _)| !p.ends_with("tests.rs"))
        .map(|(_, t)| t)
        .collect();
    let cli_calls = app_calls(&cli_sources);
    let mut leaves = Vec::new();
    cli_leaves(&Cli::command(), "", &mut leaves);

    let registered = registered_commands(&shell_dir);
    for name in &registered {
        assert!(
            TWINS.iter().any(|(n, _)| n == name),
            "the window command {name} has neither a CLI twin nor a reason in TWINS"
        );
    }
    for (name, twin) in TWINS {
        assert!(
            registered.iter().any(|r| r == name),
            "TWINS lists {name}, which generate_handler! does not register"
        );
        match twin {
            WindowOnly(reason) => assert!(!reason.is_empty(), "{name}: say why"),
            In(sub) => {
                assert!(
                    leaves.iter().any(|l| l == sub),
                    "{name}: the CLI has no subcommand `{sub}`"
                );
                let calls = app_calls(&command_body(&shell, name));
                assert!(
                    !calls.is_empty(),
                    "{name}: the window command calls no app-layer function"
                );
                for call in &calls {
                    assert!(
                        cli_calls.contains(call),
                        "{name}: the window calls app::{call}, the CLI (`{sub}`) never does"
                    );
                }
            }
        }
    }
    for leaf in &leaves {
        let twinned = TWINS.iter().any(|(_, t)| matches!(t, In(s) if s == leaf));
        let alone = CLI_ONLY.iter().any(|(s, _)| s == leaf);
        assert!(
            twinned || alone,
            "the CLI subcommand `{leaf}` is neither a window command's twin nor in CLI_ONLY"
        );
    }
}

/// The UI tests' mocked backend sends `journal-changed` after exactly the commands the
/// shell sends it after (those that go through `state.write`), so screens are tested
/// against the events they will get.
#[test]
fn the_ui_mock_sends_journal_changed_after_the_shells_writes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let shell = rust_files(&root.join("src-tauri/src"));
    let mut writes: Vec<String> = registered_commands(&root.join("src-tauri/src"))
        .into_iter()
        .filter(|name| {
            let body = command_body(&shell, name);
            body.contains("state.write(") || body.contains("write_with_file(")
        })
        .collect();
    writes.sort();
    assert!(
        writes.len() > 10,
        "the shell's writes were found: {writes:?}"
    );
    let mock = read(&root.join("ui/src/test-fixtures/demoBackend.ts"));
    let start = mock.find("WRITES").expect("demoBackend.ts lists WRITES");
    let block = &mock[start..start + mock[start..].find("};").expect("the list ends")];
    let mut mocked: Vec<String> = block
        .lines()
        .filter_map(|l| l.trim().split_once(':'))
        .map(|(name, _)| name.trim().to_string())
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect();
    mocked.sort();
    assert_eq!(
        mocked, writes,
        "ui/src/test-fixtures/demoBackend.ts WRITES lists the shell's write commands"
    );
}
