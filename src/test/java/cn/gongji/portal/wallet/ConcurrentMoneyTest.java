package cn.gongji.portal.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;

/**
 * 64 threads at once grant and revoke on one sharer and spend on one quota, through the same services the
 * settlement API uses. Nothing may be overdrawn and the ledger must explain every cent (D10, D11, D25).
 * Runs on H2 and, in the mariadb profile, on MariaDB.
 */
@ServiceTest
class ConcurrentMoneyTest {

    static final int THREADS = 64;
    static final int ROUNDS = 6;

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

    @Test
    void concurrentGrantsRevokesAndSpendsNeverOverdrawAndConserveMoney_D10_D11_D25() throws Exception {
        Person sharer = people.employee("110105", "2000.00");
        Person parent = people.resident("410102");
        Person son = people.employee("310104", "0");
        Relation toParent = family.bind(sharer.getId(), parent.idNumber().value(), Kinship.PARENT, true,
                Actor.citizen(sharer.getId()));
        Relation toSon = family.bind(sharer.getId(), son.idNumber().value(), Kinship.CHILD, true,
                Actor.citizen(sharer.getId()));
        Quota spent = wallet.grantQuota(sharer.getId(), toParent.getId(), Money.of("600.00"), null,
                Actor.citizen(sharer.getId()));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<BigDecimal>> spends = new ArrayList<>();
        List<Future<BigDecimal>> others = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int role = t % 3;
                Callable<BigDecimal> work = () -> {
                    start.await();
                    BigDecimal total = BigDecimal.ZERO;
                    for (int round = 0; round < ROUNDS; round++) {
                        // 0.01 to 89.99: never 0.00, which no caller may pass (amounts are checked positive at
                        // the edge) and which the quota table's CHECK would refuse.
                        Money amount = new Money(BigDecimal.valueOf(ThreadLocalRandom.current().nextInt(1, 9000), 2));
                        try {
                            switch (role) {
                                case 0 -> total = total.add(people.spendFromQuota(spent, amount.toString()).amount());
                                case 1 -> wallet.grantQuota(sharer.getId(),
                                        round % 2 == 0 ? toParent.getId() : toSon.getId(), amount, null,
                                        Actor.citizen(sharer.getId()));
                                default -> wallet.revokeQuota(sharer.getId(),
                                        round % 2 == 0 ? toParent.getId() : toSon.getId(), amount,
                                        Actor.citizen(sharer.getId()));
                            }
                        } catch (RefusedException refused) {
                            // Refusals (not enough available, not enough unused) are expected under contention.
                        }
                    }
                    return total;
                };
                (role == 0 ? spends : others).add(pool.submit(work));
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        for (Future<BigDecimal> f : others) {
            f.get(); // rethrows anything that was not a refusal (a deadlock, a broken invariant)
        }
        BigDecimal spentTotal = BigDecimal.ZERO;
        for (Future<BigDecimal> f : spends) {
            spentTotal = spentTotal.add(f.get());
        }

        Balances b = ledger.balances(sharer.getId());
        // Grants to the parent during the run are new quotas of the same relation, spent after the first one (D17).
        List<Quota> toParentQuotas = books.quotasOf(toParent.getId());
        Money used = toParentQuotas.stream().map(Quota::getUsed).reduce(Money.ZERO, Money::plus);
        assertThat(books.isConserved(sharer.getId())).as("stored balances equal the ledger's sums").isTrue();
        assertThat(b.reserved()).as("reserved = unused live quota").isEqualTo(wallet.unusedQuotaOfSharer(sharer.getId()));
        assertThat(b.balance().amount()).as("balance = credits − shared spending")
                .isEqualByComparingTo(new BigDecimal("2000.00").subtract(spentTotal));
        assertThat(used.amount()).as("the quotas paid exactly what the spenders got").isEqualByComparingTo(spentTotal);
        for (Quota q : toParentQuotas) {
            assertThat(q.getUsed().plus(q.getReturned())).isLessThanOrEqualTo(q.getAmount());
        }
        assertThat(b.balance()).isGreaterThanOrEqualTo(b.reserved());
    }
}
