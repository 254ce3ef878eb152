package org.ocaq.security.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.ocaq.notification.OutboxEntry;
import org.ocaq.notification.OutboxService;
import org.ocaq.security.AccountService;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.Role;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emailed reset link: an unknown link says so instead of changing anything; a weak password is marked on the form
 * with everything typed kept and the link still usable; a good password is saved once.
 */
@ViewPackages(classes = ResetPasswordView.class)
class ResetPasswordViewTest extends BrowserlessUiTest {

    private static final String NEW_PASSWORD = "Şuşa dağlarında duman 1752";

    @Autowired TestData testData;
    @Autowired AccountService accounts;
    @Autowired OutboxService outbox;
    @Autowired PasswordEncoder passwordEncoder;

    private PasswordField password;
    private PasswordField repeated;
    private Button save;
    private Paragraph result;

    @Test
    void an_invalid_link_says_so_as_soon_as_it_is_opened() {
        open("no-such-token-" + TestData.unique("t"));

        assertThat(result().getText())
                .isEqualTo("Bu keçid etibarsızdır, artıq istifadə olunub və ya vaxtı keçib. Yeni keçid istəyin.");
        assertThat(password().getParent().orElseThrow().isVisible()).isFalse();
    }

    @Test
    void a_weak_password_is_marked_and_the_typed_values_stay() {
        String email = "berpa-" + TestData.unique("r") + "@test.example";
        testData.account(email, "Bərpa Testi", Role.PARENT);
        String token = resetToken(email);
        open(token);

        test(password()).setValue("qısa şifrə");
        test(repeated()).setValue("başqa şifrə");
        test(save()).click();

        assertThat(password().getValue()).isEqualTo("qısa şifrə");
        assertThat(repeated().getValue()).isEqualTo("başqa şifrə");
        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage()).isEqualTo("Şifrə ən azı 12 simvol olmalıdır.");
        assertThat(repeated().isInvalid()).isTrue();
        assertThat(repeated().getErrorMessage()).isEqualTo("Şifrələr eyni deyil.");
        assertThat(result().getText()).isEmpty();
        assertThat(password().getParent().orElseThrow().isVisible()).isTrue();

        // A common password is refused with its own reason; the link still works for a good one afterwards.
        test(password()).setValue("password1234");
        test(repeated()).setValue("password1234");
        test(save()).click();
        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage())
                .isEqualTo("Bu şifrə çox geniş yayılıb, asanlıqla tapılar. Başqa şifrə seçin.");
        assertThat(repeated().isInvalid()).isFalse();

        test(password()).setValue(NEW_PASSWORD);
        test(repeated()).setValue(NEW_PASSWORD);
        test(save()).click();
        assertThat(result().getText()).isEqualTo("Şifrəniz dəyişdirildi. İndi yeni şifrə ilə daxil ola bilərsiniz.");
        assertThat(password().getParent().orElseThrow().isVisible()).isFalse();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, users.loadUserByUsername(email).getPassword())).isTrue();
    }

    private String resetToken(String email) {
        accounts.requestPasswordReset(email);
        List<OutboxEntry> mail = SystemContext.call(() -> outbox.sentTo(email, 10));
        assertThat(mail).hasSize(1);
        Matcher link = Pattern.compile("/reset-password/(\\S+)").matcher(mail.getFirst().body());
        assertThat(link.find()).as(mail.getFirst().body()).isTrue();
        return link.group(1);
    }

    /** Opens the link and keeps the form's components: the query finds only visible ones, and the form hides. */
    private void open(String token) {
        navigate("reset-password/" + token, ResetPasswordView.class);
        // The form is hidden for a dead link, and $() finds only visible components.
        password = anyById(PasswordField.class, "reset-password");
        repeated = anyById(PasswordField.class, "reset-password-repeated");
        save = anyById(Button.class, "reset-submit");
        result = anyById(Paragraph.class, "reset-result");
    }

    private PasswordField password() {
        return password;
    }

    private PasswordField repeated() {
        return repeated;
    }

    private Button save() {
        return save;
    }

    private Paragraph result() {
        return result;
    }
}
