package cn.gongji.portal.security;

import java.time.Duration;

/**
 * A progressive delay instead of a lock-out (issue 11): the first {@code freeFailures} failures in a row cost nothing,
 * each further one makes the next attempt wait {@code firstDelay}, doubled per failure, never more than
 * {@code maxDelay}. Nobody can shut a citizen out for long by typing wrong passwords on purpose, and a guesser gets
 * at most one try per {@code maxDelay}.
 */
record Backoff(int freeFailures, Duration firstDelay, Duration maxDelay) {

    Backoff {
        if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("A backoff needs free failures >= 0 and 0 <= first delay <= max delay");
        }
    }

    /** How long the next attempt waits after {@code failures} failures in a row. */
    Duration after(int failures) {
        int beyond = failures - freeFailures;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        // 2^(beyond-1) first delays; the shift stops long before it could overflow, as max delay caps it anyway.
        long factor = 1L << Math.min(beyond - 1, 30);
        Duration delay = firstDelay.multipliedBy(factor);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
