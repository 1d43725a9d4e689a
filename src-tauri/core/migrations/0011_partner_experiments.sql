-- Backstory schema: partners' shared n-of-1 experiments (export format 5,
-- `includes.experiments`), kept apart from the user's own and read-only like
-- partner_entry. Each import that carries experiments replaces the partner's set; one that
-- no longer shares them removes it. Removing the partner removes them (cascade).

CREATE TABLE partner_experiment (
    partner_id TEXT NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    id         TEXT NOT NULL,                  -- the experiment's uuid in the partner's journal
    change_key TEXT NOT NULL,                  -- warm_up, hip_pillow, position, ... (matching)
    body       TEXT NOT NULL,                  -- the checked SharedExperiment as JSON
    PRIMARY KEY (partner_id, id)
) STRICT;
