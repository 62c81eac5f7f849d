-- The first schema: replicated records, the change log they are derived from, the journal,
-- full-text search and device-local state. References between records are plain ids with no
-- FOREIGN KEY, and business keys (ID numbers) have no UNIQUE constraint: records arrive in any
-- order, and one person may be entered twice on two laptops offline (DESIGN.md section 3).
--
-- Bookkeeping columns of every replicated table:
--   origin           the device that made the newest version
--   version          hybrid logical clock stamp of the newest field change
--   created_version  stamp of the change that created the record
--   versions         JSON {field: stamp} for fields changed since creation (sparse: a field
--                    not named there is at created_version)
--   deleted          a tombstone; records are never deleted in normal use

CREATE TABLE territory (
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
    kind TEXT,
    parent_id TEXT,
    name TEXT,
    code TEXT
);
CREATE INDEX territory_parent_id ON territory (parent_id);

CREATE TABLE household (
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
    settlement_id TEXT,
    street_id TEXT,
    house TEXT,
    flat TEXT,
    landmark TEXT,
    latitude REAL,
    longitude REAL,
    notes TEXT
);
CREATE INDEX household_settlement_id ON household (settlement_id);
CREATE INDEX household_street_id ON household (street_id);

CREATE TABLE precinct (
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
    code TEXT,
    name TEXT,
    district_id TEXT,
    district_code TEXT,
    settlement_ids TEXT,
    population INTEGER,
    households_count INTEGER,
    inspector_id TEXT,
    post_address TEXT,
    notes TEXT
);
CREATE INDEX precinct_district_id ON precinct (district_id);
CREATE INDEX precinct_inspector_id ON precinct (inspector_id);

CREATE TABLE precinct_object (
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
    precinct_id TEXT,
    kind TEXT,
    name TEXT,
    address TEXT,
    contact TEXT,
    notes TEXT
);
CREATE INDEX precinct_object_precinct_id ON precinct_object (precinct_id);

CREATE TABLE person (
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
    surname TEXT,
    name TEXT,
    patronymic TEXT,
    birth_date TEXT,
    sex TEXT,
    id_number TEXT,
    phones TEXT,
    address TEXT,
    household_id TEXT,
    settlement_id TEXT,
    workplace TEXT,
    notes TEXT,
    precinct_id TEXT,
    merged_into TEXT,
    sort_key TEXT,  -- derived in Python: collation of the full name, for lists
    dup_key TEXT   -- derived: folded full name and birth date, for duplicates
);
CREATE INDEX person_household_id ON person (household_id);
CREATE INDEX person_settlement_id ON person (settlement_id);
CREATE INDEX person_precinct_id ON person (precinct_id);
CREATE INDEX person_merged_into ON person (merged_into);

CREATE TABLE register_entry (
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
    person_id TEXT,
    category TEXT,
    basis TEXT,
    start_date TEXT,
    planned_end TEXT,
    end_date TEXT,
    end_reason TEXT,
    risk_level TEXT,
    source TEXT,
    precinct_id TEXT,
    inspector_id TEXT,
    notes TEXT
);
CREATE INDEX register_entry_person_id ON register_entry (person_id);
CREATE INDEX register_entry_precinct_id ON register_entry (precinct_id);
CREATE INDEX register_entry_inspector_id ON register_entry (inspector_id);

CREATE TABLE register_check (
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
    entry_id TEXT,
    person_id TEXT,
    checked_on TEXT,
    method TEXT,
    result TEXT,
    notes TEXT,
    inspector_id TEXT
);
CREATE INDEX register_check_entry_id ON register_check (entry_id);
CREATE INDEX register_check_person_id ON register_check (person_id);
CREATE INDEX register_check_inspector_id ON register_check (inspector_id);

CREATE TABLE log_entry (
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
    kind TEXT,
    at TEXT,
    place TEXT,
    settlement_id TEXT,
    household_id TEXT,
    person_ids TEXT,
    companion TEXT,
    summary TEXT,
    outcome TEXT,
    follow_up TEXT,
    precinct_id TEXT,
    inspector_id TEXT
);
CREATE INDEX log_entry_settlement_id ON log_entry (settlement_id);
CREATE INDEX log_entry_household_id ON log_entry (household_id);
CREATE INDEX log_entry_precinct_id ON log_entry (precinct_id);
CREATE INDEX log_entry_inspector_id ON log_entry (inspector_id);

CREATE TABLE appeal (
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
    number TEXT,
    received_at TEXT,
    channel TEXT,
    applicant_id TEXT,
    applicant_name TEXT,
    summary TEXT,
    deadline TEXT,
    status TEXT,
    extended_to TEXT,
    forwarded_to TEXT,
    forwarded_on TEXT,
    decision TEXT,
    decided_on TEXT,
    precinct_id TEXT,
    inspector_id TEXT
);
CREATE INDEX appeal_applicant_id ON appeal (applicant_id);
CREATE INDEX appeal_precinct_id ON appeal (precinct_id);
CREATE INDEX appeal_inspector_id ON appeal (inspector_id);

CREATE TABLE appeal_event (
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
    appeal_id TEXT,
    at TEXT,
    kind TEXT,
    detail TEXT,
    new_deadline TEXT
);
CREATE INDEX appeal_event_appeal_id ON appeal_event (appeal_id);

CREATE TABLE incident (
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
    number TEXT,
    occurred_at TEXT,
    place TEXT,
    settlement_id TEXT,
    kind TEXT,
    summary TEXT,
    measures TEXT,
    external_number TEXT,
    precinct_id TEXT,
    inspector_id TEXT
);
CREATE INDEX incident_settlement_id ON incident (settlement_id);
CREATE INDEX incident_precinct_id ON incident (precinct_id);
CREATE INDEX incident_inspector_id ON incident (inspector_id);

