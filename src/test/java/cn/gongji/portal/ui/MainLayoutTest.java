package cn.gongji.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Masking;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.security.StaffRole;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.wallet.WalletService;

class MainLayoutTest extends KaribuTest {

    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;

    @Test
    void theLanguageSwitchRendersThePageInEnglishAndBack() {
        login(people.employee("110105", "1000.00"));
        navigate("");
        assertThat(text("account-balance")).isEqualTo("1000.00 元");
        assertThat(text("language-switch")).isEqualTo("English");

        _click(byId(Button.class, "language-switch"));

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(UI.getCurrent().getSession().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(text("account-balance")).isEqualTo("CNY 1000.00");
        assertThat(text("app-title")).isEqualTo("Family Mutual Aid");
        assertThat(headings()).anyMatch(h -> h.startsWith("Hello, "));
        assertThat(menuLabels()).contains("Home", "Notifications");
        assertThat(text("language-switch")).isEqualTo("中文");

        _click(byId(Button.class, "language-switch"));

        assertThat(text("account-balance")).isEqualTo("1000.00 元");
        assertThat(menuLabels()).contains("首页", "消息通知");
    }

    @Test
    void theMenuOffersACitizenHomeAndNotifications() {
        login(people.resident("310104"));
        navigate("");

        assertThat(menuLabels()).containsExactly("首页", "家人共济给我", "收支明细", "消息通知", "修改密码");
    }

    @Test
    void theMenuOffersStaffOnlyWhatStaffMayOpen() {
        login(PortalUser.staff("agent-menu", "王经办", StaffRole.SUPERVISOR));
        navigate("");

        assertThat(menuLabels()).containsExactly("首页", "案件查询", "待审核提示", "案件查阅记录");
        assertThat(exists("notifications-link")).isFalse();
        assertThat(text("user-name")).isEqualTo("王经办");
    }

    @Test
    void theMenuOffersAnAgentCasesButNoSupervisorPage() {
        login(PortalUser.staff("agent-menu2", "李经办", StaffRole.AGENT));
        navigate("");

        assertThat(menuLabels()).containsExactly("首页", "案件查询");
    }

    @Test
    void unreadNotificationsAreCountedAndReadOnceShown_P3() {
        Person sharer = people.employee("110105", "800.00");
        Person recipient = people.resident("310104");
        Relation relation = family.bind(sharer.getId(), recipient.idNumber().value(), Kinship.PARENT, true,
                Actor.citizen(sharer.getId()));
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("120.00"), null, Actor.citizen(sharer.getId()));

        login(recipient);
        navigate("");
        // RELATION_BOUND and QUOTA_GRANTED
        assertThat(text("unread-count")).isEqualTo("2");

        assertThat(byId(SideNavItem.class, "menu-notifications").getPath()).isEqualTo("notifications");
        navigate("notifications");

        String list = text("notifications-list");
        String masked = Masking.name(sharer.getName());
        assertThat(list).contains(masked + " 给您授予了 120.00 元 的共济额度。");
        assertThat(list).contains(masked + " 已将您绑定为家庭共济的被共济人。");
        assertThat(list).doesNotContain(sharer.getName()).doesNotContain(sharer.idNumber().value());
        assertThat(exists("unread-count")).isFalse();

        navigate("");
        assertThat(exists("unread-count")).isFalse();
    }

    @Test
    void notificationsReadInEnglishToo_P3() {
        Person sharer = people.employee("110105", "800.00");
        Person recipient = people.resident("440305");
        Relation relation = family.bind(sharer.getId(), recipient.idNumber().value(), Kinship.SPOUSE, true,
                Actor.citizen(sharer.getId()));
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("50.00"), null, Actor.citizen(sharer.getId()));

        login(recipient);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("notifications");

        assertThat(text("notifications-list"))
                .contains(Masking.name(sharer.getName()) + " granted you a quota of CNY 50.00.");
    }

    @Test
    void aPersonWithoutNotificationsIsToldSo_P3() {
        login(people.resident("310104"));
        navigate("notifications");

        assertThat(text("notifications-empty")).isEqualTo("暂时没有通知。");
    }

    private static List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static List<String> headings() {
        return _find(H1.class).stream().map(H1::getText).toList();
    }
}
