//! The two windows and their life: the main window (made from tauri.conf.json when first
//! shown, so a start in the tray runs no main webview), the small quick-log window, and
//! what closing the main window does (keep Backstory in the tray, or quit; asked once).

use crate::desktop::ReminderInbox;
use crate::footprint;
use crate::tray::Tray;
use backstory_application::{self as app, DataDir, DesktopPrefs};
use backstory_core::i18n;
use backstory_core::reminders::Screen;
use std::sync::Mutex;
use tauri::{
    AppHandle, Emitter, Manager, Runtime, WebviewUrl, WebviewWindow, WebviewWindowBuilder,
};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogResult};

pub const MAIN: &str = "main";
pub const QUICK_LOG: &str = "quick-log";

/// Sent to an open main window that should show a screen (tray menu: Log activity, Today's
/// check-in). A main window made for it takes the screen with `take_pending_screen`.
pub const EVENT_OPEN_SCREEN: &str = "open-screen";

/// Where the desktop preferences live, and the screen a main window still has to open.
pub struct Desktop {
    pub data_dir: DataDir,
    pending_screen: Mutex<Option<Screen>>,
}

impl Desktop {
    pub fn new(data_dir: DataDir) -> Self {
        Desktop {
            data_dir,
            pending_screen: Mutex::new(None),
        }
    }

    pub fn prefs(&self) -> DesktopPrefs {
        app::desktop_prefs(&self.data_dir)
    }

    pub fn take_pending_screen(&self) -> Option<Screen> {
        self.pending_screen
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
    }
}

/// Shows the main window, making it (and its webview) if it is not there; `Ok(true)` when
/// it was just made, so its page is still loading.
fn show_or_make_main<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<bool> {
    if let Some(window) = app.get_webview_window(MAIN) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
        return Ok(false);
    }
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN)
        .cloned()
        .ok_or_else(|| tauri::Error::WindowNotFound)?;
    let window = WebviewWindowBuilder::from_config(app, &config)?
        .focused(true)
        .build()?;
    footprint::lean_webview(&window);
    Ok(true)
}

/// Brings the main window forward (made if needed).
pub fn show_main<R: Runtime>(app: &AppHandle<R>) {
    if let Err(err) = show_or_make_main(app) {
        eprintln!("backstory: could not open the main window: {err}");
    }
}

/// Shows the main window on a screen (a view of the UI's nav and an optional intent).
pub fn show_main_at<R: Runtime>(app: &AppHandle<R>, screen: Screen) {
    match show_or_make_main(app) {
        // A new window's page is not listening yet: it takes the screen when it starts.
        Ok(true) => {
            *app.state::<Desktop>()
                .pending_screen
                .lock()
                .unwrap_or_else(|p| p.into_inner()) = Some(screen);
        }
        Ok(false) => {
            let _ = app.emit_to(MAIN, EVENT_OPEN_SCREEN, screen);
        }
        Err(err) => eprintln!("backstory: could not open the main window: {err}"),
    }
}

/// Opens the quick-log window (or brings it forward): a small window with its own page and
/// its own capability (src-tauri/capabilities/quick-log.json).
pub fn open_quick_log<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window(QUICK_LOG) {
        let _ = window.show();
        let _ = window.set_focus();
        return;
    }
    let made = WebviewWindowBuilder::new(
        app,
        QUICK_LOG,
        WebviewUrl::App("index.html#quick-log".into()),
    )
    .title(i18n::tr("desktop-quick-log-title"))
    // Tall enough for every question and the Save button without scrolling.
    .inner_size(600.0, 840.0)
    .min_inner_size(420.0, 520.0)
    .center()
    .always_on_top(true)
    .skip_taskbar(true)
    .focused(true)
    .build();
    match made {
        Ok(window) => footprint::lean_webview(&window),
        Err(err) => eprintln!("backstory: could not open quick log: {err}"),
    }
}

/// What closing the main window does, given the saved choice and whether a tray icon is
/// there to come back through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnClose {
    /// The window goes; Backstory stays in the tray (reminders keep coming).
    KeepInTray,
    Quit,
    /// Not asked yet: ask now.
    Ask,
}

pub fn on_close(prefs: &DesktopPrefs, tray_shown: bool) -> OnClose {
    match (tray_shown, prefs.close_to_tray) {
        // Without a tray icon the app could not be reached again: closing quits.
        (false, _) => OnClose::Quit,
        (true, Some(true)) => OnClose::KeepInTray,
        (true, Some(false)) => OnClose::Quit,
        (true, None) => OnClose::Ask,
    }
}

