package org.ocaq.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.ocaq.security.AccountService;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.PasswordPolicy;
import org.ocaq.security.RegistrationForm;
import org.ocaq.shared.i18n.UiLocale;
import org.ocaq.shared.ui.Forms;
import org.ocaq.shared.ui.LanguagePicker;

import java.util.Map;

/** Parents sign up at /register; the account opens once the emailed link is followed. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends Main implements HasDynamicTitle {

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordRepeated = new PasswordField();

    public RegisterView(AccountService accounts, UiLocale uiLocale) {
        addClassName("ocaq-public-page");
        name.setLabel(getTranslation("security.register.name"));
        name.setId("register-name");
        name.setRequiredIndicatorVisible(true);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setLabel(getTranslation("security.register.email"));
        email.setId("register-email");
        email.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("security.register.password"));
        password.setHelperText(getTranslation("security.register.password-help", PasswordPolicy.MIN_LENGTH));
        password.setId("register-password");
        password.setRequiredIndicatorVisible(true);
        passwordRepeated.setLabel(getTranslation("security.register.password-repeated"));
        passwordRepeated.setId("register-password-repeated");
        passwordRepeated.setRequiredIndicatorVisible(true);

        Button submit = new Button(getTranslation("security.register.submit"));
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);

        Div done = new Div();
        done.setId("register-done");
        done.setVisible(false);

        Div form = new Div(name, email, password, passwordRepeated, submit);
        form.addClassName("ocaq-form");
        submit.addClickListener(click -> {
            try {
                accounts.registerParent(new RegistrationForm(name.getValue(), email.getValue(), password.getValue(),
                        passwordRepeated.getValue(), getLocale()));
                form.setVisible(false);
                done.add(new Paragraph(getTranslation("security.register.done", email.getValue())));
                done.setVisible(true);
            } catch (FieldProblems problems) {
                Forms.showProblems(problems.byField(), Map.of("displayName", name, "email", email,
                        "password", password, "passwordRepeated", passwordRepeated));
            }
        });

        Div card = new Div(new H1(getTranslation("security.register.title")),
                new Paragraph(getTranslation("security.register.intro")), form, done,
                new Anchor("login", getTranslation("security.register.have-account")), new LanguagePicker(uiLocale));
        card.addClassName("ocaq-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.register.title");
    }
}
