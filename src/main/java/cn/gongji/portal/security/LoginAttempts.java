package cn.gongji.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.PersonRepository;

/**
 * Lockout: after {@code portal.login.max-failures} wrong passwords in a row an account is locked for
 * {@code portal.login.lock-duration}; a successful sign-in resets the count. Persons and staff follow the same rule.
 *
 * <p>Two failures at the same instant may count once (read, add, write without a row lock). That is accepted: a
 * guesser gains at most one extra try per race, and sign-in stays free of lock waits.
 */
@Component
class LoginAttempts {

    private final PersonRepository persons;
    private final StaffAccountRepository staff;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginAttempts(PersonRepository persons, StaffAccountRepository staff, Clock clock,
                  @Value("${portal.login.max-failures:5}") int maxFailures,
                  @Value("${portal.login.lock-duration:PT15M}") Duration lockDuration) {
        this.persons = persons;
        this.staff = staff;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    boolean isLocked(Instant lockedUntil) {
        return lockedUntil != null && Instant.now(clock).isBefore(lockedUntil);
    }

    @Transactional
    void failed(PortalUser user) {
        Instant lockUntil = Instant.now(clock).plus(lockDuration);
        if (user.isCitizen()) {
            persons.findById(user.getPersonId()).ifPresent(p -> p.recordLoginFailure(maxFailures, lockUntil));
        } else {
            staff.findByUsername(user.getStaffUsername()).ifPresent(s -> s.recordLoginFailure(maxFailures, lockUntil));
        }
    }

    @Transactional
    void succeeded(PortalUser user) {
        if (user.isCitizen()) {
            persons.findById(user.getPersonId()).ifPresent(Person::recordLoginSuccess);
        } else {
            staff.findByUsername(user.getStaffUsername()).ifPresent(StaffAccount::recordLoginSuccess);
        }
    }
}
