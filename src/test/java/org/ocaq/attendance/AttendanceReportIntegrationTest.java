package org.ocaq.attendance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.people.ChildForm;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.PeopleService;
import org.ocaq.people.TeacherForm;
import org.ocaq.school.SchoolService;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.Role;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.SqlStatements;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ocaq.attendance.AttendanceStatus.EXCUSED;
import static org.ocaq.attendance.AttendanceStatus.LATE;
import static org.ocaq.attendance.AttendanceStatus.PRESENT;
import static org.ocaq.attendance.AttendanceStatus.UNEXCUSED;
import static org.ocaq.testsupport.TestData.as;

/**
 * Report figures on a known data set, written straight into the attendance tables (sheets need no lesson rows of
 * the classes feature; the reports read only the sheets): a class of three children over three taken lessons, a
 * fourth sheet made only by a family's advance report (never counted), a lesson of another term, and a second class
 * with another teacher.
 */
@IntegrationTest
class AttendanceReportIntegrationTest {

    /** Lesson ids far above what the lesson sequence hands out in a test run, distinct per test. */
    private static final AtomicLong LESSON_IDS = new AtomicLong(8_000_000_000L + (System.nanoTime() % 1_000_000) * 1000);

    private static final LocalDate L1 = LocalDate.of(2026, 9, 5);
    private static final LocalDate M1 = LocalDate.of(2026, 9, 6);
    private static final LocalDate L2 = LocalDate.of(2026, 9, 12);
    private static final LocalDate L3 = LocalDate.of(2026, 9, 19);
    private static final LocalDate L4 = LocalDate.of(2026, 9, 26);

    @Autowired TestData testData;
    @Autowired UserDetailsService users;
    @Autowired AttendanceReportService reports;
    @Autowired SchoolService schools;
    @Autowired ClassService classes;
    @Autowired PeopleService people;
    @Autowired JdbcTemplate jdbc;

    private TestData.World w;
    private long termId;
    private long otherTermId;
    private long class2;
    private String teacher2;
    private long a1;
    private long a2;
    private long b1;
    private long familyB;
    private String parentB;
    private long[] lessons;

