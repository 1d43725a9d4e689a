//! Commands about Backstory's life on the desktop (tray, start at login, the quick-log
//! shortcut and window). The choices are the application layer's (`desktop_prefs`); the
//! shell applies them to the plugins, which the webview is granted nothing of.

use crate::error::IpcResult;
use crate::tray::{self, Tray};
use crate::windows::{self, Desktop};
use backstory_application::{self as app, AppError, DesktopSettings};
use backstory_core::i18n;
use backstory_core::reminders::Screen;
use serde_json::Value;
use tauri::{AppHandle, Manager, Runtime, State, WebviewWindow};
use tauri_plugin_autostart::ManagerExt;

fn current<R: Runtime>(app: &AppHandle<R>) -> DesktopSettings {
    let start_at_login = app.autolaunch().is_enabled().unwrap_or(false);
    let tray_shown = app.try_state::<Tray<R>>().is_some();
    DesktopSettings::of(app.state::<Desktop>().prefs(), start_at_login, tray_shown)
}

#[tauri::command]
pub fn desktop_settings(app: AppHandle) -> DesktopSettings {
    current(&app)
}

/// Saves the Settings section: the shortcut is taken first (keys another program holds are
/// refused and nothing is saved), then the autostart entry, then the preferences file.
#[tauri::command]
pub fn save_desktop_settings(app: AppHandle, settings: Value) -> IpcResult<DesktopSettings> {
    let (prefs, start_at_login) = app::parse_desktop_settings(settings)?;
    let before = app.state::<Desktop>().prefs();
    if prefs.quick_log_shortcut != before.quick_log_shortcut {
        tray::apply_shortcut(&app, prefs.quick_log_shortcut.as_deref())?;
    }
    let autostart = app.autolaunch();
    let login = if start_at_login {
        autostart.enable()
    } else if autostart.is_enabled().unwrap_or(false) {
        autostart.disable()
    } else {
        Ok(())
    };
    login.map_err(|e| {
        AppError::validation(
            "start_at_login",
            i18n::tr_with(
                "desktop-login-unchanged",
                &i18n::args([("reason", e.to_string().into())]),
            ),
        )
    })?;
    app::save_desktop_prefs(&app.state::<Desktop>().data_dir, &prefs)?;
    // Notifications and the tray speak the new language at once; the window reloads.
    i18n::set_current(app::resolved_locale(&prefs));
    tray::relabel(&app);
    Ok(current(&app))
}

/// The language the window speaks and the Rust side's words it shows.
#[derive(serde::Serialize)]
pub struct UiLanguage {
    /// A BCP 47 tag ("en", "de", "en-XA").
    locale: &'static str,
    /// The shared Fluent files the page reads, in that language (`i18n::WINDOW_FILES`); its
    /// own files are in its bundle.
    messages: String,
}

/// Asked by each page before it shows anything (the quick-log window too).
#[tauri::command]
pub fn ui_locale() -> UiLanguage {
    let locale = i18n::current();
    UiLanguage {
        locale: locale.tag(),
        messages: i18n::window_messages(locale),
    }
}

/// The screen a main window made by the tray menu should open (taking it clears it).
#[tauri::command]
pub fn take_pending_screen(desktop: State<'_, Desktop>) -> Option<Screen> {
    desktop.take_pending_screen()
}

/// The quick-log window closes itself after saving (or on Escape); after an entry with a
/// warning sign it opens the main window, which shows the alert and what to do.
#[tauri::command]
pub fn close_quick_log(window: WebviewWindow, open_main: Option<bool>) {
    windows::close_quick_log(&window, open_main.unwrap_or(false));
}
