package org.ocaq.security.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.ocaq.notification.OutboxEntry;
import org.ocaq.notification.OutboxService;
import org.ocaq.school.SchoolService;
import org.ocaq.security.AccountService;
import org.ocaq.security.ScopeKind;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.Role;
import org.ocaq.shared.i18n.Languages;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emailed invitation link opens /invitation/&lt;token&gt;: it greets the invited person, names the role and the
 * school, sets the password once and sends them to sign in. Invitation and reset links do not open each other's page.
 */
@ViewPackages(classes = {InvitationView.class, ResetPasswordView.class, LoginView.class})
class InvitationViewTest extends BrowserlessUiTest {

    private static final String PASSWORD = "Qəbələ meşəsində dəvət 2026";

    @Autowired TestData testData;
    @Autowired AccountService accounts;
    @Autowired SchoolService schools;
    @Autowired OutboxService outbox;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void an_invited_teacher_is_greeted_sets_a_password_and_is_sent_to_sign_in() {
        TestData.World world = testData.world();
        String schoolName = SystemContext.call(() -> schools.getSchool(world.schoolId())).form().name();
        String email = TestData.unique("devetli-muellim") + "@test.example";
        SystemContext.run(() -> accounts.invite(email, "Elçin Həsənov", Languages.AZERBAIJANI, Role.TEACHER,
                ScopeKind.TEACHING_SCHOOL, world.schoolId()));
        String token = token(email, "/invitation/");

        navigate("invitation/" + token, InvitationView.class);
        assertThat($(Paragraph.class).id("invitation-greeting").getText()).isEqualTo("Salam, Elçin Həsənov!");
        assertThat($(Paragraph.class).id("invitation-roles").getText())
                .isEqualTo("Sizi Ocaq-a dəvət etdik: Müəllim (" + schoolName + ").");

        PasswordField password = $(PasswordField.class).id("invitation-password");
        PasswordField repeated = $(PasswordField.class).id("invitation-password-repeated");
        test(password).setValue("qısa şifrə");
        test(repeated).setValue("qısa şifrə");
        test($(Button.class).id("invitation-submit")).click();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Şifrə ən azı 12 simvol olmalıdır.");
        assertThat(password.getValue()).isEqualTo("qısa şifrə");

        test(password).setValue(PASSWORD);
        test(repeated).setValue(PASSWORD);
        test($(Button.class).id("invitation-submit")).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("login");
        assertThat($(Paragraph.class).id("login-notice").getText())
                .isEqualTo("Şifrəniz təyin olundu. İndi e-poçt ünvanınız və şifrənizlə daxil olun.");
        assertThat(passwordEncoder.matches(PASSWORD, users.loadUserByUsername(email).getPassword())).isTrue();
        assertThat(users.loadUserByUsername(email).isEnabled()).isTrue();

        // The link works once.
        navigate("invitation/" + token, InvitationView.class);
        assertThat($(Paragraph.class).id("invitation-result").getText()).isEqualTo(INVALID);
        assertThat(present("invitation-password")).isFalse();
    }

    @Test
    void an_invitation_link_does_not_open_the_reset_page_nor_a_reset_link_the_invitation_page() {
        TestData.World world = testData.world();
        String invited = TestData.unique("devetli") + "@test.example";
        SystemContext.run(() -> schools.inviteCoordinator(world.schoolId(), invited, "Nərmin Quliyeva",
                Languages.AZERBAIJANI));
        String invitationToken = token(invited, "/invitation/");

        navigate("reset-password/" + invitationToken, ResetPasswordView.class);
        assertThat(anyById(Paragraph.class, "reset-result").getText())
                .isEqualTo("Bu keçid etibarsızdır, artıq istifadə olunub və ya vaxtı keçib. Yeni keçid istəyin.");
        assertThat(present("reset-password")).isFalse();

        String parent = TestData.unique("berpa") + "@test.example";
        testData.account(parent, "Bərpa Testi", Role.PARENT);
        accounts.requestPasswordReset(parent);
        String resetToken = token(parent, "/reset-password/");

        navigate("invitation/" + resetToken, InvitationView.class);
        assertThat($(Paragraph.class).id("invitation-result").getText()).isEqualTo(INVALID);
        assertThat(present("invitation-password")).isFalse();

        navigate("invitation/no-such-token-" + TestData.unique("t"), InvitationView.class);
        assertThat($(Paragraph.class).id("invitation-result").getText()).isEqualTo(INVALID);

        // Both links still work on their own pages.
        navigate("invitation/" + invitationToken, InvitationView.class);
        assertThat(present("invitation-password")).isTrue();
        navigate("reset-password/" + resetToken, ResetPasswordView.class);
        assertThat(present("reset-password")).isTrue();
    }

    private static final String INVALID = "Bu dəvət keçidi etibarsızdır: artıq istifadə olunub və ya vaxtı keçib. "
            + "Sizi dəvət edən şəxsdən yeni dəvət istəyin.";

    private String token(String email, String path) {
        List<OutboxEntry> mail = SystemContext.call(() -> outbox.sentTo(email, 10));
        assertThat(mail).hasSize(1);
        Matcher link = Pattern.compile(Pattern.quote(path) + "(\\S+)").matcher(mail.getFirst().body());
        assertThat(link.find()).as(mail.getFirst().body()).isTrue();
        return link.group(1);
    }
}
