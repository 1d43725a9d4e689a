-- Backstory schema: the body map (issue 15). Each pain entry's regions now carry their own
-- score and qualities. The entry's JSON body stays the record (like nrs and the other
-- columns of pain_entry, these rows are written from it in the same transaction), and
-- pain_region is its queryable copy: the composite maps count regions with SQL.
--
-- Existing entries held a plain list of region ids; each becomes an object whose score is
-- the entry's NRS (the one score the entry had) and whose qualities are unknown (empty).

UPDATE pain_entry
SET body = json_set(
    body,
    '$.regions',
    -- json(): a subquery's result loses its JSON subtype and would be set as a string.
    json((SELECT json_group_array(json_object('region', r.value, 'score', pain_entry.nrs, 'qualities', json('[]')))
          FROM json_each(pain_entry.body, '$.regions') AS r))
)
WHERE json_type(body, '$.regions') = 'array'
  AND json_array_length(body, '$.regions') > 0
  AND json_type(body, '$.regions[0]') = 'text';

CREATE TABLE pain_region (
    entry_id  TEXT NOT NULL REFERENCES pain_entry (id) ON DELETE CASCADE,
    region    TEXT NOT NULL,
    score     INTEGER CHECK (score BETWEEN 0 AND 10),   -- NULL: not given
    qualities TEXT NOT NULL DEFAULT '[]',               -- JSON array of quality ids
    PRIMARY KEY (entry_id, region)
) STRICT, WITHOUT ROWID;
CREATE INDEX pain_region_by_region ON pain_region (region);

INSERT INTO pain_region (entry_id, region, score, qualities)
SELECT pain_entry.id,
       json_extract(r.value, '$.region'),
       json_extract(r.value, '$.score'),
       coalesce(json_extract(r.value, '$.qualities'), '[]')
FROM pain_entry, json_each(pain_entry.body, '$.regions') AS r;
