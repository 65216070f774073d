package cn.gongji.portal.casework.ui;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import cn.gongji.portal.casework.AccessLine;
import cn.gongji.portal.casework.CaseworkService;
import cn.gongji.portal.security.Roles;
import cn.gongji.portal.ui.Formats;

/**
 * {@code /access-log}: every opening of a case — who, whom (masked, D2), when, why (D26) — newest first, for
 * supervisors. Read only: the page, like the rest of the portal, offers no way to change or delete an entry.
 */
@Route("access-log")
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "menu.accessLog", order = 70, icon = "vaadin:eye")
public class AccessLogView extends Main implements HasDynamicTitle {

    AccessLogView(CaseworkService casework) {
        addClassName("portal-view");
        addClassName("portal-wide");
        add(new H1(getTranslation("accessLog.title")));
        Paragraph hint = new Paragraph(getTranslation("accessLog.hint"));
        hint.addClassName("portal-hint");
        add(hint);

        Grid<AccessLine> grid = new Grid<>();
        grid.setId("access-log-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.addColumn(a -> Formats.dateTime(a.access().getAccessedAt(), getLocale()))
                .setHeader(getTranslation("accessLog.col.when")).setAutoWidth(true);
        grid.addColumn(a -> a.access().getAgent()).setHeader(getTranslation("accessLog.col.agent"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.personName() + " " + a.personMaskedId())
                .setHeader(getTranslation("accessLog.col.person")).setAutoWidth(true);
        grid.addColumn(a -> a.access().getReason()).setHeader(getTranslation("accessLog.col.reason"))
                .setFlexGrow(2);
        grid.setItems(query -> casework.accessLog(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setHeight("32rem");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accessLog.title") + " · " + getTranslation("app.title");
    }
}
