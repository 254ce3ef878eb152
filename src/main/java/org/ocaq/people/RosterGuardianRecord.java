package org.ocaq.people;

/** A guardian of one of a school's families, as the roster import matches rows to families. */
public record RosterGuardianRecord(long guardianId, long familyId, GuardianForm form) {
}
