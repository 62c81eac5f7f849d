-- A device restored from a backup starts a new epoch: its package numbers start again, so
-- they are told apart by epoch; and a revoked device stays revoked in every later epoch
-- (a thief cannot restore a backup to be trusted again).
ALTER TABLE peer ADD COLUMN revoked_epoch INTEGER;   -- the epoch its last accepted package had
CREATE INDEX package_in_sender_epoch ON package_in (sender, epoch, seq);
