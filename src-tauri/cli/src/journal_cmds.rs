//! The journal itself: status, entries, check-ins, the profile.

use crate::cli::{
    ActivityArgs, CheckInArgs, EntryKindArg, EntryRef, ListArgs, OutcomeArgs, PainArgs,
    ProfileAction, ReliefArgs,
};
use crate::output::{number, print_json, CliError};
use crate::Ctx;
use backstory_application::{self as app, Now};
use backstory_core::domain::*;
use backstory_core::i18n::{self, tr, tr_with};
use chrono::DateTime;
use serde_json::{json, Value};
use std::path::Path;

pub fn status(ctx: &Ctx) -> Result<(), CliError> {
    let dir = ctx.data_dir()?;
    let session = backstory_application::Session::open(dir, ctx.demo, None);
    let status = app::app_status(&session);
    if ctx.json {
        print_json(&status);
    } else if let Some(err) = &status.error {
        println!("{}: {}", status.journal_path, err.message);
    } else {
        println!(
            "{}",
            tr_with(
                "cli-status-opens",
                &i18n::args([("path", status.journal_path.clone().into())])
            )
        );
    }
    Ok(())
}

pub fn list(ctx: &Ctx, args: ListArgs) -> Result<(), CliError> {
    let value = json!({
        "kinds": args.kind,
        "from": args.page.from,
        "to": args.page.to,
        "limit": number::<u32>(args.page.limit.as_deref(), "--limit")?.unwrap_or(TIMELINE_PAGE_MAX),
        "offset": number::<u32>(args.page.offset.as_deref(), "--offset")?.unwrap_or(0),
    });
    let offset = value["offset"].as_u64().unwrap_or(0);
    let page = app::timeline(&ctx.session()?, value)?;
    if ctx.json {
        print_json(&page);
    } else {
        for item in &page.items {
            println!("{}", describe(item));
        }
        if page.has_more {
            let next = offset + page.items.len() as u64;
            println!(
                "{}",
                tr_with("cli-more", &i18n::args([("offset", next.into())]))
            );
        }
    }
    Ok(())
}

pub fn describe(item: &TimelineItem) -> String {
    match item {
        TimelineItem::Pain(p) => tr_with(
            "cli-line-pain",
            &i18n::args([
                ("at", p.draft.at.to_string().into()),
                ("nrs", p.draft.nrs.into()),
                ("id", p.id.to_string().into()),
            ]),
        ),
        TimelineItem::Activity(a) => format!(
            "{}  {}  {}",
            a.draft.at,
            backstory_core::labels::label(a.draft.kind),
            a.id
        ),
        TimelineItem::CheckIn(c) => tr_with(
            "cli-line-check-in",
            &i18n::args([
                ("date", c.draft.date.to_string().into()),
                ("stress", c.draft.stress.into()),
                ("id", c.id.to_string().into()),
            ]),
        ),
    }
}

/// `--at RFC3339`, else now in local time.
fn at(text: Option<&str>, now: Now) -> Result<String, CliError> {
    match text {
        Some(text) => DateTime::parse_from_rfc3339(text)
            .map(|t| t.to_rfc3339())
            .map_err(|_| crate::time_error("--at")),
        None => Ok(now.0.to_rfc3339()),
    }
}

/// `add-pain` (id `None`) and `edit-pain --id ID`: the draft the window's form sends.
pub fn add_pain(ctx: &Ctx, id: Option<String>, args: PainArgs) -> Result<(), CliError> {
    let now = Now::local();
    let regions = region_specs(&args.region)?;
    let worst = regions.iter().filter_map(|r| r.score).max();
    let nrs = number::<i64>(args.nrs.as_deref(), "--nrs")?
        .or(worst.map(i64::from))
        .ok_or_else(|| {
            CliError::usage(tr_with(
                "cli-tools-nrs-required",
                &i18n::args([("nrs", "--nrs".into()), ("region", "--region".into())]),
            ))
        })?;
    if let Some(unknown) = args
        .sign
        .iter()
        .find(|s| !EmergencySigns::KEYS.contains(&s.as_str()))
    {
        // A mistyped warning sign must not be dropped silently.
        return Err(CliError::usage(tr_with(
            "cli-tools-unknown-sign",
            &i18n::args([
                ("flag", "--sign".into()),
                ("value", unknown.as_str().into()),
                ("known", EmergencySigns::KEYS.join(", ").into()),
            ]),
        )));
    }
    let has = |list: &[String], key: &str| list.iter().any(|l| l == key);
    let mut emergency = serde_json::Map::new();
    for key in EmergencySigns::KEYS {
        emergency.insert(key.to_string(), Value::from(has(&args.sign, key)));
    }
    let draft = json!({
        "at": at(args.at.as_deref(), now)?,
        "nrs": nrs,
        "regions": regions,
        "qualities": args.quality,
        "onset": args.onset,
        "interference_daily": number::<i64>(args.interference_daily.as_deref(), "--interference-daily")?,
        "interference_intimacy": number::<i64>(args.interference_intimacy.as_deref(), "--interference-intimacy")?,
        "leg": {
            "numbness": has(&args.leg, "numbness"),
            "tingling": has(&args.leg, "tingling"),
            "weakness": has(&args.leg, "weakness"),
            "side": args.leg_side,
        },
        "emergency": emergency,
        "activity_id": args.activity,
        "notes": args.notes.unwrap_or_default(),
    });
    let mut session = ctx.session()?;
    // Like the window: the write re-evaluates the red-flag rules once.
    let written = match &id {
        None => app::add_pain(&mut session, draft, now)?,
        Some(id) => app::update_pain(&mut session, id, draft, now)?,
    };
    if ctx.json {
        print_json(&written.value);
    } else {
        println!("{}", saved("cli-saved-pain", written.value.id));
        say_alerts(&written.change);
    }
    Ok(())
}

