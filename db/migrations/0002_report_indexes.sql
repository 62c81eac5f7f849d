-- Reports count records by day: home checks by the day they were made, appeals by the
-- moment they were received (the work log and incidents have such indexes already).
CREATE INDEX register_check_checked_on ON register_check (checked_on);
CREATE INDEX appeal_received_at ON appeal (received_at);
