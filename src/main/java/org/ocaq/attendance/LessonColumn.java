package org.ocaq.attendance;

import java.time.LocalDate;

/** One taken lesson of a class report: its day and the marks given on it. */
public record LessonColumn(long lessonId, LocalDate day, AttendanceTally tally) {
}
