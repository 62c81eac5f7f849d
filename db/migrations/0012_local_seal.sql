-- Device-local tables that decide behaviour (meta: role, country, device id; counter; the
-- device's secret keys) are not replicated, so no change log or journal covers them: a keyed
-- MAC of each table's whole content, written by the store with every write to it, lets
-- `verify` find an edit made behind the application's back.
CREATE TABLE local_seal (
    name TEXT PRIMARY KEY,            -- the table sealed
    mac TEXT NOT NULL                 -- HMAC-SHA256 of its canonical content, hex
);
