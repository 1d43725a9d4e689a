//! Desktop life: the reminder ticker and its native notifications, one instance per data
//! folder (a second launch focuses the first window), and the window's size and position
//! remembered. All from Rust: the webview holds no notification or window permission.
//!
//! Clicking a notification: where the notification server reports it (most Linux desktops,
//! Windows while the toast is up, macOS), a click or the "Open" button brings the window
//! forward and opens the reminder's screen; "Snooze" snoozes it. Where no click is reported,
//! the window asks for attention and the UI opens the reminder's screen the next time the
//! window gets focus (see ui/src/lib/reminders.svelte.ts).

use crate::state::AppState;
use backstory_application::Now;
use backstory_core::i18n;
use backstory_core::reminders::{DueReminder, ReminderKind, ReminderOpen};
use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager, Runtime, UserAttentionType};
use tauri_plugin_notification::{Action, ActionType, NotificationExt};

/// Events sent to the webview.
pub const EVENT_REMINDER: &str = "reminder";
pub const EVENT_REMINDER_OPEN: &str = "reminder-open";

/// Seconds between ticks; `BACKSTORY_REMINDER_TICK_SECS` shortens it for end-to-end tests.
const DEFAULT_TICK_SECS: u64 = 30;
/// The first tick waits this long, so the window is up and listening.
const FIRST_TICK_SECS: u64 = 3;
const ACTION_TYPE: &str = "reminder";

/// The last reminder shown, for the UI to open when the window next gets focus.
#[derive(Default)]
pub struct ReminderInbox(pub Mutex<Option<DueReminder>>);

