package cn.gongji.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.security.StaffRole;

class NotFoundViewTest extends KaribuTest {

    @Test
    void anUnknownRouteShowsNotFound() {
        login(people.employee("110105", "100.00"));
        open("no-such-page");

        assertThat(exists("not-found")).isTrue();
        assertThat(text("not-found")).contains("找不到这个页面");
        assertThat(exists("account-balance")).isFalse();
    }

    @Test
    void aViewTheUserMayNotOpenLooksExactlyLikeAMissingOne() {
        login(PortalUser.staff("agent-nf", "王经办", StaffRole.AGENT));
        open("no-such-page");
        String missing = text("not-found");

        // Notifications are for citizens only.
        navigate("notifications");

        assertThat(exists("not-found")).isTrue();
        assertThat(text("not-found")).isEqualTo(missing);
        assertThat(exists("notifications-list")).isFalse();
        assertThat(exists("notifications-empty")).isFalse();
    }

    @Test
    void notFoundIsTranslated() {
        login(people.resident("310104"));
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        open("no-such-page");

        assertThat(text("not-found")).contains("Page not found");
    }
}
