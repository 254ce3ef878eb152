package org.ocaq.school;

import java.time.LocalDate;

public record TermSummary(long id, long schoolId, String name, LocalDate startsOn, LocalDate endsOn) {
}
