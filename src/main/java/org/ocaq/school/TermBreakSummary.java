package org.ocaq.school;

import java.time.LocalDate;

/** A holiday or break of a term, both days included. */
public record TermBreakSummary(long id, String name, LocalDate firstDay, LocalDate lastDay) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
