package org.ocaq.people;

import java.time.LocalDate;

public record ChildForm(String firstName, String lastName, String passportName, LocalDate dateOfBirth,
                        String homeLanguages) {
}
