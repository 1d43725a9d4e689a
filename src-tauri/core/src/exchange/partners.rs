//! Partners' imported journals: listed, read (never edited) and removed completely; and
//! the Together view, which lines up intimacy both partners logged within a time window
//! and shows each one's pain before and after, so a couple can see what works for both.

use super::format::Record;
use crate::domain::*;
use crate::error::{CoreError, CoreResult};
use crate::i18n::tr;
use crate::store::{date_text, Journal, PartnerPage};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// An imported partner journal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Partner {
    pub id: Uuid,
    pub name: String,
    /// When the newest imported file was exported.
    pub exported_at: DateTime<Utc>,
    pub imported_at: DateTime<Utc>,
    pub pain: usize,
    pub activities: usize,
    pub check_ins: usize,
    pub alerts: usize,
    /// Pain entries shared without their warning-sign answers and leg symptoms (the
    /// partner did not tick them): for these they are unknown, not "no".
    pub pain_without_warning_signs: usize,
}

/// Default window for calling two logged intimacy events the same evening.
pub const TOGETHER_WINDOW_MINUTES: u32 = 180;
/// Largest window accepted.
pub const TOGETHER_WINDOW_MAX_MINUTES: u32 = 24 * 60;
/// How far before an event a pain entry still counts as "before".
pub const PAIN_BEFORE_HOURS: i64 = 12;
/// How far after an event a pain entry counts as "after" (when not linked explicitly).
pub const PAIN_AFTER_HOURS: i64 = 24;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct TogetherQuery {
    pub partner_id: Uuid,
    #[serde(default)]
    pub from: Option<NaiveDate>,
    #[serde(default)]
    pub to: Option<NaiveDate>,
    /// Minutes between the two logged times that still count as one evening (default 180).
    #[serde(default)]
    pub window_minutes: Option<u32>,
}

/// One partner's side of a shared evening.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TogetherSide {
    pub activity_id: Uuid,
    pub at: DateTime<FixedOffset>,
    pub duration_min: Option<u16>,
    /// Pain 0-10 just before: as logged with the event, else the last pain entry in the
    /// 12 hours before.
    pub pain_before: Option<u8>,
    /// Highest pain 0-10 after: entries linked to the event, else those in the next 24 hours.
    pub pain_after: Option<u8>,
    /// Position ids, when that partner shared intimacy details.
    pub positions: Vec<String>,
    pub warm_up: Option<bool>,
    pub props: Vec<Prop>,
    /// That partner's note on the evening: one's own (shared or not), or the one the
    /// partner chose to share.
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TogetherEvent {
    pub mine: TogetherSide,
    pub partner: TogetherSide,
    /// Minutes between the two logged times.
    pub gap_minutes: i64,
    /// Whether one's own note goes to the partner with the next share.
    pub my_note_shared: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TogetherView {
    pub partner_name: String,
    pub window_minutes: u32,
    /// Newest first.
    pub events: Vec<TogetherEvent>,
    /// Intimacy each side logged that the other did not (within the window).
    pub mine_unmatched: usize,
    pub partner_unmatched: usize,
    /// Neutral conversation prompts built from these evenings (exchange/prompts.rs).
    pub prompts: Vec<super::prompts::TogetherPrompt>,
    /// Experiments both partners ran on the same change (the partner's only when they chose
    /// to share experiments), newest of ours first.
    pub experiments: Vec<TogetherExperiment>,
}

/// One change both partners tried as an experiment: each one's outcomes per arm and
/// verdict, side by side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TogetherExperiment {
    /// The change, named as one's own experiment names it.
    pub title: String,
    pub mine: crate::experiments::SharedExperiment,
    pub partner: crate::experiments::SharedExperiment,
}

