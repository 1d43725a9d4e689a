//! The Tauri shell: reads the launch options, opens the journal, registers the commands.
//! Everything that matters lives in backstory-core; this crate only adapts it to IPC.

mod alert_commands;
mod commands;
mod desktop;
mod error;
mod guide_commands;
mod insight_commands;
mod ready;
mod reminder_commands;
mod sharing_commands;
mod state;
mod trust_commands;

use state::{AppState, LaunchOptions, Session};
use std::path::PathBuf;
use tauri::Manager;

/// How many days of entries the demo journal holds.
const DEMO_DAYS: i64 = 90;
use backstory_core::exchange::backup::DELETED_KEEP_DAYS;

/// Opens the journal for the data folder; the demo journal is filled on first use.
pub(crate) fn open_session(data_dir: PathBuf, demo: bool) -> Session {
    open_session_with(data_dir, demo, None)
}

/// `open_session` for an encrypted journal (trust_commands::unlock_journal).
pub(crate) fn open_session_with(
    data_dir: PathBuf,
    demo: bool,
    key: Option<&backstory_core::store::Passphrase>,
) -> Session {
    let session = open_journal_session(data_dir, demo, key);
    sharing_commands::daily_backup(&session);
    session
}

/// How long after start-up the daily backup waits, so it never competes with the first
/// screen (it reads the whole journal: ~1 s at 200k entries).
const DAILY_BACKUP_DELAY: std::time::Duration = std::time::Duration::from_secs(5);

/// Takes the daily backup (if today's is missing) a little after start-up, on its own
/// connection, so neither the first screen nor any command waits for it.
fn daily_backup_later(data_dir: PathBuf, demo: bool) {
    std::thread::sleep(DAILY_BACKUP_DELAY);
    sharing_commands::daily_backup(&Session::open_with(data_dir, demo, None));
}

/// Everything `open_session_with` does but the daily backup.
fn open_journal_session(
    data_dir: PathBuf,
    demo: bool,
    key: Option<&backstory_core::store::Passphrase>,
) -> Session {
    let mut session = Session::open_with(data_dir, demo, key);
    if demo {
        if let Ok(journal) = &mut session.journal {
            let empty = journal
                .timeline(&Default::default())
                .map(|page| page.items.is_empty())
                .unwrap_or(false);
            if empty {
                let now = chrono::Utc::now();
                if let Err(err) = backstory_core::demo::fill_demo(
                    journal,
                    now,
                    commands::local_offset(),
                    DEMO_DAYS,
                ) {
                    eprintln!("backstory: could not fill the demo journal: {}", err.kind());
                }
            }
        }
    }
    if let Ok(journal) = &session.journal {
        if journal.permissions_repaired() > 0 {
            eprintln!(
                "backstory: made the data folder private ({} files or folders were readable by other accounts)",
                journal.permissions_repaired()
            );
        }
    }
    if let Ok(journal) = &mut session.journal {
        let cutoff = chrono::Utc::now() - chrono::Duration::days(i64::from(DELETED_KEEP_DAYS));
        if let Err(err) = journal.purge_deleted(cutoff) {
            eprintln!("backstory: could not purge deleted entries: {}", err.kind());
        }
    }
    // The red-flag rules run at start-up too: days may have passed since the last write.
    if let Ok(journal) = &mut session.journal {
        if let Err(err) = journal.refresh_alerts(chrono::Utc::now()) {
            eprintln!(
                "backstory: could not evaluate the red-flag rules: {}",
                err.kind()
            );
        }
    }
    session
}

pub fn run() {
    ready::mark_start();
    let options = LaunchOptions::parse(std::env::args().skip(1));
    let chosen_dir = options
        .data_dir
        .as_ref()
        .map(|d| std::fs::canonicalize(d).unwrap_or_else(|_| d.clone()));
    tauri::Builder::default()
        // First: a second launch on the same data folder focuses this window and exits.
        .plugin(desktop::single_instance(chosen_dir.as_deref()))
        .plugin(desktop::window_state(chosen_dir.as_deref()))
        // Notifications are sent from Rust only (the reminder ticker); the webview is
        // granted no notification permission.
        .plugin(tauri_plugin_notification::init())
        // Dialogs are opened from Rust only; no dialog permission is granted to the webview.
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            let data_dir = match options.data_dir.clone() {
                Some(dir) => dir,
                None => app.path().app_data_dir()?,
            };
            // The journal opens (quick_check, migrations, red-flag refresh) on its own
            // thread while the window and WebKit start; commands wait for it. The daily
            // backup follows a few seconds later on its own connection.
            let demo = options.demo;
            app.manage(AppState::opening());
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                let opened = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    open_journal_session(data_dir.clone(), demo, None)
                }));
                let opened_ok = matches!(&opened, Ok(session) if session.journal.is_ok());
                let session =
                    opened.unwrap_or_else(|_| state::Session::failed(data_dir.clone(), demo));
                handle.state::<AppState>().fill(session);
                if opened_ok {
                    daily_backup_later(data_dir, demo);
                }
            });
            app.manage(desktop::ReminderInbox::default());
            desktop::setup_notifications(app.handle());
            desktop::start_reminder_ticker(app.handle());
            desktop::exit_on_terminate(app.handle());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_status,
            ready::ui_ready,
            commands::switch_journal,
            commands::mark_welcomed,
            commands::add_pain,
            commands::update_pain,
            commands::add_activity,
            commands::update_activity,
            commands::save_check_in,
            commands::check_in_on,
            commands::delete_entry,
            commands::restore_entry,
            commands::timeline,
            commands::suggest_link,
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
            insight_commands::insights_pain_after,
            insight_commands::insights_adherence,
            insight_commands::insights_weekly_summary,
            sharing_commands::sharing_export,
            sharing_commands::sharing_export_csv,
            sharing_commands::import_partner_share,
            sharing_commands::import_own_export,
            sharing_commands::sharing_partners,
            sharing_commands::remove_partner,
            sharing_commands::sharing_partner_timeline,
            sharing_commands::sharing_together,
            sharing_commands::sharing_report,
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
        ])
        .run(tauri::generate_context!())
        .expect("error while running Backstory");
}
