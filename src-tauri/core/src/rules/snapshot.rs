//! The bounded slice of the journal the rules read: pain entries and activities of the last
//! `SNAPSHOT_DAYS` days, plus one small record per logged day for the last `DAY_LOG_DAYS`
//! days (from the `day_summary` table) and the date of the journal's first record.
//! Keeping the window bounded keeps evaluation fast however long the journal grows.
//!
//! Missing is unknown: a day without an entry has no record in `days` and is never read as
//! pain 0. A logged 0/10 is a pain-free day.

use super::{Arg, Context, Detail, EvidenceRef, Hit, Message, EVIDENCE_MAX};
use crate::domain::{Activity, PainEntry};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use std::collections::BTreeMap;
use uuid::Uuid;

/// Longest window any rule reads entry by entry (the 28-day baseline), plus a small margin.
pub const SNAPSHOT_DAYS: i64 = 30;
/// How far back the per-day log reaches: a new episode stays new for 84 days and needs a
/// 30-day pain-free stretch before it, and a run's baseline reaches 28 days before a run
/// that started up to 14 days ago; 120 covers all of them.
pub const DAY_LOG_DAYS: i64 = 120;

/// What the journal holds for one local calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DayLog {
    /// The day's worst pain, when at least one pain entry was logged that day.
    pub pain_worst: Option<u8>,
    /// Anything logged that day (pain, activity or check-in).
    pub any_record: bool,
}

/// Recent pain entries and activities, each sorted oldest first, and the day log.
#[derive(Debug, Clone, Default)]
pub struct JournalSnapshot {
    pub pain: Vec<PainEntry>,
    pub activities: Vec<Activity>,
    /// One record per logged local day (days with nothing logged are absent).
    pub days: BTreeMap<NaiveDate, DayLog>,
    /// The local date of the journal's first record, if any.
    pub first_logged: Option<NaiveDate>,
}

impl JournalSnapshot {
    /// A snapshot of these entries; the day log is derived from them (callers with a
    /// database add older days with `with_day_log`).
    pub fn new(mut pain: Vec<PainEntry>, mut activities: Vec<Activity>) -> Self {
        pain.sort_by_key(|p| (p.draft.at, p.id));
        activities.sort_by_key(|a| (a.draft.at, a.id));
        let mut days: BTreeMap<NaiveDate, DayLog> = BTreeMap::new();
        for e in &pain {
            let day = days.entry(e.draft.at.date_naive()).or_default();
            day.pain_worst = Some(day.pain_worst.unwrap_or(0).max(e.draft.nrs));
            day.any_record = true;
        }
        for a in &activities {
            days.entry(a.draft.at.date_naive()).or_default().any_record = true;
        }
        let first_logged = days.keys().next().copied();
        JournalSnapshot {
            pain,
            activities,
            days,
            first_logged,
        }
    }

    /// Adds older per-day records (worst pain when any pain was logged) and the date of the
    /// journal's first record; days already derived from entries keep the entries' values.
    pub fn with_day_log(
        mut self,
        older: impl IntoIterator<Item = (NaiveDate, DayLog)>,
        first_logged: Option<NaiveDate>,
    ) -> Self {
        for (date, log) in older {
            self.days.entry(date).or_insert(log);
        }
        self.first_logged = match (self.first_logged, first_logged) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self
    }

    pub fn activity(&self, id: Uuid) -> Option<&Activity> {
        self.activities.iter().find(|a| a.id == id)
    }

    /// The earliest instant the snapshot must cover for evaluation at `now`.
    pub fn window_start(now: DateTime<Utc>) -> DateTime<Utc> {
        now - Duration::days(SNAPSHOT_DAYS)
    }
}

impl Context<'_> {
    /// Pain entries from the last `days` days (and any dated slightly ahead), oldest first.
    pub fn pain_within(&self, days: i64) -> impl DoubleEndedIterator<Item = &PainEntry> + '_ {
        let since = self.now - Duration::days(days);
        self.journal
            .pain
            .iter()
            .filter(move |p| p.draft.at.with_timezone(&Utc) >= since)
    }

    /// Pain entries in `[now - from_days, now - to_days)`, oldest first.
    pub fn pain_between(
        &self,
        from_days: i64,
        to_days: i64,
    ) -> impl Iterator<Item = &PainEntry> + '_ {
        let start = self.now - Duration::days(from_days);
        let end = self.now - Duration::days(to_days);
        self.journal.pain.iter().filter(move |p| {
            let at = p.draft.at.with_timezone(&Utc);
            at >= start && at < end
        })
    }

    /// The activity a pain entry is linked to, when it is in the snapshot.
    pub fn linked_activity(&self, entry: &PainEntry) -> Option<&Activity> {
        entry
            .draft
            .activity_id
            .and_then(|id| self.journal.activity(id))
    }
}

/// The worst pain of each local calendar day (in the offset the entry was logged in).
pub fn daily_worst<'a>(entries: impl Iterator<Item = &'a PainEntry>) -> BTreeMap<NaiveDate, u8> {
    let mut days = BTreeMap::new();
    for e in entries {
        let worst = days.entry(e.draft.at.date_naive()).or_insert(0);
        *worst = (*worst).max(e.draft.nrs);
    }
    days
}

/// Mean of the daily worst pain, or None with no days.
pub fn mean_of_days(days: &BTreeMap<NaiveDate, u8>) -> Option<f64> {
    if days.is_empty() {
        return None;
    }
    Some(days.values().map(|&v| f64::from(v)).sum::<f64>() / days.len() as f64)
}

/// Evidence refs for pain entries, newest first, capped at `EVIDENCE_MAX`.
pub fn pain_evidence<'a>(
    entries: impl DoubleEndedIterator<Item = &'a PainEntry>,
) -> Vec<EvidenceRef> {
    entries
        .rev()
        .take(EVIDENCE_MAX)
        .map(|e| EvidenceRef::pain(e.id))
        .collect()
}

/// An entry's local date and time for details: "3 Mar 14:05".
pub fn when(entry: &PainEntry) -> Arg {
    Arg::When(entry.draft.at.naive_local())
}

/// A hit for rules that fire on each entry showing a sign: every matching entry in the
/// window is evidence. `what` names the sign (a message of `alerts-detail.ftl`).
pub fn entries_with_sign(
    ctx: &Context,
    days: i64,
    what: Message,
    sign: impl Fn(&PainEntry) -> bool,
) -> Option<Hit> {
    let matching: Vec<&PainEntry> = ctx.pain_within(days).filter(|e| sign(e)).collect();
    let latest = matching.last()?;
    let detail = Detail::of(logged(what, matching.len(), days, when(latest)));
    Some(Hit {
        evidence: pain_evidence(matching.into_iter()),
        severity: 0,
        detail,
    })
}

/// "`what` logged on 3 Mar 14:05." or, for several entries, "… logged on 3 entries in the
/// last 14 days, most recently 3 Mar 14:05."
pub fn logged(what: Message, count: usize, days: i64, latest: Arg) -> Message {
    Message::new("logged")
        .arg("what", Arg::Text(what))
        .int("count", count as i64)
        .int("days", days)
        .arg("when", latest)
}