/// Pairs each of one's own experiments with the partner's newest one on the same change.
pub fn match_experiments(
    mine: &[crate::experiments::SharedExperiment],
    theirs: &[crate::experiments::SharedExperiment],
) -> Vec<TogetherExperiment> {
    mine.iter()
        .filter_map(|m| {
            theirs
                .iter()
                .filter(|t| m.same_change(t))
                .max_by_key(|t| t.plan.start)
                .map(|t| TogetherExperiment {
                    title: m.title(),
                    mine: m.clone(),
                    partner: t.clone(),
                })
        })
        .collect()
}

impl Journal {
    pub(crate) fn partner_list(&self) -> CoreResult<Vec<Partner>> {
        let mut out = Vec::new();
        for row in self.partner_rows()? {
            out.push(Partner {
                id: parse_id(&row.id)?,
                name: row.name,
                exported_at: super::export::parse_utc(&row.exported_at)?,
                imported_at: super::export::parse_utc(&row.imported_at)?,
                pain: row.pain as usize,
                activities: row.activities as usize,
                check_ins: row.check_ins as usize,
                alerts: row.alerts as usize,
                pain_without_warning_signs: row.pain_without_warning_signs as usize,
            });
        }
        Ok(out)
    }

    pub(crate) fn partner(&self, id: Uuid) -> CoreResult<Partner> {
        self.partner_list()?
            .into_iter()
            .find(|p| p.id == id)
            .ok_or(CoreError::NotFound {
                what: "partner",
                id: id.to_string(),
            })
    }

    /// Removes a partner and every entry imported from them, in one transaction.
    pub(crate) fn remove_partner(&mut self, id: Uuid) -> CoreResult<usize> {
        self.delete_partner(id)
    }

    /// One page of a partner's entries, newest first (read-only view).
    pub(crate) fn partner_timeline(
        &self,
        partner_id: Uuid,
        query: &TimelineQuery,
    ) -> CoreResult<TimelinePage> {
        let limit = query.limit.clamp(1, TIMELINE_PAGE_MAX);
        let kinds: Vec<&str> = if query.kinds.is_empty() {
            vec!["pain", "activity", "check_in"]
        } else {
            query
                .kinds
                .iter()
                .map(|k| match k {
                    EntryKind::Pain => "pain",
                    EntryKind::Activity => "activity",
                    EntryKind::CheckIn => "check_in",
                })
                .collect()
        };
        let from = query
            .from
            .map(date_text)
            .unwrap_or_else(|| "0000-01-01".into());
        let to = query
            .to
            .map(date_text)
            .unwrap_or_else(|| "9999-12-31".into());
        let rows = self.partner_page(&PartnerPage {
            partner_id,
            from: &from,
            to: &to,
            kinds: &kinds,
            limit,
            offset: query.offset,
        })?;
        let mut items = Vec::new();
        for (kind, body) in rows {
            items.push(item_of(&kind, &body)?);
        }
        let has_more = items.len() > limit as usize;
        items.truncate(limit as usize);
        Ok(TimelinePage { items, has_more })
    }

