package cn.gongji.portal.settlement;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

import cn.gongji.portal.ledger.Money;

/**
 * One settled bill. What each source paid is in its parts; the care detail is stored apart (D24).
 *
 * <p>{@link Persistable}: the id is assigned (a UUID) before saving, so without it Spring Data would take a new
 * settlement for an existing one and read it back first (a needless SELECT on every settlement).
 */
@Entity
@Table(name = "settlement")
public class Settlement implements Persistable<String> {

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

    @Column(nullable = false, updatable = false)
    private BigDecimal cash;

    @Column(nullable = false)
    private BigDecimal refunded = BigDecimal.ZERO.setScale(2);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Transient
    private boolean isNew = true;

    protected Settlement() {
    }

    Settlement(String id, String institutionCode, String requestId, long patientId, String buyerIdNumber,
               SettlementKind kind, Money outOfPocket, Money poolFund, Money cash, Instant createdAt) {
        this.id = id;
        this.institutionCode = institutionCode;
        this.requestId = requestId;
        this.patientId = patientId;
        this.buyerIdNumber = buyerIdNumber;
        this.kind = kind;
        this.outOfPocket = outOfPocket.amount();
        this.poolFund = poolFund.amount();
        this.cash = cash.amount();
        this.createdAt = createdAt;
    }

    @PostLoad
    @PostPersist
    void stored() {
        isNew = false;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    Money refundable() {
        return new Money(outOfPocket.subtract(refunded));
    }

    void addRefunded(Money amount) {
        refunded = refunded.add(amount.amount());
    }

    @Override
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