/// The `--region` values as regions. Values are split at commas, and a piece that is not
/// a region (`burning` in `buttock_left=6:aching,burning`) continues the one before it.
fn region_specs(values: &[String]) -> Result<Vec<RegionPain>, CliError> {
    let mut specs: Vec<String> = Vec::new();
    for piece in values.iter().flat_map(|v| v.split(',')) {
        let name = piece.split('=').next().unwrap_or("").trim();
        let starts_region = RegionPain::parse_spec(name).is_ok();
        match specs.last_mut() {
            Some(last) if !starts_region && last.contains(':') => {
                last.push(',');
                last.push_str(piece);
            }
            _ => specs.push(piece.to_string()),
        }
    }
    specs
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            RegionPain::parse_spec(s)
                .map_err(|e| CliError::usage(format!("--region: {}", e.message)))
        })
        .collect()
}

pub fn log_outcome(ctx: &Ctx, args: OutcomeArgs) -> Result<(), CliError> {
    let now = crate::now_from(args.now.as_deref())?;
    let nrs = if args.none {
        0
    } else {
        number::<i64>(args.nrs.as_deref(), "--nrs")?.ok_or_else(|| {
            CliError::usage(tr_with(
                "cli-tools-none-or-nrs",
                &i18n::args([("none", "--none".into()), ("nrs", "--nrs".into())]),
            ))
        })?
    };
    let answer = json!({"activity_id": args.activity, "nrs": nrs, "moment": args.when});
    let mut session = ctx.session()?;
    let written = app::log_outcome(&mut session, answer, now)?;
    if ctx.json {
        print_json(&written.value);
    } else {
        let entry = &written.value;
        println!(
            "{}",
            tr_with(
                "cli-saved-outcome",
                &i18n::args([
                    ("nrs", entry.draft.nrs.into()),
                    ("at", entry.draft.at.to_string().into()),
                    ("id", entry.id.to_string().into()),
                ]),
            )
        );
        say_alerts(&written.change);
    }
    Ok(())
}

pub fn pending_outcomes(ctx: &Ctx, now: Option<&str>) -> Result<(), CliError> {
    let now = crate::now_from(now)?;
    let pending = app::pending_outcomes(&ctx.session()?, now)?;
    if ctx.json {
        print_json(&pending);
    } else if pending.activities.is_empty() {
        println!(
            "{}",
            tr_with(
                "cli-nothing-pending",
                &i18n::args([("days", pending.window_days.into())])
            )
        );
    } else {
        for a in &pending.activities {
            println!(
                "{}  {}  {}",
                a.draft.at,
                backstory_core::labels::label(a.draft.kind),
                a.id
            );
        }
    }
    Ok(())
}

pub fn outcomes(ctx: &Ctx, ids: &[String]) -> Result<(), CliError> {
    let outcomes = app::activity_outcomes(&ctx.session()?, json!(ids))?;
    if ctx.json {
        print_json(&outcomes);
    } else {
        for o in &outcomes {
            match o.nrs {
                Some(nrs) => println!("{}  {nrs}/10", o.activity_id),
                None => println!(
                    "{}",
                    tr_with(
                        "cli-outcome-unknown",
                        &i18n::args([("id", o.activity_id.to_string().into())])
                    )
                ),
            }
        }
    }
    Ok(())
}

