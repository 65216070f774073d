package cn.gongji.portal.ui;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
            account.add(ViewParts.amountGroup(
                    amount("account-balance", "home.balance", balances.balance(), () -> explanations.balance(personId)),
                    amount("reserved-balance", "home.reserved", balances.reserved(),
                            () -> explanations.reserved(personId)),
                    amount("available-balance", "home.available", balances.available(),
                            () -> explanations.available(personId))));
            add(account);
        }
        Section shared = section("home.shared.title");
        shared.add(ViewParts.amountGroup(amount("shared-available", "home.sharedAvailable",
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
        walletSection.add(status, ViewParts.hint(getTranslation("home.wallet.hint")));
        // D10: every insured person may open his own wallet; a person whose insurance ended cannot.
        if (openedAt.isEmpty() && user.hasRole(Roles.RECIPIENT)) {
            walletSection.add(new OpenWalletButton(wallet, personId, () -> {
                Notification done = Notification.show(getTranslation("home.wallet.opened"), 6000,
                        Notification.Position.MIDDLE);
                done.addThemeVariants(NotificationVariant.SUCCESS);
                showWallet(user);
            }));
        }
    }

    private void showStaff() {
        Section welcome = section("home.staff.title");
        welcome.add(ViewParts.hint(getTranslation("home.staff.text")));
        add(welcome);
    }

    private Section section(String titleKey) {
        return ViewParts.section(getTranslation(titleKey));
    }

    /** One figure with its label, its hint ({@code <labelKey>.hint}) and its explanation (issue 12). */
    private Div amount(String id, String labelKey, Money value, Supplier<Explanation> explain) {
        return ViewParts.explainedAmount(id, getTranslation(labelKey), getTranslation(labelKey + ".hint"), value,
                getLocale(), explain);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.title");
    }
}
