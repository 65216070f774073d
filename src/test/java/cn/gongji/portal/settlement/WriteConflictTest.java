package cn.gongji.portal.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.wallet.Quota;
import tools.jackson.databind.JsonNode;

/**
 * Write conflicts, forced (D10, D17, D19, D25): one patient with his own account, a quota and a same-province sharer's
 * account, settled by many threads at once while his wallet sharer grants and revokes on the same relation. Every
 * bill's own money runs out under the others' feet, so plans go stale and the rows are fought over; on MariaDB
 * (tag {@code db}, the mariadb profile) InnoDB's lock waits and deadlocks join in. No answer may be a 5xx other than
 * 503 TRY_AGAIN; a 503 is sent again with its request id until it is answered; then every bill is settled exactly
 * once and every fen is accounted for.
 */
class WriteConflictTest extends InstitutionApiTestBase {

    static final int THREADS = 24;
    static final int BILLS_PER_THREAD = 4;
    static final Money BILL = Money.of("9.00");

    @Test
    void conflictingSpendsGrantsAndRevokesAreRetriedNeverFailAndConserveMoney_D10_D17_D19_D25() throws Exception {
        Person patient = people.employee(BEIJING, "300.00");
        Person walletSharer = people.employee(HENAN, "2000.00");
        Person accountSharer = people.employee(BEIJING, "200.00");
        Relation wallet = bind(walletSharer, patient, Kinship.CHILD);
        Relation account = bind(accountSharer, patient, Kinship.CHILD);
        grant(walletSharer, wallet, "250.00");
        Inst hospital = hospital();

        List<Bill> bills = new ArrayList<>();
        for (int i = 0; i < THREADS * BILLS_PER_THREAD; i++) {
            bills.add(bill(patient, BILL.toString()));
        }
        Map<String, String> firstAnswers = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 4);
        List<Future<Integer>> settling = new ArrayList<>();
        List<Future<?>> granting = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                List<Bill> mine = bills.subList(t * BILLS_PER_THREAD, (t + 1) * BILLS_PER_THREAD);
                settling.add(pool.submit(() -> {
                    start.await();
                    int retried = 0;
                    for (Bill bill : mine) {
                        for (int sent = 1; ; sent++) {
                            MockHttpServletResponse r = settle(hospital, bill).andReturn().getResponse();
                            assertThat(r.getStatus()).as("%s", r.getContentAsString()).isIn(201, 503);
                            if (r.getStatus() == 201) {
                                firstAnswers.put(bill.requestId(), r.getContentAsString());
                                break;
                            }
                            assertThat(r.getContentAsString()).contains("\"code\":\"TRY_AGAIN\"");
                            assertThat(r.getHeader("Retry-After")).isEqualTo("1");
                            assertThat(sent).as("a resend is answered in the end").isLessThan(20);
                            retried++;
                        }
                    }
                    return retried;
                }));
            }
            for (int t = 0; t < 4; t++) {
                boolean grants = t % 2 == 0;
                granting.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 10; round++) {
                        try {
                            if (grants) {
                                this.wallet.grantQuota(walletSharer.getId(), wallet.getId(), Money.of("20.00"), null,
                                        Actor.citizen(walletSharer.getId()));
                            } else {
                                this.wallet.revokeQuota(walletSharer.getId(), wallet.getId(), Money.of("15.00"),
                                        Actor.citizen(walletSharer.getId()));
                            }
                        } catch (RefusedException refused) {
                            // not enough unused to revoke: expected when the patient spent it first
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        for (Future<?> f : granting) {
            f.get();
        }
        for (Future<Integer> f : settling) {
            f.get();
        }

        // Every bill once, and a resend of any of them now is the first answer (D19).
        assertThat(firstAnswers).hasSize(bills.size());
        assertThat(jdbc.queryForObject("select count(*) from settlement where institution_code = ?", Integer.class,
                hospital.code())).isEqualTo(bills.size());
        Bill again = bills.get(bills.size() / 2);
        MockHttpServletResponse repeat = settle(hospital, again).andReturn().getResponse();
        assertThat(repeat.getStatus()).isEqualTo(200);
        assertThat(repeat.getContentAsString()).isEqualTo(firstAnswers.get(again.requestId()));

        // Each source paid what the answers say, in D17's order, and nothing more than it held.
        Money own = Money.ZERO;
        Money fromQuota = Money.ZERO;
        Money fromAccount = Money.ZERO;
        Money cash = Money.ZERO;
        for (String answer : firstAnswers.values()) {
            JsonNode a = json.readTree(answer);
            own = own.plus(Money.of(a.get("ownAccount").asString()));
            cash = cash.plus(Money.of(a.get("cash").asString()));
            for (JsonNode part : a.get("shared")) {
                Money amount = Money.of(part.get("amount").asString());
                if (part.get("relationId").asString().equals(String.valueOf(wallet.getId()))) {
                    fromQuota = fromQuota.plus(amount);
                } else {
                    assertThat(part.get("relationId").asString()).isEqualTo(String.valueOf(account.getId()));
                    fromAccount = fromAccount.plus(amount);
                }
            }
        }
        Money billed = new Money(BILL.amount().multiply(BigDecimal.valueOf(bills.size())));
        assertThat(own.plus(fromQuota).plus(fromAccount).plus(cash)).isEqualTo(billed);
        assertThat(own).as("his own account paid all it had").isEqualTo(Money.of("300.00"));
        assertThat(ledger.balances(patient.getId()).balance()).isEqualTo(Money.ZERO);
        Money quotaUsed = books.quotasOf(wallet.getId()).stream().map(Quota::getUsed)
                .reduce(Money.ZERO, Money::plus);
        assertThat(quotaUsed).as("the quotas paid what the answers say").isEqualTo(fromQuota);
        assertThat(ledger.balances(accountSharer.getId()).balance()).isEqualTo(Money.of("200.00").minus(fromAccount));
        assertThat(conserved(patient, walletSharer, accountSharer)).as("D25 for everyone").isTrue();
    }
}
