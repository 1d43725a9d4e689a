//! `backstory`: the journal from the command line, over the same application layer as the
//! window (backstory_application): each subcommand parses its options, calls the app
//! function the window's command calls, and prints the result (JSON with --json).

mod alerts_cmds;
mod cli;
mod experiment_cmds;
mod generate_cmds;
mod guide_cmds;
mod journal_cmds;
mod output;
mod pair_cmds;
mod peg_cmds;
mod sharing_cmds;
mod trust_cmds;

#[cfg(test)]
mod tests;

use backstory_application::{AppError, DataDir, Now, Session};
use backstory_core::i18n::{args, tr_with};
use backstory_core::store::{file_kind, FileKind};
use chrono::DateTime;
use clap::{CommandFactory, Parser};
use cli::{Cli, Command};
use output::CliError;

/// What every subcommand gets: where the journal is and how to print.
pub struct Ctx {
    pub json: bool,
    pub demo: bool,
    data_dir: Option<DataDir>,
}

impl Ctx {
    /// The data folder: `--data-dir`, else the app's own folder for this user.
    pub fn data_dir(&self) -> Result<DataDir, CliError> {
        self.data_dir.clone().ok_or_else(|| {
            CliError::usage(tr_with(
                "cli-tools-no-data-dir",
                &args([("flag", "--data-dir".into())]),
            ))
        })
    }

    /// Opens the journal (no upkeep: a script's command changes only what it says); an
    /// encrypted one with BACKSTORY_PASSPHRASE.
    pub fn session(&self) -> Result<Session, CliError> {
        let dir = self.data_dir()?;
        let key = if file_kind(&dir.journal(self.demo))? == FileKind::Encrypted {
            trust_cmds::env_passphrase("BACKSTORY_PASSPHRASE")?
        } else {
            None
        };
        let session = Session::open(dir, self.demo, key.as_ref());
        match &session.journal {
            Ok(journal) => {
                let repaired = journal.file().permissions_repaired();
                if repaired > 0 {
                    let count = args([("count", repaired.into())]);
                    eprintln!("backstory: {}", tr_with("cli-tools-made-private", &count));
                }
                Ok(session)
            }
            Err(failure) => Err(CliError::App(AppError {
                kind: failure.kind.clone(),
                message: failure.message.clone(),
                field: None,
            })),
        }
    }
}

/// `--now RFC3339` (reproducible scripts and tests; the offset given is the user's local
/// time), else the clock.
pub fn now_from(text: Option<&str>) -> Result<Now, CliError> {
    match text {
        Some(text) => DateTime::parse_from_rfc3339(text)
            .map(Now)
            .map_err(|_| time_error("--now")),
        None => Ok(Now::local()),
    }
}

/// The usage error of a time option (`--now`, `--at`) that is not RFC 3339.
pub fn time_error(flag: &str) -> CliError {
    CliError::usage(tr_with("cli-tools-time", &args([("flag", flag.into())])))
}

fn main() {
    let raw: Vec<String> = std::env::args().collect();
    let wants_json = raw.iter().any(|a| a == "--json");
    let cli = match Cli::try_parse_from(&raw) {
        Ok(cli) => cli,
        Err(err) => {
            use clap::error::ErrorKind;
            let informational = matches!(
                err.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            );
            if wants_json && !informational {
                // One error shape for scripts, whatever went wrong.
                let text = err.to_string();
                let first = text.lines().next().unwrap_or_default();
                let message = first.trim_start_matches("error: ").to_string();
                CliError::usage(message).report(true);
                std::process::exit(2);
            }
            err.exit();
        }
    };
    let ctx = Ctx {
        json: cli.json,
        demo: cli.demo,
        data_dir: cli
            .data_dir
            .map(DataDir::new)
            .or_else(DataDir::for_this_user),
    };
    // The same language as the window: the choice in Settings, else the system's. Scripts
    // read --json (its sentences and error messages too) in English, whatever the language.
    let locale = if ctx.json {
        backstory_core::i18n::Locale::En
    } else {
        let prefs = ctx
            .data_dir
            .as_ref()
            .map(backstory_application::desktop_prefs)
            .unwrap_or_default();
        backstory_application::resolved_locale(&prefs)
    };
    backstory_core::i18n::set_current(locale);
    if let Err(err) = run(&ctx, cli.command) {
        err.report(ctx.json);
        std::process::exit(err.exit_code());
    }
}

