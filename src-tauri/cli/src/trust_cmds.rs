//! Encryption at rest from the command line (`encryption on|off|change|status`), the
//! data-folder check (`storage-check`), and `crash-writer`, a hidden helper the crash tests
//! kill with SIGKILL at random moments: it does one kind of work in a loop and prints a line
//! only after each piece of work is durably committed, so every printed line is a promise
//! the journal must keep.
//!
//! Passphrases come from environment variables (BACKSTORY_PASSPHRASE for the journal's
//! current one, BACKSTORY_NEW_PASSPHRASE for a new one), never from the command line.

use crate::args::Args;
use crate::output::{print_json, CliError};
use backstory_core::domain::{PainDraft, Region};
use backstory_core::store::{file_kind, location, FileKind, Passphrase, JOURNAL_FILE};
use backstory_core::Journal;
use chrono::{Duration, FixedOffset, Utc};
use serde_json::json;
use std::io::Write;
use std::path::Path;

pub const USAGE: &str = "
privacy and safety:
  encryption-status                 whether the journal is encrypted
  encrypt                           encrypts the journal and its backups with
                                    BACKSTORY_NEW_PASSPHRASE (at least 8 characters)
  decrypt                           turns encryption off (needs BACKSTORY_PASSPHRASE)
  change-passphrase                 from BACKSTORY_PASSPHRASE to BACKSTORY_NEW_PASSPHRASE
             an encrypted journal is opened by every command with BACKSTORY_PASSPHRASE
  storage-check                     warns when the data folder is on a network drive or
             inside a cloud sync folder
";

/// The journal's passphrase from the environment, if set.
pub fn env_passphrase(var: &str) -> Result<Option<Passphrase>, CliError> {
    match std::env::var(var) {
        Ok(text) if !text.is_empty() => Ok(Some(Passphrase::new(text)?)),
        _ => Ok(None),
    }
}

/// Opens the journal in `dir`, with BACKSTORY_PASSPHRASE when the file is encrypted.
pub fn open_in(dir: &Path) -> Result<Journal, CliError> {
    let path = dir.join(JOURNAL_FILE);
    let key = if file_kind(&path)? == FileKind::Encrypted {
        env_passphrase("BACKSTORY_PASSPHRASE")?
    } else {
        None
    };
    let journal = Journal::open_with(&path, key.as_ref())?;
    if journal.file().permissions_repaired() > 0 {
        eprintln!(
            "backstory: made the data folder private ({} files or folders were readable by other accounts)",
            journal.file().permissions_repaired()
        );
    }
    Ok(journal)
}

fn need(var: &str) -> Result<Passphrase, CliError> {
    env_passphrase(var)?.ok_or_else(|| {
        CliError::usage(format!(
            "set {var} to the passphrase (it is never read from the command line)"
        ))
    })
}

/// `action`: "encryption-status", "encrypt", "decrypt" or "change-passphrase".
pub fn encryption(journal: &mut Journal, action: &str) -> Result<(), CliError> {
    let change = match action {
        "encryption-status" => {
            print_json(&json!({ "encrypted": journal.file().is_encrypted() }));
            return Ok(());
        }
        "encrypt" => {
            let new = Passphrase::new_choice(need_text("BACKSTORY_NEW_PASSPHRASE")?)?;
            journal.file_mut().enable_encryption(&new)?
        }
        "decrypt" => journal
            .file_mut()
            .disable_encryption(&need("BACKSTORY_PASSPHRASE")?)?,
        "change-passphrase" => {
            let new = Passphrase::new_choice(need_text("BACKSTORY_NEW_PASSPHRASE")?)?;
            journal
                .file_mut()
                .change_passphrase(&need("BACKSTORY_PASSPHRASE")?, &new)?
        }
        other => return Err(CliError::usage(format!("unknown command \"{other}\""))),
    };
    print_json(&change);
    Ok(())
}

fn need_text(var: &str) -> Result<String, CliError> {
    std::env::var(var)
        .ok()
        .filter(|t| !t.is_empty())
        .ok_or_else(|| {
            CliError::usage(format!(
                "set {var} to the new passphrase (it is never read from the command line)"
            ))
        })
}

pub fn storage_check(dir: &Path) -> Result<(), CliError> {
    print_json(&json!({ "warning": location::storage_warning(dir) }));
    Ok(())
}

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    // A closed pipe means the harness is gone: stop quietly.
    if writeln!(out, "{line}").and_then(|_| out.flush()).is_err() {
        std::process::exit(0);
    }
}

/// `crash-writer --mode save|import|backup|open [--file F] [--out F] [--count N]`.
pub fn crash_writer(dir: &Path, args: &Args) -> Result<(), CliError> {
    let mode = args.get("mode").unwrap_or("save");
    let count: u64 = args
        .get("count")
        .map(|c| {
            c.parse()
                .map_err(|_| CliError::usage("--count must be a number"))
        })
        .transpose()?
        .unwrap_or(u64::MAX);
    let mut journal = open_in(dir)?;
    say("ready");
    let now = Utc::now();
    match mode {
        "save" => {
            let zone = FixedOffset::east_opt(0).expect("UTC offset");
            for i in 0..count {
                let draft = PainDraft {
                    at: (now - Duration::seconds(i as i64 % 86_400)).with_timezone(&zone),
                    nrs: (i % 11) as u8,
                    regions: vec![Region::LowerBackCentre],
                    qualities: vec![],
                    onset: None,
                    interference_daily: None,
                    interference_intimacy: None,
                    leg: Default::default(),
                    emergency: Default::default(),
                    activity_id: None,
                    notes: format!("crash test entry {i}"),
                };
                let entry = journal.entries().add_pain(draft, now)?;
                say(&entry.id.to_string());
            }
        }
        "import" => {
            let file = args
                .get("file")
                .ok_or_else(|| CliError::usage("--file is required"))?;
            let summary = journal
                .exchange()
                .import_backup_file(Path::new(file), None, now)?;
            say(&format!("imported {}", summary.added + summary.updated));
        }
        "backup" => {
            let out = args
                .get("out")
                .ok_or_else(|| CliError::usage("--out is required"))?;
            for _ in 0..count {
                let info = journal.file().backup_to(Path::new(out))?;
                say(&format!("backup {}", info.pain));
            }
        }
        "open" => say("opened"),
        other => return Err(CliError::usage(format!("unknown --mode \"{other}\""))),
    }
    Ok(())
}
