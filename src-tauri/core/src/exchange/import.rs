//! Bringing an export file in. A backup merges into the user's own journal; a partner
//! share goes into that partner's separate, read-only journal. Either way: parse and check
//! everything first (read.rs), then write in ONE transaction, so a refused or failed import
//! leaves the database exactly as it was. Entries are matched by UUID: importing the same
//! file twice, or a newer one, updates and never duplicates.

use super::format::*;
use super::read;
use crate::domain::*;
use crate::error::{CoreError, CoreResult};
use crate::i18n::{args, tr, tr_with};
use crate::store::{date_text, utc_text, ImportTx, Journal, PartnerEntryRow};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use ts_rs::TS;
use uuid::Uuid;

/// What an import did, for the confirmation message.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportSummary {
    /// Set for a partner import: which partner journal received the entries.
    pub partner_id: Option<Uuid>,
    pub partner_name: Option<String>,
    /// Entries that were not there before.
    pub added: usize,
    /// Entries already there, replaced by the file's version.
    pub updated: usize,
    /// Entries skipped because the journal already had the same or a newer version.
    pub unchanged: usize,
    /// Partner entries removed because the newer file no longer has them.
    pub removed: usize,
    /// Pain entries whose linked activity is in neither the file nor the journal; the
    /// link was dropped and the entry kept.
    pub links_dropped: usize,
    /// Whether a backup's profile was applied (only to a journal with an empty profile).
    pub profile_restored: bool,
    /// A partner share's experiments now kept (they replace the ones an older share brought).
    #[serde(default)]
    pub experiments: usize,
}

fn refuse(location: Option<&str>, message: impl Into<String>) -> CoreError {
    CoreError::Import {
        location: location.map(String::from),
        message: message.into(),
    }
}

/// Checks and tidies the label a user gives a partner.
pub fn check_partner_name(name: &str) -> CoreResult<String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(CoreError::validation(
            "name",
            tr("error-partner-name-missing"),
        ));
    }
    check_text("name", name, LABEL_MAX_CHARS)?;
    if name.chars().any(|c| c.is_control()) {
        return Err(CoreError::validation("name", tr("error-control-character")));
    }
    Ok(name.to_string())
}

impl Journal {
    /// Merges one's own backup file (plain or encrypted) into this journal.
    pub(crate) fn import_backup(
        &mut self,
        bytes: &[u8],
        passphrase: Option<&str>,
        now: DateTime<Utc>,
    ) -> CoreResult<ImportSummary> {
        let file = read::open_export(bytes, passphrase, now)?;
        if file.kind != ExportKind::Backup {
            return Err(refuse(Some("kind"), tr("error-import-is-partner-share")));
        }
        self.merge_backup(file)
    }

    /// Writes a checked backup document into the journal in one transaction.
    pub(crate) fn merge_backup(&mut self, file: ExportFile) -> CoreResult<ImportSummary> {
        let mut summary = ImportSummary::default();
        let empty_profile = self.profile()? == Profile::default();
        let tx = self.import_tx()?;
        if let (Some(profile), true) = (file.profile, empty_profile) {
            let profile = profile
                .validate()
                .map_err(|e| refuse(Some("profile"), e.to_string()))?;
            tx.put_profile(
                &serde_json::to_string(&profile).map_err(|e| CoreError::Storage(e.to_string()))?,
                &utc_text(&file.exported_at),
            )?;
            summary.profile_restored = profile != Profile::default();
        }
        // A table that is empty now needs no per-row look-up (a restore into a new journal).
        let (no_activities, no_pain) = (
            tx.is_empty(EntryKind::Activity)?,
            tx.is_empty(EntryKind::Pain)?,
        );
        let file_activities: HashSet<Uuid> = file.activities.iter().map(|a| a.id).collect();
        for rec in file.activities {
            let decision = if no_activities {
                Decision::Insert
            } else {
                decide(&tx, EntryKind::Activity, rec.id, rec.updated_at)?
            };
            match decision {
                Decision::Skip => summary.unchanged += 1,
                d => {
                    count(&mut summary, d);
                    tx.write_activity(&Activity {
                        id: rec.id,
                        draft: rec.entry,
                        created_at: rec.created_at,
                        updated_at: rec.updated_at,
                    })?;
                }
            }
        }
        for rec in file.pain {
            let decision = if no_pain {
                Decision::Insert
            } else {
                decide(&tx, EntryKind::Pain, rec.id, rec.updated_at)?
            };
            match decision {
                Decision::Skip => summary.unchanged += 1,
                d => {
                    count(&mut summary, d);
                    let mut draft = rec.entry;
                    if let Some(link) = draft.activity_id.filter(|l| !file_activities.contains(l)) {
                        let exists = tx.live_activity_exists(link)?;
                        if !exists {
                            draft.activity_id = None;
                            summary.links_dropped += 1;
                        }
                    }
                    tx.write_pain(&PainEntry {
                        id: rec.id,
                        draft,
                        created_at: rec.created_at,
                        updated_at: rec.updated_at,
                    })?;
                }
            }
        }
        for rec in file.check_ins {
            // One check-in a day: a different check-in already on that day wins if newer.
            let same_day = tx.other_check_in_on(&date_text(rec.entry.date), rec.id)?;
            if let Some((other_id, other_updated)) = same_day {
                if other_updated >= utc_text(&rec.updated_at) {
                    summary.unchanged += 1;
                    continue;
                }
                tx.delete_check_in(&other_id)?;
            }
            match decide(&tx, EntryKind::CheckIn, rec.id, rec.updated_at)? {
                Decision::Skip => summary.unchanged += 1,
                d => {
                    count(&mut summary, d);
                    tx.write_check_in(&CheckIn {
                        id: rec.id,
                        draft: rec.entry,
                        created_at: rec.created_at,
                        updated_at: rec.updated_at,
                    })?;
                }
            }
        }
        // Alerts are derived from entries by the rules and recomputed there; a backup's
        // alert records are informational and not written back.
        tx.commit()?;
        Ok(summary)
    }

