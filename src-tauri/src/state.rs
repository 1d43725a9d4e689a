//! What the shell holds between commands: the application layer's session (the open
//! journal or why it could not be opened), filled once the background open finishes.
//! Every write goes through [`AppState::write`], which sends the window the one
//! `journal-changed` event with what changed.

use crate::error::IpcResult;
use backstory_application::{AppResult, JournalChange, Session, Written};
use std::ops::{Deref, DerefMut};
use std::path::PathBuf;
use std::sync::{Condvar, Mutex, MutexGuard};
use tauri::{Emitter, Runtime};

/// Sent to the window after every successful write; the payload is a `JournalChange`.
pub const EVENT_JOURNAL_CHANGED: &str = "journal-changed";

/// Options read from the command line.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct LaunchOptions {
    pub data_dir: Option<PathBuf>,
    pub demo: bool,
    /// `--tray` (or `--minimized`): start in the tray with no window (start at login).
    pub tray: bool,
    /// `--quick-log`: open the quick-log window (in a second launch: in the running app).
    pub quick_log: bool,
}

impl LaunchOptions {
    /// Reads `--data-dir DIR` (or `--data-dir=DIR`), `--demo`, `--tray` (`--minimized`) and
    /// `--quick-log`; ignores anything else.
    pub fn parse(args: impl IntoIterator<Item = String>) -> Self {
        let mut opts = LaunchOptions::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            if arg == "--demo" {
                opts.demo = true;
            } else if arg == "--tray" || arg == "--minimized" {
                opts.tray = true;
            } else if arg == "--quick-log" {
                opts.quick_log = true;
            } else if arg == "--data-dir" {
                opts.data_dir = args.next().map(PathBuf::from);
            } else if let Some(dir) = arg.strip_prefix("--data-dir=") {
                opts.data_dir = Some(PathBuf::from(dir));
            }
        }
        opts
    }
}

/// The session, possibly still being opened: start-up opens the journal (migrations,
/// upkeep) on a background thread while the window and WebKit start, and the first
/// command waits for it (docs/performance.md, cold start).
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
    /// in.
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

    /// Runs a request that changes nothing the window shows.
    pub fn run<T>(&self, f: impl FnOnce(&mut Session) -> AppResult<T>) -> IpcResult<T> {
        f(&mut self.session())
    }

    /// Runs a write, then tells the window what changed.
    pub fn write<T, R: Runtime>(
        &self,
        app: &impl Emitter<R>,
        f: impl FnOnce(&mut Session) -> AppResult<Written<T>>,
    ) -> IpcResult<T> {
        let written = f(&mut self.session())?;
        changed(app, &written.change);
        Ok(written.value)
    }
}

fn changed<R: Runtime>(app: &impl Emitter<R>, change: &JournalChange) {
    if let Err(err) = app.emit(EVENT_JOURNAL_CHANGED, change) {
        eprintln!("backstory: could not tell the window about a change: {err}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use backstory_application::DataDir;

    #[test]
    fn parses_data_dir_and_demo_flags() {
        let args = ["backstory", "--data-dir", "/tmp/x", "--demo"].map(String::from);
        assert_eq!(
            LaunchOptions::parse(args),
            LaunchOptions {
                data_dir: Some(PathBuf::from("/tmp/x")),
                demo: true,
                tray: false,
                quick_log: false,
            }
        );
        let args = ["--minimized", "--quick-log"].map(String::from);
        let opts = LaunchOptions::parse(args);
        assert!(opts.tray && opts.quick_log, "{opts:?}");
        assert!(LaunchOptions::parse(["--tray".to_string()]).tray);
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
            filler.fill(Session::failed(DataDir::new("/nowhere"), false));
        });
        // Blocks until the opener fills the slot, then sees its session.
        let result = state.run(|s| s.journal().map(|_| ()));
        let err = result.expect_err("the filled session is a failed one");
        assert_eq!(err.kind, "database", "the command reports the open failure");
        assert_eq!(
            state.session().data_dir,
            DataDir::new("/nowhere"),
            "the session put in by the opener is the one commands see"
        );
        opener.join().unwrap();
    }
}
