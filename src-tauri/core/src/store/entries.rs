//! Creating, editing, soft-deleting and listing journal entries. Every write validates
//! first and runs in one transaction; a delete only marks the row, so it can be undone.

use super::codec::*;
use super::Journal;
use crate::domain::*;
use crate::error::{CoreError, CoreResult};
use chrono::{DateTime, Duration, FixedOffset, Utc};
use rusqlite::{params, OptionalExtension, Row};
use uuid::Uuid;

/// How far back a new pain entry looks for the activity it may have followed.
pub const LINK_WINDOW_HOURS: i64 = 48;

impl Journal {
    pub fn add_pain(&mut self, draft: PainDraft, now: DateTime<Utc>) -> CoreResult<PainEntry> {
        self.save_pain(Uuid::new_v4(), draft, now, None)
    }

    pub fn update_pain(
        &mut self,
        id: Uuid,
        draft: PainDraft,
        now: DateTime<Utc>,
    ) -> CoreResult<PainEntry> {
        let existing = self.pain(id)?;
        self.save_pain(id, draft, now, Some(existing.created_at))
    }

    /// Inserts or replaces a pain entry with a caller-chosen id (used by imports and the demo).
    pub fn save_pain(
        &mut self,
        id: Uuid,
        draft: PainDraft,
        now: DateTime<Utc>,
        created_at: Option<DateTime<Utc>>,
    ) -> CoreResult<PainEntry> {
        let draft = draft.validate(now)?;
        let tx = self.conn.transaction()?;
        if let Some(activity_id) = draft.activity_id {
            let exists: bool = tx.query_row(
                "SELECT EXISTS(SELECT 1 FROM activity WHERE id = ?1 AND deleted_at IS NULL)",
                [activity_id.to_string()],
                |r| r.get(0),
            )?;
            if !exists {
                return Err(CoreError::validation(
                    "activity_id",
                    "the linked activity does not exist",
                ));
            }
        }
        let entry = PainEntry {
            id,
            draft,
            created_at: created_at.unwrap_or(now),
            updated_at: now,
        };
        write_pain(&tx, &entry)?;
        tx.commit()?;
        Ok(entry)
    }

    pub fn pain(&self, id: Uuid) -> CoreResult<PainEntry> {
        self.conn
            .query_row(
                "SELECT id, body, created_at, updated_at FROM pain_entry WHERE id = ?1 AND deleted_at IS NULL",
                [id.to_string()],
                read_pain,
            )
            .optional()?
            .ok_or(CoreError::NotFound { what: "pain entry", id: id.to_string() })?
    }

    pub fn add_activity(
        &mut self,
        draft: ActivityDraft,
        now: DateTime<Utc>,
    ) -> CoreResult<Activity> {
        self.save_activity(Uuid::new_v4(), draft, now, None)
    }

    pub fn update_activity(
        &mut self,
        id: Uuid,
        draft: ActivityDraft,
        now: DateTime<Utc>,
    ) -> CoreResult<Activity> {
        let existing = self.activity(id)?;
        self.save_activity(id, draft, now, Some(existing.created_at))
    }

    pub fn save_activity(
        &mut self,
        id: Uuid,
        draft: ActivityDraft,
        now: DateTime<Utc>,
        created_at: Option<DateTime<Utc>>,
    ) -> CoreResult<Activity> {
        let draft = draft.validate(now, crate::guide::is_known_position)?;
        let activity = Activity {
            id,
            draft,
            created_at: created_at.unwrap_or(now),
            updated_at: now,
        };
        let tx = self.conn.transaction()?;
        write_activity(&tx, &activity)?;
        tx.commit()?;
        Ok(activity)
    }

    pub fn activity(&self, id: Uuid) -> CoreResult<Activity> {
        self.conn
            .query_row(
                "SELECT id, body, created_at, updated_at FROM activity WHERE id = ?1 AND deleted_at IS NULL",
                [id.to_string()],
                read_activity,
            )
            .optional()?
            .ok_or(CoreError::NotFound { what: "activity", id: id.to_string() })?
    }

