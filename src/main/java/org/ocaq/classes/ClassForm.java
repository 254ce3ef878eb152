package org.ocaq.classes;

import java.util.List;

/**
 * What a coordinator fills in for a class. Language is an ISO 639 code (az, en, de, ru, ...); a class has a room, an
 * online meeting link, or both; its weekly slots are in the school's time zone.
 */
public record ClassForm(String name, String subject, String level, int minAge, int maxAge, String language,
                        int capacity, String room, String meetingLink, boolean openForEnrolment,
                        List<WeeklySlot> slots) {

    public ClassForm {
        slots = slots == null ? List.of() : List.copyOf(slots);
    }

    /** A class open for enrolment, without room, link or slots yet. */
    public ClassForm(String name, String subject, String level, int minAge, int maxAge, String language, int capacity) {
        this(name, subject, level, minAge, maxAge, language, capacity, null, null, true, List.of());
    }
}
