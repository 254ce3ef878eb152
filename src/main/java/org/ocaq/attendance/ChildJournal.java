package org.ocaq.attendance;

import java.util.List;

/** A child's lessons between two days, in date order, with marks, reported absences and homework. */
public record ChildJournal(long childId, String childName, List<JournalEntry> lessons) {

    public ChildJournal {
        lessons = List.copyOf(lessons);
    }

    /** How many lessons carry that mark (taken sheets only). */
    public long count(AttendanceStatus status) {
        return lessons.stream().filter(l -> l.status() == status).count();
    }
}
