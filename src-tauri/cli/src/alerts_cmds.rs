//! `alerts`, `acknowledge-alert`, `alert-history` and `red-flag-rules`: the red-flag alerts from scripts.
//! `alerts` re-evaluates the rules first (like the app at start-up), so what it prints is
//! current for the clock (or for `--now`).

use crate::output::{print_json, CliError};
use crate::{now_from, Ctx};
use backstory_application as app;
use backstory_core::i18n::{self, tr, tr_with};
use backstory_core::rules::{Alert, RuleId};
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;

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

/// `alerts [--needs-attention] [--now RFC3339]`
pub fn alerts(ctx: &Ctx, needs_attention: bool, now: Option<&str>) -> Result<(), CliError> {
    let now = now_from(now)?;
    let alerts: Vec<Alert> = app::list_alerts(&mut ctx.session()?, now)?
        .into_iter()
        .filter(|a| !needs_attention || a.needs_attention)
        .collect();
    if ctx.json {
        let lines: Vec<AlertLine> = alerts.iter().map(AlertLine::from).collect();
        print_json(&lines);
        return Ok(());
    }
    if alerts.is_empty() {
        println!("{}", tr("cli-no-alerts"));
    }
    for a in &alerts {
        let state = if a.needs_attention {
            tr("cli-alert-needs-attention")
        } else if let Some(at) = a.acknowledged_at {
            tr_with(
                "cli-alert-acknowledged-at",
                &i18n::args([("at", at.format("%Y-%m-%d %H:%M UTC").to_string().into())]),
            )
        } else {
            tr("cli-alert-resolved")
        };
        println!(
            "{}",
            tr_with(
                "cli-alert-line",
                &i18n::args([
                    ("tier", a.rule.tier.as_str().into()),
                    ("rule", a.rule.id.as_str().into()),
                    ("title", a.rule.title.to_string().into()),
                    ("state", state.into()),
                    ("count", a.raise_count.into()),
                    (
                        "last",
                        a.last_raised_at
                            .format("%Y-%m-%d %H:%M UTC")
                            .to_string()
                            .into()
                    ),
                ]),
            )
        );
        println!("    {}", a.detail);
        if a.needs_attention {
            println!("    {}", a.rule.what_to_do);
        }
    }
    Ok(())
}

/// `acknowledge-alert --rule ID --raise-count N [--now RFC3339]`
pub fn acknowledge(
    ctx: &Ctx,
    rule: &str,
    raise_count: &str,
    now: Option<&str>,
) -> Result<(), CliError> {
    let count = raise_count.parse::<u32>().map_err(|_| {
        CliError::usage(tr_with(
            "cli-tools-whole-number",
            &i18n::args([("flag", "--raise-count".into())]),
        ))
    })?;
    let now = now_from(now)?;
    let alert = app::acknowledge_alert(&mut ctx.session()?, json!(rule), json!(count), now)?;
    if ctx.json {
        print_json(&AlertLine::from(&alert));
    } else {
        println!(
            "{}",
            tr_with(
                "cli-alert-acknowledged",
                &i18n::args([("rule", alert.rule.id.as_str().into())])
            )
        );
    }
    Ok(())
}

/// `alert-history [--rule ID]`: raised, re-raised, acknowledged, resolved, with times.
pub fn history(ctx: &Ctx, rule: Option<&str>) -> Result<(), CliError> {
    let events = app::alert_history(&mut ctx.session()?, json!(rule))?;
    print_json(&events);
    Ok(())
}

/// `red-flag-rules`: every rule with its tier, threshold, reason and sources.
pub fn rules(ctx: &Ctx) -> Result<(), CliError> {
    let infos = app::red_flag_rules();
    if ctx.json {
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
