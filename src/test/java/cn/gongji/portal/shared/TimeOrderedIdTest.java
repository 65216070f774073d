package cn.gongji.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdTest {

    @Test
    void isAVersion7VariantRfcUuidCarryingItsMillisecond() {
        long millis = Instant.parse("2026-11-22T08:30:00.123Z").toEpochMilli();
        UUID id = UUID.fromString(TimeOrderedId.next(Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC)));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
    }

    @Test
    void idsOfLaterMillisecondsSortAfterEarlierOnesAsText() {
        SecureRandom random = new SecureRandom();
        long start = Instant.parse("2026-11-22T00:00:00Z").toEpochMilli();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            made.add(TimeOrderedId.of(start + i, random).toString());
        }

        assertThat(made).isSorted();
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        SecureRandom random = new SecureRandom();
        var seen = new HashSet<UUID>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(TimeOrderedId.of(1_700_000_000_000L, random));
        }

        assertThat(seen).hasSize(10_000);
    }

    @Test
    void refusesMillisecondsOutsideFortyEightBits() {
        assertThatThrownBy(() -> TimeOrderedId.of(1L << 48, new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
