package cn.gongji.portal.wallet;

import static cn.gongji.portal.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.PlatformTransactionManager;

import cn.gongji.portal.family.EndReason;
import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.UseKind;
import cn.gongji.portal.notification.NotificationKind;
import cn.gongji.portal.notification.NotificationService;
import cn.gongji.portal.settlement.FundsService;
import cn.gongji.portal.settlement.SettleCommand;
import cn.gongji.portal.settlement.SettlementKind;
import cn.gongji.portal.settlement.SettlementReceipt;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;

@ServiceTest
class WalletServiceTest {

    static final String BEIJING = "110105";
    static final String HENAN = "410102";
    static final String SHANGHAI = "310104";

    @Autowired
    WalletService wallet;
    @Autowired
    Books books;
    @Autowired
    FamilyService family;
    @Autowired
    LedgerService ledger;
    @Autowired
    FundsService funds;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestPeople people;
    @Autowired
    PlatformTransactionManager transactions;

    Relation bind(Person sharer, Person recipient, Kinship kinship) {
        return family.bind(sharer.getId(), recipient.idNumber().value(), kinship, true, Actor.citizen(sharer.getId()));
    }

    Quota grant(Person sharer, Relation relation, String amount) {
        return wallet.grantQuota(sharer.getId(), relation.getId(), Money.of(amount), null,
                Actor.citizen(sharer.getId()));
    }

    Money spend(Quota quota, String amount) {
        return people.spendFromQuota(quota, amount);
    }

    static Balances balances(String balance, String reserved, String available) {
        return new Balances(Money.of(balance), Money.of(reserved), Money.of(available));
    }

    @Test
    void aGrantReservesWithoutLoweringTheBalanceAndSpendingLowersBoth_D10() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        Relation relation = bind(sharer, parent, Kinship.PARENT);

        Quota quota = grant(sharer, relation, "500.00");
        assertThat(ledger.balances(sharer.getId())).isEqualTo(balances("1000.00", "500.00", "500.00"));
        assertThat(funds.sharedAvailable(parent.getId())).isEqualTo(Money.of("500.00"));

