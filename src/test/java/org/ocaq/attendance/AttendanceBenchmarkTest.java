package org.ocaq.attendance;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassService;
import org.ocaq.devsupport.NetworkGenerator;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.Role;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * Server time of the attendance features on a network-scale database with a school year of attendance (the "bench"
 * network of {@link org.ocaq.FirstPageBenchmarkTest} and about a million marks): opening a sheet of about 30 children,
 * saving it with a few marks changed, and a class's term report, each timed around the service call as the class's
 * teacher. Runs only with {@code ./mvnw -q -Pbench verify}; prints {@code BENCH <name> <value> <unit>} lines. Goals
 * (reported, not asserted): p95 ≤ 30 ms for the save, ≤ 100 ms for the report.
 */
@Tag("bench")
@IntegrationTest
class AttendanceBenchmarkTest {

    private static final int CLASSES = 16;
    private static final int WARM_UP = 40;
    private static final int SAMPLES = 240;
    private static final Instant AFTER_THE_YEAR = Instant.parse("2026-06-20T12:00:00Z");

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData testData;
    @Autowired UserDetailsService users;
    @Autowired ClassService classes;
    @Autowired AttendanceService attendance;
    @Autowired AttendanceReportService reports;
    @Autowired MutableClock clock;
    @Autowired FamilyAttendanceStore familyStore;

    /** A class of the generated year, its teacher, its terms and its taken lessons. */
    private record BenchClass(long classId, long schoolId, String teacher, List<Long> termIds, List<Long> lessons) {
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_year_of_attendance() {
        NetworkGenerator generator = new NetworkGenerator(jdbc);
        long started = System.nanoTime();
        NetworkGenerator.Generated network = generator.generate("bench", NetworkGenerator.Size.network());
        report("attendance_generate_network_s", (System.nanoTime() - started) / 1e9, "s");
        started = System.nanoTime();
        NetworkGenerator.GeneratedYear year = generator.generateYear(network, NetworkGenerator.YearSize.schoolYear());
        double generateS = (System.nanoTime() - started) / 1e9;
        report("attendance_generate_rows", year.rowsWritten(), "rows");
        report("attendance_generate_s", generateS, "s");

        // The data is really there.
        long marks = count("select count(*) from attendance_mark");
        assertThat(year.marks()).isBetween(900_000L, 1_100_000L);
        assertThat(marks).isGreaterThanOrEqualTo(year.marks());
        assertThat(count("select count(*) from attendance_sheet where taken_at is not null"))
                .isGreaterThanOrEqualTo(year.sheets());
        assertThat(year.sheets()).isEqualTo(year.schoolIds().size() * 10L * 36);
        assertThat(count("select count(*) from lesson")).isGreaterThanOrEqualTo(year.lessons());
        report("attendance_mark_rows", marks, "rows");
        report("attendance_sheet_rows", count("select count(*) from attendance_sheet"), "rows");
        jdbc.execute("analyze table lesson, placement, attendance_sheet, attendance_mark, absence_notice");

        List<BenchClass> bench = benchClasses(year);
        List<long[]> lessons = new ArrayList<>(); // lesson id, index of its class in bench
        for (int c = 0; c < bench.size(); c++) {
            for (long lessonId : bench.get(c).lessons()) {
                lessons.add(new long[]{lessonId, c});
            }
        }
        assertThat(lessons).hasSizeGreaterThanOrEqualTo(WARM_UP + 200);
        Collections.shuffle(lessons, new Random(17));

        clock.setTo(AFTER_THE_YEAR);
        AttendanceSheet first = as(users, bench.getFirst().teacher(),
                () -> attendance.open(bench.getFirst().lessons().getLast()));
        assertThat(first.rows()).hasSizeBetween(25, 30).allMatch(r -> r.status() != null);

        int[] sizes = new int[SAMPLES];
        measure("attendance_sheet_open", i -> {
            long[] lesson = lessons.get(i % lessons.size());
            return as(users, bench.get((int) lesson[1]).teacher(), () -> {
                long start = System.nanoTime();
                AttendanceSheet sheet = attendance.open(lesson[0]);
                double ms = (System.nanoTime() - start) / 1e6;
                sizes[Math.max(0, i - WARM_UP) % SAMPLES] = sheet.rows().size();
                return ms;
            });
        });
        report("attendance_sheet_open_rows_avg", Arrays.stream(sizes).average().orElse(0), "rows");

        // Saves go to the last lessons of the year: the clock moves to them, and a sheet "from the future" would make
        // the background check for unexcused absences (after every save of a sheet with one) read far more than
        // the two weeks it reads in real life.
        List<long[]> lastWeeks = new ArrayList<>();
        List<long[]> weekBefore = new ArrayList<>();
        for (int c = 0; c < bench.size(); c++) {
            List<Long> taken = bench.get(c).lessons();
            lastWeeks.add(new long[]{taken.get(taken.size() - 1), c});
            lastWeeks.add(new long[]{taken.get(taken.size() - 2), c});
            weekBefore.add(new long[]{taken.get(taken.size() - 3), c});
            weekBefore.add(new long[]{taken.get(taken.size() - 4), c});
        }
        // Saved on the lesson's day, as the teacher does in class: no audit trail.
        measure("attendance_sheet_save", i -> save(bench, lastWeeks.get(i % lastWeeks.size()), i,
                Duration.ofMinutes(40)));
        // Corrected a week later: each change is also written to the audit trail.
        measure("attendance_sheet_save_after_day", i -> save(bench, weekBefore.get(i % weekBefore.size()), i,
                Duration.ofDays(7)));

        // What every save of a sheet with an unexcused absence sets off in the background (after the commit, so not
        // in the save's time): the search for absences the families were not told of, over the last two weeks.
        LocalDate lastDay = jdbc.queryForObject(
                "select max(lesson_date) from attendance_sheet where class_id = ?", LocalDate.class,
                bench.getFirst().classId());
        measure("attendance_pending_notices_query", i -> {
            long start = System.nanoTime();
            familyStore.pendingNotices(lastDay.minusDays(AbsenceNotices.LOOK_BACK_DAYS), lastDay.plusDays(1), 500);
            return (System.nanoTime() - start) / 1e6;
        });
        assertThat(count("select count(*) from attendance_change")).isGreaterThanOrEqualTo(3L * SAMPLES);

        clock.setTo(AFTER_THE_YEAR);
        BenchClass probe = bench.getFirst();
        ClassAttendanceReport sample = as(users, probe.teacher(),
                () -> reports.classReport(probe.classId(), probe.termIds().getFirst()));
        assertThat(sample.lessons()).hasSize(18);
        assertThat(sample.children()).hasSizeBetween(25, 30);
        measure("attendance_class_report", i -> {
            BenchClass c = bench.get(i % bench.size());
            long termId = c.termIds().get((i / bench.size()) % c.termIds().size());
            return as(users, c.teacher(), () -> {
                long start = System.nanoTime();
                ClassAttendanceReport report = reports.classReport(c.classId(), termId);
                double ms = (System.nanoTime() - start) / 1e6;
                assertThat(report.lessons()).isNotEmpty();
                return ms;
            });
        });
    }

