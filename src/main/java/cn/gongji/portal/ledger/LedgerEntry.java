package cn.gongji.portal.ledger;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Channel;

/** One append-only ledger entry (D25). Immutable: Hibernate never updates it and no code path deletes it. */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LedgerKind kind;

    /** Whose personal account the deltas apply to; null for an entry that moves no money. */
    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(name = "balance_delta", nullable = false, updatable = false)
    private BigDecimal balanceDelta;

    @Column(name = "reserved_delta", nullable = false, updatable = false)
    private BigDecimal reservedDelta;

    @Column(updatable = false)
    private BigDecimal amount;

    @Column(name = "sharer_id", updatable = false)
    private Long sharerId;

    @Column(name = "recipient_id", updatable = false)
    private Long recipientId;

    @Column(name = "relation_id", updatable = false)
    private Long relationId;

    @Column(name = "quota_id", updatable = false)
    private Long quotaId;

    @Column(name = "settlement_id", updatable = false)
    private String settlementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "use_kind", updatable = false)
    private UseKind useKind;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(updatable = false)
    private String agent;

    @Column(updatable = false)
    private String reason;

    protected LedgerEntry() {
    }

    LedgerEntry(Instant occurredAt, LedgerKind kind, Long accountId, BigDecimal balanceDelta,
                BigDecimal reservedDelta, Money amount, Parties parties, String settlementId, UseKind useKind,
                Actor actor, String reason) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.accountId = accountId;
        this.balanceDelta = balanceDelta;
        this.reservedDelta = reservedDelta;
        this.amount = amount == null ? null : amount.amount();
        this.sharerId = parties.sharerId();
        this.recipientId = parties.recipientId();
        this.relationId = parties.relationId();
        this.quotaId = parties.quotaId();
        this.settlementId = settlementId;
        this.useKind = useKind;
        this.actor = actor.reference();
        this.channel = actor.channel();
        this.agent = actor.agent();
        this.reason = reason != null ? reason : actor.reason();
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public LedgerKind getKind() {
        return kind;
    }

    public Long getAccountId() {
        return accountId;
    }

    public BigDecimal getBalanceDelta() {
        return balanceDelta;
    }

    public BigDecimal getReservedDelta() {
        return reservedDelta;
    }

    public Money getAmount() {
        return amount == null ? null : new Money(amount);
    }

    public Long getSharerId() {
        return sharerId;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public Long getRelationId() {
        return relationId;
    }

    public Long getQuotaId() {
        return quotaId;
    }

    public String getSettlementId() {
        return settlementId;
    }

    public UseKind getUseKind() {
        return useKind;
    }

    public String getActor() {
        return actor;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getAgent() {
        return agent;
    }

    public String getReason() {
        return reason;
    }
}
