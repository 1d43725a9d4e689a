//! `backstory`: the journal from the command line, over the same core as the app.
//! Output is JSON with --json, so scripts can drive and check it.

mod alerts_cmds;
mod args;
mod generate_cmds;
mod guide_cmds;
mod journal_cmds;
mod output;
mod sharing_cmds;
mod trust_cmds;

use args::Args;
use backstory_core::Journal;
use output::CliError;

const USAGE: &str = "usage: backstory [--data-dir DIR] [--json] <command> [options]

commands:
  list       [--kind pain|activity|check_in]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--offset N]
  add-pain   --nrs 0-10 [--at RFC3339] [--region R]... [--quality Q]... [--onset O]
             [--interference-daily N] [--interference-intimacy N]
             [--leg numbness,tingling,weakness --leg-side one_leg|both_legs]
             [--sign saddle_numbness,bladder_bowel_change,sexual_function_change,fever,
                     leg_weakness_worsening,night_pain,back_lump,both_legs]
             [--activity ID] [--notes TEXT]
  alerts     [--needs-attention] [--now RFC3339]   re-evaluates the red-flag rules, then lists
             every alert on record (rule id, tier, evidence ids, raised, acknowledged)
  acknowledge-alert --rule ID --raise-count N     marks the raise you read as seen
  red-flag-rules                                  every rule: tier, threshold, reason, sources
  generate   [--entries N] [--end YYYY-MM-DD] [--seed N]
             writes the deterministic benchmark journal (about N entries over the 10 years
             before --end, default 200000 ending 2026-01-01) into an empty data folder
";

/// Switches that take no value, across all subcommands.
const FLAGS: &[&str] = &["backup", "csv", "auto", "needs-attention"];

fn main() {
    let args = match Args::parse(std::env::args().skip(1), FLAGS) {
        Ok(args) => args,
        Err(message) => {
            eprintln!(
                "backstory: {message}\n\n{USAGE}{}{}{}",
                guide_cmds::USAGE,
                sharing_cmds::USAGE,
                trust_cmds::USAGE
            );
            std::process::exit(2);
        }
    };
    if let Err(err) = run(&args) {
        err.report(args.json);
        std::process::exit(err.exit_code());
    }
}

/// Opens the journal; an encrypted one with BACKSTORY_PASSPHRASE (see trust_cmds).
fn open_journal(args: &Args) -> Result<Journal, CliError> {
    let dir = args.data_dir().map_err(CliError::usage)?;
    trust_cmds::open_in(&dir)
}

fn run(args: &Args) -> Result<(), CliError> {
    let Some(command) = args.command.as_deref() else {
        print!(
            "{USAGE}{}{}{}",
            guide_cmds::USAGE,
            sharing_cmds::USAGE,
            trust_cmds::USAGE
        );
        return Ok(());
    };
    if args.flag("help") {
        print!(
            "{USAGE}{}{}{}",
            guide_cmds::USAGE,
            sharing_cmds::USAGE,
            trust_cmds::USAGE
        );
        return Ok(());
    }
    match command {
        "list" => journal_cmds::list(&open_journal(args)?, args),
        "add-pain" => journal_cmds::add_pain(&mut open_journal(args)?, args),
        "alerts" => alerts_cmds::alerts(&mut open_journal(args)?, args),
        "acknowledge-alert" => alerts_cmds::acknowledge(&mut open_journal(args)?, args),
        "red-flag-rules" => alerts_cmds::rules(args),
        "today" => guide_cmds::today(&mut open_journal(args)?, args),
        "generate" => generate_cmds::generate(&mut open_journal(args)?, args),
        "export" => sharing_cmds::export(&mut open_journal(args)?, args),
        "import" => sharing_cmds::import(&mut open_journal(args)?, args),
        "partners" => sharing_cmds::partners(&mut open_journal(args)?, args),
        "partner-entries" => sharing_cmds::partner_entries(&mut open_journal(args)?, args),
        "remove-partner" => sharing_cmds::remove_partner(&mut open_journal(args)?, args),
        "together" => sharing_cmds::together(&mut open_journal(args)?, args),
        "report" => sharing_cmds::report(&mut open_journal(args)?, args),
        "backup" => sharing_cmds::backup(&open_journal(args)?, args),
        "restore" => sharing_cmds::restore(&mut open_journal(args)?, args),
        "encryption-status" | "encrypt" | "decrypt" | "change-passphrase" => {
            trust_cmds::encryption(&mut open_journal(args)?, command)
        }
        "storage-check" => trust_cmds::storage_check(&args.data_dir().map_err(CliError::usage)?),
        // Hidden: used by the crash tests (tests/crash.rs), not listed in the usage text.
        "crash-writer" => {
            trust_cmds::crash_writer(&args.data_dir().map_err(CliError::usage)?, args)
        }
        other => Err(CliError::usage(format!(
            "unknown command \"{other}\"\n\n{USAGE}{}",
            sharing_cmds::USAGE
        ))),
    }
}
