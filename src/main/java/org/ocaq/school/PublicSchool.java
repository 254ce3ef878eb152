package org.ocaq.school;

import java.time.ZoneId;
import java.util.List;

/**
 * A school as the public directory shows it: only what the school publishes (name, place, how and in which
 * languages it teaches, its public contact, description and whether it has a logo), nothing about its people.
 */
public record PublicSchool(long id, String slug, String name, String city, String countryCode, Delivery delivery,
                           ZoneId timeZone, String address, String contactEmail, String contactPhone,
                           String description, List<String> languages, boolean hasLogo) {
}
