package cn.gongji.portal.casework.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import cn.gongji.portal.casework.CaseFile;
import cn.gongji.portal.casework.CaseworkService;
import cn.gongji.portal.casework.CounterAction;
import cn.gongji.portal.casework.LedgerLine;
import cn.gongji.portal.casework.NotificationLine;
import cn.gongji.portal.casework.RelationLine;
import cn.gongji.portal.family.CommitmentLetter;
import cn.gongji.portal.family.FamilyPicture;
import cn.gongji.portal.family.ui.FamilyDiagram;
import cn.gongji.portal.history.HistoryService;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.ledger.LedgerEntry;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.security.Roles;
import cn.gongji.portal.shared.Channel;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.supervision.FlagLine;
import cn.gongji.portal.ui.Formats;
import cn.gongji.portal.ui.NotificationText;

/**
 * {@code /cases/<token>} ({@link CaseTokens}; {@code /cases/{idNumber}} of ui.md leads there): a citizen's case for an
 * agent. Opening it is logged with the agent's reason before
 * anything is shown (D26); without a reason handed over from the search, the page asks for one first. The person is
 * shown in full here only (D2); relatives stay masked. Counter actions — bind with the letter signed in the hall,
 * grant, revoke, dissolve, open the wallet — each ask for a reason and a check of the answers, and go through
 * {@link CaseworkService}, which records the agent (D7, D25). Nothing here can spend money or settle a bill.
 */
