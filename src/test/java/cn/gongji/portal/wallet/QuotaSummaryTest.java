package cn.gongji.portal.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gongji.portal.ledger.Money;

/** A relation's quotas summed (D10) and their last day (P2), without a database. */
class QuotaSummaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant GRANTED = Instant.parse("2026-11-01T02:00:00Z");

    @Test
    void aQuotaIsSpendableThroughItsLastDayAndNotAfter_P2() {
        Quota endsToday = quota("100.00", TODAY);

        assertThat(endsToday.isExpiredOn(TODAY)).isFalse();
        assertThat(endsToday.isExpiredOn(TODAY.plusDays(1))).isTrue();
        assertThat(quota("100.00", null).isExpiredOn(TODAY.plusYears(10))).isFalse();
    }

    @Test
    void aFreshQuotaIsAllUnused_D10() {
        assertThat(quota("123.45", null).unused()).isEqualTo(Money.of("123.45"));
    }

    @Test
    void theSummaryCountsEveryGrantButOnlyLiveQuotasAsAvailable_D10_P2() {
        QuotaSummary summary = QuotaSummary.of(List.of(
                quota("100.00", null),
                quota("50.50", TODAY),
                quota("30.00", TODAY.minusDays(1))), TODAY);

        assertThat(summary.granted()).isEqualTo(Money.of("180.50"));
        assertThat(summary.used()).isEqualTo(Money.ZERO);
        assertThat(summary.returned()).isEqualTo(Money.ZERO);
        assertThat(summary.available()).isEqualTo(Money.of("150.50"));
    }

    @Test
    void noQuotasSumToZero() {
        QuotaSummary summary = QuotaSummary.of(List.of(), TODAY);

        assertThat(summary).isEqualTo(new QuotaSummary(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO));
    }

    private static Quota quota(String amount, LocalDate endDate) {
        return new Quota(1L, 2L, 3L, Money.of(amount), endDate, GRANTED);
    }
}
