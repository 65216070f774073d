package cn.gongji.portal.family.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.RegionPolicies;
import cn.gongji.portal.identity.RegionPolicy;
import cn.gongji.portal.security.CurrentUser;
import cn.gongji.portal.security.Roles;
import cn.gongji.portal.settlement.ContributionService;
import cn.gongji.portal.settlement.FundsService;
import cn.gongji.portal.settlement.SharedMoneyOrder;
import cn.gongji.portal.ui.Formats;
import cn.gongji.portal.ui.MainLayout;
import cn.gongji.portal.ui.ViewParts;

/**
 * The recipient's side: who shares with him and how much he can use through each (D9, D10); paying his own
 * resident-insurance or long-term-care contribution from shared money, in full only (D14); asking a relative to share
 * where the relative's region allows it (D8); the order in which his sharers' money is used (P1). A row opens the
 * relation, where he can end it (D21).
 */
@Route(value = "received", layout = MainLayout.class)
@RolesAllowed(Roles.RECIPIENT)
@Menu(title = "menu.received", order = 30, icon = "vaadin:hand")
public class ReceivedView extends Main implements HasDynamicTitle {

    private final FamilyService family;
    private final FundsService funds;
    private final ContributionService contributions;
    private final SharedMoneyOrder order;
    private final RegionPolicies regions;
    private final long personId;
    private final Div confirmationSlot = new Div();
    private final Div content = new Div();

    ReceivedView(CurrentUser currentUser, FamilyService family, FundsService funds, ContributionService contributions,
                 SharedMoneyOrder order, RegionPolicies regions) {
        this.family = family;
        this.funds = funds;
        this.contributions = contributions;
        this.order = order;
        this.regions = regions;
        this.personId = currentUser.require().requirePersonId();
        addClassName("portal-view");
        add(new H1(getTranslation("received.title")), ViewParts.hint(getTranslation("received.intro")),
                confirmationSlot, content);
        render();
    }

    private void render() {
        content.removeAll();
        Section money = ViewParts.section(getTranslation("home.shared.title"));
        money.add(ViewParts.amountGroup(ViewParts.amount("shared-available", getTranslation("home.sharedAvailable"),
                getTranslation("home.sharedAvailable.hint"), funds.sharedAvailable(personId), getLocale())));
        Button pay = new Button(getTranslation("contribution.action"), click -> new ContributionDialog(this,
                getLocale(), family, funds, contributions, personId, (title, lines) -> {
                    render();
                    confirm(title, lines);
                }).open());
        pay.setId("pay-contribution");
        pay.addThemeVariants(ButtonVariant.PRIMARY);
        Div actions = new Div(pay);
        actions.addClassName("portal-actions");
        money.add(ViewParts.hint(getTranslation("contribution.hint")), actions);
        content.add(money);

        List<Relation> relations = family.asRecipient(personId);
        Section list = ViewParts.section(getTranslation("received.list.title"));
        if (relations.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("received.list.none"));
            none.setId("received-empty");
            list.add(none);
        }
        list.add(grid(relations));
        content.add(list);

        content.add(orderOfUse());
        content.add(requestSection());
    }

    private Grid<Relation> grid(List<Relation> relations) {
        Grid<Relation> grid = new Grid<>();
        grid.setId("received-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("received.list.title"));
        grid.addComponentColumn(r -> {
            RouterLink link = new RouterLink(family.maskedNameOf(r.getSharerId()), RelationView.class, r.getId());
            link.setId("relation-link-" + r.getId());
            return link;
        }).setHeader(getTranslation("received.column.sharer")).setKey("sharer").setFlexGrow(2);
        grid.addColumn(r -> getTranslation("kinship." + r.getKinship()))
                .setHeader(getTranslation("received.column.kinship")).setKey("kinship");
        grid.addColumn(r -> getTranslation("mode.short." + r.getMode()))
                .setHeader(getTranslation("family.column.mode")).setKey("mode");
        grid.addColumn(r -> getTranslation("status." + r.getStatus()))
                .setHeader(getTranslation("family.column.status")).setKey("status");
        grid.addColumn(r -> Formats.money(funds.availableThrough(r), getLocale()))
                .setHeader(getTranslation("received.column.available")).setKey("available")
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(relations);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RelationView.class,
                click.getItem().getId())));
        return grid;
    }

    /** P1: the live relations in the order their money is used, each movable up or down. */
    private Section orderOfUse() {
        Section section = ViewParts.section(getTranslation("order.title"));
        section.add(ViewParts.hint(getTranslation("order.hint")));
        List<Relation> ordered = order.orderOfUse(personId);
        OrderedList list = new OrderedList();
        list.setId("order-of-use");
        list.addClassName("portal-order");
        for (int i = 0; i < ordered.size(); i++) {
            Relation r = ordered.get(i);
            ListItem item = new ListItem();
            String sharer = family.maskedNameOf(r.getSharerId());
            Span name = new Span(getTranslation("order.item", i + 1, sharer,
                    getTranslation("mode.short." + r.getMode())));
            item.add(name);
            int index = i;
            Button up = new Button(getTranslation("order.up"), click -> move(ordered, index, -1));
            up.setId("order-up-" + r.getId());
            up.setEnabled(i > 0);
            up.setAriaLabel(getTranslation("order.up.aria", sharer));
            Button down = new Button(getTranslation("order.down"), click -> move(ordered, index, 1));
            down.setId("order-down-" + r.getId());
            down.setEnabled(i < ordered.size() - 1);
            down.setAriaLabel(getTranslation("order.down.aria", sharer));
            up.addThemeVariants(ButtonVariant.TERTIARY);
            down.addThemeVariants(ButtonVariant.TERTIARY);
            item.add(up, down);
            list.add(item);
        }
        if (ordered.isEmpty()) {
            section.add(new Paragraph(getTranslation("order.none")));
        } else {
            section.add(list);
            Button reset = new Button(getTranslation("order.reset"), click -> {
                family.setOrderOfUse(personId, List.of());
                render();
                confirm(getTranslation("order.done.title"), getTranslation("order.reset.done"));
            });
            reset.setId("order-reset");
            reset.addThemeVariants(ButtonVariant.TERTIARY);
            section.add(reset);
        }
        return section;
    }

    private void move(List<Relation> ordered, int index, int step) {
        List<Long> ids = new ArrayList<>(ordered.stream().map(Relation::getId).toList());
        java.util.Collections.swap(ids, index, index + step);
        family.setOrderOfUse(personId, ids);
        render();
        confirm(getTranslation("order.done.title"), getTranslation("order.done.text"));
    }

    /** D8: the recipient may ask, where the sharer's region allows it; the regions are named, not guessed. */
    private Section requestSection() {
        Section section = ViewParts.section(getTranslation("request.title"));
        String allowed = regions.all().stream().filter(RegionPolicy::recipientMayInitiate)
                .map(p -> isEnglish() ? p.nameEn() : p.nameZh()).collect(Collectors.joining(isEnglish() ? ", " : "、"));
        section.add(ViewParts.hint(getTranslation("request.hint", allowed)));
        Button request = new Button(getTranslation("request.action"),
                click -> new RequestDialog(this, family, personId).open(allowed));
        request.setId("request-relation");
        section.add(request);
        return section;
    }

    private boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    private void confirm(String title, String... lines) {
        confirmationSlot.removeAll();
        confirmationSlot.add(ViewParts.confirmation("action-confirmation", title, lines));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("received.title") + " · " + getTranslation("app.title");
    }
}
