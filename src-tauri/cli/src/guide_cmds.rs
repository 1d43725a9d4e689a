//! `today`: the guide's "for you today" panel from scripts, the same picks the app shows.
//! It re-evaluates the red-flag rules first (like `alerts`), so the pause is current: while
//! an urgent or emergency alert is open there are no picks and no level-up, and the output
//! says why (`paused`, `pause_reason`, `get_help_first`).

use crate::args::Args;
use crate::output::{print_json, CliError};
use backstory_core::guide::catalogue::catalogue;
use backstory_core::guide::today::TodayPanel;
use backstory_core::Journal;
use chrono::{DateTime, FixedOffset, Local, Utc};
use serde::Serialize;

pub const USAGE: &str =
    "  today      [--now RFC3339]   re-evaluates the red-flag rules, then prints today's picks
             from the guide, the core programme advice and, while an urgent or emergency
             alert is open, that the guide is paused and why (no picks, no level-up)
";

#[derive(Serialize)]
struct TodayLine<'a> {
    now: DateTime<FixedOffset>,
    paused: bool,
    pause_reason: Option<&'a str>,
    get_help_first: bool,
    #[serde(flatten)]
    panel: &'a TodayPanel,
}

/// `--now RFC3339` keeps the offset given (the user's local time), else the local clock.
fn local_now(args: &Args) -> Result<DateTime<FixedOffset>, CliError> {
    match args.get("now") {
        Some(text) => DateTime::parse_from_rfc3339(text).map_err(|_| {
            CliError::usage("--now must be an RFC 3339 time, e.g. 2026-11-27T21:30:00+01:00")
        }),
        None => Ok(Local::now().fixed_offset()),
    }
}

/// `today [--now RFC3339]`
pub fn today(journal: &mut Journal, args: &Args) -> Result<(), CliError> {
    let now = local_now(args)?;
    journal.alerts().refresh(now.with_timezone(&Utc))?;
    let panel = journal.guide().today_panel(catalogue(), now)?;
    let pause = panel.pause.as_ref();
    if args.json {
        print_json(&TodayLine {
            now,
            paused: pause.is_some(),
            pause_reason: pause.map(|p| p.reason.as_str()),
            get_help_first: pause.is_some_and(|p| p.get_help_first),
            panel: &panel,
        });
        return Ok(());
    }
    if let Some(p) = pause {
        println!("paused: {}", p.reason);
        if p.get_help_first {
            println!("get help first: {}", p.tier.action());
        }
    }
    for pick in &panel.picks {
        println!("{} ({}): {}", pick.title, pick.id, pick.reason);
    }
    println!(
        "core programme: level {} ({}): {}",
        panel.programme.level, panel.programme.routine_id, panel.programme.reason
    );
    if let Some(note) = &panel.hidden_note {
        println!("{note}");
    }
    Ok(())
}
