package cn.gongji.portal.ledger;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The current state of one personal account. It is a cache of the ledger, changed only by {@link LedgerService}
 * in the transaction that appends the entry explaining the change (D25), and only while the row is locked.
 */
@Entity
@Table(name = "account")
class Account {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal balance = BigDecimal.ZERO.setScale(2);

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal reserved = BigDecimal.ZERO.setScale(2);

    protected Account() {
    }

    Account(long personId) {
        this.personId = personId;
    }

    Long personId() {
        return personId;
    }

    Money balance() {
        return new Money(balance);
    }

    Money reserved() {
        return new Money(reserved);
    }

    /** D11: what is free to spend or grant — balance minus reserved quota, nothing else. */
    Money available() {
        return balance().minus(reserved());
    }

    void add(BigDecimal balanceDelta, BigDecimal reservedDelta) {
        BigDecimal newBalance = balance.add(balanceDelta);
        BigDecimal newReserved = reserved.add(reservedDelta);
        if (newReserved.signum() < 0 || newBalance.compareTo(newReserved) < 0) {
            throw new IllegalStateException("Account " + personId + " would break D25: balance " + newBalance
                    + ", reserved " + newReserved);
        }
        balance = newBalance;
        reserved = newReserved;
    }
}
