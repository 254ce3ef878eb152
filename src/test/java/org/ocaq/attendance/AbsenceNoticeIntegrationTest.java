package org.ocaq.attendance;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.LessonFacts;
import org.ocaq.people.FamilyDetails;
import org.ocaq.people.GuardianEntry;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.PeopleService;
import org.ocaq.security.SystemContext;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.TestData;
import org.ocaq.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

@IntegrationTest
class AbsenceNoticeIntegrationTest {

    private static final LocalDate FEB_6 = LocalDate.of(2027, 2, 6);
    private static final LocalDate FEB_13 = LocalDate.of(2027, 2, 13);

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired UserDetailsService users;
    @Autowired PeopleService people;
    @Autowired AttendanceService attendance;
    @Autowired AbsenceNotices notices;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The class with Gülşən Əliyeva placed; her family has an Azerbaijani, a Russian and an English guardian. */
    private record Family(AttendanceWorld a, String russian, String english) {
    }

    private Family family() {
        AttendanceWorld a = worlds.create();
        a.placeChildren(1);
        String russian = "ata-" + TestData.unique("ru") + "@test.example";
        String english = "nene-" + TestData.unique("en") + "@test.example";
        as(users, a.w.parent(), () -> {
            FamilyDetails details = people.getFamilyDetails(a.w.familyId());
            people.updateFamily(a.w.familyId(), details.version(), details.name(), List.of(
                    GuardianEntry.added(new GuardianForm("Rəşid Əliyev", russian, null, "ru")),
                    GuardianEntry.added(new GuardianForm("Leyla Əliyeva", english, null, "en"))), List.of());
        });
        return new Family(a, russian, english);
    }

    private void save(AttendanceWorld a, long lessonId, AttendanceStatus status) {
        as(users, a.w.teacher(), () -> {
            AttendanceSheet sheet = attendance.open(lessonId);
            attendance.save(sheet, sheet.rows().stream().map(r -> new MarkEntry(r.childId(),
                    r.childId() == a.w.childId() ? status : AttendanceStatus.PRESENT, null)).toList());
        });
    }

    /** The absence notices an address received about a class (the enrolment mails name the class too). */
    private static List<MimeMessage> noticesTo(String address, String className) {
        return TestMail.to(address).stream()
                .filter(m -> body(m).contains(className) && body(m).contains("/attendance")).toList();
    }

    private static List<MimeMessage> awaitNotices(String address, String className) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<MimeMessage> found = noticesTo(address, className);
        while (found.isEmpty() && System.nanoTime() < deadline) {
            sleep(100);
            found = noticesTo(address, className);
        }
        assertThat(found).as("absence notice to " + address).isNotEmpty();
        return found;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        return TestMail.body(message);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void an_unexcused_absence_tells_each_guardian_once_in_their_language_naming_the_child_date_and_class() {
        Family f = family();
        AttendanceWorld a = f.a();
        LessonFacts feb6 = a.lessonOn(FEB_6);
        clock.setTo(Instant.parse("2027-02-06T09:30:00Z"));

        save(a, feb6.lessonId(), AttendanceStatus.UNEXCUSED);

        MimeMessage az = awaitNotices(a.w.parent(), feb6.className()).getFirst();
        assertThat(subject(az)).isEqualTo("Dərsdə olmayıb: Əliyeva Gülşən, 6 fevral 2027");
        assertThat(body(az)).contains("Əliyeva Gülşən 6 fevral 2027 tarixində „" + feb6.className() + "“",
                "/family/children/" + a.w.childId() + "/attendance");
        MimeMessage ru = awaitNotices(f.russian(), feb6.className()).getFirst();
        assertThat(subject(ru)).startsWith("Отсутствовал(а) на уроке: Əliyeva Gülşən, 6 февраля 2027");
        assertThat(body(ru)).contains("Əliyeva Gülşən", "«" + feb6.className() + "»");
        MimeMessage en = awaitNotices(f.english(), feb6.className()).getFirst();
        assertThat(subject(en)).isEqualTo("Absent from a lesson: Əliyeva Gülşən, February 6, 2027");
        assertThat(body(en)).contains("Əliyeva Gülşən was absent", "\"" + feb6.className() + "\"");

        // Present after all, then absent again: the family was already told about this lesson.
        save(a, feb6.lessonId(), AttendanceStatus.PRESENT);
        save(a, feb6.lessonId(), AttendanceStatus.UNEXCUSED);
        assertThat(SystemContext.call(() -> notices.sendPending())).isZero();
        sleep(1500);
        for (String guardian : List.of(a.w.parent(), f.russian(), f.english())) {
            assertThat(noticesTo(guardian, feb6.className())).as(guardian).hasSize(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from absence_notice where lesson_id = ? and child_id = ?",
                Integer.class, feb6.lessonId(), a.w.childId())).isOne();
    }

    @Test
    void excused_absences_and_lessons_where_the_child_was_present_send_nothing() {
        Family f = family();
        AttendanceWorld a = f.a();
        LessonFacts feb6 = a.lessonOn(FEB_6);
        clock.setTo(Instant.parse("2027-02-06T09:30:00Z"));
        save(a, feb6.lessonId(), AttendanceStatus.EXCUSED);
        save(a, feb6.lessonId(), AttendanceStatus.LATE);
        assertThat(SystemContext.call(() -> notices.sendPending())).isZero();
        sleep(1000);
        assertThat(noticesTo(a.w.parent(), feb6.className())).isEmpty();
    }

    @Test
    void two_senders_running_at_the_same_moment_tell_the_family_once() throws Exception {
        Family f = family();
        AttendanceWorld a = f.a();
        LessonFacts feb13 = a.lessonOn(FEB_13);
        clock.setTo(Instant.parse("2027-02-13T09:30:00Z"));
        // Written behind the service's back, so that no save event starts a sender before the race.
        jdbc.update("""
                insert into attendance_sheet (lesson_id, version, school_id, class_id, term_id, lesson_date, taken_at,
                    taken_by) values (?, 1, ?, ?, ?, ?, ?, ?)""", feb13.lessonId(), feb13.schoolId(),
                feb13.classId(), feb13.termId(), feb13.date(), Timestamp.from(clock.instant()), a.w.teacherId());
        jdbc.update("""
                insert into attendance_mark (lesson_id, child_id, family_id, status, note, reported_by_family)
                values (?, ?, ?, 'UNEXCUSED', null, false)""", feb13.lessonId(), a.w.childId(), a.w.familyId());

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Callable<Integer> run = () -> {
                    start.await();
                    return SystemContext.call(() -> notices.sendPending());
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        awaitNotices(f.russian(), feb13.className());
        sleep(1500);
        for (String guardian : List.of(a.w.parent(), f.russian(), f.english())) {
            assertThat(noticesTo(guardian, feb13.className())).as(guardian).hasSize(1);
        }
    }
}
