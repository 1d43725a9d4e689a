//! Alerts on record. `refresh_alerts` evaluates every rule and reconciles the findings
//! with the `alert` table in one transaction.
//!
//! Invariants: an alert row is never deleted. Acknowledging keeps it on record. A rule that
//! fires on new or worse evidence (see `ReRaise`) is raised again, which clears the
//! acknowledgement. A rule that stops firing is marked resolved with the reason: if an entry
//! it rested on was edited or deleted (or the profile changed), it no longer needs
//! attention; if the journal simply moved on (time passed, newer entries), an alert nobody
//! acknowledged still needs attention, so nothing is lost unseen. Every change is written to
//! `alert_event` as history.

use super::*;
use crate::domain::{Activity, ActivityDraft, CheckInDraft, PainDraft, PainEntry, Profile};
use crate::error::{CoreError, CoreResult};
use crate::i18n::{self, tr, Locale};
use crate::labels::Labelled;
use crate::store::{
    utc_text, AlertRow, AlertTx, AlertWrite, Journal, RuleInputRows, RuleInputSince,
};
use chrono::FixedOffset;
use std::collections::{BTreeMap, HashSet};

/// Why an alert is no longer firing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Resolution {
    /// An entry it rested on was edited or deleted, or the profile changed.
    EvidenceChanged,
    /// The journal no longer meets the rule (time passed, or newer entries changed the picture).
    NoLongerMet,
}

impl Resolution {
    fn as_str(self) -> &'static str {
        match self {
            Resolution::EvidenceChanged => "evidence_changed",
            Resolution::NoLongerMet => "no_longer_met",
        }
    }
    fn parse(text: &str) -> Option<Self> {
        match text {
            "evidence_changed" => Some(Resolution::EvidenceChanged),
            "no_longer_met" => Some(Resolution::NoLongerMet),
            _ => None,
        }
    }
}

/// One evidence entry as shown next to an alert.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EvidenceItem {
    pub kind: EntryKind,
    pub id: Uuid,
    /// When the entry was logged for; None when it has since been deleted.
    pub at: Option<DateTime<FixedOffset>>,
    /// Numbers and ticked signs only, never the user's notes; in the language in use.
    pub summary: String,
}

/// An alert on record, with its rule's wording.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Alert {
    pub rule: RuleInfo,
    /// What was measured, in plain words, in the language in use (an older journal's
    /// alert keeps the English it was stored with).
    pub detail: String,
    pub evidence: Vec<EvidenceItem>,
    pub first_raised_at: DateTime<Utc>,
    pub last_raised_at: DateTime<Utc>,
    pub raise_count: u32,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub resolution: Option<Resolution>,
    /// True while the person still has to see it: not acknowledged since it was last
    /// raised, and not resolved by an edit.
    pub needs_attention: bool,
}

impl Alert {
    pub fn evidence_ids(&self) -> Vec<Uuid> {
        self.evidence.iter().map(|e| e.id).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AlertEvent {
    pub rule_id: RuleId,
    pub at: DateTime<Utc>,
    pub kind: AlertEventKind,
    pub evidence: Vec<EvidenceRef>,
    /// Why it happened, in the language in use (empty when there is nothing to add).
    pub detail: String,
}

/// What one refresh changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RefreshOutcome {
    pub raised: Vec<RuleId>,
    pub re_raised: Vec<RuleId>,
    pub resolved: Vec<RuleId>,
    pub reopened: Vec<RuleId>,
}

impl RefreshOutcome {
    pub fn is_empty(&self) -> bool {
        self.raised.is_empty()
            && self.re_raised.is_empty()
            && self.resolved.is_empty()
            && self.reopened.is_empty()
    }
}

/// An `alert` row.
#[derive(Debug, Clone)]
struct Stored {
    rule: RuleId,
    evidence: Vec<EvidenceRef>,
    severity: i64,
    detail: String,
    first_raised_at: String,
    last_raised_at: String,
    raise_count: u32,
    acknowledged_at: Option<String>,
    resolved_at: Option<String>,
    resolution: Option<Resolution>,
    last_seen_at: String,
}

impl Stored {
    fn needs_attention(&self) -> bool {
        self.acknowledged_at.is_none() && self.resolution != Some(Resolution::EvidenceChanged)
    }
}

/// The alert a stored row holds; None for a rule this version does not know (left
/// untouched in the table, not listed).
fn stored_of(row: AlertRow) -> Option<Stored> {
    let rule = RuleId::parse(&row.rule_id)?;
    Some(Stored {
        rule,
        evidence: serde_json::from_str(&row.evidence).unwrap_or_default(),
        severity: row.severity,
        detail: row.detail,
        first_raised_at: row.first_raised_at,
        last_raised_at: row.last_raised_at,
        raise_count: row.raise_count,
        acknowledged_at: row.acknowledged_at,
        resolved_at: row.resolved_at,
        resolution: row.resolution.as_deref().and_then(Resolution::parse),
        last_seen_at: row.last_seen_at,
    })
}

fn load_stored(rows: Vec<AlertRow>) -> BTreeMap<RuleId, Stored> {
    rows.into_iter()
        .filter_map(stored_of)
        .map(|s| (s.rule, s))
        .collect()
}

fn evidence_json(evidence: &[EvidenceRef]) -> CoreResult<String> {
    serde_json::to_string(evidence).map_err(|e| CoreError::Storage(e.to_string()))
}

fn parse_time(text: &str) -> CoreResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| CoreError::Storage(tr("error-stored-alert-time-malformed")))
}

