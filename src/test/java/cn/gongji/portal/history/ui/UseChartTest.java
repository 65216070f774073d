package cn.gongji.portal.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.security.TestClock;
import cn.gongji.portal.settlement.SettleCommand;
import cn.gongji.portal.settlement.SettlementKind;
import cn.gongji.portal.settlement.SettlementReceipt;
import cn.gongji.portal.settlement.SettlementService;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.ui.KaribuTest;
import cn.gongji.portal.wallet.WalletService;

/**
 * Issue 12: the monthly use chart on /history. Its sums are the ledger's (D25): checked against what the sharer's
 * account lost and what each relation's quotas used, with real grants, settlements and a refund over two months. A
 * sharer's chart tells amounts per month and per masked relative, nothing of the care (D24, D2).
 */
class UseChartTest extends KaribuTest {

    static final String BEIJING = "110105";
    static final String HENAN = "410102";
    static final String PHARMACY = "PH-410100-001";

    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;
    @Autowired
    LedgerService ledger;
    @Autowired
    SettlementService settlements;
    @Autowired
    TestClock clock;

    Person sharer;
    Person father;
    Person son;
    Relation toFather;
    Relation toSon;
    YearMonth firstMonth;
    YearMonth secondMonth;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Month one: a quota of 500.00 to his father in Henan, who buys 120.00 and 80.00 of medicine (a 30.00 refund of
     * the second); his son in Beijing spends 45.50 from the account (D9). Month two: the father buys 60.00.
     */
    void twoMonthsOfSharing() {
        sharer = people.person(TestPeople.idNumber(BEIJING), "张建国", Scheme.EMPLOYEE, BEIJING, "5000.00", true);
        father = people.person(TestPeople.idNumber(HENAN), "张德明", Scheme.RESIDENT, HENAN, null, true);
        son = people.person(TestPeople.idNumber(BEIJING), "张小磊", Scheme.RESIDENT, BEIJING, null, true);
        toFather = family.bind(sharer.getId(), father.idNumber().value(), Kinship.PARENT, true,
                Actor.citizen(sharer.getId()));
        toSon = family.bind(sharer.getId(), son.idNumber().value(), Kinship.CHILD, true, Actor.citizen(sharer.getId()));
        wallet.grantQuota(sharer.getId(), toFather.getId(), Money.of("500.00"), null, Actor.citizen(sharer.getId()));
        firstMonth = YearMonth.now(clock);
        settle(father, "120.00");
        SettlementReceipt second = settle(father, "80.00");
        settlements.refund(PHARMACY, second.settlementId(), "RF-" + UUID.randomUUID(), Money.of("30.00"));
        settle(son, "45.50");
        // The next month: 35 days on is always in another month.
        clock.advance(Duration.ofDays(35));
        secondMonth = YearMonth.now(clock);
        settle(father, "60.00");
    }

    SettlementReceipt settle(Person patient, String amount) {
        return people.settle(new SettleCommand(PHARMACY, "R-" + UUID.randomUUID(), patient.idNumber(),
                patient.idNumber(), null, SettlementKind.PHARMACY, Money.of(amount), Money.ZERO, true, List.of(),
                "{\"diagnosis\":\"高血压\",\"items\":[\"硝苯地平\"]}"));
    }

    @Test
    void theSharersMonthlySumsAreTheLedgers_D25() {
        twoMonthsOfSharing();
        login(sharer);
        navigate("history");

        List<List<String>> rows = rows("use-chart-given-table");
        Money usedInAll = Money.ZERO;
        Money refundedInAll = Money.ZERO;
        Money fatherUsed = Money.ZERO;
        Money fatherRefunded = Money.ZERO;
        for (List<String> row : rows) {
            Money used = money(row.get(2));
            Money refunded = money(row.get(3));
            usedInAll = usedInAll.plus(used);
            refundedInAll = refundedInAll.plus(refunded);
            if (row.get(1).equals("张*明")) {
                fatherUsed = fatherUsed.plus(used);
                fatherRefunded = fatherRefunded.plus(refunded);
            }
        }
        // D25: his balance fell by exactly what the chart says his relatives used, less what came back.
        Money balanceFell = Money.of("5000.00").minus(ledger.balances(sharer.getId()).balance());
        assertThat(usedInAll.minus(refundedInAll)).isEqualTo(balanceFell);
        // And the father's rows are what his quotas paid (quota used is net of refunds, D20).
        assertThat(fatherUsed.minus(fatherRefunded)).isEqualTo(wallet.summary(toFather.getId()).used());
        // Month by month, relative by relative.
        assertThat(rows).containsExactly(
                List.of(month(firstMonth), "张*明", "200.00 元", "30.00 元"),
                List.of(month(firstMonth), "张*磊", "45.50 元", "0.00 元"),
                List.of(month(secondMonth), "张*明", "60.00 元", "0.00 元"));
        assertThat(svg("use-chart-given-svg")).contains("245.50 元", "60.00 元", "张*明", "张*磊", "role=\"img\"");
    }

    @Test
    void aSharersChartTellsNothingOfTheCare_D24() {
        twoMonthsOfSharing();
        login(sharer);
        navigate("history");

        String everything = svg("use-chart-given-svg") + text("use-chart");
        assertThat(everything).doesNotContain("高血压", "硝苯地平", "药店", "测试医药机构", "张德明", "张小磊");
        assertThat(exists("use-chart-received-table")).isFalse();
    }

    @Test
    void theRecipientSeesWhatWasGrantedToHimAndUsedForHim_D10() {
        twoMonthsOfSharing();
        login(father);
        navigate("history");

        assertThat(rows("use-chart-received-table")).containsExactly(
                List.of(month(firstMonth), "500.00 元", "200.00 元", "30.00 元"),
                List.of(month(secondMonth), "0.00 元", "60.00 元", "0.00 元"));
        assertThat(svg("use-chart-received-svg")).contains("授予 500.00 元", "支付 200.00 元");
        assertThat(exists("use-chart-given-table")).isFalse();
    }

    @Test
    void aPersonWithoutSharedMoneySeesThatInWords() {
        login(people.employee(BEIJING, "10.00"));
        navigate("history");

        assertThat(exists("use-chart")).isTrue();
        assertThat(text("use-chart-none")).isEqualTo("这段时间没有共济资金往来。");
        assertThat(exists("use-chart-given-svg")).isFalse();
    }

    @Test
    void inEnglishTheChartReadsInEnglish() {
        twoMonthsOfSharing();
        login(sharer);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("history");

        assertThat(rows("use-chart-given-table").get(0)).containsExactly(
                DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH).format(firstMonth), "张*明", "CNY 200.00",
                "CNY 30.00");
        assertThat(svg("use-chart-given-svg")).contains("What your money paid for your relatives", "CNY 245.50");
        assertThat(text("use-chart")).contains("Of which refunded");
    }

    static String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("yyyy年M月", Locale.CHINESE).format(month);
    }

    static Money money(String shown) {
        return Money.of(shown.replace(" 元", "").replace("CNY ", ""));
    }

    static String svg(String id) {
        return byId(id).getElement().getProperty("innerHTML");
    }

    /** The body rows of a chart's table, cell texts in order. */
    static List<List<String>> rows(String id) {
        NativeTable table = byId(NativeTable.class, id);
        return table.getBody().getRows().stream()
                .map((NativeTableRow row) -> row.getChildren().map(c -> c.getElement().getTextRecursively()).toList())
                .toList();
    }
}