pub fn outcome_kinds(ctx: &Ctx, set: Option<Vec<String>>) -> Result<(), CliError> {
    let kinds = match set {
        Some(kinds) => app::save_outcome_kinds(&mut ctx.session()?, json!(kinds))?.value,
        None => app::outcome_kinds(&ctx.session()?)?,
    };
    if ctx.json {
        print_json(&kinds);
    } else {
        let names: Vec<String> = kinds
            .iter()
            .map(|k| backstory_core::labels::label(*k))
            .collect();
        println!(
            "{}",
            tr_with(
                "cli-asked-after",
                &i18n::args([("kinds", names.join(", ").into())])
            )
        );
    }
    Ok(())
}

/// Tells a person at the terminal about an alert their entry raised.
fn say_alerts(change: &backstory_application::JournalChange) {
    for rule in change.alerts.raised.iter().chain(&change.alerts.re_raised) {
        println!(
            "{}",
            tr_with(
                "cli-alert-raised",
                &i18n::args([("rule", rule.as_str().into())])
            )
        );
    }
}

pub fn add_activity(ctx: &Ctx, id: Option<String>, args: ActivityArgs) -> Result<(), CliError> {
    let now = Now::local();
    let intimacy = (args.kind == "intimacy").then(|| {
        json!({
            "positions": args.position,
            "role": args.role,
            "props": args.prop,
            "warm_up": args.warm_up,
            "pain_before": args.pain_before.as_deref().map(|p| p.parse::<i64>().map(Value::from).unwrap_or(Value::from(p))),
        })
    });
    let draft = json!({
        "at": at(args.at.as_deref(), now)?,
        "kind": args.kind,
        "duration_min": number::<i64>(args.duration.as_deref(), "--duration")?,
        "intimacy": intimacy,
        "exercises": args.exercise,
        "routine_id": args.routine,
        "notes": args.notes.unwrap_or_default(),
    });
    let mut session = ctx.session()?;
    let written = match &id {
        None => app::add_activity(&mut session, draft, now)?,
        Some(id) => app::update_activity(&mut session, id, draft, now)?,
    };
    if ctx.json {
        print_json(&written.value);
    } else {
        println!("{}", saved("cli-saved-activity", written.value.id));
        say_alerts(&written.change);
    }
    Ok(())
}

/// `log-relief`: a pain-relief activity, the draft the window's "What did you do for it?"
/// form sends.
pub fn log_relief(ctx: &Ctx, args: ReliefArgs) -> Result<(), CliError> {
    let now = Now::local();
    let draft = json!({
        "at": at(args.at.as_deref(), now)?,
        "kind": "pain_relief",
        "duration_min": number::<i64>(args.duration.as_deref(), "--duration")?,
        "relief": {
            "what": args.what,
            "medicine": args.medicine.unwrap_or_default(),
            "dose": args.dose.unwrap_or_default(),
            "relief": number::<i64>(args.relief.as_deref(), "--relief")?,
            "for_pain_id": args.for_pain,
        },
        "notes": args.notes.unwrap_or_default(),
    });
    let written = app::add_activity(&mut ctx.session()?, draft, now)?;
    if ctx.json {
        print_json(&written.value);
    } else {
        println!("{}", saved("cli-saved-relief", written.value.id));
    }
    Ok(())
}

/// `rate-relief`: how much a logged relief helped (None: not known).
pub fn rate_relief(ctx: &Ctx, id: &str, relief: Option<String>) -> Result<(), CliError> {
    let relief = number::<i64>(relief.as_deref(), "--relief")?;
    let written = app::rate_relief(&mut ctx.session()?, id, json!(relief), Now::local())?;
    if ctx.json {
        print_json(&written.value);
    } else {
        match relief {
            Some(r) => println!(
                "{}",
                tr_with(
                    "cli-relief-helped",
                    &i18n::args([
                        ("id", written.value.id.to_string().into()),
                        ("relief", r.into())
                    ])
                )
            ),
            None => println!("{}", saved("cli-relief-unknown", written.value.id)),
        }
    }
    Ok(())
}

