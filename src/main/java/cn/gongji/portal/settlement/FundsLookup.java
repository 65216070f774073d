package cn.gongji.portal.settlement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One institution's look-up of a patient's funds (api.md: each look-up is logged). Never changed. */
@Entity
@Immutable
@Table(name = "funds_lookup")
public class FundsLookup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false)
    private String institutionCode;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private Long patientId;

    @Column(name = "looked_up_at", nullable = false, updatable = false)
    private Instant lookedUpAt;

    protected FundsLookup() {
    }

    FundsLookup(String institutionCode, long patientId, Instant lookedUpAt) {
        this.institutionCode = institutionCode;
        this.patientId = patientId;
        this.lookedUpAt = lookedUpAt;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public Long getPatientId() {
        return patientId;
    }

    public Instant getLookedUpAt() {
        return lookedUpAt;
    }
}
