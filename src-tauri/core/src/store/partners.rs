//! The partner tables: partners' imported journals, kept apart and read-only (`partner`,
//! `partner_entry`). The exchange decides what an entry means; this file reads rows, and
//! removes a partner with everything imported from them.

use super::Journal;
use crate::error::{CoreError, CoreResult};
use rusqlite::params;
use uuid::Uuid;

/// One partner as stored, with how many entries of each kind came from them.
pub(crate) struct PartnerRow {
    pub id: String,
    pub name: String,
    pub exported_at: String,
    pub imported_at: String,
    pub pain: i64,
    pub activities: i64,
    pub check_ins: i64,
    pub alerts: i64,
    /// Pain entries whose export left out the warning-sign answers.
    pub pain_without_warning_signs: i64,
}

/// Which of a partner's entries to read, newest first, one page at a time.
pub(crate) struct PartnerPage<'a> {
    pub partner_id: Uuid,
    /// Local dates, SQL text, inclusive.
    pub from: &'a str,
    pub to: &'a str,
    /// The entry kinds as stored ("pain", "activity", "check_in").
    pub kinds: &'a [&'a str],
    pub limit: u32,
    pub offset: u32,
}

impl Journal {
    /// Every partner, by name.
    pub(crate) fn partner_rows(&self) -> CoreResult<Vec<PartnerRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT p.id, p.name, p.exported_at, p.imported_at,
                    (SELECT COUNT(*) FROM partner_entry e WHERE e.partner_id = p.id AND e.kind = 'pain'),
                    (SELECT COUNT(*) FROM partner_entry e WHERE e.partner_id = p.id AND e.kind = 'activity'),
                    (SELECT COUNT(*) FROM partner_entry e WHERE e.partner_id = p.id AND e.kind = 'check_in'),
                    (SELECT COUNT(*) FROM partner_entry e WHERE e.partner_id = p.id AND e.kind = 'alert'),
                    (SELECT COUNT(*) FROM partner_entry e WHERE e.partner_id = p.id AND e.kind = 'pain'
                        AND json_type(e.body, '$.entry.emergency') IS NULL)
             FROM partner p ORDER BY p.name COLLATE NOCASE, p.created_at",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(PartnerRow {
                id: row.get(0)?,
                name: row.get(1)?,
                exported_at: row.get(2)?,
                imported_at: row.get(3)?,
                pain: row.get(4)?,
                activities: row.get(5)?,
                check_ins: row.get(6)?,
                alerts: row.get(7)?,
                pain_without_warning_signs: row.get(8)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Removes a partner and every entry imported from them, in one transaction; returns
    /// how many entries went.
    pub(crate) fn delete_partner(&mut self, id: Uuid) -> CoreResult<usize> {
        let tx = self.conn.transaction()?;
        let entries = tx.execute(
            "DELETE FROM partner_entry WHERE partner_id = ?1",
            [id.to_string()],
        )?;
        let partners = tx.execute("DELETE FROM partner WHERE id = ?1", [id.to_string()])?;
        if partners == 0 {
            return Err(CoreError::NotFound {
                what: "partner",
                id: id.to_string(),
            });
        }
        tx.commit()?;
        Ok(entries)
    }

    /// One page of a partner's entries as (kind, body), newest first; one row more than
    /// `limit` when there is a next page.
    pub(crate) fn partner_page(&self, page: &PartnerPage) -> CoreResult<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT kind, body FROM partner_entry
             WHERE partner_id = ?1 AND local_date BETWEEN ?2 AND ?3
               AND kind IN (SELECT value FROM json_each(?4))
             ORDER BY at_utc DESC, id LIMIT ?5 OFFSET ?6",
        )?;
        let kinds_json =
            serde_json::to_string(page.kinds).map_err(|e| CoreError::Storage(e.to_string()))?;
        let rows = stmt.query_map(
            params![
                page.partner_id.to_string(),
                page.from,
                page.to,
                kinds_json,
                page.limit + 1,
                page.offset
            ],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
        )?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// A partner's shared experiments as JSON bodies, in no particular order.
    pub(crate) fn partner_experiment_bodies(&self, partner_id: Uuid) -> CoreResult<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT body FROM partner_experiment WHERE partner_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([partner_id.to_string()], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// A partner's entries of one kind (activities: intimacy only if asked) in the local
    /// date range, oldest first, as (kind, body).
    pub(crate) fn partner_entries_of_kind(
        &self,
        partner_id: Uuid,
        kind: &str,
        only_intimacy: bool,
        from: &str,
        to: &str,
    ) -> CoreResult<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT kind, body FROM partner_entry
             WHERE partner_id = ?1 AND kind = ?2 AND local_date BETWEEN ?3 AND ?4
               AND (?5 = 0 OR activity_kind = 'intimacy')
             ORDER BY at_utc",
        )?;
        let rows = stmt.query_map(
            params![partner_id.to_string(), kind, from, to, only_intimacy as i64],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
        )?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// One's own live intimacy activities in the local date range, oldest first, as
    /// (id, body).
    pub(crate) fn own_intimacy_rows(
        &self,
        from: &str,
        to: &str,
    ) -> CoreResult<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, body, created_at, updated_at FROM activity
             WHERE deleted_at IS NULL AND kind = 'intimacy' AND local_date BETWEEN ?1 AND ?2
             ORDER BY at_utc",
        )?;
        let rows = stmt.query_map(params![from, to], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// One's own live pain entries in the local date range, oldest first, as (id, body).
    pub(crate) fn own_pain_rows(&self, from: &str, to: &str) -> CoreResult<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, body FROM pain_entry
             WHERE deleted_at IS NULL AND local_date BETWEEN ?1 AND ?2 ORDER BY at_utc",
        )?;
        let rows = stmt.query_map(params![from, to], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }
}
