package cn.gongji.portal.security;

import java.util.Optional;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.server.WrappedSession;

/**
 * Why the last sign-in failed, as far as the login page may tell: a wrong user name or password (never which of
 * the two), or an account locked for a while after repeated failures.
 */
public enum SignInProblem {
    BAD_CREDENTIALS,
    LOCKED;

    /**
     * The failure Spring's form login left in the HTTP session before redirecting to {@code /login?error}. It stays
     * there until the next attempt (Spring clears it on success), so the page can be re-rendered in the other
     * language without losing it.
     */
    public static Optional<SignInProblem> of(WrappedSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure == null) {
            return Optional.empty();
        }
        return Optional.of(failure instanceof LockedException ? LOCKED : BAD_CREDENTIALS);
    }
}
