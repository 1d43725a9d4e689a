-- Backstory schema v3: partners' shared journals, kept apart from the user's own entries.
-- A partner is recognised by the random id of the journal that exported the file, so a
-- newer file from the same partner updates their entries instead of adding a second copy.
-- Partner entries are read-only: nothing but an import (or removing the partner) writes them.

CREATE TABLE partner (
    id                TEXT PRIMARY KEY NOT NULL,     -- local uuid
    name              TEXT NOT NULL,                 -- the label the user chose
    source_journal_id TEXT NOT NULL UNIQUE,          -- journal_id from the export header
    exported_at       TEXT NOT NULL,                 -- newest file imported (replays refused)
    imported_at       TEXT NOT NULL,
    created_at        TEXT NOT NULL
) STRICT;

CREATE TABLE partner_entry (
    partner_id    TEXT NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    id            TEXT NOT NULL,                     -- the entry's uuid in the partner's journal
    kind          TEXT NOT NULL CHECK (kind IN ('pain', 'activity', 'check_in', 'alert')),
    at_utc        TEXT NOT NULL,                     -- check-ins: local_date || 'T12:00:00.000Z'
    local_date    TEXT NOT NULL,
    activity_kind TEXT,                              -- activity rows only
    nrs           INTEGER CHECK (nrs BETWEEN 0 AND 10), -- pain rows only
    body          TEXT NOT NULL,                     -- the validated entry as JSON
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (partner_id, id)
) STRICT;
CREATE INDEX partner_entry_time ON partner_entry (partner_id, kind, at_utc);
