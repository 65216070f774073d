package cn.gongji.portal.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * The care detail of a settlement (diagnosis, items…) as the institution sent it. Private to the patient (D24).
 * {@link Persistable} for the same reason as {@link Settlement}: its id is assigned, and a new one is new.
 */
@Entity
@Table(name = "settlement_detail")
class SettlementDetail implements Persistable<String> {

    @Id
    @Column(name = "settlement_id")
    private String settlementId;

    @Column(name = "patient_id", nullable = false)
    private Long patientId;

    @Column(length = 16000)
    private String detail;

    @Transient
    private boolean isNew = true;

    protected SettlementDetail() {
    }

    SettlementDetail(String settlementId, long patientId, String detail) {
        this.settlementId = settlementId;
        this.patientId = patientId;
        this.detail = detail;
    }

    @PostLoad
    @PostPersist
    void stored() {
        isNew = false;
    }

    @Override
    public String getId() {
        return settlementId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    Long getPatientId() {
        return patientId;
    }

    String getDetail() {
        return detail;
    }
}
