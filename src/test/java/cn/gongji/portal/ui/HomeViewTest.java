package cn.gongji.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.security.StaffRole;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.wallet.WalletService;

class HomeViewTest extends KaribuTest {

    private static final String BEIJING = "110105";
    private static final String SHANGHAI = "310104";

    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;

    @Test
    void sharerSeesBalanceReservedAndAvailableExactly_D11() {
        login(people.employee(BEIJING, "1000.00"));
        navigate("");

        assertThat(text("account-balance")).isEqualTo("1000.00 元");
        assertThat(text("reserved-balance")).isEqualTo("0.00 元");
        assertThat(text("available-balance")).isEqualTo("1000.00 元");
    }

    @Test
    void balancesInEnglishCarryTheUnitToo_D28() {
        login(people.employee(BEIJING, "1000.00"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("");

        assertThat(text("account-balance")).isEqualTo("CNY 1000.00");
        assertThat(text("reserved-balance")).isEqualTo("CNY 0.00");
        assertThat(text("available-balance")).isEqualTo("CNY 1000.00");
    }

    @Test
    void aGrantReservesWithoutLoweringTheBalance_D10_D11() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person recipient = people.resident(SHANGHAI);
        grant(sharer, recipient, "500.00");

        login(sharer);
        navigate("");

        assertThat(text("account-balance")).isEqualTo("1000.00 元");
        assertThat(text("reserved-balance")).isEqualTo("500.00 元");
        assertThat(text("available-balance")).isEqualTo("500.00 元");
    }

    @Test
    void residentSeesNoAccountButTheSharedMoneyHeCanUse_D10() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person recipient = people.resident(SHANGHAI);
        grant(sharer, recipient, "300.00");

        login(recipient);
        navigate("");

        assertThat(exists("account-balance")).isFalse();
        assertThat(exists("reserved-balance")).isFalse();
        assertThat(exists("available-balance")).isFalse();
        assertThat(text("shared-available")).isEqualTo("300.00 元");
    }

    @Test
    void openingTheWalletAfterConfirmingChangesItsStatus_D10() {
        Person person = people.person(TestPeople.idNumber(SHANGHAI), "王秀兰", Scheme.RESIDENT, SHANGHAI, null, false);
        login(person);
        navigate("");
        String before = text("wallet-status");
        assertThat(before).isEqualTo("未开通");

        _click(byId(Button.class, "open-wallet"));
        _click(byId(Button.class, "open-wallet-confirm"));

        assertThat(text("wallet-status")).isNotEqualTo(before).startsWith("已开通");
        assertThat(exists("open-wallet")).isFalse();
        assertThat(wallet.walletOpenedAt(person.getId())).isPresent();
    }

    @Test
    void cancellingTheDialogLeavesTheWalletClosed_D10() {
        Person person = people.person(TestPeople.idNumber(SHANGHAI), "王秀兰", Scheme.RESIDENT, SHANGHAI, null, false);
        login(person);
        navigate("");

        _click(byId(Button.class, "open-wallet"));
        _click(byId(Button.class, "open-wallet-cancel"));

        assertThat(text("wallet-status")).isEqualTo("未开通");
        assertThat(wallet.walletOpenedAt(person.getId())).isEmpty();
    }

    @Test
    void anOpenWalletOffersNoOpenButton_D10() {
        login(people.employee(BEIJING, "10.00"));
        navigate("");

        assertThat(text("wallet-status")).startsWith("已开通");
        assertThat(exists("open-wallet")).isFalse();
    }

    @Test
    void staffSeeNoCitizenBalances() {
        login(PortalUser.staff("agent-home", "王经办", StaffRole.AGENT));
        navigate("");

        assertThat(exists("account-balance")).isFalse();
        assertThat(exists("reserved-balance")).isFalse();
        assertThat(exists("available-balance")).isFalse();
        assertThat(exists("shared-available")).isFalse();
        assertThat(exists("wallet-status")).isFalse();
        assertThat(exists("open-wallet")).isFalse();
    }

    private void grant(Person sharer, Person recipient, String amount) {
        Relation relation = family.bind(sharer.getId(), recipient.idNumber().value(), Kinship.CHILD, true,
                Actor.citizen(sharer.getId()));
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of(amount), null, Actor.citizen(sharer.getId()));
    }
}
