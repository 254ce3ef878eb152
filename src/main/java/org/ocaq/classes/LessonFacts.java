package org.ocaq.classes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * What attendance needs to know about one lesson: its class and school, its term, and its local date and time in the
 * school's time zone. note is the reason of a cancellation; version is what a move or cancel expects.
 */
public record LessonFacts(long lessonId, long classId, long schoolId, long termId, String className, LocalDate date,
                          LocalTime startsAt, int durationMinutes, LessonStatus status, ZoneId zone, String note,
                          long version) {

    /** The moment the lesson starts, in the school's time zone (a Saturday 10:00 stays 10:00 local all year). */
    public ZonedDateTime start() {
        return ZonedDateTime.of(LocalDateTime.of(date, startsAt), zone);
    }

    public boolean cancelled() {
        return status == LessonStatus.CANCELLED;
    }
}
