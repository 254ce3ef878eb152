package org.ocaq.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.ocaq.security.AccountService;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.PasswordPolicy;
import org.ocaq.security.ProfileSummary;
import org.ocaq.shared.ui.Forms;

import java.util.Map;
import java.util.stream.Collectors;

/** The signed-in person's own account: name, roles, password. The language is chosen in the user menu. */
@Route("profile")
@PermitAll
public class ProfileView extends Main implements HasDynamicTitle {

    public ProfileView(AccountService accounts) {
        addClassName("ocaq-page");
        ProfileSummary profile = accounts.myProfile();

        Paragraph email = new Paragraph(getTranslation("security.profile.email", profile.email()));
        email.setId("profile-email");
        Paragraph roles = new Paragraph(getTranslation("security.profile.roles", profile.roles().stream()
                .map(r -> getTranslation(r.messageKey())).sorted().collect(Collectors.joining(", "))));

        TextField name = new TextField(getTranslation("security.register.name"));
        name.setId("profile-name");
        name.setValue(profile.displayName());
        Button saveName = new Button(getTranslation("security.profile.save-name"));
        saveName.setId("profile-save-name");
        saveName.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveName.addClickListener(click -> {
            try {
                accounts.renameMe(name.getValue());
                name.setInvalid(false);
                Notification.show(getTranslation("security.profile.saved"));
            } catch (FieldProblems problems) {
                Forms.showProblems(problems.byField(), Map.of("displayName", name));
            }
        });

        PasswordField current = new PasswordField(getTranslation("security.profile.current-password"));
        current.setId("profile-current-password");
        PasswordField password = new PasswordField(getTranslation("security.reset.password"));
        password.setId("profile-password");
        password.setHelperText(getTranslation("security.register.password-help", PasswordPolicy.MIN_LENGTH));
        PasswordField repeated = new PasswordField(getTranslation("security.register.password-repeated"));
        repeated.setId("profile-password-repeated");
        Button savePassword = new Button(getTranslation("security.profile.save-password"));
        savePassword.setId("profile-save-password");
        savePassword.addClickListener(click -> {
            try {
                accounts.changeMyPassword(current.getValue(), password.getValue(), repeated.getValue());
                current.clear();
                password.clear();
                repeated.clear();
                Notification.show(getTranslation("security.profile.password-changed"));
            } catch (FieldProblems problems) {
                Forms.showProblems(problems.byField(), Map.of("currentPassword", current, "password", password,
                        "passwordRepeated", repeated));
            }
        });

        Div nameForm = new Div(name, saveName);
        nameForm.addClassName("ocaq-form");
        Div passwordForm = new Div(current, password, repeated, savePassword);
        passwordForm.addClassName("ocaq-form");
        Div column = new Div(email, roles, nameForm, new H2(getTranslation("security.profile.password-title")),
                passwordForm);
        column.addClassName("ocaq-card");
        add(column);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.profile.title");
    }
}