pub fn check_in(ctx: &Ctx, args: CheckInArgs) -> Result<(), CliError> {
    let now = Now::local();
    let decimal = |v: Option<&str>, flag: &str| -> Result<Option<f64>, CliError> {
        v.map(|t| {
            t.parse::<f64>().map_err(|_| {
                CliError::usage(tr_with(
                    "cli-tools-number",
                    &i18n::args([("flag", flag.into())]),
                ))
            })
        })
        .transpose()
    };
    let draft = json!({
        "date": args.date.unwrap_or_else(|| now.today().to_string()),
        "stress": number::<i64>(Some(&args.stress), "--stress")?,
        "sleep_hours": decimal(args.sleep_hours.as_deref(), "--sleep-hours")?,
        "sleep_quality": number::<i64>(args.sleep_quality.as_deref(), "--sleep-quality")?,
        "stiffness": number::<i64>(args.stiffness.as_deref(), "--stiffness")?,
        "notes": args.notes.unwrap_or_default(),
    });
    let written = app::save_check_in(&mut ctx.session()?, draft, now)?;
    if ctx.json {
        print_json(&written.value);
    } else {
        println!(
            "{}",
            tr_with(
                "cli-saved-check-in",
                &i18n::args([("date", written.value.draft.date.to_string().into())])
            )
        );
    }
    Ok(())
}

pub fn show_check_in(ctx: &Ctx, date: &str) -> Result<(), CliError> {
    let check_in = app::check_in_on(&ctx.session()?, json!(date))?;
    if ctx.json {
        print_json(&check_in);
    } else {
        match check_in {
            Some(c) => println!("{}", describe(&TimelineItem::CheckIn(c))),
            None => println!(
                "{}",
                tr_with("cli-no-check-in", &i18n::args([("date", date.into())]))
            ),
        }
    }
    Ok(())
}

fn kind_value(kind: EntryKindArg) -> Value {
    json!(match kind {
        EntryKindArg::Pain => "pain",
        EntryKindArg::Activity => "activity",
        EntryKindArg::CheckIn => "check_in",
    })
}

/// `delete` and `undelete` (restore a deleted entry).
pub fn delete(ctx: &Ctx, entry: EntryRef, restore: bool) -> Result<(), CliError> {
    let now = Now::local();
    let mut session = ctx.session()?;
    let kind = kind_value(entry.kind);
    if restore {
        app::restore_entry(&mut session, kind, &entry.id, now)?;
    } else {
        app::delete_entry(&mut session, kind, &entry.id, now)?;
    }
    let done = if restore { "restored" } else { "deleted" };
    if ctx.json {
        print_json(&json!({ done: entry.id }));
    } else {
        let id = if restore {
            "cli-restored"
        } else {
            "cli-deleted"
        };
        println!(
            "{}",
            tr_with(id, &i18n::args([("id", entry.id.clone().into())]))
        );
    }
    Ok(())
}

pub fn suggest_link(ctx: &Ctx, at: &str) -> Result<(), CliError> {
    let suggestion = app::suggest_link(&ctx.session()?, json!(at))?;
    if ctx.json {
        print_json(&suggestion);
    } else {
        match &suggestion.suggested {
            Some(a) => println!(
                "{} {}  {}  {}",
                tr("cli-suggested"),
                a.draft.at,
                backstory_core::labels::label(a.draft.kind),
                a.id
            ),
            None => println!("{}", tr("cli-no-link")),
        }
    }
    Ok(())
}

/// Reads JSON from a file, or stdin for "-".
pub fn read_json(file: &Path) -> Result<Value, CliError> {
    let text = if file == Path::new("-") {
        std::io::read_to_string(std::io::stdin())
    } else {
        std::fs::read_to_string(file)
    }
    .map_err(|e| {
        CliError::usage(tr_with(
            "cli-tools-unreadable",
            &i18n::args([
                ("file", file.display().to_string().into()),
                ("reason", e.kind().to_string().into()),
            ]),
        ))
    })?;
    serde_json::from_str(&text).map_err(|e| {
        CliError::usage(tr_with(
            "cli-tools-not-json",
            &i18n::args([("error", e.to_string().into())]),
        ))
    })
}

pub fn profile(ctx: &Ctx, action: ProfileAction) -> Result<(), CliError> {
    let profile = match action {
        ProfileAction::Show => app::get_profile(&ctx.session()?)?,
        ProfileAction::Set { file } => {
            let value = read_json(&file)?;
            app::save_profile(&mut ctx.session()?, value, Now::local())?.value
        }
    };
    // A profile is structured data: JSON either way.
    print_json(&profile);
    Ok(())
}

pub fn positions(ctx: &Ctx) -> Result<(), CliError> {
    let positions = app::list_positions();
    if ctx.json {
        print_json(&positions);
    } else {
        for p in &positions {
            println!("{}  {}", p.id, p.name);
        }
    }
    Ok(())
}

/// "saved pain entry <id>" and the like: a message whose only argument is the entry's id.
fn saved(id: &str, entry: impl ToString) -> String {
    tr_with(id, &i18n::args([("id", entry.to_string().into())]))
}
