//! The tray (status area) icon and its menu: Log pain (the quick-log window), Log activity,
//! Today's check-in, Open Backstory, Pause reminders, Quit. Built from Rust; the webview is
//! granted nothing for it. The desktop-wide quick-log shortcut is here too, since it does
//! what the menu's first item does.

use crate::state::AppState;
use crate::windows::{self, show_main, show_main_at};
use backstory_application::{self as app, Now};
use backstory_core::i18n;
use backstory_core::reminders::Screen;
use tauri::menu::{CheckMenuItem, Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{TrayIcon, TrayIconBuilder};
use tauri::{AppHandle, Manager, Runtime};

/// What a tray menu item does. A second launch with `--quick-log` performs `LogPain` the
/// same way (a launcher or desktop shortcut can use it; the end-to-end test does).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrayAction {
    LogPain,
    LogActivity,
    CheckIn,
    Open,
    PauseReminders,
    Quit,
}

impl TrayAction {
    pub const ALL: [TrayAction; 6] = [
        TrayAction::LogPain,
        TrayAction::LogActivity,
        TrayAction::CheckIn,
        TrayAction::Open,
        TrayAction::PauseReminders,
        TrayAction::Quit,
    ];

    pub fn id(self) -> &'static str {
        match self {
            TrayAction::LogPain => "log-pain",
            TrayAction::LogActivity => "log-activity",
            TrayAction::CheckIn => "check-in",
            TrayAction::Open => "open",
            TrayAction::PauseReminders => "pause-reminders",
            TrayAction::Quit => "quit",
        }
    }

    /// The item's words in the language in use (assets/locales/*/desktop.ftl).
    pub fn label(self) -> String {
        let id = match self {
            TrayAction::LogPain => "tray-log-pain",
            TrayAction::LogActivity => "tray-log-activity",
            TrayAction::CheckIn => "tray-check-in",
            TrayAction::Open => "tray-open",
            TrayAction::PauseReminders => "tray-pause-reminders",
            TrayAction::Quit => "tray-quit",
        };
        i18n::tr(id)
    }

    pub fn from_id(id: &str) -> Option<TrayAction> {
        TrayAction::ALL.into_iter().find(|a| a.id() == id)
    }
}

/// The tray icon and the one menu item whose tick follows the journal (managed state: its
/// presence means a tray icon is shown).
pub struct Tray<R: Runtime> {
    _icon: TrayIcon<R>,
    pause: CheckMenuItem<R>,
    items: Vec<(TrayAction, MenuItem<R>)>,
}

/// Whether this desktop can show a tray icon. On Linux the icon needs the
/// (Ayatana) AppIndicator library, loaded when the icon is made; without it making the icon
/// would end the app, so it is looked for in the loader's cache first (the .deb depends on
/// it, a bare system may lack it: then closing the window quits, as before).
#[cfg(target_os = "linux")]
fn tray_supported() -> bool {
    const LIBRARIES: [&[u8]; 2] = [b"libayatana-appindicator3.so.1", b"libappindicator3.so.1"];
    let in_dir = |dir: &std::path::Path| {
        LIBRARIES.iter().any(|l| {
            dir.join(std::str::from_utf8(l).unwrap_or_default())
                .exists()
        })
    };
    let from_env = std::env::var_os("LD_LIBRARY_PATH")
        .map(|paths| std::env::split_paths(&paths).any(|d| in_dir(&d)))
        .unwrap_or(false);
    let cached = std::fs::read("/etc/ld.so.cache")
        .map(|cache| {
            LIBRARIES
                .iter()
                .any(|l| cache.windows(l.len()).any(|w| w == *l))
        })
        .unwrap_or(false);
    from_env || cached
}

#[cfg(not(target_os = "linux"))]
fn tray_supported() -> bool {
    true
}

/// Makes the tray icon with its menu; `false` when this desktop cannot show one.
pub fn show_tray<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<bool> {
    if !tray_supported() || std::env::var_os("BACKSTORY_NO_TRAY").is_some() {
        return Ok(false);
    }
    let mut items = Vec::new();
    let mut item = |a: TrayAction| {
        let made = MenuItem::with_id(app, a.id(), a.label(), true, None::<&str>)?;
        items.push((a, made.clone()));
        Ok::<_, tauri::Error>(made)
    };
    let pause = CheckMenuItem::with_id(
        app,
        TrayAction::PauseReminders.id(),
        TrayAction::PauseReminders.label(),
        true,
        false,
        None::<&str>,
    )?;
    let menu = Menu::with_items(
        app,
        &[
            &item(TrayAction::LogPain)?,
            &item(TrayAction::LogActivity)?,
            &item(TrayAction::CheckIn)?,
            &PredefinedMenuItem::separator(app)?,
            &item(TrayAction::Open)?,
            &pause,
            &PredefinedMenuItem::separator(app)?,
            &item(TrayAction::Quit)?,
        ],
    )?;
    let mut builder = TrayIconBuilder::with_id("backstory")
        .tooltip("Backstory")
        .menu(&menu)
        .show_menu_on_left_click(true)
        .on_menu_event(|app, event| {
            if let Some(action) = TrayAction::from_id(event.id().as_ref()) {
                perform(app, action);
            }
        });
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    let icon = builder.build(app)?;
    app.manage(Tray {
        _icon: icon,
        pause,
        items,
    });
    Ok(true)
}

