package cn.gongji.portal.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A route that does not exist; later views throw {@link NotFoundException} for a thing the user may not see, and get
 * the same answer.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends RouteNotFoundError implements HasComponents, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return NotFoundPanel.showIn(this);
    }

    @Override
    public String getPageTitle() {
        return NotFoundPanel.pageTitle(this);
    }
}
