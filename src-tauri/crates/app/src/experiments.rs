//! N-of-1 experiments: start one (the schedule is drawn from a fresh seed, stored with it),
//! read today's arm and the result, mark whether today's arm was followed, abandon it.

use super::{parse, AppError, AppResult, ChangedData, Now, Session, Written};
use backstory_core::experiments::{ExperimentMark, ExperimentRequest, ExperimentStatus};
use serde_json::Value;

/// The latest experiment on today's date, analysed (None if none was ever started).
pub fn experiment_status(session: &Session, now: Now) -> AppResult<Option<ExperimentStatus>> {
    Ok(session.journal()?.timeline().experiment(now.today())?)
}

/// Starts an experiment today with a fresh random seed.
pub fn start_experiment(
    session: &mut Session,
    request: Value,
    now: Now,
) -> AppResult<Written<ExperimentStatus>> {
    let request: ExperimentRequest = parse(request)?;
    let seed = uuid::Uuid::new_v4().as_u64_pair().0;
    let plan = request
        .plan(now.today(), seed)
        .map_err(|e| AppError::validation("plan", e.to_string()))?;
    let status = session.journal_mut()?.guide().experiments().start(
        request.change,
        request.outcome,
        plan,
        now.utc(),
    )?;
    Ok(Written::with(status, ChangedData::Experiments))
}

/// Records whether the user followed the arm on a day (today or earlier).
pub fn mark_experiment_day(
    session: &mut Session,
    mark: Value,
    now: Now,
) -> AppResult<Written<ExperimentStatus>> {
    let mark: ExperimentMark = parse(mark)?;
    let status = session.journal_mut()?.guide().experiments().mark_day(
        mark.date,
        mark.followed,
        now.today(),
    )?;
    Ok(Written::with(status, ChangedData::Experiments))
}

/// Gives up the running experiment; its result says so.
pub fn abandon_experiment(session: &mut Session, now: Now) -> AppResult<Written<ExperimentStatus>> {
    let status = session
        .journal_mut()?
        .guide()
        .experiments()
        .abandon(now.today())?;
    Ok(Written::with(status, ChangedData::Experiments))
}
