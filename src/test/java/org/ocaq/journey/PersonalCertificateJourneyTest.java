package org.ocaq.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.certificate.CertificateService;
import org.ocaq.certificate.CertificateSummary;
import org.ocaq.people.PeopleService;
import org.ocaq.people.TeacherForm;
import org.ocaq.shared.Role;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Instant;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * A teacher back from a training course: the coordinator, on a phone, issues the certificate to them (name and
 * passport spelling taken from the teacher's record), and the teacher finds it at the address the email gives.
 */
@IntegrationTest
class PersonalCertificateJourneyTest extends BrowserJourney {

    static final String NAME = "Əliyeva Gülşən Çingiz qızı";

    @Autowired TestData data;
    @Autowired PeopleService people;
    @Autowired CertificateService certificates;
    @Autowired UserDetailsService users;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_coordinator_issues_a_training_certificate_on_a_phone_and_the_teacher_finds_it() {
        clock.setTo(Instant.parse("2026-11-20T10:00:00Z"));
        TestData.World w = data.world();
        String email = TestData.unique("gulsen") + "@test.example";
        long account = data.account(email, NAME, Role.TEACHER);
        as(users, w.coordinator(), () -> people.addTeacher(w.schoolId(), account,
                new TeacherForm(NAME, email, "az", null, null, "Aliyeva Gulshan")));

        Page coordinator = newContext(phone()).newPage();
        signIn(coordinator, w.coordinator(), TestData.PASSWORD);
        coordinator.navigate(url("/certificates/personal"));
        assertThat(coordinator.locator("#personal-issue")).isVisible();
        awaitVaadin(coordinator);
        Locator person = coordinator.locator("#personal-holder input");
        person.click();
        person.fill("Gülşən");
        // A part of the name finds the teacher among the school's; a tap chooses them.
        Locator suggestion = coordinator.locator("vaadin-combo-box-item:not([hidden])")
                .filter(new Locator.FilterOptions().setHasText(NAME));
        assertThat(suggestion).isVisible();
        suggestion.click();
        assertThat(person).hasValue(NAME);
        assertThat(coordinator.locator("#personal-passport-name input")).hasValue("Aliyeva Gulshan");
        coordinator.locator("#personal-subject input").fill("Pedaqoji kurs: Bakı, iyul 2026");
        typeDate(coordinator, "#personal-from", "01.07.2026");
        typeDate(coordinator, "#personal-to", "12.07.2026");
        coordinator.locator("#personal-signer input").fill("Səbinə Quliyeva");
        awaitVaadin(coordinator);
        org.assertj.core.api.Assertions.assertThat(scrollWidth(coordinator)).as("the form on a phone")
                .isLessThanOrEqualTo(360);
        screenshot(coordinator, "certificate-personal-phone", true);
        coordinator.locator("#personal-issue").click();
        assertThat(coordinator.locator("#personal-message")).containsText(NAME);

        List<CertificateSummary> issued = as(users, w.coordinator(),
                () -> certificates.personalCertificates(w.schoolId()));
        org.assertj.core.api.Assertions.assertThat(issued).singleElement()
                .satisfies(c -> org.assertj.core.api.Assertions.assertThat(c.passportName())
                        .isEqualTo("Aliyeva Gulshan"))
                .satisfies(c -> org.assertj.core.api.Assertions.assertThat(c.subject())
                        .isEqualTo("Pedaqoji kurs: Bakı, iyul 2026"));
        CertificateSummary certificate = issued.getFirst();
        assertThat(coordinator.locator("#personal-message")).containsText(certificate.code());
        assertThat(coordinator.locator("#personal-issued #certificate-" + certificate.id())).isVisible();

        // The teacher follows the emailed address.
        Page teacher = newContext(phone()).newPage();
        signIn(teacher, email, TestData.PASSWORD);
        teacher.navigate(url("/my/certificates"));
        String card = "#certificate-" + certificate.id();
        assertThat(teacher.locator(card + "-holder")).hasText(NAME);
        assertThat(teacher.locator(card + "-code")).containsText(certificate.code());
        awaitVaadin(teacher);
        screenshot(teacher, "certificate-teacher-phone", true);
    }

    /**
     * Types a day into a date picker, as a keyboard user would. On a phone the picker's calendar covers the page;
     * Escape closes it and keeps the typed day.
     */
    private static void typeDate(Page page, String picker, String day) {
        Locator input = page.locator(picker + " input");
        input.fill(day);
        input.press("Enter");
        page.locator(picker).press("Escape");
        assertThat(input).hasValue(day);
        assertThat(page.locator("vaadin-date-picker-overlay[opened]")).hasCount(0);
    }
}
