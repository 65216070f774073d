package cn.gongji.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;

/**
 * What a user sees for a page that does not exist and for one he may not see: the same words, so that the answer
 * never tells which of the two it was, and nothing of the thing asked for.
 */
final class NotFoundPanel extends Div {

    NotFoundPanel() {
        setId("not-found");
        addClassName("portal-view");
        add(new H1(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")));
        RouterLink home = new RouterLink(getTranslation("notFound.home"), HomeView.class);
        home.setId("not-found-home");
        add(home);
    }

    /** Shows the panel as the whole of an error view; the answer is a 404 either way. */
    static int showIn(HasComponents view) {
        view.removeAll();
        view.add(new NotFoundPanel());
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    static String pageTitle(Component view) {
        return view.getTranslation("notFound.title") + " · " + view.getTranslation("app.title");
    }
}