    /// Intimacy both partners logged within the window, with pain before and after.
    /// `today` is the day one's own experiments are analysed on.
    pub(crate) fn together(
        &self,
        query: &TogetherQuery,
        today: NaiveDate,
    ) -> CoreResult<TogetherView> {
        let partner = self.partner(query.partner_id)?;
        let window = query
            .window_minutes
            .unwrap_or(TOGETHER_WINDOW_MINUTES)
            .clamp(1, TOGETHER_WINDOW_MAX_MINUTES);
        let from = query
            .from
            .map(date_text)
            .unwrap_or_else(|| "0000-01-01".into());
        let to = query
            .to
            .map(date_text)
            .unwrap_or_else(|| "9999-12-31".into());
        // Pain is read a little beyond the range so events at its edges get before/after.
        let pain_from = query
            .from
            .map(|d| date_text(d - Duration::days(1)))
            .unwrap_or_else(|| "0000-01-01".into());
        let pain_to = query
            .to
            .map(|d| date_text(d + Duration::days(2)))
            .unwrap_or_else(|| "9999-12-31".into());

        let mut mine_acts: Vec<Activity> = Vec::new();
        for (id, body) in self.own_intimacy_rows(&from, &to)? {
            mine_acts.push(activity_from(parse_id(&id)?, &body)?);
        }
        let mut mine_pain: Vec<PainEntry> = Vec::new();
        for (id, body) in self.own_pain_rows(&pain_from, &pain_to)? {
            mine_pain.push(pain_from_body(parse_id(&id)?, &body)?);
        }
        let partner_rows = |kind: &str, only_intimacy: bool, f: &str, t: &str| {
            self.partner_entries_of_kind(query.partner_id, kind, only_intimacy, f, t)
        };
        let mut partner_acts = Vec::new();
        for (_, body) in partner_rows("activity", true, &from, &to)? {
            let rec: Record<ActivityDraft> = decode(&body)?;
            partner_acts.push(Activity {
                id: rec.id,
                draft: rec.entry,
                created_at: rec.created_at,
                updated_at: rec.updated_at,
            });
        }
        let mut partner_pain = Vec::new();
        for (_, body) in partner_rows("pain", false, &pain_from, &pain_to)? {
            let rec: Record<PainDraft> = decode(&body)?;
            partner_pain.push(PainEntry {
                id: rec.id,
                draft: rec.entry,
                created_at: rec.created_at,
                updated_at: rec.updated_at,
            });
        }

        let pairs = match_events(&mine_acts, &partner_acts, i64::from(window));
        let (my_notes, their_notes) = self.evening_notes(query.partner_id)?;
        let mut events: Vec<TogetherEvent> = pairs
            .iter()
            .map(|&(i, j, gap)| {
                let mut mine = side(&mine_acts[i], &mine_pain);
                let mut partner = side(&partner_acts[j], &partner_pain);
                let my_note = my_notes.get(&mine.activity_id);
                mine.note = my_note.map(|(text, _)| text.clone());
                partner.note = their_notes.get(&partner.activity_id).cloned();
                TogetherEvent {
                    mine,
                    partner,
                    gap_minutes: gap,
                    my_note_shared: my_note.is_some_and(|(_, shared)| *shared),
                }
            })
            .collect();
        events.sort_by_key(|e| std::cmp::Reverse(e.mine.at));
        let theirs = self
            .partner_experiment_bodies(query.partner_id)?
            .iter()
            .map(|body| decode::<crate::experiments::SharedExperiment>(body))
            .collect::<CoreResult<Vec<_>>>()?;
        let experiments = if theirs.is_empty() {
            Vec::new()
        } else {
            // One's own, with everything (they are one's own words), analysed today.
            let all = crate::experiments::ChangeWords::ALL;
            let mine = self.shared_experiments((None, None), all, today)?;
            match_experiments(&mine, &theirs)
        };
        Ok(TogetherView {
            experiments,
            partner_name: partner.name,
            window_minutes: window,
            mine_unmatched: mine_acts.len() - events.len(),
            partner_unmatched: partner_acts.len() - events.len(),
            prompts: super::prompts::prompts(&events),
            events,
        })
    }
}

/// Pairs events one-to-one, closest in time first, within `window` minutes. Both lists
/// are sorted by time. Returns (mine index, partner index, gap in minutes).
pub fn match_events(
    mine: &[Activity],
    theirs: &[Activity],
    window: i64,
) -> Vec<(usize, usize, i64)> {
    let mut candidates = Vec::new();
    let mut start = 0;
    for (i, a) in mine.iter().enumerate() {
        let t = a.draft.at.with_timezone(&Utc);
        while start < theirs.len()
            && theirs[start].draft.at.with_timezone(&Utc) < t - Duration::minutes(window)
        {
            start += 1;
        }
        for (j, b) in theirs.iter().enumerate().skip(start) {
            let u = b.draft.at.with_timezone(&Utc);
            if u > t + Duration::minutes(window) {
                break;
            }
            candidates.push(((u - t).num_minutes().abs(), i, j));
        }
    }
    candidates.sort();
    let mut used_mine = vec![false; mine.len()];
    let mut used_theirs = vec![false; theirs.len()];
    let mut out = Vec::new();
    for (gap, i, j) in candidates {
        if !used_mine[i] && !used_theirs[j] {
            used_mine[i] = true;
            used_theirs[j] = true;
            out.push((i, j, gap));
        }
    }
    out
}

