package cn.gongji.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gongji.portal.display.DisplayPreferenceService;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.security.StaffRole;
import cn.gongji.portal.shared.Refusal;

/**
 * Issue 12 in the layout: elderly mode (适老化) switched by {@code #large-text}, applied at once and remembered with
 * the account for every later sign-in (a new session here, as on another device); the skip link; the notifications
 * link named by its visible words; and the plain help beside a refusal.
 */
class ElderlyModeTest extends KaribuTest {

    @Autowired
    DisplayPreferenceService display;

    @Test
    void theSwitchTurnsLargeTextOnAtOnceAndItIsRememberedAtTheNextSignIn() {
        Person person = people.employee("110105", "100.00");
        login(person);
        navigate("");
        Button largeText = byId(Button.class, "large-text");
        assertThat(isLargeText()).isFalse();
        assertThat(largeText.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        _click(largeText);

        assertThat(isLargeText()).as("applied at once").isTrue();
        assertThat(largeText.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(display.largeText(PortalUser.citizen(person))).as("stored with the person").isTrue();

        // Signing in again: a new session, as after signing out or on another device.
        newSession();
        login(person);
        navigate("history");
        assertThat(isLargeText()).as("applied on the next sign-in").isTrue();
        assertThat(byId(Button.class, "large-text").getElement().getAttribute("aria-pressed")).isEqualTo("true");

        _click(byId(Button.class, "large-text"));
        assertThat(isLargeText()).isFalse();
        newSession();
        login(person);
        navigate("");
        assertThat(isLargeText()).as("switched off is remembered too").isFalse();
    }

    @Test
    void onePersonsChoiceIsHisAlone() {
        Person elderly = people.employee("110105", "100.00");
        Person other = people.resident("110105");
        login(elderly);
        navigate("");
        _click(byId(Button.class, "large-text"));

        newSession();
        login(other);
        navigate("");
        assertThat(isLargeText()).isFalse();
        assertThat(display.largeText(PortalUser.citizen(other))).isFalse();
    }

    @Test
    void aStaffMembersChoiceIsRememberedWithHisAccount() {
        String username = people.colleague();
        PortalUser agent = PortalUser.staff(username, "复核员", StaffRole.AGENT);
        login(agent);
        navigate("cases");
        _click(byId(Button.class, "large-text"));
        assertThat(isLargeText()).isTrue();

        newSession();
        login(agent);
        navigate("cases");
        assertThat(isLargeText()).isTrue();
    }

    @Test
    void theSkipLinkIsTheFirstStopOfEveryPage() {
        login(people.employee("110105", "100.00"));
        navigate("family");

        Anchor skip = byId(Anchor.class, "skip-to-content");
        assertThat(skip.getHref()).isEqualTo("#main-content");
        assertThat(skip.getText()).isEqualTo("跳到主要内容");
        AppLayout layout = (AppLayout) UI.getCurrent().getChildren().findFirst().orElseThrow();
        List<Component> navbar = layout.getChildren().filter(c -> "navbar".equals(c.getElement().getAttribute("slot")))
                .toList();
        assertThat(navbar.getFirst()).isSameAs(skip);
    }

    @Test
    void theNotificationsLinkIsNamedByItsVisibleWords() {
        login(people.resident("310104"));
        navigate("");

        Component link = byId("notifications-link");
        // An aria-label would replace the visible words (axe: label-content-name-mismatch).
        assertThat(link.getElement().hasAttribute("aria-label")).isFalse();
        assertThat(link.getElement().getTextRecursively()).startsWith("通知");
    }

    @Test
    void aRefusalSaysWhatThePersonCanDo() {
        Person sharer = people.employee("110105", "100.00");
        login(sharer);
        navigate("family");
        _click(byId(Button.class, "add-relative"));
        byId(TextField.class, "relative-id").setValue(sharer.idNumber().value());
        byId(com.vaadin.flow.component.checkbox.Checkbox.class, "commitment-accept").setValue(true);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<cn.gongji.portal.family.Kinship> kinship =
                byId(com.vaadin.flow.component.select.Select.class, "relation-kind");
        kinship.setValue(cn.gongji.portal.family.Kinship.PARENT);

        _click(byId(Button.class, "bind-submit"));

        List<Notification> shown = com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications();
        assertThat(shown).hasSize(1);
        assertThat(com.github.mvysny.kaributools.NotificationsKt.getText(shown.getFirst())).isEqualTo(
                "不能和自己建立共济关系。请输入家人的身份证号码。\n您可以这样做：请输入您要帮助的那位家人的身份证号码，不是您自己的。");
    }

    @Test
    void aFieldsRefusalSaysWhatThePersonCanDoInEnglishToo() {
        login(people.employee("110105", "100.00"));
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate("password");
        byId(PasswordField.class, "password-current").setValue("not-the-password-1");
        byId(PasswordField.class, "password-new").setValue("Another-pass-22");
        byId(PasswordField.class, "password-confirm").setValue("Another-pass-22");

        _click(byId(Button.class, "password-submit"));

        assertThat(byId(PasswordField.class, "password-current").getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation(Refusal.PASSWORD_CURRENT_WRONG.messageKey())
                        + "\nWhat you can do: Type your current password again slowly; if you forgot it, the service"
                        + " hall or the 12393 hotline can reset it.");
    }

    private static boolean isLargeText() {
        return UI.getCurrent().getElement().getClassList().contains(MainLayout.LARGE_TEXT_CLASS);
    }

    /** Ends this mocked session and starts a fresh one, as signing out and in again (or another device) does. */
    private void newSession() {
        tearDownVaadin();
        setUpVaadin();
    }
}
