package org.ocaq.attendance;

/** One class's line of a school report: taken lessons and marks in the term. */
public record ClassAttendanceRate(long classId, String className, int lessons, AttendanceTally tally) {
}
