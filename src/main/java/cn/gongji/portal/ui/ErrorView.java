package cn.gongji.portal.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What a user sees when opening a page fails unexpectedly (issue 11): translated words and a way home, never the
 * exception's text, which only the log gets. It replaces Vaadin's own error view, which shows the exception's
 * message. Not-found and forbidden pages have their own views ({@link NotFoundView}, {@link AccessDeniedView});
 * errors after a page has opened go to {@link PortalErrorHandler}. Without the main layout on purpose: the layout
 * itself may be what failed.
 */
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Unexpected error opening {}", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        setId("error-page");
        addClassName("portal-view");
        add(new H1(getTranslation("errorPage.title")), new Paragraph(getTranslation("errorPage.text")));
        RouterLink home = new RouterLink(getTranslation("errorPage.home"), HomeView.class);
        home.setId("error-page-home");
        add(home);
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("errorPage.title") + " · " + getTranslation("app.title");
    }
}
