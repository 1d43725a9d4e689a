//! The profile (one row) and small key/value settings such as "welcome seen".

use super::codec::*;
use super::Journal;
use crate::domain::Profile;
use crate::error::CoreResult;
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

impl Journal {
    pub(crate) fn profile(&self) -> CoreResult<Profile> {
        let body: Option<String> = self
            .conn
            .query_row("SELECT body FROM profile WHERE id = 1", [], |r| r.get(0))
            .optional()?;
        body.map_or(Ok(Profile::default()), |b| from_body(&b))
    }

    pub(crate) fn save_profile(
        &mut self,
        profile: Profile,
        now: DateTime<Utc>,
    ) -> CoreResult<Profile> {
        let profile = profile.validate()?;
        self.conn.execute(
            "INSERT INTO profile (id, body, updated_at) VALUES (1, ?1, ?2)
             ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
            params![to_body(&profile)?, utc_text(&now)],
        )?;
        Ok(profile)
    }

    pub(crate) fn setting(&self, key: &str) -> CoreResult<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub(crate) fn set_setting(&mut self, key: &str, value: &str) -> CoreResult<()> {
        self.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }
}
