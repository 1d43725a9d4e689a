-- Backstory schema v2: red-flag alerts. Append-only: never edit once landed.
-- One row per rule that has ever fired; rows are never deleted. `alert_event` keeps the
-- history (raised, re-raised, acknowledged, resolved, reopened) so nothing is lost unseen.

CREATE TABLE alert (
    rule_id         TEXT PRIMARY KEY NOT NULL,  -- rules::RuleId, snake_case
    tier            TEXT NOT NULL CHECK (tier IN ('emergency', 'urgent', 'see_doctor_soon', 'self_care')),
    evidence        TEXT NOT NULL,              -- JSON [{"kind":"pain","id":"<uuid>"}, ...], newest first
    severity        INTEGER NOT NULL,           -- the rule's measure (peak since the last raise)
    detail          TEXT NOT NULL,              -- what was measured, in words (no user notes)
    first_raised_at TEXT NOT NULL,              -- fixed-width RFC 3339 UTC, like every other time
    last_raised_at  TEXT NOT NULL,
    raise_count     INTEGER NOT NULL CHECK (raise_count >= 1),
    acknowledged_at TEXT,                       -- NULL: not acknowledged since the last raise
    resolved_at     TEXT,                       -- NULL: the rule still fires
    resolution      TEXT CHECK (resolution IN ('evidence_changed', 'no_longer_met')),
    last_seen_at    TEXT NOT NULL               -- last refresh at which the rule fired
) STRICT;

CREATE TABLE alert_event (
    id       INTEGER PRIMARY KEY,
    rule_id  TEXT NOT NULL REFERENCES alert (rule_id),
    at       TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('raised', 're_raised', 'acknowledged', 'resolved', 'reopened')),
    evidence TEXT NOT NULL,
    detail   TEXT NOT NULL
) STRICT;
CREATE INDEX alert_event_rule ON alert_event (rule_id, id);
