-- Reports as offices file them.

-- How residents reach their inspector, printed on the report to residents: the precinct
-- point's phone and its reception hours (the address is post_address).
ALTER TABLE precinct ADD COLUMN phone TEXT;
ALTER TABLE precinct ADD COLUMN reception_hours TEXT;

-- The register of issued reports of this device: each report gets a document number once;
-- the same report asked for again (kind, scope, period, language, as-of) gets the same one.
-- Device-local: issuing a report is no data change, never replicated.
CREATE TABLE report_issue (
    seq INTEGER PRIMARY KEY,        -- the document's running number on this device
    request_key TEXT NOT NULL UNIQUE,
    issued_at TEXT NOT NULL         -- UTC, when it was first issued
);
