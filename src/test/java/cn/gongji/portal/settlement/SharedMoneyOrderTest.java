package cn.gongji.portal.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.RegionCode;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.support.TestPeople;

/** D17 and P1 as a pure rule, without a database: in which order a recipient's shared money is used. */
class SharedMoneyOrderTest {

    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

    private static SharedMoneyOrder.Source quota(long relationId, long quotaId, Instant granted, Integer order) {
        return new SharedMoneyOrder.Source(relationId, relationId * 10, quotaId, Money.of("10.00"), granted, order,
                new IdNumber(TestPeople.idNumber("110105")), new RegionCode("110105"));
    }

    private static SharedMoneyOrder.Source account(long relationId, Instant since, Integer order) {
        return new SharedMoneyOrder.Source(relationId, relationId * 10, null, Money.of("10.00"), since, order,
                new IdNumber(TestPeople.idNumber("410102")), new RegionCode("410102"));
    }

    private static List<String> order(List<SharedMoneyOrder.Source> sources) {
        return SharedMoneyOrder.inOrderOfUse(sources).stream()
                .map(s -> s.isQuota() ? "q" + s.quotaId() : "a" + s.relationId()).toList();
    }

    @Test
    void quotasComeBeforeAccountsEachOldestFirst_D17() {
        assertThat(order(List.of(account(1, JAN, null), quota(2, 22, MAR, null), account(3, FEB, null),
                quota(4, 44, FEB, null)))).containsExactly("q44", "q22", "a1", "a3");
    }

    @Test
    void aRecipientsOwnOrderComesFirstAndD17KeepsOrderWithinAndAfterIt_P1_D17() {
        assertThat(order(List.of(account(1, JAN, null), quota(2, 22, JAN, null), account(3, FEB, 1),
                quota(4, 44, MAR, 2), quota(5, 55, FEB, null)))).containsExactly("a3", "q44", "q22", "q55", "a1");
    }

    @Test
    void sourcesGrantedAtTheSameInstantFollowTheirIds_D17() {
        assertThat(order(List.of(quota(2, 23, JAN, null), quota(2, 21, JAN, null), account(9, JAN, null),
                account(7, JAN, null)))).containsExactly("q21", "q23", "a7", "a9");
    }
}
