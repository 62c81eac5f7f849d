-- Issue 9: the register's removal note, incidents typed per external register with their
-- outcome, and partnership with residents (meetings' attendance and speaker, tracked proposals).
ALTER TABLE register_entry ADD COLUMN end_note TEXT;  -- the words of an "other" removal reason
ALTER TABLE incident ADD COLUMN register TEXT;        -- КУИ, ЕРДР (KZ); КУП, ЕРПП (KG)
ALTER TABLE incident ADD COLUMN outcome TEXT;
ALTER TABLE log_entry ADD COLUMN attendance INTEGER;  -- people present at a meeting or session
ALTER TABLE log_entry ADD COLUMN police_speaker TEXT; -- who spoke for the police

-- A question or proposal raised at a meeting, a council session or a reception, tracked until
-- it is answered.
CREATE TABLE proposal (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    version TEXT NOT NULL,
    created_version TEXT NOT NULL,
    versions TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    log_entry_id TEXT,      -- the meeting, session or reception it was raised at
    appeal_id TEXT,         -- a proposal filed in writing: the appeal of kind proposal
    raised_on TEXT,
    raised_by_person_id TEXT,
    raised_by TEXT,         -- or a body: "the assembly of village X"
    text TEXT,
    assignee TEXT,
    due TEXT,
    status TEXT,            -- received | in_work | done | declined
    answer TEXT,
    answered_on TEXT,
    precinct_id TEXT,
    inspector_id TEXT
);
CREATE INDEX proposal_status_due ON proposal (status, due);
CREATE INDEX proposal_log_entry_id ON proposal (log_entry_id);
CREATE INDEX proposal_precinct_id ON proposal (precinct_id);
