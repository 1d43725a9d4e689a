//! `backstory`: the journal from the command line, over the same core as the app.
//! Output is JSON with --json, so scripts can drive and check it.

mod args;
mod journal_cmds;
mod output;

use args::Args;
use backstory_core::store::JOURNAL_FILE;
use backstory_core::Journal;
use output::CliError;

const USAGE: &str = "usage: backstory [--data-dir DIR] [--json] <command> [options]

commands:
  list       [--kind pain|activity|check_in]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--offset N]
  add-pain   --nrs 0-10 [--at RFC3339] [--region R]... [--quality Q]... [--onset O]
             [--interference-daily N] [--interference-intimacy N]
             [--leg numbness,tingling,weakness --leg-side one_leg|both_legs]
             [--sign saddle_numbness,bladder_bowel_change,sexual_function_change,fever]
             [--activity ID] [--notes TEXT]
";

/// Switches that take no value, across all subcommands.
const FLAGS: &[&str] = &[];

fn main() {
    let args = match Args::parse(std::env::args().skip(1), FLAGS) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("backstory: {message}\n\n{USAGE}");
            std::process::exit(2);
        }
    };
    if let Err(err) = run(&args) {
        err.report(args.json);
        std::process::exit(err.exit_code());
    }
}

fn open_journal(args: &Args) -> Result<Journal, CliError> {
    let dir = args.data_dir().map_err(CliError::usage)?;
    Ok(Journal::open(&dir.join(JOURNAL_FILE))?)
}

fn run(args: &Args) -> Result<(), CliError> {
    let Some(command) = args.command.as_deref() else {
        print!("{USAGE}");
        return Ok(());
    };
    if args.flag("help") {
        print!("{USAGE}");
        return Ok(());
    }
    match command {
        "list" => journal_cmds::list(&open_journal(args)?, args),
        "add-pain" => journal_cmds::add_pain(&mut open_journal(args)?, args),
        other => Err(CliError::usage(format!("unknown command \"{other}\"\n\n{USAGE}"))),
    }
}
