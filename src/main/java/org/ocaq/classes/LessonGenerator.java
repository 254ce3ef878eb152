package org.ocaq.classes;

import org.ocaq.school.TermBreakSummary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a term, its breaks and a class's weekly slots into lesson dates and local times. Pure: no clock, no database,
 * no time zone (lessons are local date and time in the school's zone, so daylight-saving changes do not move them).
 */
public final class LessonGenerator {

    /** A lesson the timetable asks for: local date, local start time and length. */
    public record PlannedLesson(LocalDate date, LocalTime startsAt, int durationMinutes) {
    }

    private LessonGenerator() {
    }

    /**
     * Every slot occurrence on a day from {@code from} (or the term's start, if later) to the term's end, both
     * included, that falls in no break; ordered by date and time.
     */
    public static List<PlannedLesson> generate(LocalDate termStart, LocalDate termEnd, List<TermBreakSummary> breaks,
                                               List<WeeklySlot> slots, LocalDate from) {
        LocalDate first = from == null || from.isBefore(termStart) ? termStart : from;
        List<PlannedLesson> lessons = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(termEnd); day = day.plusDays(1)) {
            LocalDate current = day;
            if (breaks.stream().anyMatch(b -> b.contains(current))) {
                continue;
            }
            for (WeeklySlot slot : slots) {
                if (slot.day() == day.getDayOfWeek()) {
                    lessons.add(new PlannedLesson(day, slot.startsAt(), slot.durationMinutes()));
                }
            }
        }
        lessons.sort(Comparator.comparing(PlannedLesson::date).thenComparing(PlannedLesson::startsAt));
        return lessons;
    }
}
