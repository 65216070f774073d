package cn.gongji.portal.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.RelationStatus;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Actor;

/**
 * Issue 11, D20 with D21: a refund of quota money and the dissolution of that quota's relation, at the same instant.
 * Whichever comes first, no money may end up in the quota of a dead relation, where nobody could revoke it: either
 * the dissolution comes first and the refund goes to the sharer's own account, or the refund does and the
 * dissolution then releases it. On MariaDB (REPEATABLE READ, tag {@code db}) a refund that read the relation from
 * its snapshot instead of under the relation's lock would see it live after it had ended.
 */
class RefundRacingDissolutionTest extends InstitutionApiTestBase {

    static final int ROUNDS = 16;

    @Test
    void aRefundRacingADissolutionNeverLeavesMoneyInADeadRelationsQuota_D20_D21_D25() throws Exception {
        Inst hospital = hospital();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Person patient = people.employee(HENAN, "0.00");
                Person son = people.employee(BEIJING, "1000.00");
                Relation relation = bind(son, patient, Kinship.PARENT);
                grant(son, relation, "100.00");
                String settlementId = body(settle(hospital, bill(patient, "60.00")))
                        .get("settlementId").asString();

                CountDownLatch start = new CountDownLatch(1);
                Future<Integer> refunding = pool.submit(() -> {
                    start.await();
                    return refund(hospital, settlementId, newRequestId(), "60.00").andReturn().getResponse()
                            .getStatus();
                });
                Future<Relation> dissolving = pool.submit(() -> {
                    start.await();
                    return family.dissolve(son.getId(), relation.getId(), Actor.citizen(son.getId()));
                });
                start.countDown();

                assertThat(refunding.get(60, TimeUnit.SECONDS)).as("round %d", round).isEqualTo(201);
                assertThat(dissolving.get(60, TimeUnit.SECONDS).getStatus()).isEqualTo(RelationStatus.DISSOLVED);
                assertThat(wallet.unusedQuotaOfSharer(son.getId())).as("round %d: left in a dead quota", round)
                        .isEqualTo(Money.ZERO);
                assertThat(ledger.balances(son.getId())).as("round %d", round)
                        .isEqualTo(new Balances(Money.of("1000.00"), Money.ZERO, Money.of("1000.00")));
                assertThat(conserved(patient, son)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
