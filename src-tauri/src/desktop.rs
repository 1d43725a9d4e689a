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

/// Events sent to the webview.
pub const EVENT_REMINDER: &str = "reminder";
pub const EVENT_REMINDER_OPEN: &str = "reminder-open";

/// Seconds between ticks; `BACKSTORY_REMINDER_TICK_SECS` shortens it for end-to-end tests.
const DEFAULT_TICK_SECS: u64 = 30;
/// The first tick waits this long, so the window is up and listening.
const FIRST_TICK_SECS: u64 = 3;
#[cfg(not(target_os = "linux"))]
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

/// What a second launch on the same data folder does: with `--quick-log` what the tray's
/// "Log pain" does, otherwise it shows the main window. `argv` starts with the program.
fn second_launch<R: Runtime>(app: &AppHandle<R>, argv: Vec<String>) {
    if crate::state::LaunchOptions::parse(argv.into_iter().skip(1)).quick_log {
        crate::tray::perform(app, crate::tray::TrayAction::LogPain);
    } else {
        focus_main(app);
    }
}

/// One instance per data folder, registered first: a second launch hands its arguments
/// to the first ([`second_launch`]) and exits.
#[cfg(not(target_os = "linux"))]
pub fn single_instance<R: Runtime>(data_dir: Option<&Path>) -> tauri::plugin::TauriPlugin<R> {
    // The identifier from tauri.conf.json; the plugin appends ".SingleInstance".
    let id = instance_id("app.backstory.journal", data_dir);
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(id)
        .callback(|app, argv, _cwd| second_launch(app, argv))
        .build()
}

/// One instance per data folder, registered first: a second launch hands its arguments
/// to the first ([`second_launch`]) and exits. On Linux over our own session bus
/// connection (session_bus.rs), which then also sends the notifications.
#[cfg(target_os = "linux")]
pub fn single_instance<R: Runtime>(data_dir: Option<&Path>) -> tauri::plugin::TauriPlugin<R> {
    use crate::session_bus::{claim, Claim};
    // The identifier from tauri.conf.json; ".SingleInstance" is appended.
    let id = instance_id("app.backstory.journal", data_dir);
    tauri::plugin::Builder::new("single-instance")
        .setup(move |app, _api| {
            let argv = std::env::args_os()
                .map(|arg| arg.to_string_lossy().into_owned())
                .collect();
            let cwd = std::env::current_dir().unwrap_or_default();
            let handle = app.clone();
            let on_second_launch = move |argv| second_launch(&handle, argv);
            match claim(&id, argv, cwd.to_string_lossy().into_owned(), on_second_launch) {
                Claim::First(bus) => {
                    app.manage(bus);
                }
                Claim::HandedOver => {
                    app.cleanup_before_exit();
                    std::process::exit(0);
                }
                Claim::HandOverFailed(err) => {
                    eprintln!("backstory: Backstory is already running on this data folder but did not answer: {err}");
                    app.cleanup_before_exit();
                    std::process::exit(1);
                }
                // Without a session bus there is no way to find other instances.
                Claim::NoBus(err) => eprintln!(
                    "backstory: no session bus ({err}): starting without the one-instance check or native notifications"
                ),
            }
            Ok(())
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

/// The buttons of a reminder's notification, as (action id, label).
const NOTIFICATION_ACTIONS: [(&str, &str); 2] = [
    ("open", "notification-action-open"),
    ("snooze", "notification-action-snooze"),
];

/// The notification buttons (id, words in the language in use, asked at each send).
fn notification_actions() -> Vec<(&'static str, String)> {
    NOTIFICATION_ACTIONS
        .iter()
        .map(|(id, message)| (*id, i18n::tr(message)))
        .collect()
}

/// A button or a click on a reminder's notification: "snooze" snoozes it, anything else
/// opens its screen; a notification of no known reminder just brings the window forward.
fn on_notification_action<R: Runtime>(
    app: &AppHandle<R>,
    kind: Option<ReminderKind>,
    action: &str,
) {
    let Some(kind) = kind else {
        focus_main(app);
        return;
    };
    if action == "snooze" {
        let state = app.state::<AppState>();
        let _ = state.run(|s| {
            backstory_application::snooze_reminder(s, serde_json::json!(kind), Now::local())
        });
    } else {
        open_reminder(app, kind);
    }
}

/// Registers the notification buttons and what a click or a button does.
#[cfg(not(target_os = "linux"))]
pub fn setup_notifications<R: Runtime>(app: &AppHandle<R>) {
    use tauri_plugin_notification::{Action, ActionType, NotificationExt};
    let notification = app.notification();
    let actions = notification_actions()
        .into_iter()
        .map(|(id, label)| Action::builder(id, label).build())
        .collect();
    let _ = notification.register_action_types(vec![ActionType::builder(ACTION_TYPE)
        .actions(actions)
        .build()]);
    let handle = app.clone();
    let _ = notification.on_action(move |performed| {
        let code = performed.notification().map(|n| n.id());
        let kind = code.and_then(ReminderKind::from_code);
        on_notification_action(&handle, kind, performed.action_id());
    });
}

/// Registers what a click or a button on a notification does.
#[cfg(target_os = "linux")]
pub fn setup_notifications<R: Runtime>(app: &AppHandle<R>) {
    let Some(bus) = app.try_state::<crate::session_bus::SessionBus>() else {
        return;
    };
    let handle = app.clone();
    bus.on_action(move |tag, action| {
        on_notification_action(&handle, ReminderKind::from_code(tag), action);
    });
}

/// Sends a reminder's native notification.
#[cfg(not(target_os = "linux"))]
fn notify<R: Runtime>(app: &AppHandle<R>, reminder: &DueReminder) -> Result<(), String> {
    use tauri_plugin_notification::NotificationExt;
    app.notification()
        .builder()
        .id(reminder.kind.code())
        .title(&reminder.title)
        .body(&reminder.body)
        .action_type_id(ACTION_TYPE)
        .show()
        .map_err(|err| err.to_string())
}

/// Sends a reminder's native notification.
#[cfg(target_os = "linux")]
fn notify<R: Runtime>(app: &AppHandle<R>, reminder: &DueReminder) -> Result<(), String> {
    let bus = app
        .try_state::<crate::session_bus::SessionBus>()
        .ok_or("no session bus")?;
    bus.show(crate::session_bus::Notice {
        tag: reminder.kind.code(),
        title: reminder.title.clone(),
        body: reminder.body.clone(),
        actions: notification_actions(),
    })
}

/// Shows one reminder: a native notification, the in-app reminder, and a request for
/// attention when the window is not focused.
pub fn show_reminder<R: Runtime>(app: &AppHandle<R>, reminder: &DueReminder) {
    if let Err(err) = notify(app, reminder) {
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
