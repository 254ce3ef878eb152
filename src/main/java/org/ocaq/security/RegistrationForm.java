package org.ocaq.security;

import java.util.Locale;

/** What a parent types at /register. */
public record RegistrationForm(String displayName, String email, String password, String passwordRepeated,
                               Locale language) {
}
