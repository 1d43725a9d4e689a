-- Speed (issue 8): start-up purges entries deleted more than a day ago. Without an index
-- that meant scanning every row of the three tables (64 ms at 200k entries, ~0.3 s at 1M)
-- on every start; these partial indexes hold only deleted rows (usually none), so the
-- purge reads an empty index instead.

CREATE INDEX pain_deleted ON pain_entry (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX activity_deleted ON activity (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX check_in_deleted ON check_in (deleted_at) WHERE deleted_at IS NOT NULL;
