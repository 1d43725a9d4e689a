//! `alerts`, `acknowledge-alert` and `red-flag-rules`: the red-flag alerts from scripts.
//! `alerts` re-evaluates the rules first (like the app at start-up), so what it prints is
//! current for the clock (or for `--now`).

use crate::args::Args;
use crate::output::{print_json, CliError};
use backstory_core::domain::parse_json;
use backstory_core::rules::{rule_infos, Alert, RuleId};
use backstory_core::Journal;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// One alert as scripts see it.
#[derive(Serialize)]
struct AlertLine<'a> {
    rule_id: RuleId,
    tier: &'static str,
    title: &'a str,
    needs_attention: bool,
    evidence_ids: Vec<String>,
    evidence: &'a [backstory_core::rules::EvidenceItem],
    detail: &'a str,
    first_raised_at: DateTime<Utc>,
    last_raised_at: DateTime<Utc>,
    raise_count: u32,
    acknowledged_at: Option<DateTime<Utc>>,
    resolved_at: Option<DateTime<Utc>>,
    resolution: Option<backstory_core::rules::Resolution>,
}

impl<'a> From<&'a Alert> for AlertLine<'a> {
    fn from(a: &'a Alert) -> Self {
        AlertLine {
            rule_id: a.rule.id,
            tier: a.rule.tier.as_str(),
            title: &a.rule.title,
            needs_attention: a.needs_attention,
            evidence_ids: a.evidence.iter().map(|e| e.id.to_string()).collect(),
            evidence: &a.evidence,
            detail: &a.detail,
            first_raised_at: a.first_raised_at,
            last_raised_at: a.last_raised_at,
            raise_count: a.raise_count,
            acknowledged_at: a.acknowledged_at,
            resolved_at: a.resolved_at,
            resolution: a.resolution,
        }
    }
}

/// `--now RFC3339` (for reproducible scripts and tests), else the clock.
fn now(args: &Args) -> Result<DateTime<Utc>, CliError> {
    match args.get("now") {
        Some(text) => DateTime::parse_from_rfc3339(text)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| {
                CliError::usage("--now must be an RFC 3339 time, e.g. 2026-11-27T21:30:00Z")
            }),
        None => Ok(Utc::now()),
    }
}

fn rule_arg(args: &Args) -> Result<RuleId, CliError> {
    let text = args.get("rule").ok_or_else(|| {
        CliError::usage("--rule is required (a rule id, see `backstory red-flag-rules`)")
    })?;
    Ok(parse_json(serde_json::Value::from(text))?)
}

/// `alerts [--needs-attention] [--now RFC3339]`
pub fn alerts(journal: &mut Journal, args: &Args) -> Result<(), CliError> {
    journal.alerts().refresh(now(args)?)?;
    let only_open = args.flag("needs-attention");
    let alerts: Vec<Alert> = journal
        .alerts()
        .list()?
        .into_iter()
        .filter(|a| !only_open || a.needs_attention)
        .collect();
    if args.json {
        let lines: Vec<AlertLine> = alerts.iter().map(AlertLine::from).collect();
        print_json(&lines);
        return Ok(());
    }
    if alerts.is_empty() {
        println!("no alerts on record");
    }
    for a in &alerts {
        let state = if a.needs_attention {
            "needs attention".to_string()
        } else if let Some(at) = a.acknowledged_at {
            format!("acknowledged {}", at.format("%Y-%m-%d %H:%M UTC"))
        } else {
            "resolved".to_string()
        };
        println!(
            "[{}] {}: {} ({state}; raised {} time{}, last {})",
            a.rule.tier.as_str(),
            a.rule.id.as_str(),
            a.rule.title,
            a.raise_count,
            if a.raise_count == 1 { "" } else { "s" },
            a.last_raised_at.format("%Y-%m-%d %H:%M UTC"),
        );
        println!("    {}", a.detail);
        if a.needs_attention {
            println!("    {}", a.rule.what_to_do);
        }
    }
    Ok(())
}

/// `acknowledge-alert --rule ID --raise-count N [--now RFC3339]`
pub fn acknowledge(journal: &mut Journal, args: &Args) -> Result<(), CliError> {
    let rule = rule_arg(args)?;
    let count = args
        .get("raise-count")
        .ok_or_else(|| {
            CliError::usage(
                "--raise-count is required: the raise you read (see `backstory alerts`)",
            )
        })?
        .parse::<u32>()
        .map_err(|_| CliError::usage("--raise-count must be a whole number"))?;
    let alert = journal.alerts().acknowledge(rule, count, now(args)?)?;
    if args.json {
        print_json(&AlertLine::from(&alert));
    } else {
        println!("acknowledged {}", alert.rule.id.as_str());
    }
    Ok(())
}

/// `red-flag-rules`: every rule with its tier, threshold, reason and sources.
pub fn rules(args: &Args) -> Result<(), CliError> {
    let infos = rule_infos();
    if args.json {
        print_json(&infos);
    } else {
        for r in &infos {
            println!(
                "[{}] {}: {}\n    {}",
                r.tier.as_str(),
                r.id.as_str(),
                r.title,
                r.threshold
            );
        }
    }
    Ok(())
}
