package cn.gongji.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import cn.gongji.portal.security.CurrentUser;
import cn.gongji.portal.security.WebSecurityConfig;

/**
 * Sign-in. The form posts {@code username}/{@code password} to Spring Security's form login; on failure Spring
 * returns here with {@code ?error}. A wrong password, an unknown user and an account that must wait after repeated
 * failures get the same words (the delay itself is in the security package).
 */
@Route(value = WebSecurityConfig.LOGIN_ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final LoginForm login = new LoginForm();

    LoginView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("portal-login");

        // The service's name is the page's heading; the form's own title says what the form does.
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("portal-title");
        Button languageSwitch = new Button(getTranslation("layout.language.other"),
                click -> PortalLocales.switchLanguage(click.getSource().getUI().orElseThrow()));
        languageSwitch.setId("language-switch");
        languageSwitch.getElement().setAttribute("lang", PortalLocales.other(getLocale()).toLanguageTag());
        languageSwitch.setAriaLabel(getTranslation("layout.language.switch"));
        languageSwitch.addThemeVariants(ButtonVariant.TERTIARY);
        Div header = new Div(title, languageSwitch);
        header.addClassName("portal-login-header");

        Paragraph hint = new Paragraph(getTranslation("login.hint"));
        hint.setId("login-hint");
        hint.addClassName("portal-hint");

        login.setId("login-form");
        login.setAction(WebSecurityConfig.LOGIN_ROUTE);
        // No self-service reset yet: the help text below says where to get a new password.
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        Paragraph help = new Paragraph(getTranslation("login.help"));
        help.addClassName("portal-hint");

        Div card = new Div(hint, login, help);
        card.addClassName("portal-login-card");
        add(header, card);
        addAttachListener(attach -> PortalLocales.markPageLanguage(attach.getUI()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo(HomeView.class);
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            // Whatever Spring recorded, the page says the same (SignInProblem has one value).
            login.setI18n(i18n());
            login.setError(true);
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.form.title"));
        form.setUsername(getTranslation("login.form.username"));
        form.setPassword(getTranslation("login.form.password"));
        form.setSubmit(getTranslation("login.form.submit"));
        form.setForgotPassword(getTranslation("login.form.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        i18n.setHeader(new LoginI18n.Header());
        i18n.getHeader().setTitle(getTranslation("app.title"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