@Route("cases/:case")
@RolesAllowed(Roles.AGENT)
public class CaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int LEDGER_PAGE = 20;

    private final CaseworkService casework;
    private final CommitmentLetter letter;
    private final HistoryService history;
    private String idNumber;
    private String openingReason;
    private CaseFile file;
    /** Issue 12: how the citizen is in contact (service hall or telephone); it decides which actions are offered. */
    private Channel contact = Channel.SERVICE_HALL;
    private PhoneDesk phone;

    CaseView(CaseworkService casework, CommitmentLetter letter, HistoryService history) {
        this.casework = casework;
        this.letter = letter;
        this.history = history;
        addClassName("portal-view");
        addClassName("portal-case");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String param = event.getRouteParameters().get("case").orElse("");
        String typed = param.toUpperCase(Locale.ROOT);
        Optional<String> id = IdNumber.isValid(typed) ? Optional.of(typed) : CaseTokens.idNumberOf(param);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!param.equals(CaseTokens.tokenFor(id.get()))) {
            // Reached by ID number (ui.md's entry point): the address bar keeps the token only.
            UI.getCurrent().getPage().getHistory().replaceState(null, CaseTokens.routeTo(id.get()));
        }
        idNumber = id.get();
        file = null;
        removeAll();
        CaseOpening.take(UI.getCurrent(), idNumber).ifPresentOrElse(this::open, this::askForReason);
    }

    /** D26: no reason came with the navigation (a link, a bookmark, a reload): ask for it before opening. */
    private void askForReason() {
        add(new H1(getTranslation("case.reason.title")));
        Section section = section(null);
        Paragraph hint = new Paragraph(getTranslation("case.reason.hint"));
        hint.addClassName("portal-hint");
        TextArea reason = new TextArea(getTranslation("cases.reason"));
        reason.setId("case-open-reason");
        reason.setHelperText(getTranslation("cases.reason.hint"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button open = new Button(getTranslation("case.reason.open"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation(Refusal.REASON_REQUIRED.messageKey()));
                reason.setInvalid(true);
                return;
            }
            removeAll();
            open(reason.getValue());
        });
        open.setId("case-open");
        open.addThemeVariants(ButtonVariant.PRIMARY);
        section.add(hint, reason, open);
        add(section);
    }

    private void open(String reason) {
        try {
            file = casework.open(idNumber, reason);
        } catch (RefusedException refused) {
            if (refused.refusal() != Refusal.PERSON_NOT_FOUND) {
                throw refused;
            }
            showNobody();
            return;
        }
        openingReason = reason.strip();
        render();
    }

    private void showNobody() {
        add(new H1(getTranslation("case.nobody.title")));
        Paragraph text = new Paragraph(getTranslation("case.nobody.text"));
        text.setId("case-nobody");
        add(text, new RouterLink(getTranslation("case.back"), CaseSearchView.class));
    }

    /**
     * After a counter action: the case as it now is, with a confirmation at the top that stays (a toast would vanish
     * before an elderly citizen has heard it, and would cover the page meanwhile).
     */
    private void reload(String confirmation) {
        file = casework.reload(file.personId());
        render();
        Div done = new Div(new Span(confirmation));
        done.setId("counter-done");
        done.addClassName("portal-confirmation");
        done.getElement().setAttribute("role", "status");
        done.getElement().setAttribute("tabindex", "-1");
        addComponentAtIndex(1, done);
        done.getElement().callJsFunction("focus");
    }

    private void render() {
        removeAll();
        H1 title = new H1(getTranslation("case.title", file.name()));
        title.setId("case-title");
        RouterLink back = new RouterLink(getTranslation("case.back"), CaseSearchView.class);
        back.addClassName("portal-back");
        Paragraph logged = new Paragraph(getTranslation("case.logged", openingReason));
        logged.setId("case-logged");
        logged.addClassName("portal-hint");
        phone = new PhoneDesk(casework, letter, file, openingReason, contact, c -> {
            contact = c;
            render();
        }, this::reload);
        add(back, title, logged, person(), phone);
        familyPicture();
        add(relations(true), relations(false), ledger(), notifications(), flags(), counterActions());
    }

    /** Issue 12: the case's family picture, when the person has open relations. */
    private void familyPicture() {
        FamilyPicture picture = file.familyPicture();
        if (!picture.isEmpty()) {
            Section section = section("family.picture.title");
            section.setId("case-family-picture");
            section.add(new FamilyDiagram(picture, false));
            add(section);
        }
    }

    private Section person() {
        Section section = section("case.person.title");
        section.setId("case-person");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("portal-facts");
        fact(facts, "case.person.name", file.name(), "case-name");
        fact(facts, "case.person.idNumber", file.idNumber(), "case-id-number");
        fact(facts, "case.person.phone", file.phone() == null ? "—" : file.phone(), "case-phone");
        fact(facts, "case.person.insurance", getTranslation("scheme." + file.scheme()) + " · "
                + getTranslation("enrolment." + file.status()), "case-insurance");
        fact(facts, "case.person.region", file.regionCode(), "case-region");
        fact(facts, "case.person.wallet", file.isWalletOpen()
                ? getTranslation("home.wallet.open", Formats.date(file.walletOpenedAt(), getLocale()))
                : getTranslation("home.wallet.notOpen"), "case-wallet-status");
        section.add(facts);
        if (file.balances() != null) {
            DescriptionList money = new DescriptionList();
            money.addClassName("portal-facts");
            fact(money, "home.balance", money(file.balances().balance()), "case-balance");
            fact(money, "home.reserved", money(file.balances().reserved()), "case-reserved");
            fact(money, "home.available", money(file.balances().available()), "case-available");
            section.add(new H3(getTranslation("case.account.title")), money);
        }
        if (!file.isWalletOpen() && !phone.onPhone()) {
            Button openWallet = new Button(getTranslation("counter.wallet.action"), click -> counter().openWallet());
            openWallet.setId("counter-open-wallet");
            section.add(openWallet);
        }
        return section;
    }

    private Section relations(boolean asSharer) {
        Section section = section(asSharer ? "case.sharer.title" : "case.recipient.title");
        section.setId(asSharer ? "case-relations-sharer" : "case-relations-recipient");
        List<RelationLine> lines = asSharer ? file.asSharer() : file.asRecipient();
        if (asSharer && file.balances() != null && !phone.onPhone()) {
            Button bind = new Button(getTranslation("counter.bind.action"), click -> counter().bind());
            bind.setId("counter-bind");
            bind.addThemeVariants(ButtonVariant.PRIMARY);
            section.add(bind);
        }
        if (lines.isEmpty()) {
            section.add(hint(asSharer ? "case.sharer.none" : "case.recipient.none"));
        }
        lines.forEach(line -> section.add(relationCard(line)));
        return section;
    }

    private Div relationCard(RelationLine line) {
        Div card = new Div();
        card.setId("relation-" + line.relationId());
        card.addClassName("portal-card");
        H3 who = new H3(line.relativeName() + " · " + getTranslation("kinship." + line.kinship()));
        DescriptionList facts = new DescriptionList();
        facts.addClassName("portal-facts");
        fact(facts, "case.relation.idNumber", line.relativeMaskedId(), null);
        fact(facts, "case.relation.mode", getTranslation("mode." + line.mode()), null);
        String status = getTranslation("status." + line.status())
                + (line.endReason() == null ? "" : " (" + getTranslation("endReason." + line.endReason()) + ")");
        fact(facts, "case.relation.status", status, "relation-status-" + line.relationId());
        fact(facts, "case.relation.since", Formats.date(line.since(), getLocale()), null);
        if (line.quota() != null) {
            fact(facts, "case.relation.granted", money(line.quota().granted()), null);
            fact(facts, "case.relation.used", money(line.quota().used()), null);
            fact(facts, "case.relation.available", money(line.quota().available()),
                    "quota-available-" + line.relationId());
        }
        card.add(who, facts);

        Div actions = new Div();
        actions.addClassName("portal-actions");
        if (phone.onPhone()) {
            phone.relationButtons(line).forEach(actions::add);
        } else if (line.takesQuotas()) {
            actions.add(button("counter.grant.action", "counter-grant-" + line.relationId(),
                    () -> counter().quota(line, true)));
            actions.add(button("counter.revoke.action", "counter-revoke-" + line.relationId(),
                    () -> counter().quota(line, false)));
        }
        if (line.status().isOpen() && !phone.onPhone()) {
            actions.add(button("counter.dissolve.action", "counter-dissolve-" + line.relationId(),
                    () -> counter().dissolve(line)));
        }
        card.add(actions);

        // P6: the timeline, loaded when the agent opens it.
        UnorderedList events = new UnorderedList();
        events.addClassName("portal-timeline");
        Details timeline = new Details(getTranslation("case.relation.timeline"), events);
        timeline.setId("relation-timeline-" + line.relationId());
        timeline.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && events.getChildren().findAny().isEmpty()) {
                casework.timeline(file.personId(), line.relationId()).forEach(e -> events.add(timelineItem(e)));
            }
        });
        card.add(timeline);
        return card;
    }

    private ListItem timelineItem(LedgerEntry e) {
        StringBuilder text = new StringBuilder(Formats.dateTime(e.getOccurredAt(), getLocale()))
                .append(" · ").append(getTranslation("ledgerKind." + e.getKind()));
        if (e.getAmount() != null) {
            text.append(" · ").append(money(e.getAmount()));
        }
        text.append(" · ").append(getTranslation("channel." + e.getChannel()));
        if (e.getAgent() != null) {
            text.append(" · ").append(getTranslation("case.timeline.agent", e.getAgent()));
        }
        if (e.getReason() != null) {
            text.append(" · ").append(getTranslation("case.timeline.reason", reasonText(e.getReason())));
        }
        return new ListItem(text.toString());
    }

    private Section ledger() {
        Section section = section("case.ledger.title");
        Grid<LedgerLine> grid = new Grid<>();
        grid.setId("case-ledger");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setPageSize(LEDGER_PAGE);
        grid.addColumn(l -> Formats.dateTime(l.entry().getOccurredAt(), getLocale()))
                .setHeader(getTranslation("case.ledger.when")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("ledgerKind." + l.entry().getKind()))
                .setHeader(getTranslation("case.ledger.kind")).setAutoWidth(true);
        grid.addColumn(l -> l.entry().getAmount() == null ? "" : money(l.entry().getAmount()))
                .setHeader(getTranslation("case.ledger.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(l -> l.counterparty() == null ? "" : l.counterparty())
                .setHeader(getTranslation("case.ledger.counterparty")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("channel." + l.entry().getChannel())
                        + (l.entry().getAgent() == null ? "" : " · " + l.entry().getAgent()))
                .setHeader(getTranslation("case.ledger.by")).setAutoWidth(true);
        long personId = file.personId();
        grid.setItems(query -> casework.ledger(personId,
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setHeight("24rem");
        section.add(grid);
        return section;
    }

    private Section notifications() {
        Section section = section("case.notifications.title");
        UnorderedList list = new UnorderedList();
        list.setId("case-notifications");
        list.addClassName("portal-plain-list");
        for (NotificationLine n : file.notifications()) {
            String text = NotificationText.of(this::getTranslation, new NotificationText.Parts(n.kind(),
                    n.otherName(), n.amount() == null ? null : money(n.amount()), n.useKind(), n.reason(), n.agent(),
                    n.channel()));
            list.add(new ListItem(Formats.dateTime(n.sentAt(), getLocale()) + " · " + text));
        }
        if (file.notifications().isEmpty()) {
            section.add(hint("case.notifications.none"));
        }
        section.add(list);
        return section;
    }

    private Section flags() {
        Section section = section("case.flags.title");
        UnorderedList list = new UnorderedList();
        list.setId("case-flags");
        list.addClassName("portal-plain-list");
        FlagTexts texts = new FlagTexts(this);
        for (FlagLine f : file.flags()) {
            list.add(new ListItem(texts.raised(f) + " · " + texts.rule(f) + " · " + texts.facts(f) + " · "
                    + texts.status(f)));
        }
        if (file.flags().isEmpty()) {
            section.add(hint("case.flags.none"));
        }
        section.add(list);
        return section;
    }

    private Section counterActions() {
        Section section = section("case.actions.title");
        UnorderedList list = new UnorderedList();
        list.setId("case-counter-actions");
        list.addClassName("portal-plain-list");
        for (CounterAction a : file.counterActions()) {
            list.add(new ListItem(Formats.dateTime(a.getActedAt(), getLocale()) + " · "
                    + getTranslation("counterAction." + a.getKind())
                    + (a.getAmount() == null ? "" : " " + money(a.getAmount())) + " · "
                    + getTranslation("channel." + a.getChannel()) + " · "
                    + getTranslation("case.timeline.agent", a.getAgent()) + " · "
                    + getTranslation("case.timeline.reason", a.getReason())
                    + PhoneDesk.checksOf(this, a)));
        }
        if (file.counterActions().isEmpty()) {
            section.add(hint("case.actions.none"));
        }
        section.add(list);
        return section;
    }

    /** The counter actions on the case as it is now shown. */
    private CounterActions counter() {
        return new CounterActions(this, casework, letter, file, openingReason, this::reload);
    }

    // ---------- helpers ----------

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        return button;
    }

    private Section section(String titleKey) {
        Section section = new Section();
        section.addClassName("portal-section");
        if (titleKey != null) {
            section.add(new H2(getTranslation(titleKey)));
        }
        return section;
    }

    private void fact(DescriptionList list, String labelKey, String value, String id) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        if (id != null) {
            description.setId(id);
        }
        list.add(new DescriptionList.Term(getTranslation(labelKey)), description);
    }

    private Paragraph hint(String key) {
        Paragraph hint = new Paragraph(getTranslation(key));
        hint.addClassName("portal-hint");
        return hint;
    }

    private String money(Money amount) {
        return Formats.money(amount, getLocale());
    }

    /**
     * A ledger entry's reason: an end reason or a quota's end date in the reader's words (the statement's own
     * wording, {@link HistoryService#describeReason}), otherwise an agent's or the registry's words as written — staff
     * may read them, citizens never do (D24).
     */
    private String reasonText(String reason) {
        String described = history.describeReason(reason, getLocale());
        return described.isEmpty() ? reason : described;
    }

    @Override
    public String getPageTitle() {
        return (file == null ? getTranslation("case.reason.title") : getTranslation("case.title", file.name()))
                + " · " + getTranslation("app.title");
    }
}
