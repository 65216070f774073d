package cn.gongji.portal.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The care detail of a settlement (diagnosis, items…) as the institution sent it. Private to the patient (D24). */
@Entity
@Table(name = "settlement_detail")
class SettlementDetail {

    @Id
    @Column(name = "settlement_id")
    private String settlementId;

    @Column(name = "patient_id", nullable = false)
    private Long patientId;

    @Column(length = 16000)
    private String detail;

    protected SettlementDetail() {
    }

    SettlementDetail(String settlementId, long patientId, String detail) {
        this.settlementId = settlementId;
        this.patientId = patientId;
        this.detail = detail;
    }

    Long getPatientId() {
        return patientId;
    }

    String getDetail() {
        return detail;
    }
}
