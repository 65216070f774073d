package cn.gongji.portal.settlement;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gongji.portal.ledger.Money;

/**
 * One settled bill: who paid what of its out-of-pocket amount — the patient's own account, the shared parts (its
 * {@link SettlementPart}s) and cash (D17) — and how much has been refunded (D20). The row is also the bill's
 * idempotency record (D19: unique per institution and request id) and holds the care detail, which only the patient
 * reads (D24). Inserted once by {@link SettlementService}; only its refunded total changes afterwards.
 */
@Entity
@Table(name = "settlement")
public class Settlement {

    @Id
    private String id;

    @Column(name = "institution_code", nullable = false, updatable = false)
    private String institutionCode;

    @Column(name = "request_id", nullable = false, updatable = false)
    private String requestId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private Long patientId;

    @Column(name = "buyer_id_number", updatable = false)
    private String buyerIdNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SettlementKind kind;

    @Column(name = "out_of_pocket", nullable = false, updatable = false)
    private BigDecimal outOfPocket;

    @Column(name = "pool_fund", nullable = false, updatable = false)
    private BigDecimal poolFund;

    @Column(name = "own_account", nullable = false, updatable = false)
    private BigDecimal ownAccount;

    @Column(nullable = false, updatable = false)
    private BigDecimal cash;

    @Column(nullable = false)
    private BigDecimal refunded = BigDecimal.ZERO.setScale(2);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Settlement() {
    }

    Money refundable() {
        return new Money(outOfPocket.subtract(refunded));
    }

    void addRefunded(Money amount) {
        refunded = refunded.add(amount.amount());
    }

    public String getId() {
        return id;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getRequestId() {
        return requestId;
    }

    public Long getPatientId() {
        return patientId;
    }

    public String getBuyerIdNumber() {
        return buyerIdNumber;
    }

    public SettlementKind getKind() {
        return kind;
    }

    public Money getOutOfPocket() {
        return new Money(outOfPocket);
    }

    public Money getPoolFund() {
        return new Money(poolFund);
    }

    public Money getOwnAccount() {
        return new Money(ownAccount);
    }

    public Money getCash() {
        return new Money(cash);
    }

    public Money getRefunded() {
        return new Money(refunded);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
