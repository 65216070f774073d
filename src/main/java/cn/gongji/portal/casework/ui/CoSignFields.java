package cn.gongji.portal.casework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gongji.portal.casework.CoSign;

/**
 * The second staff member's part of a counter grant above the limit (issue 11, maker–checker): he types his own user
 * name and password on the agent's screen. Shown only when the amount needs it.
 */
final class CoSignFields extends Div {

    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();

    CoSignFields() {
        setId("counter-cosign");
        addClassName("counter-cosign");
        H3 title = new H3(getTranslation("counter.cosign.title"));
        Paragraph hint = new Paragraph(getTranslation("counter.cosign.hint"));
        hint.addClassName("portal-hint");
        username.setId("counter-cosign-username");
        username.setLabel(getTranslation("counter.cosign.username"));
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        username.setWidthFull();
        password.setId("counter-cosign-password");
        password.setLabel(getTranslation("counter.cosign.password"));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        password.setWidthFull();
        add(title, hint, username, password);
        setVisible(false);
    }

    TextField username() {
        return username;
    }

    PasswordField password() {
        return password;
    }

    CoSign value() {
        return new CoSign(username.getValue(), password.getValue());
    }
}
