package org.ocaq.journey;

import jakarta.mail.internet.MimeMessage;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.ocaq.shared.Role;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.ocaq.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The journeys that go through an emailed link: a parent's sign-up and a password reset. */
@IntegrationTest
class EmailLinkJourneyTest extends BrowserJourney {

    static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @Autowired
    TestData testData;

    @Test
    void a_parent_registers_confirms_the_email_and_signs_in() {
        String email = TestData.unique("qeydiyyat") + "@test.example";
        String password = "Bakı küləyi 2026 bahar";

        page.navigate(url("/register"));
        assertThat(page.locator("#register-name input")).isVisible();
        awaitVaadin(page);
        page.locator("#register-name input").fill("Leyla Həsənova");
        page.locator("#register-email input").fill(email);
        page.locator("#register-password input").fill(password);
        page.locator("#register-password-repeated input").fill(password);
        page.locator("#register-submit").click();
        assertThat(page.locator("#register-done")).isVisible();
        assertThat(page.locator("#register-done")).containsText(email);

        // Not yet confirmed: sign-in is refused.
        openLogin(page, url("/login"));
        submitLogin(page, email, password);
        page.waitForURL("**/login?error**");

        MimeMessage mail = TestMail.awaitTo(email, 1, MAIL_WAIT).get(0);
        String link = onThisServer(TestMail.link(mail, "/confirm-email/"));
        page.navigate(link);
        assertThat(page.locator("#confirm-result")).hasText(text("security", AZERBAIJANI, "security.confirm.ok"));

        signIn(page, email, password);
        assertThat(page.locator("#family-overview")).isVisible();
        assertThat(page.locator("#network-overview")).hasCount(0);
        screenshot(page, "home-registered-parent", true);

        // The confirmation link works once.
        page.navigate(link);
        assertThat(page.locator("#confirm-result")).hasText(text("security", AZERBAIJANI, "security.confirm.invalid"));
    }

    @Test
    void a_forgotten_password_is_reset_by_a_link_that_works_once() {
        String email = TestData.unique("unutqan") + "@test.example";
        testData.account(email, "Unutqan Valideyn", Role.PARENT);
        String newPassword = "Göygöl sahilində yeni şifrə";

        page.navigate(url("/forgot-password"));
        assertThat(page.locator("#forgot-email input")).isVisible();
        awaitVaadin(page);
        page.locator("#forgot-email input").fill(email);
        page.locator("#forgot-submit").click();
        assertThat(page.locator("#forgot-done")).hasText(text("security", AZERBAIJANI, "security.forgot.done"));

        MimeMessage mail = TestMail.awaitTo(email, 1, MAIL_WAIT).get(0);
        String link = onThisServer(TestMail.link(mail, "/reset-password/"));
        setPassword(link, newPassword);
        assertThat(page.locator("#reset-result")).hasText(text("security", AZERBAIJANI, "security.reset.ok"));

        signIn(page, email, newPassword);
        assertThat(page.locator("#family-overview")).isVisible();
        signOut(page);

        // The old password no longer works.
        submitLogin(page, email, TestData.PASSWORD);
        page.waitForURL("**/login?error**");
        assertThat(page.locator("#home")).hasCount(0);

        // The same link a second time is refused: at once, or at the latest when a password is sent with it.
        page.navigate(link);
        assertThat(page.locator("#reset-result")).isAttached();
        awaitVaadin(page);
        if (page.locator("#reset-password input").isVisible()) {
            page.locator("#reset-password input").fill("Bu şifrə qəbul olunmamalıdır");
            page.locator("#reset-password-repeated input").fill("Bu şifrə qəbul olunmamalıdır");
            page.locator("#reset-submit").click();
        }
        assertThat(page.locator("#reset-result")).hasText(text("security", AZERBAIJANI, "security.reset.invalid"));
        assertThat(page.locator("#reset-password input")).not().isVisible();
        Assertions.assertThat(TestMail.to(email)).hasSize(1);
    }

    private void setPassword(String link, String password) {
        page.navigate(link);
        assertThat(page.locator("#reset-password input")).isVisible();
        awaitVaadin(page);
        page.locator("#reset-password input").fill(password);
        page.locator("#reset-password-repeated input").fill(password);
        page.locator("#reset-submit").click();
    }
}
