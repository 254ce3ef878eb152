package org.ocaq.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.classes.LessonFacts;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.TestData;
import org.ocaq.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Saturday morning on a 360 × 740 phone: the teacher opens today's lesson, marks everyone present in one tap, two
 * children late and one absent, and saves; the absent child's parent gets one email and sees the absence.
 */
@IntegrationTest
class AttendanceJourneyTest extends BrowserJourney {

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_teacher_takes_attendance_on_a_phone_and_the_absent_childs_parent_is_told_once() throws Exception {
        AttendanceWorld a = worlds.create();
        List<Long> kids = a.placeChildren(4);
        AttendanceWorld.OtherFamily absentFamily = a.otherFamily("Nərgiz", "Şükürova", "az");
        a.place(absentFamily.parent(), List.of(absentFamily.childId()));
        LessonFacts lesson = a.lessonOn(LocalDate.of(2027, 2, 6));
        clock.setTo(Instant.parse("2027-02-06T09:05:00Z")); // 10:05 in Berlin, five minutes into the lesson

        BrowserContext teacherPhone = newContext(phone());
        Page page = teacherPhone.newPage();
        signIn(page, a.w.teacher(), TestData.PASSWORD);
        page.locator("#teacher-lessons-link").click();
        page.locator("#lessons-today #lesson-" + lesson.lessonId()).click();
        assertThat(page.locator("#sheet-rows")).isVisible();
        awaitVaadin(page);
        page.locator("#all-present").click();
        page.locator("#mark-" + kids.get(1) + "-LATE").click();
        page.locator("#mark-" + kids.get(2) + "-LATE").click();
        page.locator("#mark-" + absentFamily.childId() + "-UNEXCUSED").click();
        assertThat(page.locator("#mark-" + absentFamily.childId() + "-UNEXCUSED"))
                .hasAttribute("aria-pressed", "true");
        org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).as("sheet width on a phone")
                .isLessThanOrEqualTo(360);
        screenshot(page, "attendance-sheet-phone", true);
        page.locator("#save-attendance").click();
        assertThat(page.locator("#sheet-message"))
                .hasText(text("attendance", AZERBAIJANI, "attendance.sheet.saved"));

        MimeMessage notice = awaitNotices(absentFamily.parent(), 1).getFirst();
        org.assertj.core.api.Assertions.assertThat(subject(notice)).contains("Şükürova Nərgiz");
        org.assertj.core.api.Assertions.assertThat(TestMail.body(notice)).contains("Şükürova Nərgiz");

        BrowserContext parentPhone = newContext(phone());
        Page parentPage = parentPhone.newPage();
        signIn(parentPage, absentFamily.parent(), TestData.PASSWORD);
        parentPage.navigate(url("/family/children/" + absentFamily.childId() + "/attendance"));
        assertThat(parentPage.locator("#lesson-" + lesson.lessonId() + "-status"))
                .hasText(text("attendance", AZERBAIJANI, "attendance.status.UNEXCUSED"));
        org.assertj.core.api.Assertions.assertThat(scrollWidth(parentPage)).as("parent's page width")
                .isLessThanOrEqualTo(360);
        screenshot(parentPage, "attendance-parent-phone", true);

        // One notice per lesson: nothing more arrives, and the families of the late children got none.
        Thread.sleep(1500);
        org.assertj.core.api.Assertions.assertThat(notices(absentFamily.parent())).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(notices(a.w.parent())).isEmpty();
    }

    /** The absence notices among the mails to an address (the family also had its enrolment mails). */
    private static List<MimeMessage> notices(String address) {
        String prefix = text("absence", AZERBAIJANI, "absence.mail.subject").split("\\{")[0];
        return TestMail.to(address).stream().filter(m -> subject(m).startsWith(prefix)).toList();
    }

    private static List<MimeMessage> awaitNotices(String address, int count) throws InterruptedException {
        long deadline = System.nanoTime() + EmailLinkJourneyTest.MAIL_WAIT.toNanos();
        while (notices(address).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        List<MimeMessage> found = notices(address);
        org.assertj.core.api.Assertions.assertThat(found).as("absence notices to " + address).hasSize(count);
        return found;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
