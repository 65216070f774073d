package cn.gongji.portal.settlement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A suspected-fraud event (D16): someone else's card presented for the patient (冒名就医). */
@Entity
@Immutable
@Table(name = "fraud_event")
public class FraudEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String kind;

    @Column(name = "institution_code", nullable = false)
    private String institutionCode;

    @Column(name = "request_id")
    private String requestId;

    @Column(name = "patient_id_number", nullable = false)
    private String patientIdNumber;

    @Column(name = "card_holder_id_number", nullable = false)
    private String cardHolderIdNumber;

    protected FraudEvent() {
    }

    FraudEvent(Instant occurredAt, String institutionCode, String requestId, String patientIdNumber,
               String cardHolderIdNumber) {
        this.occurredAt = occurredAt;
        this.kind = "IMPERSONATION";
        this.institutionCode = institutionCode;
        this.requestId = requestId;
        this.patientIdNumber = patientIdNumber;
        this.cardHolderIdNumber = cardHolderIdNumber;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getKind() {
        return kind;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getPatientIdNumber() {
        return patientIdNumber;
    }

    public String getCardHolderIdNumber() {
        return cardHolderIdNumber;
    }
}
