//! Every path in the data folder, in one place: the journal, the demo journal (kept in
//! `demo/`, never sharing the real file) and the backups folder. A backup chosen by name
//! can only name a file inside the backups folder.

use super::{AppError, AppResult};
use backstory_core::i18n::tr;
use backstory_core::store::backups::BACKUP_DIR;
use backstory_core::store::JOURNAL_FILE;
use std::path::{Path, PathBuf};

/// The app's identifier (tauri.conf.json), which names its data folder.
pub const APP_IDENTIFIER: &str = "app.backstory.journal";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    pub fn new(root: impl Into<PathBuf>) -> DataDir {
        DataDir { root: root.into() }
    }

    /// The app's own data folder for this user, where the window keeps it (its
    /// identifier in tauri.conf.json names it); `None` without a home folder.
    pub fn for_this_user() -> Option<DataDir> {
        let env = |k: &str| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        let base = if cfg!(target_os = "windows") {
            env("APPDATA")?
        } else if cfg!(target_os = "macos") {
            env("HOME")?.join("Library/Application Support")
        } else {
            env("XDG_DATA_HOME").or_else(|| env("HOME").map(|h| h.join(".local/share")))?
        };
        Some(DataDir::new(base.join(APP_IDENTIFIER)))
    }

    /// The user's own data folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The folder of the user's journal or of the demo journal.
    pub fn journal_dir(&self, demo: bool) -> PathBuf {
        if demo {
            self.root.join("demo")
        } else {
            self.root.clone()
        }
    }

    pub fn journal(&self, demo: bool) -> PathBuf {
        self.journal_dir(demo).join(JOURNAL_FILE)
    }

    pub fn backups(&self, demo: bool) -> PathBuf {
        self.journal_dir(demo).join(BACKUP_DIR)
    }

    /// The desktop app's preferences for this computer (tray, shortcut), beside the
    /// user's journal whichever journal is open.
    pub fn desktop_prefs(&self) -> PathBuf {
        self.root.join(super::DESKTOP_PREFS_FILE)
    }

    /// A backup in the backups folder, by its plain file name (as listed); anything that
    /// could leave the folder (a path, `..`, a hidden file) is refused.
    pub fn backup_named(&self, demo: bool, name: &str) -> AppResult<PathBuf> {
        let plain_name = !name.is_empty()
            && !name.starts_with('.')
            && name.ends_with(".db")
            && !name.contains(['/', '\\']);
        if !plain_name {
            return Err(AppError::validation("name", tr("error-backup-not-listed")));
        }
        Ok(self.backups(demo).join(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_journal_is_kept_apart_from_the_users_own() {
        let dir = DataDir::new("/data");
        assert_ne!(
            dir.journal(true),
            dir.journal(false),
            "demo must never share the real journal file"
        );
    }

    #[test]
    fn a_backup_name_cannot_leave_the_backups_folder() {
        let dir = DataDir::new("/data");
        for bad in [
            "",
            "../journal.db",
            "a/b.db",
            "a\\b.db",
            ".hidden.db",
            "x.txt",
        ] {
            assert!(
                dir.backup_named(false, bad).is_err(),
                "{bad:?} must be refused"
            );
        }
        assert_eq!(
            dir.backup_named(false, "daily-2026-12-01.db").unwrap(),
            PathBuf::from("/data/backups/daily-2026-12-01.db")
        );
    }
}
