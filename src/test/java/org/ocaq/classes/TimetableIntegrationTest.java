package org.ocaq.classes;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.school.SchoolService;
import org.ocaq.school.TermService;
import org.ocaq.security.FieldProblems;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.TestData.as;

@IntegrationTest
class TimetableIntegrationTest {

    private static final LocalDate TERM_START = LocalDate.of(2026, 9, 1);
    private static final LocalDate TERM_END = LocalDate.of(2026, 12, 19);
    private static final WeeklySlot SATURDAY_10 = new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(10, 0), 90);

    @Autowired TestData testData;
    @Autowired UserDetailsService users;
    @Autowired ClassService classes;
    @Autowired SchoolService schools;
    @Autowired TermService terms;
    @Autowired TimetableService timetable;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ClassForm form(String name, List<WeeklySlot> slots) {
        return new ClassForm(name, "Azərbaycan dili", "A1", 6, 8, "az", 12, "Otaq 3", null, true, slots);
    }

    private long termWithAutumnHoliday(TestData.World w) {
        return as(users, w.coordinator(), () -> {
            long termId = schools.createTerm(w.schoolId(), "Payız 2026", TERM_START, TERM_END);
            terms.addBreak(termId, "Payız tətili", LocalDate.of(2026, 10, 24), LocalDate.of(2026, 11, 1));
            return termId;
        });
    }

    private List<LessonSummary> all(TestData.World w, long classId) {
        return as(users, w.coordinator(), () -> timetable.lessons(classId, TERM_START, TERM_END));
    }

    @Test
    void generated_lessons_skip_the_holiday_and_teachers_see_the_term_breaks() {
        TestData.World w = testData.world();
        long termId = termWithAutumnHoliday(w);
        long classId = as(users, w.coordinator(), () -> {
            long id = classes.createClass(w.schoolId(), form("Şuşa qrupu", List.of(SATURDAY_10)));
            assertThat(timetable.generateLessons(id, termId)).isEqualTo(14);
            assertThat(timetable.generateLessons(id, termId)).isZero();
            return id;
        });
        List<LessonSummary> lessons = all(w, classId);
        assertThat(lessons).hasSize(14).extracting(LessonSummary::date)
                .doesNotContain(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 31));
        assertThat(lessons).allSatisfy(l -> assertThat(l.startsAt()).isEqualTo(LocalTime.of(10, 0)));
        as(users, w.teacher(), () -> {
            assertThat(terms.getTerm(termId).breaks()).singleElement()
                    .satisfies(b -> assertThat(b.name()).isEqualTo("Payız tətili"));
            assertThat(terms.getTerm(termId).timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThatThrownBy(() -> terms.addBreak(termId, "Qış", LocalDate.of(2026, 12, 1),
                    LocalDate.of(2026, 12, 2))).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void a_break_must_lie_inside_its_term_and_end_after_it_starts() {
        TestData.World w = testData.world();
        long termId = termWithAutumnHoliday(w);
        as(users, w.coordinator(), () -> {
            assertThatThrownBy(() -> terms.addBreak(termId, "Qış", LocalDate.of(2026, 12, 10),
                    LocalDate.of(2026, 12, 5)))
                    .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField().get("lastDay"))
                            .containsExactly("school.term-break.end-before-start"));
            assertThatThrownBy(() -> terms.addBreak(termId, "Qış", LocalDate.of(2026, 12, 15),
                    LocalDate.of(2027, 1, 6)))
                    .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField().get("firstDay"))
                            .containsExactly("school.term-break.outside-term"));
            long winter = terms.addBreak(termId, "Qış", LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 19));
            terms.removeBreak(winter);
            assertThat(terms.getTerm(termId).breaks()).hasSize(1);
        });
    }

    @Test
    void a_teacher_moves_and_cancels_one_lesson_of_their_class() {
        TestData.World w = testData.world();
        long termId = termWithAutumnHoliday(w);
        as(users, w.coordinator(), () -> {
            ClassDetails read = classes.getClass(w.classId());
            classes.updateClass(w.classId(), read.version(), form(read.form().name(), List.of(SATURDAY_10)));
            timetable.generateLessons(w.classId(), termId);
        });
        List<LessonSummary> lessons = all(w, w.classId());
        long first = lessons.get(0).id();
        long second = lessons.get(1).id();
        as(users, w.teacher(), () -> {
            timetable.moveLesson(first, lessons.get(0).version(), LocalDate.of(2026, 9, 6), LocalTime.of(11, 30));
            assertThatThrownBy(() -> timetable.cancelLesson(second, lessons.get(1).version(), " "))
                    .isInstanceOf(FieldProblems.class);
            timetable.cancelLesson(second, lessons.get(1).version(), "Müəllim xəstədir");
        });
        List<LessonSummary> after = as(users, w.teacher(),
                () -> timetable.lessons(w.classId(), TERM_START, TERM_END));
        LessonSummary moved = after.stream().filter(l -> l.id() == first).findFirst().orElseThrow();
        assertThat(moved.date()).isEqualTo(LocalDate.of(2026, 9, 6));
        assertThat(moved.startsAt()).isEqualTo(LocalTime.of(11, 30));
        assertThat(moved.moved()).isTrue();
        LessonSummary cancelled = after.stream().filter(l -> l.id() == second).findFirst().orElseThrow();
        assertThat(cancelled.status()).isEqualTo(LessonStatus.CANCELLED);
        assertThat(cancelled.note()).isEqualTo("Müəllim xəstədir");
    }

    @Test
    void editing_the_slots_remakes_only_future_lessons_not_changed_by_hand() {
        TestData.World w = testData.world();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate today = LocalDate.now(clock.withZone(berlin));
        LocalDate start = today.minusWeeks(6);
        LocalDate end = today.plusWeeks(10);
        long termId = as(users, w.coordinator(), () -> schools.createTerm(w.schoolId(), "Dövr", start, end));
        as(users, w.coordinator(), () -> {
            ClassDetails read = classes.getClass(w.classId());
            classes.updateClass(w.classId(), read.version(), form(read.form().name(), List.of(SATURDAY_10)));
            timetable.generateLessons(w.classId(), termId);
        });
        clock.advance(Duration.ofDays(14));
        LocalDate newToday = today.plusDays(14);
        List<LessonSummary> before = as(users, w.coordinator(), () -> timetable.lessons(w.classId(), start, end));
        List<LessonSummary> future = before.stream().filter(l -> l.date().isAfter(newToday)).toList();
        long movedId = future.get(0).id();
        long cancelledId = future.get(1).id();
        as(users, w.coordinator(), () -> {
            timetable.moveLesson(movedId, future.get(0).version(), future.get(0).date(), LocalTime.of(12, 0));
            timetable.cancelLesson(cancelledId, future.get(1).version(), "Bayram");
            ClassDetails read = classes.getClass(w.classId());
            classes.updateClass(w.classId(), read.version(), form(read.form().name(),
                    List.of(new WeeklySlot(DayOfWeek.SUNDAY, LocalTime.of(11, 0), 60))));
        });
        List<LessonSummary> after = as(users, w.coordinator(), () -> timetable.lessons(w.classId(), start, end));
        // Past lessons stay on Saturday, untouched future ones move to Sunday, hand-made changes survive.
        assertThat(after.stream().filter(l -> !l.date().isAfter(newToday)).toList())
                .isEqualTo(before.stream().filter(l -> !l.date().isAfter(newToday)).toList());
        assertThat(after.stream().filter(l -> l.date().isAfter(newToday) && l.id() != movedId
                && l.id() != cancelledId)).isNotEmpty()
                .allSatisfy(l -> {
                    assertThat(l.date().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
                    assertThat(l.startsAt()).isEqualTo(LocalTime.of(11, 0));
                });
        assertThat(after).filteredOn(l -> l.id() == movedId).singleElement()
                .satisfies(l -> assertThat(l.startsAt()).isEqualTo(LocalTime.of(12, 0)));
        assertThat(after).filteredOn(l -> l.id() == cancelledId).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(LessonStatus.CANCELLED));
    }

    @Test
    void others_cannot_list_move_or_cancel_and_guessed_ids_look_like_missing_ones() {
        TestData.World w = testData.world();
        TestData.World other = testData.world();
        long termId = termWithAutumnHoliday(w);
        as(users, w.coordinator(), () -> {
            ClassDetails read = classes.getClass(w.classId());
            classes.updateClass(w.classId(), read.version(), form(read.form().name(), List.of(SATURDAY_10)));
            timetable.generateLessons(w.classId(), termId);
        });
        long lessonId = all(w, w.classId()).get(0).id();
        long lessonVersion = all(w, w.classId()).get(0).version();
        // A teacher of another class in the same school.
        long otherClass = as(users, w.coordinator(), () -> classes.createClass(w.schoolId(), form("Başqa", List.of())));
        String sameSchoolTeacher = TestData.unique("muellim2") + "@test.example";
        long sameSchoolTeacherId = testData.account(sameSchoolTeacher, "Müəllim iki", org.ocaq.shared.Role.TEACHER);
        as(users, w.coordinator(), () -> classes.assignTeacher(otherClass, sameSchoolTeacherId));
        String missing = as(users, other.coordinator(), () -> message(() -> timetable.cancelLesson(Long.MAX_VALUE,
                0L, "x")));
        for (String outsider : List.of(sameSchoolTeacher, other.teacher(), other.coordinator(), w.parent())) {
            as(users, outsider, () -> {
                assertThatThrownBy(() -> timetable.lessons(w.classId(), TERM_START, TERM_END))
                        .isInstanceOf(AccessDeniedException.class);
                assertThat(message(() -> timetable.moveLesson(lessonId, lessonVersion, LocalDate.of(2026, 9, 7),
                        LocalTime.NOON))).isEqualTo(missing);
                assertThat(message(() -> timetable.cancelLesson(lessonId, lessonVersion, "x"))).isEqualTo(missing);
                assertThatThrownBy(() -> timetable.generateLessons(w.classId(), termId))
                        .isInstanceOf(AccessDeniedException.class);
            });
        }
        assertThat(all(w, w.classId())).allSatisfy(l -> {
            assertThat(l.status()).isEqualTo(LessonStatus.SCHEDULED);
            assertThat(l.moved()).isFalse();
        });
    }

    @Test
    void a_cancel_based_on_an_old_read_is_refused_after_someone_else_moved_the_lesson() {
        TestData.World w = testData.world();
        long termId = termWithAutumnHoliday(w);
        as(users, w.coordinator(), () -> {
            ClassDetails read = classes.getClass(w.classId());
            classes.updateClass(w.classId(), read.version(), form(read.form().name(), List.of(SATURDAY_10)));
            timetable.generateLessons(w.classId(), termId);
        });
        // The coordinator and the teacher both read the same lesson.
        LessonSummary coordinatorRead = all(w, w.classId()).get(0);
        LessonSummary teacherRead = as(users, w.teacher(),
                () -> timetable.lessons(w.classId(), TERM_START, TERM_END)).get(0);
        assertThat(teacherRead.id()).isEqualTo(coordinatorRead.id());
        assertThat(teacherRead.version()).isEqualTo(coordinatorRead.version());
        // The coordinator moves it first.
        as(users, w.coordinator(), () -> timetable.moveLesson(coordinatorRead.id(), coordinatorRead.version(),
                LocalDate.of(2026, 9, 6), LocalTime.of(11, 30)));
        // The teacher's cancel, made with the old version, is refused.
        as(users, w.teacher(), () -> assertThatThrownBy(() -> timetable.cancelLesson(teacherRead.id(),
                teacherRead.version(), "Müəllim xəstədir"))
                .isInstanceOf(OptimisticLockingFailureException.class));
        LessonSummary now = all(w, w.classId()).stream().filter(l -> l.id() == coordinatorRead.id()).findFirst()
                .orElseThrow();
        assertThat(now.status()).isEqualTo(LessonStatus.SCHEDULED);
        assertThat(now.moved()).isTrue();
        assertThat(now.date()).isEqualTo(LocalDate.of(2026, 9, 6));
        assertThat(now.startsAt()).isEqualTo(LocalTime.of(11, 30));
        assertThat(now.note()).isNull();
        assertThat(now.version()).isGreaterThan(teacherRead.version());
    }

    private static String message(Runnable call) {
        try {
            call.run();
        } catch (AccessDeniedException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
        throw new AssertionError("expected AccessDeniedException");
    }
}
