package cn.gongji.portal.casework.ui;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

/**
 * Issue 11, D2: a case's address names no ID number. Each case an agent reaches gets an opaque token that only his
 * own session can resolve: {@code /cases/<token>}. Browser histories, bookmarks and screenshots of the address bar
 * then hold nothing about the citizen, and a token is useless in anyone else's session or after sign-out. ui.md's
 * {@code /cases/{idNumber}} still works as an entry point: the page replaces the address with the token at once.
 */
public final class CaseTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The session's tokens both ways. Guarded by the session's lock, which Vaadin holds while a view runs; kept with
     * the session when the container stores it.
     */
    private static final class Tokens implements Serializable {
        private static final long serialVersionUID = 1L;
        final Map<String, String> byIdNumber = new HashMap<>();
        final Map<String, String> byToken = new HashMap<>();
    }

    private CaseTokens() {
    }

    /** The route of a person's case for the current session: {@code cases/<token>}. */
    public static String routeTo(String idNumber) {
        return "cases/" + tokenFor(idNumber);
    }

    static String tokenFor(String idNumber) {
        Tokens tokens = tokens();
        return tokens.byIdNumber.computeIfAbsent(idNumber, id -> {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            tokens.byToken.put(token, id);
            return token;
        });
    }

    static Optional<String> idNumberOf(String token) {
        return Optional.ofNullable(tokens().byToken.get(token));
    }

    private static Tokens tokens() {
        VaadinSession session = VaadinSession.getCurrent();
        Tokens tokens = session.getAttribute(Tokens.class);
        if (tokens == null) {
            tokens = new Tokens();
            session.setAttribute(Tokens.class, tokens);
        }
        return tokens;
    }
}