    @BeforeEach
    void knownDataSet() {
        w = testData.world();
        a1 = w.childId();
        teacher2 = "muellim2-" + TestData.unique("t") + "@test.example";
        long teacher2Id = testData.account(teacher2, "İkinci Müəllim", Role.TEACHER);
        long[] ids = as(users, w.coordinator(), () -> new long[]{
                schools.createTerm(w.schoolId(), "Payız 2026", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 20)),
                schools.createTerm(w.schoolId(), "Yaz 2026", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 6, 30)),
                classes.createClass(w.schoolId(), new ClassForm("Musiqi " + TestData.unique("m"), "Musiqi", "A1",
                        6, 10, "az", 12))});
        termId = ids[0];
        otherTermId = ids[1];
        class2 = ids[2];
        SystemContext.run(() -> {
            people.addTeacher(w.schoolId(), teacher2Id, new TeacherForm("İkinci Müəllim", teacher2, "az", null));
            classes.assignTeacher(class2, teacher2Id);
        });
        a2 = as(users, w.parent(), () -> people.addChild(w.familyId(), new ChildForm("Əli", "Əliyev", null,
                LocalDate.of(2017, 2, 1), "az")));
        parentB = "valideyn-b-" + TestData.unique("b") + "@test.example";
        long parentBId = testData.account(parentB, "Çələbi Valideyn", Role.PARENT);
        GuardianForm guardian = new GuardianForm("Çələbi Valideyn", parentB, null, "az");
        long[] family = SystemContext.call(() -> {
            long id = people.createFamily(w.schoolId(), "Çələbilər", List.of(guardian),
                    List.of(new ChildForm("Şəhla", "Çələbi", null, LocalDate.of(2018, 7, 7), "az")));
            people.linkGuardianAccount(id, parentBId, guardian);
            return new long[]{id, people.getFamily(id).children().getFirst().id()};
        });
        familyB = family[0];
        b1 = family[1];
        // Placements as enrolment keeps them: the teachers see the families of the children in their classes.
        place(w.classId(), a1, w.familyId());
        place(w.classId(), a2, w.familyId());
        place(w.classId(), b1, familyB);
        place(class2, a2, w.familyId());

        lessons = new long[]{LESSON_IDS.incrementAndGet(), LESSON_IDS.incrementAndGet(),
                LESSON_IDS.incrementAndGet(), LESSON_IDS.incrementAndGet(), LESSON_IDS.incrementAndGet(),
                LESSON_IDS.incrementAndGet()};
        long l1 = lessons[0], l2 = lessons[1], l3 = lessons[2], l4 = lessons[3], m1 = lessons[4], n1 = lessons[5];
        sheet(l1, w.classId(), termId, L1, true);
        mark(l1, a1, w.familyId(), PRESENT, null);
        mark(l1, a2, w.familyId(), LATE, "10 dəqiqə gecikdi");
        mark(l1, b1, familyB, PRESENT, null);
        sheet(l2, w.classId(), termId, L2, true);
        mark(l2, a1, w.familyId(), EXCUSED, "Xəstə idi, həkim arayışı var");
        mark(l2, a2, w.familyId(), PRESENT, null);
        mark(l2, b1, familyB, UNEXCUSED, null);
        sheet(l3, w.classId(), termId, L3, true);
        mark(l3, a1, w.familyId(), LATE, null);
        mark(l3, a2, w.familyId(), PRESENT, null);
        mark(l3, b1, familyB, PRESENT, null);
        // Only the family's advance report so far: attendance not taken, so it is no lesson of the report yet.
        sheet(l4, w.classId(), termId, L4, false);
        mark(l4, a1, w.familyId(), EXCUSED, "Səfərdəyik");
        sheet(m1, class2, termId, M1, true);
        mark(m1, a2, w.familyId(), UNEXCUSED, "Xəbər verilmədi");
        sheet(n1, w.classId(), otherTermId, LocalDate.of(2026, 3, 7), true);
        mark(n1, a1, w.familyId(), UNEXCUSED, null);
    }

    @Test
    void the_class_report_counts_taken_lessons_only_with_exact_rates_per_child_lesson_and_class() {
        ClassAttendanceReport report = as(users, w.teacher(), () -> reports.classReport(w.classId(), termId));

        assertThat(report.lessons()).extracting(LessonColumn::day).containsExactly(L1, L2, L3);
        assertThat(report.total()).isEqualTo(new AttendanceTally(5, 2, 1, 1));
        assertThat(report.rate().getAsDouble()).isCloseTo(7.0 / 9, within(1e-9));
        assertThat(report.lateCountsAsPresent()).isTrue();
        // Children in Azerbaijani order of their names: Əliyev Əli, Əliyeva Gülşən, Çələbi Şəhla → Ç before Ə.
        assertThat(report.children()).extracting(ChildAttendanceRow::childName)
                .containsExactly("Çələbi Şəhla", "Əliyev Əli", "Əliyeva Gülşən");
        ChildAttendanceRow gulshen = row(report, a1);
        assertThat(gulshen.mark(lessons[0])).contains(PRESENT);
        assertThat(gulshen.mark(lessons[1])).contains(EXCUSED);
        assertThat(gulshen.mark(lessons[2])).contains(LATE);
        assertThat(gulshen.mark(lessons[3])).isEmpty();
        assertThat(gulshen.tally()).isEqualTo(new AttendanceTally(1, 1, 1, 0));
        assertThat(report.rate(gulshen.tally()).getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(report.rate(row(report, a2).tally()).getAsDouble()).isEqualTo(1.0);
        assertThat(row(report, b1).tally()).isEqualTo(new AttendanceTally(2, 0, 0, 1));
        assertThat(report.lessons()).extracting(l -> report.rate(l.tally()).getAsDouble())
                .containsExactly(1.0, 1.0 / 3, 1.0);
        assertThat(report.series()).containsExactly(new RatePoint(L1, 3, 3), new RatePoint(L2, 1, 3),
                new RatePoint(L3, 3, 3));
    }

    @Test
    void when_the_school_stops_counting_late_arrivals_as_present_the_rates_drop() {
        as(users, w.coordinator(), () -> {
            assertThat(schools.lateCountsAsPresent(w.schoolId())).isTrue();
            schools.setLateCountsAsPresent(w.schoolId(), false);
        });
        ClassAttendanceReport report = as(users, w.coordinator(), () -> reports.classReport(w.classId(), termId));

        assertThat(report.lateCountsAsPresent()).isFalse();
        assertThat(report.rate().getAsDouble()).isCloseTo(5.0 / 9, within(1e-9));
        assertThat(report.rate(row(report, a1).tally()).getAsDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(as(users, w.parent(), () -> reports.childReport(a2, termId)).rate().getAsDouble())
                .isCloseTo(2.0 / 4, within(1e-9));
        assertThatThrownBy(() -> as(users, w.teacher(), () -> schools.setLateCountsAsPresent(w.schoolId(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, w.parent(), () -> schools.setLateCountsAsPresent(w.schoolId(), true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_child_report_shows_the_family_every_class_and_a_teacher_only_the_classes_they_teach() {
        ChildAttendanceReport forFamily = as(users, w.parent(), () -> reports.childReport(a2, termId));
        assertThat(forFamily.childName()).isEqualTo("Əliyev Əli");
        assertThat(forFamily.term().name()).isEqualTo("Payız 2026");
        assertThat(forFamily.history()).extracting(ChildAttendanceEntry::day, ChildAttendanceEntry::status,
                        ChildAttendanceEntry::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(L1, LATE, "10 dəqiqə gecikdi"),
                        org.assertj.core.groups.Tuple.tuple(M1, UNEXCUSED, "Xəbər verilmədi"),
                        org.assertj.core.groups.Tuple.tuple(L2, PRESENT, null),
                        org.assertj.core.groups.Tuple.tuple(L3, PRESENT, null));
        assertThat(forFamily.history().get(1).classId()).isEqualTo(class2);
        assertThat(forFamily.history().get(1).className()).startsWith("Musiqi ");
        assertThat(forFamily.tally()).isEqualTo(new AttendanceTally(2, 1, 0, 1));
        assertThat(forFamily.rate().getAsDouble()).isCloseTo(3.0 / 4, within(1e-9));

        assertThat(as(users, w.coordinator(), () -> reports.childReport(a2, termId)).history()).hasSize(4);
        ChildAttendanceReport forTeacher = as(users, w.teacher(), () -> reports.childReport(a2, termId));
        assertThat(forTeacher.history()).extracting(ChildAttendanceEntry::day).containsExactly(L1, L2, L3);
        assertThat(forTeacher.rate().getAsDouble()).isEqualTo(1.0);
        ChildAttendanceReport forMusicTeacher = as(users, teacher2, () -> reports.childReport(a2, termId));
        assertThat(forMusicTeacher.history()).extracting(ChildAttendanceEntry::day).containsExactly(M1);

        // The advance report alone (26 September) and the spring term are no part of the autumn term's figures.
        ChildAttendanceReport gulshen = as(users, w.parent(), () -> reports.childReport(a1, termId));
        assertThat(gulshen.history()).extracting(ChildAttendanceEntry::day).containsExactly(L1, L2, L3);
        assertThat(as(users, w.parent(), () -> reports.childReport(a1, otherTermId)).tally())
                .isEqualTo(new AttendanceTally(0, 0, 0, 1));
    }

    @Test
    void the_school_report_rates_each_class_and_the_school_by_week() {
        SchoolAttendanceReport report = as(users, w.coordinator(), () -> reports.schoolReport(w.schoolId(), termId));

        assertThat(report.classes()).extracting(ClassAttendanceRate::classId, ClassAttendanceRate::lessons,
                        ClassAttendanceRate::tally)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(w.classId(), 3, new AttendanceTally(5, 2, 1, 1)),
                        org.assertj.core.groups.Tuple.tuple(class2, 1, new AttendanceTally(0, 0, 0, 1)));
        assertThat(report.total()).isEqualTo(new AttendanceTally(5, 2, 1, 2));
        assertThat(report.rate().getAsDouble()).isCloseTo(0.7, within(1e-9));
        assertThat(report.lessons()).isEqualTo(4);
        // Weeks from Monday: 5 and 6 September fall in the week of 31 August.
        assertThat(report.series()).containsExactly(new RatePoint(LocalDate.of(2026, 8, 31), 3, 4),
                new RatePoint(LocalDate.of(2026, 9, 7), 1, 3), new RatePoint(LocalDate.of(2026, 9, 14), 3, 3));
    }

    @Test
    void the_country_report_rates_each_school_under_its_own_rule() {
        String admin = "ofis-" + TestData.unique("a") + "@test.example";
        testData.account(admin, "Şəbəkə Ofisi", Role.NETWORK_ADMIN);
        CountryAttendanceReport report = as(users, admin, () -> reports.countryReport("DE", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30)));
        SchoolAttendanceRate ours = report.schools().stream().filter(s -> s.schoolId() == w.schoolId()).findFirst()
                .orElseThrow();
        assertThat(ours.lessons()).isEqualTo(4);
        assertThat(ours.tally()).isEqualTo(new AttendanceTally(5, 2, 1, 2));
        assertThat(ours.rate().getAsDouble()).isCloseTo(0.7, within(1e-9));
        assertThat(report.total().marked()).isGreaterThanOrEqualTo(10);

        as(users, w.coordinator(), () -> schools.setLateCountsAsPresent(w.schoolId(), false));
        SchoolAttendanceRate strict = as(users, admin, () -> reports.countryReport("DE", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30))).schools().stream().filter(s -> s.schoolId() == w.schoolId())
                .findFirst().orElseThrow();
        assertThat(strict.rate().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(strict.lateCountsAsPresent()).isFalse();
    }

    @Test
    void nobody_reads_a_report_outside_their_scope_whatever_id_they_guess() {
        TestData.World other = testData.world();
        long guessedClass = w.classId();
        // A teacher of another class, of the same school or another.
        assertThatThrownBy(() -> as(users, teacher2, () -> reports.classReport(guessedClass, termId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, other.teacher(), () -> reports.classReport(guessedClass, termId)))
                .isInstanceOf(AccessDeniedException.class);
        // A coordinator of another school: class, school and child.
        assertThatThrownBy(() -> as(users, other.coordinator(), () -> reports.classReport(guessedClass, termId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, other.coordinator(), () -> reports.schoolReport(w.schoolId(), termId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, other.coordinator(), () -> reports.childReport(a1, termId)))
                .isInstanceOf(AccessDeniedException.class);
        // A term of another school with one's own class.
        long foreignTerm = as(users, other.coordinator(), () -> schools.createTerm(other.schoolId(), "Başqa",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 20)));
        assertThatThrownBy(() -> as(users, w.coordinator(), () -> reports.classReport(w.classId(), foreignTerm)))
                .isInstanceOf(AccessDeniedException.class);
        // Teachers read no school report; parents no class report; a parent no other family's child.
        assertThatThrownBy(() -> as(users, w.teacher(), () -> reports.schoolReport(w.schoolId(), termId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, w.parent(), () -> reports.classReport(w.classId(), termId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, parentB, () -> reports.childReport(a1, termId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, other.parent(), () -> reports.childReport(b1, termId)))
                .isInstanceOf(AccessDeniedException.class);
        // A teacher reads no child who is not in their classes, nor a child id that does not exist.
        assertThatThrownBy(() -> as(users, other.teacher(), () -> reports.childReport(a1, termId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, w.coordinator(), () -> reports.childReport(Long.MAX_VALUE - 7, termId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, w.coordinator(), () -> reports.classReport(Long.MAX_VALUE - 7, termId)))
                .isInstanceOf(AccessDeniedException.class);
        // The country report is the network office's.
        assertThatThrownBy(() -> as(users, w.coordinator(), () -> reports.countryReport("DE",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30))))
                .isInstanceOf(AccessDeniedException.class);
        // The parent of the other family reads their own child.
        assertThat(as(users, parentB, () -> reports.childReport(b1, termId)).tally())
                .isEqualTo(new AttendanceTally(2, 0, 0, 1));
    }

    @Test
    void the_class_report_runs_the_same_statements_for_five_children_as_for_thirty() {
        long five = statementsForClassOf(5);
        long thirty = statementsForClassOf(30);

        assertThat(thirty).isEqualTo(five);
        assertThat(five).isLessThanOrEqualTo(10);
    }

    private long statementsForClassOf(int size) {
        TestData.World world = testData.world();
        long term = as(users, world.coordinator(), () -> schools.createTerm(world.schoolId(), "Payız",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 20)));
        List<ChildForm> children = IntStream.range(0, size).mapToObj(i -> new ChildForm("Uşaq" + i, "Şükürov",
                null, LocalDate.of(2018, 1, 1).plusDays(i), "az")).toList();
        long family = SystemContext.call(() -> people.createFamily(world.schoolId(), "Böyük ailə",
                List.of(new GuardianForm("Böyük Valideyn", null, "+49 30 1234567", "az")), children));
        List<Long> childIds = new ArrayList<>(SystemContext.call(() -> people.getFamily(family).children()).stream()
                .map(c -> c.id()).toList());
        for (int lesson = 0; lesson < 4; lesson++) {
            long lessonId = LESSON_IDS.incrementAndGet();
            sheet(lessonId, world.schoolId(), world.classId(), term, LocalDate.of(2026, 9, 5).plusWeeks(lesson), true);
            for (int i = 0; i < childIds.size(); i++) {
                mark(lessonId, childIds.get(i), family, AttendanceStatus.values()[(i + lesson) % 4], null);
            }
        }
        return as(users, world.coordinator(), () -> {
            SqlStatements.Counted<ClassAttendanceReport> counted = SqlStatements.counted(
                    () -> reports.classReport(world.classId(), term));
            assertThat(counted.result().children()).hasSize(size);
            assertThat(counted.result().total().marked()).isEqualTo(4L * size);
            return counted.statements();
        });
    }

    private static ChildAttendanceRow row(ClassAttendanceReport report, long childId) {
        return report.children().stream().filter(r -> r.childId() == childId).findFirst().orElseThrow();
    }

    private void sheet(long lessonId, long classId, long term, LocalDate day, boolean taken) {
        sheet(lessonId, w.schoolId(), classId, term, day, taken);
    }

    private void sheet(long lessonId, long schoolId, long classId, long term, LocalDate day, boolean taken) {
        jdbc.update("""
                        insert into attendance_sheet (lesson_id, version, school_id, class_id, term_id, lesson_date,
                            taken_at, taken_by) values (?, 1, ?, ?, ?, ?, ?, ?)""",
                lessonId, schoolId, classId, term, day, taken ? Timestamp.from(Instant.now()) : null,
                taken ? 1L : null);
    }

    private void mark(long lessonId, long childId, long familyId, AttendanceStatus status, String note) {
        jdbc.update("""
                        insert into attendance_mark (lesson_id, child_id, family_id, status, note, reported_by_family)
                        values (?, ?, ?, ?, ?, ?)""",
                lessonId, childId, familyId, status.name(), note, note != null && note.equals("Səfərdəyik"));
    }

    private void place(long classId, long childId, long familyId) {
        Long id = jdbc.queryForObject("select nextval(placement_seq)", Long.class);
        jdbc.update("""
                        insert into placement (id, version, school_id, class_id, child_id, family_id, placed_at, source,
                            term_id) values (?, 0, ?, ?, ?, ?, ?, 'COORDINATOR', ?)""",
                id, w.schoolId(), classId, childId, familyId, Timestamp.from(Instant.now()), termId);
    }
}
