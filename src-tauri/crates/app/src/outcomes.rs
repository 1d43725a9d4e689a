//! "How was your back afterwards?": answering it (one tap: no pain, or a score), the
//! activities still waiting for an answer, each activity's outcome for the timeline, and
//! which kinds of activity are asked about.

use super::{entry_id, parse, AppError, AppResult, ChangedData, Now, Session, Written};
use backstory_core::domain::{
    ActivityKind, ActivityOutcome, OutcomeAnswer, PainEntry, PendingOutcomes,
};
use backstory_core::i18n::{args, tr_with};
use backstory_core::outcomes::OUTCOMES_MAX_IDS;
use serde_json::Value;

/// Saves an answer as a pain entry linked to the activity (0 = no pain). A write like
/// `add_pain`: the red-flag rules are refreshed once.
pub fn log_outcome(
    session: &mut Session,
    answer: Value,
    now: Now,
) -> AppResult<Written<PainEntry>> {
    let answer: OutcomeAnswer = parse(answer)?;
    let at = now.utc();
    session.write(at, ChangedData::Entries, |j| {
        j.entries().answer_outcome(&answer, at)
    })
}

/// Activities of the asked-about kinds from the last days with no answer yet, newest first.
pub fn pending_outcomes(session: &Session, now: Now) -> AppResult<PendingOutcomes> {
    Ok(session
        .journal()?
        .timeline()
        .pending_outcomes(now.today())?)
}

/// The outcome of each activity (ids as text): a rating, or unknown.
pub fn activity_outcomes(session: &Session, ids: Value) -> AppResult<Vec<ActivityOutcome>> {
    let ids: Vec<String> = parse(ids)?;
    if ids.len() > OUTCOMES_MAX_IDS {
        return Err(AppError::validation(
            "ids",
            tr_with(
                "error-outcomes-too-many",
                &args([("max", OUTCOMES_MAX_IDS.into())]),
            ),
        ));
    }
    let ids = ids
        .iter()
        .map(|id| entry_id(id))
        .collect::<AppResult<Vec<_>>>()?;
    Ok(session.journal()?.timeline().outcomes(&ids)?)
}

/// The kinds of activity the question is asked about (intimacy by default).
pub fn outcome_kinds(session: &Session) -> AppResult<Vec<ActivityKind>> {
    Ok(session.journal()?.settings().asked_kinds()?)
}

pub fn save_outcome_kinds(
    session: &mut Session,
    kinds: Value,
) -> AppResult<Written<Vec<ActivityKind>>> {
    let kinds: Vec<ActivityKind> = parse(kinds)?;
    let journal = session.journal_mut()?;
    journal.settings_mut().set_asked_kinds(&kinds)?;
    Ok(Written::settings(journal.settings().asked_kinds()?))
}
