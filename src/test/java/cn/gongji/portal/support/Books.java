package cn.gongji.portal.support;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.wallet.Quota;

/**
 * The tests' own reading of the stored money, apart from the portal's: whether an account's figures equal the sums of
 * its ledger entries (D25), and a relation's quota rows as stored. Written with its own SQL so that a wrong query in
 * the portal cannot hide a wrong figure here.
 */
@TestComponent
public class Books {

    private final JdbcClient jdbc;
    private final EntityManager entities;
    private final LedgerService ledger;
    private final TransactionTemplate tx;

    public Books(JdbcClient jdbc, EntityManager entities, LedgerService ledger,
                 PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.ledger = ledger;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setReadOnly(true);
    }

    /**
     * D25: the account's balance and its part reserved for quotas, as the portal shows them, equal the sums of the
     * ledger's balance and reserved deltas for that account — read in one snapshot.
     */
    public boolean isConserved(long personId) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            Balances shown = ledger.balances(personId);
            BigDecimal balance = sum("balance_delta", personId);
            BigDecimal reserved = sum("reserved_delta", personId);
            return shown.balance().amount().compareTo(balance) == 0
                    && shown.reserved().amount().compareTo(reserved) == 0;
        }));
    }

    /** A relation's quotas as stored, oldest grant first. */
    public List<Quota> quotasOf(long relationId) {
        return tx.execute(status -> entities.createQuery(
                        "select q from Quota q where q.relationId = :relation order by q.id", Quota.class)
                .setParameter("relation", relationId).getResultList());
    }

    private BigDecimal sum(String column, long personId) {
        return jdbc.sql("SELECT COALESCE(SUM(" + column + "), 0) FROM ledger_entry WHERE account_id = ?")
                .param(personId).query(BigDecimal.class).single();
    }
}
