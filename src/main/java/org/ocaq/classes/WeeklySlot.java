package org.ocaq.classes;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly lesson time of a class, in the school's time zone (a Saturday 10:00 class stays 10:00 local all year). */
public record WeeklySlot(DayOfWeek day, LocalTime startsAt, int durationMinutes) {

    public WeeklySlot {
        if (day == null || startsAt == null) {
            throw new IllegalArgumentException("day and start time are required");
        }
        if (durationMinutes < 15 || durationMinutes > 600) {
            throw new IllegalArgumentException("a lesson lasts 15 to 600 minutes");
        }
    }

    public LocalTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }
}
