package org.ocaq.attendance;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ocaq.people.ChildForm;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.PeopleService;
import org.ocaq.school.SchoolService;
import org.ocaq.security.SystemContext;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server time of a class's attendance report (25 children × 20 lessons) among about a million attendance marks
 * (40,000 taken sheets of 2,000 classes in 200 schools, 25 marks each). Runs only with {@code ./mvnw -q -Pbench
 * verify}; prints {@code BENCH <name> <value> <unit>} lines. Goal: p95 ≤ 100 ms.
 */
@Tag("bench")
@IntegrationTest
class AttendanceReportBenchmarkTest {

    private static final int WARM_UP = 30;
    private static final int RUNS = 50;
    /** Ids far from anything the sequences hand out in a test run. */
    private static final long FILLER = 900_000_000L;

    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired TestData testData;
    @Autowired SchoolService schools;
    @Autowired PeopleService people;
    @Autowired AttendanceReportService reports;

    @Test
    void a_class_report_among_a_million_marks() {
        long started = System.nanoTime();
        // MariaDB's sequence engine (seq_1_to_N) makes the filler in two statements.
        jdbc.update("""
                insert ignore into attendance_sheet (lesson_id, version, school_id, class_id, term_id, lesson_date,
                    taken_at, taken_by)
                select ? * 10000 + seq, 1, ? + seq % 200, ? + seq % 2000, ? + seq % 200,
                    date_add('2026-09-05', interval (seq div 2000) week), now(6), 1
                from seq_1_to_40000""", FILLER, FILLER, FILLER, FILLER);
        jdbc.update("""
                insert ignore into attendance_mark (lesson_id, child_id, family_id, status, note, reported_by_family)
                select s.lesson_id, ? * 100 + (s.class_id - ?) * 25 + c.seq, ? + s.class_id,
                    elt(1 + (s.lesson_id + c.seq) % 4, 'PRESENT', 'LATE', 'EXCUSED', 'UNEXCUSED'), null, false
                from attendance_sheet s join seq_1_to_25 c
                where s.lesson_id > ? * 10000 and s.lesson_id <= ? * 10000 + 40000""",
                FILLER, FILLER, FILLER, FILLER, FILLER);
        report("generate_marks_s", (System.nanoTime() - started) / 1e9, "s");
        assertThat(jdbc.queryForObject("select count(*) from attendance_mark", Long.class))
                .isGreaterThanOrEqualTo(1_000_000);
        jdbc.execute("analyze table attendance_sheet, attendance_mark");

        TestData.World w = testData.world();
        long termId = TestData.as(users, w.coordinator(), () -> schools.createTerm(w.schoolId(), "Payız",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31)));
        List<ChildForm> children = IntStream.range(0, 25).mapToObj(i -> new ChildForm("Uşaq" + i, "Məmmədov",
                null, LocalDate.of(2018, 1, 1).plusDays(i), "az")).toList();
        long familyId = SystemContext.call(() -> people.createFamily(w.schoolId(), "Məmmədovlar",
                List.of(new GuardianForm("Valideyn", null, "+49 30 1234567", "az")), children));
        List<Long> childIds = SystemContext.call(() -> people.getFamily(familyId).children()).stream()
                .map(c -> c.id()).toList();
        for (int lesson = 0; lesson < 20; lesson++) {
            long lessonId = FILLER * 10000 + 50_000 + lesson + (System.nanoTime() % 1000) * 100;
            jdbc.update("""
                    insert into attendance_sheet (lesson_id, version, school_id, class_id, term_id, lesson_date,
                        taken_at, taken_by) values (?, 1, ?, ?, ?, ?, ?, 1)""", lessonId, w.schoolId(), w.classId(),
                    termId, LocalDate.of(2026, 9, 5).plusWeeks(lesson), Timestamp.from(Instant.now()));
            for (int i = 0; i < childIds.size(); i++) {
                jdbc.update("""
                        insert into attendance_mark (lesson_id, child_id, family_id, status, reported_by_family)
                        values (?, ?, ?, ?, false)""", lessonId, childIds.get(i), familyId,
                        AttendanceStatus.values()[(i + lesson) % 4].name());
            }
        }

        TestData.as(users, w.coordinator(), () -> {
            for (int i = 0; i < WARM_UP; i++) {
                assertThat(reports.classReport(w.classId(), termId).children()).hasSize(25);
            }
            double[] millis = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                reports.classReport(w.classId(), termId);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            report("class_report_p50_ms", millis[RUNS / 2], "ms");
            report("class_report_p95_ms", millis[(int) Math.ceil(RUNS * 0.95) - 1], "ms");
        });
        String plan = jdbc.queryForList("""
                explain select s.lesson_id, s.lesson_date, m.child_id, m.status
                from attendance_sheet s left join attendance_mark m on m.lesson_id = s.lesson_id
                where s.class_id = ? and s.term_id = ? and s.school_id = ? and s.taken_at is not null
                order by s.lesson_date, s.lesson_id""", w.classId(), termId, w.schoolId()).toString();
        System.out.println("BENCH class_report_plan " + plan);
        assertThat(plan).contains("ix_attendance_sheet_class");
    }

    private static void report(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.1f %s", name, value, unit));
    }
}
