package org.ocaq.school;

/** A school as lists show it. */
public record SchoolSummary(long id, String slug, String name, String city, String countryCode, Delivery delivery) {
}
