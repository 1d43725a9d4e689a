-- Backstory schema: n-of-1 experiments (issue 14, part 3). An experiment keeps its plan
-- (start, period length, blocks and the seed its block orders are drawn from), so the
-- schedule can always be rebuilt; a day's row says whether the user followed that day's arm.
-- Outcomes are not copied here: they are read from the pain entries, so an edit shows.

CREATE TABLE experiment (
    id           TEXT PRIMARY KEY NOT NULL,
    change       TEXT NOT NULL,                  -- JSON ExperimentChange
    outcome      TEXT NOT NULL CHECK (outcome IN ('next_morning', 'pain_after')),
    start_date   TEXT NOT NULL,                  -- YYYY-MM-DD, the first day of block 1
    period_days  INTEGER NOT NULL CHECK (period_days BETWEEN 3 AND 14),
    blocks       INTEGER NOT NULL CHECK (blocks BETWEEN 2 AND 8),
    seed         TEXT NOT NULL,                  -- u64 as text
    abandoned_on TEXT,                           -- YYYY-MM-DD; NULL: not abandoned
    created_at   TEXT NOT NULL
) STRICT;

CREATE TABLE experiment_day (
    experiment_id TEXT NOT NULL REFERENCES experiment (id) ON DELETE CASCADE,
    date          TEXT NOT NULL,
    followed      INTEGER NOT NULL CHECK (followed IN (0, 1)),
    PRIMARY KEY (experiment_id, date)
) STRICT;
