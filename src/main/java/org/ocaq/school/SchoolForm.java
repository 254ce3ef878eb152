package org.ocaq.school;

import java.time.ZoneId;

/** What the network office fills in for a school. */
public record SchoolForm(String name, String city, String countryCode, Delivery delivery, ZoneId timeZone,
                         String address, String contactEmail, String contactPhone, String description) {
}
