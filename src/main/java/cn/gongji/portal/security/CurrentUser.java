package cn.gongji.portal.security;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.security.AuthenticationContext;

/** The signed-in user, for views. Stateless: it reads the security context of the current request each time. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    /** The signed-in user, or empty on the login page and for anonymous requests. */
    public Optional<PortalUser> get() {
        return authentication.getAuthenticatedUser(PortalUser.class);
    }

    /** The signed-in user, for views that only signed-in users can open. */
    public PortalUser require() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    /** Ends the session and returns the browser to the login page. */
    public void signOut() {
        authentication.logout();
    }
}
