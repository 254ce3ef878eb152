package org.ocaq.people;

import java.time.LocalDate;

public record ChildSummary(long id, long familyId, Long schoolId, String fullName, LocalDate dateOfBirth,
                           String passportName) {
}
