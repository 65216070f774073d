package cn.gongji.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;

/** Sign-in and its progressive delay (issue 11), through the provider the browser chain uses. */
@ServiceTest
class LockoutTest {

    private static final String PASSWORD = "Correct#Horse9";
    private static final Duration MAX_DELAY = Duration.ofMinutes(1);

    @Autowired
    LockoutAuthenticationProvider signIn;
    @Autowired
    TestPeople people;
    @Autowired
    People persons;
    @Autowired
    StaffAccountRepository staff;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestClock clock;
    @Autowired
    LoginAttempts attempts;
    @Autowired
    StaffSessionAudit audit;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCitizenSignsInByIdNumberWithTheRolesOfWhatHeCanDo_D5() {
        Person sharer = withPassword(people.employee("110105", "10.00"));

        Authentication signedIn = signIn(sharer.idNumber().value(), PASSWORD);

        PortalUser user = (PortalUser) signedIn.getPrincipal();
        assertThat(user.getPersonId()).isEqualTo(sharer.getId());
        assertThat(user.getStaffUsername()).isNull();
        assertThat(authorities(signedIn)).containsExactlyInAnyOrder("ROLE_CITIZEN", "ROLE_SHARER", "ROLE_RECIPIENT");
    }

    @Test
    void aResidentIsARecipientButNotASharer_D5() {
        Person resident = withPassword(people.resident("310104"));

        assertThat(authorities(signIn(resident.idNumber().value(), PASSWORD)))
                .containsExactlyInAnyOrder("ROLE_CITIZEN", "ROLE_RECIPIENT");
    }

    @Test
    void aLowerCaseXIsTheSameIdNumber_D1() {
        String idNumber = idNumberEndingInX();
        Person person = withPassword(people.person(idNumber, "李秀英", Scheme.RESIDENT, "310104", null, true));

        Authentication signedIn = signIn(" " + idNumber.toLowerCase(Locale.ROOT) + " ", PASSWORD);

        assertThat(((PortalUser) signedIn.getPrincipal()).getPersonId()).isEqualTo(person.getId());
    }

    @Test
    void aWrongPasswordAndAnUnknownIdGetTheSameAnswer() {
        Person person = withPassword(people.employee("110105", "10.00"));
        Person withoutPassword = people.employee("110105", "10.00");

        Throwable wrongPassword = catchThrowable(() -> signIn(person.idNumber().value(), "wrong"));
        Throwable unknownId = catchThrowable(() -> signIn(TestPeople.idNumber("110105"), PASSWORD));
        Throwable noAccount = catchThrowable(() -> signIn(withoutPassword.idNumber().value(), PASSWORD));
        Throwable unknownStaff = catchThrowable(() -> signIn("nobody-here", PASSWORD));

        assertThat(wrongPassword).isInstanceOf(BadCredentialsException.class);
        for (Throwable other : new Throwable[] {unknownId, noAccount, unknownStaff}) {
            assertThat(other).isExactlyInstanceOf(wrongPassword.getClass()).hasMessage(wrongPassword.getMessage());
        }
    }

    @Test
    void anAccountThatMustWaitReadsLikeAWrongPasswordAndAnUnknownId() {
        String id = withPassword(people.employee("110105", "10.00")).idNumber().value();
        failUntilALongDelay(() -> signIn(id, "wrong"));

        Throwable waiting = catchThrowable(() -> signIn(id, PASSWORD));
        Throwable unknownId = catchThrowable(() -> signIn(TestPeople.idNumber("110105"), PASSWORD));

        assertThat(waiting).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(unknownId).isExactlyInstanceOf(waiting.getClass()).hasMessage(waiting.getMessage());
    }

