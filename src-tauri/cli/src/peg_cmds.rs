//! `backstory add-peg` and `backstory peg`: the weekly PEG check from the command line.

use crate::cli::PegArgs;
use crate::output::{number, print_json, CliError};
use crate::Ctx;
use crate::{now_from, time_error};
use backstory_application as app;
use backstory_core::i18n::{self, tr, tr_with};
use chrono::DateTime;
use serde_json::{json, Value};

pub fn add_peg(ctx: &Ctx, args: PegArgs) -> Result<(), CliError> {
    let now = now_from(args.now.as_deref())?;
    let taken_at = match args.at.as_deref() {
        Some(text) => DateTime::parse_from_rfc3339(text).map_err(|_| time_error("--at"))?,
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
            "{}",
            tr_with(
                "cli-peg-saved",
                &i18n::args([
                    ("from", check.covers_from.to_string().into()),
                    ("to", check.covers_to.to_string().into()),
                    ("score", decimal(check.score).into()),
                    ("pain", check.draft.pain.into()),
                    ("enjoyment", check.draft.enjoyment.into()),
                    ("activity", check.draft.activity.into()),
                ]),
            )
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
        (None, _) => println!("{}", tr("cli-peg-none")),
        (Some(c), due) => println!(
            "{}",
            tr_with(
                if due {
                    "cli-peg-latest-due"
                } else {
                    "cli-peg-latest"
                },
                &i18n::args([
                    ("score", decimal(c.score).into()),
                    ("date", c.covers_to.to_string().into()),
                ]),
            )
        ),
    }
    for week in &overview.weeks {
        match &week.check {
            Some(c) => println!(
                "{}",
                tr_with(
                    "cli-peg-week",
                    &i18n::args([
                        ("week", week.week_start.to_string().into()),
                        ("score", decimal(c.score).into()),
                        ("pain", c.draft.pain.into()),
                        ("enjoyment", c.draft.enjoyment.into()),
                        ("activity", c.draft.activity.into()),
                    ]),
                )
            ),
            None => println!(
                "{}",
                tr_with(
                    "cli-peg-week-none",
                    &i18n::args([("week", week.week_start.to_string().into())])
                )
            ),
        }
    }
    Ok(())
}

/// A score with one decimal, as the language in use writes it ("4.3", "4,3").
fn decimal(score: f32) -> String {
    i18n::format_decimal(i18n::current(), f64::from(score), 1)
}
