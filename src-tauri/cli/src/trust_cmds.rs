//! Encryption at rest from the command line (`encryption on|off|change|status`), the
//! data-folder check (`storage-check`), and `crash-writer`, a hidden helper the crash tests
//! kill with SIGKILL at random moments: it does one kind of work in a loop and prints a line
//! only after each piece of work is durably committed, so every printed line is a promise
//! the journal must keep.
//!
//! Passphrases come from environment variables (BACKSTORY_PASSPHRASE for the journal's
//! current one, BACKSTORY_NEW_PASSPHRASE for a new one), never from the command line.

use crate::output::{print_json, CliError};
use crate::Ctx;
use backstory_application::{self as app, DataDir, Now};
use backstory_core::domain::{PainDraft, Region};
use backstory_core::i18n::{args, tr_with};
use backstory_core::store::{location, Passphrase};
use chrono::{Duration, FixedOffset, Utc};
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;

/// The journal's passphrase from the environment, if set.
pub fn env_passphrase(var: &str) -> Result<Option<Passphrase>, CliError> {
    match std::env::var(var) {
        Ok(text) if !text.is_empty() => Ok(Some(Passphrase::new(text)?)),
        _ => Ok(None),
    }
}

fn need(var: &str) -> Result<Passphrase, CliError> {
    env_passphrase(var)?.ok_or_else(|| {
        CliError::usage(tr_with(
            "cli-tools-set-passphrase",
            &args([("var", var.into())]),
        ))
    })
}

/// `action`: "encryption-status", "encrypt", "decrypt" or "change-passphrase".
pub fn encryption(ctx: &Ctx, action: &str) -> Result<(), CliError> {
    let mut session = ctx.session()?;
    let change = match action {
        "encryption-status" => {
            let status = app::security_status(&session);
            print_json(&json!({ "encrypted": status.encrypted }));
            return Ok(());
        }
        "encrypt" => {
            let new = need_text("BACKSTORY_NEW_PASSPHRASE")?;
            app::encryption_enable(&mut session, new.clone(), new)?
        }
        "decrypt" => app::encryption_disable(&mut session, need_text_current()?)?,
        "change-passphrase" => {
            let new = need_text("BACKSTORY_NEW_PASSPHRASE")?;
            let current = need_text_current()?;
            app::encryption_change(&mut session, current, new.clone(), new)?
        }
        other => {
            return Err(CliError::usage(tr_with(
                "cli-tools-unknown-command",
                &args([("command", other.into())]),
            )))
        }
    };
    print_json(&change);
    Ok(())
}

/// The current passphrase, from BACKSTORY_PASSPHRASE.
fn need_text_current() -> Result<String, CliError> {
    need("BACKSTORY_PASSPHRASE")?;
    Ok(std::env::var("BACKSTORY_PASSPHRASE").unwrap_or_default())
}

/// Encryption, the idle lock, the data-folder warning, how long things are kept.
pub fn security_status(ctx: &Ctx) -> Result<(), CliError> {
    print_json(&app::security_status(&ctx.session()?));
    Ok(())
}

/// `idle-lock MINUTES|off`: the window locks the journal after that long idle.
pub fn idle_lock(ctx: &Ctx, minutes: &str) -> Result<(), CliError> {
    let value = match minutes {
        "off" | "never" => serde_json::Value::Null,
        m => json!(m.parse::<i64>().map_err(|_| CliError::usage(tr_with(
            "cli-tools-minutes-or-off",
            &args([("off", "off".into())]),
        )))?),
    };
    app::set_idle_lock(&mut ctx.session()?, value)?;
    if ctx.json {
        print_json(&json!({ "idle_lock_minutes": minutes }));
    } else {
        println!(
            "{}",
            tr_with("cli-tools-idle-lock", &args([("minutes", minutes.into())]))
        );
    }
    Ok(())
}

/// `recover --backup NAME`: for a journal that cannot be opened (so no session first).
pub fn recover(ctx: &Ctx, name: &str) -> Result<(), CliError> {
    let mut session = app::Session::open(ctx.data_dir()?, ctx.demo, None);
    let status = app::recover_from_backup(&mut session, json!(name), Now::local())?;
    print_json(&status);
    Ok(())
}

fn need_text(var: &str) -> Result<String, CliError> {
    std::env::var(var)
        .ok()
        .filter(|t| !t.is_empty())
        .ok_or_else(|| {
            CliError::usage(tr_with(
                "cli-tools-set-new-passphrase",
                &args([("var", var.into())]),
            ))
        })
}

pub fn storage_check(dir: &DataDir) -> Result<(), CliError> {
    print_json(&json!({ "warning": location::storage_warning(dir.root()) }));
    Ok(())
}

fn required(flag: &str) -> CliError {
    CliError::usage(tr_with(
        "cli-tools-required",
        &args([("flag", flag.into())]),
    ))
}

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    // A closed pipe means the harness is gone: stop quietly.
    if writeln!(out, "{line}").and_then(|_| out.flush()).is_err() {
        std::process::exit(0);
    }
}

/// `crash-writer --mode save|import|backup|open [--file F] [--out F] [--count N]`.
pub fn crash_writer(
    ctx: &Ctx,
    mode: &str,
    file: Option<PathBuf>,
    out: Option<PathBuf>,
    count: Option<String>,
) -> Result<(), CliError> {
    let count: u64 = count
        .map(|c| {
            c.parse().map_err(|_| {
                CliError::usage(tr_with(
                    "cli-tools-number",
                    &args([("flag", "--count".into())]),
                ))
            })
        })
        .transpose()?
        .unwrap_or(u64::MAX);
    let mut session = ctx.session()?;
    let journal = session.journal_mut()?;
    say("ready");
    let now = Utc::now();
    match mode {
        "save" => {
            let zone = FixedOffset::east_opt(0).expect("UTC offset");
            for i in 0..count {
                let draft = PainDraft {
                    at: (now - Duration::seconds(i as i64 % 86_400)).with_timezone(&zone),
                    nrs: (i % 11) as u8,
                    regions: vec![Region::LowerBackCentre.into()],
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
            let file = file.ok_or_else(|| required("--file"))?;
            let summary = journal.exchange().import_backup_file(&file, None, now)?;
            say(&format!("imported {}", summary.added + summary.updated));
        }
        "backup" => {
            let out = out.ok_or_else(|| required("--out"))?;
            for _ in 0..count {
                let info = journal.file().backup_to(&out)?;
                say(&format!("backup {}", info.pain));
            }
        }
        "open" => say("opened"),
        other => {
            return Err(CliError::usage(tr_with(
                "cli-tools-unknown",
                &args([("flag", "--mode".into()), ("value", other.into())]),
            )))
        }
    }
    Ok(())
}