fn record_event(
    tx: &AlertTx,
    rule: RuleId,
    at: &str,
    kind: AlertEventKind,
    evidence: &[EvidenceRef],
    detail: &str,
) -> CoreResult<()> {
    tx.record_event(
        rule.as_str(),
        at,
        kind.as_str(),
        &evidence_json(evidence)?,
        detail,
    )
}

/// Reads the bounded window the rules need, plus the profile and when it last changed
/// (`read` is the store's query, on the journal or inside a refresh's transaction).
fn load_snapshot(
    now: DateTime<Utc>,
    read: impl FnOnce(&RuleInputSince) -> CoreResult<RuleInputRows>,
) -> CoreResult<(JournalSnapshot, Profile, Option<String>)> {
    let since = utc_text(&JournalSnapshot::window_start(now));
    // Activities a little older than the window, so a pain entry at the window's start
    // can still see the activity it is linked to (the link window is 48 hours).
    let activity_since =
        utc_text(&(JournalSnapshot::window_start(now) - chrono::Duration::days(2)));
    // The per-day log for the longer look-back (new episodes, a run's baseline): one row a
    // day from day_summary, and the journal's first logged day. Rows left all-zero by edits
    // and deletes are days with nothing logged.
    let day_since = (now - chrono::Duration::days(DAY_LOG_DAYS + 1))
        .date_naive()
        .to_string();
    let rows = read(&RuleInputSince {
        pain: &since,
        activities: &activity_since,
        days: &day_since,
    })?;
    let mut pain = Vec::new();
    for row in &rows.pain {
        let (id, draft, created_at, updated_at) = envelope::<PainDraft>(row)?;
        pain.push(PainEntry {
            id,
            draft,
            created_at,
            updated_at,
        });
    }
    let mut activities = Vec::new();
    for row in &rows.activities {
        let (id, draft, created_at, updated_at) = envelope::<ActivityDraft>(row)?;
        activities.push(Activity {
            id,
            draft,
            created_at,
            updated_at,
        });
    }
    let (profile, profile_updated) = match rows.profile {
        Some((body, updated)) => (parse_body(&body)?, Some(updated)),
        None => (Profile::default(), None),
    };
    let mut older = Vec::new();
    for (date, pain_entries, pain_max, records) in rows.days {
        let Ok(date) = chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d") else {
            continue;
        };
        if records == 0 {
            continue;
        }
        older.push((
            date,
            DayLog {
                pain_worst: (pain_entries > 0).then(|| pain_max.clamp(0, 10) as u8),
                any_record: true,
            },
        ));
    }
    let first_logged = rows
        .first_logged
        .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
    Ok((
        JournalSnapshot::new(pain, activities).with_day_log(older, first_logged),
        profile,
        profile_updated,
    ))
}

fn parse_body<T: serde::de::DeserializeOwned>(body: &str) -> CoreResult<T> {
    serde_json::from_str(body).map_err(|_| CoreError::Storage(tr("error-stored-entry-malformed")))
}

