//! The Tauri shell: reads the launch options, opens the journal, registers the commands.
//! Everything that matters lives in backstory-core; this crate only adapts it to IPC.

mod alert_commands;
mod commands;
mod desktop;
mod desktop_commands;
mod error;
mod footprint;
mod guide_commands;
mod insight_commands;
mod pairing_commands;
mod peg_commands;
mod ready;
mod reminder_commands;
#[cfg(target_os = "linux")]
mod session_bus;
mod sharing_commands;
mod state;
mod tray;
mod trust_commands;
mod windows;

use backstory_application::{Checked, DataDir, Now, Session};
use backstory_core::store::IntegrityCheck;
use state::{AppState, LaunchOptions};
use tauri::Manager;

/// How long after start-up the daily backup waits, so it never competes with the first
/// screen (it reads the whole journal: ~1 s at 200k entries).
const DAILY_BACKUP_DELAY: std::time::Duration = std::time::Duration::from_secs(5);
/// The full integrity check waits for the first screen, but never longer than this.
const CHECK_WAITS_AT_MOST: std::time::Duration = std::time::Duration::from_secs(3);

/// Runs the journal's full integrity check on its own thread once the first screen is
/// shown. Until it passes, commits stay in the WAL and the journal file is not written;
/// if it fails, the session becomes the damaged-journal failure (the file stays as it
/// was, and the window offers the restore). Then, if asked, the daily backup.
pub(crate) fn verify_later<R: tauri::Runtime>(
    handle: tauri::AppHandle<R>,
    check: Option<IntegrityCheck>,
    backup: Backup,
) {
    std::thread::spawn(move || {
        let verified = match check {
            None => true,
            Some(check) => {
                ready::wait_first_screen(CHECK_WAITS_AT_MOST);
                let outcome = check.run();
                let state = handle.state::<AppState>();
                let mut session = state.session();
                match session.apply_check(&check, outcome) {
                    Checked::Verified => true,
                    Checked::Damaged => {
                        drop(session);
                        // The window re-reads the status: the start-up error screen with
                        // its restore offer.
                        let _ = tauri::Emitter::emit(&handle, EVENT_JOURNAL_DAMAGED, ());
                        false
                    }
                    // Another journal was opened meanwhile (switch, lock): nothing to do.
                    Checked::NotThisJournal => false,
                }
            }
        };
        if !verified {
            return;
        }
        match backup {
            Backup::OwnConnection { data_dir, demo } => {
                std::thread::sleep(DAILY_BACKUP_DELAY);
                Session::open(data_dir, demo, None).daily_backup(Now::local());
            }
            Backup::Session => {
                std::thread::sleep(DAILY_BACKUP_DELAY);
                handle
                    .state::<AppState>()
                    .session()
                    .daily_backup(Now::local());
            }
        }
    });
}

/// Sent to the window when the integrity check after the first screen finds the journal
/// damaged.
pub const EVENT_JOURNAL_DAMAGED: &str = "journal-damaged";

/// Which daily backup follows a successful integrity check.
pub(crate) enum Backup {
    /// On a connection of its own (a plain journal at start-up).
    OwnConnection { data_dir: DataDir, demo: bool },
    /// On the session's journal (an unlocked one: only it holds the passphrase).
    Session,
}

/// The thread that opens the journal at start-up.
const OPENING_THREAD: &str = "journal-open";

/// A panic while the journal opens must show the start-up error screen, not leave the
/// window waiting. With unwinding (tests) `catch_unwind` in the opening thread does it;
/// the release build aborts on panic (smaller binary, Cargo.toml), so this hook does it
/// there: it puts in the failed session and parks the panicking thread for good, so the
/// abort never comes and the window stays up with the error screen.
fn keep_open_failures_on_screen<R: tauri::Runtime>(
    handle: tauri::AppHandle<R>,
    data_dir: DataDir,
    demo: bool,
) {
    if !cfg!(panic = "abort") {
        return;
    }
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        default(info);
        if std::thread::current().name() == Some(OPENING_THREAD) {
            handle
                .state::<AppState>()
                .fill(Session::failed(data_dir.clone(), demo));
            loop {
                std::thread::park();
            }
        }
    }));
}

