-- Backstory schema v1. Append-only: never edit once landed; add 0002_... instead.
-- Each entry keeps its full validated draft as JSON in `body`; the other columns are
-- copies of the fields that queries filter or sort on, written by the same function.

CREATE TABLE activity (
    id            TEXT PRIMARY KEY NOT NULL,
    at_utc        TEXT NOT NULL,            -- fixed-width RFC 3339 UTC, sorts as text
    tz_offset_min INTEGER NOT NULL,         -- the user's offset when they logged it
    local_date    TEXT NOT NULL,            -- YYYY-MM-DD in that offset
    kind          TEXT NOT NULL,
    duration_min  INTEGER,
    body          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT                       -- soft delete, so a delete can be undone
) STRICT;
CREATE INDEX activity_at ON activity (at_utc) WHERE deleted_at IS NULL;
CREATE INDEX activity_date ON activity (local_date) WHERE deleted_at IS NULL;

CREATE TABLE pain_entry (
    id                    TEXT PRIMARY KEY NOT NULL,
    at_utc                TEXT NOT NULL,
    tz_offset_min         INTEGER NOT NULL,
    local_date            TEXT NOT NULL,
    nrs                   INTEGER NOT NULL CHECK (nrs BETWEEN 0 AND 10),
    interference_daily    INTEGER CHECK (interference_daily BETWEEN 0 AND 10),
    interference_intimacy INTEGER CHECK (interference_intimacy BETWEEN 0 AND 10),
    activity_id           TEXT REFERENCES activity (id) ON DELETE SET NULL,
    body                  TEXT NOT NULL,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    deleted_at            TEXT
) STRICT;
CREATE INDEX pain_at ON pain_entry (at_utc) WHERE deleted_at IS NULL;
CREATE INDEX pain_date ON pain_entry (local_date) WHERE deleted_at IS NULL;
CREATE INDEX pain_activity ON pain_entry (activity_id);

CREATE TABLE check_in (
    id            TEXT PRIMARY KEY NOT NULL,
    local_date    TEXT NOT NULL,
    stress        INTEGER NOT NULL CHECK (stress BETWEEN 0 AND 10),
    body          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
) STRICT;
CREATE UNIQUE INDEX check_in_one_per_day ON check_in (local_date) WHERE deleted_at IS NULL;

CREATE TABLE profile (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
