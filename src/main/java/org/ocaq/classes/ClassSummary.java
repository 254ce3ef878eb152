package org.ocaq.classes;

/** A class as lists show it. */
public record ClassSummary(long id, long schoolId, String name, String subject, String level, int minAge, int maxAge,
                           String language, int capacity) {
}
