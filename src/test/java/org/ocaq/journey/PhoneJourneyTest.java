package org.ocaq.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.ocaq.devsupport.DemoNetwork;
import org.ocaq.testsupport.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** On a phone (360 × 740) the sign-in page and a parent's home fit the screen: nothing scrolls sideways. */
@IntegrationTest
class PhoneJourneyTest extends BrowserJourney {

    static final int PHONE_WIDTH = 360;

    @Test
    void a_parent_signs_in_and_reads_the_home_on_a_phone() {
        BrowserContext phone = newContext(phone());
        Page page = phone.newPage();

        openLogin(page, url("/login"));
        Assertions.assertThat(scrollWidth(page)).as("sign-in page width").isLessThanOrEqualTo(PHONE_WIDTH);
        assertFitsAcross(page.locator("#login-form input[name=username]"));
        assertFitsAcross(page.locator("#login-form vaadin-button[slot=submit]"));
        screenshot(page, "login-phone", true);

        submitLogin(page, DemoNetwork.PARENT, DemoNetwork.PASSWORD);
        assertThat(page.locator("#home")).isVisible();
        awaitVaadin(page);
        assertThat(page.locator("#family-overview")).isVisible();
        Assertions.assertThat(scrollWidth(page)).as("home width").isLessThanOrEqualTo(PHONE_WIDTH);
        assertFitsAcross(page.locator("#family-overview"));
        assertFitsAcross(page.locator("#user-menu"));
        screenshot(page, "home-parent-phone", true);

        // The user menu works by touch, too.
        signOut(page);
    }

    private static void assertFitsAcross(Locator element) {
        assertThat(element).isVisible();
        BoundingBox box = element.boundingBox();
        Assertions.assertThat(box.x).as("left edge of " + element).isGreaterThanOrEqualTo(0);
        Assertions.assertThat(box.x + box.width).as("right edge of " + element).isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
