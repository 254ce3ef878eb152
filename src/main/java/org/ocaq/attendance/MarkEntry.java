package org.ocaq.attendance;

/** What the teacher sets for one child on a sheet: a status and an optional note. */
public record MarkEntry(long childId, AttendanceStatus status, String note) {
}
