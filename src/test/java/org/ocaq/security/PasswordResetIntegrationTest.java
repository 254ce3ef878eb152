package org.ocaq.security;

import org.ocaq.testsupport.SignInClient;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.notification.OutboxService;
import org.ocaq.shared.Role;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.TestData;
import org.ocaq.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** "Forgot your password?": the one-time, one-hour link, and what it does to signing in. */
@IntegrationTest
class PasswordResetIntegrationTest {

    private static final String NEW_PASSWORD = "Yeni şifrə: Xəzər dənizi 2027";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(15);

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired OutboxService outbox;
    @Autowired TestData testData;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String freshAccount() {
        String email = TestData.unique("sifre") + "@test.example";
        testData.account(email, "Orxan Məlikov", Role.PARENT);
        return email;
    }

    /** Asks for a link and returns its token once the mail (the n-th to this address) has arrived. */
    private String requestLink(String email, int nthMail) {
        accounts.requestPasswordReset(email);
        MimeMessage mail = TestMail.awaitTo(email, nthMail, MAIL_WAIT).get(nthMail - 1);
        String link = TestMail.link(mail, "/reset-password/");
        assertThat(link).startsWith("http://localhost:8080/reset-password/");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void an_existing_account_gets_a_reset_link_in_its_language() {
        String email = freshAccount();
        requestLink(email, 1);

        MimeMessage mail = TestMail.to(email).get(0);
        assertThat(RegistrationIntegrationTest.subject(mail)).isEqualTo("Ocaq: şifrənin yenilənməsi");
        assertThat(TestMail.body(mail)).startsWith("Salam, Orxan Məlikov!").contains("bir saat etibarlıdır");
    }

    @Test
    void an_unknown_address_gets_nothing_and_the_answer_is_the_same() {
        String unknown = TestData.unique("yoxdur") + "@test.example";
        assertThatCode(() -> accounts.requestPasswordReset(unknown)).doesNotThrowAnyException();
        assertThatCode(() -> accounts.requestPasswordReset("not an address")).doesNotThrowAnyException();
        assertThatCode(() -> accounts.requestPasswordReset(null)).doesNotThrowAnyException();

        assertThat(SystemContext.call(() -> outbox.sentTo(unknown, 10))).as("no mail was written").isEmpty();
        // Mail is delivered in order: once a later request's mail has arrived, nothing to the unknown address is on its way.
        String known = freshAccount();
        requestLink(known, 1);
        assertThat(TestMail.to(unknown)).isEmpty();
    }

    @Test
    void a_reset_link_works_once() {
        String email = freshAccount();
        String token = requestLink(email, 1);

        assertThat(accounts.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD)).isTrue();
        assertThat(accounts.resetPassword(token, NEW_PASSWORD + "!", NEW_PASSWORD + "!")).isFalse();
        assertThat(accounts.resetPassword(token + "x", NEW_PASSWORD, NEW_PASSWORD)).as("a made-up link").isFalse();
    }

    @Test
    void a_reset_link_older_than_an_hour_is_refused() {
        String email = freshAccount();
        String token = requestLink(email, 1);

        clock.advance(Duration.ofMinutes(61));
        assertThat(accounts.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD)).isFalse();
    }

    @Test
    void a_weak_new_password_is_refused_and_the_link_stays_usable() {
        String email = freshAccount();
        String token = requestLink(email, 1);

        FieldProblems tooShort = catchThrowableOfType(FieldProblems.class,
                () -> accounts.resetPassword(token, "qısa", "qısa"));
        assertThat(tooShort).isNotNull();
        assertThat(tooShort.byField()).isEqualTo(Map.of("password", List.of("security.password.too-short")));

        FieldProblems common = catchThrowableOfType(FieldProblems.class,
                () -> accounts.resetPassword(token, "123456789012", "123456789012"));
        assertThat(common).isNotNull();
        assertThat(common.byField()).isEqualTo(Map.of("password", List.of("security.password.common")));

        FieldProblems differ = catchThrowableOfType(FieldProblems.class,
                () -> accounts.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD + "?"));
        assertThat(differ).isNotNull();
        assertThat(differ.byField()).isEqualTo(Map.of("passwordRepeated", List.of("security.register.passwords-differ")));

        assertThat(accounts.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD)).isTrue();
    }

    @Test
    void a_new_link_invalidates_the_older_one() {
        String email = freshAccount();
        String older = requestLink(email, 1);
        String newer = requestLink(email, 2);

        assertThat(newer).isNotEqualTo(older);
        assertThat(accounts.resetPassword(older, NEW_PASSWORD, NEW_PASSWORD)).isFalse();
        assertThat(accounts.resetPassword(newer, NEW_PASSWORD, NEW_PASSWORD)).isTrue();
    }

    @Test
    void a_reset_link_is_not_an_email_confirmation_link() {
        String email = freshAccount();
        String token = requestLink(email, 1);

        assertThat(accounts.confirmEmail(token)).isFalse();
        assertThat(accounts.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD)).as("and it is still unused").isTrue();
    }

    @Test
    void after_a_reset_the_new_password_signs_in_and_the_old_one_no_longer_does() {
        String email = freshAccount();
        assertThat(SignInClient.succeeded(new SignInClient(port).signIn(email, TestData.PASSWORD))).isTrue();

        String token = requestLink(email, 1);
        assertThat(accounts.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD)).isTrue();

        assertThat(SignInClient.refused(new SignInClient(port).signIn(email, TestData.PASSWORD)))
                .as("the old password").isTrue();
        assertThat(SignInClient.succeeded(new SignInClient(port).signIn(email, NEW_PASSWORD)))
                .as("the new password").isTrue();
    }
}