    /// Imports a partner's share into their own read-only journal, labelled `name`.
    pub(crate) fn import_partner(
        &mut self,
        bytes: &[u8],
        name: &str,
        passphrase: Option<&str>,
        now: DateTime<Utc>,
    ) -> CoreResult<ImportSummary> {
        let name = check_partner_name(name)?;
        let file = read::open_export(bytes, passphrase, now)?;
        if file.kind != ExportKind::Partner {
            return Err(refuse(Some("kind"), tr("error-import-is-backup")));
        }
        if self.existing_journal_id()? == Some(file.journal_id) {
            return Err(refuse(
                Some("journal_id"),
                tr("error-import-share-from-self"),
            ));
        }
        self.refuse_unsigned_from_paired(file.journal_id)?;
        self.merge_partner(file, &name, now)
    }

    /// Writes a checked partner document in one transaction.
    pub(crate) fn merge_partner(
        &mut self,
        file: ExportFile,
        name: &str,
        now: DateTime<Utc>,
    ) -> CoreResult<ImportSummary> {
        let tx = self.import_tx()?;
        let summary = merge_partner_tx(&tx, &file, name, now)?;
        tx.commit()?;
        Ok(summary)
    }
}

/// Writes a checked partner document inside the caller's transaction (a signed share
/// records its pairing in the same one).
pub(crate) fn merge_partner_tx(
    tx: &ImportTx,
    file: &ExportFile,
    name: &str,
    now: DateTime<Utc>,
) -> CoreResult<ImportSummary> {
    {
        let existing = tx.partner_from(file.journal_id)?;
        let exported = utc_text(&file.exported_at);
        let partner_id = match existing {
            Some((id, last_exported)) => {
                if exported < last_exported {
                    return Err(refuse(
                        Some("exported_at"),
                        tr_with(
                            "error-share-older",
                            &args([
                                ("exported", exported[..10].to_string().into()),
                                ("imported", last_exported[..10].to_string().into()),
                            ]),
                        ),
                    ));
                }
                tx.update_partner(&id, name, &exported, &utc_text(&now))?;
                id
            }
            None => {
                let id = Uuid::new_v4().to_string();
                tx.insert_partner(&id, name, file.journal_id, &exported, &utc_text(&now))?;
                id
            }
        };
        // What the partner journal holds now, to count updates and find removals.
        let mut before: HashMap<String, (String, String)> = HashMap::new();
        for (id, kind, local_date) in tx.partner_entry_index(&partner_id)? {
            before.insert(id, (kind, local_date));
        }
        let mut summary = ImportSummary {
            partner_id: Uuid::parse_str(&partner_id).ok(),
            partner_name: Some(name.to_string()),
            ..ImportSummary::default()
        };
        let mut seen: HashSet<String> = HashSet::with_capacity(file.entry_count());
        {
            let mut put = |id: String,
                           kind: &str,
                           at_utc: String,
                           local_date: String,
                           activity_kind: Option<&str>,
                           nrs: Option<u8>,
                           body: String,
                           created: &DateTime<Utc>,
                           updated: &DateTime<Utc>|
             -> CoreResult<()> {
                if before.contains_key(&id) {
                    summary.updated += 1;
                } else {
                    summary.added += 1;
                }
                tx.put_partner_entry(
                    &partner_id,
                    &PartnerEntryRow {
                        id: &id,
                        kind,
                        at_utc: &at_utc,
                        local_date: &local_date,
                        activity_kind,
                        nrs,
                        body: &body,
                        created_at: &utc_text(created),
                        updated_at: &utc_text(updated),
                    },
                )?;
                seen.insert(id);
                Ok(())
            };
            for rec in &file.pain {
                let (at_utc, local_date) = instant(&rec.entry.at);
                put(
                    rec.id.to_string(),
                    "pain",
                    at_utc,
                    local_date,
                    None,
                    Some(rec.entry.nrs),
                    pain_body(rec, file.includes.warning_signs)?,
                    &rec.created_at,
                    &rec.updated_at,
                )?;
            }
            for rec in &file.activities {
                let (at_utc, local_date) = instant(&rec.entry.at);
                let kind = crate::store::kind_key(rec.entry.kind);
                put(
                    rec.id.to_string(),
                    "activity",
                    at_utc,
                    local_date,
                    Some(kind),
                    None,
                    body(rec)?,
                    &rec.created_at,
                    &rec.updated_at,
                )?;
            }
            for rec in &file.check_ins {
                let date = date_text(rec.entry.date);
                put(
                    rec.id.to_string(),
                    "check_in",
                    format!("{date}T12:00:00.000Z"),
                    date,
                    None,
                    None,
                    body(rec)?,
                    &rec.created_at,
                    &rec.updated_at,
                )?;
            }
            for rec in &file.alerts {
                let at = utc_text(&rec.last_raised_at);
                let date = date_text(rec.last_raised_at.date_naive());
                let text =
                    serde_json::to_string(rec).map_err(|e| CoreError::Storage(e.to_string()))?;
                put(
                    format!("alert:{}", rec.rule_id),
                    "alert",
                    at,
                    date,
                    None,
                    None,
                    text,
                    &rec.first_raised_at,
                    &rec.last_raised_at,
                )?;
            }
        }
        // Experiments are replaced as a set by each share (none when not shared).
        let experiments = file
            .experiments
            .iter()
            .map(|e| {
                let body =
                    serde_json::to_string(e).map_err(|err| CoreError::Storage(err.to_string()))?;
                Ok((e.id.to_string(), e.change.as_str(), body))
            })
            .collect::<CoreResult<Vec<_>>>()?;
        tx.replace_partner_experiments(&partner_id, &experiments)?;
        summary.experiments = experiments.len();
        if !file.includes.warning_signs {
            // The partner no longer shares warning signs: forget the ones an older share
            // brought too, so what is kept matches their latest choice.
            tx.strip_partner_warning_signs(&partner_id)?;
        }
        // Entries the newer file no longer has, within what it covers, were deleted (or
        // made private) by the partner: remove them here too.
        let covered = |kind: &str| match kind {
            "pain" => file.includes.pain,
            "activity" => file.includes.activities,
            "check_in" => file.includes.check_ins,
            "alert" => file.includes.alerts,
            _ => false,
        };
        for (id, (kind, local_date)) in &before {
            if seen.contains(id) || !covered(kind) {
                continue;
            }
            let in_range = chrono::NaiveDate::parse_from_str(local_date, "%Y-%m-%d")
                .map(|d| file.range.contains(d))
                .unwrap_or(true);
            if in_range {
                tx.delete_partner_entry(&partner_id, id)?;
                summary.removed += 1;
            }
        }
        Ok(summary)
    }
}

