package org.ocaq.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One lesson in a child's journal. status is the school's mark once attendance was taken (null before); a pending
 * advance report of the family shows as reportedAbsent with its reason as note. topic, homework and materialLinks
 * come from the teacher's lesson record and are empty while there is none.
 */
public record JournalEntry(long lessonId, LocalDate date, LocalTime startsAt, String className, boolean cancelled,
                           AttendanceStatus status, String note, boolean reportedAbsent, String topic,
                           String homework, List<String> materialLinks) {

    public JournalEntry {
        materialLinks = materialLinks == null ? List.of() : List.copyOf(materialLinks);
    }
}
