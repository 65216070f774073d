package cn.gongji.portal.settlement;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gongji.portal.ledger.Money;

/**
 * What one relation's quota or account paid of a settlement (D17). The own-account and cash parts are columns of the
 * settlement itself. Written once by {@link SettlementService}; what each part has had back by refunds follows
 * from the settlement's refunded total and D20's fixed order ({@link SettlementService#refund}).
 */
@Entity
@Table(name = "settlement_part")
public class SettlementPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "settlement_id", nullable = false, updatable = false)
    private String settlementId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PaymentSource source;

    @Column(name = "relation_id", updatable = false)
    private Long relationId;

    @Column(name = "quota_id", updatable = false)
    private Long quotaId;

    @Column(name = "sharer_id", updatable = false)
    private Long sharerId;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    protected SettlementPart() {
    }

    SettlementPart(String settlementId, int seq, PaymentSource source, Long relationId, Long quotaId, Long sharerId,
                   Money amount) {
        this.settlementId = settlementId;
        this.seq = seq;
        this.source = source;
        this.relationId = relationId;
        this.quotaId = quotaId;
        this.sharerId = sharerId;
        this.amount = amount.amount();
    }

    public int getSeq() {
        return seq;
    }

    public PaymentSource getSource() {
        return source;
    }

    public Long getRelationId() {
        return relationId;
    }

    public Long getQuotaId() {
        return quotaId;
    }

    public Long getSharerId() {
        return sharerId;
    }

    public Money getAmount() {
        return new Money(amount);
    }
}
