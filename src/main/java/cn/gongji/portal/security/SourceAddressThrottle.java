package cn.gongji.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The same progressive delay per source address, over all accounts (issue 11): one address that tries many ID
 * numbers or passwords is slowed down, while the citizens it tries stay free to sign in from elsewhere. Held in memory
 * (a restart forgets it; one portal instance sees only its own share of a cluster's attempts). The address is the
 * client's as Tomcat sees it: behind a proxy, {@code server.forward-headers-strategy=native} makes it the forwarded
 * one.
 */
final class SourceAddressThrottle {

    /** More addresses than this are not remembered: the oldest entries are dropped first when it is reached. */
    static final int MAX_ADDRESSES = 100_000;

    private record Entry(int failures, Instant lastFailure, Instant notBefore) {
    }

    private final ConcurrentHashMap<String, Entry> addresses = new ConcurrentHashMap<>();
    private final Backoff backoff;
    private final Duration forgetAfter;
    private final Clock clock;

    SourceAddressThrottle(Backoff backoff, Duration forgetAfter, Clock clock) {
        this.backoff = backoff;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    /** Whether an attempt from this address must wait now; an unknown address ({@code null}) never waits. */
    boolean mustWait(String address) {
        if (address == null) {
            return false;
        }
        Entry entry = addresses.get(address);
        return entry != null && Instant.now(clock).isBefore(entry.notBefore());
    }

    /** A failed attempt from this address; counted atomically per address ({@link ConcurrentHashMap#compute}). */
    void failed(String address) {
        if (address == null) {
            return;
        }
        Instant now = Instant.now(clock);
        if (addresses.size() >= MAX_ADDRESSES) {
            forgetOld(now);
        }
        addresses.compute(address, (key, old) -> {
            int failures = old == null || old.lastFailure().plus(forgetAfter).isBefore(now) ? 1 : old.failures() + 1;
            return new Entry(failures, now, now.plus(backoff.after(failures)));
        });
    }

    private void forgetOld(Instant now) {
        addresses.values().removeIf(entry -> entry.lastFailure().plus(forgetAfter).isBefore(now));
        if (addresses.size() >= MAX_ADDRESSES) {
            addresses.clear();
        }
    }
}
