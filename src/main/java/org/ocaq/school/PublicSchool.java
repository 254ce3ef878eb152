package org.ocaq.school;

import java.time.ZoneId;

/**
 * A school as the public directory shows it: only what the school publishes (name, place, how it teaches, its
 * public contact and description), nothing about its people.
 */
public record PublicSchool(long id, String slug, String name, String city, String countryCode, Delivery delivery,
                           ZoneId timeZone, String address, String contactEmail, String contactPhone,
                           String description) {
}
