package org.ocaq.school;

import java.time.ZoneId;
import java.util.List;

/** A term with its holidays and breaks and the time zone of its school. */
public record TermDetails(TermSummary term, ZoneId timeZone, List<TermBreakSummary> breaks) {
}
