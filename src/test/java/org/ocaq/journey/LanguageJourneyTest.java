package org.ocaq.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.ocaq.shared.Role;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Switching the interface language, on the sign-in page and from the user menu, where it stays with the account. */
@IntegrationTest
class LanguageJourneyTest extends BrowserJourney {

    @Autowired
    TestData testData;

    @Test
    void the_sign_in_page_switches_to_english() {
        openLogin(page, url("/login"));
        Locator submit = page.locator("#login-form vaadin-button[slot=submit]");
        assertThat(submit).hasText(text("security", AZERBAIJANI, "security.login.submit"));
        assertThat(page.locator("#register-link")).hasText(text("security", AZERBAIJANI, "security.login.register-link"));

        page.locator("#language-picker").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText(text("shared", AZERBAIJANI, "shared.language.en"))).click();

        assertThat(submit).hasText("Sign in");
        assertThat(submit).hasText(text("security", ENGLISH, "security.login.submit"));
        assertThat(page.locator("#register-link")).hasText(text("security", ENGLISH, "security.login.register-link"));
        awaitVaadin(page);
    }

    @Test
    void a_signed_in_persons_language_choice_is_remembered_for_the_account() {
        String email = TestData.unique("dil") + "@test.example";
        testData.account(email, "Dil Seçən", Role.PARENT);
        Locator familyTitle = page.locator("#family-overview h2");

        signIn(page, email, TestData.PASSWORD);
        assertThat(familyTitle).hasText(text("home", AZERBAIJANI, "home.family.title"));

        openUserMenu(page);
        page.locator("#language-menu").click();
        page.locator("#language-en").click();
        assertThat(familyTitle).hasText(text("home", ENGLISH, "home.family.title"));
        awaitVaadin(page);
        signOut(page);

        // A fresh browser (no language cookie, Azerbaijani preferred): the sign-in page is Azerbaijani, but the
        // account's home comes in English.
        BrowserContext fresh = newContext(desktop());
        Page other = fresh.newPage();
        openLogin(other, url("/login"));
        assertThat(other.locator("#login-form vaadin-button[slot=submit]"))
                .hasText(text("security", AZERBAIJANI, "security.login.submit"));
        submitLogin(other, email, TestData.PASSWORD);
        assertThat(other.locator("#home")).isVisible();
        assertThat(other.locator("#family-overview h2")).hasText(text("home", ENGLISH, "home.family.title"));
        openUserMenu(other);
        assertThat(other.locator("#sign-out")).hasText(text("shared", ENGLISH, "shared.layout.sign-out"));
    }
}
