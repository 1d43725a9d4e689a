-- Insights (issue 5): covering indexes so the per-day aggregates and the pain-after join
-- read only index pages, never the rows with their JSON bodies. Figures for 10 years /
-- ~100k entries are in docs/performance.md. A per-day summary table was not needed: these
-- keep every insight under its 50 ms target without triggers keeping a second copy in step.
--
-- Each index ends with deleted_at (always NULL in it): SQLite counts an index as covering
-- only when every column the query names is in it, and the queries filter on deleted_at.

-- (local_date, nrs, ...) does everything (local_date) did, so the narrower index goes.
DROP INDEX pain_date;
CREATE INDEX pain_date_nrs ON pain_entry (local_date, nrs, deleted_at) WHERE deleted_at IS NULL;

-- Per-day counts by kind (trend markers, programme sessions).
DROP INDEX activity_date;
CREATE INDEX activity_date_kind ON activity (local_date, kind, deleted_at) WHERE deleted_at IS NULL;

-- One kind over a date range (intimacy cases, stretching and core days).
CREATE INDEX activity_kind_date ON activity (kind, local_date, deleted_at) WHERE deleted_at IS NULL;

-- Joining linked pain to its activity without reading the activity's row.
CREATE INDEX activity_facts ON activity (id, kind, local_date, duration_min, deleted_at)
    WHERE deleted_at IS NULL;

-- The highest linked pain per activity.
CREATE INDEX pain_activity_nrs ON pain_entry (activity_id, nrs, deleted_at)
    WHERE deleted_at IS NULL AND activity_id IS NOT NULL;
