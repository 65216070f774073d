-- Issue 12 (P2, P3): a quota's two sides are reminded once, seven days before its last day. The marker is set by a
-- conditional UPDATE (... WHERE reminded_at IS NULL) in the transaction that sends the reminders, so that of several
-- portal nodes running the job at once only one sends them, and a restart sends nothing again. Runs unchanged on H2
-- and MySQL/MariaDB.
ALTER TABLE quota ADD COLUMN reminded_at ${datetime};
