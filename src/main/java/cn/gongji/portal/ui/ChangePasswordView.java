package cn.gongji.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import cn.gongji.portal.security.CurrentUser;
import cn.gongji.portal.security.PasswordService;
import cn.gongji.portal.security.Roles;
import cn.gongji.portal.shared.RefusedException;

import jakarta.annotation.security.RolesAllowed;

/**
 * A citizen changes his password (issue 11; ids in docs/ui-password.md). A citizen who still has the registry's
 * initial password is sent here from every other page ({@link PasswordChangeGuard}) until he has chosen his own.
 * The rules are in {@link PasswordService}; a refusal is shown next to the field it is about.
 */
@Route("password")
@RolesAllowed(Roles.CITIZEN)
@Menu(title = "menu.password", order = 95, icon = "vaadin:key")
public class ChangePasswordView extends Main implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField confirmation = new PasswordField();

    ChangePasswordView(CurrentUser currentUser, PasswordService passwords) {
        addClassName("portal-view");
        long personId = currentUser.require().requirePersonId();
        add(new H1(getTranslation("password.title")));
        if (passwords.mustChange(personId)) {
            Paragraph mustChange = new Paragraph(getTranslation("password.mustChange"));
            mustChange.setId("password-must-change");
            mustChange.addClassName("portal-notice");
            add(mustChange);
        }
        add(new Paragraph(getTranslation("password.intro")));

        current.setId("password-current");
        current.setLabel(getTranslation("password.current"));
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        next.setId("password-new");
        next.setLabel(getTranslation("password.new"));
        next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirmation.setId("password-confirm");
        confirmation.setLabel(getTranslation("password.confirm"));
        confirmation.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        for (PasswordField field : new PasswordField[] {current, next, confirmation}) {
            field.setRequiredIndicatorVisible(true);
            field.setWidthFull();
            field.setMaxLength(128);
        }

        Button submit = new Button(getTranslation("password.submit"), click -> {
            clearErrors();
            try {
                passwords.change(personId, current.getValue(), next.getValue(), confirmation.getValue());
            } catch (RefusedException refused) {
                PasswordField field = switch (refused.refusal()) {
                    case PASSWORD_CURRENT_WRONG -> current;
                    case PASSWORD_NOT_CONFIRMED -> confirmation;
                    default -> next;
                };
                field.setErrorMessage(Notices.explained(this, refused.refusal()));
                field.setInvalid(true);
                return;
            }
            done();
        });
        submit.setId("password-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        add(current, next, confirmation, submit);
    }

    private void clearErrors() {
        for (PasswordField field : new PasswordField[] {current, next, confirmation}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    /** What happened, in place of the form; the passwords leave the page. */
    private void done() {
        removeAll();
        add(new H1(getTranslation("password.title")));
        Paragraph done = new Paragraph(getTranslation("password.done"));
        done.setId("password-done");
        RouterLink home = new RouterLink(getTranslation("password.home"), HomeView.class);
        home.setId("password-home");
        add(done, home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.title");
    }
}
