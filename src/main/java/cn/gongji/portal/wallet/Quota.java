package cn.gongji.portal.wallet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gongji.portal.ledger.Money;

/**
 * One grant of quota (共济额度) to a recipient (D10). Its unused part is reserved in the sharer's account:
 * unused = amount − used − returned (revoked, released or expired). Its money columns are changed only by the
 * ledger ({@code LedgerService}), each change in one conditional UPDATE with the entry that explains it (D25); this
 * entity only creates the grant and reads it.
 */
@Entity
@Table(name = "quota")
public class Quota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "relation_id", nullable = false, updatable = false)
    private Long relationId;

    @Column(name = "sharer_id", nullable = false, updatable = false)
    private Long sharerId;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private Long recipientId;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    /** Written by {@link cn.gongji.portal.ledger.LedgerService} alone, never by Hibernate. */
    @Column(nullable = false, updatable = false)
    private BigDecimal used = BigDecimal.ZERO.setScale(2);

    @Column(nullable = false, updatable = false)
    private BigDecimal returned = BigDecimal.ZERO.setScale(2);

    @Column(name = "end_date", updatable = false)
    private LocalDate endDate;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    protected Quota() {
    }

    Quota(long relationId, long sharerId, long recipientId, Money amount, LocalDate endDate, Instant grantedAt) {
        this.relationId = relationId;
        this.sharerId = sharerId;
        this.recipientId = recipientId;
        this.amount = amount.amount();
        this.endDate = endDate;
        this.grantedAt = grantedAt;
    }

    public Money unused() {
        return new Money(amount.subtract(used).subtract(returned));
    }

    /** P2: the quota is spendable through its end date, not after. */
    public boolean isExpiredOn(LocalDate today) {
        return endDate != null && today.isAfter(endDate);
    }

    public Long getId() {
        return id;
    }

    public Long getRelationId() {
        return relationId;
    }

    public Long getSharerId() {
        return sharerId;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public Money getAmount() {
        return new Money(amount);
    }

    public Money getUsed() {
        return new Money(used);
    }

    public Money getReturned() {
        return new Money(returned);
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
