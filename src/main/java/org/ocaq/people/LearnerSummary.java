package org.ocaq.people;

public record LearnerSummary(long id, Long schoolId, String fullName, String email) {
}
