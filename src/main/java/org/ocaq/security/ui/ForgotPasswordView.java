package org.ocaq.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.ocaq.security.AccountService;

/** Asks for a password-reset link; answers the same whether or not the address has an account. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Main implements HasDynamicTitle {

    public ForgotPasswordView(AccountService accounts) {
        addClassName("ocaq-public-page");
        EmailField email = new EmailField(getTranslation("security.forgot.email"));
        email.setId("forgot-email");
        email.setRequiredIndicatorVisible(true);
        Button send = new Button(getTranslation("security.forgot.submit"));
        send.setId("forgot-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        Paragraph done = new Paragraph();
        done.setId("forgot-done");
        send.addClickListener(click -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setErrorMessage(getTranslation("security.register.email-invalid"));
                email.setInvalid(true);
                return;
            }
            accounts.requestPasswordReset(email.getValue());
            done.setText(getTranslation("security.forgot.done"));
        });
        Div card = new Div(new H1(getTranslation("security.forgot.title")),
                new Paragraph(getTranslation("security.forgot.intro")), email, send, done,
                new Anchor("login", getTranslation("security.confirm.sign-in")));
        card.addClassName("ocaq-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.forgot.title");
    }
}
