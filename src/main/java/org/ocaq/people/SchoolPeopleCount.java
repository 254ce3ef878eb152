package org.ocaq.people;

/** How many of something a school has. */
public record SchoolPeopleCount(Long schoolId, long count) {
}
