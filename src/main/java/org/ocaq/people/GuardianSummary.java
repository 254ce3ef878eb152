package org.ocaq.people;

/** A guardian as the school's list of families shows them: name and how to reach them. */
public record GuardianSummary(long id, long familyId, String fullName, String email, String phone,
                              String preferredLanguage) {
}
