package cn.gongji.portal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The account's arithmetic (D11), without a database. */
class BalancesTest {

    @Test
    void theBalanceIsWhatIsFreePlusWhatIsReservedForQuotas_D11() {
        Balances balances = Balances.of(Money.of("350.25"), Money.of("149.75"));

        assertThat(balances.balance()).isEqualTo(Money.of("500.00"));
        assertThat(balances.available()).isEqualTo(Money.of("350.25"));
        assertThat(balances.reserved()).isEqualTo(Money.of("149.75"));
    }

    @Test
    void anAccountAllReservedHasNothingAvailableButKeepsItsBalance_D11() {
        Balances balances = Balances.of(Money.ZERO, Money.of("80.00"));

        assertThat(balances.balance()).isEqualTo(Money.of("80.00"));
        assertThat(balances.available().isZero()).isTrue();
    }

    @Test
    void noAccountIsAllZero() {
        assertThat(Balances.NONE).isEqualTo(Balances.of(Money.ZERO, Money.ZERO));
    }
}
