package cn.gongji.portal.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

import cn.gongji.portal.identity.Person;
import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.support.TestProfiles;

/**
 * Base of the browserless view tests (Karibu-Testing). Spring starts once — the same context as the service tests,
 * so the whole suite shares one — and every test gets a fresh mocked Vaadin session on top of it.
 *
 * <p>Spring Security's filters do not run here, so {@link #login(PortalUser)} does their job: it puts the user into
 * the security context (what views read through {@code CurrentUser}) and onto the fake request (what Vaadin's
 * navigation access control reads for {@code @RolesAllowed}). Log in, then navigate.
 */
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
@Import({TestPeople.class, Books.class})
public abstract class KaribuTest {

    /** Scanning the class path for views is slow; every test uses the same routes. */
    private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.gongji.portal");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected TestPeople people;

    @BeforeEach
    void setUpVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        // A real bootstrap gives a new UI the session's locale, which the portal chose when the session started
        // (Chinese, as no Accept-Language header is sent here); Karibu derives it from the fake request instead.
        UI.getCurrent().setLocale(VaadinSession.getCurrent().getLocale());
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs the user in for this test, as a successful form login would. */
    protected PortalUser login(PortalUser user) {
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.hasRole(role));
        return user;
    }

    /** Signs a person in as a citizen, with the roles his enrolment gives him. */
    protected PortalUser login(Person person) {
        return login(PortalUser.citizen(person));
    }

    protected static void navigate(String route) {
        UI.getCurrent().navigate(route);
    }

    /**
     * Opens a path the way a page load in the browser does. {@code UI.navigate} hands a path that no server route
     * matches to the browser's router, which Karibu does not have; the browser then asks the server's router, which
     * is what this does, so that unknown paths reach the not-found view here as they do in a browser.
     */
    protected static void open(String path) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    /** The one component with this id (fails if there is none or more than one). */
    protected static Component byId(String id) {
        return LocatorJ._get(Component.class, spec -> spec.withId(id));
    }

    protected static <T extends Component> T byId(Class<T> type, String id) {
        return LocatorJ._get(type, spec -> spec.withId(id));
    }

    /** The text of the element with this id, as a user reads it. */
    protected static String text(String id) {
        return byId(id).getElement().getTextRecursively();
    }

    /**
     * A refusal's notification (P4, issue 12): exactly one is open, it starts with the reason and, on the next line,
     * says what the person can do ("您可以这样做：…" / "What you can do: …").
     */
    protected static void expectRefusalNotice(String reason) {
        java.util.List<com.vaadin.flow.component.notification.Notification> open =
                com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications();
        org.assertj.core.api.Assertions.assertThat(open).hasSize(1);
        String shown = com.github.mvysny.kaributools.NotificationsKt.getText(open.getFirst());
        org.assertj.core.api.Assertions.assertThat(shown)
                .startsWith(reason + Notices.LINE_BREAK + UI.getCurrent().getTranslation("refusal.helpLine", ""));
    }

    protected static boolean exists(String id) {
        return !LocatorJ._find(Component.class, spec -> spec.withId(id)).isEmpty();
    }
}
