-- The lean money path (issue 9). Runs unchanged on H2 and MySQL/MariaDB.

-- 1. No hot sharer row. The account row keeps only what is free to spend or grant (D11: available). A quota's
--    unused part is reserved in the quota row itself, so a spend from a quota changes the quota and the ledger,
--    not a row that all of that sharer's recipients share. Derived, as D25 says:
--      reserved = Σ (amount − used − returned) of the sharer's quotas,   balance = available + reserved.
ALTER TABLE account ADD COLUMN available DECIMAL(15,2) NOT NULL DEFAULT 0;
UPDATE account SET available = balance - reserved;
ALTER TABLE account DROP CONSTRAINT ck_account_balance;
ALTER TABLE account DROP CONSTRAINT ck_account_reserved;
ALTER TABLE account DROP COLUMN balance;
ALTER TABLE account DROP COLUMN reserved;
ALTER TABLE account ADD CONSTRAINT ck_account_available CHECK (available >= 0);
CREATE INDEX ix_quota_sharer ON quota (sharer_id);

-- 2. One row per settlement. The own-account part and the cash part are columns of the settlement (a settlement
--    paid from the patient's own account writes no part row); shared parts stay in settlement_part. The care detail
--    (D24) is a column read only for the patient himself. The settlement row is its own idempotency record (D19):
--    unique per institution and request id, with the hash of the request that made it.
ALTER TABLE settlement ADD COLUMN own_account DECIMAL(15,2) NOT NULL DEFAULT 0;
ALTER TABLE settlement ADD COLUMN body_hash VARCHAR(64);
ALTER TABLE settlement ADD COLUMN detail VARCHAR(16000);
UPDATE settlement SET own_account = COALESCE((SELECT SUM(p.amount) FROM settlement_part p
    WHERE p.settlement_id = settlement.id AND p.source = 'OWN_ACCOUNT'), 0);
UPDATE settlement SET detail = (SELECT d.detail FROM settlement_detail d WHERE d.settlement_id = settlement.id);
UPDATE settlement SET body_hash = (SELECT r.body_hash FROM api_request r
    WHERE r.client = CONCAT('institution:', settlement.institution_code) AND r.request_id = settlement.request_id);
UPDATE settlement SET body_hash = '' WHERE body_hash IS NULL;
ALTER TABLE settlement ${modifycolumn} body_hash VARCHAR(64) NOT NULL;
CREATE UNIQUE INDEX uq_settlement_request ON settlement (institution_code, request_id);
DROP TABLE settlement_detail;

-- Refunds undo a settlement in one fixed order (D20: cash, shared parts last used first, own account last), so what
-- each part has had back follows from settlement.refunded; the part rows are never updated.
DELETE FROM settlement_part WHERE source IN ('OWN_ACCOUNT', 'CASH');
ALTER TABLE settlement_part DROP CONSTRAINT ck_part_refunded;
ALTER TABLE settlement_part DROP COLUMN refunded;
