package org.ocaq.attendance;

/**
 * A lesson's attendance sheet was saved; published inside the saving transaction. Listeners that act after commit
 * (absence notices) find the marks in the database.
 */
public record AttendanceSaved(long lessonId, boolean anyUnexcused) {
}
