//! Writing an export: the chosen date range and kinds of entry, with warning-sign answers
//! and leg symptoms, private notes and intimacy details removed unless asked for. Partner shares are always encrypted with a
//! passphrase; a backup is plain JSON for the user's own use unless they give one.

use super::crypto;
use super::format::*;
use crate::domain::*;
use crate::error::{CoreError, CoreResult};
use crate::i18n::{args, tr, tr_with};
use crate::store::Journal;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// Setting key of the journal's random id (created on first export).
pub const JOURNAL_ID_KEY: &str = "journal_id";

/// What the user asks to export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ExportRequest {
    pub kind: ExportKind,
    #[serde(default)]
    pub range: DateRange,
    /// `None` means the default for the kind (see `Includes::for_kind`).
    #[serde(default)]
    pub includes: Option<Includes>,
}

/// What was written, for the confirmation message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExportSummary {
    pub kind: ExportKind,
    pub encrypted: bool,
    pub pain: usize,
    pub activities: usize,
    pub check_ins: usize,
    pub alerts: usize,
    pub bytes: usize,
}

impl Journal {
    /// This journal's random id, created (and stored) on first use.
    pub(crate) fn journal_id(&mut self) -> CoreResult<Uuid> {
        if let Some(text) = self.setting(JOURNAL_ID_KEY)? {
            if let Ok(id) = Uuid::parse_str(&text) {
                return Ok(id);
            }
        }
        let id = Uuid::new_v4();
        self.set_setting(JOURNAL_ID_KEY, &id.to_string())?;
        Ok(id)
    }

    /// The journal id if one was ever created; never writes.
    pub(crate) fn existing_journal_id(&self) -> CoreResult<Option<Uuid>> {
        Ok(self
            .setting(JOURNAL_ID_KEY)?
            .and_then(|t| Uuid::parse_str(&t).ok()))
    }

    /// Builds the export document for `request` (not yet serialised or encrypted), each
    /// alert's detail written out as text, so any reader (an older version too) shows it:
    /// in the language in use for a partner, who reads it; in English for a backup, a file
    /// a script may read (like the CSV's headers), so the same journal exports the same bytes.
    pub(crate) fn export_document(
        &mut self,
        request: &ExportRequest,
        now: DateTime<Utc>,
    ) -> CoreResult<ExportFile> {
        let mut doc = self.export_document_stored(request, now)?;
        let locale = match request.kind {
            ExportKind::Partner => crate::i18n::current(),
            ExportKind::Backup => crate::i18n::Locale::En,
        };
        super::alerts::write_details(&mut doc.alerts, locale);
        Ok(doc)
    }

    /// [`Journal::export_document`] with each alert's detail as the journal stores it, for
    /// a reader that writes it in a language of its own (`rules::render_stored`).
    pub(crate) fn export_document_stored(
        &mut self,
        request: &ExportRequest,
        now: DateTime<Utc>,
    ) -> CoreResult<ExportFile> {
        let journal_id = self.journal_id()?;
        let inc = request
            .includes
            .unwrap_or_else(|| Includes::for_kind(request.kind));
        if let (Some(from), Some(to)) = (request.range.from, request.range.to) {
            if from > to {
                return Err(CoreError::validation("range", tr("error-range-reversed")));
            }
        }
        let profile = self.profile()?;
        let (from, to) = request.range.sql_bounds();
        let mut pain: Vec<Record<PainDraft>> = Vec::new();
        if inc.pain {
            pain = read_records(self, EntryKind::Pain, &from, &to)?;
            for rec in &mut pain {
                if !inc.notes {
                    rec.entry.notes.clear();
                }
                if !inc.intimacy_details {
                    rec.entry.interference_intimacy = None;
                }
            }
        }
        let mut activities: Vec<Record<ActivityDraft>> = Vec::new();
        if inc.activities {
            activities = read_records(self, EntryKind::Activity, &from, &to)?;
            for rec in &mut activities {
                if !inc.notes {
                    rec.entry.notes.clear();
                    // A medicine's name and dose are as private as a note.
                    if let Some(relief) = &mut rec.entry.relief {
                        relief.medicine.clear();
                        relief.dose.clear();
                    }
                }
                if !inc.intimacy_details {
                    rec.entry.intimacy = None;
                }
            }
        }
        let mut check_ins: Vec<Record<CheckInDraft>> = Vec::new();
        if inc.check_ins {
            check_ins = read_records(self, EntryKind::CheckIn, &from, &to)?;
            if !inc.notes {
                for rec in &mut check_ins {
                    rec.entry.notes.clear();
                }
            }
        }
        let alerts = if inc.alerts {
            super::alerts::read_alerts(self, &request.range)?
        } else {
            Vec::new()
        };
        // Experiments go to a partner only (a backup cannot restore them: it would need
        // each day's "followed" answer, which a share does not carry).
        let share_experiments = inc.experiments && request.kind == ExportKind::Partner;
        let experiments = if share_experiments {
            let words = crate::experiments::ChangeWords {
                position_name: inc.intimacy_details,
                own_words: inc.notes,
            };
            let range = (request.range.from, request.range.to);
            self.shared_experiments(range, words, now.date_naive())?
        } else {
            Vec::new()
        };
        let includes = Includes {
            alerts: inc.alerts && self.alert_table_readable()?,
            experiments: share_experiments,
            ..inc
        };
        let mut doc = ExportFile {
            format: FORMAT_NAME.into(),
            version: FORMAT_VERSION,
            kind: request.kind,
            exported_at: now,
            app_version: env!("CARGO_PKG_VERSION").into(),
            journal_id,
            display_name: profile.display_name.clone(),
            range: request.range,
            includes,
            profile: (request.kind == ExportKind::Backup).then_some(profile),
            pain,
            activities,
            check_ins,
            alerts,
            experiments,
        };
        doc.withhold_unshared();
        Ok(doc)
    }

