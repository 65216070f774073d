package cn.gongji.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

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
}
