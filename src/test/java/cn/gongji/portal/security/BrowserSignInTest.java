package cn.gongji.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;

/**
 * The browser's form login through the real filter chain: what the login page is told after each attempt, and the
 * audit of staff sign-ins and sign-outs (issue 11).
 */
@ServiceTest
class BrowserSignInTest {

    private static final String PASSWORD = "Correct#Horse9";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestPeople people;
    @Autowired
    People persons;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestClock clock;

    @Autowired
    StaffAccountRepository staff;
    @Autowired
    StaffSessionAudit audit;

    MockMvc browser;
    String address;

    @BeforeEach
    void setUp() {
        browser = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        address = "10.11." + ADDRESSES.incrementAndGet() + "." + (System.nanoTime() % 250 + 1);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theRightPasswordSignsIn() throws Exception {
        String id = citizenWithPassword();

        MockHttpSession session = attempt(id, PASSWORD, "/");

        assertThat(failure(session)).isNull();
    }

    @Test
    void aWrongPasswordAnUnknownIdAndAnAccountThatMustWaitReadTheSame() throws Exception {
        String id = citizenWithPassword();
        String waitingId = citizenWithPassword();
        // Until the next attempt must wait 32 s (see LockoutTest.failUntilALongDelay): longer than the rest of the test.
        for (int i = 1; i <= 8; i++) {
            attempt(waitingId, "wrong", "/login?error");
            if (i < 8) {
                clock.advance(Duration.ofMinutes(1));
            }
        }

        Exception wrongPassword = failure(attempt(id, "wrong", "/login?error"));
        Exception unknownId = failure(attempt(TestPeople.idNumber("110105"), PASSWORD, "/login?error"));
        Exception mustWait = failure(attempt(waitingId, PASSWORD, "/login?error"));

        assertThat(wrongPassword).isExactlyInstanceOf(BadCredentialsException.class);
        for (Exception other : new Exception[] {unknownId, mustWait}) {
            assertThat(other).isExactlyInstanceOf(BadCredentialsException.class)
                    .hasMessage(wrongPassword.getMessage());
        }
    }

    @Test
    void staffSignInAndSignOutAreAudited() throws Exception {
        String username = "agt-" + Long.toString(System.nanoTime(), 36);
        staff.save(new StaffAccount(username, "王经办", StaffRole.AGENT, passwords.encode(PASSWORD)));

        MockHttpSession session = attempt(username, PASSWORD, "/");
        browser.perform(post("/logout").session(session).with(csrf()).with(from(address)));

        assertThat(audit.recent(username, 5)).extracting(StaffSessionAudit.Entry::event, StaffSessionAudit.Entry::source)
                .containsExactly(tuple(StaffSessionAudit.Event.SIGN_OUT, address),
                        tuple(StaffSessionAudit.Event.SIGN_IN, address));
    }

    @Test
    void aStaffSessionThatEndsWithoutSignOutIsAudited() {
        String username = "agt-" + Long.toString(System.nanoTime(), 36);
        MockHttpSession session = new MockHttpSession();
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(
                PortalUser.staff(username, "王经办", StaffRole.AGENT), null, List.of());
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(signedIn));

        // What HttpSessionEventPublisher publishes when the container ends an idle session.
        context.publishEvent(new HttpSessionDestroyedEvent(session));

        assertThat(audit.recent(username, 5)).extracting(StaffSessionAudit.Entry::event)
                .containsExactly(StaffSessionAudit.Event.SESSION_ENDED);
    }

    private MockHttpSession attempt(String username, String password, String expectedRedirect) throws Exception {
        MockHttpSession session = new MockHttpSession();
        browser.perform(post("/login").session(session).with(csrf()).with(from(address))
                        .param("username", username).param("password", password))
                .andExpect(redirectedUrl(expectedRedirect));
        return session;
    }

    /** Each test from its own address, so that the per-address delay of other tests never meets it. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** What Spring's form login left in the session for the login page. */
    private static Exception failure(MockHttpSession session) {
        return (Exception) session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private String citizenWithPassword() {
        Person person = people.employee("110105", "10.00");
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                persons.find(person.getId()).orElseThrow().setPasswordHash(passwords.encode(PASSWORD)));
        return person.idNumber().value();
    }
}
