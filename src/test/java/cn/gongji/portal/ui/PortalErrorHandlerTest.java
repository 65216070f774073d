package cn.gongji.portal.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

class PortalErrorHandlerTest extends KaribuTest {

    @Test
    void everySessionGetsThePortalErrorHandler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(PortalErrorHandler.class);
    }

    @Test
    void aRefusalIsShownWithItsTranslatedReason_P4() {
        fail(new RefusedException(Refusal.KINSHIP_NOT_ELIGIBLE));

        expectRefusalNotice("记录显示这位是您配偶的父母。按规定，配偶的父母不在家庭共济的范围内，不能绑定。");
    }

    @Test
    void aRefusalWrappedByTheFrameworkIsStillARefusal_P4() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        fail(new IllegalStateException("listener failed", new RefusedException(Refusal.WALLET_ALREADY_OPEN)));

        expectRefusalNotice("Your medical insurance wallet is already open; there is nothing more to do.");
    }

    @Test
    void anythingElseSaysNothingChangedAndShowsNoStackTrace() {
        fail(new NullPointerException("secret internals at cn.gongji.portal.Something"));

        assertThat(getNotifications()).hasSize(1);
        String shown = getNotifications().getFirst().getElement().getProperty("text");
        assertThat(shown).contains("没有做任何更改").doesNotContain("NullPointerException").doesNotContain("cn.gongji");
    }

    private static void fail(Throwable error) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(error));
    }
}
