//! The desktop app's own choices about living on this computer: whether closing the main
//! window keeps Backstory in the tray, the desktop-wide shortcut that opens quick log, and
//! the language Backstory speaks (unset: the operating system's).
//! They are kept in the data folder (`desktop.json`), not in the journal: they belong to
//! this desktop, and the window needs them while an encrypted journal is still locked.
//! Start at login is the operating system's own record (the shell asks the autostart
//! plugin), so it is not stored here.

use super::{AppError, AppResult, DataDir};
use backstory_core::i18n::{args, tr, tr_with, Locale};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

/// The file in the data folder that holds [`DesktopPrefs`].
pub const DESKTOP_PREFS_FILE: &str = "desktop.json";

/// The longest shortcut text accepted ("Ctrl+Shift+Alt+Super+F12" is 24).
const SHORTCUT_MAX: usize = 40;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct DesktopPrefs {
    /// Closing the main window keeps Backstory in the tray (true) or ends it (false);
    /// unknown until the first close asks.
    #[serde(default)]
    pub close_to_tray: Option<bool>,
    /// The desktop-wide shortcut that opens quick log, e.g. "Ctrl+Alt+L"; off when unset.
    #[serde(default)]
    pub quick_log_shortcut: Option<String>,
    /// The language chosen in Settings ("en", "de"); unset follows the operating system.
    #[serde(default)]
    pub language: Option<String>,
}

impl DesktopPrefs {
    /// The language chosen in Settings, if any.
    pub fn chosen_locale(&self) -> Option<Locale> {
        self.language.as_deref().and_then(Locale::parse)
    }
}

/// The language Backstory speaks with these preferences: the choice in Settings, else the
/// operating system's (`BACKSTORY_LOCALE` overrides both, for tests).
pub fn resolved_locale(prefs: &DesktopPrefs) -> Locale {
    Locale::resolve(prefs.chosen_locale())
}

/// What the Settings section shows and saves: the preferences, start at login (the
/// operating system's autostart entry, read and written by the shell) and whether this
/// desktop shows a tray icon (read-only: ignored when saving).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct DesktopSettings {
    pub close_to_tray: Option<bool>,
    pub quick_log_shortcut: Option<String>,
    pub start_at_login: bool,
    #[serde(default)]
    pub tray: bool,
    /// The language chosen ("en", "de") or none (the operating system's).
    #[serde(default)]
    pub language: Option<String>,
    /// The language in use, as a BCP 47 tag (read-only: ignored when saving).
    #[serde(default)]
    pub locale: String,
}

impl DesktopSettings {
    pub fn of(prefs: DesktopPrefs, start_at_login: bool, tray: bool) -> Self {
        let locale = resolved_locale(&prefs).tag().to_string();
        DesktopSettings {
            close_to_tray: prefs.close_to_tray,
            quick_log_shortcut: prefs.quick_log_shortcut,
            start_at_login,
            tray,
            language: prefs.language,
            locale,
        }
    }
}

/// Reads the Settings section's save: the preferences to keep and whether to start at login.
pub fn parse_desktop_settings(input: Value) -> AppResult<(DesktopPrefs, bool)> {
    let settings: DesktopSettings = super::parse(input)?;
    let prefs = parse_desktop_prefs(serde_json::json!({
        "close_to_tray": settings.close_to_tray,
        "quick_log_shortcut": settings.quick_log_shortcut,
        "language": settings.language,
    }))?;
    Ok((prefs, settings.start_at_login))
}

/// A modifier name as written in a shortcut (the accelerator names of the global-shortcut
/// plugin; the shell parses the whole text again when it registers it).
const MODIFIERS: &[&str] = &[
    "ctrl",
    "control",
    "alt",
    "option",
    "shift",
    "super",
    "cmd",
    "command",
    "cmdorctrl",
    "commandorcontrol",
    "cmdorcontrol",
    "commandorctrl",
];

