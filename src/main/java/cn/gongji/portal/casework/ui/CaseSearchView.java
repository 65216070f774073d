package cn.gongji.portal.casework.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import cn.gongji.portal.casework.CaseMatch;
import cn.gongji.portal.casework.CaseworkService;
import cn.gongji.portal.security.Roles;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * {@code /cases}: an agent finds a citizen by ID number, phone or name, saying why (required). Matches are masked
 * (D2); opening one carries the reason to the case, where the opening is logged (D26).
 */
@Route("cases")
@RolesAllowed(Roles.AGENT)
@Menu(title = "menu.cases", order = 50, icon = "vaadin:search")
public class CaseSearchView extends Main implements HasDynamicTitle {

    private final CaseworkService casework;
    private final TextField query = new TextField();
    private final TextArea reason = new TextArea();
    private final Grid<CaseMatch> results = new Grid<>();
    private final Paragraph none = new Paragraph();

    CaseSearchView(CaseworkService casework) {
        this.casework = casework;
        addClassName("portal-view");
        add(new H1(getTranslation("cases.title")));
        Paragraph hint = new Paragraph(getTranslation("cases.hint"));
        hint.addClassName("portal-hint");

        query.setId("case-query");
        query.setLabel(getTranslation("cases.query"));
        query.setHelperText(getTranslation("cases.query.hint"));
        query.setRequiredIndicatorVisible(true);
        query.setWidthFull();
        query.addKeyPressListener(Key.ENTER, enter -> search());

        reason.setId("case-reason");
        reason.setLabel(getTranslation("cases.reason"));
        reason.setHelperText(getTranslation("cases.reason.hint"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();

        Button search = new Button(getTranslation("cases.search"), click -> search());
        search.setId("case-search");
        search.addThemeVariants(ButtonVariant.PRIMARY);

        Section form = new Section(hint, query, reason, search);
        form.addClassName("portal-section");
        add(form);

        results.setId("case-results");
        results.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        results.setAllRowsVisible(true);
        results.addColumn(CaseMatch::maskedName).setHeader(getTranslation("cases.col.name")).setAutoWidth(true);
        results.addColumn(CaseMatch::maskedIdNumber).setHeader(getTranslation("cases.col.id")).setAutoWidth(true);
        results.addColumn(CaseMatch::maskedPhone).setHeader(getTranslation("cases.col.phone")).setAutoWidth(true);
        results.addColumn(m -> getTranslation("scheme." + m.scheme()) + " · " + getTranslation(
                "enrolment." + m.status())).setHeader(getTranslation("cases.col.insurance")).setAutoWidth(true);
        // A button per row so that the keyboard reaches it; a click anywhere on the row opens the case too.
        results.addComponentColumn(m -> {
            Button open = new Button(getTranslation("cases.open"), click -> open(m));
            open.addThemeVariants(ButtonVariant.SMALL);
            open.addClassName("case-open");
            return open;
        }).setHeader(getTranslation("cases.col.action")).setAutoWidth(true);
        results.addItemClickListener(click -> open(click.getItem()));
        results.setVisible(false);

        none.setId("case-results-empty");
        none.setText(getTranslation("cases.none"));
        none.setVisible(false);
        add(results, none);
    }

    private void search() {
        query.setInvalid(false);
        reason.setInvalid(false);
        List<CaseMatch> matches;
        try {
            matches = casework.search(query.getValue(), reason.getValue());
        } catch (RefusedException refused) {
            // The refusal's words next to the field that needs fixing.
            String message = getTranslation(refused.refusal().messageKey());
            if (refused.refusal() == Refusal.REASON_REQUIRED) {
                reason.setErrorMessage(message);
                reason.setInvalid(true);
                reason.focus();
            } else {
                query.setErrorMessage(message);
                query.setInvalid(true);
                query.focus();
            }
            return;
        }
        results.setItems(matches);
        results.setVisible(!matches.isEmpty());
        none.setVisible(matches.isEmpty());
    }

    private void open(CaseMatch match) {
        UI ui = UI.getCurrent();
        CaseOpening.handOver(ui, match.idNumber(), reason.getValue());
        ui.navigate(CaseTokens.routeTo(match.idNumber()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title") + " · " + getTranslation("app.title");
    }
}
