package org.ocaq.classes;

import java.util.List;

/** A class as the public directory shows it: what a family needs to decide, nothing about its people. */
public record PublicClass(long id, long schoolId, String name, String subject, String level, int minAge, int maxAge,
                          String language, boolean online, boolean inPerson, List<WeeklySlot> slots) {
}
