package org.ocaq.security;

import org.ocaq.testsupport.SignInClient;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;
import org.ocaq.shared.Role;
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
        String link = TestMail.link(mail, "/invitation/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(SignInClient.refused(new SignInClient(port).signIn(email, PASSWORD))).isTrue();

        InvitationSummary invitation = accounts.openInvitation(token).orElseThrow();
        assertThat(invitation.displayName()).isEqualTo("Nərmin Quliyeva");
        assertThat(invitation.roles()).containsExactly(Role.COORDINATOR);
        assertThat(invitation.schoolNames()).containsExactly(
                SystemContext.call(() -> schools.getSchool(world.schoolId())).form().name());
        assertThat(accounts.acceptInvitation(token, PASSWORD, PASSWORD)).isTrue();
        assertThat(accounts.acceptInvitation(token, PASSWORD + "!", PASSWORD + "!")).as("the link works once")
                .isFalse();
        assertThat(accounts.openInvitation(token)).as("a used link").isEmpty();

        assertThat(SignInClient.succeeded(new SignInClient(port).signIn(email, PASSWORD))).isTrue();
        // The invitation made them the school's coordinator.
        assertThat(TestData.as(users, email, () -> schools.coordinatedSchools()))
                .extracting(SchoolSummary::id).containsExactly(world.schoolId());
    }

    @Test
    void an_invitation_link_resets_no_password_and_a_reset_link_accepts_no_invitation() {
        TestData.World world = testData.world();
        String invited = TestData.unique("devet-qarisiq") + "@test.example";
        SystemContext.run(() -> schools.inviteCoordinator(world.schoolId(), invited, "Qarışıq Dəvət", Locale.ENGLISH));
        String invitation = TestMail.link(TestMail.awaitTo(invited, 1, MAIL_WAIT).getFirst(), "/invitation/");
        String invitationToken = invitation.substring(invitation.lastIndexOf('/') + 1);

        assertThat(accounts.isPasswordLinkUsable(invitationToken)).isFalse();
        assertThat(accounts.resetPassword(invitationToken, PASSWORD, PASSWORD)).isFalse();
        assertThat(accounts.openInvitation(invitationToken)).as("still unused").isPresent();

        String parent = TestData.unique("berpa-qarisiq") + "@test.example";
        testData.account(parent, "Bərpa Qarışıq", Role.PARENT);
        accounts.requestPasswordReset(parent);
        String reset = TestMail.link(TestMail.awaitTo(parent, 1, MAIL_WAIT).getFirst(), "/reset-password/");
        String resetToken = reset.substring(reset.lastIndexOf('/') + 1);

        assertThat(accounts.openInvitation(resetToken)).isEmpty();
        assertThat(accounts.acceptInvitation(resetToken, PASSWORD, PASSWORD)).isFalse();
        assertThat(accounts.isPasswordLinkUsable(resetToken)).as("still unused").isTrue();
        assertThat(accounts.openInvitation(null)).isEmpty();
        assertThat(accounts.openInvitation("")).isEmpty();
    }
}
