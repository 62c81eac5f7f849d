-- Appeals as the law has them: the kind, anonymous, collective and repeated appeals, the
-- officer a complaint is about; who took it into work; who authorised an extension and on
-- which day (an extension entered later than that day shows as a late entry); the day the
-- applicant was told; late steps with their reasons; cancellation with its reason. The
-- registration moment is its own field, never changed after registration.
ALTER TABLE appeal ADD COLUMN kind TEXT;
ALTER TABLE appeal ADD COLUMN anonymous INTEGER;
ALTER TABLE appeal ADD COLUMN collective INTEGER;
ALTER TABLE appeal ADD COLUMN earlier_id TEXT;          -- the earlier appeal a repeated one follows
ALTER TABLE appeal ADD COLUMN about_officer_id TEXT;    -- a complaint about this user
ALTER TABLE appeal ADD COLUMN language TEXT;            -- of the letters to the applicant
ALTER TABLE appeal ADD COLUMN registered_at TEXT;
ALTER TABLE appeal ADD COLUMN taken_by TEXT;
ALTER TABLE appeal ADD COLUMN taken_on TEXT;
ALTER TABLE appeal ADD COLUMN extended_on TEXT;         -- the day the head decided
ALTER TABLE appeal ADD COLUMN extended_from TEXT;       -- the deadline that decision moved
ALTER TABLE appeal ADD COLUMN extension_entered_on TEXT;
ALTER TABLE appeal ADD COLUMN extension_authorised_by TEXT;
ALTER TABLE appeal ADD COLUMN extension_reason TEXT;
ALTER TABLE appeal ADD COLUMN notified_on TEXT;
ALTER TABLE appeal ADD COLUMN notify_late_reason TEXT;
ALTER TABLE appeal ADD COLUMN forward_late_reason TEXT;
ALTER TABLE appeal ADD COLUMN cancelled_on TEXT;
ALTER TABLE appeal ADD COLUMN cancel_reason TEXT;
ALTER TABLE appeal_event ADD COLUMN on_date TEXT;       -- the day the step took effect
ALTER TABLE appeal_event ADD COLUMN authorised_by TEXT;
ALTER TABLE appeal_event ADD COLUMN late INTEGER;
CREATE INDEX appeal_earlier_id ON appeal (earlier_id);