/// Writes the menu's words again in the language in use (after Settings changed it).
pub fn relabel<R: Runtime>(app: &AppHandle<R>) {
    let Some(tray) = app.try_state::<Tray<R>>() else {
        return;
    };
    let mut result = tray.pause.set_text(TrayAction::PauseReminders.label());
    for (action, item) in &tray.items {
        result = result.and(item.set_text(action.label()));
    }
    if let Err(err) = result {
        eprintln!("backstory: the tray menu kept its old words: {err}");
    }
}

/// Does what a tray menu item says.
pub fn perform<R: Runtime>(app: &AppHandle<R>, action: TrayAction) {
    let today = |intent: &str| Screen {
        view: "today".into(),
        intent: Some(intent.into()),
    };
    match action {
        TrayAction::LogPain => windows::open_quick_log(app),
        TrayAction::LogActivity => show_main_at(app, today("activity")),
        TrayAction::CheckIn => show_main_at(app, today("check_in")),
        TrayAction::Open => show_main(app),
        TrayAction::PauseReminders => {
            // Off the menu's (UI) thread: the journal may still be opening.
            let app = app.clone();
            std::thread::spawn(move || toggle_reminders(&app));
        }
        TrayAction::Quit => app.exit(0),
    }
}

/// Pause flips the reminders' one switch (the same setting as in Settings, so the window
/// and the tray always agree), then the tick follows it.
fn toggle_reminders<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    let toggled = state.write(app, |s| {
        let mut settings = app::reminder_settings(s)?;
        settings.enabled = !settings.enabled;
        let json = serde_json::to_value(&settings)
            .map_err(|e| app::AppError::new("internal", e.to_string()))?;
        app::save_reminder_settings(s, json, Now::local())
    });
    if let Err(err) = toggled {
        eprintln!("backstory: could not change the reminders: {}", err.message);
    }
    sync_pause(app);
}

/// Ticks "Pause reminders" when the reminders are off (after the tray's own toggle, a save
/// in Settings, and on each reminder tick).
pub fn sync_pause<R: Runtime>(app: &AppHandle<R>) {
    let Some(tray) = app.try_state::<Tray<R>>() else {
        return;
    };
    let paused = app
        .state::<AppState>()
        .run(app::reminder_settings)
        .map(|s| !s.enabled);
    match paused {
        Ok(paused) => {
            let _ = tray.pause.set_checked(paused);
            let _ = tray.pause.set_enabled(true);
        }
        // A locked journal: its reminder switch cannot be read or changed.
        Err(_) => {
            let _ = tray.pause.set_enabled(false);
        }
    }
}

/// The desktop-wide shortcut plugin: pressing the user's keys opens quick log. The keys are
/// registered from Rust only ([`apply_shortcut`]); the webview is granted nothing.
pub fn shortcut_plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    use tauri_plugin_global_shortcut::{Builder, ShortcutState};
    Builder::new()
        .with_handler(|app, _shortcut, event| {
            if event.state() == ShortcutState::Pressed {
                perform(app, TrayAction::LogPain);
            }
        })
        .build()
}

/// Registers the quick-log shortcut (none: unregisters it). A text the plugin cannot read,
/// or keys another program holds, is an error on the Settings field and nothing changes.
pub fn apply_shortcut<R: Runtime>(app: &AppHandle<R>, keys: Option<&str>) -> app::AppResult<()> {
    use tauri_plugin_global_shortcut::{GlobalShortcutExt, Shortcut};
    let field = |why: String| app::AppError::validation("quick_log_shortcut", why);
    let wanted = keys
        .map(|k| {
            k.parse::<Shortcut>().map_err(|e| {
                field(i18n::tr_with(
                    "desktop-shortcut-unreadable",
                    &i18n::args([("reason", e.to_string().into())]),
                ))
            })
        })
        .transpose()?;
    let shortcuts = app.global_shortcut();
    let _ = shortcuts.unregister_all();
    if let Some(shortcut) = wanted {
        shortcuts.register(shortcut).map_err(|e| {
            field(i18n::tr_with(
                "desktop-shortcut-taken",
                &i18n::args([("reason", e.to_string().into())]),
            ))
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_menu_item_has_its_own_id_and_comes_back_from_it() {
        for action in TrayAction::ALL {
            assert_eq!(TrayAction::from_id(action.id()), Some(action));
            assert!(!action.label().is_empty());
        }
        let ids: std::collections::BTreeSet<_> = TrayAction::ALL.iter().map(|a| a.id()).collect();
        assert_eq!(ids.len(), TrayAction::ALL.len(), "ids are unique");
        assert_eq!(TrayAction::from_id("format-disk"), None);
    }
}
