package org.ocaq.attendance;

/**
 * One child on a lesson's attendance sheet. status is null while the child is unmarked; reportedByFamily says the
 * excused mark came from the family's advance report, whose reason is the note. placed is false for a child who has
 * a mark but no longer sits in the class (left after the lesson).
 */
public record SheetRow(long childId, long familyId, String fullName, AttendanceStatus status, String note,
                       boolean reportedByFamily, boolean placed) {
}