        assertThat(spend(quota, "120.00")).isEqualTo(Money.of("120.00"));
        assertThat(ledger.balances(sharer.getId())).isEqualTo(balances("880.00", "380.00", "500.00"));
        assertThat(wallet.summary(relation.getId()))
                .isEqualTo(new QuotaSummary(Money.of("500.00"), Money.of("120.00"), Money.ZERO, Money.of("380.00")));
    }

    @Test
    void theRecipientSpendsUpToTheQuotaNeverBeyond_D10() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        Quota quota = grant(sharer, bind(sharer, parent, Kinship.PARENT), "300.00");

        assertThat(spend(quota, "450.00")).isEqualTo(Money.of("300.00"));
        assertThat(spend(quota, "1.00")).isEqualTo(Money.ZERO);
        assertThat(ledger.balances(sharer.getId())).isEqualTo(balances("700.00", "0.00", "700.00"));
    }

    @Test
    void aGrantLargerThanAvailableIsRefused_D11() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        Person child = people.employee(SHANGHAI, "0");
        Relation toParent = bind(sharer, parent, Kinship.PARENT);
        Relation toChild = bind(sharer, child, Kinship.CHILD);
        grant(sharer, toParent, "700.00");

        assertRefused(Refusal.QUOTA_EXCEEDS_AVAILABLE, () -> grant(sharer, toChild, "300.01"));
        assertThat(ledger.balances(sharer.getId())).isEqualTo(balances("1000.00", "700.00", "300.00"));
        assertThat(grant(sharer, toChild, "300.00").unused()).isEqualTo(Money.of("300.00"));
        assertThat(ledger.balances(sharer.getId()).available()).isEqualTo(Money.ZERO);
    }

    @Test
    void receivedQuotaCannotBeGrantedOn_D11() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person son = people.employee(SHANGHAI, "0");
        Person grandmother = people.resident(HENAN);
        Relation toSon = bind(sharer, son, Kinship.CHILD);
        grant(sharer, toSon, "500.00");
        Relation sonToGrandmother = bind(son, grandmother, Kinship.PATERNAL_GRANDPARENT);

        // What the son received is not part of his own account...
        assertThat(ledger.balances(son.getId()).available()).isEqualTo(Money.ZERO);
        assertRefused(Refusal.QUOTA_EXCEEDS_AVAILABLE, () -> grant(son, sonToGrandmother, "100.00"));
        // ...and he cannot grant on the relation through which he receives it.
        assertRefused(Refusal.NOT_THE_SHARER, () -> grant(son, toSon, "100.00"));
        assertThat(ledger.balances(sharer.getId())).isEqualTo(balances("1000.00", "500.00", "500.00"));
    }

    @Test
    void revokeTakesBackOnlyUnusedMoneyInFullOrInPart_D10() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        Relation relation = bind(sharer, parent, Kinship.PARENT);
        Quota quota = grant(sharer, relation, "500.00");
        spend(quota, "120.00");

        assertRefused(Refusal.REVOKE_EXCEEDS_UNUSED, () -> wallet.revokeQuota(sharer.getId(), relation.getId(),
                Money.of("380.01"), Actor.citizen(sharer.getId())));
        wallet.revokeQuota(sharer.getId(), relation.getId(), Money.of("80.00"), Actor.citizen(sharer.getId()));
        assertThat(ledger.balances(sharer.getId())).isEqualTo(balances("880.00", "300.00", "580.00"));
        wallet.revokeQuota(sharer.getId(), relation.getId(), Money.of("300.00"), Actor.citizen(sharer.getId()));

        assertThat(wallet.summary(relation.getId())).isEqualTo(new QuotaSummary(Money.of("500.00"),
                Money.of("120.00"), Money.of("380.00"), Money.ZERO));
        assertThat(ledger.balances(sharer.getId())).isEqualTo(balances("880.00", "0.00", "880.00"));
        assertRefused(Refusal.NOT_THE_SHARER, () -> wallet.revokeQuota(parent.getId(), relation.getId(),
                Money.of("1.00"), Actor.citizen(parent.getId())));
    }

    @Test
    void grantingNeedsTheSharersOpenWalletAndACrossProvinceRelation_D10_D9() {
        Person sharer = people.person(TestPeople.idNumber(BEIJING), "李建国", Scheme.EMPLOYEE, BEIJING, "800.00",
                false);
        Person parent = people.resident(HENAN);
        Person spouse = people.employee(BEIJING, "0");
        Relation cross = bind(sharer, parent, Kinship.PARENT);
        Relation same = bind(sharer, spouse, Kinship.SPOUSE);

        assertRefused(Refusal.WALLET_NOT_OPENED, () -> grant(sharer, cross, "100.00"));
        wallet.openWallet(sharer.getId(), Actor.citizen(sharer.getId()));
        assertRefused(Refusal.WALLET_ALREADY_OPEN,
                () -> wallet.openWallet(sharer.getId(), Actor.citizen(sharer.getId())));
        assertThat(grant(sharer, cross, "100.00").unused()).isEqualTo(Money.of("100.00"));
        assertRefused(Refusal.QUOTA_ONLY_ACROSS_PROVINCES, () -> grant(sharer, same, "100.00"));
    }

    @Test
    void sameProvinceSharingSpendsOnlyWhatIsAvailableNeverReservedMoney_D9() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        Person spouse = people.resident(BEIJING);
        grant(sharer, bind(sharer, parent, Kinship.PARENT), "600.00");
        Relation same = bind(sharer, spouse, Kinship.SPOUSE);
        assertThat(funds.sharedAvailable(spouse.getId())).isEqualTo(Money.of("400.00"));

        // A bill of 500.00 for the spouse: the sharer's account pays what is available, the rest is cash.
        SettlementReceipt bill = people.settle(new SettleCommand("HO-TEST", "R-" + java.util.UUID.randomUUID(),
                spouse.idNumber(), spouse.idNumber(), null, SettlementKind.CARE, Money.of("500.00"), Money.ZERO, true,
                java.util.List.of(), null));
        Money taken = bill.shared().stream().filter(p -> p.relationId() == same.getId())
                .map(SettlementReceipt.SharedPart::amount).reduce(Money.ZERO, Money::plus);

        assertThat(taken).isEqualTo(Money.of("400.00"));
        assertThat(ledger.balances(sharer.getId())).isEqualTo(balances("600.00", "600.00", "0.00"));
        assertThat(funds.sharedAvailable(parent.getId())).isEqualTo(Money.of("600.00"));
    }

    @Test
    void sharingNeverChangesTheRecipientsOwnAccount_D12() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person son = people.employee(SHANGHAI, "250.00");
        Quota quota = grant(sharer, bind(sharer, son, Kinship.CHILD), "400.00");
        // A bill of 400.00: his own account pays its 250.00 first (D17), the quota the other 150.00.
        assertThat(spend(quota, "400.00")).isEqualTo(Money.of("150.00"));

        // The quota's money paid the bill; none of it went into his own account, which only he spent.
        assertThat(ledger.balances(son.getId())).isEqualTo(balances("0.00", "0.00", "0.00"));
        assertThat(funds.fundsOf(son.getId()).ownAccount()).isEqualTo(Money.of("0.00"));
        assertThat(funds.fundsOf(son.getId()).shared()).isEqualTo(Money.of("250.00"));
    }

    @Test
    void dissolutionReleasesUnusedQuotaAtOnce_D21() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        Relation relation = bind(sharer, parent, Kinship.PARENT);
        spend(grant(sharer, relation, "500.00"), "120.00");

        family.dissolve(parent.getId(), relation.getId(), Actor.citizen(parent.getId()));

        assertThat(ledger.balances(sharer.getId())).isEqualTo(balances("880.00", "0.00", "880.00"));
        assertThat(funds.sharedAvailable(parent.getId())).isEqualTo(Money.ZERO);
        assertRefused(Refusal.RELATION_NOT_LIVE, () -> grant(sharer, relation, "10.00"));
        assertThat(ledger.timeline(relation.getId())).extracting(e -> e.getKind()).containsExactly(
                LedgerKind.RELATION_BOUND, LedgerKind.QUOTA_GRANTED, LedgerKind.QUOTA_SPENT,
                LedgerKind.RELATION_DISSOLVED, LedgerKind.QUOTA_RELEASED);
    }

    @Test
    void registryTerminationOrTransferReleasesUnusedQuotaAtOnce_D22() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        Person son = people.employee(SHANGHAI, "0");
        grant(sharer, bind(sharer, parent, Kinship.PARENT), "300.00");
        grant(sharer, bind(sharer, son, Kinship.CHILD), "200.00");

        family.dissolveAllOf(parent.getId(), EndReason.SHARER_REGION_TRANSFER, EndReason.RECIPIENT_REGION_TRANSFER,
                Actor.registry());
        assertThat(ledger.balances(sharer.getId())).isEqualTo(balances("1000.00", "200.00", "800.00"));

        family.dissolveAllOf(sharer.getId(), EndReason.SHARER_INSURANCE_ENDED, EndReason.RECIPIENT_INSURANCE_ENDED,
                Actor.registry());
        assertThat(ledger.balances(sharer.getId())).isEqualTo(balances("1000.00", "0.00", "1000.00"));
        assertThat(notifications.latest(son.getId(), Pageable.ofSize(10)))
                .extracting(n -> n.getKind()).contains(NotificationKind.RELATION_DISSOLVED,
                        NotificationKind.QUOTA_RELEASED);
    }

    @Test
    void aQuotaPastItsEndDateReturnsToTheSharerAndBothAreTold_P2() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        Relation relation = bind(sharer, parent, Kinship.PARENT);
        LocalDate lastDay = LocalDate.now().plusDays(3);
        Quota quota = wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("200.00"), lastDay,
                Actor.citizen(sharer.getId()));
        spend(quota, "50.00");

        assertThat(wallet.expireDueAsOf(lastDay)).isZero();
        assertThat(wallet.expireDueAsOf(lastDay.plusDays(1))).isGreaterThanOrEqualTo(1);

        assertThat(ledger.balances(sharer.getId())).isEqualTo(balances("950.00", "0.00", "950.00"));
        assertThat(notifications.latest(sharer.getId(), Pageable.ofSize(1)).getFirst().getKind())
                .isEqualTo(NotificationKind.QUOTA_EXPIRED);
        assertThat(notifications.latest(parent.getId(), Pageable.ofSize(1)).getFirst().getKind())
                .isEqualTo(NotificationKind.QUOTA_EXPIRED);
        assertRefused(Refusal.INVALID_END_DATE, () -> wallet.grantQuota(sharer.getId(), relation.getId(),
                Money.of("10.00"), LocalDate.now().minusDays(1), Actor.citizen(sharer.getId())));
    }

    @Test
    void theLedgerExplainsEveryBalanceAndReservedEqualsUnusedQuota_D25() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        Person son = people.employee(SHANGHAI, "0");
        Relation toParent = bind(sharer, parent, Kinship.PARENT);
        Quota q1 = grant(sharer, toParent, "400.00");
        Quota q2 = grant(sharer, bind(sharer, son, Kinship.CHILD), "300.00");
        spend(q1, "99.99");
        spend(q2, "0.01");
        wallet.revokeQuota(sharer.getId(), toParent.getId(), Money.of("100.00"), Actor.citizen(sharer.getId()));
        wallet.refundToQuota(q1.getId(), Money.of("9.99"), "S-test", UseKind.PHARMACY, Actor.institution("PH"));

        Balances b = ledger.balances(sharer.getId());
        assertThat(books.isConserved(sharer.getId())).isTrue();
        assertThat(b.reserved()).isEqualTo(wallet.unusedQuotaOfSharer(sharer.getId()));
        // balance = credits − shared spending + refunds: 1000.00 − 99.99 − 0.01 + 9.99
        assertThat(b.balance()).isEqualTo(Money.of("909.99"));
    }

    @Test
    void theSharerIsToldOfEachUseWithoutCareDetail_D24_P3() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        Relation relation = bind(sharer, parent, Kinship.PARENT);
        spend(grant(sharer, relation, "500.00"), "120.00");

        var told = notifications.latest(sharer.getId(), Pageable.ofSize(1)).getFirst();
        assertThat(told.getKind()).isEqualTo(NotificationKind.SHARED_MONEY_USED);
        assertThat(told.getAmount()).isEqualByComparingTo("120.00");
        assertThat(told.getOtherPersonId()).isEqualTo(parent.getId());
        assertThat(told.getUseKind()).isEqualTo("PHARMACY");
        assertThat(notifications.latest(parent.getId(), Pageable.ofSize(5))).extracting(n -> n.getKind())
                .contains(NotificationKind.QUOTA_GRANTED, NotificationKind.RELATION_BOUND);
    }
}
