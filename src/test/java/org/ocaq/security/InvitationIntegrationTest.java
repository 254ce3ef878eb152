package org.ocaq.security;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.ocaq.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** An invitation: the email in the invitee's language, the one-time link that sets the password, and signing in. */
@IntegrationTest
class InvitationIntegrationTest {

    private static final String PASSWORD = "Dəvətlə gələn koordinator 2026";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(15);

    @LocalServerPort int port;
    @Autowired SchoolService schools;
    @Autowired AccountService accounts;
    @Autowired TestData testData;
    @Autowired UserDetailsService users;

    @Test
    void an_invited_coordinator_gets_a_link_in_their_language_sets_a_password_once_and_signs_in() {
        TestData.World world = testData.world();
        String email = TestData.unique("koord-devet") + "@test.example";

        SystemContext.run(() -> schools.inviteCoordinator(world.schoolId(), email, "Nərmin Quliyeva",
                Locale.ENGLISH));

        MimeMessage mail = TestMail.awaitTo(email, 1, MAIL_WAIT).getFirst();
        assertThat(TestMail.body(mail)).startsWith("Hello Nərmin Quliyeva,").contains("seven days");
        String link = TestMail.link(mail, "/reset-password/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(SignInClient.refused(new SignInClient(port).signIn(email, PASSWORD))).isTrue();

        assertThat(accounts.isPasswordLinkUsable(token)).isTrue();
        assertThat(accounts.resetPassword(token, PASSWORD, PASSWORD)).isTrue();
        assertThat(accounts.resetPassword(token, PASSWORD + "!", PASSWORD + "!")).as("the link works once").isFalse();

        assertThat(SignInClient.succeeded(new SignInClient(port).signIn(email, PASSWORD))).isTrue();
        // The invitation made them the school's coordinator.
        assertThat(TestData.as(users, email, () -> schools.coordinatedSchools()))
                .extracting(SchoolSummary::id).containsExactly(world.schoolId());
    }

}
