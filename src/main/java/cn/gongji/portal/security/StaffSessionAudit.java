package cn.gongji.portal.security;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Staff sign-ins and sign-outs, audited (issue 11) in the append-only table {@code staff_session_event}: who, what,
 * when and from which address. A session that ends without a sign-out (idle timeout, server stop) is recorded as
 * {@link Event#SESSION_ENDED} when the servlet container destroys it ({@code HttpSessionEventPublisher}). Citizens'
 * sign-ins are not recorded here.
 */
@Component
public class StaffSessionAudit implements LogoutHandler {

    /** What happened. */
    public enum Event {
        SIGN_IN, SIGN_IN_REFUSED, SIGN_OUT, SESSION_ENDED
    }

    /** One audited event. */
    public record Entry(Instant at, String staff, Event event, String source) {
    }

    /** Set on a session that signs out, so that its destruction right after is not recorded a second time. */
    private static final String SIGNED_OUT = StaffSessionAudit.class.getName() + ".signedOut";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    StaffSessionAudit(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * In its own transaction (a template, not an annotation: this class calls it itself), so that the record stays
     * even when what follows fails.
     */
    public void record(String staff, Event event, String source) {
        ownTransaction.executeWithoutResult(status -> jdbc
                .sql("insert into staff_session_event (happened_at, staff, event, source) values (?, ?, ?, ?)")
                .params(LocalDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC), staff, event.name(),
                        source == null ? null : truncate(source, 64))
                .update());
    }

    /** The newest events of one staff member first. */
    @Transactional(readOnly = true)
    public List<Entry> recent(String staff, int limit) {
        return jdbc.sql("select happened_at, staff, event, source from staff_session_event where staff = ?"
                        + " order by happened_at desc, id desc")
                .param(staff)
                .query((rs, row) -> new Entry(
                        rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(2),
                        Event.valueOf(rs.getString(3)), rs.getString(4)))
                .list().stream().limit(limit).toList();
    }

    /** A staff member signs out (Spring's logout handlers, also Vaadin's {@code AuthenticationContext.logout()}). */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user && user.isStaff()) {
            record(user.getStaffUsername(), Event.SIGN_OUT, request.getRemoteAddr());
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setAttribute(SIGNED_OUT, Boolean.TRUE);
            }
        }
    }

    /** A session ends: recorded for staff who did not sign out (idle timeout, closed browser). */
    @EventListener
    void sessionEnded(HttpSessionDestroyedEvent event) {
        HttpSession session = event.getSession();
        try {
            if (session.getAttribute(SIGNED_OUT) != null) {
                return;
            }
        } catch (IllegalStateException alreadyInvalid) {
            return;
        }
        for (SecurityContext context : event.getSecurityContexts()) {
            Authentication authentication = context.getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof PortalUser user
                    && user.isStaff()) {
                record(user.getStaffUsername(), Event.SESSION_ENDED, null);
            }
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
