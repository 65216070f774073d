-- D14: the use kinds of contributions (RESIDENT_CONTRIBUTION, LTC_CONTRIBUTION) are longer than the 16 characters
-- V1 gave the column; a contribution paid from shared money could not be recorded. Widened on both tables.
-- V4, not V3: V3 is taken by the settlement API's migration on its own branch.
-- ${modifycolumn} is ALTER COLUMN on H2 and MODIFY COLUMN on MySQL/MariaDB (application*.properties).
ALTER TABLE ledger_entry ${modifycolumn} use_kind VARCHAR(32);
ALTER TABLE notification ${modifycolumn} use_kind VARCHAR(32);
