package org.ocaq.school;

import java.time.LocalDate;

/** A country's public holiday. */
public record HolidaySummary(long id, String countryCode, LocalDate date, String name) {
}
