-- Issue 11: staff sign-ins, refused sign-ins of staff accounts, sign-outs and sessions that ended without one.
-- Append-only like case_access: the portal has no code path that updates or deletes a row.
CREATE TABLE staff_session_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    happened_at ${datetime}  NOT NULL,
    staff       VARCHAR(32)  NOT NULL,
    event       VARCHAR(16)  NOT NULL,
    source      VARCHAR(64)
);
CREATE INDEX ix_staff_session_event ON staff_session_event (staff, happened_at);

-- Issue 11: a password the registry issued must be changed at the first sign-in.
ALTER TABLE person ADD COLUMN password_must_change BOOLEAN DEFAULT FALSE NOT NULL;
