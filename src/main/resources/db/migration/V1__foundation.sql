-- Foundation schema. Runs unchanged on H2 (embedded default) and MySQL/MariaDB.
-- ${datetime} is TIMESTAMP(6) on H2 and DATETIME(6) on MySQL (no 2038 limit, no time-zone conversion): see spring.flyway.placeholders.
-- Money is DECIMAL(15,2) (D28). Times are UTC.

CREATE TABLE person (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    id_number        VARCHAR(18)      NOT NULL,
    name             VARCHAR(64)   NOT NULL,
    phone            VARCHAR(20),
    scheme           VARCHAR(16)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    region_code      VARCHAR(6)       NOT NULL,
    wallet_opened_at ${datetime},
    password_hash    VARCHAR(100),
    failed_logins    INT           NOT NULL DEFAULT 0,
    locked_until     ${datetime},
    created_at       ${datetime}   NOT NULL,
    updated_at       ${datetime}   NOT NULL,
    CONSTRAINT uq_person_id_number UNIQUE (id_number)
);
CREATE INDEX ix_person_phone ON person (phone);
CREATE INDEX ix_person_name ON person (name);

-- The personal account of an employee-insured person. balance and reserved change only in the
-- transaction that appends the ledger entry explaining the change (D25).
CREATE TABLE account (
    person_id BIGINT        NOT NULL PRIMARY KEY,
    balance   DECIMAL(15,2) NOT NULL DEFAULT 0,
    reserved  DECIMAL(15,2) NOT NULL DEFAULT 0,
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_account_reserved CHECK (reserved >= 0),
    CONSTRAINT ck_account_balance CHECK (balance >= reserved)
);

CREATE TABLE staff (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(32)  NOT NULL,
    name          VARCHAR(64)  NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    failed_logins INT          NOT NULL DEFAULT 0,
    locked_until  ${datetime},
    CONSTRAINT uq_staff_username UNIQUE (username)
);

CREATE TABLE relation (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    sharer_id     BIGINT      NOT NULL,
    recipient_id  BIGINT      NOT NULL,
    kinship       VARCHAR(32) NOT NULL,
    mode          VARCHAR(16) NOT NULL,
    status        VARCHAR(16) NOT NULL,
    initiated_by  VARCHAR(16) NOT NULL,
    requested_at  ${datetime} NOT NULL,
    confirmed_at  ${datetime},
    ended_at      ${datetime},
    end_reason    VARCHAR(40),
    -- 'sharerId:recipientId' while PENDING or LIVE, NULL afterwards: at most one open relation per pair (D6).
    open_pair     VARCHAR(41),
    CONSTRAINT fk_relation_sharer FOREIGN KEY (sharer_id) REFERENCES person (id),
    CONSTRAINT fk_relation_recipient FOREIGN KEY (recipient_id) REFERENCES person (id),
    CONSTRAINT uq_relation_open_pair UNIQUE (open_pair)
);
CREATE INDEX ix_relation_sharer ON relation (sharer_id, status);
CREATE INDEX ix_relation_recipient ON relation (recipient_id, status);

-- The signed commitment letter (承诺书, D7).
CREATE TABLE commitment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    relation_id    BIGINT       NOT NULL,
    signed_by      BIGINT       NOT NULL,
    signed_at      ${datetime}  NOT NULL,
    letter_version VARCHAR(16)  NOT NULL,
    text_hash      VARCHAR(64)     NOT NULL,
    channel        VARCHAR(16)  NOT NULL,
    agent          VARCHAR(32),
    agent_reason   VARCHAR(500),
    CONSTRAINT fk_commitment_relation FOREIGN KEY (relation_id) REFERENCES relation (id),
    CONSTRAINT fk_commitment_signer FOREIGN KEY (signed_by) REFERENCES person (id)
);

-- One row per grant (共济额度, D10). unused = amount - used - returned.
CREATE TABLE quota (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    relation_id BIGINT        NOT NULL,
    sharer_id   BIGINT        NOT NULL,
    recipient_id BIGINT       NOT NULL,
    amount      DECIMAL(15,2) NOT NULL,
    used        DECIMAL(15,2) NOT NULL DEFAULT 0,
    returned    DECIMAL(15,2) NOT NULL DEFAULT 0,
    end_date    DATE,
    granted_at  ${datetime}   NOT NULL,
    CONSTRAINT fk_quota_relation FOREIGN KEY (relation_id) REFERENCES relation (id),
    CONSTRAINT ck_quota_amount CHECK (amount > 0),
    CONSTRAINT ck_quota_parts CHECK (used >= 0 AND returned >= 0 AND used + returned <= amount)
);
CREATE INDEX ix_quota_relation ON quota (relation_id);
CREATE INDEX ix_quota_recipient ON quota (recipient_id);
CREATE INDEX ix_quota_end_date ON quota (end_date);

-- Append-only ledger (D25): every change to a relation or to money. No row is ever updated or deleted.
-- balance_delta / reserved_delta apply to account_id's personal account, so balances follow from the ledger.
CREATE TABLE ledger_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at    ${datetime}   NOT NULL,
    kind           VARCHAR(32)   NOT NULL,
    account_id     BIGINT,
    balance_delta  DECIMAL(15,2) NOT NULL DEFAULT 0,
    reserved_delta DECIMAL(15,2) NOT NULL DEFAULT 0,
    amount         DECIMAL(15,2),
    sharer_id      BIGINT,
    recipient_id   BIGINT,
    relation_id    BIGINT,
    quota_id       BIGINT,
    settlement_id  VARCHAR(40),
    use_kind       VARCHAR(16),
    actor          VARCHAR(64)   NOT NULL,
    channel        VARCHAR(16)   NOT NULL,
    agent          VARCHAR(32),
    reason         VARCHAR(500)
);
CREATE INDEX ix_ledger_account ON ledger_entry (account_id, occurred_at);
CREATE INDEX ix_ledger_sharer ON ledger_entry (sharer_id, occurred_at);
CREATE INDEX ix_ledger_recipient ON ledger_entry (recipient_id, occurred_at);
CREATE INDEX ix_ledger_relation ON ledger_entry (relation_id, id);

-- In-portal notifications (P3). Only the fields D24 allows are stored: no care detail column exists.
CREATE TABLE notification (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT        NOT NULL,
    created_at      ${datetime}   NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    other_person_id BIGINT,
    relation_id     BIGINT,
    amount          DECIMAL(15,2),
    use_kind        VARCHAR(16),
    reason          VARCHAR(40),
    read_at         ${datetime},
    CONSTRAINT fk_notification_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_notification_person ON notification (person_id, read_at);

CREATE TABLE institution (
    code         VARCHAR(32)  NOT NULL PRIMARY KEY,
    name         VARCHAR(128) NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    region_code  VARCHAR(6)      NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    api_key_hash VARCHAR(64)     NOT NULL,
    created_at   ${datetime}  NOT NULL,
    updated_at   ${datetime}  NOT NULL,
    CONSTRAINT uq_institution_key UNIQUE (api_key_hash)
);

-- Idempotency (D19): the first answer to each client's request id.
CREATE TABLE api_request (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    client        VARCHAR(40)   NOT NULL,
    request_id    VARCHAR(64)   NOT NULL,
    body_hash     VARCHAR(64)      NOT NULL,
    response_status INT         NOT NULL,
    response_body VARCHAR(4000) NOT NULL,
    created_at    ${datetime}   NOT NULL,
    CONSTRAINT uq_api_request UNIQUE (client, request_id)
);
