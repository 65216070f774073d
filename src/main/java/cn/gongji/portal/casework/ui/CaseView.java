package cn.gongji.portal.casework.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import cn.gongji.portal.casework.CaseFile;
import cn.gongji.portal.casework.CaseworkService;
import cn.gongji.portal.casework.RelationLine;
import cn.gongji.portal.family.CommitmentLetter;
import cn.gongji.portal.family.FamilyPicture;
import cn.gongji.portal.family.ui.FamilyDiagram;
import cn.gongji.portal.history.HistoryService;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.security.Roles;
import cn.gongji.portal.shared.Channel;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.ui.Formats;

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
        Section section = CaseParts.section(this, null);
        Paragraph hint = hint("case.reason.hint");
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
        phone = new PhoneDesk(desk(), contact, c -> {
            contact = c;
            render();
        });
        add(back, title, logged, person(), phone);
        familyPicture();
        add(relations(true), relations(false));
        new CaseRecords(desk()).sections().forEach(this::add);
    }

    /** Issue 12: the case's family picture, when the person has open relations. */
    private void familyPicture() {
        FamilyPicture picture = file.familyPicture();
        if (!picture.isEmpty()) {
            Section section = CaseParts.section(this, "family.picture.title");
            section.setId("case-family-picture");
            section.add(new FamilyDiagram(picture, false));
            add(section);
        }
    }

    private Section person() {
        Section section = CaseParts.section(this, "case.person.title");
        section.setId("case-person");
        DescriptionList facts = CaseParts.facts();
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
            DescriptionList money = CaseParts.facts();
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
        Section section = CaseParts.section(this, asSharer ? "case.sharer.title" : "case.recipient.title");
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
        lines.forEach(line -> section.add(new RelationCard(line, file.personId(), casework, history, phone,
                this::counter)));
        return section;
    }

    /** The counter actions on the case as it is now shown. */
    private CounterActions counter() {
        return new CounterActions(desk());
    }

    private Desk desk() {
        return new Desk(this, casework, letter, file, openingReason, this::reload);
    }

    private Paragraph hint(String key) {
        return CaseParts.hint(this, key);
    }

    private void fact(DescriptionList list, String labelKey, String value, String id) {
        CaseParts.fact(list, getTranslation(labelKey), value, id);
    }

    private String money(Money amount) {
        return Formats.money(amount, getLocale());
    }

    @Override
    public String getPageTitle() {
        return (file == null ? getTranslation("case.reason.title") : getTranslation("case.title", file.name()))
                + " · " + getTranslation("app.title");
    }
}
