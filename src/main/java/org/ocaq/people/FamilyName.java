package org.ocaq.people;

/** A family's id and name, as a page of the school's families is read before its guardians and children. */
public record FamilyName(long id, String name) {
}
