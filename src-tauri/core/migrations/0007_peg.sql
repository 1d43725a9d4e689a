-- Backstory schema v7: the weekly PEG check (issue 17). Its three answers are kept as columns
-- (not only the score), so a trend or a clinician can see which part moved. One row per
-- check; the week it covers is the seven local days ending on local_date.

CREATE TABLE peg_check (
    id          TEXT PRIMARY KEY NOT NULL,
    taken_utc   TEXT NOT NULL,                       -- fixed-width UTC, sorts in time
    utc_offset  INTEGER NOT NULL,                    -- minutes east of UTC when taken
    local_date  TEXT NOT NULL,                       -- the user's day it was taken
    pain        INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    enjoyment   INTEGER NOT NULL CHECK (enjoyment BETWEEN 0 AND 10),
    activity    INTEGER NOT NULL CHECK (activity BETWEEN 0 AND 10),
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX peg_check_time ON peg_check (taken_utc);
