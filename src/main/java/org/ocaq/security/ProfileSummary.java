package org.ocaq.security;

import org.ocaq.shared.Role;

import java.util.Locale;
import java.util.Set;

/** The signed-in person's own account, as the profile page shows it. */
public record ProfileSummary(String email, String displayName, Locale language, Set<Role> roles) {
}
