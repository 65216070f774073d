package cn.gongji.portal.ui;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

import cn.gongji.portal.shared.RefusedException;

/**
 * The one error handler of every session. A refusal (P4) is an answer, not a failure: the user sees its translated
 * reason. Anything else is a bug or an outage: the user is told that nothing was changed (every service call is
 * one transaction) and the log gets the stack trace — never the browser.
 */
final class PortalErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        Optional<RefusedException> refusal = refusalIn(error);
        if (refusal.isPresent()) {
            log.debug("Refused: {}", refusal.get().refusal());
            Notices.refused(refusal.get().refusal());
        } else {
            log.error("Unexpected error in the browser UI", error);
            Notices.error("error.unexpected");
        }
    }

    /** The refusal anywhere in the cause chain: Vaadin may wrap what a listener threw. */
    static Optional<RefusedException> refusalIn(Throwable error) {
        Throwable t = error;
        // Bounded, as a cause chain can be cyclic.
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
            if (t instanceof RefusedException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }
}
