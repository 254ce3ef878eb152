package org.ocaq.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.ocaq.testsupport.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor, without signing in, finds a school at /schools on a phone, opens its page and sees its classes with
 * their Saturday lessons, in Azerbaijani and, after choosing it, in English.
 */
@IntegrationTest
class SchoolDirectoryJourneyTest extends BrowserJourney {

    private static final String BERLIN = "Berlin Azərbaycan Həftəsonu Məktəbi";

    @Test
    void a_visitor_finds_a_school_and_its_classes_in_azerbaijani_and_in_english() {
        BrowserContext phone = newContext(phone());
        Page visitor = phone.newPage();
        visitor.navigate(url("/schools"));
        assertThat(visitor.locator("#school-directory h1")).hasText(text("home", AZERBAIJANI, "home.directory.title"));
        awaitVaadin(visitor);
        assertThat(scrollWidth(visitor)).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        screenshot(visitor, "directory-phone", true);

        visitor.locator("a").filter(new Locator.FilterOptions().setHasText(BERLIN)).first().click();
        assertThat(visitor.locator("#school-name")).hasText(BERLIN);
        Locator classes = visitor.locator("#school-classes");
        assertThat(classes.locator("h2")).hasText(text("home", AZERBAIJANI, "home.directory.classes"));
        assertThat(classes.locator("li").first()).containsText("şənbə");
        assertThat(visitor.locator("#school-register")).hasText(text("home", AZERBAIJANI, "home.directory.register"));
        awaitVaadin(visitor);
        assertThat(scrollWidth(visitor)).isLessThanOrEqualTo(360);
        screenshot(visitor, "school-page-phone", true);

        visitor.locator("#language-picker").click();
        visitor.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText(text("shared", AZERBAIJANI, "shared.language.en"))).click();

        assertThat(visitor.locator("#school-classes h2")).hasText(text("home", ENGLISH, "home.directory.classes"));
        assertThat(visitor.locator("#school-classes li").first()).containsText("Saturday");
        assertThat(visitor.locator("#school-register")).hasText(text("home", ENGLISH, "home.directory.register"));
        awaitVaadin(visitor);
        screenshot(visitor, "school-page-phone-en", true);
    }

    @Test
    void an_online_schools_lessons_are_also_shown_in_the_visitors_time_zone() {
        BrowserContext toronto = newContext(desktop().setTimezoneId("America/Toronto"));
        Page visitor = toronto.newPage();
        visitor.navigate(url("/schools"));
        awaitVaadin(visitor);
        visitor.locator("a").filter(new Locator.FilterOptions().setHasText("Ocaq Onlayn Məktəbi")).first().click();
        assertThat(visitor.locator("#school-name")).hasText("Ocaq Onlayn Məktəbi");

        Locator firstSlot = visitor.locator("#school-classes li").first();
        assertThat(firstSlot).containsText("Asia/Baku");
        assertThat(firstSlot.locator(".ocaq-visitor-time")).containsText("(America/Toronto)");
        awaitVaadin(visitor);
    }
}
