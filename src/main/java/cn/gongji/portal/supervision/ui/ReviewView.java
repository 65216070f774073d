package cn.gongji.portal.supervision.ui;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import cn.gongji.portal.casework.ui.CaseTokens;
import cn.gongji.portal.casework.ui.FlagTexts;
import cn.gongji.portal.security.Roles;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.supervision.FlagLine;
import cn.gongji.portal.supervision.FlagRule;
import cn.gongji.portal.supervision.FlagService;
import cn.gongji.portal.supervision.FlagStatus;

/**
 * {@code /review}: a supervisor sees the flags of D27 — open ones first by default — filters them by status and rule,
 * and resolves one with a note. Resolved flags stay listed under "resolved" and "all". People are masked (D2); the
 * full case opens from here only with a reason, logged like any opening (D26).
 */
@Route("review")
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "menu.review", order = 60, icon = "vaadin:flag")
public class ReviewView extends Main implements HasDynamicTitle {

    private final FlagService flags;
    private final FlagTexts texts = new FlagTexts(this);
    private final Select<FlagStatus> status = new Select<>();
    private final Select<FlagRule> rule = new Select<>();
    private final Grid<FlagLine> grid = new Grid<>();

    ReviewView(FlagService flags) {
        this.flags = flags;
        addClassName("portal-view");
        addClassName("portal-wide");
        add(new H1(getTranslation("review.title")));
        Paragraph hint = new Paragraph(getTranslation("review.hint"));
        hint.addClassName("portal-hint");
        add(hint);

        status.setId("flags-filter-status");
        status.setLabel(getTranslation("review.filter.status"));
        status.setItems(FlagStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("flagStatus." + s));
        status.setValue(FlagStatus.OPEN);
        rule.setId("flags-filter-rule");
        rule.setLabel(getTranslation("review.filter.rule"));
        rule.setItems(FlagRule.values());
        rule.setItemLabelGenerator(r -> r == null ? getTranslation("review.filter.allRules")
                : getTranslation("flagRule." + r));
        rule.setEmptySelectionAllowed(true);
        rule.setEmptySelectionCaption(getTranslation("review.filter.allRules"));
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        rule.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Div filters = new Div(status, rule);
        filters.addClassName("portal-filters");
        add(filters);

        grid.setId("flags-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        // Widths for an 18 px base on a laptop beside the menu: short facts stacked in two lines, the words of the
        // facts and the status take what is left, and the actions stay in view at the end.
        grid.addComponentColumn(f -> lines(texts.rule(f), texts.raised(f)))
                .setHeader(getTranslation("review.col.rule")).setWidth("9rem").setFlexGrow(0).setKey("flag");
        grid.addComponentColumn(f -> lines(f.personName(), f.personMaskedId()))
                .setHeader(getTranslation("review.col.person")).setWidth("9rem").setFlexGrow(0).setKey("person");
        grid.addColumn(texts::facts).setHeader(getTranslation("review.col.facts")).setWidth("12rem").setFlexGrow(3);
        grid.addColumn(f -> f.isOpen() ? texts.status(f)
                        : getTranslation("flags.statusWithNote", texts.status(f), f.resolution().getNote()))
                .setHeader(getTranslation("review.col.status")).setWidth("9rem").setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("review.col.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true).setKey("actions");
        grid.setItems(query -> flags.flags(status.getValue(), rule.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setHeight("32rem");
        add(grid);
    }

    private static Div lines(String first, String second) {
        Div lines = new Div(new Span(first), new Span(second));
        lines.addClassName("portal-cell-lines");
        return lines;
    }

    private Div actions(FlagLine line) {
        Div actions = new Div();
        actions.addClassName("portal-actions");
        actions.addClassName("portal-actions-stacked");
        if (line.isOpen()) {
            Button resolve = new Button(getTranslation("review.resolve"), click -> resolveDialog(line));
            resolve.setId("flag-resolve-" + line.flag().getId());
            resolve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            actions.add(resolve);
        }
        if (line.personIdNumber() != null) {
            // Server-side navigation: the full ID number is never put into this page (D2); the case asks for a reason.
            Button open = new Button(getTranslation("review.openCase"),
                    click -> UI.getCurrent().navigate(CaseTokens.routeTo(line.personIdNumber())));
            open.setId("flag-case-" + line.flag().getId());
            open.addThemeVariants(ButtonVariant.SMALL);
            actions.add(open);
        }
        return actions;
    }

    /** One decision: resolve this flag, with a note that says what was checked. */
    private void resolveDialog(FlagLine line) {
        Dialog dialog = new Dialog();
        dialog.setId("flag-resolve-dialog");
        dialog.setHeaderTitle(getTranslation("review.resolve.title"));
        dialog.setWidth("min(40rem, 100vw)");
        Paragraph what = new Paragraph(texts.rule(line) + ": " + texts.facts(line) + " (" + line.personName() + " "
                + line.personMaskedId() + ")");
        TextArea note = new TextArea(getTranslation("review.note"));
        note.setId("flag-note");
        note.setHelperText(getTranslation("review.note.hint"));
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(1000);
        note.setWidthFull();
        dialog.add(what, note);
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        cancel.setId("flag-resolve-cancel");
        Button submit = new Button(getTranslation("review.resolve.submit"), click -> {
            try {
                flags.resolve(line.flag().getId(), note.getValue());
            } catch (RefusedException refused) {
                note.setErrorMessage(getTranslation(refused.refusal().messageKey()));
                note.setInvalid(true);
                return;
            }
            dialog.close();
            Notification done = Notification.show(getTranslation("review.resolve.done"), 6000,
                    Notification.Position.MIDDLE);
            done.addThemeVariants(NotificationVariant.SUCCESS);
            grid.getDataProvider().refreshAll();
        });
        submit.setId("flag-resolve-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(cancel, submit);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · " + getTranslation("app.title");
    }
}
