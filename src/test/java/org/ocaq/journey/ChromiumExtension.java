package org.ocaq.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium, headless, driven by Playwright: launched once for the whole test run and closed at its end.
 * Playwright never downloads a browser. Without {@code /usr/bin/chromium} the journeys are skipped with a message,
 * except under {@code CI=true}, where a missing browser fails them.
 */
final class ChromiumExtension implements ExecutionCondition, BeforeAllCallback {

    /** Debian's Chromium; -Docaq.chromium=PATH points elsewhere (e.g. to check the skip). */
    static final Path CHROMIUM = Paths.get(System.getProperty("ocaq.chromium", "/usr/bin/chromium"));
    static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumExtension.class);

    private Browser browser;

    /** Without Chromium the journeys are reported as skipped, with the reason; under CI=true they run and fail. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) || onCi()) {
            return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
        }
        return ConditionEvaluationResult.disabled("Chromium is not installed at " + CHROMIUM
                + ": the browser journeys are skipped (apt-get install chromium to run them)");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(CHROMIUM)) {
            Assertions.assertFalse(onCi(), "Chromium is not installed at " + CHROMIUM
                    + " and CI=true requires the browser journeys: apt-get install chromium");
            Assumptions.abort("Chromium is not installed at " + CHROMIUM);
        }
        browser = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Launched.class, k -> Launched.start(), Launched.class).browser();
    }

    private static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    Browser browser() {
        if (browser == null) {
            throw new IllegalStateException("Chromium is not launched");
        }
        return browser;
    }

    /** One Playwright driver and one browser; the root store closes them when the run ends. */
    record Launched(Playwright playwright, Browser browser) implements AutoCloseable {

        static Launched start() {
            PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
            // The driver must never fetch a browser; the environment variable alone would be enough, and surefire
            // sets it too, but a run from an IDE might not.
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                // launch() runs the browser on a fresh temporary user-data-dir, deleted when it closes; every test
                // then works in its own new context.
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(ARGS));
                return new Launched(playwright, browser);
            } catch (RuntimeException e) {
                playwright.close();
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                browser.close();
            } finally {
                playwright.close();
            }
        }
    }
}
