-- Speed (issue 8): one row per local day with that day's aggregates, kept in step by
-- triggers, so full-history dashboards (pain trend, programme adherence) read ~3,650 rows
-- for 10 years instead of every entry: at 200k entries the per-day queries of 0004 took
-- ~30 ms against a 20 ms target (docs/performance.md).
--
-- Invariant: for every local_date, the row equals what the 0004 aggregates give over the
-- entries not deleted (missing row = nothing logged; all-zero rows may remain).
-- An insert adds to its day; an update or delete recomputes the affected day(s) from the
-- (local_date, ...) indexes, so edits, soft deletes, restores and purges stay exact.

CREATE TABLE day_summary (
    local_date       TEXT PRIMARY KEY NOT NULL,
    pain_entries     INTEGER NOT NULL DEFAULT 0,
    pain_sum         INTEGER NOT NULL DEFAULT 0,
    pain_max         INTEGER NOT NULL DEFAULT 0,
    intimacy         INTEGER NOT NULL DEFAULT 0,
    stretching       INTEGER NOT NULL DEFAULT 0,
    core             INTEGER NOT NULL DEFAULT 0,
    other_activities INTEGER NOT NULL DEFAULT 0,
    has_check_in     INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;

INSERT INTO day_summary (local_date, pain_entries, pain_sum, pain_max)
    SELECT local_date, COUNT(*), SUM(nrs), MAX(nrs) FROM pain_entry
    WHERE deleted_at IS NULL GROUP BY local_date;

INSERT INTO day_summary (local_date, intimacy, stretching, core, other_activities)
    SELECT local_date, SUM(kind = 'intimacy'), SUM(kind = 'stretching'),
           SUM(kind = 'core_session'),
           SUM(kind NOT IN ('intimacy', 'stretching', 'core_session'))
    FROM activity WHERE deleted_at IS NULL GROUP BY local_date
    ON CONFLICT (local_date) DO UPDATE SET intimacy = excluded.intimacy,
        stretching = excluded.stretching, core = excluded.core,
        other_activities = excluded.other_activities;

INSERT INTO day_summary (local_date, has_check_in)
    SELECT local_date, 1 FROM check_in WHERE deleted_at IS NULL GROUP BY local_date
    ON CONFLICT (local_date) DO UPDATE SET has_check_in = 1;

-- Pain entries.
CREATE TRIGGER day_summary_pain_insert AFTER INSERT ON pain_entry
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO day_summary (local_date, pain_entries, pain_sum, pain_max)
        VALUES (NEW.local_date, 1, NEW.nrs, NEW.nrs)
        ON CONFLICT (local_date) DO UPDATE SET pain_entries = pain_entries + 1,
            pain_sum = pain_sum + excluded.pain_sum,
            pain_max = max(pain_max, excluded.pain_max);
END;

CREATE TRIGGER day_summary_pain_update AFTER UPDATE OF local_date, nrs, deleted_at ON pain_entry
BEGIN
    INSERT INTO day_summary (local_date, pain_entries, pain_sum, pain_max)
        SELECT d.day, COUNT(p.nrs), COALESCE(SUM(p.nrs), 0), COALESCE(MAX(p.nrs), 0)
        FROM (SELECT OLD.local_date AS day UNION SELECT NEW.local_date) AS d
        LEFT JOIN pain_entry AS p ON p.local_date = d.day AND p.deleted_at IS NULL
        WHERE true GROUP BY d.day
        ON CONFLICT (local_date) DO UPDATE SET pain_entries = excluded.pain_entries,
            pain_sum = excluded.pain_sum, pain_max = excluded.pain_max;
END;

CREATE TRIGGER day_summary_pain_delete AFTER DELETE ON pain_entry
WHEN OLD.deleted_at IS NULL
BEGIN
    INSERT INTO day_summary (local_date, pain_entries, pain_sum, pain_max)
        SELECT OLD.local_date, COUNT(*), COALESCE(SUM(nrs), 0), COALESCE(MAX(nrs), 0)
        FROM pain_entry WHERE local_date = OLD.local_date AND deleted_at IS NULL
        ON CONFLICT (local_date) DO UPDATE SET pain_entries = excluded.pain_entries,
            pain_sum = excluded.pain_sum, pain_max = excluded.pain_max;
END;

-- Activities.
CREATE TRIGGER day_summary_activity_insert AFTER INSERT ON activity
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO day_summary (local_date, intimacy, stretching, core, other_activities)
        VALUES (NEW.local_date, NEW.kind = 'intimacy', NEW.kind = 'stretching',
                NEW.kind = 'core_session',
                NEW.kind NOT IN ('intimacy', 'stretching', 'core_session'))
        ON CONFLICT (local_date) DO UPDATE SET intimacy = intimacy + excluded.intimacy,
            stretching = stretching + excluded.stretching, core = core + excluded.core,
            other_activities = other_activities + excluded.other_activities;
END;

CREATE TRIGGER day_summary_activity_update AFTER UPDATE OF local_date, kind, deleted_at ON activity
BEGIN
    INSERT INTO day_summary (local_date, intimacy, stretching, core, other_activities)
        SELECT d.day, COALESCE(SUM(a.kind = 'intimacy'), 0),
               COALESCE(SUM(a.kind = 'stretching'), 0),
               COALESCE(SUM(a.kind = 'core_session'), 0),
               COALESCE(SUM(a.kind NOT IN ('intimacy', 'stretching', 'core_session')), 0)
        FROM (SELECT OLD.local_date AS day UNION SELECT NEW.local_date) AS d
        LEFT JOIN activity AS a ON a.local_date = d.day AND a.deleted_at IS NULL
        WHERE true GROUP BY d.day
        ON CONFLICT (local_date) DO UPDATE SET intimacy = excluded.intimacy,
            stretching = excluded.stretching, core = excluded.core,
            other_activities = excluded.other_activities;
END;

CREATE TRIGGER day_summary_activity_delete AFTER DELETE ON activity
WHEN OLD.deleted_at IS NULL
BEGIN
    INSERT INTO day_summary (local_date, intimacy, stretching, core, other_activities)
        SELECT OLD.local_date, COALESCE(SUM(kind = 'intimacy'), 0),
               COALESCE(SUM(kind = 'stretching'), 0),
               COALESCE(SUM(kind = 'core_session'), 0),
               COALESCE(SUM(kind NOT IN ('intimacy', 'stretching', 'core_session')), 0)
        FROM activity WHERE local_date = OLD.local_date AND deleted_at IS NULL
        ON CONFLICT (local_date) DO UPDATE SET intimacy = excluded.intimacy,
            stretching = excluded.stretching, core = excluded.core,
            other_activities = excluded.other_activities;
END;

-- Check-ins (at most one a day that is not deleted).
CREATE TRIGGER day_summary_check_in_insert AFTER INSERT ON check_in
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO day_summary (local_date, has_check_in) VALUES (NEW.local_date, 1)
        ON CONFLICT (local_date) DO UPDATE SET has_check_in = 1;
END;

CREATE TRIGGER day_summary_check_in_update AFTER UPDATE OF local_date, deleted_at ON check_in
BEGIN
    INSERT INTO day_summary (local_date, has_check_in)
        SELECT d.day, EXISTS (SELECT 1 FROM check_in AS c
                              WHERE c.local_date = d.day AND c.deleted_at IS NULL)
        FROM (SELECT OLD.local_date AS day UNION SELECT NEW.local_date) AS d
        WHERE true
        ON CONFLICT (local_date) DO UPDATE SET has_check_in = excluded.has_check_in;
END;

CREATE TRIGGER day_summary_check_in_delete AFTER DELETE ON check_in
WHEN OLD.deleted_at IS NULL
BEGIN
    INSERT INTO day_summary (local_date, has_check_in)
        VALUES (OLD.local_date, EXISTS (SELECT 1 FROM check_in
                                        WHERE local_date = OLD.local_date AND deleted_at IS NULL))
        ON CONFLICT (local_date) DO UPDATE SET has_check_in = excluded.has_check_in;
END;
