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
    void isAVersion7VariantRfcUuidCarryingItsMillisecondWhateverTheRandomBits() {
        long millis = Instant.parse("2026-11-22T08:30:00.123Z").toEpochMilli();
        Clock clock = Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
        // Many ids: a random byte with its top bit set must not spill into the version or the variant.
        for (int i = 0; i < 2000; i++) {
            UUID id = UUID.fromString(TimeOrderedId.next(clock));

            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
        }
    }

    @Test
    void allOnesAndAllZerosRandomBitsKeepTheLayout() {
        SecureRandom ones = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) 0xFF);
            }
        };
        SecureRandom zeros = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) 0);
            }
        };

        assertThat(TimeOrderedId.of(1, ones)).hasToString("00000000-0001-7fff-bfff-ffffffffffff");
        assertThat(TimeOrderedId.of(1, zeros)).hasToString("00000000-0001-7000-8000-000000000000");
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
