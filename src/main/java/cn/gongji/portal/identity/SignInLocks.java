package cn.gongji.portal.identity;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 11, 13: a citizen's failed sign-ins and the moment his next attempt may be looked at, kept on his person row.
 * Only the counters live here; how long a delay is, is {@code security}'s rule. The writes run in the caller's
 * transaction (there must be one), so that counting a failure, reading the count and setting the delay are one unit.
 */
@Component
public class SignInLocks {

    private final PersonRepository persons;

    SignInLocks(PersonRepository persons) {
        this.persons = persons;
    }

    /** No attempt on this citizen's account is looked at before this moment; empty for none (or nobody). */
    public Optional<Instant> notBefore(long personId) {
        return persons.findById(personId).map(Person::getLockedUntil);
    }

    /**
     * One more wrong password, counted by the database itself so that two at the same moment both count (the row
     * lock of the UPDATE orders them); a count whose last delay ended before {@code forgetBefore} starts again at one.
     *
     * @return the count this failure made
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int countFailure(long personId, Instant forgetBefore) {
        persons.countLoginFailure(personId, forgetBefore);
        return persons.loginFailures(personId);
    }

    /** No attempt on this citizen's account is looked at before {@code notBefore}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void delay(long personId, Instant notBefore) {
        persons.delaySignIn(personId, notBefore);
    }

    /** A successful sign-in: no failures, no delay. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clear(long personId) {
        persons.clearLoginFailures(personId);
    }
}