fn tick_interval() -> Duration {
    let secs = std::env::var("BACKSTORY_REMINDER_TICK_SECS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .filter(|s| *s >= 1)
        .unwrap_or(DEFAULT_TICK_SECS);
    Duration::from_secs(secs)
}

/// A D-Bus-safe id for this data folder, so two journals can be open side by side (tests,
/// the demo in another folder) while a second launch on the same folder focuses the first.
pub fn instance_id(identifier: &str, data_dir: Option<&Path>) -> String {
    match data_dir {
        None => identifier.to_string(),
        Some(dir) => {
            // FNV-1a: stable across builds and platforms, unlike std's hasher.
            let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
            for byte in dir.to_string_lossy().as_bytes() {
                hash ^= u64::from(*byte);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
            format!("{identifier}.d{hash:016x}")
        }
    }
}

/// Brings the main window to the front (made if Backstory runs in the tray).
pub fn focus_main<R: Runtime>(app: &AppHandle<R>) {
    crate::windows::show_main(app);
}

/// The single-instance plugin: registered first, keyed by data folder. A second launch
/// shows the main window, or with `--quick-log` does what the tray's "Log pain" does.
pub fn single_instance<R: Runtime>(data_dir: Option<&Path>) -> tauri::plugin::TauriPlugin<R> {
    // The identifier from tauri.conf.json; the plugin appends ".SingleInstance".
    let id = instance_id("app.backstory.journal", data_dir);
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(id)
        .callback(|app, argv, _cwd| {
            if crate::state::LaunchOptions::parse(argv.into_iter().skip(1)).quick_log {
                crate::tray::perform(app, crate::tray::TrayAction::LogPain);
            } else {
                focus_main(app);
            }
        })
        .build()
}

/// Remembers the window's size, position and maximised state; with `--data-dir` the state
/// file lives in that folder so test runs never disturb the user's window.
pub fn window_state<R: Runtime>(data_dir: Option<&Path>) -> tauri::plugin::TauriPlugin<R> {
    use tauri_plugin_window_state::{Builder, StateFlags};
    // The quick-log window always opens small and centred.
    let mut builder = Builder::new()
        .with_state_flags(StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED)
        .with_denylist(&[crate::windows::QUICK_LOG]);
    if let Some(dir) = data_dir {
        // An absolute file name replaces the config folder the plugin would use.
        builder = builder.with_filename(dir.join("window-state.json").to_string_lossy());
    }
    builder.build()
}

fn open_reminder<R: Runtime>(app: &AppHandle<R>, kind: ReminderKind) {
    if app.get_webview_window(crate::windows::MAIN).is_some() {
        focus_main(app);
        let _ = app.emit(EVENT_REMINDER_OPEN, ReminderOpen::of(kind));
    } else {
        // Backstory was in the tray: the window made now opens the screen when it starts.
        crate::windows::show_main_at(app, kind.screen());
    }
    if let Some(inbox) = app.try_state::<ReminderInbox>() {
        *inbox.0.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

/// Registers the notification buttons and what a click or a button does.
pub fn setup_notifications<R: Runtime>(app: &AppHandle<R>) {
    let notification = app.notification();
    let _ = notification.register_action_types(vec![ActionType::builder(ACTION_TYPE)
        .actions(vec![
            Action::builder("open", i18n::tr("notification-action-open")).build(),
            Action::builder("snooze", i18n::tr("notification-action-snooze")).build(),
        ])
        .build()]);
    let handle = app.clone();
    let _ = notification.on_action(move |performed| {
        let Some(kind) = performed
            .notification()
            .and_then(|n| ReminderKind::from_code(n.id()))
        else {
            focus_main(&handle);
            return;
        };
        if performed.action_id() == "snooze" {
            let state = handle.state::<AppState>();
            let _ = state.run(|s| {
                backstory_application::snooze_reminder(s, serde_json::json!(kind), Now::local())
            });
        } else {
            open_reminder(&handle, kind);
        }
    });
}

/// Shows one reminder: a native notification, the in-app reminder, and a request for
/// attention when the window is not focused.
pub fn show_reminder<R: Runtime>(app: &AppHandle<R>, reminder: &DueReminder) {
    if let Err(err) = app
        .notification()
        .builder()
        .id(reminder.kind.code())
        .title(&reminder.title)
        .body(&reminder.body)
        .action_type_id(ACTION_TYPE)
        .show()
    {
        // No notification server (a bare X session): the in-app reminder still shows.
        eprintln!("backstory: could not show a notification: {err}");
    }
    let _ = app.emit(EVENT_REMINDER, reminder);
    let Some(window) = app.get_webview_window(crate::windows::MAIN) else {
        // In the tray: the window, when opened, opens this reminder's screen.
        crate::windows::remember_for_later(app, reminder);
        return;
    };
    if !window.is_focused().unwrap_or(false) {
        // Kept for the UI to open when the window next gets focus (a click may never be
        // reported); while the user is in the app the in-app reminder is enough.
        if let Some(inbox) = app.try_state::<ReminderInbox>() {
            *inbox.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(reminder.clone());
        }
        let _ = window.request_user_attention(Some(UserAttentionType::Informational));
    }
}

/// One tick: asks the core what is due now in the local time zone and shows it.
fn tick<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    let due = match state.run(|s| backstory_application::take_due_reminders(s, Now::local())) {
        Ok(due) => due,
        // A locked or failed journal has nothing to remind of.
        Err(err) if err.kind == "database" => return,
        Err(err) => {
            eprintln!("backstory: reminders: {}", err.kind);
            return;
        }
    };
    for reminder in &due {
        show_reminder(app, reminder);
    }
    crate::tray::sync_pause(app);
}

/// A SIGTERM or SIGINT (logout, `kill`, a test harness ending its session) ends the app the
/// way closing its window does, so the window state is saved and the instance lock released.
#[cfg(unix)]
pub fn exit_on_terminate<R: Runtime>(app: &AppHandle<R>) {
    use signal_hook::consts::{SIGINT, SIGTERM};
    use signal_hook::iterator::Signals;
    let Ok(mut signals) = Signals::new([SIGTERM, SIGINT]) else {
        return;
    };
    let app = app.clone();
    let spawned = std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if signals.forever().next().is_some() {
                app.exit(0);
            }
        });
    if spawned.is_err() {
        eprintln!("backstory: could not watch for termination signals");
    }
}

#[cfg(not(unix))]
pub fn exit_on_terminate<R: Runtime>(_app: &AppHandle<R>) {}

/// Starts the background ticker (a plain thread: a tick is a few small queries).
pub fn start_reminder_ticker<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    let every = tick_interval();
    let spawned = std::thread::Builder::new()
        .name("reminders".into())
        .spawn(move || {
            std::thread::sleep(Duration::from_secs(FIRST_TICK_SECS).min(every));
            loop {
                tick(&app);
                std::thread::sleep(every);
            }
        });
    if spawned.is_err() {
        eprintln!("backstory: could not start the reminder ticker");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instance_id_is_per_data_folder_and_dbus_safe() {
        let a = instance_id("app.backstory.journal", Some(Path::new("/tmp/a")));
        let b = instance_id("app.backstory.journal", Some(Path::new("/tmp/b")));
        assert_ne!(a, b, "two data folders must not share an instance lock");
        assert_eq!(
            a,
            instance_id("app.backstory.journal", Some(Path::new("/tmp/a"))),
            "the same folder always gives the same id"
        );
        assert_eq!(
            instance_id("app.backstory.journal", None),
            "app.backstory.journal",
            "the default folder uses the app identifier"
        );
        let last = a.rsplit('.').next().unwrap();
        assert!(
            last.starts_with('d') && last.chars().all(|c| c.is_ascii_alphanumeric()),
            "a D-Bus name element must not start with a digit: {last}"
        );
    }
}