fn envelope<T: serde::de::DeserializeOwned>(
    row: &[String; 4],
) -> CoreResult<(Uuid, T, DateTime<Utc>, DateTime<Utc>)> {
    let [id, body, created, updated] = row;
    let id =
        Uuid::parse_str(id).map_err(|_| CoreError::Storage(tr("error-stored-id-malformed")))?;
    Ok((
        id,
        parse_body(body)?,
        parse_time(created)?,
        parse_time(updated)?,
    ))
}

/// True when an entry the alert rested on was deleted or edited after the alert last saw
/// it, or (for rules reading the profile) the profile was saved since.
fn evidence_changed(
    tx: &AlertTx,
    stored: &Stored,
    profile_updated: Option<&str>,
) -> CoreResult<bool> {
    for e in &stored.evidence {
        let updated = tx.live_entry_updated_at(e.kind, e.id)?;
        match updated {
            None => return Ok(true),
            Some(u) if u.as_str() > stored.last_seen_at.as_str() => return Ok(true),
            Some(_) => {}
        }
    }
    let uses_profile = stored.rule.rule().uses_profile;
    Ok(uses_profile && profile_updated.is_some_and(|u| u > stored.last_seen_at.as_str()))
}

/// Whether a finding counts as new or worse evidence compared with the stored alert.
fn is_new_or_worse(stored: &Stored, finding: &Finding) -> bool {
    let seen: HashSet<&EvidenceRef> = stored.evidence.iter().collect();
    let new_episode = match finding.rule.rule().reraise {
        ReRaise::OnEveryNewEntry => finding
            .evidence
            .iter()
            .any(|e| e.kind == EntryKind::Pain && !seen.contains(e)),
        ReRaise::OnNewEpisodeOrWorse => !finding.evidence.iter().any(|e| seen.contains(e)),
    };
    new_episode || finding.severity > stored.severity
}

fn entry_summary(journal: &Journal, e: &EvidenceRef, locale: Locale) -> CoreResult<EvidenceItem> {
    let row = journal.entry_body_any(e.kind, e.id)?;
    let gone = EvidenceItem {
        kind: e.kind,
        id: e.id,
        at: None,
        summary: Message::new("entry-deleted").render(locale),
    };
    let Some((body, None)) = row else {
        return Ok(gone);
    };
    let (at, summary) = match e.kind {
        EntryKind::Pain => {
            let d: PainDraft = parse_body(&body)?;
            (Some(d.at), pain_summary(&d, locale))
        }
        EntryKind::Activity => {
            let d: ActivityDraft = parse_body(&body)?;
            let label = d.kind.label_in(locale);
            let summary = match d.duration_min {
                Some(m) => Message::new("entry-minutes")
                    .arg("activity", Arg::Key(label))
                    .int("minutes", m)
                    .render(locale),
                None => label,
            };
            (Some(d.at), summary)
        }
        EntryKind::CheckIn => {
            let d: CheckInDraft = parse_body(&body)?;
            let summary = Message::new("entry-check-in")
                .arg("date", Arg::Date(d.date))
                .render(locale);
            (None, summary)
        }
    };
    Ok(EvidenceItem {
        kind: e.kind,
        id: e.id,
        at,
        summary,
    })
}

