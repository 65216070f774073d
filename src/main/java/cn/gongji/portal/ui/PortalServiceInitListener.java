package cn.gongji.portal.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import cn.gongji.portal.security.CurrentUser;
import cn.gongji.portal.security.PasswordService;

/**
 * Sets up every new session: its language from the browser's preference and the portal's error handler; and every
 * new UI: a citizen with the registry's initial password goes to the password page first (issue 11).
 */
@Component
class PortalServiceInitListener implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final PasswordService passwords;

    PortalServiceInitListener(CurrentUser currentUser, PasswordService passwords) {
        this.currentUser = currentUser;
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setErrorHandler(new PortalErrorHandler());
            init.getSession().setLocale(PortalLocales.preferred(init.getRequest().getHeader("Accept-Language")));
        });
        event.getSource().addUIInitListener(init -> init.getUI()
                .addBeforeEnterListener(new PasswordChangeGuard(currentUser, passwords)));
    }
}
