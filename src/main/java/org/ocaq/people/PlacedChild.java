package org.ocaq.people;

/** Where a confirmed roster row's child ended up. */
public record PlacedChild(long childId, long familyId) {
}
