//! The `alert` and `alert_event` tables: the red-flag rules' record of what was raised,
//! acknowledged and resolved, and the journal slice the rules read. The rules decide what
//! the rows mean; this file only reads and writes them.

use super::Journal;
use crate::domain::EntryKind;
use crate::error::CoreResult;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use uuid::Uuid;

/// Columns an export needs from the alert table (an older journal may lack some).
const NEEDED: &[&str] = &[
    "rule_id",
    "tier",
    "detail",
    "first_raised_at",
    "last_raised_at",
    "acknowledged_at",
    "resolved_at",
];

/// The alert columns an export reads, in order: rule id, tier, detail, first raised,
/// last raised, acknowledged, resolved (any may be NULL).
pub(crate) type AlertExportRow = [Option<String>; 7];

impl Journal {
    /// True when the journal has an alert table with every column an export reads.
    pub(crate) fn alert_table_readable(&self) -> CoreResult<bool> {
        let mut stmt = self
            .conn
            .prepare("SELECT name FROM pragma_table_info('alert')")?;
        let cols = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(NEEDED.iter().all(|n| cols.iter().any(|c| c == n)))
    }

    /// Every alert row as export text, oldest first; empty when the table cannot be read.
    pub(crate) fn alert_rows_for_export(&self) -> CoreResult<Vec<AlertExportRow>> {
        if !self.alert_table_readable()? {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare(
            "SELECT rule_id, tier, detail, first_raised_at, last_raised_at, acknowledged_at, resolved_at
             FROM alert ORDER BY first_raised_at, rule_id",
        )?;
        let rows = stmt.query_map([], |row| {
            let text = |i: usize| row.get::<_, Option<String>>(i).ok().flatten();
            Ok([
                text(0),
                text(1),
                text(2),
                text(3),
                text(4),
                text(5),
                text(6),
            ])
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }
}

/// The columns of an [`AlertRow`], in order.
const ALERT_COLUMNS: &str = "rule_id, evidence, severity, detail, first_raised_at, last_raised_at, raise_count, acknowledged_at, resolved_at, resolution, last_seen_at";

/// One alert as stored: text as written (the rules parse rule ids, evidence, resolutions).
#[derive(Debug, Clone)]
pub(crate) struct AlertRow {
    pub rule_id: String,
    /// JSON list of evidence references.
    pub evidence: String,
    pub severity: i64,
    pub detail: String,
    pub first_raised_at: String,
    pub last_raised_at: String,
    pub raise_count: u32,
    pub acknowledged_at: Option<String>,
    pub resolved_at: Option<String>,
    pub resolution: Option<String>,
    pub last_seen_at: String,
}

fn read_alert_row(row: &rusqlite::Row) -> rusqlite::Result<AlertRow> {
    Ok(AlertRow {
        rule_id: row.get(0)?,
        evidence: row.get(1)?,
        severity: row.get(2)?,
        detail: row.get(3)?,
        first_raised_at: row.get(4)?,
        last_raised_at: row.get(5)?,
        raise_count: row.get(6)?,
        acknowledged_at: row.get(7)?,
        resolved_at: row.get(8)?,
        resolution: row.get(9)?,
        last_seen_at: row.get(10)?,
    })
}

fn alert_rows(conn: &Connection) -> CoreResult<Vec<AlertRow>> {
    let mut stmt = conn.prepare(&format!("SELECT {ALERT_COLUMNS} FROM alert"))?;
    let rows = stmt.query_map([], read_alert_row)?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

fn alert_row(conn: &Connection, rule_id: &str) -> CoreResult<Option<AlertRow>> {
    Ok(conn
        .query_row(
            &format!("SELECT {ALERT_COLUMNS} FROM alert WHERE rule_id = ?1"),
            [rule_id],
            read_alert_row,
        )
        .optional()?)
}

/// What the red-flag rules read, as stored: the recent pain entries and activities as
/// (id, body, created_at, updated_at), the profile's (body, updated_at), and per-day rows
/// from the day summary.
pub(crate) struct RuleInputRows {
    pub pain: Vec<[String; 4]>,
    pub activities: Vec<[String; 4]>,
    pub profile: Option<(String, String)>,
    /// (local date, pain entries, worst pain, records of any kind) per summarised day.
    pub days: Vec<(String, i64, i64, i64)>,
    /// The first local date with anything logged.
    pub first_logged: Option<String>,
}

/// Where each part of [`RuleInputRows`] starts (UTC instants and a local date, SQL text).
pub(crate) struct RuleInputSince<'a> {
    pub pain: &'a str,
    pub activities: &'a str,
    pub days: &'a str,
}

fn entry_rows(conn: &Connection, sql: &str, since: &str) -> CoreResult<Vec<[String; 4]>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([since], |r| {
        Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?])
    })?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

fn rule_input_rows(conn: &Connection, since: &RuleInputSince) -> CoreResult<RuleInputRows> {
    let pain = entry_rows(
        conn,
        "SELECT id, body, created_at, updated_at FROM pain_entry
         WHERE deleted_at IS NULL AND at_utc >= ?1",
        since.pain,
    )?;
    let activities = entry_rows(
        conn,
        "SELECT id, body, created_at, updated_at FROM activity
         WHERE deleted_at IS NULL AND at_utc >= ?1",
        since.activities,
    )?;
    let profile = conn
        .query_row(
            "SELECT body, updated_at FROM profile WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let mut stmt = conn.prepare(
        "SELECT local_date, pain_entries, pain_max,
                pain_entries + intimacy + stretching + core + other_activities + has_check_in
         FROM day_summary WHERE local_date >= ?1",
    )?;
    let days = stmt
        .query_map([since.days], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    // In key order, so the scan stops at the first day with anything logged.
    let first_logged = conn
        .query_row(
            "SELECT local_date FROM day_summary
             WHERE pain_entries + intimacy + stretching + core + other_activities + has_check_in > 0
             ORDER BY local_date LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(RuleInputRows {
        pain,
        activities,
        profile,
        days,
        first_logged,
    })
}

/// When a live entry was last updated (None: deleted or missing).
fn live_entry_updated_at(
    conn: &Connection,
    kind: EntryKind,
    id: Uuid,
) -> CoreResult<Option<String>> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT updated_at FROM {} WHERE id = ?1 AND deleted_at IS NULL",
                kind.table()
            ),
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?)
}