fn side(activity: &Activity, pain: &[PainEntry]) -> TogetherSide {
    let t = activity.draft.at.with_timezone(&Utc);
    let details = activity.draft.intimacy.clone().unwrap_or_default();
    let logged_before = details.pain_before;
    let before = logged_before.or_else(|| {
        pain.iter()
            .filter(|p| {
                let at = p.draft.at.with_timezone(&Utc);
                at <= t
                    && at >= t - Duration::hours(PAIN_BEFORE_HOURS)
                    && p.draft.activity_id != Some(activity.id)
            })
            .max_by_key(|p| p.draft.at.with_timezone(&Utc))
            .map(|p| p.draft.nrs)
    });
    let linked = pain
        .iter()
        .filter(|p| p.draft.activity_id == Some(activity.id))
        .map(|p| p.draft.nrs)
        .max();
    let after = linked.or_else(|| {
        pain.iter()
            .filter(|p| {
                let at = p.draft.at.with_timezone(&Utc);
                at > t && at <= t + Duration::hours(PAIN_AFTER_HOURS)
            })
            .map(|p| p.draft.nrs)
            .max()
    });
    let shared_details = activity.draft.intimacy.is_some() && details != IntimacyDetails::default();
    TogetherSide {
        activity_id: activity.id,
        at: activity.draft.at,
        duration_min: activity.draft.duration_min,
        pain_before: before,
        pain_after: after,
        positions: details.positions,
        warm_up: shared_details.then_some(details.warm_up),
        props: details.props,
        note: None,
    }
}

fn parse_id(text: &str) -> CoreResult<Uuid> {
    Uuid::parse_str(text).map_err(|_| CoreError::Storage(tr("error-stored-id-malformed")))
}

fn decode<T: serde::de::DeserializeOwned>(body: &str) -> CoreResult<T> {
    serde_json::from_str(body)
        .map_err(|_| CoreError::Storage(tr("error-stored-partner-entry-malformed")))
}

fn activity_from(id: Uuid, body: &str) -> CoreResult<Activity> {
    let draft: ActivityDraft = decode(body)?;
    let epoch = DateTime::<Utc>::UNIX_EPOCH;
    Ok(Activity {
        id,
        draft,
        created_at: epoch,
        updated_at: epoch,
    })
}

fn pain_from_body(id: Uuid, body: &str) -> CoreResult<PainEntry> {
    let draft: PainDraft = decode(body)?;
    let epoch = DateTime::<Utc>::UNIX_EPOCH;
    Ok(PainEntry {
        id,
        draft,
        created_at: epoch,
        updated_at: epoch,
    })
}

fn item_of(kind: &str, body: &str) -> CoreResult<TimelineItem> {
    Ok(match kind {
        "pain" => {
            let r: Record<PainDraft> = decode(body)?;
            TimelineItem::Pain(PainEntry {
                id: r.id,
                draft: r.entry,
                created_at: r.created_at,
                updated_at: r.updated_at,
            })
        }
        "activity" => {
            let r: Record<ActivityDraft> = decode(body)?;
            TimelineItem::Activity(Activity {
                id: r.id,
                draft: r.entry,
                created_at: r.created_at,
                updated_at: r.updated_at,
            })
        }
        _ => {
            let r: Record<CheckInDraft> = decode(body)?;
            TimelineItem::CheckIn(CheckIn {
                id: r.id,
                draft: r.entry,
                created_at: r.created_at,
                updated_at: r.updated_at,
            })
        }
    })
}
