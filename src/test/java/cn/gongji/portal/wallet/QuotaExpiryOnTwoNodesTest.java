package cn.gongji.portal.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;

/**
 * P2 on two portal nodes: both run the quota-expiry job at the same moment over the same due quotas, with no lease
 * between them. Each quota must be released exactly once and the ledger must still explain every balance (D25).
 * Two threads of one JVM stand for the two nodes: the job keeps nothing in memory between quotas, so what the
 * threads share is only the database, as two nodes would. Runs on H2 and, in the mariadb profile, on MariaDB.
 */
@ServiceTest
class QuotaExpiryOnTwoNodesTest {

    static final int SHARERS = 3;
    static final int QUOTAS_EACH = 8;
    static final int ROUNDS = 3;

    @Autowired
    WalletService wallet;
    @Autowired
    Books books;
    @Autowired
    FamilyService family;
    @Autowired
    LedgerService ledger;
    @Autowired
    TestPeople people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoNodesExpiringAtOnceReleaseEachQuotaExactlyOnce_P2_D25() throws Exception {
        LocalDate lastDay = LocalDate.now().plusDays(3);
        List<Person> sharers = new ArrayList<>();
        List<Quota> due = new ArrayList<>();
        for (int s = 0; s < SHARERS; s++) {
            Person sharer = people.employee("110105", "1000.00");
            Person parent = people.resident("410102");
            Relation relation = family.bind(sharer.getId(), parent.idNumber().value(), Kinship.PARENT, true,
                    Actor.citizen(sharer.getId()));
            for (int q = 0; q < QUOTAS_EACH; q++) {
                due.add(wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("100.00"), lastDay,
                        Actor.citizen(sharer.getId())));
            }
            // Oldest quota first (D17): the first two are used up, the third has 50.00 left, the other five 100.00.
            people.spendFromQuota(due.get(due.size() - QUOTAS_EACH), "250.00");
            sharers.add(sharer);
        }

        // Several rounds, each with both "nodes" released by one barrier: the first round does the work, later ones
        // must find nothing left to do (and must not fail).
        int expiredInAll = 0;
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> runs = new ArrayList<>();
                for (int node = 0; node < 2; node++) {
                    runs.add(nodes.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        return wallet.expireDueAsOf(lastDay.plusDays(1));
                    }));
                }
                for (Future<Integer> run : runs) {
                    expiredInAll += run.get(2, TimeUnit.MINUTES);   // rethrows if a run failed
                }
            }
        } finally {
            nodes.shutdownNow();
        }

        assertThat(expiredInAll).as("released at least ours, by one node or the other").isGreaterThanOrEqualTo(
                SHARERS * (QUOTAS_EACH - 2));
        for (int i = 0; i < due.size(); i++) {
            Quota quota = due.get(i);
            boolean usedUp = i % QUOTAS_EACH < 2;
            assertThat(jdbc.queryForObject("select count(*) from ledger_entry where quota_id = ? and kind = ?",
                    Integer.class, quota.getId(), "QUOTA_EXPIRED")).as("quota %d released once", quota.getId())
                    .isEqualTo(usedUp ? 0 : 1);
            BigDecimal[] usedReturned = jdbc.queryForObject("select used, returned from quota where id = ?",
                    (rs, row) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}, quota.getId());
            assertThat(usedReturned[0].add(usedReturned[1])).as("used + returned = granted").isEqualByComparingTo("100.00");
        }
        for (Person sharer : sharers) {
            assertThat(books.isConserved(sharer.getId())).as("stored balances equal the ledger's sums").isTrue();
            // 1000.00 − 250.00 spent; nothing reserved after the expiry.
            assertThat(ledger.balances(sharer.getId()).available()).isEqualTo(Money.of("750.00"));
            assertThat(ledger.balances(sharer.getId()).reserved()).isEqualTo(Money.ZERO);
            assertThat(jdbc.queryForObject("select sum(amount) from ledger_entry where sharer_id = ? and kind = ?",
                    BigDecimal.class, sharer.getId(), "QUOTA_EXPIRED")).isEqualByComparingTo("550.00");
        }
    }
}
