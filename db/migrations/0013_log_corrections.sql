-- A log entry is never deleted: one written in error is cancelled with a reason, and stays in
-- the log and its history (lists show it as cancelled and leave it out of the figures).
ALTER TABLE log_entry ADD COLUMN cancel_reason TEXT;
-- A register check and the work log entry that says it was done are one piece of work, typed
-- once: each check names its log entry.
ALTER TABLE register_check ADD COLUMN log_entry_id TEXT;
