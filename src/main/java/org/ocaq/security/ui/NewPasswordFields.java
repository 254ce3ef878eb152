package org.ocaq.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import org.ocaq.security.PasswordPolicy;
import org.ocaq.shared.ui.Forms;

import java.util.List;
import java.util.Map;

/**
 * A new password typed twice, with the policy as help and the service's problems shown on the fields; and the button
 * that submits it (Enter works too). Used where a password is chosen from an emailed link.
 */
final class NewPasswordFields {

    final PasswordField password;
    final PasswordField repeated;
    final Button submit;

    NewPasswordFields(Component view, String idPrefix, String labelKey, String submitKey) {
        password = new PasswordField(view.getTranslation(labelKey));
        password.setId(idPrefix + "-password");
        password.setHelperText(view.getTranslation("security.register.password-help", PasswordPolicy.MIN_LENGTH));
        repeated = new PasswordField(view.getTranslation("security.register.password-repeated"));
        repeated.setId(idPrefix + "-password-repeated");
        submit = new Button(view.getTranslation(submitKey));
        submit.setId(idPrefix + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
    }

    /** Marks the fields the service found wrong; an empty map clears them. */
    void showProblems(Map<String, List<String>> problems) {
        Forms.showProblems(problems, Map.of("password", password, "passwordRepeated", repeated));
    }
}
