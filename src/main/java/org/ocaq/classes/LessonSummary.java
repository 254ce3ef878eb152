package org.ocaq.classes;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A lesson as the timetable shows it: local date and time in the school's time zone. version is what a move or cancel
 * expects, so that a change by someone else in between is refused.
 */
public record LessonSummary(long id, long classId, long termId, LocalDate date, LocalTime startsAt,
                            int durationMinutes, LessonStatus status, boolean moved, String note,
                            long version) {
}
