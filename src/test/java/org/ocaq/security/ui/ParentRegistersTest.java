package org.ocaq.security.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.ocaq.notification.OutboxEntry;
import org.ocaq.notification.OutboxService;
import org.ocaq.security.SystemContext;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent signs up at /register: wrong input is marked field by field in Azerbaijani and nothing typed is lost; a
 * valid form is replaced by the confirmation, the outbox holds the confirmation mail, and its link opens the account.
 */
@ViewPackages(classes = {RegisterView.class, ConfirmEmailView.class, LoginView.class})
class ParentRegistersTest extends BrowserlessUiTest {

    private static final String GOOD_PASSWORD = "Qarabağ atları çapır 2026";

    @Autowired OutboxService outbox;

    private TextField name;
    private EmailField email;
    private PasswordField password;
    private PasswordField passwordRepeated;
    private Button submit;
    private Div done;

    @Test
    void empty_form_marks_every_field_with_a_translated_message() {
        open();

        test(submit()).click();

        assertThat(name().isInvalid()).isTrue();
        assertThat(name().getErrorMessage()).isEqualTo("Adınızı yazın.");
        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).isEqualTo("Düzgün e-poçt ünvanı yazın.");
        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage()).isEqualTo("Şifrə ən azı 12 simvol olmalıdır.");
        assertThat(formOf(name()).isVisible()).isTrue();
        assertThat(done().isVisible()).isFalse();
    }

    @Test
    void invalid_input_is_marked_and_everything_typed_stays() {
        open();
        test(name()).setValue("Leyla Əliyeva");
        test(email()).setValue("leyla-at-example");
        test(password()).setValue("qısa");
        test(passwordRepeated()).setValue("başqa");

        test(submit()).click();

        assertThat(name().getValue()).isEqualTo("Leyla Əliyeva");
        assertThat(email().getValue()).isEqualTo("leyla-at-example");
        assertThat(password().getValue()).isEqualTo("qısa");
        assertThat(passwordRepeated().getValue()).isEqualTo("başqa");
        assertThat(name().isInvalid()).isFalse();
        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).isEqualTo("Düzgün e-poçt ünvanı yazın.");
        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage()).isEqualTo("Şifrə ən azı 12 simvol olmalıdır.");
        assertThat(passwordRepeated().isInvalid()).isTrue();
        assertThat(passwordRepeated().getErrorMessage()).isEqualTo("Şifrələr eyni deyil.");
        assertThat(done().isVisible()).isFalse();

        // Correcting one field clears its mark on the next try, and the other marks stay.
        test(email()).setValue("leyla." + TestData.unique("r") + "@test.example");
        test(submit()).click();
        assertThat(email().isInvalid()).isFalse();
        assertThat(password().isInvalid()).isTrue();
        assertThat(name().getValue()).isEqualTo("Leyla Əliyeva");
        assertThat(formOf(name()).isVisible()).isTrue();
    }

    @Test
    void valid_registration_shows_the_confirmation_and_mails_a_working_link() {
        String address = "leyla." + TestData.unique("r") + "@test.example";
        open();
        test(name()).setValue("Leyla Əliyeva");
        test(email()).setValue(address);
        test(password()).setValue(GOOD_PASSWORD);
        test(passwordRepeated()).setValue(GOOD_PASSWORD);

        test(submit()).click();

        assertThat(formOf(name()).isVisible()).isFalse();
        assertThat(done().isVisible()).isTrue();
        assertThat($(Paragraph.class, done()).single().getText()).isEqualTo(
                address + " ünvanına təsdiq keçidi göndərdik. Hesabı açmaq üçün məktubdakı keçidə daxil olun.");

        List<OutboxEntry> mail = SystemContext.call(() -> outbox.sentTo(address, 10));
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().subject()).isEqualTo("Ocaq: e-poçtunuzu təsdiqləyin");
        assertThat(mail.getFirst().language()).isEqualTo("az");
        assertThat(mail.getFirst().body()).startsWith("Salam, Leyla Əliyeva!");
        Matcher link = Pattern.compile("/(confirm-email/\\S+)").matcher(mail.getFirst().body());
        assertThat(link.find()).isTrue();

        navigate(link.group(1), ConfirmEmailView.class);
        assertThat($(Paragraph.class).id("confirm-result").getText())
                .isEqualTo("E-poçtunuz təsdiqləndi. İndi daxil ola bilərsiniz.");
        assertThat(users.loadUserByUsername(address).isEnabled()).isTrue();
    }

    /** Opens /register and keeps the form's components: the query finds only visible ones, and the form hides. */
    private void open() {
        navigate("register", RegisterView.class);
        name = $(TextField.class).id("register-name");
        email = $(EmailField.class).id("register-email");
        password = $(PasswordField.class).id("register-password");
        passwordRepeated = $(PasswordField.class).id("register-password-repeated");
        submit = $(Button.class).id("register-submit");
        done = anyById(Div.class, "register-done");
    }

    private TextField name() {
        return name;
    }

    private EmailField email() {
        return email;
    }

    private PasswordField password() {
        return password;
    }

    private PasswordField passwordRepeated() {
        return passwordRepeated;
    }

    private Button submit() {
        return submit;
    }

    private Div done() {
        return done;
    }

    private static Component formOf(Component field) {
        return field.getParent().orElseThrow();
    }
}
