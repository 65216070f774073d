package cn.gongji.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import com.vaadin.flow.server.WrappedHttpSession;

import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.PersonRepository;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;

/** The browser's form login through the real filter chain: what the login page is told after each attempt. */
@ServiceTest
class BrowserSignInTest {

    private static final String PASSWORD = "Correct#Horse9";

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestPeople people;
    @Autowired
    PersonRepository persons;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestClock clock;

    MockMvc browser;

    @BeforeEach
    void setUp() {
        browser = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theRightPasswordSignsIn() throws Exception {
        String id = citizenWithPassword();

        MockHttpSession session = attempt(id, PASSWORD, "/");

        assertThat(SignInProblem.of(new WrappedHttpSession(session))).isEmpty();
    }

    @Test
    void aWrongPasswordAndAnUnknownIdReadTheSame() throws Exception {
        String id = citizenWithPassword();

        MockHttpSession wrongPassword = attempt(id, "wrong", "/login?error");
        MockHttpSession unknownId = attempt(TestPeople.idNumber("110105"), PASSWORD, "/login?error");

        assertThat(SignInProblem.of(new WrappedHttpSession(wrongPassword))).contains(SignInProblem.BAD_CREDENTIALS);
        assertThat(SignInProblem.of(new WrappedHttpSession(unknownId))).contains(SignInProblem.BAD_CREDENTIALS);
    }

    @Test
    void aLockedAccountIsToldItIsLocked() throws Exception {
        String id = citizenWithPassword();
        for (int i = 0; i < 5; i++) {
            attempt(id, "wrong", "/login?error");
        }

        MockHttpSession locked = attempt(id, PASSWORD, "/login?error");

        assertThat(SignInProblem.of(new WrappedHttpSession(locked))).contains(SignInProblem.LOCKED);
    }

    private MockHttpSession attempt(String username, String password, String expectedRedirect) throws Exception {
        MockHttpSession session = new MockHttpSession();
        browser.perform(post("/login").session(session).with(csrf())
                        .param("username", username).param("password", password))
                .andExpect(redirectedUrl(expectedRedirect));
        return session;
    }

    private String citizenWithPassword() {
        Person person = people.employee("110105", "10.00");
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                persons.findById(person.getId()).orElseThrow().setPasswordHash(passwords.encode(PASSWORD)));
        return person.idNumber().value();
    }
}
