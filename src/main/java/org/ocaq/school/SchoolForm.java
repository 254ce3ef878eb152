package org.ocaq.school;

import java.time.ZoneId;
import java.util.List;

/**
 * What the network office fills in for a school. {@code languages} are the languages of instruction as ISO 639-1
 * codes from {@link InstructionLanguages#CODES}, Azerbaijani usually first.
 */
public record SchoolForm(String name, String city, String countryCode, Delivery delivery, ZoneId timeZone,
                         String address, String contactEmail, String contactPhone, String description,
                         List<String> languages) {

    public SchoolForm {
        languages = languages == null ? null : List.copyOf(languages);
    }

    /** A school taught in Azerbaijani only, the common case and what schools had before languages were recorded. */
    public SchoolForm(String name, String city, String countryCode, Delivery delivery, ZoneId timeZone,
                      String address, String contactEmail, String contactPhone, String description) {
        this(name, city, countryCode, delivery, timeZone, address, contactEmail, contactPhone, description,
                List.of(InstructionLanguages.AZERBAIJANI));
    }
}
