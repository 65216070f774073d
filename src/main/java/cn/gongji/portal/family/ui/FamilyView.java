package cn.gongji.portal.family.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import cn.gongji.portal.family.CommitmentLetter;
import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.security.CurrentUser;
import cn.gongji.portal.security.Roles;
import cn.gongji.portal.ui.Formats;
import cn.gongji.portal.ui.MainLayout;
import cn.gongji.portal.ui.ViewParts;
import cn.gongji.portal.wallet.WalletService;

/**
 * The sharer's family network: every relation he started or was asked for, live, pending and ended (D23), with what
 * each recipient can still spend from his quotas; adding a relative (D3, D4, D5, D6, D7) in a dialog. A row opens the
 * relation.
 */
@Route(value = "family", layout = MainLayout.class)
@RolesAllowed(Roles.SHARER)
@Menu(title = "menu.family", order = 20, icon = "vaadin:family")
public class FamilyView extends Main implements HasDynamicTitle {

    private final FamilyService family;
    private final WalletService wallet;
    private final long personId;

    FamilyView(CurrentUser currentUser, FamilyService family, WalletService wallet, CommitmentLetter letter) {
        this.family = family;
        this.wallet = wallet;
        this.personId = currentUser.require().requirePersonId();
        addClassName("portal-view");
        add(new H1(getTranslation("family.title")));
        add(ViewParts.hint(getTranslation("family.intro")));

        Button add = new Button(getTranslation("family.add"), click -> new BindDialog(family, letter, personId,
                relation -> getUI().ifPresent(ui -> ui.navigate(RelationView.class, relation.getId())
                        .ifPresent(view -> view.showConfirmation(RelationView.Done.BOUND)))).open());
        add.setId("add-relative");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        com.vaadin.flow.component.html.Div actions = new com.vaadin.flow.component.html.Div(add);
        actions.addClassName("portal-actions");
        add(actions);

        // Issue 12, D7: what he told the call centre, waiting for his own confirmation and signature.
        PendingVerbalCommitments verbal = new PendingVerbalCommitments(family, letter, personId,
                relation -> getUI().ifPresent(ui -> ui.navigate(RelationView.class, relation.getId())
                        .ifPresent(view -> view.showConfirmation(RelationView.Done.BOUND))));
        if (!verbal.isEmpty()) {
            add(verbal);
        }

        // Issue 12: who shares with whom, drawn; only when there is someone to draw.
        cn.gongji.portal.family.FamilyPicture picture = wallet.familyPicture(personId);
        if (!picture.isEmpty()) {
            Section drawn = ViewParts.section(getTranslation("family.picture.title"));
            drawn.add(ViewParts.hint(getTranslation("family.picture.hint")));
            drawn.add(new FamilyDiagram(picture, true));
            add(drawn);
        }

        List<Relation> relations = family.asSharer(personId);
        Section list = ViewParts.section(getTranslation("family.list.title"));
        if (relations.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("family.list.none"));
            none.setId("relations-empty");
            list.add(none);
        }
        list.add(grid(relations));
        add(list);
    }

    private Grid<Relation> grid(List<Relation> relations) {
        Grid<Relation> grid = new Grid<>();
        grid.setId("relations-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("family.list.title"));
        // The name is a link, so that a keyboard or screen-reader user opens the relation as a mouse user does.
        grid.addComponentColumn(this::link).setHeader(getTranslation("family.column.recipient"))
                .setKey("recipient").setFlexGrow(2);
        grid.addColumn(r -> getTranslation("kinship." + r.getKinship())).setHeader(getTranslation("family.column.kinship"))
                .setKey("kinship");
        grid.addColumn(r -> getTranslation("mode.short." + r.getMode())).setHeader(getTranslation("family.column.mode"))
                .setKey("mode");
        grid.addColumn(r -> getTranslation("status." + r.getStatus())).setHeader(getTranslation("family.column.status"))
                .setKey("status");
        grid.addColumn(this::available).setHeader(getTranslation("family.column.available")).setKey("available")
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(relations);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RelationView.class,
                click.getItem().getId())));
        return grid;
    }

    private RouterLink link(Relation relation) {
        RouterLink link = new RouterLink(family.maskedNameOf(relation.getRecipientId()), RelationView.class,
                relation.getId());
        link.setId("relation-link-" + relation.getId());
        return link;
    }

    /** What the recipient can still spend from this sharer's quotas; same-province sharing has no quota (D9). */
    private String available(Relation relation) {
        if (relation.getMode() == SharingMode.ACCOUNT) {
            return getTranslation("family.available.account");
        }
        return Formats.money(wallet.summary(relation.getId()).available(), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("family.title") + " · " + getTranslation("app.title");
    }
}
