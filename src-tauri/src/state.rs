//! What the shell holds between commands: the open journal (or why it could not be
//! opened), the data folder in use, and whether this is the demo journal.

use crate::error::{IpcError, IpcResult};
use backstory_core::store::{IntegrityCheck, Passphrase, JOURNAL_FILE};
use backstory_core::{CoreError, Journal};
use serde::Serialize;
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, MutexGuard};

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

    /// `open_with` for start-up and unlock: the journal opens without reading the whole
    /// file; the returned check reads it after the first screen (lib.rs, `verify_later`).
    pub fn open_check_later(
        data_dir: PathBuf,
        demo: bool,
        key: Option<&Passphrase>,
    ) -> (Session, Option<IntegrityCheck>) {
        let path = journal_path(&data_dir, demo);
        let (journal, check) = match Journal::open_check_later(&path, key) {
            Ok((journal, check)) => (Ok(journal), check),
            Err(err) => (Err(failure(err)), None),
        };
        let session = Session {
            data_dir,
            demo,
            journal,
        };
        (session, check)
    }

    pub fn journal_path(&self) -> PathBuf {
        journal_path(&self.data_dir, self.demo)
    }

    /// A session whose opening failed unexpectedly (e.g. a panic while opening): the
    /// window shows the start-up error screen instead of waiting forever.
    pub fn failed(data_dir: PathBuf, demo: bool) -> Session {
        Session {
            data_dir,
            demo,
            journal: Err(OpenFailure {
                kind: "storage".into(),
                reason: None,
                message: "The journal could not be opened because of an internal error. Nothing was changed; restart Backstory.".into(),
            }),
        }
    }
}

pub fn journal_path(data_dir: &Path, demo: bool) -> PathBuf {
    if demo {
        data_dir.join("demo").join(JOURNAL_FILE)
    } else {
        data_dir.join(JOURNAL_FILE)
    }
}

pub(crate) fn failure(err: CoreError) -> OpenFailure {
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

/// The session, possibly still being opened: start-up opens the journal (quick_check,
/// migrations, daily backup, red-flag refresh) on a background thread while the window and
/// WebKit start, and the first command waits for it (docs/performance.md, cold start).
pub struct AppState {
    slot: Mutex<Option<Session>>,
    opened: Condvar,
}

/// The session behind the lock; only handed out once the session is there.
pub struct SessionGuard<'a>(MutexGuard<'a, Option<Session>>);

impl Deref for SessionGuard<'_> {
    type Target = Session;
    fn deref(&self) -> &Session {
        self.0
            .as_ref()
            .expect("a guard is only made once the session is open")
    }
}

impl DerefMut for SessionGuard<'_> {
    fn deref_mut(&mut self) -> &mut Session {
        self.0
            .as_mut()
            .expect("a guard is only made once the session is open")
    }
}

impl AppState {
    /// A state whose session is still being opened: commands wait until [`fill`] puts it
    /// in (start-up opens the journal on a background thread while the window starts).
    ///
    /// [`fill`]: AppState::fill
    pub fn opening() -> Self {
        AppState {
            slot: Mutex::new(None),
            opened: Condvar::new(),
        }
    }

    /// Puts in the opened session and wakes every command waiting for it.
    pub fn fill(&self, session: Session) {
        *self.lock() = Some(session);
        self.opened.notify_all();
    }

    fn lock(&self) -> MutexGuard<'_, Option<Session>> {
        // A panic while holding the lock must not wedge the app: the data is in SQLite,
        // not in the guarded value, so recovering the guard is safe.
        self.slot
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn session(&self) -> SessionGuard<'_> {
        let mut slot = self.lock();
        while slot.is_none() {
            slot = self
                .opened
                .wait(slot)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
        SessionGuard(slot)
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
    fn commands_wait_for_the_journal_opened_in_the_background() {
        let state = std::sync::Arc::new(AppState::opening());
        let filler = std::sync::Arc::clone(&state);
        let opener = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(50));
            filler.fill(Session::failed(PathBuf::from("/nowhere"), false));
        });
        // Blocks until the opener fills the slot, then sees its session.
        let result = state.with_journal(|_| Ok(()));
        let err = result.expect_err("the filled session is a failed one");
        assert_eq!(err.kind, "database", "the command reports the open failure");
        assert_eq!(
            state.session().data_dir,
            PathBuf::from("/nowhere"),
            "the session put in by the opener is the one commands see"
        );
        opener.join().unwrap();
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
