//! The Backstory export file, version 5 (and versions 1 to 4, read and converted), as it is
//! written and read. Every struct denies
//! unknown fields, so a field this version does not know is an error naming it rather than
//! data silently dropped. Entries travel with their UUIDs and timestamps, so importing the
//! same file twice (or a newer one) updates instead of duplicating.
//!
//! Documented for people in docs/export-format.md and for machines in
//! docs/export-format.schema.json. A new version gets a new struct and a conversion here;
//! golden files of every version stay in tests/data and must keep importing.

use crate::domain::{ActivityDraft, CheckInDraft, EmergencySigns, LegSymptoms, PainDraft, Profile};
use crate::i18n::tr;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// The value of the `format` field: anything else is not a Backstory export.
pub const FORMAT_NAME: &str = "backstory-export";
/// The newest format version this build writes and reads. Version 2 added
/// `includes.warning_signs`: without it a pain entry travels without its warning-sign
/// answers and leg symptoms (the keys are absent: unknown, not "no"). Version 3 added the
/// `pain_relief` activity kind and its `relief` details (what was done, medicine name and
/// dose, how much it helped); a version 2 file has the same shape without them. Version 4
/// gave each region of a pain entry its own score and qualities (the body map) and added
/// `includes.region_details`; older files' plain region lists are converted on reading
/// (`upgrade_regions`: each region's score is the entry's NRS). Version 5 added
/// `includes.experiments` and the `experiments` list (each n-of-1 experiment's plan, arm
/// outcomes and verdict); a version 4 file has the same shape without them.
pub const FORMAT_VERSION: u32 = 5;
/// The newest version without experiments: its files parse as the current struct.
pub const FORMAT_VERSION_NO_EXPERIMENTS: u32 = 4;
/// The newest version whose pain regions are plain ids.
pub const FORMAT_VERSION_PLAIN_REGIONS: u32 = 3;
/// The version whose files parse as the current struct and only need their number raised.
pub const FORMAT_VERSION_SAME_SHAPE: u32 = 2;

/// Who a file is for. A partner share is read-only on the other side; a backup is the
/// user's own data and merges back into their own journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ExportKind {
    Partner,
    Backup,
}

/// What an export contains. Every private part is off by default for a partner share
/// (warning signs, intimacy details, notes, alerts); everything is on for the user's own
/// backup. docs/export-format.md lists every field and whether a default share holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Includes {
    pub pain: bool,
    pub activities: bool,
    /// The warning-sign answers of pain entries (saddle numbness, bladder or bowel change,
    /// change in sexual function, fever, worsening leg weakness, night pain, a lump), their
    /// leg symptoms (numbness, tingling, weakness; one leg or both) and what alerts
    /// measured. Without it those keys are left out of the file: unknown, not "no".
    pub warning_signs: bool,
    /// Positions, role, props, warm-up and pain-before of intimacy activities, and the
    /// "interference with intimacy" score of pain entries.
    pub intimacy_details: bool,
    /// Free-text notes of every entry.
    pub notes: bool,
    pub check_ins: bool,
    /// Red-flag alerts, when the journal has them.
    pub alerts: bool,
    /// Each body-map region's own score and qualities. Without it the regions travel
    /// as places only (their scores and qualities "not given"), as before the map.
    pub region_details: bool,
    /// Version 5: each n-of-1 experiment (what was tried, its schedule, each arm's
    /// outcomes, the verdict). Absent before version 5 (nothing to share then).
    #[serde(default)]
    pub experiments: bool,
}

impl Includes {
    pub fn partner_default() -> Self {
        Includes {
            pain: true,
            activities: true,
            warning_signs: false,
            intimacy_details: false,
            notes: false,
            check_ins: true,
            alerts: false,
            region_details: false,
            experiments: false,
        }
    }

    pub fn everything() -> Self {
        Includes {
            pain: true,
            activities: true,
            warning_signs: true,
            intimacy_details: true,
            notes: true,
            check_ins: true,
            alerts: true,
            region_details: true,
            experiments: true,
        }
    }

    pub fn for_kind(kind: ExportKind) -> Self {
        match kind {
            ExportKind::Partner => Includes::partner_default(),
            ExportKind::Backup => Includes::everything(),
        }
    }
}

/// `includes` as version 1 wrote it (no `warning_signs`: version 1 always carried them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncludesV1 {
    pub pain: bool,
    pub activities: bool,
    pub intimacy_details: bool,
    pub notes: bool,
    pub check_ins: bool,
    pub alerts: bool,
    /// Not in version 1 (`upgrade_regions` adds it; absent reads as true too: the
    /// converted scores are known).
    #[serde(default = "known")]
    pub region_details: bool,
}

fn known() -> bool {
    true
}

