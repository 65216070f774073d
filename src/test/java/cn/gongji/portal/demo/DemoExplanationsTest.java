package cn.gongji.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.Explanation;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.settlement.FundsService;
import cn.gongji.portal.wallet.BalanceExplanations;

/**
 * Issue 12, D25: for every person of the demo cast, each figure the home page shows — balance, reserved, available
 * (employee-insured only) and the shared money he can use — is explained by lines that add up to it exactly. Same
 * context as {@link DemoDataTest} (same annotations), which it does not change.
 */
@SpringBootTest(properties = {"portal.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:demo-data-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "portal.quota-expiry-interval=PT24H"})
@ActiveProfiles("dev")
class DemoExplanationsTest {

    @Autowired
    People persons;
    @Autowired
    LedgerService ledger;
    @Autowired
    FundsService funds;
    @Autowired
    BalanceExplanations explanations;

    static Stream<String> demoCast() {
        return Stream.of(DemoData.ZHANG_JIANGUO, DemoData.LI_XIUYING, DemoData.ZHANG_DEMING, DemoData.LI_DEFU,
                DemoData.ZHANG_JIANHUA, DemoData.ZHANG_LEI, DemoData.CHEN_ZHIQIANG, DemoData.LIN_XIUZHEN,
                DemoData.ZHAO_GUOQING, DemoData.ZHOU_SHULAN, DemoData.ZHOU_XIAOYU, DemoData.ZHANG_JIANYING);
    }

    @ParameterizedTest
    @MethodSource("demoCast")
    void everyFigureOnTheHomePageIsExplainedToTheFen_D25(String idNumber) {
        Person person = persons.find(new IdNumber(idNumber)).orElseThrow();
        long id = person.getId();

        if (ledger.hasAccount(id)) {
            // What HomeView shows for #account-balance, #reserved-balance and #available-balance.
            Balances shown = ledger.balances(id);
            assertExplains(explanations.balance(id), shown.balance());
            assertExplains(explanations.reserved(id), shown.reserved());
            assertExplains(explanations.available(id), shown.available());
            // The account's figures are not trivially zero for the employees of the cast.
            assertThat(explanations.balance(id).lines()).isNotEmpty();
        }
        // What HomeView shows for #shared-available.
        assertExplains(funds.explainSharedAvailable(id), funds.sharedAvailable(id));
    }

    @Test
    void theDemoSharersFiguresHaveTheDocumentedLines_D10_D11() {
        long jianguo = persons.find(new IdNumber(DemoData.ZHANG_JIANGUO)).orElseThrow().getId();

        assertThat(explanations.reserved(jianguo).lines()).singleElement()
                .isInstanceOfSatisfying(Explanation.QuotaLeft.class, q -> {
                    assertThat(q.recipient()).isEqualTo("张*");
                    assertThat(q.granted()).isEqualTo(Money.of("300.00"));
                    assertThat(q.amount()).isEqualByComparingTo("300.00");
                });
        assertThat(explanations.available(jianguo).lines()).containsExactly(
                new Explanation.Part(Explanation.Figure.ACCOUNT_BALANCE, new BigDecimal("5000.00")),
                new Explanation.Part(Explanation.Figure.RESERVED, new BigDecimal("-300.00")));
        // His wife uses his account in the same province (D9): what is available in it, 4700.00.
        long xiuying = persons.find(new IdNumber(DemoData.LI_XIUYING)).orElseThrow().getId();
        assertThat(funds.explainSharedAvailable(xiuying).lines()).containsExactly(
                new Explanation.SharedAccount("张*国", new BigDecimal("4700.00")));
    }

    private static void assertExplains(Explanation explanation, Money shown) {
        assertThat(explanation.shown()).as("%s as shown", explanation.figure()).isEqualTo(shown);
        assertThat(explanation.total()).as("%s: lines %s", explanation.figure(), explanation.lines())
                .isEqualByComparingTo(shown.amount());
        assertThat(explanation.addsUp()).isTrue();
    }
}
