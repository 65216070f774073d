-- Issue 12: the call-centre channel (D7). Runs unchanged on H2 and MySQL/MariaDB.

-- An agent's identity check of a caller is a counter action of its own (kind IDENTITY_CHECKED or IDENTITY_FAILED,
-- channel CALL_CENTRE) in the append-only counter_action table; which checks the caller passed are listed here.
ALTER TABLE counter_action ADD COLUMN identity_checks VARCHAR(128);
-- A telephone action names the identity check it relied on (an IDENTITY_CHECKED row of the same agent and person).
ALTER TABLE counter_action ADD COLUMN identity_check_id BIGINT;
-- A verbal commitment recorded on the phone, or confirmed at the hall, names it.
ALTER TABLE counter_action ADD COLUMN verbal_commitment_id BIGINT;

-- D7: a sharer's spoken declaration on the phone (kinship, recipient) as a pending proposal. It is not a relation:
-- it moves no money and lets nobody spend until the sharer himself confirms it online or at the hall, signing the
-- letter there (commitment.verbal_commitment_id then names it), or it is declined or expires.
CREATE TABLE verbal_commitment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    sharer_id         BIGINT       NOT NULL,
    recipient_id      BIGINT       NOT NULL,
    kinship           VARCHAR(32)  NOT NULL,
    recorded_at       ${datetime}  NOT NULL,
    expires_at        ${datetime}  NOT NULL,
    channel           VARCHAR(16)  NOT NULL,
    agent             VARCHAR(32)  NOT NULL,
    agent_reason      VARCHAR(500) NOT NULL,
    identity_check_id BIGINT       NOT NULL,
    letter_version    VARCHAR(16)  NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    pending_pair      VARCHAR(64),
    resolved_at       ${datetime},
    resolved_channel  VARCHAR(16),
    resolved_agent    VARCHAR(32),
    relation_id       BIGINT,
    CONSTRAINT fk_verbal_commitment_sharer FOREIGN KEY (sharer_id) REFERENCES person (id),
    CONSTRAINT fk_verbal_commitment_recipient FOREIGN KEY (recipient_id) REFERENCES person (id),
    CONSTRAINT fk_verbal_commitment_relation FOREIGN KEY (relation_id) REFERENCES relation (id),
    CONSTRAINT uq_verbal_commitment_pending UNIQUE (pending_pair)
);
CREATE INDEX ix_verbal_commitment_sharer ON verbal_commitment (sharer_id, status);
CREATE INDEX ix_verbal_commitment_expiry ON verbal_commitment (status, expires_at);

-- D7: the letter signed online or at the hall to confirm a verbal commitment names it.
ALTER TABLE commitment ADD COLUMN verbal_commitment_id BIGINT;
