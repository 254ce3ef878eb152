package org.ocaq.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ocaq.people.ChildForm;
import org.ocaq.people.PeopleService;
import org.ocaq.school.SchoolService;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * On a 360 × 740 phone the teacher opens the attendance report of their class: the matrix, the chart drawn as an
 * SVG image by the server, and the CSV and PDF downloads with Azerbaijani names intact.
 */
@IntegrationTest
class AttendanceReportJourneyTest extends BrowserJourney {

    @Autowired TestData testData;
    @Autowired UserDetailsService users;
    @Autowired SchoolService schools;
    @Autowired PeopleService people;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_teacher_reads_the_class_report_on_a_phone_and_downloads_it() throws Exception {
        TestData.World w = testData.world();
        long termId = as(users, w.coordinator(), () -> schools.createTerm(w.schoolId(), "Payız 2026",
                LocalDate.of(2026, 9, 1), LocalDate.of(2030, 6, 30)));
        long sibling = as(users, w.parent(), () -> people.addChild(w.familyId(), new ChildForm("Şəhriyar", "Əliyev",
                null, LocalDate.of(2017, 5, 5), "az")));
        long base = 8_700_000_000L + (System.nanoTime() % 1_000_000) * 10;
        for (long child : new long[]{w.childId(), sibling}) {
            Long id = jdbc.queryForObject("select nextval(placement_seq)", Long.class);
            jdbc.update("""
                    insert into placement (id, version, school_id, class_id, child_id, family_id, placed_at, source,
                        term_id) values (?, 0, ?, ?, ?, ?, ?, 'COORDINATOR', ?)""", id, w.schoolId(), w.classId(),
                    child, w.familyId(), Timestamp.from(Instant.now()), termId);
        }
        for (int lesson = 0; lesson < 6; lesson++) {
            jdbc.update("""
                    insert into attendance_sheet (lesson_id, version, school_id, class_id, term_id, lesson_date,
                        taken_at, taken_by) values (?, 1, ?, ?, ?, ?, ?, ?)""", base + lesson, w.schoolId(),
                    w.classId(), termId, LocalDate.of(2026, 9, 5).plusWeeks(lesson), Timestamp.from(Instant.now()),
                    w.teacherId());
            jdbc.update("insert into attendance_mark (lesson_id, child_id, family_id, status) values (?, ?, ?, ?)",
                    base + lesson, w.childId(), w.familyId(), lesson % 3 == 0 ? "LATE" : "PRESENT");
            jdbc.update("insert into attendance_mark (lesson_id, child_id, family_id, status) values (?, ?, ?, ?)",
                    base + lesson, sibling, w.familyId(), lesson % 2 == 0 ? "UNEXCUSED" : "PRESENT");
        }

        BrowserContext phone = newContext(phone().setAcceptDownloads(true));
        Page page = phone.newPage();
        signIn(page, w.teacher(), TestData.PASSWORD);
        page.navigate(url("/reports/attendance"));
        assertThat(page.locator("#report-show")).isVisible();
        awaitVaadin(page);
        page.locator("#report-show").click();
        assertThat(page.locator("#report-matrix")).isVisible();
        assertThat(page.locator("#report-summary")).containsText("75%");
        page.locator("#report-chart").scrollIntoViewIfNeeded();
        page.waitForFunction("() => { const i = document.querySelector('#report-chart');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        org.assertj.core.api.Assertions.assertThat(scrollWidth(page)).as("report width on a phone")
                .isLessThanOrEqualTo(360);
        screenshot(page, "attendance-report-phone", true);

        Download csv = page.waitForDownload(() -> page.locator("#report-csv").click());
        String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(text).startsWith("\uFEFF").contains("Əliyev Şəhriyar",
                "Əliyeva Gülşən");
        Download pdf = page.waitForDownload(() -> page.locator("#report-pdf").click());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(document))
                    .contains("Əliyev Şəhriyar", "Payız 2026");
        }
    }
}