enum Decision {
    Insert,
    Replace,
    Skip,
}

fn count(summary: &mut ImportSummary, d: Decision) {
    match d {
        Decision::Insert => summary.added += 1,
        Decision::Replace => summary.updated += 1,
        Decision::Skip => summary.unchanged += 1,
    }
}

/// A backup entry replaces the journal's copy only if it is newer; the same version is
/// left alone (so re-importing a file changes nothing, and keeps deletions made since).
fn decide(
    tx: &ImportTx,
    kind: EntryKind,
    id: Uuid,
    incoming: DateTime<Utc>,
) -> CoreResult<Decision> {
    let existing = tx.updated_at(kind, id)?;
    Ok(match existing {
        None => Decision::Insert,
        Some(t) if t >= utc_text(&incoming) => Decision::Skip,
        Some(_) => Decision::Replace,
    })
}

fn instant(at: &chrono::DateTime<chrono::FixedOffset>) -> (String, String) {
    (
        utc_text(&at.with_timezone(&Utc)),
        at.date_naive().format("%Y-%m-%d").to_string(),
    )
}

fn body<T: Serialize>(rec: &Record<T>) -> CoreResult<String> {
    serde_json::to_string(rec).map_err(|e| CoreError::Storage(e.to_string()))
}

/// A partner's pain entry as stored: without `leg` and `emergency` when the share left
/// them out, so the partner view can tell "not shared" from "no".
fn pain_body(rec: &Record<PainDraft>, warning_signs: bool) -> CoreResult<String> {
    if warning_signs {
        return body(rec);
    }
    let mut value = serde_json::to_value(rec).map_err(|e| CoreError::Storage(e.to_string()))?;
    if let Some(entry) = value.get_mut("entry").and_then(|e| e.as_object_mut()) {
        entry.remove("leg");
        entry.remove("emergency");
    }
    Ok(value.to_string())
}
