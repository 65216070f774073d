package cn.gongji.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.identity.SignInLocks;

/**
 * Failed sign-ins and the delay they cause (issue 11), per account and per source address. No account is ever
 * locked: after {@code portal.login.free-failures} wrong passwords in a row, the next attempt on that account is
 * looked at only after a delay that doubles per failure up to {@code portal.login.max-delay}; a success clears it, so
 * does {@code portal.login.forget-after} without a failure. Source addresses follow the same rule with their own
 * numbers ({@code portal.login.address-*}). Persons and staff follow the same rule.
 *
 * <p>The count is updated by one UPDATE in the database ({@code failed_logins = failed_logins + 1}); its row lock
 * orders concurrent failures, so none is lost, and the delay is then set from the count this failure made.
 */
@Component
class LoginAttempts {

    private final SignInLocks citizens;
    private final StaffAccountRepository staff;
    private final Clock clock;
    private final Backoff backoff;
    private final Duration forgetAfter;
    private final SourceAddressThrottle addresses;

    LoginAttempts(SignInLocks citizens, StaffAccountRepository staff, Clock clock,
                  @Value("${portal.login.free-failures:3}") int freeFailures,
                  @Value("${portal.login.first-delay:PT2S}") Duration firstDelay,
                  @Value("${portal.login.max-delay:PT1M}") Duration maxDelay,
                  @Value("${portal.login.forget-after:PT24H}") Duration forgetAfter,
                  @Value("${portal.login.address-free-failures:10}") int addressFreeFailures,
                  @Value("${portal.login.address-max-delay:PT5M}") Duration addressMaxDelay) {
        this.citizens = citizens;
        this.staff = staff;
        this.clock = clock;
        this.backoff = new Backoff(freeFailures, firstDelay, maxDelay);
        this.forgetAfter = forgetAfter;
        this.addresses = new SourceAddressThrottle(new Backoff(addressFreeFailures, firstDelay, addressMaxDelay),
                forgetAfter, clock);
    }

    /** Whether attempts from this address must wait now. */
    boolean addressMustWait(String address) {
        return addresses.mustWait(address);
    }

    /** A failed attempt from this address, whatever the account (also an unknown one). */
    void addressFailed(String address) {
        addresses.failed(address);
    }

    /** Whether an attempt on this account must wait now; read fresh from the database. */
    @Transactional(readOnly = true)
    boolean mustWait(PortalUser user) {
        Instant notBefore = user.isCitizen()
                ? citizens.notBefore(user.getPersonId()).orElse(null)
                : staff.findByUsername(user.getStaffUsername()).map(StaffAccount::getLockedUntil).orElse(null);
        return notBefore != null && Instant.now(clock).isBefore(notBefore);
    }

    /** One more wrong password on this account; the next attempt then waits as {@link Backoff} says. */
    @Transactional
    void failed(PortalUser user) {
        Instant now = Instant.now(clock);
        Instant forgetBefore = now.minus(forgetAfter);
        if (user.isCitizen()) {
            long id = user.getPersonId();
            citizens.delay(id, now.plus(backoff.after(citizens.countFailure(id, forgetBefore))));
        } else {
            String username = user.getStaffUsername();
            staff.countLoginFailure(username, forgetBefore);
            staff.delaySignIn(username, now.plus(backoff.after(staff.loginFailures(username))));
        }
    }

    @Transactional
    void succeeded(PortalUser user) {
        if (user.isCitizen()) {
            citizens.clear(user.getPersonId());
        } else {
            staff.clearLoginFailures(user.getStaffUsername());
        }
    }
}
