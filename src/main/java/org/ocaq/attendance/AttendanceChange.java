package org.ocaq.attendance;

import java.time.Instant;

/** One change to a sheet after the lesson's day: who changed which child's mark, when, from what to what. */
public record AttendanceChange(long lessonId, long childId, String childName, Instant changedAt, long changedBy,
                               String changedByName, AttendanceStatus oldStatus, String oldNote,
                               AttendanceStatus newStatus, String newNote) {
}
