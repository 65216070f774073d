package cn.gongji.portal.ui;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.Explanation;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.security.CurrentUser;
import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.security.Roles;
import cn.gongji.portal.settlement.FundsService;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.wallet.BalanceExplanations;
import cn.gongji.portal.wallet.WalletService;

/**
 * Home. A citizen sees what he has: his personal account's balance, reserved and available amounts side by side
 * with one line each on what they mean (employee-insured only, D10/D11), the shared money he can use as a recipient,
 * and his wallet (D10), which he can open here. Every number comes from a service; none is computed here. Staff see
 * a short welcome until their workspace exists.
 */
@Route("")
@PermitAll
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
public class HomeView extends Main implements HasDynamicTitle {

    private final LedgerService ledger;
    private final FundsService funds;
    private final WalletService wallet;
    private final BalanceExplanations explanations;
    private final Section walletSection = new Section();

    HomeView(CurrentUser currentUser, LedgerService ledger, FundsService funds, WalletService wallet,
             BalanceExplanations explanations) {
        this.ledger = ledger;
        this.funds = funds;
        this.wallet = wallet;
        this.explanations = explanations;
        addClassName("portal-view");
        PortalUser user = currentUser.require();
        add(new H1(getTranslation("home.greeting", user.getDisplayName())));
        if (user.isCitizen()) {
            showCitizen(user);
        } else {
            showStaff();
        }
    }

    private void showCitizen(PortalUser user) {
        long personId = user.requirePersonId();
        if (ledger.hasAccount(personId)) {
            Balances balances = ledger.balances(personId);
            Section account = section("home.account.title");
            account.add(amountGroup(
                    amount("account-balance", "home.balance", "home.balance.hint", balances.balance(),
                            () -> explanations.balance(personId)),
                    amount("reserved-balance", "home.reserved", "home.reserved.hint", balances.reserved(),
                            () -> explanations.reserved(personId)),
                    amount("available-balance", "home.available", "home.available.hint", balances.available(),
                            () -> explanations.available(personId))));
            add(account);
        }
        Section shared = section("home.shared.title");
        shared.add(amountGroup(amount("shared-available", "home.sharedAvailable", "home.sharedAvailable.hint",
                funds.sharedAvailable(personId), () -> funds.explainSharedAvailable(personId))));
        add(shared);

        walletSection.addClassName("portal-section");
        add(walletSection);
        showWallet(user);
    }

    private void showWallet(PortalUser user) {
        long personId = user.requirePersonId();
        walletSection.removeAll();
        walletSection.add(new H2(getTranslation("home.wallet.title")));
        Optional<Instant> openedAt = wallet.walletOpenedAt(personId);
        Paragraph status = new Paragraph(openedAt
                .map(at -> getTranslation("home.wallet.open", Formats.date(at, getLocale())))
                .orElseGet(() -> getTranslation("home.wallet.notOpen")));
        status.setId("wallet-status");
        status.addClassName("portal-status");
        walletSection.add(status, hint("home.wallet.hint"));
        // D10: every insured person may open his own wallet; a person whose insurance ended cannot.
        if (openedAt.isEmpty() && user.hasRole(Roles.RECIPIENT)) {
            Button open = new Button(getTranslation("home.wallet.openAction"), click -> confirmOpenWallet(user));
            open.setId("open-wallet");
            open.addThemeVariants(ButtonVariant.PRIMARY);
            walletSection.add(open);
        }
    }

    /** One decision in one dialog; the button says what it does. */
    private void confirmOpenWallet(PortalUser user) {
        Dialog dialog = new Dialog();
        dialog.setId("open-wallet-dialog");
        dialog.setHeaderTitle(getTranslation("home.wallet.confirm.title"));
        dialog.add(new Paragraph(getTranslation("home.wallet.confirm.text")));
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        cancel.setId("open-wallet-cancel");
        Button confirm = new Button(getTranslation("home.wallet.confirm.action"), click -> {
            dialog.close();
            try {
                wallet.openWallet(user.requirePersonId(), Actor.citizen(user.requirePersonId()));
                Notification done = Notification.show(getTranslation("home.wallet.opened"), 6000,
                        Notification.Position.MIDDLE);
                done.addThemeVariants(NotificationVariant.SUCCESS);
            } finally {
                // Whatever the answer, show the wallet as it now is; a refusal is told by the error handler.
                showWallet(user);
            }
        });
        confirm.setId("open-wallet-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void showStaff() {
        Section welcome = section("home.staff.title");
        welcome.add(hint("home.staff.text"));
        add(welcome);
    }

    private Section section(String titleKey) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("portal-section");
        return section;
    }

    /** Amounts that belong together stand together. */
    private static Div amountGroup(Div... amounts) {
        Div group = new Div(amounts);
        group.addClassName("portal-amounts");
        return group;
    }

    /**
     * One figure with its label and hint, and (issue 12) a button {@code explain-<id>} that opens the lines making it
     * up, built by a service from the ledger. The figure is set to what the explanation was built beside, so the
     * page and the dialog never disagree, even when money moved since the page was opened.
     */
    private Div amount(String id, String labelKey, String hintKey, Money value, Supplier<Explanation> explain) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("portal-amount-label");
        Span amount = new Span(Formats.money(value, getLocale()));
        amount.setId(id);
        amount.addClassName("portal-amount-value");
        Button open = new Button(getTranslation("explain.open"), click -> {
            Explanation explanation = explain.get();
            amount.setText(Formats.money(explanation.shown(), getLocale()));
            new ExplanationDialog(id, explanation).open();
        });
        open.setId("explain-" + id);
        open.setAriaLabel(getTranslation("explain.open.label", getTranslation(labelKey)));
        open.addThemeVariants(ButtonVariant.TERTIARY);
        open.addClassName("explain-open");
        Div row = new Div(label, amount, hint(hintKey), open);
        row.addClassName("portal-amount");
        return row;
    }

    private Paragraph hint(String key) {
        Paragraph hint = new Paragraph(getTranslation(key));
        hint.addClassName("portal-hint");
        return hint;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.title");
    }
}
