//! The journal itself: status, switching to the demo, entries, check-ins, the profile.

use super::session::WELCOMED_KEY;
use super::{parse, AppError, AppResult, AppStatus, ChangedData, Now, Session, Written};
use backstory_core::domain::*;
use backstory_core::guide::{self, PositionInfo};
use backstory_core::i18n::tr;
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde_json::Value;
use uuid::Uuid;

/// An entry id as the window or the command line gives it.
pub fn entry_id(id: &str) -> AppResult<Uuid> {
    Uuid::parse_str(id).map_err(|_| AppError::validation("id", tr("error-bad-entry-id")))
}

pub fn app_status(session: &Session) -> AppStatus {
    session.status()
}

/// Switches between the user's journal and the demo journal (filled on first use). The
/// other journal is closed, never changed.
pub fn switch_journal(session: &mut Session, demo: bool, now: Now) -> Written<AppStatus> {
    let data_dir = session.data_dir.clone();
    *session = Session::open_with_upkeep(data_dir, demo, None, now);
    Written::with(session.status(), ChangedData::Journal)
}

pub fn mark_welcomed(session: &mut Session) -> AppResult<Written<()>> {
    session
        .journal_mut()?
        .settings_mut()
        .set(WELCOMED_KEY, "1")?;
    Ok(Written::settings(()))
}

pub fn add_pain(session: &mut Session, draft: Value, now: Now) -> AppResult<Written<PainEntry>> {
    let draft: PainDraft = parse(draft)?;
    let at = now.utc();
    session.write(at, ChangedData::Entries, |j| {
        j.entries().add_pain(draft, at)
    })
}

pub fn update_pain(
    session: &mut Session,
    id: &str,
    draft: Value,
    now: Now,
) -> AppResult<Written<PainEntry>> {
    let id = entry_id(id)?;
    let draft: PainDraft = parse(draft)?;
    let at = now.utc();
    session.write(at, ChangedData::Entries, |j| {
        j.entries().update_pain(id, draft, at)
    })
}

pub fn add_activity(session: &mut Session, draft: Value, now: Now) -> AppResult<Written<Activity>> {
    let draft: ActivityDraft = parse(draft)?;
    let at = now.utc();
    session.write(at, ChangedData::Entries, |j| {
        j.entries().add_activity(draft, at)
    })
}

pub fn update_activity(
    session: &mut Session,
    id: &str,
    draft: Value,
    now: Now,
) -> AppResult<Written<Activity>> {
    let id = entry_id(id)?;
    let draft: ActivityDraft = parse(draft)?;
    let at = now.utc();
    session.write(at, ChangedData::Entries, |j| {
        j.entries().update_activity(id, draft, at)
    })
}

/// Answers "how much did it help?" for a pain-relief activity afterwards: 0-10, or `null` to
/// take an answer back (unknown again, never 0). The rest of the entry is kept as it was.
pub fn rate_relief(
    session: &mut Session,
    id: &str,
    relief: Value,
    now: Now,
) -> AppResult<Written<Activity>> {
    let id = entry_id(id)?;
    let relief: Option<u8> = serde_json::from_value(relief)
        .map_err(|_| AppError::validation("relief", tr("error-relief-rating-range")))?;
    let at = now.utc();
    session.write(at, ChangedData::Entries, |j| {
        let mut draft = j.timeline().activity(id)?.draft;
        match draft.relief.as_mut() {
            Some(details) => details.relief = relief,
            None => {
                return Err(
                    ValidationError::new("relief", tr("error-relief-rating-misplaced")).into(),
                )
            }
        }
        j.entries().update_activity(id, draft, at)
    })
}

pub fn save_check_in(session: &mut Session, draft: Value, now: Now) -> AppResult<Written<CheckIn>> {
    let draft: CheckInDraft = parse(draft)?;
    let at = now.utc();
    session.write(at, ChangedData::Entries, |j| {
        j.entries().save_check_in(draft, at, now.today())
    })
}

pub fn check_in_on(session: &Session, date: Value) -> AppResult<Option<CheckIn>> {
    let date: NaiveDate = parse(date)?;
    Ok(session.journal()?.timeline().check_in_on(date)?)
}

pub fn delete_entry(
    session: &mut Session,
    kind: Value,
    id: &str,
    now: Now,
) -> AppResult<Written<()>> {
    let kind: EntryKind = parse(kind)?;
    let id = entry_id(id)?;
    let at = now.utc();
    session.write(at, ChangedData::Entries, |j| {
        j.entries().delete_entry(kind, id, at)
    })
}

pub fn restore_entry(
    session: &mut Session,
    kind: Value,
    id: &str,
    now: Now,
) -> AppResult<Written<()>> {
    let kind: EntryKind = parse(kind)?;
    let id = entry_id(id)?;
    session.write(now.utc(), ChangedData::Entries, |j| {
        j.entries().restore_entry(kind, id)
    })
}

pub fn timeline(session: &Session, query: Value) -> AppResult<TimelinePage> {
    let query: TimelineQuery = parse(query)?;
    Ok(session.journal()?.timeline().page(&query)?)
}

pub fn suggest_link(session: &Session, at: Value) -> AppResult<LinkSuggestion> {
    let at: DateTime<FixedOffset> = parse(at)?;
    let timeline = session.journal()?.timeline();
    Ok(LinkSuggestion {
        suggested: timeline.suggest_link(at)?,
        recent: timeline.recent_activities(at, 10)?,
    })
}

pub fn get_profile(session: &Session) -> AppResult<Profile> {
    Ok(session.journal()?.settings().profile()?)
}

pub fn save_profile(
    session: &mut Session,
    profile: Value,
    now: Now,
) -> AppResult<Written<Profile>> {
    let profile: Profile = parse(profile)?;
    let at = now.utc();
    session.write(at, ChangedData::Profile, |j| {
        j.settings_mut().save_profile(profile, at)
    })
}

pub fn list_positions() -> Vec<PositionInfo> {
    guide::positions().to_vec()
}