    /** Opens a lesson's sheet as its teacher at the lesson's start plus {@code after}, changes three marks, saves. */
    private double save(List<BenchClass> bench, long[] lesson, int i, Duration after) {
        BenchClass c = bench.get((int) lesson[1]);
        return as(users, c.teacher(), () -> {
            clock.setTo(AFTER_THE_YEAR);
            AttendanceSheet sheet = attendance.open(lesson[0]);
            clock.setTo(sheet.lesson().start().toInstant().plus(after));
            List<SheetRow> rows = sheet.rows();
            List<MarkEntry> entries = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                SheetRow row = rows.get(r);
                boolean change = r == i % rows.size() || r == (i + 9) % rows.size() || r == (i + 19) % rows.size();
                entries.add(new MarkEntry(row.childId(), change ? next(row.status()) : row.status(), row.note()));
            }
            long start = System.nanoTime();
            AttendanceSheet saved = attendance.save(sheet, entries);
            double ms = (System.nanoTime() - start) / 1e6;
            assertThat(saved.rows()).hasSameSizeAs(rows);
            return ms;
        });
    }

    /** Another status, never a new unexcused absence (that would mail the family in the background). */
    private static AttendanceStatus next(AttendanceStatus status) {
        return switch (status) {
            case PRESENT -> AttendanceStatus.LATE;
            case UNEXCUSED -> AttendanceStatus.EXCUSED;
            case null, default -> AttendanceStatus.PRESENT;
        };
    }

    /**
     * Classes spread over the year's schools, each given its own teacher account through the class service (the
     * generated teachers have no accounts).
     */
    private List<BenchClass> benchClasses(NetworkGenerator.GeneratedYear year) {
        List<BenchClass> bench = new ArrayList<>();
        List<Long> schoolIds = year.schoolIds();
        for (int k = 0; k < CLASSES; k++) {
            long schoolId = schoolIds.get(k * schoolIds.size() / CLASSES);
            List<Long> classIds = jdbc.queryForList("select id from school_class where school_id = ? order by id",
                    Long.class, schoolId);
            long classId = classIds.get(k % classIds.size());
            String teacher = TestData.unique("bench-muellim") + "@test.example";
            long accountId = testData.account(teacher, "Müəllim " + k, Role.TEACHER);
            SystemContext.run(() -> classes.assignTeacher(classId, accountId));
            List<Long> taken = jdbc.queryForList("""
                    select s.lesson_id from attendance_sheet s
                    where s.class_id = ? and s.taken_at is not null order by s.lesson_date""", Long.class, classId);
            bench.add(new BenchClass(classId, schoolId, teacher, year.termIdsBySchool().get(schoolId), taken));
        }
        return bench;
    }

    /** Warm-up runs, then {@link #SAMPLES} timed runs; each run returns its own server time in milliseconds. */
    private static void measure(String name, IntToDoubleFunction run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.applyAsDouble(i);
        }
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            millis[i] = run.applyAsDouble(WARM_UP + i);
        }
        Arrays.sort(millis);
        report(name + "_p50_ms", millis[SAMPLES / 2], "ms");
        report(name + "_p95_ms", millis[(int) Math.ceil(SAMPLES * 0.95) - 1], "ms");
        report(name + "_max_ms", millis[SAMPLES - 1], "ms");
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private static void report(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.1f %s", name, value, unit));
    }

    private static void report(String name, long value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %d %s", name, value, unit));
    }
}
