package org.ocaq.journey;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitUntilState;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocaq.devsupport.DemoNetwork;
import org.ocaq.shared.Role;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signing in and out in a real browser: every demo role's home, the session cookie, refusals and the CSP. */
@IntegrationTest
class SignInJourneyTest extends BrowserJourney {

    static final List<String> SECTIONS = List.of("network-overview", "school-overview", "teacher-overview",
            "family-overview", "learner-overview");

    record DemoRole(String name, String email, List<String> sections) {
        @Override
        public String toString() {
            return name + " (" + email + ")";
        }
    }

    static Stream<DemoRole> demoRoles() {
        return Stream.of(
                new DemoRole("admin", DemoNetwork.ADMIN, List.of("network-overview")),
                new DemoRole("coordinator", DemoNetwork.COORDINATOR, List.of("school-overview")),
                new DemoRole("teacher", DemoNetwork.TEACHER, List.of("teacher-overview", "family-overview")),
                new DemoRole("parent", DemoNetwork.PARENT, List.of("family-overview")),
                new DemoRole("student", DemoNetwork.STUDENT, List.of("learner-overview")));
    }

    @Autowired
    TestData testData;

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoRoles")
    void each_demo_role_reaches_its_home_view(DemoRole role) throws IOException {
        signIn(page, role.email(), DemoNetwork.PASSWORD);

        for (String section : SECTIONS) {
            if (role.sections().contains(section)) {
                assertThat(page.locator("#" + section)).isVisible();
            } else {
                assertThat(page.locator("#" + section)).hasCount(0);
            }
        }
        screenshot(page, "home-" + role.name(), true);
        if (role.name().equals("admin")) {
            // The README's picture (docs/screenshots/home-admin.png) is taken from the run command's demo data;
            // this one, at the same desktop size, shows the tests' data as well.
            screenshot(page, "home-admin-desktop", false);
        }
    }

    @Test
    void signing_in_changes_the_session_and_signing_out_ends_it() {
        openLogin(page, url("/login"));
        String anonymousSession = sessionCookie(context).orElseThrow(
                () -> new AssertionError("The sign-in page set no JSESSIONID cookie"));

        submitLogin(page, DemoNetwork.PARENT, DemoNetwork.PASSWORD);
        assertThat(page.locator("#home")).isVisible();
        awaitVaadin(page);
        String signedInSession = sessionCookie(context).orElseThrow();
        Assertions.assertThat(signedInSession).as("session id after sign-in").isNotEqualTo(anonymousSession);

        // The signed-in session cookie carries the sign-in into another browser (so the checks below can tell);
        // the id from before sign-in, which an attacker could have planted or read, carries nothing.
        Assertions.assertThat(sessionOpensHome(signedInSession)).as("signed-in session in a fresh context").isTrue();
        Assertions.assertThat(sessionOpensHome(anonymousSession)).as("pre-sign-in session id").isFalse();

        signOut(page);
        page.navigate(url("/"));
        page.waitForURL("**/login**");
        assertThat(page.locator("#login-form")).isVisible();
        assertThat(page.locator("#home")).hasCount(0);

        Assertions.assertThat(sessionOpensHome(signedInSession)).as("session id after sign-out").isFalse();
        Assertions.assertThat(sessionOpensHome(anonymousSession)).as("pre-sign-in session id after sign-out").isFalse();
    }

    /** Opens "/" in a fresh context that holds only this session cookie: does the server serve the home view? */
    private boolean sessionOpensHome(String sessionId) {
        BrowserContext fresh = newContext(desktop());
        try {
            fresh.addCookies(List.of(sessionCookie(sessionId, port)));
            Response response = fresh.newPage().navigate(url("/"),
                    new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            Assertions.assertThat(response.status()).isEqualTo(200);
            if (response.url().equals(url("/"))) {
                return true;
            }
            Assertions.assertThat(response.url()).as("where an unauthenticated visit is sent").endsWith("/login");
            return false;
        } finally {
            fresh.close();
        }
    }

    @Test
    void wrong_password_and_unknown_account_get_the_same_message() {
        String known = TestData.unique("yanlis") + "@test.example";
        testData.account(known, "Yanlış Şifrə", Role.PARENT);
        String expected = text("security", AZERBAIJANI, "security.login.error.message");

        openLogin(page, url("/login"));
        submitLogin(page, known, "not the password at all");
        String wrongPassword = loginError(page);

        openLogin(page, url("/login"));
        submitLogin(page, TestData.unique("nobody") + "@test.example", "not the password at all");
        String unknownAccount = loginError(page);

        Assertions.assertThat(wrongPassword).contains(expected);
        Assertions.assertThat(unknownAccount).isEqualTo(wrongPassword);
        assertThat(page.locator("#home")).hasCount(0);
    }

    @Test
    void pages_carry_the_content_security_policy_and_work_under_it() {
        for (String path : List.of("/login", "/register", "/forgot-password")) {
            APIResponse response = context.request().get(url(path));
            Assertions.assertThat(response.status()).as(path).isEqualTo(200);
            Assertions.assertThat(response.headers().get("content-security-policy"))
                    .as("CSP of " + path).contains("default-src 'self'").contains("frame-ancestors 'none'");
        }
        openLogin(page, url("/login"));
        Response home = page.waitForResponse(r -> r.url().equals(url("/")) && "GET".equals(r.request().method()),
                () -> submitLogin(page, DemoNetwork.ADMIN, DemoNetwork.PASSWORD));
        Assertions.assertThat(home.headerValue("content-security-policy")).contains("default-src 'self'");
        assertThat(page.locator("#network-overview")).isVisible();
        awaitVaadin(page);

        // The browser enforces it: an image from another origin is refused, and the refusal is noticed.
        page.evaluate("() => { const img = new Image(); img.src = 'http://127.0.0.2:9/csp-probe.png';"
                + " document.body.appendChild(img); }");
        page.waitForCondition(() -> browserMessages().stream()
                .anyMatch(m -> m.contains("Content Security Policy violation: img-src") && m.contains("csp-probe")));
        page.evaluate("() => new Promise(resolve => setTimeout(resolve, 0))");
        forgetBrowserMessagesContaining("csp-probe");
    }

    private static String loginError(Page page) {
        page.waitForURL("**/login?error**");
        // The form's own message; the fields' error slots stay empty and so invisible.
        var error = page.locator("#login-form [part=error-message]")
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(error).isVisible();
        return error.innerText().strip();
    }
}
