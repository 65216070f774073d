-- Casework (D26, D7, D25) and smart supervision (D27). Runs unchanged on H2 and MySQL/MariaDB.
-- Every table here is append-only: the portal has no code path that updates or deletes a row.

-- D26: every opening of a person's case by an agent — who, whom, when, why.
CREATE TABLE case_access (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    accessed_at ${datetime}  NOT NULL,
    agent       VARCHAR(32)  NOT NULL,
    person_id   BIGINT       NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    CONSTRAINT fk_case_access_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_case_access_time ON case_access (accessed_at);
CREATE INDEX ix_case_access_agent ON case_access (agent, person_id, accessed_at);

-- D7, D25: what an agent did for a citizen at the counter, with the agent's own reason.
CREATE TABLE counter_action (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    acted_at    ${datetime}   NOT NULL,
    agent       VARCHAR(32)   NOT NULL,
    person_id   BIGINT        NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    channel     VARCHAR(16)   NOT NULL,
    relation_id BIGINT,
    amount      DECIMAL(15,2),
    reason      VARCHAR(500)  NOT NULL,
    CONSTRAINT fk_counter_action_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_counter_action_person ON counter_action (person_id, acted_at);

-- D27: a pattern worth review. facts are language-neutral values joined with '|'.
CREATE TABLE flag (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    flag_rule       VARCHAR(32)  NOT NULL,
    raised_at       ${datetime}  NOT NULL,
    person_id       BIGINT,
    other_person_id BIGINT,
    relation_id     BIGINT,
    facts           VARCHAR(500) NOT NULL
);
CREATE INDEX ix_flag_raised ON flag (raised_at);
CREATE INDEX ix_flag_person ON flag (person_id, flag_rule);
CREATE INDEX ix_flag_other_person ON flag (other_person_id);

-- D27: a supervisor's resolution of a flag with a note; at most one per flag.
CREATE TABLE flag_resolution (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    flag_id     BIGINT        NOT NULL,
    resolved_at ${datetime}   NOT NULL,
    resolved_by VARCHAR(32)   NOT NULL,
    note        VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_flag_resolution_flag FOREIGN KEY (flag_id) REFERENCES flag (id),
    CONSTRAINT uq_flag_resolution_flag UNIQUE (flag_id)
);
