//! The bounded slice of the journal the rules read: pain entries and activities of the last
//! `SNAPSHOT_DAYS` days. Keeping the window bounded keeps evaluation fast however long the
//! journal grows.

use super::{Context, EvidenceRef, Hit, EVIDENCE_MAX};
use crate::domain::{Activity, PainEntry};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use std::collections::BTreeMap;
use uuid::Uuid;

/// Longest window any rule reads (the 28-day baseline), plus a small margin.
pub const SNAPSHOT_DAYS: i64 = 30;

/// Recent pain entries and activities, each sorted oldest first.
#[derive(Debug, Clone, Default)]
pub struct JournalSnapshot {
    pub pain: Vec<PainEntry>,
    pub activities: Vec<Activity>,
}

impl JournalSnapshot {
    pub fn new(mut pain: Vec<PainEntry>, mut activities: Vec<Activity>) -> Self {
        pain.sort_by_key(|p| (p.draft.at, p.id));
        activities.sort_by_key(|a| (a.draft.at, a.id));
        JournalSnapshot { pain, activities }
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

/// A short local date and time for details: "3 Mar 14:05".
pub fn when(entry: &PainEntry) -> String {
    entry.draft.at.format("%-d %b %H:%M").to_string()
}

/// A hit for rules that fire on each entry showing a sign: every matching entry in the
/// window is evidence.
pub fn entries_with_sign(
    ctx: &Context,
    days: i64,
    what: &str,
    sign: impl Fn(&PainEntry) -> bool,
) -> Option<Hit> {
    let matching: Vec<&PainEntry> = ctx.pain_within(days).filter(|e| sign(e)).collect();
    let latest = matching.last()?;
    let detail = if matching.len() == 1 {
        format!("{what} logged on {}.", when(latest))
    } else {
        format!(
            "{what} logged on {} entries in the last {days} days, most recently {}.",
            matching.len(),
            when(latest)
        )
    };
    Some(Hit {
        evidence: pain_evidence(matching.into_iter()),
        severity: 0,
        detail,
    })
}
