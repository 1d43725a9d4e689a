//! The open journal (or why it could not be opened), the data folder in use and whether it
//! is the demo journal, with the upkeep every open does. Both fronts hold one of these.

use super::{AppError, AppResult, ChangedData, DataDir, JournalChange, Now, Written};
use backstory_core::i18n::tr;
use backstory_core::rules::RefreshOutcome;
use backstory_core::store::backups::DELETED_KEEP_DAYS;
use backstory_core::store::{IntegrityCheck, Passphrase};
use backstory_core::{CoreError, CoreResult, Journal};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use ts_rs::TS;

/// How many days of entries the demo journal holds.
pub const DEMO_DAYS: i64 = 90;
/// Setting key: the welcome screen was seen.
pub(crate) const WELCOMED_KEY: &str = "welcomed";
/// Within this time of the last refresh, reading the alerts does not re-run the rules:
/// every write and every open refreshes them, so a second run would find the same.
const RULES_STAY_FRESH: Duration = Duration::seconds(60);

/// Why the journal is not available, shown on the start-up error screen.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct OpenFailure {
    pub kind: String,
    pub reason: Option<String>,
    pub message: String,
}

impl From<CoreError> for OpenFailure {
    fn from(err: CoreError) -> Self {
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
}

/// What the window shows first: the journal in use, or why it is not open.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct AppStatus {
    pub ok: bool,
    pub demo: bool,
    pub journal_path: String,
    pub welcomed: bool,
    pub error: Option<OpenFailure>,
}

/// What a full integrity check that ran after the open means for the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checked {
    /// The file is sound: commits may now reach it.
    Verified,
    /// The file is damaged: the journal is closed and the session holds the failure.
    Damaged,
    /// Another journal was opened meanwhile (switch, lock): nothing to do.
    NotThisJournal,
}

pub struct Session {
    pub data_dir: DataDir,
    pub demo: bool,
    pub journal: Result<Journal, OpenFailure>,
    rules_checked_at: Option<DateTime<Utc>>,
    rule_refreshes: u32,
}

impl Session {
    fn with(data_dir: DataDir, demo: bool, journal: Result<Journal, OpenFailure>) -> Session {
        Session {
            data_dir,
            demo,
            journal,
            rules_checked_at: None,
            rule_refreshes: 0,
        }
    }

    /// Opens with the full integrity check and no upkeep (the CLI, and tests). `key`:
    /// the passphrase of an encrypted journal (`None`: an encrypted one fails with reason
    /// "encrypted").
    pub fn open(data_dir: DataDir, demo: bool, key: Option<&Passphrase>) -> Session {
        let journal = Journal::open_with(&data_dir.journal(demo), key).map_err(OpenFailure::from);
        Session::with(data_dir, demo, journal)
    }

    /// `open` plus the upkeep of a window start and today's backup (switching journals,
    /// recovering from a backup).
    pub fn open_with_upkeep(
        data_dir: DataDir,
        demo: bool,
        key: Option<&Passphrase>,
        now: Now,
    ) -> Session {
        let mut session = Session::open(data_dir, demo, key);
        session.upkeep(now);
        session.daily_backup(now);
        session
    }

    /// For start-up and unlock: opens without reading the whole file (quick_check is
    /// O(file size)), then the upkeep; the returned check must run after the first screen
    /// and before the daily backup.
    pub fn open_check_later(
        data_dir: DataDir,
        demo: bool,
        key: Option<&Passphrase>,
        now: Now,
    ) -> (Session, Option<IntegrityCheck>) {
        let (journal, check) = match Journal::open_check_later(&data_dir.journal(demo), key) {
            Ok((journal, check)) => (Ok(journal), check),
            Err(err) => (Err(OpenFailure::from(err)), None),
        };
        let mut session = Session::with(data_dir, demo, journal);
        session.upkeep(now);
        (session, check)
    }

    /// A session over a fresh in-memory journal (tests and fuzzing): nothing touches disk
    /// unless a request is given a path.
    pub fn in_memory() -> AppResult<Session> {
        let data_dir = DataDir::new(std::env::temp_dir().join("backstory-in-memory"));
        Ok(Session::with(
            data_dir,
            false,
            Ok(Journal::open_in_memory()?),
        ))
    }

    /// A session whose opening failed unexpectedly (e.g. a panic while opening): the
    /// window shows the start-up error screen instead of waiting forever.
    pub fn failed(data_dir: DataDir, demo: bool) -> Session {
        Session::with(
            data_dir,
            demo,
            Err(OpenFailure {
                kind: "storage".into(),
                reason: None,
                message: tr("error-open-internal"),
            }),
        )
    }

    pub fn journal_path(&self) -> std::path::PathBuf {
        self.data_dir.journal(self.demo)
    }

    /// The open journal, or why there is none.
    pub fn journal(&self) -> AppResult<&Journal> {
        match &self.journal {
            Ok(journal) => Ok(journal),
            Err(failure) => Err(AppError::new("database", failure.message.clone())),
        }
    }

    pub fn journal_mut(&mut self) -> AppResult<&mut Journal> {
        match &mut self.journal {
            Ok(journal) => Ok(journal),
            Err(failure) => Err(AppError::new("database", failure.message.clone())),
        }
    }

    /// Closes the journal, leaving `failure` in its place (lock, failed check).
    pub fn close(&mut self, failure: OpenFailure) {
        self.journal = Err(failure);
        self.rules_checked_at = None;
    }

