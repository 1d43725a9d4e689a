//! The Insights page and the weekly summary (read-only; "today" is the user's local date).

use super::{parse, AppResult, Now, Session};
use backstory_core::insights::{
    body_map_report, flares, pain_after, pain_trend, programme_adherence, weekly_summary,
    Adherence, AdherenceQuery, AfterQuery, BodyMapReport, FlareReport, PainAfterReport, PainTrend,
    TrendQuery, WeeklySummary,
};
use serde_json::Value;

pub fn insights_pain_trend(session: &Session, query: Value, now: Now) -> AppResult<PainTrend> {
    let query: TrendQuery = parse(query)?;
    Ok(pain_trend(session.journal()?, &query, now.today())?)
}

/// The composite body maps of a period (`{from, to}` as for the trend; open ends: the first
/// logged day and today).
pub fn insights_body_map(session: &Session, query: Value, now: Now) -> AppResult<BodyMapReport> {
    let query: TrendQuery = parse(query)?;
    Ok(body_map_report(session.journal()?, &query, now.today())?)
}

pub fn insights_pain_after(session: &Session, query: Value) -> AppResult<PainAfterReport> {
    let query: AfterQuery = parse(query)?;
    Ok(pain_after(session.journal()?, &query)?)
}

pub fn insights_adherence(session: &Session, query: Value, now: Now) -> AppResult<Adherence> {
    let query: AdherenceQuery = parse(query)?;
    Ok(programme_adherence(
        session.journal()?,
        &query,
        now.today(),
    )?)
}

pub fn insights_weekly_summary(session: &Session, now: Now) -> AppResult<WeeklySummary> {
    Ok(weekly_summary(session.journal()?, now.today())?)
}

/// "What was different before a flare?" over the whole journal.
pub fn insights_flares(session: &Session) -> AppResult<FlareReport> {
    Ok(flares(session.journal()?)?)
}