/// Checks a shortcut's shape: at least one modifier and exactly one key, so a plain letter
/// can never be taken from every other program.
fn check_shortcut(text: &str) -> AppResult<String> {
    let text = text.trim();
    let bad = |why: &str| AppError::validation("quick_log_shortcut", why);
    if text.len() > SHORTCUT_MAX {
        return Err(bad(&tr("error-shortcut-too-long")));
    }
    let parts: Vec<&str> = text.split('+').map(str::trim).collect();
    if parts.iter().any(|p| p.is_empty()) {
        return Err(bad(&tr("error-shortcut-format")));
    }
    let (key, modifiers) = parts.split_last().expect("split gives at least one part");
    if modifiers.is_empty() {
        return Err(bad(&tr("error-shortcut-no-modifier")));
    }
    if let Some(unknown) = modifiers
        .iter()
        .find(|m| !MODIFIERS.contains(&m.to_ascii_lowercase().as_str()))
    {
        return Err(bad(&tr_with(
            "error-shortcut-unknown-modifier",
            &args([("key", (*unknown).into())]),
        )));
    }
    if MODIFIERS.contains(&key.to_ascii_lowercase().as_str()) {
        return Err(bad(&tr("error-shortcut-no-key")));
    }
    Ok(parts.join("+"))
}

/// A language a person can choose in Settings, as its tag ("de-AT" is kept as "de").
fn check_language(tag: &str) -> AppResult<String> {
    match Locale::parse(tag) {
        Some(locale) if Locale::CHOOSABLE.contains(&locale) => Ok(locale.tag().to_string()),
        _ => Err(AppError::validation(
            "language",
            tr_with("error-language-unknown", &args([("tag", tag.into())])),
        )),
    }
}

/// Reads and checks the preferences the window sends (a shortcut of "" means none).
pub fn parse_desktop_prefs(input: Value) -> AppResult<DesktopPrefs> {
    let mut prefs: DesktopPrefs = super::parse(input)?;
    prefs.quick_log_shortcut = match prefs.quick_log_shortcut.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(check_shortcut(text)?),
    };
    prefs.language = match prefs.language.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(tag) => Some(check_language(tag)?),
    };
    Ok(prefs)
}

/// The saved preferences; none saved yet, or a file that does not read, gives the
/// defaults (nothing asked, no shortcut), said once on stderr.
pub fn desktop_prefs(dir: &DataDir) -> DesktopPrefs {
    let path = dir.desktop_prefs();
    let Ok(bytes) = std::fs::read(&path) else {
        return DesktopPrefs::default();
    };
    match serde_json::from_slice::<Value>(&bytes)
        .map_err(|e| e.to_string())
        .and_then(|v| parse_desktop_prefs(v).map_err(|e| e.message))
    {
        Ok(prefs) => prefs,
        Err(why) => {
            eprintln!(
                "backstory: {DESKTOP_PREFS_FILE} is not readable ({why}); using the defaults"
            );
            DesktopPrefs::default()
        }
    }
}

