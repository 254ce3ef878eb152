package org.ocaq.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.options.ScreenshotCaret;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ocaq.testsupport.TestMail;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Real-browser journeys: Debian's Chromium driven by Playwright against the application on its random port. One
 * browser for the run ({@link ChromiumExtension}), a fresh context (cookies, storage, cache) per test. Every console
 * message, page error and failed response of the test's pages is collected, and a test fails if any of them is about
 * the Content-Security-Policy, is an uncaught script error or is a resource that did not load. Without Chromium the
 * tests are skipped, except under {@code CI=true}, where that is a failure.
 */
abstract class BrowserJourney {

    static final int DESKTOP_WIDTH = 1280;
    static final int DESKTOP_HEIGHT = 800;
    static final String AZERBAIJANI = "az";
    static final String ENGLISH = "en";

    /** Reports CSP violations to the console as well, whatever Chromium itself logs about them. */
    private static final String REPORT_CSP_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => console.error(
                'Content Security Policy violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));
            """;

    /**
     * The tests run Vaadin in development mode, whose tools (Copilot, the dev-tools badge and its "development mode"
     * notice) float over the application and catch clicks; they are not part of the application, so they are hidden.
     */
    private static final String HIDE_DEV_TOOLS = """
            (() => {
              const hide = () => {
                const style = document.createElement('style');
                style.textContent = 'copilot-main, vaadin-dev-tools { display: none !important; }';
                (document.head || document.documentElement).appendChild(style);
              };
              if (document.readyState === 'loading') {
                document.addEventListener('DOMContentLoaded', hide);
              } else {
                hide();
              }
            })();
            """;

    @RegisterExtension
    static final ChromiumExtension chromium = new ChromiumExtension();

    @LocalServerPort
    int port;

    /** The test's first context and page, at desktop size. */
    BrowserContext context;
    Page page;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> browserMessages = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openDesktopContext() {
        context = newContext(desktop());
        page = context.newPage();
    }

    @AfterEach
    void closeContextsAndCheckConsole() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        browserMessages.stream().filter(m -> !m.startsWith("console debug"))
                .forEach(m -> System.out.println("browser> " + m));
        Assertions.assertAll(
                () -> Assertions.assertEquals(List.of(), messagesMatching("content security policy",
                        "content-security-policy"), "The browser reported CSP problems"),
                () -> Assertions.assertEquals(List.of(), messagesMatching("page error:"),
                        "Uncaught errors in the page"),
                () -> Assertions.assertEquals(List.of(), messagesMatching("failed to load resource", "response 4",
                        "response 5"), "Resources that failed to load"));
    }

    private List<String> messagesMatching(String... fragments) {
        return browserMessages.stream()
                .filter(m -> Arrays.stream(fragments).anyMatch(f -> m.toLowerCase(Locale.ROOT).contains(f)))
                .toList();
    }

    static Browser.NewContextOptions desktop() {
        return new Browser.NewContextOptions()
                .setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT)
                .setLocale(AZERBAIJANI);
    }

    static Browser.NewContextOptions phone() {
        return new Browser.NewContextOptions()
                .setViewportSize(360, 740)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale(AZERBAIJANI);
    }

    /** A new, empty browser context (no cookies) whose console is watched; closed after the test. */
    BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext created = chromium.browser().newContext(options);
        created.setDefaultTimeout(20_000);
        created.setDefaultNavigationTimeout(40_000);
        created.addInitScript(REPORT_CSP_VIOLATIONS);
        created.addInitScript(HIDE_DEV_TOOLS);
        created.onConsoleMessage(m -> browserMessages.add("console " + m.type() + ": " + m.text()
                + ("error".equals(m.type()) ? " (at " + m.location() + ")" : "")));
        created.onWebError(e -> browserMessages.add("page error: " + e.error()));
        if (Boolean.getBoolean("journey.trace")) { // -Djourney.trace=true lists every request
            created.onRequestFinished(r -> System.out.println("TRACE " + r.method() + " " + r.url() + " "
                    + r.timing().responseEnd + " " + r.sizes().responseBodySize));
        }
        created.onResponse(r -> {
            if (r.status() >= 400) {
                browserMessages.add("response " + r.status() + ": " + r.url());
            }
        });
        contexts.add(created);
        return created;
    }

    /** Everything the browser logged so far in this test (console messages and page errors). */
    List<String> browserMessages() {
        return browserMessages;
    }

    /** Forgets logged messages that a test caused on purpose and has checked itself. */
    void forgetBrowserMessagesContaining(String text) {
        browserMessages.removeIf(m -> m.contains(text));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** An emailed link points to the configured base URL; open it on this test server instead. */
    String onThisServer(String emailedLink) {
        return emailedLink.replaceFirst("^https?://[^/]+", "http://localhost:" + port);
    }

    /** Waits until Vaadin has started and has no request to the server in flight. */
    static void awaitVaadin(Page page) {
        page.waitForFunction("""
                () => {
                  const flow = window.Vaadin && window.Vaadin.Flow;
                  if (!flow || !flow.clients) return false;
                  const clients = Object.values(flow.clients).filter(c => typeof c.isActive === 'function');
                  return clients.length > 0 && clients.every(c => !c.isActive());
                }""", null, new Page.WaitForFunctionOptions().setTimeout(60_000)); // a loaded 2-core CI machine is slow
    }

    /** Opens the sign-in page and waits for the form. */
    static void openLogin(Page page, String loginUrl) {
        page.navigate(loginUrl);
        assertThat(page.locator("#login-form input[name=username]")).isVisible();
        awaitVaadin(page);
    }

    /** Fills and submits the sign-in form on an open sign-in page. */
    static void submitLogin(Page page, String email, String password) {
        Locator form = page.locator("#login-form");
        form.locator("input[name=username]").fill(email);
        form.locator("input[name=password]").fill(password);
        form.locator("vaadin-button[slot=submit]").click();
    }

    /** Signs up as a parent at /register and follows the emailed confirmation link. */
    void registerAndConfirm(Page page, String name, String email, String password) {
        page.navigate(url("/register"));
        assertThat(page.locator("#register-name input")).isVisible();
        awaitVaadin(page);
        page.locator("#register-name input").fill(name);
        page.locator("#register-email input").fill(email);
        page.locator("#register-password input").fill(password);
        page.locator("#register-password-repeated input").fill(password);
        page.locator("#register-submit").click();
        assertThat(page.locator("#register-done")).isVisible();
        MimeMessage mail = TestMail.awaitTo(email, 1, Duration.ofSeconds(30)).get(0);
        page.navigate(onThisServer(TestMail.link(mail, "/confirm-email/")));
        assertThat(page.locator("#confirm-result")).hasText(text("security", AZERBAIJANI, "security.confirm.ok"));
    }

    /** Signs in through /login and waits for the home view. */
    void signIn(Page page, String email, String password) {
        openLogin(page, url("/login"));
        submitLogin(page, email, password);
        assertThat(page.locator("#home")).isVisible();
        awaitVaadin(page);
    }

    /** Signs out through the user menu and waits for the sign-in page. */
    static void signOut(Page page) {
        openUserMenu(page);
        page.locator("#sign-out").click();
        page.waitForURL("**/login**");
        assertThat(page.locator("#login-form")).isVisible();
    }

    static void openUserMenu(Page page) {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        assertThat(page.locator("#sign-out")).isVisible();
    }

    static Optional<String> sessionCookie(BrowserContext context) {
        return context.cookies().stream().filter(c -> "JSESSIONID".equals(c.name)).map(c -> c.value).findFirst();
    }

    static Cookie sessionCookie(String value, int port) {
        return new Cookie("JSESSIONID", value).setUrl("http://localhost:" + port + "/");
    }

    /** The build folder of this run (-Docaq.build.dir), where screenshots go. */
    static Path buildDir() {
        return Paths.get(System.getProperty("ocaq.build.dir", "target"));
    }

    static Path screenshot(Page page, String name, boolean fullPage) {
        Path file = buildDir().resolve("screenshots").resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(file)
                .setFullPage(fullPage)
                .setAnimations(ScreenshotAnimations.DISABLED)
                .setCaret(ScreenshotCaret.HIDE));
        Assertions.assertTrue(Files.isRegularFile(file), "screenshot written: " + file);
        return file;
    }

    /** A text of the application's message bundles (src/main/resources/i18n), as the interface shows it. */
    static String text(String bundle, String language, String key) {
        for (String file : AZERBAIJANI.equals(language)
                ? List.of(bundle + ".properties")
                : List.of(bundle + "_" + language + ".properties", bundle + ".properties")) {
            try (InputStream in = BrowserJourney.class.getResourceAsStream("/i18n/" + file)) {
                if (in == null) {
                    continue;
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                String value = properties.getProperty(key);
                if (value != null) {
                    return value;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalArgumentException("No message " + key + " in i18n/" + bundle + " for " + language);
    }

    static int scrollWidth(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }
}