    /// Exports to bytes: encrypted with `passphrase` (required for a partner share), plain
    /// compact JSON otherwise. `log_n` is the scrypt work factor (`crypto::WORK_FACTOR`).
    pub(crate) fn export_bytes(
        &mut self,
        request: &ExportRequest,
        passphrase: Option<&str>,
        log_n: u8,
        now: DateTime<Utc>,
    ) -> CoreResult<(Vec<u8>, ExportSummary)> {
        let passphrase = passphrase.filter(|p| !p.is_empty());
        if request.kind == ExportKind::Partner && passphrase.is_none() {
            return Err(CoreError::validation(
                "passphrase",
                tr("error-share-needs-passphrase"),
            ));
        }
        if self.is_encrypted() && passphrase.is_none() {
            // A plain copy would undo encryption at rest.
            return Err(CoreError::validation(
                "passphrase",
                tr("error-backup-needs-passphrase"),
            ));
        }
        if let Some(p) = passphrase {
            crypto::check_new_passphrase(p)?;
        }
        let doc = self.export_document(request, now)?;
        let json = doc.to_json().map_err(|e| {
            CoreError::Storage(tr_with(
                "error-export-not-written",
                &args([("detail", e.to_string().into())]),
            ))
        })?;
        let bytes = match passphrase {
            Some(p) => crypto::encrypt(&json, p, log_n)?,
            None => json,
        };
        let summary = ExportSummary {
            kind: doc.kind,
            encrypted: passphrase.is_some(),
            pain: doc.pain.len(),
            activities: doc.activities.len(),
            check_ins: doc.check_ins.len(),
            alerts: doc.alerts.len(),
            bytes: bytes.len(),
        };
        Ok((bytes, summary))
    }
}

/// Every live entry of `kind` in the local-date range, oldest first, as records.
fn read_records<T: serde::de::DeserializeOwned>(
    journal: &Journal,
    kind: EntryKind,
    from: &str,
    to: &str,
) -> CoreResult<Vec<Record<T>>> {
    let mut out = Vec::new();
    for row in journal.live_rows(kind, from, to)? {
        out.push(Record {
            id: Uuid::parse_str(&row.id)
                .map_err(|_| CoreError::Storage(tr("error-stored-id-malformed")))?,
            entry: serde_json::from_str(&row.body)
                .map_err(|_| CoreError::Storage(tr("error-stored-entry-malformed")))?,
            created_at: parse_utc(&row.created_at)?,
            updated_at: parse_utc(&row.updated_at)?,
        });
    }
    Ok(out)
}

pub(crate) fn parse_utc(text: &str) -> CoreResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| CoreError::Storage(tr("error-stored-timestamp-malformed")))
}