/// Saves the preferences (owner-only file, written whole or not at all).
pub fn save_desktop_prefs(dir: &DataDir, prefs: &DesktopPrefs) -> AppResult<()> {
    backstory_core::store::private::create_private_dir(dir.root()).map_err(|e| {
        AppError::new(
            "io",
            tr_with(
                "error-data-folder-not-made",
                &args([("reason", e.kind().to_string().into())]),
            ),
        )
    })?;
    let bytes = serde_json::to_vec_pretty(prefs).map_err(|e| {
        AppError::new(
            "io",
            tr_with(
                "error-settings-not-written",
                &args([("reason", e.to_string().into())]),
            ),
        )
    })?;
    backstory_core::exchange::files::write_atomically(&dir.desktop_prefs(), &bytes)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_shortcut_needs_a_modifier_and_one_key() {
        for good in [
            "Ctrl+Alt+L",
            "super+shift+KeyP",
            " Ctrl + F9 ",
            "CmdOrCtrl+Shift+Space",
        ] {
            assert!(check_shortcut(good).is_ok(), "{good:?} is a shortcut");
        }
        assert_eq!(check_shortcut(" Ctrl + F9 ").unwrap(), "Ctrl+F9");
        for bad in [
            "L",
            "Ctrl+",
            "+L",
            "Ctrl+Alt",
            "Hyper+L",
            "Ctrl++L",
            &"Ctrl+".repeat(12),
        ] {
            let err = check_shortcut(bad).expect_err(bad);
            assert_eq!(err.field.as_deref(), Some("quick_log_shortcut"), "{bad:?}");
        }
    }

    #[test]
    fn prefs_round_trip_and_bad_files_give_the_defaults() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = DataDir::new(tmp.path().join("data"));
        assert_eq!(
            desktop_prefs(&dir),
            DesktopPrefs::default(),
            "nothing saved: defaults"
        );
        let prefs =
            parse_desktop_prefs(json!({"close_to_tray": true, "quick_log_shortcut": "Ctrl+Alt+L"}))
                .unwrap();
        save_desktop_prefs(&dir, &prefs).unwrap();
        assert_eq!(desktop_prefs(&dir), prefs);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.desktop_prefs())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "the file is owner-only");
        }
        std::fs::write(dir.desktop_prefs(), b"{\"close_to_tray\": \"yes\"}").unwrap();
        assert_eq!(
            desktop_prefs(&dir),
            DesktopPrefs::default(),
            "a bad file: defaults"
        );
        std::fs::write(dir.desktop_prefs(), b"{\"quick_log_shortcut\": \"L\"}").unwrap();
        assert_eq!(
            desktop_prefs(&dir),
            DesktopPrefs::default(),
            "a bad shortcut is not used"
        );
    }

    #[test]
    fn the_settings_save_splits_into_prefs_and_start_at_login() {
        let (prefs, login) = parse_desktop_settings(json!({
            "close_to_tray": false, "quick_log_shortcut": "Alt+Shift+P", "start_at_login": true, "tray": false
        }))
        .unwrap();
        assert_eq!(prefs.close_to_tray, Some(false));
        assert_eq!(prefs.quick_log_shortcut.as_deref(), Some("Alt+Shift+P"));
        assert!(login);
        let err = parse_desktop_settings(json!({
            "close_to_tray": null, "quick_log_shortcut": "P", "start_at_login": false
        }))
        .expect_err("a bare key is refused");
        assert_eq!(err.field.as_deref(), Some("quick_log_shortcut"));
        assert!(
            parse_desktop_settings(json!({"close_to_tray": null})).is_err(),
            "start_at_login is required"
        );
    }

    #[test]
    fn a_language_is_english_or_german_and_unset_follows_the_system() {
        let prefs = parse_desktop_prefs(json!({"language": "de_AT.UTF-8"})).unwrap();
        assert_eq!(
            prefs.language.as_deref(),
            Some("de"),
            "kept as the language's tag"
        );
        assert_eq!(prefs.chosen_locale(), Some(Locale::De));
        let none = parse_desktop_prefs(json!({"language": " "})).unwrap();
        assert_eq!(none.language, None, "blank: the operating system's");
        for bad in ["fr", "en-XA", "klingon"] {
            let err = parse_desktop_prefs(json!({ "language": bad })).expect_err(bad);
            assert_eq!(err.field.as_deref(), Some("language"), "{bad}");
        }
        let (prefs, _) = parse_desktop_settings(json!({
            "close_to_tray": null, "quick_log_shortcut": null, "start_at_login": false,
            "language": "en", "locale": "de"
        }))
        .unwrap();
        assert_eq!(
            prefs.language.as_deref(),
            Some("en"),
            "the shown locale is read-only"
        );
    }

    #[test]
    fn an_empty_shortcut_is_none_and_unknown_fields_are_refused() {
        let prefs = parse_desktop_prefs(json!({"quick_log_shortcut": "  "})).unwrap();
        assert_eq!(prefs.quick_log_shortcut, None);
        assert_eq!(prefs.close_to_tray, None, "not asked yet stays unknown");
        assert!(parse_desktop_prefs(json!({"start_hidden": true})).is_err());
        assert!(parse_desktop_prefs(json!({"close_to_tray": "yes"})).is_err());
    }
}
