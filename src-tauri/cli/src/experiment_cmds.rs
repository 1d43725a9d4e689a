//! `backstory experiment start|status|result|mark|abandon`: n-of-1 experiments from the
//! command line. Text by default, the same figures as JSON with --json.

use crate::cli::ExperimentAction;
use crate::now_from;
use crate::output::{number, print_json, CliError};
use crate::Ctx;
use backstory_application as app;
use backstory_core::experiments::{Arm, ExperimentResult, ExperimentStatus};
use backstory_core::i18n::tr;
use backstory_core::insights::one_decimal;
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
                _ => return Err(CliError::usage("--followed must be yes or no")),
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
    println!("{} (seed {})", status.title, status.experiment.plan.seed);
    for p in &status.periods {
        let arm = match p.arm {
            Arm::With => "with",
            Arm::Without => "without",
        };
        println!(
            "block {}: {} to {} {arm}",
            p.block + 1,
            p.first_day,
            p.last_day
        );
    }
    match &status.today {
        Some(today) => println!("Today: {}", today.text),
        None => println!("Today: no arm ({:?}).", status.result.state),
    }
    show_result(&status.result);
}

fn show_result(r: &ExperimentResult) {
    println!("{}", r.sentence);
    if let (Some(d), Some((lo, hi))) = (r.difference, r.interval) {
        println!(
            "difference {} (95 % interval over blocks {} to {})",
            one_decimal(d),
            one_decimal(lo),
            one_decimal(hi)
        );
    }
    if let Some(p) = r.p_value {
        println!("randomisation test p = {p:.3}");
    }
    if let Some(a) = r.adherence {
        println!(
            "followed the arm on {} % of the days answered",
            (a * 100.0).round()
        );
    }
}