    /// Saves the check-in for its day, replacing that day's earlier one (same id kept).
    pub fn save_check_in(
        &mut self,
        draft: CheckInDraft,
        now: DateTime<Utc>,
        today: chrono::NaiveDate,
    ) -> CoreResult<CheckIn> {
        let draft = draft.validate(today)?;
        let tx = self.conn.transaction()?;
        let existing: Option<(String, String)> = tx
            .query_row(
                "SELECT id, created_at FROM check_in WHERE local_date = ?1 AND deleted_at IS NULL",
                [date_text(draft.date)],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (id, created_at) = match existing {
            Some((id, created)) => (parse_uuid(&id)?, parse_utc(&created)?),
            None => (Uuid::new_v4(), now),
        };
        let check_in = CheckIn {
            id,
            draft,
            created_at,
            updated_at: now,
        };
        write_check_in(&tx, &check_in)?;
        tx.commit()?;
        Ok(check_in)
    }

    pub fn check_in_on(&self, date: chrono::NaiveDate) -> CoreResult<Option<CheckIn>> {
        self.conn
            .query_row(
                "SELECT id, body, created_at, updated_at FROM check_in WHERE local_date = ?1 AND deleted_at IS NULL",
                [date_text(date)],
                read_check_in,
            )
            .optional()?
            .transpose()
    }

    /// Marks an entry deleted; it disappears from every view but `restore` brings it back.
    pub fn delete_entry(
        &mut self,
        kind: EntryKind,
        id: Uuid,
        now: DateTime<Utc>,
    ) -> CoreResult<()> {
        let changed = self.conn.execute(
            &format!(
                "UPDATE {} SET deleted_at = ?1 WHERE id = ?2 AND deleted_at IS NULL",
                kind.table()
            ),
            params![utc_text(&now), id.to_string()],
        )?;
        if changed == 0 {
            return Err(CoreError::NotFound {
                what: "entry",
                id: id.to_string(),
            });
        }
        Ok(())
    }

    /// Undoes a delete. Refused for a check-in whose day has since been logged again.
    pub fn restore_entry(&mut self, kind: EntryKind, id: Uuid) -> CoreResult<()> {
        let result = self.conn.execute(
            &format!(
                "UPDATE {} SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
                kind.table()
            ),
            [id.to_string()],
        );
        match result {
            Ok(0) => Err(CoreError::NotFound {
                what: "deleted entry",
                id: id.to_string(),
            }),
            Ok(_) => Ok(()),
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::ConstraintViolation =>
            {
                Err(CoreError::validation(
                    "date",
                    "that day already has a newer check-in",
                ))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Removes for good what was deleted before `cutoff` (the undo window is long over).
    pub fn purge_deleted(&mut self, cutoff: DateTime<Utc>) -> CoreResult<usize> {
        let tx = self.conn.transaction()?;
        let mut removed = 0;
        for kind in EntryKind::ALL {
            removed += tx.execute(
                &format!(
                    "DELETE FROM {} WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
                    kind.table()
                ),
                [utc_text(&cutoff)],
            )?;
        }
        tx.commit()?;
        Ok(removed)
    }

    /// The most recent activity in the 48 hours before `at`: the "after this?" suggestion.
    pub fn suggest_link(&self, at: DateTime<FixedOffset>) -> CoreResult<Option<Activity>> {
        let at_utc = at.with_timezone(&Utc);
        let since = at_utc - Duration::hours(LINK_WINDOW_HOURS);
        self.conn
            .query_row(
                "SELECT id, body, created_at, updated_at FROM activity
                 WHERE deleted_at IS NULL AND at_utc <= ?1 AND at_utc >= ?2
                 ORDER BY at_utc DESC LIMIT 1",
                [utc_text(&at_utc), utc_text(&since)],
                read_activity,
            )
            .optional()?
            .transpose()
    }

    /// Activities in the 48 hours before `at`, newest first, to offer as alternatives.
    pub fn recent_activities(
        &self,
        at: DateTime<FixedOffset>,
        limit: u32,
    ) -> CoreResult<Vec<Activity>> {
        let at_utc = at.with_timezone(&Utc);
        let since = at_utc - Duration::hours(LINK_WINDOW_HOURS);
        let mut stmt = self.conn.prepare(
            "SELECT id, body, created_at, updated_at FROM activity
             WHERE deleted_at IS NULL AND at_utc <= ?1 AND at_utc >= ?2
             ORDER BY at_utc DESC LIMIT ?3",
        )?;
        let rows = stmt.query_map(
            params![utc_text(&at_utc), utc_text(&since), limit.min(50)],
            read_activity,
        )?;
        rows.map(|r| r?).collect()
    }

    /// One page of the timeline, newest first, filtered by kind and local date range.
    pub fn timeline(&self, query: &TimelineQuery) -> CoreResult<TimelinePage> {
        let limit = query.limit.clamp(1, TIMELINE_PAGE_MAX);
        let kinds: Vec<EntryKind> = if query.kinds.is_empty() {
            EntryKind::ALL.to_vec()
        } else {
            query.kinds.clone()
        };
        let from = query
            .from
            .map(date_text)
            .unwrap_or_else(|| "0000-01-01".into());
        let to = query
            .to
            .map(date_text)
            .unwrap_or_else(|| "9999-12-31".into());
        // Check-ins have no time of day: they sort at the end of their day (local noon is
        // a fair stand-in, written as the date followed by 'T12').
        let mut parts = Vec::new();
        for kind in &kinds {
            parts.push(match kind {
                EntryKind::Pain => "SELECT 'pain' AS k, id, body, created_at, updated_at, at_utc AS sort_key FROM pain_entry WHERE deleted_at IS NULL AND local_date BETWEEN ?1 AND ?2",
                EntryKind::Activity => "SELECT 'activity' AS k, id, body, created_at, updated_at, at_utc AS sort_key FROM activity WHERE deleted_at IS NULL AND local_date BETWEEN ?1 AND ?2",
                EntryKind::CheckIn => "SELECT 'check_in' AS k, id, body, created_at, updated_at, local_date || 'T12:00:00.000Z' AS sort_key FROM check_in WHERE deleted_at IS NULL AND local_date BETWEEN ?1 AND ?2",
            });
        }
        let sql = format!(
            "{} ORDER BY sort_key DESC, id LIMIT ?3 OFFSET ?4",
            parts.join(" UNION ALL ")
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(params![from, to, limit + 1, query.offset])?;
        let mut items = Vec::new();
        while let Some(row) = rows.next()? {
            let kind: String = row.get(0)?;
            let item = match kind.as_str() {
                "pain" => TimelineItem::Pain(pain_at(row, 1)??),
                "activity" => TimelineItem::Activity(activity_at(row, 1)??),
                _ => TimelineItem::CheckIn(check_in_at(row, 1)??),
            };
            items.push(item);
        }
        let has_more = items.len() > limit as usize;
        items.truncate(limit as usize);
        Ok(TimelinePage { items, has_more })
    }
}

type RowResult<T> = rusqlite::Result<CoreResult<T>>;

/// Reads the common envelope (id, body, created_at, updated_at) starting at column `first`.
fn read_envelope<T: serde::de::DeserializeOwned>(
    row: &Row,
    first: usize,
) -> RowResult<(Uuid, T, DateTime<Utc>, DateTime<Utc>)> {
    let id: String = row.get(first)?;
    let body: String = row.get(first + 1)?;
    let created: String = row.get(first + 2)?;
    let updated: String = row.get(first + 3)?;
    Ok((|| {
        Ok((
            parse_uuid(&id)?,
            from_body(&body)?,
            parse_utc(&created)?,
            parse_utc(&updated)?,
        ))
    })())
}

fn parse_uuid(text: &str) -> CoreResult<Uuid> {
    Uuid::parse_str(text).map_err(|_| CoreError::Storage("a stored id is malformed".into()))
}

fn pain_at(row: &Row, first: usize) -> RowResult<PainEntry> {
    Ok(
        read_envelope(row, first)?.map(|(id, draft, created_at, updated_at)| PainEntry {
            id,
            draft,
            created_at,
            updated_at,
        }),
    )
}

fn activity_at(row: &Row, first: usize) -> RowResult<Activity> {
    Ok(
        read_envelope(row, first)?.map(|(id, draft, created_at, updated_at)| Activity {
            id,
            draft,
            created_at,
            updated_at,
        }),
    )
}

fn check_in_at(row: &Row, first: usize) -> RowResult<CheckIn> {
    Ok(
        read_envelope(row, first)?.map(|(id, draft, created_at, updated_at)| CheckIn {
            id,
            draft,
            created_at,
            updated_at,
        }),
    )
}

pub(crate) fn read_pain(row: &Row) -> RowResult<PainEntry> {
    pain_at(row, 0)
}

pub(crate) fn read_activity(row: &Row) -> RowResult<Activity> {
    activity_at(row, 0)
}

fn read_check_in(row: &Row) -> RowResult<CheckIn> {
    check_in_at(row, 0)
}

pub(crate) fn write_pain(conn: &rusqlite::Connection, e: &PainEntry) -> CoreResult<()> {
    let (at_utc, offset, local_date) = instant_columns(&e.draft.at);
    // Cached: imports write many rows through the same statement.
    conn.prepare_cached(
        "INSERT INTO pain_entry (id, at_utc, tz_offset_min, local_date, nrs, interference_daily,
             interference_intimacy, activity_id, body, created_at, updated_at, deleted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, NULL)
         ON CONFLICT (id) DO UPDATE SET at_utc = excluded.at_utc, tz_offset_min = excluded.tz_offset_min,
             local_date = excluded.local_date, nrs = excluded.nrs,
             interference_daily = excluded.interference_daily,
             interference_intimacy = excluded.interference_intimacy,
             activity_id = excluded.activity_id, body = excluded.body,
             updated_at = excluded.updated_at, deleted_at = NULL",
    )?
    .execute(params![
        e.id.to_string(),
        at_utc,
        offset,
        local_date,
        e.draft.nrs,
        e.draft.interference_daily,
        e.draft.interference_intimacy,
        e.draft.activity_id.map(|a| a.to_string()),
        to_body(&e.draft)?,
        utc_text(&e.created_at),
        utc_text(&e.updated_at),
    ])?;
    Ok(())
}

pub(crate) fn write_activity(conn: &rusqlite::Connection, a: &Activity) -> CoreResult<()> {
    let (at_utc, offset, local_date) = instant_columns(&a.draft.at);
    let kind = serde_json::to_value(a.draft.kind)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default();
    // Cached: imports write many rows through the same statement.
    conn.prepare_cached(
        "INSERT INTO activity (id, at_utc, tz_offset_min, local_date, kind, duration_min, body,
             created_at, updated_at, deleted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, NULL)
         ON CONFLICT (id) DO UPDATE SET at_utc = excluded.at_utc, tz_offset_min = excluded.tz_offset_min,
             local_date = excluded.local_date, kind = excluded.kind, duration_min = excluded.duration_min,
             body = excluded.body, updated_at = excluded.updated_at, deleted_at = NULL",
    )?
    .execute(params![
        a.id.to_string(),
        at_utc,
        offset,
        local_date,
        kind,
        a.draft.duration_min,
        to_body(&a.draft)?,
        utc_text(&a.created_at),
        utc_text(&a.updated_at),
    ])?;
    Ok(())
}

pub(crate) fn write_check_in(conn: &rusqlite::Connection, c: &CheckIn) -> CoreResult<()> {
    // Cached: imports write many rows through the same statement.
    conn.prepare_cached(
        "INSERT INTO check_in (id, local_date, stress, body, created_at, updated_at, deleted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL)
         ON CONFLICT (id) DO UPDATE SET local_date = excluded.local_date, stress = excluded.stress,
             body = excluded.body, updated_at = excluded.updated_at, deleted_at = NULL",
    )?
    .execute(params![
        c.id.to_string(),
        date_text(c.draft.date),
        c.draft.stress,
        to_body(&c.draft)?,
        utc_text(&c.created_at),
        utc_text(&c.updated_at),
    ])?;
    Ok(())
}
