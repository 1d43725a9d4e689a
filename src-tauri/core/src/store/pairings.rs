//! The pairing tables (`pairing`, `evening_note`, `partner_evening_note`, migration 0010):
//! partners' public keys and what was last accepted from them, one's own evening notes,
//! and the notes partners shared. The exchange decides what is trusted; this file reads
//! and writes the rows it names.

use super::{ImportTx, Journal};
use crate::error::{CoreError, CoreResult};
use rusqlite::{params, OptionalExtension};

/// One pairing as stored.
pub(crate) struct PairingRow {
    pub id: String,
    pub name: String,
    pub key_id: String,
    pub x25519: String,
    pub ed25519: String,
    pub own_key_id: String,
    pub paired_at: String,
    pub partner_id: Option<String>,
    pub last_sequence: Option<i64>,
    pub last_received_at: Option<String>,
    pub expires_at: Option<String>,
    pub expired_at: Option<String>,
}

/// A pairing to add (or renew, when the key id is already paired).
pub(crate) struct NewPairing<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub key_id: &'a str,
    pub x25519: &'a str,
    pub ed25519: &'a str,
    pub own_key_id: &'a str,
    pub paired_at: &'a str,
}

/// What a signed import records about the share it accepted.
pub(crate) struct AcceptedShare<'a> {
    pub pairing_id: &'a str,
    pub partner_id: &'a str,
    pub sequence: i64,
    pub received_at: &'a str,
    pub expires_at: Option<&'a str>,
    /// (activity id in the partner's journal, text)
    pub notes: &'a [(String, String)],
}

const PAIRING_COLUMNS: &str =
    "id, name, key_id, x25519, ed25519, own_key_id, paired_at, partner_id,
     last_sequence, last_received_at, expires_at, expired_at";

fn pairing_row(r: &rusqlite::Row) -> rusqlite::Result<PairingRow> {
    Ok(PairingRow {
        id: r.get(0)?,
        name: r.get(1)?,
        key_id: r.get(2)?,
        x25519: r.get(3)?,
        ed25519: r.get(4)?,
        own_key_id: r.get(5)?,
        paired_at: r.get(6)?,
        partner_id: r.get(7)?,
        last_sequence: r.get(8)?,
        last_received_at: r.get(9)?,
        expires_at: r.get(10)?,
        expired_at: r.get(11)?,
    })
}

fn not_found(id: &str) -> CoreError {
    CoreError::NotFound {
        what: "pairing",
        id: id.to_string(),
    }
}