/// Runs every command on Tauri's blocking pool, so none holds up the window. The commands
/// are plain functions (their `tauri::command` attribute has no `async`, so Tauri alone
/// would run them on the main thread): as `async` commands each had a future and a task
/// type of its own, about
/// 0.37 MB of the release binary for the 91 of them (issue 18, docs/performance.md); this
/// one hop is the same for all. A command the handler does not know is refused as Tauri
/// refuses it (the ACL already refuses any command not in build.rs).
fn off_the_main_thread<R: tauri::Runtime>(
    handler: impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static,
) -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    let handler = std::sync::Arc::new(handler);
    move |invoke| {
        let handler = handler.clone();
        let resolver = invoke.resolver.clone();
        let command = invoke.message.command().to_string();
        tauri::async_runtime::spawn_blocking(move || {
            if !handler(invoke) {
                resolver.reject(format!("Command {command} not found"));
            }
        });
        true
    }
}

/// Start at login runs Backstory in the tray, on the same data folder as now (a folder
/// whose name has a space is left out: the autostart entry's Exec line does not quote).
fn autostart_plugin<R: tauri::Runtime>(
    data_dir: Option<&std::path::Path>,
) -> tauri::plugin::TauriPlugin<R> {
    let mut args = vec!["--tray".to_string()];
    if let Some(dir) = data_dir.and_then(|d| d.to_str()) {
        if !dir.contains(char::is_whitespace) {
            args.extend(["--data-dir".to_string(), dir.to_string()]);
        }
    }
    tauri_plugin_autostart::Builder::new().args(args).build()
}

