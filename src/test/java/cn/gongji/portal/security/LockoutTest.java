package cn.gongji.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.PersonRepository;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;

/** Sign-in and lockout, through the provider the browser chain uses. */
@ServiceTest
class LockoutTest {

    private static final String PASSWORD = "Correct#Horse9";
    private static final Duration LOCK = Duration.ofMinutes(15);

    @Autowired
    LockoutAuthenticationProvider signIn;
    @Autowired
    TestPeople people;
    @Autowired
    PersonRepository persons;
    @Autowired
    StaffAccountRepository staff;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestClock clock;

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
    void theFifthWrongPasswordLocksTheAccountAndTheRightOneIsThenRefused() {
        String id = withPassword(people.employee("110105", "10.00")).idNumber().value();
        for (int i = 0; i < 5; i++) {
            assertThat(catchThrowable(() -> signIn(id, "wrong"))).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(catchThrowable(() -> signIn(id, PASSWORD))).isInstanceOf(LockedException.class);
        assertThat(persons.findByIdNumberValue(id).orElseThrow().getLockedUntil()).isNotNull();
    }

    @Test
    void theLockEndsAfterItsDuration() {
        String id = withPassword(people.employee("110105", "10.00")).idNumber().value();
        for (int i = 0; i < 5; i++) {
            catchThrowable(() -> signIn(id, "wrong"));
        }

        clock.advance(LOCK.minusMinutes(1));
        assertThat(catchThrowable(() -> signIn(id, PASSWORD))).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn(id, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessResetsTheCount() {
        String id = withPassword(people.employee("110105", "10.00")).idNumber().value();
        for (int i = 0; i < 4; i++) {
            catchThrowable(() -> signIn(id, "wrong"));
        }
        signIn(id, PASSWORD);
        for (int i = 0; i < 4; i++) {
            catchThrowable(() -> signIn(id, "wrong"));
        }

        assertThat(signIn(id, PASSWORD).isAuthenticated()).isTrue();
        assertThat(persons.findByIdNumberValue(id).orElseThrow().getFailedLogins()).isZero();
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
    void staffAreLockedOutLikeCitizens() {
        String username = "agent-" + Long.toString(System.nanoTime(), 36);
        staff.save(new StaffAccount(username, "王经办", StaffRole.AGENT, passwords.encode(PASSWORD)));
        for (int i = 0; i < 5; i++) {
            catchThrowable(() -> signIn(username, "wrong"));
        }

        assertThat(catchThrowable(() -> signIn(username, PASSWORD))).isInstanceOf(LockedException.class);
        clock.advance(LOCK.plusSeconds(1));
        assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();
    }

    private Authentication signIn(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private Person withPassword(Person person) {
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                persons.findById(person.getId()).orElseThrow().setPasswordHash(passwords.encode(PASSWORD)));
        return persons.findById(person.getId()).orElseThrow();
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