/// Inclusive local-date range; `None` on either side means open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct DateRange {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl DateRange {
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| date >= f) && self.to.is_none_or(|t| date <= t)
    }

    /// The bounds as SQL-comparable text (`0000-01-01` / `9999-12-31` when open).
    pub fn sql_bounds(&self) -> (String, String) {
        (
            self.from
                .map(crate::store::date_text)
                .unwrap_or_else(|| "0000-01-01".into()),
            self.to
                .map(crate::store::date_text)
                .unwrap_or_else(|| "9999-12-31".into()),
        )
    }
}

/// One entry as it travels: identity and timestamps beside the entry's own fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record<T> {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub entry: T,
}

/// A red-flag alert as it travels (one per rule that has fired). Alerts are derived from
/// entries by the rules, so on import they are shown (partner) but never re-evaluated from
/// this record, and a backup's alerts are not written back (the rules recompute them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlertRecord {
    pub rule_id: String,
    pub tier: String,
    /// What was measured, in words (never the user's notes).
    #[serde(default)]
    pub detail: String,
    pub first_raised_at: DateTime<Utc>,
    pub last_raised_at: DateTime<Utc>,
    #[serde(default)]
    pub acknowledged_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub resolved_at: Option<DateTime<Utc>>,
}

/// A whole export file, format version 5 (the one this build writes; version 2 to 4 files
/// read into it too once their regions are converted, see [`upgrade_regions`] and
/// [`ExportFileV3::upgrade_v2`]). The struct keeps its name: its shape is the newest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportFileV3 {
    /// Always `backstory-export`.
    pub format: String,
    /// 5 for a file this build writes.
    pub version: u32,
    pub kind: ExportKind,
    pub exported_at: DateTime<Utc>,
    /// The Backstory version that wrote the file (information only).
    pub app_version: String,
    /// Random id of the journal that wrote the file: a partner's re-export is recognised
    /// by it, and a file from one's own journal is never imported as a partner's.
    pub journal_id: Uuid,
    /// The name the exporter goes by, offered as the default partner label.
    #[serde(default)]
    pub display_name: String,
    #[serde(default)]
    pub range: DateRange,
    pub includes: Includes,
    /// Only in backups.
    #[serde(default)]
    pub profile: Option<Profile>,
    #[serde(default)]
    pub pain: Vec<Record<PainDraft>>,
    #[serde(default)]
    pub activities: Vec<Record<ActivityDraft>>,
    #[serde(default)]
    pub check_ins: Vec<Record<CheckInDraft>>,
    #[serde(default)]
    pub alerts: Vec<AlertRecord>,
    /// Version 5, with `includes.experiments`: every experiment that overlaps the range.
    #[serde(default)]
    pub experiments: Vec<crate::experiments::SharedExperiment>,
}

/// The current file version under a name that does not change with it.
pub type ExportFile = ExportFileV3;

impl ExportFileV3 {
    /// A version 2 file, already parsed: the same shape, but it cannot hold a pain-relief
    /// entry (version 2 did not have them), so one there is refused rather than accepted.
    pub fn upgrade_v2(mut self) -> Result<Self, (String, String)> {
        if let Some(i) = self
            .activities
            .iter()
            .position(|r| r.entry.kind == crate::domain::ActivityKind::PainRelief)
        {
            return Err((
                format!("activities[{i}].entry.kind"),
                tr("error-relief-needs-v3"),
            ));
        }
        self.version = FORMAT_VERSION;
        Ok(self)
    }

    /// A version 4 file, already parsed: the same shape, but it cannot hold experiments.
    pub fn upgrade_v4(mut self) -> Result<Self, (String, String)> {
        if self.includes.experiments || !self.experiments.is_empty() {
            return Err(("experiments".into(), tr("error-experiments-need-v5")));
        }
        self.version = FORMAT_VERSION;
        Ok(self)
    }

    pub fn entry_count(&self) -> usize {
        self.pain.len() + self.activities.len() + self.check_ins.len() + self.alerts.len()
    }

    /// Forgets what `includes` says was not shared: warning-sign answers, leg symptoms and
    /// alert evidence become "not given" (a reader that finds them anyway ignores them),
    /// and so do the regions' own scores and qualities.
    pub fn withhold_unshared(&mut self) {
        if !self.includes.experiments {
            self.experiments.clear();
        }
        if !self.includes.region_details {
            for rec in &mut self.pain {
                for marked in &mut rec.entry.regions {
                    *marked = marked.region.into();
                }
            }
        }
        if !self.includes.warning_signs {
            for rec in &mut self.pain {
                rec.entry.leg = Default::default();
                rec.entry.emergency = Default::default();
            }
            for alert in &mut self.alerts {
                alert.detail.clear();
            }
        }
    }

