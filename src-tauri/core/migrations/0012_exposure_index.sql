-- Issue 14 performance: the flare analysis sums sitting, lifting and stretching minutes per
-- day (EXPOSURE_DAYS_SQL). The kind index lacked duration_min, so every one of those
-- activities (~30k at 100k entries) was a second seek into the table for its row. With
-- duration_min in the index the query reads index pages only. Same name and leading
-- columns, so every query that used it still does.
DROP INDEX activity_kind_date;
CREATE INDEX activity_kind_date ON activity (kind, local_date, duration_min, deleted_at)
    WHERE deleted_at IS NULL;
