//! What the shell holds between commands: the open journal (or why it could not be
//! opened), the data folder in use, and whether this is the demo journal.

use crate::error::{IpcError, IpcResult};
use backstory_core::store::{Passphrase, JOURNAL_FILE};
use backstory_core::{CoreError, Journal};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// Options read from the command line.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct LaunchOptions {
    pub data_dir: Option<PathBuf>,
    pub demo: bool,
}

impl LaunchOptions {
    /// Reads `--data-dir DIR` (or `--data-dir=DIR`) and `--demo`; ignores anything else.
    pub fn parse(args: impl IntoIterator<Item = String>) -> Self {
        let mut opts = LaunchOptions::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            if arg == "--demo" {
                opts.demo = true;
            } else if arg == "--data-dir" {
                opts.data_dir = args.next().map(PathBuf::from);
            } else if let Some(dir) = arg.strip_prefix("--data-dir=") {
                opts.data_dir = Some(PathBuf::from(dir));
            }
        }
        opts
    }
}

/// Why the journal is not available, shown on the start-up error screen.
#[derive(Debug, Clone, Serialize)]
pub struct OpenFailure {
    pub kind: String,
    pub reason: Option<String>,
    pub message: String,
}

pub struct Session {
    /// The user's own data folder (the demo journal lives in `demo/` inside it).
    pub data_dir: PathBuf,
    pub demo: bool,
    pub journal: Result<Journal, OpenFailure>,
}

impl Session {
    /// Opens with the passphrase of an encrypted journal (`None`: a plain one; an
    /// encrypted one then fails with reason "encrypted" and the window shows the lock
    /// screen).
    pub fn open_with(data_dir: PathBuf, demo: bool, key: Option<&Passphrase>) -> Session {
        let path = journal_path(&data_dir, demo);
        let journal = Journal::open_with(&path, key).map_err(failure);
        Session {
            data_dir,
            demo,
            journal,
        }
    }

    pub fn journal_path(&self) -> PathBuf {
        journal_path(&self.data_dir, self.demo)
    }
}

pub fn journal_path(data_dir: &Path, demo: bool) -> PathBuf {
    if demo {
        data_dir.join("demo").join(JOURNAL_FILE)
    } else {
        data_dir.join(JOURNAL_FILE)
    }
}

fn failure(err: CoreError) -> OpenFailure {
    let reason = match &err {
        CoreError::Database { reason, .. } => serde_json::to_value(reason)
            .ok()
            .and_then(|v| v.as_str().map(String::from)),
        _ => None,
    };
    OpenFailure {
        kind: err.kind().into(),
        reason,
        message: err.to_string(),
    }
}

pub struct AppState(Mutex<Session>);

impl AppState {
    pub fn new(session: Session) -> Self {
        AppState(Mutex::new(session))
    }

    pub fn session(&self) -> MutexGuard<'_, Session> {
        // A panic while holding the lock must not wedge the app: the data is in SQLite,
        // not in the guarded value, so recovering the guard is safe.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` with the open journal, or reports why there is none.
    pub fn with_journal<T>(
        &self,
        f: impl FnOnce(&mut Journal) -> Result<T, CoreError>,
    ) -> IpcResult<T> {
        let mut session = self.session();
        match &mut session.journal {
            Ok(journal) => f(journal).map_err(IpcError::from),
            Err(failure) => Err(IpcError::new("database", failure.message.clone())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_data_dir_and_demo_flags() {
        let args = ["backstory", "--data-dir", "/tmp/x", "--demo"].map(String::from);
        assert_eq!(
            LaunchOptions::parse(args),
            LaunchOptions {
                data_dir: Some(PathBuf::from("/tmp/x")),
                demo: true
            }
        );
        let args = ["backstory", "--data-dir=/srv/j"].map(String::from);
        assert_eq!(
            LaunchOptions::parse(args).data_dir,
            Some(PathBuf::from("/srv/j"))
        );
    }

    #[test]
    fn demo_journal_is_kept_apart_from_the_users_own() {
        let dir = Path::new("/data");
        assert_ne!(
            journal_path(dir, true),
            journal_path(dir, false),
            "demo must never share the real journal file"
        );
    }
}