/// The main window's close button. Keeping in the tray destroys the window and its webview
/// (the memory goes back; the window state plugin keeps its size and place for next time),
/// the app itself keeps running ([`keep_running_without_windows`]).
pub fn main_close_requested<R: Runtime>(window: &tauri::Window<R>, api: &tauri::CloseRequestApi) {
    let app = window.app_handle();
    let tray_shown = app.try_state::<Tray<R>>().is_some();
    match on_close(&app.state::<Desktop>().prefs(), tray_shown) {
        OnClose::KeepInTray => {}
        OnClose::Quit => {
            api.prevent_close();
            app.exit(0);
        }
        OnClose::Ask => {
            api.prevent_close();
            ask_keep_in_tray(app);
        }
    }
}

/// Asks once, with a native dialog from Rust (the webview is granted no dialog), whether
/// closing the window keeps Backstory in the tray; the answer is saved and can be changed
/// in Settings. Cancel leaves the window open and asks again next time.
fn ask_keep_in_tray<R: Runtime>(app: &AppHandle<R>) {
    let handle = app.clone();
    // The buttons' words are also how the answer comes back.
    let keep_label = i18n::tr("desktop-close-keep");
    let quit_label = i18n::tr("desktop-close-quit");
    let mut dialog = app
        .dialog()
        .message(i18n::tr("desktop-close-question"))
        .title(i18n::tr("desktop-close-title"))
        .buttons(MessageDialogButtons::YesNoCancelCustom(
            keep_label.clone(),
            quit_label.clone(),
            i18n::tr("desktop-close-cancel"),
        ));
    if let Some(window) = app.get_webview_window(MAIN) {
        dialog = dialog.parent(&window);
    }
    dialog.show_with_result(move |answer| {
        let keep = match answer {
            MessageDialogResult::Custom(label) if label == keep_label => true,
            MessageDialogResult::Yes => true,
            MessageDialogResult::Custom(label) if label == quit_label => false,
            MessageDialogResult::No => false,
            _ => return,
        };
        let desktop = handle.state::<Desktop>();
        let prefs = DesktopPrefs {
            close_to_tray: Some(keep),
            ..desktop.prefs()
        };
        if let Err(err) = app::save_desktop_prefs(&desktop.data_dir, &prefs) {
            eprintln!("backstory: could not save the choice: {}", err.message);
        }
        if keep {
            if let Some(window) = handle.get_webview_window(MAIN) {
                let _ = window.destroy();
            }
        } else {
            handle.exit(0);
        }
    });
}

/// The last window closing ends the app unless a tray icon is there: then Backstory keeps
/// running (reminders, quick log). Every way of quitting (the menu's Quit, the Quit answer,
/// SIGTERM) calls `exit` with a code, which is never held back.
pub fn keep_running_without_windows<R: Runtime>(app: &AppHandle<R>, event: &tauri::RunEvent) {
    if let tauri::RunEvent::ExitRequested {
        code: None, api, ..
    } = event
    {
        if app.try_state::<Tray<R>>().is_some() {
            api.prevent_exit();
        }
    }
}

/// A reminder shown while no main window exists is kept for the window made later.
pub fn remember_for_later<R: Runtime>(
    app: &AppHandle<R>,
    reminder: &backstory_core::reminders::DueReminder,
) {
    if let Some(inbox) = app.try_state::<ReminderInbox>() {
        *inbox.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(reminder.clone());
    }
}

/// The quick-log window closes itself after a save or Escape (its capability grants only
/// this, saving, and the link suggestion); `open_main` after a warning sign was ticked, so
/// the alert is seen at once.
pub fn close_quick_log<R: Runtime>(window: &WebviewWindow<R>, open_main: bool) {
    if window.label() != QUICK_LOG {
        return;
    }
    if open_main {
        show_main(window.app_handle());
    }
    let _ = window.close();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_follows_the_choice_and_never_strands_the_app_without_a_tray() {
        let with = |close_to_tray| DesktopPrefs {
            close_to_tray,
            quick_log_shortcut: None,
            language: None,
        };
        assert_eq!(
            on_close(&with(None), true),
            OnClose::Ask,
            "asked on the first close"
        );
        assert_eq!(on_close(&with(Some(true)), true), OnClose::KeepInTray);
        assert_eq!(on_close(&with(Some(false)), true), OnClose::Quit);
        for choice in [None, Some(true), Some(false)] {
            assert_eq!(
                on_close(&with(choice), false),
                OnClose::Quit,
                "without a tray icon nothing could bring the window back"
            );
        }
    }
}
