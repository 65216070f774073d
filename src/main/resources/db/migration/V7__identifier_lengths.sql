-- Issue 11: the idempotency client name is "institution:" + the institution's code, and api.md allows codes of up
-- to 32 characters: 44 characters did not fit the 40 that V1 gave the column, and every refund of such an
-- institution failed. Widened to 64 on both databases. (What else differs per database is in db/h2 and db/mysql.)
ALTER TABLE api_request ${modifycolumn} client VARCHAR(64) NOT NULL;
