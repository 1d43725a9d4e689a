//! `today`, `guide`, `insights` and `reminders`: the guide's picks and tools, the
//! Insights page as JSON, and the reminders, over the same app functions as the window.
//! `today` runs the red-flag rules first (like `alerts`), so the pause is current: while
//! an urgent or emergency alert is open there are no picks and no level-up, and the output
//! says why (`paused`, `pause_reason`, `get_help_first`).

use crate::cli::{GuideAction, InsightsAction, RemindersAction};
use crate::journal_cmds::read_json;
use crate::output::{print_json, CliError};
use crate::{now_from, Ctx};
use backstory_application::{self as app, Now};
use backstory_core::guide::today::TodayPanel;
use backstory_core::i18n::{args, tr_with};
use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;

#[derive(Serialize)]
struct TodayLine<'a> {
    now: DateTime<FixedOffset>,
    paused: bool,
    pause_reason: Option<&'a str>,
    get_help_first: bool,
    #[serde(flatten)]
    panel: &'a TodayPanel,
}

/// `today [--now RFC3339]`
pub fn today(ctx: &Ctx, now: Option<&str>) -> Result<(), CliError> {
    let now = now_from(now)?;
    let panel = app::guide_today(&mut ctx.session()?, now)?;
    let pause = panel.pause.as_ref();
    if ctx.json {
        print_json(&TodayLine {
            now: now.0,
            paused: pause.is_some(),
            pause_reason: pause.map(|p| p.reason.as_str()),
            get_help_first: pause.is_some_and(|p| p.get_help_first),
            panel: &panel,
        });
        return Ok(());
    }
    if let Some(p) = pause {
        let reason = args([("reason", p.reason.as_str().into())]);
        println!("{}", tr_with("cli-tools-paused", &reason));
        if p.get_help_first {
            let action = args([("action", p.tier.action().into())]);
            println!("{}", tr_with("cli-tools-get-help-first", &action));
        }
    }
    for pick in &panel.picks {
        println!("{} ({}): {}", pick.title, pick.id, pick.reason);
    }
    let programme = args([
        ("level", panel.programme.level.into()),
        ("routine", panel.programme.routine_id.as_str().into()),
        ("reason", panel.programme.reason.as_str().into()),
    ]);
    println!("{}", tr_with("cli-tools-core-programme", &programme));
    if let Some(note) = &panel.hidden_note {
        println!("{note}");
    }
    Ok(())
}

fn json_arg(text: &str, flag: &str) -> Result<Value, CliError> {
    serde_json::from_str(text).map_err(|e| {
        CliError::usage(tr_with(
            "cli-tools-json",
            &args([("flag", flag.into()), ("error", e.to_string().into())]),
        ))
    })
}

/// The guide's tools; their results are structured, so JSON either way.
pub fn guide(ctx: &Ctx, action: GuideAction) -> Result<(), CliError> {
    let now = Now::local();
    match action {
        GuideAction::Catalogue => print_json(&app::guide_catalogue()),
        GuideAction::Positions => print_json(&app::guide_positions(&mut ctx.session()?)?),
        GuideAction::MovementProfile { answer } => {
            let mut answers = BTreeMap::new();
            for a in &answer {
                let (id, yes) = a.split_once('=').ok_or_else(|| {
                    CliError::usage(tr_with(
                        "cli-tools-answer",
                        &args([("flag", "--answer".into())]),
                    ))
                })?;
                answers.insert(id.to_string(), matches!(yes, "yes" | "true" | "1"));
            }
            print_json(&app::suggest_movement_profile(json!(answers))?);
        }
        GuideAction::Plan { id } => print_json(&app::plan_routine(&mut ctx.session()?, &id, now)?),
        GuideAction::HurtAdvice { report } => {
            print_json(&app::hurt_advice_for(json_arg(&report, "--report")?)?)
        }
        GuideAction::RecordSession { report } => {
            let report = json_arg(&report, "--report")?;
            print_json(&app::record_session(&mut ctx.session()?, report, now)?.value);
        }
        GuideAction::CoreLevel { level } => {
            let level = json_arg(&level, "--level")?;
            print_json(&app::set_core_level(&mut ctx.session()?, level, now)?.value);
        }
        GuideAction::StressRelief {
            tool,
            started,
            ended,
        } => {
            let written = app::record_stress_relief(
                &mut ctx.session()?,
                &tool,
                json!(started),
                json!(ended),
                now,
            )?;
            print_json(&written.value);
        }
    }
    Ok(())
}

/// "What was different before a flare?": the sentences, or with --json the whole report.
pub fn flares(ctx: &Ctx) -> Result<(), CliError> {
    let report = app::insights_flares(&ctx.session()?)?;
    if ctx.json {
        print_json(&report);
    } else {
        println!("{}", report.summary);
        for exposure in report.exposures.iter().filter(|e| e.enough) {
            println!("- {}", exposure.sentence);
        }
    }
    Ok(())
}

/// The Insights page's figures as JSON.
pub fn insights(ctx: &Ctx, action: InsightsAction) -> Result<(), CliError> {
    let now = Now::local();
    let session = ctx.session()?;
    match action {
        InsightsAction::PainTrend { query } => print_json(&app::insights_pain_trend(
            &session,
            json_arg(&query, "--query")?,
            now,
        )?),
        InsightsAction::BodyMap { query } => print_json(&app::insights_body_map(
            &session,
            json_arg(&query, "--query")?,
            now,
        )?),
        InsightsAction::PainAfter { query } => print_json(&app::insights_pain_after(
            &session,
            json_arg(&query, "--query")?,
        )?),
        InsightsAction::Adherence { query } => print_json(&app::insights_adherence(
            &session,
            json_arg(&query, "--query")?,
            now,
        )?),
        InsightsAction::Weekly => print_json(&app::insights_weekly_summary(&session, now)?),
    }
    Ok(())
}

pub fn reminders(ctx: &Ctx, action: RemindersAction) -> Result<(), CliError> {
    let now = Now::local();
    let mut session = ctx.session()?;
    match action {
        RemindersAction::Show => print_json(&app::reminder_settings(&mut session)?),
        RemindersAction::Set { file } => {
            let settings = read_json(&file)?;
            print_json(&app::save_reminder_settings(&mut session, settings, now)?.value)
        }
        RemindersAction::Next => print_json(&app::next_reminders(&mut session, now)?),
        RemindersAction::Snooze { kind } => {
            let until = app::snooze_reminder(&mut session, json!(kind), now)?;
            if ctx.json {
                print_json(&json!({ "snoozed_until": until }));
            } else {
                let until = until.format("%Y-%m-%d %H:%M UTC").to_string();
                println!(
                    "{}",
                    tr_with("cli-tools-snoozed", &args([("until", until.into())]))
                );
            }
        }
    }
    Ok(())
}
