-- Every funds look-up of an institution (api.md: "each look-up is logged"): which institution asked about whom,
-- and when. Append-only; read by supervision and by the patient's own history.
CREATE TABLE funds_lookup (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_code VARCHAR(32)  NOT NULL,
    patient_id       BIGINT       NOT NULL,
    looked_up_at     ${datetime}  NOT NULL,
    CONSTRAINT fk_funds_lookup_patient FOREIGN KEY (patient_id) REFERENCES person (id)
);
CREATE INDEX ix_funds_lookup_patient ON funds_lookup (patient_id, looked_up_at);
CREATE INDEX ix_funds_lookup_institution ON funds_lookup (institution_code, looked_up_at);
