package org.ocaq.security;

import org.ocaq.shared.Role;

import java.util.Locale;
import java.util.Set;

/** An account created by the network office, a coordinator's invitation or demo data; password may be null (set by invitation). */
public record NewAccount(String email, String displayName, Locale language, Set<Role> roles, String password) {
}
