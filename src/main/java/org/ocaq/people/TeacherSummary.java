package org.ocaq.people;

public record TeacherSummary(long id, long schoolId, Long accountId, String fullName, String email, String languages,
                             String subjects) {
}
