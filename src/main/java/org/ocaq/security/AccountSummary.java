package org.ocaq.security;

/** An account as lists show it. */
public record AccountSummary(Long id, String email, String displayName, boolean emailVerified, boolean enabled) {
}
