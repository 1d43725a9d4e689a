//! Creating, editing, soft-deleting and listing journal entries. Every write validates
//! first and runs in one transaction; a delete only marks the row, so it can be undone.

use super::codec::*;
use super::Journal;
use crate::domain::*;
use crate::error::{CoreError, CoreResult};
use crate::i18n::tr;
use chrono::{DateTime, Duration, FixedOffset, Utc};
use rusqlite::{params, OptionalExtension, Row};
use uuid::Uuid;

/// One stored entry as an export reads it: id, JSON body and times, not yet decoded (the
/// export format decides what a record is).
pub(crate) struct StoredRow {
    pub id: String,
    pub body: String,
    pub created_at: String,
    pub updated_at: String,
}

/// How far back a new pain entry looks for the activity it may have followed.
pub const LINK_WINDOW_HOURS: i64 = 48;

impl Journal {
    pub(crate) fn add_pain(
        &mut self,
        draft: PainDraft,
        now: DateTime<Utc>,
    ) -> CoreResult<PainEntry> {
        self.save_pain(Uuid::new_v4(), draft, now, None)
    }

    pub(crate) fn update_pain(
        &mut self,
        id: Uuid,
        draft: PainDraft,
        now: DateTime<Utc>,
    ) -> CoreResult<PainEntry> {
        let existing = self.pain(id)?;
        self.save_pain(id, draft, now, Some(existing.created_at))
    }

