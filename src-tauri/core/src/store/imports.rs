//! The writes of an import, each import in one transaction (all or nothing): one's own
//! backup merged into the entry tables, or a partner's share into the partner tables.
//! The exchange decides what is added, replaced, kept or removed; this file reads and
//! writes the rows it names.

use super::entries::{write_activity, write_check_in, write_pain};
use super::Journal;
use crate::domain::{Activity, CheckIn, EntryKind, PainEntry};
use crate::error::CoreResult;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use uuid::Uuid;

/// The page cache of an import's transaction, in KiB (SQLite's `-N` form). The journal
/// otherwise keeps SQLite's 2 MiB default; an import of 100k entries with that spilled
/// index pages mid-transaction and took 12-20 % longer (docs/performance.md).
pub const IMPORT_PAGE_CACHE_KIB: i64 = 16_384;

/// One row of a partner's journal, as stored.
pub(crate) struct PartnerEntryRow<'a> {
    pub id: &'a str,
    /// "pain", "activity", "check_in" or "alert".
    pub kind: &'a str,
    pub at_utc: &'a str,
    pub local_date: &'a str,
    pub activity_kind: Option<&'a str>,
    pub nrs: Option<u8>,
    /// The record's JSON.
    pub body: &'a str,
    pub created_at: &'a str,
    pub updated_at: &'a str,
}

/// An import's transaction: nothing is saved unless `commit` runs. The page cache is
/// larger while it lasts (dropped after the transaction: fields drop in this order).
pub(crate) struct ImportTx<'j> {
    pub(super) tx: Transaction<'j>,
    _cache: ImportCache<'j>,
}

/// Raises the connection's page cache for an import and puts it back when dropped.
struct ImportCache<'c> {
    conn: &'c Connection,
    normal: i64,
}

impl<'c> ImportCache<'c> {
    fn raise(conn: &'c Connection) -> CoreResult<ImportCache<'c>> {
        let normal = conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        conn.pragma_update(None, "cache_size", -IMPORT_PAGE_CACHE_KIB)?;
        Ok(ImportCache { conn, normal })
    }
}

impl Drop for ImportCache<'_> {
    fn drop(&mut self) {
        // Best effort: if this fails the cache only stays larger until the journal closes;
        // the import itself was already committed or rolled back.
        let _ = self.conn.pragma_update(None, "cache_size", self.normal);
        let _ = self.conn.execute_batch("PRAGMA shrink_memory;");
    }
}

