package org.ocaq.people;

import java.time.LocalDate;

/**
 * A child as a coordinator or parent fills it in: names in Azerbaijani Latin, the name as in the passport (or the
 * host country's spelling), languages spoken at home and a note the child's teachers may read.
 */
public record ChildForm(String firstName, String lastName, String passportName, LocalDate dateOfBirth,
                        String homeLanguages, String noteForTeachers) {

    public ChildForm(String firstName, String lastName, String passportName, LocalDate dateOfBirth,
                     String homeLanguages) {
        this(firstName, lastName, passportName, dateOfBirth, homeLanguages, null);
    }
}
