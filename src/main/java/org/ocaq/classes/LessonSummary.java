package org.ocaq.classes;

import java.time.LocalDate;
import java.time.LocalTime;

/** A lesson as the timetable shows it: local date and time in the school's time zone. */
public record LessonSummary(long id, long classId, long termId, LocalDate date, LocalTime startsAt,
                            int durationMinutes, LessonStatus status, boolean moved, String note) {
}
