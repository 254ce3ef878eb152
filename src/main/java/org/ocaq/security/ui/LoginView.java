package org.ocaq.security.ui;

import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.ocaq.shared.i18n.UiLocale;
import org.ocaq.shared.ui.LanguagePicker;

import java.util.List;
import java.util.Map;

/** The sign-in page at /login. Every refusal shows the same message, so it reveals no accounts. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final transient AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication, UiLocale uiLocale) {
        this.authentication = authentication;
        addClassName("ocaq-public-page");
        login.setId("login-form");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setI18n(i18n());

        H1 title = new H1(getTranslation("shared.app.name"));
        Paragraph tagline = new Paragraph(getTranslation("shared.app.tagline"));
        Anchor register = new Anchor("register", getTranslation("security.login.register-link"));
        register.setId("register-link");
        Anchor directory = new Anchor("schools", getTranslation("security.login.directory-link"));
        Div links = new Div(register, directory);
        links.addClassName("ocaq-links");
        notice.setId("login-notice");
        notice.setVisible(false);
        Div card = new Div(title, tagline, notice, login, links, new LanguagePicker(uiLocale));
        card.addClassName("ocaq-card");
        add(card);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("security.login.title"));
        form.setUsername(getTranslation("security.login.email"));
        form.setPassword(getTranslation("security.login.password"));
        form.setSubmit(getTranslation("security.login.submit"));
        form.setForgotPassword(getTranslation("security.login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("security.login.error.title"));
        error.setMessage(getTranslation("security.login.error.message"));
        error.setUsername(getTranslation("security.login.error.email-required"));
        error.setPassword(getTranslation("security.login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        login.setError(query.containsKey("error"));
        boolean invited = query.containsKey(InvitationView.ACCEPTED);
        notice.setText(invited ? getTranslation("security.login.invitation-accepted") : "");
        notice.setVisible(invited);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.page-title");
    }
}
