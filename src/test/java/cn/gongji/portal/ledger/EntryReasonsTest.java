package cn.gongji.portal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Issue 13: the end-date reason of P2 is written and read in one place. */
class EntryReasonsTest {

    @Test
    void anEndDateReadsBackAsTheSameDay_P2() {
        LocalDate day = LocalDate.of(2026, 12, 31);
        assertThat(EntryReasons.endDateOf(EntryReasons.endDate(day))).contains(day);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"DEATH", "end", "end 2026-13-01", "end 2026-12-31 and more", "家属来电 end 2026-12-31",
            "End 2026-12-31"})
    void anythingElseIsNoEndDate(String reason) {
        assertThat(EntryReasons.endDateOf(reason)).isEmpty();
    }
}
