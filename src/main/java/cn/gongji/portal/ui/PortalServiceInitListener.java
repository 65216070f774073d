package cn.gongji.portal.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Sets up every new session: its language from the browser's preference and the portal's error handler. */
@Component
class PortalServiceInitListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setErrorHandler(new PortalErrorHandler());
            init.getSession().setLocale(PortalLocales.preferred(init.getRequest().getHeader("Accept-Language")));
        });
    }
}
