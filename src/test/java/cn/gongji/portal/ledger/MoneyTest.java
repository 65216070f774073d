package cn.gongji.portal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

class MoneyTest {

    @Test
    void keepsTwoDecimalsExactly_D28() {
        assertThat(Money.parsePositive("150").toString()).isEqualTo("150.00");
        assertThat(Money.parsePositive("0.1").plus(Money.parsePositive("0.2"))).isEqualTo(Money.of("0.30"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1.00", "1.234", "1e3", "１００", "abc", "", "1,000.00", "1000000.01",
            "99999999999999"})
    void refusesAmountsThatAreNotPositiveTwoDecimalOrSane_D28(String text) {
        assertThatThrownBy(() -> Money.parsePositive(text))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_AMOUNT));
    }

    @Test
    void zeroIsAllowedOnlyWhereKeptForTheRecord() {
        assertThat(Money.parse("0.00").isZero()).isTrue();
    }
}
