-- Issue 11: counter actions under oversight. Runs unchanged on H2 and MySQL/MariaDB.
-- A counter grant above portal.casework.co-sign-above is co-signed by a second staff member, named here.
ALTER TABLE counter_action ADD COLUMN checker VARCHAR(32);
-- P3: the citizen is told of every counter action on his account, with the agent and the channel.
ALTER TABLE notification ADD COLUMN agent VARCHAR(32);
ALTER TABLE notification ADD COLUMN channel VARCHAR(16);
