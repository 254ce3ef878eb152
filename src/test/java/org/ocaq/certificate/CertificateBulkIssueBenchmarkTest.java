package org.ocaq.certificate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceService;
import org.ocaq.attendance.AttendanceSheet;
import org.ocaq.attendance.AttendanceStatus;
import org.ocaq.attendance.MarkEntry;
import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.LessonFacts;
import org.ocaq.classes.TimetableService;
import org.ocaq.classes.WeeklySlot;
import org.ocaq.enrolment.ApplicationService;
import org.ocaq.people.ChildForm;
import org.ocaq.people.PeopleService;
import org.ocaq.privacy.ConsentKind;
import org.ocaq.privacy.ConsentService;
import org.ocaq.school.SchoolService;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * Bulk issuing end to end for 500 children of one large class: the rule over a term's attendance, 500 certificates
 * with their codes, history and family mail written in one transaction, then all 500 PDFs as a ZIP and as one merged
 * PDF. Runs only with {@code ./mvnw -q -Pbench verify}; prints {@code BENCH} lines.
 */
@Tag("bench")
@IntegrationTest
class CertificateBulkIssueBenchmarkTest {

    private static final int CHILDREN = 500;
    private static final LocalDate TERM_START = LocalDate.of(2027, 1, 9);

    @Autowired TestData testData;
    @Autowired UserDetailsService users;
    @Autowired SchoolService schools;
    @Autowired ClassService classes;
    @Autowired TimetableService timetable;
    @Autowired PeopleService people;
    @Autowired ConsentService consents;
    @Autowired ApplicationService applications;
    @Autowired AttendanceService attendance;
    @Autowired CertificateService certificates;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void five_hundred_certificates_are_issued_and_rendered_end_to_end() {
        TestData.World w = testData.world();
        long[] ids = as(users, w.coordinator(), () -> {
            long term = schools.createTerm(w.schoolId(), "Yaz 2027", TERM_START, LocalDate.of(2027, 4, 17));
            long schoolClass = classes.createClass(w.schoolId(), new ClassForm("Böyük qrup " + TestData.unique("q"),
                    "Azərbaycan dili", "A1", 5, 12, "az", CHILDREN, "Zal", null, true,
                    List.of(new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(10, 0), 90))));
            classes.assignTeacher(schoolClass, w.teacherId());
            timetable.generateLessons(schoolClass, term);
            return new long[]{term, schoolClass};
        });
        long termId = ids[0];
        long classId = ids[1];
        List<Long> children = new ArrayList<>();
        as(users, w.parent(), () -> {
            consents.give(w.childId(), ConsentKind.DATA_PROCESSING);
            children.add(w.childId());
            for (int i = 1; i < CHILDREN; i++) {
                long id = people.addChild(w.familyId(), new ChildForm("Gülşən" + i, "Əliyeva", null,
                        LocalDate.of(2016, 1, 1).plusDays(i % 700), "az"));
                consents.give(id, ConsentKind.DATA_PROCESSING);
                children.add(id);
            }
        });
        List<Long> applied = as(users, w.parent(), () -> applications.apply(classId, termId, children));
        as(users, w.coordinator(), () -> applications.acceptAll(applied));
        List<LessonFacts> lessons = new ArrayList<>();
        for (int week = 1; week <= 4; week++) {
            LocalDate day = TERM_START.plusWeeks(week);
            lessons.add(as(users, w.coordinator(), () -> timetable.classLessons(classId, day, day).getFirst()));
        }
        clock.setTo(Instant.parse("2027-02-10T10:00:00Z"));
        for (LessonFacts lesson : lessons) {
            as(users, w.teacher(), () -> {
                AttendanceSheet sheet = attendance.open(lesson.lessonId());
                attendance.save(sheet, sheet.rows().stream()
                        .map(r -> new MarkEntry(r.childId(), AttendanceStatus.PRESENT, null)).toList());
            });
        }

        long start = System.nanoTime();
        List<CertificateSummary> issued = as(users, w.coordinator(), () -> certificates.issueForClass(classId,
                termId, 1L, 75, "Leyla Həsənova"));
        long issuedAt = System.nanoTime();
        assertThat(issued).hasSize(CHILDREN);
        List<Long> certificateIds = issued.stream().map(CertificateSummary::id).toList();
        CountingStream zip = new CountingStream();
        as(users, w.coordinator(), () -> certificates.writeAll(certificateIds, true, zip));
        long zippedAt = System.nanoTime();
        CountingStream merged = new CountingStream();
        as(users, w.coordinator(), () -> certificates.writeAll(certificateIds, false, merged));
        long mergedAt = System.nanoTime();

        System.out.printf("BENCH certificate_bulk_issue_500_ms %d ms%n", (issuedAt - start) / 1_000_000);
        System.out.printf("BENCH certificate_bulk_zip_500_ms %d ms%n", (zippedAt - issuedAt) / 1_000_000);
        System.out.printf("BENCH certificate_bulk_zip_500_bytes %d B%n", zip.count);
        System.out.printf("BENCH certificate_bulk_merged_pdf_500_ms %d ms%n", (mergedAt - zippedAt) / 1_000_000);
        System.out.printf("BENCH certificate_bulk_merged_pdf_500_bytes %d B%n", merged.count);
        System.out.printf("BENCH certificate_bulk_end_to_end_500_ms %d ms%n", (zippedAt - start) / 1_000_000);
    }

    /** Counts what is written without keeping it. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
