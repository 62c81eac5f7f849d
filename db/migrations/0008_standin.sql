-- A stand-in: the chief lets an inspector's laptop keep a colleague's precinct for a period
-- (leave, sickness). A replicated record, sent down to every laptop and up to HQ, so each
-- device checks the stand-in's changes to that precinct against the same dates.
CREATE TABLE standin (
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
    device_id TEXT,
    precinct_id TEXT,
    starts TEXT,
    ends TEXT,
    note TEXT
);
CREATE INDEX standin_device ON standin (device_id, precinct_id) WHERE deleted = 0;