    @Test
    void threeWrongPasswordsAreFreeThenTheNextAttemptWaitsAndTheRightPasswordWorksAfterIt() {
        String id = withPassword(people.employee("110105", "10.00")).idNumber().value();
        for (int i = 0; i < 3; i++) {
            catchThrowable(() -> signIn(id, "wrong"));
        }
        assertThat(signIn(id, PASSWORD).isAuthenticated()).isTrue();

        failUntilALongDelay(() -> signIn(id, "wrong"));
        // The eighth failure asks for 32 s: the right password is refused until then, and that try is not counted.
        assertThat(catchThrowable(() -> signIn(id, PASSWORD))).isInstanceOf(BadCredentialsException.class);
        assertThat(persons.find(new IdNumber(id)).orElseThrow().getFailedLogins()).isEqualTo(COUNTED);

        clock.advance(Duration.ofSeconds(33));
        assertThat(signIn(id, PASSWORD).isAuthenticated()).isTrue();
        assertThat(persons.find(new IdNumber(id)).orElseThrow().getFailedLogins()).isZero();
    }

    @Test
    void theDelayDoublesButNobodyCanLockACitizenOutForLong() {
        String id = withPassword(people.employee("110105", "10.00")).idNumber().value();
        Duration previous = Duration.ZERO;
        for (int i = 1; i <= 20; i++) {
            // An attacker who waits out every delay and fails again.
            assertThat(catchThrowable(() -> signIn(id, "wrong"))).isInstanceOf(BadCredentialsException.class);
            Duration delay = Duration.between(clock.instant(),
                    persons.find(new IdNumber(id)).orElseThrow().getLockedUntil());
            assertThat(delay).isLessThanOrEqualTo(MAX_DELAY);
            if (i > 4) {
                assertThat(delay).isGreaterThanOrEqualTo(previous.minusSeconds(1));
            }
            previous = delay;
            clock.advance(delay.plusSeconds(1));
        }
        assertThat(previous).isGreaterThan(MAX_DELAY.minusSeconds(2));

        // The citizen, after at most one maximum delay.
        assertThat(signIn(id, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        Person person = withPassword(people.employee("110105", "10.00"));
        PortalUser user = PortalUser.citizen(person);
        int threads = 16;
        var pool = Executors.newFixedThreadPool(threads);
        var start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    attempts.failed(user);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(persons.find(person.getId()).orElseThrow().getFailedLogins()).isEqualTo(threads);
    }

    @Test
    void aCountIsForgottenAfterADayWithoutFailure() {
        String id = withPassword(people.employee("110105", "10.00")).idNumber().value();
        for (int i = 0; i < 6; i++) {
            catchThrowable(() -> signIn(id, "wrong"));
            clock.advance(Duration.ofMinutes(2));
        }
        clock.advance(Duration.ofHours(25));

        catchThrowable(() -> signIn(id, "wrong"));

        assertThat(persons.find(new IdNumber(id)).orElseThrow().getFailedLogins()).isEqualTo(1);
        assertThat(signIn(id, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aSourceAddressThatFailsOftenWaitsWhileTheSameCitizenSignsInFromElsewhere() {
        String id = withPassword(people.employee("110105", "10.00")).idNumber().value();
        String attacker = "198.51.100." + (System.nanoTime() % 200 + 1);
        // Many ID numbers, one wrong password each: no account reaches its own delay. Ten are free; the clock moves
        // past the delays of the next ones, so that the last one asks for 32 s, longer than the rest of the test.
        for (int i = 1; i <= 15; i++) {
            catchThrowable(() -> signIn(TestPeople.idNumber("110105"), "guess", attacker));
            if (i >= 10 && i < 15) {
                clock.advance(Duration.ofMinutes(5));
            }
        }

        assertThat(catchThrowable(() -> signIn(id, PASSWORD, attacker))).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(id, PASSWORD, "203.0.113.7").isAuthenticated()).isTrue();
    }

    @Test
    void backoffDoublesFromTheFirstDelayUpToTheMaximum() {
        Backoff backoff = new Backoff(3, Duration.ofSeconds(2), Duration.ofMinutes(1));
        assertThat(backoff.after(0)).isZero();
        assertThat(backoff.after(3)).isZero();
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(8)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.after(9)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void staffSignInByUserNameAndASupervisorIsAlsoAnAgent() {
        String username = "sup-" + Long.toString(System.nanoTime(), 36);
        staff.save(new StaffAccount(username, "周稽核", StaffRole.SUPERVISOR, passwords.encode(PASSWORD)));

        Authentication signedIn = signIn(username, PASSWORD);

        PortalUser user = (PortalUser) signedIn.getPrincipal();
        assertThat(user.isStaff()).isTrue();
        assertThat(user.getPersonId()).isNull();
        assertThat(user.getDisplayName()).isEqualTo("周稽核");
        assertThat(authorities(signedIn)).containsExactlyInAnyOrder("ROLE_AGENT", "ROLE_SUPERVISOR");
    }

    @Test
    void staffWaitLikeCitizensAndTheirSignInsAreAudited() {
        String username = "agent-" + Long.toString(System.nanoTime(), 36);
        staff.save(new StaffAccount(username, "王经办", StaffRole.AGENT, passwords.encode(PASSWORD)));
        failUntilALongDelay(() -> signIn(username, "wrong", "192.0.2.10"));

        assertThat(catchThrowable(() -> signIn(username, PASSWORD))).isInstanceOf(BadCredentialsException.class);
        clock.advance(MAX_DELAY);
        assertThat(signIn(username, PASSWORD, "192.0.2.11").isAuthenticated()).isTrue();

        List<StaffSessionAudit.Entry> events = audit.recent(username, 20);
        assertThat(events).hasSize(COUNTED + 2);
        assertThat(events.getFirst()).extracting(StaffSessionAudit.Entry::event, StaffSessionAudit.Entry::source)
                .containsExactly(StaffSessionAudit.Event.SIGN_IN, "192.0.2.11");
        // The attempt during the delay, then the wrong passwords.
        assertThat(events.get(1)).extracting(StaffSessionAudit.Entry::event, StaffSessionAudit.Entry::source)
                .containsExactly(StaffSessionAudit.Event.SIGN_IN_REFUSED, null);
        assertThat(events.subList(2, events.size())).allSatisfy(event -> assertThat(event)
                .extracting(StaffSessionAudit.Entry::event, StaffSessionAudit.Entry::source)
                .containsExactly(StaffSessionAudit.Event.SIGN_IN_REFUSED, "192.0.2.10"));
    }

    /** Failures counted by {@link #failUntilALongDelay}: three free ones, then delays of 2, 4, 8, 16 and 32 s. */
    static final int COUNTED = 8;

    /**
     * Wrong passwords until the next attempt must wait 32 s: long enough that the test's next steps, however slow
     * the machine, happen within it. The clock moves past each shorter delay, so that every failure counts.
     */
    void failUntilALongDelay(Runnable wrongAttempt) {
        for (int i = 1; i <= COUNTED; i++) {
            catchThrowable(wrongAttempt::run);
            if (i < COUNTED) {
                clock.advance(MAX_DELAY);
            }
        }
    }

    private Authentication signIn(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    /** As the browser's form login does it: with the client's address in the details. */
    private Authentication signIn(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return signIn.authenticate(token);
    }

    private Person withPassword(Person person) {
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                persons.find(person.getId()).orElseThrow().setPasswordHash(passwords.encode(PASSWORD)));
        return persons.find(person.getId()).orElseThrow();
    }

    /** The roles; Spring Security 7 also adds factor authorities (FACTOR_PASSWORD), which are not roles. */
    private static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).toList();
    }

    /** A fresh valid ID number whose check character is X (about one in eleven are). */
    private static String idNumberEndingInX() {
        while (true) {
            String candidate = TestPeople.idNumber("310104");
            if (candidate.endsWith("X") && IdNumber.isValid(candidate)) {
                return candidate;
            }
        }
    }
}
