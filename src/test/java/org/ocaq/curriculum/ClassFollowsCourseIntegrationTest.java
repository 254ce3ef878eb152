package org.ocaq.curriculum;

import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceService;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.TestData.as;

/** A class follows a course; its lessons linked to plans of two units bring it two units along; scope holds. */
@IntegrationTest
class ClassFollowsCourseIntegrationTest {

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired CurriculumService curriculum;
    @Autowired AttendanceService attendance;
    @Autowired UserDetailsService users;

    @Test
    void a_class_follows_a_course_and_shows_how_many_units_its_lessons_reached() {
        AttendanceWorld a = worlds.create();
        AttendanceWorld other = worlds.create();
        CourseDetails course = as(users, a.w.teacher(), () -> curriculum.course(curriculum.courses().stream()
                .filter(c -> c.slug().equals("azerbaycan-dili-1")).findFirst().orElseThrow().id()));
        List<UnitSummary> units = course.units();
        long firstUnitPlan = course.plansByUnit().get(units.get(0).id()).getFirst().id();
        long secondUnitPlan = course.plansByUnit().get(units.get(1).id()).getFirst().id();

        as(users, a.w.teacher(), () -> assertThat(attendance.courseProgress(a.classId)).isEmpty());
        assertThatThrownBy(() -> as(users, other.w.teacher(), () -> curriculum.followCourse(a.classId,
                course.course().id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, a.w.teacher(), () -> curriculum.followCourse(Long.MAX_VALUE - 3,
                course.course().id()))).isInstanceOf(AccessDeniedException.class);
        as(users, a.w.teacher(), () -> {
            curriculum.followCourse(a.classId, course.course().id());
            attendance.followLessonPlan(a.lessonOn(LocalDate.of(2027, 1, 9)).lessonId(), firstUnitPlan);
            attendance.followLessonPlan(a.lessonOn(LocalDate.of(2027, 1, 16)).lessonId(), firstUnitPlan);
            attendance.followLessonPlan(a.lessonOn(LocalDate.of(2027, 1, 23)).lessonId(), secondUnitPlan);
        });
        CourseProgress progress = as(users, a.w.coordinator(), () -> attendance.courseProgress(a.classId))
                .orElseThrow();
        assertThat(progress.units()).isEqualTo(units.size());
        assertThat(progress.unitsReached()).isEqualTo(2);
        assertThat(progress.nextUnit().id()).isEqualTo(units.get(2).id());
        assertThatThrownBy(() -> as(users, other.w.teacher(), () -> attendance.courseProgress(a.classId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, a.w.parent(), () -> attendance.courseProgress(a.classId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, other.w.teacher(), () -> attendance.followLessonPlan(
                a.lessonOn(LocalDate.of(2027, 1, 30)).lessonId(), firstUnitPlan)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
