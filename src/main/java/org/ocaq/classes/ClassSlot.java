package org.ocaq.classes;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** How a {@link WeeklySlot} is stored with its class. */
@Embeddable
class ClassSlot {

    @Enumerated(EnumType.STRING)
    private DayOfWeek dayOfWeek;

    private LocalTime startsAt;
    private int durationMinutes;

    protected ClassSlot() {
    }

    ClassSlot(WeeklySlot slot) {
        this.dayOfWeek = slot.day();
        this.startsAt = slot.startsAt();
        this.durationMinutes = slot.durationMinutes();
    }

    WeeklySlot toSlot() {
        return new WeeklySlot(dayOfWeek, startsAt, durationMinutes);
    }
}
