package org.ocaq.classes;

import org.junit.jupiter.api.Test;
import org.ocaq.classes.LessonGenerator.PlannedLesson;
import org.ocaq.school.TermBreakSummary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LessonGeneratorTest {

    private static final WeeklySlot SATURDAY_10 = new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(10, 0), 90);
    private static final WeeklySlot WEDNESDAY_17_30 = new WeeklySlot(DayOfWeek.WEDNESDAY, LocalTime.of(17, 30), 45);

    @Test
    void lessons_skip_every_day_of_a_break() {
        // Saturdays 5 Sep .. 19 Dec 2026 are 16; the autumn holiday takes 24 and 31 October.
        TermBreakSummary autumn = new TermBreakSummary(1, "Payız tətili", LocalDate.of(2026, 10, 24),
                LocalDate.of(2026, 11, 1));
        List<PlannedLesson> lessons = LessonGenerator.generate(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 19),
                List.of(autumn), List.of(SATURDAY_10), null);
        assertThat(lessons).hasSize(14);
        assertThat(lessons).extracting(PlannedLesson::date)
                .doesNotContain(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 31))
                .contains(LocalDate.of(2026, 10, 17), LocalDate.of(2026, 11, 7));
        assertThat(lessons).allSatisfy(l -> {
            assertThat(l.startsAt()).isEqualTo(LocalTime.of(10, 0));
            assertThat(l.durationMinutes()).isEqualTo(90);
        });
    }

    @Test
    void lessons_stay_within_the_term_both_ends_included() {
        List<PlannedLesson> lessons = LessonGenerator.generate(LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 26),
                List.of(), List.of(SATURDAY_10), null);
        assertThat(lessons).extracting(PlannedLesson::date).containsExactly(LocalDate.of(2026, 9, 5),
                LocalDate.of(2026, 9, 12), LocalDate.of(2026, 9, 19), LocalDate.of(2026, 9, 26));
        assertThat(LessonGenerator.generate(LocalDate.of(2026, 9, 6), LocalDate.of(2026, 9, 11), List.of(),
                List.of(SATURDAY_10), null)).isEmpty();
    }

    @Test
    void several_slots_a_week_come_in_date_order() {
        List<PlannedLesson> lessons = LessonGenerator.generate(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 14),
                List.of(), List.of(SATURDAY_10, WEDNESDAY_17_30), null);
        assertThat(lessons).containsExactly(
                new PlannedLesson(LocalDate.of(2026, 9, 2), LocalTime.of(17, 30), 45),
                new PlannedLesson(LocalDate.of(2026, 9, 5), LocalTime.of(10, 0), 90),
                new PlannedLesson(LocalDate.of(2026, 9, 9), LocalTime.of(17, 30), 45),
                new PlannedLesson(LocalDate.of(2026, 9, 12), LocalTime.of(10, 0), 90));
    }

    @Test
    void generation_starts_at_the_from_day() {
        List<PlannedLesson> lessons = LessonGenerator.generate(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30),
                List.of(), List.of(SATURDAY_10), LocalDate.of(2026, 9, 13));
        assertThat(lessons).extracting(PlannedLesson::date)
                .containsExactly(LocalDate.of(2026, 9, 19), LocalDate.of(2026, 9, 26));
    }
}
