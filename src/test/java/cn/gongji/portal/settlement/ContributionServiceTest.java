package cn.gongji.portal.settlement;

import static cn.gongji.portal.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.LedgerEntry;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.UseKind;
import cn.gongji.portal.notification.Notification;
import cn.gongji.portal.notification.NotificationKind;
import cn.gongji.portal.notification.NotificationService;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.wallet.WalletService;

/** D14: a recipient's own contribution paid from shared money, in full or not at all. */
@ServiceTest
class ContributionServiceTest {

    static final String BEIJING = "110105";
    static final String HENAN = "410102";

    @Autowired
    ContributionService contributions;
    @Autowired
    Books books;
    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;
    @Autowired
    LedgerService ledger;
    @Autowired
    FundsService funds;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestPeople people;

    Relation bind(Person sharer, Person recipient, Kinship kinship) {
        return family.bind(sharer.getId(), recipient.idNumber().value(), kinship, true, Actor.citizen(sharer.getId()));
    }

    void grant(Person sharer, Relation relation, String amount) {
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of(amount), null, Actor.citizen(sharer.getId()));
    }

    ContributionReceipt pay(Person recipient, ContributionScheme scheme, String amount) {
        return contributions.pay(recipient.getId(), scheme, Money.of(amount), Actor.citizen(recipient.getId()));
    }

    @Test
    void paysInFullFromQuotasFirstThenSameProvinceAccounts_D14_D17() {
        Person mother = people.resident(HENAN);
        Person daughter = people.employee(BEIJING, "1000.00");
        Person brother = people.employee(HENAN, "500.00");
        Relation fromDaughter = bind(daughter, mother, Kinship.PARENT);
        Relation fromBrother = bind(brother, mother, Kinship.SIBLING);
        grant(daughter, fromDaughter, "200.00");

        ContributionReceipt receipt = pay(mother, ContributionScheme.RESIDENT_MEDICAL_INSURANCE, "380.00");

        assertThat(receipt.amount()).isEqualTo(Money.of("380.00"));
        assertThat(receipt.parts()).containsExactly(
                new ContributionReceipt.Part(fromDaughter.getId(), daughter.getId(), Money.of("200.00")),
                new ContributionReceipt.Part(fromBrother.getId(), brother.getId(), Money.of("180.00")));
        assertThat(ledger.balances(daughter.getId())).isEqualTo(
                new Balances(Money.of("800.00"), Money.of("0.00"), Money.of("800.00")));
        assertThat(ledger.balances(brother.getId())).isEqualTo(
                new Balances(Money.of("320.00"), Money.of("0.00"), Money.of("320.00")));
        assertThat(books.isConserved(daughter.getId())).isTrue();
        assertThat(books.isConserved(brother.getId())).isTrue();
    }

    @Test
    void refusesWhenSharedMoneyCannotPayAllAndChangesNothing_D14() {
        Person mother = people.resident(HENAN);
        Person daughter = people.employee(BEIJING, "1000.00");
        Person brother = people.employee(HENAN, "100.00");
        Relation fromDaughter = bind(daughter, mother, Kinship.PARENT);
        bind(brother, mother, Kinship.SIBLING);
        grant(daughter, fromDaughter, "200.00");
        long entriesBefore = entriesOf(daughter).size() + entriesOf(brother).size();

        assertRefused(Refusal.INSUFFICIENT_SHARED_FUNDS,
                () -> pay(mother, ContributionScheme.LONG_TERM_CARE_INSURANCE, "300.01"));

        assertThat(funds.sharedAvailable(mother.getId())).isEqualTo(Money.of("300.00"));
        assertThat(wallet.summary(fromDaughter.getId()).used()).isEqualTo(Money.ZERO);
        assertThat(ledger.balances(brother.getId()).balance()).isEqualTo(Money.of("100.00"));
        assertThat(entriesOf(daughter).size() + entriesOf(brother).size()).isEqualTo(entriesBefore);
        assertThat(notifications.latest(daughter.getId(), Pageable.ofSize(10)))
                .noneMatch(n -> n.getKind() == NotificationKind.SHARED_MONEY_USED);
    }

    @Test
    void withoutAnySharerNothingIsPaid_D14() {
        Person alone = people.resident(HENAN);

        assertRefused(Refusal.INSUFFICIENT_SHARED_FUNDS,
                () -> pay(alone, ContributionScheme.RESIDENT_MEDICAL_INSURANCE, "10.00"));
    }

    @Test
    void eachSharerIsToldTheAmountAndKindOfUseOnly_D14_D24() {
        Person mother = people.resident(HENAN);
        Person daughter = people.employee(BEIJING, "1000.00");
        Person brother = people.employee(HENAN, "500.00");
        grant(daughter, bind(daughter, mother, Kinship.PARENT), "50.00");
        bind(brother, mother, Kinship.SIBLING);

        pay(mother, ContributionScheme.LONG_TERM_CARE_INSURANCE, "120.00");

        Notification toDaughter = usedBy(daughter);
        Notification toBrother = usedBy(brother);
        assertThat(toDaughter.getAmount()).isEqualByComparingTo("50.00");
        assertThat(toDaughter.getUseKind()).isEqualTo(UseKind.LTC_CONTRIBUTION.name());
        assertThat(toDaughter.getOtherPersonId()).isEqualTo(mother.getId());
        assertThat(toBrother.getAmount()).isEqualByComparingTo("70.00");
        assertThat(toBrother.getUseKind()).isEqualTo(UseKind.LTC_CONTRIBUTION.name());
    }

    @Test
    void theLedgerRecordsTheContributionWithItsUseKind_D14_D25() {
        Person mother = people.resident(HENAN);
        Person daughter = people.employee(BEIJING, "1000.00");
        grant(daughter, bind(daughter, mother, Kinship.PARENT), "300.00");

        ContributionReceipt receipt = pay(mother, ContributionScheme.RESIDENT_MEDICAL_INSURANCE, "280.00");

        List<LedgerEntry> spent = entriesOf(mother).stream()
                .filter(e -> e.getKind() == LedgerKind.QUOTA_SPENT).toList();
        assertThat(spent).singleElement().satisfies(e -> {
            assertThat(e.getUseKind()).isEqualTo(UseKind.RESIDENT_CONTRIBUTION);
            assertThat(e.getSettlementId()).isEqualTo(receipt.contributionId());
            assertThat(e.getAmount()).isEqualTo(Money.of("280.00"));
            assertThat(e.getAccountId()).isEqualTo(daughter.getId());
            assertThat(e.getActor()).isEqualTo("person:" + mother.getId());
        });
    }

    @Test
    void theRecipientsOwnOrderComesFirst_P1_D14() {
        Person mother = people.resident(HENAN);
        Person daughter = people.employee(BEIJING, "1000.00");
        Person brother = people.employee(HENAN, "500.00");
        Relation fromDaughter = bind(daughter, mother, Kinship.PARENT);
        Relation fromBrother = bind(brother, mother, Kinship.SIBLING);
        grant(daughter, fromDaughter, "200.00");
        family.setOrderOfUse(mother.getId(), List.of(fromBrother.getId()));

        ContributionReceipt receipt = pay(mother, ContributionScheme.RESIDENT_MEDICAL_INSURANCE, "550.00");

        assertThat(receipt.parts()).containsExactly(
                new ContributionReceipt.Part(fromBrother.getId(), brother.getId(), Money.of("500.00")),
                new ContributionReceipt.Part(fromDaughter.getId(), daughter.getId(), Money.of("50.00")));
    }

    @Test
    void aRecipientWhoseInsuranceEndedCannotPay_D14_D5() {
        Person mother = people.resident(HENAN);
        Person daughter = people.employee(BEIJING, "1000.00");
        grant(daughter, bind(daughter, mother, Kinship.PARENT), "300.00");
        people.terminate(mother);

        assertRefused(Refusal.RECIPIENT_INSURANCE_ENDED,
                () -> pay(mother, ContributionScheme.RESIDENT_MEDICAL_INSURANCE, "100.00"));
    }

    @Test
    void aZeroAmountIsRefused_D28() {
        Person mother = people.resident(HENAN);

        assertRefused(Refusal.INVALID_AMOUNT, () -> contributions.pay(mother.getId(),
                ContributionScheme.RESIDENT_MEDICAL_INSURANCE, Money.ZERO, Actor.citizen(mother.getId())));
    }

    @Test
    void twoContributionsAtOnceNeverPayMoreThanTheQuota_D14_D10() throws Exception {
        Person mother = people.resident(HENAN);
        Person daughter = people.employee(BEIJING, "1000.00");
        Relation relation = bind(daughter, mother, Kinship.PARENT);
        grant(daughter, relation, "100.00");

        int attempts = 6;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                Callable<Boolean> attempt = () -> {
                    start.await();
                    try {
                        pay(mother, ContributionScheme.RESIDENT_MEDICAL_INSURANCE, "60.00");
                        return true;
                    } catch (RefusedException refused) {
                        assertThat(refused.refusal()).isEqualTo(Refusal.INSUFFICIENT_SHARED_FUNDS);
                        return false;
                    }
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            int paid = 0;
            for (Future<Boolean> result : results) {
                paid += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(paid).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(wallet.summary(relation.getId()).used()).isEqualTo(Money.of("60.00"));
        assertThat(ledger.balances(daughter.getId())).isEqualTo(
                new Balances(Money.of("940.00"), Money.of("40.00"), Money.of("900.00")));
        assertThat(books.isConserved(daughter.getId())).isTrue();
    }

    private List<LedgerEntry> entriesOf(Person person) {
        return ledger.history(person.getId(), java.time.Instant.EPOCH, java.time.Instant.parse("9999-01-01T00:00:00Z"),
                java.util.EnumSet.allOf(LedgerKind.class), Pageable.ofSize(1000)).getContent();
    }

    private Notification usedBy(Person sharer) {
        return notifications.latest(sharer.getId(), Pageable.ofSize(20)).stream()
                .filter(n -> n.getKind() == NotificationKind.SHARED_MONEY_USED).findFirst().orElseThrow();
    }
}
