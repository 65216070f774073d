package cn.gongji.portal.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.wallet.Quota;
import tools.jackson.databind.JsonNode;

/**
 * 64 institution clients settle at the same moment for one recipient whose single quota pays only some of them,
 * each request sent twice at once and then once more (D10, D17, D19, D25). Through the whole HTTP chain, on H2 and
 * — tag {@code db}, the mariadb profile — on MariaDB.
 */
@Tag("db")
class ConcurrentSettlementTest extends InstitutionApiTestBase {

    static final int CLIENTS = 64;
    static final Money BILL = Money.of("30.00");
    static final Money QUOTA = Money.of("1000.00");   // 33 bills in full, 10.00 of the 34th, the rest in cash

    record Reply(String requestId, int status, String body) {
    }

    @Test
    void concurrentSettlementsSpendExactlyTheQuotaAndRetriesNeverChargeTwice_D10_D17_D19_D25() throws Exception {
        Person sharer = people.employee(BEIJING, "5000.00");
        Person recipient = people.resident(HENAN);
        Relation relation = bind(sharer, recipient, Kinship.PARENT);
        grant(sharer, relation, QUOTA.toString());
        Inst hospital = hospital();
        List<Bill> bills = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            bills.add(bill(recipient, BILL.toString()));
        }

        // Every request twice at the same moment (a client retrying before its first answer came back)...
        List<Reply> replies = new ArrayList<>(fireAtOnce(hospital, bills, 2));
        // ...and once more afterwards, all at once again.
        replies.addAll(fireAtOnce(hospital, bills, 1));

        Map<String, List<Reply>> byRequest = new HashMap<>();
        replies.forEach(r -> byRequest.computeIfAbsent(r.requestId(), k -> new ArrayList<>()).add(r));
        assertThat(byRequest).hasSize(CLIENTS);
        Money fromQuota = Money.ZERO;
        Money inCash = Money.ZERO;
        for (List<Reply> copies : byRequest.values()) {
            assertThat(copies).extracting(Reply::status).containsOnly(201, 200).containsOnlyOnce(201);
            assertThat(copies).extracting(Reply::body).as("every copy gets the first answer").containsOnly(
                    copies.getFirst().body());
            JsonNode answer = json.readTree(copies.getFirst().body());
            Money shared = Money.ZERO;
            for (JsonNode part : answer.get("shared")) {
                assertThat(part.get("relationId").asString()).isEqualTo(String.valueOf(relation.getId()));
                shared = shared.plus(Money.of(part.get("amount").asString()));
            }
            Money cash = Money.of(answer.get("cash").asString());
            assertThat(shared.plus(cash)).isEqualTo(BILL);
            fromQuota = fromQuota.plus(shared);
            inCash = inCash.plus(cash);
        }

        assertThat(fromQuota).as("exactly what the quota could pay").isEqualTo(QUOTA);
        assertThat(inCash).isEqualTo(new Money(BILL.amount().multiply(java.math.BigDecimal.valueOf(CLIENTS))
                .subtract(QUOTA.amount())));
        assertThat(jdbc.queryForObject("select count(*) from settlement where institution_code = ?", Integer.class,
                hospital.code())).as("one settlement per request id").isEqualTo(CLIENTS);
        Quota quota = books.quotasOf(relation.getId()).getFirst();
        assertThat(quota.getUsed()).isEqualTo(QUOTA);
        assertThat(quota.unused()).isEqualTo(Money.ZERO);
        assertThat(ledger.balances(sharer.getId())).isEqualTo(new Balances(Money.of("4000.00"), Money.ZERO,
                Money.of("4000.00")));
        assertThat(books.isConserved(sharer.getId())).as("stored balances equal the ledger's sums").isTrue();
        assertThat(ledger.balances(sharer.getId()).reserved()).as("reserved = unused live quota")
                .isEqualTo(wallet.unusedQuotaOfSharer(sharer.getId()));
        assertThat(jdbc.queryForObject("select sum(amount) from ledger_entry where account_id = ? and kind = ?",
                java.math.BigDecimal.class, sharer.getId(), "QUOTA_SPENT")).isEqualByComparingTo(QUOTA.amount());
    }

    /** Sends {@code copies} copies of every bill, all released by one latch; waits for every answer. */
    private List<Reply> fireAtOnce(Inst hospital, List<Bill> bills, int copies) throws Exception {
        int tasks = bills.size() * copies;
        ExecutorService pool = Executors.newFixedThreadPool(tasks);
        CountDownLatch ready = new CountDownLatch(tasks);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int copy = 0; copy < copies; copy++) {
                for (Bill bill : bills) {
                    String body = bill.json();
                    Callable<Reply> send = () -> {
                        ready.countDown();
                        start.await();
                        MockHttpServletResponse response = settle(hospital.key(), body).andReturn().getResponse();
                        return new Reply(bill.requestId(), response.getStatus(), response.getContentAsString());
                    };
                    futures.add(pool.submit(send));
                }
            }
            assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get(3, TimeUnit.MINUTES));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
