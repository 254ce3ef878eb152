package org.ocaq.people;

/** A child of a school as the roster import compares it with a spreadsheet row. */
public record RosterChildRecord(long childId, long familyId, ChildForm form) {
}