    /// Applies the outcome of the integrity check `open_check_later` handed out. Until it
    /// passes, commits stay in the WAL and the journal file is not written; if it fails,
    /// the journal is closed without a checkpoint (the file keeps its bytes; the commits
    /// since the open stay in the -wal) and the window offers the restore.
    pub fn apply_check(&mut self, check: &IntegrityCheck, outcome: CoreResult<()>) -> Checked {
        let ours = matches!(&self.journal, Ok(j) if check.is_for(j));
        match (outcome, ours) {
            (Ok(()), true) => {
                if let Ok(journal) = &mut self.journal {
                    if let Err(err) = journal.file_mut().mark_verified(check) {
                        eprintln!("backstory: after the integrity check: {}", err.kind());
                    }
                }
                Checked::Verified
            }
            (Err(err), true) => {
                eprintln!("backstory: the journal failed its integrity check");
                self.close(err.into());
                Checked::Damaged
            }
            (_, false) => Checked::NotThisJournal,
        }
    }

    /// What follows every window open: the demo journal is filled on first use, deleted
    /// entries past their restore time are purged, the red-flag rules are refreshed (days
    /// may have passed since the last write). Failures are reported by kind only.
    fn upkeep(&mut self, now: Now) {
        let demo = self.demo;
        let Ok(journal) = &mut self.journal else {
            return;
        };
        if demo {
            let empty = journal
                .timeline()
                .page(&Default::default())
                .map(|page| page.items.is_empty())
                .unwrap_or(false);
            if empty {
                if let Err(err) =
                    backstory_core::demo::fill_demo(journal, now.utc(), *now.0.offset(), DEMO_DAYS)
                {
                    eprintln!("backstory: could not fill the demo journal: {}", err.kind());
                }
            }
        }
        let repaired = journal.file().permissions_repaired();
        if repaired > 0 {
            eprintln!(
                "backstory: made the data folder private ({repaired} files or folders were readable by other accounts)"
            );
        }
        let cutoff = now.utc() - Duration::days(i64::from(DELETED_KEEP_DAYS));
        if let Err(err) = journal.entries().purge_deleted(cutoff) {
            eprintln!("backstory: could not purge deleted entries: {}", err.kind());
        }
        // Shares whose sender chose an expiry are removed once it passes; the pairing
        // keeps the date, and the Sharing page says so.
        if let Err(err) = journal.partners().pairings().remove_expired(now.utc()) {
            eprintln!("backstory: could not remove expired shares: {}", err.kind());
        }
        if let Err(err) = self.refresh_rules(now.utc()) {
            eprintln!(
                "backstory: could not evaluate the red-flag rules: {}",
                err.kind
            );
        }
    }

    /// Today's rotating backup (keeps seven); never of the demo journal. Failures are
    /// reported on stderr by kind only and never stop the app.
    pub fn daily_backup(&self, now: Now) {
        if self.demo {
            return;
        }
        if let Ok(journal) = &self.journal {
            let dir = self.data_dir.journal_dir(false);
            if let Err(err) = journal.file().auto_backup(&dir, now.today()) {
                eprintln!("backstory: the daily backup failed: {}", err.kind());
            }
        }
    }

    pub fn status(&self) -> AppStatus {
        let path = self.journal_path().display().to_string();
        match &self.journal {
            Ok(journal) => AppStatus {
                ok: true,
                demo: self.demo,
                journal_path: path,
                welcomed: self.demo
                    || journal
                        .settings()
                        .get(WELCOMED_KEY)
                        .ok()
                        .flatten()
                        .is_some(),
                error: None,
            },
            Err(failure) => AppStatus {
                ok: false,
                demo: self.demo,
                journal_path: path,
                welcomed: true,
                error: Some(failure.clone()),
            },
        }
    }

    /// Runs the red-flag rules and records when. The only place that refreshes them.
    fn refresh_rules(&mut self, now: DateTime<Utc>) -> AppResult<RefreshOutcome> {
        let outcome = self.journal_mut()?.alerts().refresh(now)?;
        self.rules_checked_at = Some(now);
        self.rule_refreshes += 1;
        Ok(outcome)
    }

    /// Refreshes the rules unless a write or the open did within the last minute before
    /// `now` (a clock set back, or a `--now` elsewhere, refreshes).
    pub(crate) fn fresh_rules(&mut self, now: DateTime<Utc>) -> AppResult<()> {
        let fresh = self
            .rules_checked_at
            .is_some_and(|at| now >= at && now - at < RULES_STAY_FRESH);
        if !fresh {
            self.refresh_rules(now)?;
        }
        Ok(())
    }

    /// How many times this session ran the red-flag rules (tests prove one per write).
    pub fn rule_refreshes(&self) -> u32 {
        self.rule_refreshes
    }

    /// Runs a write that the rules read, then refreshes them once; a failed write
    /// changes nothing and refreshes nothing. A failed refresh does not undo the write
    /// (the next open or listing runs the rules again).
    pub(crate) fn write<T>(
        &mut self,
        now: DateTime<Utc>,
        data: ChangedData,
        write: impl FnOnce(&mut Journal) -> CoreResult<T>,
    ) -> AppResult<Written<T>> {
        let value = write(self.journal_mut()?)?;
        let alerts = match self.refresh_rules(now) {
            Ok(outcome) => outcome,
            Err(err) => {
                eprintln!(
                    "backstory: could not evaluate the red-flag rules: {}",
                    err.kind
                );
                self.rules_checked_at = None;
                RefreshOutcome::default()
            }
        };
        Ok(Written {
            value,
            change: JournalChange { data, alerts },
        })
    }
}