/// "Pain 7/10 · saddle-area numbness · leg numbness (both legs)": numbers and ticked signs,
/// no notes, in `locale`.
pub fn pain_summary(d: &PainDraft, locale: Locale) -> String {
    let mut parts = vec![Message::new("entry-pain").int("nrs", d.nrs)];
    let s = &d.emergency;
    for (on, sign) in [
        (s.saddle_numbness, RuleId::SaddleNumbness),
        (s.bladder_bowel_change, RuleId::BladderBowelChange),
        (s.sexual_function_change, RuleId::SexualFunctionChange),
        (s.leg_weakness_worsening, RuleId::LegWeaknessWorsening),
        (s.fever, RuleId::Fever),
        (s.night_pain, RuleId::NightPain),
        (s.back_lump, RuleId::BackLump),
    ] {
        if on {
            parts.push(Message::new(&format!("entry-{}", sign.as_str())));
        }
    }
    if d.leg.any() {
        let kinds = [
            (d.leg.numbness, "numbness"),
            (d.leg.tingling, "tingling"),
            (d.leg.weakness, "weakness"),
        ]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, kind)| Message::new(&format!("leg-{kind}")))
        .collect();
        let side = match d.leg.side {
            Some(crate::domain::LegSide::BothLegs) => "both",
            _ => "one",
        };
        parts.push(
            Message::new("entry-leg")
                .arg("kinds", Arg::List(kinds))
                .arg("side", Arg::Key(side.into())),
        );
    }
    if d.regions.iter().any(|r| r.region.is_below_knee()) {
        parts.push(Message::new("entry-below-knee"));
    }
    let interference = d
        .interference_daily
        .unwrap_or(0)
        .max(d.interference_intimacy.unwrap_or(0));
    if interference > 0 {
        parts.push(Message::new("entry-interference").int("value", interference));
    }
    parts
        .iter()
        .map(|m| m.render(locale))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn to_alert(journal: &Journal, s: &Stored, locale: Locale) -> CoreResult<Alert> {
    let evidence = s
        .evidence
        .iter()
        .map(|e| entry_summary(journal, e, locale))
        .collect::<CoreResult<Vec<_>>>()?;
    Ok(Alert {
        rule: s.rule.rule().info_in(locale),
        detail: render_stored(&s.detail, locale),
        evidence,
        first_raised_at: parse_time(&s.first_raised_at)?,
        last_raised_at: parse_time(&s.last_raised_at)?,
        raise_count: s.raise_count,
        acknowledged_at: s.acknowledged_at.as_deref().map(parse_time).transpose()?,
        resolved_at: s.resolved_at.as_deref().map(parse_time).transpose()?,
        resolution: s.resolution,
        needs_attention: s.needs_attention(),
    })
}

impl Journal {
    /// The bounded recent slice of the journal the rules read.
    pub(crate) fn red_flag_snapshot(
        &self,
        now: DateTime<Utc>,
    ) -> CoreResult<(JournalSnapshot, Profile)> {
        let (snapshot, profile, _) = load_snapshot(now, |since| self.rule_inputs(since))?;
        Ok((snapshot, profile))
    }

    /// What the rules find in the journal right now, without touching the alert record.
    pub(crate) fn evaluate_red_flags(&self, now: DateTime<Utc>) -> CoreResult<Vec<Finding>> {
        let (snapshot, profile) = self.red_flag_snapshot(now)?;
        Ok(evaluate(&snapshot, &profile, now))
    }

    /// Evaluates every rule and brings the alert record up to date, in one transaction.
    /// The application layer's `Session::write` calls it once after every write; start-up
    /// and listing the alerts call it too.
    pub(crate) fn refresh_alerts(&mut self, now: DateTime<Utc>) -> CoreResult<RefreshOutcome> {
        let at = utc_text(&now);
        let tx = self.alert_tx()?;
        let (snapshot, profile, profile_updated) =
            load_snapshot(now, |since| tx.rule_inputs(since))?;
        let findings = evaluate(&snapshot, &profile, now);
        let mut stored = load_stored(tx.rows()?);
        let mut outcome = RefreshOutcome::default();
        let mut fired = HashSet::new();
        for f in &findings {
            fired.insert(f.rule);
            let evidence = evidence_json(&f.evidence)?;
            let detail = f.detail.to_stored();
            let write = AlertWrite {
                rule_id: f.rule.as_str(),
                tier: f.tier.as_str(),
                evidence: &evidence,
                severity: f.severity,
                detail: &detail,
                at: &at,
            };
            match stored.remove(&f.rule) {
                None => {
                    tx.insert_raised(&write)?;
                    record_event(
                        &tx,
                        f.rule,
                        &at,
                        AlertEventKind::Raised,
                        &f.evidence,
                        &detail,
                    )?;
                    outcome.raised.push(f.rule);
                }
                Some(s) if is_new_or_worse(&s, f) => {
                    tx.re_raise(&write)?;
                    record_event(
                        &tx,
                        f.rule,
                        &at,
                        AlertEventKind::ReRaised,
                        &f.evidence,
                        &detail,
                    )?;
                    outcome.re_raised.push(f.rule);
                }
                Some(s) => {
                    // Same episode, not worse: follow the evidence quietly, keep the peak.
                    tx.follow(&write)?;
                    if s.resolved_at.is_some() {
                        record_event(
                            &tx,
                            f.rule,
                            &at,
                            AlertEventKind::Reopened,
                            &f.evidence,
                            &detail,
                        )?;
                        outcome.reopened.push(f.rule);
                    }
                }
            }
        }
        for s in stored.values() {
            if fired.contains(&s.rule) || s.resolved_at.is_some() {
                continue;
            }
            let reason = if evidence_changed(&tx, s, profile_updated.as_deref())? {
                Resolution::EvidenceChanged
            } else {
                Resolution::NoLongerMet
            };
            tx.resolve(s.rule.as_str(), &at, reason.as_str())?;
            let why = match reason {
                Resolution::EvidenceChanged => "resolved-evidence-changed",
                Resolution::NoLongerMet => "resolved-no-longer-met",
            };
            record_event(
                &tx,
                s.rule,
                &at,
                AlertEventKind::Resolved,
                &s.evidence,
                &Detail::of(Message::new(why)).to_stored(),
            )?;
            outcome.resolved.push(s.rule);
        }
        tx.commit()?;
        Ok(outcome)
    }

