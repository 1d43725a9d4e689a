//! The red-flag alerts. Listing runs the rules only when no write or open ran them in the
//! last minute, so what the window shows is never staler than the clock and a write is
//! never followed by a second run.

use super::{parse, AppResult, Now, Session};
use backstory_core::rules::{rule_infos, Alert, AlertEvent, RuleId, RuleInfo};
use serde_json::Value;

/// Every alert on record (needing attention first), current for `now`.
pub fn list_alerts(session: &mut Session, now: Now) -> AppResult<Vec<Alert>> {
    session.fresh_rules(now.utc())?;
    Ok(session.journal_mut()?.alerts().list()?)
}

/// Marks one raise of an alert as seen; refused if it was raised again since.
pub fn acknowledge_alert(
    session: &mut Session,
    rule: Value,
    raise_count: Value,
    now: Now,
) -> AppResult<Alert> {
    let rule: RuleId = parse(rule)?;
    let raise_count: u32 = parse(raise_count)?;
    Ok(session
        .journal_mut()?
        .alerts()
        .acknowledge(rule, raise_count, now.utc())?)
}

/// The history of one rule's alert, or of all alerts when `rule` is null.
pub fn alert_history(session: &mut Session, rule: Value) -> AppResult<Vec<AlertEvent>> {
    let rule: Option<RuleId> = parse(rule)?;
    Ok(session.journal_mut()?.alerts().history(rule)?)
}

/// Every rule with its threshold, reason and sources ("what Backstory checks").
pub fn red_flag_rules() -> Vec<RuleInfo> {
    rule_infos()
}