pub fn run() {
    ready::mark_start();
    let options = LaunchOptions::parse(std::env::args().skip(1));
    let chosen_dir = options
        .data_dir
        .as_ref()
        .map(|d| std::fs::canonicalize(d).unwrap_or_else(|_| d.clone()));
    let builder = tauri::Builder::default()
        // First: a second launch on the same data folder focuses this window and exits.
        .plugin(desktop::single_instance(chosen_dir.as_deref()))
        .plugin(desktop::window_state(chosen_dir.as_deref()));
    // Notifications are sent from Rust only (the reminder ticker); the webview is granted
    // no notification permission. On Linux they go over the single-instance connection
    // (session_bus.rs).
    #[cfg(not(target_os = "linux"))]
    let builder = builder.plugin(tauri_plugin_notification::init());
    builder
        // Dialogs are opened from Rust only; no dialog permission is granted to the webview.
        .plugin(tauri_plugin_dialog::init())
        // Tray life (issue 19), from Rust only: start at login and the quick-log shortcut.
        .plugin(autostart_plugin(chosen_dir.as_deref()))
        .plugin(tray::shortcut_plugin())
        .setup(move |app| {
            let data_dir = DataDir::new(match options.data_dir.clone() {
                Some(dir) => dir,
                None => app.path().app_data_dir()?,
            });
            // The journal opens (cheap checks, migrations, red-flag refresh) on its own
            // thread while the window and WebKit start; commands wait for it. Its full
            // integrity check runs once the first screen is shown, then the daily backup
            // on its own connection.
            let demo = options.demo;
            let desktop = windows::Desktop::new(data_dir.clone());
            backstory_core::i18n::set_current(backstory_application::resolved_locale(
                &desktop.prefs(),
            ));
            app.manage(desktop);
            app.manage(AppState::opening());
            let handle = app.handle().clone();
            keep_open_failures_on_screen(handle.clone(), data_dir.clone(), demo);
            std::thread::Builder::new()
                .name(OPENING_THREAD.into())
                .spawn(move || {
                    let opened = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        Session::open_check_later(data_dir.clone(), demo, None, Now::local())
                    }));
                    let (session, check) =
                        opened.unwrap_or_else(|_| (Session::failed(data_dir.clone(), demo), None));
                    let opened_ok = session.journal.is_ok();
                    handle.state::<AppState>().fill(session);
                    if opened_ok {
                        let backup = Backup::OwnConnection { data_dir, demo };
                        verify_later(handle, check, backup);
                    }
                })?;
            app.manage(desktop::ReminderInbox::default());
            let in_tray = tray::show_tray(app.handle()).unwrap_or_else(|err| {
                eprintln!("backstory: no tray icon: {err}");
                false
            });
            // Started in the tray (at login) or for quick log only: no main webview until
            // the window is opened. Without a tray icon the window always opens.
            if options.quick_log {
                windows::open_quick_log(app.handle());
            }
            if !in_tray || !(options.tray || options.quick_log) {
                windows::show_main(app.handle());
            }
            let shortcut = app.state::<windows::Desktop>().prefs().quick_log_shortcut;
            if let Err(err) = tray::apply_shortcut(app.handle(), shortcut.as_deref()) {
                eprintln!("backstory: the quick-log shortcut: {}", err.message);
            }
            desktop::setup_notifications(app.handle());
            desktop::start_reminder_ticker(app.handle());
            desktop::exit_on_terminate(app.handle());
            Ok(())
        })
        .invoke_handler(off_the_main_thread(tauri::generate_handler![
            commands::app_status,
            ready::ui_ready,
            commands::switch_journal,
            commands::mark_welcomed,
            commands::add_pain,
            commands::update_pain,
            commands::add_activity,
            commands::update_activity,
            commands::rate_relief,
            commands::save_check_in,
            commands::check_in_on,
            commands::delete_entry,
            commands::restore_entry,
            commands::timeline,
            commands::suggest_link,
            commands::log_outcome,
            commands::pending_outcomes,
            commands::activity_outcomes,
            commands::outcome_kinds,
            commands::save_outcome_kinds,
            commands::experiment_status,
            commands::start_experiment,
            commands::mark_experiment_day,
            commands::abandon_experiment,
            commands::get_profile,
            commands::save_profile,
            commands::list_positions,
            alert_commands::list_alerts,
            alert_commands::acknowledge_alert,
            alert_commands::alert_history,
            alert_commands::red_flag_rules,
            guide_commands::guide_fast_timers,
            guide_commands::guide_catalogue,
            guide_commands::guide_illustrations,
            guide_commands::guide_positions,
            guide_commands::suggest_movement_profile,
            guide_commands::guide_today,
            guide_commands::plan_routine,
            guide_commands::hurt_advice_for,
            guide_commands::record_session,
            guide_commands::set_core_level,
            guide_commands::record_stress_relief,
            insight_commands::insights_pain_trend,
            insight_commands::insights_body_map,
            insight_commands::insights_pain_after,
            insight_commands::insights_adherence,
            insight_commands::insights_weekly_summary,
            insight_commands::insights_flares,
            peg_commands::add_peg,
            peg_commands::peg_overview,
            peg_commands::dismiss_peg,
            sharing_commands::sharing_export,
            sharing_commands::sharing_export_csv,
            sharing_commands::sharing_export_fhir,
            sharing_commands::import_partner_share,
            sharing_commands::import_own_export,
            sharing_commands::sharing_partners,
            sharing_commands::remove_partner,
            sharing_commands::sharing_partner_timeline,
            sharing_commands::sharing_together,
            pairing_commands::pairing_own,
            pairing_commands::pairing_add,
            pairing_commands::pairing_list,
            pairing_commands::pairing_rename,
            pairing_commands::pairing_remove,
            pairing_commands::pairing_rekey,
            pairing_commands::sharing_export_to,
            pairing_commands::import_signed_share,
            pairing_commands::set_evening_note,
            sharing_commands::sharing_report,
            sharing_commands::sharing_report_preview,
            sharing_commands::sharing_backup,
            sharing_commands::restore_backup,
            sharing_commands::sharing_backups,
            reminder_commands::reminder_settings,
            reminder_commands::save_reminder_settings,
            reminder_commands::snooze_reminder,
            reminder_commands::next_reminders,
            reminder_commands::show_test_reminder,
            reminder_commands::take_pending_reminder,
            trust_commands::security_status,
            trust_commands::unlock_journal,
            trust_commands::lock_journal,
            trust_commands::encryption_enable,
            trust_commands::encryption_disable,
            trust_commands::encryption_change,
            trust_commands::set_idle_lock,
            trust_commands::recover_from_backup,
            desktop_commands::desktop_settings,
            desktop_commands::save_desktop_settings,
            desktop_commands::take_pending_screen,
            desktop_commands::close_quick_log,
            desktop_commands::ui_locale,
        ]))
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                if window.label() == windows::MAIN {
                    windows::main_close_requested(window, api);
                }
            }
        })
        .build(tauri::generate_context!())
        .expect("error while building Backstory")
        .run(|app, event| windows::keep_running_without_windows(app, &event));
}