impl ImportTx<'_> {
    /// Saves the profile's JSON as of `updated_at` (UTC text).
    pub(crate) fn put_profile(&self, body: &str, updated_at: &str) -> CoreResult<()> {
        self.tx.execute(
            "INSERT INTO profile (id, body, updated_at) VALUES (1, ?1, ?2)
             ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
            params![body, updated_at],
        )?;
        Ok(())
    }

    /// Whether the table of `kind` has no rows at all (deleted ones included).
    pub(crate) fn is_empty(&self, kind: EntryKind) -> CoreResult<bool> {
        Ok(!self.tx.query_row(
            &format!("SELECT EXISTS(SELECT 1 FROM {})", kind.table()),
            [],
            |r| r.get::<_, bool>(0),
        )?)
    }

    /// When the journal's copy of an entry was last updated (deleted ones included).
    pub(crate) fn updated_at(&self, kind: EntryKind, id: Uuid) -> CoreResult<Option<String>> {
        Ok(self
            .tx
            .prepare_cached(&format!(
                "SELECT updated_at FROM {} WHERE id = ?1",
                kind.table()
            ))?
            .query_row([id.to_string()], |r| r.get(0))
            .optional()?)
    }

    pub(crate) fn live_activity_exists(&self, id: Uuid) -> CoreResult<bool> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM activity WHERE id = ?1 AND deleted_at IS NULL)",
            )?
            .query_row([id.to_string()], |r| r.get(0))?)
    }

    /// Another live check-in on the day `local_date` than `id`: its (id, updated_at).
    pub(crate) fn other_check_in_on(
        &self,
        local_date: &str,
        id: Uuid,
    ) -> CoreResult<Option<(String, String)>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT id, updated_at FROM check_in WHERE local_date = ?1 AND deleted_at IS NULL AND id <> ?2",
            )?
            .query_row(params![local_date, id.to_string()], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?)
    }

    pub(crate) fn delete_check_in(&self, id: &str) -> CoreResult<()> {
        self.tx
            .prepare_cached("DELETE FROM check_in WHERE id = ?1")?
            .execute([id])?;
        Ok(())
    }

    pub(crate) fn write_pain(&self, entry: &PainEntry) -> CoreResult<()> {
        write_pain(&self.tx, entry)
    }

    pub(crate) fn write_activity(&self, activity: &Activity) -> CoreResult<()> {
        write_activity(&self.tx, activity)
    }

    pub(crate) fn write_check_in(&self, check_in: &CheckIn) -> CoreResult<()> {
        write_check_in(&self.tx, check_in)
    }

    /// The partner imported before from the journal `source_journal_id`: (id, exported_at).
    pub(crate) fn partner_from(
        &self,
        source_journal_id: Uuid,
    ) -> CoreResult<Option<(String, String)>> {
        Ok(self
            .tx
            .query_row(
                "SELECT id, exported_at FROM partner WHERE source_journal_id = ?1",
                [source_journal_id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    pub(crate) fn update_partner(
        &self,
        id: &str,
        name: &str,
        exported_at: &str,
        imported_at: &str,
    ) -> CoreResult<()> {
        self.tx.execute(
            "UPDATE partner SET name = ?1, exported_at = ?2, imported_at = ?3 WHERE id = ?4",
            params![name, exported_at, imported_at, id],
        )?;
        Ok(())
    }

    pub(crate) fn insert_partner(
        &self,
        id: &str,
        name: &str,
        source_journal_id: Uuid,
        exported_at: &str,
        imported_at: &str,
    ) -> CoreResult<()> {
        self.tx.execute(
            "INSERT INTO partner (id, name, source_journal_id, exported_at, imported_at, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![id, name, source_journal_id.to_string(), exported_at, imported_at],
        )?;
        Ok(())
    }

    /// What a partner's journal holds: (id, kind, local_date) per entry.
    pub(crate) fn partner_entry_index(
        &self,
        partner_id: &str,
    ) -> CoreResult<Vec<(String, String, String)>> {
        let mut stmt = self
            .tx
            .prepare("SELECT id, kind, local_date FROM partner_entry WHERE partner_id = ?1")?;
        let rows = stmt.query_map([partner_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Inserts or replaces one entry of a partner's journal.
    pub(crate) fn put_partner_entry(
        &self,
        partner_id: &str,
        e: &PartnerEntryRow,
    ) -> CoreResult<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO partner_entry (partner_id, id, kind, at_utc, local_date, activity_kind, nrs, body, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (partner_id, id) DO UPDATE SET kind = excluded.kind, at_utc = excluded.at_utc,
                     local_date = excluded.local_date, activity_kind = excluded.activity_kind,
                     nrs = excluded.nrs, body = excluded.body, created_at = excluded.created_at,
                     updated_at = excluded.updated_at",
            )?
            .execute(params![
                partner_id,
                e.id,
                e.kind,
                e.at_utc,
                e.local_date,
                e.activity_kind,
                e.nrs,
                e.body,
                e.created_at,
                e.updated_at
            ])?;
        Ok(())
    }

    /// Forgets the warning-sign answers a partner no longer shares (leg symptoms and
    /// emergency questions of pain entries, alert details).
    pub(crate) fn strip_partner_warning_signs(&self, partner_id: &str) -> CoreResult<()> {
        self.tx.execute(
            "UPDATE partner_entry SET body = json_remove(body, '$.entry.leg', '$.entry.emergency')
             WHERE partner_id = ?1 AND kind = 'pain'",
            [partner_id],
        )?;
        self.tx.execute(
            "UPDATE partner_entry SET body = json_set(body, '$.detail', '')
             WHERE partner_id = ?1 AND kind = 'alert'",
            [partner_id],
        )?;
        Ok(())
    }

    /// Replaces a partner's shared experiments with `experiments` as (id, change key, body);
    /// an empty list removes them (the partner no longer shares any).
    pub(crate) fn replace_partner_experiments(
        &self,
        partner_id: &str,
        experiments: &[(String, &str, String)],
    ) -> CoreResult<()> {
        self.tx.execute(
            "DELETE FROM partner_experiment WHERE partner_id = ?1",
            [partner_id],
        )?;
        let mut stmt = self.tx.prepare_cached(
            "INSERT INTO partner_experiment (partner_id, id, change_key, body) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (id, key, body) in experiments {
            stmt.execute(params![partner_id, id, key, body])?;
        }
        Ok(())
    }

    pub(crate) fn delete_partner_entry(&self, partner_id: &str, id: &str) -> CoreResult<()> {
        self.tx
            .prepare_cached("DELETE FROM partner_entry WHERE partner_id = ?1 AND id = ?2")?
            .execute(params![partner_id, id])?;
        Ok(())
    }

    pub(crate) fn commit(self) -> CoreResult<()> {
        self.tx.commit()?;
        Ok(())
    }
}

impl Journal {
    /// Starts an [`ImportTx`].
    pub(crate) fn import_tx(&mut self) -> CoreResult<ImportTx<'_>> {
        // The cache guard and the transaction share the connection; `&mut self` still
        // keeps any other use of the journal out while the import runs.
        let cache = ImportCache::raise(&self.conn)?;
        Ok(ImportTx {
            tx: self.conn.unchecked_transaction()?,
            _cache: cache,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache_size(conn: &Connection) -> i64 {
        conn.query_row("PRAGMA cache_size", [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn an_import_has_the_larger_cache_and_gives_it_back_committed_or_not() {
        let mut journal = Journal::open_in_memory().unwrap();
        let normal = cache_size(&journal.conn);
        assert_ne!(
            normal, -IMPORT_PAGE_CACHE_KIB,
            "the journal's own cache is the small one"
        );
        let tx = journal.import_tx().unwrap();
        assert_eq!(cache_size(&tx.tx), -IMPORT_PAGE_CACHE_KIB);
        tx.commit().unwrap();
        assert_eq!(cache_size(&journal.conn), normal, "after a commit");
        let tx = journal.import_tx().unwrap();
        assert_eq!(cache_size(&tx.tx), -IMPORT_PAGE_CACHE_KIB);
        drop(tx);
        assert_eq!(cache_size(&journal.conn), normal, "after a rollback");
    }
}
