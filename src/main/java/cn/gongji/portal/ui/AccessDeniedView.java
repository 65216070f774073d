package cn.gongji.portal.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A view the signed-in user's roles do not allow (e.g. a citizen opening an agent's page). Answered exactly like a
 * missing route — same panel, same 404 — so that nobody learns which pages exist for others.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends RouteAccessDeniedError implements HasComponents, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return NotFoundPanel.showIn(this);
    }

    @Override
    public String getPageTitle() {
        return NotFoundPanel.pageTitle(this);
    }
}
