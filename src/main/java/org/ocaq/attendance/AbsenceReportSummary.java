package org.ocaq.attendance;

import java.time.Instant;
import java.time.LocalDate;

/** A family's advance absence report as the family page lists it. */
public record AbsenceReportSummary(long id, long childId, LocalDate firstDay, LocalDate lastDay, String reason,
                                   Instant reportedAt) {
}
