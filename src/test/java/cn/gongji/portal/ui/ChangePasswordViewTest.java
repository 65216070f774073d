package cn.gongji.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;

import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.security.StaffRole;

/** A citizen changes his password; a registry-issued one must be changed before anything else (issue 11). */
class ChangePasswordViewTest extends KaribuTest {

    static final String OLD = "Initial-pass-1";
    static final String NEW = "Mein-neues-9x";

    @Autowired
    People persons;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aCitizenChangesHisPasswordAndIsToldSo() {
        Person person = withPassword(people.employee("110105", "10.00"), false);
        login(person);
        navigate("password");

        fill(OLD, NEW, NEW);

        assertThat(text("password-done")).contains("密码已修改");
        assertThat(exists("password-current")).isFalse();
        Person changed = persons.find(person.getId()).orElseThrow();
        assertThat(passwords.matches(NEW, changed.getPasswordHash())).isTrue();
        assertThat(changed.isPasswordMustChange()).isFalse();
    }

    @Test
    void aWrongCurrentPasswordIsShownAtItsFieldAndChangesNothing() {
        Person person = withPassword(people.employee("110105", "10.00"), false);
        login(person);
        navigate("password");

        fill("not-it-1", NEW, NEW);

        PasswordField current = byId(PasswordField.class, "password-current");
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).contains("当前密码不正确");
        assertThat(passwords.matches(OLD, persons.find(person.getId()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void weakUnconfirmedAndUnchangedPasswordsAreRefusedAtTheirField() {
        Person person = withPassword(people.employee("110105", "10.00"), false);
        login(person);
        navigate("password");

        fill(OLD, "onlyletters", "onlyletters");
        assertThat(byId(PasswordField.class, "password-new").getErrorMessage()).contains("字母和数字");

        fill(OLD, person.idNumber().value() + "a", person.idNumber().value() + "a");
        assertThat(byId(PasswordField.class, "password-new").getErrorMessage()).contains("身份证号码");

        fill(OLD, NEW, NEW + "-typo");
        assertThat(byId(PasswordField.class, "password-confirm").getErrorMessage()).contains("不一样");
        assertThat(byId(PasswordField.class, "password-new").isInvalid()).isFalse();

        fill(OLD, OLD, OLD);
        assertThat(byId(PasswordField.class, "password-new").getErrorMessage()).contains("不能和当前密码相同");
        assertThat(passwords.matches(OLD, persons.find(person.getId()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void aRegistryIssuedPasswordMustBeChangedBeforeAnythingElse() {
        Person person = withPassword(people.employee("110105", "10.00"), true);
        login(person);

        navigate("");
        assertThat(exists("password-must-change")).isTrue();
        assertThat(exists("account-balance")).isFalse();
        navigate("history");
        assertThat(exists("password-must-change")).isTrue();

        fill(OLD, NEW, NEW);
        navigate("");
        assertThat(exists("account-balance")).isTrue();
        assertThat(exists("password-must-change")).isFalse();
    }

    @Test
    void staffAreNotSentToThePasswordPage() {
        login(PortalUser.staff("agent-pw", "王经办", StaffRole.AGENT));
        navigate("");

        assertThat(exists("password-must-change")).isFalse();
        assertThat(exists("password-current")).isFalse();
    }

    @Test
    void thePasswordPageIsTranslated() {
        Person person = withPassword(people.resident("310104"), true);
        login(person);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("password");

        assertThat(text("password-must-change")).contains("choose your own new password");
        assertThat(byId(PasswordField.class, "password-new").getLabel()).isEqualTo("New password");
        assertThat(byId(Button.class, "password-submit").getText()).isEqualTo("Change password");
    }

    private static void fill(String current, String next, String confirmation) {
        byId(PasswordField.class, "password-current").setValue(current);
        byId(PasswordField.class, "password-new").setValue(next);
        byId(PasswordField.class, "password-confirm").setValue(confirmation);
        _click(byId(Button.class, "password-submit"));
    }

    private Person withPassword(Person person, boolean issuedByRegistry) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Person p = persons.find(person.getId()).orElseThrow();
            if (issuedByRegistry) {
                p.issuePassword(passwords.encode(OLD));
            } else {
                p.changePassword(passwords.encode(OLD));
            }
        });
        return persons.find(person.getId()).orElseThrow();
    }
}