/// An alert's new or changed state, as the rules decided it (text as stored).
pub(crate) struct AlertWrite<'a> {
    pub rule_id: &'a str,
    pub tier: &'a str,
    /// JSON list of evidence references.
    pub evidence: &'a str,
    pub severity: i64,
    pub detail: &'a str,
    pub at: &'a str,
}

/// The alert record's changes of one refresh or acknowledgement, in one transaction:
/// nothing is saved unless `commit` runs.
pub(crate) struct AlertTx<'j> {
    tx: Transaction<'j>,
}

impl AlertTx<'_> {
    pub(crate) fn rule_inputs(&self, since: &RuleInputSince) -> CoreResult<RuleInputRows> {
        rule_input_rows(&self.tx, since)
    }

    pub(crate) fn rows(&self) -> CoreResult<Vec<AlertRow>> {
        alert_rows(&self.tx)
    }

    pub(crate) fn row(&self, rule_id: &str) -> CoreResult<Option<AlertRow>> {
        alert_row(&self.tx, rule_id)
    }

    pub(crate) fn live_entry_updated_at(
        &self,
        kind: EntryKind,
        id: Uuid,
    ) -> CoreResult<Option<String>> {
        live_entry_updated_at(&self.tx, kind, id)
    }

    /// A rule fires for the first time.
    pub(crate) fn insert_raised(&self, w: &AlertWrite) -> CoreResult<()> {
        self.tx.execute(
            &format!(
                "INSERT INTO alert (tier, {ALERT_COLUMNS})
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, 1, NULL, NULL, NULL, ?6)"
            ),
            params![w.tier, w.rule_id, w.evidence, w.severity, w.detail, w.at],
        )?;
        Ok(())
    }

    /// New or worse evidence: raised again, the acknowledgement cleared.
    pub(crate) fn re_raise(&self, w: &AlertWrite) -> CoreResult<()> {
        self.tx.execute(
            "UPDATE alert SET tier = ?2, evidence = ?3, severity = ?4, detail = ?5,
                 last_raised_at = ?6, raise_count = raise_count + 1,
                 acknowledged_at = NULL, resolved_at = NULL, resolution = NULL,
                 last_seen_at = ?6
             WHERE rule_id = ?1",
            params![w.rule_id, w.tier, w.evidence, w.severity, w.detail, w.at],
        )?;
        Ok(())
    }

    /// Same episode, not worse: follow the evidence quietly, keep the peak severity.
    pub(crate) fn follow(&self, w: &AlertWrite) -> CoreResult<()> {
        self.tx.execute(
            "UPDATE alert SET evidence = ?2, severity = max(severity, ?3), detail = ?4,
                 resolved_at = NULL, resolution = NULL, last_seen_at = ?5
             WHERE rule_id = ?1",
            params![w.rule_id, w.evidence, w.severity, w.detail, w.at],
        )?;
        Ok(())
    }

    pub(crate) fn resolve(&self, rule_id: &str, at: &str, resolution: &str) -> CoreResult<()> {
        self.tx.execute(
            "UPDATE alert SET resolved_at = ?2, resolution = ?3 WHERE rule_id = ?1",
            params![rule_id, at, resolution],
        )?;
        Ok(())
    }

    pub(crate) fn acknowledge(&self, rule_id: &str, at: &str) -> CoreResult<()> {
        self.tx.execute(
            "UPDATE alert SET acknowledged_at = ?2 WHERE rule_id = ?1",
            params![rule_id, at],
        )?;
        Ok(())
    }

    /// Appends to the alert history.
    pub(crate) fn record_event(
        &self,
        rule_id: &str,
        at: &str,
        kind: &str,
        evidence: &str,
        detail: &str,
    ) -> CoreResult<()> {
        self.tx.execute(
            "INSERT INTO alert_event (rule_id, at, kind, evidence, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![rule_id, at, kind, evidence, detail],
        )?;
        Ok(())
    }

    pub(crate) fn commit(self) -> CoreResult<()> {
        self.tx.commit()?;
        Ok(())
    }
}

