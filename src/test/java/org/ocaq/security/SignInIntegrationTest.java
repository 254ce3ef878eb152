package org.ocaq.security;

import org.ocaq.testsupport.SignInClient;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.shared.Role;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in over real HTTP, through the whole filter chain: the form post, the throttle, the new session id and the
 * security headers. Every test uses fresh accounts; all of them together spend 7 of the 30 failed sign-ins the
 * throttle allows one client address per 15 minutes.
 */
@IntegrationTest
class SignInIntegrationTest {

    @LocalServerPort int port;
    @Autowired TestData testData;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String freshAccount(String stem) {
        String email = TestData.unique(stem) + "@test.example";
        testData.account(email, "Sınaq " + stem, Role.PARENT);
        return email;
    }

    @Test
    void correct_credentials_sign_in_and_open_the_application() {
        String email = freshAccount("signin");
        SignInClient browser = new SignInClient(port);

        assertThat(browser.get("/").statusCode()).as("before sign-in the home page sends to the sign-in page")
                .isEqualTo(302);
        HttpResponse<String> response = browser.signIn(email, TestData.PASSWORD);

        assertThat(SignInClient.succeeded(response)).as("redirect %s", SignInClient.location(response)).isTrue();
        assertThat(browser.get("/").statusCode()).as("the signed-in session opens the home page").isEqualTo(200);
    }

    @Test
    void an_email_typed_in_capitals_and_with_spaces_signs_in_all_the_same() {
        String email = freshAccount("capitals");
        HttpResponse<String> response = new SignInClient(port).signIn("  " + email.toUpperCase() + " ",
                TestData.PASSWORD);
        assertThat(SignInClient.succeeded(response)).as("redirect %s", SignInClient.location(response)).isTrue();
    }

    @Test
    void wrong_password_and_unknown_account_get_the_identical_answer() {
        String email = freshAccount("wrong");

        HttpResponse<String> wrongPassword = new SignInClient(port).signIn(email, "not the password at all");
        HttpResponse<String> unknownAccount = new SignInClient(port)
                .signIn(TestData.unique("nobody") + "@test.example", "not the password at all");

        assertThat(SignInClient.refused(wrongPassword)).as("redirect %s", SignInClient.location(wrongPassword))
                .isTrue();
        assertThat(unknownAccount.statusCode()).isEqualTo(wrongPassword.statusCode());
        assertThat(SignInClient.location(unknownAccount)).isEqualTo(SignInClient.location(wrongPassword));
        assertThat(unknownAccount.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_a_while_but_not_the_client() {
        String victim = freshAccount("victim");
        String neighbour = freshAccount("neighbour");
        SignInClient attacker = new SignInClient(port);

        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> response = attacker.signIn(victim, "guess number " + attempt);
            assertThat(SignInClient.refused(response)).as("guess %d", attempt).isTrue();
        }

        HttpResponse<String> owner = new SignInClient(port).signIn(victim, TestData.PASSWORD);
        assertThat(SignInClient.refused(owner)).as("even the correct password is refused while throttled").isTrue();

        HttpResponse<String> other = new SignInClient(port).signIn(neighbour, TestData.PASSWORD);
        assertThat(SignInClient.succeeded(other)).as("another account from the same address still signs in")
                .isTrue();

        clock.advance(Duration.ofMinutes(16));
        HttpResponse<String> later = new SignInClient(port).signIn(victim, TestData.PASSWORD);
        assertThat(SignInClient.succeeded(later)).as("after the 15-minute window the owner signs in").isTrue();
    }

    @Test
    void the_session_id_changes_at_sign_in() {
        String email = freshAccount("session");
        SignInClient browser = new SignInClient(port);

        browser.get("/login");
        String before = browser.sessionId().orElseThrow(() -> new AssertionError("the sign-in page made no session"));
        HttpResponse<String> response = browser.postLogin(email, TestData.PASSWORD);
        String after = browser.sessionId().orElseThrow();

        assertThat(SignInClient.succeeded(response)).isTrue();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void security_headers_are_on_the_sign_in_page_and_the_application() {
        SignInClient browser = new SignInClient(port);
        assertSecurityHeaders("GET /login", browser.get("/login"));
        assertSecurityHeaders("GET / (visitor)", browser.get("/"));

        assertThat(SignInClient.succeeded(browser.signIn(freshAccount("headers"), TestData.PASSWORD))).isTrue();
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertSecurityHeaders("GET / (signed in)", home);
    }

    private static void assertSecurityHeaders(String what, HttpResponse<?> response) {
        var headers = response.headers();
        assertThat(headers.allValues("Content-Security-Policy")).as(what).hasSize(1);
        String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).as(what).contains("frame-ancestors 'none'").contains("default-src 'self'")
                .contains("object-src 'none'");
        assertThat(headers.allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
        assertThat(headers.allValues("Referrer-Policy")).as(what).containsExactly("strict-origin-when-cross-origin");
        assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
    }
}
