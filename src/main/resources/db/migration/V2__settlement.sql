-- Settlements and refunds of designated institutions (D13–D20), suspected fraud (D16), recipient's order (P1).

-- P1: the recipient's own order of his sharers' money; NULL = D17's default order.
ALTER TABLE relation ADD COLUMN recipient_order INT;

CREATE TABLE settlement (
    id               VARCHAR(40)   NOT NULL PRIMARY KEY,
    institution_code VARCHAR(32)   NOT NULL,
    request_id       VARCHAR(64)   NOT NULL,
    patient_id       BIGINT        NOT NULL,
    buyer_id_number  VARCHAR(18),
    kind             VARCHAR(16)   NOT NULL,
    out_of_pocket    DECIMAL(15,2) NOT NULL,
    pool_fund        DECIMAL(15,2) NOT NULL,
    cash             DECIMAL(15,2) NOT NULL,
    refunded         DECIMAL(15,2) NOT NULL DEFAULT 0,
    created_at       ${datetime}   NOT NULL,
    CONSTRAINT fk_settlement_patient FOREIGN KEY (patient_id) REFERENCES person (id),
    CONSTRAINT ck_settlement_refunded CHECK (refunded >= 0 AND refunded <= out_of_pocket)
);
CREATE INDEX ix_settlement_patient ON settlement (patient_id, created_at);

-- How one settlement was paid, part by part in the order of D17 (seq). Cash is a part too.
CREATE TABLE settlement_part (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    settlement_id VARCHAR(40)   NOT NULL,
    seq           INT           NOT NULL,
    source        VARCHAR(16)   NOT NULL,
    relation_id   BIGINT,
    quota_id      BIGINT,
    sharer_id     BIGINT,
    amount        DECIMAL(15,2) NOT NULL,
    refunded      DECIMAL(15,2) NOT NULL DEFAULT 0,
    CONSTRAINT fk_part_settlement FOREIGN KEY (settlement_id) REFERENCES settlement (id),
    CONSTRAINT ck_part_refunded CHECK (refunded >= 0 AND refunded <= amount)
);
CREATE INDEX ix_part_settlement ON settlement_part (settlement_id, seq);

-- The care detail (diagnosis, items, institution) — private to the patient (D24). Never joined into what a
-- sharer sees.
CREATE TABLE settlement_detail (
    settlement_id VARCHAR(40)   NOT NULL PRIMARY KEY,
    patient_id    BIGINT        NOT NULL,
    detail        VARCHAR(16000),
    CONSTRAINT fk_detail_settlement FOREIGN KEY (settlement_id) REFERENCES settlement (id)
);

-- Suspected fraud (D16, D27): a card presented by someone other than the patient.
CREATE TABLE fraud_event (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at           ${datetime}  NOT NULL,
    kind                  VARCHAR(32)  NOT NULL,
    institution_code      VARCHAR(32)  NOT NULL,
    request_id            VARCHAR(64),
    patient_id_number     VARCHAR(18)  NOT NULL,
    card_holder_id_number VARCHAR(18)  NOT NULL
);