impl Journal {
    pub(crate) fn rule_inputs(&self, since: &RuleInputSince) -> CoreResult<RuleInputRows> {
        rule_input_rows(&self.conn, since)
    }

    pub(crate) fn alert_rows(&self) -> CoreResult<Vec<AlertRow>> {
        alert_rows(&self.conn)
    }

    pub(crate) fn alert_row(&self, rule_id: &str) -> CoreResult<Option<AlertRow>> {
        alert_row(&self.conn, rule_id)
    }

    /// Alert history rows (rule id, at, kind, evidence, detail), oldest first, for one rule
    /// or all.
    pub(crate) fn alert_event_rows(&self, rule_id: Option<&str>) -> CoreResult<Vec<[String; 5]>> {
        let mut stmt = self.conn.prepare(
            "SELECT rule_id, at, kind, evidence, detail FROM alert_event
             WHERE ?1 IS NULL OR rule_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([rule_id], |r| {
            Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?])
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// An entry's body and deletion time, live or deleted (None: never existed).
    pub(crate) fn entry_body_any(
        &self,
        kind: EntryKind,
        id: Uuid,
    ) -> CoreResult<Option<(String, Option<String>)>> {
        Ok(self
            .conn
            .query_row(
                &format!(
                    "SELECT body, deleted_at FROM {} WHERE id = ?1",
                    kind.table()
                ),
                [id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// Starts an [`AlertTx`].
    pub(crate) fn alert_tx(&mut self) -> CoreResult<AlertTx<'_>> {
        Ok(AlertTx {
            tx: self.conn.transaction()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{EmergencySigns, LegSymptoms, PainDraft, Region};
    use crate::exchange::{DateRange, ExportKind, ExportRequest, Includes};
    use crate::i18n::Locale;
    use chrono::{TimeZone, Utc};

    fn now() -> chrono::DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 27, 12, 0, 0).unwrap()
    }

    /// A journal whose alert row and history were written before details became messages:
    /// an English sentence in the `detail` columns.
    fn journal_with_an_old_alert(detail: &str) -> Journal {
        let j = Journal::open_in_memory().unwrap();
        j.conn
            .execute(
                "INSERT INTO alert (rule_id, tier, evidence, severity, detail, first_raised_at,
                     last_raised_at, raise_count, last_seen_at)
                 VALUES ('fever', 'urgent', '[]', 0, ?1, ?2, ?2, 1, ?2)",
                params![detail, "2026-11-20T08:00:00.000000Z"],
            )
            .unwrap();
        j.conn
            .execute(
                "INSERT INTO alert_event (rule_id, at, kind, evidence, detail)
                 VALUES ('fever', ?2, 'raised', '[]', ?1)",
                params![detail, "2026-11-20T08:00:00.000000Z"],
            )
            .unwrap();
        j
    }

    #[test]
    fn an_old_journals_english_detail_is_shown_exactly_as_stored_in_every_language() {
        let old = "Fever or chills logged on 20 Nov 09:00.";
        let mut j = journal_with_an_old_alert(old);
        for locale in [Locale::En, Locale::De] {
            let alerts = j.alert_list_in(locale).unwrap();
            assert_eq!(alerts.len(), 1, "the old alert is listed");
            assert_eq!(alerts[0].detail, old, "{locale:?}: never lost or blanked");
        }
        assert_eq!(j.alert_history(None).unwrap()[0].detail, old);
        let request = ExportRequest {
            kind: ExportKind::Backup,
            range: DateRange::default(),
            includes: Some(Includes {
                alerts: true,
                ..Includes::for_kind(ExportKind::Backup)
            }),
        };
        let doc = j.export_document(&request, now()).unwrap();
        assert_eq!(doc.alerts[0].detail, old, "and exported as it is");
    }

    #[test]
    fn a_new_alert_keeps_messages_and_reads_in_the_language_asked_for() {
        let mut j = Journal::open_in_memory().unwrap();
        let draft = PainDraft {
            at: chrono::FixedOffset::east_opt(3600)
                .unwrap()
                .with_ymd_and_hms(2026, 11, 25, 9, 0, 0)
                .unwrap(),
            nrs: 6,
            regions: vec![Region::LowerBackCentre.into()],
            qualities: vec![],
            onset: None,
            interference_daily: None,
            interference_intimacy: None,
            leg: LegSymptoms::default(),
            emergency: EmergencySigns {
                saddle_numbness: true,
                ..EmergencySigns::default()
            },
            activity_id: None,
            notes: String::new(),
        };
        j.entries().add_pain(draft, now()).unwrap();
        j.refresh_alerts(now()).unwrap();
        let stored = j.alert_row("saddle_numbness").unwrap().unwrap().detail;
        assert!(
            stored.starts_with('{') && stored.contains("alerts-detail-logged"),
            "stored as messages, not as a sentence: {stored}"
        );
        let de = &j.alert_list_in(Locale::De).unwrap()[0];
        assert_eq!(
            de.detail,
            "Taubheit oder Kribbeln im Reithosenbereich: eingetragen am 25. Nov. 09:00."
        );
        assert_eq!(
            de.evidence[0].summary,
            "Schmerz 6/10 · Taubheit im Reithosenbereich"
        );
        assert_eq!(
            de.rule.title, "Taubheit oder Kribbeln im Reithosenbereich",
            "the rule's words follow the same language"
        );
        let en = &j.alert_list_in(Locale::En).unwrap()[0];
        assert_eq!(
            en.detail,
            "Saddle-area numbness or tingling logged on 25 Nov 09:00."
        );
        assert_eq!(en.evidence[0].summary, "Pain 6/10 · saddle-area numbness");
    }
}
