package cn.gongji.portal.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Identifiers in the UUID version 7 layout (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. They
 * look like any UUID to a client, but sort by creation time, so a new row goes at the end of a primary key instead
 * of into a random page of it — a random UUID key touches a different index page with every insert, and each
 * touched page is written again at commit (docs/BENCHMARKS.md).
 *
 * <p>The random part comes from a {@link SecureRandom}: an id handed to an institution does not tell it the ids
 * of other institutions' settlements made in the same millisecond.
 */
public final class TimeOrderedId {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedId() {
    }

    /** A new id for now, as text ({@code xxxxxxxx-xxxx-7xxx-yxxx-xxxxxxxxxxxx}). */
    public static String next(Clock clock) {
        return of(clock.millis(), RANDOM).toString();
    }

    static UUID of(long epochMillis, SecureRandom random) {
        if (epochMillis < 0 || epochMillis >= 1L << 48) {
            throw new IllegalArgumentException("Milliseconds outside the 48 bits of UUID version 7: " + epochMillis);
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        // 4 version bits (0111), then 12 random bits: 8 from bytes[0], 4 from bytes[1].
        long high = epochMillis << 16 | 0x7000L | (bytes[0] & 0xFFL) << 4 | (bytes[1] & 0x0FL);
        long low = 0x8000_0000_0000_0000L | (toLong(bytes, 2) & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(high, low);
    }

    private static long toLong(byte[] bytes, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = value << 8 | (bytes[i] & 0xFFL);
        }
        return value;
    }
}