    /// The file's JSON (compact: pretty-printing a large export adds about half again to
    /// its size). Without warning signs, each pain entry's `leg` and `emergency` keys are
    /// left out rather than written as "no", so the reader knows they are unknown.
    pub fn to_json(&self) -> serde_json::Result<Vec<u8>> {
        let json = serde_json::to_string(self)?;
        if self.includes.warning_signs {
            return Ok(json.into_bytes());
        }
        // `withhold_unshared` reset both to their defaults, which serialize to the same
        // text in every entry. That text is only ever structure (inside a JSON string its
        // quotes would be escaped), so cutting it out removes exactly those keys, without
        // a second pass through a JSON value (100k entries: about a third of a second).
        let leg = format!(
            ",\"leg\":{}",
            serde_json::to_string(&LegSymptoms::default())?
        );
        let emergency = format!(
            ",\"emergency\":{}",
            serde_json::to_string(&EmergencySigns::default())?
        );
        let cut = json.replace(&leg, "").replace(&emergency, "");
        if !cut.contains("\"leg\":") && !cut.contains("\"emergency\":") {
            return Ok(cut.into_bytes());
        }
        // Something was not at its default (the caller skipped `withhold_unshared`):
        // remove the keys the slow, certain way.
        let mut value = serde_json::to_value(self)?;
        if let Some(pain) = value.get_mut("pain").and_then(|p| p.as_array_mut()) {
            for rec in pain {
                if let Some(entry) = rec.get_mut("entry").and_then(|e| e.as_object_mut()) {
                    entry.remove("leg");
                    entry.remove("emergency");
                }
            }
        }
        serde_json::to_vec(&value)
    }
}

/// A whole export file, format version 1 (read, then converted to the current version).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportFileV1 {
    pub format: String,
    pub version: u32,
    pub kind: ExportKind,
    pub exported_at: DateTime<Utc>,
    pub app_version: String,
    pub journal_id: Uuid,
    #[serde(default)]
    pub display_name: String,
    #[serde(default)]
    pub range: DateRange,
    pub includes: IncludesV1,
    #[serde(default)]
    pub profile: Option<Profile>,
    #[serde(default)]
    pub pain: Vec<Record<PainDraft>>,
    #[serde(default)]
    pub activities: Vec<Record<ActivityDraft>>,
    #[serde(default)]
    pub check_ins: Vec<Record<CheckInDraft>>,
    #[serde(default)]
    pub alerts: Vec<AlertRecord>,
}

impl From<ExportFileV1> for ExportFileV3 {
    /// Version 1 wrote every pain entry's warning-sign answers and leg symptoms, so they
    /// are known (`warning_signs: true`) in a converted file.
    fn from(v1: ExportFileV1) -> Self {
        let i = v1.includes;
        ExportFileV3 {
            format: v1.format,
            version: FORMAT_VERSION,
            kind: v1.kind,
            exported_at: v1.exported_at,
            app_version: v1.app_version,
            journal_id: v1.journal_id,
            display_name: v1.display_name,
            range: v1.range,
            includes: Includes {
                pain: i.pain,
                activities: i.activities,
                warning_signs: true,
                intimacy_details: i.intimacy_details,
                notes: i.notes,
                check_ins: i.check_ins,
                alerts: i.alerts,
                region_details: i.region_details,
                experiments: false,
            },
            profile: v1.profile,
            pain: v1.pain,
            activities: v1.activities,
            check_ins: v1.check_ins,
            alerts: v1.alerts,
            experiments: Vec::new(),
        }
    }
}

/// A file before version 4, as JSON: each pain entry's plain region ids become regions
/// scored with the entry's NRS (the one score the entry had; qualities unknown), and
/// `includes.region_details` is added (true: those scores are known). Anything not in the
/// old shape is left as it is, for the typed parse to name.
pub fn upgrade_regions(file: &mut serde_json::Value) {
    if let Some(includes) = file.get_mut("includes").and_then(|i| i.as_object_mut()) {
        includes
            .entry("region_details")
            .or_insert(serde_json::Value::Bool(true));
    }
    let Some(pain) = file.get_mut("pain").and_then(|p| p.as_array_mut()) else {
        return;
    };
    for rec in pain {
        let Some(entry) = rec.get_mut("entry").and_then(|e| e.as_object_mut()) else {
            continue;
        };
        let nrs = entry.get("nrs").cloned().unwrap_or(serde_json::Value::Null);
        let Some(regions) = entry.get_mut("regions").and_then(|r| r.as_array_mut()) else {
            continue;
        };
        for region in regions {
            if region.is_string() {
                *region =
                    serde_json::json!({ "region": region.take(), "score": nrs, "qualities": [] });
            }
        }
    }
}

/// The first fields of any version, read before the full parse so a future version or a
/// foreign file is named as such instead of failing on its first unknown field.
#[derive(Debug, Deserialize)]
pub(crate) struct HeaderProbe {
    #[serde(default)]
    pub format: Option<String>,
    #[serde(default)]
    pub version: Option<serde_json::Value>,
    #[serde(default)]
    pub kind: Option<serde_json::Value>,
}
