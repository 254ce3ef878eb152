package org.ocaq.classes;

/** What a coordinator fills in for a class. Language is an ISO 639 code (az, en, de, ru, ...). */
public record ClassForm(String name, String subject, String level, int minAge, int maxAge, String language,
                        int capacity) {
}