    /// Every alert on record: those needing attention first, then by tier, newest first.
    pub(crate) fn alert_list(&self) -> CoreResult<Vec<Alert>> {
        self.alert_list_in(i18n::current())
    }

    /// [`Journal::alert_list`] written in `locale`.
    pub(crate) fn alert_list_in(&self, locale: Locale) -> CoreResult<Vec<Alert>> {
        let stored = load_stored(self.alert_rows()?);
        let mut alerts = stored
            .values()
            .map(|s| to_alert(self, s, locale))
            .collect::<CoreResult<Vec<_>>>()?;
        alerts.sort_by(|a, b| {
            b.needs_attention
                .cmp(&a.needs_attention)
                .then(a.rule.tier.cmp(&b.rule.tier))
                .then(b.last_raised_at.cmp(&a.last_raised_at))
        });
        Ok(alerts)
    }

    pub(crate) fn alert(&self, rule: RuleId) -> CoreResult<Alert> {
        let stored =
            self.alert_row(rule.as_str())?
                .and_then(stored_of)
                .ok_or(CoreError::NotFound {
                    what: "alert",
                    id: rule.as_str().into(),
                })?;
        to_alert(self, &stored, i18n::current())
    }

    /// The history of one rule's alert (or of all alerts), oldest first.
    pub(crate) fn alert_history(&self, rule: Option<RuleId>) -> CoreResult<Vec<AlertEvent>> {
        let mut events = Vec::new();
        for [rule_id, at, kind, evidence, detail] in
            self.alert_event_rows(rule.map(RuleId::as_str))?
        {
            let (Some(rule_id), Some(kind)) =
                (RuleId::parse(&rule_id), AlertEventKind::parse(&kind))
            else {
                continue;
            };
            events.push(AlertEvent {
                rule_id,
                at: parse_time(&at)?,
                kind,
                evidence: serde_json::from_str(&evidence).unwrap_or_default(),
                detail: render_stored(&detail, i18n::current()),
            });
        }
        Ok(events)
    }

    /// Marks the alert as seen. `seen_raise_count` is the raise the person read: if the
    /// alert was raised again since, nothing is acknowledged and a validation error asks
    /// them to read it again. Acknowledging twice is harmless.
    pub(crate) fn acknowledge_alert(
        &mut self,
        rule: RuleId,
        seen_raise_count: u32,
        now: DateTime<Utc>,
    ) -> CoreResult<Alert> {
        let at = utc_text(&now);
        let tx = self.alert_tx()?;
        let stored = tx
            .row(rule.as_str())?
            .and_then(stored_of)
            .ok_or(CoreError::NotFound {
                what: "alert",
                id: rule.as_str().into(),
            })?;
        if stored.raise_count != seen_raise_count {
            return Err(CoreError::validation(
                "raise_count",
                tr("error-alert-raised-again"),
            ));
        }
        if stored.acknowledged_at.is_none() {
            tx.acknowledge(rule.as_str(), &at)?;
            record_event(
                &tx,
                rule,
                &at,
                AlertEventKind::Acknowledged,
                &stored.evidence,
                "",
            )?;
        }
        tx.commit()?;
        self.alert(rule)
    }
}
