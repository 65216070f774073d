package cn.gongji.portal.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Masking;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.Explanation;
import cn.gongji.portal.ledger.Explanation.Figure;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.UseKind;
import cn.gongji.portal.settlement.FundsService;
import cn.gongji.portal.settlement.SettleCommand;
import cn.gongji.portal.settlement.SettlementKind;
import cn.gongji.portal.settlement.SettlementReceipt;
import cn.gongji.portal.settlement.SettlementService;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;

/**
 * Issue 12: every figure of the home page is explained by lines that add up to it exactly, built from the ledger
 * (D25) — balance, reserved (per quota), available (balance − reserved, D11) and shared money (D9, D10) — and the
 * lines show other people masked (D2) and never what a relative's care was (D24).
 */
@ServiceTest
class BalanceExplanationsTest {

    private static final String BEIJING = "110105";
    private static final String BEIJING_2 = "110108";
    private static final String HENAN = "410102";
    private static final String DIAGNOSIS = "J06.9 上呼吸道感染";
    private static final String DETAIL = "{\"diagnosis\":\"" + DIAGNOSIS + "\",\"items\":[\"阿莫西林\"]}";

    @Autowired
    BalanceExplanations explanations;
    @Autowired
    FundsService funds;
    @Autowired
    LedgerService ledger;
    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;
    @Autowired
    SettlementService settlements;
    @Autowired
    TestPeople people;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aSharersFiguresAreExplainedToTheFenAfterGrantSpendRefundAndRevoke_D25_D11() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        Relation relation = bind(sharer, parent, Kinship.PARENT);
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("500.00"), null, Actor.citizen(sharer.getId()));
        SettlementReceipt bill = settle(parent, "120.00");
        // A partial refund goes back into the quota while the relation is live (D20): net use 100.00.
        settlements.refund("PH-EXPLAIN", bill.settlementId(), "RF-" + UUID.randomUUID(), Money.of("20.00"));
        wallet.revokeQuota(sharer.getId(), relation.getId(), Money.of("80.00"), Actor.citizen(sharer.getId()));

        Balances shown = ledger.balances(sharer.getId());
        assertThat(shown).isEqualTo(new Balances(Money.of("900.00"), Money.of("320.00"), Money.of("580.00")));

        Explanation balance = explanations.balance(sharer.getId());
        assertThat(balance.figure()).isEqualTo(Figure.ACCOUNT_BALANCE);
        assertThat(balance.shown()).isEqualTo(shown.balance());
        assertThat(balance.total()).isEqualByComparingTo("900.00");
        assertThat(balance.addsUp()).isTrue();
        // Newest first: the refund, the spend, the credit. Grants and revokes do not change the balance.
        assertThat(balance.lines()).map(l -> ((Explanation.Entry) l).kind()).containsExactly(
                LedgerKind.QUOTA_REFUNDED, LedgerKind.QUOTA_SPENT, LedgerKind.ACCOUNT_CREDITED);
        Explanation.Entry spent = (Explanation.Entry) balance.lines().get(1);
        assertThat(spent.amount()).isEqualByComparingTo("-120.00");
        assertThat(spent.useKind()).isEqualTo(UseKind.PHARMACY);
        assertThat(spent.counterParty()).isEqualTo(Masking.name(parent.getName()));

        Explanation reserved = explanations.reserved(sharer.getId());
        assertThat(reserved.total()).isEqualByComparingTo("320.00");
        assertThat(reserved.addsUp()).isTrue();
        assertThat(reserved.lines()).singleElement().isInstanceOfSatisfying(Explanation.QuotaLeft.class, q -> {
            assertThat(q.recipient()).isEqualTo(Masking.name(parent.getName()));
            assertThat(q.granted()).isEqualTo(Money.of("500.00"));
            assertThat(q.used()).isEqualTo(Money.of("100.00"));
            assertThat(q.givenBack()).isEqualTo(Money.of("80.00"));
            assertThat(q.amount()).isEqualByComparingTo("320.00");
        });

        Explanation available = explanations.available(sharer.getId());
        assertThat(available.lines()).containsExactly(
                new Explanation.Part(Figure.ACCOUNT_BALANCE, new BigDecimal("900.00")),
                new Explanation.Part(Figure.RESERVED, new BigDecimal("-320.00")));
        assertThat(available.shown()).isEqualTo(Money.of("580.00"));
        assertThat(available.addsUp()).isTrue();
    }

    @Test
    void aSharerSeesWhoUsedHisMoneyAndForWhatKindButNeverTheCareDetail_D24_D2() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        Relation relation = bind(sharer, parent, Kinship.PARENT);
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("500.00"), null, Actor.citizen(sharer.getId()));
        settle(parent, "120.00");

        for (Explanation e : List.of(explanations.balance(sharer.getId()), explanations.reserved(sharer.getId()),
                explanations.available(sharer.getId()))) {
            assertThat(e.toString()).doesNotContain(DIAGNOSIS).doesNotContain("阿莫西林").doesNotContain("PH-EXPLAIN")
                    .doesNotContain(parent.getName()).doesNotContain(parent.idNumber().value());
        }
    }

    @Test
    void manyEntriesShowTheLatestAndSumTheEarlierOnesPerKindExactly_D25() {
        Person person = people.employee(BEIJING, "0.01");
        for (int i = 1; i <= 14; i++) {
            credit(person, "10.0" + (i % 10));
        }
        people.settle(new SettleCommand("HO-EXPLAIN", "R-" + UUID.randomUUID(), person.idNumber(),
                person.idNumber(), null, SettlementKind.CARE, Money.of("3.33"), Money.ZERO, false, List.of(), DETAIL));

        Explanation balance = explanations.balance(person.getId());

        assertThat(balance.addsUp()).isTrue();
        assertThat(balance.total()).isEqualByComparingTo(ledger.balances(person.getId()).balance().amount());
        List<Explanation.Line> listed = balance.lines().stream().filter(Explanation.Entry.class::isInstance).toList();
        assertThat(listed).hasSize(BalanceExplanations.LATEST);
        assertThat(((Explanation.Entry) listed.getFirst()).kind()).isEqualTo(LedgerKind.OWN_ACCOUNT_SPENT);
        // 16 entries on the balance: 10 listed, the 6 earliest credits on one line with their exact sum.
        assertThat(balance.lines().getLast()).isInstanceOfSatisfying(Explanation.Earlier.class, earlier -> {
            assertThat(earlier.kind()).isEqualTo(LedgerKind.ACCOUNT_CREDITED);
            assertThat(earlier.count()).isEqualTo(6);
        });
        BigDecimal earliestSix = new BigDecimal("0.01");
        for (int i = 1; i <= 5; i++) {
            earliestSix = earliestSix.add(new BigDecimal("10.0" + (i % 10)));
        }
        assertThat(((Explanation.Earlier) balance.lines().getLast()).amount()).isEqualByComparingTo(earliestSix);
    }

    @Test
    void quotasThatReserveNothingAreCountedOnOneLine_D10_D21() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        Person child = people.resident("310104");
        Relation toParent = bind(sharer, parent, Kinship.PARENT);
        Relation toChild = bind(sharer, child, Kinship.CHILD);
        wallet.grantQuota(sharer.getId(), toParent.getId(), Money.of("200.00"), null, Actor.citizen(sharer.getId()));
        wallet.grantQuota(sharer.getId(), toChild.getId(), Money.of("50.00"), null, Actor.citizen(sharer.getId()));
        wallet.revokeQuota(sharer.getId(), toParent.getId(), Money.of("200.00"), Actor.citizen(sharer.getId()));

        Explanation reserved = explanations.reserved(sharer.getId());

        assertThat(reserved.lines()).hasSize(2);
        assertThat(reserved.lines().get(0)).isInstanceOfSatisfying(Explanation.QuotaLeft.class,
                q -> assertThat(q.recipient()).isEqualTo(Masking.name(child.getName())));
        assertThat(reserved.lines().get(1)).isEqualTo(new Explanation.QuotasUsedUp(1, new BigDecimal("0.00")));
        assertThat(reserved.total()).isEqualByComparingTo("50.00");
        assertThat(reserved.addsUp()).isTrue();
    }

    @Test
    void sharedMoneyIsExplainedPerSharerAndQuotaInTheOrderOfUse_D9_D10_D17() {
        Person farSharer = people.employee(HENAN, "800.00");
        Person nearSharer = people.employee(BEIJING_2, "640.50");
        Person recipient = people.resident(BEIJING);
        Relation wallet1 = bind(farSharer, recipient, Kinship.CHILD);
        bind(nearSharer, recipient, Kinship.CHILD);
        wallet.grantQuota(farSharer.getId(), wallet1.getId(), Money.of("300.00"), LocalDate.now()
                .plusDays(30), Actor.citizen(farSharer.getId()));

        Explanation shared = funds.explainSharedAvailable(recipient.getId());

        assertThat(shared.lines()).hasSize(2);
        assertThat(shared.lines().get(0)).isInstanceOfSatisfying(Explanation.SharedQuota.class, q -> {
            assertThat(q.sharer()).isEqualTo(Masking.name(farSharer.getName()));
            assertThat(q.amount()).isEqualByComparingTo("300.00");
            assertThat(q.endDate()).isEqualTo(LocalDate.now().plusDays(30));
        });
        assertThat(shared.lines().get(1)).isEqualTo(new Explanation.SharedAccount(
                Masking.name(nearSharer.getName()), new BigDecimal("640.50")));
        assertThat(shared.total()).isEqualByComparingTo(funds.sharedAvailable(recipient.getId()).amount())
                .isEqualByComparingTo("940.50");
        assertThat(shared.addsUp()).isTrue();
    }

    @Test
    void aPersonWithNothingRecordedHasEmptyExplanationsOfZero() {
        Person person = people.employee(BEIJING, "0");

        assertThat(explanations.balance(person.getId()).lines()).isEmpty();
        assertThat(explanations.balance(person.getId()).addsUp()).isTrue();
        assertThat(explanations.reserved(person.getId()).addsUp()).isTrue();
        assertThat(funds.explainSharedAvailable(person.getId()).lines()).isEmpty();
    }

    private Relation bind(Person sharer, Person recipient, Kinship kinship) {
        return family.bind(sharer.getId(), recipient.idNumber().value(), kinship, true, Actor.citizen(sharer.getId()));
    }

    private SettlementReceipt settle(Person patient, String amount) {
        return people.settle(new SettleCommand("PH-EXPLAIN", "R-" + UUID.randomUUID(), patient.idNumber(),
                patient.idNumber(), null, SettlementKind.PHARMACY, Money.of(amount), Money.ZERO, true, List.of(),
                DETAIL));
    }

    private void credit(Person person, String amount) {
        new TransactionTemplate(transactions).executeWithoutResult(
                s -> ledger.credit(person.getId(), Money.of(amount), Actor.registry(), "test"));
    }
}
