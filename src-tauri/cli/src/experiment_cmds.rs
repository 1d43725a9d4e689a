//! `backstory experiment start|status|result|mark|abandon`: n-of-1 experiments from the
//! command line. Text by default, the same figures as JSON with --json.

use crate::cli::ExperimentAction;
use crate::now_from;
use crate::output::{number, print_json, CliError};
use crate::Ctx;
use backstory_application as app;
use backstory_core::experiments::{Arm, ExperimentResult, ExperimentState, ExperimentStatus};
use backstory_core::i18n::{args, current, format_decimal, tr, tr_with};
use backstory_core::insights::decimal_in;
use serde_json::{json, Value};

pub fn run(ctx: &Ctx, action: ExperimentAction) -> Result<(), CliError> {
    match action {
        ExperimentAction::Start {
            change,
            text,
            outcome,
            period_days,
            blocks,
            now,
        } => {
            let now = now_from(now.as_deref())?;
            let change = match text {
                Some(text) => json!({ "kind": change, "text": text }),
                None => json!({ "kind": change }),
            };
            let request = json!({
                "change": change,
                "outcome": outcome,
                "period_days": number::<i64>(period_days.as_deref(), "--period-days")?,
                "blocks": number::<i64>(blocks.as_deref(), "--blocks")?,
            });
            let status = app::start_experiment(&mut ctx.session()?, request, now)?.value;
            show_status(ctx, &status);
        }
        ExperimentAction::Status { now } => {
            let status = app::experiment_status(&ctx.session()?, now_from(now.as_deref())?)?;
            match (&status, ctx.json) {
                (_, true) => print_json(&status),
                (None, false) => println!("{}", tr("cli-no-experiment")),
                (Some(s), false) => show_status(ctx, s),
            }
        }
        ExperimentAction::Result { now } => {
            let status = app::experiment_status(&ctx.session()?, now_from(now.as_deref())?)?;
            let result = status.as_ref().map(|s| &s.result);
            match (result, ctx.json) {
                (_, true) => print_json(&result),
                (None, false) => println!("{}", tr("cli-no-experiment")),
                (Some(r), false) => show_result(r),
            }
        }
        ExperimentAction::Mark {
            followed,
            date,
            now,
        } => {
            let now = now_from(now.as_deref())?;
            let followed = match followed.as_str() {
                "yes" => true,
                "no" => false,
                _ => {
                    return Err(CliError::usage(tr_with(
                        "cli-tools-either",
                        &args([
                            ("flag", "--followed".into()),
                            ("a", "yes".into()),
                            ("b", "no".into()),
                        ]),
                    )))
                }
            };
            let date = date.map_or_else(|| Value::from(now.today().to_string()), Value::from);
            let mark = json!({ "date": date, "followed": followed });
            let status = app::mark_experiment_day(&mut ctx.session()?, mark, now)?.value;
            show_status(ctx, &status);
        }
        ExperimentAction::Abandon { now } => {
            let status =
                app::abandon_experiment(&mut ctx.session()?, now_from(now.as_deref())?)?.value;
            show_status(ctx, &status);
        }
    }
    Ok(())
}

fn show_status(ctx: &Ctx, status: &ExperimentStatus) {
    if ctx.json {
        print_json(status);
        return;
    }
    let title = args([
        ("title", status.title.as_str().into()),
        ("seed", status.experiment.plan.seed.to_string().into()),
    ]);
    println!("{}", tr_with("cli-tools-experiment-title", &title));
    for p in &status.periods {
        let arm = match p.arm {
            Arm::With => "with",
            Arm::Without => "without",
        };
        let block = args([
            ("block", (p.block + 1).into()),
            ("from", p.first_day.to_string().into()),
            ("to", p.last_day.to_string().into()),
            ("arm", arm.into()),
        ]);
        println!("{}", tr_with("cli-tools-experiment-block", &block));
    }
    match &status.today {
        Some(today) => {
            let text = args([("text", today.text.as_str().into())]);
            println!("{}", tr_with("cli-tools-experiment-today", &text));
        }
        None => {
            let state = match status.result.state {
                ExperimentState::Running => "running",
                ExperimentState::Paused => "paused",
                ExperimentState::Finished => "finished",
                ExperimentState::Abandoned => "abandoned",
            };
            let state = args([("state", state.into())]);
            println!("{}", tr_with("cli-tools-experiment-no-arm", &state));
        }
    }
    show_result(&status.result);
}

fn show_result(r: &ExperimentResult) {
    let locale = current();
    println!("{}", r.sentence);
    if let (Some(d), Some((lo, hi))) = (r.difference, r.interval) {
        let figures = args([
            ("difference", decimal_in(locale, d).into()),
            ("lo", decimal_in(locale, lo).into()),
            ("hi", decimal_in(locale, hi).into()),
        ]);
        println!("{}", tr_with("cli-tools-experiment-difference", &figures));
    }
    if let Some(p) = r.p_value {
        let p = args([("p", format_decimal(locale, p, 3).into())]);
        println!("{}", tr_with("cli-tools-experiment-p", &p));
    }
    if let Some(a) = r.adherence {
        let percent = args([("percent", (a * 100.0).round().to_string().into())]);
        println!("{}", tr_with("cli-tools-experiment-adherence", &percent));
    }
}
