//! The weekly PEG check: saving one, the overview Today and Insights read, putting the Today
//! card away for the week.

use super::{parse, AppError, AppResult, ChangedData, Now, Session, Written};
use backstory_core::domain::{PegCheck, PegDraft};
use backstory_core::i18n::{args, tr_with};
use backstory_core::insights::{
    PegOverview, PEG_DISMISSED_KEY, PEG_TREND_MAX_WEEKS, PEG_TREND_WEEKS,
};
use serde_json::Value;

/// Saves a check (`taken_at`, `pain`, `enjoyment`, `activity`). The red-flag rules do not
/// read PEG checks, so no rule refresh follows.
pub fn add_peg(session: &mut Session, draft: Value, now: Now) -> AppResult<Written<PegCheck>> {
    let draft: PegDraft = parse(draft)?;
    let check = session.journal_mut()?.entries().add_peg(draft, now.utc())?;
    Ok(Written::with(check, ChangedData::Entries))
}

/// Whether a check is due, the latest one and the last `weeks` weeks (default 12) with gaps.
pub fn peg_overview(session: &Session, weeks: Value, now: Now) -> AppResult<PegOverview> {
    let weeks = match weeks {
        Value::Null => PEG_TREND_WEEKS,
        value => parse::<u32>(value)
            .ok()
            .filter(|w| (1..=PEG_TREND_MAX_WEEKS).contains(w))
            .ok_or_else(|| {
                AppError::validation(
                    "weeks",
                    tr_with(
                        "error-peg-weeks-range",
                        &args([("max", PEG_TREND_MAX_WEEKS.into())]),
                    ),
                )
            })?,
    };
    Ok(session
        .journal()?
        .timeline()
        .peg_overview(now.utc(), now.today(), weeks)?)
}

/// "Not this week": the Today card stays away for seven days.
pub fn dismiss_peg(session: &mut Session, now: Now) -> AppResult<Written<()>> {
    session
        .journal_mut()?
        .settings_mut()
        .set(PEG_DISMISSED_KEY, &now.today().to_string())?;
    Ok(Written::settings(()))
}
