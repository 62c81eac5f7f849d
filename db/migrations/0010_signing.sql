-- Users sign what they write and admins sign who may write (the security issue): a user's
-- public signing key and certificate, the device's anchor keys (its first admin's and the
-- recovery key's, carried in its card), and where signing started on a database made before.
ALTER TABLE user ADD COLUMN sign_public TEXT;
ALTER TABLE user ADD COLUMN certificate TEXT;
ALTER TABLE device ADD COLUMN admin_public_key TEXT;
ALTER TABLE device ADD COLUMN recovery_public_key TEXT;
INSERT INTO meta (key, value) SELECT 'signing_since', COALESCE(MAX(seq), 0) + 1 FROM journal;
