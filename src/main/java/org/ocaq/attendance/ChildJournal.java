package org.ocaq.attendance;

import java.util.List;

/**
 * A child's lessons between two days, in date order, with marks, reported absences and homework; lateCountsAsPresent
 * is the school's rule for the rate.
 */
public record ChildJournal(long childId, String childName, List<JournalEntry> lessons, boolean lateCountsAsPresent) {

    public ChildJournal {
        lessons = List.copyOf(lessons);
    }

    /** How many lessons carry that mark (taken sheets only). */
    public long count(AttendanceStatus status) {
        return lessons.stream().filter(l -> l.status() == status).count();
    }

    /** The child's attendance rate over these lessons, by the school's rule; empty when nothing was taken. */
    public java.util.OptionalDouble rate() {
        return new AttendanceTally(count(AttendanceStatus.PRESENT), count(AttendanceStatus.LATE),
                count(AttendanceStatus.EXCUSED), count(AttendanceStatus.UNEXCUSED)).rate(lateCountsAsPresent);
    }
}