impl Journal {
    /// Every pairing, by name.
    pub(crate) fn pairing_rows(&self) -> CoreResult<Vec<PairingRow>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {PAIRING_COLUMNS} FROM pairing ORDER BY name COLLATE NOCASE, paired_at"
        ))?;
        let rows = stmt.query_map([], pairing_row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// The pairing with the partner key id `key_id`.
    pub(crate) fn pairing_by_key_id(&self, key_id: &str) -> CoreResult<Option<PairingRow>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {PAIRING_COLUMNS} FROM pairing WHERE key_id = ?1"),
                [key_id],
                pairing_row,
            )
            .optional()?)
    }

    /// Adds a pairing; pairing again with the same key renews it (name, own key, time)
    /// and keeps what was accepted from it. Returns the pairing's id.
    pub(crate) fn put_pairing(&mut self, p: &NewPairing) -> CoreResult<String> {
        Ok(self.conn.query_row(
            "INSERT INTO pairing (id, name, key_id, x25519, ed25519, own_key_id, paired_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (key_id) DO UPDATE SET name = excluded.name,
                 own_key_id = excluded.own_key_id, paired_at = excluded.paired_at
             RETURNING id",
            params![
                p.id,
                p.name,
                p.key_id,
                p.x25519,
                p.ed25519,
                p.own_key_id,
                p.paired_at
            ],
            |r| r.get(0),
        )?)
    }

    pub(crate) fn rename_pairing(&mut self, id: &str, name: &str) -> CoreResult<()> {
        let tx = self.conn.transaction()?;
        let n = tx.execute("UPDATE pairing SET name = ?1 WHERE id = ?2", [name, id])?;
        if n == 0 {
            return Err(not_found(id));
        }
        // The partner's imported journal carries the same label.
        tx.execute(
            "UPDATE partner SET name = ?1 WHERE id = (SELECT partner_id FROM pairing WHERE id = ?2)",
            [name, id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Removes a pairing and the journal imported from that partner, in one transaction;
    /// returns how many of their entries went.
    pub(crate) fn delete_pairing(&mut self, id: &str) -> CoreResult<usize> {
        let tx = self.conn.transaction()?;
        let partner: Option<Option<String>> = tx
            .query_row("SELECT partner_id FROM pairing WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        let Some(partner) = partner else {
            return Err(not_found(id));
        };
        let mut entries = 0;
        if let Some(partner) = partner {
            entries = tx.execute(
                "DELETE FROM partner_entry WHERE partner_id = ?1",
                [&partner],
            )?;
            tx.execute("DELETE FROM partner WHERE id = ?1", [&partner])?;
        }
        tx.execute("DELETE FROM pairing WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(entries)
    }

    /// The pairing (id, name) whose imported journal came from `source_journal_id`.
    pub(crate) fn pairing_of_source(
        &self,
        source_journal_id: &str,
    ) -> CoreResult<Option<(String, String)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT pg.id, pg.name FROM pairing pg JOIN partner p ON pg.partner_id = p.id
                 WHERE p.source_journal_id = ?1",
                [source_journal_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// The source journal id of an imported partner journal.
    pub(crate) fn partner_source(&self, partner_id: &str) -> CoreResult<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT source_journal_id FROM partner WHERE id = ?1",
                [partner_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Removes the data of every share that expired by `now` (UTC text), in one
    /// transaction; returns the names of the partners whose data went.
    pub(crate) fn remove_expired_shares(&mut self, now: &str) -> CoreResult<Vec<String>> {
        let tx = self.conn.transaction()?;
        let expired: Vec<(String, String, String)> = {
            let mut stmt = tx.prepare(
                "SELECT id, name, partner_id FROM pairing
                 WHERE partner_id IS NOT NULL AND expires_at IS NOT NULL AND expires_at <= ?1",
            )?;
            let rows = stmt.query_map([now], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect::<Result<Vec<_>, _>>()?
        };
        for (id, _, partner) in &expired {
            tx.execute("DELETE FROM partner_entry WHERE partner_id = ?1", [partner])?;
            tx.execute("DELETE FROM partner WHERE id = ?1", [partner])?;
            tx.execute(
                "UPDATE pairing SET partner_id = NULL, expired_at = ?1 WHERE id = ?2",
                [now, id],
            )?;
        }
        tx.commit()?;
        Ok(expired.into_iter().map(|(_, name, _)| name).collect())
    }

    /// Saves (or, with empty text, removes) the note on an own evening.
    pub(crate) fn put_evening_note(
        &mut self,
        activity_id: &str,
        text: &str,
        shared: bool,
        now: &str,
    ) -> CoreResult<()> {
        if text.is_empty() {
            self.conn.execute(
                "DELETE FROM evening_note WHERE activity_id = ?1",
                [activity_id],
            )?;
            return Ok(());
        }
        self.conn.execute(
            "INSERT INTO evening_note (activity_id, text, shared, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (activity_id) DO UPDATE SET text = excluded.text,
                 shared = excluded.shared, updated_at = excluded.updated_at",
            params![activity_id, text, shared as i64, now],
        )?;
        Ok(())
    }

    /// One's own evening notes: (activity id, text, shared).
    pub(crate) fn evening_note_rows(&self) -> CoreResult<Vec<(String, String, bool)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT activity_id, text, shared FROM evening_note")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// The notes a partner shared: (activity id in their journal, text).
    pub(crate) fn partner_evening_note_rows(
        &self,
        partner_id: &str,
    ) -> CoreResult<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT activity_id, text FROM partner_evening_note WHERE partner_id = ?1")?;
        let rows = stmt.query_map([partner_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Whether `id` is one of one's own live intimacy activities.
    pub(crate) fn own_intimacy_exists(&self, id: &str) -> CoreResult<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS(SELECT 1 FROM activity WHERE id = ?1 AND kind = 'intimacy' AND deleted_at IS NULL)",
            [id],
            |r| r.get(0),
        )?)
    }
}

impl ImportTx<'_> {
    /// Records an accepted signed share: the pairing's link, sequence, expiry, and the
    /// partner's evening notes as the share has them.
    pub(crate) fn accept_signed_share(&self, a: &AcceptedShare) -> CoreResult<()> {
        let tx = &self.tx;
        tx.execute(
            "UPDATE pairing SET partner_id = ?1, last_sequence = ?2, last_received_at = ?3,
                 expires_at = ?4, expired_at = NULL WHERE id = ?5",
            params![
                a.partner_id,
                a.sequence,
                a.received_at,
                a.expires_at,
                a.pairing_id
            ],
        )?;
        tx.execute(
            "DELETE FROM partner_evening_note WHERE partner_id = ?1",
            [a.partner_id],
        )?;
        for (activity_id, text) in a.notes {
            tx.execute(
                "INSERT INTO partner_evening_note (partner_id, activity_id, text) VALUES (?1, ?2, ?3)",
                params![a.partner_id, activity_id, text],
            )?;
        }
        Ok(())
    }
}
