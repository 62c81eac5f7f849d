-- A log entry is never deleted: one written in error is cancelled with a reason, and stays in
-- the log and its history (lists show it as cancelled and leave it out of the figures).
ALTER TABLE log_entry ADD COLUMN cancel_reason TEXT;
