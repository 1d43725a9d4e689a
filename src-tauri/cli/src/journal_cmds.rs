//! `list` and `add-pain`: the journal itself, from scripts.

use crate::args::Args;
use crate::output::{print_json, CliError};
use backstory_core::domain::*;
use backstory_core::Journal;
use chrono::{DateTime, FixedOffset, Local, Utc};
use serde_json::json;

pub fn list(journal: &Journal, args: &Args) -> Result<(), CliError> {
    let value = json!({
        "kinds": args.all("kind"),
        "from": args.get("from"),
        "to": args.get("to"),
        "limit": args.get("limit").map(str::parse::<u32>).transpose().map_err(|_| CliError::usage("--limit must be a whole number"))?.unwrap_or(TIMELINE_PAGE_MAX),
        "offset": args.get("offset").map(str::parse::<u32>).transpose().map_err(|_| CliError::usage("--offset must be a whole number"))?.unwrap_or(0),
    });
    let query: TimelineQuery = parse_json(value)?;
    let page = journal.timeline().page(&query)?;
    if args.json {
        print_json(&page);
    } else {
        for item in &page.items {
            println!("{}", describe(item));
        }
        if page.has_more {
            println!(
                "(more: use --offset {})",
                query.offset + page.items.len() as u32
            );
        }
    }
    Ok(())
}

fn describe(item: &TimelineItem) -> String {
    match item {
        TimelineItem::Pain(p) => format!("{}  pain {}/10  {}", p.draft.at, p.draft.nrs, p.id),
        TimelineItem::Activity(a) => format!("{}  {}  {}", a.draft.at, a.draft.kind.label(), a.id),
        TimelineItem::CheckIn(c) => format!(
            "{}  check-in stress {}/10  {}",
            c.draft.date, c.draft.stress, c.id
        ),
    }
}

/// `add-pain --nrs N [--at RFC3339] [--region R]... [--quality Q]... [--onset O]
/// [--interference-daily N] [--interference-intimacy N] [--leg numbness,tingling,weakness --leg-side one_leg|both_legs]
/// [--sign saddle_numbness,bladder_bowel_change,sexual_function_change,fever,leg_weakness_worsening,night_pain,back_lump,both_legs]
/// [--activity ID] [--notes TEXT]`
pub fn add_pain(journal: &mut Journal, args: &Args) -> Result<(), CliError> {
    let now = Utc::now();
    let at: DateTime<FixedOffset> = match args.get("at") {
        Some(text) => DateTime::parse_from_rfc3339(text).map_err(|_| {
            CliError::usage("--at must be an RFC 3339 time, e.g. 2026-11-27T21:30:00+01:00")
        })?,
        None => Local::now().fixed_offset(),
    };
    let number = |key: &str| -> Result<Option<serde_json::Value>, CliError> {
        args.get(key)
            .map(|v| {
                v.parse::<i64>()
                    .map(serde_json::Value::from)
                    .map_err(|_| CliError::usage(format!("--{key} must be a whole number")))
            })
            .transpose()
    };
    let nrs = number("nrs")?.ok_or_else(|| CliError::usage("--nrs is required (0-10)"))?;
    let leg = args.all("leg");
    let signs = args.all("sign");
    if let Some(unknown) = signs
        .iter()
        .find(|s| !EmergencySigns::KEYS.contains(&s.as_str()))
    {
        // A mistyped warning sign must not be dropped silently.
        return Err(CliError::usage(format!(
            "unknown --sign \"{unknown}\" (known: {})",
            EmergencySigns::KEYS.join(", ")
        )));
    }
    let value = json!({
        "at": at.to_rfc3339(),
        "nrs": nrs,
        "regions": args.all("region"),
        "qualities": args.all("quality"),
        "onset": args.get("onset"),
        "interference_daily": number("interference-daily")?,
        "interference_intimacy": number("interference-intimacy")?,
        "leg": {
            "numbness": leg.iter().any(|l| l == "numbness"),
            "tingling": leg.iter().any(|l| l == "tingling"),
            "weakness": leg.iter().any(|l| l == "weakness"),
            "side": args.get("leg-side"),
        },
        "emergency": {
            "saddle_numbness": signs.iter().any(|s| s == "saddle_numbness"),
            "bladder_bowel_change": signs.iter().any(|s| s == "bladder_bowel_change"),
            "sexual_function_change": signs.iter().any(|s| s == "sexual_function_change"),
            "fever": signs.iter().any(|s| s == "fever"),
            "leg_weakness_worsening": signs.iter().any(|s| s == "leg_weakness_worsening"),
            "night_pain": signs.iter().any(|s| s == "night_pain"),
            "back_lump": signs.iter().any(|s| s == "back_lump"),
            "both_legs": signs.iter().any(|s| s == "both_legs"),
        },
        "activity_id": args.get("activity"),
        "notes": args.get("notes").unwrap_or(""),
    });
    let draft: PainDraft = parse_json(value)?;
    // Like the app: every write re-evaluates the red-flag rules.
    let entry = journal
        .alerts()
        .write_and_refresh(now, |j| j.entries().add_pain(draft, now))?;
    if args.json {
        print_json(&entry);
    } else {
        println!("saved pain entry {}", entry.id);
    }
    Ok(())
}
