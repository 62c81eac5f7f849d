-- Sync bookkeeping, all device-local (never dumped, never sent as records).

-- The unit a change travelled in: a signed batch of its origin device, or the package that
-- brought it down (its package id). NULL: made here and not sealed into a batch yet.
ALTER TABLE change ADD COLUMN batch_id TEXT;
CREATE INDEX change_batch ON change (batch_id, seq);
CREATE INDEX change_unsealed ON change (seq) WHERE batch_id IS NULL;
ALTER TABLE held_change ADD COLUMN batch_id TEXT;
CREATE INDEX held_change_batch ON held_change (batch_id);

-- Batches of changes, each signed by the device that made the changes, so a relayed batch
-- can be verified end to end by whoever receives it (HQ checks an inspector's batch that a
-- chief relayed). Numbered per origin device and epoch without gaps.
CREATE TABLE batch (
    batch_id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    epoch INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    count INTEGER NOT NULL,
    digest TEXT NOT NULL,             -- SHA-256 of the batch's change lines, hex
    signature TEXT NOT NULL,          -- the origin device's Ed25519 signature, hex
    received_from TEXT,               -- the device it came from; NULL when sealed here
    package_id TEXT,                  -- the package it came in
    received_at TEXT NOT NULL
);
CREATE UNIQUE INDEX batch_origin_seq ON batch (origin, epoch, seq);

-- Other devices this one knows: enrolled here by comparing a fingerprint, or vouched for by
-- a trusted chief (HQ learns a district's laptops so).
CREATE TABLE peer (
    device_id TEXT PRIMARY KEY,
    card TEXT NOT NULL,               -- the device card as received (canonical JSON)
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    country TEXT,
    district_code TEXT,
    precinct_code TEXT,
    sign_public TEXT NOT NULL,
    box_public TEXT NOT NULL,
    formats TEXT NOT NULL,            -- JSON list of package formats it reads
    model INTEGER NOT NULL,           -- the version of the record model it knows
    trust TEXT NOT NULL,              -- trusted | revoked
    vouched_by TEXT,                  -- NULL: enrolled here
    revoked_after INTEGER,            -- its packages with a higher sequence number are refused
    revoked_after_batch INTEGER,      -- and its batches with a higher number
    enrolled_at TEXT NOT NULL,
    -- what this device knows of the peer's side of the exchange
    down_acked INTEGER NOT NULL DEFAULT 0,   -- our change seq up to which it confirmed (downward)
    journal_seq INTEGER,              -- its journal head as its last package gave it
    journal_hash TEXT,
    journal_package INTEGER,          -- the package that gave it
    history_rewritten TEXT,           -- JSON {since_package, seen_in_package} when its chain broke
    confirmed_head_seq INTEGER,       -- our journal head as the peer last confirmed holding it
    confirmed_head_hash TEXT
);

-- What a peer confirmed holding: batch numbers per origin and epoch, as ranges.
CREATE TABLE peer_ack (
    peer TEXT NOT NULL,
    origin TEXT NOT NULL,
    epoch INTEGER NOT NULL,
    ranges TEXT NOT NULL,             -- JSON [[from, to], ...]
    PRIMARY KEY (peer, origin, epoch)
);

CREATE TABLE package_in (
    package_id TEXT PRIMARY KEY,
    sender TEXT NOT NULL,
    seq INTEGER NOT NULL,
    epoch INTEGER,
    made_at TEXT,
    imported_at TEXT NOT NULL,
    file_name TEXT,
    watermark INTEGER,                -- the sender's change seq it covered (downward)
    added INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    set_aside INTEGER NOT NULL DEFAULT 0,
    held INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX package_in_sender ON package_in (sender, seq);

CREATE TABLE package_out (
    package_id TEXT PRIMARY KEY,
    recipient TEXT NOT NULL,
    seq INTEGER NOT NULL,
    written_at TEXT NOT NULL,
    path TEXT NOT NULL,
    watermark INTEGER,                -- our highest change seq it covered (downward)
    batches INTEGER NOT NULL DEFAULT 0,
    changes INTEGER NOT NULL DEFAULT 0,
    journal_seq INTEGER               -- our journal head when it was written
);
CREATE INDEX package_out_recipient ON package_out (recipient, seq);

-- Well-formed changes that the device that made them may not make (an inspector's laptop
-- editing another precinct): kept, never applied, listed for the chief.
CREATE TABLE set_aside (
    change_id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    hlc TEXT NOT NULL,
    change_json TEXT NOT NULL,        -- the change as it arrived (canonical JSON)
    device TEXT NOT NULL,
    reason TEXT NOT NULL,
    batch_id TEXT,                    -- the batch it came in (relayed on whole)
    package_id TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX set_aside_batch ON set_aside (batch_id);