CREATE TABLE incident_person (
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
    incident_id TEXT,
    person_id TEXT,
    role TEXT
);
CREATE INDEX incident_person_incident_id ON incident_person (incident_id);
CREATE INDEX incident_person_person_id ON incident_person (person_id);

CREATE TABLE notice (
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
    number TEXT,
    issued_on TEXT,
    title TEXT,
    body TEXT,
    valid_until TEXT,
    precinct_codes TEXT,
    issued_by TEXT
);
CREATE INDEX notice_issued_by ON notice (issued_by);

CREATE TABLE task (
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
    title TEXT,
    body TEXT,
    due TEXT,
    assignee_id TEXT,
    precinct_id TEXT,
    status TEXT,
    acknowledged_at TEXT,
    report TEXT,
    done_at TEXT,
    issued_by TEXT
);
CREATE INDEX task_assignee_id ON task (assignee_id);
CREATE INDEX task_precinct_id ON task (precinct_id);
CREATE INDEX task_issued_by ON task (issued_by);

CREATE TABLE notice_ack (
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
    notice_id TEXT,
    user_id TEXT,
    acknowledged_at TEXT,
    report TEXT
);
CREATE INDEX notice_ack_notice_id ON notice_ack (notice_id);
CREATE INDEX notice_ack_user_id ON notice_ack (user_id);

CREATE TABLE attachment (
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
    sha256 TEXT,
    mime TEXT,
    size INTEGER,
    file_name TEXT,
    entity TEXT,
    record_id TEXT,
    caption TEXT
);

CREATE TABLE user (
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
    login TEXT,
    full_name TEXT,
    rank TEXT,
    badge TEXT,
    role TEXT,
    is_admin INTEGER,
    device_id TEXT,
    active INTEGER
);
CREATE INDEX user_device_id ON user (device_id);

CREATE TABLE device (
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
    name TEXT,
    role TEXT,
    country TEXT,
    district_code TEXT,
    precinct_code TEXT,
    number_prefix TEXT,
    sign_public_key TEXT,
    box_public_key TEXT,
    trust TEXT
);

CREATE TABLE reference (
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
    country TEXT,
    kind TEXT,
    code TEXT,
    data TEXT
);

-- Lookups the screens and services make often.
CREATE INDEX person_sort ON person (sort_key, id);
CREATE INDEX person_id_number ON person (id_number);
CREATE INDEX person_dup ON person (dup_key);
CREATE INDEX register_entry_category ON register_entry (category, start_date);
CREATE INDEX log_entry_at ON log_entry (at);
CREATE INDEX appeal_status ON appeal (status, deadline);
CREATE INDEX appeal_number ON appeal (number);
CREATE INDEX incident_occurred ON incident (occurred_at);
CREATE INDEX user_login ON user (login);
CREATE INDEX reference_kind ON reference (country, kind, code);

-- The change log: the outbox and the input of merge. One row is one edit of one record by one
-- author; each field named in values_json is a field-level change with its own base (the
-- version of that field the author saw), sharing the row's change id and stamp.
CREATE TABLE change (
    seq INTEGER PRIMARY KEY,          -- local arrival order
    change_id TEXT NOT NULL UNIQUE,   -- a UUID: duplicates are recognised by it
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    hlc TEXT NOT NULL,
    values_json TEXT NOT NULL,        -- {field: new value}
    bases_json TEXT NOT NULL,         -- {field: stamp the edit was based on, or null}
    author TEXT,                      -- user id
    device TEXT NOT NULL              -- the device that made the change
);
CREATE INDEX change_record ON change (entity, record_id);

-- Two edits of one field made from the same base: the loser is kept here for review. The
-- winner is whatever the record holds now, so it is not stored twice.
CREATE TABLE conflict (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    loser_change TEXT NOT NULL,
    loser_value TEXT,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution TEXT
);
CREATE UNIQUE INDEX conflict_pair ON conflict (entity, record_id, field, loser_change);

-- The journal: who did what, when, chained by SHA-256. For a change the chain covers a salted
-- hash of its values; the salt and the values it replaced sit in journal_value, which may be
-- redacted when a closed record is anonymised without breaking the chain.
CREATE TABLE journal (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id TEXT,
    device_id TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT,
    record_id TEXT,
    detail TEXT NOT NULL,             -- canonical JSON
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX journal_record ON journal (entity, record_id);

CREATE TABLE journal_value (
    seq INTEGER PRIMARY KEY,          -- the journal row these values belong to
    salt TEXT NOT NULL,
    old_json TEXT                     -- the values the change replaced (null for a new record)
);

-- Full-text search on text folded in Python (case, ё/е, й/и, Kazakh and Kyrgyz letters).
-- Contentless: the rowid is the rowid of the person, or of search_doc for other texts.
CREATE VIRTUAL TABLE person_fts USING fts5(
    body, content='', contentless_delete=1, prefix='1 2 3', tokenize='unicode61 remove_diacritics 0'
);
CREATE TABLE search_doc (
    rowid INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE text_fts USING fts5(
    body, content='', contentless_delete=1, prefix='2 3', tokenize='unicode61 remove_diacritics 0'
);

-- Device-local state, never replicated.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE clock (
    device TEXT PRIMARY KEY,
    wall_ms INTEGER NOT NULL,
    counter INTEGER NOT NULL
);
CREATE TABLE counter (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
CREATE TABLE device_secret (
    device_id TEXT PRIMARY KEY,
    sign_private TEXT NOT NULL,       -- Ed25519, hex
    box_private TEXT NOT NULL         -- X25519, hex
);
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE attachment_blob (
    sha256 TEXT PRIMARY KEY,
    data BLOB NOT NULL
);
