-- Backstory schema: pairing (issue 16). A pairing holds a partner's public keys, read from
-- the pairing code they showed; signed shares from them are accepted only when signed by
-- that key, addressed to this journal's key and numbered above the last one accepted.
-- This journal's own secret keys live in `setting` (encrypted with the journal when
-- encryption is on).

CREATE TABLE pairing (
    id               TEXT PRIMARY KEY NOT NULL,     -- local uuid
    name             TEXT NOT NULL,                 -- the label the user chose
    key_id           TEXT NOT NULL UNIQUE,          -- the partner's key id (32 hex digits)
    x25519           TEXT NOT NULL,                 -- their age X25519 public key, 64 hex digits
    ed25519          TEXT NOT NULL,                 -- their Ed25519 verifying key, 64 hex digits
    own_key_id       TEXT NOT NULL,                 -- this journal's key id when they were paired
    paired_at        TEXT NOT NULL,
    partner_id       TEXT REFERENCES partner (id) ON DELETE SET NULL, -- their imported journal
    last_sequence    INTEGER,                       -- newest share accepted (replays refused)
    last_received_at TEXT,
    expires_at       TEXT,                          -- the accepted share's expiry, if any
    expired_at       TEXT                           -- when expired data was removed
) STRICT;

-- One short note per own intimacy evening; it travels to a paired partner only when shared.
CREATE TABLE evening_note (
    activity_id TEXT PRIMARY KEY NOT NULL,          -- an own intimacy activity
    text        TEXT NOT NULL,
    shared      INTEGER NOT NULL CHECK (shared IN (0, 1)),
    updated_at  TEXT NOT NULL
) STRICT;

-- Notes a paired partner shared about their evenings (read-only, gone with the partner).
CREATE TABLE partner_evening_note (
    partner_id  TEXT NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    activity_id TEXT NOT NULL,                      -- the activity's id in their journal
    text        TEXT NOT NULL,
    PRIMARY KEY (partner_id, activity_id)
) STRICT;
