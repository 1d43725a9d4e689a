//! Schema migrations: numbered SQL files applied in order, the schema version kept in
//! SQLite's `user_version`. Each migration runs in one transaction with its version bump,
//! so an interrupted upgrade leaves version N or N+1, never something in between.

use crate::error::{CoreError, CoreResult, DatabaseProblem};
use crate::i18n::{args, tr_with};
use rusqlite::Connection;

/// Append-only: a landed migration is never edited.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_alerts.sql"),
    include_str!("../../migrations/0003_partners.sql"),
    include_str!("../../migrations/0004_insights_indexes.sql"),
    include_str!("../../migrations/0005_day_summary.sql"),
    include_str!("../../migrations/0006_deleted_index.sql"),
    include_str!("../../migrations/0007_peg.sql"),
    include_str!("../../migrations/0008_experiments.sql"),
    include_str!("../../migrations/0009_pain_regions.sql"),
    include_str!("../../migrations/0010_pairing.sql"),
    include_str!("../../migrations/0011_partner_experiments.sql"),
    include_str!("../../migrations/0012_exposure_index.sql"),
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn schema_version(conn: &Connection) -> CoreResult<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

/// Refuses a database written by a newer Backstory before anything touches it.
pub fn ensure_not_too_new(conn: &Connection) -> CoreResult<i64> {
    let version = schema_version(conn)?;
    if version > LATEST_VERSION {
        return Err(CoreError::Database {
            reason: DatabaseProblem::TooNew,
            message: tr_with(
                "error-db-too-new",
                &args([
                    ("version", version.into()),
                    ("known", LATEST_VERSION.into()),
                ]),
            ),
        });
    }
    Ok(version)
}

/// Applies every migration above the current version, each in its own transaction.
pub fn migrate(conn: &mut Connection) -> CoreResult<()> {
    migrate_with(conn, MIGRATIONS)
}

/// `migrate` over a given list (tests use it to inject a migration that fails halfway).
pub fn migrate_with(conn: &mut Connection, migrations: &[&str]) -> CoreResult<()> {
    let current = ensure_not_too_new(conn)?;
    for (index, sql) in migrations.iter().enumerate().skip(current as usize) {
        let target = index as i64 + 1;
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", target)?;
        tx.commit()?;
    }
    Ok(())
}
