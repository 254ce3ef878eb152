package org.ocaq.journey;

import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.school.SchoolService;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.ocaq.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * The front door of a school, end to end in a real browser: a parent signs up, confirms the email, adds a child,
 * gives the consent and applies; the coordinator accepts; the parent sees the enrolment and has the email.
 */
@IntegrationTest
class EnrolmentJourneyTest extends BrowserJourney {

    @Autowired TestData testData;
    @Autowired UserDetailsService users;
    @Autowired ClassService classes;
    @Autowired SchoolService schools;

    @Test
    void a_parent_signs_up_adds_a_child_applies_and_the_coordinator_accepts() {
        TestData.World w = testData.world();
        long classId = as(users, w.coordinator(), () -> {
            schools.createTerm(w.schoolId(), "Yaz 2027", LocalDate.of(2027, 1, 9), LocalDate.of(2027, 6, 30));
            return classes.createClass(w.schoolId(), new ClassForm("Şeir və nağıl", "Ədəbiyyat", "A1", 6, 10, "az",
                    8, "Otaq 4", null, true, List.of()));
        });
        String email = TestData.unique("ana") + "@test.example";
        String password = "Qarabağ atları 2026 yaz";

        registerAndConfirm(page, "Nərmin Həsənova", email, password);
        signIn(page, email, password);

        // The family page: a child with Azerbaijani letters, then the data-processing consent.
        page.navigate(url("/family"));
        assertThat(page.locator("#child-first-name input")).isVisible();
        awaitVaadin(page);
        page.locator("#child-first-name input").fill("Ülkər");
        page.locator("#child-last-name input").fill("Həsənova");
        page.locator("#child-passport-name input").fill("ULKAR HASANOVA");
        page.locator("#child-birth input").fill("14.03.2018");
        page.locator("#child-birth input").press("Enter");
        page.locator("#child-languages input").fill("azərbaycan, alman");
        page.locator("#child-save").click();
        assertThat(page.locator("[id^=child-name-]")).containsText("Həsənova Ülkər");
        awaitVaadin(page);
        page.locator("[id^=consent-data-processing-][id$=-agree] input").check();
        page.locator("[id^=consent-data-processing-][id$=-give]").click();
        assertThat(page.locator("[id^=consent-data-processing-][id$=-status]")).containsText("2026-11");

        // Applying from the class's page of the apply view.
        page.navigate(url("/family/apply/" + classId));
        assertThat(page.locator("#apply-class-name")).containsText("Şeir və nağıl");
        awaitVaadin(page);
        page.locator("#apply-submit").click();
        page.navigate(url("/family"));
        assertThat(page.locator("#applications-list [id$=-state]")).hasText(
                text("enrolment", AZERBAIJANI, "enrolment.state.submitted"));
        screenshot(page, "family-applied", true);

        // The coordinator, in a browser of their own, accepts from the queue.
        Page coordinator = newContext(desktop()).newPage();
        signIn(coordinator, w.coordinator(), TestData.PASSWORD);
        coordinator.navigate(url("/school/applications"));
        assertThat(coordinator.locator("#queue-grid")).containsText("Həsənova Ülkər");
        awaitVaadin(coordinator);
        coordinator.locator("#queue-grid vaadin-grid-cell-content vaadin-checkbox").nth(1).click();
        coordinator.locator("#queue-accept").click();
        assertThat(coordinator.locator("#queue-message")).containsText("Qəbul olundu: 1.");

        page.reload();
        assertThat(page.locator("#applications-list [id$=-state]")).hasText(
                text("enrolment", AZERBAIJANI, "enrolment.state.accepted"));
        List<MimeMessage> mails = TestMail.awaitTo(email, 3, EmailLinkJourneyTest.MAIL_WAIT);
        org.assertj.core.api.Assertions.assertThat(mails).anySatisfy(mail -> {
            org.assertj.core.api.Assertions.assertThat(mail.getSubject()).startsWith("Qəbul olundu")
                    .contains("Həsənova Ülkər");
            org.assertj.core.api.Assertions.assertThat(TestMail.body(mail)).contains("Şeir və nağıl");
        });
    }
}
