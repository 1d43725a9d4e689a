//! `backstory add-peg` and `backstory peg`: the weekly PEG check from the command line.

use crate::cli::PegArgs;
use crate::now_from;
use crate::output::{number, print_json, CliError};
use crate::Ctx;
use backstory_application as app;
use chrono::DateTime;
use serde_json::{json, Value};

pub fn add_peg(ctx: &Ctx, args: PegArgs) -> Result<(), CliError> {
    let now = now_from(args.now.as_deref())?;
    let taken_at = match args.at.as_deref() {
        Some(text) => DateTime::parse_from_rfc3339(text).map_err(|_| {
            CliError::usage("--at must be an RFC 3339 time, e.g. 2026-11-27T21:30:00+01:00")
        })?,
        None => now.0,
    };
    let draft = json!({
        "taken_at": taken_at.to_rfc3339(),
        "pain": number::<i64>(Some(&args.pain), "--pain")?,
        "enjoyment": number::<i64>(Some(&args.enjoyment), "--enjoyment")?,
        "activity": number::<i64>(Some(&args.activity), "--activity")?,
    });
    let check = app::add_peg(&mut ctx.session()?, draft, now)?.value;
    if ctx.json {
        print_json(&check);
    } else {
        println!(
            "saved the PEG check for {} to {}: score {:.1} (pain {}, enjoyment {}, activity {})",
            check.covers_from,
            check.covers_to,
            check.score,
            check.draft.pain,
            check.draft.enjoyment,
            check.draft.activity
        );
    }
    Ok(())
}

pub fn peg(
    ctx: &Ctx,
    weeks: Option<&str>,
    dismiss: bool,
    now: Option<&str>,
) -> Result<(), CliError> {
    let now = now_from(now)?;
    let mut session = ctx.session()?;
    if dismiss {
        app::dismiss_peg(&mut session, now)?;
    }
    let weeks = number::<i64>(weeks, "--weeks")?.map_or(Value::Null, Value::from);
    let overview = app::peg_overview(&session, weeks, now)?;
    if ctx.json {
        print_json(&overview);
        return Ok(());
    }
    match (&overview.latest, overview.due) {
        (None, _) => println!("No PEG check yet."),
        (Some(c), due) => println!(
            "Latest PEG: {:.1} on {}{}",
            c.score,
            c.covers_to,
            if due { " (a new check is due)" } else { "" }
        ),
    }
    for week in &overview.weeks {
        match &week.check {
            Some(c) => println!(
                "week of {}: {:.1} (pain {}, enjoyment {}, activity {})",
                week.week_start, c.score, c.draft.pain, c.draft.enjoyment, c.draft.activity
            ),
            None => println!("week of {}: no check", week.week_start),
        }
    }
    Ok(())
}