fn run(ctx: &Ctx, command: Command) -> Result<(), CliError> {
    use Command::*;
    match command {
        Status => journal_cmds::status(ctx),
        List(args) => journal_cmds::list(ctx, args),
        AddPain(args) => journal_cmds::add_pain(ctx, None, args),
        EditPain { id, pain } => journal_cmds::add_pain(ctx, Some(id), pain),
        AddActivity(args) => journal_cmds::add_activity(ctx, None, args),
        EditActivity { id, activity } => journal_cmds::add_activity(ctx, Some(id), activity),
        LogRelief(args) => journal_cmds::log_relief(ctx, args),
        RateRelief {
            id,
            relief,
            unknown: _,
        } => journal_cmds::rate_relief(ctx, &id, relief),
        CheckIn(args) => journal_cmds::check_in(ctx, args),
        ShowCheckIn { date } => journal_cmds::show_check_in(ctx, &date),
        AddPeg(args) => peg_cmds::add_peg(ctx, args),
        Peg {
            weeks,
            dismiss,
            now,
        } => peg_cmds::peg(ctx, weeks.as_deref(), dismiss, now.as_deref()),
        Experiment { action } => experiment_cmds::run(ctx, action),
        Delete(entry) => journal_cmds::delete(ctx, entry, false),
        Undelete(entry) => journal_cmds::delete(ctx, entry, true),
        SuggestLink { at } => journal_cmds::suggest_link(ctx, &at),
        LogOutcome(args) => journal_cmds::log_outcome(ctx, args),
        PendingOutcomes { now } => journal_cmds::pending_outcomes(ctx, now.as_deref()),
        Outcomes { activity } => journal_cmds::outcomes(ctx, &activity),
        OutcomeKinds { set } => journal_cmds::outcome_kinds(ctx, set),
        Profile { action } => journal_cmds::profile(ctx, action),
        Positions => journal_cmds::positions(ctx),
        Alerts {
            needs_attention,
            now,
        } => alerts_cmds::alerts(ctx, needs_attention, now.as_deref()),
        AcknowledgeAlert {
            rule,
            raise_count,
            now,
        } => alerts_cmds::acknowledge(ctx, &rule, &raise_count, now.as_deref()),
        AlertHistory { rule } => alerts_cmds::history(ctx, rule.as_deref()),
        RedFlagRules => alerts_cmds::rules(ctx),
        Today { now } => guide_cmds::today(ctx, now.as_deref()),
        Guide { action } => guide_cmds::guide(ctx, action),
        Insights { action } => guide_cmds::insights(ctx, action),
        Flares => guide_cmds::flares(ctx),
        Reminders { action } => guide_cmds::reminders(ctx, action),
        Generate { entries, end, seed } => generate_cmds::generate(ctx, entries, end, seed),
        Export(args) => sharing_cmds::export(ctx, args),
        Import {
            file,
            now,
            partner,
            backup,
            passphrase,
        } => {
            if partner.is_none() && !backup && pair_cmds::is_signed_share(&file) {
                pair_cmds::import_signed(ctx, &file, now_from(now.as_deref())?)
            } else {
                sharing_cmds::import(ctx, &file, partner, backup, &passphrase)
            }
        }
        Pair { action } => pair_cmds::run(ctx, action),
        Partners => sharing_cmds::partners(ctx),
        PartnerEntries { partner, page } => sharing_cmds::partner_entries(ctx, &partner, page),
        RemovePartner { partner } => sharing_cmds::remove_partner(ctx, &partner),
        Together {
            partner,
            from,
            to,
            window,
        } => sharing_cmds::together(ctx, &partner, from, to, window),
        Report(args) => sharing_cmds::report(ctx, args),
        Backup { out, auto } => sharing_cmds::backup(ctx, out, auto),
        Backups => sharing_cmds::backups(ctx),
        Restore { file } => sharing_cmds::restore(ctx, &file),
        Recover { backup } => trust_cmds::recover(ctx, &backup),
        SecurityStatus => trust_cmds::security_status(ctx),
        EncryptionStatus => trust_cmds::encryption(ctx, "encryption-status"),
        Encrypt => trust_cmds::encryption(ctx, "encrypt"),
        Decrypt => trust_cmds::encryption(ctx, "decrypt"),
        ChangePassphrase => trust_cmds::encryption(ctx, "change-passphrase"),
        IdleLock { minutes } => trust_cmds::idle_lock(ctx, &minutes),
        StorageCheck => trust_cmds::storage_check(&ctx.data_dir()?),
        Completions { shell } => {
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "backstory",
                &mut std::io::stdout(),
            );
            Ok(())
        }
        CrashWriter {
            mode,
            file,
            out,
            count,
        } => trust_cmds::crash_writer(ctx, &mode, file, out, count),
    }
}
