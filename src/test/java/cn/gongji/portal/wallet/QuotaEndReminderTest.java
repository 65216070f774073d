package cn.gongji.portal.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
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
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.notification.NotificationKind;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;

/**
 * P2, P3: a quota with money left whose last day is within seven days tells both sides once — not again on the next
 * run, not again after a restart (the marker is in the database), and only once when two portal nodes run the job at
 * the same moment. A quota that ends later, or has nothing left to go back, reminds nobody.
 */
@ServiceTest
class QuotaEndReminderTest {

    @Autowired
    WalletService wallet;
    @Autowired
    FamilyService family;
    @Autowired
    TestPeople people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void aQuotaEndingInSevenDaysRemindsBothSidesOnce_P2_P3() {
        Pair pair = pair();
        Quota quota = grant(pair, "300.00", today().plusDays(7));
        people.spendFromQuota(quota, "100.00");

        wallet.remindEndingAsOf(today());

        assertThat(reminders(pair.recipient, NotificationKind.QUOTA_ENDING_SOON, pair.relation)).isEqualTo(1);
        assertThat(reminders(pair.sharer, NotificationKind.GRANTED_QUOTA_ENDING_SOON, pair.relation)).isEqualTo(1);
        // The reminder tells what is still unused and the last day (read in the reader's words by NotificationText).
        assertThat(jdbc.queryForObject("SELECT amount FROM notification WHERE person_id = ? AND kind = ?",
                java.math.BigDecimal.class, pair.recipient.getId(), NotificationKind.QUOTA_ENDING_SOON.name()))
                .isEqualByComparingTo("200.00");
        assertThat(jdbc.queryForObject("SELECT reason FROM notification WHERE person_id = ? AND kind = ?",
                String.class, pair.sharer.getId(), NotificationKind.GRANTED_QUOTA_ENDING_SOON.name()))
                .isEqualTo(today().plusDays(7).toString());

        // The next run, and a run the next day (as after a restart: nothing is kept in memory), send nothing again.
        wallet.remindEndingAsOf(today());
        wallet.remindEndingAsOf(today().plusDays(1));
        wallet.expireDue();

        assertThat(reminders(pair.recipient, NotificationKind.QUOTA_ENDING_SOON, pair.relation)).isEqualTo(1);
        assertThat(reminders(pair.sharer, NotificationKind.GRANTED_QUOTA_ENDING_SOON, pair.relation)).isEqualTo(1);
    }

    @Test
    void aQuotaEndingInEightDaysRemindsNobodyYet_P2() {
        Pair pair = pair();
        grant(pair, "300.00", today().plusDays(8));

        wallet.remindEndingAsOf(today());

        assertThat(reminders(pair.recipient, NotificationKind.QUOTA_ENDING_SOON, pair.relation)).isZero();
        assertThat(reminders(pair.sharer, NotificationKind.GRANTED_QUOTA_ENDING_SOON, pair.relation)).isZero();

        // A day later it is seven days away.
        wallet.remindEndingAsOf(today().plusDays(1));

        assertThat(reminders(pair.recipient, NotificationKind.QUOTA_ENDING_SOON, pair.relation)).isEqualTo(1);
        assertThat(reminders(pair.sharer, NotificationKind.GRANTED_QUOTA_ENDING_SOON, pair.relation)).isEqualTo(1);
    }

    @Test
    void theScheduledJobRemindsAQuotaEndingToday_P2() {
        Pair pair = pair();
        grant(pair, "50.00", today());

        wallet.expireDue();

        assertThat(reminders(pair.recipient, NotificationKind.QUOTA_ENDING_SOON, pair.relation)).isEqualTo(1);
        assertThat(reminders(pair.sharer, NotificationKind.GRANTED_QUOTA_ENDING_SOON, pair.relation)).isEqualTo(1);
    }

    @Test
    void aQuotaUsedUpRevokedOrAlreadyPastItsEndRemindsNobody_P2() {
        // Last days ten days away, so that no run of the real scheduler today can touch them.
        LocalDate lastDay = today().plusDays(10);
        Pair usedUp = pair();
        people.spendFromQuota(grant(usedUp, "100.00", lastDay), "100.00");
        Pair revoked = pair();
        grant(revoked, "100.00", lastDay);
        wallet.revokeQuota(revoked.sharer.getId(), revoked.relation.getId(), Money.of("100.00"),
                Actor.citizen(revoked.sharer.getId()));
        Pair past = pair();
        grant(past, "100.00", lastDay);

        // The third, first seen by the job after its last day: the expiry notice tells them instead (P2), no late
        // reminder.
        wallet.remindEndingAsOf(lastDay.plusDays(1));
        assertThat(reminders(past.recipient, NotificationKind.QUOTA_ENDING_SOON, past.relation)).isZero();
        assertThat(reminders(past.sharer, NotificationKind.GRANTED_QUOTA_ENDING_SOON, past.relation)).isZero();

        // Five days before the last day: nothing is left of the first two, so nothing would go back.
        wallet.remindEndingAsOf(lastDay.minusDays(5));
        for (Pair pair : List.of(usedUp, revoked)) {
            assertThat(reminders(pair.recipient, NotificationKind.QUOTA_ENDING_SOON, pair.relation)).isZero();
            assertThat(reminders(pair.sharer, NotificationKind.GRANTED_QUOTA_ENDING_SOON, pair.relation)).isZero();
        }
        // The control: the one with money left is reminded on that day.
        assertThat(reminders(past.recipient, NotificationKind.QUOTA_ENDING_SOON, past.relation)).isEqualTo(1);
    }

    @Test
    void twoNodesRunningTheJobAtOnceRemindEachQuotaOnce_P2_P3() throws Exception {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Pair pair = pair();
            grant(pair, "100.00", today().plusDays(1 + i));
            pairs.add(pair);
        }

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 2; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> runs = new ArrayList<>();
                for (int node = 0; node < 2; node++) {
                    runs.add(nodes.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return wallet.remindEndingAsOf(today());
                    }));
                }
                for (Future<Integer> run : runs) {
                    run.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            nodes.shutdownNow();
        }

        for (Pair pair : pairs) {
            assertThat(reminders(pair.recipient, NotificationKind.QUOTA_ENDING_SOON, pair.relation))
                    .as("recipient of relation %d", pair.relation.getId()).isEqualTo(1);
            assertThat(reminders(pair.sharer, NotificationKind.GRANTED_QUOTA_ENDING_SOON, pair.relation))
                    .as("sharer of relation %d", pair.relation.getId()).isEqualTo(1);
        }
    }

    record Pair(Person sharer, Person recipient, Relation relation) {
    }

    private Pair pair() {
        Person sharer = people.employee("110105", "1000.00");
        Person parent = people.resident("410102");
        Relation relation = family.bind(sharer.getId(), parent.idNumber().value(), Kinship.PARENT, true,
                Actor.citizen(sharer.getId()));
        return new Pair(sharer, parent, relation);
    }

    private Quota grant(Pair pair, String amount, LocalDate lastDay) {
        return wallet.grantQuota(pair.sharer.getId(), pair.relation.getId(), Money.of(amount), lastDay,
                Actor.citizen(pair.sharer.getId()));
    }

    private int reminders(Person person, NotificationKind kind, Relation relation) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE person_id = ? AND kind = ? "
                + "AND relation_id = ?", Integer.class, person.getId(), kind.name(), relation.getId());
    }
}
