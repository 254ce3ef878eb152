package org.ocaq.attendance;

import java.time.LocalDate;

/** One lesson in a child's attendance history. */
public record ChildAttendanceEntry(long lessonId, LocalDate day, long classId, String className,
                                   AttendanceStatus status, String note) {
}