    /// Inserts or replaces a pain entry with a caller-chosen id (used by imports and the demo).
    pub(crate) fn save_pain(
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
                    tr("error-linked-activity-missing"),
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

    pub(crate) fn pain(&self, id: Uuid) -> CoreResult<PainEntry> {
        self.conn
            .query_row(
                "SELECT id, body, created_at, updated_at FROM pain_entry WHERE id = ?1 AND deleted_at IS NULL",
                [id.to_string()],
                read_pain,
            )
            .optional()?
            .ok_or(CoreError::NotFound { what: "pain entry", id: id.to_string() })?
    }

    pub(crate) fn add_activity(
        &mut self,
        draft: ActivityDraft,
        now: DateTime<Utc>,
    ) -> CoreResult<Activity> {
        self.save_activity(Uuid::new_v4(), draft, now, None)
    }

    /// Inserts an activity and the pain entries linked to it (already validated), in one
    /// transaction: a guided session and its "this hurt" reports.
    pub(crate) fn insert_linked(
        &mut self,
        activity: &Activity,
        pain: &[PainEntry],
    ) -> CoreResult<()> {
        let tx = self.conn.transaction()?;
        write_activity(&tx, activity)?;
        for entry in pain {
            write_pain(&tx, entry)?;
        }
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn update_activity(
        &mut self,
        id: Uuid,
        draft: ActivityDraft,
        now: DateTime<Utc>,
    ) -> CoreResult<Activity> {
        let existing = self.activity(id)?;
        self.save_activity(id, draft, now, Some(existing.created_at))
    }

    pub(crate) fn save_activity(
        &mut self,
        id: Uuid,
        draft: ActivityDraft,
        now: DateTime<Utc>,
        created_at: Option<DateTime<Utc>>,
    ) -> CoreResult<Activity> {
        let draft = draft.validate(now, is_known_position)?;
        let activity = Activity {
            id,
            draft,
            created_at: created_at.unwrap_or(now),
            updated_at: now,
        };
        // A link the entry already had is kept even if that pain entry was deleted since,
        // so rating or editing an old relief never fails on it.
        let kept_link = self
            .activity(id)
            .ok()
            .and_then(|a| a.draft.relief)
            .and_then(|r| r.for_pain_id);
        let link = activity.draft.relief.as_ref().and_then(|r| r.for_pain_id);
        let tx = self.conn.transaction()?;
        if let Some(pain_id) = link.filter(|l| Some(*l) != kept_link) {
            let exists: bool = tx.query_row(
                "SELECT EXISTS(SELECT 1 FROM pain_entry WHERE id = ?1 AND deleted_at IS NULL)",
                [pain_id.to_string()],
                |r| r.get(0),
            )?;
            if !exists {
                return Err(CoreError::validation(
                    "relief.for_pain_id",
                    tr("error-linked-pain-missing"),
                ));
            }
        }
        write_activity(&tx, &activity)?;
        tx.commit()?;
        Ok(activity)
    }

    pub(crate) fn activity(&self, id: Uuid) -> CoreResult<Activity> {
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
    pub(crate) fn save_check_in(
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

    pub(crate) fn check_in_on(&self, date: chrono::NaiveDate) -> CoreResult<Option<CheckIn>> {
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
    pub(crate) fn delete_entry(
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
    pub(crate) fn restore_entry(&mut self, kind: EntryKind, id: Uuid) -> CoreResult<()> {
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
                    tr("error-check-in-newer-exists"),
                ))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Removes for good what was deleted before `cutoff` (the undo window is long over).
    pub(crate) fn purge_deleted(&mut self, cutoff: DateTime<Utc>) -> CoreResult<usize> {
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
    pub(crate) fn suggest_link(&self, at: DateTime<FixedOffset>) -> CoreResult<Option<Activity>> {
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
    pub(crate) fn recent_activities(
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
    ///
    /// Each kind is read newest first through its time index and cut at the page's end, so
    /// a page costs the same at 1,000 or 1,000,000 entries (docs/performance.md); the few
    /// rows per kind are then merged. `local_date` is exact; the UTC bounds around it only
    /// let the index skip what cannot match (an offset is always less than a day).
    pub(crate) fn timeline_page(&self, query: &TimelineQuery) -> CoreResult<TimelinePage> {
        let limit = query.limit.clamp(1, TIMELINE_PAGE_MAX);
        let kinds: Vec<EntryKind> = if query.kinds.is_empty() {
            EntryKind::ALL.to_vec()
        } else {
            query.kinds.clone()
        };
        let (sql, bounds) = timeline_sql(&kinds, query);
        // Rows each kind must supply: everything up to the end of this page, plus one to
        // tell whether there is more.
        let per_kind = i64::from(query.offset) + i64::from(limit) + 1;
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params![
            bounds.from,
            bounds.to,
            limit + 1,
            query.offset,
            bounds.utc_from,
            bounds.utc_to,
            per_kind
        ])?;
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

/// The bound parameters of a timeline query: local dates (exact filter) and the UTC
/// instants around them that let the time indexes skip everything else.
struct TimelineBounds {
    from: String,
    to: String,
    utc_from: String,
    utc_to: String,
}

/// The timeline's SQL for these kinds. Parameters: ?1/?2 local dates, ?3 page size + 1,
/// ?4 offset, ?5/?6 UTC bounds (inclusive/exclusive), ?7 rows needed from each kind.
fn timeline_sql(kinds: &[EntryKind], query: &TimelineQuery) -> (String, TimelineBounds) {
    // A UTC offset is under a day either way, so an entry on local dates [from, to] lies
    // in UTC [from - 1 day, to + 2 days). Dates compare as prefixes of the UTC text.
    let day = Duration::days(1);
    let bounds = TimelineBounds {
        from: query
            .from
            .map(date_text)
            .unwrap_or_else(|| "0000-01-01".into()),
        to: query
            .to
            .map(date_text)
            .unwrap_or_else(|| "9999-12-31".into()),
        utc_from: query
            .from
            .and_then(|d| d.checked_sub_signed(day))
            .map(date_text)
            .unwrap_or_else(|| "0000".into()),
        utc_to: query
            .to
            .and_then(|d| d.checked_add_signed(day * 2))
            .map(date_text)
            .unwrap_or_else(|| "9999-99".into()),
    };
    // Check-ins have no time of day: they sort at the end of their day (local noon is a
    // fair stand-in, written as the date followed by 'T12'); one a day, so the date orders
    // them. Every branch names its sort key; each is cut to ?7 rows in its own order.
    let parts: Vec<&str> = kinds
        .iter()
        .map(|kind| match kind {
            EntryKind::Pain => "SELECT * FROM (SELECT 'pain' AS k, id, body, created_at, updated_at, at_utc AS sort_key FROM pain_entry WHERE deleted_at IS NULL AND at_utc >= ?5 AND at_utc < ?6 AND local_date BETWEEN ?1 AND ?2 ORDER BY at_utc DESC, id LIMIT ?7)",
            EntryKind::Activity => "SELECT * FROM (SELECT 'activity' AS k, id, body, created_at, updated_at, at_utc AS sort_key FROM activity WHERE deleted_at IS NULL AND at_utc >= ?5 AND at_utc < ?6 AND local_date BETWEEN ?1 AND ?2 ORDER BY at_utc DESC, id LIMIT ?7)",
            EntryKind::CheckIn => "SELECT * FROM (SELECT 'check_in' AS k, id, body, created_at, updated_at, local_date || 'T12:00:00.000Z' AS sort_key FROM check_in WHERE deleted_at IS NULL AND local_date BETWEEN ?1 AND ?2 ORDER BY local_date DESC LIMIT ?7)",
        })
        .collect();
    let sql = format!(
        "{} ORDER BY sort_key DESC, id LIMIT ?3 OFFSET ?4",
        parts.join(" UNION ALL ")
    );
    (sql, bounds)
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
    Uuid::parse_str(text).map_err(|_| CoreError::Storage(tr("error-stored-id-malformed")))
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
    write_regions(conn, e)
}

/// The entry's regions as `pain_region` rows (the body stays the record; these rows are
/// what the composite maps count), replacing the rows of an earlier version of it.
fn write_regions(conn: &rusqlite::Connection, e: &PainEntry) -> CoreResult<()> {
    let id = e.id.to_string();
    conn.prepare_cached("DELETE FROM pain_region WHERE entry_id = ?1")?
        .execute([&id])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO pain_region (entry_id, region, score, qualities) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for marked in &e.draft.regions {
        insert.execute(params![
            id,
            region_key(marked.region)?,
            marked.score,
            to_body(&marked.qualities)?,
        ])?;
    }
    Ok(())
}

/// A region's id as the JSON and the `pain_region` table spell it (`buttock_left`).
pub(crate) fn region_key(region: crate::domain::Region) -> CoreResult<String> {
    match serde_json::to_value(region) {
        Ok(serde_json::Value::String(key)) => Ok(key),
        _ => Err(crate::error::CoreError::Storage(tr(
            "error-region-id-not-text",
        ))),
    }
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

impl Journal {
    /// Every live entry of `kind` whose local date is in `from..=to` (SQL date text),
    /// oldest first: pain and activities by time, check-ins by day.
    pub(crate) fn live_rows(
        &self,
        kind: EntryKind,
        from: &str,
        to: &str,
    ) -> CoreResult<Vec<StoredRow>> {
        let (table, order) = match kind {
            EntryKind::Pain => ("pain_entry", "at_utc"),
            EntryKind::Activity => ("activity", "at_utc"),
            EntryKind::CheckIn => ("check_in", "local_date"),
        };
        let mut stmt = self.conn.prepare(&format!(
            "SELECT id, body, created_at, updated_at FROM {table}
             WHERE deleted_at IS NULL AND local_date BETWEEN ?1 AND ?2 ORDER BY {order}, id"
        ))?;
        let rows = stmt.query_map([from, to], |row| {
            Ok(StoredRow {
                id: row.get(0)?,
                body: row.get(1)?,
                created_at: row.get(2)?,
                updated_at: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }
}

/// Entries built and checked elsewhere, written in one transaction without per-entry
/// validation (a generated benchmark journal): nothing is saved unless `commit` runs.
#[cfg(feature = "scaffolding")]
pub(crate) struct BulkWrite<'j> {
    tx: rusqlite::Transaction<'j>,
}

#[cfg(feature = "scaffolding")]
impl BulkWrite<'_> {
    pub(crate) fn pain(&self, entry: &PainEntry) -> CoreResult<()> {
        write_pain(&self.tx, entry)
    }

    pub(crate) fn activity(&self, activity: &Activity) -> CoreResult<()> {
        write_activity(&self.tx, activity)
    }

    pub(crate) fn check_in(&self, check_in: &CheckIn) -> CoreResult<()> {
        write_check_in(&self.tx, check_in)
    }

    pub(crate) fn commit(self) -> CoreResult<()> {
        self.tx.commit()?;
        Ok(())
    }
}

#[cfg(feature = "scaffolding")]
impl Journal {
    /// Starts a [`BulkWrite`].
    pub(crate) fn bulk_write(&mut self) -> CoreResult<BulkWrite<'_>> {
        Ok(BulkWrite {
            tx: self.conn.transaction()?,
        })
    }
}

#[cfg(test)]
mod timeline_tests {
    use super::*;
    use crate::bench_data::{generate, BenchSpec};
    use chrono::{NaiveDate, TimeZone};

    fn date(text: &str) -> NaiveDate {
        text.parse().expect("test date")
    }

    /// A journal over 40 days (offsets +01:00, +02:00 and -05:00) plus pain entries at the
    /// extreme offsets, logged just after local midnight and just before the next one.
    fn journal() -> Journal {
        let mut j = Journal::open_in_memory().unwrap();
        let spec = BenchSpec {
            days: 40,
            ..BenchSpec::days(40).with_end(date("2024-03-10"))
        };
        generate(&mut j, &spec).unwrap();
        let now = Utc.with_ymd_and_hms(2024, 4, 1, 0, 0, 0).unwrap();
        for (day, hour, minute, offset_min) in [
            ("2024-02-20", 0, 1, 14 * 60),
            ("2024-02-20", 23, 59, -12 * 60),
            ("2024-02-21", 0, 0, 23 * 60 + 59),
            ("2024-02-21", 23, 59, -(23 * 60 + 59)),
        ] {
            let offset = FixedOffset::east_opt(offset_min * 60).unwrap();
            let at = offset
                .from_local_datetime(&date(day).and_hms_opt(hour, minute, 0).unwrap())
                .unwrap();
            let draft: PainDraft = serde_json::from_value(serde_json::json!({
                "at": at.to_rfc3339(), "nrs": 4
            }))
            .unwrap();
            j.add_pain(draft, now).unwrap();
        }
        j
    }

    /// The plain definition of a page: every matching row sorted, then sliced.
    fn reference(j: &Journal, q: &TimelineQuery) -> Vec<String> {
        let from = q.from.map(date_text).unwrap_or_else(|| "0000-01-01".into());
        let to = q.to.map(date_text).unwrap_or_else(|| "9999-12-31".into());
        let mut parts = Vec::new();
        for kind in if q.kinds.is_empty() {
            EntryKind::ALL.to_vec()
        } else {
            q.kinds.clone()
        } {
            parts.push(match kind {
                EntryKind::Pain => "SELECT id, at_utc AS s FROM pain_entry WHERE deleted_at IS NULL AND local_date BETWEEN ?1 AND ?2",
                EntryKind::Activity => "SELECT id, at_utc AS s FROM activity WHERE deleted_at IS NULL AND local_date BETWEEN ?1 AND ?2",
                EntryKind::CheckIn => "SELECT id, local_date || 'T12:00:00.000Z' AS s FROM check_in WHERE deleted_at IS NULL AND local_date BETWEEN ?1 AND ?2",
            });
        }
        let sql = format!(
            "{} ORDER BY s DESC, id LIMIT ?3 OFFSET ?4",
            parts.join(" UNION ALL ")
        );
        let mut stmt = j.conn().prepare(&sql).unwrap();
        let limit = q.limit.clamp(1, TIMELINE_PAGE_MAX);
        stmt.query_map(params![from, to, limit, q.offset], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    fn ids(page: &TimelinePage) -> Vec<String> {
        page.items
            .iter()
            .map(|item| match item {
                TimelineItem::Pain(e) => e.id.to_string(),
                TimelineItem::Activity(a) => a.id.to_string(),
                TimelineItem::CheckIn(c) => c.id.to_string(),
            })
            .collect()
    }

    #[test]
    fn pages_match_the_plain_definition_across_offsets_and_ranges() {
        let j = journal();
        let ranges = [
            (None, None),
            (Some("2024-02-20"), Some("2024-02-20")),
            (Some("2024-02-21"), Some("2024-02-21")),
            (Some("2024-02-19"), Some("2024-02-25")),
            (Some("2024-02-01"), Some("2024-02-29")),
            (Some("2024-02-29"), None),
            (None, Some("2024-02-05")),
        ];
        let kinds = [
            vec![],
            vec![EntryKind::Pain],
            vec![EntryKind::CheckIn],
            vec![EntryKind::Activity, EntryKind::CheckIn],
        ];
        for (from, to) in ranges {
            for kinds in &kinds {
                for (limit, offset) in [(50, 0), (7, 0), (7, 13), (200, 150), (50, 5000)] {
                    let q = TimelineQuery {
                        kinds: kinds.clone(),
                        from: from.map(date),
                        to: to.map(date),
                        limit,
                        offset,
                    };
                    let page = j.timeline_page(&q).unwrap();
                    assert_eq!(
                        ids(&page),
                        reference(&j, &q),
                        "page {q:?} must hold the same entries in the same order as the plain query"
                    );
                    let next = TimelineQuery {
                        offset: offset + limit,
                        limit: 1,
                        ..q.clone()
                    };
                    assert_eq!(
                        page.has_more,
                        !reference(&j, &next).is_empty(),
                        "has_more for {q:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn purging_reads_only_the_deleted_rows_index() {
        let j = journal();
        for table in ["pain_entry", "activity", "check_in"] {
            let sql = format!(
                "EXPLAIN QUERY PLAN DELETE FROM {table} WHERE deleted_at IS NOT NULL AND deleted_at < ?1"
            );
            let mut stmt = j.conn().prepare(&sql).unwrap();
            let plan: Vec<String> = stmt
                .query_map(["x"], |r| r.get::<_, String>(3))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            let plan = plan.join("\n");
            assert!(
                plan.contains(&format!("SEARCH {table} USING"))
                    && plan.contains("_deleted (deleted_at"),
                "the start-up purge of {table} must search the deleted-rows index, plan was:\n{plan}"
            );
            assert!(
                !plan.contains(&format!("SCAN {table}")),
                "no full scan of {table} at start-up, plan was:\n{plan}"
            );
        }
    }

    #[test]
    fn day_week_month_and_open_pages_read_through_the_time_indexes() {
        let j = journal();
        let q = TimelineQuery {
            from: Some(date("2024-02-01")),
            to: Some(date("2024-02-29")),
            ..TimelineQuery::default()
        };
        let (sql, _) = timeline_sql(&EntryKind::ALL, &q);
        let mut stmt = j
            .conn()
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap();
        let plan: Vec<String> = stmt
            .query_map(params!["a", "b", 1, 0, "c", "d", 2], |r| {
                r.get::<_, String>(3)
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let plan = plan.join("\n");
        for wanted in [
            "SEARCH pain_entry USING INDEX pain_at (at_utc>? AND at_utc<?)",
            "SEARCH activity USING INDEX activity_at (at_utc>? AND at_utc<?)",
            "SEARCH check_in USING INDEX check_in_one_per_day",
        ] {
            assert!(
                plan.contains(wanted),
                "the timeline must read {wanted:?} (newest first, cut at the page), plan was:\n{plan}"
            );
        }
        for table in ["pain_entry", "activity", "check_in"] {
            assert!(
                !plan.contains(&format!("SCAN {table}")),
                "no full scan of {table}, plan was:\n{plan}"
            );
        }
    }
}
