-- The merge core before the change format goes on the wire (DESIGN.md sections 3 and 4).

-- A change may settle the losers of a conflict on the fields it sets: {field: [change ids]}.
-- A resolution is then a change like any other, and the same on every device.
ALTER TABLE change ADD COLUMN seen_json TEXT NOT NULL DEFAULT '{}';

-- Received changes that are not merged: those stamped more than a day ahead of this device's
-- clock (held for the chief to accept), and those the chief marked superseded (kept for good,
-- never applied). The columns of `change`, and when the change was set apart.
CREATE TABLE held_change (
    seq INTEGER PRIMARY KEY,
    change_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    hlc TEXT NOT NULL,
    values_json TEXT NOT NULL,
    bases_json TEXT NOT NULL,
    author TEXT,
    device TEXT NOT NULL,
    seen_json TEXT NOT NULL DEFAULT '{}',
    held_at TEXT NOT NULL
);

-- The chief's decision on a held change: a replicated record (its id is the change's id).
CREATE TABLE change_review (
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
    change_id TEXT,
    decision TEXT,                    -- accept | superseded
    note TEXT
);
CREATE INDEX change_review_change ON change_review (change_id, decision) WHERE deleted = 0;

-- `conflict` is now derived from the change log alone: the open conflicts, nothing else. The
-- columns of a device-local resolution are dropped; no version of the application ever set
-- them, and a row that had them set is an open conflict by the new rule (no change settles it).
ALTER TABLE conflict DROP COLUMN resolved_at;
ALTER TABLE conflict DROP COLUMN resolved_by;
ALTER TABLE conflict DROP COLUMN resolution;
